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

# A declaration is a name or a sentence or two; longer text is a license text and is
# identified as one (classify_text), not read here.
MAX_DECLARATION_CHARS = 500

__all__ = ["MAX_DECLARATION_CHARS", "StatedLimits", "stated_limits"]


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
    phrase = None if found else _NON_COMMERCIAL.search(text)
    if phrase is not None and _ALSO_COMMERCIAL.search(text) is None:
        # "Lite version for non commercial use", "Non Commercial": as a declaration's whole
        # terms, a non-commercial phrase is the limit, though no sentence grants anything
        limit = _RESTRICTION.validate_python(
            {
                "kind": "non-commercial",
                "evidence": [{"start_line": 1, "end_line": 1, "text": phrase.group(0)}],
            }
        )
        use = lic.rights.use
        rights = lic.rights.model_copy(
            update={
                "use": use.model_copy(update={"restrictions": (*use.restrictions, limit.kind)}),
                "commercial_use": Right(status="denied"),
            }
        )
        lic = lic.model_copy(update={"restrictions": (*lic.restrictions, limit), "rights": rights})
        found, judged = [limit], verdict(lic, policy)
    kinds = tuple(dict.fromkeys(r.kind for r in found))
    if not kinds or judged.level not in ("restricted", "closed"):
        return None
    reasons = tuple(r for r in judged.reasons if r.item not in silent)
    return StatedLimits(kinds=kinds, verdict=judged.model_copy(update={"reasons": reasons}))


_RESTRICTION: TypeAdapter[Restriction] = TypeAdapter(Restriction)
# "non-commercial", "NonCommercial", "non commerical" (a common misspelling)
_NON_COMMERCIAL = re.compile(r"\bnon[\s_-]*comm?er(?:ci|ic|c)i?al(?:ly)?\b", re.IGNORECASE)
# ... unless commercial use is allowed too: "free for commercial and non-commercial use"
_ALSO_COMMERCIAL = re.compile(
    r"(?<!non-)(?<!non )(?<!non)\bcommercial\s+(?:and|or|&|/)\s+non"
    r"|\bnon[\s_-]*commercial\s+(?:and|or|&|/)\s+commercial"
    r"|\b(?:including|even|also|both)\s+(?:for\s+)?commercial",
    re.IGNORECASE,
)
