"""A rider that takes rights away (the Commons Clause, which ScanCode files as an exception) is no
clue: it is put on the license it comes with, as SPDX's WITH puts an exception, and makes the
text restricted; alone, it is the text's license."""

from __future__ import annotations

import pytest

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses

COMMONS_CLAUSE = "LicenseRef-scancode-commons-clause"


def _text(key: str) -> str:
    return scancode_licenses()[key].text


@pytest.mark.parametrize(
    ("first", "second"), [("commons-clause", "apache-2.0"), ("mit", "commons-clause")]
)
def test_the_commons_clause_text_beside_a_license_text_restricts_it(
    first: str, second: str
) -> None:
    found = classify_text(_text(first) + "\n\n" + _text(second))
    license_id = "Apache-2.0" if "apache-2.0" in (first, second) else "MIT"
    assert found.expression == f"{license_id} WITH {COMMONS_CLAUSE}"
    assert {m.id for m in found.matches} == {license_id}
    assert found.verdict.level == "restricted"
    assert any("may not be sold" in r.message for r in found.verdict.reasons)
    assert found.unexplained == ()


def test_the_commons_clause_alone_is_the_texts_license() -> None:
    found = classify_text(_text("commons-clause"))
    assert found.expression == COMMONS_CLAUSE
    assert found.verdict.level == "restricted"


@pytest.mark.parametrize(
    "notice",
    [
        "Licensed under the Apache License 2.0 with Commons Clause.",
        "This project is licensed under Apache 2.0 with the Commons Clause License Condition v1.0.",
        "This software is MIT licensed plus Commons Clause.",
    ],
)
def test_the_commons_clause_named_after_a_license_restricts_it(notice: str) -> None:
    found = classify_text(notice)
    assert found.expression is not None and found.expression.endswith(f" WITH {COMMONS_CLAUSE}")
    assert found.verdict.level == "restricted"
    assert not any(clue.endswith(COMMONS_CLAUSE) for clue in found.clues)


def test_an_exception_that_adds_permissions_is_no_rider() -> None:
    found = classify_text(_text("mit") + "\n\n" + _text("classpath-exception-2.0"))
    assert found.verdict.level == "open"
    assert {m.id for m in found.matches} == {"MIT"}


def test_other_words_after_with_are_no_rider() -> None:
    found = classify_text("Licensed under the Apache License 2.0 with the following notice.")
    assert found.expression == "Apache-2.0"
    assert found.verdict.level == "open"
