"""Properties of the parser and renderer, for generated trees and arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from licenseclass.errors import InvalidExpressionError
from licenseclass.expressions.lenient import normalize
from licenseclass.expressions.parser import canonicalize, parse, validate
from licenseclass.expressions.tree import Expression, from_dict

from .strategies import spellings, trees

pytestmark = pytest.mark.property

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(trees())
def test_round_trip(tree: Expression) -> None:
    assert parse(str(tree)) == tree


@_SETTINGS
@given(trees())
def test_json_round_trip(tree: Expression) -> None:
    assert from_dict(tree.to_dict()) == tree


@_SETTINGS
@given(st.data())
def test_any_spelling_parses_to_the_same_tree(data: st.DataObject) -> None:
    tree = data.draw(trees())
    text = data.draw(spellings(tree))
    assert parse(text) == tree
    once = canonicalize(text)
    assert once == str(tree)
    assert canonicalize(once) == once  # idempotent


# Fragments that make near-valid and broken expressions more often than random text does.
_FRAGMENTS = st.sampled_from(
    [
        "MIT",
        "mit",
        "Apache-2.0",
        "GPL-2.0",
        "+",
        "AND",
        "and",
        "And",
        "OR",
        "or",
        "WITH",
        "with",
        "(",
        ")",
        " ",
        "  ",
        "\t",
        "\n",
        ":",
        "LicenseRef-x",
        "DocumentRef-d:",
        "AdditionRef-y",
        "Classpath-exception-2.0",
        "Nope-1.0",
        "-",
        ".",
        "\u00e9",
        "\x00",
    ]
)
_EXPRESSION_LIKE = st.lists(_FRAGMENTS, max_size=30).map("".join)


@_SETTINGS
@given(st.one_of(st.text(max_size=80), _EXPRESSION_LIKE), st.booleans())
def test_any_text_parses_or_raises_the_typed_error(text: str, strict: bool) -> None:
    try:
        tree = parse(text, strict)
    except InvalidExpressionError as error:
        assert 0 <= error.position <= len(text)
        str(error)  # the caret rendering never fails
    else:
        assert parse(str(tree), strict=False) == tree


@_SETTINGS
@given(st.one_of(st.text(max_size=80), _EXPRESSION_LIKE))
def test_validate_and_normalize_never_raise_on_text(text: str) -> None:
    for problem in validate(text):
        assert 0 <= problem.position <= len(text)
    result = normalize(text)
    assert result.expression is None or canonicalize(result.expression, strict=False)
    assert not (result.ambiguous and result.expression is not None)


@pytest.mark.parametrize("depth", [1_000, 10_000])
def test_deep_parentheses(depth: int) -> None:
    for text in ("(" * depth + "MIT" + ")" * depth, "(" * depth, "MIT" + ")" * depth):
        with pytest.raises(InvalidExpressionError):
            parse(text)
        validate(text)
        normalize(text)


def test_one_megabyte_inputs() -> None:
    valid = " AND ".join(["MIT", "Apache-2.0 WITH LLVM-exception"] * 30_000)
    assert len(valid) > 1_000_000
    assert canonicalize(valid) == valid
    for broken in (valid + " OR", "(" + valid, valid.replace("LLVM", "L LVM", 1), "x" * 1_000_000):
        with pytest.raises(InvalidExpressionError):
            parse(broken)
    assert validate("x" * 1_000_000)
    assert normalize(valid).expression == valid
