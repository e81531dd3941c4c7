"""The name table of the name stage: license names, ids and aliases of a registry, to an id.

"This file is licensed under the Acme Non-Commercial License 1.0" is identified by looking
the words after the licensing phrase up in this table. It is built from the registry the
caller gives, so the user's own licenses are named as readily as the built-in ones, and
cached on disk keyed by every data file the registry reads.
"""

from __future__ import annotations

import functools
import json
import re
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from licenseclass import _cache as cache
from licenseclass.core import licensedcode
from licenseclass.core.registry import Registry
from licenseclass.textid.textnorm import normalise

# Bump when the table's rules change.
NAMES_FORMAT = 3

# Words that do not tell license names apart ("the Apache License, Version 2.0").
NAME_FILLER = frozenset(
    {"the", "license", "licence", "licenses", "version", "versions", "ver", "v", "a", "an"}
)


def name_key(words: Sequence[str]) -> str:
    """The comparable form of a license name: filler words and a ``.0`` after a number go."""
    out: list[str] = []
    for word in words:
        if word in NAME_FILLER:
            continue
        if word and not word.strip("0") and out and out[-1].isdigit():
            continue  # "2.0", "2.00" and "2" name the same version
        # "v2" -> "2"
        out.append(word[1:] if word[:1] == "v" and word[1:].isdigit() else word)
    return " ".join(out)


_FAMILY = re.compile(r"^([A-Za-z][A-Za-z0-9]*?)-")


def family(license_id: str) -> str:
    """The license family of an id, case-folded: "gpl" for GPL-2.0-or-later, "w3c" for
    W3C-19980720, "llama" for LicenseRef-scancode-llama-2-license-2023 (a ref's own name, not
    "LicenseRef")."""
    bare = license_id.removeprefix("LicenseRef-").removeprefix("scancode-")
    found = _FAMILY.match(bare)
    return (found.group(1) if found else bare).casefold()


def version_numbers(numbers: Sequence[str]) -> tuple[str, ...]:
    """A version's numbers without trailing zeros ("2.0" and "2" are one version)."""
    kept = list(numbers)
    while len(kept) > 1 and kept[-1] == "0":
        kept.pop()
    return tuple(kept)


def id_version(license_id: str) -> tuple[str, ...]:
    """The numbers of an id's version (LPPL-1.3c gives ("1", "3"), MPL-2.0 gives ("2",))."""
    return version_numbers(re.findall(r"\d+", license_id.removeprefix("LicenseRef-")))


def _reported_id(entry_id: str, scancode_key: str | None) -> str:
    """The id text matching reports for a registry entry (ScanCode's, for LicenseRef- ids)."""
    if entry_id.startswith("LicenseRef-") and scancode_key:
        info = licensedcode.scancode_licenses().get(scancode_key)
        return info.spdx_id if info else f"LicenseRef-scancode-{scancode_key}"
    return entry_id


def build_name_table(registry: Registry) -> dict[str, str]:
    """License names, ids and aliases of ``registry``, by :func:`name_key`, to an id.

    Names that would stand for several licenses are left out; so are names of generic
    ScanCode licenses ("commercial", "proprietary": no license in particular).
    """
    generic = {key for key, info in licensedcode.scancode_licenses().items() if info.is_generic}
    user_ids = {e.id for e in registry.user_entries()}
    # Ids and names claim a key first; aliases fill keys no id or name claimed; last come
    # shortened names: without a trailing "only" (a bare version means that version only)
    # and without the version (when a single license has that name).
    tiers: tuple[dict[str, set[str]], ...] = ({}, {}, {})
    for entry in registry:
        if entry.kind in ("special", "exception") or entry.deprecated:
            continue  # a deprecated id shares its name with its successor
        if entry.scancode_key in generic:
            continue
        # A user's entry is reported by its own id: its text is indexed under that id.
        own = entry.id in user_ids
        target = entry.id if own else _reported_id(entry.id, entry.scancode_key)
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


@dataclass(frozen=True)
class NameTable:
    """A registry's name table with the lookups the matcher derives from it."""

    by_key: Mapping[str, str]
    first_words: frozenset[str] = field(init=False)  # of the names of two words or more
    _words_by_id: dict[str, frozenset[str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        firsts = frozenset(key.split(" ")[0] for key in self.by_key if " " in key)
        words: dict[str, set[str]] = {}
        for key, license_id in self.by_key.items():
            words.setdefault(license_id, set()).update(key.split(" "))
        object.__setattr__(self, "first_words", firsts)
        object.__setattr__(self, "_words_by_id", {i: frozenset(w) for i, w in words.items()})

    @functools.cached_property
    def ids(self) -> frozenset[str]:
        """Every id the table names."""
        return frozenset(self.by_key.values())

    @functools.cached_property
    def versions_by_family(self) -> Mapping[str, frozenset[tuple[str, ...]]]:
        """The versions of each license family among the ids the table names, as numbers
        without trailing zeros (LPPL-1.3c gives ("1", "3") under "lppl")."""
        found: dict[str, set[tuple[str, ...]]] = {}
        for license_id in self.ids:
            numbers = id_version(license_id)
            if numbers:
                found.setdefault(family(license_id), set()).add(numbers)
        return {name: frozenset(versions) for name, versions in found.items()}

    @functools.cached_property
    def spdx_families(self) -> frozenset[str]:
        """The family words of the SPDX ids the table names ("bsd", "apache", "mpl")."""
        return frozenset(family(i) for i in self.ids if not i.startswith("LicenseRef-"))

    def name_words(self, license_ids: Iterable[str]) -> frozenset[str]:
        """Every word of every name of these licenses."""
        out: set[str] = set()
        for license_id in license_ids:
            out |= self._words_by_id.get(license_id, frozenset())
        return frozenset(out)


_BY_REGISTRY: weakref.WeakKeyDictionary[Registry, NameTable] = weakref.WeakKeyDictionary()


def name_table(registry: Registry) -> NameTable:
    """The name table of ``registry``: from memory, the disk cache, or built and cached."""
    found = _BY_REGISTRY.get(registry)
    if found is not None:
        return found
    version = licensedcode.package_version("licensedcode-data")
    name = f"licensenames-{registry.data_digest()}-{version}-{NAMES_FORMAT}.json"
    table = _read_cached_table(name)
    if table is None:
        with cache.build_lock(name):  # one thread or process builds, the others read its entry
            table = _read_cached_table(name)
            if table is None:
                table = build_name_table(registry)
                cache.write_cached(name, json.dumps(table, sort_keys=True).encode("utf-8"))
    found = NameTable(table)
    _BY_REGISTRY[registry] = found
    return found


def _read_cached_table(name: str) -> dict[str, str] | None:
    raw = cache.read_cached(name)
    if raw is None:
        return None
    try:
        loaded = json.loads(raw.decode("utf-8"))
    except ValueError:
        return None
    if not isinstance(loaded, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in loaded.items()
    ):
        return None
    return loaded
