"""Would a trained sentence model generalise better than the clause rules? A measurement.

The rules of ``licenseclass.clauses`` were written round after round from listed failures; each
fresh part gained little from them (see docs/clauses.md, "Measured"). This benchmark tries the
other method on the same labels: one logistic regression per limiting kind over the words of a
sentence (word 1- to 3-grams, tf-idf, digits folded), trained on sentences the product's own
splitter (``split_sentences``) cuts, and compares it with the rules on material neither was
built from. It changes nothing in the product.

Training material:
- the sentence that holds each label's line in ``clause_labels.yaml`` is a positive of its kind;
  every sentence of a text that has no label of a kind is a negative of that kind (sentences of
  a labelled kind other than the labelled one are left out: labels name one line per kind);
- the open-category licensedcode-data texts whose key hashes into the first half (negatives of
  every kind);
- the wording sets' tune half and set d (tuning material; the check half and set c are not).

Reported (the model alone, then the rules and the model together, where the model adds a kind
when a sentence that carries a limiting cue, such as "not", "only" or "must", scores at least
the threshold):
- ``--part P`` (default holdout12 and holdout13): the model trained without P, scored on P (the
  model alone gives kinds, no verdict). The rules were tuned on these parts, so their line is
  no clean peer; pass ``--rules-json F`` (``{key: {"kinds": [...], "level": ...}}`` written by a
  reader that had not seen P: the commit that first measured P) for one;
- the wording sets' check half and set c, which neither the rules nor the model were built from:
  wordings found and near misses read as limits;
- the open texts of the second hash half: how many either reader calls limited;
- ``--holdout14``, ``--debian``: the clean parts (the Debian part's texts are downloaded, see
  ``debian_texts.py``), summary lines only, the model trained on every tuning part.

Needs scikit-learn (the ``bench`` extra). Run:
PYTHONPATH=src python benchmarks/bench_clause_model.py [--part P] [--rules-json F] [--holdout14]
[--debian]
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench_clause_generalisation import DEBIAN, OPEN_CATEGORIES, load
from bench_clause_wordings import AGREEMENT, cases, half, limits

from licenseclass.clauses.analysis import analyze_text
from licenseclass.clauses.sentences import split_sentences
from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.core.model import INFORMATIONAL_KINDS

try:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
except ImportError:  # pragma: no cover - told to the user below
    np = None  # type: ignore[assignment]

THRESHOLD = 0.95
# A limit says what may not, or only, or must be done; a sentence without any of these words is
# a grant, a definition or a heading, where a word model guesses worst.
CUE = re.compile(
    r"\b(not|no|only|solely|exclusively|prohibit\w*|forbid\w*|restrict\w*|must|except|unless"
    r"|never|nor|refrain|agree)\b"
)
# Both sides of a line named ("for commercial or non-commercial purposes") limit neither.
BOTH_SIDES = re.compile(
    r"\bcommercial(ly)? (or|and) non-?commercial|\bnon-?commercial(ly)? (or|and) commercial"
)
HELD_BACK = "holdout14"


def first_half(key: str) -> bool:
    return hashlib.sha256(key.encode()).digest()[0] < 128


def folded(sentence: str) -> str:
    return re.sub(r"\d+", "0", sentence.lower())


@dataclass
class Sample:
    text: str
    kinds: set[str] = field(default_factory=set)  # kinds this sentence is labelled with
    not_negative_for: set[str] = field(default_factory=set)  # kinds it must not teach as absent


def labelled_samples(entry: dict[str, Any], text: str) -> list[Sample]:
    sentences = split_sentences(text)
    samples = [Sample(s.full) for s in sentences]
    spans = [(s.start_line, s.end_line) for s in sentences]
    text_kinds = {str(r["kind"]) for r in entry["restrictions"]}
    for label in entry["restrictions"]:
        quote = re.sub(r"\s+", " ", str(label["quote"]).lower())[:20]
        covering = [i for i, (a, b) in enumerate(spans) if a <= label["line"] <= b]
        quoted = [i for i in covering if quote in re.sub(r"\s+", " ", samples[i].text.lower())]
        for i in quoted or covering:
            samples[i].kinds.add(str(label["kind"]))
    for sample in samples:
        sample.not_negative_for = text_kinds - sample.kinds
    return samples


def wording_samples(case: dict[str, Any]) -> list[Sample]:
    # The clause is the last sentence of a case (a lead-in, if any, comes first).
    sentences = [s.full for s in split_sentences(str(case["text"]).strip())]
    kind = str(case["kind"])
    out = []
    for i, sentence in enumerate(sentences):
        last = i == len(sentences) - 1
        if kind == "none":
            out.append(Sample(sentence))
        elif last:
            out.append(Sample(sentence, {kind}))
        else:
            out.append(Sample(sentence, set(), {kind}))
    return out


class SentenceModel:
    def __init__(self, samples: list[Sample]) -> None:
        self.vectoriser = TfidfVectorizer(
            ngram_range=(1, 3), min_df=2, sublinear_tf=True, token_pattern=r"[a-z0]+"
        )
        matrix = self.vectoriser.fit_transform([folded(s.text) for s in samples])
        self.models: dict[str, Any] = {}
        for kind in sorted({k for s in samples for k in s.kinds}):
            rows = [i for i, s in enumerate(samples) if kind not in s.not_negative_for]
            target = np.array([kind in samples[i].kinds for i in rows], dtype=int)
            if target.sum() < 3:
                continue
            model = LogisticRegression(C=4.0, class_weight="balanced", max_iter=3000)
            model.fit(matrix[rows], target)
            self.models[kind] = model

    def kinds(self, sentences: Iterable[str], *, gated: bool) -> set[str]:
        chosen = [s for s in sentences if not gated or _limit_shaped(s)]
        if not chosen:
            return set()
        matrix = self.vectoriser.transform([folded(s) for s in chosen])
        found = set()
        for kind, model in self.models.items():
            if model.predict_proba(matrix)[:, 1].max() >= (THRESHOLD if gated else 0.5):
                found.add(kind)
        return found


def _limit_shaped(sentence: str) -> bool:
    low = sentence.lower()
    return bool(CUE.search(low)) and not BOTH_SIDES.search(low)


def rules_kinds(text: str) -> tuple[set[str], str]:
    analysis = analyze_text(text)
    kinds = {
        str(r.kind) for r in analysis.license.restrictions if r.kind not in INFORMATIONAL_KINDS
    }
    return kinds, str(analysis.verdict.level)


class Tally:
    def __init__(self) -> None:
        self.tp = self.got = self.want = self.right = self.count = 0

    def add(self, got: set[str], want: set[str], level_ok: bool | None) -> None:
        self.tp += len(got & want)
        self.got += len(got)
        self.want += len(want)
        self.right += bool(level_ok)
        self.count += level_ok is not None

    def line(self) -> str:
        precision = self.tp / self.got if self.got else 1.0
        recall = self.tp / self.want if self.want else 1.0
        verdicts = f", verdict right {self.right}/{self.count}" if self.count else ""
        return (
            f"precision {precision:.3f} ({self.tp}/{self.got}), recall {recall:.3f} "
            f"({self.tp}/{self.want}){verdicts}"
        )


def _level(rules_level: str, added: set[str]) -> str:
    # Kinds the model adds make an open reading restricted; they never open or close a text.
    return "restricted" if added and rules_level == "open" else rules_level


def score_part(
    part: str,
    labelled: list[tuple[dict[str, Any], str]],
    model: SentenceModel,
    given: dict[str, Any] | None,
) -> None:
    alone, rules, both = Tally(), Tally(), Tally()
    for entry, text in labelled:
        want = {str(r["kind"]) for r in entry["restrictions"]}
        sentences = [s.full for s in split_sentences(text)]
        if given is not None:
            found, level = set(given[entry["key"]]["kinds"]), str(given[entry["key"]]["level"])
        else:
            found, level = rules_kinds(text)
        plain = model.kinds(sentences, gated=False)
        added = model.kinds(sentences, gated=True) - found
        alone.add(plain, want, None)
        rules.add(found, want, level == entry["verdict"])
        both.add(found | added, want, _level(level, added) == entry["verdict"])
    peer = "rules (given)" if given is not None else "rules"
    print(f"{part}: model alone {alone.line()}")
    print(f"{part}: {peer} {rules.line()}")
    print(f"{part}: rules + gated model {both.line()}")


def training(entries: list[dict[str, Any]], exclude: set[str]) -> list[Sample]:
    texts = scancode_licenses()
    samples: list[Sample] = []
    for entry in entries:
        if entry["split"] not in exclude:
            samples += labelled_samples(entry, texts[entry["key"]].text)
    for key, lic in texts.items():
        if lic.category in OPEN_CATEGORIES and not lic.is_deprecated and first_half(key):
            samples += [Sample(s.full) for s in split_sentences(lic.text)]
    for case in cases():
        if half(case) in ("tune", "d"):
            samples += wording_samples(case)
    return samples


def score_wordings(model: SentenceModel) -> None:
    for part in ("check", "c"):
        chosen = [c for c in cases() if half(c) == part]
        found = {"model": 0, "rules": 0, "both": 0}
        near = {"model": 0, "rules": 0, "both": 0}
        for case in chosen:
            sentences = [s.full for s in split_sentences(str(case["text"]).strip())]
            by_rules = limits(AGREEMENT.format(text=str(case["text"]).strip()))
            by_model = model.kinds(sentences, gated=True)
            readings = {"model": by_model, "rules": by_rules, "both": by_rules | by_model}
            for name, got in readings.items():
                if case["kind"] == "none":
                    near[name] += bool(got)
                else:
                    found[name] += case["kind"] in got
        limits_total = sum(c["kind"] != "none" for c in chosen)
        misses_total = len(chosen) - limits_total
        print(
            f"wordings {part}: limits found of {limits_total}: "
            + ", ".join(f"{k} {v}" for k, v in found.items())
            + f"; near misses read as limits of {misses_total}: "
            + ", ".join(f"{k} {v}" for k, v in near.items())
        )


def score_open_texts(model: SentenceModel) -> None:
    flagged = {"model": 0, "rules": 0, "both": 0}
    count = 0
    for key, lic in sorted(scancode_licenses().items()):
        if lic.category not in OPEN_CATEGORIES or lic.is_deprecated or first_half(key):
            continue
        count += 1
        by_rules = rules_kinds(lic.text)[0]
        by_model = model.kinds((s.full for s in split_sentences(lic.text)), gated=True)
        flagged["model"] += bool(by_model)
        flagged["rules"] += bool(by_rules)
        flagged["both"] += bool(by_rules | by_model)
    shown = ", ".join(f"{k} {v}" for k, v in flagged.items())
    print(f"open texts (second hash half, {count}): called limited by {shown}")


def main(argv: list[str]) -> int:
    if np is None:
        print("needs scikit-learn: pip install -e '.[bench]'")
        return 1
    entries = load()
    texts = scancode_licenses()
    given = None
    if "--rules-json" in argv:
        given = json.loads(Path(argv[argv.index("--rules-json") + 1]).read_text())
    if "--holdout14" in argv or "--debian" in argv:
        # Clean parts: summary lines only, the model trained on every tuning part.
        model = SentenceModel(training(entries, exclude={HELD_BACK}))
        if "--holdout14" in argv:
            chosen = [(e, texts[e["key"]].text) for e in entries if e["split"] == HELD_BACK]
            score_part(HELD_BACK, chosen, model, None)
        if "--debian" in argv:
            from debian_texts import copyright_text

            debian = [(e, copyright_text(e)) for e in load(DEBIAN)]
            score_part("debian1", debian, model, None)
        return 0
    parts = [argv[argv.index("--part") + 1]] if "--part" in argv else ["holdout12", "holdout13"]
    for part in parts:
        chosen = [(e, texts[e["key"]].text) for e in entries if e["split"] == part]
        score_part(part, chosen, SentenceModel(training(entries, {part, HELD_BACK})), given)
    model = SentenceModel(training(entries, exclude={HELD_BACK}))
    score_wordings(model)
    score_open_texts(model)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
