"""Train the statistical clause reader (``licenseclass.clauses.statistical``) and write its model.

Training material, all of it labelled by hand for the clause benchmark:

- positives: for each labelled restriction (``benchmarks/clause_labels*.yaml``: kind, line and
  quote), the sentence of the text that holds the quote's first words on that line;
- negatives for a kind: every sentence of a labelled text that has no restriction of that kind,
  and every sentence of licensedcode-data's open texts (the Permissive, Public Domain, Copyleft
  and Copyleft Limited categories, not deprecated, not labelled);
- with ``--wordings`` only (the shipped model is trained without them; see docs/clauses.md,
  "Training on the hand-written sentences"): single sentences written by hand for the reader's
  benchmarks, each with the one limiting kind it makes or none (the wording sets' tuning halves
  and the addition probes): a sentence is a positive for its kind and a negative for every
  other; a near miss or a benign line (a thanks, a build note) is a negative for all. The sets
  that measure how rules carry over (``clause_wordings_c``, the ``check`` halves) are never
  trained on, so they still measure this reader too;
- never: the held-back parts (``HELD_BACK`` of ``bench_clause_generalisation.py``), nor the
  sentences of a text labelled with a kind other than the labelled one (they may state it again).

Each kind with at least ``--min-texts`` labelled license texts (the sentences do not count) gets
a logistic regression on the binary features of ``sentence_features`` (words and word pairs
seen in two sentences or more), with the positives weighted five to one (the class is rare and a
miss costs more than a doubt here).
Weights under ``--prune`` in size are left out of the file. The downloaded parts (Debian, PyPI,
newer licensedcode texts) and the rule texts are read through the benchmarks' own fetchers and
caches.

Needs the ``bench`` extra (scikit-learn). Run from the checkout:

    PYTHONPATH=src python scripts/train_clause_model.py [--leave-out PART,PART] [--out PATH]
        [--wordings]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_clause_generalisation import HELD_BACK, OPEN_CATEGORIES  # noqa: E402
from bench_clause_wordings import WHOLE, half  # noqa: E402
from debian_texts import copyright_text  # noqa: E402
from newer_texts import newer_text  # noqa: E402
from pypi_texts import license_text  # noqa: E402
from rule_texts import rule_text  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from licenseclass.clauses.sentences import split_sentences  # noqa: E402
from licenseclass.clauses.statistical import MODEL_FORMAT, sentence_features  # noqa: E402
from licenseclass.core.licensedcode import package_version, scancode_licenses  # noqa: E402

OUT = ROOT / "data" / "clause_model" / "clause-model.json"
ADD_THRESHOLD = 0.8


# Kinds a wording set names that the reader reports under another.
SAME_KIND = {"competition": "field-of-use"}


class Text:
    """One training text: its sentences and, per sentence, the kinds labelled there."""

    def __init__(self, part: str, key: str, text: str, entry: dict[str, Any] | None) -> None:
        self.part, self.key = part, key
        self.whole_text = True
        sentences = split_sentences(text)
        self.sentences = [s.full for s in sentences]
        self.labels: list[set[str]] = [set() for _ in sentences]
        self.kinds: set[str] = set()
        for item in (entry or {}).get("restrictions", []):
            kind, line = str(item["kind"]), int(item["line"])
            head = " ".join(str(item["quote"]).lower().split()[:4])
            covering = [i for i, s in enumerate(sentences) if s.start_line <= line <= s.end_line]
            holding = [i for i in covering if head in " ".join(self.sentences[i].lower().split())]
            for i in holding or covering:
                self.labels[i].add(kind)
            self.kinds.add(kind)


def _sentence(part: str, key: str, text: str, kind: str) -> Text:
    """A hand-written sentence (or a lead-in and its item) read as one sentence."""
    found = Text(part, key, "", None)
    found.whole_text = False
    found.sentences = [" ".join(text.split())]
    kind = SAME_KIND.get(kind, kind)
    found.kinds = set() if kind == "none" else {kind}
    found.labels = [set(found.kinds)]
    return found


def wording_texts() -> list[Text]:
    """The hand-written sentences that are tuning material (see the module's docstring)."""
    bench = ROOT / "benchmarks"
    found: list[Text] = []
    for path in sorted(bench.glob("clause_wordings_*.yaml")):
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        whole = WHOLE.get(path.name)
        if whole == "c":  # the clean measure of round twelve's rules, never tuned on
            continue
        for case in cases:
            if whole or half(dict(case, file=path.name)) == "tune":
                found.append(_sentence("wordings", str(case["id"]), case["text"], case["kind"]))
    for path in sorted(bench.glob("fresh_wordings_*.yaml")):
        sets = yaml.safe_load(path.read_text(encoding="utf-8"))["sets"]
        for name, cases in sets.items():
            if name.startswith("check"):
                continue
            for i, case in enumerate(cases):
                key = f"{path.stem}/{name}/{i}"
                found.append(_sentence("wordings", key, case["text"], case["kind"]))
    for path in sorted(bench.glob("addition_probes*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for i, case in enumerate(data["limiting"]):
            key = f"{path.stem}/limiting/{i}"
            found.append(_sentence("additions", key, case["text"], case["kind"]))
        for i, case in enumerate(data["benign"]):
            found.append(_sentence("additions", f"{path.stem}/benign/{i}", case["text"], "none"))
    return found


def _labelled(
    path: Path, fetch: Callable[[dict[str, Any]], str], leave_out: set[str]
) -> list[Text]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["licenses"] or []
    return [
        Text(str(e["split"]), str(e["key"]), fetch(e), e)
        for e in entries
        if e["split"] not in HELD_BACK and e["split"] not in leave_out
    ]


def training_texts(leave_out: set[str]) -> list[Text]:
    texts = scancode_licenses()
    bench = ROOT / "benchmarks"
    found = _labelled(bench / "clause_labels.yaml", lambda e: texts[e["key"]].text, leave_out)
    found += _labelled(bench / "clause_labels_debian.yaml", copyright_text, leave_out)
    found += _labelled(bench / "clause_labels_pypi.yaml", license_text, leave_out)
    found += _labelled(bench / "clause_labels_newer.yaml", newer_text, leave_out)
    found += _labelled(bench / "clause_labels_rules.yaml", rule_text, leave_out)
    seen = {t.key for t in found}
    for key, lic in sorted(texts.items()):
        if key in seen or lic.is_deprecated or lic.category not in OPEN_CATEGORIES:
            continue
        if len(lic.text) >= 200:
            found.append(Text("open", key, lic.text, None))
    return found


def train(texts: list[Text], min_texts: int, prune: float) -> dict[str, Any]:
    vectorizer = CountVectorizer(analyzer=sentence_features, binary=True, min_df=2)
    matrix = vectorizer.fit_transform([s for t in texts for s in t.sentences])
    names = vectorizer.get_feature_names_out()
    counts = Counter(k for t in texts if t.whole_text for k in t.kinds)
    kinds: dict[str, Any] = {}
    for kind in sorted(k for k, n in counts.items() if n >= min_texts):
        rows: list[int] = []
        target: list[int] = []
        row = 0
        for t in texts:
            for labels in t.labels:
                if kind in labels:
                    rows.append(row)
                    target.append(1)
                elif kind not in t.kinds:
                    rows.append(row)
                    target.append(0)
                row += 1
        model = LogisticRegression(
            C=0.3, class_weight={0: 1, 1: 5}, solver="liblinear", max_iter=3000, random_state=0
        )
        model.fit(matrix[rows], target)
        weights = {
            str(names[i]): round(float(w), 4)
            for i, w in enumerate(model.coef_[0])
            if abs(w) >= prune
        }
        kinds[kind] = {
            "texts": counts[kind],
            "bias": round(float(model.intercept_[0]), 4),
            "weights": dict(sorted(weights.items())),
        }
        print(
            f"{kind:24} {counts[kind]:4} texts, {sum(target):5} positive sentences, "
            f"{len(weights):6} weights kept",
            file=sys.stderr,
        )
    return kinds


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--leave-out", default="", help="parts not to train on, comma-separated")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--min-texts", type=int, default=15)
    parser.add_argument("--prune", type=float, default=0.02)
    parser.add_argument(
        "--wordings", action="store_true", help="train on the hand-written sentences too"
    )
    args = parser.parse_args(argv)
    leave_out = {p for p in args.leave_out.split(",") if p}
    texts = training_texts(leave_out)
    if args.wordings:
        texts += wording_texts()
    parts = Counter(t.part for t in texts)
    kinds = train(texts, args.min_texts, args.prune)
    model = {
        "format": MODEL_FORMAT,
        "about": (
            "Statistical clause reader of licenseclass: one logistic model per restriction kind "
            "over sentence words and word pairs, trained by scripts/train_clause_model.py on the "
            "hand labels of the clause benchmark's tuning parts (held-back parts excluded)"
            + (
                ", the tuning halves of the hand-written wording sets and addition probes,"
                if args.wordings
                else ""
            )
            + " and licensedcode-data's open texts as negatives. Not reviewed by a person."
        ),
        "source": f"licensedcode-data {package_version('licensedcode-data')}",
        "trained_on": dict(sorted(parts.items())),
        "left_out": sorted(set(HELD_BACK) | leave_out),
        "thresholds": {"add": ADD_THRESHOLD},
        "kinds": kinds,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=0, ensure_ascii=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
