"""OSD criteria 1 and 3 read the rights as docs/verdicts.md says: a limited right fails them."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter

from licenseclass import License, Provenance, get_license, verdict
from licenseclass.core.model import Restriction, Right, Rights

PROV = Provenance(status="reviewed", sources=())


def make(share: Right, modify: Right, *kinds: str) -> License:
    restrictions: tuple[Any, ...] = tuple(
        TypeAdapter(Restriction).validate_python({"kind": k}) for k in kinds
    )
    rights = Rights(use=Right(status="granted"), modify=modify, share=share)
    return License(
        id="LicenseRef-Test", name="Test", rights=rights, restrictions=restrictions, provenance=PROV
    )


def failed(lic: License) -> dict[int, list[str]]:
    return {
        c.number: [r.message for r in c.reasons]
        for c in verdict(lic, "osd").criteria
        if c.status == "fail"
    }


def test_non_commercial_restricts_sharing_and_modifying() -> None:
    # CC-BY-NC-4.0 restricts sharing: docs/verdicts.md says criterion 1 fails on that
    fails = failed(get_license("CC-BY-NC-4.0"))
    assert set(fails) == {1, 3, 6}
    assert fails[1] == ["share is restricted: commercial use is not allowed"]
    assert fails[3] == ["modify is restricted: commercial use is not allowed"]


def test_no_derivatives_is_criterion_three_not_free_redistribution() -> None:
    # verbatim copies may be shared and sold: only derived works are limited
    assert set(failed(get_license("CC-BY-ND-4.0"))) == {3}


@pytest.mark.parametrize(
    ("share", "modify", "kinds", "criteria"),
    [
        ("restricted", "granted", ("non-commercial",), {1, 6}),
        ("granted", "restricted", ("non-commercial",), {3, 6}),
        ("denied", "granted", (), {1}),
        ("granted", "denied", (), {3}),
        ("restricted", "granted", ("no-derivatives",), {3}),
        ("restricted", "granted", ("no-redistribution",), {1}),
        ("granted", "granted", ("non-commercial",), {6}),
        ("conditional", "granted", (), set()),
    ],
)
def test_a_limited_right_fails_its_criterion(
    share: str, modify: str, kinds: tuple[str, ...], criteria: set[int]
) -> None:
    lic = make(
        Right(status=share, restrictions=kinds if share == "restricted" else ()),
        Right(status=modify, restrictions=kinds if modify == "restricted" else ()),
        *kinds,
    )
    assert set(failed(lic)) == criteria
