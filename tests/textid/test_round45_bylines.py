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
    assert [r.start_line for r in found.unexplained] == [1]


def test_words_that_only_start_like_a_byline_are_read() -> None:
    text = "Written permission is required before any commercial use of this software.\n\n"
    found = classify_text(text + _mit())
    assert found.verdict.level == "restricted"
