"""Notices misread for a look-alike of another license (fortieth round).

- A GPL notice's sentence with another license's name in the name's place ("... modify it
  under the terms of the BSD License", with Debian's pointer to its common-licenses file) is
  that license's notice, not the GPL's: the GPL notice it was aligned with never says "BSD".
- A notice that names the GNU Library Public License, aligned with a GPL notice that says
  "GNU General Public License", is the LGPL's ("Library GNU General Public License" too).
- A license the work was under before ("Before that, it was released under the GPLv3",
  "previously distributed under the GPL v2") is not its license where another one is named
  as the current one.

The rules come from licensedcode-data and are left out of an index built at test time (as the
held-out benchmark does); the other texts are written here.
"""

from __future__ import annotations

import pytest
from left_out import index_without, matched_ids

from licenseclass import classify_text
from licenseclass.expressions.tree import split_ids
from licenseclass.textid.index import TextIndex

LEFT_OUT = (
    "rules/bsd-new_548.RULE",
    "rules/lgpl-2.0-plus_319.RULE",
    "rules/apache-2.0_704.RULE",
    # a guard: "the Library GNU General Public License" with a linking exception stays LGPL
    "rules/lgpl-2.1_with_broadcom-linking-exception-2.0_1.RULE",
)


@pytest.fixture(scope="module")
def left_out() -> tuple[TextIndex, dict[str, tuple[str, str]]]:
    return index_without(LEFT_OUT)


@pytest.mark.parametrize("name", LEFT_OUT)
def test_left_out_notice_gives_its_own_licenses(
    left_out: tuple[TextIndex, dict[str, tuple[str, str]]], name: str
) -> None:
    index, rules = left_out
    text, expression = rules[name]
    # (exceptions aside: the licenses the rule names)
    wanted = {i for i in split_ids(expression) if "exception" not in i}
    assert matched_ids(text, index) == wanted


@pytest.mark.parametrize(
    ("text", "now", "before"),
    [
        (
            "This software was previously distributed under the GPL v2. It is now distributed "
            "under the MIT license.",
            "MIT",
            "GPL-2.0-only",
        ),
        (
            "The toolkit is released under the Apache 2.0 license. Before that, it was released "
            "under the GPLv3.",
            "Apache-2.0",
            "GPL-3.0-only",
        ),
    ],
)
def test_a_license_the_work_was_under_before_is_not_its_license(
    text: str, now: str, before: str
) -> None:
    found = matched_ids(text)
    assert now in found
    assert before not in found


def test_a_past_license_alone_is_still_reported() -> None:
    # nothing else names the work's license: the only name the text gives is kept
    assert matched_ids("This software was previously distributed under the GPL v2.") == {
        "GPL-2.0-only"
    }


def test_a_license_simply_said_in_the_past_tense_is_the_works_license() -> None:
    assert matched_ids("This library was released under the GPL v2.") == {"GPL-2.0-only"}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Copyright (c) 2020 Acme Corp. All rights reserved.\nThis software may not be "
            "copied, modified, distributed or used without the express written permission of "
            "Acme Corp.",
            "closed",
        ),
        (
            "All rights reserved. No part of this program may be reproduced, stored in a "
            "retrieval system, or transmitted in any form or by any means without prior written "
            "permission.",
            "closed",
        ),
        (
            "This software may be freely used and distributed for educational and research "
            "purposes only. It may not be sold.",
            "restricted",
        ),
    ],
)
def test_a_short_notice_in_few_licensing_words_is_read(text: str, level: str) -> None:
    assert classify_text(text).verdict.level == level


@pytest.mark.parametrize(
    "text",
    [
        "This value must not be modified once the parser has started.\n",
        "# Generated file. It must not be modified by hand; run make to rebuild it.\n",
        "Do not use this command in production. It may be removed in a later release.\n",
    ],
)
def test_short_comments_about_code_stay_unread(text: str) -> None:
    result = classify_text(text)
    assert result.verdict.level == "unknown"
    assert not any(region.restrictions for region in result.unexplained)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Copyright Acme. You may use, copy, modify and distribute this software for any "
            "purpose, commercial or not, provided that this notice is kept.",
            "open",
        ),
        (
            "Acme SDK License\n\nYou may use the SDK solely to develop applications for Acme "
            "devices. You may not redistribute the SDK. You may not modify the SDK. All other "
            "rights are reserved by Acme.",
            "closed",
        ),
        (
            "Terms of Service\n\nBy using the Service you agree to these Terms. You may access "
            "and use the Service for your internal business purposes. You may not copy, modify, "
            "or distribute any part of the Service. Acme may change these Terms at any time.",
            "closed",
        ),
        (
            "The Software may be used only with a valid subscription. You may not copy the "
            "Software except for backup purposes, and you may not modify it or transfer it to "
            "anyone.",
            "closed",
        ),
        (
            "Acme grants the Licensee a non-exclusive license to use, modify and distribute the "
            "Software for non-commercial purposes. Any commercial use requires a separate "
            "agreement with Acme.",
            "restricted",
        ),
    ],
)
def test_terms_that_list_the_acts_of_copyright_are_read(text: str, level: str) -> None:
    assert classify_text(text).verdict.level == level


def test_docs_that_name_one_or_two_acts_stay_unread() -> None:
    text = (
        "Working with lists\n\nYou may copy the returned list before you change it. The "
        "parser must not modify its input, and callers should not rely on the order.\n"
    )
    assert classify_text(text).verdict.level == "unknown"


def test_the_new_style_bsd_license_is_the_three_clause_bsd() -> None:
    from licenseclass import normalize

    assert normalize("new-style BSD license").expression == "BSD-3-Clause"
