"""Notices that name their license in few words: names as licensedcode-data reads them, lists
of names, versions said elsewhere in the sentence or the text, and boilerplate that many
licenses' notices share."""

from __future__ import annotations

import pytest

from licenseclass import classify_text
from licenseclass.core.licensedcode import licensedcode_dir, scancode_licenses, split_front_matter
from licenseclass.core.registry import default_registry
from licenseclass.textid.index import index_for
from licenseclass.textid.namestage import rule_names
from licenseclass.textid.selection import gnu_version


def ids(text: str) -> list[str]:
    return sorted({m.id for m in classify_text(text, read_clauses=False).matches})


def _rule_text(name: str) -> str:
    path = licensedcode_dir() / "rules" / name
    return split_front_matter(path.read_text(encoding="utf-8"))[1]


def test_short_rules_name_licenses_as_the_data_reads_them() -> None:
    names = rule_names(index_for(default_registry()))
    # ScanCode's rules read a bare "BSD License" as BSD-3-Clause
    assert names["bsd"] == "BSD-3-Clause"
    assert names["eupl"] == "EUPL-1.2"
    # "see license" is a generic rule: "see" names no license
    assert "see" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The parser here is published under BSD License.", ["BSD-3-Clause"]),
        ("It links to BSD-licensed hashing code", ["BSD-3-Clause"]),
        (
            "This software is licensed under the European Union Public License (EUPL)\n"
            "The license is available in the 22 official languages of the EU.",
            ["EUPL-1.2"],
        ),
        ("Licence: BSD + MPL-2.0", ["BSD-3-Clause", "MPL-2.0"]),
        ("The driver code is protected by the GPL.", ["GPL-1.0-or-later"]),
        (
            "The Foo project is released under a license known as the MAME License.",
            ["LicenseRef-scancode-mame"],
        ),
        ("Relicensed under the MIT License in 2020.", ["MIT"]),
    ],
)
def test_names_after_licensing_phrases(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


def test_a_versionless_name_yields_to_the_version_said_next() -> None:
    header = (
        "These widgets are subject to the terms of the Mozilla Public License, v.\n"
        "2.0. Get a copy at http://mozilla.org/MPL/2.0/ if it is missing.\n"
    )
    assert ids(header) == ["MPL-2.0"]
    both = "Widgets is licensed as Mozilla Public License. See Mozilla Public License "
    assert ids(both + "Version 1.1 for the details.") == ["MPL-1.1"]


def test_every_name_of_a_list_after_one_licensing_phrase() -> None:
    text = (
        "The library is distributed under the Apache License 2.0 (see LICENSE-APACHE),\n"
        "and the GNU LGPL v3 (see COPYING). Choose the one that suits you.\n"
    )
    assert ids(text) == ["Apache-2.0", "LGPL-3.0-only"]
    listed = "can be distributed under the terms of the\nMPL-1.1\nor\nGPL-2.0\nor\nLGPL-2.1\n"
    assert ids(listed + "license.") == ["GPL-2.0-only", "LGPL-2.1-only", "MPL-1.1"]


def test_any_later_version_said_after_a_clause() -> None:
    text = (
        "licensed under the Affero General Public License version 3,\n"
        "the text of which can be found in COPYING, or any later version of the AGPL,\n"
        "unless otherwise noted.\n"
    )
    assert ids(text) == ["AGPL-3.0-or-later"]


BOILERPLATE = (
    "you may not use this file except in compliance with the License.\nYou may obtain a copy "
    "of the License at\n\n  {url}\n\nUnless required by applicable law or agreed to in "
    'writing, software\ndistributed under the License is distributed on an "AS IS" BASIS,\n'
    "WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or\nimplied. See the "
    "License for the specific language governing\npermissions and limitations under the "
    "License.\n"
)


@pytest.mark.parametrize(
    ("name", "url", "expected"),
    [
        (
            "the Common Development and Distribution License,",
            "http://www.sun.com/cddl/",
            "CDDL-1.0",
        ),
        (
            'the Creative Commons License, Attribution 4.0 Intl. (the "License");',
            "https://creativecommons.org/licenses/by/4.0/",
            "CC-BY-4.0",
        ),
        ('the Apache License, Version 2.0 (the "License");', "", "Apache-2.0"),
    ],
)
def test_the_shared_boilerplate_after_a_name_is_that_license(
    name: str, url: str, expected: str
) -> None:
    # the sentence after the name is the same for many licenses: only the name tells
    text = f"The widget code is licensed under {name}\n" + BOILERPLATE.format(url=url)
    assert ids(text) == [expected]


def test_a_warranty_sentence_kept_as_a_license_yields_to_the_license_named_beside_it() -> None:
    sentence = scancode_licenses()["philippe-de-muyter"].text  # the GPL's warranty sentence
    notice = "The widgets are licensed under GPLv2.\nPlease note:\n"
    assert ids(notice + sentence) == ["GPL-2.0-only"]
    # alone, the sentence is that license's whole text
    assert ids(sentence) == ["LicenseRef-scancode-philippe-de-muyter"]


def test_a_notice_of_another_version_is_not_that_version() -> None:
    notice = _rule_text("php-3.0_7.RULE")
    assert ids(notice) == ["PHP-3.0"]
    older = notice.replace("3.0", "2.01").replace("3_0", "2_01")
    assert older != notice
    assert "PHP-3.0" not in ids(older)


def test_an_address_at_a_line_start_is_no_license_line() -> None:
    text = "please send a note to\nlicense@php.net so we can mail you a copy immediately.\n"
    assert ids(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The widget project is licensed GPLv3+.", ["GPL-3.0-or-later"]),
        ("For the widgets the license is GPLv2, see COPYING.", ["GPL-2.0-only"]),
        ("Widget drivers: dual BSD and GPLv2", ["BSD-3-Clause", "GPL-2.0-only"]),
        (
            "The widgets are dual-licensed under Apache License, version 2 and MIT",
            ["Apache-2.0", "MIT"],
        ),
        ("The widget code is licensed with the GPL Version 2.0", ["GPL-2.0-only"]),
        ("Widget syntax files: same as Vim license.", ["Vim"]),
        (
            "all of the widget code is covered under the GPL (version 2 or later)",
            ["GPL-2.0-or-later"],
        ),
        (
            "The widget data files are released under the LGPL (see the file COPYING.LIB for"
            " the details).",
            ["LGPL-2.0-or-later"],
        ),
        ("### License\n\nGNU LGPL v3\n", ["LGPL-3.0-only"]),
        (
            "This widget manual is distributed under GFDL 1.1 or any later version\n"
            "published by the Free Software Foundation.",
            ["GFDL-1.1-or-later"],
        ),
    ],
)
def test_more_ways_to_name_a_license(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


def test_a_lesser_grant_is_the_lgpl_whatever_the_notice_says_after_it() -> None:
    notice = (
        "This widget library is free software; you can redistribute it and/or modify it\n"
        "under the terms of the GNU Lesser General Public License as published by the Free\n"
        "Software Foundation; either version 3, or (at your option) any later version.\n\n"
        "This widget library is distributed in the hope that it will be useful, but\n"
        "WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or\n"
        "FITNESS FOR A PARTICULAR PURPOSE.  See the GNU General Public License for more\n"
        "details.\n"
    )
    assert ids(notice) == ["LGPL-3.0-or-later"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "#  The widgets are distributed under the terms of the GNU General Public License"
            " (GPL)\n#  as published by the Free Software Foundation; either version 2 of\n"
            "#  the License, or (at your option) any later version.\n",
            ["GPL-2.0-or-later"],
        ),
        (
            "The widgets are free software; you can redistribute them and/or modify them\n"
            "under the terms of the GNU General Public License as published by the Free\n"
            "Software Foundation; either version 2 of the License, or [at your option] any\n"
            "later version.\n",
            ["GPL-2.0-or-later"],
        ),
    ],
)
def test_or_later_said_past_a_semicolon_or_in_square_brackets(
    text: str, expected: list[str]
) -> None:
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("notice", "family", "expected"),
    [
        ("licensed like libstdc++ (GPLv3 + GCC Runtime Library Exception)", "GPL", ("3.0", "only")),
        ("dual licensed as GPLv2+ and BSD", "GPL", ("2.0", "or-later")),
        ("either version 3 or (at your option) a later version", "GPL", ("3.0", "or-later")),
        ("Additional permission under GNU AGPL version 3 section 7", "AGPL", None),
        (
            "the GNU Free Documentation License, Version 1.2 or any later version",
            "GFDL",
            ("1.2", "or-later"),
        ),
    ],
)
def test_gnu_versions_read(notice: str, family: str, expected: tuple[str, str] | None) -> None:
    assert gnu_version(notice, family) == expected


def test_a_disclaimer_kept_as_a_license_yields_to_the_license_beside_it() -> None:
    disclaimer = scancode_licenses()["robert-hubley"].text
    notice = (
        "The widgets are free software: you can redistribute them and/or modify them under the\n"
        "terms of the GNU General Public License version 2 (GPLv2) as published by the Free\n"
        "Software Foundation.\n\n"
    )
    assert ids(notice + disclaimer) == ["GPL-2.0-only"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The widgets/COPYING file (GPL-2.0-or-later) applies to code without a header.",
            ["GPL-2.0-or-later"],
        ),
        (
            "Every widget file carries an identifier of `GPL-2.0+` or the like.",
            ["GPL-2.0-or-later"],
        ),
        ("All of our widgets are open source (GPL-3)", ["GPL-3.0-only"]),
        # a bracketed word that reads as no license names nothing
        ("Widgets follow the style guide (PEP-8) strictly.", []),
    ],
)
def test_license_ids_in_brackets(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


def test_a_dropped_disclaimer_stays_explained() -> None:
    disclaimer = scancode_licenses()["robert-hubley"].text
    notice = (
        "The widgets are free software: you can redistribute them and/or modify them under the\n"
        "terms of the GNU General Public License version 2 (GPLv2) as published by the Free\n"
        "Software Foundation.\n\n"
    )
    found = classify_text(notice + disclaimer, read_clauses=False)
    assert [m.id for m in found.matches] == ["GPL-2.0-only"]
    # the disclaimer's lines (from line 5) are explained as part of the GPL notice
    assert all(region.end_line < 5 for region in found.unexplained)
