"""Forms of license names in package metadata read in the thirty-fourth round: a version with
its dot left out after any family ("Apache20", "MPL11"), a dot or a slash between a name and its
version ("LGPL.v3", "MPL/2.0"), an author's handle after the name, "Apache Public License" with
a version, "standard" as a describing word, and a license named after a copyright notice."""

from __future__ import annotations

import pytest

from licenseclass import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apache20", "Apache-2.0"),
        ("MPL11", "MPL-1.1"),
        ("EPL10", "EPL-1.0"),
        ("LGPL.v3", "LGPL-3.0-only"),
        ("MPL/2.0", "MPL-2.0"),
        ("Apache/2.0", "Apache-2.0"),
        ("MIT @someone", "MIT"),
        ("Apache Public License 2.0", "Apache-2.0"),
        ("Apache Public License, Version 2", "Apache-2.0"),
        ("Standard 3-clause BSD", "BSD-3-Clause"),
        ("Copyright 2014 Acme. MIT License", "MIT"),
        ("© 2014 Acme - Do What the Fuck You Want to Public License.", "WTFPL"),
    ],
)
def test_read(text: str, expected: str) -> None:
    assert normalize(text).expression == expected


@pytest.mark.parametrize(
    "text",
    [
        # a version the family never had, its dot put back or not
        "MPL30",
        "Apache Public License",
        # the holder of a notice, not a license: the Massachusetts Institute of Technology
        "© 2014 MIT",
        # an address, not a handle
        "someone@example.com MIT",
        "GPL/GPL",
    ],
)
def test_declined(text: str) -> None:
    assert normalize(text).expression is None


def test_all_rights_reserved_after_a_notice_is_closed() -> None:
    reading = normalize("Copyright (c) 2014 Acme Inc. All rights reserved.")
    assert reading.expression is None
    assert reading.meaning == "all-rights-reserved"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the exception named in the plural
        ("Apache License 2.0 with LLVM exceptions", "Apache-2.0 WITH LLVM-exception"),
        ("GPL-2.0 with Classpath exceptions", "GPL-2.0-only WITH Classpath-exception-2.0"),
        # the Eclipse Distribution License 1.0 is the three-clause BSD on the SPDX list
        ("Eclipse Distribution License - v 1.0", "BSD-3-Clause"),
    ],
)
def test_exceptions_and_the_eclipse_distribution_license(text: str, expected: str) -> None:
    assert normalize(text).expression == expected


def test_an_eclipse_distribution_license_version_it_never_had() -> None:
    assert normalize("Eclipse Distribution License 2.0").expression is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("MIT; see LICENSE", "MIT"), ("BSD-3-Clause and see LICENSE.txt", "BSD-3-Clause")],
)
def test_a_pointer_to_a_file_beside_a_name_adds_nothing(text: str, expected: str) -> None:
    reading = normalize(text)
    assert reading.expression == expected
    assert reading.confidence < 1.0


def test_a_path_after_see_names_no_license() -> None:
    # a slash in a path is no join: "doc" here is a folder, not the DOC license
    assert normalize("see the frobnicator/doc/license.txt").expression is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SPDX's own names that hold "w/" are read as names before "w/" is read as "with"
        ("Artistic License 1.0 w/clause 8", "Artistic-1.0-cl8"),
        (
            "GNU General Public License v3.0 w/Autoconf exception",
            "GPL-3.0-only WITH Autoconf-exception-3.0",
        ),
        # MIT named with X11 or Expat is MIT
        ("The MIT X11 license", "MIT"),
        ("MIT/Expat", "MIT"),
    ],
)
def test_names_that_hold_other_words(text: str, expected: str) -> None:
    assert normalize(text).expression == expected


def test_a_choice_of_a_file_is_kept() -> None:
    # R's "| file LICENCE" offers the file's terms as another choice: not dropped
    assert normalize("GPL (>= 2) | file LICENCE").expression is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2-clause or 3-clause BSD", "BSD-2-Clause OR BSD-3-Clause"),
        ("BSD 2-clause or 3-clause", "BSD-2-Clause OR BSD-3-Clause"),
        ("2-clause and 3-clause BSD licenses", "BSD-2-Clause AND BSD-3-Clause"),
    ],
)
def test_one_bsd_name_for_two_clause_counts(text: str, expected: str) -> None:
    assert normalize(text).expression == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apache License (http://www.apache.org/licenses/LICENSE-2.0)", "Apache-2.0"),
        ("GNU GPL (https://www.gnu.org/licenses/gpl-3.0.html)", "GPL-3.0-only"),
        ("BSD License (https://opensource.org/licenses/BSD-3-Clause)", "BSD-3-Clause"),
        ("Mozilla Public License (https://mozilla.org/MPL/2.0/)", "MPL-2.0"),
        ("Apache License, see https://www.apache.org/licenses/LICENSE-2.0.txt", "Apache-2.0"),
        (
            "the UK Open Government License "
            "(http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)",
            "OGL-UK-3.0",
        ),
    ],
)
def test_a_name_without_its_version_beside_a_license_url(text: str, expected: str) -> None:
    reading = normalize(text)
    assert reading.expression == expected
    assert reading.confidence < 0.9


@pytest.mark.parametrize(
    "text",
    [
        # the URL names another license than the name: neither is taken
        "BSD License (http://www.apache.org/licenses/LICENSE-2.0)",
        # a repository's license file names no license
        "See https://github.com/acme/frobnicator/blob/main/LICENSE",
    ],
)
def test_a_url_that_does_not_pin_the_name(text: str) -> None:
    assert normalize(text).expression is None


def test_a_name_beside_another_licenses_url_declines_with_both() -> None:
    reading = normalize("MIT (https://www.apache.org/licenses/LICENSE-2.0)")
    assert reading.expression is None
    assert set(reading.candidates) == {"MIT", "Apache-2.0"}
    # the URL of the same license confirms it
    assert normalize("MIT (http://opensource.org/licenses/MIT)").expression == "MIT"
