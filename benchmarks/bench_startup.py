"""Cold-start cost of answering `show MIT`, next to peers measured in the same run.

Each figure is the median wall time of fresh Python processes (so imports and data loading are
included), with a warm licenseclass cache and with none. Peers: an empty interpreter, and
license-expression building its SPDX licensing and parsing "MIT". Also the cost of a bare
``import licenseclass`` as ``python -X importtime`` reports it, next to the imports the interpreter
itself makes at start-up (the target is under 150 ms), and the cold text index: a first
``classify_text`` with an empty cache folder (``LICENSECLASS_CACHE_DIR``), which builds the index
of the licensedcode-data texts, next to the same call once that index is cached. Run:

    python benchmarks/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

SNIPPETS = {
    "python -c pass (floor)": "pass",
    "licenseclass: get_license('MIT') + verdict": (
        "import licenseclass as l; l.verdict(l.get_license('MIT'))"
    ),
    "licenseclass: full registry (all entries) + verdicts": (
        "import licenseclass as l; [l.verdict(x) for x in l.default_registry()]"
    ),
    "license-expression: get_spdx_licensing().parse('MIT')": (
        "from license_expression import get_spdx_licensing as g; g().parse('MIT')"
    ),
}


CLASSIFY = "import licenseclass as l; l.classify_text('Licensed under the MIT License.')"
COLD_INDEX = "licenseclass: classify_text, empty cache (builds the text index)"
WARM_INDEX = "licenseclass: classify_text, text index cached"
IMPORT_TARGET_MS = 150.0


def timed(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - start


def import_micros(code: str, module: str | None) -> int:
    """Cumulative microseconds ``-X importtime`` reports for ``module``, or, when None, the
    sum over every top-level import (what running ``code`` imports in all)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        check=True,
    )
    total = 0
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line.split("|")
        if module is None and not name.startswith("  "):  # top level: one space of padding
            total += int(cumulative)
        elif module is not None and name.strip() == module:
            total = int(cumulative)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, LICENSECLASS_CACHE_DIR=cache)
        results = {}
        for label, code in SNIPPETS.items():
            timed(code, env)  # warm the OS file cache and the licenseclass cache
            results[label] = statistics.median(timed(code, env) for _ in range(args.runs))
        with tempfile.TemporaryDirectory() as empty:
            cold_env = dict(os.environ, LICENSECLASS_CACHE_DIR=empty)
            code = SNIPPETS["licenseclass: full registry (all entries) + verdicts"]
            results["licenseclass: full registry, empty cache"] = timed(code, cold_env)
        with tempfile.TemporaryDirectory() as empty:
            cold_env = dict(os.environ, LICENSECLASS_CACHE_DIR=empty)
            results[COLD_INDEX] = timed(CLASSIFY, cold_env)  # builds the text index
            results[WARM_INDEX] = timed(CLASSIFY, cold_env)  # reads it from the cache
        cli = [sys.executable, "-m", "licenseclass", "show", "MIT", "--format", "json"]
        samples = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run(cli, check=True, env=env, stdout=subprocess.DEVNULL)
            samples.append(time.perf_counter() - start)
        results["CLI: licenseclass show MIT --format json"] = statistics.median(samples)
    floor = results["python -c pass (floor)"]
    peer = results["license-expression: get_spdx_licensing().parse('MIT')"]
    for label, seconds in results.items():
        print(f"{seconds * 1000:8.1f} ms  {label}")
    show = results["CLI: licenseclass show MIT --format json"]
    print(f"show MIT / license-expression cold parse: {show / peer:.2f}x")
    print(f"show MIT minus interpreter start: {(show - floor) * 1000:.1f} ms")
    package = statistics.median(
        import_micros("import licenseclass", "licenseclass") for _ in range(args.runs)
    )
    start = statistics.median(import_micros("pass", None) for _ in range(args.runs))
    verdict = "within" if package / 1000 <= IMPORT_TARGET_MS else "OVER"
    print(
        f"import licenseclass: {package / 1000:.1f} ms cumulative (-X importtime; "
        f"{verdict} the {IMPORT_TARGET_MS:.0f} ms target); "
        f"the interpreter's own start-up imports: {start / 1000:.1f} ms"
    )
    print(
        f"cold text index: {results[COLD_INDEX]:.1f} s for the first classify_text, "
        f"{results[WARM_INDEX]:.1f} s once cached"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
