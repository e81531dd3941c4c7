"""Wordings of limits the reader missed or gave the wrong kind (thirty-second round): a purpose
with a kind of its own after "for the sole purpose of", the qualities of a granted license, a
model "that is competitive", classes of licensee "not permitted to use", the latest version to
"transition to", production "not licensed for", the work as the "base of another work", "any
other distribution" needing a licence, a service "for others", limits that another document
lists, and terms passed on that "mirror" this text's. Each has a near miss that must stay as it
was. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from gadget import read


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Licensor grants you a license to use the Software for the sole purpose of testing "
            "and evaluating the Software.",
            "evaluation-only",
        ),
        (
            "You may use the Software for the sole purpose of reviewing the source code.",
            "evaluation-only",
        ),
        (
            "Licensee may use the Data for the limited purpose of research into speech "
            "recognition.",
            "research-only",
        ),
        (
            "Acme hereby grants you a non-exclusive, non-commercial, royalty-free license to use "
            "the Software.",
            "non-commercial",
        ),
        (
            "The Institute grants You a non-commercial, non-exclusive, non-transferable licence "
            "to use the Program.",
            "non-commercial",
        ),
        (
            "You may not use the Output to train, fine-tune or distill a model that is "
            "competitive with the Model.",
            "model-improvement-ban",
        ),
        (
            "For-profit organisations are not permitted to use or exploit the Software in any "
            "manner.",
            "excluded-persons",
        ),
        (
            "You shall transition to the latest version of the Service as soon as it is released.",
            "latest-version",
        ),
        ("The Software is not licensed for production use.", "non-production"),
        ("This kit is provided for evaluation and not for any production use.", "non-production"),
        ("You may not use the work as the base of another work.", "no-derivatives"),
        (
            "Any other distribution of the Software requires a separate license with the "
            "University.",
            "no-redistribution",
        ),
        ("You may not use the Software to provide a service for others.", "hosting-restriction"),
        (
            "You may not install the Software on your servers and charge others for the use of it.",
            "hosting-restriction",
        ),
        (
            "State agencies, and contractors acting for them, receive no rights under this "
            "licence.",
            "excluded-persons",
        ),
        (
            "The licence granted herein excludes any person who is acting for a data broker.",
            "excluded-persons",
        ),
        ("Use by or for any tobacco company is not licensed.", "excluded-persons"),
        (
            "No government agency, military body or police authority may use the Model.",
            "excluded-persons",
        ),
        (
            "This licence is not available to any person or entity that has brought a patent "
            "claim against the Licensor.",
            "excluded-persons",
        ),
        (
            "Licensee shall not use the Platform in any manner forbidden by the then-current "
            "Harbour Conduct Policy.",
            "acceptable-use-policy",
        ),
        (
            "All uses must stay within the boundaries drawn by the Safe Deployment Addendum.",
            "acceptable-use-policy",
        ),
        (
            "Recipients may never engage in any activity listed in the Platform Misuse Policy.",
            "acceptable-use-policy",
        ),
        (
            "Distributors must bind their customers to terms that mirror this Licence's "
            "restrictions.",
            "pass-through",
        ),
        (
            "Sublicensees shall be bound in writing by obligations equivalent to those of the "
            "Licensee.",
            "pass-through",
        ),
        (
            "Any party to whom you provide the Model must be contractually obliged to observe the "
            "acceptable use policy.",
            "pass-through",
        ),
        ("Harbour may revoke this licence at any time without cause.", "revocable-terms"),
        (
            "We reserve the right to suspend or cancel your licence whenever we choose.",
            "revocable-terms",
        ),
        (
            "Use of the Archive is a privilege that the Trust may withdraw without explanation.",
            "revocable-terms",
        ),
    ],
)
def test_a_limit_in_a_new_wording_has_its_kind(text: str, kind: str) -> None:
    assert kind in read(text)[1]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # one's own work tested: a field of use, not an evaluation of the licensed work
        (
            "You may use the kit for the sole purpose of testing the interoperability of your "
            "devices with the platform.",
            "evaluation-only",
        ),
        (
            "You may use the SDK for the sole purpose of developing and testing your applications.",
            "evaluation-only",
        ),
        # both kinds of license offered, or a paid one as well: no limit to non-commercial use
        (
            "Acme offers a commercial, or a non-commercial, royalty-free license.",
            "non-commercial",
        ),
        # a warning about quality is no ban
        ("This release is not intended for production use yet.", "non-production"),
        # a model that competes is named, not one trained from the outputs
        ("The outputs may be used to train any model that you like.", "model-improvement-ban"),
        # distribution that needs nothing more
        ("Any other distribution of the Software is permitted.", "no-redistribution"),
        # no beneficiaries outside the contract, and a right withheld from anyone: no class
        ("Third parties receive no rights under this licence.", "excluded-persons"),
        (
            "Persons who are not a party to this Agreement have no rights under it.",
            "excluded-persons",
        ),
        ("Any person who receives a copy has no right to sublicense it.", "excluded-persons"),
        ("This licence is not available to any person or entity.", "excluded-persons"),
        # an attachment is most often part of the text, whose items are read where they stand
        (
            "Each user is bound by the use restrictions listed in Attachment B.",
            "acceptable-use-policy",
        ),
        # a document of another matter, or one that forbids nothing
        (
            "Use of the Software is prohibited in the countries listed in Schedule 2 of our "
            "export policy.",
            "acceptable-use-policy",
        ),
        (
            "The fees for each use of the API are listed in Schedule B; late payment is "
            "prohibited.",
            "acceptable-use-policy",
        ),
        (
            "Nothing in this Agreement prohibits you from using the Software as described on the "
            "product page.",
            "acceptable-use-policy",
        ),
        ("Our mirrors reflect the same restrictions as the main site.", "pass-through"),
        (
            "Customers must agree to the privacy notice, which includes the limitations on data "
            "retention.",
            "pass-through",
        ),
        # an end for cause, the licensee's own end, or a contract's term both ways
        (
            "Harbour may revoke this licence at any time if you fail to pay the fees.",
            "revocable-terms",
        ),
        # (ending the licence at will is termination, as the labels read it)
        ("Harbour may terminate this licence at any time for any reason.", "revocable-terms"),
        ("You may terminate this licence at any time by deleting the Software.", "revocable-terms"),
        (
            "Either party may terminate this Agreement at any time on thirty days' notice.",
            "revocable-terms",
        ),
        (
            "You agree to comply with obligations equivalent to those of a data controller.",
            "pass-through",
        ),
    ],
)
def test_a_near_miss_keeps_its_reading(text: str, kind: str) -> None:
    assert kind not in read(text)[1]
