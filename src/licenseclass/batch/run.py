"""Batch jobs: :func:`classify_many` over records in memory, :func:`run_batch` from an input
file or folder to a resumable output folder."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import Field

from licenseclass.batch.engines import Done, Part, check_engine, open_runner
from licenseclass.batch.io import (
    MANIFEST,
    MANIFEST_VERSION,
    OutputFormat,
    hidden_temporary,
    id_type,
    input_digest,
    output_format,
    read_records,
    write_part,
)
from licenseclass.batch.records import BatchRow, row_id
from licenseclass.core.model import Frozen
from licenseclass.errors import ArgumentTypeError, BatchOutputError, MissingExtraError

if TYPE_CHECKING:
    import pandas

# Records per partition: a task, a part file, and the unit a rerun skips or recomputes.
PARTITION_SIZE = 1000


class WorkerStats(Frozen):
    """What one process that classified partitions used.

    ``cpu_s`` below ``busy_s`` means the process waited for a core (a loaded machine).
    """

    worker: str = Field(description="a Dask worker's address, or the process id")
    peak_rss_mb: float = Field(description="peak resident memory (ru_maxrss), in MiB")
    partitions: int = Field(description="partitions it classified in this run")
    busy_s: float = Field(description="wall-clock seconds its partitions took")
    cpu_s: float = Field(description="CPU seconds it used while classifying them")


class BatchSummary(Frozen):
    """What a :func:`run_batch` call did."""

    input: str
    output: str
    format: OutputFormat
    engine: str = Field(description='"local", "local, N processes" or "dask ADDRESS"')
    workers: int
    partition_size: int
    partitions: int = Field(description="partitions in the input")
    records: int = Field(description="records in the input")
    computed: tuple[int, ...] = Field(description="partitions classified by this run")
    skipped: tuple[int, ...] = Field(description="partitions already written, left as they are")
    classified: int = Field(description="records classified by this run")
    errors: int = Field(description="rows of this run whose record failed")
    elapsed_s: float
    records_per_s: float = Field(description="classified records per second of this run")
    per_worker: tuple[WorkerStats, ...] = Field(
        description="peak memory, partitions and time of each worker"
    )


def chunks(records: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of ``size`` records, in order (the last one may be shorter)."""
    items = iter(records)
    while chunk := list(islice(items, size)):
        yield chunk


def _check_size(partition_size: object) -> int:
    if not isinstance(partition_size, int) or isinstance(partition_size, bool):
        raise ArgumentTypeError("run_batch", "partition_size", partition_size, "a positive int")
    if partition_size < 1:
        raise ArgumentTypeError("run_batch", "partition_size", partition_size, "a positive int")
    return partition_size


def classify_many(
    records: Iterable[Any],
    engine: object = "local",
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    partition_size: int = PARTITION_SIZE,
    data: Sequence[str | os.PathLike[str]] = (),
    cache_dir: str | None = None,
) -> Iterator[BatchRow]:
    """Classify records (see :mod:`licenseclass.batch.records` for the contract): one
    :class:`~licenseclass.batch.records.BatchRow` per record, in input order.

    ``engine`` is ``"local"`` (in this process; ``jobs`` > 1 forks a process pool),
    ``"dask"`` (the cluster at ``scheduler``, or a ``LocalCluster`` of ``jobs`` workers) or a
    ``distributed.Client``. ``data`` adds user license folders, as ``--data`` does.
    Records are read lazily, a few partitions ahead of the rows returned.
    """
    size = _check_size(partition_size)
    folders = [os.fspath(d) for d in data]
    with open_runner(
        engine, jobs=jobs, scheduler=scheduler, data=folders, cache_dir=cache_dir
    ) as runner:
        waiting: dict[int, list[BatchRow]] = {}
        following = 0
        for done in runner.run(enumerate(chunks(records, size))):
            waiting[done.index] = done.rows
            while following in waiting:
                yield from waiting.pop(following)
                following += 1


def to_dataframe(rows: Iterable[BatchRow]) -> pandas.DataFrame:
    """The rows as a pandas DataFrame (one column per field; ``ids`` and ``reasons`` hold
    lists). Needs pandas (the ``batch`` extra)."""
    try:
        import pandas  # noqa: PLC0415 - optional
    except ImportError as exc:
        raise MissingExtraError("to_dataframe", module="pandas", extra="batch") from exc
    columns = list(BatchRow.model_fields)
    return pandas.DataFrame([r.model_dump(mode="json") for r in rows], columns=columns)


# --------------------------------------------------------------------------- run_batch


def _ours(name: str, fmt: OutputFormat) -> bool:
    return name == MANIFEST or (
        (name.startswith("part-") and name.endswith(f".{fmt}"))
        or (name.startswith(("._manifest.json.", ".part-")) and name.endswith(".tmp"))
    )


def _prepare(out: Path, fmt: OutputFormat, expected: dict[str, Any], overwrite: bool) -> set[int]:
    """Make the output folder ready; the partitions already written that may be kept."""
    if out.exists() and not out.is_dir():
        raise BatchOutputError(f"{out}: exists and is not a folder (the output is a folder)")
    out.mkdir(parents=True, exist_ok=True)
    names = {p.name for p in out.iterdir()}
    foreign = sorted(n for n in names if not _ours(n, fmt))
    if foreign:
        raise BatchOutputError(f"{out}: holds files that are not a batch output ({foreign[0]})")
    found = None
    if MANIFEST in names:
        try:
            found = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            found = None
    if found != expected and any(not n.endswith(".tmp") for n in names):
        if not overwrite:
            raise BatchOutputError(
                f"{out}: holds partitions of another input, partition size or format; "
                "rerun with --overwrite (overwrite=True) to start again"
            )
        for name in names:
            (out / name).unlink()
        names = set()
    _write_json(out / MANIFEST, expected)
    prefix, suffix = "part-", f".{fmt}"
    done = set()
    for name in names:
        if name.startswith(prefix) and name.endswith(suffix):
            number = name[len(prefix) : -len(suffix)]
            if number.isdigit():
                done.add(int(number))
        elif name.startswith((".part-", "._manifest.json.")) and name.endswith(".tmp"):
            (out / name).unlink(missing_ok=True)  # left by an interrupted run
    return done


def _write_json(path: Path, value: object) -> None:
    temporary = hidden_temporary(path)
    with temporary.open("x", encoding="utf-8") as out:
        json.dump(value, out, indent=2, sort_keys=True)
    os.replace(temporary, path)


def run_batch(
    input: Path | str,
    output: Path | str,
    *,
    engine: object = "local",
    jobs: int = 1,
    scheduler: str | None = None,
    partition_size: int = PARTITION_SIZE,
    data: Sequence[str | os.PathLike[str]] = (),
    overwrite: bool = False,
    cache_dir: str | None = None,
) -> BatchSummary:
    """Classify every record of ``input`` (a folder, a ``.jsonl`` or a ``.parquet`` file) into
    the output folder ``output`` (named ``*.jsonl`` or ``*.parquet``), one part file per
    partition of ``partition_size`` records.

    A rerun on the same input with the same partition size and format skips the partitions
    already written and computes the missing ones. A rerun on another input or partition size
    raises :class:`~licenseclass.errors.BatchOutputError`, unless ``overwrite`` is true: then
    the old partitions are deleted and the job starts again. Engines: see
    :func:`classify_many`.
    """
    size = _check_size(partition_size)
    check_engine(engine, jobs)  # before the output folder is made
    source, out = Path(input), Path(output)
    fmt = output_format(out)
    started = time.perf_counter()
    expected: dict[str, Any] = {
        "version": MANIFEST_VERSION,
        "input": input_digest(source),
        "partition_size": size,
        "format": fmt,
    }
    if fmt == "parquet":  # one id type for every part: known only from the whole input
        expected["id_type"] = id_type([row_id(r) for r in read_records(source)])
    done_before = _prepare(out, fmt, expected, overwrite)
    counts = {"records": 0, "partitions": 0}

    def todo() -> Iterator[Part]:
        for index, records in enumerate(chunks(read_records(source), size)):
            counts["records"] += len(records)
            counts["partitions"] += 1
            if index not in done_before:
                yield index, records

    computed: list[int] = []
    classified = errors = 0
    workers_seen: dict[str, tuple[float, float, float, float]] = {}
    folders = [os.fspath(d) for d in data]
    with open_runner(
        engine, jobs=jobs, scheduler=scheduler, data=folders, cache_dir=cache_dir
    ) as runner:
        for done in runner.run(todo()):
            write_part(out, done.index, done.rows, fmt, expected.get("id_type", "string"))
            computed.append(done.index)
            classified += len(done.rows)
            errors += sum(1 for row in done.rows if row.error is not None)
            _remember(workers_seen, done)
        name, workers = runner.name, runner.workers
    elapsed = time.perf_counter() - started
    return BatchSummary(
        input=str(source),
        output=str(out),
        format=fmt,
        engine=name,
        workers=workers,
        partition_size=size,
        partitions=counts["partitions"],
        records=counts["records"],
        computed=tuple(sorted(computed)),
        skipped=tuple(sorted(i for i in done_before if i < counts["partitions"])),
        classified=classified,
        errors=errors,
        elapsed_s=round(elapsed, 3),
        records_per_s=round(classified / elapsed, 1) if elapsed > 0 else 0.0,
        per_worker=tuple(
            WorkerStats(
                worker=w,
                peak_rss_mb=round(stats[0] / 2**20, 1),
                partitions=int(stats[1]),
                busy_s=round(stats[2], 3),
                cpu_s=round(stats[3], 3),
            )
            for w, stats in sorted(workers_seen.items())
        ),
    )


def _remember(seen: dict[str, tuple[float, float, float, float]], done: Done) -> None:
    peak, count, busy, cpu = seen.get(done.worker, (0, 0, 0.0, 0.0))
    seen[done.worker] = (max(peak, done.peak_rss), count + 1, busy + done.busy_s, cpu + done.cpu_s)
