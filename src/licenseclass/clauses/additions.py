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
from licenseclass.clauses.hits import (
    ADDED_TERMS_BARRED,
    ARCHIVE_PLACE,
    CONDITIONAL_EXCEPTION,
    LICENSING_ADVICE,
    NOT_ONLY,
    SHIPPED_AS_IS,
    UNNEGATED,
    licensor_acts,
    unlawful_only,
    without_limits_freed,
)
from licenseclass.clauses.patterns import (
    CLOSED_CODE_BESIDE,
    EDITOR_WARNING,
    OTHER_CODE_BY_TERMS,
    OWN_APP_REGISTERED,
)
from licenseclass.clauses.sentences import Sentence, split_sentences
from licenseclass.core.model import Evidence, Restriction

__all__ = ["MAX_ADDITION_WORDS", "added_limits", "kind_of_limit"]

_RESTRICTION: TypeAdapter[Restriction] = TypeAdapter(Restriction)
# Added terms are a sentence or a short paragraph; a longer region is read by the rules alone.
MAX_ADDITION_WORDS = 120

# Who or what a term is said of: the licensee, or the work itself.
_PARTY = (
    r"(?:you|licensees?|users?|recipients?|anyone|any\s+(?:one|person|user|licensee)|no\s+one|"
    r"nobody)"
)
_WORK_NOUN = (
    r"(?:software|program|code|work|model|weights|"
    r"library|package|files?|fonts?|typeface|data\s*set|dataset|data|materials?|product|"
    r"source(?:\s+code)?|binaries|binary|application|tool|icons?|images?|documentation|firmware|"
    r"assets?|sprites?|textures?|sdk|api|drivers?|engine|server|component|build|release|plugin|"
    r"extension|theme|templates?|scripts?|modules?|corpus|database)"
)
_WORK = rf"(?:this|the|these|such)\s+(?:[\w-]+\s+){{0,2}}?{_WORK_NOUN}"
# An act done to the work, after a ban ("... must not be altered", "... may not be sold").
_ACT_ON_IT = (
    r"(?:be\s+)?(?:used|use|sold|sell|resold|copied|copy|distributed|distribute|redistributed|"
    r"redistribute|modified|modify|altered|alter|edited|changed|included|embedded|published|"
    r"publish|shared|share|hosted|host|run|deployed|deploy|rented|leased|sublicensed|"
    r"uploaded|re-?uploaded|made\s+available|offered|bundled|repackaged|employed|employ|operated|"
    r"operate|stored|store)\b"
)
_ACT = (
    r"(?:commercial\s+use|(?:any\s+)?use|redistribution|distribution|modification|copying|"
    r"resale|sale|hosting|reproduction|publication|sublicensing)"
)
# The ban verbs that need no act after them ("is not licensed", "is prohibited"), which a ban
# said of the work itself must use: a modal alone may state a fact ("this code may not
# compile"). (Each pattern is one group, so that it can be put inside a longer pattern.)
_BANNED = (
    r"(?:(?:is|are)\s+not\s+to\s+be\b|"
    r"(?:is|are)\s+(?:\w+ly\s+)?(?:not\s+(?:permitt?ed|allowed|licen[cs]ed|authori[sz]ed|granted)|"
    r"prohibited|forbidd?en|disallowed)\b|(?:shall|may|will|must)\s+make\s+no\b)"
)
# (without "should", which is advice where its subject is no part of the work)
_NEGATED_NOT_ADVICE = (
    r"(?:(?:may|must|shall|can|will)\s+(?:not|never)\b|cannot\b|agrees?\s+not\s+to\b|"
    rf"{_BANNED})"
)
_NEGATED = rf"(?:should\s+(?:not|never)\b|{_NEGATED_NOT_ADVICE})"
# People and bodies a term may shut out ("Employees of X may not use this software").
_PERSONS = (
    r"(?:military|armed\s+forces|army|governments?|agenc(?:y|ies)|police|employees|contractors|"
    r"subsidiaries|affiliates|compan(?:y|ies)|corporations?|organi[sz]ations?|entit(?:y|ies)|"
    r"persons|people|individuals|competitors?|institutions?|universit(?:y|ies)|schools?|"
    r"students|members|customers|(?:service\s+|cloud\s+|hosting\s+)?providers|vendors|resellers)"
)
# Acts on the work a terse note bans ("- no commercial use", "don't sell it").
_TERSE_ACT = (
    r"(?:use|uses|usage|modifications?|derivatives?|derivative\s+works|redistribution|"
    r"distribution|resale|selling|sales?|hosting|copies|copying|sharing|changes|forks?|"
    r"re-?uploads?|sublicensing|training|fine-?tuning|reselling|resell|distillation|scraping|"
    r"synthetic\s+data|modified\s+versions?)"
)
_TERSE_VERB = (
    r"(?:sell|resell|share|redistribute|distribute|modify|alter|change|upload|re-?upload|host|use|"
    r"copy|rent|lease|publish|re-?publish|re-?post|mirror|fork|train|fine-?tune|sublicense|resell|"
    r"charge|edit|reuse|re-use|pass\s+(?:it|them|this|these|copies)\s+(?:on|along)|"
    r"(?:give|hand)\s+(?:it|them|this|these|copies)\s+(?:away|on|over|to\s+(?:others|anyone)))"
)
# One character of the subject's own clause: a relative clause (", which is not allowed") speaks
# of its own noun, not of the subject before it.
_SAME_CLAUSE = r"(?:(?!,\s*(?:which|who|that)\b)[^.;])"
# A ban said of the licensee, of the work, or of an act on the work ("Commercial use of the
# Software is prohibited", "This software may not be used by the military").
_BAN = re.compile(
    rf"^\W*(?:\w+\W+){{0,6}}?(?:{_PARTY}|{_ACT}(?:\s+of\s+{_WORK})?|using\s+{_WORK})\b"
    rf"{_SAME_CLAUSE}{{0,80}}?\b{_NEGATED}|"
    # the work as the subject: a ban's own verb ("This software is not licensed for commercial
    # use"), or a modal ban on an act on it (below); a modal alone may be a fact ("functions
    # declared in this file will not be implemented", "this code may not compile")
    rf"^\W*(?:\w+\W+){{0,6}}?{_WORK}\b{_SAME_CLAUSE}{{0,80}}?\b{_BANNED}|"
    rf"^\W*(?:\w+\W+){{0,8}}?{_PERSONS}\b{_SAME_CLAUSE}{{0,60}}?\b{_NEGATED}|"
    # an act as the subject: "resale is not permitted", "altering the code ... is not allowed"
    r"(?:^|[;:,]\s*)\W*(?:\w+\s+){0,2}?(?:\w+ing|use|uses|usage|resale|sale|redistribution|"
    r"distribution|modification|copying|reproduction|hosting|sublicensing|translation)\b[^.;]{0,80}?"
    r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:not\s+(?:permitt?ed|allowed|licen[cs]ed|authori[sz]ed)|prohibited|"
    r"forbidd?en)\b|"
    # any subject, when what is banned is an act on the work ("The textures must not be altered")
    # (an active verb there is said of its own subject, which may be a part of the code:
    # "SessionHandler should not use HashTable wrapper")
    # ("should not" is advice where the subject is no part of the work: "Abbreviations should
    # not be used in the middle", "Tabs should not be used for indentation")
    rf"\b(?:{_NEGATED_NOT_ADVICE})\s+(?:\w+\s+){{0,2}}?be\s+{_ACT_ON_IT}|"
    rf"^\W*(?:\w+\W+){{0,6}}?(?:{_WORK}|it|they)\b{_SAME_CLAUSE}{{0,80}}?\bshould\s+(?:not|never)\s+"
    rf"(?:\w+\s+){{0,2}}?be\s+{_ACT_ON_IT}|"
    rf"^\W*only\s+(?:\w+\s+){{0,8}}?(?:may|can|are\s+(?:allowed|permitted|licen[cs]ed))\b|"
    r"\b(?:are|is)\s+excluded\s+from\s+(?:this|the)\s+(?:grant|licen[cs]e|agreement)\b|"
    # anything but: "do anything you want with them except make money"
    r"\b(?:anything|everything|whatever)\s+(?:\w+\s+){0,2}(?:want|like|wish|please)\b[^.;]{0,60}"
    r"\bexcept\b|"
    r"\b(?:may|can)\s+(?:\w+\s+){0,3}use\b[^.;]{0,80},?\s+but\s+not\s+(?:in|for|by|to|on|as)\b|"
    rf"^\W*only\s+(?:\w+\s+){{0,6}}?{_PERSONS}\b[^.;]{{0,60}}?\b(?:are|is|may)\b|"
    # what the work produces: "outputs may not be used to ...", "images generated with it ..."
    rf"^\W*(?:\w+\W+){{0,3}}?(?:outputs?|results|images|content|text|predictions|responses|"
    rf"generations|completions|embeddings|renders|renderings)\b{_SAME_CLAUSE}{{0,60}}?\b{_NEGATED}|"
    # a terse note: "- no commercial use", "Not for production use.", "don't sell it"
    rf"^\W*no\s+(?:\w+\s+){{0,2}}{_TERSE_ACT}\b|^\W*not\s+(?:for|to\s+be)\b|"
    rf"(?:^|[,;:]\s*|\bbut\s+)\W*(?:please\s+|pls\s+|plz\s+)?(?:do\s+not|don'?t|never)\s+"
    rf"(?:\w+\s+){{0,2}}{_TERSE_VERB}\b|"
    # running the work itself, not something else: "don't run this in prod"
    rf"^\W*(?:please\s+|pls\s+|plz\s+)?(?:do\s+not|don'?t|never)\s+(?:run|deploy|install|ship|embed)\s+"
    rf"(?:this|it|{_WORK})\b|"
    rf"^\W*(?:may|can|shall|must)\s+(?:not|never|only)\b|"
    # rights withheld from someone: "No rights are granted to ...", "does not extend to ..."
    r"\b(?:no|not)\s+(?:\w+\s+){0,2}(?:rights?|licen[cs]es?|permissions?)\s+(?:are|is)\s+"
    r"(?:\w+\s+)?granted\b|\bnot\s+granted\s+any\s+rights\b|"
    rf"\b(?:licen[cs]e|permissions?|grant|rights?)\s+(?:\w+\s+)?(?:does|do)\s+not\s+(?:extend|apply)\s+"
    rf"to\s+(?:any\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_PERSONS}|use|uses|commercial|you|your)\b|"
    rf"\b(?:{_PARTY}|{_PERSONS}|your\s+(?:organi[sz]ation|company|business)|businesses)\b[^.;]{{0,100}}?"
    r"\b(?:are|is)\s+not\s+covered\s+by\s+(?:this|the)\b|"
    r"^\W*it\s+is\s+(?:\w+ly\s+)?(?:forbidd?en|prohibited|not\s+(?:permitted|allowed))\s+to\b|"
    r"\b(?:all\s+others|everyone\s+else|everybody\s+else|anyone\s+else|all\s+other\s+(?:users|"
    r"companies|organi[sz]ations|entities))\s+(?:needs?|must|has\s+to|have\s+to|requires?)\b|"
    # nobody may: "no one may use this software in connection with a business", "Nobody who
    # receives it is permitted to ..."
    r"\b(?:no\s+one|nobody|no\s+(?:person|entity|company|user|organi[sz]ation))\s+(?:else\s+)?"
    r"(?:(?:who|that)\s+[^.;,]{0,60}?)?(?:may|can|shall|is\s+(?:allowed|permitted|licen[cs]ed))\b|"
    # "no use in connection with a paid product is allowed"
    r"\bno\s+(?:\w+\s+){0,2}?(?:use|usage|redistribution|distribution|modification|copying|resale|"
    r"sale|hosting)\b[^.;]{0,80}\b(?:is|are)\s+(?:\w+ly\s+)?(?:allowed|permitted|licen[cs]ed|"
    r"authori[sz]ed)\b|"
    # use outside a policy: "Any use that breaches that policy is unlicensed"
    r"\b(?:use|uses|usage)\b[^.;]{0,60}\b(?:breach\w*|violat\w*|contrary\s+to|outside)\b[^.;]{0,40}"
    r"\b(?:is|are)\s+(?:unlicen[cs]ed|not\s+licen[cs]ed|not\s+permitted|prohibited)\b|"
    # a label and its answer: "Commercial usage: not allowed", "Commercial use | no"
    r"^\W*(?:[\w-]+\s+){0,2}?(?:use|usage|uses|redistribution|distribution|resale|reselling|"
    r"modifications?|hosting|selling|sharing|forks?)\s*[:|]\s*(?:not\s+(?:allowed|permitted|ok)|"
    r"prohibited|forbidden|no)\b|"
    # a table row whose answer withholds: "| Resale | Prohibited |", "| Territory | EU only |"
    r"^\W*\|?\s*[^|]{2,60}\|\s*(?:not\s+(?:allowed|permitted|ok|licen[cs]ed)|prohibited|forbidden|"
    r"disallowed)\s*\|?\s*$|"
    # (a bare "no" or an "only" where the row is about use or rights, not a platform table)
    r"^\W*\|?\s*[^|]{0,40}\b(?:use|usage|uses|territor\w*|regions?|countr\w*|commercial|"
    r"redistribution|distribution|resale|sale|selling|modifications?|hosting|training|users|"
    r"deployment|production|access)\b[^|]{0,30}\|\s*(?:no|never|[^|]{1,30}\bonly)\s*\|?\s*$|"
    # "not ok to resell the files"
    r"\bnot\s+ok(?:ay)?\s+to\b|"
    # what the grant leaves out: "This license does not grant the right to give copies",
    # "does not cover making it available as a service", "Permission to alter ... is not part of"
    r"\b(?:licen[cs]e|licence|agreement|grant|permission)\s+(?:\w+\s+)?(?:does|do)\s+not\s+(?:(?:grant|"
    r"give|convey)\s+(?:you\s+)?(?:the\s+|any\s+)?(?:rights?|permission|licen[cs]e)|(?:permit|allow)\s+"
    r"(?:you\s+)?(?:to\s+)?\w+|cover\s+(?:any\s+)?(?:\w+ing|use|uses|usage|commercial|other\s+use))\b|"
    r"\b(?:it|this)\s+(?:does|do)\s+not\s+cover\s+(?:any\s+)?other\s+(?:use|uses|purposes?)\b|"
    r"\b(?:permission|right|licen[cs]e)\s+to\s+(?:[\w-]+\s+){1,6}?(?:is|are)\s+not\s+(?:part\s+of|"
    r"included|granted|given|covered)\b|"
    r"\bfalls?\s+outside\s+(?:the\s+)?scope\s+of\s+(?:this|the)\b|"
    r"\b(?:permission|licen[cs]e|grant|rights?)\s+no\s+longer\s+(?:applies|apply|covers?|extends?)\b|"
    r"\b(?:licen[cs]e|licence|grant|permission|software)\s+(?:is|are)\s+not\s+available\s+to\b|"
    r"\b(?:available|free|granted)\s+(?:only\s+)?(?:to|for)\s+(?:\w+\s+){0,5}?(?:whose|with\s+"
    r"(?:fewer|less))\b|"
    rf"\b{_ACT}\s+of\s+{_WORK}\b[^.;]{{0,80}}\b{_NEGATED}|"
    rf"^\W*no\s+(?:derivative\s+works?|commercial\s+use|redistribution|modifications?|modified\s+"
    rf"(?:versions?|copies|files)|changed\s+versions?|forks?)\b[^.;]{{0,60}}"
    rf"\b(?:may|shall|can|are|is)\b|"
    # a heading over a limit: "Limit: 5 installs per company", "Restrictions: ..."
    r"^\W*(?:limits?|limitations?|restrictions?)\s*:|"
    # "Not licensed for distribution in ...", "not permitted in ..."
    r"^\W*not\s+(?:licen[cs]ed|permitted|allowed|authori[sz]ed)\s+(?:for|to|in|within)\b|"
    # a heading over banned uses: "Prohibited uses: spam; malware"
    r"^\W*(?:prohibited|forbidden|restricted|banned|disallowed|excluded)\s+(?:uses?|usages?|"
    r"activities|applications|purposes)\s*:|"
    # an act that ends the grant: "Any modification of the firmware terminates the rights"
    rf"\b(?:{_ACT}|modifying|altering|redistributing|selling)\b[^.;]{{0,60}}\b(?:terminates?|voids?|"
    r"revokes?|ends|cancels?)\s+(?:the|this|your|all|any)\s+(?:[\w-]+\s+)?(?:rights?|licen[cs]e|"
    r"grant|permissions?)\b|"
    # rights withheld: "... receive no rights under this license"
    r"\b(?:receives?|gets?|obtains?|acquires?)\s+no\s+(?:rights?|licen[cs]es?|permissions?)\b|"
    # copies that must go out free: "It must always be distributed free of charge"
    r"\b(?:must|shall)\s+(?:always\s+)?(?:be\s+)?(?:distributed|given|provided|offered|made\s+"
    r"available)\s+(?:\w+\s+){0,2}?free\s+of\s+charge\b|"
    # what the work produces, allowed only so far: "Texts produced with it may be published only"
    r"^\W*(?:\w+\W+){0,3}?(?:outputs?|results|images|content|texts?|predictions|responses|"
    r"generations|completions|embeddings)\b[^.;]{0,60}?\b(?:may|can)\s+(?:only\s+be|be\s+\w+\s+only)\b"
)
# A scope: the work is licensed, given or usable only so far.
_ONLY = re.compile(
    rf"\b(?:{_PARTY}|{_WORK})\s+(?:may|can|is\s+licen[cs]ed\s+to)\s+(?:\w+\s+){{0,3}}?(?:use|used|"
    rf"copy|copied|distribute|distributed|modify|modified|install|run)\b[^.;]{{0,80}}\b(?:only|"
    rf"solely|exclusively)\b|"
    rf"\b(?:{_PARTY}|{_WORK})\s+(?:may|can|shall|must)\s+(?:be\s+)?(?:only|solely|exclusively)\b|"
    rf"\b(?:may|can)\s+(?:only\s+)?be\s+(?:used|run|installed|deployed|shared|distributed|published|"
    rf"uploaded|redistributed|hosted|posted)\b[^.;]{{0,60}}\b(?:only|solely|"
    rf"exclusively)\b|\b(?:licen[cs]ed|provided|granted|available|permitted)\s+for\s+"
    rf"(?:[\w-]+\s+){{0,8}}?only\b|"
    r"\b(?:licen[cs]e|licence|permission|grant)\s+only\s+(?:covers?|applies|extends)\b|"
    rf"\b(?:licen[cs]ed|provided|granted|available|permitted|free|released|offered|distributed|"
    rf"published)\s+(?:\w+\s+){{0,3}}?(?:only|"
    # ("released only under the BSD 3-Clause License" says which license, not a limit)
    rf"solely|exclusively)\s+(?:for|to|by|under(?!\s+(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?"
    rf"[\w.-]+(?:\s+[\w.-]+){{0,4}}\s+licen[cs]e\b)|within|in|on)\b|"
    rf"\bfor\s+(?:\w+\s+){{0,3}}(?:use|purposes?)\s+only\b|\bfor\s+no\s+other\s+purposes?\b|"
    rf"\b(?:may|can)\s+(?:\w+\s+){{0,2}}(?:in|on|for|with|within)\s+(?:\w+\s+){{0,3}}only\b|"
    r"\b(?:use|licen[cs]e|permission|rights?|grant|access)\b[^.;]{0,60}\b(?:is|are)\s+(?:\w+ly\s+)?"
    r"(?:restricted|limited|confined)\s+to\b|"
    r"\bexpires?\s+(?:after\s+|within\s+|in\s+)?\d+\s+(?:days|weeks|months)\b|"
    r"\bfor\s+a\s+(?:period|term)\s+of\s+\d+\s+(?:days|weeks|months)\b|"
    r"\b(?:licen[cs]ed|provided|available)\s+for\s+(?:non-?commercial\s+)?(?:scientific\s+|academic\s+)?"
    r"research\b|"
    rf"^\W*(?:for\s+)?(?:\w+\s+){{0,4}}(?:use|purposes?|\w+ing|evaluation)\s+only\W*$|"
    rf"\b(?:apply|applies|valid|extends?|granted|given)\s+only\s+(?:to|within|in|for|after|while|"
    rf"as\s+long\s+as|if|when)\b|"
    # an act allowed only with leave: "Redistribution only with written permission"
    r"^\W*(?:\w+\s+){0,2}?(?:\w+ing|use|usage|resale|redistribution|distribution|modification|"
    r"reproduction|publication)\s+(?:is\s+)?(?:(?:permitted|allowed)\s+)?only\s+(?:with|after|"
    r"by)\s+(?:the\s+)?(?:prior\s+)?(?:written\s+|express\s+|explicit\s+)?(?:permission|consent|"
    r"approval|agreement)\b|"
    r"\bfree\s+for\s+up\s+to\s+\d+\s+(?:seats|users|devices|developers|installations|machines)\b|"
    rf"\bfree\s+for\s+(?:\w+\s+){{0,3}}(?:non-?commercial|personal|private|academic|"
    rf"educational|research|evaluation|hobby)\b|"
    # the terms of a free tier: "Free tier: entities under $2M ARR"
    r"^\W*free\s+(?:tier|plan|edition|version|use)\s*:|"
    # a trial: "so you can try it for 30 days"
    r"\btry\s+(?:it|this|them|the\s+\w+)\s+(?:out\s+)?(?:for|during)\s+(?:up\s+to\s+)?(?:\d+|a|one|"
    r"two|three|seven|ten|fourteen|thirty|sixty|ninety)\s+(?:days?|weeks?|months?)\b|"
    # a grant to those below a size: "Startups that have raised under $5M may use it"
    r"\b(?:startups?|compan(?:y|ies)|businesses|organi[sz]ations|teams|firms|studios)\s+(?:that|"
    r"which|who|with)\b[^.;]{0,60}\b(?:under|less\s+than|fewer\s+than|below|up\s+to)\b[^.;]{0,40}"
    r"\b(?:may|can)\s+use\b|"
    # a grant for a time: "you may use the program for 30 days"
    rf"\b(?:may|can)\s+(?:\w+\s+)?used?\b[^.;]{{0,60}}\bfor\s+(?:a\s+period\s+of\s+)?(?:up\s+to\s+)?"
    rf"\d+\s+(?:days|weeks|months)\b"
)
# The work's limits passed on to those who get it: "must carry these same use restrictions",
# "whoever receives it has to agree", "Anyone you share the dataset with must agree to the
# terms above", "your agreement with the recipient must contain", "including all its limits".
_PASSED_ON = (
    r"\b(?:downstream\s+users?|recipients?|sublicensees?|end\s+users?)\s+(?:are|shall\s+be|will\s+be)\s+"
    r"bound\s+by\s+(?:these|the\s+same|this|its)\b|"
    r"\bmake\s+(?:anyone|everyone|whoever|all\s+(?:recipients|users))\b[^.;]{0,50}\bagree\s+to\s+"
    r"(?:the\s+)?same\b|"
    r"\b(?:must|shall)\s+(?:carry|include|contain|impose|pass\s+on)\s+(?:these|the|all|its)\s+"
    r"(?:same\s+)?(?:use\s+|usage\s+)?(?:restrictions|limitations|limits)\b|"
    r"\b(?:whoever|anyone\s+who|everyone\s+who)\s+(?:receives?|gets?|obtains?)\b[^.;]{0,40}\b(?:must|"
    r"has\s+to|have\s+to|shall)\s+(?:agree|accept|be\s+bound)\b|"
    r"\b(?:recipients?|anyone\s+you\s+(?:share|give|distribute)|downstream\s+users?|sublicensees?|"
    r"end\s+users?)\b[^.;]{0,60}\b(?:must|shall|have\s+to|has\s+to)\s+(?:also\s+)?(?:agree|"
    r"accept|be\s+bound)\b[^.;]{0,50}\b(?:terms|restrictions|limitations|limits|conditions)\b|"
    r"\b(?:agreement|terms|contract)\s+with\s+(?:the|your|any|each)\s+(?:recipients?|customers?|"
    r"end\s+users?|sublicensees?)\s+(?:must|shall)\s+(?:contain|include|carry|impose)\b|"
    r"\bincluding\s+(?:all|any|each)\s+(?:of\s+)?its\s+(?:use\s+|usage\s+)?(?:limitations|"
    r"restrictions|limits)\b"
)
# A duty to pay or ask before some use.
_MUST_BUY = re.compile(
    # after a trial or past a size: "After that, uninstall it or purchase a license", "Above
    # that, talk to our sales team"
    r"^\W*(?:after\s+(?:that|this|which)|afterwards|past\s+that)\W+(?:\w+\W+){0,4}?(?:purchase|"
    r"buy|pay\s+for|obtain)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:licen[cs]e|subscription|plan|seats?)|"
    # "Companies please to buy licence" (a learner's English)
    r"\bplease\s+(?:to\s+)?(?:buy|purchase|pay\s+for|obtain)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?"
    r"licen[cs]e|"
    # a key or an approval to get first: "You have to request an access key from the lab"
    r"\b(?:must|have\s+to|has\s+to|need\s+to|needs\s+to)\s+(?:first\s+)?(?:request|obtain|get|"
    r"apply\s+for)\s+(?:an?\s+|the\s+|our\s+)?(?:access\s+|api\s+|licen[cs]e\s+|download\s+)?"
    r"(?:key|token|approval)\b|"
    r"\b(?:obtain|get|seek|ask\s+for)\s+(?:\w+\s+)?(?:approval|permission|consent)\s+before\b|"
    # a free grant that ends past a size: "once you earn more than $5M the free grant ends"
    r"\b(?:more\s+than|over|above|exceed\w*)\b[^.;]{0,80}\b(?:grant|licen[cs]e|permission)\s+"
    r"(?:ends|expires|terminates|lapses|no\s+longer\s+applies)\b|"
    r"^\W*(?:above|beyond|over|past)\s+(?:that|this|those|these)\b[^.;]{0,40}\b(?:talk|speak|"
    r"contact|reach\s+out|get\s+in\s+touch|email|write)\b[^.;]{0,30}\b(?:sales|us|licensing)\b|"
    r"\b(?:must|shall|will\s+need\s+to|needs?\s+to|have\s+to|has\s+to|are\s+required\s+to|"
    r"is\s+required\s+to)\s+"
    r"(?:first\s+)?(?:purchase|buy|obtain|acquire|pay\s+for|get)\b[^.;]{0,40}\b(?:licen[cs]e|"
    r"permission|agreement|subscription|seats?|plan)|"
    r"\b(?:are|is)\s+required\s+to\s+(?:notify|inform|tell|contact|register\s+with)\b|"
    r"\bfill\s+(?:in|out)\s+(?:the|a|our)\s+(?:\w+\s+)?(?:request|registration|application)\s+form\b|"
    r"\baccess\s+is\s+(?:only\s+)?granted\s+(?:at\s+(?:our|its|their)\s+(?:sole\s+)?discretion|only)\b|"
    # a size past which a paid license is needed: "once your game has earned more than $100k, ..."
    r"\b(?:more\s+than|over|above|exceed\w*)\b[^.;]{0,80}\b(?:commercial|paid|separate)\s+licen[cs]e|"
    + UNNEGATED
    + r"\brequires?\s+(?:a\s+|an\s+)?(?:separate|paid|commercial|written|prior|"
    r"additional)\s+"
    r"(?:\w+\s+)?(?:licen[cs]e|agreement|permission|consent|subscription|plan|key)|"
    r"\brequires?\s+(?:the\s+)?purchas\w*\s+of\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:licen[cs]e|"
    r"subscription|plan|key)|"
    # the same said passively: "otherwise a paid license is required"
    r"(?<!\bno\s)\b(?:a\s+|an\s+)?(?:separate|paid|commercial|written)\s+(?:\w+\s+)?(?:licen[cs]e|"
    r"agreement|subscription|plan)\s+(?:is|are|will\s+be)\s+(?:\w+ly\s+)?(?:required|needed|necessary)\b|"
    # a fee or royalty owed: "obliges the user to pay a yearly fee", "a 5% royalty is owed"
    r"\b(?:oblig\w+|requir\w+)\s+(?:the\s+|each\s+|every\s+|any\s+)?(?:users?|licensees?|you)\s+"
    r"to\s+pay\b|\b(?:must|shall|have\s+to|has\s+to)\s+pay\s+(?:a|an|the|\d|[$\u20ac\u00a3])|"
    r"\broyalt(?:y|ies)\b[^.;]{0,40}\b(?:(?:is|are|will\s+be|shall\s+be)\s+(?:owed|due|payable)|"
    r"appl(?:y|ies))\b|"
    r"\bneeds?\s+(?:a|an)\s+(?:(?:separate|paid|commercial|written)\s+)+(?:licen[cs]e|subscription|plan|"
    r"agreement)|\bneeds?\s+(?:a|an)\s+licen[cs]e\s+key\b|"
    r"\b(?:licen[cs]e\s+key|activation\s+key|account|registration)\b[^.;]{0,60}\b(?:is|are)\s+"
    r"required\b|"
    r"\bfree\s+(?:to\s+use\s+)?(?:until|unless|while|as\s+long\s+as)\b[^.;]{0,60}\b(?:earns?|"
    r"revenues?|turnover|income|makes?)\b|"
    # duties on what the model makes: "any text produced by the model will be labelled"
    r"\b(?:outputs?|texts?|images?|content|generations?)\s+(?:produced|generated|created|made)\s+"
    r"(?:by|with|using)\b[^.;]{0,60}\b(?:must|shall|will)\s+be\s+(?:labell?ed|marked|disclosed|"
    r"identified|watermarked)\b|" + _PASSED_ON + r"|"
    # a form to send and an approval to wait for
    r"\bsubmit\s+(?:a|an|the|our)\s+(?:[\w-]+\s+)?(?:request|registration|application|access)\s+"
    r"form\b|\bwait\s+for\s+(?:\w+\s+)?approval\b|"
    r"\b(?:must|shall|need\s+to|needs\s+to)\s+(?:first\s+)?(?:register|sign\s+up|request\s+access|"
    r"ask\s+(?:us\s+)?for\s+permission)\b|"
    # a policy of the licensor's that use must follow
    r"\b(?:use|usage|using)\b[^.;]{0,60}\b(?:conditioned|conditional|contingent)\s+(?:up)?on\s+"
    r"(?:your\s+)?(?:following|compliance\s+with|complying\s+with|adherence\s+to|adhering\s+to|"
    r"acceptance\s+of)\s+(?:[\w-]+\s+){0,4}?(?:guidelines|polic(?:y|ies)|rules|code\s+of\s+conduct)\b|"
    r"\b(?:comply\s+with|abide\s+by|follow|subject\s+to|governed\s+by)\s+(?:[\w-]+\s+){0,3}?(?:\w+-)?(?:acceptable[\s-]+use|"
    r"usage|use)\s+(?:polic(?:y|ies)|guidelines|rules)\b|"
    r"\brequires?\s+(?:the\s+|our\s+)?(?:prior\s+)?(?:written\s+|express\s+)?(?:consent|approval|"
    r"permission)\b|"
    r"\bneeds?\s+(?:our|a|an|the\s+author'?s?|separate|written|prior|explicit|express)\s+"
    r"(?:\w+\s+)?(?:permission|"
    r"licen[cs]e|consent|agreement|subscription|plan)|"
    r"\bmust\s+(?:switch|move|upgrade|migrate)\s+to\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:licen[cs]e|agreement|plan|subscription|edition|tier)"
)
# The licensor keeps the right to change or withdraw the terms.
_REVOCABLE = re.compile(
    # a grant for as long as the licensor wishes: "Permission is granted until withdrawn"
    r"\buntil\s+(?:it\s+is\s+|they\s+are\s+)?(?:withdrawn|revoked|rescinded|cancell?ed|"
    r"terminated)\s+by\b|\b(?:permission|licen[cs]e|grant|rights?)\s+(?:\w+\s+){0,3}(?:is|are)\s+"
    r"revocable\b|\brevocable\s+(?:at\s+(?:any\s+time|will)|at\s+(?:the|our|its)\s+(?:\w+\s+)?"
    r"discretion)|"
    # the permission named first: "Permission, which the author may revoke at any time, is ..."
    r"\b(?:permission|licen[cs]e|grant|rights?)\s*,?\s+which\s+(?!you\b|(?:the\s+)?licensee\b)"
    r"(?:[\w-]+\s+){1,4}?(?:may|can|will)\s+"
    r"(?:\w+\s+)?(?:revoke|withdraw|cancel|terminate|take\s+back)\b|"
    r"\b(?:we|licensor|the\s+authors?|the\s+licensor)\s+(?:may|can|will)\s+(?:\w+\s+)?(?:change|modify|"
    r"amend|update|revise)\s+(?:these|this|the)\s+(?:terms|licen[cs]e|licence|agreement)\b|"
    r"\baccess\b[^.;]{0,40}\b(?:may|can)\s+be\s+(?:terminated|revoked|withdrawn|suspended)\b[^.;]{0,40}"
    r"\b(?:discretion|any\s+time|any\s+reason|without\s+notice)|"
    r"\b(?:terms|licen[cs]e|licence|agreement|conditions)\b[^.;]{0,30}?\b(?:are\s+|is\s+)?subject\s+"
    r"to\s+change\b|"
    r"\b(?:may|can|will|reserves?\s+the\s+right\s+to)\s+(?:\w+\s+)?(?:change|modify|amend|update|"
    r"revoke|withdraw|terminate|cancel|end)\b[^.;]{0,60}\b(?:terms|licen[cs]e|licence|agreement|"
    r"permission)\b[^.;]{0,60}\b(?:any\s+time|without\s+(?:prior\s+)?notice|(?:its|our|their|"
    r"his|her)\s+(?:sole\s+)?discretion|for\s+any\s+reason|whenever|from\s+time\s+to\s+time)|"
    r"\b(?:terms|licen[cs]e|permission|agreement|rights?)\s+(?:\w+\s+){0,5}(?:may|can)\s+be\s+"
    r"(?:changed|modified|amended|updated|revoked|withdrawn|cancell?ed)\b[^.;]{0,60}\b(?:any\s+time|"
    r"without\s+(?:prior\s+)?notice|(?:its|our|their|his|her)\s+(?:sole\s+)?discretion|"
    r"for\s+any\s+reason|whenever|from\s+time\s+to\s+time|any\s+moment)"
)
# Bans on something other than the work: names and marks, the notice or license text itself,
# warranty and liability, and the reader's own consequences.
_NOT_ON_THE_WORK = re.compile(
    # advice on how to license a contribution, and a copyleft duty said as a ban
    rf"{LICENSING_ADVICE}|{ADDED_TERMS_BARRED}|"
    # advice on writing, said with "should" of a bare noun that is neither a part of the work
    # nor an act on it: "Abbreviations should not be used in the middle", "Tabs should not be
    # used for indentation" ("Textures should not be altered" is on the work)
    rf"^\W*(?:\(?\d+[.)]\s*)?(?!(?:{_WORK_NOUN}|{_TERSE_ACT}|{_PERSONS}|they|these|those|it|you)\b)"
    r"[a-z-]+\s+should\s+(?:not|never)\s+be\s+\w+|"
    # a technical reason: "must not be used to build MPFR due to the dependency on perl"
    r"\bdue\s+to\s+(?:the\s+|a\s+|its\s+)?(?:dependency|dependencies|bugs?|limitations?\s+(?:of|in)|"
    r"performance|compatibility|portability)\b|"
    # ... or a technical consequence: "Do NOT change this since it will break existing servers
    # and clients", "or you will break the build"
    r"\b(?:since|because|as|or|otherwise)\s+(?:it|this|that|doing\s+so|such\s+a\s+change|you)\s+"
    r"(?:will|would|could|might|may|can)\s+(?:\w+\s+)?(?:break|corrupt|crash|fail|invalidate)\w*\b|"
    # ... said after the note ("Don't use more than one per assignment statement - (eg ...;
    # this will break the code)")
    r"[;(]\s*(?:it|this|that|doing\s+so)\s+(?:will|would|could|might|may|can)\s+(?:\w+\s+)?"
    r"(?:break|corrupt|crash|fail)\w*\b|"
    # a former owner who grants nothing ("no rights are herein granted by Lucent Technologies
    # itself"): the rights come from the one who holds them now
    r"\bno\s+(?:\w+\s+){0,2}(?:rights?|licen[cs]es?|permissions?)\s+(?:are|is)\s+(?:\w+\s+)?granted\s+"
    r"by\s+(?!(?:this|the|these)\s+(?:licen[cs]e|agreement|terms|document|notice)\b)|"
    # a public-domain dedication's fallback: "a fallback license for use in jurisdictions that
    # may not recognize the public domain" (a law that does not recognise, not a limit)
    r"\b(?:jurisdictions?|countr(?:y|ies)|laws?)\s+(?:that|which|where)\s+(?:\w+\s+)?"
    r"(?:do(?:es)?\s+not|don'?t|may\s+not|might\s+not|cannot|can'?t|fails?\s+to)\s+recogni[sz]e\b|"
    # the licensor's promise about the user's own data: "We will not use your data to train"
    r"\b(?:we|the\s+(?:authors?|licensor|company|maintainers?))\s+(?:will\s+not|won'?t|never|do\s+not|"
    r"does\s+not)\s+(?:use|collect|store|share|sell|access|read)\s+(?:any\s+of\s+)?your\b|"
    # a freedom said with a negation: "No registration or account is required to use it"
    r"^\W*no\s+(?:[\w-]+\s+){0,4}?(?:is|are)\s+(?:needed|required|necessary)\b"
    r"(?![^.;]*\b(?:but|except|however|unless|only)\b)|"
    # a limit said not to reach the work ("The policy ... does not govern the Weights")
    r"\b(?:polic(?:y|ies)|restrictions?|limits?|limitations?|guidelines|rules)\s+(?:\w+\s+){0,12}?"
    r"(?:does|do)\s+not\s+(?:govern|apply\s+to|cover)\b|"
    # a freedom, not a duty: "you do not need to ask for permission"
    r"\b(?:do|does|will)\s+not\s+(?:need|have)\s+to\b|\bdon'?t\s+(?:need|have)\s+to\b|"
    r"\bno\s+need\s+to\b|\bnot\s+(?:required|necessary)\b|\b(?:does|do|will)\s+not\s+require\b|"
    r"\bonly\s+in\s+(?:compliance|accordance)\s+with\b|"
    r"\btranslations?\s+of\s+(?:this|the)\s+(?:licen[cs]e|agreement|terms|notice)\b|"
    r"\bfor\s+(?:your\s+)?(?:convenience|information)\s+only\b|\bnot\s+(?:be\s+)?responsible\b|"
    r"\b(?:provide|offer|give)\s+(?:\w+\s+){0,2}support\b|\btechnical\s+support\b|"
    # an exception's grant of more than the license gives ("As a special exception, ... you
    # may redistribute ... without complying with ..."): it widens the license, never limits
    r"\bas\s+(?:a\s+special\s+|an\s+)?exception\b|\badditional\s+permissions?\b|"
    r"\bthis\s+exception\b|\bnot\s+(?:be\s+)?affected\s+by\b|"
    r"\bgrants?\s+you\s+(?:an?\s+)?(?:additional\s+|special\s+)?permission\b|"
    # rights the license does not grant, such as patents or others' rights ("This software may
    # be subject to other third party and contributor rights, including patent rights, and no
    # such rights are granted under this license"): what is left out, as with a trademark
    r"\b(?:patents?|third[- ]party)\b[^.;]{0,120}\bno\s+(?:such\s+)?(?:\w+\s+)?rights\s+"
    r"(?:are|is)\s+(?:hereby\s+)?granted\b|\bno\s+(?:express\s+or\s+implied\s+)?(?:patent|trademark)\s+"
    r"(?:rights?|licen[cs]es?)\s+(?:are|is)\s+(?:hereby\s+)?granted\b|"
    # the author's remark on what a notice means ("Though I have put my own name as copyright
    # holder, I don't mean to imply I did the work")
    r"\b(?:i|we)\s+(?:do\s+not|don'?t|did\s+not|didn'?t)\s+(?:mean|intend)\s+to\s+(?:imply|suggest|"
    r"claim|say)\b|"
    # housekeeping, not terms: how a generated file is made and its banner ("THIS FILE IS
    # GENERATED -- do not edit it by hand. It is rendered from ...; run the generator again
    # instead"), and a note on which files a license covers ("The following BSD 3-Clause
    # license applies only to src/compat.h:")
    r"\b(?:re-?run|run)\s+(?:the\s+)?(?:generator|generation\s+script)\b|\bregenerat\w*\b|"
    r"\brendered\s+from\b|"
    # upkeep of the code: "this script needs to be updated if they change"
    r"\b(?:needs?|has|have)\s+to\s+be\s+(?:updated|rebuilt|regenerated|recompiled|adjusted|"
    r"kept\s+in\s+sync)\b|"
    r"\b(?:auto-?)?generated\b[^.;]{0,40}\bdo\s+not\s+edit\b|\bdo\s+not\s+edit\s+(?:\w+\s+){0,2}?"
    r"(?:by\s+hand|manually|directly)\b|"
    r"\blicen[cs]e\s+(?:\w+\s+)?applies\s+only\s+to\s*:?\s*(?:the\s+)?(?:files?\b|folders?\b|"
    r"director(?:y|ies)\b|[\w.-]*/[\w./-]+|[\w-]+\.(?:h|c|cc|cpp|py|js|ts|rs|go|java|txt|md)\b)|"
    # how the packager ships bundled files, said as a fact
    rf"{SHIPPED_AS_IS}|"
    # a fact about support, not a limit: "This is not an officially supported product"
    r"\bnot\s+(?:an?\s+)?official(?:ly)?\s+supported\b|"
    # advice with its reason, that the project does not support a use ("they should not be
    # copy/pasted into 3rd party projects, as this scenario is not supported")
    r"\b(?:as|because|since)\s+(?:this|that|it|such)\b[^.;]{0,30}\b(?:is|are)\s+not\s+supported\b|"
    # a license's version held to: "You may not use, modify or distribute this program under
    # any other version of the GNU General Public License"
    r"\bunder\s+any\s+other\s+(?:version|licen[cs]e|terms)\b|"
    r"\bany\s+other\s+version\s+of\s+(?:the|this)\s+(?:licen[cs]e|gpl|lgpl|agpl)\b|"
    r"\b(?:trademarks?|trade\s+names?|logos?|marks?|endorse\w*|promote\w*|brand\w*)\b|"
    # a name kept out of publicity, its first words on the line before ("the name of" + "Acme
    # Design may not be used in any advertising or" + "publicity relating to the software")
    r"\bused\s+in\s+(?:any\s+)?(?:advertising|publicity)\b|"
    # a note on a build's variable, option or name in code ("Don't use $(MORE_WARNINGS_CFLAGS)
    # with Allegro.", "never use `--force` here")
    r"\b(?:do\s+not|don'?t|never)\s+(?:use|set|pass|add|enable)\s+(?:\$|`|--?[a-z])|"
    # the GPL's own closing words on proprietary programs, quoted where its text is not found
    # (a program's catalogue of license texts written as string literals)
    r"\bgeneral\s+public\s+licen[cs]e\s+does\s+not\s+permit\s+incorporating\b|"
    # other code, named by its license or its origin (a project's policy on what it takes in)
    rf"{OTHER_CODE_BY_TERMS}|"
    # setting up a web service's client ("Before using this library, you must register your
    # application at the APIs Console"): the user's own program is registered, not a licence
    r"\bregister" + OWN_APP_REGISTERED + r"|"
    # test data kept out of real code ("Under no circumstance should this data be used for
    # production code": its keys are published), a warning on safety, not a term
    r"\b(?:data|keys?|certificates?|credentials?)\b[^.;]{0,40}\bused\s+(?:for|in)\s+production\s+"
    r"code\b|"
    r"\bnames?\s+of\b|\b(?:the|our|its|their|his|her|my)\s+names?\b|(?<!with\s)\byour\s+names?\b|\buse\s+(?:the\s+)?names?\b|"
    r"\b(?:this|the|these|such|above|copyright|license|licence|permission)\s+(?:copyright\s+)?"
    r"(?:notices?|headers?|statements?|text)\b|\blicen[cs]e\s+(?:document|text)\b|"
    r"\bcop(?:y|ies)\s+of\s+this\s+(?:licen[cs]e|document)\b|"
    # credit to the author as the condition of sharing, and a copyleft said as a ban
    r"\bwithout\s+(?:acknowledging|crediting|naming)\s+(?:the\s+)?(?:original\s+)?authors?\b|"
    rf"{CLOSED_CODE_BESIDE}|"
    r"\b(?:liable|liability|warrant\w*|damages?|merchantab\w*|as\s+is)\b|"
    r"\b(?:except|unless)\s+(?:according\s+to|in\s+accordance\s+with|in\s+compliance\s+with|"
    r"under|as\s+(?:permitted|provided|allowed|set\s+out|stated|described))\b|"
    r"\b(?:misrepresent\w*|claim|pretend)\b|\b(?:at\s+your\s+own|sole)\s+(?:risk|responsibility)\b|"
    r"\b(?:under|of)\s+the\s+(?:terms|gpl|lgpl|gnu)\b|\b(?:licen[cs]ed|available)\s+under\b|"
    # a pointer to the license: "may be distributed only subject to the terms and conditions
    # set forth in the Open Publication License"
    r"\bonly\s+(?:subject\s+to|in\s+accordance\s+with)\s+the\s+terms\b|"
    # share-alike: "you may distribute the result only under the same or a similar license"
    r"\bonly\s+under\s+(?:the\s+same|a\s+similar|a\s+compatible|an?\s+identical|this)\b|"
    r"\bunder\s+(?:the\s+same|a\s+similar|a\s+compatible|an?\s+identical)\s+(?:or\s+\w+\s+)?"
    r"licen[cs]e|"
    # the notice, however named: "except remove this copyright"
    r"\b(?:remove|alter|obscure)\w*\s+(?:this|the|any|these|such)\s+copyrights?\b|"
    # a packager's remark on an archive ("cannot be distributed in main", "provided in the
    # contrib archive area") or on how the program runs ("it can not run on its own")
     + ARCHIVE_PLACE + r"|\b(?:contrib|non-free|main)\s+(?:archive|area|section)\b|"
    r"\b(?:can\s*not|can't|does\s+not|will\s+not)\s+(?:run|work|operate|function)\s+(?:on\s+its\s+"
    r"own|alone|by\s+itself|without)\b|\bupstream\s+use\b|"
    # where builds are offered, and what does not work: facts ("Binary wheels are provided only
    # for x86_64", "The API key in the example is a placeholder and will not work")
    r"\b(?:wheels?|binar(?:y|ies)|builds?|installers?|images?|packages?)\s+(?:are\s+|is\s+)?"
    r"(?:provided|available|published|built|shipped|offered)\s+(?:only\s+)?for\s+(?:\w+\s+){0,3}?"
    r"(?:x86\w*|x64|amd64|arm\w*|aarch64|linux|windows|macos|mac|platforms?|python|architectures?)\b|"
    r"\b(?:will|would|does|do|might)\s+not\s+(?:\w+\s+)?(?:work|function|compile|load|start)\b"
    r"(?!\s+(?:with|on|in)\s+(?:this|the)\s+(?:software|work|code|model))|"
    # a generated file's warning to its editors ("Code generated by protoc. DO NOT EDIT.", "Do
    # not edit this file by hand"): about the file's upkeep, not a right in the work
    # (an imperative to the file's editors; "You may not modify this file" in a source header
    # is a term on the work)
    r"\bauto-?generated\b|\b(?:code|file)\s+(?:was\s+|is\s+)?generated\s+by\b|"
    r"\bgenerated\s+(?:by\s+(?:a|the|this)\s+(?:\w+\s+)?(?:script|tool|compiler|generator)|"
    r"(?:source\s+)?(?:file|code))\b|^\W*(?:please\s+)?(?:do\s+not|don'?t|never)\s+(?:edit|modify|change)\b"
    r"(?:\W*$|\s+(?:this|the)\s+(?:file|header|section|block|line)s?\b(?!\s+(?:or|and)\b))|"
    r"\b(?:edit\w*|modif\w*|chang\w*)\s+(?:\w+\s+){0,3}?(?:by\s+hand|manually)\b|"
    # how to run a helper, not whether ("This program is meant to be run by the test script.
    # Do not run it directly."): a manner with nothing after it that names a purpose
    r"^\W*(?:please\s+)?(?:do\s+not|don'?t|never)\s+(?:run|execute|invoke|call|start|launch|"
    r"install)\s+(?:it|this|them|(?:this|the)\s+(?:\w+\s+)?(?:program|script|binary|file|"
    r"executable|tool|test))\s+(?:directly|manually|by\s+hand|yourself|standalone|on\s+its\s+own|"
    r"as\s+root|with\s+sudo|globally)\W*$|"
    # ... said at a clause's end ("To be called by enca, don't use directly.", "not meant to be
    # called directly")
    r"\b(?:do\s+not|don'?t|never)\s+(?:use|run|execute|invoke|call)\s+(?:it\s+|this\s+|them\s+)?"
    r"directly\W*$|\bnot\s+(?:(?:meant|intended|supposed)\s+)?to\s+be\s+(?:used|run|executed|"
    r"invoked|called)\s+directly\W*$|"
    # a note on the code's own parts ("MKC_AUTO_* variables are for debugging purposes only",
    # "These functions are for internal use only"): the parts are named, not the work
    r"^\W*(?:the\s+|these\s+|this\s+)?(?:[\w*.$-]+\s+){0,2}?(?:variables?|options?|flags?|"
    r"functions?|macros?|settings?|targets?|fields?|methods?|parameters?|switch(?:es)?|hooks?|"
    r"knobs?|symbols?|endpoints?)\s+(?:is|are)\s+(?:(?:only\s+)?(?:intended|meant)\s+)?(?:only\s+)?"
    r"(?:for|used\s+for)\b|"
    # what a behaviour is for ("break the symbolic link, so that the link destination will not
    # be modified"): an effect, not a ban
    r"\bso\s+that\s+(?:[\w'-]+\s+){1,6}?(?:will\s+not|won'?t|would\s+not|cannot|can\s+not|"
    r"can'?t|does\s+not|is\s+not)\b|"
    # a state of the running program ("The mobile phone device is blocked when the daemon is
    # running, ie. it cannot be used for data transfer"): what happens, not what is allowed
    r"\b(?:when|while|whilst|as\s+long\s+as)\s+(?:the\s+|this\s+|a\s+|an\s+|its\s+)?(?:[\w\\-]+\s+)"
    r"{1,3}?(?:is|are)\s+(?:still\s+)?(?:running|active|busy|locked|mounted|connected|loaded|"
    r"in\s+progress)\b|"
    # a note to translators ("DO NOT TRANSLATE OR LOCALIZE."), and a file's history ("No other
    # changes made.")
    r"^\W*(?:do\s+not|don'?t)\s+(?:translate\s+(?:or|and)\s+)?locali[sz]e\W*$|"
    r"^\W*no\s+(?:other\s+|further\s+|additional\s+)?(?:changes|modifications|edits)\s+(?:were\s+|"
    r"was\s+|have\s+been\s+|has\s+been\s+)?(?:made|done|applied)\b|"
    # which code may call a private interface ("For use only by bundled plugins, not for
    # external use" atop a private header): the callers are parts of the program, not people
    r"\buse\s+only\s+(?:by|within|from|in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:plugins?|modules?|"
    r"functions?|classes|callers|components|drivers|subsystems?|backends?|internals|"
    r"implementation|headers?|source\s+files)\b|"
    # ... or which code may not ("Internal classes, not to be used by clients.", "(internal
    # API, do not use in client code)"): an internal part of the code is named, not the work
    # ("for internal use only" is still a limit)
    r"\binternal\s+(?:apis?|classes|class|interfaces?|functions?|methods?|headers?|"
    r"implementation|details?|packages?|modules?|helpers?|symbols?)\b[^.;]{0,40}?\b(?:clients?|"
    r"client\s+code|callers?|applications?|external\s+code|user\s+code|public\s+use)\b|"
    # a note on a setting or a list's order ("do not use options -H, -S or -a or change the
    # order", "Don't change the default values"): the thing barred is the setting, not the work
    r"^\W*(?:please\s+)?(?:do\s+not|don'?t|never)\s+(?:use|change|modify|alter|edit|touch|reorder)\s+"
    r"(?:the\s+|these\s+|any\s+)?(?:\w+\s+)?(?:order|options?|flags?|settings?|parameters?|values?|"
    r"defaults?|fields?|keys?|entries|variables?|constants?)\b|"
    # a coding note ("* Do not use yield from", "Don't use asyncio.run here"): what it bars is
    # a construct of the code, named bare, not the work (which "this", "it", "the software" or
    # a purpose would name)
    r"^\W*(?:please\s+)?(?:do\s+not|don'?t|never)\s+use\s+(?!(?:this|the|these|those|that|it|"
    r"them|any|our|my|its|such|for|in|on|with|as|to|without|except|unless|outside|beyond|within|"
    r"at|by|or|and|nor|commercial\w*|software|code|programs?|librar(?:y|ies)|files?|works?|"
    r"models?|data|fonts?|products?|packages?)\b|\w+ly\b)[\w.()`'-]+(?:\s+[\w.()`'-]+)?\W*$"
)


def _not_on_the_work(text: str) -> bool:
    # nor are the licensor's own acts, nor a ban on what the law bans already
    return (
        _NOT_ON_THE_WORK.search(text) is not None
        or licensor_acts(text)
        or unlawful_only(text)
        or _editor_warning(text)
    )


_EDITOR_WARNING = re.compile(EDITOR_WARNING, re.IGNORECASE)
# Where a warning to a file's editors may start: the sentence's start, or after an editor's
# mode line ("/* -*- buffer-read-only: t -*- vi: set ro: */ DO NOT EDIT!").
_WARNING_START = re.compile(r"[,;:]|\*/")


def _editor_warning(text: str) -> bool:
    """Whether ``text`` is a generated file's warning to its editors (see ``EDITOR_WARNING``)."""
    if "edit" not in text and "modif" not in text and "chang" not in text:
        return False
    starts = [0, *(m.end() for m in _WARNING_START.finditer(text))]
    return any(_EDITOR_WARNING.match(text[start:]) for start in starts)


# Which kind a limit is, by the words it names; the first that fits wins.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # published measurements of the work: none of the typed kinds
    (
        "other",
        re.compile(
            r"\bbenchmark\s+results\b|\bperformance\s+(?:comparisons?|results)\b|"
            # "results may be published only if the benchmark is unmodified"
            r"\bresults\s+(?:\w+\s+){0,3}?(?:published|publish|disclosed)\b"
        ),
    ),
    (
        "hosting-restriction",
        re.compile(
            r"\bhost(?:ed|ing)?\b|\bsaas\b|\bas\s+an?\s+(?:\w+\s+)?service\b|\bmanaged\s+service|"
            r"\bservice\s+bureau|\bto\s+third\s+parties\s+over\s+a\s+network|\bweb\s+services?\b|"
            r"\b(?:public|web|rest)\s+apis?\b|\bonline\s+services?\b|\bcloud\b"
        ),
    ),
    (
        # the work as training material ("not for training AI models")
        "model-improvement-ban",
        re.compile(
            r"\b(?:train|fine-?tun)\w*\b[^.;]{0,60}\b(?:models?|machine\s+learning|ai|neural|"
            r"networks?|llms?)\b|\btraining\s+(?:data|material|corpus|sets?)\b|\bdistill\w*|"
            r"\bsynthetic\s+data\b|"
            r"\b(?:machine\s+learning|ml|ai|model|llm)\s+training\b"
        ),
    ),
    (
        "output-use",
        re.compile(
            r"\bmachine\s+learning\b|\bartificial\s+intelligence\b|\boutputs?\b|"
            r"\b(?:generated|produced|created|made|rendered)\s+(?:with|by|using)\b|\brenders\b"
        ),
    ),
    (
        "user-threshold",
        re.compile(
            r"\b(?:more\s+than|over|above|exceed\w*|at\s+least|in\s+excess\s+of|up\s+to|fewer\s+than|"
            r"less\s+than|under)\s+"
            r"(?:[\d,.]+|one|two|three|five|ten|a|one\s+hundred)\s*(?:million|thousand|billion|k|m)?\s+"
            r"(?:\w+\s+){0,2}(?:users|employees|seats|developers|installations|devices|customers|"
            r"members|staff|people|persons|engineers|workers)\b|\blarger\s+(?:teams|companies|organi[sz]ations|businesses)\b|"
            r"\b\d+\s+(?:installs?|installations|seats|users|devices|machines|computers|developers)\s+"
            r"per\b"
        ),
    ),
    (
        "revenue-threshold",
        re.compile(
            r"\b(?:revenues?|turnover|gross\s+sales|income|earn\w*|rais\w*|funding|arr)\b[^.;]{0,60}"
            r"(?:[$€£\d]|\b(?:dollars|euros?|pounds|usd|eur|gbp)\b)|"
            r"(?:[$€£]|\b(?:usd|eur|gbp|chf)\s*)\d[^.;]{0,60}\b(?:revenues?|turnover|gross\s+sales|income|"
            r"earn\w*|arr)\b"
        ),
    ),
    ("revocable-terms", _REVOCABLE),
    ("pass-through", re.compile(_PASSED_ON)),
    (
        "acceptable-use-policy",
        re.compile(
            r"\b(?:acceptable[\s-]+use|usage|use)\s+(?:polic(?:y|ies)|guidelines|rules)\b|\baup\b|"
            r"\b(?:breach\w*|violat\w*|contrary\s+to)\b[^.;]{0,30}\b(?:polic(?:y|ies)|guidelines|"
            r"code\s+of\s+conduct)\b|"
            r"\b(?:conditioned|conditional|contingent)\s+(?:up)?on\b[^.;]{0,60}\b(?:guidelines|"
            r"polic(?:y|ies)|rules|code\s+of\s+conduct)\b"
        ),
    ),
    (
        "registration",
        re.compile(
            r"\bregister\b|\bregistration\b|\bregistering\b|\bnotify\b|\brequest\s+form|\bapplication\s+form|\bsign(?:ing)?\s+up\b|"
            r"\bapply\s+for\s+access|\brequest\s+(?:has\s+been\s+)?approved|\bsign-up\b|\blicen[cs]e\s+key\b|"
            r"\b(?:access|api)\s+(?:key|token)\b|\bobtain\s+approval\b|"
            r"\bactivation\s+key\b"
        ),
    ),
    (
        "research-only",
        re.compile(
            r"^(?!.*\|\s*(?:not\s+(?:allowed|permitted)|prohibited|forbidden)\b)"
            r".*(?:\bresearch\b|\bacademic\b|\bscientific\b|\bscholarly\b|\bour\s+paper\b|"
            r"\bresults\s+reported\b)"
        ),
    ),
    (
        "evaluation-only",
        re.compile(
            r"\bevaluat\w*|\btrial\b|\b(?:\d+|one|two|three|seven|ten|fourteen|thirty|sixty|ninety)"
            r"[\s-]*days?\b|\bdemonstration\s+purposes|\btry\s+(?:it|this|them)\b"
        ),
    ),
    (
        "non-production",
        re.compile(
            r"\bproduction\b|\bprod\b|\blive\s+(?:or\s+[\w-]+\s+)?systems?\b|\bcustomer-facing\b"
        ),
    ),
    (
        "no-selling",
        re.compile(
            r"^(?!.*\b(?:use|used|using)\b).*\b(?:sell|sells|selling|sold|resell\w*|resold|resale|sale)\b|"
            r"\bpaid\s+(?:asset\s+)?(?:packs?|bundles?|collections?)\b|"
            r"\bcharge\s+(?:a|any)\s+(?:\w+\s+)?fees?\b|\bcharge\s+(?:\w+\s+){0,2}?(?:money|for\s+it)\b|"
            r"\b(?:distributed|given|provided|offered|available)\s+(?:\w+\s+){0,2}?free\s+of\s+charge\b"
        ),
    ),
    (
        "non-commercial",
        re.compile(
            r"\bfree\s+for\s+(?:\w+\s+){0,2}non-?profits?\b|"
            r"\b(?:companies|firms|businesses|corporations|enterprises)\b[^.;]{0,30}\b(?:buy|purchase|"
            r"pay)\b|"
            r"\b(?:non-?)?comm?ercial\w*|\bmak(?:e|ing)\s+money\b|\bpersonal\b|\bhobby\b|"
            r"\bmonetis\w*|\bfor[\s-]+profit\b|(?<!non-)\bprofit\w*|\bmonetary\b|\bmoney\b|\bmonetiz\w*|"
            r"\bsell\b|\bsold\b|\bpaid\b|\brevenue\b|\bbusiness\w*"
        ),
    ),
    (
        "territory",
        re.compile(
            r"\b(?:countr(?:y|ies)|territor(?:y|ies)|jurisdictions?|nations?)\b|"
            r"\b(?:within|outside(?:\s+of)?|in)\s+(?:the\s+)?(?:european\s+union|eu|united\s+states|"
            r"usa|u\.s\.|united\s+kingdom|(?:mainland\s+)?china|russia|india|japan|germany|france|"
            r"canada)\b|"
            r"\b(?:republic|kingdom|state|states|federation)\s+of\b|\bexport\w*\s+to\b|"
            r"\b(?:european\s+union|eu|united\s+states|usa|u\.s\.|united\s+kingdom|uk|(?:mainland\s+)?"
            r"china|russia|india|japan|germany|france|canada)\s+only\b|"
            r"\bsanctions?\s+lists?\b"
        ),
    ),
    (
        "excluded-persons",
        re.compile(
            r"\b(?:by|to)\s+(?:or\s+(?:on\s+behalf\s+of|for)\s+)?(?:any\s+|the\s+|a\s+)?"
            r"(?:\w+\s+){0,2}(?:military|armed\s+forces|army|governments?|agenc(?:y|ies)|police|"
            r"employees?|contractors?|subsidiar(?:y|ies)|affiliates?|compan(?:y|ies)|corporations?|"
            r"organi[sz]ations?|entit(?:y|ies)|"
            r"persons?|people|individuals?|non-?profits?|charities|students?|members?|"
            r"institutions?|universit(?:y|ies)|schools?)\b|"
            rf"^\W*(?:(?!(?:may|can|must|shall)\b)\w+\W+){{0,8}}?{_PERSONS}\b[^.;]{{0,60}}?\b"
            rf"(?:may|must|shall|are|is|can)\s+not\b|^\W*only\s+(?:\w+\s+){{0,6}}?{_PERSONS}\b|"
            rf"{_PERSONS}\b[^.;]{{0,40}}\b(?:receive|get|obtain)s?\s+no\s+(?:rights?|licen)"
        ),
    ),
    (
        "no-derivatives",
        re.compile(
            r"\bmodif\w*|\bunmodified\b|\bverbatim\b|\bunaltered\b|\bderivative\w*|\badapt\w*|\btranslat\w*|\balter\w*|\bchang\w*|\bedit(?:s|ed|ing)?\b|"
            r"\breverse[\s-]+engineer\w*|\bdecompil\w*|\bvariants?\b|\bfine-?tunes\b|\bmerges\b|\bforks?\b"
        ),
    ),
    (
        "no-redistribution",
        re.compile(
            r"\b(?:re)?distribut\w*|\bshar(?:e|ed|ing)\b|\bcop(?:y|ies|ied|ying)\b|"
            r"\brepublish\w*|\bpublish\w*|\bmirror\w*|\bupload\w*|\bgive\s+away|\bgiven\s+away|"
            r"\btransfer\w*|\bsublicen[cs]\w*|\bre-?post\w*|\bmake\s+(?:it\s+)?available|"
            r"\b(?:pass|hand)\w*\s+(?:\w+\s+)?(?:on|along|over)\b"
        ),
    ),
    (
        "field-of-use",
        re.compile(
            r"\binternal\s+(?:use|purposes?|business)\b|"
            r"\b(?:in\s+conjunction|in\s+connection|together)\s+with\b|\bto\s+(?:build|develop|create|"
            r"make)\b|\bfor\s+(?:\w+\s+){0,4}(?:purposes?|uses?|applications?)\b|\bin\s+(?:\w+\s+){0,3}"
            r"(?:systems?|applications?|environments?|devices?|products?|facilit(?:y|ies))\b|"
            r"\b(?:military|weapons?|surveillance|gambling|nuclear|tobacco|warfare|medical|clinical|"
            r"diagnos\w*|patients?|crypto\w*|nfts?|blockchain|political|adult|disinformation|"
            r"harass\w*|defam\w*|spam|malware|biometric|facial\s+recognition|logos?)\b"
        ),
    ),
)


def _limit_shaped(text: str) -> bool:
    if _REVOCABLE.search(text):
        return True
    if not (_BAN.search(text) or _ONLY.search(text) or _MUST_BUY.search(text)):
        return False
    if _not_on_the_work(text) or _LICENSE_REACH.search(text):
        return False
    exception = CONDITIONAL_EXCEPTION.search(text)
    # "... is forbidden unless you have obtained a separate licence": the exception is a license
    # still to get, so the ban stands.
    return exception is None or _UNLESS_LICENSED.search(text, exception.start()) is not None


# A limit said in a shape no pattern above has: a word that withholds, requires or ends beside a
# word for an act on the work or a right to it ("Can I use it at work? No.", "Redistribution
# for profit is not something this license allows").
_LIMIT_CUE = re.compile(
    r"\b(?:not|no|never|without|except|only|solely|exclusively|prohibit\w*|forbid\w*|excluded|"
    r"reserved|restrict(?:ed|ions?)?|limited|outside|must|required|requires?|needs?|paid|fees?|"
    r"royalt\w*|price|"
    r"money|approval|confirm\w*|revert\w*|withdraw\w*|terminat\w*|expires?|until|beyond|ends|"
    r"withh[eo]ld\w*|laps\w*|ceas\w*|revo\w*|cancel\w*|suspend\w*|nowhere|exclud\w*|unlicensed|"
    r"conditioned\s+(?:on|upon))\b|"
    r"n't\b|\b(?:cant|dont|wont)\b|\bout\s+of\s+scope\b"
)
_ACT_CUE = re.compile(
    r"\b(?:use|used|using|usage|run|running|deploy\w*|host\w*|distribut\w*|redistribut\w*|share|"
    r"access\w*|embed\w*|ship\w*|deliver\w*|transfer\w*|adapt\w*|copying|copied|free|"
    r"shared|sell\w*|resell\w*|charg\w*|publish\w*|post|upload\w*|mirror\w*|modif\w*|alter\w*|"
    r"forks?|translat\w*|train\w*|generat(?!es\b)\w*|commercial|production|prod|research|evaluat\w*|trial|"
    r"rights?|permissions?|grant|licen[cs]e[ds]?|licen[cs]ing|licen[cs]ees?|copies|install\w*|put|"
    r"sold|sale|sales|resale|(?:asset|app)\s+store|marketplace|subscri\w*|seats?)\b"
)
# Sentences with both cues that state no limit of this file's own: scope notes on which files a
# license covers, an open license's own duties, other licenses on offer, facts about the work,
# project housekeeping; and freedoms said with a negation ("no license key is needed").
_NO_LIMIT = re.compile(
    r"\ball\s+rights\s+reserved\b|\bcopyright\s+(?:\(c\)|\d{4}|\u00a9)|"
    r"\bfunded\b|\bfunding\s+(?:from|by|of|for)\b|"
    r"\bgrant\s+(?:no|agreement)\b|"
    r"\blicen[cs]e\s+(?:\w+\s+)?(?:applies|covers|does\s+not\s+(?:apply|cover\s+the)|is\s+not\s+part|"
    r"(?:was|has\s+been)\s+changed|stays)\b|"
    r"\b(?:files?|director(?:y|ies)|folders?|fonts?|assets|snippets|scripts|examples?|data|docs?|"
    r"documentation|code|sounds?|images?|fixtures)\b[^.;]{0,60}\b(?:are|is)\s+(?:not\s+)?(?:covered|"
    r"licen[cs]ed|dedicated|under)\b|\bnot\s+(?:\w+\s+)?part\s+of\s+(?:this|the)\s+(?:licen[cs]e|"
    r"distribution)\b|"
    r"\b(?:must|shall)\s+(?:also\s+)?(?:include|retain|keep|carry|reproduce|offer|provide|be\s+"
    r"(?:clearly\s+)?marked)\b[^.;]{0,60}\b(?:licen[cs]e|notice|copyright|source\s+code|changed|"
    r"modified)\b|\bcarry\s+a\s+(?:prominent\s+)?notice\b|\bshould\s+have\s+received\b|"
    r"\b(?:commercial|proprietary|enterprise)\s+(?:licen[cs]e|edition)\b[^.;]{0,40}\b(?:also\s+)?"
    r"(?:available|sold\s+separately)\b|\bdual[- ]licen[cs]ed\b|"
    r"\b(?:generated\s+synthetically|contains?\s+no\s+personal|not\s+(?:been\s+)?certified|"
    r"does\s+not\s+support|performs?\s+poorly|not\s+legal\s+advice|not\s+lawyers)\b|"
    r"\b(?:your\s+own|no)\s+responsibility\b|\bcontribut\w*|\bissues?\b|\bpull\s+requests?\b|"
    r"\bmailing\s+list\b|\btest\s+suite\b|\bso\s+that\s+users\b|"
    r"\bno\s+[^.;]{0,50}?\b(?:is|are)\s+(?:needed|required|necessary)\b|"
    r"\bno\s+(?:\w+\s+){0,3}(?:needed|required|necessary)\b|\b(?:doesn'?t|does\s+not|do\s+not|don'?t)\s+"
    r"(?:restrict|limit|require)\w*|\bno\s+(?:\w+\s+)?(?:limits?|restrictions?|carve-outs?|conditions?|"
    r"special|extra|step|steps|paperwork)\b|\bnot\s+(?:a\s+condition|mandatory|compulsory|obligatory)\b|"
    r"\bis\s+permitted\b(?![^.;]*\b(?:only|nowhere|elsewhere)\b)|\bplaces\s+no\b|\bwelcome\b|"
    r"\bfree\s+to\b(?![^.;]*\b(?:but|except)\b)|\bfeel\s+free\b(?![^.;]*\b(?:but|except)\b)|\bencouraged\b|\byes\b|"
    r"\bno\s+(?:charge|cost|requirement|obligation|fees?)\b|\ballowed\b(?![^.;]*\b(?:not|only)\b)|"
    r"\boptional\b|\bcredit\b|\bfreely\b|"
    # what was done, what must be installed, what names stand for: facts, not terms
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:used|trained|collected|built|made|generated)\b|"
    r"\bmust\s+be\s+installed\b|\bbefore\s+running\b|\bfit\s+for\b|\bno\s+promise\b|"
    r"\b(?:build|compilation|installation)\s+(?:will|would)\s+fail\b|\b(?:before|after)\s+(?:running\s+)?"
    r"(?:make|cmake|building|compiling|installing)\b|"
    # another license offered ("If any of these restrictions bother you, use it under the
    # Artistic license instead"), and a lead-in to terms set out below ("The PrimeFinder and
    # HashFunctions classes are subject to the following license restrictions:")
    r"\bunder\s+(?:the\s+)?(?:[\w.+-]+\s+){0,5}?licen[cs]e\s+instead\b|"
    r"\bsubject\s+to\s+the\s+following\s+(?:[\w-]+\s+){0,3}?(?:restrictions|conditions|terms|"
    r"licen[cs]es?)\W*$|"
    r"\b(?:commercial|paid|professional|enterprise)\s+(?:support|consulting|services|training)\b"
    r"[^.;]{0,40}\b(?:available|offered|provided|sold)\b|"
    r"\bidentification\b|\brespective\s+owners\b|"
    # licenses' texts given because they ask for it ("The full text of the various applicable
    # licenses are listed here as required by those licenses:")
    r"\bas\s+required\s+by\s+(?:the|those|these|their|its|each|that)\s+(?:\w+\s+)?licen[cs]es?\b|"
    # what one thing does to another ("The line break and comment syntax should not disrupt
    # the license match"), and a package's own description ("Contains classes that can be used
    # everywhere in the driver, and have no specific domain")
    r"\b(?:should|must|will|would|does|do|can)\s*not\s+(?:disrupt|affect|impact|hinder|"
    r"interfere\s+with)\b|"
    r"^\W*(?:this\s+package\s+)?contains\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:classes|interfaces|"
    r"functions|methods|types|utilities|helpers|modules|routines)\b|"
    r"\bwithout\s+(?:\w+\s+){0,2}(?:fees?|charge|cost|licen[cs]e|royalt\w*|notifying|asking)\b|"
    r"\badds?\s+no\s+(?:\w+\s+)?(?:terms|conditions|restrictions)\b|\bdoes\s+not\s+change\s+the\s+"
    r"licen[cs]e\b|\bgoverns\b|\bnot\s+an\s+extra\b|\bown\s+condition\b|\bterms\s+extending\b|"
    r"\bunder\s+any\s+licen[cs]e\b|\bbuild\s+(?:time|scripts?|system)\b|\bnot\s+shipped\b|"
    r"\bcommit(?:s|ted|ting)?\b|\bcop(?:y|ies)\s+of\s+(?:the|this)\s+licen[cs]e\b|"
    r"\b(?:build|compil)\w*\s+(?:it\s+)?from\s+source\b|\b(?:cmake|compiler|toolchain)\b|"
    r"\bdoes\s+not\s+make\b[^.;]{0,40}\bsubject\s+to\b|"
    # what the work itself does or leaves out: "This project does not use the Classpath
    # exception", "The library does not bundle OpenSSL", "We do not collect any data"
    r"\b(?:this|the|our)\s+(?:project|package|library|program|code|module|repository|repo|app|"
    r"application|tool|crate|plugin|extension|build|software)\s+(?:itself\s+)?(?:does\s+not|"
    r"doesn'?t|never)\s+(?:use|contain|include|depend|ship|bundle|link|collect|track|send|call|"
    r"rely|need)\w*\b|\bwe\s+(?:do\s+not|don'?t|never)\s+(?:use|collect|track|ship|bundle|"
    r"link|store|send)\b|"
    # the same said of "this" or "it" ("This does not use actual memory or disk space"), not
    # as a condition ("provided that it does not use ...")
    r"(?<!that\s)(?<!provided\s)(?<!if\s)(?<!as\s)\b(?:this|it)\s+(?:does\s+not|doesn'?t)\s+"
    r"(?:use|contain|include|depend|ship|bundle|link|collect|track|send|call|rely|need)\w*\b|"
    # an unlimited grant, a price of nothing more, the hardware a task needs, and the end of a
    # licence on breach (informational): no limit on a licensee who keeps the terms
    r"\bunlimited\b|\bat\s+no\s+(?:additional|extra|further)\s+(?:charge|cost|fees?)\b|"
    r"\b(?:requires?|needs?|takes?)\s+(?:roughly\s+|about\s+|approximately\s+|around\s+|at\s+"
    r"least\s+)?[\d,.]+\s*(?:[kmgt]b|gib|mib|gpus?|gpu-hours|hours|minutes|cores|cpus)\b|"
    r"\b(?:breach\w*|violat\w*|fail\w*\s+to\s+comply)\b[^.;]{0,60}\b(?:ends?|terminat\w*|"
    r"revok\w*|forfeit\w*|lose|voids?)\b|\bterminat\w*\b[^.;]{0,40}\b(?:breach\w*|violat\w*|"
    r"fail\w*\s+to\s+comply)\b"
)
# Words that make a sentence no added term whatever its cues: an address (a notice's pointer,
# "If not, see <https://...>"), a grant (its conditions are the license's own), a consequence.
_NOT_A_TERM = re.compile(
    r"https?://|\bwww\.|^\W*if\s+not\b|^\W*permission\s+to\s+(?:use|copy|modify|distribute)\b|"
    r"\b(?:permission\s+(?:is\s+)?(?:hereby\s+)?granted|"
    r"is\s+hereby\s+granted|you\s+have\s+(?:\w+\s+)?permission)\b|\bsome\s+rights\s+reserved\b"
)
# Which files a license covers ("The MIT License only applies to all CSS and LESS files in the
# following directories"): its reach over the package, no limit on the work. Unlike the
# "applies only to src/compat.h" note of _NOT_ON_THE_WORK it is checked on each part of a
# note, so a limit in another part ("...; the fonts may not be sold") still counts.
_LICENSE_REACH = re.compile(
    r"\blicen[cs]e\s+(?:only\s+)?(?:applies|covers)\s+(?:only\s+)?(?:to|on)\s+(?:all\s+|the\s+)?"
    r"(?:(?!uses?\b|using\b)[\w.-]+\s+){0,4}?(?:files?|folders?|director(?:y|ies)|code|examples?|"
    r"samples?|demos?|tests?)\b|"
    # what the license does not reach: "Files generated by qconf are not considered to be a
    # derived work of the input files" (a generator's output, freed of its terms)
    r"\b(?:is|are)\s+not\s+(?:to\s+be\s+)?(?:considered|deemed|regarded|treated)\s+"
    r"(?:to\s+be\s+|as\s+)?(?:an?\s+)?(?:derived|derivative)\s+works?\b"
)
# "not only", "not just": what follows is a part of what is allowed, not a bound on it.
_NOT_ONLY = re.compile(NOT_ONLY)
# Emphasis marks of Markdown ("**No** hosting"), which split the words a pattern reads.
_EMPHASIS = re.compile(r"[*_`]+")


# Phrases of a grant that widen it: their "without" and "not" withhold nothing.
_WIDENING = re.compile(
    r"\bwithout\s+(?:any\s+)?(?:restriction|limitation)s?(?:\s+of\s+any\s+kind)?\b|"
    r"\bwith\s+or\s+without\s+(?:\w+\s+)?(?:modifications?|fee|changes|charge)\b|"
    r"\b(?:including\s+)?(?:but\s+)?not\s+limited\s+to\b|"
    r"\bcommercial(?:ly)?\s+or\s+(?:non-?commercial(?:ly)?|otherwise|not)\b|\bwhether\s+or\s+not\b|"
    r"\bwhether\s+(?:\w+\s+){0,2}?(?:modified|changed|altered|commercial|paid|free)\s+or\s+not\b|"
    r"\b(?:including|even)\s+(?:for\s+|on\s+|in\s+)?commercial\s+(?:use|purposes|applications|gain)\b|"
    r"\b(?:owe|pay|charge|ask)\s+(?:\w+\s+)?no\s+(?:royalt\w+|fees?|money)\b|"
    # the qualities of a free grant: "no-charge, royalty-free, irrevocable"
    r"\bno-charge\b|\broyalty[\s-]free\b|\bfree\s+of\s+(?:any\s+)?charge\b|\bfor\s+any\s+(?:purpose|use)\b|"
    r"\bcommercial\s+and\s+non-?commercial\b"
)


# Where one clause of a sentence ends and another begins: a limit's cue and the act it limits
# are in one clause ("The layout doesn't follow any paradigm: we organise code by what it is
# used for" withholds nothing).
_CLAUSE_BREAK = re.compile(r"[:;](?=\s)|\s[-\u2013\u2014]+\s")
# A part this short before a break is a label of what follows ("Out of scope: production").
LABEL_WORDS = 4


def _clauses(text: str) -> list[str]:
    clauses: list[str] = []
    for part in _CLAUSE_BREAK.split(text):
        if clauses and len(clauses[-1].split()) <= LABEL_WORDS:
            clauses[-1] += " " + part
        else:
            clauses.append(part)
    return clauses


def _limit_cued(text: str) -> bool:
    """A sentence beside a license text that withholds or requires something of an act on the
    work, in words the patterns do not know, and is none of the notes that state no limit
    (``text`` with the phrases that widen a grant set aside)."""
    return (
        not text.rstrip().endswith("?")  # a question ("Need another license? Ask us.")
        and _NOT_A_TERM.search(text) is None
        and any(
            _LIMIT_CUE.search(clause) is not None and _ACT_CUE.search(clause) is not None
            for clause in _clauses(text)
        )
        and not _not_on_the_work(text)
        and _LICENSE_REACH.search(text) is None
        and _NO_LIMIT.search(text) is None
    )


_UNLESS_LICENSED = re.compile(
    r"\bunless\s+(?:you|it)\b[^.;]{0,40}\b(?:obtain|purchase|buy|acquire|have|get|receive)\w*\s+"
    r"(?:\w+\s+){0,3}(?:licen[cs]e|licence|permission|agreement|consent|subscription)"
)


def kind_of_limit(text: str) -> str:
    """The kind a limit's words name (``text`` lower-cased), ``other`` where none fits."""
    for kind, pattern in _KINDS:
        if pattern.search(text):
            return kind
    return "other"


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100,
}  # fmt: skip
_WORD_SCALE = {"million": 10**6, "billion": 10**9, "thousand": 10**3}
_AMOUNT_IN_WORDS = re.compile(rf"\b({'|'.join(_NUMBER_WORDS)})\s+(million|billion|thousand)\b")


def _revenue(text: str) -> int | None:
    """The amount of a revenue threshold ("$5 million", "EUR 1,000,000"), when it is stated."""
    m = re.search(r"(\d[\d,.]*)\s*(million|billion|thousand|m|bn|k)?\b", text)
    if m is None:
        said = _AMOUNT_IN_WORDS.search(text)
        if said is None:
            return None
        return _NUMBER_WORDS[said.group(1)] * _WORD_SCALE[said.group(2)]
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


def added_limits(region: str, first_line: int, *, cues: bool = True) -> list[Restriction]:
    """The limits that the sentences of ``region`` (file lines from ``first_line``) add, one
    per sentence that has the shape of a limit on the work, in the order they come.

    With ``cues`` a sentence of no known shape counts too where its words withhold or require
    something of an act on the work (:func:`_limit_cued`): the caller turns that off for files
    whose short regions are mostly a packager's remarks (Debian copyright files)."""
    found: list[Restriction] = []
    if len(region.split()) > MAX_ADDITION_WORDS:
        return found  # a long unexplained stretch is a text of its own: the rules alone read it
    for s in without_limits_freed(split_sentences(region)):
        text = _NOT_ONLY.sub(" ", _EMPHASIS.sub("", s.full.lower()))
        if not is_prose(s.text):
            continue
        if _limit_shaped(text):
            found.append(_restriction(kind_of_limit(text), s, first_line))
            continue
        # a terse note of several limits: each part is read as a note of its own (not where the
        # whole is about something else: "Licensed under the Apache License ...; you may not")
        parts = _NOTE_PARTS.split(text) if not _not_on_the_work(text) else []
        shaped = [part for part in parts if part and _limit_shaped(part)]
        for kind in dict.fromkeys(kind_of_limit(part) for part in shaped):
            found.append(_restriction(kind, s, first_line))
        # read, and typed, by what is left once the phrases that widen a grant are set aside
        bare = _WIDENING.sub(" ", text)
        if not shaped and cues and _limit_cued(bare):
            found.append(_restriction(kind_of_limit(bare), s, first_line))
    return found


# How a terse note joins its limits: "Internal use only; do not distribute", "Evaluation copy -
# not for production use".
_NOTE_PARTS = re.compile(r"\s*;\s*|\s+[-\u2013\u2014]+\s+")
