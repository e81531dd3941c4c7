"""Shapes read in the twenty-ninth round, from newer1 (a tuning part from that round): bans on a
list of acts named by their nouns, leave that another agreement gives, changes allowed only as
patches, and a proprietary notice too short for the terms gate. Every sentence here is written
for the test."""

from __future__ import annotations

import pytest
from gadget import read

from licenseclass import classify_text
from licenseclass.clauses.gate import read_for_terms


def limiting(text: str) -> set[str]:
    return read(text)[1]


def level(text: str) -> str:
    return read(text)[0]


# Acts named by their nouns ----------------------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright 2021 Brindle Labs. Copying, modification or distribution of this program is "
        "prohibited.",
        "Any unauthorized copying, distribution or modification of this software is strictly "
        "prohibited.",
        "All information herein is the property of Halvorsen Ltd. Any unauthorized act including "
        "without limitation unauthorized disclosure, copying, use, reproduction, sale, "
        "distribution, modification, disassembling, reverse engineering and compiling of the "
        "contents of this package is unlawful and strictly prohibited.",
        "Copyright (C) Quillmark Inc - All Rights Reserved\n"
        "Unauthorized copying of this file, via any medium is strictly prohibited\n"
        "Proprietary and confidential",
    ],
)
def test_a_ban_on_listed_acts_with_no_grant_is_closed(notice: str) -> None:
    assert level(notice) == "closed"
    assert "no-redistribution" in limiting(notice)


def test_the_creation_of_derivative_works_banned_by_its_noun() -> None:
    text = (
        "Permission to copy and distribute this Specification in any medium is hereby granted. "
        "Notwithstanding the foregoing, the creation or publication of derivative works of the "
        "Specification or of portions of it for use as a competing standard is expressly "
        "prohibited."
    )
    assert limiting(text) == {"no-derivatives"}
    assert level(text) == "restricted"


@pytest.mark.parametrize(
    "text",
    [
        # what a grant leaves over, and a ban on another form of a copy
        "Permission is hereby granted to use, copy, modify and distribute the Files for "
        "internal testing. Any other use, reproduction, modification or distribution of the "
        "Files is prohibited.",
        # the GPL's own sentence: copies carry the license itself
        "You may convey verbatim copies of the Program's source code as you receive it. "
        "Sublicensing is not allowed; section 10 makes it unnecessary.",
        # the license document, not the work
        "Everyone is permitted to copy and distribute verbatim copies of this license document, "
        "but modification of it is not allowed. You may use, copy, modify and distribute the "
        "Program.",
    ],
)
def test_bans_that_are_no_limit_on_the_work(text: str) -> None:
    assert "no-redistribution" not in limiting(text)


# Leave that another agreement gives ----------------------------------------------------------


def test_leave_given_only_under_another_agreement_grants_nothing() -> None:
    text = (
        "This driver software is protected under copyright law. You may only use, reproduce, "
        "modify, or distribute (as applicable) the Software if you have agreed to and been "
        "bound by the applicable license agreement with Orrery Semiconductor. If you are not a "
        "permitted user, please cease any use of the Software immediately."
    )
    assert level(text) == "closed"
    # leave given by this text on a condition of its own is leave
    own = (
        "You may use, reproduce, modify and distribute the Software if you keep this notice "
        "with every copy."
    )
    assert level(own) == "open"


# Changes allowed as patches -------------------------------------------------------------


_PATCH_TERMS = (
    "Redistribution and use of unmodified source and binaries are permitted provided that this "
    "notice is kept with them.\n\n"
    "You may generate derived works by means of patch files provided that the following "
    "conditions are met:\n\n"
    " 1. The original source files are not altered. All alteration is done in patch files.\n\n"
    " 2. Derived works are not distributed under the name of the original package.\n"
)


def test_changes_kept_in_patches_are_leave_to_modify() -> None:
    # the Open Source Definition lets a license keep the author's files whole if patches may go
    # out with them
    assert "no-derivatives" not in limiting(_PATCH_TERMS)
    assert level(_PATCH_TERMS) == "open"


def test_without_the_patch_leave_an_unaltered_original_is_a_ban() -> None:
    text = (
        "Redistribution and use of the source and binaries are permitted provided that the "
        "original software is not altered."
    )
    assert "no-derivatives" in limiting(text)


# A proprietary notice in classify_text ------------------------------------------------------


def test_a_proprietary_header_is_closed_with_its_reason() -> None:
    header = (
        "Copyright (C) Quillmark Inc - All Rights Reserved\n"
        "Unauthorized copying of this file, via any medium is strictly prohibited\n"
        "Proprietary and confidential\n"
        "Written by Jane Roe, March 2021\n"
    )
    result = classify_text(header)
    assert result.verdict.level == "closed"
    assert result.matches == ()
    assert any("LicenseRef-scancode-proprietary-license" in clue for clue in result.clues)
    assert result.verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # "proprietary" said, nothing withheld in words the reader knows
        "This module is proprietary and confidential.\n",
        # ordinary prose that names the word
        "Our build no longer depends on proprietary compilers; see the notes below.\n",
    ],
)
def test_a_bare_proprietary_word_decides_nothing(text: str) -> None:
    assert classify_text(text).verdict.level == "unknown"


# The terms gate: a policy of listed bans, defined terms in Markdown quotes ------------------


_POLICY = (
    "Orrery Model Use Policy\n\n"
    "If you access or use the Orrery Model, you agree to this Use Policy, part of the terms and "
    "conditions of its license.\n\n"
    "Prohibited Uses\n\n"
    "We want everyone to use the Orrery Model safely. You agree you will not use, or allow "
    "others to use, the Orrery Model to:\n\n"
    "1. Break the law or the rights of others, including to:\n\n"
    "a. Plan or carry out violence\n\n"
    "b. Harass or bully people\n\n"
    "c. Spread malware\n\n"
    "2. Take part in the design of weapons\n\n"
    "3. Mislead people about where content came from\n\n"
    "4. Run automated decisions about credit or housing\n\n"
    "5. Track people without their consent\n\n"
    "6. Make medical diagnoses\n\n"
    "7. Impersonate a person\n\n"
    "8. Produce spam\n\n"
    "Please report any breach of this Use Policy to the licensor, who will review it.\n"
)


def test_the_items_of_a_list_under_a_ban_read_as_terms() -> None:
    # before, only the two lead-ins counted among fifteen prose sentences
    reading = read_for_terms(_POLICY)
    assert reading.reads_as_terms()
    assert reading.term_sentences >= 10
    assert classify_text(_POLICY).verdict.level == "restricted"


def test_the_items_of_a_list_under_a_how_to_do_not() -> None:
    howto = (
        "Contributing\n\n"
        "Thanks for helping. Before you open a pull request:\n\n"
        "1. Run the tests\n\n"
        "2. Format the code\n\n"
        "3. Update the changelog\n\n"
        "The project is licensed under the MIT license; see the LICENSE file.\n"
    )
    assert read_for_terms(howto).term_sentences == 0


def test_defined_terms_quoted_in_markdown_are_prose() -> None:
    text = (
        'This license (the "`License`") governs the use of the specification (the '
        '"`Document`").\n'
        "You may copy and distribute the `Document` in any medium.\n"
    )
    assert read_for_terms(text).code_share == 0.0
    code = "Call `load(path)` first, then `x = parse(y)`.\n"
    assert read_for_terms(code).code_share == 1.0


# Acts put outside the grant -------------------------------------------------------------------

_GRANT = "Licensor grants you a worldwide license to use, copy, modify and distribute the Model. "


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Any use in deep-sea mining or seabed prospecting falls outside the scope of the "
            "rights conveyed here.",
            "field-of-use",
        ),
        (
            "Use of the Model in political advertising is excluded from this licence.",
            "field-of-use",
        ),
        ("Rights to translate the Documentation are expressly withheld.", "no-derivatives"),
        (
            "Redistributing the Model for a fee is not covered by this license.",
            "no-selling",
        ),
    ],
)
def test_acts_the_grant_does_not_reach(sentence: str, kind: str) -> None:
    assert kind in limiting(_GRANT + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the GPL's scope note: the acts it does not speak of, not a limit
        "Activities other than copying, distribution and modification are not covered by this "
        "License; they are outside its scope.",
        "The use of the Licensor's trademarks is not covered by this license.",
        "Files in the assets folder are not covered by this license.",
    ],
)
def test_scope_notes_are_no_limit(sentence: str) -> None:
    assert limiting(_GRANT + sentence) == set()


def test_a_confidentiality_notice_that_bans_every_act_is_closed_in_classify_text() -> None:
    notice = (
        "Unless otherwise agreed in writing, all information contained herein is the sole "
        "proprietary information of Halvorsen Devices and shall be kept in strict confidence "
        "(Halvorsen Confidential Information) by the recipient.\n\n"
        "Any unauthorized act including without limitation unauthorized disclosure, copying, "
        "use, reproduction, sale, distribution, modification, disassembling, reverse engineering "
        "and compiling of the contents of Halvorsen Confidential Information is unlawful and "
        "strictly prohibited.\n"
    )
    assert classify_text(notice).verdict.level == "closed"


def test_an_http_status_is_no_proprietary_word() -> None:
    doc = (
        "Errors\n\nThe client raises an error for a 401 Unauthorized response. You may retry "
        "the request with new credentials; the client does not retry by itself.\n"
    )
    assert read_for_terms(doc).vocabulary == 0


# Terms the licensor may change -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "This licence is revocable at the sole discretion of Brindle Labs.",
        "Plugin terms are subject to change without notice.",
    ],
)
def test_terms_left_to_the_licensor(sentence: str) -> None:
    assert "revocable-terms" in limiting(sentence)


def test_terms_that_do_not_change_are_no_limit() -> None:
    assert limiting("License terms apply to every copy of the Plugin.") == set()


# Verb bans the lists did not know ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("You may not make a modified version of the Plugin.", "no-derivatives"),
        ("You must not produce an altered edition of the Fonts.", "no-derivatives"),
        ("You may not mirror the Dataset.", "no-redistribution"),
    ],
)
def test_banned_acts_said_with_other_verbs(sentence: str, kind: str) -> None:
    assert kind in limiting(_GRANT + sentence)


def test_hosting_on_ones_own_servers_is_no_ban() -> None:
    assert limiting(_GRANT + "You may host the Model on your own servers.") == set()


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("You may not monetize the Plugin or any derivative of it.", "non-commercial"),
        ("Monetisation of the Model is prohibited.", "non-commercial"),
        ("You may use the Plugin for 30 days to evaluate it.", "evaluation-only"),
    ],
)
def test_money_and_a_trial_span(sentence: str, kind: str) -> None:
    assert kind in limiting(sentence)


def test_leave_to_monetize_ones_own_apps_is_no_limit() -> None:
    assert limiting("You are free to monetize your own apps built with the SDK.") == set()


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The license granted herein is not valid in mainland China.", "territory"),
        ("This licence has no effect in Switzerland.", "territory"),
        ("You must obtain an API key before using the Model.", "registration"),
        ("You must activate the Model with a valid license key.", "registration"),
    ],
)
def test_places_the_grant_does_not_reach_and_keys_to_get(sentence: str, kind: str) -> None:
    assert kind in limiting(_GRANT + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "This license is void where prohibited by law.",
        "This license has no effect in the absence of a signed order.",
    ],
)
def test_void_and_no_effect_without_a_place(sentence: str) -> None:
    assert "territory" not in limiting(_GRANT + sentence)
