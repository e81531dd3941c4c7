"""A license name as the value of a label ("Free software: BSD license", the line a common
project template writes), and a BSD clause count written after the word "clause"."""

from __future__ import annotations

import pytest

from licenseclass import classify_text, normalize


def named_ids(text: str) -> list[str]:
    found = classify_text(text, read_clauses=False).matches
    return sorted({m.id for m in found if m.method == "name"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("* Hobby project: BSD license\n", ["BSD-3-Clause"]),
        ("Frobnicator - a tool for vole counting\nDistribution: ISC license\n", ["ISC"]),
    ],
)
def test_a_name_after_a_label_colon(text: str, expected: list[str]) -> None:
    assert named_ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # not a name ("nonexclusive" is no license), and a GNU name without a version is talk
        "Warning: nonexclusive license\n",
        "Note: GPL license terms apply to some files\n",
    ],
)
def test_a_label_value_that_names_no_license(text: str) -> None:
    assert named_ids(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("BSD Clause 3", "BSD-3-Clause"), ("BSD clause-2 license", "BSD-2-Clause")],
)
def test_clause_count_after_the_word_clause(text: str, expected: str) -> None:
    assert normalize(text).expression == expected
