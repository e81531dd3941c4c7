"""The ``csv`` format: one row per package, with a header row.

A cell that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return) is written with a leading ``'``: package metadata is input, and a
crafted name must not become a formula when the file is opened.
"""

from __future__ import annotations

import csv
import io

from licenseclass.scan.results import ScanReport
from licenseclass.scan.writers._common import purl

COLUMNS = (
    "name",
    "version",
    "path",
    "declared_expression",
    "detected_expression",
    "agreement",
    "level",
    "policy",
    "reasons",
    "vendored_in",
    "purl",
    "findings",
    "errors",
    "policy_failures",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def write(report: ScanReport, *, color: bool = False) -> str:
    del color
    failures: dict[str, list[str]] = {}
    for failure in report.policy.failures if report.policy else ():
        failures.setdefault(failure.package, []).append(failure.rule)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for p in report.packages:
        row = (
            p.name,
            p.version or "",
            p.path,
            p.declared_expression or "",
            p.detected_expression or "",
            p.agreement,
            p.verdict.level,
            p.verdict.policy,
            "; ".join(r.message for r in p.verdict.reasons),
            p.vendored_in or "",
            purl(p) or "",
            str(len(p.findings)),
            "; ".join(p.errors),
            "; ".join(failures.get(p.name, ())),
        )
        writer.writerow([_safe(v) for v in row])
    return buffer.getvalue()
