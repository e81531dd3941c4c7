"""Reviewed entries that correct ScanCode's category: licenses ScanCode files as Permissive,
Public Domain, Copyleft or Copyleft Limited whose own text limits use, changes or sharing.

A derived entry takes its rights from the category, so such a license came out open until a
person read its text and wrote a reviewed entry. Each correction must rest on the text: the
entry names its source, says where each restriction is, and the text itself (read at run time
from the pinned licensedcode-data package) is not read as open by the clause reader.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from licenseclass import License, default_registry, verdict
from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.core.model import INFORMATIONAL_KINDS

OPEN_CATEGORIES = ("Permissive", "Public Domain", "Copyleft", "Copyleft Limited")


def reviewed_against_category(categories: tuple[str, ...], is_open: bool) -> list[License]:
    """Reviewed licenses (exceptions aside) of these ScanCode categories whose article verdict
    is open (``is_open``) or not."""
    return sorted(
        (
            lic
            for lic in default_registry()
            if lic.provenance.status == "reviewed"
            and lic.category in categories
            and lic.kind != "exception"
            and (verdict(lic, "article").level == "open") == is_open
        ),
        key=lambda lic: lic.id,
    )


def corrections() -> list[License]:
    """Licenses of open categories whose reviewed entries are not open."""
    return reviewed_against_category(OPEN_CATEGORIES, is_open=False)


def test_the_corrections_include_the_known_cases() -> None:
    ids = {lic.id for lic in corrections()}
    # a Copyleft one (paid distribution by companies), a Permissive one (no standalone
    # sharing), a firmware one (unmodified copies only)
    assert {
        "Aladdin",
        "LicenseRef-scancode-sun-rpc",
        "LicenseRef-scancode-brocade-firmware",
    } <= ids
    # the RFC notice binds the document, not code that implements it: kept open on purpose
    assert not ids & {"LicenseRef-scancode-ietf", "LicenseRef-scancode-ietf-trust"}


@pytest.mark.parametrize("lic", corrections(), ids=lambda lic: lic.id)
def test_correction_matches_licensedcode_and_names_its_sources(lic: License) -> None:
    assert lic.scancode_key is not None
    assert scancode_licenses()[lic.scancode_key].category == lic.category
    kinds = {source.kind for source in lic.provenance.sources}
    assert {"license-text", "scancode"} <= kinds
    assert lic.provenance.note, "say why the derived entry was wrong"


@pytest.mark.parametrize("lic", corrections(), ids=lambda lic: lic.id)
def test_each_limit_says_where_the_text_states_it_and_the_verdict_names_it(lic: License) -> None:
    limits = [r for r in lic.restrictions if r.kind not in INFORMATIONAL_KINDS]
    assert limits
    reasons = {r.kind for r in verdict(lic, "article").reasons}
    for restriction in limits:
        assert restriction.note, f"{restriction.kind}: where does the text say so?"
        assert restriction.kind in reasons


@pytest.mark.parametrize("lic", corrections(), ids=lambda lic: lic.id)
def test_the_license_text_itself_is_not_read_as_open(lic: License) -> None:
    assert lic.scancode_key is not None
    text = scancode_licenses()[lic.scancode_key].text
    assert analyze_text(text).verdict.level in ("restricted", "closed")


REVIEW = Path(__file__).resolve().parents[2] / "benchmarks" / "category_review.yaml"


def test_the_sweep_review_agrees_with_the_data() -> None:
    """benchmarks/category_review.yaml records a person's reading of each text the permissive
    and restrictive sweeps flagged: a text read as restricted or open names its reviewed entry,
    which gives that level (or says why there is none), and a text left unsure keeps its
    generated entry."""
    items = yaml.safe_load(REVIEW.read_text(encoding="utf-8"))["reviewed"]
    by_key = {lic.scancode_key: lic for lic in default_registry() if lic.scancode_key}
    assert len({item["key"] for item in items}) == len(items)
    for item in items:
        lic = by_key[item["key"]]
        assert item.get("sweep", "permissive") in ("permissive", "restrictive")
        if item["person"] in ("restricted", "open") and item.get("entry") is not None:
            assert lic.id == item["entry"]
            assert lic.provenance.status == "reviewed"
            levels = ("restricted", "closed") if item["person"] == "restricted" else ("open",)
            assert verdict(lic, "article").level in levels, item["key"]
        else:
            assert item["person"] in ("restricted", "open", "unsure")
            assert item.get("why"), item["key"]
            # no entry was written: the generated one still follows the category
            assert lic.provenance.status == "derived", item["key"]


LIMITING_CATEGORIES = ("Free Restricted", "Source-available", "Proprietary Free", "Commercial")


def opened() -> list[License]:
    """Reviewed entries of licenses ScanCode files in a limiting category whose text is open."""
    return reviewed_against_category(LIMITING_CATEGORIES, is_open=True)


def test_the_opened_entries_include_the_known_cases() -> None:
    ids = {lic.id for lic in opened()}
    # a plain permissive grant filed as Proprietary Free, and an HPND grant under an export note
    assert {"LicenseRef-scancode-synopsys-attribution", "HPND-export-US"} <= ids


@pytest.mark.parametrize("lic", opened(), ids=lambda lic: lic.id)
def test_an_opened_entry_rests_on_a_text_read_as_open(lic: License) -> None:
    assert lic.scancode_key is not None
    text = scancode_licenses()[lic.scancode_key].text
    assert scancode_licenses()[lic.scancode_key].category == lic.category
    assert {"license-text", "scancode"} <= {source.kind for source in lic.provenance.sources}
    assert lic.provenance.note, "say why the category's reading was wrong"
    assert analyze_text(text).verdict.level == "open"
