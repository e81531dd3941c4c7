"""The on-disk cache folder shared by the registry and the text index.

``LICENSECLASS_CACHE_DIR`` overrides the location; otherwise ``$XDG_CACHE_HOME/licenseclass`` or
``~/.cache/licenseclass``. Writes are atomic (temporary file, then rename), so a reader never
sees half a file and two processes may build the same entry at once.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def cache_dir() -> Path:
    """The cache folder (not created here)."""
    override = os.environ.get("LICENSECLASS_CACHE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "licenseclass"


def files_digest(paths: Iterable[Path], *salt: str) -> str:
    """A short digest of file names, sizes and modification times (cheap: no file is read)."""
    digest = hashlib.sha256("\0".join(salt).encode())
    for path in paths:
        stat = path.stat()
        digest.update(f"{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:20]


def read_cached(name: str) -> bytes | None:
    """The cached bytes stored under ``name``, or None when absent or unreadable."""
    try:
        return (cache_dir() / name).read_bytes()
    except OSError:
        return None


def write_cached(name: str, data: bytes) -> None:
    """Store ``data`` under ``name`` atomically; a cache that cannot be written is skipped."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, folder / name)
    except OSError:
        return
