"""The ``markdown`` format: a summary, one table row per package, the policy and the findings."""

from __future__ import annotations

from licenseclass.errors import escape_controls
from licenseclass.scan.results import ScanReport
from licenseclass.scan.writers._common import lines_of, policy_lines, reason, summary_line


def cell(value: object) -> str:
    """A table cell: one line, pipes and Markdown markup characters escaped, no raw HTML."""
    text = escape_controls(" ".join(str(value).split()))
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text


def write(report: ScanReport, *, color: bool = False) -> str:
    del color
    out = ["# License scan", "", summary_line(report), ""]
    if report.targets:
        out += ["Scanned: " + ", ".join(cell(t) for t in report.targets), ""]
    out += [
        "| Package | Version | Level | Declared | Detected | Agreement | Reason |",
        "|---|---|---|---|---|---|---|",
    ]
    for p in report.packages:
        values = (
            p.name,
            p.version or "",
            p.verdict.level,
            p.declared_expression or "-",
            p.detected_expression or "-",
            p.agreement,
            reason(p),
        )
        out.append("| " + " | ".join(cell(v) for v in values) + " |")
    lines = policy_lines(report)
    if lines:
        out += ["", "## Policy", "", cell(lines[0].removeprefix("Policy: "))]
        out += [""] if report.policy and report.policy.failures else []
        out += [
            f"- {cell(f.package)}: `{f.rule}`: {cell(f.message)}"
            for f in (report.policy.failures if report.policy else ())
        ]
    with_findings = [p for p in report.packages if p.findings]
    if with_findings:
        out += ["", "## Findings"]
        for p in with_findings:
            out += ["", f"### {cell(p.name)}", "", "| File | Lines | Kind | Expression | Note |"]
            out.append("|---|---|---|---|---|")
            for f in p.findings:
                cells = (
                    f.path,
                    lines_of(f.start_line, f.end_line),
                    f.kind,
                    f.expression or "-",
                    f.note or "",
                )
                out.append("| " + " | ".join(cell(v) for v in cells) + " |")
    if report.skipped:
        out += ["", "## Skipped", ""]
        out += [f"- {cell(s.path)}: {cell(s.reason)}" for s in report.skipped]
    return "\n".join(out) + "\n"
