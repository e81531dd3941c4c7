"""Phrases a rule requires, and versions wrapped onto a new line.

ScanCode marks the words a match of a rule must hold with "{{" and "}}" ("{{Permission is
hereby not granted}}, free of charge, ...") and flags rules that only match whole
(``is_continuous``). A rule's approximate match that leaves such words out, or breaks them
with words put in, is marked, and loses to a hit that fits about as well and keeps its
phrases. The rules used here are chosen at run time from licensedcode-data by their marks,
not by name.
"""

from __future__ import annotations

import pytest

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_rules
from licenseclass.core.registry import default_registry
from licenseclass.textid import matchers
from licenseclass.textid.index import index_for, required_phrases
from licenseclass.textid.names import name_table
from licenseclass.textid.query import Hit, Query
from licenseclass.textid.selection import resolve
from licenseclass.textid.textnorm import normalise


def test_the_marks_give_the_spans_of_the_normalised_words() -> None:
    text = "Licensed under the {{Foo Public License}}, version {{2.0}}."
    words = normalise(text).split()
    assert words == ["licensed", "under", "the", "foo", "public", "license", "version", "2", "0"]
    assert required_phrases(text, words) == [(3, 6), (7, 9)]


@pytest.mark.parametrize(
    "text",
    [
        "Licensed under {{Foo {{Public}} License}}.",  # nested
        "Licensed under {{Foo License.",  # never closed
        "Licensed under Foo}} License.",  # closed before it opens
        "No marks here.",
    ],
)
def test_marks_that_do_not_pair_require_nothing(text: str) -> None:
    words = normalise(text.replace("{{", " ").replace("}}", " ")).split()
    assert required_phrases(text, words) == []


# Common words: one changed outside the phrase must leave the rule matched.
_COMMON = frozenset({"the", "of", "to", "and", "this", "or", "in", "is", "be", "for"})


def _common_word_outside(words: list[str], span: tuple[int, int]) -> int | None:
    start, end = span
    return next(
        (i for i, w in enumerate(words) if w in _COMMON and not start - 3 <= i < end + 3),
        None,
    )


def _marked_rules(count: int) -> list[tuple[str, str, tuple[int, int]]]:
    """Notices of 40 to 120 words with one short required phrase away from both ends and a
    common word elsewhere: the rule's name, its text, and the phrase's word span."""
    found: list[tuple[str, str, tuple[int, int]]] = []
    for rule in scancode_rules():
        if rule.kind != "notice" or rule.continuous or "{{" not in rule.text:
            continue
        words = normalise(rule.text).split()
        spans = required_phrases(rule.text, words)
        if not 40 <= len(words) <= 120 or len(spans) != 1:
            continue
        start, end = spans[0]
        common = _common_word_outside(words, spans[0])
        if end - start <= 4 and start >= 10 and end <= len(words) - 10 and common is not None:
            found.append((rule.name, rule.text, spans[0]))
        if len(found) == count:
            break
    return found


MARKED = _marked_rules(6)


def _aligned_as(name: str, words: list[str]) -> list[Hit]:
    """The approximate hits of rule ``name`` in ``words``, however good (the stage's own
    thresholds left out: what is tested is what the alignment says of the phrase)."""
    registry = default_registry()
    index = index_for(registry)
    query = Query(index, name_table(registry), " ".join(words))
    ref = index.names.index(f"rules/{name}")
    positions: dict[int, list[int]] = {}
    for at, key in enumerate(query.keys):
        positions.setdefault(key, []).append(at << 20)
    return matchers._align(query, ref, positions, 20)


def test_enough_marked_rules_are_found() -> None:
    assert len(MARKED) == 6


@pytest.mark.parametrize(("name", "text", "span"), MARKED, ids=[m[0] for m in MARKED])
def test_a_rule_aligned_without_its_required_phrase_is_marked(
    name: str, text: str, span: tuple[int, int]
) -> None:
    words = normalise(text).split()
    start, end = span
    # the same edit away from the phrase leaves the rule matched: only the phrase decides
    common = _common_word_outside(words, span)
    assert common is not None
    elsewhere = [*words[:common], "zzunrelatedword", *words[common + 1 :]]
    kept = _aligned_as(name, elsewhere)
    assert kept and not any(hit.required_missing for hit in kept)
    without = [*words[:start], "zzunrelatedword", *words[end:]]
    assert all(hit.required_missing for hit in _aligned_as(name, without))


def test_a_continuous_rule_broken_by_words_put_in_is_marked() -> None:
    chosen = next(
        rule
        for rule in scancode_rules()
        if rule.continuous
        and rule.kind in ("notice", "reference")
        and len(normalise(rule.text).split()) >= 14
    )
    words = normalise(chosen.text).split()
    middle = len(words) // 2
    broken = [*words[:middle], "zzunrelatedword", *words[middle:]]
    aligned = _aligned_as(chosen.name, broken)
    assert aligned and all(hit.required_missing for hit in aligned)
    assert not any(hit.required_missing for hit in _aligned_as(chosen.name, words))


def test_a_version_wrapped_onto_the_next_line_is_no_list_marker() -> None:
    assert normalise("the Mozilla Public License,\nv. 2.0. If a copy").split() == [
        "the", "mozilla", "public", "license", "v", "2", "0", "if", "a", "copy",
    ]  # fmt: skip
    assert normalise("the Ubuntu Font Licence, Version\n1.0. See").split()[-3:] == ["1", "0", "see"]
    # list markers stay markers
    assert normalise("conditions:\n1. Keep\nv. Fifth").split() == ["conditions", "keep", "fifth"]


def test_the_mpl_notice_wrapped_at_its_version_is_matched_whole() -> None:
    text = (
        "This Source Code Form is subject to the terms of the Mozilla Public License,\n"
        "v. 2.0. If a copy of the MPL was not distributed with this file, You can obtain\n"
        "one at http://mozilla.org/MPL/2.0/.\n"
    )
    found = classify_text(text)
    assert found.expression == "MPL-2.0"
    assert found.coverage == 1.0
    assert [m.kind for m in found.matches] == ["notice"]


def test_of_two_hits_that_fit_alike_the_one_keeping_its_phrases_is_chosen() -> None:
    """A license text edited at its grant may fit a relative rule about as well as its own
    text: a rule whose required words ("Permission is hereby not granted") are the ones the
    text lacks. Where the relative would win by a few words, the missing phrase decides."""
    index = index_for(default_registry())
    marked = next(
        ref
        for ref, name in enumerate(index.names)
        if name.startswith("rules/") and index.kinds[ref] == "text" and index.required_spans(ref)
    )
    plain = next(
        ref
        for ref, name in enumerate(index.names)
        if name.startswith("licenses/")
        and index.expressions[ref] != index.expressions[marked]
        and index.ref_length(ref) == index.ref_length(marked)
    )
    length = index.ref_length(marked)
    nearly = Hit(marked, 4, length, length - 4, (length - 4) / length, 1.0, "approximate")
    # the other: every word found, and the fewest words put in that make it lose
    fits = next(
        hit
        for extra in range(1, length)
        if resolve(
            index,
            [
                hit := Hit(
                    plain, 0, length + extra, length, 1.0, length / (length + extra), "approximate"
                ),
                nearly,
            ],
        )
        == [nearly]
    )
    assert resolve(index, [fits, nearly]) == [nearly]
    nearly.required_missing = True
    assert resolve(index, [fits, nearly]) == [fits]
