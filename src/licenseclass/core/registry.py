"""The license registry: the built-in YAML data plus the user's own folders.

A user folder holds license YAML files and, beside them, ``<ID>.txt`` reference texts of the
same licenses. The registry carries both, so every stage that takes a registry (the name
stage, text matching, variants, clause reading, verdicts) sees what the user added.

Loading is lazy (nothing is read at import time), cached, and all-or-nothing: every file of a
folder is validated before any of them is added, so a bad file never leaves a half-loaded
registry behind.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from pydantic import TypeAdapter, ValidationError

from licenseclass._cache import build_lock, files_digest, read_cached, write_cached
from licenseclass.core import model as model_module
from licenseclass.core.datafile import read_folder, read_model
from licenseclass.core.model import License
from licenseclass.errors import DataFileError, UnknownLicenseError

_SEARCH_LIMIT = 3


def builtin_data_dir(name: str = "licenses") -> Path:
    """The built-in data folder: inside the installed wheel, or ``data/`` of a checkout."""
    package_dir = Path(__file__).resolve().parents[1]
    inside = package_dir / "data" / name
    if inside.is_dir():
        return inside
    checkout = package_dir.parent.parent / "data" / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"built-in data folder {name!r} not found near {package_dir}")


def alias_key(text: str) -> str:
    """How aliases are compared: case-folded, runs of space, '_' and '-' made one space."""
    return re.sub(r"[\s_\-]+", " ", text.casefold()).strip()


def load_folder(folder: Path | str) -> list[License]:
    """Validate every ``*.yaml`` license file of ``folder`` (see :func:`read_folder`)."""
    return read_folder(folder, License)


# A user's reference text larger than this is refused (the largest licensedcode-data text is
# about 400 KB).
MAX_TEXT_BYTES = 2_000_000


class UserText(NamedTuple):
    """A reference text from a user folder: ``<ID>.txt``, the full text of license ``ID``."""

    license_id: str
    path: Path
    text: str


def read_user_texts(folder: Path) -> tuple[UserText, ...]:
    """The ``<ID>.txt`` files of ``folder``, all or nothing (a bad file raises DataFileError).

    Only regular files are read (a FIFO or a device would block or never end), each at most
    :data:`MAX_TEXT_BYTES`, as UTF-8.
    """
    if not folder.is_dir():
        raise DataFileError("not a folder of license data", path=folder)
    texts: list[UserText] = []
    for path in sorted(folder.glob("*.txt")):
        try:
            if not path.is_file():
                raise DataFileError("not a regular file", path=path)
            with path.open("rb") as handle:
                raw = handle.read(MAX_TEXT_BYTES + 1)
        except OSError as exc:
            reason = f"cannot read the reference text ({exc.strerror})"
            raise DataFileError(reason, path=path) from exc
        if len(raw) > MAX_TEXT_BYTES:
            raise DataFileError(f"reference text larger than {MAX_TEXT_BYTES} bytes", path=path)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DataFileError(f"not UTF-8 text (byte {exc.start})", path=path) from exc
        if "\0" in text:
            raise DataFileError("binary file, not a reference text", path=path)
        if text.strip():
            texts.append(UserText(path.stem, path, text))
    return tuple(texts)


class Registry:
    """Licenses by id, alias and ScanCode key.

    ``Registry()`` holds the built-in data; ``Registry([folder, ...])`` adds user folders in
    order, a later entry with the same id (case-insensitively) replacing an earlier one.
    User folders are validated completely on first use. A lookup by exact id reads just that
    one built-in file until something needs the whole set (aliases, listing).
    """

    def __init__(self, folders: Sequence[Path | str] = (), *, builtin: bool = True) -> None:
        self._folders = tuple(Path(f) for f in folders)
        self._builtin = builtin
        self._by_id: dict[str, License] | None = None
        self._user: dict[str, License] | None = None
        self._single: dict[str, License] = {}
        self._texts: tuple[UserText, ...] | None = None

    # -- loading --------------------------------------------------------------------------

    def _user_entries(self) -> dict[str, License]:
        if self._user is None:
            loaded = [load_folder(folder) for folder in self._folders]  # all or nothing
            self._user = {e.id.casefold(): e for entries in loaded for e in entries}
        return self._user

    def _entries(self) -> dict[str, License]:
        if self._by_id is None:
            user = self._user_entries()
            by_id = {e.id.casefold(): e for e in load_builtin()} if self._builtin else {}
            by_id.update(user)
            self._by_id = by_id
        return self._by_id

    def _exact(self, key: str) -> License | None:
        """The entry whose id is ``key`` (any case), reading as little as possible."""
        folded = key.casefold()
        if self._by_id is not None:
            return self._by_id.get(folded)
        user = self._user_entries()
        if folded in user:
            return user[folded]
        if not self._builtin:
            return None
        if folded not in self._single:
            path = _builtin_files().get(folded)
            if path is None:
                return None
            self._single[folded] = read_model(path, License)
        return self._single[folded]

    @functools.cached_property
    def _aliases(self) -> dict[str, tuple[str, ...]]:
        index: dict[str, list[str]] = {}
        for entry in self._entries().values():
            scancode = entry.scancode_key
            ref = f"LicenseRef-scancode-{scancode}" if scancode else ""
            for alias in (*entry.aliases, entry.name, scancode or "", ref):
                if alias:
                    ids = index.setdefault(alias_key(alias), [])
                    if entry.id not in ids:
                        ids.append(entry.id)
        return {key: tuple(ids) for key, ids in index.items()}

    # -- what the user added ----------------------------------------------------------------

    @property
    def folders(self) -> tuple[Path, ...]:
        """The user folders, in the order given (later ones override earlier ones)."""
        return self._folders

    @property
    def is_builtin_only(self) -> bool:
        """True when this registry holds the built-in data and nothing else."""
        return self._builtin and not self._folders

    def extended(self, folders: Sequence[Path | str]) -> Registry:
        """A new registry with ``folders`` added after this one's."""
        return Registry([*self._folders, *folders], builtin=self._builtin)

    def user_entries(self) -> tuple[License, ...]:
        """The license entries of the user folders (a later folder's entry wins its id)."""
        return tuple(self._user_entries().values())

    def user_texts(self) -> tuple[UserText, ...]:
        """The ``<ID>.txt`` reference texts of the user folders (read once, all or nothing)."""
        if self._texts is None:
            self._texts = tuple(t for folder in self._folders for t in read_user_texts(folder))
        return self._texts

    def data_digest(self) -> str:
        """A short digest of every data file this registry reads (for cache keys)."""
        paths = list(_builtin_files().values()) if self._builtin else []
        for folder in self._folders:
            paths.extend(sorted(folder.glob("*.yaml")))
            paths.extend(sorted(folder.glob("*.txt")))
        return files_digest(paths, str(self._builtin), *map(str, self._folders))

    # -- lookup ---------------------------------------------------------------------------

    def find(self, key: str, *, follow_deprecated: bool = False) -> License | None:
        """The license with this id (any case) or unambiguous alias, or None."""
        entry = self._exact(key) if key.strip() == key and " " not in key else None
        if entry is None:
            ids = self._aliases.get(alias_key(key), ())
            if len(ids) > 1:  # deprecated ids share their successor's names: prefer current ids
                current = tuple(i for i in ids if not self._entries()[i.casefold()].deprecated)
                ids = current or ids
            if len(ids) == 1:
                entry = self._entries()[ids[0].casefold()]
        if entry is not None and follow_deprecated and entry.superseded_by:
            successor = self._exact(entry.superseded_by)
            if successor is not None:
                return successor
        return entry

    def get(self, key: str, *, follow_deprecated: bool = False) -> License:
        """Like :meth:`find`, but raise :class:`UnknownLicenseError` with suggestions."""
        entry = self.find(key, follow_deprecated=follow_deprecated)
        if entry is None:
            raise UnknownLicenseError(key, self.suggest(key))
        return entry

    def ids_for_alias(self, text: str) -> tuple[str, ...]:
        """Every id that ``text`` names as an alias (several when it is ambiguous)."""
        return self._aliases.get(alias_key(text), ())

    def canonical_id(self, key: str) -> str | None:
        """The id in its registered case, or None if unknown (no alias lookup)."""
        entry = self._exact(key)
        return entry.id if entry is not None else None

    def suggest(self, key: str, limit: int = _SEARCH_LIMIT) -> tuple[str, ...]:
        """Near-miss ids for an unknown key, closest first."""
        entries = self._entries()
        folded = key.casefold()
        matches = difflib.get_close_matches(folded, list(entries), n=limit, cutoff=0.75)
        return tuple(entries[m].id for m in matches)

    # -- collection protocol --------------------------------------------------------------

    def __iter__(self) -> Iterator[License]:
        return iter(sorted(self._entries().values(), key=lambda e: e.id.casefold()))

    def __len__(self) -> int:
        return len(self._entries())

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.find(key) is not None

    def select(self, *, kind: str | None = None) -> Iterable[License]:
        return (e for e in self if kind is None or e.kind == kind)


_LICENSE_LIST = TypeAdapter(list[License])


# The built-in entries sit in two sub-folders: written by hand, and generated by
# scripts/generate_data.py. The registry treats them alike; an id may be in only one.
BUILTIN_SUBFOLDERS = ("reviewed", "derived")


@functools.cache
def _builtin_files() -> dict[str, Path]:
    files: dict[str, Path] = {}
    for sub in BUILTIN_SUBFOLDERS:
        folder = builtin_data_dir() / sub
        for n in sorted(n for n in os.listdir(folder) if n.endswith(".yaml")):  # str sort: fast
            key = n[:-5].casefold()
            if key in files:
                raise DataFileError(
                    f"duplicate id, also defined in {files[key]}", path=folder / n, field="id"
                )
            files[key] = folder / n
    return files


def builtin_license_files() -> list[Path]:
    """Every built-in license data file (reviewed and derived)."""
    return list(_builtin_files().values())


def load_builtin() -> list[License]:
    """Every built-in entry, from the on-disk cache when the data files have not changed.

    The cache is keyed by the names, sizes and times of the data files and of model.py, so
    an edited entry or a changed schema rebuilds it.
    """
    paths = builtin_license_files()
    model_file = Path(model_module.__file__ or "")
    name = f"registry-{files_digest([*paths, model_file], __name__)}.json"
    cached = _read_builtin(name)
    if cached is not None:
        return cached
    with build_lock(name):  # concurrent first users: one builds, the others read its entry
        cached = _read_builtin(name)
        if cached is not None:
            return cached
        loaded = [e for sub in BUILTIN_SUBFOLDERS for e in load_folder(builtin_data_dir() / sub)]
        # in file-name order across both folders, as one folder listed them (alias ties keep it)
        entries = sorted(loaded, key=lambda e: e.id + ".yaml")
        write_cached(name, _LICENSE_LIST.dump_json(entries))
    return entries


def _read_builtin(name: str) -> list[License] | None:
    cached = read_cached(name)
    if cached is None:
        return None
    try:
        return _LICENSE_LIST.validate_json(cached)
    except ValidationError:
        return None  # stale or damaged: rebuilt by the caller


@functools.cache
def default_registry() -> Registry:
    """The shared registry of built-in data (read-only, loaded on first use)."""
    return Registry()


def get_license(key: str, registry: Registry | None = None) -> License:
    """The license for an id or alias from ``registry`` (default: the built-in data)."""
    return (registry or default_registry()).get(key)
