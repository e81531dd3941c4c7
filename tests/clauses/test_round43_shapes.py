"""Reports owed to the licensor, leave asked for commerce, charging named by a gerund, and four
false alarms (forty-third round).

The texts are invented (a made-up "gadget"), after shapes met in the tuning parts of the
clause-reader evaluation:

- A duty to report every activity stays registration when the sentence goes on to carve out
  the acts that need no leave ("with the exception of those actions which ... do not require
  the release of the rights holder"): the words "do not require" belong to the carve-out.
- Reports owed at set times ("must provide to Acme every calendar quarter a schedule") are
  registration.
- A wish to market the work that "requires the express and prior authorization" of the licensor
  is registration; the adjectives may be joined by "and".
- "Charging a fee for copies ... is prohibited", "Paying anything for a copy of the work is
  illegal": a ban on selling said with a gerund.
- Not limits: "Recipients of copies are allowed to refund the costs" grants nothing about
  copies (while leave "permitted to educational institutions" still names its grantees); an
  age limit that differs by place keeps no place; a licence that does not let the licensor
  sell the user's content does not bar the user from selling.
- A marker alone on its line ("b.", the item on the next line, as text taken from a PDF sets it)
  starts a list item, so a duty in that item is read apart from the items before it.
- A service named far into a list item under a ban ("you will not (nor authorize third parties
  to): ... make available the gadget to third parties as an application services provider or
  service bureau") is hosting: the ban is the lead-in's, however long the item.
- A ban named by its act after an opening that refers back ("Without limiting the foregoing,
  copying ... for further redistribution ... is expressly prohibited") is read as at the start.
- A patent licence over "patent rights that may be infringed by your derivative works" names the
  works a patent reads on; it gives no leave to make them.
- Copies kept "within your organization only", with every other right under copyright held
  back ("Except as expressly provided above nothing contained herein shall be construed as
  conferring any license or right under any copyright"), give no leave to share or to change.
"""

from __future__ import annotations

import pytest
from gadget import clause_limits, read, terms

from licenseclass.clauses.analysis import analyze_text

GRANT = "Acme grants you a license to use, copy, modify and distribute the gadget."


@pytest.mark.parametrize(
    "clause",
    [
        "You are obliged to report every activity to Acme in writing, with the exception of "
        "those actions which, according to the Copyright Act, do not require the release of "
        "the rights holder.",
        "You are obliged to report every activity to Acme in writing.",
        "The Customer must provide to Acme every calendar quarter during the continuance of this "
        "agreement a schedule listing all software the Customer has developed from the gadget.",
        "Licensee shall submit each quarter a report of the number of copies distributed.",
        "In the event that the User wishes to industrialize and market the gadget, it recognizes "
        "that these actions require the express and prior authorization of Acme.",
        "Any commercial exploitation of the gadget requires the express and prior authorization "
        "of Acme.",
    ],
)
def test_reports_and_leave_to_ask_for_are_registration(clause: str) -> None:
    assert "registration" in clause_limits(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "If you wish to sell the gadget you do not require the prior written consent of Acme.",
        "You must pay the support fee every year.",
        "Acme is not obliged to report every activity to you.",
    ],
)
def test_no_leave_is_asked_for(clause: str) -> None:
    assert "registration" not in clause_limits(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Paying anything for a copy of the work is illegal.",
        "Charging money for copies of the gadget is prohibited.",
        "Charging a fee for the distribution of this package is not allowed.",
    ],
)
def test_charging_named_by_a_gerund_is_no_selling(clause: str) -> None:
    assert "no-selling" in read(f"{GRANT}\n\n{clause}\n")[1]


@pytest.mark.parametrize(
    "clause",
    [
        "Charging a fee for support is allowed.",
        "Charging for copies is permitted.",
    ],
)
def test_charging_allowed_is_no_ban(clause: str) -> None:
    assert "no-selling" not in read(f"{GRANT}\n\n{clause}\n")[1]


def test_leave_to_refund_costs_grants_nothing_about_copies() -> None:
    text = terms(
        "You may use the gadget.",
        "Recipients of copies are allowed to refund the costs for postage or media.",
    )
    assert read(text) == ("unknown", set())


def test_leave_to_copy_said_after_the_cue_is_still_read() -> None:
    level, kinds = read(terms("Users are permitted to copy, modify and distribute the gadget."))
    assert (level, kinds) == ("open", set())


def test_an_age_limit_that_differs_by_place_keeps_no_place() -> None:
    clause = (
        "The gadget should not be used by anyone under the age of 13 (or 18 for users in the "
        "European Union)."
    )
    assert "territory" not in read(f"{GRANT}\n\n{clause}\n")[1]
    kept = "You may use the gadget only in the European Union."
    assert "territory" in read(f"{GRANT}\n\n{kept}\n")[1]


def test_the_licensor_barred_from_selling_your_content_bars_you_from_nothing() -> None:
    clause = "This license does not grant Acme the right to sell Your Content."
    assert "no-selling" not in read(f"{GRANT}\n\n{clause}\n")[1]
    barred = "This license does not grant you the right to sell the gadget."
    assert "no-selling" in read(f"{GRANT}\n\n{barred}\n")[1]


def test_copies_kept_within_your_organization_with_the_rest_held_back() -> None:
    text = (
        "Acme hereby authorizes you to copy documents published by Acme on the World Wide Web "
        "for non-commercial use within your organization only. In consideration of this "
        "authorization, you agree that any copy of these documents which you make shall retain "
        "all copyright notices.\n\n"
        "Each document published by Acme may contain other proprietary notices.\n\n"
        "Except as expressly provided above nothing contained herein shall be construed as "
        "conferring any license or right under any copyright of Acme.\n"
    )
    level, kinds = read(text)
    assert level == "closed"
    assert {"no-redistribution", "no-derivatives", "non-commercial"} <= kinds


def test_copies_for_anyone_with_the_same_reservation_are_shared() -> None:
    text = (
        "Acme hereby authorizes you to copy and distribute documents published by Acme for "
        "non-commercial use.\n\n"
        "Except as expressly provided above nothing contained herein shall be construed as "
        "conferring any license or right under any copyright of Acme.\n"
    )
    assert "no-redistribution" not in read(text)[1]


def test_leave_given_to_a_class_of_persons_names_the_grantees_not_an_act() -> None:
    text = (
        "Redistribution and use in source and binary forms, with or without modification, are "
        "permitted to educational institutions and their enrolled students, provided that the "
        "above copyright notice is retained."
    )
    assert read(text) == ("restricted", {"excluded-persons"})


def test_a_marker_alone_on_its_line_starts_an_item() -> None:
    text = terms(
        "The Customer may modify the gadget provided that:\na.\nthe modified gadget is not "
        "distributed except with the written consent of Acme, which may be withheld as Acme "
        "thinks fit in its absolute discretion;\nb.\nthe Customer must provide to Acme every "
        "calendar quarter a schedule listing all software developed from the gadget; and\nc.\n"
        "the Customer will indemnify Acme against all liability.",
    )
    assert "registration" in read(text)[1]


def test_a_service_named_far_into_an_item_under_a_ban_is_hosting() -> None:
    text = terms(
        "You may use the gadget.",
        "Except as expressly authorized in this Agreement, you agree that you will not (nor "
        "authorize third parties to):\n\n"
        "    reverse engineer or decompile the gadget;\n"
        "    sell, transfer, assign, distribute, rent, loan, lease, sublicense or otherwise make "
        "available the gadget, its documentation or its functionality, in whole or in part, "
        "to third parties\n"
        "        as an application services provider or service bureau,\n"
        "        by operating hosted or virtual system environments, or\n"
        "        otherwise by means of the internet;\n"
        "    modify the gadget.",
    )
    assert "hosting-restriction" in read(text)[1]


@pytest.mark.parametrize(
    "clause",
    [
        "Without limiting the foregoing, copying or reproduction of the gadget to any other "
        "server or location for further reproduction or redistribution on a standalone basis is "
        "expressly prohibited.",
        "For the avoidance of doubt, redistribution of the gadget is not permitted.",
    ],
)
def test_a_ban_after_an_opening_that_refers_back(clause: str) -> None:
    assert "no-redistribution" in read(f"You may use the gadget.\n\n{clause}\n")[1]


def test_an_opening_that_refers_back_before_leave_is_no_ban() -> None:
    clause = "In addition, redistribution of modified versions is permitted."
    assert "no-redistribution" not in read(f"{GRANT}\n\n{clause}\n")[1]


def test_works_a_patent_reads_on_are_no_leave_to_make_them() -> None:
    text = (
        "Acme grants you a license under its patent rights that may be infringed by your "
        "derivative works."
    )
    found = analyze_text(text)
    assert all("modify" not in g.rights for g in found.grants)


def test_leave_to_modify_beside_such_a_patent_license_stands() -> None:
    text = (
        "Acme grants you a license to use, modify and distribute the gadget and a license "
        "under its patents infringed by your modifications."
    )
    assert any("modify" in g.rights for g in analyze_text(text).grants)
