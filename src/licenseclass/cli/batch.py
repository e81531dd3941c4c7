"""``licenseclass batch INPUT --out OUTPUT``: classify every record of a folder, a JSONL or a
Parquet file into a folder of JSONL or Parquet partitions (see docs/scale.md).

The summary (partitions computed and skipped, records per second, peak memory per worker) is
printed as JSON on stderr: the rows are in OUTPUT, and nothing on stdout could be taken for them.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from licenseclass.cli.common import add_data_options, data_folders
from licenseclass.cli.output import warn

HELP = "classify many records (texts, files, expressions, model cards) into JSONL or Parquet"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "batch",
        help=HELP,
        description=(
            "Classify every record of INPUT: a folder (each file a 'path' record), a JSONL or "
            "a Parquet file of records with an 'id' and one of 'text', 'path', 'expression' or "
            "'model_card'. OUTPUT, named *.jsonl or *.parquet, is a folder of part files, one "
            "per partition; a rerun skips the partitions already written. A record that fails "
            "is a row with its error. The summary is printed as JSON on stderr."
        ),
    )
    parser.add_argument("input", metavar="INPUT", help="a folder, a .jsonl or a .parquet file")
    parser.add_argument(
        "--out",
        required=True,
        metavar="OUTPUT",
        help="the output folder: NAME.jsonl or NAME.parquet",
    )
    parser.add_argument(
        "--engine", choices=("local", "dask"), default="local", help="where partitions run"
    )
    parser.add_argument(
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="local: N processes (default 1, in this process); dask without --scheduler: a "
        "LocalCluster of N workers",
    )
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="dask: the scheduler, e.g. tcp://10.0.0.5:8786"
    )
    parser.add_argument(
        "--partition-size",
        type=_positive,
        default=None,
        metavar="N",
        help="records per partition and part file (default 1000)",
    )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="when OUTPUT holds partitions of another input or partition size, delete them",
    )
    add_data_options(parser)
    parser.set_defaults(handler=run)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a positive number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {text!r}")
    return value


def run(args: argparse.Namespace) -> int:
    from licenseclass.batch import PARTITION_SIZE, run_batch  # noqa: PLC0415 - for this command

    if args.scheduler and args.engine != "dask":
        warn("licenseclass: error: --scheduler is for --engine dask")
        return 2
    summary = run_batch(
        args.input,
        args.out,
        engine=args.engine,
        jobs=args.jobs,
        scheduler=args.scheduler,
        partition_size=args.partition_size or PARTITION_SIZE,
        data=[str(folder) for folder in data_folders(args)],
        overwrite=args.overwrite,
    )
    warn(json.dumps(summary.model_dump(mode="json"), indent=2))
    return 0
