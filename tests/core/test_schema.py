"""The JSON Schema files in docs/schema/ are what the models export today."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_exporter():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "export_schema", ROOT / "scripts" / "export_schema.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_exported_schemas_are_current() -> None:
    exporter = load_exporter()
    expected = exporter.schemas()
    assert "License.schema.json" in expected
    for name, text in expected.items():
        path = ROOT / "docs" / "schema" / name
        assert path.exists(), f"{name} missing: run python scripts/export_schema.py"
        assert path.read_text(encoding="utf-8") == text, (
            f"{name} stale: run python scripts/export_schema.py"
        )


def test_license_schema_lists_every_restriction_kind() -> None:
    schema = json.loads(
        (ROOT / "docs" / "schema" / "License.schema.json").read_text(encoding="utf-8")
    )
    kinds = set()
    for definition in schema["$defs"].values():
        kind = definition.get("properties", {}).get("kind", {})
        kinds.update(kind.get("enum", []) or ([kind["const"]] if "const" in kind else []))
    assert {"user-threshold", "acceptable-use-policy", "non-commercial", "delayed-open"} <= kinds
