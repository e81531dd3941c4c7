"""What several writers share: level counts, a one-line reason, package URLs, the timestamp."""

from __future__ import annotations

import os
import re
from datetime import datetime, timezone
from urllib.parse import quote

from licenseclass.core.model import Level
from licenseclass.errors import InvalidExpressionError
from licenseclass.expressions.parser import parse
from licenseclass.expressions.tree import (
    And,
    ExceptionId,
    Expression,
    LicenseId,
    LicenseRef,
    Or,
    With,
)
from licenseclass.scan.results import PackageConclusion, ScanReport

# Most open first: the order of the summary and the chart.
LEVEL_ORDER: tuple[Level, ...] = ("open", "restricted", "closed", "unknown")

# Manifests that make a package a Python distribution (the purl type is pypi).
_PYTHON_MANIFESTS = ("METADATA", "PKG-INFO", "pyproject.toml", "setup.cfg")


def level_counts(report: ScanReport) -> dict[Level, int]:
    counts: dict[Level, int] = dict.fromkeys(LEVEL_ORDER, 0)
    for package in report.packages:
        counts[package.verdict.level] += 1
    return counts


def summary_line(report: ScanReport) -> str:
    counts = level_counts(report)
    total = len(report.packages)
    parts = ", ".join(f"{n} {level}" for level, n in counts.items() if n)
    noun = "package" if total == 1 else "packages"
    return f"{total} {noun}" + (f": {parts}" if parts else "")


def reason(package: PackageConclusion) -> str:
    """The first reason of the verdict, or what the agreement says when there is none."""
    if package.verdict.reasons:
        return package.verdict.reasons[0].message
    if package.agreement == "none":
        return "no license found"
    return ""


def policy_lines(report: ScanReport) -> list[str]:
    """The policy outcome as lines of text; none when no policy was applied."""
    if report.policy is None:
        return []
    if report.policy.passed:
        return ["Policy: passed"]
    lines = [f"Policy: FAILED ({len(report.policy.failures)} failures)"]
    lines += [f"  {f.package}: {f.rule}: {f.message}" for f in report.policy.failures]
    return lines


def purl(package: PackageConclusion) -> str | None:
    """The package URL (``pkg:pypi/name@version``) when the package is a Python distribution
    whose name and version are known; None otherwise (nothing is guessed)."""
    if not package.version:
        return None
    python = any(
        f.kind == "manifest" and f.path.replace("\\", "/").rsplit("/", 1)[-1] in _PYTHON_MANIFESTS
        for f in package.findings
    )
    if not python:
        return None
    # PEP 503 normalisation, which the purl spec asks for pypi names
    name = re.sub(r"[-_.]+", "-", package.name).lower()
    return f"pkg:pypi/{quote(name, safe='')}@{quote(package.version, safe='.-_~')}"


def timestamp() -> str:
    """Now in UTC (ISO 8601, seconds), or ``$SOURCE_DATE_EPOCH`` for reproducible output."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    when = (
        datetime.fromtimestamp(int(epoch), tz=timezone.utc)
        if epoch.isdigit()
        else datetime.now(tz=timezone.utc)
    )
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def lines_of(start: int | None, end: int | None) -> str:
    if start is None:
        return ""
    return str(start) if end is None or end == start else f"{start}-{end}"


def _ref_id(text: str) -> str:
    """A ``LicenseRef-`` id for ``text`` (SPDX ids are letters, digits, ``.`` and ``-``)."""
    return "LicenseRef-licenseclass-" + (re.sub(r"[^A-Za-z0-9.]+", "-", text).strip("-") or "x")


def sbom_expression(expression: str | None) -> tuple[str | None, dict[str, str]]:
    """``expression`` made valid for an SBOM, and the ``LicenseRef-`` ids it uses with what
    each stands for.

    Ids the SPDX list does not know (and ``WITH`` an unknown exception) become
    ``LicenseRef-licenseclass-...``; an expression that cannot be parsed gives None
    (NOASSERTION), never a guess.
    """
    if not expression:
        return None, {}
    try:
        tree = parse(expression, strict=False)
    except InvalidExpressionError:
        return None, {}
    refs: dict[str, str] = {}

    def ref(text: str) -> LicenseRef:
        rid = _ref_id(text)
        refs.setdefault(rid, text)
        return LicenseRef(rid)

    def simple(node: LicenseId | LicenseRef) -> LicenseId | LicenseRef:
        if isinstance(node, LicenseId):
            return node if node.known else ref(str(node))
        if node.document_ref is not None:  # a DocumentRef needs an external document entry
            return ref(str(node))
        refs.setdefault(node.id, str(node))
        return node

    def rebuilt(node: Expression) -> Expression:
        if isinstance(node, (And, Or)):
            return type(node)(tuple(rebuilt(a) for a in node.args))
        if isinstance(node, With):
            if isinstance(node.exception, ExceptionId) and node.exception.known:
                return With(simple(node.license), node.exception)
            return ref(str(node))
        return simple(node)

    return str(rebuilt(tree)), refs
