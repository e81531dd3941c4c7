"""GNU notices whose version is said in less common words: "or greater", "or higher", a
version on the line after a semicolon, "||" for "or", a numbered choice, OpenJDK's "GPLv2+CE",
and "the GPL" in a file of the Linux kernel (which is GPL-2.0-only)."""

from __future__ import annotations

import pytest

from licenseclass import classify_text, normalize


def ids(text: str) -> list[str]:
    return sorted({m.id for m in classify_text(text, read_clauses=False).matches})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The frobnicator tool is released under the GPL, version 2 or greater.",
            "GPL-2.0-or-later",
        ),
        ("Frobnicator is released under the GPL v2 or higher.", "GPL-2.0-or-later"),
        # the semicolon ends the line, not the sentence: the version follows on the next line
        (
            "Frobnicator is released under the GNU General Public License (GPL);\n"
            "either version 2, or (at your option) any later version.",
            "GPL-2.0-or-later",
        ),
        # a converter wrote "||" for "or"
        (
            "This library is free software; you can redistribute it and/or modify it under the\n"
            "terms of the GNU Library General Public License as published by the Free Software\n"
            "Foundation; either version 2 of the License, || (at your option) any later version.",
            "LGPL-2.0-or-later",
        ),
        # the later versions offered as the third of a numbered choice
        (
            "You may redistribute this module under the terms of (1) the Artistic License, or\n"
            "(2) version 2 of the GNU General Public License as published by the Free Software\n"
            "Foundation, or (3) any later version of the GNU General Public License.",
            "GPL-2.0-or-later",
        ),
    ],
)
def test_or_later_in_other_words(text: str, expected: str) -> None:
    assert expected in ids(text)
    assert expected.replace("-or-later", "-only") not in ids(text)


def test_a_semicolon_before_other_words_still_ends_the_notice() -> None:
    text = (
        "Frobnicator is released under the GNU General Public License (GPL);\n"
        "see the file COPYING for version 2 of it."
    )
    assert ids(text) == ["GPL-2.0-only"]


def test_gplv2_ce_is_the_classpath_exception_not_or_later() -> None:
    text = "The frobnicator runtime is licensed under the GPLv2+CE, whose text follows."
    found = classify_text(text, read_clauses=False)
    assert "GPL-2.0-or-later" not in {m.id for m in found.matches}
    assert found.expression == "GPL-2.0-only WITH Classpath-exception-2.0"


@pytest.mark.parametrize(
    "text",
    [
        "This network driver belongs to the Linux kernel. It is released under the terms of the "
        "GNU General Public License.",
        "This is an extension to the Linux operating system; you may copy it under the GNU GPL.",
        "This source is covered by the GNU GPL, as are all the kernel sources.",
    ],
)
def test_the_gpl_in_a_linux_kernel_file_is_version_2_only(text: str) -> None:
    assert ids(text) == ["GPL-2.0-only"]


@pytest.mark.parametrize(
    "text",
    [
        # no kernel named: any version
        "This network driver belongs to the frobnicator project. It is released under the "
        "terms of the GNU General Public License.",
        # files kept out of the kernel
        "These files may be redistributed, but not as a part of the Linux kernel; the kernel "
        "itself is under the GNU General Public License.",
        # a program that only speaks of the kernel is no part of it
        "This tool reads the Linux kernel's logs. It is released under the terms of the GNU "
        "General Public License.",
        # the kernel's stock header does not say which archive it sits in
        "This file is subject to the terms and conditions of the GNU General Public License.\n"
        'See the file "COPYING" in the main directory of this archive for more details.',
    ],
)
def test_the_gpl_elsewhere_stays_any_version(text: str) -> None:
    assert ids(text) == ["GPL-1.0-or-later"]


def test_a_kernel_file_that_states_a_version_keeps_it() -> None:
    text = (
        "Part of the Linux kernel. Released under the GNU General Public License, version 2 "
        "or (at your option) any later version."
    )
    assert ids(text) == ["GPL-2.0-or-later"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GPL v2 or higher", "GPL-2.0-or-later"),
        ("GPLv2 or greater", "GPL-2.0-or-later"),
        ("LGPL 2.1 or higher", "LGPL-2.1-or-later"),
        ("GPL version 2 or any subsequent version", "GPL-2.0-or-later"),
        ("GPLv2+CE", "GPL-2.0-only WITH Classpath-exception-2.0"),
        ("GPL2 w/ CPE", "GPL-2.0-only WITH Classpath-exception-2.0"),
        ("GPLv2 w/ Classpath exception", "GPL-2.0-only WITH Classpath-exception-2.0"),
        ("GPLv2+", "GPL-2.0-or-later"),
    ],
)
def test_lenient_reader_or_later_words_and_classpath_shorthand(text: str, expected: str) -> None:
    assert normalize(text).expression == expected


def test_ce_after_another_license_is_no_exception() -> None:
    # the shorthand belongs to the GPL version 2 alone
    assert normalize("MIT+CE").expression is None


def test_a_version_before_the_name_and_a_relative_clause_after_it() -> None:
    # "version 2 of the Artistic License which may be found ...": the clause ends the name
    text = (
        "This module may be distributed under the terms of version 2 of the Artistic License "
        "which may be found in the source distribution."
    )
    assert ids(text) == ["Artistic-2.0"]
