"""Identify the licenses in a text: full texts, notices, ``SPDX-License-Identifier`` tags.

Stages, cheapest first (see docs/identification.md):

1. *Tags*: ``SPDX-License-Identifier:`` lines, parsed as SPDX expressions.
2. *Exact*: the whole normalised text equals a reference text (one dictionary lookup).
3. *Contained*: reference texts found verbatim (after normalisation) inside the text, found by
   an anchor table keyed on their first four tokens and checked token by token.
4. *Approximate*: when enough of the text is left unexplained, candidates that share many
   four-token grams with it are aligned (a chain of shared grams in order) and scored by how
   much of the reference was found (coverage) and how much of the matched span it explains
   (precision). Close relatives compete for the same span and the best explanation wins; a
   reference is refused when the span holds a restricting phrase (``non-commercial``, ``no
   derivatives``, ...) that the reference lacks, so a non-open look-alike is never reported as
   its open sibling.

Matches of ScanCode's false-positive rules suppress the span; generic or unknown references
("see LICENSE") are kept as clues, not as identifications.
"""

from __future__ import annotations

import difflib
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from licenseclass.clauses.analysis import Analysis
from licenseclass.clauses.reading import needs_reading, read_terms
from licenseclass.clauses.variants import Variant
from licenseclass.core.model import Level, Verdict
from licenseclass.core.registry import Registry, default_registry
from licenseclass.errors import InputFileError, InvalidExpressionError, LicenseclassError
from licenseclass.expressions.parser import parse
from licenseclass.expressions.tree import LicenseId, With, leaves
from licenseclass.expressions.verdicts import classify_expression
from licenseclass.textid.index import (
    GRAM,
    TextIndex,
    default_index,
    gram_key,
    name_key,
    name_table,
    token_digest,
)
from licenseclass.textid.textnorm import equivalent_words, normalise, tokenise

MatchKind = Literal["text", "notice", "tag", "reference"]
Method = Literal["tag", "exact", "contained", "approximate", "name"]

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
# At least this many unexplained tokens before the approximate stage runs.
MIN_UNEXPLAINED = 12
# How many candidates the approximate stage aligns from each of its two rankings.
MAX_CANDIDATES = 12
# An approximate hit this good settles its span: later candidates landing there are skipped.
SETTLED = 0.97
# Approximate matches of references shorter than this must not name another license.
NOTICE_LENGTH = 200
# A candidate must share at least this part of its indexed grams with the text.
MIN_SHARE = 0.4
# Files larger than this are refused by classify_file.
MAX_FILE_BYTES = 5_000_000
# Query tokens between matched runs cost this much of a matched token when spans are joined.
GAP_COST = 0.5
# Head start of SPDX-listed licenses over ScanCode-only variants, per matched word.
SPDX_PRIOR = 0.01
# Hits shorter than this (in words) yield to a longer license name over the same words.
SHORT_HIT = 12
# A license named right after a licensing phrase ("licensed under the Zlib license").
NAME_CONFIDENCE = 0.9
LICENSING_PHRASES: tuple[tuple[str, ...], ...] = (
    ("licensed", "under"),
    ("released", "under"),
    ("distributed", "under"),
    ("available", "under"),
    ("published", "under"),
    ("provided", "under"),
    ("licensed", "to", "you", "under"),
    ("covered", "by"),
    ("governed", "by"),
    ("subject", "to"),
    ("under", "the", "terms", "of"),
    ("see",),
)
_CUES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in LICENSING_PHRASES:
    _CUES_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
_NAME_LEAD = frozenset({"the", "a", "an", "terms", "of", "and", "conditions", "this", "under"})
_LONGEST_NAME = 10
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


class TextMatch(BaseModel):
    """One license found in a text, where, and how sure."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(description="SPDX license id (or LicenseRef-...) found")
    expression: str = Field(description="the SPDX expression of what matched (may name more ids)")
    kind: MatchKind
    confidence: float = Field(ge=0.0, le=1.0)
    start_line: int = Field(ge=1)
    end_line: int = Field(ge=1)
    method: Method
    reference: str = Field(description="the reference text that matched, or 'SPDX tag'")
    coverage: float = Field(ge=0.0, le=1.0, description="share of the reference found")
    explanation: str | None = Field(
        default=None, description="on request: a word diff between reference and text"
    )


class TextClassification(BaseModel):
    """What a text holds: the matches, their combined expression and its verdict."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    matches: tuple[TextMatch, ...] = ()
    expression: str | None = None
    verdict: Verdict
    clues: tuple[str, ...] = Field(
        default=(), description="generic or unresolved references, e.g. 'see LICENSE'"
    )
    note: str | None = None
    analysis: Analysis | None = Field(
        default=None,
        description="clause reading of a text no catalogued license explains (or a modified copy)",
    )
    variant: Variant | None = Field(
        default=None,
        description="for a modified copy: the closest catalogued text and what changed",
    )

    @property
    def ids(self) -> tuple[str, ...]:
        """The distinct license ids found, in order of appearance."""
        return tuple(dict.fromkeys(m.id for m in self.matches))


# --------------------------------------------------------------------------- tags

_TAG = re.compile(r"SPDX-License-Identifier\s*:\s*(.+)", re.IGNORECASE)
_TAG_CLOSERS = ("*/", "-->", "#}", "%>", '"""', "'''", ";")


def _tag_expression(raw: str) -> str | None:
    text = raw.strip()
    for closer in _TAG_CLOSERS:  # comment closers after the expression
        text = text.removesuffix(closer).rstrip()
    text = text.strip("\"'").strip()
    if not text:
        return None
    try:
        tree = parse(text, strict=False, update_deprecated=True)
    except InvalidExpressionError:
        return None
    for leaf in leaves(tree):
        license_id = leaf.license if isinstance(leaf, With) else leaf
        if isinstance(license_id, LicenseId) and not license_id.known:
            return None  # a broken tag ("CAL-1.0-Combined-Work-" cut by a line break)
    return str(tree)


# --------------------------------------------------------------------------- candidates


@dataclass
class _Hit:
    ref: int
    start: int  # query token span [start, end)
    end: int
    matched: int
    coverage: float
    precision: float
    method: Method
    rare_missing: int = 0  # distinctive words of the reference absent from the span
    rare_inserted: int = 0  # distinctive words in the span that the reference lacks
    name_missing: bool = False  # a word of the license's name was not found

    @property
    def confidence(self) -> float:
        return self.coverage * self.precision

    def value(self, length: int) -> float:
        """How much of the text this hit explains, less what it leaves unexplained.

        Words inside the span that the reference lacks cost as much as a matched word earns;
        words of the reference that were not found cost a fifth; every hit costs up to eight
        words (half its length when shorter), so one full match beats a tiling of partial
        ones. Distinctive words (a license name, 'Affero', 'Lesser') cost extra, so that the
        reference naming them wins.
        """
        inserted = (self.end - self.start) - self.matched
        missing = length - min(length, self.matched)
        rare = 2.0 * self.rare_inserted + self.rare_missing
        return self.matched - inserted - 0.2 * missing - min(8.0, self.matched / 2) - rare


class _Query:
    """A text as token ids, with the lookups the stages share."""

    def __init__(self, index: TextIndex, text: str) -> None:
        self.index = index
        tokens = tokenise(text)
        self.words = tokens.words
        self.lines = tokens.lines
        vocab = index.vocab
        self.ids = array("I", (vocab.get(w, 0) for w in self.words))
        self.covered = bytearray(len(self.ids))
        self._keys: list[int] | None = None

    @property
    def keys(self) -> list[int]:
        """Gram key at each position (0 where a gram holds an unknown word)."""
        if self._keys is None:
            ids = self.ids
            self._keys = [
                gram_key(ids[i], ids[i + 1], ids[i + 2], ids[i + 3])
                if ids[i] and ids[i + 1] and ids[i + 2] and ids[i + 3]
                else 0
                for i in range(len(ids) - GRAM + 1)
            ]
        return self._keys

    def cover(self, start: int, end: int) -> None:
        self.covered[start:end] = b"\x01" * (end - start)


def _exact_whole(query: _Query) -> _Hit | None:
    if not query.ids:
        return None
    ref = query.index.exact.get(token_digest(query.ids))
    if ref is None or query.index.ref_length(ref) != len(query.ids):
        return None
    n = len(query.ids)
    return _Hit(ref, 0, n, n, 1.0, 1.0, "exact")


def _contained(query: _Query) -> list[_Hit]:
    """Every occurrence of a reference found verbatim in the text (overlaps resolved later)."""
    index = query.index
    ids = query.ids
    found: list[tuple[int, int, int]] = []
    for i, key in enumerate(query.keys):
        if not key:
            continue
        refs = index.anchor_refs_for(key)
        if refs is None:
            continue
        for ref in refs:
            length = index.ref_length(ref)
            if i + length <= len(ids) and ids[i : i + length] == index.ref_tokens(ref):
                found.append((length, i, ref))
    tagged = query.covered  # only tag lines are covered at this point
    return [
        _Hit(ref, start, start + length, length, 1.0, 1.0, "contained")
        for length, start, ref in found
        if _usable(index, ref) and not any(tagged[start : start + length])
    ]


def _usable(index: TextIndex, ref: int) -> bool:
    """Short references and tags of low relevance are too ambiguous to trust alone."""
    kind = index.kinds[ref]
    if kind in ("reference", "tag"):
        return index.relevance[ref] >= 90
    return True


def _candidates(query: _Query, found: set[int]) -> list[int]:
    """References sharing the most indexed grams with the text, except those ``found`` verbatim.

    Two rankings are merged: by the estimated number of matched tokens (finds long texts)
    and by the share of the reference's grams present (finds short notices in long files).
    """
    index = query.index
    counts: Counter[int] = Counter()
    # All of the text counts, not only the unexplained part: a full text that contains a
    # partial rule found verbatim must still be able to win the span back.
    for key in set(query.keys):
        if key:
            refs = index.gram_refs_for(key)
            if refs is not None:
                counts.update(refs)
    by_size: list[tuple[float, int]] = []
    by_share: list[tuple[float, int, int]] = []
    size = len(query.ids)
    for ref, hits in counts.items():
        total = index.gram_counts[ref]
        if total and hits >= 2 and ref not in found:
            share = hits / total
            length = index.ref_length(ref)
            if share >= MIN_SHARE:
                # Estimated value as in _Hit.value: words found (no more than the text has)
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
    return chosen


def _align(
    query: _Query,
    ref: int,
    positions: dict[int, list[int]],
    settled: Sequence[tuple[int, int, float]] = (),
) -> list[_Hit]:
    """Chain the grams a reference shares with the text, in order, and score the best stretch.

    Shared grams are first grouped by their offset (query position minus reference
    position): each copy of the reference in the text forms its own group, so a file that
    repeats a license gets one hit per copy.
    """
    index = query.index
    tokens = index.ref_tokens(ref)
    length = len(tokens)
    pairs: list[tuple[int, int]] = []
    for j in range(length - GRAM + 1):
        found = positions.get(gram_key(tokens[j], tokens[j + 1], tokens[j + 2], tokens[j + 3]))
        if found:
            pairs.extend((i, j) for i in found)
    if pairs and _hopeless(pairs, length, settled):
        return []
    hits: list[_Hit] = []
    # A group with fewer shared grams than this cannot reach the coverage a hit needs.
    minimum = max(
        2,
        int(0.5 * length * (MIN_COVERAGE_SHORT if length < SHORT_REFERENCE else MIN_COVERAGE_LONG)),
    )
    for group in _offset_groups(pairs, tolerance=max(20, length // 2)):
        if len(group) < minimum:
            continue
        runs = _best_stretch(_runs(_longest_chain(group)))
        start, end = runs[0][0], runs[-1][1]
        q_matched = sum(qe - qs for qs, qe, _, _ in runs)
        r_matched = sum(re_ - rs for _, _, rs, re_ in runs)
        matched = min(q_matched, r_matched)
        coverage = min(1.0, matched / length)
        precision = min(1.0, matched / max(1, end - start))
        hit = _Hit(ref, start, end, matched, coverage, precision, "approximate")
        if coverage >= MIN_COVERAGE_LONG and precision >= MIN_PRECISION:
            hit.rare_missing, hit.rare_inserted = _rare_differences(query, tokens, runs)
            if length < SHORT_REFERENCE:
                hit.name_missing = _name_missing(query, ref, tokens, runs)
        hits.append(hit)
    return hits


def _name_missing(
    query: _Query, ref: int, tokens: array[int], runs: list[tuple[int, int, int, int]]
) -> bool:
    """True when a word of the license's own name is among the reference words not found.

    The generic part of a notice ("you can redistribute it and/or modify it under the terms
    of the") is shared by hundreds of licenses; the name is what says which one.
    """
    names = _name_tokens(query.index, query.index.expressions[ref])
    if not names:
        return False
    found = bytearray(len(tokens))
    for _, _, rs, re_ in runs:
        found[rs:re_] = b"\x01" * (re_ - rs)
    return any(not found[j] and t in names for j, t in enumerate(tokens))


def _name_tokens(index: TextIndex, expression: str) -> frozenset[int]:
    """Token ids of the words in the names of the licenses of ``expression`` (cached)."""
    cached = index.name_tokens.get(expression)
    if cached is None:
        ids = set(_split_ids(expression))
        words = {w for key, i in name_table().items() if i in ids for w in key.split(" ")}
        cached = frozenset(index.vocab[w] for w in words if w in index.vocab)
        index.name_tokens[expression] = cached
    return cached


def _rare_differences(
    query: _Query, tokens: array[int], runs: list[tuple[int, int, int, int]]
) -> tuple[int, int]:
    """Distinctive words the alignment left out: of the reference, and of the text's span."""
    df = query.index.df
    limit = RARE_DF
    missing = 0
    inserted = 0
    previous_r = 0
    previous_q = runs[0][0]
    for qs, qe, rs, re_ in runs:
        missing += sum(1 for t in tokens[previous_r:rs] if df[t] <= limit)
        inserted += sum(1 for t in query.ids[previous_q:qs] if 0 < df[t] <= limit or not t)
        previous_r, previous_q = re_, qe
    missing += sum(1 for t in tokens[previous_r:] if df[t] <= limit)
    return missing, inserted


def _hopeless(
    pairs: list[tuple[int, int]], length: int, settled: Sequence[tuple[int, int, float]]
) -> bool:
    """True when nine in ten shared grams fall in one settled span whose value is out of reach."""
    found = len({j for _, j in pairs}) + GRAM - 1
    best_possible = min(length, found) - 0.2 * max(0, length - found)
    for start, end, value in settled:
        inside = sum(1 for i, _ in pairs if start <= i < end)
        if inside >= 0.9 * len(pairs) and best_possible <= value:
            return True
    return False


def _offset_groups(pairs: list[tuple[int, int]], tolerance: int) -> list[list[tuple[int, int]]]:
    """Split pairs where their offsets (i - j) jump by more than ``tolerance``."""
    if not pairs:
        return []
    pairs.sort(key=lambda p: p[0] - p[1])
    groups = [[pairs[0]]]
    for pair in pairs[1:]:
        last = groups[-1][-1]
        if (pair[0] - pair[1]) - (last[0] - last[1]) > tolerance:
            groups.append([pair])
        else:
            groups[-1].append(pair)
    return groups


def _longest_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of (query, reference) pairs increasing in both (patience method)."""
    pairs.sort(key=lambda p: (p[0], -p[1]))
    tails: list[int] = []  # smallest reference position ending a chain of each length
    tail_index: list[int] = []
    previous = [-1] * len(pairs)
    for n, (_, j) in enumerate(pairs):
        k = bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_index.append(n)
        else:
            tails[k] = j
            tail_index[k] = n
        previous[n] = tail_index[k - 1] if k else -1
    chain: list[tuple[int, int]] = []
    n = tail_index[-1]
    while n >= 0:
        chain.append(pairs[n])
        n = previous[n]
    chain.reverse()
    return chain


def _runs(chain: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Group chained grams into runs: (query start, query end, reference start, reference end)."""
    runs: list[tuple[int, int, int, int]] = []
    for i, j in chain:
        if runs:
            qs, qe, rs, re_ = runs[-1]
            if i <= qe and j <= re_ and i - qs == j - rs:
                runs[-1] = (qs, max(qe, i + GRAM), rs, max(re_, j + GRAM))
                continue
            i_start = max(i, qe)
            j_start = max(j, re_)
            step = max(i_start - i, j_start - j)
            if step >= GRAM:
                continue
            runs.append((i + step, i + GRAM, j + step, j + GRAM))
        else:
            runs.append((i, i + GRAM, j, j + GRAM))
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


def _approximate(query: _Query, found: set[int]) -> list[_Hit]:
    candidates = _candidates(query, found)
    if not candidates:
        return []
    positions: dict[int, list[int]] = {}
    for i, key in enumerate(query.keys):
        if key:
            slot = positions.setdefault(key, [])
            if len(slot) < 4:  # a gram repeated more often than this anchors nothing useful
                slot.append(i)
    hits: list[_Hit] = []
    # Text a near-perfect hit already explains, with that hit's value: a candidate that
    # would only land there and cannot reach that value is not aligned.
    settled: list[tuple[int, int, float]] = []
    for ref in candidates:
        for hit in _align(query, ref, positions, settled):
            if _acceptable(query, hit):
                hits.append(hit)
                if hit.confidence >= SETTLED:
                    value = hit.value(query.index.ref_length(hit.ref))
                    settled.append((hit.start, hit.end, value))
    return hits


def _acceptable(query: _Query, hit: _Hit) -> bool:
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
        and not (_may_name_others(query.index, hit.ref) and _names_other_license(query, hit))
        and hit.precision >= MIN_PRECISION
        and hit.confidence >= MIN_CONFIDENCE
        and not _guarded(query, hit)
    )


def _may_name_others(index: TextIndex, ref: int) -> bool:
    """Notices and references are checked for naming another license; full texts are not
    (a license text may well mention other licenses)."""
    return index.kinds[ref] != "text" and index.ref_length(ref) < NOTICE_LENGTH


def _names_other_license(query: _Query, hit: _Hit) -> bool:
    """True when the span names, by a name of two words or more, a license the hit is not.

    A notice that says "Sun Industry Standards Source License" is no notice of the Open
    Software License however alike the rest reads; within one family ("SGI Free Software
    License B") a name with a version that differs is a different license too.
    """
    table = name_table()
    firsts = _first_words(table)
    words = query.words
    ids = _split_ids(query.index.expressions[hit.ref])
    families = {_family(i) for i in ids}
    bases = {_base(i) for i in ids}
    reference: str | None = None
    # A name may run on past the span ("... Public License" + "version 3").
    limit = min(len(words), hit.end + 4)
    for position in range(hit.start, hit.end):
        if words[position] not in firsts:
            continue
        for end in range(min(limit, position + _LONGEST_NAME), position + 1, -1):
            key = name_key(words[position:end])
            named = table.get(key) if " " in key else None
            if named is None:
                continue
            # "-only" and "-or-later" are told by the words after the name, not by it.
            if _base(named) not in bases and (
                _family(named) not in families or any(c.isdigit() for c in key)
            ):
                if reference is None:
                    vocab_words = query.index.words()
                    tokens = query.index.ref_tokens(hit.ref)
                    reference = " " + " ".join(vocab_words[t] for t in tokens) + " "
                if " " + " ".join(words[position:end]) + " " not in reference:
                    return True  # the reference itself does not say that name
            break
    return False


def _base(license_id: str) -> str:
    """The id without its "-only" / "-or-later" / "+" suffix."""
    for suffix in ("-only", "-or-later", "+"):
        license_id = license_id.removesuffix(suffix)
    return license_id


def _family(license_id: str) -> str:
    """The license family of an id: "GPL" for GPL-2.0-or-later, "llama" for
    LicenseRef-scancode-llama-2-license-2023 (a ref's own name, not "LicenseRef")."""
    bare = license_id.removeprefix("LicenseRef-").removeprefix("scancode-")
    found = _FAMILY.match(bare)
    return (found.group(1) if found else bare).casefold()


_FIRSTS: dict[int, frozenset[str]] = {}


def _first_words(table: dict[str, str]) -> frozenset[str]:
    """First words of the multi-word names (cached per table)."""
    firsts = _FIRSTS.get(id(table))
    if firsts is None:
        firsts = frozenset(key.split(" ")[0] for key in table if " " in key)
        _FIRSTS[id(table)] = firsts
    return firsts


def _guarded(query: _Query, hit: _Hit) -> bool:
    """True when the span holds a restricting phrase the reference does not have.

    Both sides are compared as one line, so that "non-commercial" broken over two lines and
    "noncommercial" on one count as the same phrase.
    """
    span = " " + equivalent_words(" ".join(query.words[hit.start : hit.end])) + " "
    reference: str | None = None
    for phrase in GUARD_PHRASES:
        needle = " " + " ".join(phrase) + " "
        if needle in span:
            if reference is None:
                vocab_words = query.index.words()
                joined = " ".join(vocab_words[t] for t in query.index.ref_tokens(hit.ref))
                reference = " " + equivalent_words(joined) + " "
            if needle not in reference:
                return True
    return False


def _prior(index: TextIndex, ref: int) -> float:
    return 0.0 if "LicenseRef-" in index.expressions[ref] else SPDX_PRIOR


def _resolve(index: TextIndex, hits: Iterable[_Hit]) -> list[_Hit]:
    """The set of non-overlapping hits that explains the most (weighted interval scheduling).

    Licenses on the SPDX list get a small head start (one word in a hundred) over ScanCode's
    own variants: when a text sits half-way between the two, the common license is likelier.
    """
    scored = [
        (h, h.value(index.ref_length(h.ref)) + _prior(index, h.ref) * h.matched) for h in hits
    ]
    ordered = sorted(
        ((h, v) for h, v in scored if v > 0), key=lambda hv: (hv[0].end, -hv[1], hv[0].ref)
    )
    ends = [h.end for h, _ in ordered]
    best = [0.0] * (len(ordered) + 1)
    take = [False] * len(ordered)
    for n, (hit, value) in enumerate(ordered):
        before = bisect_right(ends, hit.start, 0, n)  # hits ending at or before this start
        with_it = value + best[before]
        take[n] = with_it > best[n]
        best[n + 1] = with_it if take[n] else best[n]
    chosen: list[_Hit] = []
    n = len(ordered) - 1
    while n >= 0:
        if take[n]:
            hit = ordered[n][0]
            chosen.append(hit)
            n = bisect_right(ends, hit.start, 0, n) - 1
        else:
            n -= 1
    chosen.reverse()
    return chosen


# --------------------------------------------------------------------------- the API


_FAMILY = re.compile(r"^([A-Za-z]+)-")


def _merge_adjacent(query: _Query, hits: list[_Hit]) -> list[_Hit]:
    """Fold fragments of one notice into its most complete part.

    A GNU notice is often matched in pieces (the grant, the warranty paragraph, a URL), and a
    piece alone may name a vaguer version. Notices, references and tags of the same license
    family within three lines of each other are one statement: the piece with the most
    matched words speaks for all of them. Likewise a bare reference or tag next to a full
    text of its family is that text's title. Full texts are never folded.
    """
    index = query.index
    dropped: set[int] = set()
    for a, first in enumerate(hits):
        family = _family(index.expressions[first.ref])
        for b in range(a + 1, len(hits)):
            second = hits[b]
            gap = query.lines[second.start] - query.lines[first.end - 1]
            if gap > 3:
                break
            if " " in index.expressions[first.ref] + index.expressions[second.ref]:
                continue  # compound expressions are statements of their own
            if family != _family(index.expressions[second.ref]):
                continue
            kinds = (index.kinds[first.ref], index.kinds[second.ref])
            if kinds[0] != "text" and kinds[1] != "text":
                dropped.add(b if first.matched >= second.matched else a)
            elif kinds[0] == "text" and kinds[1] in ("reference", "tag"):
                dropped.add(b)
            elif kinds[1] == "text" and kinds[0] in ("reference", "tag"):
                dropped.add(a)
    return [hit for n, hit in enumerate(hits) if n not in dropped]


def _split_ids(expression: str) -> list[str]:
    """The license ids of an expression (exceptions after WITH are not licenses)."""
    ids: list[str] = []
    after_with = False
    for token in re.findall(r"[^\s()]+", expression):
        upper = token.upper()
        if upper in ("AND", "OR"):
            after_with = False
        elif upper == "WITH":
            after_with = True
        elif after_with:
            after_with = False
        else:
            ids.append(token)
    return ids


def _kind(index: TextIndex, ref: int) -> MatchKind:
    kind = index.kinds[ref]
    return kind if kind in ("text", "notice", "reference", "tag") else "reference"  # type: ignore[return-value]


def _explain(query: _Query, hit: _Hit) -> str:
    words = query.index.words()
    reference = [words[t] for t in query.index.ref_tokens(hit.ref)]
    found = query.words[hit.start : hit.end]
    lines = [f"matched {query.index.names[hit.ref]} (coverage {hit.coverage:.3f})"]
    matcher = difflib.SequenceMatcher(None, reference, found, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if a2 > a1:
            lines.append("- " + " ".join(reference[a1:a2]))
        if b2 > b1:
            lines.append("+ " + " ".join(found[b1:b2]))
    if len(lines) == 1:
        lines.append("no differences after normalisation")
    return "\n".join(lines)


def _verdict(expression: str | None, registry: Registry | None) -> Verdict:
    if expression is not None:
        try:
            return classify_expression(
                _registry_ids(expression, registry), registry=registry
            ).verdict
        except InvalidExpressionError:  # a reference's expression the parser refuses
            pass
    return Verdict(level="unknown", policy="article")


def combine(expressions: Sequence[str]) -> str | None:
    """Several expressions found in one text, joined with AND (compound ones in parentheses)."""
    unique = list(dict.fromkeys(e for e in expressions if e))
    if not unique:
        return None
    if len(unique) == 1:
        return unique[0]
    return " AND ".join(f"({e})" if " " in e else e for e in unique)


def _registry_ids(expression: str, registry: Registry | None) -> str:
    """ScanCode's ``LicenseRef-scancode-<key>`` ids replaced by the registry's id for that key.

    Text matches report ScanCode's ids (the reference texts come from ScanCode); the verdict
    is the registry's business, and the registry knows many of those licenses by another id.
    """
    if "LicenseRef-scancode-" not in expression:
        return expression
    known = registry or default_registry()

    def replace(found: re.Match[str]) -> str:
        entry = known.find(found.group(1))
        return entry.id if entry is not None and " " not in entry.id else found.group(0)

    return re.sub(r"LicenseRef-scancode-([A-Za-z0-9.\-]+)", replace, expression)


def classify_text(
    text: str,
    *,
    explain: bool = False,
    index: TextIndex | None = None,
    registry: Registry | None = None,
    read_clauses: bool = True,
    user_dirs: Sequence[Path] = (),
) -> TextClassification:
    """Identify the licenses in ``text``; :mod:`licenseclass.textid.classify` lists the stages.

    ``index`` defaults to the built-in reference texts
    (:func:`licenseclass.textid.index.default_index`);
    ``registry`` (default: the built-in data) decides the verdict. With ``explain`` each
    match carries a word diff against the reference it matched. When nothing catalogued
    explains the text, or only an approximate copy of one license text does, and
    ``read_clauses`` is true, the clauses are read (:mod:`licenseclass.clauses.reading`) and their
    verdict replaces the catalogue's; ``user_dirs`` hold the user's own reference texts.
    """
    if not isinstance(text, str):
        raise LicenseclassError(f"classify_text needs a str, not {type(text).__name__}")
    index = index or default_index()
    query = _Query(index, text)
    tag_matches = _tags(query, text)
    tagged = bytes(query.covered)
    hits: list[_Hit] = []
    whole = _exact_whole(query) if not tag_matches else None
    if whole is not None:
        hits.append(whole)
    else:
        hits.extend(_contained(query))
        for hit in hits:
            query.cover(hit.start, hit.end)
        unexplained = len(query.covered) - sum(query.covered)
        # A text tiled by several partial references may be one reference with small edits.
        longest = max((hit.end - hit.start for hit in hits), default=0)
        tiled = len(query.ids) >= MIN_UNEXPLAINED and longest < 0.9 * len(query.ids)
        if unexplained >= MIN_UNEXPLAINED or tiled:
            hits.extend(_approximate(query, {hit.ref for hit in hits}))
    matches: list[TextMatch] = list(tag_matches)
    clues: list[str] = []
    kept = []
    for hit in _resolve(index, hits):
        if index.kinds[hit.ref] == "false-positive":
            continue
        if index.generic[hit.ref] or not index.expressions[hit.ref]:
            clues.append(f"{index.names[hit.ref]}: {index.expressions[hit.ref] or 'unknown'}")
            continue
        if (
            hit.method == "contained"
            and _may_name_others(index, hit.ref)
            and _names_other_license(query, hit)
        ):
            continue  # "... the GNU Lesser General Public License" + "version 3"
        kept.append(hit)
    kept = _merge_adjacent(query, kept)
    # Short hits stay open to the name stage: a longer name wins over them ("CC BY-NC-SA
    # 4.0" over a rule that stops at "CC BY-NC").
    explained = bytearray(tagged)
    for hit in kept:
        if hit.end - hit.start >= SHORT_HIT:
            explained[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
    if not all(explained):
        for named, start, end in _named(query, explained):
            overlapping = [h for h in kept if h.start < end and start < h.end]
            if all(
                end > h.end and named.id not in _split_ids(index.expressions[h.ref])
                for h in overlapping
            ):
                kept = [h for h in kept if h not in overlapping]
                matches.append(named)
    for hit in kept:
        expression = index.expressions[hit.ref]
        for license_id in _split_ids(expression):
            matches.append(
                TextMatch(
                    id=license_id,
                    expression=expression,
                    kind=_kind(index, hit.ref),
                    confidence=round(hit.confidence, 4),
                    start_line=query.lines[hit.start],
                    end_line=query.lines[hit.end - 1],
                    method=hit.method,
                    reference=index.names[hit.ref],
                    coverage=round(hit.coverage, 4),
                    explanation=_explain(query, hit) if explain else None,
                )
            )
    matches = _refined(query.words, matches)
    matches.sort(key=lambda m: (m.start_line, m.end_line))
    combined = combine([m.expression for m in matches])
    found = TextClassification(
        matches=tuple(matches),
        expression=combined,
        verdict=_verdict(combined, registry),
        clues=tuple(dict.fromkeys(clues)),
        note=None if matches else "no license found",
    )
    if read_clauses and needs_reading([m.kind for m in matches], [m.confidence for m in matches]):
        return _with_reading(text, found, user_dirs)
    return found


# A notice that carries a phrase making it a distinct SPDX license: MPL-2.0's Exhibit B
# ("Incompatible With Secondary Licenses") removes the secondary-license grant.
REFINEMENTS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("MPL-2.0", ("incompatible", "with", "secondary", "licenses"), "MPL-2.0-no-copyleft-exception"),
)


def _refined(words: Sequence[str], matches: list[TextMatch]) -> list[TextMatch]:
    """The matches with ids refined by the phrases of :data:`REFINEMENTS` found in the text."""
    for license_id, phrase, refined in REFINEMENTS:
        ours = [m for m in matches if m.id == license_id]
        # The full text quotes the phrase as a template; only notices are refined by it.
        if not ours or any(m.kind == "text" for m in ours) or not _has_phrase(words, phrase):
            continue
        matches = [
            m.model_copy(update={"id": refined, "expression": refined})
            if m.id == license_id and m.expression == license_id
            else m
            for m in matches
        ]
    return matches


def _has_phrase(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    first = phrase[0]
    return any(
        word == first and tuple(words[i : i + size]) == phrase for i, word in enumerate(words)
    )


def _with_reading(
    text: str, found: TextClassification, user_dirs: Sequence[Path]
) -> TextClassification:
    """The result with the clause reading (and variant) of an unexplained or modified text."""
    approximate = [m.reference for m in found.matches]
    reading = read_terms(text, approximate, user_dirs)
    if reading is None:
        return found
    analysis, variant, verdict = reading
    if not found.matches:
        note = "no catalogued license found; the verdict comes from reading the clauses"
    elif variant is None:
        note = "an approximate copy of a catalogued text"
    elif verdict is not None:
        note = (
            f"a modified copy of {variant.base_id} (similarity {variant.similarity:.2f}) whose "
            "edits change its restrictions; the verdict comes from the clauses of this text"
        )
    else:
        note = (
            f"a modified copy of {variant.base_id} (similarity {variant.similarity:.2f}); "
            "its edits add or remove no restriction"
        )
    return found.model_copy(
        update={
            "analysis": analysis,
            "variant": variant,
            "verdict": verdict or found.verdict,
            "note": note,
        }
    )


def _named(query: _Query, explained: bytearray) -> list[tuple[TextMatch, int, int]]:
    """Licenses named after a licensing phrase in text no reference explained, with spans.

    ``License: MIT`` at the start of a line counts too. The name is looked up in the
    registry's names, ids and aliases (see :func:`licenseclass.textid.index.name_table`), longest
    first; a name that stands for several licenses is not in the table.
    """
    words = query.words
    lines = query.lines
    table: dict[str, str] | None = None
    found: list[tuple[TextMatch, int, int]] = []
    n = len(words)
    position = 0
    while position < n:
        cue_end = _cue_end(words, lines, position)
        if cue_end is None or explained[position]:
            position += 1
            continue
        start = cue_end
        while start < n and words[start] in _NAME_LEAD:
            start += 1
        if table is None:
            table = name_table()
        strong = words[cue_end - 1] in ("under", "license", "licence")
        for end in range(min(n, start + _LONGEST_NAME), start, -1):
            if any(explained[position:end]):
                continue
            key = name_key(words[start:end])
            license_id = table.get(key)
            if license_id is not None and (" " in key or _single_word_ok(query, key, end, strong)):
                match = TextMatch(
                    id=license_id,
                    expression=license_id,
                    kind="reference",
                    confidence=NAME_CONFIDENCE,
                    start_line=lines[position],
                    end_line=lines[end - 1],
                    method="name",
                    reference="license name: " + " ".join(words[start:end]),
                    coverage=1.0,
                )
                found.append((match, position, end))
                position = end
                break
        else:
            position += 1
    return found


_NAME_FOLLOWERS = frozenset({"license", "licence", "licensed", "licenses"})


def _single_word_ok(query: _Query, key: str, end: int, strong: bool) -> bool:
    """Whether a one-word name ("MIT", but also "DOC" or "Commercial") really names a license.

    It must be followed by "license" (or "licensed"), contain "licen" itself ("Unlicense"),
    or close its line after a strong phrase ("Licensed under MIT", "License: ISC").
    """
    words = query.words
    if end < len(words) and words[end] in _NAME_FOLLOWERS:
        return True
    if "licen" in key:
        return True
    line_ends = end == len(words) or query.lines[end] != query.lines[end - 1]
    return strong and line_ends


def _cue_end(words: list[str], lines: list[int], position: int) -> int | None:
    """Where a licensing phrase starting at ``position`` ends, or None."""
    word = words[position]
    for phrase in _CUES_BY_FIRST.get(word, ()):
        end = position + len(phrase)
        if tuple(words[position:end]) == phrase:
            return end
    if word in ("license", "licence") and (position == 0 or lines[position - 1] != lines[position]):
        return position + 1  # a "License: MIT" line
    return None


def _tags(query: _Query, text: str) -> list[TextMatch]:
    """``SPDX-License-Identifier:`` lines; their tokens are covered so rules do not re-match."""
    if "identifier" not in text.casefold():
        return []
    found: list[TextMatch] = []
    tagged_lines: set[int] = set()
    for number, line in enumerate(normalise(text, lossy=False).split("\n"), start=1):
        tag = _TAG.search(line)
        if tag is None:
            continue
        expression = _tag_expression(tag.group(1))
        if expression is None:
            continue
        tagged_lines.add(number)
        for license_id in _split_ids(expression):
            found.append(
                TextMatch(
                    id=license_id,
                    expression=expression,
                    kind="tag",
                    confidence=1.0,
                    start_line=number,
                    end_line=number,
                    method="tag",
                    reference="SPDX tag",
                    coverage=1.0,
                )
            )
    for position, number in enumerate(query.lines):
        if number in tagged_lines:
            query.covered[position] = 1
    return found


def read_text_file(path: Path | str, *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The text of ``path``; binary, huge, unreadable or non-UTF-8 files raise InputFileError."""
    file = Path(path)
    try:
        if file.is_dir():
            raise InputFileError("is a folder, not a file", path=file)
        size = file.stat().st_size
        if size > max_bytes:
            raise InputFileError(
                f"too big to classify ({size} bytes, limit {max_bytes})", path=file
            )
        data = file.read_bytes()
    except OSError as exc:
        raise InputFileError(f"cannot be read ({exc.strerror or exc})", path=file) from exc
    if b"\x00" in data[:8192]:
        raise InputFileError("looks binary (it holds NUL bytes)", path=file)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            f"is not UTF-8 (invalid byte at offset {exc.start})", path=file
        ) from exc


def classify_file(
    path: Path | str,
    *,
    explain: bool = False,
    index: TextIndex | None = None,
    registry: Registry | None = None,
    read_clauses: bool = True,
    user_dirs: Sequence[Path] = (),
) -> TextClassification:
    """Identify the licenses in a text file (see :func:`classify_text`).

    Binary, huge (over ``MAX_FILE_BYTES``), unreadable and non-UTF-8 files raise
    :class:`licenseclass.errors.InputFileError`.
    """
    return classify_text(
        read_text_file(path),
        explain=explain,
        index=index,
        registry=registry,
        read_clauses=read_clauses,
        user_dirs=user_dirs,
    )


def level_of(result: TextClassification) -> Level:
    """The openness level of a classification (shorthand for ``result.verdict.level``)."""
    return result.verdict.level
