"""Shapes read in the twenty-fifth round, from the tuning parts holdout14 and newer2: limits
named by a defined place or service, the licensor's terms made the end users', grants set out
as a lead-in and its items, third-party terms given after the licensor's own, and readings that
are no limit (a beta's own purpose, a notice of a breach, a trademark word). Every sentence here
is written for the test."""

from __future__ import annotations

import pytest

from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.model import INFORMATIONAL_KINDS


def limiting(text: str) -> set[str]:
    lic = analyze_text(text).license
    return {r.kind for r in lic.restrictions if r.kind not in INFORMATIONAL_KINDS}


def level(text: str) -> str:
    return analyze_text(text).verdict.level


# Limits told by what they name ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Licensee will not market or distribute in a Prohibited Territory any product that "
            "calls the Mapping Services.",
            "territory",
        ),
        (
            "Partner's customer terms will state that each Customer's use of the Service is "
            "subject to the then-current Kestrel Platform Terms of Use.",
            "pass-through",
        ),
        (
            "You must clearly state in your application's terms of service that, by using the "
            "application, its users agree to be bound by the Kestrel Additional Terms.",
            "pass-through",
        ),
        (
            "The grant below does not include the right to provide a Managed Ledger Service to "
            "anyone.",
            "hosting-restriction",
        ),
        (
            "Running the Software for consulting services or for profit is strictly forbidden.",
            "hosting-restriction",
        ),
        (
            "Kestrel may revise this Policy at any time by posting a new version on its website.",
            "revocable-terms",
        ),
        (
            "Five years after the first release of a version, that version will automatically be "
            "licensed under the Apache open-source license. After two years from the date of "
            "this agreement, the code shall become available under the BSD license.",
            "delayed-open",
        ),
        (
            '"Derivative Model" means any model created or trained which is based on or derived '
            "from the Model or from the Model's outputs.",
            "output-use",
        ),
        (
            "If the products of the Licensee have more than 2 million monthly unique users (MUU) "
            "in a calendar month, Licensee must request a separate license.",
            "user-threshold",
        ),
        (
            "Licensee shall procure that the terms of any sub-licence it grants are at least as "
            "restrictive as these Terms.",
            "pass-through",
        ),
        (
            "Each time you distribute the Dataset, or share any adaptation of it, with a third "
            "party, the copy you give will remain subject to this Agreement.",
            "pass-through",
        ),
        (
            "If you ship a modified build, you will notify the Institute (care of Dr. Rowe, "
            "e-mail: rowe@example.edu) regarding its distribution of the modified build.",
            "registration",
        ),
        (
            "You must ensure that the Model is not deployed, directly or indirectly, in high-risk "
            "scenarios such as credit scoring or border control.",
            "field-of-use",
        ),
        (
            "Use of the Server is limited to twelve (12) concurrent end users.",
            "user-threshold",
        ),
        (
            "You may pass modified copies on, provided that recipients are restricted to using "
            "them for teaching purposes only.",
            "pass-through",
        ),
        (
            "Redistribution of the Kit is prohibited if any payment is made for it. You may "
            "recover the cost of the media.",
            "no-selling",
        ),
        (
            "This work may be copied or reproduced without any modification, for reference only.",
            "no-derivatives",
        ),
        (
            "The Toolkit is also subject to our Acceptable Use and Community Standards Policy, "
            "in addition to these terms.",
            "acceptable-use-policy",
        ),
        (
            "Redistribution of the atlas can only be done under a commercial license from Kestrel.",
            "no-redistribution",
        ),
    ],
)
def test_a_limit_named_by_what_it_names(sentence: str, kind: str) -> None:
    assert kind in limiting(sentence)


def test_a_list_whose_lead_in_asks_for_a_licence_bars_its_items() -> None:
    text = (
        "You may use and change Kestrel for your own projects. However, a written permission "
        "from the maintainers is required for the following cases:\n\n"
        "   a. Commercial use (selling hosted products built on Kestrel to others).\n\n"
        "   b. Offering Kestrel as a SaaS offering.\n"
    )
    assert {"non-commercial", "hosting-restriction"} <= limiting(text)


def test_use_defined_in_a_definitions_list_covers_copying_and_changing() -> None:
    text = (
        "Grant\nThe Licensor grants You the right to Use the Software only in a Non-Production "
        "Environment.\n\nDefinitions\nUse within the meaning of this License includes copying, "
        "distribution and modifying the Software.\n"
    )
    analysis = analyze_text(text)
    assert analysis.license.rights.modify.status != "denied"
    assert analysis.verdict.level == "restricted"
    assert "non-production" in limiting(text)


def test_a_grant_lead_in_that_ends_on_the_licence_grants_its_items() -> None:
    text = (
        "1. Upon signature, the College grants, and Licensee accepts, a royalty-free, "
        "non-exclusive license:\n\n"
        "\tA. To use the Software for its own teaching purposes.\n"
        "\tB. To make derivative works.\n"
        "\tC. To redistribute derivative works in binary form only to third parties.\n"
    )
    rights = analyze_text(text).license.rights
    assert rights.modify.status == "granted"
    assert rights.share.status == "restricted"
    assert "no-derivatives" not in limiting(text)


_LICENCE_TO_YOU = (
    "Orrin Devices licenses to you the right to use, modify, copy, and distribute:\n"
    "(i)  the Software when embedded on an Orrin controller product which is integrated into "
    "Licensee's product.\n"
)
_WITHOUT_SUBLICENSING = (
    "Subject to this notice, Orrin grants you a nonexclusive license, without the right to "
    "sublicense, to (a) run one copy of these files and (b) distribute verbatim copies of these "
    "files to third parties."
)
_INTERNAL_ONLY = (
    "Kestrel grants you a non-transferable license to use the plug-ins. You may write custom "
    "plug-ins for your internal use and internal redistribution. Your license also gives you "
    "agents up to your host count. All other rights are reserved."
)


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # a licence "to you" of named rights is a grant
        (_LICENCE_TO_YOU, {"granted", "conditional", "restricted"}),
        # "without the right to sublicense" withholds only that, not the acts listed after it
        (_WITHOUT_SUBLICENSING, {"granted"}),
        # internal redistribution and a host count pass nothing on
        (_INTERNAL_ONLY, {"unknown", "denied"}),
    ],
)
def test_what_a_grant_lets_be_shared(text: str, statuses: set[str]) -> None:
    assert analyze_text(text).license.rights.share.status in statuses


def test_no_grant_and_all_rights_reserved_with_limits_is_closed() -> None:
    text = (
        "Copyright Orrin Foundation. All Rights Reserved.\n\n"
        "You may not redistribute the data or sell it.\n"
    )
    assert level(text) == "closed"


def test_third_party_terms_given_after_an_end_user_grant_are_theirs() -> None:
    text = (
        "END USER LICENSE AGREEMENT\n\nThis Agreement permits you to use one copy of the "
        "Software on a single computer. The Software is licensed, not sold.\n\n"
        "Embedded Software\nYou acknowledge that the Software contains third party components "
        "that are licensed pursuant to their own terms and conditions.\n\n"
        "1. Zlib-like component: Permission is granted to anyone to use, alter and redistribute "
        "this component freely.\n"
    )
    assert level(text) == "closed"


# No limit ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Features of the Beta program are meant for evaluation and testing purposes only and not "
        "for commercial use.",
        "Pre-release builds may change before commercial release and may never be issued for "
        "commercial use.",
        "Pre-release version products are to be used only for test purposes in testing "
        "environments and must not be used for production purposes.",
        "Licensee agrees to notify Kestrel in writing of any suspected violation of the "
        "distribution terms.",
        "If you have a mandatory right to do so under statute, you must inform Kestrel in writing "
        "about such modifications.",
        "You must not use the word Kestrel to imply endorsement by the Kestrel team.",
        "Your license to use a previous version that you have upgraded is terminated on upgrade.",
        "In no event will Kestrel be liable for damages including loss of revenues, or for any "
        "amount over $100.",
        "We may update our privacy policy from time to time.",
        "Translations of this license are provided for information only; only the English text "
        "is legally binding.",
        "The Foundation publishes its members' views under their own names.",
    ],
)
def test_no_limit_is_read(sentence: str) -> None:
    assert limiting(sentence) == set()


def test_feedback_that_shares_modifications_is_not_a_grant() -> None:
    text = (
        "Customer may choose to submit comments and ideas to Kestrel, including sharing "
        "Customer's modifications in the course of support."
    )
    assert analyze_text(text).license.rights.modify.status != "granted"


def test_staff_named_beside_customers_still_bind_those_downstream() -> None:
    text = (
        "Licensee shall cause all of its Affiliates, Contractors and Customers who use the "
        "Licensed Software to be contractually bound to comply with the relevant terms of this "
        "Agreement."
    )
    assert "pass-through" in limiting(text)
