"""Readings the fifty-fifth round added, each with a control that must not change."""

from __future__ import annotations

from licenseclass import analyze_text


def _kinds(text: str) -> set[str]:
    return {r.kind for r in analyze_text(text).license.restrictions}


_FONT_GRANT = (
    "1. GRANT OF LICENSE. You may install and use an unlimited number of copies of the FONTS. "
    "You may copy and distribute unlimited copies of the FONTS as you receive them.\n\n"
    "- You may modify your copy or copies of the fonts or any portion of it,\n"
    "  provided that you also meet all of these rules:\n\n"
    "\ta) {rule}\n\n\tb) Extra characters may be added.\n"
)


def test_a_condition_that_keeps_changes_off_part_of_the_work_limits_the_grant() -> None:
    rule = "Do not alter in any way the letters and digits contained in the font."
    reading = analyze_text(_FONT_GRANT.format(rule=rule))
    assert "no-derivatives" in {r.kind for r in reading.license.restrictions}
    assert reading.verdict.level == "restricted"
    # a condition on the notice stays a condition
    kept = "Do not remove the copyright notice from the font files."
    assert "no-derivatives" not in _kinds(_FONT_GRANT.format(rule=kept))


def test_a_condition_of_another_grant_bars_no_change() -> None:
    # the leave is to link and to share; its condition is what earns it
    exception = (
        "As a special exception, the copyright holders give you permission to combine the "
        "library with independent modules that communicate with it solely through its "
        "interface. You may copy and distribute such a system, provided that you do not "
        "modify the library's interface."
    )
    assert "no-derivatives" not in _kinds(exception)
    template = (
        "Every Copyright Holder is permitted to use the text of this License for their own "
        "work provided that they: (i) keep the name of the License, (ii) remove the Preamble "
        "and (iii) do not change the General Conditions."
    )
    assert "no-derivatives" not in _kinds(template)


def test_a_work_declared_confidential_with_limited_copies_is_not_shared() -> None:
    terms = (
        "This library (the Software) may not be used except in connection with the "
        "Licensee's use of the Acme Platform Services. For the avoidance of doubt, the "
        "Software constitutes Acme Confidential Information under the Agreement.\n\n"
        "You may view, make limited copies of, and may compile the Source Code version of the "
        "Software into an Object Code version of the Software. You may not make derivative "
        "works of the Software.\n"
    )
    reading = analyze_text(terms)
    assert reading.license.rights.share.status == "denied"
    assert reading.verdict.level == "closed"
    # copies that no purpose or measure narrows still pass on
    free = terms.replace("make limited copies of", "make copies of").replace(
        " For the avoidance of doubt, the Software constitutes Acme Confidential Information "
        "under the Agreement.",
        "",
    )
    assert analyze_text(free).license.rights.share.status != "denied"


def test_a_term_said_at_all_times_ties_use_to_a_device() -> None:
    item = (
        "2.1 You may use, copy and distribute unmodified copies of the Software:\n\n"
        "2.1.1 for personal or academic, non-commercial purposes; or\n\n"
        "2.1.2 for commercial purposes provided the Software is at all times used on a device "
        "designed, licensed or developed by Acme and, provided that in each instance you "
        "retain the copyright notices.\n\n"
        "Any requests for additional permissions by Acme should be made to Acme.\n"
    )
    assert "field-of-use" in _kinds(item)
    # a description of what a function does is no term
    assert _kinds("This function is only used on a device made by Acme when set.") == set()


def test_a_request_for_more_permissions_adds_to_no_other_license() -> None:
    # (an addition to another license would tie the grant's reach to that license's leave)
    from licenseclass.clauses.rules import _supplements

    assert not _supplements("any requests for additional permissions should be made to acme")
    assert _supplements("as a special exception, you may link this library with other code")
    assert _supplements("acme grants you additional permissions to combine it with x")


def test_leave_to_copy_in_order_to_build_something_is_a_field_of_use() -> None:
    notice = (
        "This documentation is covered by Acme copyrights. You may make copies of it in order "
        "to develop implementations of the technologies described in the specifications and "
        "may distribute portions of it in your implementations. All other rights are reserved."
    )
    reading = analyze_text(notice)
    assert "field-of-use" in {r.kind for r in reading.license.restrictions}
    assert reading.verdict.level == "restricted"
    # a waiver "in order to make effective the licence" ties nothing
    waiver = (
        "Where moral rights apply, the Licensor waives his right to exercise his moral right to "
        "the extent allowed by law in order to make effective the licence of the economic rights."
    )
    assert "field-of-use" not in _kinds(waiver)
