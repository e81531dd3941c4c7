"""Readings of the fifty-fourth round: what a sentence gives, bars or only describes.

Each case is a small text written here, with a control beside it that keeps the reading the
rule is not meant to change.
"""

from __future__ import annotations

from licenseclass import analyze_text
from licenseclass.core.model import INFORMATIONAL_KINDS


def _kinds(text: str) -> set[str]:
    found = analyze_text(text).license.restrictions
    return {str(r.kind) for r in found} - set(INFORMATIONAL_KINDS)


def _rights(text: str) -> set[str]:
    return {right for grant in analyze_text(text).grants for right in grant.rights}


def test_giving_copies_away_is_leave_to_share() -> None:
    notice = (
        "This eBook is for the use of anyone anywhere at no cost and with almost no "
        "restrictions whatsoever. You may copy it, give it away or re-use it under the terms "
        "of the License included with this eBook."
    )
    assert "distribute" in _rights(notice)
    assert analyze_text(notice).license.rights.share.status == "granted"
    # copying alone is no leave to pass the work on
    assert "distribute" not in _rights("You may copy it for your own reading.")


def test_a_clause_that_picks_out_things_grants_nothing() -> None:
    picked = (
        "When Content is authorized for sharing, we will clearly identify the Content you are "
        "authorized to redistribute and the ways you may redistribute it."
    )
    assert "distribute" not in _rights(picked)
    assert "distribute" not in _rights("The Licensor will specify which files you may share.")
    # the leave itself still counts
    assert "distribute" in _rights("You may redistribute the Content in the ways we identify.")


def test_things_that_do_not_change_are_described_not_barred() -> None:
    described = (
        "It only helps the management of static clusters (configurations that do not change "
        "much over time)."
    )
    assert _kinds(described) == set()
    assert "no-derivatives" in _kinds("You do not modify the Software.")
    assert "no-derivatives" in _kinds("You must ensure that you do not modify the Software.")
