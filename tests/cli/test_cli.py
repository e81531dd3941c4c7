"""The command-line tool, in process: golden outputs, exit codes, errors on stderr.

Regenerate the golden files after an intended change with
``UPDATE_GOLDEN=1 python -m pytest tests/test_cli.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from licenseclass.cli import main

GOLDEN = Path(__file__).parent / "golden"

CASES = {
    "show-MIT.json": ["show", "MIT", "--format", "json"],
    "show-CC-BY-NC-4.0-osd.txt": ["show", "CC-BY-NC-4.0", "--policy", "osd"],
    "show-llama-3.1.txt": ["show", "LicenseRef-Llama-3.1"],
    "list-model.json": ["list", "--kind", "model", "--format", "json"],
    "list-special.txt": ["list", "--kind", "special"],
}


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_output(capsys: pytest.CaptureFixture[str], name: str) -> None:
    code, out, err = run(capsys, CASES[name])
    assert code == 0, err
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8")


def test_list_json_covers_every_license_and_exception(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, ["list", "--format", "json"])
    rows = json.loads(out)
    assert code == 0
    ids = {r["id"] for r in rows}
    assert {"MIT", "Classpath-exception-2.0", "LicenseRef-Llama-2", "NOASSERTION"} <= ids
    for row in rows:
        assert {"id", "name", "kind", "osi_approved", "fsf_libre", "provenance"} <= row.keys()
        assert row["verdict"]["level"] in {"open", "restricted", "closed", "unknown"}


def test_show_json_has_the_model_and_the_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, ["show", "cc-by-nd-4.0", "--format", "json"])
    data = json.loads(out)
    assert data["id"] == "CC-BY-ND-4.0"
    assert data["verdict"]["level"] == "restricted"
    assert data["verdict"]["policy"] == "article"
    assert any(r["kind"] == "no-derivatives" for r in data["verdict"]["reasons"])


def test_unknown_id_exits_2_with_a_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, ["show", "Apache-2.1"])
    assert code == 2
    assert out == ""
    assert "Unknown license: 'Apache-2.1'" in err
    assert "Apache-2.0" in err


def test_data_check_accepts_a_good_folder_and_rejects_a_bad_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = tmp_path / "good"
    good.mkdir()
    (good / "LicenseRef-Mine.yaml").write_text(
        "id: LicenseRef-Mine\nname: Mine\nrights:\n  use: {status: granted}\n"
        "  modify: {status: granted}\n  share: {status: granted}\n"
        "provenance: {status: reviewed, sources: [{kind: other, ref: our lawyers}]}\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, ["data", "check", str(good)])
    assert code == 0
    assert "LicenseRef-Mine" in out and "open" in out

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "LicenseRef-Bad.yaml").write_text(
        "id: LicenseRef-Bad\nname: Bad\nrestrictions:\n  - kind: non-comercial\n"
        "provenance: {status: reviewed}\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, ["data", "check", str(bad)])
    assert code == 2
    assert "LicenseRef-Bad.yaml:4" in err
    assert "non-comercial" in err


def test_user_data_folder_overrides_on_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "MIT.yaml").write_text(
        "id: MIT\nname: MIT (house reading)\nrights:\n  use: {status: granted}\n"
        "  modify: {status: denied}\n  share: {status: denied}\n"
        "provenance: {status: reviewed, sources: [{kind: other, ref: test}]}\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, ["show", "MIT", "--data", str(tmp_path), "--format", "json"])
    assert code == 0
    assert json.loads(out)["verdict"]["level"] == "closed"


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show"]) == 2
    assert main(["list", "--level", "great"]) == 2


def test_library_warnings_print_as_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import warnings

    from licenseclass.cli import main as cli_main

    def warn_and_show(args: object) -> int:
        del args
        message = "licenseclass: discarding the cached text index x: damaged"
        warnings.warn(message, RuntimeWarning, stacklevel=2)
        return 0

    monkeypatch.setattr("licenseclass.cli.show.run", warn_and_show)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        assert cli_main(["show", "MIT"]) == 0
    err = capsys.readouterr().err
    assert err == "licenseclass: discarding the cached text index x: damaged\n"


def _mit_with(first_line: str) -> str:
    from licenseclass.core.licensedcode import scancode_licenses

    return first_line + "\n\n" + scancode_licenses()["mit"].text


def test_classify_golden_shows_coverage_and_the_unexplained_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # built from licensedcode-data at run time; the golden file holds only our own output
    monkeypatch.chdir(tmp_path)
    Path("nc.txt").write_text(
        _mit_with("This software may be used for non-commercial purposes only."), encoding="utf-8"
    )
    code, out, err = run(capsys, ["classify", "nc.txt"])
    assert code == 0, err
    path = GOLDEN / "classify-mit-non-commercial.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8")


def test_classify_json_reports_coverage_and_unexplained_regions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    added = tmp_path / "added.txt"
    added.write_text(_mit_with("For research purposes only."), encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text(_mit_with(""), encoding="utf-8")
    code, out, _ = run(capsys, ["classify", str(added), str(clean), "--format", "json"])
    assert code == 0
    first, second = json.loads(out)
    assert first["verdict"]["level"] == "restricted"
    assert 0.8 < first["coverage"] < 1.0
    [region] = first["unexplained"]
    assert (region["start_line"], region["end_line"], region["terms"]) == (1, 1, True)
    assert region["restrictions"]
    assert second["verdict"]["level"] == "open"
    assert second["coverage"] == 1.0
    assert second["unexplained"] == []


def test_expr_free_text_quotes_a_long_text_by_its_start(capsys: pytest.CaptureFixture[str]) -> None:
    # a whole license text pasted as a metadata field (scipy's wheel does so): the message
    # quotes its start and length, not 55,000 characters, and points to `classify`
    from licenseclass.core.licensedcode import scancode_licenses

    text = scancode_licenses()["bsd-new"].text
    assert main(["expr", "--free-text", text]) == 1
    out = capsys.readouterr().out
    assert f"({len(text):,} characters)" in out
    assert len(out) < 600
    assert "licenseclass classify FILE" in out


def test_classify_shows_the_exception_put_on_a_license(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from licenseclass.core.licensedcode import scancode_licenses

    texts = scancode_licenses()
    copying = tmp_path / "COPYING"
    copying.write_text(
        texts["gpl-2.0"].text + "\n\n" + texts["classpath-exception-2.0"].text, encoding="utf-8"
    )
    code, out, _ = run(capsys, ["classify", str(copying)])
    assert code == 0
    assert "GPL-2.0-only WITH Classpath-exception-2.0 [open]" in out
    assert "      with Classpath-exception-2.0" in out.splitlines()
    _, out, _ = run(capsys, ["classify", str(copying), "--format", "json"])
    found = json.loads(out)
    found = found[0] if isinstance(found, list) else found
    assert [m["id"] for m in found["matches"]] == ["GPL-2.0-only"]
    assert found["matches"][0]["expression"] == "GPL-2.0-only WITH Classpath-exception-2.0"
