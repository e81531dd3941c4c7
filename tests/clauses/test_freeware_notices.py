"""Terms in the wording of old freeware, game and data notices, and their look-alikes.

Written from the failures of the second Debian part (a tuning part of the clause evaluation);
the sentences here are invented, each in the shape of one of those notices.
"""

from __future__ import annotations

import pytest
from gadget import read, terms


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
