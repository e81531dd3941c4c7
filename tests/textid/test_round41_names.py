"""A word that describes a license between the article and its name (forty-first round).

"licensed under the copyfree ISC License", "released under the permissive MIT license": the
describing word is no part of the name and does not stop it being read. The rule comes from
licensedcode-data and is left out of an index built at test time (as the held-out benchmark
does); the other texts are written here.
"""

from __future__ import annotations

import pytest
from left_out import index_without

from licenseclass import classify_text
from licenseclass.textid.index import TextIndex

LEFT_OUT = ("rules/isc_103.RULE",)


@pytest.fixture(scope="module")
def left_out() -> tuple[TextIndex, dict[str, tuple[str, str]]]:
    return index_without(LEFT_OUT)


def _ids(text: str, index: TextIndex | None = None) -> set[str]:
    return {m.id for m in classify_text(text, index=index, read_clauses=False).matches}


def test_the_left_out_notice_with_a_describing_word(
    left_out: tuple[TextIndex, dict[str, tuple[str, str]]],
) -> None:
    index, texts = left_out
    text, expected = texts["rules/isc_103.RULE"]
    assert _ids(text, index) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The parser is released under the permissive Zlib license.", {"Zlib"}),
        ("This gadget is distributed under the liberal ISC licence.", {"ISC"}),
        ("All code here uses the popular MIT license.", {"MIT"}),
    ],
)
def test_a_describing_word_before_the_name(text: str, expected: set[str]) -> None:
    assert _ids(text) == expected


def test_a_describing_word_alone_names_nothing() -> None:
    assert _ids("This gadget is released under a permissive license.") == set()
