"""Where partitions run: in this process, in a pool of forked processes, or on a Dask cluster.

Every engine runs the same task, :func:`classify_partition`, on one partition (a list of
records) and gets back its rows with the name and peak memory of the process that ran it.
The text index is loaded once per process and kept there (the text identification modules
cache it): a pool forks its workers after the parent has loaded it, so they share its pages;
a Dask worker loads it once, when :class:`licenseclass.batch._dask.IndexPlugin` sets it up,
from the cache folder the workers share (``LICENSECLASS_CACHE_DIR``). A task carries records,
never the index.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from licenseclass.batch.records import BatchRow, Classifier
from licenseclass.core.registry import Registry, default_registry
from licenseclass.errors import ArgumentTypeError, MissingExtraError

if TYPE_CHECKING:
    from distributed import Client

# One partition to classify: its number and its records.
Part = tuple[int, list[Any]]


@dataclass(frozen=True)
class Done:
    """A classified partition and the process that classified it."""

    index: int
    rows: list[BatchRow]
    worker: str
    peak_rss: int  # bytes
    busy_s: float  # wall-clock seconds the partition took
    cpu_s: float  # CPU seconds the worker's process used meanwhile


class Runner(Protocol):
    """Runs partitions; yields them as they finish (not necessarily in order)."""

    name: str
    workers: int

    def run(self, parts: Iterable[Part]) -> Iterator[Done]: ...


def peak_rss() -> int:
    """This process's peak resident memory in bytes (``ru_maxrss`` is KiB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)


# Per process: one registry per tuple of data folders, loaded on first use.
_REGISTRIES: dict[tuple[str, ...], Registry] = {}


def registry_for(data: tuple[str, ...]) -> Registry:
    if data not in _REGISTRIES:
        _REGISTRIES[data] = Registry(list(data)) if data else default_registry()
    return _REGISTRIES[data]


def warm(data: tuple[str, ...] = ()) -> None:
    """Load the registry and the text index in this process (a no-op once done)."""
    from licenseclass.textid.classify import classify_text  # noqa: PLC0415 - the index

    classify_text("MIT License", registry=registry_for(data))


def _worker_name() -> str:
    if "distributed" in sys.modules:  # only a Dask worker has it loaded
        from distributed import get_worker  # noqa: PLC0415

        try:
            return str(get_worker().address)
        except ValueError:  # not inside a Dask task
            pass
    return f"pid {os.getpid()}"


def classify_partition(index: int, records: Sequence[Any], data: tuple[str, ...] = ()) -> Done:
    """The task every engine runs: the rows of one partition, in record order. A fresh
    :class:`Classifier` per partition bounds what its caches hold."""
    started, cpu = time.perf_counter(), time.process_time()
    classifier = Classifier(registry_for(data))
    rows = [classifier.row(record) for record in records]
    busy, cpu = time.perf_counter() - started, time.process_time() - cpu
    return Done(index, rows, _worker_name(), peak_rss(), busy, cpu)


class InProcess:
    """The default: partitions one after another in this process."""

    workers = 1

    def __init__(self, data: tuple[str, ...]) -> None:
        self.data = data
        self.name = "local"

    def run(self, parts: Iterable[Part]) -> Iterator[Done]:
        for index, records in parts:
            yield classify_partition(index, records, self.data)


class Pool:
    """``jobs`` worker processes on this machine, forked once the index is loaded (each worker
    loads it itself where fork is not available)."""

    def __init__(self, data: tuple[str, ...], jobs: int) -> None:
        self.data = data
        self.workers = jobs
        self.name = f"local, {jobs} processes"

    def run(self, parts: Iterable[Part]) -> Iterator[Done]:
        forked = "fork" in multiprocessing.get_all_start_methods()
        if forked:
            warm(self.data)  # before forking: the workers share the loaded index
        context = multiprocessing.get_context("fork" if forked else "spawn")
        window = 2 * self.workers  # partitions in flight: the input is read as they finish
        if forked:
            pool = ProcessPoolExecutor(self.workers, mp_context=context)
        else:
            pool = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=warm, initargs=(self.data,)
            )
        with pool:
            pending: set[Future[Done]] = set()
            for index, records in parts:
                if len(pending) >= window:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    yield from (f.result() for f in finished)
                pending.add(pool.submit(classify_partition, index, records, self.data))
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (f.result() for f in finished)


def _is_client(engine: object) -> bool:
    """Whether ``engine`` is a ``distributed.Client`` (only loaded if the caller made one)."""
    distributed = sys.modules.get("distributed")
    return distributed is not None and isinstance(engine, distributed.Client)


def check_engine(engine: object, jobs: object) -> None:
    """Refuse an engine that cannot run before anything is written: an unknown one, a bad
    ``jobs``, or the dask engine without the ``dask`` extra."""
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
        raise ArgumentTypeError("run_batch", "jobs", jobs, "a positive int")
    if engine == "local":
        return
    if engine == "dask" or _is_client(engine):
        try:
            from licenseclass.batch import _dask  # noqa: F401, PLC0415 - optional extra
        except ImportError as exc:
            raise MissingExtraError(
                "the dask engine", module="dask[distributed]", extra="dask"
            ) from exc
        return
    raise ArgumentTypeError("run_batch", "engine", engine, '"local", "dask" or a dask Client')


@contextmanager
def open_runner(
    engine: object = "local",
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    data: Sequence[str] = (),
    cache_dir: str | None = None,
) -> Iterator[Runner]:
    """The runner for ``engine``: ``"local"`` (``jobs`` > 1 for a process pool), ``"dask"``
    (on the cluster at ``scheduler``, or a ``LocalCluster`` of ``jobs`` workers when it is
    None) or a ``distributed.Client``. A cluster this opens is closed on exit."""
    check_engine(engine, jobs)
    folders = tuple(str(d) for d in data)
    if engine == "local":
        yield InProcess(folders) if jobs == 1 else Pool(folders, jobs)
        return
    from licenseclass.batch import _dask  # noqa: PLC0415 - optional extra, checked above

    client: Client | None = None if engine == "dask" else engine  # type: ignore[assignment]
    with _dask.DaskRunner.open(client, scheduler, jobs, folders, cache_dir) as runner:
        yield runner
