"""A text that grants nothing itself but puts its work under an open license by name.

"License: GPL-3+" in a Debian copyright file, or "ydpdict is distributed under GPL version 2" in
a README, grants what the named license grants. Only names that stand for open licenses count
(whichever version an unversioned name means); the text's own limits still count beside them;
a naming that is partial, past or denied gives nothing.
"""

from __future__ import annotations

import pytest
from gadget import read

from licenseclass.clauses.analysis import analyze_text

DEP5_HEAD = (
    "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
    "Upstream-Name: sample\n"
    "Source: https://example.org/sample\n"
    "\n"
)


def dep5(*stanzas: tuple[str, str, str]) -> str:
    """A copyright file of (files, holder, license field) stanzas, each license only named."""
    body = [
        f"Files: {files}\nCopyright: 2024 {holder}\nLicense: {name}\n"
        for files, holder, name in stanzas
    ]
    return DEP5_HEAD + "\n".join(body)


def reading(text: str) -> tuple[str, set[str], list[int]]:
    """The level, the limiting kinds, and the lines of the grants."""
    level, kinds = read(text)
    return level, kinds, [g.evidence.start_line for g in analyze_text(text).grants]


@pytest.mark.parametrize("name", ["GPL-3+", "LGPL-2.1+", "Apache-2.0", "GPL", "BSD-3-clause"])
def test_a_dep5_file_that_only_names_an_open_license_is_open(name: str) -> None:
    text = dep5(("*", "A. Author", name), ("debian/*", "B. Packager", name))
    level, kinds, lines = reading(text)
    assert (level, kinds) == ("open", set())
    field_lines = [n for n, line in enumerate(text.split("\n"), 1) if line.startswith("License:")]
    assert set(lines) == set(field_lines)


def test_a_license_named_in_prose_grants_what_it_grants() -> None:
    text = (
        "Copyright 2004 A. Author\n\n"
        "ydpdict is distributed under GPL version 2 license (the text is in COPYING).\n"
    )
    assert reading(text) == ("open", set(), [3])


@pytest.mark.parametrize(
    "name", ["CC-BY-NC-4.0", "the Creative Commons Attribution-NonCommercial 4.0 License"]
)
def test_a_license_that_is_not_open_gives_nothing_by_name(name: str) -> None:
    assert reading(dep5(("*", "A. Author", name))) == ("unknown", set(), [])
    assert reading(f"This dataset is released under {name}.\n") == ("unknown", set(), [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Portions of this file are released under the MIT license.",
        "Versions prior to 1.10 were released under the GPL version 2.",
        "This software is not licensed under the GPL.",
        "The file is available under the MIT license only if you pay the fee.",
    ],
)
def test_a_partial_past_or_denied_naming_gives_nothing(sentence: str) -> None:
    assert reading(f"Copyright 2020 A. Author\n\n{sentence}\n")[0] == "unknown"


def test_the_texts_own_limits_count_beside_the_named_license() -> None:
    text = (
        "This program is distributed under the MIT license.\n"
        "You may not use it for commercial purposes.\n"
    )
    level, kinds, _ = reading(text)
    assert (level, kinds) == ("restricted", {"non-commercial"})


def test_a_text_with_its_own_grant_is_read_from_its_own_words() -> None:
    # The words grant use only and reserve the rest; naming MIT for a part does not widen that.
    text = (
        "Acme grants you a non-transferable license to use this software. "
        "All other rights are reserved by Acme.\n"
        "This software is licensed under the MIT license.\n"
    )
    analysis = analyze_text(text)
    assert analysis.verdict.level != "open"
    assert not any(q.startswith("named license") for g in analysis.grants for q in g.qualifiers)


def test_a_grant_made_pursuant_to_an_open_license_grants_what_it_grants() -> None:
    text = (
        "Subject to the following terms, Acme grants to the user a license to this work "
        "pursuant to the GNU General Public License v.2 with the exceptions set forth below.\n"
        "1. As a special exception, documents that embed the font are not covered by the GPL.\n"
    )
    assert reading(text)[:2] == ("open", set())
    # leave under a license that is not open gives nothing by its name
    restricted = text.replace(
        "the GNU General Public License v.2", "the Creative Commons Attribution-NonCommercial 4.0"
    )
    assert reading(restricted)[0] != "open"
    # nor does leave for some components only
    partial = text.replace("a license to this work", "a license to certain components only")
    assert reading(partial)[0] != "open"


def test_a_name_the_reader_only_guesses_at_names_nothing() -> None:
    # "ad-hoc" looks like a misspelt "DOC"; a guess is no naming
    assert reading(dep5(("*", "A. Author", "ad-hoc")))[0] == "unknown"
