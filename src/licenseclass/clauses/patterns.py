"""The fixed-form clause patterns: one regular expression per kind, no parameters to extract."""

from __future__ import annotations

import re

from licenseclass.clauses.hits import (
    BAN_ADVERB,
    IS_BARRED,
    PROHIBIT,
    UNNEGATED,
    Category,
    ItemKind,
)

# What may not be sold alone, beside leave to sell it with more ("not sold by itself"); the
# ban rules in rules.py use it too.
ON_ITS_OWN = r"(?:by\s+(?:itself|themselves)|on\s+(?:its|their)\s+own|alone|separately|as\s+such)\b"
# Without the work's source ("may not be distributed without the original source file"): a duty
# to pass the source on with it.
WITHOUT_SOURCE = (
    r"\bwithout\s+(?:the\s+|its\s+|their\s+)?(?:original\s+|complete\s+|corresponding\s+)?"
    r"source\b"
)
# "may not distribute the software ... in conjunction with proprietary code": copyleft said as
# a ban (the next sentence asks for the whole project's source), not a ban on sharing
CLOSED_CODE_BESIDE = (
    r"\b(?:in\s+conjunction|together|combined|linked|bundled)\s+with\s+(?:any\s+)?"
    r"(?:proprietary|closed[- ]source|non-?free)\s+(?:code|software|programs?|products?|works?)\b"
)
# A warning to a file's editors ("DO NOT MODIFY THIS FILE!", "do not edit! */"): a bare
# imperative about the file's upkeep, not a term on the work. Its verb is "edit", or its object
# the file, and nothing follows it ("Do not modify or distribute this file" is still a ban).
EDITOR_WARNING = (
    r"^\W*(?:please\s+)?(?:do\s+not|don'?t|never)\s+(?:edit\b(?:\s+(?:this|the)\s+"
    r"(?:generated\s+)?(?:file|header|section|block|line)s?\b)?|(?:modify|change|alter)\s+(?:this|the)\s+"
    r"(?:generated\s+)?(?:file|header|section|block|line)s?\b)\s*(?:[!.]|$)|"
    # ... or of a part of it ("DO NOT EDIT ANYTHING BELOW THIS LINE")
    r"^\W*(?:please\s+)?(?:do\s+not|don'?t|never)\s+(?:edit|modify|change|touch)\s+(?:anything\s+|"
    r"the\s+(?:code|text|lines?)\s+)?(?:below|above|after|before)\s+(?:this|the)\s+(?:line|point|"
    r"marker|comment)\b"
)

# The user's own program registered with a web service ("you must register your application at
# the APIs Console"): setting up a client, not registering to be licensed.
# (the words after "register")
OWN_APP_REGISTERED = (
    r"\s+your\s+(?:own\s+)?(?:applications?|apps?|clients?|projects?|domains?|devices?|"
    r"redirect\s+uris?)\s+(?:at|with|in|on|through)\b"
)

# Other code, named by its license or its origin ("you may *not* use any code which \"may not
# be used for commercial purposes\"", "any code that you have not written yourself"): a
# project's policy on the code it takes in, not a limit on its own.
OTHER_CODE_BY_TERMS = (
    r"\bany\s+(?:other\s+)?(?:code|software|librar(?:y|ies)|files?|patch(?:es)?)\s+(?:which|that)\s+"
    r"(?:[\"\u201c]|is\s+(?:licen[cs]ed|available|released)\s+under\b|you\s+(?:have\s+not|haven'?t|"
    r"did\s+not|didn'?t)\s+(?:write|written)\b)"
)

# Simple patterns -------------------------------------------------------------------------
# (category, kind, pattern, negatable, confidence, gate). ``negatable`` patterns describe a term
# and are dropped when the clause negates them; prohibitive patterns carry their own negation.
# The gate lists substrings one of which must occur before the pattern is tried at all: a
# substring test costs far less than a regex search that starts at every position.

# A licence bought to go on using the work after a free try ("need to purchase a license for
# long-term use", "must buy a license for continued use").
_BUY_TO_KEEP = (
    r"\b(?:(?:need|have|required)\s+to|must|shall)\s+(?:purchase|buy|pay\s+for)\s+(?:a\s+|the\s+)?"
    r"(?:[\w-]+\s+)?licen[cs]e\s+(?:for|to\s+(?:continue|keep))\s+(?:long-?\s?term|continued|further|"
    r"permanent|using|use)\b"
)
# "... unless they are plainly marked as such": a condition the licensee can meet, not a ban
# (but "unless expressly permitted" still bans).
_UNLESS_MET = (
    r"(?![^.;]{0,40}?\bunless\s+(?!(?:expressly\s+|specifically\s+|otherwise\s+)?(?:permitted|"
    r"authori[sz]ed|allowed|agreed)\b))"
)
# No leave given for an act: "No License is granted by UNIVERSITY for the ..."
_NO_LEAVE_FOR = (
    r"\bno\s+(?:licen[cs]es?|rights?|permission)\s+(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?"
    r"granted\b(?:\s+by\s+[\w&.,' -]{1,40}?)?\s+(?:for|to)\s+(?:the\s+|any\s+)?"
)
# Passed on, and for nothing: "shared free of charge", "distributed without any fee".
_SHARED_PASSIVE = (
    r"(?:re)?(?:distributed|shared|copied|given|passed\s+on|made\s+available|circulated)"
)
# (the rules' ban on sharing other than free of charge uses it too)
NO_CHARGE = (
    r"(?:free\s+of\s+charge|for\s+free|without\s+(?:any\s+)?(?:charge|fee|payment)|"
    r"at\s+no\s+(?:cost|charge))"
)
# What the licensee brings is theirs to sell ("does not grant Postman the right to sell Your
# Content").
_NOT_YOURS = (
    r"(?!\s+(?:your|the\s+user's|licensee's)\s+(?:content|data|submissions|information|inputs?)\b)"
)
# A licence other than this one ("a commercial license", "a separate licence agreement").
_OTHER_LICENCE = (
    r"(?:(?:commercial|separate|different|proprietary|paid|enterprise|alternative|extended|"
    r"additional|other)\s+)(?:[\w-]+\s+)?licen[cs]e\b"
)
# A word that starts another clause ("used for internal purposes and shall not be shared").
_MODAL = r"(?:shall|may|must|will|can|should|is|are|be)\b"
_TRY_THEN_BUY = r"\b(?:evaluate|try)\b[^.;]{0,60}?\bbut\b[^.;]{0,30}?" + _BUY_TO_KEEP

SIMPLE_PATTERNS: tuple[
    tuple[Category, ItemKind, re.Pattern[str], bool, float, tuple[str, ...]], ...
] = (
    (
        "restriction",
        "pass-through",
        re.compile(
            # the limits put "as an enforceable provision" into downstream agreements (not a
            # severability clause's "replaced with a valid and enforceable provision")
            r"(?<!separately\s)(?<!separate\s)\b(?:as|be)\s+(?:an?\s+)?(?:legally\s+)?enforceable\s+"
            r"provisions?\b|\b(?:include|contain|incorporate)\w*\s+(?:[\w-]+\s+){0,12}?(?:legally\s+)?"
            r"enforceable\s+provisions?\b|\brequire\s+(?:all\s+(?:"
            r"of\s+)?)?your\s+(?:users|"
            r"recipients|licensees|customers)\b[^.]{0,80}\bcomply\b|\bnotice\s+to\s+subsequent\s+users\b|"
            r"\b(?:downstream|subsequent)\s+(?:users|recipients)\b[^.]{0,60}\b(?:bound|subject)\s+"
            r"to\s+"
            r"(?:the\s+same|these)\s+(?:use\s+)?restrictions\b|\bpass\s+(?:on|through)\s+(?:the|these)\s+"
            r"(?:use\s+)?restrictions\b|\b(?:licen[cs]e|agreement|terms)\b[^.]{0,160}\bincludes?\b"
            r"[^.]{0,80}"
            r"\b(?:use\s+)?restrictions\b|\b(?:same|similar)\s+set\s+of\s+(?:use\s+)?restrictions"
            r"\b|"
            # "require distributors and external end users to agree to terms that protect it at
            # least as much as this agreement": the limits travel with every copy
            r"\brequire\s+(?:your\s+|all\s+)?(?:[\w-]+,?"
            r"\s+){0,5}?(?:distributors|end[- ]users|users|"
            r"recipients|licensees|customers)\s+to\s+agree\s+to\s+(?:(?:terms|a\s+licen[cs]e)\s+"
            r"(?:that|which)\s+protects?\b|the\s+(?:[\w-]+\s+)?licen[cs]e\s+terms\b)|"
            # "You may distribute the Software only ... subject to the terms and conditions of
            # this EULA, a copy of which shall be included with any such distribution": copies go
            # out under the end-user terms themselves
            r"\bdistribut\w*\b[^.]{0,240}?\bsubject\s+to\s+the\s+terms\s+(?:and\s+conditions\s+)?of\s+"
            r"this\s+(?:eula|end[- ]user\s+licen[cs]e\s+agreement|agreement)\b,?\s+a\s+copy\s+of\s+"
            r"which\s+(?:shall|must|will)\s+(?:be\s+included|accompany)\b|"
            # "The terms under which you distribute your application must be consistent with the
            # terms of this Agreement"
            r"\bterms\s+under\s+which\s+you\s+distribute\b[^.;]{0,60}\b(?:must|shall)\s+be\s+consistent\s+with\b|"
            # "only distribute the Software subject to a license agreement that protects Sun's
            # interests", "only under a license agreement with terms at least as restrictive as
            # these": copies may go out only under terms that keep the licensor's limits
            r"\b(?:distribut\w*|sublicens\w*|transfer\w*)\b[^.]{0,100}\b(?:subject\s+to|under|with|"
            r"pursuant\s+to)\s+(?:a|an|the|your)\s+(?:[\w-]+\s+){0,3}?agreement\s+(?:that|which)\s"
            r"*:?\s+"
            r"(?:[^.]{0,120}?\bor\s+\(?[b-e2-5]\)\s+)?protects?\b|\b(?:terms|agreement|licen[cs]e)"
            r"\b"
            # (the last such noun before the comparison: an earlier one may sit in a negated clause)
            r"(?:(?!\b(?:terms|agreement|licen[cs]e)\b)[^.]){0,120}\b(?<!manner\s)(?:at\s+least\s+"
            r"as|no\s+less)\s+"
            r"(?:restrictive|protective)\b|"
            # "... so long as each recipient affirmatively agrees to be bound by this License"
            r"\b(?:each|every|any|all)\s+recipients?\b[^.;]{0,40}\bagrees?\s+to\s+be\s+bound\s+by"
            r"\s+"
            r"(?:this|the|these)\s+(?:licen[cs]e|agreement|terms)\b|"
            # "ensure the recipient ... agrees to a binding written agreement that: (a) subjects the
            # recipient to this License Agreement"
            r"\brecipients?\b[^.;]{0,80}\bagrees?\s+to\s+an?\s+(?:binding\s+)?(?:written\s+)?agreement\b"
            r"[^.;]{0,40}\b(?:subjects?|binds?)\s+(?:the\s+)?recipients?\s+to\s+(?:this|the)\s+"
            r"(?:licen[cs]e|agreement|terms)\b|"
            # "... includes the provisions of Sections 3, 4 and 6 in Licensee's license agreement"
            r"\binclud\w*\s+the\s+(?:terms\s+and\s+)?provisions\s+of\s+(?:sections?\s+[\d.,\s]+(?:"
            r"and\s+\d+\s+)?|"
            r"this\s+agreement\s+)in\s+(?:your|its|licensee's|the\s+licensee's)\s+(?:own\s+)?"
            r"(?:licen[cs]e|end[- ]user)\b|"
            # "Any redistribution of the SDK ... must be subject to an end user license agreement"
            r"\b(?:re)?distribution\b[^.;]{0,80}\bmust\s+be\s+subject\s+to\s+(?:an?\s+)?"
            r"(?:end[- ]user\s+)?licen[cs]e\s+agreement\b|"
            # "require your end users to execute an agreement binding them to terms consistent
            # with those contained in this section"; "require that all users of the work must also
            # comply with the Permitted Use"
            r"\brequire\s+(?:your\s+|all"
            r"\s+)?(?:end[- ]users|customers|distributors|recipients)\s+to\s+"
            r"(?:execute|sign|enter\s+into|accept)\s+an?\s+(?:written\s+)?(?:licen[cs]e\s+)?agreement\b"
            r"[^.;]{0,60}\b(?:consistent\s+with|no\s+less|at\s+least\s+as|protect)|"
            r"\brequire\s+that\s+(?:all\s+)?(?:users|recipients|licensees|customers)\b[^.;]{0,40}\b"
            r"(?:comply|abide|be\s+bound)\b|"
            # "such recipients, licensees or sublicensees may only use the SDK subject to the terms
            # of this License"
            r"\b(?:recipients|licensees|sublicensees|end[- ]users)"
            r"\b[^.;]{0,40}\bmay\s+only\s+use\b[^.;]{0,40}"
            r"\bsubject\s+to\s+the\s+terms\s+of\s+this\s+licen[cs]e\b|"
            # "(v) you only distribute the Software subject to a license agreement that:" above
            # what that agreement must say
            r"\bonly\s+distribut\w*\b[^.;]{0,60}\b(?:subject\s+to|under)\s+(?:a|an|your)\s+"
            r"(?:[\w-]+\s+){0,3}?agreement\s+(?:that|which)\s*:\s*$|"
            # "you will do so under ... your own license agreement which (a) complies with the
            # terms and conditions of this Agreement"
            r"\b(?:your\s+own|an?)\s+(?:end[- ]user\s+)?licen[cs]e\s+agreement\s+(?:that|which)"
            r"\s*:?\s*"
            r"(?:\(?[a-z1-9]\)\s*)?(?:complies|is\s+consistent|conforms)\s+with\b|"
            # "Your license agreement with your distributors and customers will not permit your
            # end users to modify ...": the licensee's own terms must carry the limits on
            r"\byour\s+(?:[\w-]+\s+){0,2}?agreements?\s+with\s+(?:your\s+|its\s+|any\s+)?"
            r"(?:[\w/-]+\s+){0,3}?(?:distributors|customers|end[- ]users|users|licensees|"
            r"sublicensees|recipients)\b[^.]{0,40}?\b(?:will|must|shall)\s*:?\s*(?:\(?[a-z1-9][.)]"
            r"\s*)?"
            r"(?:(?:not\s+(?:permit|allow|authori[sz]e)|prohibit|forbid|restrict|protect|"
            r"(?:include|contain)\s+(?:terms|restrictions|provisions))\b)"
        ),
        True,
        0.9,
        (
            "enforceable",
            "require",
            "subsequent",
            "downstream",
            "pass ",
            "restrictions",
            "protect",
            "at least as",
            "no less",
            "agreement with",
            "agreements with",
            "complies with",
            "consistent with",
            "license terms",
            "agreement that:",
            "agreement which:",
            "license agreement",
            "require that",
            "subject to the terms",
            "conforms with",
            "bound by",
            "agrees to a",
            "provisions of",
        ),
    ),
    (
        "restriction",
        "remote-restriction",
        re.compile(
            r"\brestrict\s*\(\s*remotely\s+or\s+otherwise\s*\)|\brestrict\b[^.]{0,40}\bremotely\b|"
            r"\bremotely\s+(?:disable|restrict|limit|deactivate)\b|\bupdate\s+the\s+model\s+through\s+"
            r"electronic\s+means\b|\bkill[- ]switch\b|"
            # "disable any Contribution either by pre-installed or then installed disabling
            # instructions": the licensor can switch the work off from afar
            r"\b(?:disable|deactivate)\b[^.]{0,80}\b(?:pre-?installed|disabling\s+(?:instructions|"
            r"code|"
            r"mechanisms?)|electronic\s+means|over\s+the\s+(?:internet|network))|"
            # "we may modify the Software to make it inoperable": the licensor may switch it off
            r"\b(?:we|licensor|[\w-]+)\s+(?:may|reserves?\s+the\s+right\s+to|can)\b[^.;]{0,60}?"
            r"\b(?:make|render)\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:software|product|program|"
            r"application|model|sdk|driver))\s+(?:inoperable|unusable|inaccessible)\b"
        ),
        True,
        0.9,
        ("remote", "electronic means", "kill", "disabl", "inoperable", "unusable", "inaccessible"),
    ),
    (
        "restriction",
        "latest-version",
        re.compile(
            r"\b(?:shall|must|will|agrees?\s+to|efforts\s+to|required\s+to)\b[^.]{0,320}?\b(?:use|using|"
            r"install(?:ing)?|incorporat(?:e|ing)|implement(?:ing)?|deploy(?:ing)?|update\s+to|"
            r"upgrade\s+to|migrate\s+to)\s+(?:only\s+)?the\s+"
            r"(?:latest|most\s+recent|newest|(?:most\s+)?current)\s+(?:[\w-]+\s+)?(?:version|release)\b|"
            # "agrees to install all updates and patches ... promptly after they are made available"
            r"\b(?:shall|must|will|agrees?\s+to)\s+(?:promptly\s+)?(?:install|apply|implement|deploy)\s+"
            r"(?:each|every|all|any)\s+(?:[\w-]+\s+){0,3}?(?:updates?|upgrades?|patches|releases?)\b"
            r"[^.;]{0,60}?\b(?:promptly|as\s+soon\s+as|within\s+\w+\s+(?:\(\d+\)\s+)?days?)\b|"
            # "Continued use of a previous version ... after an updated version has been published
            # is not permitted"
            r"\buse\s+of\s+(?:an?|any|the)\s+(?:prior|previous|earlier|older|superseded)\s+versions?\b"
            r"[^.;]{0,100}?\b(?:is|are)\s+(?:not\s+(?:permitted|allowed)|prohibited)\b|"
            # "the license ... to any previous version ... will be revoked upon release of the
            # Updated Version"
            r"\b(?:licen[cs]e|right)\b[^.;]{0,100}?\b(?:prior|previous|earlier|older)\s+versions?\b"
            r"[^.;]{0,80}?\b(?:revoked|terminat\w*|expire\w*)\s+(?:up)?on\s+(?:the\s+)?release\b|"
            # "Licensee shall implement each Upgrade as it is made generally available"
            r"\b(?:shall|must|will|agrees?\s+to)\s+(?:promptly\s+)?(?:install|implement|deploy|apply)\s+"
            r"(?:each|every|all)\s+(?:[\w-]+\s+)?(?:upgrades?|updates?|releases?)\s+as\s+(?:it\s+is|they\s+are)\s+"
            r"(?:made\s+)?(?:generally\s+)?(?:available|released)\b|"
            # "If Acme provides you with a substitute version of the Logo, you shall replace the
            # Logo as soon as reasonably possible"
            r"\b(?:provides?|supplies?|issues?|releases?|publishes?|makes?\s+available)\s+(?:to\s+)?"
            r"(?:you\s+(?:with\s+)?)?(?:a|an|any)\s+(?:substitute|replacement|updated|revised|new|newer)\s+"
            r"(?:[\w-]+\s+)?versions?\b[^.;]{0,80}?\b(?:shall|must|will\s+be\s+required\s+to|agrees?\s+to)\s+"
            r"(?:promptly\s+)?(?:replace|switch\s+to|update\s+to|upgrade\s+to|use)\b"
        ),
        True,
        0.85,
        ("version", "upgrade", "update", "release", "patches"),
    ),
    (
        "restriction",
        "non-production",
        re.compile(
            r"\bnon-?\s?production\s+(?:(?:and|or)\s+[\w-]+\s+)?(?:use|environments?|purposes?|deployments?|"
            r"evaluation|testing)\b|"
            + PROHIBIT
            + r"\s+(?:use\s+[^.]{0,60}\s+)?(?:in|for)\s+(?:a\s+|any\s+)?production\b|"
            r"\bnot\s+for\s+(?:use\s+in\s+)?(?:any\s+)?production\b|"
            # "The Software is not licensed for production use"
            r"\bnot\s+(?:licensed|permitted|authori[sz]ed)\s+for\s+(?:use\s+in\s+)?"
            r"(?:any\s+)?production\b|"
            # "are not to be used in any production environment", "shall not put the Software into
            # productive operation"
            r"\bnot\s+to\s+be\s+used\s+(?:in|for)\s+(?:a\s+|any\s+)?production\b|"
            + PROHIBIT
            + r"\s+(?:put|place|bring|take)\s+(?:the\s+[\w-]+|it|them)\s+into\s+"
            r"(?:productive|production|live)\s+(?:operation|use|service)\b|"
            # "Non-Commercial Uses does not include any production use": a defined use without it
            r"\b(?:does|do|shall)\s+not\s+include\s+(?:any\s+)?production\s+(?:uses?|purposes?|"
            r"deployments?|environments?)\b|"
            # "Experimental Use excludes pre-production and production environments"
            r"\bexcludes?\s+(?:any\s+|all\s+)?(?:(?:pre-?\s?production|staging|live)\s+(?:and|or)\s+)?"
            r"production\s+(?:uses?|purposes?|deployments?|environments?|systems?)\b|"
            # "use in business settings is strictly limited to evaluation, development and testing"
            r"\b(?:is|are)\s+(?:strictly\s+)?(?:limited|restricted)\s+to\s+(?:the\s+)?"
            r"(?:[\w-]+,?\s+){0,2}?(?:(?:and|or)\s+)?(?:development|evaluation)(?:,?\s+(?:and\s+|or\s+)?(?:development|"
            r"evaluation|testing|staging|prototyping)){1,3}\b|"
            # "will not ... use ... for (i) any commercial or production purposes"
            + PROHIBIT
            + r"\b(?:[^.]|(?<=\b[a-z])\.){0,500}?\b(?:commercial\s+or\s+|or\s+)production\s+"
            r"(?:purposes?|uses?)\b|"
            # "may only be used in production if you hold a license": without it, not in production
            r"\b(?:may|can|shall)\s+only\s+be\s+used\s+(?:in|for)\s+production\b|"
            # "Use Limitation: usage of the software is free when ... for production purposes"
            r"\buse\s+limitation\s*:[^.]{0,200}\bproduction\b"
        ),
        True,
        0.85,
        ("production", "productive", "limited to", "restricted to"),
    ),
    (
        "restriction",
        "evaluation-only",
        re.compile(
            r"\b(?:only|solely|exclusively|strictly)\s+(?:for|to)\s+(?:the\s+purposes?\s+of\s+|your\s+)?"
            r"(?:(?:internal|non-?commercial|personal),?\s+){0,3}(?:evaluat(?:e|ion|ing)|testing|trial)\b|"
            # "to use Message Queue EE internally for the sole purpose of evaluation"
            r"\bfor\s+the\s+(?:sole|exclusive|only|limited)\s+purposes?\s+of\s+(?:internal\s+)?evaluat(?:e|ion|ing)\b|"
            # "for evaluation purposes only", "for evaluation and internal use only"
            r"\bevaluation\s+(?:(?:and|or)\s+[\w-]+\s+)?(?:purposes?\s+|uses?\s+)?only\b|"
            # "for trial use only"; "your license only permits use for demonstration, test, or
            # evaluation purposes"
            r"\btrial\s+uses?\s+only\b|"
            # "This is a trial version for evaluation purposes"
            r"\b(?:is|are)\s+(?:a|an)\s+(?:trial|evaluation|demo)\s+(?:version|copy|edition)\b|"
            r"\b(?:only|solely)\s+(?:permits?|allows?|authori[sz]es?)\s+(?:the\s+)?use\s+for\s+"
            r"(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,4}?(?:evaluation|trial)(?:\s+(?:purposes?|uses?))?\b|"
            r"\b(?:trial|test|evaluation)\s+period\b[^.]{0,40}\bdays\b|"
            # "may only be used for demonstration, testing and evaluation purposes"
            r"\b(?:may|can|shall)\s+only\s+be\s+used\s+for\s+(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,4}?evaluation"
            r"(?:\s+(?:purposes?|uses?))?\b(?!\s+(?:of|and\s+commercial|or\s+commercial))|"
            # "Any use of the Software other than for evaluation is prohibited"
            r"\buse\s+of\s+[^.;]{1,60}?\s+(?:other\s+than|besides|beyond|except)\s+(?:for\s+)?(?:[\w-]+\s+){0,2}?"
            r"evaluat\w*\b[^.;]{0,60}?\b" + IS_BARRED + r"|"
            # "You may use the Software for 30 days to evaluate it": a use for a span, to try it
            r"\bfor\s+(?:a\s+period\s+of\s+)?(?:up\s+to\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:\(\d+\)\s+)?"
            r"(?:consecutive\s+)?(?:calendar\s+)?days?\s+(?:in\s+order\s+)?to\s+(?:evaluate|test|try)\b|"
            # "Use to evaluate whether the software suits ... for less than 32 days"
            r"\bto\s+evaluate\b[^.]{0,120}\b(?:less\s+than|up\s+to|no\s+more\s+than|not\s+more\s+than|"
            r"a\s+maximum\s+of|within)\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:consecutive\s+)?(?:calendar\s+)?days\b|"
            # shareware: "You can evaluate the Software for free, but need to purchase a license
            # for long-term use"
             + _TRY_THEN_BUY
        ),
        True,
        0.85,
        ("evaluat", "testing", "trial", "test period", "try"),
    ),
    (
        "restriction",
        "registration",
        re.compile(
            # the shareware sentence ("evaluate it for free, but need to purchase a license for
            # long-term use"; a licence bought after a test period ends the trial: evaluation)
            _TRY_THEN_BUY + r"|"
            # ("you may need to register" is a maybe, not a condition)
            r"\b(?:must|shall|(?<!may\sbe\s)required\s+to|(?<!may\s)need\s+to|agree\s+to)\s+(?:first\s+)?"
            r"register\b"
            r"(?![^.]{0,30}\baccount)(?!" + OWN_APP_REGISTERED + r")|"
            r"\bregistration\s+(?:with|at)\b|"
            r"\b(?:must|shall|required\s+to|need\s+to)\s+(?:first\s+)?(?:apply\s+for|obtain|seek)"
            r"\s+"
            r"(?:a\s+|an\s+|the\s+)?(?:[\w.&-]+'s\s+)?(?:separate\s+|additional\s+|prior\s+|written\s+|"
            r"express\s+|commercial\s+)*(?:licen[cs]e|permission|authori[sz]ation|approval)\b"
            r"(?![^.]{0,80}\b(?:names?|trademarks?|logos?|marks?|results|benchmarks?)\b)|"
            # "You must obtain an API key before using the Model": access the licensor issues
            r"\b(?:must|shall|required\s+to|need\s+to|have\s+to)\s+(?:first\s+)?(?:obtain|get|request|acquire|"
            r"apply|enter|install)\s+"
            r"(?:an?\s+|your\s+own\s+)?(?:valid\s+)?(?:api|access|activation|licen[cs]e)\s+(?:keys?|tokens?)\b|"
            r"\b(?:you|licensee|users?)\s+(?:will\s+)?need\s+(?:a|an)\s+(?:valid\s+)?(?:licen[cs]e|activation)\s+"
            r"key\b|"
            # "You must activate the Software with a valid license key"
            r"\b(?:must|shall|required\s+to|need\s+to)\s+(?:first\s+)?(?:activate|register)\s+[^.;]{1,40}?"
            r"\b(?:with|using)\s+(?:an?\s+|the\s+)?(?:valid\s+)?(?:licen[cs]e|activation|product|serial)\s+"
            r"(?:keys?|codes?|numbers?)\b|"
            # "Commercial use ... requires prior notification to the author"
            r"\brequires?\s+(?:a\s+|an\s+)?(?:prior\s+|advance\s+)?(?:written\s+)?(?:notification|"
            r"notice|"
            r"registration)\s+(?:to|with)\b|"
            # "User agrees to notify ACM and the Author(s) of the distribution": the licensor
            # must be told of each copy that goes out or each use
            r"\b(?:must|shall|agrees?\s+to|required\s+to|need\s+to)\s+(?:first\s+|promptly\s+)?"
            # ("notify Acme of any suspected violation of the distribution terms" is no step)
            r"(?:notify|inform)\s+(?:(?!violat|breach|infring)[\w()&.,' -]){1,60}?\bof\s+"
            r"(?:the\s+|any\s+|each\s+|such\s+|your\s+|its\s+)?"
            r"(?:(?:re)?distribution|use|installation|deployment|intent\s+to\s+(?:use|distribute)|"
            r"products?\s+(?:that|which)\s+(?:includes?|contains?|incorporates?|uses?))"
            r"\b|"
            # "agree to notify GoAhead when You incorporate the WebServer in Your product"
            r"\b(?:must|shall|agrees?\s+to|required\s+to)"
            r"\s+(?:notify|inform)\s+[\w()&.,' -]{1,40}?\bwhen\s+"
            r"(?:you|licensee)\s+(?:incorporate|distribute|ship|use|deploy|include)\b|"
            # "YOU ARE REQUIRED TO NOTIFY NVIDIA PRIOR TO USE OF THE SDK IN ... ANY COMMERCIAL ..."
            r"\b(?:must|shall|required\s+to|agrees?\s+to)\s+(?:notify|inform)\s+[\w&.' -]{1,40}?\b"
            r"(?:prior\s+to|before)\s+(?:any\s+|the\s+)?(?:commercial\s+)?(?:use|distribution|"
            r"deployment|release|launch|shipment)\b|"
            # "you must submit the access request form", "must be registered with Acme by name",
            # "may not be used until it has been activated", "conditional on ... registration"
            r"\b(?:must|shall|required\s+to)\s+(?:first\s+)?(?:submit|complete|fill\s+(?:in|out))\s+"
            r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:request|registration|application)\s+form\b|"
            r"\b(?:must|shall)\s+(?:first\s+)?be\s+registered\s+(?:with|by)\b|"
            r"\bnot\s+be\s+used\s+(?:until|unless)\s+(?:it\s+(?:has\s+been|is)\s+)?(?:activated|"
            r"registered)\b|"
            r"\b(?:conditional|contingent)\s+(?:up)?on\b[^.;]{0,80}\bregistration\b|"
            # "This Trial License applies only if You have registered with Us"
            r"\bonly\s+if\s+(?:you|licensee)\s+(?:have|has)\s+(?:first\s+)?registered\b|"
            # "the testing party must: ... send a link to such test results to Eclipse at
            # tck@eclipse.org": a report owed to the licensor at its address (the sentence reader
            # writes a dot inside a word as "_")
            r"\b(?:must|shall|agrees?\s+to|required\s+to)\b(?!\s*not\b)[^.;]{0,200}?\b(?:send|e-?mail|"
            r"submit|report|forward)\s+(?:[\w-]+\s+){0,8}?to\s+[\w&.' -]{1,40}?\s+at\s+"
            r"[\w.+-]+@[a-z0-9-]+[._]\w|"
            # "You shall provide Sun with a written notice for each Publication"
            r"\b(?:must|shall|agrees?\s+to)\s+provide"
            r"\s+[\w&.' -]{1,40}?\bwith\s+(?:a\s+)?(?:written\s+)?notice\s+(?:for|of)\s+each\b|"
            # "You will not operate the Software ... without a License Key": use the licensor keys
            r"\b(?:will|may|must|shall|can)\s*not\s+(?:\w+\s+){0,2}?(?:use|operate|run|install|deploy|"
            r"access)\b[^.;]{0,80}?\bwithout\s+(?:a\s+|an\s+|the\s+)?(?:valid\s+)?(?:licen[cs]e|"
            r"activation|product|serial)\s+(?:keys?|files?|codes?)\b"
        ),
        True,
        0.8,
        (
            "without a licen",
            "without a valid",
            "without an activation",
            "regist",
            "apply for",
            "obtain",
            "seek",
            "notif",
            "notice",
            "@",
            "inform ",
            "form",
            "activate",
            *(
                "get ",
                "request",
                "acquire",
                "purchase",
                "buy",
                "pay for",
                "license key",
                "licence key",
            ),
        ),
    ),
    (
        "restriction",
        "service-source",
        re.compile(
            r"\bservice\s+source\s+code\b|\bavailable\s+to\s+third\s+parties\s+as\s+a\s+service\b[^.]{0,300}"
            r"\bsource\s+code\b|"
            # "If you offer the Program as a service, you must release the source code of your
            # entire service stack"
            r"\boffer\w*\s+(?:the|this)\s+[\w-]+\s+as\s+a\s+service\b[^.]{0,120}?\b(?:must|shall)\s+"
            r"(?:release|publish|make\s+available|provide)\s+(?:the\s+)?(?:complete\s+|corresponding\s+)?"
            r"source\s+code\s+(?:of|for)\s+(?:your|the)\s+(?:entire|whole|complete)\b"
        ),
        True,
        0.85,
        ("service",),
    ),
    (
        "restriction",
        "hosting-restriction",
        re.compile(
            PROHIBIT + r"\b[^.]{0,220}\b(?:as\s+a\s+(?:hosted|managed|cloud|online)\s+"
            r"(?:or\s+managed\s+)?service|"
            # "as a hosted or managed, and paid service"; "for a Database Service"
            r"as\s+a\s+(?:hosted|managed|cloud|online)\b(?:,?\s+(?:or\s+|and\s+)?[\w-]+){1,4},?\s+"
            r"service|"
            r"(?:for|as)\s+a\s+(?:database|hosted|managed)\s+service|"
            r"software[- ]as[- ]a[- ]service|\bsaas\b|hosted\s+or\s+managed\s+service|"
            r"as\s+a\s+(?:stand-?alone\s+)?hosted\s+(?:as\s+)?solution|(?:software\s+)?hosting\s+services?|"
            r"time[- ]?shar(?:ing|e)\b|"
            r"service\s+bureau|bureau\s+use|(?:commercial|third[- ]party)\s+hosting\b|"
            # "make the Software available over a network to users who are not your employees"
            r"available\s+over\s+(?:a|the|any)\s+(?:computer\s+)?network\s+to\s+(?:[\w-]+\s+){0,3}?"
            r"(?:users|third\s+parties|customers|the\s+public)\b|"
            # "in a network, multi-user arrangement or remote access arrangement" (not a copy kept
            # off a network where several computers could run it: that limits installations)
            r"\bmulti-?user\s+(?:arrangements?|environments?|systems?|networks?|basis)\b|"
            r"\bremote[- ]access\s+arrangements?\b|"
            r"hosting\s+use|shared\s+instances|available\s+to\s+third\s+parties\s+as\s+a\s+service|"
            # "served through a publicly accessible online database or query service", "operate
            # it as a service for others", "wrap the API in a hosted platform", "an online service
            # through which third parties can query its records"
            r"(?:online|web)\s+(?:database|query|search)\s+(?:or\s+[\w-]+\s+)?services?|"
            r"as\s+a\s+service\s+for\s+(?:others|third\s+parties|other\s+people)|hosted\s+platforms?|"
            r"through\s+which\s+(?:third\s+parties|others|other\s+people|users)\s+(?:can|may)\s+"
            r"(?:query|access|use|search)|"
            r"via\s+(?:an?\s+|your\s+|the\s+|its\s+)?apis?\b|"
            # "enable third parties to use the Model as part of your hosted service"
            r"as\s+(?:a\s+)?part\s+of\s+(?:a\s+|an\s+|your\s+|any\s+)?(?:hosted|managed|cloud|online)\s+"
            r"services?|"
            r"(?:provide|offer)\s+(?:a\s+|any\s+)?(?:[\w-]+\s+(?:or\s+other\s+)?)?services?\s+(?:to|for)\s+"
            r"(?:third\s+parties|others|other\s+people)\b|"
            # "install the Software on your infrastructure and charge others for its use"
            r"charge\s+(?:others|third\s+parties|other\s+people|(?:your\s+)?customers)\s+for\s+"
            r"(?:the\s+|its\s+)?use\b|"
            # "You may not host, share, publish, rent or lease the software"
            r"(?<![\w-])host,?\s+(?:[\w-]+,?\s+){0,5}?(?:or\s+[\w-]+\s+)?(?:the|this)\s+(?:[\w-]+"
            r"\s+)?"
            r"(?:software|product|program|model|sdk|code)\b"
            # ("host or redistribute this Software publicly (e.g. from a public Internet site)":
            # copies offered for download, which is sharing)
            r"(?!\s+(?:publicly|for\s+(?:public\s+)?download|(?:on|from)\s+(?:a|any|your)\s+(?:public\s+)?"
            r"(?:web\s*sites?|internet\s+sites?|ftp\s+sites?|download\s+sites?))))|"
            # "'Excluded Purpose' means making available any software-as-a-service ..."
            # ("... 'Excluded Purpose' includes, but is not limited to, using the Software ... to
            # make available any software-as-a-service")
            r"\b(?:excluded|prohibited|restricted)\s+purposes?\W{0,3}\s+(?:is|means|includes)\b[^.]{0,160}"
            r"\b(?:as[- ]a[- ]service|hosted\s+service|managed\s+service|online\s+service)|"
            # "any other cloud service use of the SDK ... is outside of the scope of the Agreement"
            r"\b(?:cloud|hosted|hosting|time-?sharing|service\s+bureau|saas)\s+(?:service\s+)?use\s+of\b"
            r"[^.;]{0,80}?\b(?:is|are)\s+(?:outside|beyond)\s+(?:of\s+)?the\s+scope\s+of\b|"
            # a grant's own exclusion: "for internal purposes (and not for service bureau,
            # time-sharing or similar services)"
            r"\b(?:and\s+|but\s+)?not\s+for\s+(?:use\s+(?:in|as)\s+)?(?:an?\s+|any\s+)?(?:service\s+bureau|"
            r"time-?sharing|hosting|hosted)\b"
        ),
        False,
        0.85,
        (
            "service",
            "saas",
            "hosting",
            "hosted",
            "instances",
            "api",
            "purpose",
            "sharing",
            "time-share",
            "bureau",
            "host",
            "network",
            "multi-user",
            "multiuser",
            "remote access",
            "remote-access",
            "through which",
            *("charge others", "charge third", "charge other people", "charge customers"),
            "charge your customers",
        ),
    ),
    # "If you want to use the Programs for any purpose other than as permitted under this
    # agreement, including distribution of the Programs, you must obtain a valid license":
    # sharing named among the uses that need another licence
    (
        "restriction",
        "no-redistribution",
        re.compile(
            r"\b(?:other\s+than|beyond)\s+(?:as\s+|what\s+is\s+)?(?:expressly\s+)?(?:permitted|authori[sz]ed|"
            r"allowed|granted)\b[^.]{0,80}\bincluding\b[^.]{0,40}\b(?:re)?distribution\b[^.]{0,240"
            r"}?"
            r"\b(?:must|need\s+to|shall|will\s+need\s+to)\s+(?:first\s+)?(?:obtain|purchase|acquire|get|"
            r"enter\s+into)\b[^.]{0,60}\blicen[cs]e"
        ),
        False,
        0.75,
        ("including",),
    ),
    (
        "restriction",
        "no-selling",
        re.compile(
            # (not leave withheld from the licensor: "does not grant Postman the right to sell Your
            # Content", "does not grant us the right to sell")
            r"\b(?:does\s+not|will\s+not|shall\s+not)\s+(?:include|grant)\b(?!\s+(?:us|the\s+licensor|"
            r"licensor|the\s+company)\b)[^.]{0,80}\bright\s+to\s+sell\b"
            + _NOT_YOURS
            + "|"
            + PROHIBIT
            + r"\s+(?:\w+,?\s+){0,6}(?:sell|resell|rent|lease)\b"
            + _NOT_YOURS
            + "|"
            # passive: "may not be rented or leased", "may not be distributed for profit"
            r"\b(?:may|shall|must|can)\s*not\s+be\s+(?:sold|resold|rented|leased|lent)\b|"
            # "may be freely redistributed, but not sold"
            r"\b(?:re)?distributed\b[^.;]{0,40}?,?\s+but\s+not\s+(?:sold|resold|for\s+(?:profit|a\s+fee|"
            r"sale|money))\b|"
            # "The software, the whole or a part of it, is prohibited from being sold"
            r"\b(?:prohibited|forbidden|barred|precluded)\s+from\s+being\s+(?:sold|resold|rented|"
            r"leased|lent)\b|"
            r"\b(?:may|shall|must|can)\s*not\s+be\s+(?:re)?distributed\s+(?:for\s+(?:profit|a\s+fee|"
            r"sale|money)|commercially)\b|"
            # "(distribution) for profit or other commercial intent ... is prohibited"
            r"\b(?:re)?distribution\b[^.]{0,120}\bfor\s+(?:profit|a\s+fee|sale)\b[^.]{0,160}\b(?:is|are)\s+"
            r"(?:prohibited|forbidden|not\s+(?:permitted|allowed))\b|"
            # "You may not charge for copies of the program", "Do not charge for the act of
            # duplication": a ban on charging for the work (not for warranty or support)
            + PROHIBIT
            + r"\s+(?:\w+\s+){0,2}?charge\s+(?:(?:your\s+|the\s+|any\s+)?(?:end[- ]users?|"
            r"customers?|users?|recipients?|anyone|anybody|"
            # whoever gets the copies, named as a class ("may not charge students for those copies")
            r"(?!fees\b|costs\b|royalties\b|its\b|this\b|thus\b)[a-z][a-z-]{2,}s)\s+)?"
            r"(?:(?:a|any)\s+(?!licen|royalt)"
            r"(?:\w+\s+)?(?:fee|price)\s+|money\s+|anything\s+)?for\s+(?!(?:the\s+|any\s+)?"
            r"(?:warranty|support|services?|physical|media|medium)\b)"
            # not a fee "for the Package itself" or for the source beside sold binaries
            r"(?![^.;]{0,40}\b(?:itself|source\s+code)\b)|"
            # "provided that you do not charge your end users any additional fees for the use"
            r"\b(?:do|does|shall|will|may)\s+not\s+charge\s+(?:your\s+)?"
            r"(?:end[- ]users|customers|licensees|recipients|users)\b[^.;]{0,40}\bfees?\b|"
            # a condition of the grant: "provided you do not charge the user for the Software",
            # "provided that: (1) you do not charge a fee for its distribution"
            r"\b(?:provided|providing|as\s+long\s+as|so\s+long\s+as|on\s+condition)\b(?:\s+that)?[^.;]{0,200}?"
            r"\b(?:you|licensee|they|the\s+[\w-]+)\s+(?:do|does|will|shall)\s+not\s+"
            r"(?:charge|ask|collect|demand|request)\s+"
            r"(?:(?:your\s+|the\s+|any\s+)?(?:end[- ]users?|customers?|licensees?|recipients?|"
            r"users?|anyone|anybody)\s+)?(?:(?:a|any)\s+)?(?:(?:additional|distribution|licen[cs]e)\s+)?"
            r"(?:fees?\b|money\b|payments?\b|for\s+(?:the\s+|this\s+|its\s+|their\s+|it\b))|"
            # "No charge should be made for providing the library to a third party.", "provided
            # that no charge of any kind is made for such redistribution", "no charge is
            # associated with such copies": a condition of the grant that sharing stays free.
            # Not in a definition: '"Freely Available" means that no fee is charged for the item'.
            r"(?<!means\sthat\s)\bno\s+(?:charge|fee|payment)s?\s+(?:of\s+any\s+kind\s+|whatsoever"
            r"\s+)?"
            r"(?:(?:should|shall|may|must|can|will)\s+be|is|are)\s+(?:made|charged|asked|requested"
            r"|levied|"
            r"associated)\b|"
            # "Selling the code alone is expressly forbidden": the act is the subject of the ban
            r"^\W*(?:[\w()]{1,4}\W+)?(?:selling|sale|resale|reselling|renting|rental|leasing)\b"
            r"(?:\s+(?:of\s+)?[^.;,]{0,60}?)?\s+(?:is|are)\s+" + BAN_ADVERB + r"(?:not\s+"
            r"(?:permitted|allowed)|prohibited|forbidden)\b|"
            # a condition of the grant that copies go out free: "provided that the software is
            # distributed: (i) without modification; (ii) free of charge to end-users", "copies
            # must be distributed at no cost"
            r"\b(?:provided|providing|on\s+condition|as\s+long\s+as|so\s+long\s+as|only\s+if)\b"
            r"[^.]{0,160}?\b(?:is|are|be)\s+(?:re)?distributed\b[^.]{0,80}?\b(?:free\s+of\s+(?:any"
            r"\s+)?charge|at\s+no\s+(?:cost|charge))\b|"
            r"\b(?:must|shall)\s+(?:only\s+|always\s+)?be\s+(?:re)?distributed\s+(?:\w+\s+){0,4}?"
            r"(?:free\s+of\s+(?:any\s+)?charge|at\s+no\s+(?:cost|charge))\b|"
            # "(1) That no profit is made from the sale or distribution of the Software"
            r"\bno\s+profits?\s+(?:(?:should|shall|may|must|can|will)\s+be|is|are)\s+(?:made|gained|derived)\s+"
            r"(?:from|on|by|through)\b"
        ),
        False,
        0.85,
        ("sell", "sold", "rent", "lease", "lent", "fee", "profit", "charge", "sale", "no cost"),
    ),
    (
        "restriction",
        "field-of-use",
        re.compile(
            # "You may not alter ...; distribute Distributable Code to run on a platform other
            # than the Windows platform": the work is tied to one platform
            PROHIBIT + r"[^.]{0,300}?\b(?:run|operate|execute|be\s+used|use\s+it)\s+(?:on|with)\s+"
            r"(?:a|an|any)\s+(?:[\w-]+\s+){0,3}?(?:platform|operating\s+system|device|hardware)s?"
            r"\s+other\s+than\b"
        ),
        False,
        0.8,
        ("other than",),
    ),
    (
        "restriction",
        "field-of-use",
        re.compile(
            # "The Software shall be used for Good, not Evil": a duty to use the work for one
            # purpose and not another (not "may be used for any purpose, not only ...")
            r"\b(?:shall|must|is\s+to|are\s+to|may\s+only)\s+(?:only\s+)?be\s+used\s+(?:only\s+)?for\s+"
            r"(?!any\b|all\b|free\b)(?:(?!" + _MODAL + r")[\w-]+\s+){0,3}?"
            r"(?!" + _MODAL + r")[\w-]+,?\s+"
            r"(?:and\s+)?not\s+(?:for\s+)?(?!only\b|just\b|limited\b|be\b)[\w-]+"
        ),
        True,
        0.8,
        (" used for",),
    ),
    # "No License is granted by UNIVERSITY for the Commercial Use of Covered Code", "No license
    # is granted for the distribution of Covered Code": an act the grants leave out, by name
    (
        "restriction",
        "non-commercial",
        re.compile(_NO_LEAVE_FOR + r"commercial\s+(?:use|purposes?|exploitation|applications?)\b"),
        False,
        0.8,
        ("granted",),
    ),
    (
        "restriction",
        "no-redistribution",
        re.compile(_NO_LEAVE_FOR + r"(?:re-?)?distribution\b"),
        False,
        0.8,
        ("granted",),
    ),
    (
        "restriction",
        "field-of-use",
        re.compile(
            # "The licenses granted in Section 2.1 are not applicable to implementation in
            # Hardware of the algorithms embodied in the Original Code": a use the grants leave out
            r"\b(?:licen[cs]es?|rights?|grants?)\s+(?:granted\s+)?(?:in|under|by)\s+(?:sections?\s+[\d.]+(?:\s+(?:and|or)\s+"
            r"[\d.]+)?|"
            r"this\s+(?:licen[cs]e|agreement))\s+(?:are|is|shall\s+be|do|does)\s+not\s+(?:applicable|"
            r"apply)\s+to\s+(?:the\s+|any\s+)?(?:implementation|use|incorporation|manufacture)\b"
        ),
        True,
        0.75,
        ("not applicable to", "not apply to"),
    ),
    (
        "restriction",
        "field-of-use",
        re.compile(
            # "You may use this codec or modifications thereto only for purposes that are
            # authorized by appropriate patent licenses": use tied to leave another license gives
            r"\b(?:use|used)\b[^.;]{0,120}?\bonly\s+for\s+(?:the\s+)?(?:purposes?|uses?)\s+"
            r"(?:(?:that|which)\s+(?:are|is)\s+)?(?:authori[sz]ed|permitted|allowed|covered)\s+"
            r"(?:by|under)\s+(?:an?\s+|the\s+|any\s+)?(?:appropriate\s+|applicable\s+|valid\s+)?"
            r"(?:patent|separate|third[- ]party)\s+licen[cs]es?\b"
        ),
        True,
        0.8,
        ("patent licen", "separate licen", "third-party licen", "third party licen"),
    ),
    (
        "restriction",
        "no-derivatives",
        re.compile(
            # "The author retains the exclusive right to publish derivative works based on this
            # work": what the author keeps for himself the reader does not get.
            r"\bretains?\s+(?:the\s+)?(?:sole\s+(?:and\s+)?)?exclusive\s+rights?\s+to\s+(?:\w+\s+)"
            r"{0,2}"
            r"(?:derivative\s+works|derivatives|modifications|modified\s+versions|revised\s+versions|"
            r"adaptations)\b|"
            # "No right to create modifications or derivatives of this Specification is granted"
            r"\bno\s+rights?\s+to\s+(?:create|make|prepare|produce)\s+(?:any\s+)?"
            # ("translations, adaptations or other derivative works")
            r"(?:[\w-]+,?\s+(?:or\s+|and\s+)?(?:other\s+)?){0,4}?(?:modifications|"
            r"derivatives?|derivative\s+works|adaptations|modified\s+versions)\b[^.]{0,80}\b(?:is|"
            r"are)\s+"
            r"(?:hereby\s+)?granted\b|"
            # "No modifications, additions, or deletions to the Redistributable Code are permitted"
            r"\bno\s+(?:modifications?|alterations?|changes)\b(?:,?\s+(?:or\s+|and\s+)?[\w-]+){0,3"
            r"}?\s+"
            r"(?:to|of|in)\s+(?!(?:the|this)\s+(?:licen[cs]e|agreement|terms|document|notice)\b)[^.;]{0,60}?"
            r"\b(?:are|is|shall\s+be|will\s+be|may\s+be)\s+(?:permitted|allowed|authori[sz]ed|made)\b|"
            # "no cropping, colour correction or other adaptation is allowed"
            r"\bno\s+(?:[\w-]+(?:\s+[\w-]+)?,\s+){1,4}(?:[\w-]+\s+){0,2}?(?:or|and)\s+other\s+(?:modification|"
            r"alteration|change|adaptation|editing)s?\s+(?:is|are|shall\s+be|will\s+be|may\s+be)\s+"
            r"(?:permitted|allowed|authori[sz]ed|made)\b|"
            # "Derivatives of the Model, including quantised versions, may not be created": the
            # changed work as the subject of a passive ban on making it
            r"\b(?:derivatives?|derivative\s+works?|adaptations?|modifications|translations|"
            r"(?:(?:modified|altered|adapted|tuned|fine-?tuned|distilled|quanti[sz]ed|pruned|merged|"
            r"derived)\s+(?:or\s+|and\s+)?)+versions?)\b(?:\s+of\s+[^.;,]{1,60})?(?:,[^.;]{0,80},)?\s+(?:may|shall|must|can|will)"
            r"\s*not\s+be\s+(?:created|made|prepared|produced|developed|generated)\b"
        ),
        False,
        0.8,
        (
            *("exclusive right", "no right", "no modif", "no alteration", "no change", "other "),
            *("not be created", "not be made", "not be prepared", "not be produced"),
            *("not be developed", "not be generated"),
        ),
    ),
    (
        "restriction",
        "revocable-terms",
        re.compile(
            r"\b(?:may|can|reserves?\s+(?:the\s+)?rights?\s+to|is\s+entitled\s+to)\s+(?:at\s+any\s"
            r"+time\s+)?"
            r"(?:\w+\s+)?(?:(?:update|change|modify|amend|revise)\s+(?:or|and|and/or)\s+)?"
            r"(?:update|change|modify|amend|revise|replace)\s+(?:these|this|the|our)\s+"
            r"(?:licen[cs]e\s+)?(?:terms|agreement|conditions|eula)\b(?![^.]{0,30}\bversion)|"
            # "you agree to abide by ... all requirements of future updates of this License";
            # "you agree to be bound by the current Terms displayed on the web site"
            r"\b(?:you|licensee)\s+(?:hereby\s+)?agrees?\s+to\s+(?:abide\s+by|be\s+bound\s+by|comply\s+with)\b"
            r"[^.;]{0,60}\bfuture\s+"
            r"(?:updates|versions|changes|revisions)\b|"
            r"\bbound\s+by\s+the\s+(?:then[- ])?current"
            r"\s+(?:terms|version)\b[^.;]{0,40}\b(?:posted|displayed|"
            r"published|web\s*site)\b|"
            # "Google may make changes to the License Agreement as it distributes new versions"
            r"\b(?:may|can|reserves?\s+(?:the\s+)?rights?\s+to)\s+make\s+changes\s+to\s+(?:these|this|the|our)\s+"
            r"(?:licen[cs]e\s+)?(?:terms|agreement|conditions|eula)\b|"
            # "may revoke this license at any time", "reserves the right to revoke the above
            # distribution right at any time"
            # (ending the license at will is termination, an informational kind: "may terminate
            # this License at any time by delivering notice")
            r"\b(?:may|can|reserves?\s+(?:the\s+)?rights?\s+to)\s+(?:revoke|withdraw)\s+"
            r"(?:this|the|your|any|these)\s+(?:[\w-]+\s+){0,2}?(?:licen[cs]es?|agreement|rights?|permissions?)\s+"
            r"(?:at\s+any\s+time|for\s+any\s+reason(?!\s+(?:that|which|related|arising))|"
            r"at\s+(?:its|our)\s+(?:sole\s+)?discretion|without\s+cause)"
            # "may terminate this Agreement at any time if you violate its terms": a breach;
            # "for any reason that competes with ...": a named reason
            r"(?![^.;]{0,20}\b(?:if|should|when|upon|in\s+the\s+event)\b[^.;]{0,40}\b(?:violat|breach|fail))|"
            r"\b(?:may|can|reserves?\s+(?:the\s+)?rights?\s+to)\s+(?:\w+\s+)?(?:change|modify|amend)\s+(?:this|the)\s+"
            r"licen[cs]e\s+(?:or\s+(?:\w+\s+)?(?:remove|withdraw|revoke|cancel)\s+it\s+)?"
            r"(?:at\s+any\s+time|without\s+(?:prior\s+|any\s+)?notice)|"
            # "Acme can update and change this License by posting a new version ... without notice"
            r"\b(?:may|can|reserves?\s+(?:the\s+)?rights?\s+to)\s+(?:update|change|modify|amend|revise)"
            r"(?:\s+(?:and|or|and/or)\s+(?:update|change|modify|amend|revise))?\s+(?:this|these|the|our)\s+"
            r"(?:licen[cs]e|terms\s+of\s+(?:use|service))\b(?:[^.;]|\.(?=\w)){0,160}?\bwithout\s+("
            r"?:prior\s+|any\s+)?notice\b|"
            # "... the Terms of Service, each of which may be updated by us from time to time"
            r"\b(?:terms\s+of\s+(?:use|service)|terms|licen[cs]e|agreement|tos|eula)\b"
            r"(?:(?!\b(?:software|program|code|work|product|model|service)\b)[^.;]){0,60}?"
            r"\b(?:may|can)\s+be\s+(?:updated|changed|modified|amended|revised)\s+(?:by\s+[\w.&-]+"
            r"\s+)?"
            r"(?:(?:from\s+time\s+to\s+time|at\s+any\s+time)\s+)?without\s+(?:prior\s+|any\s+)?notice"
        ),
        True,
        0.8,
        (
            "update",
            "change",
            "modif",
            "amend",
            "revise",
            "revoke",
            "replace",
            "terminate",
            "withdraw",
            "future",
            "current terms",
            "current version",
        ),
    ),
    (
        "condition",
        "notice",
        re.compile(
            r"\bretain\b[^.]{0,120}\bnotices?\b|\bcopyright\s+notice\b[^.]{0,120}\b(?:included|retain|"
            r"reproduce|keep)|\battribution\s+notices?\b|\"notice\"\s+text\s+file|\bnotice\s+text"
            r"\s+file\b|"
            r"\b(?:keep|preserve)\s+intact\b[^.]{0,60}\bnotices?\b|\bconspicuously\s+and\s+appropriately\s+publish\b"
        ),
        True,
        0.9,
        ("notice", "publish"),
    ),
    (
        "condition",
        "include-license",
        re.compile(
            r"\bcopy\s+of\s+(?:this|the)\s+(?:licen[cs]e|agreement|terms|public\s+license)\b|"
            r"\bpermission\s+notice\s+shall\s+be\s+included\b|\b(?:uri|hyperlink)\s+to,?\s+this\s+"
            r"public\s+license\b"
        ),
        True,
        0.9,
        ("copy of", "permission notice", "uri", "hyperlink"),
    ),
    (
        "condition",
        "state-changes",
        re.compile(
            r"\bnotices?\s+stating\s+that\s+you\s+(?:changed|modified)\b|\bindicate\s+if\s+(?:you"
            r"\s+)?"
            r"(?:changes\s+were\s+made|modified)\b|\bstate\b[^.]{0,60}\bthat\s+you\s+(?:changed|modified)\b|"
            r"\bcarry\s+prominent\s+notices\b"
        ),
        True,
        0.9,
        ("chang", "modified", "prominent"),
    ),
    (
        "condition",
        "attribution",
        re.compile(
            r"\bappropriate\s+credit\b|\bidentification\s+of\s+the\s+creator|\battribute\s+the\s+"
            r"(?:work|author|licensor)\b"
        ),
        True,
        0.8,
        ("credit", "creator", "attribute"),
    ),
    (
        "condition",
        "disclose-source",
        re.compile(
            r"\b(?:must|shall|required\s+to)\b[^.]{0,80}\b(?:make|provide|offer|convey|distribute)"
            r"\b[^.]{0,60}"
            r"\b(?:corresponding\s+source|source\s+code(?:\s+form)?)\b|\bconvey\s+the\s+corresponding\s+source\b|"
            r"\boffer\b[^.]{0,60}\bcorresponding\s+source\b|\baccompany\s+it\s+with\s+the\s+complete\s+corresponding\b|"
            # "It may not be distributed without the original source file natbib.dtx."
            rf"\b(?:may|must|shall)\s+not\s+be\s+(?:re)?distributed\s+{WITHOUT_SOURCE}"
        ),
        True,
        0.8,
        ("source",),
    ),
    (
        "limitation",
        "warranty",
        re.compile(
            r"\bwithout\s+(?:any\s+)?warrant(?:y|ies)\b|\bdisclaim[^.]{0,40}\bwarrant|\bno\s+warranty\b|"
            r"\"as\s+is\"|\bas\s+is\s+basis\b|\bdisclaimer\s+of\s+warrant|\bwarranties\s+are\s+disclaimed\b"
        ),
        False,
        0.95,
        ("warrant", "as is"),
    ),
    (
        "limitation",
        "liability",
        re.compile(
            r"\bin\s+no\s+event\b[^.]{0,200}\bliable\b|\blimitation\s+of\s+liability\b|\bnot\s+be"
            r"\s+liable\b|"
            r"\bno\s+liability\b|\bnot\s+liable\b"
        ),
        False,
        0.95,
        ("liab",),
    ),
    (
        "limitation",
        "trademark",
        re.compile(
            r"\b(?:no|not|nothing|does\s+not|do\s+not)\b[^.]{0,120}\btrade(?:marks?|\s+names?)\b|"
            r"\btrademark\s+rights\s+are\s+not\s+licensed\b|\btrademark[^.]{0,40}\bnot\s+(?:granted|licensed)\b"
        ),
        False,
        0.85,
        ("trade",),
    ),
    (
        "limitation",
        "patent",
        re.compile(
            r"\bpatent\s+(?:and\s+trademark\s+)?rights\s+are\s+not\s+licensed\b|\bno\s+patent\s+(?:rights?|"
            r"licen[cs]es?)\s+(?:are|is)\s+granted\b|\b(?:does|do)\s+not\s+grant\b[^.]{0,60}\bpatent\b|"
            r"\bpatents?\s+(?:are|is)\s+(?:expressly\s+)?excluded\b|\bno\s+(?:express\s+)?patent\s"
            r"+licen"
        ),
        False,
        0.85,
        ("patent",),
    ),
    (
        "restriction",
        "field-of-use",
        re.compile(
            # ("includes, but is not limited to, ...": no ban)
            r"\b(?:except|other\s+than|not(?!\s+(?:be\s+)?limited\s+to)|never|no)\b[^.]{0,100}\b"
            r"(?:products?|services?|offerings?)\s+that\s+compete|"
            # "... may not use the Software to develop products competitive with the Software"
            r"\b(?:not(?!\s+(?:be\s+)?limited\s+to)|never|no)\b[^.]{0,160}\b(?:products?|services?)\s+"
            r"(?:competitive|competing)\s+with\b|"
            # "This license does not include the right to ... replicate a competing service."
            r"\b(?:not(?!\s+(?:be\s+)?limited\s+to)|no|nor)\b[^.]{0,160}\b(?:similar\s+or\s+)?competing\s+"
            r"(?:products?|services?|offerings?|purposes?|uses?)\b|"
            # "A Permitted Purpose is any purpose other than a Competing Use."
            r"\b(?:other\s+than|except(?:\s+for)?|excluding)\s+(?:a\s+|any\s+)?competing\s+"
            r"(?:uses?|purposes?|products?|services?)\b"
        ),
        False,
        0.75,
        ("compet",),
    ),
    (
        "restriction",
        "export-control",
        re.compile(
            r"\bexport\s+(?:controls?|laws?|regulations?|administration)\b|\btrade\s+(?:compliance"
            r"|control)"
            r"\s+laws?\b|\bsanctions\s+laws?\b|\bre-?export(?:ed)?\b"
        ),
        True,
        0.85,
        ("export", "trade", "sanction"),
    ),
    (
        "restriction",
        "disclosure",
        re.compile(
            r"\b(?:must|shall|agree\s+to|required\s+to)\b[^.]{0,60}\b(?:disclose|label|indicate|make\s+clear|"
            r"inform|tell|notify|mark)\b[^.]{0,80}\b"
            r"(?:(?:machine|ai|artificially|computer)[- ]generated\b|"
            r"generated\s+(?:\w+\s+)?by\s+(?:a\s+|an\s+|the\s+)?(?:machine|ai|model|computer|"
            r"artificial\s+intelligence)\b)"
        ),
        True,
        0.7,
        ("generated",),
    ),
    # What the grant leaves out, said outright: "No other distribution of the Software is
    # allowed", "All other files distributed with the product are NOT redistributable", "you do
    # not permit further redistribution of the Redistributable File by your end-user customers".
    (
        "restriction",
        "no-redistribution",
        re.compile(
            r"\bno\s+other\s+(?:re)?distribution\b[^.;]{0,80}?\b(?:is|are|shall\s+be)\s+(?:\w+\s+)?"
            r"(?:allowed|permitted|authori[sz]ed|granted)\b|"
            r"\b(?:all|any)\s+other\s+(?:[\w-]+\s+){0,3}?(?:files|components|portions|parts)\b[^.;]{0,60}?"
            r"\b(?:is|are)\s+not\s+(?:re)?distributable\b|"
            r"\bnot\s+(?:to\s+)?(?:permit|allow|authori[sz]e)\s+(?:any\s+)?further\s+(?:re)?distribution\b"
            r"[^.;]{0,80}?\bby\s+(?:your\s+|its\s+|their\s+|the\s+)?(?:end[- ]?users?|customers|"
            r"end[- ]user\s+customers|licensees|recipients)\b"
        ),
        False,
        0.8,
        ("no other", "not redistributable", "further"),
    ),
    # "All advertising and promotional uses are excluded from the above rights": a field taken out
    # of the grant.
    (
        "restriction",
        "field-of-use",
        re.compile(
            r"\b(?:[\w-]+\s+){1,4}?(?:uses?|usage)\s+(?:is|are)\s+(?:expressly\s+|specifically\s+)?excluded\s+from\s+(?:the\s+|this\s+)?(?:above\s+|foregoing\s+)?"
            r"(?:rights?|licen[cs]es?|grants?|permissions?)\b"
        ),
        False,
        0.75,
        ("excluded from",),
    ),
    # "No license to Message Queue EE is granted hereunder for any other purpose, including any
    # commercial or production use of Message Queue EE."
    (
        "restriction",
        "non-commercial",
        re.compile(
            r"\bno\s+(?:other\s+)?(?:right\s+or\s+)?licen[cs]e\b[^.;]{0,60}?\bgranted\b[^.;]{0,30}"
            r"?\bfor\s+"
            r"any\s+other\s+purposes?\b[^.;]{0,20}?\bincluding\b[^.;]{0,20}?\bcommercial\b"
        ),
        False,
        0.75,
        ("other purpose",),
    ),
    (
        "restriction",
        "non-production",
        re.compile(
            r"\bno\s+(?:other\s+)?(?:right\s+or\s+)?licen[cs]e\b[^.;]{0,60}?\bgranted\b[^.;]{0,30}"
            r"?\bfor\s+"
            r"any\s+other\s+purposes?\b[^.;]{0,20}?\bincluding\b[^.;]{0,40}?\bproduction\b"
        ),
        False,
        0.75,
        ("other purpose",),
    ),
    # "Your license does not extend to use in support of any ultra-hazardous activity"
    (
        "restriction",
        "field-of-use",
        re.compile(
            r"\b(?:licen[cs]e|rights?|grant)\s+(?:granted\s+(?:hereunder|herein|above)\s+)?(?:does"
            r"|do|shall|will)\s+"
            r"not\s+extend\s+to\s+(?:any\s+)?use\s+(?:in|for|with|on|by|in\s+support\s+of)\b"
        ),
        False,
        0.75,
        ("not extend to",),
    ),
    # "You must follow any policies made available to you within the Services"
    (
        "restriction",
        "acceptable-use-policy",
        re.compile(
            r"\b(?:you|licensee)\s+(?:must|shall|agree\s+to|will)\s+(?:follow|comply\s+with|abide"
            r"\s+by|adhere\s+to)\s+"
            r"(?:any|all|the)\s+(?:applicable\s+|additional\s+)?(?:policies|guidelines|rules)\s+(?:that\s+(?:we|are)\s+)?"
            r"(?:made\s+available|provided|posted|published|make\s+available)\b"
        ),
        False,
        0.75,
        ("policies", "guidelines", "rules"),
    ),
    # "Your use of the Licensed Materials must comply at all times with any restrictions
    # applicable to the Acme Services", "You agree to comply with the Terms and Conditions of
    # the Acme Community": use kept within another document's limits (not this text's own, nor
    # a licence's, nor the law's)
    (
        "restriction",
        "acceptable-use-policy",
        re.compile(
            r"\b(?:use\s+of\s+[^.;]{1,60}?|you|licensee)\s+(?:(?:further|also)\s+)?"
            r"(?:must|shall|agrees?\s+to|will)\s+"
            r"(?:(?:at\s+all\s+times|further|also)\s+)?(?:agree\s+to\s+)?comply\s+"
            r"(?:at\s+all\s+times\s+)?with\s+(?:any|all|the)\s+(?:applicable\s+)?(?:restrictions|"
            r"polic(?:y|ies)|terms\s+and\s+conditions|terms\s+of\s+(?:use|service)|guidelines|rules)"
            r"\s+(?:applicable\s+to|of)\s+(?!(?:this|these|such|any)\b)"
            r"(?![^.;]{0,40}?\b(?:licen[cs]es?|laws?|regulations?)\b)"
        ),
        False,
        0.7,
        ("comply",),
    ),
    # "You may only access the Services within an available region": a place the licensor
    # names elsewhere
    (
        "restriction",
        "territory",
        re.compile(
            r"\bonly\s+(?:[\w'\u2019-]+\s+){0,8}?(?:within|in)\s+(?:an?|the|its|one\s+of\s+the)\s+"
            r"(?:available|supported|designated|authori[sz]ed|permitted|approved)\s+"
            r"(?:regions?|countr(?:y|ies)|territor(?:y|ies)|geograph\w*)\b"
        ),
        False,
        0.7,
        ("region", "countr", "territor", "geograph"),
    ),
    # "You can redistribute Ubuntu, but only where there has been no modification to it":
    # copies shared only as they are
    (
        "restriction",
        "no-derivatives",
        re.compile(
            r"\b(?:re)?distribut\w*\b[^.;]{0,60}?\bonly\s+(?:where|if|when|provided)\s+(?:that\s+)?"
            r"(?:there\s+(?:has|have)\s+been\s+no\s+(?:modifications?|changes?|alterations?)|"
            r"(?:it|they|the\s+[\w-]+)\s+(?:is|are|has|have)\s+(?:been\s+)?(?:not\s+(?:been\s+)?"
            r"(?:modified|altered|changed)|unmodified|unaltered|unchanged))\b"
        ),
        False,
        0.7,
        ("modif", "alter", "chang"),
    ),
    # "This license is for the sole purpose of enabling you to use the Services", "The limited
    # license granted in this Section is only for the integration of the Contribution with ...":
    # the license itself says what it is for.
    (
        "restriction",
        "field-of-use",
        re.compile(
            r"\b(?:(?:this|the|such)\s+(?:limited\s+)?licen[cs]e\s+(?:granted\s+(?:\w+\s+){0,4}?)?|"
            # "including ... that your use is for the sole purpose of programming devices made by"
            r"(?:your|licensee'?s|customer'?s)\s+use\s+(?:of\s+(?:the|this|such)\s+\w+\s+)?)(?:"
            r"is|are|shall\s+be|must\s+be)\s+"
            r"(?:(?:only|solely|exclusively)\s+for\s+(?:the\s+)?(?!any\b|all\b|lawful\b|legal\b|"
            r"legitimate\b)[a-z]|"
            r"for\s+the\s+(?:sole|exclusive|only|limited)\s+purposes?\s+of\b)"
        ),
        True,
        0.7,
        (" only for", " solely for", " exclusively for", "sole purpose", "exclusive purpose"),
    ),
    # Every use the text does not give needs a separate agreement: "Any other use requires a
    # Commercial License Agreement", "must enter a new agreement for any use beyond the scope
    # of this license", "All parties interested in any other use of the software should
    # contact ...". (A right given only under another agreement, beside the text's own leave,
    # is a step to take first.)
    (
        "restriction",
        "registration",
        re.compile(
            r"\b(?:any|all)\s+other\s+(?:uses?|usage|cases|purposes)\b(?:\s+of\s+(?:the|this)\s+[\w-]+)?"
            r"[^.;]{0,20}?\b(?:requires?|(?:is|are|will\s+be|shall\s+be)\s+(?:subject\s+to|"
            r"conditional\s+(?:up)?on))\s+(?:a|an|the|our|its|[\w&.-]+'s)\s+(?:[\w-]+\s+){0,3}?(?:licen[cs]e|"
            r"agreement|permission|consent|authori[sz]ation)\b|"
            r"\b(?:must|shall|need\s+to|have\s+to|(?:is|are)\s+required\s+to)\s+(?:first\s+)?"
            r"(?:enter\s+(?:into\s+)?|sign\s+|obtain\s+|conclude\s+)(?:a|an)\s+(?:new|separate|additional|"
            r"further|commercial|written)\s+(?:[\w-]+\s+)?(?:licen[cs]e\s+)?(?:agreement|licen[cs]e|contract)\s+"
            r"(?:for|to\s+cover)\s+(?:any\s+)?(?:uses?|usage)\s+(?:beyond|outside|other\s+than|not\s+covered)\b|"
            r"\binterested\s+in\s+(?:any\s+)?other\s+uses?\b[^.;]{0,60}?\b(?:should|must|may|can|"
            r"please)\s+contact\b|"
            # "You have to purchase a commercial license before you use the work commercially"
            r"\b(?:must|shall|have\s+to|need\s+to|(?:is|are)\s+required\s+to)\s+(?:first\s+)?(?:purchase|"
            r"buy|acquire|obtain|sign|execute|enter\s+into)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?licen[cs]e"
            r"(?:\s+agreement)?\s+(?:with\s+[\w&.'-]+\s+)?before\s+(?:you\s+|they\s+|licensee\s+)?(?:use|"
            r"using|deploy|deploying|distribute|distributing|redistribute|redistributing|ship|shipping)\b|"
            # "For any use not expressly permitted above, a separate license must be obtained"
            r"\bany\s+(?:other\s+)?uses?\s+not\s+(?:expressly\s+)?(?:permitted|granted|covered|"
            r"authori[sz]ed)\b[^.;]{0,60}?\b(?:licen[cs]e|agreement|permission)\s+(?:must|shall|needs?\s+to)\s+"
            r"be\s+obtained\b|"
            # "Use of the Software beyond the trial period requires the purchase of a license"
            r"\buse\b[^.;]{0,60}?\b(?:beyond|after)\s+(?:the\s+)?(?:trial|evaluation)\s+period\s+requires?\b|"
            # "you must license the PROGRAM under GREENSOCK'S separate fee-based Software License
            # Agreement"
            r"\b(?:must|shall|have\s+to|need\s+to)\s+(?:first\s+)?licen[cs]e\s+(?:the\s+)?[\w-]+\s+under\s+"
            r"(?:a|an|the|[\w.&-]+'s)\s+separate\s+(?:[\w-]+\s+){0,4}?(?:agreement|licen[cs]e)\b"
        ),
        True,
        0.7,
        (
            *("other use", "other usage", "other cases", "other purpose", "beyond", "outside"),
            *("license before", "licence before", "separate", "not expressly", "trial period"),
            *("agreement with", "license agreement before", "obtained"),
        ),
    ),
    # Another licence to be asked for: "contact us if you wish to obtain a commercial licence",
    # "Commercial use requires a signed approval from the Licensor", "the uses listed below
    # require a separate licence", "an extended licence is available for an additional fee",
    # "you need a copy of the licence agreement signed by Acme before publishing".
    (
        "restriction",
        "registration",
        re.compile(
            r"\bcontact\b[^.;]{0,60}?\b(?:to|if\s+you\s+(?:wish|want|would\s+like|need|intend|plan)\s+to)\s+"
            r"(?:obtain|purchase|buy|get|acquire|negotiate)\s+(?:a|an)\s+" + _OTHER_LICENCE + r"|"
            r"\b(?:if|when|should)\s+you\s+(?:wish|want|would\s+like|need|intend|plan)\s+to\s+(?:obtain|"
            r"purchase|buy|get|acquire)\s+(?:a|an)\s+"
            + _OTHER_LICENCE
            + r"[^.;]{0,80}?\bcontact\b|"
            r"\b(?:commercial\s+|any\s+)?(?<!terms\sof\s)(?:use|usage|distribution|redistribution|reproduction|"
            r"copying|publication|exploitation)\b[^.;]{0,60}?"
            + UNNEGATED
            + r"\brequires?\s+(?:a\s+|an\s+|the\s+)?"
            r"(?:(?:signed|separate|express|explicit|prior|written|specific|additional|commercial),?\s+"
            r"(?:and\s+|or\s+)?){1,3}(?:approval|permission|consent|licen[cs]e|authori[sz]ation|agreement)\b|"
            # "In the event that the User wishes to industrialize and market the Software, it
            # recognizes that these actions require the express and prior authorization of INRIA"
            r"\b(?:wish\w*|intends?|plans?|wants?)\s+to\s+(?:[\w-]+\s+){0,3}?(?:industriali[sz]e|market|"
            r"commerciali[sz]e|sell)\b[^.;]{0,120}?"
            + UNNEGATED
            + r"\brequires?\s+(?:the\s+|a\s+|an\s+)?(?:(?:express|prior|"
            r"written|explicit|separate)\s+(?:and\s+|or\s+)?){1,3}(?:approval|permission|consent|"
            r"authori[sz]ation|licen[cs]e|agreement)\b|"
            r"\b(?:uses?\s+(?:listed|noted|described|set\s+out|shown)\s+(?:below|above|here)|(?:following|"
            r"these|such)\s+uses?)\s+requires?\s+(?:a\s+|an\s+)?" + _OTHER_LICENCE + r"|"
            r"\b(?:licen[cs]es?|uses?|rights?)\b[^.;]{0,60}?\b(?:may\s+be|is|are)\s+available\s+(?:for|at)\s+"
            r"(?:an?\s+)?(?:additional|extra|separate|further)\s+(?:fee|charge|cost|payment|price)\b|"
            r"\b(?:must|shall|need\s+to|have\s+to|required\s+to)\s+(?:first\s+)?obtain\s+(?:a\s+copy\s+of\s+)?"
            r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|licen[cs]e)\s+signed\s+by\b|"
            # "Written permission of the copyright holder is required in the following situations"
            r"\b(?:written|prior|express)\s+(?:[\w-]+\s+)?(?:permission|consent|approval|authori[sz]ation)\s+"
            r"(?:of|from)\s+[^.;]{1,60}?\s+(?:is|are)\s+required\s+(?:in|for)\s+(?:the\s+following|these|"
            r"such)\b|"
            # "If you are interested in using the Software commercially, please contact ..."
            r"\binterested\s+in\s+(?:using|licensing|distributing|deploying)\b[^.;]{0,60}?\b(?:commercially|"
            r"for\s+(?:a\s+)?commercial\s+(?:purposes?|uses?|products?))\b[^.;]{0,40}?\bcontact\b|"
            # a duty to report where each copy runs, or to sign and return the agreement
            r"\b(?:must|shall|agrees?\s+to|required\s+to)\s+(?:submit|provide|report|disclose)\s+"
            r"(?:to\s+[\w&.-]+\s+)?the\s+(?:urls?|web\s+addresse?s?|domains?|sites?)\s+(?:where|at\s+which|on\s+"
            r"which)\s+(?:you|they|it|the\s+[\w-]+)\s+(?:are\s+|is\s+)?(?:using|uses?|deploy\w*|runs?|"
            r"running|installs?|installed|hosts?|hosting)\b|"
            r"\breturn\b[^.;]{0,60}?\b(?:agreement|licen[cs]e|form)\s+(?:duly\s+)?signed\b|"
            r"\bsign\s+and\s+return\s+(?:the|this|a)\s+(?:[\w-]+\s+)?(?:agreement|licen[cs]e|form)\b|"
            # "contact us for a site license", "Commercial licensing is available"
            r"\bcontact\b[^.;]{0,30}?\bfor\s+(?:a|an)\s+(?:site|commercial|corporate|enterprise|volume|"
            r"business|oem)\s+licen[cs]e\b|"
            r"\bcommercial\s+licen[cs](?:ing|es?)\s+(?:is|are)\s+(?:also\s+)?available\b[^.]{0,40}?\bcontact\b|"
            # "For uses other than those described above, a separate license agreement is required"
            r"\buses?\s+other\s+than\s+(?:those|as|the\s+ones?)\b[^.;]{0,60}?\b(?:licen[cs]e|agreement|"
            r"permission|consent)\b[^.;]{0,40}?\b(?:is|are)\s+required\b|"
            # "Use of the gadget in a product for sale is subject to a separate royalty agreement"
            # ("governs the use of the software, unless it is subject to a separate agreement": the
            # terms that apply instead, not leave to ask for)
            r"\b(?:use|usage|distribution|redistribution|exploitation)\b(?:(?!\bunless\b|\bexcept\b)[^.;])"
            r"{0,80}?\b(?:is|are)\s+subject\s+"
            r"to\s+(?:a|an)\s+(?:separate|additional|commercial|written)\s+(?:[\w-]+\s+)?(?:licen[cs]e|"
            r"agreement|contract)\b|"
            # "A commercial license must be purchased before ..."
            r"\b(?:commercial|separate|paid)\s+licen[cs]e\s+(?:must|shall|needs?\s+to)\s+be\s+(?:purchased|"
            r"obtained|acquired|bought)\b"
        ),
        True,
        0.7,
        (
            *("contact", "require", "available for", "available at", "signed"),
            *(
                "url",
                "web address",
                "domain",
                "site",
                "return",
                "subject to",
                "must be",
                "licensing",
            ),
        ),
    ),
    # A notice's own line: "For internal use only.", "Internal use only"
    (
        "restriction",
        "field-of-use",
        re.compile(
            r"^\W*(?:strictly\s+)?(?:for\s+)?(?:your\s+|its\s+)?(?:own\s+)?internal\s+use\s+only\W*$"
        ),
        False,
        0.7,
        ("internal use only",),
    ),
    # "Modifications to the Software may only be made by Acme": changes are the licensor's.
    (
        "restriction",
        "no-derivatives",
        re.compile(
            r"\b(?:modifications?|changes|alterations|adaptations|derivative\s+works?)\s+(?:to|of)\s+"
            r"(?:the|this)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:may|shall|can|must|will)\s+(?:only|solely|"
            r"exclusively)\s+be\s+(?:made|done|performed|created|carried\s+out|prepared)\s+by\s+"
            r"(?!you\b|(?:the\s+)?licensees?\b|users?\b)"
        ),
        False,
        0.75,
        (
            *("only be made", "solely be made", "exclusively be made", "only be done"),
            "only be performed",
        ),
    ),
    # "The Software may be shared free of charge only": sharing kept free of gain.
    (
        "restriction",
        "no-selling",
        re.compile(
            r"\b(?:may|can|shall)\s+(?:only\s+be\s+"
            + _SHARED_PASSIVE
            + r"\s+(?:only\s+)?"
            + NO_CHARGE
            + r"|be\s+"
            + _SHARED_PASSIVE
            + r"\s+(?:only\s+"
            + NO_CHARGE
            + r"|"
            + NO_CHARGE
            + r"\s+only\b))|"
            # "Distribution to third parties is only permitted by providing the Program free of
            # charge"; "distribute free of charge to sublicensees the source code"
            r"\b(?:(?:re)?distribution|sublicensing|sharing|transfer)\b[^.;]{0,80}?\b(?:is|are)\s+only\s+"
            r"(?:permitted|allowed)\b[^.;]{0,60}?"
            + NO_CHARGE
            + r"|\b(?:(?:re)?distribut|sublicens|provid|giv)\w*\s+(?:(?!not\b)[\w-]+\s+){0,3}?"
            + NO_CHARGE
            + r"\s+to\s+(?:(?:all|any|the|your)\s+)?(?:sub-?licensees|third\s+parties|others|"
            r"recipients|customers|end[- ]users)\b"
        ),
        True,
        0.75,
        ("free of charge", "for free", "without charge", "without any charge", "at no cost"),
    ),
    # "This license does not extend to entities controlled by any government": persons the
    # grant leaves out.
    (
        "restriction",
        "excluded-persons",
        re.compile(
            r"\b(?:this\s+(?:licen[cs]e|grant|agreement)|the\s+(?:licen[cs]e|rights?)\s+(?:granted\s+)?"
            r"(?:here(?:in|under|by)\s+)?)\s*(?:does|do|shall|will)\s+not\s+(?:extend|apply|be\s+available)\s+"
            r"to\s+(?:any\s+)?(?:[\w-]+\s+){0,2}?(?:entities|entity|persons?|organi[sz]ations?|companies|"
            r"company|individuals?|governments?|agencies|agency|institutions?|competitors?)\b"
            # (a size says a threshold: "companies with more than 50 employees")
            r"(?!\s+(?:with|having|of)\s+(?:more|fewer|less|over|greater)\b)"
        ),
        False,
        0.75,
        ("not extend to", "not apply to", "not be available to"),
    ),
    # "The Source Code shall be distributed exclusively by T-Engine Forum": only the licensor
    # passes the work on.
    (
        "restriction",
        "no-redistribution",
        re.compile(
            r"\b(?:shall|may|will|can|is\s+to|are\s+to)\s+(?:only\s+)?be\s+(?:re)?distributed\s+"
            r"(?:only\s+|solely\s+|exclusively\s+)by\b"
        ),
        True,
        0.75,
        ("distributed only by", "distributed solely by", "distributed exclusively by", "only be"),
    ),
    # "... to the Developer who has taken the necessary procedure for registration"
    (
        "restriction",
        "registration",
        re.compile(
            r"\bwho\s+(?:has|have)\s+(?:taken|completed|gone\s+through|followed)\s+(?:the\s+)?"
            r"(?:necessary\s+|required\s+)?(?:procedures?|process|steps?)\s+(?:for|of)\s+registration\b"
        ),
        True,
        0.7,
        ("registration",),
    ),
    # "Upon the receipt of written permission from the IPTC, the Document may be modified":
    # changes only with the licensor's leave.
    (
        "restriction",
        "no-derivatives",
        re.compile(
            r"\b(?:upon|with|after)\s+(?:the\s+)?(?:receipt\s+of\s+)?(?:prior\s+|express\s+)?written\s+"
            r"(?:permission|consent|approval)\b[^.;]{0,80}\bmay\s+be\s+(?:modified|altered|changed"
            r"|adapted)\b"
        ),
        True,
        0.7,
        ("written permission", "written consent", "written approval"),
    ),
    # "no license is granted for any Military Use": a use the grant leaves out by name
    (
        "restriction",
        "field-of-use",
        re.compile(
            r"\bno\s+(?:right\s+or\s+)?licen[cs]e\s+is\s+(?:hereby\s+)?granted\s+(?:for|to)\s+(?:any\s+)?"
            r"(?!(?:other|such|commercial|non-?commercial|the|this)\b)[\w-]+(?:\s+[\w-]+)?\s+"
            r"(?:use|uses|usage|purposes?)\b"
        ),
        False,
        0.7,
        ("is granted for", "is hereby granted for"),
    ),
    # "Selling the code for this bean alone is expressly forbidden"
    (
        "restriction",
        "no-selling",
        re.compile(
            r"\b(?:selling|reselling|renting|leasing)\b[^.;]{0,60}\b(?:is|are)\s+(?:expressly\s+|strictly\s+)?"
            r"(?:forbidden|prohibited|not\s+(?:allowed|permitted))\b"
        ),
        False,
        0.75,
        ("selling", "renting", "leasing"),
    ),
    # "Paying anything for a copy of the work is illegal", "Charging a fee for copies of the
    # Software is prohibited": money asked for the work itself
    (
        "restriction",
        "no-selling",
        re.compile(
            r"\b(?:charging|paying|asking|collecting|demanding|requesting|taking)\s+(?:(?:any|a|an)\s+)?"
            r"(?:money|anything|fees?|payments?|price|royalt(?:y|ies)|charges?|compensation)?\s*for\s+"
            r"(?:a\s+|any\s+|the\s+|each\s+)?(?:cop(?:y|ies)|work|software|program|package|"
            r"(?:re)?distribution)\b(?:\s+of\s+(?:the|this)\s+[\w-]+)?\s+(?:is|are)\s+(?:expressly\s+|"
            r"strictly\s+)?(?:illegal|forbidden|prohibited|not\s+(?:allowed|permitted))\b"
        ),
        False,
        0.75,
        ("charging", "paying", "asking", "collecting", "demanding", "requesting", "taking"),
    ),
    # Copies kept to the licensee's own use: "Copies may be made only for your own use", "may
    # be copied only for the Licensee's own use"
    (
        "restriction",
        "no-redistribution",
        re.compile(
            r"\b(?:cop(?:y|ies)|copied)\b[^.;]{0,40}?\b(?:only|solely|exclusively)\s+for\s+(?:your|"
            r"(?:the\s+)?licensee's|its|his|her|their)\s+own\s+(?:personal\s+|internal\s+|private\s+)?"
            r"(?:use|purposes?)\b"
        ),
        False,
        0.7,
        ("own use", "own personal", "own internal", "own private", "own purpose"),
    ),
    # Sharing kept from profit: "to redistribute it on a nonprofit basis", "may be reused on a
    # not-for-profit basis only"
    (
        "restriction",
        "no-selling",
        re.compile(
            r"\b(?:re)?(?:distribut\w*|shar(?:e|ed|ing)|cop(?:y|ied|ying)|reus(?:e|ed|ing)|"
            r"circulat\w*|give\s+away)\b[^.;]{0,60}?\bon\s+an?\s+(?:strictly\s+)?"
            r"(?:non-?\s?profit|not-for-profit|not\s+for\s+profit|no-profit)\s+basis\b"
        ),
        False,
        0.7,
        ("profit basis", "for profit basis"),
    ),
    # Sharing kept free of charge: "may be redistributed only free of charge", "may be
    # distributed only without a fee"
    (
        "restriction",
        "no-selling",
        re.compile(
            r"\b(?:re)?distribut\w*\s+(?:[\w-]+\s+){0,3}?(?:only|solely|exclusively)\s+(?:if\s+it\s+is\s+)?"
            r"(?:free\s+of\s+(?:any\s+)?charge|without\s+(?:any\s+|a\s+)?(?:charge|fee|payment|cost)|"
            r"at\s+no\s+(?:cost|charge)|for\s+free|gratis)\b"
        ),
        False,
        0.7,
        ("free of", "without", "at no", "for free", "gratis"),
    ),
    # Sharing that must be free: "Redistributors must supply the Model at no cost to the people
    # who receive it" (not the source a copyleft licence makes available at no charge)
    (
        "restriction",
        "no-selling",
        re.compile(
            r"\b(?:must|shall|(?:are|is)\s+required\s+to)\s+(?:only\s+)?(?:supply|provide|distribute|"
            r"redistribute|give|offer|share|make\s+(?:it\s+|them\s+)?available)\b"
            r"(?![^.;]{0,80}?\bsource\b)[^.;]{0,60}?\b(?:free\s+of\s+(?:any\s+)?charge|at\s+no\s+(?:cost|"
            r"charge)|for\s+free|without\s+(?:any\s+)?(?:charge|fee|payment|cost)|gratis)\b"
        ),
        False,
        0.7,
        ("free of", "without", "at no", "for free", "gratis"),
    ),
    # "provided that You do not charge Your end users any additional fees for the use of the
    # Programs"
    (
        "restriction",
        "no-selling",
        re.compile(
            r"\b(?:do|will|shall)\s+not\s+charge\s+(?:your"
            r"\s+)?(?:end[- ]users?|customers|users|recipients)\s+"
            r"(?:any\s+)?(?:additional\s+|separate\s+)?(?:fees?|charges?|royalt(?:y|ies))\b"
        ),
        False,
        0.7,
        ("not charge",),
    ),
    # "to copy and modify the source code for its own research, development and the like": an
    # open-ended list of the licensee's own purposes
    (
        "restriction",
        "field-of-use",
        re.compile(
            r"\bfor\s+(?:its|their|his|her|your)\s+own\s+(?:[\w-]+,?\s+(?:and\s+|or\s+)?){1,4}?and\s+the\s+like\b"
        ),
        True,
        0.7,
        ("the like",),
    ),
    # "you may not use the SDK with any system or application where the use or failure of the
    # system can reasonably be expected to threaten or result in personal injury, death"
    (
        "restriction",
        "field-of-use",
        re.compile(
            PROHIBIT
            + r"\s+use\b[^.;]{0,80}\b(?:where|in\s+which)\s+the\s+(?:use\s+or\s+)?failure\b"
            r"[^.;]{0,120}\b(?:death|injury|injuries|life|loss\s+of\s+life)\b"
        ),
        False,
        0.75,
        ("failure",),
    ),
    # "... only as long as Your application has not been used for any data processing, business,
    # commercial, or production purposes"
    (
        "restriction",
        "non-commercial",
        re.compile(
            r"\b(?:as|so)\s+long\s+as\b[^.;]{0,80}\bnot\s+(?:been\s+)?used\s+for\s+any\b[^.;]{0,60}"
            r"\bcommercial\b"
        ),
        False,
        0.7,
        ("long as",),
    ),
    (
        "restriction",
        "non-production",
        re.compile(
            r"\b(?:as|so)\s+long\s+as\b[^.;]{0,80}\bnot\s+(?:been\s+)?used\s+for\s+any\b[^.;]{0,80}"
            r"\bproduction\b|"
            # "There are no Use Limitations for non-production purposes": the limits bind production
            r"\bno\s+(?:use\s+)?limitations?\s+(?:appl(?:y|ies)\s+)?(?:for|to|on)\s+(?:any\s+)?"
            r"non-?\s?production\b"
        ),
        False,
        0.7,
        ("long as", "limitation"),
    ),
    # "Distributions are permitted only with your Products"
    (
        "restriction",
        "no-redistribution",
        re.compile(
            r"\b(?:re)?distributions?\s+(?:is|are)\s+(?:only\s+)?permitted\s+only\s+(?:with|as\s+part\s+of|in)\s+"
            r"(?:your|licensee's)\b"
        ),
        False,
        0.7,
        ("permitted only",),
    ),
    # a condition of the grant that copies go out inside another product: "provided that you
    # (i) distribute the Software or Redistributables bundled as part of, and for the sole
    # purpose of running, Project X code"
    (
        "restriction",
        "no-redistribution",
        re.compile(
            r"\b(?:provided|providing|on\s+condition)\b(?:\s+that)?[^.]{0,80}?\bdistribute\s+the\s+"
            r"(?:[\w-]+\s+){0,4}?(?:bundled|only)\s+(?:as\s+(?:a\s+)?part\s+of|with|within|in\s+"
            r"conjunction\s+with)\b"
            # a product named or the licensee's own, not "a product that uses it" (which one?)
            r"(?:,?\s*and\s+for\s+the\s+sole\s+purpose\s+of\s+\w+,)?(?!\s*(?:a|an|any|some)\b)"
        ),
        False,
        0.7,
        ("bundled", "only as part", "only with", "only within", "only in conjunction"),
    ),
    # "Selling, lending or otherwise transferring the Font Software to a third party is strictly
    # prohibited"; "the following is prohibited: modifying the Font Software"
    (
        "restriction",
        "no-redistribution",
        re.compile(
            r"\b(?:transferring|distributing|redistributing|sublicensing|sharing|publishing|lending)\b"
            r"[^.;:]{0,80}\b(?:is|are)\s+" + BAN_ADVERB + r"(?:prohibited|forbidden|not"
            r"\s+permitted)\b"
        ),
        False,
        0.75,
        ("prohibited", "forbidden", "not permitted"),
    ),
    (
        "restriction",
        "no-derivatives",
        re.compile(
            r"\b(?:prohibited|forbidden|not\s+(?:permitted|allowed))\s*:?\s*(?:\W*\s*)?(?:modifying|altering|adapting|"
            r"translating|creating\s+derivative)\b|"
            r"\b(?:modifying|altering|adapting|creating\s+derivative\s+works|"
            # the act named by its noun: "the creation or publication of derivative works of the
            # Document ... is expressly prohibited"
            r"(?:creation|making|preparation|production)(?:\s+(?:or|and|and/or)\s+\w+)?\s+of\s+"
            r"(?:any\s+)?(?:derivative\s+works?|derivatives|adaptations|modified\s+versions))\b"
            r"[^.;:]{0,120}\b(?:is|are)\s+"
            r"" + BAN_ADVERB + r"(?:prohibited|forbidden|not\s+permitted)\b"
        ),
        False,
        0.75,
        ("prohibited", "forbidden", "not permitted", "not allowed"),
    ),
    # "You may not monetize the Software": to make money from it is commerce
    (
        "restriction",
        "non-commercial",
        re.compile(
            rf"\b{PROHIBIT}\s+(?:[\w-]+\s+){{0,3}}?moneti[sz]e\b|"
            r"\bmoneti[sz]ation\s+of\s+[^.;]{1,60}?\s+" + IS_BARRED + r"\b"
        ),
        False,
        0.75,
        ("monetis", "monetiz"),
    ),
    # "Licensee shall have no right to use the Software for productive or commercial use"
    (
        "restriction",
        "non-commercial",
        re.compile(
            r"\bno\s+right\s+to\s+use\b[^.;]{0,40}\bfor\s+(?:[\w-]+\s+or\s+)?commercial\s+(?:use|purposes?)\b"
        ),
        False,
        0.75,
        ("no right to use",),
    ),
    (
        "restriction",
        "non-production",
        re.compile(r"\bno\s+right\s+to\s+use\b[^.;]{0,40}\bfor\s+(?:productive|production)\b"),
        False,
        0.75,
        ("no right to use",),
    ),
    # More wordings (clausegen11, from the tune half of the fresh wording sets) ----------------
    # "Acme may disable the Software remotely", "may deactivate the App by remote command",
    # "may, over the Internet, restrict the features of the SDK"
    (
        "restriction",
        "remote-restriction",
        re.compile(
            r"\b(?:disable|deactivate|restrict|limit|withdraw|suspend|switch\s+off|shut\s+down)\b"
            r"[^.;]{0,80}?\b(?:remotely|by\s+remote\s+(?:command|means|control)|over\s+the\s+internet)\b|"
            r"\b(?:remotely|over\s+the\s+internet),?\s+(?:disable|deactivate|restrict|limit|withdraw|"
            r"suspend)\b"
        ),
        True,
        0.8,
        ("remote", "over the internet"),
    ),
    # "you shall stop using the prior version", "prior versions may not be used once an Upgrade
    # is available", "must move to each new release", "kept on the latest version", "install all
    # revisions ... and new versions of the Software as the Licensor furnishes"
    (
        "restriction",
        "latest-version",
        re.compile(
            r"\b(?:stop|cease|discontinue)\s+using\s+(?:the\s+|any\s+)?(?:prior|previous|earlier|older|"
            r"superseded)\s+(?:versions?|releases?)\b|"
            r"\b(?:prior|previous|earlier|older|superseded)\s+(?:versions?|releases?)\b[^.;]{0,60}"
            r"\b"
            r"(?:may|shall|must|can)\s*(?:not|no\s+longer)\s+be\s+used\b|"
            # "You may only distribute the current version", "must install all updates provided"
            r"\b(?:may|can)\s+only\s+(?:use|distribute|run|deploy)\s+the\s+(?:latest|most\s+recent|newest|"
            r"current)\s+(?:[\w-]+\s+)?(?:versions?|releases?)\b|"
            r"\b(?:must|shall|agrees?\s+to)\s+(?:promptly\s+)?install\s+(?:all|each|every)\s+(?:[\w-]+\s+)?"
            r"(?:updates?|upgrades?|patches)\b|"
            r"\b(?:must|shall|will|agrees?\s+to)\s+(?:promptly\s+)?(?:move|switch|upgrade|migrate|"
            r"update|transition)\s+to\s+"
            r"(?:each|every|the|any)\s+(?:new|newer|latest|current)\s+(?:versions?|releases?)\b|"
            r"\b(?:kept|keep|maintained|maintain)\s+(?:\w+\s+){0,3}?on\s+the\s+(?:latest|most\s+recent|newest|"
            r"current)\s+(?:versions?|releases?)\b|"
            r"\b(?:shall|must|will)\s+(?:forthwith\s+|promptly\s+)?install\s+(?:all|each|every|any)\b[^.;]{0,80}"
            r"\bnew\s+versions?\b|"
            r"\breplace\s+(?:your|its|the)\s+copy\b[^.;]{0,60}\b(?:version|release)\s+most\s+recently\b"
        ),
        True,
        0.8,
        ("version", "release", "updates"),
    ),
    # "We reserve the right, in our sole discretion, to modify or replace any part of this
    # Agreement", "This Licence may be varied by the Licensor from time to time", "Customer will
    # be bound by any revision to these Terms that X publishes"
    (
        "restriction",
        "revocable-terms",
        re.compile(
            # (a licence the licensor "may revise" gets numbered versions: only a reserved right to
            # change it, or a change of the agreement or terms, is read)
            r"\breserves?\s+the\s+right,?\s+(?:[^,.;]{0,50},\s+)?(?:at\s+any\s+time\s+)?to\s+(?:(?:modify|replace|update|amend|supplement|vary|alter|change|revise),?\s+"
            r"(?:or\s+|and\s+|and/or\s+)?)*(?:modify|replace|update|amend|supplement|vary|alter|change|"
            r"revise)\s+(?:any\s+(?:part|term|provision)s?\s+of\s+)?(?:this|these|the)\s+(?:licen[cs]e|"
            r"agreement|terms)\b(?!\s+of\s+(?:any|another|third))|"
            r"\b(?!you\b|licensee\b|recipients?\b|users?\b)(?:we|licensor|[\w.&-]+)\s+(?:may|can),"
            r"?\s+"
            r"(?:[^,.;]{0,50},\s+)?(?:at\s+any\s+time\s+)?"
            r"(?:(?:modify|replace|update|amend|supplement|vary|alter|change),?\s+"
            r"(?:or\s+|and\s+|and/or\s+)?)*(?:modify|replace|update|amend|supplement|vary|alter|change)\s+"
            r"(?:any\s+(?:part|term|provision)s?\s+of\s+)?(?:this|these|the)\s+(?:agreement|terms)"
            r"\b"
            r"(?!\s+of\s+(?:any|another|third))|"
            r"\b(?:this|these|the)\s+(?:licen[cs]e|agreement|terms)\s+(?:may|can)\s+be\s+(?:varied"
            r"|changed|"
            r"amended|modified|updated|revised)\s+by\s+(?:the\s+licensor|us|[\w.&-]+)\b|"
            r"\bany\s+term\s+of\s+this\s+(?:agreement|licen[cs]e)\s+may\s+be\s+(?:changed|varied|amended|"
            r"modified)\b|"
            r"\bbound\s+by\s+any\s+(?:revision|change|amendment|update)s?\s+to\s+(?:this|these|the)\s+"
            r"(?:licen[cs]e|agreement|terms)\b|"
            r"\balter\s+the\s+terms\s+on\s+which\b"
        ),
        True,
        0.8,
        ("modify", "replace", "update", "amend", "supplement", "vari", "alter", "change", "revis"),
    ),
    # "No licence is granted hereunder to any police force", "Government bodies ... may not use
    # the Service", "persons without such a licence are not licensees", "offered to natural
    # persons only"
    (
        "restriction",
        "excluded-persons",
        re.compile(
            r"\bno\s+licen[cs]e\s+is\s+(?:hereby\s+)?granted\s+(?:hereunder\s+|under\s+this\s+\w+"
            r"\s+)?to\s+"
            r"(?:any\s+)?(?:[\w-]+\s+){0,3}?(?:police|law\s+enforcement|government|military|agenc("
            r"?:y|ies)|"
            r"bod(?:y|ies)|organi[sz]ations?|compan(?:y|ies)|persons?|entit(?:y|ies)|individuals?|"
            r"competitors?)\b|"
            r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|\(?[a-z]\)\s+)?(?:[\w-]+,?\s+){0,3}?"
            r"(?:bodies|agencies|authorities|entities|organi[sz]ations|companies|"
            r"corporations|governments?)\b[^.;]{0,60}?\b(?:(?:may|shall|must)\s+not|are\s+not\s+"
            r"(?:permitted|allowed|authori[sz]ed|entitled)\s+to)\s+(?:use|accept|access|download|"
            r"install)\b|"
            r"\b(?:persons|entities|organi[sz]ations|companies)\b[^.;]{0,60}?\bare\s+not\s+"
            r"(?:licensees|licensed\s+(?:under|hereunder))\b|"
            r"\b(?:offered|available|licensed|granted)\s+to\s+(?:natural\s+persons|individuals|students|"
            r"non-?profit\s+organi[sz]ations)\s+only\b"
        ),
        True,
        0.75,
        (
            "no licen",
            "bodies",
            "agencies",
            "authorities",
            "persons",
            "entities",
            "organi",
            "companies",
            "corporations",
            "individuals",
            "government",
            "only",
        ),
    ),
    # "The Dataset shall not be used to train artificial intelligence systems", "Training of
    # third-party models on content generated by the Service is not permitted", "Distillation of
    # the Model into another model is forbidden"
    (
        "restriction",
        "model-improvement-ban",
        re.compile(
            r"\b(?:may|shall|must|can)\s*not\s+be\s+used\s+(?:\w+\s+){0,3}?to\s+(?:train|fine-?tune|improve|"
            r"develop)\s+(?:any\s+)?(?:[\w-]+\s+){0,3}?(?:models?|systems?|ai|networks?)\b|"
            r"\b(?:training|distillation|fine-?tuning)\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:models?|systems?)?"
            r"\b[^.;]{0,80}?\b(?:is|are)\s+(?:strictly\s+)?(?:not\s+permitted|prohibited|forbidden|"
            r"not\s+allowed)\b"
        ),
        True,
        0.8,
        ("train", "distill", "fine-tun", "fine tun"),
    ),
    # "Each release will be made available under the MIT License two years after it is first
    # published", "Three years after its initial release, each version becomes available under
    # ...", "The Data will be dedicated to the public domain under CC0 1.0 on 31 December 2028"
    (
        "restriction",
        "delayed-open",
        re.compile(
            r"\b(?:will|shall)\s+(?:be\s+)?(?:made\s+available|(?:re)?licensed|released|dedicated)"
            r"\s+"
            r"(?:under|to)\b(?:(?!no\s+later\s+than)[^.;]){0,80}?\b(?:\d+|one|two|three|four|five)"
            r"\s+"
            r"(?:years?|months?)\s+after\b|"
            r"\b(?:\d+|one|two|three|four|five)\s+(?:years?|months?)\s+after\s+(?:its|their|the|that\s+"
            r"version's)\s+(?:initial\s+|first\s+)?(?:release|publication)\b[^.;]{0,80}?\b(?:becomes?|"
            r"shall\s+be|will\s+be)\s+(?:made\s+)?(?:available|licensed|released)\s+under\b|"
            r"\b(?:will|shall)\s+be\s+dedicated\s+to\s+the\s+public\s+domain\b[^.;]{0,60}\bon\s+\d|"
            r"\b(?:month|year)\s+after\s+that\s+version's\s+release\b[^.;]{0,60}\blicensed\s+under"
            r"\b|"
            # a later open license, said in any order: "Three years after release, each version
            # becomes available under the MIT License", "After 1 January 2030 the Software is
            # licensed under the MIT License", "relicensed under the GPL-3.0 four years after its
            # publication", "converts to the Apache License on the second anniversary"
            r"\b(?:\d+|one|two|three|four|five|six|ten)\s+(?:years?|months?)\s+after\s+(?:[\w'-]+\s+){0,3}?"
            r"(?:release|publication|publishing|date)\b[^.;]{0,80}?\b(?:becomes?|will\s+become|is|are|"
            r"converts?|switch(?:es)?|(?:will\s+be\s+|is\s+)?relicensed)\s+(?:made\s+)?(?:available\s+|"
            r"licensed\s+|released\s+)?(?:under|to)\b|"
            r"\b(?:after|from|on)\s+(?:\d{1,2}\s+[a-z]+\s+\d{4}|[a-z]+\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
            r",?\s+(?:the\s+|this\s+|each\s+)?(?:[\w-]+\s+){0,2}?(?:is|are|will\s+be|becomes?)\s+"
            r"(?:made\s+available\s+|licensed\s+|released\s+|relicensed\s+)(?:under|to)\b|"
            r"\b(?:relicensed|converts?)\s+(?:under|to)\s+(?:the\s+)?(?:[^.;]|\.(?=\d)){1,60}?\b(?:\d+|one|two|three|four|"
            r"five|six|ten)\s+(?:years?|months?)\s+after\b|"
            r"\b(?:converts?|switch(?:es)?|reverts?|becomes?)\s+(?:to\s+|available\s+under\s+)?(?:the\s+)?"
            r"(?:[^.;]|\.(?=\d)){1,60}?\bon\s+the\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+"
            r"anniversary\b|"
            # "Each release converts to the MIT license three years after it is published"
            r"\b(?:converts?|switch(?:es)?|changes?|reverts?)\s+to\s+(?:the\s+)?(?:[\w.-]+\s+){0,5}?"
            r"licen[cs]e\b[^.;]{0,40}?\b(?:\d+|one|two|three|four|five)\s+(?:years?|months?)\s+after\b"
        ),
        False,
        0.8,
        ("after", "dedicated", "anniversary"),
    ),
    # "Downloading the Data is permitted only after the user has registered", "available only to
    # users who have applied for, and been granted, an access account", "activated with a
    # licence code issued upon registration", "complete the Partner Registration Form"
    (
        "restriction",
        "registration",
        re.compile(
            r"\bonly\s+(?:after|once|if|when|to\s+users\s+who)\b[^.;]{0,60}?\b(?:(?:has|have|having)\s+"
            r"registered|registered\s+with|applied\s+for|signed\s+up|created\s+an?\s+account)\b|"
            r"\bupon\s+registration\b|"
            r"\b(?:complete|submit|fill\s+(?:in|out))\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?registration\s+"
            r"form\b"
        ),
        True,
        0.75,
        ("regist", "applied for", "signed up", "account"),
    ),
    # An account, key or approved request the work cannot be had or used without: "Before you
    # download the Software you must create an account", "Use of the SDK requires a licence key",
    # "Access to the Dataset is given only to applicants whose request has been approved"
    (
        "restriction",
        "registration",
        re.compile(
            r"\b(?:before|to|in\s+order\s+to)\s+(?:you\s+(?:can\s+|may\s+)?)?(?:download|use|access|"
            r"install|obtain|receive)\b[^.;]{0,60}?\b(?:must|shall|(?:are|is)\s+required\s+to|need\s+to)\s+"
            r"(?:first\s+)?(?:create|open|set\s+up|register\s+for|sign\s+up\s+for|hold|have)\s+(?:an?\s+)?"
            r"(?:[\w-]+\s+){0,2}?account\b|"
            r"\b(?:must|shall|(?:are|is)\s+required\s+to|(?<!not\s)(?<!n['\u2019]t\s)need\s+to)\s+(?:first\s+)?(?:create|open|"
            r"set\s+up|register\s+for|sign\s+up\s+for)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?account\b"
            r"[^.;]{0,30}?\b(?:before|to)\s+(?:you\s+)?(?:download|us|access|install|obtain)\w*\b|"
            # "may call the API only with an API key issued to you after registration"
            r"\bonly\s+with\s+(?:a|an)\s+(?:valid\s+)?(?:api|licen[cs]e|access|activation)\s+key\b[^.;]{0,40}?"
            r"\b(?:after|upon|following)\s+registration\b|"
            r"\b(?:use|installation|activation|operation|access)\s+(?:of|to)\s+[^.;]{0,40}?\brequires?\s+"
            r"(?:(?:a|an|the)\s+)?(?:prior\s+|valid\s+|active\s+|registered\s+)?(?:[\w-]+\s+)?(?:licen[cs]e\s+keys?|"
            r"activation\s+(?:keys?|codes?)|serial\s+(?:numbers?|keys?)|accounts?|api\s+keys?|"
            r"registration)\b|"
            # "A valid license key, obtained from Acme, is required to run the Software"
            r"\b(?:a|an|the)\s+(?:valid\s+)?(?:licen[cs]e|activation|product|api|serial)\s+(?:keys?|codes?|"
            r"numbers?)\b[^.;]{0,60}?\b(?:is|are)\s+required\s+(?:to|for|in\s+order\s+to|before)\b|"
            # "may only be used after registration", "Registration is required to use"
            r"\bonly\s+(?:be\s+used\s+)?(?:after|upon|following)\s+(?:prior\s+)?registration\b|"
            r"\bregistration\s+(?:is|shall\s+be)\s+(?:required|mandatory|necessary)\b|"
            r"\bonly\s+(?:after|once|when|if)\s+(?:your|the|an?)\s+(?:application|request|registration)\s+"
            r"(?:is|has\s+been)\s+(?:approved|accepted|granted)\b|"
            # "Before you use the Software in a product, you must inform the Licensor"
            r"\bbefore\s+(?:you\s+)?(?:use|distribute|publish|ship|release|deploy)\b[^.;]{0,80}?,\s*(?:you\s+)?"
            r"(?:must|shall)\s+(?:first\s+)?(?:notify|inform|tell|register)\b|"
            r"\b(?:must|shall)\s+(?:first\s+)?(?:notify|inform)\s+[\w()&.' -]{1,40}?\b"
            r"(?:before|prior\s+to)\s+"
            r"(?:using|distributing|publishing|deploying|releasing|shipping)\b|"
            r"\bonly\s+to\s+(?:[\w-]+\s+)?(?:applicants|users|persons|researchers|individuals|"
            r"organi[sz]ations|institutions|those)\s+(?:whose\s+(?:request|application)s?\s+(?:has|have)\s+"
            r"been\s+(?:approved|accepted|granted)|who\s+(?:have|has)\s+been\s+(?:approved|granted\s+"
            r"access|accepted))\b"
        ),
        False,
        0.7,
        (
            *("account", "key", "registration", "approved", "accepted", "granted access"),
            *("serial", "inform", "notify"),
        ),
    ),
    # "used free of charge only by services with fewer than 300 million monthly active users",
    # "in applications whose daily active users do not exceed 20,000"
    (
        "restriction",
        "user-threshold",
        re.compile(
            r"\b(?:fewer|less)\s+than\s+[\d,.]+\s*(?:thousand|million|billion|[km])?\s+(?:monthly|"
            r"daily|weekly)"
            r"\s+active\s+users\b|"
            r"\b(?:monthly|daily|weekly)\s+active\s+users\s+(?:do|does|shall|must)\s+not\s+exceed\b"
        ),
        False,
        0.8,
        ("active users",),
    ),
    # a cap on the size of a deployment: "total overall available storage ... shall not exceed
    # 10TB and/or an upper limit of 50 VCPUs" (a rule, said with "shall", "must" or "may"; "the
    # index does not exceed 2 GB" is a fact). The sentence reader writes "1.5" as "1_5".
    (
        "restriction",
        "user-threshold",
        re.compile(
            r"\b(?:shall|must|may)\s*not\s+exceed\s+(?:a\s+(?:total|maximum)\s+of\s+)?"
            r"\d[\d,_]*\s*(?:tb|gb|pb|terabytes?|gigabytes?|petabytes?|v?cpus?|(?:cpu\s+|processor\s+)?"
            r"cores|nodes|servers|instances|hosts|hyper[- ]?threads|sockets)\b"
        ),
        False,
        0.8,
        ("exceed",),
    ),
    # "You may not commercialise the Model", "in the course of any trade or business", "without
    # any commercial objective", "earn income of any kind", "generate revenue"
    (
        "restriction",
        "non-commercial",
        re.compile(
            PROHIBIT
            + r"\s[^.;]{0,80}?\b(?:commerciali[sz]e|earn\s+(?:any\s+)?(?:income|revenue|money)|"
            r"generate\s+(?:any\s+)?(?:income|revenue|profits?)|earns?\s+(?:you\s+)?(?:or\s+[\w\s]"
            r"{0,20})?money|"
            r"in\s+the\s+course\s+of\s+(?:any\s+|a\s+)?(?:trade|business))\b|"
            r"\bwithout\s+any\s+commercial\s+(?:objective|purpose|aim|intent|motive)\b|"
            # "excludes any use for direct or indirect commercial gain"; "may not create
            # products with the Font to be used commercially"
            r"\bexclud\w*\s+(?:any\s+|all\s+)?(?:uses?|usage|exploitation)\s+(?:for|with)\s+(?:any\s+)?"
            r"(?:(?:direct|indirect)\s+(?:or\s+(?:direct|indirect)\s+)?)?commercial\b|"
            + PROHIBIT
            + r"\s[^.;]{0,80}?\bto\s+be\s+(?:used|sold|exploited)\s+commercially\b|"
            r"\bprohibited\s+to\s+use\b[^.;]{0,60}\bto\s+earn\s+(?:income|money|revenue)\b|"
            r"\bintended\s+to\s+generate\s+(?:revenue|income|profits?)\b"
        ),
        False,
        0.75,
        ("commercial", "earn", "generate", "trade", "business"),
    ),
    # "you must not: (c) ask for or accept payment for it", "no copy of the Fonts may be sold",
    # "on condition that you do not receive any payment", "provided that no price is charged",
    # "It is prohibited to offer the Model for sale"
    (
        "restriction",
        "no-selling",
        re.compile(
            r"\b(?:you|licensees?|customers?|recipients?|users?)\b(?:\s+[\w,]+){0,2}?\s+(?:must|shall|may|"
            r"will|do|does|should)\s*not:?\s+(?:\(?[a-z0-9]{1,3}\)\s+)?(?:\w+\s+){0,2}?(?:ask\s+for|accept|"
            r"receive|take|demand)\s+(?:or\s+(?:ask\s+for|accept|receive|take)\s+)?"
            r"(?:any\s+)?(?:payment|fees?|money|price|compensation|consideration|remuneration)\b|"
            # (not a definition of "freely available", nor a sale of the work by itself)
            r"(?<!means\sthat\s)\bno\s+(?:price|fee|charge|payment)\s+(?:is|shall\s+be|may\s+be|will\s+be)\s+"
            r"(?:charged|asked|requested|received|taken)\b(?![^.;]{0,30}\bitself)|"
            r"\bno\s+(?:copy|copies|part|portion)\b[^.;]{0,60}?\b(?:may|shall|can)\s+be\s+(?:sold|"
            r"resold|"
            r"rented|leased)\b(?!\s+(?:by\s+itself|on\s+its\s+own|alone|separately))|"
            r"(?:"
            + PROHIBIT
            + r"|\bprohibited\s+to)\s[^.;]{0,40}?\boffer\s+(?:the\s+|it\s+|them\s+)?"
            r"(?:[\w-]+\s+)?for\s+sale\b"
        ),
        False,
        0.75,
        (
            "payment",
            "fee",
            "money",
            "price",
            "compensation",
            "consideration",
            "remuneration",
            "no copy",
            "no copies",
            "for sale",
        ),
    ),
    # "obliges its customers, by written agreement, to comply with terms that protect", "any
    # party to whom the Model is made available is contractually bound to the use restrictions",
    # "shall incorporate into each agreement by which it passes the Software"
    (
        "restriction",
        "pass-through",
        re.compile(
            r"\b(?:oblige|require|bind)s?\s+(?:its|your|their|the|each|all)\s+(?:customers|recipients|"
            r"end[- ]users|users|licensees|distributees|"
            r"sublicensees)\b[^.;]{0,60}?\bto\s+(?:comply\s+with\s+)?"
            r"(?:the\s+)?(?:terms|restrictions|conditions)\b|"
            r"\b(?:recipients?|part(?:y|ies)|licensees|sublicensees|end[- ]users)\b[^.;]{0,100}?\b"
            r"(?:is|are|"
            r"must\s+be|shall\s+be)\s+(?:contractually\s+)?bound\b[^.;]{0,60}?\b(?:to|by)\s+(?:the"
            r"\s+)?"
            r"(?:use\s+)?restrictions\b|"
            r"\bincorporate\b[^.;]{0,40}?\binto\s+(?:each|every|any)\s+(?:licen[cs]e\s+)?agreement"
            r"\b[^.;]{0,40}?"
            r"\b(?:passes|distributes|sublicenses|provides|transfers|supplies)\b|"
            # "the conditions of this Licence are imposed upon the receiver of the product"
            r"\b(?:conditions|terms|restrictions)\s+of\s+this\s+(?:licen[cs]e|agreement)\s+(?:are|is|"
            r"shall\s+be)\s+imposed\s+(?:up)?on\s+(?:the|any|each|every)\s+(?:receivers?|recipients?)\b|"
            # "... to any individual or entity who has not agreed to the terms of this Agreement",
            # "without first having read and agreed to the terms of this License"
            r"\b(?:individual|person|entity|party|recipient)\s+who\s+has\s+not\s+(?:first\s+)?(?:agreed|"
            r"accepted)\s+(?:to\s+)?(?:be\s+bound\s+by\s+)?the\s+terms\b|"
            r"\b(?:third\s+part(?:y|ies)|recipients?|anyone|end[- ]users?|customers?)\b"
            r"[^.;]{0,100}?"
            r"\bwithout\s+(?:first\s+)?having\s+(?:read\s+and\s+)?(?:agreed|accepted)\s+(?:to\s+)?the\s+"
            r"terms\s+(?:and\s+conditions\s+)?of\s+this\b|"
            # "ensure that no additional rights ... are granted to sublicensees other than those
            # granted to you"
            r"\bno\s+(?:additional|further|other|greater)\s+rights\b[^.;]{0,60}?\bgranted\s+to\s+"
            r"(?:sub-?licensees|recipients|end[- ]users|third\s+parties|customers)\s+"
            r"(?:other\s+than|beyond)\b"
        ),
        False,
        0.8,
        (
            *("oblige", "require", "bind", "bound", "incorporate", "imposed", "who has not"),
            *("having", "no additional", "no further", "no other", "no greater"),
        ),
    ),
    # Terms of old freeware and data notices (the Debian tuning part): bans said of the work or
    # of nobody in particular. "These are freeware, not to be sold", "None of the programs can
    # be sold", "No one may sell or market this software", "as long as it is not sold, rented or
    # traded", "The sale, resale, or use of this program for profit ... is forbidden", "No fees
    # are charged for copies", "without asking for charge", "so long as no charge is made"
    # (not a sale of the work by itself, nor a definition of "freely available")
    (
        "restriction",
        "no-selling",
        re.compile(
            r"\bnot\s+to\s+be\s+(?:[a-z]+(?:,|\s+or)\s+){0,3}?(?:sold|resold)\b(?!\s+"
            + ON_ITS_OWN
            + r")|"
            r"\b(?:none|neither)\s+of\s+(?:the|these|this|its|our|my)\b[^.;]{0,40}?\b(?:can|may|"
            r"shall|is\s+to|are\s+to)\s+be\s+(?:sold|resold)\b|"
            r"\b(?:no\s+one|no-one|nobody|no\s+person|no\s+party)\b[^.;]{0,30}?\b(?:may|can|shall)\s+"
            r"(?:sell|resell)\b|"
            r"\b(?:as\s+long\s+as|so\s+long\s+as|provided\s+(?:that\s+)?|on\s+condition\s+that)\b"
            r"[^.;]{0,160}?\b(?:it|they|the\s+[\w-]+|this\s+[\w-]+)\s+(?:is|are)\s+not\s+(?:sold|resold)"
            r"\b(?!\s+" + ON_ITS_OWN + r")|"
            r"\b(?:sale|resale)\b(?:,?\s+(?:or\s+)?[\w-]+){0,4}\s+of\s+(?:this|the|these)\b(?:[^.;]{0,120}?|"
            r"[^.;]{0,40}?\bwithout\s+the\b[^.;]{0,200}?)"
            r"\b(?:is|are)\s+(?:forbidden|prohibited|not\s+permitted|not\s+allowed)\b|"
            r"(?<!means\sthat\s)\bno\s+(?:fees?|charges?|compensation)(?:\s+or\s+[\w-]+)?\s+(?:is|are|"
            r"shall\s+be|may\s+be)\s+(?:charged|asked|requested|made)\b(?![^.;]{0,30}\bitself)|"
            r"\b(?:as\s+long\s+as|so\s+long\s+as|provided\s+(?:that\s+)?|when|if)\s+no\s+"
            r"(?:charge|fee|price)s?\b[^.;]{0,60}?\b(?:is|are)\s+(?:made|charged|asked)\b|"
            r"\bwithout\s+(?:asking|requesting|demanding)\s+(?:for\s+)?(?:a\s+|any\s+)?(?:charge|fee|"
            r"payment|money)\b|"
            # "provided that the redistribution doesn't result in financial gain", "provided the
            # transference is done without financial return"
            r"\b(?:provided|as\s+long\s+as|so\s+long\s+as|on\s+condition)\b[^.;]{0,80}?\b(?:(?:does|do|shall|"
            r"will)\s+not|doesn't|don't)\s+result\s+in\s+(?:any\s+)?(?:financial|monetary)\s+(?:gain|profit|"
            r"return)\b|"
            r"\b(?:done|made|effected|carried\s+out)\s+without\s+(?:any\s+)?(?:financial|monetary)\s+"
            r"(?:return|gain|compensation|consideration)\b|"
            # "Redistributions are made at no charge beyond the reasonable cost of materials"
            r"\b(?:made|distributed|provided|offered|given)\s+(?:at|for|with)\s+no\s+(?:charge|cost|"
            r"fee)\s+(?:beyond|other\s+than|in\s+excess\s+of|apart\s+from)\b"
        ),
        False,
        0.75,
        ("sold", "sell", "sale", "charge", "fee", "compensation", "financial", "monetary"),
    ),
    # "Free for non-commercial use.", "for educational, research and non-profit purposes", "not
    # for profit purposes", "used for personal gain or profit", "not made or distributed for
    # direct commercial advantage", "may not be used in a commercial program"
    (
        "restriction",
        "non-commercial",
        re.compile(
            r"(?<!['\"])\bfree\s+for\s+non-?commercial\s+(?:use|purposes)\b|"
            r"\bfor\s+(?:(?!(?<!non-)(?<!non)commercial)[\w-]+,?\s+(?:and\s+|or\s+)?){0,4}?"
            r"(?:non-?profit|not[\s-]+for[\s-]+profit)\s+(?:purposes?|use|uses)\b|"
            r"\b(?:not|never)\b[^.;]{0,50}?\bused\s+(?:\w+\s+){0,3}?for\s+(?:personal\s+|commercial\s+|"
            r"financial\s+)?(?:gain|profit)\b|"
            r"\bnot\s+(?:made\s+or\s+)?(?:distributed|used)\s+for\s+(?:direct\s+)?(?:profit|"
            r"commercial\s+advantage)\b|"
            r"\buse\s+of\s+(?:this|the)\s+[\w-]+\s+for\s+(?:profit|commercial\s+(?:purposes|gain))\b"
            r"(?:[^.;]{0,120}?|\s+without\s+the\b[^.;]{0,200}?)\b(?:is|are)\s+(?:forbidden|prohibited|not\s+"
            r"permitted|not\s+allowed)\b|"
            r"\b(?:may|shall|must|can)\s*not\s+be\s+used\s+(?:in|for|within)\s+(?:a|any)\s+commercial\s+"
            r"(?:program|product|software|application|package|game)s?\b"
        ),
        False,
        0.75,
        ("commercial", "profit", "gain"),
    ),
    # "Do not alter in any way", "modified versions may not be distributed without prior
    # consent" (not "provided that no changes are made" alone: such texts often allow changes
    # under a new name a sentence later)
    (
        "restriction",
        "no-derivatives",
        re.compile(
            r"\bdo\s+not\s+(?:alter|modify|change)\s+in\s+any\s+way\b|"
            r"\b(?:modified|altered|changed)\s+(?:versions?|copies|forms?|files?)\b[^.;]{0,40}?\b"
            r"(?:may|shall|must|can)\s*not\s+be\s+(?:distributed|redistributed|published|shared)\b"
            + _UNLESS_MET
            + r"|"
            # the same as a noun: "Redistribution of modified versions is not permitted",
            # "Publishing modifications ... of the work is prohibited"
            r"\b(?:(?:re-?)?(?:distribution|publication)\s+of|(?:re-?)?distributing|publishing)\s+"
            r"(?:any\s+)?(?:(?:[a-z]+ly\s+)?(?:modified|altered|changed)\s+(?:versions?|copies|forms?|"
            r"files?)|modifications|derivatives|derivative\s+works)\b[^.;]{0,80}?"
            r"\b(?:is|are)\s+(?:strictly\s+)?(?:not\s+(?:permitted|allowed|authori[sz]ed)|prohibited|"
            r"forbidden)\b" + _UNLESS_MET
        ),
        False,
        0.75,
        ("change", "modif", "alter", "derivative"),
    ),
    # "You may not use the work as base of another work": the work as the base of a new one
    (
        "restriction",
        "no-derivatives",
        re.compile(
            PROHIBIT
            + r"\s+use\s+(?:the|this|these|any|such)\s+(?:[\w-]+\s+){0,2}?as\s+(?:a\s+|the\s+)?"
            r"(?:base|basis|starting\s+point)\s+(?:of|for)\s+(?:an?\s+|any\s+)?(?:other|another|new|"
            r"derivative|derived)\b"
        ),
        False,
        0.75,
        ("base", "basis", "starting point"),
    ),
    # "Any other distribution of the Software requires a separate license with the University"
    (
        "restriction",
        "no-redistribution",
        re.compile(
            r"\b(?:any\s+)?other\s+(?:re-?)?distribution\s+of\b[^.;]{0,80}?\brequires?\s+(?:an?\s+)?"
            r"(?:separate|written|prior|additional|different)\s+(?:licen[cs]e|agreement|permission|"
            r"consent)\b"
        ),
        False,
        0.75,
        ("distribution",),
    ),
    # a bare heading that bans: "REDISTRIBUTION NOT PERMITTED", "Modifications not allowed."
    (
        "restriction",
        "no-redistribution",
        re.compile(r"^\W*(?:re-?)?distributions?\s+not\s+(?:permitted|allowed)\b[^a-z]*$"),
        False,
        0.75,
        ("not permitted", "not allowed"),
    ),
    (
        "restriction",
        "no-derivatives",
        re.compile(
            r"^\W*(?:modifications?|alterations?|changes|derivative\s+works?)\s+not\s+(?:permitted|"
            r"allowed)\b[^a-z]*$"
        ),
        False,
        0.75,
        ("not permitted", "not allowed"),
    ),
    # "The upstream authors forbid any redistribution of the clients"
    (
        "restriction",
        "no-redistribution",
        re.compile(
            r"\b(?:authors?|licensors?|copyright\s+holders?|owners?|we)\s+(?:\w+\s+)?(?:forbids?|"
            r"prohibits?)\s+(?:any\s+|all\s+)?(?:re)?distribution\b"
        ),
        False,
        0.75,
        ("forbid", "prohibit"),
    ),
    # "The data are for scientific use only"
    (
        "restriction",
        "research-only",
        re.compile(r"\b(?:is|are)\s+for\s+scientific\s+(?:use|purposes)\s+only\b"),
        False,
        0.75,
        ("scientific",),
    ),
    # "... for educational and research purposes by non-profit institutions and US government
    # agencies only", "Permission to use ... by non-profit institutions only ... is hereby
    # granted", "granted to academic institutions only"
    (
        "restriction",
        "excluded-persons",
        re.compile(
            r"\b(?:used|use|granted|licen[cs]ed|available)\b[^.;]{0,160}?\b(?:by|to)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:institutions|organi[sz]ations|universities|entities)\b"
            r"[^.;]{0,60}?(?<!\bnot\s)\bonly\b"
        ),
        False,
        0.75,
        ("only",),
    ),
    # "The fonts are free for personal use only", "free for personal use" (not "for personal
    # and commercial use"): leave for private use alone
    (
        "restriction",
        "non-commercial",
        re.compile(
            r"\bfree\s+for\s+(?:private\s+(?:and|or)\s+)?personal\s+(?:and\s+(?:private|educational|"
            r"non-?commercial)\s+)?use\b(?![^.;]{0,40}\bcommercial\b(?!\s+use\s+(?:is\s+not|requires|"
            r"needs)))"
        ),
        True,
        0.75,
        ("personal use",),
    ),
    # "may not be used in any product or service that is sold or otherwise commercialised"
    (
        "restriction",
        "non-commercial",
        re.compile(
            PROHIBIT + r"\s+be\s+used\s+(?:in|for|within)\s+(?:a|any)\s+(?:[\w-]+\s+)?(?:products?|"
            r"services?|applications?)(?:\s+or\s+(?:[\w-]+\s+)?(?:products?|services?))?\s+(?:that|which)\s+"
            r"(?:is|are)\s+(?:sold|commerciali[sz]ed|offered\s+for\s+sale|marketed)\b"
        ),
        False,
        0.75,
        ("sold", "commerciali", "offered for sale", "marketed"),
    ),
    # "You may not place the Software on any public server or website"
    (
        "restriction",
        "no-redistribution",
        re.compile(
            PROHIBIT
            + r"\s+(?:place|put|post|upload|publish)\s+(?:the|this|these|any)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:on|onto|to)\s+(?:any|a|the)\s+(?:public(?:ly\s+accessible)?\s+)?(?:servers?|web\s*sites?|"
            r"internet|networks?|bulletin\s+boards?|ftp\s+sites?)\b"
        ),
        False,
        0.75,
        ("server", "website", "web site", "internet", "network", "bulletin", "ftp"),
    ),
    # "Any recipient of the Software must agree to these terms"
    (
        "restriction",
        "pass-through",
        re.compile(
            r"\b(?:any|every|each|all)\s+(?:subsequent\s+|downstream\s+)?recipients?\s+(?:of\s+[^.;]{1,60}?\s+)?"
            r"(?:must|shall|will\s+be\s+required\s+to)\s+(?:first\s+)?(?:agree\s+to|accept|be\s+bound\s+by|"
            r"comply\s+with)\s+(?:these|this|the\s+same|the)\s+(?:terms|licen[cs]e|agreement|conditions)\b"
        ),
        False,
        0.75,
        ("recipient",),
    ),
    # "This trial version may be used for 30 days"
    (
        "restriction",
        "evaluation-only",
        re.compile(
            r"\b(?:trial|evaluation|demo|demonstration)\s+(?:version|copy|edition|licen[cs]e)\b[^.;]{0,40}?"
            r"\b(?:may|can)\s+be\s+used\s+(?:for\s+(?:a\s+period\s+of\s+)?(?:up\s+to\s+)?\d+\s+days|"
            r"(?:only\s+)?(?:during|for)\s+(?:a|the)\s+(?:limited|trial|evaluation)\s+period)\b"
        ),
        False,
        0.75,
        ("trial", "evaluation", "demo"),
    ),
    # "Use is limited to non-commercial scientific research"
    (
        "restriction",
        "research-only",
        re.compile(
            r"\b(?:use|usage)\s+(?:of\s+(?:the|this)\s+[\w-]+\s+)?(?:is|are)\s+(?:strictly\s+)?(?:limited|"
            r"restricted)\s+to\s+(?:[\w-]+,?\s+){0,3}?research\b"
        ),
        False,
        0.75,
        ("research",),
    ),
    # "you must include these use restrictions in your license and require recipients to
    # comply with them"
    (
        "restriction",
        "pass-through",
        re.compile(
            r"\binclude\s+(?:these|the|such|all\s+(?:of\s+)?(?:these|the))\s+"
            r"(?:use[- ]based\s+|use\s+)?restrictions\b[^.;]{0,60}?"
            r"\b(?:licen[cs]e|agreement|terms)\b"
        ),
        False,
        0.75,
        ("restrictions",),
    ),
    # "This license permits use of the Software for evaluation purposes for a period of sixty
    # days", "The evaluation license expires 90 days after installation"
    (
        "restriction",
        "evaluation-only",
        re.compile(
            r"\b(?:permits?|allows?|licen[cs]ed|permitted|granted)\b[^.;]{0,60}?\bfor\s+(?:internal\s+)?"
            r"evaluation\s+purposes\b|"
            r"\bevaluation\s+(?:licen[cs]e|period|version|copy|edition)\b[^.;]{0,40}?\b(?:expires?|ends?|"
            r"terminates?|lasts?)\b"
        ),
        True,
        0.75,
        ("evaluation",),
    ),
    # A use given to decide on a purchase: "You may use the Software for thirty days to decide
    # whether to buy it", "may be installed to find out whether it meets your needs"
    (
        "restriction",
        "evaluation-only",
        re.compile(
            r"\b(?:may|can|are\s+(?:permitted|allowed|entitled)\s+to)\s+(?:be\s+)?(?:use|used|install|"
            r"installed|run|try|tried|test|tested)\b[^.;]{0,80}?\b(?:to|in\s+order\s+to|so\s+(?:that\s+)?"
            r"(?:you|licensee)\s+(?:may|can))\s+(?:decide|determine|judge|assess|see|find\s+out|"
            r"establish)\s+(?:whether|if)\s+(?:or\s+not\s+)?(?:to\s+(?:buy|purchase|licen[cs]e|subscribe|"
            r"acquire|order)|(?:it|they|the\s+[\w-]+)\s+(?:suits?|meets?|fits?|works?)|you\s+(?:want|wish)"
            r"\s+to\s+(?:buy|purchase|keep))\b"
        ),
        False,
        0.75,
        ("whether", " if "),
    ),
    # "Licensee may not make the functionality of the Software available to third parties over
    # a network"
    (
        "restriction",
        "hosting-restriction",
        re.compile(
            # the work's functionality handed to others over a network, barred before or after:
            # "may not make the functionality of the Software available to third parties over a
            # network", "Offering the functionality of the Software to others over the internet is
            # not allowed"
            PROHIBIT + r"\s+(?:make|offer|provide|expose|serve|deliver)\s+(?:the\s+)?"
            r"(?:functionality|features?|capabilities|services?)\s+of\s+[^.;]{0,80}?"
            r"\b(?:over|via|through|across)\s+(?:a|the|any)\s+"
            r"(?:computer\s+)?(?:network|internet|web)\b|"
            r"\b(?:offering|providing|making|exposing|serving)\s+(?:the\s+)?(?:functionality|features?|"
            r"capabilities)\s+of\s+[^.;]{0,80}?\b(?:over|via|through|across)\s+(?:a|the|any)\s+"
            r"(?:computer\s+)?(?:network|internet|web)\b[^.;]{0,40}?\b(?:is|are)\s+(?:strictly\s+)?"
            r"(?:not\s+(?:allowed|permitted)|prohibited|forbidden)"
        ),
        False,
        0.75,
        ("network", "internet"),
    ),
    # "The Software may not be accessed remotely"
    (
        "restriction",
        "remote-restriction",
        re.compile(
            PROHIBIT
            + r"\s+be\s+(?:accessed|used|operated|run)\s+(?:from\s+a\s+distance\s+|remotely)"
        ),
        False,
        0.75,
        ("remotely", "from a distance"),
    ),
    # "You may make copies for your own use but you may not give them away"
    (
        "restriction",
        "no-redistribution",
        re.compile(
            PROHIBIT + r"\s+(?:give|hand|pass)\s+(?:it|them|copies|(?:the|this|these)\s+[\w-]+)\s+"
            r"(?:away|on)\b(?=\s*(?:[.;,]|$|(?:to\s+)?(?:anyone|others|third\s+parties|any\s+third\s+party|"
            r"free(?:\s+of\s+charge)?)\b))"
        ),
        False,
        0.75,
        ("away", " on"),
    ),
    # "Offering the Software as a database-as-a-service product is not permitted"
    (
        "restriction",
        "hosting-restriction",
        re.compile(
            r"\boffering\s+(?:the|this)\s+[\w-]+\s+(?:to\s+third\s+parties\s+)?as\s+(?:a|an)\s+"
            r"(?:[\w-]+\s+){0,3}?[\w-]*(?:service|saas)\b[^.;]{0,40}?\b(?:is|are)\s+"
            r"" + BAN_ADVERB + r""
            r"(?:not\s+(?:permitted|allowed)|prohibited|forbidden)\b"
        ),
        False,
        0.75,
        ("offering",),
    ),
)
