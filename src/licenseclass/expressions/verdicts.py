"""The verdict algebra: what an SPDX expression means for openness.

``OR`` is the licensee's choice, so its level is the best alternative; ``AND`` must all be
honoured, so its level is the worst; ``WITH`` applies the exception's typed effect (an
additional permission never lowers the level, a restricting addition such as the Commons
Clause lowers it to ``restricted`` at most); ``id+`` admits later versions, so its level is the
best of the id and the later versions of the same family the data knows.

Levels are ranked by :data:`licenseclass.core.model.LEVEL_RANK` (closed < unknown < restricted <
open). ``unknown`` sits below ``restricted`` on purpose: under ``AND`` a part nobody can read
may turn out to be closed, so ``MIT AND LicenseRef-Foo`` is unknown rather than open; under
``OR`` a known choice beats it, so ``MIT OR LicenseRef-Foo`` is open.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import Field, PlainSerializer, PlainValidator

from licenseclass.core.model import (
    LEVEL_RANK,
    ConditionKind,
    Frozen,
    Level,
    License,
    PolicyName,
    Reason,
    RestrictionKind,
    RightStatus,
    Verdict,
)
from licenseclass.core.registry import Registry, default_registry
from licenseclass.core.verdict import check_license_policy, limiting_restrictions, verdict
from licenseclass.errors import ArgumentTypeError, ExpressionTypeError
from licenseclass.expressions import _spdx
from licenseclass.expressions.parser import parse
from licenseclass.expressions.tree import (
    AdditionRef,
    And,
    ExceptionId,
    Expression,
    LicenseId,
    LicenseRef,
    Or,
    With,
    from_dict,
)

# What classify_expression takes besides a str: a tree from parse().
_NODES = (LicenseId, LicenseRef, With, And, Or)

# A versioned id: family stem, dotted version, optional GNU-style suffix.
_VERSIONED = re.compile(r"^(?P<stem>.+?)-(?P<version>\d+(?:\.\d+)*)(?P<tail>-only|-or-later)?$")


_STATUS_RANK: dict[RightStatus, int] = {
    "denied": 0,
    "unknown": 1,
    "restricted": 2,
    "conditional": 3,
    "granted": 4,
}


class Terms(Frozen):
    """What a licensee may do under a (sub-)expression: the three rights and what qualifies them.

    Under ``AND`` the rights are intersected (each takes the least open status) and the
    conditions and restrictions are joined; under ``OR`` they are those of the most open choice.
    ``restrictions`` lists only the kinds that limit use, modification or sharing.
    """

    use: RightStatus
    modify: RightStatus
    share: RightStatus
    conditions: tuple[ConditionKind, ...] = ()
    restrictions: tuple[RestrictionKind, ...] = ()


UNKNOWN_TERMS = Terms(use="unknown", modify="unknown", share="unknown")


# Terms of the entries seen so far, by object identity: building and validating the same Terms
# for every leaf of every expression would cost classify_expression about a tenth of its speed.
# The entry is kept with its terms, so its id() cannot be reused while cached; entries are
# immutable, so the terms never go stale.
_TERMS_OF: dict[int, tuple[License, Terms]] = {}
_MAX_TERMS_CACHED = 20_000


def terms_of(entry: License) -> Terms:
    """The terms of one license entry."""
    cached = _TERMS_OF.get(id(entry))
    if cached is not None and cached[0] is entry:
        return cached[1]
    if len(_TERMS_OF) >= _MAX_TERMS_CACHED:
        _TERMS_OF.clear()
    terms = _TERMS_OF[id(entry)] = (entry, _terms(entry))
    return terms[1]


def _terms(entry: License) -> Terms:
    return Terms(
        use=entry.rights.use.status,
        modify=entry.rights.modify.status,
        share=entry.rights.share.status,
        conditions=tuple(sorted({c.kind for c in entry.conditions})),
        restrictions=tuple(sorted({r.kind for _, r in limiting_restrictions(entry)})),
    )


def joined(parts: list[Terms]) -> Terms:
    """Terms that must all be honoured: rights intersected, conditions and restrictions joined."""

    def least(name: str) -> RightStatus:
        statuses: list[RightStatus] = [getattr(t, name) for t in parts]
        return min(statuses, key=_STATUS_RANK.__getitem__)

    return Terms(
        use=least("use"),
        modify=least("modify"),
        share=least("share"),
        conditions=tuple(sorted({c for t in parts for c in t.conditions})),
        restrictions=tuple(sorted({r for t in parts for r in t.restrictions})),
    )


class LeafVerdict(Frozen):
    """The verdict on one leaf of the tree (a license id or ref, possibly WITH an exception)."""

    expression: str
    level: Level
    known: bool
    verdict: Verdict
    terms: Terms


class Choice(Frozen):
    """One alternative of a top-level ``OR`` and its level; ``best`` marks the most open one."""

    expression: str
    level: Level
    best: bool


# --------------------------------------------------------------------------- the tree as JSON
# The expression tree stays a set of slotted dataclasses (parsing speed); these models only
# describe its JSON form (``to_dict``) so that the result's schema covers the tree too.


class TreeLicenseId(Frozen):
    type: Literal["license"]
    id: str
    or_later: bool = False


class TreeLicenseRef(Frozen):
    type: Literal["license-ref"]
    id: str
    document_ref: str | None = None


class TreeExceptionId(Frozen):
    type: Literal["exception"]
    id: str


class TreeAdditionRef(Frozen):
    type: Literal["addition-ref"]
    id: str
    document_ref: str | None = None


class TreeWith(Frozen):
    type: Literal["with"]
    license: Annotated[TreeLicenseId | TreeLicenseRef, Field(discriminator="type")]
    exception: Annotated[TreeExceptionId | TreeAdditionRef, Field(discriminator="type")]


class TreeAnd(Frozen):
    type: Literal["and"]
    args: tuple[TreeNode, ...] = Field(min_length=2)


class TreeOr(Frozen):
    type: Literal["or"]
    args: tuple[TreeNode, ...] = Field(min_length=2)


TreeNode = Annotated[
    TreeLicenseId | TreeLicenseRef | TreeWith | TreeAnd | TreeOr, Field(discriminator="type")
]


def _tree(value: object) -> Expression:
    """A tree as given, or rebuilt from its JSON form."""
    if isinstance(value, (LicenseId, LicenseRef, With, And, Or)):
        return value
    if isinstance(value, dict):
        return from_dict(value)
    raise ValueError(f"expected an expression tree or its JSON form, got {type(value).__name__}")


def _tree_json(node: Expression) -> dict[str, Any]:
    return node.to_dict()


ExpressionTree = Annotated[
    Expression,
    PlainValidator(_tree, json_schema_input_type=TreeNode),
    PlainSerializer(_tree_json, return_type=dict[str, Any]),
]


class ExpressionClassification(Frozen):
    """The verdict on a whole expression, with every ``OR`` choice kept and every leaf judged."""

    expression: str
    tree: ExpressionTree
    verdict: Verdict
    terms: Terms
    choices: tuple[Choice, ...]
    best_choice: str | None
    leaves: tuple[LeafVerdict, ...]
    unknown: tuple[str, ...]

    @property
    def level(self) -> Level:
        return self.verdict.level


def best(levels: list[Level]) -> Level:
    """The most open of ``levels`` (what an ``OR`` gives)."""
    return max(levels, key=LEVEL_RANK.__getitem__)


def worst(levels: list[Level]) -> Level:
    """The least open of ``levels`` (what an ``AND`` gives)."""
    return min(levels, key=LEVEL_RANK.__getitem__)


# A verdict together with the terms behind it.
_Judged = tuple[Verdict, Terms]


class _Evaluator:
    """Walks one tree; leaf verdicts are computed once per distinct leaf of this tree."""

    def __init__(self, registry: Registry, policy: PolicyName) -> None:
        self.registry = registry
        self.policy = policy
        self.leaves: dict[str, LeafVerdict] = {}
        self.unknown: dict[str, None] = {}  # insertion-ordered set
        self.choices: list[Level] = []  # levels of the top-level OR's args, when there is one

    def evaluate(self, node: Expression, top: bool = False) -> _Judged:
        if isinstance(node, (And, Or)):
            judged = [self.evaluate(a) for a in node.args]
            if top and isinstance(node, Or):
                self.choices = [v.level for v, _ in judged]
            return self.combine(node, judged)
        key = str(node)
        leaf = self.leaves.get(key)
        if leaf is None:
            leaf = self.leaves[key] = self.leaf(node)
        return leaf.verdict, leaf.terms

    def combine(self, node: And | Or, judged: list[_Judged]) -> _Judged:
        levels = [v.level for v, _ in judged]
        if isinstance(node, Or):
            level = best(levels)
            index = levels.index(level)
            head = (
                f"OR lets the licensee choose; the most open choice is {node.args[index]} ({level})"
            )
            deciding = [judged[index][0]]
            terms = judged[index][1]
        else:
            level = worst(levels)
            limiting = [str(a) for a, lv in zip(node.args, levels, strict=True) if lv == level]
            head = (
                f"AND means every part applies; the least open is {', '.join(limiting)} ({level})"
            )
            deciding = [v for v, _ in judged if v.level == level]
            terms = joined([t for _, t in judged])
        reasons = [Reason(message=head, kind="or" if isinstance(node, Or) else "and")]
        for v in deciding:
            reasons.extend(v.reasons)
        return Verdict(level=level, policy=self.policy, reasons=tuple(reasons)), terms

    def leaf(self, node: LicenseId | LicenseRef | With) -> LeafVerdict:
        if isinstance(node, With):
            base, known = self.simple(node.license)
            (result, terms), exception_known = self.with_exception(base, node.exception)
            return LeafVerdict(
                expression=str(node),
                level=result.level,
                known=known and exception_known,
                verdict=result,
                terms=terms,
            )
        (result, terms), known = self.simple(node)
        return LeafVerdict(
            expression=str(node), level=result.level, known=known, verdict=result, terms=terms
        )

    def simple(self, node: LicenseId | LicenseRef) -> tuple[_Judged, bool]:
        """The verdict on a license id or ref, and whether the data knows it."""
        entry = self.lookup(node.id)
        if entry is None and isinstance(node, LicenseId) and node.deprecated and node.successor:
            return self.evaluate(parse(node.successor)), True
        if entry is None or (isinstance(node, LicenseRef) and node.document_ref):
            self.unknown[str(node)] = None
            message = f"{node} is not in the license data; its terms cannot be judged"
            reason = Reason(message=message, license_id=str(node), kind="unknown")
            unknown = Verdict(level="unknown", policy=self.policy, reasons=(reason,))
            return (unknown, UNKNOWN_TERMS), False
        if isinstance(node, LicenseId) and node.or_later:
            entry, own = self.or_later(entry)
        else:
            own = verdict(entry, self.policy)
        if entry.id.casefold() != node.id.casefold() and not (
            isinstance(node, LicenseId) and node.or_later
        ):  # found by alias: say so
            message = f"{node.id} is not an id; read as {entry.id}, an alias in the license data"
            alias = Reason(message=message, license_id=entry.id, kind="alias")
            own = own.model_copy(update={"reasons": (alias, *own.reasons)})
        return (own, terms_of(entry)), True

    def or_later(self, entry: License) -> tuple[License, Verdict]:
        """``X+``: the best of X and the later versions of its family that the data knows."""
        options = [(entry, verdict(entry, self.policy))]
        for later in later_versions(entry.id):
            found = self.lookup(later)
            if found is not None:
                options.append((found, verdict(found, self.policy)))
        level = best([v.level for _, v in options])
        chosen, chosen_verdict = next(o for o in options if o[1].level == level)
        names = ", ".join(e.id for e, _ in options[1:]) or "none known"
        message = (
            f"{entry.id}+ admits later versions ({names}); the most open is {chosen.id} ({level})"
        )
        reasons = (Reason(message=message, license_id=entry.id, kind="or-later"),)
        return chosen, Verdict(
            level=level, policy=self.policy, reasons=reasons + chosen_verdict.reasons
        )

    def with_exception(
        self, base: _Judged, exception: ExceptionId | AdditionRef
    ) -> tuple[_Judged, bool]:
        """Apply an exception's typed effect to the verdict on its license."""
        base_verdict, base_terms = base
        entry = self.lookup(exception.id)
        effect = entry.exception_effect if entry is not None else None
        if effect is None and entry is not None and exception.id.lower() in _spdx.EXCEPTIONS:
            effect = "additional-permission"  # what the SPDX exception list is made of
        if effect is None or entry is None:
            self.unknown[str(exception)] = None
            level = worst([base_verdict.level, "unknown"])
            message = f"the effect of exception {exception} is not known"
            reason = Reason(message=message, license_id=str(exception), kind="unknown")
            terms = joined([base_terms, UNKNOWN_TERMS])
            return (self.adjusted(base_verdict, level, (reason,)), terms), False
        if effect == "additional-permission":
            message = f"{entry.id} adds permissions; it cannot lower the level"
            reason = Reason(message=message, license_id=entry.id, kind="additional-permission")
            return (self.adjusted(base_verdict, base_verdict.level, (reason,)), base_terms), True
        level = worst([base_verdict.level, "restricted"])
        message = f"{entry.id} restricts the license it is attached to"
        reason = Reason(message=message, license_id=entry.id, kind="restriction")
        restricting = tuple(
            r for r in verdict(entry, self.policy).reasons if r.kind not in ("granted", "unknown")
        )
        terms = joined([base_terms, terms_of(entry)])
        return (self.adjusted(base_verdict, level, (reason, *restricting)), terms), True

    def adjusted(self, base: Verdict, level: Level, first: tuple[Reason, ...]) -> Verdict:
        return Verdict(level=level, policy=self.policy, reasons=(*first, *base.reasons))

    def lookup(self, key: str) -> License | None:
        """An entry by exact id, else by a unique alias (``Commons-Clause``)."""
        return self.registry.find(key)


def later_versions(license_id: str) -> list[str]:
    """SPDX ids of the same family as ``license_id`` with a higher version, oldest first.

    ``CC-BY-NC-3.0`` -> ``CC-BY-NC-4.0``; ``GPL-2.0`` -> ``GPL-3.0``, ``GPL-3.0-only``,
    ``GPL-3.0-or-later``. Ported variants (``CC-BY-NC-3.0-DE``) have no family.
    """
    match = _VERSIONED.match(license_id)
    if match is None:
        return []
    stem = match["stem"].lower()
    version = _version_key(match["version"])
    found: list[tuple[tuple[int, ...], str]] = []
    for key, (canonical, _) in _spdx.LICENSES.items():
        other = _VERSIONED.match(key)
        if other is None or other["stem"] != stem or key.endswith("+"):
            continue
        other_version = _version_key(other["version"])
        if other_version > version:
            found.append((other_version, canonical))
    return [name for _, name in sorted(found)]


def _version_key(text: str) -> tuple[int, ...]:
    parts = [int(p) for p in text.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()  # 3 and 3.0 are the same version
    return tuple(parts)


def classify_expression(
    expr: str | Expression,
    policy: PolicyName = "article",
    registry: Registry | None = None,
    *,
    strict: bool = False,
) -> ExpressionClassification:
    """Classify an SPDX expression: the level of the whole, each ``OR`` choice and each leaf.

    Text is parsed leniently by default (``strict=False``): unknown ids and refs become
    ``unknown`` leaves and are listed in ``unknown``, and an exception written by an alias
    (``Apache-2.0 WITH Commons-Clause``) is resolved through the registry. Syntax errors raise
    :class:`licenseclass.errors.InvalidExpressionError`; an ``expr`` that is neither a ``str``
    nor a tree from :func:`~licenseclass.parse` raises
    :class:`~licenseclass.errors.ExpressionTypeError`.
    """
    if not isinstance(expr, (str, *_NODES)):
        raise ExpressionTypeError("classify_expression", "expr", expr, "a str or a parsed tree")
    if registry is not None and not isinstance(registry, Registry):
        raise ArgumentTypeError("classify_expression", "registry", registry, "a Registry or None")
    policy = check_license_policy(policy, "a license expression")
    tree = parse(expr, strict) if isinstance(expr, str) else expr
    evaluator = _Evaluator(registry or default_registry(), policy)
    result, terms = evaluator.evaluate(tree, top=True)
    choices: tuple[Choice, ...] = ()
    best_choice = None
    if isinstance(tree, Or):
        levels = evaluator.choices
        first_best = levels.index(best(levels))  # the earliest of equally open choices
        best_choice = str(tree.args[first_best])
        choices = tuple(
            Choice(expression=str(a), level=lv, best=i == first_best)
            for i, (a, lv) in enumerate(zip(tree.args, levels, strict=True))
        )
    return ExpressionClassification(
        expression=str(tree),
        tree=tree,
        verdict=result,
        terms=terms,
        choices=choices,
        best_choice=best_choice,
        leaves=tuple(evaluator.leaves.values()),
        unknown=tuple(evaluator.unknown),
    )
