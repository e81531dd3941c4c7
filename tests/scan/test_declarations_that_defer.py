"""Where an installed package's metadata and its license files disagree, the less open of the
two is taken, except where the declaration itself leaves the answer to the files: it names only
the project's own ``LicenseRef-`` (PEP 639 puts that reference's text in a license file), or the
metadata declares an open license in one field and "Other/Proprietary License" in another."""

from __future__ import annotations

from pathlib import Path

import pytest

from licenseclass.core.licensedcode import licensedcode_dir, split_front_matter
from licenseclass.scan.environment import scan_environment
from licenseclass.scan.results import PackageConclusion


def text(key: str) -> str:
    path = licensedcode_dir() / "licenses" / f"{key}.LICENSE"
    return split_front_matter(path.read_text(encoding="utf-8"))[1]


def installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, metadata: str, license_text: str
) -> PackageConclusion:
    """A package installed in ``tmp_path`` with this METADATA (after its name and version) and
    one license file, as ``scan_environment`` reads it."""
    info = tmp_path / "deferpkg_for_scan-2.0.dist-info"
    (info / "licenses").mkdir(parents=True)
    (tmp_path / "deferpkg_for_scan").mkdir()
    files = {
        f"{info.name}/METADATA": (
            "Metadata-Version: 2.4\nName: deferpkg-for-scan\nVersion: 2.0\n" + metadata
        ),
        f"{info.name}/licenses/LICENSE": license_text,
        "deferpkg_for_scan/__init__.py": "",
    }
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    (info / "RECORD").write_text(
        "".join(f"{name},,\n" for name in files) + f"{info.name}/RECORD,,\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("deferpkg-for-scan\n", encoding="utf-8")
    (package,) = scan_environment(requirements=[requirements]).packages
    return package


def test_a_projects_own_reference_is_what_its_license_file_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = installed(
        tmp_path,
        monkeypatch,
        "License-Expression: LicenseRef-Acme-BSD-derived\nLicense-File: LICENSE\n",
        text("bsd-new"),
    )
    assert package.declared_expression == "LicenseRef-Acme-BSD-derived"
    assert package.detected_expression == "BSD-3-Clause"
    assert package.verdict.level == "open"
    assert "own reference" in package.verdict.reasons[0].message


def test_metadata_that_says_both_open_and_proprietary_leaves_it_to_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = installed(
        tmp_path,
        monkeypatch,
        "License: BSD\nClassifier: License :: OSI Approved :: BSD License\n"
        "Classifier: License :: Other/Proprietary License\n",
        text("bsd-new"),
    )
    assert package.agreement == "conflicting"
    assert package.verdict.level == "open"
    assert "says both" in package.verdict.reasons[0].message


def test_a_proprietary_declaration_alone_still_outweighs_an_open_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = installed(
        tmp_path,
        monkeypatch,
        "Classifier: License :: Other/Proprietary License\n",
        text("mit"),
    )
    assert package.agreement == "conflicting"
    assert package.verdict.level == "closed"
    assert "less open of the two" in package.verdict.reasons[0].message


def test_an_own_reference_named_proprietary_still_outweighs_an_open_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = installed(
        tmp_path,
        monkeypatch,
        "License-Expression: LicenseRef-Acme-Proprietary\nLicense-File: LICENSE\n",
        text("bsd-new"),
    )
    assert package.agreement == "conflicting"
    assert package.verdict.level == "unknown"
    assert "less open of the two" in package.verdict.reasons[0].message
