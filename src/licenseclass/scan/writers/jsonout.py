"""The ``json`` format: the report model as it is, with its schema version (docs/schema)."""

from __future__ import annotations

import json

from licenseclass.scan.results import ScanReport


def write(report: ScanReport, *, color: bool = False) -> str:
    del color
    return json.dumps(report.model_dump(mode="json"), indent=2) + "\n"
