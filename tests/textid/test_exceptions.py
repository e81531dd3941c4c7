"""Exceptions found in a text join the license they add to ("GPL-2.0-only WITH
Classpath-exception-2.0"), by their text beside a license text or by their name after a
license's name; an exception with no license to add to stays a clue."""

from __future__ import annotations

import pytest

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses


def _text(key: str) -> str:
    return scancode_licenses()[key].text


@pytest.mark.parametrize(
    ("license_key", "exception_key", "expression"),
    [
        ("gpl-2.0", "classpath-exception-2.0", "GPL-2.0-only WITH Classpath-exception-2.0"),
        ("gpl-3.0", "gcc-exception-3.1", "GPL-3.0-only WITH GCC-exception-3.1"),
        ("apache-2.0", "llvm-exception", "Apache-2.0 WITH LLVM-exception"),
    ],
)
def test_an_exception_text_after_a_license_text_joins_it(
    license_key: str, exception_key: str, expression: str
) -> None:
    found = classify_text(_text(license_key) + "\n\n" + _text(exception_key))
    assert found.expression == expression
    # the license's id is what the matches name; the exception's words are explained
    assert {m.id for m in found.matches} == {expression.partition(" WITH ")[0]}
    assert found.unexplained == ()
    assert not any("exception" in clue.lower() for clue in found.clues)
    assert found.verdict.level == "open"


def test_an_exception_joins_a_notice_and_the_text_of_its_family() -> None:
    # ScanCode's gpl-2.0-plus text: an "or later" notice, then the text of version 2
    found = classify_text(_text("gpl-2.0-plus") + "\n\n" + _text("font-exception-gpl"))
    assert found.expression == (
        "(GPL-2.0-or-later WITH Font-exception-2.0) AND (GPL-2.0-only WITH Font-exception-2.0)"
    )


@pytest.mark.parametrize(
    ("exception_key", "exception_id"),
    [
        # an SPDX exception and one only ScanCode names (no SPDX id: WITH cannot take it)
        ("openssl-exception-gpl-3.0-plus", "cryptsetup-OpenSSL-exception"),
        ("openssl-exception-gpl-2.0-plus", "LicenseRef-scancode-openssl-exception-gpl-2.0-plus"),
        ("bison-exception-2.2", "Bison-exception-2.2"),
    ],
)
def test_an_exception_alone_is_said_and_grants_nothing(
    exception_key: str, exception_id: str
) -> None:
    """A "COPYING.exception" beside the GPL's file holds only the exception: its words are the
    catalogued text's (nothing unexplained), and it is no license of its own, so it is not
    read as one ("you may link ... and distribute" is not "anyone may use, modify, share")."""
    found = classify_text("\n" + _text(exception_key) + "\n")
    assert found.matches == ()
    assert found.unexplained == ()
    assert found.coverage == 1.0
    assert found.verdict.level == "unknown"
    assert found.note is not None and f"only the exception {exception_id}," in found.note


def test_a_limit_an_exception_alone_adds_is_still_read() -> None:
    """VCV Rack's plugin exception lets plugins link "provided that the Plugin is distributed
    free of charge": alone, its text is still read for what it takes away."""
    found = classify_text(_text("vcvrack-exception-to-gpl-3.0"))
    assert found.matches == ()
    assert found.verdict.level == "restricted"


def test_the_prose_around_an_exception_alone_is_still_unexplained() -> None:
    prose = "The maintainers of the frobnicator ship this file with their own build recipes."
    found = classify_text(_text("openssl-exception-gpl-2.0-plus") + "\n\n" + prose + "\n")
    assert found.matches == ()
    assert [r.words for r in found.unexplained] == [len(prose.split())]


_GPL_2_OR_LATER_NOTICE = (
    "This program is free software; you can redistribute it and/or modify it under the terms "
    "of the GNU General Public License as published by the Free Software Foundation; either "
    "version 2 of the License, or (at your option) any later version.\n\n"
)


def test_an_unlisted_exception_after_the_license_it_is_written_for_is_explained() -> None:
    """ScanCode's OpenSSL exception to the GPL v2 or later has no SPDX id, so WITH cannot put it
    on the license; after a GPL notice its words are still the catalogued text's, not lines
    "no catalogued text explains"."""
    found = classify_text(_GPL_2_OR_LATER_NOTICE + _text("openssl-exception-gpl-2.0-plus"))
    assert found.expression == "GPL-2.0-or-later"
    assert found.unexplained == ()
    assert found.verdict.level == "open"
    assert any(c.endswith("openssl-exception-gpl-2.0-plus") for c in found.clues)


def test_a_limit_an_unlisted_exception_adds_is_still_read() -> None:
    """lmbench's exception to the GPL lets results be published only under conditions: its
    words stay unexplained, and the limit is read."""
    found = classify_text(_GPL_2_OR_LATER_NOTICE + _text("lmbench-exception-2.0"))
    assert found.unexplained
    assert found.verdict.level == "restricted"


@pytest.mark.parametrize(
    ("license_text", "exception_key"),
    [
        # written for the GPL, not for MIT
        (_text("mit") + "\n\n", "openssl-exception-gpl-2.0-plus"),
        # written for the LGPL 2.1, not for the GPL
        (_GPL_2_OR_LATER_NOTICE, "qskinny-exception-lgpl-2.1"),
    ],
)
def test_an_unlisted_exception_beside_another_license_stays_unexplained(
    license_text: str, exception_key: str
) -> None:
    found = classify_text(license_text + _text(exception_key))
    assert found.unexplained


def test_names_inside_an_unlisted_exception_do_not_explain_it() -> None:
    """Trolltech's GPL exception names the GPL and a dozen licenses it may be combined with;
    alone, those names are inside it, and its words are read as before."""
    found = classify_text(_text("trolltech-gpl-exception-1.0"))
    assert found.unexplained


def test_an_exception_with_no_license_it_is_written_for_stays_a_clue() -> None:
    found = classify_text(_text("mit") + "\n\n" + _text("classpath-exception-2.0"))
    assert found.expression == "MIT"
    assert any(clue.endswith("Classpath-exception-2.0") for clue in found.clues)
    assert found.unexplained  # its lines are not explained by the MIT match


@pytest.mark.parametrize(
    ("notice", "expression"),
    [
        (
            "Licensed under the GNU General Public License version 2 with the Classpath exception.",
            "GPL-2.0-only WITH Classpath-exception-2.0",
        ),
        (
            "Licensed under GPL-2.0 with Classpath exception.",
            "GPL-2.0-only WITH Classpath-exception-2.0",
        ),
        (
            "This project is licensed under the Apache License 2.0 with LLVM Exceptions.",
            "Apache-2.0 WITH LLVM-exception",
        ),
        (
            "Licensed under the GPL v3 with the GCC Runtime Library Exception, version 3.1.",
            "GPL-3.0-only WITH GCC-exception-3.1",
        ),
        (
            "The library is distributed under the Eclipse Public License 2.0 with the GNU "
            "Classpath Exception.",
            "EPL-2.0 WITH Classpath-exception-2.0",
        ),
    ],
)
def test_an_exception_named_after_a_license_name_joins_it(notice: str, expression: str) -> None:
    found = classify_text(notice)
    assert found.expression == expression
    assert found.unexplained == ()
    assert found.clues == ()


def test_an_exception_whose_version_is_not_said_is_not_guessed() -> None:
    # SPDX lists several Autoconf exceptions: the name alone does not say which
    found = classify_text(
        "This file is licensed under the GNU GPL version 3 with the Autoconf exception."
    )
    assert found.expression == "GPL-3.0-only"


def test_an_exception_named_far_from_the_license_is_not_joined_by_its_name() -> None:
    text = (
        "Licensed under the GPL v2.\n\nThe build scripts are taken from another project, "
        "which uses the Classpath exception.\n"
    )
    assert classify_text(text).expression == "GPL-2.0-only"


@pytest.mark.parametrize(
    "notice",
    [
        "This code is licensed under the GNU Lesser General Public License v3.0.",
        "This software is available under the Eclipse Public License v2.0.",
        "Licensed under the Eclipse Public License 2.0.",
    ],
)
def test_the_words_leading_into_a_license_name_are_explained(notice: str) -> None:
    assert classify_text(notice).unexplained == ()


def test_a_limit_before_a_license_name_is_still_read() -> None:
    found = classify_text(
        "This software may not be used for commercial purposes. Licensed under the MIT License."
    )
    assert [r.start_line for r in found.unexplained] == [1]
    assert found.verdict.level == "restricted"


@pytest.mark.parametrize("license_key", ["mit", "cpl-1.0"])
def test_an_exception_no_rule_pairs_joins_only_the_license_its_id_names(license_key: str) -> None:
    # SPDX's GPL-3.0-linking-exception comes with no pairing in ScanCode's rules; its id names
    # the GPL, so it joins a GPL text and no other license
    exception = _text("gpl-3.0-linking-exception")
    beside_gpl = classify_text(_text("gpl-3.0") + "\n\n" + exception)
    assert beside_gpl.expression == "GPL-3.0-only WITH GPL-3.0-linking-exception"
    beside_other = classify_text(_text(license_key) + "\n\n" + exception)
    assert beside_other.expression is not None and "WITH" not in beside_other.expression
    assert any(clue.endswith("GPL-3.0-linking-exception") for clue in beside_other.clues)


@pytest.mark.parametrize(
    ("exception_key", "expression"),
    [
        # SPDX's Fawkes exception: no rule pairs it and its id names no license; ScanCode's
        # name of it says "to GPL 2.0 or later", so WITH takes it
        ("fawkes-runtime-exception", "GPL-2.0-or-later WITH Fawkes-Runtime-exception"),
        # ScanCode's Ekiga and GStreamer exceptions ("... exception to GPL 2.0 or later"), and
        # strongSwan's ("... exception to GPL", no version): no SPDX id, so only explained
        ("ekiga-exception-2.0-plus", "GPL-2.0-or-later"),
        ("gstreamer-exception-2.0", "GPL-2.0-or-later"),
        ("strongswan-exception", "GPL-2.0-or-later"),
    ],
)
def test_an_exception_no_rule_pairs_joins_the_license_its_name_says(
    exception_key: str, expression: str
) -> None:
    found = classify_text(_GPL_2_OR_LATER_NOTICE + _text(exception_key))
    assert found.expression == expression
    assert found.unexplained == ()
    assert found.verdict.level == "open"


@pytest.mark.parametrize(
    "exception_key",
    # written for Apache 2.0 and for the AGPL 3.0, by their names
    ["compuphase-linking-exception", "bacula-exception"],
)
def test_an_exception_whose_name_says_another_license_stays_unexplained(
    exception_key: str,
) -> None:
    found = classify_text(_GPL_2_OR_LATER_NOTICE + _text(exception_key))
    assert found.expression == "GPL-2.0-or-later"
    assert found.unexplained
