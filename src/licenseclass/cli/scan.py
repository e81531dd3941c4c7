"""``licenseclass scan PATH...``: one conclusion per project or package in folders and archives.

Argument registration is in :func:`add_scan_arguments` and the report in
:func:`report_for_args`, so that options which judge the report (policies) and other output
forms plug in without touching the scan; :func:`print_report` writes the two forms here.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from licenseclass.cli.common import add_data_options, registry_from
from licenseclass.cli.output import echo, echo_json, safe
from licenseclass.cli.policy_options import (
    add_policy_arguments,
    add_report_format_argument,
    policy_from_args,
)

if TYPE_CHECKING:
    from licenseclass.scan.results import PackageConclusion, ScanReport

HELP = "scan folders and archives: one license conclusion per project or package"
# A table cell longer than this is cut (the JSON form has every value whole).
CELL = 40
# At most this many skipped files are listed under the table.
SKIPPED_SHOWN = 20


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "scan",
        help=HELP,
        description=(
            "Scan each PATH (a folder, or a wheel, sdist, zip or tar archive, read without "
            "extracting it) for license files, package manifests, SPDX-License-Identifier "
            "tags and README license sections, and conclude once per project: the declared "
            "expression, the detected one, whether they agree, and the verdict. A sub-folder "
            "with its own license file or manifest is a vendored project of its own. Binary, "
            "oversized and unsafe entries are skipped and listed."
        ),
    )
    add_scan_arguments(parser)
    parser.set_defaults(handler=run)


def add_scan_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="PATTERN",
        help=".gitignore-style pattern of paths to leave out (repeatable): a pattern without "
        "'/' matches any file or folder name, one with '/' the path from the root",
    )
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="identify license texts in N processes (default 1; 0 means one per core)",
    )
    add_report_format_argument(parser)
    add_policy_arguments(parser)
    add_data_options(parser)


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("the number of processes cannot be negative")
    return value or (os.cpu_count() or 1)


def report_for_args(args: argparse.Namespace) -> ScanReport:
    from licenseclass.scan.project import scan_paths  # noqa: PLC0415 - loaded when run

    with progress_bar("scanning", unit="file") as step:
        return scan_paths(
            args.paths,
            registry=registry_from(args),
            excludes=args.exclude,
            jobs=args.jobs,
            progress=step,
        )


@contextlib.contextmanager
def progress_bar(description: str, *, unit: str) -> Iterator[Callable[[str], None] | None]:
    """A progress bar on stderr while the work lasts, only when stderr is a terminal (and
    only after the first second, so quick work shows nothing)."""
    if not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm  # noqa: PLC0415 - only for a terminal

    with tqdm(desc=description, unit=unit, file=sys.stderr, delay=1.0, leave=False) as bar:

        def step(path: str) -> None:
            del path
            bar.update()

        yield step


def run(args: argparse.Namespace) -> int:
    return judge_and_print(report_for_args(args), args)


def judge_and_print(report: ScanReport, args: argparse.Namespace) -> int:
    """Apply the policy the options give (if any), print the report; the exit status: 0 pass,
    1 a package the policy does not allow."""
    from licenseclass.scan.policy import apply_policy, exit_code  # noqa: PLC0415

    policy = policy_from_args(args)
    if policy is not None:
        report = apply_policy(report, policy, registry_from(args))
    print_report(report, args.format)
    return exit_code(report)


def print_report(report: ScanReport, form: str) -> None:
    """The report in ``form``: the table here for people, the writers for the other forms."""
    if form == "json":
        echo_json(json.dumps(report.model_dump(mode="json"), indent=2))
    elif form == "table":
        from licenseclass.scan.writers.table import use_colour  # noqa: PLC0415

        if use_colour(sys.stdout):  # the table escapes every value; only the colour is raw
            sys.stdout.write(table(report, color=True) + "\n")
        else:
            echo(table(report))
        if report.policy is not None and not report.policy.passed:
            for failure in report.policy.failures:
                echo(f"policy: {safe(failure.package)}: {safe(failure.message)}")
    else:
        from licenseclass.scan.writers import write_report  # noqa: PLC0415

        sys.stdout.write(write_report(report, form))  # the writers escape what they hold


def _cell(value: object) -> str:
    text = safe("-" if value is None else value)
    return text if len(text) <= CELL else text[: CELL - 1] + "…"


def _row(package: PackageConclusion) -> list[str]:
    name = package.name + (f" (in {package.vendored_in})" if package.vendored_in else "")
    return [
        _cell(name),
        _cell(package.version),
        _cell(package.declared_expression),
        _cell(package.detected_expression),
        package.agreement,
        package.verdict.level,
    ]


def table(report: ScanReport, *, color: bool = False) -> str:
    """The report for people: one row per package, then conflicts, errors and skipped files;
    with ``color``, each level in its colour (for a terminal)."""
    from licenseclass.scan.writers.table import coloured_level  # noqa: PLC0415

    head = ["package", "version", "declared", "detected", "agreement", "level"]
    rows = [head, *(_row(p) for p in report.packages)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    if color:
        for number, package in enumerate(report.packages, start=1):
            level = package.verdict.level
            lines[number] = lines[number][: -len(level)] + coloured_level(level, level)
    if not report.packages:
        lines.append("(no package found)")
    for package in report.packages:
        if package.agreement == "conflicting":
            lines.append(
                f"conflicting: {safe(package.name)} declares "
                f"{safe(package.declared_expression)}, its files say "
                f"{safe(package.detected_expression)} (the less open is taken)"
            )
        lines.extend(f"error: {safe(package.name)}: {safe(e)}" for e in package.errors)
    for skipped in report.skipped[:SKIPPED_SHOWN]:
        lines.append(f"skipped: {safe(skipped.path)}: {safe(skipped.reason)}")
    if len(report.skipped) > SKIPPED_SHOWN:
        more = len(report.skipped) - SKIPPED_SHOWN
        lines.append(f"skipped: {more} more (--format json lists them all)")
    return "\n".join(lines)
