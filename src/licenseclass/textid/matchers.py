"""The matchers: the whole text, references contained verbatim, and approximate copies.

*Exact*: the whole normalised text equals a reference text (one dictionary lookup).
*Contained*: reference texts found verbatim (after normalisation) inside the text, found by an
anchor table keyed on their first four tokens and checked token by token.
*Approximate*: when enough of the text is left unexplained, candidates that share many
four-token grams with it are aligned (a chain of shared grams in order) and scored by how much
of the reference was found (coverage) and how much of the matched span it explains
(precision). A reference is refused when the span holds a restricting phrase
(``non-commercial``, ``no derivatives``, ...) that the reference lacks, so a non-open
look-alike is never reported as its open sibling.
"""

from __future__ import annotations

import re
import weakref
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import chain, compress, count, islice, pairwise, repeat
from operator import ge, gt, sub
from typing import NamedTuple

from licenseclass.expressions.tree import split_ids
from licenseclass.textid.index import GRAM, TextIndex, token_digest
from licenseclass.textid.names import family
from licenseclass.textid.namestage import may_name_others, names_other_license
from licenseclass.textid.query import Hit, Query, hit_value
from licenseclass.textid.selection import head_start, largest_head_start, rule_over_whole
from licenseclass.textid.textnorm import EQUIVALENT_WORDS, equivalent_words

# Matches below this confidence are never reported.
MIN_CONFIDENCE = 0.5


# An approximate match must explain at least this share of its span of the text.
MIN_PRECISION = 0.8


# Minimum share of a reference an approximate match must find, by reference length.
SHORT_REFERENCE = 60  # tokens; a short reference must also keep all its distinctive words


MIN_COVERAGE_SHORT = 0.85


MIN_COVERAGE_LONG = 0.5


# Words found in at most this many references are distinctive (license names and the like).
RARE_DF = 3000


# How many candidates the approximate stage aligns from each of its two rankings.
MAX_CANDIDATES = 12


# An approximate hit this good settles its span: later candidates landing there are skipped.
SETTLED = 0.97


# A candidate must share at least this part of its indexed grams with the text.
MIN_SHARE = 0.4


# Query tokens between matched runs cost this much of a matched token when spans are joined.
GAP_COST = 0.5


# Phrases that turn an open license into a restricted look-alike (normalised words).
GUARD_PHRASES: tuple[tuple[str, ...], ...] = (
    ("noncommercial",),
    ("non", "commercial"),
    ("noderivatives",),
    ("noderivs",),
    ("no", "derivatives"),
    ("no", "derivative", "works"),
    ("commons", "clause"),
    ("research", "purposes", "only"),
    ("not", "for", "commercial", "use"),
)


def exact_whole(query: Query) -> Hit | None:
    if not query.ids:
        return None
    ref = query.index.exact.get(token_digest(query.ids))
    if ref is None or query.index.ref_length(ref) != len(query.ids):
        return None
    n = len(query.ids)
    return Hit(ref, 0, n, n, 1.0, 1.0, "exact")


def contained(query: Query) -> list[Hit]:
    """Every occurrence of a reference found verbatim in the text (overlaps resolved later)."""
    index = query.index
    ids = query.ids
    size = len(ids)
    found: list[tuple[int, int, int]] = []
    # Hundreds of references can share an anchor ("permission is hereby granted ..."): sorting
    # them once per anchor by their fifth token means a position only tries those that can
    # still match, instead of copying every one of them (a text repeating an anchor was slow).
    # The grouping depends on the index alone, so it is kept there for the next texts.
    groups_by_key = index.anchor_groups
    tokens, offsets = index.tokens, index.offsets
    keys, anchors = query.keys, index.anchors
    # only positions where some reference starts (0: a gram holding an unknown word)
    for i in [i for i, key in enumerate(keys) if key and key in anchors]:
        key = keys[i]
        groups = groups_by_key.get(key)
        if groups is None:
            groups = groups_by_key[key] = _by_fifth_token(index, key)
            if groups is None:  # not for a key of an anchor
                continue
        fifth = ids[i + GRAM] if i + GRAM < size else _NO_TOKEN
        for group in (groups.get(_NO_TOKEN), groups.get(fifth)):
            for length, ref in group or ():
                end = i + length
                # the last token first: most references that start alike end otherwise
                if (
                    end <= size
                    and ids[end - 1] == tokens[offsets[ref + 1] - 1]
                    and ids[i:end] == index.ref_tokens(ref)
                ):
                    found.append((length, i, ref))
    tagged = query.covered  # only tag lines are covered at this point
    return [
        Hit(ref, start, start + length, length, 1.0, 1.0, "contained")
        for length, start, ref in found
        if _usable(index, ref) and not any(tagged[start : start + length])
    ]


_NO_TOKEN = -1  # token ids are unsigned: this stands for "the reference ends after its anchor"


def _by_fifth_token(index: TextIndex, key: int) -> dict[int, list[tuple[int, int]]] | None:
    """The (length, ref) of the references anchored on ``key``, by the token after the anchor."""
    refs = index.anchor_refs_for(key)
    if refs is None:
        return None
    groups: dict[int, list[tuple[int, int]]] = {}
    for ref in refs:
        length = index.ref_length(ref)
        fifth = index.tokens[index.offsets[ref] + GRAM] if length > GRAM else _NO_TOKEN
        groups.setdefault(fifth, []).append((length, ref))
    return groups


def _usable(index: TextIndex, ref: int) -> bool:
    """Short references and tags of low relevance are too ambiguous to trust alone."""
    kind = index.kinds[ref]
    if kind in ("reference", "tag"):
        return index.relevance[ref] >= 90
    return True


_NEAR_SHARE = MIN_SHARE - 0.01


class _Kept:
    """What the matcher keeps per index between texts: the number of shared grams that puts
    each reference near MIN_SHARE, and the restricting phrases of each reference's text."""

    def __init__(self, index: TextIndex) -> None:
        self.near_share = [_NEAR_SHARE * n for n in index.gram_counts]
        self.guard_phrases: dict[int, frozenset[str]] = {}
        # how many references each expression has: how often ScanCode met the license
        self.references = Counter(index.expressions)


# By id of the index, checked against a weak reference to it (an index is no dict key).
_KEPT: dict[int, tuple[weakref.ref[TextIndex], _Kept]] = {}


def _kept(index: TextIndex) -> _Kept:
    known = _KEPT.get(id(index))
    if known is not None and known[0]() is index:
        return known[1]
    key = id(index)
    kept = _Kept(index)
    _KEPT[key] = (weakref.ref(index, lambda _: _KEPT.pop(key, None)), kept)
    return kept


def _shared_grams(query: Query, keys: Sequence[int]) -> Counter[int]:
    """How many of the distinct indexed grams among ``keys`` (the text's) each reference has."""
    index = query.index
    wanted = set(keys)
    wanted.discard(0)  # a gram holding an unknown word
    slots = list(map(index.grams.__getitem__, index.grams.keys() & wanted))
    return Counter(chain.from_iterable(index.postings(slots)))


def _positions(query: Query, shift: int) -> dict[int, list[int]]:
    """Each gram of the text -> its first query positions (shifted, see _align); a gram
    repeated more often than four times anchors nothing useful, and unknown words none."""
    positions: dict[int, list[int]] = {}
    get = positions.get
    keys = query.keys
    for key, at in zip(keys, range(0, len(keys) << shift, 1 << shift), strict=True):
        slot = get(key)
        if slot is None:
            positions[key] = [at]
        elif len(slot) < 4:
            slot.append(at)
    positions.pop(0, None)
    return positions


def _candidates(
    query: Query,
    found: set[int],
    shared: dict[int, int] | None = None,
    within: tuple[int, int] | None = None,
    only: set[int] | None = None,
) -> list[int]:
    """References sharing the most indexed grams with the text, except those ``found`` verbatim
    (``shared`` receives how many distinct indexed grams each chosen one shares); with ``only``,
    none but those.

    Two rankings are merged: by the estimated number of matched tokens (finds long texts)
    and by the share of the reference's grams present (finds short notices in long files).
    ``within`` (token positions) ranks by the grams of that stretch alone.
    """
    index = query.index
    # All of the text counts, not only the unexplained part: a full text that contains a
    # partial rule found verbatim must still be able to win the span back.
    counts = _shared_grams(
        query, query.keys if within is None else query.keys[within[0] : within[1]]
    )
    by_size: list[tuple[float, int]] = []
    by_share: list[tuple[float, int, int]] = []
    size = len(query.ids) if within is None else within[1] - within[0]
    gram_counts, offsets = index.gram_counts, index.offsets
    # Most references share a gram or two by chance: a bound just below MIN_SHARE sets them
    # aside in one pass (the exact test follows).
    need = _kept(index).near_share
    likely = list(compress(counts.items(), map(ge, counts.values(), map(need.__getitem__, counts))))
    for ref, hits in likely:
        total = gram_counts[ref]
        # two shared grams, or every indexed gram of a reference that has only one left
        if total and hits >= min(2, total) and ref not in found and (only is None or ref in only):
            share = hits / total
            length = offsets[ref + 1] - offsets[ref]
            if share >= MIN_SHARE:
                # Estimated value as in Hit.value: words found (no more than the text has)
                # less a fifth of those missing.
                found_words = min(share * length, size)
                by_size.append((found_words - 0.2 * (length - found_words), ref))
                if length < 200:
                    by_share.append((share, length, ref))
    by_size.sort(reverse=True)
    by_share.sort(reverse=True)
    # Long files hold more short notices; the number of long texts to try stays fixed.
    extra = len(query.ids) // 500
    chosen: list[int] = []
    per_expression: Counter[str] = Counter()
    for ranking, limit in (
        ([r for _, r in by_size], MAX_CANDIDATES),
        ([r for _, _, r in by_share], MAX_CANDIDATES + extra),
    ):
        taken = 0
        for ref in ranking:
            if taken >= limit:
                break
            expression = index.expressions[ref]
            if not index.names[ref].startswith("licenses/"):
                if per_expression[expression] >= 2:  # rule variants of one license add little
                    continue
                per_expression[expression] += 1
            chosen.append(ref)
            taken += 1
    if shared is not None:
        shared.update((ref, counts[ref]) for ref in chosen)
    return chosen


class _Shape:
    """How one sequence of reference tokens lies in the text: the query positions of each of
    its grams, the grams they share as packed pairs (sorted, made when first needed) and,
    once aligned, the runs of each copy. References with the very same tokens (ScanCode has
    hundreds of such twins) share one shape within a text."""

    def __init__(self, found: list[list[int] | None], shift: int) -> None:
        self.found = found  # per reference position: the (shifted) query positions of its gram
        self.shift = shift
        self.grams = len(list(filter(None, found)))  # reference positions with a gram in the text
        self._runs: int | None = None
        self._pairs: list[int] | None = None
        self.reach: tuple[int, int] | None = None  # see _reach
        self._total: int | None = None
        self.unpaired = True  # the pairs may still be counted without being made
        self.copies: list[list[tuple[int, int, int, int]]] | None = None

    @property
    def runs(self) -> int:
        """How many runs the reference positions with a gram in the text form: each covers
        GRAM - 1 words more than it has grams."""
        if self._runs is None:
            present = list(map(bool, self.found))
            self._runs = sum(map(gt, present, [False, *present[:-1]]))
        return self._runs

    @property
    def total(self) -> int:
        """How many pairs there are (without making them)."""
        if self._total is None:
            self._total = sum(map(len, filter(None, self.found)))
        return self._total

    @property
    def pairs(self) -> list[int]:
        if self._pairs is None:
            self._pairs = _pairs(self.found, self.shift)
        return self._pairs


def _align(
    query: Query,
    ref: int,
    positions: dict[int, list[int]],
    shift: int,
    *,
    settled: Sequence[_Settled] = (),
    shapes: dict[int, _Shape] | None = None,
    outside: dict[tuple[int, int], dict[int, int]] | None = None,
    shared: int = 0,
    minimum: int | None = None,
) -> list[Hit]:
    """Chain the grams a reference shares with the text, in order, and score the best stretch.

    A shared gram is the pair (query position i, reference position j), packed in one int as
    (i << shift) | (mask - j), ``shift`` leaving room for both: ints sort in C, and their
    order is (i, then -j). ``positions`` holds the first query positions of each gram of the
    text, already shifted. Shared grams are first grouped by their offset (query position
    minus reference position): each copy of the reference in the text forms its own group,
    so a file that repeats a license gets one hit per copy. ``shapes`` keeps the alignments
    of the text by first reference of the same tokens, ``outside`` the text's grams outside
    each settled span (see :func:`_outside`); ``shared`` is how many distinct grams of the
    text the reference has (at least one pair each).
    """
    index = query.index
    tokens = index.ref_tokens(ref)
    length = len(tokens)
    twin = index.first_twin(ref)
    shape = shapes.get(twin) if shapes is not None else None
    grams = _Grams(positions, shift, outside)
    if shape is None:
        if settled and _beyond(query, ref, settled, grams, shared):
            return []  # what _hopeless would say, before the reference's grams are looked up
        shape = _Shape(list(map(positions.get, index.ref_gram_keys(ref))), shift)
        if shapes is not None:
            shapes[twin] = shape
    if settled and _hopeless(query, ref, shape, settled, grams):
        return []
    if shape.copies is None:
        # A group with fewer shared grams than this cannot reach the coverage a hit needs
        # (unless the caller asks for less: a part of a long text, see fragments).
        if minimum is None:
            minimum = max(
                2,
                int(
                    0.5
                    * length
                    * (MIN_COVERAGE_SHORT if length < SHORT_REFERENCE else MIN_COVERAGE_LONG)
                ),
            )
        groups = _offset_groups(list(shape.pairs), shift, tolerance=max(20, length // 2))
        shape.copies = list(_copies(groups, shift, minimum))
    hits: list[Hit] = []
    for runs in shape.copies:
        start, end = runs[0][0], runs[-1][1]
        q_matched = sum(qe - qs for qs, qe, _, _ in runs)
        r_matched = sum(re_ - rs for _, _, rs, re_ in runs)
        matched = min(q_matched, r_matched)
        coverage = min(1.0, matched / length)
        precision = min(1.0, matched / max(1, end - start))
        hit = Hit(ref, start, end, matched, coverage, precision, "approximate")
        hit.aligned = tuple((qs, qe) for qs, qe, _, _ in runs)
        if coverage >= MIN_COVERAGE_LONG and precision >= MIN_PRECISION:
            hit.rare_missing, hit.rare_inserted = _rare_differences(query, ref, runs)
            if length < SHORT_REFERENCE:
                hit.name_missing = _name_missing(query, ref, tokens, runs)
            hit.required_missing = _required_missing(index.required_spans(ref), runs)
        hits.append(hit)
    return hits


# At most this many copies of one reference are looked for in one text.
MAX_COPIES = 8


def _copies(
    groups: list[list[int]], shift: int, minimum: int
) -> Iterator[list[tuple[int, int, int, int]]]:
    """The aligned runs of each copy of a reference in the text, one copy at a time.

    Offset groups separate copies only when nothing bridges them; phrases that repeat inside
    a long license ("of this License") give pairs at every offset in between, so after each
    copy is aligned, the pairs inside its span are set aside and the rest is tried again.
    """
    for group in groups:
        remaining = group
        for _ in range(MAX_COPIES):
            if len(remaining) < minimum:
                break
            runs = _best_stretch(_runs(_longest_chain(remaining, shift), shift))
            yield runs
            # _longest_chain sorted the pairs by query position: cut out the copy's span
            low = bisect_left(remaining, runs[0][0] << shift)
            high = bisect_left(remaining, runs[-1][1] << shift)
            remaining = remaining[:low] + remaining[high:]


def _required_missing(
    required: list[tuple[int, int]], runs: list[tuple[int, int, int, int]]
) -> bool:
    """Whether a span the reference requires (a required phrase, or a rule matched only whole)
    lies outside every aligned run: left out, broken by words put in, or cut short."""
    return any(
        not any(rs <= start and end <= re_ for _, _, rs, re_ in runs) for start, end in required
    )


def _name_missing(
    query: Query, ref: int, tokens: array[int], runs: list[tuple[int, int, int, int]]
) -> bool:
    """True when a word of the license's own name is among the reference words not found.

    The generic part of a notice ("you can redistribute it and/or modify it under the terms
    of the") is shared by hundreds of licenses; the name is what says which one.
    """
    names = _name_tokens(query, query.index.expressions[ref])
    if not names:
        return False
    found = bytearray(len(tokens))
    for _, _, rs, re_ in runs:
        found[rs:re_] = b"\x01" * (re_ - rs)
    return any(not found[j] and t in names for j, t in enumerate(tokens))


def _name_tokens(query: Query, expression: str) -> frozenset[int]:
    """Token ids of the words in the names of the licenses of ``expression``."""
    vocab = query.index.vocab
    words = query.names.name_words(split_ids(expression))
    return frozenset(vocab[w] for w in words if w in vocab)


# The fewest words of a text read as a license's terms that leave its preamble off.
INSIDE_WORDS = 400


def _rare_differences(
    query: Query, ref: int, runs: list[tuple[int, int, int, int]]
) -> tuple[int, int]:
    """Distinctive words the alignment left out: of the reference, and of the text's span."""
    df = query.index.df
    limit = RARE_DF
    # rare[j]: distinctive words among the reference's first j tokens
    rare = query.index.ref_rare_counts(ref, limit)
    tokens = query.index.ref_tokens(ref)
    nouns = _work_noun_ids(query)
    missing = 0
    inserted = 0
    previous_r = 0
    # the words before the first run, as many as the reference has there
    previous_q = max(0, runs[0][0] - runs[0][2])

    def distinctive(t: int) -> bool:
        return 0 < df[t] <= limit or not t

    # A text of a license's length all inside the reference of one license (its terms without
    # their preamble or appendix): the reference's words before its first run and after its
    # last are a part the text leaves off, not words it says otherwise. Not a short notice
    # inside a longer one that states a version ("... the GNU Public License" + "version 2"),
    # nor a rule of several licenses, which may hold another license's notice there.
    inside = (
        len(query.ids) >= INSIDE_WORDS
        and runs[0][0] == 0
        and runs[-1][1] == len(query.ids)
        and " " not in query.index.expressions[ref]
    )
    for qs, qe, rs, re_ in runs:
        swapped = _swapped_nouns(tokens[previous_r:rs], query.ids[previous_q:qs], nouns)
        if rs > previous_r and (previous_r or not inside):
            missing += rare[rs] - rare[previous_r] - sum(distinctive(r) for r, _ in swapped)
        if previous_q >= runs[0][0]:  # words before the span are not inserted into it
            inserted += sum(map(distinctive, query.ids[previous_q:qs]))
            inserted -= sum(distinctive(q) for _, q in swapped)
        previous_r, previous_q = re_, qe
    if not inside:
        missing += rare[-1] - rare[min(previous_r, len(rare) - 1)]
    return missing, inserted


# Words that name the work a notice speaks of ("This library is free software", "This program
# is free software"): one put for another in the same place is no distinctive difference.
WORK_NOUNS = ("program", "library", "software", "file", "module", "package", "code", "work")


def _work_noun_ids(query: Query) -> frozenset[int]:
    vocab = query.index.vocab
    return frozenset(vocab[w] for w in WORK_NOUNS if w in vocab)


def _swapped_nouns(
    ref_gap: Sequence[int], query_gap: Sequence[int], nouns: frozenset[int]
) -> list[tuple[int, int]]:
    """The work nouns of a reference gap that stand where the text has another, in pairs."""
    if len(ref_gap) != len(query_gap):
        return []
    pairs = zip(ref_gap, query_gap, strict=True)
    return [(r, q) for r, q in pairs if r != q and r in nouns and q in nouns]


def _pairs(found: list[list[int] | None], shift: int) -> list[int]:
    """The grams a reference shares with the text as sorted packed pairs, from the query
    positions (already shifted by ``shift``) of the gram at each reference position."""
    mask = (1 << shift) - 1
    # mask - j for the reference position j, counted down beside the positions
    flipped = range(mask, mask - len(found), -1)
    pairs = [i | f for f, at in zip(flipped, found, strict=True) if at for i in at]
    pairs.sort()
    return pairs


class _Settled(NamedTuple):
    """A span of the text a near-perfect hit explains: its value (Hit.value) and its score
    as :func:`~licenseclass.textid.selection.resolve` weighs it (the value plus the head
    starts)."""

    start: int
    end: int
    value: float
    score: float
    # found verbatim: only the score decides (the value's bound by grams is no sure bound)
    verbatim: bool


def _best_possible(grams: int, runs: int, length: int) -> float:
    """The most a hit of a reference of ``length`` tokens, ``grams`` of whose grams the text
    has in ``runs`` runs, can be worth (see Hit.value), by the count of grams alone: words
    inserted in the text break a run, and each run covers GRAM - 1 words beyond its grams."""
    found = grams + max(1, runs) * (GRAM - 1)
    return min(length, found) - 0.2 * max(0, length - found)


_MISSING = re.compile(b"\\x00+")


def _reach(query: Query, ref: int, shape: _Shape) -> tuple[int, int]:
    """The most words a hit of ``ref`` can match, and the fewest distinctive words of the
    reference it must miss: a run of aligned words lies where shared grams cover the
    reference (they join at most a gram apart), so words no shared gram covers are missed.
    """
    if shape.reach is None:
        length = query.index.ref_length(ref)
        rare = query.index.ref_rare_counts(ref, RARE_DF)
        grams = len(shape.found)
        uncovered = missing = 0
        for run in _MISSING.finditer(bytes(map(bool, shape.found))):
            first, end = run.span()
            # the words of a missing gram that the gram before it does not cover
            low = first + GRAM - 1 if first else 0
            high = end if end < grams else length
            if high > low:
                uncovered += high - low
                missing += rare[high] - rare[low]
        shape.reach = (min(length - uncovered, len(query.ids)), missing)
    return shape.reach


def _best_score(query: Query, ref: int, shape: _Shape) -> float:
    """The most a hit of ``ref`` can score in resolve: Hit.value with what :func:`_reach`
    says of its words, plus the largest head start the reference can get (as if the text's
    title named it)."""
    matched, missing = _reach(query, ref, shape)
    return _score_bound(query.index, ref, matched, missing)


def _score_bound(index: TextIndex, ref: int, matched: int, missing: int = 0) -> float:
    """What a hit of ``ref`` matching ``matched`` words with nothing inserted, ``missing``
    distinctive words left out and the largest head start would score in resolve."""
    value = hit_value(matched, index.ref_length(ref), rare=missing)
    return value + largest_head_start(index, ref) * matched


class _Grams(NamedTuple):
    """The text's grams as approximate() keeps them: the first (shifted) query positions of
    each, and per settled span, how many of those lie outside it (by gram)."""

    positions: dict[int, list[int]]
    shift: int
    outside: dict[tuple[int, int], dict[int, int]] | None


def _outside(query: Query, grams: _Grams, span: _Settled) -> dict[int, int]:
    """For each gram of the text, how many of its kept query positions lie outside ``span``
    (only grams that have some; counted once per span)."""
    cache = grams.outside if grams.outside is not None else {}
    counts = cache.get((span.start, span.end))
    if counts is None:
        counts = {}
        keys, positions, shift = query.keys, grams.positions, grams.shift
        before = range(min(max(span.start, 0), len(keys)))
        for i in chain(before, range(max(span.end, 0), len(keys))):
            key = keys[i]
            at = positions.get(key)
            if at is not None and i << shift in at:  # one of the positions kept for it
                counts[key] = counts.get(key, 0) + 1
        cache[(span.start, span.end)] = counts
    return counts


def _pairs_outside(query: Query, ref: int, grams: _Grams, span: _Settled) -> int:
    """How many pairs of ``ref``'s grams with the text's kept positions lie outside ``span``."""
    counts = _outside(query, grams, span)
    if not counts:
        return 0
    return sum(map(counts.get, query.index.ref_gram_keys(ref), repeat(0)))


def _beyond(
    query: Query, ref: int, settled: Sequence[_Settled], grams: _Grams, shared: int
) -> bool:
    """What :func:`_hopeless` says, told before the reference's grams are looked up where its
    length alone puts a settled span out of reach (no more words matched than the reference
    and the text have) and the span holds the pairs: a span over the whole text holds them
    all, and one over most of it nine in ten when the reference has ten times more shared
    grams (at least one pair each) than pairs outside the span."""
    size = len(query.ids)
    score = _score_bound(query.index, ref, min(query.index.ref_length(ref), size))
    for span in settled:
        if score >= span.score:
            continue
        if span.start <= 0 and span.end >= size:
            return True
        wide = 2 * (span.end - span.start) >= size
        if shared and wide and shared >= 10 * _pairs_outside(query, ref, grams, span):
            return True
    return False


def _hopeless(
    query: Query, ref: int, shape: _Shape, settled: Sequence[_Settled], grams: _Grams
) -> bool:
    """True when nine in ten shared grams fall in one settled span that is out of reach.

    A span over the whole text holds them all; inside a span over most of it, the pairs are
    counted as all pairs less those of the few grams of the text outside it.
    """
    if not shape.grams:
        return False  # no shared gram: nothing to align, and nothing hopeless either
    size = len(query.ids)
    # a span is out of reach when a hit of ref can neither be worth more than the hit that
    # settled it (by the count of shared grams) nor score more in resolve (strictly: on a
    # tie, resolve may prefer this reference)
    best_value = _best_possible(shape.grams, shape.runs, query.index.ref_length(ref))
    best_score: float | None = None
    for span in settled:
        if span.verbatim or best_value > span.value:
            if best_score is None:
                best_score = _best_score(query, ref, shape)
            if best_score >= span.score:
                continue
        if span.start <= 0 and span.end >= size:
            return True
        if shape.unpaired and 2 * (span.end - span.start) >= size:
            # few grams of the text outside the span: count the pairs of those, once (more
            # spans to try make the sorted pairs cheaper)
            shape.unpaired = False
            outside = _pairs_outside(query, ref, grams, span)
            if shape.grams >= 10 * outside:
                return True  # at least one pair per shared gram: nine in ten are inside
            inside = shape.total - outside
            total = shape.total
        else:
            pairs, shift = shape.pairs, shape.shift
            inside = bisect_left(pairs, span.end << shift) - bisect_left(pairs, span.start << shift)
            total = len(pairs)
        if inside >= 0.9 * total:
            return True
    return False


def _offset_groups(pairs: list[int], shift: int, tolerance: int) -> list[list[int]]:
    """Split pairs where their offsets (i - j) jump by more than ``tolerance``.

    The pairs of a group are in no particular order (_longest_chain sorts them); the groups
    are in order of offset.
    """
    if not pairs:
        return []
    mask = (1 << shift) - 1
    # offset i - j, made non-negative: (i - j) + mask == (pair >> shift) + (pair & mask); the
    # jumps between distinct offsets are the jumps of the sorted offsets (most pairs of a copy
    # share a few diagonals, so there are far fewer of them to sort)
    distinct = sorted({(p >> shift) + (p & mask) for p in pairs})
    if distinct[-1] - distinct[0] <= tolerance:  # one copy: no jump can split it
        return [pairs]
    if max(map(sub, islice(distinct, 1, None), distinct)) <= tolerance:
        return [pairs]  # repeated phrases spread the offsets, but nothing separates two copies
    offsets = [(p >> shift) + (p & mask) for p in pairs]
    ordered = sorted(offsets)
    cuts = [n for n, a, b in zip(count(1), ordered, islice(ordered, 1, None)) if b - a > tolerance]
    double = 2 * shift
    keyed = sorted([(offset << double) | p for offset, p in zip(offsets, pairs, strict=True)])
    low = (1 << double) - 1
    return [[key & low for key in keyed[a:b]] for a, b in pairwise([0, *cuts, len(keyed)])]


def _longest_chain(pairs: list[int], shift: int) -> list[int]:
    """The longest chain of (query, reference) pairs increasing in both (patience method), as
    packed pairs in order.

    Sorts ``pairs`` in place (by query position, then reference position descending). A
    stretch of pairs whose reference positions increase, once one of them extends the
    longest chain, extends it by all the rest: such stretches (a copy's diagonal) are
    appended whole, so Python steps only where the chain is not simply growing.
    """
    pairs.sort()
    mask = (1 << shift) - 1
    js = [mask - (p & mask) for p in pairs]
    size = len(js)
    tails: list[int] = []  # smallest reference position ending a chain of each length
    tail_index: list[int] = []
    previous = [-1] * size  # read only for pairs placed alone and for stretch starts
    # the stretches appended whole, [start, end): a pair inside one follows the one before
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    cuts = [n for n, a, b in zip(count(1), js, islice(js, 1, None)) if b <= a]
    cuts.append(size)
    for end in cuts:
        n = position
        while n < end:
            j = js[n]
            if not tails or j > tails[-1]:  # this pair and the rest of its stretch extend it
                previous[n] = tail_index[-1] if tail_index else -1
                tails += js[n:end]
                tail_index += range(n, end)
                starts.append(n)
                ends.append(end)
                break
            k = bisect_left(tails, j)
            tails[k] = j
            tail_index[k] = n
            previous[n] = tail_index[k - 1] if k else -1
            n += 1
        position = end
    pieces: list[list[int]] = []
    n = tail_index[-1]
    while n >= 0:
        stretch = bisect_right(starts, n) - 1
        start = starts[stretch] if stretch >= 0 and n < ends[stretch] else n
        pieces.append(pairs[start : n + 1])
        n = previous[start]
    pieces.reverse()
    return list(chain.from_iterable(pieces))


def _runs(chain_pairs: list[int], shift: int) -> list[tuple[int, int, int, int]]:
    """Group chained grams into runs: (query start, query end, reference start, reference end).

    Consecutive grams of the chain join one run when they lie on the same diagonal at most a
    gram apart; a gram overlapping the previous run starts the next run where that one ends.
    """
    if not chain_pairs:
        return []
    mask = (1 << shift) - 1
    # Packed, the next gram on the same diagonal k positions on differs by (k << shift) - k:
    # by ``mask`` for the next position (the usual case, found without unpacking).
    joined = {(k << shift) - k for k in range(2, GRAM + 1)}
    breaks = [
        n
        for n, a, b in zip(count(1), chain_pairs, islice(chain_pairs, 1, None))
        if b - a != mask and b - a not in joined
    ]
    runs: list[tuple[int, int, int, int]] = []
    first = chain_pairs[0]
    qs, rs = first >> shift, mask - (first & mask)
    for n in breaks:
        last, pair = chain_pairs[n - 1], chain_pairs[n]
        qe, re_ = (last >> shift) + GRAM, mask - (last & mask) + GRAM
        runs.append((qs, qe, rs, re_))
        i, j = pair >> shift, mask - (pair & mask)
        # both positions increase along the chain, so the overlap is less than a gram
        step = max(0, qe - i, re_ - j)
        qs, rs = i + step, j + step
    last = chain_pairs[-1]
    runs.append((qs, (last >> shift) + GRAM, rs, mask - (last & mask) + GRAM))
    return runs


def _best_stretch(runs: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The stretch of consecutive runs with the best matched-minus-gap balance (Kadane)."""
    best = (0.0, 0, 0)
    value = 0.0
    first = 0
    for n, (qs, qe, _, _) in enumerate(runs):
        gap = qs - runs[n - 1][1] if n else 0
        if n and value - GAP_COST * gap > 0:
            value = value - GAP_COST * gap + (qe - qs)
        else:
            value = float(qe - qs)
            first = n
        if value > best[0]:
            best = (value, first, n)
    _, a, b = best
    return runs[a : b + 1]


def approximate(
    query: Query,
    found: set[int],
    verbatim: Sequence[Hit] = (),
    *,
    within: tuple[int, int] | None = None,
    tried: set[int] | None = None,
) -> list[Hit]:
    """Approximate copies of references in the text, except the references ``found``.

    ``verbatim`` are the hits found verbatim before: a candidate that would only land in the
    span of one and cannot outscore it in resolve is not aligned (unless a rule found over
    the whole text is among them, which a license text may replace with a lower score, see
    :func:`~licenseclass.textid.selection.defining_texts`). ``within`` chooses the candidates
    by one stretch of the text (see :func:`gaps`); ``tried`` receives the candidates aligned.
    """
    shared: dict[int, int] = {}
    candidates = _candidates(query, found, shared, within)
    if tried is not None:
        tried.update(candidates)
    return _aligned(query, candidates, shared, verbatim)


def approximate_in_spans(
    query: Query, spans: Sequence[tuple[int, int]], only: set[int], verbatim: Sequence[Hit]
) -> list[Hit]:
    """The references ``only`` that share grams with any of ``spans`` (token positions),
    aligned in one pass over the text (:func:`approximate` with ``within`` and ``only``, for
    many stretches at the cost of one)."""
    shared: dict[int, int] = {}
    for span in spans:
        part: dict[int, int] = {}
        _candidates(query, set(), part, span, only)
        for ref, grams in part.items():
            shared[ref] = max(shared.get(ref, 0), grams)
    return _aligned(query, list(shared), shared, verbatim)


def _aligned(
    query: Query, candidates: list[int], shared: dict[int, int], verbatim: Sequence[Hit]
) -> list[Hit]:
    """The acceptable hits of ``candidates`` aligned with the text (see :func:`approximate`)."""
    if not candidates:
        return []
    # room for any query and any candidate's reference position (see _align)
    index = query.index
    shift = max(len(query.ids), *map(index.ref_length, candidates)).bit_length() + 1
    positions = _positions(query, shift)
    hits: list[Hit] = []
    # Text a near-perfect hit (or a long one found verbatim) already explains, with that
    # hit's value and score: a candidate that would only land there and can reach neither is
    # not aligned.
    settled = _verbatim_settled(query, verbatim)
    shapes: dict[int, _Shape] = {}
    outside: dict[tuple[int, int], dict[int, int]] = {}
    for ref in candidates:
        aligned = _align(
            query,
            ref,
            positions,
            shift,
            settled=settled,
            shapes=shapes,
            outside=outside,
            shared=shared[ref],
        )
        for hit in aligned:
            if _acceptable(query, hit):
                hits.append(hit)
                if hit.confidence >= SETTLED:
                    settled.append(_settled_by(query, hit, verbatim=False))
    return hits


# A stretch of at least this many words that no hit reaches gets candidates of its own: in a
# file of many long texts, the references that share the most grams with the whole file are
# the relatives of the texts found (a dozen ports of one Creative Commons license), and a
# different text further on would never be aligned.
GAP_WORDS = 400
MAX_GAPS = 4


def gaps(query: Query, hits: Sequence[Hit]) -> list[tuple[int, int]]:
    """The longest stretches of the text (token positions) that no hit reaches, longest first."""
    reached = sorted((hit.start, hit.end) for hit in hits)
    found: list[tuple[int, int]] = []
    at = 0
    for start, end in [*reached, (len(query.ids), len(query.ids))]:
        if start - at >= GAP_WORDS:
            found.append((at, start))
        at = max(at, end)
    return sorted(found, key=lambda span: span[0] - span[1])[:MAX_GAPS]


# Hits found verbatim over fewer words than this settle no span: the candidates they could
# set aside are short (cheap to align), and a file of many notices would have every candidate
# checked against each of them.
SETTLING_WORDS = 200


def _verbatim_settled(query: Query, verbatim: Sequence[Hit]) -> list[_Settled]:
    """The spans of hits found verbatim, as settled spans (see :func:`approximate`).

    A ScanCode-only license text is left out: an SPDX-listed relative inside its span
    replaces it in resolve even when it scores less (see
    :func:`~licenseclass.textid.selection.spdx_relatives`).
    """
    if any(rule_over_whole(query, hit) for hit in verbatim):
        return []
    index = query.index
    settled: list[_Settled] = []
    for hit in verbatim:
        if hit.end - hit.start < SETTLING_WORDS:
            continue
        if "LicenseRef-" in index.expressions[hit.ref] and index.kinds[hit.ref] == "text":
            continue
        settled.append(_settled_by(query, hit, verbatim=True))
    return settled


def _settled_by(query: Query, hit: Hit, *, verbatim: bool) -> _Settled:
    """The span ``hit`` settles, with its value and its score in resolve."""
    value = hit.value(query.index.ref_length(hit.ref))
    score = value + head_start(query, hit) * hit.matched
    return _Settled(hit.start, hit.end, value, score, verbatim=verbatim)


def _acceptable(query: Query, hit: Hit) -> bool:
    length = query.index.ref_length(hit.ref)
    short = length < SHORT_REFERENCE
    minimum = MIN_COVERAGE_SHORT if short else MIN_COVERAGE_LONG
    minimum = max(minimum, query.index.minimum_coverage[hit.ref] / 100)
    return (
        hit.coverage >= minimum
        # A short notice without its license's name is no notice of it; a short full text
        # (WTFPL, 0BSD, a user's own) is distinctive enough without its title.
        and not (
            short
            and query.index.kinds[hit.ref] != "text"
            and (hit.rare_missing or hit.name_missing)
        )
        and not (may_name_others(query.index, hit.ref) and names_other_license(query, hit))
        and hit.precision >= MIN_PRECISION
        and hit.confidence >= MIN_CONFIDENCE
        and not _refused_by_guard(query, hit)
    )


# A part of one license's text found nearly verbatim, too small a share of it for the
# approximate stage (a section pasted alone, a file cut short): at least this many words, at
# least this precision, and explaining clearly more of its span than the hits kept there.
FRAGMENT_WORDS = 150
FRAGMENT_PRECISION = 0.9
FRAGMENT_CANDIDATES = 12
# A candidate shares at least this many indexed grams with the text (the index keeps about
# one gram in four, so 150 words give some 40).
FRAGMENT_GRAMS = 16
# A passage that the texts of more families than this share about as much (the BSD warranty
# disclaimer, in dozens of licenses) is boilerplate and names none of them.
FRAGMENT_FAMILIES = 20


def fragments(query: Query, kept: Sequence[Hit]) -> list[tuple[Hit, list[int]]]:
    """Parts of license texts (never of a rule) that explain what the kept hits leave: the
    best one per stretch, each kept only where its words are the text's and not a passage
    another license shares (a different license holding one of its paragraphs is not it:
    the part must explain most of the words it spans and more than what was found there).
    Each comes with the other texts that fit it word for word as well."""
    index = query.index
    n = len(query.ids)
    # words a settled hit explains (an approximate hit of a tenth of them may be a stranger's
    # paragraph that the part holds: Apache-2.0's patent section fits the FreeType patent text)
    explained = bytearray(n)
    for hit in kept:
        if hit.coverage >= SETTLED:
            for start, end in hit.aligned_ranges():
                explained[start:end] = b"\x01" * (end - start)
    open_words = n - sum(explained)
    if open_words < FRAGMENT_WORDS:
        return []
    counts = _shared_grams(query, query.keys)
    names = index.names
    eligible = [
        (shared, ref)
        for ref, shared in counts.items()
        if shared >= FRAGMENT_GRAMS
        and names[ref].startswith("licenses/")
        and not index.generic[ref]
    ]
    if not eligible:
        return []
    most = max(shared for shared, _ in eligible)
    sharing = {family(index.expressions[ref]) for shared, ref in eligible if shared >= 0.9 * most}
    if len(sharing) > FRAGMENT_FAMILIES:
        return []
    # Many licenses hold another's text (Pixar's is Apache-2.0 renamed, the AGPL repeats most
    # of the GPL): the texts that share about as much are aligned, and the part is taken from
    # the one aligned best, then SPDX-listed, without "or later" (a text says none of itself),
    # met most often by ScanCode (the most references), and shortest.
    met = _kept(index).references

    def preference(ref: int) -> tuple[bool, bool, int, int]:
        expression = index.expressions[ref]
        return (
            "LicenseRef-" in expression,
            "-or-later" in expression,
            -met[expression],
            index.ref_length(ref),
        )

    # the preferred of those sharing about the most, and those sharing the very most (a
    # ScanCode-only text that is the part's own source must not wait behind SPDX relatives)
    preferred = sorted(eligible, key=lambda c: (-(c[0] * 50 // most), preference(c[1])))
    ranked = list(
        dict.fromkeys(
            preferred[:FRAGMENT_CANDIDATES] + sorted(eligible, reverse=True)[:FRAGMENT_CANDIDATES]
        )
    )
    shift = max(n, *(index.ref_length(ref) for _, ref in ranked)).bit_length() + 1
    positions = _positions(query, shift)
    aligned = [
        hit
        for _, ref in ranked
        for hit in _align(query, ref, positions, shift, minimum=FRAGMENT_WORDS // 2)
        if hit.matched >= FRAGMENT_WORDS and hit.precision >= FRAGMENT_PRECISION
    ]
    aligned.sort(key=lambda h: (-h.matched, preference(h.ref)))
    found: list[tuple[Hit, list[int]]] = []
    # a span the preferred text aligned, kept as a part or not, is no other text's (node's
    # LICENSE holds Apache-2.0's text too)
    claimed: list[Hit] = []
    for hit in aligned:
        if any(h.start < hit.end and hit.start < h.end for h in claimed):
            continue
        claimed.append(hit)
        if (
            # (half of the reference or more is the approximate stage's to judge)
            hit.coverage < MIN_COVERAGE_LONG
            and _explains_more(query, hit, kept)
            and not _guarded(query, hit)
        ):
            # the texts that fit the part as well: the caller judges whether they agree
            rivals = [
                h.ref
                for h in aligned
                if h.matched == hit.matched
                and h.ref != hit.ref
                and h.start < hit.end
                and hit.start < h.end
            ]
            found.append((hit, rivals))
    # The parts must be most of what is left: a text of its own that shares a paragraph or
    # two of boilerplate with a catalogued agreement (the warranty disclaimer, an export
    # clause) is no part of that agreement.
    if sum(hit.matched for hit, _ in found) < FRAGMENT_SHARE_OF_TEXT * open_words:
        return []
    return found


def _explains_more(query: Query, part: Hit, kept: Sequence[Hit]) -> bool:
    """Whether ``part`` explains at least FRAGMENT_GAIN words more than the kept hits it
    would replace (those mostly inside its span). A kept hit reaching well beyond the span
    explains the text there as something larger, and a whole text or notice found entire is
    that license (MIT's text followed by a BSD disclaimer is no part of a third license that
    holds both) unless it is the part's own family or a small piece of the part."""
    replaced = settled = 0
    kinds, expressions = query.index.kinds, query.index.expressions
    own = family(expressions[part.ref])
    for hit in kept:
        overlap = min(hit.end, part.end) - max(hit.start, part.start)
        if overlap <= 0:
            continue
        if 2 * overlap < hit.end - hit.start:
            return False
        if (
            hit.coverage >= SETTLED
            and kinds[hit.ref] in ("text", "notice")
            and family(expressions[hit.ref]) != own
        ):
            settled += hit.matched
        replaced += hit.matched
    # a whole text of another license inside the part stays unless the part dwarfs it (the
    # GPL-2.0's closing sections hold the whole of a short license that copies them)
    return part.matched - replaced >= FRAGMENT_GAIN and part.matched >= SETTLED_SHARE * settled


# A part replaces a whole text or notice of another license found inside it only when it
# matches this many times as many words.
SETTLED_SHARE = 3
# A part explains at least this many words more than the hits it replaces.
FRAGMENT_GAIN = 50
# The parts found match at least this share of the words no settled hit explains.
FRAGMENT_SHARE_OF_TEXT = 0.8


def _refused_by_guard(query: Query, hit: Hit) -> bool:
    """:func:`_guarded`, keeping the refused hit on the query (see ``Query.guarded``)."""
    if not _guarded(query, hit):
        return False
    query.guarded.append(hit)
    return True


# Words a hit did not align, in a run at least this long, are a region of their own: coverage
# reports them and reads them for terms, so a restricting phrase there does not refuse the hit.
INSERTION_WORDS = 3


# Each guard phrase as it can be written in a text's words, before the spellings are unified
# the way equivalent_words unifies a span (the phrase itself, or with a word written as the
# words a spelling makes it from: "non commercial" for "noncommercial"). A phrase that a
# spelling rewrites ("non commercial" itself) is never left in a span and is not looked for.
def _written_forms() -> dict[tuple[str, ...], str]:
    phrases = [(key.split(), value) for key, value in EQUIVALENT_WORDS.items() if " " in key]
    forms: dict[tuple[str, ...], str] = {}
    for phrase in GUARD_PHRASES:
        needle = " ".join(phrase)
        if equivalent_words(needle) != needle:
            continue
        forms[phrase] = needle
        for n, word in enumerate(phrase):
            for key, value in phrases:
                if value == word:
                    forms[phrase[:n] + tuple(key) + phrase[n + 1 :]] = needle
    return forms


_FORMS = _written_forms()
_FORM_WORDS = frozenset(chain.from_iterable(_FORMS))
_LONGEST_FORM = max(map(len, _FORMS))


def _forms_in(words: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, guard phrase) of each written form of a guard phrase in ``words``."""
    text = " " + " ".join(words) + " "
    found: list[tuple[int, int, str]] = []
    for form, needle in _FORMS.items():
        pattern = " " + " ".join(form) + " "
        at = text.find(pattern)
        while at >= 0:
            first = text.count(" ", 0, at + 1) - 1  # the spaces before it: one per word
            found.append((first, first + len(form), needle))
            at = text.find(pattern, at + 1)
    found.sort()
    return found


def _guard_pieces(hit: Hit) -> list[list[int]]:
    """The runs of the text's words [start, end) whose words, joined in order, are the hit's
    span less the insertions long enough to be read on their own."""
    pieces: list[list[int]] = []
    previous = hit.start
    for start, end in hit.aligned_ranges():
        if 0 <= start - previous < INSERTION_WORDS:
            if pieces:
                pieces[-1][1] = end
            else:
                pieces.append([previous, end])
        else:
            pieces.append([start, end])
        previous = end
    return pieces


def _span_phrases(query: Query, hit: Hit) -> set[str]:
    """The guard phrases in the hit's span less its long insertions, its spellings unified.

    The text's own occurrences (found once per text) count inside each run of words; where
    two runs meet, the few words on either side are looked at for a phrase the cut made.
    """
    if query.guard_forms is None:
        query.guard_forms = _forms_in(query.words)
    occurrences = query.guard_forms
    words = query.words
    phrases: set[str] = set()
    pieces = _guard_pieces(hit)
    for start, end in pieces:
        n = bisect_left(occurrences, (start,))
        while n < len(occurrences) and occurrences[n][0] < end:
            if occurrences[n][1] <= end:
                phrases.add(occurrences[n][2])
            n += 1
    for (a, b), (c, d) in pairwise(pieces):
        # a form across the cut has words on both sides of it
        if words[b - 1] in _FORM_WORDS and words[c] in _FORM_WORDS:
            window = (
                words[max(a, b - _LONGEST_FORM + 1) : b] + words[c : min(d, c + _LONGEST_FORM - 1)]
            )
            phrases.update(needle for _, _, needle in _forms_in(window))
    return phrases


def _reference_phrases(index: TextIndex, ref: int) -> frozenset[str]:
    """The guard phrases in a reference's text, its spellings unified (kept per index)."""
    known = _kept(index).guard_phrases
    phrases = known.get(ref)
    if phrases is None:
        vocab_words = index.words()
        joined = " ".join(vocab_words[t] for t in index.ref_tokens(ref))
        text = " " + equivalent_words(joined) + " "
        needles = (" ".join(phrase) for phrase in GUARD_PHRASES)
        phrases = known[ref] = frozenset(n for n in needles if f" {n} " in text)
    return phrases


def _guarded(query: Query, hit: Hit) -> bool:
    """True when the span holds a restricting phrase the reference does not have.

    A phrase that replaces a few words of the reference ("NonCommercial" for a word of CC BY)
    refuses the hit, so a non-open look-alike is never reported as its open sibling; a
    sentence inserted whole is left to coverage, which reads it. Both sides are compared as
    one line, so that "non-commercial" broken over two lines and "noncommercial" on one count
    as the same phrase.
    """
    phrases = _span_phrases(query, hit)
    return bool(phrases) and not phrases <= _reference_phrases(query.index, hit.ref)
