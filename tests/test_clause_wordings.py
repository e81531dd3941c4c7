"""The wording sets of benchmarks/bench_clause_wordings.py stay well formed and our own.

Each case is one limit (a LimitingKind) or a near miss (`none`), under an id unique in its set;
and no case shares a run of eight words with any licensedcode-data licence text, so the sets stay
in their authors' words rather than copied from real licences.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, get_args

import pytest
import yaml

from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.core.model import LimitingKind

SETS = sorted((Path(__file__).resolve().parents[1] / "benchmarks").glob("clause_wordings_*.yaml"))
RUN = 8  # words


def _cases(path: Path) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    return cases


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def shared_runs(texts: dict[str, str], references: dict[str, str]) -> dict[str, str]:
    """For each of ``texts`` (by id) that shares a run of RUN words with a reference, the key
    of the first such reference."""
    runs: dict[tuple[str, ...], list[str]] = {}
    for key, text in texts.items():
        words = _words(text)
        for i in range(len(words) - RUN + 1):
            runs.setdefault(tuple(words[i : i + RUN]), []).append(key)
    found: dict[str, str] = {}
    for ref_key, ref_text in references.items():
        words = _words(ref_text)
        for i in range(len(words) - RUN + 1):
            for key in runs.get(tuple(words[i : i + RUN]), ()):
                found.setdefault(key, ref_key)
    return found


def test_the_run_check_finds_a_copied_sentence_and_passes_a_reworded_one() -> None:
    reference = {"ref": "You may not use the Software for any commercial purpose whatsoever."}
    texts = {
        "copied": "Note: you may not use the Software for any commercial purpose.",
        "reworded": "Commercial use of the Toolkit is not something this licence allows.",
    }
    assert shared_runs(texts, reference) == {"copied": "ref"}


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_no_two_cases_of_a_set_share_an_id_and_every_kind_is_known(path: Path) -> None:
    # (sets a and b reuse ids between them; the tune/check split hashes the id, so they stay)
    kinds = set(get_args(LimitingKind)) | {"none"}
    ids = [case["id"] for case in _cases(path)]
    assert len(ids) == len(set(ids))
    assert {case["kind"] for case in _cases(path)} <= kinds


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_no_case_copies_a_run_of_a_real_licence(path: Path) -> None:
    texts = {str(case["id"]): str(case["text"]) for case in _cases(path)}
    references = {key: lic.text for key, lic in scancode_licenses().items()}
    assert shared_runs(texts, references) == {}
