"""Notices of licensedcode-data read against an index built without them.

The held-out measurement (``benchmarks/bench_heldout_identification.py``) in small: each rule
below is left out of an index built at test time from licensedcode-data, and its text must
still give the licenses its own expression names. Each case stands for a kind of notice that
the index holds only a look-alike of:

- a GPL notice whose closest rule also says "Lesser" (the rule's LGPL is not in the text);
- an LGPL notice whose closest rule offers the GPL beside it in a paragraph the text lacks;
- an LGPL notice that sends the reader to "a copy of the GNU General Public License" (its own
  license misnamed, no second license);
- an exception whose text speaks of "libraries released under the GNU LGPL";
- a notice read for its family through a rule of another GNU family, also where the rule
  names a license beside the GNU one (a patent disclaimer, a commercial option);
- a one-word name that a carve-out ("unless ...") or a sentence end closes, after a French
  licensing phrase too ("publié sous la licence MIT");
- names joined by "or" or "and" before a singular "license" ("under MIT, BSD and GPL
  license");
- a Creative Commons name that runs on with an element ("CC BY" + "-ND");
- "the same terms as Perl itself", which licensedcode-data reads as Perl's two licenses;
- "or (optionally) any later version" offered after the version, and "(or any higher version
  ...)" after a Markdown link's target;
- a notice whose closest reference is refused (another license's boilerplate): the hits inside
  it are weighed again;
- a GNU name without a version whose abbreviation in brackets closes the sentence ("under the
  Lesser GNU Public License (LGPL)."), and one that gives both names of the LGPL ("the
  Lesser/Library GNU Public License").
"""

from __future__ import annotations

import pytest
from left_out import index_without

from licenseclass import classify_text, normalize
from licenseclass.expressions.tree import split_ids
from licenseclass.textid.index import TextIndex, load_index
from licenseclass.textid.namestage import rule_names
from licenseclass.textid.selection import gnu_version

# rule -> the ids its text must give against an index without it (None: its own expression's)
CASES: dict[str, set[str] | None] = {
    "rules/gpl-2.0-plus_326.RULE": None,
    "rules/lgpl-2.1-plus_104.RULE": None,
    "rules/lgpl-2.0_188.RULE": None,
    "rules/javascript-exception-2.0_1.RULE": {"GPL-2.0-or-later"},
    "rules/lgpl-3.0_49.RULE": None,
    "rules/lgpl-2.1_and_patent-disclaimer.RULE": None,
    "rules/lgpl-3.0-plus_or_commercial-license_1.RULE": None,
    "rules/gpl-2.0-plus_and_lgpl-2.0_2.RULE": None,
    "rules/gpl-1.0-plus_578.RULE": None,
    "rules/lgpl-2.0-plus_190.RULE": None,
    "rules/mit_fr_1.RULE": None,
    "rules/mit_504.RULE": None,
    "rules/mit_or_bsd-new_or_gpl-1.0-plus_2.RULE": None,
    # "or any higher version" after a Markdown link's target
    "rules/agpl-3.0-plus_188.RULE": None,
    # read like the GNU Emacs license's notice (refused, it names the GNU GPL): the GPL's
    "rules/gpl-1.0-plus_537.RULE": None,
    # a name followed by its abbreviation in brackets, then the sentence's end
    "rules/lgpl-2.1-plus_96.RULE": None,
    # "the Lesser/Library GNU Public License": both names of the LGPL at once
    "rules/lgpl-2.0-plus_82.RULE": None,
}

# rule -> ids its text must not give (a license short of the text's own)
NOT_GIVEN: dict[str, set[str]] = {
    "rules/cc-by-nd-4.0_20.RULE": {"CC-BY-4.0"},
    "rules/cc-by-nc-nd-3.0_8.RULE": {"CC-BY-4.0"},
    "rules/artistic-perl-1.0_or_gpl-1.0-plus_31.RULE": {"Artistic-2.0"},
}


@pytest.fixture(scope="module")
def left_out() -> tuple[TextIndex, dict[str, tuple[str, str]]]:
    """An index of licensedcode-data without the rules of this module, and those rules'
    (text, expression)."""
    return index_without(set(CASES) | set(NOT_GIVEN))


def _found(index: TextIndex, text: str) -> set[str]:
    return {m.id for m in classify_text(text, index=index, read_clauses=False).matches}


@pytest.mark.parametrize("name", sorted(CASES))
def test_left_out_notice_gives_its_licenses(
    left_out: tuple[TextIndex, dict[str, tuple[str, str]]], name: str
) -> None:
    index, rules = left_out
    text, expression = rules[name]
    expected = CASES[name] or set(split_ids(expression))
    assert _found(index, text) == expected


@pytest.mark.parametrize("name", sorted(NOT_GIVEN))
def test_left_out_notice_is_not_read_short(
    left_out: tuple[TextIndex, dict[str, tuple[str, str]]], name: str
) -> None:
    index, rules = left_out
    text, _ = rules[name]
    assert not _found(index, text) & NOT_GIVEN[name]


def test_a_name_that_rules_of_other_licenses_say_is_not_in_the_table() -> None:
    """One rule reads "released under the same terms as Perl itself" as the Artistic License
    2.0; rules of the Artistic License 1.0 or the GPL say the same name inside them, so the
    name alone names neither."""
    assert "same terms as perl itself" not in rule_names(load_index())


@pytest.mark.parametrize(
    ("notice", "family", "expected"),
    [
        (
            "either version 3 of the License, or (optionally) any later version.",
            "LGPL",
            ("3.0", "or-later"),
        ),
        ("version 2 of the License, or optionally any later version", "GPL", ("2.0", "or-later")),
    ],
)
def test_or_later_offered_optionally(notice: str, family: str, expected: tuple[str, str]) -> None:
    assert gnu_version(notice, family) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("GPL version 2, or at your option, any later version", "GPL-2.0-or-later"),
        ("GPL version 2, or (at your option) any later version", "GPL-2.0-or-later"),
        ("GPL 2 or at your option any later version", "GPL-2.0-or-later"),
    ],
)
def test_or_later_after_at_your_option_is_no_second_license(name: str, expected: str) -> None:
    assert normalize(name).expression == expected


@pytest.mark.parametrize(
    ("text", "named", "talked_of"),
    [
        (
            "It is used under the NCSA license, which is a permissive license compatible with "
            "BSD-3-Clause.",
            "NCSA",
            "BSD-3-Clause",
        ),
        (
            "This code is under Apache-2.0 and is compatible with GPL-3.0-only.",
            "Apache-2.0",
            "GPL-3.0-only",
        ),
    ],
)
def test_an_id_said_to_be_compatible_is_talk_of_another_license(
    text: str, named: str, talked_of: str
) -> None:
    ids = {m.id for m in classify_text(text, read_clauses=False).matches}
    assert named in ids
    assert talked_of not in ids
