"""Reference texts for identification: the ScanCode LicenseDB and the user's own texts.

The ``licensedcode-data`` package ships about 2,300 license texts (``licenses/*.LICENSE``) and
35,000 rules (``rules/*.RULE``: notices, references, tags and text variants), each a small YAML
front matter followed by the text. This module reads them, maps ScanCode keys to SPDX ids,
adds the ``<ID>.txt`` files a user puts beside their YAML, and builds a compact index of
normalised token ids. Building takes a while, so the index is cached on disk (see
:mod:`licenseclass._cache`) under a name keyed by the package versions, the data folders and
this code, and rebuilt only when one of them changes.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import pickle
import re
import sys
import time
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from licenseclass import _cache as cache
from licenseclass.core.registry import builtin_data_dir, default_registry
from licenseclass.errors import RefdataError
from licenseclass.textid.textnorm import normalise

# Bump when the layout of :class:`TextIndex` changes (the code digest covers most edits).
INDEX_FORMAT = 1
# Anchors for exact containment are the first ``ANCHOR`` tokens of a reference.
ANCHOR = 4
# Grams (runs of ``GRAM`` tokens) drive the candidate stage of approximate matching.
GRAM = 4
# References longer than this index one gram in four (chosen by hash), shorter ones all.
DENSE_LIMIT = 64
# A gram lists at most this many references (see _popular_first).
MAX_GRAM_DF = 300
# References shorter than this are only matched exactly.
MIN_APPROX_LENGTH = 12

KINDS = ("text", "notice", "reference", "tag")


class ScancodeLicense(NamedTuple):
    """What the index needs from one ``.LICENSE`` front matter."""

    key: str
    spdx_id: str
    name: str
    category: str
    is_exception: bool
    is_deprecated: bool
    is_generic: bool


class Reference(NamedTuple):
    """One reference text before indexing."""

    name: str  # e.g. "licenses/mit.LICENSE", "rules/mit_739.RULE", "user/Foo.txt"
    expression: str  # SPDX expression
    kind: str  # text | notice | reference | tag | false-positive
    relevance: int
    minimum_coverage: int
    generic: bool  # generic, unknown or exception only: a clue, not an identification
    text: str


def licensedcode_dir() -> Path:
    """The ``licensedcode/data`` folder of the installed ``licensedcode-data`` package."""
    try:
        dist = importlib.metadata.distribution("licensedcode-data")
    except importlib.metadata.PackageNotFoundError as exc:
        raise RefdataError("the licensedcode-data package is not installed") from exc
    folder = Path(str(dist.locate_file("licensedcode/data")))
    if not (folder / "licenses").is_dir() or not (folder / "rules").is_dir():
        raise RefdataError(f"licensedcode-data folder not found at {folder}")
    return folder


def package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


# --------------------------------------------------------------------------- front matter

_KEY_LINE = re.compile(r"([a-z_]+):\s*(.*)$")


def split_front_matter(content: str) -> tuple[dict[str, str | list[str]], str]:
    """Split a ScanCode data file into its front matter (flat keys and lists) and its text.

    A tiny reader for the subset ScanCode writes (``key: value`` and ``- item`` lists); it is
    some twenty times faster than a full YAML parser over 37,000 files.
    """
    if not content.startswith("---"):
        return {}, content
    end = content.find("\n---", 3)
    if end < 0:
        return {}, content
    head = content[3:end]
    body = content[end + 4 :]
    body = body[1:] if body.startswith("\n") else body
    meta: dict[str, str | list[str]] = {}
    current: str | None = None
    for raw in head.split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        if line[0] != " " and line[0] != "-":
            found = _KEY_LINE.match(line)
            if found is None:
                current = None
                continue
            current, value = found.group(1), found.group(2).strip()
            meta[current] = _unquote(value) if value else []
        elif current is not None and line.lstrip().startswith("- "):
            items = meta.get(current)
            if isinstance(items, list):
                items.append(_unquote(line.lstrip()[2:].strip()))
    return meta, body


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _flag(meta: dict[str, str | list[str]], key: str) -> bool:
    return meta.get(key) in ("yes", "true", "True")


def _int(meta: dict[str, str | list[str]], key: str, default: int) -> int:
    value = meta.get(key)
    try:
        return int(float(value)) if isinstance(value, str) else default
    except ValueError:
        return default


# --------------------------------------------------------------------------- licenses and keys


def read_licenses(folder: Path) -> dict[str, tuple[ScancodeLicense, str]]:
    """Every ``.LICENSE`` file of ``folder/licenses``: its facts and its text, by key."""
    out: dict[str, tuple[ScancodeLicense, str]] = {}
    for path in sorted((folder / "licenses").glob("*.LICENSE")):
        meta, text = split_front_matter(path.read_text(encoding="utf-8", errors="replace"))
        key = str(meta.get("key") or path.stem)
        spdx = meta.get("spdx_license_key")
        if not isinstance(spdx, str) or not spdx or spdx.startswith("LicenseRef-"):
            spdx = newer_spdx_ids().get(key, spdx)
        out[key] = (
            ScancodeLicense(
                key=key,
                spdx_id=spdx if isinstance(spdx, str) and spdx else f"LicenseRef-scancode-{key}",
                name=str(meta.get("name") or key),
                category=str(meta.get("category") or ""),
                is_exception=_flag(meta, "is_exception"),
                is_deprecated=_flag(meta, "is_deprecated"),
                is_generic=_flag(meta, "is_generic") or _flag(meta, "is_unknown"),
            ),
            text,
        )
    # ScanCode keeps English renderings of bilingual licenses apart ("mulanpsl-2.0-en"); SPDX
    # counts a translation as the same license, so such a key takes its original's SPDX id.
    for key, (info, text) in list(out.items()):
        original = out.get(key.removesuffix("-en")) if key.endswith("-en") else None
        if original and info.spdx_id.startswith("LicenseRef-"):
            spdx_id = original[0].spdx_id
            if not spdx_id.startswith("LicenseRef-"):
                out[key] = (info._replace(spdx_id=spdx_id), text)
    return out


@functools.cache
def newer_spdx_ids() -> dict[str, str]:
    """ScanCode key -> SPDX id from the newer LicenseDB index bundled in license-expression.

    licensedcode-data predates some SPDX ids (HDF5 was a LicenseRef there); the index that
    license-expression ships knows them, so a key it maps to a real SPDX id takes that id.
    """
    try:
        dist = importlib.metadata.distribution("license-expression")
        path = Path(str(dist.locate_file("license_expression/data/scancode-licensedb-index.json")))
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (importlib.metadata.PackageNotFoundError, OSError, ValueError):
        return {}
    return {
        str(row["license_key"]): str(row["spdx_license_key"])
        for row in rows
        if row.get("spdx_license_key")
        and not str(row["spdx_license_key"]).startswith("LicenseRef-")
    }


_EXPR_TOKEN = re.compile(r"\(|\)|[^\s()]+")


def to_spdx(expression: str, licenses: dict[str, ScancodeLicense]) -> tuple[str, bool]:
    """A ScanCode key expression as an SPDX expression, and whether it is only a clue.

    A clue is an expression whose every key is generic or unknown ("see LICENSE"), or that
    names exceptions alone (an exception is no license by itself).
    """
    parts: list[str] = []
    generic = True
    exceptions_only = True
    for token in _EXPR_TOKEN.findall(expression):
        low = token.lower()
        if low in ("and", "or", "with"):
            parts.append(low.upper())
        elif token in "()":
            parts.append(token)
        else:
            info = licenses.get(low)
            parts.append(info.spdx_id if info else f"LicenseRef-scancode-{low}")
            generic = generic and info is not None and info.is_generic
            exceptions_only = exceptions_only and info is not None and info.is_exception
    text = " ".join(parts).replace("( ", "(").replace(" )", ")")
    return text, generic or (exceptions_only and "WITH" not in parts)


# --------------------------------------------------------------------------- references


def _rule_kind(meta: dict[str, str | list[str]]) -> str | None:
    if _flag(meta, "is_false_positive"):
        return "false-positive"
    for flag, kind in (
        ("is_license_text", "text"),
        ("is_license_notice", "notice"),
        ("is_license_reference", "reference"),
        ("is_license_tag", "tag"),
    ):
        if _flag(meta, flag):
            return kind
    return None  # intros and clues name no license by themselves


def scancode_references(folder: Path) -> Iterator[Reference]:
    """License texts and usable rules of the ScanCode data, with SPDX expressions."""
    licenses = read_licenses(folder)
    facts = {key: info for key, (info, _) in licenses.items()}
    for key, (info, text) in licenses.items():
        if info.is_deprecated or not text.strip():
            continue
        clue = info.is_generic or info.is_exception
        yield Reference(f"licenses/{key}.LICENSE", info.spdx_id, "text", 100, 0, clue, text)
    for path in sorted((folder / "rules").glob("*.RULE")):
        meta, text = split_front_matter(path.read_text(encoding="utf-8", errors="replace"))
        kind = _rule_kind(meta)
        if kind is None or _flag(meta, "is_deprecated") or not text.strip():
            continue
        raw = meta.get("license_expression")
        expression, generic = to_spdx(raw, facts) if isinstance(raw, str) else ("", True)
        yield Reference(
            f"rules/{path.name}",
            expression,
            kind,
            _int(meta, "relevance", 100),
            _int(meta, "minimum_coverage", 0),
            generic,
            text,
        )


def user_references(folders: Sequence[Path]) -> Iterator[Reference]:
    """``<ID>.txt`` files beside the user's YAML: full texts of license ``ID``."""
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            if text.strip():
                yield Reference(f"user/{path.name}", path.stem, "text", 100, 0, False, text)


# --------------------------------------------------------------------------- the index


def gram_key(a: int, b: int, c: int, d: int) -> int:
    """The dictionary key of four consecutive token ids (deterministic across processes)."""
    return hash((a, b, c, d))


def sampled(key: int, length: int) -> bool:
    """Whether a gram of a reference of ``length`` tokens is indexed (all, or one in four)."""
    return length <= DENSE_LIMIT or key & 3 == 0


def token_digest(tokens: array[int]) -> int:
    """A stable 63-bit digest of a token id sequence, for exact whole-text lookup."""
    raw = hashlib.blake2b(tokens.tobytes(), digest_size=8).digest()
    return int.from_bytes(raw, "little") >> 1


@dataclass
class TextIndex:
    """The reference texts as token ids, with lookup tables for the matcher.

    Plain arrays and lists only, so pickling and loading are fast. The dictionaries the
    matcher needs are rebuilt from the arrays by :meth:`prepare` after loading.
    """

    versions: str
    vocab: dict[str, int]
    names: list[str]
    expressions: list[str]
    kinds: list[str]
    relevance: array[int]
    minimum_coverage: array[int]
    generic: array[int]
    offsets: array[int]  # references' tokens are tokens[offsets[i]:offsets[i + 1]]
    tokens: array[int]
    exact_keys: array[int]
    exact_refs: array[int]
    anchor_keys: array[int]
    anchor_offsets: array[int]
    anchor_refs: array[int]
    gram_keys: array[int]
    gram_offsets: array[int]
    gram_refs: array[int]
    gram_counts: array[int]  # per reference: how many of its grams are indexed
    df: array[int]  # per token id: how many references hold it

    def __post_init__(self) -> None:
        self.exact: dict[int, int] = {}
        self.anchors: dict[int, int] = {}
        self.grams: dict[int, int] = {}
        self.name_tokens: dict[str, frozenset[int]] = {}  # filled by the matcher, per index
        self._words: list[str] | None = None

    def words(self) -> list[str]:
        """The word of each token id (index 0, the unknown word, is empty)."""
        if self._words is None:
            words = [""] * (len(self.vocab) + 1)
            for word, number in self.vocab.items():
                words[number] = word
            self._words = words
        return self._words

    def prepare(self) -> TextIndex:
        """Build the lookup dictionaries (done once after building or loading)."""
        self.exact = dict(zip(self.exact_keys, self.exact_refs, strict=True))
        self.anchors = dict(zip(self.anchor_keys, range(len(self.anchor_keys)), strict=True))
        self.grams = dict(zip(self.gram_keys, range(len(self.gram_keys)), strict=True))
        return self

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        for derived in ("exact", "anchors", "grams", "name_tokens", "_words"):
            state.pop(derived, None)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.__post_init__()

    def __len__(self) -> int:
        return len(self.names)

    def ref_tokens(self, ref: int) -> array[int]:
        return self.tokens[self.offsets[ref] : self.offsets[ref + 1]]

    def ref_length(self, ref: int) -> int:
        return self.offsets[ref + 1] - self.offsets[ref]

    def anchor_refs_for(self, key: int) -> array[int] | None:
        slot = self.anchors.get(key)
        if slot is None:
            return None
        return self.anchor_refs[self.anchor_offsets[slot] : self.anchor_offsets[slot + 1]]

    def gram_refs_for(self, key: int) -> array[int] | None:
        slot = self.grams.get(key)
        if slot is None:
            return None
        return self.gram_refs[self.gram_offsets[slot] : self.gram_offsets[slot + 1]]


def _grouped(pairs: dict[int, list[int]]) -> tuple[array[int], array[int], array[int]]:
    keys = array("q")
    offsets = array("I", [0])
    refs = array("I")
    for key, members in pairs.items():
        keys.append(key)
        refs.extend(members)
        offsets.append(len(refs))
    return keys, offsets, refs


def _popular_first(refs: list[int], names: list[str], offsets: array[int]) -> list[int]:
    """At most MAX_GRAM_DF references for a gram: license texts first, then shorter rules.

    A gram shared by hundreds of rule variants would make counting slow; keeping the license
    texts guarantees every license stays findable, and short rules come next because a
    short notice has few grams to be found by.
    """
    if len(refs) <= MAX_GRAM_DF:
        return refs
    ranked = sorted(
        refs,
        key=lambda r: (not names[r].startswith("licenses/"), offsets[r + 1] - offsets[r], r),
    )
    return sorted(ranked[:MAX_GRAM_DF])


def build_index(references: Iterable[Reference], versions: str = "") -> TextIndex:
    """Normalise and index ``references`` (the slow part: tens of seconds for ScanCode)."""
    vocab: dict[str, int] = {}
    names: list[str] = []
    expressions: list[str] = []
    kinds: list[str] = []
    relevance = array("B")
    minimum_coverage = array("B")
    generic = array("B")
    offsets = array("I", [0])
    tokens = array("I")
    exact: dict[int, int] = {}
    anchors: dict[int, list[int]] = {}
    grams: dict[int, list[int]] = {}
    interned: dict[str, str] = {}
    for ref in references:
        ids = array("I", (vocab.setdefault(w, len(vocab) + 1) for w in normalise(ref.text).split()))
        if not ids:
            continue
        number = len(names)
        names.append(ref.name)
        expressions.append(interned.setdefault(ref.expression, ref.expression))
        kinds.append(ref.kind)
        relevance.append(max(0, min(ref.relevance, 100)))
        minimum_coverage.append(max(0, min(ref.minimum_coverage, 100)))
        generic.append(int(ref.generic))
        tokens.extend(ids)
        offsets.append(len(tokens))
        exact.setdefault(token_digest(ids), number)
        if len(ids) >= ANCHOR:
            anchors.setdefault(gram_key(ids[0], ids[1], ids[2], ids[3]), []).append(number)
        if len(ids) >= MIN_APPROX_LENGTH and ref.kind in ("text", "notice", "reference"):
            seen: set[int] = set()
            for i in range(len(ids) - GRAM + 1):
                key = gram_key(ids[i], ids[i + 1], ids[i + 2], ids[i + 3])
                if key not in seen and sampled(key, len(ids)):
                    seen.add(key)
                    grams.setdefault(key, []).append(number)
    kept = {key: _popular_first(refs, names, offsets) for key, refs in grams.items()}
    gram_counts = array("I", bytes(4 * len(names)))
    for refs in kept.values():
        for number in refs:
            gram_counts[number] += 1
    df = array("I", bytes(4 * (len(vocab) + 1)))
    for number in range(len(names)):
        for token in set(tokens[offsets[number] : offsets[number + 1]]):
            df[token] += 1
    for word, token in vocab.items():
        if word.isdigit():  # years and clause numbers are common, never a license's name
            df[token] = len(names)
    exact_keys = array("q", exact.keys())
    exact_refs = array("I", exact.values())
    anchor_keys, anchor_offsets, anchor_refs = _grouped(anchors)
    gram_keys, gram_offsets, gram_refs = _grouped(kept)
    return TextIndex(
        versions,
        vocab,
        names,
        expressions,
        kinds,
        relevance,
        minimum_coverage,
        generic,
        offsets,
        tokens,
        exact_keys,
        exact_refs,
        anchor_keys,
        anchor_offsets,
        anchor_refs,
        gram_keys,
        gram_offsets,
        gram_refs,
        gram_counts,
        df,
    ).prepare()


# --------------------------------------------------------------------------- the cache


def _code_digest() -> str:
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in ("index.py", "textnorm.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:12]


def index_key(text_dirs: Sequence[Path] = ()) -> str:
    """The cache entry name: package versions, data folders, user texts and this code."""
    folder = licensedcode_dir()
    parts = [
        f"format={INDEX_FORMAT}",
        f"python={sys.version_info[0]}.{sys.version_info[1]}",
        f"licensedcode-data={package_version('licensedcode-data')}",
        f"code={_code_digest()}",
        str(folder),
    ]
    for sub in ("licenses", "rules"):
        stat = (folder / sub).stat()
        parts.append(f"{sub}:{stat.st_mtime_ns}:{stat.st_size}")
    user_files = sorted(p for d in text_dirs for p in Path(d).glob("*.txt"))
    digest = cache.files_digest(user_files, *parts)
    return f"textindex-{digest}.pickle"


def load_index(text_dirs: Sequence[Path] = (), *, use_cache: bool = True) -> TextIndex:
    """The index of the ScanCode texts plus ``text_dirs``: from the cache, else built and cached."""
    dirs = tuple(Path(d) for d in text_dirs)
    name = index_key(dirs)
    if use_cache:
        raw = cache.read_cached(name)
        if raw is not None:
            try:
                loaded = pickle.loads(raw)
            except Exception:  # a damaged cache entry is rebuilt, never trusted
                loaded = None
            if isinstance(loaded, TextIndex) and loaded.versions == name:
                return loaded.prepare()
    refs = [*scancode_references(licensedcode_dir()), *user_references(dirs)]
    index = build_index(refs, versions=name)
    if use_cache:
        cache.write_cached(name, pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
        prune_stale("textindex-", keep=name)
    return index


def prune_stale(prefix: str, keep: str, *, older_than: float = 86400.0) -> None:
    """Delete cache entries named ``prefix...`` other than ``keep`` not written for a day.

    Each index is some 35 MB, and every data or code change makes a new one; a day's grace
    leaves alone an entry that another configuration (other user folders) still uses.
    """
    folder = cache.cache_dir()
    now = time.time()
    try:
        for path in folder.glob(f"{prefix}*.pickle"):
            if path.name != keep and now - path.stat().st_mtime > older_than:
                path.unlink(missing_ok=True)
    except OSError:  # a cache that cannot be tidied is left as it is
        return


@functools.cache
def default_index() -> TextIndex:
    """The shared index of the built-in reference texts (loaded on first use)."""
    return load_index()


# --------------------------------------------------------------------------- license names

# Words that do not tell license names apart ("the Apache License, Version 2.0").
NAME_FILLER = frozenset({"the", "license", "licence", "licenses", "version", "v", "a", "an"})


def name_key(words: Sequence[str]) -> str:
    """The comparable form of a license name: filler words and a ``.0`` after a number go."""
    out: list[str] = []
    for word in words:
        if word in NAME_FILLER:
            continue
        if word == "0" and out and out[-1].isdigit():
            continue  # "2.0" and "2" name the same version
        # "v2" -> "2"
        out.append(word[1:] if word[:1] == "v" and word[1:].isdigit() else word)
    return " ".join(out)


def _scancode_id(entry_id: str, scancode_key: str | None, spdx_of: dict[str, str]) -> str:
    """The id text matching reports for a registry entry (ScanCode's, for LicenseRef- ids)."""
    if entry_id.startswith("LicenseRef-") and scancode_key:
        return spdx_of.get(scancode_key, f"LicenseRef-scancode-{scancode_key}")
    return entry_id


def build_name_table() -> dict[str, str]:
    """License names, ids and aliases of the registry, by :func:`name_key`, to an id.

    Names that would stand for several licenses are left out; so are one-word names that
    are also common English words in license texts (they need a full notice to count).
    """
    folder = licensedcode_dir()
    spdx_of: dict[str, str] = {}
    generic: set[str] = set()  # "commercial", "proprietary": names of no license in particular
    for path in (folder / "licenses").glob("*.LICENSE"):
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(600)
        found = re.search(r"^spdx_license_key:\s*(\S+)", head, re.MULTILINE)
        if found:
            spdx_of[path.stem] = found.group(1)
        if re.search(r"^is_(?:generic|unknown): yes", head, re.MULTILINE):
            generic.add(path.stem)
    # Ids and names claim a key first; aliases fill keys no id or name claimed; last come
    # shortened names: without a trailing "only" (a bare version means that version only)
    # and without the version (when a single license has that name).
    tiers: tuple[dict[str, set[str]], ...] = ({}, {}, {})
    for entry in default_registry():
        if entry.kind in ("special", "exception") or entry.deprecated:
            continue  # a deprecated id shares its name with its successor
        if entry.scancode_key in generic:
            continue
        target = _scancode_id(entry.id, entry.scancode_key, spdx_of)
        bare_id = entry.id.removeprefix("LicenseRef-")
        for tier, names in ((0, (bare_id, entry.name)), (1, entry.aliases)):
            for name in names:
                key = name_key(normalise(name).split()) if "://" not in name else ""
                if key:
                    tiers[tier].setdefault(key, set()).add(target)
                    for shorter in _shortened(key):
                        tiers[2].setdefault(shorter, set()).add(target)
    table: dict[str, str] = {}
    for claims in tiers:
        for key, ids in claims.items():
            if key not in table and len(ids) == 1:
                table[key] = next(iter(ids))
    return table


def _shortened(key: str) -> list[str]:
    """Looser spellings of a name key: no trailing "only"; no trailing version numbers."""
    words = key.split(" ")
    out = []
    if words[-1] == "only" and len(words) > 2:
        words = words[:-1]
        out.append(" ".join(words))
    while len(words) > 2 and words[-1].isdigit():
        words = words[:-1]
    if len(words) >= 2 and " ".join(words) != key:
        out.append(" ".join(words))
    return out


def _registry_digest() -> str:
    paths = sorted(builtin_data_dir().glob("*.yaml"))
    return cache.files_digest(paths, f"names={INDEX_FORMAT}", _code_digest())


@functools.cache
def name_table() -> dict[str, str]:
    """The cached :func:`build_name_table` (rebuilt when the registry's data files change)."""
    name = f"licensenames-{_registry_digest()}.pickle"
    raw = cache.read_cached(name)
    if raw is not None:
        try:
            loaded = pickle.loads(raw)
        except Exception:  # a damaged entry is rebuilt
            loaded = None
        if isinstance(loaded, dict):
            return loaded
    table = build_name_table()
    cache.write_cached(name, pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
    prune_stale("licensenames-", keep=name)
    return table
