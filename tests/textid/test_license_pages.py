"""A license named only by the address of its page (forty-fourth round).

A dedication that ends with the CC0 deed's address, a sentence whose only link is Apache's
license page: the address is where the license is named. The name stage reads such an address
where no match or name explains its line and no license of the same family was found, so the
gnu.org address under a GPL notice adds no second GNU license. A page that lists licenses
("apache.org/licenses/") names none, and a site's home page names its license only on a line
that speaks of licensing.
"""

from __future__ import annotations

import pytest
from left_out import matched_ids

from licenseclass import classify_text

DEDICATION = (
    "# To the extent possible under law, the authors of this sample have waived\n"
    "# every right they held in it, worldwide.\n"
    "# <{url}>\n"
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://creativecommons.org/publicdomain/zero/1.0/", {"CC0-1.0"}),
        ("http://creativecommons.org/licenses/by/4.0/", {"CC-BY-4.0"}),
        ("https://opensource.org/licenses/BSD-2-Clause", {"BSD-2-Clause"}),
        ("http://www.mozilla.org/MPL/2.0/", {"MPL-2.0"}),
    ],
)
def test_an_address_in_angle_brackets_names_the_license(url: str, expected: set[str]) -> None:
    assert matched_ids(DEDICATION.format(url=url)) == expected


def test_a_link_behind_words_names_its_license() -> None:
    text = (
        "Refer to the bundled notes for the authors of this module.\n"
        'Its use is subject to <a href="http://www.apache.org/licenses/LICENSE-2.0">these'
        " terms</a>.\n"
    )
    assert matched_ids(text) == {"Apache-2.0"}


def test_the_line_of_the_address_is_explained() -> None:
    found = classify_text(
        "Sample code for the widget toolkit.\n"
        "Terms: https://creativecommons.org/publicdomain/zero/1.0/\n",
        read_clauses=False,
    )
    assert [m.id for m in found.matches] == ["CC0-1.0"]
    assert all(region.start_line != 2 for region in found.unexplained)


def test_an_address_beside_its_license_s_notice_adds_nothing() -> None:
    text = (
        "This program is free software; you can redistribute it and/or modify it under the\n"
        "terms of the GNU General Public License as published by the Free Software Foundation;\n"
        "either version 2 of the License, or (at your option) any later version.\n"
        "See <https://www.gnu.org/licenses/gpl-2.0.html> for the whole text.\n"
    )
    assert matched_ids(text) == {"GPL-2.0-or-later"}


@pytest.mark.parametrize(
    "line",
    [
        "See https://opensource.org/licenses/ for the licenses the initiative approved.",
        "The project's homepage is http://www.unlicense.org and its mirror.",
        "Read more at https://en.wikipedia.org/wiki/Open-source_license today.",
    ],
)
def test_addresses_that_name_no_one_license(line: str) -> None:
    assert matched_ids(f"Sample settings for the build.\n{line}\n") == set()


def test_a_home_page_on_a_licensing_line_names_its_license() -> None:
    text = "This sample is released into the public domain; see http://unlicense.org\n"
    assert matched_ids(text) == {"Unlicense"}


def test_a_repository_s_address_names_no_license() -> None:
    # the license data lists this repository for Pylance's license; in docs it names a project
    text = "[Pyright]: https://github.com/microsoft/pyright\n"
    assert matched_ids(f"See the type checkers below.\n{text}") == set()


def test_an_address_at_the_end_of_a_license_s_text_is_the_text_s() -> None:
    # GPL-3.0's text ends with "<https://www.gnu.org/licenses/why-not-lgpl.html>": a line of no
    # words (markup removal drops the brackets) under the text, not a pointer to the LGPL
    from licenseclass.core.licensedcode import scancode_licenses

    gpl = scancode_licenses()["gpl-3.0"].text.replace("conspicuously", "zork", 1)
    assert "why-not-lgpl" in gpl
    assert matched_ids(gpl) == {"GPL-3.0-only"}


# Amazon's Program Materials License by the page licensedcode-data lists for it (closed terms)
PML = "https://developer.amazon.com/support/legal/pml"


@pytest.mark.parametrize(
    "line",
    [f'    "seeAlso": ["{PML}"],', f'PML_URL = "{PML}"  # shown in the picker', f"    '{PML}',"],
)
def test_an_address_in_quotes_is_a_value_in_code_or_data(line: str) -> None:
    assert matched_ids(f"Choices offered by the form.\n{line}\n") == set()


def test_the_same_address_in_prose_names_its_license() -> None:
    assert matched_ids(f"Choices offered by the form.\nSee {PML}\n") == {
        "LicenseRef-scancode-pml-2020"
    }


# Round 61: a line that only points to the page of a license the text names is explained by
# that license; it was left over as words "no catalogued text explains".
_PERL_NOTICE = (
    "This program is free software; you can redistribute it and/or modify it\n"
    "under the same terms as Perl itself.\n\n"
)


@pytest.mark.parametrize(
    ("notice", "pointer"),
    [
        ("Licensed under the MIT License.\n\n", "See https://opensource.org/licenses/MIT\n"),
        (
            "Licensed under the Apache License, Version 2.0.\n\n",
            "See http://www.apache.org/licenses/LICENSE-2.0 for details.\n",
        ),
        (_PERL_NOTICE, "See http://dev.perl.org/licenses/artistic.html\n"),
        # the Perl Artistic License's former page, which old CPAN modules link to
        (_PERL_NOTICE, "See http://www.perl.com/perl/misc/Artistic.html\n"),
    ],
)
def test_a_line_pointing_to_the_page_of_the_license_found_is_explained(
    notice: str, pointer: str
) -> None:
    found = classify_text(notice + pointer)
    assert found.unexplained == ()
    assert found.verdict.level == "open"


def test_a_long_line_beside_the_page_is_still_read() -> None:
    found = classify_text(
        "Licensed under the MIT License.\n\nSee https://opensource.org/licenses/MIT but you may "
        "not use it for commercial purposes or sell it to anyone.\n"
    )
    assert [region.start_line for region in found.unexplained] == [3]
    assert found.verdict.level == "restricted"


def test_the_page_of_another_license_is_not_explained_by_the_one_found() -> None:
    found = classify_text(
        "Licensed under the MIT License.\n\nSee https://www.gnu.org/licenses/gpl-3.0.html\n"
    )
    assert "GPL-3.0-only" in {m.id for m in found.matches}


def test_a_page_below_a_line_about_licensing_names_its_license() -> None:
    """ "released under the Artistic License" names no version; the page below it does (the
    Perl Artistic License's former address)."""
    text = (
        "Frobnicator is free software and is released under the Artistic License.\n"
        "See <http://www.perl.com/language/misc/Artistic.html> for details.\n"
    )
    assert matched_ids(text) == {"Artistic-1.0-Perl"}
