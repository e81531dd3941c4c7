"""``licenseclass release NAME|FILE|FOLDER``: is this model release open source, in plain words."""

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
from licenseclass.releases.catalog import (
    Release,
    ReleaseCatalog,
    ReleaseMatch,
    default_catalog,
    read_release,
)
from licenseclass.releases.folder import ModelFolder, read_model_folder
from licenseclass.releases.summary import plain_summary, what_it_means
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
        metavar="NAME|FILE|FOLDER",
        nargs="?",
        help="a release id, alias, hub id (owner/name) or name with a size ('Llama 3.1 8B'), a "
        "release YAML file, or a downloaded model folder; leave out to list the releases",
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
    catalog = ReleaseCatalog(args.releases) if args.releases else default_catalog()
    release, match, folder = _load(args.release, catalog, registry)
    result = assess_release(release, args.policy, registry)
    related = _related(release, catalog, registry)
    sizes = _sizes(release, match, catalog)
    if args.format == "json":
        found = _as_dict(release, result, registry, match=match, related=related, sizes=sizes)
        found["folder"] = folder.model_dump(mode="json") if folder else None
        echo_json(to_json(found))
    else:
        text = render_text(release, result, registry, match=match, related=related, sizes=sizes)
        echo(text + ("\n" + _folder_text(folder) if folder else ""))
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


def _load(
    key: str, catalog: ReleaseCatalog, registry: Registry | None
) -> tuple[Release, ReleaseMatch | None, ModelFolder | None]:
    path = Path(key)
    if key.lower().endswith((*DATA_SUFFIXES, *REFUSED_SUFFIXES)) or path.is_file():
        return read_release(path), None, None
    if path.is_dir():  # an existing folder is read from disk, as an existing file is
        release, folder = read_model_folder(path, registry)
        return release, None, folder
    match = catalog.resolve(key)
    return match.release, match, None


def _related(
    release: Release, catalog: ReleaseCatalog, registry: Registry | None
) -> list[dict[str, Any]]:
    """The organisation's other catalogued releases, each with its verdict under both policies."""
    return [
        {
            "id": r.id,
            "name": r.name,
            "organisation": r.organisation,
            "weights_license": r.weights_license(),
            **{p: assess_release(r, p, registry).verdict.level for p in RELEASE_POLICIES},
        }
        for r in catalog.related(release)
    ]


def _sizes(release: Release, match: ReleaseMatch | None, catalog: ReleaseCatalog) -> list[str]:
    """The family's sizes under other terms than this release's weights, with their terms."""
    family = catalog.find(match.catalogued) if match is not None else release
    if family is None or not family.variants:
        return []
    own = release.weights_license()
    by_terms: dict[str, list[str]] = {}
    for v in family.variants:
        terms = family.variant_license(v)
        if terms != own:
            by_terms.setdefault(terms or "no license stated", []).append(v.size)
    return [f"{family.family} {', '.join(sizes)}: {terms}" for terms, sizes in by_terms.items()]


def _as_dict(
    release: Release,
    result: ReleaseAssessment,
    registry: Registry | None,
    *,
    match: ReleaseMatch | None = None,
    related: list[dict[str, Any]] | None = None,
    sizes: list[str] | None = None,
) -> dict[str, Any]:
    found = match.model_dump(mode="json", exclude={"release"}) if match else None
    return {
        "release": release.model_dump(mode="json", exclude_none=True),
        "policy": result.policy,
        "verdict": result.verdict.model_dump(mode="json"),
        "summary": plain_summary(result, registry).model_dump(mode="json"),
        "components": [c.model_dump(mode="json") for c in result.components],
        "match": found,
        "what_it_means": what_it_means(result, registry).model_dump(mode="json"),
        "related": related or [],
        "other_sizes": sizes or [],
    }


# --------------------------------------------------------------------------- text


def render_text(
    release: Release,
    result: ReleaseAssessment,
    registry: Registry | None = None,
    *,
    match: ReleaseMatch | None = None,
    related: list[dict[str, Any]] | None = None,
    sizes: list[str] | None = None,
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
    if match is not None and match.size is not None:
        lines.append(_size_line(match))
    meaning = what_it_means(result, registry)
    lines += ["", "What this means for you:"]
    lines += [_item("*", f"as a developer: {meaning.developer}")]
    lines += [_item("*", f"as a business: {meaning.business}")]
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
    if sizes:
        lines += ["", "Sizes of the family under other terms:", *(_item("-", z) for z in sizes)]
    if related:
        lines += ["", f"Related releases by {safe(release.group or release.organisation)}:"]
        lines += [
            _item(
                "-",
                f"{r['id']}: {r['name']}, weights {r['weights_license'] or 'not published'}: "
                f"article {r['article']}, osaid {r['osaid']}",
            )
            for r in related
        ]
    if release.urls:
        lines.append(
            f"Sources: {safe(release.urls[0])}"
            + (" (and more in --format json)" if len(release.urls) > 1 else "")
        )
    return "\n".join(lines)


def _folder_text(folder: ModelFolder) -> str:
    """What was read from a model folder, file by file."""
    weights = f"{len(folder.weights)} file(s)" if folder.weights else "none found"
    card = folder.card_license_name if folder.card_license == "other" else folder.card_license
    rows = [
        ("weights", weights),
        ("model card", f"{folder.card}: license {card or '-'}" if folder.card else "none"),
        (
            "license file",
            f"{folder.license_file}: {folder.license_file_expression or 'not identified'}"
            if folder.license_file
            else "none",
        ),
        ("use policy", folder.use_policy or "none"),
        ("weights' terms", folder.expression or "none found"),
    ]
    lines = ["", f"Read from the folder {safe(folder.path)}:"]
    lines += [f"  {name.ljust(14)}  {safe(value)}" for name, value in rows]
    lines += [_item("!", note) for note in folder.notes]
    return "\n".join(lines)


def _size_line(match: ReleaseMatch) -> str:
    terms = match.terms or "no license stated"
    if match.catalogued == match.release.id:
        where = f"size {match.size}, catalogued as {match.catalogued}"
    else:
        where = f"size {match.size} of the family catalogued as {match.catalogued}"
    same = (
        "the same terms as the catalogued release"
        if match.same_terms
        else "its own terms, not the catalogued release's"
    )
    return textwrap.fill(
        safe(f"{where}: this size's weights are under {terms} ({same})"),
        width=_WIDTH,
        subsequent_indent="  ",
        break_on_hyphens=False,
    )


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
