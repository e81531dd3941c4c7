"""Strict release files: located errors for values Python cannot hold and duplicate keys,
file endings, and a release file whose id is not its name. Every file is built here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from licenseclass import DataFileError
from licenseclass.cli import main
from licenseclass.releases.catalog import ReleaseCatalog, read_release

RELEASE = """\
id: acme-7b
name: Acme 7B
organisation: Test Lab
date: 2024-05-01
components:
  - kind: weights
    availability: public
    license: Apache-2.0
  - kind: inference-code
    availability: public
    license: MIT
provenance:
  status: reviewed
"""

BAD = {
    "impossible date": (RELEASE.replace("2024-05-01", "2023-02-30"), 4, "date"),
    "huge integer in a component": (
        RELEASE.replace("    license: MIT", "    license: MIT\n    note: " + "7" * 5000),
        12,
        "components.1.note",
    ),
    "duplicate top-level key": (RELEASE + "name: Acme 8B\n", 14, "name"),
    "duplicate nested key": (
        RELEASE.replace("    license: Apache-2.0", "    license: Apache-2.0\n    license: MIT"),
        9,
        "components.0.license",
    ),
}


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_values_and_duplicate_keys_are_located_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    text, line, field = BAD[case]
    path = write(tmp_path / "releases", "acme-7b.yaml", text)
    loaders: tuple[Callable[[], object], ...] = (
        lambda: read_release(path),
        lambda: ReleaseCatalog([path.parent]).get("acme-7b"),
    )
    for load in loaders:
        with pytest.raises(DataFileError) as caught:
            load()
        assert (caught.value.path, caught.value.line, caught.value.field) == (path, line, field)
    for argv in (["release", str(path)], ["release", "acme-7b", "--releases", str(path.parent)]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert f"acme-7b.yaml:{line}: field {field!r}" in err
        assert err.count("\n") == 1


def test_release_file_whose_id_is_not_its_name_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "other-name.yaml", RELEASE)
    with pytest.raises(DataFileError) as caught:
        read_release(path)
    assert (caught.value.field, caught.value.line) == ("id", 1)
    assert "'acme-7b'" in caught.value.reason
    assert "'other-name.yaml'" in caught.value.reason
    assert main(["release", str(path)]) == 2
    assert "does not match the file name" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["acme-7b.yml", "acme-7b.YAML", "acme-7b.YML"])
def test_yml_and_upper_case_endings_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = write(tmp_path / "releases", name, RELEASE)
    assert read_release(path).id == "acme-7b"
    assert [r.id for r in ReleaseCatalog([path.parent], builtin=False)] == ["acme-7b"]
    assert main(["release", "acme-7b", "--releases", str(path.parent)]) == 0
    assert main(["release", str(path)]) == 0
    assert "Acme 7B" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["acme-7b.json", "acme-7b.JSON"])
def test_json_release_files_are_refused_not_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = write(tmp_path / "releases", name, '{"id": "acme-7b"}')
    for load in (lambda: read_release(path), lambda: list(ReleaseCatalog([path.parent]))):
        with pytest.raises(DataFileError, match="not a data file") as caught:
            load()
        assert caught.value.path == path
    for argv in (["release", str(path)], ["release", "--releases", str(path.parent)]):
        assert main(argv) == 2
        assert "not a data file" in capsys.readouterr().err


def test_a_release_file_without_a_data_ending_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "acme-7b", RELEASE)
    with pytest.raises(DataFileError, match="not a data file"):
        read_release(path)
