"""The JSON Schema files in docs/schema/ are what the models export today."""

from __future__ import annotations

import importlib.util
import inspect
import json
import typing
from pathlib import Path
from types import ModuleType

import pytest
from pydantic import BaseModel

import licenseclass

ROOT = Path(__file__).resolve().parents[2]


def load_exporter() -> ModuleType:
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
    kinds: set[str] = set()
    for definition in schema["$defs"].values():
        kind = definition.get("properties", {}).get("kind", {})
        kinds.update(kind.get("enum", []) or ([kind["const"]] if "const" in kind else []))
    assert {"user-threshold", "acceptable-use-policy", "non-commercial", "delayed-open"} <= kinds


def test_schema_folder_holds_only_exported_schemas() -> None:
    exported = set(load_exporter().schemas())
    on_disk = {p.name for p in (ROOT / "docs" / "schema").glob("*.schema.json")}
    assert on_disk == exported


def test_exporter_refuses_a_listed_type_that_is_not_a_model() -> None:
    exporter = load_exporter()
    with pytest.raises(TypeError, match="not a pydantic model"):
        exporter.schemas((("licenseclass.expressions.tree", "LicenseId"),))


def _models_in(annotation: object) -> set[type[BaseModel]]:
    """The pydantic classes named anywhere in a type annotation."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {annotation}
    return {m for arg in typing.get_args(annotation) for m in _models_in(arg)}


def test_every_model_a_public_function_returns_has_a_schema() -> None:
    from licenseclass.expressions import problems

    exported = {name for _, name in load_exporter().MODELS}
    returned: set[str] = set()
    for name in licenseclass.__all__:
        obj = getattr(licenseclass, name)
        if inspect.isfunction(obj):
            # the parser names its result models only for type checkers (it imports them late)
            hints = typing.get_type_hints(obj, localns=vars(problems))
            returned |= {m.__name__ for m in _models_in(hints.get("return"))}
    assert {"ExpressionClassification", "Normalized", "Analysis", "Problem"} <= returned
    assert returned <= exported


def test_expression_classification_round_trips_through_its_json() -> None:
    from licenseclass.expressions.verdicts import ExpressionClassification

    result = licenseclass.classify_expression(
        "MIT OR (Apache-2.0 AND GPL-2.0+ WITH Classpath-exception-2.0)"
    )
    again = ExpressionClassification.model_validate_json(result.model_dump_json())
    assert again == result
    assert again.tree == result.tree
    schema = json.loads(
        (ROOT / "docs" / "schema" / "ExpressionClassification.schema.json").read_text("utf-8")
    )
    assert {"TreeAnd", "TreeOr", "TreeWith", "TreeLicenseId", "Terms"} <= set(schema["$defs"])
