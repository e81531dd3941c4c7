"""Texts of a newer licensedcode-data release, for a clause-reader part the reader never met.

The project's reference texts are licensedcode-data 32.1.0. ScanCode Toolkit 32.5.0 ships the
same license database, about 300 licenses larger: texts added after 32.1.0, which no rule of the
clause reader was written from. This module downloads that release's wheel once from PyPI into a
cache folder (``debian_texts.download_checked``, SHA-256 pinned below), and reads the added
licenses' texts and categories out of it with the standard library and the project's own
front-matter reader. ``clause_labels_newer.yaml`` labels some of them; each entry records the
SHA-256 of the text it was labelled from.
"""

from __future__ import annotations

import functools
import hashlib
import random
import re
import sys
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from debian_texts import FetchError, download_checked

from licenseclass.core.licensedcode import licensedcode_dir, scancode_licenses, split_front_matter

__all__ = ["FetchError", "NewerLicense", "added_licenses", "newer_text"]

WHEEL_URL = (
    "https://files.pythonhosted.org/packages/be/6e/d4e4c2de604c4369f89d446e0b98f0e39573077edfc9f"
    "1a1afbc380b7ad8/scancode_toolkit-32.5.0-cp311-none-any.whl"
)
WHEEL_SHA256 = "327d20a0de71d49930d8a6919c2b6d54c2acf4dd0a1d48da9a71dd4ce7b97b78"
RELEASE = "scancode-toolkit 32.5.0"
DEFAULT_CACHE = Path.home() / ".cache" / "licenseclass-bench" / "newer"
_MEMBERS = "licensedcode/data/licenses/"


@dataclass(frozen=True)
class NewerLicense:
    """One license of the newer release: its key, category, flags and text."""

    key: str
    category: str
    is_deprecated: bool
    is_generic: bool
    is_exception: bool
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def _flag(meta: dict[str, str | list[str]], name: str) -> bool:
    return str(meta.get(name, "")).strip().lower() in ("yes", "true")


def _generic(meta: dict[str, str | list[str]]) -> bool:
    return _flag(meta, "is_generic") or _flag(meta, "is_unknown")


def _wheel(cache: Path) -> zipfile.ZipFile:
    path = cache / WHEEL_URL.rsplit("/", 1)[-1]
    download_checked(WHEEL_URL, path, WHEEL_SHA256, 600)
    return zipfile.ZipFile(path)


@functools.lru_cache(maxsize=2)
def added_licenses(cache: Path = DEFAULT_CACHE) -> dict[str, NewerLicense]:
    """The licenses of the newer release whose keys licensedcode-data 32.1.0 does not have."""
    known = {path.stem for path in (licensedcode_dir() / "licenses").glob("*.LICENSE")}
    added: dict[str, NewerLicense] = {}
    with _wheel(cache) as wheel:
        for name in sorted(wheel.namelist()):
            if not (name.startswith(_MEMBERS) and name.endswith(".LICENSE")):
                continue
            key = name[len(_MEMBERS) : -len(".LICENSE")]
            if key in known:
                continue
            content = wheel.read(name).decode("utf-8", errors="replace")
            # as Path.read_text reads the 32.1.0 files: line ends made "\n"
            content = content.replace("\r\n", "\n").replace("\r", "\n")
            meta, text = split_front_matter(content)
            added[key] = NewerLicense(
                key=key,
                category=str(meta.get("category", "")),
                is_deprecated=_flag(meta, "is_deprecated"),
                is_generic=_generic(meta),
                is_exception=_flag(meta, "is_exception"),
                text=text,
            )
    return added


def newer_text(entry: dict[str, object], cache: Path = DEFAULT_CACHE) -> str:
    """The text a label entry was made from, checked against its recorded hash."""
    key = str(entry["key"])
    found = added_licenses(cache).get(key)
    if found is None:
        raise FetchError(f"{key} is not a license {RELEASE} adds")
    if found.sha256 != entry["text_sha256"]:
        raise FetchError(f"{key}: text differs from the labels' record")
    return found.text


# ---------------------------------------------------------------------------- the draw

CATEGORIES = frozenset({"Free Restricted", "Proprietary Free", "Commercial", "Source-available"})
# Share of a text's five-word runs found in another text above which it counts as a near copy.
NEAR_COPY = 0.6
# Added texts that are near copies of the development corpus's model licenses (at or above
# NEAR_COPY against ../shared/corpus/dev/models, measured once when the first part was drawn;
# the corpus is not part of the repository, so the keys are written here).
DEV_CORPUS_COPIES = (
    "bigscience-open-rail-m2",
    "deepseek-la-1.0",
    "gemma-tou-2024-04-01",
    "gemma-tou-2025-03-24",
    "llama-3.1-license-2024",
    "llama-3.2-license-2024",
    "openai-tou-20241211",
    "qwen-2024",
    "stability-ai-community-2024",
    "tongyi-qianwen-2023",
)
# The parts drawn so far: name, seed and count, each from what the earlier ones left.
PARTS = (("newer1", 2041, 40), ("newer2", 2042, 32), ("newer3", 2043, 47))


def _runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + 5]) for i in range(max(len(words) - 4, 1))}


def draw_pool(lo: int = 400, hi: int = 60000, cache: Path = DEFAULT_CACHE) -> list[str]:
    """The sorted keys of the added texts a part may be drawn from.

    Kept: the categories the licensedcode-data parts were drawn from, not deprecated, generic or
    an exception, ``lo`` to ``hi`` characters long, and no near copy of a 32.1.0 text, of the
    development corpus, or of an added text before it in key order (so a family of versions
    gives its first member only).
    """
    seen: dict[str, set[tuple[str, ...]]] = {}
    old = [_runs(lic.text) for lic in scancode_licenses().values()]
    kept: list[str] = []
    for key, lic in sorted(added_licenses(cache).items()):
        if lic.category not in CATEGORIES or lic.is_deprecated or lic.is_generic:
            continue
        if lic.is_exception or not lo <= len(lic.text) <= hi or key in DEV_CORPUS_COPIES:
            continue
        runs = _runs(lic.text)
        if not (_near_copy(runs, seen.values()) or _near_copy(runs, old)):
            kept.append(key)
        seen[key] = runs
    return kept


def _near_copy(runs: set[tuple[str, ...]], others: Iterable[set[tuple[str, ...]]]) -> bool:
    return any(len(runs & other) >= NEAR_COPY * len(runs) for other in others)


def draw(pool: list[str], parts: tuple[tuple[str, int, int], ...] = PARTS) -> dict[str, list[str]]:
    """Each part's keys: ``random.Random(seed).sample`` of what the earlier parts left."""
    left = pool
    drawn: dict[str, list[str]] = {}
    for name, seed, count in parts:
        drawn[name] = random.Random(seed).sample(left, min(count, len(left)))
        left = [key for key in left if key not in drawn[name]]
    return drawn


def main() -> int:
    texts = added_licenses()
    print(f"{RELEASE}: {len(texts)} licenses added after licensedcode-data 32.1.0")
    pool = draw_pool()
    print(f"pool: {len(pool)} texts")
    for name, keys in draw(pool).items():
        for key in keys:
            print(f"{name:8} {key:40} {texts[key].category:18} {len(texts[key].text):6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
