"""The variant comparison's shortcuts give what the plain scans give: the closest reference by
difflib similarity, and each changed paragraph paired with its most similar one (the first of
equals). Texts come from licensedcode-data at run time."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable

import pytest

from licenseclass.clauses.grant_edits import words as _words
from licenseclass.clauses.sentences import Paragraph, split_paragraphs
from licenseclass.clauses.variants import (
    _ANCHORED_WORDS,
    ReferenceText,
    _closest_paragraph,
    _key,
    clause_changes,
    closest,
    package_references,
    similarity,
)


@pytest.fixture(scope="module")
def references() -> dict[str, ReferenceText]:
    wanted = {"mit", "isc", "bsd-new", "bsd-simplified", "apache-2.0", "zlib", "x11"}
    return {r.scancode_key: r for r in package_references() if r.scancode_key in wanted}


def _edited(text: str) -> str:
    """A copy with a few words changed and a sentence added."""
    return text.replace("software", "program").replace("Software", "Program") + (
        "\n\nThe Program may not be used for military purposes.\n"
    )


@pytest.mark.parametrize("key", ["mit", "bsd-new", "zlib", "isc"])
def test_closest_is_the_most_similar_reference(
    references: dict[str, ReferenceText], key: str
) -> None:
    text = _edited(references[key].text)
    pool = sorted(references.values(), key=lambda r: r.scancode_key or "")
    expected = max(pool, key=lambda r: similarity(text, r.text))
    assert closest(text, pool) == expected
    assert closest(text, pool).scancode_key == key


def test_closest_keeps_the_first_of_equals(references: dict[str, ReferenceText]) -> None:
    mit = references["mit"]
    twin = ReferenceText("LicenseRef-Twin", "Twin", "user: twin.txt", mit.text)
    text = _edited(mit.text)
    assert closest(text, [references["isc"], twin, mit]) is twin
    assert closest(text, [mit, twin]) is mit


def _paragraphs(text: str) -> list[tuple[Paragraph, str, Counter[str]]]:
    return [(p, key, Counter(key.split())) for p in split_paragraphs(text) if (key := _key(p.text))]


def _plain_scan(key: str, right: list[tuple[Paragraph, str, Counter[str]]]) -> tuple[int, float]:
    """The first paragraph with the highest ratio, by diffing every one."""
    best, score = -1, 0.0
    for number, (_, words, _) in enumerate(right):
        ratio = difflib.SequenceMatcher(None, key.split(), words.split(), autojunk=False).ratio()
        if ratio > score:
            best, score = number, ratio
    return best, score


@pytest.mark.parametrize("key", ["mit", "bsd-new", "apache-2.0"])
def test_paragraph_pairing_agrees_with_a_full_scan(
    references: dict[str, ReferenceText], key: str
) -> None:
    reference = _paragraphs(references[key].text)
    tried = 0
    matchers: dict[str, difflib.SequenceMatcher[str]] = {}  # shared, as clause_changes does
    for _, words, counts in _paragraphs(_edited(references[key].text)):
        found, ratio = _closest_paragraph(words, counts, reference, matchers)
        best, score = _plain_scan(words, reference)
        if score >= 0.5:
            assert found is reference[best]
            assert ratio == score
            tried += 1
        else:
            assert found is None
    assert tried >= 3


def test_equal_paragraphs_pair_with_the_first() -> None:
    first = "Redistributions of source code must retain the above notice and this list."
    reference = f"{first}\n\nSomething else entirely, about warranties.\n\n{first}\n"
    text = f"{first.replace('retain', 'keep')}\n\nSomething else entirely, about warranties.\n"
    changes = clause_changes(text, reference)
    assert [c.change for c in changes] == ["changed", "removed"]
    assert changes[0].reference_text == first
    assert changes[1].start_line == 5  # the second copy is the one left over


def _plain_similarity(text: str, reference: str) -> float:
    """difflib's ratio over the two texts' words, diffed whole."""
    mine, theirs = _words(text), _words(reference)
    return difflib.SequenceMatcher(None, mine, theirs, autojunk=False).ratio()


def _run_on(text: str) -> str:
    """The text with no sentence ends and one line per word: one long run of words."""
    return "\n".join(re.sub(r"[.;:]", " ", text).split())


@pytest.mark.parametrize("key", ["mit", "bsd-new", "apache-2.0"])
@pytest.mark.parametrize("reshape", [_edited, _run_on, lambda text: _run_on(_edited(text))])
def test_similarity_is_the_plain_word_diff(
    references: dict[str, ReferenceText], key: str, reshape: Callable[[str], str]
) -> None:
    reference = references[key].text
    text = reshape(reference)
    expected = _plain_similarity(text, reference)
    assert similarity(text, reference) == pytest.approx(expected, abs=2e-3)


def test_a_long_run_on_text_is_cut_at_words_found_once() -> None:
    # Apache-2.0 without full stops is one sentence against some hundred: the run is anchored.
    reference = next(r.text for r in package_references() if r.scancode_key == "apache-2.0")
    text = _run_on(_edited(reference))
    assert min(len(_words(text)), len(_words(reference))) > _ANCHORED_WORDS
    expected = _plain_similarity(text, reference)
    assert similarity(text, reference) == pytest.approx(expected, abs=2e-3)
    assert similarity(text, reference) > 0.95
