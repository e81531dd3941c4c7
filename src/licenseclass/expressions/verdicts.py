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

import itertools
import operator
import re
import weakref
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Annotated, Any, Literal, NamedTuple, TypeVar

from pydantic import BaseModel, Field, PlainSerializer, PlainValidator

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
from licenseclass.core.verdict import (
    LICENSE_POLICIES,
    check_license_policy,
    limiting_restrictions,
    verdict,
)
from licenseclass.errors import ArgumentTypeError, ExpressionTypeError
from licenseclass.expressions import _spdx
from licenseclass.expressions.parser import _EXCEPTION_LEAVES, _LICENSE_LEAVES, MAX_DEPTH, parse
from licenseclass.expressions.tree import (
    AdditionRef,
    And,
    ExceptionId,
    Expression,
    Leaf,
    LicenseId,
    LicenseRef,
    Or,
    With,
    from_dict,
)

# The policies a license expression can be judged by.
_LICENSE_POLICIES = frozenset(LICENSE_POLICIES)
# What classify_expression takes besides a str: a tree from parse().
_NODES = (LicenseId, LicenseRef, With, And, Or)
_TAKEN = (str, *_NODES)

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
    return _kept(_TERMS_OF, id(entry), (entry, _terms(entry)), _MAX_TERMS_CACHED)[1]


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

    # The docstring is the schema's description. classify_expression leaves the tree, verdict,
    # terms, choices and leaves of an AND or OR pending, each made when first read (most
    # callers read the level, some the verdict too); attributes, dumps, equality, hashing,
    # repr, copies and pickles see the same values as if they had been made at once.

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
        pending = _get_dict(self).get(_PENDING)
        return self.verdict.level if pending is None else pending[0][1]

    if not TYPE_CHECKING:
        # Every reader of the fields outside this module (pydantic's serialisers, equality,
        # hashing, repr, copying, pickling, vars()) goes through the __dict__ attribute, which
        # makes every pending field first; reading a field that is not in the instance dict
        # yet comes to its _PendingField on the class, which makes that one.
        @property
        def __dict__(self) -> dict[str, Any]:
            return _filled(self)

        @__dict__.setter
        def __dict__(self, values: dict[str, Any]) -> None:
            _set_dict(self, values)


def best(levels: list[Level]) -> Level:
    """The most open of ``levels`` (what an ``OR`` gives)."""
    return max(levels, key=LEVEL_RANK.__getitem__)


def worst(levels: list[Level]) -> Level:
    """The least open of ``levels`` (what an ``AND`` gives)."""
    return min(levels, key=LEVEL_RANK.__getitem__)


# --------------------------------------------------------------------------- judging a tree
# Speed matters here as in the parser: classify_expression is called for every declaration of
# a package index. So each distinct leaf is judged once per registry and policy and its facts
# are kept (never a whole expression: every expression is still read and combined on each
# call), operators are combined on plain tuples, and the result models are assembled from
# values built here without being validated again.

# A judged operand: level rank, level, reasons, terms (None for an AND, or an OR that chose
# one: joined when asked for), canonical text, that text as an operand of AND (in parentheses
# for an OR), and for an AND or OR what decided its level: whether it is an OR, and its most
# open operand (OR) or all its operands (AND). Inner nodes get no Verdict of their own, and
# their reasons (empty in the tuple) are written only for the nodes that decide the whole
# tree's level (_reasons), once the whole is judged and its verdict is read.
_Part = tuple[
    int, Level, tuple[Reason, ...], "Terms | None", str, str, "tuple[bool, list[_Part]] | None"
]
# An operand as read: a leaf's node and judgement; or the kind of an AND or OR (its node is made
# only when the tree is asked for, by _tree_of), its judgement once it is known not to be
# flattened into a parent of the same kind (None until then), and its operands.
_Item = tuple["Leaf | type[And] | type[Or]", "_Part | None", "Sequence[_Item]"]


class _Facts(NamedTuple):
    """What one leaf means under one registry and policy, learnt once and then reused.

    ``side`` lists the leaves judged on the way, in order (a deprecated id is judged as its
    successor, whose leaves then appear in the result too); ``unknown`` what the leaf adds to
    the result's ``unknown``; ``plain`` says there is neither. ``alone`` holds the fields of the
    result for the leaf as a whole expression (the commonest declaration is one id), copied
    for each such result.
    """

    text: str
    item: tuple[Leaf, _Part, tuple[()]]
    leaf: LeafVerdict
    side: tuple[tuple[str, _Facts], ...]
    unknown: tuple[str, ...]
    plain: bool
    alone: dict[str, Any]


# Leaf facts by registry, then policy, then the leaf's canonical text; with them the same facts
# by the spelling of a known SPDX id as written ("mit"), for the reading of plain leaves. A
# registry's data does not change once loaded, so the facts never go stale; the weak keys drop
# the facts of a registry nobody holds.
_Tables = tuple[dict[str, _Facts], dict[str, _Facts]]
_LEAF_TABLES: weakref.WeakKeyDictionary[Registry, dict[PolicyName, _Tables]] = (
    weakref.WeakKeyDictionary()
)
_DEFAULT_TABLES: dict[PolicyName, _Tables] = {}
# A leaf table holds at most this many leaves (lenient reading keeps unknown ids as leaves, so
# their number has no other bound): the ids of the SPDX list with and without '+' and a few
# thousand license-exception pairs fit. A full table takes about 40 MB, and a tenth more with
# the result fields each leaf keeps for itself alone (_Facts.alone).
_MAX_LEAVES = 16_384
# The same for the smaller caches of joined and shared terms (a few MB at most when full).
_MAX_PIECES = 4096


def _leaf_tables(registry: Registry, policy: PolicyName) -> _Tables:
    if registry is default_registry():  # the usual case, without a weak reference per call
        tables = _DEFAULT_TABLES
    else:
        tables = _LEAF_TABLES.get(registry) or _LEAF_TABLES.setdefault(registry, {})
    found = tables.get(policy)
    if found is None:
        found = tables[policy] = ({}, {})
    return found


# The level rank of a judged operand, as a key for min() and max().
_rank: Callable[[_Part], int] = operator.itemgetter(0)

_K = TypeVar("_K")
_V = TypeVar("_V")


def _kept(cache: dict[_K, _V], key: _K, value: _V, limit: int) -> _V:
    """Store ``value``; a full cache first forgets its older half (dicts keep insertion order),
    so that a stream of new keys cannot flush the ones in use all at once."""
    if len(cache) >= limit:
        for old in list(itertools.islice(cache, len(cache) // 2)):
            cache.pop(old, None)
    cache[key] = value
    return value


# Terms joined under AND, keyed by the identities of the joined terms (joining is a function
# of the set of its parts). The parts are kept with the result so that their ids stay theirs.
# Every judged operand carries one shared Terms object per distinct value (_TERMS), so the keys
# come from the few hundred distinct terms of the data, not from every expression.
_JOINED: dict[frozenset[int], tuple[tuple[Terms, ...], Terms]] = {}
_TERMS: dict[tuple[object, ...], Terms] = {}


def _joined(parts: list[Terms]) -> Terms:
    key = frozenset(map(id, parts))
    hit = _JOINED.get(key)
    if hit is None:
        hit = _kept(_JOINED, key, (tuple(parts), _shared(joined(parts))), _MAX_PIECES)
    return hit[1]


def _shared(terms: Terms) -> Terms:
    """The one Terms object kept for the value of ``terms``."""
    value = (terms.use, terms.modify, terms.share, terms.conditions, terms.restrictions)
    return _TERMS.get(value) or _kept(_TERMS, value, terms, _MAX_PIECES)


# The slots every pydantic model has, set through their descriptors (quicker than
# object.__setattr__, which looks each name up first).
_get_dict = BaseModel.__dict__["__dict__"].__get__
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__
_M = TypeVar("_M", bound=BaseModel)


_new = object.__new__


def _trusted(model: type[_M], values: dict[str, Any], given: set[str]) -> _M:
    """A model made of values this module built from validated ones (``model_construct``
    without its per-field work); ``given`` is what ``model_fields_set`` reports. The models
    are frozen, and pydantic copies the set before changing it (``model_copy``), so one set
    serves every model of a kind."""
    made = _new(model)
    _set_dict(made, values)
    _set_fields_set(made, given)
    _set_extra(made, None)
    _set_private(made, None)
    return made


_REASON_SET = {"message", "kind"}
_VERDICT_SET = {"level", "policy", "reasons"}
_CHOICE_SET = {"expression", "level", "best"}
_RESULT_SET = {
    "expression", "tree", "verdict", "terms", "choices", "best_choice", "leaves", "unknown"
}  # fmt: skip


def _reason(message: str, kind: Literal["and", "or"]) -> Reason:
    # Not cached: the messages name sub-expressions, too varied for a bounded cache to hit.
    values: dict[str, Any] = {
        "message": message,
        "license_id": None,
        "item": None,
        "kind": kind,
        "evidence": (),
    }
    return _trusted(Reason, values, _REASON_SET)


def _verdict(level: Level, policy: PolicyName, reasons: tuple[Reason, ...]) -> Verdict:
    values = {"level": level, "policy": policy, "reasons": reasons, "criteria": ()}
    return _trusted(Verdict, values, _VERDICT_SET)


def _reasons(part: _Part) -> tuple[Reason, ...]:
    """The reasons for the level of a judged operand: an OR's most open choice, or the least
    open parts of an AND, each followed by its own reasons."""
    decided = part[6]
    if decided is None:
        return part[2]
    is_or, deciding = decided
    if is_or:
        chosen = deciding[0]
        head = f"OR lets the licensee choose; the most open choice is {chosen[4]} ({part[1]})"
        return (_reason(head, "or"), *(chosen[2] if chosen[6] is None else _reasons(chosen)))
    limiting = [p for p in deciding if p[0] == part[0]]
    named = ", ".join([p[4] for p in limiting])
    head = f"AND means every part applies; the least open is {named} ({part[1]})"
    reasons = [_reason(head, "and")]
    for p in limiting:  # a leaf's reasons taken here rather than by a call (most parts are)
        reasons.extend(p[2] if p[6] is None else _reasons(p))
    return tuple(reasons)


class _Walk:
    """Judges one tree bottom-up, each distinct leaf once (from the leaf table when known)."""

    __slots__ = ("leaves", "policy", "registry", "spelled", "table", "unknown")

    def __init__(self, registry: Registry, policy: PolicyName) -> None:
        self.registry = registry
        self.policy = policy
        self.table, self.spelled = _leaf_tables(registry, policy)
        self.leaves: dict[str, _Facts] = {}
        self.unknown: dict[str, None] = {}  # insertion-ordered set

    def judge(self, node: Expression) -> _Part:
        if isinstance(node, (And, Or)):
            return _combine(type(node), [self.judge(a) for a in node.args])
        return self.leaf(node, str(node)).item[1]

    def leaf(self, node: Leaf, text: str) -> _Facts:
        facts = self.leaves.get(text)
        if facts is None:
            facts = self.table.get(text)
            if facts is None or (facts.item[0] is not node and facts.item[0] != node):
                # new, or learnt for a hand-built leaf that only prints alike (LicenseRef("MIT"))
                facts = _learn(node, text, self.registry, self.policy)
            self.add(text, facts)
        return facts

    def add(self, text: str, facts: _Facts) -> None:
        """Count a leaf in, after the leaves judged on its way."""
        leaves = self.leaves
        for key, side in facts.side:
            if key not in leaves:
                leaves[key] = side
        leaves[text] = facts
        for name in facts.unknown:
            self.unknown[name] = None

    def verdict(self, node: Expression) -> tuple[Verdict, Terms]:
        """The verdict on ``node`` and the terms behind it."""
        if isinstance(node, (And, Or)):
            part = self.judge(node)
            return _verdict(part[1], self.policy, _reasons(part)), _terms_of(part)
        facts = self.leaf(node, str(node))
        return facts.leaf.verdict, facts.leaf.terms


def _combine(kind: type[And] | type[Or], parts: list[_Part]) -> _Part:
    """The judgement of an AND or OR from those of its operands (its terms are joined only
    when asked for, by :func:`_terms_of`)."""
    if kind is Or:
        first = max(parts, key=_rank)  # the first of the most open
        whole = " OR ".join([p[4] for p in parts])
        return first[0], first[1], (), first[3], whole, f"({whole})", (True, [first])
    low = min(parts, key=_rank)  # the first of the least open
    whole = " AND ".join([p[5] for p in parts])
    return low[0], low[1], (), None, whole, whole, (False, parts)


def _terms_of(part: _Part) -> Terms:
    """The terms of a judged operand: its own (a leaf), its chosen one's (OR), or those of its
    operands joined (AND)."""
    terms = part[3]
    if terms is not None:
        return terms
    decided = part[6]
    assert decided is not None  # only an AND or an OR over an AND has no terms yet
    is_or, deciding = decided
    if is_or:
        return _terms_of(deciding[0])
    return _joined([_terms_of(p) for p in deciding])


def _learn(node: Leaf, text: str, registry: Registry, policy: PolicyName) -> _Facts:
    """Judge one leaf afresh and remember what it means."""
    walk = _Walk(registry, policy)
    leaf = _LeafJudge(walk).leaf(node)
    terms = _shared(leaf.terms)
    part = (LEVEL_RANK[leaf.level], leaf.level, leaf.verdict.reasons, terms, text, text, None)
    unknown = tuple(walk.unknown)
    alone = {
        "expression": text,
        "tree": node,
        "verdict": leaf.verdict,
        "terms": leaf.terms,
        "choices": (),
        "best_choice": None,
        # What _Walk.add puts in a result's leaves: the leaves judged on the way, then this one.
        "leaves": (*[side.leaf for side in walk.leaves.values()], leaf),
        "unknown": unknown,
    }
    facts = _Facts(
        text=text,
        item=(node, part, ()),
        leaf=leaf,
        side=tuple(walk.leaves.items()),
        unknown=unknown,
        plain=not walk.leaves and not walk.unknown,
        alone=alone,
    )
    return _kept(walk.table, text, facts, _MAX_LEAVES)


# --------------------------------------------------------------------------- fast reading
# classify_expression reads the usual expression (known ids, exceptions and operators in upper
# or lower case, balanced parentheses) in one pass that parses and judges together; anything
# else, from a LicenseRef to a syntax error, goes to parse(), which builds the same tree and
# reports errors. tests/expressions/property/test_fast_reading.py checks that both agree.

# Known license ids (and id+) by their lower-case spelling, with their canonical text.
_LICENSE_TOKENS = {key: (node, str(node)) for key, node in _LICENSE_LEAVES.items()}
_AND_TOKENS = frozenset({"AND", "and"})
_OR_TOKENS = frozenset({"OR", "or"})
# What joins a license and its exception into one token (refused in the text itself).
_JOINT = "\0"
_OPERATORS = _AND_TOKENS | _OR_TOKENS


def _closed(kind: type[And] | type[Or], items: list[_Item]) -> _Item:
    """Two or more operands of one chain as an operand: operands of the same kind are flattened
    into it, and the others, which can no longer be flattened anywhere, are judged now (so the
    tree is judged in the one reading, each node once, without a second walk)."""
    for item in items:
        if item[1] is None:  # an AND or OR, to flatten or judge
            break
    else:  # all leaves or judged, the usual case
        return kind, None, items
    flat: list[_Item] = []
    for item in items:
        head = item[0]
        if head is kind:
            flat.extend(item[2])
        elif item[1] is None:  # an AND or OR of the other kind, judged now
            operands = item[2]
            parts: list[Any] = [operand[1] for operand in operands]  # judged by now
            flat.append((head, _combine(head, parts), operands))  # type: ignore[arg-type]
        else:
            flat.append(item)
    return kind, None, flat


def _read(text: str, walk: _Walk) -> _Item | None:
    """The tree of ``text`` with its leaves judged, or None when it is not a usual expression."""
    if not text.isascii() or _JOINT in text:
        return None
    # A license WITH an exception, written with one space each side of the operator, becomes
    # one token (joined by _JOINT), so that a known pair is one look-up. Any other WITH stays a
    # token, which the reader declines (parse() reads or refuses it).
    if "WITH" in text or "with" in text:
        text = text.replace(" WITH ", _JOINT).replace(" with ", _JOINT)
    # One known id (or license WITH exception) as written, the commonest declaration.
    facts = walk.spelled.get(text)
    if facts is not None:
        walk.leaves[facts[0]] = facts
        return facts[1]
    return _read_tokens(text, walk)


def _read_tokens(text: str, walk: _Walk) -> _Item | None:
    """:func:`_read` for a text that is not one leaf already known as written (each license
    WITH its exception joined into one token by now)."""
    if "(" not in text:
        tokens = text.split()
        if len(tokens) % 2:
            flat = _read_flat(tokens, walk)
            if flat is not None:
                return flat
    else:
        tokens = text.replace("(", " ( ").replace(")", " ) ").split()
    spelled, leaves = walk.spelled.get, walk.leaves
    and_tokens, or_tokens = _AND_TOKENS, _OR_TOKENS
    stack: list[tuple[list[_Item], list[_Item]]] = []
    ors: list[_Item] = []  # the finished AND chains of the current group
    ands: list[_Item] = []  # the operands of the current AND chain
    operand = True  # an operand comes next
    for token in tokens:
        if operand:
            facts = spelled(token)  # never "(": only license tokens are kept
            if facts is not None:
                leaves[facts[0]] = facts  # a plain leaf (its text): nothing else to count in
            elif token == "(":
                if len(stack) >= MAX_DEPTH:
                    return None
                stack.append((ors, ands))
                ors, ands = [], []
                continue
            else:
                facts = _read_leaf(walk, token)
                if facts is None:
                    return None
            ands.append(facts[1])  # its item
            operand = False
        elif token in and_tokens:
            operand = True
        elif token in or_tokens:
            ors.append(ands[0] if len(ands) == 1 else _or_operand(ands))
            ands = []
            operand = True
        elif token == ")" and stack:
            if ors:
                ors.append(ands[0] if len(ands) == 1 else _or_operand(ands))
                item = _closed(Or, ors)
            else:
                item = ands[0] if len(ands) == 1 else _closed(And, ands)
            ors, ands = stack.pop()
            ands.append(item)
        else:
            return None
    return None if operand or stack else _group(ors, ands)


def _group(ors: list[_Item], ands: list[_Item]) -> _Item:
    """The operand made of a group's finished AND chains and its last one."""
    if not ors:
        return ands[0] if len(ands) == 1 else _closed(And, ands)
    ors.append(ands[0] if len(ands) == 1 else _or_operand(ands))
    return _closed(Or, ors)


def _or_operand(ands: list[_Item]) -> _Item:
    """An AND chain of two or more operands that is an operand of an OR, judged at once (an
    AND under an OR is never flattened into another AND), so that the OR finds it judged."""
    return _and_of(_closed(And, ands)[2])  # type: ignore[arg-type]


def _read_flat(tokens: list[str], walk: _Walk) -> _Item | None:
    """The tree of known plain leaves joined by operators, without parentheses (about a third
    of what package indexes declare), read without the general loop; None for anything else."""
    if not _OPERATORS.issuperset(tokens[1::2]):
        return None
    spelled = walk.spelled
    found: list[_Facts] = []
    for token in tokens[0::2]:
        facts = spelled.get(token)
        if facts is None:
            return None
        found.append(facts)
    leaves = walk.leaves
    for facts in found:
        leaves[facts.text] = facts
    ors: list[_Item] = []
    ands: list[_Item] = [found[0].item]
    for i in range(1, len(found)):
        if tokens[2 * i - 1] in _OR_TOKENS:
            ors.append(ands[0] if len(ands) == 1 else _and_of(ands))
            ands = [found[i].item]
        else:
            ands.append(found[i].item)
    if not ors:
        return ands[0] if len(ands) == 1 else (And, None, ands)
    ors.append(ands[0] if len(ands) == 1 else _and_of(ands))
    return Or, None, ors


def _and_of(items: list[_Item]) -> _Item:
    """Judged operands none of which is an AND, as one judged AND."""
    parts: list[Any] = [item[1] for item in items]
    return And, _combine(And, parts), items


def _tree_of(item: _Item) -> Expression:
    """The tree of an operand as read: a leaf's node, or an AND or OR node made of its
    operands' trees."""
    head = item[0]
    operands = item[2]
    if not operands:  # a leaf (an AND or OR has two operands or more)
        return head  # type: ignore[return-value]
    # The leaves' nodes taken here rather than by a call each: most operands are leaves.
    args = tuple([o[0] if not o[2] else _tree_of(o) for o in operands])
    return _node(head, args)  # type: ignore[arg-type]


# A chain node made from operands already checked, through the slot of its frozen dataclass
# (its __init__ would set the one field through object.__setattr__, at twice the cost).
_SET_ARGS = {And: And.__dict__["args"].__set__, Or: Or.__dict__["args"].__set__}


def _node(kind: type[And] | type[Or], args: tuple[Expression, ...]) -> And | Or:
    made = _new(kind)
    _SET_ARGS[kind](made, args)
    return made


def _read_leaf(walk: _Walk, token: str) -> _Facts | None:
    """The facts of the known license id ``token``, or of a license and exception joined by
    _JOINT; None when they are not known ids. Plain facts are kept by the token as written."""
    license_token, joint, exception_token = token.partition(_JOINT)
    found = _LICENSE_TOKENS.get(license_token.lower())
    if found is None:
        return None
    license, key = found
    if not joint:
        facts = walk.leaf(license, key)
    else:
        exception = _EXCEPTION_LEAVES.get(exception_token.lower())
        if exception is None:  # not an exception, or a second WITH
            return None
        key = f"{key} WITH {exception.id}"
        known = walk.leaves.get(key) or walk.table.get(key)  # then its node is made already
        facts = walk.leaf(With(license, exception) if known is None else known.item[0], key)
    if facts.plain:
        _kept(walk.spelled, token, facts, _MAX_LEAVES)
    return facts


class _LeafJudge:
    """The verdict on one leaf, from the license data (run once per leaf, registry and policy)."""

    def __init__(self, walk: _Walk) -> None:
        self.walk = walk
        self.registry = walk.registry
        self.policy = walk.policy

    def leaf(self, node: Leaf) -> LeafVerdict:
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

    def simple(self, node: LicenseId | LicenseRef) -> tuple[tuple[Verdict, Terms], bool]:
        """The verdict on a license id or ref, and whether the data knows it."""
        entry = self.lookup(node.id)
        if entry is None and isinstance(node, LicenseId) and node.deprecated and node.successor:
            return self.walk.verdict(parse(node.successor)), True
        if entry is None or (isinstance(node, LicenseRef) and node.document_ref):
            self.walk.unknown[str(node)] = None
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
        self, base: tuple[Verdict, Terms], exception: ExceptionId | AdditionRef
    ) -> tuple[tuple[Verdict, Terms], bool]:
        """Apply an exception's typed effect to the verdict on its license."""
        base_verdict, base_terms = base
        entry = self.lookup(exception.id)
        effect = entry.exception_effect if entry is not None else None
        if effect is None and entry is not None and exception.id.lower() in _spdx.EXCEPTIONS:
            effect = "additional-permission"  # what the SPDX exception list is made of
        if effect is None or entry is None:
            self.walk.unknown[str(exception)] = None
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
    if not isinstance(expr, _TAKEN):
        raise ExpressionTypeError("classify_expression", "expr", expr, "a str or a parsed tree")
    if registry is not None and not isinstance(registry, Registry):
        raise ArgumentTypeError("classify_expression", "registry", registry, "a Registry or None")
    if type(policy) is not str or policy not in _LICENSE_POLICIES:  # else it is its own name
        policy = check_license_policy(policy, "a license expression")
    walk = _Walk(registry or default_registry(), policy)
    read = _read(expr, walk) if isinstance(expr, str) and not strict else None
    if read is None:
        walk = _Walk(walk.registry, policy)  # forget what a partial reading judged
        tree = parse(expr, strict) if isinstance(expr, str) else expr
        parts = [walk.judge(a) for a in tree.args] if isinstance(tree, (And, Or)) else []
        single = None if parts else walk.judge(tree)
        return _classification(tree, parts, single, walk)
    head, single, args = read
    if single is None:
        assert isinstance(head, type)
        judged: list[Any] = [item[1] for item in args]  # judged by the time the reading ends
        return _classification(read, judged, None, walk)
    assert not isinstance(head, type)
    return _classification(head, [], single, walk)


def _classification(
    tree: Expression | _Item, parts: list[_Part], single: _Part | None, walk: _Walk
) -> ExpressionClassification:
    """The result for ``tree`` (or an AND or OR as read, its tree made when asked for):
    ``parts`` judges the operands of an AND or OR, ``single`` a leaf. An AND or OR leaves its
    tree, verdict, terms, choices and leaves pending (:func:`_filled`)."""
    if single is None:
        kind = tree[0] if isinstance(tree, tuple) else type(tree)
        assert kind is And or kind is Or
        whole = _combine(kind, parts)
        best_choice = None
        first_best = -1
        if kind is Or:
            chosen = whole[6][1][0]  # type: ignore[index]  # the earliest of the most open
            # The parts before it rank lower, so they differ from it in their first item.
            first_best = parts.index(chosen)
            best_choice = chosen[4]
        values: dict[str, Any] = {
            "expression": whole[4],
            "best_choice": best_choice,
            "unknown": tuple(walk.unknown),
            _PENDING: (whole, parts, first_best, walk.leaves, walk.policy, tree),
        }
    else:  # one leaf, and only the leaves judged for it in walk (see _Facts.alone)
        assert not isinstance(tree, tuple)
        values = walk.leaves[single[4]].alone.copy()
        values["tree"] = tree  # the node given, which may be a copy of the one learnt
    # _trusted, written out: this runs once per expression.
    made = _new(ExpressionClassification)
    _set_dict(made, values)
    _set_fields_set(made, _RESULT_SET)
    _set_extra(made, None)
    _set_private(made, None)
    return made


# Where a result keeps what its pending fields are made from: the judgement of the whole, those
# of its operands, the index of the best choice (-1 for an AND), the leaves, the policy, and the
# tree or the AND or OR as read. The key is no field name, so no serialiser or repr sees it
# (they read the filled __dict__).
_PENDING = "(pending)"
_Pending = tuple[_Part, list[_Part], int, dict[str, _Facts], PolicyName, "Expression | _Item"]
# No lock: a pending field is put into the instance dict with dict.setdefault, which is atomic,
# so threads that make one field at once all get the object stored first (the makers are pure:
# the others' objects are equal and dropped). A lock cost about as much as making a small field.


def _filled(result: ExpressionClassification) -> dict[str, Any]:
    """The fields of ``result``, its pending ones made now, in the order of the fields (as repr
    and iteration show them)."""
    values: dict[str, Any] = _get_dict(result)
    pending = values.get(_PENDING)
    if pending is None:
        return values
    for name, make in _MAKERS.items():
        if name not in values:
            values.setdefault(name, make(pending))
    # Every field is in the old dict before the new one is made from it, so a thread still
    # making a field in the old dict finds it there (_PendingField.__get__).
    filled = {name: values[name] for name in _FIELD_ORDER}
    _set_dict(result, filled)
    return filled


_FIELD_ORDER = tuple(ExpressionClassification.model_fields)


def _pending_tree(pending: _Pending) -> Expression:
    tree = pending[5]
    return _tree_of(tree) if isinstance(tree, tuple) else tree


def _pending_verdict(pending: _Pending) -> Verdict:
    whole = pending[0]
    return _verdict(whole[1], pending[4], _reasons(whole))


def _pending_terms(pending: _Pending) -> Terms:
    return _terms_of(pending[0])


def _pending_choices(pending: _Pending) -> tuple[Choice, ...]:
    first_best = pending[2]
    if first_best < 0:  # an AND
        return ()
    return tuple([_choice(p, i == first_best) for i, p in enumerate(pending[1])])


def _pending_leaves(pending: _Pending) -> tuple[LeafVerdict, ...]:
    return tuple(map(_leaf_of, pending[3].values()))


_leaf_of: Callable[[_Facts], LeafVerdict] = operator.attrgetter("leaf")


# How each pending field is made.
_MAKERS: dict[str, Callable[[_Pending], Any]] = {
    "tree": _pending_tree,
    "verdict": _pending_verdict,
    "terms": _pending_terms,
    "choices": _pending_choices,
    "leaves": _pending_leaves,
}


class _PendingField:
    """A field of ExpressionClassification that an AND or OR result makes when first read.

    It is a non-data descriptor on the class, so a value in the instance dict (a made or a
    validated field) is found first, by Python itself; only a field still pending comes here.
    (A __getattr__ is reached only after the failed look-up has raised and caught an
    AttributeError, a cost paid on every first read.)
    """

    __slots__ = ("make", "name")

    def __init__(self, name: str, make: Callable[[_Pending], Any]) -> None:
        self.name = name
        self.make = make

    def __get__(self, result: ExpressionClassification | None, owner: type | None = None) -> Any:
        if result is not None:
            values = _get_dict(result)
            name = self.name
            if name in values:  # made meanwhile by another thread
                return values[name]
            pending = values.get(_PENDING)
            if pending is not None:  # threads at once all get the first one stored
                return values.setdefault(name, self.make(pending))
        # A class, or a model without the field (model_construct): pydantic's __getattr__,
        # which Python calls next, says what is missing.
        raise AttributeError(self.name)


for _name, _make in _MAKERS.items():
    setattr(ExpressionClassification, _name, _PendingField(_name, _make))


# The Choice of a leaf operand of a top-level OR, by its text, level and mark (frozen, so shared).
_LEAF_CHOICES: dict[tuple[str, Level, bool], Choice] = {}


def _choice(part: _Part, first: bool) -> Choice:
    if part[6] is not None:  # a sub-expression: too varied for a bounded cache to hit
        values = {"expression": part[4], "level": part[1], "best": first}
        return _trusted(Choice, values, _CHOICE_SET)
    key = (part[4], part[1], first)
    found = _LEAF_CHOICES.get(key)
    if found is None:
        values = {"expression": part[4], "level": part[1], "best": first}
        found = _kept(_LEAF_CHOICES, key, _trusted(Choice, values, _CHOICE_SET), _MAX_LEAVES)
    return found
