"""The normalisation pipeline: named steps, line structure kept, idempotent, guideline cases."""

from __future__ import annotations

import importlib.metadata
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from licenseclass.core.licensedcode import split_front_matter
from licenseclass.textid.textnorm import PIPELINE, normalise, tokenise


def _reference_texts(count: int) -> list[str]:
    folder = Path(
        str(importlib.metadata.distribution("licensedcode-data").locate_file("licensedcode/data"))
    )
    paths = sorted((folder / "licenses").glob("*.LICENSE"))
    picked = random.Random(7).sample(paths, count)
    return [split_front_matter(p.read_text(encoding="utf-8"))[1] for p in picked]


REFERENCE_TEXTS = _reference_texts(60)


def test_pipeline_is_named_steps_lossless_first() -> None:
    names = [step.name for step in PIPELINE]
    assert len(names) == len(set(names))
    flags = [step.lossless for step in PIPELINE]
    assert flags == sorted(flags, reverse=True), "lossless steps must all come first"
    assert {"lower_case", "punctuation", "copyright_lines", "equivalent_words"} <= set(names)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_every_step_keeps_the_line_count(text: str) -> None:
    expected = text.replace("\r\n", "\n").replace("\r", "\n").count("\n")
    current = text
    for step in PIPELINE:
        current = step.run(current)
        assert current.count("\n") == expected, step.name


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_normalise_is_idempotent_on_any_text(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@pytest.mark.parametrize("text", REFERENCE_TEXTS[:30])
def test_normalise_is_idempotent_on_reference_texts(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


def test_quotes_dashes_case_and_spacing() -> None:
    assert normalise("\u201cAS\u00a0IS\u201d \u2014 WITHOUT\tWarranty") == "as is without warranty"


def test_equivalent_words_follow_the_guidelines() -> None:
    assert normalise("Licence, licenced; sub-license") == "license licensed sublicense"
    assert normalise("non-commercial use, per cent") == "noncommercial use percent"
    assert normalise("the copyright owner") == "the copyright holder"


def test_comment_markers_and_markup_go() -> None:
    header = "/*\n * Licensed under the MIT license.\n */\n# Permission granted\n// free"
    assert normalise(header).split("\n") == [
        "",
        "licensed under the mit license",
        "",
        "permission granted",
        "free",
    ]
    markdown = "## The **MIT** License\n> [See here](https://example.org/x/)\n---"
    assert normalise(markdown).split("\n") == ["the mit license", "see here example org x", ""]
    assert normalise("<p>Permission &amp; rights</p>") == "permission rights"


def test_bullets_and_numbering_go() -> None:
    text = "1. Redistributions\n(a) of source\n  * must retain\niv) the notice\n- and"
    assert normalise(text).split("\n") == [
        "redistributions",
        "of source",
        "must retain",
        "the notice",
        "and",
    ]


def test_copyright_statements_go_but_sentences_about_them_stay() -> None:
    text = "Copyright (c) 2020 Jane Doe\n© 2019 Acme\ncopyright notice, this list\n"
    text += "All rights reserved."
    assert normalise(text).split("\n") == ["", "", "copyright notice this list", ""]


def test_http_and_https_urls_compare_equal() -> None:
    assert normalise("see https://www.apache.org/licenses/") == normalise(
        "see http://apache.org/licenses"
    )


def test_tokenise_keeps_line_numbers() -> None:
    tokens = tokenise("MIT License\n\nCopyright 2020 X\nPermission is granted")
    assert tokens.words == ["mit", "license", "permission", "is", "granted"]
    assert tokens.lines == [1, 1, 4, 4, 4]


def test_lossless_only_keeps_words_and_case() -> None:
    assert normalise("It\u2019s  Fine\r\n", lossy=False) == "It's  Fine\n"


@pytest.mark.parametrize(
    "line",
    [
        "[" * 20000 + "](",
        "[x](" * 5000,
        "_a " * 5000,
        "*a " * 5000,
        "Copyright " * 2000,
        "(" * 20000,
    ],
)
def test_hostile_lines_are_normalised_in_one_piece(line: str) -> None:
    # Each pattern is bounded, so these finish quickly instead of backtracking for hours.
    out = normalise(line + "\nsecond line")
    assert out.split("\n")[1] == "second line"
