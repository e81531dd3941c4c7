"""Kinds of limit read from a text's structure: what a grant leaves out, what its own exception
keeps back, end-user terms and notices that grant nothing, purposes a grant is scoped to.

Every text here is written for the test (a made-up "gadget"); license texts from
licensedcode-data are used only as the base a sentence is added to.
"""

from __future__ import annotations

import pytest
from gadget import read, terms

from licenseclass import classify_text
from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.licensedcode import scancode_licenses

# The sentences issue 9 names as additions the reader missed after a permissive text.
ISSUE_ADDITIONS = [
    ("For research purposes only.", "research-only"),
    ("Commercial use of the Software is prohibited.", "non-commercial"),
    ("The Software is not licensed for commercial use.", "non-commercial"),
]


@pytest.mark.parametrize(("sentence", "kind"), ISSUE_ADDITIONS)
def test_the_issue_sentences_are_read_alone(sentence: str, kind: str) -> None:
    assert read(sentence) == ("restricted", {kind})


@pytest.mark.parametrize("base", ["mit", "apache-2.0"])
@pytest.mark.parametrize(("sentence", "kind"), ISSUE_ADDITIONS)
def test_the_issue_sentences_after_a_permissive_text_restrict_it(
    base: str, sentence: str, kind: str
) -> None:
    text = scancode_licenses()[base].text.rstrip("\n") + "\n\n" + sentence + "\n"
    line = text.count("\n")  # the sentence is on the last line
    found = classify_text(text)
    assert found.verdict.level == "restricted"
    lines = {e.start_line for r in found.verdict.reasons if r.kind == kind for e in r.evidence}
    assert line in lines


SHARING_GRANT = (
    "Redistribution and use of the gadget in source and binary forms are permitted "
    "provided that the following conditions are met:",
    "1. Redistributions must keep this notice.",
    "2. The name of Acme may not be used to endorse products.",
)


def test_a_grant_that_names_sharing_but_not_changing_withholds_changes() -> None:
    text = terms(*SHARING_GRANT, "All rights not expressly granted are reserved.")
    level, kinds = read(text)
    assert (level, kinds) == ("restricted", {"no-derivatives"})
    rights = analyze_text(text).license.rights
    assert rights.modify.status == "denied"
    assert rights.share.status != "denied"


def test_silence_about_changes_alone_leaves_them_unknown() -> None:
    level, kinds = read(terms(*SHARING_GRANT))
    assert (level, kinds) == ("unknown", set())


def test_terms_for_modified_versions_presume_leave_to_make_them() -> None:
    text = terms(
        "Permission is granted to anyone to use the gadget for any purpose and to "
        "redistribute it freely, subject to the following restrictions:",
        "1. Altered versions must be plainly marked as such.",
        "All rights not expressly granted are reserved.",
    )
    assert "no-derivatives" not in read(text)[1]


def test_a_grant_of_copies_of_the_license_document_is_no_grant_of_the_work() -> None:
    text = terms(
        "Everyone is permitted to copy and distribute verbatim copies of this license "
        "document, but changing it is not allowed.",
        "All rights not expressly granted are reserved.",
        "Acme hopes it is useful.",
    )
    assert "no-derivatives" not in read(text)[1]


def test_a_grant_that_names_changing_gives_it() -> None:
    text = terms(
        "Redistribution and use of the gadget in source and binary forms, with or without "
        "modification, are permitted provided that the following conditions are met:",
        "1. Redistributions must keep this notice.",
        "2. The name of Acme may not be used to endorse products.",
    )
    assert read(text) == ("open", set())


def test_another_licenses_grant_withholds_nothing() -> None:
    text = terms(
        "You may redistribute the gadget under the GNU General Public License.",
        "All rights not expressly granted are reserved.",
        "Questions go to Acme.",
    )
    assert "no-derivatives" not in read(text)[1]


def test_a_lone_sentence_is_not_read_for_what_it_leaves_out() -> None:
    # A sentence alone may be a piece of longer terms; a title, a field name or a disclaimer
    # beside it makes it a text of its own (see test_silent_on_change).
    assert read("You may copy and distribute the gadget.")[1] == set()
    assert read("You may use, copy, merge, publish and distribute the gadget.")[1] == set()


def test_a_grants_own_exception_withholds_what_it_names() -> None:
    text = terms(
        "Acme grants you a copyright license to do everything you might do with the gadget "
        "for any permitted purpose, other than distributing the gadget or making changes to it.",
        "Any noncommercial purpose is a permitted purpose.",
    )
    level, kinds = read(text)
    assert level == "closed"
    assert {"no-derivatives", "no-redistribution", "non-commercial"} <= kinds


@pytest.mark.parametrize(
    "sign",
    [
        "The gadget is licensed, not sold.",
        "You will not decompile or disassemble the gadget.",
        "The gadget embodies Acme's trade secrets.",
    ],
)
def test_end_user_terms_that_grant_use_alone_are_closed(sign: str) -> None:
    text = terms("Acme grants you a license to use the gadget on your computer.", sign)
    assert read(text)[0] == "closed"


def test_a_grant_of_use_alone_without_end_user_signs_stays_unknown() -> None:
    text = terms("Acme grants you a license to use the gadget.", "Acme hopes you like it.")
    assert read(text)[0] == "unknown"


def test_a_notice_that_grants_nothing_is_closed() -> None:
    text = (
        "This gadget is the proprietary software of Acme and may only be used pursuant to the "
        "terms of a separate written license agreement between you and Acme.\n"
        "Except as set forth in such an agreement, Acme grants no license to the gadget.\n"
    )
    found = analyze_text(text)
    assert found.verdict.level == "closed"
    assert found.license.rights.modify.status == found.license.rights.share.status == "denied"


def test_a_file_pointing_to_its_license_grants_and_withholds_nothing() -> None:
    text = (
        "Copyright 2024 Acme. All rights reserved.\n"
        "Use of this source code is governed by a BSD-style license that can be found in the "
        "LICENSE file.\n"
    )
    assert read(text) == ("unknown", set())


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        (
            "Acme grants you a limited right to use and modify the gadget for evaluation or "
            "non-commercial purposes.",
            "evaluation-only",
        ),
        ("You agree that you will use the Data solely for Computational Use.", "field-of-use"),
        (
            "You may use the gadget, or your changes, only as part of Your Application.",
            "field-of-use",
        ),
        (
            "Any use that lets anyone other than you customise an end product is prohibited.",
            "field-of-use",
        ),
        (
            "The gadget is provided free of charge for the user's personal, non-commercial, "
            "educational or experimental use.",
            "non-commercial",
        ),
        ("The gadget is to be used solely for experimental purposes.", "research-only"),
        (
            "Acme may disable the gadget by pre-installed disabling instructions.",
            "remote-restriction",
        ),
        (
            "You may not distribute the gadget as a hosted or managed, and paid service.",
            "hosting-restriction",
        ),
        ("You may not use the gadget for a Database Service.", "hosting-restriction"),
        ("We may change or update the Terms from time to time.", "revocable-terms"),
        (
            "You may pass the gadget on, provided that you do not charge your licensees any fees.",
            "no-selling",
        ),
        (
            "The gadget may not be used by individuals or companies for activities that harm "
            "the environment.",
            "field-of-use",
        ),
        ("The gadget must not be used by more than 1000 users.", "user-threshold"),
        # use kept to the licensee's own internal purposes (the third round's reading)
        ("You may use the gadget solely for your own internal purposes.", "field-of-use"),
        (
            "You may not (i) reverse engineer the service; or (ii) otherwise violate our Usage "
            "Policies.",
            "acceptable-use-policy",
        ),
        (
            "You will not decompile the gadget, in whole or in part, except as the law permits, "
            "or distribute it.",
            "no-redistribution",
        ),
        (
            "You may not sublicense the gadget (except to your affiliates) through distribution, "
            "network access or lease.",
            "no-redistribution",
        ),
    ],
)
def test_kinds_of_limit(paragraph: str, kind: str) -> None:
    assert kind in read(paragraph)[1]


@pytest.mark.parametrize(
    "paragraph",
    [
        "You may use the gadget only in accordance with these terms.",
        "Commercial use of the gadget is permitted.",
        "This is not for research purposes only.",
        "The gadget was developed for research purposes only and is not a medical device.",
        "You may not modify the notices, or distribute the gadget for profit.",
        "This license does not include any acceptable use policy.",
        "We may update the gadget from time to time.",
    ],
)
def test_not_limits(paragraph: str) -> None:
    assert read(paragraph)[1] == set()


# The issue's known misses, written in new words of the same kind: a purpose in a comma list,
# a defined use that leaves production out, hosting for others through an API, a duty to say
# that content is machine-made.
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The Gadget may be used solely for non-commercial, non-profit, research purposes.",
            "research-only",
        ),
        ("Personal Use does not include any production use of the Gadget.", "non-production"),
        (
            "You may not let others use the Gadget as part of your hosted service or via your "
            "APIs.",
            "hosting-restriction",
        ),
    ],
)
def test_listed_purposes_defined_uses_and_hosting_limit(sentence: str, kind: str) -> None:
    level, kinds = read(terms("You may use and copy the Gadget.", sentence))
    assert level == "restricted"
    assert kind in kinds


def test_a_duty_to_say_content_was_machine_made_is_reported() -> None:
    found = analyze_text(
        terms("You may use the Gadget.", "You must tell readers the text was generated by an AI.")
    )
    assert "disclosure" in {str(r.kind) for r in found.license.restrictions}


@pytest.mark.parametrize(
    "sentence",
    [
        "You may copy and distribute this file, provided that no modifications are made.",
        "This file may be freely copied and distributed, provided that no changes whatsoever "
        "are made.",
        "Permission is granted to copy and distribute this file, provided no changes are made.",
        "This file may be copied and distributed, but no changes may be made to it.",
    ],
)
def test_leave_to_share_provided_no_changes_are_made_withholds_changes(sentence: str) -> None:
    analysis = analyze_text(sentence)
    assert analysis.verdict.level == "restricted"
    assert {r.kind for r in analysis.license.restrictions} == {"no-derivatives"}


def test_no_changes_with_leave_for_renamed_modified_versions_withholds_nothing() -> None:
    # The LaTeX-style wording: unchanged copies under this name, changed ones under another.
    text = (
        "This file may be distributed provided no changes are made. "
        "Modified versions may be distributed under a different file name."
    )
    assert not analyze_text(text).license.restrictions
    renamed_only_with_consent = text.replace(
        "under a different file name", "only with the consent of the author"
    )
    assert {r.kind for r in analyze_text(renamed_only_with_consent).license.restrictions} == {
        "no-derivatives"
    }
