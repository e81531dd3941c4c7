"""Lines that say who wrote a work, and a one-word heading naming it, are no terms: beside a
license text they leave no unexplained region. A ban on the line after them still does."""

from __future__ import annotations

import pytest

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses


def _mit() -> str:
    return scancode_licenses()["mit"].text


@pytest.mark.parametrize(
    "opening",
    [
        "# SPLITMIX64\n\nWritten in 2015 by Sebastiano Vigna (vigna@acm.org)\n\n",
        "libexample\n\nAuthor: Jane Doe <jane@example.org>\n\n",
        "Originally written by Jane Doe, 1999.\nMaintainer: John Roe\n\n",
        "Created on 3 May 2020 by Jane Doe\n\n",
    ],
)
def test_a_byline_above_a_license_is_no_unexplained_region(opening: str) -> None:
    found = classify_text(opening + _mit())
    assert found.expression == "MIT"
    assert found.unexplained == ()


def test_a_ban_below_a_byline_is_still_read() -> None:
    text = "Written in 2015 by Jane Doe\nThis software may not be used for commercial purposes.\n\n"
    found = classify_text(text + _mit())
    assert found.verdict.level == "restricted"
    # the region is the ban's line: the byline above it is no part of it
    assert [(r.start_line, r.end_line) for r in found.unexplained] == [(2, 2)]


def test_words_that_only_start_like_a_byline_are_read() -> None:
    text = "Written permission is required before any commercial use of this software.\n\n"
    found = classify_text(text + _mit())
    assert found.verdict.level == "restricted"


@pytest.mark.parametrize(
    "note",
    [
        "This license is void in the People's Republic of China.",
        "This license is not valid in Russia or Belarus.",
    ],
)
def test_a_note_that_voids_the_license_in_a_place_limits_it(note: str) -> None:
    found = classify_text(_mit() + "\n" + note + "\n")
    assert found.verdict.level == "restricted"
    assert any("territory" in region.restrictions for region in found.unexplained)


def test_a_thing_invalid_in_a_case_is_no_term() -> None:
    found = classify_text(_mit() + "\nNote: the cache is invalid in this case.\n")
    assert found.verdict.level == "open"
