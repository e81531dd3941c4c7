"""classify_expression's one-pass reading of usual expressions agrees with parse().

The reader parses and judges together and hands anything unusual to the parser; these tests
check that, where it accepts a text, it builds the parser's tree and the same result as
judging that tree, and that it accepts nothing the parser refuses. They also check the leaf
caches: bounded, per registry, and never a way for a hand-built tree to change what a text
means.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from licenseclass.core.registry import Registry, default_registry
from licenseclass.errors import InvalidExpressionError
from licenseclass.expressions import verdicts
from licenseclass.expressions.parser import parse
from licenseclass.expressions.tree import LicenseId, LicenseRef
from licenseclass.expressions.verdicts import classify_expression

from .strategies import (
    EXCEPTION_IDS,
    LICENSE_IDS,
    spellings,
    trees,
)

_DEPRECATED = ["GPL-2.0", "GPL-2.0+", "LGPL-2.1+", "GPL-3.0 WITH GCC-exception-3.1", "eCos-2.0"]
# Pieces the random texts are made of: known ids in any case, '+', exceptions, refs, unknown
# ids, deprecated ids, operators in every case, and stray parentheses.
_OPERATORS = ["AND", "and", "OR", "or", "And", "oR", "WITH", "with", "With"]


def _random_text(rng: random.Random) -> str:
    words: list[str] = []
    for _ in range(rng.randint(1, 12)):
        roll = rng.random()
        if roll < 0.45:
            word = rng.choice(LICENSE_IDS)
            word = rng.choice([word, word.lower(), word.upper(), word + "+"])
        elif roll < 0.55:
            word = rng.choice(EXCEPTION_IDS)
        elif roll < 0.6:
            word = rng.choice(["LicenseRef-Foo", "Not-An-Id", "DocumentRef-a:LicenseRef-b", "MIT+"])
        elif roll < 0.65:
            word = rng.choice(_DEPRECATED)
        elif roll < 0.85:
            word = rng.choice(_OPERATORS)
        else:
            word = rng.choice(["(", ")", "((", "))"])
        words.append(word)
    return rng.choice([" ", "  "]).join(words)


def _reading(text: str) -> object:
    """The tree the one-pass reader builds for ``text``, or None when it declines."""
    read = verdicts._read(text, verdicts._Walk(default_registry(), "article"))
    return None if read is None else verdicts._tree_of(read)


def _parsed(text: str) -> object:
    try:
        return parse(text, strict=False)
    except InvalidExpressionError:
        return None


def test_random_texts_read_as_the_parser_reads_them() -> None:
    rng = random.Random(20261201)
    accepted = 0
    for _ in range(4000):
        text = _random_text(rng)
        tree = _reading(text)
        if tree is None:
            continue
        accepted += 1
        assert tree == _parsed(text), text
        assert classify_expression(text) == classify_expression(parse(text, strict=False)), text
    assert accepted > 100  # the texts exercise the reader, not only the parser


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_spelt_trees_read_as_parsed(data: st.DataObject) -> None:
    tree = data.draw(trees(refs=False))
    text = data.draw(spellings(tree))
    read = _reading(text)
    if "With" in text or "wITH" in text:  # no such spelling is generated; keep the check honest
        pytest.skip("mixed-case operator")
    assert read is not None, text  # known ids and exceptions only: the reader takes them all
    assert read == parse(text, strict=False) == tree
    assert classify_expression(text) == classify_expression(tree)


@pytest.mark.parametrize(
    "text",
    [
        "MIT WITH Classpath-exception-2.0 WITH LLVM-exception",
        "(MIT OR ISC) WITH Classpath-exception-2.0",
        "MIT AND",
        "AND MIT",
        "MIT ISC",
        "(MIT",
        "MIT)",
        "()",
        "MIT WITH",
        "MIT WITH MIT",
        "Classpath-exception-2.0",
        "MIT Or ISC",
        "MIT AND LicenseRef-Foo",
        "MIT\u00a0OR ISC",
        "MIT\x00Classpath-exception-2.0",  # the reader's own joint, written in the text
        "MIT \x00 ISC",
        "MIT  WITH Classpath-exception-2.0",  # WITH spaced otherwise than by one space
        "MIT WITH\tClasspath-exception-2.0",
        "MIT WITH  Classpath-exception-2.0 OR ISC",
        "WITH Classpath-exception-2.0",
        "MIT WITH (Classpath-exception-2.0)",
        "(" * 101 + "MIT" + ")" * 101,
    ],
)
def test_unusual_texts_go_to_the_parser(text: str) -> None:
    assert _reading(text) is None


def test_a_with_spaced_otherwise_means_the_same() -> None:
    usual = classify_expression("(MIT WITH Classpath-exception-2.0 OR ISC) AND Zlib")
    for text in [
        "(MIT  WITH Classpath-exception-2.0 OR ISC) AND Zlib",
        "(MIT WITH\tClasspath-exception-2.0 OR ISC) AND Zlib",
        "(mit with\nclasspath-exception-2.0 or isc) and zlib",
    ]:
        assert classify_expression(text) == usual, text


def test_the_joint_in_a_text_is_refused_as_parse_refuses_it() -> None:
    classify_expression("MIT WITH Classpath-exception-2.0")  # the pair is known by its joint
    for text in ["MIT\x00Classpath-exception-2.0", "MIT \x00 ISC", "MIT\x00WITH ISC"]:
        with pytest.raises(InvalidExpressionError):
            parse(text, strict=False)
        with pytest.raises(InvalidExpressionError):
            classify_expression(text)


def test_nesting_at_the_limit_is_read() -> None:
    text = "(" * 100 + "MIT" + ")" * 100
    assert _reading(text) == parse(text, strict=False) == LicenseId("MIT")


def test_a_hand_built_leaf_does_not_make_its_text_valid() -> None:
    odd = LicenseId("Classpath-exception-2.0")  # no parser makes this leaf
    assert classify_expression(odd).expression == "Classpath-exception-2.0"
    with pytest.raises(InvalidExpressionError):
        classify_expression("Classpath-exception-2.0")


def test_a_hand_built_leaf_that_prints_alike_does_not_change_the_tree() -> None:
    odd = LicenseRef("MIT")  # prints as MIT, but is no license id
    assert classify_expression(odd).tree == odd
    assert classify_expression("MIT").tree == LicenseId("MIT")
    assert classify_expression("MIT AND ISC").tree == parse("MIT AND ISC")


def test_repeated_leaves_and_deprecated_ids_match_the_tree_path() -> None:
    for text in [
        "MIT AND mit AND (MIT OR Apache-2.0)",
        "GPL-2.0+ OR gpl-2.0-or-later",
        "LGPL-2.1+ AND MIT AND LGPL-2.1+",
        "GPL-3.0 WITH GCC-exception-3.1 OR MIT",
        "MIT AND LicenseRef-Foo AND licenseref-foo",
    ]:
        for policy in ("article", "osd"):
            got = classify_expression(text, policy)
            assert got == classify_expression(parse(text, strict=False), policy), text
            assert [leaf.expression for leaf in got.leaves] == list(
                dict.fromkeys(leaf.expression for leaf in got.leaves)
            )


def test_leaf_caches_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verdicts, "_MAX_LEAVES", 5)
    monkeypatch.setattr(verdicts, "_MAX_PIECES", 5)
    monkeypatch.setattr(verdicts, "_DEFAULT_TABLES", {})
    monkeypatch.setattr(verdicts, "_JOINED", {})
    monkeypatch.setattr(verdicts, "_TERMS", {})
    for i in range(40):
        result = classify_expression(f"Unknown-{i} OR MIT AND (ISC OR Zlib-{i})")
        assert result.unknown == (f"Unknown-{i}", f"Zlib-{i}")
    table, spelled = verdicts._DEFAULT_TABLES["article"]
    sizes = [len(table), len(spelled), len(verdicts._JOINED)]
    sizes += [len(verdicts._TERMS)]
    assert max(sizes) <= 5


def test_each_registry_and_policy_has_its_own_leaf_facts(tmp_path: Path) -> None:
    folder = tmp_path / "licenses"
    folder.mkdir()
    (folder / "MIT.yaml").write_text(  # MIT made non-commercial, in this registry only
        "id: MIT\nname: MIT test entry\nrights:\n  use: {status: granted}\n"
        "  modify: {status: granted}\n  share: {status: granted}\n"
        "restrictions:\n  - kind: non-commercial\nprovenance:\n  status: derived\n",
        encoding="utf-8",
    )
    assert classify_expression("MIT AND mit").level == "open"
    assert classify_expression("MIT AND mit", registry=Registry([folder])).level == "restricted"
    assert classify_expression("MIT AND mit").level == "open"
    osd = classify_expression("MIT AND ISC", "osd")
    assert {leaf.verdict.policy for leaf in osd.leaves} == {"osd"}
