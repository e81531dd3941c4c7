"""Bounds on the expression algorithms whose cost could grow faster than the input.

No wall-clock limits: each test asserts what is computed (a count, a typed error), and the
inputs are sized so that the old exponential or quadratic algorithms would not finish.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from licenseclass.core.registry import Registry, default_registry
from licenseclass.errors import ExpressionTooLargeError, LicenseclassError
from licenseclass.expressions import parser
from licenseclass.expressions.parser import MAX_DNF_TERMS, equivalent, parse
from licenseclass.expressions.tree import And, LicenseId, Or, leaves
from licenseclass.expressions.verdicts import classify_expression


def _ands_of_ors(groups: int, *, reverse: bool = False) -> str:
    order = reversed(range(groups)) if reverse else range(groups)
    return " AND ".join(f"(LicenseRef-a{i} OR LicenseRef-b{i})" for i in order)


def test_ands_of_ors_compare_through_their_small_conjunctive_form() -> None:
    # 2**60 alternatives in disjunctive form: the old algorithm could not finish.
    left = _ands_of_ors(60)
    assert equivalent(left, _ands_of_ors(60, reverse=True))
    assert not equivalent(left, left + " AND LicenseRef-extra")
    # Redundant clause: (a0 OR b0) AND (a0 OR b0 OR c) is (a0 OR b0).
    assert equivalent(left, left + " AND (LicenseRef-a0 OR LicenseRef-b0 OR LicenseRef-c)")
    assert not equivalent(left, left.replace("LicenseRef-b7)", "LicenseRef-c7)"))


def test_ors_of_ands_compare_through_their_small_disjunctive_form() -> None:
    left = " OR ".join(f"(LicenseRef-a{i} AND LicenseRef-b{i})" for i in range(60))
    assert equivalent(left, left + " OR (LicenseRef-a0 AND LicenseRef-b0 AND MIT)")
    assert not equivalent(left, left + " OR MIT")


def test_both_normal_forms_too_large_is_a_typed_error() -> None:
    # An OR of ANDs of ORs: both normal forms are exponential.
    big = " OR ".join(f"({_ands_of_ors(13).replace('LicenseRef-', f'LicenseRef-g{j}-')})"
                      for j in range(13))  # fmt: skip
    with pytest.raises(ExpressionTooLargeError, match="too large to compare") as caught:
        equivalent(big, big + " OR MIT")
    assert isinstance(caught.value, LicenseclassError)
    assert isinstance(caught.value, ValueError)
    assert caught.value.limit == MAX_DNF_TERMS
    assert equivalent(big, big)  # the same tree up to order needs no normal form


def test_a_tree_too_deep_for_recursion_is_a_typed_error() -> None:
    node: LicenseId | And | Or = LicenseId("MIT")
    for depth in range(5000):  # built by hand: the parser would refuse this depth
        kind = And if depth % 2 else Or
        node = kind((node, LicenseId(f"LicenseRef-{depth}")))
    with pytest.raises(ExpressionTooLargeError, match="too deep"):
        equivalent(node, "MIT")


def test_long_chains_compare_and_classify() -> None:
    chain = " AND ".join(f"LicenseRef-x{i}" for i in range(20_000))
    assert equivalent(chain, chain + " AND LicenseRef-x0")
    assert not equivalent(chain, chain + " AND MIT")
    either = " OR ".join(f"LicenseRef-x{i}" for i in range(20_000))
    assert not equivalent(either, either + " OR MIT")


def test_a_long_chain_looks_up_each_distinct_leaf_once(monkeypatch: pytest.MonkeyPatch) -> None:
    registry = default_registry()
    calls: list[str] = []
    real_find = Registry.find

    def counting_find(self: Registry, key: str, **kwargs: bool) -> object:
        calls.append(key)
        return real_find(self, key, **kwargs)

    monkeypatch.setattr(Registry, "find", counting_find)
    ids = ["MIT", "Apache-2.0", "LicenseRef-mine", "GPL-3.0-only"]
    chain = " AND ".join(ids[i % 4] for i in range(100_000))
    result = classify_expression(chain, registry=registry)
    assert len(result.leaves) == 4
    assert result.unknown == ("LicenseRef-mine",)
    assert len(calls) <= 4 * 8  # a few lookups per distinct leaf (aliases, later versions)
    assert len(leaves(parse(chain))) == 100_000


_IDS = st.sampled_from(["MIT", "ISC", "Zlib", "0BSD", "Apache-2.0", "GPL-2.0-only"])


def _tree(depth: int) -> st.SearchStrategy[str]:
    if depth == 0:
        return _IDS
    sub = _tree(depth - 1)
    return st.one_of(
        _IDS,
        st.lists(sub, min_size=2, max_size=3).map(lambda a: "(" + " AND ".join(a) + ")"),
        st.lists(sub, min_size=2, max_size=3).map(lambda a: "(" + " OR ".join(a) + ")"),
    )


@settings(max_examples=150, deadline=None)
@given(_tree(3), _tree(3))
def test_equivalent_agrees_with_truth_tables(left: str, right: str) -> None:
    names = {"MIT", "ISC", "Zlib", "0BSD", "Apache-2.0", "GPL-2.0-only"}
    expected = all(_value(left, true) == _value(right, true) for true in _subsets(names))
    assert equivalent(left, right) is expected
    assert parser.equivalent(right, left) is expected


def _subsets(names: set[str]) -> list[frozenset[str]]:
    ordered = sorted(names)
    return [
        frozenset(n for n, b in zip(ordered, bits, strict=True) if b)
        for bits in itertools.product((False, True), repeat=len(ordered))
    ]


def _value(expr: str, true: frozenset[str]) -> bool:
    def holds(node: object) -> bool:
        if isinstance(node, And):
            return all(holds(a) for a in node.args)
        if isinstance(node, Or):
            return any(holds(a) for a in node.args)
        return str(node) in true

    return holds(parse(expr))
