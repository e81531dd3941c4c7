"""The ``spdx-json`` format: an SPDX 2.3 JSON document, one SPDX package per scanned package.

``licenseDeclared`` is the declared expression and ``licenseConcluded`` the detected one
(NOASSERTION when there is none); the verdict goes in the package comment. Ids outside the
SPDX list become ``LicenseRef-`` ids, each listed in ``hasExtractedLicensingInfos``.
The document is checked against spdx-tools' validator in the tests.
"""

from __future__ import annotations

import json
import re
import uuid

from licenseclass.scan.results import PackageConclusion, ScanReport
from licenseclass.scan.writers._common import purl, reason, sbom_expression, timestamp

NOASSERTION = "NOASSERTION"


def _spdx_id(index: int, name: str) -> str:
    return f"SPDXRef-Package-{index}-" + (re.sub(r"[^A-Za-z0-9.]+", "-", name).strip("-") or "x")


def _package(
    index: int, package: PackageConclusion, refs: dict[str, str], version: str
) -> dict[str, object]:
    declared, declared_refs = sbom_expression(package.declared_expression)
    detected, detected_refs = sbom_expression(package.detected_expression)
    for ref_id, text in (*declared_refs.items(), *detected_refs.items()):
        refs.setdefault(ref_id, text)
    why = reason(package)
    comment = f"licenseclass {version} verdict ({package.verdict.policy}): {package.verdict.level}"
    comment += f"; declared and detected: {package.agreement}" + (f"; {why}" if why else "")
    entry: dict[str, object] = {
        "name": package.name,
        "SPDXID": _spdx_id(index, package.name),
        "downloadLocation": NOASSERTION,
        "filesAnalyzed": False,
        "licenseConcluded": detected or NOASSERTION,
        "licenseDeclared": declared or NOASSERTION,
        "copyrightText": NOASSERTION,
        "comment": comment,
    }
    if package.version:
        entry["versionInfo"] = package.version
    url = purl(package)
    if url:
        entry["externalRefs"] = [
            {
                "referenceCategory": "PACKAGE-MANAGER",
                "referenceType": "purl",
                "referenceLocator": url,
            }
        ]
    return entry


def write(report: ScanReport, *, color: bool = False) -> str:
    del color
    from licenseclass import __version__  # noqa: PLC0415 - the package's lazy attribute

    refs: dict[str, str] = {}
    packages = [_package(i, p, refs, __version__) for i, p in enumerate(report.packages, 1)]
    created = timestamp()
    # The same report written at the same time gets the same namespace (reproducible builds
    # with $SOURCE_DATE_EPOCH), a different one a different namespace.
    seed = created + report.model_dump_json()
    namespace = f"https://spdx.org/spdxdocs/licenseclass-{uuid.uuid5(uuid.NAMESPACE_URL, seed)}"
    targets = ", ".join(report.targets) or "scan"
    document: dict[str, object] = {
        "spdxVersion": "SPDX-2.3",
        "dataLicense": "CC0-1.0",
        "SPDXID": "SPDXRef-DOCUMENT",
        "name": f"licenseclass scan of {targets}",
        "documentNamespace": namespace,
        "creationInfo": {"created": created, "creators": [f"Tool: licenseclass-{__version__}"]},
        "packages": packages,
        "relationships": [
            {
                "spdxElementId": "SPDXRef-DOCUMENT",
                "relationshipType": "DESCRIBES",
                "relatedSpdxElement": p["SPDXID"],
            }
            for p in packages
        ],
    }
    if refs:
        document["hasExtractedLicensingInfos"] = [
            {
                "licenseId": ref_id,
                "name": text,
                "extractedText": f"A license named {text!r} in the scanned files; "
                "its text is not part of this document.",
            }
            for ref_id, text in sorted(refs.items())
        ]
    return json.dumps(document, indent=2) + "\n"
