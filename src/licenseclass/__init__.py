"""licenseclass: is this open source, and if not, what exactly may I do with it?

The public API is what ``__all__`` lists; everything else is internal.
"""

from __future__ import annotations

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
    DataFileError,
    InputFileError,
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
from licenseclass.textid.classify import TextClassification, TextMatch, classify_file, classify_text

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Component",
    "Condition",
    "Criterion",
    "DataFileError",
    "Evidence",
    "ExpressionClassification",
    "InputFileError",
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
    "validate",
    "verdict",
]


def __dir__() -> list[str]:
    return list(__all__)
