"""Open licenses a text puts its work under by name, for texts that state no terms of their own.

A Debian copyright file's "License: GPL-3+" field, or a README's "ydpdict is distributed under
GPL version 2", grants nothing in its own words: the named license does. Where a text grants
nothing itself, such a naming is read as the named license's grant, provided every license the
name can stand for is open ("GPL" with no version is open whichever version is meant). A name
that stands for a license that is not open gives nothing here: its limits are the license's,
and are not this text's words.
"""

from __future__ import annotations

import functools
import re

from licenseclass.clauses.hits import Grant
from licenseclass.clauses.sentences import Sentence
from licenseclass.core.model import Evidence
from licenseclass.errors import LicenseclassError
from licenseclass.expressions.lenient import guessed_typo, normalize
from licenseclass.expressions.verdicts import classify_expression

# "X is distributed under", "Licensed under the", "are released under the terms of": the work
# placed under a license. The verb's subject is the text's own work; past tenses ("were
# released under") tell history, not the terms now.
_PLACED = re.compile(
    r"(?:^|\b(?:is|are)\s+(?:now\s+|also\s+|being\s+|currently\s+)?)"
    r"(?:licen[cs]ed|distributed|released|available|provided|published|made\s+available)"
    r"\s+(?:to\s+you\s+)?under\s+(?:the\s+(?:terms|conditions)\s+(?:and\s+conditions\s+)?of\s+)?"
)
# A "License: NAME" line (a Debian copyright field, a README's heading line).
_FIELD = re.compile(r"^(?:[a-z][\w-]*-)?licen[cs]e\s*:\s*(?=\S)")
# Words that make the naming partial, past, conditional or denied: the work as a whole is then
# not shown to be under the named license.
_NOT_WHOLE = re.compile(
    r"\b(?:not|no|never|portions?|parts?|some|except|exception|unless|prior|previous(?:ly)?|"
    r"originally|were|was|formerly|if|only|derived|based|compatible|other\s+than|instead)\b"
)
# Words that narrow the naming in its own clause ("... under the MIT license only if you pay").
_CONDITIONAL_AFTER = re.compile(
    r"\b(?:only|unless|except|if|provided|when|but|for\s+(?:non|personal|private|academic|"
    r"research|evaluation|internal|educational))\b"
)
# Where a name ends: a bracket, a clause mark or a full stop that ends the sentence.
_NAME_END = re.compile(r"[(\[<;:]|,\s*(?:see|which|as|and|or\s+at|available)\b|\.(?:\s|$)|\s-\s")
_LONGEST_NAME = 12


# A grant whose terms are a named license's: "Red Hat grants to the user a license to this
# work pursuant to the GNU General Public License v.2".
_GRANT_UNDER = re.compile(
    r"\b(?:grants?|granted|licen[cs]es|licen[cs]ed)\b(?P<what>[^.;]{0,200}?)\b(?:pursuant\s+to|"
    r"in\s+accordance\s+with|under\s+the\s+terms\s+of)\s+(?:the\s+)?"
)


def named_grants(sentences: list[Sentence], *, granting: bool = False) -> list[tuple[Grant, str]]:
    """Grants of use, change and sharing read from the sentences that put the work under an
    open license by name (see the module's note), each with its sentence. With ``granting``
    only grants whose own terms are a named open license are read (the text grants in its
    own words too)."""
    grants: list[tuple[Grant, str]] = []
    for s in sentences:
        said = _granted_under(s.norm) if granting else _named(s.norm) or _granted_under(s.norm)
        if said is None:
            continue
        start, end, expression = said
        evidence = Evidence(
            start_line=s.start_line,
            end_line=s.end_line,
            text=s.words(start, end)[:300],
            confidence=0.8,
        )
        grant = Grant(
            rights=("use", "reproduce", "modify", "distribute"),
            qualifiers=(f"named license {expression}",),
            evidence=evidence,
        )
        grants.append((grant, s.full))
    return grants


def _granted_under(norm: str) -> tuple[int, int, str] | None:
    """A grant "pursuant to" an open license: the span of its name, and what it names."""
    placed = _GRANT_UNDER.search(norm)
    if placed is None or _NOT_WHOLE.search(placed.group("what")):
        return None
    return _name_after(norm, placed.end())


def _named(norm: str) -> tuple[int, int, str] | None:
    """The span of the open license's name in a sentence that places the work under it, and the
    expression (or family) it names."""
    field = _FIELD.match(norm)
    placed = field or _PLACED.search(norm)
    if placed is None:
        return None
    before = norm[: placed.start()]
    if field is None and (_NOT_WHOLE.search(before) or len(before.split()) > 8):
        return None
    if field is not None and len(norm[placed.end() :].split()) > _LONGEST_NAME:
        return None
    return _name_after(norm, placed.end())


def _name_after(norm: str, at: int) -> tuple[int, int, str] | None:
    """The open license named from offset ``at`` on, unless its own clause narrows it."""
    rest = norm[at:]
    cut = _NAME_END.search(rest)
    words = (rest[: cut.start()] if cut else rest).split()[:_LONGEST_NAME]
    if _narrowed(rest.split(";", 1)[0]):
        return None
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        expression = _open_name(name)
        if expression:
            return at, at + len(name), expression
    return None


def _narrowed(clause: str) -> bool:
    """Whether the clause after the placing verb narrows it ("only if you pay"); "version 2
    only" names a version, and narrows nothing."""
    for m in _CONDITIONAL_AFTER.finditer(clause):
        if m.group(0) == "only" and re.search(r"\d\S*\s*$", clause[: m.start()]):
            continue
        return True
    return False


@functools.lru_cache(maxsize=4096)
def _open_name(name: str) -> str | None:
    """The expression a license name stands for when it is open whichever license it means."""
    if len(name) < 2 or not re.search(r"[a-z]", name):
        return None
    try:
        found = normalize(name)
    except LicenseclassError:
        return None
    if guessed_typo(found):
        return None  # "ad-hoc" is no misspelt "DOC"
    meant = [found.expression] if found.expression else list(found.candidates)
    if not meant:
        return None
    try:
        if all(classify_expression(e).verdict.level == "open" for e in meant):
            return found.expression or "any of " + ", ".join(meant)
    except LicenseclassError:
        return None
    return None
