"""The ``table`` format: aligned columns for people, coloured by level on a terminal.

Every value that came from input has its control characters escaped here, so the only escape
sequences in the output are the colours this module adds (``color=True``).
"""

from __future__ import annotations

import os
from typing import TextIO

from licenseclass.core.model import Level
from licenseclass.errors import escape_controls
from licenseclass.scan.results import PackageConclusion, ScanReport
from licenseclass.scan.writers._common import policy_lines, reason, summary_line

_COLOURS: dict[Level, str] = {
    "open": "\x1b[32m",  # green
    "restricted": "\x1b[33m",  # yellow
    "closed": "\x1b[31m",  # red
    "unknown": "\x1b[35m",  # magenta
}
_BOLD = "\x1b[1m"
_RESET = "\x1b[0m"

HEADERS = ("PACKAGE", "VERSION", "LEVEL", "DECLARED", "DETECTED", "AGREEMENT", "REASON")
# Widest a column may get before its values are cut (with "..."): long expressions and
# reasons would otherwise push every row past the width of a terminal.
_MAX_WIDTH = (40, 16, 10, 36, 36, 13, 60)


def coloured_level(level: Level, text: str) -> str:
    """``text`` (already escaped and padded) in the colour of ``level``."""
    return f"{_COLOURS[level]}{text}{_RESET}"


def use_colour(stream: TextIO) -> bool:
    """Colour for a terminal, unless ``$NO_COLOR`` is set (no-color.org) or ``TERM=dumb``."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def _cells(package: PackageConclusion) -> list[str]:
    name = package.name + (f" (in {package.vendored_in})" if package.vendored_in else "")
    values = (
        name,
        package.version or "",
        package.verdict.level,
        package.declared_expression or "-",
        package.detected_expression or "-",
        package.agreement,
        reason(package),
    )
    return [
        _cut(escape_controls(" ".join(v.split())), w)
        for v, w in zip(values, _MAX_WIDTH, strict=True)
    ]


def write(report: ScanReport, *, color: bool = False) -> str:
    rows = [_cells(p) for p in report.packages]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(HEADERS)]

    def line(cells: list[str] | tuple[str, ...], level: Level | None = None) -> str:
        padded = [c.ljust(w) for c, w in zip(cells, widths, strict=True)]
        if color and level is not None:
            padded[2] = f"{_COLOURS[level]}{padded[2]}{_RESET}"
        return "  ".join(padded).rstrip()

    header = line(HEADERS)
    out = [f"{_BOLD}{header}{_RESET}" if color else header]
    out += [line(r, p.verdict.level) for r, p in zip(rows, report.packages, strict=True)]
    out.append("")
    out.append(summary_line(report))
    if report.skipped:
        count = len(report.skipped)
        out.append(
            f"{count} {'file' if count == 1 else 'files'} skipped (see --format json for why)"
        )
    errors = sum(len(p.errors) for p in report.packages)
    if errors:
        out.append(f"{errors} {'file' if errors == 1 else 'files'} not read (see --format json)")
    out += [escape_controls(text) for text in policy_lines(report)]
    if color and report.policy is not None:
        colour = _COLOURS["open" if report.policy.passed else "closed"]
        index = len(out) - len(policy_lines(report))
        out[index] = f"{colour}{out[index]}{_RESET}"
    return "\n".join(out) + "\n"
