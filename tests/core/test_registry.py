"""The registry: lookups, user folders that override, and all-or-nothing loading of bad data."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from licenseclass import DataFileError, Registry, UnknownLicenseError, default_registry, get_license
from licenseclass.core.verdict import verdict

GOOD = """\
id: LicenseRef-Acme-Eval
name: Acme Evaluation License
kind: software
rights:
  use: {status: restricted, restrictions: [evaluation-only]}
  modify: {status: denied}
  share: {status: denied}
restrictions:
  - kind: evaluation-only
provenance:
  status: reviewed
  sources:
    - kind: license-text
      ref: Acme Evaluation License 1.0, section 2
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_lookup_is_case_insensitive_and_keeps_the_list_case() -> None:
    reg = default_registry()
    assert reg.get("apache-2.0").id == "Apache-2.0"
    assert reg.get("MIT").id == "MIT"
    assert reg.canonical_id("gpl-3.0-or-later") == "GPL-3.0-or-later"


def test_deprecated_ids_point_to_their_successor() -> None:
    reg = default_registry()
    old = reg.get("GPL-2.0+")
    assert old.deprecated
    assert old.superseded_by == "GPL-2.0-or-later"
    assert reg.get("GPL-2.0+", follow_deprecated=True).id == "GPL-2.0-or-later"
    assert reg.get("GPL-2.0", follow_deprecated=True).id == "GPL-2.0-only"


def test_scancode_key_is_an_alias() -> None:
    assert default_registry().get("apache-2.0").id == "Apache-2.0"
    assert default_registry().get("bsd-new").id == "BSD-3-Clause"


def test_unknown_id_suggests_near_misses() -> None:
    with pytest.raises(UnknownLicenseError) as info:
        get_license("Apache-2.1")
    assert "Apache-2.0" in info.value.suggestions
    assert "did you mean" in str(info.value)


def test_user_folder_adds_and_overrides(tmp_path: Path) -> None:
    write(tmp_path, "LicenseRef-Acme-Eval.yaml", GOOD)
    override = GOOD.replace("LicenseRef-Acme-Eval", "MIT").replace(
        "Acme Evaluation License", "MIT as our lawyers read it"
    )
    write(tmp_path, "MIT.yaml", override)
    reg = Registry([tmp_path])
    acme = reg.get("licenseref-acme-eval")
    assert verdict(acme).level == "closed"
    assert reg.get("MIT").name == "MIT as our lawyers read it"
    assert reg.get("Apache-2.0").osi_approved  # the rest of the built-in data is still there
    assert default_registry().get("MIT").name == "MIT License"  # the shared registry is untouched


BAD_CASES = {
    "typo in a restriction kind": (
        GOOD.replace("- kind: evaluation-only", "- kind: evalution-only"),
        9,
        "restrictions.0",
        "evalution-only",
    ),
    "wrong type": (
        GOOD.replace("kind: software", "kind: software\nosi_approved: maybe"),
        4,
        "osi_approved",
        "maybe",
    ),
    "unknown field": (
        GOOD.replace("kind: software", "kind: software\nlicence_url: x"),
        4,
        "licence_url",
        "unknown field",
    ),
    "malformed YAML": (
        GOOD.replace("name: Acme Evaluation License", "name: [Acme"),
        None,
        None,
        "malformed YAML",
    ),
    "anchors": (
        GOOD.replace("  modify: {status: denied}", "  modify: &d {status: denied}"),
        6,
        None,
        "anchors",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_file_names_file_line_and_field(tmp_path: Path, case: str) -> None:
    text, line, field, words = BAD_CASES[case]
    write(tmp_path, "LicenseRef-Acme-Eval.yaml", text)
    write(tmp_path, "LicenseRef-Fine.yaml", GOOD.replace("Acme-Eval", "Fine"))
    reg = Registry([tmp_path])
    with pytest.raises(DataFileError) as info:
        reg.get("LicenseRef-Fine")
    err = info.value
    assert err.path.name == "LicenseRef-Acme-Eval.yaml"
    assert words in str(err)
    if line is not None:
        assert err.line == line
    else:
        assert err.line is not None
    if field is not None:
        assert err.field == field
    # nothing from the folder was loaded: the good file is not reachable either, on any retry
    with pytest.raises(DataFileError):
        reg.get("LicenseRef-Fine")


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    write(tmp_path, "LicenseRef-Acme-Eval.yaml", GOOD)
    write(
        tmp_path,
        "LICENSEREF-ACME-EVAL.yaml",
        GOOD.replace("LicenseRef-Acme-Eval", "LICENSEREF-ACME-EVAL"),
    )
    with pytest.raises(DataFileError, match="duplicate id") as info:
        Registry([tmp_path]).get("MIT")
    assert info.value.field == "id"
    assert info.value.line == 1


def test_file_name_must_match_the_id(tmp_path: Path) -> None:
    write(tmp_path, "LicenseRef-Other.yaml", GOOD)
    with pytest.raises(DataFileError, match="does not match the file name"):
        Registry([tmp_path]).get("MIT")


def test_binary_and_non_utf8_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "LicenseRef-Bin.yaml").write_bytes(b"id: x\nname: \xff\xfe\n")
    with pytest.raises(DataFileError, match="UTF-8") as info:
        Registry([tmp_path]).get("MIT")
    assert info.value.line == 2


def test_missing_folder_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="not a folder"):
        Registry([tmp_path / "nope"]).get("MIT")


def test_builtin_full_load_matches_single_file_reads() -> None:
    lazy = Registry()
    single = lazy.get("BSD-3-Clause")
    full = {lic.id: lic for lic in Registry()}
    assert full["BSD-3-Clause"] == single
