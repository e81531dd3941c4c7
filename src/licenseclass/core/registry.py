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
import hashlib
import os
import re
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from pydantic import TypeAdapter, ValidationError

from licenseclass._cache import (
    build_lock,
    discard,
    files_digest,
    read_cached,
    settle_loaded,
    write_cached,
)
from licenseclass.core import datafile as datafile_module
from licenseclass.core import model as model_module
from licenseclass.core.datafile import data_files, read_folder, read_model
from licenseclass.core.files import read_bounded
from licenseclass.core.model import License
from licenseclass.errors import (
    ArgumentTypeError,
    DataFileError,
    InputFileError,
    UnknownLicenseError,
)

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


def _confusable(key: str) -> bool:
    """A key with non-ASCII letters that compatibility folding turns into ASCII: the Kelvin
    sign for "K", full-width letters, ligatures. Such a key names no id and no alias."""
    return not key.isascii() and unicodedata.normalize("NFKC", key).isascii()


def alias_key(text: str) -> str:
    """How aliases are compared: case-folded, runs of space, '_' and '-' made one space, and
    the British "licence" spelt "license" (both are written for the same names)."""
    return re.sub(r"[\s_\-]+", " ", text.casefold()).strip().replace("licence", "license")


def folder_list(
    folders: Sequence[Path | str] | Path | str,
    argument: str = "folders",
    function: str = "Registry",
) -> tuple[Path, ...]:
    """``folders`` as a tuple of paths; one ``str`` or path is one folder (not its letters).

    Anything else than a path or an iterable of paths raises :class:`ArgumentTypeError`.
    """
    if isinstance(folders, (str, os.PathLike)):
        return (Path(folders),)
    if not isinstance(folders, Iterable) or isinstance(folders, (bytes, bytearray)):
        raise ArgumentTypeError(
            function, argument, folders, "a folder or a list of folders (str or Path)"
        )
    given = tuple(folders)
    for folder in given:
        if not isinstance(folder, (str, os.PathLike)):
            raise ArgumentTypeError(function, f"{argument}[...]", folder, "a folder (str or Path)")
    return tuple(Path(f) for f in given)


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
            raw = read_bounded(path, MAX_TEXT_BYTES)
        except InputFileError as exc:
            raise DataFileError(exc.reason, path=path) from None
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
    order, a later entry with the same id (case-insensitively) replacing an earlier one;
    ``Registry("folder")`` (one ``str`` or path) adds one folder.
    User folders are validated completely on first use. A lookup by exact id reads just that
    one built-in file until something needs the whole set (aliases, listing).
    """

    def __init__(
        self, folders: Sequence[Path | str] | Path | str = (), *, builtin: bool = True
    ) -> None:
        self._folders = folder_list(folders)
        self._builtin = bool(builtin)
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
            if self._builtin:
                settle_loaded()  # some 65,000 long-lived objects: out of every full collection
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

    def extended(self, folders: Sequence[Path | str] | Path | str) -> Registry:
        """A new registry with ``folders`` (one folder or several) added after this one's."""
        return Registry([*self._folders, *folder_list(folders)], builtin=self._builtin)

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
            if folder.is_dir():
                paths.extend(data_files(folder))
                paths.extend(sorted(folder.glob("*.txt")))
        try:
            return files_digest(paths, str(self._builtin), *map(str, self._folders))
        except OSError as exc:  # a dangling link or a file removed since the listing
            path = Path(exc.filename) if exc.filename else builtin_data_dir()
            raise DataFileError(f"cannot be read ({exc.strerror or exc})", path=path) from None

    # -- lookup ---------------------------------------------------------------------------

    def find(self, key: str, *, follow_deprecated: bool = False) -> License | None:
        """The license with this id (any case) or unambiguous alias, or None."""
        if not isinstance(key, str):
            raise ArgumentTypeError("Registry.find", "key", key, "a str")
        if _confusable(key):
            return None  # one rule for ids: look-alike letters are never folded into ASCII
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
        if not isinstance(key, str):
            raise ArgumentTypeError("Registry.get", "key", key, "a str")
        entry = self.find(key, follow_deprecated=follow_deprecated)
        if entry is None:
            ascii_form = unicodedata.normalize("NFKC", key)
            if _confusable(key) and self.find(ascii_form) is not None:
                shown = key.encode("ascii", "backslashreplace").decode("ascii")
                raise UnknownLicenseError(shown, (self.get(ascii_form).id,))
            raise UnknownLicenseError(key, self.suggest(key))
        return entry

    def ids_for_alias(self, text: str) -> tuple[str, ...]:
        """Every id that ``text`` names as an alias (several when it is ambiguous)."""
        if _confusable(text):
            return ()
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
        names = (n for n in os.listdir(folder) if n.lower().endswith(datafile_module.DATA_SUFFIXES))
        for n in sorted(names):  # str sort: fast
            key = os.path.splitext(n)[0].casefold()
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

    The cache key covers the names, sizes and times of the data files and the content of the
    code that reads them (model.py, datafile.py, this module), so an edited entry, a changed
    schema or a changed loader rebuilds it. An entry that does not verify (damaged, or not
    exactly one entry per data file) is discarded with a warning and rebuilt.
    """
    files = _builtin_files()
    name = f"registry-{files_digest(list(files.values()), __name__, _loader_digest())}.json"
    cached = _verified_cache(name, files)
    if cached is not None:
        return cached
    with build_lock(name):  # concurrent first users: one builds, the others read its entry
        cached = _verified_cache(name, files)
        if cached is not None:
            return cached
        loaded = [e for sub in BUILTIN_SUBFOLDERS for e in load_folder(builtin_data_dir() / sub)]
        # in file-name order across both folders, as one folder listed them (alias ties keep it)
        entries = sorted(loaded, key=lambda e: e.id + ".yaml")
        write_cached(name, _LICENSE_LIST.dump_json(entries))
    return entries


def _verified_cache(name: str, files: dict[str, Path]) -> list[License] | None:
    """The cached entries under ``name`` when they verify; a bad entry is discarded."""
    cached = read_cached(name)
    if cached is None:
        return None
    problem = _cache_problem(cached, files)
    if isinstance(problem, list):
        return problem
    warnings.warn(
        f"licenseclass: discarding the cached registry {name}: {problem}",
        RuntimeWarning,
        stacklevel=3,
    )
    discard(name)
    return None


def _cache_problem(cached: bytes, files: dict[str, Path]) -> list[License] | str:
    """The cached entries when they verify, else what is wrong with them."""
    try:
        entries = _LICENSE_LIST.validate_json(cached)
    except ValidationError as exc:
        return f"not a list of license entries ({exc.error_count()} errors)"
    ids = [e.id.casefold() for e in entries]
    if len(ids) != len(files) or set(ids) != set(files):
        return f"{len(entries)} entries for {len(files)} data files"
    return entries


@functools.cache
def _loader_digest() -> str:
    """A digest of the code that turns data files into entries (part of the cache key)."""
    digest = hashlib.sha256()
    for module in (model_module, datafile_module):
        digest.update(Path(module.__file__ or "").read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:20]


@functools.cache
def default_registry() -> Registry:
    """The shared registry of built-in data (read-only, loaded on first use)."""
    return Registry()


def get_license(key: str, registry: Registry | None = None) -> License:
    """The license for an id or alias from ``registry`` (default: the built-in data)."""
    if not isinstance(key, str):
        raise ArgumentTypeError("get_license", "key", key, "a str")
    if registry is not None and not isinstance(registry, Registry):
        raise ArgumentTypeError("get_license", "registry", registry, "a Registry or None")
    return (registry or default_registry()).get(key)
