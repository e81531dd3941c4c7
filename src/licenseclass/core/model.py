"""The typed permissions model: what a license grants, on which conditions, and what it restricts.

Every model is a frozen pydantic v2 model that rejects unknown fields, so a misspelt key in a
data file is an error rather than a silently ignored value. ``Restriction`` is a discriminated
union on ``kind``: each kind carries its own typed parameters.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator


class Frozen(BaseModel):
    """Base of every licenseclass model: immutable, strict about unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------------- provenance

SourceKind = Literal[
    "spdx", "license-text", "osi", "fsf", "scancode", "vendor", "inferred", "other"
]
ReviewStatus = Literal["reviewed", "derived", "inferred"]


class Evidence(Frozen):
    """Where in a text an item was found: 1-based inclusive lines and the deciding words."""

    start_line: int = Field(ge=1)
    end_line: int = Field(ge=1)
    text: str = ""
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class Source(Frozen):
    """One source of facts for a data entry, and which fields it backs."""

    kind: SourceKind
    ref: str = Field(description="URL, package and version, or section of the license text")
    fields: tuple[str, ...] = Field(default=(), description="fields backed by this source")


class Provenance(Frozen):
    """Where an entry's facts came from and whether a person checked them."""

    status: ReviewStatus
    sources: tuple[Source, ...] = ()
    reviewed_by: str | None = None
    note: str | None = None


# --------------------------------------------------------------------------- kinds

# The vocabulary of typed items, defined once: every table keyed by kind uses these types, and
# tests check that the tables that must cover every kind do.

LimitingKind = Literal[
    "field-of-use",
    "acceptable-use-policy",
    "non-commercial",
    "no-derivatives",
    "no-redistribution",
    "user-threshold",
    "revenue-threshold",
    "research-only",
    "evaluation-only",
    "non-production",
    "output-use",
    "model-improvement-ban",
    "pass-through",
    "delayed-open",
    "service-source",
    "no-selling",
    "hosting-restriction",
    "revocable-terms",
    "remote-restriction",
    "territory",
    "excluded-persons",
    "latest-version",
    "registration",
    "other",
]
# Terms worth reporting that do not by themselves limit use, modification or sharing.
InformationalKind = Literal["termination", "governing-law", "export-control", "disclosure"]
RestrictionKind = Literal[LimitingKind, InformationalKind]

ConditionKind = Literal[
    "notice",
    "attribution",
    "include-license",
    "state-changes",
    "disclose-source",
    "same-license",
    "patent-retaliation",
]
LimitationKind = Literal["warranty", "liability", "trademark", "patent"]

# Kinds that describe a term without limiting use, modification or sharing.
INFORMATIONAL_KINDS: frozenset[RestrictionKind] = frozenset(get_args(InformationalKind))

# --------------------------------------------------------------------------- rights

RightStatus = Literal["granted", "conditional", "restricted", "denied", "unknown"]
RightName = Literal["use", "modify", "share"]


class Right(Frozen):
    """One right and how the license qualifies it.

    ``conditions`` and ``restrictions`` name the kinds (``Condition.kind``,
    ``Restriction.kind``) of this license's items that qualify the right.
    """

    status: RightStatus
    conditions: tuple[ConditionKind, ...] = ()
    restrictions: tuple[RestrictionKind, ...] = ()
    note: str | None = None


UNKNOWN_RIGHT = Right(status="unknown")


class Rights(Frozen):
    """The three rights every verdict looks at, plus the ones a license may speak to."""

    use: Right = UNKNOWN_RIGHT
    modify: Right = UNKNOWN_RIGHT
    share: Right = UNKNOWN_RIGHT
    commercial_use: Right | None = None
    patent_grant: Right | None = None
    sublicense: Right | None = None


# --------------------------------------------------------------------------- conditions

CopyleftScope = Literal["file", "library", "strong", "network"]


class Condition(Frozen):
    """A duty that keeps a work open: notices, attribution, copyleft and the like."""

    kind: ConditionKind
    scope: CopyleftScope | None = Field(default=None, description="for same-license only")
    wording: str | None = Field(
        default=None, description="required attribution wording, e.g. 'Built with Llama'"
    )
    name_prefix: str | None = Field(
        default=None, description="required prefix for the names of derived works"
    )
    note: str | None = None
    evidence: tuple[Evidence, ...] = ()


# --------------------------------------------------------------------------- restrictions


class _RestrictionBase(Frozen):
    note: str | None = None
    evidence: tuple[Evidence, ...] = ()


class FieldOfUse(_RestrictionBase):
    """Uses the license itself forbids (e.g. the RAIL Attachment A list)."""

    kind: Literal["field-of-use"] = "field-of-use"
    uses: tuple[str, ...] = ()


class AcceptableUsePolicy(_RestrictionBase):
    """A separate policy of prohibited uses, usually incorporated by reference."""

    kind: Literal["acceptable-use-policy"] = "acceptable-use-policy"
    url: str | None = None
    incorporated_by_reference: bool = True
    changeable_by_licensor: bool = False


class NonCommercial(_RestrictionBase):
    kind: Literal["non-commercial"] = "non-commercial"
    definition: str | None = None


class NoDerivatives(_RestrictionBase):
    kind: Literal["no-derivatives"] = "no-derivatives"


class NoRedistribution(_RestrictionBase):
    kind: Literal["no-redistribution"] = "no-redistribution"


class UserThreshold(_RestrictionBase):
    """Rights end (or need a separate license) above a number of users.

    ``threshold`` is ``None`` when the text leaves the number to be filled in ("Use Limitation:
    [number] users"): the limit is there, its size is not.
    """

    kind: Literal["user-threshold"] = "user-threshold"
    threshold: int | None = Field(default=None, gt=0)
    metric: str = "monthly_active_users"
    effect: str | None = None


class RevenueThreshold(_RestrictionBase):
    """Rights end (or need a separate license) above a revenue."""

    kind: Literal["revenue-threshold"] = "revenue-threshold"
    amount: int = Field(gt=0)
    currency: str = "USD"
    period: str | None = "annual"
    effect: str | None = None


class ResearchOnly(_RestrictionBase):
    kind: Literal["research-only"] = "research-only"
    definition: str | None = None


class EvaluationOnly(_RestrictionBase):
    kind: Literal["evaluation-only"] = "evaluation-only"


class NonProduction(_RestrictionBase):
    kind: Literal["non-production"] = "non-production"


class OutputUse(_RestrictionBase):
    """Limits on what the outputs of a model may be used for."""

    kind: Literal["output-use"] = "output-use"
    scope: str | None = None


class ModelImprovementBan(_RestrictionBase):
    """The work or its outputs may not be used to train or improve other models."""

    kind: Literal["model-improvement-ban"] = "model-improvement-ban"
    scope: str | None = None


class PassThrough(_RestrictionBase):
    """Use restrictions must be imposed on every downstream recipient."""

    kind: Literal["pass-through"] = "pass-through"


class DelayedOpen(_RestrictionBase):
    """The work becomes open only at a change date (e.g. BUSL-1.1)."""

    kind: Literal["delayed-open"] = "delayed-open"
    change_date: date | str | None = Field(
        default=None, description="a date, or a rule such as 'four years after release'"
    )
    change_license: str | None = None


class ServiceSource(_RestrictionBase):
    """Offering the work as a service obliges releasing software beyond the work (e.g. SSPL)."""

    kind: Literal["service-source"] = "service-source"


class NoSelling(_RestrictionBase):
    """The work may not be sold, or sold as a service (e.g. Commons Clause)."""

    kind: Literal["no-selling"] = "no-selling"


class HostingRestriction(_RestrictionBase):
    """No offering the work as a hosted or managed service (e.g. Elastic-2.0)."""

    kind: Literal["hosting-restriction"] = "hosting-restriction"


class RevocableTerms(_RestrictionBase):
    """The licensor may change or revoke the terms at will."""

    kind: Literal["revocable-terms"] = "revocable-terms"


class RemoteRestriction(_RestrictionBase):
    """The licensor reserves the right to restrict use remotely or force updates."""

    kind: Literal["remote-restriction"] = "remote-restriction"


class Territory(_RestrictionBase):
    kind: Literal["territory"] = "territory"
    excluded: tuple[str, ...] = ()


class ExcludedPersons(_RestrictionBase):
    kind: Literal["excluded-persons"] = "excluded-persons"
    persons: tuple[str, ...] = ()


class LatestVersion(_RestrictionBase):
    """The licensee must move to (or try to use) the latest version the licensor ships."""

    kind: Literal["latest-version"] = "latest-version"


class Registration(_RestrictionBase):
    """Some uses need registration or a separate permission from the licensor."""

    kind: Literal["registration"] = "registration"


class Informational(_RestrictionBase):
    """A term worth reporting that does not by itself limit openness.

    Termination on breach, governing law and export-control clauses appear in open licenses
    too (GPL-3.0 section 8 terminates on breach), so they are kept apart from the limiting kinds.
    """

    kind: InformationalKind
    triggers: tuple[str, ...] = ()


class OtherRestriction(_RestrictionBase):
    """A limit on use, modification or sharing that no other kind describes.

    Used by derived entries whose source says only that the license is restricted.
    """

    kind: Literal["other"] = "other"
    affects: tuple[RightName, ...] = ()


Restriction = Annotated[
    FieldOfUse
    | AcceptableUsePolicy
    | NonCommercial
    | NoDerivatives
    | NoRedistribution
    | UserThreshold
    | RevenueThreshold
    | ResearchOnly
    | EvaluationOnly
    | NonProduction
    | OutputUse
    | ModelImprovementBan
    | PassThrough
    | DelayedOpen
    | ServiceSource
    | NoSelling
    | HostingRestriction
    | RevocableTerms
    | RemoteRestriction
    | Territory
    | ExcludedPersons
    | LatestVersion
    | Registration
    | Informational
    | OtherRestriction,
    Field(discriminator="kind"),
]

# --------------------------------------------------------------------------- limitations


class Limitation(Frozen):
    """What the license does not give: warranty, liability cover, trademark or patent rights."""

    kind: LimitationKind
    note: str | None = None
    evidence: tuple[Evidence, ...] = ()


# --------------------------------------------------------------------------- ids

# SPDX's idstring (letters, digits, '-' and '.'), optionally as a DocumentRef-...: reference.
_ID = re.compile(r"(?:DocumentRef-[A-Za-z0-9.\-]+:)?[A-Za-z0-9.\-]+\+?\Z")
_ID_CHARACTER = re.compile(r"[A-Za-z0-9.\-]")
_OPERATOR_WORDS = frozenset({"and", "or", "with"})
_OPERATORS = frozenset({"AND", "OR", "WITH", "and", "or", "with"})
_REF_PREFIXES = ("licenseref-", "additionref-")


def id_problem(value: str) -> str | None:
    """Why ``value`` cannot be a license or exception id of an SPDX expression, or None.

    An id is SPDX's ``idstring`` (ASCII letters, digits, '-' and '.'), a ``LicenseRef-`` or
    ``AdditionRef-`` with an idstring after it, optionally behind ``DocumentRef-...:``. A
    trailing '+' is kept for the deprecated SPDX ids that have one (``GPL-2.0+``). Non-ASCII
    letters are refused, not folded: a look-alike such as the Kelvin sign would otherwise read
    as another id; the suggestion is the ASCII spelling when there is one.
    """
    if _ID.match(value):
        bare = value.rstrip("+").rpartition(":")[2]
        if bare.lower() in _OPERATOR_WORDS:
            return f"{bare!r} is an operator of SPDX expressions, not an id"
        if bare.lower() in _REF_PREFIXES:
            return f"{bare!r} must be followed by an id"
        if ":" in value and not bare.lower().startswith(_REF_PREFIXES):
            return "a DocumentRef- must be followed by ':LicenseRef-...' or ':AdditionRef-...'"
        return None
    if not value:
        return "an id cannot be empty"
    bad = next((c for c in value if not _ID_CHARACTER.match(c) and c not in ":+"), None)
    if bad is None:
        return "':' only after DocumentRef-..., '+' only at the end"
    hint = ""
    if not bad.isascii():
        ascii_spelling = unicodedata.normalize("NFKC", value)
        if ascii_spelling != value and _ID.match(ascii_spelling):
            hint = f"; did you mean {ascii_spelling!r}?"
    shown = f"{bad!r} (U+{ord(bad):04X})" if not bad.isascii() else repr(bad)
    return f"unexpected {shown}: ids are ASCII letters, digits, '-' and '.'{hint}"


def expression_ids_problem(value: str) -> str | None:
    """Why ``value`` is not an id or an expression of ids (``superseded_by``), or None.

    A light check of the shape (the full parser is a layer up): ids and operators alternate,
    parentheses balance, and every id passes :func:`id_problem`. Operators may be upper or
    lower case, as in any expression.
    """
    expect_id = True
    depth = 0
    previous = ""
    for token in value.replace("(", " ( ").replace(")", " ) ").split():
        if token == "(":
            if not expect_id:
                return f"expected AND, OR or WITH before '(' after {previous!r}"
            depth += 1
        elif token == ")":
            if expect_id or depth == 0:
                return "unbalanced ')'" if depth == 0 else f"')' after the operator {previous!r}"
            depth -= 1
        elif token in _OPERATORS:
            if expect_id:
                return f"expected an id, found the operator {token!r}"
            expect_id = True
        else:
            if not expect_id:
                return f"expected AND, OR or WITH between {previous!r} and {token!r}"
            problem = id_problem(token)
            if problem is not None:
                return problem
            expect_id = False
        previous = token
    if expect_id:
        return "an expression cannot end with an operator" if previous else "it is empty"
    return "missing ')'" if depth else None


# --------------------------------------------------------------------------- the license

LicenseKind = Literal["software", "model", "data", "content", "terms", "exception", "special"]
ExceptionEffect = Literal["additional-permission", "restriction"]


class License(Frozen):
    """One license, exception or special declaration with its typed permissions."""

    id: str = Field(min_length=1, description="SPDX id, or LicenseRef-... for others")
    name: str
    kind: LicenseKind = "software"
    version: str | None = None
    aliases: tuple[str, ...] = Field(
        default=(), description="other spellings, Hugging Face tags, ScanCode keys"
    )
    urls: tuple[str, ...] = ()
    osi_approved: bool = False
    fsf_libre: bool = False
    deprecated: bool = Field(default=False, validate_default=True)
    superseded_by: str | None = Field(
        default=None, description="the id that replaces a deprecated id (may be an expression)"
    )
    scancode_key: str | None = None
    huggingface_tag: str | None = None
    category: str | None = Field(default=None, description="ScanCode category, when known")
    exception_effect: ExceptionEffect | None = Field(
        default=None, description="for exceptions: whether it adds permissions or restricts"
    )
    rights: Rights = Rights()
    conditions: tuple[Condition, ...] = ()
    restrictions: tuple[Restriction, ...] = ()
    limitations: tuple[Limitation, ...] = ()
    notes: str | None = Field(
        default=None,
        description="for entries whose computed verdict differs from the OSI/FSF flags: why",
    )
    provenance: Provenance

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        problem = id_problem(value)
        if problem is not None:
            raise ValueError(f"not a valid id: {problem}")
        return value

    @field_validator("superseded_by")
    @classmethod
    def _check_successor(cls, value: str | None) -> str | None:
        problem = expression_ids_problem(value) if value is not None else None
        if problem is not None:
            raise ValueError(f"not an id or expression of ids: {problem}")
        return value

    @field_validator("deprecated")
    @classmethod
    def _check_plus(cls, value: bool, info: ValidationInfo) -> bool:
        # Only the deprecated SPDX ids (GPL-2.0+) end in '+'; in an expression a new one would
        # read as its base id "or later". Checked here: the id field comes first.
        entry_id = info.data.get("id", "")
        if entry_id.endswith("+") and not value:
            raise ValueError(f"id {entry_id!r} ends in '+', which only deprecated SPDX ids do")
        return value

    @property
    def is_exception(self) -> bool:
        return self.kind == "exception"


# --------------------------------------------------------------------------- verdicts

Level = Literal["open", "restricted", "closed", "unknown"]
PolicyName = Literal["article", "osd", "osaid"]
CriterionStatus = Literal["pass", "fail", "unknown"]

# Order used by the expression algebra: OR picks the highest, AND the lowest.
LEVEL_RANK: dict[Level, int] = {"closed": 0, "unknown": 1, "restricted": 2, "open": 3}


class Reason(Frozen):
    """Why a verdict came out as it did, pointing at the typed item that decided it.

    ``item`` is a path into the license model, e.g. ``restrictions[1]`` or ``rights.share``.
    """

    message: str
    license_id: str | None = None
    item: str | None = None
    kind: str | None = None
    evidence: tuple[Evidence, ...] = ()


class Criterion(Frozen):
    """One criterion of a checklist policy (the ten of the Open Source Definition)."""

    number: int
    title: str
    status: CriterionStatus
    reasons: tuple[Reason, ...] = ()


class Verdict(Frozen):
    level: Level
    policy: PolicyName
    reasons: tuple[Reason, ...] = ()
    criteria: tuple[Criterion, ...] = ()
