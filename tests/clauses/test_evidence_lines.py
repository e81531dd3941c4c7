"""Evidence names the lines of its own words, not of the whole sentence around them.

A sentence of a license text often runs over five or ten wrapped lines, and a sentence of a
source file's comment may run on into the code after it (code has no full stops). Before the
fifty-first round a limit's evidence gave the lines of the whole sentence; a user sent to
"lines 1-13" for a ban written on line 2 has to hunt for it. Now the lines are those of the
deciding words; a grant's evidence stays its whole sentence, since a right it leaves out is read
from the list of rights, which may run lines past the words that open the grant.
"""

from __future__ import annotations

from licenseclass import classify_text
from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.licensedcode import scancode_licenses


def _spans(text: str, kind: str) -> list[tuple[int, int]]:
    found = analyze_text(text).license
    return [
        (e.start_line, e.end_line) for r in found.restrictions if r.kind == kind for e in r.evidence
    ]


def test_a_ban_at_the_end_of_a_long_wrapped_sentence_is_named_by_its_own_lines() -> None:
    text = (
        "Subject to the terms of this agreement, the licensor grants you a worldwide,\n"
        "royalty-free license to use, copy, modify and distribute the gadget and its\n"
        "documentation, in source or object form, for any purpose you like, and to let\n"
        "others do the same, except that you may not use the gadget or any part of it\n"
        "for commercial purposes.\n"
    )
    spans = _spans(text, "non-commercial")
    # (the quoted words open a line or two before the ban, never at the grant's first line)
    assert spans and all(start >= 3 and end == 5 for start, end in spans)


def test_a_comment_that_runs_into_code_is_named_near_its_words() -> None:
    comment = "// Use of this file for commercial purposes is prohibited"
    code = "\n".join(f"int value_{i}(void) {{ return {i}; }}" for i in range(30))
    text = f"// Copyright 2024 Example Corp.\n{comment}\n{code}\n"
    spans = _spans(text, "non-commercial")
    # the sentence runs to the last line of code; the quoted words end a few lines on
    assert spans and all(start <= 2 <= end < 10 for start, end in spans)


def test_a_sentence_put_into_a_license_text_is_named_by_its_line() -> None:
    """The added words on a line of their own inside MIT's grant paragraph."""
    mit = scancode_licenses()["mit"].text.strip()
    lines = mit.split("\n")
    at = next(i for i, line in enumerate(lines) if "subject to" in line)
    added = "Commercial use of the Software is not licensed"
    lines.insert(at, added)
    text = "\n".join(lines) + "\n"
    found = classify_text(text)
    assert found.verdict.level == "restricted"
    evidence = [e for r in found.verdict.reasons for e in r.evidence]
    assert evidence and all(e.start_line == e.end_line == at + 1 for e in evidence)


def test_a_right_left_out_of_a_grant_is_read_at_the_whole_grant() -> None:
    """MIT with "modify, " taken out: the evidence covers the list of rights it names."""
    mit = scancode_licenses()["mit"].text.replace("modify, ", "", 1)
    listed = 1 + mit[: mit.index("merge, publish")].count("\n")
    opening = 1 + mit[: mit.index("Permission is hereby")].count("\n")
    spans = _spans(mit, "no-derivatives")
    assert spans and all(start <= opening and listed <= end for start, end in spans)
