"""A downloaded model folder judged from what is on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from licenseclass.cli import main
from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.errors import InputFileError
from licenseclass.releases.folder import (
    front_matter,
    inspect_model_folder,
    license_from_tag,
    read_model_folder,
)
from licenseclass.releases.verdict import assess_release


def model_folder(
    root: Path,
    card: str | None,
    *,
    license_key: str | None = None,
    policy: bool = False,
    weights: bool = True,
) -> Path:
    """A small model folder: fake weight shards, config.json, a card, LICENSE and USE_POLICY."""
    root.mkdir(parents=True)
    if weights:
        for shard in ("model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"):
            (root / shard).write_bytes(b"\x00" * 16)
    (root / "config.json").write_text('{"model_type": "llama"}', encoding="utf-8")
    if card is not None:
        (root / "README.md").write_text(f"---\n{card}---\n# A model\n", encoding="utf-8")
    if license_key is not None:
        text = scancode_licenses()[license_key].text
        (root / "LICENSE").write_text(text, encoding="utf-8")
    if policy:
        (root / "USE_POLICY.md").write_text(
            "# Acceptable use\nYou may not use the model to harm people.\n", encoding="utf-8"
        )
    return root


def test_front_matter_is_read_and_a_card_without_it_gives_nothing() -> None:
    meta = front_matter("---\nlicense: other\nlicense_name: qwen\n---\n# Qwen\n")
    assert meta == {"license": "other", "license_name": "qwen"}
    assert front_matter("# no front matter\nlicense: mit\n") == {}
    assert front_matter("---\nlicense: [unclosed\n---\n") == {}


def test_hugging_face_tags_map_through_the_registry() -> None:
    assert license_from_tag("apache-2.0") == "Apache-2.0"
    assert license_from_tag("llama3.1") == "LicenseRef-Llama-3.1"
    assert license_from_tag("qwen-research") == "LicenseRef-Qwen-Research-2024"
    assert license_from_tag("no-such-tag-at-all") is None


def test_open_weights_with_a_matching_license_file_are_open(tmp_path: Path) -> None:
    folder = model_folder(tmp_path / "m", "license: apache-2.0\n", license_key="apache-2.0")
    release, seen = read_model_folder(folder)
    assert seen.card_expression == "Apache-2.0"
    assert seen.license_file_expression == "Apache-2.0"
    assert not seen.conflict
    assert len(seen.weights) == 2
    assert assess_release(release, "article").verdict.level == "open"
    osaid = assess_release(release, "osaid").verdict
    assert osaid.level == "restricted"
    failed = {c.title: [r.message for r in c.reasons] for c in osaid.criteria}
    assert "the code used to train the model is not published" in failed["Code: training"]
    assert any("data" in m for m in failed["Data information"])


def test_a_use_policy_file_restricts_open_terms(tmp_path: Path) -> None:
    folder = model_folder(tmp_path / "m", "license: apache-2.0\n", policy=True)
    release, seen = read_model_folder(folder)
    assert seen.use_policy == "USE_POLICY.md"
    verdict = assess_release(release, "article").verdict
    assert verdict.level == "restricted"
    assert any(r.kind == "acceptable-use-policy" for r in verdict.reasons)


def test_license_other_is_read_from_license_name(tmp_path: Path) -> None:
    card = "license: other\nlicense_name: qwen\nlicense_link: https://example.org/LICENSE\n"
    release, seen = read_model_folder(model_folder(tmp_path / "q", card))
    assert seen.card_license == "other"
    assert seen.card_license_link == "https://example.org/LICENSE"
    assert seen.expression == "LicenseRef-Qwen-2024"
    assert assess_release(release, "article").verdict.level == "restricted"


def test_a_card_and_a_license_file_that_disagree_are_both_shown(tmp_path: Path) -> None:
    folder = model_folder(tmp_path / "c", "license: mit\n", license_key="apache-2.0")
    _, seen = read_model_folder(folder)
    assert seen.conflict
    assert seen.expression == "(MIT) AND (Apache-2.0)"
    assert any("the card says MIT but LICENSE reads as Apache-2.0" in n for n in seen.notes)


def test_no_weights_on_disk_is_closed_and_an_unknown_tag_is_noted(tmp_path: Path) -> None:
    folder = model_folder(tmp_path / "w", "license: made-up-tag\n", weights=False)
    release, seen = read_model_folder(folder)
    assert seen.expression is None
    assert any("made-up-tag" in n for n in seen.notes)
    assert assess_release(release, "article").verdict.level == "closed"


def test_a_file_or_missing_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputFileError):
        inspect_model_folder(tmp_path / "missing")


def test_the_cli_reads_a_model_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = model_folder(tmp_path / "llama-like", "license: llama3.1\n", policy=True)
    assert main(["release", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("llama-like: SEMI-OPEN")
    assert "weights' terms  LicenseRef-Llama-3.1" in out
    assert main(["release", str(folder), "--policy", "osaid", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["folder"]["card_expression"] == "LicenseRef-Llama-3.1"
    assert data["folder"]["use_policy"] == "USE_POLICY.md"
    assert data["verdict"]["level"] == "restricted"
    assert data["related"] == []


def test_weights_in_a_subfolder_count_and_training_state_does_not(tmp_path: Path) -> None:
    folder = model_folder(tmp_path / "m", "license: mit\n", weights=False)
    (folder / "training_args.bin").write_bytes(b"\x00")
    assert inspect_model_folder(folder).weights == ()
    (folder / "original").mkdir()
    (folder / "original" / "consolidated.00.pth").write_bytes(b"\x00")
    (folder / "original" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "broken.safetensors").symlink_to(folder / "missing.safetensors")
    assert inspect_model_folder(folder).weights == ("original/consolidated.00.pth",)
