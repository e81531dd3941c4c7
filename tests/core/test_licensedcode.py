"""The one reader of licensedcode-data, and the promise that every id it yields is catalogued."""

from __future__ import annotations

import re

import pytest

from licenseclass import get_license
from licenseclass.core import licensedcode
from licenseclass.errors import UnknownLicenseError
from licenseclass.textid.index import scancode_references

_OPERATOR = re.compile(r"\(|\)|\bAND\b|\bOR\b|\bWITH\b")


def _ids(expression: str) -> list[str]:
    return [token.rstrip("+") for token in _OPERATOR.sub(" ", expression).split()]


@pytest.fixture(scope="module")
def emitted() -> dict[str, str]:
    """Every id identification can report, with one reference that reports it."""
    found: dict[str, str] = {}
    for reference in scancode_references():
        for license_id in _ids(reference.expression):
            found.setdefault(license_id, reference.name)
    return found


def test_every_id_identification_can_emit_is_in_the_registry(emitted: dict[str, str]) -> None:
    assert len(emitted) > 2000
    missing = []
    for license_id, where in sorted(emitted.items()):
        try:
            get_license(license_id)
        except UnknownLicenseError:
            missing.append(f"{license_id} (from {where})")
    assert missing == []


def test_a_key_means_one_id_on_every_path() -> None:
    """Identification and variant detection name a ScanCode text by the same id."""
    from licenseclass.clauses.variants import package_references

    licenses = licensedcode.scancode_licenses()
    for reference in package_references():
        assert reference.scancode_key is not None
        assert reference.license_id == licenses[reference.scancode_key].spdx_id


def test_scancode_ids_that_differ_from_the_key_resolve() -> None:
    # psycopg2's LICENSE: ScanCode reports a shortened id for this exception.
    info = licensedcode.scancode_licenses()["openssl-exception-lgpl-3.0-plus"]
    assert info.spdx_id == "LicenseRef-scancode-openssl-exception-lgpl3.0plus"
    entry = get_license(info.spdx_id)
    assert entry.scancode_key == "openssl-exception-lgpl-3.0-plus"
    # Newer SPDX ids win over the package's LicenseRef (license-expression's index).
    assert licensedcode.scancode_licenses()["cc-pdm-1.0"].spdx_id == "CC-PDM-1.0"


def test_a_license_and_its_exception_joined_with_and_become_with() -> None:
    # ScanCode writes some rules as "license AND exception" (PyInstaller's COPYING.txt matches
    # gpl-2.0-plus AND bootloader-exception); SPDX allows an exception only after WITH, so the
    # expression could not be read and the file was unknown
    from licenseclass.core.licensedcode import to_spdx

    assert to_spdx("gpl-2.0-plus AND bootloader-exception") == (
        "GPL-2.0-or-later WITH Bootloader-exception",
        False,
    )
    # only the plain pair: with a third operand, which license the exception belongs to is
    # not said, and an exception alone stays a clue
    three = to_spdx("gpl-2.0-plus AND generic-trademark AND gpl-generic-additional-terms")
    assert " WITH " not in three[0]
    assert to_spdx("bootloader-exception") == ("Bootloader-exception", True)
