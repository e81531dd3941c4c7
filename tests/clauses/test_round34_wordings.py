"""Limits in wordings the clause reader missed (thirty-fourth round).

- A ban on sharing changed copies said as a noun ("Redistribution of modified versions is not
  permitted"), not under a condition the licensee can meet ("... unless they are plainly marked").
- A grant for "educational and research purposes": research with teaching named first.
- The licensor's leave to change a use policy "from time to time", and to "make modifications,
  improvements and/or changes to" the terms.
- Sharing that must stay free: "may not charge students for those copies", "must supply the
  Model at no cost".
"""

from __future__ import annotations

import pytest

from licenseclass import analyze_text


def _kinds(text: str) -> dict[str, int]:
    found = analyze_text(text).license.restrictions
    return {r.kind: r.evidence[0].start_line for r in found if r.evidence}


GRANT = "Permission is granted to copy and distribute this program in source or binary form.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Redistribution of modified versions of this program is not permitted.",
        "Distribution of modified copies is prohibited.",
        "The publication of altered versions is strictly forbidden.",
        "Redistribution of modified versions is not permitted unless expressly permitted by "
        "the author.",
    ],
)
def test_sharing_changed_copies_banned_as_a_noun(sentence: str) -> None:
    found = _kinds(GRANT + sentence + "\n")
    assert found.get("no-derivatives") == 2
    assert analyze_text(GRANT + sentence).verdict.level == "restricted"


@pytest.mark.parametrize(
    "sentence",
    [
        "Redistribution of modified versions is not permitted unless they are plainly marked "
        "as such.",
        "Modified versions may not be distributed unless they are plainly marked as such.",
        # changed copies allowed; only the unchanged notice is protected
        "Redistribution of this program is permitted.",
    ],
)
def test_a_condition_the_licensee_can_meet_is_no_ban(sentence: str) -> None:
    assert "no-derivatives" not in _kinds(GRANT + sentence)


@pytest.mark.parametrize(
    ("text", "limited"),
    [
        ("The library can be freely used for educational and research purposes.", True),
        ("You may use the data for teaching or research purposes.", True),
        (
            "Permission to use this software for academic and non-profit research purposes is "
            "granted.",
            True,
        ),
        # another purpose offered beside them
        (
            "It can be used for educational and research purposes, or for commercial purposes "
            "under a separate license.",
            False,
        ),
        # what the work was made for, not what it may be used for
        ("This manual was written for educational and research purposes.", False),
    ],
)
def test_grant_for_teaching_and_research(text: str, limited: bool) -> None:
    assert ("research-only" in _kinds(text)) is limited


@pytest.mark.parametrize(
    ("text", "changeable"),
    [
        (
            "Acme reserves the right to update this Acme Prohibited Use Policy from time to time.",
            True,
        ),
        (
            "Acme Corporation may at any time make modifications, improvements and/or changes to "
            "these Terms and Conditions.",
            True,
        ),
        # a steward's new versions change no grant already given
        ("The Foundation may publish revised versions of this License from time to time.", False),
        ("The Foundation may update this license from time to time.", False),
        # a privacy policy is no terms of use
        ("We may update this Privacy Policy from time to time.", False),
    ],
)
def test_terms_the_licensor_may_change(text: str, changeable: bool) -> None:
    assert ("revocable-terms" in _kinds(text)) is changeable


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Licensee may copy the Tutorials for classroom use but may not charge students for "
            "those copies.",
            True,
        ),
        ("Redistributors must supply the Model at no cost to the people who receive it.", True),
        ("You must distribute the Software free of charge.", True),
        # the source a copyleft licence makes available, not the work sold
        ("You must make the Corresponding Source available at no charge.", False),
        # a fee for a service, not for the work
        ("You may not charge users for support services.", False),
    ],
)
def test_sharing_kept_free_of_charge(text: str, found: bool) -> None:
    assert ("no-selling" in _kinds(text)) is found


def test_a_purpose_list_of_non_revenue_research_is_no_field_of_use() -> None:
    # every purpose listed has a kind of its own: no field of use beside them
    found = _kinds(
        "The Software may be used solely for non-commercial, non-revenue generating, research "
        "purposes."
    )
    assert {"non-commercial", "research-only"} <= found.keys()
    assert "field-of-use" not in found


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # the step said not to be needed
        (
            "No registration or account is required to download and use the Software.",
            "registration",
            False,
        ),
        ("You do not need to register to use the Software.", "registration", False),
        ("You don't need to create an account to download the Software.", "registration", False),
        ("You need to create an account to download the Software.", "registration", True),
        # a count as it stands today, not a cap
        (
            "The Service currently has more than 3 million monthly active users worldwide.",
            "user-threshold",
            False,
        ),
        (
            "If your service currently has more than 3 million monthly active users, you must "
            "request a license.",
            "user-threshold",
            True,
        ),
    ],
)
def test_near_misses_of_registration_and_user_caps(text: str, kind: str, found: bool) -> None:
    assert (kind in _kinds(text)) is found


def test_the_licensors_own_promise_is_no_ban_on_the_licensee() -> None:
    promise = (
        "Licensor undertakes that it will not supply the SDK to any defence ministry during the "
        "term of this Agreement."
    )
    assert "no-redistribution" not in _kinds(promise)
    assert "no-redistribution" in _kinds("You may not supply the SDK to any defence ministry.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Licensor recommends that Customer test each Update in a non-production environment "
            "before installing it in production.",
            False,
        ),
        ("We strongly recommend that you do not use the beta in production.", False),
        ("It is recommended to use the software for research purposes only.", False),
        ("You may not use the beta in production.", True),
    ],
)
def test_advice_is_no_limit(text: str, found: bool) -> None:
    assert bool(_kinds(text)) is found
