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
