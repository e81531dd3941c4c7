"""``licenseclass list``: every license and exception with its verdict."""

from __future__ import annotations

import argparse
from typing import Any

from licenseclass.cli.common import add_data_options, add_format_option, registry_from
from licenseclass.cli.output import echo, echo_json, safe
from licenseclass.core.report import to_json
from licenseclass.core.verdict import LICENSE_POLICIES, verdict


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("list", help="list licenses with their verdicts")
    parser.add_argument("--level", choices=("open", "restricted", "closed", "unknown"))
    parser.add_argument(
        "--kind", choices=("software", "model", "data", "content", "terms", "exception", "special")
    )
    parser.add_argument("--policy", choices=LICENSE_POLICIES, default="article")
    add_format_option(parser)
    add_data_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    rows: list[dict[str, Any]] = []
    for lic in registry_from(args).select(kind=args.kind):
        v = verdict(lic, args.policy)
        if args.level and v.level != args.level:
            continue
        rows.append(
            {
                "id": lic.id,
                "name": lic.name,
                "kind": lic.kind,
                "osi_approved": lic.osi_approved,
                "fsf_libre": lic.fsf_libre,
                "deprecated": lic.deprecated,
                "provenance": lic.provenance.status,
                "verdict": {"level": v.level, "policy": v.policy},
            }
        )
    if args.format == "json":
        echo_json(to_json(rows))
        return 0
    ids = [safe(r["id"]) for r in rows]
    width = max((len(i) for i in ids), default=2)
    lines = []
    for shown, r in zip(ids, rows, strict=True):
        flags = ("OSI " if r["osi_approved"] else "    ") + ("FSF" if r["fsf_libre"] else "   ")
        level = r["verdict"]["level"]
        lines.append(
            f"{shown:<{width}}  {level:<10} {flags}  {r['provenance']:<8}  {safe(r['name'])}"
        )
    lines.append(f"{len(rows)} entries")
    echo("\n".join(lines))
    return 0
