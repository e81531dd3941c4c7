"""Plain-language answers about a judged release: the headline, what you may do, what you may not.

The sentences are built from the typed data only (availability, the licenses' typed restrictions
and conditions), so a non-lawyer reads the same facts the verdict used. No printing here: the
command line lays these sentences out, and JSON carries them as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import get_args

from licenseclass.core.model import LEVEL_RANK, Condition, ConditionKind, Frozen, Level, RightStatus
from licenseclass.core.registry import Registry, default_registry
from licenseclass.core.verdict import describe_restriction, limiting_restrictions
from licenseclass.releases.catalog import OBTAINABLE, ComponentKind
from licenseclass.releases.verdict import ComponentAssessment, ReleaseAssessment, ReleasePolicy

_HEADLINE: Mapping[tuple[ReleasePolicy, Level], str] = {
    ("article", "open"): "OPEN SOURCE: anyone may use, modify and share the model",
    ("article", "restricted"): "SEMI-OPEN: you can get the model, but its license limits its use",
    ("article", "closed"): "CLOSED: not open source; you cannot get the model itself",
    ("article", "unknown"): "UNKNOWN: not enough information to decide",
    ("osaid", "open"): "OPEN SOURCE AI: weights, code and data information are all open",
    ("osaid", "restricted"): "NOT OPEN SOURCE AI: some required part is missing or restricted",
    ("osaid", "closed"): "CLOSED: not open source AI; you cannot get the model itself",
    ("osaid", "unknown"): "UNKNOWN: not enough information to decide",
}
_MODEL_KINDS: frozenset[ComponentKind] = frozenset({"weights", "inference-code"})
_RIGHT_STATUSES: frozenset[str] = frozenset(get_args(RightStatus))
_MAX_SERVICE = 5
# What each condition asks of whoever shares the work (attribution and same-license add their
# wording and scope to these).
DUTY_WORDS: Mapping[ConditionKind, str] = {
    "notice": "keep the copyright and license notices",
    "attribution": "credit the authors",
    "same-license": "share changes under the same license",
    "include-license": "pass on a copy of the license",
    "state-changes": "mark what you changed",
    "disclose-source": "offer the source of what you distribute",
    "patent-retaliation": "your rights end if you sue over patents in it",
}


class PlainSummary(Frozen):
    """The verdict on a release in sentences: a headline, may, and may not (or must)."""

    headline: str
    may: tuple[str, ...]
    may_not: tuple[str, ...]


def plain_summary(result: ReleaseAssessment, registry: Registry | None = None) -> PlainSummary:
    """Sentences for what a person may do with a release, and what they may not (or must) do."""
    reg = registry or default_registry()
    may: list[str] = []
    may_not: list[str] = []
    _weights(result.components, may, may_not)
    _services(result.components, reg, may, may_not)
    for c in result.components:
        if c.kind in _MODEL_KINDS and c.availability in OBTAINABLE and c.level != "open":
            # the typed restrictions say what is limited; the rights lines only repeat that
            for r in c.reasons:
                if r.kind not in _RIGHT_STATUSES and r.message not in may_not:
                    may_not.append(r.message)
    may_not += _duties(result.components, reg)
    missing = sorted(
        {c.kind.replace("-", " ") for c in result.components if c.availability not in OBTAINABLE}
        - {"weights", "hosted api"}
    )
    if missing and result.policy == "article":
        may_not.append(f"not published (not needed for this verdict): {', '.join(missing)}")
    if result.policy == "osaid" and not _data_information(result.components):
        may_not.append(
            "learn enough about the training data to build an equivalent model: no detailed "
            "information about it is published under open terms"
        )
    return PlainSummary(
        headline=_HEADLINE[(result.policy, result.verdict.level)],
        may=tuple(may),
        may_not=tuple(may_not),
    )


def _data_information(parts: tuple[ComponentAssessment, ...]) -> bool:
    """Whether the data information the OSAID asks for is published under open terms: the
    training data or documentation of it (the data itself is one way to inform, not a must)."""
    return any(
        c.kind in ("training-data", "data-documentation")
        and c.availability in OBTAINABLE
        and c.level == "open"
        for c in parts
    )


def _weights(parts: tuple[ComponentAssessment, ...], may: list[str], may_not: list[str]) -> None:
    obtainable = [c for c in parts if c.kind == "weights" and c.availability in OBTAINABLE]
    if not obtainable:
        may_not.append(
            "get the model's weights: they are not published, so you cannot run, study, "
            "change or share the model yourself"
        )
        return
    gated = any(c.availability == "gated" for c in obtainable)
    how = "download the weights" + (
        " (after accepting the terms on the download page)" if gated else ""
    )
    level = min((c.level for c in obtainable), key=LEVEL_RANK.__getitem__)
    if level == "open":
        may.append(f"{how}, run them, change them and share them, also commercially")
    elif level == "restricted":
        may.append(f"{how} and use them within the limits below")
    else:
        may.append(f"{how}; what else is allowed is unclear")


def _services(
    parts: tuple[ComponentAssessment, ...], registry: Registry, may: list[str], may_not: list[str]
) -> None:
    for c in parts:
        if c.kind != "hosted-api" or c.availability == "unavailable":
            continue
        lic = registry.find(c.license) if c.license else None
        terms = f"the {lic.name} ({lic.id})" if lic else (c.license or "the provider's terms")
        may.append(f"use the hosted service ({c.name or 'API'}) under {terms}")
        if lic is None:
            continue
        # Copying and sharing limits repeat what "you cannot get the model" already says.
        limits = [
            describe_restriction(r)
            for _, r in limiting_restrictions(lic)
            if r.kind not in ("no-derivatives", "no-redistribution")
        ]
        may_not += [f"when using the service: {m}" for m in limits[:_MAX_SERVICE]]
        if len(limits) > _MAX_SERVICE:
            more = len(limits) - _MAX_SERVICE
            may_not.append(f"... and {more} more in the service terms (licenseclass show {lic.id})")


def _duty(condition: Condition) -> str:
    if condition.kind == "attribution":
        parts = [DUTY_WORDS["attribution"]]
        if condition.wording:
            parts.append(f'show "{condition.wording}"')
        if condition.name_prefix:
            parts.append(f'start the names of models made from it with "{condition.name_prefix}"')
        return ", ".join(parts)
    if condition.kind == "same-license":
        scope = f" ({condition.scope} copyleft)" if condition.scope else ""
        return DUTY_WORDS["same-license"] + scope
    return DUTY_WORDS[condition.kind]


def _duties(parts: tuple[ComponentAssessment, ...], registry: Registry) -> list[str]:
    """The conditions of the weights' and code's licenses, as duties of whoever shares them."""
    covered: dict[str, list[str]] = {}  # license expression -> what it covers, in order
    for c in parts:
        if c.kind in _MODEL_KINDS and c.availability in OBTAINABLE and c.license:
            what = "the weights" if c.kind == "weights" else "the code"
            if what not in covered.setdefault(c.license, []):
                covered[c.license].append(what)
    lines: list[str] = []
    for expression, whats in covered.items():
        lic = registry.find(expression)
        if lic is None or not lic.conditions:
            continue
        duties = "; ".join(dict.fromkeys(_duty(k) for k in lic.conditions))
        lines.append(f"if you share {' or '.join(whats)} ({lic.id}): {duties}")
    return lines


# --------------------------------------------------------------------------- what this means

# Restriction kinds that keep a business from using the weights commercially at all.
_NO_BUSINESS: Mapping[str, str] = {
    "non-commercial": "non-commercial use only",
    "research-only": "research use only",
    "evaluation-only": "evaluation only",
    "non-production": "no production use",
}
_SIZE_LIMITS = frozenset({"user-threshold", "revenue-threshold"})


class Meaning(Frozen):
    """One line each for what a release means to a developer and to a business."""

    developer: str
    business: str


def what_it_means(result: ReleaseAssessment, registry: Registry | None = None) -> Meaning:
    """What a developer can build and what a business may do, from the judged components.

    Computed from availability, levels and the typed restrictions, so it cannot drift from
    the verdict; the only data it reads beyond them is a hosted API's ``commercial_use`` fact.
    """
    reg = registry or default_registry()
    weights = [c for c in result.components if c.kind == "weights" and c.availability in OBTAINABLE]
    api = [
        c for c in result.components if c.kind == "hosted-api" and c.availability != "unavailable"
    ]
    if not weights:
        return _service_only(api, reg)
    gated = any(c.availability == "gated" for c in weights)
    get = "download the weights" + (" (after accepting the terms)" if gated else "")
    level = min((c.level for c in weights), key=LEVEL_RANK.__getitem__)
    licenses = [reg.find(c.license) if c.license else None for c in weights]
    restrictions = [r for lic in licenses if lic for _, r in limiting_restrictions(lic)]
    no_business = [_NO_BUSINESS[r.kind] for r in restrictions if r.kind in _NO_BUSINESS]
    # terms read from a license file on disk (a folder's LICENSE no reference identifies)
    read_kinds = [r.kind for c in weights for r in c.reasons if r.kind]
    no_business += [_NO_BUSINESS[k] for k in read_kinds if k in _NO_BUSINESS]
    no_business = list(dict.fromkeys(no_business))
    if level == "open":
        developer = f"{get}, run them on your own hardware, fine-tune them and ship the result"
        business = "commercial use and self-hosting are allowed"
        duties = [k for lic in licenses if lic for k in lic.conditions]
        if duties:
            business += f"; {DUTY_WORDS[duties[0].kind]} when you share the model"
    elif level in ("restricted", "closed"):  # closed terms on weights you can get: limits too
        developer = f"{get}, run and fine-tune them yourself, within the license's limits"
        if no_business:
            business = (
                f"no commercial use without a separate license ({', '.join(no_business)}); "
                "self-hosting for permitted uses only"
            )
        elif sized := [r for r in restrictions if r.kind in _SIZE_LIMITS]:
            business = "commercial use and self-hosting are allowed, but " + describe_restriction(
                sized[0]
            ).replace("rights depend on", "they depend on")
        else:
            business = (
                "commercial use and self-hosting are allowed, within the license's use "
                "restrictions (read them before shipping)"
            )
    else:
        developer = f"{get}, but the terms are unclear: read them before building on it"
        business = "the terms could not be judged: check them before any commercial use"
    return Meaning(developer=developer, business=business)


def _service_only(api: list[ComponentAssessment], registry: Registry) -> Meaning:
    if not api:
        nothing = "the model is neither published nor offered as a service"
        return Meaning(developer=f"nothing to build on: {nothing}", business=nothing)
    service = api[0]
    developer = "build on the hosted API; you cannot download, run or change the model itself"
    lic = registry.find(service.license) if service.license else None
    right = lic.rights.commercial_use if lic else None
    allowed: str | None = None
    if right is not None and right.status in ("granted", "conditional"):
        allowed = "allowed"
    elif right is not None and right.status == "denied":
        allowed = "not-allowed"
    else:
        allowed = service.commercial_use
    if allowed == "allowed":
        business = "commercial use allowed by the terms; no self-hosting"
    elif allowed == "not-allowed":
        business = "no commercial use under the terms; no self-hosting"
    else:
        business = "check the provider's business terms before commercial use; no self-hosting"
    return Meaning(developer=developer, business=business)
