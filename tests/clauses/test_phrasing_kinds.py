"""Kinds of phrasing the reader generalises over: how a grant is headed and who it names, limits
said with the act as the subject, conditions of a grant, purposes and products a grant is tied to,
and the sentences that look like limits but are not.

Every text is written for these tests (a made-up "gadget"); none is copied from a license.
"""

from __future__ import annotations

import pytest
from gadget import read, terms

from licenseclass.clauses.analysis import analyze_text

# (text, kinds that must be found)
FOUND: list[tuple[str, set[str]]] = [
    # a bare heading "THE USER MAY NOT" / "THE USER MAY" above numbered items, a hyphenated verb
    (
        terms(
            "THE USER MAY NOT\n(a) Strip the author's name from the files.\n"
            "(b) Re-distribute the gadget's files.",
            "THE USER MAY\n(a) Run the gadget on one server.\n(b) Run the gadget inside a "
            "bigger program.",
        ),
        {"no-redistribution", "no-derivatives"},
    ),
    # the act is the subject of the ban, with or without what it is done to
    (
        terms("You may run and copy the gadget.", "Modifying the gadget's files is forbidden."),
        {"no-derivatives"},
    ),
    (
        terms("You may run the gadget.", "Redistribution of the gadget is prohibited."),
        {"no-redistribution"},
    ),
    (
        terms("You may run the gadget. Tinkering is fine, but altering is not allowed."),
        {"no-derivatives"},
    ),
    # the subject is "no part" of the work
    (
        terms(
            "You may run the gadget at home.",
            "No part of the gadget may be reproduced, altered or posted online without the "
            "maker's written consent.",
        ),
        {"no-derivatives", "no-redistribution"},
    ),
    # kept out of collections sold by others
    (
        terms(
            "These sprites are free for hobby and school use.",
            "The sprites may not be bundled into any sprite collection or archive.",
        ),
        {"no-redistribution"},
    ),
    # the first object of a ban is the work, the second the agreement
    (
        terms(
            "You may run the gadget.",
            "You may not sublicense, assign or lease the gadget or this agreement to anyone.",
        ),
        {"no-redistribution"},
    ),
    # leave withdrawn at will
    (
        terms(
            "You may run and copy the gadget.",
            "The maker reserves the right to withdraw this permission at any time.",
        ),
        {"revocable-terms"},
    ),
    (
        terms(
            "You may run and copy the gadget.",
            "We reserve rights to amend this licence or cancel it without any notice.",
        ),
        {"revocable-terms"},
    ),
    # commerce: profit, who the user must be, a licence to buy, a list of barred purposes
    (
        terms("You may run the gadget.", "You may not use the gadget to earn any profit."),
        {"non-commercial"},
    ),
    (
        terms("You may run the gadget.", "Clubs that run the gadget must be non-profit."),
        {"non-commercial"},
    ),
    (
        terms(
            "You may run the gadget.",
            "Anyone wanting to run the gadget commercially should contact the maker to buy a "
            "licence.",
        ),
        {"non-commercial"},
    ),
    (
        terms(
            "You may run the gadget.",
            "You may not use the gadget for commercial, teaching or production purposes.",
        ),
        {"non-commercial", "non-production"},
    ),
    (terms("The gadget is licensed for the personal use of a hobbyist."), {"non-commercial"}),
    # a condition of the grant that copies are passed on free
    (
        terms(
            "You may hand out copies of the gadget as long as you do not charge recipients a fee."
        ),
        {"no-selling"},
    ),
    # evaluation joined with another purpose
    (
        terms("The gadget is supplied for evaluation and demonstration use only."),
        {"evaluation-only"},
    ),
    # a grant tied to a list of purposes
    (
        terms(
            "Use and copying of the gadget, with or without changes, solely for teaching, "
            "training, benchmarking or product demonstrations, are permitted provided that this "
            "notice is kept."
        ),
        {"field-of-use"},
    ),
    (
        terms("You may run the gadget for hobby, research and internal business purposes only."),
        {"field-of-use"},
    ),
    (
        terms(
            "The Gadget User may copy and modify the gadget for its own study, prototyping "
            "and the like."
        ),
        {"field-of-use"},
    ),
    # a grant tied to a maker's products
    (terms("You may freely use this firmware on Zentrix devices."), {"field-of-use"}),
    (
        terms(
            "Permission to use and copy the gadget is granted, provided that it is used in "
            "conjunction with Acme sensors."
        ),
        {"field-of-use"},
    ),
    # a dot inside a version number does not cut a ban short
    (
        terms(
            "You may run Gadget 2.7.1 freely.",
            "You may not use Gadget 2.7.1 to build "
            "drivers for any printer that Acme already supports.",
        ),
        {"field-of-use"},
    ),
    (
        terms("You may run the gadget.", "The gadget can not be exploited commercially."),
        {"non-commercial"},
    ),
    (
        terms("You may run the gadget.", "Nor may you use it for competing purposes."),
        {"field-of-use"},
    ),
    # kept off public servers; leave needed before sharing
    (
        terms(
            "You may run and copy the gadget.",
            "The gadget must not be posted on any publicly-accessible web server.",
        ),
        {"no-redistribution"},
    ),
    (
        terms("You may run the gadget.", "Ask for written permission before redistributing it."),
        {"no-redistribution"},
    ),
    (
        terms("You may run, copy and change the gadget.", "Reselling the gadget is forbidden."),
        {"no-selling"},
    ),
    # sharing only the author's own versions
    (
        terms(
            "You may change the gadget's source in any way you like.",
            "If you share the source, you are only permitted to distribute copies published by "
            "the original author.",
        ),
        {"no-derivatives"},
    ),
]


@pytest.mark.parametrize(("text", "kinds"), FOUND)
def test_phrasing_is_read(text: str, kinds: set[str]) -> None:
    level, found = read(text)
    assert kinds <= found
    assert level in ("restricted", "closed")


# (text, kinds that must not be found): wordings of open terms and of limits that are lifted.
NOT_FOUND: list[tuple[str, set[str]]] = [
    (
        terms(
            "You may copy this license document, but changing it is not allowed.",
            "You may use, copy, modify and distribute the gadget.",
        ),
        {"no-derivatives"},
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "Distribution of only part of the gadget is not allowed.",
        ),
        {"no-redistribution"},
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "You may not charge a fee for the gadget itself, but you may charge for support.",
        ),
        {"no-selling"},
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "We may change these terms at any time.",
            "Your use is governed by the terms in force at the time you downloaded the gadget.",
        ),
        {"revocable-terms"},
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget for personal or commercial "
            "purposes."
        ),
        {"non-commercial", "field-of-use"},
    ),
    (terms("You may use the gadget solely for research and teaching."), {"field-of-use"}),
    (
        terms("You may use, copy, modify and distribute the gadget on your own devices."),
        {"field-of-use"},
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "We hope you enjoy it; if you want to use it commercially, go ahead.",
        ),
        {"non-commercial"},
    ),
]


@pytest.mark.parametrize(("text", "kinds"), NOT_FOUND)
def test_open_wording_is_not_read_as_a_limit(text: str, kinds: set[str]) -> None:
    _, found = read(text)
    assert not kinds & found


def _grants(text: str) -> list[tuple[str, ...]]:
    return [g.rights for g in analyze_text(text).grants]


def test_ending_the_terms_by_destroying_copies_grants_nothing() -> None:
    text = terms(
        "Acme grants you a licence to run the gadget.",
        "The customer may terminate this agreement at any time by erasing all copies of the "
        "gadget.",
    )
    assert _grants(text) == [("use",)]


def test_a_title_in_title_case_is_no_grant() -> None:
    text = "The Totally Free To Use Gadget License\n\nYou may run the gadget.\n"
    assert _grants(text) == [("use",)]


def test_sharing_under_this_license_is_a_grant() -> None:
    text = terms("You may freely pass on and redistribute this gadget under this license.")
    assert ("distribute",) in _grants(text) or any("distribute" in g for g in _grants(text))


def test_can_be_freely_redistributed_is_a_grant() -> None:
    text = terms("The compiled gadget can be freely redistributed by anyone.")
    assert any("distribute" in g for g in _grants(text))


def test_copies_and_adaptations_for_backup_only_leave_the_work_closed() -> None:
    text = terms(
        "Acme grants you a licence to use one copy of the gadget.",
        "You may make copies or adaptations of the gadget only for backup purposes.",
        "All other rights are reserved.",
    )
    assert all("modify" not in g for g in _grants(text))
    assert read(text)[0] == "closed"
