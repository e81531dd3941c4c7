"""``normalize`` on the license declarations of real packages (PyPI and npm metadata).

``declared_licenses.jsonl`` holds 1,126 distinct strings drawn in three draws from the metadata
of about 44,000 packages (``declared_strings.py`` says how; ``draw`` records which) and
labelled by twelve sessions that saw only the strings, the conventions of the development
corpus's expression cases and the SPDX id list (none ran licenseclass or read its code). Each
draw was labelled after the readings written from the draws before it. Each case is of one
kind:

- ``valid``: already an SPDX expression; right when ``normalize`` gives an equivalent one
  (deprecated ids and their successors count as the same);
- ``spdx``: one reading is clearly meant; right when the expression is one of ``accept``;
- ``ambiguous``: a license is meant but not pinned down; right when ``normalize`` declines;
- ``none``: no license an SPDX id can say ("Proprietary", "UNKNOWN", a project URL); right
  when ``normalize`` gives no expression and does not call it ambiguous.

The cases are split in halves by a hash of the string: readings were changed from the
``tune`` half's failures only, and the ``check`` half is only counted. Each half is reported
by kind, unweighted and weighted by how many declarations used the string. ``--show`` lists the
tune half's failures.

    python benchmarks/bench_declared_licenses.py [--show] [--draw 1|2|3]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

LABELS = Path(__file__).with_name("declared_licenses.jsonl")
KINDS = ("valid", "spdx", "ambiguous", "none")


def _same(expression: str) -> str:
    from licenseclass import canonicalize
    from licenseclass.errors import LicenseclassError

    try:
        return canonicalize(expression, update_deprecated=True)
    except LicenseclassError:
        return expression


def judge(case: dict[str, Any]) -> tuple[bool, str]:
    """Whether ``normalize`` reads the case as labelled, and what it gave."""
    from licenseclass import normalize

    found = normalize(case["input"])
    kind = case["kind"]
    said = found.expression or (
        f"declined {list(found.candidates)[:3]}"
        if found.ambiguous
        else f"no license ({found.meaning})"
    )
    if kind in ("valid", "spdx"):
        wanted = [case["canonical"]] if kind == "valid" else case["accept"]
        good = found.expression is not None and _same(found.expression) in {
            _same(w) for w in wanted
        }
    elif kind == "ambiguous":
        good = found.expression is None
    else:
        good = found.expression is None and not found.ambiguous
    return good, said


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the tune half's failures")
    parser.add_argument("--draw", type=int, choices=(1, 2, 3), help="only the cases of one draw")
    args = parser.parse_args()
    cases = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line]
    cases = [c for c in cases if args.draw is None or c["draw"] == args.draw]
    counts: Counter[tuple[str, str, bool]] = Counter()
    weights: Counter[tuple[str, bool]] = Counter()
    for case in cases:
        good, said = judge(case)
        counts[(case["part"], case["kind"], good)] += 1
        weights[(case["part"], good)] += case["weight"]
        if args.show and not good and case["part"] == "tune":
            wanted = case.get("accept", case.get("canonical"))
            print(f"  {case['kind']:9} {case['input']!r:60} -> {said}; labelled {wanted}")
    print(f"{'part':6} {'kind':10} {'right':>12}")
    for part in ("tune", "check"):
        for kind in KINDS:
            right, wrong = counts[(part, kind, True)], counts[(part, kind, False)]
            print(f"{part:6} {kind:10} {right:5} / {right + wrong:<5}")
        right = sum(counts[(part, k, True)] for k in KINDS)
        total = right + sum(counts[(part, k, False)] for k in KINDS)
        weighted = weights[(part, True)] / max(1, weights[(part, True)] + weights[(part, False)])
        print(
            f"{part:6} {'all':10} {right:5} / {total:<5} {right / max(1, total):6.1%}"
            f"   weighted by declarations {weighted:.2%}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
