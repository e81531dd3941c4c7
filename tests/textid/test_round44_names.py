"""The Artistic License offered beside a GNU GPL that a reference found (forty-fourth round).

"either the GNU General Public License version 2 or the Artistic License" is Perl's pair. Read
as one name the pair already gave Artistic-1.0-Perl; where a short reference found the GPL with
its version, the words after "or" were read alone, and "the Artistic License" alone names no one
version. Offered beside the GNU GPL, it is Perl's.
"""

from __future__ import annotations

import pytest
from left_out import matched_ids

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
