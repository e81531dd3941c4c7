"""Many workers on one cache: 8 threads and 4 processes against one sequential run.

Every worker classifies the same files (the first license texts of licensedcode-data, written
to a temporary folder at run time). Each scenario runs in a fresh interpreter with its own
``LICENSECLASS_CACHE_DIR``: *cold* is an empty folder (the text index must be built), *warm* a
copy of a folder a previous run filled. Reported: wall time of the whole scenario and peak
resident memory (the process's own ``ru_maxrss``; for the process scenario each child reports
its own, summed), with ratios to the sequential run on a cache in the same state. Run:

    python benchmarks/bench_concurrency.py [--files 20] [--threads 8] [--processes 4]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def _maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB elsewhere
    return resource.getrusage(who).ru_maxrss / scale


def write_files(folder: Path, count: int) -> list[Path]:
    """The first ``count`` license texts of licensedcode-data, as plain text files."""
    from licenseclass.core.licensedcode import licensedcode_dir, split_front_matter

    paths = []
    for source in sorted((licensedcode_dir() / "licenses").glob("*.LICENSE"))[: count * 3]:
        _, text = split_front_matter(source.read_text(encoding="utf-8"))
        if len(text.split()) < 50:  # skip stubs: the point is real texts
            continue
        target = folder / f"{source.stem}.txt"
        target.write_text(text, encoding="utf-8")
        paths.append(target)
        if len(paths) == count:
            break
    return paths


def classify_all(paths: list[Path]) -> int:
    import licenseclass

    return sum(len(licenseclass.classify_file(p).matches) for p in paths)


def worker(mode: str, paths: list[Path], count: int) -> dict[str, float]:
    """Run one scenario in this process; wall time and peak memory as a dict."""
    start = time.perf_counter()
    if mode == "sequential":
        classify_all(paths)
        memory = _maxrss_mb()
    elif mode == "threads":
        threads = [threading.Thread(target=classify_all, args=(paths,)) for _ in range(count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        memory = _maxrss_mb()
    else:  # processes: each child is a sequential worker and reports its own figures
        children = [_spawn("sequential", paths, 1) for _ in range(count)]
        reports = [_report(child) for child in children]
        memory = _maxrss_mb() + sum(r["memory_mb"] for r in reports)
    return {"wall_s": time.perf_counter() - start, "memory_mb": memory}


def _spawn(mode: str, paths: list[Path], count: int) -> subprocess.Popen[str]:
    args = [sys.executable, __file__, "--worker", mode, "--count", str(count)]
    return subprocess.Popen([*args, *map(str, paths)], stdout=subprocess.PIPE, text=True)


def _report(child: subprocess.Popen[str]) -> dict[str, float]:
    out, _ = child.communicate()
    if child.returncode != 0:
        raise SystemExit(f"worker failed with exit code {child.returncode}")
    report: dict[str, float] = json.loads(out.splitlines()[-1])
    return report


def run(mode: str, count: int, paths: list[Path], cache: Path) -> dict[str, float]:
    os.environ["LICENSECLASS_CACHE_DIR"] = str(cache)  # inherited by the worker
    return _report(_spawn(mode, paths, count))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.paths, args.count)))
        return

    with tempfile.TemporaryDirectory(prefix="bench-concurrency-") as tmp:
        root = Path(tmp)
        (root / "files").mkdir()
        paths = write_files(root / "files", args.files)
        warm = root / "warm"
        run("sequential", 1, paths, warm)  # fills the warm cache (not measured)
        scenarios = [
            ("sequential", 1),
            ("threads", args.threads),
            ("processes", args.processes),
        ]
        print(f"{len(paths)} files per worker; cold = empty cache folder, warm = filled one")
        head = f"{'scenario':<14} {'cache':<5} {'wall s':>8} {'x seq':>6}"
        print(f"{head} {'peak MB':>8} {'x seq':>6}")
        for state in ("cold", "warm"):
            base: dict[str, float] = {}
            for mode, count in scenarios:
                cache = root / f"{state}-{mode}"
                if state == "warm":
                    shutil.copytree(warm, cache)
                figures = run(mode, count, paths, cache)
                base = base or figures
                label = mode if count == 1 else f"{count} {mode}"
                print(
                    f"{label:<14} {state:<5} {figures['wall_s']:8.1f} "
                    f"{figures['wall_s'] / base['wall_s']:6.2f} {figures['memory_mb']:8.0f} "
                    f"{figures['memory_mb'] / base['memory_mb']:6.2f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
