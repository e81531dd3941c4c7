"""Two versions of one license offered as a choice ("the Mozilla Public License, either version
1.1 or (at your option) version 2.0", "the MPL, version 1.1 or 2.0", "the GNU General Public
License version 2 or (at your option) version 3") are read as that choice: both versions,
joined with OR. "Or later" stays a reading of its own."""

from __future__ import annotations

import pytest

from licenseclass import classify_text, normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The code is available under the Mozilla Public License, either version 1.1 or (at "
            "your option) version 2.0.",
            "MPL-1.1 OR MPL-2.0",
        ),
        ("Licensed under the MPL, version 1.1 or 2.0, at your choice.", "MPL-1.1 OR MPL-2.0"),
        ("Released under the Apache License 1.1 or 2.0.", "Apache-1.1 OR Apache-2.0"),
        (
            "This file is distributed under the GNU General Public License (GPL) version 2 or\n"
            "(at your option) version 3.",
            "GPL-2.0-only OR GPL-3.0-only",
        ),
    ],
)
def test_two_versions_offered_are_a_choice(text: str, expected: str) -> None:
    assert classify_text(text, read_clauses=False).expression == expected


def test_a_version_the_license_never_had_is_not_offered() -> None:
    result = classify_text("Released under the MIT license or 2.0.", read_clauses=False)
    assert result.expression == "MIT"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GPL version 2 or version 3", "GPL-2.0-only OR GPL-3.0-only"),
        ("Mozilla Public License 1.1 or 2.0", "MPL-1.1 OR MPL-2.0"),
        ("Mozilla Public License, either version 1.1 or version 2.0", "MPL-1.1 OR MPL-2.0"),
        ("GPL version 2 or later", "GPL-2.0-or-later"),
    ],
)
def test_the_lenient_reader_reads_one_name_for_two_versions(text: str, expected: str) -> None:
    assert normalize(text).expression == expected
