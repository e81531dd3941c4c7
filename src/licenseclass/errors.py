"""The exceptions licenseclass raises. One base class, so callers can catch everything at once."""

from __future__ import annotations

from pathlib import Path

# Characters a terminal may act on instead of showing: C0 controls, DEL, C1 controls (CSI
# among them), the line and paragraph separators, and the bidirectional marks, overrides and
# isolates that reorder what is shown.
CONTROL_CHARACTERS: tuple[int, ...] = (
    *range(0x20),
    0x7F,
    *range(0x80, 0xA0),
    *(0x061C, 0x200E, 0x200F, 0x2028, 0x2029),
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
)
_ESCAPES = {c: (f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}") for c in CONTROL_CHARACTERS}


def escape_controls(text: str, *, keep: str = "") -> str:
    """``text`` with control, escape and bidi characters written as ``\\x1b`` / ``\\u202e``.

    Characters in ``keep`` (for instance ``"\\n"`` for a block whose lines are ours) stay.
    Used for every message and report that shows text that came from input.
    """
    table = _ESCAPES if not keep else {c: e for c, e in _ESCAPES.items() if chr(c) not in keep}
    return text.translate(table)


class LicenseclassError(Exception):
    """Base class of every error raised by licenseclass."""


class UnknownKeyError(LicenseclassError, KeyError):
    """An id, alias or name that a catalogue does not know; ``suggestions`` are near misses."""

    what = "key"

    def __init__(self, key: str, suggestions: tuple[str, ...] = ()) -> None:
        self.key = key
        self.suggestions = suggestions
        hint = f" (did you mean {', '.join(repr(s) for s in suggestions)}?)" if suggestions else ""
        super().__init__(f"Unknown {self.what}: {key!r}{hint}")

    def __str__(self) -> str:  # KeyError would otherwise print the repr of the message
        return str(self.args[0])


class UnknownLicenseError(UnknownKeyError):
    """A license id, alias or name that the registry does not know."""

    what = "license"


class UnknownReleaseError(UnknownKeyError):
    """A release id, alias or name that no loaded release folder defines."""

    what = "release"


class AmbiguousReleaseError(UnknownReleaseError):
    """A release key that names a family whose sizes are under different terms.

    ``candidates`` pairs each size's name (a key that resolves alone) with its weights'
    license expression, so a caller can list them or ask which one is meant; nothing is picked.
    """

    def __init__(self, key: str, candidates: tuple[tuple[str, str | None], ...]) -> None:
        super().__init__(key, tuple(name for name, _ in candidates))
        self.candidates = candidates
        terms = "; ".join(f"{name} ({lic or 'no license stated'})" for name, lic in candidates)
        self.args = (
            f"Ambiguous release: {key!r} names a family whose sizes are under different terms: "
            f"{terms}. Name one size.",
        )


class DataFileError(LicenseclassError, ValueError):
    """A license or release data file that cannot be loaded.

    ``path``, ``line`` and ``field`` say where; ``line`` is 1-based and may be None when the
    problem concerns the whole file (for instance a duplicate id).
    """

    def __init__(
        self,
        message: str,
        *,
        path: Path | str,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.line = line
        self.field = field
        self.reason = message
        shown = escape_controls(str(self.path))
        where = shown if line is None else f"{shown}:{line}"
        what = f" field {field!r}:" if field else ""
        super().__init__(f"{where}:{what} {message}")


class InvalidExpressionError(LicenseclassError, ValueError):
    """An SPDX license expression that cannot be parsed.

    ``position`` is the 0-based offset of the offending character in ``expression``;
    ``str()`` of the error shows the expression with a caret under that position.
    """

    def __init__(
        self,
        message: str,
        *,
        expression: str,
        position: int,
        length: int = 1,
        suggestions: tuple[str, ...] = (),
    ) -> None:
        self.message = message
        self.expression = expression
        self.position = position
        self.length = max(1, length)
        self.suggestions = suggestions
        super().__init__(message)

    def __str__(self) -> str:
        shown = self.expression
        offset = self.position
        length = min(self.length, 40)
        # Keep the caret line readable for very long inputs: show a window around the spot.
        if len(shown) > 120:
            start = max(0, offset - 60)
            shown = ("..." if start else "") + shown[start : start + 120] + "..."
            offset = offset - start + (3 if start else 0)
        # Whitespace becomes a space; other controls are escaped (never sent to a terminal
        # raw), and the caret moves by the width their escapes add.
        shown = shown.replace("\t", " ").replace("\n", " ").replace("\r", " ")
        end = offset + length
        offset = len(escape_controls(shown[:offset]))
        length = len(escape_controls(shown[:end])) - offset
        shown = escape_controls(shown)
        caret = " " * offset + "^" + "~" * (min(length, 40) - 1)
        hint = ""
        if self.suggestions:
            hint = "\n" + "did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        return f"{self.message} at position {self.position}\n    {shown}\n    {caret}{hint}"


class OutputError(LicenseclassError, OSError):
    """The command line's output could not be written (a full disk, a closed pipe).

    ``broken_pipe`` is true when the reader went away (``licenseclass list | head -1``).
    """

    def __init__(self, cause: OSError) -> None:
        self.broken_pipe = isinstance(cause, BrokenPipeError)
        self.reason = cause.strerror or str(cause)
        super().__init__(f"cannot write the output: {self.reason}")


class InputFileError(LicenseclassError, ValueError):
    """A file that cannot be read as text: missing, unreadable, a folder, a device, a FIFO or a
    socket, over the size limit, binary or not UTF-8. ``reason`` is the message without the
    path."""

    def __init__(self, message: str, *, path: Path | str) -> None:
        self.path = Path(path)
        self.reason = message
        super().__init__(f"{escape_controls(str(self.path))}: {message}")


class InputTooLargeError(LicenseclassError, ValueError):
    """A text argument longer than the limit of the function it was given to.

    ``size`` and ``limit`` are in characters; each function that raises it takes the limit as
    a keyword argument (for instance ``classify_text(text, max_chars=...)``).
    """

    def __init__(self, what: str, *, size: int, limit: int, argument: str) -> None:
        self.size = size
        self.limit = limit
        self.argument = argument
        super().__init__(
            f"{what} is too large: {size:,} characters, the limit is {limit:,}"
            f" (raise it with {argument}=...)"
        )


class ArgumentTypeError(LicenseclassError, TypeError):
    """A public function called with an argument of the wrong type (``None`` for a text ...).

    ``function`` and ``argument`` name the call and the parameter, ``expected`` what it takes
    and ``received`` the name of the type it got.
    """

    def __init__(self, function: str, argument: str, value: object, expected: str) -> None:
        self.function = function
        self.argument = argument
        self.expected = expected
        self.received = type(value).__name__
        self.message = (
            f"{function}(): argument {argument!r} must be {expected}, not {self.received}"
        )
        # Not super(): in the subclasses below the next class in line takes other arguments.
        Exception.__init__(self, self.message)

    def __str__(self) -> str:
        return self.message


class ExpressionTypeError(ArgumentTypeError, InvalidExpressionError):
    """An expression argument that is not a ``str``: a ``TypeError``, and for code written
    against earlier versions still an :class:`InvalidExpressionError` (position 0)."""

    def __init__(self, function: str, argument: str, value: object, expected: str) -> None:
        super().__init__(function, argument, value, expected)
        self.expression = ""
        self.position = 0
        self.length = 1
        self.suggestions = ()


class UnknownPolicyError(LicenseclassError, ValueError):
    """A policy name that the called function does not define; ``expected`` lists those it does."""

    def __init__(self, policy: object, expected: tuple[str, ...], *, judged: str) -> None:
        self.policy = policy
        self.expected = expected
        super().__init__(
            f"unknown policy {policy!r} for {judged}; expected one of {', '.join(expected)}"
        )


class ClauseAnalysisError(LicenseclassError, ValueError):
    """A text that cannot be analysed (not text, too large, binary) or a bad license id."""


class ClauseTextTypeError(ArgumentTypeError, ClauseAnalysisError):
    """``analyze_text`` given something other than a ``str``: a ``TypeError`` and, as before,
    a :class:`ClauseAnalysisError`."""


class ClauseTextTooLargeError(InputTooLargeError, ClauseAnalysisError):
    """``analyze_text`` given a text over its limit: an :class:`InputTooLargeError` and, as
    before, a :class:`ClauseAnalysisError`."""


class RefdataError(LicenseclassError):
    """The reference data (the licensedcode-data package or a user's texts) cannot be read."""


class ExpressionTooLargeError(LicenseclassError, ValueError):
    """An expression too large (or too deep) for an operation whose cost grows faster than its
    length, such as :func:`licenseclass.expressions.parser.equivalent`; ``limit`` is the bound."""

    def __init__(self, message: str, *, limit: int) -> None:
        self.limit = limit
        super().__init__(message)


class InvalidTreeError(LicenseclassError, ValueError):
    """An expression tree given as dicts (``from_dict``) that is not a well-formed tree."""


class BatchRecordError(LicenseclassError, ValueError):
    """A batch record that does not follow the record contract (no ``id``, not exactly one of
    ``text``, ``path``, ``expression`` and ``model_card``, a value that is not a string) or an
    input line that is not a JSON object. The batch turns it into a row with its error."""


class BatchOutputError(LicenseclassError, ValueError):
    """A batch output that cannot be used: a name ending neither in ``.jsonl`` nor in
    ``.parquet``, a file or a foreign folder in its place, or partitions written from another
    input or with another partition size (rerun with ``overwrite=True`` / ``--overwrite``)."""


class MissingExtraError(LicenseclassError, ImportError):
    """An optional dependency is not installed; ``extra`` names the extra that brings it."""

    def __init__(self, what: str, *, module: str, extra: str) -> None:
        self.module = module
        self.extra = extra
        super().__init__(
            f"{what} needs {module}, which is not installed: pip install 'licenseclass[{extra}]'"
        )
