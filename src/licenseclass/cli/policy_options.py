"""The policy-gate options that ``scan`` and ``env`` share: --fail-on, --allow, --deny, --policy.

Each option may be repeated or take a comma-separated list (``--allow MIT,ISC``); one value per
flag keeps ``licenseclass scan --allow MIT PATH`` from reading PATH as an id. What the flags
give is added to the policy file's rules. A bad level, id or file raises a
:class:`~licenseclass.errors.LicenseclassError`, which the command line reports with exit 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from licenseclass.errors import DataFileError

if TYPE_CHECKING:  # imported when a policy is asked for, not for --help
    from licenseclass.scan.policy import Policy

# Exit codes of a policy gate (docs/cli.md): 0 pass, 1 a package the policy does not allow,
# 2 bad input or usage (argparse and the error handler of ``main`` give that one).
EXIT_PASS = 0
EXIT_POLICY_FAILURE = 1


def _values(raw: list[str] | None) -> tuple[str, ...]:
    return tuple(p.strip() for item in raw or () for p in item.split(",") if p.strip())


def add_policy_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the policy options to a sub-command's parser."""
    group = parser.add_argument_group(
        "policy gate", "exit 1 when a package breaks the policy (0 when it passes, 2 bad input)"
    )
    group.add_argument(
        "--fail-on",
        action="append",
        metavar="LEVELS",
        help="verdict levels that fail a package, comma-separated: restricted,closed,unknown",
    )
    group.add_argument(
        "--allow",
        action="append",
        metavar="ID",
        help="a license id allowed whatever its level (repeatable, or comma-separated)",
    )
    group.add_argument(
        "--deny",
        action="append",
        metavar="ID",
        help="a license id never allowed; an OR choice of another license still passes",
    )
    group.add_argument(
        "--policy",
        metavar="FILE",
        help="a YAML policy file (fail-on, allow, deny) or a pyproject.toml [tool.licenseclass]",
    )


def add_report_format_argument(parser: argparse.ArgumentParser) -> None:
    """``--format`` with the public report format names (``table`` by default)."""
    from licenseclass.scan.writers import FORMATS  # noqa: PLC0415 - a small module, no data

    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help="how the report is written (table: for people; json: the versioned model; "
        "spdx-json and cyclonedx-json: SBOMs; html: a self-contained page)",
    )


def policy_from_args(args: argparse.Namespace) -> Policy | None:
    """The policy the options give, or None when none was given."""
    from pydantic import ValidationError  # noqa: PLC0415 - only when a policy is asked for

    from licenseclass.scan.policy import Policy, load_policy  # noqa: PLC0415 - as above

    fail_on = _values(getattr(args, "fail_on", None))
    allow = _values(getattr(args, "allow", None))
    deny = _values(getattr(args, "deny", None))
    path = getattr(args, "policy", None)
    if not (fail_on or allow or deny or path):
        return None
    try:
        given = Policy(fail_on=fail_on, allow=allow, deny=deny)
        return given if path is None else load_policy(Path(path)).merged(given)
    except ValidationError as exc:  # a bad level or id given on the command line
        first = exc.errors()[0]
        option = "--" + str(first["loc"][0]).replace("_", "-") if first["loc"] else "--policy"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise DataFileError(message, path=option) from None
