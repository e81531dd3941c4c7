"""A commercial license offered beside the license a text grants.

Dual licensing is said in a few words after a license's notice: "available under the GNU GPL
version 2 or under a commercial license", "or purchase a commercial license from Acme",
"Commercial licenses are also available". ScanCode files "commercial license" under a generic
key, which identification keeps as a clue; offered this way it is one of the licenses the work
comes under, a choice beside the license named before it (`GPL-2.0-only OR
LicenseRef-scancode-commercial-license`). The choice leaves the verdict to the more open
license, and the report says a commercial license is there to be had.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from licenseclass.textid.dedications import sentence_before
from licenseclass.textid.namestage import name_match
from licenseclass.textid.query import Query
from licenseclass.textid.results import TextMatch

COMMERCIAL = "LicenseRef-scancode-commercial-license"
# The reference of a commercial license read as offered beside the license before it.
COMMERCIAL_OFFERED = "license name: a commercial license offered beside the license before it"

# In the name's sentence, before it: a choice or a way to get it ("or", "dual licensed",
# "alternatively", "purchase", "obtain", "contact us for").
_OFFERED_BEFORE = re.compile(
    r"\b(?:or|dual(?:ly)?|alternatively|otherwise|purchas\w*|buy\w*|obtain\w*|request\w*|"
    r"acquir\w*|negotiat\w*|contact\w*)\b",
    re.IGNORECASE,
)
# After it: said to be available ("Commercial licenses are also available from Acme").
_AVAILABLE_AFTER = re.compile(
    r"^\W*(?:is|are)\s+(?:also\s+)?(?:available|offered|obtainable)\b", re.IGNORECASE
)
# A denial or a condition before it in its sentence ("not under a commercial license", "if you
# have a commercial license").
_NOT_OFFERED = re.compile(r"\b(?:not|no|never|without|if|unless|except)\b", re.IGNORECASE)
_NAME = re.compile(r"\bcommercial[\s_-]+licen[cs]e", re.IGNORECASE)
# The plural's "s" after the name ("Commercial licenses are available").
_PLURAL = re.compile(r"^s\b")
# How many lines after the license's match the offer may come; or further, from the paragraph
# right before the offer's own ("... you may use it under the GPL v2 ..." and, a paragraph
# later, "For any other uses, you must first obtain a commercial license"), within this many.
OFFER_REACH = 3
PARAGRAPH_REACH = 12


def _paragraph_before(query: Query, line: int) -> int:
    """The first line of the paragraph before line ``line``'s own (blank lines part them),
    at most :data:`PARAGRAPH_REACH` lines up; ``line`` itself where there is none."""
    floor = max(1, line - PARAGRAPH_REACH)
    n = line
    while n > floor and query.raw_line(n - 1).strip():
        n -= 1  # up to the offer's paragraph's first line
    while n > floor and not query.raw_line(n - 1).strip():
        n -= 1  # over the blank lines
    if n == line or query.raw_line(n).strip():
        return line
    start = n - 1
    while start > floor and query.raw_line(start - 1).strip():
        start -= 1
    return start if query.raw_line(start).strip() else line


def commercial_offers(
    query: Query, names: Sequence[tuple[str, str, int, int]]
) -> list[tuple[int, int, int, int]]:
    """The lines and word spans of the generic names ``names`` (see
    :func:`~licenseclass.textid.namestage.generic_names`) that offer a commercial license as a
    choice: the name in a sentence that says "or", "dual", "purchase" and the like before it,
    or "are available" after it, and no denial or condition. Each offer comes with the first
    line the license it is offered beside may be matched on (see :data:`PARAGRAPH_REACH`)."""
    offered: list[tuple[int, int, int, int]] = []
    for _, expression, start, end in names:
        if expression != COMMERCIAL:
            continue
        line = query.lines[start]
        text = f"{query.raw_line(line - 1)} {query.raw_line(line)}"
        for found in _NAME.finditer(text):
            before = sentence_before(text, found.start())
            after = _PLURAL.sub("", text[found.end() :])
            if _NOT_OFFERED.search(before):
                continue
            if _OFFERED_BEFORE.search(before) or _AVAILABLE_AFTER.search(after):
                offered.append((line, start, end, _paragraph_before(query, line)))
                break
    return offered


def offered_beside(
    matches: list[TextMatch], offers: Sequence[tuple[int, int, int, int]]
) -> tuple[list[TextMatch], list[tuple[int, int]]]:
    """The matches with a commercial license offered on each line of ``offers`` as a choice
    beside the one license matched last before it (on its line, at most :data:`OFFER_REACH`
    lines above, or in the paragraph before): that license's matches and the new one carry the
    choice. An offer with no such license, or after several, is left out. Also returns the
    word spans of the offers taken, which the new matches explain."""
    out = list(matches)
    if not offers:
        return out, []
    # the matches by the line they end on (a file may hold thousands of notices)
    ending: dict[int, list[int]] = {}
    for index, match in enumerate(out):
        if match.id != COMMERCIAL:
            ending.setdefault(match.end_line, []).append(index)
    taken: list[tuple[int, int]] = []
    for line, start, end, back in offers:
        top = min(line - OFFER_REACH, back)
        last = next((n for n in range(line, top - 1, -1) if n in ending), None)
        if last is None:
            continue
        held_by = ending[last]
        chosen = {out[i].expression for i in held_by}
        if len(chosen) != 1 or " OR " in (expression := chosen.pop()):
            continue
        held = f"({expression})" if " " in expression else expression
        choice = f"{held} OR {COMMERCIAL}"
        # the same license said again higher up in the reach ("... under the terms of the GNU
        # General Public License version 2 dated June 1991 ("GPL v2") ... the GPL v2") is the
        # one offered beside, too
        held_by = [
            i
            for n in range(top, last + 1)
            for i in ending.get(n, [])
            if out[i].expression == expression
        ]
        for i in held_by:
            out[i] = out[i].model_copy(update={"expression": choice})
        out.append(name_match(COMMERCIAL, line, line, COMMERCIAL_OFFERED, choice))
        taken.append((start, end))
    return out, taken
