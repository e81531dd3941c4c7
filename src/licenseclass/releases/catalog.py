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
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator

from licenseclass.core.datafile import (
    check_data_file_name,
    check_id_matches_name,
    line_of_top_key,
    read_folder,
    read_model,
)
from licenseclass.core.model import Frozen, Provenance
from licenseclass.core.registry import alias_key, builtin_data_dir, folder_list
from licenseclass.errors import (
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

    @field_validator("license")
    @classmethod
    def _check_expression(cls, value: str | None) -> str | None:
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


class Release(Frozen):
    """A model release: who published what, when, and under which terms."""

    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    name: str = Field(min_length=1)
    organisation: str = Field(min_length=1)
    date: datetime.date | None = None
    urls: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    components: tuple[Component, ...] = Field(min_length=1)
    notes: str | None = None
    provenance: Provenance

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

    def find(self, key: str) -> Release | None:
        """The release with this id (any case) or unambiguous alias or name, or None.

        A Hugging Face repository id (``owner/name``) is also tried by its name alone.
        """
        if not isinstance(key, str):
            raise ArgumentTypeError("ReleaseCatalog.find", "key", key, "a str")
        entries = self._entries()
        for candidate in dict.fromkeys((key.strip(), key.strip().rpartition("/")[2])):
            entry = entries.get(candidate.casefold())
            if entry is None:
                ids = self._aliases.get(alias_key(candidate), ())
                entry = entries[ids[0].casefold()] if len(ids) == 1 else None
            if entry is not None:
                return entry
        return None

    def get(self, key: str) -> Release:
        """Like :meth:`find`, but raise :class:`UnknownReleaseError` with suggestions."""
        if not isinstance(key, str):
            raise ArgumentTypeError("ReleaseCatalog.get", "key", key, "a str")
        entry = self.find(key)
        if entry is None:
            ambiguous = self._aliases.get(alias_key(key), ())
            raise UnknownReleaseError(key, ambiguous or self.suggest(key))
        return entry

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
