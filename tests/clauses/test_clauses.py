"""Clause analysis on short texts written for these tests and on real texts from licensedcode-data.

The short texts are written here, one or two sentences per restriction kind, with negatives
next to the positives. The real texts are read at run time from the installed
licensedcode-data package; no license text is stored in the repository.
"""

from __future__ import annotations

from typing import get_args

import pytest

from licenseclass.clauses.analysis import (
    MAX_TEXT_CHARS,
    RIGHTS_LIMITED,
    Analysis,
    analyze_text,
    explain_lines,
    split_sentences,
)
from licenseclass.clauses.hits import Hit
from licenseclass.clauses.patterns import SIMPLE_PATTERNS
from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.core.model import (
    INFORMATIONAL_KINDS,
    ConditionKind,
    Evidence,
    LimitationKind,
    Restriction,
    RestrictionKind,
)
from licenseclass.errors import ClauseAnalysisError, LicenseclassError, UnknownPolicyError


def package_sentences(opening: str, count: int = 1, key: str | None = None) -> str:
    """``count`` sentences of a licensedcode-data text (``key``'s, else the first holding it)
    from the one that begins with ``opening``: real license wording, read at run time."""
    texts = (
        [scancode_licenses()[key].text]
        if key
        else [i.text for i in scancode_licenses().values() if opening in " ".join(i.text.split())]
    )
    text = " ".join(texts[0].split())
    start = text.casefold().index(opening.casefold())
    end = start
    for _ in range(count):
        end = min(i for i in (text.find(".", end) + 1, text.find(":", end) + 1) if i > 0)
    return text[start:end]


GRANT = (
    "Permission is hereby granted to any person obtaining a copy of this model to use, copy,"
    " modify and distribute it.\n\n"
)


def analyse(body: str, *, grant: bool = True) -> Analysis:
    return analyze_text((GRANT if grant else "") + body)


def limiting(analysis: Analysis) -> set[str]:
    return {r.kind for r in analysis.license.restrictions if r.kind not in INFORMATIONAL_KINDS}


def item(analysis: Analysis, kind: str) -> Restriction:
    found = [r for r in analysis.license.restrictions if r.kind == kind]
    assert found, f"no {kind} in {[r.kind for r in analysis.license.restrictions]}"
    return found[0]


# --------------------------------------------------------------------------- sentences


def test_sentences_keep_line_numbers_across_wrapped_lines() -> None:
    text = "Title\n\nThe first sentence runs\nover two lines. The second is short.\n\nThird one."
    sentences = split_sentences(text)
    assert [(s.start_line, s.end_line) for s in sentences] == [(1, 1), (3, 4), (4, 4), (6, 6)]
    assert sentences[1].text == "The first sentence runs over two lines."


def test_list_items_remember_their_lead_in() -> None:
    text = "You agree not to use the Model:\n\n- for weapons;\n- to spy on people.\n\nEnd."
    sentences = split_sentences(text)
    items = [s for s in sentences if s.lead]
    assert [s.start_line for s in items] == [3, 4]
    assert items[0].lead.startswith("you agree not to use")
    assert not sentences[-1].lead


def test_abbreviations_do_not_end_sentences() -> None:
    sentences = split_sentences("Use it, e.g. for tests, as U.S. law allows. Next sentence.")
    assert len(sentences) == 2


# --------------------------------------------------------------------------- restrictions


def test_prohibited_use_list_becomes_field_of_use_with_each_use() -> None:
    a = analyse(
        "You agree not to use the Model or its derivatives:\n\n"
        "- to design chemical weapons;\n"
        "- for covert tracking of individuals;\n"
        "- in any way that violates applicable law.\n"
    )
    uses = item(a, "field-of-use").uses  # type: ignore[union-attr]
    assert uses == ("to design chemical weapons", "for covert tracking of individuals")
    assert a.verdict.level == "restricted"


def test_single_prohibited_use_sentence() -> None:
    a = analyse("You must not use the model for military targeting.")
    assert item(a, "field-of-use").uses == ("military targeting",)  # type: ignore[union-attr]


def test_policy_by_reference_with_url_and_update_right() -> None:
    a = analyse(
        "Your use must adhere to the Acceptable Use Policy at https://example.org/aup, which is"
        " incorporated by reference, as it may be updated from time to time."
    )
    policy = item(a, "acceptable-use-policy")
    assert policy.url == "https://example.org/aup"  # type: ignore[union-attr]
    assert policy.incorporated_by_reference  # type: ignore[union-attr]
    assert policy.changeable_by_licensor  # type: ignore[union-attr]


def test_policy_without_update_right() -> None:
    a = analyse("Use of the weights is subject to the Responsible Use Guidelines.")
    assert item(a, "acceptable-use-policy").changeable_by_licensor is False  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("You may use the dataset for non-commercial purposes only.", "non-commercial"),
        ("You may not use the tool for any commercial purpose.", "non-commercial"),
        ("The weights may be used solely for academic research.", "research-only"),
        ("You may run the server in non-production environments.", "non-production"),
        ("This copy is provided solely for internal evaluation.", "evaluation-only"),
        ("You shall not use any outputs to rank job applicants.", "output-use"),
        (
            "You will not use the model or its outputs to train any other language model.",
            "model-improvement-ban",
        ),
        (
            "You shall require all of your users to comply with these use restrictions.",
            "pass-through",
        ),
        ("We may remotely disable copies used in breach of these terms.", "remote-restriction"),
        (
            "You must update to the latest version of the model within thirty days.",
            "latest-version",
        ),
        ("You may not redistribute the software.", "no-redistribution"),
        ("You may not modify or create derivative works of the software.", "no-derivatives"),
        ("This License does not grant you the right to sell the software.", "no-selling"),
        (
            "You may not provide the software to others as a hosted or managed service.",
            "hosting-restriction",
        ),
        (
            "If you make the program available to third parties as a service, you must publish"
            " the Service Source Code of the whole service.",
            "service-source",
        ),
        ("We may change these terms at any time.", "revocable-terms"),
        ("The Licensor may revoke this license at any time for any reason.", "revocable-terms"),
        ("Before any commercial deployment you must register with the Licensor.", "registration"),
        ("No rights are granted to persons on the denied parties list.", "excluded-persons"),
        (
            "You may not offer any product that competes with the licensed product.",
            "field-of-use",
        ),
    ],
)
def test_each_restriction_kind_is_recognised(sentence: str, kind: str) -> None:
    a = analyse(sentence)
    assert kind in limiting(a), explain_lines(a)
    assert a.verdict.level == "restricted"
    found = item(a, kind)
    assert found.evidence and found.evidence[0].start_line == 3
    assert found.evidence[0].text
    assert 0 < found.evidence[0].confidence <= 1


@pytest.mark.parametrize(
    ("sentence", "threshold", "metric"),
    [
        (
            "If your services exceed 50 million monthly active users, you must request a license.",
            50_000_000,
            "monthly_active_users",
        ),
        (
            "Products with more than 1,500,000 daily active users need our approval.",
            1_500_000,
            "daily_active_users",
        ),
        (
            "Above 2 billion MAU a separate license is required.",
            2_000_000_000,
            "monthly_active_users",
        ),
    ],
)
def test_user_threshold_number_and_metric(sentence: str, threshold: int, metric: str) -> None:
    found = item(analyse(sentence), "user-threshold")
    assert (found.threshold, found.metric) == (threshold, metric)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "amount", "currency"),
    [
        (
            "Companies with annual revenue greater than USD 1M need a paid license.",
            1_000_000,
            "USD",
        ),
        ("If your revenue is over US $1,000,000 in a year, this license ends.", 1_000_000, "USD"),
        ("Organisations whose turnover exceeds \u20ac5 million must contact us.", 5_000_000, "EUR"),
    ],
)
def test_revenue_threshold_amount_and_currency(sentence: str, amount: int, currency: str) -> None:
    found = item(analyse(sentence), "revenue-threshold")
    assert (found.amount, found.currency) == (amount, currency)  # type: ignore[union-attr]


def test_territory_names_the_region() -> None:
    a = analyse(
        "The rights in Section 1 are not granted to you if you are domiciled in the European Union."
    )
    assert item(a, "territory").excluded == ("European Union",)  # type: ignore[union-attr]


def test_delayed_open_reads_change_date_and_license() -> None:
    a = analyse(
        "You may make non-production use of the work.\n\n"
        "Change Date: 2030-01-01\n\n"
        "Change License: Apache License, Version 2.0\n"
    )
    found = item(a, "delayed-open")
    assert str(found.change_date) == "2030-01-01"  # type: ignore[union-attr]
    assert found.change_license == "Apache License, Version 2.0"  # type: ignore[union-attr]


# --------------------------------------------------------------------------- negatives


@pytest.mark.parametrize(
    "sentence",
    [
        "This license has no field-of-use restriction.",
        "You may use it for commercial purposes.",
        "You may use the software for any purpose, including commercial purposes.",
        "There is no limit on the number of users.",
        "This license does not restrict the use of outputs.",
        "There is no acceptable use policy.",
        "The licensor may not revoke this license.",
        "The provider may update the model from time to time.",
        package_sentences("you may not use this file except", key="apache-2.0"),
        package_sentences("Redistribution and use in source and binary forms", key="bsd-new"),
        package_sentences("THE SOFTWARE IS PROVIDED", count=2, key="mit"),
        "The Licensor may publish revised versions of this License from time to time.",
    ],
)
def test_negatives_invent_no_restriction(sentence: str) -> None:
    a = analyse(sentence)
    assert limiting(a) == set(), explain_lines(a)
    assert a.verdict.level == "open"


def test_commercial_permission_is_recorded() -> None:
    a = analyse("You may use it for commercial purposes.")
    assert a.license.rights.commercial_use is not None
    assert a.license.rights.commercial_use.status == "granted"


def test_warranty_disclaimer_is_a_limitation_never_a_restriction() -> None:
    a = analyse('THE WEIGHTS ARE PROVIDED "AS IS" WITHOUT WARRANTY OF ANY KIND.')
    assert [lim.kind for lim in a.license.limitations] == ["warranty"]
    assert a.license.restrictions == ()


# --------------------------------------------------------------------------- other items


def test_informational_terms_do_not_change_the_verdict() -> None:
    a = analyse(
        "The Licensor may terminate this license if you breach any of its terms.\n\n"
        "This license is governed by the laws of the State of New York.\n\n"
        "You must comply with all applicable export control laws.\n"
    )
    kinds = {r.kind for r in a.license.restrictions}
    assert kinds == {"termination", "governing-law", "export-control"}
    assert item(a, "termination").triggers == ("breach",)  # type: ignore[union-attr]
    assert "New York" in (item(a, "governing-law").note or "")
    assert a.verdict.level == "open"


def test_conditions_keep_the_work_open() -> None:
    a = analyse(
        "You must retain all copyright notices. You must give every recipient a copy of this"
        " License. You must cause modified files to carry prominent notices stating that you"
        " changed the files. You must prominently display \u201cBuilt with Acme\u201d in your"
        " product, and include \u201cAcme\u201d at the beginning of the name of any derived"
        " model. If you institute patent litigation against a contributor, the licenses"
        " granted to you under this License terminate."
    )
    kinds = {c.kind for c in a.license.conditions}
    assert {"notice", "include-license", "state-changes", "attribution"} <= kinds
    assert "patent-retaliation" in kinds
    attribution = next(c for c in a.license.conditions if c.kind == "attribution")
    assert (attribution.wording, attribution.name_prefix) == ("Built with Acme", "Acme")
    assert a.verdict.level == "open"


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        (
            "If users interact with the modified program remotely through a computer network,"
            " you must offer them its source.",
            "network",
        ),
        (
            "You must license the entire work, as a whole, under this License to anyone who"
            " receives a copy.",
            "strong",
        ),
    ],
)
def test_copyleft_scope(sentence: str, scope: str) -> None:
    a = analyse(sentence)
    same = [c for c in a.license.conditions if c.kind == "same-license"]
    assert [c.scope for c in same] == [scope]


def test_limitations_trademark_and_patent() -> None:
    a = analyse("This license grants no trademark rights. No patent license is granted.")
    assert {lim.kind for lim in a.license.limitations} == {"trademark", "patent"}


def test_grants_name_rights_and_recipients() -> None:
    a = analyze_text(
        "Licensor grants you a non-exclusive, worldwide, royalty-free license to use, reproduce,"
        " distribute, create derivative works of and sublicense the Materials."
    )
    grant = a.grants[0]
    assert set(grant.rights) == {"use", "reproduce", "distribute", "modify", "sublicense"}
    assert {"non-exclusive", "worldwide", "royalty-free"} <= set(grant.qualifiers)
    assert a.license.rights.sublicense is not None


def test_service_only_terms_are_closed() -> None:
    a = analyze_text(
        "You may access and use the Service. You may not copy, modify, sell or distribute any"
        " part of the Service."
    )
    assert a.license.rights.modify.status == "denied"
    assert a.license.rights.share.status == "denied"
    assert a.verdict.level == "closed"


def test_text_without_grants_is_unknown() -> None:
    a = analyze_text("This file describes the project layout.")
    assert a.verdict.level == "unknown"


def test_result_is_inferred_and_deterministic() -> None:
    text = GRANT + "You may use the dataset for non-commercial purposes only."
    first, second = analyze_text(text), analyze_text(text)
    assert first == second
    assert first.license.provenance.status == "inferred"
    assert first.verdict.reasons[0].evidence[0].start_line == 3


def test_explain_lines_show_lines_and_words() -> None:
    a = analyse("If your services exceed 50 million monthly active users, ask us for a license.")
    lines = explain_lines(a)
    assert lines[0] == "verdict (article): restricted"
    threshold = next(line for line in lines if "user-threshold" in line)
    assert threshold.startswith("L3 restriction user-threshold")
    assert "threshold=50000000" in threshold and "50 million" in threshold


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "bad",
    [b"bytes are not text", None, "binary\x00data", "x" * (MAX_TEXT_CHARS + 1)],
)
def test_bad_input_gets_a_typed_error(bad: object) -> None:
    with pytest.raises(ClauseAnalysisError) as info:
        analyze_text(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, LicenseclassError)
    assert str(info.value)


def test_text_without_full_stops_is_handled() -> None:
    a = analyze_text("word " * 40_000)
    assert a.verdict.level == "unknown"


# --------------------------------------------------------------------------- real texts


def _licensedcode_text(key: str) -> str:
    return scancode_licenses()[key].text


@pytest.mark.parametrize(
    "key", ["mit", "apache-2.0", "gpl-3.0", "mpl-2.0", "cc-by-4.0", "bsd-new", "agpl-3.0"]
)
def test_open_licenses_read_as_unknown_come_out_open(key: str) -> None:
    a = analyze_text(_licensedcode_text(key))
    assert limiting(a) == set(), explain_lines(a)
    assert a.verdict.level == "open"
    assert any(lim.kind == "warranty" for lim in a.license.limitations)


def test_copyleft_texts_carry_their_scope() -> None:
    gpl = analyze_text(_licensedcode_text("gpl-3.0"))
    agpl = analyze_text(_licensedcode_text("agpl-3.0"))
    assert {c.scope for c in gpl.license.conditions if c.kind == "same-license"} == {"strong"}
    assert {c.scope for c in agpl.license.conditions if c.kind == "same-license"} == {"network"}


def test_cc_by_nc_is_non_commercial() -> None:
    a = analyze_text(_licensedcode_text("cc-by-nc-4.0"))
    assert limiting(a) == {"non-commercial"}
    assert a.verdict.level == "restricted"


def test_cc_by_nd_is_no_derivatives() -> None:
    a = analyze_text(_licensedcode_text("cc-by-nd-4.0"))
    assert limiting(a) == {"no-derivatives"}


def test_llama_2_text_from_the_package() -> None:
    a = analyze_text(_licensedcode_text("llama-2-license-2023"))
    kinds = limiting(a)
    assert {"acceptable-use-policy", "user-threshold", "model-improvement-ban"} <= kinds
    threshold = item(a, "user-threshold")
    assert threshold.threshold == 700_000_000  # type: ignore[union-attr]
    assert a.verdict.level == "restricted"


def test_openrail_text_from_the_package() -> None:
    a = analyze_text(_licensedcode_text("bigscience-open-rail-m"))
    kinds = limiting(a)
    assert {"field-of-use", "pass-through", "remote-restriction"} <= kinds
    assert len(item(a, "field-of-use").uses) >= 5  # type: ignore[union-attr]


def test_terms_for_a_hosted_service_alone_are_closed() -> None:
    a = analyze_text(
        "Subject to these Terms, you may access and use our Services.\n\n"
        "We may suspend your account if you breach these Terms.\n"
    )
    assert a.license.rights.modify.status == "denied"
    assert a.verdict.level == "closed"


def test_inline_enumeration_items_are_read_after_their_lead_in() -> None:
    a = analyze_text(
        "You may access and use our Services. You may not (i) resell access to the Services;"
        " (ii) decompile any part of them; (iii) use outputs to develop models that compete"
        " with us."
    )
    ban = item(a, "model-improvement-ban")
    assert "(iii)" in ban.evidence[0].text


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "If you bypass or disable any safety guardrail of the model, your rights under this"
            " license end.",
            "field-of-use",
        ),
        (
            "You may not use the Work for Hosting Use without a separate license.",
            "hosting-restriction",
        ),
        ("For commercial use you must first obtain a written license from Acme.", "registration"),
        (
            "Your use must follow the Acme Trustworthy AI terms at https://acme.example/trust.",
            "acceptable-use-policy",
        ),
    ],
)
def test_model_license_wordings(sentence: str, kind: str) -> None:
    assert kind in limiting(analyse(sentence))


def test_exceptions_to_a_ban_are_not_banned_uses() -> None:
    a = analyse(
        "The names of the authors may not be used except:\n\n"
        "(a) to credit the authors;\n(b) with their written permission.\n"
    )
    assert "field-of-use" not in limiting(a)


def test_license_in_a_source_comment_reads_like_plain_text() -> None:
    a = analyze_text(
        "/*\n * Copyright (c) 2001 A. Author\n *\n"
        " * Permission to use, copy, modify and distribute this software for any\n"
        " * purpose is hereby granted, provided that this notice appears in all copies.\n */\n"
    )
    assert a.verdict.level == "open"
    assert a.grants[0].evidence.start_line == 4


def test_excluded_group_is_named() -> None:
    a = analyse("You may not use the model if you are a defence contractor.")
    assert item(a, "excluded-persons").persons == ("defence contractor",)  # type: ignore[union-attr]


def test_disclosure_duty_is_informational() -> None:
    a = analyse("You must clearly inform users that the content is AI-generated.")
    assert [r.kind for r in a.license.restrictions] == ["disclosure"]
    assert a.verdict.level == "open"


@pytest.mark.parametrize(
    "text",
    [
        package_sentences("Redistribution and use in binary form, without modification"),
        "Permission is granted to use and copy the fonts. The fonts may not be modified.",
    ],
)
def test_permission_for_unmodified_copies_only(text: str) -> None:
    a = analyze_text(text)
    assert "no-derivatives" in limiting(a)
    assert a.license.rights.modify.status in ("denied", "restricted")


def test_a_protected_notice_is_not_a_ban_on_changes() -> None:
    a = analyse("This notice may not be removed or altered from any source distribution.")
    assert limiting(a) == set()


def test_use_only_with_certain_hardware_is_a_field_of_use() -> None:
    a = analyse("The firmware may be used solely for use with Acme network processors.")
    assert item(a, "field-of-use").uses == ("use other than with Acme network processors",)  # type: ignore[union-attr]


def test_not_licensed_for_a_use() -> None:
    a = analyse("This software is not licensed for use in the operation of nuclear facilities.")
    assert "field-of-use" in limiting(a)


def test_outputs_freely_usable_for_training_are_no_output_limit() -> None:
    a = analyse("Using outputs to train other models is allowed.")
    assert limiting(a) == set()


def test_models_trained_on_outputs_counted_as_derivatives() -> None:
    a = analyse(
        '"Derivatives" means modifications of the model and any model trained on its outputs,'
        " including by distillation."
    )
    assert "output-use" in limiting(a)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Licensee must not deploy the Model in the European Union.", "territory"),
        (
            "You shall not use the Model to provide services to third parties via an API.",
            "hosting-restriction",
        ),
    ],
)
def test_more_model_license_wordings(sentence: str, kind: str) -> None:
    assert kind in limiting(analyse(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "You may not use it in any way that violates the laws of the United States.",
        "You may offer the model via an API.",
    ],
)
def test_more_negatives(sentence: str) -> None:
    assert limiting(analyse(sentence)) == set()


def test_bad_policy_or_id_gets_a_typed_error() -> None:
    for policy in ("osaid", "nope"):
        with pytest.raises(UnknownPolicyError, match="unknown policy") as info:
            analyze_text("text", policy=policy)  # type: ignore[arg-type]
        assert isinstance(info.value, ValueError)
        assert info.value.expected == ("article", "osd")
    with pytest.raises(ClauseAnalysisError):
        analyze_text("text", license_id=" ")


def test_osd_policy_reports_criteria() -> None:
    a = analyze_text(
        GRANT + "You may use the model for non-commercial purposes only.", policy="osd"
    )
    assert a.verdict.policy == "osd"
    assert any(c.number == 6 and c.status == "fail" for c in a.verdict.criteria)


# --------------------------------------------------------------------------- kind tables


def test_every_restriction_kind_says_which_rights_it_limits() -> None:
    assert set(RIGHTS_LIMITED) == set(get_args(RestrictionKind))
    for kind, rights in RIGHTS_LIMITED.items():
        assert (not rights) == (kind in INFORMATIONAL_KINDS), kind


def test_simple_patterns_name_kinds_of_their_category() -> None:
    vocabulary = {
        "restriction": set(get_args(RestrictionKind)),
        "condition": set(get_args(ConditionKind)),
        "limitation": set(get_args(LimitationKind)),
    }
    for category, kind, *_ in SIMPLE_PATTERNS:
        assert kind in vocabulary[category], (category, kind)


def test_a_hit_filed_under_the_wrong_category_is_refused() -> None:
    where = Evidence(start_line=1, end_line=1, text="x")
    assert Hit("restriction", "non-commercial", where).kind == "non-commercial"
    with pytest.raises(ValueError, match="not a condition kind"):
        Hit("condition", "non-commercial", where)
    with pytest.raises(ValueError, match="not a restriction kind"):
        Hit("restriction", "warranty", where)
