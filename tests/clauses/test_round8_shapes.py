"""Shapes read in the eighth round: scoped grants, narrow places of sharing read through asides,
list layout, what a grant leaves out said outright, and readings that are no limit. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from licenseclass.clauses.analysis import analyze_text
from licenseclass.clauses.sentences import split_sentences
from licenseclass.core.model import INFORMATIONAL_KINDS


def limiting(text: str) -> set[str]:
    lic = analyze_text(text).license
    return {r.kind for r in lic.restrictions if r.kind not in INFORMATIONAL_KINDS}


_TERMS = "Harrow Toolkit Terms\n\n{body}\n\nAll other rights are reserved by Harrow Ltd.\n"


def terms(body: str) -> set[str]:
    return limiting(_TERMS.format(body=body))


# Grants scoped to one activity or to use with one thing ---------------------------------


@pytest.mark.parametrize(
    "grant",
    [
        "You may use the typeface solely for drawing mock-ups of screens for your own products.",
        "Harrow grants you a license to use the toolkit only for the purpose of building, "
        "testing and showing your application, and not for any other purpose.",
        "Harrow grants you a license to copy the firmware, for use solely in conjunction with "
        "a controller board supplied by Harrow.",
    ],
)
def test_a_grant_scoped_to_one_activity_is_a_field_of_use(grant: str) -> None:
    assert "field-of-use" in terms(grant)


def test_a_grant_that_is_itself_narrow_lifts_no_other_purpose() -> None:
    body = (
        "You may use the typeface solely for drawing mock-ups of screens. You may use the "
        "typeface only for the purposes described in these terms."
    )
    assert "field-of-use" in terms(body)


def test_a_grant_for_any_purpose_is_no_field() -> None:
    body = "You may use the toolkit for any purpose, including building and selling products."
    assert "field-of-use" not in terms(body)


def test_windows_devices_only() -> None:
    body = "You may install and use the viewer on up to five of your Windows 11 devices."
    assert "field-of-use" in terms(body)


def test_only_registered_developers() -> None:
    body = "You may use the typeface only if you are a registered Harrow developer."
    assert "excluded-persons" in terms(body)


# Sharing only in a narrow place --------------------------------------------------------


@pytest.mark.parametrize(
    "grant",
    [
        "Harrow grants you a license to reproduce and distribute the runtime, provided that "
        "(i) you distribute the runtime complete and unmodified and only bundled as part of, "
        "and for the sole purpose of running, your applets, and (ii) you add significant "
        "functionality to it.",
        "You are granted a right to copy and distribute the runtime provided that you: "
        "(i)distribute the runtime unmodified, only as part of, and for the sole purpose of "
        "running, your Java applet; (ii) do not remove any notices.",
    ],
)
def test_sharing_only_inside_the_licensees_program_read_through_an_aside(grant: str) -> None:
    assert "no-redistribution" in terms(grant)


def test_a_distributable_part_is_not_a_verb_of_sharing() -> None:
    body = (
        "You may copy and distribute the object code form of the Distributable Code. You may "
        "also combine the Distributable Code with your programs, provided that the "
        "Distributable Code is only used as part of and in conjunction with your programs."
    )
    assert "no-redistribution" not in terms(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "No other distribution of the runtime is allowed.",
        "All other files shipped with the toolkit are NOT redistributable.",
        "You may distribute the runtime with your product, provided that you do not permit "
        "further redistribution of the runtime by your end-user customers.",
        "The source code shall be distributed exclusively by Harrow.",
    ],
)
def test_what_sharing_leaves_out_said_outright(sentence: str) -> None:
    assert "no-redistribution" in terms(f"You may use the toolkit. {sentence}")


def test_a_tool_ban_beside_leave_to_share_distributable_code() -> None:
    body = (
        "You may copy and distribute the object code form of the Distributable Code with your "
        "programs. You may not share, publish, rent or lease the software, or transfer the "
        "software or this agreement to any third party."
    )
    assert "no-redistribution" not in terms(body)


# Lists -----------------------------------------------------------------------------------


def test_dot_bullets_and_wrapped_items_keep_the_lead_in() -> None:
    body = (
        "You may install and use the toolkit. You may not\n\n"
        ". decompile the toolkit, except and only to\n\n"
        "the extent that the law of your country permits it;\n\n"
        ". rent or lend the toolkit; or\n\n"
        ". use the toolkit for commercial software hosting services."
    )
    assert "hosting-restriction" in terms(body)


def test_an_items_later_sentence_is_not_read_after_the_lead_in() -> None:
    text = (
        "You may not:\n\n"
        "- rent the toolkit. A Partner Tool is a tool that is shared with partners.\n\n"
        "- sell the toolkit.\n"
    )
    later = [s for s in split_sentences(text) if s.norm.startswith("a partner tool")]
    assert later and later[0].lead == ""


def test_a_ban_list_read_past_an_act_the_verbs_do_not_name() -> None:
    body = (
        "You may use the toolkit. You may not, nor may you help any other person to modify, "
        "translate, port to another programming language, decompile or disassemble the toolkit."
    )
    assert "no-derivatives" in terms(body)


def test_changes_that_may_not_reach_a_third_party_are_no_ban_on_changing() -> None:
    body = (
        "You may use and modify the toolkit for your own needs. You may not transfer, rent, "
        "copy, modify, translate or sublicense the toolkit to any third party."
    )
    assert "no-derivatives" not in terms(body)


# Hosting ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ban",
    [
        "You may not, whether by yourself or together with other persons, provide the toolkit, "
        "whether in a repackaged form or combined with your own works, to a third party as a "
        "hosted or managed service.",
        "You may not time-share the toolkit.",
        "You may not use the toolkit on behalf of any third party.",
    ],
)
def test_hosting_bans(ban: str) -> None:
    assert "hosting-restriction" in terms(f"You may use the toolkit. {ban}")


# Scopes, policies, evaluation --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("All broadcast and promotional uses are excluded from the above rights.", "field-of-use"),
        (
            "Your license does not extend to use in support of any hazardous process.",
            "field-of-use",
        ),
        ("This license is for the sole purpose of letting you try the Service.", "field-of-use"),
        ("No license is granted for any Military Use.", "field-of-use"),
        (
            "You must follow any policies made available to you within the Service.",
            "acceptable-use-policy",
        ),
        ("Selling the toolkit on its own is expressly forbidden.", "no-selling"),
        ("Upon written permission from Harrow, the toolkit may be modified.", "no-derivatives"),
    ],
)
def test_limits_said_of_the_license_itself(sentence: str, kind: str) -> None:
    assert kind in terms(f"You may use and copy the toolkit. {sentence}")


def test_no_license_for_any_other_purpose_names_commerce_and_production() -> None:
    body = (
        "Harrow grants you a license to use the toolkit internally for the sole purpose of "
        "evaluation, for a period of thirty days. No license is granted hereunder for any other "
        "purpose, including any commercial or production use of the toolkit."
    )
    assert {"evaluation-only", "non-commercial", "non-production"} <= terms(body)


@pytest.mark.parametrize(
    "grant",
    [
        "Harrow grants you a license to use the toolkit solely for your internal, "
        "non-commercial evaluation.",
        "You may use the toolkit during a test period of at most 30 days.",
    ],
)
def test_evaluation_scopes(grant: str) -> None:
    assert "evaluation-only" in terms(grant)


@pytest.mark.parametrize(
    "pass_on",
    [
        "You may distribute the toolkit only under the terms of a valid, binding license that "
        "makes no promises on behalf of Harrow and is no less protective of Harrow than this one.",
        "If you distribute the toolkit on its own, you will do so under these terms or your own "
        "license agreement which (a) complies with the terms of this agreement.",
    ],
)
def test_pass_through_terms(pass_on: str) -> None:
    assert "pass-through" in terms(f"You may use the toolkit. {pass_on}")


# Readings that are no limit ----------------------------------------------------------------


def test_a_confidentiality_duty_is_not_a_pass_through() -> None:
    body = (
        "Each party may share confidential information with its employees who are bound to "
        "protect it against disclosure or use in a manner no less protective than required "
        "under this agreement."
    )
    assert "pass-through" not in terms(f"You may use the toolkit. {body}")


def test_a_license_over_the_users_content_is_no_grant() -> None:
    text = (
        "Service Terms\n\nWhen you upload content, you give Harrow (and its partners) a worldwide "
        "license to use, host, store, reproduce, modify and distribute such content.\n"
    )
    grants = analyze_text(text).grants
    assert not any("modify" in g.rights for g in grants)


def test_acts_a_proviso_says_may_not_be_done_are_not_granted() -> None:
    text = (
        "Manual Terms\n\nYou may make and use copies of the manual, provided that such copies "
        "are used only for your own purposes and are not to be republished or distributed.\n"
    )
    assert not any("distribute" in g.rights for g in analyze_text(text).grants)


def test_a_part_under_other_licenses_is_no_grant_of_these_terms() -> None:
    text = (
        "Viewer Terms\n\nA source version of certain viewer features that you may use, modify "
        "and distribute is available from Harrow under the Mozilla Public and other open source "
        "licenses.\n"
    )
    assert analyze_text(text).grants == ()


def test_export_end_uses_are_export_terms_not_a_field_of_use() -> None:
    body = (
        "As required by law, you will not use or transfer the toolkit for use in any sensitive "
        "nuclear or missile technology end-uses unless authorized by the U.S. Government."
    )
    assert "field-of-use" not in terms(f"You may use the toolkit. {body}")


def test_a_damages_cap_is_no_revenue_threshold() -> None:
    body = "Harrow will not be liable for direct damages in excess of $1,000 or for lost revenue."
    assert "revenue-threshold" not in terms(f"You may use the toolkit. {body}")


# Ninth round (from holdout9's failures) ------------------------------------------------------


def test_sharing_only_integrated_with_the_licensees_products() -> None:
    body = (
        "Licensee may distribute the runtime (in object code form) integrated with Licensee "
        "software products only."
    )
    assert "no-redistribution" in terms(body)


def test_only_if_after_a_form_is_a_condition_not_a_narrow_place() -> None:
    text = (
        "Covered Code Terms\n\nYou may modify the Covered Code. You may distribute the Source "
        "Code form of Covered Code under these terms. You may distribute Covered Code in "
        "Executable form only if the requirements of Section 3 have been met.\n"
    )
    assert "no-redistribution" not in limiting(text)


def test_three_ways_of_passing_the_work_on_ban_sharing() -> None:
    body = (
        "You may use the materials. You may not rent, lease, sub-license, sell, assign, pledge, "
        "transfer or otherwise dispose of the materials."
    )
    assert "no-redistribution" in terms(body)


@pytest.mark.parametrize(
    "pass_on",
    [
        "The terms under which you distribute your application must be consistent with the "
        "terms of this agreement.",
        "You must require distributors, OEMs and end users to agree to terms that protect the "
        "runtime at least as much as this agreement.",
        "You must require distributors and external end users to agree to the Harrow license "
        "terms.",
    ],
)
def test_pass_through_said_otherwise(pass_on: str) -> None:
    assert "pass-through" in terms(f"You may copy and distribute the runtime. {pass_on}")


def test_pass_through_lead_in_above_what_the_agreement_must_say() -> None:
    body = (
        "Harrow grants you a license to reproduce and distribute the runtime, provided that: "
        "(i) you distribute it unmodified; (ii) you only distribute the runtime subject to a "
        "license agreement that:\n\n(a) is a complete copy of this agreement; or\n\n(b) keeps "
        "Harrow's interests safe."
    )
    assert "pass-through" in terms(body)


@pytest.mark.parametrize(
    "duty",
    [
        "You agree to notify Harrow when you incorporate the server in your product.",
        "You shall provide Harrow with a written notice for each publication of the toolkit.",
    ],
)
def test_telling_the_licensor_is_registration(duty: str) -> None:
    assert "registration" in terms(f"You may use and copy the toolkit. {duty}")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Harrow grants you a license to use the toolkit solely for the purpose of "
            "non-production and non-commercial evaluation and testing.",
            "non-production",
        ),
        (
            "You may distribute the runtime with your application, provided that you do not "
            "charge your end users any additional fees for the runtime.",
            "no-selling",
        ),
        (
            "You may not use the toolkit with any system where the use or failure of the system "
            "could lead to death or serious injury.",
            "field-of-use",
        ),
        (
            "You may install and use the viewer on your devices running licensed copies of "
            "Microsoft Windows.",
            "field-of-use",
        ),
        ("Harrow may make changes to these terms as it ships new versions.", "revocable-terms"),
    ],
)
def test_ninth_round_limits(sentence: str, kind: str) -> None:
    assert kind in terms(sentence)


def test_the_licensees_own_purposes_and_the_like() -> None:
    text = (
        "Source Terms\n\nA developer who received the source code may, under the following "
        "conditions:\n\n(1) copy and modify the source code for its own research, development "
        "and the like.\n"
    )
    assert "field-of-use" in limiting(text)


def test_persons_export_law_bars_are_no_excluded_persons() -> None:
    body = (
        "You may use the kit. You may not use the kit if you are a person barred from receiving "
        "the kit under the laws of the United States."
    )
    assert "excluded-persons" not in terms(body)


def test_running_the_licensees_program_is_the_place_of_sharing_not_a_field() -> None:
    body = (
        "Harrow grants you a license to reproduce and distribute the runtime complete and "
        "unmodified, for the sole purpose of running your program into which it is bundled."
    )
    assert "field-of-use" not in terms(body)


def test_a_use_grant_for_running_programs_is_a_field() -> None:
    body = (
        "Harrow grants you a license to reproduce and use internally the runtime for the sole "
        "purpose of running your programs."
    )
    assert "field-of-use" in terms(body)


def test_contractors_acting_for_the_licensee_lift_no_purpose() -> None:
    body = (
        "Harrow grants you a license to use the toolkit only for the purpose of developing and "
        "testing your application. You may allow your contractors to use the toolkit, provided "
        "they are acting on your behalf."
    )
    assert "field-of-use" in terms(body)


def test_use_while_the_application_serves_no_commerce_or_production() -> None:
    body = (
        "You may use the toolkit only as long as your application has not been used for any "
        "business, commercial, or production purposes."
    )
    assert {"non-commercial", "non-production"} <= terms(body)


def test_leave_to_publish_ones_results_is_no_grant() -> None:
    text = (
        "Lab Terms\n\nYou may publish (or present papers) on your results from using the "
        "toolkit, provided that you credit Harrow.\n"
    )
    assert analyze_text(text).grants == ()


def test_a_short_aside_between_a_ban_and_its_verbs() -> None:
    body = (
        "You may install and use the toolkit. You will not (and have no right to) share, "
        "publish, distribute, or lend the toolkit."
    )
    assert "no-redistribution" in terms(body)


def test_a_lead_in_that_bans_grants_nothing() -> None:
    text = (
        "Subscription Terms\n\nHarrow grants you a license to use the toolkit as follows:\n\n"
        "(A) You may:\n\n(i) install and use the toolkit on your computers;\n\n"
        "(B) You may not:\n\n(i) rent, lease, reproduce, modify, distribute or sublicense the "
        "toolkit.\n"
    )
    grants = analyze_text(text).grants
    assert not any("modify" in g.rights or "distribute" in g.rights for g in grants)


def test_copies_for_backup_or_testing_output_are_no_evaluation_limit() -> None:
    body = (
        "You may make copies solely for the purpose of testing the output of the toolkit "
        "internally or for backup purposes."
    )
    assert "evaluation-only" not in terms(f"You may use the toolkit. {body}")


def test_a_line_ending_in_a_lead_in_starts_its_list() -> None:
    text = (
        "Kit Terms\n\n"
        "    SCOPE. The kit is licensed, not sold. You may not\n"
        "        work around any technical limits in the kit;\n"
        "        rent or lease the kit; or\n"
        "        provide the kit as a stand-alone hosted solution for others to use.\n"
    )
    assert "hosting-restriction" in limiting(text)


def test_what_plugins_do_binds_no_licensee() -> None:
    body = (
        "You may write plugins for the toolkit. Plugins do not modify or distribute the source "
        "code of the toolkit; they use its interface."
    )
    assert not {"no-derivatives", "no-redistribution"} & terms(body)


# Tenth round (from holdout10's failures) -----------------------------------------------------


@pytest.mark.parametrize(
    "pass_on",
    [
        "Any redistribution of the kit or portions of it must be subject to an end user license "
        "agreement.",
        "You shall require your end users to execute an agreement binding them to terms "
        "consistent with those in this section.",
        "You must require that all users of the work also comply with the permitted uses.",
        "Such recipients or sublicensees may only use the kit subject to the terms of this "
        "License.",
    ],
)
def test_pass_through_tenth_round(pass_on: str) -> None:
    assert "pass-through" in terms(f"You may copy and distribute the kit. {pass_on}")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "As this License is updated for future releases, you agree to abide by all "
            "requirements of future updates of this License.",
            "revocable-terms",
        ),
        (
            "You agree to be bound by the current Terms displayed on the Harrow web site.",
            "revocable-terms",
        ),
        ("You are required to notify Harrow prior to use of the kit in a product.", "registration"),
        ("This trial license applies only if you have registered with Harrow.", "registration"),
        ("Distributions are permitted only with your products.", "no-redistribution"),
        (
            "Selling, lending or otherwise transferring the fonts to a third party is strictly "
            "prohibited.",
            "no-redistribution",
        ),
        ("The following is prohibited: modifying the fonts or merging them.", "no-derivatives"),
        (
            "Licensee shall have no right to use the kit for productive or commercial use.",
            "non-commercial",
        ),
        (
            "Licensee shall have no right to use the kit for productive or commercial use.",
            "non-production",
        ),
        (
            "You may use the kit strictly for your internal evaluation and review purposes.",
            "evaluation-only",
        ),
        (
            "You may not use the kit to provide content through a web server on external-facing "
            "servers.",
            "hosting-restriction",
        ),
    ],
)
def test_tenth_round_limits(sentence: str, kind: str) -> None:
    assert kind in terms(f"You may use the kit. {sentence}")


def test_a_codec_patent_pool_notice_is_not_the_works_limit() -> None:
    body = (
        "You may use and copy the player. This product is licensed under the AVC patent "
        "portfolio license for the personal non-commercial use of a consumer to decode video."
    )
    assert "non-commercial" not in terms(body)
