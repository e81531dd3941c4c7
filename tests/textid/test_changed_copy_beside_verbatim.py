"""A changed copy of a license in a file that also holds a verbatim copy of it.

Found on a bundled source map of mkdocs-material: a dozen MIT notices, one with a typo, were read
as MIT eleven times and as the JSON license once (JSON's text is MIT's and one sentence more), so
the file was called restricted. A license found verbatim was no candidate for the approximate
stage, and the relative that was took the changed copy.
"""

from __future__ import annotations

import pytest

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses

# Enough code between the copies that they are far apart, as in a bundle of sources.
CODE = "\n".join(
    f"def helper_{i}(value):\n    return value * {i} + len(str(value))\n" for i in range(150)
)


def _changed(text: str, word: str, into: str) -> str:
    assert f" {word} " in text
    return text.replace(f" {word} ", f" {into} ", 1)


@pytest.mark.parametrize(
    ("key", "word", "into"),
    [
        ("mit", "PARTICULAR", "RTICULAR"),  # the typo of the file it was found on
        ("mit", "furnished", "provided"),
        ("isc", "fee", "charge"),
        ("zlib", "altered", "changed"),
    ],
)
@pytest.mark.parametrize("one_line", [False, True], ids=["lines", "one-line"])
def test_changed_copy_is_the_license_found_verbatim(
    key: str, word: str, into: str, one_line: bool
) -> None:
    text = scancode_licenses()[key].text.strip()
    spdx = scancode_licenses()[key].spdx_id
    bundle = f"/*\n{_changed(text, word, into)}\n*/\n{CODE}\n/*\n{text}\n*/\n"
    if one_line:  # a source map or minified bundle: newlines written as "\n"
        bundle = bundle.replace("\n", "\\n ")
    found = classify_text(bundle)
    assert {m.id for m in found.matches} == {spdx}
    assert len(found.matches) == 2
    assert found.verdict.level == "open"


def test_a_relative_with_its_own_words_is_still_found() -> None:
    """The JSON license beside a verbatim MIT text stays JSON: its extra sentence is there."""
    mit = scancode_licenses()["mit"].text.strip()
    json_text = scancode_licenses()["json"].text.strip()
    found = classify_text(f"/*\n{json_text}\n*/\n{CODE}\n/*\n{mit}\n*/\n")
    assert {m.id for m in found.matches} == {"JSON", "MIT"}
    assert found.verdict.level == "restricted"
