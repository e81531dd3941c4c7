"""Names the name stage reads in more of the forms notices give them: after "as per", as a
license's likeness ("a zlib-style licence"), with the FSF named before a GNU license, with a
version whose dot sits on the line after the licensing phrase, as a license with its exception;
and a project's statement about itself beside a notice is no added limit."""

from __future__ import annotations

import pytest

from licenseclass import classify_text


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("The widget code may be used as per GNU GPL version 2.\n", "GPL-2.0-only"),
        ("You may use this code as per the terms of the ISC license.\n", "ISC"),
        ("The widget is distributed under a zlib-style licence.\n", "Zlib"),
        ("The widget is released under an ISC-styled license.\n", "ISC"),
        (
            "The widget is licensed under the FSF's GNU Lesser Public License v2.1 or later.\n",
            "LGPL-2.1-or-later",
        ),
        # a name the lenient reader reads as a license with its exception
        (
            "The widget is covered by the wxWindows Library Licence.\n",
            "LGPL-2.0-or-later WITH WxWindows-exception-3.1",
        ),
        (
            "The widget documentation is licensed under a\n"
            "`Creative Commons BY-SA 4.0 License`__.\n",
            "CC-BY-SA-4.0",
        ),
    ],
)
def test_name_forms_read(text: str, expression: str) -> None:
    found = classify_text(text)
    assert found.expression == expression
    assert found.unexplained == ()


@pytest.mark.parametrize(
    "text",
    [
        # a GNU name or a family of several licenses stays unread as a likeness
        "The widget is distributed under a GPL-like licence.\n",
        # "as per" before something that is no license
        "The widget rounds values as per the IEEE rules.\n",
    ],
)
def test_likenesses_that_name_no_one_license(text: str) -> None:
    assert classify_text(text).matches == ()


def test_statement_about_the_project_is_no_limit() -> None:
    notice = (
        "This program is free software; you can redistribute it and/or modify it under the "
        "terms of the GNU General Public License as published by the Free Software Foundation; "
        "either version 2 of the License, or (at your option) any later version.\n"
    )
    said = classify_text(notice + "\nThis project does not use the Classpath exception.\n")
    assert said.expression == "GPL-2.0-or-later"
    assert said.verdict.level == "open"
    # a limit in the same place is still read
    limited = classify_text(notice + "\nThis project may not be used for commercial purposes.\n")
    assert limited.verdict.level == "restricted"


def test_a_subject_before_the_licensing_verb_is_lead_in() -> None:
    found = classify_text("Widgetry is licensed under the BSD-3-Clause license.\n")
    assert found.expression == "BSD-3-Clause"
    assert found.unexplained == ()


@pytest.mark.parametrize(
    "text",
    [
        "No commercial use. Licensed under the MIT license.\n",
        "No commercial use.\nLicensed under the MIT license.\n",
        "Research use only. Widgetry is licensed under the MIT license.\n",
    ],
)
def test_a_limit_before_the_licensing_verb_is_no_subject(text: str) -> None:
    found = classify_text(text)
    assert found.expression == "MIT"
    assert found.unexplained
    assert found.verdict.level == "restricted"
