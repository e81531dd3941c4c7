"""``licenseclass release NAME|FILE``: is this model release open source, in plain words."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path
from typing import Any

from licenseclass.cli.common import add_data_options, add_format_option, registry_from
from licenseclass.cli.output import echo, echo_json, safe
from licenseclass.core.datafile import DATA_SUFFIXES, REFUSED_SUFFIXES
from licenseclass.core.registry import Registry
from licenseclass.core.report import to_json
from licenseclass.releases.catalog import Release, ReleaseCatalog, default_catalog, read_release
from licenseclass.releases.summary import plain_summary
from licenseclass.releases.verdict import (
    RELEASE_POLICIES,
    ComponentAssessment,
    ReleaseAssessment,
    assess_release,
)

_POLICY_NAMES = {"article": "model itself", "osaid": "Open Source AI Definition 1.0"}
_MAX_WHY = 8
_WIDTH = 96


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "release", help="is a model release (ChatGPT, Llama, Mistral ...) open source?"
    )
    parser.add_argument(
        "release",
        metavar="NAME|FILE",
        nargs="?",
        help="a release id or alias, or a release YAML file; leave out to list the releases",
    )
    parser.add_argument(
        "--policy",
        choices=RELEASE_POLICIES,
        default="article",
        help="article: the weights and the code to run them (default); osaid: the Open "
        "Source AI Definition 1.0 (also training code and data information)",
    )
    parser.add_argument(
        "--releases",
        action="append",
        default=[],
        metavar="DIR",
        help="a folder of release YAML that extends or replaces built-in releases (repeatable)",
    )
    add_format_option(parser)
    add_data_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    registry = registry_from(args) if args.data else None
    if args.release is None:
        catalog = ReleaseCatalog(args.releases) if args.releases else default_catalog()
        if args.format == "json":
            echo_json(_listing(catalog, registry, as_json=True))
        else:
            echo(_listing(catalog, registry, as_json=False))
        return 0
    release = _load(args.release, args.releases)
    result = assess_release(release, args.policy, registry)
    if args.format == "json":
        echo_json(to_json(_as_dict(release, result, registry)))
    else:
        echo(render_text(release, result, registry))
    return 0


def _listing(catalog: ReleaseCatalog, registry: Registry | None, *, as_json: bool) -> str:
    """Every release with its verdict under both policies."""
    rows = [
        (r.id, r.name, *(assess_release(r, p, registry).verdict.level for p in RELEASE_POLICIES))
        for r in catalog
    ]
    if as_json:
        keys = ("id", "name", *RELEASE_POLICIES)
        return to_json([dict(zip(keys, row, strict=True)) for row in rows])
    table = [("id", "release", *RELEASE_POLICIES), *(tuple(map(safe, row)) for row in rows)]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    return "\n".join(
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in table
    )


def _load(key: str, folders: list[str]) -> Release:
    path = Path(key)
    if key.lower().endswith((*DATA_SUFFIXES, *REFUSED_SUFFIXES)) or path.is_file():
        return read_release(path)
    catalog = ReleaseCatalog(folders) if folders else default_catalog()
    return catalog.get(key)


def _as_dict(
    release: Release, result: ReleaseAssessment, registry: Registry | None
) -> dict[str, Any]:
    return {
        "release": release.model_dump(mode="json", exclude_none=True),
        "policy": result.policy,
        "verdict": result.verdict.model_dump(mode="json"),
        "summary": plain_summary(result, registry).model_dump(mode="json"),
        "components": [c.model_dump(mode="json") for c in result.components],
    }


# --------------------------------------------------------------------------- text


def render_text(
    release: Release, result: ReleaseAssessment, registry: Registry | None = None
) -> str:
    """One screen a non-lawyer can read: verdict first, then may / may not, parts, why.

    Every value from the release file is escaped (:func:`~licenseclass.cli.output.safe`).
    """
    v = result.verdict
    summary = plain_summary(result, registry)
    lines = [f"{safe(release.name)}: {safe(summary.headline)}"]
    lines.append(
        f"by {safe(release.organisation)}"
        + (f", {release.date.isoformat()}" if release.date else "")
        + f"; judged on: {_POLICY_NAMES[result.policy]} (--policy {result.policy})"
    )
    lines += ["", "What you may do:"]
    lines += [_item("+", m) for m in summary.may or ["nothing beyond what the law allows"]]
    lines += ["What you may not do, or must do:"]
    lines += [_item("-", m) for m in summary.may_not or ["no limits found"]]
    lines += ["", "Parts of the release:", *_table(result.components)]
    lines += ["", "Why:"]
    seen: list[str] = []
    for reason in v.reasons:
        if reason.message not in seen:
            seen.append(reason.message)
    lines += [_item("-", m) for m in seen[:_MAX_WHY]]
    if len(seen) > _MAX_WHY:
        lines.append(f"  ... and {len(seen) - _MAX_WHY} more (--format json lists them all)")
    if release.urls:
        lines.append(
            f"Sources: {safe(release.urls[0])}"
            + (" (and more in --format json)" if len(release.urls) > 1 else "")
        )
    return "\n".join(lines)


def _item(mark: str, text: str) -> str:
    return textwrap.fill(
        safe(text),
        width=_WIDTH,
        initial_indent=f"  {mark} ",
        subsequent_indent="    ",
        break_on_hyphens=False,  # keep license ids and URLs whole
    )


def _table(parts: tuple[ComponentAssessment, ...]) -> list[str]:
    rows = [("part", "available", "license", "verdict")]
    for c in parts:
        verdict = c.level if c.weighed else "(not weighed)"
        rows.append((c.kind, c.availability, safe(c.license or "-"), verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    return [
        "  " + "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:3])) + "  " + row[3]
        for row in rows
    ]
