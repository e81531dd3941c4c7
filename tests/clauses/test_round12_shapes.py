"""Limits the twelfth round reads from their parts (clauses/composed.py) and from wider ban
vocabulary, and the look-alikes each reader must leave alone. Every sentence is written for
this test, in other words than the wording sets and the labelled texts use."""

from __future__ import annotations

import pytest
from gadget import clause_limits, read

from licenseclass.clauses.analysis import analyze_text


@pytest.mark.parametrize(
    ("kind", "clause"),
    [
        # pass-through: who is bound, the duty to bind them, terms that carry these limits
        (
            "pass-through",
            "Reseller must ensure that each of its customers accepts licence terms no less "
            "protective of Harrowgate than these.",
        ),
        (
            "pass-through",
            "Before handing the Toolkit to any recipient you shall bind that recipient to the "
            "restrictions in Section 4.",
        ),
        (
            "pass-through",
            "Any recipient to whom you pass the Atlas must first agree to be bound by the terms "
            "in this Agreement.",
        ),
        (
            "pass-through",
            "You will not permit your end users to use the Widgets in a way that breaches "
            "these Terms.",
        ),
        # reserved changes of the terms
        (
            "revocable-terms",
            "Harrowgate reserves the right to amend or otherwise alter these Terms as it sees fit.",
        ),
        (
            "revocable-terms",
            "The Partner Terms are subject to change by Harrowgate without notice.",
        ),
        ("revocable-terms", "Harrowgate may withdraw this licence at will."),
        # uses kept from, or kept to, a purpose or setting
        ("non-commercial", "Licensee agrees not to use the Gazetteer for commercial purposes."),
        (
            "non-commercial",
            "Any use of the Gazetteer for monetary compensation is prohibited.",
        ),
        ("non-commercial", "The Basic Tier is for non-commercial use."),
        ("non-production", "The Server Edition may not be used in a production environment."),
        (
            "non-production",
            "Trial keys may be used solely in staging environments.",
        ),
        ("territory", "The Atlas may be used only within New Zealand and Australia."),
        (
            "territory",
            "Use of the Atlas from outside the European Economic Area is not permitted.",
        ),
        # classes of licensee kept out
        (
            "excluded-persons",
            "The Gazetteer may not be used by any competitor of Harrowgate.",
        ),
        (
            "excluded-persons",
            "Use of the Widgets by credit reporting agencies is prohibited.",
        ),
        # user caps in words
        ("user-threshold", "The Toolkit may be run by no more than seven named users."),
        # no leave given
        (
            "no-derivatives",
            "No right is granted to translate or adapt the Manual.",
        ),
        (
            "no-redistribution",
            "The present licence does not grant you the right to pass on the Atlas.",
        ),
        (
            "no-redistribution",
            "The Widgets are licensed on condition that they are not passed on to any other "
            "person.",
        ),
        ("no-redistribution", "The Gazetteer is not to be redistributed."),
        # act nouns, also after a semicolon
        (
            "no-derivatives",
            "Creation of derivative maps from the Atlas is not permitted.",
        ),
        (
            "no-redistribution",
            "Members may view the plates online; circulation of the plate files is forbidden.",
        ),
        (
            "hosting-restriction",
            "Operating the Toolkit as a software-as-a-service offering is prohibited.",
        ),
        (
            "hosting-restriction",
            "You shall not make the Toolkit available for the benefit of third parties.",
        ),
        (
            "hosting-restriction",
            "You have no right to use the Toolkit for commercial hosting.",
        ),
        (
            "hosting-restriction",
            "You shall not make the Toolkit available over a network to customers of yours.",
        ),
        # a platform's own policies
        (
            "acceptable-use-policy",
            "You must comply with the Harrowgate Developer Policies posted at harrowgate.example.",
        ),
    ],
)
def test_a_limit_is_read_from_its_parts(kind: str, clause: str) -> None:
    assert kind in clause_limits(clause)


@pytest.mark.parametrize(
    "clause",
    [
        # a public licence's steward, numbered versions, a change both sides sign
        "The Foundation may revise this license; each revision carries its own version number.",
        "Only the Steward may amend the terms that govern Covered Code.",
        "This Agreement may be amended only in a writing signed by both parties.",
        "A court may modify this License to the extent needed to make it enforceable.",
        "Support fees and support terms are subject to change after the first year.",
        # the licensee steps into the licence on a transfer; the same terms as copyleft
        "You may transfer the Toolkit once, provided the transferee agrees to be bound by this "
        "Agreement.",
        "Should it prove impossible for a recipient to honour these terms, that recipient "
        "honours them as far as it can.",
        # selling for profit is the sharing rules' business; marks; disclaimers
        "The Toolkit may be used for commercial and non-commercial purposes.",
        "You may not use the Harrowgate logo for commercial purposes without permission.",
        "The Preview Build is not intended for production use.",
        # places that are no territory
        "Harrowgate's liability is limited to US$10.",
        "Export of the Toolkit must follow every applicable export rule, for instance the U.S. "
        "export regulations.",
        "Any claim must be brought in the U.S. District Court for Delaware.",
        # persons who are not kept out
        "Harrowgate, its affiliates and employees of Harrowgate cannot be held responsible for "
        "any loss.",
        # leave over what is not the work
        "You may modify such settings in the control panel at any time.",
        "You may be required to provide contact information when you register.",
        "You hereby grant Harrowgate a licence to use, modify and distribute your submissions.",
    ],
)
def test_a_look_alike_is_no_limit(clause: str) -> None:
    assert clause_limits(clause) == set()


@pytest.mark.parametrize(
    "clause",
    [
        # the same licence passed on, as copyleft does
        "Every distributee must take its own licence on the same terms as those this Agreement "
        "sets.",
        # helpers the licensee answers for are not downstream recipients
        "You are responsible for ensuring that your contractors comply with this Agreement.",
        # (a public licence's own terms passed on with the code)
        "You may share object code only under a sublicence that complies with these terms.",
    ],
)
def test_terms_that_travel_with_no_limit_are_no_pass_through(clause: str) -> None:
    assert "pass-through" not in clause_limits(clause)


def test_deploying_to_ones_own_machines_shares_nothing() -> None:
    text = (
        "Harrowgate Licence\n\n1. You may copy the Toolkit onto servers for the sole purpose of "
        "distributing it to your own workstations.\n"
    )
    assert analyze_text(text).license.rights.share.status != "granted"


@pytest.mark.parametrize(
    ("leave", "banned"),
    [
        # leave over a part named apart leaves the ban on changing the work standing
        ("You may modify portions of the SDK supplied to you in source form.", True),
        # leave over the whole work lifts it (the control)
        ("You may modify the SDK.", False),
    ],
)
def test_leave_over_a_part_lifts_no_held_ban_on_changing_the_work(leave: str, banned: bool) -> None:
    text = (
        "Harrowgate SDK Licence\n\n"
        "1. This SDK is proprietary software of Harrowgate; you may not reverse engineer it.\n\n"
        "2. You may not modify the SDK except as permitted in this Agreement.\n\n"
        f"3. {leave}\n\n"
        "4. This Agreement is governed by Welsh law.\n"
    )
    assert ("no-derivatives" in read(text)[1]) is banned


@pytest.mark.parametrize(
    ("place", "narrow"),
    [
        ("distribute it to end users as contained within your app", True),
        ("distribute it to end users", False),  # the control
    ],
)
def test_sharing_only_inside_ones_app_is_no_leave_to_share_the_work(
    place: str, narrow: bool
) -> None:
    text = (
        "Harrowgate SDK Licence\n\n"
        "1. Harrowgate grants you a licence to (i) use the SDK to build your app and (ii) "
        f"include the SDK in your app and {place}.\n\n"
        "2. This Agreement is governed by Welsh law.\n"
    )
    assert ("no-redistribution" in read(text)[1]) is narrow


def test_a_defined_act_barred_elsewhere_is_read_from_its_definition() -> None:
    text = (
        "Harrowgate Terms\n\n"
        "1. 'Adaptation Work' means any modification or translation of the Manual.\n\n"
        "2. You shall not engage in any Adaptation Work.\n\n"
        "3. These terms are governed by Welsh law.\n"
    )
    lic = analyze_text(text).license
    found = [r for r in lic.restrictions if r.kind == "no-derivatives"]
    assert found and found[0].evidence[0].start_line == 5  # the ban's line, not the definition's


@pytest.mark.parametrize(
    "clause",
    [
        # a definition of the work itself: mentioning it bars nothing
        "'Information' means the maps and data licensed under these terms; no Information is "
        "provided with any warranty.",
        # a defined act that is only defined, never barred
        "'Adaptation Work' means any modification or translation of the Manual.",
    ],
)
def test_a_definition_alone_is_no_limit(clause: str) -> None:
    assert clause_limits(clause) == set()


def test_a_defined_use_of_the_marks_is_no_limit_on_the_work() -> None:
    text = (
        "Harrowgate Notice\n\n"
        "1. Harrowgate is a trademark. No commercial use of this trademark may be made without "
        "written permission.\n\n"
        '2. "Commercial use" means use of a name in a product or other for-profit manner.\n'
    )
    lic = analyze_text(text).license
    assert "field-of-use" not in {r.kind for r in lic.restrictions}
