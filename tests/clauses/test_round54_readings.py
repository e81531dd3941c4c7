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


def test_changes_given_back_to_the_community_are_published_not_reported() -> None:
    community = (
        "I do not care what you use it for, only if you modify or improve the program itself, "
        "you have to contribute your changes back to the community."
    )
    assert "registration" not in _kinds(community)
    # changes owed to the licensor still are
    assert "registration" in _kinds("You must submit all changes back to the author.")
    assert "registration" in _kinds("You have to contribute your changes back.")


def test_limits_lifted_for_non_production_bind_production() -> None:
    terms = (
        "Use Limitation: Maximum 100 email addresses per domain.\n\n"
        "Subject to the Use Limitation, Licensor grants you a license to copy, modify, use and "
        "redistribute the Software. There are no Use Limitations for non-production purposes."
    )
    assert "non-production" in _kinds(terms)
    assert analyze_text(terms).verdict.level == "restricted"
    assert _kinds("There are no limitations on your use of the Software.") == set()


def test_leave_given_in_other_words() -> None:
    given = (
        "Permission is hereby given, free of charge, to any person obtaining a copy of this "
        "software, to deal in the software without restriction, including the rights to use, "
        "copy, modify and distribute copies of the Software."
    )
    assert {"use", "modify", "distribute"} <= _rights(given)
    module = (
        "ISO/IEC gives users of MPEG-7 free license to this software module or modifications "
        "thereof for use in hardware or software products claiming conformance to MPEG-7."
    )
    assert {"use", "modify"} <= _rights(module)
    # a license the licensee gives the licensor is no leave
    assert _rights("You give Acme a free license to use your feedback.") == set()


def test_a_carve_out_can_withhold_the_leave_to_use() -> None:
    carved = (
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
        "software, to deal in the Software, including the rights to copy, modify, merge, "
        "publish, distribute, sublicense, and/or sell copies of the Software, but NOT including "
        "the right to run, execute or use the Software or any executable binaries built from "
        "the source code."
    )
    reading = analyze_text(carved)
    assert "use" not in _rights(carved)
    assert "field-of-use" in _kinds(carved)
    assert reading.verdict.level == "restricted"
    whole = carved.split(", but NOT", maxsplit=1)[0] + "."
    assert "field-of-use" not in _kinds(whole)
