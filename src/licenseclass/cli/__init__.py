"""The ``licenseclass`` command: a thin layer over the library.

Each sub-command lives in its own module with a ``register(subparsers)`` function that adds
its parser and sets ``handler`` to a function ``(args) -> int``. Exit codes: 0 success,
1 a finding the command reports as such, 2 bad input (message on stderr).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from licenseclass.cli.common import add_global_data_option
from licenseclass.errors import LicenseclassError

# Module names under licenseclass.cli, in the order ``--help`` lists them.
_COMMANDS: tuple[str, ...] = ("show", "listing", "data", "release", "expr", "classify")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="licenseclass",
        description="Classify software and AI-model licenses: open, restricted, closed.",
    )
    add_global_data_option(parser)
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in _COMMANDS:
        module = importlib.import_module(f"licenseclass.cli.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    try:
        return int(args.handler(args))
    except LicenseclassError as exc:
        print(f"licenseclass: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into head
        return 0
