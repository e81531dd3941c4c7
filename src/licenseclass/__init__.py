"""licenseclass: is this open source, and if not, what exactly may I do with it?

The public API is what ``__all__`` lists; everything else is internal.

Importing the package loads nothing else: each public name is imported from its submodule on
first use (PEP 562), so a command that needs only the expression parser never builds the
pydantic models or reads the license data.
"""

from __future__ import annotations

import importlib

# typing.TYPE_CHECKING without importing typing (~7 ms, most of this module's import time);
# mypy treats any constant of this name the same way.
TYPE_CHECKING = False
if TYPE_CHECKING:
    # What mypy and editors see; at run time the names come from __getattr__ below.
    from licenseclass.clauses.analysis import Analysis, analyze_text
    from licenseclass.core.model import (
        Condition,
        Criterion,
        Evidence,
        License,
        Limitation,
        Provenance,
        Reason,
        Restriction,
        Right,
        Rights,
        Verdict,
    )
    from licenseclass.core.registry import Registry, default_registry, get_license
    from licenseclass.core.verdict import verdict
    from licenseclass.errors import (
        AmbiguousReleaseError,
        ArgumentTypeError,
        DataFileError,
        InputFileError,
        InputTooLargeError,
        InvalidExpressionError,
        LicenseclassError,
        UnknownLicenseError,
        UnknownPolicyError,
        UnknownReleaseError,
    )
    from licenseclass.expressions.lenient import Normalized, normalize
    from licenseclass.expressions.parser import canonicalize, parse, validate
    from licenseclass.expressions.verdicts import ExpressionClassification, classify_expression
    from licenseclass.releases.catalog import Component, Release, get_release
    from licenseclass.releases.verdict import release_verdict
    from licenseclass.scan.project import scan_paths
    from licenseclass.textid.classify import (
        TextClassification,
        TextMatch,
        classify_file,
        classify_text,
    )

    __version__: str

# Public name -> the module that defines it. Keep in step with the imports above; a test checks
# that both agree with __all__.
_SOURCES: dict[str, str] = {
    "Analysis": "licenseclass.clauses.analysis",
    "analyze_text": "licenseclass.clauses.analysis",
    "Condition": "licenseclass.core.model",
    "Criterion": "licenseclass.core.model",
    "Evidence": "licenseclass.core.model",
    "License": "licenseclass.core.model",
    "Limitation": "licenseclass.core.model",
    "Provenance": "licenseclass.core.model",
    "Reason": "licenseclass.core.model",
    "Restriction": "licenseclass.core.model",
    "Right": "licenseclass.core.model",
    "Rights": "licenseclass.core.model",
    "Verdict": "licenseclass.core.model",
    "Registry": "licenseclass.core.registry",
    "default_registry": "licenseclass.core.registry",
    "get_license": "licenseclass.core.registry",
    "verdict": "licenseclass.core.verdict",
    "AmbiguousReleaseError": "licenseclass.errors",
    "ArgumentTypeError": "licenseclass.errors",
    "DataFileError": "licenseclass.errors",
    "InputFileError": "licenseclass.errors",
    "InputTooLargeError": "licenseclass.errors",
    "InvalidExpressionError": "licenseclass.errors",
    "LicenseclassError": "licenseclass.errors",
    "UnknownLicenseError": "licenseclass.errors",
    "UnknownPolicyError": "licenseclass.errors",
    "UnknownReleaseError": "licenseclass.errors",
    "Normalized": "licenseclass.expressions.lenient",
    "normalize": "licenseclass.expressions.lenient",
    "canonicalize": "licenseclass.expressions.parser",
    "parse": "licenseclass.expressions.parser",
    "validate": "licenseclass.expressions.parser",
    "ExpressionClassification": "licenseclass.expressions.verdicts",
    "classify_expression": "licenseclass.expressions.verdicts",
    "Component": "licenseclass.releases.catalog",
    "Release": "licenseclass.releases.catalog",
    "get_release": "licenseclass.releases.catalog",
    "release_verdict": "licenseclass.releases.verdict",
    "scan_paths": "licenseclass.scan.project",
    "TextClassification": "licenseclass.textid.classify",
    "TextMatch": "licenseclass.textid.classify",
    "classify_file": "licenseclass.textid.classify",
    "classify_text": "licenseclass.textid.classify",
}

__all__ = [
    "AmbiguousReleaseError",
    "Analysis",
    "ArgumentTypeError",
    "Component",
    "Condition",
    "Criterion",
    "DataFileError",
    "Evidence",
    "ExpressionClassification",
    "InputFileError",
    "InputTooLargeError",
    "InvalidExpressionError",
    "License",
    "LicenseclassError",
    "Limitation",
    "Normalized",
    "Provenance",
    "Reason",
    "Registry",
    "Release",
    "Restriction",
    "Right",
    "Rights",
    "TextClassification",
    "TextMatch",
    "UnknownLicenseError",
    "UnknownPolicyError",
    "UnknownReleaseError",
    "Verdict",
    "__version__",
    "analyze_text",
    "canonicalize",
    "classify_expression",
    "classify_file",
    "classify_text",
    "default_registry",
    "get_license",
    "get_release",
    "normalize",
    "parse",
    "release_verdict",
    "scan_paths",
    "validate",
    "verdict",
]


def _installed_version() -> str:
    # importlib.metadata costs ~30 ms to import, so it is read only when asked for.
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return version("licenseclass")
    except PackageNotFoundError:  # a source tree on sys.path, never installed
        return "0+unknown"


if not TYPE_CHECKING:
    # Hidden from mypy so that a misspelt attribute stays a type error instead of `object`.

    def __getattr__(name: str) -> object:
        if name == "__version__":
            value: object = _installed_version()
        elif name in _SOURCES:
            value = getattr(importlib.import_module(_SOURCES[name]), name)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value  # later lookups skip this function
        return value


def __dir__() -> list[str]:
    return list(__all__)
