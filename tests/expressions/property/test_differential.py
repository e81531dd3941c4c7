"""Differential test against license-expression, for generated valid expressions.

Both parsers must agree on the structure of every expression over real SPDX ids, up to the
flattening of AND and OR chains (licenseclass flattens ``(A AND B) AND C``; license-expression
keeps the grouping as written) and operand order within a chain is compared as written.

Deliberate differences, excluded from the generated inputs and pinned by the examples below:

* ``MIT+``: SPDX 2.3 Annex D allows ``license-id "+"`` for any id (``simple-expression =
  license-id / license-id "+" / license-ref``); license-expression only knows ``+`` for ids
  that had a ``+`` form on the list. licenseclass accepts it.
* ``LicenseRef-``, ``DocumentRef-...:LicenseRef-`` and ``AdditionRef-`` are user-defined
  references in the grammar; license-expression rejects them when validating against the SPDX
  list. licenseclass accepts them.
* ``MIT WITH ISC`` (a license after WITH) and ``Classpath-exception-2.0`` alone: the grammar
  puts a ``license-exception-id`` after WITH and only there; license-expression accepts both.
  licenseclass rejects both.
* ``MIT Or ISC``: SPDX 2.3 D.2 says operators should be matched case-sensitively;
  licenseclass accepts upper case and, because metadata often has it, all lower case, and
  rejects mixed case in strict mode. license-expression accepts any case.
* Deprecated ids: license-expression rewrites them (``GPL-2.0`` becomes ``GPL-2.0-only``);
  licenseclass keeps them as written, flags them, and rewrites on request.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from license_expression import ExpressionError, get_spdx_licensing

from licenseclass.errors import InvalidExpressionError
from licenseclass.expressions.parser import parse
from licenseclass.expressions.tree import And, ExceptionId, Expression, LicenseId, Or, With

from .strategies import EXCEPTION_IDS, LICENSE_IDS, spellings

pytestmark = pytest.mark.property


@cache
def _licensing() -> Any:
    return get_spdx_licensing()


@cache
def _shared_ids() -> tuple[list[str], list[str]]:
    """Ids both sides know under the same name (the two may ship different list versions)."""
    licensing = _licensing()
    licenses = []
    for lid in LICENSE_IDS:
        try:
            if str(licensing.parse(lid, validate=True)) == lid:
                licenses.append(lid)
        except ExpressionError:
            continue
    exceptions = []
    for eid in EXCEPTION_IDS:
        try:
            if str(licensing.parse(f"MIT WITH {eid}", validate=True)) == f"MIT WITH {eid}":
                exceptions.append(eid)
        except ExpressionError:
            continue
    return licenses, exceptions


def _from_license_expression(node: Any) -> Expression:
    """license-expression's tree in licenseclass's shape (chains flattened)."""
    name = type(node).__name__
    if name == "LicenseWithExceptionSymbol":
        return With(LicenseId(node.license_symbol.key), ExceptionId(node.exception_symbol.key))
    if name == "LicenseSymbol":
        return LicenseId(node.key)
    kind = And if name == "AND" else Or if name == "OR" else None
    if kind is None:
        raise AssertionError(f"unexpected node {name}")
    args: list[Expression] = []
    for arg in node.args:
        converted = _from_license_expression(arg)
        args.extend(converted.args if isinstance(converted, kind) else (converted,))
    return kind(tuple(args))


@st.composite
def _shared_trees(draw: st.DrawFn) -> Expression:
    licenses, exceptions = _shared_ids()
    leaf = st.sampled_from(licenses).map(LicenseId) | st.builds(
        With, st.sampled_from(licenses).map(LicenseId), st.sampled_from(exceptions).map(ExceptionId)
    )

    def extend(children: st.SearchStrategy[Expression]) -> st.SearchStrategy[Expression]:
        pair = st.lists(children, min_size=2, max_size=3)
        return pair.map(lambda a: _flat(And, a)) | pair.map(lambda a: _flat(Or, a))

    return draw(st.recursive(leaf, extend, max_leaves=8))


def _flat(kind: type[And] | type[Or], args: list[Expression]) -> Expression:
    flat: list[Expression] = []
    for arg in args:
        flat.extend(arg.args if isinstance(arg, kind) else (arg,))
    return kind(tuple(flat))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_same_structure_as_license_expression(data: st.DataObject) -> None:
    tree = data.draw(_shared_trees())
    text = data.draw(spellings(tree))
    ours = parse(text)
    theirs = _from_license_expression(_licensing().parse(text, validate=True))
    assert ours == theirs == tree


@pytest.mark.parametrize(
    ("text", "ours_ok", "theirs_ok"),
    [
        ("MIT+", True, False),
        ("LicenseRef-Acme AND MIT", True, False),
        ("DocumentRef-d:LicenseRef-x", True, False),
        ("MIT WITH AdditionRef-y", True, False),
        ("MIT WITH ISC", False, True),
        ("Classpath-exception-2.0", False, True),
        ("MIT Or ISC", False, True),
    ],
)
def test_documented_differences(text: str, ours_ok: bool, theirs_ok: bool) -> None:
    try:
        parse(text)
        ours = True
    except InvalidExpressionError:
        ours = False
    try:
        _licensing().parse(text, validate=True)
        theirs = True
    except ExpressionError:
        theirs = False
    assert (ours, theirs) == (ours_ok, theirs_ok)


def test_deprecated_ids_are_kept_where_license_expression_rewrites_them() -> None:
    assert str(parse("GPL-2.0")) == "GPL-2.0"
    assert str(_licensing().parse("GPL-2.0", validate=True)) == "GPL-2.0-only"
    assert str(parse("GPL-2.0", update_deprecated=True)) == "GPL-2.0-only"
