"""A license name written wholly in brackets, with punctuation left beside them."""

from __future__ import annotations

import pytest

from licenseclass import normalize


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("(GNU General Public License).", "GPL-3.0-or-later"),
        ("(Affero General Public License)", "AGPL-3.0-or-later"),
    ],
)
def test_an_unversioned_name_in_brackets_declines_with_candidates(text: str, offered: str) -> None:
    reading = normalize(text)
    assert reading.expression is None
    assert offered in reading.candidates
    assert "copyright" not in reading.how


@pytest.mark.parametrize("text", ["(MIT License).", "(MIT License)"])
def test_a_known_name_in_brackets_is_read(text: str) -> None:
    assert normalize(text).expression == "MIT"


@pytest.mark.parametrize("text", [".", "().", "-"])
def test_punctuation_alone_names_nothing(text: str) -> None:
    reading = normalize(text)
    assert reading.expression is None
    assert reading.candidates == ()
