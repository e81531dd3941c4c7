"""The ``cyclonedx-json`` format: a CycloneDX 1.6 JSON BOM, one component per scanned package.

CycloneDX allows either license entries or a single expression per component. When the
declared and detected expressions are the same, or only one is known, it is the component's
expression (acknowledgement ``declared`` or ``concluded``); when they differ and both are
single SPDX ids, both are listed as licenses with their acknowledgements; otherwise the
declared expression is the component's and the detected one is kept in a property. The verdict
and the agreement are ``licenseclass:`` properties. The BOM is checked against the CycloneDX
1.6 schema in the tests.
"""

from __future__ import annotations

import json
import uuid

from licenseclass.expressions import _spdx
from licenseclass.scan.results import PackageConclusion, ScanReport
from licenseclass.scan.writers._common import purl, reason, sbom_expression, timestamp


def _license_entry(expression: str, acknowledgement: str) -> dict[str, object] | None:
    """A license object for a single id on the SPDX list, or None."""
    entry = _spdx.LICENSES.get(expression.casefold())
    if entry is None:
        return None
    return {"license": {"id": entry[0], "acknowledgement": acknowledgement}}


def _licenses(package: PackageConclusion) -> tuple[list[dict[str, object]], str | None]:
    """The component's ``licenses`` and, when it cannot hold both, the detected expression."""
    declared, _ = sbom_expression(package.declared_expression)
    detected, _ = sbom_expression(package.detected_expression)
    if declared and detected and declared != detected:
        pair = [_license_entry(declared, "declared"), _license_entry(detected, "concluded")]
        if pair[0] is not None and pair[1] is not None:
            return [e for e in pair if e is not None], None
        return [{"expression": declared, "acknowledgement": "declared"}], detected
    if declared:
        return [{"expression": declared, "acknowledgement": "declared"}], None
    if detected:
        return [{"expression": detected, "acknowledgement": "concluded"}], None
    return [], None


def _component(index: int, package: PackageConclusion) -> dict[str, object]:
    licenses, detected_apart = _licenses(package)
    properties = [
        {"name": "licenseclass:verdict:level", "value": package.verdict.level},
        {"name": "licenseclass:verdict:policy", "value": package.verdict.policy},
        {"name": "licenseclass:agreement", "value": package.agreement},
        {"name": "licenseclass:path", "value": package.path},
    ]
    why = reason(package)
    if why:
        properties.append({"name": "licenseclass:verdict:reason", "value": why})
    if detected_apart:
        properties.append({"name": "licenseclass:detected_expression", "value": detected_apart})
    if package.vendored_in:
        properties.append({"name": "licenseclass:vendored_in", "value": package.vendored_in})
    component: dict[str, object] = {
        "type": "library",
        "bom-ref": f"licenseclass-{index}",
        "name": package.name,
    }
    if package.version:
        component["version"] = package.version
    url = purl(package)
    if url:
        component["purl"] = url
    if licenses:
        component["licenses"] = licenses
    component["properties"] = properties
    return component


def write(report: ScanReport, *, color: bool = False) -> str:
    del color
    from licenseclass import __version__  # noqa: PLC0415 - the package's lazy attribute

    created = timestamp()
    bom: dict[str, object] = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "serialNumber": uuid.uuid5(uuid.NAMESPACE_URL, created + report.model_dump_json()).urn,
        "version": 1,
        "metadata": {
            "timestamp": created,
            "tools": {
                "components": [
                    {"type": "application", "name": "licenseclass", "version": __version__}
                ]
            },
            "properties": [
                {"name": "licenseclass:schema_version", "value": report.schema_version},
                *({"name": "licenseclass:target", "value": t} for t in report.targets),
                *(
                    [
                        {
                            "name": "licenseclass:policy",
                            "value": "passed" if report.policy.passed else "failed",
                        }
                    ]
                    if report.policy is not None
                    else []
                ),
            ],
        },
        "components": [_component(i, p) for i, p in enumerate(report.packages, 1)],
    }
    return json.dumps(bom, indent=2) + "\n"
