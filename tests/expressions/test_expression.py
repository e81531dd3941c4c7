"""The strict SPDX expression parser, its tree, the canonical renderer and validate()."""

from __future__ import annotations

import json

import pytest

import licenseclass
from licenseclass.errors import InvalidExpressionError, LicenseclassError

# --------------------------------------------------------------------------- canonical text
from licenseclass.expressions.parser import (
    MAX_DEPTH,
    canonicalize,
    equivalent,
    parse,
    replace_deprecated,
    validate,
)
from licenseclass.expressions.tree import (
    AdditionRef,
    And,
    ExceptionId,
    LicenseId,
    LicenseRef,
    Or,
    With,
    deprecated_ids,
    from_dict,
    leaves,
    to_json,
)

# --------------------------------------------------------------------------- canonical text


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("mit", "MIT"),
        ("  apache-2.0  ", "Apache-2.0"),
        ("bsd-3-CLAUSE", "BSD-3-Clause"),
        ("zlib", "Zlib"),
        ("ECOS-2.0", "eCos-2.0"),
        ("isc or 0bsd", "ISC OR 0BSD"),
        ("MIT and (ISC)", "MIT AND ISC"),
        ("(((Zlib)))", "Zlib"),
        ("(MPL-2.0)AND(ISC)", "MPL-2.0 AND ISC"),
        ("MIT OR ISC AND Zlib", "MIT OR ISC AND Zlib"),
        ("(MIT OR ISC) AND Zlib", "(MIT OR ISC) AND Zlib"),
        ("Zlib AND (MIT OR ISC)", "Zlib AND (MIT OR ISC)"),
        ("(MIT AND ISC) OR Zlib", "MIT AND ISC OR Zlib"),
        ("((MIT AND ISC) AND Zlib)", "MIT AND ISC AND Zlib"),
        ("MIT OR (ISC OR (Zlib OR 0BSD))", "MIT OR ISC OR Zlib OR 0BSD"),
        ("gpl-3.0-or-later with gcc-exception-3.1", "GPL-3.0-or-later WITH GCC-exception-3.1"),
        ("LGPL-2.1+", "LGPL-2.1+"),
        ("Apache-1.1+ OR MIT", "Apache-1.1+ OR MIT"),
        ("licenseref-My-Thing-1.0", "LicenseRef-My-Thing-1.0"),
        ("documentref-spdx-1.2:licenseref-x", "DocumentRef-spdx-1.2:LicenseRef-x"),
        ("MIT WITH additionref-extra", "MIT WITH AdditionRef-extra"),
        (
            "LicenseRef-a WITH DocumentRef-d:AdditionRef-b",
            "LicenseRef-a WITH DocumentRef-d:AdditionRef-b",
        ),
    ],
)
def test_canonical_form(text: str, canonical: str) -> None:
    assert canonicalize(text) == canonical
    assert str(parse(text)) == canonical
    assert canonicalize(canonical) == canonical  # idempotent


def test_tree_shapes_follow_precedence() -> None:
    tree = parse("MIT OR ISC AND GPL-2.0-only WITH Classpath-exception-2.0")
    assert tree == Or(
        (
            LicenseId("MIT"),
            And(
                (
                    LicenseId("ISC"),
                    With(LicenseId("GPL-2.0-only"), ExceptionId("Classpath-exception-2.0")),
                )
            ),
        )
    )


def test_chains_are_flattened_so_grouping_does_not_change_the_tree() -> None:
    assert parse("(MIT AND ISC) AND Zlib") == parse("MIT AND (ISC AND Zlib)")
    assert parse("MIT AND ISC AND Zlib") == And(
        (LicenseId("MIT"), LicenseId("ISC"), LicenseId("Zlib"))
    )


def test_order_of_operands_is_kept() -> None:
    assert canonicalize("Zlib OR MIT") == "Zlib OR MIT"
    assert parse("Zlib OR MIT") != parse("MIT OR Zlib")


def test_or_later_and_refs_in_the_tree() -> None:
    assert parse("GPL-2.0+") == LicenseId("GPL-2.0", or_later=True)
    assert parse("DocumentRef-a:LicenseRef-b") == LicenseRef("LicenseRef-b", "DocumentRef-a")
    node = parse("MIT WITH DocumentRef-a:AdditionRef-b")
    assert node == With(LicenseId("MIT"), AdditionRef("AdditionRef-b", "DocumentRef-a"))


def test_lower_case_operators_are_accepted() -> None:
    assert canonicalize("mit or isc and zlib") == "MIT OR ISC AND Zlib"
    assert canonicalize("gpl-2.0-only with classpath-exception-2.0") == (
        "GPL-2.0-only WITH Classpath-exception-2.0"
    )


def test_tree_is_frozen_hashable_and_serialisable() -> None:
    tree = parse("MIT OR (Apache-2.0 WITH LLVM-exception AND LicenseRef-x)")
    with pytest.raises(AttributeError):
        tree.args = ()  # type: ignore[misc,union-attr]
    assert hash(tree) == hash(parse(str(tree)))
    assert len({tree, parse(str(tree))}) == 1
    data = json.loads(to_json(tree))
    assert data["type"] == "or"
    assert data["args"][1]["args"][0]["exception"] == {
        "type": "exception",
        "id": "LLVM-exception",
    }
    assert from_dict(data) == tree


def test_from_dict_rejects_malformed_input() -> None:
    with pytest.raises(ValueError, match="unknown node type"):
        from_dict({"type": "xor"})
    with pytest.raises(ValueError, match="two or more"):
        from_dict({"type": "and", "args": [{"type": "license", "id": "MIT"}]})


def test_leaves_left_to_right() -> None:
    tree = parse("MIT OR (ISC AND GPL-2.0-only WITH Classpath-exception-2.0)")
    assert [str(x) for x in leaves(tree)] == [
        "MIT",
        "ISC",
        "GPL-2.0-only WITH Classpath-exception-2.0",
    ]


# --------------------------------------------------------------------------- deprecated ids


def test_deprecated_ids_are_kept_and_flagged() -> None:
    tree = parse("GPL-2.0+ AND LGPL-2.1 AND MIT")
    assert str(tree) == "GPL-2.0+ AND LGPL-2.1 AND MIT"
    found = {d.id: d.successor for d in deprecated_ids(tree)}
    assert found == {"GPL-2.0+": "GPL-2.0-or-later", "LGPL-2.1": "LGPL-2.1-only"}


@pytest.mark.parametrize(
    ("text", "updated"),
    [
        ("GPL-2.0+", "GPL-2.0-or-later"),
        ("GPL-2.0", "GPL-2.0-only"),
        ("AGPL-3.0 OR MIT", "AGPL-3.0-only OR MIT"),
        ("GPL-2.0 WITH Classpath-exception-2.0", "GPL-2.0-only WITH Classpath-exception-2.0"),
        ("GPL-2.0-with-classpath-exception", "GPL-2.0-only WITH Classpath-exception-2.0"),
        ("ISC AND (eCos-2.0 OR MIT)", "ISC AND (GPL-2.0-or-later WITH eCos-exception-2.0 OR MIT)"),
        ("StandardML-NJ", "SMLNJ"),
        ("MIT", "MIT"),
    ],
)
def test_update_deprecated(text: str, updated: str) -> None:
    assert canonicalize(text, update_deprecated=True) == updated
    assert str(replace_deprecated(parse(text))) == updated
    assert str(parse(text, update_deprecated=True)) == updated


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("text", "message", "position"),
    [
        ("", "empty", 0),
        ("   ", "empty", 0),
        ("MIT OR", "unexpected end", 6),
        ("MIT AND AND ISC", "operator 'AND'", 8),
        ("(MIT", "missing ')'", 0),
        ("MIT)", "unbalanced ')'", 3),
        ("MIT ISC", "expected AND, OR or WITH", 4),
        ("MIT Or ISC", "upper or lower case", 4),
        ("MIT\tOR ISC", "only spaces", 3),
        ("MIT OR\nISC", "only spaces", 6),
        ("(MIT OR ISC) WITH Classpath-exception-2.0", "single license", 13),
        ("MIT WITH", "exception id must follow WITH", 8),
        ("MIT WITH ISC", "is a license, not an exception", 9),
        ("Classpath-exception-2.0 OR MIT", "can only follow WITH", 0),
        ("AdditionRef-x", "can only follow WITH", 0),
        ("DocumentRef-a:MIT", "DocumentRef must be followed", 0),
        ("LicenseRef-a+", "'+' cannot follow a LicenseRef", 0),
        ("MIT + ISC", "expected AND, OR or WITH", 4),
        (
            "GPL-2.0-only WITH Classpath-exception-2.0 WITH GCC-exception-2.0",
            "unexpected operator 'WITH'",
            42,
        ),
        ("()", "expected a license id, found ')'", 1),
        ("MIT AND ()", "expected a license id, found ')'", 9),
        ("LicenseRef-", "must be followed by an id", 0),
        ("MIT\u00a0OR ISC", "only spaces", 3),
        ("NOASSERTION", "unknown license id", 0),
        ("MIT | ISC", "expected AND, OR or WITH", 4),
        ("MIT OR Nonexistent-9.9", "unknown license id", 7),
        ("MIT WITH Nonexistent-exception", "unknown exception id", 9),
        ("MIT OR M\u00eft", "unexpected '\u00ef'", 7),
        ("MIT OR LicenseRef-a:b", "unexpected ':'", 7),
    ],
)
def test_errors_are_typed_with_position(text: str, message: str, position: int) -> None:
    with pytest.raises(InvalidExpressionError) as info:
        parse(text)
    error = info.value
    assert isinstance(error, LicenseclassError)
    assert isinstance(error, ValueError)
    assert message in error.message
    assert error.position == position
    lines = str(error).splitlines()
    caret_line = lines[2]
    assert caret_line.index("^") - 4 == position  # the caret sits under the bad spot


def test_near_miss_ids_get_suggestions() -> None:
    with pytest.raises(InvalidExpressionError) as info:
        parse("Apache-2")
    assert info.value.suggestions[0] == "Apache-2.0"
    assert "did you mean 'Apache-2.0'" in str(info.value)
    with pytest.raises(InvalidExpressionError) as info:
        parse("MIT WITH Classpath-exception")
    assert "Classpath-exception-2.0" in info.value.suggestions


def test_non_strings_are_a_typed_error() -> None:
    # Still an InvalidExpressionError (as before), and a TypeError naming the argument.
    with pytest.raises(InvalidExpressionError, match="argument 'expr' must be a str, not int"):
        parse(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse(None)  # type: ignore[arg-type]


def test_lenient_mode_keeps_unknown_ids_and_mixed_case_operators() -> None:
    tree = parse("MIT Or My-Own-License WITH Some-exception", strict=False)
    assert str(tree) == "MIT OR My-Own-License WITH Some-exception"
    assert parse("MIT\tAND ISC", strict=False) == parse("MIT AND ISC")
    with pytest.raises(InvalidExpressionError):
        parse("MIT OR", strict=False)  # syntax errors stay errors


# --------------------------------------------------------------------------- limits


def test_deep_nesting_gives_a_typed_error_not_recursion_error() -> None:
    deep = "(" * 10_000 + "MIT" + ")" * 10_000
    with pytest.raises(InvalidExpressionError, match="nested deeper"):
        parse(deep)
    with pytest.raises(InvalidExpressionError, match="nested deeper"):
        parse(deep, strict=False)
    ok = "(" * MAX_DEPTH + "MIT" + ")" * MAX_DEPTH
    assert canonicalize(ok) == "MIT"


def test_unclosed_deep_nesting_is_a_typed_error() -> None:
    with pytest.raises(InvalidExpressionError):
        parse("(" * 10_000)
    with pytest.raises(InvalidExpressionError):
        parse(")" * 10_000)


def test_megabyte_input_parses() -> None:
    big = " OR ".join(["MIT", "ISC", "Zlib"] * 40_000)
    assert len(big) > 500_000
    tree = parse(big)
    assert isinstance(tree, Or)
    assert len(tree.args) == 120_000
    assert canonicalize(big) == big


def test_megabyte_input_with_error_at_the_end_shows_a_window() -> None:
    big = "MIT AND " * 130_000 + "Bogus-Id"
    with pytest.raises(InvalidExpressionError) as info:
        parse(big)
    assert info.value.position == len(big) - len("Bogus-Id")
    shown = str(info.value)
    assert len(shown) < 400
    assert "Bogus-Id" in shown


# --------------------------------------------------------------------------- validate


def test_validate_returns_every_problem_at_once() -> None:
    problems = validate("GPL-2.0+ Or Nonexistent AND MIT WITH Made-up-exception")
    summary = [(p.severity, p.message.split(" '")[0], p.position) for p in problems]
    assert summary == [
        ("warning", "deprecated id", 0),
        ("error", "operator", 9),
        ("error", "unknown license id", 12),
        ("error", "unknown exception id", 37),
    ]


def test_validate_of_a_clean_expression_is_empty() -> None:
    assert validate("MIT OR Apache-2.0 WITH LLVM-exception") == ()


def test_validate_reports_syntax_errors_too() -> None:
    problems = validate("MIT AND\t(ISC")
    assert [p.severity for p in problems] == ["error", "error"]
    assert "only spaces" in problems[0].message
    assert "missing ')'" in problems[1].message


def test_validate_caps_the_number_of_problems() -> None:
    problems = validate(" AND ".join(f"Unknown-{i}" for i in range(500)))
    assert len(problems) == 100


# --------------------------------------------------------------------------- equivalence


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("MIT", "(MIT)", True),
        ("ISC OR MIT", "mit or isc", True),
        ("GPL-2.0", "GPL-2.0-only", True),
        ("GPL-2.0+", "GPL-2.0-or-later", True),
        ("Zlib AND (ISC OR MIT)", "(Zlib AND ISC) OR (Zlib AND MIT)", True),
        ("MIT OR (MIT AND ISC)", "MIT", True),
        ("MIT AND ISC", "MIT OR ISC", False),
        ("Zlib OR ISC AND MIT", "Zlib OR MIT OR ISC", False),
        ("GPL-2.0-only", "GPL-2.0-or-later", False),
    ],
)
def test_equivalent(left: str, right: str, same: bool) -> None:
    assert equivalent(left, right) is same


def test_public_api_names() -> None:
    assert licenseclass.parse("mit or isc") == parse("MIT OR ISC")
    assert str(licenseclass.parse("mit or isc")) == "MIT OR ISC"
    assert licenseclass.canonicalize("mit") == "MIT"
    assert licenseclass.validate("MIT") == ()


def test_deep_caller_stack_still_gets_the_typed_error() -> None:
    import sys

    def nest(levels: int) -> None:
        if levels:
            nest(levels - 1)
        else:
            parse("(" * MAX_DEPTH + "MIT" + ")" * MAX_DEPTH)

    limit = sys.getrecursionlimit()
    try:
        sys.setrecursionlimit(400)
        with pytest.raises(InvalidExpressionError, match="too deeply"):
            nest(200)
    finally:
        sys.setrecursionlimit(limit)


@pytest.mark.parametrize(
    "data",
    [
        None,
        {},
        {"type": "license"},
        {"type": "license", "id": 5},
        {"type": "license", "id": "A OR B"},
        {"type": "license", "id": "MIT", "or_later": "yes"},
        {"type": "license-ref", "id": "MIT"},
        {"type": "and", "args": [{"type": "license", "id": "MIT"}]},
        {"type": "and", "args": "MIT ISC"},
        {"type": "with", "license": {"type": "license", "id": "MIT"}, "exception": "x"},
        {"type": "with", "license": {"type": "license", "id": "MIT"}, "exception": {}},
    ],
)
def test_from_dict_refuses_malformed_trees_with_a_typed_error(data: object) -> None:
    from licenseclass.errors import InvalidTreeError, LicenseclassError
    from licenseclass.expressions.tree import from_dict

    with pytest.raises(InvalidTreeError) as caught:
        from_dict(data)  # type: ignore[arg-type]
    assert isinstance(caught.value, (LicenseclassError, ValueError))
    assert str(caught.value).startswith("tree")


def test_deep_trees_render_and_deep_dicts_are_refused() -> None:
    from licenseclass.errors import InvalidTreeError
    from licenseclass.expressions.tree import MAX_DICT_DEPTH, And, LicenseId, Or, from_dict

    node: And | Or | LicenseId = LicenseId("MIT")
    for depth in range(5000):
        node = (And if depth % 2 else Or)((node, LicenseId("ISC")))
    text = str(node)  # no recursion: any depth renders
    assert text.count("ISC") == 5000
    assert text.startswith("(" * 10)
    data: dict[str, object] = {"type": "license", "id": "MIT"}
    for _ in range(MAX_DICT_DEPTH + 1):
        data = {"type": "and", "args": [data, {"type": "license", "id": "ISC"}]}
    with pytest.raises(InvalidTreeError, match="deeper"):
        from_dict(data)


def test_from_dict_round_trips_parsed_trees() -> None:
    from licenseclass.expressions.tree import from_dict

    for text in ("MIT", "(MIT OR Apache-2.0) AND GPL-2.0-only WITH Classpath-exception-2.0 OR ISC"):
        tree = parse(text)
        assert from_dict(tree.to_dict()) == tree
