"""Identify the licenses in a text: ``classify_text`` runs named stages over a shared run.

The stages (:data:`STAGES`, cheapest first; see docs/identification.md): SPDX tags
(:mod:`~licenseclass.textid.tags`); the whole text as one reference, references contained
verbatim and approximate copies (:mod:`~licenseclass.textid.matchers`); the choice of the set
of hits that explains the most (:mod:`~licenseclass.textid.selection`); license names after a
licensing phrase (:mod:`~licenseclass.textid.namestage`). Matches of ScanCode's false-positive
rules suppress their span; generic references ("see LICENSE") are kept as clues. What no
catalogued license explains is read clause by clause (:mod:`licenseclass.clauses.reading`).
"""

from __future__ import annotations

import base64
import difflib
import functools
import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Literal

from licenseclass.clauses.additions import MAX_ADDITION_WORDS, added_limits
from licenseclass.clauses.analysis import Analysis, analyze_text
from licenseclass.clauses.debian_copyright import (
    dep5_plain_text,
    field_short_name,
    license_units,
)
from licenseclass.clauses.gate import (
    MAX_CODE_SHARE,
    adds_terms,
    is_code_line,
    is_faq,
    read_for_terms,
    reads_as_terms,
    says_licensing,
)
from licenseclass.clauses.license_sections import (
    license_sections,
    manual_licensing_spans,
    section_only,
)
from licenseclass.clauses.reading import needs_reading, read_named_text, read_terms
from licenseclass.clauses.rules import SILENT_ON_CHANGE
from licenseclass.clauses.sentences import BOX_CLOSER, COMMENT_KEYWORDS, section_starts
from licenseclass.clauses.variants import Variant
from licenseclass.core.files import named_as_license, read_bounded
from licenseclass.core.licensedcode import (
    ScancodeLicense,
    rule_text,
    scancode_licenses,
)
from licenseclass.core.model import LEVEL_RANK, Evidence, Level, Reason, Restriction, Verdict
from licenseclass.core.registry import Registry, default_registry, folder_list
from licenseclass.core.verdict import describe_restriction, limiting_restrictions
from licenseclass.core.verdict import verdict as license_verdict
from licenseclass.errors import (
    ArgumentTypeError,
    InputFileError,
    InputTooLargeError,
    InvalidExpressionError,
    LicenseclassError,
)
from licenseclass.expressions.parser import parse
from licenseclass.expressions.tree import (
    And,
    Expression,
    LicenseId,
    LicenseRef,
    flattened,
    split_ids,
)
from licenseclass.expressions.verdicts import classify_expression
from licenseclass.textid.choices import choices
from licenseclass.textid.coverage import (
    explained_mask,
    front_matter,
    region_text,
    share_explained,
    unexplained_runs,
)
from licenseclass.textid.dedications import public_domain_settled, states_public_domain
from licenseclass.textid.examples import example_lines
from licenseclass.textid.exceptions import (
    FoundException,
    exception_id,
    joined,
    said_after,
    written_for,
)
from licenseclass.textid.index import TextIndex, index_for
from licenseclass.textid.matchers import (
    MIN_CONFIDENCE,
    approximate,
    approximate_in_spans,
    contained,
    exact_whole,
    fragments,
    gaps,
)
from licenseclass.textid.names import name_key, name_table
from licenseclass.textid.namestage import (
    PUBLIC_DOMAIN,
    aligned_expression,
    cc_elements_after,
    generic_clues,
    generic_names,
    generic_rule_names,
    has_digit,
    may_name_others,
    name_left_out,
    name_match,
    named_licenses,
    names_other_license,
    names_unsaid_license,
    other_gnu_family_said,
    said_as_not,
    said_as_past,
)
from licenseclass.textid.offers import COMMERCIAL_OFFERED, commercial_offers, offered_beside
from licenseclass.textid.pages import has_addresses, license_pages
from licenseclass.textid.query import Hit, Query, raw_lines
from licenseclass.textid.results import MatchKind, Region, TextClassification, TextMatch
from licenseclass.textid.selection import (
    NEARLY_WHOLE,
    boilerplate,
    merge_adjacent,
    other_version,
    phrases_of_others,
    refined,
    resolve,
    rule_over_whole,
)
from licenseclass.textid.tags import find_tags
from licenseclass.textid.textnorm import tokenise

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_TEXT_CHARS",
    "MIN_CONFIDENCE",
    "STAGES",
    "TextClassification",
    "TextMatch",
    "added_terms",
    "classify_file",
    "classify_text",
    "read_text_file",
]

# At least this many unexplained tokens before the approximate stage runs.
MIN_UNEXPLAINED = 12


# Files larger than this are refused by classify_file (its ``max_bytes`` argument overrides).
MAX_FILE_BYTES = 5_000_000

# Texts longer than this (in characters) are refused by classify_text (``max_chars``
# overrides): as much as the largest file; 2 to 11 s of matching for the texts measured, and
# clause reading (analyze_text, same limit) may add some 15 s more.
MAX_TEXT_CHARS = 5_000_000


# Hits shorter than this (in words) yield to a longer license name over the same words.
SHORT_HIT = 12


def _kind(index: TextIndex, ref: int) -> MatchKind:
    kind = index.kinds[ref]
    return kind if kind in ("text", "notice", "reference", "tag") else "reference"  # type: ignore[return-value]


def _explain(query: Query, hit: Hit) -> str:
    words = query.index.words()
    reference = [words[t] for t in query.index.ref_tokens(hit.ref)]
    found = query.words[hit.start : hit.end]
    lines = [f"matched {query.index.names[hit.ref]} (coverage {hit.coverage:.3f})"]
    matcher = difflib.SequenceMatcher(None, reference, found, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if a2 > a1:
            lines.append("- " + " ".join(reference[a1:a2]))
        if b2 > b1:
            lines.append("+ " + " ".join(found[b1:b2]))
    if len(lines) == 1:
        lines.append("no differences after normalisation")
    return "\n".join(lines)


def _verdict(expression: str | None, registry: Registry) -> Verdict:
    if expression is not None:
        try:
            return classify_expression(
                _registry_ids(expression, registry), registry=registry
            ).verdict
        except InvalidExpressionError:  # a reference's expression the parser refuses
            pass
    return Verdict(level="unknown", policy="article")


def combine(expressions: Sequence[str]) -> str | None:
    """Several expressions found in one text, joined with AND (compound ones in parentheses);
    one said twice in another order ("MIT OR Apache-2.0" in a tag, "Apache-2.0 OR MIT" in
    the prose under it) is kept once."""
    kept: dict[object, str] = {}
    for expression in expressions:
        if expression:
            kept.setdefault(_flat_key(expression), expression)
    unique = list(kept.values())
    if not unique:
        return None
    if len(unique) == 1:
        return unique[0]
    return " AND ".join(f"({e})" if " " in e else e for e in unique)


# Kinds of match that only name a license (a trove classifier, a bare name): one naming an
# option of a choice the text offers is that option said again, not a second demand.
_NAMING_KINDS = frozenset({"tag", "reference"})


def _options_restated(matches: Sequence[TextMatch]) -> list[TextMatch]:
    """The matches less those that only name one license that a choice in the same text
    offers: pyproject's `license = "MIT OR Apache-2.0"` with the trove classifiers of both
    licenses is that choice, not `(MIT OR Apache-2.0) AND Apache-2.0 AND MIT`. Texts and
    notices of an option stay (a file may hold an option's full text for its own part)."""
    offered: set[str] = set()
    for match in matches:
        if "(" not in match.expression and " OR " in match.expression:
            parts = match.expression.split(" OR ")
            if not any(" AND " in part for part in parts):
                offered.update(parts)
    if not offered:
        return list(matches)
    return [
        m
        for m in matches
        if not (m.kind in _NAMING_KINDS and m.expression == m.id and m.id in offered)
    ]


def _flat_key(expression: str) -> object:
    """What an expression says regardless of its order, where it joins its licenses by one
    operator and no brackets ("A OR B" and "B OR A" alike); the expression itself otherwise."""
    if "(" in expression:
        return expression
    for operator in (" OR ", " AND "):
        parts = expression.split(operator)
        if len(parts) > 1 and not any(" OR " in p or " AND " in p for p in parts):
            return (operator, frozenset(parts))
    return expression


def _past_closed_labels(
    verdict: Verdict, matches: Sequence[TextMatch], registry: Registry
) -> Verdict:
    """A closed verdict that rests only on closed ids the catalogue could not read: each yields
    to what its reference text says.

    Two kinds of id are closed by label alone. A generated entry (not reviewed) is typed from
    its ScanCode category, and ScanCode files firmware and freeware terms that allow
    redistribution under "Proprietary Free"; a generic id in a compound rule ("... AND
    proprietary-license") is ScanCode's tag for terms beside the named license, whatever those
    terms say. Where the reference text the file matched (the license's own text, or the rule's)
    reads, clause by clause, as open or as limited, that reading stands for the id: it no longer
    closes the file. The reference is read, not the span, so any copy gives the same answer.
    """
    if verdict.level != "closed":
        return verdict
    found = _label_readings(matches, registry)
    if found is None:
        return verdict
    # a tag whose terms set no limit and give no leave leaves its part unknown
    readings: dict[str, Level] = {key: level or "unknown" for key, level in found.items()}
    kept = _without_ids(matches, set(found))
    if kept is None:
        return verdict
    rest = _verdict(combine(kept), registry) if kept else None
    # a tag whose terms decide nothing counts only where nothing else does
    decided = {key: level for key, level in found.items() if level is not None}
    levels: list[Level] = [*decided.values(), *([rest.level] if rest else [])]
    levels = levels or list(readings.values())
    if not levels:
        return verdict
    joined = min(levels, key=LEVEL_RANK.__getitem__)
    reasons = [
        Reason(
            message=(
                f"{license_id} is closed only by its label (a ScanCode category or a generic "
                f"tag); its reference text reads as {read}"
                + (
                    " (the work may be shared or changed, with limits)"
                    if read == "restricted"
                    else ""
                )
                + ", and that reading stands for it"
                if read is not None
                else _PATENT_REASON.format(license_id)
                if _patent_license(license_id, registry)
                else f"{license_id} is a generic tag for terms beside the license they came "
                "with; those terms set no limit and give no leave (warranty and liability "
                "terms): they decide nothing beside that license, and alone leave the "
                "verdict unknown, not closed"
            ),
            license_id=license_id,
            item="rights.share",
        )
        for license_id, read in found.items()
    ]
    return verdict.model_copy(
        update={"level": joined, "reasons": (*reasons, *(rest.reasons if rest else ()))}
    )


def _tags_read(
    text: str, verdict: Verdict, matches: Sequence[TextMatch], registry: Registry
) -> Verdict:
    """An unknown verdict that generic tags of a compound rule leave unknown ("GPLv3, but not
    for military use" is ScanCode's GPL-3.0 AND proprietary-license AND unknown), made
    restricted where the tagged rule's lines of the text read as a limit on the work (read
    as a note beside a license is): the tags stand for the terms beside the named license,
    and those terms are in the file."""
    if verdict.level != "unknown":
        return verdict
    lines = raw_lines(text)
    found: list[Restriction] = []
    read: set[str] = set()
    for match in matches:
        if _verdict(match.id, registry).level not in ("unknown", "closed"):
            continue
        if _labelled_only(match, registry) != "tag":
            continue
        said = "\n".join(lines[match.start_line - 1 : match.end_line])
        limits = added_limits(said, match.start_line)
        if limits:
            read.add(match.id)
            found += [r for r in limits if r not in found]
    if not found:
        return verdict
    # what was said of the tags before their lines were read no longer holds
    kept = [r for r in verdict.reasons if r.license_id not in read and r.kind != "and"]
    reasons = _limit_reasons(found, "the terms a generic tag stands for")
    return verdict.model_copy(update={"level": "restricted", "reasons": (*reasons, *kept)})


def _limit_reasons(limits: Sequence[Restriction], where: str) -> list[Reason]:
    """One reason per limit read from the file's own lines, saying ``where`` they were."""
    return [
        Reason(
            message=f"{describe_restriction(r)}: {where}",
            item="unexplained",
            kind=r.kind,
            evidence=r.evidence,
        )
        for r in limits
    ]


def _without_ids(matches: Sequence[TextMatch], ids: set[str]) -> list[str] | None:
    """The matches' expressions with ``ids`` taken out of the ANDs that hold them, at any depth
    ("(NCSA OR MIT) AND generic-cla" keeps "NCSA OR MIT"); None where one of them is a choice
    of an OR or part of a WITH (taking it out would change what is offered)."""
    kept: list[str] = []
    for match in matches:
        if not set(split_ids(match.expression)) & ids:
            kept.append(match.expression)
            continue
        try:
            rest = _without_and_operands(parse(match.expression, strict=False), ids)
        except (LicenseclassError, _ChoiceTouchedError):
            return None
        if rest is not None:
            kept.append(str(rest))
    return kept


class _ChoiceTouchedError(Exception):
    """An id to take out is an OR's choice or inside a WITH."""


def _without_and_operands(node: Expression, ids: set[str]) -> Expression | None:
    """``node`` less the leaves in ``ids`` that are operands of an AND (None: nothing is left);
    :class:`_ChoiceTouchedError` where such a leaf is an OR's choice or inside a WITH."""
    if isinstance(node, (LicenseId, LicenseRef)):
        return None if str(node) in ids else node
    if isinstance(node, And):
        rest = [r for arg in node.args if (r := _without_and_operands(arg, ids)) is not None]
        return None if not rest else rest[0] if len(rest) == 1 else flattened(And, rest)
    if set(split_ids(str(node))) & ids:
        raise _ChoiceTouchedError(str(node))
    return node


def _past_disclaimers(
    verdict: Verdict, matches: Sequence[TextMatch], registry: Registry
) -> Verdict:
    """An unknown verdict that rests only on bare notices: beside licenses they decide nothing.

    ScanCode tags a bare warranty disclaimer, a trademark notice and an export notice with
    generic ids of their own, alone or in a compound rule ("warranty-disclaimer AND NTP").
    Such a notice gives no leave and sets no limit on using, changing or sharing the work, yet
    its id's verdict is `unknown`, and joined with AND it would leave a file whose licenses
    are all open `unknown`. The verdict rests on the other licenses instead, with a reason.
    """
    if verdict.level != "unknown":
        return verdict
    notices = {
        i
        for match in matches
        for i in split_ids(match.expression)
        # (the verdict first: whether a license is a patent license may mean reading its text)
        if _verdict(i, registry).level == "unknown" and _bare_notice(i, registry)
    }
    if not notices:
        return verdict
    kept = _without_ids(matches, notices)
    rest = _verdict(combine(kept), registry) if kept else None
    if rest is None or rest.level == "unknown":
        return verdict
    reasons = [
        Reason(
            message=(
                _PATENT_REASON.format(license_id)
                if _patent_license(license_id, registry)
                else _CONTRIBUTOR_REASON.format(license_id)
                if _contributor_agreement(license_id, registry)
                else f"{license_id} is a bare notice (a disclaimer, a trademark or export "
                "notice): it gives no rights and sets no limit, so the verdict rests on the "
                "other licenses"
            ),
            license_id=license_id,
        )
        for license_id in sorted(notices)
    ]
    return rest.model_copy(update={"reasons": (*reasons, *rest.reasons)})


def _past_disclaimer_parts(
    verdict: Verdict, matches: Sequence[TextMatch], parts: set[str], registry: Registry
) -> Verdict:
    """The verdict without the licenses of which only the disclaimer is here: such a part is
    reported as found, but it grants nothing and limits nothing, so the verdict rests on the
    other matches (``unknown`` where there are none)."""
    found = [m for m in matches if m.kind == "text" and m.reference in parts]
    if not found:
        return verdict
    others = [m.expression for m in matches if m not in found]
    rest = (
        _verdict(combine(others), registry)
        if others
        else Verdict(level="unknown", policy="article")
    )
    reasons = [
        Reason(
            message=(
                f"only the disclaimer of {m.id}'s text is here ({m.coverage:.0%} of it): it grants "
                "nothing and limits nothing, so the verdict does not rest on it"
            ),
            license_id=m.id,
        )
        for m in found
    ]
    return rest.model_copy(update={"reasons": (*reasons, *rest.reasons)})


# A notice's own words that grant only under the license named before it ("Permission to
# distribute, modify and use this file under the standard license terms listed above has been
# obtained from the copyright holder").
_UNDER_THE_TERMS_ABOVE = re.compile(
    r"\bunder\s+the\s+(?:standard\s+|same\s+)?licen[cs]e\s+terms\s+"
    r"(?:listed|stated|given|set\s+out)\s+above\b|"
    r"\bunder\s+the\s+(?:above|foregoing)\s+(?:licen[cs]e|terms)\b",
    re.IGNORECASE,
)


def _past_deferring_notices(
    verdict: Verdict, matches: Sequence[TextMatch], registry: Registry
) -> Verdict:
    """A limiting verdict that rests on a notice whose rule's own words grant only under the
    license named above it: ScanCode files the 3GPP notice of AMR codec sources ("Permission
    to distribute, modify and use this file under the standard license terms listed above has
    been obtained") under the MPEG ISO license, whose field of use its words do not state. The
    verdict rests on the license above, with a reason; the match stays as found."""
    if verdict.level not in ("restricted", "closed"):
        return verdict
    above_of: dict[str, list[str]] = {}  # the ids matched above each deferring notice's id
    undeferred: set[str] = set()  # ids with some match that does not defer
    for match in matches:
        above = (
            [m.id for m in matches if m.end_line < match.start_line and m.id != match.id]
            if match.reference.startswith("rules/")
            and _UNDER_THE_TERMS_ABOVE.search(rule_text(match.reference))
            else []
        )
        if above:
            above_of.setdefault(match.id, []).extend(above)
        else:
            undeferred.add(match.id)
    # an id counts only where every match of it defers
    ids = set(above_of) - undeferred
    if not ids:
        return verdict
    kept = _without_ids(matches, ids)
    rest = _verdict(combine(kept), registry) if kept else None
    if rest is None or LEVEL_RANK[rest.level] <= LEVEL_RANK[verdict.level]:
        return verdict
    reasons = [
        Reason(
            message=(
                f"{license_id}: the notice filed under this id grants its permissions only "
                f"under the license terms named above it ({', '.join(dict.fromkeys(above))}); "
                "it adds no terms of its own, so the verdict rests on that license"
            ),
            license_id=license_id,
        )
        for license_id, above in sorted((i, above_of[i]) for i in ids)
    ]
    return rest.model_copy(update={"reasons": (*reasons, *rest.reasons)})


def _scancode_entry(license_id: str, registry: Registry) -> ScancodeLicense | None:
    """The licensedcode-data entry behind a registry id (None where there is none)."""
    try:
        key = registry.get(license_id).scancode_key or ""
    except LicenseclassError:
        return None
    return scancode_licenses().get(key)


def restricting_rider(license_id: str, registry: Registry) -> bool:
    """Whether an id is one of ScanCode's exceptions that take rights away (the Commons Clause,
    a rider that bars selling the work): no clue but a license of the text, since it changes
    what the license beside it allows."""
    if not license_id or " " in license_id:
        return False
    entry = _scancode_entry(license_id, registry)
    if entry is None or not entry.is_exception:
        return False
    return license_verdict(registry.get(license_id)).level in ("restricted", "closed")


_PATENT_REASON = (
    "{} is a patent license: it grants rights under patents and says nothing of copying, "
    "changing or sharing the work, so the verdict rests on the other licenses"
)


_CONTRIBUTOR_REASON = (
    "{} is a contributor agreement (a CLA or the DCO): its terms bind those who contribute to "
    "the work, not those who use it, so the verdict rests on the other licenses"
)


def _contributor_agreement(license_id: str, registry: Registry) -> bool:
    """Whether ScanCode files the id as a contributor agreement (its "CLA" category)."""
    info = _scancode_entry(license_id, registry)
    return info is not None and info.category == "CLA"


def _patent_license(license_id: str, registry: Registry) -> bool:
    """Whether ScanCode files the license as a patent license, or its own text grants only
    rights under patents (ScanCode files OCB's patent licenses under "Proprietary Free")."""
    info = _scancode_entry(license_id, registry)
    if info is None:
        return False
    return info.category == "Patent License" or _grants_patents_only(info.key)


def _patent_grant_limited(license_id: str, registry: Registry) -> bool:
    """Whether a patent license's own text leaves some uses out of its grant, as a limit the
    clause reader types (OCB's "no license is granted for any Military Use")."""
    info = _scancode_entry(license_id, registry)
    return info is not None and _text_reading(info.key)[1]


def _grants_patents_only(key: str) -> bool:
    return "patent" in scancode_licenses()[key].text.lower() and _text_reading(key)[0]


@functools.lru_cache(maxsize=1024)
def _text_reading(key: str) -> tuple[bool, bool]:
    """Whether a licensedcode-data text grants rights under patents only, and whether it sets
    limits the clause reader types: one reading serves both questions."""
    try:
        analysis = analyze_text(scancode_licenses()[key].text)
    except LicenseclassError:
        return False, False
    return analysis.patent_only, bool(limiting_restrictions(analysis.license))


# ScanCode's names for its generic ids of notices that are no license terms.
_BARE_NOTICE_NAME = re.compile(
    r"\bwarranty\s+disclaimer\b|\btrademark\b.*\bnotice\b|\bexport\s+compliance\s+notice\b",
    re.IGNORECASE,
)


def _bare_notice(license_id: str, registry: Registry) -> bool:
    """Whether an id is one of ScanCode's generic ids for a bare notice (see above), a license
    ScanCode files as a patent license (that grants rights under patents and says nothing of
    copying, changing or sharing the work under copyright) or a contributor agreement."""
    if _patent_license(license_id, registry) or _contributor_agreement(license_id, registry):
        return True
    info = _scancode_entry(license_id, registry)
    return info is not None and info.is_generic and bool(_BARE_NOTICE_NAME.search(info.name))


def _label_readings(
    matches: Sequence[TextMatch], registry: Registry
) -> dict[str, Level | None] | None:
    """Each closed id's reading (None: a generic tag whose terms limit nothing, which decides
    nothing), or None where some closed id is more than a label."""
    readings: dict[str, Level | None] = {}
    for match in matches:
        if _verdict(match.id, registry).level != "closed":
            continue
        label = _labelled_only(match, registry)
        if label == "category" and _patent_license(match.id, registry):
            # a patent license decides nothing of copying or sharing; where its own text
            # leaves uses out of the grant ("no license is granted for any Military Use") it
            # limits using the work
            if _patent_grant_limited(match.id, registry):
                readings[match.id] = "restricted"
            else:
                readings.setdefault(match.id, None)
            continue
        level = _reference_level(match.reference) if label else None
        if label == "category" and (level == "silent" or not rule_text(match.reference).strip()):
            # a name, or a notice that only points at the license: the license's own text
            # reads for it (any of its notices then gives the same answer)
            level = _license_text_level(match.id, registry)
        if level is None or (level == "silent" and label == "category"):
            return None
        if label == "tag" and _POINTS_ELSEWHERE.search(rule_text(match.reference)):
            return None  # the tag stands for terms kept elsewhere ("under ee/LICENSE")
        if level == "silent":
            readings.setdefault(match.id, None)
            continue
        if label == "category":
            # a category says the license is not open source: its text can show that it
            # shares, not that it is open (a limit the reader missed would make it so)
            level = "restricted"
        previous = readings.get(match.id)
        if previous is None or LEVEL_RANK[level] < LEVEL_RANK[previous]:
            readings[match.id] = level
    return readings


def _license_text_level(
    license_id: str, registry: Registry
) -> Literal["open", "restricted", "silent"] | None:
    """How the ScanCode text of ``license_id`` reads (see :func:`_reference_level`)."""
    try:
        key = registry.get(license_id).scancode_key
    except LicenseclassError:
        return None
    found = _reference_level(f"licenses/{key}.LICENSE") if key else None
    return found if found != "silent" else None


def _labelled_only(match: TextMatch, registry: Registry) -> Literal["category", "tag"] | None:
    """Whether a closed id's typing is a label the catalogue did not read (see above): a
    generated entry's category, or a generic tag in a compound rule."""
    try:
        entry = registry.get(match.id)
    except LicenseclassError:
        return None
    info = scancode_licenses().get(entry.scancode_key or "")
    if info is not None and info.is_generic:
        compound = " " in match.expression
        return "tag" if compound and match.reference.startswith("rules/") else None
    if entry.provenance.status != "reviewed":
        return (
            "category"
            if match.reference.startswith(("licenses/", "rules/", "license name: "))
            else None
        )
    return None


# Words of a rule that send the reader to terms it does not hold, or that name proprietary
# or commercial terms: a generic tag in such a rule stands for those terms.
_POINTS_ELSEWHERE = re.compile(
    r"\b(?:agreements?|terms\s+of\s+(?:use|service)|separately|contact\w*|purchas\w*|"
    # (not "non-commercial": a limit the rule's own words state, read with them; nor leave
    # given "even for commercial purposes")
    r"(?<!non-)(?<!non)(?<!non\s)(?<!even\sfor\s)(?<!including\s)commercial\w*|confidential\w*|"
    r"defined\s+in|all\s+rights\s+reserved|"
    r"non-?free|"
    # ("other proprietary and legal notices" is a notice, not terms)
    r"proprietary(?!\s+(?:and\s+legal\s+)?(?:notices?|legends?|rights\s+notices?))|"
    r"see\s+(?:the\s+)?(?:file|license|https?))\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=256)
def _reference_level(reference: str) -> Literal["open", "restricted", "silent"] | None:
    """How a licensedcode-data reference text reads: "open", "restricted" (the work may be
    shared or changed, with limits), "silent" (it sets no limit and gives no leave to share:
    warranty terms), or None (it gives neither leave)."""
    text = rule_text(reference)
    if not text.strip():
        return None
    try:
        analysis = analyze_text(text)
    except LicenseclassError:
        return None
    rights = analysis.license.rights
    if analysis.verdict.level == "open":
        return "open"
    # leave to pass the work on or to change it, however narrow, is more than an end-user
    # licence gives ("closed": no right to modify and no right to share)
    if {rights.share.status, rights.modify.status} & {"granted", "conditional", "restricted"}:
        return "restricted"
    return "silent" if not limiting_restrictions(analysis.license) else None


def _registry_ids(expression: str, registry: Registry) -> str:
    """ScanCode's ``LicenseRef-scancode-<key>`` ids replaced by the registry's id for that key.

    Text matches report ScanCode's ids (the reference texts come from ScanCode); the verdict
    is the registry's business, and the registry knows many of those licenses by another id.
    """
    if "LicenseRef-" not in expression:
        return expression

    def replace(found: re.Match[str]) -> str:
        entry = registry.find(found.group(0))
        return entry.id if entry is not None and " " not in entry.id else found.group(0)

    return re.sub(r"LicenseRef-[A-Za-z0-9.\-]+", replace, expression)


def registry_with(registry: Registry | None, folders: Sequence[Path | str]) -> Registry:
    """``registry`` (default: the built-in one) with ``folders`` added after its own."""
    if registry is not None and not isinstance(registry, Registry):
        raise ArgumentTypeError("registry_with", "registry", registry, "a Registry or None")
    folders = folder_list(folders, "user_dirs", "classify_text")
    if not folders:
        return registry or default_registry()
    if registry is None:
        return Registry(folders)
    return registry.extended(folders)


@dataclass
class _Run:
    """What the stages of one :func:`classify_text` call share and fill in, in order."""

    text: str
    registry: Registry
    query: Query
    explain: bool
    tag_matches: list[TextMatch] = field(default_factory=list)
    tagged: bytes = b""  # token positions covered by SPDX tags
    hits: list[Hit] = field(default_factory=list)  # every candidate hit of the matchers
    kept: list[Hit] = field(default_factory=list)  # the chosen hits
    clues: list[str] = field(default_factory=list)
    named: list[TextMatch] = field(default_factory=list)
    named_spans: list[tuple[int, int]] = field(default_factory=list)
    clue_spans: list[tuple[int, int]] = field(default_factory=list)  # hits kept as clues
    # clues of ScanCode's proprietary key: first and last line, and whether the clue only
    # mentions an agreement (a reference or tag rule, a generic name) rather than stating a
    # notice
    proprietary_clues: list[tuple[int, int, bool]] = field(default_factory=list)
    # parts of a text several licenses of different levels share: no name is read inside them
    shared_parts: list[tuple[int, int]] = field(default_factory=list)
    # the references of parts that are only a license's disclaimer (see _disclaimer_only)
    disclaimer_parts: set[str] = field(default_factory=set)
    # lines and word spans offering a commercial license
    offers: list[tuple[int, int, int, int]] = field(default_factory=list)
    # references a text was refused as for a restricting phrase put into them: read, the text is
    # compared with them (see _guarded_copy_stage)
    compare_with: list[str] = field(default_factory=list)
    copies_of: set[str] = field(default_factory=set)  # the ids of those references
    # lines whose short references were code examples, dropped (see _examples_stage)
    example_lines: set[int] = field(default_factory=set)
    # exceptions found by their text or their name, for the licenses they add to
    exceptions: list[FoundException] = field(default_factory=list)
    # exceptions found by their text that no SPDX id names (ScanCode's "openssl-exception-gpl-
    # 2.0-plus"), which WITH cannot take: kept as clues, their words may still be explained
    unlisted_exceptions: list[FoundException] = field(default_factory=list)


def _tags_stage(run: _Run) -> None:
    """``SPDX-License-Identifier:`` lines, parsed as expressions; their words are covered."""
    run.tag_matches = find_tags(run.query, run.text)
    run.tagged = bytes(run.query.covered)


def _exact_stage(run: _Run) -> None:
    """The whole normalised text equals one reference (only for untagged texts)."""
    if not run.tag_matches:
        whole = exact_whole(run.query)
        if whole is not None:
            run.hits.append(whole)


def _contained_stage(run: _Run) -> None:
    """References found verbatim inside the text."""
    if run.hits:
        return
    run.hits.extend(contained(run.query))
    for hit in run.hits:
        run.query.cover(hit.start, hit.end)


def _approximate_stage(run: _Run) -> None:
    """Approximate copies, when enough is left unexplained or the text is tiled by pieces."""
    query = run.query
    if len(run.hits) == 1 and run.hits[0].method == "exact":
        return
    unexplained = len(query.covered) - sum(query.covered)
    # A text tiled by several partial references may be one reference with small edits.
    longest = max((hit.end - hit.start for hit in run.hits), default=0)
    tiled = len(query.ids) >= MIN_UNEXPLAINED and longest < 0.9 * len(query.ids)
    if unexplained >= MIN_UNEXPLAINED or tiled:
        tried: set[int] = set()
        verbatim = {hit.ref for hit in run.hits}
        run.hits.extend(approximate(query, verbatim, run.hits, tried=tried))
        for span in gaps(query, run.hits):
            found = tried | {hit.ref for hit in run.hits}
            run.hits.extend(approximate(query, found, run.hits, within=span, tried=tried))
        _verbatim_elsewhere(run, verbatim)
    elif any(rule_over_whole(query, hit) for hit in run.hits):
        # A rule found verbatim over the whole text may be ScanCode's example of another
        # license: the license texts that fit it are aligned too (see defining_texts).
        found = {hit.ref for hit in run.hits}
        texts = [h for h in approximate(query, found) if h.ref not in found]
        run.hits.extend(h for h in texts if query.index.names[h.ref].startswith("licenses/"))


def _verbatim_elsewhere(run: _Run, verbatim: set[int]) -> None:
    """A reference found verbatim is no candidate of the approximate stage, so a changed copy
    of it elsewhere in the file (a typo, a reflowed comment) would go to a relative that is
    aligned (JSON's text is MIT's and one sentence more). Over the approximate hits of other
    full texts, the references found verbatim are aligned too, in one pass; resolve keeps
    whichever fits better."""
    names = run.query.index.names
    # (the hits of full texts that miss some of their words: a notice rule's changed copy is
    # no relative's text, and a text found nearly whole has its own words there)
    others = [
        h
        for h in run.hits
        if h.method == "approximate"
        and h.ref not in verbatim
        and h.coverage < NEARLY_WHOLE
        and names[h.ref].startswith("licenses/")
    ]
    if not others or not verbatim:
        return
    spans = [(h.start, h.end) for h in others]
    more = approximate_in_spans(run.query, spans, verbatim, run.hits)
    run.hits.extend(h for h in more if any(h.start < end and start < h.end for start, end in spans))


def _select_stage(run: _Run) -> None:
    """The best set of hits; false positives drop out, generic references become clues. Where
    an approximate hit is refused (for the names it says or leaves out, or as boilerplate) and
    nothing else was kept over its words, the hits inside it are weighed again without it (a
    notice that reads like the GNU Emacs license's but names the GNU GPL is still the GPL's)."""
    refused = _select(run, run.hits)
    kept = list(run.kept)
    added = False
    for hit in refused:
        if any(k.start < hit.end and hit.start < k.end for k in kept):
            continue
        inside = [h for h in run.hits if h is not hit and hit.start <= h.start and h.end <= hit.end]
        _select(run, [h for h in inside if h not in refused])
        more = [k for k in run.kept if not any(k.start < o.end and o.start < k.end for o in kept)]
        kept += more
        added = added or bool(more)
    run.kept = (
        merge_adjacent(run.query, sorted(kept, key=lambda h: (h.start, h.end))) if added else kept
    )


def _select(run: _Run, hits: list[Hit]) -> list[Hit]:
    """One choice of the hits (``run.kept``), and the approximate hits refused for their names
    or as boilerplate."""
    index = run.query.index
    kept = []
    refused: list[Hit] = []
    for hit in resolve(index, hits, run.query):
        if index.kinds[hit.ref] == "false-positive":
            continue
        if boilerplate(index, hit, run.hits):
            if hit.method == "approximate":
                refused.append(hit)
            continue
        if other_version(run.query, hit):
            continue
        if (
            (index.generic[hit.ref] or not index.expressions[hit.ref])
            and not restricting_rider(index.expressions[hit.ref], run.registry)
            and not (
                index.expressions[hit.ref] == PUBLIC_DOMAIN and states_public_domain(run.query, hit)
            )
        ):
            clue = f"{index.names[hit.ref]}: {index.expressions[hit.ref] or 'unknown'}"
            run.clues.append(clue)
            run.clue_spans.append((hit.start, hit.end))
            if index.expressions[hit.ref] == PROPRIETARY_CLUE:
                first, last = run.query.lines[hit.start], run.query.lines[hit.end - 1]
                mention = index.kinds[hit.ref] in _NAMING_KINDS
                run.proprietary_clues.append((first, last, mention))
            exception = exception_id(index.expressions[hit.ref])
            line = run.query.lines[hit.start]
            if exception is not None:
                run.exceptions.append(FoundException(hit.start, hit.end, line, exception, clue))
            elif _adding_exception(index.expressions[hit.ref], run.registry):
                exception = index.expressions[hit.ref]
                run.unlisted_exceptions.append(
                    FoundException(hit.start, hit.end, line, exception, clue)
                )
            continue
        if hit.method in ("exact", "contained") and cc_elements_after(
            run.query, hit.end, index.expressions[hit.ref]
        ):
            continue  # "under CC-BY" + "-ND": another license of the family
        if (
            hit.method == "contained"
            and may_name_others(index, hit.ref)
            and names_other_license(run.query, hit)
        ):
            continue  # "... the GNU Lesser General Public License" + "version 3"
        if (
            hit.method == "approximate"
            and may_name_others(index, hit.ref)
            and names_unsaid_license(run.query, hit)
        ):
            refused.append(hit)
            continue  # a notice that reads alike but never says "BSD"
        if hit.method == "approximate" and other_gnu_family_said(run.query, hit):
            refused.append(hit)
            continue  # a GPL notice's words around "the GNU Library Public License"
        if (
            hit.method == "approximate"
            and may_name_others(index, hit.ref)
            and name_left_out(run.query, hit)
        ):
            refused.append(hit)
            continue  # a notice matched on its boilerplate alone (a disclaimer, a liability clause)
        kept.append(hit)
    run.kept = merge_adjacent(run.query, kept)
    return refused


# A refused hit this share of its license text found, over at least half of the text, makes
# the text a copy of that license with a restricting phrase put into it.
GUARDED_COVERAGE = 0.9
# ... and one over this share of the input is a copy of the whole input.
WHOLE_INPUT = 0.8


def _fragments_stage(run: _Run) -> None:
    """Parts of license texts too small a share of them for the approximate stage (a section
    pasted alone, a file cut short) replace the hits inside them: a reference naming another
    license inside the part (MPL-2.0's "Secondary Licenses") is the part's own words. A part
    that an SPDX-listed text of another level fits as well (the middle of CC BY-ND 4.0 is
    CC BY 4.0's word for word) says nothing of which it is: the hits inside it go, and a clue
    names both."""
    expressions = run.query.index.expressions
    for part, rivals in fragments(run.query, run.kept):
        own = expressions[part.ref]
        if _disclaimer_only(run.query, part):
            run.disclaimer_parts.add(run.query.index.names[part.ref])
        listed = {expressions[r] for r in rivals} - {own}
        listed = {e for e in listed if "LicenseRef-" not in e}
        level = _verdict(own, run.registry).level
        run.kept = [h for h in run.kept if not (h.start < part.end and part.start < h.end)]
        if any(_verdict(e, run.registry).level != level for e in listed):
            sharing = ", ".join(sorted({own, *listed}))
            run.clues.append(f"a part of a text that {sharing} share: {own}")
            run.shared_parts.append((part.start, part.end))
        else:
            run.kept.append(part)
    run.kept.sort(key=lambda h: (h.start, h.end))


# The words of a disclaimer of warranty or liability, one of which each of its sentences says.
_DISCLAIMING = re.compile(
    r"warrant|liab|damages|\bas\s+is\b|merchantab|\brisk\b|defect|servicing|\brepair|"
    r"correction|responsib",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n[ \t]*\n")
# A sentence of fewer words is a heading ("NO WARRANTY").
HEADING_WORDS = 4


def _disclaimer_only(query: Query, part: Hit) -> bool:
    """Whether a part of a license text is only its disclaimer of warranty and liability:
    every sentence disclaims, and nothing is granted, required or barred. Such words say
    nothing of what may be done, and many licenses share them (GPL-2.0's "NO WARRANTY"
    sections with "SOFTWARE" for "PROGRAM" fit a vendor license best), so they name none."""
    first, last = query.lines[part.start], query.lines[part.end - 1]
    words = "\n".join(query.raw_line(n) for n in range(first, last + 1))
    sentences = [x for x in _SENTENCE_BREAK.split(words) if len(x.split()) >= HEADING_WORDS]
    if not sentences or not all(_DISCLAIMING.search(x) for x in sentences):
        return False
    try:
        lic = analyze_text(words).license
    except LicenseclassError:
        return False
    said = any(getattr(lic.rights, n).status != "unknown" for n in ("use", "modify", "share"))
    return not (said or lic.conditions or lic.restrictions)


def _guarded_copy_stage(run: _Run) -> None:
    """A whole license text with a restricting phrase put into it ("non-commercial" among the
    qualities of Apache-2.0's grant) is refused as that license (:func:`matchers._guarded`);
    the pieces other references matched inside it (a notice, a paragraph of another license)
    explain it no better (a restricted relative's own text, found verbatim, explains as many
    words or more, and stays). Those of other licenses are set aside, and the text is read by
    its clauses and compared with the refused license text."""
    query = run.query
    index = query.index
    whole = [
        hit
        for hit in query.guarded
        if index.kinds[hit.ref] == "text"
        and index.names[hit.ref].startswith(("licenses/", "user/"))  # a license's own text
        and hit.coverage >= GUARDED_COVERAGE
        and 2 * (hit.end - hit.start) >= len(query.ids)
    ]
    if not whole:
        return
    best = max(whole, key=lambda hit: hit.matched)
    # a copy of the whole input: its title and appendices too are that license's
    spans_all = best.end - best.start >= WHOLE_INPUT * len(query.ids)
    inside = [h for h in run.kept if spans_all or (best.start <= h.start and h.end <= best.end)]
    if sum(h.matched for h in inside) >= best.matched:
        return
    if any(index.kinds[h.ref] == "text" and h.coverage >= GUARDED_COVERAGE for h in inside):
        return  # another license's whole text, nearly all found: a relative, not a piece
    # notices of the same license inside its text stay: they are part of it
    own = set(split_ids(index.expressions[best.ref]))
    other = [h for h in inside if not set(split_ids(index.expressions[h.ref])) <= own]
    run.kept = [h for h in run.kept if not any(h is o for o in other)]
    run.compare_with.append(index.names[best.ref])
    run.copies_of |= own


def _names_stage(run: _Run) -> None:
    """License names after a licensing phrase, where no long hit explains the words.

    Short hits stay open to this stage: a longer name wins over them ("CC BY-NC-SA 4.0" over
    a rule that stops at "CC BY-NC").
    """
    index = run.query.index
    # a license's bare name the text says the work is not under names nothing
    negated = [
        h
        for h in run.kept
        if index.kinds[h.ref] in ("reference", "tag") and said_as_not(run.query, h.start)
    ]
    if negated:
        run.named_spans += [(h.start, h.end) for h in negated]
        run.kept = [h for h in run.kept if h not in negated]
    explained = bytearray(run.tagged)
    for hit in run.kept:
        if hit.end - hit.start >= SHORT_HIT:
            explained[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
    for start, end in run.shared_parts:
        explained[start:end] = b"\x01" * (end - start)
    if all(explained):
        return
    generic = generic_names(run.query, explained)  # "by purchasing a commercial license"
    run.clues += generic_clues(generic)
    # ("under a proprietary licence": a mention of terms, not a notice)
    run.proprietary_clues += [
        (run.query.lines[start], run.query.lines[end - 1], True)
        for _, expression, start, end in generic
        if expression == PROPRIETARY_CLUE
    ]
    run.offers = commercial_offers(run.query, generic)
    expressions = run.query.index.expressions
    # The licenses of one name ("the GPL or the LGPL") stand or fall together.
    groups: dict[tuple[int, int], list[TextMatch]] = {}
    quoted = _quoted(run)
    for named, start, end in named_licenses(run.query, explained, quoted):
        groups.setdefault((start, end), []).append(named)
    # An exception's text names the works it lets the license meet ("libraries released under
    # the GNU LGPL"): a name inside it counts only where nothing outside it names a license.
    inside = {span for span in groups if all(quoted[span[0] : span[1]])}
    outside = any(not all(quoted[h.start : h.end]) for h in run.kept) or len(inside) < len(groups)
    if outside:
        groups = {span: names for span, names in groups.items() if span not in inside}
    # A license the text says the work is not under ("and not under the GNU General Public
    # License") is not its license.
    groups = {span: names for span, names in groups.items() if not said_as_not(run.query, span[0])}
    # Nor is one the work was under before ("Before that, was released under the GPLv3"),
    # where the text names one it is under now.
    past = {span for span in groups if said_as_past(run.query, span[0])}
    if past and (run.kept or len(past) < len(groups)):
        run.named_spans += sorted(past)
        groups = {span: names for span, names in groups.items() if span not in past}
    for (start, end), names in groups.items():
        ids = {named.id for named in names}
        overlapping = [h for h in run.kept if h.start < end and start < h.end]
        if all(
            _name_wins(run.query, (start, end), ids, h, set(split_ids(expressions[h.ref])))
            for h in overlapping
        ):
            run.kept = [h for h in run.kept if h not in overlapping]
            run.named.extend(names)
            run.named_spans.append((start, end))


def _name_wins(
    query: Query, span: tuple[int, int], ids: set[str], hit: Hit, hit_ids: set[str]
) -> bool:
    """Whether a name read over ``span`` replaces a short hit it overlaps: it runs on past
    the hit and says other licenses ("CC BY-NC-SA 4.0" over a rule that stops at "CC BY-NC"),
    or it holds or starts before the hit and names the hit's licenses and more ("the GPLv2
    or the 2-clause BSD license" over a rule for "the 2-clause BSD license"), or it starts
    before a hit without a version and reads a version said there ("version 1.1 of the
    Mozilla Public License" over a rule for the bare name)."""
    start, end = span
    if end > hit.end and not ids <= hit_ids:
        return True
    if start <= hit.start and hit.end <= end and hit_ids < ids:
        return True
    if start < hit.start < end and hit_ids < ids:
        return True  # a list whose last name the hit found: "GPL2 and the EPL v1.0 (EPL)"
    # the version is said before the name the hit stops at
    words = query.words
    return (
        start < hit.start
        and ids != hit_ids
        and not any(has_digit(w) for w in words[hit.start : hit.end])
        and any(has_digit(w) for w in words[start : hit.start])
    )


def _phrases_stage(run: _Run) -> None:
    """Hits that are only a phrase many licenses share yield to the license identified beside
    them (the warranty sentence of a GPL notice named by its name)."""
    kept = phrases_of_others(run.query, run.kept, [m.id for m in run.named])
    # the phrase's words are still explained: they belong to the other license's notice
    run.named_spans += [span for h in run.kept if h not in kept for span in h.aligned_ranges()]
    run.kept = kept


def _quoted(run: _Run) -> bytearray:
    """One byte per word: 1 in the texts kept as clues (an exception's text)."""
    quoted = bytearray(len(run.query.words))
    for start, end in run.clue_spans:
        quoted[start:end] = b"\x01" * (end - start)
    return quoted


def _pages_stage(run: _Run) -> None:
    """A license named only by its page's address, where nothing else names its family; a line
    that only points to the page of a license found."""
    if not has_addresses(run.text):
        return
    explained = _explained(run)
    if all(explained):
        return
    quoted = _quoted(run)
    index = run.query.index
    ids = [m.id for m in (*run.tag_matches, *run.named)]
    ids += [i for hit in run.kept for i in split_ids(index.expressions[hit.ref])]
    pages = license_pages(run.query, explained, quoted, ids, run.registry)
    for match, start, end in pages.named:
        run.named.append(match)
        run.named_spans.append((start, end))
    # a line pointing to the page of a license found is explained by it
    run.named_spans += pages.pointers


# Kinds of match that a code example may hold as an argument (not whole texts or notices).
_SHORT_KINDS = frozenset({"reference", "tag"})


def _examples_stage(run: _Run) -> None:
    """References and tags found only on the lines of code examples in documentation (see
    :mod:`licenseclass.textid.examples`) are arguments, not statements: they are dropped,
    and their words are left unexplained."""
    if "\n" not in run.text or not any(m in run.text for m in ("```", "~~~", ">>>", "    ", "\t")):
        return
    query = run.query
    short = [*run.tag_matches, *run.named] + [
        h for h in run.kept if _kind(query.index, h.ref) in _SHORT_KINDS
    ]
    if not short:
        return  # (most texts: whole texts and notices, which a code block may quote)
    examples = example_lines(query.all_raw_lines())
    if not examples:
        return

    def example(kind: str, first: int, last: int) -> bool:
        inside = kind in _SHORT_KINDS and all(n in examples for n in range(first, last + 1))
        if inside:
            run.example_lines.update(range(first, last + 1))
        return inside

    run.tag_matches = [m for m in run.tag_matches if not example(m.kind, m.start_line, m.end_line)]
    run.named = [m for m in run.named if not example(m.kind, m.start_line, m.end_line)]
    run.kept = [
        h
        for h in run.kept
        if not example(_kind(query.index, h.ref), query.lines[h.start], query.lines[h.end - 1])
    ]


def _catalogue_in_code_stage(run: _Run) -> None:
    """In a source file under a license's text or notice, names and tags below its first line
    of code that name at least :data:`CATALOGUE_IDS` licenses are a table of licenses the code
    knows (a build tool's list of license names as string literals), not the file's terms: they
    are dropped, and the file is its header's. (A file of names alone is answered as a list,
    see :func:`_as_catalogue`.)"""
    query = run.query
    index = query.index
    own = [h for h in run.kept if _kind(index, h.ref) not in _SHORT_KINDS]
    if not own or len(_short_ids(run, lambda _: True)) < CATALOGUE_IDS:
        return  # (most texts: too few names for a table, so no line is looked at)
    code = _code_line_numbers(run.text)
    if len(code) < MIN_SOURCE_CODE_LINES:
        return
    below = min(query.lines[h.end - 1] for h in own)
    first_code = next((n for n in code if n > below), None)
    if first_code is None:
        return

    def in_code(first: int) -> bool:
        return first > first_code

    if len(_short_ids(run, in_code)) < CATALOGUE_IDS:
        return
    run.named = [m for m in run.named if not (m.kind in _SHORT_KINDS and in_code(m.start_line))]
    run.tag_matches = [
        m for m in run.tag_matches if not (m.kind in _SHORT_KINDS and in_code(m.start_line))
    ]
    run.kept = [
        h
        for h in run.kept
        if not (_kind(index, h.ref) in _SHORT_KINDS and in_code(query.lines[h.start]))
    ]


def _short_ids(run: _Run, where: Callable[[int], bool]) -> set[str]:
    """The ids the names, tags and short references of ``run`` name from a first line that
    ``where`` accepts."""
    index = run.query.index
    named: set[str] = set()
    for m in (*run.named, *run.tag_matches):
        if m.kind in _SHORT_KINDS and where(m.start_line):
            named.update(split_ids(m.expression or m.id))
    for h in run.kept:
        if _kind(index, h.ref) in _SHORT_KINDS and where(run.query.lines[h.start]):
            named.update(split_ids(index.expressions[h.ref]))
    return named


def _exceptions_stage(run: _Run) -> None:
    """Exceptions named right after a license's name ("GPL-2.0 with the Classpath exception"):
    kept for :func:`~licenseclass.textid.exceptions.joined`, as exceptions matched by their
    text already are (in :func:`_select`)."""
    text = run.text
    if "xception" not in text and "XCEPTION" not in text and "syscall" not in text:
        return
    query = run.query
    for end in _license_ends(run):
        said = said_after(query, end)
        if said is not None:
            phrase, after = said
            line = query.lines[end - 1]
            run.exceptions.append(FoundException(end, after, line, phrase=phrase))


def _riders_stage(run: _Run) -> None:
    """A rider named right after a license's name ("the Apache License 2.0 with the Commons
    Clause", "MIT plus Commons Clause"): one of ScanCode's exceptions that take rights away,
    named as its short rules name it, is a license of the text (see :func:`restricting_rider`)."""
    if "lause" not in run.text and "LAUSE" not in run.text:
        return  # (every rider ScanCode lists is a "clause" or a "grant" of one)
    query = run.query
    words, lines = query.words, query.lines
    table = generic_rule_names(query.index)
    for end in _license_ends(run):
        at = end
        while at < len(words) and at - end < 4 and (words[at].isdigit() or words[at] == "v"):
            at += 1  # a version the license's match stopped short of
        if at >= len(words) or words[at] not in ("with", "plus", "and"):
            continue
        first = at + 1 + (at + 1 < len(words) and words[at + 1] == "the")
        for size in (3, 2):
            last = first + size
            if last > len(words) or lines[last - 1] != lines[end - 1]:
                continue
            rider = table.get(name_key(words[first:last]))
            if rider is None or not restricting_rider(rider, run.registry):
                continue
            said = " ".join(words[first:last])
            reference = f"license name: {said} (a rider after a license's name)"
            run.named.append(name_match(rider, lines[first], lines[first], reference))
            run.named_spans.append((end, last))
            break


def _license_ends(run: _Run) -> list[int]:
    """Where the licenses the names and the hits found end (a word after one may start an
    exception's or a rider's name), in order."""
    return sorted({end for _, end in run.named_spans} | {hit.end for hit in run.kept})


Stage = Callable[[_Run], None]

# The stages of classify_text, cheapest first; each reads and extends the shared run.
STAGES: tuple[tuple[str, Stage], ...] = (
    ("tags", _tags_stage),
    ("exact", _exact_stage),
    ("contained", _contained_stage),
    ("approximate", _approximate_stage),
    ("select", _select_stage),
    ("fragments", _fragments_stage),
    ("guarded copy", _guarded_copy_stage),
    ("names", _names_stage),
    ("phrases", _phrases_stage),
    ("pages", _pages_stage),
    ("examples", _examples_stage),
    ("catalogue in code", _catalogue_in_code_stage),
    ("exceptions", _exceptions_stage),
    ("riders", _riders_stage),
)


def _without_field_names(
    text: str, matches: list[TextMatch], registry: Registry
) -> list[TextMatch]:
    """Matches less the license names of a Debian copyright file's fields whose own terms say
    otherwise.

    "License: HP" above a permissive notice is the packager's short label for the text below
    it, not ScanCode's closed HP license of that name: where the field's text grants rights
    and reads at another level than the named license, the text decides (it is read where
    nothing identifies it). A name whose field holds only a pointer to the full text, or a
    text that reads as the named license does, still names it.
    """
    dep5 = dep5_plain_text(text)
    if dep5 is None:
        return matches
    plain, fields = dep5
    kept: list[TextMatch] = []
    for match in matches:
        field = next((f for f in fields if f.start == match.start_line), None)
        if match.method == "name" and match.end_line == match.start_line and field is not None:
            body = "\n".join(plain[n - 1] for n in field if n != field.start)
            inside = [
                m for m in matches if m is not match and m.id == match.id and m.start_line in field
            ]
            if not inside and reads_as_terms(body) and _says_otherwise(body, match.id, registry):
                continue
        kept.append(match)
    return _without_overruled_references(text, kept, plain, fields, registry)


def _without_overruled_references(
    text: str,
    matches: list[TextMatch],
    plain: list[str],
    fields: list[range],
    registry: Registry,
) -> list[TextMatch]:
    """Matches less the names of Files paragraphs ("License: OPL-1+") whose short name is that
    of a stand-alone license paragraph whose text identifies other licenses and reads at another
    level than the name: the short name stands for that text. Vim's copyright file labels the
    Open Publication License "OPL-1+", which read as an id is the Open Public License."""
    lines = text.split("\n")
    texts: dict[str, tuple[set[str], str]] = {}  # short name -> the ids its text matched, body
    for paragraph in fields:
        name = field_short_name(lines[paragraph.start - 1])
        ids = {
            m.id
            for m in matches
            if m.method != "name" and paragraph.start < m.start_line < paragraph.stop
        }
        if name and ids:
            body = "\n".join(plain[n - 1] for n in paragraph if n != paragraph.start)
            texts[name] = (texts.get(name, (set(), ""))[0] | ids, body)
    if not texts:
        return matches
    overruled: dict[tuple[str, str], bool] = {}  # (short name, id) -> the text says otherwise
    kept = []
    for match in matches:
        # a name, or a rule that matched the field's short name alone ("License: OPL-1.0",
        # ScanCode's rule for the Open Public License)
        one_line = match.method == "name" or match.start_line == match.end_line
        line = lines[match.start_line - 1] if one_line else ""
        for name in _SHORT_NAME_PARTS.split(field_short_name(line)):
            ids, body = texts.get(name, ({match.id}, ""))
            if match.id in ids:
                continue
            if (name, match.id) not in overruled:
                overruled[name, match.id] = _says_otherwise(body, match.id, registry)
            if overruled[name, match.id]:
                break
        else:
            kept.append(match)
    return kept


# Between the short names of a DEP-5 license expression ("GPL-2+ or OPL-1+").
_SHORT_NAME_PARTS = re.compile(r"\s+(?:or|and)\s+|\s*[,|&]\s*", re.IGNORECASE)


def _says_otherwise(body: str, license_id: str, registry: Registry) -> bool:
    """Whether a license field's text grants rights at another level than the named id."""
    try:
        reading = analyze_text(body)
    except LicenseclassError:
        return False
    named = _verdict(license_id, registry).level
    return bool(reading.grants) and reading.verdict.level != named


def _with_exceptions(run: _Run, matches: list[TextMatch]) -> list[TextMatch]:
    """The matches with the exceptions found joined to their licenses; a joined exception's
    words are explained, and it is no longer a clue."""
    # a rider that takes rights away (see restricting_rider) is put on the license it comes
    # with, as SPDX's WITH puts an exception ("Apache-2.0 WITH ...commons-clause")
    riders = frozenset(
        m.id for m in matches if m.expression == m.id and restricting_rider(m.id, run.registry)
    )
    found = list(run.exceptions)
    found += [FoundException(0, 0, m.start_line, exception=m.id) for m in matches if m.id in riders]
    if not found:
        return matches
    matches, used = joined(matches, found, run.query.index, riders)
    run.named_spans += [(item.start, item.end) for item in used]
    dropped = {item.clue for item in used if item.clue is not None}
    run.clues = [clue for clue in run.clues if clue not in dropped]
    return matches


def _matches(run: _Run) -> list[TextMatch]:
    """Every match of the run, in order of position, ids refined by their notices' phrases."""
    query = run.query
    index = query.index
    matches = [*run.tag_matches, *run.named]
    for hit in run.kept:
        expression = index.expressions[hit.ref]
        if hit.method == "approximate":
            expression = aligned_expression(query, hit)
        for license_id in split_ids(expression):
            matches.append(
                TextMatch(
                    id=license_id,
                    expression=expression,
                    kind=_kind(index, hit.ref),
                    confidence=round(hit.confidence, 4),
                    start_line=query.lines[hit.start],
                    end_line=query.lines[hit.end - 1],
                    method=hit.method,
                    reference=index.names[hit.ref],
                    coverage=round(hit.coverage, 4),
                    explanation=_explain(query, hit) if run.explain else None,
                )
            )
    matches = refined(query.words, matches, run.text, frozenset(run.copies_of))
    matches = public_domain_settled(matches, query.all_raw_lines(), run.registry)
    matches, offered = offered_beside(matches, run.offers)
    run.named_spans += offered
    matches.sort(key=lambda m: (m.start_line, m.end_line))
    return matches


def classify_text(
    text: str,
    *,
    explain: bool = False,
    index: TextIndex | None = None,
    registry: Registry | None = None,
    read_clauses: bool = True,
    user_dirs: Sequence[Path | str] = (),
    max_chars: int = MAX_TEXT_CHARS,
    license_file: bool = False,
) -> TextClassification:
    """Identify the licenses in ``text``: the :data:`STAGES` in order, then the verdict.

    ``registry`` (default: the built-in data) holds the licenses and texts to look for and
    decides the verdict: a registry made from user folders (``Registry(["my-licenses"])``)
    brings their YAML and their ``<ID>.txt`` texts to every stage. ``index`` overrides the
    reference index (default: the built-in texts plus the registry's). ``user_dirs`` is a
    shorthand that adds folders to the registry. With ``explain`` each match carries a word
    diff against the reference it matched. When nothing catalogued explains the text, or
    only an approximate copy of one license text does, and ``read_clauses`` is true, the
    clauses are read (:mod:`licenseclass.clauses.reading`) and their verdict replaces the
    catalogue's.

    ``license_file`` says the text is a file named as a license (``LICENSE``, ``COPYING``,
    ``EULA``; :func:`classify_file` sets it from the file's name): where nothing catalogued is
    found, a text of a few plain sentences is read for its terms even without licensing words
    ("Internal use only. Do not copy or distribute.").

    A text longer than ``max_chars`` characters (default :data:`MAX_TEXT_CHARS`) raises
    :class:`~licenseclass.errors.InputTooLargeError`; an argument of the wrong type raises
    :class:`~licenseclass.errors.ArgumentTypeError`.
    """
    _check_arguments("classify_text", text=text, registry=registry, index=index)
    if len(text) > max_chars:
        raise InputTooLargeError("the text", size=len(text), limit=max_chars, argument="max_chars")
    registry = registry_with(registry, user_dirs)
    # a file with CRLF line ends reads as its LF copy (the same lines): paragraph breaks,
    # FAQ questions and line ends are then found alike
    text = _escapes_as_spaces(text).replace("\r\n", "\n")
    query = Query(index or index_for(registry), name_table(registry), text)
    run = _Run(text, registry, query, explain)
    for _, stage in STAGES:
        stage(run)
    matches = _with_exceptions(run, _without_field_names(text, _matches(run), registry))
    mask = _explained(run)
    alone = _exceptions_alone(run, mask) if not matches else ()
    if matches and run.unlisted_exceptions:
        _unlisted_exceptions_explained(run, matches, mask)
    matches = choices(query, matches, mask)
    combined = combine([m.expression for m in _options_restated(matches)])
    # the ids the matches name, an exception put on a license among them
    found_ids = {
        i for m in matches for i in m.expression.replace("(", " ").replace(")", " ").split()
    }
    found = TextClassification(
        matches=tuple(matches),
        expression=combined,
        verdict=_past_disclaimer_parts(
            _past_disclaimers(
                _tags_read(
                    text,
                    _past_deferring_notices(
                        _past_closed_labels(_verdict(combined, registry), matches, registry),
                        matches,
                        registry,
                    ),
                    matches,
                    registry,
                ),
                matches,
                registry,
            ),
            matches,
            run.disclaimer_parts,
            registry,
        ),
        # a clue that names a license the matches already name adds nothing
        clues=tuple(c for c in dict.fromkeys(run.clues) if c.rsplit(": ", 1)[-1] not in found_ids),
        note=_part_note(matches) if matches else _nothing_found_note(text, alone),
        coverage=round(share_explained(mask), 4),
        unexplained=_regions(run.query, mask),
    )
    if _lists_licenses(found):
        return _as_catalogue(found)
    if not read_clauses:
        return found
    own_words = _own_terms_naming_a_license(found, run.query, text)
    if own_words is not None:
        return _judged_by_own_words(own_words, found, registry)
    whole = _whole_text_rules(query.index, found)
    # a contributor agreement (the DCO) licenses nothing: an edited copy of it is no license
    # that grants less
    agreements = bool(matches) and all(_contributor_agreement(m.id, registry) for m in matches)
    if not agreements and (
        needs_reading([m.kind for m in matches], [m.confidence for m in matches])
        or _edited_inside(found, whole)
        or run.compare_with
    ):
        read, judged_whole = _with_reading(
            text,
            found,
            registry,
            whole,
            run.compare_with,
            license_file=license_file,
            proprietary_clues=run.proprietary_clues,
            wordings=functools.partial(_other_wordings, query.index),
        )
        if alone and not found.unexplained and read.verdict.level not in ("restricted", "closed"):
            # an exception read as a license would grant what only its license grants; a
            # limit it adds (lmbench's on publishing results) is kept
            return found
        changed = read is not found and (not matches or read.verdict is not found.verdict)
        if changed and judged_whole:
            # the whole text was judged by its own clauses: the regions are only described
            return _with_regions_read(text, read, join=False) if matches else read
        found = read
    return _with_regions_read(text, found) if matches else found


# The fill-in of CRAN's license templates (an R package's LICENSE beside "License: MIT + file
# LICENSE" in its DESCRIPTION): the year and the holder, and no license words.
_TEMPLATE_FILL_IN = re.compile(
    r"\A\s*(?:(?:YEAR|COPYRIGHT\s+HOLDER|ORGANI[SZ]ATION)\s*:[^\n]*(?:\n|\Z)\s*){2,3}\Z"
)


# ScanCode's categories of exceptions that add permissions to a license (not a use grant of a
# source-available license, a patent license or an unstated one)
_ADDING_CATEGORIES = frozenset({"Copyleft", "Copyleft Limited", "Permissive", "Public Domain"})


def _adding_exception(license_id: str, registry: Registry) -> bool:
    """Whether an id is one of ScanCode's exceptions that no SPDX id names and that add
    permissions to the license they come with."""
    if not license_id.startswith("LicenseRef-") or " " in license_id:
        return False
    entry = _scancode_entry(license_id, registry)
    return entry is not None and entry.is_exception and entry.category in _ADDING_CATEGORIES


def _exceptions_alone(run: _Run, mask: bytearray) -> tuple[str, ...]:
    """In a text with no license, the exceptions found by their text (a "COPYING.exception"
    beside the GPL's file): their words are marked explained, by the catalogued texts, and
    their ids returned. Beside a license, a listed exception that joins none stays
    unexplained, to be looked at (for the unlisted, see _unlisted_exceptions_explained)."""
    found = [item for item in run.exceptions if item.exception is not None and item.clue]
    found += run.unlisted_exceptions
    for item in found:
        _mark_explained(mask, item)
    return tuple(dict.fromkeys(item.exception for item in found if item.exception))


def _unlisted_exceptions_explained(
    run: _Run, matches: Sequence[TextMatch], mask: bytearray
) -> None:
    """Marks as explained the words of each exception no SPDX id names that is written for a
    license found outside it (ScanCode's OpenSSL exception to the GPL v2 or later, after a GPL
    notice), unless the clause reader finds a limit in them: ScanCode's category says they
    add permissions, but one of its "exceptions" may add a limit too (lmbench's on
    publishing benchmark results), and only the reading of unexplained lines would say it. A
    license named only inside the exception's text (Trolltech's lists a dozen) is not enough."""
    lines = run.query.lines
    targets = written_for(run.unlisted_exceptions, matches, run.query.index)
    for item, ids in zip(run.unlisted_exceptions, targets, strict=True):
        first, last = lines[item.start], lines[item.end - 1]
        outside = [m for m in matches if m.id in ids and not first <= m.start_line <= last]
        if not outside:
            continue
        words = region_text(run.text, first, last)
        if _limits_in(words, first, False) or added_limits(words, first, cues=False):
            continue
        _mark_explained(mask, item)


def _mark_explained(mask: bytearray, item: FoundException) -> None:
    """Marks the words of an exception found by its text as explained (by its catalogued text)."""
    mask[item.start : item.end] = b"\x01" * (item.end - item.start)


# How the note of a text with no license begins; after a colon it may say what the text is.
NO_LICENSE_FOUND = "no license found"


def what_it_is(found: TextClassification) -> str | None:
    """What a text in which no license was found is, where its note says ("only the exception
    cryptsetup-OpenSSL-exception, ..."); None otherwise."""
    if found.expression is not None or found.note is None:
        return None
    what = found.note.removeprefix(f"{NO_LICENSE_FOUND}: ")
    return what if what != found.note else None


def _nothing_found_note(text: str, exceptions: Sequence[str] = ()) -> str:
    """The note of a text in which no license was found, saying what it is where it is known."""
    if exceptions:
        return (
            f"{NO_LICENSE_FOUND}: only the exception {', '.join(exceptions)}, which adds a "
            "permission to a license this text does not name (it grants nothing alone)"
        )
    if _TEMPLATE_FILL_IN.match(text):
        return (
            f"{NO_LICENSE_FOUND}: this is the fill-in of CRAN's license templates (the year and "
            "the copyright holder); the license is the one the package's DESCRIPTION names "
            'beside "+ file LICENSE" (MIT, BSD_2_clause or BSD_3_clause)'
        )
    return NO_LICENSE_FOUND


# A string literal's escapes: a license text kept in a JSON field or printed as a Python string
# has its line breaks written out ("\\n") and glued to the next word.
_BREAK_ESCAPE = re.compile(r"\\[nrt]")
_ESCAPE = re.compile(r'\\[nrt"]')
_AS_SPACES = {"n": "  ", "r": "  ", "t": "  ", '"': ' "'}


def _escapes_as_spaces(text: str) -> str:
    """The text with the escapes of each line that holds two line-break or tab escapes or more
    written as spaces, as many characters (every position and line number stays): "this
    software and\\nyou may" reads "you", not "nyou". A line with one (a Windows path) stays.
    The same for UTF-7's line breaks, as a font editor writes a font's license into one line
    ("components,+AAoA-in Original")."""
    if "\\" not in text and "+A" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if len(_BREAK_ESCAPE.findall(line)) >= 2:
            lines[i] = _ESCAPE.sub(lambda e: _AS_SPACES[e.group()[1]], line)
        if len(_UTF7_RUN.findall(lines[i])) >= 2:
            lines[i] = _UTF7_RUN.sub(_utf7_space, lines[i])
    return "\n".join(lines)


# A run of UTF-7's shifted characters: "+", base64 of UTF-16, "-".
_UTF7_RUN = re.compile(r"\+([A-Za-z0-9/+]{2,16})-")


def _utf7_space(run: re.Match[str]) -> str:
    """The run as spaces, as many characters, where it encodes only white space (a font
    editor's "+AAoA-" leaves a stray byte after the line break); any other run as it was."""
    shifted = run.group(1)
    shifted = shifted[: len(shifted) // 4 * 4] if len(shifted) % 4 == 1 else shifted  # 6 bits
    data = base64.b64decode(shifted + "=" * (-len(shifted) % 4))
    units = [int.from_bytes(data[k : k + 2], "big") for k in range(0, len(data) - 1, 2)]
    if all(u in (0, 9, 10, 13, 32) for u in units) and (10 in units or 13 in units):
        return " " * len(run.group(0))
    return run.group(0)


# A notice rule at least this share of its license's text long holds that text (ScanCode's
# MIT body without its first words is a notice rule).
WHOLE_TEXT_SHARE = 0.8


def _other_wordings(index: TextIndex, license_id: str) -> tuple[str, ...]:
    """The ScanCode rules that hold a whole text of ``license_id`` (its other wordings)."""
    return tuple(
        name
        for ref, name in enumerate(index.names)
        if index.kinds[ref] == "text"
        and name.startswith("rules/")
        and index.expressions[ref] == license_id
    )


def _whole_text_rules(index: TextIndex, found: TextClassification) -> frozenset[str]:
    """The references of the notice matches with unexplained words inside them that are rules
    holding (nearly) the whole text of their license: such a copy is compared with that text
    like a copy of it (looked for only then, as it walks the index's names)."""
    notices = {
        m.reference: m.id
        for m in found.matches
        if m.kind == "notice"
        and m.coverage >= 1.0
        and any(_inside(r, m) for r in found.unexplained)
    }
    if not notices:
        return frozenset()
    lengths: dict[str, int] = {}  # license id -> the length of its longest text
    rules: dict[str, int] = {}
    for ref, name in enumerate(index.names):
        if name in notices:
            rules[name] = index.ref_length(ref)
        elif name.startswith("licenses/") and index.expressions[ref] in notices.values():
            license_id = index.expressions[ref]
            lengths[license_id] = max(lengths.get(license_id, 0), index.ref_length(ref))
    return frozenset(
        name
        for name, size in rules.items()
        if size >= WHOLE_TEXT_SHARE * lengths.get(notices[name], 1 << 30)
    )


def _inside(region: Region, match: TextMatch) -> bool:
    """Whether the region lies within the match's lines, or shares its first or last line
    (words put before the first words of a text: "Until 2028, permission is granted")."""
    within = match.start_line <= region.start_line and region.end_line <= match.end_line
    return within or region.end_line == match.start_line or region.start_line == match.end_line


def _edited_inside(found: TextClassification, whole_text_rules: frozenset[str]) -> bool:
    """Whether words no reference explains stand inside a full license text that was found
    (a grant with a clause put into it, "Permission, which the author may revoke at any time,
    is hereby granted"): the copy is then compared with its reference like an approximate one."""
    texts = [m for m in found.matches if m.kind == "text" or m.reference in whole_text_rules]
    return len(texts) == len(found.matches) > 0 and any(
        _inside(r, m) for m in texts for r in found.unexplained
    )


# A text that names at least this many distinct licenses, and only by name, tag or reference
# (no license text or notice among them), is a list of licenses (packaging's table of SPDX ids,
# a license picker's options): it says what licenses exist, not its own terms. A project's own
# choice names one to a few.
CATALOGUE_IDS = 12


def _lists_licenses(found: TextClassification) -> bool:
    return len(found.ids) >= CATALOGUE_IDS and all(
        m.kind in ("reference", "tag") for m in found.matches
    )


def _as_catalogue(found: TextClassification) -> TextClassification:
    """The answer for a list of licenses: the names are kept as matches, none is the text's."""
    ids = len(found.ids)
    message = (
        f"the text names {ids} licenses, each by name, tag or reference only: a list of "
        "licenses, not the terms of this text"
    )
    return found.model_copy(
        update={
            "expression": None,
            "verdict": Verdict(
                level="unknown", policy="article", reasons=(Reason(message=message),)
            ),
            "note": f"a list of {ids} licenses (no license of its own found)",
        }
    )


# A text of at least this many words that its matches explain less than this share of, and
# that reads as terms, is a license text of its own even if it names a catalogued license.
OWN_TEXT_WORDS = 200
OWN_TEXT_COVERAGE = 0.2


def _own_terms_naming_a_license(found: TextClassification, query: Query, text: str) -> str | None:
    """The words of a long text of terms that names a license (by its name, a tag or a
    reference) but is not that license's text (Gemma's or Qwen's terms as a model ships them,
    edited), to be judged by its own clauses; None for any other text."""
    if not found.matches or any(m.kind not in ("reference", "tag") for m in found.matches):
        return None
    # (a source file's terms are its header's: "Redistribution and use is allowed according to
    # the terms of the BSD license." above a CMake module's code is a notice, not a text; and
    # a comment in its code, "# do not use defaults for target symbol", documents the code)
    own = _terms_before_code(text)
    long_enough = len(query.words if own is text else tokenise(own).words) >= OWN_TEXT_WORDS
    if long_enough and found.coverage < OWN_TEXT_COVERAGE and reads_as_terms(own):
        return own
    return None


def _judged_by_own_words(
    text: str, found: TextClassification, registry: Registry
) -> TextClassification:
    """The verdict of a text that names a catalogued license from its own clauses."""
    reading = read_named_text(text, found.ids, registry)
    if reading is None:
        return found
    analysis, variant = reading
    named = ", ".join(found.ids)
    note = (
        f"names {named} but is not its catalogued text (its matches explain "
        f"{found.coverage:.0%} of it); the verdict comes from the clauses of this text"
    )
    if variant is not None:
        note += f", compared with {variant.base_id} (similarity {variant.similarity:.2f})"
    return found.model_copy(
        update={"analysis": analysis, "variant": variant, "verdict": analysis.verdict, "note": note}
    )


def _explained(run: _Run) -> bytearray:
    """Which words the matches explain: tagged lines, names, aligned words of the hits."""
    spans = [span for hit in run.kept for span in hit.aligned_ranges()]
    spans += run.named_spans
    mask = explained_mask(run.query, spans)
    for position, tagged in enumerate(run.tagged):
        if tagged:
            mask[position] = 1
    if run.example_lines:
        # the words of dropped examples, unless a match kept on the same line explains them
        lines = run.query.lines
        spans = [(m.start_line, m.end_line) for m in (*run.tag_matches, *run.named)]
        spans += [(lines[h.start], lines[h.end - 1]) for h in run.kept]
        kept_lines = {n for first, last in spans for n in range(first, last + 1)}
        for position, line in enumerate(lines):
            if line in run.example_lines and line not in kept_lines:
                mask[position] = 0
    return mask


def _regions(query: Query, mask: bytearray) -> tuple[Region, ...]:
    """The unexplained runs of words as line regions (runs on shared lines merged)."""
    regions: list[Region] = []
    for start, end in unexplained_runs(query, mask):
        first, last = query.lines[start], query.lines[end - 1]
        if regions and first <= regions[-1].end_line:
            previous = regions.pop()
            first, words = previous.start_line, previous.words + end - start
        else:
            words = end - start
        regions.append(Region(start_line=first, end_line=last, words=words))
    return tuple(regions)


# The most words a file's one note (one paragraph no reference explains) may have to be read
# by its words.
MAX_NOTE_WORDS = 60
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


# Words that turn what follows them around ("not" + "only for research"): where the line
# before a region ends with one, the region is read with it.
_TURNING_WORDS = frozenset({"not", "no", "never", "nor"})


def _turning_word_before(text: str, line: int) -> str:
    """The last word of the line before ``line`` where it is a word that turns the region's
    first words around (".. for any purpose, not" before "only for research or evaluation")."""
    if line <= 1:
        return ""
    before = region_text(text, line - 1, line - 1).split()
    last = before[-1].lower() if before else ""
    return last if last in _TURNING_WORDS else ""


def _with_regions_read(
    text: str, found: TextClassification, *, join: bool = True
) -> TextClassification:
    """Read the unexplained regions that state terms; with ``join``, their limits join the
    verdict (without it, the verdict already comes from reading the whole text)."""
    if not found.unexplained:
        return found
    if is_faq(text):
        # questions and answers about the licenses it names: "Why won't the OFL let me sell
        # the fonts alone?" explains their terms and adds none
        faq_note = (
            "questions and answers about the licenses named (an FAQ): the answers explain "
            "those licenses' terms and are not read as terms of this text"
        )
        return found.model_copy(update={"note": faq_note})
    regions: list[Region] = []
    added: list[Reason] = []
    # Beside a full license text, a sentence shaped like a limit limits even when no rule types it.
    # (ScanCode files a line putting the work in the public domain as a text: no license text.)
    beside_text = any(m.kind == "text" and m.id != PUBLIC_DOMAIN for m in found.matches)
    notice_file = len(text.split(maxsplit=NOTICE_FILE_WORDS)) <= NOTICE_FILE_WORDS
    # In a Debian copyright file the format says which lines are license texts: those are read
    # as plain text, and for limits even where the wording alone does not read as terms.
    dep5 = dep5_plain_text(text)
    units = license_units(text) if dep5 is not None else []
    # A Debian copyright file in the older free form ("This package was debianized by ...")
    # is license material throughout: a long region with one paragraph of terms among upstream
    # history is gated paragraph by paragraph.
    freeform = dep5 is None and _DEBIANIZED.search(text[:2000]) is not None
    # A file of several works' notices one after another (parts set off by rules or by lead-ins
    # naming the files): a region spanning parts is also read part by part.
    parts = section_starts(text) if dep5 is None else ()
    # A file that is a license text and one short note beside it: the note is there to qualify
    # the license, so it is read for limits by its words as well as by its shape. Elsewhere
    # (packaging remarks, history, several notices) short sentences are read by shape alone.
    note = found.unexplained[0]
    cues = (
        dep5 is None
        and not freeform
        and len(found.unexplained) == 1
        and note.words <= MAX_NOTE_WORDS
        and not _PARAGRAPH_BREAK.search(region_text(text, note.start_line, note.end_line).strip())
    )
    matter = front_matter(text)
    code = _code_line_numbers(text) if dep5 is None else []
    offer_lines = {m.start_line for m in found.matches if m.reference == COMMERCIAL_OFFERED}
    # a manual page is read in its sections on licensing alone
    manual = manual_licensing_spans(text) if dep5 is None else None
    gated = section_only(text, manual) if manual is not None else text
    for region in found.unexplained:
        words = region_text(gated, region.start_line, region.end_line)
        inside_matter = (
            matter is not None and matter[0] <= region.start_line <= region.end_line <= matter[1]
        )
        if inside_matter or _reference_says(words, region, found.matches):
            regions.append(region)
            continue
        licensed = False
        whole: list[str] = []  # the license fields the region holds whole, each as a text
        if dep5 is not None:
            plain, fields = dep5
            words = "\n".join(plain[region.start_line - 1 : region.end_line])
            covered = range(region.start_line, region.end_line + 1)
            licensed = any(line in field for field in fields for line in covered)
            whole = [units[j] for j, field in enumerate(fields) if _covers(covered, field, plain)]
        terms = adds_terms(words)
        # (in a source file, the lines that code parts from the license are gated with the
        # region but not read; a long region stays too long to be read as a note)
        long_region = len(words.split()) > MAX_ADDITION_WORDS
        near = _beside_the_license(code, words, region, found.matches)
        # a turning word ending the line before ("not" + "only for research") is read with it
        lead = _turning_word_before(text, region.start_line) if dep5 is None else ""
        read, first = (
            (f"{lead}\n{near}", region.start_line - 1) if lead else (near, region.start_line)
        )
        changes_given = functools.partial(_changes_given_beside, text, found.matches, region)
        limits = _limits_in(read, first, False, changes_given) if terms or licensed else []
        if freeform and not terms:
            terms, limits = _paragraph_limits(words, region.start_line)
        if parts and not limits:
            limits = _part_limits(gated, region, parts)
            terms = terms or bool(limits)
        # a license none of which was identified is read whole as well, for what it leaves out
        limits += [
            r for unit in whole for r in _limits_in(unit, 1, True) if r.note == SILENT_ON_CHANGE
        ]
        if (
            not limits
            and not long_region
            and (beside_text or _note_beside_notice(words, region, found.matches, notice_file))
        ):
            limits = added_limits(_without_code_lines(read), first, cues=cues)
        # "For any other uses, you must first obtain a commercial license": the sentence that
        # offers the commercial license, which the expression already gives as a choice
        kept = [
            r
            for r in limits
            if not _the_offer(r, offer_lines)
            and not _reference_sentence(r, region, found.matches)
            and not _keeps_the_license_file(r, words)
        ]
        if len(kept) < len(limits):
            limits, terms = kept, bool(kept)
        if not (terms or limits):
            regions.append(region)
            continue
        regions.append(
            region.model_copy(
                update={"terms": True, "restrictions": tuple(dict.fromkeys(r.kind for r in limits))}
            )
        )
        added += _limit_reasons(limits, "lines no catalogued text explains")
    update: dict[str, object] = {"unexplained": tuple(regions)}
    if not join:
        return found.model_copy(update=update)
    silent = [r for r in regions if r.terms and not r.restrictions]
    if silent and not added:
        where = ", ".join(f"L{r.start_line}-{r.end_line}" for r in silent)
        update["note"] = (
            f"lines {where} read as terms no catalogued text explains; no restriction was "
            "recognised in them, so read them before relying on this verdict"
        )
    if added:
        verdict = found.verdict
        level = (
            verdict.level if LEVEL_RANK[verdict.level] <= LEVEL_RANK["restricted"] else "restricted"
        )
        update["verdict"] = verdict.model_copy(
            update={"level": level, "reasons": (*added, *verdict.reasons)}
        )
        lines = ", ".join(f"L{r.evidence[0].start_line}" for r in added if r.evidence)
        update["note"] = (
            f"text beside the identified license adds restrictions ({lines}); "
            "the verdict covers the whole file"
        )
    return found.model_copy(update=update)


# A found text this many lines from a region at most goes on with the region's notice.
NOTICE_GAP = 2


def _changes_given_beside(text: str, matches: Sequence[TextMatch], region: Region) -> bool:
    """Whether a text or notice found right beside ``region`` (the rest of its notice) gives
    leave to change the work in its own words; asked only where the region's grant lists
    copying alone; a text the region lies inside (a paragraph of the text's own, edited: GNU
    Chess's "3. You may copy and distribute GNU Chess ... in compiled ... form" in its copy of
    the GNU Emacs license, whose paragraph 2 gives leave to modify) or that goes on from the
    region's last line counts too. (A license found further off may be another work's: a
    Debian copyright file's schemas beside its Perl code's license.)"""
    for match in matches:
        if match.kind not in ("text", "notice"):
            continue
        # the rest of the notice ends just above the region, or goes on from it (after it, on
        # its last line, or around it); a text that ends on the region's first line and stops
        # there is another license's (a Debian copyright file's GPL-1+ field, right above the
        # field of a schema license that allows no changes)
        above = region.start_line - NOTICE_GAP <= match.end_line < region.start_line
        reach = region.end_line + NOTICE_GAP
        on_from = region.end_line <= match.end_line and match.start_line <= reach
        if not (above or on_from):
            continue
        try:
            found = analyze_text(region_text(text, match.start_line, match.end_line))
        except LicenseclassError:
            continue
        if any("modify" in grant.rights for grant in found.grants):
            return True
    return False


def _the_offer(limit: Restriction, offer_lines: set[int]) -> bool:
    """Whether ``limit`` is the duty to get a license read from a line that offers a commercial
    license beside the one granted (see :mod:`licenseclass.textid.offers`)."""
    return limit.kind == "registration" and any(
        e.start_line <= line <= e.end_line for e in limit.evidence for line in offer_lines
    )


# A file of at most this many words that names a license is a notice file: a short note
# anywhere in it qualifies the license it names.
NOTICE_FILE_WORDS = 120


# A file with at least this many lines of code is a source file: there a license's notes
# stand beside it, and prose past a line of code documents the code.
MIN_SOURCE_CODE_LINES = 3


def _code_line_numbers(text: str) -> list[int]:
    """The numbers (1-based) of the lines of ``text`` that are code (see ``is_code_line``)."""
    return [n for n, line in enumerate(text.split("\n"), 1) if is_code_line(line)]


def _beside_the_license(
    code: Sequence[int], words: str, region: Region, matches: Sequence[TextMatch]
) -> str:
    """``words`` (the region's lines) with the lines that a line of code (``code``: the
    file's code line numbers) parts from every license match left blank, in a source file:
    "You may not modify the original string while you operate on it" in a class's comment,
    below the header and the includes, is about the code. Lines keep their numbers."""
    if len(code) < MIN_SOURCE_CODE_LINES or not matches:
        return words
    kept: set[int] = set()
    for match in matches:
        # down from a match above the region, up from one below, to the first line of code
        if match.start_line <= region.start_line:
            stop = min((n for n in code if n > match.end_line), default=region.end_line + 1)
            kept.update(range(region.start_line, min(region.end_line + 1, stop)))
        if match.end_line >= region.end_line:
            stop = max((n for n in code if n < match.start_line), default=0)
            kept.update(range(max(region.start_line, stop + 1), region.end_line + 1))
    own = words.split("\n")
    return "\n".join(line if region.start_line + k in kept else "" for k, line in enumerate(own))


def _terms_before_code(text: str) -> str:
    """A source file's text (see :data:`MIN_SOURCE_CODE_LINES`) up to the first line of code
    after its first licensing words, the rest left blank: a header's terms are read, and
    prose past the code ("it may not be shared across different architectures") documents the
    code. Other texts as they are."""
    code = _code_line_numbers(text)
    if len(code) < MIN_SOURCE_CODE_LINES:
        return text
    lines = text.split("\n")
    first = next((n for n, line in enumerate(lines, 1) if says_licensing(line)), None)
    cut = next((n for n in code if first is not None and n > first), None)
    return section_only(text, [(1, cut - 1)]) if cut is not None else text


def _note_beside_notice(
    words: str, region: Region, matches: Sequence[TextMatch], notice_file: bool
) -> bool:
    """Whether a region is a short note (one paragraph of at most :data:`MAX_NOTE_WORDS`
    words) on the line of a license's notice or name, or on the line next to it ("This tool
    is GPLv3, except that it must not be used by any government agency."), or anywhere in a
    notice file (``notice_file``: at most :data:`NOTICE_FILE_WORDS` words): a note there
    qualifies the notice as one beside a full text does. Code around a notice in a source
    file is neither short nor one paragraph."""
    if region.words > MAX_NOTE_WORDS or _PARAGRAPH_BREAK.search(words.strip()):
        return False
    notices = [match for match in matches if match.kind != "text"]
    if notices and notice_file:
        return True
    return any(
        match.start_line - 1 <= region.end_line and region.start_line <= match.end_line + 1
        for match in notices
    )


# Share of a hole's word pairs that its text's reference must hold for the hole to be that
# reference's own words (a copy edited here and there), not words added to it.
_OWN_WORDS = 0.8


# A name in code: joined by an underscore or with a capital inside ("butText_just").
_CODE_NAME = re.compile(r"\b\w*(?:[A-Za-z0-9]_[A-Za-z0-9]|[a-z][A-Z])\w*\b")


def _reference_says(words: str, region: Region, matches: Sequence[TextMatch]) -> bool:
    """Whether a region inside a full text's match holds that text's reference's words: where
    the alignment left some of the reference's own words out (a copy edited here and there),
    they are the license's words, not an addition to it. Names of code (``butText_just``,
    ``helpText``) and numbers are left out of the count: a license held in a program's strings
    keeps them on its lines, and copies number their sections differently."""
    said = [w for w in tokenise(_CODE_NAME.sub(" ", words)).words if not w.isdigit()]
    pairs = set(pairwise(said))
    if not pairs:
        return False
    for match in matches:
        inside = match.start_line <= region.start_line and region.end_line <= match.end_line
        if match.kind == "text" and inside:
            own = _reference_pairs(match.reference)
            if len(pairs & own) >= _OWN_WORDS * len(pairs):
                return True
    return False


# A region that calls the file it is in the license file ("This file, COPYING, is distributed
# under the Copyright found at the top of this file"), and a ban on changing "this file".
_NAMES_ITSELF = re.compile(
    r"\bthis\s+file\s*(?:,|\(|\bnamed\b|\bcalled\b)\s*['\"`]?(?:COPYING|LICEN[CS]E|COPYRIGHT)"
    r"(?:[.-]\w+)?\b",
    re.IGNORECASE,
)
_CHANGING_THIS_FILE = re.compile(
    r"\b(?:modify|change|alter|edit)\w*\s+(?:this|the)\s+file\b|"
    r"\bthis\s+file\s+(?:may|must|shall)\s+not\s+be\s+(?:modified|changed|altered|edited)\b",
    re.IGNORECASE,
)


def _keeps_the_license_file(limit: Restriction, words: str) -> bool:
    """Whether ``limit`` is a ban on changing the license file itself, in a file that says it
    is that file: calc's COPYING ("you may distribute verbatim copies of this file but you may
    not modify this file") guards its own wording, as the GPL guards its document's."""
    return (
        limit.kind == "no-derivatives"
        and _NAMES_ITSELF.search(words) is not None
        and bool(limit.evidence)
        and all(_CHANGING_THIS_FILE.search(e.text) for e in limit.evidence)
    )


# The fewest word pairs a sentence must have to be matched against a reference's own.
_MIN_SENTENCE_PAIRS = 6


def _reference_sentence(limit: Restriction, region: Region, matches: Sequence[TextMatch]) -> bool:
    """Whether every sentence ``limit`` was read from is a sentence of the reference of a text
    match on the region's edge lines, word for word: a copy cut short in the middle of its
    last paragraph (an RTF copy of the GPL ending "... use the GNU Library General Public")
    leaves that paragraph's line unexplained, and its sentence ("This General Public License
    does not permit incorporating your program into proprietary programs") is the license's
    own, not a note beside it."""
    if not limit.evidence:
        return False
    edges = [
        m
        for m in matches
        if m.kind == "text" and m.start_line <= region.end_line and region.start_line <= m.end_line
    ]
    for evidence in limit.evidence:
        said = [w for w in tokenise(evidence.text).words if not w.isdigit()]
        pairs = set(pairwise(said))
        if len(pairs) < _MIN_SENTENCE_PAIRS or not any(
            pairs <= _reference_pairs(m.reference) for m in edges
        ):
            return False
    return True


@functools.lru_cache(maxsize=64)
def _reference_pairs(reference: str) -> frozenset[tuple[str, str]]:
    words = tokenise(rule_text(reference)).words
    return frozenset(pairwise(words))


_DEBIANIZED = re.compile(
    r"^\s*(?:This\s+package\s+was\s+(?:debianized|debianised|packaged\s+for\s+Debian)\s+by|"
    r"It\s+was\s+downloaded\s+from|Upstream\s+Authors?\s*:)",
    re.IGNORECASE | re.MULTILINE,
)


def _paragraph_limits(words: str, first_line: int) -> tuple[bool, list[Restriction]]:
    """Whether some paragraph of a region states terms, and the limits those paragraphs make."""
    terms, limits = False, []
    lines = words.split("\n")
    start = 0
    # a line of only a comment leader ("#", "%", " *", m4's "dnl") parts paragraphs as a blank
    # line does
    breaks = (k for k, line in enumerate(lines) if line.strip(" \t#%*/;") in ("", "dnl"))
    for end in [*breaks, len(lines)]:
        paragraph = "\n".join(lines[start:end])
        if paragraph.strip() and adds_terms(paragraph):
            terms = True
            limits += _limits_in(paragraph, first_line + start, False)
        start = end + 1
    return terms, limits


_COPYRIGHT_WORD = re.compile(r"\bcopyright|\(c\)|©", re.IGNORECASE)
# A statement of copyright: the word or its sign with a year on the same line.
_COPYRIGHT_STATEMENT = re.compile(
    r"(?:\bcopyright\b|\(c\)|©)[^\n]{0,80}?\b(?:1[89]|20)\d\d\b", re.IGNORECASE
)


# A part of more words than this is read for limits only where it reads as terms as a whole
# text must (png.h's 17,000 words of comments on its functions are no notice).
PART_NOTICE_WORDS = 2000


# A part with at least this share of code lines holds code besides its notice.
PART_CODE_SHARE = 0.1


def _part_limits(text: str, region: Region, parts: tuple[int, ...]) -> list[Restriction]:
    """The limits of the notices a region holds, each part of the file read on its own.

    A part counts only where it is a notice (a copyright statement and a word of licensing in
    it, not a module's documentation that ends with a "@copyright" tag) and the reader finds
    a grant in it (the gate's share of term sentences is for whole texts; a two-sentence notice
    among addresses and remarks is still terms) and it is not mostly code; a docstring's
    underlined headings make parts too, and those are never notices. Leave to copy that never
    speaks of changing counts where the region holds the whole part, as for a whole license
    field.
    """
    lines = text.split("\n")
    bounds = (1, *parts, len(lines) + 1)
    limits: list[Restriction] = []
    for lo, hi in pairwise(bounds):
        first, last = max(lo, region.start_line), min(hi - 1, region.end_line)
        if first > last:
            continue
        piece = "\n".join(lines[first - 1 : last])
        if not _COPYRIGHT_WORD.search(piece):
            continue
        reading = read_for_terms(piece)
        if reading.code_share > MAX_CODE_SHARE:
            continue  # a source file's code after its header, not a notice
        if reading.vocabulary == 0:
            # a module's documentation with a "@copyright" tag at its end: its "you can use
            # this package to ..." is no grant, as no word of licensing is said with it
            continue
        if reading.vocabulary < 2 and not _COPYRIGHT_STATEMENT.search(piece):
            # a manual's section that mentions "a copyright notice" once ("Print out the
            # version ... and a copyright notice"): no statement of copyright, no notice
            continue
        long = len(piece.split(maxsplit=PART_NOTICE_WORDS)) > PART_NOTICE_WORDS
        if long and not reading.reads_as_terms():
            continue  # a long header's comments on its code, with a copyright line among them
        try:
            analysis = analyze_text(piece)
        except LicenseclassError:
            continue
        if not analysis.grants:
            continue
        if reading.code_share >= PART_CODE_SHARE:
            # a notice with code below it (a build script's macros under their header): each
            # paragraph is read on its own where it states terms, so that a comment on the
            # code ("it can be used as a fallback for messages which are not translated") is
            # not read with the notice's grant
            limits += _paragraph_limits(piece, first)[1]
            continue
        written = [n for n in range(lo, hi) if lines[n - 1].strip()]
        whole = bool(written) and region.start_line <= written[0] and written[-1] <= region.end_line
        limits += _limits_of(analysis, first, whole)
    return limits


# A remark at the end of a line of code ("int refcnt;  /* Internal, do not modify */",
# "TIMEOUT = 30  # do not change"): it speaks of the field or value beside it.
_CODE_REMARK = re.compile(
    r"^[ \t]*[^\s/*#].*?[;{}()\[\],=][ \t]*(?:/\*.*\*/|//.*|#[ \t].*)[ \t]*$", re.MULTILINE
)


# A C preprocessor's message to whoever builds the code ("#error You should not include this
# file directly"): it speaks of the build, not of what the license allows.
_BUILD_MESSAGE = re.compile(r"^[ \t]*#(?:error|warning|pragma)\b.*$", re.MULTILINE)


def _without_code_lines(text: str) -> str:
    """``text`` with each line of code that ends in a remark, each preprocessor message and
    each other line of code (see ``is_code_line``) left blank (lines keep their numbers): a
    short test script under its license tag ("local $ENV{X} = 1;" / "require './t/mirror.t';")
    is no note on the license. A line of code that holds prose in a string (a program that
    prints its terms) is kept."""
    lines = _BUILD_MESSAGE.sub("", _CODE_REMARK.sub("", text)).split("\n")
    return "\n".join("" if _bare_code(line) else line for line in lines)


# A string literal: a run between two quotes of one kind (scanned once; no backtracking).
_STRING_LITERAL = re.compile(r"([\"'])([^\"'\n]*)\1")
# The fewest words a string literal holds to be prose a program holds (a program printing terms).
PROSE_STRING_WORDS = 4


def _bare_code(line: str) -> bool:
    return is_code_line(line) and not any(
        len(m.group(2).split()) >= PROSE_STRING_WORDS for m in _STRING_LITERAL.finditer(line)
    )


# ScanCode's generic key for notices that keep a work proprietary ("Unauthorized copying of this
# file, via any medium, is strictly prohibited").
PROPRIETARY_CLUE = "LicenseRef-scancode-proprietary-license"


# The lines either side of a proprietary notice read with it: a notice at the head of a long
# source file is read, not the code and comments below it.
NOTICE_WINDOW = 10


def _proprietary_notice(text: str, clues: Sequence[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """The lines to read of a text with no license found that holds a proprietary notice (a
    clue of ScanCode's proprietary key, see ``_Run.proprietary_clues``): too short for the
    terms gate, its words are read all the same, and a ban they state decides the verdict (a
    bare "proprietary" decides nothing). Only the notice and the lines near it are read. A rule
    that only mentions an agreement ("the End User License Agreement", a URL) is no notice in a
    longer text (API documentation that says an account's owner signs an EULA): it is read only
    where the lines near it are the whole text."""
    written = [n for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    if not written:
        return []
    spans = []
    for first, last, mention in clues:
        low, high = max(1, first - NOTICE_WINDOW), last + NOTICE_WINDOW
        if mention and not (low <= written[0] and written[-1] <= high):
            continue
        spans.append((low, high))
    return sorted(spans)


# A short license file that keeps the work closed: "Proprietary and confidential.", "Copyright
# 2024 Foo Inc. All rights reserved.", "This is commercial software."
_RESERVING = re.compile(
    r"\b(?:proprietary|all\s+rights\s+(?:are\s+)?reserved|confidential|commercial\s+software|"
    r"closed[- ]source|not\s+(?:open[- ]source|free\s+software))\b",
    re.IGNORECASE,
)
# ... and gives no leave of any kind.
_ANY_GRANT = re.compile(
    r"\b(?:permission|permit\w*|grant\w*|allow\w*|licen[cs]ed\s+(?:under|to)|released\s+under|"
    r"free(?:ly)?\b|may\b|can\b|you\s+are\s+(?:welcome|entitled)|open[- ]source\s+licen)",
    re.IGNORECASE,
)
# A license file of at most this many words is read so.
RESERVING_WORDS = 60


def _reserves_without_grant(text: str) -> bool:
    """Whether a file named as a license says, in a few words, that the work is kept closed
    (proprietary, all rights reserved, commercial software) and gives no leave at all."""
    return (
        len(text.split()) <= RESERVING_WORDS
        and _RESERVING.search(text) is not None
        and _ANY_GRANT.search(text) is None
    )


def _reserved_license_file(found: TextClassification, section: str = "") -> TextClassification:
    """A license file, or a document's licensing ``section`` ("lines 7-7"), that keeps the
    work closed and grants nothing: closed."""
    said = f"the licensing section ({section})" if section else "the file is named as a license and"
    message = (
        f"{said} says the work is kept closed (proprietary, all rights reserved) without "
        "granting any use, copying, change or sharing"
    )
    verdict = Verdict(level="closed", policy="article", reasons=(Reason(message=message),))
    which = f"a licensing section ({section})" if section else "a license file"
    note = f"{NO_LICENSE_FOUND}: {which} that reserves all rights and grants none"
    return found.model_copy(update={"verdict": verdict, "note": note})


def _reserving_section(text: str, sections: list[tuple[int, int]]) -> str:
    """The lines ("lines 7-8") of the first of a document's licensing ``sections`` that keeps
    the work closed in a few words and grants nothing, or ""."""
    for first, last in sections:
        if _reserves_without_grant(section_only(text, [(first, last)])):
            return f"lines {first}-{last}"
    return ""


def _terms_sections(text: str, sections: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The licensing ``sections`` of a document (under "## License") that read as terms the
    way a license file's words do."""
    return [
        (first, last)
        for first, last in sections
        if reads_as_terms(section_only(text, [(first, last)]).strip(), license_file=True)
    ]


def _copyright_file_terms(text: str) -> bool:
    """Whether a Debian copyright file (the machine-readable format, or the older free form)
    holds a paragraph that states terms.

    Such a file is license material throughout, but upstream history and packaging notes can
    outweigh its one paragraph of terms, which the whole-text gate would then miss.
    """
    if dep5_plain_text(text) is None and _DEBIANIZED.search(text[:2000]) is None:
        return False
    return any(adds_terms(p) for p in re.split(r"\n\s*\n", text) if p.strip())


def _covers(region: range, field: range, plain: list[str]) -> bool:
    """Whether a region holds every written line of a license field (nothing of that license
    was identified, so the region is the whole of it)."""
    written = [n for n in field if plain[n - 1].strip()]
    return bool(written) and written[0] in region and written[-1] in region


def _shifted(evidence: Evidence, shift: int) -> Evidence:
    lines = {"start_line": evidence.start_line + shift, "end_line": evidence.end_line + shift}
    return evidence.model_copy(update=lines)


def _limits_in(
    words: str,
    first_line: int,
    whole_license: bool,
    changes_given: Callable[[], bool] | None = None,
) -> list[Restriction]:
    """The limiting restrictions the clause reader finds in a region, with file line numbers.

    Leave to copy that never speaks of changing withholds changes only where the region is the
    whole of a license (a Debian license field none of which was identified): beside another
    license's text, or another part of its own, the rest may give them. A grant that lists
    copying alone ("make and distribute verbatim copies of this manual") withholds them unless
    ``changes_given`` says the texts found beside it give leave to change in their own words
    (the next paragraph of the same notice: "copy and distribute modified versions").
    """
    try:
        analysis = analyze_text(words)
    except LicenseclassError:
        return []
    return _limits_of(analysis, first_line, whole_license, changes_given)


def _limits_of(
    analysis: Analysis,
    first_line: int,
    whole_license: bool,
    changes_given: Callable[[], bool] | None = None,
) -> list[Restriction]:
    """A region's reading's limiting restrictions (see _limits_in), with file line numbers."""
    shift = first_line - 1
    limits: list[Restriction] = []
    # where a grant itself is the evidence, the limit is what the grant leaves out
    granting = {(g.evidence.start_line, g.evidence.text) for g in analysis.grants}
    for _, restriction in limiting_restrictions(analysis.license):
        if restriction.note == SILENT_ON_CHANGE and not whole_license:
            continue
        if (
            changes_given is not None
            and restriction.kind == "no-derivatives"
            and restriction.evidence
            and all((e.start_line, e.text) in granting for e in restriction.evidence)
            and changes_given()
        ):
            continue
        evidence = tuple(
            e.model_copy(
                update={"start_line": e.start_line + shift, "end_line": e.end_line + shift}
            )
            for e in restriction.evidence
        )
        limits.append(restriction.model_copy(update={"evidence": evidence}))
    return limits


def _check_arguments(function: str, *, text: object, registry: object, index: object) -> None:
    if not isinstance(text, str):
        raise ArgumentTypeError(function, "text", text, "a str")
    if registry is not None and not isinstance(registry, Registry):
        raise ArgumentTypeError(function, "registry", registry, "a Registry or None")
    if index is not None and not isinstance(index, TextIndex):
        raise ArgumentTypeError(function, "index", index, "a TextIndex or None")


def _with_reading(
    text: str,
    found: TextClassification,
    registry: Registry,
    whole_text_rules: frozenset[str] = frozenset(),
    compare_with: Sequence[str] = (),
    *,
    license_file: bool = False,
    proprietary_clues: Sequence[tuple[int, int, bool]] = (),
    wordings: Callable[[str], Sequence[str]] | None = None,
) -> tuple[TextClassification, bool]:
    """The result with the clause reading (and variant) of an unexplained or modified text,
    and whether that reading judged the whole text (else only the lines of a license text in
    it, and the rest is still read region by region).

    A text with no catalogued license in it is read only when it reads as license terms
    (:mod:`licenseclass.clauses.gate`; more leniently in a file named as a license): code,
    documentation and changelogs are not terms. A document that does not is still read where a
    section under a licensing heading ("## License") states terms as a license file would; the
    rest of the document is left out of that reading.
    """
    proprietary: list[tuple[int, int]] = []
    in_section = ""  # the lines of the licensing sections read in place of the whole text
    if license_file and not found.matches and _reserves_without_grant(text):
        return _reserved_license_file(found), True
    text = _manual_read_in_part(text, found, license_file=license_file)
    terms = reads_as_terms(text, license_file=license_file)
    if not found.matches and not (terms or _copyright_file_terms(text)):
        sections = [] if license_file else license_sections(text)
        reserving = _reserving_section(text, sections)
        if reserving:
            return _reserved_license_file(found, reserving), True
        read = _terms_sections(text, sections)
        proprietary = [] if read else _proprietary_notice(text, proprietary_clues)
        if not read and not proprietary:
            return found, True
        if read:
            text = section_only(text, read)
            in_section = f"lines {read[0][0]}-{read[-1][1]}"
        else:
            text = section_only(text, proprietary)
    # (a source file with no catalogued license is read in its header, a file named as a
    # license or a licensing section whole)
    text = text if found.matches or license_file or in_section else _terms_before_code(text)
    approximate = [m.reference for m in found.matches] + list(compare_with)
    # a whole text matched as one of ScanCode's rules is compared with its license's text
    rule_ids = [
        m.id
        for m in found.matches
        if m.reference.startswith("rules/")
        and (m.kind == "text" or m.reference in whole_text_rules)
    ]
    reading = read_terms(text, approximate, registry, rule_ids, wordings)
    if reading is None:
        return found, True
    span = _license_span(text, found.matches) if reading[1] is None else None
    inner = (
        _span_reading(text, span, approximate, registry, rule_ids, wordings=wordings)
        if span
        else None
    )
    whole = inner is None
    analysis, variant, verdict = inner or reading
    if proprietary and analysis.verdict.level not in ("closed", "restricted"):
        return found, True  # a proprietary notice whose own words withhold nothing the reader knows
    if not found.matches:
        verdict = verdict or analysis.verdict
        note = "no catalogued license found; the verdict comes from reading the clauses"
        if in_section:
            note += f" of the licensing section ({in_section})"
        if variant is not None:
            note = (
                f"a copy of {variant.base_id} with a restricting phrase put into it (similarity "
                f"{variant.similarity:.2f}), so not {variant.base_id}; the verdict comes from "
                "reading the clauses"
            )
    elif variant is None:
        note = _part_note(found.matches) or "an approximate copy of a catalogued text"
    elif verdict is not None:
        note = (
            f"a modified copy of {variant.base_id} (similarity {variant.similarity:.2f}) whose "
            "edits change its restrictions; the verdict comes from the clauses of this text"
        )
    else:
        note = (
            f"a modified copy of {variant.base_id} (similarity {variant.similarity:.2f}); "
            "its edits add or remove no restriction"
        )
    if variant is not None:
        note = _variant_note(note, variant)
    if inner is not None and span is not None:
        note = f"lines {span[0]}-{span[1]}: {note}"
    return (
        found.model_copy(
            update={
                "analysis": analysis,
                "variant": variant,
                "verdict": verdict or found.verdict,
                "note": note,
            }
        ),
        whole,
    )


def _manual_read_in_part(text: str, found: TextClassification, *, license_file: bool) -> str:
    """A manual page with no catalogued license in it, read in its licensing sections alone
    (see :func:`~licenseclass.clauses.license_sections.manual_licensing_spans`); other texts
    as they are."""
    manual = None if found.matches or license_file else manual_licensing_spans(text)
    return text if manual is None else section_only(text, manual)


def _variant_note(note: str, variant: Variant) -> str:
    """The note of a modified copy, with what it says of a copy cut short."""
    cut = sum(1 for c in variant.changes if c.cut)
    if variant.cut_short:
        return (
            f"a part of the text of {variant.base_id}, word for word: {cut} of its paragraphs "
            "are not here (the copy is cut short), and it is not otherwise edited"
        )
    if cut:
        return f"{note}; it is cut short: {cut} paragraphs of {variant.base_id} are not in it"
    return note


# Words outside a license text's lines that make a file more than that text (a source file's
# code under its license header), as a share of the file's words.
OTHER_WORDS_SHARE = 0.2


# The share of its reference a text match must hold to be compared with it as an edited copy.
WHOLE_TEXT = 0.8


def _span_reading(
    text: str,
    span: tuple[int, int],
    approximate: Sequence[str],
    registry: Registry,
    rule_ids: Sequence[str],
    *,
    wordings: Callable[[str], Sequence[str]] | None = None,
) -> tuple[Analysis, Variant | None, Verdict | None] | None:
    """The reading of the lines of a license text that a file holds among other words (a
    source file under its license header), where its edits change the license's limits.

    Such a file is no copy of the license as a whole, so it is not compared as one; its
    license's own lines are, so that an edit to the header's grant counts. Only such an edit
    is kept (a header that differs from its reference in no limit is left as it was found),
    and the rest of the file is still read region by region."""
    inner = read_terms(_only_lines(text, span), approximate, registry, rule_ids, wordings)
    return inner if inner is not None and inner[2] is not None else None


def _license_span(text: str, matches: Sequence[TextMatch]) -> tuple[int, int] | None:
    """The lines of the one license text a file holds among other words, or None: a file
    with no full text in it, several, or little besides it."""
    texts = [m for m in matches if m.kind == "text"]
    if len(texts) != 1 or len({m.id for m in matches}) != 1 or texts[0].coverage < WHOLE_TEXT:
        return None  # (a part of a license, such as its disclaimer alone, is no edited copy)
    if texts[0].method in ("exact", "contained") and texts[0].coverage >= 1.0:
        # found word for word: no edit of it to read (the words before it on its first line,
        # "Standardization 1986." of ISO's notice, are not the license's)
        return None
    start, end = texts[0].start_line, texts[0].end_line
    lines = text.split("\n")
    inside = sum(len(line.split()) for line in lines[start - 1 : end])
    total = sum(len(line.split()) for line in lines)
    if total - inside <= OTHER_WORDS_SHARE * total:
        return None
    return (_grant_above(lines, start), end)


# A line with a word on it (not only a comment's marks).
_A_WORD = re.compile(r"[^\W_]")


def _grant_above(lines: list[str], start: int) -> int:
    """Where a license text's lines begin once the granting paragraph right above them (one
    empty line between at most) is taken in: a header that puts MIT's grant in place of
    BSD-2-Clause's own "Redistribution and use ... are permitted" above BSD's conditions gives
    its rights there, and the text compared with BSD-2-Clause must hold it."""
    end = start - 1
    if end >= 1 and not _A_WORD.search(lines[end - 1]):
        end -= 1
    first = end
    while first >= 1 and _A_WORD.search(lines[first - 1]):
        first -= 1
    if first == end:
        return start
    try:
        found = analyze_text("\n".join(lines[first:end]))
    except LicenseclassError:
        return start
    return first + 1 if found.grants else start


# What opens a line before its words: a comment's leader in any language ('.\" ', "' ", "# ").
# (or a keyword that opens a comment, see COMMENT_KEYWORDS)
_LEADER = re.compile(rf"^(?:(?:{COMMENT_KEYWORDS})(?=[ \t]|$)|[^\w\s(]*)[ \t]?")


def _only_lines(text: str, span: tuple[int, int]) -> str:
    """The lines of ``span`` with every other line left empty, so that line numbers hold, and
    without the leader most of them open with (a comment mark of whatever language the file is
    in), so that the license's words are compared, not its comment marks."""
    lines = text.split("\n")
    inside = [line.strip() for line in lines[span[0] - 1 : span[1]] if line.strip()]
    leaders = Counter(m.group(0) for line in inside if (m := _LEADER.match(line)) and m.group(0))
    common, count = leaders.most_common(1)[0] if leaders else ("", 0)
    if count < 0.6 * len(inside):
        common = ""

    def unmarked(line: str) -> str:
        line = line.strip().removeprefix(common.rstrip()).lstrip()
        # a boxed comment closes each line it opens ("/* ... with or    */")
        return BOX_CLOSER.sub("", line) if common.startswith("/*") else line

    return "\n".join(
        (unmarked(line) if common else line) if span[0] <= n <= span[1] else ""
        for n, line in enumerate(lines, 1)
    )


# A text match below this share of its reference (which only the fragment stage keeps) is a
# part of that text, a section pasted alone or a file cut short, said so in the note.
PART = 0.5


def _part_note(matches: Sequence[TextMatch]) -> str | None:
    """The note of a text that holds only a part of one license's text, or None."""
    texts = [m for m in matches if m.kind == "text"]
    if len(texts) != 1 or texts[0].coverage >= PART:
        return None
    part = texts[0]
    return f"a part of the text of {part.id} ({part.coverage:.0%} of it): the rest is not here"


def read_text_file(
    path: Path | str, *, max_bytes: int = MAX_FILE_BYTES, allow_special: bool = False
) -> str:
    """The text of ``path``, or :class:`InputFileError` when it cannot be read as text.

    Only regular files are read (folders, devices, FIFOs and sockets are refused without
    being opened for reading; ``allow_special`` lets FIFOs and devices through), at most
    ``max_bytes`` bytes (default :data:`MAX_FILE_BYTES`), as UTF-8 (a BOM is dropped);
    binary files (a NUL byte in the first 8 KiB) are refused.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise ArgumentTypeError("read_text_file", "path", path, "a str or a path")
    file = Path(path)
    data = read_bounded(file, max_bytes, allow_special=allow_special)
    if b"\x00" in data[:8192]:
        raise InputFileError("looks binary (it holds NUL bytes)", path=file)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            f"is not UTF-8 (invalid byte at offset {exc.start})", path=file
        ) from exc


def classify_file(
    path: Path | str,
    *,
    explain: bool = False,
    index: TextIndex | None = None,
    registry: Registry | None = None,
    read_clauses: bool = True,
    user_dirs: Sequence[Path] = (),
    max_bytes: int = MAX_FILE_BYTES,
) -> TextClassification:
    """Identify the licenses in a text file (see :func:`classify_text`).

    Binary, huge (over ``max_bytes``, default :data:`MAX_FILE_BYTES`), unreadable and
    non-UTF-8 files raise :class:`licenseclass.errors.InputFileError`, and so do folders,
    devices, FIFOs and sockets (see :func:`read_text_file`).
    """
    if not isinstance(path, (str, os.PathLike)):
        raise ArgumentTypeError("classify_file", "path", path, "a str or a path")
    return classify_text(
        read_text_file(path, max_bytes=max_bytes),
        max_chars=max(max_bytes, MAX_TEXT_CHARS),
        explain=explain,
        index=index,
        registry=registry,
        read_clauses=read_clauses,
        user_dirs=user_dirs,
        license_file=named_as_license(path),
    )


def level_of(result: TextClassification) -> Level:
    """The openness level of a classification (shorthand for ``result.verdict.level``)."""
    return result.verdict.level


def more_open_reading(
    result: TextClassification, registry: Registry | None = None
) -> tuple[Reason, ...]:
    """The reasons a text's verdict is more open than its expression's: an id closed only by
    its label (a generic tag in a compound rule, a generated entry's category) whose words read
    as open or restricted (see :func:`_label_readings`), or an id that decides nothing beside
    the others (a contributor agreement, a patent license, a bare notice: see
    :func:`_past_disclaimers`). Empty otherwise."""
    if result.expression is None or result.verdict.level not in ("open", "restricted"):
        return ()
    named = classify_expression(result.expression, registry=registry).verdict
    if LEVEL_RANK[result.verdict.level] <= LEVEL_RANK[named.level]:
        return ()
    own = {r.message for r in named.reasons}
    return tuple(r for r in result.verdict.reasons if r.message not in own)


def added_terms(result: TextClassification, registry: Registry | None = None) -> tuple[Reason, ...]:
    """The reasons a text's own terms make it less open than the licenses identified in it
    (lines beside MIT that forbid commercial use), or than nothing when none is identified (an
    agreement no reference explains): its verdict's reasons that the expression's verdict does
    not give. Empty when the text is open or unknown, or no less open than its expression."""
    level = result.verdict.level
    if level not in ("restricted", "closed"):
        return ()
    own: set[str] = set()
    if result.expression is not None:
        named = classify_expression(result.expression, registry=registry).verdict
        if LEVEL_RANK[level] >= LEVEL_RANK[named.level]:
            return ()
        own = {r.message for r in named.reasons}
    added = tuple(r for r in result.verdict.reasons if r.message not in own)
    return added or result.verdict.reasons
