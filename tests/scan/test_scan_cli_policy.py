"""`licenseclass scan` with policy gates and the report formats, end to end on a built tree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from licenseclass.cli import main
from licenseclass.core.licensedcode import scancode_licenses


def _project(root: Path, name: str, expression: str, license_key: str) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "pyproject.toml").write_text(
        f'[project]\nname = "{name}"\nversion = "1.0"\nlicense = "{expression}"\n',
        encoding="utf-8",
    )
    (folder / "LICENSE").write_text(scancode_licenses()[license_key].text, encoding="utf-8")
    return folder


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    _project(tmp_path / "tree", "dual", "MIT OR GPL-3.0-only", "mit")
    return tmp_path / "tree"


def test_scan_exit_codes_follow_the_policy(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", str(tree), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    names = {p["name"]: p for p in report["packages"]}
    assert names["dual"]["declared_expression"] == "MIT OR GPL-3.0-only"
    assert names["dual"]["detected_expression"] == "MIT"
    assert names["dual"]["verdict"]["level"] == "open"
    # An OR choice is honoured: MIT alone satisfies a policy that denies the GPL.
    assert main(["scan", str(tree), "--deny", "GPL-3.0-only"]) == 0
    capsys.readouterr()
    assert main(["scan", str(tree), "--deny", "MIT", "--format", "json"]) == 1
    failed = json.loads(capsys.readouterr().out)["policy"]
    assert failed["passed"] is False
    assert [f["package"] for f in failed["failures"]] == ["dual"]
    assert main(["scan", str(tree), "--fail-on", "nonsense"]) == 2


@pytest.mark.parametrize("fmt", ["markdown", "csv", "spdx-json", "cyclonedx-json", "html"])
def test_scan_writes_every_report_format(
    tree: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    assert main(["scan", str(tree), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "dual" in out
    if fmt.endswith("json"):
        json.loads(out)


def test_jobs_give_the_same_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "many"
    for number, key in enumerate(("mit", "apache-2.0", "bsd-new", "isc", "mpl-2.0")):
        _project(root, f"p{number}", "MIT", key)
    outputs = []
    for jobs in ("1", "2"):
        assert main(["scan", str(root), "--jobs", jobs, "--format", "json"]) in (0, 1)
        outputs.append(json.loads(capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    detected = {p["name"]: p["detected_expression"] for p in outputs[0]["packages"]}
    assert detected["p1"] == "Apache-2.0"
    assert main(["scan", str(root), "--jobs", "-1"]) == 2


def test_the_progress_bar_is_for_terminals_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    from licenseclass.cli.scan import progress_bar

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    with progress_bar("scanning", unit="file") as step:
        assert step is None  # the test's stderr is no terminal
    monkeypatch.setattr(sys, "stderr", Terminal())
    with progress_bar("scanning", unit="file") as step:
        assert step is not None
        for path in ("a", "b", "c"):
            step(path)


def test_the_table_is_coloured_for_a_terminal_only(tree: Path) -> None:
    from licenseclass import scan_paths
    from licenseclass.cli.scan import table

    report = scan_paths([tree])
    plain = table(report)
    assert "\x1b[" not in plain
    coloured = table(report, color=True)
    assert "\x1b[32mopen\x1b[0m" in coloured
    assert coloured.replace("\x1b[32m", "").replace("\x1b[0m", "") == plain
