"""The record contract: what one input record is, and the row it becomes.

A record is a mapping with an ``id`` (any JSON scalar, returned unchanged) and exactly one of:

- ``text``: a license text or notice, identified with :func:`licenseclass.classify_text`;
- ``path``: a file read and identified with :func:`licenseclass.classify_file`;
- ``expression``: an SPDX expression or a messy metadata string ("Apache 2.0", "GPLv2+",
  a whole license text in a ``License:`` field), read the way ``licenseclass scan`` reads a
  manifest declaration (:meth:`licenseclass.scan.project.Judge.declared`) and then judged;
- ``model_card``: a model card (a README with YAML front matter, or the front matter alone),
  read by :func:`licenseclass.releases.folder.card_license` and its license judged.

A field whose value is null counts as absent (Parquet rows carry every column). Anything that
goes wrong with a record becomes the ``error`` of its row: the batch never stops for one record.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import Field

from licenseclass.core.model import Frozen, Level
from licenseclass.core.registry import Registry, default_registry
from licenseclass.errors import BatchRecordError
from licenseclass.expressions.tree import LicenseId, LicenseRef, With, leaves
from licenseclass.expressions.verdicts import ExpressionClassification, classify_expression
from licenseclass.releases.folder import card_license
from licenseclass.scan.manifests import Declaration
from licenseclass.scan.project import Judge

RecordKind = Literal["text", "path", "expression", "model_card"]
KINDS: tuple[RecordKind, ...] = ("text", "path", "expression", "model_card")

# The JSON scalars an id may be; it is returned exactly as given.
RecordId = str | int | float | bool | None


class BatchRow(Frozen):
    """One output row: the record's ``id`` unchanged and what was found for it.

    ``error`` is null when the record was classified, else ``"ErrorType: message"`` (the other
    fields then hold no finding: ``level`` is ``unknown``). ``coverage`` is set for ``text``
    and ``path`` records only.
    """

    id: RecordId = Field(description="the record's id, unchanged (any JSON scalar)")
    kind: RecordKind | None = Field(
        description="the record's input field; null when the record has no usable one"
    )
    ids: tuple[str, ...] = Field(default=(), description="the license ids detected")
    expression: str | None = Field(default=None, description="the SPDX expression found")
    level: Level = Field(default="unknown", description="open, restricted, closed or unknown")
    reasons: tuple[str, ...] = Field(default=(), description="why the level is what it is")
    coverage: float | None = Field(
        default=None, description="share of a text's words the matches explain (text, path)"
    )
    error: str | None = Field(default=None, description='null, or "ErrorType: message"')
    elapsed_ms: float = Field(default=0.0, description="time spent on this record")


class Malformed(dict[str, Any]):
    """An input line that could not be read as a record (``id`` and ``error`` set by the
    reader): it becomes a row with that error."""


def error_text(exc: BaseException) -> str:
    """``"ErrorType: message"``, the form of a row's ``error``."""
    return f"{type(exc).__name__}: {exc}"


def record_kind(record: object) -> tuple[RecordId, RecordKind, str]:
    """The id, kind and value of a record; :class:`BatchRecordError` when it breaks the
    contract."""
    if not isinstance(record, Mapping):
        raise BatchRecordError(f"a record is a JSON object, not {type(record).__name__}")
    if "id" not in record:
        raise BatchRecordError("the record has no id")
    given = [k for k in KINDS if record.get(k) is not None]
    if len(given) != 1:
        raise BatchRecordError(
            f"a record has exactly one of {', '.join(KINDS)}; this one has "
            + (", ".join(given) if given else "none")
        )
    kind = given[0]
    value = record[kind]
    if not isinstance(value, str):
        raise BatchRecordError(f"{kind} must be a string, not {type(value).__name__}")
    return _id_of(record), kind, value


def row_id(record: object) -> RecordId:
    """The id a record's row carries: its ``id``, or null when it has none or not a scalar."""
    if isinstance(record, Malformed):
        return record["id"]  # type: ignore[no-any-return]
    if not isinstance(record, Mapping):
        return None
    try:
        return _id_of(record)
    except BatchRecordError:
        return None


def _id_of(record: Mapping[object, object]) -> RecordId:
    found = record.get("id")
    if found is None or isinstance(found, (str, int, float, bool)):
        return found
    raise BatchRecordError(f"the id must be a JSON scalar, not {type(found).__name__}")


def expression_ids(result: ExpressionClassification) -> tuple[str, ...]:
    """The license and exception ids of a classified expression, in order, each once."""
    found: list[str] = []
    for leaf in leaves(result.tree):
        if isinstance(leaf, With):
            found += [str(leaf.license), str(leaf.exception)]
        elif isinstance(leaf, (LicenseId, LicenseRef)):
            found.append(str(leaf))
    return tuple(dict.fromkeys(found))


class Classifier:
    """Classifies records with one registry. Holds a :class:`~licenseclass.scan.project.Judge`,
    whose caches (a license text repeated in many ``License:`` fields) live as long as it."""

    def __init__(self, registry: Registry | None = None) -> None:
        self.registry = registry or default_registry()
        self.judge = Judge(self.registry)

    def row(self, record: object) -> BatchRow:
        """The row of one record; never raises for a bad record."""
        start = time.perf_counter()
        if isinstance(record, Malformed):
            return BatchRow(id=record["id"], kind=None, error=record["error"])
        found_id = row_id(record)
        kind: RecordKind | None = None
        try:
            found_id, kind, value = record_kind(record)
            row = self._classify(found_id, kind, value)
        except Exception as exc:
            row = BatchRow(id=found_id, kind=kind, error=error_text(exc))
        elapsed = (time.perf_counter() - start) * 1000.0
        return row.model_copy(update={"elapsed_ms": round(elapsed, 3)})

    def _classify(self, record_id: RecordId, kind: RecordKind, value: str) -> BatchRow:
        if kind in ("text", "path"):
            # Deferred: identifying a text loads the text index (about 2 s from the cache).
            from licenseclass.textid.classify import classify_file, classify_text  # noqa: PLC0415

            if kind == "text":
                found = classify_text(value, registry=self.registry)
            else:
                found = classify_file(value, registry=self.registry)
            return BatchRow(
                id=record_id,
                kind=kind,
                ids=found.ids,
                expression=found.expression,
                level=found.verdict.level,
                reasons=tuple(r.message for r in found.verdict.reasons),
                coverage=found.coverage,
            )
        if kind == "expression":
            expression, note, shared = self.judge.declared(
                Declaration(source="expression", kind="text", value=value)
            )
            return self._judged(record_id, kind, expression, [note] if note else [], shared)
        card = card_license(value, self.registry)
        expression, notes = card.expression, []
        if card.named is None:
            notes.append("the model card declares no license in its front matter")
        elif expression is None:
            # a tag the registry does not know: read it as metadata text ("Apache 2.0")
            expression, note, _ = self.judge.declared(
                Declaration(source="model card", kind="text", value=card.named)
            )
            notes.append(f"the card's license {card.named!r} is not a known license tag")
            notes += [note] if note else []
        return self._judged(record_id, kind, expression, notes, None)

    def _judged(
        self,
        record_id: RecordId,
        kind: RecordKind,
        expression: str | None,
        notes: list[str],
        shared: Level | None,
    ) -> BatchRow:
        if expression is None:
            return BatchRow(
                id=record_id, kind=kind, level=shared or "unknown", reasons=tuple(notes)
            )
        result = classify_expression(expression, registry=self.registry)
        return BatchRow(
            id=record_id,
            kind=kind,
            ids=expression_ids(result),
            expression=result.expression,
            level=result.level,
            reasons=(*notes, *(r.message for r in result.verdict.reasons)),
        )
