"""Variants of known licenses: a text close to a reference text, and what was changed in it.

Many model licenses are edited copies of another license (a fine-tuner's "Llama-X Community
License" with one added clause). :func:`find_variant` compares a text with the reference texts
of the ``licensedcode-data`` package and with ``<ID>.txt`` files in the user's folders: word
trigram overlap picks the candidates, a word-level diff gives the similarity, and a
paragraph-level diff names the clauses added, removed or changed. The verdict always comes from
clause analysis of the text actually given (:func:`~licenseclass.clauses.analysis.analyze_text`),
never from the base license.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import Field

from licenseclass.clauses.analysis import Analysis, analyze_text, located_items
from licenseclass.clauses.grant_edits import RIGHT_WORDS, grant_edits
from licenseclass.clauses.grant_edits import words as _words
from licenseclass.clauses.hits import NEGATION, NOT_NEGATION
from licenseclass.clauses.sentences import Paragraph, split_paragraphs, uncommented_lines
from licenseclass.core import licensedcode
from licenseclass.core.model import INFORMATIONAL_KINDS, Frozen, Restriction, RightName, Verdict
from licenseclass.core.registry import Registry
from licenseclass.errors import RefdataError

# Texts whose length differs from the given text by more than this factor are not candidates.
_LENGTH_FACTOR = 2.5
_CANDIDATES = 4
# Candidates whose trigram overlap is far below the best one's are not diffed word by word.
_CLOSE_TO_TOP = 0.6
# Below this word-level similarity a text is not called a variant of the reference.
DEFAULT_MIN_SIMILARITY = 0.6
# Paragraphs at least this similar are one paragraph changed, not one removed and one added.
_SAME_PARAGRAPH = 0.5
# Limits that keep the word diff and the paragraph pairing from growing quadratically.
_MAX_DIFF_WORDS = 30_000
_MAX_PAIRINGS = 2_500


@dataclass(frozen=True)
class ReferenceText:
    """One catalogued text: where it comes from and the id of the license it is."""

    license_id: str
    name: str
    source: str
    text: str
    scancode_key: str | None = None


ChangeKind = Literal["added", "removed", "changed"]


class ClauseChange(Frozen):
    """One paragraph added to, removed from or changed in the reference text.

    Lines refer to the given text (for removed paragraphs: the reference text). ``kinds`` lists
    the typed items clause analysis found in those lines of the given text.
    """

    change: ChangeKind
    text: str
    reference_text: str | None = None
    start_line: int
    end_line: int
    similarity: float | None = None
    new_sentences: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    cut: bool = Field(
        default=False,
        description="a removed paragraph before the text's first or after its last: the copy "
        "is cut short there (a truncated file, a section pasted alone), not edited",
    )


class Variant(Frozen):
    """A text compared with its closest reference text."""

    base_id: str
    base_name: str
    source: str
    similarity: float
    identical: bool
    changes: tuple[ClauseChange, ...] = ()
    added_kinds: tuple[str, ...] = ()
    removed_kinds: tuple[str, ...] = ()
    dropped_rights: tuple[RightName, ...] = Field(
        default=(),
        description="rights the reference's grant names in words that this text drops",
    )
    grant_limits: tuple[Restriction, ...] = Field(
        default=(),
        description="limits an edit of the reference's grant adds (revocable, a price, fewer "
        "grantees, selling left out), read against the reference's own words",
    )
    cut_short: bool = Field(
        default=False,
        description="the text is a stretch of the reference word for word: every change is a "
        "paragraph cut off at its start or end, or the piece of one where the cut fell",
    )
    analysis: Analysis

    @property
    def verdict(self) -> Verdict:
        """The verdict on the given text (not on the base license)."""
        return self.analysis.verdict


# --------------------------------------------------------------------------- references


@functools.lru_cache(maxsize=1)
def package_references() -> tuple[ReferenceText, ...]:
    """The licensedcode-data texts, under the ids identification reports (read once)."""
    try:
        licenses = licensedcode.scancode_licenses()
    except RefdataError:
        return ()
    return tuple(
        ReferenceText(
            license_id=info.spdx_id,
            name=info.name,
            source=f"licensedcode-data: licenses/{key}.LICENSE",
            text=info.text,
            scancode_key=key,
        )
        for key, info in licenses.items()
        if not info.is_deprecated and info.text.strip()
    )


def user_references(registry: Registry) -> tuple[ReferenceText, ...]:
    """The ``<ID>.txt`` texts of ``registry``'s user folders: the full text of license ``ID``."""
    return tuple(
        ReferenceText(text.license_id, text.license_id, f"user: {text.path}", text.text)
        for text in registry.user_texts()
    )


# --------------------------------------------------------------------------- similarity


@functools.lru_cache(maxsize=4096)
def _trigrams(text: str) -> frozenset[tuple[str, str, str]]:
    words = _words(text)
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def _overlap(a: frozenset[tuple[str, str, str]], b: frozenset[tuple[str, str, str]]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def similarity(text: str, reference: str) -> float:
    """Word-level similarity of two texts, 0 to 1: twice the words they have in common, in
    order, over all their words (difflib's ratio, with sentences found in both matched whole).

    Very long texts are compared by word-trigram overlap instead, which stays linear.
    """
    return _similarity(text, reference)


# Reading a text compares it with its closest reference twice (to choose it, then in
# compare): the diff is the costly part, so the last few answers are kept.
@functools.lru_cache(maxsize=8)
def _similarity(text: str, reference: str) -> float:
    ids: dict[str, int] = {}  # words as ints: the diff then hashes and compares ints
    mine, theirs = _sentence_words(text, ids), _sentence_words(reference, ids)
    sizes = sum(map(len, mine)), sum(map(len, theirs))
    if max(sizes) > _MAX_DIFF_WORDS:
        return round(_overlap(_trigrams(text), _trigrams(reference)), 4)
    return round(2.0 * _matched_words(mine, theirs) / sum(sizes), 4) if sum(sizes) else 0.0


_SENTENCE_END = re.compile(r"(?<=[.;:])\s+")


def _sentence_words(text: str, ids: dict[str, int]) -> list[tuple[int, ...]]:
    """The words of ``text`` as their numbers in ``ids`` (new words are added), by sentence."""
    return [
        tuple(ids.setdefault(w, len(ids)) for w in words)
        for part in _SENTENCE_END.split(text)
        if (words := _words(part))
    ]


def _matched_words(mine: list[tuple[int, ...]], theirs: list[tuple[int, ...]]) -> int:
    """Words the two texts have in common in order, found in two steps: sentences equal in
    both are matched whole (a diff over a few hundred mostly unique sentences is cheap), and
    only the words of the runs of sentences between them are diffed word by word. A word
    diff of two whole texts is quadratic in their common words ("the", "of"), which made it
    the costliest step of reading a long edited license."""
    matched = 0
    outer = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
    for op, i1, i2, j1, j2 in outer.get_opcodes():
        if op == "equal":
            matched += sum(map(len, mine[i1:i2]))
        elif op == "replace":
            left = [w for sentence in mine[i1:i2] for w in sentence]
            right = [w for sentence in theirs[j1:j2] for w in sentence]
            matched += _anchored_matches(left, right)
    return matched


# Runs of differing sentences longer than this (in words, on both sides) are first cut at
# the words found once on each side: a text whose sentences are split otherwise (no full
# stops, a different layout) would else be diffed word by word as one run.
_ANCHORED_WORDS = 1_000


def _anchored_matches(left: list[int], right: list[int]) -> int:
    """Words of ``left`` and ``right`` in common in order (difflib's matching blocks); a long
    pair of runs is first cut at the words found exactly once in each that line up in order,
    and only the stretches between those cuts are diffed."""
    if min(len(left), len(right)) <= _ANCHORED_WORDS:
        return _diffed_matches(left, right)
    in_left, in_right = Counter(left), Counter(right)
    unique = {w for w, n in in_left.items() if n == 1 and in_right[w] == 1}
    first = [w for w in left if w in unique]
    second = [w for w in right if w in unique]
    at_left = {w: i for i, w in enumerate(left) if w in unique}
    at_right = {w: j for j, w in enumerate(right) if w in unique}
    matched = i0 = j0 = 0
    lined_up = difflib.SequenceMatcher(None, first, second, autojunk=False)
    for a, _, size in lined_up.get_matching_blocks():
        for word in first[a : a + size]:
            i, j = at_left[word], at_right[word]
            matched += _diffed_matches(left[i0:i], right[j0:j]) + 1
            i0, j0 = i + 1, j + 1
    return matched + _diffed_matches(left[i0:], right[j0:])


def _diffed_matches(left: list[int], right: list[int]) -> int:
    if not left or not right:
        return 0
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


@functools.lru_cache(maxsize=64)
def _word_counts(text: str) -> tuple[int, Counter[str]]:
    words = _words(text)
    return len(words), Counter(words)


def closest(text: str, references: Sequence[ReferenceText]) -> ReferenceText:
    """The reference most similar to ``text`` (the first of equals): what
    ``max(references, key=lambda r: similarity(text, r.text))`` gives, without diffing the
    references whose bound (difflib's quick ratio, on word counts) is below the best found."""
    size, counts = _word_counts(text)
    bounds: list[tuple[float, int]] = []
    for number, ref in enumerate(references):
        their_size, theirs = _word_counts(ref.text)
        total = size + their_size
        if max(size, their_size) > _MAX_DIFF_WORDS or not total:
            bound = math.inf  # compared another way: no bound
        else:
            bound = round(2.0 * (counts & theirs).total() / total, 4)
        bounds.append((bound, number))
    scores: dict[int, float] = {}
    for bound, number in sorted(bounds, key=lambda pair: -pair[0]):
        if scores and bound < max(scores.values()):
            break
        scores[number] = similarity(text, references[number].text)
    best = max(scores.values())
    return references[min(n for n, score in scores.items() if score == best)]


def candidates(
    text: str, references: Iterable[ReferenceText], limit: int = _CANDIDATES
) -> list[tuple[float, ReferenceText]]:
    """The references with the most word trigrams in common with ``text``, best first."""
    size = max(1, len(text))
    grams = _trigrams(text)
    scored = []
    for ref in references:
        ratio = len(ref.text) / size
        if not 1 / _LENGTH_FACTOR <= ratio <= _LENGTH_FACTOR:
            continue
        score = _overlap(grams, _trigrams(ref.text))
        if score > 0:
            scored.append((score, ref))
    # On equal overlap a user's own text wins, as a user's YAML overrides a built-in entry.
    scored.sort(
        key=lambda pair: (-pair[0], not pair[1].source.startswith("user"), pair[1].license_id)
    )
    top = scored[0][0] if scored else 0.0
    return [pair for pair in scored[:limit] if pair[0] >= _CLOSE_TO_TOP * top]


# --------------------------------------------------------------------------- clause diff


def _key(paragraph: str) -> str:
    return " ".join(_words(paragraph))


def _new_sentences(text: str, reference: str) -> tuple[str, ...]:
    known = _sentence_keys(reference)
    return tuple(s for s in re.split(r"(?<=[.;:])\s+", text) if s.strip() and _key(s) not in known)


@functools.lru_cache(maxsize=4096)
def _sentence_keys(reference: str) -> frozenset[str]:
    """The keys of the sentences of a reference paragraph (the same few references recur)."""
    return frozenset(_key(s) for s in re.split(r"(?<=[.;:])\s+", reference))


_Para = tuple[Paragraph, str, Counter[str]]  # a paragraph, its words joined, their counts


def _closest_paragraph(
    key: str,
    counts: Counter[str],
    right: list[_Para],
    matchers: dict[str, difflib.SequenceMatcher[str]] | None = None,
) -> tuple[_Para | None, float]:
    """The first paragraph of ``right`` whose difflib ratio to ``key`` is the highest, with that
    ratio (None, 0.0 when none reaches _SAME_PARAGRAPH). The ratio is taken over words, with
    no word treated as junk: difflib's automatic junk drops the commonest characters of a
    string over 200 characters, which put a paragraph with three words changed ("free of
    charge" made "upon payment of the license fee") below half alike with its own original.

    difflib's real_quick_ratio and quick_ratio, computed from lengths and word counts without
    building a matcher, bound the ratio from above: paragraphs are diffed from the highest
    bound down, and those that cannot reach the best ratio found are not diffed. ``matchers``
    keeps a matcher per paragraph of ``right`` between calls: difflib indexes the second
    sequence of a matcher, so each is indexed once for all the paragraphs tried on it.
    """
    matchers = {} if matchers is None else matchers
    mine = key.split()
    bounded: list[tuple[float, int]] = []
    for number, (_, _, theirs) in enumerate(right):
        length = theirs.total()
        size = len(mine) + length
        if 2.0 * min(len(mine), length) / size < _SAME_PARAGRAPH:
            continue
        bound = 2.0 * sum(min(n, theirs[w]) for w, n in counts.items()) / size
        if bound >= _SAME_PARAGRAPH:
            bounded.append((bound, number))
    bounded.sort(key=lambda pair: -pair[0])
    ratios: dict[int, float] = {}
    top = 0.0
    for bound, number in bounded:
        if bound < top:
            break
        words = right[number][1]
        if (matcher := matchers.get(words)) is None:
            matcher = difflib.SequenceMatcher(None, [], words.split(), autojunk=False)
            matchers[words] = matcher
        matcher.set_seq1(mine)
        ratios[number] = matcher.ratio()
        top = max(top, ratios[number])
    if top < _SAME_PARAGRAPH:
        return None, 0.0
    return right[min(n for n, ratio in ratios.items() if ratio == top)], top


def _paragraphs(text: str) -> tuple[tuple[Paragraph, str], ...]:
    """The paragraphs of ``text`` that hold words, each with its words joined by spaces."""
    return tuple((p, key) for p in split_paragraphs(text) if (key := _key(p.text)))


# The same few reference texts recur: each is split once.
_reference_paragraphs = functools.lru_cache(maxsize=64)(_paragraphs)
_reference_key = functools.lru_cache(maxsize=64)(_key)


@functools.lru_cache(maxsize=4096)
def _reference_counts(key: str) -> Counter[str]:
    """The word counts of a reference's paragraph (the same few references recur)."""
    return Counter(key.split())


def clause_changes(text: str, reference: str) -> list[ClauseChange]:
    """Paragraphs added, removed or changed in ``text`` relative to ``reference``."""
    return _clause_changes(_paragraphs(text), reference)


def _clause_changes(mine: tuple[tuple[Paragraph, str], ...], reference: str) -> list[ClauseChange]:
    """:func:`clause_changes` of a text already split into paragraphs."""
    theirs = _reference_paragraphs(reference)
    matcher = difflib.SequenceMatcher(
        None, [key for _, key in mine], [key for _, key in theirs], autojunk=False
    )
    changes: list[ClauseChange] = []
    matchers: dict[str, difflib.SequenceMatcher[str]] = {}
    none: Counter[str] = Counter()
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        # Word counts only for paragraphs that may pair up: most are equal, and those
        # inserted or deleted whole have nothing to pair with.
        if i1 < i2 and j1 < j2 and (i2 - i1) * (j2 - j1) <= _MAX_PAIRINGS:
            left = [(p, key, Counter(key.split())) for p, key in mine[i1:i2]]
            right = [(p, key, _reference_counts(key)) for p, key in theirs[j1:j2]]
            unpaired: list[_Para] = []
        else:  # too many to pair up, or one side empty: report them as added and removed
            left = [(p, key, none) for p, key in mine[i1:i2]]
            right, unpaired = [], [(p, key, none) for p, key in theirs[j1:j2]]
        for para, key, counts in left:
            best, score = _closest_paragraph(key, counts, right, matchers)
            if best is not None and score >= _SAME_PARAGRAPH:
                right.remove(best)
                changes.append(
                    ClauseChange(
                        change="changed",
                        text=para.text,
                        reference_text=best[0].text,
                        start_line=para.start_line,
                        end_line=para.end_line,
                        similarity=round(score, 4),
                        new_sentences=_new_sentences(para.text, best[0].text),
                    )
                )
            else:
                changes.append(
                    ClauseChange(
                        change="added",
                        text=para.text,
                        start_line=para.start_line,
                        end_line=para.end_line,
                    )
                )
        cut = _pieces_of(mine[i1:i2], theirs[j1:j2]) and (
            (i1 == 0 and j1 == 0) or (i2 == len(mine) and j2 == len(theirs))
        )
        changes += [
            ClauseChange(
                change="removed",
                text=other.text,
                start_line=other.start_line,
                end_line=other.end_line,
                cut=cut,
            )
            for other, _, _ in right + unpaired
        ]
    return changes


def _pieces_of(
    mine: tuple[tuple[Paragraph, str], ...], theirs: tuple[tuple[Paragraph, str], ...]
) -> bool:
    """Whether the text's paragraphs of a difference at its start or end are only pieces of
    the reference's there (or none): the copy was cut short, not rewritten."""
    whole = " ".join(key for _, key in theirs)
    return all(key in whole for _, key in mine)


def _with_kinds(changes: list[ClauseChange], text: str) -> list[ClauseChange]:
    """Name the typed items clause analysis found inside each added or changed paragraph."""
    located = located_items(text) if changes else []
    out = []
    for change in changes:
        if change.change == "removed":
            out.append(change)
            continue
        kinds = sorted(
            {kind for start, _, kind in located if change.start_line <= start <= change.end_line}
        )
        out.append(change.model_copy(update={"kinds": tuple(kinds)}))
    return out


def _limiting(analysis: Analysis) -> set[str]:
    return {r.kind for r in analysis.license.restrictions if r.kind not in INFORMATIONAL_KINDS}


@functools.lru_cache(maxsize=64)
def _reference_reading(reference: str) -> Analysis:
    """The clause reading of a reference text (read once: the same few recur)."""
    return analyze_text(reference)


def _reference_limits(reference: str) -> frozenset[str]:
    """The limiting restrictions of a reference text."""
    return frozenset(_limiting(_reference_reading(reference)))


# --------------------------------------------------------------------------- entry points


def compare(text: str, reference: ReferenceText, *, analysis: Analysis | None = None) -> Variant:
    """Compare ``text`` with one reference text: similarity, clause changes, typed differences."""
    mine = analysis or analyze_text(text)
    score = similarity(text, reference.text)
    identical = _key(text) == _reference_key(reference.text)
    paragraphs = () if identical else _paragraphs(text)
    changes = [] if identical else _with_kinds(_clause_changes(paragraphs, reference.text), text)
    return Variant(
        base_id=reference.license_id,
        base_name=reference.name,
        source=reference.source,
        similarity=1.0 if identical else score,
        identical=identical,
        changes=tuple(changes),
        added_kinds=tuple(sorted(_limiting(mine) - _reference_limits(reference.text))),
        removed_kinds=tuple(sorted(_reference_limits(reference.text) - _limiting(mine))),
        dropped_rights=_dropped_rights(changes, lambda: paragraphs, mine, reference.text),
        grant_limits=_grant_limits(changes, paragraphs, text, reference.license_id),
        cut_short=_cut_short(changes, reference.text),
        analysis=mine,
    )


_GRANTING = re.compile(
    r"permission is (?:hereby )?granted|hereby grants?|grants? (?:you|to you)|the rights? to|"
    r"you may|you are (?:free|permitted) to|is (?:hereby )?licensed|"
    # "Permission to use, copy, modify ... is hereby granted" (ISC), "Redistribution and use
    # ... are permitted provided that" (BSD)
    r"\bpermission to\b[^.]{0,240}?\bis (?:hereby )?granted|\b(?:are|is) (?:hereby )?permitted\b",
    re.IGNORECASE,
)


# Words of markup a catalogued copy may hold around its grant ("<p>", "&nbsp;").
_MARKUP_WORDS = frozenset({"p", "br", "nbsp", "amp", "quot", "lt", "gt"})


def _run_of_words(text: str) -> str:
    return " " + " ".join(w for w in _words(text) if w not in _MARKUP_WORDS) + " "


def granting_runs(text: str, variant: Variant) -> list[str]:
    """The granting sentences the copy words its own way, each as its run of words (markup
    words aside), for :func:`grant_worded_in`. Where the diff names no new granting sentence
    (words were only left out of one), every granting sentence of the text is taken."""
    sentences = [
        sentence
        for change in variant.changes
        if change.change != "removed"
        for sentence in change.new_sentences
        if _GRANTING.search(sentence)
    ]
    if not sentences:
        flat = " ".join(text.split())
        sentences = [s for s in _SENTENCE_END.split(flat) if _GRANTING.search(s)]
    return [_run_of_words(s) for s in sentences]


def grant_worded_in(runs: Sequence[str], wording: str) -> bool:
    """Whether every granting sentence of ``runs`` (see :func:`granting_runs`) is, word for
    word, in ``wording`` (another catalogued text of the same license): then the copy's grant
    is that text's, not an edit."""
    said = _run_of_words(wording)
    return bool(runs) and all(run in said for run in runs)


def _cut_short(changes: Sequence[ClauseChange], reference: str) -> bool:
    """Whether the text is a stretch of ``reference`` word for word: every change is a
    paragraph cut off at its start or end, or the piece of one where the cut fell. Such a
    part reads as its license does; its words alone (the end of a license without the grant
    the start gave) say less than the license."""
    if not any(c.cut for c in changes):
        return False
    whole = _reference_key(reference)
    return all(
        c.cut
        or (c.change == "added" and _key(c.text) in whole)
        or (c.change == "changed" and _key(c.text) in _key(c.reference_text or ""))
        for c in changes
    )


def dropped_rights(changes: Iterable[ClauseChange], text: str) -> tuple[RightName, ...]:
    """Rights a granting paragraph of the reference names that the changed text no longer
    names ("modify" deleted from MIT's list): such a right is not granted by this text.

    A right that another granting paragraph of the whole ``text`` still names is not dropped:
    long licenses grant a right in several places (GPL-3.0 "may convey" in sections 4 to 6),
    and one edited or re-paired paragraph does not take it away.
    """
    return _dropped_rights(changes, lambda: _paragraphs(text))


def _dropped_rights(
    changes: Iterable[ClauseChange],
    paragraphs: Callable[[], tuple[tuple[Paragraph, str], ...]],
    analysis: Analysis | None = None,
    reference: str | None = None,
) -> tuple[RightName, ...]:
    """:func:`dropped_rights`, with the paragraphs of the text (asked for only when needed).

    With the text's reading and the reference, a right the reference's grants give and none
    of the text's grants gives is dropped too, however the edit said so ("to alter it and
    redistribute it freely" made "but not to alter it or redistribute it").
    """
    dropped: list[RightName] = []
    for change in changes:
        theirs = change.reference_text if change.change == "changed" else change.text
        if change.change == "added" or change.cut or not theirs or not _GRANTING.search(theirs):
            continue
        mine = set(_words(change.text)) if change.change == "changed" else set()
        # a word misspelt in the copy ("modifiy", "re-distribution") is still there
        missing = {w for w in set(_words(theirs)) - mine if not _misspelt(w, mine)}
        for right, named in RIGHT_WORDS.items():
            if missing & named and not mine & named and right not in dropped:
                dropped.append(right)
    if dropped:  # the whole text is read only when some right looks dropped
        granted_elsewhere = _granted_words(paragraphs())
        dropped = [r for r in dropped if not granted_elsewhere & RIGHT_WORDS[r]]
    if analysis is not None and reference is not None:
        edited = " ".join(c.text for c in changes if c.change != "removed")
        given = _granted_rights(analysis)
        for right in _reference_granted(reference) - given:
            # only where the edit itself withholds the right in words: the reading of an edited
            # grant may miss a right the words still give
            if right not in dropped and _withheld(edited, RIGHT_WORDS[right]):
                dropped.append(right)
    return tuple(r for r in ("use", "modify", "share") if r in dropped)


def _misspelt(word: str, words: set[str]) -> bool:
    """Whether ``words`` hold a near spelling of ``word`` (one or two letters apart)."""
    return bool(difflib.get_close_matches(word, words, n=1, cutoff=0.8))


def _withheld(text: str, words: frozenset[str]) -> bool:
    """Whether a word for the right follows a negation in the same clause ("but not to alter
    it or redistribute it"); "without restriction", "with or without modification" and the
    like widen a grant and are passed over."""
    for clause in re.split(r"[.;:]", NOT_NEGATION.sub(" ", text.lower())):
        at = NEGATION.search(clause)
        if at and set(_words(clause[at.end() :])) & words:
            return True
    return False


# The rights clause analysis names in a grant, as the three rights of a verdict.
_RIGHT_OF_GRANT: Mapping[str, RightName] = {
    "use": "use",
    "modify": "modify",
    "distribute": "share",
    "sublicense": "share",
}


def _granted_rights(analysis: Analysis) -> set[RightName]:
    return {_RIGHT_OF_GRANT[r] for g in analysis.grants for r in g.rights if r in _RIGHT_OF_GRANT}


def _reference_granted(reference: str) -> set[RightName]:
    """The rights the grants of a reference text give."""
    return _granted_rights(_reference_reading(reference))


def _grant_limits(
    changes: Iterable[ClauseChange],
    paragraphs: tuple[tuple[Paragraph, str], ...],
    text: str,
    base_id: str,
) -> tuple[Restriction, ...]:
    """The limits edits of the reference's granting paragraphs add (see grant_edits), each with
    the line of the text that says it."""
    edited = [
        (c, theirs)
        for c in changes
        if c.change == "changed" and (theirs := c.reference_text) and _GRANTING.search(theirs)
    ]
    if not edited:
        return ()
    lines = uncommented_lines(text)
    # the words of each granting paragraph of the text, by its first line
    granting = {p.start_line: _granted_words([(p, k)]) for p, k in paragraphs}
    removed = [c.text for c in changes if c.change == "removed" and c.text]
    found: list[Restriction] = []
    for change, theirs in edited:
        elsewhere = {w for at, said in granting.items() if at != change.start_line for w in said}
        paragraph = _plain("\n".join(lines[change.start_line - 1 : change.end_line]))
        found += grant_edits(
            _with_merged_paragraphs(theirs, paragraph, removed),
            paragraph,
            change.start_line,
            base_id,
            grants_elsewhere=elsewhere,
        )
    return tuple(found)


# What a granting paragraph holds that is no word of its grant: a copyright line run into it
# (the reference sets it apart) and Texinfo's markup ("@var{year}", "@end group").
# ("(c) Copyright 1993, 1994, Silicon Graphics, Inc." and "ALL RIGHTS RESERVED" on its own line
# as well)
_COPYRIGHT_LINE = re.compile(
    r"^\W*(?:(?:\(c\)|©)\s*)?(?:copyright|\(c\)|©)\W*(?:\(c\)|©|\d|@var\{|year\b|yyyy\b).*$|"
    r"^\W*all\s+rights\s+reserved\W*$",
    re.I | re.M,
)
_TEXINFO_LINE = re.compile(r"^@(?:end\s+)?[a-z]+\b.*$", re.M)
_TEXINFO_WRAP = re.compile(r"@[a-z]+\{([^{}]*)\}")


def _plain(paragraph: str) -> str:
    """``paragraph`` without those, each dropped line left blank so line numbers hold."""
    if "@" in paragraph:
        paragraph = _TEXINFO_WRAP.sub(r"\1", _TEXINFO_LINE.sub("", paragraph))
    return _COPYRIGHT_LINE.sub("", paragraph)


# A list item's marker ("(a)", "b.", "iv)") at the start of a reference paragraph.
_ITEM_MARKER = re.compile(r"^\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+", re.IGNORECASE)


def _with_merged_paragraphs(reference: str, paragraph: str, removed: Sequence[str]) -> str:
    """The reference's paragraph with the reference paragraphs the text ran into it (a copy
    whose list items lost their markers and blank lines: Apache-2.0's "(a) You must give ..."
    to "(d) If the Work includes ..." as one paragraph), in the text's order; those words are
    the reference's own, not words put into its grant."""
    said = " " + " ".join(_words(paragraph)) + " "
    merged = []
    for part in removed:
        bare = _words(_ITEM_MARKER.sub("", part))
        at = said.find(" " + " ".join(bare) + " ")
        if len(bare) >= 4 and at >= 0:
            merged.append((at, " ".join(bare)))
    if not merged:
        return reference
    own = _words(_ITEM_MARKER.sub("", reference))
    at = said.find(" " + " ".join(own[:6]) + " ")
    merged.append((at if at >= 0 else len(said), " ".join(own)))
    return " ".join(part for _, part in sorted(merged))


def _granted_words(paragraphs: Iterable[tuple[Paragraph, str]]) -> frozenset[str]:
    """The words of the paragraphs (of a text) that grant something."""
    found: set[str] = set()
    for paragraph, _ in paragraphs:
        if _GRANTING.search(paragraph.text):
            found.update(_words(paragraph.text))
    return frozenset(found)


def find_variant(
    text: str,
    *,
    registry: Registry | None = None,
    include_package: bool = True,
    references: Iterable[ReferenceText] | None = None,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
) -> Variant | None:
    """The closest reference text to ``text`` if it is at least ``min_similarity`` alike.

    References are ``references`` when given, else the ``<ID>.txt`` texts of ``registry``'s
    user folders (first) and the package texts. Returns ``None`` when nothing is close enough.
    """
    analysis = analyze_text(text)  # also rejects input that is not analysable text
    if references is None:
        pool = list(user_references(registry)) if registry is not None else []
        if include_package:
            pool += package_references()
    else:
        pool = list(references)
    best: tuple[float, ReferenceText] | None = None
    for _, ref in candidates(text, pool):
        score = similarity(text, ref.text)
        if best is None or score > best[0]:
            best = (score, ref)
    if best is None or best[0] < min_similarity:
        return None
    return compare(text, best[1], analysis=analysis)


def explain_variant(variant: Variant) -> list[str]:
    """Human-readable lines: the base, the similarity and each changed clause."""
    head = "identical to" if variant.identical else "variant of"
    lines = [
        f"{head} {variant.base_id} ({variant.base_name}), similarity {variant.similarity:.2f}",
        f"source: {variant.source}",
        f"verdict of this text ({variant.verdict.policy}): {variant.verdict.level}",
    ]
    if variant.added_kinds:
        lines.append(f"restrictions not in the base: {', '.join(variant.added_kinds)}")
    if variant.removed_kinds:
        lines.append(f"restrictions of the base not found: {', '.join(variant.removed_kinds)}")
    for c in variant.changes:
        where = f"L{c.start_line}" + (f"-{c.end_line}" if c.end_line != c.start_line else "")
        where = ("reference " if c.change == "removed" else "") + where
        kinds = f" [{', '.join(c.kinds)}]" if c.kinds else ""
        shown = " ".join(c.new_sentences) if c.new_sentences else c.text
        lines.append(f"{c.change} {where}{kinds}: {shown[:240]}")
    return lines
