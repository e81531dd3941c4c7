"""The batch on the local engines: rows, errors, partitions, resuming, formats, the command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import licenseclass.batch
from licenseclass.batch import BatchRow, classify_many, read_output, run_batch, to_dataframe
from licenseclass.batch.records import KINDS
from licenseclass.cli import main
from licenseclass.errors import BatchOutputError, MissingExtraError
from licenseclass.expressions.lenient import normalize
from licenseclass.expressions.verdicts import classify_expression
from licenseclass.textid.classify import classify_file, classify_text

pytestmark = pytest.mark.slow  # identifying texts loads the text index


def without_time(rows: list[BatchRow]) -> list[dict[str, Any]]:
    return [row.model_dump(exclude={"elapsed_ms"}) for row in rows]


def write_jsonl(path: Path, records: list[Any]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record) + "\n")
    return path


@pytest.fixture(scope="module")
def local_rows(records: list[Any]) -> list[BatchRow]:
    return list(classify_many(records, partition_size=40))


def test_one_row_per_record_in_order_with_its_id_unchanged(
    records: list[Any], local_rows: list[BatchRow]
) -> None:
    assert len(records) >= 200
    assert len(local_rows) == len(records)
    for record, row in zip(records, local_rows, strict=True):
        given = record.get("id") if isinstance(record, dict) else None
        if isinstance(given, (str, int, float, bool)) or given is None:
            assert row.id == given
            assert type(row.id) is type(given)  # True stays a bool, 0.5 a float
        assert row.elapsed_ms >= 0.0


def test_text_and_path_rows_are_what_the_library_finds(
    records: list[Any], local_rows: list[BatchRow]
) -> None:
    checked = 0
    for record, row in zip(records, local_rows, strict=True):
        if row.error is not None or row.kind not in ("text", "path"):
            continue
        if row.kind == "text":
            found = classify_text(record["text"])
        else:
            found = classify_file(record["path"])
        assert (row.ids, row.expression, row.level) == (
            found.ids,
            found.expression,
            found.verdict.level,
        )
        assert row.coverage == found.coverage
        assert row.reasons == tuple(r.message for r in found.verdict.reasons)
        checked += 1
    assert checked >= 100
    identified = [r for r in local_rows if r.kind == "text" and r.expression]
    assert len(identified) >= 60  # catalogue texts and notices are mostly identified


def test_expression_rows_read_metadata_as_a_scan_does(
    records: list[Any], local_rows: list[BatchRow]
) -> None:
    for record, row in zip(records, local_rows, strict=True):
        if row.kind != "expression" or row.error is not None:
            continue
        read = normalize(record["expression"]).for_verdict
        if read is None:
            assert row.expression is None
            assert row.ids == ()
        elif len(record["expression"]) <= 200:
            judged = classify_expression(read)
            assert (row.expression, row.level) == (judged.expression, judged.level)
            assert set(row.ids) <= set(
                judged.expression.replace("(", " ").replace(")", " ").split()
            )
    by_text = {
        r["expression"]: row
        for r, row in zip(records, local_rows, strict=True)
        if isinstance(r, dict) and isinstance(r.get("expression"), str)
    }
    assert by_text["Apache 2.0"].ids == ("Apache-2.0",)
    assert by_text["Proprietary"].level == "closed"
    assert by_text["Apache-2.0 WITH LLVM-exception"].ids == ("Apache-2.0", "LLVM-exception")
    assert by_text["((("].level == "unknown"
    assert by_text["((("].reasons  # says why nothing was read


def test_model_card_rows_judge_the_declared_license(
    records: list[Any], local_rows: list[BatchRow]
) -> None:
    cards = {
        r["model_card"]: row
        for r, row in zip(records, local_rows, strict=True)
        if isinstance(r, dict) and r.get("model_card")
    }
    llama = next(row for card, row in cards.items() if "llama3.1" in card)
    assert llama.level == "restricted"
    assert llama.ids and llama.expression
    bare_matter = [row for card, row in cards.items() if card.startswith("license: ")]
    assert len(bare_matter) == 5
    assert all(row.expression for row in bare_matter)  # front matter without its --- lines
    both = cards["---\nlicense: [apache-2.0, cc-by-4.0]\n---\n"]
    assert both.ids == ("Apache-2.0", "CC-BY-4.0")
    bare = cards["# A model card without front matter\n"]
    assert (bare.level, bare.expression, bare.error) == ("unknown", None, None)
    assert any("front matter" in reason for reason in bare.reasons)
    unknown = cards["---\nlicense: not-a-license-anyone-knows\n---\n"]
    assert unknown.level == "unknown"
    assert unknown.error is None
    judged = [row for row in cards.values() if row.expression]
    assert len(judged) >= 20


def test_a_record_that_fails_is_a_row_with_its_error(local_rows: list[BatchRow]) -> None:
    errors = {row.id if not isinstance(row.id, list) else None: row for row in local_rows}
    failed = [row for row in local_rows if row.error is not None]
    assert all(row.level == "unknown" and row.ids == () for row in failed)
    assert errors["two"].error is not None
    assert errors["two"].error.startswith("BatchRecordError: a record has exactly one of")
    assert errors["none-of-them"].error is not None
    assert errors["not-a-string"].error == "BatchRecordError: expression must be a string, not int"
    assert errors["missing-file"].error is not None
    assert errors["missing-file"].error.startswith("InputFileError: ")
    assert errors["missing-file"].kind == "path"
    assert errors["binary"].error is not None
    assert errors["a-folder"].error is not None
    assert errors["a-folder"].error.startswith("InputFileError: ")
    no_ids = [row for row in failed if row.id is None]
    assert {row.error.split(":")[0] for row in no_ids if row.error} == {"BatchRecordError"}
    assert len(failed) == 9


def test_a_process_pool_gives_the_same_rows(records: list[Any], local_rows: list[BatchRow]) -> None:
    pooled = list(classify_many(records, jobs=2, partition_size=40))
    assert without_time(pooled) == without_time(local_rows)


def test_rows_as_a_dataframe(local_rows: list[BatchRow]) -> None:
    pytest.importorskip("pandas", reason="to_dataframe needs pandas (the batch extra)")
    frame = to_dataframe(local_rows[:30])
    assert list(frame.columns) == list(BatchRow.model_fields)
    assert len(frame) == 30
    assert list(frame["id"]) == [row.id for row in local_rows[:30]]


# --------------------------------------------------------------------------- run_batch


def test_rerun_after_deleting_a_partition_recomputes_only_it(
    records: list[Any], local_rows: list[BatchRow], tmp_path: Path
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    first = run_batch(source, out, partition_size=50)
    count = -(-len(records) // 50)
    assert first.partitions == count
    assert first.computed == tuple(range(count))
    assert first.skipped == ()
    assert first.records == first.classified == len(records)
    # a record that is not an object is, on a JSONL line, a malformed line named by its number
    written = without_time(list(read_output(out)))
    expected = without_time(local_rows)
    odd = [n for n, r in enumerate(records) if not isinstance(r, dict)]
    assert [written[n]["id"] for n in odd] == [f"line {n + 1}" for n in odd]
    assert [w for n, w in enumerate(written) if n not in odd] == [
        e for n, e in enumerate(expected) if n not in odd
    ]
    parts = sorted(out.glob("part-*.jsonl"))
    assert [p.name for p in parts] == [f"part-{i:05d}.jsonl" for i in range(count)]
    kept = {p.name: p.stat().st_mtime_ns for p in parts if p.name != "part-00002.jsonl"}
    before = (out / "part-00002.jsonl").read_text(encoding="utf-8")
    (out / "part-00002.jsonl").unlink()

    second = run_batch(source, out, partition_size=50)
    assert second.computed == (2,)
    assert second.skipped == tuple(i for i in range(count) if i != 2)
    assert second.classified == 50
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl") if p.name in kept} == (
        kept
    )
    again = [
        json.loads(line) for line in (out / "part-00002.jsonl").read_text("utf-8").splitlines()
    ]
    earlier = [json.loads(line) for line in before.splitlines()]
    for row in (*again, *earlier):
        row.pop("elapsed_ms")
    assert again == earlier

    third = run_batch(source, out, partition_size=50)  # nothing left to do
    assert third.computed == ()
    assert third.classified == 0


def test_a_rerun_on_another_input_or_partition_size_is_refused(
    records: list[Any], tmp_path: Path
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", records[:30])
    out = tmp_path / "out.jsonl"
    run_batch(source, out, partition_size=10)
    with pytest.raises(BatchOutputError, match="another input, partition size"):
        run_batch(source, out, partition_size=20)
    write_jsonl(source, records[:31])
    with pytest.raises(BatchOutputError, match="--overwrite"):
        run_batch(source, out, partition_size=10)
    redone = run_batch(source, out, partition_size=10, overwrite=True)
    assert redone.computed == (0, 1, 2, 3)
    assert len(list(read_output(out))) == 31
    (tmp_path / "taken.jsonl").mkdir()
    (tmp_path / "taken.jsonl" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(BatchOutputError, match="not a batch output"):
        run_batch(source, tmp_path / "taken.jsonl", overwrite=True)
    assert (tmp_path / "taken.jsonl" / "notes.txt").is_file()  # never deleted
    with pytest.raises(BatchOutputError, match=r"\.jsonl or \.parquet"):
        run_batch(source, tmp_path / "out.csv")


def test_malformed_lines_are_rows_named_by_their_line(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": "a", "expression": "MIT"}\n\n{"id": "b", "expression": \n[1, 2]\n',
        encoding="utf-8",
    )
    run_batch(source, tmp_path / "out.jsonl")
    rows = list(read_output(tmp_path / "out.jsonl"))
    assert [row.id for row in rows] == ["a", "line 3", "line 4"]
    assert rows[0].level == "open"
    assert rows[1].error is not None
    assert rows[1].error.startswith("BatchRecordError: line 3: ")
    assert rows[2].error == "BatchRecordError: line 4: a record is a JSON object, not list"


def test_parquet_round_trip_keeps_ids_and_reads_as_one_table(
    records: list[Any], local_rows: list[BatchRow], tmp_path: Path
) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet needs pyarrow (the batch extra)")
    dicts = [r for r in records if isinstance(r, dict)]
    source = write_jsonl(tmp_path / "in.jsonl", dicts)
    mixed = run_batch(source, tmp_path / "o.parquet", partition_size=60)
    assert mixed.format == "parquet"
    expected = [row for r, row in zip(records, local_rows, strict=True) if isinstance(r, dict)]
    assert without_time(list(read_output(tmp_path / "o.parquet"))) == without_time(expected)
    table = pq.read_table(tmp_path / "o.parquet")  # the folder, as one table
    assert table.num_rows == len(dicts)
    assert str(table.schema.field("id").type) == "string"  # mixed ids: their JSON text
    assert table.column("id")[0].as_py() == '"text-0"'

    numbered = [{"id": n, "expression": e} for n, e in enumerate(["MIT", "GPLv2+", "BSD"] * 4)]
    source = tmp_path / "numbered.parquet"
    pa = pytest.importorskip("pyarrow")
    pq.write_table(pa.Table.from_pylist(numbered), source)  # input Parquet as well
    run_batch(source, tmp_path / "n.parquet", partition_size=5)
    table = pq.read_table(tmp_path / "n.parquet")
    assert str(table.schema.field("id").type) == "int64"
    assert table.column("id").to_pylist() == list(range(12))
    assert [row.id for row in read_output(tmp_path / "n.parquet")] == list(range(12))


def test_a_folder_input_gives_one_path_record_per_file(tmp_path: Path) -> None:
    folder = tmp_path / "tree"
    (folder / "sub").mkdir(parents=True)
    from licenseclass.core.licensedcode import scancode_licenses

    (folder / "LICENSE").write_text(scancode_licenses()["mit"].text, encoding="utf-8")
    (folder / "sub" / "COPYING").write_text(
        scancode_licenses()["apache-2.0"].text, encoding="utf-8"
    )
    (folder / "sub" / "data.bin").write_bytes(b"\x00" * 64)
    summary = run_batch(folder, tmp_path / "out.jsonl")
    rows = {row.id: row for row in read_output(tmp_path / "out.jsonl")}
    assert summary.records == 3
    assert set(rows) == {"LICENSE", "sub/COPYING", "sub/data.bin"}
    assert rows["LICENSE"].ids == ("MIT",)
    assert rows["sub/COPYING"].ids == ("Apache-2.0",)
    assert rows["sub/data.bin"].error is not None
    assert all(row.kind == "path" for row in rows.values())


# --------------------------------------------------------------------------- the command


def test_the_command_end_to_end(
    records: list[Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", records[:60])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "--out", str(out), "--partition-size", "25"]) == 0
    printed, summary_text = capsys.readouterr()
    assert printed == ""
    summary = json.loads(summary_text)
    assert summary["computed"] == [0, 1, 2]
    assert summary["records"] == 60
    assert summary["engine"] == "local"
    assert summary["per_worker"][0]["peak_rss_mb"] > 10
    assert len(list(read_output(out))) == 60
    (out / "part-00001.jsonl").unlink()
    assert main(["batch", str(source), "--out", str(out), "--partition-size", "25"]) == 0
    assert json.loads(capsys.readouterr().err)["computed"] == [1]
    assert main(["batch", str(source), "--out", str(out), "--partition-size", "7"]) == 2
    assert "--overwrite" in capsys.readouterr().err


def test_parquet_without_pyarrow_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "expression": "MIT"}])
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now fails
    with pytest.raises(MissingExtraError, match=r"licenseclass\[batch\]") as caught:
        run_batch(source, tmp_path / "out.parquet")
    assert caught.value.extra == "batch"
    assert main(["batch", str(source), "--out", str(tmp_path / "o.parquet")]) == 2
    assert "pip install 'licenseclass[batch]'" in capsys.readouterr().err
    # JSONL needs nothing extra
    assert main(["batch", str(source), "--out", str(tmp_path / "o.jsonl")]) == 0


def test_bad_options_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "expression": "MIT"}])
    assert main(["batch", str(source), "--out", str(tmp_path / "o.jsonl"), "--jobs", "0"]) == 2
    assert main(["batch", str(tmp_path / "missing.jsonl"), "--out", "o.jsonl"]) == 2
    assert main(["batch", str(source), "--out", "o.jsonl", "--scheduler", "tcp://x:1"]) == 2
    err = capsys.readouterr().err
    assert "missing.jsonl" in err
    assert "Traceback" not in err


# --------------------------------------------------------------------------- laziness


def test_importing_batch_loads_nothing_else() -> None:
    probe = "import licenseclass.batch, json, sys; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = json.loads(done.stdout)
    ours = {m for m in loaded if m.startswith("licenseclass")}
    assert ours == {"licenseclass", "licenseclass.batch"}
    assert not {"pydantic", "pyarrow", "dask", "distributed", "pandas"} & set(loaded)


def test_the_record_kinds_are_the_contracts() -> None:
    assert KINDS == ("text", "path", "expression", "model_card")


def test_an_unknown_engine_or_bad_sizes_are_refused() -> None:
    from licenseclass.errors import ArgumentTypeError

    with pytest.raises(ArgumentTypeError, match="engine"):
        list(classify_many([{"id": 1, "expression": "MIT"}], engine="spark"))
    with pytest.raises(ArgumentTypeError, match="jobs"):
        list(classify_many([{"id": 1, "expression": "MIT"}], jobs=0))
    with pytest.raises(ArgumentTypeError, match="partition_size"):
        list(classify_many([{"id": 1, "expression": "MIT"}], partition_size=0))


def test_the_dask_engine_without_its_extra_names_it_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "expression": "MIT"}])
    # the engine's module fails to import, as it does without distributed (which itself stays:
    # a cluster of another test may be running in this process)
    monkeypatch.setitem(sys.modules, "licenseclass.batch._dask", None)
    monkeypatch.delattr(licenseclass.batch, "_dask", raising=False)
    with pytest.raises(MissingExtraError, match=r"licenseclass\[dask\]"):
        run_batch(source, tmp_path / "out.jsonl", engine="dask")
    assert not (tmp_path / "out.jsonl").exists()
