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


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ('__license__ = "MIT or Apache License, Version 2.0"\n', "MIT OR Apache-2.0"),
        ('    license="GNU GPL version 3 or the MIT license",\n', "GPL-3.0-only OR MIT"),
        ('    license="Apache License 2.0 or MIT",\n', "Apache-2.0 OR MIT"),
    ],
)
def test_a_license_field_in_code_is_read_whole(text: str, expression: str) -> None:
    # the field's value is one statement, its names joined by "or" a choice: no part of it is
    # dropped, and it asks for none of them all
    found = classify_text(text).expression
    assert found is not None
    assert set(found.split(" OR ")) == set(expression.split(" OR "))
