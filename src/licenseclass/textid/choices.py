"""Dual licensing said in one sentence: the licenses it names are a choice, joined by OR.

"This library is dual-licensed under the GPL v2 and the MIT license" names two licenses, each
found on its own (a ScanCode rule for "the GPL v2", a name for "the MIT license"); joined as
found they would read "GPL-2.0-only AND MIT", which says the opposite of what the sentence
means. Where a line says "dual" (or "tri", "multi") and, from there on, nothing but the
licenses found and the words of such a sentence ("licensed under the ... and the ...
license"), every license found on the line joins one choice. A line that says more between
the names ("dual-licensed: the MIT license applies to code; CC-BY-4.0 to docs") is left as
found.
"""

from __future__ import annotations

from collections.abc import Sequence

from licenseclass.textid.namestage import DUAL_WORDS
from licenseclass.textid.query import Query
from licenseclass.textid.results import TextMatch

__all__ = ["dual_choices"]

# The words a dual licensing sentence may say between and around its names.
_FILLER = DUAL_WORDS | {"licensed", "licenced", "licensing", "under", "the", "and", "or", "a"}
_FILLER |= {"terms", "of", "license", "licenses", "licence", "licences", "both", "either"}
_FILLER |= {"is", "are", "released", "distributed", "available", "as", "well", "its"}
_FILLER |= {"respective", "their", "version", "versions"}


def dual_choices(
    query: Query, matches: Sequence[TextMatch], explained: bytearray
) -> list[TextMatch]:
    """The matches with those of each dual licensing line joined as one choice."""
    words, lines = query.words, query.lines
    out = list(matches)
    for position, word in enumerate(words):
        if word not in DUAL_WORDS:
            continue
        line = lines[position]
        if any(explained[p] for p in range(position - 1, -1, -1) if lines[p] == line):
            continue  # a license named before "dual" on the line is no part of its choice
        end = position + 1
        while end < len(words) and lines[end] == line:
            if not explained[end] and words[end] not in _FILLER:
                break
            end += 1
        if any(explained[p] for p in range(end, len(words)) if lines[p] == line):
            continue  # more is said between the names than a choice between them
        on_line = [m for m in out if m.start_line == m.end_line == line]
        ids = list(dict.fromkeys(m.id for m in on_line))
        if len(ids) < 2 or any(m.expression != m.id for m in on_line):
            continue
        choice = " OR ".join(ids)
        out = [m.model_copy(update={"expression": choice}) if m in on_line else m for m in out]
    return out
