"""What a scan reports: findings with file and lines, one conclusion per package, the policy.

These models are the scan's public contract (JSON with a versioned schema): every output
format (table, JSON, Markdown, CSV, SPDX, CycloneDX, HTML) is written from a
:class:`ScanReport`, never from the scanner's internals.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from licenseclass.core.model import Frozen, Level, Verdict

# Bump when a field is removed or changes meaning (adding a field keeps the version).
SCAN_SCHEMA_VERSION = "1.0"

FindingKind = Literal[
    "license-file",  # LICENSE*, COPYING*, NOTICE*, UNLICENSE, LICENSES/<id>.txt
    "manifest",  # pyproject.toml, PKG-INFO/METADATA, setup.cfg, package.json, Cargo.toml ...
    "tag",  # an SPDX-License-Identifier line in a source file
    "readme",  # the license section of a README
    "model-card",  # a model card's front matter (license, license_name, license_link)
]

Agreement = Literal[
    "agree",  # declared and detected name the same licenses
    "conflicting",  # both present and they differ: both sides are shown, none is picked
    "declared-only",
    "detected-only",
    "none",  # nothing found
]


class Finding(Frozen):
    """One piece of evidence: a file (and lines) saying something about licensing."""

    path: str = Field(description="path relative to the scanned root (or inside the archive)")
    kind: FindingKind
    source: str = Field(description="what said it, e.g. 'pyproject.toml [project] license'")
    expression: str | None = Field(default=None, description="the SPDX expression it gives")
    declared: bool = Field(
        default=False, description="a declaration (metadata) rather than a detection (text)"
    )
    start_line: int | None = Field(default=None, ge=1)
    end_line: int | None = Field(default=None, ge=1)
    level: Level | None = None
    note: str | None = None


class Skipped(Frozen):
    """A file or entry the scan did not read, and why (binary, too large, unsafe path ...)."""

    path: str
    reason: str


class PackageConclusion(Frozen):
    """One conclusion per project or package: what it declares, what its files say, the
    verdict on the two together, and every finding behind them."""

    name: str
    version: str | None = None
    path: str = Field(description="the package's root folder (relative), or where it is installed")
    declared_expression: str | None = None
    detected_expression: str | None = None
    agreement: Agreement
    verdict: Verdict
    findings: tuple[Finding, ...] = ()
    errors: tuple[str, ...] = Field(default=(), description="files that could not be read")
    vendored_in: str | None = Field(
        default=None, description="the package this one is vendored in, for sub-projects"
    )


class PolicyFailure(Frozen):
    """A package that a policy does not allow, and the rule it breaks."""

    package: str
    rule: str = Field(description="e.g. 'fail-on restricted', 'deny GPL-3.0-only'")
    message: str


class PolicyResult(Frozen):
    """The outcome of a policy gate: passed, and the failures when not."""

    passed: bool
    failures: tuple[PolicyFailure, ...] = ()


class ScanReport(Frozen):
    """Everything one ``licenseclass scan`` or ``env`` run found."""

    schema_version: str = SCAN_SCHEMA_VERSION
    tool: str = "licenseclass"
    targets: tuple[str, ...] = ()
    packages: tuple[PackageConclusion, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    policy: PolicyResult | None = None
