"""Limits stated in a short license declaration that names no license.

Package metadata and model cards often hold terms instead of a license name: "Free for
non-commercial use", "Research use only", "Do not distribute". The lenient reader
(``normalize``) finds no expression in them; this module reads them with the clause reader, so
that a declaration which limits use is judged restricted (or closed) with its reasons instead of
unknown. (A name beside words that change it, "MIT with restrictions", is the lenient reader's
to doubt: see ``licenseclass.expressions.lenient.doubtful``.)
"""

from __future__ import annotations

import re

from pydantic import TypeAdapter

from licenseclass.clauses.analysis import analyze_text
from licenseclass.clauses.rules import SILENT_ON_CHANGE
from licenseclass.core.model import (
    Frozen,
    Level,
    PolicyName,
    Restriction,
    RestrictionKind,
    Right,
    Verdict,
)
from licenseclass.core.verdict import limiting_restrictions, verdict
from licenseclass.errors import LicenseclassError
from licenseclass.expressions.lenient import Normalized

# A declaration is a name or a sentence or two; longer text is a license text and is
# identified as one (classify_text), not read here.
MAX_DECLARATION_CHARS = 500

__all__ = ["MAX_DECLARATION_CHARS", "StatedLimits", "declared_limits", "stated_limits"]


class StatedLimits(Frozen):
    """What a declaration says about use: the limits it states and the verdict they come to
    (the clause reader's, with each limit's words as evidence)."""

    kinds: tuple[RestrictionKind, ...]
    verdict: Verdict

    @property
    def level(self) -> Level:
        return self.verdict.level

    @property
    def summary(self) -> str:
        """The limits in a few words, for a note: "states limits: non-commercial"."""
        return "states limits: " + ", ".join(self.kinds)


def stated_limits(text: str, policy: PolicyName = "article") -> StatedLimits | None:
    """The limits ``text`` states, or None when it states none (or is too long to be a
    declaration). Only limiting restriction kinds count: a notice requirement is no limit."""
    if not text.strip() or len(text) > MAX_DECLARATION_CHARS:
        return None
    try:
        analysis = analyze_text(text, policy=policy)
    except LicenseclassError:
        return None
    lic = analysis.license
    # a limit read from silence ("may be freely redistributed" never speaks of changes) is
    # what a whole license leaves out; a declaration is a summary and says nothing by omission
    silent = {
        f"restrictions[{i}]" for i, r in limiting_restrictions(lic) if r.note == SILENT_ON_CHANGE
    }
    found = [r for i, r in limiting_restrictions(lic) if f"restrictions[{i}]" not in silent]
    judged = analysis.verdict
    phrased = None if found else _phrased_limit(text)
    if phrased is not None:
        # "Lite version for non commercial use", "Free For Home Use", "Academic use only": as a
        # declaration's whole terms, the purpose it names is the limit, though no sentence
        # grants anything
        kind, words, purpose = phrased
        fields: dict[str, object] = {
            "kind": kind,
            "evidence": [{"start_line": 1, "end_line": 1, "text": words}],
        }
        if kind == "field-of-use":
            fields["uses"] = [f"use other than {purpose} use"]
        limit = _RESTRICTION.validate_python(fields)
        use = lic.rights.use
        update: dict[str, object] = {
            "use": use.model_copy(update={"restrictions": (*use.restrictions, limit.kind)})
        }
        if kind == "non-commercial":
            update["commercial_use"] = Right(status="denied")
        rights = lic.rights.model_copy(update=update)
        lic = lic.model_copy(update={"restrictions": (*lic.restrictions, limit), "rights": rights})
        found, judged = [limit], verdict(lic, policy)
    kinds = tuple(dict.fromkeys(r.kind for r in found))
    if not kinds or judged.level not in ("restricted", "closed"):
        return None
    reasons = tuple(r for r in judged.reasons if r.item not in silent)
    return StatedLimits(kinds=kinds, verdict=judged.model_copy(update={"reasons": reasons}))


def declared_limits(reading: Normalized, policy: PolicyName = "article") -> StatedLimits | None:
    """The limits a license declaration states, when they decide its verdict: it names no
    license, and its limits grant some use even where its words reserve rights ("... for
    non-commercial use; contact us for commercial licensing" is restricted, not closed)."""
    if reading.expression is not None:
        return None
    limits = stated_limits(reading.text, policy)
    if limits is None or (reading.for_verdict is not None and limits.level == "closed"):
        return None
    return limits


_RESTRICTION: TypeAdapter[Restriction] = TypeAdapter(Restriction)
# "non-commercial", "NonCommercial", "non commerical" (a common misspelling)
_NON_COMMERCIAL = r"non[\s_-]*comm?er(?:ci|ic|c)i?al(?:ly)?"
# The purposes a declaration may keep use to, by the restriction kind they come to.
_PURPOSES: tuple[tuple[RestrictionKind, str], ...] = (
    ("non-commercial", rf"{_NON_COMMERCIAL}|personal|home|private|hobby(?:ist)?|non[\s-]*profit"),
    ("research-only", r"academic|educational|education|research|teaching|scientific"),
    ("evaluation-only", r"evaluation|trial|demo(?:nstration)?"),
    ("field-of-use", r"internal"),
)
_PURPOSE = "|".join(words for _, words in _PURPOSES)
_USE = r"(?:use|uses|usage|purposes?|projects?|applications?)"
_PHRASES = re.compile(
    # "free for home use", "for personal and educational use", "available for non-commercial"
    rf"\bfor\s+(?:\*?(?:{_PURPOSE})\*?(?:\s*(?:,|and|or|&|/)\s*)?)+\s+{_USE}\b|"
    # "academic use only", "internal use only", "strictly limited to personal use"
    rf"\b(?:{_PURPOSE})\s+{_USE}\s+only\b|\blimited\s+to\s+(?:{_PURPOSE})\s+{_USE}\b|"
    # a non-commercial mention alone: "Non Commercial", "NonCommercial Edition"
    rf"\b{_NON_COMMERCIAL}\b",
    re.IGNORECASE,
)
# Commercial use allowed too ("free for commercial and non-commercial use", "for personal and
# commercial use"): a purpose beside it keeps nothing out.
_ALSO_COMMERCIAL = re.compile(
    r"(?<!non-)(?<!non )(?<!non)(?<!not\sfor\s)(?<!no\s)\bcommercial(?:ly)?\b(?!\s+(?:use\s+)?"
    r"(?:is\s+)?(?:not|prohibited|forbidden|requires?|needs?))|"
    r"\b(?:including|even|also|both)\s+(?:for\s+)?commercial|\bany\s+(?:use|purpose)\b",
    re.IGNORECASE,
)


def _phrased_limit(text: str) -> tuple[RestrictionKind, str, str] | None:
    """The kind, words and purpose of a purpose a short declaration keeps use to, or None."""
    if _ALSO_COMMERCIAL.search(text):
        return None
    phrase = _PHRASES.search(text)
    if phrase is None:
        return None
    words = phrase.group(0).strip()
    # several purposes named ("personal and educational"): the first of the table's order
    for kind, purpose in _PURPOSES:
        named = re.search(rf"\b(?:{purpose})\b", words, re.IGNORECASE)
        if named is not None:
            return kind, words, named.group(0).lower()
    return None
