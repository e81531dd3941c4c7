"""The ninth sample of Debian's upstream source files (measured only in round 55), studied.

The fifty-sixth round read its files called restricted or closed and found these kinds of
ordinary file among them:

- an SGI header in a C comment, "(c) Copyright 1993, 1994, Silicon Graphics, Inc." and "ALL
  RIGHTS RESERVED" above the grant: the comment marks broke "for" + " * any purpose", so the
  copyright lines read as the grant's new purpose (a field of use);
- a BSD header's "Do NOT change this since it will break existing servers and clients."
  read as a ban on changes (the ban gives a technical reason);
- a two-line test script under an AGPL tag ("local $ENV{X} = 1;" / "require './t/x.t';")
  read as a note that bars redistribution;
- the SoftFloat notice, which ScanCode files as "softfloat AND proprietary-license": its
  "even for commercial purposes" was taken for commercial terms kept elsewhere, so the tag
  closed the file;
- a GPL copy cut short in its last paragraph: that paragraph's own sentence ("This General
  Public License does not permit incorporating your program into proprietary programs.")
  read as a note beside the license;
- a COPYING file that says "This file, COPYING, ..." and "you may not modify this file":
  its ban guards its own wording;
- "# License: AGPL-3.0+" above "# this uses unstable internal APIs ..., and this script":
  "and" read as going on with the list of licenses, and "script" as the Script# License.

It also drew and studied a twelfth sample (seed 73), whose alarms held these kinds:

- the 3GPP notice of AMR codec sources ("Permission to distribute, modify and use this file
  under the standard license terms listed above has been obtained"), which ScanCode files
  under the MPEG ISO license: its own words grant under the Apache license above it;
- the OFL's FAQ with CRLF line ends: its paragraphs were not found, so it was not read as an
  FAQ and "Why won't the OFL let me sell the fonts alone?" became a limit;
- a shell script's "would be the same as $SCRIPT." read as the Script# License;
- a project's own copy of the Developer's Certificate of Origin compared with ScanCode's as
  an edited license that no longer grants sharing;
- a contributing guide's "You have read, and agree to abide by, our Code of Conduct" read as
  a use policy on the work.

Each file is built here from licensedcode-data's texts, with a control beside it.
"""

from __future__ import annotations

import re
import textwrap

from licenseclass import classify_text
from licenseclass.core.licensedcode import rule_text, scancode_licenses


def _license(key: str) -> str:
    return scancode_licenses()[key].text.strip()


def _commented(text: str, mark: str = " *") -> str:
    return "\n".join(f"{mark} {line}".rstrip() for line in text.split("\n"))


_PROTOTYPES = (
    "/*\n * trackball.h\n * A virtual trackball implementation\n */\n\n"
    "void\ntrackball(float q[4], float p1x, float p1y, float p2x, float p2y);\n\n"
    "/*\n * Given two quaternions, add them together to get a third quaternion.\n */\n"
    "void\nadd_quats(float *q1, float *q2, float *dest);\n"
)


def _sgi_header(grant_edit: str = "") -> str:
    paragraphs = [" ".join(p.split()) for p in _license("x11-opengl").split("\n\n")]
    if grant_edit:
        paragraphs[0] = paragraphs[0].replace("for any purpose", grant_edit, 1)
    # wrapped as the header was: "for" ends a line, "any purpose" opens the next
    width = next(w for w in range(60, 90) if "software for\n" in textwrap.fill(paragraphs[0], w))
    head = "\n\n".join(textwrap.fill(p, width) for p in paragraphs)
    head = f"(c) Copyright 1993, 1994, Silicon Graphics, Inc.\nALL RIGHTS RESERVED\n{head}"
    return f"/*\n{_commented(head)}\n */\n{_PROTOTYPES}"


def test_copyright_lines_above_a_commented_grant_are_no_purpose() -> None:
    found = classify_text(_sgi_header())
    assert [m.id for m in found.matches] == ["SGI-OpenGL"]
    assert found.verdict.level == "open"
    assert found.analysis is None or not found.analysis.license.restrictions
    # a purpose put into the same commented grant still limits it
    narrowed = classify_text(_sgi_header("for non-commercial purposes"))
    assert narrowed.verdict.level == "restricted"
    assert narrowed.analysis is not None
    assert "non-commercial" in {r.kind for r in narrowed.analysis.license.restrictions}


def _bsd_header(remark: str) -> str:
    notice = _commented(_license("bsd-new"))
    code = "#ifndef RING_H\n#define RING_H\nstruct ring { int head; };\n#endif\n"
    head = f"/* An interface for efficient rings.  {remark}\n *\n{notice}\n */"
    return f"#ifndef RING_H_\n{head}\n{code}"


def test_a_ban_given_a_technical_reason_is_advice() -> None:
    for remark in (
        "Do NOT change this since it will\n * break existing servers and clients.",
        "Do not alter the layout, or you will break old readers.",
    ):
        found = classify_text(_bsd_header(remark))
        assert [m.id for m in found.matches] == ["BSD-3-Clause"], remark
        assert found.verdict.level == "open", remark
    assert classify_text(_bsd_header("You may not change this software.")).verdict.level == (
        "restricted"
    )


def _script(lines: str) -> str:
    head = "# Copyright (C) 2019-2021 all contributors <meta@example.org>\n"
    return head + "# License: AGPL-3.0+ <https://www.gnu.org/licenses/agpl-3.0.txt>\n" + lines


def test_a_test_script_under_its_tag_is_no_note() -> None:
    found = classify_text(_script("local $ENV{PI_TEST_VERSION} = 1;\nrequire './t/mirror.t';\n"))
    assert [m.id for m in found.matches] == ["AGPL-3.0-or-later"]
    assert found.verdict.level == "open"
    assert not any(r.restrictions for r in found.unexplained)
    # (nor a short script's one-line description above its code)
    daemon = _script(
        "#\n# Standalone read-only IMAP server.\nuse v5.12;\nFoo::Daemon::run('imap://:143');\n"
    )
    assert classify_text(daemon).verdict.level == "open"
    # a note in the script's comments is still read
    noted = classify_text(_script("# Not for redistribution.\nrequire './t/mirror.t';\n"))
    assert noted.verdict.level == "restricted"


def test_a_list_of_names_does_not_go_on_into_the_next_sentence() -> None:
    found = classify_text(
        _script(
            "# this uses unstable internal APIs of public-inbox, and this script\n"
            "# needs to be updated if they change.\nuse strict;\n"
        )
    )
    assert [m.id for m in found.matches] == ["AGPL-3.0-or-later"]
    assert found.verdict.level == "open"
    # a list wrapped onto the next line goes on
    listed = classify_text(
        "This program is licensed under the Artistic License 2.0, the simplified BSD license,\n"
        "and the GNU LGPL v3.\n"
    )
    assert {m.id for m in listed.matches} == {"Artistic-2.0", "BSD-2-Clause", "LGPL-3.0-only"}


def test_softfloat_is_not_closed_by_scancode_tag() -> None:
    notice = rule_text("rules/softfloat_and_proprietary-license_1.RULE").strip()
    source = (
        f"/*{'=' * 60}\n\n{notice}\n\n{'=' * 60}*/\n\n#include <stdint.h>\nenum {{ FALSE = 0 }};\n"
    )
    found = classify_text(source)
    assert "LicenseRef-scancode-softfloat" in {m.id for m in found.matches}
    assert found.verdict.level == "open"
    # a tag beside terms that send the reader to commercial terms still closes the file
    sold = source.replace(
        "Derivative works are acceptable, even for commercial purposes,",
        "Derivative works are acceptable for commercial purposes only under a purchased licence,",
    )
    assert classify_text(sold).verdict.level != "open"


def _gpl_cut_short(tail: str = "") -> str:
    text = _license("gpl-2.0")
    cut = text.rindex("use the GNU Lesser General")
    *paragraphs, last = re.split(r"\n[ \t]*\n", text[:cut])
    # (an RTF copy holds each paragraph on one line)
    last = " ".join(last.split()) + " use the GNU Library General Public" + tail
    return "\n\n".join(paragraphs) + f"\n\n{last}\n\\f1\\par\n}}\n"


def test_a_copy_cut_short_keeps_its_last_sentences_as_its_own() -> None:
    found = classify_text(_gpl_cut_short())
    assert [m.id for m in found.matches] == ["GPL-2.0-only"]
    assert found.verdict.level == "open"
    # a sentence put at the same place is read
    added = classify_text(_gpl_cut_short(".  Commercial use of the Program is prohibited."))
    assert added.verdict.level == "restricted"


_CALC_COPYING = (
    "This library is free software; you can redistribute it and/or modify it under the terms\n"
    "of the GNU Lesser General Public License as published by the Free Software Foundation;\n"
    "either version 2.1 of the License, or (at your option) any later version.\n\n"
    "{naming} is distributed under the Copyright found at the top of this file.  It is\n"
    "important to note that you may distribute verbatim copies of this file but you may not\n"
    "modify this file.\n"
)


def test_a_license_file_that_guards_its_own_wording() -> None:
    found = classify_text(_CALC_COPYING.format(naming="This file, COPYING,"))
    assert found.verdict.level == "open"
    # a file that does not say it is the license file: the ban is on the work
    other = classify_text(_CALC_COPYING.format(naming="This file"))
    assert other.verdict.level == "restricted"


# The twelfth sample (seed 73), drawn and studied this round.


def _amr_source(*, apache: bool = True) -> str:
    header = _commented(rule_text("rules/apache-2.0_459.RULE").strip()) if apache else ""
    derived = rule_text("rules/mpeg-iso_1.RULE").strip()
    code = '#include "median5.h"\n\nint median5(const int *x) {\n  return x[0];\n}\n'
    return (
        f"/*\n * Copyright (C) 1998-2009 PacketVideo\n *\n{header}\n */\n/*\n{derived}\n*/\n{code}"
    )


def test_a_notice_that_grants_under_the_license_above_adds_no_terms() -> None:
    found = classify_text(_amr_source())
    # identified as ScanCode files it
    assert {m.id for m in found.matches} == {"Apache-2.0", "LicenseRef-scancode-mpeg-iso"}
    assert found.verdict.level == "open"
    assert any("named above it (Apache-2.0)" in r.message for r in found.verdict.reasons)
    # with no license above it, the id's own terms stand
    assert classify_text(_amr_source(apache=False)).verdict.level == "restricted"


def _faq(line_end: str) -> str:
    questions = [
        ("Can I use the fonts for a book?", "Yes. You may mention the font in the colophon."),
        ("Can I include the fonts in a Linux distribution?", "Yes! They may be repackaged."),
        ("Can I sell a software package that includes these fonts?", "Yes, bundled."),
        ("Why won't the OFL let me sell the fonts alone?", "To keep people from reselling."),
        ("Can I host the fonts on a web site?", "Yes, with the full font package."),
        ("Can I modify the fonts?", "Yes, under a new name if a Reserved Font Name is set."),
        ("Does the license text need to accompany the font?", "Yes, except when embedded."),
    ]
    body = "\n\n".join(f"1.{n}  {q}\n{a}" for n, (q, a) in enumerate(questions, 1))
    text = (
        "OFL FAQ - Frequently Asked Questions about the SIL Open Font License (OFL)\n"
        f"Version 1.1\n\n\n1  USING AND DISTRIBUTING FONTS LICENSED UNDER THE OFL\n\n{body}\n"
    )
    return text.replace("\n", line_end)


def test_an_faq_with_crlf_line_ends_reads_as_an_faq() -> None:
    for line_end in ("\n", "\r\n"):
        found = classify_text(_faq(line_end))
        assert found.verdict.level == "open", repr(line_end)
        assert found.note is not None and "FAQ" in found.note


def test_a_shell_variable_is_no_license_name() -> None:
    script = (
        "#!/bin/sh\n# Execute the script if a match was found.\n"
        "for MODULE in $MODULES; do\n\tPATH_TO_SCRIPT=${SCRIPT%%$MODULE}\n"
        "\t# If there was no match, $PATH_TO_SCRIPT would\n"
        "\t# be the same as $SCRIPT.\n\t. $PATH_TO_SCRIPT\ndone\n"
    )
    found = classify_text(script)
    assert found.matches == ()
    assert found.verdict.level == "unknown"


def test_an_edited_contributor_certificate_grants_nothing_less() -> None:
    # a project's own copy: its title, no notice on copying the document, "free software"
    items = _license("dco-1.1").split("I certify that:", 1)[1]
    items = items.replace("open source", "free software")
    certificate = (
        "Libassuan Developer's Certificate of Origin.  Version 1.0\n" + "=" * 57 + "\n\n"
        "By making a contribution to the Libassuan project, I certify that:"
        f"{items}\n\nSigned-off-by: [Your name and mail address]\n"
    )
    found = classify_text(certificate)
    assert [m.id for m in found.matches] == ["LicenseRef-scancode-dco-1.1"]
    assert found.verdict.level == "unknown"


_GUIDE = (
    "= Contributing Guidelines\n\nLegal stuff:\n\n"
    "For any submission you make to us, you agree and certify that:\n\n"
    "        ** You are the author of the content submitted.\n\n"
    "        ** Unless the submission is otherwise labeled, you are granting the Project a\n"
    "           license to your submission under the terms of\n"
    "           MIT License (as documented in the LICENSE file in this\n"
    "           repository.)\n\n"
    "        ** {promise}\n\n"
    "== Filing Issues\n\nFirst look to see if your issue is already covered.\n"
)


def test_a_contributor_promise_to_keep_a_code_of_conduct_is_no_use_policy() -> None:
    found = classify_text(
        _GUIDE.format(promise="You have read, and agree to abide by, our Code of Conduct.")
    )
    assert found.verdict.level == "open"
    # a code of conduct that use of the work must follow is one
    used = classify_text(
        "The Software is licensed under the MIT License. You may use the Software only in "
        "accordance with our Code of Conduct.\n"
    )
    assert "acceptable-use-policy" in {
        kind for region in used.unexplained for kind in region.restrictions
    } | {r.kind for r in (used.analysis.license.restrictions if used.analysis else ())}


def test_long_lines_of_blanks_are_read_in_one_pass() -> None:
    # lines shaped like the new code lines and string literals, with thousands of blanks where
    # a backtracking pattern would try every split (a cubic or exponential blow-up)
    from licenseclass.clauses.gate import is_code_line

    blanks = " " * 5000
    assert not is_code_line(f"require 'x'{blanks}z")
    assert not is_code_line(f"use strict{blanks}z")
    assert is_code_line(f"require 'x';{blanks}")
    script = _script(f"local $X = \"{blanks}a;\nrequire './t/x.t';\n")
    assert classify_text(script).verdict.level == "open"
