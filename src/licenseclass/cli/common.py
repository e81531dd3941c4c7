"""Options shared by several sub-commands."""

from __future__ import annotations

import argparse

from licenseclass.core.registry import Registry, default_registry


def add_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text")


def add_data_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        action="append",
        default=[],
        metavar="DIR",
        help="a folder of license YAML that extends or overrides the built-in data (repeatable)",
    )


def registry_from(args: argparse.Namespace) -> Registry:
    """The built-in registry, or one extended by the ``--data`` folders."""
    folders = getattr(args, "data", None) or []
    return Registry(folders) if folders else default_registry()
