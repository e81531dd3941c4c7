"""Reading the terms of a text that no catalogued license explains.

Identification names catalogued licenses. When it finds none, or only an approximate copy of
one full text (a fine-tuner's edited model license, a modified MPL), the verdict must come from
the words actually given: clause analysis reads them into a typed license, and variant
detection names the closest catalogued text and the clauses that differ from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from licenseclass.clauses.analysis import RIGHTS_LIMITED, Analysis, analyze_text
from licenseclass.clauses.variants import (
    DEFAULT_MIN_SIMILARITY,
    ReferenceText,
    Variant,
    closest,
    compare,
    grant_worded_in,
    granting_runs,
    package_references,
    similarity,
    user_references,
)
from licenseclass.core.licensedcode import rule_text
from licenseclass.core.model import Restriction, Right, RightName, Verdict
from licenseclass.core.registry import Registry
from licenseclass.core.verdict import verdict
from licenseclass.errors import LicenseclassError

_SCANCODE_FILE = re.compile(r"licenses/([^/\s]+)\.LICENSE")


def needs_reading(kinds: Sequence[str], confidences: Sequence[float]) -> bool:
    """True when nothing was identified, or only full texts of which one is not an exact copy."""
    if not kinds:
        return True
    return all(k == "text" for k in kinds) and min(confidences) < 1.0


def has_terms(analysis: Analysis) -> bool:
    """Whether the reading found any grant, condition, restriction or limitation at all."""
    lic = analysis.license
    return bool(analysis.grants or lic.conditions or lic.restrictions or lic.limitations) or any(
        getattr(lic.rights, n).status != "unknown" for n in ("use", "modify", "share")
    )


def _bases(
    references: Sequence[str], registry: Registry, rule_ids: Sequence[str] = ()
) -> list[ReferenceText]:
    """The reference texts an approximate match was made against (ScanCode files or user texts);
    a match against one of ScanCode's rules that is a whole license text (a reworded ISC) is
    compared with the license text of its id, ``rule_ids``."""
    keys = {m.group(1) for ref in references if (m := _SCANCODE_FILE.search(ref))}
    ids = set(rule_ids)
    pool = [r for r in package_references() if r.scancode_key in keys or r.license_id in ids]
    # identification names a user's text "user/<ID>.txt"
    user_ids = {ref[len("user/") : -len(".txt")] for ref in references if ref.startswith("user/")}
    if user_ids:
        pool += [r for r in user_references(registry) if r.license_id in user_ids]
    return pool


def read_terms(
    text: str,
    approximate_references: Sequence[str],
    registry: Registry,
    rule_ids: Sequence[str] = (),
    wordings: Callable[[str], Sequence[str]] | None = None,
) -> tuple[Analysis, Variant | None, Verdict | None] | None:
    """Clause analysis of ``text`` and, for approximate copies, the variant it is.

    ``approximate_references`` names the reference texts of the approximate matches (as
    identification reports them); ``registry`` holds the user's texts. Returns None when
    the text holds no terms at all. The verdict is the reading's when nothing was
    identified, or when the copy adds or removes a limiting restriction; otherwise None (the
    catalogued license's verdict stands, since the edits do not change what may be done).
    ``wordings`` gives, for a license id, the ScanCode rules that hold a whole text of that
    license in other words (asked for only where a grant's edits are left to explain).
    """
    try:
        analysis = analyze_text(text)
    except LicenseclassError:
        return None
    if not has_terms(analysis):
        return None
    if not approximate_references:
        return analysis, None, analysis.verdict
    bases = _bases(approximate_references, registry, rule_ids)
    if not bases:
        return analysis, None, None
    nearest = closest(text, bases)
    # (closest has just computed this similarity, and it is cached: asking costs nothing, and
    # the paragraph diff of compare is spared)
    if similarity(text, nearest.text) < DEFAULT_MIN_SIMILARITY:
        # no copy of the reference but a file that holds one (a source file under its license
        # header): its other words are read region by region, where code is no terms
        return analysis, None, None
    compared = compare(text, nearest, analysis=analysis)
    if compared.cut_short:
        return analysis, compared, None  # a part of the reference, unedited: its verdict holds
    compared = _edits_the_rule_shares_dropped(text, compared, approximate_references, analysis)
    if wordings is not None:
        compared = _edits_a_catalogued_wording_shares(text, compared, wordings, analysis)
    analysis, variant = _edits_applied(analysis, compared)
    changed = variant.added_kinds or variant.removed_kinds or variant.dropped_rights
    return analysis, variant, analysis.verdict if changed else None


_SCANCODE_RULE = re.compile(r"^rules/[^/\s]+\.RULE$")


def _edits_the_rule_shares_dropped(
    text: str, compared: Variant, references: Sequence[str], analysis: Analysis
) -> Variant:
    """The variant without the grant's edits that a ScanCode rule the text matched has too.

    A rule that is a whole license text is ScanCode's word that its wording is that license:
    an old-style MIT grant that names no selling ("use, copy, modify, and distribute ... for any
    purpose and without fee") is the license, not an edit of the license text's "distribute,
    and sell". A right or a limit counts as edited only where the matched rules leave it as
    the license text has it."""
    if not (compared.dropped_rights or compared.grant_limits):
        return compared
    edited = set(compared.dropped_rights), {r.kind for r in compared.grant_limits}
    dropped, limits = edited
    for rule in references:
        wording = rule_text(rule) if _SCANCODE_RULE.match(rule) else ""
        if not wording:
            continue
        base = ReferenceText(compared.base_id, compared.base_name, rule, wording)
        against = compare(text, base, analysis=analysis)
        dropped = dropped & set(against.dropped_rights)
        limits = limits & {r.kind for r in against.grant_limits}
    if (dropped, limits) == edited:
        return compared
    return compared.model_copy(
        update={
            "dropped_rights": tuple(r for r in compared.dropped_rights if r in dropped),
            "grant_limits": tuple(r for r in compared.grant_limits if r.kind in limits),
        }
    )


def _edits_a_catalogued_wording_shares(
    text: str, compared: Variant, wordings: Callable[[str], Sequence[str]], analysis: Analysis
) -> Variant:
    """The variant without the grant's edits that another wording ScanCode files under the
    same license has too, where that wording holds the copy's grant word for word: W3C's 1998
    notice is also catalogued with "Permission to use, copy, and modify" (no "distribute"),
    and a copy of that wording leaves out nothing. A grant no catalogued wording holds is an
    edit (MIT with "modify" deleted)."""
    if not (compared.dropped_rights or compared.grant_limits):
        return compared
    runs = granting_runs(text, compared)
    if not runs:
        return compared
    worded = next(
        (
            name
            for name in wordings(compared.base_id)
            if (wording := rule_text(name)) and grant_worded_in(runs, wording)
        ),
        None,
    )
    if worded is None:
        return compared
    return _edits_the_rule_shares_dropped(text, compared, [worded], analysis)


def _edits_applied(analysis: Analysis, variant: Variant) -> tuple[Analysis, Variant]:
    """The reading with what the edits of the base's grant take away: rights it leaves out,
    limits it adds (the variant then lists those among its added kinds)."""
    if variant.dropped_rights:
        analysis = without_rights(analysis, variant.dropped_rights, variant.base_id)
    if variant.grant_limits:
        analysis = with_limits(analysis, variant.grant_limits)
    if variant.dropped_rights or variant.grant_limits:
        added = sorted({*variant.added_kinds, *(r.kind for r in variant.grant_limits)})
        variant = variant.model_copy(update={"analysis": analysis, "added_kinds": tuple(added)})
    return analysis, variant


def without_rights(analysis: Analysis, rights: Sequence[RightName], base_id: str) -> Analysis:
    """The reading with ``rights`` denied: the text drops them from its base's grant, and what
    a license does not grant it withholds."""
    note = f"the grant of {base_id} names this right; this text leaves it out"
    denied: dict[str, Right] = {name: Right(status="denied", note=note) for name in rights}
    lic = analysis.license
    lic = lic.model_copy(update={"rights": lic.rights.model_copy(update=denied)})
    return analysis.model_copy(update={"license": lic, "verdict": verdict(lic)})


def with_limits(analysis: Analysis, limits: Sequence[Restriction]) -> Analysis:
    """The reading with ``limits`` added (those the text's edits of its base's grant make),
    each limiting the rights its kind limits."""
    lic = analysis.license
    # a limit the clause rules already read at the same line is said once
    read_at = {(x.kind, e.start_line) for x in lic.restrictions for e in x.evidence}
    limits = [r for r in limits if not any((r.kind, e.start_line) in read_at for e in r.evidence)]
    kinds = [r.kind for r in limits if r.kind not in {x.kind for x in lic.restrictions}]
    limited: dict[str, Right] = {}
    for name in ("use", "modify", "share"):
        right: Right = getattr(lic.rights, name)
        mine = [k for k in kinds if name in RIGHTS_LIMITED[k]]
        if mine:
            status = "restricted" if right.status in ("granted", "conditional") else right.status
            update = {"status": status, "restrictions": (*right.restrictions, *mine)}
            limited[name] = right.model_copy(update=update)
    lic = lic.model_copy(
        update={
            "restrictions": (*lic.restrictions, *limits),
            "rights": lic.rights.model_copy(update=limited),
        }
    )
    return analysis.model_copy(update={"license": lic, "verdict": verdict(lic)})


# A text at least this alike its named license's text is an edited copy of it, whose edits of
# the grant count (Apache-2.0 with "non-commercial" put among its grant's qualities); a text
# less alike only names it (an exception, a notice that points to it).
COPY_SIMILARITY = 0.8


def read_named_text(
    text: str, license_ids: Sequence[str], registry: Registry
) -> tuple[Analysis, Variant | None] | None:
    """Clause analysis of a license text that names a catalogued license but is not its text.

    The words in hand decide: the text is read clause by clause and, where a reference text of
    the named license is at hand (the package's or the registry's), compared with it, so a
    deleted section or an added clause shows as a change. None when nothing is read.
    """
    try:
        analysis = analyze_text(text)
    except LicenseclassError:
        return None
    if not has_terms(analysis):
        return None
    wanted = set(license_ids)
    bases = [r for r in user_references(registry) if r.license_id in wanted]
    bases += [r for r in package_references() if r.license_id in wanted]
    if not bases:
        return analysis, None
    nearest = closest(text, bases)
    variant = compare(text, nearest, analysis=analysis)
    if variant.similarity < COPY_SIMILARITY:
        return analysis, variant  # a text that names the license, not an edited copy of it
    return _edits_applied(analysis, variant)
