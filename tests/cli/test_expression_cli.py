"""The ``licenseclass expr`` sub-command, in process."""

from __future__ import annotations

import json

import pytest

from licenseclass.cli import main


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_text_output_shows_canonical_form_verdict_choices_and_tree(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, ["expr", "mit or (gpl-2.0+ and cc-by-nc-4.0)"])
    assert code == 0, err
    assert "expression: MIT OR GPL-2.0+ AND CC-BY-NC-4.0" in out
    assert "verdict:    open" in out
    assert "  - MIT: open  <- most open" in out
    assert "  - GPL-2.0+ AND CC-BY-NC-4.0: restricted" in out
    assert "deprecated: GPL-2.0+, use GPL-2.0-or-later" in out
    assert "rights:     use granted, modify granted, share conditional" in out
    tree = out.split("tree:\n", 1)[1].splitlines()
    assert tree == ["  OR", "    MIT", "    AND", "      GPL-2.0+", "      CC-BY-NC-4.0"]


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, ["expr", "Apache-2.0 WITH Commons-Clause", "--format", "json"])
    assert code == 0
    data = json.loads(out)
    assert data["expression"] == "Apache-2.0 WITH Commons-Clause"
    assert data["tree"]["type"] == "with"
    assert data["verdict"]["level"] == "restricted"
    assert data["deprecated"] == []


def test_osd_policy(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, ["expr", "CC-BY-NC-4.0", "--policy", "osd", "--format", "json"])
    assert code == 0
    assert json.loads(out)["verdict"]["policy"] == "osd"


@pytest.mark.parametrize(
    "argv",
    [
        ["expr", "MIT OR"],
        ["expr", "(" * 10_000 + "MIT" + ")" * 10_000],
        ["expr", "MIT AND Unknown-Id-1.0", "--strict"],
        ["expr", ""],
    ],
)
def test_bad_input_exits_2_with_a_message(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, argv)
    assert code == 2
    assert out == ""
    assert err.startswith("licenseclass: error: ")
    assert "Traceback" not in err


def test_unknown_ids_are_reported_without_strict(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, ["expr", "MIT AND LicenseRef-Ours"])
    assert code == 0
    assert "verdict:    unknown" in out
    assert "unknown: LicenseRef-Ours" in out


def test_free_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, ["expr", "--free-text", "GPLv2+"])
    assert code == 0
    assert out.startswith("read 'GPLv2+' as GPL-2.0-or-later")
    code, out, _ = run(capsys, ["expr", "--free-text", "BSD"])
    assert code == 1
    assert "meaning: ambiguous" in out
    assert "BSD-3-Clause" in out
    code, out, _ = run(capsys, ["expr", "--free-text", "UNLICENSED", "--format", "json"])
    assert code == 0
    data = json.loads(out)
    assert data["free_text"]["meaning"] == "all-rights-reserved"
    assert data["free_text"]["expression"] is None
    assert data["verdict"]["level"] == "closed"


@pytest.mark.parametrize("text", ["Proprietary", "All rights reserved", "Commercial"])
def test_free_text_reserving_all_rights_is_closed(
    capsys: pytest.CaptureFixture[str], text: str
) -> None:
    code, out, _ = run(capsys, ["expr", "--free-text", text])
    assert code == 0
    assert "verdict:    closed" in out


def test_free_text_that_states_terms_is_judged_by_them(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, ["expr", "--free-text", "Free for non-commercial use"])
    assert code == 0
    assert "states limits: non-commercial" in out
    assert "verdict:    restricted" in out
    code, out, _ = run(capsys, ["expr", "--free-text", "Research use only", "--format", "json"])
    assert code == 0
    data = json.loads(out)
    assert data["free_text"]["expression"] is None
    assert data["stated_limits"] == ["research-only"]
    assert data["verdict"]["level"] == "restricted"
    assert data["verdict"]["reasons"][0]["evidence"][0]["text"] == "Research use only"
    # a name beside words that change it is still declined, with its candidate
    code, out, _ = run(capsys, ["expr", "--free-text", "Modified MIT License"])
    assert code == 1
    assert "candidates: MIT" in out
