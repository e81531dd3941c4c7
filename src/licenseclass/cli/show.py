"""``licenseclass show ID``: one license, its typed model and its verdict."""

from __future__ import annotations

import argparse
from typing import Any

from licenseclass.cli.common import add_data_options, add_format_option, registry_from
from licenseclass.cli.output import echo, echo_json
from licenseclass.core.report import license_dict, license_text, to_json
from licenseclass.core.verdict import LICENSE_POLICIES, verdict


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("show", help="show one license and its verdict")
    parser.add_argument("license_id", metavar="ID", help="SPDX id, LicenseRef id or alias")
    parser.add_argument("--policy", choices=LICENSE_POLICIES, default="article")
    add_format_option(parser)
    add_data_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lic = registry_from(args).get(args.license_id)
    v = verdict(lic, args.policy)
    if args.format == "json":
        echo_json(to_json(license_dict(lic, v)))
    else:
        echo(license_text(lic, v))
    return 0
