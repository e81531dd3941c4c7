"""Debian's machine-readable copyright files (DEP-5) are read as the license texts they hold.

In that format a license text is a field's continuation lines, indented, with " ." for a blank
line, under a "License: name" line. The texts here are licensedcode-data texts put into such a
file at run time: what the reader finds in the file must be what it finds in the plain text.
"""

from __future__ import annotations

import textwrap

import pytest

from licenseclass import classify_text
from licenseclass.clauses.analysis import analyze_text
from licenseclass.clauses.sentences import split_sentences
from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.core.model import INFORMATIONAL_KINDS

HEAD = (
    "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
    "Upstream-Name: sample\n"
    "\n"
    "Files: *\n"
    "Copyright: 2019 A. Maintainer\n"
    "License: upstream\n"
    "\n"
    "License: upstream\n"
)


def in_dep5(text: str, indent: str = " ") -> str:
    body = [f"{indent}." if not line.strip() else f"{indent}{line}" for line in text.split("\n")]
    return HEAD + "\n".join(body) + "\n"


def limits(text: str) -> tuple[str, set[str]]:
    analysis = analyze_text(text)
    kinds = {
        str(r.kind) for r in analysis.license.restrictions if r.kind not in INFORMATIONAL_KINDS
    }
    return str(analysis.verdict.level), kinds


# Open texts and texts with limits of several kinds, short enough to read quickly.
KEYS = ["mit", "bsd-new", "isc", "zlib", "cc-by-nc-4.0", "cc-by-nd-4.0", "json", "bittorrent-eula"]


@pytest.mark.parametrize("indent", [" ", "  ", "\t"])
@pytest.mark.parametrize("key", KEYS)
def test_a_license_in_a_dep5_file_reads_as_its_plain_text(key: str, indent: str) -> None:
    text = scancode_licenses()[key].text.strip("\n")
    assert limits(in_dep5(text, indent)) == limits(text)


def test_sentences_keep_the_files_line_numbers_and_the_field_line_stands_alone() -> None:
    text = "Use of this program is\npermitted for any purpose.\n\nYou may not\nsell it."
    file = in_dep5(text)
    sentences = split_sentences(file)
    lines = file.split("\n")
    offset = HEAD.count("\n")
    plain = [(s.norm, s.start_line + offset, s.end_line + offset) for s in split_sentences(text)]
    in_file = [(s.norm, s.start_line, s.end_line) for s in sentences if s.start_line > offset]
    assert in_file == plain
    assert [s.norm for s in sentences if s.start_line == offset] == ["license: upstream"]
    assert lines[in_file[-1][1] - 1].strip() == "You may not"


def test_a_dangling_ban_over_an_indented_line_is_no_list_in_a_dep5_file() -> None:
    # Indented one space deeper than the field, "You may not" at a line's end is read on into
    # the next line, not as the lead-in of a list whose items follow.
    text = "Permission is granted to copy this program. You may not\nsell copies of it."
    level, kinds = limits(in_dep5(text, "  "))
    assert (level, kinds) == limits(text)
    assert "no-selling" in kinds


def rewrapped(text: str, width: int) -> str:
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs)


@pytest.mark.parametrize("key", ["mit", "bsd-new", "cc-by-nc-4.0"])
def test_a_license_wrapped_at_any_width_reads_the_same_in_a_dep5_file(key: str) -> None:
    # Where a line ends decides nothing: "... the rights to" at a line's end above an indented
    # "use, copy, modify ..." is no lead-in of a list.
    text = scancode_licenses()[key].text
    for width in range(40, 101):
        plain = rewrapped(text, width)
        assert limits(in_dep5(plain, "  ")) == limits(plain), width


def test_a_ban_ending_a_line_does_not_lead_the_next_stanzas_grant() -> None:
    # "... shall not" at a line's end, then indented lines: read plainly, the ban ends with its
    # sentence, and the Expat grant of the next stanza is no list of things it forbids.
    texts = scancode_licenses()
    notice, grant = texts["x11"].text.strip("\n"), texts["mit"].text.strip("\n")
    tried = 0
    for width in range(40, 101, 3):
        first = rewrapped(notice, width)
        if not any(line.endswith("shall not") for line in first.split("\n")):
            continue
        for grant_width in range(76, 83):
            second = rewrapped(grant, grant_width)
            tried += 1
            file = in_dep5(first) + "\nLicense: Expat\n" + in_dep5(second).removeprefix(HEAD)
            level, kinds = limits(file)
            assert not kinds & {"no-derivatives", "no-redistribution"}, (width, grant_width)
            assert level == limits(first + "\n\n" + second)[0], (width, grant_width)
    assert tried


def stanzas(*licenses: tuple[str, str]) -> str:
    """A DEP-5 file with one stand-alone license paragraph per (name, text)."""
    paragraphs = [
        f"License: {name}\n" + in_dep5(text.strip("\n")).removeprefix(HEAD).rstrip("\n")
        for name, text in licenses
    ]
    return HEAD.removesuffix("License: upstream\n") + "\n\n".join(paragraphs) + "\n"


def test_each_license_of_a_dep5_file_is_read_on_its_own() -> None:
    # zlib's leave "for any purpose, including commercial applications" is no leave under the
    # other license, whose use is kept from commerce.
    zlib = scancode_licenses()["zlib"].text
    kept = "The data files may be used, changed and copied for non-commercial purposes only."
    level, kinds = limits(stanzas(("Zlib", zlib), ("data-terms", kept)))
    assert (level, kinds) == ("restricted", {"non-commercial"})
    assert limits(stanzas(("Zlib", zlib))) == ("open", set())


def test_a_license_silent_on_a_right_leaves_it_to_the_others() -> None:
    # The exception grants sharing of what the generator writes and says nothing of changing:
    # changing stays as the full license gives it (read alone, the exception leaves it unknown).
    mit = scancode_licenses()["mit"].text
    exception = (
        "As a special exception, you may use and distribute the scripts that the generator "
        "writes under terms of your choice."
    )
    assert analyze_text(exception).license.rights.modify.status == "unknown"
    file = stanzas(("Expat", mit), ("GPL-3+ with generator exception", exception))
    assert limits(file) == ("open", set())
    expat_modify = analyze_text(mit).license.rights.modify.status
    assert expat_modify != "unknown"
    assert analyze_text(file).license.rights.modify.status == expat_modify


PATENT_TERMS = """Codec Patent Terms

1. Grant. Subject to these terms, each member grants you a perpetual, worldwide, no-charge,
irrevocable patent license to its essential claims to make, use, sell, offer for sale, import or
distribute any conforming codec.

2. Defensive ending. The patent license ends for anyone who sues a member over such claims.

3. Reservation. All rights not granted here are reserved by the members.

4. Disclaimer. The format is provided as is, without warranty.
"""


def test_a_patent_license_withholds_no_copyright_right() -> None:
    # A patent license to claims says nothing of copying or changing a work: its list of acts
    # and its reservation keep back no right to change (here, in a file's comment, too).
    assert "no-derivatives" not in limits(PATENT_TERMS)[1]
    text = stanzas(("BSD-2-Clause", scancode_licenses()["bsd-simplified"].text))
    comment = "Comment:\n" + in_dep5(PATENT_TERMS).removeprefix(HEAD)
    assert limits(text.replace("Files: *\n", comment + "\nFiles: *\n", 1)) == ("open", set())


def test_classify_reads_the_unidentified_license_of_a_copyright_file() -> None:
    # Identification names the GPL; the other license's text reads little like terms, but the
    # format says it is one, so its limit joins the verdict, at its line.
    gpl = scancode_licenses()["gpl-2.0-plus"].text
    own = (
        "The board editor was written at the Signal Laboratory and is given away to anyone.\n"
        "The sale or use of this editor for profit without the written consent of the\n"
        "Signal Laboratory, Department of Physics, University of Tromso, Norway, is forbidden."
    )
    text = stanzas(("GPL-2+", gpl), ("editor-terms", own))
    found = classify_text(text)
    assert found.verdict.level == "restricted"
    line = (
        text.split("\n").index(
            " The sale or use of this editor for profit without the written consent of the"
        )
        + 1
    )
    kinds = {r.kind for r in found.verdict.reasons if line in {e.start_line for e in r.evidence}}
    assert kinds & {"no-selling", "non-commercial"}
    assert classify_text(stanzas(("GPL-2+", gpl))).verdict.level == "open"


def test_a_field_name_that_its_own_text_contradicts_names_no_license() -> None:
    # "HP" is also the key of ScanCode's closed HP terms; the field's text is a permissive
    # notice, and it decides. A name whose text agrees (MIT over the MIT text) still names it.
    notice = (
        "Permission to use, copy, modify, distribute and sell this software and its\n"
        "documentation for any purpose is hereby granted without fee, provided that the\n"
        "above copyright notice appear in all copies and that both that copyright notice\n"
        "and this permission notice appear in supporting documentation."
    )
    found = classify_text(stanzas(("HP", notice)))
    assert "LicenseRef-scancode-hp" not in {m.id for m in found.matches}
    assert found.verdict.level == "open"
    mit = scancode_licenses()["mit"].text
    assert "MIT" in {m.id for m in classify_text(stanzas(("MIT", mit))).matches}


def test_a_files_paragraph_names_the_text_its_short_name_stands_for() -> None:
    # Vim's copyright file labels the Open Publication License "OPL-1+", which the SPDX-style
    # reading takes for OPL-1.0 (the Open Public License, restricted). The stand-alone
    # paragraph's text is the Open Publication License, so the Files paragraph's reference to
    # the same short name means it too, in a compound name as well.
    openpub = scancode_licenses()["openpub"].text
    mit = scancode_licenses()["mit"].text
    for label in ("OPL-1+", "Expat or OPL-1+"):
        files = f"License: Expat\n\nFiles: doc/*\nCopyright: 2019 A. Maintainer\nLicense: {label}\n"
        text = stanzas(("Expat", mit), ("OPL-1+", openpub)).replace("License: upstream\n", files, 1)
        found = classify_text(text)
        ids = {m.id for m in found.matches}
        assert "OPUBL-1.0" in ids and "OPL-1.0" not in ids, (label, ids)
        assert found.verdict.level == "open"
    # where the paragraph's text is the license the name reads as, the reference keeps it
    public = scancode_licenses()["open-public"].text
    text = stanzas(("OPL-1.0", public)).replace("License: upstream\n", "License: OPL-1.0\n", 1)
    assert "OPL-1.0" in {m.id for m in classify_text(text).matches}


def _freeform(header: str) -> str:
    """A copyright file in Debian's older free form: packaging notes, a long upstream history
    with one paragraph of terms, then a GPL notice."""
    history = "\n\n".join(
        f"Release {n} of the game added new levels, a new tileset and several bug reports "
        f"from players in the forum thread number {n}."
        for n in range(1, 13)
    )
    terms_paragraph = (
        "You are allowed to duplicate the game provided you do not charge for the act of\n"
        "duplication, and the game may not be sold."
    )
    notice = scancode_licenses()["gpl-2.0-plus"].text.strip()
    return f"{header}\n\n{history}\n\n{terms_paragraph}\n\n{history}\n\n{notice}\n"


def test_a_freeform_debian_file_is_read_paragraph_by_paragraph() -> None:
    header = (
        "This package was debianized by A. Maintainer <am@example.org> on\n"
        "Mon, 1 Jan 2001 10:00:00 +0000.\n\n"
        "It was downloaded from http://example.org/game/\n\n"
        "Upstream Author: B. Author"
    )
    found = classify_text(_freeform(header))
    assert found.verdict.level == "restricted"
    assert "no-selling" in {r.kind for r in found.verdict.reasons}
    # the same words with no sign of a copyright file: the region's share of terms is too low
    # to be read, as in a README
    plain = classify_text(_freeform("Game notes"))
    assert plain.verdict.level == "open"


def test_a_freeform_debian_file_with_no_license_identified_is_read_too() -> None:
    # The same history and terms, with no catalogued notice to identify: the packaging notes
    # outweigh the one paragraph of terms, yet a copyright file is license material.
    header = (
        "This package was debianized by A. Maintainer <am@example.org> on\n"
        "Mon, 1 Jan 2001 10:00:00 +0000.\n\n"
        "It was downloaded from http://example.org/game/"
    )
    text = _freeform(header)
    text = text[: text.index(scancode_licenses()["gpl-2.0-plus"].text.strip()[:40])]
    found = classify_text(text)
    assert found.matches == ()
    assert found.verdict.level == "restricted"
    assert found.analysis is not None
    assert "no-selling" in {r.kind for r in found.analysis.license.restrictions}
    # without the signs of a copyright file, the text is not read (as a README would not be)
    plain = classify_text(text.replace(header, "Game notes"))
    assert plain.verdict.level == "unknown"


def test_paragraphs_parted_by_comment_leaders_are_gated_one_by_one() -> None:
    # Upstream terms quoted as a comment block ("#" lines between paragraphs) beside the
    # packaging's GPL reference: each paragraph is gated on its own, so the one that grants
    # leave for non-commercial use only is read, with its line.
    history = "\n#\n".join(
        f"# Station {n}: the constants for this port were measured in {1950 + n} and later "
        "revised by the national office."
        for n in range(1, 9)
    )
    text = (
        "This package was debianized by A. Maintainer <am@example.org> on\n"
        "Mon, 1 Jan 2001 10:00:00 +0000.\n\n"
        "The Debian packaging is licensed under the GPL, see\n"
        "`/usr/share/common-licenses/GPL-2'.\n\n"
        "The data are licensed as follows:\n\n"
        f"{history}\n#\n"
        "#         Herewith I grant permission for non-commercial use\n"
        "#         of all harmonic constants by users of the program.\n#\n"
        f"{history}\n"
    )
    found = classify_text(text)
    assert found.matches  # the GPL reference
    assert found.verdict.level == "restricted"
    (reason,) = [r for r in found.verdict.reasons if r.kind == "non-commercial"]
    line = text.split("\n").index("#         Herewith I grant permission for non-commercial use")
    assert reason.evidence[0].start_line == line + 1


def test_a_dep5_draft_and_a_packagers_license_field_are_read_as_the_format() -> None:
    # The format's drafts named it in a "Format-Specification" header; a packager's own field
    # ("X-Original-Data-License:") holds a license as "License:" does. Its terms, one sentence
    # among many field lines, are read beside the GPL notice identified in the next field.
    gpl = scancode_licenses()["gpl-2.0"].text.split("\n\n")[0]
    header = "Format-Specification: http://svn.debian.org/wsvn/dep/web/deps/dep5.mdwn?rev=135\n"
    text = (
        header + "Name: star catalogue\n\n"
        "Files: stars.dat\n"
        "Copyright: 2008 A. Author <aa@example.org>\n"
        "X-Reference: The Catalogue of the 2.5 Million Brightest Stars.\n"
        "X-Original-Data-License: Public Domain\n"
        " (as the data were retrieved from the archive at http://example.org/data)\n"
        " All archive data are public domain unless otherwise stated in the ReadMe file.\n"
        + "".join(
            f" Part {n} of the catalogue lists the stars of zone {n}. Checked in {n + 1990}.\n"
            for n in range(1, 8)
        )
        + " The data are for scientific use only and have no commercial value.\n"
        "License: GPL-2\n" + in_dep5(gpl).removeprefix(HEAD)
    )
    found = classify_text(text)
    assert "GPL-2.0-only" in {m.id for m in found.matches}
    assert found.verdict.level == "restricted"
    assert "research-only" in {r.kind for r in found.verdict.reasons}


def test_a_copyright_file_that_puts_its_work_in_the_public_domain_is_open() -> None:
    text = HEAD.replace("License: upstream\n\nLicense: upstream\n", "License: public-domain\n")
    text = text.replace("A. Maintainer", "A. Author")  # "maintainer" reads as project talk
    text += " This database is in the public domain.\n"
    found = classify_text(text)
    assert found.verdict.level == "open"
    assert analyze_text(text).verdict.level == "open"
