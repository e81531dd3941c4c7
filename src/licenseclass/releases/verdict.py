"""Verdicts on model releases: is the model itself open, and does it meet the OSAID?

Two policies:

- ``article`` looks at the model itself: the weights and the code to run them. Weights that
  cannot be obtained (API only, unpublished) make the release closed; weights under terms with
  restrictions make it restricted (semi-open); open terms on weights and inference code make it
  open.
- ``osaid`` follows the Open Source AI Definition 1.0: the parameters, the code (training and
  inference) and the data information must each be published under open terms. Data
  information is what the OSAID asks for: "sufficiently detailed information about the data
  used to train the system", so that a skilled person can build a substantially equivalent
  system; the data itself is not required (published training data is one way to give that
  information, documentation of it is another). Each component license is checked with the
  ``osd`` policy, since the OSAID asks for OSI-approved (OSD-conformant) terms.

The result is a :class:`~licenseclass.core.model.Verdict` whose criteria are the requirements of the
policy (weights, code, data information), each with the components that decided it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from pydantic import Field

from licenseclass.core.model import (
    LEVEL_RANK,
    Criterion,
    CriterionStatus,
    Frozen,
    Level,
    PolicyName,
    Reason,
    Verdict,
)
from licenseclass.core.registry import Registry
from licenseclass.errors import ArgumentTypeError, LicenseclassError, UnknownPolicyError
from licenseclass.releases.catalog import (
    OBTAINABLE,
    Availability,
    Component,
    ComponentKind,
    Release,
)

ReleasePolicy = Literal["article", "osaid"]
RELEASE_POLICIES: tuple[ReleasePolicy, ...] = ("article", "osaid")

# The policy each component license is judged by under a release policy.
_LICENSE_POLICY: Mapping[ReleasePolicy, PolicyName] = {"article": "article", "osaid": "osd"}


class Requirement(Frozen):
    """One thing a release policy asks for, met by components of the given kinds."""

    title: str
    kinds: tuple[ComponentKind, ...]
    any_of: bool = False  # True: one good component suffices (data information)
    required: bool = True  # False: when absent, the criterion is unknown and not a failure
    missing: str = ""  # what a missing component means, in plain words
    unmet: str = ""  # what an unmet requirement means, said before the components' reasons


# OSAID 1.0 asks for information about the training data, not for the data itself.
_NO_DATA_INFORMATION = (
    "no sufficiently detailed information about the data used to train the model is published "
    "under open terms (the OSAID asks for this data information, not for the data itself)"
)

_REQUIREMENTS: Mapping[ReleasePolicy, tuple[Requirement, ...]] = {
    "article": (
        Requirement(title="Weights", kinds=("weights",), missing="no weights are described"),
        Requirement(
            title="Code to run the weights",
            kinds=("inference-code",),
            required=False,
            missing="no inference code is described (third-party runtimes may work)",
        ),
    ),
    "osaid": (
        Requirement(
            title="Parameters (weights)", kinds=("weights",), missing="no weights are published"
        ),
        Requirement(
            title="Code: training",
            kinds=("training-code",),
            missing="the code used to train the model is not published",
        ),
        Requirement(
            title="Code: inference",
            kinds=("inference-code",),
            missing="no code to run the model is published",
        ),
        Requirement(
            title="Data information",
            kinds=("training-data", "data-documentation"),
            any_of=True,
            missing=_NO_DATA_INFORMATION,
            unmet=_NO_DATA_INFORMATION,
        ),
    ),
}


class ComponentAssessment(Frozen):
    """One component under a policy: its level and the reasons from its license verdict."""

    index: int
    kind: ComponentKind
    availability: Availability
    license: str | None
    name: str | None = None
    level: Level
    weighed: bool = Field(description="whether the policy's requirements look at this component")
    reasons: tuple[Reason, ...] = ()
    commercial_use: Literal["allowed", "not-allowed"] | None = Field(
        default=None, description="a hosted API's business-use fact, from the release file"
    )


class ReleaseAssessment(Frozen):
    """A release verdict with its per-component breakdown."""

    release_id: str
    name: str
    organisation: str
    policy: ReleasePolicy
    verdict: Verdict
    components: tuple[ComponentAssessment, ...]


# --------------------------------------------------------------------------- licenses


def expression_verdict(
    expression: str, policy: PolicyName = "article", registry: Registry | None = None
) -> Verdict:
    """The verdict on a license expression (OR: the better choice, AND: the worse)."""
    # Deferred: the expression tables load only when a release is judged.
    from licenseclass.expressions.verdicts import classify_expression  # noqa: PLC0415

    return classify_expression(expression, policy, registry).verdict


# --------------------------------------------------------------------------- components


def assess_component(
    component: Component,
    index: int,
    policy: ReleasePolicy = "article",
    registry: Registry | None = None,
) -> ComponentAssessment:
    """The level of one component: unobtainable parts are closed, else its license decides."""
    item = f"components[{index}]"
    what = component.kind.replace("-", " ")

    weighed = any(component.kind in need.kinds for need in _REQUIREMENTS[policy])

    def done(level: Level, reasons: Sequence[Reason]) -> ComponentAssessment:
        return ComponentAssessment(
            weighed=weighed,
            index=index,
            kind=component.kind,
            availability=component.availability,
            license=component.license,
            name=component.name,
            level=level,
            reasons=tuple(reasons),
            commercial_use=component.commercial_use,
        )

    if component.availability not in OBTAINABLE and component.kind != "hosted-api":
        verb = "are" if component.kind == "weights" else "is"
        how = (
            "offered only through a hosted API"
            if component.availability == "api-only"
            else "not published"
        )
        return done(
            "closed",
            [Reason(message=f"the {what} {verb} {how}", item=item, kind=component.availability)],
        )
    terms = component.terms_level if component.terms_level in ("restricted", "closed") else None
    said = [r.model_copy(update={"item": f"{item}.terms_level"}) for r in component.terms_reasons]
    if component.license is None:
        if terms is not None:
            # an agreement no reference identifies: its terms, as the clause reader reads them
            return done(terms, said)
        return done(
            "unknown",
            [Reason(message=f"no license is stated for the {what}", item=item, kind="unknown")],
        )
    try:
        found = expression_verdict(component.license, _LICENSE_POLICY[policy], registry)
    except LicenseclassError as exc:
        return done("unknown", [Reason(message=str(exc), item=item, kind="unknown")])
    reasons = [
        r.model_copy(update={"item": f"{item}: {r.item}" if r.item else item})
        for r in found.reasons
    ]
    level = found.level
    if component.use_policy and not any(r.kind == "acceptable-use-policy" for r in reasons):
        # a policy beside the license limits use even when the license itself does not
        reasons.append(
            Reason(
                message=f"use must follow the acceptable-use policy in {component.use_policy}",
                item=f"{item}.use_policy",
                kind="acceptable-use-policy",
            )
        )
        level = "restricted" if level == "open" else level
    if terms is not None and LEVEL_RANK[terms] < LEVEL_RANK[level]:
        # the text on disk adds terms to the license it names ("non-commercial only" beside MIT)
        reasons, level = [*said, *reasons], terms
    return done(level, reasons)


# --------------------------------------------------------------------------- releases

_STATUS: Mapping[Level, CriterionStatus] = {
    "open": "pass",
    "restricted": "fail",
    "closed": "fail",
    "unknown": "unknown",
}


def _criterion(
    number: int, need: Requirement, parts: Sequence[ComponentAssessment]
) -> tuple[Criterion, Level | None]:
    """Judge one requirement; the level is None when an optional requirement is absent."""
    mine = [p for p in parts if p.kind in need.kinds]
    if not mine:
        status: CriterionStatus = "fail" if need.required else "unknown"
        reason = Reason(message=need.missing, kind="missing")
        level: Level | None = "closed" if need.required else None
        return Criterion(number=number, title=need.title, status=status, reasons=(reason,)), level
    pick = max if need.any_of else min
    deciding = pick(mine, key=lambda p: LEVEL_RANK[p.level])
    level = deciding.level
    if need.any_of:
        reasons: tuple[Reason, ...] = deciding.reasons
    else:
        reasons = tuple(r for p in mine if p.level == level for r in p.reasons)
    if need.unmet and level != "open":
        reasons = (Reason(message=need.unmet, kind="missing"), *reasons)
    criterion = Criterion(number=number, title=need.title, status=_STATUS[level], reasons=reasons)
    return criterion, level


def _check_arguments(function: str, release: object, policy: object, registry: object) -> None:
    if not isinstance(release, Release):
        raise ArgumentTypeError(function, "release", release, "a Release (see get_release)")
    if registry is not None and not isinstance(registry, Registry):
        raise ArgumentTypeError(function, "registry", registry, "a Registry or None")
    if not isinstance(policy, str) or policy not in _REQUIREMENTS:
        raise UnknownPolicyError(policy, RELEASE_POLICIES, judged="a release")


def assess_release(
    release: Release, policy: ReleasePolicy = "article", registry: Registry | None = None
) -> ReleaseAssessment:
    """The verdict on ``release`` under ``policy`` with the breakdown per component."""
    _check_arguments("assess_release", release, policy, registry)
    parts = tuple(
        assess_component(c, i, policy, registry) for i, c in enumerate(release.components)
    )
    judged = [_criterion(n, need, parts) for n, need in enumerate(_REQUIREMENTS[policy], start=1)]
    criteria = tuple(c for c, _ in judged)
    levels = [lvl for _, lvl in judged]
    level = _overall(release, levels)
    reasons = _summary(release, level, criteria, parts)
    return ReleaseAssessment(
        release_id=release.id,
        name=release.name,
        organisation=release.organisation,
        policy=policy,
        verdict=Verdict(level=level, policy=policy, reasons=reasons, criteria=criteria),
        components=parts,
    )


def release_verdict(
    release: Release, policy: ReleasePolicy = "article", registry: Registry | None = None
) -> Verdict:
    """The verdict on ``release`` under ``policy`` (``article`` or ``osaid``)."""
    _check_arguments("release_verdict", release, policy, registry)
    return assess_release(release, policy, registry).verdict


def _overall(release: Release, levels: Sequence[Level | None]) -> Level:
    weights_level = levels[0]  # the first requirement of every policy is the weights
    obtainable = any(c.availability in OBTAINABLE for _, c in release.of_kind("weights"))
    if not obtainable or weights_level == "closed":
        return "closed"
    present = [lvl for lvl in levels if lvl is not None]
    if any(lvl in ("restricted", "closed") for lvl in present):
        return "restricted"
    if any(lvl == "unknown" for lvl in present):
        return "unknown"
    return "open"


def _summary(
    release: Release,
    level: Level,
    criteria: Sequence[Criterion],
    parts: Sequence[ComponentAssessment],
) -> tuple[Reason, ...]:
    """The verdict's reasons: a headline, then the reasons of each unmet requirement."""
    if level == "closed" and not any(
        c.availability in OBTAINABLE for _, c in release.of_kind("weights")
    ):
        api = [p for p in parts if p.kind == "hosted-api" and p.availability != "unavailable"]
        terms = f" under {api[0].license}" if api and api[0].license else ""
        how = f"it is offered only as a hosted service{terms}" if api else "they are not published"
        head = Reason(
            message=f"the model's weights cannot be obtained: {how}",
            item="components",
            kind="weights-unavailable",
        )
    elif level == "open":
        head = Reason(message="every requirement is met under open terms", kind="open")
    else:
        unmet = ", ".join(c.title.lower() for c in criteria if c.status != "pass")
        head = Reason(message=f"not every requirement is met under open terms: {unmet}", kind=level)
    detail = [r for c in criteria if c.status != "pass" for r in c.reasons]
    return (head, *detail)
