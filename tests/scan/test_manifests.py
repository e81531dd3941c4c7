"""Each manifest form read, then normalized into the declared expression of a scan."""

from __future__ import annotations

from pathlib import Path

import pytest

from licenseclass.scan.manifests import read_manifest
from licenseclass.scan.project import scan_paths


def declared(tmp_path: Path, name: str, text: str) -> str | None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    (conclusion,) = scan_paths([tmp_path]).packages
    return conclusion.declared_expression


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "pyproject.toml",
            '[project]\nname = "a"\nlicense = "Apache-2.0 OR MIT"\n',
            "Apache-2.0 OR MIT",
        ),
        ("pyproject.toml", '[project]\nname = "a"\nlicense = {text = "MIT"}\n', "MIT"),
        (
            "pyproject.toml",
            '[project]\nname = "a"\nclassifiers = ["License :: OSI Approved :: MIT License"]\n',
            "MIT",
        ),
        ("PKG-INFO", "Metadata-Version: 2.1\nName: a\nLicense: Apache License 2.0\n", "Apache-2.0"),
        ("setup.cfg", "[metadata]\nname = a\nlicense = MIT\n", "MIT"),
        ("package.json", '{"name": "a", "license": "(MIT OR ISC)"}', "MIT OR ISC"),
        (
            "package.json",
            '{"name": "a", "license": "UNLICENSED"}',
            "LicenseRef-All-Rights-Reserved",
        ),
        (
            "composer.json",
            '{"name": "a/b", "license": ["MIT", "GPL-2.0-or-later"]}',
            "MIT OR GPL-2.0-or-later",
        ),
        ("Cargo.toml", '[package]\nname = "a"\nlicense = "MIT/Apache-2.0"\n', "MIT OR Apache-2.0"),
        (
            "a.gemspec",
            'Gem::Specification.new do |s|\n  s.name = "a"\n  s.license = "MIT"\nend\n',
            "MIT",
        ),
    ],
)
def test_each_manifest_form(tmp_path: Path, name: str, text: str, expected: str) -> None:
    assert declared(tmp_path, name, text) == expected


def test_an_expression_outranks_classifiers_and_both_are_shown(tmp_path: Path) -> None:
    (tmp_path / "PKG-INFO").write_text(
        "Metadata-Version: 2.4\nName: a\nVersion: 3\nLicense-Expression: BSD-3-Clause\n"
        "Classifier: License :: OSI Approved :: MIT License\n",
        encoding="utf-8",
    )
    (conclusion,) = scan_paths([tmp_path]).packages
    assert conclusion.declared_expression == "BSD-3-Clause"
    classifier = next(f for f in conclusion.findings if "Classifier" in f.source)
    assert classifier.expression is None
    assert classifier.note is not None
    assert "MIT" in classifier.note


def test_an_ambiguous_name_keeps_no_expression_but_a_shared_level(tmp_path: Path) -> None:
    (tmp_path / "PKG-INFO").write_text(
        "Metadata-Version: 2.1\nName: old\nLicense: BSD\n", encoding="utf-8"
    )
    (conclusion,) = scan_paths([tmp_path]).packages
    assert conclusion.declared_expression is None
    assert conclusion.agreement == "none"
    (finding,) = conclusion.findings
    assert finding.note is not None
    assert "ambiguous" in finding.note
    assert conclusion.verdict.level == finding.level
    assert "does not say which license" in conclusion.verdict.reasons[0].message


def test_a_license_file_named_by_the_manifest_is_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "a"\nlicense = {file = "terms.txt"}\n', encoding="utf-8"
    )
    (tmp_path / "terms.txt").write_text("SPDX-License-Identifier: MIT\n", encoding="utf-8")
    (conclusion,) = scan_paths([tmp_path]).packages
    kinds = {f.path: f.kind for f in conclusion.findings}
    assert kinds == {"pyproject.toml": "manifest", "terms.txt": "license-file"}
    assert conclusion.detected_expression == "MIT"


def test_broken_manifests_are_errors_not_crashes(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project\nname=", encoding="utf-8")
    (tmp_path / "package.json").write_text("{not json", encoding="utf-8")
    (conclusion,) = scan_paths([tmp_path]).packages
    assert len(conclusion.errors) == 2
    assert read_manifest("x/package.json", "[1, 2]").declarations == []
