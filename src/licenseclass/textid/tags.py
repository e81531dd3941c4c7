"""``SPDX-License-Identifier:`` tags: parsed as SPDX expressions; their lines are covered."""

from __future__ import annotations

import re

from licenseclass.errors import InvalidExpressionError
from licenseclass.expressions.parser import parse
from licenseclass.expressions.tree import LicenseId, With, leaves, split_ids
from licenseclass.textid.query import Query
from licenseclass.textid.results import TextMatch
from licenseclass.textid.textnorm import PIPELINE

_TAG = re.compile(r"SPDX-License-Identifier\s*:\s*(.+)", re.IGNORECASE)


_TAG_CLOSERS = ("*/", "-->", "#}", "%>", '"""', "'''", ";")


def _tag_expression(raw: str) -> str | None:
    text = raw.strip()
    for closer in _TAG_CLOSERS:  # comment closers after the expression
        text = text.removesuffix(closer).rstrip()
    text = text.strip("\"'").strip()
    if not text:
        return None
    try:
        tree = parse(text, strict=False, update_deprecated=True)
    except InvalidExpressionError:
        return None
    for leaf in leaves(tree):
        license_id = leaf.license if isinstance(leaf, With) else leaf
        if isinstance(license_id, LicenseId) and not license_id.known:
            return None  # a broken tag ("CAL-1.0-Combined-Work-" cut by a line break)
    return str(tree)


def _tag_lines(text: str) -> list[str]:
    """The lines of ``text`` after the lossless steps except Unicode compatibility folding.

    NFKC would turn a look-alike such as the Kelvin sign into the letter K before the tag is
    parsed, so ``SPDX-License-Identifier: \u212aazlib`` would count as a Kazlib tag; left as
    written, the parser refuses it and the line is not a tag match (the rest of the text is
    still read as usual). Every step keeps the number of lines.
    """
    for step in PIPELINE:
        if step.lossless and step.name != "unicode_compat":
            text = step.run(text)
    return text.split("\n")


def find_tags(query: Query, text: str) -> list[TextMatch]:
    """``SPDX-License-Identifier:`` lines; their tokens are covered so rules do not re-match."""
    if "identifier" not in text.casefold():
        return []
    found: list[TextMatch] = []
    tagged_lines: set[int] = set()
    for number, line in enumerate(_tag_lines(text), start=1):
        tag = _TAG.search(line)
        if tag is None:
            continue
        expression = _tag_expression(tag.group(1))
        if expression is None:
            continue
        tagged_lines.add(number)
        for license_id in split_ids(expression):
            found.append(
                TextMatch(
                    id=license_id,
                    expression=expression,
                    kind="tag",
                    confidence=1.0,
                    start_line=number,
                    end_line=number,
                    method="tag",
                    reference="SPDX tag",
                    coverage=1.0,
                )
            )
    for position, number in enumerate(query.lines):
        if number in tagged_lines:
            query.covered[position] = 1
    return found
