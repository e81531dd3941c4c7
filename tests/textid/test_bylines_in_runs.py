"""Byline lines ("Author: ...", "This file is part of Foo.", a script's "#!/bin/sh") that
open or close a run of unexplained words are no part of it: a file header whose only other
words are explained leaves no region, and what the rest of a run says is still read."""

from __future__ import annotations

import pytest

from licenseclass import classify_text

_NOTICE = (
    "Widgetry is free software; you can redistribute it and/or modify it under the terms of "
    "the GNU General Public License as published by the Free Software Foundation; either "
    "version 2 of the License, or (at your option) any later version.\n"
)
_CODE = "\nint main(void)\n{\n    return frobnicate(argc, argv) + widget_count;\n}\n"


@pytest.mark.parametrize(
    "header",
    [
        "# Author: Jane Roe <jane@example.org>\n#\n# This software licensed under GPL-2.0+\n",
        "#!/bin/sh\n#\n# This file is part of Widgetry.\n#\n# " + _NOTICE,
        "/*\n * This file is part of Widgetry.\n *\n * " + _NOTICE + " */\n",
        # the next names of an "Authors:" list
        "# Authors: Jane Roe <jane@example.org>\n#          John Q. Roe <john@example.org>\n#\n"
        "# This software licensed under GPL-2.0+\n",
        # the address under a copyright line, and the file's name above it
        "/* Widget.java\n * Copyright 2003 Jane Roe\n *   (jane@example.org)\n *\n"
        " * This file is part of Widgetry.\n *\n * " + _NOTICE + " */\n",
    ],
)
def test_a_header_of_bylines_and_a_license_leaves_only_the_code_unexplained(header: str) -> None:
    text = header + _CODE
    found = classify_text(text)
    assert found.expression == "GPL-2.0-or-later"
    code_starts = header.count("\n") + 2
    assert [r.start_line for r in found.unexplained] == [code_starts]


@pytest.mark.parametrize(
    "line",
    [
        # a name of a few words that says nothing of terms is a byline; these say something
        "This file is part of Widgetry research use only.",
        "This file is part of Widgetry not for sale.",
        "This file is part of Widgetry and may not be sold.",
    ],
)
def test_a_part_of_line_that_says_something_of_terms_is_read(line: str) -> None:
    found = classify_text(line + "\n\n" + _NOTICE.replace("Widgetry is", "This program is"))
    assert [r.start_line for r in found.unexplained] == [1]
    assert found.verdict.level == "restricted"


def test_a_ban_between_bylines_is_read() -> None:
    notice = _NOTICE.replace("Widgetry is", "This program is")
    text = "Author: Jane Roe\nNot for commercial use.\nMaintainer: John Roe\n\n" + notice
    found = classify_text(text)
    assert [(r.start_line, r.end_line) for r in found.unexplained] == [(2, 2)]
    assert found.verdict.level == "restricted"


def test_a_byline_that_says_something_of_terms_stays_in_its_run() -> None:
    notice = _NOTICE.replace("Widgetry is", "This program is")
    text = "Contact: jane@example.org for a commercial license.\nWidgets are fun to build.\n\n"
    text += notice
    found = classify_text(text)
    assert [(r.start_line, r.end_line) for r in found.unexplained] == [(1, 2)]


def test_a_byline_that_says_something_of_terms_is_read() -> None:
    notice = _NOTICE.replace("Widgetry is", "This program is")
    found = classify_text("Written by Jane Roe for non-commercial use only.\n\n" + notice)
    assert [r.start_line for r in found.unexplained] == [1]
    assert found.verdict.level == "restricted"


def test_a_name_and_address_line_that_says_something_of_terms_is_read() -> None:
    notice = _NOTICE.replace("Widgetry is", "This program is")
    found = classify_text("Not for sale <jane@example.org>\n\n" + notice)
    assert [r.start_line for r in found.unexplained] == [1]
    assert found.verdict.level == "restricted"


@pytest.mark.parametrize(
    "ending",
    [
        "\n$Id: widget.c,v 1.4 2001/02/03 12:00:00 jr Exp $\n",
        "\nJohn Q. Roe <john@example.org>\nJane Roe <jane@example.org>\n",
        "\n// Copyright (C) 2002, Widget Works\n// Corporation and others. All Rights Reserved.\n",
    ],
)
def test_a_text_that_ends_with_bylines_only_has_no_region_there(ending: str) -> None:
    notice = _NOTICE.replace("Widgetry is", "This program is")
    found = classify_text(notice + ending)
    assert found.expression == "GPL-2.0-or-later"
    assert found.unexplained == ()
