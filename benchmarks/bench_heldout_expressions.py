"""Whole expressions, not only sets of ids, on left-out notice rules of licensedcode-data.

``bench_heldout_identification.py`` compares the set of ids a text gives with the set its rule's
expression names, so it cannot see an exception left off a license ("GPL-2.0-only" for
"GPL-2.0-only WITH Classpath-exception-2.0") or a choice read as a set ("MIT AND Apache-2.0"
for "MIT OR Apache-2.0"). This benchmark takes the same slices of left-out notice rules (each
slice's rules out of the index it is read with) and reports, per slice and in total:

- the rules whose combined expression is equivalent to ScanCode's (``equivalent``);
- of the rules whose expression puts an SPDX exception on a license, those whose text gives
  the same exceptions (and those that give none), and the rules whose text gives an SPDX
  exception where ScanCode's expression has none.

Slices 1 to 9 are tuning material (``--slice`` of ``bench_heldout_identification.py``); slice 0
holds the check part, which this benchmark never reads. Each slice builds its own index (some
seconds) and reads about 1,300 rules. Run:

    PYTHONPATH=src python benchmarks/bench_heldout_expressions.py [--slices 1,2,...] [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

from bench_heldout_identification import split_references

# "X WITH Y": the exception an expression puts on a license.
_WITH = re.compile(r"[\w.+-]+ WITH ([\w.+-]+)")


def spdx_exceptions(expression: str | None) -> set[str]:
    """The SPDX exceptions an expression puts on its licenses."""
    from licenseclass.expressions import _spdx

    return {e for e in _WITH.findall(expression or "") if e.lower() in _spdx.EXCEPTIONS}


def measure(slices: list[int], show: bool) -> Counter[str]:
    from licenseclass.errors import LicenseclassError
    from licenseclass.expressions.parser import equivalent
    from licenseclass.textid.classify import classify_text
    from licenseclass.textid.index import build_index

    total: Counter[str] = Counter()
    for number in slices:
        kept, left_out = split_references(10, number)
        index = build_index(kept)
        counts: Counter[str] = Counter()
        for ref in left_out:
            if ref.generic or not ref.expression:
                continue
            got = classify_text(ref.text, index=index, read_clauses=False).expression
            counts["rules"] += 1
            try:
                same = got is not None and equivalent(got, ref.expression)
            except LicenseclassError:
                same = False
            counts["equivalent"] += same
            want, found = spdx_exceptions(ref.expression), spdx_exceptions(got)
            if want:
                counts["with an exception"] += 1
                counts["exceptions right"] += found == want
                counts["exceptions missed"] += not found
            elif found:
                counts["exceptions where none"] += 1
                if show:
                    print(f"    extra {ref.name}: {got} (ScanCode: {ref.expression})")
            if show and want and found != want:
                print(f"    exception {ref.name}: {got} (ScanCode: {ref.expression})")
        total.update(counts)
        print(f"slice {number}: {_line(counts)}", flush=True)
    print(f"total: {_line(total)}")
    return total


def _line(counts: Counter[str]) -> str:
    return (
        f"{counts['equivalent']}/{counts['rules']} expressions equivalent; exceptions right "
        f"{counts['exceptions right']}/{counts['with an exception']} (none given "
        f"{counts['exceptions missed']}), given where ScanCode has none "
        f"{counts['exceptions where none']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slices", default="1,2,3,4,5,6,7,8,9", help="tuning slices, 1 to 9")
    parser.add_argument("--show", action="store_true", help="list the exceptions read otherwise")
    args = parser.parse_args(argv)
    slices = [int(s) for s in args.slices.split(",")]
    if any(not 1 <= s <= 9 for s in slices):
        parser.error("slices are 1 to 9 (slice 0 holds the check part)")
    measure(slices, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
