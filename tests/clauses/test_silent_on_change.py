"""Leave to copy and share, in a text that never speaks of changing, does not give changes.

Old notices often say only "may be copied and distributed freely". What a grant leaves out it
does not give (the same reading that makes MIT's grant without "modify" withhold changes), so
such a text keeps changing back: no-derivatives at the grant. A text that speaks of changes in
any words, shares "in source and binary forms", adds to another license, or only lets its own
license document be copied is not read so. The sentences are invented, each in the shape of
one of the Debian notices the rule was written from.
"""

from __future__ import annotations

import pytest
from gadget import read, terms

from licenseclass import classify_text
from licenseclass.clauses.analysis import analyze_text
from licenseclass.clauses.rules import SILENT_ON_CHANGE
from licenseclass.core.licensedcode import scancode_licenses

SILENT = [
    "You may copy, distribute, and use this library as long as this notice is not removed.",
    "When no charge is made, this voice database may be copied and distributed freely.",
    "General permission to copy and distribute the tables is granted.",
    "The star charts may be freely used and distributed.",
    "This program may be used and copied freely providing this notice is kept.",
]


@pytest.mark.parametrize("sentence", SILENT)
def test_leave_to_copy_alone_withholds_changes(sentence: str) -> None:
    text = terms(sentence)
    analysis = analyze_text(text)
    level, kinds = read(text)
    assert level == "restricted"
    assert "no-derivatives" in kinds
    assert analysis.license.rights.modify.status != "granted"
    found = [r for r in analysis.license.restrictions if r.kind == "no-derivatives"]
    assert found[0].note == SILENT_ON_CHANGE
    # the evidence is the grant's line (line 3: after the title and a blank line)
    assert found[0].evidence[0].start_line == 3


@pytest.mark.parametrize(
    "sentence",
    [
        # changes named, in other words than "modify"
        "The star charts may be freely used, adapted and distributed.",
        "You may copy, translate and distribute the manual.",
        "The tables may be copied and distributed; corrected or extended tables must say so.",
        "Redistribution and use, with or without alteration, are permitted.",
        # sharing in source form (the early BSD notices)
        "Redistribution and use in source and binary forms are permitted provided that this "
        "notice is kept.",
        # the text names products derived from the work
        "The tables may be copied and distributed. The author's name may not be used to "
        "promote products derived from them.",
        # an addition to another license, which may give changes
        "As a special exception, the bundled plugins may be used and distributed together "
        "with the player.",
        "This file may be copied and distributed under the GNU General Public License.",
        # leave to copy the license document itself
        "Permission is granted to copy this license unmodified and to apply it to designs.",
    ],
)
def test_a_text_that_speaks_of_changes_or_other_terms_is_not_read_so(sentence: str) -> None:
    analysis = analyze_text(terms(sentence))
    assert not [r for r in analysis.license.restrictions if r.note == SILENT_ON_CHANGE]


def test_a_full_permissive_text_keeps_its_changes() -> None:
    for key in ("mit", "isc", "bsd-new", "zlib"):
        assert read(scancode_licenses()[key].text)[0] == "open", key


DEP5 = (
    "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
    "Upstream-Name: sample\n"
    "\n"
    "Files: *\n"
    "Copyright: 2019 A. Maintainer\n"
    "License: GPL-2+\n"
    "\n"
    "Files: src/alloc.h\n"
    "Copyright: 1991 B. Author\n"
    "License: alloc\n"
    " You may copy, distribute, and use this file as long as this\n"
    " notice is not removed.\n"
    "\n"
    "License: GPL-2+\n"
    " This program is free software; you can redistribute it and/or modify\n"
    " it under the terms of the GNU General Public License as published by\n"
    " the Free Software Foundation; either version 2 of the License, or\n"
    " (at your option) any later version.\n"
)


def test_a_debian_license_field_silent_on_changes_limits_the_package() -> None:
    # The GPL's leave to change, in another field, is no leave to change alloc.h.
    level, kinds = read(DEP5)
    assert (level, "no-derivatives" in kinds) == ("restricted", True)
    found = classify_text(DEP5)
    assert found.verdict.level == "restricted"
    reasons = [r for r in found.verdict.reasons if r.kind == "no-derivatives"]
    assert reasons
    assert reasons[0].evidence[0].start_line == 11


def test_leave_to_copy_beside_a_full_license_text_is_no_limit() -> None:
    # Beside the MIT text (which gives changes), a sentence that only lets the file be copied
    # withholds nothing.
    mit = scancode_licenses()["mit"].text.strip()
    added = "You may copy, distribute, and use the sample data as long as this notice is kept."
    text = f"{mit}\n\n{added}\n"
    found = classify_text(text)
    assert [m.id for m in found.matches] == ["MIT"]
    assert found.verdict.level == "open"
