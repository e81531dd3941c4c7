"""A version said after a license's name decides which version the text names.

ScanCode keeps some names without a number as references of the latest version ("The LaTeX
Project Public License" is filed under LPPL-1.3c), so a notice that names an older version
after the name must not be read as the latest one. Also: an abbreviation in quotes between the
name and its version, and "or any later" said in fewer words than usual."""

from __future__ import annotations

import pytest

from licenseclass import classify_text


def ids(text: str) -> list[str]:
    return sorted({m.id for m in classify_text(text, read_clauses=False).matches})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This style file may be distributed and/or modified under the conditions of the\n"
            "LaTeX Project Public License, either version 1.2 of this license.",
            ["LPPL-1.2"],
        ),
        ("Typeset under the LaTeX Project Public License, version 1.2.", ["LPPL-1.2"]),
        # the version the name stands for: nothing to correct
        ("Typeset under the LaTeX Project Public License, either version 1.3c.", ["LPPL-1.3c"]),
    ],
)
def test_an_older_version_after_the_name_wins(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


def test_a_number_no_version_has_is_not_taken_for_one() -> None:
    # a copy whose dots were lost ("Version 10" for 1.0): no catalogued version, so the
    # name's own reading stands rather than nothing
    text = (
        "The contents of this file are subject to the Mozilla Public License\n"
        'Version 10 (the "License"); you may not use this file except in compliance with\n'
        "the License."
    )
    assert ids(text) == ["MPL-1.0"]


@pytest.mark.parametrize("quote", ['"', "'", "\u201c"])
def test_an_abbreviation_in_quotes_before_the_version(quote: str) -> None:
    close = "\u201d" if quote == "\u201c" else quote
    text = (
        "The contents of this file are subject to the Reciprocal Public License "
        f"({quote}RPL{close}) Version 1.5, or subsequent versions as allowed by the RPL."
    )
    assert ids(text) == ["RPL-1.5"]


@pytest.mark.parametrize(
    "text",
    [
        "This program is free software; you can redistribute it and/or modify it under the\n"
        "terms of the GNU General Public License version 2 as published by the Free Software\n"
        "Foundation (or any later at your option).",
        "Permission is granted to copy, distribute and/or modify this document under the\n"
        "terms of the GNU General Public License, Version 2 any later version published by\n"
        "the Free Software Foundation.",
    ],
)
def test_or_later_in_fewer_words(text: str) -> None:
    assert ids(text) == ["GPL-2.0-or-later"]


def test_version_2_alone_stays_only() -> None:
    text = (
        "This program is free software; you can redistribute it and/or modify it under the\n"
        "terms of the GNU General Public License version 2 as published by the Free Software\n"
        "Foundation."
    )
    assert ids(text) == ["GPL-2.0-only"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pointer to what a license says, not a grant (astropy's ERFA.rst)
        (
            "The Frob version keeps the functions but is made distinct through different\n"
            "names, as set out in the SOFA license conditions.",
            [],
        ),
        ("This software is released under the terms set out in the MIT license.", ["MIT"]),
        ("Use is permitted as described in the MIT license.", ["MIT"]),
    ],
)
def test_a_license_whose_terms_are_pointed_at(text: str, expected: list[str]) -> None:
    assert ids(text) == expected
