"""Clause patterns that generalise, each checked on sentences written for the test."""

from __future__ import annotations

import pytest

from licenseclass.clauses.analysis import analyze_text
from licenseclass.clauses.sentences import split_sentences
from licenseclass.core.model import INFORMATIONAL_KINDS


def limiting(text: str) -> set[str]:
    lic = analyze_text(text).license
    return {r.kind for r in lic.restrictions if r.kind not in INFORMATIONAL_KINDS}


ODD_BREAKS = ["\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85"]


@pytest.mark.parametrize("odd", ODD_BREAKS)
def test_line_numbers_count_newlines_only(odd: str) -> None:
    text = (
        "Gadget Terms\n\n"
        f"You may use{odd}and copy the gadget, changed or not.\n"
        "\n"
        "You may not use the gadget for commercial purposes.\n"
    )
    sentences = split_sentences(text)
    assert [s.start_line for s in sentences] == [1, 3, 5]
    found = analyze_text(text).license.restrictions
    assert [(r.kind, r.evidence[0].start_line) for r in found] == [("non-commercial", 5)]


def test_crlf_line_ends_keep_line_numbers() -> None:
    text = (
        "Gadget Terms\r\n\r\nYou may copy and adapt the gadget.\r\n"
        "It is licensed for research use only.\r\n"
    )
    found = analyze_text(text).license.restrictions
    assert [(r.kind, r.evidence[0].start_line) for r in found] == [("research-only", 4)]


# Each case is a kind of sentence, not a license: the sentences are written for these tests.
LIMITS: list[tuple[str, set[str]]] = [
    # a list item that opens a sub-list keeps both lead-ins
    (
        "Gadget Terms\n\nThe gadget must not be used by any organisation that:\n"
        "1. profits from any of the following:\n   * making landmines\n   * selling tobacco\n"
        "2. runs prisons for profit.\n",
        {"field-of-use"},
    ),
    # a lead-in that stops short of its object ("... You may not") above unmarked items
    (
        "Gadget Terms\n\nThe gadget is licensed, not sold. You may not\n\n"
        "    publish the gadget for others to copy;\n    rent the gadget.\n",
        {"no-redistribution"},
    ),
    # the item's own marker does not stand between the lead-in and the verb
    (
        "Gadget Terms\n\nYou may not:\n\n* share, publish, or lend the gadget, or transfer this "
        "agreement to anyone.\n",
        {"no-redistribution"},
    ),
    ("The gadget shall not be used to build rival gadget-compatible tools.", {"field-of-use"}),
    (
        "The gadget shall not be used for any activities that violate laws that protect human "
        "rights.",
        {"field-of-use"},
    ),
    ("The gadget may only be used with the web services provided by Acme Corp.", {"field-of-use"}),
    (
        "The rights granted here extend only to works that you create that run on a Frobnix "
        "operating system.",
        {"field-of-use"},
    ),
    ("A permitted purpose is any purpose other than a competing use.", {"field-of-use"}),
    (
        '"Excluded Purpose" means offering the gadget as a software-as-a-service product.',
        {"hosting-restriction"},
    ),
    (
        "On the third anniversary of the date we publish the gadget, it will also be available "
        "under the Apache License 2.0.",
        {"delayed-open"},
    ),
    (
        "You may copy and distribute the gadget, but otherwise you have no rights to make "
        "adaptations of it.",
        {"no-derivatives"},
    ),
    ("Distribution of the gadget in a modified form is prohibited.", {"no-derivatives"}),
    ("Copies of the gadget may not be distributed for profit.", {"no-selling"}),
    ("The gadget may not be rented or leased.", {"no-selling"}),
    (
        "You may give the gadget away, provided that you do not charge your end users any fees "
        "for it.",
        {"no-selling"},
    ),
    ("You may not use or distribute the gadget for commercial purposes.", {"non-commercial"}),
    ("Acme grants you a licence for non-commercial use of the gadget.", {"non-commercial"}),
    ("Any noncommercial purpose is a permitted purpose.", {"non-commercial"}),
    (
        "You may use, change and share the gadget for noncommercial purposes for free, and try "
        "it for commercial purposes for ten days.",
        {"non-commercial"},
    ),
    (
        "Limit your use of the gadget for commercial purposes to a ten-day trial period.",
        {"non-commercial"},
    ),
    (
        "You will not use the gadget for (i) any commercial or production purposes, or (ii) "
        "military purposes.",
        {"non-commercial", "non-production", "field-of-use"},
    ),
    ("The gadget may only be used in production if you hold a paid plan.", {"non-production"}),
    ("Commercial use of the gadget requires prior notification to Acme.", {"registration"}),
    ("Commercial use of the gadget is limited to 100.000 devices.", {"user-threshold"}),
    (
        "Use to evaluate whether the gadget suits you for less than 14 consecutive days is use "
        "for a permitted purpose.",
        {"evaluation-only"},
    ),
    ("Condition: the User is not law enforcement or military.", {"excluded-persons"}),
    (
        "You will not use the gadget or any output of it to improve any other large language "
        "model.",
        {"model-improvement-ban", "output-use"},
    ),
]

NOT_LIMITS = [
    "Patents cannot be used to render the gadget non-free.",
    "The names of the authors may not be used to endorse products made with the gadget.",
    "The gadget may only be used with the prior written permission of its authors, who give it.",
    "The gadget may not be used in, or exported to, any embargoed country.",
    "The gadget shall not be used for any activities that violate applicable laws.",
    "Acme does not distribute, license or support the third-party packages.",
    "This license may not be resold, but works made with the gadget may be sold.",
    "However, this notice must not be changed or removed.",
    "You will not use the gadget for any purposes prohibited by U.S. law.",
    "The Acme marks may not be used by any company without our written permission.",
    # the grant ended for a cause named before the power to end it
    "If any terms are violated, Acme reserves the right to revoke the license at any time.",
    # a severability clause, not a duty to bind anyone downstream
    "If any provision of this agreement is held invalid, it shall be replaced by a valid and "
    "enforceable provision that most closely matches its intent.",
]


@pytest.mark.parametrize(("text", "kinds"), LIMITS)
def test_limiting_sentence_kinds(text: str, kinds: set[str]) -> None:
    assert limiting(text) == kinds


@pytest.mark.parametrize("text", NOT_LIMITS)
def test_sentences_that_do_not_limit(text: str) -> None:
    assert limiting(text) == set()


def test_threshold_with_thousands_dots() -> None:
    lic = analyze_text("Commercial use of the gadget is limited to 100.000 devices.").license
    (found,) = lic.restrictions
    assert (found.threshold, found.metric) == (100_000, "devices")  # type: ignore[union-attr]


def test_a_grant_back_to_the_licensor_grants_the_reader_nothing() -> None:
    text = (
        "You may use the gadget.\n\nIf you send us changes, you hereby grant to Acme a perpetual "
        "license to use, modify and distribute them.\n"
    )
    grants = analyze_text(text).grants
    assert [g.rights for g in grants] == [("use",)]


def test_use_only_grant_with_all_else_reserved_is_closed() -> None:
    text = (
        "Gadget Licence\n\nYou may install and use any number of copies of the gadget on your "
        "devices. Acme reserves all other rights.\n"
    )
    a = analyze_text(text)
    assert (a.license.rights.modify.status, a.license.rights.share.status) == ("denied", "denied")
    assert a.verdict.level == "closed"


def test_leave_to_copy_anywhere_keeps_sharing_when_all_else_is_reserved() -> None:
    text = (
        "Document Licence\n\nPermission to copy and display this document in any medium is "
        "hereby granted. All other rights are reserved.\n"
    )
    rights = analyze_text(text).license.rights
    assert (rights.modify.status, rights.share.status) == ("denied", "unknown")


def test_unmarked_items_in_lower_case_continue_the_lead_in() -> None:
    text = (
        "Acme grants you a licence to exercise the rights below:\n\nto reproduce the gadget;\n"
        "to create and reproduce adaptations;\nto distribute copies of the gadget.\n"
    )
    rights = {r for g in analyze_text(text).grants for r in g.rights}
    assert {"reproduce", "modify", "distribute"} <= rights


MORE_LIMITS: list[tuple[str, set[str]]] = [
    ("Any usage related to weather control is expressly forbidden.", {"field-of-use"}),
    (
        "No license or right to this module is granted for products that do not conform to the "
        "Widget Standard.",
        {"field-of-use"},
    ),
    (
        "Acme gives users a free license to this module for use in hardware or software products "
        "claiming conformance to the Widget Standard.",
        {"field-of-use"},
    ),
    (
        "Use of the Software is limited solely to applications running on an Acme board.",
        {"field-of-use"},
    ),
    (
        "You are licensed to use this add-on with the host program solely to assist running its "
        "plug-in feature.",
        {"field-of-use"},
    ),
    (
        "Acme grants you a license to copy, modify and use the code for the limited purpose of "
        "implementing the Widget Standard.",
        {"field-of-use"},
    ),
    ("You are not allowed to build a rival widget engine based on this code.", {"field-of-use"}),
    (
        "This license does not include the right to collect the photos to run a similar or "
        "competing service.",
        {"field-of-use"},
    ),
    (
        "The Widget License does not allow:\n\n- Sale or distribution of the widgets as they "
        "are;\n- Using the widgets in a defamatory way.\n",
        {"no-redistribution", "field-of-use"},
    ),
    (
        "It is PROHIBITED to distribute or reproduce any of the files, for profit or otherwise.",
        {"no-redistribution"},
    ),
    (
        "You may not rent, lease, sublicense or otherwise transfer the Software to third parties.",
        {"no-redistribution"},
    ),
    (
        '"Private use" means use within your company and specifically excludes the right to '
        "distribute the software outside of your company.",
        {"no-redistribution"},
    ),
    (
        "The redistribution of the widget is only allowed where the original installer has not "
        "been modified.",
        {"no-derivatives"},
    ),
    ("No charge should be made for providing the widget to a third party.", {"no-selling"}),
    (
        "Redistributions may not be sold, nor may they be used in a commercial product.",
        {"no-selling", "non-commercial"},
    ),
]

MORE_NOT_LIMITS = [
    "Commercial use of the widget is limited to 1,000 devices.",  # a threshold, not a field
    "Use of this software is restricted to persons who will take full responsibility for losses.",
    "You may convey the widget to others for the sole purpose of having them make changes for you.",
    "You may not sublicense the Work.",
]


@pytest.mark.parametrize(("text", "kinds"), MORE_LIMITS)
def test_more_limiting_sentence_kinds(text: str, kinds: set[str]) -> None:
    assert limiting(text) == kinds


@pytest.mark.parametrize("text", MORE_NOT_LIMITS)
def test_more_sentences_that_do_not_limit_use(text: str) -> None:
    assert "field-of-use" not in limiting(text)
    assert "no-redistribution" not in limiting(text)


EULA_LIMITS: list[tuple[str, set[str]]] = [
    (
        "You may not provide the widget as a hosted solution for others to use.",
        {"hosting-restriction"},
    ),
    (
        "You may not use the widget for commercial software hosting services.",
        {"hosting-restriction"},
    ),
    (
        "You may not use the widget in a timesharing arrangement or in a service bureau.",
        {"hosting-restriction"},
    ),
    (
        "You may not use the widget to develop products competitive with the widget.",
        {"field-of-use"},
    ),
    (
        "You will not make copies of the widget or allow copies of it to be made by others.",
        {"no-redistribution"},
    ),
    # a ban "except as permitted" holds when the text permits nothing of the kind
    (
        "You may install and run the widget.\n\nExcept as expressly permitted by this "
        "agreement, you may not modify or distribute the widget.\n",
        {"no-derivatives", "no-redistribution"},
    ),
]


@pytest.mark.parametrize(("text", "kinds"), EULA_LIMITS)
def test_eula_sentence_kinds(text: str, kinds: set[str]) -> None:
    assert limiting(text) == kinds


def test_a_ban_except_as_permitted_yields_to_a_grant_elsewhere() -> None:
    text = (
        "You may copy, modify and distribute the widget on the conditions below.\n\n"
        "You may not copy, modify or distribute the widget except as expressly provided here.\n"
    )
    assert limiting(text) == set()


def test_compound_predicate_keeps_its_subject() -> None:
    text = (
        "All notices of the authors in the widget shall be kept in every copy and shall not be "
        "altered."
    )
    assert limiting(text) == set()


def test_branding_items_under_a_forbidden_list_are_not_fields_of_use() -> None:
    text = (
        "The following are forbidden:\n\n- Use of the Widget wordmark as part of a company name.\n"
    )
    assert limiting(text) == set()


def test_rights_retained_by_the_licensor_count_as_reserved() -> None:
    text = (
        "Widget Licence\n\nAcme grants you a licence to use the widget. Except for the rights "
        "granted here, all other rights in the widget are retained by Acme.\n"
    )
    assert analyze_text(text).verdict.level == "closed"
