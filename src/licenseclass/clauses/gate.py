"""The license-likeness gate: does a text (or a region of one) read as license terms?

The clause reader finds restrictions in any sentence that looks like one ("Do not change this
once it is set" reads as a ban on derivatives), so it must only read text that states terms:
grants and permissions, a licensee and a licensor, "you may / you may not" said about the work.
Code, comments about code, changelogs, documentation prose and codes of conduct are never read
as terms. The gate scores sentences; a whole text with no catalogued license must be mostly
terms, while a region next to a license text identified in the same file needs only one
sentence that states a term about the work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words and phrases of licensing: each distinct one found counts once.
_LICENSE_VOCABULARY = re.compile(
    r"\b(?:licen[cs]ee|licen[cs]or|licen[cs]ed|licen[cs]e|licen[cs]es|sublicen[cs]\w*|"
    r"hereby grants?|granted|grants? (?:you|to you)|permission is|permitted|"
    r"royalty[- ]free|non[- ]?exclusive|irrevocable|perpetual|worldwide|"
    r"terms and conditions|this agreement|these terms|the terms of|"
    r"redistribut\w*|derivative works?|warrant(?:y|ies)|liabilit(?:y|ies)|"
    r"copyright holders?|acceptable use|commercial (?:use|purposes?)|non[- ]?commercial|"
    r"monthly active users|research purposes?|evaluation purposes?|"
    r"all (?:other )?rights (?:are )?reserved|"
    r"permission to (?:use|copy|modify|distribute|reproduce)|copyright notices?|"
    r"provided that|free of charge|without (?:any )?(?:express or implied )?warrant(?:y|ies)|"
    r"\bas is\b|public domain|end user|written permission|permission in writing|"
    r"protected by copyright|intellectual property|"
    # the acts of copyright withheld in a notice's passive ("may not be copied, modified,
    # distributed ...") and the leave it sends the reader to ask for
    r"(?:may|shall|must|can) not be (?:copied|reproduced|(?:re)?distributed|modified|sold|"
    r"transmitted|published)|(?:prior|express) written (?:permission|consent)|"
    # a proprietary notice's words ("confidential and proprietary", "unauthorized copying ... is
    # strictly prohibited"; not "proprietary" alone, which free licenses say of other programs,
    # nor an HTTP status, "401 Unauthorized")
    r"proprietary and confidential|confidential and proprietary|confidential information|"
    r"strictly prohibited|"
    r"unauthori[sz]ed (?:copying|use|reproduction|distribution|disclosure|modification))\b",
    re.IGNORECASE,
)
# A sentence states a term when it has a modal of permission or duty...
_DEONTIC = re.compile(
    r"\b(?:may(?: not)?|must(?: not)?|shall(?: not)?|(?:is|are) (?:\w+ly )?(?:not )?(?:permitted|"
    r"prohibited|allowed|licensed|granted|forbidden)|not (?:be )?(?:used|licensed)|"
    r"agrees?|solely|only|prohibited|forbidden|restricted to|in no event|provided that|"
    r"(?:is|are) (?:hereby )?granted|hereby grants?|grants? (?:you|to you|licen[cs]ee)|"
    r"grants? (?:\w+ )?permission|grants? the licen[cs]ee|"
    r"(?:you are|is|are) free to|subject to the (?:following )?(?:terms|conditions)|"
    # where the terms do not hold: "This license is void in ...", "is not valid in ..."
    r"(?:is|are|shall be|becomes?) (?:\w+ly )?(?:null and )?(?:void|invalid|not valid|of no "
    r"(?:force or )?effect) (?:in|within|for)|"
    r"without (?:any )?(?:express or implied )?warrant(?:y|ies)|as is|"
    # a dedication: "is in the public domain", "hereby released into the public domain"
    r"(?:is|are|been) (?:hereby )?(?:(?:placed|released|dedicated|put) )?(?:in|into|to) the public "
    r"domain)\b",
    re.IGNORECASE,
)
# ...about the licensed work or the parties.
_SUBJECT = re.compile(
    r"\b(?:software|the work|this work|works?|model|materials?|program|product|licen[cs]ee|"
    r"licen[cs]or|you|your|recipients?|users?|this licen[cs]e|agreement|terms|copies|"
    r"source code|documentation|commercial|purposes?|database|data|code|files?|information|"
    r"contents)\b",
    re.IGNORECASE,
)
# Code and markup: a sentence with these is not prose.
_CODE = re.compile(
    r"(?:^\s*(?:def|class|import|from|return|if|elif|else|for|while|try|except|with|raise|"
    r"async|await|function|var|let|const|public|private|static|#include|package)\b(?!-)|"
    # (a statement's end, not a legal list's "...; and"; a call, not "Application(s)" or "(a)")
    r"[{}]\s*$|=[^=;]*;\s*$|\w\((?![a-z]{1,3}\)|[ivx]+\)|\d{1,2}\))[^()]*\)|"
    r"==|!=|->|=>|::|\bself\.(?=\w)|\bthis\.(?=\w)|^\s*(?:```|~~~)|"
    # a line of markup tags and nothing else (an XML schema's "<xs:element name=... />"; an
    # HTML page's prose lines hold words outside their tags)
    r"^\s*(?:<[^<>\n]*>\s*)+$)"
)
# Inline code in Markdown, read pair by pair: code holds code marks ("`x = f(y)`"), the quoted
# name of a defined term does not ("the "`Document`"").
_INLINE = re.compile(r"`([^`\n]*)`")
_CODE_MARK = re.compile(r"[(){}=;<>\[\]]")


def _looks_like_code(text: str) -> bool:
    return _CODE.search(text) is not None or any(
        _CODE_MARK.search(m.group(1)) for m in _INLINE.finditer(text)
    )


# A line that only code writes: it ends in a brace, assigns and ends in a semicolon, calls
# (ending the line), compares or points ("a == b", "x->y", "A::B"), or is a preprocessor
# directive or a Markdown fence. (Not a line that opens with "if", "for" or "with": a wrapped
# license line does too; nor a rule of "=" signs.)
_CODE_LINE = re.compile(
    r"[{}]\s*$|=[^=;]*;\s*$|\w\((?![a-z]{1,3}\)|[ivx]+\)|\d{1,2}\))[^()]*\)\s*[;{]?\s*$|"
    r"[\w)\]]\s*(?:==|!=|->|=>)\s*[\w(\"'$]|\w::\w|\bself\.(?=\w)|\bthis\.(?=\w)|^\s*(?:```|~~~)|"
    r"^\s*#\s*(?:include|define|ifn?def|endif)\b|"
    # an import or a package line: Java's and C#'s end in a semicolon, Python's name modules
    r"^\s*(?:import|package|using)\s+(?:static\s+)?[\w.*]+\s*;\s*$|"
    r"^\s*(?:import\s+[\w.]+(?:\s+as\s+\w+)?|from\s+[\w.]+\s+import\s+[\w*, ()]+)\s*$|"
    r"^\s*return\b[^.]*;\s*$|"
    # a script loading another file or module: Perl's "require './t/x.t';", PHP's
    # "require_once('lib.php');", Perl's "use Foo::Bar;", its pragmas and "use v5.12;"
    # (each run of blanks has one place to go: no backtracking blow-up on a long line)
    r"^[ \t]*(?:require(?:_once|_relative)?|include(?:_once)?)[ \t]*(?:\([ \t]*)?"
    r"['\"][^'\"\n]+['\"][ \t]*(?:\)[ \t]*)?(?:;[ \t]*)?$|"
    r"^[ \t]*use[ \t]+(?:(?:\w+::[\w:]+|strict|warnings|utf8|lib|vars|constant|parent|base)"
    r"(?![\w.])[^;\n]*|v?\d+(?:\.\d+)*[ \t]*);[ \t]*$|"
    # a Makefile's: a variable set to an autoconf substitution or another variable
    # ("CC=@CC@", "bindir=$(DESTDIR)@bindir@"), and a variable read ("$(CFLAGS)")
    r"^[A-Za-z_]\w*[ \t]*[:+?]?=[ \t]*(?:@\w+@|\$[({][\w.-]+[)}])|\$\([A-Za-z_]\w*\)"
)


def is_code_line(line: str) -> bool:
    """Whether one line is source code (no line of a license text in licensedcode-data's
    2,300 is, however it is wrapped)."""
    return _CODE_LINE.search(line) is not None


def says_licensing(line: str) -> bool:
    """Whether one line holds a word or phrase of licensing."""
    return _LICENSE_VOCABULARY.search(line) is not None


# The acts a copyright licence gives or withholds: three of them named in one sentence that
# states a term ("You may use, copy, modify and distribute ...", "You may not copy, modify,
# distribute or sell ...") are the words of a licence however few of its other words it uses.
_COPYRIGHT_ACT = re.compile(
    r"\b(?:use|copy|modify|(?:re)?distribute|sell|sublicen[cs]e|reproduce|publish|rent|lease|"
    r"lend|alter|translate|adapt|merge|transmit|transfer|share)\b",
    re.IGNORECASE,
)
MIN_ACTS = 3
ACT_LIST_WEIGHT = 2  # the licensing words such a sentence counts for


def _names_acts(sentence: str) -> bool:
    acts = {m.group(0).casefold() for m in _COPYRIGHT_ACT.finditer(sentence)}
    return len(acts) >= MIN_ACTS and _is_term(sentence)


# Vocabulary of codes of conduct and changelogs: not license terms.
_NOT_TERMS = re.compile(
    r"\b(?:harass\w*|pledge|code of conduct|inclusive|welcoming|maintainers?|"
    r"contributors? covenant|changelog|release notes?|bug ?fix\w*|deprecat\w*|"
    r"pull request|issue #?\d+|#\d{2,}|version \d+\.\d+\.\d+)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+|\n\s*\n")

# A whole text reads as terms when it has licensing words and sentences that state terms, in a
# share of its prose that documentation about something else does not reach:
MIN_VOCABULARY = 3  # distinct licensing words and phrases
# ... or, for a short notice of a few sentences ("All rights reserved. No part of this program
# may be reproduced ... without prior written permission."), this many.
MIN_NOTICE_VOCABULARY = 2
MIN_TERM_SHARE = 0.1  # term sentences among the prose sentences
# A long agreement full of licensing words may state its terms in fewer of its sentences (a
# master agreement's definitions, services and fees): this many distinct words lower the share.
RICH_VOCABULARY = 20
RICH_TERM_SHARE = 0.05
# Texts where more than this share of lines look like code are never terms.
MAX_CODE_SHARE = 0.3
# A region beside a license with more sentences than this states terms in licensing words.
MAX_NOTE_SENTENCES = 3


@dataclass(frozen=True)
class TermsReading:
    """How much of a text reads as license terms."""

    sentences: int  # prose sentences
    term_sentences: int
    vocabulary: int  # distinct licensing words and phrases
    code_share: float  # share of non-blank lines that look like code
    off_topic: int  # code-of-conduct and changelog words
    license_file: bool = False  # the text is a file named as a license

    def reads_as_terms(self) -> bool:
        """A whole text (no catalogued license found in it) states license terms."""
        short = self.sentences <= MAX_NOTE_SENTENCES
        least = MIN_NOTICE_VOCABULARY if short else MIN_VOCABULARY
        if self.license_file and short:
            least = 0  # a license file of a few plain sentences needs no licensing word
        return (
            self.code_share <= MAX_CODE_SHARE
            and self.vocabulary >= least
            and self.term_sentences >= 1
            and self.term_sentences >= self._least_share() * self.sentences
            and self.off_topic < self.vocabulary + (self.term_sentences if self.license_file else 0)
        )

    def _least_share(self) -> float:
        return RICH_TERM_SHARE if self.vocabulary >= RICH_VOCABULARY else MIN_TERM_SHARE

    def adds_terms(self) -> bool:
        """A region beside an identified license states at least one term of its own."""
        # (a word of a code of conduct or a changelog may stand in terms, "the project
        # maintainers may change this license": it rules the region out only where it
        # outnumbers the region's terms or its licensing words)
        quiet = self.off_topic <= min(self.vocabulary, self.term_sentences)
        return (
            self.code_share <= MAX_CODE_SHARE
            # (a module's docstring says "you must set this attribute", "you may start it",
            # and no word of licensing: instructions, not terms; a note of a few sentences
            # beside a license needs none, "You are free to copy it, but not for money.")
            and (self.vocabulary >= 1 or self.sentences <= MAX_NOTE_SENTENCES)
            and self.term_sentences >= 1
            and quiet
            and self.term_sentences >= MIN_TERM_SHARE * self.sentences
        )


def _is_term(sentence: str) -> bool:
    return bool(_DEONTIC.search(sentence) and _SUBJECT.search(sentence))


# In a file named as a license (LICENSE, COPYING, EULA), a few plain words are its terms:
# "You can do whatever you want with this code.", "Internal use only. Do not copy or
# distribute.", "Free for personal use." The leave or the ban may be said without a licensing
# modal...
_PLAIN_LEAVE = re.compile(
    r"\b(?:can|do not|don't|never|(?:are |is )?free to|allowed to|whatever you (?:want|like|wish)|"
    # "Free for personal use.", "Commercial use requires a paid license."
    r"free for|requires?|"
    r"anything you (?:want|like|wish)|no restrictions?)\b",
    re.IGNORECASE,
)
# ...and the act on the work names what it is about.
_PLAIN_ACT = re.compile(
    r"\b(?:use|used|using|copy|copied|modify|modified|(?:re)?distribute\w*|sell\w*|sold|share\w*|"
    r"publish\w*|reproduce\w*|fork|change)\b",
    re.IGNORECASE,
)


def _is_plain_term(sentence: str) -> bool:
    """A sentence of a license file that states a term in plain words (see _PLAIN_LEAVE)."""
    leave = _DEONTIC.search(sentence) or _PLAIN_LEAVE.search(sentence)
    return bool(leave and (_SUBJECT.search(sentence) or _PLAIN_ACT.search(sentence)))


# A list item's marker split off as a sentence of its own ("a.", "iii.", "(2)").
_MARKER = re.compile(r"\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]", re.IGNORECASE)


def _term_count(prose: list[str], *, license_file: bool = False) -> int:
    """The sentences that state terms, each item of a list under a lead-in that states one
    counted as a term too ("You agree you will not use the Model to:" and its items); in a
    license file, also those that state one in plain words (see _is_plain_term)."""
    is_term = _is_plain_term if license_file else _is_term
    count = 0
    lead = after_marker = False
    for sentence in prose:
        if _MARKER.fullmatch(sentence):
            after_marker = True
            continue
        term = is_term(sentence) or (lead and after_marker)
        count += term
        if not after_marker:
            lead = term and sentence.endswith(":")
        elif sentence.endswith(":"):
            lead = lead or term
        after_marker = False
    return count


def read_for_terms(text: str, *, license_file: bool = False) -> TermsReading:
    """Score ``text``: its prose sentences, those that state terms, its licensing words
    (``license_file``: the text is a file named as a license, see :func:`reads_as_terms`)."""
    lines = [line for line in text.split("\n") if line.strip()]
    code_lines = sum(1 for line in lines if _looks_like_code(line))
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]
    # (markers are kept in the walk, as they tie an item to its lead-in, and counted as no
    # sentence)
    prose = [
        s
        for s in sentences
        if _MARKER.fullmatch(s) or (not _looks_like_code(s) and re.search(r"[A-Za-z]{3}", s))
    ]
    vocabulary = {m.group(0).casefold() for m in _LICENSE_VOCABULARY.finditer(text)}
    acts = ACT_LIST_WEIGHT if any(_names_acts(s) for s in prose) else 0
    return TermsReading(
        sentences=sum(1 for s in prose if not _MARKER.fullmatch(s)),
        term_sentences=_term_count(prose, license_file=license_file),
        license_file=license_file,
        vocabulary=len(vocabulary) + acts,
        code_share=code_lines / len(lines) if lines else 0.0,
        off_topic=len(_NOT_TERMS.findall(text)),
    )


def reads_as_terms(text: str, *, license_file: bool = False) -> bool:
    """Whether a text with no catalogued license in it reads as license terms. A file named
    as a license (``license_file``) of at most three sentences needs no licensing word, and
    its sentences may state terms in plain words ("Do not copy or distribute.").
    Questions and answers about a license (an FAQ) explain terms, they state none."""
    # Both tests need a sentence stating a term, and every such sentence holds a deontic
    # word; a text with none (an AUTHORS list, most code) is answered without scoring it.
    if license_file:
        return read_for_terms(text, license_file=True).reads_as_terms() and not is_faq(text)
    return (
        _DEONTIC.search(text) is not None
        and read_for_terms(text).reads_as_terms()
        and not is_faq(text)
    )


# A question that opens its paragraph, maybe numbered ("1.6  Why won't the OFL let me sell
# the fonts alone?", "Q: Can I use it at work?").
_QUESTION_LINE = re.compile(
    r"(?:^|\n[ \t]*\n)[ \t]*(?:(?:\d+(?:\.\d+)*\.?|q\s*[:.)]|question\s*[:.]?)[ \t]*)?"
    r"[A-Z][^\n?]{8,200}\?[ \t]*(?=\n|$)",
    re.IGNORECASE,
)
# An answer that opens with yes or no ("Yes. You are very welcome to do so.").
_YES_NO_ANSWER = re.compile(r"(?:^|\n)[ \t]*(?:yes|no)\b[.,!:;]", re.IGNORECASE)
# A title that says so, near the top.
_FAQ_TITLE = re.compile(r"\bfrequently\s+asked\s+questions\b|\bFAQs?\b")
# An FAQ has many questions; a license text that asks "Questions?" at its end has one or two,
# and terms of service set under headings that ask ("What are my rights in the Services?")
# answer them with terms, not with a yes or a no.
MIN_FAQ_QUESTIONS = 6
FAQ_QUESTION_SHARE = 0.15
MIN_YES_NO_ANSWERS = 3


def is_faq(text: str) -> bool:
    """Whether ``text`` is questions and answers about terms: at least
    :data:`MIN_FAQ_QUESTIONS` paragraphs that open with a question, that many among every
    :data:`FAQ_QUESTION_SHARE` of its paragraphs, and a title that says FAQ or answers that
    open with yes or no."""
    questions = len(_QUESTION_LINE.findall(text))
    if questions < MIN_FAQ_QUESTIONS:
        return False
    paragraphs = len([p for p in re.split(r"\n[ \t]*\n", text) if p.strip()])
    if questions < FAQ_QUESTION_SHARE * paragraphs:
        return False
    titled = _FAQ_TITLE.search(text, 0, 600) is not None
    return titled or len(_YES_NO_ANSWER.findall(text)) >= MIN_YES_NO_ANSWERS


def is_prose(text: str) -> bool:
    """Whether ``text`` reads as prose rather than code (one sentence may name harassment or a
    version number and still state a term, so the off-topic words are not counted here)."""
    reading = read_for_terms(text)
    return reading.code_share <= MAX_CODE_SHARE and reading.sentences > 0


def adds_terms(region: str) -> bool:
    """Whether a region that no reference explains, in a file with an identified license,
    states terms of its own."""
    return _DEONTIC.search(region) is not None and read_for_terms(region).adds_terms()
