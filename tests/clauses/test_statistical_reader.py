"""The statistical second reading: its features, its file, and how the analysis uses it.

The mechanics are checked with small hand-made models (a made-up verb that no rule reads and
that the model is told to take as a limit), so that they do not hang on the trained weights;
the built-in model is checked for what it must hold and for a few plain readings.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from licenseclass.clauses import analysis
from licenseclass.clauses.analysis import analyze_text
from licenseclass.clauses.sentences import split_sentences
from licenseclass.clauses.statistical import (
    ClauseModel,
    KindModel,
    clause_model,
    parse_clause_model,
    read_clause_model,
    sentence_features,
)
from licenseclass.core.model import RestrictionKind
from licenseclass.errors import DataFileError

GRANT = "Gadget License\n\nYou may use, copy, modify and distribute the gadget.\n\n"


def _model(kind: RestrictionKind, weights: dict[str, float], bias: float = -5.0) -> ClauseModel:
    return ClauseModel({kind: KindModel(bias, weights)}, add_threshold=0.8)


def _use(monkeypatch: pytest.MonkeyPatch, model: ClauseModel) -> None:
    monkeypatch.setattr(analysis, "clause_model", lambda: model)


def _restrictions(text: str) -> dict[str, Any]:
    return {r.kind: r for r in analyze_text(text).license.restrictions}


def test_features_are_the_words_and_each_pair_of_neighbours() -> None:
    assert sentence_features("You may NOT sell it's copies.") == [
        "you",
        "may",
        "not",
        "sell",
        "it's",
        "copies",
        "you may",
        "may not",
        "not sell",
        "sell it's",
        "it's copies",
    ]


def test_likelihood_is_the_logistic_of_the_weights_of_the_features_present() -> None:
    model = KindModel(bias=-1.0, weights={"sell": 2.0, "not sell": 1.5})
    assert model.likelihood(["sell", "sell", "other"]) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert model.likelihood(["sell", "not sell"]) == pytest.approx(1 / (1 + math.exp(-2.5)))
    # far scores neither overflow nor leave the interval
    assert KindModel(-1e3, {}).likelihood([]) == pytest.approx(0.0)
    assert KindModel(1e3, {}).likelihood([]) == pytest.approx(1.0)


def test_a_sentence_the_rules_pass_over_is_read_by_the_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = GRANT + "Nobody may zorble the gadget.\n"
    assert "no-selling" not in _restrictions(text)  # the rules read nothing there
    _use(monkeypatch, _model("no-selling", {"zorble": 10.0}))
    found = _restrictions(text)["no-selling"]
    assert found.note and "statistical reader" in found.note
    (evidence,) = found.evidence
    assert (evidence.start_line, evidence.end_line) == (5, 5)
    assert evidence.text == "Nobody may zorble the gadget."
    assert evidence.confidence == pytest.approx(0.99)
    assert analyze_text(text).verdict.level == "restricted"


def test_below_the_threshold_nothing_is_added(monkeypatch: pytest.MonkeyPatch) -> None:
    _use(monkeypatch, _model("no-selling", {"zorble": 6.0}))  # p = 0.73
    assert "no-selling" not in _restrictions(GRANT + "Nobody may zorble the gadget.\n")


def test_a_sentence_a_rule_read_is_left_to_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    # "You may modify" is a grant: the model may not make it a ban on changes
    _use(monkeypatch, _model("no-derivatives", {"modify": 10.0}))
    text = "Gadget License\n\nYou may use the gadget.\n\nYou may modify the gadget.\n"
    assert "no-derivatives" not in _restrictions(text)


def test_list_items_under_a_lead_in_a_rule_read_are_left_to_the_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _use(monkeypatch, _model("field-of-use", {"zorble": 10.0}))
    text = (
        "Gadget License\n\nYou may install and use the gadget solely with:\n"
        "    * your own computers\n    * your zorble systems\n"
    )
    assert "field-of-use" not in _restrictions(text)


def test_a_limit_another_sentence_lifts_is_not_added_back(monkeypatch: pytest.MonkeyPatch) -> None:
    _use(monkeypatch, _model("revocable-terms", {"change these": 10.0}))
    text = (
        GRANT + "We may change these terms at any time.\n\nYour use is governed by the terms in "
        "force at the time you downloaded the gadget.\n"
    )
    assert "revocable-terms" not in _restrictions(text)


def test_what_the_rules_read_stays_whatever_the_model_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _use(monkeypatch, _model("no-selling", {}, bias=-50.0))
    found = _restrictions(GRANT + "You may not sell the gadget.\n")["no-selling"]
    assert not (found.note or "").startswith("read by the statistical")


def test_the_built_in_model_covers_the_common_kinds() -> None:
    model = clause_model()
    assert {
        "no-derivatives",
        "no-redistribution",
        "field-of-use",
        "non-commercial",
        "hosting-restriction",
        "revocable-terms",
        "pass-through",
        "no-selling",
    } <= set(model.kinds)
    assert 0.5 <= model.add_threshold <= 1.0
    assert all(len(k.weights) > 1000 for k in model.kinds.values())


def test_the_built_in_model_tells_a_limit_from_a_notice() -> None:
    model = clause_model()
    sentences = split_sentences(
        "The Licensor may amend these terms from time to time by posting a new version on its "
        "website.\n\nThis file is part of the gadget project.\n"
    )
    best = model.likeliest(sentences)
    assert best["revocable-terms"][1] == 0
    assert best["revocable-terms"][0] > model.add_threshold
    assert max(p for p, i in model.likeliest(sentences, skip={0}).values()) < 0.2


def _write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "model.json"
    path.write_text(content, encoding="utf-8")
    return path


def test_a_model_file_that_is_not_json_says_where(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"model\.json:2: not JSON"):
        read_clause_model(_write(tmp_path, '{"format": 1,\n "kinds": ]\n}'))


GOOD: dict[str, Any] = {
    "format": 1,
    "thresholds": {"add": 0.8},
    "kinds": {"no-selling": {"bias": -2.0, "weights": {"sell": 1.5}}},
}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"format": 2}, "format"),
        ({"thresholds": {"add": 0.2}}, "thresholds.add"),
        ({"thresholds": {"add": "high"}}, "thresholds.add"),
        ({"kinds": {}}, "kinds"),
        ({"kinds": {"no-coffee": {"bias": 0, "weights": {}}}}, "kinds.no-coffee"),
        ({"kinds": {"no-selling": {"bias": 0}}}, "kinds.no-selling"),
        (
            {"kinds": {"no-selling": {"bias": 0, "weights": {"a": True}}}},
            "kinds.no-selling.weights",
        ),
        ({"kinds": {"no-selling": {"bias": math.nan, "weights": {}}}}, "kinds.no-selling.bias"),
    ],
)
def test_each_field_of_a_model_file_is_checked(
    tmp_path: Path, change: dict[str, Any], field: str
) -> None:
    path = _write(tmp_path, json.dumps({**GOOD, **change}))
    with pytest.raises(DataFileError) as caught:
        read_clause_model(path)
    assert caught.value.field == field


def test_a_good_model_file_reads(tmp_path: Path) -> None:
    model = parse_clause_model(GOOD, tmp_path / "m.json")
    assert model.kinds["no-selling"].likelihood(["sell"]) == pytest.approx(1 / (1 + math.exp(0.5)))
