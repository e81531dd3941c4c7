"""The Dask engine (the ``dask`` extra): partitions as tasks on a ``distributed`` cluster.

Imported only when that engine is asked for, so the library never needs Dask otherwise.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from licenseclass.batch.engines import Done, Part, classify_partition, warm


class IndexPlugin(WorkerPlugin):
    """Loads the registry and the text index once on each worker, when it joins.

    ``cache_dir``, when given, becomes the worker's ``LICENSECLASS_CACHE_DIR``: workers that
    share that folder load the index the first of them built (or that was built beforehand)
    instead of each building it.
    """

    def __init__(self, data: tuple[str, ...], cache_dir: str | None) -> None:
        self.data = data
        self.cache_dir = cache_dir
        digest = hashlib.sha256(repr((data, cache_dir)).encode()).hexdigest()[:12]
        self.name = f"licenseclass-index-{digest}"

    def setup(self, worker: Any) -> None:
        del worker
        if self.cache_dir:
            os.environ["LICENSECLASS_CACHE_DIR"] = self.cache_dir
        warm(self.data)


class DaskRunner:
    """Runs partitions as Dask tasks, a bounded number in flight."""

    def __init__(self, client: Client, data: tuple[str, ...], address: str) -> None:
        self.client = client
        self.data = data
        self.workers = max(1, len(client.scheduler_info()["workers"]))
        self.name = f"dask {address}"

    @classmethod
    @contextmanager
    def open(
        cls,
        client: Client | None,
        scheduler: str | None,
        jobs: int,
        data: tuple[str, ...],
        cache_dir: str | None,
    ) -> Iterator[DaskRunner]:
        """A runner on ``client``, or on a client to ``scheduler``, or on a new
        ``LocalCluster`` of ``jobs`` single-threaded worker processes."""
        cluster = None
        own = client is None
        if client is None:
            if scheduler is None:
                cluster = LocalCluster(
                    n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
                )
                client = Client(cluster)
            else:
                client = Client(scheduler)
        try:
            shared = cache_dir or os.environ.get("LICENSECLASS_CACHE_DIR")
            client.register_plugin(IndexPlugin(data, shared))
            yield cls(client, data, str(client.scheduler_info().get("address", scheduler)))
        finally:
            if own:
                client.close()
            if cluster is not None:
                cluster.close()

    def run(self, parts: Iterable[Part]) -> Iterator[Done]:
        batch = uuid.uuid4().hex[:12]
        window = 2 * self.workers  # partitions in flight: the input is read as they finish
        running = as_completed()
        for index, records in parts:
            # scattered, not embedded in the task: a partition of texts can be megabytes
            [sent] = self.client.scatter([records], hash=False)
            running.add(
                self.client.submit(
                    classify_partition,
                    index,
                    sent,
                    self.data,
                    key=f"licenseclass-batch-{batch}-{index}",
                    pure=False,
                )
            )
            while running.count() >= window:
                yield self._result(next(running))
        for future in running:
            yield self._result(future)

    @staticmethod
    def _result(future: Any) -> Done:
        done: Done = future.result()
        future.release()
        return done
