"""``licenseclass data check DIR``: validate a folder of the user's license YAML."""

from __future__ import annotations

import argparse
from typing import Any

from licenseclass.cli.output import echo, safe
from licenseclass.core.registry import load_folder
from licenseclass.core.verdict import verdict


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("data", help="work with license data folders")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = actions.add_parser("check", help="validate every YAML file of a folder")
    check.add_argument("folder", metavar="DIR")
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    entries = load_folder(args.folder)  # raises DataFileError (exit 2) on the first bad file
    for lic in entries:
        echo(f"ok  {safe(lic.id):<40} {verdict(lic).level}")
    echo(f"{len(entries)} entries valid in {safe(args.folder)}")
    return 0
