"""The sixteenth sample of Debian's upstream source files (seed 77, measured only in round 58),
studied in round 59, and the samples drawn after it.

The sixteenth sample called one file restricted (a commercial license, rightly) and left some
files' licenses unread or misread:

- a Perl module's "the Artistic License distributed with Perl version 5.000 or (at your option)
  any later version": the Artistic License said to be Perl's, read as no license at all;
- "(chrony subdirectory under doc/)" in a list of changes: a folder read as the DOC license;
- "(C++11, ISC license)": a program's license said in an aside, not read.

The twenty-first sample (seed 82, studied) called these ordinary files restricted:

- a generated file whose editor's mode line comes first ("/* -*- buffer-read-only: t -*- vi:
  set ro: */" then "DO NOT EDIT! GENERATED AUTOMATICALLY!"), read as a ban on changing it;
- "You can't change the order of the words" in a program's documentation;
- a project's policy on the code it takes in ("you may *not* use any code which \"may not be
  used for commercial purposes\"");
- "Therefore this macro will not use the compiler's stdint.h": what a macro does;
- a contributor agreement's patent licence "granted only to the extent that the exercise of
  the licensed rights infringes such patent claims", read as kept to a class of persons and a
  purpose;
- "Before using this library, you must register your application at the APIs Console": the
  user's own program set up as a web service's client, read as registration.

And it left a project's own license unread: "Redistribution and use in any form are permitted
provided that ... Altered versions must be plainly marked as such" gives leave to change the
work, which the reading called unknown.

The twenty-second sample (seed 83, studied) added these:

- "The line break and comment syntax should not disrupt the license match" (a test file's
  comment) and "Contains classes that can be used everywhere in the driver, and have no
  specific domain" (a package's description), read as limits by their cue words;
- "Don't use $(MORE_WARNINGS_CFLAGS) with Allegro." in a makefile: a note on a build variable;
- the GPL's own closing words on proprietary programs, written as string literals in a
  program's catalogue of license texts;
- GNU Emacs's 1985 copying permission notice: "Distribution with modifications is not
  permitted." right after leave to copy the notice verbatim is on the notice's own words.

The twenty-third sample (seed 84, studied) added a file that collects the license texts of a
project's tests "as required by those licenses", read as a requirement of its own.

Each file is built here around licensedcode-data's texts, with a control beside it.
"""

from __future__ import annotations

from beside import commented, license_text, verdict_kinds

from licenseclass import analyze_text, classify_text
from licenseclass.clauses.additions import added_limits
from licenseclass.core.licensedcode import rule_text


def test_the_artistic_license_said_to_come_with_perl_is_perl_s() -> None:
    for notice in (
        "XML-Grove is free software; you can redistribute it and/or modify it\n"
        "under the terms of the Artistic License distributed with Perl version\n"
        "5.000 or (at your option) any later version.\n",
        "You can redistribute it under the Artistic License that came with your Perl"
        " distribution.\n",
        "This module is licensed under the Artistic License as shipped with Perl.\n",
    ):
        found = classify_text(notice)
        assert found.expression == "Artistic-1.0-Perl", notice
        assert found.verdict.level == "open"


def test_the_artistic_license_with_other_words_after_it_is_not_read_as_perl_s() -> None:
    # control: nothing says which Artistic License, so none is named
    found = classify_text(
        "You can redistribute it under the terms of the Artistic License with Perl extensions.\n"
    )
    assert "Artistic-1.0-Perl" not in (found.expression or "")


def test_a_folder_named_in_a_list_of_changes_is_no_license() -> None:
    news = (
        "New in version 4.3\n==================\n\nEnhancements\n------------\n"
        "* Add support for NTS servers\n"
        "* Minor changes to installation details (chrony subdirectory under doc/)\n"
        "* Examples are installed under doc/examples/ by default\n"
    )
    found = classify_text(news)
    assert found.matches == ()
    assert found.verdict.level == "unknown"


def test_a_license_named_with_a_slash_is_still_read() -> None:
    # controls: a pair written with a slash, and a name in capitals before one
    pair = classify_text("Released under gpl/lgpl.\n").expression
    assert pair == "GPL-1.0-or-later AND LGPL-2.0-or-later"
    found = classify_text("Released under DOC/ license.\n")
    assert found.expression == "DOC"


def test_a_name_with_license_closing_an_aside_in_brackets_is_read() -> None:
    # a README that says which license each of its programs is under, in an aside
    readme = (
        'The program "icecompr" (C++11, ISC license) contains an implementation of a\n'
        "compressor and a decompressor.\n\n"
        'The program "iceuncompr" (plain C) contains a stand-alone decompressor.\n'
    )
    found = classify_text(readme)
    assert found.expression == "ISC"
    assert found.matches[0].start_line == 1
    assert classify_text("A small compressor (MIT License) is included.\n").expression == "MIT"


def test_an_aside_naming_a_license_without_saying_which_is_no_license() -> None:
    # controls: a name the reader cannot tie to one license, and an aside that talks about
    # another license
    assert classify_text("A small compressor (BSD license) is included.\n").matches == ()
    found = classify_text("We chose a permissive license (unlike the GPL license) for this.\n")
    assert found.matches == ()


def _generated_c_file(banner: str) -> str:
    return (
        "/* -*- buffer-read-only: t -*- vi: set ro: */\n"
        f"/* {banner} */\n"
        "/* xalloc.c -- allocate memory that is freed on return\n"
        + commented("mit", " *")
        + "\n */\n\n#include <stdlib.h>\n\nvoid *xalloc (size_t n) { return malloc (n); }\n"
    )


def test_a_generated_file_s_warning_after_an_editor_s_mode_line_is_no_ban() -> None:
    found = classify_text(_generated_c_file("DO NOT EDIT! GENERATED AUTOMATICALLY!"))
    assert found.expression == "MIT"
    assert found.verdict.level == "open"


def test_a_ban_after_an_editor_s_mode_line_still_restricts() -> None:
    found = classify_text(_generated_c_file("Do not edit or redistribute this file."))
    assert found.verdict.level == "restricted"


def _documented(paragraph: str) -> str:
    return (
        "Copyright (C) 2009 Example Author\n\n"
        + license_text("gpl-3.0-plus")
        + "\n\n\t     How the classifier works\n\n"
        + paragraph
        + "\n\nFor each phrase you make, keep count of how often you see it.\n"
    )


def _kinds_read(text: str) -> set[str]:
    """The kinds of the restrictions the clause reader finds in ``text``."""
    return {r.kind for r in analyze_text(text).license.restrictions}


def test_words_kept_in_order_by_a_program_are_no_ban_on_changing_the_work() -> None:
    assert not _kinds_read(
        "Break the incoming text into short phrases of one to five words.  You can't\n"
        "change the order of the words, but you _can_ bridge across newlines,\n"
        "punctuation, etc. Make all the phrases you can make."
    )
    # control: the same words with the work as the object
    assert "no-derivatives" in _kinds_read("You can't change the software, but you can use it.")


def test_a_project_s_policy_on_the_code_it_takes_in_is_no_limit() -> None:
    found = classify_text(
        _documented(
            "* If you use any code which you haven't written yourself, it must be\n"
            "  available under a licence compatible with the GPL. As an example, this\n"
            '  means you may *not* use any code which "may not be used for commercial\n'
            '  purposes". Any code which is licensed under the GPL is OK.'
        )
    )
    assert found.verdict.level == "open"


def test_a_ban_on_using_the_work_for_money_beside_the_gpl_still_restricts() -> None:
    found = classify_text(_documented("You may not use this program for commercial purposes."))
    assert found.verdict.level == "restricted"
    assert "non-commercial" in verdict_kinds(found)


def test_what_a_macro_will_not_use_is_no_field_of_use() -> None:
    assert not _kinds_read(
        "GCC has disabled its stdint.h for non-c99 compilation. Therefore this macro\n"
        "will not use the compiler's stdint.h - please complain to the GCC\n"
        "developers."
    )


def test_what_the_reader_will_not_use_the_work_for_still_restricts() -> None:
    assert "field-of-use" in _kinds_read("You will not use this macro in any nuclear facility.")


def test_a_patent_licence_s_reach_is_no_class_of_persons_or_purpose() -> None:
    analysis = analyze_text(
        "You grant to Us a perpetual, worldwide, non-exclusive, royalty-free, irrevocable\n"
        "patent license to make, have made, use, sell and import the Contribution. This license\n"
        "is granted only to the extent that the exercise of the licensed rights\n"
        "infringes such patent claims.\n"
    )
    assert analysis.license.restrictions == ()
    # control: a licence kept to one purpose
    kept = analyze_text("This license is granted only for the purpose of evaluating the Software.")
    assert "evaluation-only" in {r.kind for r in kept.license.restrictions}


def _apache_header() -> str:
    notice = rule_text("rules/apache-2.0_1002.RULE").split("\n\nOn Debian")[0]
    return "\n".join(f" * {line.strip()}".rstrip() for line in notice.split("\n"))


def _package_doc(note: str) -> str:
    return (
        "/*\n * Copyright (c) 2012 Example Inc.\n *\n"
        + _apache_header()
        + f"\n */\n\n/**\n * Additions to OAuth 2.0 authorization.\n *\n * <p>\n * {note}\n"
        " * </p>\n */\npackage com.example.auth.oauth2;\n"
    )


def test_registering_one_s_own_application_with_a_web_service_is_no_registration() -> None:
    note = (
        "Before using this library, you must register your application at the APIs\n"
        "Console. The result of this registration process is a set of values known to\n"
        "both sides."
    )
    assert not _kinds_read(note)
    found = classify_text(_package_doc(note))
    assert found.expression == "Apache-2.0"
    assert found.verdict.level == "open"


def test_registering_one_s_copy_with_the_author_still_restricts() -> None:
    assert "registration" in _kinds_read(
        "Before using this library, you must register your copy with the author."
    )


def test_terms_for_altered_versions_presume_leave_to_change_the_work() -> None:
    terms = (
        "Redistribution and use in any form are permitted provided that the\n"
        "following restrictions are met:\n"
        "1. Source distributions must keep this notice.\n"
        "2. Altered versions must be plainly marked as such in the source and\n"
        "   documentation.\n"
    )
    assert analyze_text(terms).license.rights.modify.status in ("granted", "conditional")
    # control: the same grant with nothing said of altered versions
    silent = terms[: terms.index("2.")]
    assert analyze_text(silent).license.rights.modify.status not in ("granted", "conditional")


def _short_notice_file(comment: str) -> str:
    # a scanner's test file: a comment above a license's name broken over two lines
    return f"// {comment}\n// GNU General\n// Public License\n"


def test_what_one_thing_should_not_disrupt_is_no_limit() -> None:
    found = classify_text(
        _short_notice_file("The line break and comment syntax should not disrupt the license match")
    )
    assert found.verdict.level == "open"


def test_a_note_addressed_to_the_reader_beside_a_license_s_name_still_restricts() -> None:
    found = classify_text(_short_notice_file("You may not redistribute this file."))
    assert found.verdict.level == "restricted"


def _makefile(note: str) -> str:
    header = commented("mit", "#")
    return (
        f"{header}\n\nsys_libhsdlm_a_CFLAGS = \\\n  $(MORE_WARNINGS_CFLAGS) $(SDL_CFLAGS)\n\n"
        f"# {note}  There are too many\n# warnings in the header files!\n"
        "sys_libhallm_a_CFLAGS = $(ALLEGRO_CFLAGS)\n"
    )


def test_a_note_on_a_build_variable_is_no_limit() -> None:
    found = classify_text(_makefile("Don't use $(MORE_WARNINGS_CFLAGS) with Allegro."))
    assert found.expression == "MIT"
    assert found.verdict.level == "open"


def test_a_note_barring_selling_in_a_makefile_still_restricts() -> None:
    found = classify_text(_makefile("Don't sell this package."))
    assert found.verdict.level == "restricted"


def test_a_package_s_description_is_no_limit() -> None:
    description = "Contains classes that can be used everywhere in the driver, and have no domain."
    assert not added_limits(description, 1)
    found = classify_text(
        _package_doc(
            "Contains classes that can be used everywhere in the driver, and have no specific\n"
            " * domain."
        )
    )
    assert found.expression == "Apache-2.0"
    assert found.verdict.level == "open"


def test_the_gpl_s_closing_words_as_string_literals_are_no_limit() -> None:
    mit = license_text("mit").split("\n")
    quoted = "\n".join(f'  , "{line}"' for line in mit)
    module = (
        "module Licenses (mit) where\n\nmit :: String -> String\nmit author = unlines\n"
        f'  [ "Copyright (c) " ++ author\n{quoted}\n  ]\n\n'
        "gplNote :: String\ngplNote = unlines\n"
        '  [ "  The GNU General Public License does not permit incorporating your program"\n'
        '  , "into proprietary programs."\n  ]\n'
    )
    found = classify_text(module)
    assert "MIT" in (found.expression or "")
    assert found.verdict.level == "open"


def test_a_ban_on_changing_a_notice_s_own_words_is_no_limit_on_the_work() -> None:
    notice = (
        "Copying permission notice, Copyright (C) 1985 Example Author\n"
        "     Exact copies of this notice, including its copyright line,\n"
        "     may be passed on by anyone in any manner.\n"
        "     Distribution with modifications is not permitted.\n\n"
        "Everyone is granted permission to copy, modify and redistribute this program,\n"
        "provided this copyright notice is preserved and any modifications are indicated.\n"
    )
    assert not _kinds_read(notice)
    # control: the same words said of the program
    assert "no-derivatives" in _kinds_read(notice.replace("this notice", "this program"))


def _collected_licenses(lead: str) -> str:
    return (
        "Various portions of the tests are licensed under different\n"
        "open source licenses. See the top of the file in question for\n"
        f"the exact license that applies. {lead}\n\n"
        + "-" * 74
        + "\n\n"
        + license_text("apache-2.0")
    )


def test_license_texts_given_because_they_ask_for_it_is_no_limit() -> None:
    found = classify_text(
        _collected_licenses(
            "The full text of the various applicable\n"
            "licenses are listed here as required by those licenses:"
        )
    )
    assert found.expression == "Apache-2.0"
    assert found.verdict.level == "open"


def test_a_limit_said_above_collected_license_texts_still_restricts() -> None:
    found = classify_text(_collected_licenses("The tests may not be used for commercial purposes."))
    assert found.verdict.level == "restricted"
