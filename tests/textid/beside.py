"""Helpers shared by the tests that put a note beside a license text."""

from __future__ import annotations

from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.textid.results import TextClassification


def with_note(key: str, note: str, where: str = "end") -> tuple[str, int]:
    """The licensedcode-data text of ``key`` with ``note`` as its own paragraph before it
    (``where="start"``) or after it, and the line the note is on."""
    base = scancode_licenses()[key].text.strip("\n")
    if where == "start":
        return f"{note}\n\n{base}\n", 1
    return f"{base}\n\n{note}\n", base.count("\n") + 3


def kinds_at(found: TextClassification, line: int) -> set[str]:
    """The kinds of the limits the verdict reads from unexplained lines, with evidence at
    ``line``."""
    return {
        r.kind
        for r in found.verdict.reasons
        if r.item == "unexplained"
        and r.kind is not None
        and any(e.start_line == line for e in r.evidence)
    }


def license_text(key: str) -> str:
    """The licensedcode-data text of ``key``, without the blank lines around it."""
    return scancode_licenses()[key].text.strip()


def commented(key: str, mark: str) -> str:
    """The text of ``key`` with each line behind a comment mark (" *", "#", "//")."""
    return "\n".join(f"{mark} {line}".rstrip() for line in license_text(key).split("\n"))


def verdict_kinds(found: TextClassification) -> set[str]:
    """The kinds of the reasons of a verdict."""
    return {r.kind for r in found.verdict.reasons if r.kind}
