"""Writing a :class:`~licenseclass.scan.results.ScanReport` in the forms people use.

The format names are a public contract (benchmarks and CI jobs call them):
``table``, ``json``, ``markdown``, ``csv``, ``spdx-json``, ``cyclonedx-json`` and ``html``.
Every writer works from the report alone, and each module is imported only when its format
is asked for.
"""

from __future__ import annotations

import importlib
from typing import Literal, get_args

from licenseclass.scan.results import ScanReport

ReportFormat = Literal["table", "json", "markdown", "csv", "spdx-json", "cyclonedx-json", "html"]
FORMATS: tuple[str, ...] = get_args(ReportFormat)

# format -> the module under licenseclass.scan.writers that writes it
_MODULES: dict[str, str] = {
    "table": "table",
    "json": "jsonout",
    "markdown": "markdown",
    "csv": "csv",
    "spdx-json": "spdx",
    "cyclonedx-json": "cyclonedx",
    "html": "html",
}


def write_report(report: ScanReport, fmt: str, *, color: bool = False) -> str:
    """``report`` as text in format ``fmt`` (one of :data:`FORMATS`).

    ``color`` adds ANSI colours to the ``table`` format (for a terminal); other formats
    ignore it. Raises ``ValueError`` for an unknown format.
    """
    if fmt not in _MODULES:
        raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
    module = importlib.import_module(f"licenseclass.scan.writers.{_MODULES[fmt]}")
    text: str = module.write(report, color=color)
    return text


__all__ = ["FORMATS", "ReportFormat", "write_report"]
