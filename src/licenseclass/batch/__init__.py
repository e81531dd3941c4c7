"""Classify many records at once, in this process, a process pool or on a Dask cluster.

- :func:`classify_many`: records in, :class:`BatchRow` rows out (an iterator, in order);
  :func:`to_dataframe` makes a pandas DataFrame of them;
- :func:`run_batch`: an input folder, JSONL or Parquet file to a resumable output folder of
  JSONL or Parquet partitions (what ``licenseclass batch`` runs);
- :func:`read_output`: the rows of such an output folder.

The record contract is in :mod:`licenseclass.batch.records`; running at scale is described in
the guide's "Running at scale" page. Dask and pyarrow are optional (the ``dask`` and ``batch``
extras) and imported only by the engine or the format that needs them.

Like the package itself, this module imports its names on first use (PEP 562): importing it
loads nothing else.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False
if TYPE_CHECKING:
    from licenseclass.batch.io import read_output
    from licenseclass.batch.records import BatchRow
    from licenseclass.batch.run import (
        PARTITION_SIZE,
        BatchSummary,
        WorkerStats,
        classify_many,
        run_batch,
        to_dataframe,
    )

# Public name -> the module that defines it (tests/batch checks it against the imports above).
_SOURCES: dict[str, str] = {
    "read_output": "licenseclass.batch.io",
    "BatchRow": "licenseclass.batch.records",
    "PARTITION_SIZE": "licenseclass.batch.run",
    "BatchSummary": "licenseclass.batch.run",
    "WorkerStats": "licenseclass.batch.run",
    "classify_many": "licenseclass.batch.run",
    "run_batch": "licenseclass.batch.run",
    "to_dataframe": "licenseclass.batch.run",
}

__all__ = [
    "PARTITION_SIZE",
    "BatchRow",
    "BatchSummary",
    "WorkerStats",
    "classify_many",
    "read_output",
    "run_batch",
    "to_dataframe",
]

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        if name not in _SOURCES:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(_SOURCES[name]), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return list(__all__)
