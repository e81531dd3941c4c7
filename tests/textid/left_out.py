"""Helpers shared by the tests that read notices against an index built without them."""

from __future__ import annotations

from collections.abc import Iterable

from licenseclass import classify_text
from licenseclass.textid.index import TextIndex, build_index, scancode_references


def index_without(names: Iterable[str]) -> tuple[TextIndex, dict[str, tuple[str, str]]]:
    """An index of licensedcode-data without the rules ``names``, and those rules' (text,
    expression); a name licensedcode-data lacks fails the test that asked for it."""
    wanted = set(names)
    kept = []
    rules: dict[str, tuple[str, str]] = {}
    for ref in scancode_references():
        if ref.name in wanted:
            rules[ref.name] = (ref.text, ref.expression)
        else:
            kept.append(ref)
    missing = wanted - set(rules)
    assert not missing, f"missing from licensedcode-data: {sorted(missing)}"
    return build_index(kept), rules


def matched_ids(text: str, index: TextIndex | None = None) -> set[str]:
    """The ids of the licenses identified in ``text`` (the clause reader left out)."""
    return {m.id for m in classify_text(text, index=index, read_clauses=False).matches}
