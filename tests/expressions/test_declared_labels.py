"""The labels of benchmarks/declared_licenses.jsonl hold together: every answer a label accepts
is an SPDX expression licenseclass parses, each string sits in the half the draw script gives
it, no string is labelled twice, and no string is a piece of a license text (the file keeps
declarations only)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from licenseclass import canonicalize

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
CASES = [
    json.loads(line)
    for line in (BENCHMARKS / "declared_licenses.jsonl").read_text(encoding="utf-8").splitlines()
    if line
]


def _draw_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "declared_strings", BENCHMARKS / "declared_strings.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["declared_strings"] = module
    spec.loader.exec_module(module)
    return module


DRAW = _draw_script()


def test_every_string_once_with_a_known_kind_and_draw() -> None:
    inputs = [c["input"] for c in CASES]
    assert len(inputs) == len(set(inputs))
    assert {c["kind"] for c in CASES} <= {"valid", "spdx", "ambiguous", "none"}
    assert {c["draw"] for c in CASES} == {1, 2, 3}
    assert all(c["weight"] >= 1 and c["packages"] for c in CASES)


def test_each_string_is_in_the_half_the_draw_script_gives() -> None:
    for case in CASES:
        assert case["part"] == DRAW.part_of(case["input"]), case["input"]


def test_the_file_keeps_declarations_not_license_texts() -> None:
    for case in CASES:
        assert len(case["input"]) <= DRAW.MAX_DECLARATION, case["input"][:60]
        assert not DRAW.QUOTES_A_TEXT.search(case["input"]), case["input"][:60]


@pytest.mark.parametrize(
    "case", [c for c in CASES if c["kind"] in ("valid", "spdx")], ids=lambda c: c["input"][:40]
)
def test_accepted_answers_are_expressions(case: dict[str, object]) -> None:
    answers = [case["canonical"]] if case["kind"] == "valid" else case["accept"]
    assert isinstance(answers, list) and answers
    for answer in answers:
        canonicalize(str(answer))  # raises on anything that is not an expression
