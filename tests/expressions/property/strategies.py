"""Hypothesis strategies: expression trees over real SPDX ids, and texts that spell them.

Trees are generated in the parser's normal form (AND and OR chains flattened, at least two
operands), so ``parse(str(tree)) == tree`` is the round-trip property.
"""

from __future__ import annotations

from hypothesis import strategies as st

from licenseclass.expressions import _spdx
from licenseclass.expressions.tree import (
    AdditionRef,
    And,
    ExceptionId,
    Expression,
    LicenseId,
    LicenseRef,
    Or,
    With,
)

# Current (not deprecated) ids in the list's case; '+' forms are built from these.
LICENSE_IDS = sorted(v[0] for k, v in _spdx.LICENSES.items() if not v[1] and not k.endswith("+"))
EXCEPTION_IDS = sorted(v[0] for v in _spdx.EXCEPTIONS.values() if not v[1])

_IDSTRING = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-",
    min_size=1,
    max_size=12,
)


def license_ids(or_later: bool = True) -> st.SearchStrategy[LicenseId]:
    plus = st.booleans() if or_later else st.just(False)
    return st.builds(LicenseId, st.sampled_from(LICENSE_IDS), plus)


def license_refs() -> st.SearchStrategy[LicenseRef]:
    document = st.none() | _IDSTRING.map(lambda s: "DocumentRef-" + s)
    return st.builds(LicenseRef, _IDSTRING.map(lambda s: "LicenseRef-" + s), document)


def additions() -> st.SearchStrategy[ExceptionId | AdditionRef]:
    refs = st.builds(AdditionRef, _IDSTRING.map(lambda s: "AdditionRef-" + s), st.none())
    return st.builds(ExceptionId, st.sampled_from(EXCEPTION_IDS)) | refs


def leaves(refs: bool = True, or_later: bool = True) -> st.SearchStrategy[Expression]:
    simple: st.SearchStrategy[LicenseId | LicenseRef] = license_ids(or_later)
    if refs:
        simple = simple | license_refs()
    exceptions = additions() if refs else st.builds(ExceptionId, st.sampled_from(EXCEPTION_IDS))
    return simple | st.builds(With, simple, exceptions)


def _flat(kind: type[And] | type[Or], args: list[Expression]) -> Expression:
    flat: list[Expression] = []
    for arg in args:
        flat.extend(arg.args if isinstance(arg, kind) else (arg,))
    return kind(tuple(flat))


def trees(
    refs: bool = True, or_later: bool = True, max_leaves: int = 12
) -> st.SearchStrategy[Expression]:
    """Normal-form trees: flattened chains, operands in generated order."""

    def extend(children: st.SearchStrategy[Expression]) -> st.SearchStrategy[Expression]:
        pair = st.lists(children, min_size=2, max_size=4)
        return st.one_of(
            pair.map(lambda a: _flat(And, a)),
            pair.map(lambda a: _flat(Or, a)),
        )

    return st.recursive(leaves(refs, or_later), extend, max_leaves=max_leaves)


@st.composite
def spellings(draw: st.DrawFn, tree: Expression) -> str:
    """A text for ``tree`` with random id case, operator case, spacing and redundant parens."""
    return _spell(draw, tree)


def _spell(draw: st.DrawFn, node: Expression) -> str:
    space = draw(st.sampled_from([" ", "  ", " "]))
    if isinstance(node, (And, Or)):
        op = "AND" if isinstance(node, And) else "OR"
        op = draw(st.sampled_from([op, op.lower()]))
        parts = []
        for arg in node.args:
            text = _spell(draw, arg)
            needs = isinstance(node, And) and isinstance(arg, Or)
            if needs or draw(st.integers(0, 4)) == 0:
                text = "(" + text + ")"
            parts.append(text)
        text = f"{space}{op}{space}".join(parts)
    elif isinstance(node, With):
        word = draw(st.sampled_from(["WITH", "with"]))
        text = f"{_case(draw, node.license)} {word} {_case(draw, node.exception)}"
    else:
        text = _case(draw, node)
    if draw(st.integers(0, 9)) == 0:
        text = "(" + text + ")"
    return text


def _case(draw: st.DrawFn, node: object) -> str:
    """Ids in any case; refs keep the case of their user-defined part, as the parser does."""
    text = str(node)
    if isinstance(node, (LicenseRef, AdditionRef)):
        return text
    style = draw(st.sampled_from(["keep", "lower", "upper"]))
    return text.lower() if style == "lower" else text.upper() if style == "upper" else text
