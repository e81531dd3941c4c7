"""The on-disk cache folder shared by the registry, the name table and the text index.

``LICENSECLASS_CACHE_DIR`` overrides the location; otherwise ``$XDG_CACHE_HOME/licenseclass`` or
``~/.cache/licenseclass``. Entries hold data only (JSON, or a JSON header with raw arrays),
never pickles, so a file someone else wrote into the folder cannot run code; each reader
verifies what it loads. Writes are atomic (temporary file, then rename) and clean up after
themselves, and :func:`build_lock` lets one thread or process build an entry while the others
wait for it instead of building it too.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import tempfile
import threading
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

try:  # POSIX file locks; elsewhere only threads of one process are kept from building twice
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

_THREAD_LOCKS: dict[str, threading.Lock] = {}
_THREAD_LOCKS_GUARD = threading.Lock()
_WARNED_UNWRITABLE: set[str] = set()


def cache_dir() -> Path:
    """The cache folder (not created here)."""
    override = os.environ.get("LICENSECLASS_CACHE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "licenseclass"


def settle_loaded() -> None:
    """Move every object the process holds now to the garbage collector's permanent generation.

    Called once a large long-lived table (the registry, the text index) has been loaded: they
    come to some 100,000 tracked objects, and every full collection walked them all (some 100 ms
    of CPU time), a pause that landed on whichever call happened to trigger it. Frozen
    objects are never examined by the collector, so a reference cycle among them is not freed
    while frozen (reference counting still frees the rest); the young generations are collected
    first so that fresh garbage is not kept. Objects of the caller that exist at that moment are
    frozen too (``gc.unfreeze()`` returns them). ``LICENSECLASS_NO_GC_FREEZE=1`` turns this off.
    """
    if os.environ.get("LICENSECLASS_NO_GC_FREEZE", "") in ("", "0"):
        gc.collect(1)
        gc.freeze()


def files_digest(paths: Iterable[Path], *salt: str) -> str:
    """A short digest of file names, sizes and modification times (cheap: no file is read)."""
    digest = hashlib.sha256("\0".join(salt).encode())
    for path in paths:
        stat = path.stat()
        digest.update(f"{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:20]


def read_cached(name: str) -> bytes | None:
    """The cached bytes stored under ``name``, or None when absent or unreadable."""
    path = cache_dir() / name
    try:
        if not path.is_file():  # a FIFO or a device under that name is not an entry
            return None
        return path.read_bytes()
    except OSError:
        return None


def discard(name: str) -> None:
    """Remove the entry ``name`` (one that did not verify); a failure to remove is ignored."""
    with contextlib.suppress(OSError):
        (cache_dir() / name).unlink()


def write_cached(name: str, data: bytes) -> bool:
    """Store ``data`` under ``name`` atomically; True when it was stored.

    A cache that cannot be written is skipped with one warning per folder and process (every
    run will then rebuild what it needs), and a failed write leaves no temporary file.
    """
    folder = cache_dir()
    tmp: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, folder / name)
        tmp = None
        return True
    except OSError as exc:
        _warn_unwritable(folder, exc)
        return False
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _warn_unwritable(folder: Path, exc: OSError) -> None:
    key = str(folder)
    if key in _WARNED_UNWRITABLE:
        return
    _WARNED_UNWRITABLE.add(key)
    warnings.warn(
        f"licenseclass: cannot write the cache folder {folder} ({exc.strerror or exc}); "
        "set LICENSECLASS_CACHE_DIR to a writable folder, or every run rebuilds its index",
        RuntimeWarning,
        stacklevel=3,
    )


def _thread_lock(name: str) -> threading.Lock:
    with _THREAD_LOCKS_GUARD:
        return _THREAD_LOCKS.setdefault(name, threading.Lock())


@contextlib.contextmanager
def build_lock(name: str) -> Iterator[None]:
    """Hold the right to build the entry ``name``: one thread per process, one process per
    cache folder (an advisory file lock). Callers look in the cache again once they hold it.

    When the lock file cannot be made (an unwritable folder) only the thread lock is held.
    """
    with _thread_lock(name):
        handle = None
        if fcntl is not None:
            try:
                folder = cache_dir()
                folder.mkdir(parents=True, exist_ok=True)
                handle = open(folder / f".{name}.lock", "a+b")  # noqa: SIM115 - held below
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            except OSError:
                if handle is not None:
                    handle.close()
                handle = None
        try:
            yield
        finally:
            if handle is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
                handle.close()
