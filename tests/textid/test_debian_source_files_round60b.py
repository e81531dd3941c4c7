"""Kinds of files the twenty-fifth Debian sample (drawn and studied in round 60) flagged
without cause.

Texts are built here from licensedcode-data's texts and a few lines of plain code or prose;
none is copied from a package.
"""

from __future__ import annotations

from textwrap import wrap

import pytest
from beside import commented, license_text, verdict_kinds

from licenseclass import analyze_text, classify_text


def _boxed(key: str, width: int = 70) -> str:
    """The text of ``key``, wrapped to ``width`` less the marks and with its holder named, in
    a boxed C comment: every line opened with "/*" and closed with "*/" in one column."""
    text = license_text(key).replace("ORGANIZATION", "HTS working group")
    paragraphs = text.replace("HOLDER OR CONTRIBUTORS", "OWNER OR CONTRIBUTORS").split("\n\n")
    rule = "/* " + "-" * (width - 6) + " */"
    head = ["A speech synthesis engine", "", "Copyright (c) 2001-2015  A. Institute", ""]
    head += ["All rights reserved.", ""]
    rows = [rule, *(f"/* {line.ljust(width - 6)} */" for line in head)]
    for paragraph in paragraphs:
        rows += [f"/* {line.ljust(width - 6)} */" for line in wrap(paragraph, width - 6)]
        rows.append(f"/* {'':{width - 6}} */")
    return "\n".join(rows)


def test_a_license_in_a_boxed_comment_reads_as_its_text() -> None:
    """Each line closed with "*/" once read "with or */ without modification" and the BSD
    grant as giving no leave to change: the box's closers are comment marks too."""
    code = "#include <stdio.h>\n#include <stdlib.h>\n\nstatic int count = 0;\n\n"
    for n in range(40):  # enough code that the header is read on its own lines
        code += f"int step{n}(int x)\n{{\n   count = count + x;\n   return count * {n};\n}}\n\n"
    assert analyze_text(_boxed("bsd-new")).verdict.level == "open"
    for text in (_boxed("bsd-new") + "\n", _boxed("bsd-new") + "\n\n" + code):
        found = classify_text(text)
        assert found.expression == "BSD-3-Clause"
        assert found.verdict.level == "open"


def test_a_ban_in_a_boxed_comment_still_restricts() -> None:
    """Control: a non-commercial line added in the same box is read."""
    text = _boxed("mit") + "\n/* The Software may not be used for commercial purposes.        */\n"
    assert "non-commercial" in verdict_kinds(classify_text(text))


def _makefile(comment: str) -> str:
    """A Makefile under a GPL notice, with ``comment`` among its settings."""
    header = commented("gpl-2.0-plus", "#")
    settings = [
        "srcdir=@srcdir@",
        "VPATH=@srcdir@",
        "CC=@CC@",
        "CFLAGS=@CFLAGS@",
        "",
        f"# {comment}",
        "PAGE=@PAGE@",
        "",
        "all : programs",
        "\t$(CC) $(CFLAGS) -o prog prog.c",
    ]
    return header + "\n\n" + "\n".join(settings) + "\n"


def test_a_page_size_is_no_territory() -> None:
    """ "(A4 or US only.)" beside a page size setting names paper, not a country."""
    found = classify_text(_makefile("The page size (for LaTeX and RTF). (A4 or US only.)"))
    assert found.verdict.level == "open"
    read = analyze_text(
        "Permission to use this file is granted. The page size (for LaTeX and RTF). "
        "(A4 or US only.)"
    )
    assert "territory" not in {r.kind for r in read.license.restrictions}


@pytest.mark.parametrize(
    "sentence",
    ["You may use the software in the US only.", "Distribution is allowed in the US only."],
)
def test_a_place_kept_to_is_still_a_territory(sentence: str) -> None:
    """Control: the US as the only place of use or sharing is a territory."""
    kinds = {r.kind for r in analyze_text(sentence).license.restrictions}
    assert "territory" in kinds


def test_advice_on_writing_with_should_is_no_limit() -> None:
    """A help file under BSD whose instructions say "Abbreviations should not be used in the
    middle": advice on writing, of something that is neither the work nor an act on it."""
    text = (
        license_text("bsd-new")
        + "\n\nInstructions.\n"
        + "1. Abbreviations should not be used in the middle and these are initial signs.\n"
        + "2. Tabs should not be used for indentation.\n"
    )
    assert classify_text(text).verdict.level == "open"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Textures should not be altered.", "no-derivatives"),
        ("Copies should not be sold.", "no-selling"),
        ("It should not be used for commercial purposes.", "non-commercial"),
    ],
)
def test_should_said_of_the_work_still_limits(sentence: str, kind: str) -> None:
    """Control: "should not" said of the work, its copies or its parts is a limit."""
    text = license_text("bsd-new") + "\n\n" + sentence + "\n"
    assert kind in verdict_kinds(classify_text(text))


def test_a_suggestion_to_use_a_library_is_no_grant() -> None:
    """ "In order to support SSL ..., you may wish to use the GPLv2 licensed CyaSSL library"
    advises; it grants nothing, so it keeps no use to a purpose."""
    text = (
        "Adding wolfSSL support\n=====\n\n"
        "In order to support SSL *HTTPS* connections in Civetweb,\n"
        "you may wish to use the GPLv2 licensed CyaSSL library.  By using this\n"
        "library, the resulting binary may have to have the GPL license.\n"
    )
    assert classify_text(text).verdict.level != "restricted"
    assert analyze_text("You may wish to use the faster backend.").grants == ()
    assert analyze_text("You may use the software.").grants != ()


@pytest.mark.parametrize(
    "code",
    [
        "\t/*\n\t * The sYCC color space is the same as sRGB.\n\t */\n\tcolorSpace = Sycc;\n",
        '    { FOURCC("mp71"), "MP4 w/ MPEG-7 Metadata" },\n    { FOURCC("mqt "), "QT" },\n',
    ],
)
def test_technical_names_in_code_name_no_license(code: str) -> None:
    """ScanCode keeps licenses named sRGB and MPEG-7; "the same as sRGB" in a comment and
    "MPEG-7 Metadata" in a table of formats name the standards. The file is its header's."""
    text = "/*\n" + commented("mit", " *") + "\n */\n" + code
    found = classify_text(text)
    assert found.expression == "MIT"
    assert found.verdict.level == "open"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("License: same as Perl\n", "Artistic-1.0-Perl"),
        ("=head1 LICENSE\n\nThe same as Perl.\n\n=head1 AUTHOR\n", "Artistic-1.0-Perl"),
        ("This module is licensed the same as Perl.\n", "Artistic-1.0-Perl"),
        ("Licensed under MPEG-7.\n", "LicenseRef-scancode-mpeg-7"),
        ("Docs: CC-BY-SA-4.0. Code: MIT.\n", "CC-BY-SA-4.0"),
    ],
)
def test_names_said_as_licenses_are_still_read(text: str, expected: str) -> None:
    """Control: "same as" beside licensing words, a ScanCode name after "licensed under", and
    a bare SPDX id still name their licenses."""
    assert expected in classify_text(text).ids
