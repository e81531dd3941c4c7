"""Bans read by shape in the seventh round: later items of long ban lists, and bans that only
narrow leave given elsewhere. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from license_words import license_sentence

from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.model import INFORMATIONAL_KINDS


def limiting(text: str) -> set[str]:
    lic = analyze_text(text).license
    return {r.kind for r in lic.restrictions if r.kind not in INFORMATIONAL_KINDS}


_LONG_LIST = (
    "Quillwork Toolkit End User Terms\n\n"
    "You may install and use the toolkit on your computers. You may not: circumvent any "
    "technical measures in the toolkit that restrict how it runs; decompile or disassemble the "
    "toolkit, except to the extent the law of your country expressly permits this despite this "
    "limitation; make more copies of the toolkit than this agreement allows; {item}.\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "or use the toolkit for commercial software hosting services",
        "or offer the toolkit to others as a hosted service for a fee",
        "or make the toolkit available to third parties as a managed service",
        "and operate a service bureau with the toolkit",
    ],
)
def test_a_hosting_item_far_down_a_ban_list_is_read(item: str) -> None:
    assert "hosting-restriction" in limiting(_LONG_LIST.format(item=item))


@pytest.mark.parametrize(
    "item",
    [
        "or remove the copyright notices from the toolkit",
        # the hosted service is the licensor's, named in an item that bans something else
        "or disclose the results of any benchmark of the toolkit",
    ],
)
def test_other_items_of_a_long_ban_list_are_no_hosting_ban(item: str) -> None:
    assert "hosting-restriction" not in limiting(_LONG_LIST.format(item=item))


@pytest.mark.parametrize(
    "text",
    [
        # a statement of what the licensor does, not a ban on the licensee
        "Anyone may use, copy, change and share this software at no charge. We do not run "
        "this software as a hosted service; you may run it wherever you like.\n",
        # a permissive grant that names hosting among what is allowed
        "You may use, modify and redistribute the library, and you may use it to provide "
        "hosting services to your customers; you may not use the names of the authors to "
        "endorse your products.\n",
        # a code comment
        "# Retries are left to the caller: the hosting service does not retry.\n",
    ],
)
def test_hosting_words_outside_a_ban_on_the_licensee_are_no_limit(text: str) -> None:
    assert "hosting-restriction" not in limiting(text)


_REDIST_GRANT = (
    "Larkspur Runtime Terms\n\n"
    "You may copy and distribute the runtime files listed in REDIST.TXT with the applications "
    "you build. {ban}\n"
)
_USE_GRANT = "Larkspur Viewer Terms\n\nYou may install and use the viewer on one computer. {ban}\n"


@pytest.mark.parametrize(
    "ban",
    [
        "You shall not otherwise assign, sublicense or in any other way transfer the runtime "
        "to any third party.",
        "You may not otherwise distribute or sublicense the runtime to others.",
        "You may not publish the runtime for others to copy.",
        "You must not post or upload the runtime files for others to download.",
    ],
)
def test_a_ban_that_narrows_leave_given_elsewhere_holds_only_without_it(ban: str) -> None:
    # beside the grant to redistribute, the ban only narrows that grant
    assert "no-redistribution" not in limiting(_REDIST_GRANT.format(ban=ban))
    # with use alone granted, nothing lifts it
    assert "no-redistribution" in limiting(_USE_GRANT.format(ban=ban))


@pytest.mark.parametrize(
    "ban",
    [
        # sharing itself is banned, not one manner of it
        "You may not distribute the runtime to others.",
        # the later item of the list shares the work outright
        "You may not publish the runtime for others to copy; or distribute, rent or lend any "
        "part of it without our written permission.",
    ],
)
def test_a_plain_sharing_ban_stays_beside_a_narrower_grant(ban: str) -> None:
    assert "no-redistribution" in limiting(_REDIST_GRANT.format(ban=ban))


@pytest.mark.parametrize(
    "sentence",
    [
        "Your use of the plugin is subject to the Nimbus Developer Principles and Policies.",
        "You may install and use one copy of the app on a phone you own, as permitted by the "
        "Usage Rules set forth in the Store Terms of Service.",
        "Use of the SDK must be in accordance with the Orbit Platform Policies.",
    ],
)
def test_use_bound_to_another_documents_rules_is_an_acceptable_use_policy(sentence: str) -> None:
    assert "acceptable-use-policy" in limiting(f"Plugin Terms\n\n{sentence}\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Your use of the plugin is subject to the terms and conditions of this license.",
        "Your use of the plugin is subject to the Nimbus Privacy Policy.",
        "Use of the Nimbus names and logos is subject to the Nimbus Trademark Usage Policy, "
        "which you agree to abide by.",
        "You must use the library in accordance with applicable laws and regulations.",
    ],
)
def test_terms_privacy_and_trademark_rules_are_no_use_policy(sentence: str) -> None:
    assert "acceptable-use-policy" not in limiting(f"Plugin Terms\n\n{sentence}\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Your license agreement with your distributors and customers will: (a) not permit your "
        "end users to modify or decompile the runtime;",
        "Your end user agreements with any sublicensees must prohibit reverse engineering of "
        "the components.",
    ],
)
def test_the_licensees_own_terms_must_carry_the_limits(sentence: str) -> None:
    assert "pass-through" in limiting(
        f"Runtime Terms\n\nYou may distribute the runtime. {sentence}\n"
    )


def test_severability_is_no_pass_through() -> None:
    text = (
        "Permission is granted to use, copy, modify and distribute this software. Each "
        "provision of this Agreement is a separately enforceable provision.\n"
    )
    assert "pass-through" not in limiting(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "You may reproduce and distribute the viewer, provided that in all cases the viewer is "
        "distributed: (i) unchanged; (ii) free of charge to end users; and (iii) with this "
        "notice.",
        "Copies of the viewer must be distributed at no cost to the recipient.",
    ],
)
def test_copies_that_must_go_out_free_are_no_selling(sentence: str) -> None:
    assert "no-selling" in limiting(f"Viewer Terms\n\n{sentence}\n")


@pytest.mark.parametrize(
    "text",
    [
        # the MIT grant: the permission is free, nothing is required of copies
        license_sentence("mit", "Permission is hereby granted") + "\n",
        # a permission, not a condition
        "The viewer may be distributed free of charge or for a fee, as you choose.\n",
    ],
)
def test_free_permissions_are_no_selling_ban(text: str) -> None:
    assert "no-selling" not in limiting(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Commercial and government users who want to use the tool in their work must have "
        "purchased a licence.",
        "Commercial customers need to buy a license before using the tool.",
    ],
)
def test_commercial_users_who_must_pay_leave_the_free_use_non_commercial(sentence: str) -> None:
    text = f"Tool Terms\n\nYou may use and copy the tool. {sentence}\n"
    assert "non-commercial" in limiting(text)


def test_non_commercial_users_who_must_register_are_not_limited_to_it() -> None:
    text = (
        "Tool Terms\n\nYou may use and copy the tool. Non-commercial users must obtain a "
        "free license key by registering.\n"
    )
    assert "non-commercial" not in limiting(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "We may change the client at any time, and in that event we may update the client to "
        "make it inoperable.",
        "The vendor reserves the right to render the application unusable after the term ends.",
    ],
)
def test_the_licensor_switching_the_work_off_is_a_remote_restriction(sentence: str) -> None:
    assert "remote-restriction" in limiting(f"Client Terms\n\nYou may use the client. {sentence}\n")


def test_a_ban_on_making_the_work_unusable_is_no_remote_restriction() -> None:
    text = (
        "Client Terms\n\nYou may use the client. You must not render the client unusable for "
        "others.\n"
    )
    assert "remote-restriction" not in limiting(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The licensee agrees to notify the Society and the authors of the distribution.",
        "You must inform Example Labs of any installation of the library on a public server.",
    ],
)
def test_telling_the_licensor_of_each_copy_or_use_is_registration(sentence: str) -> None:
    text = f"Library Terms\n\nYou may use and copy the library. {sentence}\n"
    assert "registration" in limiting(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "You agree to notify the licensor of any breach of this license.",
        "You must notify recipients of the changes you made to the files.",
    ],
)
def test_other_notices_are_no_registration(sentence: str) -> None:
    text = f"Library Terms\n\nYou may use and copy the library. {sentence}\n"
    assert "registration" not in limiting(text)


def test_a_ban_on_disclosing_the_licence_file_is_no_sharing_ban() -> None:
    text = (
        "Tool Terms\n\nYou may use, copy and distribute the tool. We issue a product license "
        "file that unlocks it. You may not disclose the Tool Product License in any way.\n"
    )
    assert "no-redistribution" not in limiting(text)


def test_items_marked_with_a_private_use_bullet_are_read() -> None:
    text = (
        "Kit Terms\n\nYou may install and use the kit. You may not \uf0b7 work around any "
        "technical limits in the kit; \uf0b7 decompile the kit, except where the law permits; "
        "\uf0b7 rent or lend the kit; or \uf0b7 use the kit for commercial software hosting "
        "services.\n"
    )
    assert "hosting-restriction" in limiting(text)


@pytest.mark.parametrize(
    ("sentence", "revocable"),
    [
        ("The vendor may revoke this license for any reason.", True),
        (
            "The vendor reserves the right to revoke the license for any reason that harms "
            "the vendor's business.",
            False,
        ),
        # ending the license at will is termination (informational), as the labels read it
        ("The vendor may terminate this license for any reason.", False),
    ],
)
def test_any_reason_is_revocable_a_named_reason_is_not(sentence: str, revocable: bool) -> None:
    text = f"Viewer Terms\n\nYou may use the viewer. {sentence}\n"
    assert ("revocable-terms" in limiting(text)) is revocable


@pytest.mark.parametrize(
    "ban",
    ["You may not rent, lease or lend the runtime.", "You shall not lease or loan the runtime."],
)
def test_hiring_out_beside_a_grant_to_share_is_no_ban_on_sharing(ban: str) -> None:
    found = limiting(_REDIST_GRANT.format(ban=ban))
    assert "no-redistribution" not in found
    assert "no-selling" not in found


def test_hiring_out_without_a_grant_to_share_stays_a_limit() -> None:
    found = limiting(_USE_GRANT.format(ban="You may not rent, lease or lend the viewer."))
    assert found & {"no-redistribution", "no-selling"}


def test_selling_stays_banned_beside_a_grant_to_share() -> None:
    ban = "You may not sell, rent or lease the runtime."
    assert "no-selling" in limiting(_REDIST_GRANT.format(ban=ban))


def test_a_purpose_on_copies_of_the_manuals_does_not_limit_the_work() -> None:
    text = (
        "Tool Terms\n\nYou may install and use the tool for any purpose. You may make a few "
        "copies of any documentation, provided that such copies are used only for your "
        "personal purposes.\n"
    )
    assert "non-commercial" not in limiting(text)


def test_a_personal_purpose_on_the_work_still_limits_it() -> None:
    text = (
        "Tool Terms\n\nYou may make a few copies of the software and its documentation, "
        "provided that such copies are used only for your personal, non-commercial purposes.\n"
    )
    assert "non-commercial" in limiting(text)
