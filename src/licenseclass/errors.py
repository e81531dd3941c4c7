"""The exceptions licenseclass raises. One base class, so callers can catch everything at once."""

from __future__ import annotations

from pathlib import Path


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
        where = str(self.path) if line is None else f"{self.path}:{line}"
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
        # Keep the caret line readable for very long inputs: show a window around the spot.
        if len(shown) > 120:
            start = max(0, offset - 60)
            shown = ("..." if start else "") + shown[start : start + 120] + "..."
            offset = offset - start + (3 if start else 0)
        shown = shown.replace("\t", " ").replace("\n", " ").replace("\r", " ")
        caret = " " * offset + "^" + "~" * (min(self.length, 40) - 1)
        hint = ""
        if self.suggestions:
            hint = "\n" + "did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        return f"{self.message} at position {self.position}\n    {shown}\n    {caret}{hint}"


class InputFileError(LicenseclassError, ValueError):
    """A file given for classification that cannot be read as text (binary, too big, not UTF-8)."""

    def __init__(self, message: str, *, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path}: {message}")


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


class RefdataError(LicenseclassError):
    """The reference data (the licensedcode-data package or a user's texts) cannot be read."""


class ExpressionTooLargeError(LicenseclassError, ValueError):
    """An expression too large (or too deep) for an operation whose cost grows faster than its
    length, such as :func:`licenseclass.expressions.parser.equivalent`; ``limit`` is the bound."""

    def __init__(self, message: str, *, limit: int) -> None:
        self.limit = limit
        super().__init__(message)
