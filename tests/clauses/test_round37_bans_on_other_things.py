"""Bans that are not limits on the work (thirty-seventh round).

A person read every text ScanCode files as Permissive, Public Domain, Copyleft or Copyleft
Limited that the clause reader called restricted (benchmarks/category_review.yaml). Among the
reader's mistakes were bans whose object is something other than the work as the licensee has
it, and one grant it did not see. Each shape is checked on the license text it was found in
(from licensedcode-data at run time) and on invented sentences, beside bans of the same words
that do limit the work.
"""

from __future__ import annotations

import pytest
from gadget import read, terms

from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.licensedcode import scancode_licenses

GRANT = "You may use, copy, modify and distribute the gadget."


@pytest.mark.parametrize(
    "key",
    [
        "sgi-cid-1.0",  # may not distribute Subject Software that (i) infringes ...
        "radvd",  # a version labelled as not for redistribution
        "inner-net-2.0",
        "owtchart",  # may not re-distribute or represent the code as your own
        "sfl-license",  # except this License Agreement, which you may not modify
        "oclc-1.0",  # a form to which the recipient can not make Modifications
        "whistle",  # use and redistribution ... are expressly permitted by Whistle
        "ipa-font",  # conditions on passing the font on as it is
        "cern-ohl-1.1",  # use the CERN OHL, in unmodified form only, for one's own designs
    ],
)
def test_the_open_texts_the_review_found_misread_are_open(key: str) -> None:
    assert analyze_text(scancode_licenses()[key].text).verdict.level == "open"


@pytest.mark.parametrize(
    "sentence",
    [
        "You may not distribute any gadget that infringes the rights of others.",
        "Recipient may not distribute Covered Code that (i) violates any law.",
        "You may not redistribute or represent the gadget as your own.",
        'You may not redistribute this gadget code as "Official Gadget Code" after changing it.',
        "If you receive a version of the gadget labelled as not for redistribution, you may not "
        "redistribute that version.",
        "You may change any part of the gadget except this license, which you may not modify.",
    ],
)
def test_a_ban_on_something_other_than_the_work_sets_no_limit(sentence: str) -> None:
    assert read(terms(GRANT, sentence)) == ("open", set())


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("You may not redistribute the gadget.", "no-redistribution"),
        ("You may not distribute the gadget to third parties.", "no-redistribution"),
        ("You may not modify the gadget.", "no-derivatives"),
        ("You may not redistribute or sell the gadget.", "no-redistribution"),
    ],
)
def test_the_same_bans_on_the_work_still_limit(sentence: str, kind: str) -> None:
    use_only = "You may use the gadget."
    assert kind in read(terms(use_only, sentence))[1]


def test_a_grant_expressly_permitted_by_the_licensor_gives_leave() -> None:
    sentence = (
        "Use and redistribution of the gadget, in source or object code forms, with or without "
        "modifications are expressly permitted by Gadget Works."
    )
    found = analyze_text(terms(sentence))
    assert {"use", "modify", "distribute"} <= {r for g in found.grants for r in g.rights}
    # a relative clause about copies one is expressly permitted to make grants nothing
    copies = "Any copies that you are expressly permitted to make must keep this notice."
    assert not analyze_text(terms(copies)).grants


def test_a_ban_on_changing_copies_passed_on_as_they_are_holds_where_nothing_grants_changes() -> (
    None
):
    conditions = (
        "If the Recipient redistributes the gadget, the Recipient shall meet the following "
        "conditions:\n(1) The Recipient may not change the name of the gadget.\n"
        "(2) The Recipient may not alter or otherwise modify the gadget."
    )
    derived = "The Recipient may create derived versions of the gadget and distribute them."
    assert "no-derivatives" not in read(terms(GRANT, derived, conditions))[1]
    use_only = "The Recipient may use, copy and redistribute the gadget."
    assert "no-derivatives" in read(terms(use_only, conditions))[1]


def test_hardware_implementations_left_out_of_the_grants_are_a_field_of_use() -> None:
    clause = (
        "The licenses granted in Section 2.1 and 2.2 are not applicable to implementation in "
        "Hardware of the algorithms embodied in the gadget."
    )
    assert read(terms(GRANT, clause)) == ("restricted", {"field-of-use"})
    assert "field-of-use" in read(scancode_licenses()["sgi-freeb-1.1"].text)[1]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("No license is granted for commercial use of the gadget.", "non-commercial"),
        (
            "No License is granted by Gadget Works for the distribution of the gadget.",
            "no-redistribution",
        ),
    ],
)
def test_no_leave_for_an_act_named_is_a_limit(sentence: str, kind: str) -> None:
    assert read(terms("You may use, copy and modify the gadget.", sentence)) == (
        "restricted",
        {kind},
    )


def test_an_item_that_denies_leave_under_a_grant_is_no_grant() -> None:
    text = terms(
        "Gadget Works grants you a license:\n(a) to use, copy and modify the gadget;\n"
        "(b) No License is granted for the Commercial Use of the gadget;\n"
        "(c) No License is granted for the distribution of the gadget."
    )
    found = analyze_text(text)
    assert "distribute" not in {r for g in found.grants for r in g.rights}
    assert {"non-commercial", "no-redistribution"} <= read(text)[1]
    # the University of Utah research license says so in its sections 2.1(d) and (e)
    kinds = read(scancode_licenses()["uofu-rfpl"].text)[1]
    assert {"non-commercial", "no-redistribution"} <= kinds
