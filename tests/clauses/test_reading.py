"""classify_text reads the clauses when no catalogued license explains a text, or only a
modified copy of one does; the verdict then comes from the words given."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest

from licenseclass import classify_text, get_license

OWN_TERMS = """\
Acme Model Terms

1. Acme grants you a non-exclusive, worldwide, royalty-free license to use, copy, modify and
distribute the Acme weights.
2. You may use the weights for non-commercial purposes only. Any commercial use requires a
separate written agreement with Acme.
3. THE WEIGHTS ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
"""


def package_text(key: str) -> str:
    root = Path(
        str(importlib.metadata.distribution("licensedcode-data").locate_file("licensedcode/data"))
    )
    content = (root / "licenses" / f"{key}.LICENSE").read_text(encoding="utf-8")
    return content.split("---", 2)[2].lstrip("\n")


def test_uncatalogued_terms_are_read_clause_by_clause() -> None:
    found = classify_text(OWN_TERMS)
    assert found.matches == ()
    assert found.analysis is not None
    assert found.analysis.license.provenance.status == "inferred"
    assert found.verdict.level == "restricted"
    reasons = [r for r in found.verdict.reasons if r.kind == "non-commercial"]
    assert reasons and reasons[0].evidence[0].start_line == 5
    assert "reading the clauses" in (found.note or "")


def test_a_modified_llama_2_is_a_variant_judged_on_its_own_words() -> None:
    base = package_text("llama-2-license-2023")
    extra = (
        "\nIn addition, you will not use the Llama Materials to build or operate weapons "
        "of any kind.\n\n"
    )
    lines = base.splitlines(keepends=True)
    middle = len(lines) // 2
    modified = "".join(lines[:middle]) + extra + "".join(lines[middle:])
    found = classify_text(modified)
    assert found.variant is not None, found.matches
    # The base is named as identification names it; the catalogue knows it by its own id.
    assert (
        found.variant.base_id == found.matches[0].id == "LicenseRef-scancode-llama-2-license-2023"
    )
    assert get_license(found.variant.base_id).id == "LicenseRef-Llama-2"
    added = [c for c in found.variant.changes if c.change == "added"]
    assert any("weapons" in c.text for c in added)
    assert found.variant.added_kinds == ("field-of-use",)
    assert found.verdict.level == "restricted"
    assert any(r.kind == "field-of-use" for r in found.verdict.reasons)  # from the text itself
    assert "modified copy of LicenseRef-scancode-llama-2-license-2023" in (found.note or "")


def test_an_edit_that_changes_no_restriction_keeps_the_catalogued_verdict() -> None:
    text = package_text("apache-2.0").replace(
        "END OF TERMS AND CONDITIONS",
        "We downloaded this copy from the project website in March.\n\nEND OF TERMS AND CONDITIONS",
    )
    found = classify_text(text)
    assert found.expression == "Apache-2.0"
    assert found.variant is not None and found.variant.added_kinds == ()
    assert found.verdict.level == "open"
    assert "add or remove no restriction" in (found.note or "")


def test_an_exact_catalogued_text_is_not_reread() -> None:
    found = classify_text(package_text("mit"))
    assert found.analysis is None
    assert found.variant is None
    assert found.expression == "MIT"


def test_prose_without_terms_stays_unknown() -> None:
    found = classify_text("Release notes\n\nThis version fixes three bugs in the parser.\n")
    assert found.analysis is None
    assert found.verdict.level == "unknown"


@pytest.mark.parametrize("read", [True, False])
def test_reading_can_be_switched_off(read: bool) -> None:
    found = classify_text(OWN_TERMS, read_clauses=read)
    assert (found.analysis is not None) is read
