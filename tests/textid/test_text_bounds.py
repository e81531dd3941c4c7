"""Hostile texts: repeated markup and repeated anchors cost work in proportion to the text.

No wall-clock limits: the Markdown patterns are checked on what they still strip, and the
verbatim matcher on how many reference texts it compares.
"""

from __future__ import annotations

import pytest

from licenseclass.core.registry import default_registry
from licenseclass.textid import textnorm
from licenseclass.textid.index import TextIndex, builtin_index
from licenseclass.textid.matchers import contained
from licenseclass.textid.names import name_table
from licenseclass.textid.query import Query


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see [terms](https://x.org/t) here", "see terms https://x.org/t here"),
        ('![logo](logo.png "The logo")', "logo logo.png"),
        ("[wiki](https://en.wikipedia.org/wiki/X_(y))", "wiki https://en.wikipedia.org/wiki/X_(y)"),
        ("**bold**, *it*, __b__, _u_ and ~~gone~~", "bold, it, b, u and gone"),
        ("a * b * c and snake_case", "a * b * c and snake_case"),
        ("[a](" * 5, "[a](" * 5),
        ("_a " * 5, "_a " * 5),
    ],
)  # fmt: skip
def test_markdown_still_stripped(text: str, expected: str) -> None:
    assert textnorm.markup(text) == expected


def test_repeated_markup_keeps_its_words() -> None:
    for unit in ("[a](", "_a ", "![a](b ", "**a *b "):
        text = unit * 250_000
        words = textnorm.tokenise(text).words
        assert set(words) <= {"a", "b"}
        assert len(words) == text.count("a") + text.count("b")


def test_a_repeated_anchor_compares_few_references(monkeypatch: pytest.MonkeyPatch) -> None:
    index = builtin_index()
    compared: list[int] = []
    real = TextIndex.ref_tokens

    def counting(self: TextIndex, ref: int) -> object:
        compared.append(ref)
        return real(self, ref)

    monkeypatch.setattr(TextIndex, "ref_tokens", counting)
    text = "Permission is hereby granted " * 20_000
    query = Query(index, name_table(default_registry()), text)
    assert contained(query) == []
    # Hundreds of references start with these four words; none goes on with "permission".
    assert len(compared) < len(query.ids) // 100
