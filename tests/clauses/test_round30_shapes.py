"""Shapes read in the thirtieth round, from the failures of newer3 and rules2 (tuning parts from
that round): leave that another deal gives, grants with no licensee named, reservations of what
is not granted, purposes kept by "excluding" or by "limited to", ties to a maker's devices, user
caps, and bans said with an intensifier or in a series of "from ... or from ...". Every sentence
here is written for the test."""

from __future__ import annotations

import pytest
from gadget import read

from licenseclass.clauses.analysis import analyze_text
from licenseclass.clauses.gate import TermsReading


def limiting(text: str) -> set[str]:
    return read(text)[1]


def level(text: str) -> str:
    return read(text)[0]


# Leave that another deal gives, and what the text keeps back ---------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "You may use the Toolkit. You may not make derivative works of the Toolkit unless you "
            "have agreed to separate terms with Corvane permitting such changes.",
            "no-derivatives",
        ),
        (
            "You may use the Toolkit. You may not redistribute the Toolkit unless you have "
            "obtained a separate written license from Corvane.",
            "no-redistribution",
        ),
    ],
)
def test_a_ban_lifted_only_by_another_deal_still_bans(text: str, kind: str) -> None:
    assert kind in limiting(text)


def test_a_ban_under_a_condition_the_licensee_meets_is_no_ban() -> None:
    text = (
        "You may use, copy and modify the Toolkit. You may not redistribute the Toolkit unless "
        "you include this notice with every copy."
    )
    assert "no-redistribution" not in limiting(text)


def test_no_other_rights_granted_keeps_sharing_and_changes_back() -> None:
    text = (
        "You may use the Toolkit on your own computers. You are not granted any other rights "
        "beyond what is expressly stated herein."
    )
    assert level(text) == "closed"
    # the same grant without the reservation says nothing of the rest
    assert level("You may use the Toolkit on your own computers.") == "unknown"


def test_a_ban_and_a_reservation_with_no_grant_read_is_closed() -> None:
    text = (
        "The Toolkit may only be used if you have accepted the Corvane Service Terms. You may "
        "not modify the Toolkit or publish patches to it. You are not granted any other rights "
        "beyond what is expressly stated herein."
    )
    assert level(text) == "closed"


# Grants -----------------------------------------------------------------------------------------


def test_a_grant_that_names_no_licensee() -> None:
    text = (
        "The authors grant non-exclusive, royalty-free rights to use the Toolkit for research "
        "purposes."
    )
    assert level(text) == "restricted"
    assert "research-only" in limiting(text)


@pytest.mark.parametrize(
    "text",
    [
        # a right the licensee may not pass on, inside a ban
        "The Licensee is not allowed to grant others the right to use the Toolkit for a fee.",
        # the licensor's own right
        "Corvane reserves the right to grant the right to use the Toolkit to third parties.",
    ],
)
def test_a_right_to_use_spoken_of_is_no_grant(text: str) -> None:
    assert level(text) == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "The licensee is given the right to adapt the Toolkit and to redistribute the adapted "
        "version.",
        "It is a right of the licensee to redistribute unaltered copies of the Toolkit.",
    ],
)
def test_leave_given_as_a_right_of_the_licensee(text: str) -> None:
    assert analyze_text(text).license.rights.share.status == "granted"
    # the words alone, said of no licensee, give nothing
    assert analyze_text("It is a right to redistribute copies.").license.rights.share.status != (
        "granted"
    )


# Purposes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "This agreement is made for teaching and research purposes, excluding any direct or "
            "indirect commercial use.",
            {"non-commercial"},
        ),
        (
            "You may share copies, but commercial use is utterly forbidden.",
            {"non-commercial"},
        ),
        (
            "The Toolkit may be used for research and/or evaluation purposes only.",
            {"research-only", "evaluation-only"},
        ),
        (
            "You may run the Toolkit, as long as the usage is limited to a testing or development "
            "environment.",
            {"non-production"},
        ),
        (
            "The Toolkit may be used only for the Licensee's own internal computing requirements.",
            {"field-of-use"},
        ),
    ],
)
def test_purposes_kept_in_other_words(text: str, kinds: set[str]) -> None:
    assert kinds <= limiting(text)


def test_a_loss_excluded_from_damages_is_no_purpose() -> None:
    assert "non-commercial" not in limiting(
        "Damages, excluding any commercial use losses, are limited to the fee paid."
    )


def test_a_grant_with_its_own_ban_on_commerce_is_no_commercial_grant() -> None:
    # "commercial use" after the grant's own ban does not make the grant a commercial one
    text = "You may redistribute the Toolkit, but commercial use is not permitted."
    assert level(text) == "restricted"
    assert "non-commercial" in limiting(text)


def test_a_series_of_bans_after_prohibited_from() -> None:
    text = (
        "The User is notably prohibited from making the Toolkit directly or indirectly available "
        "to third parties (such as by sale, rental or lending) or from carrying out any commercial "
        "use without the prior authorization of Corvane."
    )
    assert {"no-redistribution", "non-commercial"} <= limiting(text)


# Ties, caps and charges ------------------------------------------------------------------------


def test_a_tie_to_devices_a_maker_designed() -> None:
    text = (
        "You may use, copy and distribute the Toolkit for commercial purposes provided the "
        "Toolkit is at all times used on a device designed, licensed or developed by Corvane."
    )
    assert "field-of-use" in limiting(text)


def test_at_all_times_about_a_notice_is_no_tie() -> None:
    text = (
        "You may use, copy, modify and distribute the Toolkit. The copyright notice must at all "
        "times be kept with the Toolkit."
    )
    assert "field-of-use" not in limiting(text)


def test_a_cap_on_distinct_users_said_twice() -> None:
    text = (
        "The Toolkit is free to use in any organization for up to, but not exceeding, 25 "
        "(twenty five) distinct users."
    )
    assert "user-threshold" in limiting(text)


def test_no_charge_beyond_costs_is_a_ban_on_selling() -> None:
    text = (
        "Use and redistribution are permitted only if all the following conditions are met:\n\n"
        "1. Redistributions are made at no charge beyond the reasonable cost of materials and "
        "delivery.\n\n"
        "2. Redistributions carry this notice."
    )
    assert "no-selling" in limiting(text)


def test_no_charge_as_one_way_among_others_is_no_ban() -> None:
    text = (
        "Use and redistribution are permitted only if each of the following conditions is met:\n\n"
        "1. Redistributions qualify as free software under one of the following terms:\n\n"
        "Redistributions are made at no charge beyond the reasonable cost of materials and "
        "delivery.\n\n"
        "Redistributions are accompanied by a copy of the source code.\n\n"
        "2. Redistributions carry this notice."
    )
    assert "no-selling" not in limiting(text)


def test_the_licensor_allowed_to_change_the_terms_as_it_sees_fit() -> None:
    text = (
        "You may use and copy the Toolkit. The original author is allowed to change the license "
        "terms as he sees fit."
    )
    assert "revocable-terms" in limiting(text)


# The terms gate ----------------------------------------------------------------------------------


def test_a_long_agreement_rich_in_licensing_words_needs_a_smaller_share() -> None:
    # a master agreement: many sentences of services and fees, few that state terms
    rich = TermsReading(
        sentences=336, term_sentences=30, vocabulary=31, code_share=0.0, off_topic=0
    )
    plain = TermsReading(
        sentences=336, term_sentences=30, vocabulary=12, code_share=0.0, off_topic=0
    )
    assert rich.reads_as_terms()
    assert not plain.reads_as_terms()


# Shareware and research grants -------------------------------------------------------------------


def test_a_free_try_and_a_licence_to_buy_for_long_use() -> None:
    text = (
        "You can download and evaluate the Toolkit for free, but need to purchase a license for "
        "long-term use."
    )
    assert {"evaluation-only", "registration"} <= limiting(text)


def test_a_licence_bought_after_a_test_period_is_the_trial_itself() -> None:
    text = (
        "You may use the Toolkit during a test period of 30 days. Following this test period, "
        "the user must purchase a license to continue using the Toolkit."
    )
    assert "registration" not in limiting(text)


def test_researchers_allowed_to_copy_for_research_or_teaching() -> None:
    text = (
        "Corvane allows researchers at your Institution to copy and modify the Toolkit, for "
        "internal, non-profit research or educational purposes."
    )
    assert analyze_text(text).license.rights.modify.status == "granted"
    assert "research-only" in limiting(text)


def test_research_among_commercial_purposes_is_no_limit() -> None:
    text = "You may use the Toolkit for commercial, research or educational purposes."
    assert "research-only" not in limiting(text)


def test_a_grant_that_excludes_service_bureau_use() -> None:
    text = (
        "Corvane hereby grants User a license to use the Toolkit solely for internal purposes "
        "related to your business (and not for service bureau, time-sharing or similar services)."
    )
    assert {"field-of-use", "hosting-restriction"} <= limiting(text)


@pytest.mark.parametrize(
    "text",
    [
        "You may redistribute the Toolkit, provided that the redistribution doesn't result in "
        "financial gain.",
        "You may copy and pass on the Toolkit, provided that the transference is done without "
        "financial return.",
    ],
)
def test_sharing_kept_free_of_gain(text: str) -> None:
    assert "no-selling" in limiting(text)


def test_a_registration_that_may_be_asked_is_no_condition() -> None:
    maybe = "To use the Toolkit online, you may be required to register with Corvane."
    must = "To use the Toolkit online, you are required to register with Corvane."
    assert "registration" not in limiting(maybe)
    assert "registration" in limiting(must)


@pytest.mark.parametrize(
    "text",
    [
        "You may copy the Toolkit. The conditions of this Licence are imposed upon the receiver "
        "of the Toolkit.",
        "You may not make any Rule available to any individual or entity who has not agreed to "
        "the terms of this Agreement.",
        "You may share the Toolkit, provided you ensure that no third party receives it from you "
        "without first having read and agreed to the terms of this License.",
        "You must ensure that no additional rights to the Toolkit are granted to sublicensees "
        "other than those granted to you.",
    ],
)
def test_terms_carried_to_those_downstream(text: str) -> None:
    assert "pass-through" in limiting(text)


def test_the_licensees_own_acceptance_is_no_pass_through() -> None:
    text = "You may not redistribute the Toolkit without first having agreed to this Agreement."
    assert "pass-through" not in limiting(text)


@pytest.mark.parametrize(
    "text",
    [
        "You may use this manual for internal or educational purposes only.",
        "You may copy and use the List for your internal, reference purposes.",
        "You may install and use the Toolkit only for Licensee's own internal production use.",
    ],
)
def test_internal_use_of_a_named_kind(text: str) -> None:
    assert "field-of-use" in limiting(text)


@pytest.mark.parametrize(
    "text",
    [
        "You may use the Toolkit for internal and external purposes.",
        # internal research is research-only's, not a second limit
        "You may use the Toolkit only for internal research purposes.",
    ],
)
def test_internal_uses_that_are_no_field(text: str) -> None:
    assert "field-of-use" not in limiting(text)


@pytest.mark.parametrize(
    "text",
    [
        "You can redistribute the Toolkit, but only where there has been no modification to it.",
        "You may redistribute the Toolkit only if it has not been modified.",
    ],
)
def test_sharing_kept_to_copies_never_changed(text: str) -> None:
    assert "no-derivatives" in limiting(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("REDISTRIBUTION NOT PERMITTED", "no-redistribution"),
        ("Modifications not allowed.", "no-derivatives"),
    ],
)
def test_bans_said_by_the_acts_noun_alone(text: str, kind: str) -> None:
    assert kind in limiting(text)


def test_a_heading_ban_with_a_condition_is_no_bare_ban() -> None:
    text = "Redistribution not permitted unless you comply with these terms."
    assert "no-redistribution" not in limiting(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Toolkit (altered or otherwise) may not be distributed to entities beyond the license "
        "holder.",
        "You may not distribute the Toolkit to anyone other than the license holder.",
    ],
)
def test_the_license_holder_is_a_person_not_the_terms(text: str) -> None:
    assert "no-redistribution" in limiting(text)


def test_a_ban_on_passing_on_the_license_is_not_on_the_work() -> None:
    assert "no-redistribution" not in limiting("The license may not be transferred.")


def test_commercial_usage_banned() -> None:
    text = "You are not allowed to use the Fonts for any commercial usage."
    assert "non-commercial" in limiting(text)


@pytest.mark.parametrize(
    "text",
    [
        "You will not share the License Key with any third parties, other than your affiliates.",
        "Licensee is strictly prohibited from altering or tampering with the License Key "
        "validation.",
    ],
)
def test_a_license_key_is_not_the_work(text: str) -> None:
    assert limiting(text) == set()


def test_the_laws_lawful_owner_of_a_copy_is_no_class_of_persons() -> None:
    text = (
        "The owner of the Distribution, as a person that lawfully owns a copy of a computer "
        "program, has a right to freely reproduce the Distribution under the applicable law."
    )
    assert "excluded-persons" not in limiting(text)
    kept = "You may use the Book only if the team owns a copy of the Book Companion."
    assert "excluded-persons" in limiting(kept)
