"""The lenient reader of free-text license declarations (own cases, in the spirit of metadata)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import licenseclass
from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.core.registry import Registry
from licenseclass.errors import InvalidExpressionError
from licenseclass.expressions.lenient import MAX_FREE_TEXT, normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # exact and loosely written SPDX expressions
        ("BSD-2-Clause", "BSD-2-Clause"),
        ("isc OR mit", "ISC OR MIT"),
        ("ISC Or MIT", "ISC OR MIT"),
        ("GPL-3.0+", "GPL-3.0-or-later"),
        ("LGPL-2.0", "LGPL-2.0-only"),
        ("'Zlib'", "Zlib"),
        # the GNU family: a stated version without "or later" means that version only
        ("GPLv3", "GPL-3.0-only"),
        ("GPL 2", "GPL-2.0-only"),
        ("gpl-2.0 or later", "GPL-2.0-or-later"),
        ("GNU GPL version 3 or any later version", "GPL-3.0-or-later"),
        ("GNU General Public License v3 only", "GPL-3.0-only"),
        ("LGPLv3+", "LGPL-3.0-or-later"),
        ("GNU Lesser GPL 2.1", "LGPL-2.1-only"),
        ("GNU Library General Public License v2", "LGPL-2.0-only"),
        ("Affero General Public License 3", "AGPL-3.0-only"),
        ("AGPL-3.0-or-later", "AGPL-3.0-or-later"),
        ("GFDL 1.3", "GFDL-1.3-only"),
        # families with a version
        ("Apache License Version 2.0", "Apache-2.0"),
        ("apache2", "Apache-2.0"),
        ("ASL 2.0", "Apache-2.0"),
        ("Apache Licence, v1.1", "Apache-1.1"),
        ("Mozilla Public Licence 1.1", "MPL-1.1"),
        ("MPL v2", "MPL-2.0"),
        ("EPL 2", "EPL-2.0"),
        ("Eclipse Public License v1.0", "EPL-1.0"),
        ("CDDL 1.0", "CDDL-1.0"),
        ("EUPL v1.2", "EUPL-1.2"),
        ("Artistic License 2.0", "Artistic-2.0"),
        ("Boost Software License", "BSL-1.0"),
        ("Creative Commons Attribution-ShareAlike 4.0", "CC-BY-SA-4.0"),
        ("CC BY-NC-ND 3.0", "CC-BY-NC-ND-3.0"),
        # a version called a revision
        ("GNU General Public License rev 2", "GPL-2.0-only"),
        ("LGPL revision 2.1 or later", "LGPL-2.1-or-later"),
        # "Commons" written without its "s"
        ("Creative Common Attribution 4.0 International", "CC-BY-4.0"),
        ("cc0", "CC0-1.0"),
        ("Simplified BSD License", "BSD-2-Clause"),
        ("New BSD", "BSD-3-Clause"),
        ("BSD 3 clause", "BSD-3-Clause"),
        ("four-clause BSD", "BSD-4-Clause"),
        ("BSD-2", "BSD-2-Clause"),
        ("The Unlicense", "Unlicense"),
        ("WTFPL v2", "WTFPL"),
        # names from the license data, and the id with other punctuation
        ("MIT License", "MIT"),
        ("The MIT License", "MIT"),
        ("MIT/X11", "MIT"),
        ("Expat", "MIT"),
        ("zlib/libpng", "Zlib"),
        ("Beer Ware", "Beerware"),
        ("BSD_3_Clause", "BSD-3-Clause"),
        # noise around a name
        ("MIT (see LICENSE file)", "MIT"),
        ("ISC <https://example.org/license>", "ISC"),
        ("MIT https://example.org/mit.txt", "MIT"),
        ("Zlib - Copyright 2001 Somebody", "Zlib"),
        ('"Apache 2.0"', "Apache-2.0"),
        ("Public domain (CC0)", "CC0-1.0"),
        ("Apache License (2.0)", "Apache-2.0"),
        ("BSD (2 clause)", "BSD-2-Clause"),
        # bare URLs of license pages
        ("https://opensource.org/licenses/ISC", "ISC"),
        ("http://spdx.org/licenses/Zlib.html", "Zlib"),
        ("https://www.gnu.org/licenses/old-licenses/gpl-2.0.html", "GPL-2.0-only"),
        ("https://www.mozilla.org/en-US/MPL/2.0/", "MPL-2.0"),
        # several licenses
        ("MIT or Apache 2.0", "MIT OR Apache-2.0"),
        ("Apache-2.0 / MIT", "Apache-2.0 OR MIT"),
        ("Dual licensed: ISC, or GPLv2", "ISC OR GPL-2.0-only"),
        ("MIT and Zlib", "MIT AND Zlib"),
        ("GPLv2 with Classpath exception", "GPL-2.0-only WITH Classpath-exception-2.0"),
        # trove classifiers
        ("License :: OSI Approved :: MIT License", "MIT"),
        ("License :: OSI Approved :: GNU General Public License v3 (GPLv3)", "GPL-3.0-only"),
        (
            "License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)",
            "LGPL-2.0-or-later",
        ),
        ("License :: OSI Approved :: ISC License (ISCL)", "ISC"),
        ("License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)", "MPL-2.0"),
        ("License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)", "BSL-1.0"),
        ("License :: OSI Approved :: The Unlicense (Unlicense)", "Unlicense"),
        ("License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication", "CC0-1.0"),
    ],
)
def test_clear_readings(text: str, expected: str) -> None:
    result = normalize(text)
    assert result.expression == expected, result
    assert not result.ambiguous
    assert result.meaning == "license"
    assert 0.0 < result.confidence <= 1.0
    assert result.text == text


def test_exact_expressions_have_full_confidence() -> None:
    assert normalize("MIT OR Apache-2.0").confidence == 1.0
    assert normalize("Apache 2.0").confidence < 1.0


@pytest.mark.parametrize(
    ("text", "some_candidates"),
    [
        ("BSD", {"BSD-2-Clause", "BSD-3-Clause"}),
        ("BSD License", {"BSD-2-Clause", "BSD-3-Clause"}),
        ("GPL", {"GPL-2.0-only", "GPL-3.0-only"}),
        ("GNU GPL or later", {"GPL-2.0-or-later", "GPL-3.0-or-later"}),
        ("LGPL", {"LGPL-2.1-only", "LGPL-3.0-only"}),
        ("GNU Lesser General Public License", {"LGPL-2.1-only"}),
        ("Affero GPL", {"AGPL-3.0-only"}),
        ("Mozilla Public License", {"MPL-2.0", "MPL-1.1"}),
        ("Apache", {"Apache-2.0"}),
        ("Artistic License", {"Artistic-1.0", "Artistic-2.0"}),
        ("Creative Commons Attribution", {"CC-BY-4.0"}),
        ("GPL v4", {"GPL-3.0-only"}),
        ("ISC-style", {"ISC"}),
        ("BSD-like", set()),
        ("MTI", {"MIT"}),
        ("Zlibb", {"Zlib"}),
        ("Dual MIT/GPL", {"MIT OR GPL-2.0-only", "MIT OR GPL-3.0-only"}),
        ("MIT or BSD", {"MIT OR BSD-3-Clause"}),
        ("GPLv3 or Acme Commercial License", {"GPL-3.0-only"}),
        ("GPL-2.0 with some-unknown exception", {"GPL-2.0-only"}),
        ("Apache License 2.0 with Commons Clause", {"Apache-2.0 WITH LicenseRef-Commons-Clause"}),
        ("License :: OSI Approved :: GNU General Public License (GPL)", {"GPL-3.0-only"}),
        ("License :: OSI Approved :: Academic Free License (AFL)", {"AFL-3.0"}),
        ("COPYING.LGPL", {"LGPL-3.0-only"}),
    ],
)
def test_ambiguous_text_declines_with_candidates(text: str, some_candidates: set[str]) -> None:
    result = normalize(text)
    assert result.expression is None, result
    assert result.ambiguous
    assert some_candidates <= set(result.candidates)


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("UNLICENSED", "all-rights-reserved"),
        ("Proprietary", "all-rights-reserved"),
        ("Closed source", "all-rights-reserved"),
        ("Commercial license", "all-rights-reserved"),
        ("Copyright 2024 Acme Corp. All Rights Reserved.", "all-rights-reserved"),
        ("License :: Other/Proprietary License", "all-rights-reserved"),
        ("Public Domain", "public-domain"),
        ("public-domain", "public-domain"),
        ("License :: Public Domain", "public-domain"),
        ("SEE LICENSE IN COPYING.md", "see-file"),
        ("see license in ./docs/terms.txt", "see-file"),
        ("LICENSE.txt", "see-file"),
        ("UNKNOWN", "unknown"),
        ("License :: OSI Approved", "unknown"),
        ("", "unknown"),
        ("   ", "unknown"),
        ("\x00\x01", "unknown"),
        ("completely unrelated words", "unknown"),
        ("https://example.com/our-terms", "unknown"),
    ],
)
def test_declarations_that_are_not_licenses(text: str, meaning: str) -> None:
    result = normalize(text)
    assert result.expression is None, result
    assert result.meaning == meaning
    assert not result.ambiguous


def test_public_domain_with_a_named_license_in_brackets() -> None:
    result = normalize("Public domain <The Unlicense>")
    assert result.expression == "Unlicense"


def test_non_commercial_is_not_read_as_a_commercial_license() -> None:
    result = normalize("Creative Commons Attribution-Non-Commercial 4.0")
    assert result.expression == "CC-BY-NC-4.0"


def test_restricting_addition_is_never_dropped() -> None:
    # the family rule alone would say Apache-2.0; the clause must not disappear
    for text in ("Apache-2.0 WITH Commons-Clause", "Apache 2.0 + Commons Clause"):
        result = normalize(text)
        assert result.expression is None or "Commons" in result.expression, result


def test_long_text_is_only_tried_as_an_expression() -> None:
    long_text = "MIT " + "x" * (MAX_FREE_TEXT + 10)
    assert normalize(long_text).meaning == "unknown"
    expression = " OR ".join(["MIT"] * 300)
    assert normalize(expression).expression == expression


def test_a_license_text_in_a_metadata_field_gives_no_name_from_its_urls() -> None:
    # scipy's wheel puts its whole LICENSE, with the texts of the libraries it bundles, in the
    # License field; a URL near its end once decided the reading (LGPL-2.1-only)
    bsd = scancode_licenses()["bsd-new"].text
    lgpl_notice = (
        "Name: libquadmath\nLicense: LGPL-2.1-or-later\n\n"
        "Libquadmath is free software; you can redistribute it and/or modify it under the\n"
        "terms of the GNU Library General Public License as published by the Free Software\n"
        "Foundation; either version 2.1 of the License, or (at your option) any later version.\n"
        "https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html\n"
    )
    result = normalize(f"{bsd}\n\n----\n\n{lgpl_notice}")
    assert result.expression is None
    assert result.meaning == "unknown"


def test_megabyte_text_is_read_without_error() -> None:
    assert normalize("GPL " * 250_000).expression is None


def test_not_a_string_is_a_typed_error() -> None:
    with pytest.raises(InvalidExpressionError):
        normalize(None)  # type: ignore[arg-type]


def test_user_aliases_extend_the_reader(tmp_path: Path) -> None:
    (tmp_path / "LicenseRef-Acme-Open.yaml").write_text(
        "id: LicenseRef-Acme-Open\nname: Acme Open License\n"
        "aliases: [Acme Open Terms v3]\nprovenance:\n  status: derived\n",
        encoding="utf-8",
    )
    registry = Registry([tmp_path])
    assert normalize("Acme Open Terms v3", registry).expression == "LicenseRef-Acme-Open"
    assert normalize("Acme Open Terms v3").expression is None


def test_result_serialises() -> None:
    data = json.loads(normalize("BSD").model_dump_json())
    assert data["ambiguous"] is True
    assert data["expression"] is None
    assert "BSD-3-Clause" in data["candidates"]


def test_public_api_name() -> None:
    assert licenseclass.normalize("GPLv2+").expression == "GPL-2.0-or-later"


def test_public_name_survives_importing_every_submodule() -> None:
    # no submodule may share a public function's name: importing it would replace the function
    import importlib
    import pkgutil

    for module in pkgutil.iter_modules(licenseclass.__path__):
        if module.name != "__main__":
            importlib.import_module(f"licenseclass.{module.name}")
    assert licenseclass.normalize("MIT License").expression == "MIT"


# --------------------------------------------------------------------------- nothing dropped


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("BSD-3-Clause, Apache-2.0, dependency licenses", "dependency licenses"),
        ("Apache-2.0, MIT, and vendored code", "vendored code"),
        ("ISC; internal use terms", "internal use terms"),
        ("GNU GPL v3 and custom clauses", "custom clauses"),
        ("Apache License 2.0 plus our additional terms", "our additional terms"),
        ("MPL 2.0 for the core, others inside", "others inside"),
    ],
)
def test_a_part_that_names_no_license_is_never_dropped(text: str, kept: str) -> None:
    result = normalize(text)
    assert result.expression is None, result
    assert result.ambiguous
    assert kept.split(maxsplit=1)[0].lower() in result.how.lower(), result.how


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("BSD-3-Clause, Apache-2.0, dependency licenses", {"BSD-3-Clause", "Apache-2.0"}),
        ("MIT, Apache-2.0", {"MIT", "Apache-2.0"}),
        ("Apache-2.0, MIT, and vendored code", {"MIT", "Apache-2.0"}),
    ],
)
def test_every_named_license_stays_among_the_candidates(text: str, names: set[str]) -> None:
    result = normalize(text)
    assert result.expression is None
    assert names <= {n for c in result.candidates for n in c.split() if n not in ("AND", "OR")}


def test_a_bare_comma_declines_between_and_and_or() -> None:
    result = normalize("MIT, Apache 2.0, BSD 3-clause")
    assert result.expression is None
    assert set(result.candidates) == {
        "MIT AND Apache-2.0 AND BSD-3-Clause",
        "MIT OR Apache-2.0 OR BSD-3-Clause",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apache-2.0, MIT, or ISC", "Apache-2.0 OR MIT OR ISC"),  # the list's last word decides
        ("MIT, ISC, and Zlib", "MIT AND ISC AND Zlib"),
        ("Apache License, Version 2.0", "Apache-2.0"),  # a comma before a version
        ("GPL v2, or any later version", "GPL-2.0-or-later"),
        ("MIT, see LICENSE", "MIT"),  # a pointer to a file adds no license
        ("BSD-2-Clauseno", "BSD-2-Clause"),
    ],
)
def test_commas_that_do_not_list_licenses(text: str, expected: str) -> None:
    assert normalize(text).expression == expected


@pytest.mark.parametrize(
    ("text", "exception_word"),
    [
        ("GNU GPLv2 (with FOSS License Exception)", "FOSS"),
        ("LGPL-2.1 (with static linking exception)", "static linking"),
        ("GPLv2 or later, with font embedding exception", "font embedding"),
        ("Apache 2.0 (with Commons Clause)", "Commons"),
    ],
)
def test_an_exception_is_kept_not_dropped(text: str, exception_word: str) -> None:
    result = normalize(text)
    assert result.expression is None, result
    assert result.ambiguous
    said = result.how + " ".join(result.candidates)
    assert exception_word.lower() in said.lower(), result


def test_a_recognised_exception_in_brackets_attaches_to_the_license() -> None:
    result = normalize("GPL-2.0 (with Classpath exception)")
    assert result.expression == "GPL-2.0-only WITH Classpath-exception-2.0"
    foss = normalize("GNU GPLv2 (with FOSS License Exception)")
    assert "GPL-2.0-only WITH Universal-FOSS-exception-1.0" in foss.candidates


@pytest.mark.parametrize(
    "text",
    ["MIT +no-false-attribs", "mit + no false attribution", "MIT +no-false-attribs License"],
)
def test_npm_no_false_attribs_is_mitnfa(text: str) -> None:
    assert normalize(text).expression == "MITNFA"
    assert normalize(f"{text} OR ISC").expression in (None, "MITNFA OR ISC")


@pytest.mark.parametrize(
    ("text", "some_candidates"),
    [
        ("Apache Software License", {"Apache-2.0", "Apache-1.1"}),
        ("License :: OSI Approved :: Apache Software License", {"Apache-2.0", "Apache-1.1"}),
        ("MIT2", {"MIT"}),
        ("MIT3", {"MIT"}),
        ("ISC 2.0", {"ISC"}),
    ],
)
def test_a_version_not_said_or_not_known_declines(text: str, some_candidates: set[str]) -> None:
    result = normalize(text)
    assert result.expression is None, result
    assert result.ambiguous
    assert some_candidates <= set(result.candidates)


def test_a_version_the_data_knows_is_accepted() -> None:
    # the data lists "WTFPL 2.0" among WTFPL's names; it lists no MIT 2
    assert normalize("WTFPL 2").expression == "WTFPL"
    assert normalize("Apache Software License 2.0").expression == "Apache-2.0"


@pytest.mark.parametrize(
    "text", ["Proprietary", "All rights reserved", "Commercial", "UNLICENSED", "Closed source"]
)
def test_reserved_rights_are_judged_closed(text: str) -> None:
    result = normalize(text)
    assert result.expression is None
    assert result.meaning == "all-rights-reserved"
    assert result.for_verdict is not None
    assert licenseclass.classify_expression(result.for_verdict).level == "closed"
    assert normalize("BSD").for_verdict is None
    assert normalize("MIT License").for_verdict == "MIT"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("BSD-3-Clause, Apache-2.0, dependency licenses", {"BSD-3-Clause", "Apache-2.0"}),
        ("Apache-2.0, MIT, and vendored code", {"MIT", "Apache-2.0"}),
        ("MIT, Apache-2.0 and our own terms", {"MIT", "Apache-2.0"}),
        ("GPL-2.0 or MIT, Apache-2.0", {"GPL-2.0-only", "MIT", "Apache-2.0"}),
    ],
)
def test_each_candidate_keeps_every_named_license(text: str, names: set[str]) -> None:
    result = normalize(text)
    assert result.expression is None and result.candidates
    for candidate in result.candidates:
        assert names <= set(candidate.replace("(", " ").replace(")", " ").split()), candidate


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("MIT, Apache-2.0 and BSD-2-Clause", "MIT AND Apache-2.0 AND BSD-2-Clause"),
        ("MIT, ISC or Apache-2.0", "MIT OR ISC OR Apache-2.0"),
        ("Dual licensed under GPL-2.0 and MIT", "GPL-2.0-only OR MIT"),
        ("Dual-licensed: MIT, Apache-2.0", "MIT OR Apache-2.0"),
        ("Licensed under MIT and Apache-2.0", "MIT AND Apache-2.0"),
    ],
)
def test_lists_join_like_their_last_word_and_dual_means_a_choice(
    text: str, expression: str
) -> None:
    assert normalize(text).expression == expression


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # "plus" after a version, glued or not, is "or later"; a missing dot in "20" is 2.0
        ("gpl 2 plus", "GPL-2.0-or-later"),
        ("AGPLv3PLUS", "AGPL-3.0-or-later"),
        ("GNULGPL21PLUS", "LGPL-2.1-or-later"),
        ("GPL-2.0-plus", "GPL-2.0-or-later"),
        ("LGPLv2 (or later)", "LGPL-2.0-or-later"),
        # an underscore between digits is a version's dot
        ("Apache1_1", "Apache-1.1"),
        ("EPL1_0", "EPL-1.0"),
        # a field name before the value
        ("SPDX-License-Identifier: MIT", "MIT"),
        ("licenseId: MIT-0", "MIT-0"),
        ("name: IBM Public License v1.0", "IPL-1.0"),
        ("This library is released under the terms of the MIT License", "MIT"),
        # two names of one license are one license
        ("MIT/Expat license", "MIT"),
        ("license MIT/X11", "MIT"),
        # an id written beside its license's name
        ("OLDAP-2.7 Open LDAP Public License v2.7", "OLDAP-2.7"),
        ("GNU LGPL v2.1: LGPL-2.1-or-later", "LGPL-2.1-or-later"),
        ("Zope Public License 2.1 ZPL-2.1", "ZPL-2.1"),
        # Creative Commons by its element names, its ports, its URLs
        ("Attribution-NonCommercial 3.0", "CC-BY-NC-3.0"),
        ("Attribution-NonCommercial-No Derivatives 3.0 IGO", "CC-BY-NC-ND-3.0-IGO"),
        ("CC-BY-SA 3.0 Austria", "CC-BY-SA-3.0-AT"),
        ("CC BY 3.0 at your option", "CC-BY-3.0"),  # "at" here is no port
        ("https://creativecommons.org/licenses/by-nd/4.0/", "CC-BY-ND-4.0"),
        ("http://creativecommons.org/licenses/by-nc-nd/2.0/", "CC-BY-NC-ND-2.0"),
        ("opensource.org/licenses/Apache-2.0", "Apache-2.0"),
        ("licenses.nuget.org/MPL-2.0", "MPL-2.0"),
        ("http://www.apache.org/licenses/LICENSE-1.0", "Apache-1.0"),
        ("https://licensebuttons.net/l/by-sa/3.0", "CC-BY-SA-3.0"),
        # the versioned id is the precise one; a version in the license's name is its own
        ("libpng-2.0 libpng License 2.0", "libpng-2.0"),
        ("FreeImage FreeImage Public License v1.0", "FreeImage"),
        # "licence" and "license" are one spelling for the names in the data
        ("Open Government Licence v2.0", "OGL-UK-2.0"),
        # a license written in a copyright field, a path to a license file, a POM's tags
        ("Copyright: GNU Lesser General Public License, version 2.1", "LGPL-2.1-only"),
        ("/usr/share/common-licenses/GPL-2", "GPL-2.0-only"),
        ("docs/licenses/mpl2.0.license.txt", "MPL-2.0"),
        ("<license><name>Apache License, Version 2.0</name></license>", "Apache-2.0"),
        ("2 clause Berkeley licence", "BSD-2-Clause"),
        ("under dual MIT and ISC licenses", "MIT OR ISC"),
    ],
)
def test_names_as_listings_and_metadata_write_them(text: str, expression: str) -> None:
    assert normalize(text).expression == expression


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("Modified ISC License", "ISC"),
        ("The ISC License (ISC) with restrictions", "ISC"),
        ("Foobar MIT License", "MIT"),
        ("ISC 2.0", "ISC"),
    ],
)
def test_a_changed_or_unknown_variant_is_not_the_license_it_names(text: str, offered: str) -> None:
    result = normalize(text)
    assert result.expression is None
    assert offered in result.candidates


def test_fair_use_is_not_the_fair_license() -> None:
    assert normalize("fair use").expression is None


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("Copyright 2020 ACME Corporation", "unknown"),  # a notice, no license
        ("third_party/asm_license.txt", "see-file"),  # a path whose name names nothing
        ("licenses", "unknown"),  # a word, not a misspelt "Unlicense"
        ("Please see the COPYING file", "see-file"),
        ("This is free software. See COPYING for details.", "see-file"),
    ],
)
def test_notices_paths_and_words_name_no_license(text: str, meaning: str) -> None:
    result = normalize(text)
    assert result.expression is None and not result.candidates
    assert result.meaning == meaning


@pytest.mark.parametrize("word", ["mtt", "apahce-2.0", "bsd3clause", "zlibb", "sympy", "agpl3"])
def test_near_miss_ids_are_difflibs_own_answer(word: str) -> None:
    import difflib

    from licenseclass.expressions import _spdx
    from licenseclass.expressions.lenient import _close_ids

    current = [k for k, (_, deprecated) in _spdx.LICENSES.items() if not deprecated]
    assert _close_ids(word) == difflib.get_close_matches(word, current, n=3, cutoff=0.6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("version 2 of the GNU General Public License", "GPL-2.0-only"),
        ("version 2 of the GNU General Public License or any later version", "GPL-2.0-or-later"),
        ("version 2.1 of the GNU Lesser General Public License", "LGPL-2.1-only"),
        ("version 1.1 of the Apache License", "Apache-1.1"),
        ("Version 2.0 of the Apache License", "Apache-2.0"),
    ],
)
def test_a_version_said_before_its_license_name(text: str, expected: str) -> None:
    assert normalize(text).expression == expected
