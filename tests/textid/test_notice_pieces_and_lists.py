"""Notices read as a whole: a GNU notice matched in pieces takes the version its grant states,
names listed before a plural "licenses" are each read, a GNU license written as one word
("GPLv3+") names it, except where it only describes other works or an exception's text, and
a partial match of a rule for two licenses reports only those the text says, and a variant
in brackets inside a name ("the BSD (revised) license") is part of it."""

from __future__ import annotations

import functools

import pytest

from licenseclass import classify_text
from licenseclass.expressions.lenient import normalize
from licenseclass.textid.index import Reference, TextIndex, build_index, scancode_references
from licenseclass.textid.selection import gnu_version


@functools.cache
def _reference(name: str) -> Reference:
    return next(ref for ref in scancode_references() if ref.name == name)


def named_ids(text: str) -> list[str]:
    found = classify_text(text, read_clauses=False)
    return sorted({m.id for m in found.matches if m.method == "name"})


def test_a_gnu_notice_in_pieces_takes_the_version_of_its_grant() -> None:
    # The grant ("either version 2 ... or any later version") and the warranty paragraph that
    # names no version are found as two pieces; the warranty piece has more words.
    grant = _reference("rules/gpl-2.0-plus_154.RULE")
    warranty = _reference("rules/gpl_151.RULE")
    index = build_index([grant, warranty])
    text = "The frobnicator is maintained by its users.\n\n" + grant.text + "\n\n" + warranty.text
    found = classify_text(text, index=index, read_clauses=False)
    assert [m.id for m in found.matches] == ["GPL-2.0-or-later"]
    match = found.matches[0]
    grant_line = text[: text.index("either version")].count("\n") + 1
    assert match.start_line <= grant_line <= match.end_line
    # the grant's lines are explained, not left over
    assert all(not (r.start_line <= grant_line <= r.end_line) for r in found.unexplained)


def test_separate_paragraphs_that_each_state_a_version_keep_their_own_readings() -> None:
    # Debian's short license paragraphs: the pointers to GPL-2 and GPL-3 are pieces of one
    # family within three lines, but each states its version, and the "License: GPL-3+" line
    # between them must still be read as or-later, not folded into a pointer's "GPL-3".
    text = (
        "License: GPL-2+\n"
        " See /usr/share/common-licenses/GPL-2.\n"
        "\n"
        "License: GPL-3+\n"
        " See /usr/share/common-licenses/GPL-3.\n"
    )
    ids = {m.id for m in classify_text(text, read_clauses=False).matches}
    assert "GPL-3.0-or-later" in ids
    assert "GPL-3.0-only" not in ids


def test_names_listed_before_a_plural_licenses_are_each_read() -> None:
    # no licensing phrase ends right before a name, and nothing closes the statement
    text = "The vole viewer is dual licensed under the Zlib and GPLv2 licenses just as its parent."
    assert named_ids(text) == ["GPL-2.0-only", "Zlib"]
    text = "This project uses the Apache 2.0 and BSD-2-Clause licenses."
    assert named_ids(text) == ["Apache-2.0", "BSD-2-Clause"]


def test_a_list_without_a_licensing_phrase_or_with_an_unknown_name_is_not_read() -> None:
    assert named_ids("Compare the Zlib and ISC licenses before you choose.") == []
    # every name of the list must be known: "Frobnitz" is not a license, so the list is not
    # read as one (the last name may still be read on its own, before "licenses")
    found = classify_text("Released under the Frobnitz and Zlib licenses.", read_clauses=False)
    assert not [m for m in found.matches if "listed before" in m.reference]


def test_a_gnu_license_in_one_word_names_it() -> None:
    assert named_ids("The vole sources are GPLv3+.") == ["GPL-3.0-or-later"]
    assert named_ids("Everything here: open source (GNU/LGPLv2.1).") == ["LGPL-2.1-only"]
    assert named_ids("vole (docs): AGPLv3") == ["AGPL-3.0-only"]


def test_a_gnu_word_about_other_works_or_a_path_names_nothing() -> None:
    assert named_ids("The loader may link against GPL2/LGPL2 software at run time.") == []
    assert named_ids("It bundles GPLv3 code from elsewhere.") == []
    assert named_ids("The vole docs live in /srv/share/texts/GPL-2 on the server.") == []


def test_an_exception_text_speaks_of_gplv3_without_naming_the_work_license() -> None:
    exception = _reference("licenses/gcc-exception-3.1.LICENSE")
    assert "GPLv3" in exception.text
    found = classify_text(exception.text, read_clauses=False)
    assert not [m for m in found.matches if m.method == "name" and m.id.startswith("GPL-3.0")]


def _only_this_rule(name: str, text: str) -> list[str]:
    """The ids found in ``text`` against an index of one rule (so no other rule competes)."""
    index = build_index([_reference(name)])
    found = classify_text(text, index=index, read_clauses=False)
    return sorted({m.id for m in found.matches})


def test_a_partial_match_of_a_two_license_rule_drops_the_license_the_text_leaves_out() -> None:
    rule = "rules/spl-1.0_or_lgpl-2.1-plus_1.RULE"
    whole = _reference(rule).text
    assert _only_this_rule(rule, whole) == ["LGPL-2.1-or-later", "SPL-1.0"]
    # the notice with its own alternative, which names no Lesser GPL
    edited = (
        whole.replace("GNU Public License Notice", "Frobnitz Notice")
        .replace("GNU Lesser General Public License", "frobnitz terms")
        .replace("LGPL", "FROB")
    )
    assert _only_this_rule(rule, edited) == ["SPL-1.0"]


def test_a_rule_for_two_versions_gives_the_version_the_text_states() -> None:
    rule = "rules/gpl-2.0_or_gpl-3.0_20.RULE"
    whole = _reference(rule).text
    assert _only_this_rule(rule, whole) == ["GPL-2.0-only", "GPL-3.0-only"]
    assert _only_this_rule(rule, whole.replace("version 2 or 3", "version 2")) == ["GPL-2.0-only"]


@functools.cache
def _unrelated_index() -> TextIndex:
    """An index of one unrelated text: only the name stage can find the licenses below."""
    return build_index([_reference("licenses/zlib.LICENSE")])


def names_alone(text: str) -> list[str]:
    found = classify_text(text, index=_unrelated_index(), read_clauses=False)
    return sorted({m.id for m in found.matches if m.method == "name"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the license an exception adds to is the work's license
        (
            "As a special exception to the GNU Lesser General Public License version 2.1, the "
            "vole authors allow static linking.",
            ["LGPL-2.1-only"],
        ),
        (
            "In addition to the permissions in the GNU Affero General Public License version 3, "
            "the vole authors allow you to link it.",
            ["AGPL-3.0-only"],
        ),
        # "the terms and conditions of" (the Classpath exception's wording)
        (
            "Thus, the terms and conditions of the GNU General Public License version 2 cover "
            "the whole combination.",
            ["GPL-2.0-only"],
        ),
        ("The vole sources are GPLv3+.", ["GPL-3.0-or-later"]),
        ("Released as LGPL (v3 or later).", ["LGPL-3.0-or-later"]),
        ("This repo is licensed with MIT.", ["MIT"]),
        ("License: Your choice of Zlib or Apache License 2.0", ["Apache-2.0", "Zlib"]),
        # a text that is only a name, of up to eight words
        ("Version 2.0 of the Apache License", ["Apache-2.0"]),
        # versions written "ver.", after the name's abbreviation, or with markup around them
        (
            "Available under the terms of the GNU General Public License ver. 3.0 and any "
            "later version",
            ["GPL-3.0-or-later"],
        ),
        (
            "You may use it under the terms of the GNU General Public License (GPL) versions 3.",
            ["GPL-3.0-only"],
        ),
        ("The vole docs are licensed under the `AGPL v3` or later.", ["AGPL-3.0-or-later"]),
        (
            "Docs: either under the GPL 2.0 or the GFDL 1.1+ license.",
            ["GFDL-1.1-or-later", "GPL-2.0-only"],
        ),
    ],
)
def test_licensing_phrases_read_by_the_name_stage_alone(text: str, expected: list[str]) -> None:
    assert names_alone(text) == expected


def test_versions_offered_as_a_choice_are_each_read() -> None:
    text = (
        "This program is free software: you can redistribute it and/or modify it under the "
        "terms of either version 2 or version 3 of the GNU General Public License as "
        "published by the Free Software Foundation."
    )
    found = classify_text(text, index=_unrelated_index(), read_clauses=False)
    assert found.expression == "GPL-2.0-only OR GPL-3.0-only"
    text = "The vole tool may be used under the GPL 1, 2 or 3 license."
    assert names_alone(text) == ["GPL-1.0-only", "GPL-2.0-only", "GPL-3.0-only"]


def test_a_choice_of_versions_followed_by_or_later_is_no_choice_of_only_versions() -> None:
    text = "Licensed under the GNU General Public License, version 2 or 3, or any later version."
    found = classify_text(text, index=_unrelated_index(), read_clauses=False)
    assert "GPL-3.0-only" not in {m.id for m in found.matches}


@pytest.mark.parametrize(
    ("notice", "expected"),
    [
        # a notice printed by a program: the string literals break the sentence
        (
            '"it under the terms of the GNU General Public License as published by\\n"\n'
            '"the Free Software Foundation; either version 3 of the License, or\\n"\n'
            '"(at your option) any later version.\\n"',
            ("3.0", "or-later"),
        ),
        # a notice kept in HTML: the tags break it
        (
            '<span class="c"> the Free Software Foundation, either version 2.1 of the License, '
            'or</span>\n<span class="c"> (at your option) any later version.</span>',
            ("2.1", "or-later"),
        ),
    ],
)
def test_gnu_versions_read_through_code_and_markup(notice: str, expected: tuple[str, str]) -> None:
    assert gnu_version(notice, "LGPL" if "2.1" in notice else "GPL") == expected


def test_the_lesser_gpl_named_with_its_words_in_another_order() -> None:
    assert normalize("Lesser GNU Public License Version 3").expression == "LGPL-3.0-only"
    assert normalize("GNU Lesser Public License v3").expression == "LGPL-3.0-only"
    # without a version the reader still declines
    assert normalize("Lesser GNU Public License").expression is None


def test_french_gnu_notices_read_their_version_and_or_later() -> None:
    notice = (
        "Ce programme est un logiciel libre ; vous pouvez le redistribuer et/ou le modifier\n"
        "sous les termes de la GNU General Public Licence telle que publiée par la Free\n"
        "Software Foundation ; soit la version 2 de la Licence, soit (à votre choix) toute\n"
        "version ultérieure."
    )
    assert gnu_version(notice, "GPL") == ("2.0", "or-later")
    assert gnu_version(
        notice.replace("soit (à votre choix) toute\nversion ultérieure", "x"), "GPL"
    ) == (
        "2.0",
        "only",
    )


def test_each_name_of_a_list_keeps_the_version_it_says() -> None:
    assert names_alone("Mix of LGPL-2.1, LGPL-3 and GPL-3.") == [
        "GPL-3.0-only",
        "LGPL-2.1-only",
        "LGPL-3.0-only",
    ]


def test_a_two_clause_bsd_match_followed_by_the_endorsement_clause_is_three_clause() -> None:
    two_clauses = _reference("rules/bsd-simplified_264.RULE")
    index = build_index([two_clauses])
    third = (
        "\n3. Neither the name of the Vole Project nor the names of its contributors may be\n"
        "   used to endorse or promote products derived from this software.\n"
    )
    found = classify_text(two_clauses.text + third, index=index, read_clauses=False)
    assert [m.id for m in found.matches] == ["BSD-3-Clause"]
    alone = classify_text(two_clauses.text, index=index, read_clauses=False)
    assert [m.id for m in alone.matches] == ["BSD-2-Clause"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The copyrights of this file are licensed under the BSD (revised) license.",
            ["BSD-3-Clause"],
        ),
        ("This code is licensed under the BSD (2-clause) license.", ["BSD-2-Clause"]),
        (
            # the name wrapped onto the next line, its variant in brackets
            "It is licensed for use, modification and\nredistribution under the terms of the\n"
            "Modified (3 clause) Berkeley Software Distribution License\n<http://example.org/>",
            ["BSD-3-Clause"],
        ),
        # a bracket that holds no variant still ends the name: "the BSD" states no variant
        ("Licensed under the BSD (see the file LICENSE).", []),
        ("The shim is licensed under the BSD (as is the rest) license.", []),
    ],
)
def test_a_variant_in_brackets_is_part_of_the_name(text: str, expected: list[str]) -> None:
    assert names_alone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Library GPL had one version, yet a notice that names no version lets the
        # licensee choose any (what "licensed under" the same name already gave)
        (
            "In addition to the permissions in the GNU Library General Public License, the "
            "Free Software Foundation gives you unlimited permission to link this file.",
            ["LGPL-2.0-or-later"],
        ),
        # a version said keeps its "only"
        (
            "This file is part of Vole, distributed under the GNU Library General Public "
            "License version 2.",
            ["LGPL-2.0-only"],
        ),
    ],
)
def test_a_gnu_name_without_a_version_offers_any_version(text: str, expected: list[str]) -> None:
    assert names_alone(text) == expected


def test_a_choice_of_lesser_gpl_versions_gives_each() -> None:
    # the choice reader took only the major number, and an LGPL "2" says neither 2.0 nor 2.1
    rule = _reference("rules/lgpl-2.1_449.RULE")
    assert "version 2.1" in rule.text
    index = build_index([rule])
    offered = (
        "This library is free software: you can redistribute it and/or modify it under the\n"
        "terms of the GNU Lesser General Public License as published by the Free Software\n"
        "Foundation, either version 2.1 or version 3 of the License.\n"
    )
    found = classify_text(offered, index=index, read_clauses=False)
    assert {m.id for m in found.matches} == {"LGPL-2.1-only", "LGPL-3.0-only"}
    assert found.expression == "LGPL-2.1-only OR LGPL-3.0-only"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("These files are GPL'ed by their authors.", ["GPL-1.0-or-later"]),
        ("The parser is LGPL’d, the rest is public domain.", ["LGPL-2.0-or-later"]),
        # a word that only starts like one is none
        ("The GPLed-looking header is a test fixture.", []),
    ],
)
def test_a_gnu_license_made_a_verb_names_it(text: str, expected: list[str]) -> None:
    assert names_alone(text) == expected


def test_a_version_after_a_name_the_table_knows_without_one_is_read() -> None:
    # ScanCode's short rule "Eclipse Public License" (EPL-1.0) is in the name table; the
    # version said after the name and its abbreviation is the license's
    found = classify_text(
        "Licensed under the Eclipse Public License (EPL) v2.0.\n", read_clauses=False
    )
    assert [m.id for m in found.matches] == ["EPL-2.0"]
    alone = classify_text("Licensed under the Eclipse Public License.\n", read_clauses=False)
    assert [m.id for m in alone.matches] == ["EPL-1.0"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our code is using the **MIT License**, which lets you do nearly anything.", ["MIT"]),
        ("The library uses the Zlib license, which asks only for a notice.", ["Zlib"]),
        # a GNU name without a version is talk about it; an aside about a license names none
        ("We are using the GPL license, which we dislike.", []),
        ("Unlike the BSD license, which is permissive, this file says nothing.", []),
    ],
)
def test_a_name_after_using_and_before_a_relative_clause_is_read(
    text: str, expected: list[str]
) -> None:
    assert named_ids(text) == expected
