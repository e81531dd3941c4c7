"""A file named as a license (LICENSE, COPYING, EULA) that holds a few plain sentences is read
for its terms, though it uses no licensing words; the same words in another file are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from licenseclass import classify_file, scan_paths
from licenseclass.core.files import named_as_license

PLAIN = {
    "You can do whatever you want with this code, including selling it.": "open",
    "Confidential. Internal use only. Do not copy or distribute.": "closed",
    "The model may be used, modified and shared freely, but products with more than one "
    "million users must obtain a separate license from us.": "restricted",
}


@pytest.mark.parametrize(("text", "level"), PLAIN.items())
def test_plain_terms_in_a_license_file_are_read(tmp_path: Path, text: str, level: str) -> None:
    licensed = tmp_path / "LICENSE"
    licensed.write_text(text + "\n", encoding="utf-8")
    assert classify_file(licensed).verdict.level == level
    other = tmp_path / "notes.txt"
    other.write_text(text + "\n", encoding="utf-8")
    assert classify_file(other).verdict.level == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "See the README for details.",
        "x = compute(1)\nprint(x)\n",
        "Thanks to all contributors. The list is in AUTHORS.",
    ],
)
def test_a_license_file_that_states_no_term_is_not_read(tmp_path: Path, text: str) -> None:
    licensed = tmp_path / "LICENSE.txt"
    licensed.write_text(text, encoding="utf-8")
    assert classify_file(licensed).verdict.level == "unknown"


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("LICENSE", True),
        ("LICENCE.md", True),
        ("COPYING", True),
        ("EULA.txt", True),
        ("LICENSE-MIT", True),
        ("MIT-LICENSE.txt", True),
        ("foo.LICENSE", True),
        ("UNLICENSE", True),
        ("NOTICE", False),
        ("README.md", False),
        ("licenses.txt", False),
        ("licensing.py", False),
    ],
)
def test_names_of_license_files(name: str, named: bool) -> None:
    assert named_as_license(Path("some/folder") / name) is named


def test_a_scan_reads_the_plain_license_file(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "p"\nversion = "1"\n')
    (tmp_path / "LICENSE").write_text("Internal use only. Do not copy or distribute.\n")
    report = scan_paths([tmp_path])
    assert [p.verdict.level for p in report.packages] == ["restricted"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Strictly confidential. Do not distribute.", "closed"),
        # a grant after the heading still grants
        (
            "Confidential. Permission is hereby granted to use, copy, modify and distribute it.",
            "open",
        ),
    ],
)
def test_a_confidential_heading_reserves_what_is_not_granted(
    tmp_path: Path, text: str, level: str
) -> None:
    licensed = tmp_path / "LICENSE"
    licensed.write_text(text + "\n", encoding="utf-8")
    assert classify_file(licensed).verdict.level == level


@pytest.mark.parametrize(
    "text",
    [
        "Proprietary and confidential.",
        "Copyright 2024 Example Corp. All rights reserved.",
        "This is commercial software.",
        "This software is closed source.",
    ],
)
def test_a_license_file_that_only_reserves_rights_is_closed(tmp_path: Path, text: str) -> None:
    licensed = tmp_path / "LICENSE.txt"
    licensed.write_text(text + "\n", encoding="utf-8")
    found = classify_file(licensed)
    assert found.verdict.level == "closed"
    assert found.matches == ()
    assert "grants none" in (found.note or "")
    # in another file the same words are a header, not the work's terms
    other = tmp_path / "header.txt"
    other.write_text(text + "\n", encoding="utf-8")
    assert classify_file(other).verdict.level == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Copyright 2024 Example Corp. All rights reserved.\nPermission is granted to use and "
        "copy this file.",
        "All rights reserved, but you may share this document freely.",
    ],
)
def test_a_reservation_beside_a_leave_is_read_not_closed_outright(
    tmp_path: Path, text: str
) -> None:
    licensed = tmp_path / "LICENSE"
    licensed.write_text(text + "\n", encoding="utf-8")
    assert "grants none" not in (classify_file(licensed).note or "")
