"""A version said after a name, then "or any later version" (forty-third round).

Outside the GNU family an id names one version, so "the Eclipse Public License, either version
2.0 of this license or (at your option) any later version" names EPL-2.0, as the same words
without the "or later" part do. Before this round the tail lost the version in three ways:

- the reading of the raw words ran past the version, so the name table's bare name (EPL's
  first version) won over it;
- "of this license" between the version and "or later" stopped the version from joining the
  name, and a long name with its tail counted as too long to be a name (the LaTeX Project
  Public License, version 1.2);
- the lenient reader declines "... License version 1.1 or any later version" for some names
  (the CDDL): the name stage now reads the name without the tail.

"version 1" of a license whose catalogue has 1.0 is 1.0 (LPPL-1.0), not the latest version the
bare name stands for. GNU licenses keep their own reading: "or later" is part of the id.
"""

from __future__ import annotations

import pytest
from left_out import matched_ids

NOTICE = "This work may be distributed under the terms of the {name}, either version {v}"


@pytest.mark.parametrize(
    ("name", "version", "expected"),
    [
        ("Eclipse Public License", "2.0", "EPL-2.0"),
        ("Mozilla Public License", "1.1", "MPL-1.1"),
        ("Common Development and Distribution License", "1.1", "CDDL-1.1"),
        ("LaTeX Project Public License", "1.2", "LPPL-1.2"),
        ("LaTeX Project Public License", "1", "LPPL-1.0"),
        ("Apache License", "2.0", "Apache-2.0"),
    ],
)
@pytest.mark.parametrize(
    "tail", ["", " of this license", " of this license or (at your option) any later version"]
)
def test_a_version_after_the_name_with_or_without_later(
    name: str, version: str, expected: str, tail: str
) -> None:
    text = NOTICE.format(name=name, v=version) + tail + "."
    assert matched_ids(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This program is free software; you can redistribute it under the terms of the GNU "
            "General Public License, either version 2 of this license or (at your option) any "
            "later version.",
            {"GPL-2.0-or-later"},
        ),
        (
            "The gadget is distributed under the terms of the GNU Lesser General Public "
            "License, version 2.1 of this license.",
            {"LGPL-2.1-only"},
        ),
        # two names in a list: each keeps its own version
        (
            "Licensed under the Eclipse Public License v2.0 and the Apache License.",
            {"EPL-2.0", "Apache-2.0"},
        ),
    ],
)
def test_gnu_names_and_lists_keep_their_reading(text: str, expected: set[str]) -> None:
    assert matched_ids(text) == expected
