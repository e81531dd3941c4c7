"""Grants read as lists of the rights they give: what a plainly listed grant leaves out it does
not give, unless another sentence (or another license the text adds to) grants it.

The texts are written for the test (a made-up "gadget"), except where a licensedcode-data text
is the base that a word is taken out of.
"""

from __future__ import annotations

import pytest
from gadget import read, terms

from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.core.model import UserThreshold


def test_mit_without_modify_in_its_grant_withholds_changes_at_the_grant_line() -> None:
    mit = scancode_licenses()["mit"].text
    assert read(mit) == ("open", set())
    assert "modify, " in mit
    changed = mit.replace("modify, ", "", 1)
    level, kinds = read(changed)
    assert (level, kinds) == ("restricted", {"no-derivatives"})
    grant_line = 1 + changed[: changed.index("merge, publish")].count("\n")
    found = analyze_text(changed).license
    lines = {
        line
        for r in found.restrictions
        if r.kind == "no-derivatives"
        for e in r.evidence
        for line in range(e.start_line, e.end_line + 1)
    }
    assert grant_line in lines
    assert found.rights.modify.status == "denied"
    assert found.rights.share.status != "denied"


@pytest.mark.parametrize(
    "grant",
    [
        "Acme grants permission to use and redistribute the gadget firmware files.",
        "Redistribution and use of the gadget in binary form is permitted.",
        "Acme grants you a license to use, reproduce and distribute the gadget in object code "
        "form.",
        "Permission is granted to use, copy, merge, publish, distribute and sell copies of the "
        "gadget.",
    ],
)
def test_a_grant_in_a_fixed_form_or_a_full_list_without_modifying_withholds_changes(
    grant: str,
) -> None:
    level, kinds = read(terms(grant, "Keep this notice with every copy."))
    assert level == "restricted"
    assert "no-derivatives" in kinds
    assert "no-redistribution" not in kinds


def test_changes_granted_in_another_sentence_are_granted() -> None:
    text = terms(
        "Acme grants permission to use and redistribute the gadget firmware files.",
        "You may also modify the gadget and distribute your modified versions.",
    )
    assert "no-derivatives" not in read(text)[1]


def test_a_short_list_of_sharing_rights_alone_leaves_changes_unknown() -> None:
    # Two verbs in source and binary forms name no fixed form: silence, not a limit.
    text = terms(
        "Redistribution and use of the gadget in source and binary forms are permitted.",
        "Keep this notice with every copy.",
    )
    assert read(text) == ("unknown", set())


def test_a_grant_to_use_and_modify_withholds_sharing() -> None:
    level, kinds = read(terms("You may use and modify the gadget.", "Keep this notice."))
    assert (level, kinds) == ("restricted", {"no-redistribution"})


def test_use_in_your_own_applications_implies_passing_them_on() -> None:
    text = terms(
        "You are free to use/modify this code but leave this header intact.",
        "You are free to use it in any of your applications.",
    )
    assert "no-redistribution" not in read(text)[1]


def test_an_addition_to_another_license_is_not_read_for_what_it_leaves_out() -> None:
    text = terms(
        "As a special exception to the GNU General Public License, you may distribute the "
        "gadget in binary form under terms of your choice.",
        "This exception does not affect other rights.",
    )
    assert "no-derivatives" not in read(text)[1]


def test_use_alone_with_a_ban_on_passing_it_on_is_closed_with_both_kinds() -> None:
    text = terms(
        "You can use the gadget for personal, business or any other need of yours, subject to "
        "the following restrictions:",
        "1. You may not redistribute the gadget without the author's consent.",
    )
    assert read(text) == ("closed", {"no-derivatives", "no-redistribution"})


def test_changes_kept_to_internal_use_may_not_be_shared() -> None:
    text = terms(
        "You are hereby granted a license to (1) use and copy the gadget; (2) distribute the "
        "gadget as part of your own software; and (3) modify the gadget for your own internal "
        "use.",
        "Acme reserves all rights not expressly granted.",
    )
    assert "no-derivatives" in read(text)[1]


def test_items_under_conditions_are_duties_not_grants() -> None:
    text = terms(
        "The gadget may be redistributed freely under the following conditions:",
        "(1) That no profit is made from the sale or distribution of the gadget.\n"
        "(2) That the source code of the gadget not be modified in any way.",
    )
    found = analyze_text(text)
    assert [g.rights for g in found.grants] == [("distribute",)]
    kinds = {r.kind for r in found.license.restrictions}
    assert {"no-derivatives", "no-selling"} <= kinds


def test_a_use_defined_to_cover_changes_withholds_nothing() -> None:
    text = terms(
        '"Use" means using, copying, modifying and distributing the gadget.',
        "Acme hereby grants you a non-transferable license to Use the gadget.",
        "Acme reserves all rights not expressly granted.",
    )
    kinds = read(text)[1]
    assert not kinds & {"no-derivatives", "no-redistribution"}


@pytest.mark.parametrize(
    "grant",
    [
        "Do whatever you like with the gadget, just be nice.",
        "You may do with it whatsoever you please provided that you keep this file.",
    ],
)
def test_leave_to_do_anything_grants_every_right(grant: str) -> None:
    rights = analyze_text(terms(grant, "Keep this notice.")).license.rights
    assert (rights.use.status, rights.modify.status) != ("unknown", "unknown")
    assert rights.modify.status in ("granted", "conditional")
    assert rights.share.status in ("granted", "conditional")


def test_a_user_limit_whose_number_is_left_blank_is_a_user_threshold() -> None:
    text = terms(
        "Use Limitation: [number] users",
        "Acme grants you a license to use, copy, modify and distribute the gadget.",
        "The license granted above allows use by up to the number of users per entity set "
        "forth above.",
    )
    found = analyze_text(text)
    limits = [r for r in found.license.restrictions if isinstance(r, UserThreshold)]
    assert len(limits) == 1
    assert limits[0].threshold is None
    assert found.verdict.level == "restricted"
    assert any("a number of users the license sets" in r.message for r in found.verdict.reasons)


def test_a_numbered_user_limit_keeps_its_number() -> None:
    found = analyze_text("The gadget must not be used by more than 1000 users.")
    limits = [r for r in found.license.restrictions if isinstance(r, UserThreshold)]
    assert [r.threshold for r in limits] == [1000]


def test_a_user_threshold_of_zero_is_still_refused() -> None:
    with pytest.raises(ValueError, match="greater than 0"):
        UserThreshold(threshold=0)
    assert UserThreshold().threshold is None


def test_a_grant_on_condition_that_you_do_not_modify_withholds_changes() -> None:
    text = terms(
        "Acme grants to you the right to copy and redistribute the gadget. Such rights are "
        "granted to you without fee, provided that:",
        "1. This notice is included with each copy you make; and\n"
        "2. You do not modify the gadget package in any manner.",
    )
    assert "no-derivatives" in read(text.replace("gadget package", "Package"))[1]


def test_a_short_firmware_grant_withholds_changes_but_a_short_plain_grant_does_not() -> None:
    firmware = (
        "Acme grants permission to use and redistribute these firmware files.\n\n"
        "The firmware is provided without any warranty.\n"
    )
    assert read(firmware)[1] == {"no-derivatives"}
    # a plain grant withholds changes only where the text never speaks of them (see
    # test_silent_on_change); here changed copies are spoken of
    plain = (
        "Acme grants permission to use and redistribute this library.\n\n"
        "Changed copies must say so.\n\nNo warranty.\n"
    )
    assert read(plain)[1] == set()


def test_a_patent_license_is_not_read_for_copying_or_changing() -> None:
    text = terms(
        "Acme hereby grants to you a perpetual, non-transferable license to practice any "
        "invention claimed in the Licensed Patents.",
        "All rights not expressly granted are reserved.",
    )
    assert not read(text)[1] & {"no-derivatives", "no-redistribution"}


def test_a_ban_on_making_code_subject_to_a_copyleft_license_is_no_sharing_ban() -> None:
    text = terms(
        "You may copy and distribute the object code form of the gadget.",
        "You may not modify or distribute the source code of the gadget so that any part of "
        "it becomes subject to an Excluded License.",
    )
    kinds = read(text)[1]
    assert "no-redistribution" not in kinds
    assert "no-derivatives" in kinds  # the grant is for object code only


def test_a_named_person_barred_from_the_work_is_an_excluded_person() -> None:
    text = terms(
        "Do anything you want with this program, with the exceptions listed below.",
        "Jane Q Public (the author's rival) may not make use of or redistribute this program.",
    )
    assert read(text) == ("restricted", {"excluded-persons"})
    defined = terms("Acme grants you a license to use the gadget.", "End User may not use it.")
    assert "excluded-persons" not in read(defined)[1]


def test_a_grant_for_internal_purposes_is_a_field_of_use() -> None:
    text = terms(
        "Permission is hereby granted to use, reproduce and execute the gadget for internal "
        "purposes in accordance with these terms.",
        "Keep this notice.",
    )
    assert "field-of-use" in read(text)[1]
    assert "field-of-use" not in read(terms("You may use the gadget for any purpose."))[1]


def test_a_grant_for_a_non_commercial_application_is_non_commercial() -> None:
    text = "License to copy and use the gadget is granted for non-commercial mail filtering."
    assert "non-commercial" in read(text)[1]


def test_derivative_works_authorized_keep_changes_open_in_use_only_terms() -> None:
    text = terms(
        "License is granted to use the gadget in testing equipment. Not for redistribution.",
        "Non-commercial derivative works for your own internal use are authorized.",
    )
    rights = analyze_text(text).license.rights
    assert rights.modify.status != "denied"


@pytest.mark.parametrize(
    "grant",
    [
        "Herewith I grant permission for non-commercial use of the gadget tables.",
        "The author grants permission for non-commercial use and copying of the gadget tables.",
    ],
)
def test_permission_granted_for_a_named_use_is_a_grant_of_that_use(grant: str) -> None:
    # the active "X grants permission for ... use", as the passive "Permission is granted for
    # non-commercial use" is read
    level, kinds = read(terms(grant))
    assert level == "restricted"
    assert "non-commercial" in kinds
