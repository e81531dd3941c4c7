"""Each manifest form read, then normalized into the declared expression of a scan."""

from __future__ import annotations

from pathlib import Path

import pytest

from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.scan.manifests import read_manifest
from licenseclass.scan.project import scan_paths


def license_text(key: str) -> str:
    return scancode_licenses()[key].text.strip() + "\n"


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
        (
            "DESCRIPTION",
            "Package: a\nVersion: 1.0\nAuthors@R: person('A', 'B')\nLicense: GPL (>= 2)\n",
            "GPL-2.0-or-later",
        ),
        ("DESCRIPTION", "Package: a\nLicense: GPL-2 | GPL-3\n", "GPL-2.0-only OR GPL-3.0-only"),
        (
            "DESCRIPTION",
            "Package: a\nLicense: LGPL (>= 2.1) |\n    BSD_3_clause + file LICENSE\n",
            "LGPL-2.1-or-later OR BSD-3-Clause",
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


def test_an_r_package_names_its_license_file_and_version(tmp_path: Path) -> None:
    """R's "+ file TERMS" names a file of further terms: it is read as a license file, and what
    it adds lowers the verdict."""
    (tmp_path / "DESCRIPTION").write_text(
        "Package: rpkg\nType: Package\nVersion: 0.3.1\nLicense: MIT + file TERMS\n",
        encoding="utf-8",
    )
    (tmp_path / "TERMS").write_text(
        "You may not use this package for commercial purposes.\n", encoding="utf-8"
    )
    (conclusion,) = scan_paths([tmp_path]).packages
    assert (conclusion.name, conclusion.version) == ("rpkg", "0.3.1")
    assert conclusion.declared_expression == "MIT"
    assert {f.path: f.kind for f in conclusion.findings} == {
        "DESCRIPTION": "manifest",
        "TERMS": "license-file",
    }
    assert conclusion.verdict.level == "restricted"


def test_a_description_that_is_no_r_package_is_an_ordinary_file(tmp_path: Path) -> None:
    """A plain DESCRIPTION (no "Package:" field, a line that is no field) is neither a
    manifest nor a broken one: its folder is no project of its own."""
    (tmp_path / "LICENSE").write_text(license_text("mit"), encoding="utf-8")
    (tmp_path / "tool").mkdir()
    (tmp_path / "tool" / "DESCRIPTION").write_text(
        "Usage: tool [FILE]\nThis tool converts files.\nIt has no options.\n", encoding="utf-8"
    )
    (conclusion,) = scan_paths([tmp_path]).packages  # no project of its own in tool/
    assert not conclusion.errors
    assert conclusion.declared_expression is None
    assert conclusion.detected_expression == "MIT"
    assert (
        read_manifest("x/DESCRIPTION", "Package: a\nLicense: file LICENSE\n").declarations[0].kind
        == "file"
    )


@pytest.mark.parametrize(
    ("license_field", "level"),
    [("GPL (>= 2) | file LICENCE", "open"), ("GPL (>= 2) + file LICENCE", "restricted")],
)
def test_a_file_of_terms_limits_only_when_it_is_no_option(
    tmp_path: Path, license_field: str, level: str
) -> None:
    """R's "GPL (>= 2) | file LICENCE" offers the GPL or the file's terms: a non-commercial
    file limits only its own option. "+ file LICENCE" adds its terms to the GPL's."""
    (tmp_path / "DESCRIPTION").write_text(
        f"Package: rpkg\nVersion: 1\nLicense: {license_field}\n", encoding="utf-8"
    )
    (tmp_path / "LICENCE").write_text(
        "You may not use this package for commercial purposes.\n", encoding="utf-8"
    )
    (conclusion,) = scan_paths([tmp_path]).packages
    assert conclusion.declared_expression == "GPL-2.0-or-later"
    assert conclusion.verdict.level == level
