"""Choosing among hits: the set that explains the most, adjacent pieces joined, ids refined."""

from __future__ import annotations

import difflib
import functools
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace

from licenseclass.expressions import _spdx
from licenseclass.expressions.tree import split_ids
from licenseclass.textid.index import GRAM, TextIndex
from licenseclass.textid.names import family
from licenseclass.textid.namestage import (
    AT_YOUR_OPTION,
    FLAT_EXPRESSION,
    GNU_ALONE,
    PUBLIC_DOMAIN,
    PUBLIC_DOMAIN_OFFERED,
    base_id,
    may_name_others,
    title_ids,
)
from licenseclass.textid.query import Hit, Query, raw_lines
from licenseclass.textid.results import TextMatch

# Head start of SPDX-listed licenses over ScanCode-only variants, per matched word.
SPDX_PRIOR = 0.01
# Head start, per matched word, of a license the text's own title names (two in a hundred):
# PSF-2.0's text fits ScanCode's Python-2.0 rule as well as its own, and says which it is.
TITLE_PRIOR = 0.02
# A relative on the SPDX list replaces a ScanCode-only variant when it lies inside the
# variant's span, fits its own reference at least as well, and matches this share of words.
RELATIVE_SHARE = 0.8


def _prior(index: TextIndex, ref: int) -> float:
    return 0.0 if "LicenseRef-" in index.expressions[ref] else SPDX_PRIOR


def _titled(query: Query | None, hit: Hit) -> bool:
    """Whether the title above or at the start of ``hit`` names its license."""
    if query is None or query.index.kinds[hit.ref] != "text":
        return False
    named = title_ids(query, hit.start)
    return bool(named) and bool(named & set(split_ids(query.index.expressions[hit.ref])))


def head_start(query: Query, hit: Hit) -> float:
    """The head start :func:`resolve` gives ``hit``, per matched word."""
    return _prior(query.index, hit.ref) + TITLE_PRIOR * _titled(query, hit)


def largest_head_start(index: TextIndex, ref: int) -> float:
    """The most head start a hit of ``ref`` can get in :func:`resolve`, per matched word."""
    return _prior(index, ref) + (TITLE_PRIOR if index.kinds[ref] == "text" else 0.0)


# A hit that misses a phrase its rule requires (see TextIndex.required_spans) loses this
# share of its matched words: a rule that fits as well and keeps its phrases is chosen.
REQUIRED_PENALTY = 0.05


def resolve(index: TextIndex, hits: Iterable[Hit], query: Query | None = None) -> list[Hit]:
    """The set of non-overlapping hits that explains the most (weighted interval scheduling).

    Licenses on the SPDX list get a small head start (one word in a hundred) over ScanCode's
    own variants: when a text sits half-way between the two, the common license is likelier.
    With the ``query``, a full text whose title names its license gets two words in a hundred
    more, and a chosen ScanCode-only variant gives way to an SPDX relative that fits as well
    (:func:`spdx_relatives`).
    """
    hits = list(hits)
    scored = [
        (
            h,
            h.value(index.ref_length(h.ref))
            + (_prior(index, h.ref) + TITLE_PRIOR * _titled(query, h)) * h.matched
            - REQUIRED_PENALTY * h.required_missing * h.matched,
        )
        for h in hits
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
    chosen: list[Hit] = []
    n = len(ordered) - 1
    while n >= 0:
        if take[n]:
            hit = ordered[n][0]
            chosen.append(hit)
            n = bisect_right(ends, hit.start, 0, n) - 1
        else:
            n -= 1
    chosen.reverse()
    chosen = _whole_over_pieces(index, chosen, ordered)
    if query is not None:
        chosen = defining_texts(query, chosen, hits)
    return spdx_relatives(index, chosen, hits)


# An approximate hit of a license text with this share of its words is that text, found whole
# (see _whole_over_pieces, and the approximate stage in classify.py).
NEARLY_WHOLE = 0.98
# ... and replaces a tiling of pieces worth no more than this much more than it.
PIECES_MARGIN = 0.9


def _whole_over_pieces(
    index: TextIndex, chosen: list[Hit], ordered: list[tuple[Hit, float]]
) -> list[Hit]:
    """A license text found whole instead of a near-equal tiling of pieces of other licenses
    that leans on part of another full text.

    Weighing words alone, a BSD text whose names differ from the reference's (the Regents in
    place of the holder: rare words inserted) can lose to a rule for its first clauses, a rule
    for its advertising clause and four fifths of another license's text that ends like it.
    Part of a different license's text is the weakest evidence there is, so when one text
    explains every word of such a tiling and is worth at least PIECES_MARGIN of it, the text
    is chosen.
    """
    wholes = [
        (h, v)
        for h, v in ordered
        if h.coverage >= NEARLY_WHOLE and index.names[h.ref].startswith("licenses/")
    ]
    if len(chosen) < 2 or not wholes:
        return chosen  # (most calls: nothing to weigh, nothing sorted)
    values = {id(h): v for h, v in ordered}
    out = list(chosen)
    for whole, value in sorted(wholes, key=lambda hv: -hv[1]):
        inside = [h for h in out if whole.start <= h.start and h.end <= whole.end]
        crossing = any(
            h.start < whole.end
            and whole.start < h.end
            and not (whole.start <= h.start and h.end <= whole.end)
            for h in out
        )
        if crossing or len(inside) < 2:
            continue
        partial = any(
            index.names[h.ref].startswith("licenses/")
            and h.coverage < NEARLY_WHOLE
            and index.expressions[h.ref] != index.expressions[whole.ref]
            for h in inside
        )
        if partial and value >= PIECES_MARGIN * sum(values[id(h)] for h in inside):
            taken = {id(h) for h in inside}
            out = sorted([h for h in out if id(h) not in taken] + [whole], key=lambda h: h.start)
    return out


# A rule spanning this share of the text, and at least SHORT_TEXT words, is the whole text.
WHOLE_SHARE = 0.9
SHORT_TEXT = 60
# A license text replaces such a rule of another license when it fits the text this well.
TEXT_FIT = 0.95


def rule_over_whole(query: Query, hit: Hit) -> bool:
    """Whether ``hit`` is a ScanCode rule (not a license text) found verbatim over the whole
    text."""
    span = hit.end - hit.start
    return (
        hit.method == "contained"
        and query.index.names[hit.ref].startswith("rules/")
        and span >= SHORT_TEXT
        and span >= WHOLE_SHARE * len(query.ids)
    )


def defining_texts(query: Query, chosen: list[Hit], hits: Sequence[Hit]) -> list[Hit]:
    """A rule over the whole text replaced by the SPDX-listed license text that fits it.

    ScanCode's rules are examples, its license texts are the definitions, and an example can
    carry the id of a relative: the text of the PNG Reference Library License version 2 is a
    ScanCode rule of Libpng, NIST-PD-fallback's text a rule of NIST-PD. When a license text on
    the SPDX list spans the rule's words, fits the text with confidence at least
    :data:`TEXT_FIT` and matches nearly as many words, the license is the text's.
    """
    index = query.index
    out: list[Hit] = []
    for hit in chosen:
        better = None
        if rule_over_whole(query, hit):
            texts = [
                g
                for g in hits
                if index.names[g.ref].startswith("licenses/")
                and "LicenseRef-" not in index.expressions[g.ref]
                and not index.generic[g.ref]
                # GPL-2.0-only and -or-later share one text: only a notice tells them apart
                and base_id(index.expressions[g.ref]) != base_id(index.expressions[hit.ref])
                and g.start <= hit.start + GRAM
                and g.end >= hit.end - GRAM
                and g.confidence >= TEXT_FIT
                and g.matched >= TEXT_FIT * hit.matched
            ]
            better = max(texts, key=lambda g: (g.confidence, g.matched), default=None)
        out.append(better or hit)
    return out


def spdx_relatives(index: TextIndex, chosen: list[Hit], hits: Sequence[Hit]) -> list[Hit]:
    """Each chosen ScanCode-only variant replaced by the SPDX-listed relative that fits as well.

    ScanCode keeps variants of listed licenses under its own ids (its "unicode" agreement
    beside Unicode-3.0). A text may be explained by the variant over a few more words while
    the listed license's own reference fits it better: a hit of the same family inside the
    variant's span, with at least :data:`RELATIVE_SHARE` of its matched words and a
    confidence at least as high, names the license as the SPDX list knows it.
    """
    out: list[Hit] = []
    for hit in chosen:
        expression = index.expressions[hit.ref]
        better = None
        if "LicenseRef-" in expression and index.kinds[hit.ref] == "text":
            relatives = [
                g
                for g in hits
                if "LicenseRef-" not in index.expressions[g.ref]
                and index.kinds[g.ref] == "text"
                and hit.start <= g.start
                and g.end <= hit.end
                and g.matched >= RELATIVE_SHARE * hit.matched
                and g.confidence >= hit.confidence
                and family(index.expressions[g.ref]) == family(expression)
            ]
            better = max(relatives, key=lambda g: (g.confidence, g.matched), default=None)
        out.append(better or hit)
    return out


# An approximate notice is only boilerplate when references of this many other license
# families align as many of its words.
SHARED_BY = 2


def boilerplate(index: TextIndex, hit: Hit, hits: Sequence[Hit]) -> bool:
    """An approximate notice whose aligned words references of other licenses align as well.

    "You may not use this file except in compliance with the License ... limitations under
    the License" follows the name of many licenses: a reference that aligns only that much
    (its own name or URL left out) says nothing of which license the text is under.
    """
    if hit.method != "approximate" or index.kinds[hit.ref] == "text":
        return False
    own = family(index.expressions[hit.ref])
    span = hit.end - hit.start
    others = {
        family(index.expressions[g.ref])
        for g in hits
        if g.method == "approximate"
        and g.matched >= hit.matched
        and min(g.end, hit.end) - max(g.start, hit.start) >= 0.9 * span
    }
    others.discard(own)
    return len(others) >= SHARED_BY or _names_another_inside(index, hit, hits)


def _names_another_inside(index: TextIndex, hit: Hit, hits: Sequence[Hit]) -> bool:
    """Whether words the hit left unaligned inside its span are another license's reference
    found verbatim (the other license's URL where the reference has its own)."""
    if hit.aligned is None:
        return False
    own = family(index.expressions[hit.ref])
    aligned = bytearray(hit.end - hit.start)
    for start, end in hit.aligned:
        aligned[start - hit.start : end - hit.start] = b"\x01" * (end - start)
    return any(
        g.method == "contained"
        and hit.start <= g.start
        and g.end <= hit.end
        and not any(aligned[g.start - hit.start : g.end - hit.start])
        and index.kinds[g.ref] != "false-positive"
        and not index.generic[g.ref]
        and index.expressions[g.ref]
        and family(index.expressions[g.ref]) != own
        for g in hits
    )


_VERSION_WORDS = frozenset({"version", "v", "ver", "license", "licence"})
_GNU_FAMILIES = frozenset({"gpl", "lgpl", "agpl"})


def other_version(query: Query, hit: Hit) -> bool:
    """An approximate notice whose license version the text replaces by another number.

    "version 2.02 of the PHP license" is no notice of PHP-3.0 however alike the rest reads,
    nor "the MPL 2.0" of MPL-1.1: where the reference has a number after "version" or after
    "license" or a word of its license's name, and the text another number in its place, it names
    another version. GNU notices are read for their version afterwards (:func:`gnu_version`).
    """
    index = query.index
    if hit.method != "approximate" or not may_name_others(index, hit.ref):
        return False  # a license text, or an agreement that quotes its product's versions
    ids = split_ids(index.expressions[hit.ref])
    if not ids or any(family(i) in _GNU_FAMILIES for i in ids):
        return False
    vocab = index.words()
    reference = [vocab[t] for t in index.ref_tokens(hit.ref)]
    span = query.words[hit.start : hit.end]
    leads = _VERSION_WORDS | query.names.name_words(ids)
    matcher = difflib.SequenceMatcher(None, reference, span, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op != "replace":
            continue
        ours = [
            word
            for i, word in enumerate(reference[a1:a2], a1)
            if word.isdigit() and reference[i - 1] in leads
        ]
        theirs = [w for w in span[b1:b2] if w.isdigit()]
        if ours and theirs and ours[0] != theirs[0]:
            return True
    return False


# A reference whose every indexed gram references of this many other families hold too is a
# phrase many licenses share (a warranty sentence that ScanCode also keeps as a license).
PHRASE_FAMILIES = 3
# A hit over this share of the text's words is the text itself, not a phrase in it.
PHRASE_SHARE = 0.9

_SHARED: dict[tuple[int, int], bool] = {}


def shared_phrase(index: TextIndex, ref: int) -> bool:
    """Whether the words of ``ref`` are found in references of several other licenses."""
    slot = (id(index), ref)
    known = _SHARED.get(slot)
    if known is not None:
        return known
    postings = [index.gram_refs_for(k) for k in set(index.ref_gram_keys(ref))]
    shared = False
    if postings and all(p is not None for p in postings):
        common = set.intersection(*(set(p) for p in postings if p is not None))
        own = family(index.expressions[ref])
        families = {family(index.expressions[r]) for r in common if index.expressions[r]}
        shared = len(families - {own}) >= PHRASE_FAMILIES
    if len(_SHARED) > 100_000:
        _SHARED.clear()
    _SHARED[slot] = shared
    return shared


# Words of a grant: a license text without any of them is a disclaimer only.
_GRANT_WORDS = frozenset(
    {
        "permission",
        "permitted",
        "grant",
        "granted",
        "grants",
        "redistribute",
        "redistribution",
        "distribute",
        "copy",
        "modify",
        "license",
        "licensed",
    }
)


_DISCLAIMER_WORDS = frozenset({"warranty", "warranties", "liable", "liability", "disclaimed"})


def disclaimer_only(index: TextIndex, ref: int) -> bool:
    """Whether a reference disclaims but says no word of a grant (a warranty disclaimer kept
    as a license)."""
    vocab = index.vocab
    tokens = set(index.ref_tokens(ref))
    grants = {vocab[w] for w in _GRANT_WORDS if w in vocab}
    disclaims = {vocab[w] for w in _DISCLAIMER_WORDS if w in vocab}
    return not grants & tokens and bool(disclaims & tokens)


def phrases_of_others(query: Query, hits: list[Hit], named: Sequence[str]) -> list[Hit]:
    """The hits less the license texts that are only a phrase many licenses share, or only a
    disclaimer, in a text where another license is identified (the phrase or the disclaimer
    belongs to that license's notice)."""
    index = query.index
    families = {family(i) for h in hits for i in split_ids(index.expressions[h.ref])}
    families |= {family(i) for i in named}
    out = []
    for hit in hits:
        own = {family(i) for i in split_ids(index.expressions[hit.ref])}
        if (
            index.kinds[hit.ref] == "text"
            # a status the work is given ("placed in the public domain") is no shared phrase
            and index.expressions[hit.ref] != PUBLIC_DOMAIN
            and families - own
            and hit.end - hit.start < PHRASE_SHARE * len(query.ids)
            and (disclaimer_only(index, hit.ref) or shared_phrase(index, hit.ref))
        ):
            continue
        out.append(hit)
    return out


# How many words apart two pieces of one notice may be, whatever their lines.
MERGE_REACH = 1000


def merge_adjacent(query: Query, hits: list[Hit]) -> list[Hit]:
    """Fold fragments of one notice into its most complete part.

    A GNU notice is often matched in pieces (the grant, the warranty paragraph, a URL), and a
    piece alone may name a vaguer version. Notices, references and tags of the same license
    family within three lines of each other are one statement: the piece with the most
    matched words speaks for all of them. A GNU piece that states no version speaks over the
    words of a folded piece that states one, since its version is read from them (the grant's
    "version 2 ... or later" counts even when the warranty paragraph has more words); other
    pieces keep their own span, so a name in a folded piece ("BSD-2 Clause", "License:
    GPL-3+") is still read by the name stage. Likewise a bare reference or tag next to a full
    text of its family is that text's title. Full texts are never folded.
    """
    index = query.index
    dropped: set[int] = set()
    folded_into: dict[int, int] = {}  # a notice piece dropped -> the piece that speaks for it
    misnamed_into: dict[int, int] = {}  # a GNU piece misnaming its notice -> that notice
    families = [family(index.expressions[hit.ref]) for hit in hits]
    for a, first in enumerate(hits):
        for b in range(a + 1, len(hits)):
            second = hits[b]
            gap = query.lines[second.start] - query.lines[first.end - 1]
            if gap > 3 or second.start - first.end > MERGE_REACH:
                break  # (words too: one long line may hold thousands of notices)
            if " " in index.expressions[first.ref] + index.expressions[second.ref]:
                continue  # compound expressions are statements of their own
            if families[a] != families[b]:
                misnamed_into.update(_misnamed_gnu_piece(index, hits, a, b))
                continue
            kinds = (index.kinds[first.ref], index.kinds[second.ref])
            if kinds[0] != "text" and kinds[1] != "text":
                loser, winner = (b, a) if first.matched >= second.matched else (a, b)
                dropped.add(loser)
                if _GNU_ID.match(index.expressions[hits[winner].ref]):
                    folded_into.setdefault(loser, winner)
            elif kinds[0] == "text" and kinds[1] in ("reference", "tag"):
                dropped.add(b)
            elif kinds[1] == "text" and kinds[0] in ("reference", "tag"):
                dropped.add(a)
    misnamed_into.update(_misnamed_gnu_pointers(query, hits, dropped | set(misnamed_into)))
    dropped.update(misnamed_into)
    pieces: dict[int, list[Hit]] = {}
    for loser, first_winner in folded_into.items():
        winner, seen = first_winner, {loser}
        while winner in dropped and winner in folded_into and winner not in seen:
            seen.add(winner)
            winner = folded_into[winner]
        # only a version the winner lacks is worth its span: a winner that states one is a
        # statement of its own (the next paragraph's "See .../GPL-3" beside "GPL-2")
        if (
            winner not in dropped
            and _states(query, hits[loser])
            and not _states(query, hits[winner])
        ):
            pieces.setdefault(winner, []).append(hits[loser])
    for loser, winner in misnamed_into.items():
        if winner not in dropped:
            pieces.setdefault(winner, []).append(hits[loser])  # its lines are the notice's
    return [_spanning(hit, pieces.get(n, [])) for n, hit in enumerate(hits) if n not in dropped]


# Words of a GNU notice's grant.
_GNU_GRANT_WORDS = frozenset({"redistribute", "modify", "licensed", "licenced", "relicense"})
# The sentences around the grant that point to the license's text: "You should have received
# a copy of the GNU General Public License", "See the GNU General Public License for more
# details".
_GNU_POINTERS = (("received", "copy"), ("more", "details"))


def _misnamed_gnu_piece(index: TextIndex, hits: list[Hit], a: int, b: int) -> dict[int, int]:
    """Of two GNU notice pieces ``hits[a]`` and ``hits[b]`` of different families close
    together, the one that only points to the license's text (no grant, no version) beside
    one that grants, mapped to that one: old LGPL and AGPL notices send the reader to "a copy
    of the GNU General Public License", which is their own license misnamed, not a second
    one. Empty when neither is such a piece."""
    pair = (hits[a], hits[b])
    if not all(_GNU_ID.match(index.expressions[h.ref]) for h in pair):
        return {}
    if any(index.kinds[h.ref] != "notice" for h in pair):
        return {}
    vocab = index.words()
    words = [{vocab[t] for t in index.ref_tokens(h.ref)} for h in pair]
    grants = [bool(_GNU_GRANT_WORDS & w) for w in words]
    points = [
        not g and not any(x.isdigit() for x in w) and any(set(p) <= w for p in _GNU_POINTERS)
        for g, w in zip(grants, words, strict=True)
    ]
    if grants[0] and points[1]:
        return {b: a}
    if grants[1] and points[0]:
        return {a: b}
    return {}


# A sentence that sends the reader to the license's text ("See the GNU General Public License,
# below, for more details", "the complete text of the GNU Library General Public License can
# be found in ...").
_POINTER_SENTENCE = re.compile(
    r"for\s+more\s+details|received\s+a\s+copy|complete\s+text\s+of|can\s+be\s+found\s+in",
    re.IGNORECASE,
)
# How many lines after a notice's grant its pointer sentences may come.
_POINTER_REACH = 10


def _misnamed_gnu_pointers(query: Query, hits: list[Hit], dropped: set[int]) -> dict[int, int]:
    """GNU names matched alone in a sentence that points to the license's text, below a GNU
    notice of another family that grants, mapped to that notice: an AGPL notice's "See the GNU
    General Public License for more details" misnames its own license (the template's slip),
    it adds no second one. Further away than the pieces :func:`_misnamed_gnu_piece` joins."""
    index = query.index
    pointers: list[int] = []
    for n, hit in enumerate(hits):
        if n in dropped or index.kinds[hit.ref] not in ("reference", "tag"):
            continue
        if not _GNU_ID.match(index.expressions[hit.ref]):
            continue
        first, last = query.lines[hit.start], query.lines[hit.end - 1]
        around = " ".join(query.raw_line(k) for k in range(max(1, first - 1), last + 2))
        if _POINTER_SENTENCE.search(around) is not None:
            pointers.append(n)
    if not pointers:
        return {}  # (the grants' words are read only where a pointer needs them)
    vocab = index.words()
    grants = [
        n
        for n, hit in enumerate(hits)
        if n not in dropped
        and index.kinds[hit.ref] == "notice"
        and _GNU_ID.match(index.expressions[hit.ref])
        and _GNU_GRANT_WORDS & {vocab[t] for t in index.ref_tokens(hit.ref)}
    ]
    misnamed: dict[int, int] = {}
    for n in pointers:
        expression = index.expressions[hits[n].ref]
        first = query.lines[hits[n].start]
        for g in grants:
            grant_end = query.lines[hits[g].end - 1]
            if family(index.expressions[hits[g].ref]) != family(expression) and (
                0 < first - grant_end <= _POINTER_REACH
            ):
                misnamed[n] = g
                break
    return misnamed


def _states(query: Query, hit: Hit) -> bool:
    """Whether the lines of a hit state a version of a GNU license."""
    first, last = query.lines[hit.start], query.lines[hit.end - 1]
    return _states_a_version(" ".join(query.raw_line(n) for n in range(first, last + 1)))


def _spanning(hit: Hit, pieces: list[Hit]) -> Hit:
    """A notice piece made to span the pieces folded into it, and their aligned words."""
    if not pieces:
        return hit
    ranges = sorted(r for piece in (hit, *pieces) for r in piece.aligned_ranges())
    return replace(
        hit,
        start=min(piece.start for piece in (hit, *pieces)),
        end=max(piece.end for piece in (hit, *pieces)),
        aligned=tuple(ranges),
    )


# A notice that carries a phrase making it a distinct SPDX license: MPL-2.0's Exhibit B
# ("Incompatible With Secondary Licenses") removes the secondary-license grant.
REFINEMENTS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("MPL-2.0", ("incompatible", "with", "secondary", "licenses"), "MPL-2.0-no-copyleft-exception"),
)


def refined(
    words: Sequence[str],
    matches: list[TextMatch],
    text: str | None = None,
    copies_of: frozenset[str] = frozenset(),
) -> list[TextMatch]:
    """The matches with ids refined by the phrases of :data:`REFINEMENTS` found in the text,
    and, given the ``text``, GNU notices read for their version (:func:`gnu_version`).
    ``copies_of`` names licenses whose whole text the input is, edited (a text refused as its
    license for a restricting phrase put into it): their texts' own phrases refine nothing."""
    if text is not None:
        lines = raw_lines(text)
        read = _with_rule_read(matches, [r for m in matches for r in _gnu_reads(m, lines)])
        matches = _kernel_gpl(_one_per_choice(_gnu_settled(read, lines)), text)
        matches = _only_valid_version(matches, text)
        matches = _mentions_told(_wrapped_gnu_dropped(matches, lines), lines)
    matches = _public_domain_offered(matches)
    matches = _versionless_settled(matches)
    if text is not None:
        matches = [_with_third_clause(m, lines) for m in matches]
    for license_id, phrase, refined in REFINEMENTS:
        ours = [m for m in matches if m.id == license_id]
        # The full text quotes the phrase as a template; only notices are refined by it.
        whole = any(m.kind == "text" for m in ours) or license_id in copies_of
        if not ours or whole or not _has_phrase(words, phrase):
            continue
        matches = [
            m.model_copy(update={"id": refined, "expression": refined})
            if m.id == license_id and m.expression == license_id
            else m
            for m in matches
        ]
    return matches


def _versionless(match: TextMatch) -> bool:
    """A license named without a version ("the Mozilla Public License")."""
    if match.method != "name":
        return False
    said = match.reference.removeprefix("license name: ").split(" (read as ")[0]
    return not any(c.isdigit() for c in said)


def _versionless_settled(matches: list[TextMatch]) -> list[TextMatch]:
    """A license named without a version yields to a match of its family, in the same text,
    that says which version ("the Mozilla Public License, v. 2.0", "Version 1.1")."""
    versioned = {m.id for m in matches if not _versionless(m)}
    told = {family(i) for i in versioned}
    return [
        m
        for m in matches
        if not (_versionless(m) and family(m.id) in told and m.id not in versioned)
    ]


# The third clause of the BSD-3-Clause: no endorsement by the names of the authors.
_ENDORSEMENT = re.compile(
    r"\bneither\s+the\s+name|\bname\s+of\s+\S.{0,80}?\bmay\s+(?:not\s+)?be\s+used\s+to"
    r"\s+endorse",
    re.IGNORECASE | re.DOTALL,
)
# How many lines after a two-clause BSD match its third clause may start.
THIRD_CLAUSE_LINES = 2


def _with_third_clause(match: TextMatch, lines: list[str]) -> TextMatch:
    """A match of the two-clause BSD text that the clause against endorsement follows in the
    next lines ("3. Neither the name of the University nor ...") is the three-clause BSD: the
    two-clause reference was found inside a longer text."""
    if match.id != "BSD-2-Clause" or match.expression != match.id:
        return match
    after = "\n".join(lines[match.end_line : match.end_line + THIRD_CLAUSE_LINES])
    own = "\n".join(lines[max(0, match.start_line - 1) : match.end_line])
    if _ENDORSEMENT.search(own) or not _ENDORSEMENT.search(after):
        return match
    return match.model_copy(update={"id": "BSD-3-Clause", "expression": "BSD-3-Clause"})


def _has_phrase(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    first = phrase[0]
    return any(
        word == first and tuple(words[i : i + size]) == phrase for i, word in enumerate(words)
    )


# --------------------------------------------------------------------------- GNU notices

_READ_METHODS = frozenset({"exact", "contained", "approximate", "name"})
# A match of a GNU "text" reference this short is a notice, not the license itself.
NOTICE_LINES = 40
# ... unless its lines hold this many words: a license text put on a line or a few (a JSON
# field, a Python literal), whose appendix "or (at your option) any later version" is no grant.
NOTICE_WORDS = 1000


def _many_words(match: TextMatch, lines: list[str]) -> bool:
    """Whether a match's few lines (fewer than :data:`NOTICE_LINES`) hold a license's text
    rather than a notice."""
    if match.end_line - match.start_line >= NOTICE_LINES:
        return False
    said = lines[max(0, match.start_line - 1) : match.end_line]
    return sum(map(_word_count, said)) >= NOTICE_WORDS


@functools.lru_cache(maxsize=256)
def _word_count(line: str) -> int:
    """The words of a line (remembered: every match on one long line asks of it)."""
    return len(line.split())


_GNU_ID = re.compile(r"^(GPL|LGPL|AGPL|GFDL)-(\d\.\d)-(only|or-later)$")
_GNU_VERSIONS = {
    "GPL": ("1.0", "2.0", "3.0"),
    "LGPL": ("2.0", "2.1", "3.0"),
    "AGPL": ("3.0",),
    "GFDL": ("1.1", "1.2", "1.3"),
}
# "version 2", "v2.1", "GPLv3", "LGPL-2.1", "GPL 2": a version stated for a GNU license.
_STATED = re.compile(
    r"(?:\bversion|\bv(?=\s*\d)|\bver\.?|\brev(?:ision)?\.?|\b(?:(?:a|l)?gpl|gfdl)[\s-]*v?|general\s+public\s+license"
    r"(?:\s*,)?\s*v?)\s*\.?\s*(\d|one\b|two\b|three\b)(?:\.(\d))?(?:\.0)?(?![\d.]*\d)"
    # "under GNU AGPL version 3 section 7": a section of the license cited, not a grant
    r"(?!\s*,?\s*section\b)",
    re.IGNORECASE,
)
_LATER_FR = (
    r"\s*[)\]]?\s*,?\s*(?:ou|soit)\s*,?\s*(?:\(?\s*[àa]\s+(?:votre|ton)\s+(?:choix|gr[ée]|option)"
    r"\s*\)?\s*,?\s*)?(?:dans\s+)?(?:toute|une|n'importe\s+quelle)\s+version\s+ult[ée]rieure"
)
# "or (at your option) any later", "or [at your option] any later", "(or, at your option, any
# later", "or (at your option) a later"
_LATER = re.compile(
    # (past a Markdown link's target: "[GNU AGPL, version 3](https://...) (or any higher version")
    r"^(?:\]\([^()]{1,200}\))?"
    r"(?:\s*-or-later|\s*[)\]]?\s*,?\s*[(\[]?\s*(?:or|and|\|\|)\s*,?\s+"
    rf"(?:[(\[]?\s*(?:{AT_YOUR_OPTION}|optionally)"
    r"\s*[)\]]?\s*,?\s*)?"
    r"(?:(?:any|a)\s+)?(?:later|newer|higher|greater|above|subsequent)"
    # French notices: "soit (à votre choix) toute version ultérieure"
    rf"|{_LATER_FR})",
    re.IGNORECASE,
)
# "or any later version" further on in the sentence that states the version ("version 3, the
# text of which can be found in COPYING, or any later version of the AGPL", "version 2 as
# published by the Free Software Foundation (or any later at your option)").
_SENTENCE = re.compile(r"[^.;]*")
_ANY_LATER = re.compile(
    # "or (3) any later version of the GNU General Public License": a numbered choice
    r"\bor\s+(?:\(\s*\w\s*\)\s*)?(?:\(?\s*(?:at\s+your\s+option|optionally)\s*\)?\s*,?\s*)?"
    r"any\s+later\s+(?:version|\(?\s*at\s+your\s+option\b)"
    # "Version 2 any later version": the "or" left out, right after the version
    r"|\A\s*,?\s*any\s+later\s+version"
    r"|\btoute\s+version\s+ult[ée]rieure",
    re.IGNORECASE,
)
# Comment markers ("/* */", "//", and "#", " * ", "--", ";", "dnl", troff's '.\\"' opening a
# line, a box's "*" or "|" closing it) and the quotes of a notice kept in string literals.
_COMMENT = re.compile(
    r'/\*+|\*+/|//+|(?m:^\s*(?:[#*;%!|]+|--+|dnl\b|rem\b|\.?\\"))|(?m:[ \t][*#|]+[ \t]*$)|'
    # a notice printed by code ("or\n" "(at your option)"), one string per line in a list
    # ('"... or (at your",' + '"option) any later version."'), or kept in HTML ("</span>")
    r'(?m:"[ \t]*,[ \t]*$)|"'
    r"|\\[nrt]|</?[a-z][a-z0-9]*(?:\s[^<>\n]{0,80})?>"
)
_FAMILY_WORDS = (
    (
        "LGPL",
        re.compile(
            r"\blgpl|\b(?:lesser|library)\s+(?:gnu\s+)?(?:general\s+public|gpl)", re.IGNORECASE
        ),
    ),
    ("AGPL", re.compile(r"\bagpl|\baffero", re.IGNORECASE)),
)
# The GPL named as itself, not as part of "GNU Lesser General Public License".
_GPL_NAMED = re.compile(
    r"(?<![\w-])(?<!lesser )(?<!library )(?<!affero )gpl"
    r"|(?<!lesser )(?<!library )(?<!affero )(?<!gnu )(?:gnu\s+)?general\s+public",
    re.IGNORECASE,
)
_ANY_VERSION = {
    "GPL": ("1.0", "or-later"),
    "LGPL": ("2.0", "or-later"),
    "AGPL": ("3.0", "or-later"),
}
# The LGPL is called "Lesser" from version 2.1 on: a Lesser GPL without a version is 2.1 or later.
_LESSER = re.compile(r"\blesser\s+(?:gnu\s+)?general\s+public", re.IGNORECASE)
_LESSER_ANY_VERSION = ("2.1", "or-later")
# The grant of a GNU notice, which is where its version would be stated.
_GRANT = re.compile(r"as\s+published\s+by\s+the\s+free\s+software\s+foundation", re.IGNORECASE)


def _full_notice(notice: str) -> bool:
    return _GRANT.search(" ".join(_COMMENT.sub(" ", notice).split())) is not None


_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3"}
# Words a GNU notice may put between the version and "or later".
_BETWEEN = re.compile(
    r"^[\s,;.()]*(?:(?:of\s+(?:(?:the|this)\s+)?(?:\w+\s+)?|de\s+la\s+)licen[cs]e)?[\s,;.()]*",
    re.IGNORECASE,
)


def gnu_version(notice: str, family_name: str) -> tuple[str, str] | None:
    """The version and ``only``/``or-later`` a GNU notice states, or None when it states no one
    version ("either version 2 of the License, or (at your option) any later version" gives
    ``("2.0", "or-later")``; "GPLv3" gives ``("3.0", "only")``, as the licenses' own texts
    read a stated version without "or later"). Two different versions give None."""
    notice = " ".join(_COMMENT.sub(" ", notice).replace("{{", "").replace("}}", "").split())
    notice = re.sub(r"`|\*\*|__", "", notice)  # "the `AGPL v3` or later", "**GNU GPLv3** or later"
    found: set[tuple[str, str]] = set()
    for match in _STATED.finditer(notice):
        major = _NUMBER_WORDS.get(match.group(1).casefold(), match.group(1))
        version = f"{major}.{match.group(2) or 0}"
        rest = notice[match.end() :]
        between = _BETWEEN.match(rest)
        after = rest[between.end() :] if between else rest
        sentence = _SENTENCE.match(rest)
        later = (
            # "GPLv2+", "[GPL-3.0]+"; not "GPLv3 + GCC exception", nor OpenJDK's "GPLv2+CE"
            re.match(r"[)\]]?\+(?![A-Za-z])", rest)
            or _LATER.match(after)
            or _LATER.match(rest)
            or (sentence is not None and _ANY_LATER.search(sentence.group(0)))
        )
        found.add((version, "or-later" if later else "only"))
    versions = {v for v, _ in found}
    if len(versions) != 1 or not versions <= set(_GNU_VERSIONS[family_name]):
        return None  # no version, two of them, or one this license never had
    (version,) = versions
    return version, "or-later" if (version, "or-later") in found else "only"


# A sentence that runs past the matched lines is read on for at most this many lines.
SENTENCE_LINES = 3
# A semicolon before "either version 2" is inside the grant ("as published by the Free Software
# Foundation; either version 2 of the License"; in French "; soit la version 2").
_SENTENCE_END = re.compile(
    r"[.:](?:\s|$)|;(?![^\n\w]*(?:either|version|soit)\b)(?:\s|$)|\n\s*\n", re.IGNORECASE
)


_VERSION_NEXT = re.compile(r"[^\n\w]*(?:either|version|soit)\b", re.IGNORECASE)


def _notice_lines(match: TextMatch, lines: list[str]) -> str:
    """The lines of a match, and the rest of its last sentence ("... version" + "2 or later.")."""
    notice = "\n".join(lines[max(0, match.start_line - 1) : match.end_line])
    after = "\n".join(lines[match.end_line : match.end_line + SENTENCE_LINES])
    if re.search(r"[.:]\s*$", notice) or (
        # a semicolon ends it, unless the version follows ("(GPL);" + "either version 2")
        notice.rstrip().endswith(";") and not _VERSION_NEXT.match(after)
    ):
        return notice
    end = _SENTENCE_END.search(after)
    return notice + "\n" + (after[: end.end()] if end else after)


# " WITH Font-exception-2.0": the exception of a GNU license's expression.
_WITH = re.compile(r" WITH [A-Za-z0-9.+-]+")


# A family word in brackets inside a GNU name: "the GNU Library (Lesser) General Public License".
_BRACKETED_FAMILY = re.compile(r"\(\s*(lesser|library)\s*\)", re.IGNORECASE)


def _flat_notice(notice: str) -> str:
    """A notice's words on one line, comment markers aside and a bracketed family word read
    as part of the name."""
    return _BRACKETED_FAMILY.sub(r"\1", " ".join(_COMMENT.sub(" ", notice).split()))


def _grant_sentence(flat: str) -> str | None:
    """The sentence of a GNU notice that grants the license ("... under the terms of the GNU
    General Public License as published by the Free Software Foundation; either version 2 of
    the License, or (at your option) any later version."), or None."""
    grant = _GRANT.search(flat)
    if grant is None:
        return None
    start = max(flat.rfind(". ", 0, grant.start()), flat.rfind(": ", 0, grant.start())) + 1
    end = _SENTENCE_END.search(flat, grant.end())
    return flat[start : end.start() + 1 if end else len(flat)]


def _granted_family(flat: str, family_name: str) -> str:
    """The family the grant of a notice names, where it names one of the GPL, LGPL or AGPL:
    "under the terms of the GNU Lesser General Public License as published by ..." is the
    LGPL even when "See the GNU General Public License for more details" follows."""
    sentence = _grant_sentence(flat)
    if sentence is None or family_name not in ("GPL", "LGPL", "AGPL"):
        return family_name
    said = [f for f, words in _FAMILY_WORDS if words.search(sentence)]
    if len(said) == 1:
        return said[0]
    if not said and _GPL_NAMED.search(sentence):
        return "GPL"
    return family_name


# Versions offered as a choice, none of them "or later": "version 2 or 3", "versions 2 or
# 3", "either version 2 or version 3", "GPL 1, 2 or 3".
_VERSION_CHOICE = re.compile(
    r"\b(?:versions?|v|(?:a|l)?gpl|gfdl)\s*(\d(?:\.\d)?)"
    r"((?:\s*,\s*(?:version\s+|v\s*)?\d(?:\.\d)?)*\s*,?\s+(?:or|and/or)\s+"
    # "version 2 or (at your option) version 3"
    rf"(?:\(?\s*{AT_YOUR_OPTION}\s*\)?\s*,?\s*)?"
    r"(?:version\s+|v\s*)?\d(?:\.\d)?)\b(?!\s*(?:\+|or\s+(?:any\s+)?later|and\s+later))",
    re.IGNORECASE,
)
_CHOICE_VERSION = re.compile(r"(\d(?:\.\d)?)")


def _one_per_choice(matches: list[TextMatch]) -> list[TextMatch]:
    """The matches without repeats of a choice of versions: two pieces of one notice read as
    the same choice ("version 2 or 3") are one statement."""
    seen: set[tuple[str, int, int, str]] = set()
    unique = []
    for match in matches:
        key = (match.id, match.start_line, match.end_line, match.expression)
        if " OR " in match.expression and key in seen:
            continue
        seen.add(key)
        unique.append(match)
    return unique


def _gnu_reads(match: TextMatch, lines: list[str]) -> list[TextMatch]:
    """A GNU notice read for its version (:func:`_gnu_read`), or for the versions it offers
    as a choice ("under the terms of either version 2 or version 3 of the GNU General Public
    License" is GPL-2.0-only OR GPL-3.0-only), one match each."""
    parsed = _GNU_ID.match(match.id)
    if (
        parsed is None
        or match.expression != match.id
        or match.method not in _READ_METHODS
        or match.end_line - match.start_line >= NOTICE_LINES
        or _many_words(match, lines)
    ):
        return [_gnu_read(match, lines)]
    family_name = parsed.group(1)
    flat = _flat_notice(_notice_lines(match, lines))
    if _ANY_LATER.search(flat):
        return [_gnu_read(match, lines)]
    offered: list[str] = []
    for choice in _VERSION_CHOICE.finditer(flat):
        said = [choice.group(1), *(m.group(1) for m in _CHOICE_VERSION.finditer(choice.group(2)))]
        for number in said:
            version = number if "." in number else f"{number}.0"
            # a version the license never had, or "LGPL 2" (2.0 or 2.1, not told)
            if version not in _GNU_VERSIONS[family_name] or (family_name, number) == ("LGPL", "2"):
                return [_gnu_read(match, lines)]
            offered.append(f"{family_name}-{version}-only")
    offered = list(dict.fromkeys(offered))
    if len(offered) < 2:
        return [_gnu_read(match, lines)]
    expression = " OR ".join(offered)
    return [match.model_copy(update={"id": i, "expression": expression}) for i in offered]


def _gnu_read(match: TextMatch, lines: list[str]) -> TextMatch:
    """A GNU notice or reference with the version and "or later" its own words state."""
    parsed = _GNU_ID.match(match.id)
    exception = match.expression.removeprefix(match.id)
    # an approximate rule of a GNU license beside others is read too; a rule matched word
    # for word keeps ScanCode's reading of it
    compound = match.method == "approximate" and _one_gnu_among_others(match)
    if parsed is None or not (exception == "" or _WITH.fullmatch(exception) or compound):
        return match  # not one GNU license (with an exception or not)
    # Even a match word for word is read: the words drop the "+" of "GPLv2+".
    short = match.end_line - match.start_line < NOTICE_LINES
    long_text = (match.kind == "text" and not short) or _many_words(match, lines)
    if match.method not in _READ_METHODS or long_text:
        return match  # an SPDX tag is exact; a full license text quotes other versions
    family_name = parsed.group(1)
    notice = _notice_lines(match, lines)
    flat = _flat_notice(notice)
    if family_name == "GPL" and not _GPL_NAMED.search(flat):
        # a GPL reference matched the words of a Lesser or Affero notice
        others = [f for f, said in _FAMILY_WORDS if said.search(flat)]
        if len(others) == 1:
            family_name = others[0]
    elif (
        family_name in ("LGPL", "AGPL")
        and _GPL_NAMED.search(flat)
        and not any(said.search(flat) for _, said in _FAMILY_WORDS)
    ):
        family_name = "GPL"  # a Lesser or Affero reference matched the words of a GPL notice
    if match.method == "approximate":  # a verbatim rule keeps ScanCode's reading of it
        family_name = _granted_family(flat, family_name)
    stated = gnu_version(notice, family_name)
    grant = _grant_sentence(flat)
    if stated is None and grant is not None:
        # pointers to the texts of two versions beside a grant of one: the grant says
        stated = gnu_version(grant, family_name)
    if stated is None and match.method == "name" and not _versionless(match):
        return match  # "LGPL-2.1, LGPL-3 and GPL-3": each name says its own version
    if stated is None:
        read = _version_unstated(notice, flat, family_name, short=short)
        if read is None:
            return match
        family_name, stated = read
    license_id = f"{family_name}-{stated[0]}-{stated[1]}"
    if license_id == match.id:
        return match
    expression = license_id + exception
    if compound:
        expression = " ".join(license_id if p == match.id else p for p in match.expression.split())
    return match.model_copy(update={"id": license_id, "expression": expression})


def _one_gnu_among_others(match: TextMatch) -> bool:
    """Whether the match's rule is one GNU license (this match's) among non-GNU ones ("GPL-3.0
    or a commercial license", a GPL notice with a patent disclaimer): the GNU license is read
    from the notice's words as a notice of its own is."""
    if FLAT_EXPRESSION.match(match.expression) is None:
        return False
    ids = split_ids(match.expression)
    return match.id in ids and not any(_GNU_ID.match(i) for i in ids if i != match.id)


def _with_rule_read(matches: list[TextMatch], read: list[TextMatch]) -> list[TextMatch]:
    """The read matches, the other licenses of a rule whose GNU license was read carrying the
    expression as read (a GPL rule with a commercial option, read as the LGPL's)."""
    renamed = {
        (m.reference, m.start_line, m.end_line, m.expression): r.expression
        for m in matches
        if m.method == "approximate" and _one_gnu_among_others(m)
        for r in read
        if r.reference == m.reference
        and (r.start_line, r.end_line) == (m.start_line, m.end_line)
        and _GNU_ID.match(r.id)
        and r.expression != m.expression
    }
    if not renamed:
        return read
    return [
        r.model_copy(update={"expression": renamed[key]})
        if (key := (r.reference, r.start_line, r.end_line, r.expression)) in renamed
        else r
        for r in read
    ]


def _version_unstated(
    notice: str, flat: str, family_name: str, *, short: bool
) -> tuple[str, tuple[str, str]] | None:
    """The family and version of a GNU notice that states no one version for its family, or
    None to keep the reference's reading."""
    # a version this family never had may be the one of a family the notice names
    # ("GNU Lesser General Public License ... version 2.1" matched as a GPL notice)
    named = [f for f, said in _FAMILY_WORDS if f != family_name and said.search(flat)]
    found = [(f, v) for f in named if (v := gnu_version(notice, f)) is not None]
    if len(found) == 1:
        return found[0]
    # a short notice that grants two GNU licenses, each with its own version
    own = _version_after_name(flat, family_name) if short else None
    if own is not None:
        return family_name, own
    if _STATED.search(flat):
        return None
    if family_name == "LGPL" and _LESSER.search(flat):
        # a Lesser GPL without a version: the name exists from 2.1 on
        return family_name, _LESSER_ANY_VERSION
    if family_name == "AGPL":
        # the GNU AGPL had one version: named without one, any version is 3.0 or later
        return family_name, _ANY_VERSION[family_name]
    if family_name in _ANY_VERSION and _full_notice(notice):
        # a whole notice that states no version at all: the license's own rule lets the
        # licensee choose any version ever published
        return family_name, _ANY_VERSION[family_name]
    if _ANY_LATER.search(flat):
        # "Version @value{VERSION} or any later version": a version left to fill in, and
        # any later one offered, is the first version or later
        return family_name, (_GNU_VERSIONS[family_name][0], "or-later")
    return None


def _version_after_name(flat: str, family_name: str) -> tuple[str, str] | None:
    """The version a notice that names two GNU licenses states for this family: read from
    each place the family is named to the end of that sentence or clause ("the drivers under
    GPL version 2; the tools under the LGPL version 2.1 or later"); None unless one."""
    named = _GPL_NAMED if family_name == "GPL" else dict(_FAMILY_WORDS).get(family_name)
    others = [said for f, said in _FAMILY_WORDS if f != family_name]
    if family_name != "GPL":
        others.append(_GPL_NAMED)
    if named is None or not any(o.search(flat) for o in others):
        return None  # one family named: its versions are not told apart by name
    found: set[tuple[str, str]] = set()
    for name in named.finditer(flat):
        end = _SENTENCE_END.search(flat, name.end())
        clause = flat[name.start() : end.start() if end else len(flat)]
        # up to where another GNU license is named in the same clause
        cut = min((m.start() for o in others if (m := o.search(clause, 1))), default=len(clause))
        stated = gnu_version(clause[:cut], family_name)
        if stated is not None:
            found.add(stated)
    return found.pop() if len(found) == 1 else None


def _public_domain_offered(matches: list[TextMatch]) -> list[TextMatch]:
    """ "Under the zlib license or public domain": the public domain is offered instead of the
    license before it (the one other match that ends on its line): a choice."""
    out = list(matches)
    for pd in [m for m in matches if m.reference == PUBLIC_DOMAIN_OFFERED]:
        before = [m for m in out if m is not pd and m.end_line == pd.start_line and m.id != pd.id]
        if len(before) != 1 or before[0].expression != before[0].id:
            continue
        chosen = before[0]
        choice = f"{chosen.id} OR {pd.id}"
        # both carry the choice, as the licenses of one rule carry its expression
        out = [
            m.model_copy(update={"expression": choice}) if m is chosen or m is pd else m
            for m in out
        ]
    return out


def _wrapped_gnu_dropped(matches: list[TextMatch], lines: list[str]) -> list[TextMatch]:
    """Without a name match of "GNU" alone that closes its line when a GNU license's match
    starts on the next line: the name goes on there ("under the terms of the GNU" + "Lesser
    (Library) General Public License"), and that match reads it."""
    starts = {m.start_line for m in matches if _GNU_ID.match(m.id) and m.method != "name"}
    return [
        m
        for m in matches
        if not (
            m.method == "name"
            and m.reference == GNU_ALONE
            and m.end_line + 1 in starts
            and lines[m.end_line - 1].rstrip().casefold().endswith("gnu")
        )
    ]


def _mentions_told(matches: list[TextMatch], lines: list[str]) -> list[TextMatch]:
    """A license named without the version or variant that tells its family apart, where the
    same text gives that family one version or variant elsewhere: the mention is that one.

    - The GPL or LGPL named without a version ("LZO is licensed under the GPL"), read as any
      version, takes the one version its family has in the text, even where that version
      comes from a rule rather than the words (a special exception ScanCode files under
      GPL-2.0): in one text, "the GPL" is the GPL the text is under.
    - "The BSD license" with no count of clauses (read as BSD-3-Clause, as ScanCode's rules
      read it) beside the text of another BSD license ("Dual licensed under BSD license and
      GPLv2" above a two-clause text) is that text's license.
    """
    told: dict[str, set[str]] = {}
    for m in matches:
        if m.method in _READ_METHODS and not _bare_mention(m, lines):
            told.setdefault(family(m.id), set()).add(m.id)
    # (reference, lines) of a renamed match -> (the id read, the id it takes)
    renamed: dict[tuple[str, int, int], tuple[str, str]] = {}
    for m in matches:
        other = told.get(family(m.id), set())
        if m.id != "BSD-3-Clause":
            other = {i for i in other if _GNU_ID.match(i)}  # not a ScanCode GPL variant
        if (
            len(other) == 1
            and m.id not in other
            and m.method in _READ_METHODS
            and _bare_mention(m, lines)
            and _stated_as(m, lines, next(iter(other)))
            # not where one rule tells the two apart ("GPL or GPLv2+")
            and not other & set(split_ids(m.expression))
        ):
            renamed[(m.reference, m.start_line, m.end_line)] = (m.id, next(iter(other)))
    if not renamed:
        return matches
    return [_renamed(m, renamed.get((m.reference, m.start_line, m.end_line))) for m in matches]


def _renamed(match: TextMatch, change: tuple[str, str] | None) -> TextMatch:
    """A match with one id of its expression replaced: ``change`` is (old id, new id). The
    rule's other licenses carry its expression too ("Artistic-1.0-Perl OR ...")."""
    if change is None:
        return match
    was, now = change
    expression = " ".join(now if p == was else p for p in match.expression.split())
    return match.model_copy(
        update={"id": now if match.id == was else match.id, "expression": expression}
    )


# The ids a family name read without its version or variant is given.
_ANY_VERSION_IDS = frozenset({"GPL-1.0-or-later", "LGPL-2.0-or-later", "BSD-3-Clause"})
# Words that tell the three-clause BSD license from the others.
_BSD_THREE = re.compile(r"\b(?:3|three|new|revised|modified|endorse\w*)\b", re.IGNORECASE)
# A mention spans at most this many lines.
MENTION_LINES = 3


def _bare_mention(match: TextMatch, lines: list[str]) -> bool:
    """Whether a match is a short mention of a license family's name that does not say which
    of the family it is (see :func:`_mentions_told`)."""
    if match.id not in _ANY_VERSION_IDS or match.end_line - match.start_line >= MENTION_LINES:
        return False
    if match.id == "BSD-3-Clause":
        return _BSD_THREE.search(_notice_lines(match, lines)) is None
    return not _many_words(match, lines)


def _stated_as(match: TextMatch, lines: list[str], license_id: str) -> bool:
    """Whether a match's lines state no version, or the one version of ``license_id`` (the
    name read on its own, "the GNU General Public License version 2" beside it)."""
    found = _GNU_ID.match(license_id)
    if found is None:
        return True  # (a BSD mention: no version to state)
    notice = _notice_lines(match, lines)
    if not _states_a_version(notice):
        return True
    stated = gnu_version(notice, found.group(1))
    return stated is not None and license_id == f"{found.group(1)}-{stated[0]}-{stated[1]}"


# A file of the Linux kernel: the kernel is under the GPL version 2 only (its COPYING file, and
# its rule that a file without an SPDX tag is GPL-2.0), so "the GPL" there is that version.
_LINUX_KERNEL = re.compile(
    # the file said to be part of the kernel, not a program that only speaks of it ("a tool
    # that reads the Linux kernel's logs")
    # (not "but not as part of the Linux kernel", said of firmware kept out of it)
    r"(?<!not\s)(?<!not\sas\s)(?<!not\sa\s)(?<!not\sas\sa\s)(?<!never\s)"
    r"\b(?:part\s+of|belongs?\s+to|extension\s+(?:to|of)|included\s+in)\s+(?:the\s+)?linux\s+"
    r"(?:kernel|operating\s+system)\b|\b(?:all|other)\s+(?:the\s+)?(?:linux\s+)?kernel\s+sources\b"
    # not the kernel's stock "the file COPYING in the main directory of this archive", which
    # does not say which archive (ScanCode reads it as any version)
    r"|\bmain\s+directory\s+of\s+the\s+linux\b",
    re.IGNORECASE,
)


def _kernel_gpl(matches: list[TextMatch], text: str) -> list[TextMatch]:
    """The GPL named without a version in a text that says it is part of the Linux kernel,
    and states no version anywhere, read as GPL-2.0-only."""
    if not any(m.id == "GPL-1.0-or-later" for m in matches):
        return matches  # (most texts: the text is not flattened for them)
    flat = _flat(text)
    if _LINUX_KERNEL.search(flat) is None or _STATED.search(flat) is not None:
        return matches
    return [
        m.model_copy(update={"id": "GPL-2.0-only", "expression": "GPL-2.0-only"})
        if m.id == "GPL-1.0-or-later" and m.expression == m.id and m.method in _READ_METHODS
        else m
        for m in matches
    ]


# "the only valid version of GPL for exofs is version 2", "the only valid version of the GPL
# as far as the kernel is concerned is _this_ particular version of the license (ie v2, ...)"
_ONLY_VALID = re.compile(
    r"\bonly\s+valid\s+version\s+of\s+(?:the\s+)?(?P<family>L?GPL|GNU\s+(?P<lesser>Lesser\s+)?"
    r"General\s+Public\s+Licen[cs]e)\b.{0,100}?\bis\s+(?:_?this_?\s+particular\s+version\b"
    r".{0,40}?\bv|version\s+|v)?(?P<version>[1-3](?:\.[01])?)\b",
    re.IGNORECASE | re.DOTALL,
)
# The versionless reading of each family, which such a statement settles.
_VERSIONLESS_OF = {"GPL": "GPL-1.0-or-later", "LGPL": "LGPL-2.0-or-later"}


def _only_valid_version(matches: list[TextMatch], text: str) -> list[TextMatch]:
    """A GNU license named without a version, in a text that says which version alone is
    valid ("the only valid version of GPL for exofs is version 2"): that version only."""
    if not any(m.id in _VERSIONLESS_OF.values() for m in matches) or "valid" not in text:
        return matches
    said = _ONLY_VALID.search(_flat(text))
    if said is None:
        return matches
    lesser = said.group("lesser") or said.group("family").upper().startswith("L")
    family_name = "LGPL" if lesser else "GPL"
    version = said.group("version")
    version = version if "." in version else f"{version}.0"
    if family_name == "LGPL" and version == "2.0":
        return matches  # the Library GPL 2.0 and the Lesser GPL 2.1 are read elsewhere
    only = f"{family_name}-{version}-only"
    if only.lower() not in _spdx.LICENSES:
        return matches
    versionless = _VERSIONLESS_OF[family_name]
    return [
        m.model_copy(update={"id": only, "expression": only})
        if m.id == versionless and m.expression == m.id and m.method in _READ_METHODS
        else m
        for m in matches
    ]


def _states_version(match: TextMatch, lines: list[str]) -> bool:
    return _states_a_version(_notice_lines(match, lines))


@functools.lru_cache(maxsize=64)
def _states_a_version(notice: str) -> bool:
    """Whether a notice's words, comment markers aside, state a version of a GNU license
    (remembered: every match on one long line asks of the same line)."""
    return _STATED.search(_flat(notice)) is not None


@functools.lru_cache(maxsize=1)
def _flat(text: str) -> str:
    """A text's words on one line, comment markers aside (remembered for the last text:
    the Linux kernel's reading and the only-valid-version reading both ask of it)."""
    return " ".join(_COMMENT.sub(" ", text).split())


def _gnu_settled(matches: list[TextMatch], lines: list[str]) -> list[TextMatch]:
    """GNU notices of one family in one text, made consistent.

    A mention that states no version ("Free Software Foundation LGPL License", "under the
    GPL") yields to a notice of its family in the same text that states one; a pointer to
    the text of a version ("the text of the GNU General Public License version 2 can be
    found in ...") yields to a grant of that version "or later" beside it.
    """
    gnu = [m for m in matches if _GNU_ID.match(m.id) and m.method in _READ_METHODS]
    if len(gnu) < 2:
        return matches
    # asked once per span of lines: one long line may hold thousands of GNU names
    asked = {(m.start_line, m.end_line): m for m in gnu}
    said = {span for span, m in asked.items() if _states_version(m, lines)}
    stating = {m.id for m in gnu if (m.start_line, m.end_line) in said}
    families = {_GNU_ID.match(i).group(1) for i in stating}  # type: ignore[union-attr]
    later = {i.removesuffix("-or-later") for i in stating if i.endswith("-or-later")}
    dropped: list[TextMatch] = []
    for m in gnu:
        if (m.kind == "text" and m.end_line - m.start_line >= NOTICE_LINES) or _many_words(
            m, lines
        ):
            continue
        family_name = _GNU_ID.match(m.id).group(1)  # type: ignore[union-attr]
        if m.id not in stating and family_name in families:
            dropped.append(m)
            continue
        notice = " ".join(_COMMENT.sub(" ", _notice_lines(m, lines)).split())
        if (
            m.id.endswith("-only")
            and m.id.removesuffix("-only") in later
            and not re.search(r"\bonly\b", notice, re.IGNORECASE)
            and not _GRANT.search(notice)
        ):
            dropped.append(m)
    return [m for m in matches if not any(m is d for d in dropped)]
