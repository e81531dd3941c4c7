"""Licenses inside other files (thirty-first round): a source file under a license header is no
modified copy of that license, code after a part break is no notice, a rule with an exception
needs the exception's name, and a license text kept as an escaped string reads as the text.

The license texts come from licensedcode-data at run time; the code around them is written for
the test.
"""

from __future__ import annotations

import json

import pytest

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses


def _commented(key: str, prefix: str, holder: str = "") -> str:
    """A license text as a comment block, each paragraph on one line (as many source files
    carry it), with the holder's name put in for the text's placeholder."""
    text = scancode_licenses()[key].text
    if holder:
        text = text.replace("the ORGANIZATION", holder).replace(
            "COPYRIGHT HOLDER ", "COPYRIGHT OWNER "
        )
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    return "\n".join(f"{prefix} {p}\n{prefix}" for p in paragraphs)


def _open_as(text: str, license_id: str) -> None:
    """The text is found to be that one license, and open."""
    found = classify_text(text)
    assert [m.id for m in found.matches] == [license_id]
    assert found.verdict.level == "open"


def _code_lines(count: int) -> str:
    """Plain Visual Basic lines, one routine per few lines."""
    body = []
    for i in range(count):
        body += [f"    Public Sub Step{i}()", f"        counter{i} = counter{i} + 1", "    End Sub"]
    return "\n".join(body)


def test_a_comment_in_code_far_below_a_license_header_is_no_limit() -> None:
    text = (
        f"{_commented('bsd-new', chr(39), 'Silken Web')}\n\n"
        "Imports System.Net.Mail\n\nPublic Class Mailer\n"
        f"{_code_lines(120)}\n"
        "    Public Sub Dispose()\n"
        "        ' Do not change this code.  Put cleanup code in Dispose(ByVal disposing) above.\n"
        "        Dispose(True)\n    End Sub\nEnd Class\n"
    )
    _open_as(text, "BSD-3-Clause")
    assert classify_text(text).variant is None  # a file that holds the license, not a copy


def test_the_same_license_text_edited_is_still_a_variant() -> None:
    # the near copy keeps its reading: "modify, " taken out of MIT's grant takes the right away
    text = scancode_licenses()["mit"].text.replace("modify, ", "", 1)
    found = classify_text(text)
    assert found.verdict.level != "open"
    assert found.variant is not None and found.variant.base_id == "MIT"


def test_code_after_a_docstring_heading_is_no_notice() -> None:
    # an underlined docstring heading starts a part; the code after it mentions a copyright
    # and grants nothing, and a deprecation note in it ("Do not use to check ...") is no ban
    header = _commented("mit", "#")
    functions = "\n".join(f"def step_{i}(value):\n    return value + {i}\n" for i in range(150))
    text = (
        f"{header}\n\n"
        'def parse(text):\n    """\n    Example: Parse dates\n    ---------------------\n\n'
        "    Setup code, as the copyright holder wrote it; you may use, copy and modify the "
        'parse results freely:\n    """\n    return text\n\n'
        f"{functions}\n"
        'def validate(trace=None):\n    """\n    .. deprecated:: 3.0.0\n'
        '       Do not use to check for left recursion.\n    """\n    return None\n'
    )
    _open_as(text, "MIT")


def test_a_notice_read_close_to_a_rule_with_an_exception_needs_the_exceptions_name() -> None:
    # an Apache notice written as a Python string literal is nearest to ScanCode's rule for
    # "the Apache License ... and the Commons Clause Restriction": no Commons Clause is said
    notice = (
        "Copyright 2012 Example Corp\n\n"
        'Licensed under the Apache License, Version 2.0 (the "License");\n'
        "you may not use this file except in compliance with the License.\n"
        "You may obtain a copy of the License at\n\n"
        "http://www.apache.org/licenses/LICENSE-2.0\n\n"
        "Unless required by applicable law or agreed to in writing, software\n"
        'distributed under the License is distributed on an "AS IS" BASIS,\n'
        "WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n"
        "See the License for the specific language governing permissions and\n"
        "limitations under the License.\n"
    )
    for text in (notice, repr(notice)):
        found = classify_text(text)
        assert found.expression == "Apache-2.0", text
        assert found.verdict.level == "open"
    with_clause = notice.replace("(the", "and the Commons Clause Restriction (the", 1)
    assert "commons-clause" in (classify_text(with_clause).expression or "")


@pytest.mark.parametrize("key", ["mit", "bsd-new", "apache-2.0", "isc"])
def test_a_license_text_kept_as_an_escaped_string_is_that_license(key: str) -> None:
    lic = scancode_licenses()[key]
    for text in (json.dumps({"licenseText": lic.text}), repr(lic.text)):
        found = classify_text(text)
        assert {m.id for m in found.matches} == {lic.spdx_id}
        assert found.verdict.level == "open"


def test_an_escaped_license_text_with_a_limit_put_before_it_is_restricted() -> None:
    text = "This software may be used for non-commercial purposes only.\n\n"
    text += scancode_licenses()["mit"].text
    found = classify_text(json.dumps(text))
    assert found.verdict.level == "restricted"
    assert "non-commercial" in {r.kind for r in found.verdict.reasons}


def test_escapes_keep_every_line_number_and_a_single_escape_stays() -> None:
    from licenseclass.textid.classify import _escapes_as_spaces

    escaped = 'first\\nsecond\\tthird \\"quoted\\"\nC:\\new\\folder\n'
    spaced = _escapes_as_spaces(escaped)
    assert len(spaced) == len(escaped)
    assert spaced.split("\n")[0] == 'first  second  third  "quoted "'
    assert spaced.split("\n")[1] == "C:\\new\\folder"  # one line-break escape: a path


def test_a_language_and_its_version_after_a_bare_under_is_no_license() -> None:
    # "under Python 2" in docs is the language; "licensed under Python 2." and an acronym with
    # its version ("your rights under the GPL 2") still name licenses
    for text in (
        "It decodes a bytestring into a Unicode string under Python 2.   This was right.",
        "The scripts run under Ruby 2. They also run under Ruby 3.",
    ):
        assert classify_text(text).matches == (), text
    assert classify_text("This module is licensed under Python 2.").expression == "Python-2.0"
    assert classify_text("Nothing limits your rights under the GPL 2.").expression == "GPL-2.0-only"


def test_instructions_in_a_module_docstring_beside_a_notice_are_no_terms() -> None:
    # a docstring of many sentences saying what "you must" do with the code, and no word of
    # licensing, is no terms beside the project's notice
    docstring = (
        '"""Support for event loops.\n\n'
        "In this situation the real event loop is not run in the normal manner, so you can't "
        "use the normal means to detect that it is running.\n\n"
        "If you want your apps to run here you need to do two things:\n\n"
        "1. Test to see if there is already an application object. If there is, you should "
        "use it. If there is not, you should create one.\n"
        "2. Test to see if the event loop is running. If it is, you should not start it. If "
        "the event loop is not running you may start it.\n\n"
        "* Whenever someone starts the event loop, they *must* set the flag attribute.\n"
        "* Whenever someone stops the event loop, they *must* clear it.\n"
        "* If you want to see if the loop is running, you *must* read the flag.\n\n"
        "This code can be copied into your own project so you do not have to depend on us.\n"
        '"""\n\n'
    )
    text = docstring + (
        "# Copyright (c) The Example Development Team.\n"
        "# Distributed under the terms of the Modified BSD License.\n\n"
        "import sys\n\n\ndef running():\n    return sys.flags.interactive\n"
    )
    _open_as(text, "BSD-3-Clause")


def test_a_language_with_its_version_on_the_next_line_is_no_license() -> None:
    text = "We recommend that it not be used in production under Python\n3.2 or earlier.\n"
    assert classify_text(text).matches == ()


def test_a_web_address_is_no_license_name_unless_it_points_at_a_license() -> None:
    for text in (
        "Use the same format as PHP's date() function; see https://php.net/date\nfor values.",
        "See https://www.php.net/date for format strings.",
    ):
        assert classify_text(text).matches == (), text
    licensed = "Licensed under the PHP License, see http://www.php.net/license/3_01.txt"
    assert {m.id for m in classify_text(licensed).matches} == {"PHP-3.01"}
