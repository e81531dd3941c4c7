"""Clause analysis: read a license text that no catalogue entry matches and type its terms.

The text is cut into sentences that keep their line numbers; every sentence is run once past a
fixed set of precompiled patterns for grants, restrictions, conditions, limitations and
informational terms. Each recognised item carries :class:`~licenseclass.core.model.Evidence` (line
range, the words that produced it, a confidence), and the items are merged into a typed
:class:`~licenseclass.core.model.License` whose provenance is ``inferred``. The verdict is then the
ordinary :func:`licenseclass.core.verdict.verdict` of that license, so reasons point at lines.

Everything here is a pure function of the text: no catalogue, no network, no global state.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import TypeAdapter

from licenseclass.clauses.hits import Grant, _Hit
from licenseclass.clauses.rules import _read, _Reading
from licenseclass.clauses.sentences import _INVISIBLE, Sentence, split_sentences
from licenseclass.core.model import (
    INFORMATIONAL_KINDS,
    Condition,
    Evidence,
    Frozen,
    License,
    Limitation,
    PolicyName,
    Provenance,
    Restriction,
    Right,
    Rights,
    Source,
    Verdict,
)
from licenseclass.core.verdict import verdict as compute_verdict
from licenseclass.errors import LicenseclassError

__all__ = [
    "MAX_TEXT_CHARS",
    "Analysis",
    "ClauseAnalysisError",
    "Grant",
    "Sentence",
    "analyze_text",
    "explain_lines",
    "located_items",
    "split_sentences",
]

MAX_TEXT_CHARS = 5_000_000
_MAX_EVIDENCE = 6


class ClauseAnalysisError(LicenseclassError, ValueError):
    """A text that cannot be analysed (not text, too large, binary)."""


# --------------------------------------------------------------------------- results


class Analysis(Frozen):
    """The typed reading of a text: the inferred license, its verdict and the grants found."""

    license: License
    verdict: Verdict
    grants: tuple[Grant, ...] = ()
    sentences: int = 0


# --------------------------------------------------------------------------- assembling

_RESTRICTION = TypeAdapter(Restriction)
_LIST_PARAMS = {"uses", "triggers", "excluded", "persons"}

# Which right each limiting restriction kind limits; a "deny" kind takes the right away
# altogether when the text grants nothing for it.
_AFFECTS: dict[str, tuple[str, ...]] = {
    "no-derivatives": ("modify",),
    "no-redistribution": ("share",),
    "no-selling": ("share",),
    "hosting-restriction": ("share",),
    "service-source": ("share",),
    "pass-through": ("share",),
    "model-improvement-ban": ("use", "modify"),
}
_DENIES = {"no-derivatives": "modify", "no-redistribution": "share"}
_SHARE_CONDITIONS = {
    "notice",
    "include-license",
    "state-changes",
    "attribution",
    "same-license",
    "disclose-source",
}


def _merge(hits: list[_Hit]) -> list[_Hit]:
    """One item per kind: evidence and list parameters gathered, scalars keep the first value."""
    merged: dict[tuple[str, str], _Hit] = {}
    for hit in hits:
        key = (hit.category, hit.kind)
        if key not in merged:
            merged[key] = _Hit(hit.category, hit.kind, hit.evidence, {})
            merged[key].params = {
                k: (list(v) if isinstance(v, list) else v) for k, v in hit.params.items()
            }
            merged[key].params["_evidence"] = [hit.evidence]
            continue
        target = merged[key]
        evidence = target.params["_evidence"]
        if all(
            (e.start_line, e.text) != (hit.evidence.start_line, hit.evidence.text) for e in evidence
        ):
            evidence.append(hit.evidence)
        for name, value in hit.params.items():
            if name in _LIST_PARAMS:
                bucket = target.params.setdefault(name, [])
                bucket += [v for v in value if v not in bucket]
            elif isinstance(value, bool):
                target.params[name] = bool(target.params.get(name)) or value
            elif target.params.get(name) in (None, "") and value not in (None, ""):
                target.params[name] = value
    for item in merged.values():
        # The surest evidence first (a listed use before a preamble that mentions uses).
        ordered = sorted(item.params["_evidence"], key=lambda e: (-e.confidence, e.start_line))
        item.params["_evidence"] = ordered[:_MAX_EVIDENCE]
    return list(merged.values())


def _prune(items: list[_Hit], reading: _Reading) -> list[_Hit]:
    """Drop items another item already explains."""
    kinds = {h.kind for h in items if h.category == "restriction"}
    drop: set[str] = set()
    if reading.commercial_grant:
        # A separate grant for commercial purposes: the research / non-commercial grant is
        # one of several, not a limit (thresholds or registration say what limits commerce).
        drop |= {"non-commercial", "research-only"}
    if "no-redistribution" in kinds:
        drop.add("no-selling")
    return [h for h in items if not (h.category == "restriction" and h.kind in drop)]


def _restriction(hit: _Hit) -> Restriction:
    params = {k: v for k, v in hit.params.items() if not k.startswith("_") and v is not None}
    data: dict[str, Any] = {"kind": hit.kind, "evidence": tuple(hit.params["_evidence"])}
    for name, value in params.items():
        if name == "law":
            data["note"] = f"governed by the law of {value}"
        elif name in {"scope", "definition"} and hit.kind not in {
            "output-use",
            "model-improvement-ban",
        }:
            data["note"] = value
        elif name in _LIST_PARAMS:
            data[name] = tuple(value)
        else:
            data[name] = value
    return _RESTRICTION.validate_python(data)


_SERVICE = re.compile(r"\b(?:our|the)\s+(?:services?|api|platform|website|apps?)\b")


def _rights(
    reading: _Reading, restrictions: list[Restriction], conditions: list[Condition]
) -> Rights:
    granted: set[str] = set()
    for grant in reading.grants:
        verbs = set(grant.rights)
        if "use" in verbs or verbs & {"reproduce", "modify", "distribute"}:
            granted.add("use")
        if "modify" in verbs:
            granted.add("modify")
        if "distribute" in verbs or "sublicense" in verbs:
            granted.add("share")
    limiting = [r for r in restrictions if r.kind not in INFORMATIONAL_KINDS]
    share_conditions = tuple(sorted({c.kind for c in conditions if c.kind in _SHARE_CONDITIONS}))
    # Terms that let you access a hosted service and say nothing of changing or passing it on
    # give no right to modify or share: that is what makes service terms closed.
    service_only = granted == {"use"} and any(
        _SERVICE.search(g.evidence.text.lower()) for g in reading.grants
    )

    def right(name: str) -> Right:
        kinds = tuple(sorted({r.kind for r in limiting if name in _AFFECTS.get(r.kind, ("use",))}))
        denied = any(_DENIES.get(r.kind) == name for r in limiting)
        if name not in granted:
            if denied:
                return Right(status="denied", restrictions=kinds)
            if service_only:
                return Right(status="denied", note="the terms grant only access to a service")
            return Right(status="unknown", restrictions=kinds)
        conds = share_conditions if name in ("share", "modify") else ()
        if kinds:
            return Right(status="restricted", restrictions=kinds, conditions=conds)
        return Right(status="conditional" if conds else "granted", conditions=conds)

    extra: dict[str, Right] = {}
    if reading.patent_grant:
        extra["patent_grant"] = Right(status="granted")
    if any("sublicense" in g.rights for g in reading.grants):
        extra["sublicense"] = Right(status="granted")
    if reading.commercial_grant and granted:
        extra["commercial_use"] = Right(status="granted")
    elif any(r.kind in ("non-commercial", "research-only") for r in limiting):
        extra["commercial_use"] = Right(status="denied")
    return Rights(use=right("use"), modify=right("modify"), share=right("share"), **extra)


def _title(text: str) -> str:
    for line in text.splitlines():
        cleaned = line.translate(_INVISIBLE).strip(" \t#*=-_")
        if len(cleaned) >= 3 and re.search(r"[A-Za-z]", cleaned):
            return cleaned[:100]
    return "Unrecognised license text"


def _check(text: object) -> str:
    if not isinstance(text, str):
        raise ClauseAnalysisError(f"expected license text as str, got {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise ClauseAnalysisError(
            f"text too large for clause analysis: {len(text):,} characters"
            f" (limit {MAX_TEXT_CHARS:,})"
        )
    if "\x00" in text:
        raise ClauseAnalysisError("text contains NUL characters: this looks like a binary file")
    return text


def analyze_text(
    text: str,
    *,
    license_id: str = "LicenseRef-inferred",
    name: str | None = None,
    policy: PolicyName = "article",
) -> Analysis:
    """Read ``text`` clause by clause into a typed :class:`License` and its verdict.

    Every item carries evidence (line range, words, confidence). Raises
    :class:`~licenseclass.clauses.analysis.ClauseAnalysisError` for input that is not
    analysable text, an empty license id or a policy other than ``article`` and ``osd``
    (``osaid`` judges releases, not texts).
    """
    if policy not in ("article", "osd"):
        raise ClauseAnalysisError(
            f"unknown policy {policy!r} for a license text: use article or osd"
        )
    if not isinstance(license_id, str) or not license_id.strip():
        raise ClauseAnalysisError("license_id must be a non-empty string")
    sentences = split_sentences(_check(text))
    reading = _read(sentences)
    items = _prune(_merge(reading.hits), reading)
    restrictions = [_restriction(h) for h in items if h.category == "restriction"]
    conditions = [
        Condition(
            kind=h.kind,
            scope=h.params.get("scope"),
            wording=h.params.get("wording"),
            name_prefix=h.params.get("name_prefix"),
            evidence=tuple(h.params["_evidence"]),
        )
        for h in items
        if h.category == "condition"
    ]
    limitations = [
        Limitation(kind=h.kind, evidence=tuple(h.params["_evidence"]))
        for h in items
        if h.category == "limitation"
    ]
    model_words = re.search(
        r"\b(?:model|weights|machine[- ]learning|artificial intelligence)\b", text, re.I
    )
    lic = License(
        id=license_id,
        name=name or _title(text),
        kind="model" if model_words else "software",
        rights=_rights(reading, restrictions, conditions),
        conditions=tuple(conditions),
        restrictions=tuple(restrictions),
        limitations=tuple(limitations),
        provenance=Provenance(
            status="inferred",
            sources=(Source(kind="inferred", ref="clause analysis of the given text"),),
            note="typed by licenseclass.clauses from the wording; not reviewed by a person",
        ),
    )
    return Analysis(
        license=lic,
        verdict=compute_verdict(lic, policy),
        grants=tuple(reading.grants),
        sentences=len(sentences),
    )


def located_items(text: str) -> list[tuple[int, int, str]]:
    """Every item kind found in ``text`` with the line range of each place, before merging.

    Unlike the merged :class:`License`, which keeps a few places per item, this lists them all
    (used to name the items of one paragraph).
    """
    reading = _read(split_sentences(_check(text)))
    return [(h.evidence.start_line, h.evidence.end_line, h.kind) for h in reading.hits]


# --------------------------------------------------------------------------- explaining


def _where(evidence: tuple[Evidence, ...]) -> str:
    if not evidence:
        return "L?"
    e = evidence[0]
    span = f"L{e.start_line}" if e.start_line == e.end_line else f"L{e.start_line}-{e.end_line}"
    more = f" (+{len(evidence) - 1} more)" if len(evidence) > 1 else ""
    return span + more


def _params(item: Frozen) -> str:
    skip = {"kind", "evidence", "note"}
    shown = []
    for name, value in item.model_dump(exclude_none=True).items():
        if name in skip or (value in ((), [], False) and name != "changeable_by_licensor"):
            continue
        if isinstance(value, (list, tuple)):
            more = " ..." if len(value) > 4 else ""
            shown.append(f"{name}={'; '.join(str(v) for v in value[:4])}{more}")
        else:
            shown.append(f"{name}={value}")
    note = getattr(item, "note", None)
    if note:
        shown.append(f"note={note}")
    return f" [{', '.join(shown)}]" if shown else ""


def explain_lines(analysis: Analysis) -> list[str]:
    """Human-readable lines: the verdict, then each typed item with its lines and words."""
    lic = analysis.license
    lines = [f"verdict ({analysis.verdict.policy}): {analysis.verdict.level}"]
    lines += [f"  because {r.message}" for r in analysis.verdict.reasons]
    for g in analysis.grants:
        who = f" ({', '.join(g.qualifiers)})" if g.qualifiers else ""
        lines.append(
            f'{_where((g.evidence,))} grant: {", ".join(g.rights)}{who}: "{g.evidence.text}"'
        )
    groups: list[tuple[str, tuple[Any, ...]]] = [
        ("restriction", tuple(r for r in lic.restrictions if r.kind not in INFORMATIONAL_KINDS)),
        ("informational", tuple(r for r in lic.restrictions if r.kind in INFORMATIONAL_KINDS)),
        ("condition", lic.conditions),
        ("limitation", lic.limitations),
    ]
    for label, items in groups:
        for item in items:
            conf = item.evidence[0].confidence if item.evidence else 1.0
            words = item.evidence[0].text if item.evidence else ""
            head = f"{_where(item.evidence)} {label} {item.kind}{_params(item)}"
            lines.append(f'{head} (confidence {conf:.2f}): "{words}"')
    return lines
