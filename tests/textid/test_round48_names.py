"""Names the name stage reads in more of the forms notices give them: after "under terms of",
after "according to the terms of", after "the same terms of"; before a boxed comment's closing
border and before "a copy of which"."""

from __future__ import annotations

import pytest

from licenseclass import classify_text


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        (
            "You can use, distribute and modify the widget under terms of GNU GPL.\n",
            "GPL-1.0-or-later",
        ),
        (
            "The widget may be used and distributed according to the terms of the GNU Public "
            "License.\n",
            "GPL-1.0-or-later",
        ),
        ("You can redistribute the widget under the same terms of Ruby.\n", "Ruby"),
        (
            "/*******************************************************************\n"
            " * The widget is published under the terms of the LGPL license      *\n"
            " *******************************************************************/\n",
            "LGPL-2.0-or-later",
        ),
        (
            "The widget is published under the terms of the LGPL license a copy of which is in "
            "the COPYING file.\n",
            "LGPL-2.0-or-later",
        ),
        # a list's "and" ending the line goes on with the next line's name
        (
            "The widget is released under the GPL (https://example.org/gpl.txt) and\n"
            "MIT (https://example.org/mit.txt) licenses.\n",
            "GPL-1.0-or-later AND MIT",
        ),
    ],
)
def test_name_forms_read(text: str, expression: str) -> None:
    assert classify_text(text).expression == expression


def test_according_to_without_terms_names_nothing() -> None:
    # code comments say "according to" of anything: only "according to the terms of" is a cue
    found = classify_text("# Sort the entries according to the Python version rules.\n")
    assert found.matches == ()
