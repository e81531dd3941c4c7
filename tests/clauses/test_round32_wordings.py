"""Wordings of limits the reader missed or gave the wrong kind (thirty-second round): a purpose
with a kind of its own after "for the sole purpose of", the qualities of a granted license, a
model "that is competitive", classes of licensee "not permitted to use", the latest version to
"transition to", production "not licensed for", the work as the "base of another work", "any
other distribution" needing a licence, and a service "for others". Each has a near miss that
must stay as it was. Every sentence here is written for the test."""

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
    ],
)
def test_a_near_miss_keeps_its_reading(text: str, kind: str) -> None:
    assert kind not in read(text)[1]
