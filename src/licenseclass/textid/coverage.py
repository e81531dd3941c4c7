"""Coverage: which words of a text the matches account for, and what no reference explains.

Every word of the normalised text is explained by a match (a tag's line, a name, or the words
a reference was actually aligned with: words inside a match that the reference lacks are not
explained by it), or is boilerplate, or is *unexplained*. Copyright statements, comment
markers and separators never become words (normalisation drops them); titles are runs made
only of a license's name and filler words; runs shorter than :data:`MIN_REGION_WORDS` are
noise (a changed word inside a license text, a stray page number). What remains is reported
as unexplained regions, which the classifier reads for terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from licenseclass.textid.names import NAME_FILLER, NameTable, name_key
from licenseclass.textid.query import Query

# Runs of fewer unexplained words than this are noise, not a region.
MIN_REGION_WORDS = 3
# Words that, with a license's name, make a title line ("The MIT License (MIT)", "Terms and
# Conditions", "End of terms").
_TITLE_WORDS = NAME_FILLER | {
    "terms",
    "and",
    "conditions",
    "of",
    "for",
    "use",
    "end",
    "software",
    "agreement",
    "copy",
    "text",
    "full",
}


def explained_mask(query: Query, spans: Iterable[tuple[int, int]]) -> bytearray:
    """One byte per word of ``query``: 1 where one of ``spans`` (word ranges) explains it."""
    mask = bytearray(len(query.words))
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


def line_spans(query: Query, lines: Iterable[int]) -> list[tuple[int, int]]:
    """The word ranges of the given (1-based) lines."""
    wanted = set(lines)
    spans: list[tuple[int, int]] = []
    for position, line in enumerate(query.lines):
        if line in wanted:
            if spans and spans[-1][1] == position:
                spans[-1] = (spans[-1][0], position + 1)
            else:
                spans.append((position, position + 1))
    return spans


def _is_title(words: Sequence[str], names: NameTable) -> bool:
    """A run of words that only names a license ("GNU GENERAL PUBLIC LICENSE Version 3")."""
    if all(w in _TITLE_WORDS or w.isdigit() for w in words):
        return True
    key = name_key(list(words))
    if key in names.by_key:
        return True
    # the name followed or preceded by filler: try each cut of at most three words (the few
    # words cut off are checked first: most runs are no title, and their keys are long)
    return any(
        all(w in _TITLE_WORDS or w.isdigit() for w in (*words[:i], *words[j:]))
        and name_key(list(words[i:j])) in names.by_key
        for i in range(min(3, len(words)))
        for j in range(max(i + 1, len(words) - 3), len(words) + 1)
    )


_UNEXPLAINED = re.compile(b"\x00+")  # a run of words the mask leaves unexplained


def unexplained_runs(
    query: Query, mask: bytearray, *, minimum: int = MIN_REGION_WORDS
) -> list[tuple[int, int]]:
    """Maximal runs of unexplained words that are neither noise nor a title."""
    runs: list[tuple[int, int]] = []
    for run in _UNEXPLAINED.finditer(mask):
        position, end = run.span()
        if _bylines(query, position, end):
            continue
        # bylines that open or close a run are no part of what the rest of it says
        # ("Author: Jane Roe" + "This software licensed under" + a name)
        position, end = _without_bylines(query, position, end)
        if position >= end:
            continue
        long_enough = end - position >= minimum or _terse_note(query, position, end)
        if (
            long_enough
            and not _is_title(query.words[position:end], query.names)
            and not _lead_in(query, position, end)
            and not _pointer(query, position, end)
        ):
            runs.append((position, end))
    return runs


# The words that lead into a license's name in a licensing sentence: "This code is licensed
# under the" + "GNU LGPL v3", "The software is available under the" + "EPL 2.0".
_LEAD_IN_WORDS = frozenset(
    {"this", "these", "the", "a", "an", "its", "all", "our", "it", "is", "are", "was", "be"}
    | {"being"}
    | {"code", "source", "software", "project", "library", "file", "files", "package", "module"}
    | {"program", "work", "repository", "plugin", "extension", "font", "data", "documentation"}
    | {"model", "models", "weights", "dataset", "datasets", "assets", "content", "docs"}
    | {"licensed", "licenced", "released", "distributed", "provided", "made", "published"}
    | {"available", "offered", "covered", "governed", "freely", "also", "hereby", "by"}
    # a dedication's verbs: "I hereby place this code" + "in the public domain"
    | {"placed", "place", "put", "dedicated", "dedicate", "donated", "release", "i", "we"}
    | {"under", "terms", "of", "conditions", "subject", "to"}
    # the lead of a choice: "you may use it under one of the following two licenses:"
    | {"following", "licenses", "licences", "either", "one", "two", "three", "both", "any"}
    | {"dual", "dually", "you", "may", "can", "use", "them", "with"}
    # "as per the terms of", "in accordance with", "pursuant to", "according to"
    | {"as", "per", "in", "accordance", "pursuant", "according", "used"}
    # the publisher named before a GNU license: "the FSF's GNU GPL"
    | {"fsf", "s"}
)
# The verbs of a licensing sentence: words before one of them are its subject, whatever they
# are ("Widgetry is licensed under the", "The frobnicator code may be used as per").
_LICENSING_VERBS = frozenset(
    {"licensed", "licenced", "released", "distributed", "provided", "made", "published"}
    | {"available", "offered", "covered", "governed", "used"}
    | {"placed", "place", "put", "dedicated", "dedicate", "donated", "release"}
)
# The most words a sentence's subject may take before its licensing verb.
SUBJECT_WORDS = 3
# The words between a subject and its licensing verb: "is", "may be", "has been".
_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "has", "have", "may", "can", "shall"}
    | {"will", "also", "hereby", "freely"}
)
# Words no subject has: a run with them says something of the terms ("No commercial use.").
_TERMS_SAID = frozenset(
    {"no", "not", "non", "noncommercial", "commercial", "only", "never", "except", "without"}
    | {"sell", "sold", "use", "do", "don", "t", "must", "you", "prohibited", "forbidden"}
    | {"restricted", "private", "internal", "personal", "research", "evaluation", "trial"}
)
# A lead-in has at most this many words.
LEAD_IN_WORDS = 12


# The words of a pointer to the license's file after its name: "See LICENSE.txt.", "See
# [LICENSE](LICENSE) for details.", "The full text is in the COPYING file at the root of this
# repository."
_POINTER_WORDS = frozenset(
    {"see", "refer", "read", "consult", "check", "to", "the", "a", "an", "for", "more", "full"}
    | {"file", "files", "license", "licence", "licenses", "licences", "copying", "notice"}
    | {"txt", "md", "rst", "details", "detail", "information", "info", "text", "terms", "and"}
    | {"conditions", "in", "included", "accompanying", "attached", "bundled", "root", "top"}
    | {"level", "directory", "folder", "of", "this", "repository", "repo", "project", "its"}
    | {"package", "distribution", "source", "tree", "can", "be", "found", "at", "here", "is"}
    | {"are", "available", "which", "copy", "it", "also", "please", "on", "github", "our"}
)
# A pointer says where to look.
_POINTER_VERBS = frozenset({"see", "refer", "read", "consult", "check", "found", "available"})
# A pointer has at most this many words.
POINTER_WORDS = 16
# The words that close a choice after the names it offers: "..., at your option."
_CHOICE_TAIL = frozenset({"at", "your", "their", "the", "user", "users", "s", "licensee"})
_CHOICE_TAIL |= frozenset({"option", "choice", "discretion", "own"})


def _pointer(query: Query, position: int, end: int) -> bool:
    """Whether the run only points to where the license's text is, right after the words a
    match explains (on their line or the next)."""
    lines, words = query.lines, query.words
    said = words[position:end]
    if position > 0 and lines[position] == lines[position - 1] and set(said) <= _CHOICE_TAIL:
        return True  # "..., at your option."
    return (
        position > 0
        and end - position <= POINTER_WORDS
        and lines[position] - lines[position - 1] <= 1
        and all(w in _POINTER_WORDS for w in said)
        # the verb may be among the words the match explains ("See the LICENSE file" of a rule)
        and any(w in _POINTER_VERBS for w in (*words[max(0, position - 6) : position], *said))
    )


def _lead_in(query: Query, position: int, end: int) -> bool:
    """Whether the run only leads into what follows it: the words of a licensing sentence
    before the license's name that a match explains, on its line or the next but one (runs
    end at an explained word or at the text's end, so one that does not end the text ends
    where the name's match starts)."""
    lines, words = query.lines, query.words
    return (
        end - position <= LEAD_IN_WORDS
        and end < len(words)
        # on the name's line, or a line of its own just above a list ("either of:")
        and lines[end] - lines[end - 1] <= 2
        and all(w in _LEAD_IN_WORDS for w in words[_after_subject(words, position, end) : end])
    )


def _after_subject(words: list[str], position: int, end: int) -> int:
    """Where a run's words after its sentence's subject start: at the first licensing verb
    after a subject of a few words that say nothing of terms and the auxiliaries before the
    verb ("Widgetry is", "The frobnicator code may be"), or the run's start otherwise."""
    # (the verb may be the first word a match explains: the name stage reads from it)
    last = min(end + 1, len(words), position + SUBJECT_WORDS + 3)
    verb = next((at for at in range(position, last) if words[at] in _LICENSING_VERBS), None)
    if verb is None:
        return position
    subject = verb
    while subject > position and words[subject - 1] in _AUXILIARIES:
        subject -= 1
    said = words[position:subject]
    if len(said) > SUBJECT_WORDS or any(w in _TERMS_SAID for w in said):
        return position
    return verb


_FEW_WORDS = r"(?:[\w.+/-]+[ \t]+){0,3}[\w.+/-]+"
# A line that says who wrote the work or where to reach them, not what one may do with it:
# "Written in 2015 by Sebastiano Vigna (vigna@acm.org)", "Author: Jane Doe".
_BYLINE = re.compile(
    r"^\W*(?:(?:originally\s+)?(?:written|created|authored|coded|maintained)\s+"
    r"(?:(?:in|on)\s+[\w ,.-]{1,30}?\s+)?by\s+\S"
    r"|(?:authors?|maintainers?|contact|e-?mail)\s*:\s*\S"
    # which work a file belongs to, a line of its own: "This file is part of librsb." (a name
    # of a few words)
    r"|this\s+(?:file|module|program|library|script|source\s+file)\s+is\s+(?:a\s+)?part\s+of\s+"
    rf"{_FEW_WORDS}\.?\s*$)",
    re.IGNORECASE,
)
# A heading of one word ("# SPLITMIX64", "libfoo", "=====" under it) names the work. Words
# that say something of its terms keep a heading read ("# Proprietary").
_HEADING = re.compile(r"^\s*(?:#{1,6}\s*)?[\w.+-]+\s*:?\s*$")
_TERMS_WORDS = frozenset(
    {"proprietary", "confidential", "noncommercial", "commercial", "restricted", "evaluation"}
    | {"research", "trial", "license", "licence", "licensing", "terms", "eula", "copyright"}
    | {"warranty", "disclaimer", "notice", "notices", "patents", "patent", "trademarks"}
)


def _bylines(query: Query, position: int, end: int) -> bool:
    """Whether the run fills whole lines, each a byline or a one-word heading."""
    if not _fills_lines(query, position, end):
        return False
    lines = query.lines
    for number in range(lines[position], lines[end - 1] + 1):
        raw = query.raw_line(number)
        if not raw.strip() or (_BYLINE.match(raw) and not _SAYS_TERMS.search(raw)):
            continue
        if not _heading(raw):
            return False
    return True


def _without_bylines(query: Query, position: int, end: int) -> tuple[int, int]:
    """The run less the whole byline lines it opens or closes with (an empty run where it is
    made of them)."""
    lines = query.lines
    while position < end:
        after = _line_end(query, position, end)
        if not _fills_lines(query, position, after) or not _byline(query, lines[position]):
            break
        position = after
    while position < end:
        first = _line_start(query, position, end)
        if not _fills_lines(query, first, end) or not _byline(query, lines[first]):
            break
        end = first
    return position, end


def _byline(query: Query, number: int) -> bool:
    """Whether a line is a byline (a name and an e-mail address too), the interpreter line a
    script opens with ("#!/bin/sh"), a version control keyword, a one-word heading, or the end
    of a copyright statement begun on the line above."""
    raw = query.raw_line(number)
    if _SAYS_TERMS.search(raw):
        return False  # "Contact: jane@example.org for a commercial license"
    return (
        raw.startswith("#!")
        or _BYLINE.match(raw) is not None
        or _NAME_AND_ADDRESS.match(raw) is not None
        or _VERSION_KEYWORD.match(raw) is not None
        or _heading(raw)
        or _holder_carried(query, number)
    )


# A line of a person's name and e-mail address, or the address alone: the next name of an
# "Authors:" list ("         Federico Simoncelli <fsimon@kronosnet.org>"), the address under
# a copyright line ("(nangel@users.sourceforge.net)").
_NAME_AND_ADDRESS = re.compile(
    r"^\W*(?:[\w.'-]+[ \t]+){0,4}[<(\[]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[>)\]]?\W*$"
)


def _heading(raw: str) -> bool:
    """Whether a line is a heading of one word that names the work or the file
    ("PulseAudioClip.java", "# SPLITMIX64"), not one that says something of terms."""
    bare = _COMMENT_MARKS.sub("", raw)
    return _HEADING.match(bare) is not None and bare.strip(" #:").casefold() not in _TERMS_WORDS


# The comment marks around a line of a file's header ("/* PulseAudioClip.java", " * ... */").
_COMMENT_MARKS = re.compile(r"^\s*(?:/\*+|\*+|//+|;+|--+|%+)(?=\s)|\s*\*+/\s*$")


# Words that say something of terms, which no byline says ("Written by Jane Roe for
# non-commercial use only", "This file is part of Widgetry research use only").
_SAYS_TERMS = re.compile(
    r"\b(?:licen[cs]|free|terms|distribut|permi|copy|public|under|commercial|sale|sell|sold"
    r"|not\b|only\b|research|personal|evaluation|trial|prohibit|restrict|use\b|non\b)",
    re.IGNORECASE,
)
# A line of only a version control keyword: "/* $Id$ */", "# $Id: foo.c,v 1.4 2001/02/03 jr $".
_VERSION_KEYWORD = re.compile(
    r"^\W*\$(?:Id|Revision|Rev|Header|Date|Source|HeadURL|URL|LastChangedDate)\b[^$\n]*\$\W*$"
)


# A copyright statement's first line ("// Copyright (C) 2002, International Business Machines").
_STATEMENT = re.compile(r"^\W*(?:copyright\b|\(c\)|©)", re.IGNORECASE)
# The rest of its holder's name, and its "All rights reserved", on the next line.
_HOLDER_END = re.compile(
    r"^(?![^\n]*\b(?:you|may|must|shall)\b)"
    r"\W*(?:[\w.,&'-]+[ \t]+){0,8}?all[ \t]+rights[ \t]+reserved\W*$",
    re.IGNORECASE,
)


def _holder_carried(query: Query, number: int) -> bool:
    """Whether line ``number`` ends a copyright statement the line above begins ("Corporation
    and others.  All Rights Reserved.")."""
    return (
        number > 1
        and _HOLDER_END.match(query.raw_line(number)) is not None
        and _STATEMENT.match(query.raw_line(number - 1)) is not None
    )


def _line_end(query: Query, position: int, end: int) -> int:
    """Where the words of ``position``'s line end, within the run ending at ``end``."""
    line = query.lines[position]
    while position < end and query.lines[position] == line:
        position += 1
    return position


def _line_start(query: Query, position: int, end: int) -> int:
    """Where the words of the run's last line start, within the run from ``position``."""
    line = query.lines[end - 1]
    while end > position and query.lines[end - 1] == line:
        end -= 1
    return end


# The words a terse ban opens with ("- no resale", "Not for sale", "don't redistribute").
_TERSE_BAN = frozenset({"no", "not", "never", "don", "dont", "do"})


def _terse_note(query: Query, position: int, end: int) -> bool:
    """Whether a run too short for a region is a line of its own that opens with a ban: a note
    such as "- no resale" beside a license text, not a word changed inside one."""
    return (
        _fills_lines(query, position, end)
        and end - position >= 2
        and query.words[position] in _TERSE_BAN
    )


def _fills_lines(query: Query, position: int, end: int) -> bool:
    """Whether the words ``position:end`` are whole lines: no word of their first line comes
    before them, none of their last line after them."""
    lines = query.lines
    return (position == 0 or lines[position - 1] != lines[position]) and (
        end == len(lines) or lines[end] != lines[end - 1]
    )


def share_explained(mask: bytearray) -> float:
    """The share of words explained (1.0 for a text with no words)."""
    return 1.0 if not mask else sum(mask) / len(mask)


def region_text(text: str, first_line: int, last_line: int) -> str:
    """Lines ``first_line`` to ``last_line`` (1-based, inclusive) of ``text``, split at ``\\n``
    only (a U+2028 inside a line is no line break for evidence)."""
    return "\n".join(text.split("\n")[first_line - 1 : last_line])


# A YAML front matter block: "---" first, "---" closing it within this many lines.
FRONT_MATTER_LINES = 80
# Its lines: "key: value", "key:", "key: |", or indented (a list item, a continuation).
_FRONT_MATTER_LINE = re.compile(r"^(?:[A-Za-z][\w-]*:(?:\s.*)?|\s+\S.*|\s*)$")
_FRONT_MATTER_KEY = re.compile(r"^[A-Za-z][\w-]*:")


def front_matter(text: str) -> tuple[int, int] | None:
    """The first and last line (1-based) of a YAML front matter block that opens the text, as
    choosealicense.com's license files carry ("---", "title: MIT License", "permissions:",
    "limitations:" and their lists, "---"): metadata about the license, not its terms. None
    where the text opens otherwise or a line inside is not YAML of that shape."""
    if not text.lstrip().startswith("---"):
        return None  # (most texts: not split into lines)
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() != "---":
        return None
    for end in range(first + 1, min(len(lines), first + FRONT_MATTER_LINES)):
        if lines[end].strip() == "---":
            inside = lines[first + 1 : end]
            keyed = any(_FRONT_MATTER_KEY.match(line) for line in inside)
            if keyed and all(_FRONT_MATTER_LINE.match(line) for line in inside):
                return first + 1, end + 1
            return None
    return None
