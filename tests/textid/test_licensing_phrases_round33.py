"""Licensing phrases of the name stage (thirty-third round).

- "tri" and "triple" lead a list of names as "dual" does ("a tri MIT/GPL/LGPL license"), when
  "license" follows close on their line (not "triple quoted strings");
- "pursuant to" is a licensing phrase, and after "pursuant to" and "subject to" a name is read
  by the lenient reader too, as after "under" (not after "according to", which code comments use
  for anything, nor as a reStructuredText role: ":doc:`...`");
- a name followed by its abbreviation in brackets ends its sentence when the bracket does
  ("the Lesser GNU Public License (LGPL).").

The sentences are written for these tests, so that no reference of licensedcode-data holds them.
"""

from __future__ import annotations

import pytest

from licenseclass import classify_text


def _ids(text: str) -> list[str]:
    return [m.id for m in classify_text(text, read_clauses=False).matches]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This project is offered under a tri MIT/GPL/LGPL license.",
            ["MIT", "GPL-1.0-or-later", "LGPL-2.0-or-later"],
        ),
        ("The tool ships under a triple MIT/BSD/Apache license.", None),
        ("Redistribution is permitted pursuant to the GNU Public License.", ["GPL-1.0-or-later"]),
        ("The module may be copied subject to the GNU Public License.", ["GPL-1.0-or-later"]),
        ("Foo is released under the Lesser GNU Public License (LGPL).", ["LGPL-2.1-or-later"]),
        ("Foo is released under the Lesser/Library GNU Public License.", ["LGPL-2.0-or-later"]),
    ],
)
def test_licensing_phrases_name_the_license(text: str, expected: list[str] | None) -> None:
    found = _ids(text)
    if expected is None:
        assert len(found) == 3 and found[0] == "MIT"
    else:
        assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "According to the GPL FAQ, linking is fine.",
        "According to the MIT researchers, this is fast.",
        # code comments and docs: "according to" a version, a reStructuredText role
        "    :param loads: the function used to parse the data into a Python object. If\n"
        "        None, use a default one, according to the Python version (see above)\n",
        "Django 1.0.1 contains no new features (and, pursuant to :doc:`our API stability\n"
        "policy </misc/api-stability>`, it is safe to upgrade).\n",
        "Refer to the Apache documentation for the options.",
        # a GNU name with no version, mid-sentence, is talk about the license
        "Please refer to the GPL for details on linking.",
        # "triple" with no licensing after it (a changelog of pygments)
        "  * Turtle: Fix triple quoted strings (#2744, #2758)\n"
        "  * Various: Add ``^`` as an operator to Matlab, Octave and Scilab (#2798)\n",
    ],
)
def test_talk_after_a_phrase_ending_in_to_names_no_license(text: str) -> None:
    assert _ids(text) == []
