"""The eleventh sample of Debian's upstream source files (measured only in round 56) and the
thirteenth (drawn in round 56, first run in round 57), studied.

The fifty-seventh round read their files called restricted or closed and found these kinds of
ordinary file among them:

- a Java file under W3C's 1998 notice in its other catalogued wording, "Permission to use,
  copy, and modify" (no "distribute"): compared with the license text, sharing looked dropped;
- a DTD with ISO's entity notice found word for word, after "Portions (C) International
  Organization for" + "Standardization 1986." on the same line as its first words: the
  fragment made the notice's lines read as an edited copy that withholds changes;
- a DISCLAIMER file holding GPL-2.0's "NO WARRANTY" sections with "SOFTWARE" for "PROGRAM",
  which a vendor license's text holds word for word: that license's limits became the file's;
- a specification template's "covered by the JSON" + "schema definition" read as the JSON
  License (whose "Good, not Evil" is a field of use);
- a generated LaTeX file's "It may not be distributed without the original source file
  natbib.dtx.": a duty to pass its source on, read as a ban on sharing;
- notes beside a license read as its limits: "To be called by enca, don't use directly.",
  "# MKC_AUTO_* variables are for debugging purposes only", "If any of these restrictions
  bother you, use it under the Artistic license instead.", "... classes are subject to the
  following license restrictions:" above the license they name;
- a manual's section on options, whose "Print out the version ... and a copyright notice"
  made it a notice, and its "so that the link destination will not be modified" a ban.

It then drew and studied a fifteenth sample (seed 76), whose alarms held these kinds:

- "builds and runs the test suite under Microsoft Visual Studio": a platform, read as the
  license ScanCode names after that product;
- "treats it the same as __FreeBSD__": a C macro, read as the FreeBSD license;
- a list of names that went on past the end of a sentence ("the same as before." + "(e.g.
  gcc and microsoft visual studio)");
- "no rights are herein granted by Lucent Technologies itself": a former owner who grants
  nothing, read as persons excluded from the license;
- an interface's rule for implementers ("It must not use the prefix parameter to select an
  implementation") read as a field of use;
- "Don't use more than one per assignment statement - (eg ...; this will break the code)";
- "Note that this license only applies on the examples";
- a manual's permission notice whose first paragraph ("make and distribute verbatim copies")
  no reference explained while the rest, which gives leave for modified versions, was found:
  the first paragraph alone read as withholding changes;
- and, among the projects' own license files left unknown, "crip is GPL.": a GNU license
  named bare after "is", at the end of its sentence, is the program's license.

Each file is built here from licensedcode-data's texts, with a control beside it.
"""

from __future__ import annotations

import textwrap

from licenseclass import analyze_text, classify_text
from licenseclass.core.licensedcode import rule_text, scancode_licenses


def _license(key: str) -> str:
    return scancode_licenses()[key].text.strip()


def _commented(key: str, mark: str = " *") -> str:
    """License ``key``'s text with each line behind a comment mark."""
    return "\n".join(f"{mark} {line}" for line in _license(key).split("\n"))


def _javadoc(text: str) -> str:
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    body = "\n * <p/>\n".join(
        "\n".join(" * " + line for line in textwrap.wrap(p, 76)) for p in paragraphs
    )
    return (
        "package org.example.util;\n\n/**\n * Parses W3C dates.\n * <p/>\n"
        + body
        + "\n */\npublic final class DateParser {\n    private DateParser() {}\n}\n"
    )


def _w3c_1998(grant: str) -> str:
    text = _license("w3c-software-19980720")
    full = "Permission to use, copy, modify, and distribute this software"
    assert full in text
    return _javadoc(text.replace(full, f"Permission to {grant} this software"))


def test_a_grant_worded_as_another_catalogued_text_of_the_license_drops_nothing() -> None:
    # ScanCode also files W3C's notice with "Permission to use, copy, and modify"
    wording = rule_text("rules/w3c-software-19980720_6.RULE")
    assert "Permission to use, copy, and modify this software" in wording
    found = classify_text(_w3c_1998("use, copy, and modify"))
    assert found.expression == "W3C-19980720"
    assert found.verdict.level == "open"


def test_a_grant_no_catalogued_text_words_so_still_drops_its_rights() -> None:
    found = classify_text(_w3c_1998("use and copy"))
    assert found.expression == "W3C-19980720"
    assert found.verdict.level == "restricted"
    assert any(r.item and r.item.startswith("rights.") for r in found.verdict.reasons)
    # and MIT with "modify" deleted (no MIT wording lacks it) withholds changes
    mit = _license("mit").replace("modify, ", "")
    assert classify_text(mit).verdict.level == "restricted"


def _dtd(notice: str) -> str:
    lines = textwrap.fill(
        "Portions (C) International Organization for Standardization 1986. " + notice, 50
    )
    entities = "".join(f'<!ENTITY e{i} "&#38;#{60 + i};">\n' for i in range(30))
    return f"<!-- Entity set for ISO 8879 names -->\n<!--\n{lines}\n-->\n{entities}"


def test_a_notice_found_word_for_word_after_a_copyright_fragment_is_not_edited() -> None:
    notice = " ".join(_license("iso-8879").split())
    found = classify_text(_dtd(notice))
    assert found.expression == "LicenseRef-scancode-iso-8879"
    assert found.verdict.level == "open"
    assert found.variant is None


def test_a_notice_with_a_limit_put_after_it_is_still_restricted() -> None:
    notice = " ".join(_license("iso-8879").split())
    found = classify_text(_dtd(notice + " Commercial use of these files is prohibited."))
    assert found.verdict.level == "restricted"


def _no_warranty(*, software: bool) -> str:
    gpl = _license("gpl-2.0")
    part = gpl[gpl.index("NO WARRANTY") : gpl.index("END OF TERMS")]
    return part.replace("PROGRAM", "SOFTWARE") if software else part


def test_a_file_holding_only_a_disclaimer_takes_no_license_s_limits() -> None:
    found = classify_text("\t\t\t    " + _no_warranty(software=True))
    assert found.verdict.level == "unknown"
    assert not [r for r in found.verdict.reasons if r.kind and r.kind != "unknown"]
    assert any("only the disclaimer" in r.message for r in found.verdict.reasons)


def test_a_sentence_of_terms_beside_the_disclaimer_is_still_read() -> None:
    text = _no_warranty(software=True) + "\nCommercial use of the Software is prohibited.\n"
    found = classify_text(text)
    assert "non-commercial" in {r.kind for r in found.verdict.reasons}


def test_a_format_s_name_before_schema_on_the_next_line_is_no_license() -> None:
    text = (
        "* Expected error http response code(s)\n\n"
        "  A description for each error code. Errors caused by syntactic problems\n"
        "  found by the parser, and covered by the JSON\n"
        "  schema definition do not need to be included.\n"
    )
    assert "JSON" not in {m.id for m in classify_text(text).matches}
    control = "This file is covered by the JSON\nlicense.\n"
    assert "JSON" in {m.id for m in classify_text(control).matches}


def _latex_generated(note: str) -> str:
    return (
        "%% This is file `natbib.sty',\n%% generated with the docstrip utility.\n%%\n"
        "%% This program can be redistributed and/or modified under the terms\n"
        "%% of the LaTeX Project Public License Distributed from CTAN\n"
        "%% archives in directory macros/latex/base/lppl.txt; either\n"
        "%% version 1 of the License, or any later version.\n%%\n"
        f"%% This is a generated file.\n%% {note}\n%%\n"
        "\\NeedsTeXFormat{LaTeX2e}[1995/06/01]\n\\ProvidesPackage{natbib}\n"
    )


def test_a_generated_file_that_must_travel_with_its_source_is_open() -> None:
    found = classify_text(
        _latex_generated("It may not be distributed without the original source file natbib.dtx.")
    )
    assert found.verdict.level == "open"
    control = classify_text(_latex_generated("This file may not be redistributed."))
    assert control.verdict.level == "restricted"


def _gpl2_script(note: str) -> str:
    return (
        "#! /bin/sh\n# map batch-call wrapper.\n"
        f"# {note}\n#\n"
        "# Copyright (C) 2000-2003 Jane Doe <jane@example.org>.\n"
        "# This is free software; it can be copied and/or modified under the terms of\n"
        "# version 2 of GNU General Public License, see COPYING for details.  There is\n"
        "# NO WARRANTY; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.\n\n"
        'exec map "$@"\n'
    )


def test_a_note_on_how_a_script_is_called_is_no_limit() -> None:
    found = classify_text(_gpl2_script("To be called by enca, don't use directly."))
    assert found.verdict.level == "open"
    control = classify_text(_gpl2_script("Commercial use of this script is prohibited."))
    assert control.verdict.level == "restricted"


def test_a_note_on_the_code_s_own_variables_is_no_field_of_use() -> None:
    bsd = _commented("bsd-simplified", "#")
    code = (
        "\n\n# MKC_AUTO_* variables are for debugging purposes only\nMKC_AUTO_CFLAGS := ${CFLAGS}\n"
    )
    assert classify_text(bsd + code).verdict.level == "open"
    control = "\n\n# This makefile is for non-commercial use only\nMKC_AUTO_CFLAGS := ${CFLAGS}\n"
    assert classify_text(bsd + control).verdict.level == "restricted"


def test_another_license_offered_instead_is_no_limit() -> None:
    lead = (
        " Also note that the only valid version of the GPL as far as this\n"
        " software is concerned is _this_ license (ie v2). If any of these restrictions\n"
        " bother you, use it under the Artistic license instead.\n\n"
    )
    found = classify_text(lead + _license("gpl-2.0"))
    assert found.verdict.level == "open"


def test_a_lead_in_to_the_license_below_is_no_limit() -> None:
    cern = rule_text("rules/mit-old-style_1.RULE") or _license("mit-old-style")
    text = (
        "The Trove library is licensed under the Lesser GNU Public License,\n"
        "which is included with the distribution in a file called LICENSE.txt.\n\n\n"
        "The PrimeFinder and HashFunctions classes in Trove are subject to the\n"
        "following license restrictions:\n\n"
        "Copyright (c) 1999 CERN - European Organization for Nuclear Research.\n\n" + cern
    )
    found = classify_text(text)
    assert found.verdict.level == "open"


def test_a_manual_section_that_mentions_a_copyright_notice_is_no_notice() -> None:
    gfdl = _license("gfdl-1.3")
    section = (
        "2.2 Command-Line Options\n========================\n\n"
        "'--version'\n     Print out the version of 'sed' that is being run and a copyright\n"
        "     notice, then exit.\n\n"
        "'-i[SUFFIX]'\n     Edit files in place. This option allows you to add a prefix to\n"
        "     the backup file, instead of (or in addition to) a suffix, or even to place\n"
        "     backup copies of the original files into another directory. Without it the\n"
        "     files are printed as is.\n\n"
        "'--follow-symlinks'\n     The default behavior is to break the symbolic link, so that\n"
        "     the link destination will not be modified.\n\n"
        "2.3 Exit status\n===============\n\n     An exit status of zero indicates success.\n\n"
    )
    found = classify_text(section * 3 + "\n\n" + gfdl)
    assert found.verdict.level == "open"


def test_a_platform_a_program_runs_under_is_no_license() -> None:
    text = "Targets\n\nwin32tests: builds and runs the test suite under Microsoft Visual Studio\n"
    assert classify_text(text).matches == ()
    control = "Notes\n\nThis file is distributed under the Microsoft Visual Studio license terms.\n"
    assert classify_text(control).matches != ()


def test_a_macro_between_double_underscores_is_no_license_name() -> None:
    text = "- main.c now recognizes __OpenBSD__ and treats it the same as __FreeBSD__\n"
    assert classify_text(text).matches == ()
    control = "- main.c is now distributed under the same license as FreeBSD\n"
    assert "BSD-2-Clause" in {m.id for m in classify_text(control).matches}


def test_a_list_of_names_ends_with_its_sentence() -> None:
    text = (
        "  pan -G1 is the same as before.\n"
        "  many modern compilers (e.g. gcc and microsoft visual studio) will optimize it\n"
    )
    assert classify_text(text).matches == ()
    control = "Licensed under the Apache License 2.0\nand the MIT license.\n"
    assert {m.id for m in classify_text(control).matches} == {"Apache-2.0", "MIT"}


def _bsd3_file(note: str) -> str:
    return (
        " Copyright (c) 1989-2019 Jane Doe. All rights reserved.\n\n"
        f" {note}\n\n"
        " This software is made available under the terms of the BSD 3-Clause License:\n\n"
        + _license("bsd-new")
    )


def test_a_former_owner_granting_nothing_excludes_no_one() -> None:
    note = (
        "This software was originally written at Example Laboratories. All copyrights in\n"
        " the software were assigned to Jane Doe in 2015, and thus no rights are herein\n"
        " granted by Example Laboratories itself."
    )
    assert classify_text(_bsd3_file(note)).verdict.level == "open"
    control = classify_text(_bsd3_file("No rights are granted to the military."))
    assert control.verdict.level == "restricted"


def test_an_interface_s_rule_for_implementers_is_no_field_of_use() -> None:
    # (read as the clause reader reads a source file compared whole with its license header)
    rule = (
        "An implementation should return a Function object. It must not use the prefix\n"
        "parameter to select an implementation, because a prefix could be bound to any\n"
        "namespace."
    )
    assert "field-of-use" not in {r.kind for r in analyze_text(rule).license.restrictions}
    control = "You must not use the Software to build weapons."
    assert "field-of-use" in {r.kind for r in analyze_text(control).license.restrictions}


def _warned_header(warning: str) -> str:
    notice = _commented("mit")
    return (
        f"/*\n * asn_len.h\n *\n{warning} *\n * Copyright (C) 1992 Jane Doe\n *\n{notice}\n */\n"
        "#define BEncEoc(b) 0\n"
    )


def test_a_coding_note_with_its_technical_reason_is_no_limit() -> None:
    warning = (
        " * Warning: many of these routines are macros for speed - be careful where\n"
        " *          you use them.  Don't use more than one per assignment statement -\n"
        " *          (eg len += BEncEoc(b) + BEncFoo(b) ..; this\n"
        " *           will break the code)\n"
    )
    assert classify_text(_warned_header(warning)).verdict.level == "open"
    control = " * Warning: do not use these routines in commercial products.\n"
    assert classify_text(_warned_header(control)).verdict.level == "restricted"


def test_a_note_on_which_files_a_license_covers_is_no_limit() -> None:
    header = _commented("bsd-simplified")
    note = " * Note that this license only applies on the examples, the library itself is LGPL\n"
    text = f"/*-\n{header}\n *\n{note} */\n#include <stdio.h>\n"
    assert classify_text(text).verdict.level == "open"


def _manual(first_words: str) -> str:
    first = _license("latex2e").split("\n\n")[0]
    rest = rule_text("rules/latex2e_and_gpl-1.0-plus_1.RULE").strip()
    return (
        "\\input texinfo\n@setfilename foo.info\n\n@ifinfo\nThis file documents Foo.\n\n"
        f"Copyright 2000-2001 Jane Doe\n\n{first_words}{first}\n\n@ignore\n"
        "Permission is granted to run this file through TeX and print the output,\n"
        "provided the printed copy carries a permission notice like this one.\n\n@end ignore\n"
        f"{rest}\n@end ifinfo\n\n@node Top\n@top Foo\n\nFoo draws windows.\n"
    )


def test_a_manual_notice_s_verbatim_paragraph_beside_its_found_rest_is_open() -> None:
    found = classify_text(_manual(""))
    assert "Latex2e" in {m.id for m in found.matches}
    assert found.verdict.level == "open"
    control = classify_text(_manual("This manual may not be sold.\n\n"))
    assert control.verdict.level == "restricted"


def test_a_program_said_to_be_gpl_in_so_few_words_is_gpl() -> None:
    text = (
        "LICENSE agreement for crip\n--------------------------\n\n"
        "crip is GPL.  It was written in the spirit of open source and its\nimplications.\n"
    )
    assert classify_text(text).expression == "GPL-1.0-or-later"
    assert classify_text("The code is LGPL, see COPYING.\n").expression == "LGPL-2.0-or-later"
    control = "The main difference between the two is GPL compatibility.\n"
    assert classify_text(control).matches == ()
