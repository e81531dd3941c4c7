"""A license named in a sentence whose subject is longer than "This library": the subject is read
first, dropped only when it names no license, and never when it says "dual" or negates; and a
sentence's closing punctuation is no part of a name."""

from __future__ import annotations

import pytest

from licenseclass import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("being licensed under the Amazon Software License.", "LicenseRef-scancode-amazon-sl"),
        ("All code in this repository is licensed under Apache License 2.0.", "Apache-2.0"),
        ("The scripts and documentation in this project are released under the MIT License", "MIT"),
        ("It is distributed under the terms of the GNU GPL v2", "GPL-2.0-only"),
        ("OpenStreetMap data is now licensed under the Open Database License.", "ODbL-1.0"),
        ("software made available under Version 2.0 of the Apache License", "Apache-2.0"),
        ("The original class is published under Apache 2.0 license", "Apache-2.0"),
        # "either ... or": a choice, and "either" is no word of a name
        ("available under either the MIT or the Apache 2.0 license", "MIT OR Apache-2.0"),
        # Markdown emphasis is no part of the words
        (
            "is available under *either* the terms of the modified BSD license *or* the "
            "Academic Free License version 2.1",
            "BSD-3-Clause OR AFL-2.1",
        ),
    ],
)
def test_the_subject_of_a_sentence_is_dropped(text: str, expected: str) -> None:
    found = normalize(text)
    assert found.expression == expected, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject says how the names join: a choice
        ("This package is dual licensed under the MIT and LGPLv3 licenses", "MIT OR LGPL-3.0-only"),
        ("Dual licensed under the MIT and GPL v2", "MIT OR GPL-2.0-only"),
    ],
)
def test_a_subject_that_says_dual_is_kept(text: str, expected: str) -> None:
    assert normalize(text).expression == expected


@pytest.mark.parametrize(
    "text",
    [
        # a negation: the work is not under MIT
        "cannot be licensed under the MIT licence",
        "does not distribute the sub-components licensed under LGPL 3.0",
        # the subject names something of its own
        "This example code is in public domain and licensed under MIT license",
        "MIT-licensed code is released under the Apache 2.0 license",
    ],
)
def test_a_subject_that_says_something_is_not_dropped(text: str) -> None:
    assert normalize(text).expression is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zlib/libpng license.", "Zlib"),
        ("MIT/X11 license:", "MIT"),
        ("May be used and distributed under the zlib/libpng license.", "Zlib"),
    ],
)
def test_a_sentences_end_is_no_part_of_a_name(text: str, expected: str) -> None:
    assert normalize(text).expression == expected


@pytest.mark.parametrize(
    "text",
    ["GPLv2+, LGPLv2+, (Apache 2.0 OR MIT)", "MIT, (Apache-2.0 OR BSD-3-Clause)"],
)
def test_a_choice_in_brackets_after_a_comma_list_declines(text: str) -> None:
    # the "or" joins inside the brackets; the commas before them say neither AND nor OR
    # (all four were read as one choice before)
    found = normalize(text)
    assert found.expression is None
    assert found.ambiguous


def test_a_count_of_licenses_joined_by_and_declines_both_ways() -> None:
    # "two licenses: A and B" does not say whether both apply or one may be chosen
    found = normalize("This project is available under two licenses: MIT and Apache 2.0")
    assert found.expression is None
    assert set(found.candidates) == {"MIT AND Apache-2.0", "MIT OR Apache-2.0"}
    # an "or" the text says is a choice whatever the count
    assert normalize("two licenses: MIT or Apache 2.0").expression == "MIT OR Apache-2.0"
