"""What validation reports about an expression: its problems and its deprecated ids.

These are pydantic models with a published JSON Schema. They live apart from the parser and
the tree so that parsing, which is on every hot path, never imports pydantic: the parser
imports this module only when it has something to report.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from licenseclass.core.model import Frozen


class Problem(Frozen):
    """One thing wrong with an expression; ``severity`` says whether strict parsing fails on it.

    ``position`` is the 0-based offset of the offending text in the expression, ``length`` its
    length; ``suggestions`` are near misses for an unknown id.
    """

    severity: Literal["error", "warning"]
    message: str
    position: int = Field(ge=0)
    length: int = Field(default=1, ge=1)
    suggestions: tuple[str, ...] = ()


class DeprecatedId(Frozen):
    """A deprecated id found in an expression and its successor (None when there is none)."""

    id: str
    successor: str | None
