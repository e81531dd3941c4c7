"""Benchmark text identification on the dev corpus, against licenseclassifier (and ScanCode).

Reads ``../shared/corpus/dev/textid/`` relative to the repository root (``cases.json`` and
``files/``); when that folder is absent it says so and exits cleanly. Every tool runs in its
own process so that start-up time and peak memory are its own. Printed per tool: exact-set
accuracy per kind of case and overall, false positives on negatives, median, p95 and mean
milliseconds per file (elapsed, and CPU time of the worker process, which a busy machine
disturbs less), start-up time of a cold process (for licenseclass: with a warm index
cache) and peak resident memory; when licenseclass and another tool both ran, the ratios of
their per-file times (licenseclass over the other: below 1 is faster). ``--repeat N`` times
every file N times in its worker and keeps the best, which steadies the figures on a shared
machine.

    python benchmarks/bench_identify.py [--tools licenseclass,licenseclassifier]
        [--show-failures] [--show-coverage] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev" / "textid"
TOOLS = ("licenseclass", "licenseclassifier", "scancode")
STARTUP_SNIPPETS = {
    "licenseclass": "from licenseclass import classify_text; classify_text('MIT License')",
    "licenseclassifier": "from licenseclassifier import identify_license; identify_license('MIT')",
    "scancode": "from scancode.api import get_licenses",
}


# --------------------------------------------------------------------------- workers


# Coverage of each case, in order (licenseclass only; the peers report none).
COVERAGE: list[float] = []


def _licenseclass() -> Callable[[str], set[str]]:
    from licenseclass import classify_text

    classify_text("Licensed under the MIT License.")  # loads the index and the registry

    def run(text: str) -> set[str]:
        found = classify_text(text)
        COVERAGE.append(found.coverage)  # the share of the text the matches explain
        return {m.id for m in found.matches}

    return run


def _licenseclassifier() -> Callable[[str], set[str]]:
    from licenseclassifier import identify_license

    identify_license("warm up")

    def run(text: str) -> set[str]:
        return {m.id for m in identify_license(text)}

    return run


def _scancode() -> Callable[[str], set[str]]:
    import tempfile

    from scancode.api import get_licenses  # type: ignore[import-not-found]

    def run(text: str) -> set[str]:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
            handle.write(text)
        found = get_licenses(handle.name)
        Path(handle.name).unlink()
        ids: set[str] = set()
        for detection in found.get("license_detections", []):
            expression = detection.get("license_expression_spdx") or ""
            ids.update(_ids_of(expression))
        return ids

    return run


def _ids_of(expression: str) -> set[str]:
    words = expression.replace("(", " ").replace(")", " ").split()
    ids: set[str] = set()
    skip = False
    for word in words:
        if word.upper() in ("AND", "OR"):
            continue
        if word.upper() == "WITH":
            skip = True
            continue
        if not skip:
            ids.add(word)
        skip = False
    return ids


def worker(tool: str, repeat: int = 1) -> None:
    """Run one tool over every case (each ``repeat`` times, the best time kept); print a JSON
    report on stdout."""
    cases = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8"))["cases"]
    run = {"licenseclass": _licenseclass, "licenseclassifier": _licenseclassifier}.get(
        tool, _scancode
    )()
    results = []
    for case in cases:
        text = (CORPUS / "files" / case["file"]).read_text(encoding="utf-8", errors="replace")
        elapsed = cpu = float("inf")
        for _ in range(repeat):
            start, start_cpu = time.perf_counter(), time.process_time()
            try:
                ids = sorted(run(text))
                error = None
            except Exception as exc:  # a crash on one file is scored as a wrong answer
                ids, error = [], repr(exc)
            elapsed = min(elapsed, (time.perf_counter() - start) * 1000)
            cpu = min(cpu, (time.process_time() - start_cpu) * 1000)
        coverage = COVERAGE[-1] if COVERAGE else None
        COVERAGE.clear()
        results.append(
            {
                "id": case["id"],
                "ids": ids,
                "ms": elapsed,
                "cpu_ms": cpu,
                "error": error,
                "coverage": coverage,
            }
        )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"results": results, "peak_mb": peak_mb}))


# --------------------------------------------------------------------------- scoring


def _canonical(ids: list[str]) -> frozenset[str]:
    """Deprecated SPDX ids mapped to their successors, so both tools are scored alike."""
    from licenseclass.expressions.parser import parse

    out = set()
    for license_id in ids:
        try:
            out.add(str(parse(license_id, strict=False, update_deprecated=True)))
        except Exception:
            out.add(license_id)
    return frozenset(out)


def _available(tool: str) -> bool:
    module = {"licenseclass": "licenseclass", "licenseclassifier": "licenseclassifier"}.get(
        tool, "scancode.api"
    )
    probe = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, check=False
    )
    return probe.returncode == 0


def _startup(tool: str) -> float:
    """Seconds for a fresh interpreter to import the tool and classify one short text."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", STARTUP_SNIPPETS[tool]], check=True)
        best = min(best, time.perf_counter() - start)
    return best


class Timing(NamedTuple):
    """Milliseconds per file."""

    median: float
    p95: float
    mean: float


def timing(times: list[float]) -> Timing:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return Timing(statistics.median(ordered), p95, statistics.mean(ordered))


def score(
    tool: str, show_failures: bool, show_coverage: bool, repeat: int = 1
) -> tuple[Timing, Timing]:
    cases = {c["id"]: c for c in json.loads((CORPUS / "cases.json").read_text())["cases"]}
    if tool == "licenseclass":  # make sure the index cache is warm before timing start-up
        subprocess.run([sys.executable, "-c", STARTUP_SNIPPETS[tool]], check=True)
    startup = _startup(tool)
    raw = subprocess.run(
        [sys.executable, __file__, "--worker", tool, "--repeat", str(repeat)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    report = json.loads(raw)
    per_kind: dict[str, list[bool]] = {}
    false_positives = 0
    failures = []
    for result in report["results"]:
        case = cases[result["id"]]
        got = _canonical(result["ids"])
        expected = {_canonical(e) for e in case["expected"]}
        right = got in expected
        per_kind.setdefault(case["kind"], []).append(right)
        if case["kind"] == "negative" and got:
            false_positives += 1
        if not right:
            failures.append((case["kind"], case["file"], sorted(got), case["expected"][0]))
    times = timing([r["ms"] for r in report["results"]])
    cpu = timing([r["cpu_ms"] for r in report["results"]])
    everything = [ok for oks in per_kind.values() for ok in oks]
    print(f"\n== {tool}")
    for kind in sorted(per_kind):
        oks = per_kind[kind]
        print(f"  {kind:<10} {sum(oks):>4}/{len(oks):<4} {100 * sum(oks) / len(oks):6.1f}%")
    print(
        f"  {'overall':<10} {sum(everything):>4}/{len(everything):<4}"
        f" {100 * sum(everything) / len(everything):6.1f}%"
    )
    print(f"  false positives on negatives: {false_positives}/{len(per_kind.get('negative', []))}")
    print(
        f"  per file: median {times.median:.2f} ms, p95 {times.p95:.2f} ms,"
        f" mean {times.mean:.2f} ms"
    )
    print(
        f"  per file, CPU time of the process: median {cpu.median:.2f} ms, p95 {cpu.p95:.2f} ms,"
        f" mean {cpu.mean:.2f} ms"
    )
    print(f"  start-up (cold process): {startup:.2f} s; peak memory {report['peak_mb']:.0f} MB")
    covered = [(r["id"], r["coverage"]) for r in report["results"] if r.get("coverage") is not None]
    if covered:
        by_kind: dict[str, list[float]] = {}
        for case_id, share in covered:
            by_kind.setdefault(cases[case_id]["kind"], []).append(share)
        means = ", ".join(f"{k} {statistics.mean(v):.3f}" for k, v in sorted(by_kind.items()))
        print(f"  coverage (share of words the matches explain), mean per kind: {means}")
    if show_coverage:
        for case_id, share in covered:
            print(f"    coverage {share:.3f}  {cases[case_id]['kind']:<9} {cases[case_id]['file']}")
    if show_failures:
        for kind, file, got_ids, wanted in failures:
            print(f"    FAIL {kind:<9} {file}: got {got_ids}, expected {wanted}")
    return times, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", choices=TOOLS, help=argparse.SUPPRESS)
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--show-coverage", action="store_true", help="coverage of every case")
    parser.add_argument(
        "--repeat", type=int, default=1, help="time each file N times, keep the best"
    )
    args = parser.parse_args()
    if not (CORPUS / "cases.json").is_file():
        print(f"corpus not found at {CORPUS}; nothing to benchmark")
        return 0
    if args.worker:
        worker(args.worker, args.repeat)
        return 0
    print(f"corpus: {CORPUS}")
    timings: dict[str, tuple[Timing, Timing]] = {}
    for tool in args.tools.split(","):
        if not _available(tool):
            print(f"\n== {tool}: not installed in this environment, skipped")
            continue
        timings[tool] = score(tool, args.show_failures, args.show_coverage, args.repeat)
    ours = timings.get("licenseclass")
    for tool, theirs in timings.items():
        if ours is not None and tool != "licenseclass":
            for clock, mine_t, other_t in (
                ("time", ours[0], theirs[0]),
                ("CPU time", ours[1], theirs[1]),
            ):
                ratios = ", ".join(
                    f"{name} {mine / other:.2f}x"
                    for name, mine, other in zip(Timing._fields, mine_t, other_t, strict=True)
                )
                print(f"\nlicenseclass / {tool} per-file {clock} (same run): {ratios}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
