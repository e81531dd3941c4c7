"""Clause patterns that generalise, each checked on sentences written for the test."""

from __future__ import annotations

import pytest

from licenseclass.clauses.analysis import analyze_text
from licenseclass.clauses.sentences import split_sentences
from licenseclass.core.model import INFORMATIONAL_KINDS


def limiting(text: str) -> set[str]:
    lic = analyze_text(text).license
    return {r.kind for r in lic.restrictions if r.kind not in INFORMATIONAL_KINDS}


ODD_BREAKS = ["\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85"]


@pytest.mark.parametrize("odd", ODD_BREAKS)
def test_line_numbers_count_newlines_only(odd: str) -> None:
    text = (
        "Gadget Terms\n\n"
        f"You may use{odd}and copy the gadget.\n"
        "\n"
        "You may not use the gadget for commercial purposes.\n"
    )
    sentences = split_sentences(text)
    assert [s.start_line for s in sentences] == [1, 3, 5]
    found = analyze_text(text).license.restrictions
    assert [(r.kind, r.evidence[0].start_line) for r in found] == [("non-commercial", 5)]


def test_crlf_line_ends_keep_line_numbers() -> None:
    text = (
        "Gadget Terms\r\n\r\nYou may copy the gadget.\r\nIt is licensed for research use only.\r\n"
    )
    found = analyze_text(text).license.restrictions
    assert [(r.kind, r.evidence[0].start_line) for r in found] == [("research-only", 4)]
