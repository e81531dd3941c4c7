"""``licenseclass classify FILE...``: which licenses a file holds, where, and what that means."""

from __future__ import annotations

import argparse
import json
from typing import Any

from licenseclass.clauses.analysis import explain_lines
from licenseclass.clauses.variants import explain_variant
from licenseclass.cli.common import add_data_options, add_format_option, registry_from
from licenseclass.cli.output import echo, echo_json, safe
from licenseclass.core.files import named_as_license
from licenseclass.errors import InputFileError
from licenseclass.textid.classify import TextClassification, classify_text, read_text_file


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "classify",
        help="identify the licenses in files (license texts, notices, SPDX tags)",
        description=(
            "Identify the licenses in each FILE: full texts, notices, SPDX-License-Identifier "
            "tags and license names, with line ranges, confidence and a verdict. Text files "
            "named <ID>.txt in a --data folder are added to the reference texts. Only regular "
            "files are read, each at most 5 MB; a file that cannot be read as text gets a line "
            "and the exit status is 2."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument(
        "--allow-special",
        action="store_true",
        help="also read FIFOs and devices (process substitution, /dev/stdin); still at most "
        "5 MB each, and a FIFO waits for its writer",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="show which reference matched and a word diff; for texts read clause by clause, "
        "each typed item with its lines and words",
    )
    add_format_option(parser)
    add_data_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    registry = registry_from(args)
    results: list[dict[str, Any]] = []
    unreadable = 0
    for name in args.files:
        try:
            text = read_text_file(name, allow_special=args.allow_special)
        except InputFileError as exc:
            unreadable += 1
            results.append({"path": name, "error": exc.reason})
            continue
        found = classify_text(
            text, explain=args.explain, registry=registry, license_file=named_as_license(name)
        )
        results.append(file_dict(name, found, explain=args.explain))
    if args.format == "json":
        echo_json(json.dumps(results, indent=2))
    else:
        echo("\n\n".join(file_text(r) for r in results))
    return 2 if unreadable else 0  # a file that cannot be read is bad input


def file_dict(path: str, found: TextClassification, *, explain: bool = False) -> dict[str, Any]:
    """The JSON object for one file."""
    data: dict[str, Any] = {
        "path": path,
        "matches": [m.model_dump(mode="json", exclude_none=True) for m in found.matches],
        "expression": found.expression,
        "verdict": found.verdict.model_dump(mode="json"),
        "clues": list(found.clues),
        "note": found.note,
        "coverage": found.coverage,
        "unexplained": [r.model_dump(mode="json") for r in found.unexplained],
    }
    if found.analysis is not None:
        data["terms"] = found.analysis.license.model_dump(mode="json", exclude_none=True)
        if explain:
            data["explain"] = explain_lines(found.analysis)
    if found.variant is not None:
        data["variant"] = found.variant.model_dump(
            mode="json", exclude={"analysis"}, exclude_none=True
        )
        if explain:
            data.setdefault("explain", []).extend(explain_variant(found.variant))
    return data


def file_text(result: dict[str, Any]) -> str:
    """A short human-readable report for one file (values from input escaped, one a line)."""
    path = safe(result["path"])
    if "error" in result:
        return f"{path}: not classified: {safe(result['error'])}"
    verdict = result["verdict"]
    found = result["expression"] or (result.get("note") if result["matches"] else None)
    head = f"{path}: {safe(found or 'no license found')} [{verdict['level']}]"
    lines = [head]
    for m in result["matches"]:
        where = _lines(m["start_line"], m["end_line"])
        lines.append(
            f"  {safe(m['id']):<24} {m['kind']:<9} {where:<14} confidence {m['confidence']:.2f}"
            f"  ({m['method']}: {safe(m['reference'])})"
        )
        _, with_word, exception = m.get("expression", "").partition(" WITH ")
        if with_word:  # an exception the text puts on the license ("... WITH Classpath-exception")
            lines.append(f"      with {safe(exception)}")
        if m.get("explanation"):
            lines.extend("      " + safe(row) for row in m["explanation"].splitlines())
    variant = result.get("variant")
    if variant:
        added = ", ".join(variant.get("added_kinds", [])) or "none"
        line = (
            f"  variant of {safe(variant['base_id'])} (similarity {variant['similarity']:.2f});"
            f" restrictions added: {added}"
        )
        if variant.get("removed_kinds"):
            line += f"; removed: {', '.join(variant['removed_kinds'])}"
        if variant.get("dropped_rights"):
            line += f"; rights no longer granted: {', '.join(variant['dropped_rights'])}"
        lines.append(line)
    if result.get("note") and result.get("terms"):
        lines.append(f"  note: {safe(result['note'])}")
    unexplained = result.get("unexplained") or []
    if result.get("coverage") is not None and (result["matches"] or unexplained):
        lines.append(f"  coverage {result['coverage']:.2f}{_unexplained_text(unexplained)}")
    reasons = verdict.get("reasons", [])[:5]
    lines.extend(f"  reason: {safe(r['message'])}{_where(r)}" for r in reasons)
    lines.extend(f"  clue: {safe(clue)}" for clue in result["clues"])
    lines.extend("  " + safe(row) for row in result.get("explain", []))
    return "\n".join(lines)


def _lines(start: int, end: int) -> str:
    return f"line {start}" if start == end else f"lines {start}-{end}"


def _unexplained_text(regions: list[dict[str, Any]]) -> str:
    """The unexplained regions in short: their lines, and what the ones read as terms add."""
    if not regions:
        return ""
    shown = []
    for region in regions[:4]:
        where = _lines(region["start_line"], region["end_line"])
        if region["restrictions"]:
            where += f" ({', '.join(region['restrictions'])})"
        shown.append(where)
    more = f" and {len(regions) - 4} more" if len(regions) > 4 else ""
    return "; unexplained: " + ", ".join(shown) + more


def _where(reason: dict[str, Any]) -> str:
    """The lines a reason rests on, when it names them."""
    evidence = reason.get("evidence") or []
    if not evidence:
        return ""
    first = evidence[0]
    return f" ({_lines(first['start_line'], first['end_line'])})"
