"""Files of several long license texts, each an edited copy, built at run time.

In such a file the references that share the most grams with the whole file are relatives of
the texts found first (a dozen ports of one Creative Commons license), so a different text
further on must get candidates of its own. Where the alignment leaves some of a text's own
words out, those words are the license's, not an addition that limits it.
"""

from __future__ import annotations

import pytest

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses


def edited(text: str, every: int = 40) -> str:
    """The text with every ``every``-th word replaced, so that no reference matches verbatim."""
    count = 0
    lines = []
    for line in text.split("\n"):
        words = line.split(" ")
        for k, word in enumerate(words):
            if word.isalpha():
                count += 1
                if count % every == 0:
                    words[k] = "edited"
        lines.append(" ".join(words))
    return "\n".join(lines)


@pytest.mark.parametrize(
    "keys",
    [
        ("cc-by-sa-3.0", "cc-by-3.0-us"),
        ("cc-by-sa-3.0", "cc-by-3.0-at"),
        ("cc-by-sa-3.0", "cc-by-3.0-au", "cc-by-3.0-de"),
        ("cc-by-sa-3.0", "cc-by-sa-3.0-at"),
    ],
)
def test_each_edited_text_of_a_long_file_is_found(keys: tuple[str, ...]) -> None:
    licenses = scancode_licenses()
    text = "\n\n".join(edited(licenses[key].text) for key in keys)
    found = classify_text(text)
    texts = {m.reference for m in found.matches if m.kind == "text"}
    assert texts == {f"licenses/{key}.LICENSE" for key in keys}
    assert found.verdict.level == "open"


def test_a_text_that_limits_is_still_read_beside_its_relatives() -> None:
    licenses = scancode_licenses()
    text = "\n\n".join(edited(licenses[key].text) for key in ("cc-by-sa-3.0", "cc-by-nd-3.0"))
    assert classify_text(text).verdict.level == "restricted"


def test_a_notice_matched_only_on_its_disclaimer_is_no_notice() -> None:
    # A ScanCode rule for a GPL notice ends with the BSD warranty disclaimer; that disclaimer
    # after another license's text names no GPL.
    licenses = scancode_licenses()
    bsd = licenses["bsd-new"].text
    text = licenses["mit"].text + "\n\n" + bsd[bsd.index("THIS SOFTWARE") :]
    assert {m.id for m in classify_text(text).matches} == {"MIT"}
