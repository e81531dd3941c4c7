"""A license text on one line after its holder's name, as PyPI's License field often has it
("Copyright (c) 2018 Jane Roe  Permission is hereby granted, ..."): the copyright statement
ends where the terms begin, not at the text's first full stop. The texts are licensedcode-data's,
their line breaks made spaces at run time."""

from __future__ import annotations

import pytest

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses


def _one_line(key: str) -> str:
    return " ".join(scancode_licenses()[key].text.split())


@pytest.mark.parametrize(
    ("key", "expression"),
    [
        ("mit", "MIT"),
        ("isc", "ISC"),
        ("bsd-simplified", "BSD-2-Clause"),
        ("bsd-new", "BSD-3-Clause"),
    ],
)
@pytest.mark.parametrize("gap", ["  ", " ", ", "])
def test_a_text_after_the_holder_on_one_line_is_found(key: str, expression: str, gap: str) -> None:
    found = classify_text(f"Copyright (c) 2018 Jane Roe{gap}{_one_line(key)}")
    assert found.expression == expression
    assert found.verdict.level == "open"


def test_a_sentence_after_the_holder_is_still_part_of_the_statement() -> None:
    # no terms begin after the name: the line is a copyright statement and nothing else
    found = classify_text("Copyright (c) 2018 Jane Roe and the Example Project contributors.")
    assert found.matches == ()
