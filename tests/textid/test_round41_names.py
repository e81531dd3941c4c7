"""Names read past the words around them (forty-first round).

"licensed under the copyfree ISC License", "released under the permissive MIT license": the
describing word is no part of the name and does not stop it being read; nor does an adverb
after the licensing phrase ("licensed explicitly MIT"). "MIT/X" is MIT (ScanCode's rule
mit_484 says so), and "The license for this file is MPL 2.0" names the file's license. The
rules come from licensedcode-data and are left out of an index built at test time (as the
held-out benchmark does); the other texts are written here.
"""

from __future__ import annotations

import pytest
from left_out import index_without, matched_ids

from licenseclass.textid.index import TextIndex

LEFT_OUT = (
    "rules/isc_103.RULE",
    "rules/mit_1058.RULE",
    "rules/mit_484.RULE",
    "rules/mpl-2.0_78.RULE",
)


@pytest.fixture(scope="module")
def left_out() -> tuple[TextIndex, dict[str, tuple[str, str]]]:
    return index_without(LEFT_OUT)


@pytest.mark.parametrize("name", LEFT_OUT)
def test_the_left_out_notices(
    left_out: tuple[TextIndex, dict[str, tuple[str, str]]], name: str
) -> None:
    index, texts = left_out
    text, expected = texts[name]
    assert matched_ids(text, index) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The parser is released under the permissive Zlib license.", {"Zlib"}),
        ("This gadget is distributed under the liberal ISC licence.", {"ISC"}),
        ("All code here uses the popular MIT license.", {"MIT"}),
    ],
)
def test_a_describing_word_before_the_name(text: str, expected: set[str]) -> None:
    assert matched_ids(text) == expected


def test_a_describing_word_alone_names_nothing() -> None:
    assert matched_ids("This gadget is released under a permissive license.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The parser is licensed explicitly MIT.", {"MIT"}),
        ("This gadget is released solely under the Zlib license.", {"Zlib"}),
        ("The gadget is distributed under the MIT/X license.", {"MIT"}),
        ("The license for this module is MPL 2.0.", {"MPL-2.0"}),
    ],
)
def test_names_after_an_adverb_an_alias_or_a_pointer_to_this_file(
    left_out: tuple[TextIndex, dict[str, tuple[str, str]]], text: str, expected: set[str]
) -> None:
    assert matched_ids(text, left_out[0]) == expected
