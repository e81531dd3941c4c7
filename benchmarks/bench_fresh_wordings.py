"""How many of the seventeenth round's hand-written limit wordings the clause reader finds.

Reads ``benchmarks/fresh_wordings_17.yaml`` (see its header: tuning material, written before
the round's rules for them) and prints, per set, the sentences whose limiting kind the reader
finds; ``--misses`` lists the others.

    PYTHONPATH=src python benchmarks/bench_fresh_wordings.py [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.model import INFORMATIONAL_KINDS

WORDINGS = Path(__file__).with_name("fresh_wordings_17.yaml")


def found(kind: str, sentence: str) -> bool:
    restrictions = analyze_text(sentence).license.restrictions
    kinds = {str(r.kind) for r in restrictions if r.kind not in INFORMATIONAL_KINDS}
    return kind in kinds or (kind == "competition" and "field-of-use" in kinds)


def main(argv: list[str]) -> int:
    sets = yaml.safe_load(WORDINGS.read_text(encoding="utf-8"))["sets"]
    for name, cases in sets.items():
        misses = [c for c in cases if not found(str(c["kind"]), str(c["text"]))]
        print(f"{name:26} {len(cases) - len(misses):3} of {len(cases):3} found")
        if "--misses" in argv:
            for case in misses:
                print(f"  {case['kind']:22} {case['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
