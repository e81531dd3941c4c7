"""Strict license data: values Python cannot hold, duplicate keys, file endings, id syntax,
and a registry cache entry that does not verify. Every bad file is built here, at run time."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import pytest

import licenseclass
from licenseclass import DataFileError, Registry, analyze_text
from licenseclass.cli import main
from licenseclass.core import registry as registry_module
from licenseclass.core.model import id_problem
from licenseclass.errors import ClauseAnalysisError

GOOD = """\
id: LicenseRef-Acme
name: Acme License
rights:
  use:
    status: granted
  modify:
    status: granted
  share:
    status: granted
aliases:
  - Acme
provenance:
  status: reviewed
"""

HUGE = "9" * 5000


def in_use(line: str) -> str:
    """GOOD with ``line`` added under ``rights.use`` (at line 6)."""
    return GOOD.replace(
        "    status: granted\n  modify", f"    status: granted\n    {line}\n  modify"
    )


def folder_with(tmp_path: Path, text: str, name: str = "LicenseRef-Acme.yaml") -> Path:
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def load_error(folder: Path) -> DataFileError:
    """The error of ``Registry([folder])``, which must be the typed one."""
    with pytest.raises(DataFileError) as caught:
        len(Registry([folder]))
    return caught.value


# A bad value at the top level, nested in a mapping, and in a list: (text, line, field).
BAD_VALUES = {
    "date at the top": (GOOD + "notes: 2023-02-30\n", 14, "notes"),
    "date nested": (
        GOOD.replace(
            "  use:\n    status: granted", "  use:\n    status: granted\n    note: 2023-02-30"
        ),
        6,
        "rights.use.note",
    ),
    "date in a list": (GOOD.replace("  - Acme", "  - Acme\n  - 2023-02-30"), 12, "aliases.1"),
    "huge integer at the top": (GOOD + f"notes: {HUGE}\n", 14, "notes"),
    "huge integer nested": (
        GOOD.replace(
            "    status: granted\n  modify", f"    status: granted\n    note: {HUGE}\n  modify"
        ),
        6,
        "rights.use.note",
    ),
    "huge hexadecimal integer": (GOOD + "notes: 0x" + "f" * 5000 + "\n", 14, "notes"),
    "impossible time": (GOOD + "notes: 2023-02-28 25:00:00\n", 14, "notes"),
}


@pytest.mark.parametrize("case", sorted(BAD_VALUES))
def test_values_python_cannot_hold_are_located_errors(tmp_path: Path, case: str) -> None:
    text, line, field = BAD_VALUES[case]
    folder = folder_with(tmp_path, text)
    error = load_error(folder)
    assert error.path == folder / "LicenseRef-Acme.yaml"
    assert error.line == line
    assert error.field == field
    assert "cannot be read" in error.reason or "too large" in error.reason
    assert len(str(error)) < 300  # the 5000 digits are not echoed back


@pytest.mark.parametrize("case", ["date at the top", "huge integer nested"])
def test_the_cli_reports_bad_values_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    text, line, field = BAD_VALUES[case]
    folder = folder_with(tmp_path, text)
    for argv in (["data", "check", str(folder)], ["--data", str(folder), "expr", "MIT"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert f"LicenseRef-Acme.yaml:{line}: field {field!r}" in err
        assert "Traceback" not in err


@pytest.mark.parametrize(
    ("text", "line", "field"),
    [
        (GOOD + "id: LicenseRef-Other\n", 14, "id"),  # the last one would silently win
        (in_use("status: denied"), 6, "rights.use.status"),
        (GOOD.replace("  - Acme", "  - {a: 1, a: 2}"), 11, "aliases.0.a"),
    ],
    ids=["top level", "nested", "inside a list"],
)
def test_duplicate_keys_are_errors_with_the_line_of_the_second(
    tmp_path: Path, text: str, line: int, field: str
) -> None:
    error = load_error(folder_with(tmp_path, text))
    assert "duplicate key" in error.reason
    assert (error.line, error.field) == (line, field)


def test_data_check_reports_a_duplicate_id_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = folder_with(tmp_path, GOOD + "id: LicenseRef-Acme\n")
    assert main(["data", "check", str(folder)]) == 2
    assert "duplicate key 'id'" in capsys.readouterr().err


@pytest.mark.parametrize("ending", [".yml", ".YAML", ".Yml"])
def test_yml_and_upper_case_endings_are_read(tmp_path: Path, ending: str) -> None:
    registry = Registry([folder_with(tmp_path, GOOD, f"LicenseRef-Acme{ending}")], builtin=False)
    assert [e.id for e in registry] == ["LicenseRef-Acme"]
    assert registry.get("acme").id == "LicenseRef-Acme"


def test_the_same_id_as_yaml_and_yml_is_a_duplicate(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, GOOD)
    (folder / "LicenseRef-Acme.yml").write_text(GOOD, encoding="utf-8")
    assert "duplicate id" in load_error(folder).reason


def test_a_yml_file_changes_the_cache_key_of_its_folder(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, GOOD, "LicenseRef-Acme.yml")
    before = Registry([folder]).data_digest()
    (folder / "LicenseRef-Acme.yml").write_text(GOOD + "notes: changed\n", encoding="utf-8")
    os.utime(folder / "LicenseRef-Acme.yml", ns=(1, 1))
    assert Registry([folder]).data_digest() != before


@pytest.mark.parametrize("name", ["LicenseRef-Acme.json", "LicenseRef-Acme.JSON"])
def test_json_files_are_refused_not_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    folder = folder_with(tmp_path, json.dumps({"id": "LicenseRef-Acme"}), name)
    error = load_error(folder)
    assert error.path.name == name
    assert "not a data file" in error.reason
    assert main(["data", "check", str(folder)]) == 2
    assert "not a data file" in capsys.readouterr().err


# --------------------------------------------------------------------------- ids


@pytest.mark.parametrize(
    ("entry_id", "expected"),
    [
        ("LicenseRef-Acme Eval", "unexpected ' '"),
        ("AND", "operator"),
        ("with", "operator"),
        ("LicenseRef-", "must be followed by an id"),
        ("Acme\u00e9", "U+00E9"),
        ("\u212aazlib", "did you mean 'Kazlib'"),  # KELVIN SIGN
        ("Acme@1.0", "unexpected '@'"),
        ("DocumentRef-x:Acme", "DocumentRef-"),
        ("Acme+", "only deprecated SPDX ids"),
    ],
)
def test_ids_that_no_expression_can_name_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], entry_id: str, expected: str
) -> None:
    text = GOOD.replace("id: LicenseRef-Acme", f"id: '{entry_id}'")
    folder = folder_with(tmp_path, text, f"{entry_id}.yaml")
    error = load_error(folder)
    assert expected in error.reason
    assert error.field == ("deprecated" if entry_id.endswith("+") else "id")
    assert error.line == 1
    assert main(["data", "check", str(folder)]) == 2
    assert expected in capsys.readouterr().err


@pytest.mark.parametrize(
    "successor",
    [
        "Other License",
        "MIT OR",
        "(MIT",
        "MIT)",
        "OR MIT",
        "GPL-2.0-only WITH Classpath\u2010exception-2.0",
    ],
)
def test_superseded_by_holds_ids(tmp_path: Path, successor: str) -> None:
    text = GOOD + f"deprecated: true\nsuperseded_by: '{successor}'\n"
    error = load_error(folder_with(tmp_path, text))
    assert (error.field, error.line) == ("superseded_by", 15)


@pytest.mark.parametrize(
    "good",
    ["MIT", "GPL-2.0+", "LicenseRef-a.b-c", "DocumentRef-x:LicenseRef-y", "AdditionRef-z"],
)
def test_spdx_ids_pass(good: str) -> None:
    assert id_problem(good) is None


def test_the_builtin_data_and_an_expression_successor_still_load() -> None:
    entry = Registry().get("GPL-2.0-with-classpath-exception")
    assert entry.superseded_by == "GPL-2.0-only WITH Classpath-exception-2.0"


# --------------------------------------------------------------------------- registry cache


@pytest.fixture(scope="module")
def good_entry(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, bytes]:
    """The name and bytes of a registry cache entry built from the data (built once)."""
    folder = tmp_path_factory.mktemp("registry-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LICENSECLASS_CACHE_DIR", str(folder))
        registry_module.load_builtin()
    (entry,) = folder.glob("registry-*.json")
    return entry.name, entry.read_bytes()


@pytest.mark.parametrize("planted", [b"[]", b"{}", b"not json"])
def test_a_registry_cache_entry_that_does_not_verify_is_discarded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, good_entry: tuple[str, bytes], planted: bytes
) -> None:
    monkeypatch.setenv("LICENSECLASS_CACHE_DIR", str(tmp_path))
    entry = tmp_path / good_entry[0]
    entry.write_bytes(planted)
    count = len(registry_module.builtin_license_files())
    with pytest.warns(RuntimeWarning, match="discarding the cached registry"):
        assert len(registry_module.load_builtin()) == count
    assert len(json.loads(entry.read_bytes())) == count  # rebuilt in place
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(registry_module.load_builtin()) == count  # and now it verifies


def test_a_cache_entry_missing_entries_is_discarded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, good_entry: tuple[str, bytes]
) -> None:
    monkeypatch.setenv("LICENSECLASS_CACHE_DIR", str(tmp_path))
    entries = json.loads(good_entry[1])
    (tmp_path / good_entry[0]).write_text(
        json.dumps([e for e in entries if e["id"] != "MIT"]), encoding="utf-8"
    )
    with pytest.warns(RuntimeWarning, match="entries for"):
        ids = {e.id for e in registry_module.load_builtin()}
    assert "MIT" in ids


def test_a_good_cache_entry_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, good_entry: tuple[str, bytes]
) -> None:
    monkeypatch.setenv("LICENSECLASS_CACHE_DIR", str(tmp_path))
    entries = json.loads(good_entry[1])
    mit = next(e for e in entries if e["id"] == "MIT")
    mit["name"] = "Read from the cache"  # a valid entry: proves the cache is what was read
    (tmp_path / good_entry[0]).write_text(json.dumps(entries), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loaded = {e.id: e for e in registry_module.load_builtin()}
    assert loaded["MIT"].name == "Read from the cache"


def test_the_cache_key_covers_the_loader_code() -> None:
    # the digest is of the source of model.py, datafile.py and registry.py: changing any of
    # them gives another entry name, so an old entry is never read by new code
    digest = registry_module._loader_digest()
    assert len(digest) == 20
    assert registry_module._loader_digest.__wrapped__() == digest


def test_the_cli_ignores_a_planted_empty_registry_cache(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "LICENSECLASS_CACHE_DIR": str(tmp_path),
        "PYTHONPATH": str(Path(licenseclass.__file__).parents[1]),
    }

    def cli(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "licenseclass", *argv],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )

    first = cli("list")
    assert first.returncode == 0
    count = len(registry_module.builtin_license_files())
    assert first.stdout.rstrip().endswith(f"{count} entries")
    (entry,) = tmp_path.glob("registry-*.json")
    entry.write_bytes(b"[]")
    listing = cli("list")
    assert listing.stdout.rstrip().endswith(f"{count} entries")
    assert "discarding the cached registry" in listing.stderr
    expression = cli("expr", "MIT OR Apache-2.0")
    assert expression.returncode == 0
    assert "verdict:    open" in expression.stdout


@pytest.mark.parametrize("license_id", ["My License", "AND", "Acme+", "\u212aazlib"])
def test_analyze_text_refuses_an_id_no_expression_can_name(license_id: str) -> None:
    with pytest.raises(ClauseAnalysisError, match="not an SPDX id"):
        analyze_text("You may use this software for any purpose.", license_id=license_id)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="needs root to run a check as an unprivileged user",
)
@pytest.mark.parametrize(
    ("mode", "parent_mode", "reason"),
    [(0o311, 0o711, "cannot list the folder"), (0o755, 0o700, "cannot reach the folder")],
    ids=["folder not listable", "parent not enterable"],
)
def test_an_unreadable_folder_is_a_typed_error(mode: int, parent_mode: int, reason: str) -> None:
    base = Path(tempfile.mkdtemp())  # under /tmp, which every user may enter
    try:
        folder = folder_with(base, GOOD)
        folder.chmod(mode)
        base.chmod(parent_mode)
        probe = (
            "import os\n"
            "from licenseclass import DataFileError, Registry\n"
            "from licenseclass.core import registry\n"  # imported first: the user cannot read them
            "os.setgid(65534); os.setuid(65534)\n"
            "try:\n"
            f"    len(Registry([{str(folder)!r}], builtin=False))\n"
            "except DataFileError as error:\n"
            "    print('typed:', error.reason)\n"
        )
        env = {**os.environ, "PYTHONPATH": str(Path(licenseclass.__file__).parents[1])}
        result = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False
        )
        assert result.stdout.startswith(f"typed: {reason}"), result.stderr
    finally:
        base.chmod(0o700)
        shutil.rmtree(base)
