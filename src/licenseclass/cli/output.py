"""Everything the command prints goes through here.

Text that came from input (file names, ids and names from user YAML, notes, matched words)
may hold escape sequences or bidi controls that a terminal would act on: :func:`safe` writes
them as ``\\x1b`` / ``\\u202e`` in a value, and :func:`echo` does the same over a whole report,
keeping only the line breaks, which are ours. JSON is escaped by ``json.dumps``, except for
DEL, the C1 controls and the bidi controls when non-ASCII is kept: :func:`echo_json` writes
those as ``\\u`` escapes (the same string once parsed).

A failed write (a full disk) raises :class:`~licenseclass.errors.OutputError`, which ``main``
turns into one line on stderr.
"""

from __future__ import annotations

import contextlib
import os
import sys

from licenseclass.errors import CONTROL_CHARACTERS, OutputError, escape_controls

# In JSON text a raw control can only stand inside a string (structure is ASCII), and json.dumps
# already escapes C0; the line breaks of ``indent`` are structure.
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in CONTROL_CHARACTERS if c != ord("\n")}


def safe(value: object) -> str:
    """``value`` as text with every control character escaped, line breaks included."""
    return escape_controls(str(value))


def _write(stream: str, text: str) -> None:
    try:
        getattr(sys, stream).write(text)
    except OSError as exc:
        raise OutputError(exc) from exc


def echo(text: str = "") -> None:
    """Print a text report (its lines are ours; any other control character is escaped)."""
    _write("stdout", escape_controls(text, keep="\n") + "\n")


def echo_json(text: str) -> None:
    """Print the output of ``json.dumps`` with DEL, C1 and bidi controls as ``\\u`` escapes."""
    _write("stdout", text.translate(_JSON_ESCAPES) + "\n")


def warn(text: str) -> None:
    """A message on stderr (escaped like :func:`echo`); a failure to write it is ignored."""
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(escape_controls(text, keep="\n") + "\n")
        sys.stderr.flush()


def flush() -> None:
    """Write out what is buffered, so that a failure is seen here and not at exit."""
    try:
        sys.stdout.flush()
    except OSError as exc:
        raise OutputError(exc) from exc


def discard_stdout() -> None:
    """Point stdout at the null device after a failed write.

    The interpreter flushes stdout once more at exit; with the data still buffered and the
    pipe closed or the disk full, it would print "Exception ignored ... BrokenPipeError".
    """
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (a test's capture)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def tolerant_stdout() -> None:
    """Let stdout write what its encoding cannot hold as escapes instead of failing."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="backslashreplace")
