"""Limits read from their parts and from the structure of long agreements (nineteenth round).

Each mechanism has sentences it must read and near misses it must leave alone. The sentences
are written here for the tests; none is taken from a licence text or from the benchmark's
wording sets.
"""

from __future__ import annotations

import pytest
from gadget import clause_limits, read, terms

from licenseclass.clauses.analysis import analyze_text


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the newest release, every update, older releases losing their licence
        ("Licensee shall run only the most recent release of the Tool.", "latest-version"),
        (
            "Older releases of the Tool are no longer licensed once a new release is published.",
            "latest-version",
        ),
        ("You must install every security patch within fourteen days.", "latest-version"),
        ("Your licence to a release lapses when its successor ships.", "latest-version"),
        (
            "Upon Harrowgate's release of a new version of the Samples, you will discontinue "
            "distribution of the earlier Samples.",
            "latest-version",
        ),
        ("The Customer shall not disable the automatic update service.", "latest-version"),
        # a step before the work may be had
        ("You may use the Tool only after registering it with Harrowgate.", "registration"),
        (
            "Before shipping a product that contains the Runtime, you must notify Harrowgate in "
            "writing.",
            "registration",
        ),
        ("The weights are released to approved applicants only.", "registration"),
        ("Each user must hold a personal account in order to access the Tool.", "registration"),
        # the licensee's own agreement with those downstream carries the limits
        (
            "You must distribute the Runtime under an end user licence agreement that prohibits "
            "reverse engineering.",
            "pass-through",
        ),
        (
            "Your end-user licence agreement must forbid further distribution of the Runtime.",
            "pass-through",
        ),
        (
            "Licensee shall include the mandatory provisions of Exhibit 2.1 in the terms of "
            "service that govern its customers' use.",
            "pass-through",
        ),
        (
            "You may distribute the Loader provided that end users agree to the terms of "
            "Harrowgate's Loader Licence.",
            "pass-through",
        ),
        (
            "Any sublicence you grant must be in writing and contain restrictions no less "
            "protective than those set out in Section 3.",
            "pass-through",
        ),
        (
            "The Distributor shall procure that each customer is contractually bound by the "
            "restrictions of Clause 5.",
            "pass-through",
        ),
        ("Your terms of service must incorporate the clauses listed in Exhibit B.", "pass-through"),
        (
            "Each Derivative you distribute must carry the same use-based restrictions as this "
            "Licence.",
            "pass-through",
        ),
        ("Recipients of the Dataset from you must agree to this Licence first.", "pass-through"),
        ("Any agreement with your customers must forbid them to resell the Fonts.", "pass-through"),
        (
            "The Tools are licensed for the sole purpose of creating plug-ins for the Harrowgate "
            "Editor.",
            "field-of-use",
        ),
        # selling in other words
        ("Copies of the Tool must be given away free of charge.", "no-selling"),
        ("The Dataset may not be offered for sale.", "no-selling"),
        ("You may not license the Tool to others for a fee.", "no-selling"),
        ("The Tool may not be included in any product or bundle that is sold.", "no-selling"),
        # frames of a ban
        ("Neither the Tool nor any part of it may be used for app generators.", "field-of-use"),
        ("Neither the Tool nor any copy of it may be sold or rented.", "no-selling"),
        ("The Licensee is not entitled to modify the Tool.", "no-derivatives"),
        ("You may not edit, arrange, translate or decompile the Tool.", "no-derivatives"),
        (
            "You are not licensed to run the Tool as a hosted service for others without a "
            "separate agreement.",
            "hosting-restriction",
        ),
        (
            "Any use that makes the Tool available to third parties as software-as-a-service "
            "requires Harrowgate's prior written consent.",
            "hosting-restriction",
        ),
        (
            "Recipient shall not publish or otherwise make the Dataset available to any person "
            "who is not a party to this Agreement.",
            "no-redistribution",
        ),
        # terms the licensor may change, told by their effect
        (
            "By using the Tool you accept these terms, which may be updated from time to time.",
            "revocable-terms",
        ),
        (
            "Your continued use of the Tool after a change to these terms means acceptance of the "
            "change.",
            "revocable-terms",
        ),
        ("This permission may be revoked by the author at any time.", "revocable-terms"),
        (
            "Harrowgate may at any time unilaterally change the fees and other conditions of this "
            "Agreement.",
            "revocable-terms",
        ),
        (
            "The terms set forth in this Section are subject to change by Harrowgate without "
            "notice.",
            "revocable-terms",
        ),
        # classes of licensee and places
        (
            "This licence is not granted to, and may not be exercised by, any entity that sells "
            "surveillance systems.",
            "excluded-persons",
        ),
        ("The Tool is licensed exclusively to accredited universities.", "excluded-persons"),
        (
            "Entities whose main business is data brokering are excluded from this grant.",
            "excluded-persons",
        ),
        ("Rights granted under this Agreement do not extend to Brazil.", "territory"),
        (
            "Use of the Tool in any member state of the European Union is not licensed.",
            "territory",
        ),
        ("This licence applies only to copies bought and used in Canada.", "territory"),
        # the work run for others
        ("You may not run the Tool on behalf of your customers.", "hosting-restriction"),
        ("Customer shall not let third parties access the Tool remotely.", "hosting-restriction"),
        ("You may not use the Database to provide database-as-a-service.", "hosting-restriction"),
        (
            "Providing access to the Model through an API to third parties requires a separate "
            "licence.",
            "hosting-restriction",
        ),
        # development and testing only, and production in other words
        ("This licence is for development and testing only.", "non-production"),
        ("Use in any live or customer-facing system is not licensed.", "non-production"),
        ("The Test Licence does not cover operational use.", "non-production"),
        ("The emulator is for testing; do not use it to serve real users.", "non-production"),
        # a heading that names a banned use, and uses barred in named kinds of setting
        ("PROHIBITION OF TOOL USE IN HAZARDOUS ACTIVITIES.", "field-of-use"),
        ("You may not use the Tool in air traffic control applications.", "field-of-use"),
    ],
)
def test_a_limit_is_read_from_its_parts(sentence: str, kind: str) -> None:
    assert kind in clause_limits(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("You are entitled to receive updates for one year.", "latest-version"),
        ("You may choose not to install updates.", "latest-version"),
        ("Please keep your contact details current.", "latest-version"),
        ("The terms of this Agreement apply to any updates of the Tool.", "latest-version"),
        # the licensor's way of shipping updates, which the labels do not count as a limit
        ("The Tool may install automatic updates, which cannot be turned off.", "latest-version"),
        ("You may register to receive news about the Tool.", "registration"),
        ("Please notify us of any unauthorised use of your account.", "registration"),
        ("The Tool may be downloaded and used without registration.", "registration"),
        (
            "You are solely responsible for obtaining any registration required by applicable law.",
            "registration",
        ),
        (
            "You may distribute the Tool under your own licence agreement, provided that it does "
            "not restrict the rights granted here.",
            "pass-through",
        ),
        (
            "Neither the name of the copyright holder nor the names of its contributors may be "
            "used to endorse products derived from this software.",
            "field-of-use",
        ),
        (
            "Neither the authors nor you shall use the name of the other for commercial or "
            "promotional purposes.",
            "non-commercial",
        ),
        ("Licensee is not entitled to any refund.", "no-derivatives"),
        (
            "Conventionally licensed programs come with a licence under which the user is not "
            "entitled to modify them.",
            "no-derivatives",
        ),
        (
            "You must not distort, mutilate, modify or take other derogatory action in relation "
            "to the Work which would be prejudicial to the author's honour.",
            "no-derivatives",
        ),
        (
            "You may use the Tool solely for your internal business purposes or for your own "
            "non-commercial research.",
            "non-commercial",
        ),
        (
            "You may not view, use, copy or distribute this file except pursuant to this licence "
            "grant.",
            "no-redistribution",
        ),
        (
            "This Agreement may only be amended in a writing signed by both parties.",
            "revocable-terms",
        ),
        (
            "Harrowgate provides binary delivery as a convenience for development and testing "
            "only.",
            "non-production",
        ),
        ("Test your changes before moving them into production.", "non-production"),
        ("You must give recipients a copy of this Licence.", "pass-through"),
        ("Each of your employees who uses the Tool must obey this Agreement.", "pass-through"),
        ("You may charge a fee for support services.", "no-selling"),
        ("You may sell products you create with the Tool.", "no-selling"),
        ("You may host the Tool for your own internal use.", "hosting-restriction"),
        ("Harrowgate hosts the Service on its own servers.", "hosting-restriction"),
        ("The Tool is licensed only to you.", "excluded-persons"),
        ("Access to the Tool is limited to your Authorized Users.", "excluded-persons"),
        ("The Tool may not be provided to any third party.", "excluded-persons"),
        (
            "You may not export the Tool to Cuba or Iran in breach of export control laws.",
            "territory",
        ),
        (
            "You may use the Tool for your internal purposes, and only within the United States "
            "unless and until you have complied with all applicable export restrictions.",
            "territory",
        ),
    ],
)
def test_a_near_miss_is_not_read_as_that_limit(sentence: str, kind: str) -> None:
    assert kind not in clause_limits(sentence)


def test_a_ban_lead_in_with_do_any_of_the_following_bans_each_item() -> None:
    text = terms(
        "Harrowgate grants you a licence to use the Tool.",
        "You may not, nor permit anyone under your control to, do any of the following:",
        "(i) reverse engineer the Tool;",
        "(ii) use, copy, modify or transfer the Tool, except as expressly permitted here;",
        "(iii) rent, lease or lend the Tool to anyone.",
    )
    level, kinds = read(text)
    assert {"no-derivatives", "no-redistribution"} <= kinds
    assert level == "closed"


def test_a_later_numbered_section_ends_the_list_a_grant_opened() -> None:
    # "2.3." is the section after "2.1.", not one more thing granted: its own lead-in bans
    text = terms(
        "2.1. Harrowgate grants you a right to use and distribute the Tool in your own products "
        "and moreover you shall have the right to",
        "2.1.1. integrate the Tool into your products.",
        "2.2. Harrowgate keeps all rights in the Tool.",
        "2.3. You are not entitled to",
        "2.3.1. sell the Tool as a stand-alone product,",
        "2.3.2. to edit, arrange or translate the Tool.",
    )
    assert "no-derivatives" in read(text)[1]


def test_items_numbered_afresh_under_a_numbered_lead_in_stay_its_items() -> None:
    items = [f"{n}. use the Tool in a way that breaks rule {n};" for n in range(1, 9)]
    text = terms(
        "4. Harrowgate grants you a licence to use the Tool.",
        "5. You may not:",
        *items,
        "9. use the Tool in life support systems where its failure could cause death.",
    )
    assert "field-of-use" in read(text)[1]


def test_a_line_wrapped_at_an_inline_item_mark_stays_in_its_sentence() -> None:
    text = terms(
        "Harrowgate grants you a licence to use, copy, modify and share the Tool.",
        "You will not use the Tool for (i) any commercial purposes,\n"
        "(ii) military purposes, or (iii) mass surveillance.",
    )
    kinds = read(text)[1]
    assert {"non-commercial", "field-of-use"} <= kinds


def test_a_maybe_about_the_licensee_hardware_grants_no_change() -> None:
    text = terms(
        "Harrowgate grants you a licence to use one copy of the Tool.",
        "You may also need to reactivate the Tool if you modify your computer hardware.",
    )
    assert analyze_text(text).license.rights.modify.status != "granted"
