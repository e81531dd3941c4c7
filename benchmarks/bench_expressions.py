"""Expression benchmark: corpus score and throughput against license-expression and packaging.

Reads the shared dev corpus at ``../shared/corpus/dev/expressions/`` (relative to the repo
root: ``cases.jsonl`` and ``verdicts.jsonl``). A fresh clone does not have it; the script then
says so and exits cleanly.

    /tmp/venv/bin/python benchmarks/bench_expressions.py [--count N] [--repeat R] [--clock wall|cpu]

Score: valid / invalid (strict parser), messy (lenient reader), confident wrong answers on the
cases marked ambiguous, equivalence, and the verdict of the expressions in verdicts.jsonl.

Throughput, in one run on the same list of distinct expressions (no memoisation of whole
expressions: every string is parsed and judged once per pass; ``classify_expression`` keeps
only bounded per-leaf facts, see expressions/verdicts.py): licenseclass parse + canonical
text, licenseclass parse + verdict (``classify_expression``, and the same with every field of
the result read, since an AND or OR fills some of them on first read), license-expression
``get_spdx_licensing().parse(validate=True)``, and
``packaging.licenses.canonicalize_license_expression``. The expressions are generated with a
fixed seed from ids that all three accept. The ratios to license-expression are printed as
"N times license-expression", from the best passes and from the median ones (on a busy
machine the best is the fairer figure, the median the steadier); repeat the run as well.
``--clock cpu`` times the passes by this process's CPU time instead of the wall clock, which
leaves out the time other processes take the CPU away on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev" / "expressions"


def _load(name: str) -> list[dict[str, Any]]:
    with (CORPUS / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --------------------------------------------------------------------------- corpus score


def score(cases: list[dict[str, Any]], verdicts: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-category results of the corpus, with the failures listed."""
    from licenseclass import canonicalize, classify_expression, normalize
    from licenseclass.errors import InvalidExpressionError
    from licenseclass.expressions.parser import equivalent

    tally: dict[str, list[int]] = {}
    failures: list[str] = []
    confident_wrong = 0
    weighted = [0, 0]

    def record(category: str, good: bool, note: str) -> None:
        entry = tally.setdefault(category, [0, 0])
        entry[0] += good
        entry[1] += 1
        if not good:
            failures.append(f"{category}: {note}")

    for case in cases:
        text, expected, category = case["input"], case["expected"], case["category"]
        if category == "valid":
            try:
                got = canonicalize(text)
                same = got == expected["canonical"] or canonicalize(
                    text, update_deprecated=True
                ) == canonicalize(expected["canonical"], update_deprecated=True)
            except InvalidExpressionError as error:
                got, same = f"error: {error.message}", False
            record("valid", same, f"{text!r} -> {got!r}, expected {expected['canonical']!r}")
        elif category == "invalid":
            try:
                got = canonicalize(text)
                record("invalid", False, f"{text!r} accepted as {got!r}")
            except InvalidExpressionError:
                record("invalid", True, "")
        elif category == "messy":
            result = normalize(text)
            kind = expected["kind"]
            if kind == "spdx":
                good = result.expression in expected["accept"]
            elif kind == "ambiguous":
                good = result.expression is None
                confident_wrong += result.expression is not None
            else:
                good = result.expression is None and not result.ambiguous
            weight = int(case.get("weight", 0))
            weighted[0] += weight * good
            weighted[1] += weight
            note = f"{text!r} ({kind}) -> {result.expression!r} ambiguous={result.ambiguous}"
            record(f"messy/{kind}", good, note)
            record("messy", good, "")
        elif category == "equiv":
            left, right = text
            got_same = equivalent(left, right)
            good = got_same == expected["equivalent"]
            record("equiv", good, f"{left!r} vs {right!r} -> {got_same}")
    for case in verdicts:
        level = classify_expression(case["input"]).level
        good = level == case["expected_verdict"]
        record(
            "verdict", good, f"{case['input']!r} -> {level}, expected {case['expected_verdict']}"
        )
    return {
        "tally": tally,
        "failures": [f for f in failures if not f.endswith(": ")],
        "confident_wrong": confident_wrong,
        "weighted_messy": weighted,
    }


# --------------------------------------------------------------------------- throughput


def distinct_expressions(count: int, seed: int = 20261127) -> list[str]:
    """``count`` distinct valid expressions over ids that all three parsers accept."""
    from license_expression import get_spdx_licensing
    from packaging.licenses import canonicalize_license_expression

    from licenseclass.expressions import _spdx

    licensing = get_spdx_licensing()
    rng = random.Random(seed)

    def accepted(text: str) -> bool:
        try:
            licensing.parse(text, validate=True)
            canonicalize_license_expression(text)
        except Exception:  # any refusal by either tool excludes the id
            return False
        return True

    ids = [v[0] for v in _spdx.LICENSES.values() if not v[1] and accepted(v[0])]
    exceptions = [v[0] for v in _spdx.EXCEPTIONS.values() if not v[1]]
    exceptions = [e for e in exceptions if accepted(f"MIT WITH {e}")]

    def leaf() -> str:
        name = rng.choice(ids)
        name = name.lower() if rng.random() < 0.2 else name
        if rng.random() < 0.15:
            return f"{name} WITH {rng.choice(exceptions)}"
        return name

    def expression(depth: int) -> str:
        if depth == 0 or rng.random() < 0.35:
            return leaf()
        op = rng.choice(("AND", "OR"))
        parts = [expression(depth - 1) for _ in range(rng.randint(2, 3))]
        text = f" {op} ".join(parts)
        return f"({text})" if rng.random() < 0.5 else text

    seen: dict[str, None] = {}
    while len(seen) < count:
        seen[expression(3)] = None
    return list(seen)


# The clocks a pass can be timed with: the wall clock, or the CPU time of this process (which
# does not count the time other processes hold the CPU: steadier on a shared machine).
CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}


def _timed_passes(
    contenders: dict[str, Callable[[list[str]], None]],
    items: list[str],
    repeat: int,
    clock: Callable[[], float] = time.perf_counter,
) -> dict[str, list[float]]:
    """The times of ``repeat`` passes of each contender, the passes taken in turns so that a
    change in the machine's load affects every contender alike."""
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(repeat):
        for name, run in contenders.items():
            start = clock()
            run(items)
            times[name].append(clock() - start)
    return times


def throughput(count: int, repeat: int, clock: str = "wall") -> dict[str, tuple[float, float]]:
    """Expressions per second for each contender on the same distinct expressions: the best
    pass and the median one."""
    from license_expression import get_spdx_licensing
    from packaging.licenses import canonicalize_license_expression

    from licenseclass import canonicalize, classify_expression
    from licenseclass.core.registry import default_registry

    items = distinct_expressions(count)
    licensing = get_spdx_licensing()
    default_registry().ids_for_alias("MIT")  # load the data before timing the verdicts

    def ours(batch: list[str]) -> None:
        for text in batch:
            canonicalize(text)

    def ours_verdict(batch: list[str]) -> None:
        for text in batch:
            classify_expression(text)

    def ours_read(batch: list[str]) -> None:
        # The fields an AND or OR result fills when first read, all read: the cost for a
        # caller that uses every field rather than the level.
        for text in batch:
            result = classify_expression(text)
            _ = result.tree, result.verdict, result.terms, result.choices, result.leaves

    def license_expression(batch: list[str]) -> None:
        for text in batch:
            licensing.parse(text, validate=True)

    def packaging(batch: list[str]) -> None:
        for text in batch:
            canonicalize_license_expression(text)

    contenders: dict[str, Callable[[list[str]], None]] = {
        "licenseclass parse+canonicalise": ours,
        "licenseclass parse+verdict": ours_verdict,
        "licenseclass parse+verdict, every field read": ours_read,
        "license-expression parse(validate=True)": license_expression,
        "packaging canonicalize_license_expression": packaging,
    }
    times = _timed_passes(contenders, items, repeat, CLOCKS[clock])
    return {
        name: (count / min(spent), count / statistics.median(spent))
        for name, spent in times.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000, help="distinct expressions to time")
    parser.add_argument(
        "--repeat", type=int, default=3, help="passes per contender (best and median kept)"
    )
    parser.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="wall",
        help="time the passes by the wall clock or by this process's CPU time",
    )
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args(argv)
    if not (CORPUS / "cases.jsonl").is_file():
        print(f"shared corpus not found at {CORPUS}; nothing to benchmark")
        return 0
    result = score(_load("cases.jsonl"), _load("verdicts.jsonl"))
    print("corpus score (dev split)")
    tally = result["tally"]
    for category in sorted(tally):
        good, total = tally[category]
        print(f"  {category:<18} {good:>4} / {total:<4} {100 * good / total:6.1f}%")
    valid_invalid = [sum(tally.get(c, [0, 0])[i] for c in ("valid", "invalid")) for i in (0, 1)]
    print(
        f"  valid+invalid      {valid_invalid[0]:>4} / {valid_invalid[1]:<4}"
        f" {100 * valid_invalid[0] / max(1, valid_invalid[1]):6.1f}%"
    )
    good_weight, total_weight = result["weighted_messy"]
    if total_weight:
        print(f"  messy, weighted by package count: {100 * good_weight / total_weight:.1f}%")
    print(f"  confident wrong answers on ambiguous cases: {result['confident_wrong']}")
    if args.show_failures:
        for failure in result["failures"]:
            print("    FAIL " + failure)
    rates = throughput(args.count, args.repeat, args.clock)
    print(
        f"\nthroughput on {args.count} distinct expressions"
        f" (best and median of {args.repeat} passes, {args.clock} clock)"
    )
    for name, (top, middle) in rates.items():
        print(f"  {name:<44} {top:>10,.0f} /s {middle:>10,.0f} /s")
    le = rates["license-expression parse(validate=True)"]

    def times_le(name: str) -> str:
        # The ratio of the best passes and that of the median passes, each in the same run.
        rate = rates[name]
        return f"{rate[0] / le[0]:.1f} (median {rate[1] / le[1]:.1f})"

    canonical = rates["licenseclass parse+canonicalise"]
    pk = rates["packaging canonicalize_license_expression"]
    print(
        f"\n  classify_expression: {times_le('licenseclass parse+verdict')} times"
        " license-expression parse(validate=True) (target >= 5x)"
    )
    every = times_le("licenseclass parse+verdict, every field read")
    print(f"  classify_expression, every field read: {every} times license-expression")
    print(
        f"  parse+canonical text: {times_le('licenseclass parse+canonicalise')}"
        " times license-expression"
    )
    print(
        f"  packaging vs licenseclass canonicalise: {pk[0] / canonical[0]:.2f}x"
        f" (median {pk[1] / canonical[1]:.2f}x) (target <= 2x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
