"""Licenses a licensing verb offers joined by a bare "or" are a choice, as when the sentence
says "either" or "at your option"; an "or" that joins no licenses is not."""

from __future__ import annotations

import pytest

from licenseclass import classify_text
from licenseclass.expressions.parser import equivalent


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Licensed under the MIT License or the Apache License 2.0.", "MIT OR Apache-2.0"),
        ("Licensed under the Apache License 2.0 or the MIT License.", "Apache-2.0 OR MIT"),
        ("This code is released under the EPL 2.0 or the MIT License.", "EPL-2.0 OR MIT"),
        (
            "The library may be used under the GNU LGPL v2.1 or the MPL 1.1.",
            "LGPL-2.1-only OR MPL-1.1",
        ),
    ],
)
def test_a_bare_or_after_a_licensing_verb_is_a_choice(sentence: str, expected: str) -> None:
    found = classify_text(sentence)
    assert found.expression is not None
    assert equivalent(found.expression, expected), found.expression


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a version's "or newer", then another license in a sentence of its own
        (
            "The tools are licensed under the GNU GPL version 2 or newer.\n"
            "The library is licensed under the GNU LGPL version 2.1 or newer.\n",
            "GPL-2.0-or-later AND LGPL-2.1-or-later",
        ),
        # a license named on the line outside the sentence: left as found
        (
            "This file is distributed under the MIT license. Other files are distributed "
            "under the BSD license or the GPL.",
            "MIT AND BSD-3-Clause AND GPL-1.0-or-later",
        ),
    ],
)
def test_an_or_that_offers_no_licenses_is_no_choice(text: str, expected: str) -> None:
    found = classify_text(text)
    assert found.expression is not None
    assert equivalent(found.expression, expected), found.expression


_MPL_HEADER = (
    "/* The contents of this file are subject to the Mozilla Public License Version\n"
    ' * 1.1 (the "License"); you may not use this file except in compliance with\n'
    " * the License. You may obtain a copy of the License at\n"
    " * http://www.mozilla.org/MPL/\n *\n"
    ' * Software distributed under the License is distributed on an "AS IS" basis,\n'
    " * WITHOUT WARRANTY OF ANY KIND, either express or implied. See the License\n"
    " * for the specific language governing rights and limitations under the\n"
    " * License.\n *\n"
    " * Alternatively, the contents of this file may be used under the terms of\n"
    " * {offered},\n"
    " * in which case the provisions of the LGPL are applicable instead of those above.\n */\n"
)


def test_a_license_offered_alternatively_is_a_choice_beside_the_one_before() -> None:
    found = classify_text(
        _MPL_HEADER.format(
            offered='the GNU Lesser General Public License Version 2.1 or later (the "LGPL")'
        )
    )
    assert found.expression is not None
    assert equivalent(found.expression, "MPL-1.1 OR LGPL-2.1-or-later"), found.expression
    # "the following license": the license offered is not the one named near the word
    below = classify_text(
        _MPL_HEADER.format(
            offered="the following license, instead of the GNU General Public License"
        )
    )
    assert below.expression is not None
    assert " OR " not in below.expression, below.expression
