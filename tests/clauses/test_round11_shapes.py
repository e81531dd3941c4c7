"""Shapes read in the eleventh round: lists whose items carry no marker or sit at their lead-in's
depth, use bans listed under a lead-in that bans, codec notices inside a licence, grants to a
licensee named by role, and readings that are no limit. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest

from licenseclass.clauses.analysis import analyze_text
from licenseclass.clauses.sentences import split_sentences
from licenseclass.core.model import INFORMATIONAL_KINDS


def limiting(text: str) -> set[str]:
    lic = analyze_text(text).license
    return {r.kind for r in lic.restrictions if r.kind not in INFORMATIONAL_KINDS}


_TERMS = "Corvid Desktop Terms\n\n{body}\n\nAll other rights are reserved by Corvid Labs.\n"


def terms(body: str) -> set[str]:
    return limiting(_TERMS.format(body=body))


# List layout ----------------------------------------------------------------------------


def test_unmarked_items_that_open_with_a_verb_hang_from_the_lead_in() -> None:
    text = (
        "You may not, and may not let anyone else:\n\n"
        "Copy or lend the application to others;\n\n"
        "Use the application to steer aircraft or run a power plant.\n\n"
        "Corvid Labs may update the application at any time.\n"
    )
    leads = {s.norm.split()[0]: s.lead for s in split_sentences(text)}
    assert leads["copy"].startswith("you may not")
    assert leads["use"].startswith("you may not")
    assert leads["corvid"] == ""  # a paragraph that opens with a name ends the list


def test_a_paragraph_at_the_lead_ins_depth_ends_an_indented_list() -> None:
    text = (
        "    The package holds these parts:\n\n"
        "        The viewer;\n\n"
        "        The command-line converter.\n\n"
        "    Payment is due within thirty days of the invoice.\n"
    )
    by_start = {s.norm.split()[1]: s.lead for s in split_sentences(text)}
    assert by_start["viewer;"] == "the package holds these parts"
    assert by_start["is"] == ""


def test_a_spelled_out_number_in_brackets_is_no_list_marker() -> None:
    text = "We grant you a right to (a) use one (1) copy of the tool; and (b) print its manual."
    items = [s.norm for s in split_sentences(text)]
    assert any(item.startswith("(a) use one (1) copy") for item in items)


# Use bans listed under a lead-in that bans ------------------------------------------------


def test_a_use_listed_under_what_you_cannot_do_is_a_field_of_use() -> None:
    body = (
        "You may install and use the application on your own computer.\n\n"
        "This is what you can NOT do with the application:\n\n"
        "    Rent or lend it to anyone.\n\n"
        "    Use the application to guide weapons or to run life support machines.\n"
    )
    assert "field-of-use" in terms(body)


@pytest.mark.parametrize(
    "item",
    [
        "use the application in any way that is against the law; or",
        "use the application to break into systems without authorisation; or",
        "use the application except as these terms allow; or",
    ],
)
def test_an_item_that_only_bans_unlawful_or_unlicensed_use_is_no_field(item: str) -> None:
    body = f"You may install and use the application.\n\nYou may not:\n\n* {item}\n* rent it out.\n"
    assert "field-of-use" not in terms(body)


def test_an_item_that_states_what_something_is_not_is_no_ban() -> None:
    body = (
        "You may copy and share the collection. The duty of section 2 does not apply here:\n\n"
        "a. Using the collection inside a larger anthology does not create a new collection.\n"
    )
    assert "field-of-use" not in terms(body)


# Codec patent pool notices -------------------------------------------------------------


_POOL_NOTICE = (
    "THIS PRODUCT IS LICENSED UNDER THE AVC PATENT PORTFOLIO LICENSES FOR THE PERSONAL AND "
    "NON-COMMERCIAL USE OF A CONSUMER TO (i) ENCODE VIDEO IN COMPLIANCE WITH THE AVC STANDARD "
    "AND/OR (ii) DECODE AVC VIDEO THAT WAS ENCODED BY A CONSUMER ENGAGED IN A PERSONAL AND "
    "NON-COMMERCIAL ACTIVITY. NO LICENSE IS GRANTED FOR ANY OTHER USE."
)


def test_a_codec_pool_notice_inside_a_licence_is_no_commercial_limit() -> None:
    body = f"You may install and use any number of copies of the player.\n\n{_POOL_NOTICE}\n"
    assert "non-commercial" not in terms(body)


def test_a_codec_pool_notice_on_its_own_keeps_its_limit() -> None:
    assert "non-commercial" in limiting(f"Video Notice\n\n{_POOL_NOTICE}\n")


def test_a_clarification_that_the_notice_does_not_limit_lists_no_banned_uses() -> None:
    body = (
        "You may install and use any number of copies of the player.\n\n"
        "For clarity, this notice does not limit the use of the player for ordinary business "
        "uses which do not include (i) redistribution of the player to third parties, or (ii) "
        "making videos for sale to third parties."
    )
    assert "field-of-use" not in terms(body)


# Grants ---------------------------------------------------------------------------------


def test_a_grant_to_a_licensee_named_by_role_scoped_to_internal_purposes() -> None:
    body = (
        "Corvid Labs grants to Customer a nonexclusive, revocable license to access and use "
        "the Product solely for Customer's internal purposes."
    )
    analysis = analyze_text(_TERMS.format(body=body))
    assert any("use" in g.rights for g in analysis.grants)
    assert "field-of-use" in terms(body)


def test_a_grant_to_the_licensor_by_name_is_still_a_grant_back() -> None:
    body = "You may use the Product. You grant to Corvid a license to use your feedback."
    grants = analyze_text(_TERMS.format(body=body)).grants
    assert all("feedback" not in g.evidence.text for g in grants)


def test_an_internal_non_commercial_evaluation_purpose_is_non_commercial() -> None:
    body = (
        "We grant you a limited right to use the binaries for the sole purpose of internal "
        "non-production and non-commercial evaluation of the Programs."
    )
    assert {"non-commercial", "non-production"} <= terms(body)


# No limit -------------------------------------------------------------------------------


def test_staff_bound_by_a_non_disclosure_agreement_is_no_pass_through() -> None:
    body = (
        "You may let your staff use the Product if they have signed a non-disclosure agreement "
        "with you on terms no less restrictive than those of this Agreement."
    )
    assert "pass-through" not in terms(body)


def test_an_inline_list_goes_on_where_a_later_item_starts_a_line() -> None:
    text = (
        "Restrictions. You will not, and will not let others: (a) decompile the kit, (b) copy\n"
        "its look and feel; (c) remove its notices;\n"
        "(d) rent the kit or use it as a service bureau.\n"
    )
    last = split_sentences(text)[-1]
    assert last.norm.startswith("(d) rent")
    assert last.lead.startswith("you will not")


# More wordings of known kinds -----------------------------------------------------------


@pytest.mark.parametrize(
    "ban",
    [
        "You may not host, share, publish or lend the software.",
        "You may not use the software to provide training or other services to third parties.",
    ],
)
def test_hosting_wordings(ban: str) -> None:
    assert "hosting-restriction" in terms(f"You may install and use the software.\n\n{ban}")


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvid can update and change this License by posting a new version at "
        "https://example.org/terms.html without notice to you.",
        "You accept the Corvid Terms of Service, each of which may be updated by us from time "
        "to time without notice to you.",
    ],
)
def test_terms_the_licensor_may_change_without_notice(sentence: str) -> None:
    assert "revocable-terms" in terms(f"You may use the application.\n\n{sentence}")


def test_new_numbered_versions_of_a_licence_are_not_revocable_terms() -> None:
    body = (
        "You may use, copy and share the application. The Corvid Foundation may revise this "
        "license from time to time. Each revision is distinguished by a version number."
    )
    assert "revocable-terms" not in terms(body)


@pytest.mark.parametrize(
    "duty",
    [
        "The licensee agrees to incorporate the most current version of the runtime classes.",
        "The licensee shall implement each Upgrade as it is made generally available by Corvid.",
    ],
)
def test_duties_to_stay_on_the_newest_version(duty: str) -> None:
    assert "latest-version" in terms(f"You may use the runtime.\n\n{duty}")


def test_no_changes_to_the_work_permitted() -> None:
    body = (
        "You may copy and distribute the runtime files. No modifications, additions, or "
        "deletions to the runtime files are permitted without written permission from Corvid."
    )
    assert "no-derivatives" in terms(body)


def test_no_changes_to_the_licence_text_is_no_limit_on_the_work() -> None:
    body = (
        "You may use, copy, modify and share the fonts. No modification of the license is "
        "permitted, only verbatim copy is allowed."
    )
    assert "no-derivatives" not in terms(body)


def test_copies_that_may_only_be_used_to_demonstrate_and_evaluate() -> None:
    body = (
        "You may use the application. Copies given out at trade shows may only be used for "
        "demonstration, testing and evaluation purposes."
    )
    assert "evaluation-only" in terms(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "You may not sell, lend or transfer the application, or derive income from the use or "
        "provision of the application.",
        "You may share the templates and sample projects non-commercially.",
        "You cannot copy the discs in order to sell or give away copies, or for any commercial "
        "purpose.",
    ],
)
def test_non_commercial_wordings(sentence: str) -> None:
    assert "non-commercial" in terms(f"You may use the application.\n\n{sentence}")


def test_commercially_or_non_commercially_is_both() -> None:
    body = "You may copy and share the files, either commercially or noncommercially."
    assert "non-commercial" not in terms(body)


# What a grant covers --------------------------------------------------------------------


@pytest.mark.parametrize(
    "samples_grant",
    [
        "However, you may use and create derivative works from Samples, provided that you keep "
        "their notices.",
        "Corvid grants you the following rights solely with respect to the sample source code "
        "contained in the Software: (a) use and modify it; and (b) reproduce and distribute it.",
    ],
)
def test_leave_to_change_the_samples_is_no_leave_to_change_the_work(samples_grant: str) -> None:
    body = (
        "The Software is licensed, not sold. You may install and use one copy of the Software on "
        f"a single computer. {samples_grant} You may not reverse engineer the Software. Corvid "
        "reserves all rights not expressly granted."
    )
    assert "no-derivatives" in terms(body)


def test_an_offer_of_another_licence_is_no_grant() -> None:
    body = (
        "You may use the fonts on five computers. To use them on more computers, you may obtain "
        "a license from Corvid (or its authorized distributor) for an additional fee."
    )
    rights = {r for g in analyze_text(_TERMS.format(body=body)).grants for r in g.rights}
    assert "distribute" not in rights


def test_internal_business_purposes_far_from_the_verb() -> None:
    body = (
        "Corvid grants you a license to install, run and display the Product, its manuals and "
        "any updates that Corvid may provide to you from time to time under a support plan, "
        "strictly for your own internal business purposes."
    )
    assert "field-of-use" in terms(body)


def test_sharing_named_among_uses_that_need_another_licence() -> None:
    body = (
        "You may use the Programs to build one prototype. If you want to use the Programs for "
        "any purpose other than as permitted under this agreement, including but not limited "
        "to distribution of the Programs, you must obtain a valid Corvid license permitting "
        "such use."
    )
    # (a short text without a reservation, so nothing is read as left out of the grant)
    assert "no-redistribution" in limiting(f"Corvid Prototype Terms\n\n{body}\n")


# What a grant's own words deny ------------------------------------------------------------


def _rights(body: str) -> set[str]:
    return {r for g in analyze_text(_TERMS.format(body=body)).grants for r in g.rights}


def test_an_act_the_grant_denies_in_so_many_words_is_not_granted() -> None:
    body = (
        "Corvid grants you a limited license (without the right to sublicense) to use and copy "
        "the specification."
    )
    assert "sublicense" not in _rights(body)
    assert {"use", "reproduce"} <= _rights(body)


def test_items_that_forbid_are_no_grant_of_what_they_forbid() -> None:
    body = (
        "Permission to use the Materials is granted, provided that:\n\n"
        "(a) the notice appears on every copy;\n"
        "(b) the Materials may not be modified or altered in any way; and\n"
        "(c) the Materials may not be redistributed.\n"
    )
    assert _rights(body).isdisjoint({"modify", "distribute"})


def test_the_licensor_distributing_to_you_is_no_grant() -> None:
    body = "Some parts of the kit may be distributed to you with third-party tools."
    assert "distribute" not in _rights(body)


def test_a_section_numbered_with_a_letter_is_an_item_of_its_lead_in() -> None:
    text = (
        "2.1. The Grant\n\nCorvid hereby grants You a world-wide license, subject to claims:\n\n"
        "2.1.a. under its copyrights to use, reproduce, modify and distribute the Code; and\n"
    )
    item = split_sentences(text)[-1]
    assert item.lead.startswith("corvid hereby grants you")


def test_a_grant_to_use_covers_what_use_is_defined_to_include() -> None:
    body = (
        '"Use" - As a verb, means doing any act that copyright restricts, and includes '
        "distributing, copying and preparing derivative works of the Collection.\n\n"
        "Corvid grants You a worldwide, royalty-free license to Use the Collection."
    )
    assert {"modify", "distribute"} <= _rights(body)


def test_a_denied_act_ends_at_its_clause() -> None:
    body = "You may copy the kit, and you may not modify it but you may distribute it."
    assert {"reproduce", "distribute"} <= _rights(body)
    assert "modify" not in _rights(body)
