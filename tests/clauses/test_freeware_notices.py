"""Terms in the wording of old freeware, game and data notices, and their look-alikes.

Written from the failures of the second Debian part (a tuning part of the clause evaluation);
the sentences here are invented, each in the shape of one of those notices.
"""

from __future__ import annotations

import pytest
from gadget import read, terms

from licenseclass.clauses.rules import _field_item
from licenseclass.clauses.sentences import Sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a ban said of the work, or of nobody in particular
        ('The level packs are "shareware", not to be sold.', "no-selling"),
        ("This archive is not to be rented, traded or sold.", "no-selling"),
        ("None of the bundled tools can be sold.", "no-selling"),
        ("No one may sell or resell this collection in any form.", "no-selling"),
        (
            "You may pass the program on to friends as long as it is not sold or rented.",
            "no-selling",
        ),
        (
            "The sale or resale of this package without the written consent of the Orbit "
            "Computing Group, Lund, Sweden, is prohibited.",
            "no-selling",
        ),
        (
            "You may share the disks as long as the labels stay on them, the manual goes with "
            "them and it is not sold.",
            "no-selling",
        ),
        (
            "The sale, resale or use of this kit for profit without the written consent of the "
            "Delta Signal Laboratory, Department of Physics, University of Tromso, Tromso, "
            "Norway, is forbidden.",
            "no-selling",
        ),
        (
            "The use of this kit for profit without the written consent of the Delta Signal "
            "Laboratory, Department of Physics, University of Tromso, Tromso, Norway, is "
            "forbidden.",
            "non-commercial",
        ),
        ("No fees or royalties are charged for copies of the tables.", "no-selling"),
        ("Copies may be given away if no fee of any sort is asked for them.", "no-selling"),
        ("You may mirror the maps, without asking for any fee.", "no-selling"),
        # a purpose kept from commerce
        ("Free for non-commercial use.", "non-commercial"),
        (
            "The atlas may be copied for teaching, research and non-profit purposes.",
            "non-commercial",
        ),
        ("The voices are never to be used for financial gain.", "non-commercial"),
        (
            "Copies may be made provided they are not distributed for direct commercial advantage.",
            "non-commercial",
        ),
        ("The engine may not be used in a commercial game.", "non-commercial"),
        # changes and sharing
        ("Do not alter in any way the glyph outlines.", "no-derivatives"),
        (
            "Altered versions of the puzzles may not be distributed without the author's leave.",
            "no-derivatives",
        ),
        ("The authors forbid any redistribution of the binaries.", "no-redistribution"),
        # a ban kept to its consent clause stays a ban (beside the notice duty below)
        (
            "You may not pass these scripts on without the written permission of the author.",
            "no-redistribution",
        ),
        # who and what for
        ("The star tables are for scientific use only.", "research-only"),
        (
            "The toolkit may be used for teaching by non-profit institutions only.",
            "excluded-persons",
        ),
    ],
)
def test_a_freeware_term_limits(sentence: str, kind: str) -> None:
    level, kinds = read(terms(sentence))
    assert level == "restricted"
    assert kind in kinds


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # selling alone is barred, not selling with more
        (
            "The typefaces may be bundled and shared as long as they are not sold by themselves.",
            "no-selling",
        ),
        # a definition of "free", not a ban
        ('"Without charge" means that no fee is charged for the item itself.', "no-selling"),
        # a history of the terms, quoted
        (
            "The tool was once offered under a 'free for non-commercial use' notice.",
            "non-commercial",
        ),
        # another license that forbids something, not this one
        (
            "Do not put the files under a license that forbids distribution of changed copies.",
            "no-redistribution",
        ),
        # a duty to keep the notice, not a ban on sharing
        (
            "You may not pass these scripts on without keeping the copyright notices.",
            "no-redistribution",
        ),
        # both sides named
        ("The atlas may be copied for commercial and non-profit purposes.", "non-commercial"),
        # an option a license describes, not a term of the work
        (
            "C. To prohibit any sale of this work is prohibited unless the author agrees.",
            "no-selling",
        ),
    ],
)
def test_a_look_alike_does_not_limit(sentence: str, kind: str) -> None:
    assert kind not in read(terms(sentence))[1]


# Written from the failures of the third Debian part (contrib and long non-free files, tuning).
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # misrepresenting the origin protects the notice; it is not a field of use
        (
            "You may use the maps freely. You may not use the maps to misrepresent the origin "
            "of the game, or claim that you created it.",
            "field-of-use",
        ),
        # a packager's remark on what the archive may carry
        (
            "The engine is free, but it needs game data that cannot be distributed by Debian.",
            "no-redistribution",
        ),
        ("The dictionaries have no source and cannot be distributed in main.", "no-redistribution"),
        # a notice offered to an author who wants it, under a lead-in that says so
        (
            "ii. If the Contributor does not wish to allow publication:\n\nThis document may "
            "not be modified, and it may not be published except as a draft.",
            "no-redistribution",
        ),
        # a name for changed copies, not a use of the work
        (
            "You may change the schemas as long as you do not use the same public identifier to "
            "identify the changed schema.",
            "field-of-use",
        ),
    ],
)
def test_a_remark_option_or_naming_duty_does_not_limit(text: str, kind: str) -> None:
    assert kind not in read(terms(text))[1]


def test_a_ban_on_sharing_these_modifications_is_no_derivatives() -> None:
    text = terms(
        "You may copy and share the game. You must not modify the game for an unfair advantage "
        "and you must not redistribute these modifications in any form."
    )
    kinds = read(text)[1]
    assert "no-derivatives" in kinds
    assert "no-redistribution" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "The game may not be distributed by third parties.",
        "You may not use the maps for weapons guidance systems.",
        "This document may not be modified, and it may not be published except as a draft.",
    ],
)
def test_the_same_shapes_without_the_remark_or_option_still_limit(text: str) -> None:
    assert read(terms(text))[0] in ("restricted", "closed")


def test_an_item_under_except_in_compliance_is_no_banned_use() -> None:
    # "you may not use this file except in compliance with the License and the following
    # modification to it" lists the terms to keep; its items ("Section 6. ...") are no uses.
    lead = (
        "licensed under the acme license, version 2.0 with the following modification; you may "
        "not use this file except in compliance with the acme license and the following "
        "modification to it"
    )
    item = Sentence(text="Section 6.", norm="section 6.", start_line=9, end_line=9, lead=lead)
    assert _field_item(item) is None
    banned = Sentence(
        text="Use the files for weapons guidance.",
        norm="use the files for weapons guidance.",
        start_line=9,
        end_line=9,
        lead="you may not use this file:",
    )
    found = _field_item(banned)
    assert found is not None and found.kind == "field-of-use"


def test_a_notice_offered_as_an_option_is_no_term_in_a_debian_file() -> None:
    # The notice's wrapped lines end in "it may not", so its last line is read under the line
    # before as a lead-in; it is still part of the option.
    head = (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\n"
        "Files: *\nCopyright: 2010 A. Author\nLicense: notice\n\nLicense: notice\n"
    )
    option = (
        " ii. If the Contributor does not wish to allow modifications nor to allow\n"
        " publication as an RFC:\n"
        " This document may not be modified, and derivative works of it may not\n"
        " be created, and it may not\n"
        " be published except as an Internet-Draft.\n"
    )
    grant = " Permission is granted to copy and distribute the document.\n .\n"
    assert read(head + grant + option)[1] == set()
    # the same notice given as the work's own terms limits it
    own = option.split("\n", 2)[2]
    assert read(head + grant + own)[1] >= {"no-derivatives"}


# Written from the failures of the fourth Debian part (trixie's new non-free sources, tuning).
def test_use_only_where_patent_licenses_allow_is_a_field_of_use() -> None:
    text = terms(
        "You may use the codec or modifications thereto only for purposes that are authorized "
        "by appropriate patent licenses."
    )
    assert "field-of-use" in read(text)[1]
    # leave within this license's own terms limits nothing
    own = terms(
        "You may use, copy, modify and distribute the codec for any purpose.",
        "Distribute it only under the terms of this license.",
    )
    assert "field-of-use" not in read(own)[1]


def test_a_ban_on_passing_on_malware_is_no_ban_on_sharing() -> None:
    text = terms(
        "You may copy and distribute the driver, with or without changes.",
        "You will not (i) use the driver in violation of any law, or (ii) transmit viruses, "
        "malware or other harmful computer code.",
    )
    assert "no-redistribution" not in read(text)[1]
    shared = terms(
        "You may use the driver.",
        "You will not (i) use the driver in violation of any law, or (ii) transmit the driver "
        "to any third party.",
    )
    assert "no-redistribution" in read(shared)[1]
