"""How the name stage reads short notices: "or later" said apart from the name, exceptions
after it, adverbs inside the licensing phrase, a choice left to the user, a clause about the
license after a comma, and a name that only the word "license" marks."""

from __future__ import annotations

import pytest

from licenseclass import classify_text
from licenseclass.textid.index import scancode_references
from licenseclass.textid.results import TextMatch
from licenseclass.textid.selection import gnu_version


def named(text: str) -> list[TextMatch]:
    """The matches the name stage made (not those of a reference found in the text)."""
    return [m for m in classify_text(text, read_clauses=False).matches if m.method == "name"]


def named_ids(text: str) -> list[str]:
    return sorted({m.id for m in named(text)})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The codec ships under the LGPL version 2.1 (or, at your discretion, any later "
            "version).",
            ["LGPL-2.1-or-later"],
        ),
        (
            "The scheduler is licensed under the GNU GPL version 3, or any later version.",
            ["GPL-3.0-or-later"],
        ),
        # without the "or later" the stated version is the only one, of the Lesser GPL
        ("Our loader is distributed under the Lesser GPL version 3.", ["LGPL-3.0-only"]),
        # the words drop the "+", which the raw line still has
        ("The vole tools are licensed as LGPL-2.1+ by their authors.", ["LGPL-2.1-or-later"]),
        ("The vole tools are licensed as LGPL-2.1 by their authors.", ["LGPL-2.1-only"]),
    ],
)
def test_or_later_said_apart_from_the_name(text: str, expected: list[str]) -> None:
    assert named_ids(text) == expected


@pytest.mark.parametrize(
    ("notice", "family", "expected"),
    [
        ("the GNU General Public License rev 2 and only rev 2", "GPL", ("2.0", "only")),
        (
            "the LGPL version 2.1 (or, at your discretion, any later version)",
            "LGPL",
            ("2.1", "or-later"),
        ),
        ("under GNU [AGPL-3.0]+ terms", "AGPL", ("3.0", "or-later")),
        # a "+" that joins an exception is no "or later"
        ("GPLv3 + GCC exception", "GPL", ("3.0", "only")),
    ],
)
def test_gnu_versions_in_other_wordings(
    notice: str, family: str, expected: tuple[str, str]
) -> None:
    assert gnu_version(notice, family) == expected


def test_an_exception_after_the_name_leaves_the_license_it_is_attached_to() -> None:
    assert named_ids("The runtime is relicensed under LGPLv3 + static linking exception") == [
        "LGPL-3.0-only"
    ]
    assert named_ids("Our port is released under GPLv2 with a special font exception.") == [
        "GPL-2.0-only"
    ]
    # restrictions are not an exception: the name is not read as the license alone
    assert named_ids("The toolkit is licensed under GPLv2 with additional restrictions.") == []


def test_an_adverb_inside_the_licensing_phrase() -> None:
    assert named_ids("The solver core is licensed primarily under the EUPL-1.2.") == ["EUPL-1.2"]
    assert named_ids("Its glue code is released solely under the CDDL 1.1.") == ["CDDL-1.1"]


def test_a_choice_left_to_the_user_closes_the_list_of_names() -> None:
    assert named_ids("The sample data is provided under the GPL or LGPL at your choice.") == [
        "GPL-1.0-or-later",
        "LGPL-2.0-or-later",
    ]


def test_a_clause_about_the_license_after_a_comma() -> None:
    text = "The engine is licensed under the Lesser GNU Public License,\nwhich accompanies it."
    assert named_ids(text) == ["LGPL-2.1-or-later"]
    # a bare family name mid-sentence is talk about the license
    assert named_ids("The engine is licensed under the Lesser GNU Public License, and so on.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our plugin uses the Zlib license.", ["Zlib"]),
        ("The widget code follows a GPL v3 license.", ["GPL-3.0-only"]),
        ("Grammar files carry the Python license; see below.", ["Python-2.0"]),
        ("These fonts come with an OFL-1.1 licence.", ["OFL-1.1"]),
    ],
)
def test_a_name_marked_by_the_word_license(text: str, expected: list[str]) -> None:
    assert named_ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a title over a license text, and a sentence about a license
        "The Zlib License\n\nSome words follow here.",
        "The Zlib license, unlike the GPL, allows that.",
        # a GNU name without a version is talk about the license
        "We never meant to ship the tool under the GPL license.",
        # a one-word name written in small letters is a word, not a name
        "They grant you a nonexclusive license.",
        # a version the name leaves out is not guessed
        "This file is subject to version 2.02 of the PHP license.",
        # the name must close its statement, and an aside in brackets is about a license
        "Look at the Zlib license text for the details",
        "This is our own text (with a clause from the Zlib license) and nothing more",
    ],
)
def test_no_name_where_license_follows_other_words(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label of a word or two between "License" and the colon
        ("LICENSE DETAILS: CDDL 1.1", ["CDDL-1.1"]),
        ("License type: EPL-2.0", ["EPL-2.0"]),
        # a pointer to a file after the comma: the name closes its statement
        (
            "The parser is covered by the LGPL, read COPYING.parser for details.",
            ["LGPL-2.0-or-later"],
        ),
        (
            "The codecs and their headers are under LGPL,\nsee file COPYING.codecs.",
            ["LGPL-2.0-or-later"],
        ),
        # a comma that closes the text
        (
            "The helpers are available under the MIT or GPL licenses,",
            [
                "GPL-1.0-or-later",
                "MIT",
            ],
        ),
        # more licensing phrases
        ("It may be used according to the Zlib License from now on.", ["Zlib"]),
        ("Use it only in compliance with the EUPL-1.2.", ["EUPL-1.2"]),
    ],
)
def test_more_places_a_name_follows(text: str, expected: list[str]) -> None:
    assert named_ids(text) == expected


def test_a_name_that_confident_rules_say_is_not_vetoed_by_a_vaguer_one() -> None:
    # licensedcode-data reads "MIT-style license" as MIT in rules of relevance 95 to 100
    # (and in one of relevance 80): a longer name keeps its reading
    assert named_ids("The tool is published under an MIT-style licence.") == ["MIT"]
    # a one-word name needs every rule that says it to be confident: a bare "GPL" after a
    # bare "under" is still talk about the license
    assert named_ids("Nothing here ships under the GPL license.") == []


def test_a_file_path_is_no_name() -> None:
    assert named_ids("This repository bundles other code; see `doc/LICENSE.md`.") == []


def test_a_notice_that_reads_like_a_rule_of_another_license_is_not_that_license() -> None:
    # licensedcode-data's notice of a BSD-licensed binary and source, with another license
    # named in its place: the rest reads alike, but the names tell them apart
    rule = next(
        r for r in scancode_references() if r.name == "rules/bsd-new_and_other-permissive_8.RULE"
    )
    assert "BSD 3-Clause" in rule.text
    found = classify_text(rule.text.replace("BSD 3-Clause", "Zlib"), read_clauses=False)
    assert {m.id for m in found.matches} == {"Zlib"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GPL v3 only", ["GPL-3.0-only"]),
        ("GNU AGPL v3 only", ["AGPL-3.0-only"]),
        ("Mozilla Public\nLicence v2", ["MPL-2.0"]),
    ],
)
def test_a_short_text_that_is_only_a_name(text: str, expected: list[str]) -> None:
    assert named_ids(text) == expected


def test_a_short_text_with_other_words_is_not_a_name() -> None:
    assert named_ids("LGPL v2.1 only please") == []


def test_a_name_wrapped_onto_the_next_line() -> None:
    text = "Anyone may hand it on under the terms of the GNU\n# library public license."
    assert named_ids(text) == ["LGPL-2.0-or-later"]
    # the first word alone is not read as the whole name
    assert "GPL-1.0-or-later" not in named_ids(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The daemon is licensed under LGPLv2+, MPL 2.0", ["LGPL-2.0-or-later", "MPL-2.0"]),
        # a name after the comma that does not read as one license ends the list
        ("The daemon is licensed under LGPLv3+, as its authors chose.", ["LGPL-3.0-or-later"]),
        # a statement of its own after the comma is read by its own phrase
        (
            "Parts were released under LGPLv2+, then relicensed under CDDL 1.1",
            ["CDDL-1.1", "LGPL-2.0-or-later"],
        ),
    ],
)
def test_names_listed_with_commas(text: str, expected: list[str]) -> None:
    assert named_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The firmware is licensed under the GNU LGPL v2.1 or v3, as you like.",
            [
                "LGPL-2.1-only",
                "LGPL-3.0-only",
            ],
        ),
        (
            "Its parsers are licensed under the GPL version 2 or, at your option, version 3.",
            [
                "GPL-2.0-only",
                "GPL-3.0-only",
            ],
        ),
    ],
)
def test_a_second_version_of_a_gnu_license(text: str, expected: list[str]) -> None:
    ids = sorted({m.id for m in classify_text(text, read_clauses=False).matches})
    assert ids == expected


def test_a_generic_license_named_before_license_is_a_clue() -> None:
    text = "Firms that cannot follow the AGPL terms may buy\n# a commercial license instead."
    found = classify_text(text, read_clauses=False)
    assert any(c.endswith(": LicenseRef-scancode-commercial-license") for c in found.clues)
    # a clue identifies nothing
    assert "LicenseRef-scancode-commercial-license" not in {m.id for m in found.matches}


def _approximate(license_id: str, end_line: int) -> TextMatch:
    """A GNU notice as an approximate match over the first ``end_line`` lines of a text."""
    return TextMatch(
        id=license_id,
        expression=license_id,
        kind="notice",
        confidence=0.8,
        start_line=1,
        end_line=end_line,
        method="approximate",
        reference="rules/some-gnu-notice.RULE",
        coverage=0.9,
    )


@pytest.mark.parametrize(
    ("text", "reference_id", "expected"),
    [
        # a version left to fill in, and any later one offered: the first version or later
        (
            "You may copy and change this handbook under the GNU Free Documentation\n"
            "License, Version @FDLVER@ or any later version published by the Free\n"
            "Software Foundation; no Invariant Sections.",
            "GFDL-1.3-or-later",
            "GFDL-1.1-or-later",
        ),
        (
            "Redistribute it under the GNU Affero General Public License, version\n"
            "{{AGPL_VERSION}}, or any later version.",
            "AGPL-3.0-only",
            "AGPL-3.0-or-later",
        ),
        # a version that is stated is kept
        (
            "You may copy and change this handbook under the GNU Free Documentation\n"
            "License, Version 1.2 or any later version published by the Free\n"
            "Software Foundation; no Invariant Sections.",
            "GFDL-1.3-or-later",
            "GFDL-1.2-or-later",
        ),
    ],
)
def test_a_gnu_version_left_to_fill_in(text: str, reference_id: str, expected: str) -> None:
    from licenseclass.textid.selection import refined

    match = _approximate(reference_id, text.count("\n") + 1)
    (read,) = refined(text.split(), [match], text)
    assert read.id == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The camera drivers are released under GPL version 2 only; the helper library\n"
            "under the GNU LGPL version 3 or any later version.",
            ["GPL-2.0-only", "LGPL-3.0-or-later"],
        ),
        (
            "Userland helpers: LGPL version 2.1 or later. Kernel parts: GNU GPL version 2.",
            ["GPL-2.0-only", "LGPL-2.1-or-later"],
        ),
    ],
)
def test_two_gnu_licenses_each_with_its_own_version(text: str, expected: list[str]) -> None:
    ids = sorted({m.id for m in classify_text(text, read_clauses=False).matches})
    assert ids == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please read the COPYING file for the Zlib license terms.", ["Zlib"]),
        ("The ISC license applies to the scripts; see COPYING.", ["ISC"]),
        ("Here the Apache License 2.0 also applies, as for the rest.", ["Apache-2.0"]),
    ],
)
def test_a_name_before_license_terms_or_license_applies(text: str, expected: list[str]) -> None:
    ids = sorted({m.id for m in classify_text(text, read_clauses=False).matches})
    assert ids == expected


@pytest.mark.parametrize(
    "text",
    [
        # no name: an article, or a word that is no license's name
        "The same license applies to the docs.",
        "A license applies to every file here.",
        "Under the original license terms.",
    ],
)
def test_license_terms_or_applies_without_a_name(text: str) -> None:
    assert classify_text(text, read_clauses=False).matches == ()


def test_a_name_under_a_heading_before_an_aside_in_brackets() -> None:
    text = "=== License ===\n\nLGPL (any use is fine, also in closed products)\n"
    assert named_ids(text) == ["LGPL-2.0-or-later"]
    # without the heading the bare family name mid-sentence stays talk about it
    assert named_ids("Some notes here.\n\nLGPL (any use is fine)\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Because the viewer embeds Foo, its license GNU AGPL v3 applies too.", ["AGPL-3.0-only"]),
        ("For the bundled fonts, OFL-1.1 applies.", ["OFL-1.1"]),
    ],
)
def test_a_versioned_name_before_applies(text: str, expected: list[str]) -> None:
    assert named_ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Section 3 applies to every copy.",
        "The same rules apply to version 2 of the tool.",
    ],
)
def test_applies_after_no_name(text: str) -> None:
    assert named_ids(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Scripts in tools/: BSD-3-Clause. Artwork: CC-BY-SA-4.0.",
            ["BSD-3-Clause", "CC-BY-SA-4.0"],
        ),
        ("the parser is MPL-2.0, the rest is as stated above", ["MPL-2.0"]),
    ],
)
def test_a_bare_id_ending_its_clause(text: str, expected: list[str]) -> None:
    ids = sorted({m.id for m in classify_text(text, read_clauses=False).matches})
    assert ids == expected


@pytest.mark.parametrize(
    "text",
    [
        # a file name, a package with its version, hyphenated words: no license id
        "Read COPYING.LGPL-2.1 first.",
        "Bumped the bundled foo-bar-1.2 to the newest release.",
        "state-of-the-art-2 results were kept",
    ],
)
def test_no_bare_id_in_file_names_or_versions(text: str) -> None:
    found = classify_text(text, read_clauses=False).matches
    # nothing read by the lenient reader (the names read so say what they were read as)
    assert not [m for m in found if "(read as " in m.reference]


def test_a_list_whose_last_name_a_short_reference_found() -> None:
    # "the 2-clause BSD license" alone is a short reference; the list names the GPL too
    text = "The decoder may be used under either the GPLv2 or the 2-clause BSD license."
    found = classify_text(text, read_clauses=False).matches
    assert sorted({m.id for m in found}) == ["BSD-2-Clause", "GPL-2.0-only"]
    assert {m.expression for m in found} == {"GPL-2.0-only OR BSD-2-Clause"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AGPL v3 or later; see the file COPYING.AGPL", ["AGPL-3.0-or-later"]),
        ("Zlib (see the LICENSE file)", ["Zlib"]),
        ("MPL 2.0 - read LICENSE.txt", ["MPL-2.0"]),
    ],
)
def test_a_short_name_with_a_pointer_to_its_file(text: str, expected: list[str]) -> None:
    assert sorted({m.id for m in classify_text(text, read_clauses=False).matches}) == expected


def test_a_pointer_alone_names_nothing() -> None:
    assert named_ids("Please see the COPYING file.") == []


def test_a_second_statement_on_the_line_reads_its_own_phrase() -> None:
    # the second "under" is read from where it stands, not from the line's first "under"
    text = "Sprites are licensed under CC BY 4.0, the engine under MPL 2.0."
    assert sorted({m.id for m in classify_text(text, read_clauses=False).matches}) == [
        "CC-BY-4.0",
        "MPL-2.0",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Terms of use: in the file LICENSE.txt (Zlib).", ["Zlib"]),
        ("Its terms are in COPYING.md (BSD 2-Clause), as for the other tools.", ["BSD-2-Clause"]),
    ],
)
def test_a_name_in_brackets_after_a_license_file(text: str, expected: list[str]) -> None:
    assert named_ids(text) == expected


def test_an_aside_after_a_license_file_that_is_no_name() -> None:
    assert named_ids("Its terms are in LICENSE.txt (in the top folder) as usual.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a choice left to the user said in the middle of a list
        (
            "The scanner is distributed under the GNU GPL, version 2 or, at the user's "
            "discretion, version 3, or under the 3-clause BSD license.",
            ["BSD-3-Clause", "GPL-2.0-only", "GPL-3.0-only"],
        ),
        # "choose between" offers the names that follow
        (
            "Adopters may choose between the GNU AGPL v3 and the Apache License v2.0.",
            ["AGPL-3.0-only", "Apache-2.0"],
        ),
        # a versioned name after a bare "under", mid-sentence
        (
            "Without limiting what you may do under the LGPLv3, the authors also let you "
            "link the plugin statically.",
            ["LGPL-3.0-only"],
        ),
    ],
)
def test_choices_and_versioned_names_mid_sentence(text: str, expected: list[str]) -> None:
    assert sorted({m.id for m in classify_text(text, read_clauses=False).matches}) == expected


def test_a_bare_under_before_a_family_name_mid_sentence_is_still_talk() -> None:
    text = "Code written under the GPL, as the FAQ says, must keep its notices."
    assert named_ids(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names joined by commas, the last two by "or", a choice left between "or" and the name
        (
            "The codec is distributed under the GPLv3, the LGPLv3 or, at the user's "
            "discretion, the MPL 2.0.",
            ["GPL-3.0-only", "LGPL-3.0-only", "MPL-2.0"],
        ),
        # a name before "License," inside a list after "under"
        (
            "You may copy it under the Apache License 2.0, the ISC License, or, at your "
            "option, the Zlib License.",
            ["Apache-2.0", "ISC", "Zlib"],
        ),
    ],
)
def test_lists_with_a_choice_inside(text: str, expected: list[str]) -> None:
    found = classify_text(text, read_clauses=False).matches
    assert sorted({m.id for m in found}) == expected
    assert not [m for m in found if " AND " in m.expression]  # offered, not all at once


def test_a_name_before_license_and_a_comma_outside_a_list_is_talk() -> None:
    text = "We ship binaries. The Python License, unlike others, was written for one project."
    assert named_ids(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rule for the bare name stops after the version said before it
        (
            "The firmware is made available under version 1.1 of the Mozilla Public License.",
            ["MPL-1.1"],
        ),
        ("Our parser may be copied under version 2.0 of the Mozilla Public License.", ["MPL-2.0"]),
        # a cue that ends in "to" or "with" reads a name when a version comes first
        (
            "Each page of this guide is subject to version 2.0 of the Eclipse Public License.",
            ["EPL-2.0"],
        ),
        ("The sample code is used according to version 3.01 of the PHP License.", ["PHP-3.01"]),
    ],
)
def test_a_version_said_before_the_name(text: str, expected: list[str]) -> None:
    found = classify_text(text, read_clauses=False).matches
    assert sorted({m.id for m in found}) == expected


def test_a_name_without_a_version_after_subject_to_keeps_its_reading() -> None:
    # no version: the name table's reading of the bare name, as before
    assert named_ids("Our bindings are subject to the Eclipse Public License.") == ["EPL-1.0"]


def test_a_version_of_something_else_is_no_version_of_the_license() -> None:
    # "version 3 of the tool" says no license's version
    text = "This is subject to version 3 of the build tool and the MIT License."
    assert "MIT" in {m.id for m in classify_text(text, read_clauses=False).matches}


@pytest.mark.parametrize(
    "text",
    [
        "The vole server is published under the terms of the AGPL license.",
        "Every file of the vole server is licensed under the GNU AGPL.",
        "The vole server is distributed under the GNU Affero General Public License.",
        "Vole is offered to everyone under the terms of the GNU Affero General Public License.",
    ],
)
def test_the_agpl_named_without_a_version_is_3_or_later(text: str) -> None:
    # the GNU AGPL had one version; named without one, its section 14 lets the licensee
    # choose any version the FSF publishes, as the GPL's and LGPL's own rules do
    ids = sorted({m.id for m in classify_text(text, read_clauses=False).matches})
    assert ids == ["AGPL-3.0-or-later"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vole codec is licensed under the GNU Library (Lesser) General Public License "
            "version 2.",
            ["LGPL-2.0-only"],
        ),
        (
            "The vole codec is licensed under the GNU Lesser (Library) General Public License "
            "version 2.1.",
            ["LGPL-2.1-only"],
        ),
    ],
)
def test_a_bracketed_family_word_names_the_lesser_gpl(text: str, expected: list[str]) -> None:
    # "(Lesser)" inside the name still makes it the LGPL, not the GPL of the same version
    assert sorted({m.id for m in classify_text(text, read_clauses=False).matches}) == expected
