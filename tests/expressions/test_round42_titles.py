"""License names as title lines and listings write them (forty-second round).

- A license's title line carries its date ("Apache License Version 2.0, January 2004", "GNU
  GENERAL PUBLIC LICENSE Version 3, 29 June 2007"): the date is no part of the name.
- A name with "and" inside it and its short form in brackets ("Historical Permission Notice and
  Disclaimer (HPND)") is one license, where both name the same one; a short form of another
  license leaves the reading undecided.
"""

from __future__ import annotations

import pytest

from licenseclass import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apache License Version 2.0, January 2004", "Apache-2.0"),
        ("Apache License, Version 2.0, January 2004", "Apache-2.0"),
        ("GNU GENERAL PUBLIC LICENSE Version 3, 29 June 2007", "GPL-3.0-only"),
        ("GNU LESSER GENERAL PUBLIC LICENSE Version 2.1, February 1999", "LGPL-2.1-only"),
        ("Historical Permission Notice and Disclaimer (HPND)", "HPND"),
        ("Common Development and Distribution License 1.0 (CDDL-1.0)", "CDDL-1.0"),
    ],
)
def test_title_lines_and_names_with_their_short_form(text: str, expected: str) -> None:
    assert normalize(text).expression == expected


def test_a_short_form_of_another_license_decides_nothing() -> None:
    assert normalize("Historical Permission Notice and Disclaimer (GPL)").expression is None


@pytest.mark.parametrize(
    "text",
    ["Apache License (as modified) Version 2.0, January 2004", "MIT License (modified)"],
)
def test_an_aside_that_says_the_license_was_changed_declines(text: str) -> None:
    found = normalize(text)
    assert found.expression is None
    assert found.candidates


def test_modified_bsd_in_brackets_is_still_the_three_clause_bsd() -> None:
    assert normalize("BSD License (modified)").expression == "BSD-3-Clause"


@pytest.mark.parametrize(
    "text", ["perl_5", "Perl 5", "Perl", "same as perl", "Same terms as Perl itself"]
)
def test_perl_s_own_terms(text: str) -> None:
    # CPAN's "perl_5": the Artistic License that came with Perl, or the GPL 1 or later
    assert normalize(text).expression == "Artistic-1.0-Perl OR GPL-1.0-or-later"


def test_perl_s_artistic_license_alone_stays_itself() -> None:
    assert normalize("Perl Artistic License").expression == "Artistic-1.0-Perl"


def test_an_spdx_id_spelt_with_a_space_wins_over_a_scancode_key_spelt_so() -> None:
    # BSL-1.0 is the Boost Software License; ScanCode's key bsl-1.0 a Business Source License
    assert normalize("BSL 1.0").expression == "BSL-1.0"
    assert normalize("Business Source License 1.0").expression == "LicenseRef-scancode-bsl-1.0"


def test_a_scancode_key_of_the_license_an_spdx_id_also_names_keeps_its_facts() -> None:
    # ScanCode's unrar and SPDX's UnRAR are one license; the entry with its facts is kept
    assert normalize("UnRar License").expression == "LicenseRef-scancode-unrar"
