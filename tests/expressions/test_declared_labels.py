"""The labels of benchmarks/declared_licenses.jsonl hold together: every answer a label accepts
is an SPDX expression licenseclass parses, each string sits in the half its hash gives, and
no string is labelled twice."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from licenseclass import canonicalize

LABELS = Path(__file__).parents[2] / "benchmarks" / "declared_licenses.jsonl"
CASES = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line]


def test_every_string_once_with_a_known_kind_and_draw() -> None:
    inputs = [c["input"] for c in CASES]
    assert len(inputs) == len(set(inputs))
    assert {c["kind"] for c in CASES} <= {"valid", "spdx", "ambiguous", "none"}
    assert {c["draw"] for c in CASES} == {1, 2, 3}
    assert all(c["weight"] >= 1 and c["packages"] for c in CASES)


def test_each_string_is_in_the_half_its_hash_gives() -> None:
    for case in CASES:
        even = hashlib.sha256(case["input"].encode()).digest()[0] % 2 == 0
        assert case["part"] == ("tune" if even else "check"), case["input"]


@pytest.mark.parametrize(
    "case", [c for c in CASES if c["kind"] in ("valid", "spdx")], ids=lambda c: c["input"][:40]
)
def test_accepted_answers_are_expressions(case: dict[str, object]) -> None:
    answers = [case["canonical"]] if case["kind"] == "valid" else case["accept"]
    assert isinstance(answers, list) and answers
    for answer in answers:
        canonicalize(str(answer))  # raises on anything that is not an expression
