"""Readings the fifty-sixth round changed, each with a control that must not change."""

from __future__ import annotations

from licenseclass import analyze_text


def _kinds(text: str) -> set[str]:
    return {r.kind for r in analyze_text(text).license.restrictions}


_DEFINITION = (
    "Permission is granted to copy, modify and redistribute the Package, provided that the\n"
    "Package stays Freely Available.\n\n"
    '"Freely Available" {means}:\n\n'
    "       (a) no fee is charged for the right to use the item (though a\n"
    "           distribution fee may be charged).\n\n"
    "       (b) recipients of the item may redistribute it under the same\n"
    "           conditions they received it.\n"
)


def test_the_parts_of_a_definition_are_no_limits() -> None:
    for means in ("means that", "shall mean", "means the following"):
        assert "no-selling" not in _kinds(_DEFINITION.format(means=means)), means
    # the parts of a use the text bars are its limits
    barred = (
        "You may use, copy and modify the Model. You shall not engage in any Restricted Use.\n\n"
        '"Restricted Use" means any of the following:\n\n'
        "  (a) use for military purposes;\n\n"
        "  (b) use to provide a hosted service to third parties.\n"
    )
    assert "field-of-use" in _kinds(barred)
    # a list of bans under a lead-in that bars is read item by item
    bans = (
        "You may use and copy the Software. You may not:\n\n"
        "       (a) sell copies of the Software for a fee;\n\n"
        "       (b) use the Software for military purposes.\n"
    )
    assert {"no-selling", "field-of-use"} <= _kinds(bans)


def test_a_defined_term_is_read_where_a_clause_uses_it() -> None:
    text = (
        "Permission is granted to use, copy and modify the Software for Non-Commercial\n"
        'Purposes only.\n\n"Non-Commercial Purposes" means:\n\n'
        "       (a) research at a university;\n\n"
        "       (b) personal study.\n"
    )
    reading = analyze_text(text)
    assert "non-commercial" in {r.kind for r in reading.license.restrictions}
    assert reading.verdict.level == "restricted"
