"""Model releases: what an organisation published (weights, code, data, an API) and on what terms.

A :class:`Release` is a set of :class:`Component` items, each with an availability and an SPDX
license expression. Built-in releases live in ``data/releases/<id>.yaml``; users add their own
folders of the same YAML. Loading is all-or-nothing with located errors, like the license data.
"""

from __future__ import annotations

import datetime
import difflib
import functools
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from licenseclass.core.datafile import (
    check_data_file_name,
    check_id_matches_name,
    line_of_top_key,
    read_folder,
    read_model,
)
from licenseclass.core.model import Frozen, Level, Provenance, Reason
from licenseclass.core.registry import alias_key, builtin_data_dir, folder_list
from licenseclass.errors import (
    AmbiguousReleaseError,
    ArgumentTypeError,
    DataFileError,
    InvalidExpressionError,
    UnknownReleaseError,
)

ComponentKind = Literal[
    "weights",
    "inference-code",
    "training-code",
    "training-data",
    "data-documentation",
    "evaluation-code",
    "model-card",
    "technical-report",
    "hosted-api",
    "other",
]
Availability = Literal["public", "gated", "api-only", "unavailable"]

# Availabilities under which a person can obtain the component itself (gated: after accepting
# terms or giving contact details on the download page).
OBTAINABLE: frozenset[Availability] = frozenset({"public", "gated"})


class Component(Frozen):
    """One published (or withheld) part of a release."""

    kind: ComponentKind
    availability: Availability
    license: str | None = Field(
        default=None, description="SPDX expression of the terms; None when none is stated"
    )
    name: str | None = Field(default=None, description="e.g. the repository or dataset name")
    note: str | None = None
    sources: tuple[str, ...] = Field(default=(), description="URLs backing this component's facts")

    use_policy: str | None = Field(
        default=None,
        description="an acceptable-use policy beside the license (a URL or a file name): use "
        "must follow it, so open terms become restricted",
    )
    commercial_use: Literal["allowed", "not-allowed"] | None = Field(
        default=None,
        description="for a hosted API: whether its terms allow business use, when the license "
        "entry itself leaves it open (a fact with its sources, not a reading)",
    )
    terms_level: Level | None = Field(
        default=None,
        description="the level a license text on disk comes to when it says more than "
        "`license`: terms added to a known license, or an agreement no reference identifies "
        "(read by classify_text); it can only lower the component's level",
    )
    terms_reasons: tuple[Reason, ...] = Field(
        default=(), description="why the license text on disk comes to `terms_level`"
    )

    @field_validator("license")
    @classmethod
    def _check_expression(cls, value: str | None) -> str | None:
        return _check_expression(value)


def _check_expression(value: str | None) -> str | None:
    if value is None:
        return None
    text = value.strip()
    if not text:
        raise ValueError("license must be an SPDX expression or null, not an empty string")
    # Deferred: the expression tables are only needed when a release file is read.
    from licenseclass.expressions.parser import parse  # noqa: PLC0415

    try:
        parse(text, strict=False)  # syntax only: ids are resolved when judging
    except InvalidExpressionError as exc:
        raise ValueError(
            f"not a valid SPDX license expression: {exc.message} at position {exc.position}"
        ) from None
    return text


# A size as model names write it: 7B, 0.5B, 135M, 8x7B (case-insensitive).
SIZE_PATTERN = r"\d+(?:\.\d+)?[bm]|\d+x\d+(?:\.\d+)?b"
_SIZE = re.compile(rf"^(?:{SIZE_PATTERN})$", re.IGNORECASE)
_HUB_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$")
# Words hub names add after the size for a tuning of the same weights' terms.
_TUNING_WORDS = frozenset({"instruct", "it", "chat", "base", "hf", "pt", "sft"})


class Variant(Frozen):
    """One size of a release family: its hub repositories and, when they differ, its terms."""

    size: str = Field(description="e.g. 7B, 0.5B, 8x7B")
    hub_ids: tuple[str, ...] = Field(default=(), description="Hugging Face ids (owner/name)")
    license: str | None = Field(
        default=None,
        description="the weights' SPDX expression for this size; None: the release's weights'",
    )
    sources: tuple[str, ...] = Field(default=(), description="URLs backing this size's terms")
    note: str | None = None

    @field_validator("size")
    @classmethod
    def _check_size(cls, value: str) -> str:
        if not _SIZE.match(value):
            raise ValueError(f"not a model size like 7B, 0.5B, 135M or 8x7B: {value!r}")
        return value

    @field_validator("hub_ids")
    @classmethod
    def _check_hub_ids(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for hub_id in value:
            if not _HUB_ID.match(hub_id):
                raise ValueError(f"not a hub id of the form owner/name: {hub_id!r}")
        return value

    @field_validator("license")
    @classmethod
    def _check_license(cls, value: str | None) -> str | None:
        return _check_expression(value)

    @model_validator(mode="after")
    def _sourced(self) -> Variant:
        if self.license is not None and not self.sources:
            raise ValueError(f"size {self.size} states its own license without sources")
        return self


class Release(Frozen):
    """A model release: who published what, when, and under which terms."""

    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    name: str = Field(min_length=1)
    organisation: str = Field(min_length=1)
    date: datetime.date | None = None
    urls: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    family: str | None = Field(
        default=None,
        description="the family name sizes are written after, e.g. 'Qwen2.5' for 'Qwen2.5 7B'",
    )
    size: str | None = Field(
        default=None, description="the size this release describes, when it is one size"
    )
    group: str | None = Field(
        default=None,
        description="who releases are related by when the organisation names differ "
        "(e.g. Google for Google DeepMind and Google Research); default: the organisation",
    )
    variants: tuple[Variant, ...] = Field(
        default=(), description="the family's sizes, with their own terms where they differ"
    )
    variant_of: str | None = Field(
        default=None, description="set on a size resolved from a family: the catalogued id"
    )
    components: tuple[Component, ...] = Field(min_length=1)
    notes: str | None = None
    provenance: Provenance

    @model_validator(mode="after")
    def _check_variants(self) -> Release:
        sizes = [alias_key(v.size) for v in self.variants]
        if len(set(sizes)) != len(sizes):
            raise ValueError("variants: each size may be listed once")
        if self.variants and self.family is None:
            raise ValueError("variants need a family name to be written after")
        if self.size is not None and self.variants and alias_key(self.size) not in sizes:
            raise ValueError(f"size {self.size} is not among the variants")
        return self

    @property
    def related_key(self) -> str:
        """What releases are related by: the group, else the organisation (case-folded)."""
        return (self.group or self.organisation).casefold()

    def weights_license(self) -> str | None:
        """The weights' license expression when every weights component states the same one."""
        found = {c.license for _, c in self.of_kind("weights")}
        return found.pop() if len(found) == 1 else None

    def variant_license(self, variant: Variant) -> str | None:
        """The weights' terms for one size: its own, else the release's."""
        return variant.license or self.weights_license()

    def of_kind(self, kind: ComponentKind) -> tuple[tuple[int, Component], ...]:
        """The components of one kind, with their index in :attr:`components`."""
        return tuple((i, c) for i, c in enumerate(self.components) if c.kind == kind)


def read_release(path: Path | str) -> Release:
    """Read and validate one release file; raise :class:`DataFileError` naming file and line.

    Only a regular file is read (a FIFO or a device is refused without being opened). As in
    a folder, the file is ``<id>.yaml`` (or ``.yml``): a release whose id differs from its
    file name is refused, so the same file cannot mean one release alone and another in a
    ``--releases`` folder.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise ArgumentTypeError("read_release", "path", path, "a str or a path")
    file = Path(path)
    check_data_file_name(file)
    if not file.is_file():
        raise DataFileError("not a regular file", path=file)
    release = read_model(file, Release)
    problem = check_id_matches_name(release.id, file)
    if problem is not None:
        raise DataFileError(problem, path=file, line=line_of_top_key(file, "id"), field="id")
    return release


def load_release_folder(folder: Path | str) -> list[Release]:
    """Validate every ``*.yaml``/``*.yml`` release of ``folder`` (see :func:`read_folder`)."""
    return read_folder(folder, Release)


class ReleaseMatch(Frozen):
    """What a release key resolved to, and which size's terms apply."""

    key: str
    release: Release = Field(description="the release judged: for a size, made for that size")
    catalogued: str = Field(description="the id of the catalogued release it was found in")
    matched_by: Literal["alias", "hub-id", "family-and-size", "family"]
    size: str | None = Field(default=None, description="the size the key named, if any")
    terms: str | None = Field(default=None, description="that size's weights' license")
    same_terms: bool = Field(
        default=True, description="whether that size's terms are the catalogued release's"
    )


def _compact(text: str) -> str:
    return alias_key(text).replace(" ", "")


_VERSION_WORD = re.compile(r"^v\d+(?:\.\d+)*$")


def _split_size(name: str) -> tuple[str, str | None]:
    """``Qwen2.5-7B-Instruct`` -> (``qwen2.5``, ``7b``): the family and the size, compacted;
    tuning and version words after the size are dropped. No size: (the whole name, None)."""
    words = alias_key(name).split()
    while words and (words[-1] in _TUNING_WORDS or _VERSION_WORD.match(words[-1])):
        words.pop()
    if len(words) >= 2 and _SIZE.match(words[-1]):
        return "".join(words[:-1]), words[-1]
    return "".join(words), None


def _sized(entry: Release, variant: Variant) -> Release:
    """The catalogued release narrowed to one size: its weights under that size's terms."""
    family = entry.family or entry.name
    hub = ", ".join(variant.hub_ids)
    parts = tuple(
        c.model_copy(
            update={
                "license": entry.variant_license(variant),
                "name": hub or c.name,
                "sources": variant.sources or c.sources,
                "note": variant.note or c.note,
            }
        )
        if c.kind == "weights"
        else c
        for c in entry.components
    )
    urls = (*(f"https://huggingface.co/{h}" for h in variant.hub_ids), *entry.urls)
    return entry.model_copy(
        update={
            "id": re.sub(r"[^a-z0-9.]+", "-", f"{family} {variant.size}".casefold()).strip("-"),
            "name": f"{family} {variant.size}",
            "size": variant.size,
            "variant_of": entry.id,
            "aliases": (),
            "variants": (),
            "urls": tuple(dict.fromkeys(urls)),
            "components": parts,
        }
    )


class ReleaseCatalog:
    """Releases by id, alias and name, case-insensitively.

    ``ReleaseCatalog()`` holds the built-in releases; ``ReleaseCatalog([folder, ...])`` adds
    user folders in order, a later release with the same id replacing an earlier one;
    ``ReleaseCatalog("folder")`` (one ``str`` or path) adds one folder.
    """

    def __init__(
        self, folders: Sequence[Path | str] | Path | str = (), *, builtin: bool = True
    ) -> None:
        self._folders = folder_list(folders, function="ReleaseCatalog")
        self._builtin = bool(builtin)
        self._by_id: dict[str, Release] | None = None

    def _entries(self) -> dict[str, Release]:
        if self._by_id is None:
            sources: list[Path] = [builtin_data_dir("releases")] if self._builtin else []
            sources.extend(self._folders)
            loaded = [load_release_folder(folder) for folder in sources]  # validate all first
            self._by_id = {r.id.casefold(): r for entries in loaded for r in entries}
        return self._by_id

    @functools.cached_property
    def _aliases(self) -> dict[str, tuple[str, ...]]:
        index: dict[str, list[str]] = {}
        for entry in self._entries().values():
            for alias in (entry.id, entry.name, *entry.aliases):
                ids = index.setdefault(alias_key(alias), [])
                if entry.id not in ids:
                    ids.append(entry.id)
        return {key: tuple(ids) for key, ids in index.items()}

    @functools.cached_property
    def _hub_ids(self) -> dict[str, tuple[str, str]]:
        """Hub ids (case-folded ``owner/name``) -> (release id, size)."""
        index: dict[str, tuple[str, str]] = {}
        names: dict[str, set[tuple[str, str]]] = {}
        for entry in self._entries().values():
            for variant in entry.variants:
                for hub_id in variant.hub_ids:
                    index.setdefault(hub_id.casefold(), (entry.id, variant.size))
                    names.setdefault(hub_id.rpartition("/")[2].casefold(), set()).add(
                        (entry.id, variant.size)
                    )
        # a repository name without its owner (Meta-Llama-3.1-8B-Instruct) when only one has it
        for name, found in names.items():
            if len(found) == 1:
                index.setdefault(name, next(iter(found)))
        return index

    @functools.cached_property
    def _families(self) -> dict[str, tuple[str, ...]]:
        """Family names without spaces (``llama3.1``) -> the ids of the releases of the family."""
        index: dict[str, list[str]] = {}
        for entry in self._entries().values():
            if entry.family:
                index.setdefault(_compact(entry.family), []).append(entry.id)
        return {key: tuple(ids) for key, ids in index.items()}

    def resolve(self, key: str) -> ReleaseMatch:
        """What ``key`` names, and which size's terms apply; raise when it names nothing.

        ``key`` may be an id, alias or name, a hub id (``Qwen/Qwen2.5-7B-Instruct``) or a family
        name with a size (``Llama 3.1 8B``). A size under its own terms resolves to a release
        made for it (its weights' license replaced, ``variant_of`` set). A family named without
        a size whose sizes have different terms raises :class:`AmbiguousReleaseError` listing
        them; a key naming nothing raises :class:`UnknownReleaseError` with suggestions.
        """
        if not isinstance(key, str):
            raise ArgumentTypeError("ReleaseCatalog.resolve", "key", key, "a str")
        found = self._resolve(key)
        if isinstance(found, ReleaseMatch):
            return found
        if isinstance(found, AmbiguousReleaseError):
            raise found
        ambiguous = self._aliases.get(alias_key(key), ())
        raise UnknownReleaseError(key, ambiguous or found or self.suggest(key))

    def _resolve(self, key: str) -> ReleaseMatch | AmbiguousReleaseError | tuple[str, ...]:
        """The match, the ambiguity, or (nothing found) the sizes of a family it named."""
        entries = self._entries()
        text = key.strip()
        name = text.rpartition("/")[2]
        hub = self._hub_ids.get(text.casefold()) or self._hub_ids.get(name.casefold())
        if hub is not None:
            return self._match(key, entries[hub[0].casefold()], hub[1], "hub-id")
        family, size = _split_size(name)
        sizes: tuple[str, ...] = ()
        if size is not None:
            for rid in self._families.get(family, ()):
                member = entries[rid.casefold()]
                for variant in member.variants:
                    if _compact(variant.size) == size:
                        return self._match(key, member, variant.size, "family-and-size")
                sizes += tuple(f"{member.family} {v.size}" for v in member.variants)
        family_ids = self._families.get(family, ()) if size is None else ()
        if len(family_ids) == 1:  # before aliases: a family's name never picks one size
            return self._family(key, entries[family_ids[0].casefold()])
        for candidate in dict.fromkeys((text, name)):
            entry = entries.get(candidate.casefold())
            if entry is None:
                ids = self._aliases.get(alias_key(candidate), ())
                entry = entries[ids[0].casefold()] if len(ids) == 1 else None
            if entry is not None:
                return ReleaseMatch(key=key, release=entry, catalogued=entry.id, matched_by="alias")
        return sizes

    def _family(self, key: str, entry: Release) -> ReleaseMatch | AmbiguousReleaseError:
        """A family named without a size: the release, unless its sizes' terms differ."""
        terms = {entry.variant_license(v) for v in entry.variants}
        if len(terms) > 1:
            candidates = tuple(
                (f"{entry.family} {v.size}", entry.variant_license(v)) for v in entry.variants
            )
            return AmbiguousReleaseError(key, candidates)
        return ReleaseMatch(key=key, release=entry, catalogued=entry.id, matched_by="family")

    def _match(
        self, key: str, entry: Release, size: str, how: Literal["hub-id", "family-and-size"]
    ) -> ReleaseMatch:
        variant = next(v for v in entry.variants if v.size == size)
        terms = entry.variant_license(variant)
        same = terms == entry.weights_license()
        release = entry if entry.size == size else _sized(entry, variant)
        return ReleaseMatch(
            key=key,
            release=release,
            catalogued=entry.id,
            matched_by=how,
            size=size,
            terms=terms,
            same_terms=same,
        )

    def find(self, key: str) -> Release | None:
        """The release with this id (any case), unambiguous alias or name, hub id or family
        name with a size (see :meth:`resolve`), or None (also for an ambiguous family)."""
        if not isinstance(key, str):
            raise ArgumentTypeError("ReleaseCatalog.find", "key", key, "a str")
        found = self._resolve(key)
        return found.release if isinstance(found, ReleaseMatch) else None

    def get(self, key: str) -> Release:
        """Like :meth:`find`, but raise :class:`UnknownReleaseError` with suggestions, or
        :class:`AmbiguousReleaseError` for a family whose sizes have different terms."""
        if not isinstance(key, str):
            raise ArgumentTypeError("ReleaseCatalog.get", "key", key, "a str")
        return self.resolve(key).release

    def related(self, release: Release) -> tuple[Release, ...]:
        """The other catalogued releases of the same organisation (or group), by id."""
        own = {release.id.casefold(), (release.variant_of or release.id).casefold()}
        return tuple(
            r for r in self if r.related_key == release.related_key and r.id.casefold() not in own
        )

    def suggest(self, key: str, limit: int = 3) -> tuple[str, ...]:
        """Near-miss release ids for an unknown key, closest first."""
        names = list(self._aliases)
        matches = difflib.get_close_matches(alias_key(key), names, n=limit * 2, cutoff=0.6)
        found: list[str] = []
        for match in matches:
            for rid in self._aliases[match]:
                if rid not in found:
                    found.append(rid)
        return tuple(found[:limit])

    def __iter__(self) -> Iterator[Release]:
        return iter(sorted(self._entries().values(), key=lambda r: r.id.casefold()))

    def __len__(self) -> int:
        return len(self._entries())

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.find(key) is not None


@functools.cache
def default_catalog() -> ReleaseCatalog:
    """The shared catalog of built-in releases (read-only, loaded on first use)."""
    return ReleaseCatalog()


def get_release(key: str, catalog: ReleaseCatalog | None = None) -> Release:
    """The release for an id, alias or name from ``catalog`` (default: the built-in data)."""
    if not isinstance(key, str):
        raise ArgumentTypeError("get_release", "key", key, "a str")
    if catalog is not None and not isinstance(catalog, ReleaseCatalog):
        raise ArgumentTypeError("get_release", "catalog", catalog, "a ReleaseCatalog or None")
    return (catalog or default_catalog()).get(key)
