"""Whether a public-domain rule's hit states the work's own status.

ScanCode files "public domain" under a generic key, which identification keeps as a clue. A
text that puts the work itself in the public domain ("This code is in the public domain.",
"Released into the public domain.") is identified by it instead: the public domain is what
the text grants, and the registry reads it as open. Talk about other works ("based on the
public domain MD5 code", "portions are in the public domain") and denials stay clues.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from licenseclass.core.registry import Registry
from licenseclass.textid.namestage import (
    PUBLIC_DOMAIN,
    PUBLIC_DOMAIN_BESIDE,
    PUBLIC_DOMAIN_OFFERED,
)
from licenseclass.textid.query import Hit, Query
from licenseclass.textid.results import TextMatch

# The words naming the status (with ScanCode's rules' misspelling).
_STATUS = re.compile(r"\bpublic[\s_-]+dom[ai]{2}n\b", re.IGNORECASE)
# Before the status in its sentence: a part of the work, another work the status belongs to,
# a denial, a condition or a leave to choose it ("Portions of this file are in the public
# domain", "derived from a public domain routine", "is not in the public domain", "if you want
# it in the public domain", "you may choose to place them in the Public Domain").
_NOT_THE_WORK = re.compile(
    r"\b(?:not|no\s+longer|never|n't|without|portions?|parts?|some|certain|most|few|several|"
    r"many|based|derived|adapted|taken|borrowed|inspired|ported|copied|original(?:ly)?|from|"
    r"uses?|using|used|includes?|including|included|contains?|containing|bundled|except|"
    r"unlike|other|whether|if|unless|rather|instead|may|might|can|could|should|would|"
    r"choose|chooses|wish|want)\b",
    re.IGNORECASE,
)
# Right before it: a quotation mark (the status named as one of several, '"Public domain" -
# the code in these files ...').
_QUOTED = re.compile(r"[\"'\u201c\u2018`]\s*$")
# Right after it: the public domain as the subject of a denial ("the public domain is not
# involved"), or the words as part of an instrument's name ("the Creative Commons Public Domain
# Dedication", "the public domain certification").
_NOT_A_STATUS_AFTER = re.compile(
    r"^\W*(?:(?:\w+\s+){0,2}(?:is|are|does|do|was)\s*(?:not|n't)\b|"
    r"(?:dedication|certification|mark|licen[cs]e|declaration|waiver)s?\b)",
    re.IGNORECASE,
)
# Right after it: the instrument that puts it there ("placed in the public domain under CC0",
# "released to public domain under terms of the BSD license", "gifted into the public domain"
# + "using a Creative Commons CC0 1.0 Public Domain Dedication"): that license is what it says.
_UNDER_TERMS = re.compile(
    r"^\s*\(\s*[A-Z][\w.-]*\s*\)|"  # "Licensed under Public Domain (CC0)"
    r"^\W*(?:(?!or\b|and\b)\w+\s+){0,4}?(?:under|pursuant\s+to|in\s+accordance\s+with|"
    r"according\s+to|via|using|by\s+way\s+of)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def sentence_before(text: str, at: int) -> str:
    """The words of ``text`` before ``at`` in the sentence that holds it."""
    return _SENTENCE_END.split(text[:at])[-1]


_OPENS_SENTENCE = re.compile(r"^[\W_]*[A-Z]")
# A rule that only mentions the status ("in the public domain.") states it where its sentence
# gives the work that status: "The author has placed this work in the public domain."
_STATUS_GIVEN = re.compile(
    r"\b(?:is|are|was|were|been|be|placed?|put|released?|dedicated?|donated?|licen[cs]ed|"
    r"distributed|available|status)\b",
    re.IGNORECASE,
)


# How many lines before a hit its sentence may start.
SENTENCE_LINES = 2


def states_public_domain(query: Query, hit: Hit) -> bool:
    """Whether ``hit`` (a rule of the public-domain key) says the work is in the public
    domain: some mention of the status in its lines with nothing before it in its sentence
    that makes it another work's, a part's, a denied or a conditional status."""
    mention = query.index.kinds[hit.ref] == "reference"
    first, last = query.lines[hit.start], query.lines[hit.end - 1]
    # (with the lines around: a sentence starts before, "you may ... or choose" + "to place
    # them in the Public Domain", and goes on after, "... into the public domain" + "using")
    text = ""
    for number in range(max(1, first - SENTENCE_LINES), last + 2):
        line = query.raw_line(number)
        # a line opening with a capital starts a sentence ("# Based on code by Bar" +
        # "# This module is in the public domain.")
        text += ". " if _OPENS_SENTENCE.match(line) else " "
        text += line
    for found in _STATUS.finditer(text):
        before = sentence_before(text, found.start())
        after = text[found.end() :]
        if _NOT_THE_WORK.search(before) or _QUOTED.search(before):
            continue
        if _NOT_A_STATUS_AFTER.search(after) or _UNDER_TERMS.search(after):
            continue
        if mention and not _STATUS_GIVEN.search(before):
            continue
        return True
    return False


# A license in this ScanCode category dedicates the work to the public domain itself (CC0,
# the Unlicense, Creative Commons' old dedication, NIST's notice).
DEDICATING_CATEGORY = "Public Domain"
# How many lines apart a status and its instrument may be (one statement, wrapped).
INSTRUMENT_REACH = 2
# The status offered as one of two: "placed in the Public Domain," + "or released under the
# WTFPL", "(or Public Domain, whichever is applicable)", or with a fallback license where it
# is not recognised ("In jurisdictions that do not recognize public domain ownership of these
# files, the following Creative Commons Zero declaration applies").
_OFFERED = re.compile(
    r"public[\s_-]+dom[ai]{2}n\W{0,3}\s*(?:or|otherwise|alternatively)\b|"
    r"\bor\s+(?:\w+\s+){0,2}public[\s_-]+dom[ai]{2}n\b|"
    r"\b(?:not|n't)\s+(?:\w+\s+){0,2}recogni[sz]e|\bwhere(?:ver)?\s+(?:\w+\s+){0,3}"
    r"(?:not\s+possible|problematic|invalid)",
    re.IGNORECASE,
)


def public_domain_settled(
    matches: list[TextMatch], lines: Sequence[str], registry: Registry
) -> list[TextMatch]:
    """The matches with each public-domain status read with the license next to it.

    A status stated with a dedicating license a line or two away ("Any copyright is dedicated
    to the Public Domain." above CC0's address) is that license's dedication: the status is
    dropped. A status offered as a choice with the license after it ("placed in the public
    domain, or released under the WTFPL") makes the two one choice.
    """
    out = list(matches)
    # (the name stage reads "or public domain" after a license itself)
    named = (PUBLIC_DOMAIN_OFFERED, PUBLIC_DOMAIN_BESIDE)
    # (a rule of several licenses says itself how they go together)
    statuses = [
        i for i, m in enumerate(out) if m.expression == PUBLIC_DOMAIN and m.reference not in named
    ]
    if not statuses:
        return out
    # the other matches by the lines they cover (a file may hold thousands of notices)
    covering: dict[int, list[int]] = {}
    for index, match in enumerate(out):
        if match.id != PUBLIC_DOMAIN:
            for number in range(match.start_line, match.end_line + 1):
                covering.setdefault(number, []).append(index)
    if not covering:
        return out
    dropped: set[int] = set()
    for at in statuses:
        status = out[at]
        reach = range(status.start_line - INSTRUMENT_REACH, status.end_line + INSTRUMENT_REACH + 1)
        near = sorted({i for number in reach for i in covering.get(number, ())})
        offered = {i for i in near if _OFFERED.search(_words_between(lines, status, out[i]))}
        if any(
            _category(registry, out[i].id) == DEDICATING_CATEGORY for i in near if i not in offered
        ):
            dropped.add(at)
            continue
        choice = [
            i
            for i in sorted(offered)
            if out[i].start_line >= status.start_line and out[i].expression == out[i].id
        ]
        if len(choice) == 1:
            expression = f"{status.id} OR {out[choice[0]].id}"
            for i in (at, choice[0]):
                out[i] = out[i].model_copy(update={"expression": expression})
    return [m for i, m in enumerate(out) if i not in dropped]


def _words_between(lines: Sequence[str], first: TextMatch, second: TextMatch) -> str:
    """The text of the lines from the end of the earlier match to the start of the later one
    (both lines included: the matches do not say where on a line they end)."""
    low = min(first.end_line, second.end_line)
    high = max(first.start_line, second.start_line)
    if high < low:
        return ""
    return " ".join(lines[low - 1 : high])


def _category(registry: Registry, license_id: str) -> str | None:
    found = registry.find(license_id)
    return found.category if found is not None else None
