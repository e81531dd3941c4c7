"""Copies that may go out only under the licensor's protective terms, and ban lead-ins that put
a clause between the ban and its verbs. Wordings written for these tests."""

from __future__ import annotations

import pytest

from licenseclass import analyze_text


def _kinds(text: str) -> set[str]:
    return {r.kind for r in analyze_text(text).license.restrictions}


@pytest.mark.parametrize(
    "text",
    [
        "You may ship the runtime to your customers, provided that you distribute it only "
        "subject to a license agreement that protects Example Corp's interests.",
        "Reseller may sublicense the Tool to end users under an end user agreement which "
        "protects the Vendor at least as well as this one.",
        "You may copy and distribute the drivers to your end users, but only under written "
        "terms at least as restrictive as those of this Agreement.",
        "Distribution is allowed under a license whose terms are no less protective of us than "
        "these terms.",
    ],
)
def test_protective_terms_for_every_copy_are_a_pass_through(text: str) -> None:
    assert "pass-through" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # open-license wordings: the recipient's rights travel, not the licensor's limits
        "You may distribute copies under the terms of this License, which protects the "
        "freedom of every user.",
        "Each recipient receives a license from the original licensors to run, modify and "
        "propagate the work.",
        "These terms are at least as long as they need to be.",
    ],
)
def test_a_license_that_protects_users_is_no_pass_through(text: str) -> None:
    assert "pass-through" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "You may not, nor may you enable anybody else to, modify the Software.",
        "Licensee shall not, nor shall Licensee permit others to alter the Program.",
        "You may not decompile, decompose, reverse engineer, or alter the Software.",
    ],
)
def test_a_ban_reaches_its_verbs_past_a_lead_in(text: str) -> None:
    assert "no-derivatives" in _kinds(text)
