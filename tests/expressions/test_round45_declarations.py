"""Declarations from package metadata that the lenient reader missed: an abbreviation of a
license's name, a slip in the word "clause", a site named after its license."""

from __future__ import annotations

import pytest

from licenseclass import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PSFL", "PSF-2.0"),  # the Python Software Foundation License, abbreviated
        ("PSFL v2", "PSF-2.0"),
        ("DWTFYW", "WTFPL"),  # "do what the f... you want", without "public license"
        ("DWTFYW License", "WTFPL"),
        ("BSD-3-Claude", "BSD-3-Clause"),
        ("3-Claude BSD", "BSD-3-Clause"),
        ("Http://wtfpl.org/", "WTFPL"),  # the site is named after the license
        ("http://www.wtfpl.net/", "WTFPL"),
    ],
)
def test_read_as_one_license(text: str, expected: str) -> None:
    found = normalize(text)
    assert found.expression == expected, found.how


@pytest.mark.parametrize(
    "text",
    [
        "http://mit.edu",  # a university, not the MIT license: short names are not trusted
        "https://www.python.org/",  # a language's site names no license
        "https://example.com/",
        "Claude",  # no clause count before it: a name
    ],
)
def test_no_license_read(text: str) -> None:
    assert normalize(text).expression is None


def test_bsd_without_a_count_still_declines() -> None:
    found = normalize("BSD")
    assert found.expression is None and found.ambiguous
    assert "BSD-3-Clause" in found.candidates


@pytest.mark.parametrize(
    ("text", "rider"),
    [
        ("MIT Non-Commercial", "non-commercial"),
        ("MIT-Commons-Clause", "commons-clause"),
        ("MIT (Hippocratic)", "hippocratic"),
        ("MIT-Hippocratic-2.0", "hippocratic"),
        ("Apache-2.0 (non-commercial use only)", "non-commercial"),
        ("BSD-3-Clause (no military use)", "no military"),
    ],
)
def test_a_rider_that_takes_rights_away_is_not_the_license(text: str, rider: str) -> None:
    """A permissive name with a rider beside it ("MIT Non-Commercial") is not that license:
    the reader declines, and says which words it would not drop."""
    found = normalize(text)
    assert found.expression is None and found.ambiguous
    assert rider in found.how


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CC-BY-NC-4.0", "CC-BY-NC-4.0"),  # non-commercial by its own name
        ("Creative Commons Attribution Non Commercial 4.0", "CC-BY-NC-4.0"),
        ("Attribution-NonCommercial-ShareAlike 4.0 International", "CC-BY-NC-SA-4.0"),
        ("Non-Profit Open Software License 3.0", "NPOSL-3.0"),
        ("MIT License (MIT)", "MIT"),
    ],
)
def test_a_license_whose_own_name_holds_the_words_is_read(text: str, expected: str) -> None:
    assert normalize(text).expression == expected
