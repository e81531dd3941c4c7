"""Benchmark ``licenseclass batch``: records per second on the local engine and on Dask.

Builds ``--records`` records (default 100,000) from what this machine has:

- the license files of the installed distributions (``*.dist-info/licenses/*``, ``LICENSE*``,
  ``COPYING*``, found through importlib.metadata) as ``path`` records;
- their ``License`` and ``License-Expression`` metadata strings as ``expression`` records;
- the notice rules of licensedcode-data as ``text`` records;
- SPDX expressions over the registry's ids, and model cards over its Hugging Face tags;

repeated (each copy a new id) and shuffled with a fixed seed until there are enough, written to
a JSONL file, then runs :func:`licenseclass.batch.run_batch` on it with the local engine, on a
Dask ``LocalCluster`` of one worker and of two (single-threaded worker processes), and, with
``--pool``, the local engine with ``--jobs 2``. Printed per run: records/s (the whole run:
reading, classifying, writing; workers load the index from the warm cache when they join, left
out), peak memory per worker, the share of a core each worker got while busy and the records
per worker CPU-second (on a machine others are loading, the wall-clock rate understates what a
worker with a core of its own does), and the speed-up from one Dask worker to two.

    python benchmarks/bench_batch.py [--records 100000] [--partition-size 1000] [--pool]
        [--engines local,dask1,dask2] [--json]
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from licenseclass.batch import BatchRow, BatchSummary, classify_many, run_batch
from licenseclass.batch.engines import warm
from licenseclass.batch.io import read_records, write_part
from licenseclass.batch.run import chunks
from licenseclass.core.licensedcode import scancode_rules
from licenseclass.core.registry import default_registry

_LICENSE_FILE = re.compile(r"(^|/)(licen[cs]es?|copying|notice)([._-][^/]*)?$", re.IGNORECASE)


def environment_records() -> list[dict[str, Any]]:
    """License files and license metadata strings of every installed distribution."""
    out: list[dict[str, Any]] = []
    for dist in importlib.metadata.distributions():
        name = (dist.metadata.get_all("Name") or ["?"])[0]
        for field in ("License-Expression", "License"):
            value = (dist.metadata.get_all(field) or [None])[0]
            if value and value.strip() and value.strip().upper() != "UNKNOWN":
                out.append({"id": f"{name}:{field}", "expression": value})
        for file in dist.files or ():
            posix = file.as_posix()
            if ".dist-info/" in posix and _LICENSE_FILE.search(posix):
                path = Path(str(dist.locate_file(file)))
                if path.is_file():
                    out.append({"id": f"{name}:{posix}", "path": str(path)})
    return out


def rule_records() -> list[dict[str, Any]]:
    """The notice rules of licensedcode-data: license notices as projects write them."""
    return [
        {"id": f"rule:{rule.name}", "text": rule.text}
        for rule in scancode_rules()
        if rule.kind == "notice"
    ]


def expression_records(count: int, rng: random.Random) -> list[dict[str, Any]]:
    ids = sorted(lic.id for lic in default_registry() if " " not in lic.id)
    out = []
    for n in range(count):
        a, b, c = rng.sample(ids, 3)
        form = n % 4
        text = (a, f"{a} OR {b}", f"{a} AND {b}", f"({a} OR {b}) AND {c}")[form]
        out.append({"id": f"expr:{n}", "expression": text})
    return out


def card_records() -> list[dict[str, Any]]:
    tags = sorted(lic.huggingface_tag for lic in default_registry() if lic.huggingface_tag)
    return [
        {"id": f"card:{tag}", "model_card": f"---\nlicense: {tag}\n---\n# A model\n"}
        for tag in tags
    ]


def build_records(total: int, seed: int = 12) -> tuple[list[dict[str, Any]], Counter[str]]:
    """``total`` records: the distinct ones above, then copies with new ids, shuffled."""
    rng = random.Random(seed)
    base = environment_records() + rule_records() + expression_records(5000, rng) + card_records()
    rng.shuffle(base)  # a short run gets every kind in the same proportions as a long one
    out: list[dict[str, Any]] = []
    copy = 0
    while len(out) < total:
        for record in base:
            out.append({**record, "id": f"{record['id']}#{copy}" if copy else record["id"]})
            if len(out) == total:
                break
        copy += 1
    rng.shuffle(out)
    kinds = Counter(next(k for k in record if k != "id") for record in out)
    return out, kinds


def _run(engine: str, source: Path, folder: Path, size: int) -> tuple[BatchSummary, float]:
    """The run's summary, and the seconds its workers took to load the index beforehand (left
    out of the records/s: a long job pays it once per worker)."""
    out = folder / f"{engine}.jsonl"
    started = time.perf_counter()
    if engine in ("local", "pool"):
        warm()  # the pool forks after it, so its workers start with the index too
        warmed = time.perf_counter() - started
        jobs = 2 if engine == "pool" else 1
        return run_batch(source, out, partition_size=size, jobs=jobs), warmed
    distributed: Any = importlib.import_module("distributed")  # the dask extra; untyped
    workers = int(engine.removeprefix("dask"))
    with (
        distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        started = time.perf_counter()
        list(classify_many([{"id": 0, "text": "MIT License"}], engine=client))
        warmed = time.perf_counter() - started
        return run_batch(source, out, engine=client, partition_size=size), warmed


def client_rate(source: Path, folder: Path, size: int) -> float:
    """Records/s of the client's own share of a run (reading the input, writing one row per
    record) with no classification: the bound on what any number of workers can deliver."""
    started = time.perf_counter()
    out = folder / "client-only.jsonl"
    out.mkdir()
    count = 0
    for index, part in enumerate(chunks(read_records(source), size)):
        rows = [BatchRow(id=record.get("id"), kind=None) for record in part]
        write_part(out, index, rows, "jsonl", "string")
        count += len(rows)
    return count / (time.perf_counter() - started)


def per_cpu_second(summary: BatchSummary) -> float:
    """Records classified per CPU-second of the workers: what a worker does with a core of its
    own, whatever else the machine was doing."""
    cpu = sum(m.cpu_s for m in summary.per_worker)
    return summary.classified / cpu if cpu else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--partition-size", type=int, default=1000)
    parser.add_argument("--engines", default="local,dask1,dask2")
    parser.add_argument("--pool", action="store_true", help="also the local engine with 2 jobs")
    parser.add_argument("--json", action="store_true", help="print the summaries as JSON")
    args = parser.parse_args()
    engines = args.engines.split(",") + (["pool"] if args.pool else [])

    started = time.perf_counter()
    records, kinds = build_records(args.records)
    built = time.perf_counter() - started
    print(
        f"{len(records):,} records ({', '.join(f'{k} {n:,}' for k, n in kinds.items())}) "
        f"built in {built:.1f} s",
        file=sys.stderr,
    )
    results: dict[str, BatchSummary] = {}
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as temporary:
        folder = Path(temporary)
        source = folder / "records.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record) + "\n")
        rate = client_rate(source, folder, args.partition_size)
        print(f"client side alone (read + write): {rate:,.0f} records/s", file=sys.stderr)
        for engine in engines:
            summary, warmed = _run(engine, source, folder, args.partition_size)
            results[engine] = summary
            memory = ", ".join(f"{m.peak_rss_mb:.0f} MiB" for m in summary.per_worker)
            share = ", ".join(f"{m.cpu_s / m.busy_s:.0%}" for m in summary.per_worker if m.busy_s)
            print(
                f"{engine:>6}: {summary.records_per_s:8.1f} records/s  "
                f"({summary.classified:,} in {summary.elapsed_s:.1f} s, "
                f"{summary.errors:,} error rows)  peak memory per worker: {memory}; "
                f"CPU each worker got while busy: {share}; "
                f"records per worker CPU-second: {per_cpu_second(summary):.0f}; "
                f"index loaded beforehand in {warmed:.1f} s",
                file=sys.stderr,
            )
    if "dask1" in results and "dask2" in results:
        one, two = results["dask1"], results["dask2"]
        print(
            f"speed-up from 1 to 2 Dask workers: {two.records_per_s / one.records_per_s:.2f}x "
            "(wall clock); with a core each (records per worker CPU-second, times workers): "
            f"{2 * per_cpu_second(two) / per_cpu_second(one):.2f}x",
            file=sys.stderr,
        )
    if args.json:
        print(json.dumps({k: v.model_dump(mode="json") for k, v in results.items()}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
