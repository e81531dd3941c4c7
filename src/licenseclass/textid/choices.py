"""A choice of licenses said in one sentence: the licenses it names join by OR.

"This library is dual-licensed under the GPL v2 and the MIT license" names two licenses, each
found on its own (a ScanCode rule for "the GPL v2", a name for "the MIT license"); joined as
found they would read "GPL-2.0-only AND MIT", which says the opposite of what the sentence
means. So does Rust's notice, "Licensed under the Apache License, Version 2.0
<LICENSE-APACHE or ...> or the MIT license <LICENSE-MIT or ...>, at your option", whose
addresses in angle brackets keep the two names apart.

A sentence is such a choice where it says "dual" (or "tri", "multi"), or it joins its names by
"or" and says "either" or "at your option" (or "choice", "discretion"), or its "or" comes a few
words after a licensing verb ("Licensed under the MIT License or the Apache License 2.0"). The
sentence is the run of words around that word that are either explained by a match or words
such a sentence says ("licensed under the ... or the ... license"); every license found within
it joins the choice, when no license is named outside it on its lines. A sentence that says
more between the names ("dual-licensed: the MIT license applies to code; CC-BY-4.0 to docs") is
left as found.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from licenseclass.textid.namestage import DUAL_WORDS, WEB_ADDRESS
from licenseclass.textid.query import Query
from licenseclass.textid.results import TextMatch
from licenseclass.textid.textnorm import tokenise

__all__ = ["choices"]

# The words a licensing sentence that offers a choice may say between and around its names.
_FILLER = DUAL_WORDS | {"licensed", "licenced", "licensing", "under", "the", "and", "or", "a"}
_FILLER |= {"terms", "of", "license", "licenses", "licence", "licences", "both", "either"}
_FILLER |= {"is", "are", "released", "distributed", "available", "as", "well", "its"}
_FILLER |= {"respective", "their", "version", "versions", "this", "project", "code", "software"}
_FILLER |= {"library", "package", "work", "it", "at", "your", "option", "choice", "discretion"}
_FILLER |= {"user", "s", "you", "may", "choose", "one", "any", "can", "be", "used", "file"}
_FILLER |= {"files", "module", "program"}
# The words that say a choice where the names are joined by "or".
_OPTION_WORDS = frozenset({"either", "option", "choice", "discretion", "choose"})
# A bare "or" between names says a choice after one of these ("licensed under the MIT License
# or the Apache License 2.0").
_LICENSING_VERBS = frozenset(
    {"licensed", "licenced", "released", "distributed", "available", "offered", "use", "used"}
)
# Words after "or" that make it a version's "or later" ("version 2 or newer").
_LATER = frozenset({"later", "newer", "greater", "higher", "above", "any", "at", "subsequent"})
# The most words between a licensing verb and the bare "or" it governs.
VERB_REACH = 12


def _names_a_choice(
    words: Sequence[str], position: int, line: int, matches: Sequence[TextMatch]
) -> bool:
    """Whether a bare "or" (no "either", "dual" or "option" in its sentence) on ``line`` joins
    licenses a licensing verb just before it offers ("licensed under the MIT License or the
    Apache License 2.0"): not "and/or", not a version's "or newer", not an "or" far from the
    verb, nor one inside a notice or text that a match of several lines holds ("WITHOUT
    WARRANTIES OR CONDITIONS")."""
    after = words[position + 1] if position + 1 < len(words) else ""
    if position == 0 or words[position - 1] == "and" or after in _LATER:
        return False
    if not _LICENSING_VERBS.intersection(words[max(0, position - VERB_REACH) : position]):
        return False
    return not any(
        m.start_line <= line <= m.end_line and m.end_line - m.start_line >= 2 for m in matches
    )


# The most words a sentence of choice reaches on either side of the word that says it.
REACH = 60


def choices(query: Query, matches: Sequence[TextMatch], explained: bytearray) -> list[TextMatch]:
    """The matches with those of each sentence offering a choice joined as one choice."""
    words, lines = query.words, query.lines
    out = list(matches)
    done = -1
    # an SPDX tag line states its own expression: no sentence of prose reaches into it
    tagged = {n for m in matches if m.method == "tag" for n in range(m.start_line, m.end_line + 1)}
    addresses = _Addresses(query)
    # explained words before each position, to ask of any run in one step
    before = [0, *itertools.accumulate(explained)]
    for position, word in enumerate(words):
        if position < done:
            continue
        plain_or = word == "or" and not _field_or(query, position)
        if word not in DUAL_WORDS and word not in _OPTION_WORDS and word != "or":
            continue
        if plain_or and not _names_a_choice(words, position, lines[position], out):
            continue
        start, end = _sentence(
            words, lines, explained, position, tagged=tagged, addresses=addresses
        )
        done = end
        if word not in DUAL_WORDS and "or" not in words[start:end]:
            continue  # "either" of another kind: "either the original or a modified copy"
        first, last = lines[start], lines[end - 1]
        line_start = bisect.bisect_left(lines, first)
        line_end = bisect.bisect_right(lines, last)
        if before[start] - before[line_start] or before[line_end] - before[end]:
            continue  # a license named on these lines outside the sentence
        inside = [m for m in out if first <= m.start_line and m.end_line <= last]
        ids = list(dict.fromkeys(m.id for m in inside))
        if len(ids) < 2 or any(m.expression != m.id for m in inside):
            continue
        choice = " OR ".join(ids)
        out = [m.model_copy(update={"expression": choice}) if m in inside else m for m in out]
    return _alternatives(words, lines, out)


# How near (in lines) the license an "Alternatively, ..." sentence offers beside must end, and
# how far after the word its own names may start.
ALTERNATIVE_REACH = 3
# The words after "alternatively" that must say the licensing verb and "under".
ALTERNATIVE_WORDS = 15


def _alternatives(
    words: Sequence[str], lines: Sequence[int], matches: list[TextMatch]
) -> list[TextMatch]:
    """The matches with each "Alternatively, the contents of this file may be used under the
    terms of X" joined as a choice with the license matched just before it (MPL's header: the
    MPL's notice, then the LGPL or the GPL offered instead). The licenses named after the word
    must be on its line or the next few, after a licensing "under" and before any other
    sentence's license; the license before must end at most a few lines above."""
    if "alternatively" not in words:
        return matches  # (most texts: one scan in C, no loop over their words)
    out = list(matches)
    for position, word in enumerate(words):
        if word != "alternatively":
            continue
        line = lines[position]
        said = set(words[position + 1 : position + 1 + ALTERNATIVE_WORDS])
        if "under" not in said or not _LICENSING_VERBS & said:
            continue
        if {"following", "below"} & said:
            continue  # "under the terms of the following license": the names near are others
        before = [m for m in out if line - ALTERNATIVE_REACH <= m.end_line < line]
        after = [m for m in out if line <= m.start_line <= line + ALTERNATIVE_REACH]
        if len(before) != 1 or not after or before[0].expression != before[0].id:
            continue
        offered = list(dict.fromkeys(m.expression for m in after))
        if len(offered) != 1 or " AND " in offered[0] or "WITH" in offered[0]:
            continue
        if before[0].id in offered[0].split(" OR "):
            continue
        choice = f"{before[0].id} OR {offered[0]}"
        joined = {id(m) for m in (*before, *after)}
        out = [m.model_copy(update={"expression": choice}) if id(m) in joined else m for m in out]
    return out


# A license field's line: "License: ...", '__license__ = "..."', 'license="...",'.
_FIELD_LINE = re.compile(r"""^\W*_{0,2}licen[cs]e_{0,2}\s*[:=]""", re.IGNORECASE)


def _field_or(query: Query, position: int) -> bool:
    """Whether the word at ``position`` is an "or" on a license field's line: the names such a
    field joins by "or" are a choice ('license="Apache License 2.0 or MIT"')."""
    return query.words[position] == "or" and bool(
        _FIELD_LINE.match(query.raw_line(query.lines[position]))
    )


def _sentence(
    words: Sequence[str],
    lines: Sequence[int],
    explained: bytearray,
    position: int,
    *,
    tagged: set[int],
    addresses: _Addresses,
) -> tuple[int, int]:
    """The run of explained words and words of a licensing sentence around ``position``, on
    no line of ``tagged``; the words of a web address on their line belong to it ("the GPL
    (http://...) and MIT (http://...) licenses")."""

    def part(at: int) -> bool:
        return _part(words, explained, at) or words[at] in addresses.words(lines[at])

    start = position
    while (
        start > 0
        and position - start < REACH
        and lines[start - 1] not in tagged
        and part(start - 1)
    ):
        start -= 1
    end = position + 1
    while end < len(words) and end - position < REACH and lines[end] not in tagged and part(end):
        end += 1
    return start, end


class _Addresses:
    """The words of the web addresses on each line of a text, found when first asked for."""

    def __init__(self, query: Query) -> None:
        self.query = query
        self.found: dict[int, frozenset[str]] = {}

    def words(self, line: int) -> frozenset[str]:
        said = self.found.get(line)
        if said is None:
            raw = self.query.raw_line(line)
            links = WEB_ADDRESS.findall(raw) if "://" in raw or "www." in raw else []
            said = frozenset(w for link in links for w in tokenise(link).words)
            self.found[line] = said
        return said


def _part(words: Sequence[str], explained: bytearray, position: int) -> bool:
    # (a version the match left out of its words: "the Apache License, Version" + "2.0")
    return bool(explained[position]) or words[position] in _FILLER or words[position].isdigit()
