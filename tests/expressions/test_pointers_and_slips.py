"""normalize on declarations that wrap a name: brackets with words after them, a pointer to an
address, a folder of licenses' pages, a comment's star, OSI's "BSD+Patent", a slip of "later"."""

from __future__ import annotations

import pytest

from licenseclass import normalize


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # words after the brackets attach to the name inside them
        ("(GPL2), with the classpath exception.", "GPL-2.0-only WITH Classpath-exception-2.0"),
        ("(GPLv2) with the Classpath exception", "GPL-2.0-only WITH Classpath-exception-2.0"),
        # framing words and a pointer to a file say nothing more
        ("License (MIT)", "MIT"),
        ("Copyright (c) 2020 (MIT)", "MIT"),
        ("(MIT), see the LICENSE file", "MIT"),
        # a pointer to an address is read by the address
        ("See https://opensource.org/licenses/MIT", "MIT"),
        ("See: https://spdx.org/licenses/Apache-2.0.html", "Apache-2.0"),
        ("refer to https://www.apache.org/licenses/LICENSE-2.0", "Apache-2.0"),
        # a star of a C comment between two lines of a name
        ("the GNU GPL version 2 * or later", "GPL-2.0-or-later"),
        ("GPLv2 or latter", "GPL-2.0-or-later"),
        ("GPL-2.0 or any latter version", "GPL-2.0-or-later"),
        ("BSD+Patent", "BSD-2-Clause-Patent"),
        ("MIT/X Consortium License", "MIT"),
        # "version" before the number of a name the data has without it
        ("Licensed under the Non-Profit Open Software License version 3.0", "NPOSL-3.0"),
    ],
)
def test_wrapped_names_are_read(text: str, expression: str) -> None:
    assert normalize(text).expression == expression


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        # words after the name in brackets that take rights away or name nothing
        ("(MIT), plus the Commons Clause", "MIT"),
        ("(MIT) extra terms apply", "MIT"),
        ("Non-commercial (MIT)", "MIT"),
    ],
)
def test_words_outside_the_brackets_are_not_dropped(text: str, offered: str) -> None:
    result = normalize(text)
    assert result.expression is None
    assert offered in result.candidates


@pytest.mark.parametrize("url", ["http://apache.org/licenses/", "https://www.apache.org/licenses"])
def test_a_folder_of_license_pages_names_no_one_license(url: str) -> None:
    result = normalize(url)
    assert result.expression is None
    assert {"Apache-1.0", "Apache-1.1", "Apache-2.0"} <= set(result.candidates)


def test_a_page_inside_the_folder_still_names_its_license() -> None:
    assert normalize("http://www.apache.org/licenses/LICENSE-2.0").expression == "Apache-2.0"


def test_a_pointer_to_an_unknown_address_declines() -> None:
    result = normalize("see https://github.com/example/project/blob/main/LICENSE")
    assert result.expression is None
    assert result.candidates == ()


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        (
            "On Debian systems, the complete text of the GNU General Public License version 3 "
            "can be found in '/usr/share/common-licenses/GPL-3'.",
            "GPL-3.0-only",
        ),
        (
            "On Debian systems, refer to /usr/share/common-licenses/LGPL-2.1 for the complete "
            "text of the GNU Lesser General Public License.",
            "LGPL-2.1-only",
        ),
        (
            "On Debian systems the complete text of the license can be found in "
            "/usr/share/common-licenses/Apache-2.0",
            "Apache-2.0",
        ),
        ("see /usr/share/common-licenses/Apache-2.0", "Apache-2.0"),
    ],
)
def test_debian_pointers_name_the_license_of_the_file(text: str, expression: str) -> None:
    assert normalize(text).expression == expression


def test_a_debian_pointer_whose_name_disagrees_with_the_file_declines() -> None:
    result = normalize(
        "On Debian GNU/Linux systems a full copy of the LGPL 2.1 can be found at "
        "/usr/share/common-licenses/Apache-2.0"
    )
    assert result.expression is None
    assert {"Apache-2.0", "LGPL-2.1-only"} <= set(result.candidates)


def test_a_debian_pointer_without_a_version_declines_with_the_versions() -> None:
    result = normalize(
        "Full text of LGPL can be found on Debian systems in file /usr/share/common-licenses/LGPL."
    )
    assert result.expression is None
    assert "LGPL-3.0-only" in result.candidates


def test_debians_folder_name_is_no_misspelt_unlicense() -> None:
    assert "Unlicense" not in normalize("common-licenses").candidates
