"""A second, statistical reading of limiting clauses: one linear model per restriction kind.

The rules (``rules.py``, ``composed.py``) are precise on wordings they were written for and miss
wordings they never met. This module scores every sentence with a logistic model per kind,
trained on the hand-labelled tuning parts of the clause benchmark (``benchmarks/clause_labels*``;
the held-back parts are never trained on) by ``scripts/train_clause_model.py``. The analysis adds
a kind the rules missed when one sentence scores above the model's ``add`` threshold (that
sentence is the evidence). It never takes away what a rule read: a wording the model never met
scores low, and the rules are there for exactly those (dropping such kinds cost a third of the
single-sentence wordings of ``benchmarks/fresh_wordings_19.yaml`` when tried).

The model is a JSON file of words and weights (``data/clause_model/clause-model.json``): read
with ``json``, checked field by field, never executed.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import cast, get_args

from licenseclass.clauses.sentences import Sentence
from licenseclass.core.model import RestrictionKind
from licenseclass.core.registry import builtin_data_dir
from licenseclass.errors import DataFileError

MODEL_FORMAT = 1
# Words as the model knows them: lower-case letters and digits, with an English clitic kept.
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_KINDS: frozenset[str] = frozenset(get_args(RestrictionKind))


def sentence_features(text: str) -> list[str]:
    """The features of one sentence: its words and each pair of neighbouring words."""
    words = _WORD.findall(text.lower())
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


@dataclass(frozen=True)
class KindModel:
    """One restriction kind's logistic model: an intercept and a weight per feature."""

    bias: float
    weights: Mapping[str, float]

    def likelihood(self, features: Iterable[str]) -> float:
        """The probability that a sentence with these (binary) features states this kind."""
        score = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        # Written so that neither branch can overflow.
        if score >= 0:
            return 1.0 / (1.0 + math.exp(-score))
        odds = math.exp(score)
        return odds / (1.0 + odds)


@dataclass(frozen=True)
class ClauseModel:
    """The per-kind models and the probability above which the analysis adds a kind."""

    kinds: Mapping[RestrictionKind, KindModel]
    add_threshold: float

    def likeliest(
        self, sentences: list[Sentence], skip: Collection[int] = ()
    ) -> dict[RestrictionKind, tuple[float, int]]:
        """For each kind, the highest probability over ``sentences`` (those whose index is in
        ``skip`` left out) and that sentence's index; 0.0 and -1 where none is left."""
        best: dict[RestrictionKind, tuple[float, int]] = dict.fromkeys(self.kinds, (0.0, -1))
        for index, sentence in enumerate(sentences):
            if index in skip:
                continue
            features = set(sentence_features(sentence.full))
            for kind, model in self.kinds.items():
                p = model.likelihood(features)
                if p > best[kind][0]:
                    best[kind] = (p, index)
        return best


def _number(value: object, path: Path, field: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DataFileError("must be a number", path=path, field=field)
    number = float(value)
    if not (low <= number <= high) or math.isnan(number):
        raise DataFileError(f"must lie between {low} and {high}", path=path, field=field)
    return number


def parse_clause_model(data: object, path: Path) -> ClauseModel:
    """Check a decoded model file field by field (a :class:`DataFileError` names the field)."""
    if not isinstance(data, dict):
        raise DataFileError("the model file must hold a JSON object", path=path)
    if data.get("format") != MODEL_FORMAT:
        raise DataFileError(f"format must be {MODEL_FORMAT}", path=path, field="format")
    thresholds = data.get("thresholds")
    if not isinstance(thresholds, dict):
        raise DataFileError("must be an object", path=path, field="thresholds")
    add = _number(thresholds.get("add"), path, "thresholds.add", 0.5, 1.0)
    kinds = data.get("kinds")
    if not isinstance(kinds, dict) or not kinds:
        raise DataFileError("must be a non-empty object", path=path, field="kinds")
    models: dict[RestrictionKind, KindModel] = {}
    for kind, entry in kinds.items():
        where = f"kinds.{kind}"
        if kind not in _KINDS:
            raise DataFileError("is not a restriction kind", path=path, field=where)
        if not isinstance(entry, dict) or not isinstance(entry.get("weights"), dict):
            raise DataFileError(
                "must be an object with 'bias' and 'weights'", path=path, field=where
            )
        bias = _number(entry.get("bias"), path, f"{where}.bias", -1e3, 1e3)
        weights = {
            str(feature): _number(weight, path, f"{where}.weights", -1e3, 1e3)
            for feature, weight in entry["weights"].items()
        }
        models[cast(RestrictionKind, kind)] = KindModel(bias, weights)
    return ClauseModel(models, add)


def model_path() -> Path:
    return builtin_data_dir("clause_model") / "clause-model.json"


def read_clause_model(path: Path) -> ClauseModel:
    """Read and check a model file (a :class:`DataFileError` says what is wrong and where)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(f"cannot read the clause model: {error}", path=path) from error
    except json.JSONDecodeError as error:
        raise DataFileError(
            f"not JSON: {error.msg} (column {error.colno})", path=path, line=error.lineno
        ) from error
    return parse_clause_model(data, path)


@functools.lru_cache(maxsize=1)
def clause_model() -> ClauseModel:
    """The built-in model, read once."""
    return read_clause_model(model_path())
