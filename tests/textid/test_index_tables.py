"""The index's tables, the per-reference tables the matcher keeps, and the build progress message.

Small reference sets built at run time keep these fast; no test here needs the full index.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from licenseclass import _cache
from licenseclass.textid import index as refdata
from licenseclass.textid.index import (
    DENSE_LIMIT,
    GRAM,
    Reference,
    build_index,
    build_progress,
    extend_index,
    gram_key,
    sampled,
)
from licenseclass.textid.textnorm import normalise

_WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
          "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi",
          "chi", "psi", "omega"]  # fmt: skip


def _text(seed: int, length: int) -> str:
    """A text of ``length`` words drawn from a small vocabulary (so grams repeat)."""
    return " ".join(_WORDS[(seed * 7 + i * i * 3 + i) % len(_WORDS)] for i in range(length))


REFERENCES = [
    Reference(f"rules/r{n}.RULE", f"LicenseRef-R{n}", "notice", 100, 0, False, _text(n, size))
    for n, size in enumerate((12, 30, 64, 65, 200, 3, 500))
] + [Reference("licenses/year.LICENSE", "LicenseRef-Year", "text", 100, 0, False, "2024 " * 20)]


@pytest.fixture(scope="module")
def small() -> refdata.TextIndex:
    return build_index(REFERENCES, versions="test")


def _ids(index: refdata.TextIndex, text: str) -> list[int]:
    return [index.vocab[w] for w in normalise(text).split()]


def test_every_indexed_gram_lists_its_references(small: refdata.TextIndex) -> None:
    for ref, reference in enumerate(REFERENCES):
        ids = _ids(small, reference.text)
        assert small.ref_tokens(ref).tolist() == ids
        if len(ids) < 12:  # only matched exactly
            continue
        keys = {gram_key(*ids[i : i + GRAM]) for i in range(len(ids) - GRAM + 1)}
        indexed = {k for k in keys if sampled(k, len(ids))}
        if len(ids) <= DENSE_LIMIT:
            assert indexed == keys
        for key in keys:
            refs = small.gram_refs_for(key)
            assert (refs is not None and ref in refs) == (key in indexed)
        assert small.gram_counts[ref] == len(indexed)


def test_document_frequency_counts_references_holding_a_word(small: refdata.TextIndex) -> None:
    holding: dict[int, int] = {}
    for ref in range(len(small)):
        for token in set(small.ref_tokens(ref)):
            holding[token] = holding.get(token, 0) + 1
    year = small.vocab["2024"]
    assert small.df[year] == len(small)  # numbers are never distinctive
    for token, count in holding.items():
        if token != year:
            assert small.df[token] == count


def test_extending_an_index_equals_building_it_whole() -> None:
    whole = build_index(REFERENCES, versions="v")
    extended = extend_index(build_index(REFERENCES[:4], versions="v"), REFERENCES[4:], "v")
    assert refdata.dump_index(extended) == refdata.dump_index(whole)


def test_per_reference_tables_match_their_definition(small: refdata.TextIndex) -> None:
    for ref in range(len(small)):
        tokens = small.ref_tokens(ref).tolist()
        keys = [gram_key(*tokens[i : i + GRAM]) for i in range(len(tokens) - GRAM + 1)]
        assert small.ref_gram_keys(ref).tolist() == keys
        assert small.ref_gram_keys(ref) is small.ref_gram_keys(ref)  # kept, not recomputed
        for limit in (0, 1, 3):
            counts = small.ref_rare_counts(ref, limit)
            assert counts.tolist() == [
                sum(1 for t in tokens[:k] if small.df[t] <= limit) for k in range(len(tokens) + 1)
            ]


# --------------------------------------------------------------------------- progress


def _stderr_of(code: str, tmp_path: Path) -> str:
    """What a fresh interpreter (logging left unconfigured) prints on stderr running ``code``."""
    env = dict(os.environ, LICENSECLASS_CACHE_DIR=str(tmp_path / "cache"))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (SRC, env.get("PYTHONPATH")) if p)
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    return done.stderr


SRC = str(Path(refdata.__file__).resolve().parents[2])
_SLOW_BLOCK = """
    import time
    from licenseclass.textid.index import build_progress
    with build_progress("building the test index", after={after}):
        time.sleep(0.4)
"""


def test_a_slow_build_says_so_on_stderr_then_how_long_it_took(tmp_path: Path) -> None:
    err = _stderr_of(_SLOW_BLOCK.format(after=0.05), tmp_path).splitlines()
    assert err[0] == "licenseclass: building the test index ..."
    assert err[1].startswith("licenseclass: building the test index: done in ")
    assert len(err) == 2


def test_a_quick_build_says_nothing(tmp_path: Path) -> None:
    assert _stderr_of(_SLOW_BLOCK.format(after=5.0), tmp_path) == ""


def test_a_null_handler_silences_it(tmp_path: Path) -> None:
    code = (
        "import logging\n" + 'logging.getLogger("licenseclass").addHandler(logging.NullHandler())'
    )
    assert _stderr_of(code + textwrap.dedent(_SLOW_BLOCK.format(after=0.05)), tmp_path) == ""


def test_configured_logging_gets_the_message_instead_of_stderr(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    def announced() -> bool:
        return any(r.getMessage().endswith("...") for r in caplog.records)

    with (
        caplog.at_level(logging.INFO, logger="licenseclass"),
        build_progress("building the test index", after=0.05),
    ):
        # the block lasts until the message came (a loaded machine may start the timer late)
        deadline = time.monotonic() + 30
        while not announced() and time.monotonic() < deadline:
            time.sleep(0.05)
    assert capsys.readouterr().err == ""
    messages = [r.getMessage() for r in caplog.records if r.name == "licenseclass.textid.index"]
    assert messages[0] == "licenseclass: building the test index ..."
    assert "done in" in messages[1]


def test_a_slow_first_build_of_the_cache_reports_progress(tmp_path: Path) -> None:
    code = f"""
        import time
        from pathlib import Path
        from licenseclass.textid import index as refdata
        from licenseclass.textid.index import Reference
        refs = {REFERENCES!r}
        real_build = refdata.build_index
        def slow_build(references, versions=""):
            time.sleep(0.4)
            return real_build(references, versions)
        refdata.scancode_references = lambda: iter(refs)
        refdata.build_index = slow_build
        refdata.PROGRESS_AFTER = 0.05
        refdata.PREBUILT = Path({str(tmp_path / "none.bin")!r})  # as in a source checkout
        refdata.load_index()
    """
    err = _stderr_of(code, tmp_path)
    assert err.startswith("licenseclass: building the license text index (first use, once) ...\n")
    assert "done in" in err
    assert _stderr_of(code, tmp_path) == ""  # from the cache now: nothing to say


# --------------------------------------------------------------------------- shipped index


@pytest.fixture
def counted_builds(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[int]:
    """An empty cache, the small references as the package's, and a list counting builds."""
    monkeypatch.setenv("LICENSECLASS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(refdata, "scancode_references", lambda: iter(REFERENCES))
    monkeypatch.setattr(refdata, "PREBUILT", tmp_path / "prebuilt-textindex.bin")
    builds: list[int] = []
    real_build = refdata.build_index

    def counting_build(refs: list[Reference], versions: str = "") -> refdata.TextIndex:
        builds.append(1)
        return real_build(refs, versions)

    monkeypatch.setattr(refdata, "build_index", counting_build)
    return builds


def test_a_shipped_index_made_for_this_installation_is_used(counted_builds: list[int]) -> None:
    refdata.write_prebuilt(refdata.PREBUILT)
    assert counted_builds == [1]
    shipped = refdata.load_index()
    assert counted_builds == [1]  # loaded, not built again
    assert shipped.names == [r.name for r in REFERENCES]
    assert not any(_cache.cache_dir().glob("textindex-*"))  # nothing cached either


def test_a_shipped_index_made_for_other_versions_is_ignored(counted_builds: list[int]) -> None:
    other = build_index(REFERENCES[:2], versions="prebuilt-made-for-other-data")
    refdata.PREBUILT.write_bytes(refdata.dump_index(other))
    index = refdata.load_index()
    assert counted_builds == [1]  # the stale one was not used: built and cached instead
    assert len(index) == len(REFERENCES)
    assert any(_cache.cache_dir().glob("textindex-*"))


def test_the_portable_key_holds_nothing_of_the_machine(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    before = refdata.portable_key()
    monkeypatch.setenv("LICENSECLASS_CACHE_DIR", str(tmp_path))
    assert refdata.portable_key() == before
    assert before != refdata.index_key()
