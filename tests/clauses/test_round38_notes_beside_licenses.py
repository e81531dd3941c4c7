"""Notes beside a license text that limit nothing, found in the license files of common Python
wheels: a notice that patents and others' rights are not granted (OpenJPEG's, bundled with
Pillow) and an author's remark about the copyright line (PROJ's, bundled with pyproj). Each was
read as an added limit of no known kind, which made an MIT or BSD file restricted."""

from __future__ import annotations

import pytest

from licenseclass import classify_text
from licenseclass.clauses.additions import added_limits
from licenseclass.core.licensedcode import scancode_licenses

_PATENTS = (
    "The copyright in this software is being made available under the 2-clauses\n"
    "BSD License, included below. This software may be subject to other third\n"
    "party and contributor rights, including patent rights, and no such rights\n"
    "are granted under this license.\n"
)


def test_rights_left_out_of_a_bundled_bsd_text_are_no_limit() -> None:
    mit = scancode_licenses()["mit"].text
    bsd = scancode_licenses()["bsd-simplified"].text
    text = f"{mit}\n\n----\n\nFROBJPEG\n\n{_PATENTS}\nCopyright (c) 2002-2014, A. Author\n\n{bsd}"
    result = classify_text(text)
    assert result.expression == "MIT AND BSD-2-Clause"
    assert result.verdict.level == "open"
    # the lines are still reported as explained by no reference
    assert any(r.start_line <= 27 <= r.end_line for r in result.unexplained)


@pytest.mark.parametrize(
    "sentence",
    [
        "No patent rights are granted under this license.",
        "No express or implied trademark licenses are granted.",
        "This code may be subject to third party rights, and no such rights are granted here.",
    ],
)
def test_rights_not_granted_are_no_added_limit(sentence: str) -> None:
    assert added_limits(sentence, 1) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("No rights are granted to use the software for commercial purposes.", "non-commercial"),
        ("You may not redistribute the software.", "no-redistribution"),
    ],
)
def test_limits_beside_them_are_still_read(sentence: str, kind: str) -> None:
    assert [r.kind for r in added_limits(sentence, 1)] == [kind]


def test_an_authors_remark_on_the_copyright_line_is_no_limit() -> None:
    mit = scancode_licenses()["mit"].text
    remark = (
        "All source and data files of the package are available under the following terms.\n"
        "Though I have put my own name as copyright holder, I don't mean to imply\n"
        "I did the work. Essentially all work was done by Jane Roe.\n\n----\n\n"
        "Copyright (c) 2000, John Doe\n\n"
    )
    result = classify_text(remark + mit)
    assert result.expression == "MIT"
    assert result.verdict.level == "open"
