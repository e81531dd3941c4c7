"""A grant's reach, sixth round: products named by their own names, lists of products under a
tie, and sharing kept to one's own programs by a condition of the grant.

Wordings are written for the test (a made-up "gadget" and made-up makers); the near-misses
beside them must not be read as limits.
"""

from __future__ import annotations

import pytest
from gadget import read, terms

from licenseclass.clauses.rules import _grant, _grant_scope, _reach, _tied_item
from licenseclass.clauses.sentences import split_sentences

RESERVED = "All rights not expressly granted are reserved by Zorblax."
FULL_GRANT_TEXT = "Permission is hereby granted to use, copy, modify and distribute the gadget."


def _kinds(*paragraphs: str) -> set[str]:
    return read(terms(*paragraphs))[1]


# Use tied to a product named by its own name -----------------------------------------------


@pytest.mark.parametrize(
    "grant",
    [
        "You may install and use copies of the gadget only with Quillsoft Draftboard Studio "
        "and Quillsoft Draftboard Cloud to build your apps.",
        "Zorblax grants you a limited license to install and use one copy of the gadget solely "
        "for your use on any Frobnic kPad or Frobnic kPhone that you own.",
        "Zorblax grants you a limited license to use the gadget solely to access Zorblax "
        "Datavault for your internal business purposes.",
        "You may use the gadget exclusively on Yoyodyne Hyperdeck consoles.",
    ],
)
def test_use_tied_to_a_named_product_is_a_field_of_use(grant: str) -> None:
    assert "field-of-use" in _kinds(grant, RESERVED)


@pytest.mark.parametrize(
    "words",
    [
        # one's own work, the licence's own defined terms, a place, a clause in capitals
        "only with Your Own Applications",
        "solely with the Distributable Code described below",
        "only in the United States and Canada",
        "ONLY WITH THE WRITTEN CONSENT OF ZORBLAX ENGINEERING",
        "only with Zorblax's Prior Written permission",
        "only on computers Owned By you",
    ],
)
def test_ties_that_name_no_product_are_not_fields(words: str) -> None:
    sentence = f"Zorblax grants you a limited license to install the gadget {words}."
    (s,) = split_sentences(sentence)
    assert _reach(s, _grant(s)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Permission is hereby granted to use, copy, modify and distribute the gadget.",
        "/* Call gadget_init() only with Frobnic Handles opened by the caller. */",
        "Zorblax grants you a license to use the gadget. The gadget works best with Frobnic "
        "Hyperdeck consoles.",
    ],
)
def test_permissive_grants_and_comments_set_no_field(text: str) -> None:
    assert "field-of-use" not in _kinds(text)


def test_products_listed_under_a_tie_are_a_field_of_use() -> None:
    text = terms(
        "You may install and use any number of copies of the gadget to use solely with\n"
        "    * Quillsoft Draftboard Community\n"
        "    * Quillsoft Draftboard Enterprise",
        RESERVED,
    )
    assert "field-of-use" in read(text)[1]


def test_a_list_under_a_tie_of_other_things_is_no_field() -> None:
    text = terms(
        "You may install and use any number of copies of the gadget to use solely with\n"
        "    * your own computers\n"
        "    * your internal test systems",
        RESERVED,
    )
    assert "field-of-use" not in read(text)[1]


def test_a_list_after_a_ban_with_only_is_not_a_tie() -> None:
    # (the ban itself is read by the rules on banned uses; the tie's reading stays out)
    text = terms(
        "Zorblax grants you a license to use the gadget. You may not use the gadget only with\n"
        "    * Quillsoft Draftboard Community\n"
        "    * Quillsoft Draftboard Enterprise",
        RESERVED,
    )
    items = [s for s in split_sentences(text) if s.lead]
    assert len(items) == 2
    assert [_tied_item(s) for s in items] == [None, None]


# Sharing kept to one's own programs by a condition of the grant -----------------------------

SHARE_GRANT = (
    "Zorblax grants you a non-exclusive license to reproduce and distribute the gadget, "
    "provided that you:"
)


@pytest.mark.parametrize(
    "item",
    [
        "(i) distribute the gadget unmodified and only bundled as part of your Programs,",
        "(i) distribute it solely as an integral part of your own applications,",
        "(i) distribute the gadget only as part of, and for the sole purpose of running, "
        "your Programs,",
    ],
)
def test_sharing_only_inside_ones_programs_as_a_condition(item: str) -> None:
    text = terms(f"{SHARE_GRANT}\n{item}\n(ii) keep all notices intact.", RESERVED)
    assert "no-redistribution" in read(text)[1]


@pytest.mark.parametrize(
    "item",
    [
        # no "only": one way of sharing among others
        "(i) distribute the gadget as part of your Programs or on its own,",
        # whose product is not said: which product, not the licensee's own
        "(i) distribute the gadget only as part of a product that uses it for its main work,",
        # a condition that is not about where it goes
        "(i) keep the copyright notice in every copy,",
    ],
)
def test_conditions_that_do_not_narrow_sharing(item: str) -> None:
    text = terms(f"{SHARE_GRANT}\n{item}\n(ii) keep all notices intact.", RESERVED)
    assert "no-redistribution" not in read(text)[1]


# Leave to change a part named apart from the work ---------------------------------------------

END_USER = (
    "Zorblax grants you a license to install and use the gadget to develop your programs.",
    "The gadget is licensed, not sold. You may not reverse engineer or decompile the gadget.",
    RESERVED,
)


@pytest.mark.parametrize(
    "grant",
    [
        'You may modify, copy and distribute the source code form of code marked as "demo".',
        "You may modify, copy or deploy any .css files contained in the gadget.",
        "You may modify the sample source and distribute it with your programs.",
        "You may modify the source code form of Frobnic Widget Classes for your programs.",
    ],
)
def test_leave_to_change_a_named_part_is_not_leave_to_change_the_work(grant: str) -> None:
    assert "no-derivatives" in _kinds(*END_USER, grant)


@pytest.mark.parametrize(
    "grant",
    [
        "You may modify the gadget for your own needs.",
        "You may modify, copy and distribute the source code form of the gadget.",
        "You may copy and modify the gadget and distribute it with your programs.",
    ],
)
def test_leave_to_change_the_work_itself_still_counts(grant: str) -> None:
    assert "no-derivatives" not in _kinds(*END_USER, grant)


def test_a_named_part_in_terms_that_reserve_nothing_is_not_read() -> None:
    # without end-user signs (reserved rights, licensed not sold) a part's leave is not read
    # as a withholding
    text = terms(
        "Permission is granted to use, copy and distribute the gadget.",
        'You may modify the source code form of code marked as "demo".',
    )
    assert "no-derivatives" not in read(text)[1]


# Use kept from competing with the licensor ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The licensee undertakes not to build a competitive database product based on the gadget.",
        "You may not sell or pass on the gadget in any manner that would compete with Zorblax.",
        "You may give away your programs provided that your program is not a product that is "
        "competitive with or a substitute for the gadget.",
        "You may use the gadget only to make tools that do not compete against Zorblax.",
    ],
)
def test_use_kept_from_competing_is_a_field_of_use(sentence: str) -> None:
    assert "field-of-use" in _kinds("Zorblax grants you a license to use the gadget.", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nothing in these terms limits your rights under competition law.",
        "Zorblax may terminate this license if you compete with Zorblax.",
        "The gadget helps small shops compete with large retailers.",
        "Zorblax offers the gadget at competitive prices.",
        "You may not use output of the gadget to train models that compete with Zorblax.",
        "Permission is hereby granted to use, copy, modify and distribute the gadget, including "
        "in software that competes with Zorblax products.",
    ],
)
def test_competition_named_without_a_limit_on_use(sentence: str) -> None:
    kinds = _kinds("Zorblax grants you a license to use the gadget.", sentence)
    assert "field-of-use" not in kinds


# Persons left out by a ban on use "by" them ----------------------------------------------------


@pytest.mark.parametrize("modal", ["may", "shall", "must", "will"])
def test_use_barred_to_persons_excludes_them(modal: str) -> None:
    sentence = f"The gadget {modal} not be used by any person or company that funds whaling."
    assert "excluded-persons" in _kinds(FULL_GRANT_TEXT, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # what is barred is the activity, whoever does it
        "The gadget shall not be used by any person for any systems that endanger lives.",
        # how a function is called, in a comment
        "// This buffer shall not be used by other threads while the gadget runs.",
    ],
)
def test_use_barred_for_an_activity_or_a_thread_excludes_no_one(sentence: str) -> None:
    assert "excluded-persons" not in _kinds(FULL_GRANT_TEXT, sentence)


# Parts under other terms do not make the text an addition to another license ------------------


@pytest.mark.parametrize(
    "aside",
    [
        "Third party code in the gadget is licensed to you under the terms of the third party "
        "license named in its documentation.",
        "Portions of the gadget are available under the terms of the Frobnic Public License.",
    ],
)
def test_parts_under_other_terms_leave_a_grant_of_use_alone(aside: str) -> None:
    text = terms(
        "Zorblax grants you a non-transferable limited license to use the gadget.",
        "The gadget is licensed, not sold.",
        aside,
        "You may make one copy of the gadget for backup purposes.",
    )
    assert {"no-derivatives", "no-redistribution"} <= read(text)[1]


def test_an_exception_to_another_license_is_still_an_addition() -> None:
    text = terms(
        "As a special exception to the Frobnic Public License, you may link portions of the "
        "gadget into an executable and distribute that executable under terms of your choice.",
        "This exception does not affect the other terms of the Frobnic Public License.",
        "Zorblax grants you a license to use the gadget.",
        "You may not decompile the gadget.",
    )
    assert "no-derivatives" not in read(text)[1]


def test_a_purpose_list_ends_where_all_else_is_excluded() -> None:
    (s,) = split_sentences(
        "Zorblax grants you a limited license to use the gadget only for the purpose of "
        "drafting, reviewing, rehearsing and showing your slides, and not for any other purpose."
    )
    found = _grant(s)
    assert found is not None
    hit = _grant_scope(s, found)
    assert hit is not None
    assert hit.params["uses"] == [
        "use other than for drafting, reviewing, rehearsing and showing your slides"
    ]
