"""A dual-licensing sentence whose version runs onto the next line is still one choice, a
choice under an SPDX tag that says the same is not read as a second, different one, and an
expression said twice in another order is kept once."""

from __future__ import annotations

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.textid.classify import combine

HEADER = (
    "# This file is dual licensed under the terms of the Apache License, Version\n"
    "# 2.0, and the MIT License.  See the LICENSE file in the root of this\n"
    "# repository for complete details.\n"
)


def test_dual_licensing_with_the_version_on_the_next_line_is_a_choice() -> None:
    found = classify_text(HEADER)
    assert found.expression == "Apache-2.0 OR MIT"


def test_tag_and_the_same_choice_in_prose_are_one_choice() -> None:
    found = classify_text("# SPDX-License-Identifier: MIT OR Apache-2.0\n" + HEADER)
    assert found.expression == "MIT OR Apache-2.0"
    assert found.verdict is not None and found.verdict.level == "open"


def test_combine_keeps_an_expression_said_again_in_another_order_once() -> None:
    assert combine(["MIT OR Apache-2.0", "Apache-2.0 OR MIT"]) == "MIT OR Apache-2.0"
    assert combine(["MIT AND BSD-3-Clause", "BSD-3-Clause AND MIT"]) == "MIT AND BSD-3-Clause"
    # an AND and an OR of the same licenses say different things
    assert combine(["MIT OR Apache-2.0", "MIT AND Apache-2.0"]) == (
        "(MIT OR Apache-2.0) AND (MIT AND Apache-2.0)"
    )


PYPROJECT = (
    "[project]\n"
    'name = "widgetry"\n'
    'license = "MIT OR Apache-2.0"\n'
    "classifiers = [\n"
    '    "License :: OSI Approved :: Apache Software License",\n'
    '    "License :: OSI Approved :: MIT License",\n'
    "]\n"
)


def test_classifiers_naming_the_options_of_a_choice_are_that_choice() -> None:
    found = classify_text(PYPROJECT)
    assert found.expression == "MIT OR Apache-2.0"
    # the classifiers are still reported as matches, with their lines
    assert {m.id for m in found.matches} == {"MIT", "Apache-2.0"}
    assert len(found.matches) > 2


def test_a_full_text_of_an_option_beside_the_choice_still_counts() -> None:
    mit = scancode_licenses()["mit"].text
    found = classify_text("SPDX-License-Identifier: GPL-2.0-only OR MIT\n\n" + mit)
    assert found.expression == "(GPL-2.0-only OR MIT) AND MIT"


def test_addresses_in_brackets_do_not_break_a_sentence_of_choice() -> None:
    found = classify_text(
        "Dual licensed under the GPL (https://example.org/gpl.txt) and\n"
        "MIT (https://example.org/mit.txt) licenses.\n"
    )
    assert found.expression == "GPL-1.0-or-later OR MIT"
