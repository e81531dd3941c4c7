"""A heading in title case, and changed copies named in other words (forty-second round).

The texts are invented (a made-up "gadget"), after shapes met in the tuning parts of the
clause-reader evaluation.

- A document's name on a line of its own in title case ("Proprietary Acme Gadget License"),
  the text starting on the next line without a blank line between, is a heading: it is not
  the subject of the first sentence, so "Acme Gadget License The Kit may not be distributed"
  no longer reads as a sentence about the licence document (which limits nothing).
- Changed copies named with an adverb ("personally modified versions") or as "modifications"
  after a gerund ("Publishing modifications ... is prohibited") are changes that may not be
  shared: no-derivatives.
"""

from __future__ import annotations

import pytest
from gadget import read

from licenseclass import classify_text
from licenseclass.clauses.analysis import analyze_text

GRANT = "Acme grants you a license to use, copy, modify and distribute the gadget."


@pytest.mark.parametrize(
    "heading",
    [
        "Proprietary Acme Gadget License",
        "Acme Gadget SDK License Agreement",
        "End User License Agreement",
        "Gadget Terms of Use",
    ],
)
def test_a_title_case_heading_is_not_the_subject_of_the_next_line(heading: str) -> None:
    text = (
        f"{heading}\nThe Gadget Kit may not be distributed in parts or its entirety\n"
        "without prior written agreement by Acme Media GmbH.\n"
    )
    assert "no-redistribution" in read(text)[1]


def test_the_same_sentence_after_a_blank_line_reads_alike() -> None:
    text = "Acme Gadget License\n\nThe Gadget Kit may not be distributed.\n"
    assert "no-redistribution" in read(text)[1]


@pytest.mark.parametrize(
    "text",
    [
        # a wrapped sentence whose first line is no heading: lower-case words in it
        "The gadget is licensed under the Acme License\nVersion 2.0, which you may read online.",
        # a heading about the licence itself, above a sentence that limits nothing
        "Acme Gadget License\nThis license may not be modified by anyone but Acme.",
    ],
)
def test_lines_that_are_no_heading_or_limit_nothing(text: str) -> None:
    assert read(f"{GRANT}\n\n{text}\n")[1] == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Distribution of personally modified versions of the gadget is not permitted.",
        "Redistribution of locally altered copies of the gadget is prohibited.",
        "Publishing modifications, replications and derivatives of the gadget - even in parts -"
        " is prohibited without a written permission of its author.",
        "Distributing derivative works of the gadget is not allowed.",
    ],
)
def test_changed_copies_that_may_not_be_shared(sentence: str) -> None:
    assert "no-derivatives" in read(f"{GRANT}\n\n{sentence}\n")[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Distribution of modified versions of the gadget is permitted.",
        "Publishing modifications of the gadget is encouraged.",
    ],
)
def test_leave_to_share_changed_copies_limits_nothing(sentence: str) -> None:
    assert read(f"{GRANT}\n\n{sentence}\n")[1] == set()


def test_a_wording_offered_to_add_is_no_limit_in_force() -> None:
    # the Open Publication License's options: the licensor may add these words; until then
    # they bind no one
    text = (
        f"{GRANT}\n\nA. To prohibit distribution of substantively modified versions, add the"
        " phrase 'Distribution of substantively modified versions of this document is"
        " prohibited without the explicit permission of the copyright holder.' to the license"
        " reference or copy.\n"
    )
    assert read(text)[1] == set()


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Your use of the gadget must comply at all times with any restrictions applicable"
            " to the Acme Cloud Services.",
            "acceptable-use-policy",
        ),
        (
            "You further agree to comply with the Terms and Conditions of the Acme Community.",
            "acceptable-use-policy",
        ),
        ("You may only access the gadget's services within an available region.", "territory"),
        (
            "You can redistribute the gadget, but only where there has been no modification to it.",
            "no-derivatives",
        ),
        ("You may distribute the gadget only if it is unmodified.", "no-derivatives"),
    ],
)
def test_limits_said_by_what_use_must_follow(sentence: str, kind: str) -> None:
    assert kind in read(f"{GRANT}\n\n{sentence}\n")[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "You must comply with all applicable export laws and regulations.",
        "You must comply with the terms and conditions of this License.",
        "You must comply with the terms and conditions of the Apache License, Version 2.0.",
        "You may redistribute the gadget only if the copyright notice is retained.",
        "The gadget is available in every supported region.",
    ],
)
def test_duties_that_keep_the_work_free(sentence: str) -> None:
    assert read(f"{GRANT}\n\n{sentence}\n")[1] == set()


@pytest.mark.parametrize(
    ("note", "level"),
    [
        # a coding note beside a notice (joblib's copy of concurrent.futures): no limit
        ("#  * Do not use yield from\n#  * Use old super syntax\n", "open"),
        ("# Don't use asyncio.run here\n", "open"),
        # a ban on the work, or on a use of it, is still read
        ("# Do not use this software for military purposes.\n", "restricted"),
        ("# Do not use for commercial purposes.\n", "restricted"),
        ("# Do not use in production.\n", "restricted"),
    ],
)
def test_a_coding_note_beside_a_notice_is_no_limit(note: str, level: str) -> None:
    header = "# Copyright 2009 A. Author. All Rights Reserved.\n# Licensed under the MIT License.\n"
    assert classify_text(note + header).verdict.level == level


@pytest.mark.parametrize(
    ("sentence", "threshold"),
    [
        (
            "You may use the gadget in deployments where the total number of end users (natural"
            " persons with direct access) does not exceed fifty (50).",
            50,
        ),
        ("The number of named users is limited to 5.", 5),
    ],
)
def test_a_cap_said_after_the_count_of_users(sentence: str, threshold: int) -> None:
    found = analyze_text(f"{GRANT}\n\n{sentence}\n")
    caps = [r for r in found.license.restrictions if r.kind == "user-threshold"]
    assert [getattr(r, "threshold", None) for r in caps] == [threshold]


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of users of the gadget has grown to more than 5,000 since 2010.",
        "We thank the large number of users who reported more than 200 bugs.",
    ],
)
def test_a_count_of_users_told_is_no_cap(sentence: str) -> None:
    assert read(f"{GRANT}\n\n{sentence}\n")[1] == set()


def test_revenue_said_without_a_currency_is_a_threshold() -> None:
    sentence = (
        "If your company has over two million in annual revenue, then you must have a"
        " commercial license."
    )
    found = analyze_text(f"{GRANT}\n\n{sentence}\n")
    caps = [r for r in found.license.restrictions if r.kind == "revenue-threshold"]
    assert [getattr(r, "amount", None) for r in caps] == [2_000_000]
    assert read(f"{GRANT}\n\nThe project raised over two million in funding last year.\n")[1] == (
        set()
    )
