"""A part of one license's text: a section pasted alone, or a file cut short.

The approximate stage needs half of a reference; a part below that used to go unexplained
(a section of Apache-2.0 was "no license found"), or to the names inside it (MPL-2.0's
definition of "Secondary License" named the GPL, the LGPL and the AGPL). The parts are cut
from the licensedcode-data texts at run time.
"""

from __future__ import annotations

import functools

import pytest

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses


@functools.cache
def _text(key: str) -> str:
    return scancode_licenses()[key].text


def _between(key: str, first: str, last: str) -> str:
    """The text of ``key`` from the line holding ``first`` to the line before ``last``."""
    text = _text(key)
    start = text.index(first)
    return text[text.rindex("\n", 0, start) + 1 : text.index(last, start)]


def test_a_section_of_apache_is_a_part_of_apache() -> None:
    part = _between("apache-2.0", "1. Definitions.", "3. Grant of Patent License.")
    found = classify_text(part)
    assert found.expression == "Apache-2.0"
    (match,) = found.matches
    assert match.kind == "text"
    assert match.coverage < 0.5  # the share of Apache-2.0's text that is here
    assert found.note is not None and "a part of the text of Apache-2.0" in found.note
    assert found.coverage > 0.95


def test_the_patent_section_of_apache_names_no_patent_license_of_its_own() -> None:
    part = _between("apache-2.0", "3. Grant of Patent License.", "6. Trademarks.")
    found = classify_text(part)
    assert found.expression == "Apache-2.0"
    assert found.verdict is not None and found.verdict.level == "open"


def test_names_inside_a_part_of_mpl_are_its_own_words() -> None:
    part = _between("mpl-2.0", "1. Definitions", "2. License Grants and Conditions")
    assert "GNU General Public License" in part
    found = classify_text(part)
    assert found.expression == "MPL-2.0"


def test_a_part_of_a_non_commercial_license_keeps_its_level() -> None:
    part = _between("cc-by-nc-4.0", "Section 1 -- Definitions.", "Section 3 -- License Conditions.")
    found = classify_text(part)
    assert found.expression == "CC-BY-NC-4.0"
    assert found.verdict is not None and found.verdict.level == "restricted"


def test_a_passage_many_licenses_share_names_none_of_them() -> None:
    # the BSD warranty disclaimer is in dozens of license texts
    bsd = _text("bsd-new")
    disclaimer = bsd[bsd.index("THIS SOFTWARE") :]
    assert not [m for m in classify_text(disclaimer).matches if m.kind == "text"]


def test_a_paragraph_of_the_gpl_inside_other_terms_is_no_gpl() -> None:
    own = " ".join(
        f"Term {n}. The licensee may run the tool on one workstation for evaluation only, "
        "may not copy it to any other machine, and must delete every copy at the end of the "
        "evaluation period."
        for n in range(1, 12)
    )
    gpl = _between("gpl-2.0", "  1. You may copy and distribute", "  2. You may modify")
    found = classify_text(own + "\n\n" + gpl)
    assert "GPL-2.0-only" not in {m.id for m in found.matches if m.kind == "text"}


def test_a_copy_cut_short_loses_no_right() -> None:
    # MPL-2.0 cut in the middle of section 5: the rest is missing, not edited away
    text = _text("mpl-2.0")
    cut = text[: text.index("5.3. In the event of termination")]
    found = classify_text(cut)
    assert found.expression == "MPL-2.0"
    assert found.verdict is not None and found.verdict.level == "open"
    assert found.variant is not None
    assert found.variant.dropped_rights == ()
    assert any(change.cut for change in found.variant.changes)
    assert found.note is not None and "cut short" in found.note


def test_a_grant_removed_from_the_middle_is_still_an_edit() -> None:
    text = _text("mit")
    grant_start = text.index("Permission is hereby granted")
    grant_end = text.index("The above copyright notice")
    without_grant = text[:grant_start] + text[grant_end:]
    found = classify_text(without_grant)
    assert found.verdict is not None and found.verdict.level != "open"


def test_the_closing_sections_of_the_gpl_are_the_gpl() -> None:
    # they hold the whole of a short license that copies them (ScanCode's infineon-free)
    part = _text("gpl-2.0")[_text("gpl-2.0").index("  11. BECAUSE THE PROGRAM") :]
    found = classify_text(_between("gpl-2.0", "  7. If, as a consequence", "  9. The Free") + part)
    assert {m.id for m in found.matches} == {"GPL-2.0-only"}
    assert found.verdict is not None and found.verdict.level == "open"


def test_the_end_of_a_license_without_its_grant_is_not_limited_by_its_own_words() -> None:
    lines = _text("nasa-1.3").split("\n")
    end = "\n".join(lines[3 * len(lines) // 5 :])
    found = classify_text(end)
    assert found.expression == "NASA-1.3"
    assert found.verdict is not None and found.verdict.level == "open"
    assert found.variant is not None and found.variant.cut_short


def test_a_cut_copy_with_a_sentence_put_in_is_still_read_for_it() -> None:
    text = _text("mpl-2.0")
    cut = text[: text.index("5.3. In the event of termination")]
    added = cut + "\n\nThe Covered Software may not be used for commercial purposes.\n"
    found = classify_text(added)
    assert found.variant is not None and not found.variant.cut_short
    assert found.verdict is not None and found.verdict.level == "restricted"


def test_a_passage_several_licenses_copy_goes_to_the_one_met_most() -> None:
    # the middle quarter of EPL-1.0 is the CPL-1.0's and IBM's word for word
    lines = _text("epl-1.0").split("\n")
    part = "\n".join(lines[3 * len(lines) // 8 : 5 * len(lines) // 8])
    assert "Common Public License" not in part and "Eclipse" not in part
    found = classify_text(part)
    assert found.expression == "EPL-1.0"


def test_a_passage_licenses_of_two_levels_share_names_neither() -> None:
    # the middle of CC BY-ND 4.0 is CC BY 4.0's word for word: it is not CC BY 4.0 (open)
    lines = _text("cc-by-nd-4.0").split("\n")
    middle = "\n".join(lines[3 * len(lines) // 8 : 5 * len(lines) // 8])
    found = classify_text(middle)
    assert "CC-BY-4.0" not in {m.id for m in found.matches}
    assert any("CC-BY-4.0" in clue and "CC-BY-ND-4.0" in clue for clue in found.clues)


@pytest.mark.parametrize(
    ("key", "first", "last", "license_id"),
    [
        ("apache-2.0", "7. Disclaimer of Warranty.", "9. Accepting Warranty", "Apache-2.0"),
        ("mpl-2.0", "6. Disclaimer of Warranty", "8. Litigation", "MPL-2.0"),
    ],
)
def test_terms_of_their_own_sharing_a_disclaimer_are_no_part_of_another_license(
    key: str, first: str, last: str, license_id: str
) -> None:
    # an agreement of its own whose closing sections are a known license's, word for word
    own = "\n\n".join(
        f"{n}. The Licensee may install the Software on one computer it owns, may not copy, "
        "sell, rent or lend it, and may not give it to any third party. The Licensor may end "
        "this agreement at any time by written notice."
        for n in range(1, 20)
    )
    found = classify_text(own + "\n\n" + _between(key, first, last))
    assert license_id not in {m.id for m in found.matches}
    # the same sections alone are a part of that license
    assert classify_text(_between(key, first, last)).expression == license_id
