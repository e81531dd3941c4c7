"""How many hand-written limit wordings the clause reader finds, and which near misses it limits.

Reads a wordings file (default ``benchmarks/fresh_wordings_17.yaml``; ``--file PATH`` for
another, such as ``fresh_wordings_18.yaml`` or ``fresh_wordings_19.yaml``; see each file's header
for which of its sets are tuning material) and prints, per set, the sentences whose limiting kind
the reader finds and the near misses (kind ``none``) it reads a limit into, then the totals of
the sets that share a name's first word ("tune", "check"). ``--misses`` lists both kinds of failure;
``--only PREFIX`` keeps the sets whose names start with PREFIX (``--only tune`` lists only a
file's tuning sets, so the others are counted and never shown).

    PYTHONPATH=src python benchmarks/bench_fresh_wordings.py [--file PATH] [--only PREFIX]
        [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.model import INFORMATIONAL_KINDS

WORDINGS = Path(__file__).with_name("fresh_wordings_17.yaml")


def limits(sentence: str) -> set[str]:
    restrictions = analyze_text(sentence).license.restrictions
    return {str(r.kind) for r in restrictions if r.kind not in INFORMATIONAL_KINDS}


def right(kind: str, found: set[str]) -> bool:
    if kind == "none":
        return not found
    return kind in found or (kind == "competition" and "field-of-use" in found)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=WORDINGS)
    parser.add_argument("--only", default="")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    sets = yaml.safe_load(args.file.read_text(encoding="utf-8"))["sets"]
    # per set prefix ("tune", "check"): limits found, limits, near misses limited, near misses
    totals: dict[str, list[int]] = {}
    for name, cases in sets.items():
        if not str(name).startswith(args.only):
            continue
        wrong = []
        limiting = [c for c in cases if c["kind"] != "none"]
        near = [c for c in cases if c["kind"] == "none"]
        for case in cases:
            found = limits(str(case["text"]))
            if not right(str(case["kind"]), found):
                wrong.append((case, found))
        missed = sum(1 for c, _ in wrong if c["kind"] != "none")
        alarms = len(wrong) - missed
        line = f"{name:26} {len(limiting) - missed:3} of {len(limiting):3} found"
        if near:
            line += f", near misses limited {alarms} of {len(near)}"
        print(line)
        total = totals.setdefault(str(name).split("-", 1)[0], [0, 0, 0, 0])
        total[0] += len(limiting) - missed
        total[1] += len(limiting)
        total[2] += alarms
        total[3] += len(near)
        if args.misses:
            for case, found in wrong:
                got = ", ".join(sorted(found)) or "-"
                print(f"  {case['kind']:22} got {got:24} {case['text']}")
    for prefix, (read_count, limiting_count, alarm_count, near_count) in totals.items():
        print(
            f"all {prefix} sets: {read_count} of {limiting_count} found, "
            f"near misses limited {alarm_count} of {near_count}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
