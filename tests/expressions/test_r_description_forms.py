"""License fields of R packages (a DESCRIPTION file's ``License:``): "|" offers a choice,
"(>= 2)" is version 2 or later, "(== 2.0)" that version alone, and "+ file LICENSE" completes
CRAN's template licenses (MIT and the two BSDs: the file names the year and the holder) or may
add terms to any other. And a family named twice with two versions names two licenses:
neither is dropped."""

from __future__ import annotations

import pytest

from licenseclass import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GPL-2 | GPL-3", "GPL-2.0-only OR GPL-3.0-only"),
        ("MIT | Apache-2.0", "MIT OR Apache-2.0"),
        ("Artistic-2.0 | GPL-2 | GPL-3", "Artistic-2.0 OR GPL-2.0-only OR GPL-3.0-only"),
        ("GPL (>= 2)", "GPL-2.0-or-later"),
        ("LGPL (>= 2.1)", "LGPL-2.1-or-later"),
        ("MIT + file LICENSE", "MIT"),
        ("BSD_3_clause + file LICENSE", "BSD-3-Clause"),
        ("BSD_2_clause + file LICENCE", "BSD-2-Clause"),
        # "(== 2.0)" is that version alone
        ("Apache License (== 2.0)", "Apache-2.0"),
        ("Artistic License (== 2.0)", "Artistic-2.0"),
        ("LGPL (== 2.1)", "LGPL-2.1-only"),
    ],
)
def test_read(text: str, expected: str) -> None:
    assert normalize(text).expression == expected


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        # the file may add terms to a license that is no template
        ("GPL-3 + file LICENSE", "GPL-3.0-only"),
        # a choice whose other side is only a file
        ("GPL (>= 2) | file LICENCE", "GPL-2.0-or-later"),
        # two versions of one family with nothing joining them: neither is dropped
        ("GPL-2 GPL-3", "GPL-2.0-only"),
    ],
)
def test_declined_with_the_license_offered(text: str, offered: str) -> None:
    reading = normalize(text)
    assert reading.expression is None
    assert offered in reading.candidates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one license said twice, the second time without a version or in other words
        ("LGPL-2.1 LGPL", "LGPL-2.1-only"),
        ("MIT - MIT License", "MIT"),
        ("GPL v2 (GPLv2)", "GPL-2.0-only"),
    ],
)
def test_one_license_named_twice_is_one(text: str, expected: str) -> None:
    assert normalize(text).expression == expected
