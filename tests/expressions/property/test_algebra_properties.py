"""Properties of the verdict algebra: OR is the best, AND the worst, both commutative and
associative, for generated sub-expressions over licenses of every level in the built-in data."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from licenseclass.core.model import Level, PolicyName
from licenseclass.expressions.tree import (
    And,
    ExceptionId,
    Expression,
    LicenseId,
    LicenseRef,
    Or,
    With,
)
from licenseclass.expressions.verdicts import best, classify_expression, worst

pytestmark = pytest.mark.property

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Leaves whose verdicts cover open, restricted, closed and unknown in the built-in data.
_POOL: list[Expression] = [
    LicenseId("MIT"),
    LicenseId("GPL-2.0", or_later=True),
    LicenseId("CC-BY-NC-4.0"),
    LicenseId("CC-BY-NC-3.0", or_later=True),
    LicenseId("BUSL-1.1"),
    LicenseId("NONE"),
    LicenseRef("LicenseRef-All-Rights-Reserved"),
    LicenseRef("LicenseRef-Not-In-Any-Data"),
    With(LicenseId("Apache-2.0"), ExceptionId("LLVM-exception")),
    With(LicenseId("Apache-2.0"), ExceptionId("Commons-Clause")),
]


def _subtrees() -> st.SearchStrategy[Expression]:
    def extend(children: st.SearchStrategy[Expression]) -> st.SearchStrategy[Expression]:
        pair = st.lists(children, min_size=2, max_size=3).map(tuple)
        return pair.map(And) | pair.map(Or)

    return st.recursive(st.sampled_from(_POOL), extend, max_leaves=6)


_POLICY = st.sampled_from(["article", "osd"])


def _level(tree: Expression, policy: PolicyName) -> Level:
    return classify_expression(tree, policy).level


def test_the_pool_covers_every_level() -> None:
    assert {_level(leaf, "article") for leaf in _POOL} == {
        "open",
        "restricted",
        "closed",
        "unknown",
    }


@_SETTINGS
@given(_subtrees(), _subtrees(), _POLICY)
def test_or_is_the_best_and_is_the_worst(a: Expression, b: Expression, policy: PolicyName) -> None:
    la, lb = _level(a, policy), _level(b, policy)
    assert _level(Or((a, b)), policy) == best([la, lb])
    assert _level(And((a, b)), policy) == worst([la, lb])


@_SETTINGS
@given(_subtrees(), _subtrees(), _POLICY)
def test_commutative(a: Expression, b: Expression, policy: PolicyName) -> None:
    assert _level(Or((a, b)), policy) == _level(Or((b, a)), policy)
    assert _level(And((a, b)), policy) == _level(And((b, a)), policy)


@_SETTINGS
@given(_subtrees(), _subtrees(), _subtrees(), _POLICY)
def test_associative(a: Expression, b: Expression, c: Expression, policy: PolicyName) -> None:
    for kind in (And, Or):
        left = kind((kind((a, b)), c))
        right = kind((a, kind((b, c))))
        assert _level(left, policy) == _level(right, policy)


@_SETTINGS
@given(_subtrees(), _subtrees())
def test_or_keeps_every_choice(a: Expression, b: Expression) -> None:
    result = classify_expression(Or((a, b)))
    assert [c.expression for c in result.choices] == [str(a), str(b)]
    assert sum(c.best for c in result.choices) == 1
