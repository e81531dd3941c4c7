"""A license copy whose list items lost their markers and the blank lines between them, so that
several of the reference's paragraphs come as one (the Apache-2.0 copies in the cmake, ninja and
xarray wheels run section 4's "(a)" to "(d)" and the paragraph after them together). The words
of the merged paragraphs are the reference's own: no words were put into a grant, and the copy
is open. Built at run time from licensedcode-data's Apache-2.0 text."""

from __future__ import annotations

import re
import textwrap

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses


def _reflowed_apache(text: str | None = None) -> str:
    """Apache-2.0 as those wheels ship it: every paragraph re-wrapped at 80 columns without
    indent, each section's title on a line of its own, and section 4's items without their
    markers or the blank lines between them."""
    text = text or scancode_licenses()["apache-2.0"].text
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    out: list[str] = []
    for paragraph in paragraphs:
        title = re.match(r"(\d\. [A-Z][\w ]+\.) (.*)", paragraph)
        if title:
            out += [title.group(1), title.group(2)]
            continue
        item = re.match(r"\([a-d]\) (.*)", paragraph)
        wrapped = textwrap.fill(item.group(1) if item else paragraph, width=80)
        if item and item.group(0).startswith("(a)") is False:
            out[-1] += "\n" + wrapped  # run into the item before
        else:
            out.append(wrapped)
    return "\n\n".join(out) + "\n"


def test_a_copy_with_its_list_items_run_together_is_open() -> None:
    text = _reflowed_apache()
    assert "(a) You must give" not in text
    assert "4. Redistribution.\n\n" in text
    result = classify_text(text)
    assert result.expression == "Apache-2.0"
    assert result.verdict.level == "open"


def test_words_really_put_into_that_grant_still_limit_it() -> None:
    original = scancode_licenses()["apache-2.0"].text
    edited = original.replace(
        "You may reproduce and distribute copies of the",
        "You may, for non-commercial purposes only, reproduce and distribute copies of the",
        1,
    )
    assert edited != original
    result = classify_text(_reflowed_apache(edited))
    assert result.verdict.level == "restricted"
