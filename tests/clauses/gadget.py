"""Helpers shared by the clause tests written about a made-up "gadget"."""

from __future__ import annotations

from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.model import INFORMATIONAL_KINDS


def read(text: str) -> tuple[str, set[str]]:
    """The reading's level and the kinds of its limiting restrictions."""
    found = analyze_text(text)
    kinds = {str(r.kind) for r in found.license.restrictions if r.kind not in INFORMATIONAL_KINDS}
    return str(found.verdict.level), kinds


def terms(*paragraphs: str) -> str:
    """A small set of terms: a title, the paragraphs, and a disclaimer."""
    body = "\n\n".join(paragraphs)
    disclaimer = "THE GADGET IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND."
    return f"Gadget Terms\n\n{body}\n\n{disclaimer}\n"


def clause_limits(clause: str) -> set[str]:
    """The limiting kinds read from one clause set in a two-clause agreement."""
    return read(f"Harrowgate Terms\n\n1. {clause}\n\n2. These terms are governed by Welsh law.\n")[
        1
    ]
