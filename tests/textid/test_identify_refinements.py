"""Id refinements: notices that name a distinct SPDX license, and ScanCode keys mapped to the
SPDX ids of newer data or of the license they translate."""

from __future__ import annotations

import pytest

from licenseclass import classify_text
from licenseclass.core.licensedcode import licensedcode_dir, scancode_licenses, split_front_matter

MPL_HEADER = """\
/* This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0.
 * If a copy of the MPL was not distributed with this file, You can obtain one at
 * https://mozilla.org/MPL/2.0/.
 *{exhibit}
 */
int answer(void) {{ return 42; }}
"""
EXHIBIT_B = (
    '\n * This Source Code Form is "Incompatible With Secondary Licenses", as defined by the'
    "\n * Mozilla Public License, v. 2.0."
)


@pytest.fixture(scope="module")
def licenses() -> dict[str, str]:
    return {key: info.spdx_id for key, info in scancode_licenses().items()}


def test_mpl_notice_with_exhibit_b_is_the_no_copyleft_exception_variant() -> None:
    found = classify_text(MPL_HEADER.format(exhibit=EXHIBIT_B))
    assert found.ids == ("MPL-2.0-no-copyleft-exception",)
    assert found.matches[0].kind in ("notice", "reference")


def test_mpl_notice_without_exhibit_b_stays_mpl() -> None:
    assert classify_text(MPL_HEADER.format(exhibit="")).ids == ("MPL-2.0",)


def test_full_mpl_text_quoting_exhibit_b_stays_mpl() -> None:
    path = licensedcode_dir() / "licenses" / "mpl-2.0.LICENSE"
    _, text = split_front_matter(path.read_text(encoding="utf-8"))
    assert "Incompatible With Secondary Licenses" in text
    assert classify_text(text).ids == ("MPL-2.0",)


def test_english_renderings_take_the_spdx_id_of_the_original(licenses: dict[str, str]) -> None:
    assert licenses["mulanpsl-2.0"] == "MulanPSL-2.0"
    assert licenses["mulanpsl-2.0-en"] == "MulanPSL-2.0"
    assert licenses["mulanpsl-1.0-en"] == "MulanPSL-1.0"
    # a rendering whose original has no SPDX id keeps its own ScanCode id
    assert licenses["dl-de-by-2-0-en"].startswith("LicenseRef-scancode-")


def test_keys_newer_than_the_package_take_the_newer_spdx_id(licenses: dict[str, str]) -> None:
    assert licenses["hdf5"] == "HDF5"
    assert licenses["mit"] == "MIT"
