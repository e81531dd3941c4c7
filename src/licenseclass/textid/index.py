"""The reference index: every reference text as normalised token ids, with lookup tables.

References come from the ``licensedcode-data`` package (license texts and rules, read by
:mod:`licenseclass.core.licensedcode`) and from the ``<ID>.txt`` texts of a registry's user
folders. Normalising 37,000 texts takes a while, so the built-in index is cached on disk in a
plain data format (a JSON header and raw arrays, checked by a digest: loading it cannot run
code), keyed by the package versions and this code. A registry with user texts gets the
built-in index extended by its texts, which takes seconds, not a rebuild.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import logging
import sys
import threading
import time
import unicodedata
import warnings
import weakref
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, pairwise
from pathlib import Path
from typing import NamedTuple

from licenseclass import _cache as cache
from licenseclass.core import licensedcode
from licenseclass.core.registry import Registry, UserText
from licenseclass.textid.textnorm import normalise

# Bump when the layout of :class:`TextIndex` or of its cache file changes.
INDEX_FORMAT = 3
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
# Grams listing at least this many references keep, once a text used them, their references
# as a tuple of shared int objects (see TextIndex.postings): some 12,000 grams, 5 MB at most.
SHARED_POSTINGS = 16

KINDS = ("text", "notice", "reference", "tag")

logger = logging.getLogger(__name__)


class Reference(NamedTuple):
    """One reference text before indexing."""

    name: str  # e.g. "licenses/mit.LICENSE", "rules/mit_739.RULE", "user/Foo.txt"
    expression: str  # SPDX expression
    kind: str  # text | notice | reference | tag | false-positive
    relevance: int
    minimum_coverage: int
    generic: bool  # generic, unknown or exception only: a clue, not an identification
    text: str
    continuous: bool = False  # a match must hold all of it unbroken (see required_spans)


def scancode_references() -> Iterator[Reference]:
    """License texts and usable rules of the ScanCode data, with SPDX expressions."""
    for key, info in licensedcode.scancode_licenses().items():
        if info.is_deprecated or not info.text.strip():
            continue
        clue = info.is_generic or info.is_exception
        yield Reference(f"licenses/{key}.LICENSE", info.spdx_id, "text", 100, 0, clue, info.text)
    for rule in licensedcode.scancode_rules():
        expression, generic = (
            licensedcode.to_spdx(rule.key_expression) if rule.key_expression else ("", True)
        )
        yield Reference(
            f"rules/{rule.name}",
            expression,
            rule.kind,
            rule.relevance,
            rule.minimum_coverage,
            generic,
            rule.text,
            rule.continuous,
        )


def user_references(texts: Iterable[UserText]) -> Iterator[Reference]:
    """A registry's ``<ID>.txt`` texts as references: full texts of license ``ID``."""
    for text in texts:
        yield Reference(f"user/{text.path.name}", text.license_id, "text", 100, 0, False, text.text)


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

    Plain arrays and lists only, so the cache stores them as raw bytes (see
    :func:`dump_index`) and loads them fast. The dictionaries the matcher needs are rebuilt
    from the arrays by :meth:`prepare` after loading.
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
    # The spans of its tokens a match of a reference must hold unbroken (see required_spans):
    # reference i's are required[2 * k : 2 * k + 2] for k in required_offsets[i] ... [i + 1].
    required_offsets: array[int]
    required: array[int]

    def __post_init__(self) -> None:
        self.exact: dict[int, int] = {}
        self.anchors: dict[int, int] = {}
        self.grams: dict[int, int] = {}
        self._words: list[str] | None = None
        # Per-reference tables the matcher computes on first use and keeps (a reference
        # aligned once is usually aligned again: the same few long texts recur).
        self._gram_keys: dict[int, array[int]] = {}
        self._rare_counts: dict[tuple[int, int], array[int]] = {}
        self._twins: dict[int, int] = {}
        self._postings: dict[int, tuple[int, ...]] = {}
        self._numbers: list[int] = []
        # anchor key -> the references anchored on it as (length, ref), by their fifth token
        # (None: no reference starts so); filled by the matcher as texts use the keys
        self.anchor_groups: dict[int, dict[int, list[tuple[int, int]]] | None] = {}

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

    def __len__(self) -> int:
        return len(self.names)

    def ref_tokens(self, ref: int) -> array[int]:
        return self.tokens[self.offsets[ref] : self.offsets[ref + 1]]

    def ref_length(self, ref: int) -> int:
        return self.offsets[ref + 1] - self.offsets[ref]

    def required_spans(self, ref: int) -> list[tuple[int, int]]:
        """The spans [start, end) of a reference's tokens that a match must hold unbroken."""
        low, high = self.required_offsets[ref], self.required_offsets[ref + 1]
        spans = self.required
        return [(spans[2 * k], spans[2 * k + 1]) for k in range(low, high)]

    def ref_gram_keys(self, ref: int) -> array[int]:
        """The gram key at each position of reference ``ref`` (computed once, then kept)."""
        keys = self._gram_keys.get(ref)
        if keys is None:
            t = self.ref_tokens(ref)
            keys = array("q", map(gram_key, t, t[1:], t[2:], t[3:]))
            self._gram_keys[ref] = keys
        return keys

    def first_twin(self, ref: int) -> int:
        """The first reference with exactly the tokens of ``ref`` (often ``ref`` itself)."""
        twin = self._twins.get(ref)
        if twin is None:
            tokens = self.ref_tokens(ref)
            twin = self.exact.get(token_digest(tokens), ref)
            if twin != ref and self.ref_tokens(twin) != tokens:  # a digest collision
                twin = ref
            self._twins[ref] = twin
        return twin

    def ref_rare_counts(self, ref: int, limit: int) -> array[int]:
        """Prefix counts of the tokens of ``ref`` found in at most ``limit`` references:
        item ``k`` counts them among its first ``k`` tokens (computed once, then kept)."""
        counts = self._rare_counts.get((ref, limit))
        if counts is None:
            df = self.df
            rare = (1 if df[t] <= limit else 0 for t in self.ref_tokens(ref))
            counts = array("I", accumulate(rare, initial=0))
            self._rare_counts[(ref, limit)] = counts
        return counts

    def anchor_refs_for(self, key: int) -> array[int] | None:
        slot = self.anchors.get(key)
        if slot is None:
            return None
        return self.anchor_refs[self.anchor_offsets[slot] : self.anchor_offsets[slot + 1]]

    def postings(self, slots: Iterable[int]) -> list[Sequence[int]]:
        """The references listed for each gram slot (see :meth:`gram_refs_for`).

        Long lists come as tuples of shared int objects, made once and kept: counting them
        then allocates no int per reference, which is half the time of counting an array's.
        """
        refs, starts, kept = self.gram_refs, self.gram_offsets, self._postings
        if not self._numbers:
            self._numbers = list(range(len(self.names)))
        number = self._numbers.__getitem__
        out: list[Sequence[int]] = []
        for slot in slots:
            found = kept.get(slot)
            if found is None:
                start, end = starts[slot], starts[slot + 1]
                if end - start < SHARED_POSTINGS:
                    out.append(refs[start:end])
                    continue
                found = kept[slot] = tuple(map(number, refs[start:end]))
            out.append(found)
        return out

    def gram_refs_for(self, key: int) -> array[int] | None:
        slot = self.grams.get(key)
        if slot is None:
            return None
        return self.gram_refs[self.gram_offsets[slot] : self.gram_offsets[slot + 1]]


def _popular_first(refs: list[int], names: list[str], offsets: array[int]) -> list[int]:
    """At most MAX_GRAM_DF references for a gram: full texts first, then shorter rules.

    A gram shared by hundreds of rule variants would make counting slow; keeping the license
    texts (and the user's own texts) guarantees every license stays findable, and short
    rules come next because a short notice has few grams to be found by.
    """
    if len(refs) <= MAX_GRAM_DF:
        return refs
    ranked = sorted(
        refs,
        key=lambda r: (
            not names[r].startswith(("licenses/", "user/")),
            offsets[r + 1] - offsets[r],
            r,
        ),
    )
    return sorted(ranked[:MAX_GRAM_DF])


def _grouped(pairs: dict[int, list[int]]) -> tuple[array[int], array[int], array[int]]:
    keys = array("q")
    offsets = array("I", [0])
    refs = array("I")
    for key, members in pairs.items():
        keys.append(key)
        refs.extend(members)
        offsets.append(len(refs))
    return keys, offsets, refs


def _ungrouped(keys: array[int], offsets: array[int], refs: array[int]) -> dict[int, list[int]]:
    return {key: refs[offsets[i] : offsets[i + 1]].tolist() for i, key in enumerate(keys)}


class _Builder:
    """Accumulates references into the arrays of a :class:`TextIndex`.

    A builder starts empty (a full build) or from an existing index (an extension by a
    registry's user texts), so both go through the same code.
    """

    def __init__(self, base: TextIndex | None = None) -> None:
        # A new word gets the next id when first looked up (numbering from 1 in order of
        # appearance): the lookup of a whole text then runs in C (see add).
        known = base.vocab if base else {}
        self.vocab: defaultdict[str, int] = defaultdict(
            itertools.count(len(known) + 1).__next__, known
        )
        self.names: list[str] = list(base.names) if base else []
        self.expressions: list[str] = list(base.expressions) if base else []
        self.kinds: list[str] = list(base.kinds) if base else []
        self.relevance = array("B", base.relevance if base else b"")
        self.minimum_coverage = array("B", base.minimum_coverage if base else b"")
        self.generic = array("B", base.generic if base else b"")
        self.offsets = array("I", base.offsets if base else [0])
        self.tokens = array("I", base.tokens if base else b"")
        self.required_offsets = array("I", base.required_offsets if base else [0])
        self.required = array("I", base.required if base else b"")
        self.exact: dict[int, int] = dict(base.exact) if base else {}
        self.anchors: dict[int, list[int]] = (
            _ungrouped(base.anchor_keys, base.anchor_offsets, base.anchor_refs) if base else {}
        )
        self.grams: dict[int, list[int]] = (
            _ungrouped(base.gram_keys, base.gram_offsets, base.gram_refs) if base else {}
        )
        self._interned: dict[str, str] = {}

    def add(self, ref: Reference) -> None:
        words = normalise(ref.text).split()
        ids = array("I", map(self.vocab.__getitem__, words))
        if not ids:
            return
        spans = [(0, len(ids))] if ref.continuous else required_phrases(ref.text, words)
        for start, end in spans:
            self.required.extend((start, end))
        self.required_offsets.append(self.required_offsets[-1] + len(spans))
        number = len(self.names)
        self.names.append(ref.name)
        self.expressions.append(self._interned.setdefault(ref.expression, ref.expression))
        self.kinds.append(ref.kind)
        self.relevance.append(max(0, min(ref.relevance, 100)))
        self.minimum_coverage.append(max(0, min(ref.minimum_coverage, 100)))
        self.generic.append(int(ref.generic))
        self.tokens.extend(ids)
        self.offsets.append(len(self.tokens))
        self.exact.setdefault(token_digest(ids), number)
        if len(ids) >= ANCHOR:
            self.anchors.setdefault(gram_key(ids[0], ids[1], ids[2], ids[3]), []).append(number)
        if len(ids) >= MIN_APPROX_LENGTH and ref.kind in ("text", "notice", "reference"):
            # hash() of the 4-tuple is gram_key; each distinct gram once, in order of appearance
            keys = dict.fromkeys(map(hash, zip(ids, ids[1:], ids[2:], ids[3:], strict=False)))
            grams = self.grams
            dense = len(ids) <= DENSE_LIMIT
            for key in keys:
                if dense or key & 3 == 0:  # sampled(key, len(ids))
                    found = grams.get(key)
                    if found is None:
                        grams[key] = [number]
                    else:
                        found.append(number)

    def finish(self, versions: str) -> TextIndex:
        names, offsets, tokens = self.names, self.offsets, self.tokens
        kept = {key: _popular_first(refs, names, offsets) for key, refs in self.grams.items()}
        gram_counts = array("I", bytes(4 * len(names)))
        for number, times in Counter(chain.from_iterable(kept.values())).items():
            gram_counts[number] = times
        df = array("I", bytes(4 * (len(self.vocab) + 1)))
        spans = pairwise(offsets)
        for token, times in Counter(
            chain.from_iterable(set(tokens[a:b]) for a, b in spans)
        ).items():
            df[token] = times
        for word, token in self.vocab.items():
            if word.isdigit():  # years and clause numbers are common, never a license's name
                df[token] = len(names)
        anchor_keys, anchor_offsets, anchor_refs = _grouped(self.anchors)
        gram_keys, gram_offsets, gram_refs = _grouped(kept)
        return TextIndex(
            versions,
            dict(self.vocab),
            names,
            self.expressions,
            self.kinds,
            self.relevance,
            self.minimum_coverage,
            self.generic,
            offsets,
            tokens,
            array("q", self.exact.keys()),
            array("I", self.exact.values()),
            anchor_keys,
            anchor_offsets,
            anchor_refs,
            gram_keys,
            gram_offsets,
            gram_refs,
            gram_counts,
            df,
            self.required_offsets,
            self.required,
        ).prepare()


# Words put where a rule marks a required phrase, to find its tokens after normalising.
_OPEN_MARK, _CLOSE_MARK = "qqrequiredopenqq", "qqrequiredcloseqq"


def required_phrases(text: str, words: list[str]) -> list[tuple[int, int]]:
    """The spans of ``words`` (``text`` normalised) that ``text`` marks as required with "{{"
    and "}}": a match of the rule that breaks one or leaves it out is no match (ScanCode's
    rule). None where the marks do not pair or normalising them moves the words."""
    if "{{" not in text:
        return []
    marked = text.replace("{{", f" {_OPEN_MARK} ").replace("}}", f" {_CLOSE_MARK} ")
    spans: list[tuple[int, int]] = []
    start: int | None = None
    count = 0
    for word in normalise(marked).split():
        if word == _OPEN_MARK:
            if start is not None:
                return []
            start = count
        elif word == _CLOSE_MARK:
            if start is None:
                return []
            if count > start:
                spans.append((start, count))
            start = None
        elif count >= len(words) or words[count] != word:
            return []
        else:
            count += 1
    return spans if start is None and count == len(words) else []


def build_index(references: Iterable[Reference], versions: str = "") -> TextIndex:
    """Normalise and index ``references`` (the slow part: tens of seconds for ScanCode)."""
    builder = _Builder()
    for ref in references:
        builder.add(ref)
    return builder.finish(versions)


def extend_index(base: TextIndex, references: Iterable[Reference], versions: str) -> TextIndex:
    """``base`` with ``references`` added (a few seconds; ``base`` itself is not changed)."""
    builder = _Builder(base)
    for ref in references:
        builder.add(ref)
    return builder.finish(versions)


# --------------------------------------------------------------------------- the cache file

_MAGIC = b"licenseclass-text-index\n"
_LISTS = ("names", "expressions", "kinds")
# Each stored array, with the type code it must have.
_ARRAYS = {
    "relevance": "B",
    "minimum_coverage": "B",
    "generic": "B",
    "offsets": "I",
    "tokens": "I",
    "exact_keys": "q",
    "exact_refs": "I",
    "anchor_keys": "q",
    "anchor_offsets": "I",
    "anchor_refs": "I",
    "gram_keys": "q",
    "gram_offsets": "I",
    "gram_refs": "I",
    "gram_counts": "I",
    "df": "I",
    "required_offsets": "I",
    "required": "I",
}


class CacheFormatError(ValueError):
    """A cache file that does not verify (internal: such a file is discarded and rebuilt)."""


def dump_index(index: TextIndex) -> bytes:
    """The index as bytes: magic, digest, a JSON header (strings) and the raw arrays."""
    arrays = [getattr(index, name) for name in _ARRAYS]
    header = {
        "format": INDEX_FORMAT,
        "byteorder": sys.byteorder,
        "versions": index.versions,
        "words": index.words()[1:],
        **{name: getattr(index, name) for name in _LISTS},
        "arrays": [[name, a.itemsize, len(a)] for name, a in zip(_ARRAYS, arrays, strict=True)],
    }
    head = json.dumps(header, ensure_ascii=False).encode("utf-8")
    body = len(head).to_bytes(8, "little") + head + b"".join(a.tobytes() for a in arrays)
    return _MAGIC + hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body


def load_dumped_index(raw: bytes, versions: str) -> TextIndex:
    """The index stored by :func:`dump_index`; CacheFormatError when anything does not verify."""
    if not raw.startswith(_MAGIC):
        raise CacheFormatError("not a licenseclass index file")
    digest_end = len(_MAGIC) + 64
    body = raw[digest_end + 1 :]
    if raw[len(_MAGIC) : digest_end] != hashlib.sha256(body).hexdigest().encode("ascii"):
        raise CacheFormatError("digest mismatch (damaged or edited)")
    size = int.from_bytes(body[:8], "little")
    try:
        header = json.loads(body[8 : 8 + size].decode("utf-8"))
    except ValueError as exc:
        raise CacheFormatError(f"unreadable header ({exc})") from exc
    if not isinstance(header, dict) or header.get("format") != INDEX_FORMAT:
        raise CacheFormatError("another format version")
    if header.get("versions") != versions or header.get("byteorder") != sys.byteorder:
        raise CacheFormatError("made for other data, code or machine")
    lists = {name: _strings(header.get(name), name) for name in (*_LISTS, "words")}
    arrays = _arrays(header.get("arrays"), memoryview(body)[8 + size :])
    if len(arrays["offsets"]) != len(lists["names"]) + 1 or len(arrays["required_offsets"]) != len(
        arrays["offsets"]
    ):
        raise CacheFormatError("inconsistent sizes")
    vocab = {word: number for number, word in enumerate(lists["words"], start=1)}
    return TextIndex(
        versions, vocab, lists["names"], lists["expressions"], lists["kinds"], **arrays
    ).prepare()


def _strings(value: object, name: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CacheFormatError(f"{name} is not a list of strings")
    return value


def _arrays(layout: object, payload: memoryview) -> dict[str, array[int]]:
    if not isinstance(layout, list) or [row[0] for row in layout] != list(_ARRAYS):
        raise CacheFormatError("unexpected array layout")
    out: dict[str, array[int]] = {}
    position = 0
    for name, itemsize, count in layout:
        values = array(_ARRAYS[name])
        if itemsize != values.itemsize or not isinstance(count, int) or count < 0:
            raise CacheFormatError(f"array {name} has another item size")
        end = position + count * itemsize
        if end > len(payload):
            raise CacheFormatError("truncated")
        values.frombytes(payload[position:end])
        out[name] = values
        position = end
    if position != len(payload):
        raise CacheFormatError("trailing bytes")
    return out


# --------------------------------------------------------------------------- loading


def _code_digest() -> str:
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in (here / "index.py", here / "textnorm.py", here.parent / "core" / "licensedcode.py"):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def index_key(user_texts: Sequence[UserText] = ()) -> str:
    """The cache entry name: package versions, this code and the user's texts."""
    folder = licensedcode.licensedcode_dir()
    parts = [
        f"format={INDEX_FORMAT}",
        f"python={sys.version_info[0]}.{sys.version_info[1]}",
        f"licensedcode-data={licensedcode.package_version('licensedcode-data')}",
        f"license-expression={licensedcode.package_version('license-expression')}",
        f"code={_code_digest()}",
        str(folder),
    ]
    for sub in ("licenses", "rules"):
        stat = (folder / sub).stat()
        parts.append(f"{sub}:{stat.st_mtime_ns}:{stat.st_size}")
    digest = hashlib.sha256("\0".join(parts).encode())
    for text in user_texts:
        digest.update(f"\0{text.license_id}\0{text.path.name}\0{text.text}".encode())
    return f"textindex-{digest.hexdigest()[:20]}.bin"


def _read_cached_index(name: str) -> TextIndex | None:
    raw = cache.read_cached(name)
    if raw is None:
        return None
    try:
        return load_dumped_index(raw, name)
    except CacheFormatError as exc:
        warnings.warn(
            f"licenseclass: discarding the cached text index {name}: {exc}",
            RuntimeWarning,
            stacklevel=3,
        )
        cache.discard(name)
        return None


# The index a wheel ships (written at wheel-build time by the repository's hatch_build.py).
PREBUILT = Path(__file__).with_name("prebuilt-textindex.bin")


def portable_key() -> str:
    """What a prebuilt index must have been made from to serve this installation.

    Unlike :func:`index_key` it holds nothing of the machine (no paths, no file times): the
    index format, the ``licensedcode-data`` and ``license-expression`` versions, this code,
    the Unicode version (normalisation depends on it) and the hash of a tuple of ints (gram
    keys are such hashes).
    """
    parts = [
        f"format={INDEX_FORMAT}",
        f"licensedcode-data={licensedcode.package_version('licensedcode-data')}",
        f"license-expression={licensedcode.package_version('license-expression')}",
        f"code={_code_digest()}",
        f"unicode={unicodedata.unidata_version}",
        f"tuple-hash={hash((1, 2, 3, 4))}",
    ]
    return "prebuilt-" + hashlib.sha256("\0".join(parts).encode()).hexdigest()[:20]


def write_prebuilt(path: Path) -> Path:
    """Build the index of the licensedcode-data texts into ``path`` (for wheel builds)."""
    index = build_index(scancode_references(), versions=portable_key())
    path.write_bytes(dump_index(index))
    return path


def _read_prebuilt() -> TextIndex | None:
    """The shipped index when there is one and it was made for these versions, else None."""
    try:
        raw = PREBUILT.read_bytes()
    except OSError:  # not shipped (a source checkout, an editable install)
        return None
    try:
        return load_dumped_index(raw, portable_key())
    except CacheFormatError as exc:  # other data or code installed since: build as usual
        logger.debug("licenseclass: the shipped text index does not apply: %s", exc)
        return None


def load_index(user_texts: Sequence[UserText] = (), *, use_cache: bool = True) -> TextIndex:
    """The index of the ScanCode texts plus ``user_texts``: shipped, cached, else built.

    The built-in index comes from the wheel when it ships one made for the installed data
    and code (:data:`PREBUILT`), else from the cache, else it is built and cached. With user
    texts the built-in index is loaded first and then extended (cached under its own entry).
    While one thread or process builds an entry, the others wait for it and then read it.
    """
    name = index_key(user_texts)
    if not use_cache:
        return _built(name, user_texts, use_cache=False)
    if not user_texts:
        shipped = _read_prebuilt()
        if shipped is not None:
            return shipped
    found = _read_cached_index(name)
    if found is not None:
        return found
    with cache.build_lock(name):
        found = _read_cached_index(name)  # built by another thread or process meanwhile
        if found is not None:
            return found
        index = _built(name, user_texts, use_cache=True)
        if cache.write_cached(name, dump_index(index)):
            prune_stale("textindex-", keep=name)
    return index


def _built(name: str, user_texts: Sequence[UserText], *, use_cache: bool) -> TextIndex:
    if user_texts:
        base = builtin_index() if use_cache else load_index(use_cache=False)
        with build_progress("extending the license text index with the registry's texts"):
            return extend_index(base, user_references(user_texts), name)
    with build_progress("building the license text index (first use, once)"):
        return build_index(scancode_references(), versions=name)


# A build that lasts longer than this (seconds) says so, and then how long it took.
PROGRESS_AFTER = 1.0


def progress_message(message: str) -> None:
    """Tell the user about a slow step: through :mod:`logging` (logger
    ``licenseclass.textid.index``, level INFO) when the application configured logging for
    it, else on standard error. Silence it with
    ``logging.getLogger("licenseclass").addHandler(logging.NullHandler())``."""
    if logger.hasHandlers():
        logger.info("licenseclass: %s", message)
    elif sys.stderr is not None:  # None under pythonw and some service managers
        # a closed or broken stderr is no reason to fail
        with contextlib.suppress(OSError, ValueError):
            print(f"licenseclass: {message}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def build_progress(what: str, after: float | None = None) -> Iterator[None]:
    """Say ``what ...`` once the block has run ``after`` seconds (default
    :data:`PROGRESS_AFTER`), and how long it took when it ends."""
    started = time.monotonic()
    said = threading.Event()

    def announce() -> None:
        progress_message(f"{what} ...")
        said.set()

    timer = threading.Timer(PROGRESS_AFTER if after is None else after, announce)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        timer.join()  # a message being written finishes before the closing one
        if said.is_set():
            progress_message(f"{what}: done in {time.monotonic() - started:.1f} s")


def prune_stale(prefix: str, keep: str, *, older_than: float = 86400.0) -> None:
    """Delete cache entries named ``prefix...`` other than ``keep`` not written for a day.

    Each index is some 35 MB, and every data or code change makes a new one; a day's grace
    leaves alone an entry that another configuration (other user folders) still uses.
    """
    folder = cache.cache_dir()
    now = time.time()
    try:
        for path in folder.glob(f"{prefix}*"):
            if path.name != keep and now - path.stat().st_mtime > older_than:
                path.unlink(missing_ok=True)
    except OSError:  # a cache that cannot be tidied is left as it is
        return


_BUILTIN: list[TextIndex] = []  # the process's one built-in index, once loaded
_BUILTIN_GUARD = threading.Lock()


def builtin_index() -> TextIndex:
    """The index of the built-in reference texts, shared by the process (read-only).

    Threads that ask at once wait for one load instead of each loading a copy.
    """
    with _BUILTIN_GUARD:
        if not _BUILTIN:
            _BUILTIN.append(load_index())
            cache.settle_loaded()  # kept for the process: no full collection walks it again
        return _BUILTIN[0]


def forget_builtin_index() -> None:
    """Drop the process's built-in index (tests that swap the reference texts use this)."""
    with _BUILTIN_GUARD:
        _BUILTIN.clear()


_BY_REGISTRY: weakref.WeakKeyDictionary[Registry, TextIndex] = weakref.WeakKeyDictionary()


def index_for(registry: Registry) -> TextIndex:
    """The index of the built-in texts plus ``registry``'s user texts (once per registry)."""
    texts = registry.user_texts()
    if not texts:
        return builtin_index()
    found = _BY_REGISTRY.get(registry)
    if found is None:
        found = load_index(texts)
        _BY_REGISTRY[registry] = found
    return found
