"""Explicit bans addressed to the licensee and the kinds they name: lists of banned verbs
(each verb read for its kind, the exception tail read for whether the ban holds, bans on
something other than the work left out), and the named kinds (hosting, revocable terms,
non-commercial grants, selling).

Every text is written for these tests (a made-up "gadget"); none is copied from a license.
"""

from __future__ import annotations

import pytest
from gadget import read, terms

# The limiting kinds found must be exactly these.
EXACT: list[tuple[str, set[str]]] = [
    # a long list of sharing and selling verbs: sharing covers selling
    (
        terms(
            "You may use, copy and modify the gadget.",
            "You agree not to (c) publish, sell, lease, lend or sublicense all or part of the "
            "gadget to anybody.",
        ),
        {"no-redistribution"},
    ),
    # "lease, license or sub-license" is sharing, not selling
    (
        terms(
            "You may use, copy and modify the gadget and its icons.",
            "You may not lease, license or sub-license the gadget's icons to any company.",
        ),
        {"no-redistribution"},
    ),
    # selling alone
    (
        terms(
            "You may run, copy, change and share the gadget.",
            "You may not rent, lease, loan or sell the gadget.",
        ),
        {"no-selling"},
    ),
    (
        terms(
            "You may run, copy, change and share the gadget.",
            "The licensee is not permitted to sell or license/sub-license the gadget to others.",
        ),
        {"no-selling"},
    ),
    # passive lists: "sold and/or given away" is both, so sharing
    (
        terms(
            "You may use, copy and modify the gadget.",
            "The gadget and its sources may not be sold and/or given away.",
        ),
        {"no-redistribution"},
    ),
    (
        terms(
            "You may use, copy and modify the gadget.",
            "The gadget's design files may not be disclosed, transmitted or passed around "
            "without our consent.",
        ),
        {"no-redistribution"},
    ),
    # the list settles a change next to sharing
    (
        terms(
            "You may run the gadget.",
            "You may not (ii) translate, adapt, sell or distribute the gadget.",
        ),
        {"no-redistribution", "no-derivatives"},
    ),
    # sharing changed versions: the right to change is what is kept back
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "You may not distribute modifications to anybody else.",
        ),
        {"no-derivatives"},
    ),
    # a ban on acts done with the work ("use the gadget to: ... distribute ... the gadget")
    (
        terms(
            "You may use, copy and modify the gadget.",
            "You may not use the gadget to: (i) distribute, publish or lend in whole or in part "
            "the gadget to another person; or (ii) harm anyone.",
        ),
        {"no-redistribution", "field-of-use"},
    ),
]

# Bans that are not limits of these kinds, or hold only where the text grants nothing else.
EXACT += [
    # an "except as permitted" tail where the text does grant sharing
    (
        terms(
            "You may copy, change and distribute the gadget.",
            "You shall not: (i) license, sell or otherwise distribute the gadget except as "
            "provided in these terms.",
        ),
        set(),
    ),
    (
        terms(
            "You may copy, change and distribute the gadget.",
            "You may not copy, change, sublicense or distribute the gadget in any form if such "
            "copying or distribution is not expressly licensed under these terms.",
        ),
        set(),
    ),
    # ... and where it does not
    (
        terms(
            "You may use and modify the gadget.",
            "You shall not: (i) license, sell or otherwise distribute the gadget except as "
            "provided in these terms.",
        ),
        {"no-redistribution"},
    ),
    # bans on something other than the work
    (
        terms(
            "You may copy, change and share the gadget.",
            "You shall not publish reviews of the gadget's test builds.",
        ),
        set(),
    ),
    (
        terms(
            "You may copy, change and share the gadget.",
            "You must not publish the results of speed tests of the gadget.",
        ),
        set(),
    ),
    (
        terms(
            "You may copy, change and share the gadget.",
            "You may not use the names of the gadget's authors to sell your products.",
        ),
        set(),
    ),
    (
        terms(
            "You may copy, change and share the gadget.",
            "You may not sublicense, transfer or assign these terms without our consent.",
        ),
        set(),
    ),
    (
        terms(
            "You may copy, change and share the gadget.",
            "You shall not remove or alter any maker's mark placed in the gadget.",
        ),
        set(),
    ),
    (
        terms(
            "You may copy, change and share the gadget.",
            "The maker's logo shown by the gadget's start screen must not be removed or changed.",
        ),
        set(),
    ),
    # sublicensing alone keeps sharing under these terms
    (
        terms("You may copy, change and share the gadget.", "You may not sublicense the gadget."),
        set(),
    ),
    # a limit on how the work travels, not a ban on passing it on
    (
        terms(
            "You may use, copy and modify the gadget and distribute it.",
            "The gadget may not be redistributed as part of a toolkit for other developers.",
        ),
        set(),
    ),
    # a condition the licensee can meet, a consequence, a relative clause
    (
        terms(
            "You may copy, change and share the gadget.",
            "You must not distribute changed copies of the gadget unless you rename them.",
        ),
        set(),
    ),
    (
        terms(
            "You may copy, change and share the gadget.",
            "If you cannot meet these terms and another duty at once, you may not distribute "
            "the gadget at all.",
        ),
        set(),
    ),
    (
        terms(
            "You may copy, change and share the gadget.",
            "You may run copies of the gadget that you do not distribute without any condition.",
        ),
        set(),
    ),
    (
        terms(
            "You may copy, change and share the gadget, provided that:",
            "- you do not distribute the gadget on its own;",
            "- you keep this notice.",
        ),
        set(),
    ),
]


@pytest.mark.parametrize(("text", "kinds"), EXACT)
def test_listed_ban_kinds(text: str, kinds: set[str]) -> None:
    assert read(text)[1] == kinds


# The named kinds in shapes of their own.
NAMED: list[tuple[str, set[str]]] = [
    # hosting: a bare "as a service", a hosted offering, remote access
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "You may not sublicense copies of the gadget, whether as software or as a service.",
        ),
        {"hosting-restriction"},
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "You shall not offer the gadget as a hosted web solution for other people to use.",
        ),
        {"hosting-restriction"},
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "You may not enable remote access to the applications you run with the gadget.",
        ),
        {"hosting-restriction"},
    ),
    # terms the licensor may change or revoke
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "These terms may be amended without any notice.",
        ),
        {"revocable-terms"},
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "The maker shall have the sole right to withdraw this licence at any time.",
        ),
        {"revocable-terms"},
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "The maker reserves the right not to permit anyone to copy the gadget, at its own "
            "discretion.",
        ),
        {"revocable-terms"},
    ),
    # non-commercial bases and grants
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "Your copying and sharing must be on a non-commercial basis, meaning that no payment "
            "is asked for it.",
        ),
        {"non-commercial"},
    ),
    (
        terms(
            "You may use, copy and modify the gadget, provided that your use does not involve "
            "commercialisation.",
        ),
        {"non-commercial"},
    ),
    (
        terms(
            "You may use, copy and modify the gadget.",
            "Non-commercial redistribution is allowed provided that this notice is kept.",
        ),
        {"non-commercial"},
    ),
    # selling
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "Redistribution of the gadget shall not directly profit anyone.",
        ),
        {"no-selling"},
    ),
    # an act that needs leave the text does not give
    (
        terms(
            "You may use, copy and modify the gadget and share it on your web site.",
            "If you wish to distribute the gadget in any other way, the maker's written consent "
            "is required.",
        ),
        {"no-redistribution"},
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "If you want to sell the gadget, please contact the maker first.",
        ),
        {"no-selling"},
    ),
]

# Near misses that must not be read as limits.
NAMED += [
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "No one other than the steward has the right to modify this agreement.",
        ),
        set(),
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "This agreement may be modified only in a writing signed by both parties.",
        ),
        set(),
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "You have the right to terminate this licence at any time by deleting the gadget.",
        ),
        set(),
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "If you wish to distribute the gadget, you must keep this notice with it.",
        ),
        set(),
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "If you wish to share changed copies that carry the maker's trademarks, please "
            "contact us.",
        ),
        set(),
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget for commercial and "
            "non-commercial purposes, on a non-commercial basis or not.",
        ),
        set(),
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "You may not use the maker's name as a service mark.",
        ),
        set(),
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "# The gadget may be changed without notice; see the release notes for changes.",
        ),
        set(),
    ),
]


@pytest.mark.parametrize(("text", "kinds"), NAMED)
def test_named_kinds(text: str, kinds: set[str]) -> None:
    assert read(text)[1] == kinds


# The licence as the subject of the ban, and objects that are the licence or the marks.
PERMITS: list[tuple[str, set[str]]] = [
    (
        terms(
            "You may use, copy and modify the gadget.",
            "This licence does not permit you to distribute or make the gadget publicly "
            "available on its own.",
        ),
        {"no-redistribution"},
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "These terms do not allow you to sublicense or transfer any of your licences to "
            "anyone else.",
        ),
        set(),
    ),
    (
        terms(
            "You may use, copy, modify and distribute the gadget.",
            "These terms do not permit you to distribute the gadget using the maker's trademarks.",
        ),
        set(),
    ),
    (
        terms(
            "You may use, copy and modify the gadget.",
            "You may not rent, lease or transfer the rights to the gadget to someone else.",
        ),
        {"no-redistribution"},
    ),
]


@pytest.mark.parametrize(("text", "kinds"), PERMITS)
def test_licence_as_subject(text: str, kinds: set[str]) -> None:
    assert read(text)[1] == kinds


def test_neither_nor_passive_list() -> None:
    text = terms(
        "You may use, copy, modify and distribute the gadget.",
        "Neither the gadget nor any of its parts may be sold or rented to anybody.",
    )
    assert read(text)[1] == {"no-selling"}


def test_selling_alone_banned_leaves_selling_with_other_work() -> None:
    text = terms(
        "You may use, copy, modify, distribute and sell the gadget with other works.",
        "Neither the gadget nor any of its parts may be sold by itself.",
    )
    assert read(text)[1] == set()


def test_form_only_distribution_is_a_condition() -> None:
    text = terms(
        "You may use, copy, modify and distribute the gadget.",
        "Binary-only distribution is not allowed: ship the sources with every copy.",
    )
    assert read(text)[1] == set()


# Code comments and docs that tell a reader what not to do with something else.
NOT_TERMS: list[str] = [
    "/*\n * Copyright 2020 Gadget Makers.\n * This file is generated by the build. Do not modify "
    "or redistribute it by hand; run make instead.\n */\n",
    "# Contributing\n\nPlease do not publish the API keys or passwords in your pull requests.\n"
    "You must not share your account credentials with anyone.\n",
    terms(
        "You may use, copy, modify and distribute the gadget.",
        "You may not enable remote access to the admin panel without a password.",
    ),
]


@pytest.mark.parametrize("text", NOT_TERMS)
def test_comments_and_docs_limit_nothing(text: str) -> None:
    assert read(text)[1] == set()
