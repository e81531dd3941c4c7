"""Limits written beside an identified license text that the clause rules do not type.

A file that holds a full license text and, around it, lines no reference explains has had
terms added to it ("This software may not be used by the military." under an MIT text). The
clause rules read such lines first. Where they find no limit, a sentence that still has the
shape of one -- a ban on doing something with the work, an "only" on who or what for, a duty
to buy a license, the licensor's right to change the terms -- limits the verdict anyway: it is
typed by the words it names where they say which kind, and is ``other`` where they do not.
Saying "open" while a sentence beside the license forbids something would be a confident
answer about part of the file.

Only additions are read this way. A whole unrecognised text goes through the rules alone, since
there is no license text around it to tell a term from prose.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import TypeAdapter

from licenseclass.clauses.gate import is_prose
from licenseclass.clauses.hits import CONDITIONAL_EXCEPTION
from licenseclass.clauses.sentences import Sentence, split_sentences
from licenseclass.core.model import Evidence, Restriction

__all__ = ["MAX_ADDITION_WORDS", "added_limits"]

_RESTRICTION: TypeAdapter[Restriction] = TypeAdapter(Restriction)
# Added terms are a sentence or a short paragraph; a longer region is read by the rules alone.
MAX_ADDITION_WORDS = 120

# Who or what a term is said of: the licensee, or the work itself.
_PARTY = (
    r"(?:you|licensees?|users?|recipients?|anyone|any\s+(?:one|person|user|licensee)|no\s+one|"
    r"nobody)"
)
_WORK = (
    r"(?:this|the|these|such)\s+(?:\w+\s+)?(?:software|program|code|work|model|weights|library|"
    r"package|files?|font|data\s*set|dataset|data|materials?|product|source(?:\s+code)?|"
    r"binaries|binary|application|tool|icons?|images?|documentation)"
)
_ACT = (
    r"(?:commercial\s+use|(?:any\s+)?use|redistribution|distribution|modification|copying|"
    r"resale|sale|hosting|reproduction|publication|sublicensing)"
)
_NEGATED = (
    r"(?:may|must|shall|can|will|should)\s+(?:not|never)\b|cannot\b|(?:is|are)\s+(?:\w+ly\s+)?"
    r"(?:not\s+(?:permitted|allowed|licen[cs]ed|authori[sz]ed)|prohibited|forbidden|disallowed)\b"
)
# A ban said of the licensee, of the work, or of an act on the work ("Commercial use of the
# Software is prohibited", "This software may not be used by the military").
_BAN = re.compile(
    rf"^(?:\W*\w+\W+){{0,6}}?(?:{_PARTY}|{_WORK}|{_ACT}(?:\s+of\s+{_WORK})?)\b[^.;]{{0,50}}?\b{_NEGATED}|"
    rf"\b{_ACT}\s+of\s+{_WORK}\b[^.;]{{0,80}}\b{_NEGATED}|"
    rf"^\W*no\s+(?:derivative\s+works?|commercial\s+use|redistribution|modifications?)\b[^.;]{{0,60}}"
    rf"\b(?:may|shall|can|are|is)\b"
)
# A scope: the work is licensed, given or usable only so far.
_ONLY = re.compile(
    rf"\b(?:{_PARTY}|{_WORK})\s+(?:may|can|is\s+licen[cs]ed\s+to)\s+(?:\w+\s+){{0,3}}?(?:use|used|"
    rf"copy|copied|distribute|distributed|modify|modified|install|run)\b[^.;]{{0,80}}\b(?:only|"
    rf"solely|exclusively)\b|"
    rf"\b(?:{_PARTY}|{_WORK})\s+(?:may|can|shall|must)\s+(?:be\s+)?(?:only|solely|exclusively)\b|"
    rf"\b(?:licen[cs]ed|provided|granted|available|permitted|free)\s+(?:\w+\s+){{0,3}}?(?:only|"
    rf"solely|exclusively)\s+(?:for|to|by|under|within|in|on)\b|"
    rf"\bfor\s+(?:\w+\s+){{0,3}}(?:use|purposes?)\s+only\b|"
    # a grant for a time: "you may use the program for 30 days"
    rf"\b(?:may|can)\s+(?:\w+\s+)?use\b[^.;]{{0,60}}\bfor\s+(?:a\s+period\s+of\s+)?(?:up\s+to\s+)?"
    rf"\d+\s+(?:days|weeks|months)\b"
)
# A duty to pay or ask before some use.
_MUST_BUY = re.compile(
    r"\b(?:must|shall|will\s+need\s+to|needs?\s+to|are\s+required\s+to|is\s+required\s+to)\s+"
    r"(?:first\s+)?(?:purchase|buy|obtain|acquire|pay\s+for|get)\b[^.;]{0,40}\b(?:licen[cs]e|"
    r"permission|agreement|subscription)|"
    r"\brequires?\s+(?:a\s+|an\s+)?(?:separate|paid|commercial|written|prior|additional)\s+"
    r"(?:\w+\s+)?(?:licen[cs]e|agreement|permission|consent)|"
    r"\bneed\s+(?:our|a|an|the\s+author'?s?|written|prior|explicit)\s+(?:\w+\s+)?(?:permission|"
    r"licen[cs]e|consent|agreement)"
)
# The licensor keeps the right to change or withdraw the terms.
_REVOCABLE = re.compile(
    r"\b(?:may|can|will|reserves?\s+the\s+right\s+to)\s+(?:\w+\s+)?(?:change|modify|amend|update|"
    r"revoke|withdraw|terminate|cancel)\b[^.;]{0,60}\b(?:terms|licen[cs]e|licence|agreement|"
    r"permission)\b[^.;]{0,60}\b(?:any\s+time|without\s+(?:prior\s+)?notice|(?:its|our|their|"
    r"his|her)\s+(?:sole\s+)?discretion|for\s+any\s+reason)"
)
# Bans on something other than the work: names and marks, the notice or license text itself,
# warranty and liability, and the reader's own consequences.
_NOT_ON_THE_WORK = re.compile(
    r"\b(?:names?|trademarks?|trade\s+names?|logos?|marks?|endorse\w*|promote\w*|brand\w*)\b|"
    r"\b(?:this|the|these|such|above|copyright|license|licence|permission)\s+(?:copyright\s+)?"
    r"(?:notices?|headers?|statements?|text)\b|\blicen[cs]e\s+(?:document|text)\b|"
    r"\bcopies\s+of\s+this\s+(?:licen[cs]e|document)\b|"
    r"\b(?:liable|liability|warrant\w*|damages?|merchantab\w*|as\s+is)\b|"
    r"\b(?:except|unless)\s+(?:according\s+to|in\s+accordance\s+with|in\s+compliance\s+with|"
    r"under|as\s+(?:permitted|provided|allowed|set\s+out|stated|described))\b|"
    r"\b(?:misrepresent\w*|claim|pretend)\b|\b(?:at\s+your\s+own|sole)\s+(?:risk|responsibility)\b|"
    r"\b(?:under|of)\s+the\s+(?:terms|gpl|lgpl|gnu)\b|\b(?:licen[cs]ed|available)\s+under\b|"
    # share-alike: "you may distribute the result only under the same or a similar license"
    r"\bunder\s+(?:the\s+same|a\s+similar|a\s+compatible|an?\s+identical|this)\b"
)

# Which kind a limit is, by the words it names; the first that fits wins.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "hosting-restriction",
        re.compile(
            r"\bhost(?:ed|ing)?\b|\bsaas\b|\bas\s+an?\s+(?:\w+\s+)?service\b|\bmanaged\s+service|"
            r"\bservice\s+bureau|\bto\s+third\s+parties\s+over\s+a\s+network"
        ),
    ),
    (
        "output-use",
        re.compile(
            r"\btrain\w*\b[^.;]{0,60}\b(?:models?|machine\s+learning|ai|neural|networks?)\b|"
            r"\bmachine\s+learning\b|\bartificial\s+intelligence\b|\boutputs?\b"
        ),
    ),
    (
        "user-threshold",
        re.compile(
            r"\b(?:more\s+than|over|above|exceed\w*|at\s+least|in\s+excess\s+of)\s+[\d,.]+\s*"
            r"(?:million|thousand|billion|k|m)?\s+(?:\w+\s+){0,2}(?:users|employees|seats|"
            r"developers|installations|devices|customers|members)\b"
        ),
    ),
    ("revenue-threshold", re.compile(r"\b(?:revenues?|turnover|gross\s+sales|income)\b")),
    ("revocable-terms", _REVOCABLE),
    ("research-only", re.compile(r"\bresearch\b|\bacademic\b|\bscientific\b|\bscholarly\b")),
    (
        "evaluation-only",
        re.compile(r"\bevaluat\w*|\btrial\b|\b\d+\s*days?\b|\bdemonstration\s+purposes"),
    ),
    ("non-production", re.compile(r"\bproduction\b")),
    (
        "no-selling",
        re.compile(
            r"^(?!.*\b(?:use|used|using)\b).*\b(?:sell|sold|resell|resold|sale|rent|lease)\b"
        ),
    ),
    (
        "non-commercial",
        re.compile(
            r"\bcommercial\w*|\bfor[\s-]+profit\b|(?<!non-)\bprofit\w*|\bmonetary\b|\bmoney\b|\bmonetiz\w*|"
            r"\bsell\b|\bsold\b|\bpaid\b|\brevenue\b|\bbusiness\w*"
        ),
    ),
    (
        "territory",
        re.compile(
            r"\b(?:countr(?:y|ies)|territor(?:y|ies)|jurisdictions?|nations?)\b|"
            r"\b(?:within|outside(?:\s+of)?|in)\s+(?:the\s+)?(?:european\s+union|eu|united\s+states|"
            r"usa|u\.s\.|united\s+kingdom|china|russia|india|japan|germany|france|canada)\b"
        ),
    ),
    (
        "excluded-persons",
        re.compile(
            r"\b(?:by|to)\s+(?:or\s+(?:on\s+behalf\s+of|for)\s+)?(?:any\s+|the\s+|a\s+)?"
            r"(?:\w+\s+){0,2}(?:military|armed\s+forces|army|governments?|agenc(?:y|ies)|police|"
            r"employees?|compan(?:y|ies)|corporations?|organi[sz]ations?|entit(?:y|ies)|"
            r"persons?|people|individuals?|non-?profits?|charities|students?|members?|"
            r"institutions?|universit(?:y|ies)|schools?)\b|"
            r"^(?:the\s+)?(?:\w+\s+){0,3}(?:military|armed\s+forces|governments?|agenc(?:y|ies)|"
            r"police|employees|compan(?:y|ies)|corporations?|organi[sz]ations?|entities|persons|"
            r"people|individuals)\b[^.;]{0,40}\b(?:may|must|shall|are|is|can)\s+not\b"
        ),
    ),
    (
        "no-derivatives",
        re.compile(
            r"\bmodif\w*|\bderivative\w*|\badapt\w*|\btranslat\w*|\balter\w*|\bchang\w*|\bedit\w*|"
            r"\breverse[\s-]+engineer\w*|\bdecompil\w*"
        ),
    ),
    (
        "no-redistribution",
        re.compile(
            r"\b(?:re)?distribut\w*|\bshar(?:e|ed|ing)\b|\bcop(?:y|ies|ied|ying)\b|"
            r"\brepublish\w*|\bpublish\w*|\bmirror\w*|\bupload\w*|\bgive\s+away|\bgiven\s+away|"
            r"\btransfer\w*|\bsublicen[cs]\w*|\bre-?post\w*|\bmake\s+(?:it\s+)?available"
        ),
    ),
    (
        "field-of-use",
        re.compile(
            r"\bfor\s+(?:\w+\s+){0,4}(?:purposes?|uses?|applications?)\b|\bin\s+(?:\w+\s+){0,3}"
            r"(?:systems?|applications?|environments?|devices?|products?|facilit(?:y|ies))\b|"
            r"\b(?:military|weapons?|surveillance|gambling|nuclear|tobacco|warfare)\b"
        ),
    ),
)


def _limit_shaped(text: str) -> bool:
    if _REVOCABLE.search(text):
        return True
    if not (_BAN.search(text) or _ONLY.search(text) or _MUST_BUY.search(text)):
        return False
    if _NOT_ON_THE_WORK.search(text):
        return False
    return CONDITIONAL_EXCEPTION.search(text) is None


def _kind(text: str) -> str:
    for kind, pattern in _KINDS:
        if pattern.search(text):
            return kind
    return "other"


def _revenue(text: str) -> int | None:
    """The amount of a revenue threshold ("$5 million", "EUR 1,000,000"), when it is stated."""
    m = re.search(r"(\d[\d,.]*)\s*(million|billion|thousand|m|bn|k)?\b", text)
    if m is None:
        return None
    try:
        value = float(m.group(1).replace(",", ""))
    except ValueError:
        return None
    scale = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3}
    amount = int(value * scale.get((m.group(2) or "").lower(), 1))
    return amount if amount > 0 else None


def _restriction(kind: str, s: Sentence, first_line: int) -> Restriction:
    evidence = Evidence(
        start_line=s.start_line + first_line - 1,
        end_line=s.end_line + first_line - 1,
        text=s.text[:160],
        confidence=0.6,
    )
    fields: dict[str, Any] = {"kind": kind, "evidence": (evidence,)}
    fields["note"] = "read from a sentence added beside the license text"
    if kind == "revenue-threshold":
        amount = _revenue(s.norm)
        if amount is None:
            fields["kind"] = "other"
        else:
            fields["amount"] = amount
    return _RESTRICTION.validate_python(fields)


def added_limits(region: str, first_line: int) -> list[Restriction]:
    """The limits that the sentences of ``region`` (file lines from ``first_line``) add, one
    per sentence that has the shape of a limit on the work, in the order they come."""
    found: list[Restriction] = []
    if len(region.split()) > MAX_ADDITION_WORDS:
        return found  # a long unexplained stretch is a text of its own: the rules alone read it
    for s in split_sentences(region):
        text = s.full.lower()
        if is_prose(s.text) and _limit_shaped(text):
            found.append(_restriction(_kind(text), s, first_line))
    return found
