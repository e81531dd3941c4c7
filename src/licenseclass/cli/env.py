"""``licenseclass env``: the license of every distribution installed in a Python environment."""

from __future__ import annotations

import argparse
from typing import Any

from licenseclass.cli.common import add_data_options, registry_from
from licenseclass.cli.policy_options import add_policy_arguments, add_report_format_argument
from licenseclass.cli.scan import judge_and_print

HELP = "the licenses of the packages installed in a Python environment"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "env",
        help=HELP,
        description=(
            "One conclusion per distribution installed in this Python environment, or in the "
            "one of --python: the license its metadata declares, the one its license files "
            "hold, whether they agree, and the verdict. With --requirements, only the "
            "packages a requirements file, pyproject.toml, uv.lock, poetry.lock or "
            "pylock.toml lists, looked up without network; one that is not installed is "
            "reported as not installed."
        ),
    )
    parser.add_argument(
        "--python",
        metavar="PATH",
        help="the interpreter of the environment to list (default: the one running this)",
    )
    parser.add_argument(
        "--requirements",
        action="append",
        default=[],
        metavar="FILE",
        help="only the packages this file lists (repeatable)",
    )
    add_report_format_argument(parser)
    add_policy_arguments(parser)
    add_data_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from licenseclass.scan.environment import scan_environment  # noqa: PLC0415

    report = scan_environment(
        python=args.python, requirements=args.requirements, registry=registry_from(args)
    )
    return judge_and_print(report, args)
