"""A rider that takes rights away (the Commons Clause, which ScanCode files as an exception) is a
license of the text, not a clue: beside an open license's text or name it makes the text
restricted."""

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
    assert COMMONS_CLAUSE in {m.id for m in found.matches}
    assert found.verdict.level == "restricted"
    assert found.unexplained == ()


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
    assert COMMONS_CLAUSE in {m.id for m in found.matches}
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
