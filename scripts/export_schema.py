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

# (module, class) of every exported model; optional ones are skipped until their module exists.
MODELS: tuple[tuple[str, str], ...] = (
    ("licenseclass.core.model", "License"),
    ("licenseclass.core.model", "Verdict"),
    ("licenseclass.releases.catalog", "Release"),
    ("licenseclass.textid.classify", "TextClassification"),
    ("licenseclass.expressions.verdicts", "ExpressionClassification"),
)


def schemas() -> dict[str, str]:
    """File name -> schema text for every model that can be imported."""
    out: dict[str, str] = {}
    for module_name, class_name in MODELS:
        try:
            cls = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError):
            continue
        if isinstance(cls, type) and issubclass(cls, BaseModel):
            schema = cls.model_json_schema()
            out[f"{class_name}.schema.json"] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="export the JSON Schema of the public models")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    stale = []
    for name, text in schemas().items():
        path = OUT / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
            if not args.check:
                OUT.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    if args.check and stale:
        print("out of date: " + ", ".join(stale) + " (run scripts/export_schema.py)")
        return 1
    print(("checked " if args.check else "exported ") + f"{len(schemas())} schemas")
    return 0


if __name__ == "__main__":
    sys.exit(main())
