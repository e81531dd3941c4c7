"""Pieces shared by the clause rules: hits, evidence, negation, numbers and URLs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict, get_args

from licenseclass.clauses.sentences import Sentence
from licenseclass.core.model import (
    ConditionKind,
    Evidence,
    Frozen,
    LimitationKind,
    RestrictionKind,
)

Category = Literal["grant", "restriction", "condition", "limitation"]
# The kinds of the three vocabularies do not overlap, so a kind alone names its item type.
ItemKind = RestrictionKind | ConditionKind | LimitationKind
_VOCABULARY: dict[str, frozenset[str]] = {
    "restriction": frozenset(get_args(RestrictionKind)),
    "condition": frozenset(get_args(ConditionKind)),
    "limitation": frozenset(get_args(LimitationKind)),
}


# The rights a grant sentence can name (mapped onto use / modify / share by the analysis).
GrantedRight = Literal["use", "reproduce", "modify", "distribute", "sublicense"]


class Grant(Frozen):
    """One sentence that grants rights: which rights, the qualifiers, and where."""

    rights: tuple[GrantedRight, ...]
    qualifiers: tuple[str, ...] = ()
    evidence: Evidence


class HitParams(TypedDict, total=False):
    """What a rule read from a sentence besides the kind; most names are fields of the item."""

    url: str | None
    incorporated_by_reference: bool
    changeable_by_licensor: bool
    uses: list[str]
    excluded: list[str]
    persons: list[str]
    triggers: list[str]
    scope: str
    threshold: int
    metric: str
    effect: str
    amount: int
    currency: str
    period: str | None
    change_date: str
    change_license: str
    law: str  # becomes the note "governed by the law of ..."
    wording: str
    name_prefix: str


@dataclass
class Hit:
    """One item that a rule found in one sentence, with its parameters (``uses``, ``threshold``)."""

    category: Category
    kind: ItemKind
    evidence: Evidence
    params: HitParams = field(default_factory=HitParams)

    def __post_init__(self) -> None:
        # A rule that files a kind under the wrong category would build the wrong item type.
        if self.kind not in _VOCABULARY.get(self.category, ()):
            raise ValueError(f"{self.kind!r} is not a {self.category} kind")


@dataclass
class MergedHit:
    """The hits of one kind across a text: parameters gathered, every place kept (best first)."""

    category: Category
    kind: ItemKind
    evidence: list[Evidence]
    params: dict[str, Any] = field(default_factory=dict)


def make_evidence(s: Sentence, start: int, end: int, confidence: float) -> Evidence:
    # A match that lies wholly in a list item's lead-in has offsets before the item: the
    # item's own words are shown then.
    if end <= 0:
        words, (first, last) = s.text[:160], (s.start_line, s.end_line)
    else:
        start, end = max(0, start), min(len(s.norm), end)
        words, (first, last) = s.words(start, end), s.lines_of(start, end)
    return Evidence(
        start_line=first,
        end_line=last,
        text=words[:300],
        confidence=round(confidence, 2),
    )


def on_its_lines(s: Sentence, start: int, end: int, before: int, after: int) -> tuple[int, int]:
    """Offsets of ``norm`` widened for context by up to ``before`` and ``after`` characters,
    but not onto other lines: a limit put on a line of its own inside a paragraph is named by
    that line."""
    low, high = max(0, start - before), end + after
    for offset, _ in s.breaks:
        if low < offset <= start:
            low = offset
        if end <= offset < high:
            high = offset
    return low, high


def full_evidence(s: Sentence, start: int, end: int, confidence: float) -> Evidence:
    """Evidence from offsets on ``s.full`` (a list item after its lead-in): the item's words."""
    shift = len(s.full) - len(s.norm)
    return make_evidence(s, start - shift, end - shift, confidence)


def in_sentence(s: Sentence, m: re.Match[str], text: str) -> tuple[int, int]:
    """Offsets of a match made on ``s.full`` translated to offsets in ``s.norm``."""
    shift = len(text) - len(s.norm)
    return m.start() - shift, m.end() - shift


NEGATION = re.compile(r"\b(?:no|not|never|without|nor|neither|none|nothing)\b|n't\b")
# Phrases that contain a negation word but grant more, not less ("with or without fee").
NOT_NEGATION = re.compile(
    r"\bwith\s+or\s+without\b|\bwithout\s+(?:any\s+)?(?:fee|charge|restriction|limitation|royalty|"
    r"modification)s?\b|\bnot\s+limited\s+to\b|\bno-charge\b|\bno\s+(?:fee|charge|royalty)\b|"
    # "without a written agreement is hereby granted": no contract is needed, a wider grant
    r"\bwithout\s+(?:a|any)\s+(?:written|signed|separate)\s+(?:agreement|licen[cs]e|contract)\b"
)


# What the licensor itself will, will not or may do, said at the start of a sentence
# ("Licensor will not sell the Software to competitors", "The Licensor may assign this
# Agreement"): a term on the licensor, not a limit on the licensee, unless its verb lets, bars,
# scopes or ends the licensee's use ("We do not permit ...", "We will not license ...", "We make
# the model available only for ...", "The Licensor may revoke ...").
_LICENSOR_ACTS = re.compile(
    r"^\W*(?:\(?\w{1,3}[.)]\s+)?(?:the\s+)?(?:licensors?|we|the\s+(?:authors?|company|maintainers?|"
    r"developers?|vendor|publisher|copyright\s+holders?))\s+(?:itself\s+|also\s+)?(?:will|shall|"
    r"would|may|does|do|can)\s+(?!(?:not\s+|never\s+|only\s+|solely\s+|exclusively\s+)?"
    r"(?:itself\s+)?(?:permit|allow|grant|licen[cs]|"
    r"authori[sz]|consent|approve|accept|restrict|limit|prohibit|forbid|require|provide|offer|give|"
    r"revoke|terminat|change|modify|amend|update|withdraw|suspend|cancel)\w*\b|"
    r"(?:not\s+)?makes?\s+(?:\w+\s+){0,3}?available\b)|"
    r"^\W*(?:the\s+)?(?:licensors?|we)\s+(?:\w+\s+){0,2}?itself\b|"
    # "Licensor undertakes that it will not supply the SDK to ...": its own promise
    r"^\W*(?:the\s+)?(?:licensors?|we)\s+(?:hereby\s+)?(?:undertakes?|agrees?|covenants?|"
    r"promises?|warrants?)\s+(?:that\s+)?(?:it|we)\s+(?:will|shall)\b"
)


def licensor_acts(text: str) -> bool:
    """Whether ``text`` (lower case) opens with what the licensor itself will or may do."""
    return _LICENSOR_ACTS.search(text) is not None


# A use banned only for being against the law ("for any unlawful purpose", "to break the law",
# "anything illegal"): the law bans it already, and the labels never count it as a limit. Not
# where another use is named beside it ("for illegal purposes or for military purposes").
_UNLAWFUL_ONLY = re.compile(
    r"(?:\b(?:for|in|with)\s+(?:any\s+|an\s+)?(?:illegal|unlawful|criminal)\s+(?:purposes?|activit\w*|"
    r"uses?|content|ways?|manner|acts?|conduct)\b|\banything\s+(?:illegal|unlawful)\b|"
    r"\b(?:break|breaking|against)\s+(?:the|any)\s+laws?\b|\bunlawful\s+content\b|"
    r"\bin\s+(?:violation|breach)\s+of\s+(?:any\s+)?(?:applicable\s+)?(?:laws?|regulations?)\b)"
    r"(?![^.;]*\b(?:or|and|nor)\b)"
)
_JOINED = re.compile(r"\b(?:or|and|nor)\b")


def unlawful_only(text: str) -> bool:
    """Whether ``text`` bans a use only for being unlawful (see ``_UNLAWFUL_ONLY``), with no
    other use joined before or after it."""
    m = _UNLAWFUL_ONLY.search(text)
    return m is not None and _JOINED.search(text, 0, m.start()) is None


# "not only", "not just": what follows is part of what is allowed, not a bound on it (a pattern
# text, for the readers that join it to their own).
NOT_ONLY = r"\bnot\s+(?:\w+\s+)?only\b|\bnot\s+(?:just|merely)\b"


def has_any(text: str, keys: tuple[str, ...]) -> bool:
    """Whether any of ``keys`` occurs in ``text`` (a cheap gate before a costly pattern)."""
    # map over the bound method: no generator frame per key (this runs for every rule on
    # every sentence)
    return any(map(text.__contains__, keys))


PROHIBIT_KEYS = ("not", "never", "prohibit", "forbid", "can't", "won't", "n't", "no right")


def negated(text: str, start: int) -> bool:
    """Whether the clause around ``start`` negates what follows (``no field-of-use limit``)."""
    window = text[max(0, start - 48) : start]
    cut = max(window.rfind(","), window.rfind(";"), window.rfind(":"), window.rfind("("))
    return bool(NEGATION.search(NOT_NEGATION.sub(" ", window[cut + 1 :])))


PROHIBIT = (
    r"(?:(?:shall|must|may|will|can|should|do|does)\s+not|cannot|can't|won't|mustn't|shan't|"
    r"(?:agree|undertake|covenant)s?\s+not\s+to|(?:shall|will|must)\s+refrain\s+from|"
    r"(?:is|are)\s+not\s+to\s+(?=be\s|[a-z]+\s)|"
    r"not\s+(?:be\s+)?(?:permitted|allowed|authori[sz]ed|entitled|licen[cs]ed)\s+to|prohibited\s+from|"
    r"(?:is|are)\s+(?:prohibited|forbidden|not\s+permit+ed|not\s+allowed)|may\s+never|never|"
    r"(?:have|has)\s+no\s+right(?:\s+to)?)"
)
# A packager's words on what a distribution's archive carries ("cannot be distributed by Debian",
# "cannot be distributed in main"): the archive's rules, not the work's.
ARCHIVE_PLACE = (
    r"\b(?:distribut\w*|shipp?\w*|included|packaged|uploaded)\s+(?:by|in|with|into)\s+(?:the\s+)?"
    r"(?:debian|ubuntu|fedora|main)\b"
)
CONDITIONAL_EXCEPTION = re.compile(
    r"\bexcept\s+(?:as\s+(?:expressly\s+|otherwise\s+)?(?:provided|permitted|set\s+forth|stated|"
    r"required|described|authori[sz]ed)|in\s+compliance|under\s+the\s+terms|"
    # "... may not be copied, modified, or distributed except according to those terms"
    r"according\s+to\s+(?:those|these|the|its|their|such)\s+(?:terms|licen[cs]es?)|"
    r"pursuant\s+to\s+(?:this|these|the)\s+(?:licen[cs]e|terms|agreement)\b)|"
    r"\bunless\s+(?:you|it|the\s+(?:file\s*)?name)\b|"
    r"\bin\s+accordance\s+with\s+(?:this|the)\s+(?:license|agreement)|"
    r"\bother\s+than\s+as\s+(?:expressly\s+)?(?:provided|permitted)|"
    r"\bif\s+you\s+(?:do\s+not|don't)\s+(?:\w+\s+){0,2}(?:accept|agree)\b|"
    r"\bprovided\s+(?:that\s+)?(?:you\s+)?(?:do|does)\s+not\b|\bin\s+any\s+way\s+that\s+would\b|"
    # "If you are not sure you can comply ..., you must not use": a consequence, not a limit.
    r"^\W*(?:\d+\.\s*)?(?:if|unless)\b[^,]{0,300}\b(?:accept|agree|comply|compliance|unenforceable|"
    r"invalid|breach|violat\w*|terminat\w*)"
)


# --------------------------------------------------------------------------- numbers

_SCALE = {"thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000, "mm": 1_000_000}
_SCALE.update({"billion": 1_000_000_000, "b": 1_000_000_000, "bn": 1_000_000_000})
# Counts in words. Before a scale word ("one million", "five thousand") any of them is a
# number; on its own a word such as "one" or "a" is too common to be one (the threshold readers
# take the others alone: "no more than five Named Users").
NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "twenty-five": 25, "thirty": 30, "fifty": 50, "hundred": 100, "one hundred": 100,
    "a hundred": 100,
}  # fmt: skip
WORDS_TOO_COMMON_ALONE = frozenset(("a", "one"))
COUNT_IN_WORDS = (
    r"(?:"
    + "|".join(re.escape(w) for w in sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")(?=\s+(?:thousand|million|billion)\b)"
)
# A ban said after its subject: "... is prohibited", "... are not permitted"
# The words that stress a ban ("is strictly prohibited", "utterly forbidden").
BAN_ADVERB = r"(?:(?:strictly|expressly|explicitly|absolutely|utterly)\s+)?"
# Put before a verb of need: the verb counts only where no negation stands just before it
# ("does not require a separate licence", "doesn't need a key" ask for nothing).
UNNEGATED = r"(?<!not\s)(?<!n't\s)"
IS_BARRED = r"(?:is|are)\s+(?:strictly\s+)?(?:prohibited|forbidden|not\s+(?:permitted|allowed))"
# Sharing "for a fee" or "commercially": a ban on it is a ban on selling ("Distribution for
# profit is prohibited", "Redistributing the Model for a fee is not covered by this license").
FOR_PAY = re.compile(
    r"\bfor\s+(?:(?:a|any)\s+)?(?:profit|fee|money|payment|sale|charge|gain)\b|\bcommercially\b"
)
NUMBER = (
    rf"(\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:\.\d{{3}})+(?!\d)|\d+(?:\.\d+)?|{COUNT_IN_WORDS})"
    r"\s*(thousand|million|billion|bn|mm|[kmb])?\b"
)


def parse_amount(digits: str, scale: str | None) -> int:
    if digits in NUMBER_WORDS:
        return NUMBER_WORDS[digits] * _SCALE.get((scale or "").lower(), 1)
    if not scale and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        digits = digits.replace(".", "")  # "100.000 devices": a thousands separator, not a decimal
    value = float(digits.replace(",", ""))
    return round(value * _SCALE.get((scale or "").lower(), 1))


# --------------------------------------------------------------------------- rules

_URL = re.compile(
    r"(?:https?://|www\.)[^\s)\]>,;\"']+|\b[a-z0-9.-]+\.(?:com|ai|dev|org|io|net)/[^\s)\]>,;\"']*"
)


def find_url(text: str) -> str | None:
    m = _URL.search(text)
    return m.group(0).rstrip(".") if m else None


# A sentence that says the work itself is free of the limit the sentence before it states
# ("The SOFA original ... is permitted only in its unaltered state. The ERFA version is not
# subject to this restriction"): that limit was on another work. Not a carve-out for a class
# of persons ("Academic users are not subject to this restriction"), which leaves it standing.
_WORK_NOT_SUBJECT = re.compile(
    r"^\W*(?:the|this|our)\s+(?:[\w-]+\s+){0,2}?(?:version|software|library|code|work|package|"
    r"program|distribution|release)\s+(?:is|are)\s+not\s+(?:subject\s+to|bound\s+by|affected\s+by)\s+"
    r"(?:this|that|these|those|the\s+(?:above|said|same))\s+(?:restrictions?|limitations?|conditions?)\b",
    re.IGNORECASE,
)


# A generated file's warning to its developers ("THIS CODE IS GENERATED - DO NOT MODIFY.", "This
# file is generated by glib-mkenums, do not modify it.", "Code generated by protoc-gen-go. DO
# NOT EDIT."): the next run of the generator overwrites an edit, and no right is withheld.
_GENERATED_FILE = re.compile(
    r"\b(?:this|the)\s+(?:source\s+)?(?:file|code|header|module|class)\s+(?:is|was|has\s+been)\s+"
    r"(?:[\w-]+\s+){0,2}?generated\b|"
    r"^\W*(?:(?:code|file|source)\s+)?(?:auto(?:matically)?[- ]?|machine[- ])?generated\s+"
    r"(?:by|from|with|using|automatically)\b|"
    r"\bauto-?generated\b|\bautomatically\s+generated\s+(?:file|code|by|from)\b"
)
_EDIT_BAN_WORDS = (
    r"(?:do\s+not|don'?t|never|please\s+do\s+not)\s+(?:manually\s+|directly\s+|hand[- ])?"
    r"(?:edit|modify|change|alter)\b"
)
_EDIT_BAN = re.compile(r"\b" + _EDIT_BAN_WORDS)
# After the sentence that says the file is generated, one that opens with the ban: "DO NOT
# EDIT." (a comment's sentence may run on into the code under it)
_OPENING_EDIT_BAN = re.compile(r"^\W*" + _EDIT_BAN_WORDS)


def _generated_warning(sentences: list[Sentence], number: int) -> bool:
    s = sentences[number]
    if _EDIT_BAN.search(s.norm) is None:
        return False
    if _GENERATED_FILE.search(s.norm):
        return True
    return (
        number > 0
        and _OPENING_EDIT_BAN.match(s.norm) is not None
        and _GENERATED_FILE.search(sentences[number - 1].norm) is not None
    )


def without_limits_freed(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences less each one whose next sentence frees the work from what it says, and
    less a generated file's warning not to edit it (see _GENERATED_FILE)."""
    return [
        s
        for number, s in enumerate(sentences)
        if not (
            number + 1 < len(sentences) and _WORK_NOT_SUBJECT.search(sentences[number + 1].norm)
        )
        and not _generated_warning(sentences, number)
    ]


# How a packager ships bundled files, said as a fact, not as a duty ("They are data or source,
# not compiled code, and are redistributed unmodified except as noted"): no modal or negation
# follows in the clause.
# A ban on an act joined to adding terms ("you may not produce a derivative work from this
# manual and impose additional restrictions on its distribution"): the copyleft's duty, what
# is barred is the added terms.
ADDED_TERMS_BARRED = (
    r"\band\s+(?:then\s+)?(?:impose|add|place|attach)\s+(?:any\s+)?(?:additional|further|other|"
    r"new|more)\s+(?:restrictions|conditions|terms|limitations)\b"
)
# Advice on how to license a contribution ('Do not use "public domain", or "no commercial use"
# clauses'): it bars clauses in the contributor's license, not a use of the work.
LICENSING_ADVICE = (
    r"\b(?:do\s+not|don'?t|never)\s+use\b[^.;]{0,80}\b(?:clauses|licen[cs]es|licen[cs]e\s+terms)\b"
)
SHIPPED_AS_IS = (
    r"\b(?:is|are)\s+(?:re)?distributed\s+(?:here\s+)?(?:unmodified|unchanged|verbatim|"
    r"in\s+(?:unmodified|unchanged)\s+form)\b(?![^.;]*\b(?:not|never|may|must|shall|only)\b)"
)


# A termination with a cause named ("if you breach", "upon your failure to pay") is no power to
# end the grant at will.
_FOR_CAUSE = re.compile(
    r"\b(?:if|upon|on|in\s+the\s+event|should|where|when|following)\b[^.;]{0,60}?\b(?:breach\w*|"
    r"fail\w*|violat\w*|default\w*|non-?\s?compliance|non-?\s?payment|insolven\w*)"
)


def for_cause(text: str, found: re.Match[str]) -> bool:
    """Whether a power to revoke or end the grant, ``found`` in ``text``, names its cause
    around it: after it, or leading the sentence ("If any terms are violated, Acme reserves the
    right to revoke the license at any time")."""
    return _FOR_CAUSE.search(text, max(0, found.start() - 120), found.end() + 80) is not None
