"""Choosing among hits: the set that explains the most, adjacent pieces joined, ids refined."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from licenseclass.textid.index import TextIndex
from licenseclass.textid.namestage import family, title_ids
from licenseclass.textid.query import Hit, Query, split_ids
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
            + (_prior(index, h.ref) + TITLE_PRIOR * _titled(query, h)) * h.matched,
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
    return spdx_relatives(index, chosen, hits)


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


def merge_adjacent(query: Query, hits: list[Hit]) -> list[Hit]:
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
        first_family = family(index.expressions[first.ref])
        for b in range(a + 1, len(hits)):
            second = hits[b]
            gap = query.lines[second.start] - query.lines[first.end - 1]
            if gap > 3:
                break
            if " " in index.expressions[first.ref] + index.expressions[second.ref]:
                continue  # compound expressions are statements of their own
            if first_family != family(index.expressions[second.ref]):
                continue
            kinds = (index.kinds[first.ref], index.kinds[second.ref])
            if kinds[0] != "text" and kinds[1] != "text":
                dropped.add(b if first.matched >= second.matched else a)
            elif kinds[0] == "text" and kinds[1] in ("reference", "tag"):
                dropped.add(b)
            elif kinds[1] == "text" and kinds[0] in ("reference", "tag"):
                dropped.add(a)
    return [hit for n, hit in enumerate(hits) if n not in dropped]


# A notice that carries a phrase making it a distinct SPDX license: MPL-2.0's Exhibit B
# ("Incompatible With Secondary Licenses") removes the secondary-license grant.
REFINEMENTS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("MPL-2.0", ("incompatible", "with", "secondary", "licenses"), "MPL-2.0-no-copyleft-exception"),
)


def refined(words: Sequence[str], matches: list[TextMatch]) -> list[TextMatch]:
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
