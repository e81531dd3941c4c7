"""``licenseclass release NAME|FILE``: is this model release open source, in plain words."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path
from typing import Any

from licenseclass.cli.common import add_data_options, add_format_option, registry_from
from licenseclass.model import Condition
from licenseclass.registry import Registry, default_registry
from licenseclass.release import OBTAINABLE, Release, ReleaseCatalog, default_catalog, read_release
from licenseclass.release_verdict import (
    RELEASE_POLICIES,
    ComponentAssessment,
    ReleaseAssessment,
    assess_release,
)
from licenseclass.report import to_json
from licenseclass.verdict import describe_restriction, limiting_restrictions

_HEADLINE = {
    ("article", "open"): "OPEN SOURCE: anyone may use, modify and share the model",
    ("article", "restricted"): "SEMI-OPEN: you can get the model, but its license limits its use",
    ("article", "closed"): "CLOSED: not open source; you cannot get the model itself",
    ("article", "unknown"): "UNKNOWN: not enough information to decide",
    ("osaid", "open"): "OPEN SOURCE AI: weights, code and data information are all open",
    ("osaid", "restricted"): "NOT OPEN SOURCE AI: some required part is missing or restricted",
    ("osaid", "closed"): "CLOSED: not open source AI; you cannot get the model itself",
    ("osaid", "unknown"): "UNKNOWN: not enough information to decide",
}
_POLICY_NAMES = {"article": "model itself", "osaid": "Open Source AI Definition 1.0"}
_MODEL_KINDS = frozenset({"weights", "inference-code"})
_MAX_WHY = 8
_MAX_SERVICE = 5
_WIDTH = 96
_RIGHT_STATUSES = frozenset({"granted", "conditional", "restricted", "denied", "unknown"})


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
        help="a folder of release YAML that extends or overrides the built-in releases",
    )
    add_format_option(parser)
    add_data_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    registry = registry_from(args) if args.data else None
    if args.release is None:
        catalog = ReleaseCatalog(args.releases) if args.releases else default_catalog()
        print(_listing(catalog, registry, as_json=args.format == "json"))
        return 0
    release = _load(args.release, args.releases)
    result = assess_release(release, args.policy, registry)
    if args.format == "json":
        print(to_json(_as_dict(release, result)))
    else:
        print(render_text(release, result, registry))
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
    table = [("id", "release", *RELEASE_POLICIES), *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    return "\n".join(
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in table
    )


def _load(key: str, folders: list[str]) -> Release:
    path = Path(key)
    if key.endswith((".yaml", ".yml")) or path.is_file():
        return read_release(path)
    catalog = ReleaseCatalog(folders) if folders else default_catalog()
    return catalog.get(key)


def _as_dict(release: Release, result: ReleaseAssessment) -> dict[str, Any]:
    return {
        "release": release.model_dump(mode="json", exclude_none=True),
        "policy": result.policy,
        "verdict": result.verdict.model_dump(mode="json"),
        "components": [c.model_dump(mode="json") for c in result.components],
    }


# --------------------------------------------------------------------------- text


def render_text(
    release: Release, result: ReleaseAssessment, registry: Registry | None = None
) -> str:
    """One screen a non-lawyer can read: verdict first, then may / may not, parts, why."""
    v = result.verdict
    lines = [f"{release.name}: {_HEADLINE[(result.policy, v.level)]}"]
    lines.append(
        f"by {release.organisation}"
        + (f", {release.date.isoformat()}" if release.date else "")
        + f"; judged on: {_POLICY_NAMES[result.policy]} (--policy {result.policy})"
    )
    may, may_not = _may(result, registry or default_registry())
    lines += ["", "What you may do:"]
    lines += [_item("+", m) for m in may or ["nothing beyond what the law allows"]]
    lines += ["What you may not do, or must do:"]
    lines += [_item("-", m) for m in may_not or ["no limits found"]]
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
            f"Sources: {release.urls[0]}"
            + (" (and more in --format json)" if len(release.urls) > 1 else "")
        )
    return "\n".join(lines)


def _service_limits(expression: str | None, registry: Registry) -> list[str]:
    """Plain sentences for the typed restrictions of a hosted service's terms."""
    lic = registry.find(expression) if expression else None
    if lic is None:
        return []
    # Copying and sharing limits repeat what "you cannot get the model" already says.
    return [
        describe_restriction(r)
        for _, r in limiting_restrictions(lic)
        if r.kind not in ("no-derivatives", "no-redistribution")
    ]


_DUTY_WORDS = {
    "notice": "keep the copyright and license notices",
    "include-license": "pass on a copy of the license",
    "state-changes": "mark what you changed",
    "disclose-source": "offer the source of what you distribute",
    "patent-retaliation": "your rights end if you sue over patents in it",
}


def _duty(condition: Condition) -> str:
    if condition.kind == "attribution":
        parts = ["credit the authors"]
        if condition.wording:
            parts.append(f'show "{condition.wording}"')
        if condition.name_prefix:
            parts.append(f'start the names of models made from it with "{condition.name_prefix}"')
        return ", ".join(parts)
    if condition.kind == "same-license":
        scope = f" ({condition.scope} copyleft)" if condition.scope else ""
        return f"share changes under the same license{scope}"
    return _DUTY_WORDS.get(condition.kind, condition.kind.replace("-", " "))


def _duties(result: ReleaseAssessment, registry: Registry) -> list[str]:
    """The conditions of the weights' and code's licenses, as duties of whoever shares them."""
    parts: dict[str, list[str]] = {}  # license id -> what it covers, in order
    for c in result.components:
        if c.kind not in _MODEL_KINDS or c.availability not in OBTAINABLE or not c.license:
            continue
        what = "the weights" if c.kind == "weights" else "the code"
        covered = parts.setdefault(c.license, [])
        if what not in covered:
            covered.append(what)
    lines: list[str] = []
    for expression, covered in parts.items():
        lic = registry.find(expression)
        if lic is None or not lic.conditions:
            continue
        duties = "; ".join(dict.fromkeys(_duty(k) for k in lic.conditions))
        lines.append(f"if you share {' or '.join(covered)} ({lic.id}): {duties}")
    return lines


def _terms_name(expression: str | None, registry: Registry) -> str:
    """A readable name for the terms of a component: the license name and its id."""
    if expression is None:
        return "the provider's terms"
    lic = registry.find(expression)
    return f"the {lic.name} ({lic.id})" if lic is not None else expression


def _may(result: ReleaseAssessment, registry: Registry) -> tuple[list[str], list[str]]:
    """Plain sentences for what a person may do, and what they may not (or must) do."""
    may: list[str] = []
    may_not: list[str] = []
    weights = [c for c in result.components if c.kind == "weights"]
    obtainable = [c for c in weights if c.availability in OBTAINABLE]
    if obtainable:
        gated = any(c.availability == "gated" for c in obtainable)
        how = "download the weights" + (
            " (after accepting the terms on the download page)" if gated else ""
        )
        level = min((c.level for c in obtainable), key=_rank)
        if level == "open":
            may.append(f"{how}, run them, change them and share them, also commercially")
        elif level == "restricted":
            may.append(f"{how} and use them within the limits below")
        else:
            may.append(f"{how}; what else is allowed is unclear")
    else:
        may_not.append(
            "get the model's weights: they are not published, so you cannot run, study, "
            "change or share the model yourself"
        )
    for c in result.components:
        if c.kind == "hosted-api" and c.availability != "unavailable":
            terms = _terms_name(c.license, registry)
            may.append(f"use the hosted service ({c.name or 'API'}) under {terms}")
            limits = _service_limits(c.license, registry)
            may_not += [f"when using the service: {m}" for m in limits[:_MAX_SERVICE]]
            if len(limits) > _MAX_SERVICE:
                more = len(limits) - _MAX_SERVICE
                may_not.append(
                    f"... and {more} more in the service terms (licenseclass show {c.license})"
                )
    for c in result.components:
        if (
            c.kind in _MODEL_KINDS
            and c.level in ("restricted", "closed")
            and c.availability in OBTAINABLE
        ):
            # the typed restrictions say what is limited; the rights lines only repeat that
            for r in c.reasons:
                if r.kind not in _RIGHT_STATUSES and r.message not in may_not:
                    may_not.append(r.message)
    may_not += _duties(result, registry)
    missing = sorted(
        {c.kind.replace("-", " ") for c in result.components if c.availability not in OBTAINABLE}
        - {"weights", "hosted api"}
    )
    if missing and result.policy == "article":
        may_not.append(f"not published (not needed for this verdict): {', '.join(missing)}")
    return may, may_not


def _item(mark: str, text: str) -> str:
    return textwrap.fill(
        text,
        width=_WIDTH,
        initial_indent=f"  {mark} ",
        subsequent_indent="    ",
        break_on_hyphens=False,  # keep license ids and URLs whole
    )


def _rank(level: str) -> int:
    return {"closed": 0, "unknown": 1, "restricted": 2, "open": 3}[level]


def _table(parts: tuple[ComponentAssessment, ...]) -> list[str]:
    rows = [("part", "available", "license", "verdict")]
    for c in parts:
        verdict = c.level if c.weighed else "(not weighed)"
        rows.append((c.kind, c.availability, c.license or "-", verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    return [
        "  " + "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:3])) + "  " + row[3]
        for row in rows
    ]
