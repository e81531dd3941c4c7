"""Limits read from their parts rather than from one fixed wording.

A pass-through term has three parts in any order a drafter likes: someone downstream (end users,
customers, sublicensees), a duty to bind them (require, ensure, flow down, make subject to) and
terms that carry this text's limits on (at least as protective, the same restrictions). A
reserved right to change the terms has an actor that is not the licensee, a leave word (may,
reserves the right to), a change verb and the agreement as its object. Each reader here looks
for its parts within one sentence, so a new arrangement of familiar words is still read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import NamedTuple, cast

from licenseclass.clauses.additions import kind_of_limit
from licenseclass.clauses.hits import (
    BAN_ADVERB,
    FOR_PAY,
    PROHIBIT,
    UNNEGATED,
    Hit,
    HitParams,
    for_cause,
    full_evidence,
    has_any,
    in_sentence,
    make_evidence,
    negated,
    on_its_lines,
)
from licenseclass.clauses.patterns import OWN_APP_REGISTERED
from licenseclass.clauses.sentences import Sentence
from licenseclass.core.model import Evidence, RestrictionKind

# Pass-through -----------------------------------------------------------------------------

_DOWNSTREAM = (
    r"(?:end[- ]?users?|users?|recipients?|customers?|clients?|sub-?licensees?|distributees?|"
    r"transferees?|licensees|resellers?|distributors?|purchasers?|third[- ]part(?:y|ies)|"
    r"collaborators?|"
    r"downstream\s+[\w-]+|subsequent\s+[\w-]+|any(?:one|\s+(?:person|party|entity))\s+"
    r"(?:who|that|to\s+whom)|"
    # ("impose upon these persons or parties the same terms")
    r"(?<=upon\s)(?:these|such|those)\s+(?:persons|parties|entities))"
)
_BIND = (
    r"(?:requir\w*|ensur\w*|caus\w*|bind\w*|oblig\w*|impos(?:e|es|ed|ing)|flow\w*\s+(?:down|through)|"
    r"procur\w*|pass\w*\s+(?:on|through|along|down)|pass\w*\s+(?:[\w-]+\s+){1,6}?on\s+to|contractually)"
)
# The licensee's own dealings made subject to the terms: "make each distribution subject to",
# "include the Flow-Down Terms in each agreement", "only under a sublicence agreement that".
_DEALINGS = re.compile(
    r"\bmake\s+(?:each|every|any|all)\s+(?:[\w-]+\s+){0,2}?(?:distributions?|sublicen[cs]es?|"
    r"copies|transfers?|deliver(?:y|ies))\b[^.;]{0,60}?\bsubject\s+to\b|"
    r"\binclude\b[^.;]{0,60}?\bin\s+(?:each|every|any|all)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:agreements?|contracts?|licen[cs]es)\b|"
    r"(?P<bind>\bflow[- ]down\b)|"
    # "The terms under which Licensee distributes an Application must be consistent with"
    r"\bthe\s+terms\s+(?:under|on)\s+which\s+(?:you|licensee|customer)\s+(?:distribute|provide|"
    r"sublicense|license|make\s+available)\w*\b[^.;]{0,60}?\b(?:must|shall)\b|"
    # "will provide the Redistributables subject to a license agreement that prohibits ..."
    r"\b(?:distribut|provid|deliver|sublicens|licens)\w*\s+(?:[\w-]+\s+){0,4}?subject\s+to\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:agreement|licen[cs]e|terms|eula)\s+(?:that|which)\b|"
    # (a public licence's "only under a license that complies with this license" carries its
    # own terms, so only terms measured against this text's limits are read after it)
    r"\bonly\s+(?:under|pursuant\s+to|by\s+means\s+of)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<only>(?:agreement|contract|sublicen[cs]e|licen[cs]e)\s+(?:that|which))\b"
)
# The downstream party named first: "each end user must agree to", "sublicensees shall be bound".
_DOWNSTREAM_BOUND = (
    r"(?:must|shall|will|to)\s+(?:first\s+)?(?:(?:agree\s+to\s+)?be\s+(?:contractually\s+)?bound\s+"
    r"(?:in\s+writing\s+)?by|agree\s+to|accept|enter\s+into|be\s+(?:contractually\s+)?(?:obliged|"
    r"obligated)\s+to\s+(?:observe|comply\s+with|follow|respect|abide\s+by))"
)
# "Before you hand the Dataset to anyone, that recipient must accept this Licence's terms":
# the recipient named after the licensee's act
_RECIPIENT_BOUND = re.compile(
    r"\b(?:(?:that|such|the|each|every|any)\s+)(?:recipient|transferee|licensee|party|person|user)s?\s+"
    rf"{_DOWNSTREAM_BOUND}\s+(?:the\s+)?(?:same\s+)?(?:terms|conditions|this|these)\b"
)
# The terms that travel: this text's limits, or terms measured against this text's.
_CARRIED = re.compile(
    r"\b(?:at\s+least\s+(?:as\s+)?|no\s+less\s+|as\s+)(?:protective|restrictive|stringent)\s+"
    r"(?:as|than)\b|"
    r"\b(?:these|same|such|equivalent|similar|identical|comparable)\s+"
    r"(?:(?:use|usage|license|licence|field[- ]of[- ]use|[\w-]+-based)\s+)?"
    r"(?:restrictions|limitations|prohibitions)\b|\bthe\s+(?:use|usage)\s+restrictions\b|"
    r"\b(?:acceptable|permitted)\s+use\s+polic(?:y|ies)\b|"
    r"\b(?:mandatory|required|minimum)\s+(?:[\w-]+\s+){0,2}?(?:terms|provisions|restrictions)\b|"
    r"\b(?:terms|provisions|restrictions)\s+(?:listed|set\s+(?:out|forth)|specified)\s+in\s+"
    r"(?:exhibit|schedule|attachment|appendix|annex)\b|"
    r"\b(?:restrictions|limitations|prohibitions)\s+(?:(?:of|in|under)|(?:set\s+(?:forth|out)|"
    r"contained|stated)\s+in)\s+(?:this|these)\s+(?:agreement|terms|eula|licen[cs]e|section)\b|"
    r"\b(?:restrictions|limitations|prohibitions)(?:\s+and\s+obligations)?\s+(?:set\s+(?:forth|out)|"
    r"contained|stated)\s+(?:herein|above|below)\b|"
    # "bind such third parties to all the obligations of this Agreement"
    r"\ball\s+(?:of\s+)?(?:the\s+)?(?:obligations|restrictions|limitations)\s+(?:of|in|under|set\s+"
    r"(?:forth|out)\s+in)\s+(?:this|these)\s+(?:agreement|terms|eula|licen[cs]e)\b|"
    r"\b(?:restrictions|limitations|prohibitions)\s+(?:of|in|under|set\s+(?:out|forth)\s+in)\s+"
    r"(?:sections?|clauses?|paragraphs?|articles?|exhibits?|attachments?|schedules?)\s+[\w.]+|"
    r"\b(?:consistent|in\s+accordance)\s+with\s+(?:the\s+terms\s+of\s+)?(?:this|these)\s+"
    r"(?:agreement|terms|eula)\b|"
    r"\b(?:substantially\s+)?(?:similar|equivalent|identical|comparable)\s+(?:to|with)\s+"
    r"(?:those\s+(?:of|in)\s+)?(?:this|these)\s+(?:agreement|terms|eula)\b|"
    r"\b(?:protects?|protecting|protection\s+of)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:rights|interests|ownership|intellectual\s+property)\b|"
    r"\bagreement\b[^.;]{0,80}\b(?:at\s+a\s+minimum|compl(?:y|ies)\s+with\s+the\s+following)\b|"
    r"\b(?:terms|agreement|eula)\s+(?:that|which)\s+(?:prohibit|forbid|restrict|bar|preclude|limit|"
    r"protect)\w*\b|"
    r"\bsame\s+conditions\s+of\s+use\b|"
    r"\b(?:similar|equivalent|identical)\s+to\s+(?:sections?|clauses?|paragraphs?|articles?)\s+\d|"
    r"\bflow[- ]down\b|"
    # "has to protect the Licensor no less than this one does", "terms that mirror this
    # Agreement's restrictions", "a licence that includes the prohibitions in this Schedule",
    # "obligations equivalent to those of the Licensee"
    r"\bno\s+less\s+than\s+(?:this|these)\s+(?:one|agreement|licen[cs]e|terms|eula)\b|"
    r"\b(?:mirror|replicate)s?\s+(?:[\w'\u2019-]+\s+){0,3}?(?:restrictions|limitations|"
    r"prohibitions)\b|"
    r"\b(?:includes?|contains?|incorporates?)\s+the\s+(?:prohibitions|restrictions|limitations)\s+"
    r"(?:of|in|set\s+(?:out|forth)\s+in)\s+(?:this|these)\b|"
    r"\bobligations\s+(?:equivalent|similar|identical|comparable)\s+to\b"
)
# Terms the recipient is made to accept: this text's, or the licensor's own named terms. Read
# only where the licensee is the one who binds ("ensure that they are bound by the terms of this
# Licence"): a recipient who "agrees to be bound by this agreement" is most often the licensee.
_ACCEPTED = re.compile(
    r"\bsame\s+(?:terms\s+and\s+)?conditions\s+as\s+(?:those\s+)?(?:set\s+(?:out|forth)\s+|contained\s+)?"
    r"in\s+(?:(?:section|clause|article|paragraph)\s+[\w.]+\s+of\s+)?this\s+(?:agreement|licen[cs]e|eula)\b|"
    r"\b(?:bound\s+by|agrees?\s+(?:in\s+writing\s+)?to|accept|ha(?:s|ve)\s+accepted|compl(?:y|ies)\s+with)\s+"
    r"(?:(?:all\s+)?(?:the\s+)?(?:relevant\s+|applicable\s+)?terms\s+(?:and\s+conditions\s+)?of\s+)?"
    r"(?:this|these)\s+(?:agreement|licen[cs]e|terms|eula)\b|"
    # "require your end users to comply with applicable law, regulation, and the Terms"
    r"\b(?:compl(?:y|ies)\s+with|obey|abide\s+by|adhere\s+to|follow)\b[^.;]{0,100}?\band\s+"
    r"(?:the|these|this)\s+(?:terms|agreement|eula)\b|"
    r"\b(?:accept|agrees?\s+to|bound\s+by|subject\s+to)\s+(?:the\s+)?(?:[\w'-]+\s+){1,4}?"
    r"(?:terms(?:\s+of\s+(?:use|service))?|eula|end[- ]user\s+licen[cs]e\s+agreement)\b"
)
# The licensee binds them ("require each Customer to accept", "ensure that they are bound"), or
# they are bound ("each end user must agree to"); a recipient who is plainly downstream ("any
# recipient to whom you provide the Dataset") may be bound by this text's own terms.
_BINDS_DOWNSTREAM = re.compile(
    rf"\b{_BIND}\b(?:[^.;]{{0,60}}?)\b(?:{_DOWNSTREAM}|(?<=that\s)(?:they|such\s+[\w-]+)|"
    # ("ensure that the terms of any sub-licence are ... as restrictive as these Terms")
    r"(?<=the\sterms\sof\s)(?:any|each|every)\s+sub-?licen[cs]es?)\b"
)
_DOWNSTREAM_AGREES = re.compile(
    rf"\b(?:(?P<down>(?:each|every|any|all)\s+(?:[\w-]+\s+)?(?:{_DOWNSTREAM}|part(?:y|ies)|persons?|"
    r"entit(?:y|ies))\s+(?:to\s+whom\s+you|"
    r"(?:who|that)\s+receives?\b[^.;]{0,40}?\bfrom\s+you|receiving\b[^.;]{0,40}?\bfrom\s+you))"
    # ("each customer to whom you give the Kit must agree": named once; "..., the customer must
    # agree": named again)
    rf"(?:[^.;]{{0,60}}?\b{_DOWNSTREAM}\b)?[^.;]{{0,60}}?|\b{_DOWNSTREAM}\b[^.;]{{0,40}}?)"
    rf"\b{_DOWNSTREAM_BOUND}\b"
)
# "you will not allow your end users to use the Services in any way that would violate these
# Terms": the licensee answers for the downstream use under this text's terms.
_NO_DOWNSTREAM_BREACH = re.compile(
    rf"\b(?:not|never)\s+(?:to\s+)?(?:allow|permit|let|authori[sz]e|enable)\s+(?:your\s+|any\s+)?"
    rf"{_DOWNSTREAM}\b[^.;]{{0,120}}?\b(?:violat\w*|breach\w*|contrary\s+to|inconsistent\s+with)"
    r"(?:\s+of)?\s+(?:any\s+(?:of\s+)?)?(?:this|these|the)\s+(?:agreement|terms|eula|restrictions)\b"
)
# The licensee's own people bound to its terms are not those the work is passed to.
_OWN_STAFF = re.compile(
    r"\b(?:employees?|contractors?|subcontractors?|advisors?|advisers?|consultants?|personnel|staff|"
    r"agents?)\b"
)
# (staff named beside those the work reaches: "its Affiliates, Contractors and Customers")
_DOWNSTREAM_TOO = re.compile(r"\b(?:customers|end[- ]users|distributors|resellers|sublicensees)\b")
# Terms that only keep the recipient quiet, or only ask for notices, carry no limit on use.
_NOT_CARRIED = re.compile(
    r"\bnon-?\s?disclosure\b|\bconfidential\w*\b|\bcopyright\s+notices?\b|"
    r"\bapplicable\s+laws?\b(?![^.;]{0,60}\band\s+(?:the|these|this)\s+(?:terms|agreement|eula)\b)|"
    r"\b(?:under|on)\s+the\s+(?:same|identical)\s+(?:terms|licen[cs]e)\b|\bunder\s+the\s+terms\s+of\s+this\b|\bwarrant\w*\b|\bcourt\b|"
    r"\bjudgm?ent\b|\btransfer(?:ee|red|s)?\b|\bauthority\s+to\s+bind\b"
)
# Some downstream word (or a dealing of the licensee's own) must be there before the patterns
# are tried at all: a substring test costs far less than the searches.
_PASS_GATE = (
    *("user", "recipient", "customer", "client", "licensees", "sublicens", "sublicenc"),
    "sub-licen",
    *("distributee", "terms of service", "terms of use", "eula", "agreement with", "from you"),
    *("you distribute", "licensee distribute"),
    *("transferee", "reseller", "distributor", "purchaser", "third", "downstream", "subsequent"),
    *("anyone", "person", "entity", "part", "flow", "they", "such", "make ", "include"),
    "only under",
    "terms provide",
)


# The duty's own words, one of which must be there too.
_DUTY_WORDS = (
    *("requir", "ensur", "caus", "bind", "bound", "obligat", "impos", "flow", "pass"),
    *("contractual", "agree", "accept", "enter", "subject to", "include", "only under"),
    *("pursuant", "by means of", "allow", "permit", "let ", "authori", "enable"),
    *("prohibit", "restrict", "forbid", "preclud", "limitation", "meet", "satisf", "compl"),
    *("incorporat", "carry", "protect", "use it only", "only use", "provide that"),
)


# The licensee's own agreement with those downstream must carry limits: "distribute it under an
# end user license agreement that provides a prohibition against reverse engineering", "your
# end-user license agreement must prohibit distribution", "include the mandatory terms in the
# terms of service that govern use of your Applications by Subscribers". Whose agreement it is
# comes from the phrase itself (end user, customer, sublicence) or from whom it governs.
_DOWNSTREAM_PAPER = (
    r"(?:(?:end[- ]?users?|customers?|clients?|subscribers?|sub-?licen[cs]e|distributors?|"
    r"resellers?)'?s?\s+(?:[\w-]+\s+){0,2}?(?:licen[cs]e\s+)?(?:agreements?|terms(?:\s+of\s+(?:use|service))?|"
    r"eulas?|licen[cs]es?|contracts?)|eulas?|sub-?licen[cs]es?(?:\s+(?:you|it)\s+grants?)?|"
    r"terms\s+of\s+(?:service|use)|(?:agreements?|contracts?)\s+with\s+(?:your\s+|its\s+)?"
    r"(?:customers|clients|end[- ]?users|subscribers|distributors|resellers|recipients))"
)
_OWN_PAPER_LIMITS = re.compile(
    r"\b(?:under|pursuant\s+to|subject\s+to)\s+(?:the\s+terms\s+(?:and\s+conditions\s+)?of\s+)?"
    rf"(?:a|an|your|its|such)\s+(?:written\s+)?{_DOWNSTREAM_PAPER}\s+(?:that|which)\s+"
    r"(?:(?:at\s+a\s+minimum\s+)?(?:provides?|contains?|includes?|imposes?|states?)\b[^.;]{0,80}?"
    r"\b(?:prohibit|restrict|limitation|forbid|preclud)\w*|"
    # (the lead of a list of the terms it must have)
    r"(?:provides?|contains?|includes?|states?)(?:\s+at\s+a\s+minimum)?(?:\s+the\s+following)?"
    r"\s*[:,-]?\s*$|"
    r"(?:prohibits?|restricts?|forbids?|precludes?)\b|"
    r"(?:meets?|satisf(?:y|ies)|compl(?:y|ies)\s+with)\s+(?:the\s+)?(?:requirements|terms|"
    r"conditions)\s+(?:of|in|set\s+(?:out|forth)\s+in)\s+(?:this|these|section|clause)\b)|"
    # (the licensee named by its defined term: "Customer's End User terms of service will state")
    rf"\b(?:your|its|the\s+licensee'?s|licensee'?s|[A-Za-z-]+['’]s|any|each|every)\s+"
    rf"{_DOWNSTREAM_PAPER}\b"
    r"[^.;]{0,40}?\b(?:must|shall|will)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:(?:contain|include|impose|provide|state|incorporate)\w*\b[^.;]{0,80}?"
    # ("... state that End Users' use of the Service is subject to the then-current Additional
    # Terms of Service": the licensor's own terms made theirs)
    r"\b(?:subject\s+to\s+(?:the\s+)?(?:then[- ]current\s+)?(?:[\w/'’-]+\s+){0,6}?(?:terms|"
    r"polic(?:y|ies)|agreement|eula)\b|"
    r"(?:prohibit|restrict|limitation|forbid|preclud|mandatory|protect)\w*|(?:listed|specified|"
    r"set\s+(?:out|forth))\s+in\s+(?:exhibit|schedule|attachment|appendix|annex|section))|prohibit|"
    r"restrict|forbid|preclude|protect)\w*\b|"
    r"\binclude\b[^.;]{0,80}?\b(?:mandatory|required|minimum)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:terms|provisions|restrictions)\b(?:[^.;]|\.(?=\d)){0,80}?\bin\s+(?:the|your|its|each|every|any|all)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:terms(?:\s+of\s+(?:use|service))?|agreements?|eulas?|contracts?)\b|"
    # "explicitly state in your Implementation's terms of use that ... your users are agreeing to
    # be bound by the Additional Terms of Service"
    r"\bstate\s+in\s+(?:your|its)\s+[^.;]{0,60}?\bterms\s+of\s+(?:use|service)\s+that\b[^.;]{0,120}?"
    rf"\b{_DOWNSTREAM}\b[^.;]{{0,40}}?\b(?:(?:are\s+)?agree\w*\s+to\s+be\s+bound\s+by|(?:is|are)\s+"
    r"subject\s+to)\b"
)
# What the licensee passes on must carry the limits: "Each Derivative you distribute must carry
# the same use-based restrictions as this Licence"; those who receive it from the licensee must
# accept this text: "Recipients of the Dataset from you must agree to this Licence".
_CARRIED_ON = re.compile(
    r"\b(?:each|every|any|all)\s+(?:[\w-]+\s+){0,2}?(?:cop(?:y|ies)|derivatives?|distributions?|"
    r"modifications?|versions?|works?)\s+(?:that\s+)?(?:you|licensee)\s+(?:distribute|share|"
    r"provide|make\s+available)\w*\b[^.;]{0,40}?\b(?:must|shall)\s+(?:carry|include|contain|"
    r"retain|be\s+subject\s+to)\b[^.;]{0,40}?\b(?:same|these|such|equivalent)\s+(?:[\w-]+\s+)?"
    r"(?:restrictions|limitations|prohibitions)\b|"
    r"\b(?:recipients?|licensees|users?|customers?)\s+(?:of\s+[^.;]{0,40}?\s+)?from\s+you\s+"
    r"(?:must|shall|will)\s+(?:first\s+)?(?:agree\s+to|accept|be\s+bound\s+by)\s+(?:the\s+terms\s+of\s+)?"
    r"(?:this|these)\s+(?:agreement|licen[cs]e|terms|eula)\b|"
    # "If you distribute ... Derivative Works ... to a third party, [they] will remain subject to
    # this Agreement"
    r"\b(?:if|when|whenever|each\s+time)\s+you\s+(?:distribute|share|provide|make)\b[^.;]{0,240}?"
    r"\b(?:will|shall)\s+remain\s+"
    r"subject\s+to\s+(?:this|these)\s+(?:agreement|licen[cs]e|terms|eula)\b"
)
# Those downstream made to accept the licensor's own terms as a condition of the licensee's
# dealing: "provided always that end users agree to the terms of Acme's Loader Licence".
_DOWNSTREAM_ON_CONDITION = re.compile(
    rf"\b(?:provided|on\s+condition|only\s+if|as\s+long\s+as|so\s+long\s+as)\s+(?:always\s+)?"
    rf"(?:that\s+)?(?:(?:the|your|all|each|such)\s+)?{_DOWNSTREAM}\b[^.;]{{0,80}}?"
    r"\b(?:agree|accept|consent|are\s+bound|be\s+bound)\w*\s+(?:to\s+)?(?:by\s+)?"
    r"(?:all\s+)?the\s+terms\s+(?:and\s+conditions\s+)?of\s+(?!(?:this|these)\b)"
    r"(?:[\w'’.-]+\s+){0,5}?(?:licen[cs]e|agreement|eula|terms)\b"
)


# Those the work is passed to kept to a use: "third parties are restricted to using the
# derivative work for academic purposes only"
_RECIPIENTS_KEPT = re.compile(
    r"\b(?:third[- ]part(?:y|ies)|recipients?|sub-?licensees?|end[- ]users?|distributees?)\s+"
    r"(?:are|is|shall\s+be|will\s+be|must\s+be)\s+(?:restricted|limited|confined)\s+to\s+"
    r"(?:using|use|the\s+use)\b|"
    # "any party to whom you distribute the Software may use it only for research"
    r"\bany(?:one|\s+(?:other\s+)?(?:party|person|entity|recipient))\s+(?:to\s+whom|who\s+receives)\b"
    r"[^.;]{0,60}?\b(?:may|can|shall|must)\s+(?:only\s+use|use\s+(?:it|them|the\s+[\w-]+)\s+only)\b|"
    # "Any person who receives the gadget from you is subject to the same restrictions as you"
    r"\bany(?:one|\s+(?:person|party|entity|recipient))\s+(?:who|that)\s+receives?\b[^.;]{0,60}?\b"
    r"(?:is|are|shall\s+be|will\s+be)\s+(?:bound\s+by|subject\s+to)\s+(?:the\s+)?(?:same|these)\s+"
    r"(?:restrictions|limitations|terms)\b|"
    # "the terms of sublicences granted by Licensee must contain all applicable terms of this
    # Agreement": the licensee's own grants carry this text's terms
    r"\bsub-?licen[cs]es?\b[^.;]{0,60}?\b(?:must|shall)\s+(?:\(i\)\s+)?(?:contain|include|"
    r"incorporate)\s+(?:all\s+)?(?:the\s+)?(?:applicable\s+|relevant\s+)?(?:terms|restrictions)\s+"
    r"(?:and\s+conditions\s+)?of\s+this\s+(?:agreement|licen[cs]e|eula)\b|"
    # "only if Your Terms provide that the use limitation in Section 2 applies to your
    # derivative works"
    r"\b(?:your|its|licensee'?s)\s+terms\s+(?:provide|state|require)\s+that\s+the\s+(?:use\s+)?"
    r"(?:limitations?|restrictions?)\b"
)
# "... may not transfer the Software to any third party who is not bound by this Agreement": only
# to those bound by it (the ban is the duty, so its negation is no sign against it)
_UNBOUND_RECIPIENT = re.compile(
    r"\bto\s+any\s+(?:third\s+party|person|entity|party)\s+(?:who|that|which)\s+(?:is|are)\s+not\s+"
    r"(?:bound\s+by|subject\s+to)\s+this\s+(?:agreement|licen[cs]e|eula)\b"
)
_HANDED_TO = re.compile(
    r"\b(?:hand|give|pass|provide|distribute|transfer|share|supply)\w*\b[^.;]{0,60}?\bto\s+"
    r"(?:anyone|any\s+(?:other\s+)?(?:person|party|third\s+party)|others|a\s+third\s+party)\b|"
    r"\breceiv\w*\s+[^.;]{0,60}?\bfrom\s+you\b"
)


def pass_through(s: Sentence) -> Hit | None:
    """Duty to bind those downstream to terms that carry this text's limits."""
    text = s.full
    if not _gate(_PASS_GATE).search(text) or not _gate(_DUTY_WORDS).search(text):
        return None
    breach = (
        _NO_DOWNSTREAM_BREACH.search(text)
        if _gate(("violat", "breach", "contrary", "inconsistent")).search(text)
        else None
    )
    if breach and not _NOT_CARRIED.search(text):
        evidence = make_evidence(s, *in_sentence(s, breach, text), 0.6)
        return Hit("restriction", "pass-through", evidence)
    unbound = _UNBOUND_RECIPIENT.search(text)
    if unbound is not None:
        evidence = make_evidence(s, *in_sentence(s, unbound, text), 0.6)
        return Hit("restriction", "pass-through", evidence)
    own = (
        _RECIPIENTS_KEPT.search(text)
        or _OWN_PAPER_LIMITS.search(text)
        or _DOWNSTREAM_ON_CONDITION.search(text)
        or _CARRIED_ON.search(text)
    )
    if own is not None and not negated(text, own.start()):
        evidence = make_evidence(s, *in_sentence(s, own, text), 0.6)
        return Hit("restriction", "pass-through", evidence)
    # (a recipient named after the work is handed on, "that recipient must accept these terms",
    # may be bound by this text's own terms)
    duty = (
        _BINDS_DOWNSTREAM.search(text)
        or (_RECIPIENT_BOUND.search(text) if _HANDED_TO.search(text) else None)
        or _DOWNSTREAM_AGREES.search(text)
        or _DEALINGS.search(text)
    )
    if duty is None or negated(text, duty.start()):
        return None
    if _OWN_STAFF.search(
        text, max(0, duty.start() - 100), duty.end()
    ) and not _DOWNSTREAM_TOO.search(text, duty.start(), duty.end()):
        return None  # "each employee ... is subject to a written agreement": the licensee's own
    # (read near the duty: a long list of an agreement's parts may name a warranty elsewhere)
    if _NOT_CARRIED.search(text, max(0, duty.start() - 120), duty.end() + 260):
        return None
    carried = _CARRIED.search(text, duty.start())
    if carried is None and (
        duty.re is _BINDS_DOWNSTREAM
        or duty.re is _RECIPIENT_BOUND
        or (duty.re is _DOWNSTREAM_AGREES and duty.group("down"))
        or (duty.re is _DEALINGS and not duty.group("only"))
    ):
        carried = _ACCEPTED.search(text, duty.start())
    if carried is None or carried.start() - duty.end() > 240:
        return None
    # (offsets of s.full, which holds a list item's lead-in before the item)
    shift = len(text) - len(s.norm)
    start, end = min(duty.start(), carried.start()), max(duty.end(), carried.end())
    return Hit("restriction", "pass-through", make_evidence(s, start - shift, end - shift, 0.6))


# Terms the licensor may change --------------------------------------------------------------

_CHANGE = (
    r"(?:update|change|modify|amend|revise|replace|vary|alter|supplement|edit|add\s+to|"
    r"remove(?:\s+from)?|"
    r"revoke|withdraw|rescind|cancel|"
    # ("make modifications, improvements and/or changes to these Terms")
    r"make\s+(?:any\s+)?(?:(?:changes|modifications|amendments|revisions|improvements)(?:,\s*|"
    r",?\s+(?:and/or|and|or)\s+)){0,3}(?:changes|modifications|amendments|revisions)\s+to)"
)
_CHANGES = rf"(?:{_CHANGE}(?:,?\s+(?:or|and|and/or)(?:\s+otherwise)?\s+|,\s+)){{0,3}}{_CHANGE}"
_TERMS = (
    r"(?:(?:any|all)\s+(?:part|term|provision|portion)s?\s+of\s+|"
    # "change the License Fees, usage limits and other conditions of this Agreement"
    r"the\s+[^.;]{0,60}?\s+and\s+(?:other\s+|any\s+other\s+)?(?:terms|conditions|provisions)\s+of\s+)?"
    r"(?:this|these|the|our|its)\s+"
    # (a use policy the licensor keeps is terms too; a privacy policy is not)
    r"(?:[\w-]+\s+){0,3}?(?:agreement|terms|eula|licen[cs]e|conditions|tos|(?<!privacy\s)policy)\b"
)
_LEAVE = (
    # "We may need to update the Agreement": the licensor's own leave, however put
    r"(?:(?:may|can)(?:\s+(?:need|decide|choose|wish|elect)\s+to)?|reserves?\s+(?:the|its|our)\s+rights?\s+to|retains?\s+the\s+right\s+to|"
    r"(?:is|are|shall\s+be|will\s+be)\s+(?:entitled|allowed|free)\s+to|(?:has|have)\s+the\s+right\s+to)"
)
_RESERVED_CHANGE = re.compile(
    rf"\b(?P<who>[\w.&'-]+):?\s+{_LEAVE},?\s+(?:[^,.;]{{0,60}},\s+)?(?:at\s+any\s+time\s+)?"
    r"(?:(?:in|at)\s+(?:its|our|their)\s+(?:sole\s+|absolute\s+)?discretion\s+)?(?:[a-z]+ly\s+)?"
    # "may update, modify or amend (together, "Revise") this EULA": a name for the changes
    rf"(?:and\s+)?{_CHANGES}\s+(?:\([^()]{{0,40}}\)\s+)?{_TERMS}"
)
# "These Terms may be amended by us from time to time": the change left to the licensor's time.
_TERMS_CHANGED = re.compile(
    # ("these terms and conditions, which may be updated from time to time")
    # (the determiner may be left out: "SDK terms are subject to change without notice")
    r"(?:\b(?:this|these|the|our)\s+|^\W*)(?:[\w-]+\s+){0,2}?(?:agreement|terms|eula|licen[cs]e|licence)"
    r"(?:\s+and\s+conditions)?,?\s+(?:(?:which|that)\s+)?"
    r"(?:(?:under|by)\s+which\s+[^.;]{0,60}?\s+)?"
    r"(?:(?:may|can|will|shall)\s+(?:be\s+)?(?:updated|changed|modified|amended|revised|replaced|"
    r"varied|altered|supplemented|revoked|withdrawn|rescinded)|(?:is|are)\s+revocable|"
    # "These terms may change without notice"
    r"(?:may|can)\s+change)\b"
    r"(?:\s+by\s+(?:[\w.&'-]+\s+){0,4}?[\w.&'-]+)?[^.;]{0,40}?\b(?:from\s+time\s+to\s+time|"
    r"at\s+any\s+time|at\s+will|(?:in|at)\s+(?:its|our|their)\s+(?:sole\s+|absolute\s+)?discretion|"
    r"(?:in|at)\s+the\s+(?:sole\s+|absolute\s+)?discretion\s+of|"
    r"without\s+(?:prior\s+)?notice|periodically|unilaterally)\b|"
    # "Changes may be made to this Agreement from time to time"
    r"\b(?:changes|modifications|amendments|revisions|updates)\s+(?:may|can)\s+be\s+made\s+to\s+"
    r"(?:this|these|the|our)\s+(?:[\w-]+\s+){0,2}?(?:agreement|terms|eula|licen[cs]e)\b[^.;]{0,40}?"
    r"\b(?:from\s+time\s+to\s+time|at\s+any\s+time|without\s+(?:prior\s+)?notice)\b|"
    # "The API Terms are subject to change by Nimbrel"
    r"(?:\b(?:this|these|the|our)\s+|^\W*)(?:[\w-]+\s+){0,3}?(?:agreement|terms|eula|licen[cs]e)\s+"
    # ("The terms set forth in this Section and in the Documentation are subject to change")
    r"(?:(?:set\s+(?:forth|out)|contained|stated)\s+in\s+[^.;]{1,60}?\s+)?(?:is|are)\s+"
    r"subject\s+to\s+(?:change|"
    r"modification|amendment|revision)s?\b(?!\s+(?:only|solely)\b)"
)
_CHANGE_STEMS = (
    *("updat", "chang", "modif", "amend", "revis", "replac", "vary", "varied", "alter"),
    *("supplement", "edit", "add to", "remov", "revok", "withdr", "rescind", "cancel", "revocable"),
    "take effect",
    "supersed",
)
_NOT_THE_LICENSOR = re.compile(
    r"^(?:you|licensee|customer|user|recipient|i|court|tribunal|arbitrator|law|party|parties)$",
    re.I,
)
_ONLY_BEFORE = re.compile(r"\b(?:only|other\s+than|except|but)\s+(?:[\w.&'-]+\s+){0,3}$")
# A public licence's steward "may revise this License" and numbers each revision: only a change
# left to the licensor's time or will is read there.
_FROM_TIME_TO_TIME = re.compile(r"\bfrom\s+time\s+to\s+time\b")
_AT_WILL = re.compile(
    r"\b(?:for\s+whatever\s+reason|whenever\s+(?:it|they|we)\s+(?:chooses?|wish(?:es)?|likes?|"
    r"sees?\s+fit)|as\s+(?:it|they|we|he|she)\s+sees?\s+fit|at\s+will|for\s+any\s+reason(?!\s+(?:that|which|related|arising))|without\s+(?:giving\s+)?(?:any\s+)?(?:reasons?|cause)|"
    r"at\s+any\s+time|from\s+time\s+to\s+time\s+(?:without|in\s+(?:its|our))|"
    r"(?:sole|absolute)\s+discretion|without\s+(?:prior\s+|any\s+|further\s+)?notice|"
    r"unilaterally|by\s+posting)\b"
)
# A change both sides sign, a newer numbered version of a public licence, the software itself.
_NOT_A_RESERVED_CHANGE = re.compile(
    r"\bversion\s+numbers?\b|\bdistinguish\w*|\bnew\s+versions?\s+of\s+(?:this|the)\s+licen|"
    r"\b(?:if|upon|in\s+the\s+event|should)\b[^.;]{0,50}\b(?:breach|violat|fail)\w*|"
    r"\b(?:only|except)\s+(?:by|in|through)\s+(?:a\s+)?(?:written|writing|mutual)|"
    r"\bsigned\s+by\b|\bmutual\w*\b|\bwith\s+(?:your|licensee's|customer's)\s+(?:prior\s+)?"
    r"(?:written\s+)?(?:consent|agreement)\b"
)


# The change told by its effect on the licensee rather than by the licensor's leave: "continued
# use after any modification of this Agreement constitutes acceptance", "changes to these terms
# take effect 30 days after notice", "This permission may be revoked by the author at any time",
# "the terms in effect at the time of use, which Acme may update".
_TERMS_NOUN = r"(?:agreement|terms|eula|licen[cs]e|licence|conditions|tos|permission)"
_CHANGE_BY_EFFECT = re.compile(
    r"\bcontinued\s+use\b[^.;]{0,80}?\b(?:after|following)\b[^.;]{0,40}?\b(?:changes?|"
    r"modifications?|updates?|amendments?|revisions?)\b[^.;]{0,80}?\b(?:constitutes?|means|"
    r"signifies|(?:shall|will)\s+(?:be\s+deemed|constitute|mean))\b[^.;]{0,30}?\bacceptance\b|"
    r"\b(?:changes?|modifications?|amendments?|revisions?|updates?)\s+(?:to|of)\s+(?:this|these|the)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_TERMS_NOUN}s?\b[^.;]{{0,60}}?\b(?:take|takes|will\s+take|shall\s+take)\s+"
    r"effect\b|"
    r"\b(?:this|the)\s+(?:permission|licen[cs]e|licence|grant)\s+(?:may|can)\s+be\s+(?:revoked|"
    r"withdrawn)\s+(?:by\s+(?:the\s+)?(?:author|licensor|copyright\s+holder|owner)|at\s+any\s+time)\b|"
    rf"\b(?:the\s+)?terms\s+of\s+(?:this|the)\s+{_TERMS_NOUN}\s+(?:may|can|will)\s+change\b|"
    rf"\b{_TERMS_NOUN}s?\s+in\s+effect\b[^.;]{{0,60}}?,?\s+which\s+[\w.&'-]+(?:\s+[\w.&'-]+)?\s+"
    r"(?:may|can)\s+(?:update|change|modify|amend|revise)\b|"
    # "In the event that Symantec modifies these terms of use ...": the licensor's change foreseen
    r"\bin\s+the\s+event\s+that\s+(?!you\b|licensee\b|customer\b)[\w.&'-]+\s+(?:modifies|changes|amends|"
    rf"updates|revises)\s+(?:these|this|the)\s+(?:[\w-]+\s+){{0,3}}?{_TERMS_NOUN}s?\b|"
    # "Later versions of this License ... will supersede the current version"
    r"\b(?:later|newer|future|updated)\s+versions?\s+of\s+this\s+licen[cs]e\b[^.;]{0,60}?\b(?:will|"
    r"shall)\s+(?:automatically\s+)?(?:supersede|replace)\b"
)


def reserved_change(s: Sentence) -> Hit | None:
    """The licensor may change the terms on its own."""
    text = s.full
    if not has_any(
        text, ("agreement", "terms", "licen", "eula", "tos", "conditions", "permissi", "polic")
    ):
        return None
    if not _gate(_CHANGE_STEMS).search(text):
        return None
    for m in _RESERVED_CHANGE.finditer(text):
        if _NOT_THE_LICENSOR.match(m.group("who")) or negated(text, m.start("who") + 1):
            continue
        if _ONLY_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "only SGI may modify the terms": who steers the licence, not a change
        if _NOT_A_RESERVED_CHANGE.search(text, m.start(), m.end() + 60):
            continue
        if re.search(r"(?:licen[cs]e|policy)$", m.group(0)) and for_cause(text, m):
            continue  # "If any terms are violated, Acme reserves the right to revoke the license"
        if re.search(r"(?:licen[cs]e|policy)$", m.group(0)) and not (
            _AT_WILL.search(text)
            # a use policy the licensee must follow, updated "from time to time", binds it as
            # updated; a licence's steward publishing versions changes no grant already given
            or (m.group(0).endswith("policy") and _FROM_TIME_TO_TIME.search(text, m.end()))
        ):
            continue
        return Hit("restriction", "revocable-terms", full_evidence(s, m.start(), m.end(), 0.6))
    m2 = _TERMS_CHANGED.search(text) or _CHANGE_BY_EFFECT.search(text)
    if m2 and not _NOT_A_RESERVED_CHANGE.search(text, m2.start(), m2.end() + 60):
        return Hit("restriction", "revocable-terms", full_evidence(s, m2.start(), m2.end(), 0.6))
    return None


# Purposes and settings a use is kept from, or kept to ---------------------------------------
# A limit on purpose has two shapes in any wording: an act or setting barred ("for commercial
# purposes" after "may not", before "is prohibited", after "no right is granted"), or a use kept
# to what is allowed ("for non-commercial use only", "solely in development environments", "is
# for personal use"). Each kind names its barred and its allowed phrases; the frames are shared.

# Places a licence may keep use to: countries and regions licences name (a list of names, not
# a pattern, so "within the scope" or "in the Software" is never read as a place).
PLACE_NAMES = (
    "united states", "united states of america", "usa", "u.s.", "u.s.a.", "us", "canada", "mexico",
    "united kingdom", "uk", "great britain", "ireland", "european union", "eu",
    "european economic area", "eea", "switzerland", "norway", "iceland", "liechtenstein",
    "germany", "france", "italy", "spain", "portugal", "netherlands", "belgium", "luxembourg",
    "austria", "denmark", "sweden", "finland", "poland", "czech republic", "czechia", "slovakia",
    "hungary", "romania", "bulgaria", "greece", "cyprus", "malta", "slovenia", "croatia",
    "serbia", "bosnia and herzegovina", "montenegro", "albania", "north macedonia", "kosovo",
    "estonia", "latvia", "lithuania", "belarus", "moldova", "georgia", "armenia", "azerbaijan",
    "kazakhstan", "uzbekistan", "kyrgyzstan", "tajikistan", "turkmenistan", "mongolia",
    "australia", "new zealand", "india", "nepal", "bhutan", "sri lanka", "bangladesh",
    "pakistan", "afghanistan", "iran", "iraq", "syria", "lebanon", "jordan", "saudi arabia",
    "united arab emirates", "uae", "qatar", "kuwait", "bahrain", "oman", "yemen", "china",
    "people's republic of china", "prc", "mainland china", "hong kong", "macau", "taiwan",
    "japan", "korea", "south korea", "north korea", "republic of korea", "singapore",
    "malaysia", "indonesia", "thailand", "vietnam", "viet nam", "philippines", "cambodia",
    "laos", "myanmar", "brunei", "israel", "turkey", "turkiye", "south africa", "nigeria",
    "kenya", "egypt", "morocco", "algeria", "tunisia", "libya", "sudan", "ethiopia", "ghana",
    "tanzania", "uganda", "rwanda", "senegal", "cameroon", "angola", "mozambique", "zambia",
    "zimbabwe", "botswana", "namibia", "brazil", "argentina", "chile", "colombia", "peru",
    "venezuela", "ecuador", "bolivia", "paraguay", "uruguay", "cuba", "jamaica",
    "dominican republic", "guatemala", "honduras", "el salvador", "nicaragua", "costa rica",
    "panama", "russia", "russian federation", "ukraine", "north america", "south america",
    "latin america", "central america", "the americas", "europe", "asia", "africa",
    "middle east", "asia pacific", "apac", "emea", "oceania", "scandinavia", "nordic countries",
    "dach", "benelux", "quebec", "california", "england", "scotland", "wales", "crimea",
    "macao", "puerto rico",
)  # fmt: skip
_PLACE = (
    r"(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?(?:"
    + "|".join(re.escape(name) for name in sorted(PLACE_NAMES, key=len, reverse=True))
    + r")(?![\w$]|\.\w)(?!\s*(?:\$|dollars?|export|district|courts?|laws?|government|federal|state|"
    r"patents?|copyrights?|regulations?|council|persons?|citizens?|entit))"
)
_PLACES = rf"{_PLACE}(?:(?:,|\s+and|\s+or|,\s+and|,\s+or)\s+{_PLACE})*"


_BAN_HEAD = re.compile(
    rf"\b{PROHIBIT}\b|\bnot\s+(?:be\s+)?(?:used|deployed|loaded|put)\b|"
    # "No part of the Software may be used to ..."
    r"\bno\s+(?:part|portion|copy|copies|element)\s+of\b[^.;]{0,60}?\b(?:may|shall|can)\s+be\b"
)
# After the phrase, in the same clause: the use so described is barred or needs other leave.
_BARRED_AFTER = re.compile(
    r"[^.;]{0,100}?\b(?:(?:is|are|shall\s+be|will\s+be)\s+" + BAN_ADVERB + r""
    r"(?:prohibited|forbidden|not\s+(?:permitted|allowed|authori[sz]ed|licensed|covered|granted|"
    r"included)|excluded)|" + UNNEGATED + r"(?:requires?|needs?)\s+(?:the\s+purchase\s+of\s+)?"
    r"(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:licen[cs]e|agreement|subscription|permission|consent|plan)|"
    r"(?:is|are)\s+(?:outside|beyond)\s+(?:the\s+scope\s+of\s+)?(?:this|the)\s+licen|"
    # "For commercial use, please contact us", "... commercially only under a separate agreement"
    r"(?:please\s+)?(?:contact|write\s+to|e-?mail)\s+(?:us|me|the\s+(?:author|licensor|copyright))|"
    r"only\s+(?:under|with|by)\s+(?:a|an)\s+(?:separate|commercial|written|paid)\s+(?:[\w-]+\s+)?"
    r"(?:agreement|licen[cs]e|contract|subscription))"
)
# "... is required", "... from the producer is required": another leave needed first
_IS_REQUIRED = r"\s+(?:from\s+[^.;]{1,40}?\s+)?(?:is|are)\s+required"
# Before the phrase: no leave is given for it.
_NO_LEAVE_BEFORE = re.compile(
    # another leave needed first: "A commercial licence is required for any use in ...", "You need
    # a paid licence to use the Software in ...", "Please contact us if you wish to use it for"
    # (not "no separate licence is required for commercial use")
    r"(?<!\bno\s)(?<!\bno\sseparate\s)(?<!\bno\sadditional\s)(?<!\bno\scommercial\s)"
    rf"\b(?:licen[cs]e|agreement|subscription|permission){_IS_REQUIRED}(?:\s+(?:for|to)\b|\s*$)|"
    r"\b(?:needs?|requires?)\s+(?:a|an)\s+(?:separate\s+|commercial\s+|paid\s+|written\s+)*"
    r"(?:licen[cs]e|agreement|subscription)(?:\s+(?:to|for)\b|\s*$)|"
    r"\bcontact\b[^.;]{0,40}?\bif\s+you\s+(?:wish|want|intend|plan|would\s+like)\s+to\b|"
    r"\bno\s+(?:right|licen[cs]e|permission)\s+(?:is\s+|shall\s+be\s+)?(?:granted|given)\b|"
    r"\bno\s+(?:right|licen[cs]e|permission)\s+to\b|"
    r"\b(?:does|do|shall|will)\s+not\s+(?:extend\s+to|cover|include|permit|authori[sz]e|grant)\b|"
    r"\bnot\s+(?:licensed|permitted|granted|authori[sz]ed)\s+(?:for|to)\b|"
    r"\bnothing\s+in\s+(?:this|these)\s+[\w ]{0,20}?(?:permits|allows|authori[sz]es)\b"
)
_ONLY = r"(?:only|solely|exclusively|strictly)"
# "for your internal business purposes or for your own non-commercial academic use": business
# use is one of the purposes allowed, so the non-commercial one limits nothing.
BUSINESS_OR_NON_COMMERCIAL = (
    r"\bbusiness\s+(?:purposes?|use)\s+(?:or|and|and/or)\s+(?:for\s+)?(?:[\w-]+\s+){0,3}?"
    r"non-?\s?commercial\b|\bnon-?\s?commercial\s+(?:[\w-]+\s+){0,4}?(?:or|and|and/or)\s+"
    r"(?:for\s+)?(?:your\s+|its\s+)?(?:own\s+)?(?:internal\s+)?business\s+(?:purposes?|use)\b"
)
# Phrases that make a use free of the limit: "commercial or non-commercial", "including
# commercial use", "whether or not for profit".
_EITHER_WAY = re.compile(
    r"\b(?:commercial|production)\s+(?:and|or|and/or)\s+non-?\s?(?:commercial|production)|"
    r"\bnon-?\s?(?:commercial|production)\s+(?:and|or|and/or)\s+(?:commercial|production)|"
    r"\bwhether\s+(?:or\s+not\s+)?(?:for\s+)?(?:commercial|profit)|"
    r"\bincluding\s+(?:for\s+|in\s+)?(?:commercial|production)\b|"
    r"\bfor\s+any\s+purpose\b(?!\s+other)|" + BUSINESS_OR_NON_COMMERCIAL
)


class _Purpose(NamedTuple):
    kind: RestrictionKind
    barred: re.Pattern[str] | None  # (None: barring it leaves the other purposes open)
    allowed: re.Pattern[str]
    gate: tuple[str, ...]

    @property
    def gate_pattern(self) -> re.Pattern[str]:
        return _gate(self.gate)


@functools.cache
def _gate(words: tuple[str, ...]) -> re.Pattern[str]:
    # one search for any of the words costs less than a substring test for each
    return re.compile("|".join(re.escape(word) for word in words))


_PURPOSES = (
    _Purpose(
        "non-commercial",
        re.compile(
            r"\b(?:for|in|to|with|on)\s+(?:any\s+|a\s+|an\s+|the\s+|your\s+)?"
            # ("in any advertising, packaging or other commercial material")
            r"(?:(?:[\w-]+,\s+){1,4}(?:[\w-]+\s+)?(?:or|and)\s+other\s+)?"
            r"(?:(?:(?<!non-)(?<!non)(?<!non\s)commercial|for[- ]profit|revenue[- ]generating|"
            r"money[- ]making)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:purposes?|use|uses|usages?|advantage|exploitation|gain|activit(?:y|ies)|"
            r"projects?|products?|services?|ventures?|material|works?|settings?|environment|goods|"
            r"merchandise|deployments?)|"
            r"(?:monetary|financial)\s+(?:compensation|gain|advantage)|"
            r"(?:paid|commercial)\s+(?:product|service|offering)s?|business\s+(?:use|purposes|"
            r"environment)|the\s+operation\s+of\s+a\s+business|(?:a|any|your)\s+business)\b|"
            r"\b(?:use[ds]?|exploit\w*|deploy\w*)\s+(?:[\w-]+\s+){0,3}?commercially\b|"
            r"(?<!non-)(?<!non)(?<!non\s)\bcommercial\s+(?:use|uses|usages?|exploitation|purposes?)\b|"
            # use aimed at money, said without the word "commercial": "any activity carried on
            # for gain", "used to make money", "any use that generates income"
            r"\b(?:(?:carried\s+on|conducted|undertaken)\s+)?for\s+(?:(?:financial|monetary|"
            r"commercial|private)\s+)?(?:gain|profit)\b(?![- ](?:organi|entit|compan|business|"
            r"corporation|making))|"
            r"\b(?:make|makes|making|earn|earns|earning|generat(?:e|es|ing)|bring(?:s|ing)?(?:\s+in)?)\s+"
            r"(?:any\s+|an?\s+)?(?:money|income|revenues?|profits?)\b|"
            r"\b(?:business|commercial)\s+(?:advantage|edge)\b|"
            r"\b(?:by|on\s+behalf\s+of)\s+(?:any\s+|an?\s+)?(?:for[- ]profit|commercial)\s+"
            r"(?:organi[sz]ations?|entit(?:y|ies)|compan(?:y|ies)|business(?:es)?|enterprises?|"
            r"corporations?)\b"
        ),
        re.compile(
            # (a "personal use" grant names whose use, not what kind, and is not read here)
            r"\b(?:non-?\s?commercial|hobby(?:ist)?|not[- ]for[- ]profit|non-?\s?profit|"
            r"charitable)\b"
            r"(?:\s+(?:and|or)\s+(?:non-?\s?commercial|personal|private|home|hobby(?:ist)?|"
            r"educational))?"
            r"(?:\s+(?:use|uses|purposes?|projects?|basis|settings?|activit(?:y|ies)))?"
            r"(?!\s+(?:re)?distribution|\s+copies)|"
            r"\bpurposes\s+that\s+are\s+not\s+commercial\b"
        ),
        (
            "commercial",
            "profit",
            "business",
            "personal",
            "private",
            "home",
            "hobby",
            "payment",
            "monetary",
            "paid",
            "hire",
            # (with a space before: "again" and "learn" hold no gain)
            *(" gain", "money", "income", "revenue", " earn"),
            *("compan", "corporation", "enterprise"),
        ),
    ),
    _Purpose(
        "non-production",
        re.compile(
            r"\b(?:in|into|to|for|on|with)\s+(?:a\s+|any\s+|the\s+|your\s+)?"
            r"(?:(?:live|production|customer[- ]facing|operational)\s+(?:(?:or|and)\s+[\w-]+\s+)?)"
            r"(?:operating\s+|server\s+|computing\s+|customer\s+|user\s+|personal\s+)?(?:environments?|systems?|settings?|use|deployments?|traffic|data|transactions?|"
            r"workloads?|services?)\b|\b(?:to|in|into|for)\s+production\b(?!\s+(?:of|by)\b)|"
            r"\b(?:serve|process|handle|run)\s+(?:any\s+)?(?:live|production)\s+(?:[\w-]+\s+)?"
            r"(?:traffic|data|transactions?|requests?|workloads?)\b|\bproduction\s+(?:use|deployment)\b|"
            # "for any commercial, productive or training purpose"
            r"\b(?:for|to)\s+(?:any\s+|a\s+)?(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,2}?productive\s+"
            r"(?:(?:or|and)\s+[\w-]+\s+)?(?:purposes?|use|uses)\b|"
            # "must not be connected to production systems", "do not use it to serve real users"
            r"\b(?:connect\w*|link\w*|attach\w*)\s+(?:\w+\s+){0,3}?to\s+(?:any\s+|a\s+|the\s+|your\s+)?"
            r"(?:live|production)\s+(?:systems?|databases?|environments?|networks?|servers?)\b|"
            r"\b(?:serve|run\s+(?:it|them)\s+for)\s+(?:real|actual|live)\s+(?:users|customers)\b|"
            r"\boperational\s+use\b"
        ),
        re.compile(
            # (a grant "for internal development purposes" names a purpose, a field of use)
            r"\bnon-?\s?producti(?:on|ve)(?:\s+(?:use|purposes?|environments?|settings?|systems?))?\b|"
            r"\b(?:development|testing|test|prototyping|staging)\s+(?:and|or)\s+(?:testing|test|"
            r"development|staging|debugging|qa)(?:\s+(?:purposes?|use))?\b|"
            r"\b(?:(?:development|testing|test)\s+(?:and|or)\s+(?:testing|test|staging)|testing|test|"
            r"staging|sandbox)\s+(?:environments?|settings?|systems?|servers?|instances?)\b"
        ),
        (
            *("production", "productive", "live", "staging", "sandbox", "test", "development"),
            *("operational", "real users", "real customers", "actual users", "customer-facing"),
        ),
    ),
    _Purpose(
        "research-only",
        None,
        re.compile(
            r"\b(?:(?:conducting|carrying\s+out|undertaking|doing)\s+)?(?:(?:academic|scientific|"
            r"scholarly|non-?\s?commercial)\s+)?research(?:\s+(?:purposes?|use|uses|projects?|"
            r"activities))?\b(?!,?\s+(?:and\s+|or\s+)?(?:commercial|development|production|"
            r"educational|teaching|evaluation))"
        ),
        ("research",),
    ),
    _Purpose(
        "evaluation-only",
        None,
        re.compile(
            # (a bare "evaluation" is read by the fixed patterns; these say what the trial decides)
            r"\b(?:try(?:ing)?\s+(?:it|them|the\s+[\w-]+)\s+out|(?:evaluating|judging|deciding|"
            r"assessing|determining)\s+whether)\b"
        ),
        (" try", "trying", "judging", "deciding", "assessing", "determining", "evaluating"),
    ),
    _Purpose(
        "territory",
        re.compile(
            rf"\b(?:outside|beyond|out\s+of)\s+(?:of\s+)?(?:{_PLACES}|that\s+(?:area|territory|region|country)|"
            r"the\s+territory)|\bin\s+any\s+(?:other\s+)?(?:country|territory|jurisdiction|region)\s+"
            r"(?:other\s+than|outside)\b"
        ),
        re.compile(rf"(?<![\w-])(?:{_PLACES}|(?:the\s+)?territory)(?![\w-])"),
        (
            *("only", "solely", "exclusively", "limited to", "restricted to", "confined to"),
            *("outside", "beyond", "out of", "countr", "territor", "nowhere", "anywhere else"),
        ),
    ),
)


# The barred phrase must say how the work is used: sharing "for profit" is the sharing rules'
# business, and marks used "for commercial purposes" are a trademark term.
_USE_ACT = re.compile(
    r"\b(?:use[ds]?|using|usage|deploy\w*|employ\w*|exploit\w*|run|apply|applied|put|engag\w*|"
    r"operat\w*|install\w*|load\w*|serve|process|handle|access\w*|take|taken|mov(?:e|ed)|"
    r"carr(?:y|ied|ying))\b"
)
_NOT_A_USE_BAN = re.compile(
    r"\b(?:marks?|logos?|names?|trademarks?|intended|designed|require[sd]?|host\w*|except|export\w*|"
    r"other\s+than|unless|but)\b"
)


# A limit said of a trial or preview copy only binds that copy, which its own kind names.
_FOR_A_TRIAL = re.compile(
    r"\bfor\s+(?:evaluation|trial|test|testing|demonstration|preview|beta)\b[^.;,]{0,40}?\buse,"
)


# "for gain" and "for profit" say what the use is for only where no other act stands between
# the ban and them.
_FOR_GAIN = re.compile(r"for\s+(?:(?:financial|monetary|commercial|private)\s+)?(?:gain|profit)\b")
_USE_JUST_BEFORE = re.compile(
    r"\b(?:use[ds]?|using|usage|exploit\w*|put|employ\w*|deploy\w*)\b(?:[\s,]+[\w'-]+){0,8}[\s,]*$"
)
_OTHER_ACT_BETWEEN = re.compile(
    r"\b(?!using\b|anything\b|nothing\b|something\b)[a-z]{3,}ing\b|\b(?:that|which|who|whose)\b"
)


_EXCLUDING = re.compile(
    r"\b(?:excluding|exclusive\s+of|but\s+not\s+for)\s+(?:any\s+|all\s+)?(?:[\w-]+\s+){0,3}$"
)
_PHRASE_ENDS = re.compile(r"\s*(?:[.,;:)]|$|(?:of|by|in|or|and|without|unless|except)\b)")
_BARRED_FROM = re.compile(r"\b(?:prohibited|forbidden|barred|precluded)\s+from\b")
_FROM_SERIES = re.compile(r"\bor\s+from\s+(?=[a-z]{3,}ing\b)")


def _barred(text: str, m: re.Match[str]) -> bool:
    """Whether the barred phrase at ``m`` stands under a ban, a "no right", or is barred after."""
    clause = re.split(r"[.;]\s|:\s*$", text[max(0, m.start() - 160) : m.start()])[-1]
    if re.search(r"host|time-?shar|bureau|service\s+provider|outsourc|rental", m.group(0)):
        return False  # a hosted or bureau use, read by the hosting rules
    if _FOR_A_TRIAL.search(clause):
        return False  # "For evaluation use, you may not ... use it in a live environment"
    if (
        _EXCLUDING.search(clause)
        and _USE_ACT.search(m.group(0))
        and _PHRASE_ENDS.match(text, m.end())
    ):
        return True  # "for academic and research purposes, excluding any commercial use"
    no_leave = list(_NO_LEAVE_BEFORE.finditer(clause))
    heads = no_leave or list(_BAN_HEAD.finditer(clause))
    if not heads and _BARRED_FROM.search(text, 0, m.start()):
        # "prohibited from making it available ... or from carrying out any commercial use": a
        # further act of the same ban, past the clause's window
        heads = list(_FROM_SERIES.finditer(clause))
    if heads:
        head = heads[-1]
        between = clause[head.start() :]
        # ("agree not to process live transactions": the act may be the barred phrase's own;
        # "a licence is required for the following: Commercial use": the phrase names the use)
        acted = (
            _USE_ACT.search(between)
            or _USE_ACT.match(m.group(0))
            or (
                no_leave
                and re.search(r"requir|need", head.group(0))
                and _USE_ACT.search(m.group(0))
            )
        )
        if m.group(0).endswith("commercially") and len(between[len(head.group(0)) :].split()) > 1:
            return False  # "not to assert ... against any Recipient exploiting it commercially"
        if _FOR_GAIN.match(m.group(0)) and (
            _OTHER_ACT_BETWEEN.search(between) or not _USE_JUST_BEFORE.search(between)
        ):
            return False  # "for the purpose of tracking individuals for financial gain"
        return bool(acted) and not _NOT_A_USE_BAN.search(between, len(head.group(0)))
    after = _BARRED_AFTER.match(text, m.end())
    return after is not None and bool(_USE_ACT.search(clause[-100:] + m.group(0)))


# "for anything other than research", "Any use of the Data other than for research": the use
# kept to what follows (the negation is the frame's own)
_OTHER_THAN_BEFORE = re.compile(
    r"\b(?:anything|any\s+(?:other\s+)?(?:purpose|use)(?:\s+of\s+[^.;]{1,40}?)?|"
    r"use\s+of\s+[^.;]{1,60}?)\s+(?:other\s+than|besides|beyond|except(?:\s+for)?)\s+"
    r"(?:for\s+)?(?:(?:personal|private|internal|individual),?\s+(?:and\s+)?)?$"
)


# The rest of the clause keeps the use to what was named: "to try them out in layouts and
# mock-ups, and for no other purpose", "covers the United States and Canada, and the Software may
# not be used anywhere else"
_NO_OTHER_AFTER = re.compile(
    r"[^.;]{0,60}?,?\s+and\s+(?:for\s+)?no\s+other\s+(?:purposes?|uses?)\b|"
    # "... for research purposes is free; other uses need a licence"
    r"[^.]{0,60}?[;,]\s*(?:all\s+|any\s+)?other\s+uses?\s+(?:needs?|requires?|(?:is|are)\s+not\s+"
    r"(?:permitted|allowed))\b|"
    r"[^.;]{0,80}?\b(?:nowhere\s+else|not\s+(?:be\s+)?(?:used\s+)?anywhere\s+else)\b"
)


_ONLY_FOR_USE_IN = re.compile(
    r"\bonly\s+for\s+use\s+(?:of\s+[^.;]{1,40}?\s+)?(?:in|within)\s+(?:the\s+)?$"
)


def _kept_to(text: str, m: re.Match[str]) -> bool:
    """Whether the use is kept to the allowed phrase at ``m``."""
    before = text[max(0, m.start() - 60) : m.start()]
    if re.search(
        rf"\b{_ONLY}\b(?:\s+(?:be\s+)?(?:used|deployed|install\w*|run)\b)?"
        r"(?:\s+(?:for|in|on|within|to|as))?(?:\s+(?:the\s+)?purposes?\s+of)?"
        # "made available solely to support academic research"
        r"(?:\s+(?:support|enable|facilitate|further|advance|serve))?"
        r"(?:\s+(?:an?|your|the|its|their))?\s*$",
        before,
    ):
        return not re.search(r"\bnot\s+\w+\s*$", before)
    if re.search(
        r"(?<!not\s)\b(?:limited|restricted|confined)\s+to\s+(?:use\s+)?(?:(?:in|within)\s+)?"
        r"(?:the\s+|an?\s+)?(?:(?:personal|private|internal|individual),?\s+(?:and\s+)?)?$",
        before,
    ):
        return True
    after = text[m.end() : m.end() + 40]
    if re.match(
        rf"^\s*(?:{_ONLY}|alone)\b|^\s*,?\s+and\s+(?:for\s+)?no\s+other\b|"
        r"^\s*,?\s+and\s+(?:nowhere|not\s+anywhere)\s+else\b|"
        # "Research is the only purpose for which ..."
        r"^\s+(?:is|are)\s+the\s+(?:only|sole)\s+(?:purposes?|uses?)\b",
        after,
    ) or _NO_OTHER_AFTER.match(text, m.end()):
        return True
    if _ONLY_FOR_USE_IN.search(before):
        return True  # "valid only for use of the Fonts in Canada"
    # "Use of the Archive for anything other than research is not permitted"
    if _OTHER_THAN_BEFORE.search(before):
        return _BARRED_AFTER.match(text, m.end()) is not None or bool(
            _BAN_HEAD.search(text[max(0, m.start() - 120) : m.start()])
        )
    # "The Free Plan is for non-commercial use", "is licensed for home use"
    return (
        re.search(
            r"\b(?:is|are)\s+(?:(?:provided|licensed|offered|intended|made\s+available|granted|"
            r"available|released|distributed|shared)\s+)?"
            # "released to the research community for research use"
            r"(?:to\s+(?:you|(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2})\s+)?for\s+(?:your\s+)?$",
            before,
        )
        is not None
    )


_MADE_FOR = re.compile(
    r"\b(?:designed|developed|intended|created|written|built|made(?!\s+available))\s+(?:\w+\s+){0,2}?for\s+$"
)
_PLACE_HEADING = re.compile(r"^\W*(?:[\w.]+\s+)?for\s+[\w\s,]{2,40}?\s+only\W*$")


# Business users sent to buy a licence ("businesses must buy a licence", "commercial users are
# required to purchase a subscription"): the free terms are for the others only.
_PAYING_USERS = re.compile(
    r"(?<![\w-])(?<!non\s)(?:businesses|companies|corporations|enterprises|commercial\s+(?:users?|"
    r"entities|organi[sz]ations|customers|licensees)|for[- ]profit\s+(?:users?|entities|"
    r"organi[sz]ations|companies))\s+(?:must|shall|need\s+to|are\s+required\s+to|have\s+to)\s+"
    r"(?:first\s+)?(?:(?:buy|purchase|pay\s+for)\s+(?:a|an)\s+(?!free\b)(?:[\w-]+\s+){0,2}?|"
    r"(?:obtain|acquire)\s+(?:a|an)\s+(?:commercial|paid|separate)\s+)"
    r"(?:licen[cs]es?|subscriptions?|plan)\b"
)


def _purpose_evidence(s: Sentence, m: re.Match[str]) -> Evidence:
    """A kept purpose's words with some context, on the lines that say it (from the purpose
    itself, not the preposition before it, which may end the line above)."""
    start, end = in_sentence(s, m, s.full)
    lead = _PURPOSE_LEAD.match(m.group(0))
    start += lead.end() if lead else 0
    return make_evidence(s, *on_its_lines(s, start, end, 40, 20), 0.6)


_PURPOSE_LEAD = re.compile(r"(?:for|in|to|with|on)\s+", re.IGNORECASE)


def kept_purposes(s: Sentence, had: set[str]) -> list[Hit]:
    """Uses kept from a purpose or setting, or kept to one, in any of the shared frames."""
    text = s.full
    hits: list[Hit] = []
    either: bool | None = None
    for purpose in _PURPOSES:
        if purpose.kind in had or not purpose.gate_pattern.search(text):
            continue
        if either is None:
            either = _EITHER_WAY.search(text) is not None
        if either:
            continue
        paying = _PAYING_USERS.search(text) if purpose.kind == "non-commercial" else None
        if paying and not negated(text, paying.start()):
            evidence = full_evidence(s, paying.start(), paying.end(), 0.6)
            hits.append(Hit("restriction", purpose.kind, evidence))
            continue
        for m in purpose.barred.finditer(text) if purpose.barred else ():
            if _barred(text, m):
                evidence = _purpose_evidence(s, m)
                hits.append(Hit("restriction", purpose.kind, evidence))
                break
        else:
            if purpose.kind == "territory" and _PLACE_HEADING.match(text):
                continue  # "FOR AUSTRALIA ONLY." heads a section of consumer law, no use kept
            for m in purpose.allowed.finditer(text):
                if _MADE_FOR.search(text, max(0, m.start() - 60), m.start()):
                    continue  # "The Software has been designed for research purposes only"
                if "convenience" in text[max(0, m.start() - 40) : m.start()]:
                    continue  # "binaries delivered as a convenience for development and testing"
                if purpose.kind == "territory" and _PAPER_SIZE.search(
                    text, max(0, m.start() - 12), m.end() + 12
                ):
                    continue  # "(A4 or US only.)": a page size, not a place
                if purpose.kind == "territory" and _UNTIL_EXPORTED.match(text, m.end()):
                    continue  # "only within the United States unless and until you have
                    # complied with all applicable export restrictions": export law, not a place
                other_than = _OTHER_THAN_BEFORE.search(text, max(0, m.start() - 60), m.start())
                if (other_than or not negated(text, m.start())) and _kept_to(text, m):
                    evidence = _purpose_evidence(s, m)
                    hits.append(Hit("restriction", purpose.kind, evidence))
                    break
    return hits


_UNTIL_EXPORTED = re.compile(r"[^.;]{0,40}?\b(?:unless|until)\b[^.;]{0,100}?\bexport")
# "US" beside a paper format is the US paper size ("A4 or US only", "US letter")
_PAPER_SIZE = re.compile(
    r"\b(?:a[0-6]|b[45]|letter|legal)\s*(?:or|and|/|,)\s*(?:us|u\.s\.)(?![\w.])|"
    r"\b(?:us|u\.s\.)\s*(?:or|and|/|,)\s*(?:a[0-6]|b[45])\b|\b(?:us|u\.s\.)\s+(?:letter|legal)\b",
    re.IGNORECASE,
)


# Classes of licensee kept out -------------------------------------------------------------
# (an age limit on a service's users is not read: the labels leave it out as a term of the
# service, not of the licence)
_CLASS = (
    r"(?:(?:any|all|the)\s+)?(?:(?:direct\s+)?competitors?(?:\s+of\s+[\w.&'-]+(?:\s+[\w.&'-]+)?)?|"
    r"government(?:al)?\s+(?:agenc(?:y|ies)|entit(?:y|ies)|bod(?:y|ies)|organi[sz]ations?|"
    r"departments?)|military\s+(?:organi[sz]ations?|agenc(?:y|ies)|forces?|entit(?:y|ies)|"
    r"contractors?)|armed\s+forces|intelligence\s+(?:agenc(?:y|ies)|services?)|"
    r"law\s+enforcement(?:\s+(?:agenc(?:y|ies)|authorities))?|data\s+brokers?|"
    r"credit\s+(?:reference|reporting)\s+agenc(?:y|ies)|insurance\s+compan(?:y|ies)|"
    r"(?:employees|contractors|agents)(?:,?\s+(?:and|or)\s+(?:contractors|agents|employees))*"
    r"(?:,?\s+(?:and|or)\s+(?:contractors|agents))?\s+of\s+(?:any\s+)?[\w-]+(?:\s+[\w-]+){0,3}|"
    r"(?:compan(?:y|ies)|businesses|organi[sz]ations|entit(?:y|ies)|firms)\s+(?:that|which|whose)\s+"
    r"(?:\w+\s+){0,3}?(?:develop|make|sell|offer|provide|compete|operate)\w*\s+"
    r"(?:[\w-]+\s+){0,3}?(?:competing|rival|similar)\b|"
    # "Content Management System and/or .NET component vendors"
    r"(?:[\w./-]+\s+(?:and/or\s+|and\s+|or\s+)?){1,5}?vendors\b|"
    # "not applicable to corporations, governmental organizations or other legal entities"
    r"corporations|(?:other\s+)?legal\s+entities)"
)
_CLASS_WORDS = (
    *("competitor", "government", "military", "armed", "intelligence", "enforcement", "broker"),
    *("credit", "insurance", "employees", "contractors", "agents", "compan", "business"),
    *("organi", "entit", "firms", "vendors", "corporation"),
)
_KEPT_OUT = re.compile(
    # "The licence does not extend to competitors", "is not granted to data brokers"
    rf"\b(?:(?:does|do|shall|will)\s+not\s+(?:extend|apply)|(?:is|are)\s+not\s+applicable)\s+to\s+{_CLASS}|"
    rf"\bnot\s+(?:be\s+)?(?:used|accessed|licensed|distributed|provided|made\s+available|granted|"
    r"extended|available)\s+"
    rf"(?:by|to)(?:,?\s+or\s+(?:for\s+the\s+benefit\s+of|on\s+behalf\s+of),?)?"
    # ("is not licensed to, and may not be used by, any data broker")
    r"(?:,\s*(?:and|or|nor)\s+(?:may|shall|must|can)\s+not\s+be\s+(?:used|accessed)\s+by,?)?"
    rf"\s+{_CLASS}|"
    rf"\b(?:use|access)\s+(?:of\s+[^.;]{{0,60}}?\s+)?by\s+{_CLASS}[^.;]{{0,60}}?\b(?:is|are)\s+"
    r"" + BAN_ADVERB + r"(?:prohibited|forbidden|not\s+(?:permitted|allowed|authori[sz]ed))|"
    # "Any use by a business that is privately owned ... is not permitted": a class described
    r"\b(?:use|access)\s+by\s+(?:an?|any)\s+(?:business|company|organi[sz]ation|entity|firm|"
    r"corporation|person)\s+(?:that|which|whose|who)\b[^.;]{0,200}?\b(?:is|are)\s+(?:strictly\s+|"
    r"expressly\s+)?(?:prohibited|forbidden|not\s+(?:permitted|allowed|authori[sz]ed))|"
    # "No government agency, military body or law enforcement authority may use the Model"
    rf"\bno\s+{_CLASS}(?:(?:,\s*|,?\s+(?:or|nor|and)\s+)(?:[\w-]+\s+){{0,3}}?[\w-]+){{1,4}}\s+"
    r"(?:may|shall|can|will)\s+(?:\w+\s+){0,2}?(?:use|access|deploy|download|install|receive|obtain)|"
    rf"(?<![\w-])(?:no\s+)?{_CLASS}(?:,\s*[^,.;]{{1,60}},)?\s+(?:(?:may\s+not|shall\s+not|must\s+not|"
    r"cannot|(?:is|are)\s+(?:not\s+)?(?:permitted|allowed|eligible|licensed|authori[sz]ed)\s+to|may)\s+"
    r"(?:\w+\s+){0,2}?"
    r"(?:use|access|receive|download|install|obtain|be\s+licensed|license|be\s+granted)|"
    r"(?:is|are)\s+(?:excluded|barred|prohibited)\s+from)\b"
)


def kept_out(s: Sentence, had: set[str]) -> Hit | None:
    """A class of licensee (competitors, military or state bodies, brokers) kept out."""
    if "excluded-persons" in had:
        return None
    text = s.full
    if not _gate(_CLASS_WORDS).search(text):
        return None
    for m in _KEPT_OUT.finditer(text):
        # "No competitor may ..." is kept out; "Government agencies may use" is a grant
        said = m.group(0)
        if re.search(
            r"\bmay\s+(?!not\b)|\b(?:is|are)\s+(?:permitted|allowed|eligible|licensed|authori[sz]ed)\b",
            said,
        ) and not re.match(r"no\s", said):
            continue
        if negated(text, m.start()) and not said.startswith("not"):
            continue
        return Hit("restriction", "excluded-persons", full_evidence(s, m.start(), m.end(), 0.6))
    return None


# A class named by what it is or does, kept out or alone let in. The frame is strong ("is not
# granted to", "are excluded from this grant", "licensed exclusively to", "may be used only by"),
# so any class described there counts; "licensed only to you", "only by your employees" or "only
# to Authorized Users" name the licensee and its own people, not a class of licensee.
_DESCRIBED_CLASS = (
    r"(?:any\s+|an?\s+|all\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:persons?|individuals?|entit(?:y|ies)|"
    r"compan(?:y|ies)|organi[sz]ations?|corporations?|businesses|firms|part(?:y|ies)|institutions?|"
    r"universities|providers?|vendors?|agenc(?:y|ies)|bod(?:y|ies)|authorit(?:y|ies)|"
    r"competitors?|members?|students?|researchers?|charities|candidates?|political\s+part(?:y|ies))\b"
)
_OWN_PEOPLE = re.compile(
    r"^(?:to\s+|by\s+)?(?:you|your|licensee|the\s+licensee|customer|the\s+customer|authori[sz]ed|"
    r"named|designated|end[- ]?users?|users?|its\s+(?:employees|affiliates)|employees|affiliates|"
    r"the\s+person|the\s+individual|a\s+single|one)\b"
)
_CLASS_FRAME = re.compile(
    # kept out: "is not granted to, and may not be exercised by,", "no license is granted
    # hereunder to", "not available to", "shall not provide access to the Platform to"
    r"\b(?:(?:is|are|shall\s+be)\s+not\s+(?:granted|available|offered|extended|licen[cs]ed)\s+to"
    r"(?:,?\s+(?:and|or|nor)\s+(?:may|shall|can)\s+not\s+be\s+\w+\s+by,?)?|"
    r"no\s+(?:licen[cs]e|licence|rights?)\s+(?:is|are|shall\s+be)?\s*granted\s+(?:hereunder\s+|"
    r"under\s+this\s+\w+\s+)?to|not\s+(?:provide|give|grant|allow|permit)\s+access\s+"
    r"(?:to\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?to)\s+(?P<out>" + _DESCRIBED_CLASS + r")|"
    # let in alone: "licensed exclusively to accredited institutions", "may be downloaded and
    # used only by registered members", "access is restricted to non-profit organisations"
    r"\b(?:(?:licen[cs]ed|available|granted|offered|provided|open)\s+(?:only|exclusively|solely)\s+to|"
    r"(?:access|use|eligibility)\s+(?:is|are|shall\s+be)\s+(?:restricted|limited)\s+to|"
    r"(?:used|downloaded|accessed|installed)\s+"
    r"(?:and\s+used\s+)?(?:only|exclusively|solely)\s+by|"
    # "Draft versions may only be used by X12 members"
    r"(?:may|can|shall)\s+(?:only|exclusively|solely)\s+be\s+(?:used|downloaded|accessed|installed)"
    r"\s+by)\s+(?P<only>(?!you\b|your\b)" + _DESCRIBED_CLASS + r")|"
    # "Only nonprofit organisations qualify as Eligible Licensees", "Entities whose primary
    # business is ... are excluded from this grant"
    r"\bonly\s+(?P<qualify>" + _DESCRIBED_CLASS + r")[^.;]{0,80}?\b(?:qualify|are\s+eligible)\b|"
    r"(?P<excluded>" + _DESCRIBED_CLASS + r")[^.;]{0,100}?\b(?:is|are)\s+excluded\s+from\s+"
    r"(?:this|the)\s+(?:grant|licen[cs]e|licence|agreement|program)|"
    # left without rights: "Government agencies ... receive no rights under this licence",
    # "Members of the Group are not granted any rights", "Companies ... are not covered by this
    # grant"
    r"(?P<unlicensed>" + _DESCRIBED_CLASS + r")(?:(?!\b(?:you|it|we|they|licensee|licensor)\b)"
    r"[^.;]){0,100}?\b(?:(?:receive|get|obtain|acquire|"
    r"have|has)s?\s+no\s+rights?\b(?!\s+to\b)|(?:is|are)\s+not\s+granted\s+any\s+rights?\b"
    r"(?!\s+to\b)|(?:is|are)\s+"
    r"not\s+(?:covered|included)\s+(?:by|in|under)\s+(?:this|the)\s+(?:grant|licen[cs]e|licence|"
    r"agreement|terms))|"
    # "The licence granted herein excludes any person who is a data broker", "Use by or for any
    # tobacco company is not licensed"
    r"\b(?:licen[cs]e|licence|grant)\b[^.;]{0,40}?\bexcludes?\s+(?P<excludes>"
    + _DESCRIBED_CLASS
    + r")|\buse\s+by\s+(?:or\s+(?:for|on\s+behalf\s+of)\s+)?(?P<used_by>"
    + _DESCRIBED_CLASS
    + r")[^.;]{0,60}?\b(?:is|are)\s+not\s+(?:licen[cs]ed|permitted|allowed|covered)\b"
)
# "only by your Authorized Users", "restricted to the Licensee": the licensee's own people; "may
# not be provided to any third party" is a ban on sharing, not a class.
_NOT_A_CLASS = re.compile(
    r"^(?:any\s+|an?\s+|all\s+|the\s+)?(?:other\s+|third\s+)?(?:part(?:y|ies)|persons?|"
    r"individuals?|entit(?:y|ies))\b(?!\s+(?:(?:or|and)\s+(?:an?\s+)?[\w-]+\s+)?(?:that|who|which|whose))"
)


# Words of a clause that leaves outsiders without rights under a contract, not a class of
# licensee kept out.
_NO_BENEFICIARY = re.compile(r"\bnot\s+a\s+party\b|\bthird[- ]part(?:y|ies)\b|\bbeneficiar")


_CLASS_FRAME_GATE = (
    *("not granted", "not available", "not offered", "not extended", "not licen", "no licen"),
    *("no right", "access", "only", "exclusively", "solely", "restricted to", "limited to"),
    *("excluded", "qualify", "eligible", "not covered", "excludes", "not included", "use by"),
)


def class_kept_out(s: Sentence, had: set[str]) -> Hit | None:
    """A class of licensee described and kept out, or alone let in (see above)."""
    if "excluded-persons" in had:
        return None
    text = s.full
    if not _gate(_CLASS_FRAME_GATE).search(text):
        return None
    for m in _CLASS_FRAME.finditer(text):
        groups = ("out", "only", "qualify", "excluded", "unlicensed", "excludes", "used_by")
        who = next(g for g in groups if m.group(g) is not None)
        named = m.group(who)
        described = text[m.start(who) :]  # (with what follows: "any entity that competes")
        # "Third parties receive no rights under this licence": no beneficiary, not a class
        anyone = who not in ("qualify", "excluded") and _NOT_A_CLASS.match(described)
        if _OWN_PEOPLE.match(named) or anyone:
            continue
        if who == "unlicensed" and _NO_BENEFICIARY.search(text):
            continue  # "Persons who are not a party to this Agreement have no rights under it"
        if who == "out" and negated(text, m.start()) and not m.group(0).startswith(("is", "are")):
            continue
        return Hit("restriction", "excluded-persons", full_evidence(s, m.start(), m.end(), 0.55))
    return None


# Places named in other frames: "Rights granted under this Agreement do not extend to Japan",
# "Deployment of the Model in any member state of the European Union is excluded", "Except in
# Latin America, no rights are granted", "This license applies only to copies acquired and used in
# the United States", "only at its own facilities located in India", "only to customers resident
# in North America", "this License being granted for that region alone". A place in an export
# or sanctions clause is the law's, not the licence's.
_PLACE_FRAME = re.compile(
    r"\b(?:rights?|licen[cs]es?|licence|grant)\b[^.;]{0,60}?\b(?:do|does|shall|will)\s+not\s+"
    rf"(?:extend|apply)\s+(?:to|in)\s+{_PLACES}|"
    r"\b(?:deployment|use|distribution|sale|marketing|exploitation)\b[^.;]{0,60}?\bin\s+"
    rf"(?:any\s+(?:member\s+state|part|country)\s+of\s+)?{_PLACES}[^.;]{{0,40}}?\b(?:is|are)\s+"
    r"(?:excluded|prohibited|forbidden|not\s+(?:permitted|licen[cs]ed|allowed|covered))\b|"
    rf"\bexcept\s+in\s+{_PLACES},?\s+no\s+(?:rights?|licen[cs]e)|"
    r"\b(?:applies|is\s+valid|is\s+granted)\s+only\s+(?:to|for)\b[^.;]{0,60}?\b(?:in|within)\s+"
    rf"{_PLACES}|"
    r"\bonly\s+(?:at|in|on|within|to)\b[^.;]{0,60}?\b(?:located|situated|resident|residing|"
    rf"domiciled|based)\s+in\s+{_PLACES}|"
    r"\b(?:granted|licen[cs]ed|valid)\s+for\s+(?:that|this|the\s+said)\s+(?:region|territory|"
    r"country)\s+(?:alone|only)\b"
)
_LAW_OF_PLACES = re.compile(
    r"\bembargo\w*|\bsanction\w*|\bexport\s+(?:control|law|regulation|administration)|"
    r"\bre-?export\w*|\bcomply\s+with\b[^.;]{0,40}\blaws?\b"
)


def place_kept(s: Sentence, had: set[str]) -> Hit | None:
    """A place the licence leaves out, or keeps use to, in a frame named above."""
    if "territory" in had:
        return None
    text = s.full
    if not has_any(text, ("only", "not", "except", "excluded", "prohibited", "alone")):
        return None
    m = _PLACE_FRAME.search(text)
    if m is None or _LAW_OF_PLACES.search(text):
        return None
    return Hit("restriction", "territory", full_evidence(s, m.start(), m.end(), 0.55))


# The work run for others --------------------------------------------------------------------
# A hosting limit has a ban and a content in any order: the work as a service ("as a hosted
# service", "database-as-a-service", "service bureau", "time-sharing", "outsourcing",
# "multi-tenant", "application service provider"), run on behalf of others ("on behalf of your
# customers", "a data processing service for others"), or reached by others from afar ("permit
# third parties to access the Software remotely", "let others use it through a web interface",
# "through an API to third parties"). Leave to host for one's own use, or the licensor's own
# hosting, has no ban.
_OTHERS = (
    r"(?:third\s+part(?:y|ies)|others|other\s+(?:persons|people|organi[sz]ations|companies|entities)|"
    r"(?:your\s+|its\s+)?(?:customers|clients)|anyone\s+else|any\s+other\s+person|the\s+public|"
    r"persons?\s+(?:who\s+are\s+)?(?:not|other\s+than))"
)
_HOSTED_FOR_OTHERS = re.compile(
    r"\b(?:[\w-]+-as-a-service|saas|paas|service\s+bureau|time[- ]?shar(?:ing|e)|outsourc\w*|"
    r"multi-?tenant|application\s+service\s+provider|"
    # "in a network, multi-user arrangement or remote access arrangement"
    r"multi-?user\s+(?:arrangements?|environments?|installations?)|remote[- ]access\s+"
    r"(?:arrangements?|environments?)|(?:hosted|managed)\s+(?:or\s+managed\s+)?services?|"
    r"(?:commercial\s+)?hosting\s+services?|consult(?:ing|ancy)\s+services?|"
    # services built on the work and sold to others: "to provide commercial services", "provide a
    # Commercial Workflow Service"
    r"(?:provid|offer)\w*\s+(?:a\s+|any\s+)?(?:commercial|paid|managed|cloud)\s+(?:[\w-]+\s+){0,2}?"
    r"services?|"
    r"(?:data\s+)?processing\s+service\s+for\s+" + _OTHERS + r")|"
    r"\b(?:on\s+behalf\s+of|for\s+the\s+benefit\s+of)\s+" + _OTHERS + r"|"
    r"\b(?:access|use|reach)\w*\b[^.;]{0,60}?\b(?:remotely|from\s+a\s+distance|over\s+(?:a|the|any)\s+"
    r"(?:computer\s+)?(?:network|internet)|through\s+(?:a|an|any)\s+(?:web|network|remote|api|portal)"
    r"[\w\s-]{0,30}?)(?=[^.;]{0,60}\b" + _OTHERS + r")|"
    r"\b" + _OTHERS + r"\s+(?:to\s+|may\s+|can\s+)?(?:access|use|reach)\w*\b[^.;]{0,60}?\b"
    r"(?:remotely|over\s+(?:a|the|any)\s+(?:computer\s+)?(?:network|internet)|through\s+(?:a|an|any)\s+"
    r"(?:web|network|remote|api|portal))"
)
# ("Any use that makes the Software accessible ... for providing Software-as-a-Service offerings
# requires the Licensor's prior written consent", "Service bureau use shall be prohibited")
_HOSTING_BAN_AFTER = re.compile(
    r"[^.;]{0,120}?\b(?:(?:is|are|shall\s+be)\s+" + BAN_ADVERB + r"(?:not\s+"
    r"(?:permitted|allowed|licen[cs]ed)|prohibited|forbidden)|requires?\s+(?:a\s+|the\s+)?"
    r"(?:[\w'\u2019.-]+\s+){0,2}?(?:prior\s+|express\s+|separate\s+|commercial\s+)?(?:written\s+)?"
    r"(?:licen[cs]e|agreement|consent|permission|approval|authori[sz]ation))\b"
)
_LICENSOR_SAYS = re.compile(r"\b(?:we|licensor|the\s+licensor|the\s+authors?)\s*$")
_HOSTING_GATE = (
    *("service", "saas", "paas", "bureau", "sharing", "time-share", "time share", "outsourc"),
    "tenant",
    "multi-user",
    "multiuser",
    "consult",
    *("behalf", "benefit of", "remote", "network", "internet", "through a", "through an"),
)


def hosted_for_others(s: Sentence, had: set[str]) -> Hit | None:
    """A ban on running the work for others, as a service or from afar (see above)."""
    if "hosting-restriction" in had:
        return None
    text = s.full
    if not _gate(_HOSTING_GATE).search(text):
        return None
    # a list item under a ban ("you will not (nor authorize third parties to): ... make
    # available the Software to third parties as an application services provider"): the ban is
    # the lead-in's, however long the item before the service
    lead = s.lead if s.lead and text.startswith(s.lead) else ""
    banned_lead = bool(lead) and re.search(rf"\b{PROHIBIT}\b", lead) is not None
    for m in _HOSTED_FOR_OTHERS.finditer(text):
        if banned_lead:
            before = lead + text[len(lead) : m.start()][-200:]
        else:
            before = text[max(0, m.start() - 200) : m.start()]
        ban = re.search(
            rf"\b{PROHIBIT}\b|\bno\s+[\w-]+(?:\s+or\s+[\w-]+)?\s+(?:use\s+)?$|"
            r"\b(?:does|do|shall)\s+not\s+include\s+(?:the|any)\s+rights?\s+to\b|"
            # (a list's lead-in: "a commercial license from the producer is required for the
            # following scenarios:")
            rf"\b(?:licen[cs]e|permission|consent){_IS_REQUIRED}\s+(?:for|to)\b",
            before,
        )
        if ban is None and not _HOSTING_BAN_AFTER.match(text, m.end()):
            continue
        if ban is not None and re.search(r"[.;]|\bbut\b|\bexcept\b", before[ban.end() :]):
            continue
        if ban is not None and _LICENSOR_SAYS.search(before[: ban.start()]):
            continue  # "We do not run this software as a hosted service": what the licensor does
        if ban is not None and re.search(r"\bbut\s+(?:you\s+)?$", before[: ban.start()]):
            continue  # "accessible (but not through outsourcing services) to your end users": a
            # carve-out of a grant, which the labels do not count as a hosting limit
        return Hit("restriction", "hosting-restriction", full_evidence(s, m.start(), m.end(), 0.55))
    return None


# Sale kept out --------------------------------------------------------------------------------
# Selling said without "sell": copies that must go out free ("must be given away free of
# charge"), the work put on sale ("offered for sale", "placed on sale in any marketplace"),
# licensed to others for a fee, or put in a product or bundle that is sold. A fee for support,
# media or one's own products is not a sale of the work.
_SALE = re.compile(
    r"\b(?:must|shall|may\s+only|can\s+only)\s+(?:be\s+)?(?:given\s+away|distributed|provided|shared|"
    r"supplied|offered|passed\s+on|made\s+available)\s+(?:only\s+)?(?:free\s+of\s+(?:any\s+)?charge|"
    r"for\s+free|at\s+no\s+(?:charge|cost)|without\s+(?:any\s+)?(?:charge|fee|payment))\b|"
    rf"\b{PROHIBIT}\s+(?:be\s+)?(?:offer\w*|plac\w*|put|list\w*)\s+(?:[^.;]{{0,40}}?\s+)?(?:for|on)\s+sale\b|"
    rf"\b{PROHIBIT}\s+(?:sub-?)?licen[cs]e\s+[^.;]{{0,40}}?\bfor\s+(?:a|any)\s+(?:fee|charge|price)\b|"
    rf"\b{PROHIBIT}\s+(?:be\s+)?(?:included|bundled|incorporated|distributed)\s+(?:in|with|as\s+part\s+of)\s+"
    r"(?:any\s+|a\s+)?[^.;]{0,40}?\b(?:that|which)\s+(?:is|are)\s+(?:sold|offered\s+for\s+sale)\b"
)
_SALE_GATE = ("free", "for sale", "on sale", "fee", "charge", "price", "sold")
_NOT_A_SALE = re.compile(r"\b(?:support|media|warranty|installation|services|copying\s+fee)\b")


def sale_kept_out(s: Sentence, had: set[str]) -> Hit | None:
    """Selling the work barred in other words (see above)."""
    if "no-selling" in had or "no-redistribution" in had:
        return None
    text = s.full
    if not _gate(_SALE_GATE).search(text):
        return None
    m = _SALE.search(text)
    if m is None or _NOT_A_SALE.search(m.group(0)):
        return None
    return Hit("restriction", "no-selling", full_evidence(s, m.start(), m.end(), 0.55))


# Acts kept for someone other than the licensee ------------------------------------------------
# "Only the Licensor may distribute the Software", "Only Vantrell may make changes": the act is
# reserved to its owner, so the licensee may not do it.
_ONLY_THEY = re.compile(
    r"\bonly\s+(?!you\b|your\b|licensees?\b|the\s+licensees?\b|(?:end\s+)?users?\b|recipients?\b|"
    r"customers?\b|members?\b|authori[sz]ed\s+users?\b|persons?\b|individuals?\b|those\b|if\b|"
    r"when\b|after\b|in\b|for\b|with\b|as\b|to\b|by\b|on\b|under\b|where\b|once\b|upon\b)"
    r"(?P<who>(?:the\s+)?[\w&.'-]+(?:\s+[\w&.'-]+){0,2}?)\s+"
    r"(?:may|can|(?:is|are)\s+(?:permitted|allowed|entitled|authori[sz]ed)\s+to|(?:has|have)\s+the\s+"
    r"right\s+to)\s+(?:(?P<share>(?:re-?)?distribute|publish|share|sub-?license|make\s+(?:it|them|the\s+"
    r"[\w-]+)\s+available)|(?P<sell>sell|resell)|(?P<change>modify|alter|change|make\s+(?:any\s+)?"
    r"(?:changes|modifications|alterations)|create\s+derivative\s+works))\b(?P<obj>[^.;]{0,40})"
)
_NOT_THE_WORK_OBJECT = re.compile(
    r"^\s*(?:to\s+)?(?:the\s+|this\s+|these\s+|its\s+)?(?:licen[cs]e|terms|agreement|notices?|"
    r"conditions|prices?|fees?|trademarks?|marks?|names?)\b"
)
_ONLY_THEY_KINDS: dict[str, RestrictionKind] = {
    "share": "no-redistribution",
    "sell": "no-selling",
    "change": "no-derivatives",
}


def reserved_acts(s: Sentence, had: set[str]) -> list[Hit]:
    """An act on the work that only someone other than the licensee may do."""
    text = s.full
    if "only" not in text:
        return []
    hits: list[Hit] = []
    for m in _ONLY_THEY.finditer(text):
        if _NOT_THE_WORK_OBJECT.match(m.group("obj")) or negated(text, m.start()):
            continue
        group = next(g for g in _ONLY_THEY_KINDS if m.group(g))
        kind = _ONLY_THEY_KINDS[group]
        if kind not in had:
            hits.append(Hit("restriction", kind, full_evidence(s, m.start(), m.end(), 0.6)))
    return hits


# Kept on the current version ----------------------------------------------------------------
# A duty to stay current has a duty word and one of four contents: the newest release named
# ("run the most recent Major Release", "keep the App updated to the current version"), every
# update applied ("Security patches are mandatory and shall be applied"), older releases losing
# their licence ("the license to the superseded version terminates", "Continued use of a
# deprecated release ... is not permitted"), or a promise not to stop updates ("shall not disable
# the automatic update mechanism"). A licensor's promise to provide updates, leave to skip them,
# or updates the licensor ships on its own ("may install automatic updates, which cannot be turned
# off", not counted by the labels) are none of these.
_NEWEST = (
    r"(?:latest|most\s+recent|newest|(?:most\s+|then[- ])?current|up[- ]to[- ]date|supported|"
    r"successor|next|new(?:er)?)\s+(?:[\w-]+\s+){0,2}?(?:versions?|releases?|builds?|editions?|"
    r"revisions?|patch(?:es)?)\b"
)
_UPDATES = (
    r"(?:updates?|upgrades?|patch(?:es)?|fixes|hotfixes|revisions?|new\s+(?:versions?|releases?)|"
    r"revised\s+[\w-]+)"
)
_OLDER = (
    r"(?:prior|previous|earlier|older|old|superseded|deprecated|outdated|obsolete|withdrawn|"
    r"end[- ]of[- ]life|given)"
)
# what ends for an older release: its licence, its use
_ENDS = (
    r"(?:(?:is|are)\s+(?:no\s+longer|not)\s+(?:licen[cs]ed|permitted|allowed|covered)|"
    r"(?:will\s+)?(?:no\s+longer\s+be|not\s+be)\s+licen[cs]ed|terminat\w*|expire\w*|lapse\w*|ends?|"
    r"(?:may|shall|must|can)\s+(?:not|no\s+longer)\s+(?:be\s+)?(?:used|use|run)|"
    r"(?:may|can)\s+no\s+longer\s+use|must\s+be\s+(?:deleted|destroyed|removed|replaced)|"
    r"(?:is|are)\s+prohibited|(?:is|are)\s+not\s+permitted)"
)
_KEPT_CURRENT = re.compile(
    # the newest release as a duty, a condition, or the only one licensed
    r"\b(?:must|shall|will|agrees?\s+to|undertakes?\s+to|efforts\s+to|required\s+to|requires?|"
    r"(?:conditional|conditioned|contingent)\s+(?:up)?on|only\s+(?:if|while|when))\b[^.;]{0,80}?"
    r"\b(?:running|run|use|using|keep\w*|maintain\w*|install\w*|(?:updated?|upgraded?|migrate|"
    r"move|switch)\s+to)\b[^.;]{0,40}?\b(?:the\s+|a\s+|each\s+|every\s+)?" + _NEWEST + r"|"
    r"\bonly\s+(?:to\s+|for\s+|with\s+)?(?:the\s+|a\s+)?" + _NEWEST + r"|"
    r"(?<!in\sorder\sto\s)\b(?:keep|kept|maintain\w*)\s+(?:the|your|its|their|all|each|every|any)\s+(?:[\w-]+\s+)?"
    r"(?:software|app|apps|applications?|programs?|products?|sdks?|models?|fonts?|runtimes?|"
    r"firmware|tools?|librar(?:y|ies)|packages?|cop(?:y|ies)|installations?|devices?)\s+"
    r"(?:up[- ]to[- ]date|updated|current)\b|"
    # every update applied
    r"\b(?:must|shall|will|agrees?\s+to|required\s+to|requires?)\s+(?:be\s+)?(?:promptly\s+|"
    r"immediately\s+)?(?:install|apply|accept|deploy|implement|applied|installed|installation\s+of)\w*"
    r"\b(?!\s+to\b)[^.;]{0,40}?\b" + _UPDATES + r"|"
    r"\b" + _UPDATES + r"\b[^.;]{0,80}?\b(?:are|is)\s+mandatory\b|"
    # older releases lose their licence
    r"\b"
    + _OLDER
    + r"\s+(?:[\w-]+\s+){0,2}?(?:versions?|releases?|cop(?:y|ies))\b[^.;]{0,100}?\b"
    + _ENDS
    + r"|"
    # "Your licence to a release lapses when its successor ships"
    r"\b(?:licen[cs]e|right)s?\s+(?:to|for)\s+(?:use\s+)?(?:a|an|each|any|the)\s+(?:[\w-]+\s+)?"
    r"(?:versions?|releases?)\b[^.;]{0,40}?\b(?:terminat|expire|end|lapse)\w*\s+(?:when|once|upon|"
    r"after|on)\b[^.;]{0,40}?\b(?:successor|new(?:er)?|next|later)\b|"
    r"\b(?:licen[cs]e|right)s?\s+(?:to\s+(?:use\s+)?|for\s+)(?:the\s+|any\s+|an?\s+)?"
    + _OLDER
    + r"\s+(?:[\w-]+\s+)?(?:versions?|releases?)\b[^.;]{0,60}?\b(?:terminat|expire|end|"
    r"lapse)\w*|"
    # "Upon Intel's release of an update or new version, you will make reasonable efforts to
    # discontinue distribution of the enclosed Materials"
    r"\b(?:upon|after|following|on)\s+(?:the\s+)?(?:[\w'\u2019.-]+\s+)?(?:release|availability|"
    r"publication)\s+of\s+(?:an?\s+|the\s+)?(?:update|upgrade|new\s+version|newer\s+version|successor)"
    r"\b[^.;]{0,120}?\b(?:discontinue|cease|stop)\s+(?:the\s+)?(?:using|use|distribution|"
    r"distributing)\b|"
    r"\b(?:stop|cease|discontinue)\s+using\s+(?:any|each|every|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:versions?|releases?)\b[^.;]{0,40}?\b(?:withdraw|supersed|replac|deprecat)\w*|"
    r"\breplace\s+(?:your|its|the\s+licensee'?s|their)\s+cop(?:y|ies)\b[^.;]{0,80}?\b(?:new|revised|"
    r"updated|latest|current)\b|"
    # (updates that arrive whether the licensee wants them or not, "may install automatic
    # updates, which cannot be turned off", are the licensor's way of shipping, not a limit the
    # labels count; a licensee's promise not to stop them is one)
    r"\b(?:not|never)\s+(?:to\s+)?(?:disable|block|circumvent|turn\s+off|prevent|interfere\s+with)\b"
    r"[^.;]{0,60}?\b(?:automatic\s+)?(?:update|upgrade)s?\b"
)
# Leave to skip updates, or a promise to provide them, keeps the licensee on nothing.
_UPDATES_OPTIONAL = re.compile(
    r"\b(?:not\s+(?:obliged|obligated|required)\s+to\s+(?:install|apply|accept|use)|"
    r"(?:may|can)\s+(?:choose|elect|decide)\s+(?:not\s+)?to\s+(?:install|apply|accept)|"
    r"(?:is|are)\s+(?:entitled|eligible)\s+to\s+(?:receive|obtain|download)|"
    r"(?:at\s+(?:your|its|licensee'?s)\s+(?:own\s+)?(?:option|discretion))|"
    # an upgrade the licensee chose ends the licence it came from, no one else's
    r"\bupgraded?\s+from\b|\bif\s+you\s+(?:choose\s+to\s+)?upgrade\b|"
    r"\b(?:that|which)\s+you\s+(?:have\s+)?(?:upgraded|updated)\b|"
    r"\b(?:is|as)\s+an\s+(?:update|upgrade)\s+(?:of|to|from)\b|\bobligation\b[^.;]{0,40}\bsupport\b|"
    r"\bremove\b|"
    # support bought for the current release is a term of the support, not of the licence
    r"\b(?:purchase|subscriptions?|maintenance|support\s+(?:services?|plans?|terms))\b|"
    # which releases the maintainers support ("Only the most recent release is supported")
    r"\b(?:is|are)[\W_]{0,6}(?:officially[\W_]+)?supported(?![a-z])|\bsecurity\s+(?:updates?|fixes|patches)\b)"
)
_CURRENT_GATE = (
    *("version", "release", "update", "upgrade", "patch", "fix", "revis", "current", "build"),
    *("to date", "to-date"),
)


def kept_current(s: Sentence, had: set[str]) -> Hit | None:
    """A duty to keep to the newest release (see above)."""
    text = s.full
    if "latest-version" in had or not _gate(_CURRENT_GATE).search(text):
        return None
    m = _KEPT_CURRENT.search(text)
    if m is None or negated(text, m.start()) or _UPDATES_OPTIONAL.search(text):
        return None
    return Hit("restriction", "latest-version", full_evidence(s, m.start(), m.end(), 0.6))


# A step before the work may be had ----------------------------------------------------------
# Registration has a step the licensor controls (register, sign up, enrol, an account, a key,
# activation, an approved request, a notice to the licensor) and a tie to having or using the
# work: the step comes first ("before", "only after", "until", "requires", "in order to") or the
# work stops without it. Either part alone is no registration: "You may register to receive
# product news", "notify us of any unauthorised use of your account".
_STEP = re.compile(
    r"\b(?:regist(?:er|ers|ering|ration)\b|registered\b(?!\s+(?:trade\s*marks?|marks?|copy|copies|"
    r"office|address|students?|members?|in|under|with\s+the\s+(?:patent|trademark)))|"
    r"sign(?:ing|ed|s)?[- ]up|"
    r"enrol(?:l|s|led|ling|ment|lment)?|(?:create|creating|open|opening|hold|holding|have|having|"
    r"set\s+up)\s+(?:an?\s+|your\s+)?(?:[\w-]+\s+){0,2}?accounts?|"
    r"(?:access\s+requests?|requests?\s+for\s+access|(?:your|an?)\s+(?:request|application)|"
    r"applications?\s+for\s+(?:access|a\s+licen[cs]e))\b[^.;]{0,80}?\b(?:approv\w*|accept(?:ed|ance))|"
    r"approv(?:ed|al\s+of)\s+(?:your\s+|the\s+)?(?:access\s+)?(?:requests?|applications?|"
    r"applicants?)|approved\s+(?:applicants?|users?|researchers?))"
)
# A notice to the licensor before the work is used or shipped: "must notify Acme before
# distributing", "shall provide Oracle with a written notice for each Publication"; not a notice
# to recipients or to the other party of a claim.
_NOTICE_FIRST = re.compile(
    r"\b(?:(?:notify|inform|tell)\b|(?:provide|give|send)\s+(?!(?:the\s+)?(?:licensee|you|"
    r"recipients?|customers?|users?)\b)(?:[\w&.'-]+\s+){1,3}?(?:with\s+)?(?:a\s+)?"
    r"(?:prior\s+|advance\s+)?(?:written\s+)?notice\b|send\s+(?:us|the\s+licensor)\b)"
    r"(?!\s+(?:the\s+)?(?:other\s+part(?:y|ies)|recipients?|users?|end[- ]users?|customers?|"
    r"licensees?|you|third\s+part(?:y|ies)|them)\b)"
    # (an aside may hold an address: "notify the University (c/o Professor X, e-mail: x@y.edu)")
    r"(?:\([^()]{0,80}\)|[^.;]){0,60}?\b(?:before|prior\s+to|when\s+(?:you|it|licensee)\s+(?:first\s+)?"
    r"(?:use|distribute|incorporate|ship|release|publish)|(?:of|regarding|about|concerning)\s+"
    r"(?:the|your|its|each|any|such)\s+(?:[\w-]+\s+)?(?:distributions?|publications?|modifications?|"
    r"uses?|releases?|derivative\s+works?)|"
    r"for\s+each\s+(?:[\w-]+\s+)?(?:publication|distribution|release|product))\b|"
    # the act first: "Before shipping a product that contains the Runtime, you must notify"
    r"\b(?:before|prior\s+to)\s+(?:you\s+)?(?:use|using|(?:re)?distribut\w*|ship|shipping|release|"
    r"releasing|publish|publishing|deploy|deploying|sell|selling)\b[^.;]{0,100}?\b(?:must|shall)\s+"
    r"(?:first\s+)?(?:notify|inform)\b|"
    # "You must send Acme a copy of any modifications you make", "submit all changes back to
    # the author": changes reported to the licensor (not copies owed to recipients)
    r"\b(?:must|shall|agrees?\s+to|(?:are|is)\s+required\s+to|(?:have|has)\s+to)\s+(?:promptly\s+)?"
    r"(?:send|submit|provide|deliver|return|give)\s+(?!(?:the\s+|a\s+|any\s+|each\s+)?(?:recipients?|"
    r"users?|customers?|licensees?|them|anyone|third|public|others)\b)(?:[\w&.'-]+\s+){1,3}?"
    r"(?:with\s+)?(?:a\s+)?cop(?:y|ies)\s+of\s+(?:any|all|each|your|such)\s+(?:[\w-]+\s+)?"
    r"(?:modifications|changes|improvements|enhancements|derivative\s+works?)\b|"
    r"\b(?:must|shall|agrees?\s+to|(?:have|has)\s+to)\s+(?:send|submit|contribute|return)\s+(?:any|all|"
    r"each|your|such)\s+(?:[\w-]+\s+)?(?:modifications|changes|improvements|enhancements)\s+back\b"
    # ("contribute your changes back to the community": published, the copyleft's duty)
    r"(?!\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:community|public|world))|"
    # "You are obliged to report every activity to TQ in writing": each use reported to the
    # licensor
    r"\b(?:must|shall|obliged\s+to|obligated\s+to|required\s+to|agrees?\s+to)\s+(?:promptly\s+)?"
    r"report\s+(?:every|each|all|any)\s+(?:[\w-]+\s+)?(?:activit(?:y|ies)|uses?|distributions?|"
    r"installations?|deployments?)\s+to\b|"
    # "the Customer must provide to Acme every calendar quarter ... a schedule listing all
    # software ... developed as a modification": reports owed to the licensor at set times
    r"\b(?:must|shall|agrees?\s+to|(?:are|is)\s+required\s+to)\s+(?:provide|submit|send|deliver|"
    r"furnish)\b[^.;]{0,60}?\b(?:every|each)\s+(?:calendar\s+)?(?:quarter|month|year)\b"
)
# the step first, or the work unusable without it
_STEP_FIRST = re.compile(
    r"\b(?:before|prior\s+to|until|unless|without\s+(?:first\s+)?|only\s+(?:after|once|if|when|upon|"
    r"to|by)|(?:after|upon|on)\s+(?:approval|registration|sign)|conditioned|conditional|contingent|"
    r"in\s+order\s+to|requires?|required|must|shall|need\s+to|available\s+to|"
    r"(?:released|granted|given|provided)\s+(?:only\s+)?to)\b"
)
_TO_THE_WORK = re.compile(
    r"\b(?:use|using|access\w*|download\w*|install\w*|distribut\w*|releas\w*|run|running|operat\w*|"
    r"deploy\w*|obtain\w*|receiv\w*|publish\w*|ship\w*|weights|downloads)\b"
)
# Steps about something else: account security, breaches, news, marks, published results.
_STEP_ELSEWHERE = re.compile(
    r"\b(?:unauthori[sz]ed|breach\w*|violat\w*|infring\w*|misuse|password|credentials?|security|"
    r"newsletters?|news|marketing|"
    r"optional|voluntar\w*|suspend\w*|trademarks?|logos?|results|benchmarks?|claims?|please|"
    r"disclos\w*|confidential\w*|protective\s+order|subpoena|"
    r"regulatory|required\s+by\s+(?:applicable\s+)?laws?|applicable\s+laws?|failure\s+to\s+register|"
    r"statut\w*|mandatory\s+rights?|disput\w*|invoices?|"
    r"payment\s+processor|"
    r"requests?,?\s+(?:but|though)|changes?\s+(?:to\s+)?(?:these|this|the)\s+(?:terms|agreement)|"
    r"change\s+these|for\s+your\s+convenience)\b|"
    # the user's own program set up as a web service's client
    r"\bregister" + OWN_APP_REGISTERED + r"|"
    r"\b(?:may|can)\s+(?:choose\s+to\s+)?(?:register|create|open|sign\s+up)\b|\bmay\s+be\s+required\b|"
    r"\b(?:may|might)\s+(?:also\s+)?need\s+to\b|"
    r"\b(?:we|licensor|the\s+licensor)\s+(?:will|shall|may)\s+(?:notify|inform)\b|"
    # the step not needed: "may be used without registration", "not obliged to register"
    r"\b(?:may|can)\s+be\s+[^.;]{0,40}?\bwithout\s+(?:any\s+)?(?:registration|registering|"
    r"an?\s+account|a\s+key)\b|\b(?:does|do)\s+not\s+require\b|"
    r"\bnot\s+(?:obliged|obligated|required|necessary|needed)\b|\bif\s+(?:you\s+are\s+)?required\b|"
    r"\bno\s+(?:registration|account|key)(?:\s+(?:or|nor|and)\s+(?:registration|account|key|sign-?up))?"
    r"\s+(?:is\s+|are\s+)?(?:required|needed|necessary)\b|"
    # "You do not need to register to use the Software"
    r"\b(?:do|does|will)\s*(?:not|n't)\s+(?:need|have)\s+to\s+(?:register|sign\s+up|create|open)\b"
)
# "..., with the exception of those actions which ... do not require the release of the rights
# holder": what follows is the part the step leaves out, not the step's own subject
_CARVED_OUT = re.compile(
    r",\s*(?:with\s+the\s+exception\s+of|except\s+(?:for\s+)?(?:those|such))\b"
)
_STEP_GATE = (
    *("regist", "sign", "enrol", "account", "approv"),
    *("notify", "inform", "notice", "tell", "send us", "send the licensor", "report"),
    *("a copy of", "copies of", "back"),
    *("every calendar", "each calendar", "every quarter", "each quarter", "every month"),
    *("each month", "every year", "each year"),
)


def step_first(s: Sentence, had: set[str]) -> Hit | None:
    """Registration, an account, a key or an approved request before the work may be had."""
    text = s.full
    if "registration" in had or not _gate(_STEP_GATE).search(text):
        return None
    if len(s.norm.split()) < 6:
        return None  # a heading ("Notice and Registration.") names a topic, not a step
    elsewhere = _STEP_ELSEWHERE.search(text)
    if elsewhere and not _CARVED_OUT.search(text, 0, elsewhere.start()):
        return None
    notice = _NOTICE_FIRST.search(text)
    if notice is not None and not negated(text, notice.start()):
        # (offsets on the item's own words: the match may begin in a list item's lead-in)
        evidence = make_evidence(s, *in_sentence(s, notice, text), 0.55)
        return Hit("restriction", "registration", evidence)
    for step in _STEP.finditer(text):
        lo, hi = max(0, step.start() - 100), step.end() + 100
        if _STEP_FIRST.search(text, lo, hi) and _TO_THE_WORK.search(text, lo, hi):
            evidence = make_evidence(s, *in_sentence(s, step, text), 0.55)
            return Hit("restriction", "registration", evidence)
    return None


# Acts put outside the grant ------------------------------------------------------------------
# "Any use in oil and gas exploration falls outside the scope of the rights conveyed here", "Use
# of the Fonts on tobacco packaging is excluded from this licence", "Rights to adapt the Weights
# are expressly withheld": what the grant does not reach, said of the acts it leaves out. The
# kind is the one the left-out acts name; a use left out for a place or purpose the words do not
# type is a field of use.

_GRANT_NOUN = (
    r"(?:this|the)\s+(?:licen[cs]e|licence|grant|permissions?|rights\s+(?:conveyed|granted)(?:\s+"
    r"(?:here|herein|hereunder|above|in\s+section\s+[\d.]+))?|(?:licen[cs]e|licence)\s+granted"
    r"(?:\s+(?:here|herein|hereunder|above))?)"
)
_OUTSIDE_GRANT = re.compile(
    r"\b(?:is|are)\s+(?:expressly\s+|hereby\s+|specifically\s+)?(?:excluded\s+from|outside(?:\s+of)?|"
    rf"not\s+(?:covered|included)\s+(?:by|in)|beyond)\s+(?:the\s+scope\s+of\s+)?{_GRANT_NOUN}\b|"
    rf"\bfalls?\s+outside\s+(?:of\s+)?(?:the\s+scope\s+of\s+)?{_GRANT_NOUN}\b|"
    # "Rights to adapt the Weights are expressly withheld"
    r"^\W*(?:the\s+|any\s+|all\s+)?(?:rights?|licen[cs]es?|permissions?)\s+to\s+(?P<acts>[^.;]{3,80}?)\s+"
    r"(?:is|are)\s+(?:expressly\s+|hereby\s+|specifically\s+)?(?:withheld|not\s+granted|not\s+given)\b"
)
_USE_SUBJECT = re.compile(r"^\W*(?:any\s+|the\s+|all\s+)?(?:use|usage|deployment)\b")
# The left-out part named by an act ("Any use in ...", "Redistribution for a fee ..."), not by
# the files or the activities a license's scope note lists ("Activities other than copying,
# distribution and modification are not covered by this License").
_ACT_SUBJECT = re.compile(
    r"^\W*(?:(?:\(?[a-z0-9]{1,3}[.)]|notwithstanding\s+[^,]{1,60},)\s*)?(?:any\s+|the\s+|all\s+)?"
    r"(?:[\w-]+\s+)?(?:use|usage|deployment|copying|reproduction|(?:re)?distribution|modification|"
    r"adaptation|translation|sale|resale|hosting|training|fine-?tuning|commerciali[sz]ation|"
    r"exploitation|using|deploying|distributing|redistributing|modifying|adapting|"
    r"selling|reselling|offering|providing|incorporating|embedding|running|operating|"
    r"integrating|publishing|sharing)\b(?![^.;]{0,80}\b(?:other\s+than|except|apart\s+from)\b)"
)
# What a grant's own scope notes leave out without limiting the work: marks and names, other
# works, the licensor's services, patents.
_NOT_THE_WORK_OUTSIDE = re.compile(
    r"\b(?:trademarks?|trade\s+names?|marks|logos?|names?|patents?|third[- ]party|"
    r"other\s+(?:software|works?|products?)|services?\s+(?:agreement|terms)|warrant\w*|support|"
    r"source\s+code\s+of\s+other)\b"
)


def outside_grant(s: Sentence, had: set[str]) -> Hit | None:
    """Acts that the text says its grant does not reach, typed by the acts they name."""
    text = s.norm
    if not has_any(
        text,
        (
            "outside",
            "excluded",
            "not covered",
            "not included",
            "withheld",
            "beyond",
            "not granted",
            "not given",
        ),
    ):
        return None
    m = _OUTSIDE_GRANT.search(text)
    if m is None or negated(text, m.start()) or re.search(r"\bif\b|\bunless\b", text[: m.start()]):
        return None
    said = m.group("acts") if m.group("acts") else text[: m.start()]
    if not said.strip() or _NOT_THE_WORK_OUTSIDE.search(said):
        return None
    if not m.group("acts") and not _ACT_SUBJECT.search(said):
        return None
    kind = kind_of_limit(said)
    if kind == "no-redistribution" and FOR_PAY.search(said):
        kind = "no-selling"  # "Redistributing the Model for a fee is not covered"
    if kind == "other" and _USE_SUBJECT.search(said):
        kind = "field-of-use"
    if kind == "other" or kind in had:
        return None
    return Hit(
        "restriction", cast(RestrictionKind, kind), make_evidence(s, m.start(), m.end(), 0.6)
    )


# Limits kept in a separate document: "any use forbidden by the then-current Conduct Policy",
# "the boundaries drawn by the Responsible AI Addendum", "any use that the published Use
# Restrictions page forbids". Three parts in one sentence: the document, words of limits near
# it, and the licensee's use or conduct. (An attachment or appendix is most often part of the
# text itself, as the use restrictions of the RAIL licenses are: its items are read there.)
_ELSEWHERE = re.compile(r"\b(?:polic(?:y|ies)|addend(?:um|a)|guidelines|page)\b")
_LIMIT_WORDS = re.compile(
    r"\bforb[ia]d\w*|\bprohibit\w*|\bdisallow\w*|\bmisuse\b|\bbanned\b|\bboundar(?:y|ies)\b|"
    r"\buse\s+restrictions\b|\brestricted\s+uses\b"
)
_USE_OR_CONDUCT = re.compile(r"\buses?\b|\busing\b|\bengag\w*|\bbound\s+by\b|\bactivit")
# Documents of other matters: privacy, marks, export, fees.
_OTHER_MATTERS = re.compile(
    r"\bprivacy\b|\btrademarks?\b|\bbrand\w*|\blogos?\b|\bexport\w*|\bsanction\w*|\bfees?\b|"
    r"\bprices?\b|\bpayment\b|\bcookies?\b"
)
# "shall not use the Service in any manner forbidden by": a ban, not a negated limit
_PROHIBITED_USE = re.compile(PROHIBIT + r"\s+(?:\w+\s+){0,3}?(?:use|engag\w*|be\s+put)\b")
# How far before the document its limit words may stand, and the fewest words of a duty.
ELSEWHERE_REACH = 100
ELSEWHERE_WORDS = 8
_THIS_DOCUMENT = re.compile(
    r"\b(?:this|these|the\s+present)\s+(?:[\w-]+\s+){0,3}?(?:terms|agreement|"
    r"licen[cs]e|eula|conditions|polic(?:y|ies))\b"
)


def limits_elsewhere(s: Sentence, had: set[str]) -> Hit | None:
    """Use kept within limits that another document lists (see above)."""
    if "acceptable-use-policy" in had:
        return None
    text = s.full
    if not _USE_OR_CONDUCT.search(text) or not _LIMIT_WORDS.search(text):
        return None
    if len(text.split()) < ELSEWHERE_WORDS:
        return None  # a heading ("Prohibited Use Policy"), not a duty
    for m in _ELSEWHERE.finditer(text):
        if _THIS_DOCUMENT.search(text, max(0, m.start() - 40), m.end()):
            continue  # "these Terms of Use, or the rules, guidelines": this text's own
        start, end = max(0, m.start() - ELSEWHERE_REACH), m.end() + 40
        window = text[start:end]
        limit = _LIMIT_WORDS.search(window)
        if limit is None or _OTHER_MATTERS.search(window):
            continue
        if negated(text, start + limit.start()) and not _PROHIBITED_USE.search(text):
            continue
        first, last = min(m.start(), start + limit.start()), max(m.end(), start + limit.end())
        if not (_USE_OR_CONDUCT.search(text, 0, first) or _USE_OR_CONDUCT.search(text, last)):
            continue  # the use named only in the document's name
        params: HitParams = {"incorporated_by_reference": True}
        ev = full_evidence(s, first, last, 0.6)
        return Hit("restriction", "acceptable-use-policy", ev, params)
    return None


def read_parts(s: Sentence, had: set[str]) -> list[Hit]:
    """Every limit of this module in one sentence, less the kinds another rule found there."""
    hits = [h for h in (pass_through(s), reserved_change(s)) if h is not None and h.kind not in had]
    left_out = outside_grant(s, had)
    if left_out is not None:
        hits.append(left_out)
    hits += [
        h
        for h in (kept_current(s, had), step_first(s, had), limits_elsewhere(s, had))
        if h is not None
    ]
    hits += reserved_acts(s, had)
    hits += kept_purposes(s, had)
    out = kept_out(s, had) or class_kept_out(s, had)
    hits += [
        h
        for h in (out, place_kept(s, had), hosted_for_others(s, had), sale_kept_out(s, had))
        if h is not None
    ]
    return hits


# Defined terms barred -----------------------------------------------------------------------
# "'Hosted Use' means making the Software available over a network ...; Hosted Use is not
# permitted": the limit is in the definition, the ban names only the term. The definitions of
# the whole text are gathered first; a sentence that bars a defined term (or keeps use to one) is
# read again with the definition in the term's place.

_DEFINITION = re.compile(
    r"^\W*(?:\(?[a-z0-9]{1,4}[.)]\s*)?[\"'\u201c\u2018]+(?P<term>[a-z][\w -]{1,40}?)"
    r"[\"'\u201d\u2019]+\s+(?:means|shall\s+mean|refers\s+to|is\s+defined\s+as)\s+(?P<def>[^;]{5,400})"
)


# Only a term that names an act, a use or a class of persons is read so: "'Information' means
# the material licensed" names the work, whose mention bars nothing.
_AN_ACT = re.compile(
    r"(?:any\s+|the\s+|an?\s+|each\s+)?(?:(?:use|uses|act|acts|making|supplying|providing|provision|"
    r"rental|loan|transfer|change|modification|work|testing|evaluation|distribution|"
    r"redistribution|conduct|exploitation|sale|selling|deployment|access|entity|person|data\s+broker|"
    r"purpose|application|operation|hosting|offering)s?)\b"
)


_ABOUT_MARKS = re.compile(r"\b(?:trademarks?|marks|logos?|names?|trade\s+names?)\b")
# "no Excluded Entity may access or use the Dataset": the persons kept from the work ("no
# Contributor will be liable" keeps no one out)
_PERSON_BARRED = re.compile(
    r"\s+(?:may|shall|can|will|is\s+(?:permitted|allowed)\s+to|are\s+(?:permitted|allowed)\s+to)\s+"
    r"(?:\w+\s+){0,2}?(?:access|use|download|obtain|receive|install|be\s+licensed)\b"
)
_PERSONS = re.compile(
    r"(?:any\s+|an?\s+|each\s+)?(?:[\w-]+\s+)?(?:entit(?:y|ies)|persons?|compan(?:y|ies)|"
    r"organi[sz]ations?|individuals?|brokers?|competitors?|agenc(?:y|ies)|bod(?:y|ies))\b"
)


class DefinedTerm(NamedTuple):
    """A term the text defines as an act, use or class of persons, with the frames that bar it
    or keep use to it (compiled once per text)."""

    term: str
    meaning: str
    barring: re.Pattern[str]
    keeping: re.Pattern[str]


def definitions(sentences: list[Sentence]) -> list[DefinedTerm]:
    """Every "'Term' means ..." of the text that names an act, a use or a class of persons."""
    found: dict[str, str] = {}
    for s in sentences:
        m = _DEFINITION.match(s.norm)
        if m and _AN_ACT.match(m.group("def")) and not _ABOUT_MARKS.search(m.group("def")):
            found.setdefault(m.group("term").strip(), m.group("def").strip(" .,"))
    return [DefinedTerm(t, meaning, _barring(t), _keeping(t)) for t, meaning in found.items()]


_GERUND = re.compile(r"([a-z]{2,}ing)\b")
# Gerunds whose base form is not the stem alone ("making" -> "make", "supplying" -> "supply").
_E_STEMS = (
    "mak", "provid", "distribut", "us", "shar", "licens", "sublicens", "leas", "releas",
    "creat", "operat", "stor", "serv", "combin", "translat", "chang", "giv", "mov", "remov",
    "produc", "incorporat", "disseminat", "circulat", "decompil", "compil", "rearrang",
)  # fmt: skip


def _base_form(gerund: str) -> str:
    stem = gerund[:-3]
    if stem.endswith(_E_STEMS):
        return stem + "e"
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # "setting" -> "set"
    return stem


def _barring(term: str) -> re.Pattern[str]:
    t = re.escape(term)
    return re.compile(
        rf"\bno\s+{t}s?\b(?!\s+(?:shall|will)\s+be\s+(?:deemed|construed))|"
        rf"\bno\s+(?:right|licen[cs]e|permission)\s+to\s+(?:\w+\s+){{0,2}}?(?:any\s+|an?\s+)?{t}s?\b|"
        rf"\b(?:engage|participate)\s+in\s+(?:any\s+|an?\s+)?{t}s?\b|"
        rf"\b{t}s?\s+(?:is|are)\s+{BAN_ADVERB}(?:prohibited|forbidden|not\s+"
        r"(?:permitted|allowed|authori[sz]ed|licensed|covered))\b|"
        rf"\b(?:does|do|shall|will)\s+not\s+(?:extend\s+to|cover|include|permit|authori[sz]e)\s+"
        rf"(?:any\s+)?{t}s?\b|"
        rf"\bnot\s+(?:\w+\s+){{0,4}}?(?:to|for|in)\s+(?:any\s+|an?\s+)?{t}s?\b"
    )


def term_limited(term: str, sentences: Iterable[Sentence]) -> bool:
    """Whether some sentence bars ``term`` (lower-cased) or keeps use to it."""
    barring, keeping = _barring(term), _keeping(term)
    return any(barring.search(s.norm) or keeping.search(s.norm) for s in sentences)


def _keeping(term: str) -> re.Pattern[str]:
    t = re.escape(term)
    return re.compile(
        rf"\b(?:no\s+purpose\s+other\s+than|(?:only|solely|exclusively)\s+for)\s+(?:an?\s+|the\s+)?"
        rf"{t}s?\b|\bfor\s+{t}s?\s+(?:only|alone)\b"
    )


def defined_term_limits(
    s: Sentence, terms: list[DefinedTerm], read: Callable[[str], list[Hit]]
) -> list[Hit]:
    """The limits a sentence sets by barring a defined term, or by keeping use to one."""
    text = s.full
    hits: list[Hit] = []
    if _ABOUT_MARKS.search(text):
        return []  # "No commercial use of these trademarks may be made": the marks, not the work
    own = _DEFINITION.match(text)
    start = own.end("def") if own else 0  # (a sentence that defines a term bars it after)
    for defined in terms:
        if defined.term not in text[start:]:
            continue
        meaning = defined.meaning
        m = defined.barring.search(text, start)
        if m is not None:
            # the act as a noun ("Resale of ... is prohibited") and, where the definition opens
            # with a gerund, as a verb ("You may not make the Software available ...")
            # (the term may name the act better than its definition: "'Onward Transfer' means
            # any act by which ...", "'Adaptation' means any work that ...")
            probes = [f"{meaning} is prohibited.", f"{defined.term} of the work is prohibited."]
            if _PERSONS.match(meaning) and _PERSON_BARRED.match(text, m.end()):
                probes.append(f"The work may not be used by {meaning}.")
            verb = _GERUND.match(meaning)
            if verb:
                probes.append(f"You may not {_base_form(verb.group(1))}{meaning[verb.end() :]}.")
        else:
            m = defined.keeping.search(text, start)
            if m is None:
                continue
            probes = [f"The work may be used only for {meaning}."]
        found: dict[str, Hit] = {}
        for probe in probes:
            for hit in read(probe):
                found.setdefault(str(hit.kind), hit)
        evidence = full_evidence(s, m.start(), m.end(), 0.55)
        hits += [Hit(hit.category, hit.kind, evidence, hit.params) for hit in found.values()]
    return hits


# Bans said in a frame the readers do not know, put in one they do ----------------------------
# "You are prohibited from selling the Software", "Under no circumstances may you modify it",
# "The Data may not, in whole or in part, be published", "You may use it but not share it",
# "No modification of the Fonts is permitted": each says "you may not <act>" in other words, so
# the sentence is read again in that frame. Only the frame is rewritten; the acts and their
# object stay the sentence's own, and the readers decide what they limit.
_PROHIBITED_FROM = re.compile(
    r"\b(?:(?:you|licensee|the\s+licensee|users?|customers?|recipients?)\s+(?:are|is|shall\s+be|"
    r"will\s+be)\s+(?:(?:strictly|expressly|notably|specifically|also|further)\s+)?"
    r"(?:prohibited|forbidden|barred|precluded)|"
    r"(?:shall|will|must|agrees?\s+to|undertakes?\s+to)\s+refrain)\s+from\s+(?P<act>[a-z]{3,}ing)\b"
)
# (not "don't": "You don't modify the Program" in a list of conditions is no ban)
_CONTRACTED = (
    ("can't", "cannot"), ("won't", "will not"), ("mustn't", "must not"), ("shan't", "shall not"),
)  # fmt: skip
# "You do not have the right to ...", "The licence excludes the right to ...", "The right to
# modify the Software is reserved to the Licensor": no leave for the act.
_NO_RIGHT_TO = re.compile(
    r"\b(?:(?:you|licensee|the\s+licensee)\s+(?:(?:do|does)\s+not|don't|doesn't)\s+have\s+"
    r"(?:the\s+|any\s+)?|"
    r"(?:licen[cs]e|licence|agreement|grant)\s+(?:excludes|does\s+not\s+(?:include|cover|confer|"
    r"convey|extend\s+to))\s+(?:the\s+|any\s+)?)(?:rights?|permission|licen[cs]e|authori[sz]ation)\s+"
    r"to\b"
)
_RIGHT_RESERVED = re.compile(
    r"\b(?:the|all)\s+rights?\s+to\s+(?P<act>[a-z]+(?:\s+or\s+[a-z]+)?\s+[^.;]{1,60}?)\s+"
    r"(?:is|are)\s+(?:expressly\s+|exclusively\s+)?reserved\b[^.;]*"
)
# A bare notice of a ban: "No redistribution.", "Modification: not permitted.", "Not for resale."
_TERSE_ACT = (
    r"(?:(?:re)?distributions?|modifications?|alterations?|derivatives?(?:\s+works?)?|(?:re)?sale|"
    r"reselling|selling|commercial\s+(?:use|purposes)|rental|mirroring|hosting)"
)
_TERSE_BAN = re.compile(
    rf"^\W*(?:\(?[a-z0-9]{{1,4}}[.)]\s*)?(?:no\s+(?P<no>{_TERSE_ACT})(?:\s+(?:is\s+|are\s+)?"
    rf"(?:allowed|permitted))?|(?P<head>{_TERSE_ACT})\s*:\s*(?:not\s+(?:allowed|permitted)|prohibited|"
    rf"forbidden)|not\s+for\s+(?P<notfor>{_TERSE_ACT}))\W*$"
)
# A heading that names a ban on a use: "PROHIBITION OF SOFTWARE USE IN HIGH RISK ACTIVITIES AND
# LIFE SUPPORT APPLICATIONS.", "Restriction on use in nuclear facilities"
_USE_BAN_HEADING = re.compile(
    r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s*)?(?:prohibitions?|bans?|restrictions?)\s+(?:of|on|against)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?use\s+(?P<where>(?:in|for|with|as)\s+[^.;:]{3,120})[.;:]?\s*$"
)
_NO_CIRCUMSTANCES = re.compile(
    r"\b(?:under\s+no\s+circumstances|in\s+no\s+event|at\s+no\s+time|on\s+no\s+account)\s*,?\s*"
    r"(?:may|shall|will|can|should|must)\s+(?:you|(?:the\s+)?licensee|users?|customers?)\b"
)
_ASIDE_IN_BAN = re.compile(
    r"\b(may|shall|must|will|can)\s+not\s*,\s*[^,.;()]{1,60}(?:\([^()]{0,160}\))?[^,.;()]{0,20},\s*"
    r"(?:to\s+)?(?=[a-z])"
)
# "No copy of the Software may be given to any other person"
_NO_COPY_MAY = re.compile(
    r"\bno\s+(?P<what>(?:copy|copies|part|portion|element|component)(?:\s+of\s+[^.;]{1,60}?)?)\s+"
    r"(?P<modal>may|shall|can|will)\s+be\b"
)
# "You may not, nor permit anyone to, do any of the following: (iii) modify the Software": the
# lead-in's placeholder verb stands for each item's own.
_DO_THE_FOLLOWING = re.compile(
    r"\b(?:do|engage\s+in|undertake|perform)\s+(?:any\s+(?:of\s+)?)?the\s+following"
    r"(?:\s+(?:acts|actions|activities|things))?\s*:?"
)
# "Neither the Work nor any of its components may be used for ...": the first thing named
# stands for both, and the ban is read on it.
_NEITHER_NOR = re.compile(
    r"\bneither\s+(?P<what>[^.;:]{1,80}?)\s+nor\s+[^.;:]{1,120}?\s+(?P<modal>may|shall|can|will|must)\s+"
    r"(?=be\s|[a-z])"
)
_LEAVE_BEFORE = re.compile(r"\b(?:may|can|are\s+(?:free|permitted|allowed|entitled)\s+to)\s")
_BUT_NOT = re.compile(
    r"\bbut\s+not\s+(?:to\s+)?(?!limited\b|only\b|exclusively\b|necessarily\b)"
    r"(?P<use>(?=(?:for|in|within|on|with|by|as|outside)\b))?(?=[a-z])"
)
_NO_ACT_PERMITTED = re.compile(
    r"^(?P<lead>\W*(?:\(?[a-z0-9]{1,4}[.)]\s*)?)no\s+(?P<act>[a-z][\w-]*\s+(?:of|to)\s+[^.;]{1,80}?)\s+"
    r"(?:is|are|shall\s+be|will\s+be|may\s+be)\s+(?:permitted|allowed|authori[sz]ed|made|created)\b"
)


def _not_as_ban(m: re.Match[str]) -> str:
    # "but not for profit" bans a use; "but not share it" the act named
    return "but you may not use it " if m.group("use") is not None else "but you may not "


def reframed_ban(norm: str) -> str | None:
    """The sentence with a ban said in another frame put as "you may not ..." (see above), or
    None where it has none."""
    terse = _TERSE_BAN.match(norm) if len(norm) < 40 else None
    if terse:
        act = terse.group("no") or terse.group("head") or terse.group("notfor")
        return f"{act} of the work is prohibited."
    heading = _USE_BAN_HEADING.match(norm) if len(norm) < 200 else None
    if heading:
        return f"you may not use the work {heading.group('where')}."
    text = norm
    # (each frame is looked for only where a word it needs is there: most sentences have none)
    if "'t" in text:
        for contracted, full in _CONTRACTED:
            text = text.replace(contracted, full)
    if "right" in text or "permission" in text or "licen" in text or "authori" in text:
        text = _NO_RIGHT_TO.sub("you may not", text)
        text = _RIGHT_RESERVED.sub(lambda m: f"you may not {m['act']}", text)
    if " from " in text:
        text = _PROHIBITED_FROM.sub(lambda m: f"you may not {_base_form(m.group('act'))}", text)
    if "no " in text:
        text = _NO_CIRCUMSTANCES.sub("you may not", text)
        text = _NO_COPY_MAY.sub(lambda m: f"a {m['what']} {m['modal']} not be", text)
        text = _NO_ACT_PERMITTED.sub(lambda m: f"{m['lead']}{m['act']} is not permitted", text)
    if "the following" in text:
        text = _DO_THE_FOLLOWING.sub(" ", text)
    if "neither" in text:
        # (not the names or marks of the parties: "Neither the name of X nor ... may be used")
        text = _NEITHER_NOR.sub(
            lambda m: m[0] if _ABOUT_MARKS.search(m[0]) else f"{m['what']} {m['modal']} not ", text
        )
    if "not," in text or "not ," in text:
        text = _ASIDE_IN_BAN.sub(r"\1 not ", text)
    leave = _LEAVE_BEFORE.search(text) if "but not" in text else None
    if leave:
        text = text[: leave.end()] + _BUT_NOT.sub(_not_as_ban, text[leave.end() :])
    return text if text != norm else None
