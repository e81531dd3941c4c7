"""The index cache under concurrency and failure: one build for many threads or processes, no
temporary file left by a failed write, one warning for a folder that cannot be written.

Like test_identify_cache.py these tests swap the ScanCode texts for three short ones, so a
build takes no time; the build is slowed down on purpose so that the other workers really
arrive while it runs.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

import licenseclass
from licenseclass import _cache as cache
from licenseclass.textid import index as refdata
from licenseclass.textid.classify import classify_text
from licenseclass.textid.index import Reference, load_index

TEXTS = [
    Reference("licenses/alpha.LICENSE", "LicenseRef-Alpha", "text", 100, 0, False,
              "The alpha terms: you may read, copy and lend this work to anyone you like."),
    Reference("rules/beta_1.RULE", "LicenseRef-Beta", "notice", 100, 0, False,
              "This file is covered by the beta terms of lending and borrowing."),
]  # fmt: skip
ALPHA = "THE ALPHA TERMS: you may read, copy and lend this work to anyone you like."
SLOW_BUILD = 0.3  # seconds a build takes here, so that the other workers come while it runs


@pytest.fixture
def small_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[str]]:
    """A cold private cache and two reference texts; yields a list of the builds' thread names."""
    monkeypatch.setenv("LICENSECLASS_CACHE_DIR", str(tmp_path / "cache"))
    builds: list[str] = []
    real_build = refdata.build_index

    def counting_build(refs: list[Reference], versions: str = "") -> refdata.TextIndex:
        builds.append(threading.current_thread().name)
        time.sleep(SLOW_BUILD)
        return real_build(refs, versions)

    monkeypatch.setattr(refdata, "scancode_references", lambda: iter(TEXTS))
    monkeypatch.setattr(refdata, "build_index", counting_build)
    monkeypatch.setattr(cache, "_WARNED_UNWRITABLE", set())
    refdata.forget_builtin_index()
    yield builds
    refdata.forget_builtin_index()


def _in_threads(count: int, work: object) -> list[object]:
    """Run ``work()`` in ``count`` threads released at once; their results, or raise."""
    assert callable(work)
    start = threading.Barrier(count)
    results: list[object] = [None] * count
    errors: list[BaseException] = []

    def run(slot: int) -> None:
        start.wait()
        try:
            results[slot] = work()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,), name=f"worker-{i}") for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results


def test_eight_threads_on_a_cold_cache_build_the_index_once(small_data: list[str]) -> None:
    results = _in_threads(8, lambda: classify_text(ALPHA))
    assert len(small_data) == 1
    for result in results:
        assert isinstance(result, licenseclass.TextClassification)
        assert [m.id for m in result.matches] == ["LicenseRef-Alpha"]


def test_threads_loading_the_index_directly_wait_for_one_build(small_data: list[str]) -> None:
    # Past the process's shared index: here the cache's own build lock must hold them back.
    indexes = _in_threads(8, load_index)
    assert len(small_data) == 1
    names = {tuple(index.names) for index in indexes if isinstance(index, refdata.TextIndex)}
    assert names == {("licenses/alpha.LICENSE", "rules/beta_1.RULE")}
    folder = Path(os.environ["LICENSECLASS_CACHE_DIR"])
    assert [p.name for p in folder.glob("textindex-*")] == [refdata.index_key()]


_CHILD = """
import sys, threading, time
from licenseclass.textid import index as refdata
from licenseclass.textid.classify import classify_text
from licenseclass.textid.index import Reference

marker, alpha, slow = sys.argv[1], sys.argv[2], float(sys.argv[3])
TEXTS = [
    Reference("licenses/alpha.LICENSE", "LicenseRef-Alpha", "text", 100, 0, False,
              "The alpha terms: you may read, copy and lend this work to anyone you like."),
    Reference("rules/beta_1.RULE", "LicenseRef-Beta", "notice", 100, 0, False,
              "This file is covered by the beta terms of lending and borrowing."),
]
real_build = refdata.build_index

def counting_build(refs, versions=""):
    with open(marker, "a", encoding="utf-8") as handle:
        handle.write("built\\n")
    time.sleep(slow)
    return real_build(refs, versions)

refdata.scancode_references = lambda: iter(TEXTS)
refdata.build_index = counting_build
index = refdata.load_index()
print(index.versions, *[m.id for m in classify_text(alpha, index=index).matches])
"""


def test_four_processes_on_a_cold_cache_build_the_index_once(tmp_path: Path) -> None:
    marker = tmp_path / "builds.txt"
    env = dict(os.environ)
    env["LICENSECLASS_CACHE_DIR"] = str(tmp_path / "cache")
    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(licenseclass.__file__).resolve().parent.parent), env.get("PYTHONPATH", "")]
    )
    child = textwrap.dedent(_CHILD)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", child, str(marker), ALPHA, str(SLOW_BUILD * 3)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outputs = [proc.communicate(timeout=300) for proc in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert out.split()[1:] == ["LicenseRef-Alpha"]
    assert len({out.split()[0] for out, _ in outputs}) == 1  # the same entry for all
    assert marker.read_text(encoding="utf-8").splitlines() == ["built"]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


def test_a_failed_rename_leaves_no_temporary_file(
    small_data: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = Path(os.environ["LICENSECLASS_CACHE_DIR"])

    def failing_replace(src: object, dst: object) -> None:
        raise OSError(errno.EXDEV, "cross-device link")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.warns(RuntimeWarning, match="cannot write the cache folder"):
        index = load_index()
    assert classify_text(ALPHA, index=index).matches[0].id == "LicenseRef-Alpha"
    assert _leftovers(folder) == []


def test_a_failed_write_leaves_no_temporary_file(
    small_data: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = Path(os.environ["LICENSECLASS_CACHE_DIR"])
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, fd: int, mode: str) -> None:
            self.handle = real_fdopen(fd, mode)

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.handle.write(data[: len(data) // 2])  # half of it lands, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", FullDisk)
    with pytest.warns(RuntimeWarning, match="No space left on device"):
        assert cache.write_cached("textindex-test.bin", b"x" * 100_000) is False
    assert _leftovers(folder) == []


def test_an_unwritable_cache_folder_warns_once(
    small_data: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A folder below a regular file can be made by nobody, root included.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("LICENSECLASS_CACHE_DIR", str(blocker / "cache"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = load_index()
        second = load_index()
        assert cache.write_cached("other-entry.json", b"{}") is False
    messages = [str(w.message) for w in caught if issubclass(w.category, RuntimeWarning)]
    assert len(messages) == 1
    assert "cannot write the cache folder" in messages[0]
    assert str(blocker / "cache") in messages[0]
    assert len(small_data) == 2  # nothing could be kept, so each load built (and still worked)
    assert first.names == second.names
