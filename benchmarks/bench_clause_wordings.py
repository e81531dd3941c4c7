"""How the clause reader does on many wordings of the same limits.

Reads the wording sets ``benchmarks/clause_wordings_*.yaml``: single sentences (or a lead-in and
one list item) written fresh for this benchmark, each making one limiting kind, and near misses
that make none. Each is put as the first clause of a two-clause agreement (the other sets the
governing law) and read with ``analyze_text``. Reports, per kind, how many of its wordings the
reader finds, and how many near misses it reads a limit into.

The sets were written before any rule was changed for them (see each file's header). Sets a and
b are cut in two by the first byte of sha256 of each case's id: rules are written from the
failures of the `tune` half only (``--show`` lists them); the `check` half measures how those
rules carry over to wordings they were not written from (``--show-check`` lists its failures,
for a report). Set c was written after the round that tuned on sets a and b, and is reported
whole as a part of its own (``--show-c``), as a clean measure of the final rules. Set d was
written at the start of the twelfth round as tuning material for it and is reported whole
(``--show-d``); the check half and set c stayed unread through that round.

Run: PYTHONPATH=src python benchmarks/bench_clause_wordings.py [--show] [--show-check] [--show-c]
[--show-d]
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.model import INFORMATIONAL_KINDS

HERE = Path(__file__).resolve().parent
# A title, the clause, and a clause that limits nothing: short enough that nothing is read as
# left out of a grant, so what is found is what the clause says.
AGREEMENT = (
    "Tallow Software Licence Agreement\n\n"
    "1. {text}\n\n"
    "2. This Agreement is governed by the laws of Ireland.\n"
)


def limits(text: str) -> set[str]:
    lic = analyze_text(text).license
    return {r.kind for r in lic.restrictions if r.kind not in INFORMATIONAL_KINDS}


def cases() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for path in sorted(HERE.glob("clause_wordings_*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found += [dict(case, file=path.name) for case in data["cases"]]
    return found


# Sets reported whole, as parts of their own.
WHOLE = {"clause_wordings_c.yaml": "c", "clause_wordings_d.yaml": "d"}


def half(case: dict[str, Any]) -> str:
    if case["file"] in WHOLE:
        return WHOLE[str(case["file"])]
    return "tune" if hashlib.sha256(str(case["id"]).encode()).digest()[0] < 128 else "check"


def report(part: str, chosen: list[dict[str, Any]], show: bool) -> None:
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    failures: list[str] = []
    for case in chosen:
        kind = str(case["kind"])
        got = limits(AGREEMENT.format(text=str(case["text"]).strip()))
        total[kind] += 1
        ok = not got if kind == "none" else kind in got
        found[kind] += ok
        if not ok:
            failures.append(
                f"  {case['id']:10} {kind:22} got {sorted(got) or '-'}: {case['text']!r}"
            )
    positives = [k for k in total if k != "none"]
    print(f"{part} ({len(chosen)} cases)")
    for kind in sorted(positives, key=lambda k: -total[k]):
        print(f"  {kind:22} {found[kind]:4} of {total[kind]:4} found")
    hit = sum(found[k] for k in positives)
    print(f"  {'all limits':22} {hit:4} of {sum(total[k] for k in positives):4} found")
    wrong = total["none"] - found["none"]
    print(f"  {'near misses':22} {wrong:4} of {total['none']:4} read as a limit")
    if show:
        print("\n".join(failures))


def main(argv: list[str]) -> int:
    base = limits(AGREEMENT.format(text="Tallow may provide updates."))
    if base:
        print(f"the agreement alone reads limits {sorted(base)}: fix AGREEMENT")
        return 1
    every = cases()
    for part in ("tune", "check", *WHOLE.values()):
        chosen = [c for c in every if half(c) == part]
        if chosen:
            report(part, chosen, f"--show{'' if part == 'tune' else '-' + part}" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
