"""Close relatives and GNU notices: the SPDX id over ScanCode's own variant, the title that
names the license, and the version and "or later" a GNU notice states in its own words."""

from __future__ import annotations

import textwrap

import pytest

from licenseclass import classify_text
from licenseclass.core.licensedcode import licensedcode_dir, scancode_licenses, split_front_matter
from licenseclass.textid.names import family
from licenseclass.textid.namestage import any_gnu_version
from licenseclass.textid.selection import gnu_version


def ids(text: str) -> list[str]:
    return [m.id for m in classify_text(text, read_clauses=False).matches]


def test_unicode_v3_with_the_agreement_preamble_is_unicode_3() -> None:
    # the SPDX text of Unicode-3.0 carries the "NOTICE TO USER" paragraph that ScanCode's
    # own "unicode" agreement has and its unicode-v3 text lacks: both fit, SPDX's id wins
    v3 = scancode_licenses()["unicode-v3"].text
    rules = sorted((licensedcode_dir() / "rules").glob("unicode_*.RULE"))
    preamble = next(
        body[body.index("NOTICE TO USER") : body.index("COPYRIGHT AND PERMISSION NOTICE")]
        for body in (split_front_matter(p.read_text(encoding="utf-8"))[1] for p in rules)
        if "NOTICE TO USER" in body and "COPYRIGHT AND PERMISSION NOTICE" in body
    )
    at = v3.index("Permission is hereby")
    assert ids(v3[:at] + preamble + v3[at:]) == ["Unicode-3.0"]


def test_psf_text_named_by_its_own_first_line_is_psf() -> None:
    psf = scancode_licenses()["psf-2.0"].text
    untitled = psf.replace("PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2", "")
    assert ids(untitled) == ["PSF-2.0"]
    assert ids(untitled.replace("\n", "\r\n")) == ["PSF-2.0"]


def _notice_template() -> str:
    """The GNU notice as the GPL-2.0 text's own appendix words it (read at run time from
    licensedcode-data), with the family, the version and a comment lead left to fill in."""
    text = " ".join(scancode_licenses()["gpl-2.0"].text.split())
    start = text.index("This program is free software")
    end = text.index("PARTICULAR PURPOSE.", start) + len("PARTICULAR PURPOSE.")
    notice = text[start:end].replace("GNU General Public License", "GNU {family}", 1)
    notice = notice.replace(
        "either version 2 of the License, or (at your option) any later version.", "{version}"
    )
    grant, rest = notice.split(" This program is distributed", 1)
    lines = ["{lead} " + line for line in textwrap.wrap(grant, 66)]
    lines.append("{lead}")
    lines += ["{lead} " + line for line in textwrap.wrap("This program is distributed" + rest, 66)]
    return "\n".join(lines) + "\n"


NOTICE = _notice_template()
FAMILIES = {"GPL": "General Public License", "LGPL": "Lesser General Public License"}


@pytest.mark.parametrize("lead", ["//", "#", " *", ""])
@pytest.mark.parametrize(
    ("family", "version", "expected"),
    [
        (
            "GPL",
            "either version 2 of the License, or\n{lead} (at your option) any later version.",
            "GPL-2.0-or-later",
        ),
        ("GPL", "version 2 of the License.", "GPL-2.0-only"),
        (
            "GPL",
            "either version 3 of the License, or (at your option)\n{lead} any later version.",
            "GPL-3.0-or-later",
        ),
        (
            "LGPL",
            "either version 2.1 of the License, or\n{lead} (at your option) any later version.",
            "LGPL-2.1-or-later",
        ),
        ("LGPL", "version 2.1 of the License.", "LGPL-2.1-only"),
    ],
)
def test_gnu_notices_get_their_version_and_or_later(
    lead: str, family: str, version: str, expected: str
) -> None:
    text = NOTICE.format(lead=lead, family=FAMILIES[family], version=version.format(lead=lead))
    assert ids(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Licensed under the GPLv2", "GPL-2.0-only"),
        ("These files are licensed under GPLv2+", "GPL-2.0-or-later"),
        ("Released under GPL3. See COPYING.", "GPL-3.0-only"),
        ("This library is distributed under LGPLv2.1", "LGPL-2.1-only"),
        ("This library is distributed under LGPLv2.1+", "LGPL-2.1-or-later"),
        ("licensed under the GNU General Public License, version 2.", "GPL-2.0-only"),
    ],
)
def test_short_gnu_references_read_their_version(text: str, expected: str) -> None:
    assert ids(text) == [expected]


def test_version_2_never_becomes_version_1_or_later() -> None:
    for text in (
        "This code is distributed under the GNU General Public License, version 2.",
        "Copyright 2020 Someone. Licensed under the GNU GPL version 2 or later.",
    ):
        assert "GPL-1.0-or-later" not in ids(text), text


@pytest.mark.parametrize(
    ("notice", "family", "expected"),
    [
        (
            "either version 2 of the License, or (at your option) any later version",
            "GPL",
            ("2.0", "or-later"),
        ),
        ("GPLv3", "GPL", ("3.0", "only")),
        ("derived from GPLv2+ sources", "GPL", ("2.0", "or-later")),
        ("version two or later", "GPL", ("2.0", "or-later")),
        (
            "/* version 2 */\n/* of the License, or any later version. */",
            "GPL",
            ("2.0", "or-later"),
        ),
        ("version 2.1 of the License, or (at your option) version 3", "LGPL", None),
        ("GNU General Public License as published by the Free Software Foundation", "GPL", None),
        ("LGPL v2.1 or later", "GPL", None),  # no GPL 2.1
    ],
)
def test_gnu_version_reader(notice: str, family: str, expected: tuple[str, str] | None) -> None:
    assert gnu_version(notice, family) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those are GPL-licensed components.", ["GPL-1.0-or-later"]),
        ("Code is LGPL-licensed", ["LGPL-2.0-or-later"]),
        ("All metadata is MIT licensed unless otherwise stated.", ["MIT"]),
        ("This program is released under the GPL.", ["GPL-1.0-or-later"]),
        ("Dual licensed under GPLv2 or MIT", ["GPL-2.0-only", "MIT"]),
    ],
)
def test_names_in_free_text(text: str, expected: list[str]) -> None:
    assert sorted(ids(text)) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("the GPL", "GPL-1.0-or-later"),
        ("GNU General Public License", "GPL-1.0-or-later"),
        ("the GNU LGPL", "LGPL-2.0-or-later"),
        # "Lesser" is the LGPL's name from version 2.1 on
        ("Lesser GNU Public License", "LGPL-2.1-or-later"),
        ("the GNU Library General Public License", "LGPL-2.0-or-later"),
        ("GPL version 2", None),
        ("the MIT license", None),
    ],
)
def test_a_gnu_name_without_version_admits_any_version(name: str, expected: str | None) -> None:
    assert any_gnu_version(name) == expected


def test_a_gnu_notice_that_states_no_version_admits_any_version() -> None:
    text = NOTICE.format(lead="#", family=FAMILIES["GPL"], version="")
    assert ids(text) == ["GPL-1.0-or-later"]


def test_a_debian_license_line_keeps_its_plus() -> None:
    text = "License: GPL-2+\n" + NOTICE.format(
        lead="",
        family=FAMILIES["GPL"],
        version="either version 2 of the License, or any later version.",
    )
    assert set(ids(text)) == {"GPL-2.0-or-later"}


def test_a_troff_notice_reads_its_version_past_the_comment_marker() -> None:
    # '.\"' opens every line of a man page comment, also the one the version moved to
    version = 'either version\n.\\" 2 of the License, or (at your option) any later version.'
    text = NOTICE.format(lead='.\\"', family=FAMILIES["GPL"], version=version)
    assert ids(text) == ["GPL-2.0-or-later"]


def test_a_boxed_notice_reads_its_version_past_the_box() -> None:
    version = "version\n2 or higher as published."
    notice = NOTICE.format(lead=" *", family=FAMILIES["LGPL"], version=version)
    boxed = "\n".join(line.ljust(72) + " *" for line in notice.splitlines())
    assert ids(boxed) == ["LGPL-2.0-or-later"]


def test_a_lesser_gpl_notice_without_a_version_is_2_1_or_later() -> None:
    # the LGPL is called "Lesser" from 2.1 on; the GPL's any-version rule stays 1.0 or later
    text = NOTICE.format(lead="#", family=FAMILIES["LGPL"], version="")
    assert ids(text) == ["LGPL-2.1-or-later"]


def test_a_mention_without_version_yields_to_the_notice_that_states_one() -> None:
    version = "either version 2.1 of the License, or (at your option) any later version."
    notice = NOTICE.format(lead="", family=FAMILIES["LGPL"], version=version)
    assert ids("Free Software Foundation LGPL License\n\n" + notice) == ["LGPL-2.1-or-later"]


LATER = "either version 2 of the License, or (at your option) any later version."


def test_a_pointer_to_the_text_of_version_2_yields_to_its_or_later_grant() -> None:
    notice = NOTICE.format(lead="", family=FAMILIES["GPL"], version=LATER)
    pointer = (
        "On Debian systems, the complete text of the GNU General Public License version 2 "
        "can be found in /usr/share/common-licenses/GPL-2.\n"
    )
    assert ids(notice + "\n" + pointer) == ["GPL-2.0-or-later"]


def test_a_grant_of_version_2_only_beside_an_or_later_one_is_kept() -> None:
    later = NOTICE.format(lead="", family=FAMILIES["GPL"], version=LATER)
    only = NOTICE.format(lead="", family=FAMILIES["GPL"], version="version 2 of the License.")
    assert sorted(ids(later + "\nSome files:\n\n" + only)) == ["GPL-2.0-only", "GPL-2.0-or-later"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Everything here is free under MIT license", ["MIT"]),
        ("Those files are covered under this zlib license.", ["Zlib"]),
        ("They are licensed under the GPL or the LGPL.", ["GPL-1.0-or-later", "LGPL-2.0-or-later"]),
        ("Released under both the GPL and MIT licenses.", ["GPL-1.0-or-later", "MIT"]),
        ("It is distributed under the conditions of the GNU LGPL.", ["LGPL-2.0-or-later"]),
        (
            "The package is distributed under a LGPLv3+ or GPLv2+ dual license",
            ["GPL-2.0-or-later", "LGPL-3.0-or-later"],
        ),
        ("The software is licensed as BSD 3-Clause", ["BSD-3-Clause"]),
        ("Our libraries are under GPL version 2", ["GPL-2.0-only"]),
        ("Our extension is shipped under the same license as Ruby itself.", ["Ruby"]),
        # the version said before the name
        (
            "Blobs are distributed under version 2 (only) of the GNU GPL; see COPYING.",
            ["GPL-2.0-only"],
        ),
        ("Plugins are available under version 3 of the GNU Affero GPL.", ["AGPL-3.0-only"]),
        (
            "Tiles are available under the https://example.org/x/ Open Data Commons Open"
            " Database License.",
            ["ODbL-1.0"],
        ),
        ("Firmware released under the GNU Public License, v.2, see COPYING.", ["GPL-2.0-only"]),
        # after a bare "under", a GNU name without a version is talk about the license
        ("we are not shipping it under the Lesser GPL license, whatever they say", []),
    ],
)
def test_names_after_under_and_several_names(text: str, expected: list[str]) -> None:
    assert sorted(ids(text)) == expected


def test_a_verbatim_rule_of_a_relative_yields_to_the_license_text_that_fits() -> None:
    # licensedcode-data keeps the terms of the PNG Reference Library License version 2 (from
    # "The software is supplied "as is"" on) as a rule of Libpng; with its title the text is
    # found verbatim as that rule, yet libpng-2.0's own license text fits it as well
    rules = sorted((licensedcode_dir() / "rules").glob("libpng_*.RULE"))
    body = next(
        text
        for text in (split_front_matter(p.read_text(encoding="utf-8"))[1] for p in rules)
        if len(text) > 600 and text.lstrip().startswith('The software is supplied "as is"')
    )
    title = "PNG Reference Library License version 2\n\n"
    assert ids(body) == ["Libpng"]  # the rule alone is the rule's license
    assert ids(title + body) == ["libpng-2.0"]


def test_families_of_ids_whose_name_holds_a_digit() -> None:
    # "W3C" and "W3C-19980720" are one family, so a bare mention folds into the dated notice
    assert family("W3C-19980720") == family("W3C") == "w3c"
    assert family("X11-distribute-modifications-variant") == "x11"
    assert family("GPL-2.0-or-later") == "gpl"
    assert family("LicenseRef-scancode-llama-2-license-2023") == "llama"


@pytest.mark.parametrize(
    ("key", "start", "end", "expected"),
    [
        # the terms without the preamble and section 0 once read as LGPL-2.0-only, the
        # reference's preamble counted as distinctive words the text leaves out
        (
            "lgpl-2.1",
            "1. You may copy and distribute verbatim",
            "END OF TERMS AND CONDITIONS",
            "LGPL-2.1-only",
        ),
        ("gpl-3.0", "2. Basic Permissions.", "END OF TERMS AND CONDITIONS", "GPL-3.0-only"),
        ("gpl-2.0", "1. You may copy and distribute verbatim", None, "GPL-2.0-only"),
    ],
)
def test_terms_without_their_preamble_keep_their_license(
    key: str, start: str, end: str | None, expected: str
) -> None:
    text = scancode_licenses()[key].text
    terms = text[text.index(start) : text.index(end) if end else len(text)]
    assert ids(terms) == [expected]
