"""More samples of Debian's upstream source files: no false alarms.

The fifty-fifth round studied the seventh sample (measured only in round 54) and two new ones
(the eighth and the tenth), and found ordinary files called restricted or closed:

- a test helper's "This program is meant to be run by gtest_help_test.py.  Do not run it
  directly." below a BSD notice read as a limit on use;
- a private header's "For use only by bundled plugins, not for external use" above a BSD
  notice read as a field of use;
- "SEE ALSO perl(1) the Digest::MD5 manpage" in a Perl module's POD read as the name "Perl 1"
  (the article of the next line taken into the name hid the manual page's section number);
- a manual page's BUGS section ("the device is blocked when the daemon is running, ie. it
  cannot be used for data transfer") read as a field of use beside its LGPL notice;
- a README offering the GPL v2 and, a paragraph later, "For any other uses of the library,
  you must first obtain a commercial license" read as a duty to register, not as the
  commercial license offered beside the GPL;
- "DO NOT TRANSLATE OR LOCALIZE." atop third-party readmes, and "No other changes made." in
  a data file's history, read as bans on changes.

Two identification fixes of the round's clause work are here too: a patent license whose own
text leaves uses out of its grant, and a Debian short name that stands for its own license
paragraph's text.

Each file is built here from licensedcode-data's texts, with a control beside it.
"""

from __future__ import annotations

from licenseclass import classify_text
from licenseclass.clauses.license_sections import manual_licensing_spans
from licenseclass.core.licensedcode import scancode_licenses


def _license(key: str) -> str:
    return scancode_licenses()[key].text.strip()


def _commented(text: str, mark: str = " *") -> str:
    return "\n".join(f"{mark} {line}".rstrip() for line in text.split("\n"))


def _bsd_source(remark: str, *, above: bool = False) -> str:
    notice = _commented(_license("bsd-new"), "//")
    head = f"// {remark}\n//\n{notice}" if above else f"{notice}\n\n// {remark}"
    code = "#include <stdio.h>\n\nint main(void) {\n  return 0;\n}\n"
    return f"// Copyright 2009 A. Author\n{head}\n\n{code}"


def test_how_to_run_a_helper_is_no_limit_on_use() -> None:
    helper = _bsd_source(
        "This program is meant to be run by the test script.  Do not run\n// it directly."
    )
    found = classify_text(helper)
    assert [m.id for m in found.matches] == ["BSD-3-Clause"]
    assert found.verdict.level == "open"
    # where it may run is still a limit
    for limit in ("Do not run it in production.", "Do not run it directly in production."):
        said = classify_text(_bsd_source(limit))
        assert said.verdict.level == "restricted", limit


def test_which_code_may_call_a_private_header_is_no_field_of_use() -> None:
    header = _bsd_source("For use only by bundled plugins, not for external use", above=True)
    found = classify_text(header)
    assert [m.id for m in found.matches] == ["BSD-3-Clause"]
    assert found.verdict.level == "open"
    said = classify_text(_bsd_source("For use only by non-profit organisations.", above=True))
    assert said.verdict.level == "restricted"


def test_a_manual_page_reference_names_no_license() -> None:
    pod = (
        "=head1 COPYRIGHT\n\nThis program is free software; you can redistribute it and/or "
        "modify it under\nthe same terms as Perl itself.\n\n=head1 SEE ALSO\n\nperl(1)\n\n"
        "the Digest::MD5 manpage, the MIME::Base64 manpage\n"
    )
    found = classify_text(pod)
    assert found.expression == "Artistic-1.0-Perl OR GPL-1.0-or-later"
    assert found.verdict.level == "open"
    assert classify_text("SEE ALSO\n\nperl(1)\n\nthe Digest::MD5 manpage\n").matches == ()


def _manual(bugs: str, notice: str) -> str:
    return (
        '.TH GSMD 8 "2002" "gsmlib"\n.SH NAME\ngsmd \\- SMS daemon\n.SH DESCRIPTION\n'
        "gsmd sends and receives SMS messages.\n.SH BUGS\n"
        f'{bugs}\n.SH COPYRIGHT\n{notice}\n.SH "SEE ALSO"\ngsmsms(1)\n'
    )


def test_a_manual_page_is_read_in_its_licensing_sections() -> None:
    lgpl = (
        "This library is free software; you can redistribute it and/or modify it under the "
        "terms of the GNU Library General Public License as published by the Free Software "
        "Foundation; either version 2 of the License, or (at your option) any later version."
    )
    bugs = (
        "The mobile phone device is blocked when the daemon is\nrunning, ie. it cannot be used "
        "for data transfer or from the other\nprograms of this suite."
    )
    page = _manual(bugs, lgpl)
    # (the header line, then the COPYRIGHT section: its heading and its notice)
    assert manual_licensing_spans(page) == [(1, 1), (10, 11)]
    found = classify_text(page)
    assert [m.id for m in found.matches] == ["LGPL-2.0-or-later"]
    assert found.verdict.level == "open"
    # a limit in the page's licensing section is still read
    limited = _manual(
        "None known.", f"{lgpl}\n\nThis program may not be used for commercial purposes."
    )
    said = classify_text(limited)
    assert said.verdict.level == "restricted"
    assert any(r.kind == "non-commercial" for r in said.verdict.reasons)
    # a text with one heading is no manual page
    assert manual_licensing_spans("=head1 NAME\n\nFoo\n") is None


def test_a_commercial_license_offered_a_paragraph_later_is_the_choice() -> None:
    readme = (
        "Copyright (C) 2005-2020 Acme. All rights reserved.\n\n"
        "This library is made available under a dual licensing scheme.\n\n"
        "If you link the library against other code all of which is itself\nlicensed under "
        'the terms of the GNU General Public License version 2\ndated June 1991 ("GPL v2") or '
        "compatible, then you may use the library\nunder the terms of the GPL v2, as appearing "
        "in the file COPYING.  If the\nfile COPYING is missing, you can obtain a copy of the GPL "
        "v2 from the\nFree Software Foundation.\n\n"
        "For any other uses of the library, you must first obtain a commercial license\n"
        "from Acme.  Please send a mail to sales@example.com for information.\n"
    )
    found = classify_text(readme)
    assert found.expression == "GPL-2.0-only OR LicenseRef-scancode-commercial-license"
    assert found.verdict.level == "open"
    # a limit on the license granted is still one ("for non-commercial use only")
    narrowed = readme.replace("as appearing in", "for non-commercial use only, as appearing in")
    assert classify_text(narrowed).verdict.level == "restricted"


def test_a_patent_license_that_leaves_out_uses_limits_the_work() -> None:
    found = classify_text(_license("ocb-non-military-2013"))
    assert [m.id for m in found.matches] == ["LicenseRef-scancode-ocb-non-military-2013"]
    assert found.verdict.level == "restricted"
    # a patent license with no use left out still decides nothing alone
    assert classify_text(_license("ocb-patent-openssl-2013")).verdict.level == "unknown"


def test_a_debian_short_name_stands_for_its_own_license_paragraph() -> None:
    publication = _license("openpub")
    dep5 = (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: manual\n\n"
        "Files: doc/*\nCopyright: 1999-2019 A. Author\nLicense: OPL-1.0\nComment:\n"
        " The material connected to the Reference Manual may be distributed only subject to "
        "the\n terms and conditions set forth in the Open Publication License, v1.0 or later.\n\n"
        "License: OPL-1.0\n"
        + "\n".join(f" {line}" if line.strip() else " ." for line in publication.split("\n"))
        + "\n"
    )
    found = classify_text(dep5)
    assert {m.id for m in found.matches} == {"OPUBL-1.0"}
    assert found.verdict.level == "open"
    # the Open Public License's own short name in a plain text still names it
    assert [m.id for m in classify_text("License: OPL-1.0\n").matches] == ["OPL-1.0"]


def test_a_note_to_translators_and_a_files_history_set_no_limit() -> None:
    readme = (
        "\nDO NOT TRANSLATE OR LOCALIZE.\n\n"
        "%% The following software may be included in this product: ASM\n"
        "Use of any of this software is governed by the terms of the license below:\n\n"
        f"{_license('bsd-new')}\n"
    )
    found = classify_text(readme)
    assert [m.id for m in found.matches] == ["BSD-3-Clause"]
    assert found.verdict.level == "open"
    patterns = (
        "%\n% This file has been renamed from hyph-fr.tex to patterns.tex for usage in an\n"
        "% interpreter. Empty lines were removed for technical reasons. No other changes made.\n"
        "%\n% copyright: A. Author 1994-2002\n%\n"
        + _commented(_license("mit"), "%")
        + "\n\\patterns{\n.a4\n.ab4l\n}\n"
    )
    found = classify_text(patterns)
    assert [m.id for m in found.matches] == ["MIT"]
    assert found.verdict.level == "open"
    # a ban on translating the work is still one
    said = classify_text(
        readme.replace("DO NOT TRANSLATE OR LOCALIZE.", "Do not translate the software.")
    )
    assert said.verdict.level == "restricted"
