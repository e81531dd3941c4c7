"""How identification's time grows with one long line that repeats a licensing phrase (and
with many short lines of statements that are settled against their neighbours).

A minified bundle or a generated data file may put a whole file on one line. Each case builds
such a line of ``n`` and of ``4 * n`` copies of one unit ("See https://example.com/license/p1 ",
"released under the MIT license, ") and times ``classify_text`` (clause reading off) on both
in the same run: the ratio of the two times is about 4 where the work grows with the line, and
about 16 where it grows with its square. The peer is the same call on the shorter line, so the
ratio does not depend on the machine's speed. The units of ``LINE_UNITS`` end their line, so
those cases are a file of ``n`` and of ``4 * n`` lines: public-domain statements (each read
with the licenses near it) and dual licensing with a commercial offer (each offer joined to the
license before it). Run:

    python benchmarks/bench_long_lines.py [--copies 500]
"""

from __future__ import annotations

import argparse
import time

UNITS = {
    "addresses with 'license' in them": "See https://example.com/license/p{k} ",
    "words 'license' after names no table knows": "the Foo{k} license. ",
    "reStructuredText roles": "see :doc:`x{k}` and ",
    "one license named again and again": "released under the MIT license, ",
    "a name in a list of choices": "licensed as BSD or ",
    "lists after a colon": "Licensed under the following licenses: GPLv2 or MIT. ",
    "dual licensing with an exception": (
        "dual-licensed under the GPL v2 and the MIT license with the Classpath exception; "
    ),
}
LINE_UNITS = {
    "lines putting a part in the public domain": "Part {k}: this code is in the public domain.\n",
    "lines offering a commercial license": (
        "Part {k} is available under the GNU GPL version 2 or under a commercial license.\n"
    ),
}


def seconds(unit: str, copies: int) -> float:
    from licenseclass import classify_text

    line = "".join(unit.format(k=k) for k in range(copies))
    started = time.perf_counter()
    classify_text(f"Notes\n{line}\n", read_clauses=False)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=500, help="copies on the shorter line")
    args = parser.parse_args(argv)
    from licenseclass import classify_text

    classify_text("MIT License", read_clauses=False)  # the index, loaded once before timing
    print(f"one line of n and 4n copies of a unit (n = {args.copies}); time ratio 4n / n")
    for name, unit in {**UNITS, **LINE_UNITS}.items():
        seconds(unit, 10)  # tables a reading loads on first use, loaded before timing
        short = seconds(unit, args.copies)
        long = seconds(unit, 4 * args.copies)
        ratio = long / short if short > 0 else float("inf")
        print(f"  {name:45} {short:7.2f} s  {long:7.2f} s  ratio {ratio:5.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
