"""Shapes of end-user agreements and proprietary notices the reader missed (forty-first round).

The sentences are invented (a made-up "gadget"), written after the shapes met in the new tuning
part ``rules3`` of licensedcode-data's proprietary rules.

- Another licence to ask for: "contact us if you wish to obtain a commercial licence", "use
  beyond this requires a signed approval", "the uses listed below require a separate licence",
  "an extended licence is available for an additional fee". Beside leave that limits nothing (a
  dual-licensed notice) the offer of a commercial licence is no limit.
- "does not require a separate licence" and "no separate licence is required" limit nothing.
- Those downstream kept to a use, or sublicences that must carry this text's terms, pass the
  limits on; so does a duty to make sure every recipient has accepted the terms.
- Sharing only for nothing: "only permitted by providing it free of charge", "distribute free of
  charge to sublicensees".
- Ties said last ("used in conjunction with Acme products only"), a licence that "covers only its
  use in" named systems, use "within your organisation only", and a ban of use and sharing "for
  high risk activities" keep the work to a field.
- A listed ban of offering the work as a managed service is a hosting limit; keeping a copy off
  a network where several computers could use it is not (it limits installations).
- "may only be used by a single developer" caps the users; "for trial use only" and "only
  permits use for demonstration or evaluation" keep it to a trial; "excludes production
  environments" and "limited to evaluation, development and testing" keep it out of production.
- "excludes any use for commercial gain", "products ... to be used commercially" are
  non-commercial; "not applicable to corporations" keeps persons out (an organisation described
  by what it does, "any organisation that ...", stays a field of use, as round 30 had it); a
  substitute version that must replace the old one is latest-version; "you have to apply a
  licence key" is registration.
- Leave that is none: "use any derivative works" of the gadget (use, not leave to make them);
  "may be distributed as part of Linux distributions" (how copies travel, not a field); and
  "You (the user) may copy" is leave all the same.
"""

from __future__ import annotations

import pytest
from gadget import read, terms

from licenseclass.clauses.analysis import analyze_text

GRANT = "You may use, copy, modify and distribute the gadget."
USE_ONLY = (
    "ACME GADGET LICENSE AGREEMENT. Acme grants you a non-exclusive license to use the gadget."
)
RESEARCH = "Acme grants you a non-exclusive license to use the gadget for research purposes only."
GPL = (
    "This gadget is free software: you can redistribute it and/or modify it under the terms of "
    "the GNU General Public License as published by the Free Software Foundation, either version "
    "3 of the License, or (at your option) any later version."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Please contact Acme Labs if you would like to obtain a commercial license.",
        "If you want to buy a proprietary license for the gadget, contact sales@acme.example.",
        "Commercial use of the gadget requires a signed approval issued by Acme.",
        "Redistribution outside your school requires prior written permission.",
        "The uses described below require a separate license.",
        "Other uses not covered by these terms may be available for an additional fee.",
        "Before you ship a product built with the gadget, you need to obtain a copy of the "
        "license agreement signed by Acme.",
        "In order to use the gadget, you have to enter a license key.",
    ],
)
def test_another_licence_to_ask_for_is_registration(sentence: str) -> None:
    assert "registration" in read(terms(RESEARCH, sentence))[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "If you wish to obtain a commercial license for the gadget, please contact Acme.",
        "Commercial licenses are available too; contact us if you want to purchase a commercial "
        "license.",
    ],
)
def test_a_commercial_licence_offered_beside_open_terms_limits_nothing(sentence: str) -> None:
    level, kinds = read(terms(GPL, sentence))
    assert "registration" not in kinds
    assert level == "open"


@pytest.mark.parametrize(
    "sentence",
    [
        "Commercial use does not require a separate license.",
        "Commercial use of the gadget doesn't require a signed approval.",
        "No separate license is required for commercial use.",
        "Contact us to obtain a copy of the license.",
        "Support contracts are available for an additional fee.",
    ],
)
def test_freedoms_and_pointers_are_no_limit(sentence: str) -> None:
    assert read(terms(GRANT, sentence))[1] == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Anyone to whom you give the gadget may use it only for research purposes.",
        "Sublicenses granted by you must include all applicable terms of this Agreement.",
        "You must ensure that every recipient has accepted the terms of this License.",
    ],
)
def test_limits_passed_on_to_those_downstream(sentence: str) -> None:
    assert "pass-through" in read(terms(RESEARCH, sentence))[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sharing the gadget with others is only permitted by handing it on free of charge.",
        "You may copy and distribute free of charge to third parties the unmodified gadget.",
    ],
)
def test_sharing_only_for_nothing_is_no_selling(sentence: str) -> None:
    assert "no-selling" in read(terms(GRANT, sentence))[1]


def test_a_grant_given_free_of_charge_bars_no_sale() -> None:
    sentence = "Acme grants you, free of charge, the right to use, copy and distribute the gadget."
    assert "no-selling" not in read(terms(sentence))[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "The gadget is to be used together with Acme controllers only.",
        "This license covers only its use in the Haiku and Plan 9 operating systems.",
        "You may run the gadget within your company only.",
        "You must not use, copy or otherwise make available the gadget for high risk activities.",
    ],
)
def test_uses_kept_to_a_field(sentence: str) -> None:
    assert "field-of-use" in read(terms(USE_ONLY, sentence))[1]


def test_a_ban_of_sharing_for_commercial_applications_is_about_sharing() -> None:
    sentence = "You may not copy or distribute the gadget for any commercial applications."
    assert "field-of-use" not in read(terms(GRANT, sentence))[1]


def test_a_listed_ban_on_offering_it_as_a_managed_service_is_a_hosting_limit() -> None:
    text = terms(
        GRANT,
        "The following is not permitted:\n- Using the gadget to offer paid managed/SaaS services.",
    )
    assert "hosting-restriction" in read(text)[1]


def test_one_computer_at_a_time_is_no_hosting_limit() -> None:
    # (a copy kept off a network where several computers could run it limits installations,
    # as the older labels read it, not hosting for others)
    sentence = (
        "You may not make the gadget available over a network where it could be used by "
        "several computers at the same time."
    )
    assert "hosting-restriction" not in read(terms(USE_ONLY, sentence))[1]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The gadget may only be used by a single software developer.", "user-threshold"),
        ("Your license only permits use for demonstration, test or evaluation purposes.",
         "evaluation-only"),
        ("Acme grants you the right to use the fonts on your computers for trial use only.",
         "evaluation-only"),
        ("Experimental Use excludes pre-production and production environments.",
         "non-production"),
        ("Use in a business setting is strictly limited to evaluation, development and testing.",
         "non-production"),
        ("This license excludes any use for direct or indirect commercial gain.",
         "non-commercial"),
        ("You may not build products with the gadget to be used commercially.", "non-commercial"),
        ("THIS LICENSE IS NOT APPLICABLE TO CORPORATIONS OR OTHER LEGAL ENTITIES.",
         "excluded-persons"),
        ("If Acme supplies you with a replacement version of the gadget, you must switch to it "
         "as soon as you can.", "latest-version"),
    ],
)  # fmt: skip
def test_limits_in_end_user_terms(sentence: str, kind: str) -> None:
    assert kind in read(terms(USE_ONLY, sentence))[1]


def test_testing_only_said_of_the_tests_is_no_trial() -> None:
    sentence = "The unit tests are for testing purposes only and are not part of the library."
    assert "evaluation-only" not in read(terms(GRANT, sentence))[1]


def test_use_of_derivative_works_is_no_leave_to_make_them() -> None:
    found = analyze_text(
        terms(
            USE_ONLY,
            "You may use any derivative works of the gadget for your own internal computing "
            "requirements.",
        )
    )
    assert found.license.rights.modify.status in ("unknown", "denied")


def test_leave_to_share_as_part_of_a_distribution_is_no_field_of_use() -> None:
    sentence = "Drivers for the gadget may be distributed as part of Linux distributions."
    assert "field-of-use" not in read(terms(GRANT, sentence))[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "You (the user) may copy and distribute the gadget to others.",
        "You, the user, may copy and distribute the gadget to others.",
    ],
)
def test_the_licensee_named_twice_is_still_given_leave(sentence: str) -> None:
    found = analyze_text(terms(sentence))
    assert found.license.rights.share.status in ("granted", "conditional")


def test_trial_programs_included_with_an_order_are_no_limit_on_the_work() -> None:
    sentence = (
        "We may include additional programs with an order which may be used for trial purposes "
        "only."
    )
    assert "evaluation-only" not in read(terms(GRANT, sentence))[1]


def test_amendments_that_need_both_parties_agreement_are_no_registration() -> None:
    sentence = "All changes to these Terms of Use require the written agreement of you and Acme."
    assert "registration" not in read(terms(GRANT, sentence))[1]


# The second batch: wordings after rules2's and newer3's misses.


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Written consent of the author is required in the following cases:", "registration"),
        ("If you are interested in using the gadget commercially, please contact Acme Labs.",
         "registration"),
        ("Each customer must report the web addresses where they are running the gadget.",
         "registration"),
        ("The licensee shall sign and return the license agreement to Acme.", "registration"),
        ("You may make modifications to the gadget exclusively for your own use.",
         "no-derivatives"),
        ("Any copying of the gadget, even if modified or merged with other software, is "
         "expressly forbidden.", "no-redistribution"),
    ],
)  # fmt: skip
def test_more_limits_in_end_user_terms(sentence: str, kind: str) -> None:
    assert kind in read(terms(RESEARCH, sentence))[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Any sublicense shall impose upon these persons or parties the same terms and conditions "
        "as those contained in section 4 of this Agreement.",
        "You may not lend or transfer the gadget to any third party who is not bound by this "
        "Agreement.",
        "You may share derivative works only if your terms provide that the use limitation in "
        "Section 2 applies to them.",
    ],
)
def test_more_limits_passed_on(sentence: str) -> None:
    assert "pass-through" in read(terms(RESEARCH, sentence))[1]


def test_the_address_where_the_source_is_offered_is_no_report_of_use() -> None:
    sentence = "You must provide the URL where the Corresponding Source can be obtained."
    assert "registration" not in read(terms(GRANT, sentence))[1]


def test_leave_to_distribute_internally_is_no_leave_to_share() -> None:
    found = analyze_text(
        terms(
            "You may use, copy, distribute internally, and prepare derivative works of the gadget."
        )
    )
    assert found.license.rights.share.status != "granted"


# The third batch: wordings written for the round, in the manner of end-user agreements.

EULA = (
    "GADGET END USER LICENSE AGREEMENT. Acme grants you a non-exclusive license to use, copy "
    "and distribute the gadget, subject to the terms below."
)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Commercial licensing is available; please contact sales@acme.example for terms.",
         "registration"),
        ("For uses other than those described above, a separate license agreement with Acme is "
         "required.", "registration"),
        ("Use of the gadget in a product for sale is subject to a separate royalty agreement.",
         "registration"),
        ("A commercial license must be purchased before the gadget earns you any revenue.",
         "registration"),
        ("Any other use of the gadget is subject to Acme's prior written consent.",
         "registration"),
        ("You shall notify Acme in writing of each product that includes the gadget.",
         "registration"),
        ("Schools wishing to use the gadget should contact us for a site license.",
         "registration"),
        ("Anyone who receives the gadget from you is subject to the same restrictions as you.",
         "pass-through"),
        ("The gadget is licensed for use in public libraries only.", "field-of-use"),
    ],
)  # fmt: skip
def test_limits_in_an_agreement_that_lets_you_share(sentence: str, kind: str) -> None:
    assert kind in read(terms(EULA, sentence))[1]


# The fourth batch: short proprietary notices.

NOTICE = "Copyright (c) 2021 Acme Inc. All rights reserved."


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("This gadget may be freely redistributed, but not sold.", "no-selling"),
        ("This is a trial version of the gadget; it stops working after 30 days.",
         "evaluation-only"),
        ("To run the gadget in production you need a license key from Acme.", "registration"),
        ("For internal use only.", "field-of-use"),
    ],
)  # fmt: skip
def test_limits_in_short_notices(sentence: str, kind: str) -> None:
    assert kind in read(terms(NOTICE, sentence))[1]


def test_terms_that_apply_unless_another_agreement_does_ask_for_nothing() -> None:
    sentence = (
        "This Agreement governs the use of the gadget, unless it is subject to a separate "
        "agreement between you and Acme."
    )
    assert "registration" not in read(terms(GRANT, sentence))[1]


def test_evidence_of_a_limit_passed_on_in_a_list_item_shows_the_item() -> None:
    text = terms(
        RESEARCH,
        "You may share derivative works only if:\n"
        "(a) your terms provide that the use limitation in Section 2 applies to them; and\n"
        "(b) you name the derivative works those terms cover.",
    )
    found = analyze_text(text)
    passed = [r for r in found.license.restrictions if r.kind == "pass-through"]
    assert passed and "use limitation" in passed[0].evidence[0].text
