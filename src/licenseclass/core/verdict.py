"""Verdicts: pure functions from a typed :class:`License` to a :class:`Verdict`.

Nothing here looks at the OSI or FSF flags: those are data, and tests compare them with what
these rules compute from the rights, conditions and restrictions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from licenseclass.core.model import (
    INFORMATIONAL_KINDS,
    AcceptableUsePolicy,
    Criterion,
    DelayedOpen,
    FieldOfUse,
    License,
    PolicyName,
    Reason,
    Restriction,
    RestrictionKind,
    RevenueThreshold,
    Right,
    RightName,
    UserThreshold,
    Verdict,
)
from licenseclass.errors import ArgumentTypeError, UnknownPolicyError

_RIGHTS: tuple[RightName, ...] = ("use", "modify", "share")


def limiting_restrictions(lic: License) -> list[tuple[int, Restriction]]:
    """The restrictions that limit use, modification or sharing, with their index."""
    return [(i, r) for i, r in enumerate(lic.restrictions) if r.kind not in INFORMATIONAL_KINDS]


def describe_restriction(r: Restriction) -> str:
    """One plain sentence for a restriction, with its parameters."""
    if isinstance(r, UserThreshold):
        metric = r.metric.replace("_", " ")
        if r.threshold is None:
            return (
                f"rights depend on size: above a number of {metric} the license sets,"
                " a separate license is needed"
            )
        return f"rights depend on size: above {r.threshold:,} {metric} a separate license is needed"
    if isinstance(r, RevenueThreshold):
        period = f" {r.period}" if r.period else ""
        return (
            f"rights depend on revenue: above {r.currency} {r.amount:,}{period} revenue"
            " a separate license is needed"
        )
    if isinstance(r, AcceptableUsePolicy):
        url = f" ({r.url})" if r.url else ""
        change = ", which the licensor may change" if r.changeable_by_licensor else ""
        return f"{RESTRICTION_DESCRIPTIONS[r.kind]}{url}{change}"
    if isinstance(r, FieldOfUse) and r.uses:
        return f"some fields of use are forbidden ({'; '.join(r.uses[:4])})"
    if isinstance(r, DelayedOpen):
        when = f" on {r.change_date}" if r.change_date else ""
        to = f" under {r.change_license}" if r.change_license else ""
        return f"becomes open only later{when}{to}; until then use is limited"
    text = RESTRICTION_DESCRIPTIONS[r.kind]
    return text + (f" ({r.note})" if r.note and r.kind == "other" else "")


# One sentence per kind, without parameters (the thresholds' numbers, a policy's URL ...).
RESTRICTION_DESCRIPTIONS: Mapping[RestrictionKind, str] = {
    "field-of-use": "some fields of use are forbidden (listed uses)",
    "acceptable-use-policy": "use must follow an acceptable-use policy",
    "non-commercial": "commercial use is not allowed",
    "no-derivatives": "modified versions may not be shared (no derivatives)",
    "no-redistribution": "the work may not be redistributed",
    "user-threshold": "rights depend on size: above a number of users a separate license is needed",
    "revenue-threshold": "rights depend on revenue: above an amount a separate license is needed",
    "research-only": "only research use is allowed",
    "evaluation-only": "only evaluation is allowed",
    "non-production": "production use is not allowed",
    "output-use": "the use of outputs is limited",
    "model-improvement-ban": "the work or its outputs may not be used to improve other models",
    "pass-through": "use restrictions must be passed on to every downstream recipient",
    "delayed-open": "becomes open only later; until then use is limited",
    "service-source": "offering it as a service requires releasing software beyond the work",
    "no-selling": "the work may not be sold",
    "hosting-restriction": "it may not be offered as a hosted service",
    "revocable-terms": "the licensor may change or revoke the terms",
    "remote-restriction": "the licensor may restrict use remotely",
    "territory": "rights are excluded in some territories",
    "excluded-persons": "some persons or groups are excluded",
    "latest-version": "the licensee must keep to the latest version the licensor ships",
    "registration": "some uses need registration or separate permission",
    "other": "a restriction limits use, modification or sharing",
    "termination": "the license can end (for instance on breach)",
    "governing-law": "a governing law is named",
    "export-control": "export-control laws apply",
    "disclosure": "generated content must be disclosed as such",
}


# --------------------------------------------------------------------------- article policy


def article_verdict(lic: License) -> Verdict:
    """The default policy: open, restricted (semi-open), closed or unknown."""
    rights = {name: getattr(lic.rights, name) for name in _RIGHTS}
    lid = lic.id

    def right_reason(name: str, right: Right, what: str) -> Reason:
        extra = f" ({right.note})" if right.note else ""
        return Reason(
            message=f"{name} is {right.status}{extra}: {what}",
            license_id=lid,
            item=f"rights.{name}",
            kind=right.status,
        )

    if rights["modify"].status == "denied" and rights["share"].status == "denied":
        reasons = [
            right_reason(n, rights[n], "no right to modify or share") for n in ("modify", "share")
        ]
        return Verdict(level="closed", policy="article", reasons=tuple(reasons))

    limiting = limiting_restrictions(lic)
    present = {r.kind for _, r in limiting}
    # A limited right needs its own reason only when no restriction listed above explains it.
    restricted_rights = [
        n
        for n in _RIGHTS
        if rights[n].status in ("restricted", "denied")
        and not (rights[n].status == "restricted" and set(rights[n].restrictions) & present)
    ]
    if limiting or restricted_rights:
        reasons = [
            Reason(
                message=describe_restriction(r),
                license_id=lid,
                item=f"restrictions[{i}]",
                kind=r.kind,
                evidence=r.evidence,
            )
            for i, r in limiting
        ]
        reasons += [right_reason(n, rights[n], "this right is limited") for n in restricted_rights]
        return Verdict(level="restricted", policy="article", reasons=tuple(reasons))

    unknown = [n for n in _RIGHTS if rights[n].status == "unknown"]
    if unknown:
        reasons = [right_reason(n, rights[n], "the license does not say") for n in unknown]
        return Verdict(level="unknown", policy="article", reasons=tuple(reasons))

    conditions = ", ".join(sorted({c.kind for c in lic.conditions})) or "none"
    return Verdict(
        level="open",
        policy="article",
        reasons=(
            Reason(
                message=f"anyone may use, modify and share it (conditions: {conditions})",
                license_id=lid,
                item="rights",
                kind="granted",
            ),
        ),
    )


# --------------------------------------------------------------------------- OSD policy

# Which restriction kinds break which criterion of the Open Source Definition. Every kind is
# listed, so a new kind cannot pass the checklist unnoticed: informational ones break none.
_OSD_BREAKS: Mapping[RestrictionKind, tuple[int, ...]] = {
    "no-redistribution": (1,),
    "no-selling": (1, 6),
    "no-derivatives": (3,),
    "user-threshold": (5,),
    "revenue-threshold": (5,),
    "excluded-persons": (5,),
    "territory": (5,),
    "field-of-use": (6,),
    "acceptable-use-policy": (6,),
    "non-commercial": (6,),
    "research-only": (6,),
    "evaluation-only": (6,),
    "non-production": (6,),
    "output-use": (6,),
    "model-improvement-ban": (6,),
    "hosting-restriction": (6,),
    "delayed-open": (6,),
    "pass-through": (7,),
    "registration": (7,),
    "latest-version": (6,),
    "revocable-terms": (7,),
    "remote-restriction": (6,),
    "service-source": (9,),
    "other": (6,),
    "termination": (),
    "governing-law": (),
    "export-control": (),
    "disclosure": (),
}

OSD_TITLES: dict[int, str] = {
    1: "Free Redistribution",
    2: "Source Code",
    3: "Derived Works",
    4: "Integrity of The Author's Source Code",
    5: "No Discrimination Against Persons or Groups",
    6: "No Discrimination Against Fields of Endeavor",
    7: "Distribution of License",
    8: "License Must Not Be Specific to a Product",
    9: "License Must Not Restrict Other Software",
    10: "License Must Be Technology-Neutral",
}

# Criteria that read a right: the right that must be granted for the criterion to pass.
_OSD_RIGHT: dict[int, RightName] = {1: "share", 3: "modify", 6: "use"}
# Criteria 1 and 3 fail whenever their right is limited (docs/verdicts.md), whatever else the
# limit breaks: a non-commercial clause restricts sharing (1) and modifying (3) as well as the
# field of use (6). The kinds listed here limit the right without breaking the criterion:
# no-derivatives stops sharing adaptations, which is criterion 3's concern, not free
# redistribution of the work itself.
_OSD_RIGHT_ANY_LIMIT: Mapping[int, frozenset[RestrictionKind]] = {
    1: frozenset({"no-derivatives"}),
    3: frozenset(),
}


def failures_for_kind(failures: dict[int, list[Reason]], kind: RestrictionKind) -> bool:
    """True when some criterion already fails because of a restriction of this kind."""
    return any(r.kind == kind for reasons in failures.values() for r in reasons)


def osd_verdict(lic: License) -> Verdict:
    """Check the ten criteria of the Open Source Definition against the typed model."""
    failures: dict[int, list[Reason]] = {n: [] for n in OSD_TITLES}
    unknowns: dict[int, list[Reason]] = {n: [] for n in OSD_TITLES}
    for i, r in limiting_restrictions(lic):
        for number in _OSD_BREAKS[r.kind]:
            failures[number].append(
                Reason(
                    message=describe_restriction(r),
                    license_id=lic.id,
                    item=f"restrictions[{i}]",
                    kind=r.kind,
                    evidence=r.evidence,
                )
            )
    for number, name in _OSD_RIGHT.items():
        right: Right = getattr(lic.rights, name)
        if number in _OSD_RIGHT_ANY_LIMIT:
            exempt = _OSD_RIGHT_ANY_LIMIT[number]
            limits = [k for k in right.restrictions if k not in exempt]
            explained = bool(right.restrictions) and not limits
            explained = explained or any(number in _OSD_BREAKS[k] for k in right.restrictions)
        else:
            limits = []
            explained = any(
                number in _OSD_BREAKS[kind] or failures_for_kind(failures, kind)
                for kind in right.restrictions
            )
        if right.status in ("denied", "restricted") and not explained:
            failures[number].append(
                Reason(
                    message=_right_limited(lic, name, right.status, limits),
                    license_id=lic.id,
                    item=f"rights.{name}",
                    kind=right.status,
                )
            )
        elif right.status == "unknown":
            unknowns[number].append(
                Reason(
                    message=f"the license does not say whether {name} is allowed",
                    license_id=lic.id,
                    item=f"rights.{name}",
                    kind="unknown",
                )
            )
    criteria = tuple(
        _criterion(number, title, failures[number], unknowns[number])
        for number, title in OSD_TITLES.items()
    )
    failed = [c for c in criteria if c.status == "fail"]
    if failed:
        denied_both = lic.rights.modify.status == "denied" and lic.rights.share.status == "denied"
        level = "closed" if denied_both else "restricted"
        fail_reasons = tuple(
            Reason(
                message=f"fails OSD {c.number} ({c.title}): {c.reasons[0].message}",
                license_id=lic.id,
                item=c.reasons[0].item,
                kind=c.reasons[0].kind,
                evidence=c.reasons[0].evidence,
            )
            for c in failed
        )
        return Verdict(level=level, policy="osd", reasons=fail_reasons, criteria=criteria)
    if any(c.status == "unknown" for c in criteria):
        open_reasons = tuple(
            Reason(message=f"OSD {c.number} ({c.title}) cannot be decided", license_id=lic.id)
            for c in criteria
            if c.status == "unknown"
        )
        return Verdict(level="unknown", policy="osd", reasons=open_reasons, criteria=criteria)
    return Verdict(
        level="open",
        policy="osd",
        reasons=(
            Reason(
                message="meets all ten criteria of the Open Source Definition", license_id=lic.id
            ),
        ),
        criteria=criteria,
    )


def _right_limited(lic: License, name: str, status: str, kinds: list[RestrictionKind]) -> str:
    """ "share is restricted: commercial use is not allowed" (the limits that restrict it)."""
    said = [describe_restriction(r) for _, r in limiting_restrictions(lic) if r.kind in kinds]
    return f"{name} is {status}" + (f": {'; '.join(dict.fromkeys(said))}" if said else "")


def _criterion(number: int, title: str, failed: list[Reason], unknown: list[Reason]) -> Criterion:
    if failed:
        return Criterion(number=number, title=title, status="fail", reasons=tuple(failed))
    if unknown:
        return Criterion(number=number, title=title, status="unknown", reasons=tuple(unknown))
    return Criterion(number=number, title=title, status="pass")


_POLICIES: Mapping[PolicyName, Callable[[License], Verdict]] = {
    "article": article_verdict,
    "osd": osd_verdict,
}
# The policies a license (or a license expression or text) can be judged by; ``osaid`` judges
# releases only.
LICENSE_POLICIES: tuple[PolicyName, ...] = tuple(_POLICIES)


def check_license_policy(policy: object, judged: str = "a license") -> PolicyName:
    """``policy`` if licenses can be judged by it, else :class:`UnknownPolicyError`."""
    for name in LICENSE_POLICIES:
        if policy == name:
            return name
    raise UnknownPolicyError(policy, LICENSE_POLICIES, judged=judged)


def verdict(lic: License, policy: PolicyName = "article") -> Verdict:
    """The verdict on one license under ``policy`` (``article`` or ``osd``)."""
    if not isinstance(lic, License):
        raise ArgumentTypeError("verdict", "lic", lic, "a License (see get_license)")
    return _POLICIES[check_license_policy(policy)](lic)
