"""What a grant gives, leaves out and reaches: limits read from the grant's own shape.

Each shape is tested in wordings written for the test (a made-up "gadget" and made-up makers),
beside near-misses that must not be read as limits: ordinary permissive grants, disclaimers,
bans on using the authors' names, code comments and documentation.
"""

from __future__ import annotations

import pytest
from gadget import read, terms
from license_words import license_sentence

from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.licensedcode import scancode_licenses

# Real license wording comes from licensedcode-data when the tests run.
FULL_GRANT = license_sentence("mit", "Permission is hereby granted")
BSD_GRANT = license_sentence("bsd-new", "Redistribution and use")
BSD_BINARY_ONLY = BSD_GRANT.replace(
    "in source and binary forms, with or without modification",
    "in binary form, without modification",
)
assert BSD_BINARY_ONLY != BSD_GRANT
KEEP_NOTICE = "The above notice shall be included in all copies of the gadget."


def _kinds(*paragraphs: str) -> set[str]:
    return read(terms(*paragraphs))[1]


# Grant verbs that give no right over the work -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "These terms may be modified only by a writing signed by both of us.",
        "This agreement may be changed only in writing.",
        "Should you send Zorblax suggestions, Zorblax will be free to use and modify them.",
        "No decompiling of the gadget is permitted, nor any alteration of it.",
    ],
)
def test_verbs_over_the_terms_feedback_or_a_ban_grant_no_changes(sentence: str) -> None:
    # A grant of use alone in end-user terms withholds changes; these sentences must not
    # count as leave to change the gadget.
    text = terms(
        "Zorblax grants you a non-transferable license to use the gadget.",
        sentence,
        "All rights not expressly granted are reserved by Zorblax.",
    )
    assert "no-derivatives" in read(text)[1]


def test_leave_to_change_in_a_grant_still_counts() -> None:
    text = terms(
        "Zorblax grants you a non-transferable license to use the gadget.",
        "You may modify the gadget for your own needs.",
        "All rights not expressly granted are reserved by Zorblax.",
    )
    assert "no-derivatives" not in read(text)[1]


def test_deploying_to_a_web_server_is_sharing() -> None:
    text = terms(
        "Zorblax grants you a non-exclusive license to use the gadget.",
        "You may deploy the scripts the gadget generates to a web server.",
        "The gadget is a proprietary product of Zorblax.",
        "You may not modify the gadget.",
    )
    level, kinds = read(text)
    assert level == "restricted"
    assert "no-redistribution" not in kinds


# Limits by omission -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("grant", "also"),
    [
        ("Quuxsoft grants you a non-exclusive, non-sublicensable right to use the gadget.", set()),
        ("We grant you a license to use one copy of the gadget on your computer.", set()),
        # leave for personal use is also a non-commercial limit
        (
            "The gadget is free for personal use. "
            "Any other kind of use should be discussed with us.",
            {"non-commercial"},
        ),
    ],
)
def test_a_grant_of_use_alone_withholds_changes_and_sharing(grant: str, also: set[str]) -> None:
    text = terms(
        grant,
        "Quuxsoft keeps the copyright in the gadget.",
        "Send questions to the address on our web site.",
    )
    assert read(text) == ("closed", {"no-derivatives", "no-redistribution"} | also)


def test_all_rights_are_reserved_beside_a_grant_of_use_withholds_the_rest() -> None:
    text = terms(
        "You may use the gadget free of charge.",
        "All rights are reserved.",
        "Send questions to the address on our web site.",
    )
    assert {"no-derivatives", "no-redistribution"} <= read(text)[1]


def test_the_copyright_line_is_no_reservation() -> None:
    text = (
        "Copyright (c) 2031 Quuxsoft. All rights reserved.\n\n"
        "Quuxsoft grants you a license to use the gadget in your own programs.\n\n"
        "THE GADGET IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND.\n"
    )
    assert "no-derivatives" not in read(text)[1]


def test_copying_and_displaying_with_other_rights_reserved_withholds_changes() -> None:
    text = terms(
        "Permission to copy and display the Gadget Handbook in any medium is hereby granted, "
        "provided that this notice is kept on all copies.",
        "No other rights are granted by implication or otherwise.",
        "The handbook is provided as is.",
    )
    assert read(text)[1] == {"no-derivatives"}


def test_a_full_permissive_grant_withholds_nothing() -> None:
    assert read(terms(FULL_GRANT, KEEP_NOTICE)) == ("open", set())


# Sharing in a narrow form ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "grant",
    [
        "You may make derivative works of the gadget. You may distribute derivative works only "
        "in object code form as part of your device.",
        "Redistribution of the gadget in binary form, with or without modification, is "
        "permitted provided that this notice is kept.",
        "You may use and modify the gadget, and you may redistribute it only as part of your "
        "own application.",
    ],
)
def test_sharing_only_in_a_narrow_form_withholds_sharing(grant: str) -> None:
    assert "no-redistribution" in _kinds(grant, KEEP_NOTICE, "Send questions to our office.")


@pytest.mark.parametrize(
    "grant",
    [
        BSD_GRANT.replace("the following conditions are met:", "this notice is kept."),
        "You may distribute the gadget in object code form provided that you also do one of "
        "the following: include the source, or offer it in writing.",
        "You may redistribute the gadget, for example as part of a product you sell.",
    ],
)
def test_sharing_that_passes_source_on_or_is_one_way_of_several_is_not_narrow(
    grant: str,
) -> None:
    assert "no-redistribution" not in _kinds(
        grant, "You may modify the gadget.", KEEP_NOTICE, "Send questions to our office."
    )


def test_a_firmware_blob_in_binary_form_without_changes_withholds_changes_not_sharing() -> None:
    kinds = _kinds(
        BSD_BINARY_ONLY,
        "1. Redistributions must reproduce this notice.",
        "2. Neither the name of Plonk nor its suppliers may be used to endorse products.",
    )
    assert "no-derivatives" in kinds
    assert "no-redistribution" not in kinds


def test_binary_beside_source_sharing_withholds_no_changes() -> None:
    kinds = _kinds(
        "Customer may redistribute the gadget in source code form provided this notice is kept.",
        "Customer may redistribute the gadget in binary form provided this notice is kept.",
        "Plonk keeps all rights in its trademarks.",
        "Send questions to our office.",
    )
    assert "no-derivatives" not in kinds


# The reach of a grant or of use ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "You may use the gadget only to build applications that do not compete with it.",
        "The gadget may only be used and shared in connection with a Plonkware sensor board.",
        "The Licensor grants you a license to use the gadget in a Frobnitz Systems modem.",
        "You may use, copy and modify the gadget for use in connection with the web services "
        "offered by Wibble.",
        "You are granted the right to use the icons as part of Blorpchat.",
        "Such larger works must be designed to work solely with Zorblax products.",
        "You are granted the right to use the library only during the normal operation of "
        "programs that call upon it.",
    ],
)
def test_a_grant_tied_to_a_purpose_or_a_makers_product_sets_a_field_of_use(
    sentence: str,
) -> None:
    assert "field-of-use" in _kinds(FULL_GRANT, KEEP_NOTICE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "You may use the names of the authors only with their prior written permission.",
        "You may not use the names of the authors to endorse products made with the gadget.",
        "You may distribute the gadget only in accordance with these terms.",
        "You may install the gadget only on a single computer at a time.",
        "You may use the gadget with your own products and with any other software.",
        "You may use the gadget in connection with your business.",
        "You may use the gadget in source or binary form.",
        "In no event shall the authors be liable for any claim arising in connection with the "
        "gadget or its use.",
        "// open the port only in connection with a Plonk sensor board that is powered",
        "See the manual for how to use the gadget with Linux systems and Windows computers.",
        "If you distribute this file as part of a program built with Glorbtool, you may license "
        "the program as you wish.",
    ],
)
def test_ordinary_ties_set_no_field_of_use(sentence: str) -> None:
    assert "field-of-use" not in _kinds(FULL_GRANT, KEEP_NOTICE, sentence)


def test_the_licensed_work_under_its_makers_name_is_no_field() -> None:
    kinds = _kinds(
        "Plonk grants you a license to use, copy, modify and distribute the Plonk Software, "
        "and to use it with the Plonk Software documentation.",
        KEEP_NOTICE,
    )
    assert "field-of-use" not in kinds


# Who may use it and where -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Quuxsoft grants you a license to use the gadget only in the country where you "
         "bought it.", "territory"),
        ("Moving the gadget out of a country in which its use is licensed ends this license.",
         "territory"),
        ("Permission is hereby granted to licensees of Zorblax Inc. products to use the gadget.",
         "excluded-persons"),
        ("Quuxsoft grants you, for as long as you are a registered Quuxsoft Partner Program "
         "member, a license to use and copy the gadget.", "excluded-persons"),
        ("This license is granted to everyone except the following companies: Acme and Initech.",
         "excluded-persons"),
        ("To use the gadget a user must own a lawfully bought copy of Blorpcraft.",
         "excluded-persons"),
        ("Quuxsoft grants you a license to use and copy the gadget for the purpose of evaluating "
         "it.", "evaluation-only"),
    ],
)  # fmt: skip
def test_who_may_use_it_and_where(sentence: str, kind: str) -> None:
    assert kind in _kinds(sentence, "Send questions to our office.", "Quuxsoft keeps its marks.")


@pytest.mark.parametrize(
    "sentence",
    [
        "This license is governed by the laws of the country where Quuxsoft has its seat.",
        "Distribution is permitted only in or among countries not thus excluded.",
        "You may give copies to customers of yours.",
        license_sentence("gpl-3.0", "Everyone is permitted").split(", but")[0] + ".",
        "You may evaluate the gadget and use it in production.",
        "To run this supplement you must own a validly licensed copy of the Licensed Product.",
    ],
)
def test_ordinary_mentions_of_countries_and_persons_limit_nothing(sentence: str) -> None:
    kinds = _kinds(FULL_GRANT, KEEP_NOTICE, sentence)
    assert not kinds & {"territory", "excluded-persons", "evaluation-only"}


@pytest.mark.parametrize("key", ["mit", "bsd-new", "apache-2.0", "isc", "zlib", "gpl-2.0"])
def test_permissive_and_copyleft_texts_stay_free_of_these_limits(key: str) -> None:
    kinds = read(scancode_licenses()[key].text)[1]
    limits = {"field-of-use", "territory", "excluded-persons", "evaluation-only"}
    assert not kinds & (limits | {"no-redistribution", "no-derivatives"})


def test_a_sharing_grant_whose_only_if_list_keeps_it_inside_ones_own_product() -> None:
    kinds = _kinds(
        "Plonk grants you a license to use the gadget on one computer.",
        "Plonk grants you a license to sell or pass on the gadget only if:\n"
        "(a) the gadget is passed on as part of an application that you have written; and\n"
        "(b) your customers cannot pass the gadget on by itself.",
        "Send questions to our office.",
    )
    assert "no-redistribution" in kinds


def test_a_source_pointer_is_no_leave_to_copy() -> None:
    text = terms(
        "This supplement is a proprietary product of Plonk; you may use the container as set "
        "out below.",
        "You may run the container on your own servers.",
        "You may find a copy of the source of its open parts at the Plonk web site.",
        "You may not reverse engineer the container.",
    )
    assert "no-redistribution" in read(text)[1]


def test_a_grant_of_use_for_a_purpose_is_a_field_unless_another_grant_gives_use() -> None:
    alone = terms(
        "This license grants you the royalty-free right to use the Snippets to create setup "
        "programs.",
        "You may change the snippets if their source is included.",
        "Send questions to our office.",
    )
    assert "field-of-use" in read(alone)[1]
    beside = terms(
        "You may use the Snippets to create setup programs.",
        "You may also use, copy, modify and distribute the Snippets for any purpose.",
        "Send questions to our office.",
    )
    assert "field-of-use" not in read(beside)[1]


@pytest.mark.parametrize(
    ("sentence", "modify"),
    [
        ("You may change this program.", True),
        ("You are free to change the software.", True),
        ("We want to make sure that you can change these programs.", True),
        ("You may change the feed URL that the package manager points to.", False),
        ("You may change the software's file name at your discretion.", False),
        ("The terms may change at any time.", False),
    ],
)
def test_leave_to_change_the_work_is_leave_to_modify(sentence: str, modify: bool) -> None:
    grants = analyze_text(sentence).grants
    assert any("modify" in g.rights for g in grants) is modify


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("This database is in the public domain.", "open"),
        ("I hereby release this code into the public domain.", "open"),
        ("The author has placed this work in the public domain.", "open"),
        ("This software is not in the public domain.", "unknown"),
        ("Portions of this file are in the public domain.", "unknown"),
        ("Some files are in the public domain, the rest are copyrighted.", "unknown"),
    ],
)
def test_a_work_in_the_public_domain_may_be_used_changed_and_shared(
    sentence: str, level: str
) -> None:
    assert analyze_text(sentence).verdict.level == level
