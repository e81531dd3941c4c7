"""Names in markup attributes and GNU names said another way (forty-second round).

- A tag's attribute value of several words is text: "<meta name="license" content="Licensed
  under the Apache License, Version 2.0">" names Apache-2.0, where stripping the tag whole left
  nothing to read. One-word values (a class, an address) stay markup.
- "the GNU library license version 2" is the GNU Library GPL 2.0 (LGPL-2.0-only).
- "under any version of GPL" names the GPL without a version: any version (GPL-1.0-or-later).
- "either the GNU General Public License or the Artistic License" is Perl's pair of licenses:
  the Artistic License named beside the GPL without a version is the one that came with Perl
  (Artistic-1.0-Perl); named alone it stays unread.

The rules come from licensedcode-data and are left out of an index built at test time, as the
held-out benchmark does; the other texts are written here.
"""

from __future__ import annotations

import pytest
from left_out import index_without, matched_ids

from licenseclass import canonicalize
from licenseclass.textid.index import TextIndex

LEFT_OUT = (
    "rules/odbl-1.0_38.RULE",
    "rules/lgpl-2.0_98.RULE",
    "rules/gpl-1.0-plus_538.RULE",
    # Perl's pair: "either the GNU General Public License or the Artistic License"
    "rules/artistic-perl-1.0_or_gpl-1.0-plus_8.RULE",
)


@pytest.fixture(scope="module")
def left_out() -> tuple[TextIndex, dict[str, tuple[str, str]]]:
    return index_without(LEFT_OUT)


@pytest.mark.parametrize("name", LEFT_OUT)
def test_the_left_out_notices(
    left_out: tuple[TextIndex, dict[str, tuple[str, str]]], name: str
) -> None:
    index, texts = left_out
    text, expected = texts[name]
    assert matched_ids(text, index) == set(canonicalize(expected).split(" OR "))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '<meta name="license" content="This page is licensed under the Apache License,'
            ' Version 2.0">',
            {"Apache-2.0"},
        ),
        ("<tag k='license' v='The gadget data is released under the ISC License.' />", {"ISC"}),
        ('<a class="button" href="https://example.org/download">Download</a>', set()),
        ('<div class="main wide dark">Welcome to the gadget site.</div>', set()),
    ],
)
def test_the_words_of_an_attribute(text: str, expected: set[str]) -> None:
    assert matched_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gadget is covered by the GNU Library License, version 2.", {"LGPL-2.0-only"}),
        ("The gadget may be distributed under any version of the LGPL.", {"LGPL-2.0-or-later"}),
        ("This file may be redistributed under any version of the GNU GPL.", {"GPL-1.0-or-later"}),
    ],
)
def test_gnu_names_said_another_way(text: str, expected: set[str]) -> None:
    assert matched_ids(text) == expected


POINTER_LEFT_OUT = ("rules/agpl-3.0-plus_232.RULE", "rules/gpl-2.0-plus_15.RULE")


@pytest.fixture(scope="module")
def pointers_left_out() -> tuple[TextIndex, dict[str, tuple[str, str]]]:
    return index_without(POINTER_LEFT_OUT)


@pytest.mark.parametrize("name", POINTER_LEFT_OUT)
def test_a_pointer_that_misnames_the_notice_adds_no_license(
    pointers_left_out: tuple[TextIndex, dict[str, tuple[str, str]]], name: str
) -> None:
    # an AGPL notice's "See the GNU General Public License, below, for more details", a GPL
    # notice's "the complete text of the GNU Library General Public License can be found in"
    index, texts = pointers_left_out
    text, expected = texts[name]
    assert matched_ids(text, index) == {expected}


def test_a_second_license_granted_below_a_gnu_notice_is_kept() -> None:
    text = (
        "This program is free software: you can redistribute it and/or modify it under the\n"
        "terms of the GNU Affero General Public License as published by the Free Software\n"
        "Foundation, either version 3 of the License, or (at your option) any later version.\n"
        "\n"
        "The documentation in doc/ is licensed under the GNU General Public License,\n"
        "version 2.\n"
    )
    assert matched_ids(text) == {"AGPL-3.0-or-later", "GPL-2.0-only"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gadget is not licensed under the GPL.", set()),
        ("This code is not under the GNU General Public License.", set()),
        ("It is not released under the terms of the GNU GPL, but under the MIT license.", {"MIT"}),
        # no negation of the licensing phrase: the name stands
        ("The gadget is licensed under the GPL.", {"GPL-1.0-or-later"}),
        ("The gadget is licensed under the MIT license, not only for research.", {"MIT"}),
        # a sentence that ends in "not licensed." and a field that names the license below it
        ("Uses listed in POLICY.md are not licensed.\nLicense: Zlib", {"Zlib"}),
        ("The gadget is not licensed\nunder the GPL.", set()),
    ],
)
def test_a_license_the_work_is_said_not_to_be_under(text: str, expected: set[str]) -> None:
    assert matched_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "You may redistribute the gadget under the terms of either the GNU General Public"
            " License or the Artistic License.",
            {"GPL-1.0-or-later", "Artistic-1.0-Perl"},
        ),
        # named beside another license, or alone, the Artistic License's version stays unsaid
        ("The gadget is licensed under the MIT or the Artistic License.", {"MIT"}),
    ],
)
def test_the_artistic_license_beside_the_gpl_is_perl_s(text: str, expected: set[str]) -> None:
    assert matched_ids(text) == expected
