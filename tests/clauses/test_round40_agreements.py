"""Shapes of end-user agreements and proprietary notices the reader misread (fortieth round).

Each test names the kind of wording; the sentences are invented (a made-up "gadget"), written
after the shapes met in licensedcode-data's proprietary-license rules.

- A licence the *user* grants the licensor over what the user posts is no leave to the user.
- "may use X and may not otherwise modify, adapt, translate, or create derivative works": the
  ban's list runs past its commas.
- "This Agreement is entered into for academic and research purposes": the agreement's purpose
  scopes its grant (research-only).
- "install copies sufficient to distribute content": a server passes on content, not itself.
- A duty to use the work only for test or evaluation purposes is evaluation-only.
- Every use the text does not give needs another agreement: registration; so do reports of use
  to the licensor and a licence to buy before use.
- Assignment clauses ("neither this Agreement nor any right under it may be assigned, sold")
  are no ban on sharing the work.
- "not designed, manufactured or intended for use in: (a) nuclear facilities" is a disclaimer.
- "host or redistribute this Software publicly" is about download copies, not a hosted service.
- "The Parties may amend this EULA in writing" is no power to change the terms at will.
"""

from __future__ import annotations

import pytest
from gadget import read, terms

from licenseclass.clauses.analysis import analyze_text

GRANT = "You may use, copy, modify and distribute the gadget."
USE_ONLY = "Acme grants you a limited, non-transferable license to use the gadget."


def test_a_licence_the_user_grants_over_posted_content_gives_the_user_nothing() -> None:
    text = terms(
        USE_ONLY,
        "By posting content, User hereby grants Acme a perpetual, worldwide license to use, "
        "reproduce, distribute, modify and adapt the User Content.",
        "User may use the gadget as permitted herein and may not otherwise modify, adapt, "
        "translate, or create derivative works based on the gadget.",
        "User may not copy, republish or distribute the gadget.",
    )
    found = analyze_text(text)
    assert found.verdict.level == "closed"
    assert found.license.rights.modify.status == "denied"
    assert found.license.rights.share.status == "denied"


def test_leave_to_modify_after_a_ban_of_another_act_is_still_given() -> None:
    # the ban's list ends where another "may" starts
    found = analyze_text(
        terms("You may not sublicense the gadget, but you may copy, modify and distribute it.")
    )
    assert found.license.rights.modify.status in ("granted", "conditional", "restricted")


@pytest.mark.parametrize(
    "sentence",
    [
        "This Agreement is entered into for academic and research purposes.",
        "This license is granted solely for research purposes.",
    ],
)
def test_the_agreements_own_purpose_scopes_its_grant(sentence: str) -> None:
    assert "research-only" in read(terms(GRANT, sentence))[1]


def test_a_research_purpose_stated_as_history_is_no_limit() -> None:
    sentence = "The gadget was developed for research purposes at the University."
    assert "research-only" not in read(terms(GRANT, sentence))[1]


def test_copies_that_distribute_content_are_no_leave_to_share_the_work() -> None:
    text = terms(
        "REDISTRIBUTION NOT PERMITTED.",
        "You may install the number of copies of the gadget sufficient to distribute content "
        "up to the number of seats specified in the applicable invoice.",
        "You may not modify the gadget.",
    )
    found = analyze_text(text)
    assert found.license.rights.share.status == "denied"
    assert found.verdict.level == "closed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Trial copies of the gadget must be used for test purposes only.",
        "The gadget may only be used for evaluation purposes.",
        "Trial fonts must be used for test purpose(s) and internal, not for any commercial use.",
    ],
)
def test_a_duty_to_use_the_work_for_tests_only_is_evaluation_only(sentence: str) -> None:
    assert "evaluation-only" in read(terms(GRANT, sentence))[1]


def test_a_trial_period_of_commercial_use_stays_non_commercial_alone() -> None:
    # (a limit on commercial use to a trial period is no evaluation-only licence)
    sentence = (
        "You must limit use of the gadget for commercial advantage to a trial period of 32 "
        "consecutive calendar days."
    )
    assert "evaluation-only" not in read(terms(GRANT, sentence))[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Any other use requires a Commercial License Agreement.",
        "Licensee must enter a new agreement for any use beyond the scope of this license.",
        "All parties interested in any other use of the gadget should contact the Office of "
        "Technology Transfer.",
        "You have to purchase a commercial license before you use the gadget commercially.",
        "To use it in a paid product you must license the gadget under Acme's separate "
        "fee-based Software License Agreement.",
        "You are obliged to report every activity to Acme in writing.",
        "Before you redistribute the gadget, you must notify Acme in writing.",
        "You must send Acme a copy of any modifications you make.",
        "Organizations must sign a license agreement with Acme before deploying the gadget.",
        "For any use not expressly permitted above, a separate license must be obtained from Acme.",
        "Use of the gadget beyond the trial period requires the purchase of a license.",
    ],
)
def test_a_step_or_another_agreement_for_what_the_text_does_not_give_is_registration(
    sentence: str,
) -> None:
    assert "registration" in read(terms(GRANT, sentence))[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "You must report any bugs to the author.",
        "Please inform us if you find a problem.",
        "Permission to use the Acme logo for any other purpose requires our consent.",
        "You may need to create an account to receive updates.",
        "You must add your own copyright notice to the header of each source file you modified, "
        "so others can tell that you modified that file.",
        "You must provide recipients with a copy of the source code of your modifications.",
    ],
)
def test_requests_and_marks_are_no_registration(sentence: str) -> None:
    assert "registration" not in read(terms(GRANT, sentence))[1]


def test_an_assignment_clause_is_no_ban_on_sharing_the_work() -> None:
    sentence = (
        "Neither this Agreement nor any right or obligation arising under it may be assigned, "
        "licensed, sublicensed, sold or otherwise transferred by Licensee without the prior "
        "written consent of Acme."
    )
    assert "no-redistribution" not in read(terms(GRANT, sentence))[1]
    # the work named beside the agreement is still banned
    both = "Neither this Agreement nor the gadget software may be sold, rented or distributed."
    assert "no-redistribution" in read(terms(USE_ONLY, both))[1]


def test_uses_the_work_is_not_designed_for_are_a_disclaimer() -> None:
    disclaimer = (
        "The gadget is not specifically designed, manufactured or intended for use in (a) the "
        "operation of nuclear facilities, (b) aircraft navigation systems, or (c) direct life "
        "support systems."
    )
    assert "field-of-use" not in read(terms(GRANT, disclaimer))[1]
    ban = (
        "The gadget is not designed for use in, and you shall not use it in: (a) the operation "
        "of nuclear facilities, (b) weapons systems."
    )
    assert "field-of-use" in read(terms(GRANT, ban))[1]


def test_hosting_copies_publicly_is_sharing_not_a_hosted_service() -> None:
    sentence = (
        "You may not host or redistribute this gadget software publicly (e.g. from a public "
        "Internet site); instead point users to our download page."
    )
    kinds = read(terms(USE_ONLY, sentence))[1]
    assert "no-redistribution" in kinds
    assert "hosting-restriction" not in kinds


def test_a_change_both_parties_sign_is_no_revocable_terms() -> None:
    both = "The Parties may amend this EULA in writing."
    assert "revocable-terms" not in read(terms(GRANT, both))[1]
    assert "revocable-terms" in read(terms(GRANT, "Acme may amend this EULA at any time."))[1]


def test_an_excluded_purpose_listing_hosted_services_is_a_hosting_restriction() -> None:
    text = terms(
        GRANT,
        "Licensee shall not exercise the License for an Excluded Purpose.",
        'For purposes of this Agreement, "Excluded Purpose" includes, but is not limited to, '
        "using the gadget to make available any software-as-a-service or other similar service "
        "that competes with Acme products.",
    )
    kinds = read(text)[1]
    assert "hosting-restriction" in kinds
    assert "field-of-use" not in kinds


@pytest.mark.parametrize(
    "sentence",
    ["You may only use the gadget internally.", "You may use the gadget internally only."],
)
def test_use_kept_inside_the_organisation_is_a_field_of_use(sentence: str) -> None:
    assert "field-of-use" in read(terms(sentence))[1]


def test_distribution_listed_among_restricted_uses_is_no_redistribution() -> None:
    text = terms(
        "Acme grants you a license to use, copy and modify the gadget for research purposes.",
        "The following are some of the restricted use cases:\n\n"
        "3.1 Use of the gadget in a product for sale; or\n\n"
        "3.2 Distribution of all or part of the gadget software to third parties for any "
        "reason, except for contributing changes to the gadget.",
    )
    kinds = read(text)[1]
    assert "no-redistribution" in kinds


# Shapes found by writing common restriction wordings afresh (not taken from any text).
USE_GRANT = "Acme grants you a license to use the gadget."


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The gadget must not be given, lent or transferred to anyone else.", "no-redistribution"),
        ("Modifications to the gadget may only be made by Acme.", "no-derivatives"),
        ("The gadget may be shared free of charge only.", "no-selling"),
        ("The gadget may only be copied free of charge.", "no-selling"),
        ("This copy is for evaluation purposes.", "evaluation-only"),
        ("You may use the gadget for a 30-day trial period only.", "evaluation-only"),
        ("A valid license key, obtained from Acme, is required to run the gadget.", "registration"),
        (
            "This license is available only to companies with fewer than 10 employees.",
            "user-threshold",
        ),
        (
            "The Licensee may use the gadget solely for the purpose of internal academic research.",
            "research-only",
        ),
        ("For-profit use of the gadget is not allowed.", "non-commercial"),
        ("The trial license expires 30 days after installation.", "evaluation-only"),
        (
            "This license does not extend to entities controlled by any government.",
            "excluded-persons",
        ),
    ],
)
def test_common_wordings_of_limits(sentence: str, kind: str) -> None:
    assert kind in read(terms(USE_GRANT, sentence))[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "The license key must not be given, lent or transferred to anyone else.",
        "The gadget has been downloaded by fewer than 100 users.",
        "The gadget may be shared free of charge.",
        "Modifications to the gadget may only be made by you or your contractors.",
        '"Small Business" shall mean a company with less than 100 employees.',
        "Non-profit use of the gadget is allowed.",
    ],
)
def test_look_alikes_of_those_limits_are_none(sentence: str) -> None:
    kinds = read(terms(USE_GRANT, sentence))[1]
    assert not kinds & {
        *("no-redistribution", "user-threshold", "no-selling", "no-derivatives"),
        "non-commercial",
    }


def test_a_grant_spelled_out_as_what_it_includes_gives_those_rights() -> None:
    text = terms(
        "Subject to this Agreement, Acme hereby grants to the Licensee a non-exclusive, "
        "royalty-free right and licence to exercise all Intellectual Property Rights in the "
        "Data. This includes the right to use, incorporate, sublicense (with further right of "
        "sublicensing), modify, improve, further develop, and distribute the Data."
    )
    rights = analyze_text(text).license.rights
    assert rights.modify.status == "granted"
    assert rights.share.status == "granted"
    # the same words denied give nothing
    denied = analyze_text(terms(USE_GRANT, "This does not include the right to distribute it."))
    assert denied.license.rights.share.status != "granted"


def test_leave_to_modify_stands_when_other_terms_are_named_far_after_it() -> None:
    # a list laid out on separate lines reads as one sentence; the other licence named in its
    # last item is no part's own terms for the leave at its start
    text = (
        "Gadget Agreement\n\n4.1\nLimitation on Modifications. The Customer may modify or alter "
        "the Licensed Software or link or merge all or any\npart of the Licensed Software with "
        "any other software provided that:\na.\n4.2\nneither the Licensed Software as modified "
        "nor any work derived from the Licensed Software may be\nfurther distributed in source "
        "code form or as an executable program, except:\ni.\nany parts of the Licensed Software "
        "made available for license under the Reciprocal Public License.\n"
    )
    assert analyze_text(text).license.rights.modify.status != "unknown"


def test_a_clause_that_denies_a_limit_on_competing_work_is_none() -> None:
    sentence = (
        "The terms of confidentiality will not prohibit or restrict either party's right to "
        "develop, use or market products or services similar to or competitive with the other "
        "party."
    )
    assert "field-of-use" not in read(terms(GRANT, sentence))[1]


def test_a_proprietary_header_that_grants_nothing_is_closed() -> None:
    text = (
        "Unauthorized copying of this file, via any medium, is strictly prohibited.\n"
        "Proprietary and confidential.\n"
    )
    assert analyze_text(text).verdict.level == "closed"


def test_derived_databases_are_derivatives() -> None:
    sentence = "You may not create derived databases from the gadget data."
    assert "no-derivatives" in read(terms(USE_GRANT, sentence))[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "You are hereby authorized to use, alter and distribute copies of this gadget.",
        "Anyone may use, change and share this gadget.",
        "You have permission to reproduce, modify and distribute the gadget.",
        "We allow you to use, edit, and publish this gadget.",
    ],
)
def test_leave_given_in_other_words_grants_every_right(sentence: str) -> None:
    rights = analyze_text(terms(sentence)).license.rights
    assert rights.modify.status == "granted"
    assert rights.share.status == "granted"


@pytest.mark.parametrize(
    "sentence",
    [
        "Anyone may not use this gadget without permission.",
        "We allow you to report bugs on our tracker.",
        "Anyone can see the source code, but no rights are granted.",
        "As a special exception, you have permission to link or otherwise combine this gadget "
        "with the programs OpenSSL and PWLIB, and distribute the combination.",
    ],
)
def test_words_of_leave_without_leave_over_the_work_grant_nothing(sentence: str) -> None:
    rights = analyze_text(terms(sentence)).license.rights
    assert rights.share.status != "granted"
    assert rights.modify.status != "granted"


def test_a_machines_role_named_host_is_no_leave_to_host() -> None:
    text = terms(
        USE_GRANT,
        "You are licensed to install, copy and execute the gadget on an equivalent number of "
        "Computers or Host/Client Pairs as you have Authorized Copies.",
        "You may not modify or distribute the gadget.",
    )
    assert analyze_text(text).license.rights.share.status == "denied"


def test_sharing_barred_other_than_free_of_charge_is_a_ban_on_selling() -> None:
    sentence = (
        "Redistributions of source code, with or without modification, in any form other then "
        "free of charge is not allowed."
    )
    kinds = read(terms(GRANT, sentence))[1]
    assert "no-selling" in kinds
    assert "no-redistribution" not in kinds
