"""The batch on a Dask LocalCluster of two worker processes gives the local engine's rows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from licenseclass.batch import BatchRow, classify_many, read_output, run_batch

distributed = pytest.importorskip(
    "distributed", reason="the dask engine needs dask[distributed] (the dask extra)"
)

pytestmark = [pytest.mark.slow, pytest.mark.dask]


def without_time(rows: list[BatchRow]) -> list[dict[str, Any]]:
    return [row.model_dump(exclude={"elapsed_ms"}) for row in rows]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """One cluster for the module: two single-threaded worker processes."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def test_dask_gives_the_rows_of_the_local_engine(records: list[Any], client: Any) -> None:
    local = list(classify_many(records, partition_size=40))
    on_dask = list(classify_many(records, engine=client, partition_size=40))
    assert without_time(on_dask) == without_time(local)
    assert any(row.error for row in on_dask)  # the bad records are rows there too


def _plugins(dask_worker: Any) -> list[str]:
    """Run on a worker: the names of its plugins."""
    return sorted(dask_worker.plugins)


def test_each_worker_loads_the_index_through_the_plugin(client: Any) -> None:
    """The index is loaded by a worker plugin, once per worker, not shipped with tasks."""
    list(classify_many([{"id": 1, "text": "MIT License"}], engine=client))
    names = client.run(_plugins)
    assert len(names) == 2
    assert all(any(n.startswith("licenseclass-index-") for n in found) for found in names.values())


def test_run_batch_on_dask_resumes_and_reports_memory_per_worker(
    records: list[Any], client: Any, tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for record in records:
            if isinstance(record, dict):
                out.write(json.dumps(record) + "\n")
    target = tmp_path / "out.jsonl"
    first = run_batch(source, target, engine=client, partition_size=30)
    assert first.engine.startswith("dask ")
    assert first.workers == 2
    assert first.computed == tuple(range(first.partitions))
    assert 1 <= len(first.per_worker) <= 2
    assert all(w.worker.startswith("tcp://") for w in first.per_worker)
    assert all(w.peak_rss_mb > 50 for w in first.per_worker)  # each holds the index
    assert sum(w.partitions for w in first.per_worker) == first.partitions
    local = run_batch(source, tmp_path / "local.jsonl", partition_size=30)
    assert without_time(list(read_output(target))) == without_time(
        list(read_output(tmp_path / "local.jsonl"))
    )
    assert local.records == first.records

    (target / "part-00001.jsonl").unlink()
    second = run_batch(source, target, engine=client, partition_size=30)
    assert second.computed == (1,)
    assert without_time(list(read_output(target))) == without_time(
        list(read_output(tmp_path / "local.jsonl"))
    )
