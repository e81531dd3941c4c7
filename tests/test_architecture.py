"""The layout is the architecture: subsystems import one way, each one named in the contract."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "licenseclass"


def _layers() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layered = [c for c in contracts if c["type"] == "layers"]
    assert len(layered) == 1
    names: list[str] = []
    for layer in layered[0]["layers"]:
        names.extend(part.strip() for part in layer.split("|"))
    return names


def test_every_subpackage_has_a_layer() -> None:
    subpackages = {
        f"licenseclass.{p.name}" for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()
    }
    assert subpackages <= set(_layers())


def test_import_contract_is_kept() -> None:
    # import-linter configures logging with dictConfig, which disables every logger that exists
    # already (licenseclass's among them) for the rest of the process: put them back
    loggers = [
        logger
        for logger in logging.root.manager.loggerDict.values()
        if isinstance(logger, logging.Logger) and not logger.disabled
    ]
    try:
        assert lint_imports(config_filename=str(ROOT / "pyproject.toml")) == 0
    finally:
        for logger in loggers:
            logger.disabled = False


def test_no_file_holds_merge_conflict_markers() -> None:
    import subprocess

    listed = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.split()
    marked = []
    for name in listed:
        path = ROOT / name
        if path.suffix not in {".py", ".md", ".toml", ".yaml", ".yml", ".cfg", ".txt"}:
            continue
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
        if any(line.startswith(("<<<<<<< ", ">>>>>>> ")) for line in lines):
            marked.append(name)
    assert marked == []


def test_wheel_hook_builds_with_the_runtime_dependencies() -> None:
    # The build hook imports the package to build the shipped index, so its build-time list
    # must be the runtime list; pyproject cannot reference one from the other.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hook = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]
    assert sorted(hook["dependencies"]) == sorted(config["project"]["dependencies"])


def _rebound_constants(source: str) -> list[str]:
    """Module-level UPPER_CASE names bound twice in ``source`` (a second binding silently
    replaces the first one, for every function defined above it as well)."""
    import ast

    seen: dict[str, int] = {}
    twice: list[str] = []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                if target.id in seen:
                    twice.append(f"{target.id} (lines {seen[target.id]} and {node.lineno})")
                seen.setdefault(target.id, node.lineno)
    return twice


def test_no_module_binds_a_constant_twice() -> None:
    found = {
        str(path.relative_to(ROOT)): twice
        for path in sorted(PACKAGE.rglob("*.py"))
        if (twice := _rebound_constants(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_rebinding_check_sees_a_second_binding() -> None:
    assert _rebound_constants("_A = 1\nB: int = 2\n_A = 3\n") == ["_A (lines 1 and 3)"]
