"""How the clause reader does on license texts it was not tuned on.

Reads the hand labels in ``benchmarks/clause_labels.yaml`` (one entry per licensedcode-data key:
the expected ``article`` verdict and the set of limiting restriction kinds, each with its line),
analyses each text with ``analyze_text`` (no catalogue) and reports, for the ``tune`` and the
``holdout`` part separately: the number of texts, micro-averaged precision and recall of the
limiting restriction kinds, and the share of texts whose verdict is right; then the same for
``holdout2``, a second held-back part labelled before a later round of rule changes (the first
holdout had been looked at by then, so only ``holdout2`` is still unseen).

Misses and extras are listed for the tune part only: rules are written from those. Pass
``--show-holdout`` to list the first held-back part's as well, and ``--show-holdout2`` for the
second (for a report, after tuning).

Run: PYTHONPATH=src python benchmarks/bench_clause_generalisation.py [--show-holdout]
[--show-holdout2]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.licensedcode import package_version, scancode_licenses
from licenseclass.core.model import INFORMATIONAL_KINDS

LABELS = Path(__file__).resolve().parent / "clause_labels.yaml"


def load() -> list[dict[str, Any]]:
    data = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    entries: list[dict[str, Any]] = data["licenses"]
    return entries


def main(argv: list[str]) -> int:
    shown = {"tune"} | {part for part in ("holdout", "holdout2") if f"--show-{part}" in argv}
    texts = scancode_licenses()
    print(f"licensedcode-data {package_version('licensedcode-data')}; labels {LABELS.name}")
    for part in ("tune", "holdout", "holdout2"):
        tp = n_exp = n_got = right = count = 0
        lines: list[str] = []
        for entry in load():
            if entry["split"] != part:
                continue
            count += 1
            analysis = analyze_text(texts[entry["key"]].text)
            lic = analysis.license
            got = {r.kind for r in lic.restrictions if r.kind not in INFORMATIONAL_KINDS}
            want = {str(item["kind"]) for item in entry["restrictions"]}
            tp += len(got & want)
            n_exp += len(want)
            n_got += len(got)
            ok = analysis.verdict.level == entry["verdict"]
            right += ok
            if not ok or got != want:
                level, want_level = analysis.verdict.level, entry["verdict"]
                verdict = "" if ok else f" verdict {level} (want {want_level})"
                lines.append(
                    f"  {entry['key']:36}{verdict} missed {sorted(want - got) or '-'} "
                    f"extra {sorted(got - want) or '-'}"
                )
        precision = tp / n_got if n_got else 1.0
        recall = tp / n_exp if n_exp else 1.0
        print(
            f"{part:8} {count:4} texts: precision {precision:.3f} ({tp}/{n_got}), "
            f"recall {recall:.3f} ({tp}/{n_exp}), verdict right {right}/{count}"
        )
        if part in shown:
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
