"""Notes beside a license text that limit nothing, found in the license files of common Python
wheels: a notice that patents and others' rights are not granted (OpenJPEG's, bundled with
Pillow) and an author's remark about the copyright line (PROJ's, bundled with pyproj). Each was
read as an added limit of no known kind, which made an MIT or BSD file restricted."""

from __future__ import annotations

import pytest

from licenseclass import analyze_text, classify_text
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


@pytest.mark.parametrize(
    "note",
    [
        # a generated file's banner (jupyter_builder's third-party license file)
        "THIS FILE IS GENERATED -- do not edit it by hand. It is rendered from\n"
        "third-party-licenses.json by scripts/generate_licenses.py; run\n"
        "the generator again instead, so the two files cannot disagree.\n",
        # which files a license covers (ml_dtypes' LICENSE)
        "The following BSD 3-Clause license applies only to\nfrob/_src/compat_dtypes.h:\n",
    ],
)
def test_housekeeping_notes_beside_a_license_are_no_limit(note: str) -> None:
    bsd = scancode_licenses()["bsd-new"].text
    result = classify_text(f"Third-party licenses for frob\n\n{note}\n{bsd}")
    assert result.expression == "BSD-3-Clause"
    assert result.verdict.level == "open"


def test_a_scope_note_that_limits_the_use_still_limits() -> None:
    assert [
        r.kind for r in added_limits("This license applies only to non-commercial use.", 1)
    ] == ["non-commercial"]


def test_a_limit_on_another_work_that_the_next_sentence_lifts() -> None:
    # astropy's ERFA.rst: SOFA's original may only be passed on unaltered; ERFA is free of that
    bsd = scancode_licenses()["bsd-new"].text
    preamble = (
        "This library is derived, with permission, from the Frobnication Standards library.\n\n"
        "The original has a role as a reference standard, and consequently redistribution is\n"
        "permitted only in its unaltered state. The Frob version is not subject to this\n"
        "restriction and therefore can be included in any distribution.\n\n"
    )
    assert classify_text(preamble + bsd).verdict.level == "open"
    # a class of persons freed from a limit leaves it standing for the others
    carve_out = (
        "You may not use the software for commercial purposes. Academic users are not subject\n"
        "to this restriction.\n\n"
    )
    assert classify_text(carve_out + bsd).verdict.level == "restricted"


def test_how_a_packager_ships_bundled_files_is_no_limit() -> None:
    # pikepdf's third-party README: a fact about the files, not a duty on those who get them
    fact = (
        "They are data or source, not compiled code, and are redistributed unmodified except "
        "as noted."
    )
    assert added_limits(fact, 1) == []
    duty = "These files must be redistributed unmodified."
    assert [r.kind for r in added_limits(duty, 1)] == ["no-derivatives"]
    # and read by the clause rules, as a text of its own is
    assert [r.kind for r in analyze_text(fact).license.restrictions] == []
    assert "no-derivatives" in [r.kind for r in analyze_text(duty).license.restrictions]
