"""The clause rules: one pass over the sentences, each read by every rule.

Rules that need parameters (thresholds, policies, lists of prohibited uses, copyleft scope,
governing law, naming duties) live here; the fixed-form ones are in
:mod:`licenseclass.clauses.patterns`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal, NamedTuple

from licenseclass.clauses.composed import (
    BUSINESS_OR_NON_COMMERCIAL,
    PLACE_NAMES,
    DefinedTerm,
    defined_term_limits,
    definitions,
    read_parts,
    reframed_ban,
    term_limited,
)
from licenseclass.clauses.hits import (
    ADDED_TERMS_BARRED,
    ARCHIVE_PLACE,
    BAN_ADVERB,
    CONDITIONAL_EXCEPTION,
    COUNT_IN_WORDS,
    FOR_PAY,
    IS_BARRED,
    LICENSING_ADVICE,
    NUMBER,
    NUMBER_WORDS,
    PROHIBIT,
    PROHIBIT_KEYS,
    SHIPPED_AS_IS,
    UNNEGATED,
    WORDS_TOO_COMMON_ALONE,
    Grant,
    GrantedRight,
    Hit,
    HitParams,
    find_url,
    for_cause,
    has_any,
    in_sentence,
    licensor_acts,
    make_evidence,
    negated,
    on_its_lines,
    parse_amount,
    unlawful_only,
    without_limits_freed,
)
from licenseclass.clauses.patterns import (
    CLOSED_CODE_BESIDE,
    EDITOR_WARNING,
    NO_CHARGE,
    ON_ITS_OWN,
    OTHER_CODE_BY_TERMS,
    SIMPLE_PATTERNS,
    WITHOUT_SOURCE,
)
from licenseclass.clauses.sentences import LIST_MARKER, Sentence
from licenseclass.core.model import INFORMATIONAL_KINDS, RestrictionKind

# Grants ---------------------------------------------------------------------------------

_GRANT_CUE = re.compile(
    r"\b(?:hereby\s+grants?|grants?\s+(?:to\s+)?(?:you|licensee|the\s+licensee|to\s+any)|"
    r"grants?\s+(?:to\s+)?(?:any|every|each)\s+(?:person|one|user|recipient|licensee)|"
    r"grants?\s+(?:to\s+)?the\s+(?:end\s+)?(?:users?|customers?|recipients?)\b|"
    # the licensee by a defined role: "Cloudera grants to Customer a ... license"
    r"grants?\s+(?:to\s+)?(?:customers?|developers?|subscribers?|purchasers?|users?)\s+(?:an?|the)\s|"
    r"grants?\s+permission\s+to\b|"
    # "the University grants, and Licensee accepts, a royalty-free license"
    r"grants?,?\s+and\s+(?:the\s+)?(?:licensee|you|customer)\s+accepts?,?\s+(?:an?|the)\s|"
    # "Herewith I grant permission for non-commercial use of the constants"
    r"\bgrants?\s+(?:(?:free|full|written)\s+)?permission\s+for\s+(?=[^.;]{0,60}\b(?:use|copying|"
    r"reproduction|distribution|redistribution)\b)|"
    r"you\s+are\s+(?:hereby\s+)?granted|permission\s+is\s+(?:hereby\s+|otherwise\s+|also\s+)?(?:granted|"
    r"given)|"
    # "ISO/IEC gives users of MPEG-7 free license to this software module"
    r"\bgives?\s+(?:to\s+)?(?:you|licensees?|(?:the\s+)?users?(?:\s+of\s+[\w./-]+)?)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:free|non-?exclusive|royalty-free|perpetual|worldwide),?\s+)*licen[cs]e\s+to\b|"
    # ("you may obtain a license from Acme for a fee" offers another licence, grants nothing)
    # (with its affiliates: "The Licensee and its Affiliates may use ... to create derivative
    # works", "... shall be permitted to create Modifications")
    r"(?:you|(?:the\s+)?licensee)(?:\s+and\s+(?:its|your)\s+affiliates)?\s+(?:shall|will)\s+be\s+"
    r"(?:permitted|entitled|allowed)\s+to\b|"
    # (or named twice: "You (the user) may copy", "Licensee, the customer, may")
    r"(?:you|(?:the\s+)?licensee)(?:\s+and\s+(?:its|your)\s+affiliates|\s*\((?:the\s+)?"
    r"(?:users?|licensees?|you|recipients?|customers?)\)|,\s+(?:the\s+)?(?:users?|licensees?|"
    r"recipients?|customers?),)?\s+may\b"
    r"(?!\s+(?:not|obtain|purchase|acquire|buy|request|"
    # ("you may be required to provide information", "you may stop using the APIs")
    # ("any right or remedy you may have under the Consumer Law", "you may have other rights")
    r"be\s+required|need|have|stop|cease|terminate|withdraw|"
    # ("you may contact HP to learn more about any offerings HP may make available": a pointer)
    r"contact|visit|consult|call|e-?mail|write\s+to|refer\s+to|learn|find\s+out|"
    # ("you may wish to use the CyaSSL library", "you may want to try": advice, no leave)
    r"wish|want|like|prefer|"
    r"(?:choose\s+to\s+)?(?:submit|send))\b)|"
    r"you\s+are\s+(?:free|permitted|allowed|entitled)\s+to|"
    # "The licensee is given the right to adapt ...", "It is a right of the licensee to ..."
    r"\b(?:you|(?:the\s+)?licensees?)\s+(?:is|are)\s+given\s+the\s+rights?\s+to\b|"
    r"\bit\s+is\s+a\s+right\s+of\s+(?:the\s+)?licensee\s+to\b|"
    r"\b(?:you|(?:the\s+)?licensees?)\s+(?:have|has)\s+the\s+(?:[\w-]+\s+)?rights?\s+to\b|"
    # the licensee named by role: "the Source Code User may", "end users may"
    # ("Customer may choose to submit comments ... including its modifications": feedback sent
    # to the licensor grants the licensee nothing)
    r"\b(?:users?|licensees|recipients?|customers?|developers?)\s+may\b(?!\s+(?:not|or|(?:choose\s+to\s+)?(?:submit|"
    r"send))\b)|"
    # "The fonts are free for private and charity use": leave to use, for the purposes named
    r"\b(?:is|are)\s+(?:\w+\s+)?free\s+for\s+(?:[\w-]+,?\s+|\([^()]{0,40}\)\s+){0,4}?(?:use|uses|usage)\b|"
    r"licen[cs]es\s+you\s+to|licen[cs]es\s+(?:its|the|this)\s+use\s+to\s+(?:you|licensee)\b|"
    # "This license allows for free use of the app for non-commercial ... purposes"
    r"\blicen[cs]e\s+(?:allows|permits)\s+(?:for\s+)?(?:the\s+)?(?:free\s+)?(?:use|usage)\s+of\b|"
    # a grant spelled out after it: "This includes the right to use, modify ... and distribute
    # the Data", "The licence includes the rights to copy and sublicense"
    r"\b(?:this|which|it|the\s+(?:licen[cs]e|grant|right)s?)\s+(?:also\s+)?includes?\s+the\s+"
    r"(?:(?:[\w-]+|\([^()]{0,40}\))\s+){0,3}?rights?\s+to\b|"
    # "Microchip licenses to you the right to use, modify, copy, and distribute:"
    r"licen[cs]es\s+to\s+(?:you|(?:the\s+)?licensee)\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:rights?|"
    r"licen[cs]e)\s+to\b|"
    r"(?:free|permitted)\s+to\s+(?:use|copy|redistribute|change|modify)|everyone\s+is\s+permitted|"
    r"affirms\s+your\s+unlimited\s+permission|licen[cs]e\s+to\s+(?:use|exercise|reproduce|copy)|"
    # "Licensors grant non-exclusive rights to use the Software": no licensee named
    r"\bgrants?\s+(?:an?\s+)?(?:(?:non-?exclusive|limited|free|perpetual|worldwide|royalty-free|"
    r"(?:ir)?revocable|non-?transferr?able|personal),?\s+(?:and\s+)?){1,5}rights?\s+to\s+"
    r"(?:use|reproduce|copy)\b|"
    r"(?:permits|allows|authori[sz]es)\s+(?:you|anyone|everyone|any\s+person)\s+to|"
    # "We allow you to use, edit and publish", "You are hereby authorized to use, alter and
    # distribute", "You have permission to reproduce", "Anyone may use, change and share"
    r"\b(?:we|i)\s+(?:hereby\s+)?(?:permit|allow|authori[sz]e)\s+(?:you|anyone|everyone)\s+to\b|"
    r"\byou\s+are\s+(?:hereby\s+)?(?:authori[sz]ed|licensed)\s+to\b|"
    # (not a linking exception's "you have permission to link or otherwise combine this program
    # with ...", which leaves the work's own licence to grant)
    r"\b(?:you|(?:the\s+)?licensee)\s+(?:have|has)\s+(?:the\s+)?permission\s+to\b"
    r"(?!\s+(?:link|combine|mix|statically\s+link|dynamically\s+link)\b)|"
    r"\b(?:anyone|everyone|any\s+person)\s+(?:may|can)\b(?!\s+not\b)|"
    # "INRIA and ENPC authorize you free of charge, to reproduce ...": a plural licensor, and
    # the terms of the leave between the licensee and the verb
    r"\b(?:permit|allow|authori[sz]e)s?\s+(?:you|anyone|everyone|any\s+person)\s+"
    r"(?:[\w-]+,?\s+){1,4}?to\s+(?=[a-z])|"
    # "... allow researchers at your Institution to copy and modify Software"
    r"\b(?:permit|allow|authori[sz]e)s?\s+(?:researchers|students|teachers|employees|members)"
    r"(?:\s+(?:at|of)\s+(?:your|the|their)\s+[\w-]+)?\s+to\s+(?=[a-z])|"
    r"\b(?:allows|permits)\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,3}to\s+be\s+(?:used|copied|modified|"
    r"redistributed|distributed)\b|"
    r"you\s+can\s+(?:freely\s+)?(?:use|copy|modify|change\s+(?:it|them|th(?:is|ese|e)\s+"
    r"(?:programs?|software|code))|redistribute|distribute)|feel\s+free\s+to|"
    # ("... may be distributed to You with third-party technology": the licensor's act)
    # ("policies, as may be modified from time to time": the policies change, no leave)
    r"(?<!\bas\s)(?:may|can)\s+be\s+(?:freely\s+)?(?:used|utili[sz]ed|copied|reproduced|modified|"
    r"redistributed|distributed)"
    r"(?!\s+to\s+(?:you|licensee|the\s+licensee)\b)|"
    # ("... with or without modifications are expressly permitted by Whistle Communications")
    r"(?P<after>(?:are|is)\s+(?:hereby\s+)?(?:expressly\s+(?=(?:permitted|granted|allowed)\s+by\b))?"
    r"(?:permitted|granted|permissible|allowed)\b|"
    # "Permission to ... distribute the software in machine readable form is also granted"
    r"(?:are|is)\s+also\s+granted\b(?!\s+to\b))|"
    r"(?P<waiver>\bwaives?,?\s+(?:abandons?|and\s+surrenders?)|\bdedicates?\b[^.]{0,60}\bpublic\s+"
    r"domain|"
    # "This database is in the public domain", "I hereby release this code into the public
    # domain": the work's status, every right with it
    r"^(?!(?:some|portions?|parts?|most|many|several|certain|other)\b)(?:(?:this|the|these|all)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:is|are|has\s+been|have\s+been)\s+(?:hereby\s+)?"
    r"(?:(?:placed|released|put|dedicated)\s+)?(?:in|into|to)\s+the\s+public\s+domain\b|"
    r"\b(?:hereby|has|have)\s+(?:placed|released|put|dedicated|place|release|dedicate)s?\s+(?:this|the|"
    r"these|my|our|all|it|them)\b[^.;]{0,40}?\b(?:in|into|to)\s+the\s+public\s+domain\b|"
    r"\bdo\s+(?:with\s+(?:it|them|this\s+\w+)\s+)?(?:what|whatever|whatsoever|anything)\s+(?:\w+\s"
    r"+){0,3}"
    r"you\s+(?:want|like|wish|please)\b))"
)
_INFRINGED_BY = re.compile(
    r"\b(?:infringed|practi[cs]ed|read\s+on|embodied)\s+(?:solely\s+)?by\s+(?:your\s+|the\s+|such\s+|any\s+)?"
    r"(?:derivative\s+works?|modifications?|modified\s+versions?|contributions?)\b"
)
# "are allowed to <verb> the ...": the leave is for the act named after the cue, not for the words
# before it (not "are permitted to educational institutions", a grantee)
_TO_AN_ACT = re.compile(
    r"\s+to\s+(?!be\b|do\b)[a-z]+\s+(?:the|a|an|it|them|this|these|those|any|all|your|their|its|"
    r"such)\b"
)
_GRANT_VERBS: tuple[tuple[GrantedRight, re.Pattern[str]], ...] = (
    (
        "use",
        re.compile(
            # ("a license to practice any invention claimed in the Licensed Patents": a patent
            # license's leave to use the invention)
            r"\b(?:use|used|using|run|execute|deal\s+in|exercise\s+the\s+licensed\s+rights|"
            r"practi[cs]e\s+(?:any\s+|the\s+)?inventions?|"
            r"do\s+everything\s+(?:you\s+might\s+do|with)|do\s+any\s+act\s+that\s+is\s+restricted)\b"
        ),
    ),
    # "a copy of this license accompanies the Firmware" names the terms, not a right to copy
    (
        "reproduce",
        re.compile(
            r"(?<!licensed\s)(?<!each\s)(?<!every\s)(?<!your\s)(?<!obtaining\sa\s)(?<!use\sa\s)(?<!use\sone\s)"
            # "you may find a copy of the source at ...": where to look, not leave to copy
            r"(?<!find\sa\s)(?<!request\sa\s)(?<!obtain\sa\s)"
            # ("use the provided object code copy of the Software": the copy one was given)
            r"(?<!code\s)(?<!provided\s)"
            r"\b(?:reproduc\w*|cop(?:y|ied|ies|ying))\b"
            r"(?!\s+of\s+(?:this|the|these)\s+(?:licen[cs]e|agreement|terms|eula|notice)\b)"
        ),
    ),
    (
        "modify",
        re.compile(
            r"\b(?:modif\w*|make\s+modifications|alter|"
            r"(?<=,\s)change\b|\bchange(?=,)|(?<=,\s)edit\b|\bedit(?=,)|"
            # "you may change this program", "free to change it": the verb right after the leave
            # (its object the work: "change the feed URL" or "change the file name" is no leave)
            r"(?:(?<=\bmay\s)|(?<=\bcan\s)|(?<=\bfree\sto\s))change\s+(?:it|them|(?:this|these|the|"
            r"such)\s+(?:programs?|software|works?|code|source(?:\s+code)?|library|package|documents?|"
            r"fonts?|data))\b(?!['’]s|\s+(?:files?|names?|urls?|settings?|feeds?|terms?)\b)|"
            r"(?:create|prepare|make|generate)\s+"
            r"(?:derivative|derived)\s+works?|adapt|adapted\s+material|"
            r"translate|fine[- ]?tune|(?:create|prepare)\s+derivatives|work\s+based\s+on|"
            r"adaptations?|"
            # (leave to use derivative works someone else made is leave to use: "may use any
            # derivative works of the Licensed Products for its own internal requirements")
            r"(?<!\buse\s)(?<!\buse\sany\s)(?<!\buse\sthe\s)(?<!\buse\ssuch\s)"
            r"derivative\s+(?:works?|models?|versions?)|(?:make|making)\s+changes|"
            r"new\s+works\s+based\s+on|derivatives?\s+of\s+(?:it|them|the|this)\b|"
            # "free to use any code ... in their applications": code built into other programs
            r"use\s+(?:any\s+|the\s+|this\s+)?(?:code|source|routines|functions)\b[^.;]{0,60}\bin"
            r"\s+"
            r"(?:your|their|his|her|its)\s+(?:own\s+)?(?:applications?|programs?|projects?|products?)|"
            r"do\s+everything\s+(?:you\s+might\s+do|with)|do\s+any\s+act\s+that\s+is\s+restricted)\b"
        ),
    ),
    (
        "distribute",
        re.compile(
            # ("for your internal use and internal redistribution": copies kept in the house)
            # ("distribute internally" keeps copies in the house too)
            r"\b(?:(?<!internal\s)(?:re)?distribut(?!ors?\b)(?!\w*\s+within\s+your\s+organi[sz]ation)"
            r"(?!\w*\s+internally\b)\w*|"
            r"share|(?<=\bor\s)shared|(?<=\bbe\s)shared|publish"
            r"|convey|"
            r"propagate|make\s+available|sell|publicly\s+(?:display|perform)|"
            # "You may copy it, give it away or re-use it"
            r"give\s+(?:(?:it|them|copies|(?:this|the)\s+\w+)\s+)?away|"
            # (not a machine's role: "Host/Client Pairs", "host-based", "host computer")
            r"host(?![/-])(?!\s+(?:software|operating|system|computer|device|machine|counts?|names?|ids?|"
            r"files?))|"
            # "deploy the script files ... to a web server": put where others receive them
            r"deploy\w*(?=[^.;]{0,120}\bto\s+(?:an?\s+|the\s+|your\s+|any\s+)?(?:web\s+)?(?:servers?|"
            r"sites?|end[- ]users?|customers?|third\s+parties)\b)|"
            r"do\s+everything\s+(?:you\s+might\s+do|with)|do\s+any\s+act\s+that\s+is\s+restricted)\b"
        ),
    ),
    ("sublicense", re.compile(r"\bsublicen[cs]e\b(?!able)")),
)
_QUALIFIERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("any person", re.compile(r"\b(?:to\s+any\s+person|everyone|anyone|all\s+persons)\b")),
    ("non-exclusive", re.compile(r"\bnon-?\s?exclusive\b")),
    ("worldwide", re.compile(r"\bworld-?\s?wide\b")),
    ("royalty-free", re.compile(r"\broyalty-?\s?free\b|\bfree\s+of\s+charge\b|\bno-charge\b")),
    ("perpetual", re.compile(r"\bperpetual\b")),
    ("irrevocable", re.compile(r"\birrevocable\b")),
    ("revocable", re.compile(r"(?<!ir)\brevocable\b")),
    ("non-transferable", re.compile(r"\bnon-?\s?transferr?able\b")),
    ("non-sublicensable", re.compile(r"\bnon-?\s?sublicen[cs]e?able\b")),
    ("limited", re.compile(r"\blimited\s+licen[cs]e\b")),
)
# Permission to use a name or mark is about branding, not about the work.
_BRAND = re.compile(
    r"\buse\s+(?:our|its|the|their|any|such)\s+(?:\w+\s+)?(?:names?|trademarks?|logos?|marks?|brand)\b|"
    r"\(the\s+\"mark\"\)"
)
# "You hereby grant to Apple a licence to ...", "Microsoft is granted back ...": rights the
# licensee gives the licensor (feedback, contributions) say nothing of the licensee's rights.
_GRANT_BACK = re.compile(
    r"\byou\s+(?:hereby\s+)?grants?\b|"
    # "you give Google (and those we work with) a worldwide license to use ... such content"
    r"\byou\s+(?:hereby\s+)?give\s+[\w.&-]+(?:\s+\([^()]{0,60}\))?\s+an?\s+(?:[\w-]+,?\s+){0,10}?licen[cs]e\b|\bgrants?\s+(?:back\s+)?to\s+(?:us|licensor|the\s+licensor)\b|"
    r"\b(?:is|are)\s+(?:hereby\s+)?granted\s+back\b|\bgrant\s+back\b|"
    r"\bgrants?\s+to\s+(?!you\b|your\b|licensee|the\s+licensee|recipients?\b|any\b|all\b|each\b|"
    r"every\w*|anyone|the\s+user|users?\b|the\s+recipient|(?:customers?|developers?|subscribers?|"
    r"purchasers?)\b)[\w.&-]+(?:\s+[\w.&-]+)?\s+an?\s+"
    r"(?:[\w-]+,?\s+){0,10}licen[cs]e\b"
)
_PATENT_GRANT = re.compile(
    r"\bpatent\s+licen[cs]e\b|\bunder\s+[^.]{0,40}\bpatent|\binventions?\s+claimed\s+in\b"
)
_COMMERCIAL_GRANT = re.compile(
    r"\bcommercial\s+(?:or|and(?:/or)?)\s+non-?\s?commercial\b|"
    r"(?<!non-)(?<!non )(?<!non- )\bcommercial\s+(?:use|purposes?|uses|applications?)\b"
)


_OF_OUTPUTS = re.compile(
    r"\b(?:use|exploit|commerciali[sz]e|distribute)\s+(?:the\s+|any\s+|such\s+|your\s+)?"
    r"(?:outputs?|generated\s+(?:content|images?|text))\b|"
    r"\boutputs?\s+(?:may|can)\s+be\s+used\b"
)
_BANNED_AFTER = re.compile(
    # ("commercial use of the Software is prohibited": the work named between)
    r"(?:\s+of\s+(?:the|this|these|its)\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"\s+(?:is|are)\s+" + BAN_ADVERB + r"(?:forbidden|"
    r"prohibited|not\s+(?:permitted|allowed|authori[sz]ed|licen[cs]ed))\b"
)


# A grant's own exception: "other than distributing the software or making changes".
_CARVE_OUT = re.compile(
    r"\b(?:other\s+than|except(?:\s+for)?|excluding)\s+(?:the\s+rights?\s+to\s+)?"
    r"(?P<what>(?:[a-z]+ing|modify|distribute|redistribute|sell|sublicen[cs]e)\b[^.;]{0,160})|"
    # "the rights to copy, modify ... and/or sell copies of the Software, but NOT including the
    # right to run, execute or use the Software": any right may be named after it
    r"\bbut\s+not\s+including\s+the\s+rights?\s+to\s+(?P<what2>[^.;]{0,160})"
)
# The leave to use, as a carve-out names it.
_USE_WITHHELD = re.compile(r"\b(?:run|execute|use)\b")


def _carved_out(tail: str, rights: tuple[GrantedRight, ...]) -> tuple[GrantedRight, ...]:
    """The rights a grant's carve-out withholds: "... everything you might do with the
    software, other than distributing it or making changes" grants neither act."""
    carve = _CARVE_OUT.search(tail)
    if carve is None:
        return ()
    what = carve.group("what") or carve.group("what2")
    withheld = tuple(name for name, rx in _WITHHELD if name in rights and rx.search(what))
    if carve.group("what2") and "use" in rights and _USE_WITHHELD.search(what):
        withheld += ("use",)
    return withheld


_WITHHELD: tuple[tuple[GrantedRight, re.Pattern[str]], ...] = (
    (
        "modify",
        re.compile(
            r"\b(?:mak\w+|creat\w+|prepar\w+)\s+(?:any\s+)?(?:changes|modifications|derivative|"
            r"adaptations)|\bmodif\w*|\bnew\s+works\s+based\b|\badapt\w*|\btranslat\w*"
        ),
    ),
    (
        "distribute",
        re.compile(r"\b(?:re)?distribut\w*|\bsharing\b|\bpublish\w*|\bsell\w*|\bsublicens\w*"),
    ),
)
_LICENSE_DOCUMENT = re.compile(
    r"\b(?:copy|copies|distribute|redistribute)\b[^.;]{0,40}?(?<!under\s)\b(?:this|the)\s+licen[cs]e(?:\s+document|"
    r"\s+text|\s+agreement)?\b(?!\s+(?:or|and|to|for|from|under)\b)(?:\s+without\s+modification|\s"
    r"*[,.;]|"
    r"\s+document|\s*$)"
)
# "You may only use, reproduce, modify, or distribute MediaTek Software if you have agreed to
# ... the applicable license agreement with MediaTek": the leave is another agreement's
_IF_OTHER_AGREEMENT = (
    r"\b(?:may|can)\s+only\s+(?:use|copy|reproduce|modify|distribute)\b[^.]{0,120}?\bif\s+you\s+"
    r"have\s+(?:\w+\s+){0,3}?(?:agreed\s+to|entered\s+into|accepted|executed|signed)\b[^.]{0,120}?"
    r"\b(?:applicable|separate|written|valid)\s+(?:\w+\s+)?(?:licen[cs]e\s+)?agreement\s+with\b"
)
_LEAVE_ELSEWHERE = re.compile(_IF_OTHER_AGREEMENT)
_AS_PATCHES = re.compile(
    r"\b(?:may|can)\s+(?:\w+\s+){0,3}?(?:generate|create|make|distribute|prepare)\s+(?:\w+\s+){0,3}?"
    r"(?:derived\s+works|derivative\s+works|modifications|changes)\b[^.;]{0,60}\b(?:by\s+means\s+of|"
    r"in\s+the\s+form\s+of|as|such\s+as)\s+(?:separate\s+)?patch(?:es|\s+files)\b"
)
_ONLY_ELSEWHERE = re.compile(
    r"\s*only\s+(?:under|with|by|pursuant\s+to)\s+(?:a|an|the)\s+(?:separate|commercial|written|\w"
    r"+\s+"
    r"commercial)\b"
)
_ONLY_UNDER = re.compile(
    r"[^.;]{0,80}\b(?:permitted|allowed|available|granted)\s+only\s+(?:under|with|by|pursuant\s+to)\b|"
    # "commercial use requires the purchase of a commercial licence"
    r"\s+(?:requires?|needs?)\s+(?:the\s+purchase\s+of\s+)?(?:a|an)\s+(?:separate\s+|paid\s+)?"
    r"(?:commercial\s+)?licen[cs]e\b"
)


# "without modification" names a right that is not given ("with or without" gives it).
_WITHOUT_CHANGES = re.compile(
    r"(?<!with\sor\s)\bwithout\s+(?:any\s+)?modifications?\b|"
    # "the right to make such modifications as are technically necessary" (format shifting)
    r"\bmodifications?\s+as\s+(?:are\s+)?technically\s+necessary\b"
)


# "... are permitted provided that the following conditions are met:": the items are duties.
_CONDITIONS_LEAD = re.compile(
    r"\bfollowing\s+(?:conditions|restrictions|requirements|terms(?:\s+and\s+conditions)?)"
    r"(?:\s+(?:are\s+met|apply|are\s+satisfied))?\s*$|\b(?:provided|providing)(?:\s+that)?\s*$|"
    r"\b(?:as|so)\s+long\s+as\s*$"
)


# A lead-in that ends on the licence granted, its items the acts: "the University grants, and
# Licensee accepts, a royalty-free, non-exclusive license:" / "A. To use ...".
_LICENSE_LEAD = re.compile(
    r"\bgrants?\b(?:,?\s+and\s+[\w\s]{1,30}?\s+accepts?,?)?\s+(?:to\s+[\w\s]{1,30}?\s+)?(?:an?|the)\s+"
    r"(?:[\w-]+,?\s+){0,6}?licen[cs]e\W*$"
)
_LEAD_BANS = re.compile(r"\b(?:may|shall|must|will|can)\s+not\W*$|\bagree\s+not\s+to\W*$")


def _open_grant(lead: str) -> bool:
    """Whether a list lead-in grants rights that its items name ("grants You a license:")."""
    if not lead or not has_any(lead, ("grant", "may", "permi", "licen")):
        return False
    if _LEAD_BANS.search(lead):
        return False  # "... as follows: (A) You may: ... (B) You may not:" above its items
    if _LICENSE_LEAD.search(lead):
        return True  # "the University grants, and Licensee accepts, a non-exclusive license:"
    cue = _GRANT_CUE.search(lead)
    if cue is None or negated(lead, cue.start()) or _CONDITIONS_LEAD.search(lead):
        return False
    if re.search(r"\b(?:do\s+the\s+following|as\s+follows)\b[^.;]{0,60}$", lead[cue.start() :]):
        return True  # "a license to do the following for Your Research Use only:"
    return lead.endswith(" to") or not any(rx.search(lead[cue.end() :]) for _, rx in _GRANT_VERBS)


# "you may do with it whatsoever you please": leave to do anything (the cue is "you may").
_WAIVER = re.compile(
    r"\bdo\s+(?:with\s+(?:it|them|this\s+\w+)\s+)?(?:what|whatever|whatsoever|anything)\s+(?:\w+\s"
    r"+){0,3}"
    r"you\s+(?:want|like|wish|please)\b|"
    # "to deal with the Software without restriction" (not where a list of the rights follows:
    # "..., including without limitation the rights to use, copy, ...")
    r"\bdeal\s+(?:in|with)\s+the\s+[\w-]+,?\s+without\s+restriction\b(?!,?\s+including\b)"
)
_GRANT_GATE = (
    "grant", "may", "permi", "free", "licen", "entitled", " can ", "whatever", "whatso", "allow",
    "authori", "public domain",
)  # fmt: skip
_OWN_NEED = re.compile(
    r"\bonly\b[^.;]{0,80}\bfor\s+(?:\w+\s+){0,2}?(?:archiv\w*|backup)\b|\bessential\s+step\b"
)
_MAY_NEED = re.compile(r"\s+(?:also\s+|still\s+)?(?:need|have|be\s+required)\s+to\b")
_ENDS_TERMS = re.compile(r"\s+(?:\w+\s+)?(?:terminate|cancel|end|discontinue)\b")
_IF_PERMITTED = re.compile(r"\b(?:if|whether)\s+(?:\w+\s+){0,3}$")


class _Found(NamedTuple):
    """A grant sentence: the grant, whether it covers patents and commercial use, and the
    rights its own exception keeps back ("other than distributing the software")."""

    grant: Grant
    patent: bool
    commercial: bool
    withheld: tuple[GrantedRight, ...]
    words: str  # the sentence as the grant was read (a list item after its lead-in)


_NO_OTHER = re.compile(
    r"\bno\s+(?:other\s+|further\s+)(?:[\w-]+\s+){0,3}?(?:rights?|licen[cs]es?)\b"
)


# The sentence opens with the leave itself: "License to use and distribute ...", "Permission to
# copy ...", "The right to modify ...".
_LEAVE_NAMED_FIRST = re.compile(
    r"\W*(?:the\s+|a\s+)?(?:licen[cs]e|permission|right)\s+to\s+(?:freely\s+)?[a-z]+"
)


def _no_leave(s: Sentence, text: str, cue: re.Match[str]) -> bool:
    """Whether a grant cue gives no leave after all (a name, a grant back, another license)."""
    if s.lead and text == s.full and _DENIED_ITEM.match(s.norm):
        return True  # "(d) No License is granted ... for the Commercial Use": an item that denies
    at = cue.start() - (len(text) - len(s.norm))
    if at >= 0 and " " in cue.group(0) and s.text[at : at + len(cue.group(0))].istitle():
        return True  # "The Protected Free To Use Software License": a name, not leave
    if cue.group("after") and _IF_PERMITTED.search(text, 0, cue.start()):
        return True  # "check the laws ... to see if this is permitted"
    if cue.group("after") and _NO_OTHER.search(text, 0, cue.start()):
        return True  # "No other rights to reproduce, use or disseminate it are granted"
    if (
        cue.group("after")
        and "expressly" not in cue.group(0)
        and re.match(r"\s+by\b", text[cue.end() :])
        # ("License to freely use and distribute this software is hereby granted by the author")
        and not _LEAVE_NAMED_FIRST.match(text)
    ):
        # "This Licence applies to the use of X ... and is granted by Y" (but "use and
        # redistribution ... are expressly permitted by Whistle" gives leave)
        return True
    if _GRANT_BACK.search(text):
        return True
    if _LICENSE_DOCUMENT.search(text, cue.start()):
        return True  # "permitted to copy and distribute verbatim copies of this license document"
    if _ENDS_TERMS.match(text, cue.end()):
        return True  # "Customer may terminate this agreement by destroying all copies"
    if _MAY_NEED.match(text, cue.end()):
        return True  # "You may also need to reactivate the Software if you modify ...": a maybe
    if _LEAVE_ELSEWHERE.search(text):
        return True
    # "is permitted only under a Sun commercial license": not granted here
    return _ONLY_ELSEWHERE.match(text, cue.end()) is not None


# Grant verbs that give no right over the work (clausegen3) ----------------------------------

# "This Agreement may be modified only by a writing signed by both parties": the terms change.
_TERMS_SUBJECT = re.compile(r"\b(?:licen[cs]e|agreement|terms|eula)\s+(?:itself\s+)?$")
# Rights over feedback go to the licensor: "should you provide Acme with comments ..., Acme
# will be free to use, disclose, reproduce ... them".
_FEEDBACK = re.compile(r"\b(?:feedback|suggestions?|comments|ideas|input)\b")
# ("Acme will be free to use ...", "Acme will have a royalty-free, perpetual license to use ...")
_ITS_SUBJECT = re.compile(
    r"\b(?P<who>[\w.&'-]+)\s+(?:will|shall|would)\s+(?:be\s+|have\s+(?:an?\s+)?(?:[\w-]+,?\s+"
    r"(?:and\s+)?){0,10})$"
)
_READER_WORDS = frozenset(
    ("you", "licensee", "licensees", "user", "users", "recipient", "recipients", "customer",
     "everyone", "anyone", "person", "and", "or")
)  # fmt: skip
# "No reverse engineering ... is permitted, nor any modification": the clause opens with "no".
_NO_SUBJECT = re.compile(r"^\W*(?:\(?(?:\d+|[a-z]|[ivx]+)[.)]\s*)?(?:no|neither)\b")


# "products ... where the likeness of the Font can be reproduced": a passive inside a clause
# that describes a thing says what can happen to it, not what the licensee may do.
_DESCRIBING = re.compile(
    r"\b(?:where|whereby|in\s+which|such\s+that|so\s+that)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){1,6}$"
)

# "we will clearly identify the Content you are authorized to redistribute": a clause that
# picks out which things, the leave for them given (or not) elsewhere.
_PICKED_OUT = re.compile(
    r"\b(?:identify|identifies|specify|specifies|indicate|indicates|designate|designates|"
    r"(?:tell|show|let)\s+you\s+know)\s+(?:to\s+you\s+)?(?:the|which|what|any)\s+"
    r"(?:[\w'\u2019-]+\s+){1,4}?(?:that\s+|which\s+)?$"
)


def _not_over_the_work(text: str, cue: re.Match[str]) -> bool:
    """Whether a grant cue's verbs are about the terms, a grant to the licensor or a ban."""
    before = text[: cue.start()]
    if cue.group(0).startswith(("may", "can")) and _TERMS_SUBJECT.search(before):
        return True
    if cue.group(0).startswith(("may be", "can be")) and _DESCRIBING.search(before):
        return True
    if cue.group(0).startswith("you ") and _PICKED_OUT.search(before):
        return True
    if _FEEDBACK.search(text) and not cue.group("after"):
        who = _ITS_SUBJECT.search(before)
        if who and who.group("who") not in _READER_WORDS:
            return True
    if cue.group("after"):
        clause = before[max(before.rfind(";"), before.rfind(":"), before.rfind(". ")) + 1 :]
        return _NO_SUBJECT.match(clause) is not None
    return False


_GRANT_NEGATION = re.compile(
    r"\b(?:provided|so\s+long\s+as|on\s+condition)\b[^.;]{0,120}?"
    r"\b(?:are|is|shall|may|must|will)\s+not\s+(?:to\s+)?be\s+(?:\w+\s+)?(?:or\s+)?"
    r"(?:re)?(?:published|distributed|modified|sold|copied|transferred|disclosed)\b"
)


_NEGATED_ACTS = re.compile(
    r"\b(?:without|excluding|except(?:\s+for)?|but\s+not|not\s+including)\s+(?:the\s+|any\s+)?"
    # (up to ", to", where the grant's own acts resume: "without the right to sublicense, to
    # (a) install ... and (b) distribute")
    r"(?:rights?|licen[cs]e|permission)\s+to\s+(?:(?!,\s*to\s)[^.;:()]){0,60}|"
    # "permits only the viewing and printing (and not the editing, altering, or modifying)"
    r"\((?:and|but)\s+not\b[^()]{0,120}\)?|"
    r"\bno\s+rights?\s+to\s+[^.;:()]{0,60}|"
    # "to use this software, but not to alter it or redistribute it"
    r"\b(?:but|and)\s+not\s+(?!(?:limited|restricted|only|just|necessarily|least)\b)"
    r"[^.;:()]{0,60}|"
    # (up to the clause's end: "may not sublicense it but may distribute it" keeps the second)
    # (a list of acts runs past its commas: "may not otherwise modify, adapt, translate, or
    # create derivative works")
    r"\b(?:may|shall|must|will|can|do|does)\s+not\s+(?:be\s+)?(?:(?!\b(?:but|however|yet|may)\b)[^.;:(),]){0,40}"
    r"(?:,\s*(?:or\s+|and\s+)?(?!(?:but|however|yet|you|licensee|provided|except|unless|"
    r"subject|if)\b)(?:(?!\b(?:but|however|yet|may|you|licensee|provided)\b)[^.;:(),]){1,40})*|"
    r"\bcannot\s+(?:be\s+)?(?:(?!\b(?:but|however|yet|may)\b)[^.;:(),]){0,40}"
)
_TO_OWN_MACHINES = re.compile(
    r"\bdistribut\w*\s+[^.;]{0,40}?\bto\s+(?:the\s+|your\s+|its\s+|other\s+)?(?:own\s+)?"
    r"(?:computers|servers|workstations|devices|nodes|machines|host/client)\b[^.;]*"
)
_OTHER_WORK_SHARED = re.compile(
    r"\bto\s+(?:(?:design|develop|build|create|write|implement|test|make|market)\w*,?\s+"
    r"(?:and/or\s+|and\s+|or\s+)?)+"
    r"(?:(?:re)?distribut\w*|sell|publish|market)\s+(?:your\s+|their\s+|its\s+|licensee's\s+|an?\s+)?"
    r"(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:applications|apps|products|programs|services|integrations|"
    # "Use the Font to create and distribute graphics, logos, and artwork": what the font made
    r"graphics|logos|artwork|images|illustrations|designs|"
    # "to create and/or distribute an Independent Implementation of the Specification"
    r"(?:independent\s+|compliant\s+|conforming\s+)implementations?|"
    # "to create and/or distribute an implementation of the Specification that ..."
    r"implementations?\s+of\s+(?:the|this|such)\s+(?:[\w-]+\s+)?specifications?)\b|"
    # "distribute Font Software embedded in a document": the document goes out, not the font
    r"\b(?:re)?distribut\w*\s+(?:the\s+)?(?:[\w-]+\s+)?(?:font\s+software|fonts?|typefaces?)\s+"
    r"(?:\w+\s+)?embedded\s+(?:in|within|into)\s+(?:an?\s+|any\s+|the\s+|such\s+)?(?:[\w\"'-]+\s+){0,5}?"
    r"documents?\b|\bembedded\s+in\s+(?:such|the|a|any)\s+documents?\s+(?:is|are)\s+(?:re)?distributed\b|"
    # "embed Bitstream typefaces within PostScript-Language files, .PDF files ... for distribution"
    r"\bembed\w*\W{0,2}\s[^.;]{0,40}?\b(?:within|in|into)\s[^;]{0,80}?\b(?:files|documents)\s+"
    r"for\s+(?:re)?distribution\b|"
    # "... only when the Font Software ... is distributed in a secure format": a fact the
    # grant's condition states, no leave of its own
    r"(?<=\bis\s)(?:re)?distributed\b|(?<=\bare\s)(?:re)?distributed\b|"
    # "install the copies sufficient to distribute content to the seats": what a server or
    # player sends out is the content, not the software
    r"\b(?:sufficient\s+to|to|in\s+order\s+to)\s+(?:stream\s+(?:and|or)\s+)?(?:re)?distribut\w*\s+"
    r"(?:your\s+|the\s+|such\s+|any\s+)?(?:[\w-]+\s+)?(?:content|media|video|audio|streams?|"
    r"broadcasts?|signals|messages|e-?mails?)\b"
)
# "... previews that Microsoft may make available": what the licensor may offer is no leave
_LICENSOR_OFFERS = re.compile(
    r"\b(?!you\b|licensee\b|customer\b)[a-z][\w.&'-]*\s+(?:may|will|might|can)\s+(?:\w+\s+)?"
    r"make\s+(?:\w+\s+){0,3}?available\b"
)
_RESULTS_PUBLISHED = re.compile(
    r"\W*(?:\w+\s+){0,3}?(?:publish|present|disclose)\b(?:\s+\([^()]{0,60}\))?\s+(?:(?:\w+\s+){0,3}?"
    r"(?:on|about|of)\s+)?(?:your\s+|the\s+|any\s+)?(?:performance\s+|benchmark\s+|test\s+)?"
    r"(?:results?|findings|benchmarks?|performance|tests?)\b"
)
# (wider than _OTHER_LICENSE, which the grant readers share: plural "licenses" and longer names,
# as in "the Mozilla Public and other open source software licenses")
_UNDER_OTHER_TERMS = re.compile(
    r"\bunder\s+(?:the\s+terms\s+of\s+)?(?:the\s+)?(?!this\b|these\b|such\b)(?:[\w.-]+\s+){1,8}?"
    r"licen[cs]es?\b|"
    r"\bunder\s+(?:separate|different|other|its\s+own|their\s+own)\s+(?:[\w-]+\s+){0,3}?(?:terms|licen[cs]es?)\b"
)
_PART_UNDER_OTHER_TERMS = re.compile(
    r"\b(?:certain|some|specific)\s+(?:[\w-]+\s+){0,4}?(?:functionality|features?|components?|files|"
    r"modules|librar(?:y|ies)|portions?|parts?)\b|"
    # "Other Acme software may be distributed ... under separate license terms"
    r"\bother\s+(?:[\w-]+\s+){0,2}?(?:software|products?|programs?|tools?)\b"
)


# What a leave may be over that is not the work: the user's settings, account or keys, someone
# else's content, an app's identifier.
_ACT = r"(?:share|sell|assign|transfer|modify|distribute|copy|use|publish|change|display)"
_NOT_WORK_GRANT = re.compile(
    rf"[^.;]{{0,120}}?\b{_ACT}\b(?:,?\s+(?:and\s+|or\s+)?{_ACT}\b)*"
    r"\s+(?:(?:the|an?|any|such|your|its|their|our|someone\s+else's|other\s+people's|others')\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:settings|preferences|app\s+ids?|accounts?|credentials|api\s+keys?|"
    r"passwords?|feedback|(?:creative|user)\s+content|(?:user\s+)?submissions|(?:active\s+)?sessions?|"
    r"(?:access|personal|contact|account)\s+information|brand\s+features|"
    # a font's characters imported into a drawing as graphics, not the font
    r"graphic(?:al|s)?\s+objects)\b"
)
_A_SETTING = re.compile(
    r"\b(?:function|feature|setting|option|configuration|parameter|preference)s?\s+$"
)
_LICENSEE_GRANTS = re.compile(
    r"\b(?:you|licensee|customer|(?:end\s+)?user|subscriber|client|member)\s+"
    r"(?:(?:also|hereby|do|will|shall|and)\s+){0,5}grants?\b|"
    # a contributor's certificate: "I hereby grant The ANTLR Project a ... license"
    r"\bi\s+(?:(?:also|hereby|do|will)\s+){0,3}grant\s+(?:to\s+)?the\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:project|foundation|maintainers|authors|developers|team)\b"
)


# (a numbered section, "3.3"; a one-level "2. Distribution" may be the grant's own list item)
_HEADING = re.compile(r"\W*\d+\.\d+(?:\.\d+)*\.?\s+[a-z][\w\s/&,-]{0,40}\.?\s*")


# A list item under a grant's lead-in that gives no leave but denies it.
_DENIED_ITEM = re.compile(
    r"\W*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:no\s+(?:licen[cs]es?|rights?|permission)\b|nothing\b|"
    r"(?:you|licensee)\s+(?:may|shall|must)\s+not\b)"
)


def _grant(s: Sentence) -> _Found | None:
    """The grant in ``s`` if any, and whether it covers patents and commercial use."""
    # A list item is read with its lead-in only when the lead-in is an unfinished grant
    # ("... grants You a license to:"); items under "provided that you meet these
    # conditions:" are duties, not grants.
    # (a section heading under the lead-in, "3.3 Distribution.", is no item of its grant)
    heading = _HEADING.fullmatch(s.norm) is not None
    text = s.full if _open_grant(s.lead) and not heading else s.norm
    if not has_any(text, _GRANT_GATE):
        return None
    cue = _GRANT_CUE.search(text)
    if cue is None or negated(text, cue.start()) or _BRAND.search(text):
        return None
    if _no_leave(s, text, cue) or _not_over_the_work(text, cue):
        return None
    if _RESULTS_PUBLISHED.match(text, cue.start()):
        return None  # "You may publish (or present papers) on your results from using it"
    if _NOT_WORK_GRANT.match(text, cue.end()):
        return None  # "you may modify such settings", "you may share someone else's content"
    if cue.group(0).startswith(("may be", "can be")) and _A_SETTING.search(
        text, max(0, cue.start() - 40), cue.start()
    ):
        return None  # "The diagnostic function may be modified by Customer to disable it"
    if _LICENSEE_GRANTS.search(text, 0, cue.end()):
        # "you hereby grant Acme a license to use your submissions": leave to the licensor
        return None
    # (the other terms said near the leave, not in a list item far after it)
    if _PART_UNDER_OTHER_TERMS.search(text) and _UNDER_OTHER_TERMS.search(
        text, cue.end(), cue.end() + 240
    ):
        # "a source code version of certain browser functionality that you may use, modify and
        # distribute is available ... under the Mozilla Public License": a part's own terms
        return None
    # "Redistribution and use ... are permitted": the rights come before the cue.
    # ("Recipients of copies are allowed to refund the costs": the act is the one after the cue)
    before_cue = cue.group("after") and not _TO_AN_ACT.match(text, cue.end())
    tail = text if before_cue else text[cue.start() :]
    tail = _WITHOUT_CHANGES.sub(" ", tail)
    waiver = cue.group("waiver") or _WAIVER.search(text, cue.start())
    if waiver:
        rights: tuple[GrantedRight, ...] = ("use", "reproduce", "modify", "distribute")
    else:
        # "... provided that such copies ... are not to be republished or distributed": the
        # acts after a negation are not granted
        negation = _GRANT_NEGATION.search(tail)
        granted = tail[: negation.start()] if negation else tail
        # "(without the right to sublicense)", "the Materials may not be modified": acts the
        # grant's own words deny are not granted
        granted = _NEGATED_ACTS.sub(" ", granted)
        # "copy the product onto servers for the sole purpose of distributing it to the
        # computers": deployment to one's own machines passes nothing on
        granted = _TO_OWN_MACHINES.sub(" ", granted)
        # "use the API to develop and distribute Applications", "distribute Font Software
        # embedded in a document": what is passed on is another work, not this one
        granted = _OTHER_WORK_SHARED.sub(" ", granted)
        granted = _LICENSOR_OFFERS.sub(" ", granted)
        # "a license under its patent rights that may be infringed by your derivative works":
        # the works named as what a patent reads on, not leave to make them
        granted = _INFRINGED_BY.sub(" ", granted)
        rights = tuple(name for name, rx in _GRANT_VERBS if rx.search(granted))
    withheld = () if waiver else _carved_out(tail, rights)
    rights = tuple(r for r in rights if r not in withheld)
    if _OWN_NEED.search(tail):
        # "You may only make copies or adaptations ... for archival purposes": no leave to
        # change or pass on the work
        rights = tuple(r for r in rights if r not in ("modify", "distribute", "sublicense"))
    if not rights:
        return None
    qualifiers = tuple(name for name, rx in _QUALIFIERS if rx.search(text))
    start = 0 if cue.group("after") else max(0, cue.start() - (len(text) - len(s.norm)))
    ev = make_evidence(s, start, start + 200, 0.85)
    patent = bool(_PATENT_GRANT.search(text))
    commercial = False
    for m in _COMMERCIAL_GRANT.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        # "to try this software for commercial purposes for thirty days" is a trial, not a grant.
        trial = re.search(r"\b(?:try|trial|evaluat\w*)\b", before) or re.match(
            r"[^.;]{0,20}\b(?:for|during)\s+(?:a\s+)?(?:\d+|[a-z]+)[- ]days?\b", text[m.end() :]
        )
        # "Commercial use ... is permitted only under a Sun commercial license": a limit.
        elsewhere = _ONLY_UNDER.match(text, m.end())
        if (
            not negated(text, m.start())
            and not re.search(r"\b(?:other\s+than|excluding|except(?:\s+for)?)\b", before)
            and not trial
            and not elsewhere
            # "..., but commercial use is utterly forbidden": the grant's own ban
            and not _BANNED_AFTER.match(text, m.end())
            # "You may use Output for any purpose (including for commercial purposes)": leave
            # for what a model produced, not for the model
            and not _OF_OUTPUTS.search(text, 0, m.start())
        ):
            commercial = True
    grant = Grant(rights=rights, qualifiers=qualifiers, evidence=ev)
    return _Found(grant, patent, commercial, withheld, text)


# Acceptable-use policies -----------------------------------------------------------------

_POLICY = re.compile(
    # ("the Acceptable Use and External Facing Services Policy": two policies named as one)
    r"\b(?:acceptable[- ]use\s+(?:and\s+(?:[\w-]+\s+){1,4}?)?polic(?:y|ies)|"
    r"prohibited[- ]use\s+polic(?:y|ies)|"
    r"rules\s+of\s+conduct|"
    r"usage\s+polic(?:y|ies)|"
    r"(?:responsible|fair)\s+use\s+(?:polic(?:y|ies)|guidelines)|use\s+polic(?:y|ies)|\baup\b|"
    r"code\s+of\s+conduct|(?:ethical|responsible|trustworthy)\s+ai\s+(?:terms|guidelines|polic(?:y"
    r"|ies))|"
    # a platform's own policies the licensee must keep to ("the Acme Platform Policies",
    # "all applicable Acme Analytics policies located at www...")
    r"(?:platform|developer|program|community|api|services?|analytics|partner|marketplace|"
    r"publisher)\s+polic(?:y|ies)|polic(?:y|ies)\s+(?:located|posted|published|available)\s+at|"
    # rules of use under other names: "the Usage Guidelines published on our website", "the
    # Fair Use Rules"
    r"(?:usage|use|fair\s+use|responsible\s+use|acceptable\s+use|conduct)\s+guidelines|"
    r"(?:fair|acceptable|responsible)\s+use\s+rules)"
)
_POLICY_BINDS = re.compile(
    r"\b(?:compl(?:y|iance)|adhere|abide|subject\s+to|in\s+accordance|incorporated|set\s+forth|means|"
    r"in\s+addition\s+to|"
    r"must\s+not|shall\s+not|violat|conform|consistent\s+with|follow|permitted\s+by|allowed\s+by)"
)
_CHANGEABLE = re.compile(
    r"\bas\s+(?:it\s+)?may\s+be\s+(?:updated|amended|modified|changed|revised)\b|\bfrom\s+time\s+to\s+time\b|"
    r"\b(?:may|reserves?\s+the\s+right\s+to)\s+(?:\w+\s+)?(?:update|change|modify|amend|revise)\b|"
    r"\bmost\s+recent\s+(?:copy|version)\b"
)


_MARKS_POLICY = re.compile(r"\b(?:trademarks?|marks?|brands?|logos?|names?)\s+(?:\w+\s+)?$")
# "your use of this software is subject to the Facebook Developer Principles and Policies", "use
# one copy ... as permitted by the Usage Rules set forth in the App Store Terms of Service": the
# use is bound to rules a third document sets (which its owner may change).
_USE_BOUND_TO_RULES = re.compile(
    r"\buse\b[^.;]{0,200}?\b(?:is|are|be|remains?)\s+subject\s+to\s+|"
    r"\buse\b[^.;]{0,200}?\b(?:as\s+permitted\s+by|in\s+(?:accordance|compliance)\s+with|"
    r"consistent\s+with)\s+"
)
_NAMED_RULES = re.compile(
    # "subject to these license terms and to the other restrictions specified by HP"
    r"(?:(?:this|these|the)\s+(?:[\w-]+\s+){0,2}?(?:terms|agreement)\s+and\s+(?:to\s+)?)?"
    r"(?:(?:the\s+|any\s+)?(?:additional|other|separate|further)\s+(?:[\w-]+\s+){0,2}?(?:policies|rules|"
    r"guidelines|restrictions)\b(?!\s+(?:of|in|set\s+(?:forth|out))\s+(?:this|these)\b)|"
    r"(?:the\s+|all\s+|any\s+|its\s+|our\s+)?(?:applicable\s+)?"
    r"(?!(?:privacy|cookie|export|trademark|brand|tax|refund|return)\b)(?:[\w-]+\s+){1,4}?"
    r"(?:principles\s+(?:and|&)\s+polic(?:y|ies)|usage\s+rules|(?:platform|developer|"
    r"community|content|program|store)\s+(?:polic(?:y|ies)|guidelines|rules))\b)"
)
# "you agree to the latest iTunes Store Terms of Service": another document's current terms
_LATEST_TERMS = re.compile(
    r"\bagree\s+to\s+(?:the\s+)?(?:latest|current|then[- ]current)\s+(?:[\w-]+\s+){0,4}?"
    r"terms\s+of\s+(?:service|use)\b"
)


def _use_rules(s: Sentence) -> Hit | None:
    """The use of the work bound to another document's policies or rules."""
    text = s.full
    if not has_any(text, ("polic", "rules", "guidelines", "restrictions", "terms of")):
        return None
    latest = _LATEST_TERMS.search(text) if "terms of" in text else None
    if latest and re.search(r"\bif\b", text[max(0, latest.start() - 80) : latest.start()]):
        latest = None  # "If you wish to update, you must agree to the then current Terms"
    # (a third party's component "may be subject to further restrictions": its own terms)
    bound = (m for m in _USE_BOUND_TO_RULES.finditer(text) if "third" not in m.group(0))
    for m in [latest] if latest else bound:
        rules = latest or _NAMED_RULES.match(text, m.end())
        if rules:
            a, b = in_sentence(s, rules, text)
            params: HitParams = {
                "url": find_url(s.text.lower()),
                "incorporated_by_reference": True,
                "changeable_by_licensor": bool(_CHANGEABLE.search(text)),
            }
            ev = make_evidence(s, a - 60, b + 80, 0.85)
            return Hit("restriction", "acceptable-use-policy", ev, params)
    return None


_BREACH_OF = re.compile(r"\b(?:violat\w*|breach\w*|contravene\w*|infring\w*)\s+(?:\w+\s+){0,3}$")


_BRANDING = re.compile(r"\b(?:trademarks?|marks|logos?|brand\w*|attribution\s+statements?)\b")


# Words of terms for those who contribute to a project, not for those who use its work ("For
# any submission you make to us ... you agree and certify that: ... You have read, and agree to
# abide by, our Code of Conduct").
_TO_CONTRIBUTORS = re.compile(
    r"\b(?:submissions?|submit\w*|contribut\w+|participat\w+|pull\s+requests?|patches)\b",
    re.IGNORECASE,
)


# A code of conduct is a use policy where the sentence speaks of using the work, of its
# licensee or users, or of the agreement ("The Licensee shall at all times observe the
# Licensor's Code of Conduct for Users").
_USE_WORD = re.compile(
    r"\b(?:use|uses|using|used|access\w*|deploy\w*|run|running|operat\w*|licen[cs]ees?|users?|"
    r"agreement|licen[cs]e)\b"
)


def _policy(s: Sentence) -> Hit | None:
    text = s.full
    if not has_any(text, ("polic", "aup", "guideline", "conduct", " ai terms", "rules")):
        return None
    m = _POLICY.search(text)
    if m is None or not _POLICY_BINDS.search(text):
        return None
    # "You may not ... violate our Usage Policies": the ban binds the reader to the policy.
    breach = _BREACH_OF.search(text[max(0, m.start() - 48) : m.start()])
    if negated(text, m.start()) and not breach:
        return None
    if re.search(r"\bprivacy\s+policy\b", text[max(0, m.start() - 20) : m.end()]):
        return None
    if _MARKS_POLICY.search(text, max(0, m.start() - 24), m.start()):
        return None  # a trademark usage policy governs the names, not the use of the work
    if m.group(0) == "code of conduct":
        said = f"{s.lead} {text}"
        if _TO_CONTRIBUTORS.search(said) or not _USE_WORD.search(said):
            return None  # a contributor's promise to keep to the project's code of conduct
    if ("trademark" in text and m.group(0).startswith("polic")) or (
        m.group(0).endswith(("guidelines", "rules")) and _BRANDING.search(text)
    ):
        return None  # "as permitted by the policies published at ...": the marks' policies
    a, b = in_sentence(s, m, text)
    params: HitParams = {
        "url": find_url(s.text.lower()),
        "incorporated_by_reference": True,
        "changeable_by_licensor": bool(_CHANGEABLE.search(text)),
    }
    return Hit(
        "restriction", "acceptable-use-policy", make_evidence(s, a - 60, b + 80, 0.9), params
    )


# Prohibited uses --------------------------------------------------------------------------

_USE_LEAD = re.compile(
    r"(?:\b(?:not|never)\b[^:]{0,80}\buse\b|\b(?:prohibited|restricted)\s+uses?\b|\buse\s+restrictions\b|"
    r"\bnot\s+(?:be\s+)?used\b)[^:]*$"
)
_SHARING_ITEM = re.compile(
    r"(?:\d+(?:\.\d+)*\.?\s+)?(?:any\s+)?(?:re)?distribution\s+of\s+(?:all\s+or\s+(?:any\s+)?part\s+of\s+)?"
    r"(?:the\s+|this\s+)[^.;]{0,80}?\bto\s+(?:any\s+)?(?:third\s+part(?:y|ies)|others)\b"
)
_NOT_MADE_FOR = re.compile(
    r"\bnot\s+(?:specifically\s+)?(?:designed|manufactured|intended|made|developed|suitable|tested|"
    r"certified)(?:,?\s+(?:or\s+|and\s+)?(?:designed|manufactured|intended|made|developed|suitable|"
    r"tested|certified))*\s+(?:for|to\s+be\s+used)\b"
    # (not where the lead-in goes on to ban the use: "..., and you shall not use it in:")
    r"(?![^:]*\b(?:shall|may|must|will|agrees?\s+)\s*not\b)[^:]*$"
)
_LEGAL_ONLY = re.compile(
    r"^(?:\W*\w{0,3}\W+)?(?:in\s+any\s+way\s+that\s+violates|in\s+violation\s+of|to\s+violate|that"
    r"\s+violates)"
    r"\b[^.;]*\b(?:laws?|regulations?)\b[^;]*?(?:;|\.|$)\s*(?:or|and)?\s*$"
)
_GENERIC_CONDUCT = re.compile(
    r"\b(?:illegal|unlawful|harmful|abusive|fraudulent|malicious|improper|misleading|deceptive|"
    r"distorted|incorrect|misrepresent\w*|impersonat\w*)\b"
)
_USE_BAN = re.compile(
    r"(?:(?:shall|must|may|will|can|do|does)\s+not|cannot|never|agree\s+not\s+to|"
    r"(?:is|are)\s+not\s+(?:permitted|allowed|authori[sz]ed|licensed)\s+to|"
    # "You must ensure that the Model and any Derivative Work are not deployed ... in"
    r"ensure\s+that\s+(?:[\w-]+\s+){1,8}?(?:is|are)\s+not|"
    # "No licence is given to employ the Software in ..."
    r"no\s+(?:right|licen[cs]e|permission)\s+(?:is\s+)?(?:granted|given)\s+to)\s+(?P<passive>be"
    r"\s+)?"
    r"(?:used?|utili[sz]ed?|deploy(?:ed)?|employ(?:ed)?)\b(?:[^.]|\.(?=\w)){0,120}?\b"
    r"(?:(?:for|to)\s+(?P<what>(?:[^.;]|\.(?=\w)){3,160})|"
    # "... the Software in a military or law enforcement context", "in a manner which is
    # disparaging to Sun": the setting or manner is the barred field
    r"(?<!except\s)in\s+(?P<what2>(?:a|an)\s+(?:[\w-]+\s+){1,6}?(?:context|manner|environment|setting)s?\b[^.;]{0,100})|"
    # "in connection with gambling", "in predictive policing or risk-scoring systems"
    r"(?<!except\s)in\s+connection\s+with\s+(?P<what3>[^.;]{3,160})|"
    r"(?<!except\s)in\s+(?P<what4>(?:any\s+)?(?:[\w-]+,?\s+(?:or\s+|and\s+)?){1,8}?(?:systems?|"
    r"facilit(?:y|ies)|settings?|weapons?|surveillance|policing|applications?|activit(?:y|ies)|"
    r"operations?|devices?|equipment|environments?|scenarios?)\b[^.;]{0,100}))"
)
# A program's own behaviour told in the third person, before the words _USE_BAN reads as a ban.
# A part of the code named as a subject ("this macro", "the configure script").
_CODE_PART = (
    r"\b(?:this|the|that|our)\s+(?:[\w-]+\s+)?(?:macro|script|program|function|tool|module|class|"
    r"method|routine|compiler|build|daemon|plugin|check|test)s?"
)
# ("therefore this macro will not use the compiler's stdint.h": what the code does)
_WHAT_IT_DOES = re.compile(
    r"(?:^|[,;:]\s*|\.\s+)(?:this|it|which)\s+does\s+not\s+use\b|"
    rf"(?:^|[,;:]\s*|\.\s+)(?:(?:therefore|thus|so|then|now)\s+)?{_CODE_PART}\s+(?:does|will|would)\s+"
    r"not\s+use\b"
)
_HANDED_ON = re.compile(
    r"\b(?:or|and)\s+(?:transfer|give|distribute|sell|lend|assign|provide|share|send|deliver)\w*\s+"
    r"(?:it|them|the|this|a|any|such|copies)\b"
)
# Laws that protect human, civil or labour rights: a licence that makes them its measure sets an
# ethical standard of its own rather than repeating that the law applies.
_RIGHTS_LAWS = re.compile(
    r"\bprotect\s+human\b|\bhuman\s+rights\b|\blabou?r\s+rights\b|\bcivil\s+rights\b"
)
# Destinations and end uses barred by export law are export control, read by another rule.
_EXPORT_TERMS = re.compile(
    r"\bexport|\bembargo|\bsanction|\bend[- ]uses\b|"
    r"\bunless\s+authori[sz]ed\s+by\s+the\s+u\.\s?s\.\s+government\b"
)
_USE_OF_WORK = re.compile(
    r"\buse\s+(?:the|this|any)\s+(?:software|model|work|materials?|program)\b"
)
# "The names ... may not be used to endorse", "patents cannot be used to render the program
# non-free": a passive ban whose subject is not the work.
_MARKS_SUBJECT = re.compile(
    r"\bpatents?\b|\b(?:names?|trademark(?:s|ed)?|marks?|logos?|brands?|namespaces?|"
    r"(?:public\s+)?identifiers?)\b|"
    r"\bthe\s+words?\b"  # ("must not use the word to imply endorsement": a name as a word)
)
_SPECIFIC_USE_TERMS = re.compile(
    r"\b(?:commercial|research|evaluation|production|outputs?|train|improve|names?|trademarks?|marks?|"
    r"logos?|policy|competing|compete|host(?:ed|ing)?|service|permissions?|rights|licen[cs]es?|"
    r"technical|technological)\b"
)
_NOT_WORK_USED = re.compile(
    r"\b(?:technical|technological|permissions?|rights|licen[cs]es?|policy|measures|outputs?\s+of"
    r"\s+any)\b|"
    # a part of the code's interface ("It must not use the prefix parameter to select an
    # implementation": an API's rule for implementers)
    r"\b(?:parameters?|arguments?|flags?|fields?|methods?|variables?|attributes?|callbacks?|"
    r"pointers?|handles?|macros?|registers?)\s+(?:\w+\s+)?to\s+$|"
    # ... or a setting of the program ("do not use defaults for target symbol": a code comment)
    r"\buse\s+(?:the\s+)?(?:defaults?|default\s+values?|cached\s+values?|caches?|fallbacks?)\s+"
    r"(?:for|in|on|with)\s+$"
)
_DESCRIBED_USES = re.compile(
    r"\buse-based\s+restrictions\b|\bfield[- ]of[- ]use\s+restrictions?\b|\brestricted\s+uses\b|"
    r"\bprohibited\s+uses\b"
)


# "This licence does not grant you any right to use:" lists what the license does not cover.
# Lists of embargoed places and persons are export control, read by another rule.
_SCOPE_LEAD = re.compile(
    r"\bgrant|\bright\s+to\s+use\b|\bdoes\s+not\s+(?:apply|cover)\b|\bexport|\bembargo|\bsanction|"
    # "... the notice does not limit or inhibit the use ... for uses which do not include:"
    r"\b(?:does|do|is)\s+not\s+(?:intended\s+to\s+)?(?:limit|restrict|inhibit)|"
    # "you may not use this file except in compliance with the License and the following
    # modification to it:" lists the terms to keep, not banned uses
    r"\bexcept\s+in\s+compliance\s+with\b"
)
# Items under "you may not:" that forbid only unlawful or wrongful use, or use beyond the
# licence, name no field of use ("use the software in any way that is against the law").
_NO_FIELD_ITEM = re.compile(
    r"\blaws?\b|\blegal|\billegal|\bunlawful|\binfring|\bviolat|\bmisappropriat|\bexcept\b|"
    r"\bunauthori[sz]ed|\bagreement\b|\blicen[cs]e\b|\bterms\b|\bpolicy|\bpermitted\b|"
    r"\bharm|\babus|\bfraud|\bmalicious|\bmalware|\bcircumvent|\bwork\s+around|\bcompet|"
    r"\bwithout\s+(?:\w+\s+)?(?:authori[sz]ation|permission|consent)|"
    # hosting, read by its own rules
    r"\bservices?\s+to\s+third\s+parties|\bservice\s+bureau|\btime-?shar|\bmulti-?user\b|"
    r"\bremote[- ]access\b|"
    # a count of machines ("on more than one computer ... at the same time"): installations,
    # not a field of use
    r"\bmore\s+than\s+(?:one|a\s+single|\d+)\s+(?:computers?|devices?|workstations?|machines?|"
    r"terminals?|cpus?|servers?|seats?)\b"
)
_BANNING_LEAD = re.compile(PROHIBIT + r"(?!\s+(?:only|limited|be\s+limited)\b)")


_GUARDRAIL = re.compile(
    r"\b(?:bypass|circumvent|disable|defeat|remove|reduce\s+the\s+efficacy\s+of)\w*\b[^.]{0,100}"
    r"\b(?:guardrails?|technical\s+limitations?|safety\s+(?:filters?|guardrails?|features?|"
    r"mechanisms?|classifiers?))\b"
)


# "not licensed for use in any nuclear facility", "solely for use with Acme hardware".
_NOT_LICENSED_FOR = re.compile(
    r"\bnot\s+(?:\w+,?\s+)?(?:or\s+)?licensed\s+(?:or\s+intended\s+)?for\s+use\s+(?:in|with)\s+"
    r"(?P<what>[^.;]{3,120})|\b(?:solely|only|exclusively)\s+(?:for\s+use\s+|apply\s+)?(?:on|with|in\s+"
    r"conjunction\s+with|in\s+(?:direct\s+)?connection\s+with|as\s+provided\s+for,?\s+and\s+in\s+"
    r"connection\s+with)\s+"
    r"(?P<what2>(?:the\s+|a\s+|an\s+|either\s+)?(?:[\w\s&'-]|,(?=\s)|\b(?:inc|corp|ltd|co)\.){0,60}?"
    r"\b(?:platform|hardware|devices?|products?|servers?|cameras?|"
    r"(?:software\s+)?packages|"
    r"processors?|chips?|chipsets?|(?:hosted\s+|online\s+|web\s+)services?))\b|"
    # "... only may be used or intended for use with the web services ... provided by X"
    r"\b(?:only\s+(?:may|can|shall)|(?:may|can|shall)\s+(?:only|solely|exclusively))\s+be\s+used\s+"
    r"(?:or\s+intended\s+for\s+use\s+)?(?:on|with|in\s+conjunction\s+with|"
    # "... may only be used in products utilizing the Acme switch chips"
    r"in(?=\s+(?:[\w-]+\s+){0,3}?(?:products?|devices?|hardware|equipment)\b)|"
    # "This software may only be used for the purposes of developing for ... a Raspberry Pi device"
    r"for\s+(?:the\s+)?purposes?\s+of)\s+"
    r"(?!(?:the\s+|your\s+)?(?:prior\s+|express\s+|written\s+)*(?:permission|consent|approval|authori))"
    r"(?P<what3>[^.;]{3,100})|"
    # "grants permission to use ... firmware files for the use with devices containing X chipsets"
    r"\bfor\s+(?:the\s+)?use\s+(?:with|on)\s+(?P<what5>[\w\s-]{0,40}?\b(?:devices?|hardware|chipsets?|"
    r"chips?|processors?|microcontrollers?|boards?|silicon))\b|"
    # "... is hereby granted, provided that it is used in conjunction with Acme controllers"
    r"\b(?:provided|providing|as\s+long\s+as|so\s+long\s+as)\s+(?:that\s+)?(?:it|they|the\s+[\w-]+"
    r"|this\s+[\w-]+)\s+"
    r"(?:is|are)\s+(?:only\s+|solely\s+|exclusively\s+)?used\s+(?:only\s+|solely\s+|exclusively\s+"
    r")?(?:with|on|"
    r"in\s+conjunction\s+with|in\s+combination\s+with|together\s+with)\s+(?P<what7>[^.;]{3,100})|"
    # "... in his own products only if they operate with IDS cameras"
    r"\bonly\s+(?:if|when|where)\s+(?:it|they|the\s+[\w-]+)\s+(?:operates?|works?|runs?|(?:is|are)\s+"
    r"used)\s+(?:with|on|together\s+with)\s+(?P<what8>(?:the\s+|an?\s+)?[\w\s&'-]{0,50}?\b(?:products?|"
    r"devices?|hardware|cameras?|chips?|chipsets?|boards?|processors?|controllers?|sensors?))\b|"
    # "The Software may be used only as part of the Climate Data Analysis Tools Package"
    r"\b(?:may|can|shall)\s+be\s+used\s+(?:only|solely|exclusively)\s+(?:as\s+(?:a\s+)?part\s+of|with|on|"
    r"in\s+conjunction\s+with)\s+(?P<what6>[^.;]{3,100})|"
    # "The licenses ... extend only to ... works that you create that run on a X operating system"
    r"\b(?:extends?|appl(?:y|ies))\s+only\s+to\b[^.;]{0,80}?\bruns?\s+(?:directly\s+)?on\s+(?P<what4>(?:a\s+|an\s+|the\s+)?"
    r"[\w\s-]{0,50}?\b(?:operating\s+systems?|platforms?|hardware|devices?)(?:\s+products?)?)\b|"
    # "The software is used in conjunction with Acme products only": the tie said last
    r"\b(?:used?|operated?|run)\s+(?:in\s+conjunction|together|in\s+combination)\s+with\s+"
    r"(?P<what9>(?:the\s+|an?\s+)?[\w\s&'-]{0,50}?\b(?:products?|devices?|hardware|equipment|"
    r"controllers?|robots?|systems?|chips?|boards?))\s+(?:only|solely|exclusively)\b|"
    # "This license covers only its use in the FreeBSD and NetBSD operating systems"
    r"\b(?:covers|extends\s+to|applies\s+to)\s+only\s+(?:its|the|their)\s+use\s+(?:in|on|with)\s+"
    r"(?P<what10>(?:the\s+|an?\s+)?[\w\s,&'-]{0,60}?\b(?:operating\s+systems?|platforms?|hardware|"
    r"devices?|products?|systems?))\b"
)
_FIT_FOR = re.compile(
    r"\b(?:intended|designed|suitable|recommended|authori[sz]ed|tested|warrant\w*)\b[^.;]{0,30}$"
)
_SCOPE_GROUPS = ("what", *(f"what{n}" for n in range(2, 11)))


# Other ways a licence ties use to a purpose, product or standard.
_SCOPE_PHRASES = re.compile(
    # "any usage related to military applications is expressly forbidden"
    r"\b(?:any\s+)?(?:use|usage)\s+(?:related\s+to|in\s+connection\s+with|for|in)\s+(?P<what>[^.;]"
    r"{3,80}?)\s+"
    r"(?:is|are)\s+(?:expressly\s+|strictly\s+)?(?:forbidden|prohibited|not\s+(?:permitted|allowed))\b|"
    # "No license or right to this module is granted for non-conforming products"
    r"\bno\s+(?:licen[cs]e|rights?)\b[^.]{0,60}\b(?:is|are)\s+granted\s+for\s+(?P<what2>[^.;]{3,80"
    r"})|"
    r"\b(?:copyright|licen[cs]e|rights?)\s+(?:is|are)\s+not\s+(?:released|granted|licensed)\s+for"
    r"\s+"
    r"(?P<what3>[^.;]{3,80})|"
    # "... for use in hardware or software products claiming conformance to MPEG-4"
    r"\bfor\s+use\s+in\s+(?P<what4>[\w\s-]{0,40}?products?\s+(?:claiming|that\s+claim|which\s+claim)\s+"
    r"conformance\b[^.;]{0,60})|"
    # "Use of the Software is limited solely to applications running on an Acme device"
    r"\b(?:use|usage)\s+of\s+(?:the|this)\s+[\w-]+(?:\s+[\w-]+)?\s+is\s+(?:limited|restricted)\s+"
    r"(?:solely\s+|only\s+|exclusively\s+)?to\s+(?P<what5>[^.;]{3,100})|"
    r"\b(?:is|are)\s+(?:limited|restricted)\s+for\s+use\s+(?:solely|only|exclusively)\s+(?:in|to|for)\s+"
    r"(?P<what11>[^.;]{3,100})|"
    # "You are licensed to use this supplement ... solely to assist running the X feature"
    # "This license allows you to use the Software only to interface with the licensor's ..."
    r"\b(?:licensed|permitted|allowed|authori[sz]ed|(?:allows?|permits?)\s+(?:you|licensee|the\s+licensee))"
    r"\s+to\s+use\b[^.;]{0,160}?\b(?:only|solely|exclusively)\s+"
    r"(?:to|for)\s+(?P<what6>[^.;]{3,100})|"
    # "... grants you a licence to reproduce and use the Software for the limited purpose of X"
    r"\bfor\s+(?:the\s+)?(?:limited|sole)\s+purposes?\s+of\s+(?P<what7>[^.;]{3,100})|"
    # "You are not allowed to build a commercial rewrite engine based on this code."
    + PROHIBIT
    + r"\s+(?:to\s+)?(?:build|develop|create|make)\s+(?P<what8>(?:a|an|any)\s+[^.;]{3,80}?)\s+"
    r"(?:based\s+on|using|from)\s+(?:this|the)\s+(?:code|software|library|work|program|model|source)\b|"
    # "You agree that you will use the Data solely for Computational Use", "use the Software,
    # or your Modifications, only as part of Your Application"
    r"\b(?:use|run|access)\s+(?:(?:the|this|such)\s+(?:[\w-]+)|[\w-]+\s+[\w-]+)"
    r"(?:,?\s+(?:or|and)\s+(?:your\s+)?[\w-]+,?)?\s+"
    r"(?:only|solely|exclusively)\s+(?:for|as\s+(?:a\s+)?part\s+of|in\s+connection\s+with|"
    r"in\s+conjunction\s+with|with)\s+(?P<what9>[^.;]{3,100})|"
    # "Any use that allows anyone other than the Licensee to customize ... is prohibited"
    r"\bany\s+use\s+(?:that|which)\s+(?P<what10>[^.;]{3,160}?)\s+(?:is|are)\s+(?:expressly\s+|strictly\s+)?"
    r"(?:prohibited|forbidden|not\s+(?:permitted|allowed))\b|"
    # "The Data may only be used to improve weather forecasts" (the work the subject)
    r"\b(?:the|this|these|such)\s+(?:[\w-]+\s+)?(?:software|program|application|data|database|dataset|"
    r"model|work|code|files?|materials?|fonts?|library|package|product|content)\s+"
    r"(?:may|can|shall|must)\s+(?:only|solely|exclusively)\s+"
    r"be\s+used\s+(?:to|for)\s+(?P<what12>[^.;]{3,100})"
)
_SCOPE_PHRASE_GROUPS = tuple(f"what{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
_DOCUMENT_SUBJECT = re.compile(
    r"\b(?:(?:this|the)\s+licen[cs]e(?:\s+(?:text|document|agreement))?|these\s+terms|"
    r"this\s+agreement)\s*$"
)
_SCOPE_KEYS = (
    "forbidden", "prohibit", "not allowed", "not permitted", "granted for", "not released",
    "conformance", "limited", "restricted", "solely", "only", "sole purpose", "based on",
    "exclusively",
)  # fmt: skip
# A purpose that only repeats the licence's own terms or the law is no field of use.
_NO_FIELD = re.compile(
    r"\blawful|\bin\s+accordance|\bas\s+(?:permitted|provided|described|set\s+forth)|\bcompl(?:y|iance)|"
    r"\bterms\b|\bthis\s+(?:licen[cs]e|agreement)|\bbackup|\barchiv|\bcommercial\s+(?:uses?|purposes?)|"
    r"\bendors|\bpromot|^\W*\d|\bhaving\s+them\b|\bon\s+your\s+behalf|\bfor\s+you\b|"
    # "use is restricted to persons who will take full responsibility for all losses": a disclaimer
    r"\bresponsib|\brisks?\b|\blosses\b|"
    # "granted only to the extent that the exercise of the licensed rights infringes such patent
    # claims": how far a patent licence reaches, not a purpose
    r"^\W*the\s+extent\b|"
    # "provided for informational purposes only", "for your convenience only": what a notice or
    # a document is for, not a use kept to one field
    r"\bconvenience\b|\binformation(?:al)?\s+purposes?\b|\breference\s+(?:purposes?|only)\b|"
    r"^\W*information(?:al)?\W*$|"
    r"\billustrat\w*\s+purposes?\b"
)
# "use the Software solely for ...": purposes with kinds of their own, one's own use, or a
# pointer to the list that follows are no field of use.
_OWN_PURPOSE = re.compile(
    r"\bnon-?\s?commercial|\bresearch|\bexperimental|\bevaluat|\btesting\b|\bpersonal|\binternal|"
    r"\bprivate\b|\bown\s+use\b|\bfollowing\b|^\W*(?:the\s+)?purposes?\s+(?:of|set|listed)\W*$"
)


def _scope_phrase(s: Sentence) -> Hit | None:
    if not has_any(s.norm, _SCOPE_KEYS):
        return None
    m = _SCOPE_PHRASES.search(s.norm)
    if m is None:
        return None
    group = next(g for g in _SCOPE_PHRASE_GROUPS if m.group(g))
    what = m.group(group)
    if group in ("what9", "what12") and _OWN_PURPOSE.search(what):
        return None
    if group == "what12" and _DOCUMENT_SUBJECT.search(s.norm[: m.start()]):
        return None  # "This license may only be used for software": the document, not the work
    # "No license is granted for any Military Use of the Licensed Patents": the patents are the
    # object there, not the subject of a ban on using marks.
    end = m.start() if group == "what2" else m.end()
    if _NO_FIELD.search(what) or _MARKS_SUBJECT.search(s.norm[max(0, m.start() - 60) : end]):
        return None
    if group == "what7" and not _GRANT_CUE.search(s.full):
        return None  # "for the sole purpose of" scopes a use only inside a grant
    if group == "what7" and what.startswith("running") and "distribut" in s.norm[: m.start()]:
        return None  # "distribute it ... for the sole purpose of running your applet": a place

    if group != "what" and negated(s.norm, m.start()):
        return None
    use = s.words(m.start(group), m.end(group)).rstrip(" ;.,:")
    kind: RestrictionKind = "field-of-use"
    if group == "what7" and not re.search(r"\bdevelop|\byour\b|\binteroperab|\bcompatib", what):
        # "for the sole purpose of testing and evaluating the Software": a purpose with a kind
        # of its own (not "of testing the interoperability of your devices": one's own work)
        kind = next((k for k, rx in _SCOPED_KIND if rx.search(what)), kind)
    fields: HitParams = {"uses": [use]} if kind == "field-of-use" else {}
    return Hit("restriction", kind, make_evidence(s, m.start(), m.end(), 0.7), fields)


def _scope_of_use(s: Sentence) -> Hit | None:
    """Use allowed only with certain hardware or platforms, or not licensed for some uses."""
    if not has_any(s.norm, ("licensed for use", "licensed or intended", "solely", "only", " use ")):
        return _scope_phrase(s)
    m = _NOT_LICENSED_FOR.search(s.norm)
    if m is None or (not m.group("what") and negated(s.norm, m.start())):
        return _scope_phrase(s)
    group = next(g for g in _SCOPE_GROUPS if m.group(g))
    if group == "what5" and _FIT_FOR.search(s.norm, 0, m.start()):
        return _scope_phrase(s)  # "not intended for use with life support devices": a disclaimer
    if group == "what3" and _OWN_PURPOSE.search(m.group(group)):
        return _scope_phrase(s)  # "only for the purposes of research": the purpose rules'
    use = s.words(m.start(group), m.end(group)).rstrip(" ;.,")
    label = use if group == "what" else f"use other than with {use}"
    return Hit(
        "restriction", "field-of-use", make_evidence(s, m.start(), m.end(), 0.7), {"uses": [label]}
    )


def _guardrail(s: Sentence) -> Hit | None:
    """Rights that end when safety guardrails are circumvented: a limit on how it may be used."""
    if not has_any(s.norm, ("guardrail", "technical limitation", "safety")):
        return None
    m = _GUARDRAIL.search(s.norm)
    if m is None:
        return None
    uses = ["circumventing its safety guardrails or technical limitations"]
    return Hit(
        "restriction", "field-of-use", make_evidence(s, m.start(), m.end(), 0.75), {"uses": uses}
    )


_SUB_LIST_BAN = re.compile(
    r"\b(?:shall|must|may|will)\s+not\b(?!\s+(?:only|limited|be\s+limited)\b)"
)


def _field_item(s: Sentence) -> Hit | None:
    """A prohibited use listed under a lead-in such as ``You agree not to use the Model:``."""
    if not s.lead:
        return None
    scope = _SCOPE_LEAD.search(s.lead)
    # (a sub-list's lead-in follows its outer list's: "... subject to the following conditions"
    # / "3.1. The Licensee SHALL NOT:" / "3.1.1. ..." bans the items all the same)
    if scope and not _SUB_LIST_BAN.search(s.lead, scope.end()):
        return None
    if re.search(r"\b(?:except|unless|other\s+than|save|but|if|when|where|whether)\s*$", s.lead):
        return None  # the items are the exceptions to a ban, not banned uses
    item = LIST_MARKER.sub("", s.norm, count=1).strip()
    # "The License does not allow:" / "- Using the photos in a defamatory way"
    # "Here's what you can NOT do with the Software:" / "Use the Software in connection with
    # acts of terrorism ..." (a lead-in that bans, an item that names a use)
    use_item = re.match(r"(?:any\s+)?(?:use|using|usage)\b", item)
    listed_use = use_item and (
        _NOT_ALLOWED_LEAD.search(s.lead)
        or (
            _BANNING_LEAD.search(s.lead)
            and not _NO_FIELD_ITEM.search(item)
            # "Using this Database ... does not create a Derivative Database": a statement
            and not re.search(r"\b(?:does|do|is|are|shall|will)\s+not\b", item)
        )
    )
    if not listed_use and not _USE_LEAD.search(s.lead):
        return None
    if _NOT_MADE_FOR.search(s.lead):
        return None  # "... are not designed, manufactured or intended for use in:": a disclaimer
    if listed_use and re.search(
        r"\b(?:word)?marks?\b|\btrademarks?\b|\blogos?\b|\bnames?\b", item[:80]
    ):
        return None  # "Use of the X wordmark as part of a company name": branding, not the work
    if _POLICY.search(item) or _LEGAL_ONLY.match(item):
        return None
    if _MARKS_SUBJECT.search(s.lead) and not _USE_OF_WORK.search(s.lead):
        return None  # "may not use the X mark or logos and must change the logo as follows:"
    if _SHARING_ITEM.match(item):
        # "3.2 Distribution of all or part of the Software to third parties for any reason"
        # under "restricted use cases:": the act of passing the work on, not a use
        return Hit("restriction", "no-redistribution", make_evidence(s, 0, len(s.norm), 0.8))
    words = LIST_MARKER.sub("", s.text, count=1).strip().rstrip(";.,")
    words = re.sub(r"\s*(?:;|,)?\s*(?:or|and)$", "", words)
    return Hit(
        "restriction",
        "field-of-use",
        make_evidence(s, 0, len(s.norm), 0.9),
        {"uses": [words[:160]]},
    )


def _law_or_conduct(what: str, rights_laws: bool) -> bool:
    """Whether a barred use is one the law or the terms already bar, or plain misconduct."""
    if re.search(r"\b(?:prohibited|forbidden|restricted)\s+by\b|\bcontrary\s+to\b", what):
        return True  # "for any purposes prohibited by U.S. law": the law, not the licence
    if re.search(r"\b(?:breach|violation)\s+of\s+(?:this|these|the)\b", what):
        return True  # "in connection with any breach of this Agreement"
    if _GENERIC_CONDUCT.search(what) and not re.search(
        r"\b(?:military|weapons?|surveillance|medical)\b", what
    ):
        return True
    return not rights_laws and bool(
        re.search(
            r"\b(?:violat\w*|infring\w*|breach\w*)\b[^.]{0,40}\b(?:laws?|regulations?|rights)\b",
            what,
        )
    )


def _field_sentence(s: Sentence, specific: bool) -> Hit | None:
    text = s.norm
    described = _DESCRIBED_USES.search(text) if " uses" in text or "restriction" in text else None
    if described and not negated(text, described.start()) and not _POLICY.search(text):
        return Hit(
            "restriction",
            "field-of-use",
            make_evidence(s, described.start() - 40, described.end() + 80, 0.8),
        )
    # An item under "You agree not to use the Model:" is read by _field_item; an item under
    # another lead-in ("This means:") is read here on its own words.
    banned = has_any(text, PROHIBIT_KEYS) or has_any(
        text, ("no licen", "no right", "no permission")
    )
    if specific or (s.lead and _USE_LEAD.search(s.lead)) or not banned:
        return None
    m = _USE_BAN.search(text)
    # ("This does not use actual memory": what the program does, no ban)
    if (
        m is None
        or CONDITIONAL_EXCEPTION.search(text)
        or _EXPORT_TERMS.search(text)
        or _WHAT_IT_DOES.search(text, 0, m.start() + 12)
    ):
        return None
    group = next(g for g in ("what", "what2", "what3", "what4") if m.group(g))
    what = m.group(group)
    rights_laws = _RIGHTS_LAWS.search(what) is not None
    if re.match(r"(?:any\s+)?other\s+purposes?\b", what):
        return None  # "may not be deployed for any other purpose": the purpose said before
    # the kinds of their own are told by the purpose ("for commercial purposes"), not by the
    # work's name ("use the Service to score job applicants"); the licensor's marks are no work
    used = text[m.start() : m.start(group)]
    if (_SPECIFIC_USE_TERMS.search(what) and not rights_laws) or _POLICY.search(text):
        return None
    if group == "what3" and m.group("passive"):
        return None  # "(the names) shall not be used in connection with ...": whose use is unsaid
    if used.startswith("no "):
        used = used[used.index(" to ") + 4 :]  # "No licence is given to employ ...": the leave
    if used.endswith("to ") and _HANDED_ON.search(used):
        return None  # "may not use the old copy or transfer it to another party": whom, not why
    if (_MARKS_SUBJECT.search(used) and not _USE_OF_WORK.search(used)) or _NOT_WORK_USED.search(
        used
    ):
        return None  # "may not use technical measures to obstruct", "use the permissions ... to"
    outputs = (
        _OUTPUT.search(used) or _PRODUCED.search(used) or _PRODUCED.search(text[: m.start()][-80:])
    )
    # (a ban on the work "or its outputs" is a field of use of the work)
    if outputs and not _names_the_work(used):
        ev = make_evidence(s, m.start(), m.end(), 0.7)
        return Hit("restriction", "output-use", ev)
    if m.group("passive") and (
        _MARKS_SUBJECT.search(text[max(0, m.start() - 100) : m.start()])
        or re.search(r"\bendorse|\bpromot", what)
    ):
        return None
    if _law_or_conduct(what, rights_laws):
        return None
    if re.search(r"\battachment|\bset\s+forth|\bspecified|\bsection|\bparagraph|\bexhibit", what):
        # A pointer to a list elsewhere: the list itself supplies the uses.
        return Hit("restriction", "field-of-use", make_evidence(s, m.start(), m.end(), 0.8))
    words = s.words(m.start(group), m.end(group)).rstrip(";.,")
    if group == "what4" and re.match(r"(?:any\s+)?(?:live|production)\b", what):
        # "in any live or customer-facing system": the setting is production
        return Hit("restriction", "non-production", make_evidence(s, m.start(), m.end(), 0.7))
    return Hit(
        "restriction", "field-of-use", make_evidence(s, m.start(), m.end(), 0.7), {"uses": [words]}
    )


# Purpose limits ---------------------------------------------------------------------------

_NONCOMMERCIAL = re.compile(
    r"\bnon-?\s?commercial\b[^.]{0,60}\bonly\b|\b(?:only|solely|exclusively|strictly)\b[^.]{0,60}"
    r"\bnon-?\s?commercial\b|" + PROHIBIT + r"\s+(?:\w+\s+){0,8}?(?:for\s+)?(?:any\s+)?"
    r"(?<!non-)(?<!non )commercial\s+(?:use|purposes?|advantage|exploitation|products?|"
    r"services?|activit|offerings?|packages?|distributions?)|\bnot\s+for\s+(?:any\s+)?commercial\b"
    r"|\bno\s+commercial\s+use\b|"
    r"(?<!non-)(?<!non )\b(?:commercial|for-?\s?profit)\s+(?:use|usage|purposes?|exploitation|"
    r"distribution)s?\s+(?:(?:or|and|and/or)\s+[\w-]+\s+)?"
    r"(?:of\s+(?:the|this|these)\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:is|are)\s+(?:strictly\s+|expressly"
    r"\s+)?"
    r"(?:not\s+permit+ed|prohibited|forbidden|not\s+allowed)\b|"
    # "The Software is not licensed for commercial use."
    r"\bnot\s+(?:licensed|permitted|allowed|authori[sz]ed|intended)\s+for\s+(?:any\s+)?"
    r"(?:commercial|for-profit)\b|"
    r"\bnon-?\s?commercial\s+(?:use\s+)?licen[cs]e\b|"
    # "a non-exclusive, non-commercial, royalty-free license": one of the license's qualities
    r"\bnon-?\s?commercial,\s+(?:(?:and\s+)?(?!commercial\b)[\w-]+,?\s+){1,4}?licen[cs]e\b|"
    r"\bnon-?\s?commercial\s+(?:purposes?|uses?)\s+(?:is|are)\s+(?:a\s+)?permitted\b|"
    r"\bnon-?\s?commercial\s+(?:\([^()]{0,60}\)\s+)?(?:purposes?|uses?)\b|"
    + PROHIBIT
    + r"\s[^.]{0,200}\bcommercial\s+advantage\b|"
    # "will not use ... for (i) any commercial or production purposes"
    + PROHIBIT
    + r"\s[^.]{0,300}?(?<!non-)(?<!non )\bcommercial\s+(?:or|and|and/or)\s+[\w-]+\s+"
    r"(?:uses?|purposes?)\b|"
    r"\blicen[cs]e\s+for\s+non-?\s?commercial\s+(?:uses?|purposes?)\b|"
    # "you may distribute those documents and projects non-commercially"
    r"\b(?:use|copy|distribute|redistribute|share|modify|reproduce)\b[^.;]{0,80}\bnon-?\s?commercially\b|"
    # "You cannot copy DVDs in order to sell or give away copies, or for any commercial purpose"
     + PROHIBIT + r"\s[^.]{0,200}?\bfor\s+any\s+commercial\s+(?:purposes?|uses?|gain)\b|"
    # "for the sole purpose of internal non-production and non-commercial evaluation"
    r"\b(?:(?:sole|only|exclusive|limited)\s+purposes?\s+of|(?:solely|only|exclusively|strictly)\s"
    r"+for)"
    r"\s+(?:the\s+|your\s+|its\s+)?(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,4}?non-?\s?commercial\b|"
    # "License to copy and use this software is granted for non-commercial Internet ... Mail"
    r"\b(?:is|are)\s+(?:hereby\s+)?(?:granted|licensed|permitted)\s+(?:solely\s+|only\s+)?for\s+(?:any\s+)?non-?\s?commercial\b|"
    # "The weights are released for non-commercial use"
    r"\b(?:is|are)\s+(?:being\s+)?(?:released|provided|offered|distributed|made\s+available)\s+"
    r"(?:solely\s+|only\s+|exclusively\s+)?for\s+non-?\s?commercial\s+(?:[\w-]+\s+)?(?:uses?|purposes?)\b|"
    # "Commercial deployment of the Model requires a separate agreement with the Licensor"
    r"(?<!non-)(?<!non )\bcommercial\s+(?:deployment|exploitation|usage|use|applications?)\b"
    r"[^.;]{0,60}?"
    + UNNEGATED
    + r"\brequires?\s+(?:a\s+|an\s+)?(?:separate|written|commercial|paid)\s+"
    r"(?:licen[cs]e|agreement|"
    r"contract|permission)\b|"
    # "Commercial use of this code, any of its parts, or its modifications is not permitted"
    r"(?<!non-)(?<!non )\bcommercial\s+(?:[\w-]+,?\s+){0,12}?(?:is|are)\s+"
    r"" + BAN_ADVERB + r"not\s+(?:authori[sz]ed|permit+ed|allowed)\b|"
    # "USE OF SOURCE ON COMMERCIAL (FOR-PROFIT) WEBSITE REQUIRES ONE-TIME LICENSE FEE"
    r"\b(?:use|usage)\b[^.]{0,40}\bcommercial\b[^.]{0,60}\brequires?\s+(?:a\s+|an\s+)?(?:[\w-]+\s+"
    r"){0,2}"
    r"(?:licen[cs]e\s+)?(?:fee|payment)\b|"
    r"\b(?:forbidden|prohibited|not\s+(?:permitted|allowed))\s+to\s+(?:\w+\s+){0,4}?(?:use|redistribute|"
    r"distribute|sell)\b[^.]{0,100}\b(?:making|make|earn\w*|generat\w*)\s+(?:\w+\s+){0,2}money\b|"
    # "provided free of charge for the user's personal, non-commercial, educational ... use"
    r"\b(?:provided|licensed|made\s+available|granted|permitted)\b[^.;]{0,60}\bfor\s+(?:the\s+)?"
    r"(?:[\w']+\s+)?(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,3}?non-?\s?commercial,?\s+"
    r"(?:(?:or\s+|and\s+)?[\w-]+,?\s+){0,4}?(?:uses?|purposes?)\b|"
    # "Commercial use and distribution ... is permitted only under a Sun commercial license"
    r"(?<!non-)(?<!non )\bcommercial\s+(?:uses?|purposes?|distribution|exploitation)\b[^.;]{0,80}"
    r"\b(?:permitted|allowed|available|granted)\s+only\s+(?:under|with|by|pursuant\s+to)\b|"
    # "Redistributions may not be sold, nor may they be used in a commercial product"
    r"\bnor\s+(?:may|shall|can|will)\s+(?:they|it|you|the\s+\w+)\s+(?:be\s+)?used?\s+(?:in|for)\s+"
    r"(?:a\s+|any\s+)?commercial\b|"
    # "limit your use ... for commercial purposes to a thirty-day trial period"
    r"\blimit\b[^.]{0,80}\bcommercial\s+(?:uses?|purposes?|advantage)\b[^.]{0,120}\btrial\b|"
    r"\bcommercial\s+(?:use|purposes?)\b[^.]{0,120}" + UNNEGATED + r"\brequires?\s+"
    r"(?:a\s+|an\s+)?(?:separate|commercial|written|prior|additional)\s+(?:\w+\s+)?(?:licen[cs]e|"
    r"agreement|permission|consent|approval|authori[sz]ation)"
)
# Ways of saying it that the common wordings above do not use; tried only where a key word of
# theirs occurs and the common wordings found nothing (a large alternation costs on every search).
_NONCOMMERCIAL_MORE = re.compile(
    # "may not use evaluation Software for commercial, development or production purposes"
    PROHIBIT
    + r"\s[^.]{0,120}?(?<!non-)(?<!non )\bcommercial,\s+(?:[\w-]+,?\s+){0,3}(?:or|and|and/or)\s+"
    r"[\w-]+\s+(?:uses?|purposes?)\b|"
    # "You do not have permission to use this code to make a profit"
    r"(?:" + PROHIBIT + r"|\b(?:do|does)\s+not\s+have\s+(?:the\s+|any\s+)?(?:permissions?|rights?)|"
    r"\bno\s+(?:permission|right))\s+(?:to\s+)?(?:\w+\s+){0,4}?(?:use|sell|distribute|redistribute"
    r"|exploit)\b"
    r"[^.]{0,100}?\b(?:make|making|earn\w*|generat\w*|turn)\s+(?:a\s+|any\s+)?(?:\w+\s+){0,2}?"
    r"(?:money|profits?)\b|"
    # "Sites that use the PRODUCT under this license must be non-profit"
    r"\b(?:must|shall)\s+(?:only\s+)?be\s+(?:a\s+|an\s+)?non-?\s?(?:profit|commercial)\b|"
    # "Any Licensee wishing to make commercial use ... should contact the UI to negotiate an
    # appropriate license", "If you wish to include it in a commercial offering, written
    # permission is required": commerce needs another grant
    r"\b(?:wish\w*|want\w*|intend\w*|desir\w*|plan\w*)\s+to\s+(?:\w+\s+){0,6}?(?<!non-)(?<!non )"
    r"commercial(?:ly)?\b[^.]{0,160}?\b(?:(?:contact|obtain|negotiate|purchase|buy|request|apply\s"
    r"+for)\b"
    r"[^.]{0,80}?\blicen[cs]e|(?:permission|licen[cs]e|consent|agreement)\b[^.]{0,40}?\b(?:is\s+)?required)|"
    # "If you are interested in using the Software commercially, please contact Acme", "If you
    # wish to use the Program in a commercial product, you must license it under Acme's separate
    # fee-based License Agreement" (a use, not "commercial support")
    r"\b(?:(?:wish\w*|want\w*|intend\w*|plan\w*)\s+to|interested\s+in)\s+(?:use|using|sell\w*|"
    r"distribut\w*|includ\w*|incorporat\w*|embed\w*|deploy\w*|licens\w*)\b[^.]{0,60}?(?<!non-)"
    r"(?<!non )\bcommercial(?:ly)?\b[^.]{0,100}?(?:\bplease\s+contact\b|\bseparate\b[^.]{0,40}?"
    r"\b(?:licen[cs]e|agreement)\b)|"
    # "You must enter into a separate commercial license agreement with Cisco in order to use
    # the Rules for a Commercial Purpose"
    r"\b(?:must|have\s+to|need\s+to|are\s+required\s+to)\s+(?:first\s+)?(?:enter\s+into|sign|"
    r"conclude|execute)\s+(?:a\s+|an\s+)?(?:separate\s+|written\s+)*commercial\s+licen[cs]e\b|"
    # "... for any purpose other than a Commercial Purpose"
    r"\bfor\s+any\s+purpose\s+(?:other\s+than|except(?:\s+for)?)\s+(?:a\s+|any\s+)?"
    r"commercial\s+(?:purposes?|uses?)\b|"
    # "You have to purchase a commercial license before you use the work commercially."
    r"\b(?:must|have\s+to|need\s+to|are\s+required\s+to)\s+(?:first\s+)?(?:purchase|buy|obtain|acquire)\s+"
    r"(?:a\s+)?commercial\s+licen[cs]e\b[^.]{0,60}?\b(?:before|to|if|when)\b[^.]{0,60}?"
    r"\bcommercial(?:ly)?\b|"
    # "The program can not be used commercially", "you may not exploit it commercially"
    + PROHIBIT
    + r"\s+(?:be\s+)?(?:used|use|exploited|exploit|sold|sell)\s+(?:[\w-]+\s+){0,3}?commercially\b|"
    # "derive income from the use or provision of the Software" among the licensee's bans
    + PROHIBIT
    + r"\s[^.]{0,200}?\b(?:derive|earn|generate|make)\s+(?:any\s+)?"
    r"(?:income|revenues?|profits?|money)\s+from\s+(?:the\s+)?(?:use|provision|distribution|sale)"
    r"\b|"
    # "licensed ... for the personal use of a consumer"
    r"\b(?:licensed|provided|granted|permitted)\b[^.;]{0,60}\bfor\s+(?:the\s+|your\s+)?(?:own\s+)?personal\s+(?:use|purposes?)\b(?!\s+(?:or|and)\s+(?:for\s+)?commercial)"
)
_NC_MORE_KEYS = (
    *("commercial,", "commercially", "profit", "personal", "be non", "income", "revenue"),
    *("wish", "want", "intend", "desir", "plan", "interested", "commercial licen", "other than"),
    "except",
)

_RESEARCH = re.compile(
    r"\b(?:only|solely|exclusively|strictly)\s+(?:for\s+)?(?:the\s+purposes?\s+of\s+)?(?:your\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:research|experimental)\b(?!\s+and\s+development)|"
    # "solely for non-commercial, non-revenue generating, research purposes": research closes
    # the list of purposes (not "academic, research and other similar uses")
    r"\b(?:only|solely|exclusively|strictly)\s+(?:for\s+)?(?:your\s+)?(?:[\w-]+,?\s+){0,5}?research\s+(?:purposes?|uses?)\b|"
    r"\bresearch\s+(?:(?:and|or|and/or)\s+\w+\s+)?(?:purposes?\s+|use\s+)?only\b|\bfor\s+(?:any\s+|the\s+)?"
    r"(?:non-?\s?commercial\s+)?research\s+purposes?\b(?![^.]{0,12}\bor\b)|"
    # in a grant: "to copy and modify Software, for internal, non-profit research or educational
    # purposes"
    r"\bfor\s+(?:(?!commercial\b|any\b|all\b|other\b)[\w-]+,?\s+){1,3}?research\s+(?:or|and|and/or)\s+"
    r"(?:educational|teaching|academic)\s+purposes?\b(?![^.]{0,12}\bor\b)|"
    # the same the other way round: "may be freely used for educational and research purposes"
    r"\bfor\s+(?:(?!commercial\b|any\b|all\b|other\b)[\w-]+,?\s+){0,2}?(?:educational|teaching|"
    r"academic)\s+(?:or|and|and/or)\s+(?:[\w-]+\s+)?research\s+purposes?\b(?![^.]{0,12}\bor\b)"
)


_NC_KEYS = ("money", "profit", "personal", "income", "revenue")
_AGREEMENT_MADE_FOR = re.compile(
    r"\b(?:this|the)\s+(?:agreement|licen[cs]e)\s+is\s+(?:hereby\s+)?(?:entered\s+into|"
    r"granted|given|made|provided|concluded)\s+(?:solely\s+|only\s+|exclusively\s+)?$"
)


def _purpose(s: Sentence, grant: bool) -> list[Hit]:
    """Non-commercial and research-only limits, from prohibitions or from a grant's purpose."""
    text = s.full
    hits: list[Hit] = []
    if not has_any(
        text, ("commercial", "research", "experimental", "evaluation", "test", "trial", *_NC_KEYS)
    ):
        return hits
    nc = _NONCOMMERCIAL.search(text) if has_any(text, ("commercial", "money", "profit")) else None
    if nc is None and has_any(text, _NC_MORE_KEYS):
        nc = _NONCOMMERCIAL_MORE.search(text)
    if nc and re.search(
        r"\bcommercial(?:ly)?,?\s+(?:or|and(?:/or)?)\s+(?:an?\s+)?non-?\s?commercial|\balternative\b|"
        # "for any purpose, not limited to non-commercial use"
        r"\bnot\s+(?:just\s+|only\s+)?(?:limited|restricted)\s+to\s+non-?\s?commercial|"
        r"\bnot\s+(?:just|only)\s+(?:for\s+)?non-?\s?commercial|" + BUSINESS_OR_NON_COMMERCIAL,
        text,
    ):
        nc = None  # both kinds of purpose allowed, or one of several alternatives
    if nc and re.search(r"\btrademarks?\b|\blogos?\b|\bnames?\s+of\b", text):
        nc = None  # a limit on using the licensor's marks, not on using the work
    if nc and not re.search(r"\bmeans\b", text[: nc.start()]):
        # A bare "non-commercial purposes" limits only when it scopes a grant.
        only_purpose = (
            re.fullmatch(r"non-?\s?commercial\s+(?:\([^()]*\)\s+)?(?:purposes?|uses?)", nc.group(0))
            is not None
        )
        if not only_purpose or grant:
            low, high = on_its_lines(s, *in_sentence(s, nc, text), 40, 40)
            hits.append(Hit("restriction", "non-commercial", make_evidence(s, low, high, 0.85)))
    return hits + _research(s, text, grant)


_MADE_FOR = re.compile(
    r"\b(?:designed|developed|intended|created|written|made|built|prepared)\s+(?:\w+\s+){0,2}$"
)
# A grant "for evaluation or non-commercial purposes" lets the work be tried, not put to use.
_EVALUATION_SCOPE = re.compile(
    r"\bfor\s+(?:the\s+purposes?\s+of\s+)?(?:internal\s+)?evaluation\b(?:\s+(?:or|and)\s+[\w-]+)?"
    r"\s+(?:purposes?|uses?)\b"
)


# "Trial fonts must be used for test purposes", "may only be used for evaluation purposes": a
# duty that keeps use to trying the work, whether or not a grant comes with it.
_EVALUATION_DUTY = re.compile(
    r"\b(?:(?:must|shall)\s+(?:only\s+|solely\s+)?be\s+used\s+(?:only\s+|solely\s+|exclusively\s+)?|"
    r"(?:may|can)\s+(?:only|solely)\s+be\s+used\s+|(?:may|can)\s+be\s+used\s+(?:only|solely|"
    r"exclusively)\s+)for\s+(?:the\s+purposes?\s+of\s+)?(?:internal\s+)?(?:tests?|testing|"
    r"evaluation|evaluating|trial)\s+(?:purposes?|purpose\(s\)|uses?)\b|"
    # "This copy is for evaluation purposes", "The Software is licensed for evaluation only"
    r"\b(?:this|the)\s+(?:copy|version|edition|software|product|licen[cs]e)\s+is\s+(?:(?:only|solely|"
    r"provided|intended|licen[cs]ed|supplied|made\s+available)\s+)*for\s+(?:the\s+purposes?\s+of\s+)?"
    r"(?:evaluation|evaluating|testing|trial)\b(?:\s+(?:purposes?|use))?"
    # "The trial license expires 30 days after installation"
    r"|\b(?:trial|evaluation)\s+(?:licen[cs]e|period|version|copy)\s+(?:expires|ends|terminates|lapses)\b"
    # "for a 30-day trial period only"
    r"|\bfor\s+(?:a|an|the)\s+(?:\d+|[a-z]+)[- ]days?\s+(?:trial|evaluation)(?:\s+period)?\s+only\b"
)


def _research(s: Sentence, text: str, grant: bool) -> list[Hit]:
    hits: list[Hit] = []
    ev_scope = _EVALUATION_SCOPE.search(text) if grant and "evaluation" in text else None
    if ev_scope is None and has_any(text, ("test", "evaluat", "trial")):
        ev_scope = _EVALUATION_DUTY.search(text)
    if ev_scope and not negated(text, ev_scope.start()):
        a, b = in_sentence(s, ev_scope, text)
        hits.append(Hit("restriction", "evaluation-only", make_evidence(s, a - 40, b + 20, 0.75)))
    rs = _RESEARCH.search(text)
    # "For research purposes only." limits on its own; a bare "for research purposes" only
    # when it scopes a grant.
    only = rs is not None and re.match(r"\s*only\b", text[rs.end() :]) is not None
    # "This Agreement is entered into for academic and research purposes": the whole
    # agreement's purpose scopes its grant
    scoped = rs is not None and _AGREEMENT_MADE_FOR.search(text, 0, rs.start()) is not None
    if (
        rs
        and (grant or only or scoped or not rs.group(0).startswith("for"))
        # "The software was developed for research purposes only": its origin, not a limit
        and not _MADE_FOR.search(text[max(0, rs.start() - 40) : rs.start()])
        and not re.search(r"\bmeans\b", text[: rs.start()])
        and not negated(text, rs.start())
    ):
        a, b = in_sentence(s, rs, text)
        hits.append(Hit("restriction", "research-only", make_evidence(s, a - 40, b + 40, 0.8)))
    return hits


# Outputs and other models -----------------------------------------------------------------

# What training makes: a model, an AI system, a neural network.
_TRAINED = (
    r"(?:models?|llms?|ai\b|artificial\s+intelligence|machine\s+learning|neural\s+networks?|"
    r"(?:ai|ml)\s+systems?)"
)
_NOT_YOUR_CONTENT = (
    r"(?![^.;]{0,60}?\b(?:(?:your|their|users?'?)\s+(?:own\s+)?(?:prompts?|inputs?|data|files|content|"
    r"conversations?|submissions?|uploads?)|(?:prompts?|inputs?|content|data|files)\s+you\s+(?:submit|"
    r"provide|upload|send|enter)|train\s+its\s+(?:own\s+)?models?)\b)"
)
# Any character but a sentence's end: a version's dot ("Hunyuan 3D 2.0") ends nothing.
_NO_END = r"(?:[^.]|\.(?=\d))"
_IMPROVE_BAN = re.compile(
    # "Distilling the Model into another model is prohibited"
    r"\b(?:distill?ing|distillation\s+of|using)\b[^.;]{0,60}?\b(?:into|to\s+(?:train|improve|create|"
    r"build))\s+(?:an)?other\s+(?:[\w-]+\s+){0,2}?models?\b[^.;]{0,30}?\b"
    + IS_BARRED
    + r"|"
    + PROHIBIT
    + r"\b"
    + _NO_END
    + r"{0,140}?\b(?:improve|train|develop|create|build|enhance|distil+)\w*\b"
    + _NO_END
    + r"{0,60}?\b(?:other|another|competing|compete|any|third[- ]party)\b"
    + _NO_END
    + r"{0,60}?"
    r"\b(?:models?|llms?|ai|artificial\s+intelligence|machine\s+learning)\b|"
    + PROHIBIT
    + r"\b"
    + _NO_END
    + r"{0,140}?\b(?:improve|train|develop|create|build|distil+|fine-?tune)"
    r"\w*,?\s+"
    r"(?:[\w-]+,?\s+){0,8}?models?\s+(?:that|which)\s+(?:(?:may|might|could|would|will|can)\s+)?"
    r"(?:compete|(?:is|are|would\s+be|be)\s+(?:directly\s+)?competitive)|"
    # the work as training material, whatever model: "Do not use this dataset to train large
    # language models", "may not be used as training data for machine learning" (not a
    # provider's promise about the user's own content: "will not use your prompts to train")
    + PROHIBIT
    + _NOT_YOUR_CONTENT
    + r"\b[^.;]{0,100}?\b(?:(?:to|for)\s+(?:the\s+)?(?:pre-?|re-?)?(?:train|fine-?tun)\w*\s+"
    r"(?:(?:or|and)\s+[\w-]+\s+)?(?:of\s+)?(?:\w+\s+){0,3}?|as\s+(?:\w+\s+)?training\s+(?:data|"
    r"material|corpus|sets?)\s+(?:for|of|to)\s+(?:\w+\s+){0,3}?)"
    + _TRAINED
    + r"|"
    + PROHIBIT
    + _NOT_YOUR_CONTENT
    + r"\b[^.;]{0,100}?\b(?:for|in)\s+(?:any\s+)?(?:machine\s+learning|ml|ai|model|llm)\s+"
    r"training\b|"
    # "Using this code to train AI systems is prohibited"
    r"\b(?:using|use\s+of)\b[^.;]{0,60}?\b(?:to|for)\s+(?:the\s+)?(?:pre-?|re-?)?"
    r"(?:train|fine-?tun)\w*\s+(?:of\s+)?(?:\w+\s+){0,3}?"
    + _TRAINED
    + r"[^.;]{0,30}?\b"
    + IS_BARRED
)
_OUTPUT = re.compile(r"\boutputs?\b|\bresults\s+of\b|\bgenerated\s+content\b")
# What a model or engine produces, named otherwise: "synthetic voices produced by the Engine",
# "Predictions made by the Model".
_PRODUCED = re.compile(
    r"\b(?:produced|generated|made|created|output)\s+by\s+(?:the|this)\s+(?:model|engine|service|"
    r"software|system)\b|\bgenerated\s+(?:content|images?|text|audio|media)\b|\bsynthetic\s+\w+"
)
_OUTPUT_RULES = re.compile(
    r"\bno\s+use\s+of\s+the\s+outputs?\s+(?:can|may|shall)\s+contravene\b|"
    r"\bcontravene\b[^.]{0,80}\buse\s+of\s+the\s+outputs?\b|"
    r"\boutputs?\s+(?:may|shall|must|can)\s+not\s+be\s+used\b|"
    + PROHIBIT
    + r"\s+use\s+(?:any\s+|the\s+)?outputs?\b"
)
_OUTPUT_TRAINS = re.compile(
    r"\boutputs?\b[^.]{0,120}\b(?:create|train|fine[- ]?tune|improve|distil\w*)\b[^.]{0,60}"
    r"\b(?:ai\s+)?models?\b|\b(?:synthetic\s+data|distillation)\b[^.]{0,120}\boutputs?\b|"
    r"\boutputs?\b[^.]{0,160}\b(?:synthetic\s+data|distillation)\b|"
    # the model named first: "any other model created which is based on or derived from the
    # Model or the Model's output"
    r"\bmodels?\b[^.]{0,40}?\b(?:created|trained|built|developed|made)\b[^.]{0,200}?\b(?:based\s+on|"
    r"derived\s+from|using)\b[^.]{0,80}?\boutputs?\b"
)


# What a model makes, as the subject or object of a limit: "Outputs", "Generated Images",
# "images produced with the Model", "content generated by the Service".
_MADE_BY_MODEL = (
    r"(?:(?:any|all|the|such|your)\s+)?(?:(?:outputs?|content|images?|text|audio|media|video|speech|"
    r"music|pictures?|artwork|responses|completions|translations|predictions|results)\s+(?:that\s+"
    r"(?:is|are)\s+)?(?:produced|generated|created|made|obtained|returned|output)\s+(?:with|by|"
    r"using|from|through|via)\s+(?:the|this|a|an)\s+(?:[\w-]+\s+){0,2}?(?:models?|engines?|"
    r"services?|api|software|tools?|systems?|platform)|outputs?|generated\s+(?:content|images?|text|"
    r"audio|media|video|data|code|speech|music))"
)
_OUTPUT_LIMIT = re.compile(
    # the outputs as the subject: "Images produced with the Model may not be sold"
    rf"(?P<subject>\b{_MADE_BY_MODEL}\b[^.;]{{0,60}}?\b(?:(?:may|shall|must)\s+not|"
    # (what will not or cannot be done with outputs, not that "output to the screen will not
    # work correctly")
    r"(?:(?:can|will)\s+not|cannot)\s+(?:be\s+)?(?:[\w-]+ly\s+)?(?:used?|sold|sell|shared?|"
    r"distribut\w+|publish\w*|claim\w*|present\w*|represent\w*|copyright\w*|licen[cs]\w+|"
    r"exploit\w*|commerciali[sz]\w+|incorporat\w+|made\s+available)\b|"
    r"(?:may|shall|can)\s+(?:only|solely)\s+be\s+used|" + IS_BARRED + r"|"
    # "Outputs may be used for non-commercial purposes only", "must be labelled as AI-generated"
    r"(?:may|shall|can)\s+be\s+used\s+[^.;]{0,60}?\b(?:only|solely|exclusively)\b|"
    r"(?:must|shall)\s+be\s+(?:clearly\s+|conspicuously\s+)?(?:labell?ed|marked|identified|tagged|"
    r"watermarked|disclosed)\s+as\b))|"
    # "Use of images generated by X in news reporting is prohibited"
    rf"\b(?:use|usage|sale|publication|distribution)\s+of\s+{_MADE_BY_MODEL}\b[^.;]{{0,80}}?\b"
    + IS_BARRED
    + r"|"
    # the outputs as the object of a ban: "You may not present the Outputs as ..."
    + PROHIBIT
    + rf"\s+(?:use|sell|publish|distribute|present|represent|pass\s+off|claim)\s+(?:that\s+)?"
    rf"{_MADE_BY_MODEL}\b|"
    # a duty to label what the model made: "mark any content generated by the Model as
    # machine-generated", "disclose that the Output was generated by AI"
    r"\b(?:must|shall|agree\s+to|required\s+to)\s+(?:clearly\s+|conspicuously\s+)?(?:mark|label|"
    rf"identify|tag|watermark|disclose)\s+(?:that\s+)?{_MADE_BY_MODEL}\b[^.;]{{0,60}}?\b(?:as|was|were|is|"
    r"are)\b[^.;]{0,40}?\b(?:ai|machine|model|artificial|automatically|computer)[- ]?(?:generated|"
    r"made|created|intelligence)?\b"
)
_SHARING_OF_OUTPUTS = (
    *("no-selling", "no-redistribution", "no-derivatives", "field-of-use", "non-commercial"),
    "research-only",
)


def _output_limits(s: Sentence, hits: list[Hit]) -> list[Hit]:
    """What a model makes kept from some uses: the sentence's other kinds, said of the outputs
    rather than of the work, give way to the one output-use limit."""
    text = s.full
    if any(h.kind == "output-use" for h in hits) or not has_any(
        text, ("output", "generated", "produced", "created", "made", "obtained", "returned")
    ):
        return hits
    m = _OUTPUT_LIMIT.search(text)
    if m is None or (negated(text, m.start()) and not m.group(0).startswith(("no", "not"))):
        return hits
    a, b = in_sentence(s, m, text)
    hit = Hit("restriction", "output-use", make_evidence(s, a, b, 0.75))
    if m.group("subject") or not _names_the_work(text[: m.start()]):
        hits = [h for h in hits if h.kind not in _SHARING_OF_OUTPUTS]
    return [*hits, hit]


def _names_the_work(text: str) -> bool:
    """Whether a ban names the work itself, not only what it makes ("outputs generated by the
    Model" names the outputs)."""
    return _WORK_NAMED.search(_OUTPUT_PHRASE.sub(" ", text)) is not None


_OUTPUT_PHRASE = re.compile(
    rf"\b{_MADE_BY_MODEL}|\boutputs?\s+(?:of|from)\s+(?:the|this)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:model|software|service)\b"
)
_WORK_NAMED = re.compile(
    r"\b(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:model|software|weights|work)\b(?!\s*(?:'s\s+)?outputs?)"
)


_OUTPUT_DUTY = re.compile(
    r"\b(?:shall|must|means|deemed|derivatives?|subject\s+to|bound\s+by|required\s+to)\b"
)


def _models(s: Sentence) -> list[Hit]:
    """Bans on improving other models and limits on what outputs may be used for."""
    text = s.full
    hits: list[Hit] = []
    if not has_any(text, ("model", "llm", "output", " ai", "artificial", "machine", "result")):
        return hits
    ban = _IMPROVE_BAN.search(text) if has_any(text, PROHIBIT_KEYS) else None
    if ban and not CONDITIONAL_EXCEPTION.search(text[: ban.start()]):
        a, b = in_sentence(s, ban, text)
        outputs = _OUTPUT.search(ban.group(0)) is not None
        scope = "outputs and the work" if outputs else "the work"
        hits.append(
            Hit(
                "restriction",
                "model-improvement-ban",
                make_evidence(s, a, b, 0.85),
                {"scope": scope},
            )
        )
        if outputs:
            # The same ban limits what the outputs may be used for.
            hits.append(Hit("restriction", "output-use", make_evidence(s, a, b, 0.8)))
        return hits
    rule = _OUTPUT_RULES.search(text) if "output" in text else None
    if rule:
        a, b = in_sentence(s, rule, text)
        hits.append(Hit("restriction", "output-use", make_evidence(s, a, b + 80, 0.8)))
        return hits
    trains = _OUTPUT_TRAINS.search(s.norm) if "output" in s.norm else None
    # Training on outputs limits them only when it brings a duty or makes the trained model
    # a derivative bound by the terms; "using outputs to train models is allowed" does not.
    if trains and not negated(s.norm, trains.start()) and _OUTPUT_DUTY.search(s.full):
        scope = "models trained on the outputs are bound by the terms"
        hits.append(
            Hit(
                "restriction",
                "output-use",
                make_evidence(s, trains.start(), trains.end(), 0.7),
                {"scope": scope},
            )
        )
    return hits


# Copying, changing, sharing -----------------------------------------------------------------

# Between "may not" and the verb only other verbs of a list may stand ("may not modify, copy,
# lease, sell or distribute"), so "do not apply to those sections when you distribute" is no ban.
# (any one word with a comma after it is one more verb of the list: "may not edit, arrange,
# translate or decompile")
_VERB_LIST = (
    r"(?:(?:(?:directly|indirectly|otherwise|in\s+any\s+way|use|copy|modify|sell|resell|lease|rent|"
    r"reproduce|license|sublicense|transfer|assign|publish|display|perform|reverse\s+engineer|"
    r"decompile|disassemble|alter|translate|merge|adapt|create|make|distribute|redistribute|share|"
    r"loan|host|exploit|commercially|edit|arrange),?|[a-z][a-z-]{2,},)\s+(?:or\s+|and\s+|and/or\s+)?)"
    r"{0,8}?"
)
# "You agree not to: (i) except as expressly permitted in Section 2.1, sell, rent ...": an
# item number and the exception may stand between the ban and its verbs.
_BAN_GAP = (
    r"(?:\s*\((?:[ivx]{1,4}|[a-z]|\d{1,2})\))?(?:\s+(?:except|other\s+than)\s+as\s+[^,;]{0,80},)?"
)
# "Changing is not permitted", "Redistribution of the binaries is prohibited": the act is the
# subject of the ban (with what it is done to only at the head of a sentence, and not a part of
# the work: "Distribution of only part of The Program is not allowed" asks for the whole).
_ACT_BANNED = (
    r"(?:^\W*(?:[\w()]{{1,4}}\W+)?{act}\s+(?:(?:of|to)\s+)?(?:(?!\b(?:only|part|parts|partial\w*|"
    r"separate\w*|modified|without|and|or)\b)[^.;,]){{0,60}}?|\b{act})\s+(?:is|are)\s+(?:strictly"
    r"\s+|expressly\s+)?"
    r"(?:not\s+(?:permitted|allowed)|prohibited|forbidden)\b"
)
# "No part of the Material may be ...", "No file may be ..."
_NO_PART = (
    r"\bno\s+(?:part|portion|file|files|component|section|copy|copies|element)s?\b(?:\s+of\s+[^.;]"
    r"{0,60}?)?"
    r"\s+(?:may|shall|can|must)\s+be\s+"
)
_NO_SHARE = re.compile(
    PROHIBIT
    + _BAN_GAP
    + r"\s+(?:to\s+)?"
    + _VERB_LIST
    + r"(?:re-?)?(?:distribut\w*|share|publish|make\s+(?:\w+\s+){0,4}available|"
    r"lease|rent|disseminate)\b(?P<obj>[^.;]{0,200})|"
    # "You may not duplicate or copy the Software (except as needed to use it)"
     + PROHIBIT + r"\s+(?:duplicate|copy|reproduce)(?:\s+or\s+(?:duplicate|copy|reproduce))?\s+"
    r"(?:the\s+|this\s+)?(?:software|program|product|work|materials?)\b(?P<obj2>[^.;]{0,140})|"
    r"\bnot\s+for\s+(?:re)?distribution\b|"
    # "These scripts may also not be put up at another script archive"
    r"\b(?:may|shall|must|can)\s+(?:also\s+)?not\s+be\s+(?:put\s+up|posted|uploaded|mirrored|placed)\s+"
    r"(?:at|on|in)\s+(?:any\s+|an?\s+)?(?:other|another)\b|"
    # "... or any other copies thereof may not be provided or otherwise made available to any
    # other person": a proprietary notice keeps the work from others by forbidding its disclosure.
    r"\b(?:may|shall|must|can)\s*not\s+be\s+(?:disclosed|provided|transferred|given|(?:otherwise\s"
    r"+)?made\s+available)\b(?:\s+or\s+otherwise\s+(?:made\s+available|disclosed))?\s+to\s+(?:any\s+)?"
    r"(?:other\s+persons?|third\s+part(?:y|ies)|others|anyone)\b|"
    # "Its use and dissemination by any party other than X is strictly limited", "disclosure to
    # any third parties is conditional upon having a separate agreement"
    r"\b(?:disclosure|dissemination)\b(?:(?!government)[^.;]){0,80}?\b(?:to|by)\s+(?:any\s+)?"
    r"(?:third\s+part(?:y|ies)|other\s+persons?|party\s+other\s+than)\b(?:(?!government)[^.;]){0,60}?"
    r"\b(?:is|are)\s+(?:strictly\s+)?(?:limited|restricted|conditional|prohibited|forbidden|"
    r"not\s+(?:permitted|allowed))\b|"
    # "will not make copies ... or allow copies ... to be made by others"
     + PROHIBIT + r"[^.;]{0,80}\ballow\s+(?:any\s+)?copies\b[^.;]{0,80}\bby\s+"
    r"(?:others|third\s+parties|anyone)\b|"
    # "'Reference use' ... specifically excludes the right to distribute the software"
    r"\b(?:excludes?|does\s+not\s+include|not\s+including)\s+(?:the\s+|any\s+)?rights?\s+to\s+"
    r"(?:re)?distribut\w*\b(?P<obj3>[^.;]{0,140})|"
    # "You will not decompile it, in whole or in part, except as the law permits, or distribute
    # it": a verb coordinated at the end of a ban
     + PROHIBIT + r"\s[^.;]{0,160}?,\s+(?:or|nor)\s+(?:re)?distribute\s+"
    r"(?:it|them|the\s+software|this\s+software)(?=\s*(?:[.;]|$))"
    # "You may not sublicense the Software Code ... through distribution, network access ..."
    r"|\b(?:may|shall|must|will)\s+not\s+sublicen[cs]e\b[^.;]{0,200}\bthrough\s+distribution\b"
)
_BARE_ACT = re.compile(r"[a-z-]+\s+(?:is|are)\s")
_LICENSE_TEXT = re.compile(r"\blicen[cs]e\s+(?:document|text)\b|\btext\s+of\s+this\s+licen[cs]e\b")
_NO_PART_KEYS = (
    "permission before",
    "permission prior",
    "no part",
    "no portion",
    "no file",
    "no compon",
    "no section",
    "no cop",
    "no elem",
)
# "The License does not allow:" / "* Sale or distribution of Content as ..."
_NOT_ALLOWED_LEAD = re.compile(
    r"\b(?:does|do|shall|will)\s+not\s+(?:allow|permit)\b|\bnot\s+(?:allowed|permitted)\b|"
    r"\bprohibit\w*\b|\bforbidden\b|\bagree\s+not\s+to\s+(?:allow|permit)\b"
)
_SHARING_NOUN = re.compile(r"(?:the\s+|any\s+)?(?:(?:sale|resale)\s+or\s+)?(?:re)?distribution\b")
_SELLING_NOUN = re.compile(r"(?:the\s+|any\s+)?(?:sale|resale|rental|leasing|selling)\b")
_NO_CHANGE = re.compile(
    PROHIBIT
    + _BAN_GAP
    + r"\s+(?:to\s+)?"  # (an item "to edit ..." under a lead-in "is not entitled to")
    + _VERB_LIST
    + r"(?:modify|alter|adapt|translate|(?:create|make|prepare)\s+(?:any\s+)?"
    r"(?:derivative|derivatives|modifications)|change)\b(?P<obj>[^.;]{0,140})|"
    r"\bbut\s+not\s+share,?\s+adapted\s+material\b|\bno\s?derivatives\b(?!\s+restriction)|"
    # "... but otherwise you have no rights to make Adaptations"
    r"\b(?:have|has|get|are\s+granted)\s+no\s+rights?\s+to\s+(?:make|create|prepare|produce)\s+(?:"
    r"any\s+)?"
    r"(?:derivative\s+works?|adaptations?|modifications|derivatives|modified\s+versions?)\b|"
    # "Distribution of the Software ... in a modified form without consent is prohibited"
    r"\b(?:re)?distribution\s+of\b[^.]{0,100}\bin\s+(?:a\s+)?modified\s+form\b[^.]{0,100}\b(?:is|are)\s+"
    r"(?:prohibited|forbidden|not\s+(?:permitted|allowed))\b|"
    r"\b(?:may|shall|must|can)\s*not\s+be\s+(?:modified|altered|adapted|translated|changed)\b|"
    # "... shall not be redistributed to any third party or modified in any way": a change
    # coordinated with another passive ban
    r"\b(?:may|shall|must|can)\s*not\s+be\s+(?:(?:re)?distributed|copied|sold|reproduced|published)\b"
    r"[^.;]{0,60}?\b(?:or|nor)\s+(?:be\s+)?(?:modified|altered|adapted|translated|changed)\b|"
    # "All other use, reproduction, modification, distribution ... is strictly prohibited": the
    # grant before it was narrower and changes were not in it
    r"\ball\s+other\s+(?:[\w-]+,?\s+){0,6}?(?:or\s+|and\s+)?(?:modification|alteration|adaptation)"
    r"s?\b"
    r"[^.]{0,120}?\b(?:is|are)\s+" + BAN_ADVERB + r"(?:prohibited|forbidden|"
    r"not\s+(?:permitted|allowed))\b"
)
# Permission for unmodified copies only: "Redistribution ... without modification, are permitted".
_UNMODIFIED_ONLY = re.compile(
    r"(?<!with\sor\s)\bwithout\s+modifications?\b[^.]{0,80}\b(?:is|are)\s+(?:hereby\s+)?permitted"
    r"\b|"
    # "This work may be utilized or reproduced without any modification": copies as they are
    r"\bmay\s+be\s+(?:[\w-]+\s+(?:or|and)\s+)?(?:copied|reproduced|distributed|redistributed)\s+"
    r"without\s+(?:any\s+)?(?:modifications?|alterations?|changes?)\b|"
    # "redistribution is only allowed where the original installer has not been modified"
    r"\b(?:re)?distribution\b[^.]{0,80}\bonly\s+(?:allowed|permitted)\b[^.]{0,120}\b(?:have|has)\s"
    r"+not\s+"
    r"been\s+(?:modified|altered|changed)\b|"
    r"\bonly\s+(?:in\s+)?(?:unmodified|verbatim|unaltered)\b[^.]{0,60}\b(?:may|can)\b|"
    r"\b(?:unmodified|verbatim|unaltered)\s+(?:form|copies|versions?)\s+only\b|"
    # "must be distributed exactly as received"
    r"\b(?:distributed|redistributed|shared|copied|passed\s+on)\s+(?:only\s+)?exactly\s+as\s+"
    r"(?:received|supplied|provided|delivered|downloaded)\b|"
    # "distribute this archive only in its original, unmodified form"
    r"\bonly\s+in\s+(?:its|their|the)\s+(?:original,?\s+(?:and\s+)?)?(?:unmodified|unaltered|"
    r"original|complete\s+(?:and\s+)?unmodified)\s+(?:form|state|condition)\b|"
    # "The materials contained herein are unmodified and are used unmodified."
    r"\b(?:materials?|software|work|program|package|distribution|files?|code|product)\b[^.;]{0,60}"
    r"\b(?:are|is|be|remains?)\s+(?:kept\s+|left\s+|retained\s+)?unmodified\b|\bused\s+unmodified\b"
)
# "you are only allowed to distribute versions released by the author"
_AUTHORS_VERSIONS_ONLY = re.compile(
    r"\bonly\s+(?:be\s+)?(?:allowed\s+|permitted\s+|able\s+)?(?:to\s+)?(?:re)?distribut\w*\s+(?:the\s+)?"
    r"(?:original|unmodified|official\s+(?:versions?|releases?)|(?:versions?|releases?|copies)\s+"
    r"(?:released|published|provided|distributed|made\s+available)\s+by\s+(?:the\s+)?(?:original\s"
    r"+)?"
    r"(?:authors?|licensor|copyright\s+holders?|developers?))\b"
)
# A condition of a grant on the work itself: "provided that the distribution is retained
# unmodified in its entirety", "provided the distribution package is not modified in any way",
# "You leave the original Software distribution unmodified". What stands between the work and
# the verb may not name a notice, which is only to be kept intact. It withholds changes only where
# the text grants none elsewhere ("... as long as the code is not changed. You may also modify
# this code and distribute the modified version").
_KEPT_UNMODIFIED = re.compile(
    r"\b(?:materials?|software|work|program|package|distribution|files?|code|product)\b"
    r"(?:(?!notice|copyright|licen[cs]e|header|legend|disclaimer|statement)[^.;]){0,60}"
    r"\b(?:are|is|be|remains?)\s+(?:(?:[a-z]+ed\s+)?(?:unmodified|unaltered)|not\s+(?:be\s+)?"
    r"(?:modified|altered|changed)(?:\s+in\s+any\s+(?:way|manner|form))?)\b|"
    r"\b(?:leave|keep|retain)s?\s+(?:the\s+|this\s+|its\s+)?(?:original\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:software|work|program|package|distribution|files?|code|product)\s+(?:unmodified|unaltered)\b|"
    r"\b(?:provided|providing|as\s+long\s+as|so\s+long\s+as)\s+(?:that\s+)?(?:it|they)\s+(?:is|are)\s+not\s+"
    r"(?:altered|modified|changed)\b|"
    # "provided that no changes whatsoever are made", "but no changes may be made to it"
    r"\b(?:provided|providing|as\s+long\s+as|so\s+long\s+as)\s+(?:that\s+)?no\s+(?:changes|"
    r"modifications|alterations)\s+(?:\w+\s+)?(?:are|is|have\s+been)\s+made\b|"
    r"\bno\s+(?:changes|modifications|alterations)\s+(?:may|shall|can)\s+be\s+made\s+(?:to|in)\s+"
    r"(?:it|them|the\s+(?:file|work|software|program|package|code|document)|this)\b|"
    r"\b(?:software|work|program|package|files?|code|product)\b"
    r"(?:(?!notice|copyright|licen[cs]e|header|legend|disclaimer|statement)[^.;]){0,60}"
    r"\bnot\s+be\s+(?:modified|altered|changed)\b|"
    # "You can redistribute it, but only where there has been no modification to it", "only if
    # it has not been modified"
    r"\b(?:only|provided|as\s+long\s+as|so\s+long\s+as)\s+(?:that\s+|where\s+|if\s+|when\s+)?"
    r"(?:there\s+(?:has|have)\s+been\s+no\s+(?:modifications?|changes?|alterations?)|(?:it|they)\s+"
    r"(?:has|have)\s+not\s+been\s+(?:modified|altered|changed))\b|"
    # "... are granted to you without fee, provided that: ... 2. You do not modify the Package"
    r"\bprovided\s+that\b[^.]{0,300}?\b(?:you|licensee)\s+(?:do|does|shall|will)\s+not\s+(?:modify"
    r"|alter|change)\s+"
    r"(?:the|this)\s+(?:software|package|work|program|code|product|files?|firmware)\b"
)
_NOT_THE_WORK = re.compile(
    r"\b(?:account|credentials?|password|notices?|headers?(?!\s+files)|licen[cs]e\s+(?:text|document)|"
    r"(?:this|the)\s+(?:licen[cs]e|agreement)\b(?!d|\s+(?:holders?|owners?)\b)|these\s+terms|"
    r"copyright(?!\s+(?:holders?|owners?))|"
    r"personal|file\s?names?|not\s+included\s+in\s+(?:this|the)|"
    # the licensor's locks: "circumvent or create any workaround to any copy protection"
    r"workarounds?|copy[- ]protection|licen[cs]e\s+(?:verification|keys?|managers?|checks?)|"
    r"(?:technical|technological)\s+(?:protection\s+)?measures|"
    r"rights\s+(?:or|and)\s+obligations|your\s+input|disclaimers?|limitations?\s+of\s+liability|"
    r"(?:with|under)\s+(?:any\s+)?(?:technological|terms|conditions)|under\s+(?:[\w-]+\s+){0,3}terms|"
    r"under\s+the\s+name|the\s+name\s+of|using\s+(?:any\s+|the\s+)?[\w-]*\s*trademarks?|"
    r"(?:any|the|such|its)\s+(?:copyright\s+)?(?:trademarks?|service\s+marks?|logos?))\b"
)


# Rarer wordings of the same bans, tried only where the common ones found nothing and a key
# word of theirs occurs (every alternative of a large pattern costs on every search).
_NO_SHARE_MORE = re.compile(
    _NO_PART
    + r"(?:[\w-]+,?\s+(?:or\s+|and\s+|and/or\s+)?){0,10}?(?:re-?)?(?:distributed|published|"
    r"transmitted|posted|uploaded|disseminated|shared)\b|"
    + _ACT_BANNED.format(act=r"(?:re-?)?(?:distribution|distributing|publishing|sharing)")
    + r"|"
    # "These fonts can not be included in any compilation CDs, disks or products"
    r"\b(?:may|shall|must|can)\s*not\s+be\s+(?:included|bundled|packaged|incorporated|sold)\s+(?:in|into|"
    r"with|on|as\s+part\s+of)\s+(?:any\s+|a\s+)?(?:other\s+)?(?:[\w-]+\s+)?(?:compilations?|collections?|"
    r"distributions?|bundles?|cds?|dvds?|archives?)\b|"
    r"\b(?:may|shall|must|can)\s+(?:also\s+)?not\s+be\s+(?:put\s+up|posted|uploaded|mirrored|placed|"
    r"hosted)\s+(?:at|on|in)\s+(?:any\s+|an?\s+)?(?:public\w*(?:[- ]accessible)?|internet|web|ftp|"
    r"file[- ]sharing|online)\b|"
    # "Obtain permission before redistributing this software": sharing needs leave first
    r"\b(?:obtain|get|ask\s+for|seek|request)\s+(?:(?:prior|written|express|my|our|the\s+author's)"
    r"\s+){0,3}"
    r"permission\s+(?:before|prior\s+to)\s+(?:re-?)?distribut\w*|"
    # "The software may not be copied", "no copying of all or any part of the code is allowed":
    # copying kept back in the passive or with the act as the subject keeps the work from others
    # (not a phrase quoted as a mention, 'Statements such as "may not be reproduced"', nor a
    # limit on one medium, "may not be reproduced in hard copy")
    r"(?<![\"'\u201c])\b(?:may|shall|must|can)\s*not\s+be\s+(?:copied|reproduced|duplicated)\b"
    r"(?![\"'\u201d]|\s+in\s+(?:hard\s*cop|print|paper))|"
    r"\bno\s+(?:copying|reproduction|duplication)\b[^.;]{0,80}?\b(?:is|are)\s+(?:allowed|permitted|"
    r"authori[sz]ed)\b|"
    # "Only Jane Roe has the right to redistribute this code": sharing kept for someone named
    r"^\W*only\s+(?:[\w.'-]+\s+){1,4}?(?:has|have|holds?|retains?)\s+the\s+(?:exclusive\s+|sole\s+"
    r")?rights?\s+to\s+(?:re-?)?distribute\s+(?:the|this|these|its)\s+(?!licen|terms|agreement)"
)
_NO_CHANGE_MORE = re.compile(
    # "Changing is not permitted", "Modification of the files is prohibited": the act is the
    # subject of the ban
    _ACT_BANNED.format(act=r"(?:changing|modifying|altering|modifications?|alterations?|changes)")
    + r"|"
    # "No file may be removed or modified", "No part of the Material may be ... modified"
    + _NO_PART
    + r"(?:[\w-]+,?\s+(?:or\s+|and\s+|and/or\s+)?){0,10}?(?:modified|altered|adapted|translated|"
    r"changed)\b"
)
_SHARE_MORE_KEYS = (
    *_NO_PART_KEYS,
    *("distribution", "distributing", "publishing", "sharing", "included", "bundled", "packaged"),
    *("incorporated", "sold", "posted", "uploaded", "hosted", "placed", "put up", "mirrored"),
    *("copied", "reproduced", "duplicated", "no copying", "no reproduction", "no duplication"),
    "right to redistribute",
    "right to distribute",
)
_CHANGE_MORE_KEYS = (
    *_NO_PART_KEYS,
    *("changing", "modifying", "altering", "modification", "alteration", "changes"),
)


# "If you cannot distribute so as to ..." states a condition, not a ban.
# "which this license cannot change": the subject is not the licensee.
_OTHER_SUBJECT = re.compile(
    r"\b(?:licen[cs]e|laws?|agreement|terms|we|licensor|provision|section|nothing)\s*$"
)
# ", or provide it as ...", "; transfer this agreement": another verb with its own object.
_NEXT_CLAUSE = re.compile(r";|,?\s+(?:or|and)\s+(?=[a-z]+\s+(?:it|the|this|these|any|a|an|your)\b)")
_NEXT_OBJECT = re.compile(
    r",\s+(?:or|nor|and)\s+(?=(?:the|a|an|any|its|their|your)\s)|"
    r"\s+(?:or|and)\s+(?=(?:this|the)\s+(?:agreement|licen[cs]e|terms)\b)"
)
_AS_A_SERVICE = re.compile(r"[^.;]{0,40}?\bas\s+a\s+[^.;]{0,40}?\bservice\b")
_TO_WHOM = re.compile(
    r"\s+to\s+(?:any|all|other|others|third|anyone|anybody|persons?|entities|the\s+public)\b"
)
_EXCEPTION_TAIL = re.compile(r"\b(?:except|unless|other\s+than|save\s+as)\b")
_DETERMINER = re.compile(r"\b(?:the|this|these|those|any|a|an|your|its|such|all|copies)\b")


def _direct_object(obj: str) -> str:
    """The words a banned verb takes ("the software" in "share, publish, or lend the software,
    or transfer this agreement"), so a later clause about something else does not count.

    Both readings are returned, joined: from the first words on ("it under the name X") and
    from the first determiner on (past a list of verbs: ", publish, or lend the software").
    """
    first = _DETERMINER.search(obj)
    head = obj[first.start() :] if first else ""
    own = _NEXT_CLAUSE.split(obj, maxsplit=1)[0]
    return f"{own} | {_NEXT_CLAUSE.split(head, maxsplit=1)[0]}"


# "The licensee does not ..." speaks to the reader; "Microsoft does not distribute" does not.
_LICENSEE_SUBJECT = re.compile(r"\b(?:licensee|user|recipient|customer|you)\s*$")
# A ban on sharing for money or for commercial ends: the selling and purpose rules read it.
_FOR_PROFIT = re.compile(
    r"[^.;]{0,80}?\bfor\s+(?:any\s+)?(?:profit|a\s+fee|sale|commercial\s+(?:purposes?|use|gain|advantage))\b"
    r"(?!\s+or\s+(?:otherwise|not))"
)
_IF_CLAUSE = re.compile(r"\bif\s+(?:you|we|it|they|licensee)\s*$")
# "may not use, copy, ... or sell copies of the Software in a military or law enforcement
# context", "will not use or redistribute the Software for such purposes": the ban names where or
# what for, so it limits the field of use (read by _field_sentence), not sharing as such.
_IN_CONTEXT = re.compile(
    r"^[^.;]{0,80}?\b(?:in\s+(?:a|an)\s+(?:[\w-]+\s+){1,6}?(?:context|manner|environment|setting)s?\b|"
    r"for\s+(?:such|these|those|the\s+following)\s+(?:purposes|uses|applications)\b|"
    # "must not use, distribute or make available the Software for high risk activities"
    r"for\s+(?:any\s+)?(?!(?:any|all|other|lawful|legal|your|its|their|commercial|for-profit|profit)\s)"
    r"(?:[\w-]+\s+){1,3}?"
    r"(?:activities|applications)\b)"
)


def _listed_sharing(s: Sentence) -> list[Hit]:
    """An item that names an act of sharing under a lead-in that forbids it."""
    if not s.lead or not _NOT_ALLOWED_LEAD.search(s.lead):
        return []
    item = LIST_MARKER.sub("", s.norm, count=1).strip()
    ev = make_evidence(s, 0, len(s.norm), 0.8)
    if _SHARING_NOUN.match(item):
        return [Hit("restriction", "no-redistribution", ev)]
    if _SELLING_NOUN.match(item):
        return [Hit("restriction", "no-selling", ev)]
    return []


# "Except as expressly permitted by this Agreement, you may not ... distribute": a ban that
# holds only where the text grants nothing of the kind elsewhere.
_EXCEPT_AS_PERMITTED = re.compile(
    r"\b(?:except|other\s+than)\s+as\s+(?:expressly\s+|otherwise\s+|specifically\s+)?(?:provided|permitted|"
    r"set\s+forth|authori[sz]ed)"
)


# A plural noun other than the licensee right before "do not": the sentence says what things do.
_THING_SUBJECT = re.compile(
    r"(?<![\w-])(?!(?:you|licensees|users|recipients|customers|persons|parties|others|"
    r"contributors|developers|distributors|this|thus|unless|as|is|was|has|its|"
    # a list's lead-in: "provided that you meet all of these rules: a) Do not alter ..."
    r"rules|conditions|requirements|restrictions|terms|obligations)\b)[a-z][\w-]*[a-z]s"
    r"\s+$"
)


# "Conventionally licensed programs are distributed in object code only, and the user is not
# entitled to modify them": a preamble on how other software is licensed.
_OTHER_LICENSING = re.compile(
    r"^\W*(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?:conventional(?:ly)?|traditional(?:ly)?|"
    r"proprietary\s+(?:software|programs|licen))"
)


def _not_the_reader(m: re.Match[str], text: str) -> bool:
    """Whether a ban found in ``text`` binds someone else, or only in a condition."""
    if _OTHER_LICENSING.search(text):
        return True
    if _IF_CLAUSE.search(text[max(0, m.start() - 16) : m.start()]):
        return True
    if _OTHER_SUBJECT.search(text[max(0, m.start() - 24) : m.start()]):
        return True
    if _BARE_ACT.match(m.group(0)) and _LICENSE_TEXT.search(text):
        return True  # "copies of this license document, but changing it is not allowed"
    before = text[max(0, m.start() - 30) : m.start()]
    if m.group(0).startswith("do ") and _THING_SUBJECT.search(before):
        return True  # "third-party plugins do not modify the source code": what plugins do
    if m.group(0).startswith("do ") and re.search(r"\w\s+(?:that|which)\s+$", before):
        return True  # "configurations that do not change much over time": a description
    return m.group(0).startswith("does") and not _LICENSEE_SUBJECT.search(before)


def _sharing(s: Sentence) -> tuple[list[Hit], bool]:
    """Bans on sharing and changing the work, and whether they hold only "except as permitted"."""
    listed = _listed_sharing(s)
    if listed:
        return listed, False
    text = s.full
    keys = (
        *(*PROHIBIT_KEYS, *_NO_PART_KEYS, "no right", "exclude", "disclosure", "dissemination"),
        *("no copying", "no reproduction", "no duplication", "right to redistribute"),
        "right to distribute",
    )
    if not has_any(text, keys):
        return [], False
    cond = CONDITIONAL_EXCEPTION.search(text)
    if cond and not _EXCEPT_AS_PERMITTED.match(text, cond.start()):
        return [], False
    hits = []
    pairs: tuple[tuple[RestrictionKind, re.Pattern[str], re.Pattern[str], tuple[str, ...]], ...] = (
        ("no-redistribution", _NO_SHARE, _NO_SHARE_MORE, _SHARE_MORE_KEYS),
        ("no-derivatives", _NO_CHANGE, _NO_CHANGE_MORE, _CHANGE_MORE_KEYS),
    )
    for kind, rx, more, more_keys in pairs:
        m = rx.search(text)
        if m is None and has_any(text, more_keys):
            m = more.search(text)
        if m is None or _not_the_reader(m, text):
            continue
        obj = m.groupdict().get("obj") or m.groupdict().get("obj2") or ""
        if _FOR_PROFIT.match(obj) or _IN_CONTEXT.match(obj):
            continue
        if " be " in m.group(0):  # passive: the subject comes before ("This notice may not be")
            obj = text[max(0, m.start() - 80) : m.start()].rsplit(";", 1)[-1]
            if re.search(r"\bterms\b|\blicen[cs]e\b", obj) or _WHOSE_SUBJECT.search(obj):
                continue
            # "However, this notice must not be changed": the nearest clause names the subject;
            # "Notices ... shall be kept and shall not be altered": the sentence's first one.
            obj = re.split(r"[,;]|\s(?:or|and)\s", obj)[-1]
            if not obj.strip():
                first = re.match(r"(.*?)\b(?:shall|must|may|will|can)\b", text)
                obj = first.group(1) if first else ""
        else:
            # "modify the Package, or the appearance of ... the Logos": the first object counts
            obj = " | ".join(
                _NEXT_OBJECT.split(part, maxsplit=1)[0] for part in _direct_object(obj).split(" | ")
            )
        # "... the Firmware except as provided in this agreement": the exception names the
        # terms, the object is still the work.
        obj = " | ".join(_EXCEPTION_TAIL.split(part, maxsplit=1)[0] for part in obj.split(" | "))
        # ("... available to any person who is not a party to this Agreement": whom it goes to)
        obj = " | ".join(_TO_WHOM.split(part, maxsplit=1)[0] for part in obj.split(" | "))
        if kind == "no-redistribution" and _AS_A_SERVICE.match(obj.split(" | ")[-1]):
            continue  # "distribute the Software as a hosted service": the hosting rule reads it
        named = m.group("obj") if "obj" in m.re.groupindex else None
        verb = text[m.start() : m.start("obj")] if named is not None else m.group(0)
        if _NOT_THE_WORK.search(verb) or _NOT_THE_WORK.search(obj) or _OWN_APPS.match(obj):
            continue
        a, b = in_sentence(s, m, text)
        if kind == "no-redistribution" and _COPYLEFT_BAN.match(named or ""):
            hits.append(Hit("condition", "same-license", make_evidence(s, a, b, 0.8)))
            continue
        if _other_limit(kind, verb, named or "", text[m.end() :]):
            continue
        hits.append(Hit("restriction", kind, make_evidence(s, a, b, 0.8)))
    return hits, cond is not None


# "... alter or redistribute this software in any manner that is primarily intended for
# commercial advantage" (a non-commercial limit); "distribute Distributable Code to run on a
# platform other than Windows" (a field of use): limits on how, not bans on sharing.
_NOT_A_SHARING_BAN = re.compile(
    r"^[^.;]{0,60}?\bin\s+any\s+(?:manner|way)\b[^.;]{0,80}\b(?:commercial|profit|monetary)|"
    r"^[^.;]{0,60}?\bto\s+run\s+on\b[^.;]{0,60}\bother\s+than\b|"
    # "modify or distribute the source code ... so that any part of it becomes subject to an
    # Excluded License": a ban on relicensing under copyleft terms
    r"^[^.;]{0,80}?\bso\s+that\b[^.;]{0,60}\bsubject\s+to\b|"
    # "You may not use, modify or distribute this program under any other version of the GNU
    # General Public License": the license's version held to, not a ban on the acts
    r"^[^.;]{0,60}?\bunder\s+any\s+other\s+(?:version|licen[cs]e|terms)\b"
)
# (a copyleft said as a ban: see CLOSED_CODE_BESIDE)
_COPYLEFT_BAN = re.compile(rf"^[^.;]{{0,60}}?{CLOSED_CODE_BESIDE}")
# "must not distort, mutilate, modify or take other derogatory action in relation to the Work";
# "... decrypt, alter, bypass ... or otherwise circumvent any Technological Protection Measure"
_NOT_A_CHANGE_BAN = re.compile(
    r"\bderogatory\b|\bprejudicial\s+to\b|\bcircumvent\w*\b|\b(?:technological|copy)\s+protection\b"
)
# "It may not be modified except in a writing signed by both parties": the agreement's text.
_BY_WRITING = re.compile(r"\s+(?:\w+\s+){0,3}?except\s+(?:in|by)\s+(?:a\s+)?writ")


def _other_limit(kind: RestrictionKind, verb: str, named: str, after: str) -> bool:
    """Whether a ban that names sharing or changing is another rule's limit, or no limit."""
    if _NOT_A_SHARING_BAN.search(named) or _BY_WRITING.match(after):
        return True
    if _AND_RESTRICT.search(named + " " + after):
        return True  # "may not produce a derivative work ... and impose additional restrictions"
    if kind == "no-derivatives" and _NOT_A_CHANGE_BAN.search(named or after):
        return True  # a moral right, or a protection measure left alone: no ban on changing
    if " be " in verb and _FOR_PROFIT.match(after):
        return True  # "may not be distributed for profit": the selling rule's
    # The verbs of the ban run up to its object: "may not rent, lease, sell, sublicense ... or
    # otherwise transfer the Software"; "may not sell, rent or lease the Work" is the selling
    # rule's.
    first = _DETERMINER.search(named)
    verbs = verb + named[: first.start() if first else None]
    return kind == "no-redistribution" and not _SHARING_VERB.search(verbs)


# A ban on the act joined to adding terms, soon after it (see ADDED_TERMS_BARRED).
_AND_RESTRICT = re.compile(rf"^[^.;]{{0,100}}?{ADDED_TERMS_BARRED}")
_SHARING_VERB = re.compile(
    r"distribut|share|publish|available|disseminat|sublicen|transfer|cop(?:y|ies)|lend|lent|"
    r"provide|give|disclos|duplicat|reproduc|be\s"
)


_KEPT_KEYS = (
    "not modify",
    "not alter",
    "unmodified",
    "unaltered",
    "not modified",
    "not altered",
    "not changed",
    "not be modified",
    "not be altered",
    "not be changed",
    "no changes",
    "no modifications",
    "no alterations",
    "no modification",
    "no change",
    "not been modified",
    "not been altered",
    "not been changed",
)


# "You redistribute the package in object code form only", "in binary form only": sharing
# limited to a form in which the work is not changed.
_BINARY_ONLY = re.compile(
    r"\b(?:in|as)\s+(?:(?:its|the)\s+)?(?:binary|object|executable|compiled)\s+(?:code\s+)?"
    r"(?:forms?|formats?|code|files?)?\s*only\b|"
    r"\bonly\s+(?:in|as)\s+(?:(?:its|the)\s+)?(?:binary|object|executable|compiled)\s+(?:code\s+)?"
    r"(?:forms?|formats?|code|files?)\b"
)

_CHANGED_SHARED = re.compile(
    r"\bderivative\s+works?\b|\bmodifications\b|\b(?:[a-z]+ly\s+)?modified\s+versions?\b"
)


_SHIPPED_AS_IS = re.compile(SHIPPED_AS_IS, re.IGNORECASE)


def _kept_unmodified(s: Sentence) -> Hit | None:
    """A grant's condition that the work stay unchanged (held until the grants are known)."""
    if not has_any(s.norm, (*_KEPT_KEYS, " only")) or _SHIPPED_AS_IS.search(s.norm):
        return None
    # A list item is read after its lead-in ("provided that: ... 2. You do not modify ...").
    text = s.full
    m = _KEPT_UNMODIFIED.search(text) or _BINARY_ONLY.search(text)
    if m is None or not re.search(r"\b(?:re)?distribut|\bcop(?:y|ies)\b|\bshar|\bgranted\b", text):
        return None
    if m.re is _BINARY_ONLY and _CHANGED_SHARED.search(text, max(0, m.start() - 120), m.start()):
        return None  # "redistribute derivative works ... in binary form only": changed all the same
    a, b = in_sentence(s, m, text)
    return Hit("restriction", "no-derivatives", make_evidence(s, max(0, a - 40), b, 0.75))


def _unmodified(s: Sentence) -> Hit | None:
    """A permission limited to unmodified copies takes away the right to modify."""
    m = None
    if has_any(s.norm, ("modifi", "unmodified", "verbatim", "unaltered", "original")):
        m = _UNMODIFIED_ONLY.search(s.norm)
    if m is None and "only" in s.norm and has_any(s.norm, ("original", "official", "d by ")):
        m = _AUTHORS_VERSIONS_ONLY.search(s.norm)
    # "Anyone is welcome to use it, in unmodified form only" speaks of the license document;
    # a limit on the work names copies or redistribution.
    # A condition in a list ("1. The materials are unmodified") is read with its lead-in.
    if m is None or not re.search(r"\b(?:re)?distribut|\bcop(?:y|ies)\b|\bshar|\breproduc", s.full):
        return None
    if re.search(r"\blicen[cs]e\s+(?:document|text)|\bthis\s+licen[cs]e\b", s.norm):
        return None
    if _SHIPPED_AS_IS.search(s.norm):
        return None  # what the packager did, not what a recipient must do
    # "Anyone is welcome to use the CERN OHL, in unmodified form only, for the distribution of
    # his own Open Hardware designs": the license, used for one's own works
    if _FOR_ONES_OWN.match(s.norm, m.end()):
        return None
    return Hit("restriction", "no-derivatives", make_evidence(s, m.start() - 40, m.end(), 0.75))


_FOR_ONES_OWN = re.compile(
    r"[^.;]{0,20}?\bfor\s+(?:the\s+)?(?:distribution|licensing|release)\s+of\s+(?:his|her|their|your|"
    r"its|one's)\s+own\b"
)


# Listed bans ------------------------------------------------------------------------------
# A ban addressed to the licensee followed by a list of verbs ("You may not distribute,
# publish, sell, lease, lend or sublicense the SDK", "The binary and source may not be sold
# and/or given away"): each verb is read for its kind, the list's object must be the work, and
# an exception tail decides whether the ban holds. The other sharing rules read one verb at a
# time; this one settles the kinds of the whole list.

# The licensee is told not to act ("shall not", "agree not to", "are not permitted to", "does
# not permit you to"); an active list follows.
_BAN_ACTIVE = re.compile(
    # (the longest first: "does not permit you to" before "does not")
    r"\b(?:(?:does|do|shall|will)\s+not\s+(?:permit|allow|entitle)\s+(?:(?:you|licensee|the\s+(?:user|"
    r"licensee|recipient|customer))\s+)?to|"
    # no leave given: "No right is granted to modify", "does not grant you any right to
    # distribute", "Nothing in this Agreement permits you to sell"
    r"no\s+(?:right|licen[cs]e|permission)\s+(?:is\s+|shall\s+be\s+)?(?:hereby\s+)?"
    r"(?:granted|given)\s+(?:to\s+you\s+)?to|no\s+(?:right|licen[cs]e|permission)\s+to|"
    r"(?:does|do|shall|will)\s+not\s+(?:grant|give|convey)\s+(?:to\s+)?(?:(?:you|(?:the\s+)?"
    r"licensee|customer)\s+)?(?:any\s+|the\s+)?(?:right|licen[cs]e|permission)s?\s+to|"
    r"(?:you|licensee|customer)\s+(?:have|has)\s+no\s+right\s*(?:\((?:[a-z]|[ivx]{1,4})\)\s*)?to|"
    r"nothing\s+in\s+(?:this|these)\s+(?:[\w-]+\s+){0,3}?(?:permits|allows|authori[sz]es|entitles|"
    r"lets|enables)\s+(?:you|(?:the\s+)?licensee|customer)\s+(?:to\s+)?|"
    r"(?:shall|must|may|will|can|should|do|does)\s+not|cannot|can't|won't|"
    r"(?:agree|undertake|covenant)s?\s+not\s+to|"
    r"(?:is|are)\s+not\s+(?:permitted|allowed|authori[sz]ed|licensed)\s+to|"
    r"(?:is|are)\s+(?:prohibited|forbidden|barred)\s+(?:from|to)|may\s+never|never)\b"
)
# ... or the work is the subject of a passive list ("may not be disclosed, transmitted or
# distributed").
_BAN_PASSIVE = re.compile(
    r"\b(?:(?:may|shall|must|can|will)\s*not|cannot|may\s+never|must\s+never|(?:is|are)\s+not\s+to)"
    r"\s+be\b|"
    # "Neither the Work nor any of its components may be (i) sold by itself; ..."
    r"\bneither\b[^.;]{0,150}?\bnor\b[^.;]{0,150}?\b(?:may|shall|must|can|will)\s+be\b|"
    # "... is granted on condition that the Software is not distributed to third parties"
    r"\b(?:on\s+(?:the\s+)?condition|provided)\s+that\s+(?P<subj>[^.;]{0,80}?)\s*\b(?:is|are)\s+not\b"
)
# What may stand between the ban and its first verb: an item mark, "except as ...", adverbs,
# and "use the SDK to" (the list then bans acts done with the work).
_BAN_LEAD_GAP = re.compile(
    # "you will not (and have no right to) share ...": a short aside first
    r"(?:\s*\((?:and|or|nor)\s+[^()]{3,40}\))?"
    r"\s*:?\s*(?:\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)\s*)?"
    r"(?:(?:except|other\s+than)\s+as\s+[^,;]{0,80},\s*)?"
    # "You may not, except with the prior written consent of Acme: (ii) distribute ..."
    # (read after its lead-in, the item's blanked mark leaves a run of spaces)
    r"(?:,?\s*(?:except|save)\s+with\s+[^,;:]{0,80}?(?:[,:]|\s{2,})\s*"
    r"(?:\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)\s*)?)?"
    # "You may not, nor may you assist any other person or entity to, modify ..."
    # "Licensee shall not, and shall not permit any third party to, (a) modify ...": the leave
    # to others is barred with the licensee's own acts
    r"(?:,?\s*(?:nor\s+(?:may|shall|will)\s+(?:you|(?:the\s+)?licensee)|(?:and|or)\s+(?:(?:shall|"
    r"will|may|must)\s+not|(?:agrees?\s+)?not\s+to))\s+"
    r"(?:(?:assist|permit|allow|authori[sz]e|enable|cause|encourage)(?:\s+(?:or|and)\s+|\s+))+"
    r"(?:[\w-]+,?\s+){0,5}?to\b[,:]?\s*(?:\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)\s*)?)?"
    r"(?:(?:either\s+)?(?:directly\s+or\s+indirectly|directly|indirectly),?\s+)?"
    # "You shall not otherwise assign, lease or transfer the Software": beyond the leave given
    r"(?P<otherwise>otherwise,?\s+)?"
    r"(?P<tool>use\s+(?:the|this|any|such)\s+(?P<toolname>[\w-]+)(?:\s+[\w-]+)?\s+to\s+)?"
)
_SHARE_VERB = (
    r"(?:re-?)?distribute|publish|sub-?licen[cs]e|licen[cs]e|share|give\s+away|"
    r"disclose|transmit|disseminate|post|re-?upload|upload|re-?post|mirror|re-?host|convey|"
    r"make\s+(?:[\w-]+\s+){0,7}?available|"
    r"transfer|assign|give|provide|circulate|supply|furnish|communicate|pass\s+on|hand\s+(?:on|over)|"
    # "hand copies of the Kit to ...", "pass the Kit on to others": the object between
    r"hand(?=\s+[^.;]{1,60}?\bto\b)|pass(?=\s+(?:[\w-]+\s+){1,4}?on\b)"
)
# Renting, leasing and lending are read with selling ("rent, lease, loan, sell").
_SELL_VERB = r"sell|resell|rent|lease|sub-?lease|lend|loan"
_CHANGE_VERB = (
    r"modify|alter|adapt|translate|fine-?tune|retrain|prune|quanti[sz]e|edit|annotate|remix|crop|change|"
    r"shorten|abridge|rework|rewrite|transform|"
    r"(?:create|make|prepare|produce)\s+(?:any\s+)?(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,3}?"
    r"(?:derivative\s+works?|derivatives?|modifications?|adaptations?|translations?|"
    # ("create derived databases from the Data")
    r"derived\s+(?:works?|databases?|datasets?|versions?|products?)|"
    # ("make a modified version of the Software", "produce a modified edition of the Fonts")
    r"(?:modified|altered|adapted|changed)\s+(?:versions?|editions?|copies|forms?)|"
    r"(?:new\s+|other\s+)?works?(?=\s+based\s+(?:on|upon)))"
    r"(?:\s+(?:of|from|based\s+(?:on|upon)))?"
)
_OTHER_VERB = (
    r"use|copy|reproduce|duplicate|display|perform|decompile|decompose|disassemble|reverse[\s-]+engineer|"
    r"reverse[\s-]+compile|emulate|clone|merge|incorporate|combine|embed|bundle|export|install|"
    r"remove|obscure|host|exploit|contribute|submit|include"
)
_LIST_VERB = re.compile(
    rf"(?:(?P<share>{_SHARE_VERB})|(?P<sell>{_SELL_VERB})|(?P<change>{_CHANGE_VERB})|(?:{_OTHER_VERB}))"
    r"(?![\w-])"
)
_VERB_JOIN = re.compile(
    r"\s*(?:,\s*(?:(?:or|and|and/or|nor)\s+)?|\s+(?:or|and|and/or|nor)\s+|/)\s*"
    r"(?:(?:otherwise|directly\s+or\s+indirectly|in\s+any\s+(?:other\s+)?(?:way|manner))\s+)?"
)
_PASSIVE_SHARE = (
    r"(?:re-?)?distributed|published|sub-?licen[cs]ed|licen[cs]ed|shared|given\s+away|"
    r"disclosed|transmitted|disseminated|posted|uploaded|conveyed|made\s+available|transferred|"
    r"assigned|provided|circulated|supplied|furnished|communicated|passed\s+(?:on|to)|"
    r"handed\s+(?:on|over|to)|given\s+to|sent\s+to|"
    # ("must not be given, lent or transferred to anyone else": one of a list)
    r"given(?=\s*,|\s+(?:or|and|nor)\s)"
)
_PASSIVE_VERB = re.compile(
    rf"(?:(?P<share>{_PASSIVE_SHARE})|(?P<sell>sold|resold|rented|leased|lent|loaned|offered\s+for\s+sale)|"
    r"(?P<change>modified|altered|adapted|translated|changed|edited|remixed|cropped|shortened|"
    r"abridged|reworked|rewritten|transformed|fine-?tuned|retrained|quanti[sz]ed)|"
    r"(?:used|copied|reproduced|duplicated|displayed|performed|decompiled|disassembled|"
    r"reverse[\s-]+engineered|removed|included|incorporated|combined|bundled|otherwise))"
    r"(?![\w-])"
)
# Licensing, transferring or handing over alone ("may not sublicense the Work", "transfer the
# Software to your new computer") is no ban on sharing; with another such verb, or towards
# others, it is.
_WEAK_SHARE = re.compile(r"sub-?licen|licen|transfer|assign|give$|given$|provide")
_SELLING = re.compile(r"(?:re)?sell$")
_HANDED = re.compile(r"transfer|assign|give|provide")
_TO_OTHERS = re.compile(
    r"\bto\s+(?:any\s+|a\s+|another\s+)?(?:third\s+part(?:y|ies)|others?\b|anyone|any\s+(?:other\s"
    r"+)?"
    r"(?:person|party|entity|user|individual|company|organi[sz]ation|contractor|customer|"
    r"partner|client|affiliate|consultant|vendor|supplier)s?\b)|"
    # "provide copies of it to any contractor": copies handed to anyone outside
    r"\bcop(?:y|ies)\b[^.;]{0,40}\bto\s+(?:any|a|an|other|your)\s+(?:[\w-]+\s+)?[\w-]+"
)
# Leave that the rest of the text may give: the ban holds only where no grant gives the right.
_HELD_TAIL = re.compile(
    r"\b(?:except|other\s+than|save)\s+(?:as\s+|to\s+the\s+extent\s+)?(?:may\s+(?:be\s+)?)?"
    r"(?:(?:expressly|specifically|otherwise|explicitly)\s+)?(?:be\s+)?(?:provided|permitted|set\s"
    r"+forth|"
    r"authori[sz]ed|allowed|licensed|granted|stated|described|specified|indicated|above|herein)\b|"
    r"\bif\s+such\s+(?:[\w-]+\s+){0,4}?(?:is|are)\s+not\s+(?:expressly\s+|specifically\s+)?"
    r"(?:licensed|permitted|authori[sz]ed|allowed)\b|"
    r"\bunless\s+(?:expressly\s+|specifically\s+|otherwise\s+)?(?:permitted|authori[sz]ed|provided"
    r"|allowed)\b"
)
# Objects that are not the work: names, marks, notices, the terms, reviews, results, secrets.
_NOT_THE_WORK_MORE = re.compile(
    r"^\W*(?:any\s+|the\s+|your\s+|such\s+)?(?:[\w-]+\s+)?(?:reviews?|results?|benchmarks?|confidential|"
    r"passwords?|keys?|account|data\s+collected|information\s+about|personal|feedback|names?\b|"
    r"trademarks?|logos?|notices?|indications?|labels?|legends?|markings?|copyright\s+notices?|"
    r"this\s+agreement|these\s+terms|the\s+terms|licen[cs]e\s+keys?)\b|"
    # "You can't change the order of the words": how something is arranged, not the work
    r"^\W*the\s+(?:order|sequence|position|meaning)\s+of\b|"
    # "(iii) transmit viruses, malware or other harmful computer code": what is passed on is
    # not the work
    r"^\W*(?:any\s+)?(?:computer\s+)?(?:viruses|virus|malware|worms?|trojan\s+horses?|spam|"
    r"(?:other\s+)?(?:harmful|malicious|unsolicited)\b)|"
    # "will not provide anything, including any content or user submission, to the Services":
    # what the user puts in
    r"^\W*anything,?\s+including\s+(?:any\s+)?(?:[\w-]+\s+){0,3}?(?:content|submissions?)\b|"
    r"^\W*(?:any\s+|your\s+)?(?:user|customer)\s+(?:content|submissions?)\b|"
    # "sublicense or transfer any of your licenses", "... Licensee's rights"
    # "disclose the Software Product License" (the licence file the vendor issues)
    r"^\W*(?:any\s+of\s+|all\s+of\s+)?(?:your|licensee's|its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rights|licen[cs]es?)\b(?!\s+(?:to|in|of)\s+(?:the|this|these)\b)"
)
# "may not distribute or deploy any applications you make with the trial edition": the
# licensee's own applications, not the work
_OWN_APPS = re.compile(
    r"^\W*(?:or\s+\w+\s+)?(?:any\s+|the\s+|your\s+)?(?:applications?|apps|programs?|products?)\s+"
    r"(?:that\s+)?(?:you|licensee|customer)\s+(?:make|create|develop|build|write)s?\s+(?:with|using)\b"
)
# "distribute Modifications to any third party", "do not Share Adapted Material": the ban is
# on passing on changed versions, which withholds the right to change the work for others.
_CHANGED_WORK = re.compile(
    r"^\W*(?:any\s+|such\s+|your\s+|an?\s+|these\s+|those\s+|the\s+)?(?:modifications|modified\s+(?:versions?|copies|works?|"
    r"forms?)|derivative\s+works?|derivatives|adapted\s+material|adaptations|altered\s+versions?|"
    r"translations?)\b"
)
# "... as part of a Software Library", "inside of any other software package": a limit on
# how the work travels, not a ban on passing it on.
_BUNDLED_WITH = re.compile(
    r"^\s*(?:(?:in\s+whole\s+or\s+in\s+part|alone)\s+)?(?:as\s+(?:a\s+)?part\s+of|inside(?:\s+of)?"
    r"|within|"
    r"in\s+(?:any\s+)?(?:other|another)|together\s+with|bundled\s+with|in\s+combination\s+with)\b"
)
# Where the object ends and a tail that qualifies the ban begins.
_OBJECT_END = re.compile(
    r"\b(?:except|unless|other\s+than|save\s+as|if|without|provided|so\s+that|in\s+violation)\b"
)
_KINDS_OF: dict[str, RestrictionKind] = {
    "share": "no-redistribution",
    "sell": "no-selling",
    "change": "no-derivatives",
}
# "... covered works that you do not convey", "If you cannot distribute ..., you may not
# distribute the Program at all", "provided that: you do not distribute the Software on a stand
# alone basis": a relative clause, a consequence or a grant's condition, not a ban.
_PERMITS = re.compile(r"\b(?:permit|allow|entitle)\b")
_RELATIVE = re.compile(
    r"\b(?!(?:(?:agree|acknowledge|understand|warrant|represent|certify|ensure|confirm|accept|"
    r"undertake|covenant)s?|means|provided|so|and|or)\s)\w+\s+(?:that|which|who|whom)\s+"
    r"(?:you|they|we|it|licensee)\s*$"
)
_CONSEQUENCE = re.compile(
    r"^\W*(?:[\w\u00a7.()]+\s+)?(?:if|unless|in\s+case)\b[^;]{0,300}?\b(?:cannot|can't|unable|impossible|"
    r"(?:do|does)\s+not\s+(?:agree|accept)|don't\s+(?:agree|accept)|fail\w*|violat\w*|breach\w*)"
)
_MODIFY_GRANT = re.compile(
    r"\b(?:may|can|are\s+free\s+to|(?:are|is)\s+(?:permitted|allowed)\s+to)\s+(?:\w+\s+){0,3}?"
    r"(?:modify|alter|change|adapt|edit)\b"
)
_CONDITION_LEAD = re.compile(
    r"\b(?:provided|providing|as\s+long\s+as|so\s+long\s+as|on\s+condition)\b"
)
# "unless you have agreed to separate terms with Acme", "unless you have obtained a separate
# written license": the leave lies in another deal with the licensor, not in a condition.
_OTHER_DEAL = (
    r"(?:you|licensee)\s+(?:have\s+|has\s+)?(?:first\s+)?(?:agreed|entered|obtain(?:ed)?|"
    r"receive[d]?|sign(?:ed)?|purchased?|acquired?|secured?)\b[^.;]{0,60}?\b(?:separate|written|"
    r"commercial|additional)\b"
)
# "may not convey a covered work if you are a party to ...", "must not distribute modified
# versions unless you rename them": a ban under a condition the licensee can meet.
_IF_TAIL = re.compile(
    r"\bif\s+(?!such\b)|\bunless\s+(?!(?:expressly\s+|specifically\s+|otherwise\s+)?(?:permitted|"
    r"authori[sz]ed|provided|allowed)\b)(?!"
    + _OTHER_DEAL
    + r")|\b(?:when|where)\s+(?:you|licensee)\b|"
    # "share any of the samples ... in any form of mass distribution": a manner, not a ban
    r"\bin\s+any\s+(?:form|way|manner)\s+of\b"
)
# "must not be removed or changed", "shall not remove or alter any trademark": what may be
# removed is a notice or a mark, not the work.
_REMOVED = re.compile(r"\bremoved?\b|\bobscured?\b")
_CHANGED_COPIES = re.compile(
    # ("personally modified versions", "locally altered copies")
    r"\b(?:[a-z]+ly\s+)?(?:modified|altered|changed)\s+(?:versions?|copies|forms?|files?)\b"
)
_PASSIVE_NOT_WORK = re.compile(
    r"\bterms\b|\blicen[cs]e\b(?!\s+(?:holders?|owners?)\b)|\b(?:logos?|trademarks?|names?|notices?|headers?|labels?|legends?)"
    r"\b|"
    r"\binformation\b"
)
# "in a product whose source code will not be made available": a passive ban inside a
# relative clause describes another thing, it bars nothing
_WHOSE_SUBJECT = re.compile(r"\bwhose\s+(?:[\w-]+\s+){0,3}$")
# "may not distribute a modified form of X and continue to call it X": a ban on the name.
# "... the Programs using Red Hat's trademarks": a ban on the marks.
_NAMED_AS = re.compile(r"\bcall(?:ing)?\s+(?:it|them)\b|\busing\b[^,;]{0,30}\btrademarks?\b")
# A note to a product's translators atop a file ("DO NOT TRANSLATE OR LOCALIZE."): it keeps
# the file out of localisation, it does not bar translating the work.
_LOCALISED = re.compile(r"^\s*(?:(?:or|and)\s+)?locali[sz]e\W*$")
_BY_HAND = re.compile(r"^\s*(?:it|them|this\s+file|these\s+files)?\s*(?:by\s+hand|manually)\b")
_EDITOR_WARNING = re.compile(EDITOR_WARNING, re.IGNORECASE)
_PRONOUN = re.compile(r"^\s*(?:it|them)\b")
_NO_OBJECT = re.compile(r"^\s*(?:to\b|without\b|,|$)")


# Putting the work before the public ("publish the software for others to copy", "post it on a
# web site") is one manner of sharing: beside a grant that gives sharing it narrows that grant,
# without one the work may not be shared at all (the ban is held, as "except as permitted").
_PUBLISHED = re.compile(
    r"(?:(?:re-?)?publish|post|upload|make\s+(?:[\w-]+\s+){0,7}?available)"
    r"(?:\s+(?:(?:re-?)?publish|post|upload|make\s+(?:[\w-]+\s+){0,7}?available))*"
)
_HIRED = re.compile(r"rent|lease|sub-?lease|lend|loan")
_STRONG_SHARE = re.compile(
    r"\b(?:(?:re-?)?distribut\w*|publish|share|disseminate|post|upload|convey|disclose|transmit|"
    r"make\s+(?:[\w-]+\s+){0,7}?available)\b"
)
_ON_ITS_OWN = re.compile(r"\s*" + ON_ITS_OWN)
_ITEM_MARK = re.compile(r"\s*(?:\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)\s*)?")


# A substring of every verb the reading gives a kind to (a cheap test before the patterns).
_KIND_VERB_KEYS = (
    *("distribut", "publish", "sublicen", "sub-licen", "share", "give", "disclos", "transmit"),
    *("post", "upload", "convey", "available", "transfer", "assign", "provide", "sell", "sold"),
    *("rent", "lease", "lend", "lent", "loan", "modif", "alter", "adapt", "translat", "deriv"),
    *("dissemin", "shipped", "sent to", "based on"),
    "chang",
    *("circulat", "suppl", "furnish", "communicat", "pass", "hand", "edit", "remix", "crop"),
    *("shorten", "abridg", "rework", "rewrit", "transform", "tune", "retrain", "quanti"),
    *("mirror", "host"),
)


class _Bans(NamedTuple):
    hits: list[Hit]
    held: list[Hit]
    # The kinds this reading settled for the sentence: another rule's hit of the kind there
    # is replaced by this reading.
    settled: set[RestrictionKind]


# An act outside the verb lists, one to five words, followed by the next item or the object.
_OTHER_ACT = re.compile(
    r"(?!(?:the|this|these|those|any|all|such|its|their|your|a|an|it|them)\b)"
    r"[a-z][\w-]*(?:\s+(?!(?:the|this|these|those|any|all|such|its|their|your|a|an|it|them)\b)"
    r"[a-z][\w-]*){0,4}?"
    r"(?:(?P<join>\s*,\s*(?:(?:or|and|nor)\s+)?|\s+(?:or|and|and/or|nor)\s+)(?=[a-z])|"
    r"(?=\s+(?:the|this|these|those|any|all|such|its|their|your|it|them)\b))"
)


def _verb_run(text: str, at: int, verb: re.Pattern[str]) -> tuple[dict[str, list[str]], int]:
    """The verbs of a list that starts at ``at``, by kind of act, and where the list ends."""
    groups: dict[str, list[str]] = {}
    pos = at
    while True:
        m = verb.match(text, pos)
        if m is None:
            break
        group = next((g for g in ("share", "sell", "change") if m.group(g)), "other")
        groups.setdefault(group, []).append(m.group(0))
        pos = m.end()
        join = _VERB_JOIN.match(text, pos)
        if join is None:
            break
        if verb.match(text, join.end()) is None:
            # "modify, translate, convert to another programming language, decompile ... the
            # Software", "copy, modify, translate, sublicense, time-share or electronically
            # transmit the software": an act the verbs do not name stands in the list
            # (only inside a list of two verbs or more already read)
            named = sum(len(v) for v in groups.values())
            skip = _OTHER_ACT.match(text, join.end()) if named >= 2 else None
            if skip is None:
                break
            pos = skip.end()
            if not skip.group("join"):
                break
            continue
        pos = join.end()
    return groups, pos


# After a banned act and its object, another act the same ban covers ("... the Code, or
# distribute it"); "and" is left out ("may not modify and distribute" bars doing both).
_FURTHER_ACT = re.compile(
    r",?\s+(?:or|nor)\s+(?:otherwise\s+|(?:directly\s+or\s+)?indirectly\s+)?(?=\w)"
)


_SHIPPED_INSIDE = re.compile(
    r"[^.;]{0,80}?\b(?:in|into|within|with)\s+(?:any\s+|an?\s+|your\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:applications?|products?|software|documents?|programs?|games?)\s+(?:that\s+(?:is|are)\s+|which\s+"
    r"(?:is|are)\s+)?(?:distributed|sent|shipped|provided|made\s+available|sold)\s+to\b"
)
_NAMED_PART = re.compile(
    r"\W*(?:any\s+|the\s+)?(?:individual\s+(?:parts|files|components)|partial\s+copies|"
    r"(?:documentation|build\s+tools|sample\s+code|header\s+files)\b)"
)
_WITHOUT_TAIL = re.compile(r"\b(?:without|unless|except|other\s+than|save)\b")
_KEEPING_NOTICES = re.compile(
    r"^[^.;]{0,120}?\bwithout\s+(?:maintaining|retaining|keeping|including|preserving|"
    r"reproducing|acknowledging|crediting)\s+(?:a\s+copy\s+of\s+)?(?:the\s+|this\s+|these\s+|"
    r"all\s+|its\s+|their\s+)?(?:above\s+)?(?:copyright\s+)?(?:notices?|copyrights?|licen[cs]e|"
    r"permission\s+notice|disclaimers?|credits?|authors?)\b"
)
_WITH_CLOSED_CODE = re.compile(CLOSED_CODE_BESIDE)
# "It may not be distributed without the original source file natbib.dtx": a duty to pass the
# source on with it (a generated file's), not a ban on sharing
_WITHOUT_ITS_SOURCE = re.compile(rf"^[^.;]{{0,40}}?{WITHOUT_SOURCE}")


def _run_and_object(
    text: str, at: int, verb: re.Pattern[str]
) -> tuple[dict[str, list[str]], int, str, int | None]:
    """A list of banned verbs, where it ends, its object, and where a further act starts."""
    groups, end = _verb_run(text, at, verb)
    obj = _ban_object(text, end)
    if set(groups) == {"other"} and _SHIPPED_INSIDE.match(obj):
        # "shall not include the Debug Libraries in any application distributed to end users":
        # the work would go out inside another
        groups["share"] = ["distribute"]
    further = _FURTHER_ACT.search(text, end, end + len(obj) + 12) if groups else None
    if further is None or verb.match(text, further.end()) is None:
        return groups, end, obj, None
    # "may not modify the Code or distribute it": the ban goes on past the object
    return groups, end, obj[: further.start() - end], further.end()


def _ban_object(text: str, end: int) -> str:
    """The words after a list of verbs, up to the next clause."""
    rest = text[end:]
    cut = re.search(
        r"[;:]|\.(?:\s|$)|,\s+(?:or|and|nor)\s+(?=[a-z]+\s+(?:it|the|this|any|a|an)\b)|"
        # "No right to create derivatives of the Work is granted pursuant to this license"
        r"\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:granted|given)\b",
        rest,
    )
    return rest[: cut.start()] if cut else rest


def _ban_kinds(groups: dict[str, list[str]], obj: str) -> list[RestrictionKind]:
    """The kinds a list of banned verbs names (the convention: selling only where sharing is not
    also banned; "lease, license or sub-license" is sharing; "sell or license" is selling)."""
    shared = groups.get("share", [])
    strong = [w for w in shared if not _WEAK_SHARE.match(w)]
    kinds: list[RestrictionKind] = []
    if shared and _CHANGED_WORK.match(obj):
        return ["no-derivatives"]  # (the sentence's sharing hits are settled by the caller)
    handed = [w for w in shared if _HANDED.match(w)]
    if strong or (handed and _TO_OTHERS.search(obj)) or len(shared) >= 3:
        # ("rent, lease, sub-license, sell, assign, pledge, transfer or otherwise dispose of":
        # three ways of passing the work on are a ban on sharing it)
        kinds.append("no-redistribution")
    elif any(_SELLING.match(w) for w in groups.get("sell", [])):
        kinds.append("no-selling")
    elif len(shared) >= 2 or (shared and "sell" in groups):
        kinds.append("no-redistribution")
    elif "sell" in groups:
        kinds.append("no-selling")
    if "change" in groups:
        kinds.append("no-derivatives")
    return kinds


_OTHER_PARTY = frozenset(
    (
        *("corp", "corporation", "inc", "ltd", "limited", "llc", "gmbh", "ag", "plc", "co", "sa"),
        *("licensor", "vendor", "provider", "supplier", "author", "authors"),
    )
)
_DETERMINERS = frozenset(("the", "this", "these", "those", "it", "any", "such", "each", "no"))


def _named_party_bound(s: Sentence, head: re.Match[str]) -> bool:
    """Whether a ban opens the sentence with a named party that is not the licensee as its
    subject ("Telwyn Corp will not modify the Software after delivery"): the party's own
    promise, not a limit on the reader. Read from the sentence's own case."""
    if (
        s.lead
        or len(s.text) != len(s.norm)
        or not re.match(r"(?:will|shall)\s+not\b", head.group(0))
    ):
        return False  # (only a promise: "may not" is said to the reader)
    subject = LIST_MARKER.sub("", s.text[: head.start()], count=1).split()
    if not 1 <= len(subject) <= 3 or not all(word[:1].isupper() for word in subject):
        return False
    # (a capitalised role such as "Implementers" is the reader: only a firm's name or the
    # licensor's role is another party)
    words = {word.lower().strip(",.") for word in subject}
    return subject[0].lower() not in _DETERMINERS and bool(_OTHER_PARTY & words)


def _ban_applies(head: re.Match[str], text: str, *, changes_only: bool = False) -> bool:
    """Whether the ban at ``head`` binds the licensee outright.

    A grant's condition binds no one outright ("provided that you do not distribute it on a
    stand-alone basis"), except one that keeps changes off the work (``changes_only``:
    "provided that you meet these rules: a) Do not alter in any way the letters contained in
    the font" takes those changes out of the grant to modify)."""
    before = text[: head.start()]
    # "The license does not permit (you) to distribute": the licensee is the one kept back
    permits = _PERMITS.search(head.group(0)) is not None
    # "This License does not grant you the right to sell": the licensee is kept back too
    permits = (
        permits or re.search(r"\b(?:grant|give|convey|right|nothing)\b", head.group(0)) is not None
    )
    if (not permits and _not_the_reader(head, text)) or _RELATIVE.search(before[-40:]):
        return False
    if _CONSEQUENCE.match(before):
        return False
    # "provided that: you do not ..." (in the sentence or its list's lead-in)
    lead = _CONDITION_LEAD.search(before) if head.group(0).startswith("do") else None
    if lead is None:
        return True
    # (the grant the condition is put on must be the leave to modify itself: "you may link
    # it, provided that you do not modify the interface" keeps the link's condition)
    return changes_only and _MODIFY_GRANT.search(before, 0, lead.start()) is not None


# A purpose clause's start and its subject, just before a passive ban.
_SO_THAT = re.compile(r"\bso\s+that\s+(?:[\w'-]+\s+){1,6}$")
_WORK_NOUN = re.compile(
    r"\b(?:software|programs?|(?:source\s+)?code|works?|products?|models?|materials?|fonts?|data|"
    r"documentation|sdk|libraries|library)\b"
)


def _ban_target(
    text: str, head: re.Match[str], gap: re.Match[str] | None, obj: str
) -> Literal["work", "other", "unread"]:
    """What a ban's list of verbs is done to: the work, something "other" (a name, a notice, the
    terms, reviews), or nothing this reading can tell ("unread")."""
    lowered = obj.lower()
    if gap is None:  # passive: the subject comes before ("The source code may not be ...")
        subject = re.split(r"[;:]|\.\s", text[max(0, head.start() - 80) : head.start()])[-1]
        if head.groupdict().get("subj"):
            subject = head.group("subj")  # "provided that the copyright notice is not altered"
        if head.group(0).startswith("neither"):
            # "neither this Agreement nor any right under it may be assigned": the subjects
            # stand inside the ban's own words ("neither the Agreement nor the Software" still
            # names the work)
            subject = head.group(0)
            if _WORK_NOUN.search(subject):
                return "work"
        # "... may not be modified because they contain the legal notices": the reason too
        if (
            _NOT_THE_WORK.search(subject)
            or _PASSIVE_NOT_WORK.search(f"{subject} {lowered}")
            or _WHOSE_SUBJECT.search(subject)
        ):
            return "unread"
        # "break the symbolic link, so that the link destination will not be modified": what a
        # behaviour is for, not a ban
        if _SO_THAT.search(subject):
            return "other"
        # "Modified versions may not be distributed": changed copies, read as no-derivatives
        # by its own pattern, not the work as given
        if _CHANGED_COPIES.search(subject):
            return "unread"
        return "work"
    if _EDITOR_WARNING.match(text[head.start() :]):
        return "other"  # "DO NOT MODIFY THIS FILE!": to the file's editors (a generated file)
    if _NO_OBJECT.match(lowered):
        return "unread"  # "may not disclose to anyone ... the results": the object comes later
    # the object up to the first comma: "the software in source form, should you ... retain
    # this notice" names the work, not the notice
    named = _NEXT_OBJECT.split(_OBJECT_END.split(lowered, maxsplit=1)[0], maxsplit=1)[0]
    named = re.split(r"[,(]", named, maxsplit=1)[0]
    named = _TO_WHOM.split(named, maxsplit=1)[0]  # whom it goes to is not what is banned
    if (
        _NOT_THE_WORK_MORE.match(lowered)
        or _OWN_APPS.match(lowered)
        or _NOT_THE_WORK.search(named)
        or _NAMED_AS.search(lowered)
        or _BY_HAND.match(lowered)  # "Do not modify it by hand; run make": how, not a ban
        or _LOCALISED.match(lowered)  # "DO NOT TRANSLATE OR LOCALIZE.": to translators
    ):
        return "other"
    if _PRONOUN.match(lowered) and _PASSIVE_NOT_WORK.search(
        text[max(0, head.start() - 100) : head.start()]
    ):
        return "other"  # "if you receive such information, you will not disclose it"
    tool = gap.group("toolname") if gap.group("tool") else None
    if tool and tool not in lowered:
        return "unread"  # "use the Software to distribute obscene materials": not the work
    return "work"


_MADE_AVAILABLE = re.compile(r"\bmake\s+((?:[\w-]+\s+){1,7}?)available\b")


def _with_object_inside(verbs: str, obj: str) -> str:
    """The object of "make the Software or any copy of it available to ...", which stands inside
    the verb's words rather than after them."""
    inside = _MADE_AVAILABLE.search(verbs) if obj.lstrip().startswith("to ") else None
    return f" {inside.group(1)}{obj}" if inside else obj


def _listed_ban(s: Sentence) -> _Bans:
    """The kinds a list of banned verbs names (see above)."""
    text = s.full
    found = _Bans([], [], set())
    banned = has_any(text, PROHIBIT_KEYS) or has_any(text, ("neither", "no right", "no licen"))
    if not banned or not has_any(text, _KIND_VERB_KEYS):
        return found
    heads = list(_BAN_ACTIVE.finditer(text))
    if " be " in text or " that " in text:
        heads += _BAN_PASSIVE.finditer(text)
    runs: list[tuple[re.Match[str], int | None]] = [(head, None) for head in heads]
    for head, resumed in runs:
        passive = head.re is _BAN_PASSIVE
        gap = None if passive else _BAN_LEAD_GAP.match(text, head.end())
        mark = _ITEM_MARK.match(text, head.end())
        start = gap.end() if gap else mark.end() if mark else head.end()
        verb = _PASSIVE_VERB if passive else _LIST_VERB
        groups, end, obj, further = _run_and_object(
            text, start if resumed is None else resumed, verb
        )
        if further is not None:
            runs.append((head, further))
        verbs = " ".join(w for words in groups.values() for w in words)
        obj = _with_object_inside(verbs, obj)
        # ("... or distribute copies without it": a condition, not a further ban; "may not
        # redistribute these programs without keeping the copyright notices": a notice duty;
        # "may not be distributed without the original source file": a source duty)
        conditional = (resumed is not None and _WITHOUT_TAIL.search(obj) is not None) or (
            _KEEPING_NOTICES.search(obj)
            or _WITHOUT_ITS_SOURCE.search(obj)
            or _WITH_CLOSED_CODE.search(obj.lower())
        ) is not None
        # ("may not produce a derivative work ... and impose additional restrictions": the
        # added terms are barred, not the act)
        conditional = conditional or _AND_RESTRICT.search(text[head.end() :]) is not None
        if (
            not groups.keys() - {"other"}
            or _REMOVED.search(verbs)
            or "export" in verbs
            or conditional
        ):
            continue
        # A ban that binds no one outright, or binds something other than the work, is no limit
        # of these kinds: the other sharing rules' hits in the sentence are dropped too.
        applies = _ban_applies(
            head, text, changes_only=groups.keys() == {"change"}
        ) and not _named_party_bound(s, head)
        target = _ban_target(text, head, gap, obj) if applies else "other"
        if target == "other":
            found.settled.update(_KINDS_OF[g] for g in groups if g in _KINDS_OF)
        if target != "work" or _not_a_ban(obj):
            continue
        kinds = _ban_kinds(groups, obj.lower().strip())
        if (
            "no-derivatives" in kinds
            and "change" in groups
            and groups.keys() & {"share", "sell"}
            and _TO_OTHERS.search(obj)
        ):
            # "transfer, lease, copy, modify ... or transmit the product to any third party":
            # what may not reach others, not a ban on changing one's own copy
            kinds.remove("no-derivatives")
            found.settled.add("no-derivatives")
        if kinds == ["no-selling"] and _ON_ITS_OWN.match(obj.lower()):
            # "may be sold by itself": selling stays open with other work (as in font terms)
            kinds = []
            found.settled.add("no-selling")
        if kinds and "share" in groups:
            found.settled.add("no-redistribution")
        if passive and "no-redistribution" in kinds and _BUNDLED_WITH.match(obj.lower()):
            kinds.remove("no-redistribution")
            found.settled.add("no-redistribution")
        a, _ = in_sentence(s, head, text)
        b = len(s.norm) - (len(text) - end)
        hired_out = set(groups) == {"sell"} and all(_HIRED.fullmatch(w) for w in groups["sell"])
        if hired_out and not _STRONG_SHARE.search(text):
            # "rent, lease or lend the software" alone: beside a grant to share, the ban keeps
            # copies from being hired out, which the sharing grant's terms already settle
            found.settled.add("no-redistribution")
        held = (
            (hired_out and not _STRONG_SHARE.search(text))
            or _HELD_TAIL.search(obj) is not None
            # "may not distribute the Documentation, Build Tools or Runtime": a part kept back
            # beside leave to share the rest holds only where no grant shares anything
            or (kinds == ["no-redistribution"] and _NAMED_PART.match(obj) is not None)
            # an exception said before a further act holds that act too
            or (resumed is not None and _HELD_TAIL.search(text, start, resumed) is not None)
            or bool(gap and gap.group("otherwise"))
            or (
                kinds == ["no-redistribution"]
                and _PUBLISHED.fullmatch(verbs) is not None
                and not _STRONG_SHARE.search(text, end)
            )
        )
        for kind in kinds:
            hit = Hit("restriction", kind, make_evidence(s, a, b + 40, 0.8))
            (found.held if held else found.hits).append(hit)
            found.settled.add(kind)
        if kinds and groups.keys() & {"share", "sell"}:
            # a list that names sharing settles selling too ("no-selling" is left out where
            # sharing is banned; a held ban on both holds neither)
            found.settled.add("no-selling")
    return found


def _not_a_ban(obj: str) -> bool:
    """Whether the words after the verbs make the ban another rule's limit, or a condition."""
    return bool(
        _FOR_PROFIT.match(obj)
        or _IN_CONTEXT.match(obj)
        or _NOT_A_SHARING_BAN.search(obj)
        or _AS_A_SERVICE.match(obj)
        or _BY_WRITING.match(obj)
        or _IF_TAIL.search(obj)
    )


# Named kinds ------------------------------------------------------------------------------
# Hosting, terms the licensor may change or revoke, non-commercial grants and selling, in the
# shapes the fixed patterns do not read: each is a structure (a ban whose object is a hosted
# offering; the terms as the subject of a change; the licensor's right to change or revoke; a
# purpose or basis that is not commercial), not one license's sentence.

_HOSTING_BAN = re.compile(
    PROHIBIT + r"\b[^.;]{0,160}?(?:\bas\s+a\s+service\b(?!\s+marks?)|"
    # "use the Software to provide content or functionality through a web server on
    # external-facing servers"
    r"\b(?:through|via|on)\s+(?:a\s+|any\s+)?(?:public\s+|external[- ]facing\s+)?web\s+servers?\b|"
    # "otherwise use the Materials on behalf of any third party": a service run for others
    r"\b(?:use|run|operate|offer|provide|make)\s+(?:the\s+|this\s+|any\s+|it\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:available\s+)?on\s+behalf\s+of\s+(?:any\s+)?third\s+part(?:y|ies)\b|"
    # "as a managed cloud offering", "as an online service"
    r"\bas\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:cloud|hosted|managed|online|web)\s+(?:[\w-]+\s+)?"
    r"(?:offerings?|services?|products?|solutions?)\b|"
    # "use or make the Software available for the use or benefit of third parties"
    r"\b(?:available|use\s+(?:the|this)\s+[\w-]+(?:\s+[\w-]+)?)\s+for\s+the\s+(?:use\s+(?:or|and)\s+)?"
    r"benefit\s+of\s+(?:any\s+)?third\s+part(?:y|ies)\b|"
    # "provide the software as a stand-alone hosted solution for others to use"
    r"\bhosted\b[^.;]{0,30}?\b(?:solutions?|services?|offerings?|applications?)\b|"
    # "You may not enable remote access to the applications you run within your container"
    r"\b(?:enable|allow|permit|provide|grant|give|offer)\s+(?:\w+\s+){0,2}?remote\s+access\s+to\s+"
    r"(?:the\s+|this\s+|any\s+|such\s+)?(?:software|programs?|products?|applications?(?:\(s\))?|"
    r"works?|models?|containers?|images?)(?!\w))"
)
_HOSTING_KEYS = (
    "as a service",
    "cloud",
    "managed",
    "online",
    "hosted",
    "remote access",
    "on behalf of",
    "web server",
    "benefit of",
)

# The terms as the subject of a change ("This license may be changed without prior notice").
_TERMS_WORDS = (
    r"(?:licen[cs]e|licence|agreement|terms(?:\s+(?:and|&)\s+conditions)?|conditions|eula|"
    r"permissions?)"
)
_WHENEVER = (
    r"(?:at\s+any\s+time|without\s+(?:prior\s+|any\s+|further\s+|advance\s+)?notice|from\s+time\s+"
    r"to\s+"
    r"time|at\s+(?:its|our|their|the\s+[\w-]+'s)\s+(?:sole\s+|absolute\s+|own\s+)*discretion|"
    # ("for any reason that competes with ...": a reason named, not any reason)
    r"unilaterally|for\s+any\s+reason(?!\s+(?:that|which|related|arising))|without\s+cause|"
    # "whenever we choose", "without explanation"
    r"whenever\s+(?:it|we|they|the\s+[\w-]+)\s+(?:chooses?|wish(?:es)?|likes?|wants?|sees?\s+fit)|"
    r"without\s+(?:any\s+)?(?:explanation|reason|justification))"
)
_REVOCABLE = re.compile(
    rf"\b(?:this|the|these|such)\s+{_TERMS_WORDS}\s+(?:(?:is|are)\s+subject\s+to\s+change\b|"
    r"(?:may|can|might|will)\s+be\s+(?:changed|modified|amended|updated|revised|revoked|withdrawn|"
    rf"altered)(?:\s+(?:or|and|and/or)\s+\w+)?\s+{_WHENEVER})|"
    # "TRCA shall have the unilateral right to revoke the Licence at any time", "Unicode shall
    # have the right to modify this Agreement at any time"
    # (a steward's versions, "No one other than X has the right to modify this Agreement",
    # name no time and are no power over the terms already given)
    r"\b(?:has|have|retains?|reserves?)\s+the\s+(?:[\w-]+\s+){0,2}?right\s+to\s+(?:modify|change|amend|"
    r"update|revise|revoke|withdraw|cancel|terminate)\s+(?:this|the|these|its|such|any)\s+"
    rf"{_TERMS_WORDS}\b[^.;]{{0,30}}?{_WHENEVER}|"
    # "reserves the right not to allow a third party to redistribute the software, at its sole
    # discretion": leave that the licensor may withhold whenever it likes
    r"\breserves?\s+the\s+right\s+(?:not\s+to\s+(?:allow|permit)|to\s+(?:deny|refuse|withhold|"
    rf"disallow))\b[^.]{{0,160}}{_WHENEVER}|"
    # the grant itself withdrawn at will: "reserves the right to suspend or cancel your licence
    # whenever we choose", "a privilege that the Consortium may cancel without explanation" (a
    # licence the licensor "may terminate" at will is termination, as the labels read it)
    r"\b(?:may|can|reserves?\s+the\s+right\s+to|(?:has|have|retains?)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"right\s+to)\s+(?:revoke|cancel|suspend|end|withdraw)(?:\s+(?:or|and|and/or)\s+"
    r"(?:revoke|cancel|suspend|end|withdraw))?\s+(?:(?:this|the|your|these|such|its|"
    rf"any|all|them|it)\b[^.;]{{0,40}}?)?{_WHENEVER}"
)
# Every shape names when ("without notice", "at any time", "at its discretion") or "subject to
# change".
_REVOCABLE_KEYS = (
    *("out notice", "out prior notice", "out any notice", "out further notice"),
    *("out advance notice", "any time", "time to time", "discretion", "subject to change"),
    *("unilateral", "any reason", "without cause", "whenever", "without explanation"),
    *("without reason", "without any reason", "without justification"),
)

# A basis or purpose that is not commercial, in the shapes the purpose rule does not read.
_NONCOMMERCIAL_BASIS = re.compile(
    r"\bon\s+a\s+non-?\s?commercial\s+basis\b|"
    # "provided that said use does not involve Commercialization"
    r"\b(?:does|do|shall|will|must|may)\s+not\s+involve\s+(?:any\s+)?(?:commerciali[sz]ation|"
    r"commercial\s+(?:use|purposes?|activit\w+|gain|exploitation))\b|"
    # "Non-commercial redistribution is permitted provided that:": the grant is limited to it
    r"\bnon-?\s?commercial\s+(?:re)?distribution\s+(?:is|are)\s+(?:hereby\s+)?(?:permitted|allowed|"
    r"granted|authori[sz]ed)\b|"
    r"\bon\s+a\s+commercial\s+basis\b[^.;]{0,40}\b(?:is|are)\s+(?:strictly\s+)?(?:prohibited|forbidden|"
    r"not\s+(?:permitted|allowed))\b|"
    # "may be freely copied, modified and redistributed without fee for NON-COMMERCIAL purposes"
    r"\b(?:may|can)\s+be\s+(?:freely\s+)?(?:copied|modified|(?:re)?distributed|used)\b[^.;]{0,60}"
    r"\bfor\s+non-?\s?commercial\b"
)
# "Commercial and Public Sector users ... must have purchased a licence", "commercial
# customers need to buy a license": the text's own leave covers the other users only.
_COMMERCIAL_USERS_PAY = re.compile(
    r"(?<!non-)(?<!non )\bcommercial\s+(?:(?:and|or|&)\s+[\w-]+\s+(?:sector\s+)?)?"
    r"(?:users?|customers?|companies|organi[sz]ations|entities|licensees|businesses)\b"
    r"[^.;]{0,120}?\b(?:must|shall|need\s+to|have\s+to|(?:is|are)\s+required\s+to)\s+"
    r"(?:first\s+)?(?:have\s+)?(?:purchas\w*|buy|bought|obtain\w*|acquir\w*|pay\s+for)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?licen[cs]e\b"
)
# "Any service, software or publication using this database that receives payment in any form
# ... must have the express permission of the administrator": paid use needs leave.
_PAID_USE_NEEDS_LEAVE = re.compile(
    r"\b(?:receives?|receiving|charges?|charging|collects?|earns?)\s+(?:any\s+)?(?:payment|fees?|"
    r"money|revenue|income)\b[^.;]{0,120}?\b(?:must|shall|need\s+to|have\s+to|(?:is|are)\s+"
    r"required\s+to)\s+(?:first\s+)?(?:have|obtain|get|seek|request|ask\s+for)\s+(?:the\s+)?"
    r"(?:(?:express|prior|written|explicit)\s+)*(?:permission|consent|authori[sz]ation)\b"
)
_PAID_KEYS = ("payment", "fee", "money", "revenue", "income")
_DEFINED_AS = re.compile(r"\W*(?:meaning|which\s+means|that\s+is|i\.\s?e\.)\b")
_NC_BASIS_KEYS = ("basis", "involve", "distribution is", "distribution are", "for non")
_BOTH_PURPOSES = re.compile(
    r"\bcommercial\s+(?:or|and(?:/or)?|&)\s+non-?\s?commercial|"
    r"\bnon-?\s?commercial\s+(?:or|and(?:/or)?|&)\s+commerc"
)

# "Distribution of Original Work may not directly profit": sharing kept free of gain.
_NO_PROFIT = re.compile(
    r"\b(?:re)?distribution\b[^.;]{0,80}\b(?:may|shall|must|can)\s*not\s+(?:\w+\s+)?profit\b"
)

# "If you wish to distribute this zip by any other means ... the permission of the author is
# required", "If you want to sell this software, a licensing agreement is required": the act
# needs leave the text does not give.
_WISH_TO = re.compile(
    r"\bif\s+you\s+(?:wish|want|intend|would\s+like|plan|desire|decide)\s+to\s+"
    r"(?:(?:also|further|then|freely|otherwise)\s+)?"
)
_LEAVE_NEEDED = re.compile(
    r"\b(?:permission|consent|licen[cs]e|licensing\s+agreement|agreement|approval|authori[sz]ation)\b"
    r"[^.]{0,40}?\b(?:is|are|will\s+be)\s+(?:\w+\s+)?(?:required|needed|necessary)\b|"
    r"\b(?:must|need\s+to|have\s+to|should)\s+(?:first\s+)?(?:obtain|get|ask|seek|request|contact|"
    r"write)\b|"
    r"\bplease\s+(?:first\s+)?(?:contact|write|ask|e-?mail)\b"
)


_DOCS_ONLY = re.compile(
    r"\bcop(?:y|ies)\s+of\s+(?:the\s+|any\s+|such\s+|all\s+)?(?:related\s+|accompanying\s+|printed"
    r"\s+|"
    r"user\s+|on-?line\s+)?documentation\b"
)
_THE_CODE = re.compile(r"\b(?:software|programs?|code|products?|sdk|libraries|library)\b")
_FORM_ONLY_ACT = re.compile(
    r"\b(?:binary|source|object(?:\s+code)?|executable)[- ]only\s+(?:re-?)?distribution\b"
)


def _hit_at(s: Sentence, kind: RestrictionKind, m: re.Match[str], text: str) -> Hit:
    a, b = in_sentence(s, m, text)
    return Hit("restriction", kind, make_evidence(s, a - 20, b + 40, 0.8))


def _leave_needed(s: Sentence, text: str) -> list[Hit]:
    """An act the licensee must ask leave for ("if you wish to sell ..., contact the author")."""
    wish = _WISH_TO.search(text)
    if wish is None:
        return []
    groups, end = _verb_run(text, wish.end(), _LIST_VERB)
    rest = text[end : end + 240]
    leave = _LEAVE_NEEDED.search(rest)
    if not groups.keys() - {"other"} or leave is None or "commercial" in rest[: leave.start()]:
        return []
    if _PASSIVE_NOT_WORK.search(rest[: leave.start()]):
        return []  # "... modified versions that include the trademarks, please contact us"
    return [_hit_at(s, kind, wish, text) for kind in _ban_kinds(groups, rest.lower().strip())]


def _hosting(s: Sentence, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the hosting bans of the sentence: the licensee's ban on a hosted offering,
    near its ban or far down its list; none where only the licensor speaks."""
    text = s.full
    if has_any(text, _HOSTING_KEYS) and has_any(text, PROHIBIT_KEYS):
        m = _HOSTING_BAN.search(text)
        if m:
            hits = [*hits, _hit_at(s, "hosting-restriction", m, text)]
    if not any(h.kind == "hosting-restriction" for h in hits):
        return hits + _listed_items(s)
    if _licensor_only(text):
        # "We do not run the software as a hosted service": the licensor says what it does
        return [h for h in hits if h.kind != "hosting-restriction"]
    return hits


def _named_limits(s: Sentence, found: list[Hit]) -> list[Hit]:
    """``found`` (the sentence's other hits) with hosting, revocable terms, non-commercial bases
    and selling in the shapes above."""
    text = s.full
    hits: list[Hit] = list(found)
    hits = _hosting(s, hits)
    if has_any(text, _REVOCABLE_KEYS):
        m = _REVOCABLE.search(text)
        if (
            m
            and not _NOT_LICENSOR.search(text[max(0, m.start() - 48) : m.start()])
            # (the cause may lead the sentence: "If any terms are violated, Acme reserves the
            # right to revoke the license at any time")
            and not for_cause(text, m)
        ):
            hits.append(_hit_at(s, "revocable-terms", m, text))
    if "commerc" in text and has_any(text, _NC_BASIS_KEYS) and not _BOTH_PURPOSES.search(text):
        m = _NONCOMMERCIAL_BASIS.search(text)
        if m:
            if _DEFINED_AS.match(text, m.end()):
                # "on a non-commercial basis, meaning that no payment is made": the payment
                # defines the purpose, it is no separate ban on selling
                hits = [h for h in hits if h.kind != "no-selling"]
            hits.append(_hit_at(s, "non-commercial", m, text))
    if "commercial" in text and has_any(text, (" users", " customers", "compan", "organi")):
        m = _COMMERCIAL_USERS_PAY.search(text)
        if m:
            hits.append(_hit_at(s, "non-commercial", m, text))
    if has_any(text, _PAID_KEYS) and " must " in text:
        m = _PAID_USE_NEEDS_LEAVE.search(text)
        if m:
            hits.append(_hit_at(s, "non-commercial", m, text))
    if "profit" in text:
        m = _NO_PROFIT.search(text)
        if m:
            hits.append(_hit_at(s, "no-selling", m, text))
    if "if you" in text:
        hits += _leave_needed(s, text)
    if "documentation" in text and _DOCS_ONLY.search(text) and not _THE_CODE.search(text):
        # "copies of any documentation ... used only for your personal purposes": the purpose
        # binds the copies of the manuals, not the use of the work
        hits = [h for h in hits if h.kind != "non-commercial"]
    if "only" in text and _FORM_ONLY_ACT.search(text):
        # "Binary only distribution is not allowed": the source must travel with it, which
        # is a condition on sharing, not a ban
        hits = [h for h in hits if h.kind != "no-redistribution"]
    return hits


# Items of a long ban list ------------------------------------------------------------------
# "You may not: work around ...; reverse engineer ...; publish ...; or use the software for
# commercial software hosting services": an item far down a list of bans is as banned as the
# first one, but stands too far from "may not" for the bounded patterns. Each item after the
# licensee's ban is read on its own: it starts with a verb and its object is a hosted offering.

_ITEM_SPLIT = re.compile(r";|\u2022|:\s")
_ITEM_LEAD = re.compile(
    # (a bullet in a private-use font character, "\uf0b7", may stand before or after "or")
    r"\s*(?:[^\w\s(]\s*)?(?:(?:or|and|nor)\s+)?(?:[^\w\s(]\s*)?"
    r"(?:\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)\s*|(?:[a-z]|\d{1,2})[.)]\s+)?"
    r"(?:(?:directly\s+or\s+indirectly|otherwise)\s+)?"
    r"(?:use|publish|provide|offer|host|make|distribute|deploy|operate|run|sell|rent|lease|lend|"
    r"sub-?licen[cs]e|licen[cs]e|permit|allow|enable|exploit|commerciali[sz]e)\b"
)
_HOSTED_OFFERING = re.compile(
    r"\b(?:(?:commercial\s+)?(?:software\s+)?hosting\s+services?|hosted\s+(?:services?|solutions?|"
    r"offerings?)|as\s+a\s+(?:(?:hosted|managed|cloud|online|commercial|web)\s+)?service\b(?!\s+marks?)|"
    r"software[- ]as[- ]a[- ]service|service\s+bureau|time-?sharing)"
)
_FIRST_PERSON = re.compile(r"\b(?:we|i)\s+$")
_HOSTED_KEYS = (
    *("hosting", "hosted", "as a service", "bureau", "time-sharing", "timesharing"),
    *("managed service", "cloud service", "online service", "commercial service", "web service"),
)


def _licensor_only(text: str) -> bool:
    """Whether every active ban of ``text`` has the licensor ("we", "I") as its subject."""
    heads = [text[max(0, m.start() - 12) : m.start()] for m in _BAN_ACTIVE.finditer(text)]
    return bool(heads) and all(_FIRST_PERSON.search(h) for h in heads)


def _ban_items(text: str) -> list[tuple[int, str]]:
    """The items of the lists the licensee is banned from (start offset and words), past the
    first: the first stands next to its ban, where the fixed patterns read it."""
    items: list[tuple[int, str]] = []
    for head in _BAN_ACTIVE.finditer(text):
        if not _LICENSEE_SUBJECT.search(text[max(0, head.start() - 40) : head.start()]):
            continue
        cuts = [m.end() for m in _ITEM_SPLIT.finditer(text, head.end())]
        for a, b in pairwise([*cuts, len(text)]):
            if _ITEM_LEAD.match(text, a):
                items.append((a, text[a:b]))
    return items


def _listed_items(s: Sentence) -> list[Hit]:
    """Hosting bans among the later items of the licensee's ban list."""
    text = s.full
    if not has_any(text, _HOSTED_KEYS) or not has_any(text, PROHIBIT_KEYS):
        return []
    hits: list[Hit] = []
    for at, item in _ban_items(text):
        m = _HOSTED_OFFERING.search(item, 0, 200)
        if m:
            shift = len(text) - len(s.norm)
            a, b = at - shift, at + m.end() - shift
            hits.append(Hit("restriction", "hosting-restriction", make_evidence(s, a, b + 40, 0.8)))
            break
    return hits


# Thresholds --------------------------------------------------------------------------------

_USER_CAP_LEAD = (
    r"(?:more\s+than|greater\s+than|exceed\w*|over|in\s+excess\s+of|at\s+least|above|surpass\w*|"
    r"(?:is\s+)?limited\s+to|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|up\s+to|"
    r"at\s+most|(?:fewer|less)\s+than)(?:,\s*but\s+not\s+exceeding,?)?\s+"
)
_USER_METRIC = (
    r"\s*(?:\([^)]{0,40}\)\s*)?(?P<metric>(?:monthly|daily|weekly)\s+(?:active\s+|unique\s+)?users|"
    r"active\s+users|registered\s+(?:end[- ])?users|end[- ]users|named\s+users|"
    r"concurrent\s+(?:end[- ])?users|"
    r"(?:designated|authori[sz]ed|licensed|individual|distinct|unique)\s+users|"
    r"users|mau|dau|muus?|devices|seats|installations|members|employees)\b"
)
_USERS = re.compile(_USER_CAP_LEAD + NUMBER + _USER_METRIC)
# The metric said first: "if the monthly active users of your service exceed 100 million"
_USERS_METRIC_FIRST = re.compile(
    r"\b(?P<metric>(?:monthly|daily|weekly)\s+(?:active|unique)\s+users|mau|dau|muu)\b[^.;]{0,120}?\b"
    + _USER_CAP_LEAD
    + NUMBER
    + r"(?!\s*(?:%|(?:percent|years?|months?|days?)\b))"
)
# The count said first, then its cap: "deployments where the total number of end users ... does
# not exceed fifty (50)" (not a count told: "the number of users has grown to more than 5,000")
_USERS_COUNT_FIRST = re.compile(
    r"\b(?:total\s+)?number\s+of\s+(?:end[- ]|active\s+|individual\s+|named\s+)?(?P<metric>users)\b"
    r"[^.;]{0,120}?\b(?:(?:does|do|shall|will|may|must)\s+not\s+exceed|(?:is|are)\s+limited\s+to|"
    r"(?:no|not)\s+more\s+than|up\s+to|at\s+most|a\s+maximum\s+of)\s+(?:[a-z-]+\s+\(\s*)?"
    + NUMBER
    + r"(?!\s*(?:%|(?:percent|years?|months?|days?)\b))"
)
# A quota of use in a period: "without charge ... for up to 10 million Hits per month".
_VOLUME = re.compile(
    _USER_CAP_LEAD
    + NUMBER
    + r"\s*(?P<metric>hits|(?:[\w-]+\s+)?(?:requests|calls|queries|transactions)|page\s?views|"
    r"events|map\s+loads)\s+(?:per|a|each)\s+(?P<period>month|day|year|hour|minute)\b"
)
# "no more than five Named Users", "teams of more than twenty members"
_USERS_IN_WORDS = re.compile(
    _USER_CAP_LEAD
    + r"(?P<word>"
    + "|".join(sorted(NUMBER_WORDS.keys() - WORDS_TOO_COMMON_ALONE, key=len, reverse=True))
    + r")\b(?:\s*\(\d+\))?"
    + _USER_METRIC
)
_REVENUE_KEYS = ("revenue", "turnover", "sales", "income", "earn")
_DAMAGES_CAP = re.compile(
    r"\bliab(?:le|ility)\b[^.;]{0,80}\bdamages\b|\bdamages\b[^.;]{0,40}\bin\s+excess\s+of\b|"
    # (lost revenue among the damages a licensor will not answer for)
    r"\bdamages\s+including\b[^.;]{0,60}\bloss\s+of\s+revenues?\b"
)
_REVENUE_WORD = re.compile(
    r"\b(?:revenues?|turnover|gross\s+sales|annual\s+sales|income|earn(?:s|ing)?)\b"
)
_MONEY = re.compile(
    r"(?P<cur>us\s?\$|usd\s?\$?|u\.s\.\s?\$|\$|\u20ac|eur\s?|\u00a3|gbp\s?|\u00a5|rmb\s?|cny\s?)\s?"
    + NUMBER
    + r"|"
    + rf"(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{COUNT_IN_WORDS})"
    r"\s*(thousand|million|billion|bn|mm|[kmb])?\s*"
    r"(?P<cur2>us\s+dollars|dollars|usd|euros?|eur|pounds|gbp|rmb|yuan)\b|"
    # no currency, but a sum of money by what it is: "two million in annual revenue"
    rf"(?P<bare>(\d+(?:\.\d+)?|{COUNT_IN_WORDS})\s*(thousand|million|billion))\s+in\s+"
    r"(?:(?:annual|yearly|gross|total)\s+)*(?:revenues?|turnover|funding|sales)\b"
)
_THRESHOLD_CUE = re.compile(
    r"\b(?:more\s+than|greater\s+than|exceed\w*|over|in\s+excess\s+of|at\s+least|above|less\s+than|"
    r"below|under|up\s+to|fewer\s+than|threshold)\b"
)
_CURRENCY = {
    "$": "USD", "us$": "USD", "usd": "USD", "usd$": "USD", "u.s.$": "USD", "dollars": "USD",
    "us dollars": "USD", "\u20ac": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "\u00a3": "GBP", "gbp": "GBP", "pounds": "GBP", "\u00a5": "CNY", "rmb": "CNY", "cny": "CNY",
    "yuan": "CNY",
}  # fmt: skip


_USE_BANNED = re.compile(
    r"\b(?:must|shall|may|can|will)\s+not\s+(?:be\s+)?(?:used|use|deployed|deploy|installed|install|"
    r"accessed|access)\b[^.;]{0,30}$"
)


# "The license granted above allows use by up to the number of users per entity set forth above",
# "Use Limitation: [number] users": a user limit whose number a template leaves to be filled in.
_USERS_UNNUMBERED = re.compile(
    r"\b(?:up\s+to|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of)\s+the\s+number\s+of\s+"
    r"(?:users|user\s+connections|seats|named\s+users|concurrent\s+users)\b|"
    # "The Software may only be used by a single software developer"
    r"\b(?:may|can|shall|is\s+to)\s+(?:only\s+)?be\s+used\s+(?:only\s+)?by\s+(?:a\s+single|one)\s+"
    r"(?:[\w-]+\s+)?(?:users?|developers?|persons?|individuals?|employees?|designers?)\b(?!\s+at\s+a\s+time)|"
    r"\buse\s+limitation\s*:\s*\[[^\]]{1,30}\]\s*users\b"
)


# A count above which something follows is a cap only where it counts the licensee's users
# (a condition, or the licensee or its product named): otherwise it may state a fact.
_ABOVE = re.compile(
    r"(?:more\s+than|greater\s+than|exceed\w*|over|in\s+excess\s+of|at\s+least|above|surpass\w*)\s"
)
_WHOSE_USERS = re.compile(
    r"\b(?:if|where|when|whose|once|unless|until|you|your|licensee\w*|customers?|entit(?:y|ies)|"
    r"organi[sz]ations?|compan(?:y|ies)|business(?:es)?|products?|services?|applications?|"
    r"platforms?|deployments?|teams?|sites?|may|must|shall|not|requires?|required|needs?)\b|"
    r"^\W*(?:above|over|beyond|more\s+than)\b"
)


# A count stated as it stands today, and the words that would make it a condition instead.
_A_COUNT_NOW = re.compile(
    r"\b(?:currently|now|today|already)\s+(?:has|have|had|serves?|reach(?:es|ed)?|counts?)\b"
)
_CONDITION_WORDS = re.compile(
    r"\b(?:if|where|when|whenever|once|unless|until|must|may|shall|not|only|requires?|required)\b"
)


_NOT_FOR_THE_LARGER = re.compile(
    r"\b(?:does|do|shall|will|is|are)\s+not\s+(?:apply|extend|available|granted|licensed|"
    r"permitted)\b[^.;]{0,60}?\bwith\s+$"
)


# A registration of its own beside a count: "a single software developer, whose identity shall
# be registered by Licensee" (the person counted is named to the licensor).
_OWN_REGISTRATION = re.compile(r"\b(?:shall|must)\s+be\s+registered\s+(?:with|by)\b", re.IGNORECASE)


def _with_thresholds(s: Sentence, hits: list[Hit]) -> list[Hit]:
    """The sentence's hits with its thresholds. Where it counts users or revenue, "you must
    obtain a separate licence" is the threshold's effect, not a registration of every user;
    a person or copy that "shall be registered with" the licensor is a registration still."""
    counted = _thresholds(s)
    if not counted:
        return hits
    kept = [
        h for h in hits if h.kind != "registration" or _OWN_REGISTRATION.search(h.evidence.text)
    ]
    return kept + counted


# A size below which the text's leave holds: "available only to companies with fewer than 10
# employees", "free for teams of less than 5 users".
_SMALL_ONLY = re.compile(
    r"\b(?:only|solely|free|applies|apply|available|limited|restricted|if|when|provided|may|can|"
    r"must|shall|eligible)\b"
)


def _money_parts(money: re.Match[str]) -> tuple[str, str, str | None]:
    """The currency ("" where none is said), digits and scale word of a sum :data:`_MONEY`
    found."""
    if money.group("cur"):
        return money.group("cur"), money.group(2), money.group(3)
    if money.group("bare"):
        return "", money.group(8), money.group(9)
    return money.group("cur2"), money.group(4), money.group(5)


def _thresholds(s: Sentence) -> list[Hit]:
    text = s.norm
    hits: list[Hit] = []
    unnumbered = (
        _USERS_UNNUMBERED.search(text) if has_any(text, ("number", "single", "one ")) else None
    )
    if unnumbered and not _USERS.search(text):
        ev = make_evidence(s, unnumbered.start() - 60, unnumbered.end() + 20, 0.8)
        hits.append(Hit("restriction", "user-threshold", ev, {"metric": "users"}))
    counted = has_any(
        text,
        ("user", "mau", "dau", "muu", "devices", "seats", "installations", "members", "employees"),
    )
    m = (
        (
            _USERS.search(text)
            or _USERS_IN_WORDS.search(text)
            or _USERS_METRIC_FIRST.search(text)
            or _USERS_COUNT_FIRST.search(text)
        )
        if counted
        else None
    )
    if m is None and has_any(text, (" per ", " a month", " a day", " each ")):
        m = _VOLUME.search(text)
    # "must not be used by more than 1,000 users": the ban is the limit, not its negation.
    banned = m is not None and _USE_BANNED.search(text[max(0, m.start() - 60) : m.start()])
    # "may not exceed five Designated Users": the negation is the cap
    capped = m is not None and (
        (m.group(0).startswith("exceed") and text[: m.start()].endswith("not "))
        # "This licence does not apply to companies with more than 50 employees"
        or _NOT_FOR_THE_LARGER.search(text, max(0, m.start() - 80), m.start()) is not None
    )
    if m and m.re is _USERS and _ABOVE.match(m.group(0)) and not _WHOSE_USERS.search(text):
        m = None  # "The Licensor has more than one million users": a fact, not a cap
    if m and _A_COUNT_NOW.search(text) and not _CONDITION_WORDS.search(text):
        m = None  # "The Service currently has more than 3 million users": a fact too
    if (
        m
        and re.match(r"(?:fewer|less)\s", m.group(0))
        and (
            not _SMALL_ONLY.search(text, max(0, m.start() - 100), m.start())
            # ("'Small Business' shall mean a company with less than 100 employees": a term
            # defined, which caps nothing by itself)
            or re.search(r"\bmeans?\b|\bdefined\s+as\b|\brefers?\s+to\b", text[: m.start()])
        )
    ):
        m = None  # "downloaded by fewer than 100 users": a count, not a cap on who may use it
    if m and (banned or capped or not negated(text, m.start())):
        metric = re.sub(r"[\s-]+", "_", m.group("metric"))
        if m.re is _VOLUME:
            metric = f"{metric}_per_{m.group('period')}"
        metric = {
            "mau": "monthly_active_users",
            "dau": "daily_active_users",
            "muu": "monthly_unique_users",
            "muus": "monthly_unique_users",
        }.get(metric, metric)
        if m.re is _USERS_IN_WORDS:
            amount = NUMBER_WORDS[m.group("word")]
        elif m.re is _USERS_METRIC_FIRST or m.re is _USERS_COUNT_FIRST:
            amount = parse_amount(m.group(2), m.group(3))  # group 1 is the metric
        else:
            amount = parse_amount(m.group(1), m.group(2))
        params: HitParams = {"threshold": amount, "metric": metric}
        if re.search(
            r"\brequest\s+a\s+licen[cs]e|\bseparate\s+licen[cs]e|\bexpress\s+authori", text
        ):
            params["effect"] = "a separate license from the licensor is needed above this size"
        hits.append(
            Hit(
                "restriction",
                "user-threshold",
                make_evidence(s, m.start() - 60, m.end() + 20, 0.9),
                params,
            )
        )
    word = _REVENUE_WORD.search(text) if has_any(text, _REVENUE_KEYS) else None
    # "... shall not be liable for any direct damages in excess of $1,000": a cap on damages
    if word and _THRESHOLD_CUE.search(text) and not _DAMAGES_CAP.search(text):
        for money in _MONEY.finditer(text):
            cur, digits, scale = _money_parts(money)
            amount = parse_amount(digits, scale)
            if amount <= 0:
                continue
            key = re.sub(r"\s+", "", cur) if cur.strip() not in ("us dollars",) else "us dollars"
            currency = _CURRENCY.get(key, _CURRENCY.get(cur.strip(), "USD"))
            period = (
                "annual"
                if re.search(
                    r"\bannual|\bper\s+year|\byearly|\bfiscal\s+year|\bcalendar\s+year|"
                    r"\btwelve|\b12\s+months",
                    text,
                )
                else None
            )
            params = {"amount": amount, "currency": currency, "period": period}
            ev = make_evidence(
                s, min(word.start(), money.start()) - 40, max(word.end(), money.end()) + 20, 0.85
            )
            hits.append(Hit("restriction", "revenue-threshold", ev, params))
            break
    return hits


# Territory and persons -------------------------------------------------------------------

# (the places composed.py knows, less "us", which is most often the pronoun)
_REGIONS = tuple(name for name in PLACE_NAMES if name != "us")
_REGION = re.compile(
    r"\b(?:the\s+)?(" + "|".join(sorted(map(re.escape, _REGIONS), key=len, reverse=True)) + r")\b"
)
_TERRITORY = re.compile(
    r"\b(?:not\s+(?:being\s+)?granted|not\s+licensed|not\s+(?:be\s+)?(?:available|permitted)|excluded|"
    r"may\s+not\s+(?:be\s+)?(?:use|used|distributed|deployed))\b[^.]{0,160}\b(?:domiciled|located|"
    r"resident|"
    r"residing|principal\s+place\s+of\s+business|in\s+the\s+territory)\s+(?:of|in)\b|"
    r"\b(?:domiciled|located|resident|residing)\s+in\b[^.]{0,160}\b(?:not\s+(?:being\s+)?granted|"
    r"not\s+licensed|may\s+not\s+use)\b|"
    + PROHIBIT
    + r"\s+(?:\w+\s+){0,3}?(?:use|deploy|distribute|offer|provide|make\s+available|access)\w*\b"
    r"[^.]{0,80}?\bin\s+(?:the\s+)?(?:"
    + "|".join(sorted(map(re.escape, _REGIONS), key=len, reverse=True))
    + r")\b|"
    # "The license granted herein is not valid in mainland China", "has no effect in ..."
    r"\b(?:licen[cs]e|licence|grant|agreement|permission)\b[^.;]{0,40}?\b(?:is|are|shall\s+be)\s+"
    r"(?:not\s+valid|void|invalid|of\s+no\s+effect)\s+in\b|"
    r"\b(?:licen[cs]e|licence|grant|agreement)\b[^.;]{0,40}?\b(?:has|have|shall\s+have)\s+no\s+"
    r"(?:legal\s+)?effect\s+in\b"
)
_EXCLUDED = re.compile(
    r"\b(?:no\s+rights?\s+(?:are|is)\s+granted|not\s+(?:be\s+)?granted|(?:may|shall|must|will)\s+not\s+be\s+"
    r"used)\s+(?:to|by)\s+"
    r"(?:any\s+)?(?P<who>(?:persons?|entities|individuals|organi[sz]ations|companies|governments?|"
    r"military|law\s+enforcement)[^.;]{0,80})|"
    r"\b(?:may|shall|must|can)\s*not\s+(?:use|access|download)\b[^.;]{0,80}\bif\s+you\s+are\s+(?:a"
    r"|an)\s+"
    r"(?P<who2>[^.;,]{3,80})|\bif\s+you\s+are\s+(?:a|an)\s+(?P<who3>[^.;,]{3,80}),\s+(?:you\s+)?"
    r"(?:may|shall|must|can)\s*not\s+(?:use|access|download)\b|"
    # conditions on who the user is: "the User is not law enforcement or military"
    # (not "granted only to the extent that the exercise of the licensed rights infringes such
    # patent claims": how far a patent licence reaches)
    r"\b(?:licen[cs]e|permission|rights?)\s+(?:is|are)\s+(?:hereby\s+)?granted\s+only\s+to\s+"
    r"(?!the\s+extent\b)(?P<who5>[^.;,]{3,80})|"
    r"\b(?:the\s+)?(?:user|licensee)\s+(?:is|are)\s+not\s+(?:a\s+|an\s+|part\s+of\s+)?(?P<who4>(?:"
    r"law\s+"
    r"enforcement|military|police|armed\s+forces|intelligence\s+(?:agency|service))[^.;]{0,60})"
)


# A ban on using or passing the work on in a class of places the text names by a quality of
# its own choosing ("will not distribute or market in a Prohibited Territory"): where the work is
# kept from for business reasons. An export list ("embargoed", "sanctioned") is informational.
_BARRED_PLACES = re.compile(
    PROHIBIT
    + r"\s+(?:\w+\s+){0,3}?(?:use|deploy|distribute|market|offer|provide|make\s+available|access"
    r"|sell|export)\w*\b[^.;]{0,80}?\bin\s+(?:a|an|any|the)\s+(?:prohibited|excluded|unsupported"
    r"|restricted|non-?supported)\s+(?:territor(?:y|ies)|countr(?:y|ies)|regions?|jurisdictions?)\b"
)

_EXPORT_LIST = re.compile(r"\bembargo|\bsanction|\bexport\s+(?:control|law|regulation)")


_FOR_ACTIVITY = re.compile(
    r"\b(?:for|in|to)\s+(?:any\s+)?(?:systems?|activities|purposes?|uses?|projects?|applications?)"
    r"\b"
)


_AN_AGE = re.compile(
    r"\b(?:(?:under|below)\s+the\s+age\s+of|years\s+of\s+age|age\s+of\s+majority)\b"
)


def _territory(s: Sentence) -> list[Hit]:
    text = s.norm
    hits: list[Hit] = []
    if not has_any(
        text,
        (
            "granted",
            "licensed",
            "available",
            "permitted",
            "excluded",
            "used",
            "domicil",
            "resid",
            "located",
            "if you are",
            " in the ",
            "is not",
            "territor",
            "countr",
            *("effect in", "valid in", "void in"),
        ),
    ):
        return hits
    # ("not be used by anyone under the age of 13 (or 18 for Users in the European Union)": an
    # age limit that differs by place keeps no place)
    m = None if _AN_AGE.search(text) else _TERRITORY.search(text)
    if m and not re.search(r"\bembargo|\bsanction", text):
        regions = sorted({r.group(1) for r in _REGION.finditer(text)})
        if regions:
            names = [s.words(r.start(1), r.end(1)) for r in _REGION.finditer(text)]
            excluded = list(dict.fromkeys(names))
            hits.append(
                Hit(
                    "restriction",
                    "territory",
                    make_evidence(s, m.start(), m.end(), 0.8),
                    {"excluded": excluded},
                )
            )
    barred = None if hits else _BARRED_PLACES.search(text)
    if barred and not _EXPORT_LIST.search(text):
        evidence = make_evidence(s, barred.start(), barred.end(), 0.7)
        hits.append(Hit("restriction", "territory", evidence))
    e = _EXCLUDED.search(text)
    if e and not hits and not _BARRED_BY_LAW.search(text):
        group = next(g for g in ("who", "who2", "who3", "who4", "who5") if e.group(g))
        who = s.words(e.start(group), e.end(group))
        if _FOR_ACTIVITY.search(e.group(group)):
            # "may not be used by individuals, corporations ... for systems or activities
            # that endanger": what is barred is the activity, whoever does it.
            return hits
        hits.append(
            Hit(
                "restriction",
                "excluded-persons",
                make_evidence(s, e.start(), e.end(), 0.7),
                {"persons": [who]},
            )
        )
    return hits


# "Richard M Stallman (the guy behind GNU, etc.) may not make use of or redistribute this
# program": a ban whose subject is a named person, not the licensee.
_NAMED_BAN = re.compile(
    r"^(?P<who>(?:[A-Z][\w.'-]*\s+){1,3}[A-Z][\w'-]+)\s*(?:\([^)]{0,80}\)\s*)?,?\s+"
    r"(?:may|shall|must|can)\s+not\s+(?:make\s+use\s+of|use|copy|redistribute|distribute|modify|run)\b"
)
# Words that name the licensee, the licensor or the work in a license's defined terms.
_PARTY_WORDS = re.compile(
    r"\b(?:You|Your|Licensee|Licensees|Licensor|User|Users|Customer|Client|Recipient|Distributor|"
    r"Reseller|Developer|Company|Party|Parties|Contributor|Subscriber|Member|End|Software|Program|"
    r"Product|Work|Materials?|Code|The|This|These|Neither|No|Nothing|Any|Such|It|We|Our|Government|"
    r"Agreement|License|Licence)\b"
)


# "... if you are a person barred from receiving the SDK under the laws of the United States":
# who export law bars, an export term.
_BARRED_BY_LAW = re.compile(
    r"\bbarred\s+from\b[^.;]{0,60}\bunder\s+(?:the\s+)?(?:[\w.]+\s+){0,3}?laws?\b"
)


def _named_person(s: Sentence) -> Hit | None:
    m = _NAMED_BAN.match(s.text.strip()) if " not " in s.norm else None
    if m is None or _PARTY_WORDS.search(m.group("who")):
        return None
    ev = make_evidence(s, 0, len(s.norm), 0.7)
    return Hit("restriction", "excluded-persons", ev, {"persons": [m.group("who")]})


# The reach of a grant or of use (clausegen3) -------------------------------------------------
#
# One reading of scope wherever it stands: an exclusive word ("only", "solely", "exclusively")
# or, inside a grant, a tie to a named thing ("in connection with", "as part of", "for use
# with"), then what the work is tied to. A purpose to make or interoperate ("only to create
# Applications"), a named maker's product or service ("in an Agere Systems winmodem", "with the
# web services provided by Facebook"), the running of other software ("only during the normal
# operation of programs that call it") set a field of use. What the tie names decides: one's own
# products, the terms, a consent, a form, a number of machines or the purposes other rules read
# (countries, research, evaluation ...) are no field.

_REACH_VERBS = (
    r"create|build|develop|design|implement|make|produce|generate|write|program|interface|"
    r"interoperate|communicate|connect|support|enable|operate|drive|control|access|integrate"
)
_EXCLUSIVE = (
    r"\b(?:(?:only|solely|exclusively)\s+(?:be\s+[a-z]+\s+(?:(?:and|or)\s+[a-z]+\s+)?|apply\s+)?|"
    # ("provided the Software is at all times used on a device designed ... by XMOS": a term's
    # participle said without "be"; "is only used on" describes)
    r"at\s+all\s+times\s+(?:be\s+[a-z]+\s+(?:(?:and|or)\s+[a-z]+\s+)?|apply\s+|(?:used|run|"
    r"operated|installed|deployed|executed)\s+)?)"
)
_TIE = (
    r"\b(?:in\s+(?:direct\s+)?connection|in\s+conjunction)\s+with|"
    r"\bas\s+(?:an?\s+)?(?:integral\s+)?part\s+of|"
    r"\bfor\s+(?:your\s+|its\s+|their\s+)?(?:own\s+)?use\s+(?:with|in|on)|"
    rf"\bto\s+(?P<verb>{_REACH_VERBS})\b|\bduring|\bwith|\bon|\bin"
)
# "designed to work solely with Autodesk products": the exclusive word inside the tie.
_WORK_TIE = r"\b(?:work|run|operate|function)\s+(?:only|solely|exclusively)\s+(?:with|on)"
_TIED = r"\s+(?P<what>[^.;:]{3,120})"
# In a grant any tie is read; elsewhere only one after an exclusive word (a cheaper search).
_REACH = re.compile(rf"(?:(?P<excl>{_EXCLUSIVE})?(?P<conn>{_TIE})|(?P<conn2>{_WORK_TIE})){_TIED}")
_REACH_EXCLUSIVE = re.compile(
    rf"(?:(?P<excl>{_EXCLUSIVE})(?P<conn>{_TIE})|(?P<conn2>{_WORK_TIE})){_TIED}"
)
_REACH_KEYS = ("only", "solely", "exclusively", "at all times")
_GRANT_REACH_KEYS = (*_REACH_KEYS, " with ", " part of ", " for use ", " in a", " on ", " to ")
_USE_THE_WORK = re.compile(r"\buse\s+(?:the|this|these|such)\s+[\w-]+(?:\s+[\w-]+)?\s+$")
# Outside a grant, a tie limits only what is done with the work ("may only be used with"), not
# what a comment or a manual tells one to do ("call init() only with an open handle").
_USE_VERB = re.compile(
    r"\b(?:use[sd]?|using|run|install\w*|(?:re)?distribut\w*|licensed|operat\w*|deploy\w*|execut\w"
    r"*|"
    r"embed\w*|incorporat\w*|cop(?:y|ied)|shared?|work)\b"
)
# The tie names one's own work, the terms, a consent, a form or a count: no field of use.
_NOT_A_FIELD = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:your|yours|its|their|his|her|our|licensee's|the\s+licensee's|you|us|"
    r"other|another|any|all|each|every|separately|many|multiple|several|various|"
    r"permission|consent|approval|authori[sz]ation|accordance|compliance|respect|regard|terms?|"
    r"conditions?|this|these|those|such|that|which|whom|the\s+following|following|writing|"
    r"(?:prior\s+|express\s+|written\s+)+|any\s+(?:manner|way|form|medium|media)|copies|"
    r"(?:source|object|binary|executable|compiled|machine[- ]readable)\b|"
    r"(?:one|a\s+single|single|\d+|"
    r"two|three|four|five)\s+|the\s+(?:extent|event|case|term|period|manner|way|form|number|"
    r"same|original|software|program|work|materials?|code|product|documentation|licensed)\b)"
)
_REACH_OTHER_KINDS = re.compile(
    r"\bnon-?\s?commercial|\bresearch|\bevaluat|\btrial|\btest\w*\s+period|\bpersonal|\binternal|"
    r"\bprivate|\bbackup|\barchiv|\bcountr(?:y|ies)|\bterritor|\bjurisdiction|\bgeograph|"
    r"\b(?:days?|months?|years?)\b|\bpermi(?:ssion|tted)|\bconsent|\blicen[cs]e\s+(?:agreement|terms)|"
    r"\bcourts?\b|\bways?\b|\bmanner\b|\bformat\b|"
    r"\bexport|\bendorse|\bpromot|\bnames?\b|\btrademarks?|\blogos?\b"
)
# A named maker or product: a capitalised word that is not one of a licence's defined terms
# (nor a short word in capitals); or a thing made or provided by one ("provided by Facebook").
_DEFINED_TERMS = frozenset(
    (
        "You", "Your", "Licensee", "Licensees", "Licensor", "User", "Users", "Customer", "Client",
        "Recipient", "Distributor", "Developer", "Developers", "Company", "Party", "Parties",
        "Contributor", "Subscriber", "Member", "End", "Software", "Program", "Programs", "Product",
        "Products", "Work", "Works", "Material", "Materials", "Code", "The", "This", "These",
        "Any", "Such", "It", "We", "Our", "Agreement", "License", "Licence", "Licensed",
        "Application", "Applications", "Derivative", "Modifications", "Modified", "Larger",
        "Covered", "Original", "Source", "Object", "Executable", "Binary", "Form", "Package",
        "Library", "Documentation", "Content", "Contents", "Data", "Model", "Models", "Output",
        "Services", "Service", "Site", "Sites", "Website", "Platform", "Device", "Devices",
        "Hardware", "Components", "Component", "Files", "File", "Font", "Fonts", "Version",
        "Versions", "Use", "Purpose", "Commercial", "Non", "Open", "Free", "Standard", "Section",
        "Exhibit", "Schedule", "Appendix", "Redistributables", "Runtime", "Sample", "SDK", "API",
        "APIs", "A", "An", "In", "On", "With", "For", "Of", "And", "Or", "To", "I", "Inc", "Ltd",
    )
)  # fmt: skip
_DEFINED_UPPER = frozenset(t.upper() for t in _DEFINED_TERMS)
_CAPITALISED = re.compile(r"\b[A-Z][\w&'-]*")
_MADE_BY = re.compile(
    r"\b(?:provided|made|sold|supplied|offered|manufactured|published|owned|operated|designed|"
    # "a device designed, licensed or developed by XMOS"
    r"developed)(?:,\s*[a-z]+)*(?:,?\s+(?:or|and)\s+[a-z]+)?\s+by\s+(?:[A-Z][\w&.'-]*)"
)
_THINGS = re.compile(
    r"\b(?:products?|devices?|hardware|processors?|microcontrollers?|chips?|chipsets?|boards?|"
    r"controllers?|(?:operating|embedded|computer)\s+systems?|platforms?|services?|apis?|modems?|"
    r"winmodems?|consoles?|equipment|computers?|software|programs?|applications?|"
    r"implementations?|operation)\b"
)

# The thing within the first words the tie names ("an Agere Systems winmodem").
_THING_NEAR = re.compile(rf"(?:[\w&.,'-]+\s+){{0,4}}?{_THINGS.pattern}")
# "if you distribute this file as part of a program built with X": a condition, not a scope.
_CONDITIONAL = re.compile(r"\b(?:if|when|whenever|where|unless|whether)\b")
# "distribute linked combinations of the library with X": a copyleft's reach, not a field.
_LINKING = re.compile(r"\blink(?:ed|ing|s)?\b")
# "with the Apple Software", "the Autodesk Program": the licensed work under its maker's name.
_THE_WORK_NAMED = re.compile(
    r"^(?:the\s+)?[A-Z][\w&'-]*\s+(?:Software|Program|Code|Materials?|Work|Library|Package)\b"
)
_RUNNING = re.compile(r"(?:the\s+)?(?:normal\s+)?(?:operation|execution|running)\b")
_LEADING = re.compile(r"^(?:(?:the|a|an)\s+)?", re.IGNORECASE)


def _named(original: str) -> bool:
    """Whether the words a tie names open with a maker's or product's name ("an Atmel
    microcontroller", "Autodesk, Inc. products", "AMD's hardware"), or name a thing some
    maker provides ("the web services and APIs provided by Facebook")."""
    if _THE_WORK_NAMED.match(original):
        return False
    rest = _LEADING.sub("", original, count=1)
    first = _CAPITALISED.match(rest)
    if first is not None:
        name = re.sub(r"'s$", "", first.group(0))
        short_caps = name.isupper() and len(name) <= 5
        if not name.isupper() or short_caps:
            return name.upper() not in _DEFINED_UPPER
    return bool(_MADE_BY.search(original[:120]))


# A product's own name (clausegen5): two or more words in capitals or brand case at the start
# of what a tie names ("Microsoft Visual Studio", "any Apple iPhone", "Amazon Redshift"), after
# at most "the", "a", "an", "any" or "all". A place ("the United States") is a territory.
_PRODUCT_NAME = re.compile(
    r"^(?:(?:the|a|an|any|all)\s+)?(?P<run>[A-Z][\w&'-]*(?:\s+(?:[A-Z]|[a-z]+[A-Z])[\w&'-]*)+)"
)
_PURPOSE_AFTER = re.compile(
    r"\s+(?:for|to)\s+(?:your|its|their|his|her|the|any)\b|,\s+(?:and|or)\s+for\b"
)


_RELATIVE_TIE = re.compile(r"\b(?:that|which|who)\s+(?:[a-z]+\s+){0,2}$")


def _product_name(original: str) -> bool:
    """Whether the words a tie names open with a product's name (see above): not a place, not
    words in capitals (a shouted clause), not the licence's own terms ("the Apple Software",
    "the Distributable Code")."""
    m = _PRODUCT_NAME.match(original)
    if m is None or _REGION.match(original.lower()):
        return False
    words = [re.sub(r"'s$", "", w) for w in m.group("run").split()]
    if all(w.isupper() for w in words):
        return False
    return words[0].upper() not in _DEFINED_UPPER and words[-1].upper() not in _DEFINED_UPPER


# "You may install and use the software to use solely with" and the products listed below it:
# the tie ends the lead-in and each item names a product.
_TIE_LEAD = re.compile(
    rf"{_EXCLUSIVE}(?:for\s+(?:your\s+|its\s+)?(?:own\s+)?use\s+)?(?:with|on|in)\s*:?\s*$"
)


_PROHIBITED = re.compile(PROHIBIT)


def _tied_item(s: Sentence) -> Hit | None:
    """A product listed under a lead-in that ties the work's use to what follows."""
    lead = s.lead.lower()
    tie = _TIE_LEAD.search(lead) if lead and has_any(lead, _REACH_KEYS) else None
    if tie is None or not _USE_VERB.search(lead, 0, tie.start()):
        return None
    if _PROHIBITED.search(lead, lead.rfind(". ") + 1, tie.start()):
        return None  # "you may not use it only with": a ban, not a tie
    item = LIST_MARKER.sub("", s.text, count=1).strip().rstrip(";.,")
    if not (_product_name(item) or _named(item)) or _REACH_OTHER_KINDS.search(item.lower()):
        return None
    ev = make_evidence(s, 0, len(s.norm), 0.65)
    return Hit("restriction", "field-of-use", ev, {"uses": [f"use other than with {item[:80]}"]})


_ANY_PURPOSE = re.compile(r"\bfor\s+any\s+(?:lawful\s+|legal\s+)?(?:purpose|use)\b(?!\s+other)")


def _reach(s: Sentence, grant: _Found | None) -> list[Hit]:
    """The field of use a grant or a use sentence sets by what it ties the work to."""
    text = s.norm
    keys, reach = (_REACH_KEYS, _REACH_EXCLUSIVE) if grant is None else (_GRANT_REACH_KEYS, _REACH)
    if not has_any(text, keys) or _LINKING.search(text):
        return []
    at = 0
    while (m := reach.search(text, at)) is not None:
        excl, conn, what = m.group("excl"), m.group("conn"), m.group("what")
        if conn is None:
            excl = conn = m.group("conn2")  # "to work solely with Autodesk products"
        at = m.start("what")  # the next tie may stand inside this one's words
        # only "any"/"all" before a product's name ("any Apple iPhone") passes the words that
        # name no field; the name is read from the original words, so only where it may count
        field = _NOT_A_FIELD.match(what) is None
        if (not field and not what.startswith(("any ", "all "))) or negated(text, m.start()):
            continue
        original = s.words(m.start("what"), m.end("what"))
        product = _product_name(original)
        if not field and not product:
            continue
        # Without "only" a tie scopes a grant of use; leave to share "as part of Linux
        # distributions" says how copies may travel, not what the work may be used for.
        tied = grant is not None and "use" in grant.grant.rights
        clause = text[: m.start()]
        clause = clause[max(clause.rfind(","), clause.rfind(";"), clause.rfind(":")) + 1 :]
        if _CONDITIONAL.search(clause):
            continue  # "if you distribute this file as part of a program built with X"
        if not excl and _RELATIVE_TIE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "in software that competes with X products": what that software does
        # "solely to access Amazon Redshift for your internal business purposes": a purpose
        # after a named product is a second limit, not what the tie names
        head = _PURPOSE_AFTER.split(what, maxsplit=1)[0] if product else what
        if _REACH_OTHER_KINDS.search(head[:60]):
            continue
        if grant is None and not _USE_VERB.search(text[: m.start()] + (excl or "")):
            continue
        named = _named(original) or product
        if m.group("verb"):
            # "only to create Applications that ...": the purposes the work may serve; a grant
            # of use alone "to use the Contents to create installation programs" names its one
            ok = bool(excl) and (grant is not None or "use" in text[: m.start()])
            # "you may make copies of it in order to develop implementations of the
            # technologies described": a grant whose leave is said to serve one purpose
            ok = ok or (grant is not None and text.endswith("in order ", 0, m.start()))
            if (
                not ok
                and grant is not None
                and grant.grant.rights == ("use",)
                and _USE_THE_WORK.search(text, 0, m.start()) is not None
                # "use the Model to generate text for any purpose": an example, no scope
                and not _ANY_PURPOSE.search(text, m.start("what"))
            ):
                # one grant of several may name a purpose: held until all are read
                end = m.start("what") + min(len(what), 80)
                ev = make_evidence(s, m.start(), end, 0.65)
                label = f"use other than {conn} {original[:80].strip()}"
                params: HitParams = {"uses": [label], "scope": grant.words}
                return [Hit("restriction", "field-of-use", ev, params)]
        elif conn == "during":
            # "only during the normal operation of programs that call upon it"
            ok = bool(excl) and _RUNNING.match(what) is not None
        elif conn in ("with", "on", "in"):
            # a bare preposition ties, after an exclusive word or in a grant, to a named thing
            ok = (
                (bool(excl) or tied)
                and named
                and (bool(_THING_NEAR.match(what)) or (bool(excl) and product))
            )
        else:
            ok = (bool(excl) or tied) and named
        if not ok:
            continue
        end = m.start("what") + min(len(what), 80)
        ev = make_evidence(s, m.start(), end, 0.7)
        label = f"use other than {conn} {original[:80].strip()}"
        return [Hit("restriction", "field-of-use", ev, {"uses": [label]})]
    return []


# Who may use it and where (clausegen3) ------------------------------------------------------
#
# A grant's reach over persons and places, read from its shape rather than from a list of
# regions: use "only in the country where you acquired it" or "a country in which use is
# licensed" is a territory; leave "to licensees of X products", "for as long as you are a current
# X Licensee", "to everyone except the following entities", or that needs its user to own a copy
# of another product, excludes persons; a grant "for the purpose of evaluating" is for
# evaluation only.

_WHERE_ONLY = re.compile(
    r"\b(?:only|solely|exclusively)\s+(?:with)?in\s+(?:the\s+|those\s+|such\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<where>countr(?:y|ies)|geograph(?:y|ies|ic\s+areas?)|territor(?:y|ies)|regions?)\b|"
    r"\bcountr(?:y|ies)\s+(?:in\s+which|where)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:is|are)\s+"
    r"(?:\w+\s+)?licensed\b"
)
_NOT_EXCLUDED = re.compile(r"\bnot\s+(?:thus\s+|so\s+)?excluded\b")
_WHO = (
    r"(?:current\s+|existing\s+|registered\s+|authori[sz]ed\s+|valid\s+)*(?:licensees|customers|members|"
    r"subscribers|owners|purchasers|holders|employees|students|partners)"
)
# A class of persons a grant may be given to (and so everyone else is left out).
_CLASS = (
    r"(?:(?:non-?profit|not-for-profit|academic|educational|research|government(?:al)?|public|"
    r"natural|non-?commercial|private|personal|individual|home)\s+(?:(?!or\b|and\b)[\w-]+\s+)?"
    r"(?:users|persons?|people|institutions?|organi[sz]ations?|entities|agencies|bodies|researchers|"
    r"individuals)|students|natural\s+persons?|individuals(?!\s+(?:or|and)\b)|"
    r"(?:residents|citizens|nationals|inhabitants)\s+of\s+[^,.;()]{2,40}?)"
)
_WHO_ONLY = re.compile(
    # "Permission is hereby granted to licensees of Texas Instruments products"
    rf"\b(?:granted|grants?|licen[cs]ed|available)\s+(?:\w+\s+){{0,3}}?to\s+(?:all\s+|any\s+)?"
    rf"(?P<who>{_WHO}\s+of\s+[^.;,]{{3,80}})|"
    # "for as long as you are a current and in good-standing MFi Licensee"
    r"\b(?:for\s+)?(?:as|so)\s+long\s+as\s+(?:you|licensee)\s+(?:are|is|remain\w*)\s+(?:a|an)\s+"
    r"(?P<who2>[^.;,]{0,60}?\b(?:licensee|member|customer|subscriber|partner|student|employee))\b|"
    # "This license is granted to everyone except for the following entities"
    r"\b(?:granted|available|licen[cs]ed)\s*(?:(?:hereby|free\s+of\s+charge|,)\s*){0,3}to\s+"
    r"(?:everyone|anyone|all(?:\s+persons)?|any\s+person)"
    r"(?:\s+(?:except|other\s+than|but|save)|\s*[,(]\s*(?:except|other\s+than|excluding|save))\b"
    r"(?P<who3>[^.;]{3,80})|"
    # "a user must own a legally acquired copy of Minecraft", "provided that every person on
    # the team owns a copy of the book ..."
    # (not a licensed copy of the licensor's own host product, which a supplement needs)
    # (not the law's "a person that lawfully owns a copy of a computer program")
    r"\b(?:must|shall|has\s+to|have\s+to|needs?\s+to|(?<!lawfully\s)owns?)\s+(?:own\s+)?(?:a|an)\s+(?:[\w-]+\s+){"
    r"0,3}?cop(?:y|ies)\s+of\s+(?!the\s+(?:licensed|software|product|program|host)\b)(?P<who4>[^.;,]{3,"
    r"80})|"
    # "You may use this Font ... only if you are a registered Apple Developer"
    r"\b(?:only\s+if|provided(?:\s+that)?|as\s+long\s+as)\s+(?:you|licensee)\s+(?:are|is)\s+(?:a|an)\s+"
    r"(?P<who5>(?:registered|licensed|authori[sz]ed|certified|paying|current|non-?profit|academic|"
    r"educational)\s+[^.;,]{2,60}?\b(?:developer|member|licensee|customer|subscriber|partner|user|"
    r"organi[sz]ation|institution|entity|charity|student))\b|"
    # a grant to a class of persons: "Permission is granted to academic institutions to use",
    # "granted, free of charge, to any natural person obtaining a copy", "to residents of Canada"
    rf"\b(?:(?:granted|grants?|licen[cs]ed)\s*(?:(?:hereby|free\s+of\s+charge|,)\s*){{0,3}}to|"
    rf"(?:permitted|allowed)\s+(?:only\s+)?(?:for|to|by)|permission\s+(?:only\s+)?for)\s+"
    rf"(?:all\s+|any\s+)?(?P<who6>{_CLASS})(?=\s+(?:obtaining|to|who|for|a|an|provided|if|subject|under|on|and|or)\b|\s*[,.;(])|"
    # "may be used ... by any individual, but not by companies"
    r"\b(?:used|copied|modified|distributed|shared)\b[^.;]{0,80}\bby\s+(?:any\s+)?[\w-]+(?:\s+[\w-]+)?,?\s+"
    r"but\s+not\s+by\s+(?P<who7>[^.;,]{3,60})"
)
_EVALUATING = re.compile(
    r"\bfor\s+(?:the\s+)?(?:sole\s+|limited\s+|only\s+)?purposes?\s+of\s+(?:internally\s+)?evaluating\b|"
    r"\b(?:only|solely|exclusively)\s+(?:to|for)\s+(?:internally\s+)?evaluat(?:e|ing|ion)\b"
)
_WHO_KEYS = (
    *("licensee", "member", "customer", "except", " own", "owns", "subscriber", "holder"),
    *("only if you are", "but not by", "student", "individual", "person", "people", "resident"),
    *("provided you are", "provided that you are", "as long as you are", " save "),
    *("citizen", "national", "inhabitant", "institution", "organi", "entities", "agenc", "bodies"),
)


def _purpose_stands(reading: Reading, hit: Hit) -> bool:
    """A grant of use "to create X" limits use unless another grant of the text gives use
    without naming a purpose (the scoped grant's words travel in the hit's ``scope``)."""
    words = hit.params.pop("scope", None)
    if words is None:
        return True
    return not any(
        "use" in g.rights and w != words and not _OTHER_LICENSE.search(w)
        for g, w in zip(reading.grants, reading.grant_sentences, strict=True)
    )


# Use kept from competing with the licensor (clausegen5): "commits not to create a competitive
# software product based on the Software", "may not resell or distribute the Software in any
# way that would compete with X", "provided that your program is not ... a product that is
# competitive with or a substitute for the Software". A field of use wherever a ban, "only" or
# a condition stands before the competing words and a verb of making, using or passing on the
# work does.
_COMPETING = re.compile(
    r"\bcompet(?:e|es|ing|itive)\s+(?:with|against)\b|"
    r"\bcompetitive\s+(?:[\w-]+\s+){0,2}?(?:products?|offerings?|services?|software|solutions?|"
    r"applications?|programs?)\b|"
    r"\b(?:substitute|replacement)\s+for\s+(?:the\s+)?(?:software|products?|programs?|licensed|"
    r"[\w-]+'s)\b|"
    # "as the basis for creating a product that provides the same, or substantially the same,
    # functionality as the Software"
    r"\bprovides?\s+(?:the\s+)?same,?\s+(?:or\s+substantially\s+(?:the\s+)?(?:same|similar),?\s+)?"
    r"(?:functionality|features|functions)\b"
)
_COMPETING_GATE = re.compile(
    r"\bnot\b|\bnever\b|\bno\b|\bonly\b|\bsolely\b|\bprovided\b|\bcondition|\bas\s+long\s+as\b"
)
_COMPETING_VERB = re.compile(
    r"\b(?:use[sd]?|using|(?:re)?distribut\w*|(?:re)?sell|sold|rent|lease|creat\w*|develop\w*|"
    r"build|make|produce|design\w*|market\w*|offer\w*|licen[cs]e|program|product)\b"
)
_SERVICE_OFFERED = re.compile(
    r"\b[\w-]+-as-a-service\b|\b(?:saas|paas)\b|\b(?:hosted|managed|online|cloud)\s+(?:[\w-]+\s+)?"
    r"(?:services?|offerings?)\b"
)
_COMPETING_NOT = re.compile(r"\bterminat\w*|\bcompetition\s+law|\banti-?\s?competitive")


def _competing(s: Sentence) -> Hit | None:
    """A use, a making or a passing on of the work kept from competing with its licensor."""
    text = s.full if s.lead else s.norm
    if not has_any(text, ("compet", "substitute", "replacement", "same functionality", "same,")):
        return None
    m = _COMPETING.search(text)
    if m is None or _COMPETING_NOT.search(text) or _OUTPUT.search(text):
        return None  # "use output to develop models that compete": read by the model rules
    # ("includes, but is not limited to, ...": no ban)
    before = re.sub(r"\bnot\s+(?:be\s+)?limited\s+to\b", " ", text[: m.start()])
    if _NO_LIMIT_ON.search(before):
        return None  # "... will not prohibit or restrict either party's right to develop ..."
    if not _COMPETING_GATE.search(before) or not _COMPETING_VERB.search(before):
        return None
    offset = len(text) - len(s.norm)  # a list item is read after its lead-in
    start = max(0, m.start() - offset)
    ev = make_evidence(s, max(0, start - 80), start + len(m.group(0)) + 40, 0.65)
    if _SERVICE_OFFERED.search(before[-160:]):
        # "to make available any software-as-a-service ... that competes with Acme products":
        # the work run as a service for others
        return Hit("restriction", "hosting-restriction", ev)
    uses = [f"use that competes with the licensor ({s.words(start, start + len(m.group(0)))})"]
    return Hit("restriction", "field-of-use", ev, {"uses": uses})


def _read_reach(reading: Reading, s: Sentence, found: _Found | None, hits: list[Hit]) -> None:
    """The kinds a grant's reach sets, where the sentence's other rules set none of them."""
    had = {h.kind for h in hits}
    # (what a licensee or contributor grants the licensor is tied to the licensor's project,
    # not the work's reach: "I hereby grant The ANTLR Project a license to ... use this
    # contribution as part of the ANTLR project")
    if "field-of-use" not in had and not _LICENSEE_GRANTS.search(s.norm):
        tied = _tied_item(s)
        reading.reach += [tied] if tied else _reach(s, found)
        competing = _competing(s)
        if competing:
            hits.append(competing)
    hits += [h for h in _who_and_where(s, found) if h.kind not in had]
    narrow = None if "no-redistribution" in had else _narrow_item(s)
    if narrow:
        hits.append(narrow)


def _who_and_where(s: Sentence, grant: _Found | None) -> list[Hit]:
    """Territory, excluded persons and evaluation-only read from a grant's reach."""
    text = s.norm
    hits: list[Hit] = []
    if has_any(text, ("countr", "geograph", "territor", "region")):
        m = _WHERE_ONLY.search(text)
        # "permitted only in or among countries not thus excluded": the GPL's leave to the
        # licensor to add a limit, not a limit
        if (
            m
            and not negated(text, m.start())
            and not _EXPORT_TERMS.search(text)
            and not _NOT_EXCLUDED.search(text)
        ):
            where = s.words(m.start(), m.end())
            ev = make_evidence(s, m.start(), m.end(), 0.7)
            hits.append(Hit("restriction", "territory", ev, {"excluded": [f"outside {where}"]}))
    if has_any(text, _WHO_KEYS):
        w = _WHO_ONLY.search(text)
        # the first two shapes scope a grant; the others say on their own who is left out
        if (
            w
            and not negated(text, w.start())
            and (grant is not None or w.group("who3") or w.group("who4"))
        ):
            groups = ("who", "who2", "who3", "who4", "who5", "who6", "who7")
            group = next(g for g in groups if w.group(g))
            who = s.words(w.start(group), w.end(group)).strip(" ,:")
            label = f"anyone not an owner of a copy of {who}" if group == "who4" else who
            if group in ("who", "who2", "who5", "who6"):
                label = f"anyone but {who}"
            ev = make_evidence(s, w.start(), w.end(), 0.7)
            hits.append(Hit("restriction", "excluded-persons", ev, {"persons": [label]}))
    if grant is not None and "evaluat" in text:
        e = _EVALUATING.search(text)
        if e and not negated(text, e.start()):
            ev = make_evidence(s, e.start(), e.end(), 0.75)
            hits.append(Hit("restriction", "evaluation-only", ev))
    return hits


# Delayed opening -------------------------------------------------------------------------

_CHANGE_DATE = re.compile(r"\bchange\s+date\b\s*:?\s*(?P<v>\d{4}-\d{2}-\d{2})?")
_CHANGE_LICENSE = re.compile(r"\bchange\s+licen[cs]e\s*:\s*(?P<v>[^;\n]{2,80})")


# "On the second anniversary of the date we make the Software available, the Software is
# also licensed under ...": a grant that starts later.
_FUTURE_GRANT = re.compile(
    r"\b(?:on|upon|after)\s+the\s+(?:\w+\s+){0,2}anniversary\s+of\b(?:[^.]|\.(?=\d)){0,200}\blicen"
    r"[cs]e[sd]?\b|"
    r"\bgrant\s+of\s+future\s+licen[cs]e\b|"
    # "After three years from the effective date ..., the source code will automatically be
    # subject to the MIT open-source license"
    r"\b(?:after|upon|once|when)\s+(?:\w+\s+){0,2}?(?:years?|months?)\s+(?:from|after|following|"
    r"have\s+passed)\b(?:[^.]|\.(?=\d)){0,200}?\b(?:(?:be|become)\s+)?(?:licen[cs]ed|subject\s+to|"
    r"released|relicensed|available)\s+(?:under\s+|to\s+)?(?:the\s+|an?\s+)?(?:[\w.-]+\s+){0,3}?"
    r"(?:open[- ]source\s+)?licen[cs]e\b"
)


def _delayed(s: Sentence) -> Hit | None:
    """BUSL-style parameters: a change date and the license the work changes to."""
    if has_any(s.norm, ("anniversary", "future licen", " years ", " months ")):
        future = _FUTURE_GRANT.search(s.norm)
        if future:
            ev = make_evidence(s, future.start(), future.end(), 0.75)
            return Hit("restriction", "delayed-open", ev)
    if "change " not in s.norm:
        return None
    date = _CHANGE_DATE.search(s.norm)
    lic = _CHANGE_LICENSE.search(s.norm)
    params: HitParams = {}
    if date and date.group("v"):
        params["change_date"] = date.group("v")
    if lic:
        candidate = s.words(lic.start("v"), lic.end("v")).strip().rstrip(".")
        if candidate and not candidate.lower().startswith(("on ", "the ", "as ", "is ", "will ")):
            params["change_license"] = candidate
    found = date or (lic if params else None)
    if found is None:
        return None
    return Hit(
        "restriction", "delayed-open", make_evidence(s, found.start(), found.end(), 0.8), params
    )


# Termination, law, patent retaliation, naming ---------------------------------------------

_TERMINATE = re.compile(
    r"\b(?:may|can|will|shall|reserves?\s+the\s+right\s+to)\s+(?:immediately\s+|automatically\s+)?"
    r"(?:suspend\s+or\s+)?terminate\s+(?:this|the|these|your|any|all)\s+(?:\w+\s+)?(?:agreement|licen[cs]es?|"
    r"terms|rights|access)\b|\b(?:licen[cs]es?|rights)\b[^.]{0,60}\bterminate\s+automatically\b|"
    r"\b(?:licen[cs]es?|rights)\s+granted\b[^.]{0,80}\b(?:shall|will)\s+"
    r"(?:automatically\s+)?terminate\b|\bautomatically\s+terminate\b"
)
_RETALIATION = re.compile(
    r"\b(?:institute|commence|initiate|file|bring|assert)\w*\b[^.]{0,120}\b(?:litigation|lawsuit|"
    r"proceedings?|claim|action)\b(?:[^.]|\.(?=\d)){0,400}\bterminat"
)
_LAW = re.compile(
    r"\bgoverned\s+(?:by|and\s+construed|and\s+interpreted)\b[^.]{0,80}?\blaws?\s+of\s+(?:the\s+)?"
    r"(?P<law>[^,.;(]{2,60}?)(?=\s+without\b|\s+and\s+the\b|\s*[,.;(]|$)|"
    r"\bgoverned\s+(?:and\s+construed\s+)?under\s+(?P<law2>[\w' .]{2,40}?)\s+laws?\b|"
    r"\b(?P<law3>[\w ]{2,30}?)\s+law\s+(?:will|shall)\s+govern\b"
)
_WORDING = re.compile(
    r"\"(?P<w>(?:built|powered|made|created|improved|developed)\s+(?:with|by|using|on)\s+[^\"]{1,60})\""
)
_PREFIX = re.compile(
    r"\binclude\s+\"(?P<p>[^\"]{1,40})\"\s+at\s+the\s+beginning\s+of\b[^.]{0,60}\bname|"
    r"\bnames?\b[^.]{0,60}\b(?:begin|start|be\s+prefixed)\s+with\s+\"(?P<p2>[^\"]{1,40})\"|"
    r"\bprefix\b[^.]{0,40}\"(?P<p3>[^\"]{1,40})\""
)


def _terms(s: Sentence) -> list[Hit]:
    text = s.norm
    hits: list[Hit] = []
    retaliation = _RETALIATION.search(text) if "terminat" in text else None
    if retaliation:
        hits.append(
            Hit(
                "condition",
                "patent-retaliation",
                make_evidence(s, retaliation.start(), retaliation.start() + 160, 0.85),
            )
        )
    t = _TERMINATE.search(text) if "terminat" in text else None
    if t and not re.search(r"\bpatent\s+$", text[: t.start()]):
        triggers = []
        if re.search(r"\bbreach|\bfail\w*\s+to\s+comply|\bviolat", text):
            triggers.append("breach")
        if retaliation:
            triggers.append("IP litigation against the licensor")
        if _REVENUE_WORD.search(text):
            triggers.append("revenue threshold exceeded")
        if _GUARDRAIL.search(text):
            triggers.append("circumventing safety guardrails")
        hits.append(
            Hit(
                "restriction",
                "termination",
                make_evidence(s, t.start(), t.end() + 60, 0.85),
                {"triggers": triggers},
            )
        )
    law = _LAW.search(text) if "govern" in text else None
    if law:
        group = next(g for g in ("law", "law2", "law3") if law.group(g))
        where = s.words(law.start(group), law.end(group)).strip()
        where = re.sub(r"^(?:state\s+of\s+)", "", where, flags=re.IGNORECASE)
        hits.append(
            Hit(
                "restriction",
                "governing-law",
                make_evidence(s, law.start(), law.end(), 0.9),
                {"law": where},
            )
        )
    wording = _WORDING.search(text) if '"' in text else None
    prefix = _PREFIX.search(text) if has_any(text, ("prefix", "name")) else None
    if wording or prefix:
        params: HitParams = {}
        spans = []
        if wording:
            params["wording"] = s.words(wording.start("w"), wording.end("w"))
            spans.append((wording.start(), wording.end()))
        if prefix:
            group = next(g for g in ("p", "p2", "p3") if prefix.group(g))
            params["name_prefix"] = s.words(prefix.start(group), prefix.end(group))
            spans.append((prefix.start(), prefix.end()))
        a = min(x for x, _ in spans)
        b = max(y for _, y in spans)
        hits.append(Hit("condition", "attribution", make_evidence(s, a - 40, b + 20, 0.9), params))
    return hits


# Copyleft scope ----------------------------------------------------------------------------

_SAME_LICENSE = (
    (
        "network",
        re.compile(r"\bremotely\s+through\s+a\s+(?:computer\s+)?network\b|\bnetwork\s+server\b"),
    ),
    (
        "library",
        re.compile(
            r"\bwork\s+that\s+uses\s+the\s+library\b|\blesser\s+general\s+public\s+license\b[^.]{0"
            r",80}\b(?:incorporates|supplemented|additional\s+permissions)"
        ),
    ),
    (
        "file",
        re.compile(
            r"\blarger\s+work\b[^.]{0,120}\bterms\s+of\s+your\s+choice\b|\bfile-by-file\b|\bfile\s"
            r"+level\b"
        ),
    ),
    (
        "strong",
        re.compile(
            r"\bas\s+a\s+whole\b[^.]{0,120}\bunder\s+(?:the\s+terms\s+of\s+)?this\s+license\b|"
            r"\bunder\s+this\s+license\b[^.]{0,40}\bas\s+a\s+whole\b|\bsame\s+license\s+elements\b|"
            r"\bsharealike\b|\bshare-alike\b|\bunder\s+the\s+same\s+license\b|"
            r"\bmust\s+be\s+(?:licensed|distributed|released)\s+under\s+(?:the\s+terms\s+of\s+)?this\s+license\b"
        ),
    ),
)


_COPYLEFT_KEYS = (
    "network",
    "library",
    "larger work",
    "file",
    "as a whole",
    "same license",
    "sharealike",
    "share-alike",
    "under this license",
)


def _copyleft(s: Sentence) -> Hit | None:
    text = s.norm
    if not has_any(text, _COPYLEFT_KEYS):
        return None
    for scope, rx in _SAME_LICENSE:
        m = rx.search(text)
        if m and not negated(text, m.start()):
            return Hit(
                "condition",
                "same-license",
                make_evidence(s, m.start() - 40, m.end() + 40, 0.75),
                {"scope": scope},
            )
    return None


# --------------------------------------------------------------------------- the pass


@dataclass
class Reading:
    hits: list[Hit] = field(default_factory=list)
    grants: list[Grant] = field(default_factory=list)
    # The whole sentence of each grant, in the same order (a grant's evidence is cut short).
    grant_sentences: list[str] = field(default_factory=list)
    patent_grant: bool = False
    commercial_grant: bool = False
    # The text keeps every right it does not grant ("Microsoft reserves all other rights").
    reserved: bool = False
    # Bans that hold "except as permitted": kept unless a grant gives what they ban.
    held: list[Hit] = field(default_factory=list)
    # Signs of end-user terms (licensed, not sold; trade secrets; no decompiling): a grant of
    # use alone then withholds modifying and sharing.
    proprietary: bool = False
    # The text says it grants nothing, or that any use needs another agreement.
    withholds_all: bool = False
    # Changes are allowed as patches kept apart from the original ("You may generate derived
    # works by means of patch files"): a duty to leave the original files unaltered then keeps
    # the author's source whole (the Open Source Definition's fourth criterion), no ban.
    patches_allowed: bool = False
    # "All Rights Reserved." anywhere (a copyright line's too): with no grant in the text and
    # limits set, nothing is given but what the limits leave.
    all_reserved: bool = False
    # The line from which the text gives the third-party parts' own terms ("the Software contains
    # third party components that are licensed pursuant to its own terms"): grants read there
    # are theirs, not the licensor's.
    components_from: int = 0
    # The text sets terms for modified versions ("altered versions must be plainly marked"),
    # which presumes leave to make them.
    modified_versions: bool = False
    # ... said as terms the changed copies must meet (not "if you modify this code, you may
    # extend this exception", an exception's own tail).
    changed_copies_bound: bool = False
    # The text is named for leaving changes out ("Attribution-NoDerivs").
    named_no_derivatives: bool = False
    # Conditions that the work stay unchanged, kept only where nothing grants changes.
    held_unmodified: list[Hit] = field(default_factory=list)
    # Non-commercial items read under a codec patent pool's notice (see _settle).
    pool_notice: list[Hit] = field(default_factory=list)
    # "Modifications ... are also permitted": leave to change the work in a passive sentence.
    changes_permitted: bool = False
    # "You may charge a reasonable copying fee": a ban on charging for the work itself then
    # leaves selling copies open.
    fees_allowed: bool = False
    # "Your use ... will be governed by the terms ... in force as of the date you accessed
    # the Information": a change of the terms does not reach what was already received.
    terms_fixed: bool = False
    # Limits read and then lifted by another sentence (_settle): sentences the rules judged.
    lifted: list[Hit] = field(default_factory=list)
    # Every grant is of patent rights ("to practice any invention claimed in the Licensed
    # Patents"): nothing is said of copying, changing or sharing a work.
    patent_only: bool = False
    # The text adds to or points to another license ("As a special exception to the GNU
    # Lesser General Public License"): its grants are not the whole of the rights.
    supplements: bool = False
    # '"Use in OpenSSL" means using, making, copying, modifying, distributing ...': a grant to
    # "Use" is a grant of all it is defined to cover.
    use_defined: bool = False
    use_covers: tuple[GrantedRight, ...] = ()
    # A grant of use is all the text gives: "All rights are reserved." on its own, "other types
    # of use should be discussed with the author" (read by _use_alone).
    use_only_signs: bool = False
    # The only ban on sharing is sharing kept to a narrow form or place (_narrow_sharing): the
    # work may still be passed on that way, so a ban on charging for it is a limit of its own.
    shared_narrowly: bool = False
    # Fields of use read from what a grant or a use is tied to (see _reach); dropped where the
    # text is an exception to another license.
    reach: list[Hit] = field(default_factory=list)
    # Where the parts of a file of several notices begin (sentences.section_starts), the first
    # line of every sentence, and of the sentences that speak of change (the first only, where
    # the text has no parts): silence on change is also judged part by part (_silent_parts).
    sections: tuple[int, ...] = ()
    sentence_lines: list[int] = field(default_factory=list)
    change_lines: list[int] = field(default_factory=list)

    @property
    def speaks_of_change(self) -> bool:
        """Some sentence speaks of changing the work in any words ("adapt", "derived", "merge",
        "translations"), or names other terms that may give changes (an exception, the GPL):
        leave to copy and share is then not read as all the text gives."""
        return bool(self.change_lines)


_RESERVED = re.compile(
    r"\ball\s+(?:other\s+)?rights\s+not\s+(?:\w+\s+){0,2}granted\b|\breserves?\s+all\s+other\s+rights\b|"
    r"\ball\s+other\s+rights\s+(?:are\s+)?(?:hereby\s+)?reserved\b|\bno\s+other\s+(?:rights|licen[cs]es)\s+"
    r"(?:are|is|will\s+be)\s+granted\b|\bonly\s+gives\s+you\s+some\s+rights\b|"
    # "No other rights to reproduce, use, or disseminate this program ... are granted", "No
    # other copyright or trademark license is granted herein": the rights named, then the verb
    # ("no other intellectual property rights are granted" keeps back patents, not the work)
    r"\bno\s+other\s+(?:(?:copyright|express)\s+(?:(?:or|and)\s+[\w-]+\s+)?)?(?:rights?|licen[cs]es?)"
    r"(?:\s+to\s+[^.;]{0,100}?)?\s+(?:are|is|will\s+be|shall\s+be)\s+(?:hereby\s+)?granted\b|"
    r"\breserves?\s+all\s+rights\s+not\s+(?:\w+\s+){0,2}granted\b|"
    # "except for the rights granted in this Agreement, all other rights ... are retained"
    r"\ball\s+other\s+rights\b[^.]{0,160}\b(?:reserved|retained)\b|\bretains?\s+all\s+other\s+rights\b|"
    # "If you comply with these license terms, you have the rights below."
    r"\byou\s+have\s+the\s+(?:following\s+)?rights\s+below\b|"
    # "You are not granted any other rights beyond what is expressly stated herein."
    r"\b(?:you\s+are|licensee\s+is)\s+not\s+granted\s+any\s+other\s+(?:rights|licen[cs]es?)\b|"
    # "Except for the rights explicitly granted to you ..., all right, title and interest ...
    # are reserved by Acme"
    r"\bexcept\s+(?:for\s+)?(?:the\s+)?(?:rights|licen[cs]es?)\s+(?:\w+\s+){0,3}?granted\b[^.]{0,200}?"
    r"\ball\s+right,?\s+title,?\s+and\s+interest\b[^.]{0,160}?\b(?:reserved|retained)\b|"
    # "Except as expressly provided above nothing contained herein shall be construed as
    # conferring any license or right under any copyright of The Open Group" (not the same words
    # about patents or marks alone)
    r"\bexcept\s+as\s+(?:expressly|explicitly|otherwise)\s+(?:provided|stated|set\s+forth|granted)\b"
    r"[^.]{0,80}?\bnothing\b[^.]{0,80}?\b(?:conferring|confers?|granting|grants?)\s+(?:any\s+)?"
    r"(?:licen[cs]es?|rights?)(?:\s+or\s+(?:licen[cs]es?|rights?))?\s+(?:under|in|to)\s+(?:any\s+)?"
    r"copyrights?\b"
)


_ABOUT_THE_TERMS = re.compile(r"\b(?:licen[cs]e|agreement|notice|terms)\s+(?:\w+\s+)?$")
# A clause that denies a limit: "will not prohibit or restrict either party's right to".
_NO_LIMIT_ON = re.compile(
    r"\b(?:not|nothing\b[^.;]{0,40}?)\s*(?:\w+\s+){0,2}?(?:prohibit|restrict|limit|preclude|prevent)"
    r"\w*\b(?:\s+(?:or|and)\s+(?:prohibit|restrict|limit|preclude|prevent)\w*)?\s+(?:either|any|each|"
    r"the\s+other|both)\s+part(?:y|ies)"
)
# "You may terminate this License", "Only the Initial Developer can modify the terms applicable
# to Covered Code" (a license steward's versions): no power of the licensor over your terms.
_NOT_LICENSOR = re.compile(
    r"\b(?:you|licensee|customer|user|recipient)\s*$|\bonly\b[^,;]*$|"
    # "Either party may terminate this Agreement at any time": a contract's term, both ways
    r"\b(?:either|each|any|both)\s+part(?:y|ies)\s*$|"
    # "The Parties may modify or amend this EULA in writing": a change both must agree to
    r"\b(?:the|both)\s+parties\s*$"
)


_SECRECY_TERMS = re.compile(
    r"\bnon-?\s?disclosure\s+(?:agreement|obligation)|\bconfidentiality\s+agreement"
)


# A wording offered for the licensor to add ("To accomplish this, add the phrase 'Distribution
# of modified versions is prohibited' to the license reference"): an option, not in force.
_PHRASE_TO_ADD = re.compile(
    r"\b(?:add|append|include|insert)\s+(?:the|this|these|a)\s+(?:following\s+)?"
    r"(?:phrase|sentence|words?|text|wording|clause)\s*[:,]?\s*[`'\"\u201c\u2018][^`'\"\u201d\u2019]*$"
)


def _simple_hits(s: Sentence) -> list[Hit]:
    """The fixed-form patterns of :mod:`licenseclass.clauses.patterns` on one sentence."""
    hits: list[Hit] = []
    text = s.full
    for category, kind, rx, negatable, confidence, gate in SIMPLE_PATTERNS:
        if not has_any(text, gate):
            continue
        m = rx.search(text)
        if m is None or (negatable and negated(text, m.start())):
            continue
        before = text[max(0, m.start() - 48) : m.start()]
        if _PHRASE_TO_ADD.search(text[max(0, m.start() - 200) : m.start()]):
            continue
        if kind == "no-selling" and " be " in m.group(0) and _ABOUT_THE_TERMS.search(before):
            continue  # "This license may not be resold": the terms, not the work
        if kind == "revocable-terms" and (_NOT_LICENSOR.search(before) or for_cause(text, m)):
            continue
        if kind == "field-of-use" and _NO_LIMIT_ON.search(m.group(0)):
            continue  # "... will not prohibit or restrict either party's right to develop ..."
        if kind == "evaluation-only" and "backup" in text:
            continue  # "copies solely for testing the output or for backup purposes"
        if kind == "pass-through" and _SECRECY_TERMS.search(text):
            continue  # staff bound by a non-disclosure agreement "no less restrictive": secrecy
        a, b = in_sentence(s, m, text)
        hits.append(Hit(category, kind, make_evidence(s, a - 30, b + 60, confidence)))
    return hits


def _release_held(reading: Reading) -> None:
    """Keep the "except as permitted" bans that no grant of the text lifts."""
    # In proprietary terms, leave to change a part named apart lifts no ban on changing the
    # work ("you may not modify the SDK (except that you may modify portions of it provided to
    # you in source code form ...)"): the leave is read from its own "you may" on.
    granted = {
        right
        for g, w in zip(reading.grants, reading.grant_sentences, strict=True)
        for right in g.rights
        if right != "modify"
        or not (reading.proprietary and _part_changed(w[max(0, w.rfind("you may")) :]))
    }
    for ban in reading.held:
        sharing = ban.kind in ("no-redistribution", "no-selling")
        allowed = {"distribute", "sublicense"} if sharing else {"modify"}
        if not granted & allowed:
            reading.hits.append(ban)


_PROPRIETARY = re.compile(
    r"\blicensed,?\s+not\s+sold\b|\btrade\s+secrets?\b|\breverse[- ]engineer|\bdecompil|"
    r"\bdisassembl|\bproprietary\s+(?:software|information)\b|\bis\s+(?:a\s+)?proprietary\s+product\b|"
    # the work declared a secret: "the Software constitutes Acme Confidential Information"
    r"\b(?:constitutes?|(?:is|are|shall\s+be)\s+deemed(?:\s+to\s+be)?)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"confidential\s+information\b"
)
# A source file's header that keeps every right: "Proprietary and confidential.", or a lone
# "Confidential." (or "Strictly confidential.") heading a notice.
_PROPRIETARY_HEADER = re.compile(
    r"^\W*(?:proprietary\s+and\s+confidential|confidential\s+and\s+proprietary|"
    r"(?:strictly\s+)?confidential)\W*$"
)
_NO_DERIVS_NAME = re.compile(r"\bno-?\s?deriv(?:s|atives?)\b")
_MODIFIED_VERSIONS = re.compile(
    r"\b(?:altered|modified|changed|derivative)\s+(?:versions?|works?|copies|files?|source)\b[^.;]"
    r"{0,40}"
    r"\b(?:must|shall|should)\b(?!\s+not)|\bif\s+you\s+(?:modify|alter|change)\b|"
    # "Modified versions may be distributed under a different file name" (not "only with the
    # author's consent")
    r"\b(?:altered|modified|changed)\s+(?:versions?|copies|files?)\b[^.;]{0,40}?\b(?:may|can)\s+be\s+"
    r"(?:distributed|redistributed|published|shared)\b(?![^.;]{0,60}\b(?:only|consent|permission|"
    r"approval)\b)"
)
# Terms the changed copies themselves must meet, in one clause ("Altered versions must be
# plainly marked as such"; not "... as part of the Derivative Work or FOSS Application, and must").
_CHANGED_COPIES_BOUND = re.compile(
    r"\b(?:altered|modified|changed|derivative)\s+(?:versions?|works?|copies|files?|source)\b"
    r"[^.;,]{0,40}\b(?:must|shall|should)\b(?!\s+not)"
)
_CHANGES_PERMITTED = re.compile(
    r"\b(?:modifications?|derivative\s+works?)\b[^.;]{0,80}\b(?:is|are)\s+(?:also\s+)?(?:hereby\s+"
    r")?"
    r"(?:permitted|allowed|authori[sz]ed)\b"
)
_NO_GRANT = re.compile(
    r"\bgrants?\s+no\s+(?:licen[cs]e|rights?)\b|\bno\s+(?:licen[cs]e|rights?)\s+(?:is|are)\s+(?:hereby\s+)?granted\b(?!\s+(?:for|to\s+use\s+the\s+(?:names?|trademarks?)))|\bno\s+right\s+to\s+use\s+(?:this|the)\b|"
    r"\b(?:may|shall|can)\s+(?:only|solely)\s+be\s+used\b[^.]{0,80}\b(?:pursuant\s+to|under|in\s+accordance\s+"
    r"with)\s+(?:the\s+terms\s+(?:and\s+conditions\s+)?of\s+)?(?:a|an|the)\s+(?:separate|written)"
    r"\b|"
    r"\bconditional\s+upon\s+(?:having\s+)?a\s+separate\s+(?:written\s+)?(?:licen[cs]e\s+)?agreement\b|"
    + _IF_OTHER_AGREEMENT
    + r"|"
    r"\bin\s+the\s+absence\s+of\s+such\s+(?:an\s+)?agreement\b[^.]{0,60}\bnot\s+(?:allowed|permitted)\b|"
    r"\bstrictly\s+limited\s+by\s+the\s+confidential"
)
# "You may redistribute it under the GNU General Public License": the grant is another license's.
_OTHER_LICENSE = re.compile(
    r"\bunder\s+(?:the\s+terms\s+of\s+)?(?:the\s+)?(?:(?!this\b|these\b|such\b)[\w.-]+\s+){1,6}"
    r"licen[cs]e\b"
)
_WITHHELD_KIND: dict[str, RestrictionKind] = {
    "modify": "no-derivatives",
    "distribute": "no-redistribution",
    "use": "field-of-use",  # "but NOT including the right to run, execute or use the Software"
}


# A grant in a fixed form ("use and redistribute ... firmware files") is read for what it
# leaves out in a text of this many sentences (a grant and a disclaimer).
_SHORT_TERMS = 2
_PATENT_ONLY = re.compile(
    r"\b(?:practi[cs]e|make,?\s+have\s+made)\b[^.]{0,80}\b(?:inventions?|patents?)\b|"
    r"\binventions?\s+claimed\s+in\b|"
    # "patent license to its Necessary Claims to make, use, sell ... any Implementation"
    r"\bpatent\s+licen[cs]e\s+(?:to|under)\b[^.]{0,40}\bclaims\b"
)
# Fewer sentences than this are a fragment (a clause added to another text), not a license
# whose grant can be read for what it leaves out.
_WHOLE_TERMS = 4


# Copies for backup, installation or one's own development are not copies to pass on.
OWN_COPIES = re.compile(
    r"\bbackup|\barchiv|\binternal|\bdevelop|\binstall|\byour\s+(?:own\s+)?(?:devices?|computers?)|"
    r"\bnecessary\s+(?:to|for)\b|\bnumber\s+of\s+copies\b|\blimited\s+copies\b|"
    # "to copy documents ... for non-commercial use within your organization only"
    r"\bwithin\s+(?:your|the\s+licensee's|its|their)\s+(?:own\s+)?(?:organi[sz]ation|company|"
    r"institution|enterprise)\b"
)
# The verbs of a grant, one word each; a list of them joined by commas, "and", "or" or "/"
# ("use, copy, merge, publish, distribute, sublicense, and/or sell").
_LISTED_VERB = (
    r"(?:use|used|using|copy|copied|copying|reproduc\w*|modif\w*|merg\w*|publish\w*|"
    r"(?:re)?distribut\w*|sublicen[cs]\w*|sell|sold|display\w*|perform\w*|transmit\w*|run|"
    r"execut\w*|install\w*|translat\w*|adapt\w*|rent|lease)"
)
_VERB_RUN = re.compile(
    rf"\b{_LISTED_VERB}\b(?:\s*(?:,\s*(?:and/or|and|or)?|/|\band/or\b|\band\b|\bor\b)\s*(?:to\s+)?{_LISTED_VERB}\b)*"
)
_ONE_VERB = re.compile(rf"\b{_LISTED_VERB}\b")
# A grant limited to a form in which a work is not changed: binary or object code (not "source
# and binary forms"), firmware, exact or unmodified copies.
_FIXED_FORM = re.compile(
    r"\b(?:binary|object|executable|compiled)\s+(?:code\s+)?(?:forms?|formats?|code|files?)\b|"
    r"\bfirmware\b|\bwithout\s+(?:any\s+)?modifications?\b|\bunmodified\b|\bunaltered\b|"
    r"\b(?:exact|verbatim)\s+cop(?:y|ies)\b|\bintact\b"
)
_SOURCE_FORM = re.compile(r"\bsource\b|\bwith\s+or\s+without\s+modification")
# A grant that lists this many verbs names the whole set of rights it gives.
_FULL_LIST = 4
# "free to use it in any of your applications": a work built into programs passed on.
_BUILT_IN = re.compile(
    r"(?:\b(?:in|into|within|as\s+part\s+of)\s+(?:any\s+(?:of\s+)?)?|\bany\s+of\s+)"
    r"(?:your|their|his|her|other)\s+(?:own\s+)?"
    r"(?:applications?|programs?|products?|projects?|software|executables?)\b"
)


def _listed(sentence: str) -> int:
    """How many verbs the longest list in a grant sentence names."""
    runs = _VERB_RUN.finditer(sentence)
    return max((len(_ONE_VERB.findall(m.group(0))) for m in runs), default=0)


def _fixed_form(sentence: str) -> bool:
    # "provided this copyright message remains intact" keeps the notice whole, not the work
    sentence = _NOTICE_INTACT.sub(" ", sentence)
    return bool(_FIXED_FORM.search(sentence)) and not _SOURCE_FORM.search(sentence)


_NOTICE_INTACT = re.compile(
    r"\b(?:notices?|messages?|statements?|headers?|attributions?|legends?)\s+(?:\w+\s+){0,2}?"
    r"intact\b"
)


# Leave to change a part of the work named apart from it (clausegen5): "modify ... any .js files
# contained in the software", "the source code form of code marked as 'sample'", "the sample
# source", "the source code form of the Foundation Classes". In end-user terms that is no leave
# to change the work itself.
_PART_OBJECT = re.compile(
    r"^\W*(?:(?:and/or|and|or)\s+[a-z]+\s+)?(?:(?:the|any|all|such)\s+)?(?:(?:samples?|examples?|demos?)\b|"
    # "the source code version of those portions of the MS Samples"
    r"(?:[\w-]+\s+){0,8}?(?:portions?|parts?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:samples?|examples?)\b|"
    r"(?:[^.;]|\.(?=\w)){0,80}?\b(?:contained|included|marked|identified|listed|designated|labell?ed|"
    r"found)\s+(?:in|as|with|within)\b|"
    # "modify portions of the SDK provided to you in source code form"
    r"(?:[\w-]+\s+){0,3}?(?:portions?|parts?|components?)\s+of\s+[^.;]{0,60}?\b(?:provided|supplied|"
    r"delivered|made\s+available)\s+(?:to\s+you\s+)?in\s+source\b|"
    r"(?:source|object)\s+(?:(?:and|or)\s+(?:source|object)\s+)?(?:code\s+)?forms?\s+of\s+"
    r"(?!(?:the|this|these|such|its?|them)\b))"
)


def _over_a_part(words: str) -> bool:
    """Whether every act a grant sentence names is over a part named apart ("use, copy and
    modify the sample code"): such a grant leaves the work's own purpose limit standing."""
    runs = list(_VERB_RUN.finditer(words))
    return bool(runs) and all(_PART_OBJECT.match(words[m.end() : m.end() + 160]) for m in runs)


def _part_changed(words: str) -> bool:
    """Whether every leave to modify in a grant sentence is over a part named apart."""
    if _PART_SCOPE.search(words):
        return True  # "solely with respect to the sample source code ...: (a) use and modify"
    runs = [
        m
        for m in _VERB_RUN.finditer(words)
        if re.search(r"\bmodify\b", m.group(0))
        # ("to the extent instructions to modify such portions are set forth"): no leave
        and not re.search(
            r"\b(?:instructions?|how)\s+to\s*$", words[max(0, m.start() - 20) : m.start()]
        )
    ]
    # "create derivative works from Samples"
    runs += list(_DERIVE_FROM.finditer(words))
    return bool(runs) and all(_PART_OBJECT.match(words[m.end() : m.end() + 160]) for m in runs)


_PART_SCOPE = re.compile(
    r"\b(?:solely|only)\s+(?:with\s+respect|in\s+relation)\s+to\s+(?:the\s+)?(?:samples?|examples?|"
    r"sample\s+(?:source\s+)?code)\b"
)
_DERIVE_FROM = re.compile(r"\bcreate\s+derivative\s+works?\s+(?:of|from|based\s+(?:on|upon))\b")


def _omitted(reading: Reading, sentences: int) -> None:
    """What the text's own grants plainly list and leave out, it does not give.

    A grant that lists the rights it gives gives those and no others where no other sentence
    of the text grants more: one that names a form in which nothing is changed ("in binary
    form", "firmware", "exact copies") or lists the whole set ("use, copy, merge, publish,
    distribute, sublicense and/or sell") without modifying withholds modifying; one that
    lists rights without distributing ("use and modify") withholds sharing; a grant of use
    alone in end-user terms (reserved rights, licensed not sold, non-transferable, a ban on
    passing it on) withholds both. Several sentences may grant ("Redistribution and use ...
    with or without modification" grants changes), so every grant's rights count, another
    license's too ("under the GNU GPL"); only the text's own grants show what was left out.
    Not read in a fragment (a clause added to another text), nor where the text sets terms
    for modified versions, which presumes leave to make them.
    """
    if sentences < _SHORT_TERMS or reading.supplements or reading.use_defined:
        return
    # A patent license ("license to practice any invention claimed in the Licensed Patents")
    # says nothing of copying or changing a work.
    own = [
        (g, words)
        for g, words in zip(reading.grants, reading.grant_sentences, strict=True)
        if not _OTHER_LICENSE.search(g.evidence.text.lower()) and not _PATENT_ONLY.search(words)
    ]
    if not own:
        return
    granted = {right for g in reading.grants for right in g.rights}
    have = {h.kind for h in reading.hits}
    signs = reading.reserved or reading.proprietary or reading.named_no_derivatives
    # In end-user terms leave to change a named part ("code marked as sample") is not leave
    # to change the work.
    changed = {
        right
        for g, w in zip(reading.grants, reading.grant_sentences, strict=True)
        for right in g.rights
        if right != "modify" or not (reading.reserved and reading.proprietary and _part_changed(w))
    }
    end_user = (
        changed <= {"use", "reproduce"}
        and bool(granted)
        and (
            reading.reserved
            or reading.proprietary
            or any("non-transferable" in g.qualifiers for g, _ in own)
            or "no-redistribution" in have
            or _use_alone(reading, own)
        )
    )
    changes = reading.modified_versions or reading.changes_permitted
    # In a short text only a fixed form says what is left out.
    whole = sentences >= _WHOLE_TERMS
    if "modify" not in changed and not changes and "no-derivatives" not in have:
        sharing = [(g, w) for g, w in own if {"distribute", "sublicense"} & set(g.rights)]
        # "may redistribute ... in binary form" beside "may redistribute ... in source code form":
        # the binary form is one of two, not a sign that changes are withheld.
        source_shared = any(_SOURCE_SHARED.search(w) for _, w in sharing)
        plain = [
            g
            for g, w in sharing
            if (_fixed_form(w) and not source_shared) or (whole and _listed(w) >= _FULL_LIST)
        ]
        withheld = [g for g, _ in sharing] if (signs or _use_alone(reading, own)) and whole else []
        # Use alone, with the rest reserved in so many words, withholds the rest however short
        # the text (the verdict already reads it so).
        alone = [g for g, _ in own] if end_user and (whole or reading.reserved) else []
        if plain or withheld or alone:
            _withhold(reading, "no-derivatives", plain or withheld or alone)
        else:
            silent = _silent_on_change(reading, own)
            _withhold(reading, "no-derivatives", silent, SILENT_ON_CHANGE)
    if reading.sections and "no-derivatives" not in {h.kind for h in reading.hits}:
        _withhold(reading, "no-derivatives", _silent_parts(reading, own), SILENT_ON_CHANGE)
    copies_free = any("reproduce" in g.rights and not OWN_COPIES.search(w) for g, w in own)
    built_in = any(_BUILT_IN.search(w) for _, w in own)
    if {"distribute", "sublicense"} & granted or copies_free or built_in:
        return
    if not whole and not (end_user and reading.reserved):
        return
    if "no-redistribution" not in have:
        listing = [g for g, w in own if _listed(w) >= 2 and "use" in g.rights]
        _withhold(
            reading, "no-redistribution", listing or ([g for g, _ in own] if end_user else [])
        )


# Signs that a grant of use is all the text gives (clausegen3): a licence to use "one copy",
# leave that may not be sublicensed, a bare "All rights are reserved." beside the grant (not the
# copyright line), or other uses sent to the author ("other types of use should be discussed").
_ONE_COPY = re.compile(
    r"\b(?:use|install)\s+(?:one|a\s+single|1)\s+(?:\([^()]*\)\s+)?cop(?:y|ies)\b"
)
_OWN_TERMS_PARTS = re.compile(
    r"\b(?:third[- ]party|open[- ]source|embedded|included)\s+(?:[\w-]+\s+)?(?:components?|"
    r"software|code|librar(?:y|ies)|programs?)\b[^.;]{0,80}?\b(?:licensed|governed|provided|"
    r"distributed)\s+"
    r"(?:under|by|pursuant\s+to|subject\s+to)\s+(?:its|their)\s+own\s+(?:licen|terms)"
)
_RIGHTS_RESERVED = re.compile(r"\ball\s+rights\s+(?:are\s+)?reserved\b")
_ALL_RESERVED = re.compile(r"^\W*all\s+rights\s+are\s+reserved\W*$")
_OTHER_USES_ASKED = re.compile(
    r"\b(?:other|any\s+other|further)\s+(?:types?\s+of\s+|kinds?\s+of\s+)?(?:use|uses|usage)\b[^.]"
    r"{0,60}"
    r"\b(?:discuss\w*|contact\w*|negotiat\w*|ask|request|agreement|permission)\b"
)
_USE_ONLY_KEYS = ("reserved", "other use", "other type", "other kind", "further use")


def _use_alone(reading: Reading, own: list[tuple[Grant, str]]) -> bool:
    """Whether a grant of use is plainly all the text gives (see the signs above)."""
    return (
        reading.use_only_signs
        or any("non-sublicensable" in g.qualifiers for g, _ in own)
        or any(_ONE_COPY.search(w) for _, w in own)
    )


# Sharing in a narrow form (clausegen3) ------------------------------------------------------

_NARROW_SHARE_VERB = re.compile(
    r"\b(?:re)?distribut(?!able)\w*|\b(?:re)?sell\b|\bresold\b|\bsublicen[cs]e\b"
)
# "distribute ... in source code form", "Redistribution and use in source and binary forms".
_SOURCE_SHARED = re.compile(
    r"\b(?:(?:re)?distribut\w*|sublicen[cs]e)\b[^.;]{0,120}?\bsource\b|\bsource\s+(?:code\s+)?"
    r"(?:and|or|and/or)\s+(?:binary|object|executable)"
)
# After the verb, in the same clause: a form in which no source is passed on ("in binary form",
# "only in object code form") or a place inside the licensee's own work ("as part of your
# Applications", "only as an integral part of a product you have developed").
_NARROW_FORM = re.compile(
    r"\bin\s+(?:the\s+)?(?:binary|object|executable|compiled|machine[- ]readable)\s+(?:code\s+)?"
    r"(?:forms?|formats?|code)\b(?!\s+(?:and|or)\s+source)"
)
_NARROW_PLACE = re.compile(
    r"\b(?:as\s+(?:an?\s+)?(?:integral\s+)?part\s+of|bundled\s+(?:with|in|into)|in\s+conjunction\s"
    r"+with|(?P<within>as\s+(?:contained|incorporated|embedded|included)\s+(?:with)?in(?:to)?)|"
    r"embedded\s+(?:in|within|into)|incorporated\s+(?:in|into)|integrated\s+(?:with|in|into)),?\s+"
    r"(?:your|an?|the\s+licensee's|licensee(?:'s)?|their|its)\s+(?:own\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:applications?|applets?|products?|programs?|software|projects?|solutions?|"
    r"librar(?:y|ies)|executables?|games?|apps?)\b"
)
# What is shared is the licensee's product with the work inside ("distribute any Products that
# include the Software"): the work passes on only within it.
_PRODUCT_OBJECT = re.compile(
    r"\s*(?:any|your|such|its|licensee's)?\s*(?:[\w-]+\s+){0,2}?(?:products?|applications?|"
    r"devices?|equipment|hardware|systems?)\s+(?:that|which)\s+(?:\w+\s+)?(?:include|incorporate|"
    r"contain|embed)s?\s+(?:the|this|such)\s+"
)
# Other leave to pass the work on in the same grant ("sell products which incorporate this IP
# ..., and otherwise run, modify and propagate the contents"): the products are not all.
_OTHER_SHARING = re.compile(r"\b(?:propagat|convey|publish|sublicen[cs]e\b|make\s+available)")
_CLAUSE_END = re.compile(
    r";|\.\s|,?\s+and\s+to\s+|,?\s+(?:and|or)\s+you\s+may\b|\b(?:if|unless|provided|so\s+long|as\s"
    r"+long|"
    r"when|whether)\b"
)
_COPYLEFT_CHOICE = re.compile(r"\bone\s+of\s+the\s+following\b")
_IF_YOU = re.compile(r"\b(?:if|should|when|where|whether)\s+(?:you\s+|licensee\s+)?$")
_CHANGES_KEPT = re.compile(r"\bwith\s+or\s+without\s+(?:modifications?|changes|alterations)\b")


def _narrow_share(words: str, changes: bool) -> bool | None:
    """None unless a grant shares in a narrow form or place; then whether it says "only".

    A form without source limits sharing only where the text lets the work be changed (a
    firmware blob "in binary form, without modification" has no other form to share).
    """
    if _SOURCE_SHARED.search(words) or _COPYLEFT_CHOICE.search(words):
        return None
    changes = changes or bool(_CHANGES_KEPT.search(words))
    for verb in _NARROW_SHARE_VERB.finditer(words):
        if negated(words, verb.start()) or _IF_YOU.search(words, 0, verb.start()):
            continue
        # the verb's own clause: up to the next clause, condition or verb of another subject
        rest = _ASIDE.sub(lambda a: " " * len(a.group(0)), words[verb.end() :])
        clause = _CLAUSE_END.split(rest)
        part = clause[0][:160]
        if (
            _PRODUCT_OBJECT.match(part)
            and verb.group(0).startswith(("distribut", "redistribut"))
            and not _OTHER_SHARING.search(words)
        ):
            return True
        form = _NARROW_FORM.search(part) if changes else None
        narrow = form or _NARROW_PLACE.search(part)
        if narrow is None:
            continue
        said = bool(
            re.search(
                r"\b(?:only|solely|exclusively)\b(?!\s+(?:if|when|where)\b)",
                rest[: narrow.end() + 16],
            )
        ) or bool(re.search(r"\bonly\s+(?:if|when|where)\b", words[: verb.start()]))
        # "distribute the SDK as contained within your app": no other way is left
        said = said or bool(form is None and narrow.group("within"))
        if form is None and not said:
            continue  # "distribute it as part of your own software" may be one way of several
        return said
    return None


# "We grant you a license to redistribute the Software only if: (a) it is redistributed as part
# of an application you have developed": the narrow place stands in an item of the grant's list.
_SHARE_ONLY_IF = re.compile(r"\bonly\s+(?:if|when|where)\W*$")
# "... license to reproduce and distribute the Software, provided that you:" / "(i) distribute
# the Software complete and unmodified and only bundled as part of your Programs": a condition
# of the grant keeps sharing to the narrow place where the item says "only" (clausegen5).
_SHARE_PROVIDED = re.compile(
    r"\b(?:provided|providing|on\s+(?:the\s+)?condition|so\s+long\s+as|as\s+long\s+as)\s+"
    r"(?:that\b\s*)?(?:(?:you|licensee)\b\s*)?(?:(?:shall|must|will)\b)?\W*$"
)
_ONLY_WORD = re.compile(r"\b(?:only|solely|exclusively)\b")
_ASIDE = re.compile(
    r"(?<=\bpart\s\bof),\s+(?:and|or)\s+[^,;]{3,60},|(?<=\bwith),\s+(?:and|or)\s+[^,;]{3,60},"
)


def _narrow_item(s: Sentence) -> Hit | None:
    """An item of a sharing grant's "only if" list that keeps sharing to a narrow place."""
    lead = s.lead.lower()
    if not lead or not _NARROW_SHARE_VERB.search(lead):
        return None
    only_if = _SHARE_ONLY_IF.search(lead) is not None
    if not only_if and _SHARE_PROVIDED.search(lead) is None:
        return None
    if _GRANT_CUE.search(lead) is None or negated(lead, len(lead) - 1):
        return None
    # "as part of, and for the sole purpose of running, your Programs": the aside blanked
    norm = _ASIDE.sub(lambda a: " " * len(a.group(0)), s.norm)
    m = _NARROW_PLACE.search(norm)
    if m is None or negated(s.norm, m.start()):
        return None
    if not only_if and (
        not _ONLY_WORD.search(s.norm, max(0, m.start() - 60), m.start())
        or not re.search(r"\b(?:your|licensee's)\b", m.group(0))
    ):
        return None  # "only as part of a product that uses the classes": which, not whose
    return Hit("restriction", "no-redistribution", make_evidence(s, m.start(), m.end(), 0.6))


def _narrow_sharing(reading: Reading) -> None:
    """Leave to share only in a narrow form or place is no leave to share the work as such.

    A grant that lets the work be passed on only in binary or object form, or only as part of
    the licensee's own application, withholds sharing it otherwise: where it says "only", or
    where every grant of sharing in the text is as narrow and none passes source on.
    """
    if reading.supplements or any(h.kind == "no-redistribution" for h in reading.hits):
        return
    sharing = [
        (g, w)
        for g, w in zip(reading.grants, reading.grant_sentences, strict=True)
        if {"distribute", "sublicense"} & set(g.rights)
        and not _OTHER_LICENSE.search(w)
        and not _PATENT_ONLY.search(w)
    ]
    if not sharing:
        return
    granted = {right for g in reading.grants for right in g.rights}
    changes = "modify" in granted or reading.modified_versions or reading.changes_permitted
    read = [(g, _narrow_share(w, changes)) for g, w in sharing]
    said = [g for g, r in read if r]
    if said:
        _withhold(reading, "no-redistribution", said)
        reading.shared_narrowly = True
    elif all(r is not None for _, r in read):
        _withhold(reading, "no-redistribution", [read[0][0]])
        reading.shared_narrowly = True


def _withhold(
    reading: Reading, kind: RestrictionKind, grants: list[Grant], why: str | None = None
) -> None:
    """A right left out of the grants, read at the first grant that shows it (if any)."""
    if grants:
        ev = grants[0].evidence.model_copy(update={"confidence": 0.6})
        reading.hits.append(
            Hit("restriction", kind, ev, HitParams(scope=why) if why else HitParams())
        )


# The note of a limit read from silence: leave to copy and share in a text that never speaks of
# changing. Beside another license's text (which may give changes) such a region limits nothing.
SILENT_ON_CHANGE = "the text lets the work be copied or shared and never speaks of changing it"
# Any word for changing a work, in any role: a text that uses one (to grant, to set terms for
# changed copies, even to name products "derived from" it) is not silent on changes.
_CHANGE_WORDS = re.compile(
    r"\b(?:modif\w*|alter(?:s|ed|ing|ations?)?\b|adapt\w*|deriv\w*|chang\w*|translat\w*|improv\w*|"
    r"transform\w*|edit(?:s|ed|ing)?\b|revis\w*|remix\w*|build\s+(?:up)?on|merg\w*|enhanc\w*|"
    r"extend\w*|extension|patch\w*|fix(?:es|ed|ing)?\b|port(?:s|ed|ing)\b|fork\w*|amend\w*|"
    r"customi[sz]\w*|rewrit\w*)"
)

# Other terms a text adds to or points to, which may give what it does not say.
_OTHER_TERMS = re.compile(
    r"\bexceptions?\b|\b(?:gnu|gpl|lgpl|agpl|apache|mozilla|creative\s+commons|artistic)\b|"
    r"\bgeneral\s+public\s+licen[cs]e\b|"
    # "under the same terms as OpenLDAP itself", "under the terms of the original package"
    r"\bsame\s+(?:terms|licen[cs]e|conditions)\b|\bunder\s+the\s+terms\s+of\b|"
    # "For a license ... under conditions other than those described below, contact ..."
    r"\b(?:terms|conditions)\s+other\s+than\s+(?:those|the\s+ones)\b"
)
# "may be freely used, copied, or distributed without ... licensing restrictions": leave
# without restriction is leave to do anything (as MIT's "to deal in the Software without
# restriction").
_UNRESTRICTED = re.compile(
    r"\bwithout\s+(?:any\s+)?(?:[\w-]+\s+(?:or\s+)?){0,3}?restrictions?\b(?!\s+(?:on|as\s+to)\b)|"
    # "may be freely redistributed without license or fee": no license is needed at all
    r"\bwithout\s+(?:any\s+)?licen[cs]e\b"
)
# The grant's own verbs come before its conditions: "may be used for any purpose as long as
# this notice remains intact on all source code distributions" grants use, not sharing.
_CONDITION_START = re.compile(r"\b(?:as\s+long\s+as|so\s+long\s+as|provided|providing|if|unless)\b")
_COPY_VERB = re.compile(
    r"\b(?:cop(?:y|ied|ies|ying)|reproduc\w*|(?:re)?distribut\w*|shar(?:e|ed|ing)|sublicen[cs]\w*|"
    r"mirror\w*|publish\w*|given\s+away|give\s+away|pass(?:ed)?\s+on)\b"
)
# A grant to copy the license document itself ("to copy this license unmodified").
# Leave to copy the license or notice itself ("copy this license unmodified", "Verbatim copies
# of this document ... may be distributed by anyone in any manner").
_DOCUMENT_COPIES = re.compile(
    r"\bcop(?:y|ies)\s+(?:of\s+)?this\s+(?:licen[cs]e|document|agreement|notice)\b"
)


def _silent_on_change(reading: Reading, own: list[tuple[Grant, str]]) -> list[Grant]:
    """The grants of copying or sharing in a text that never speaks of changing the work.

    "You may copy, distribute, and use this software as long as this copyright statement is
    not removed." gives what it lists: copies, not changes. Where the text names changing in
    any words, or shares in source form ("Redistribution and use in source and binary
    forms"), it is not read so.
    """
    if reading.speaks_of_change or reading.modified_versions or reading.changes_permitted:
        return []
    if any(_SOURCE_SHARED.search(words) for _, words in own):
        return []  # one grant shares the source, another the binary form
    return [g for g, words in own if _copies_only(g, words)]


def _copies_only(grant: Grant, words: str) -> bool:
    """A grant whose own verbs let the work be copied or shared (not this license document)."""
    return (
        bool({"distribute", "reproduce", "sublicense"} & set(grant.rights))
        and not _DOCUMENT_COPIES.search(words)
        and not _UNRESTRICTED.search(words)
        and bool(_COPY_VERB.search(_CONDITION_START.split(words, maxsplit=1)[0]))
    )


def _silent_parts(reading: Reading, own: list[tuple[Grant, str]]) -> list[Grant]:
    """The grants of copying or sharing in one part of a file of several notices that never
    speaks of changing.

    A packaging file sets the notices of several works one after another ("For the Kana fonts
    (files fhirw*):", rules between them); one work's "you may modify" gives nothing for
    another, and a packager's remark is no term of either. A part is read as a whole text is:
    two sentences at least, no word of change, no other terms named.
    """
    bounds = (1, *reading.sections, max([*reading.sentence_lines, 1]) + 1)
    for lo, hi in pairwise(bounds):
        inside = [(g, w) for g, w in own if lo <= g.evidence.start_line < hi]
        if (
            not inside
            or sum(lo <= n < hi for n in reading.sentence_lines) < _SHORT_TERMS
            or any(lo <= n < hi for n in reading.change_lines)
            or any("modify" in g.rights or _SOURCE_SHARED.search(w) for g, w in inside)
        ):
            continue
        found = [g for g, w in inside if _copies_only(g, w)]
        if found:
            return found
    return []


# A grant of use for the licensee's own internal purposes ("to use ... the Software for internal
# purposes", "for your internal business purposes only").
# what kind of internal use: "internal business", "internal, reference", "internal or educational"
# (not "internal and external", "internal or commercial")
_INTERNAL_KIND = (
    # (internal research is research-only's)
    r"(?:,?\s*(?:and\s+|or\s+|and/or\s+)?(?!external\b|commercial\b|public\b|any\b|other\b|"
    r"research\b)[a-z][\w-]*)?\s+"
)
_INTERNAL_USE = re.compile(
    r"\b(?:use|run|execute|install)\b[^.;]{0,80}?\bfor\s+(?:your|its|their|(?:the\s+)?[a-z]+'s)?\s*"
    r"(?:own\s+)?internal" + _INTERNAL_KIND + r"(?:use|purposes?|operations|requirements|needs)\b|"
    # "a license to Use (as defined below) in object code form one copy ... for Your internal
    # business purposes": the grant's own words, however far
    r"\blicen[cs]e\s+to\s+use\b[^.;]{0,160}?\bfor\s+(?:your|its|their|(?:the\s+)?[a-z]+'s)\s+"
    r"(?:own\s+)?internal" + _INTERNAL_KIND + r"(?:use|purposes?|operations|requirements|needs)\b|"
    # "... strictly for your own internal business purposes", the verb far before
    r"\b(?:solely|only|strictly|exclusively)\s+for\s+(?:your|its|their|(?:the\s+)?[a-z]+'s)\s+"
    r"(?:own\s+)?(?:personal\s+(?:or|and|and/or)\s+)?internal"
    + _INTERNAL_KIND
    + r"(?:use|purposes?|operations|requirements|needs)\b|"
    # "to (a) only use the Software internally", "use the Software internally only"
    r"\b(?:only|solely|exclusively)\s+use\s+(?:the\s+|this\s+)?[\w-]+(?:\s+[\w-]+)?\s+internally\b|"
    r"\buse\s+(?:the\s+|this\s+)?[\w-]+(?:\s+[\w-]+)?\s+internally\s+(?:only|solely)\b|"
    # "use the Software within your organization only", "copy documents within your company only"
    r"\b(?:use|run|install|copy|reproduce)\b[^.;]{0,60}?\bwithin\s+(?:your|its|their|the\s+licensee's)\s+"
    r"(?:own\s+)?(?:organi[sz]ation|company|business|enterprise|institution)\s+(?:only|solely)\b"
)
# "(3) modify the Software for your own internal use": changes that may not be passed on.
_INTERNAL_CHANGES = re.compile(
    r"\bmodif\w*\s+(?:the\s+|this\s+|such\s+)?(?:[\w-]+\s+){0,3}?(?:solely\s+|only\s+)?for\s+"
    r"(?:your|its|their|licensee's)\s+(?:own\s+)?internal\s+(?:use|purposes?|business)\b|"
    # "You may make modifications to the source code exclusively for your own use"
    r"\bmodif\w*\s+(?:to\s+)?(?:the\s+|this\s+|such\s+)?(?:[\w-]+\s+){0,3}?(?:solely|only|exclusively)\s+"
    r"for\s+(?:your|its|their|licensee's)\s+own\s+use\b"
)


# A grant scoped to a list of purposes: "to use the Software for academic, research and internal
# business purposes only", "solely for education, training, research ... are permitted", "to
# copy and modify the Source Code for its own research, development and the like".
_PURPOSE_ITEM = r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}"
_PURPOSE_JOIN = r"(?:,\s+(?:and\s+|or\s+|and/or\s+)?|\s+(?:and|or|and/or)\s+)"
_PURPOSE_LIST = rf"{_PURPOSE_ITEM}(?:{_PURPOSE_JOIN}{_PURPOSE_ITEM}){{0,9}}"
_PURPOSE_SCOPE = re.compile(
    r"\b(?:(?:solely|only|exclusively|strictly)\s+for\s+(?:the\s+purposes?\s+of\s+)?|"
    r"for\s+the\s+(?:sole|exclusive|only|limited)\s+purposes?\s+of\s+)(?:your\s+|its\s+|their\s+)?"
    rf"(?P<what>{_PURPOSE_LIST})(?:\s+(?:purposes?|uses?))?"
    r"(?=\s*(?:[.;:(),]|$)|\s+(?:are|is)\s+(?:hereby\s+)?(?:permitted|granted|allowed)\b|\s+provided\b)|"
    r"\bfor\s+(?P<what2>(?:[\w-]+,?\s+(?:and\s+|or\s+|and/or\s+)?){1,8}?)(?:purposes?|uses?)\s+only\b|"
    r"\bfor\s+(?:your|its|their|his|her)\s+own\s+(?P<what3>[\w-]+(?:,?\s+(?:and\s+|or\s+)?[\w-]+){"
    r"0,8}?)"
    r"\s+(?:and\s+the\s+like|and\s+similar\s+purposes|etc)\b"
)
# Purposes with kinds of their own (research-only, non-commercial, evaluation-only), one's own
# use, and the words that join a list of purposes.
_PLAIN_PURPOSE = frozenset(
    (
        *("research", "researching", "experimental", "experimentation", "scientific"),
        *("academic", "educational", "education", "teaching", "study", "studying", "learning"),
        *("non-commercial", "noncommercial", "non-profit", "non", "commercial", "profit"),
        # ("non-revenue generating", "not-for-profit": the non-commercial kind in other words)
        *("non-revenue", "revenue", "generating", "revenue-generating", "not-for-profit"),
        *("personal", "private", "evaluation", "evaluating", "testing", "trial", "internal"),
        *("development", "own", "use", "uses", "usage", "purpose", "purposes", "other", "similar"),
        *("and", "or", "the", "your", "its", "their", "his", "her", "of", "a", "an"),
    )
)
# A purpose that names sharing, a person or a clause is no field of use ("only for
# noncommercial distribution", "exclusively for you", "only for purposes that are authorized").
_NOT_A_PURPOSE = re.compile(
    r"\b(?:(?:re)?distribut\w*|inclusion|you|that|which|who|if|such|subject|provid\w*|any|all)\b"
)
# A grant of use on or for a named maker's products: "to use the Software for Texas
# Instruments broadband products", "use this software on Moxa's device" (case kept).
_MAKERS_PRODUCTS = re.compile(
    r"\b(?:on|with|for)\s+(?P<what>(?:[A-Z][\w&.-]*\s+){1,3}(?:[a-z][\w-]*\s+){0,2}|[A-Z][\w&.-]*['\u2019]s\s+"
    r"(?:[\w-]+\s+){0,2}?)(?:products?|devices?|hardware|processors?|microcontrollers?|chips?|chipsets?|"
    r"boards?|controllers?)\b"
)


# "solely for creating mock-ups of user interfaces", "for purposes of developing your
# applications", "for use solely in conjunction with a processing unit supplied by Licensor": a
# grant scoped to one activity, or to use with one kind of thing, however short the phrase.
_ACT_SCOPE = re.compile(
    r"\b(?:(?:solely|only|exclusively|strictly)\s+for\s+(?:(?:the\s+)?purposes?\s+of\s+)?|"
    r"for\s+the\s+(?:sole|exclusive|only|limited)\s+purposes?\s+of\s+)"
    r"(?:your\s+|its\s+)?(?P<act>[a-z]+ing)\b(?P<rest>[^.;:()]{0,80})|"
    r"\bfor\s+use\s+(?:solely|only|exclusively)\s+(?:in\s+conjunction\s+with|with|on|in)\s+"
    r"(?P<thing>[^.;:()]{3,80})"
)
# A grant of use on the licensee's Windows devices: "install and use ... on up to ten of your
# Windows 10 devices".
_WINDOWS_ONLY = re.compile(
    r"\bon\s+(?:up\s+to\s+(?:[\w-]+\s+){1,5}?)?(?:your|any|a|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:microsoft\s+)?windows(?:\s+[\w.]+)?\s+(?:devices?|computers?|pcs?)\b|"
    r"(?:devices?|computers?)\s+(?:running|that\s+run)\s+(?:[\w-]+\s+){0,4}?(?:microsoft\s+)?windows\b)"
)
# Activities that are no field of use: the grant's own acts, or the kinds with their own rules.
_NOT_AN_ACT = frozenset(
    (
        *("using", "exercising", "complying", "providing", "distributing", "redistributing"),
        *("sharing", "sublicensing", "copying", "reproducing", "making", "having", "allowing"),
        *("evaluating", "researching", "teaching", "learning", "studying", "running", "backing"),
        *("testing", "reviewing", "assessing"),
        *("personal", "something", "anything", "nothing", "everything", "thing", "during"),
    )
)
_AND_NOT = re.compile(r",?\s+(?:and|but)\s+not\b")


def _grant_scope(s: Sentence, found: _Found) -> Hit | None:
    """A field of use that a grant sets by the purposes or the products it names."""
    words = found.words
    m = _PURPOSE_SCOPE.search(words) if has_any(words, (" for ",)) else None
    if m is not None:
        group = next(g for g in ("what", "what2", "what3") if m.group(g))
        # "... demonstrating your application, and not for any other purpose": the list ends
        # where its exclusion of all else begins
        what = _AND_NOT.split(m.group(group), maxsplit=1)[0]
        listed = set(re.findall(r"[a-z][\w-]*", what))
        # "solely for" two purposes may be one of several grants ("solely for Your internal
        # research and development" beside leave to deploy); a longer list is a field.
        items = len(re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|and/or)\s+", what.strip(" ,")))
        # (a short list may still name one activity, read below)
        if not (group == "what" and items < 3) and (
            (group == "what3" or listed - _PLAIN_PURPOSE)
            and not _NO_FIELD.search(what)
            and not _NOT_A_PURPOSE.search(what)
        ):
            a, b = in_sentence(s, m, words)
            ev = make_evidence(s, a, b, 0.7)
            purposes = what.strip(" ,")
            return Hit(
                "restriction", "field-of-use", ev, {"uses": [f"use other than for {purposes}"]}
            )
    act = _ACT_SCOPE.search(words) if has_any(words, (" for ",)) else None
    if act is not None and not negated(words, act.start()):
        phrase = act.group("thing") or f"{act.group('act')}{act.group('rest')}"
        phrase = _AND_NOT.split(phrase, maxsplit=1)[0]
        phrase = re.split(r",?\s+and\s+only\b|\bonly\s+(?:as|so)\s+long\b", phrase, maxsplit=1)[0]
        if (
            act.group("act") not in _NOT_AN_ACT
            and not _NO_FIELD.search(phrase)
            and not _NOT_A_PURPOSE.search(phrase)
        ):
            a, b = in_sentence(s, act, words)
            ev = make_evidence(s, a, b, 0.65)
            uses = [f"use other than for {phrase.strip(' ,')}"]
            return Hit("restriction", "field-of-use", ev, {"uses": uses})
    if "use" in found.grant.rights and "windows" in words:
        platform = _WINDOWS_ONLY.search(words)
        if platform is not None and not negated(words, platform.start()):
            ev = make_evidence(s, *in_sentence(s, platform, words), 0.65)
            return Hit("restriction", "field-of-use", ev, {"uses": ["use other than on Windows"]})
    if "use" not in found.grant.rights or not has_any(s.text, (" on ", " with ", " for ")):
        return None
    product = _MAKERS_PRODUCTS.search(s.text)
    if product is None or _PARTY_WORDS.match(product.group("what")):
        return None
    if _RELATIVE_TIE.search(s.norm, max(0, product.start() - 40), product.start()):
        return None  # "in software that competes with X products": not where it may be used
    ev = make_evidence(s, product.start(), product.end(), 0.7)
    label = f"use other than with {s.text[product.start('what') : product.end()]}"
    return Hit("restriction", "field-of-use", ev, {"uses": [label]})


def _add_grant(reading: Reading, found: _Found, s: Sentence) -> None:
    # A grant's evidence is its whole sentence: a right it leaves out is read at it (_withhold),
    # and the list of rights may run lines past the words that open it.
    whole = {"start_line": s.start_line, "end_line": s.end_line}
    reading.grants.append(
        found.grant.model_copy(update={"evidence": found.grant.evidence.model_copy(update=whole)})
    )
    reading.grant_sentences.append(found.words)
    if "modify" in found.grant.rights:
        kept = _INTERNAL_CHANGES.search(s.full)
        if kept:
            ev = make_evidence(s, kept.start(), kept.end(), 0.7)
            reading.hits.append(Hit("restriction", "no-derivatives", ev))
    for right in found.withheld:
        if right in _WITHHELD_KIND:
            ev = found.grant.evidence.model_copy(update={"confidence": 0.75})
            reading.hits.append(Hit("restriction", _WITHHELD_KIND[right], ev))
    reading.patent_grant |= found.patent
    reading.commercial_grant |= found.commercial


_USE_DEFINED = re.compile(
    r"\"[^\"]{0,20}\buse\b[^\"]{0,30}\"\s+(?:[-:]\s+)?(?:as\s+a\s+verb,?\s+)?(?:means|shall\s+mean|"
    r"refers\s+to|includes)\b[^.]{0,200}"
    r"\b(?:modif\w*|distribut\w*)|"
    # a definitions list without quotes: "Use within the meaning of this License includes ...
    # copying, distribution ... and modifying the Software"
    r"^\W*use\s+(?:within\s+the\s+meaning\s+of\s+(?:this|the)\s+[\w-]+\s+)?(?:means|shall\s+mean|"
    r"includes)\b[^.]{0,200}\b(?:modif\w*|distribut\w*)"
)
_SUPPLEMENT = re.compile(
    r"\b(?:additional|extra)\s+permissions?\b|\bspecial\s+exception\b|\bexception\s+to\s+the\b|"
    r"\bunder\s+the\s+terms\s+(?:and\s+conditions\s+)?of\s+(?:the\s+)?(?!this\b|these\b)(?:[\w.-]+"
    r"\s+){1,5}"
    r"licen[cs]e\b"
)


# "Third party technology is licensed to you under the terms of the third party license",
# "Portions of the Product are available under the terms of the Mozilla Public License": parts
# under other terms, not an addition to another license (clausegen5).
_PARTS_ELSEWHERE = re.compile(
    r"\bthird[- ]party\b|\bportions?\s+of\b|"
    r"\b(?:certain|some)\s+(?:[\w-]+\s+)?(?:components?|files|parts)\b|\bcomponents?\s+(?:of|in|included)\b"
)


def _supplements(text: str) -> bool:
    """Whether a sentence adds to another license (not: puts parts under other terms)."""
    m = _SUPPLEMENT.search(text)
    if m is not None and _ASKED_FOR.search(text, 0, m.start()):
        return False  # "any requests for additional permissions should be made to Acme"
    return m is not None and not (m.group(0).startswith("under") and _PARTS_ELSEWHERE.search(text))


_ASKED_FOR = re.compile(r"\b(?:requests?|ask(?:ing)?|apply(?:ing)?)\s+for\s+(?:any\s+)?$")


_FEES_ALLOWED = re.compile(
    r"\b(?:may|can)\s+(?:also\s+)?charge\b(?!\s+(?:no|nothing)\b)|\b(?:are|is)\s+free\s+to\s+charge\b"
)
_TERMS_FIXED = re.compile(
    r"\bterms\b[^.]{0,60}\bin\s+force\s+(?:as\s+of|at|on)\s+the\s+(?:date|time)\b"
)
_CHARGE = re.compile(r"\bcharge\b")


# A ban on handing over or publishing the tool itself, in terms that also let the licensee copy
# and pass on its redistributable parts, keeps the tool; the leave to share what is built with
# those parts stands (the Microsoft-style SDK terms).
_TOOL_BAN = re.compile(
    r"\b(?:transfer|publish|share)\b[^.;]{0,40}?\bthe\s+software\b(?!\s+(?:or\s+)?(?:in\s+)?source)"
)
_PATENT_POOL = re.compile(r"\bpatent\s+portfolio\s+licen[cs]es?\b|\bvisual\s+patent\s+portfolio\b")
_SHARED_PART = re.compile(
    r"\b(?:distributable\s+code|redistributables?|redistributable\s+files?|redist(?:\.txt)?|"
    r"sample\s+code)\b"
)


def _settle(reading: Reading) -> None:
    """Drop the limits that another sentence of the text lifts."""
    shares_part = any(
        "distribute" in g.rights and _SHARED_PART.search(w)
        for g, w in zip(reading.grants, reading.grant_sentences, strict=True)
    )
    drop: set[str] = set()
    if reading.terms_fixed:
        drop.add("revocable-terms")
    kept = []
    for h in reading.hits:
        if h.kind in drop:
            continue
        if (
            h.kind == "no-selling"
            and reading.fees_allowed
            and _CHARGE.search(h.evidence.text.lower())
        ):
            continue  # "You may not charge a fee for this Package itself" beside leave to charge
        if h.kind == "no-redistribution" and shares_part and _TOOL_BAN.search(h.evidence.text):
            continue
        if (
            h.kind == "non-commercial"
            and reading.grants
            and (_PATENT_POOL.search(h.evidence.text.lower()) or h in reading.pool_notice)
        ):
            continue  # a codec patent pool's notice ("... for the personal non-commercial use of a
            # consumer") inside a licence speaks of the pool's patents, not of the work's terms
        kept.append(h)
    staying = {id(h) for h in kept}
    reading.lifted = [h for h in reading.hits if id(h) not in staying]
    reading.hits = kept


def _reserves(norm: str) -> bool:
    """A reservation of rights: "all other rights reserved", or a source file's header
    "Proprietary and confidential."."""
    if has_any(norm, ("rights", "licen")) and _RESERVED.search(norm):
        return True
    return "confidential" in norm and _PROPRIETARY_HEADER.match(norm) is not None


def _note_whole_text_signs(reading: Reading, s: Sentence) -> None:
    """Signs that say how to read the grants as a whole (reservations, end-user terms ...)."""
    reading.reserved = reading.reserved or _reserves(s.norm)
    if not reading.proprietary and _PROPRIETARY.search(s.norm):
        reading.proprietary = True
    if not reading.withholds_all and _NO_GRANT.search(s.norm):
        reading.withholds_all = True
    reading.patches_allowed = reading.patches_allowed or (
        "patch" in s.norm and _AS_PATCHES.search(s.norm) is not None
    )
    if not reading.all_reserved and "reserved" in s.norm and _RIGHTS_RESERVED.search(s.norm):
        reading.all_reserved = True
    if not reading.components_from and "own" in s.norm and _OWN_TERMS_PARTS.search(s.norm):
        reading.components_from = s.start_line
    if not reading.modified_versions and _MODIFIED_VERSIONS.search(s.full):
        reading.modified_versions = True
    if not reading.changed_copies_bound and _CHANGED_COPIES_BOUND.search(s.full):
        reading.changed_copies_bound = True
    if not reading.supplements and _supplements(s.norm):
        reading.supplements = True
    reading.sentence_lines.append(s.start_line)
    if (reading.sections or not reading.change_lines) and (
        _CHANGE_WORDS.search(s.norm) or _OTHER_TERMS.search(s.norm) or _OTHER_LICENSE.search(s.norm)
    ):
        reading.change_lines.append(s.start_line)
    defined = None if reading.use_defined else _USE_DEFINED.search(s.norm)
    if defined:
        reading.use_defined = True
        # '"Use" means doing any act restricted by copyright, and includes distributing, copying
        # ... and modifying': the acts a grant to "Use" then covers
        reading.use_covers = tuple(
            name
            for name, rx in _GRANT_VERBS
            if name != "use" and rx.search(s.norm, defined.start())
        )
    if not reading.named_no_derivatives and _NO_DERIVS_NAME.search(s.norm):
        reading.named_no_derivatives = True
    if not reading.fees_allowed and "charge" in s.norm and _FEES_ALLOWED.search(s.norm):
        reading.fees_allowed = True
    if not reading.terms_fixed and "force" in s.norm and _TERMS_FIXED.search(s.norm):
        reading.terms_fixed = True
    if not reading.use_only_signs and has_any(s.norm, _USE_ONLY_KEYS):
        reading.use_only_signs = bool(
            _ALL_RESERVED.match(s.norm) or _OTHER_USES_ASKED.search(s.norm)
        )
    permitted = None if reading.changes_permitted else _CHANGES_PERMITTED.search(s.norm)
    if permitted and not negated(s.norm, permitted.start()):
        reading.changes_permitted = True


# A grant that is itself kept narrow lifts no other grant's purpose: "you may use this Font only
# for the purposes described in this License", "one user may use the Font at a time".
_SELF_SCOPED = re.compile(
    r"\b(?:only|solely|exclusively)\s+(?:for|in|with|as|on|under|to|if)\b|\bat\s+a\s+time\b|"
    r"\b(?:purposes?|uses?)\s+only\b|"
    # "you may allow your contractors to use the Programs, provided they are acting on your behalf"
    r"\bon\s+your\s+behalf\b"
)


def _scope_grant(
    reading: Reading,
    found: _Found,
    s: Sentence,
    scoped: list[tuple[Hit, set[GrantedRight]]],
    free_grants: list[set[GrantedRight]],
) -> None:
    """The fields of use a grant sets: purposes (held until every grant is known), products
    and internal use."""
    scope = _grant_scope(s, found)
    given: set[GrantedRight] = set(found.grant.rights)
    if scope and scope.params.get("uses", [""])[0].startswith("use other than for "):
        scoped.append((scope, given))
    else:
        if scope:
            reading.hits.append(scope)
        if not (
            _OTHER_LICENSE.search(found.words)
            or _PATENT_ONLY.search(found.words)
            or _SELF_SCOPED.search(found.words)
            or _over_a_part(found.words)
        ):
            free_grants.append(given)
    internal = _INTERNAL_USE.search(found.words)
    if internal:
        # "to use, reproduce and execute the Software for internal purposes"
        ev = make_evidence(s, *in_sentence(s, internal, found.words), 0.7)
        uses = ["use other than internal use"]
        reading.hits.append(Hit("restriction", "field-of-use", ev, {"uses": uses}))


# A ban whose subject is the act named as a noun ("Sale of the Data is not permitted",
# "Onward transfer of the Data is strictly prohibited", "Any modification of the Software
# requires a separate written agreement with X"): the acts, their object, and the ban or the
# other agreement the act needs.
_ACT_NOUNS: tuple[tuple[RestrictionKind, str], ...] = (
    (
        "no-derivatives",
        r"modif(?:ication|ying)s?|alterations?|altering|adaptations?|adapting|translations?|changes?|"
        r"changing|"
        r"translating|derivative\s+works?|fine-?tuning|editing|conversion|converting|cropping|"
        r"remixing|rearranging|reworking|creation\s+of\s+(?:[\w-]+\s+){0,2}?derivatives?"
        r"(?:\s+(?!of\b|to\b|in\b|from\b)[\w-]+)?",
    ),
    (
        "no-redistribution",
        r"copying|reproduction|reproducing|duplication|(?:re)?distributions?|(?:re)?distributing|onward\s+transfer|transfer|publication|publishing|"
        r"assignment|gifts?|giving\s+away|passing\s+(?:on|of)|handing\s+(?:on|over)|conveyance|"
        r"sharing|dissemination|sub-?licen[cs]ing|making\s+(?:[\w-]+\s+){0,3}?available|"
        r"provision|providing\s+copies|supplying|circulation|circulating|passing\s+on|"
        r"mirrors?|mirroring|re-?hosting|re-?uploading|uploading|posting",
    ),
    (
        "no-selling",
        r"sale|resale|selling|reselling|rental|renting|leasing|lending|loans?|hire|hiring",
    ),
    ("hosting-restriction", r"hosting|operating|operation"),
    ("field-of-use", r"use|usage|deployment|deploying"),
)
_ACT_NOUN = "|".join(f"(?P<k{n}>{words})" for n, (_, words) in enumerate(_ACT_NOUNS))
_NOMINAL_BAN = re.compile(
    r"^\W*(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?:any\s+|the\s+|all\s+)?"
    # ("Any unauthorized act including without limitation unauthorized disclosure, copying ...")
    r"(?:unauthori[sz]ed\s+acts?\s+(?:including|such\s+as)\s+(?:without\s+limitation\s+|but\s+not\s+"
    r"limited\s+to\s+)?(?:(?:unauthori[sz]ed\s+)?[\w-]+,\s*){0,3}?)?(?:(?:further|onward|commercial|public|unauthori[sz]ed)"
    r"\s+)?"
    rf"(?:{_ACT_NOUN})"
    # ("any rental, loan, gift, assignment or other passing of a copy": a list of acts)
    r"(?P<rest>(?:(?:,\s*|\s+(?:or|and|and/or)\s+|,\s*(?:or|and)\s+)[\w\s-]{2,30}?){0,8}"
    r"(?P<mid>\s+(?:of|to|in|from)\b[^.;]{0,160}?|\s+(?:the|this|any|such|its)\b[^.;]{0,160}?|"
    r"\s+(?:it|them)))\s+"
    r"(?:(?P<ban>(?:is|are|shall\s+be|will\s+be)\s+(?:(?:unlawful|illegal)\s+and\s+)?"
    r"(?:strictly\s+|expressly\s+|explicitly\s+|hereby\s+|absolutely\s+|utterly\s+)?"
    r"(?:not\s+(?:permitted|allowed|authori[sz]ed)|prohibited|forbidden|barred)|"
    # "Altering the source code in any way voids this licence" (a warranty lost is no ban)
    r"(?:voids?|invalidates?|terminates?)\s+(?:this|the|your)\s+(?:licen[cs]e|agreement)|"
    # "Distribution of this software is restricted to the original author"
    r"(?:is|are)\s+(?:restricted|reserved|limited)\s+to\s+(?:the\s+)?(?:original\s+)?(?:authors?|"
    r"licensor|copyright\s+(?:holders?|owners?)|owners?)\b|"
    # "Providing copies of the Software to others is a material breach of this Agreement"
    r"(?:is|are|shall\s+be|constitutes?)\s+(?:a\s+)?(?:material\s+)?breach\s+of\s+(?:this|the)\s+"
    r"(?:licen[cs]e|agreement|terms))|"
    # ("Redistribution of the database can only be done under commercial license")
    r"(?P<needs>(?:requires?|shall\s+require|(?:is|are)\s+subject\s+to|(?:can|may)\s+only\s+be\s+"
    r"(?:done|made|carried\s+out|granted)\s+(?:under|with|by)|(?:is|are)\s+(?:only\s+)?(?:possible|"
    r"permitted|allowed)\s+only\s+(?:under|with))\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:(?:separate|additional|prior|specific|express|further)\s+)?(?:written\s+)?(?:[\w-]+\s+){0"
    r",2}?"
    r"(?:agreement|licen[cs]e|permission|consent|authori[sz]ation|approval)))\b"
)
_NOT_THE_WORK_BEFORE = re.compile(
    r"\b(?:licen[cs]e|agreement)\s+(?:document|text|file)\b|\bthis\s+(?:licen[cs]e|document|notice)\b"
)
_NOMINAL_NOT_WORK = re.compile(
    r"^\s+(?:of|to|in)\s+(?:the\s+|this\s+|these\s+)?(?:licen[cs]e|agreement|terms|eula|notices?|"
    r"documents?|trademarks?|marks?|logos?|names?|confidential|personal\s+data|passwords?|rights?|"
    r"credentials|account)\b"
)
# Acts banned only beyond the licence, in breach of it, unlawfully, in a modified or a particular
# form, or for commerce (read by the form, modification and commerce rules).
_NOMINAL_HELD = re.compile(
    r"\b(?:except|other\s+than|unless|save\s+as|beyond|violat\w*|breach|contrary|inconsistent|"
    r"unlawful\w*|illegal\w*|modified|altered|source\s+forms?|binary\s+forms?|object\s+code|"
    r"only\s+part|commercial|export|re-?export|embargo\w*|sanction\w*|"
    r"(?:any|some)\s+other\s+(?:form|way|manner|format)s?)\b"
)
_ANY_FORM = re.compile(
    r"\b(?:even\s+if|whether\s+or\s+not|with\s+or\s+without\s+being)\s+(?:modified|altered)\b"
)
_HOSTED_PLACE = re.compile(
    r"\bmulti-?tenant|\bon\s+behalf\s+of\s+(?:any\s+)?third\s+part|\bservice\s+bureau|"
    r"\bto\s+provide\s+(?:[\w-]+\s+)?services\s+to\s+(?:any\s+)?(?:third\s+part|others)|"
    r"\bas\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:cloud|managed|online)\s+(?:[\w-]+\s+)?"
    r"(?:offering|service|product|solution)s?\b|\bas\s+an?\s+(?:[\w-]+\s+){0,2}?service\b|"
    r"\bas[- ]a[- ]service\b|"
    r"\bavailable\s+over\s+(?:a|the|any)\s+(?:computer\s+)?network\s+to\b|"
    r"\bhosted\b|\bcloud\b|\bsaas\b|\bfor\s+the\s+benefit\s+of\s+third\s+parties"
)


def _named_part(m: re.Match[str]) -> str:
    """The words of a nominal ban before its object: the acts and what qualifies them."""
    return m.string[m.start() : m.start("mid")]


def _nominal_ban(s: Sentence) -> list[Hit]:
    """The kinds of a ban (or a need of another agreement) whose subject is an act noun."""
    text = s.norm
    if not has_any(
        text,
        (
            "not permitted",
            "not allowed",
            "not authori",
            "prohibited",
            "forbidden",
            "barred",
            "require",
            "subject to",
            *("voids", "invalidates", "terminates", "breach", "restricted to", "reserved to"),
            *("only be", "only under", "only with"),
        ),
    ):
        return []
    # the ban may open the sentence or a clause after a semicolon ("Members may download the
    # images; redistribution of the files is not allowed")
    # (or follow a copyright line run into it, "... All Rights Reserved Unauthorized copying of
    # this file ... is strictly prohibited", or a company's name the splitter keeps whole, "...
    # the property of Acme Ltd. Any unauthorized copying ...")
    # (or an opening phrase that refers back: "Without limiting the foregoing, copying ... is
    # expressly prohibited")
    joins = (
        r";\s+|,\s+but\s+|\ball\s+rights\s+reserved\W+|\b(?:ltd|inc|corp|llc|gmbh)\.\s+|"
        r"^(?:without\s+limit(?:ing|ation\s+(?:of|to))\s+the\s+(?:foregoing|above)|in\s+addition|"
        r"furthermore|moreover|for\s+the\s+avoidance\s+of\s+doubt),\s+"
    )
    for start in (0, *(c.end() for c in re.finditer(joins, text))):
        stripped = LIST_MARKER.sub("", text[start:], count=1)
        shift = len(text) - len(stripped)
        m = _NOMINAL_BAN.match(stripped)
        if m is not None:
            break
    else:
        return []
    mid, named = m.group("mid"), _named_part(m)
    # (the ban itself may name a breach: "... is a material breach of this Agreement")
    # (and the licence needed may be a commercial one: "... can only be done under commercial
    # license")
    acts = m.string[m.start() : m.start("ban") if m.group("ban") else m.start("needs")]
    # ("copying ... even if modified ... is forbidden": the ban holds whatever the form)
    held = _NOMINAL_HELD.search(_ANY_FORM.sub(" ", acts))
    if _NOMINAL_NOT_WORK.match(mid) or held or "commercial" in named:
        return []
    if re.search(r"\b(?:it|them)\b", mid) and _NOT_THE_WORK_BEFORE.search(text[:start]):
        return []  # "... verbatim copies of this license document, but modification of it is not"
    kinds = [kind for kind, words in _ACT_NOUNS if re.search(rf"\b(?:{words})\b", named)]
    if kinds == ["no-redistribution"] and FOR_PAY.search(f"{named} {mid}"):
        kinds = ["no-selling"]  # "Distribution for profit is prohibited"
    if "field-of-use" in kinds:
        kinds.remove("field-of-use")
        # "Any use of the Software in safety-critical systems requires a separate agreement":
        # a use named by where or what for (commercial use is read by its own rule; use "by"
        # someone names who, and use "in" a named place where: the persons and the territory
        # rules read them)
        original = s.text[shift + m.start("mid") : shift + m.end("mid")]
        placed = len(s.text) == len(text) and re.search(
            r"\bin\s+(?:the\s+)?[A-Z][a-z]+", original[8:]
        )
        if (
            re.search(r"\b(?:in|for|with|on|to)\b", mid[10:])
            and not re.search(r"\bby\b", mid)
            and not placed
        ):
            kinds.append("field-of-use")
    if _HOSTED_PLACE.search(m.group(0)):
        # a use or a sharing that hosts the work for others ("Use of the Software as a hosted
        # service is prohibited")
        kinds = [k for k in kinds if k not in ("no-redistribution", "field-of-use")]
        kinds.append("hosting-restriction")
    elif "hosting-restriction" in kinds and not re.search(r"\bhosting\b", named):
        kinds.remove("hosting-restriction")  # "operating the Software" names no service
    ev = make_evidence(s, shift, shift + m.end(), 0.75)
    return [Hit("restriction", kind, ev) for kind in dict.fromkeys(kinds)]


# Use kept to one purpose, said in other shapes than a grant's scope: "The Data may be used
# solely for the planning of water networks", "use the Software solely to manage its own fleet",
# "Use of the Engine is strictly limited to the production of films", "You may not use the
# Software for any purpose other than research", "... for purposes of trial and assessment
# only, and for no other purpose". The purpose tells the kind.
_SCOPED_USE = re.compile(
    r"\b(?:(?:may|can|shall|is\s+to|are\s+to)\s+(?:be\s+)?(?:installed\s+and\s+)?(?:used|employed|"
    r"deployed|run)|"
    # "is licensed to you solely for the purpose of developing ...", "is provided exclusively for"
    r"(?P<given>(?:is|are)\s+(?:licensed|provided|granted|supplied|made\s+available|offered|furnished)"
    r"(?:\s+to\s+(?:you|(?:the\s+)?licensee|customer))?))"
    r"\s+(?:and\s+[\w-]+\s+)?(?:only|solely|exclusively|strictly)\s+(?P<p1>for|to|in)\s+"
    r"(?P<w1>[^.;]{3,120})|"
    r"\b(?:use|employ|deploy)\s+(?P<obj>(?:the|this|such|its|any)\s+[\w-]+(?:\s+[\w-]+){0,2}?)\s+"
    r"(?<!subject\s)(?:only|solely|exclusively|strictly)\s+(?:to|in\s+the\s+pursuit\s+of|"
    # "use the SDK only in applications that run on Solvane hardware"
    r"in(?=\s+(?:conjunction\s+with|(?:[\w-]+\s+){0,2}?(?:applications?|products?|devices?|"
    r"systems?|hardware)\b)))\s+"
    r"(?P<w2>[^.;]{3,120})|"
    # "is licensed for setting text in documents only"
    r"\b(?:is|are)\s+(?:licensed|provided|granted|supplied|made\s+available|offered)\s+"
    r"(?:to\s+you\s+)?for\s+(?:use\s+(?=in\s|by\s|at\s))?(?P<w8>(?!use\b)[^.;,]{3,80}?)\s+only\b|"
    r"\buse\s+of\s+(?:the|this|these|such)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|are)\s+(?:strictly\s+)?"
    r"(?:limited|restricted|confined)\s+to\s+(?P<w3>[^.;]{3,120})|"
    r"\bconfine\s+(?:its|their|your|his|her)\s+use\s+of\s+[^.;]{2,40}?\bto\s+(?P<w4>[^.;]{3,120})|"
    r"\b(?:for|in)\s+(?:any\s+purpose|anything|any\s+use)\s+(?:other\s+than|except|save)\s+"
    r"(?P<w5>[^.;]{3,120})|"
    r"\b(?:for|of)\s+(?:the\s+)?(?:purposes?\s+of\s+)?(?P<w6>[\w\s,-]{3,80}?)\s+(?:only\s*,?\s*)?and\s+(?:for\s+)?(?:to\s+)?no\s+other\s+(?:purposes?|ends?|uses?)\b|"
    r"\bfurnished\s+for\s+(?:the\s+)?purposes?\s+of\s+(?P<w7>[\w\s,-]{3,80}?)\s+only\b|"
    # "The Tools are licensed for the sole purpose of creating plug-ins for the Acme Editor"
    r"\b(?:is|are)\s+(?:licensed|provided|granted|supplied|made\s+available|offered|furnished)\s+"
    r"(?:to\s+you\s+)?for\s+the\s+(?:sole|exclusive|only|limited)\s+purposes?\s+of\s+(?P<w9>[^.;]{3,120})"
)
_SCOPED_KIND: tuple[tuple[RestrictionKind, re.Pattern[str]], ...] = (
    ("evaluation-only", re.compile(r"\bevaluat|\btest(?:s|ing)?\b|\btrial\b|\bassess|\breview")),
    ("research-only", re.compile(r"\bresearch|\bscholarly|\binquiry|\bscientific\s+study")),
    ("non-commercial", re.compile(r"\bnon-?\s?commercial|\bnot[- ]for[- ]profit|\bhobby")),
    (
        "territory",
        re.compile(r"\bcountr(?:y|ies)\s+listed|\bterritor(?:y|ies)\s+(?:listed|set|named)"),
    ),
)


_IN_FORM_OR_TERMS = re.compile(
    r"(?:the\s+|its\s+|their\s+|an?\s+)?(?:accordance|compliance|conformity|object|binary|source|"
    r"executable|compiled|machine|form|unmodified|original|whole|part|copies|combination|any\s+way|"
    r"the\s+manner)\b"
)
_LICENSOR_USES = re.compile(
    r"\b(?!you\b|licensee\b|customer\b)[\w.&-]+\s+(?:may|will|can|shall)\s+$"
)
_NOT_THE_PRODUCT = re.compile(
    r"\b(?:information|data\s+you|trademarks?|marks?|names?|logos?|feedback|personal)\b"
)


_NEXT_CLAUSE_IN_PURPOSE = re.compile(
    r",?\s+(?:and|but)\s+(?=(?:may|shall|must|will|can|you|it|they|not|no)\b)|,\s+(?:and|but)\s+"
)


def _scoped_use(s: Sentence, had: set[str]) -> list[Hit]:
    """The kind of a use kept to one purpose, where the sentence's other rules read none."""
    text = s.full if s.lead else s.norm
    if not has_any(
        text,
        (
            "only",
            "solely",
            "sole purpose",
            "exclusively",
            "strictly",
            "limited to",
            "restricted to",
            "confine",
            "other than",
            "except",
            "no other",
        ),
    ):
        return []
    m = _SCOPED_USE.search(text)
    if m is None:
        return []
    what = next(g for g in (m.group(f"w{n}") for n in range(1, 10)) if g)
    # the purpose ends where another clause begins ("... for transport planning and may not be
    # applied to marketing")
    whole, what = what, _NEXT_CLAUSE_IN_PURPOSE.split(what, maxsplit=1)[0]
    before = text[max(0, m.start() - 40) : m.start()]
    if m.group("obj") and (
        _LICENSOR_USES.search(before) or _NOT_THE_PRODUCT.search(m.group("obj"))
    ):
        return []  # "Microsoft may use this information solely to ...", "use the trademark only"
    if m.group("w5") and not has_any(text[: m.start()], PROHIBIT_KEYS):
        return []  # "permission to use ... for any purpose except publication": the grant's reach
    if m.group("p1") == "in" and (m.group("given") or _IN_FORM_OR_TERMS.match(what)):
        return []  # "used only in object code form", "in accordance with": a form or the terms
    if _NO_FIELD.search(whole) or re.search(
        r"\b(?:as\s+)?(?:permitted|expressly|authori[sz]ed)\b", what
    ):
        return []
    kind: RestrictionKind = next((k for k, rx in _SCOPED_KIND if rx.search(what)), "field-of-use")
    if m.group("w5") and re.search(r"\bdevelop", what):
        kind = "field-of-use"  # "except the development, testing ... of your application"
    if kind in had or (
        kind == "field-of-use"
        and had & {"non-commercial", "evaluation-only", "research-only", "non-production"}
    ):
        return []
    if kind == "field-of-use" and _OWN_PURPOSE.search(what) and "internal" not in what:
        return []  # personal or own use: the purpose rules' (or no limit)
    offset = len(text) - len(s.norm)
    a, b = max(0, m.start() - offset), max(0, m.end() - offset)
    return [
        Hit(
            "restriction",
            kind,
            make_evidence(s, a, b, 0.7),
            {"uses": [what.strip()[:120]]} if kind == "field-of-use" else {},
        )
    ]


def _limits_of(text: str) -> list[Hit]:
    """The limiting restrictions one probe sentence reads as, on its own."""
    probe = Sentence(text=text, norm=text.lower(), start_line=1, end_line=1)
    return [
        h
        for h in read_sentences([probe], defined=False, reframe=False).hits
        if h.category == "restriction" and h.kind not in INFORMATIONAL_KINDS
    ]


# A lead-in that names what follows as prohibited ("Prohibited uses include:", "The following
# are strictly forbidden:", "It is prohibited to:").
_PROHIBITING_LEAD = re.compile(
    r"\b(?:prohibited|forbidden|banned|disallowed)\s+(?:uses|acts|activities|actions|conduct)\s+"
    r"(?:include|are)\b|\bthe\s+following\s+(?:acts\s+|uses\s+)?(?:are|is)\s+" + BAN_ADVERB + r""
    r"(?:prohibited|forbidden|not\s+(?:permitted|allowed))\b|\bit\s+is\s+(?:strictly\s+)?(?:prohibited|"
    r"forbidden|not\s+(?:permitted|allowed))\s+to\s*$"
)


_ASIDE_AT_END = re.compile(r"\bnot\s*,\s*[^,;:]{1,60}$")


def _reframed_hits(s: Sentence, hits: list[Hit], reframe: bool) -> list[Hit]:
    """The kinds a ban in an unknown frame gives, read again as "you may not ..." (see
    ``reframed_ban``), beside the kinds the sentence gave already (``reframe`` is off for the
    sentence read again)."""
    if not reframe:
        return []
    said, again = s.norm, reframed_ban(s.norm)
    if s.lead:
        # a list item is read after its lead-in: "Prohibited uses include:" / "modify the
        # Software" bans the act; "You will not, directly or indirectly:" / "modify ..." is a
        # ban with an aside
        item = LIST_MARKER.sub("", s.norm, count=1).strip()
        said = f"{s.lead} {item}"
        if _PROHIBITING_LEAD.search(s.lead):
            again = f"you may not {item}"
        elif _ASIDE_AT_END.search(s.lead):
            again = reframed_ban(f"{s.lead}, {item}")
        elif "the following" in s.lead[-60:]:
            # "You may not, nor permit anyone to, do any of the following:" / "(iii) modify ..."
            again = reframed_ban(f"{s.lead} {item}")
        else:
            return []  # (the other frames of a lead-in are read with its items already)
    if again is None:
        return []
    # (only what the new frame adds: the sentence read alone, out of its text, may give kinds the
    # whole text's reading does not, such as a grant's purpose that another grant lifts)
    had = {h.kind for h in hits if h.category == "restriction"}
    had |= {h.kind for h in _limits_of(said)}
    found = {h.kind: h for h in _limits_of(again) if h.kind not in had}
    return [
        Hit("restriction", kind, make_evidence(s, 0, len(s.norm), 0.6), hit.params)
        for kind, hit in found.items()
    ]


def _defined_hits(s: Sentence, hits: list[Hit], terms: list[DefinedTerm]) -> list[Hit]:
    """The limits of defined terms the sentence bars, where its own words read no limit."""
    if not terms or any(
        h.category == "restriction" and h.kind not in INFORMATIONAL_KINDS for h in hits
    ):
        return []
    return defined_term_limits(s, terms, _limits_of)


# A sentence that opens with the aim of a ban ("To prohibit distribution of ..."): an option
# the license describes, not a term of the work.
_OPTION_TO_BAR = re.compile(
    r"^\W*(?:(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+)?to\s+(?:prohibit|forbid|restrict|bar|preclude)\b"
)


# A notice offered to a party who wants it, under a lead-in that says so ("ii. If the
# Contributor does not wish to allow modifications nor to allow publication as an RFC:").
_OPTION_IF = (
    r"\bif\s+(?:an?\s+|the\s+)?(?:contributor|author|licensor|copyright\s+(?:holder|owner)|owner|"
    r"rights?\s+holder|submitter)s?\s+(?:does\s+not\s+|do\s+not\s+)?(?:wish|want|desire|choose|"
    r"elect|prefer)\w*\b[^.;:]*"
)
_OPTION_LEAD = re.compile(_OPTION_IF + r":?\s*$")
# The same lead-in read into its notice's sentence ("ii. if the contributor does not wish ...:
# this document may not be modified ...").
_OPTION_OPENING = re.compile(r"^\W*(?:(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+)?" + _OPTION_IF + ":")


def _lead_in(s: Sentence, before: str) -> str:
    """The sentence's lead-in: its own, or the sentence before where that ends with a colon."""
    return s.lead or (before if before.endswith(":") else "")


def _without_options(s: Sentence, hits: list[Hit], before: str, options: list[str]) -> list[Hit]:
    """No limit from an option the license describes ("B. To prohibit any publication ... in
    book form for commercial purposes is prohibited unless ...", or a notice under "If the
    Contributor does not wish ...:", on the sentence before or as its lead-in: a choice an
    author may add). A sentence read under an option's sentence as its lead-in ("... and it
    may not" / "be published except as ...") is part of the option; ``options`` keeps them."""
    lead = _lead_in(s, before)
    if not (
        _OPTION_TO_BAR.match(s.norm)
        or _OPTION_OPENING.match(s.norm)
        or (lead and _OPTION_LEAD.search(lead))
        or (s.lead and any(s.lead.startswith(option) for option in options))
    ):
        return hits
    options.append(s.norm)
    return [h for h in hits if h.category != "restriction"]


# "Redistributions qualify as freeware under one of the following terms: (a) at no charge beyond
# the cost of materials ... (b) accompanied by the Source Code": no charge is one way to qualify.
_ONE_OF_TERMS = re.compile(
    r"\b(?:one|any|either)\s+of\s+the\s+following\s+(?:terms|conditions|ways)\b"
)


def _without_document_terms(s: Sentence, hits: list[Hit], before: str) -> list[Hit]:
    """``hits`` less a ban on changed copies that names no work, said right after leave to copy
    the notice verbatim: the ban is on the notice's own words (GNU Emacs's 1985 copying
    permission notice: "Distribution with modifications is not permitted.", as the GPL's "but
    changing it is not allowed")."""
    if not hits or not _DOCUMENT_COPIES.search(before) or _WORK_NOUN.search(s.norm):
        return hits
    return [h for h in hits if h.kind not in ("no-derivatives", "no-redistribution")]


def _without_chosen_terms(s: Sentence, hits: list[Hit], before: str) -> list[Hit]:
    """No ban on charging from an item of a list that asks for only one of its terms."""
    lead = _lead_in(s, before)
    if not (lead and _ONE_OF_TERMS.search(lead)):
        return hits
    return [h for h in hits if h.kind != "no-selling"]


# A packager's remark on what a distribution's archive may carry ("... game data that cannot be
# distributed by Debian", "cannot be distributed in main"): the archive's rules, not the work's.
_ARCHIVE_REMARK = re.compile(ARCHIVE_PLACE + r"(?!\s*(?:'s\s+)?(?:users|customers))")


def _without_archive_remarks(s: Sentence, hits: list[Hit]) -> list[Hit]:
    """No sharing limit from a remark on a distribution's archive (see above)."""
    if not _ARCHIVE_REMARK.search(s.norm):
        return hits
    return [h for h in hits if h.kind not in ("no-redistribution", "no-selling")]


# Sharing banned only where it is paid for ("may not distribute the Software for profit",
# "Redistribution for a fee is not permitted", "may redistribute it, but not for profit"): the
# ban is on selling; the work may still be passed on free.
_SHARED_FOR_PAY = re.compile(
    r"\b(?:distribut\w*|redistribut\w*|shar(?:e|ed|ing)|publish\w*|provid\w*|suppl\w*)\s+"
    # ("for commercial purposes" names a purpose, read as non-commercial by the labels' convention)
    r"(?:[\w,-]+\s+){0,4}?for\s+(?:(?:a|any)\s+)?(?:profit|fee|money|payment|sale|(?:monetary|"
    r"financial)\s+gain)\b"
    r"(?!\s+or\s+(?:otherwise|not|free|without))"
)
_PAY_BAN = re.compile(rf"\b{PROHIBIT}\b|\bbut\s+not\b|\b{IS_BARRED}\b")
_BARRED_JUST_AFTER = re.compile(rf"[^.;,]{{0,30}}?\b{IS_BARRED}")


# Sharing granted with selling carved out: "to redistribute it freely, but not to make sale of
# it", "Redistribution (but not for the selling of it) and use", "copy it, but not for money".
_BUT_NOT_SOLD = re.compile(
    r"\b(?:distribut|redistribut|shar|cop|publish)\w*\b[^.;]{0,80}?\bbut\s+not\s+(?:to\s+|for\s+)?"
    r"(?:the\s+)?(?:make\s+(?:a\s+)?sale|sell\w*|resell\w*|sale|resale|money|profit|a\s+fee|"
    r"payment)\b"
)

# "provided that ... no royalty is charged for such copies": copies passed on free only
_NO_CHARGE_MADE = re.compile(
    r"\bno\s+(?:royalt(?:y|ies)|fees?|charges?|payment|consideration)\s+(?:\w+\s+){0,2}?(?:is|are|shall\s+be|"
    r"may\s+be|will\s+be)\s+(?:charged|collected|made|received|requested|demanded)\s+for\s+"
    r"(?:such\s+|the\s+|any\s+|these\s+)?(?:copies|distribution|redistribution|derivative\s+works?)\b"
)
_BARRED_IF_PAID = re.compile(
    # (what is distributed, by whom and to whom may come between: "Distribution of the Program or
    # any work based on the Program by a commercial organization to any third party is
    # prohibited if any payment is made")
    r"\b(?:re)?distribution\b[^.;]{0,140}?\b(?:is|are)\s+(?:strictly\s+)?(?:prohibited|forbidden|not\s+"
    r"(?:permitted|allowed))\s+(?:if|where|when)\s+(?:any\s+|a\s+)?(?:payment|fee|charge|consideration|"
    r"money|compensation)\b|"
    # "Redistributions ... in any form other then free of charge is not allowed": only the paid
    # form is barred
    r"\b(?:re)?distributions?\b[^.;]{0,140}?\b(?:other\s+th[ae]n|except)\s+(?:for\s+)?"
    + NO_CHARGE
    + r"\s+(?:is|are)\s+(?:strictly\s+)?(?:prohibited|forbidden|not\s+(?:permitted|allowed))\b"
)


def _sharing_for_pay(s: Sentence, hits: list[Hit]) -> list[Hit]:
    """A ban on sharing for pay is a ban on selling (see above)."""
    text = s.full
    if not has_any(
        text, ("profit", "fee", "money", "payment", "sale", "gain", "sell", "royalt", "charge")
    ):
        return hits
    free = _NO_CHARGE_MADE.search(text)
    if free and not negated(text, free.start()) and not any(h.kind == "no-selling" for h in hits):
        evidence = make_evidence(s, *in_sentence(s, free, text), 0.7)
        return [*hits, Hit("restriction", "no-selling", evidence)]
    paid = _BARRED_IF_PAID.search(text)
    if paid and not negated(text, paid.start()):
        # "Distribution is prohibited if any payment is made for it": only paid sharing is barred
        kept = [h for h in hits if h.kind not in ("no-redistribution", "no-selling")]
        evidence = make_evidence(s, *in_sentence(s, paid, text), 0.7)
        return [*kept, Hit("restriction", "no-selling", evidence)]
    sold = _BUT_NOT_SOLD.search(text)
    if sold and not any(h.kind in ("no-selling", "no-redistribution") for h in hits):
        kept = [h for h in hits if h.kind != "field-of-use"]
        ev = make_evidence(s, *in_sentence(s, sold, text), 0.7)
        return [*kept, Hit("restriction", "no-selling", ev)]
    m = _SHARED_FOR_PAY.search(text)
    if m is None or re.search(r"\bwhether\s+or\s+not\b", text):
        return hits
    # the ban must govern the sharing itself: just before it, with no other act or clause
    # between ("may not use or distribute it for commercial purposes" bans use too; "may not
    # modify the notices, or distribute it for profit" is another clause), or just after it
    before = list(_PAY_BAN.finditer(text, 0, m.start()))
    governed = bool(before) and not re.search(
        r"[,;]|\b(?:use|using|or|and)\b", text[before[-1].end() : m.start()]
    )
    after = _PAY_BAN.match(text, m.end()) or _BARRED_JUST_AFTER.match(text, m.end())
    if not (governed or after or re.search(r"\bbut\s+not\b", m.group(0))):
        return hits
    kept = [h for h in hits if h.kind not in ("no-redistribution", "no-selling")]
    if len(kept) < len(hits) or not any(h.kind == "no-selling" for h in hits):
        evidence = make_evidence(s, *in_sentence(s, m, text), 0.7)
        kept.append(Hit("restriction", "no-selling", evidence))
    return kept


def _typed_elsewhere(s: Sentence, hits: list[Hit]) -> bool:
    """Whether another rule typed the sentence's limit, so that it is no field of use too. A
    limit on outputs does not type a ban that names the work beside them ("You may not use the
    Model or its outputs to develop weapons")."""
    return any(
        h.category == "restriction"
        and h.kind not in INFORMATIONAL_KINDS
        and not (h.kind == "output-use" and _names_the_work(s.norm))
        for h in hits
    )


# A purpose said of a beta or pre-release copy ("Features in the Beta program are intended for
# evaluation and testing purposes only"), or of the licensor's own plans ("may never be issued
# for commercial use"), binds that copy or states a plan: the labels count neither as a limit of
# the licence.
_PRERELEASE = re.compile(
    r"\b(?:beta|pre-?release|preview|early[- ]access)\s+(?:versions?|releases?|features?|programs?|"
    r"offerings?|software|services?|products?|builds?|materials?|code)\b|"
    r"\b(?:issued|released|launched|shipped)\s+for\s+commercial\s+(?:use|release|sale)\b|"
    r"\bbefore\s+(?:its\s+)?commercial\s+(?:release|shipment|availability)\b"
)
_PRERELEASE_KINDS = frozenset(
    {"non-commercial", "evaluation-only", "research-only", "non-production"}
)


def _without_prerelease_scope(s: Sentence, hits: list[Hit]) -> list[Hit]:
    if not hits or not has_any(
        s.norm, ("beta", "release", "preview", "early", "issued", "shipped")
    ):
        return hits
    if _PRERELEASE.search(s.norm) is None:
        return hits
    return [h for h in hits if h.kind not in _PRERELEASE_KINDS]


# What the licensor may do to the licensee's terms or copies: limits even when it speaks.
_LICENSOR_MAY: frozenset[str] = frozenset(
    ("revocable-terms", "remote-restriction", "latest-version", *INFORMATIONAL_KINDS)
)


# A lead-in that is a definition's head, its parts listed below it ('"Freely Available"
# means that:', '"Restricted Use" shall mean any of the following:').
_DEFINING_LEAD = re.compile(
    r"^\W*(?:\(?[a-z0-9]{1,4}[.)]\s*)?[\"'\u201c\u2018]+(?P<term>[a-z][\w -]{1,40}?)"
    r"[\"'\u201d\u2019]+\s+(?:means|shall\s+mean|refers\s+to|is\s+defined\s+as)"
    r"(?:\s+(?:that|(?:any|all|each|one)\s+of\s+the\s+following|the\s+following))?"
    r"\s*(?:[:\-\u2014]\s*)?$",
    re.IGNORECASE,
)


def _without_defining_items(
    s: Sentence, hits: list[Hit], sentences: Sequence[Sentence], limited: dict[str, bool]
) -> list[Hit]:
    """``hits`` less those of a definition's part where no sentence bars the defined term or
    keeps use to it: the Artistic License 2.0 draft's '"Freely Available" means that: (a) no
    fee is charged for the right to use the item' says what a condition means, while the
    parts of a "Restricted Use" the text bars are its limits. (``limited`` caches the answer
    by term.)"""
    head = _DEFINING_LEAD.match(s.lead) if s.lead and hits else None
    if head is None:
        return hits
    term = head.group("term").strip().lower()
    if term not in limited:
        limited[term] = term_limited(term, sentences)
    return hits if limited[term] else []


def _without_unlawful_only(hits: list[Hit]) -> list[Hit]:
    """``hits`` less the fields of use that name only unlawful use ("to break the law")."""
    return [
        h
        for h in hits
        if not (
            h.kind == "field-of-use"
            and h.params.get("uses")
            and unlawful_only(h.evidence.text.lower())
            and all(unlawful_only(u.lower()) for u in h.params.get("uses", []))
        )
    ]


# Advice, not terms: "Licensor recommends that Customer test each Update in a non-production
# environment", "We strongly suggest ...", "It is recommended to ..." (said as the sentence's
# own verb, at its start).
_ADVICE = re.compile(
    r"^\W*(?:\(?\w{1,3}[.)]\s+)?(?:(?:the\s+)?[\w-]+\s+(?:\w+ly\s+)?(?:recommends|suggests|advises|"
    r"encourages)|we\s+(?:\w+ly\s+)?(?:recommend|suggest|advise|encourage)|it\s+is\s+(?:\w+ly\s+)?"
    r"(?:recommended|advisable|advised|suggested))\b|" + LICENSING_ADVICE
)


def _without_advice(s: Sentence, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the limits of a sentence that only gives advice."""
    if not hits or not _ADVICE.search(s.norm):
        return hits
    return [h for h in hits if h.category != "restriction"]


# Bans whose object is not the work as the licensee has it, each with the kinds it would be
# misread as: a copy that infringes others' rights ("may not distribute Subject Software that
# (i) in any way infringes ..."), passing the work off ("may not re-distribute or represent the
# code as your own"), a name or label the copies may not carry ("not permitted to redistribute
# this Apple sample source code as \"Apple sample source code\" after having made changes"), a
# version the authors marked as not to be passed on ("If you receive a version ... labelled as
# not being for redistribution, you are not permitted to redistribute that version"), the
# license text itself ("except this License Agreement, which you may not modify"), and a form
# of the work described by what cannot be done to it ("in a form to which the recipient can not
# make Modifications (e.g. object code)").
_BANS_ON_OTHER_THINGS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (
        re.compile(OTHER_CODE_BY_TERMS),
        frozenset(
            {"non-commercial", "field-of-use", "no-derivatives", "no-redistribution", "no-selling"}
            | {"research-only", "evaluation-only", "non-production"}
        ),
    ),
    (
        re.compile(
            r"\b(?:may|shall|must|will|can)\s*not\s+(?:re)?distribute\b[^.;]{0,60}?\b(?:that|which)\s+"
            r"(?:\(\w{1,3}\)\s+)?(?:in\s+any\s+way\s+|would\s+|could\s+|may\s+)?(?:infringes?|violates?|"
            r"breach(?:es)?|misappropriates?)\b|"
            # the same ban as the lead of a list of such copies ("... Subject Software that" /
            # "(i) in any way infringes ..."): the copies meant are the items'
            r"\b(?:may|shall|must|will|can)\s*not\s+(?:re)?distribute\s+(?:[\w-]+\s+){0,3}?(?:that|which)"
            r"\s*:?\s*$"
        ),
        frozenset({"no-redistribution"}),
    ),
    (
        re.compile(
            r"\b(?:re-?\s?distribute|copy|publish|sell|share)\b[^.;]{0,30}?\bor\s+(?:represent|claim|"
            r"pass\s+off|present)\s+(?:it|them|(?:the|this)\s+[\w-]+(?:\s+[\w-]+)?)\s+as\s+(?:your|his|her|"
            r"their)\s+own\b"
        ),
        frozenset({"no-redistribution", "no-selling"}),
    ),
    (
        re.compile(
            r"\b(?:re-?\s?distribute|distribute|publish)\s+[^.;\"\u201c]{0,60}?\bas\s+[\"\u201c\u2018']"
        ),
        frozenset({"no-redistribution"}),
    ),
    (
        re.compile(
            r"\b(?:labell?ed|marked|designated|identified)\s+as\s+not\s+(?:being\s+)?(?:intended\s+)?"
            r"for\s+(?:re)?distribution\b"
        ),
        frozenset({"no-redistribution"}),
    ),
    (
        re.compile(
            r"\b(?:licen[cs]e|agreement)\s*,?\s+which\s+(?:you\s+)?(?:may|shall|must|can)\s*not\s+"
            r"(?:be\s+)?(?:modif|alter|chang)"
        ),
        frozenset({"no-derivatives"}),
    ),
    (
        re.compile(
            r"\b(?:to|in)\s+which\s+(?:the\s+)?(?:recipients?|licensees?|users?|you)\s+(?:can\s*not|"
            r"cannot|could\s+not|may\s+not)\s+make\s+(?:any\s+)?modifications\b"
        ),
        frozenset({"no-derivatives"}),
    ),
    (
        # a mark that may not be altered ("The WHITECAT logotype cannot be changed, you can
        # remove it, but you cannot change it in any way"), in a sentence that speaks of no
        # software: a trademark matter
        re.compile(
            r"^(?!.*\b(?:software|program|code|library|work)\b)"
            r".*\b(?:logo(?:type)?s?|trademarks?|emblems?)\b[^.;]{0,40}?\b(?:can\s*not|cannot|may\s+not|"
            r"must\s+not|shall\s+not)\s+(?:be\s+)?(?:chang|alter|modif)"
        ),
        frozenset({"no-derivatives"}),
    ),
)


def _without_other_objects(s: Sentence, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the kinds a ban reads as where its object is not the work (see above)."""
    if not hits:
        return hits
    dropped: set[str] = set()
    # a list item is read with its lead ("may not distribute Subject Software that" /
    # "(i) in any way infringes ...")
    text = f"{s.lead.lower()} {s.norm}" if s.lead else s.norm
    for pattern, kinds in _BANS_ON_OTHER_THINGS:
        if pattern.search(text):
            dropped |= kinds
    return [h for h in hits if h.kind not in dropped] if dropped else hits


# The lead of conditions on passing the work on as it is, not on changed versions: "if the
# recipient redistributes the licensed program pursuant to paragraph 6 ..." (a later item may
# bar changing those copies; changed ones are another paragraph's).
_IF_SHARED_AS_IS = re.compile(
    r"\bif\s+(?:the\s+)?(?:recipient|licensee|you)\s+(?:re)?distributes?\s+(?:the\s+|this\s+)?"
    r"(?:licensed\s+)?(?!modif|derivative|changed|altered)[\w-]+\b"
    r"(?![^.;]{0,60}\b(?:modif|derivative|changed|altered))"
)


def _held_if_shared_as_is(reading: Reading, s: Sentence, hits: list[Hit]) -> list[Hit]:
    """``hits`` less a ban on changes among the conditions on passing the work on as it is
    ("If the Recipient Redistributes the Licensed Program ..." / "(2) the Recipient may not
    alter ... the Licensed Program"), held as a kept-unmodified condition is: it bars changes
    only where the text grants none."""
    if not s.lead or not _IF_SHARED_AS_IS.search(s.lead):
        return hits
    reading.held_unmodified += [h for h in hits if h.kind == "no-derivatives"]
    return [h for h in hits if h.kind != "no-derivatives"]


def _without_licensor_acts(s: Sentence, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the limits of a sentence that says what the licensor itself will or may do
    ("Licensor shall not make commercial use of your feedback"); its right to change or revoke
    the terms, or to disable or update the licensee's copies, stays."""
    if not hits or not licensor_acts(s.norm):
        return hits
    return [h for h in hits if h.category != "restriction" or h.kind in _LICENSOR_MAY]


def read_sentences(
    sentences: Iterable[Sentence],
    defined: bool = True,
    sections: tuple[int, ...] = (),
    reframe: bool = True,
) -> Reading:
    reading = Reading(sections=sections)
    count = 0
    sentences = list(sentences)
    # "'Hosted Use' means ...": terms the text defines, read where a sentence bars them
    terms = definitions(sentences) if defined else []
    # Grants scoped to purposes, and the rights of the grants that name no purpose: a purpose
    # limits only where no other grant gives the same rights without it ("solely for Your
    # internal research and development" beside a grant to deploy the code to others).
    scoped: list[tuple[Hit, set[GrantedRight]]] = []
    free_grants: list[set[GrantedRight]] = []
    before = ""  # the sentence before (past blank ones): a lead-in a blank line set apart
    options: list[str] = []  # sentences that describe an option (see _without_options)
    limited: dict[str, bool] = {}  # defined terms, whether the text bars them
    for s in without_limits_freed(sentences):
        count += 1
        found = _grant(s)
        kept = _kept_unmodified(s)
        if kept:
            reading.held_unmodified.append(kept)
            if found is not None and "modify" in found.grant.rights:
                # "... provided the distribution package is not modified": no leave to modify
                rights = tuple(r for r in found.grant.rights if r != "modify")
                found = found._replace(grant=found.grant.model_copy(update={"rights": rights}))
        if found is not None and found.grant.rights:
            _add_grant(reading, found, s)
            _scope_grant(reading, found, s, scoped, free_grants)
        _note_whole_text_signs(reading, s)
        hits = _simple_hits(s)
        policy = _policy(s) or _use_rules(s)
        if policy:
            hits.append(policy)
        hits += _purpose(s, found is not None)
        hits += _nominal_ban(s)
        hits += _models(s)
        shared, held = _sharing(s)
        shared = _without_other_objects(s, shared)
        # A list of banned verbs settles the sharing kinds of its sentence (see _listed_ban).
        bans = _listed_ban(s)
        shared = [h for h in shared if h.kind not in bans.settled]
        if held:
            reading.held += shared
        else:
            hits += shared
        hits = [h for h in hits if h.kind not in bans.settled] + bans.hits
        reading.held += bans.held
        hits = _named_limits(s, hits)
        if s.lead and _PATENT_POOL.search(s.lead):
            # the items of a codec patent pool's notice ("... for the personal and
            # non-commercial use of a consumer to:" / "(a) encode video ..."), settled as the
            # notice's own sentence is
            reading.pool_notice += [h for h in hits if h.kind == "non-commercial"]
        hits = _with_thresholds(s, hits)
        hits += _territory(s)
        hits += _terms(s)
        for single in (
            _delayed(s),
            _copyleft(s),
            _guardrail(s),
            _unmodified(s),
            _scope_of_use(s),
            _named_person(s),
        ):
            if single:
                hits.append(single)
        hits = _output_limits(s, hits)
        hits += _scoped_use(s, {h.kind for h in hits})
        # the limits read from their parts, where no fixed wording read them
        hits += read_parts(s, {h.kind for h in hits})
        hits += _defined_hits(s, hits, terms)
        hits += _reframed_hits(s, hits, reframe)
        hits = _sharing_for_pay(s, hits)
        specific = _typed_elsewhere(s, hits)
        # An item the purpose or sharing rules typed ("(i) for commercial purposes") is not
        # also a field of use.
        item = None if specific else _field_item(s)
        if item:
            hits.append(item)
        else:
            loose = _field_sentence(s, specific)
            if loose:
                hits.append(loose)
        hits = _without_archive_remarks(s, _without_options(s, hits, before, options))
        hits = _without_chosen_terms(s, hits, before)
        hits = _without_document_terms(s, hits, before)
        hits = _without_prerelease_scope(s, hits)
        hits = _without_licensor_acts(s, hits)
        hits = _without_advice(s, hits)
        hits = _without_other_objects(s, hits)
        hits = _without_unlawful_only(_without_defining_items(s, hits, sentences, limited))
        before = s.norm if s.norm.strip(" .") else before
        _read_reach(reading, s, found, hits)
        reading.hits += _held_if_shared_as_is(reading, s, hits)
    reading.hits += [hit for hit, rights in scoped if not any(rights <= f for f in free_grants)]
    if reading.use_covers:
        reading.grants = [
            g.model_copy(update={"rights": tuple(dict.fromkeys(g.rights + reading.use_covers))})
            if g.rights == ("use",)
            else g
            for g in reading.grants
        ]
    _release_held(reading)
    granted = {right for g in reading.grants for right in g.rights}
    if "modify" not in granted and not (reading.modified_versions or reading.changes_permitted):
        reading.hits += reading.held_unmodified
    reading.patent_only = bool(reading.grant_sentences) and all(
        _PATENT_ONLY.search(words) for words in reading.grant_sentences
    )
    if not reading.supplements:
        # an exception to another license ties its own extra leave, not the work's use
        reading.hits += [h for h in reading.reach if _purpose_stands(reading, h)]
    _settle(reading)
    _omitted(reading, count)
    _narrow_sharing(reading)
    return reading
