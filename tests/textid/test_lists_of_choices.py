"""A list of licenses after a lead that ends in a colon ("released under one of the following
two licenses: GPLv2 or MIT"), or one per line under a lead ("Licensed under either of"), is one
choice, or one set, of every license it names."""

from __future__ import annotations

import pytest

from licenseclass import classify_text


@pytest.mark.parametrize(
    ("notice", "expression"),
    [
        ("Licensed under the following licenses: GPLv2 or MIT.", "GPL-2.0-only OR MIT"),
        ("Licensed under either of: GPLv2 or MIT.", "GPL-2.0-only OR MIT"),
        ("You may use this under one of two licenses: GPLv2 or MIT.", "GPL-2.0-only OR MIT"),
        (
            "This software is released under one of the following two licenses: GPL or MIT.",
            "GPL-1.0-or-later OR MIT",
        ),
        ("This project is dual-licensed: MIT / Apache-2.0.", "MIT OR Apache-2.0"),
        ("It is licensed under two licenses: GPL and MIT.", "GPL-1.0-or-later AND MIT"),
        (
            "The code is available under these licenses: the Apache License 2.0, the MIT "
            "License, or the BSD 3-Clause License.",
            "Apache-2.0 OR MIT OR BSD-3-Clause",
        ),
    ],
)
def test_a_list_after_a_colon_keeps_every_license_and_the_choice(
    notice: str, expression: str
) -> None:
    found = classify_text(notice)
    assert found.expression == expression
    assert found.unexplained == ()


def test_a_choice_with_a_restrictive_option_stays_open() -> None:
    found = classify_text("Licensed under one of the following licenses: CC-BY-NC-4.0 or MIT.")
    assert found.expression == "CC-BY-NC-4.0 OR MIT"
    assert found.verdict.level == "open"


def test_a_list_with_a_piece_that_is_no_license_is_not_read_as_a_list() -> None:
    # one piece is no license's name: the list is not settled by guessing
    found = classify_text(
        "This software is released under one of the following two licenses: GPLv2 or the "
        "vendor's own terms."
    )
    assert found.expression != "GPL-2.0-only OR MIT"
    assert "OR" not in (found.expression or "")


def test_a_colon_on_a_line_about_something_else_names_no_list() -> None:
    assert classify_text("Note: MIT and GPL are both popular.").expression is None


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        (
            "Licensed under either of\n\n * Apache License, Version 2.0\n * MIT license\n\n"
            "at your option.\n",
            "Apache-2.0 OR MIT",
        ),
        (
            "Licensed under either of:\n\n * Apache License, Version 2.0 (LICENSE-APACHE)\n"
            " * MIT license (LICENSE-MIT or https://opensource.org/licenses/MIT)\n",
            "Apache-2.0 OR MIT",
        ),
        (
            "This project is covered by the following licenses:\n  MIT\n  BSD-3-Clause\n",
            "MIT AND BSD-3-Clause",
        ),
        (
            "The code is released under the following licenses:\n"
            "1. GNU General Public License v3.0\n"
            "2. Creative Commons Attribution-NonCommercial 4.0\n",
            "GPL-3.0-only AND CC-BY-NC-4.0",
        ),
        (
            "The package is distributed under the terms of\n\n- the MIT License\n"
            "- the Apache License 2.0\n\nat the user's option.\n",
            "MIT OR Apache-2.0",
        ),
    ],
)
def test_a_list_below_a_lead_keeps_every_license(text: str, expression: str) -> None:
    found = classify_text(text)
    assert found.expression == expression
    assert found.unexplained == ()


def test_a_list_below_a_lead_with_an_item_that_is_no_license_is_not_guessed() -> None:
    found = classify_text(
        "Licensed under either of\n * Apache License, Version 2.0\n"
        " * a commercial license from us\n"
    )
    # the commercial option is a clue, not a license; no choice is made up
    assert found.expression == "Apache-2.0"
    assert any(c.endswith("commercial-license") for c in found.clues)


@pytest.mark.parametrize(
    ("notice", "expression"),
    [
        ("This work is dual-licensed under Apache 2.0 and MIT.", "Apache-2.0 OR MIT"),
        ("This library is dual-licensed under the GPL v2 and the MIT license.", None),
        ("This project is dual-licensed under CC-BY-NC-4.0 and the MIT license.", None),
    ],
)
def test_dual_licensing_is_a_choice(notice: str, expression: str | None) -> None:
    found = classify_text(notice)
    assert found.expression is not None
    assert " AND " not in found.expression and " OR " in found.expression
    if expression is not None:
        assert found.expression == expression
    assert found.verdict.level == "open"  # an open option is there to take


def test_licenses_for_parts_of_the_work_are_no_choice() -> None:
    found = classify_text(
        "This is dual-licensed: see below. The MIT license applies to code; CC-BY-4.0 to docs."
    )
    assert found.expression is not None and " OR " not in found.expression


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Code: MIT. Docs: CC-BY-4.0. Models: CC-BY-NC-4.0.", {"MIT", "CC-BY-4.0", "CC-BY-NC-4.0"}),
        ("- Source code: MIT\n- Documentation: CC-BY-SA-4.0\n", {"MIT", "CC-BY-SA-4.0"}),
        ("Code: ISC; data: ODbL-1.0", {"ISC", "ODbL-1.0"}),
    ],
)
def test_an_id_after_a_label_naming_a_part_is_read(text: str, expression: set[str]) -> None:
    found = classify_text(text)
    assert {m.id for m in found.matches} == expression
    assert " OR " not in (found.expression or "")


def test_a_word_after_a_part_label_that_is_no_id_is_not_read() -> None:
    assert classify_text("Code: Python. Docs: Sphinx.").matches == ()


@pytest.mark.parametrize(
    "text",
    [
        "Licensed under the Apache License, Version 2.0 <LICENSE-APACHE or "
        "http://www.apache.org/licenses/LICENSE-2.0> or the MIT license <LICENSE-MIT or "
        "http://opensource.org/licenses/MIT>, at your option.\n",
        "Licensed under the Apache License, Version 2.0 <LICENSE-APACHE or\n"
        "http://www.apache.org/licenses/LICENSE-2.0> or the MIT license\n"
        "<LICENSE-MIT or http://opensource.org/licenses/MIT>, at your\n"
        "option. This file may not be copied, modified, or distributed\n"
        "except according to those terms.\n",
        "You may use this under the MIT license or, at your option, the Apache License 2.0.\n",
    ],
)
def test_names_joined_by_or_at_the_licensees_option_are_a_choice(text: str) -> None:
    found = classify_text(text)
    assert found.expression in ("MIT OR Apache-2.0", "Apache-2.0 OR MIT")


def test_either_of_another_kind_makes_no_choice() -> None:
    found = classify_text(
        "This work is licensed under CC-BY-NC-4.0 and, for the code, the MIT license; either "
        "way, attribution is required."
    )
    assert found.expression is not None and " OR " not in found.expression
    assert found.verdict.level == "restricted"
