"""What an edit to a reference license's grant takes away.

A modified copy of a permissive license often keeps every sentence but one, and changes the
grant in a word or two: "irrevocable" becomes "revocable", "free of charge" becomes "for a fee
of 10 USD", "to any person" becomes "to any natural person", "sublicense, and/or sell" is
deleted. Read alone, the edited grant still grants; only beside the reference's own grant does
the edit show as a limit. :func:`grant_edits` compares one granting paragraph of the reference
with the paragraph of the text it was paired with and names the limits the edit adds.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import TypeAdapter

from licenseclass.clauses.hits import NOT_ONLY
from licenseclass.core.model import (
    Evidence,
    ExcludedPersons,
    FieldOfUse,
    NoSelling,
    OtherRestriction,
    Restriction,
    RevocableTerms,
    RightName,
    Territory,
)

_RESTRICTION: TypeAdapter[Restriction] = TypeAdapter(Restriction)

WORD = re.compile(r"[a-z0-9]+(?:['.][a-z0-9]+)*")


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased, as the variant comparison counts them."""
    return WORD.findall(text.lower().replace("\u2019", "'"))


# The words a grant names each right with ("the rights to use, copy, modify, merge, publish").
RIGHT_WORDS: Mapping[RightName, frozenset[str]] = {
    "use": frozenset({"use", "usage", "using", "run", "running", "execute", "executing"}),
    "modify": frozenset(
        {"modify", "modified", "modifying", "modification", "modifications", "adapt", "adapted"}
        | {"adapting", "alter", "altered", "altering", "translate", "change", "changed", "changes"}
    ),
    "share": frozenset(
        {"distribute", "distributing", "redistribute", "redistributing", "redistribution"}
        | {"publish", "publishing", "sublicense", "sublicensing", "sell", "selling", "share"}
        | {"sharing"}
    ),
}

# A grant that cannot be taken back, and words that let the licensor take it back.
_IRREVOCABLE = re.compile(r"\b(?:irrevocable|non-?revocable)\b", re.IGNORECASE)
_REVOKED = re.compile(
    r"(?<![\w-])(?<!not\s)(?<!non\s)revocable\b|\brevok\w*|\brevocation\b|\bwithdraw\w*|\bcancel\w*|"
    r"\btake\s+(?:it|this|them)?\s*back\b|\bat\s+(?:the|its|his|her|their|our)\s+(?:sole\s+)?discretion\b",
    re.IGNORECASE,
)

# A price asked for a grant ("for a fee of", "upon payment of", "who has paid", "after
# purchasing a seat", "a paid subscription").
_PRICE = re.compile(
    r"\b(?:for|upon|on|after|against|subject\s+to)\s+(?:the\s+)?(?:receipt\s+of\s+)?(?:payment\s+of\s+)?"
    r"(?:a|an|the|any|your)?\s*(?:[\w-]+\s+){0,2}?(?:fee|fees|price|payment|royalty|royalties|subscription)\b|"
    r"\bpaid\s+(?:subscription|licen[cs]e|plan|account)\b|\bpaid[\s-]up\b|\bpurchas\w+\b|"
    r"\bsubscriptions?\b|\b(?:fee|royalty)-bearing\b|\b(?:enterprise|premium|pro|paid)\s+(?:plan|tier|edition)\b|"
    r"\b(?:who|that)\s+(?:has|have)\s+(?:\w+\s+)?paid\b|\b(?:must|shall)\s+(?:first\s+)?pay\b|"
    r"[$\u20ac\u00a3]\s*\d|\b\d[\d,.]*\s*(?:usd|eur|gbp|dollars?|euros?)\b",
    re.IGNORECASE,
)
# A grant for a while ("a one-year license", "for a period of 30 days", "until 31 December
# 2027"), and words that make the while endless.
_FOR_A_WHILE = re.compile(
    r"\b(?:\w+[\s-])?(?:years?|months?|weeks?|days?)\b|\buntil\b|\bexpir\w*|\bfor\s+a\s+"
    r"(?:limited\s+)?(?:period|term|time)\b|\btemporary\b|\btime-limited\b",
    re.IGNORECASE,
)
_FOR_EVER = re.compile(
    r"\bperpetu\w*|\bforever\b|\bend\s+of\s+time\b|\b(?:never|not|no)\s+(?:\w+\s+)?expir\w*",
    re.IGNORECASE,
)
# A place a grant is held to: "within Brazil", "Within the United Kingdom only", "within the
# member states of the EU", "United-States-only".
_PLACE = re.compile(
    r"\b(?:within|inside|throughout|in|(?:resident|residing|located|based)\s+in)\s+(?:the\s+)?"
    r"(?:(?:territory|member\s+states|countries|borders)\s+of\s+(?:the\s+)?)?"
    r"(?P<place>[A-Z][\w.-]*(?:\s+(?:and\s+)?[A-Z][\w.-]*){0,3})|"
    r"\b(?P<place2>[A-Z][\w]*(?:-[A-Z][\w]*)*)-only\b|"
    r"\beverywhere\s+(?:except|but|outside)\s+(?:in\s+)?(?P<place3>[A-Z][\w.-]*(?:,?\s+(?:and\s+)?"
    r"[A-Z][\w.-]*){0,5})"
)
# Capitalised words of a grant that are no place.
_NOT_PLACES = frozenset(
    {"software", "work", "works", "source", "object", "license", "licensor", "you", "your"}
    | {"contributor", "derivative", "program", "product", "materials", "documentation"}
    | {"licensee", "licence", "section", "agreement", "terms", "copyright"}
)
# A grant for every purpose, and one for some ("for personal purposes", "for any purpose other
# than military use").
_ANY_PURPOSE = re.compile(
    r"\bwithout\s+(?:any\s+)?restrictions?\b|\bfor\s+(?:any|every|all|whatever|whichever)\s+"
    r"purposes?\b",
    re.IGNORECASE,
)
_SOME_PURPOSE = re.compile(
    r"\bfor\s+any\s+purpose\s*,?\s+(?:other\s+than|except|excluding|but\s+not|connected\s+with|"
    r"related\s+to|relating\s+to|in\s+connection\s+with|within|in\s+the\s+field\s+of)\b[^.;,]{0,80}|"
    r"\bfor\s+(?!(?:any|every|all|whatever|whichever|anyone|everyone|everybody|anybody)\b)"
    r"(?:[\w-]+\s+){1,3}?(?:purposes?|uses?|"
    r"use\s+only)\b|\bfor\s+(?:[\w-]+\s+){0,2}?(?:research|teaching|education|evaluation|testing|"
    r"study|studies)\b",
    re.IGNORECASE,
)
# Words that say no price is asked, just before a word for one.
_NO_PRICE = re.compile(r"\b(?:no|not|without|never|free|nor)\b[^.;]*$", re.IGNORECASE)
# Words that scope what stands near them, and words that widen a grant instead.
_SCOPE_CUE = re.compile(
    r"\b(?:only|solely|exclusively|provided|so\s+long\s+as|as\s+long\s+as|subject\s+to|where|"
    r"so\s+that|except|excluding|within\s+the\s+scope|for\s+use\s+(?:in|with|by)|no\s+more\s+than|"
    r"up\s+to|at\s+most|cap|limited\s+to|restricted\s+to|unless|neither|nothing|never|if\s+you\s+are|"
    r"within\s+your|other\s+than|apart\s+from|save\s+for)\b",
    re.IGNORECASE,
)
# "any purpose", "any person": wide words (see _ANY_OF).
_ANY_OF_WORDS = r"\bany\s+(?:field|purpose|person|one)\b"
_WIDENS = re.compile(
    r"\bfollowing\s+conditions\b|\bconditions\s+(?:below|above|are\s+met|that\s+follow)\b|"
    r"\bwithout\s+(?:asking|permission|notice|any)\b|\bwhether\s+or\s+not\b|\bor\s+not\b|"
    r"\beven\s+(?:for|on|if|in)\b|\bsubject\s+only\s+to\b|\bno\s+(?:fee|charge|royalt\w*|field)\b|"
    r"\bas\s+(?:you\s+)?(?:please|wish|like|see\s+fit)\b|\bnot\s+(?:limited|restricted)\s+to\b|"
    r"\b(?:never|not|no)\s+(?:\w+\s+)?expir\w*|\bexcept\s+as\s+(?:\w+\s+)?(?:stated|provided|set\s+out|"
    rf"described|noted)\b|{_ANY_OF_WORDS}|\bwithout\s+(?:any\s+)?(?:restriction|"
    r"limitation)|\bexcept\s+(?:where|as|to\s+the\s+extent)\b[^.;]{0,20}\blaw\b|\bprovided\s+only\b|"
    r"\bcommercial\s*(?:,|or|and)\s+non-?commercial\b|\bor\s+otherwise\b|\bnothing\s+to\s+pay\b|"
    r"\bthere\s+is\s+no\b|\bterms\s+and\s+conditions\b|\bconditions\s+(?:set\s+out|stated|listed)\b|\bif\s+(?:you\s+)?(?:wish|want|like)\b|"
    rf"{NOT_ONLY}",
    re.IGNORECASE,
)
# "any purpose", "any person": the reference's own wide words beside an insertion widen nothing;
# only where the insertion says them.
_ANY_OF = re.compile(_ANY_OF_WORDS, re.IGNORECASE)
# Words around a purpose that make it one of many: "for commercial and non-commercial purposes
# alike", "not only for research".
_PURPOSE_WIDENS = re.compile(
    rf"\bcommercial\s+(?:and|or)\s+(?:non-?commercial|otherwise)\b|{NOT_ONLY}|"
    r"\bwhether\b|\balike\b|\bor\s+otherwise\b",
    re.IGNORECASE,
)
# The kind of a scoping insertion, by the first of these its words hold.
_INSERT_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "revocable-terms",
        re.compile(
            r"\brevok|\bcancel|\bwithdraw|\btake\s+(?:\w+\s+)?back\b|"
            r"\b(?:pleasure|discretion)\b",
            re.I,
        ),
    ),
    (
        "user-threshold",
        re.compile(
            r"\b(?:\d+|ten|twenty|fifty|hundred|thousand|million)\b[^.;]{0,40}"
            r"\b(?:users|people|persons|employees|developers|seats|members)\b",
            re.I,
        ),
    ),
    ("research-only", re.compile(r"\bresearch|\bscholarly\b|\bscientific\b|\bacademic\b", re.I)),
    ("non-production", re.compile(r"\bproduction\b|\bstaging\b", re.I)),
    ("evaluation-only", re.compile(r"\bevaluat|\bassess|\btrial\b|\btesting\b", re.I)),
    ("non-commercial", re.compile(r"\bcommercial|\bmonetary\b|\bprofit|\bgain\b|\bmoney\b", re.I)),
    (
        "no-redistribution",
        re.compile(r"\bwithin\s+your\s+(?:own\s+)?(?:organi[sz]ation|company)", re.I),
    ),
    ("no-selling", re.compile(r"\bcharg(?:e|ed|ing)\b|\bsell|\bsale\b|\bsold\b", re.I)),
    (
        "excluded-persons",
        re.compile(
            r"\bcompetit|\bcompeting\b|\bemployees\s+of\b|\bmembers\s+of\b|"
            r"\bprovider\b|\bgovernment|\bagenc(?:y|ies)\b",
            re.I,
        ),
    ),
    (
        "other",
        re.compile(
            r"\bmaintenance\b|\bsupport\s+(?:contract|agreement)|\bsubscription|"
            r"\bagreement\s+with\b",
            re.I,
        ),
    ),
)
_NOT_PRICED = re.compile(r"\b(?:no|without|free|nor|never)\b", re.IGNORECASE)
# Words that restrict a grant by themselves, put in without a scoping word ("non-exclusive,
# non-commercial, no-charge", "in staging systems (not in production)").
_RESTRICTING = re.compile(
    r"\bnon-?commercial\b|\bnon-?production\b|\bnot\s+(?:in|for)\s+(?:\w+\s+)?production\b|"
    r"\bpersonal\b|\binternal\b",
    re.IGNORECASE,
)
# "You may charge a fee": a freedom to ask a price, not a price asked of the licensee.
_MAY_CHARGE = re.compile(r"\bmay\s+(?:\w+\s+)?charge\b|\bfor\s+a\s+fee\s+or\s+(?:for\s+)?free\b")

# Who a grant reaches: "granted, free of charge, to any person obtaining a copy", "is granted to
# anyone to use", "hereby grants to You a perpetual ...". The phrase ends where the grant goes
# on (what is obtained, the rights, the qualities of the license) or at a stop.
_GRANTEE = re.compile(
    r"\b(?:granted|grants?)\b(?:\s*,[^,.;]{0,60},)?\s+to\s+(?P<who>[^,.;:()]{1,100}?)"
    r"(?=\s+(?:obtaining|receiving|who\s+obtains?|to\s+(?:use|deal|copy|reproduce|modify|"
    r"distribute|make|run)\b|an?\s|the\s+(?:right|rights|non-?exclusive|perpetual)\b|"
    r"for\s+(?:\w+ing|any|the|all)\b)|"
    r"\s*[,.;:(]|\s*$)",
    re.IGNORECASE,
)
# Grantees that reach everyone: what a reference's grant must say for a narrower one to limit.
_EVERYONE = frozenset(
    {
        "any person",
        "anyone",
        "anybody",
        "everyone",
        "all",
        "any one",
        "you",
        "everybody",
        "all persons",
        "any individual or entity",
        "any person or entity",
        "any person or organization",
    }
)
# Words that leave a grantee as wide as everyone or wider: "anyone at all, no matter who they
# are", "any person or legal entity", "You and Your affiliates", "anybody, companies and
# governments included".
_WIDER_GRANTEE = frozenset(
    {"any", "a", "an", "the", "all", "at", "whatsoever", "whoever", "whomever", "whichever"}
    | {"no", "matter", "who", "they", "are", "is", "be", "it", "or", "and", "including", "included"}
    | {"legal", "entity", "entities", "organization", "organizations", "organisation"}
    | {"organisations", "company", "companies", "business", "businesses", "governments"}
    | {"government", "individual", "individuals", "person", "persons", "people", "your", "its"}
    | {"affiliates", "subsidiaries", "anyone", "anybody", "everyone", "everybody", "one"}
    | {"in", "world", "anywhere", "every", "each", "single", "licensee", "you", "user", "users"}
)

# (a narrower test than _ANY_PURPOSE: MIT's "deal in the Software without restriction" is no
# leave to distribute for any purpose)
_SHARE_FOR_ANY_PURPOSE = re.compile(r"\bfor\s+any\s+purpose\b", re.IGNORECASE)
# The word a grant names selling with, and the words it names sharing with.
_SELL = frozenset({"sell", "resell", "sale"})
_SHARING = re.compile(r"\b(?:sublicense|distribute|redistribute|publish)\b[^.;\n]*", re.IGNORECASE)


def _words(text: str) -> set[str]:
    return set(words(text))


def _line_of(paragraph: str, first_line: int, start: int) -> int:
    return first_line + paragraph.count("\n", 0, start)


def _evidence(paragraph: str, first_line: int, match: re.Match[str]) -> Evidence:
    line = _line_of(paragraph, first_line, match.start())
    end = _line_of(paragraph, first_line, match.end())
    return Evidence(start_line=line, end_line=end, text=" ".join(match.group(0).split()))


# "Permission for universities to use ...": a grantee named after "permission for".
_PERMISSION_FOR = re.compile(
    r"\bpermission\s+for\s+(?P<who>[^,.;:()]{1,80}?)\s+to\s+(?:use|copy|modify|distribute|deal|"
    r"reproduce)\b",
    re.IGNORECASE,
)
# A grantee of natural persons alone, narrower than "any person" (which takes in companies).
_INDIVIDUALS_ONLY = re.compile(
    r"^(?:any|every|each|an?)?\s*(?:natural\s+|private\s+)?individuals?$"
)


# "Permission is granted to copy, distribute and/or modify": the act granted, not a grantee.
_AN_ACT = frozenset(
    {"use", "copy", "modify", "distribute", "redistribute", "reproduce", "make", "run", "deal",
     "publish", "sell", "sublicense", "display", "perform", "merge", "translate", "adapt"}
)  # fmt: skip


def _grantee(text: str) -> tuple[str, re.Match[str]] | None:
    m = _GRANTEE.search(text) or _PERMISSION_FOR.search(text)
    if m is None:
        return None
    who = " ".join(words(m.group("who")))
    if who.split(" ", 1)[0] in _AN_ACT:
        return None
    return who, m


def grant_edits(
    reference: str, paragraph: str, first_line: int, base_id: str, *, grants_elsewhere: set[str]
) -> list[Restriction]:
    """The limits the edit of one granting paragraph of a reference adds.

    ``reference`` is the reference's granting paragraph, ``paragraph`` the text's paragraph
    paired with it (which starts at line ``first_line``), ``grants_elsewhere`` the words of the
    text's other granting paragraphs (a word deleted here but granted there is not taken away).
    """
    edit = _Edit(reference, paragraph, first_line, base_id, grants_elsewhere)
    found = (
        _revocable(edit),
        _price(edit),
        _time_limit(edit),
        _purpose(edit),
        _grantee_limit(edit),
        _territory(edit),
        _selling(edit),
    )
    limits = [r for r in found if r is not None]
    if not limits and (scoped := _scoped_insert(edit)) is not None:
        limits.append(scoped)
    return limits


@dataclass(frozen=True)
class _Edit:
    """A reference's granting paragraph and the text's paragraph paired with it."""

    reference: str
    paragraph: str
    first_line: int
    base_id: str
    elsewhere: set[str]

    def at(self, match: re.Match[str]) -> tuple[Evidence, ...]:
        return (_evidence(self.paragraph, self.first_line, match),)

    def added(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """The pattern's first match in the text's paragraph when the reference has none."""
        found = pattern.search(self.paragraph)
        return found if found and not pattern.search(self.reference) else None


def _inserted(edit: _Edit) -> re.Match[str] | None:
    """The first run of words the text's paragraph puts in place of (or beside) the
    reference's, as a match in the paragraph."""
    mine = list(WORD.finditer(edit.paragraph.lower()))
    theirs = words(edit.reference)
    matcher = difflib.SequenceMatcher(None, [m.group(0) for m in mine], theirs, autojunk=False)
    for op, i1, i2, _, _ in matcher.get_opcodes():
        if op in ("replace", "delete") and i1 < i2:  # words of the text, not of the reference
            start, end = mine[i1].start(), mine[i2 - 1].end()
            return re.compile(re.escape(edit.paragraph[start:end])).search(edit.paragraph, start)
    return None


def _scoped_insert(edit: _Edit) -> Restriction | None:
    """Words put into a grant that scope it ("where neither is carried out for monetary gain",
    "solely so that you can assess whether the software meets your needs", "by teams of no
    more than ten people"), typed by the words they hold; a widening insertion ("whether or
    not you modify it", "subject only to the conditions below") is none."""
    inserted = _inserted(edit)
    if inserted is None:
        return None
    words = inserted.group(0)
    start = max(0, inserted.start() - 30)
    around = edit.paragraph[start : inserted.end() + 30]
    # a widening phrase counts where it takes in some of the words put in, not where it is
    # the reference's own ("for any purpose" just after them)
    first, last = inserted.start() - start, inserted.end() - start
    widened = _WIDENS.search(_ANY_OF.sub(" ", around)) is not None or any(
        m.start() < last and m.end() > first for m in _ANY_OF.finditer(around)
    )
    if not (_SCOPE_CUE.search(words) or _RESTRICTING.search(words)) or widened:
        return None
    said = " ".join(words.split())
    return _typed(
        said, f"words put into the grant of {edit.base_id} scope it: {said}", edit.at(inserted)
    )


# "it cannot be revoked": a word for revoking said as what may not happen.
_NOT_TO_BE = re.compile(
    r"\b(?:cannot|can't|can\s+not|may\s+not|will\s+not|won't|never|not)\s+(?:be\s+)?$"
)


def _revocable(edit: _Edit) -> Restriction | None:
    said = edit.added(_REVOKED)
    if said is None or _NOT_TO_BE.search(edit.paragraph[max(0, said.start() - 20) : said.start()]):
        return None
    what = "is irrevocable" if _IRREVOCABLE.search(edit.reference) else "says nothing of revoking"
    return RevocableTerms(
        note=f"the grant of {edit.base_id} {what}; this text's grant may be taken back",
        evidence=edit.at(said),
    )


def _price(edit: _Edit) -> Restriction | None:
    price = edit.added(_PRICE)
    if price is None or _MAY_CHARGE.search(edit.paragraph):
        return None
    said = edit.paragraph[max(0, price.start() - 24) : price.end()]
    if _NO_PRICE.search(said) or _NOT_PRICED.search(price.group(0)):
        return None  # "no fee is required", "without any payment", "for any purpose without fee"
    return OtherRestriction(
        note=f"the grant of {edit.base_id} costs nothing; this text's grant asks a price",
        evidence=edit.at(price),
        affects=("use", "modify", "share"),
    )


def _time_limit(edit: _Edit) -> Restriction | None:
    lasts = edit.added(_FOR_A_WHILE)
    near = edit.paragraph[max(0, lasts.start() - 24) : lasts.end() + 40] if lasts else ""
    if lasts is None or _FOR_EVER.search(near):
        return None
    return OtherRestriction(
        note=f"the grant of {edit.base_id} has no end; this text's grant lasts a limited time",
        evidence=edit.at(lasts),
        affects=("use", "modify", "share"),
    )


def _purpose(edit: _Edit) -> Restriction | None:
    any_purpose = _ANY_PURPOSE.search(edit.reference) is not None
    purpose = edit.added(_SOME_PURPOSE)
    if purpose is None and any_purpose and not _ANY_PURPOSE.search(edit.paragraph):
        # "for any purpose" or "without restriction" replaced by other words: those words
        # say what the grant is for now ("for scientific research")
        purpose = _inserted(edit)
    if purpose is None:
        return None
    around = edit.paragraph[max(0, purpose.start() - 30) : purpose.end() + 30]
    if _PURPOSE_WIDENS.search(around):
        return None  # "whether for commercial or non-commercial purposes", "not only for research"
    said = " ".join(purpose.group(0).split())
    return _typed(
        said,
        f"the grant of {edit.base_id} is for any purpose; this text's is {said}",
        edit.at(purpose),
    )


def _typed(words: str, note: str, evidence: tuple[Evidence, ...]) -> Restriction:
    """A limit put into a grant, of the kind its words name (research, evaluation, pay ...;
    else a field of use)."""
    kind = next((k for k, rx in _INSERT_KINDS if rx.search(words)), "field-of-use")
    if kind == "field-of-use":
        return FieldOfUse(note=note, uses=(words,), evidence=evidence)
    restriction: Restriction = _RESTRICTION.validate_python(
        {"kind": kind, "note": note, "evidence": evidence}
    )
    return restriction


def _grantee_limit(edit: _Edit) -> Restriction | None:
    before, now = _grantee(edit.reference), _grantee(edit.paragraph)
    if now is None or (before is not None and before[0] not in _EVERYONE):
        return None
    extra = set(now[0].split()) - set(before[0].split() if before else ())
    # "any individual" for "any person": natural persons only, companies left out
    individuals = before is not None and bool(_INDIVIDUALS_ONLY.match(now[0])) and bool(extra)
    if not (extra - _WIDER_GRANTEE or individuals) or (before is None and now[0] in _EVERYONE):
        return None
    who = " ".join(now[1].group("who").split())
    said = f"reaches {before[0]}" if before else "names no grantee"
    return ExcludedPersons(
        note=f"the grant of {edit.base_id} {said}; this text's reaches {who}",
        persons=(f"anyone but {who}",),
        evidence=edit.at(now[1]),
    )


def _territory(edit: _Edit) -> Restriction | None:
    known = _words(edit.reference)
    for place in _PLACE.finditer(edit.paragraph):
        named = place.group("place") or place.group("place2") or place.group("place3") or ""
        if _words(named) - known - _NOT_PLACES and place.group(0) not in edit.reference:
            return Territory(
                note=f"the grant of {edit.base_id} is worldwide; this text's holds {named} only",
                excluded=(f"outside {named}",),
                evidence=edit.at(place),
            )
    return None


def _selling(edit: _Edit) -> Restriction | None:
    theirs, mine = _words(edit.reference), _words(edit.paragraph)
    both = mine | edit.elsewhere
    if not theirs & _SELL or both & _SELL or not both & RIGHT_WORDS["share"]:
        return None
    if _SHARE_FOR_ANY_PURPOSE.search(edit.paragraph):
        # leave to distribute "for any purpose" names no selling and needs none: the
        # historical permission notice and ISC say so, and both are open source licenses
        return None
    # shown at the line that lists the rights to share, where selling was
    at = _SHARING.search(edit.paragraph)
    return NoSelling(
        note=f"the grant of {edit.base_id} names selling; this text's grant leaves it out",
        evidence=edit.at(at) if at else (),
    )
