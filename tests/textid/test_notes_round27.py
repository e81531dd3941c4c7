"""A note beside a license text, in the shapes of the twenty-seventh round: what the licensor
itself does or may do is no limit on the licensee, nor is a freedom said with "no ... is
required", an unlimited grant, the hardware a task needs, the end of a licence on breach, a
policy said not to govern the work, or a ban on unlawful use alone; words that withhold, end or
exclude ("withheld", "lapses", "except") beside an act on the work do limit it.

Every sentence here is written for these tests; the license texts come from the installed
licensedcode-data package.
"""

from __future__ import annotations

import pytest
from beside import kinds_at, with_note

from licenseclass import classify_text

NO_LIMIT = (
    # the licensor's own acts and promises
    "The Licensor will not sell copies of the Toolkit to advertising networks.",
    "Licensor shall not make commercial use of the bug reports you send.",
    "We will never resell the contact details you give us.",
    "The Licensor may transfer this licence to a successor company without asking you.",
    "The maintainers do not host a public instance of the service.",
    # freedoms, prices of nothing, facts and the end of a licence on breach
    "No account or sign-up is required to download and run the Toolkit.",
    "The Toolkit may be installed on an unlimited number of machines.",
    "Extra seats are provided at no additional charge.",
    "Building the full index needs about 64 GB of memory.",
    "Any violation of these terms ends the rights granted above.",
    "The community guidelines cover the forum only and do not govern use of the Toolkit.",
    # a sponsor, a freedom said with "restricts", the license's own translations
    "This project was funded by a research council grant.",
    "Funding for this work came from the Example Foundation.",
    "Nothing in this README restricts the rights the license above grants.",
    "Translations of this license are provided for convenience.",
    # a ban on unlawful use alone: the law bans it already, and the clause labels never count it
    "Do not use this library for illegal purposes.",
    "You may not use the Toolkit for any unlawful activity.",
    "Please don't use this for anything illegal.",
    "The Toolkit may not be used to break the law.",
    "Never host unlawful content with the Toolkit.",
)

LIMITS = (
    # a permission verb keeps a licensor's sentence a limit on the licensee
    "We do not permit use of the Toolkit in paid products.",
    "The Licensor will not license the Toolkit for commercial use.",
    "We make the Toolkit available only for teaching.",
    # words that withhold, end or exclude beside an act on the work
    "Rights to adapt the Toolkit are expressly withheld.",
    "Free for everyone except companies that compete with the Licensor.",
    "When a new major version ships, the licence for the older one lapses.",
    "Shipping the Toolkit inside hardware products is unlicensed.",
    # a freedom in one part does not undo a limit in another
    "You may not use the Toolkit before registering; no fee is required.",
    # "does not apply to" said of a right, not of a policy: the files keep the limit
    "The right to change the code granted above does not apply to the files in /vendor.",
    # a limit said by its scope or its condition
    "Translations of the Guide into other languages may be made only with our written consent.",
    "Distribution of the Toolkit is permitted in Canada and Mexico, and nowhere else.",
    "The Recipient shall restrict use of the preview build to isolated test machines.",
    "The licence is conditioned on running the current release.",
    "If your company has raised more than $10 million in venture funding, the free licence "
    "no longer applies.",
    # a ban on unlawful use beside another use limits by that use
    "You may not use the Toolkit for illegal purposes or for weapons research.",
    "You may not use the Toolkit commercially or for any unlawful purpose.",
)


@pytest.mark.parametrize("where", ["start", "end"])
@pytest.mark.parametrize("note", NO_LIMIT)
def test_a_note_that_limits_no_licensee_keeps_the_file_open(note: str, where: str) -> None:
    text, _ = with_note("mit", note, where)
    assert classify_text(text).verdict.level == "open"


@pytest.mark.parametrize("where", ["start", "end"])
@pytest.mark.parametrize("note", LIMITS)
def test_a_note_that_withholds_makes_the_file_restricted(note: str, where: str) -> None:
    text, line = with_note("mit", note, where)
    found = classify_text(text)
    assert found.verdict.level == "restricted"
    assert kinds_at(found, line)
