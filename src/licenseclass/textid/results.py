"""What identification reports: the matches found in a text and the classification."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from licenseclass.clauses.analysis import Analysis
from licenseclass.clauses.variants import Variant
from licenseclass.core.model import Verdict

MatchKind = Literal["text", "notice", "tag", "reference"]


Method = Literal["tag", "exact", "contained", "approximate", "name"]


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


class Region(BaseModel):
    """Lines of a text that no match explains (1-based, inclusive), and what was made of them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start_line: int = Field(ge=1)
    end_line: int = Field(ge=1)
    words: int = Field(ge=1, description="unexplained words in these lines")
    terms: bool = Field(
        default=False, description="whether the lines read as license terms (and were read)"
    )
    restrictions: tuple[str, ...] = Field(
        default=(), description="kinds of the limiting restrictions the lines add"
    )


class TextClassification(BaseModel):
    """What a text holds: the matches, their combined expression and its verdict.

    ``coverage`` is the share of the text's words that the matches explain (boilerplate such
    as copyright lines and titles aside); ``unexplained`` lists the regions no match explains.
    Regions that read as license terms are read clause by clause, and the limits they add are
    part of the verdict: a confident answer about part of a file is not an answer about it.
    """

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
    coverage: float = Field(
        default=1.0, ge=0.0, le=1.0, description="share of the words the matches explain"
    )
    unexplained: tuple[Region, ...] = Field(
        default=(), description="regions of at least three words that no match explains"
    )

    @property
    def ids(self) -> tuple[str, ...]:
        """The distinct license ids found, in order of appearance."""
        return tuple(dict.fromkeys(m.id for m in self.matches))
