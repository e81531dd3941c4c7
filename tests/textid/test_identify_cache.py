"""The on-disk index cache: built once, reused, rebuilt when damaged or stale, tidied.

These tests swap the ScanCode texts for three short ones so that building takes no time.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from licenseclass.core.licensedcode import split_front_matter, to_spdx
from licenseclass.core.registry import Registry
from licenseclass.textid import index as refdata
from licenseclass.textid.classify import classify_text
from licenseclass.textid.index import Reference, index_key, load_index, prune_stale

TEXTS = [
    Reference("licenses/alpha.LICENSE", "LicenseRef-Alpha", "text", 100, 0, False,
              "The alpha terms: you may read, copy and lend this work to anyone you like."),
    Reference("rules/beta_1.RULE", "LicenseRef-Beta", "notice", 100, 0, False,
              "This file is covered by the beta terms of lending and borrowing."),
    Reference("rules/fp_1.RULE", "", "false-positive", 100, 0, True,
              "the alpha particle decays into two protons and two neutrons"),
]  # fmt: skip


@pytest.fixture
def small_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[int]]:
    """A private cache folder and three reference texts; yields a list counting builds."""
    monkeypatch.setenv("LICENSECLASS_CACHE_DIR", str(tmp_path / "cache"))
    builds: list[int] = []
    real_build = refdata.build_index

    def counting_build(refs: list[Reference], versions: str = "") -> refdata.TextIndex:
        builds.append(1)
        return real_build(refs, versions)

    monkeypatch.setattr(refdata, "scancode_references", lambda: iter(TEXTS))
    monkeypatch.setattr(refdata, "build_index", counting_build)
    refdata.forget_builtin_index()  # the process-wide index must not be the small one
    yield builds
    refdata.forget_builtin_index()


def test_index_is_built_once_then_read_from_the_cache(small_data: list[int]) -> None:
    first = load_index()
    second = load_index()
    assert len(small_data) == 1
    assert second.versions == first.versions
    assert second.names == first.names
    result = classify_text(
        "THE ALPHA TERMS: you may read, copy and lend this work to anyone you like.", index=second
    )
    assert [m.id for m in result.matches] == ["LicenseRef-Alpha"]


def test_a_damaged_cache_entry_is_rebuilt(small_data: list[int]) -> None:
    index = load_index()
    path = Path(os.environ["LICENSECLASS_CACHE_DIR"]) / index.versions
    path.write_bytes(b"not an index")
    with pytest.warns(RuntimeWarning, match="discarding the cached text index"):
        load_index()
    assert len(small_data) == 2
    assert path.read_bytes() != b"not an index"


def test_user_texts_change_the_cache_key(small_data: list[int], tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    empty_key = index_key(Registry([folder]).user_texts())
    (folder / "LicenseRef-Mine.txt").write_text("My own terms for my own work.", encoding="utf-8")
    texts = Registry([folder]).user_texts()
    assert index_key(texts) != empty_key
    index = load_index(texts)
    assert "user/LicenseRef-Mine.txt" in index.names
    assert len(small_data) == 1


def test_false_positive_rules_suppress_their_span(small_data: list[int]) -> None:
    result = classify_text(
        "Note: the alpha particle decays into two protons and two neutrons.", index=load_index()
    )
    assert result.matches == ()


def test_stale_entries_are_pruned(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LICENSECLASS_CACHE_DIR", str(tmp_path))
    old, recent, current = (tmp_path / f"textindex-{n}.bin" for n in ("a", "b", "c"))
    for path in (old, recent, current):
        path.write_bytes(b"x")
    two_days_ago = time.time() - 2 * 86400
    os.utime(old, (two_days_ago, two_days_ago))
    os.utime(current, (two_days_ago, two_days_ago))
    prune_stale("textindex-", keep=current.name)
    assert not old.exists()
    assert recent.exists()
    assert current.exists()


def test_front_matter_reader_and_key_mapping() -> None:
    meta, text = split_front_matter(
        "---\nkey: foo\nis_license_text: yes\nrelevance: 90\nignorable_urls:\n"
        "    - http://example.org\n---\n\nThe text.\n"
    )
    assert meta == {
        "key": "foo",
        "is_license_text": "yes",
        "relevance": "90",
        "ignorable_urls": ["http://example.org"],
    }
    assert text == "\nThe text.\n"
    assert to_spdx("mit OR unknown-key") == ("MIT OR LicenseRef-scancode-unknown-key", False)
    folded, _ = split_front_matter(
        "---\nlicense_expression: epl-2.0 OR (gpl-2.0 WITH classpath-exception-2.0\n"
        "    AND gpl-2.0)\nis_license_notice: yes\n---\nText.\n"
    )
    assert folded["license_expression"] == (
        "epl-2.0 OR (gpl-2.0 WITH classpath-exception-2.0 AND gpl-2.0)"
    )


class _RunsCode:
    """Unpickling this object runs a command: what a hostile cache file would hold."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.marker}",))


def test_a_crafted_cache_file_cannot_run_code(small_data: list[int], tmp_path: Path) -> None:
    import pickle

    marker = tmp_path / "code-ran"
    name = index_key()
    folder = Path(os.environ["LICENSECLASS_CACHE_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    payload = pickle.dumps(_RunsCode(marker))
    (folder / name).write_bytes(payload)  # under the very name the index is looked up by
    (folder / name.replace(".bin", ".pickle")).write_bytes(payload)  # and the old format's
    with pytest.warns(RuntimeWarning, match="discarding the cached text index"):
        index = load_index()
    assert not marker.exists()
    assert len(small_data) == 1  # rebuilt from the references
    assert index.names == [r.name for r in TEXTS if r.text]
    assert (folder / name).read_bytes().startswith(b"licenseclass-text-index\n")
