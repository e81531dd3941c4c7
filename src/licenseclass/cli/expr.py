"""``licenseclass expr "EXPR"``: parse an SPDX expression, show its tree and its verdict.

``--strict`` refuses unknown ids (as an SPDX validator would); by default they are kept and
reported as unknown. ``--free-text`` first reads the argument as metadata text ("Apache 2.0",
"GPLv2+") and says so when that text is ambiguous; text that states terms instead of naming a
license ("Free for non-commercial use") is judged by the limits the clause reader finds in it.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from licenseclass.cli.common import add_data_options, add_format_option, registry_from
from licenseclass.cli.output import echo, echo_json, safe
from licenseclass.core.verdict import LICENSE_POLICIES
from licenseclass.expressions.lenient import MAX_FREE_TEXT, normalize
from licenseclass.expressions.tree import And, Expression, Or, With, deprecated_ids
from licenseclass.expressions.verdicts import ExpressionClassification, classify_expression

if TYPE_CHECKING:
    from licenseclass.clauses.stated import StatedLimits


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("expr", help="parse an SPDX license expression and classify it")
    parser.add_argument("expression", metavar="EXPR", help='e.g. "MIT OR Apache-2.0"')
    parser.add_argument("--policy", choices=LICENSE_POLICIES, default="article")
    parser.add_argument("--strict", action="store_true", help="unknown license ids are an error")
    parser.add_argument(
        "--free-text",
        action="store_true",
        help="read EXPR as free text from package metadata first (e.g. 'Apache 2.0')",
    )
    add_format_option(parser)
    add_data_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    text: str = args.expression
    registry = registry_from(args)
    read_as = None
    if args.free_text:
        # the clause reader only for free text: "expr MIT" starts without it
        from licenseclass.clauses.stated import declared_limits  # noqa: PLC0415

        read_as = normalize(text, registry)
        limits = declared_limits(read_as, args.policy)
        if limits is not None:
            return _stated(read_as.model_dump(mode="json"), limits, args.format)
        if read_as.for_verdict is None:
            return _declined(read_as.model_dump(mode="json"), args.format)
        text = read_as.for_verdict  # "Proprietary" is judged as all rights reserved: closed
    result = classify_expression(text, args.policy, registry, strict=args.strict)
    if args.format == "json":
        data = result.model_dump(mode="json")
        data["deprecated"] = [d.model_dump(mode="json") for d in deprecated_ids(result.tree)]
        if read_as is not None:
            data["free_text"] = read_as.model_dump(mode="json")
        echo_json(json.dumps(data, indent=2))
    else:
        if read_as is not None:
            echo(
                f"read {_quoted(read_as.text)} as {safe(read_as.for_verdict)} ({safe(read_as.how)})"
            )
        echo(_text(result))
    return 0


# How much of a long free text the text output quotes back.
QUOTED_CHARS = 80


def _quoted(text: str) -> str:
    """The text as the output quotes it: whole when short, else its start and its length."""
    if len(text) <= QUOTED_CHARS:
        return repr(text)
    return f"{text[:QUOTED_CHARS]!r}... ({len(text):,} characters)"


def _declined(reading: dict[str, Any], fmt: str) -> int:
    """Free text that names no single expression: say why, exit 1 (a finding, not an error)."""
    if fmt == "json":
        echo_json(json.dumps({"free_text": reading}, indent=2))
        return 1
    echo(f"no SPDX expression for {_quoted(reading['text'])}: {safe(reading['how'])}")
    echo(f"meaning: {reading['meaning']}")
    if reading["candidates"]:
        echo("candidates: " + ", ".join(safe(c) for c in reading["candidates"]))
    if len(reading["text"]) > MAX_FREE_TEXT:  # too long to be a name: a text
        echo("a license text? `licenseclass classify FILE` reads it whole")
    return 1


def _stated(reading: dict[str, Any], limits: StatedLimits, fmt: str) -> int:
    """Free text that states terms instead of naming a license ("Free for non-commercial
    use"): the limits the clause reader finds in it are the verdict."""
    if fmt == "json":
        data = {
            "free_text": reading,
            "stated_limits": list(limits.kinds),
            "verdict": limits.verdict.model_dump(mode="json"),
        }
        echo_json(json.dumps(data, indent=2))
        return 0
    echo(f"no SPDX expression for {_quoted(reading['text'])}: {safe(reading['how'])}")
    echo(f"meaning: {reading['meaning']}")
    echo(safe(limits.summary))
    echo(f"verdict:    {limits.level}")
    echo("reasons:")
    for reason in limits.verdict.reasons:
        echo(f"  - {safe(reason.message)}")
    return 0


def _text(result: ExpressionClassification) -> str:
    lines = [f"expression: {safe(result.expression)}", f"verdict:    {result.level}", "reasons:"]
    lines += [f"  - {safe(r.message)}" for r in result.verdict.reasons]
    terms = result.terms
    lines.append(f"rights:     use {terms.use}, modify {terms.modify}, share {terms.share}")
    if terms.conditions:
        lines.append("conditions: " + ", ".join(terms.conditions))
    if terms.restrictions:
        lines.append("restricted: " + ", ".join(terms.restrictions))
    if result.choices:
        lines.append("choices (OR: the licensee picks one):")
        for choice in result.choices:
            mark = "  <- most open" if choice.best else ""
            lines.append(f"  - {safe(choice.expression)}: {choice.level}{mark}")
    if result.unknown:
        lines.append("unknown: " + ", ".join(safe(u) for u in result.unknown))
    for dep in deprecated_ids(result.tree):
        then = f", use {dep.successor}" if dep.successor else ""
        lines.append(f"deprecated: {dep.id}{then}")
    lines.append("tree:")
    lines += _tree_lines(result.tree, "  ")
    return "\n".join(lines)


def _tree_lines(node: Expression, indent: str) -> list[str]:
    """The tree one node a line; depth is bounded by the parser's nesting limit."""
    if isinstance(node, (And, Or)):
        name = "AND" if isinstance(node, And) else "OR"
        lines = [indent + name]
        for arg in node.args:
            lines += _tree_lines(arg, indent + "  ")
        return lines
    if isinstance(node, With):
        return [
            indent + "WITH",
            indent + f"  {safe(node.license)}",
            indent + f"  {safe(node.exception)}",
        ]
    return [indent + safe(node)]
