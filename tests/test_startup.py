"""Start-up stays cheap: the package and the CLI import only what the work at hand needs."""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import json
import subprocess
import sys
from pathlib import Path

import pytest

import licenseclass
from licenseclass.cli import build_parser, main

PACKAGE = Path(licenseclass.__file__).parent


def modules_after(code: str) -> list[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    loaded: list[str] = json.loads(result.stdout.splitlines()[-1])
    return loaded


def ours(modules: list[str]) -> set[str]:
    return {m for m in modules if m == "licenseclass" or m.startswith("licenseclass.")}


def test_importing_the_package_loads_no_submodule_and_no_pydantic() -> None:
    loaded = modules_after("import licenseclass")
    assert ours(loaded) == {"licenseclass"}
    assert "pydantic" not in loaded
    assert "yaml" not in loaded


def test_first_use_of_a_name_loads_only_its_subsystem() -> None:
    loaded = ours(modules_after("import licenseclass; licenseclass.canonicalize('mit')"))
    assert "licenseclass.expressions.parser" in loaded
    assert not any(m.startswith(("licenseclass.textid", "licenseclass.releases")) for m in loaded)
    assert "licenseclass.core.model" not in loaded


def test_every_public_name_resolves_to_its_definition() -> None:
    sources = licenseclass._SOURCES
    assert set(licenseclass.__all__) == set(sources) | {"__version__"}
    for name, module in sources.items():
        assert getattr(licenseclass, name) is getattr(importlib.import_module(module), name)
    assert dir(licenseclass) == licenseclass.__all__


def test_star_import_binds_every_public_name() -> None:
    namespace: dict[str, object] = {}
    exec("from licenseclass import *", namespace)
    assert set(licenseclass.__all__) <= set(namespace)
    assert namespace["classify_text"] is licenseclass.classify_text


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = licenseclass.no_such_name  # type: ignore[attr-defined]


@pytest.mark.parametrize("package", ["licenseclass", "licenseclass.batch"])
def test_type_checking_imports_match_the_lazy_table(package: str) -> None:
    """The imports mypy reads name the same modules that ``__getattr__`` imports from, and
    every public name resolves."""
    module = importlib.import_module(package)
    source = Path(module.__file__ or "").read_text(encoding="utf-8")
    guard = next(
        node
        for node in ast.parse(source).body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    )
    seen = {
        alias.name: node.module
        for node in guard.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert seen == module._SOURCES
    # every public name comes from the table (the version is computed, not imported)
    assert set(module.__all__) - {"__version__"} == set(seen)
    for name in seen:
        assert getattr(module, name) is not None


def test_subpackage_inits_import_nothing() -> None:
    for init in PACKAGE.glob("*/__init__.py"):
        if init.parent.name in ("cli", "batch"):
            # the command's entry point, and batch's lazy facade (tested above)
            continue
        body = ast.parse(init.read_text(encoding="utf-8")).body
        assert all(isinstance(node, ast.Expr) for node in body), f"{init} runs code on import"


def test_version_matches_the_installed_metadata() -> None:
    assert licenseclass.__version__ == importlib.metadata.version("licenseclass")


def test_version_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    out, err = capsys.readouterr()
    assert out == f"licenseclass {licenseclass.__version__}\n"
    assert err == ""


@pytest.mark.parametrize(
    ("argv", "absent"),
    [
        (["--version"], ("licenseclass.core", "licenseclass.cli.show")),
        (["--help"], ("licenseclass.core", "licenseclass.cli.show")),
        (
            ["show", "MIT"],
            ("licenseclass.textid", "licenseclass.releases", "licenseclass.cli.expr"),
        ),
        (["expr", "MIT"], ("licenseclass.textid", "licenseclass.clauses", "licenseclass.cli.show")),
    ],
)
def test_cli_imports_only_the_command_it_runs(argv: list[str], absent: tuple[str, ...]) -> None:
    code = (
        "import contextlib, io\nfrom licenseclass.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n    main({argv!r})"
    )
    loaded = ours(modules_after(code))
    assert not [m for m in loaded if m.startswith(absent)]
    if argv[0] in ("show", "expr"):
        assert f"licenseclass.cli.{argv[0]}" in loaded


def test_top_level_help_lists_what_each_command_registers() -> None:
    """The help lines kept in the CLI's table are the ones the command modules register."""
    assert build_parser([]).format_help() == build_parser().format_help()
