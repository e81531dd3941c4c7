"""Source files of Debian's upstream tarballs: no false alarms.

The fifty-second round's sweep of upstream source tarballs from Debian's main archive (a tuning
sample: every file there is under terms Debian calls free) found ordinary files called
restricted or closed:

- a C header whose license is a ``/* ... */`` block of `` * `` lines, above a page of code: the
  comment marks were taken off only where most lines of the whole file had them, so each
  `` * `` line of the grant was a list item of its own, MIT's grant was never read whole, and
  a code comment ("Reserved bytes for future use, must be zero") decided that use was denied;
- "functions declared in this file probably will not be implemented": a fact about the file,
  read as a ban because the work was its subject and "will not" followed;
- advice with its reason ("they should not be copy/pasted into 3rd party projects, as this
  scenario is not supported") read as a ban on sharing;
- a README's "The New Relic Go agent is licensed under the Apache 2.0 License" under a
  "License" heading: the product's name, which is also the name of a proprietary license, was
  read as the license;
- the GNU GPL's text held in a program's strings (a help screen), where the names of the code
  around each string kept some of its sentences from counting as the license's own words.

Each file is built here, with a control beside it that still limits or still names.
"""

from __future__ import annotations

import textwrap

from licenseclass import classify_text
from licenseclass.clauses.additions import added_limits
from licenseclass.clauses.sentences import split_sentences
from licenseclass.core.licensedcode import rule_text, scancode_licenses


def _commented(body: str) -> str:
    return "".join(f" * {line}".rstrip() + "\n" for line in body.strip().split("\n"))


def _mit_header() -> str:
    body = scancode_licenses()["mit"].text
    return "/*\n * Copyright (c) 2020 Example Corp. All Rights Reserved.\n *\n" + _commented(body)


C_CODE = """ */

#ifndef EXAMPLE_H
#define EXAMPLE_H

struct example_table {
    unsigned int version;
%s
    /** \\brief Reserved bytes for future use, must be zero */
    unsigned long reserved[16];
};

#endif
"""


def _c_file(fields: int) -> str:
    members = "\n".join(f"    int (*hook_{n})(void *ctx, int value_{n});" for n in range(fields))
    return _mit_header() + C_CODE % members


def test_a_license_comment_above_much_code_reads_as_prose() -> None:
    text = _c_file(40)
    # (most lines are code: the file as a whole is no comment block)
    lines = text.split("\n")
    assert sum(line.lstrip().startswith("*") for line in lines) < 0.6 * len(lines)
    found = classify_text(text)
    assert found.expression == "MIT"
    assert found.verdict.level == "open"


def test_a_comment_header_that_withholds_use_still_limits() -> None:
    """Control: the same file, its grant edited to leave out the right to use."""
    text = _c_file(40).replace("rights to use, copy,", "rights to copy,")
    found = classify_text(text)
    assert found.verdict.level == "restricted"
    assert any("use" in r.message for r in found.verdict.reasons)


def test_a_markdown_list_of_stars_stays_a_list() -> None:
    """The marks of a Markdown list at the margin are no comment marks: each item is read on
    its own, so a ban in one item does not run into the next."""
    text = "Notes:\n\n* You may use it at home.\n* You may not sell it.\n"
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[-2:] == ["* You may use it at home.", "* You may not sell it."]


MIT_NOTE = "/*\n * %s\n */\n\n#include <stdio.h>\n\nint main(void) { return 0; }\n"


def _mit_with_note(note: str) -> str:
    return _mit_header() + " */\n" + MIT_NOTE % note


def test_a_fact_about_the_file_is_no_ban() -> None:
    found = classify_text(
        _mit_with_note("NOTE: functions declared in this file probably will not be implemented.")
    )
    assert found.verdict.level == "open"
    found = classify_text(_mit_with_note("NOTE: this code may not compile on old compilers."))
    assert found.verdict.level == "open"


def test_a_ban_said_of_the_work_still_limits() -> None:
    """Controls: the work as the subject of a ban, with a modal or with a ban's own verb."""
    for note in (
        "NOTE: this software will not be used for military purposes.",
        "NOTE: this software is not licensed for commercial use.",
    ):
        found = classify_text(_mit_with_note(note))
        assert found.verdict.level == "restricted", note


def test_advice_for_an_unsupported_use_is_no_ban() -> None:
    advice = (
        "They can serve as source of inspiration, but they should not be copy/pasted into "
        "3rd party projects, as this scenario is not supported."
    )
    assert added_limits(advice, 1) == []
    # control: the same advice with no reason of support is a ban on sharing
    limits = added_limits("The files should not be copied into other projects.", 1)
    assert [r.kind for r in limits] == ["no-redistribution"]


def test_a_product_named_like_a_license_is_the_subject_not_the_license() -> None:
    text = (
        "## License\n"
        "The New Relic Go agent is licensed under the "
        "[Apache 2.0](http://apache.org/licenses/LICENSE-2.0.txt) License.\n"
    )
    found = classify_text(text)
    assert found.expression == "Apache-2.0"
    assert found.verdict.level == "open"


def test_that_license_named_under_a_heading_is_still_read() -> None:
    """Controls: the same name, as the value of a label, names the license; and a name the
    line says elsewhere as a subject is still read where it names the license."""
    found = classify_text("License: New Relic License\n")
    assert found.ids == ("LicenseRef-scancode-new-relic",)
    line = "2. Unicode 6.0 & Unicode 8.0 are provided under the Unicode licence below.\n"
    assert classify_text(line).ids == ("LicenseRef-scancode-unicode",)


def _in_strings(body: str, added: str = "") -> str:
    """A help screen's table: each line of the text in a C string beside code names."""
    rows = []
    for n, line in enumerate(body.split("\n")):
        said = line.replace("\\", "\\\\").replace('"', '\\"')
        rows.append(f'  {{helpText_just, {n % 3}, "{said} "}},')
        if added and n == 300:
            rows.append(f'  {{helpText_just, 0, "{added}"}},')
    return "static const HelpLine gpl_text[] = {\n" + "\n".join(rows) + "\n};\n"


def test_a_license_held_in_a_programs_strings_is_the_license() -> None:
    body = scancode_licenses()["gpl-2.0"].text
    found = classify_text(_in_strings(body))
    assert "GPL-2.0-only" in found.ids
    assert found.verdict.level == "open"


def test_a_sentence_added_among_those_strings_still_limits() -> None:
    """Control: a sentence that is none of the license's words, among the strings."""
    body = scancode_licenses()["gpl-2.0"].text
    added = "You may not use the Program for commercial purposes."
    found = classify_text(_in_strings(body, added))
    assert found.verdict.level == "restricted"


def test_a_standards_body_and_a_products_license_key_name_no_license() -> None:
    """ScanCode has licenses named "ITU-T" and "New Relic License"; a reference to one of
    ITU-T's standards and a product's license key are neither."""
    for line in (
        " *  See ITU-T H.265 D.3.27 Mastering display colour volume SEI message semantics.",
        "\t// license is the New Relic License key",
    ):
        found = classify_text(f"/**\n{line}\n */\nint x;\n")
        assert found.matches == (), line
        assert found.verdict.level == "unknown"


def test_a_license_named_for_that_body_is_still_read() -> None:
    """Control: the same name as the license of a work."""
    found = classify_text("This code is under the ITU-T license.\n")
    assert found.ids == ("LicenseRef-scancode-itu-t",)


M4_HEADER = """\
# progtest.m4 serial 9
dnl Copyright (C) 1996-2022 Example Foundation, Inc.
dnl This file is free software; the Example Foundation
dnl gives unlimited permission to copy and/or distribute it,
dnl with or without modifications, as long as this notice is preserved.
dnl
dnl This file can be used in projects which are not available under
dnl the GNU General Public License or the GNU Lesser General Public
dnl License but which still want to provide support for the gettext
dnl functionality.
"""
M4_MACROS = """\
AC_DEFUN([AM_PO_SUBDIRS_%d],
[
  AC_REQUIRE([AC_PROG_MAKE_SET])dnl
  AC_REQUIRE([AC_PROG_INSTALL])dnl
  for desiredlang in $desiredlanguages; do
    # Use the presentlang catalog if desiredlang is
    #   a. equal to presentlang, or
    #   b. a variant of presentlang (because in this case,
    #      presentlang can be used as a fallback for messages
    #      which are not translated in the desiredlang catalog).
    case "$desiredlang_" in
      "$presentlang"*) useit=yes;;
    esac
  done
])
"""


def test_a_build_scripts_header_and_its_macros_limit_nothing() -> None:
    """An autoconf macro file: m4's "dnl" comments hold its notice, and the comments on the
    code below are not read with the notice's grant."""
    parts = ["# " + "-" * 40 + "\n" + M4_HEADER + "".join(M4_MACROS % n for n in range(3))]
    text = "\n".join(parts * 2)
    found = classify_text(text)
    assert found.verdict.level == "open", found.verdict.reasons


def test_a_notice_beside_code_that_limits_still_limits() -> None:
    """Control: the same part, its notice leaving out modification for money."""
    header = M4_HEADER.replace(
        "with or without modifications, as long as this notice is preserved.",
        "for non-commercial purposes only, as long as this notice is preserved.",
    )
    text = "# " + "-" * 40 + "\n" + header + "".join(M4_MACROS % n for n in range(3))
    found = classify_text(text * 2)
    assert found.verdict.level == "restricted"


GPL_HEADER = """\
/*
** Copyright (C) 2014 Example Corp. All rights reserved.
**
** This program is free software; you can redistribute it and/or modify
** it under the terms of the GNU General Public License Version 2 as
** published by the Free Software Foundation.  You may not use, modify or
** distribute this program under any other version of the GNU General
** Public License.
**
** This program is distributed in the hope that it will be useful,
** but WITHOUT ANY WARRANTY; without even the implied warranty of
** MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.
*/

int daq_version(void) { return 2; }
"""


def test_a_license_version_held_to_is_no_ban() -> None:
    found = classify_text(GPL_HEADER)
    assert found.expression == "GPL-2.0-only"
    assert found.verdict.level == "open"


def test_a_ban_beside_that_notice_still_limits() -> None:
    """Control: a ban on the acts themselves, in the same place."""
    text = GPL_HEADER.replace(
        "under any other version of the GNU General\n** Public License.",
        "for any commercial purpose.",
    )
    assert classify_text(text).verdict.level == "restricted"


def test_a_part_of_the_code_that_should_not_use_another_is_no_ban() -> None:
    # (read by the shape of a ban alone, as in a file of many notes: a package's changelog)
    note = "SessionHandler should not use HashTable wrapper, as it can't be serialized."
    assert added_limits(note, 1, cues=False) == []
    # controls: the work banned in the passive, and the licensee banned
    assert added_limits("The software should not be used in production.", 1, cues=False) != []
    assert added_limits("You should not use the software in production.", 1, cues=False) != []


def test_a_grant_worded_as_the_matched_rule_has_it_drops_no_right() -> None:
    """ScanCode's rule for a modern MIT variant grants "to use, copy, modify, and distribute
    this software and its documentation for any purpose"; the license's own text words its
    grant otherwise. A copy of the rule's wording, edited elsewhere, leaves out no right of
    the license: the rule is ScanCode's word that this grant is that license's."""
    wording = rule_text("rules/mit-modern_4.RULE")
    assert "and the author appear" in wording
    edited = wording.replace("and the author appear", "and A. Author's name appear")
    found = classify_text("/*\n * Copyright (C) 2001 A. Author\n" + edited + "\n */\n")
    assert found.ids == ("MIT-Modern-Variant",)
    assert found.verdict.level == "open", found.verdict.reasons


def test_an_old_style_grant_that_names_no_selling_is_that_license() -> None:
    """ScanCode's rule for the old-style MIT grant says "use, copy, modify, and distribute
    ... for any purpose and without fee"; the license's own text adds "and sell". A copy of
    the rule's wording leaves out no right of the license (both the rule's wording and the
    leave to distribute "for any purpose" say so: either alone keeps it open)."""
    wording = rule_text("rules/mit-old-style_13.RULE")
    assert "distribute this software" in wording and "sell" not in wording
    # (the rule leaves the holder's name out: a name put in makes the copy approximate, so
    # that it is compared with the license's text)
    text = "Copyright (C) 1995 A. Author\n\n" + wording.replace(" makes no", " A. Author makes no")
    found = classify_text(text)
    assert found.ids == ("LicenseRef-scancode-mit-old-style",)
    assert found.verdict.level == "open"


def test_a_product_page_named_in_its_license_data_is_no_license_page() -> None:
    found = classify_text("Site statistics: [Google Analytics]:http://www.google.com/analytics/\n")
    assert found.matches == ()
    # control: a license's page with its version, alone on its line
    assert classify_text("# See https://mozilla.org/MPL/2.0/\n").ids == ("MPL-2.0",)


def _man_page(body: str) -> str:
    # (each paragraph wrapped at 72 columns, as a man page's author wrote it)
    paragraphs = [" ".join(p.split()) for p in body.strip().split("\n\n")]
    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in paragraphs)
    notice = "".join(f'.\\" {line}'.rstrip() + "\n" for line in wrapped.split("\n"))
    page = ".TH GADGET 1\n.SH NAME\ngadget \\- colourise logs\n.SH SYNOPSIS\n.B gadget\n"
    return '.\\" Copyright (C) 2003 A. Author\n.\\"\n' + notice + page * 20


def test_a_man_pages_notice_in_roff_comments_is_its_license() -> None:
    # (as a man page's author puts it: the translation approved by the author)
    body = scancode_licenses()["latex2e-translated-notice"].text.replace(
        "by the Foundation", "by the Author"
    )
    found = classify_text(_man_page(body))
    assert found.ids == ("Latex2e-translated-notice",)
    assert found.verdict.level == "open"


def test_a_man_pages_notice_with_a_limit_put_in_still_limits() -> None:
    """Control: the same notice, its first grant kept to non-commercial copies."""
    body = scancode_licenses()["latex2e-translated-notice"].text
    edited = body.replace("verbatim copies", "verbatim copies for non-commercial use only", 1)
    assert edited != body
    assert classify_text(_man_page(edited)).verdict.level == "restricted"


def test_leave_to_distribute_for_any_purpose_withholds_no_selling() -> None:
    """The historical permission notice with "and sell" left out is the notice ISC and HPND
    grant, both open: leave to distribute "for any purpose" needs no word for selling."""
    body = scancode_licenses()["historical-sell-variant"].text
    edited = body.replace("distribute, and sell this", "and distribute this", 1)
    assert edited != body
    text = "# Copyright 2000 A. Author\n" + "".join(f"# {line}\n" for line in edited.split("\n"))
    text += "".join(f"def cookie_{n}(value):\n    return value\n\n" for n in range(60))
    found = classify_text(text)
    assert found.verdict.level == "open", found.verdict.reasons


def test_selling_left_out_of_a_grant_with_no_purpose_still_limits() -> None:
    """Control: MIT's grant ("deal in the Software without restriction") with "and/or sell"
    left out of its list of rights."""
    body = scancode_licenses()["mit"].text
    edited = body.replace("sublicense, and/or sell", "and/or sublicense", 1)
    assert edited != body
    found = classify_text(edited)
    assert found.verdict.level == "restricted"
    assert "no-selling" in {r.kind for r in found.verdict.reasons}
