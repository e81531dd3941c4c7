"""Reading an input file with bounds: regular files only, and never more than a limit.

A device (``/dev/zero``), a FIFO or a socket given where a file is expected would block or
never end, and its ``st_size`` says nothing about what a read returns. So the type is checked
before the file is opened, the open does not wait (a FIFO swapped in after the check opens
without blocking), the type is checked again on the open descriptor, and at most
``limit + 1`` bytes are read, whatever the size claims.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from licenseclass.errors import InputFileError

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # absent on Windows, which has no FIFOs to open
_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
_FLAGS |= getattr(os, "O_BINARY", 0)

# Kinds that ``allow_special`` lets through: they can be read, but may block or never end,
# so the limit is what bounds them (a socket cannot be opened at all).
_SPECIAL_READABLE = ("FIFO", "character device", "block device")


def file_kind(mode: int) -> str:
    """What ``mode`` (an ``st_mode``) describes, in words: ``file``, ``folder``, ``FIFO`` ..."""
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISCHR(mode):
        return "character device"
    if stat.S_ISBLK(mode):
        return "block device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def _unreadable(exc: OSError, path: Path) -> InputFileError:
    if isinstance(exc, FileNotFoundError) and os.path.islink(path):
        return InputFileError("is a symbolic link to a file that does not exist", path=path)
    return InputFileError(f"cannot be read ({exc.strerror or exc})", path=path)


def _too_big(path: Path, limit: int, size: int | None = None) -> InputFileError:
    if size is None:  # a device or a FIFO: only the read knows, and it stopped at the limit
        return InputFileError(f"too big to read (over the limit of {limit:,} bytes)", path=path)
    return InputFileError(f"too big to read ({size:,} bytes; the limit is {limit:,})", path=path)


def read_bounded(path: Path | str, limit: int, *, allow_special: bool = False) -> bytes:
    """The bytes of ``path``, at most ``limit`` of them, or :class:`InputFileError`.

    Only regular files are read; folders, devices, FIFOs and sockets are refused without
    being opened for reading. ``allow_special`` lets FIFOs and devices through (process
    substitution, ``/dev/stdin``): they are read until end of file or ``limit + 1`` bytes,
    and the open of a FIFO waits for a writer.
    """
    file = Path(path)
    try:
        info = os.stat(file)
    except OSError as exc:
        raise _unreadable(exc, file) from None
    kind = file_kind(info.st_mode)
    special = kind != "file"
    if kind == "folder" or (special and not (allow_special and kind in _SPECIAL_READABLE)):
        raise InputFileError(f"is a {kind}, not a regular file", path=file)
    if not special and info.st_size > limit:
        raise _too_big(file, limit, info.st_size)
    try:
        fd = os.open(file, _FLAGS | (0 if special else _NONBLOCK))
    except OSError as exc:
        raise _unreadable(exc, file) from None
    with open(fd, "rb") as handle:  # closes fd
        try:
            opened = file_kind(os.fstat(fd).st_mode)
            if opened != kind:  # replaced between the check and the open
                raise InputFileError(f"was replaced by a {opened} while opened", path=file)
            data = handle.read(limit + 1)
        except OSError as exc:
            raise _unreadable(exc, file) from None
    if len(data) > limit:
        raise _too_big(file, limit)
    return data


# File names that say a file holds a license: LICENSE, LICENCE.txt, COPYING, EULA.md,
# LICENSE-MIT, MIT-LICENSE, foo.LICENSE (not NOTICE or README).
_LICENSE_FILE_NAME = re.compile(
    r"(?:^|[._-])(?:licen[cs]e|copying|eula|unlicen[cs]e)(?:$|[._-])", re.IGNORECASE
)


def named_as_license(path: Path | str) -> bool:
    """Whether a file's name says it holds a license (``LICENSE``, ``COPYING``, ``EULA`` ...)."""
    return _LICENSE_FILE_NAME.search(Path(path).name) is not None
