"""normalize on declarations as package metadata has them: classifiers of families with one
version, family names without a version or with a short one, a list that says which part each
license covers, a title line with its date and address, "bsd" inside another word."""

from __future__ import annotations

import pytest

from licenseclass import normalize


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # "License ::" opens a classifier; its first colon is no field name's
        ("License :: OSI Approved :: Common Public License", "CPL-1.0"),
        ("License :: OSI Approved :: Sun Public License", "SPL-1.0"),
        ("License :: OSI Approved :: MIT No Attribution License (MIT-0)", "MIT-0"),  # was MIT
        ("License :: OSI Approved :: zlib/libpng License", "Zlib"),  # was Zlib OR Libpng
        ("License :: OSI Approved :: PostgreSQL License", "PostgreSQL"),
        ("License :: OSI Approved :: W3C License", "W3C"),
        ("License :: OSI Approved :: University of Illinois/NCSA Open Source License", "NCSA"),
        ("License :: OSI Approved :: Historical Permission Notice and Disclaimer (HPND)", "HPND"),
        # a family with one version on the SPDX list, named in full without it
        ("Sun Public License", "SPL-1.0"),
        ("Sybase Open Watcom Public License", "Watcom-1.0"),
        # a short version after a family's name or stem
        ("CeCILL v2.1", "CECILL-2.1"),
        ("Cecill-V2", "CECILL-2.0"),
        ("CeCILL version 2", "CECILL-2.0"),
        ("APSL v2", "APSL-2.0"),
        ("ECL v2", "ECL-2.0"),
        ("Eiffel Forum License v2", "EFL-2.0"),
        ("Cecill-V2 licenses", "CECILL-2.0"),
        # ScanCode's texts of a family's older versions count as its versions
        ("Hippocratic License 1.2", "LicenseRef-scancode-hippocratic-1.2"),
        # a title line's date before an address
        ("Apache License Version 2.0, January 2004 http://www.apache.org/licenses/", "Apache-2.0"),
        # each license's part of the work said in brackets: all of them apply
        (
            "LGPL2.1+ (the library), GPL2+ (tests and examples)",
            "LGPL-2.1-or-later AND GPL-2.0-or-later",
        ),
        ("MIT (code), CC-BY-4.0 (docs)", "MIT AND CC-BY-4.0"),
        # "(GPL compatible)" describes the license before it
        (
            "Cecill-C (LGPL compatible) and Cecill-V2 licenses (GPL compatible)",
            "CECILL-C AND CECILL-2.0",
        ),
        # FreeBSD's nicknames
        ("FreeBSD", "BSD-2-Clause-Views"),
        ("FreeBSD License", "BSD-2-Clause"),
        ('"Simplified_BSD_License"_or_"FreeBSD_License")', "BSD-2-Clause"),
        ("newBSD", "BSD-3-Clause"),
        # an id with its letters swapped, written with spaces
        ("BDS 3 Clause", "BSD-3-Clause"),
        # two neighbouring letters swapped before a version the family has
        ("MLP 2.0/EUPL 1.1", "MPL-2.0 OR EUPL-1.1"),
        ("LPGL 2.1", "LGPL-2.1-only"),
        # "or later" outside the GNU family is SPDX's "+"; it was dropped
        ("EUPL-1.2-or-later", "EUPL-1.2+"),
        ("EUPL 1.1 or later", "EUPL-1.1+"),
        ("MPL 2.0 or any later version", "MPL-2.0+"),
        # "ver3" glued to its number; "GNU/" before the name
        ("GNU GPL ver3", "GPL-3.0-only"),
        ("GNU/GPLv3", "GPL-3.0-only"),
        ("GNU/LGPL v2.1", "LGPL-2.1-only"),
        ("new-style BSD", "BSD-3-Clause"),
        # MIT-0 by another name is not MIT
        ("MIT-Zero", "MIT-0"),
        ("MIT Zero", "MIT-0"),
        # BSD's letters in another order before a clause count
        ("DSB 3-clause", "BSD-3-Clause"),
        # an SPDX id with other punctuation wins over the GNU rule it starts like
        ("LGPL-LR", "LGPLLR"),
        # a template's comment after the value
        ("MIT License  # Example license", "MIT"),
        # the SPDX name with single quotes
        ("BSD 3-Clause 'New' or 'Revised' License", "BSD-3-Clause"),
        # read again when nothing else read it: glued words, one misspelt family word
        ("TheUnlicense", "Unlicense"),
        ("Apach License 2.0", "Apache-2.0"),
        ("Mozila Public License 2.0", "MPL-2.0"),
    ],
)
def test_declarations_read(text: str, expression: str) -> None:
    assert normalize(text).expression == expression


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("Apple Public Source License", {"APSL-1.0", "APSL-1.1", "APSL-1.2", "APSL-2.0"}),
        ("License :: OSI Approved :: Apple Public Source License", {"APSL-2.0", "APSL-1.0"}),
        ("Common Development and Distribution License", {"CDDL-1.0", "CDDL-1.1"}),
        ("License :: Eiffel Forum License (EFL)", {"EFL-1.0", "EFL-2.0"}),
        ("Netscape Public License", {"NPL-1.0", "NPL-1.1"}),
        ("Educational Community License", {"ECL-1.0", "ECL-2.0"}),
        # the SPDX list has one Hippocratic version, ScanCode has the others
        ("Hippocratic License", {"Hippocratic-2.1", "LicenseRef-scancode-hippocratic-1.2"}),
        # SISSL's id has no version, its name has (v1.1): it is SISSL-1.2's elder
        ("Sun Industry Standards Source License", {"SISSL", "SISSL-1.2"}),
        # the Elastic License of 2018 is ScanCode's, not the SPDX list's
        (
            "Licensed under the Elastic License",
            {"Elastic-2.0", "LicenseRef-scancode-elastic-license-2018"},
        ),
        # an alias that only one version carries still names the family
        ("Open Font License", {"OFL-1.0", "OFL-1.1"}),
        # a version the family does not have
        ("APSL 3.0", {"APSL-2.0"}),
    ],
)
def test_family_names_without_a_known_version_decline(text: str, offered: set[str]) -> None:
    found = normalize(text)
    assert found.expression is None and found.ambiguous
    assert offered <= set(found.candidates)


@pytest.mark.parametrize(
    "text",
    [
        "MIT, Apache-2.0",  # a bare comma says neither AND nor OR
        "MIT (code), Apache-2.0",  # one part says what it covers, the other does not
        "MIT, (Apache-2.0 OR BSD-3-Clause)",
        "MLP",  # a swapped pair needs the version to be sure
        "BSD-style",  # a style is not the license
        "old-style BSD",  # the 4-clause license for some, the 3-clause for ScanCode's labels
        "Apache",  # a family word spelt right still needs its version
    ],
)
def test_lists_and_guesses_without_enough_to_go_on_decline(text: str) -> None:
    found = normalize(text)
    assert found.expression is None and found.ambiguous


@pytest.mark.parametrize("text", ["Tabsdata License", "Acme Data License 3 Terms"])
def test_a_vendor_name_holding_letters_of_an_id_names_no_license(text: str) -> None:
    found = normalize(text)
    assert found.expression is None
    assert not any(c.startswith("BSD") for c in found.candidates)


@pytest.mark.parametrize("text", ["nolicense", "NoLicense", "no_license", "No License"])
def test_no_license_grants_nothing(text: str) -> None:
    found = normalize(text)
    assert found.expression is None and not found.ambiguous
    assert found.meaning == "all-rights-reserved"


@pytest.mark.parametrize("text", ["Alpachi License 2.0", "Acme License", "GPL #2"])
def test_words_too_far_from_a_name_are_not_respelt(text: str) -> None:
    assert normalize(text).expression is None


def test_a_respelt_reading_says_so_and_is_less_sure() -> None:
    found = normalize("Apach License 2.0")
    assert "'Apach' read as 'apache'" in found.how
    assert found.confidence <= 0.6


def test_an_acronym_alone_is_no_family_name() -> None:
    # OPL is the Open Public License's stem and the Open Publication License's acronym
    found = normalize("licensed under the OPL.")
    assert found.expression is None
    assert "a family's name" not in found.how


def test_a_change_said_with_nothing_named_in_brackets_is_no_refusal() -> None:
    # "restricted use (see terms and conditions)": no license named, so nothing to decline
    found = normalize("restricted use (see terms and conditions)")
    assert found.expression is None and not found.ambiguous
