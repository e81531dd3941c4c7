"""Texts that are very short or put on one line (thirty-second round).

A file of one word is a license only when the word is a license's id or a name ScanCode's
rules read as one license, not a word that names a license only with "License" after it
("Script" of "Script# License"). After a bare "see", the home page of a site where the
license has a page of its own names a license only on a line about licensing. A GNU
license's whole text put on one line (a JSON field, a Python literal) is that version only:
the "any later version" of its appendix grants nothing, and of two references that differ
only by such a notice, the one that fits better is chosen.

The license texts come from licensedcode-data at run time.
"""

from __future__ import annotations

import json

import pytest

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses


def _ids(text: str) -> list[str]:
    return [m.id for m in classify_text(text).matches]


@pytest.mark.parametrize("text", ["/* Script */\n", "Script\n", "# Llama\n", "Click\n"])
def test_a_file_of_one_ordinary_word_names_no_license(text: str) -> None:
    found = classify_text(text)
    assert found.matches == ()
    assert found.verdict.level == "unknown"


@pytest.mark.parametrize(
    ("text", "license_id"),
    [("MIT\n", "MIT"), ("/* Zlib */\n", "Zlib"), ("Unlicense\n", "Unlicense"), ("BSD\n", None)],
)
def test_a_file_of_one_license_id_still_names_it(text: str, license_id: str | None) -> None:
    found = _ids(text)
    if license_id is None:
        assert len(found) == 1  # ScanCode's rules read a bare "BSD" as one license
    else:
        assert found == [license_id]


def test_a_pointer_to_a_home_page_in_prose_names_no_license() -> None:
    prose = (
        "json -- JSON is supported in many programming languages, and is\n"
        "    the default format.\n\n    See http://json.org for more information.\n"
    )
    assert _ids(prose) == []
    assert classify_text(prose).verdict.level == "unknown"


@pytest.mark.parametrize(
    "text", ["License: see http://json.org\n", "For the license, see http://json.org\n"]
)
def test_a_pointer_to_a_home_page_about_licensing_still_names_it(text: str) -> None:
    assert _ids(text) == ["JSON"]


def test_a_pointer_to_a_license_s_own_home_page_still_names_it() -> None:
    # the DCO's home page is the whole site, not a page inside another project's site
    text = "Please see https://developercertificate.org/ for more info before you sign off.\n"
    assert _ids(text) == ["LicenseRef-scancode-dco-1.1"]


def _body(key: str) -> str:
    return scancode_licenses()[key].text


@pytest.mark.parametrize(
    ("key", "license_id"),
    [
        ("gpl-3.0", "GPL-3.0-only"),
        ("gpl-2.0", "GPL-2.0-only"),
        ("agpl-3.0", "AGPL-3.0-only"),
        ("lgpl-2.1", "LGPL-2.1-only"),
    ],
)
def test_a_gnu_text_on_one_line_is_that_version_only(key: str, license_id: str) -> None:
    body = _body(key)
    for flat in (json.dumps({"license": body}), " ".join(body.split())):
        assert len(flat.splitlines()) == 1
        assert _ids(flat) == [license_id], flat[:60]


def test_a_gnu_notice_on_one_line_keeps_its_or_later() -> None:
    notice = (
        "This program is free software: you can redistribute it and/or modify it under the "
        "terms of the GNU General Public License as published by the Free Software "
        "Foundation, either version 3 of the License, or (at your option) any later version."
    )
    assert _ids(json.dumps({"notice": notice})) == ["GPL-3.0-or-later"]


def test_a_gnu_notice_kept_as_a_list_of_strings_keeps_its_or_later() -> None:
    # one string per line, each closed by a comma, as a program keeps its --version text
    lines = [
        "This program is free software; you can redistribute it and/or modify it",
        "under the terms of the GNU General Public License as published by the",
        "Free Software Foundation; either version 2 of the License, or (at your",
        "option) any later version.",
    ]
    text = "static const char *notice[] = {\n"
    text += "".join(f'    "{line}",\n' for line in lines) + "};\n"
    assert _ids(text) == ["GPL-2.0-or-later"]
