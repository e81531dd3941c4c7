"""A notice that names its work with another noun ("This program is free software" where the
reference says "This library ...") is still that notice: the noun is no distinctive word."""

from __future__ import annotations

import pytest

from licenseclass import classify_text
from licenseclass.textid.index import scancode_references

PERL_RULE = "rules/artistic-perl-1.0_or_gpl-1.0-plus_26.RULE"


def _rule_text(name: str) -> str:
    return next(ref.text for ref in scancode_references() if ref.name == name)


@pytest.mark.parametrize("noun", ["program", "module", "software"])
def test_perl_terms_notice_with_another_work_noun(noun: str) -> None:
    # "This library is free software; ... under the same terms as Perl itself, either Perl
    # version 5.10.0 or, at your option, any later version of Perl 5 you may have available."
    text = _rule_text(PERL_RULE).replace("This library", f"This {noun}")
    assert f"This {noun} is free software" in text
    found = classify_text(text, read_clauses=False)
    assert {m.id for m in found.matches} == {"Artistic-1.0-Perl", "GPL-1.0-or-later"}
    assert found.verdict.level == "open"
