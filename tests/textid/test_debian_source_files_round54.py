"""A fourth sample of Debian's upstream source files: no false alarms.

The fifty-fourth round drew another sample of upstream tarballs from Debian 12's main archive
and found ordinary files called restricted or closed:

- a lint script's "places in the code that may be in non-compliance with google style":
  ScanCode names its Google Play Core terms "Google", so the company's name read as that
  license's name;
- a C header's ``#error You should not include this file or use these functions.`` below a
  zlib notice read as a limit on use;
- a database header's "This does not use actual memory or disk space, but users may need to
  understand the difference so they won't be scared off." read as a field of use;
- a Perl script's usage text "-- same as --script" read as the Script# license's name;
- a manual's terms "you may not produce a derivative work from this manual and impose
  additional restrictions on its distribution" (a copyleft duty) read as a ban on changes;
- a FontForge font whose OFL text is kept in one line with UTF-7 line breaks ("+AAoA-"): the
  glued words read as edits of the license;
- a Project Gutenberg eBook kept as test data: its notice "You may copy it, give it away or
  re-use it" gave no leave to share, so the Gutenberg license's "Proprietary Free" label
  closed the file;
- prose past the code of a source file ("You may not modify the original string while you
  operate on it", "it may not be shared across different architectures"), a CMake module's
  "Redistribution and use is allowed according to the terms of the BSD license" read as a
  text of its own, a contributor's grant to the project, "must not be used to build MPFR due
  to the dependency on perl", "According to the OSGi specification", and the Eclipse
  Foundation Specification License named in a document, closed by its label alone.

Each file is built here from licensedcode-data's texts, with a control beside it.
"""

from __future__ import annotations

from licenseclass import analyze_text, classify_text
from licenseclass.clauses.additions import added_limits
from licenseclass.clauses.gate import is_code_line
from licenseclass.core.licensedcode import rule_text, scancode_licenses
from licenseclass.textid.classify import MIN_SOURCE_CODE_LINES, _escapes_as_spaces


def _license(key: str) -> str:
    return scancode_licenses()[key].text.strip()


def _commented(text: str) -> str:
    return "\n".join(f" * {line}".rstrip() for line in text.split("\n"))


def test_a_company_name_before_style_names_no_license() -> None:
    lint = (
        '"""Checks C++ files.\n\nThe goal of this script is to identify places in the code '
        "that *may*\nbe in non-compliance with google style.  It does not attempt to fix\n"
        'up these problems.\n"""\nimport sys\n'
    )
    assert classify_text(lint).matches == ()
    assert classify_text("Code must be in compliance with Google style.\n").matches == ()
    # the terms' own names still name them
    said = classify_text("Use of the library is subject to the Google Play Core SDK TOS 2020.\n")
    assert [m.id for m in said.matches] == ["LicenseRef-scancode-google-playcore-sdk-tos-2020"]


def test_a_preprocessor_message_is_no_limit_beside_a_license() -> None:
    header = (
        f"/*\n  Audio mixer\n  Copyright (C) 1997-2023 A. Author\n\n{_commented(_license('zlib'))}"
        "\n*/\n\n#ifndef MIX_INTERNAL_EFFECT__\n"
        "#error You should not include this file or use these functions.\n#endif\n\n"
        "extern int _Mix_effects_max_speed;\n"
    )
    found = classify_text(header)
    assert [m.id for m in found.matches] == ["Zlib"]
    assert found.verdict.level == "open"
    # the same words as a note beside the license are still read
    note = header.replace("#error You should not", "You should not")
    assert classify_text(note).verdict.level == "restricted"


def test_what_a_program_does_not_use_is_no_field_of_use() -> None:
    caveat = (
        "This does not use actual memory or disk space, but users may need to understand the "
        "difference so they won't be scared off."
    )
    assert analyze_text(caveat).license.restrictions == ()
    header = (
        f"/*\n{_commented(_license('isc'))}\n *\n * Caveats:\n *\n * - An LMDB configuration "
        "will often reserve considerable unused\n *   memory address space and maybe file size "
        "for future growth.\n *   This does not use actual memory or disk space, but users may "
        "need\n *   to understand the difference so they won't be scared off.\n */\n"
    )
    assert classify_text(header).verdict.level == "open"
    # a licensee's ban, and the same words as a condition, still limit
    kinds = {
        r.kind
        for r in analyze_text(
            "You may not use the Software for military purposes."
        ).license.restrictions
    }
    assert kinds == {"field-of-use"}
    condition = "Provided that it does not use the Software for military purposes, it may copy it."
    assert {r.kind for r in analyze_text(condition).license.restrictions} == {"field-of-use"}


def test_a_long_option_names_no_license() -> None:
    usage = (
        "=head1 OPTIONS\n\n --ann_script -- annotation script returning site locations\n"
        "              -- same as --script\n\n --help include description\n"
    )
    assert classify_text(usage).matches == ()
    assert [m.id for m in classify_text("Released under the same terms as Perl.\n").matches]


def test_a_ban_on_adding_restrictions_is_a_copyleft_duty() -> None:
    terms = (
        "This document may be reproduced and distributed in whole or in part, in any medium, "
        "as long as this copyright notice is retained on all copies.\n"
        "All translations, derivative works, or aggregate works incorporating any parts of this "
        "document must be covered under this copyright notice. That is, you may not produce a "
        "derivative work from this manual and impose additional restrictions on its "
        "distribution.\n"
    )
    kinds = {r.kind for r in analyze_text(terms).license.restrictions}
    assert "no-derivatives" not in kinds
    sentence = terms.split("That is, ")[1]
    assert added_limits(sentence, 1) == []
    # the ban alone still bars changes
    alone = "You may not produce a derivative work from this manual."
    assert [r.kind for r in added_limits(alone, 1)] == ["no-derivatives"]


def test_a_font_editors_one_line_license_is_the_license() -> None:
    # FontForge keeps the font's license in one line, its line breaks written in UTF-7
    # ("+AAoA-"); the words glued to them are the license's own
    ofl = _license("ofl-1.1").replace("\n", "+AAoA-")
    font = (
        "SplineFontDB: 3.0\nFontName: Example\nCopyright: Created with FontForge\n"
        f'LangName: 1033 "" "" "" "" "" "" "" "" "" "" "" "" "" "{ofl}" "http://scripts.sil.org/OFL"'
        "\nEncoding: UnicodeBmp\nBeginChars: 65536 0\nEndChars\nEndSplineFont\n"
    )
    found = classify_text(font)
    assert [m.id for m in found.matches] == ["OFL-1.1"]
    assert found.verdict.level == "open"
    # other UTF-7 runs (a letter, not a break) stay as they are
    assert _escapes_as_spaces("t+AUIA-a and b+AUIA-c") == "t+AUIA-a and b+AUIA-c"


def test_an_ebooks_notice_lets_it_be_given_away() -> None:
    notice = rule_text("rules/gutenberg-2020_3.RULE").strip()
    book = f"The Project Gutenberg eBook of Moby Dick\n\n{notice}\n\nCHAPTER 1. Loomings.\n"
    found = classify_text(book)
    assert [m.id for m in found.matches] == ["LicenseRef-scancode-gutenberg-2020"]
    assert found.verdict.level == "restricted"


def _faq(answers: tuple[str, ...]) -> str:
    asked = (
        "Can I use the fonts for a book or other print publication?",
        "Can I sell a software package that includes these fonts?",
        "Why won't the OFL let me sell the fonts alone?",
        "Can I host the fonts on a web site for others to use?",
        "Can I make changes to the fonts?",
        "Do I have to include the license with the fonts?",
        "Can I embed the fonts in a PDF document?",
    )
    said = (
        "you may use them for any kind of design work",
        "you may not sell the fonts on their own - they must be part of a larger bundle",
        "the intent is to keep people from making money by simply redistributing the fonts",
        "you must make the full font package available",
        "a Modified Version must not use the Reserved Font Names",
        "the license must be distributed with the fonts",
        "embedding is allowed as long as the document is not a font",
    )
    body = "\n\n".join(
        f"1.{k + 1}  {q}\n{a} {s[0].upper()}{s[1:]}."
        for k, (q, a, s) in enumerate(zip(asked, answers, said, strict=True))
    )
    return f"About the SIL Open Font License (OFL)\n\n{body}\n"


def test_questions_and_answers_about_a_license_add_no_terms() -> None:
    faq = _faq(("Yes.", "Yes,", "", "Yes.", "Yes.", "Yes.", "Yes."))
    found = classify_text(faq)
    assert {m.id for m in found.matches} == {"OFL-1.1"}
    assert found.verdict.level == "open"
    assert found.note is not None and "FAQ" in found.note
    # the same sentences under headings that ask, answered with terms and not with a yes or
    # a no (terms of service laid out so), are still read
    terms = _faq(("", "", "", "", "", "", ""))
    assert classify_text(terms).verdict.level == "restricted"


def test_prose_past_code_documents_the_code() -> None:
    header = f"/*\n{_commented(_license('mit'))}\n */\n\n"
    code = (
        "#include <string.h>\n\nclass StringTokenizer {\npublic:\n    /*\n"
        "     * You may not modify the original string while you operate\n"
        "     * on it with the StringTokenizer; the behaviour is undefined.\n     */\n"
        "    const char *next(void);\n    int count;\n};\n"
    )
    found = classify_text(header + code)
    assert [m.id for m in found.matches] == ["MIT"]
    assert found.verdict.level == "open"
    # the same words in the header's own comment still qualify the license
    noted = header.replace(" */\n", " *\n * You may not modify the original string.\n */\n", 1)
    assert classify_text(noted + code).verdict.level == "restricted"


def test_a_source_file_with_no_catalogued_license_is_read_in_its_header() -> None:
    source = (
        ";# Copyright (c) 1990 A. Author\n;#\n;# Permission is granted to use, copy, modify and "
        "redistribute this file,\n;# provided that this notice is kept on all copies.\n;#\n\n"
        "BIN = one two\n\nNoManPages()\nShellScriptTarget(mailpatch)\nInstallTarget(mailhelp)\n\n"
        "/* The agent carries machine-dependent parts, so it is a binary, not a script\n"
        " * (it may not be shared across different architectures).\n */\n"
    )
    found = classify_text(source)
    assert found.verdict.level != "restricted"
    kinds = {r.kind for r in found.analysis.license.restrictions} if found.analysis else set()
    assert "no-redistribution" not in kinds


def test_a_cmake_modules_notice_is_the_bsd_license() -> None:
    module = (
        "# Try to find the OpenEXR libraries\n# This check defines:\n#\n"
        "#  OPENEXR_FOUND - system has OpenEXR\n"
        "#  OPENEXR_INCLUDE_DIR - OpenEXR include directory\n"
        "#\n# Copyright (c) 2006, A. Author, <author@example.org>\n#\n"
        "# Redistribution and use is allowed according to the terms of the BSD license.\n"
        "# For details see the accompanying COPYING-CMAKE-SCRIPTS file.\n\n"
        "if (OPENEXR_INCLUDE_DIR AND OPENEXR_LIBRARIES)\n  SET(OPENEXR_FOUND TRUE)\n"
        "else (OPENEXR_INCLUDE_DIR AND OPENEXR_LIBRARIES)\n"
        + "".join(
            f"  # look in the {k}th place the system keeps its libraries and headers for it,\n"
            "  # and use the values that pkg-config gives when it knows the package; else\n"
            "  # fall back to the usual folders of the system and of its local installs\n"
            f"  FIND_PATH(OPENEXR_INCLUDE_DIR{k} ImfRgbaFile.h /usr/include /usr/local/include)\n"
            for k in range(12)
        )
        + "endif (OPENEXR_INCLUDE_DIR AND OPENEXR_LIBRARIES)\n"
    )
    found = classify_text(module)
    assert [m.id for m in found.matches] == ["BSD-3-Clause"]
    assert found.verdict.level == "open"


def test_a_contributors_grant_and_a_build_note_add_no_limit() -> None:
    bsd = _license("bsd-new")
    certificate = (
        f"{bsd}\n\nContributor certificate:\n\n1. Grant. I hereby grant The Example Project a "
        "nonexclusive, irrevocable, royalty-free, worldwide license to reproduce, distribute, "
        "prepare derivative works, and otherwise use this contribution as part of the Example "
        "project, associated documentation, books, and tools at no cost to The Example "
        "Project.\n"
    )
    assert classify_text(certificate).verdict.level == "open"
    script = (
        "#!/usr/bin/env perl\n\n# Note: this script must not be used to build the library due "
        "to the\n# dependency on perl, but this is OK for the release tarball.\n\n"
        f"{chr(10).join('# ' + line for line in _license('fsf-unlimited').split(chr(10)))}\n"
    )
    assert classify_text(script).verdict.level == "open"
    # a use ban with no technical reason beside the same license still limits
    banned = script.replace(" due to the\n# dependency on perl,", ",")
    assert classify_text(banned).verdict.level == "restricted"


def test_a_specification_named_is_a_document() -> None:
    said = "According to the OSGi specification this time is set each time a bundle is updated.\n"
    assert classify_text(said).matches == ()
    licensed = classify_text("This document is licensed under the OSGi Specification License.\n")
    assert [m.id for m in licensed.matches] == ["LicenseRef-scancode-osgi-spec-2.0"]


def test_a_license_named_reads_as_its_own_text_where_a_label_alone_closes_it() -> None:
    # the Eclipse Foundation Specification License lets the specification be copied and
    # shared, not changed: named in a document, it is restricted, as its text is
    named = classify_text(
        "Copyright (c) 2019 Example Foundation.\n\nThis specification is licensed under the "
        "Eclipse Foundation Specification License v1.0.\n"
    )
    assert [m.id for m in named.matches] == ["LicenseRef-scancode-efsl-1.0"]
    assert named.verdict.level == "restricted"
    assert classify_text(_license("efsl-1.0")).verdict.level == "restricted"


def test_no_license_text_reads_as_a_source_file() -> None:
    # a wrapped line that opens with "if" or "for", a rule of "=" signs or "Section 3(b)" is
    # no line of code: every license text of licensedcode-data stays below a source file's
    # count, so none is cut at its "code"
    for key, info in scancode_licenses().items():
        lines = [line for line in info.text.split("\n") if is_code_line(line)]
        assert len(lines) < MIN_SOURCE_CODE_LINES, (key, lines)
    assert is_code_line("    const char *next(void);")
    assert is_code_line("#include <string.h>")
    assert not is_code_line("for any purpose with or without fee is hereby granted, provided")


def test_a_shell_scripts_remarks_below_its_license_are_not_notes() -> None:
    # install-sh: the X11 text, then a long script whose remarks speak of shells
    lines = ["#!/bin/sh", "# install - install a program, script, or datafile", "#"]
    lines += [f"# {line}".rstrip() for line in _license("mit").split("\n")]
    lines += [
        "",
        "nl='",
        "'",
        'IFS=" \t$nl"',
        "",
        "# Don't use :- since 4.3BSD and earlier shells don't like it.",
        "doit=${DOITPROG-}",
        "doit_exec=${doit:-exec}",
        "",
    ]
    lines += [
        f"# step {k}: copy the file to a temporary name, then move it in place" for k in range(12)
    ]
    lines += [f'    "$doit" $cpprog "$src" "$dsttmp{k}" || exit 1' for k in range(12)]
    found = classify_text("\n".join(lines) + "\n")
    assert [m.id for m in found.matches] == ["MIT"]
    assert found.verdict.level == "open"


def test_a_script_pointed_at_and_advice_on_licensing_name_no_limit() -> None:
    assert classify_text("Usage unavailable; please see the script itself.\n").matches == ()
    guide = (
        "## Licensing your work\n\n* You must provide an explicit, legally enforceable license. "
        'Do not use "public domain", or "no commercial use" / "no modification allowed" '
        "clauses. Content is generally licensed under the Creative Commons "
        "Attribution-ShareAlike 3.0 license.\n"
    )
    assert classify_text(guide).verdict.level == "open"
    # the same guide barring commercial use of the work still limits it
    banned = guide.replace(
        'Do not use "public domain", or "no commercial use" / "no modification allowed" clauses.',
        "Do not use this content for commercial purposes.",
    )
    assert classify_text(banned).verdict.level == "restricted"
