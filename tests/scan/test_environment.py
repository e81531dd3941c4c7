"""``scan_environment`` on this test environment, and requirements and lock files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from licenseclass.cli import main
from licenseclass.scan.environment import requirement_names, scan_environment
from licenseclass.scan.results import ScanReport


@pytest.fixture(scope="module")
def environment() -> ScanReport:
    return scan_environment()


def test_pydantic_is_found_with_its_mit_license(environment: ScanReport) -> None:
    (pydantic,) = [p for p in environment.packages if p.name == "pydantic"]
    assert pydantic.declared_expression == "MIT"
    assert pydantic.detected_expression == "MIT"
    assert pydantic.agreement == "agree"
    assert pydantic.verdict.level == "open"
    license_files = [f for f in pydantic.findings if f.kind == "license-file"]
    assert license_files
    assert all(f.path.startswith("pydantic-") for f in license_files)


def test_every_package_with_a_named_license_has_a_level(environment: ScanReport) -> None:
    for package in environment.packages:
        if package.declared_expression or package.detected_expression:
            assert package.verdict.level != "unknown" or package.agreement == "conflicting", (
                package.name
            )


def test_another_interpreter_gives_the_same_answer(environment: ScanReport) -> None:
    other = scan_environment(python=sys.executable)
    assert [(p.name, p.declared_expression) for p in other.packages] == [
        (p.name, p.declared_expression) for p in environment.packages
    ]


def test_requirements_name_installed_and_missing_packages(tmp_path: Path) -> None:
    requirements = tmp_path / "requirements.txt"
    requirements.write_text(
        "# pinned\nPydantic>=2.6  # the models\n--index-url https://example.invalid\n"
        "no-such-package-for-licenseclass==1.0\n",
        encoding="utf-8",
    )
    report = scan_environment(requirements=[requirements])
    assert [p.name for p in report.packages] == ["pydantic", "no-such-package-for-licenseclass"]
    installed, missing = report.packages
    assert installed.declared_expression == "MIT"
    assert missing.errors == ("not installed",)
    assert missing.verdict.level == "unknown"
    assert missing.declared_expression is None
    assert "not installed" in missing.verdict.reasons[0].message


def test_lock_files_and_pyproject_list_names(tmp_path: Path) -> None:
    (tmp_path / "uv.lock").write_text(
        'version = 1\n[[package]]\nname = "me"\nsource = { editable = "." }\n'
        '[[package]]\nname = "idna"\nversion = "3.7"\n',
        encoding="utf-8",
    )
    (tmp_path / "poetry.lock").write_text('[[package]]\nname = "Six"\n', encoding="utf-8")
    (tmp_path / "pylock.toml").write_text(
        'lock-version = "1.0"\n[[packages]]\nname = "attrs"\n', encoding="utf-8"
    )
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "me"\ndependencies = ["requests[socks]>=2", "click"]\n'
        '[project.optional-dependencies]\ndev = ["pytest"]\n'
        '[tool.poetry.dependencies]\npython = "^3.10"\nrich = "*"\n',
        encoding="utf-8",
    )
    assert requirement_names(tmp_path / "uv.lock") == ["idna"]
    assert requirement_names(tmp_path / "poetry.lock") == ["Six"]
    assert requirement_names(tmp_path / "pylock.toml") == ["attrs"]
    assert requirement_names(tmp_path / "pyproject.toml") == ["requests", "click", "pytest", "rich"]


def test_env_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("pydantic\nnot-installed-here\n", encoding="utf-8")
    assert main(["env", "--requirements", str(requirements), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in data["packages"]] == ["pydantic", "not-installed-here"]
    assert data["packages"][1]["errors"] == ["not installed"]
    assert main(["env", "--requirements", str(requirements)]) == 0
    assert "error: not-installed-here: not installed" in capsys.readouterr().out
    assert main(["env", "--python", str(tmp_path / "no-python")]) == 2
    assert "cannot be run" in capsys.readouterr().err


def test_license_files_of_a_distribution_and_not_its_authors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from licenseclass.core.licensedcode import licensedcode_dir, split_front_matter

    def text(key: str) -> str:
        path = licensedcode_dir() / "licenses" / f"{key}.LICENSE"
        return split_front_matter(path.read_text(encoding="utf-8"))[1]

    info = tmp_path / "fakepkg_for_scan-1.0.dist-info"
    (info / "licenses").mkdir(parents=True)
    (tmp_path / "fakepkg_for_scan").mkdir()
    files = {
        "fakepkg_for_scan-1.0.dist-info/METADATA": (
            "Metadata-Version: 2.4\nName: fakepkg-for-scan\nVersion: 1.0\n"
            "License-Expression: Apache-2.0\nLicense-File: LICENSE\n"
        ),
        "fakepkg_for_scan-1.0.dist-info/licenses/LICENSE": text("apache-2.0"),
        "fakepkg_for_scan-1.0.dist-info/AUTHORS": "Jane Doe <jane@example.invalid>\n",
        "fakepkg_for_scan/__init__.py": "",
        "fakepkg_for_scan/LICENSE.txt": text("bsd-new"),
    }
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    (info / "RECORD").write_text(
        "".join(f"{name},,\n" for name in files) + f"{info.name}/RECORD,,\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("fakepkg.for_scan\n", encoding="utf-8")
    (package,) = scan_environment(requirements=[requirements]).packages
    assert (package.name, package.version) == ("fakepkg-for-scan", "1.0")
    assert package.declared_expression == "Apache-2.0"
    paths = {f.path: f.expression for f in package.findings if f.kind == "license-file"}
    assert paths == {
        "fakepkg_for_scan-1.0.dist-info/licenses/LICENSE": "Apache-2.0",
        "fakepkg_for_scan/LICENSE.txt": "BSD-3-Clause",
    }
    assert package.agreement == "conflicting"  # the package ships a BSD text it does not declare
    assert package.path == str(info)
