"""Bans and purpose limits said in many frames, and wordings written fresh for the eighteenth
round, beside near misses that must stay unlimited.

A ban's frame ("You are prohibited from ...", "Under no circumstances may you ...", "No
modification of ... is permitted", "... but not ...") is independent of the act it bans, so each
frame is checked with every act of a small table: a frame read for one verb only is a wording
rule, not a reading of the frame.
"""

from __future__ import annotations

import pytest
from gadget import clause_limits, read

from licenseclass.clauses.analysis import analyze_text

# (kind, verb, past participle, gerund, noun)
_ACTS = (
    ("no-derivatives", "modify", "modified", "modifying", "modification"),
    ("no-derivatives", "alter", "altered", "altering", "alteration"),
    ("no-derivatives", "translate", "translated", "translating", "translation"),
    ("no-derivatives", "edit", "edited", "editing", "editing"),
    ("no-redistribution", "distribute", "distributed", "distributing", "distribution"),
    ("no-redistribution", "publish", "published", "publishing", "publication"),
    ("no-redistribution", "share", "shared", "sharing", "sharing"),
    ("no-redistribution", "upload", "uploaded", "uploading", "uploading"),
    ("no-selling", "sell", "sold", "selling", "sale"),
)
_FRAMES = (
    "You are prohibited from {gerund} the Dataset.",
    "Under no circumstances may you {verb} the Dataset.",
    "In no event shall you {verb} the Dataset.",
    "The Dataset may not, in whole or in part, be {past}.",
    "You may use the Dataset but not {verb} it.",
    "No {noun} of the Dataset is permitted.",
    "{Gerund} the Dataset is prohibited.",
    "You may use the Dataset, but you may not {verb} it.",
)


@pytest.mark.parametrize("frame", _FRAMES)
@pytest.mark.parametrize("act", _ACTS, ids=lambda act: act[1])
def test_a_ban_is_read_in_every_frame(frame: str, act: tuple[str, str, str, str, str]) -> None:
    kind, verb, past, gerund, noun = act
    words = {"verb": verb, "past": past, "gerund": gerund, "noun": noun}
    clause = frame.format(**words, Gerund=gerund.capitalize())
    found = clause_limits(clause)
    # (a ban on selling may be read as one on sharing, which holds selling too)
    assert kind in found or (kind == "no-selling" and "no-redistribution" in found)


_ALLOWED = (
    ("non-commercial", "non-commercial purposes"),
    ("non-commercial", "personal, non-commercial use"),
    ("research-only", "academic research"),
    ("research-only", "research purposes"),
)
_KEPT_TO = (
    "You may not use the Software for anything other than {purpose}.",
    "Any use of the Software other than for {purpose} is prohibited.",
    "Use of the Software is limited to {purpose}.",
    "The Software may only be used for {purpose}.",
)


@pytest.mark.parametrize("frame", _KEPT_TO)
@pytest.mark.parametrize(("kind", "purpose"), _ALLOWED)
def test_a_use_kept_to_a_purpose_is_read(frame: str, kind: str, purpose: str) -> None:
    assert kind in clause_limits(frame.format(purpose=purpose))


_BARRED = (("non-commercial", "profit"), ("non-production", "production"))
_BARRING = (
    "You may not use the Software for {purpose}.",
    "You are prohibited from using the Software for {purpose}.",
    "The Software is not licensed for use for {purpose}.",
    "Using the Software for {purpose} is not allowed.",
    "This licence does not permit use of the Software for {purpose}.",
    "You may use the Software, but not for {purpose}.",
)


@pytest.mark.parametrize("frame", _BARRING)
@pytest.mark.parametrize(("kind", "purpose"), _BARRED)
def test_a_use_barred_from_a_purpose_is_read(frame: str, kind: str, purpose: str) -> None:
    assert kind in clause_limits(frame.format(purpose=purpose))


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The Licensee shall not use the Dataset in connection with any activity carried on "
            "for gain.",
            "non-commercial",
        ),
        ("No part of the Software may be used to make money.", "non-commercial"),
        (
            "Any use that generates income for you or your employer is outside this licence.",
            "non-commercial",
        ),
        (
            "The Software may not be used by or on behalf of any for-profit organisation.",
            "non-commercial",
        ),
        (
            "This edition is free of charge for students and hobbyists; businesses must buy a "
            "licence.",
            "non-commercial",
        ),
        (
            "The Data must remain on the Licensee's own systems and may not be passed to anyone "
            "else.",
            "no-redistribution",
        ),
        ("Mirrors of this archive are not permitted.", "no-redistribution"),
        ("Only the Licensor may distribute the Software.", "no-redistribution"),
        ("Only Vantrell may make changes to the Software; you may not.", "no-derivatives"),
        (
            "The textures may be used as they are, but editing them is not allowed.",
            "no-derivatives",
        ),
        ("You agree not to create works based on the Dataset.", "no-derivatives"),
        ("Altering the source code in any way voids this licence.", "no-derivatives"),
        ("The Corpus is made available solely to support academic research.", "research-only"),
        (
            "The Model weights are released to the research community for research use.",
            "research-only",
        ),
        (
            "You may use the Software for thirty days to decide whether to buy it.",
            "evaluation-only",
        ),
        ("The Developer Edition may not be used to run production workloads.", "non-production"),
        ("The Software is not licensed for use with live customer data.", "non-production"),
        ("The licence granted here is limited to use within Japan.", "territory"),
        ("You may not use the Software outside the European Economic Area.", "territory"),
        ("The Licensee shall not take the Data out of Australia.", "territory"),
        (
            "If your product has more than one million daily users, you must obtain a separate "
            "licence.",
            "user-threshold",
        ),
        (
            "Companies whose annual turnover is above five million euros must purchase a "
            "commercial licence.",
            "revenue-threshold",
        ),
        (
            "The free licence is available only to businesses earning less than $1 million per "
            "year.",
            "revenue-threshold",
        ),
        ("Images produced with the Model may not be sold.", "output-use"),
        (
            "You must clearly mark any content generated by the Model as machine-generated.",
            "output-use",
        ),
        ("Distilling the Model into another model is prohibited.", "model-improvement-ban"),
        (
            "You agree to abide by the Usage Guidelines published on our website, as updated "
            "from time to time.",
            "acceptable-use-policy",
        ),
        (
            "Before you download the Software you must create an account and accept these terms.",
            "registration",
        ),
        ("Use of the SDK requires a licence key that is bound to your machine.", "registration"),
        (
            "Access to the Dataset is given only to applicants whose request has been approved.",
            "registration",
        ),
        (
            "Offering the functionality of the Software to others over the internet is not "
            "allowed.",
            "hosting-restriction",
        ),
    ],
)
def test_a_fresh_wording_is_read(sentence: str, kind: str) -> None:
    assert kind in read(sentence)[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "You may sell products that you make with the Software.",
        "The Licensor shall not make any profit from your data.",
        "You may create works based on the Dataset.",
        "Modifying the device voids the warranty.",
        "Your personal data will not be passed to third parties.",
        "Only the copyright holder may change the license terms.",
        "You may distribute the Software only if you keep this notice.",
        "The Software may be used anywhere in the world.",
        "This Agreement is governed by the laws of Japan.",
        "The Licensor has more than one million users worldwide.",
        "The outputs of the Model belong to you.",
        "You may use the Model to generate text for any purpose.",
        "Registration is optional and gives access to the forum.",
        "You must create an account to post in the forum.",
        "Please follow our community guidelines when posting in the forum.",
        "You may offer the functionality of the Software over the internet.",
        "You may use the Software to decide whether the weather is fine.",
        "You will not be liable for damages, and you earn nothing.",
        "You may use the Software in production and for profit.",
    ],
)
def test_a_near_miss_limits_nothing(sentence: str) -> None:
    assert read(sentence)[1] == set()


def test_a_license_document_kept_verbatim_is_no_limit_on_the_work() -> None:
    # the LPPL's and the GPL's own opening: the ban is on the licence's text, not the work
    assert (
        clause_limits(
            "Everyone is allowed to distribute verbatim copies of this license document, but "
            "modification of it is not allowed."
        )
        == set()
    )


def test_trademark_usage_guidelines_are_no_use_policy() -> None:
    clause = (
        "You agree to comply with the Usage Guidelines for the Licensor's trademarks located "
        "at the Licensor's website."
    )
    assert "acceptable-use-policy" not in clause_limits(clause)


_LIMITS_OF_PERSONS_AND_PLACES = (
    ("territory", "The Software is licensed for use in {x} and nowhere else.", "Brazil"),
    ("territory", "You may not use the Software in any country other than {x}.", "India"),
    ("excluded-persons", "The licence does not extend to {x}.", "government agencies"),
    ("excluded-persons", "This licence is not granted to {x}.", "data brokers"),
    ("user-threshold", "This licence does not apply to companies with more than {x}.", "100 users"),
    ("user-threshold", "Licensees with over {x} must purchase a licence.", "50 employees"),
    ("hosting-restriction", "Use of the Software {x} is prohibited.", "as a hosted service"),
    ("hosting-restriction", "You may not use the Software {x}.", "as a managed cloud offering"),
    (
        "hosting-restriction",
        "You may not make the Software available {x}.",
        "on behalf of third parties",
    ),
)


@pytest.mark.parametrize(("kind", "frame", "what"), _LIMITS_OF_PERSONS_AND_PLACES)
def test_who_and_where_limits_are_read(kind: str, frame: str, what: str) -> None:
    assert kind in clause_limits(frame.format(x=what))


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        (
            "'Onward Transfer' means any act by which a copy of the Data is made available to a "
            "person other than the Recipient; the Recipient shall make no Onward Transfer.",
            "no-redistribution",
        ),
        (
            "'Adaptation' means any work that is based on the Dataset and in which the Dataset is "
            "transformed; no Adaptation may be made under this licence.",
            "no-derivatives",
        ),
        (
            "'Excluded Entity' means any data broker; no Excluded Entity may access or use the "
            "Dataset.",
            "excluded-persons",
        ),
        (
            "The Audio SDK is licensed to you solely for the purpose of developing applications "
            "that run on Pellucid headphones.",
            "field-of-use",
        ),
        (
            "You may use the Sensor SDK only in applications that run on Solvane hardware.",
            "field-of-use",
        ),
        ("The Font Software is licensed for setting text in documents only.", "field-of-use"),
    ],
)
def test_defined_bans_and_scoped_grants_are_read(clause: str, kind: str) -> None:
    assert kind in clause_limits(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "The Software is provided for your convenience only.",
        "This document is provided for informational purposes only.",
        "'Excluded Entity' means any data broker; Excluded Entities are listed in Annex B.",
        "You may use the Software in any country, including Brazil.",
    ],
)
def test_near_misses_of_scopes_and_terms_limit_nothing(clause: str) -> None:
    assert clause_limits(clause) == set()


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("The Fonts may be redistributed only free of charge.", "no-selling"),
        ("This package may be distributed only without a fee.", "no-selling"),
        ("Outputs may be used for non-commercial purposes only.", "output-use"),
        ("Images generated by the Model must be labelled as AI-generated.", "output-use"),
        (
            "No competitor of Lindqvist, whether a person or a company, is permitted to use it.",
            "excluded-persons",
        ),
        (
            "Your licence covers the United States and Canada, and the Software may not be used "
            "anywhere else.",
            "territory",
        ),
        ("This Licence is valid only for use of the Fonts in Canada.", "territory"),
        (
            "Research is the only purpose for which you may put the Software to use.",
            "research-only",
        ),
        (
            "The trial fonts may be installed to try them out in layouts, and for no other "
            "purpose.",
            "evaluation-only",
        ),
        (
            "Providing copies of the Software to others is a material breach of this Agreement.",
            "no-redistribution",
        ),
        (
            "Licensee agrees that it shall not, at any time during the Term, make the Software or "
            "any copy of it available to any third party.",
            "no-redistribution",
        ),
        (
            "The Software is licensed to the named Licensee, and no copy may be given to any other "
            "person.",
            "no-redistribution",
        ),
    ],
)
def test_more_frames_are_read(clause: str, kind: str) -> None:
    assert kind in clause_limits(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Competitors of Lindqvist are permitted to use the Software.",
        "You shall not make your password available to any third party.",
        "Outputs may be used for any purpose.",
        "Such software is for your evaluation use, as the Entitlement says.",
    ],
)
def test_near_misses_of_more_frames_limit_nothing(clause: str) -> None:
    assert clause_limits(clause) == set()


def test_sharing_without_a_part_is_no_ban_on_selling() -> None:
    clause = "You may redistribute the Software only without the documentation."
    assert "no-selling" not in clause_limits(clause)


_MODEL_BANS = (
    "You shall not use the Model to {use}.",
    "The Model must not be used to {use}.",
    "You may not use the Model or its outputs to {use}.",
    "You are not permitted to use the Model to {use}.",
    "You will not use, or allow others to use, the Model to {use}.",
)


@pytest.mark.parametrize("frame", _MODEL_BANS)
@pytest.mark.parametrize("use", ["develop weapons", "surveil individuals", "create malware"])
def test_a_banned_use_of_a_model_is_a_field_of_use(frame: str, use: str) -> None:
    text = (
        "Orrin Model Licence\n\n1. You may use, modify and distribute the Model.\n\n"
        f"2. {frame.format(use=use)}\n\n3. This Licence is governed by the laws of Ireland.\n"
    )
    assert "field-of-use" in read(text)[1]


@pytest.mark.parametrize(
    ("clause", "kinds"),
    [
        ("You may not use Outputs generated by the Model to generate spam.", {"output-use"}),
        (
            "You agree not to use the Orrin Model or any of its outputs for the development of "
            "weapons.",
            {"field-of-use"},
        ),
    ],
)
def test_a_ban_on_outputs_alone_is_an_output_limit(clause: str, kinds: set[str]) -> None:
    assert clause_limits(clause) == kinds


_NO_RIGHT_FRAMES = (
    "You shall refrain from {gerund} the Dataset.",
    "The Dataset can't be {past}.",
    "The right to {verb} the Dataset is reserved to the Licensor.",
    "All rights to {verb} the Dataset are reserved.",
    "You do not have the right to {verb} the Dataset.",
    "You don't have permission to {verb} the Dataset.",
    "The licence excludes the right to {verb} the Dataset.",
    "The licence does not include the right to {verb} the Dataset.",
)


@pytest.mark.parametrize("frame", _NO_RIGHT_FRAMES)
@pytest.mark.parametrize("act", _ACTS, ids=lambda act: act[1])
def test_no_leave_for_an_act_is_read_in_every_frame(
    frame: str, act: tuple[str, str, str, str, str]
) -> None:
    kind, verb, past, gerund, _ = act
    found = clause_limits(frame.format(verb=verb, past=past, gerund=gerund))
    assert kind in found or (kind == "no-selling" and "no-redistribution" in found)


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("No redistribution.", "no-redistribution"),
        ("No modifications allowed.", "no-derivatives"),
        ("Not for resale.", "no-selling"),
        ("Modification: not permitted.", "no-derivatives"),
        ("Redistribution: prohibited.", "no-redistribution"),
        ("Redistributions of the Software are not permitted.", "no-redistribution"),
    ],
)
def test_a_terse_ban_is_read(clause: str, kind: str) -> None:
    assert kind in clause_limits(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "No warranty.",
        "No changes.",
        "All rights reserved.",
        "No restrictions.",
        "Copying: permitted.",
        "Modifications: No",
    ],
)
def test_a_terse_line_that_bans_no_act_limits_nothing(clause: str) -> None:
    assert clause_limits(clause) == set()


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("For commercial use, please contact us for a licence.", "non-commercial"),
        (
            "Please contact us if you wish to use the Software for commercial purposes.",
            "non-commercial",
        ),
        (
            "A commercial licence is required for any use in a commercial product.",
            "non-commercial",
        ),
        ("You need a commercial licence to use the Software in a business.", "non-commercial"),
        (
            "The Software may be used commercially only under a separate agreement.",
            "non-commercial",
        ),
        (
            "Use of the Software for research purposes is free; other uses need a licence.",
            "research-only",
        ),
    ],
)
def test_another_leave_needed_for_a_use_is_read(clause: str, kind: str) -> None:
    assert kind in clause_limits(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Please contact us if you have questions about commercial use.",
        "You may use the Software commercially.",
        "For bug reports, please contact us.",
    ],
)
def test_contact_details_limit_nothing(clause: str) -> None:
    assert clause_limits(clause) == set()


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("Use of the Software requires registration.", "registration"),
        ("Registration is required to use the Software.", "registration"),
        ("You must notify the Licensor before distributing the Software.", "registration"),
        (
            "You must obtain the Licensor's written approval before publishing the Software.",
            "registration",
        ),
        ("These terms may change without notice.", "revocable-terms"),
        ("You may only distribute the current version of the Model.", "latest-version"),
        ("You must install all updates provided by the Licensor.", "latest-version"),
        (
            "Three years after release, each version becomes available under the MIT License.",
            "delayed-open",
        ),
        ("After 1 January 2030 the Software is licensed under the MIT License.", "delayed-open"),
        (
            "Each release will be relicensed under the GPL-3.0 four years after its publication.",
            "delayed-open",
        ),
        (
            "You must pass the use restrictions on to anyone who receives the Model from you.",
            "pass-through",
        ),
        ("Changes to the Software are not permitted.", "no-derivatives"),
    ],
)
def test_duties_and_terms_are_read(clause: str, kind: str) -> None:
    text = (
        "Tallow Licence Agreement\n\n0. You may use, copy, modify and distribute the Software."
        f"\n\n1. {clause}\n\n2. This Agreement is governed by the laws of Ireland.\n"
    )
    assert kind in read(text)[1]


@pytest.mark.parametrize(
    "clause",
    [
        "Prices may change without notice.",
        "You may not change the license terms.",
        "Telwyn Corp will not modify the Software after delivery without the Customer's consent.",
        "Everyone may copy this license document, but changing or adding to it is not permitted.",
        "Since 2010 the Software has been licensed under the MIT License.",
    ],
)
def test_near_misses_of_duties_limit_nothing(clause: str) -> None:
    assert clause_limits(clause) == set()


def test_a_condition_said_with_dont_is_no_ban() -> None:
    text = (
        "Linking Exception\n\nYou may link the Program with other modules, provided that:\n\n"
        "a. You don't modify the Program at all.\n\nb. You keep this notice.\n"
    )
    assert "no-derivatives" not in read(text)[1]


_LEADS = (
    "You may not:",
    "Prohibited uses include:",
    "You will not, directly or indirectly:",
    "The following are prohibited:",
)


@pytest.mark.parametrize("lead", _LEADS)
@pytest.mark.parametrize("mark", ["(a)", "*", "-", "1."])
def test_bans_listed_under_a_lead_in_are_read(lead: str, mark: str) -> None:
    items = [
        ("no-derivatives", "modify the Software"),
        ("no-redistribution", "distribute copies of the Software"),
        ("non-commercial", "use the Software for commercial purposes"),
        ("territory", "use the Software outside Japan"),
        ("hosting-restriction", "offer the Software as a hosted service"),
    ]
    listed = "\n".join(f"{mark} {item};" for _, item in items)
    text = (
        "Tallow Licence Agreement\n\n1. You may use the Software.\n\n"
        f"2. {lead}\n\n{listed}\n\n3. This Agreement is governed by the laws of Ireland.\n"
    )
    assert {kind for kind, _ in items} <= read(text)[1]


def test_a_c_comment_block_is_still_read_as_a_comment() -> None:
    text = (
        "/*\n * Permission is hereby granted, free of charge, to any person obtaining a copy\n"
        " * of this software, to deal in the Software without restriction, including the\n"
        " * rights to use, copy, modify, merge, publish and distribute it.\n */\n"
    )
    level, kinds = read(text)
    assert level == "open" and kinds == set()


def test_a_capitalised_role_is_still_the_reader() -> None:
    clause = "Implementers shall not modify the text of the Specification."
    assert "no-derivatives" in clause_limits(clause)


def test_approval_to_publish_benchmark_results_is_no_registration() -> None:
    clause = (
        "You must obtain the Licensor's prior written approval to disclose to a third party the "
        "results of any benchmark test of the Software."
    )
    assert "registration" not in clause_limits(clause)


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("Copies may be made only for your own use.", "no-redistribution"),
        (
            "Distribution of this software is restricted to the original author.",
            "no-redistribution",
        ),
    ],
)
def test_sharing_kept_to_oneself_or_the_author_is_read(clause: str, kind: str) -> None:
    assert kind in clause_limits(clause)


def test_a_copy_given_to_others_is_no_ban_on_sharing() -> None:
    clause = "You may make copies for your own use and give copies to others."
    assert "no-redistribution" not in clause_limits(clause)


def test_sharing_exactly_as_received_withholds_changes() -> None:
    clause = "You may distribute the software, but it must be distributed exactly as received."
    assert "no-derivatives" in clause_limits(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "You may not distribute the Software for profit.",
        "Distribution for profit is prohibited.",
        "Redistribution for a fee is not permitted.",
        "You may redistribute the Software, but not for profit.",
    ],
)
def test_sharing_banned_only_for_pay_is_a_ban_on_selling(clause: str) -> None:
    found = clause_limits(clause)
    assert "no-selling" in found and "no-redistribution" not in found


def test_a_ban_on_use_and_sharing_for_pay_stays_non_commercial() -> None:
    found = clause_limits("You may not use or distribute the Software for commercial purposes.")
    assert found == {"non-commercial"}


@pytest.mark.parametrize(
    ("words", "amount"), [("one million", 1_000_000), ("thirty million", 30_000_000)]
)
def test_a_count_in_words_before_a_scale_is_read_as_its_number(words: str, amount: int) -> None:
    text = f"Terms\n\n1. If you have more than {words} users, you need a separate licence.\n"
    caps = [r for r in analyze_text(text).license.restrictions if r.kind == "user-threshold"]
    assert caps and getattr(caps[0], "threshold", None) == amount
