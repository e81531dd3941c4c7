"""A copyright line that goes on to say the license ("Copyright (c) 2020 Jane Roe, licensed under
the MIT license"). Copyright statements are boilerplate that matching skips; the license said
after the holder's name on the same line is not part of the statement. Found in regex's wheel,
whose LICENSE.txt says "copyright (c) 1998-2001 by Secret Labs AB and licensed under CNRI's
Python 1.6 license" before the Apache text."""

from __future__ import annotations

import pytest

from licenseclass import classify_text
from licenseclass.textid.textnorm import copyright_lines


def ids(text: str) -> list[str]:
    return sorted({m.id for m in classify_text(text, read_clauses=False).matches})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Copyright (c) 2020 Jane Roe, licensed under the MIT license.", ["MIT"]),
        ("Copyright (c) 2020 Jane Roe - released under the MIT License", ["MIT"]),
        (
            "Copyright 2019 The Frob Authors; distributed under the terms of the BSD 3-Clause "
            "license.",
            ["BSD-3-Clause"],
        ),
        (
            "This work was derived from the 're' module of CPython,\n"
            "copyright (c) 1998-2001 by Secret Labs AB and licensed under CNRI's Python 1.6\n"
            "license.",
            ["CNRI-Python"],
        ),
    ],
)
def test_the_license_after_the_holder_is_read(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Copyright (c) 2020 Jane Roe, licensed under the MIT license.", "licensed under the MIT"),
        ("Copyright (c) 2020 Jane Roe", ""),
        ("Copyright (c) 2020 Licensed Materials Corp.", ""),
        ("Copyright 2020 Foo. Licensed under the Apache License", "Licensed under the Apache"),
    ],
)
def test_only_the_statement_is_dropped(line: str, kept: str) -> None:
    rest = copyright_lines(line)
    assert rest.strip().startswith(kept)
