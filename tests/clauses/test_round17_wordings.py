"""Plain wordings of limits, written fresh for the seventeenth round (no labelled text holds
them), beside near misses that must stay unlimited."""

from __future__ import annotations

import pytest
from gadget import read


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The fonts are free for personal use only.", "non-commercial"),
        ("Free for personal use; commercial use requires a license.", "non-commercial"),
        (
            "The Software may not be used in any product or service that is sold or otherwise "
            "commercialised.",
            "non-commercial",
        ),
        ("You may not place the Software on any public server or website.", "no-redistribution"),
        ("Any recipient of the Software must agree to these terms.", "pass-through"),
        ("This trial version may be used for 30 days.", "evaluation-only"),
        ("Use is limited to non-commercial scientific research.", "research-only"),
        ("The Data may only be used to improve weather forecasts.", "field-of-use"),
        ("This application may solely be used for demonstration purposes.", "field-of-use"),
        (
            "If the monthly active users of your service exceed 100 million, you must request "
            "a license from us.",
            "user-threshold",
        ),
        ("The weights are released for non-commercial use.", "non-commercial"),
        (
            "Commercial deployment of the Model requires a separate agreement with the Licensor.",
            "non-commercial",
        ),
        (
            "If you distribute the Model, you must include these use restrictions in your "
            "license and require recipients to comply with them.",
            "pass-through",
        ),
        (
            "This license permits use of the Software for evaluation purposes for a period of "
            "sixty days.",
            "evaluation-only",
        ),
        ("The evaluation license expires 90 days after installation.", "evaluation-only"),
        (
            "Licensee may not make the functionality of the Software available to third parties "
            "over a network.",
            "hosting-restriction",
        ),
        ("The Software may not be accessed remotely.", "remote-restriction"),
        (
            "You may distribute this archive only in its original, unmodified form.",
            "no-derivatives",
        ),
        ("You may distribute this archive only in its original form.", "no-derivatives"),
        (
            "You may make copies for your own use but you may not give them away.",
            "no-redistribution",
        ),
        (
            "Each release converts to the MIT license three years after it is published.",
            "delayed-open",
        ),
        (
            "Offering the Software as a database-as-a-service product is not permitted.",
            "hosting-restriction",
        ),
        (
            "If you offer the Program as a service, you must release the source code of your "
            "entire service stack.",
            "service-source",
        ),
    ],
)
def test_a_plain_limit_is_read(sentence: str, kind: str) -> None:
    assert kind in read(sentence)[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "This font is free for personal and commercial use.",
        "You may place the Software on any public server or website.",
        "This license may only be used for software.",
        "A Supplement File may only be used to specify the attribution requirements.",
        "The Software may only be used in accordance with this license.",
        "Any recipient of the Software may choose other terms.",
        "Our monthly active users grew by more than 20% last year.",
        "Commercial use of the Model requires no separate agreement.",
        "The weights are released for commercial and non-commercial use.",
        "The Software may be accessed remotely.",
        "The evaluation of this product ends on Friday.",
        "This license text may be distributed only in its original form.",
        "You may distribute the program in its original form or in modified form.",
        "You must not pass on the license to others.",
        "Offering the Software as a hosted service is permitted.",
        "Each release converts to the MIT license on publication.",
        "If you offer the Program as a service, you must release the source code of your "
        "modifications.",
    ],
)
def test_a_near_miss_limits_nothing(sentence: str) -> None:
    assert read(sentence)[1] == set()
