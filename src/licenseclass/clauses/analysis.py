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

import dataclasses
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeGuard, TypeVar, get_args

from pydantic import Field, TypeAdapter

from licenseclass.clauses.debian_copyright import license_units
from licenseclass.clauses.hits import Grant, Hit, ItemKind, MergedHit
from licenseclass.clauses.named import named_grants
from licenseclass.clauses.rules import OWN_COPIES, Reading, read_sentences
from licenseclass.clauses.sentences import INVISIBLE, Sentence, section_starts, split_sentences
from licenseclass.clauses.statistical import clause_model
from licenseclass.core.model import (
    INFORMATIONAL_KINDS,
    Condition,
    ConditionKind,
    Evidence,
    Frozen,
    License,
    Limitation,
    LimitationKind,
    LimitingKind,
    PolicyName,
    Provenance,
    Restriction,
    RestrictionKind,
    Right,
    RightName,
    Rights,
    Source,
    Verdict,
    id_problem,
)
from licenseclass.core.verdict import check_license_policy
from licenseclass.core.verdict import verdict as compute_verdict
from licenseclass.errors import ClauseAnalysisError, ClauseTextTooLargeError, ClauseTextTypeError

__all__ = [
    "MAX_TEXT_CHARS",
    "Analysis",
    "Grant",
    "Sentence",
    "analyze_text",
    "explain_lines",
    "located_items",
    "split_sentences",
]

MAX_TEXT_CHARS = 5_000_000
_MAX_EVIDENCE = 6


# --------------------------------------------------------------------------- results


class Analysis(Frozen):
    """The typed reading of a text: the inferred license, its verdict and the grants found."""

    license: License
    verdict: Verdict
    grants: tuple[Grant, ...] = ()
    sentences: int = 0
    patent_only: bool = Field(
        default=False,
        description="every grant is of rights under patents (to practise an invention), none "
        "of copying, changing or sharing the work: a patent license",
    )


# --------------------------------------------------------------------------- assembling

_RESTRICTION = TypeAdapter(Restriction)
_LIST_PARAMS = {"uses", "triggers", "excluded", "persons"}

# Which rights each restriction kind limits (informational kinds limit none); a "deny" kind
# takes the right away altogether when the text grants nothing for it.
RIGHTS_LIMITED: Mapping[RestrictionKind, tuple[RightName, ...]] = {
    "field-of-use": ("use",),
    "acceptable-use-policy": ("use",),
    "non-commercial": ("use",),
    "no-derivatives": ("modify",),
    "no-redistribution": ("share",),
    "user-threshold": ("use",),
    "revenue-threshold": ("use",),
    "research-only": ("use",),
    "evaluation-only": ("use",),
    "non-production": ("use",),
    "output-use": ("use",),
    "model-improvement-ban": ("use", "modify"),
    "pass-through": ("share",),
    "delayed-open": ("use",),
    "service-source": ("share",),
    "no-selling": ("share",),
    "hosting-restriction": ("share",),
    "revocable-terms": ("use",),
    "remote-restriction": ("use",),
    "territory": ("use",),
    "excluded-persons": ("use",),
    "latest-version": ("use",),
    "registration": ("use",),
    "other": ("use",),
    "termination": (),
    "governing-law": (),
    "export-control": (),
    "disclosure": (),
}
_DENIES: Mapping[RestrictionKind, RightName] = {
    "no-derivatives": "modify",
    "no-redistribution": "share",
}
# The conditions that qualify sharing and modifying (patent retaliation qualifies neither).
_SHARE_CONDITIONS: frozenset[ConditionKind] = frozenset(
    {"notice", "include-license", "state-changes", "attribution", "same-license", "disclose-source"}
)


def _is_restriction(kind: ItemKind) -> TypeGuard[RestrictionKind]:
    return kind in _RESTRICTION_KINDS


def _is_condition(kind: ItemKind) -> TypeGuard[ConditionKind]:
    return kind in _CONDITION_KINDS


def _is_limitation(kind: ItemKind) -> TypeGuard[LimitationKind]:
    return kind in _LIMITATION_KINDS


_RESTRICTION_KINDS: frozenset[str] = frozenset(get_args(RestrictionKind))
_CONDITION_KINDS: frozenset[str] = frozenset(get_args(ConditionKind))
_LIMITATION_KINDS: frozenset[str] = frozenset(get_args(LimitationKind))


def _merge(hits: list[Hit]) -> list[MergedHit]:
    """One item per kind: evidence and list parameters gathered, scalars keep the first value."""
    merged: dict[tuple[str, str], MergedHit] = {}
    for hit in hits:
        key = (hit.category, hit.kind)
        found: dict[str, Any] = dict(hit.params)
        if key not in merged:
            params = {k: (list(v) if isinstance(v, list) else v) for k, v in found.items()}
            merged[key] = MergedHit(hit.category, hit.kind, [hit.evidence], params)
            continue
        target = merged[key]
        evidence = target.evidence
        if all(
            (e.start_line, e.text) != (hit.evidence.start_line, hit.evidence.text) for e in evidence
        ):
            evidence.append(hit.evidence)
        for name, value in found.items():
            if name in _LIST_PARAMS:
                bucket = target.params.setdefault(name, [])
                bucket += [v for v in value if v not in bucket]
            elif isinstance(value, bool):
                target.params[name] = bool(target.params.get(name)) or value
            elif target.params.get(name) in (None, "") and value not in (None, ""):
                target.params[name] = value
    for item in merged.values():
        # The surest evidence first (a listed use before a preamble that mentions uses).
        ordered = sorted(item.evidence, key=lambda e: (-e.confidence, e.start_line))
        item.evidence = ordered[:_MAX_EVIDENCE]
    return list(merged.values())


_ORIGINAL_UNALTERED = re.compile(
    r"\boriginal\b[^.;]{0,40}\b(?:(?:is|are)\s+not|not\s+be|must\s+not\s+be|remains?|stays?)\s+"
    r"(?:un)?(?:altered|modified|changed)\b"
)


def _keeps_original_whole(hit: MergedHit) -> bool:
    """A ban on changes that only keeps the original files whole."""
    return hit.kind == "no-derivatives" and all(
        _ORIGINAL_UNALTERED.search(e.text.lower()) for e in hit.evidence
    )


_TEST_PURPOSE = re.compile(r"\b(?:tests?|testing|evaluation)\s+purpose")


def _prune(items: list[MergedHit], reading: Reading) -> list[MergedHit]:
    """Drop items another item already explains."""
    kinds = {h.kind for h in items if h.category == "restriction"}
    drop: set[RestrictionKind] = set()
    if reading.commercial_grant:
        # A separate grant for commercial purposes: the research / non-commercial grant is
        # one of several, not a limit (thresholds or registration say what limits commerce).
        drop |= {"non-commercial", "research-only"}
    if "no-redistribution" in kinds and not reading.shared_narrowly:
        drop.add("no-selling")
    limiting = kinds - set(INFORMATIONAL_KINDS)
    if "registration" in limiting and limiting <= {"registration", "pass-through"}:
        # "Contact us if you wish to obtain a commercial licence" beside leave that limits
        # nothing (a dual-licensed GPL notice) offers another licence; no right waits on it.
        items = [h for h in items if h.kind != "registration" or not _only_an_offer(h)]
    if reading.patches_allowed:
        # "The original source files are not altered. All alteration is done in patch files."
        items = [h for h in items if not _keeps_original_whole(h)]
    nc_places = {
        (e.start_line, e.end_line) for h in items if h.kind == "non-commercial" for e in h.evidence
    }
    if nc_places and all(
        # (evidence names the lines of its words: the two readings of one sentence overlap)
        any(lo <= e.end_line and e.start_line <= hi for lo, hi in nc_places)
        and "trial" in e.text.lower()
        # ("Trial fonts must be used for test purposes": a trial of the work, said outright)
        and not _TEST_PURPOSE.search(e.text.lower())
        for h in items
        if h.kind == "evaluation-only"
        for e in h.evidence
    ):
        # "limit commercial use to a 32-day trial period" (one sentence read as both): a
        # trial of commercial use under a non-commercial license, not evaluation only.
        drop.add("evaluation-only")
    return [h for h in items if not (h.category == "restriction" and h.kind in drop)]


# The wordings of an offer of another licence: where to ask, or what it costs.
_LICENCE_OFFER = re.compile(
    r"\bcontact\b[^.;]*\blicen[cs]\w*|\blicen[cs]\w*[^.;]*\bcontact\b|\bavailable\s+(?:for|at)\b"
)


def _only_an_offer(item: MergedHit) -> bool:
    return all(_LICENCE_OFFER.search(e.text.lower()) for e in item.evidence)


def _squashed(text: str) -> str:
    # words only: a lead-in keeps its colon in the sentence and loses it as a lead
    return " ".join(_WORDS.findall(text.lower()))


_WORDS = re.compile(r"[a-z0-9']+")


def _explained(sentences: list[Sentence], reading: Reading) -> set[int]:
    """The sentences in which a rule read something (a grant, a limit, a condition, a limit
    another sentence lifts), a list item counting as read where its lead-in was."""
    evidence = [
        h.evidence
        for h in (*reading.hits, *reading.held, *reading.held_unmodified, *reading.lifted)
    ]
    evidence += [h.evidence for h in reading.pool_notice] + [g.evidence for g in reading.grants]
    by_line: dict[int, list[tuple[int, str]]] = {}
    for e in evidence:
        by_line.setdefault(e.start_line, []).append((e.end_line, _squashed(e.text)))
    explained: set[int] = set()
    for index, s in enumerate(sentences):
        own = _squashed(s.full) + " " + _squashed(s.text)
        inside = (
            words in own
            for line in range(s.start_line, s.end_line + 1)
            for end, words in by_line.get(line, ())
            if end <= s.end_line
        )
        # A lead-in lies above its items (a long list's first items are the ones within reach).
        lead = _squashed(s.lead)
        above = (
            words in lead
            for line in range(max(1, s.start_line - 60), s.start_line + 1)
            for end, words in by_line.get(line, ())
            if lead and end <= s.start_line
        )
        if any(inside) or any(above):
            explained.add(index)
    return explained


def _second_reading(
    items: list[MergedHit], sentences: list[Sentence], reading: Reading
) -> list[MergedHit]:
    """Kinds the statistical reader (``statistical.py``) is sure of in a sentence where no rule
    read anything, each with that sentence as the evidence; what the rules read stays, and a
    sentence a rule read (a grant, a ban on reverse engineering) is theirs to judge."""
    model = clause_model()
    found = {h.kind for h in items if h.category == "restriction"}
    added: list[MergedHit] = []
    best = model.likeliest(sentences, skip=_explained(sentences, reading))
    for kind, (p, index) in best.items():
        if kind in found or p <= model.add_threshold or index < 0:
            continue
        s = sentences[index]
        words = " ".join(s.text.split())
        evidence = Evidence(
            start_line=s.start_line,
            end_line=s.end_line,
            text=words if len(words) <= 200 else words[:199] + "\u2026",
            confidence=round(p, 2),
        )
        note = f"read by the statistical reader (p={p:.2f}); no rule read this sentence"
        added.append(MergedHit("restriction", kind, [evidence], {"note": note}))
    return [*items, *added]


def _restriction(hit: MergedHit) -> Restriction:
    params = {k: v for k, v in hit.params.items() if v is not None}
    data: dict[str, Any] = {"kind": hit.kind, "evidence": tuple(hit.evidence)}
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


def _withheld(
    reading: Reading, own: list[Grant], granted: set[RightName], limiting: list[Restriction]
) -> dict[RightName, str]:
    """The rights the text keeps back without a ban that names them, each with the reason."""
    # Terms that let you access a hosted service and say nothing of changing or passing it on
    # give no right to modify or share: that is what makes service terms closed.
    if granted == {"use"} and any(_SERVICE.search(g.evidence.text.lower()) for g in reading.grants):
        note = "the terms grant only access to a service"
        return {"modify": note, "share": note}
    # "Broadcom grants no license ... except as set forth in a separate agreement": a notice
    # that grants nothing and sends the reader to another agreement withholds every right.
    # (a leave to use read elsewhere, a warranty's "may be used with", gives no more)
    if granted <= {"use"} and reading.withholds_all:
        note = "the text grants no rights; they need a separate agreement"
        return {"modify": note, "share": note}
    # "All Rights Reserved." and terms that limit use, with no grant at all: the text reserves
    # what it does not give, and gives nothing.
    if not granted and (reading.all_reserved or reading.reserved) and limiting:
        note = "the text reserves all rights and grants none"
        return {"modify": note, "share": note}
    # End-user terms that grant use alone (licensed, not sold; non-transferable; no decompiling;
    # no redistribution) keep every other right, whether or not they say "all other rights
    # reserved".
    use_only = granted == {"use"} and (
        reading.reserved
        or reading.proprietary
        or any("non-transferable" in g.qualifiers for g in reading.grants)
        or any(r.kind == "no-redistribution" for r in limiting)
    )
    if not use_only or reading.patent_only:
        return {}
    # "Non-Commercial derivative works ... are authorized": leave to change in another form
    # (not where that leave is a third-party part's, given after the licensor's own terms).
    changes = (reading.changes_permitted or reading.modified_versions) and len(own) == len(
        reading.grants
    )
    note = "not among the rights granted; the text reserves all others"
    # Leave to copy that no purpose narrows ("permission to copy and display ... in any medium")
    # lets copies be passed on; copies for backup, installation or one's own development do not.
    copies_free = any(
        "reproduce" in g.rights and not OWN_COPIES.search(g.evidence.text.lower()) for g in own
    )
    withheld: dict[RightName, str] = {} if changes else {"modify": note}
    return withheld if copies_free else {**withheld, "share": note}


_LEFT_OUT_KIND: dict[RightName, LimitingKind] = {
    "modify": "no-derivatives",
    "share": "no-redistribution",
}


def _with_rights_left_out(
    restrictions: list[Restriction], rights: Rights, grants: tuple[Grant, ...]
) -> list[Restriction]:
    """A right a grant keeps back by leaving it out (end-user or service terms) is a limit of its
    kind too, said at the first grant. A notice that grants nothing at all limits by what it
    says: the labels give it no kind for what it leaves out."""
    if not grants:
        return restrictions
    have = {r.kind for r in restrictions}
    evidence = grants[0].evidence
    added: list[Restriction] = []
    for name, kind in _LEFT_OUT_KIND.items():
        right: Right = getattr(rights, name)
        if right.status == "denied" and right.note and kind not in have:
            added.append(
                _RESTRICTION.validate_python(
                    {
                        "kind": kind,
                        "evidence": (evidence,),
                        "note": right.note,
                    }
                )
            )
    return [*restrictions, *added]


def _licensors_grants(reading: Reading) -> list[Grant]:
    """The grants of the licensor's own terms: in end-user terms that go on to give third-party
    components' licences, the grants read in those licences are left out."""
    start = reading.components_from
    if not start or not (reading.proprietary or reading.reserved):
        return reading.grants
    own = [g for g in reading.grants if g.evidence.start_line < start]
    return own or reading.grants


def _rights(
    reading: Reading, restrictions: list[Restriction], conditions: list[Condition]
) -> Rights:
    granted: set[RightName] = set()
    own = _licensors_grants(reading)
    for grant in own:
        verbs = set(grant.rights)
        if "use" in verbs or verbs & {"reproduce", "modify", "distribute"}:
            granted.add("use")
        if "modify" in verbs:
            granted.add("modify")
        # Leave to copy for any purpose lets the copies be passed on ("Permission to use, copy,
        # and modify ... for any purpose"); copies for backup or one's own development do not.
        words = grant.evidence.text.lower()
        free_copies = (
            "reproduce" in verbs and "any purpose" in words and not OWN_COPIES.search(words)
        )
        if "distribute" in verbs or "sublicense" in verbs or free_copies:
            granted.add("share")
    if (
        "share" in granted
        and (reading.changed_copies_bound or reading.changes_permitted)
        and not reading.supplements
    ):
        # "Redistribution and use in any form are permitted provided that ... Altered versions
        # must be plainly marked as such": terms for changed copies presume leave to make them
        # (not an exception's, whose leave is the license's it adds to)
        granted.add("modify")
    limiting = [r for r in restrictions if r.kind not in INFORMATIONAL_KINDS]
    share_conditions = tuple(sorted({c.kind for c in conditions if c.kind in _SHARE_CONDITIONS}))
    withheld = _withheld(reading, own, granted, limiting)

    def right(name: RightName) -> Right:
        kinds = tuple(sorted({r.kind for r in limiting if name in RIGHTS_LIMITED[r.kind]}))
        denied = any(_DENIES.get(r.kind) == name for r in limiting)
        if name not in granted:
            if denied:
                return Right(status="denied", restrictions=kinds)
            note = withheld.get(name)
            if note:
                return Right(status="denied", restrictions=kinds, note=note)
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
    for line in text.split("\n"):
        cleaned = line.translate(INVISIBLE).strip(" \t#*=-_")
        if len(cleaned) >= 3 and re.search(r"[A-Za-z]", cleaned):
            return cleaned[:100]
    return "Unrecognised license text"


def _check(text: object, max_chars: int) -> str:
    if not isinstance(text, str):
        raise ClauseTextTypeError("analyze_text", "text", text, "a str")
    if len(text) > max_chars:
        raise ClauseTextTooLargeError(
            "the text", size=len(text), limit=max_chars, argument="max_chars"
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
    max_chars: int = MAX_TEXT_CHARS,
) -> Analysis:
    """Read ``text`` clause by clause into a typed :class:`License` and its verdict.

    Every item carries evidence (line range, words, confidence). Raises
    :class:`~licenseclass.errors.ClauseAnalysisError` for input that is not analysable text
    (not a ``str``: also a ``TypeError``; longer than ``max_chars`` characters, default
    :data:`MAX_TEXT_CHARS`: also an ``InputTooLargeError``; a NUL character) or a license id
    that is not an SPDX id, and :class:`~licenseclass.errors.UnknownPolicyError` for a policy
    other than ``article`` and ``osd`` (``osaid`` judges releases, not texts).
    """
    policy = check_license_policy(policy, "a license text")
    if not isinstance(license_id, str) or not license_id.strip():
        raise ClauseAnalysisError("license_id must be a non-empty string")
    id_trouble = id_problem(license_id) or ("" if license_id[-1:] != "+" else "ends in '+'")
    if id_trouble:
        raise ClauseAnalysisError(f"license_id {license_id!r} is not an SPDX id: {id_trouble}")
    checked = _check(text, max_chars)
    parts = [_typed(unit) for unit in license_units(checked)]
    granting = [part for part in parts if part.reading.grants]
    if len(parts) > 1 and granting:
        # A Debian copyright file's licenses are read one by one (one license's leave to
        # charge or to change is no leave under another), and the package needs them all:
        # every limit counts, and each right is as open as the least open license gives it.
        restrictions = _joined([r for part in parts for r in part.restrictions])
        conditions = _joined([c for part in parts for c in part.conditions])
        limitations = _joined([x for part in parts for x in part.limitations])
        rights = _least_open(
            [_rights(part.reading, restrictions, part.conditions) for part in granting]
        )
        grants = tuple(g for part in parts for g in part.reading.grants)
    else:
        whole = parts[0] if len(parts) == 1 else _typed(checked)
        restrictions, conditions = whole.restrictions, whole.conditions
        limitations = whole.limitations
        rights = _rights(whole.reading, restrictions, conditions)
        grants = tuple(whole.reading.grants)
        restrictions = _with_rights_left_out(restrictions, rights, grants)
        parts = [whole]
    patent_only = all(part.reading.patent_only for part in parts if part.reading.grants)
    model_words = re.search(
        r"\b(?:model|weights|machine[- ]learning|artificial intelligence)\b", text, re.I
    )
    lic = License(
        id=license_id,
        name=name or _title(text),
        kind="model" if model_words else "software",
        rights=rights,
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
        grants=grants,
        sentences=sum(part.sentences for part in parts),
        patent_only=bool(grants) and patent_only,
    )


@dataclass(frozen=True)
class _Typed:
    """One text's reading and the typed items it gives."""

    reading: Reading
    sentences: int
    restrictions: list[Restriction]
    conditions: list[Condition]
    limitations: list[Limitation]


def _typed(text: str) -> _Typed:
    sentences, reading = _read(text)
    if not (reading.withholds_all or reading.reserved or reading.proprietary):
        # A text that grants nothing in its own words but puts the work under an open license
        # by name ("License: GPL-3+") grants what that license grants; so does a grant made
        # "pursuant to" an open license.
        named = named_grants(sentences, granting=bool(reading.grants))
        if named:
            reading = dataclasses.replace(
                reading,
                grants=[*reading.grants, *(g for g, _ in named)],
                grant_sentences=[*reading.grant_sentences, *(w for _, w in named)],
                patent_only=False,  # a license named is leave under copyright
            )
    items = _prune(_second_reading(_merge(reading.hits), sentences, reading), reading)
    conditions = [
        Condition(
            kind=h.kind,
            scope=h.params.get("scope"),
            wording=h.params.get("wording"),
            name_prefix=h.params.get("name_prefix"),
            evidence=tuple(h.evidence),
        )
        for h in items
        if _is_condition(h.kind)
    ]
    return _Typed(
        reading=reading,
        sentences=len(sentences),
        restrictions=[_restriction(h) for h in items if _is_restriction(h.kind)],
        conditions=conditions,
        limitations=[
            Limitation(kind=h.kind, evidence=tuple(h.evidence))
            for h in items
            if _is_limitation(h.kind)
        ],
    )


_Item = TypeVar("_Item", Restriction, Condition, Limitation)


def _joined(items: list[_Item]) -> list[_Item]:
    """Items of several licenses, those alike but for their evidence made one."""
    alike: dict[str, _Item] = {}
    for item in items:
        key = repr(item.model_dump(exclude={"evidence"}))
        first = alike.get(key)
        alike[key] = (
            item
            if first is None
            else first.model_copy(update={"evidence": first.evidence + item.evidence})
        )
    return list(alike.values())


# The least open status wins; "unknown" ranks last, so a license silent on a right (an
# exception's text, a partial quote) neither gives nor keeps it back while another speaks of it.
_OPENNESS: Mapping[str, int] = {
    "denied": 0,
    "restricted": 1,
    "conditional": 2,
    "granted": 3,
    "unknown": 4,
}


def _least_open(each: list[Rights]) -> Rights:
    """The rights several licenses give together: each as open as the least open license that
    speaks of it."""

    def least(name: RightName) -> Right:
        rights: list[Right] = [getattr(r, name) for r in each]
        worst = min(rights, key=lambda r: _OPENNESS[r.status])
        return worst.model_copy(
            update={
                "restrictions": tuple(sorted({k for r in rights for k in r.restrictions})),
                "conditions": tuple(sorted({k for r in rights for k in r.conditions})),
            }
        )

    def extra(name: str) -> Right | None:
        given: list[Right | None] = [getattr(r, name) for r in each]
        denied = [r for r in given if r is not None and r.status == "denied"]
        if denied:
            return denied[0]
        return given[0] if all(r is not None for r in given) else None

    return Rights(
        use=least("use"),
        modify=least("modify"),
        share=least("share"),
        commercial_use=extra("commercial_use"),
        patent_grant=extra("patent_grant"),
        sublicense=extra("sublicense"),
    )


# Comparing a variant reads its text with analyze_text and then asks located_items for the
# same text: the last readings are kept (they are only read, never changed, afterwards).
@functools.lru_cache(maxsize=2)
def _read(text: str) -> tuple[list[Sentence], Reading]:
    sentences = split_sentences(text)
    return sentences, read_sentences(sentences, sections=section_starts(text))


def located_items(text: str) -> list[tuple[int, int, ItemKind]]:
    """Every item kind found in ``text`` with the line range of each place, before merging.

    Unlike the merged :class:`License`, which keeps a few places per item, this lists them all
    (used to name the items of one paragraph).
    """
    _, reading = _read(_check(text, MAX_TEXT_CHARS))
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
