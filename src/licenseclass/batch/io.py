"""Batch inputs (a folder, a JSONL or a Parquet file) and outputs (a folder of partitions).

An output named ``x.jsonl`` or ``x.parquet`` is a folder, as Spark and Dask write datasets:
``part-00000.jsonl`` (or ``.parquet``) and so on, one per partition of the input, and
``_manifest.json``, which describes the input the partitions were computed from. pandas and
pyarrow read ``x.parquet/`` as one table (they skip names starting with ``_`` or ``.``).
Each part file is written to a hidden temporary name and renamed, so a part file that exists
is complete.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

from licenseclass.batch.records import BatchRow, Malformed, RecordId, error_text
from licenseclass.errors import (
    BatchOutputError,
    BatchRecordError,
    InputFileError,
    MissingExtraError,
)

OutputFormat = Literal["jsonl", "parquet"]
MANIFEST = "_manifest.json"
MANIFEST_VERSION = 1
_PART_DIGITS = 5


def _pyarrow(what: str) -> Any:
    """pyarrow and pyarrow.parquet, or :class:`MissingExtraError` naming the extra."""
    try:
        import pyarrow  # noqa: PLC0415 - optional, loaded only for Parquet
        import pyarrow.parquet  # noqa: PLC0415
    except ImportError as exc:
        raise MissingExtraError(what, module="pyarrow", extra="batch") from exc
    return pyarrow


# --------------------------------------------------------------------------- inputs


def input_kind(path: Path) -> Literal["folder", "jsonl", "parquet"]:
    if path.is_dir():
        return "folder"
    if not path.is_file():
        raise InputFileError("does not exist or is not a file or a folder", path=path)
    suffix = path.suffix.casefold()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    raise InputFileError("is neither a folder nor a .jsonl or .parquet file", path=path)


def _folder_files(folder: Path) -> list[Path]:
    """Every regular file under ``folder``, sorted, links to folders not followed."""
    found: list[Path] = []
    for top, dirs, names in os.walk(folder, followlinks=False):
        dirs.sort()
        found += [Path(top) / n for n in sorted(names) if (Path(top) / n).is_file()]
    return found


def input_digest(path: Path) -> dict[str, Any]:
    """What identifies an input for resuming: its kind, size and SHA-256. For a folder, the
    digest covers each file's relative path, size and modification time (its records are the
    paths, read when they are classified)."""
    kind = input_kind(path)
    digest = hashlib.sha256()
    size = 0
    if kind == "folder":
        for file in _folder_files(path):
            stat = file.stat()
            size += stat.st_size
            line = f"{file.relative_to(path).as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}\n"
            digest.update(line.encode("utf-8", "surrogateescape"))
    else:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                size += len(chunk)
                digest.update(chunk)
    return {"kind": kind, "size": size, "sha256": digest.hexdigest()}


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The records of an input, in a fixed order.

    A folder gives one ``path`` record per regular file (id: its path relative to the folder,
    ``/``-separated). A JSONL line that is not a JSON object gives a record with the id
    ``"line N"`` (N counted from 1) and the parse error, which becomes the row's error; blank
    lines are skipped.
    """
    kind = input_kind(path)
    if kind == "folder":
        for file in _folder_files(path):
            yield {"id": file.relative_to(path).as_posix(), "path": str(file.resolve())}
    elif kind == "jsonl":
        with path.open("r", encoding="utf-8", errors="surrogateescape") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                yield _json_record(line, number)
    else:
        pyarrow = _pyarrow("reading a Parquet input")
        table = pyarrow.parquet.ParquetFile(path)
        for batch in table.iter_batches(batch_size=4096):
            yield from batch.to_pylist()


def _json_record(line: str, number: int) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except ValueError as exc:
        error = BatchRecordError(f"line {number}: {exc}")
        return Malformed(id=f"line {number}", error=error_text(error))
    if not isinstance(record, dict):
        found = type(record).__name__
        error = BatchRecordError(f"line {number}: a record is a JSON object, not {found}")
        return Malformed(id=f"line {number}", error=error_text(error))
    return record


# --------------------------------------------------------------------------- outputs


def output_format(output: Path) -> OutputFormat:
    suffix = output.suffix.casefold()
    if suffix == ".jsonl":
        return "jsonl"
    if suffix == ".parquet":
        return "parquet"
    raise BatchOutputError(f"{output}: the output's name ends in .jsonl or .parquet")


def part_name(index: int, fmt: OutputFormat) -> str:
    return f"part-{index:0{_PART_DIGITS}d}.{fmt}"


def id_type(ids: Sequence[RecordId]) -> str:
    """The Parquet type of the ``id`` column: the ids' own type when they all have one
    (``string``, ``int64``, ``double``, ``bool``; nulls allowed), else ``json``: a string
    column holding each id's JSON text (``42`` -> ``"42"``), as one column has one type."""
    seen = {type(i) for i in ids if i is not None}
    if len(seen) > 1:
        return "json"
    kind = next(iter(seen), str)
    return {str: "string", int: "int64", float: "double", bool: "bool"}[kind]


def hidden_temporary(target: Path) -> Path:
    """A fresh hidden name beside ``target`` (readers of the folder skip hidden names)."""
    return target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


def write_part(
    folder: Path, index: int, rows: Sequence[BatchRow], fmt: OutputFormat, ids: str
) -> Path:
    """Write one partition atomically: to a hidden temporary file, then renamed."""
    target = folder / part_name(index, fmt)
    temporary = hidden_temporary(target)
    try:
        if fmt == "jsonl":
            with temporary.open("x", encoding="utf-8") as out:
                for row in rows:
                    out.write(row.model_dump_json() + "\n")
        else:
            _write_parquet(temporary, rows, ids)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def _write_parquet(path: Path, rows: Sequence[BatchRow], ids: str) -> None:
    pa = _pyarrow("writing a Parquet output")
    column = {"json": pa.string(), "string": pa.string(), "int64": pa.int64()}
    column |= {"double": pa.float64(), "bool": pa.bool_()}
    schema = pa.schema(
        [
            ("id", column[ids]),
            ("kind", pa.string()),
            ("ids", pa.list_(pa.string())),
            ("expression", pa.string()),
            ("level", pa.string()),
            ("reasons", pa.list_(pa.string())),
            ("coverage", pa.float64()),
            ("error", pa.string()),
            ("elapsed_ms", pa.float64()),
        ],
        metadata={"licenseclass:id_type": ids},
    )
    data = [row.model_dump(mode="json") for row in rows]
    if ids == "json":
        for item in data:
            item["id"] = json.dumps(item["id"])
    pa.parquet.write_table(pa.Table.from_pylist(data, schema=schema), path)


def read_part(path: Path) -> list[BatchRow]:
    """The rows of one part file (ids of a ``json`` id column decoded back)."""
    if path.suffix == ".jsonl":
        with path.open("r", encoding="utf-8") as handle:
            return [BatchRow.model_validate_json(line) for line in handle if line.strip()]
    pa = _pyarrow("reading a Parquet output")
    table = pa.parquet.read_table(path)
    meta = table.schema.metadata or {}
    decode = meta.get(b"licenseclass:id_type") == b"json"
    rows = []
    for item in table.to_pylist():
        if decode:
            item["id"] = json.loads(item["id"])
        rows.append(BatchRow.model_validate(item))
    return rows


def read_output(output: Path | str) -> Iterator[BatchRow]:
    """Every row of a batch output folder, partition by partition (input order)."""
    folder = Path(output)
    fmt = output_format(folder)
    for part in sorted(folder.glob(f"part-*.{fmt}")):
        yield from read_part(part)
