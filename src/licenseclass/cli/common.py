"""Options shared by several sub-commands."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the registry is imported when a command needs it, not for --help
    from licenseclass.core.registry import Registry

# A path list (``os.pathsep``-separated) of user data folders, read before any --data.
DATA_ENV = "LICENSECLASS_DATA"

DATA_HELP = (
    "a folder of license YAML and <ID>.txt texts that extends or overrides the built-in data "
    f"(repeatable; before or after the sub-command; also from ${DATA_ENV})"
)


def add_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text")


def add_global_data_option(parser: argparse.ArgumentParser) -> None:
    """``--data`` before the sub-command (its own destination: a sub-parser's default would
    otherwise overwrite what was given there)."""
    parser.add_argument(
        "--data", action="append", default=[], dest="global_data", metavar="DIR", help=DATA_HELP
    )


def add_data_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", action="append", default=[], metavar="DIR", help=DATA_HELP)


def data_folders(args: argparse.Namespace) -> list[Path]:
    """The user folders, in order: ``$LICENSECLASS_DATA``, then --data before the sub-command,
    then --data after it (a later folder's entry overrides an earlier one with the same id)."""
    from_env = [Path(part) for part in os.environ.get(DATA_ENV, "").split(os.pathsep) if part]
    given = [*getattr(args, "global_data", []), *getattr(args, "data", [])]
    return [*from_env, *(Path(folder) for folder in given)]


def registry_from(args: argparse.Namespace) -> Registry:
    """The built-in registry, or one extended by the user's data folders."""
    from licenseclass.core.registry import Registry, default_registry  # noqa: PLC0415

    folders = data_folders(args)
    return Registry(folders) if folders else default_registry()
