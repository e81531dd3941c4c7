"""A license named without the version or variant that tells its family apart, in a text that
says which one elsewhere, is that one.

"Dual licensed under BSD license and GPLv2" above a two-clause BSD text names that text's
license, not a second (three-clause) BSD license; "the Artistic License or the GNU General
Public License version 2", said after "the same terms as Perl itself" (whose rule reads the GPL
as any version), is the GPL version 2. A name wrapped across lines ("the GNU" + "Lesser
(Library) General Public License") is one name. Where the words themselves tell the variants
apart, both stay."""

from __future__ import annotations

from licenseclass import classify_text
from licenseclass.core.licensedcode import licensedcode_dir, split_front_matter


def text_of(key: str) -> str:
    path = licensedcode_dir() / "licenses" / f"{key}.LICENSE"
    return split_front_matter(path.read_text(encoding="utf-8"))[1]


def ids(text: str) -> set[str]:
    return {m.id for m in classify_text(text, read_clauses=False).matches}


def test_a_bare_bsd_name_above_a_two_clause_text_is_that_text() -> None:
    text = "Dual licensed under BSD license and GPLv2.\n\n" + text_of("bsd-simplified")
    assert ids(text) == {"BSD-2-Clause", "GPL-2.0-only"}
    result = classify_text(text, read_clauses=False)
    assert result.expression is not None and "BSD-3-Clause" not in result.expression


def test_a_three_clause_name_beside_a_two_clause_text_stays() -> None:
    text = (
        "The parser is used under the BSD-3-Clause license, with the author's permission.\n\n"
        + text_of("bsd-simplified")
    )
    assert ids(text) == {"BSD-2-Clause", "BSD-3-Clause"}


def test_the_gpl_of_perls_terms_takes_the_version_said_beside_it() -> None:
    text = (
        "The scripts in this folder are distributed under the same terms as Perl itself, that\n"
        "is under the terms of the Artistic License or the GNU General Public License version 2."
    )
    assert ids(text) == {"Artistic-1.0-Perl", "GPL-2.0-only"}


def test_a_choice_between_the_gpl_and_a_version_of_it_keeps_both() -> None:
    # a rule of licensedcode-data that offers "GPL or GPLv2+" tells the two apart itself
    path = licensedcode_dir() / "rules" / "gpl-1.0-plus_or_gpl-2.0-plus_or_artistic-1.0_1.RULE"
    text = split_front_matter(path.read_text(encoding="utf-8"))[1]
    assert {"GPL-1.0-or-later", "GPL-2.0-or-later"} <= ids(text)


def test_a_gnu_name_wrapped_onto_the_next_line_is_one_name() -> None:
    text = (
        "The widget code may be used under the terms of the GNU\n"
        "Lesser (Library) General Public License, as you see fit."
    )
    assert ids(text) == {"LGPL-2.0-or-later"}


def test_public_domain_offered_after_a_license_is_a_choice() -> None:
    result = classify_text(
        "These macros are distributed under the zlib license or public domain.",
        read_clauses=False,
    )
    assert result.expression == "Zlib OR LicenseRef-scancode-public-domain"


def test_the_public_domain_as_the_subject_of_a_sentence_is_no_license() -> None:
    text = (
        "This code is distributed under the Boost Software License and the public domain\n"
        "notice below does not apply to it."
    )
    assert ids(text) == {"BSL-1.0"}
