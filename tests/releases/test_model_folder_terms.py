"""A model folder's LICENSE judged by its whole text, as ``classify`` judges it: an agreement no
reference identifies gives the weights its terms' level (it was unknown, "no license is
stated"), and lines beside an identified license that limit it lower the weights' level."""

from __future__ import annotations

from pathlib import Path

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.releases.folder import read_model_folder
from licenseclass.releases.summary import what_it_means
from licenseclass.releases.verdict import assess_release

# A model license written for these tests: it grants use and bans commerce and some fields.
MODEL_LICENSE = (
    "MODEL LICENSE AGREEMENT\n\n"
    "Acme AI grants you a non-exclusive, worldwide, royalty-free license to use, reproduce, "
    "modify and distribute the Model.\n\n"
    "You may not use the Model or its outputs for any commercial purpose.\n\n"
    "You may not use the Model for military purposes or for surveillance.\n"
)


def folder_with(root: Path, license_text: str, card: str = "") -> Path:
    root.mkdir(parents=True)
    (root / "model.safetensors").write_bytes(b"\x00" * 16)
    (root / "config.json").write_text('{"model_type": "llama"}', encoding="utf-8")
    (root / "LICENSE").write_text(license_text, encoding="utf-8")
    if card:
        (root / "README.md").write_text(f"---\n{card}---\n# A model\n", encoding="utf-8")
    return root


def test_a_license_nothing_identifies_is_judged_by_its_terms(tmp_path: Path) -> None:
    assert classify_text(MODEL_LICENSE).expression is None
    release, seen = read_model_folder(folder_with(tmp_path / "m", MODEL_LICENSE))
    assert seen.license_file_expression is None
    assert seen.license_file_level == "restricted"
    result = assess_release(release, "article")
    assert result.verdict.level == "restricted"
    (weights,) = [c for c in result.components if c.kind == "weights"]
    assert weights.level == "restricted"
    messages = [r.message for r in weights.reasons]
    assert "LICENSE: commercial use is not allowed" in messages
    assert any(r.evidence and r.evidence[0].start_line == 5 for r in weights.reasons)
    # what it means for a business follows the terms read
    assert what_it_means(result).business.startswith("no commercial use")


def test_a_limiting_line_beside_mit_lowers_the_weights(tmp_path: Path) -> None:
    mit = scancode_licenses()["mit"].text
    text = "The weights may be used for research purposes only.\n\n" + mit
    release, seen = read_model_folder(folder_with(tmp_path / "m", text, "license: mit\n"))
    assert seen.license_file_expression == "MIT"
    result = assess_release(release, "article")
    assert result.verdict.level == "restricted"
    (weights,) = [c for c in result.components if c.kind == "weights"]
    assert weights.license == "MIT"
    assert weights.reasons[0].message.startswith("LICENSE: ")


def test_the_same_folder_with_a_plain_mit_license_is_open(tmp_path: Path) -> None:
    mit = scancode_licenses()["mit"].text
    release, seen = read_model_folder(folder_with(tmp_path / "m", mit, "license: mit\n"))
    assert seen.terms_reasons == ()
    assert assess_release(release, "article").verdict.level == "open"
