"""Variants of known licenses: base, similarity, named clause changes, verdict from the text given.

Reference texts come from the installed licensedcode-data package (read at run time) or from a
user folder written by the test itself. The "community license" below is an invented text in
the style of the Llama 3.1 terms (the package in use does not ship the Llama 3.1 text); every
sentence of it is written for this test.
"""

from __future__ import annotations

from importlib.metadata import distribution
from pathlib import Path

import pytest

from licenseclass.clauses.variants import (
    ReferenceText,
    clause_changes,
    compare,
    explain_variant,
    find_variant,
)
from licenseclass.core.registry import Registry
from licenseclass.errors import DataFileError, LicenseclassError

COMMUNITY = """\
ACME ORCA 3.1 COMMUNITY LICENSE

Orca 3.1 Release Date: March 3, 2025

"Materials" means the Orca 3.1 weights, code and documentation that Acme publishes.

1. Rights granted.

    a. Acme grants you a non-exclusive, worldwide, royalty-free license to use, copy,
distribute and modify the Materials and to create derivative works of them.

    b. If you distribute the Materials or a product built on them, you shall give every
recipient a copy of this Agreement and prominently display "Built with Orca" on a related
web page. Any model trained with the Materials or their outputs that you distribute must
include "Orca" at the beginning of its name.

    c. You must keep the following line in a Notice file in every copy you distribute:
"Orca 3.1 is licensed under the Orca 3.1 Community License."

    d. Your use of the Materials must follow the Orca Acceptable Use Policy (available at
https://orca.example.com/use-policy), which is hereby incorporated by reference into this
Agreement.

2. Large platforms. If the products or services you offer had more than 700 million monthly
active users in the calendar month before the release date, you must request a license from
Acme, which Acme may grant at its sole discretion.

3. No warranty. THE MATERIALS ARE PROVIDED "AS IS", WITHOUT WARRANTIES OF ANY KIND.

4. Liability. IN NO EVENT WILL ACME BE LIABLE FOR ANY INDIRECT OR CONSEQUENTIAL DAMAGES.

5. Term. Acme may terminate this Agreement if you breach any of its terms.

6. Law. This Agreement is governed by the laws of the State of Oregon.
"""

ADDED = (
    "    e. You will not use the Materials to operate autonomous weapons or to select targets"
    " for them.\n\n"
)


def _with_added_clause(text: str) -> str:
    marker = "2. Large platforms."
    return text.replace(marker, ADDED + marker)


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    (tmp_path / "LicenseRef-Acme-Orca-3.1.txt").write_text(COMMUNITY, encoding="utf-8")
    return tmp_path


def _package_text(key: str) -> str:
    root = Path(str(distribution("licensedcode-data").locate_file("licensedcode/data")))
    raw = (root / "licenses" / f"{key}.LICENSE").read_text(encoding="utf-8")
    return raw.split("\n---\n", 1)[1] if raw.startswith("---") else raw


def test_added_prohibited_use_is_named_against_a_user_reference(user_dir: Path) -> None:
    variant = find_variant(_with_added_clause(COMMUNITY), registry=Registry([user_dir]))
    assert variant is not None
    assert variant.base_id == "LicenseRef-Acme-Orca-3.1"
    assert variant.source.startswith("user: ")
    assert not variant.identical and 0.9 < variant.similarity < 1.0
    assert [c.change for c in variant.changes] == ["added"]
    added = variant.changes[0]
    assert "autonomous weapons" in added.text
    assert "field-of-use" in added.kinds
    assert added.start_line == COMMUNITY.count("\n", 0, COMMUNITY.index("2. Large")) + 1
    assert variant.added_kinds == ("field-of-use",)
    # The verdict is read from the text given: the base's terms and the new clause.
    kinds = {r.kind for r in variant.analysis.license.restrictions}
    assert {"field-of-use", "acceptable-use-policy", "user-threshold"} <= kinds
    assert variant.verdict.level == "restricted"


def test_verdict_follows_the_given_text_when_a_clause_is_removed(user_dir: Path) -> None:
    start = COMMUNITY.index("2. Large platforms.")
    end = COMMUNITY.index("3. No warranty.")
    text = COMMUNITY[:start] + COMMUNITY[end:]
    variant = find_variant(text, registry=Registry([user_dir]))
    assert variant is not None and variant.base_id == "LicenseRef-Acme-Orca-3.1"
    assert [c.change for c in variant.changes] == ["removed"]
    assert variant.removed_kinds == ("user-threshold",)
    kinds = {r.kind for r in variant.analysis.license.restrictions}
    assert "user-threshold" not in kinds


def test_identical_text_is_reported_as_identical(user_dir: Path) -> None:
    variant = find_variant(COMMUNITY, registry=Registry([user_dir]), include_package=False)
    assert variant is not None
    assert variant.identical and variant.similarity == 1.0 and variant.changes == ()


def test_llama_2_from_the_package_with_an_added_clause() -> None:
    base = _package_text("llama-2-license-2023")
    anchor = "2. Additional Commercial Terms."
    assert anchor in base
    text = base.replace(
        anchor, "vi. You will not use the Llama Materials for mass surveillance.\n\n" + anchor
    )
    variant = find_variant(text)
    assert variant is not None
    assert variant.base_name.startswith("Llama 2")
    assert "llama-2-license-2023" in variant.source
    added = [c for c in variant.changes if c.change == "added"]
    assert len(added) == 1 and "mass surveillance" in added[0].text
    assert "field-of-use" in added[0].kinds
    assert variant.verdict.level == "restricted"


def test_a_permissive_base_with_an_added_limit_is_not_open() -> None:
    base = _package_text("mit")
    text = base.rstrip() + "\n\nThe Software may be used for non-commercial purposes only.\n"
    variant = find_variant(text)
    assert variant is not None
    assert "mit" in variant.source
    assert variant.added_kinds == ("non-commercial",)
    assert variant.verdict.level == "restricted"


def test_changed_paragraph_reports_its_new_sentence() -> None:
    reference = "Intro.\n\nYou may use the code. You must keep this notice.\n\nEnd of terms.\n"
    text = (
        "Intro.\n\nYou may use the code. You must keep this notice. You may not sell it.\n\n"
        "End of terms.\n"
    )
    changes = clause_changes(text, reference)
    assert [c.change for c in changes] == ["changed"]
    assert changes[0].new_sentences == ("You may not sell it.",)
    assert (changes[0].start_line, changes[0].end_line) == (3, 3)


def test_compare_lists_typed_differences() -> None:
    terms = "You may use, copy, change and share it.\n"
    ref = ReferenceText("LicenseRef-Demo", "Demo", "test", terms)
    variant = compare("You may use, copy, change and share it.\n\nYou may not sell it.\n", ref)
    assert variant.added_kinds == ("no-selling",)
    lines = explain_variant(variant)
    assert lines[0].startswith("variant of LicenseRef-Demo")
    assert any(line.startswith("added L3 [no-selling]") for line in lines)


def test_unrelated_text_is_no_variant(user_dir: Path) -> None:
    text = "Shopping list: apples, pears, bread, milk and a new umbrella for the rainy season."
    assert find_variant(text, registry=Registry([user_dir])) is None


def test_bad_user_folder_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError) as info:
        find_variant(COMMUNITY, registry=Registry([tmp_path / "missing"]))
    assert isinstance(info.value, LicenseclassError)
    (tmp_path / "Bad.txt").write_bytes(b"\xff\xfe\x00 not utf-8")
    with pytest.raises(DataFileError, match=r"Bad\.txt"):
        find_variant(COMMUNITY, registry=Registry([tmp_path]))
