"""The ``licenseclass`` command: a thin layer over the library.

Each sub-command lives in its own module with a ``register(subparsers)`` function that adds
its parser and sets ``handler`` to a function ``(args) -> int``. Exit codes (docs/cli.md):
0 done, 1 a finding the command reports as such, 2 bad input or usage, or output that could
not be written (one line on stderr, never a traceback). Everything printed goes through
:mod:`licenseclass.cli.output`, which escapes control characters that came from input.

Only the module of the sub-command being run is imported: the others appear in ``--help`` from
the table below, so ``licenseclass expr`` never loads the text index code, for instance.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import warnings
from collections.abc import Iterable, Sequence
from typing import Any

import licenseclass
from licenseclass.cli import output
from licenseclass.cli.common import add_global_data_option
from licenseclass.errors import LicenseclassError, OutputError

# Sub-command -> (its module under licenseclass.cli, the help line ``--help`` lists), in
# ``--help`` order. The help must match what the module registers (a test checks).
_COMMANDS: dict[str, tuple[str, str]] = {
    "show": ("show", "show one license and its verdict"),
    "list": ("listing", "list licenses with their verdicts"),
    "data": ("data", "work with license data folders"),
    "release": ("release", "is a model release (ChatGPT, Llama, Mistral ...) open source?"),
    "expr": ("expr", "parse an SPDX license expression and classify it"),
    "classify": ("classify", "identify the licenses in files (license texts, notices, SPDX tags)"),
    "scan": ("scan", "scan folders and archives: one license conclusion per project or package"),
    "env": ("env", "the licenses of the packages installed in a Python environment"),
    "batch": (
        "batch",
        "classify many records (texts, files, expressions, model cards) into JSONL or Parquet",
    ),
}


class _Parser(argparse.ArgumentParser):
    """argparse's parser, printing through :mod:`~licenseclass.cli.output`: its messages repeat
    the arguments as given ("unrecognized arguments: ..."), escape codes included."""

    def _print_message(self, message: str, file: Any = None) -> None:
        if not message:
            return
        if file is None or file is sys.stderr:
            output.warn(message.rstrip("\n"))
        else:
            output.echo(message.rstrip("\n"))


class _VersionAction(argparse.Action):
    """``--version``: like argparse's own, but the version is looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.update(nargs=0, default=argparse.SUPPRESS)
        super().__init__(option_strings, dest, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        output.echo(f"licenseclass {licenseclass.__version__}")
        parser.exit()


def build_parser(commands: Iterable[str] | None = None) -> argparse.ArgumentParser:
    """The parser, with full sub-parsers for ``commands`` (default all) and stubs for the rest."""
    full = set(_COMMANDS if commands is None else commands)
    parser = _Parser(
        prog="licenseclass",
        description="Classify software and AI-model licenses: open, restricted, closed.",
    )
    parser.add_argument("--version", action=_VersionAction, help="print the version and exit")
    add_global_data_option(parser)
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_line) in _COMMANDS.items():
        if name in full:
            module = importlib.import_module(f"licenseclass.cli.{module_name}")
            module.register(subparsers)
        else:
            subparsers.add_parser(name, help=help_line)
    return parser


def chosen_command(argv: Sequence[str]) -> str | None:
    """The sub-command ``argv`` runs: its first word that is neither an option nor the value
    of ``--data`` (the one top-level option that takes a value), or None when there is none
    or it is unknown."""
    words = iter(argv)
    for arg in words:
        if arg == "--data":
            next(words, None)
        elif not arg.startswith("-"):
            return arg if arg in _COMMANDS else None
    return None


def _one_line_warning(  # noqa: PLR0917 - the signature warnings.showwarning calls
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: object = None,
    line: str | None = None,
) -> None:
    """Library warnings (a damaged cache entry, an unwritable cache folder) as one line."""
    del category, filename, lineno, file, line
    text = str(message)
    output.warn(text if text.startswith("licenseclass:") else f"licenseclass: warning: {text}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit status is returned, never raised."""
    output.tolerant_stdout()
    with warnings.catch_warnings():  # restored on return: main may run inside a host program
        warnings.showwarning = _one_line_warning
        try:
            code = _run(sys.argv[1:] if argv is None else list(argv))
            output.flush()
        except OutputError as exc:
            output.discard_stdout()
            if exc.broken_pipe:  # the reader stopped reading (``| head``): nothing to report
                return 0
            output.warn(f"licenseclass: error: {exc}")
            return 2
        except KeyboardInterrupt:
            output.discard_stdout()
            return 130
    return code


def _run(args_list: list[str]) -> int:
    command = chosen_command(args_list)
    parser = build_parser([] if command is None else [command])
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    try:
        return int(args.handler(args))
    except OutputError:
        raise
    except LicenseclassError as exc:
        output.warn(f"licenseclass: error: {exc}")
        return 2
    except OSError as exc:  # an input the library did not name (it names the ones it reads)
        where = f": {exc.filename}" if exc.filename else ""
        output.warn(f"licenseclass: error: {exc.strerror or exc}{where}")
        return 2
