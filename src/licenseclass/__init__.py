"""licenseclass: is this open source, and if not, what exactly may I do with it?

The public API is what ``__all__`` lists; everything else is internal.
"""

from __future__ import annotations

from licenseclass.errors import (
    DataFileError,
    InputFileError,
    InvalidExpressionError,
    LicenseclassError,
    UnknownLicenseError,
)
from licenseclass.model import (
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
from licenseclass.registry import Registry, default_registry, get_license
from licenseclass.release import Component, Release, UnknownReleaseError, get_release
from licenseclass.release_verdict import release_verdict
from licenseclass.verdict import verdict

__version__ = "0.1.0"

__all__ = [
    "Component",
    "Condition",
    "Criterion",
    "DataFileError",
    "Evidence",
    "InputFileError",
    "InvalidExpressionError",
    "License",
    "LicenseclassError",
    "Limitation",
    "Provenance",
    "Reason",
    "Registry",
    "Release",
    "Restriction",
    "Right",
    "Rights",
    "UnknownLicenseError",
    "UnknownReleaseError",
    "Verdict",
    "__version__",
    "default_registry",
    "get_license",
    "get_release",
    "release_verdict",
    "verdict",
]


def __dir__() -> list[str]:
    return list(__all__)
