"""A bare URL read as the license whose page it is.

Besides the URLs of the license data's own entries, the lenient reader knows the pages that
licensedcode-data gives for each license's text (its ``text_urls``, ``osi_url`` and
``other_urls``): the address in every MPL-2.0 header, the old opensource.org pages. It leaves
out what would name a license by accident: redirect links with a query, the pages of generic
licenses ("proprietary") and of exceptions. Some sites put the version in the path (Mozilla,
Eclipse, Creative Commons' badges), and an encyclopaedia article or a distribution's wiki page
about one license is titled with its name.
"""

from __future__ import annotations

import pytest

from licenseclass import get_license, normalize
from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.errors import UnknownLicenseError


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # pages licensedcode-data gives for the license's text
        ("http://mozilla.org/MPL/2.0/", "MPL-2.0"),
        ("http://www.opensource.org/licenses/mit-license.php", "MIT"),
        ("http://www.opensource.org/licenses/isc-license.txt", "ISC"),
        ("http://glassfish.dev.java.net/public/CDDLv1.0.html", "CDDL-1.0"),
        # the version in the path
        ("http://www.mozilla.com/MPL/1.1/", "MPL-1.1"),
        ("https://www.eclipse.org/legal/epl-v20.html", "EPL-2.0"),
        ("http://www.eclipse.org/legal/epl-v10.html", "EPL-1.0"),
        ("https://i.creativecommons.org/l/by-sa/4.0/88x31.png", "CC-BY-SA-4.0"),
        # an id page with a fragment
        ("http://spdx.org/licenses/OFL-1.0#licenseText", "OFL-1.0"),
        # opensource.org's newer pages, a version's dot written as a dash
        ("https://opensource.org/license/gpl-3-0", "GPL-3.0-only"),
        ("https://opensource.org/license/lgpl-2-1", "LGPL-2.1-only"),
        ("https://opensource.org/license/apache-2-0", "Apache-2.0"),
        # a page about the license, by its title (and section)
        ("https://en.wikipedia.org/wiki/MIT_License", "MIT"),
        ("wikipedia.org/wiki/Microsoft_Public_License", "MS-PL"),
        ("https://en.wikipedia.org/wiki/Apache_License#Apache_License_2.0", "Apache-2.0"),
        ("https://fedoraproject.org/wiki/Licensing/PostgreSQL_License", "PostgreSQL"),
    ],
)
def test_a_license_page_url_names_its_license(url: str, expected: str) -> None:
    found = normalize(url)
    assert found.expression == expected
    assert found.confidence < 0.9  # read from an address, not a name


def test_an_article_on_a_family_offers_its_versions() -> None:
    found = normalize("https://en.wikipedia.org/wiki/GNU_General_Public_License")
    assert found.expression is None
    assert {"GPL-2.0-only", "GPL-3.0-only"} <= set(found.candidates)


@pytest.mark.parametrize(
    "url",
    [
        # a page about something else
        "https://en.wikipedia.org/wiki/Python_(programming_language)",
        "https://en.wikipedia.org/wiki/Copyright",
        # a redirect with a query, which licensedcode-data lists for a vendor's license
        "https://fedoraproject.org/wiki/Licensing:BSD?rd=Licensing/BSD#jCharts_Variant",
        "https://github.com/search?q=license&type=code",
    ],
)
def test_other_urls_name_no_license(url: str) -> None:
    assert normalize(url).expression is None


def get_license_urls(license_id: str) -> tuple[str, ...]:
    """The URLs of the data's own entry (the home page a person or the SPDX list gave)."""
    try:
        return get_license(license_id).urls
    except UnknownLicenseError:
        return ()


def _key(url: str) -> str:
    return url.rsplit("://", maxsplit=1)[-1].removeprefix("www.").rstrip("/").lower()


def test_pages_of_generic_licenses_and_exceptions_are_not_read_as_theirs() -> None:
    """A page licensedcode-data lists for a generic license or an exception never reads as that
    license alone (an exception's page may still read as the license it is attached to)."""
    checked = 0
    for key, info in scancode_licenses().items():
        if not (info.is_generic or info.is_exception):
            continue
        for url in info.page_urls:
            found = normalize(url).expression
            if info.is_exception:
                assert found != info.spdx_id, (key, url)  # a bare exception is no expression
            elif _key(url) not in {_key(u) for u in get_license_urls(info.spdx_id)}:
                assert found != info.spdx_id, (key, url)
            checked += 1
    assert checked > 100


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a link's markup left around an address
        ("[https://creativecommons.org/licenses/by-sa/4.0/)", "CC-BY-SA-4.0"),
        ("<http://creativecommons.org/licenses/by-sa/4.0/>", "CC-BY-SA-4.0"),
        ("(https://opensource.org/licenses/MIT)", "MIT"),
        # a Markdown link: the text, else the address for what the text leaves out
        ("[GNU License](http://www.gnu.org/licenses/gpl-3.0.en.html)", "GPL-3.0-only"),
        ("[GPLv2 or later](https://www.gnu.org/licenses/gpl-2.0.html)", "GPL-2.0-or-later"),
        ("[MIT License](https://github.com/acme/tool/blob/main/LICENSE)", "MIT"),
        # a shields.io badge, alone or as a link's image
        ("https://img.shields.io/badge/License-Apache%202.0-blue.svg", "Apache-2.0"),
        ("https://img.shields.io/badge/license-GPL_v3-green", "GPL-3.0-only"),
        (
            "[![License](https://img.shields.io/badge/License-BSD%203--Clause-blue.svg)]"
            "(https://opensource.org/licenses/BSD-3-Clause)",
            "BSD-3-Clause",
        ),
    ],
)
def test_links_and_badges_name_their_license(text: str, expected: str) -> None:
    assert normalize(text).expression == expected


def test_a_link_whose_text_and_address_disagree_names_neither() -> None:
    found = normalize("[MIT](https://www.apache.org/licenses/LICENSE-2.0)")
    assert found.expression is None
    assert set(found.candidates) == {"MIT", "Apache-2.0"}


@pytest.mark.parametrize(
    "text",
    ["https://img.shields.io/badge/python-3.8-blue.svg", "[docs](https://example.org/docs)"],
)
def test_other_badges_and_links_name_no_license(text: str) -> None:
    assert normalize(text).expression is None


def test_an_exception_s_page_declines_as_the_exception_does() -> None:
    """An exception is no license alone: its page reads as its id does."""
    for text in ("https://spdx.org/licenses/LLVM-exception.html", "LLVM-exception"):
        found = normalize(text)
        assert found.expression is None
        assert "exception" in found.how
