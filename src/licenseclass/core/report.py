"""Plain-text and JSON renderings of licenses and verdicts. No decisions are made here."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from licenseclass.core.model import ConditionKind, CopyleftScope, Level, License, Verdict
from licenseclass.errors import escape_controls as _safe

_LEVEL_WORDS: Mapping[Level, str] = {
    "open": "open source: anyone may use, modify and share it",
    "restricted": "semi-open: available, but use, modification or sharing is limited",
    "closed": "closed: no right to modify or share",
    "unknown": "unknown: not enough information to decide",
}


def verdict_dict(v: Verdict) -> dict[str, Any]:
    """The JSON shape of a verdict: level, policy, reasons (and criteria for checklists)."""
    data = v.model_dump(mode="json", exclude_defaults=False)
    if not v.criteria:
        data.pop("criteria", None)
    return data


def license_dict(lic: License, v: Verdict) -> dict[str, Any]:
    data = lic.model_dump(mode="json", exclude_none=True)
    data["verdict"] = verdict_dict(v)
    return data


def to_json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


def verdict_lines(v: Verdict) -> list[str]:
    lines = [f"verdict ({v.policy}): {v.level.upper()} - {_LEVEL_WORDS[v.level]}"]
    lines += [f"  - {_safe(r.message)}" + (f"  [{r.item}]" if r.item else "") for r in v.reasons]
    for c in v.criteria:
        lines.append(f"  OSD {c.number:>2} {c.title:<46} {c.status}")
    return lines


def license_text(lic: License, v: Verdict) -> str:
    """A one-screen description of a license and its verdict (text from the data escaped)."""
    flags = [
        name
        for name, on in (
            ("OSI-approved", lic.osi_approved),
            ("FSF-libre", lic.fsf_libre),
            ("deprecated", lic.deprecated),
        )
        if on
    ]
    lines = [f"{_safe(lic.id)}: {_safe(lic.name)}"]
    lines.append(f"kind: {lic.kind}" + (f"   flags: {', '.join(flags)}" if flags else ""))
    if lic.superseded_by:
        lines.append(f"superseded by: {_safe(lic.superseded_by)}")
    rights = lic.rights
    for name in ("use", "modify", "share", "commercial_use", "patent_grant", "sublicense"):
        right = getattr(rights, name)
        if right is not None:
            qual = [*right.conditions, *right.restrictions]
            extra = f" ({', '.join(qual)})" if qual else ""
            lines.append(f"  {name:<15}{right.status}{extra}")
    if lic.conditions:
        lines.append(
            "conditions: " + ", ".join(_condition_label(c.kind, c.scope) for c in lic.conditions)
        )
    if lic.limitations:
        lines.append("does not give: " + ", ".join(lim.kind for lim in lic.limitations))
    lines += verdict_lines(v)
    prov = lic.provenance
    lines.append(f"data: {prov.status}; sources: " + "; ".join(_safe(s.ref) for s in prov.sources))
    return "\n".join(lines)


def _condition_label(kind: ConditionKind, scope: CopyleftScope | None) -> str:
    return f"{kind} ({scope})" if scope else kind
