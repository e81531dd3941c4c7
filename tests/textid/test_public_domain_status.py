"""A text that puts the work itself in the public domain is identified by that status (open),
where ScanCode's generic public-domain rules were only kept as clues; a part's, another
work's, a denied or a conditional status stays a clue."""

from __future__ import annotations

import pytest

from licenseclass import classify_text

PUBLIC_DOMAIN = "LicenseRef-scancode-public-domain"


@pytest.mark.parametrize(
    "text",
    [
        "This code is in the public domain.\n",
        "The widget library has been released into the public domain.\n",
        "License: public domain\n",
        "I hereby place this code in the public domain.\n",
    ],
)
def test_the_works_status_is_identified(text: str) -> None:
    found = classify_text(text)
    assert found.expression == PUBLIC_DOMAIN
    assert found.verdict is not None and found.verdict.level == "open"
    assert found.unexplained == ()


@pytest.mark.parametrize(
    "text",
    [
        "Based on the public domain MD5 implementation by an earlier author.\n",
        "Portions of this file are in the public domain.\n",
        "This file is not in the public domain.\n",
        "Some of the test images are in the public domain.\n",
    ],
)
def test_another_works_or_a_denied_status_stays_a_clue(text: str) -> None:
    found = classify_text(text)
    assert PUBLIC_DOMAIN not in {m.id for m in found.matches}


def test_status_beside_a_license_joins_it() -> None:
    found = classify_text(
        "This example code is in the public domain and is also licensed under the MIT license.\n"
    )
    assert {m.id for m in found.matches} == {PUBLIC_DOMAIN, "MIT"}
    assert found.verdict is not None and found.verdict.level == "open"


def test_status_inside_a_restricting_text_does_not_open_it() -> None:
    text = "This code is in the public domain.\n\nCommercial use of this code is prohibited.\n"
    found = classify_text(text)
    assert found.verdict is not None and found.verdict.level != "open"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # the dedicating license itself says it: no second, separate status
        (
            "Any copyright is dedicated to the Public Domain.\n"
            "http://creativecommons.org/publicdomain/zero/1.0/\n",
            "CC0-1.0",
        ),
        # the license named after "under" is what the sentence grants
        (
            "The widget code is placed into the public domain under the terms of the MIT "
            "license.\n",
            "MIT",
        ),
    ],
)
def test_status_given_by_a_license_is_that_license(text: str, expression: str) -> None:
    assert classify_text(text).expression == expression


def test_status_offered_or_a_license_is_a_choice() -> None:
    found = classify_text(
        "The widget code is placed in the public domain,\n"
        "or, where that is not possible, released under the Apache License 2.0.\n"
    )
    assert {m.id for m in found.matches} == {PUBLIC_DOMAIN, "Apache-2.0"}
    assert found.expression is not None and " OR " in found.expression
