"""The files of a scan target, folder or archive, as one list of entries read with bounds.

A folder is walked without following links to folders (so a symlink loop is listed as
skipped, never entered); a link to a file is read only when it resolves inside the folder.
An archive (wheel, zip, tar, tar.gz/bz2/xz, sdist) is read in memory, never extracted:
entries with absolute paths or ``..`` are refused, links inside it are not followed, and the
bytes read from it are capped in total (``max_archive_bytes``) as well as per entry.
Files larger than ``max_file_bytes`` are skipped from their size, without being opened.
"""

from __future__ import annotations

import fnmatch
import os
import stat
import tarfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from licenseclass.scan.results import Skipped

# A file is read whole only when it is at most this large (a license text, a manifest).
MAX_FILE_BYTES = 5_000_000
# All the entries read from one archive together, decompressed.
MAX_ARCHIVE_BYTES = 500_000_000
# Folders no scan wants: version control and byte-code caches.
DEFAULT_EXCLUDES = (".git", ".hg", ".svn", "__pycache__")

ARCHIVE_SUFFIXES = (".whl", ".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".egg")


@dataclass(frozen=True)
class Entry:
    """One regular file of the target: its path (POSIX, relative) and a bounded reader."""

    path: str
    size: int
    read: Callable[[int], bytes] = field(repr=False)  # at most n bytes from the start


@dataclass
class Listing:
    """What a target holds: the files to look at, and what was not read and why."""

    entries: list[Entry] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def is_archive(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and name.endswith(ARCHIVE_SUFFIXES)


def excluded(relative: str, patterns: Sequence[str]) -> bool:
    """``.gitignore``-style, simplified: a pattern with no ``/`` matches any path component
    (or the name), one with a ``/`` matches the path from the root."""
    parts = relative.split("/")
    for raw in patterns:
        pattern = raw.strip().rstrip("/")
        if not pattern:
            continue
        if "/" in pattern:
            pattern = pattern.lstrip("/")
            if fnmatch.fnmatchcase(relative, pattern) or fnmatch.fnmatchcase(
                relative, pattern + "/*"
            ):
                return True
        elif any(fnmatch.fnmatchcase(part, pattern) for part in parts):
            return True
    return False


def _file_reader(path: Path) -> Callable[[int], bytes]:
    def read(limit: int) -> bytes:
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for a FIFO since the walk
                return b""
            chunks: list[bytes] = []
            left = limit
            while left > 0:
                chunk = os.read(fd, min(left, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
            return b"".join(chunks)
        finally:
            os.close(fd)

    return read


def list_folder(
    root: Path, *, excludes: Sequence[str] = (), max_file_bytes: int = MAX_FILE_BYTES
) -> Listing:
    """The regular files under ``root`` (sorted), links to folders listed as skipped."""
    listing = Listing()
    patterns = (*DEFAULT_EXCLUDES, *excludes)
    real_root = root.resolve()
    for current, dirs, files in os.walk(root, onerror=None, followlinks=False):
        here = Path(current)
        kept: list[str] = []
        for name in sorted(dirs):
            full = here / name
            relative = full.relative_to(root).as_posix()
            if excluded(relative, patterns):
                continue
            if full.is_symlink():
                listing.skipped.append(
                    Skipped(path=relative, reason="a symbolic link to a folder, not followed")
                )
                continue
            kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            full = here / name
            relative = full.relative_to(root).as_posix()
            if excluded(relative, patterns):
                continue
            _add_file(listing, full, relative, real_root, max_file_bytes)
    return listing


def _add_file(listing: Listing, full: Path, relative: str, real_root: Path, limit: int) -> None:
    try:
        if full.is_symlink():
            target = full.resolve()
            if not target.is_relative_to(real_root):
                listing.skipped.append(
                    Skipped(path=relative, reason="a symbolic link out of the folder, not followed")
                )
                return
            info = target.stat()
        else:
            info = full.lstat()
    except (OSError, RuntimeError) as exc:  # RuntimeError: a link loop on Python < 3.13
        listing.skipped.append(Skipped(path=relative, reason=f"cannot be read ({exc})"))
        return
    if not stat.S_ISREG(info.st_mode):
        listing.skipped.append(Skipped(path=relative, reason="not a regular file"))
        return
    if info.st_size > limit:
        listing.skipped.append(
            Skipped(path=relative, reason=f"too large ({info.st_size:,} bytes; limit {limit:,})")
        )
        return
    listing.entries.append(Entry(relative, info.st_size, _file_reader(full)))


def safe_member_path(name: str) -> str | None:
    """The entry's path as a clean relative POSIX path, or None when it is absolute or
    climbs out with ``..`` (backslashes and drive letters count as separators and roots)."""
    text = name.replace("\\", "/")
    if text.startswith("/") or (len(text) > 1 and text[1] == ":"):
        return None
    parts = [p for p in PurePosixPath(text).parts if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


class _Budget:
    """The decompressed bytes an archive may still yield."""

    def __init__(self, total: int) -> None:
        self.left = total

    def take(self, data: bytes) -> bool:
        self.left -= len(data)
        return self.left >= 0


def list_archive(
    path: Path,
    *,
    excludes: Sequence[str] = (),
    max_file_bytes: int = MAX_FILE_BYTES,
    max_archive_bytes: int = MAX_ARCHIVE_BYTES,
) -> Listing:
    """The regular files of a zip or tar archive, read into memory with both caps."""
    listing = Listing()
    budget = _Budget(max_archive_bytes)
    patterns = (*DEFAULT_EXCLUDES, *excludes)
    try:
        if zipfile.is_zipfile(path):
            _zip_entries(path, listing, patterns, max_file_bytes, budget)
        else:
            _tar_entries(path, listing, patterns, max_file_bytes, budget)
    except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError) as exc:
        listing.skipped.append(Skipped(path=path.name, reason=f"a damaged archive ({exc})"))
    return listing


def _member(
    listing: Listing, name: str, patterns: Sequence[str]
) -> str | None:  # the clean path, or None when refused or excluded
    relative = safe_member_path(name)
    if relative is None:
        listing.skipped.append(
            Skipped(path=name, reason="an unsafe path in the archive (absolute or '..'), refused")
        )
        return None
    return None if excluded(relative, patterns) else relative


def _capped(
    listing: Listing, relative: str, data: bytes, limit: int, budget: _Budget
) -> Entry | None:
    if len(data) > limit:
        listing.skipped.append(
            Skipped(path=relative, reason=f"too large once decompressed (over {limit:,} bytes)")
        )
        return None
    if not budget.take(data):
        listing.skipped.append(
            Skipped(path=relative, reason="over the archive's cap on decompressed bytes")
        )
        return None
    return Entry(relative, len(data), _bytes_reader(data))


def _add_member(listing: Listing, relative: str, data: bytes, limit: int, budget: _Budget) -> bool:
    """List one archive member read as ``data``; False once the archive's budget is spent."""
    entry = _capped(listing, relative, data, limit, budget)
    if entry is not None:
        listing.entries.append(entry)
    if budget.left < 0:
        _stopped(listing)
        return False
    return True


def _bytes_reader(data: bytes) -> Callable[[int], bytes]:
    def read(limit: int) -> bytes:
        return data[:limit]

    return read


def _stopped(listing: Listing) -> None:
    listing.skipped.append(
        Skipped(path="(the rest)", reason="not read: the archive's cap on decompressed bytes")
    )


def _zip_entries(
    path: Path, listing: Listing, patterns: Sequence[str], limit: int, budget: _Budget
) -> None:
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            relative = _member(listing, info.filename, patterns)
            if relative is None:
                continue
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                listing.skipped.append(
                    Skipped(path=relative, reason="a link in the archive, not followed")
                )
                continue
            if info.file_size > limit:  # the claim; the read below checks what comes out
                listing.skipped.append(
                    Skipped(path=relative, reason=f"too large ({info.file_size:,} bytes)")
                )
                continue
            try:
                with archive.open(info) as member:
                    data = member.read(limit + 1)
            except (OSError, zipfile.BadZipFile, EOFError, RuntimeError, ValueError) as exc:
                # a bad CRC, an encrypted or unsupported entry: this one only
                listing.skipped.append(Skipped(path=relative, reason=f"cannot be read ({exc})"))
                continue
            if not _add_member(listing, relative, data, limit, budget):
                return


def _tar_entries(
    path: Path, listing: Listing, patterns: Sequence[str], limit: int, budget: _Budget
) -> None:
    with tarfile.open(path, mode="r:*") as archive:
        for info in _members(archive):
            if info.isdir():
                continue
            relative = _member(listing, info.name, patterns)
            if relative is None:
                continue
            if info.issym() or info.islnk():
                listing.skipped.append(
                    Skipped(path=relative, reason="a link in the archive, not followed")
                )
                continue
            if not info.isfile():
                listing.skipped.append(Skipped(path=relative, reason="not a regular file"))
                continue
            if info.size > limit:
                listing.skipped.append(
                    Skipped(path=relative, reason=f"too large ({info.size:,} bytes)")
                )
                continue
            member = archive.extractfile(info)
            try:
                data = member.read(limit + 1) if member is not None else b""
            except (OSError, tarfile.TarError, EOFError) as exc:  # truncated: nothing follows
                listing.skipped.append(Skipped(path=relative, reason=f"cannot be read ({exc})"))
                return
            if not _add_member(listing, relative, data, limit, budget):
                return


def _members(archive: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
    # next() rather than getmembers(): a stream is read once, member by member
    while True:
        info = archive.next()
        if info is None:
            return
        yield info


def list_target(
    path: Path,
    *,
    excludes: Sequence[str] = (),
    max_file_bytes: int = MAX_FILE_BYTES,
    max_archive_bytes: int = MAX_ARCHIVE_BYTES,
) -> Listing:
    """A folder's or an archive's files; a single other file is a folder of one."""
    if path.is_dir():
        return list_folder(path, excludes=excludes, max_file_bytes=max_file_bytes)
    if is_archive(path):
        return list_archive(
            path,
            excludes=excludes,
            max_file_bytes=max_file_bytes,
            max_archive_bytes=max_archive_bytes,
        )
    listing = Listing()
    _add_file(listing, path, path.name, path.resolve().parent, max_file_bytes)
    return listing
