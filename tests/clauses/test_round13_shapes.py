"""Shapes the thirteenth round reads, each beside a look-alike the reader must leave alone.
Every sentence is written for this test, in other words than the labelled texts use."""

from __future__ import annotations

import pytest
from gadget import clause_limits, read

from licenseclass.clauses.analysis import analyze_text
from licenseclass.clauses.sentences import split_sentences


def rights(clause: str) -> tuple[str, str]:
    found = analyze_text(f"Quillmoor Terms\n\n1. {clause}\n").license.rights
    return str(found.modify.status), str(found.share.status)


@pytest.mark.parametrize(
    ("clause", "kinds"),
    [
        # the leave to others barred with the licensee's own acts, before the list
        (
            "Member shall not, and shall not permit any other person to, (a) alter the Kit; "
            "(b) sell or pass on the Kit.",
            {"no-derivatives", "no-redistribution"},
        ),
        (
            "Member will not, and will not allow anyone else, to adapt the Kit or lend the Kit "
            "out.",
            {"no-derivatives"},
        ),
        # a further banned act after the first act's object
        (
            "Member may not adapt the Kit, or give it to anyone.",
            {"no-derivatives", "no-redistribution"},
        ),
        (
            "Member must not publish the Kit or translate it.",
            {"no-redistribution", "no-derivatives"},
        ),
    ],
)
def test_a_ban_reaches_every_act_it_names(clause: str, kinds: set[str]) -> None:
    assert kinds <= clause_limits(clause)


def test_a_further_act_under_a_condition_is_no_further_ban() -> None:
    # "... or hand on copies without it" sets a condition on copies, it bars no sharing
    assert "no-redistribution" not in clause_limits(
        "Member may not alter the attribution line, or hand on copies without it."
    )
    assert "no-redistribution" in clause_limits(
        "Member may not alter the attribution line, or hand on copies of the Kit."
    )


def test_cloud_use_outside_the_scope_is_a_hosting_limit() -> None:
    assert "hosting-restriction" in clause_limits(
        "Games built on the Kit may run on your own servers, and any hosted service use of the "
        "Kit is outside of the scope of this Agreement."
    )
    assert "hosting-restriction" not in clause_limits(
        "Games built on the Kit may run on your own servers or on any cloud you choose."
    )


def test_sole_purpose_without_the_article_still_scopes_the_grant() -> None:
    found = clause_limits(
        "Quillmoor grants Member a licence to use the Kit for sole purpose of building "
        "storyboards for Member's films."
    )
    assert "field-of-use" in found


def test_a_grant_of_use_for_internal_business_purposes_however_far() -> None:
    granted = (
        "Quillmoor grants you a licence to use (as set out in Annex B) in compiled form a "
        "single copy of the Kit on one workstation at any one time for your internal "
        "business purposes."
    )
    assert "field-of-use" in clause_limits(granted)
    assert "field-of-use" not in clause_limits(
        "Quillmoor grants you a licence to use in compiled form a single copy of the Kit on "
        "one workstation at any one time."
    )


def test_a_pointer_to_the_licensor_is_no_grant_to_share() -> None:
    use = "Quillmoor grants you a licence to use the Kit on one workstation."
    pointer = "You may contact Quillmoor to hear about the add-ons Quillmoor may make available."
    assert rights(f"{use} {pointer}")[1] == "unknown"
    assert rights(f"{use} You may distribute copies of the Kit to your colleagues.")[1] != "unknown"


def test_sharing_ones_own_programs_is_no_leave_to_share_the_work() -> None:
    grant = "Quillmoor grants you a revocable licence to call the Quillmoor API"
    assert rights(f"{grant} to design, build and distribute your applications.")[1] == "unknown"
    assert rights(f"{grant} and to distribute the Quillmoor client library.")[1] == "granted"


def test_a_further_act_other_than_sharing_is_no_field_of_use() -> None:
    assert "field-of-use" not in clause_limits(
        "Once you install the new release you may not use the old release or give it to "
        "another person."
    )
    assert "field-of-use" in clause_limits("You may not use the Kit to rank job applicants.")


def test_a_reservation_of_title_beside_a_grant_of_use_withholds_the_rest() -> None:
    use = "You may only use the Plug-ins with the Quillmoor products they were built for."
    reserved = (
        "Except for the rights expressly granted to you in these Terms, all right, title and "
        "interest in the Plug-ins is reserved by their makers."
    )
    padding = " ".join(f"Clause {n} sets out a duty to pay the fees on time." for n in range(12))
    level, kinds = read(f"Quillmoor Marketplace Terms\n\n1. {use} {reserved}\n\n2. {padding}\n")
    assert level == "closed"
    assert {"no-derivatives", "no-redistribution"} <= kinds
    level, _ = read(f"Quillmoor Marketplace Terms\n\n1. {use}\n\n2. {padding}\n")
    assert level != "closed"


def test_terms_that_change_are_no_leave_to_change_the_work() -> None:
    policies = (
        "Your orders are also subject to the Quillmoor shop policies, as may be modified from "
        "time to time."
    )
    assert rights(f"You may use the Plug-ins on one computer. {policies}")[0] == ("unknown")


def test_a_change_to_the_disclaimers_is_no_change_to_the_work() -> None:
    assert "no-derivatives" not in clause_limits(
        "Sections 8 and 9 do not alter the disclaimers in the Quillmoor Terms, which still apply."
    )
    assert "no-derivatives" in clause_limits("You do not alter the Plug-ins in any way.")


def test_what_a_user_puts_in_is_not_the_work() -> None:
    lead = (
        "You agree that you will not provide or contribute anything, including any content or "
        "user submission (each as defined in clause 9), to the Services, or otherwise use the "
        "Services, in a manner that:"
    )
    items = (
        "    breaks the rules that apply to any other network or website;\n"
        "    uses too much bandwidth compared with other users;\n"
        "    pretends to be another person;"
    )
    assert "no-redistribution" not in read(f"Quillmoor Terms\n\n{lead}\n{items}\n")[1]


def test_what_the_licensor_may_offer_is_no_leave_to_share() -> None:
    use = "Quillmoor grants you a licence to use the Kit on one workstation."
    offer = "You may try any beta builds of the Kit that Quillmoor may make available."
    assert rights(f"{use} {offer}")[1] == "unknown"
    assert rights(f"{use} You may distribute the Kit to anyone.")[1] != "unknown"


def test_an_independent_implementation_is_the_licensees_own_work() -> None:
    grant = (
        "Quillmoor grants you a licence under its copyrights in the Protocol Specification to "
        "write and/or distribute an independent implementation of the Protocol Specification."
    )
    assert rights(grant)[1] == "unknown"
    assert rights(grant.replace("an independent implementation of", "copies of"))[1] != "unknown"


def test_a_setting_that_may_be_changed_is_no_leave_to_change_the_work() -> None:
    use = "Quillmoor grants you a licence to use the Kit on one workstation."
    assert rights(f"{use} The telemetry feature may be modified by you to switch it off.")[0] == (
        "unknown"
    )
    assert rights(f"{use} The Kit may be modified by you for your own use.")[0] != "unknown"


def test_a_font_embedded_in_a_document_is_not_the_font_shared() -> None:
    use = "Quillmoor grants you a licence to use the Font Software on one computer."
    embedded = (
        "You may distribute the Font Software embedded in a PDF document only when it cannot "
        "be extracted from it."
    )
    assert rights(f"{use} {embedded}")[1] == "unknown"
    assert rights(f"{use} You may distribute the Font Software to your colleagues.")[1] != (
        "unknown"
    )


def test_acts_said_not_to_be_allowed_in_brackets_are_not_granted() -> None:
    grant = (
        "Quillmoor grants you a licence to share the Kit in a read-only format that allows "
        "viewing and printing (and not the editing, altering or modifying) of the Kit."
    )
    assert rights(grant)[0] == "unknown"


def test_a_number_that_carries_on_a_sentence_is_no_list_mark() -> None:
    text = (
        "Quillmoor Terms\n\nThe Atlas is provided free of charge for up to\n"
        "25 million tile requests per month per project.\n"
    )
    norms = [s.norm for s in split_sentences(text)]
    assert any("for up to 25 million tile requests per month" in n for n in norms)
    assert "user-threshold" in read(text)[1]
    listed = "Quillmoor Terms\n\n1 Definitions\n\n2 Grant of licence\n"
    assert [s.norm for s in split_sentences(listed)][-1].startswith("2 grant")


def test_a_cross_reference_ends_its_sentence() -> None:
    text = (
        "Quillmoor Terms\n\nThe Preview may only be used as set out in Section 4. The Preview "
        "may not be used in a live operating environment.\n"
    )
    norms = [s.norm for s in split_sentences(text)]
    assert norms[-1].startswith("the preview may not be used")
    # a list mark before a full stop still does not end one
    marked = "Quillmoor Terms\n\nYou may not:\n2. Sell the Kit.\n"
    assert any(n.startswith("2. sell the kit") for n in (s.norm for s in split_sentences(marked)))


def test_a_part_kept_back_beside_leave_to_share_the_rest_is_no_ban() -> None:
    grant = "Quillmoor grants you a licence to use, copy and distribute the Kit."
    part = "This licence does not grant you the right to distribute the Build Tools."
    assert "no-redistribution" not in read(f"Quillmoor Terms\n\n1. {grant} {part}\n")[1]
    only = "Quillmoor grants you a licence to use the Kit on one computer."
    whole = "You may not distribute the Kit."
    assert "no-redistribution" in read(f"Quillmoor Terms\n\n1. {only} {whole}\n")[1]


def test_a_class_kept_out_in_two_joined_bans() -> None:
    assert "excluded-persons" in clause_limits(
        "The Atlas is not licensed to, and may not be used by, any data broker."
    )


def test_a_barred_act_that_is_itself_the_use() -> None:
    assert "non-production" in clause_limits(
        "Test keys are issued for integration work, and you agree not to handle live payment "
        "requests with them."
    )
    assert "non-production" not in clause_limits(
        "Test keys are issued for integration work, and you agree to handle live payment "
        "requests only with your own keys."
    )


@pytest.mark.parametrize(
    ("clause", "kind", "found"),
    [
        # terms the licensor may change
        (
            'Quillmoor may update, alter or amend (each a "Change") this EULA at any time.',
            "revocable-terms",
            True,
        ),
        ("We may need to revise the Agreement from time to time.", "revocable-terms", True),
        (
            "Quillmoor reserves the right to change the TOS from time to time without notice.",
            "revocable-terms",
            True,
        ),
        ("Changes may be made to these Terms from time to time.", "revocable-terms", True),
        # controls: the licensee's need, a change only in writing both sides sign
        ("You may need to update the Agreement form before you file it.", "revocable-terms", False),
        (
            "Changes may be made to these Terms only in a writing signed by both parties.",
            "revocable-terms",
            False,
        ),
        # telling the licensor before release
        (
            "Member is required to notify Quillmoor prior to commercial launch of any game.",
            "registration",
            True,
        ),
        (
            "Member must notify Quillmoor before any shipment of a product built on the Kit.",
            "registration",
            True,
        ),
        # control: a maybe, not a condition
        (
            "You may need to register on the Quillmoor forum to post questions.",
            "registration",
            False,
        ),
        # a class of licensee kept out
        (
            "Point-of-sale and kiosk software vendors are not allowed to use the Kit.",
            "excluded-persons",
            True,
        ),
        (
            "Any use by a company that earns revenue from selling personal data is not "
            "permitted under this licence.",
            "excluded-persons",
            True,
        ),
        # control: vendors allowed
        (
            "Point-of-sale software vendors may use the Kit under a reseller plan.",
            "excluded-persons",
            False,
        ),
        # production use barred
        (
            "You may not put the Kit to any commercial, productive or teaching purpose.",
            "non-production",
            True,
        ),
        ("The Kit may not be used in a live operating environment.", "non-production", True),
        # a limit said only of a trial copy belongs to that copy
        (
            "For trial use, you may not run the Kit in a live operating environment.",
            "non-production",
            False,
        ),
        # terms that carry the limits downstream
        (
            "You shall not let your customers or anyone else use the Atlas in a way that would "
            "be a violation of these Terms if you did it.",
            "pass-through",
            True,
        ),
        (
            "You will require your customers to obey applicable law, regulation, and the Terms.",
            "pass-through",
            True,
        ),
        (
            "Resellers must deliver the Atlas only subject to a licence agreement that forbids "
            "decompiling the Atlas.",
            "pass-through",
            True,
        ),
        (
            "Any sub-licence must bind the sublicensee to all of the obligations of this "
            "Agreement.",
            "pass-through",
            True,
        ),
        # controls: the law alone travels; the terms travel with no limit named
        ("You will require your customers to obey applicable law.", "pass-through", False),
        (
            "Resellers must hand the Atlas on subject to a licence agreement of their choosing.",
            "pass-through",
            False,
        ),
        # a quota or seat cap
        (
            "The free tier lets you send up to 2 million API calls per month.",
            "user-threshold",
            True,
        ),
        (
            "The Starter plan covers no more than 500,000 page views a month.",
            "user-threshold",
            True,
        ),
        ("The seats deployed may not exceed ten (10) Authorized Users.", "user-threshold", True),
        # controls: a count with no period, a number of hits that caps nothing
        (
            "The free tier lets you send API calls in batches of up to 500 requests.",
            "user-threshold",
            False,
        ),
        ("Our servers answered 2 million calls last month.", "user-threshold", False),
        # keeping to the newest version
        (
            "Within sixty (60) days of any notice (or any shorter time the notice sets) you "
            "shall bring your app into line by adopting and using the most current version of "
            "the Atlas.",
            "latest-version",
            True,
        ),
        (
            "Member must install the latest Major Version of the Kit once it ships.",
            "latest-version",
            True,
        ),
        (
            "The licence to any earlier version of the Kit will terminate upon release of its "
            "successor.",
            "latest-version",
            True,
        ),
        # control: the licensor's promise, not the member's duty
        (
            "Quillmoor will publish the latest version of the Kit on its website.",
            "latest-version",
            False,
        ),
        # use bound to other rules
        (
            "Your use of some features may also be subject to additional policies, rules and/or "
            "conditions that Quillmoor posts.",
            "acceptable-use-policy",
            True,
        ),
        (
            "Your use of the Kit is subject to these licence terms and to the other restrictions "
            "Quillmoor sets out in its manuals.",
            "acceptable-use-policy",
            True,
        ),
        (
            "By signing in with a Quillmoor account you agree to the latest Quillmoor Terms of "
            "Use.",
            "acceptable-use-policy",
            True,
        ),
        # controls: a third party's part, a condition on an update
        (
            "Your use of the third-party codecs may be subject to further restrictions and terms.",
            "acceptable-use-policy",
            False,
        ),
        (
            "If you wish to install an update, you must agree to the then current Quillmoor Terms "
            "of Use.",
            "acceptable-use-policy",
            False,
        ),
        # acts and purposes in other frames
        (
            "Any hire, loan, gift or other handing on of the Kit is prohibited.",
            "no-redistribution",
            True,
        ),
        (
            "Tuned or distilled versions of the Kit, including merged checkpoints, shall not be "
            "produced without Quillmoor's written leave.",
            "no-derivatives",
            True,
        ),
        (
            "The header files of the Kit are to be used as shipped and must not be changed in any "
            "way.",
            "no-derivatives",
            True,
        ),
        ("The Atlas may be shared freely but shall not be offered for sale.", "no-selling", True),
        ("The Atlas is offered for study and for sale.", "no-selling", False),
        ("The Atlas is released solely for scholarly research.", "research-only", True),
        ("The Atlas is for academic research alone.", "research-only", True),
        (
            "Use of the Atlas for anything other than scientific research is not allowed.",
            "research-only",
            True,
        ),
        # controls: research beside other purposes; research as the maker's aim
        (
            "The Atlas may be used for research, teaching and commercial work.",
            "research-only",
            False,
        ),
        (
            "The Atlas was built for research purposes only and is not a medical device.",
            "research-only",
            False,
        ),
        # fields and sign ups in other frames
        (
            "Member may not use the Kit in connection with betting or sweepstakes.",
            "field-of-use",
            True,
        ),
        (
            "No licence is given to employ the Kit in designing, running or repairing any "
            "chemical plant facility.",
            "field-of-use",
            True,
        ),
        (
            "Member shall not deploy the Kit, wholly or partly, in mass surveillance or voter "
            "profiling systems.",
            "field-of-use",
            True,
        ),
        (
            "Deployment of the Kit in any setting where it alone decides a loan is prohibited.",
            "field-of-use",
            True,
        ),
        # controls: the terms' own breach; a mark kept from use
        (
            "You may not use the Kit in connection with any breach of this Agreement.",
            "field-of-use",
            False,
        ),
        (
            "The Quillmoor name shall not be used in connection with the changed Kit save to "
            "describe its history.",
            "field-of-use",
            False,
        ),
        (
            "Before you fetch the weights, you must submit the access request form and be "
            "approved by Quillmoor.",
            "registration",
            True,
        ),
        (
            "The Kit may not be used until it has been activated with a licence code.",
            "registration",
            True,
        ),
        ("Each seat must be registered with Quillmoor by name.", "registration", True),
        ("You must complete the order form to add more seats.", "registration", False),
        # shares changes and commerce in other frames
        (
            "Member shall not hand copies of the Kit to any subcontractor.",
            "no-redistribution",
            True,
        ),
        ("Member may not give the Kit to any other company.", "no-redistribution", True),
        ("You may not assign this Agreement to any affiliate.", "no-redistribution", False),
        ("Nothing in these Terms lets you pass the Kit on to others.", "no-redistribution", True),
        (
            "No right to make abridgements, translations or other derivative works of the Atlas "
            "is granted.",
            "no-derivatives",
            True,
        ),
        (
            "The photographs are licensed for reuse as they are; no trimming, recolouring or "
            "other alteration is permitted.",
            "no-derivatives",
            True,
        ),
        (
            "The Quill Serif typeface is free for personal use; commercial use needs a "
            "commercial licence.",
            "non-commercial",
            True,
        ),
        (
            "The Quill Serif typeface is free for personal and commercial use.",
            "non-commercial",
            False,
        ),
        (
            "Member shall not use the Typeface on any signage, labels or other commercial goods.",
            "non-commercial",
            True,
        ),
        # hosting for others in other frames
        (
            "The Atlas may not be offered to the public through an online query service.",
            "hosting-restriction",
            True,
        ),
        (
            "Member shall not run the Kit as a service for third parties.",
            "hosting-restriction",
            True,
        ),
        (
            "Member shall not put the Atlas inside a hosted platform sold to its clients.",
            "hosting-restriction",
            True,
        ),
        (
            "The Atlas may not be loaded into any tool through which third parties can search "
            "its entries.",
            "hosting-restriction",
            True,
        ),
        # control: hosting one's own copy is allowed
        ("Member may run the Kit on its own servers for its staff.", "hosting-restriction", False),
        # recipients bound to these terms
        (
            "Before you pass the Atlas to any other person, that person must accept these terms.",
            "pass-through",
            True,
        ),
        (
            "Any party receiving the Kit from you shall be bound by the same terms as this "
            "licence.",
            "pass-through",
            True,
        ),
        (
            "Each reseller to whom you supply the Kit must agree to the terms of this Agreement.",
            "pass-through",
            True,
        ),
        # controls: the licensee's own acceptance; an unnamed recipient
        ("The licensee must accept these terms before using the Kit.", "pass-through", False),
        ("Recipients must agree to these terms.", "pass-through", False),
        # keeping current and revoking at will
        (
            "Quillmoor may revoke the licence under these Terms whenever it sees fit.",
            "revocable-terms",
            True,
        ),
        (
            "Quillmoor may revoke the licence under these Terms if you breach them.",
            "revocable-terms",
            False,
        ),
        (
            "Member agrees to apply all fixes and patches Quillmoor issues within ten (10) days.",
            "latest-version",
            True,
        ),
        (
            "Use of an earlier version of the Kit once a newer one is out is not permitted.",
            "latest-version",
            True,
        ),
        ("Studios shall use only the latest release of the Kit.", "latest-version", True),
        # control: the licensor's own release plan
        ("Quillmoor will ship the latest release of the Kit each spring.", "latest-version", False),
        # sharing barred behind a consent or inside another work
        (
            "Member may not, except with Quillmoor's prior written approval:\n(ii) distribute "
            "the Kit to any third party;",
            "no-redistribution",
            True,
        ),
        (
            "You shall not include the Debug Build in any game shipped to players.",
            "no-redistribution",
            True,
        ),
        # controls: leave to include it; something else kept out of reports
        ("You may include the Runtime in any game shipped to players.", "no-redistribution", False),
        ("You shall not include any personal data in reports.", "no-redistribution", False),
    ],
)
def test_a_limit_in_another_frame(clause: str, kind: str, found: bool) -> None:
    assert (kind in clause_limits(clause)) is found
