"""A generic ScanCode tag ("proprietary-license") in a compound rule stands for what the rule's
own words say. NLTK's README names its documentation's CC BY-NC-ND license and corpora that are
"redistributable and available for non-commercial use": "non-commercial" is a limit those words
state, not a pointer to terms kept elsewhere, so the file is restricted, not closed."""

from __future__ import annotations

from licenseclass import classify_text
from licenseclass.core.licensedcode import licensedcode_dir, split_front_matter

RULE = "apache-2.0_and_cc-by-nc-nd-3.0_and_other-permissive_and_proprietary-license_1.RULE"


def test_a_non_commercial_corpus_note_is_restricted_not_closed() -> None:
    path = licensedcode_dir() / "rules" / RULE
    text = split_front_matter(path.read_text(encoding="utf-8"))[1]
    result = classify_text("### Redistributing\n\n" + text)
    assert result.expression is not None
    assert "CC-BY-NC-ND-3.0" in result.expression.split(" AND ")
    assert result.verdict.level == "restricted"
    assert any(r.kind == "non-commercial" for r in result.verdict.reasons)


def test_a_rule_that_points_at_commercial_terms_stays_closed() -> None:
    text = (
        "Portions of this software are licensed under the Apache License 2.0.\n"
        "Other parts are proprietary and available only under a separate commercial\n"
        "agreement; contact the vendor."
    )
    assert classify_text(text).verdict.level != "open"


def test_a_contributor_agreement_beside_a_choice_decides_nothing() -> None:
    # LLVM's legacy notice (in faiss-cpu's third-party notices): "dual licensed under both the
    # University of Illinois 'BSD-Like' license and the MIT license ... As a contributor, you
    # agree to allow your code to be used under both": ScanCode's rule for it is
    # (NCSA OR MIT) AND generic-cla, and the agreement binds contributors, not users
    path = licensedcode_dir() / "rules" / "uoi-ncsa_or_mit_and_generic-cla_2.RULE"
    text = split_front_matter(path.read_text(encoding="utf-8"))[1]
    result = classify_text(text)
    assert result.expression is not None
    assert "LicenseRef-scancode-generic-cla" in result.expression
    assert result.verdict.level == "open"
    assert any("contributor agreement" in r.message for r in result.verdict.reasons)
