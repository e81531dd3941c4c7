"""Wordings generalised in the fifth round: asides inside a purpose, misspelt bans, vendor
names with punctuation in a product tie, products a use is confined to, reservations that name
the rights they keep back, and grants that add a further right.

Every text is written for these tests (a made-up "gadget"); none is copied from a license.
"""

from __future__ import annotations

import pytest
from gadget import read, terms

FOUND: list[tuple[str, set[str]]] = [
    # an aside in brackets between the purpose and "use"
    (
        terms("The gadget is free for non-commercial (hobby) use. Ask the maker about other uses."),
        {"non-commercial"},
    ),
    (
        terms(
            "You may copy and change the gadget for NON-COMMERCIAL (see section 4 for the rest) "
            "purposes only, keeping this notice."
        ),
        {"non-commercial"},
    ),
    # a misspelt "permitted"
    (
        terms(
            "You may use, copy and share the gadget.",
            "Commercial use of the gadget or of its parts is not permited.",
        ),
        {"non-commercial"},
    ),
    # a vendor's name with a comma and "Ltd." before the product noun
    (
        terms(
            "Copying and sharing of the gadget firmware, unmodified, for use solely with a "
            "Widget Works, Ltd. controller board product, is permitted."
        ),
        {"field-of-use"},
    ),
    # use confined to products built on the maker's parts
    (
        terms(
            "You may use, copy, change and share the gadget.",
            "The gadget may only be used in devices built around Acme radio modules.",
        ),
        {"field-of-use"},
    ),
]

# copying kept back in the passive, or with the act as the subject
FOUND += [
    (
        terms("You may run the gadget at home.", "The gadget's files may not be duplicated."),
        {"no-redistribution"},
    ),
    (
        terms(
            "You may run the gadget.",
            "No reproduction of the gadget, in whole or in part, is permitted.",
        ),
        {"no-redistribution"},
    ),
]

# selling kept back with "prohibited from being"
FOUND += [
    (
        terms(
            "You may use, copy and share the gadget.",
            "The gadget, whole or in part, is barred from being sold or rented.",
        ),
        {"no-selling"},
    ),
]

# sharing kept for someone named
FOUND += [
    (
        terms(
            "You may use and modify the gadget.",
            "Only Jane Roe has the right to redistribute this gadget, unless she says otherwise.",
        ),
        {"no-redistribution"},
    ),
]

# (text, expected level) where a reservation naming the rights makes use the only right
LEVELS: list[tuple[str, str, set[str]]] = [
    (
        terms(
            "Owners of an Acme sensor are granted permission to use this gadget for reading "
            "their sensor.",
            "The gadget keeps a log of readings.",
            "No other rights to copy, run or hand on this gadget, in whole or in part, are "
            "granted.",
            "Logs are kept for a week.",
        ),
        "closed",
        {"no-derivatives", "no-redistribution"},
    ),
    # a short notice: use alone, the rest reserved in so many words
    (
        terms("Permission is granted to run the gadget.", "All other rights are reserved."),
        "closed",
        {"no-derivatives", "no-redistribution"},
    ),
]

# Sentences that look like the above but do not limit.
NOT_FOUND: list[tuple[str, str]] = [
    # a quoted phrase is a mention, not a ban
    (
        terms(
            "You may use, copy, change and share the gadget.",
            'Do not add words such as "may not be copied" to your copies.',
        ),
        "no-redistribution",
    ),
    # the license text, not the work, is kept for the author to share
    (
        terms(
            "You may use, modify and share the gadget.",
            "Only the author has the right to distribute the license text.",
        ),
        "no-redistribution",
    ),
    # the notice, not the work, may not be copied
    (
        terms("You may use, copy, change and share the gadget.", "This notice may not be copied."),
        "no-redistribution",
    ),
    # an aside in a grant of every purpose
    (
        terms("You may use, copy, change and share the gadget for any (even commercial) purpose."),
        "non-commercial",
    ),
    # "only ... in accordance with": the terms, not a product
    (
        terms(
            "You may use, copy, change and share the gadget.",
            "The gadget may only be used in accordance with the law of your country.",
        ),
        "field-of-use",
    ),
    # a reservation of patents only says nothing of the work
    (
        terms(
            "You may use, copy and share the gadget, whole or merged into other works.",
            "Except for these rights, no other patent rights are granted or implied.",
            "Keep this notice with every copy.",
            "Report bugs to the maker.",
        ),
        "no-derivatives",
    ),
    # a further right granted to someone else is no grant to the reader
    (
        terms(
            "The Gadget Society is also permitted to sublicense the gadget to its members.",
            "Members may use and share the gadget freely, with or without changes.",
        ),
        "no-derivatives",
    ),
]


@pytest.mark.parametrize(("text", "kinds"), FOUND)
def test_wording_found(text: str, kinds: set[str]) -> None:
    _, found = read(text)
    assert kinds <= found


@pytest.mark.parametrize(("text", "level", "kinds"), LEVELS)
def test_reservation_naming_rights(text: str, level: str, kinds: set[str]) -> None:
    got_level, found = read(text)
    assert got_level == level
    assert kinds <= found


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_wording_not_found(text: str, kind: str) -> None:
    _, found = read(text)
    assert kind not in found


def test_also_granted_adds_sharing() -> None:
    text = terms(
        "Permission to use, copy and modify the gadget is granted.",
        "Permission to share the gadget in compiled form is also granted.",
    )
    level, found = read(text)
    assert level == "open"
    assert not found


def test_plural_licensor_with_terms_before_the_verb() -> None:
    # "authorize you free of charge, to ...": the grant is found, so the ban is read against it
    text = terms(
        "Acme and Bcme authorize you free of charge, to run, copy, change and share the gadget.",
        "Changed copies must carry a note of the change.",
    )
    assert read(text) == ("open", set())
    assert read(terms("We do not allow you in any case to copy the gadget.")) == ("unknown", set())
