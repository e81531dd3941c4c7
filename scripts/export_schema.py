"""Export the JSON Schema of the public models to docs/schema/.

python scripts/export_schema.py          # write the files
python scripts/export_schema.py --check  # exit 1 when a file is missing or out of date
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

from pydantic import BaseModel

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "schema"

# (module, class) of every public result model. Each must import and be a pydantic model: a
# listed type that is not one is an error, never skipped.
MODELS: tuple[tuple[str, str], ...] = (
    ("licenseclass.core.model", "License"),
    ("licenseclass.core.model", "Verdict"),
    ("licenseclass.expressions.verdicts", "ExpressionClassification"),
    ("licenseclass.expressions.lenient", "Normalized"),
    ("licenseclass.expressions.problems", "Problem"),
    ("licenseclass.expressions.problems", "DeprecatedId"),
    ("licenseclass.clauses.analysis", "Analysis"),
    ("licenseclass.clauses.variants", "Variant"),
    ("licenseclass.textid.classify", "TextClassification"),
    ("licenseclass.releases.catalog", "Release"),
    ("licenseclass.releases.verdict", "ReleaseAssessment"),
    ("licenseclass.releases.summary", "PlainSummary"),
    ("licenseclass.scan.results", "ScanReport"),
    ("licenseclass.scan.policy", "Policy"),
    ("licenseclass.batch.records", "BatchRow"),
    ("licenseclass.batch.run", "BatchSummary"),
)


def model_class(module_name: str, class_name: str) -> type[BaseModel]:
    """The listed class; TypeError when it is not a pydantic model."""
    cls = getattr(importlib.import_module(module_name), class_name)
    if not (isinstance(cls, type) and issubclass(cls, BaseModel)):
        raise TypeError(f"{module_name}.{class_name} is listed but is not a pydantic model")
    return cls


def schemas(models: tuple[tuple[str, str], ...] = MODELS) -> dict[str, str]:
    """File name -> schema text for every listed model."""
    out: dict[str, str] = {}
    for module_name, class_name in models:
        schema = model_class(module_name, class_name).model_json_schema()
        out[f"{class_name}.schema.json"] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="export the JSON Schema of the public models")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    stale = []
    expected = schemas()
    for name, text in expected.items():
        path = OUT / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
            if not args.check:
                OUT.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    if args.check and stale:
        print("out of date: " + ", ".join(stale) + " (run scripts/export_schema.py)")
        return 1
    print(("checked " if args.check else "exported ") + f"{len(expected)} schemas")
    return 0


if __name__ == "__main__":
    sys.exit(main())
