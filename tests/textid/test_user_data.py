"""A user's own license (YAML and text in one folder) reaches every stage through the registry.

The Acme license below is invented for this test: its YAML and its text are written to a
temporary folder, and nothing else tells licenseclass about it.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from licenseclass import Registry, classify_file, classify_text
from licenseclass.cli import main
from licenseclass.textid import index as text_index

ACME_ID = "LicenseRef-Acme-NC-1.0"

ACME_YAML = f"""\
id: {ACME_ID}
name: Acme Non-Commercial License 1.0
kind: software
version: "1.0"
rights:
  use: {{status: restricted, restrictions: [non-commercial]}}
  modify: {{status: restricted, restrictions: [non-commercial]}}
  share: {{status: restricted, restrictions: [non-commercial]}}
restrictions:
  - kind: non-commercial
provenance:
  status: reviewed
  sources:
    - kind: license-text
      ref: written for this test
"""

ACME_TEXT = """\
Acme Non-Commercial License 1.0

Acme Widgets grants every person who receives a copy of the accompanying gadget firmware the
right to run it, to study how the firmware drives the gadget, to adapt it to other gadgets and
to hand copies to friends and colleagues, provided that no one is paid, directly or indirectly,
for any of these acts and that this paragraph travels with every copy.

Selling the firmware, bundling it with a product that is sold, or running it as part of a
service for which a fee is charged needs a separate written agreement with Acme Widgets.

Acme Widgets gives the firmware as it is, promises nothing about how well it works, and
answers for no harm that comes from using it.
"""

NAMED = "/* This file is licensed under the Acme Non-Commercial License 1.0. */\nint x;\n"


@pytest.fixture
def acme(tmp_path: Path) -> Path:
    folder = tmp_path / "my-licenses"
    folder.mkdir()
    (folder / f"{ACME_ID}.yaml").write_text(ACME_YAML, encoding="utf-8")
    (folder / f"{ACME_ID}.txt").write_text(ACME_TEXT, encoding="utf-8")
    return folder


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[Path, Path]:
    named = tmp_path / "named.c"
    named.write_text(NAMED, encoding="utf-8")
    rewrapped = tmp_path / "LICENSE"
    paragraphs = ACME_TEXT.split("\n\n")
    rewrapped.write_text("\n\n".join(textwrap.fill(p, width=47) for p in paragraphs) + "\n")
    return named, rewrapped


def test_the_api_needs_only_the_registry(acme: Path, inputs: tuple[Path, Path]) -> None:
    registry = Registry([acme])
    named, rewrapped = inputs
    by_name = classify_file(named, registry=registry)
    assert by_name.ids == (ACME_ID,)
    assert by_name.matches[0].method == "name"
    assert by_name.verdict.level == "restricted"
    by_text = classify_file(rewrapped, registry=registry)
    assert by_text.ids == (ACME_ID,)
    assert by_text.matches[0].kind == "text"
    assert by_text.verdict.level == "restricted"


def test_without_the_folder_acme_is_not_known(inputs: tuple[Path, Path]) -> None:
    named, _ = inputs
    assert ACME_ID not in classify_file(named).ids


def _cli_ids(capsys: pytest.CaptureFixture[str], argv: list[str]) -> list[list[str]]:
    capsys.readouterr()
    assert main(argv) == 0
    rows = json.loads(capsys.readouterr().out)
    return [[m["id"] for m in row["matches"]] for row in rows]


@pytest.mark.parametrize("position", ["before", "after"])
def test_cli_takes_data_before_or_after_the_command(
    acme: Path, inputs: tuple[Path, Path], capsys: pytest.CaptureFixture[str], position: str
) -> None:
    files = [str(p) for p in inputs]
    command = ["classify", *files, "--format", "json"]
    data = ["--data", str(acme)]
    argv = data + command if position == "before" else command + data
    assert _cli_ids(capsys, argv) == [[ACME_ID], [ACME_ID]]


def test_cli_reads_data_folders_from_the_environment(
    acme: Path,
    inputs: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("LICENSECLASS_DATA", f"{empty}:{acme}")
    files = [str(p) for p in inputs]
    assert _cli_ids(capsys, ["classify", *files, "--format", "json"]) == [[ACME_ID], [ACME_ID]]
    capsys.readouterr()
    assert main(["show", ACME_ID, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == ACME_ID


def test_a_user_text_extends_the_built_in_index_without_rebuilding_it(
    acme: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = text_index.builtin_index()  # built or read once: the shared built-in index

    def no_rebuild() -> None:
        raise AssertionError("the built-in references were read again")

    monkeypatch.setattr(text_index, "scancode_references", no_rebuild)
    extended = text_index.load_index(Registry([acme]).user_texts())
    assert len(extended) == len(base) + 1
    assert extended.names[-1] == f"user/{ACME_ID}.txt"
    assert len(base.names) == len(extended) - 1  # the base itself is unchanged
    found = classify_text(ACME_TEXT, index=extended, registry=Registry([acme]))
    assert found.ids == (ACME_ID,)
