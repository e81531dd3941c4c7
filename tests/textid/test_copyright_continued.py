"""A copyright statement whose holder's name goes on to the next line, up to its "All rights
reserved", is no unexplained region (nor is a version control keyword's line, "$Id$")."""

from __future__ import annotations

import pytest

from licenseclass import classify_text

_CODE = "\nint frobnicate(int widgets)\n{\n    return widgets * widget_scale + widget_offset;\n}\n"


@pytest.mark.parametrize(
    "header",
    [
        # (a version control keyword above it is no region either)
        "/* $Id$ */\n// Copyright (C) 2002, International Business Machines\n"
        "// Corporation and others.  All Rights Reserved.\n"
        "// This code is licensed under the terms of the Eclipse Public License (EPL).\n",
        "# Copyright (c) 2009 Jane Roe,\n#   Widget Works Ltd. All rights reserved.\n"
        "# Licensed under the MIT License.\n",
    ],
)
def test_a_statement_carried_onto_the_next_line_is_no_region(header: str) -> None:
    found = classify_text(header + _CODE)
    assert found.expression is not None
    assert [r.start_line for r in found.unexplained] == [header.count("\n") + 2]


@pytest.mark.parametrize(
    "second_line",
    [
        # a ban on the line after a statement, however it ends, is read
        "// You may not sell this software. All Rights Reserved.\n",
        "// No commercial use of any kind is allowed by anyone. All Rights Reserved.\n",
    ],
)
def test_a_ban_after_a_statement_is_still_read(second_line: str) -> None:
    text = (
        "// Copyright (C) 2002, Widget Works\n"
        + second_line
        + "// Licensed under the MIT License.\n"
    )
    found = classify_text(text + _CODE)
    assert found.unexplained[0].start_line == 2
    assert found.verdict.level == "restricted"
