"""The Artistic License offered beside a GNU GPL that a reference found (forty-fourth round).

"either the GNU General Public License version 2 or the Artistic License" is Perl's pair. Read
as one name the pair already gave Artistic-1.0-Perl; where a short reference found the GPL with
its version, the words after "or" were read alone, and "the Artistic License" alone names no one
version. Offered beside the GNU GPL, it is Perl's.

"licensed using" and "released using" lead to a license's name as "licensed with" does (and
the name is read once, not once after the phrase and again before "license").
"""

from __future__ import annotations

import pytest
from left_out import matched_ids

from licenseclass import classify_text

PAIR = "You may redistribute this module under the terms of either {gpl} or {artistic}, {tail}."


@pytest.mark.parametrize(
    "gpl",
    [
        "the GNU General Public License version 2",
        "the GNU General Public License, Version 2",
        "the GNU General Public License (version 2)",
    ],
)
@pytest.mark.parametrize(
    "tail", ["as the README of the Perl distribution says", "whichever suits your product"]
)
def test_the_bare_artistic_license_beside_the_gpl_is_perls(gpl: str, tail: str) -> None:
    text = PAIR.format(gpl=gpl, artistic="the Artistic License", tail=tail)
    assert matched_ids(text) == {"GPL-2.0-only", "Artistic-1.0-Perl"}


def test_a_version_after_the_artistic_license_is_that_version() -> None:
    text = PAIR.format(
        gpl="the GNU General Public License, Version 2",
        artistic="the Artistic License 2.0",
        tail="whichever suits your product",
    )
    assert matched_ids(text) == {"GPL-2.0-only", "Artistic-2.0"}


def test_beside_the_lesser_gpl_the_artistic_license_is_not_perls() -> None:
    text = PAIR.format(
        gpl="the GNU Lesser General Public License, Version 2.1",
        artistic="the Artistic License",
        tail="whichever suits your product",
    )
    assert "Artistic-1.0-Perl" not in matched_ids(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gadget is released using the ISC license, like its parent.", {"ISC"}),
        ("The gadget is licensed using the Zlib license.", {"Zlib"}),
        ("The library is released using the GNU LGPL v2.1.", {"LGPL-2.1-only"}),
        ("The binaries are released using GitHub Actions.", set()),
    ],
)
def test_licensed_or_released_using_a_license(text: str, expected: set[str]) -> None:
    found = classify_text(text, read_clauses=False)
    assert {m.id for m in found.matches} == expected
    assert len(found.matches) == len(expected)  # one name, read once


@pytest.mark.parametrize(
    "text",
    [
        "This project is [MIT](https://github.com/owner/repo/blob/main/LICENSE) licensed.",
        "This project is **[MIT](https://example.org/LICENSE)** licensed.",
    ],
)
def test_a_markdown_link_before_licensed_names_the_license(text: str) -> None:
    """The link's address stands between the name and "licensed" (forty-fifth round)."""
    assert classify_text(text).expression == "MIT"


def test_a_link_that_names_no_license_before_license_names_nothing() -> None:
    assert classify_text("The [foo](http://example.org) license applies.").expression is None


def test_a_link_to_a_license_page_is_left_to_the_page() -> None:
    # the address names a license of its own ("freebsd-license.html"): not the link's "BSD"
    text = "has a reduced [BSD](https://www.freebsd.org/copyright/freebsd-license.html) license."
    assert "BSD-3-Clause" not in (classify_text(text).expression or "")
