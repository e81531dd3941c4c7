"""Text normalisation for license matching, after the SPDX License List matching guidelines.

The pipeline is an ordered list of small named steps. Each step maps a string to a string and
keeps the number of lines, so a token of the normalised text still knows which line of the
original it came from. The *lossless* steps only change how the same characters are encoded
(line ends, Unicode forms, entities, quote and dash variants); the *lossy* steps drop what the
guidelines say a match may ignore (comment markers, markup, bullets, copyright lines, URL
schemes, case, equivalent spellings, punctuation).

:func:`normalise` runs every step; :func:`tokenise` splits the result into words with their
1-based line numbers. Running :func:`normalise` twice gives the same text as running it once.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple


class Step(NamedTuple):
    """One named normalisation step."""

    name: str
    lossless: bool
    run: Callable[[str], str]


# --------------------------------------------------------------------------- lossless steps


def unify_line_ends(text: str) -> str:
    """CR LF and lone CR become LF; other line and page separators become spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[\f\v\x1c\x1d\x1e\x85\u2028\u2029]", " ", text)


def unicode_compat(text: str) -> str:
    """NFKC folds ligatures, full-width forms and other compatibility characters."""
    return unicodedata.normalize("NFKC", text)


def decode_entities(text: str) -> str:
    """HTML entities (``&amp;``, ``&quot;``, ``&#169;``) become the characters they stand for."""
    if "&" not in text:
        return text
    # Per line, so an encoded line break (&#10;) cannot add a line.
    lines = (html.unescape(line).replace("\r", " ").replace("\n", " ") for line in text.split("\n"))
    return unify_line_ends("\n".join(lines))


_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\t": " ",
        "\u2022": "*",
        "\u00b7": "*",
        "\u25aa": "*",
        "\u25cf": "*",
    }
)


# The characters _QUOTES replaces: finding them is several times faster than translating
# every character of a text, and most texts have few or none.
_QUOTE_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in _QUOTES) + "]")


def quotes_and_dashes(text: str) -> str:
    """Typographic quotes, dashes, bullets and special spaces become their ASCII forms."""
    return _QUOTE_CHARS.sub(_ascii_form, text)


def _ascii_form(found: re.Match[str]) -> str:
    return str(_QUOTES[ord(found.group())])


# --------------------------------------------------------------------------- lossy steps


def _per_line(pattern: re.Pattern[str], starts: str, text: str) -> str:
    """Delete what an anchored pattern matches at the start of each line.

    Only lines whose first non-blank character is in ``starts`` are tried (cheap pre-check).
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        first = line.lstrip(" ")[:1]
        if first and first in starts:
            found = pattern.match(line)
            if found is not None:
                lines[i] = line[found.end() :]
    return "\n".join(lines)


_COMMENT = re.compile(
    r"[ ]*(?:/\*+|\*+/|\*+(?=[ ]|$)|//+|#+|--+|;+|%+|!+|'+|(?:REM|@REM)\b|<!--|-->)[ ]?"
)
_COMMENT_STARTS = "/*#-;%!'<@R"
_COMMENT_END = re.compile(r"[ ]*(?:\*+/|-->)[ ]*$", re.MULTILINE)


def comment_markers(text: str) -> str:
    """Comment prefixes of source headers (``//``, ``#``, ``*``, ``--``, ``;``, ``REM``) go.

    Applied twice because headers often nest markers, e.g. ``# * text`` or ``/* // text``.
    A ``*`` counts only before a space, so Markdown bold at the start of a line survives.
    """
    if "*/" in text or "-->" in text:
        text = _COMMENT_END.sub("", text)
    return _per_line(_COMMENT, _COMMENT_STARTS, _per_line(_COMMENT, _COMMENT_STARTS, text))


_TAG = re.compile(r"<[A-Za-z/!][^<>\n]*>")
# An attribute's value of several words is text, not markup: <meta name="license" content="...">
# (one-word values, a class or an address, stay markup). Plain quoted runs keep it linear.
_ATTRIBUTE_VALUE = re.compile(r"=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ATTRIBUTE_WORDS = 3


def _tag_text(found: re.Match[str]) -> str:
    """A tag gives way to a space, or to the words of its attributes' values."""
    values = [
        a or b
        for a, b in _ATTRIBUTE_VALUE.findall(found[0])
        if len((a or b).split()) >= _ATTRIBUTE_WORDS
    ]
    return f" {' '.join(values)} " if values else " "


# Bounded repeats keep every pattern linear on hostile input (a line of a million "[").
# Beyond that, a run that a failed attempt scans may not hold the character that starts the
# next attempt (a link text no "[", a URL no bracket, emphasis not its own marker), so no
# stretch of text is scanned by more than one attempt: ``[a](`` a million times is linear.
_MD_LINK = re.compile(
    r"!?\[([^\[\]\n]{0,300})\]\(([^)\[\]\s]{0,300})"
    r"(?:[ ]+(?:\"[^\"\n]{0,200}\"|'[^'\n]{0,200}'))?[ ]*\)"
)
_MD_REF = re.compile(r"[ ]*\[[^\[\]\n]{1,300}\]:[ ]*(\S+).*$")
_MD_EMPHASIS = re.compile(
    r"(\*\*?)(?=[^\s*])([^*\n]{1,300})(?<=\S)\1"
    r"|(__?)(?=[^\s_])([^_\n]{1,300})(?<=\S)\3"
    r"|(~~)(?=[^\s~])([^~\n]{1,300})(?<=\S)\5"
)


def _emphasised(found: re.Match[str]) -> str:
    return found[2] or found[4] or found[6]


_MD_RULE = re.compile(r"[ ]*(?:[-=_*][ ]*){3,}$")
_MD_QUOTE = re.compile(r"[ ]*(?:>[ ]?)+")


def markup(text: str) -> str:
    """HTML tags and Markdown syntax (headings, emphasis, links, quotes, rules) go.

    A Markdown link keeps both its text and its URL, so either may still match. Headings
    (``#``) were already taken by :func:`comment_markers`.
    """
    if "<" in text:
        text = _TAG.sub(_tag_text, text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1 \2", text)
    if "]:" in text:
        lines = text.split("\n")
        text = "\n".join(_MD_REF.sub(r"\1", line) if line[:1] in " [" else line for line in lines)
    text = _per_line(_MD_RULE, "-=_*", text)
    if ">" in text:
        text = _per_line(_MD_QUOTE, ">", text)
    if "*" in text or "_" in text or "~" in text:
        text = _MD_EMPHASIS.sub(_emphasised, text)
    return text


_BULLET = re.compile(
    r"[ ]*(?:[-*+]|\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]|\(?[a-z][.)]|\([a-z0-9]{1,4}\)"
    r"|\(?[ivx]{1,5}[.)])(?=[ ])",
    re.IGNORECASE,
)


_BULLET_STARTS = "-*+(0123456789" + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


# A version wrapped onto the next line: "Public License," + "v. 2.0. If ...", or "Licence,
# Version" + "1.0. https://...". There "v." and "1.0." are no list markers.
_VERSION_MARK = re.compile(r"[ ]*v\.[ ]+\d", re.IGNORECASE)
_VERSION_WORD_ENDS = re.compile(r"\b(?:version|v\.?)[ ]*$", re.IGNORECASE)


def bullets(text: str) -> str:
    """List markers and clause numbers at the start of a line (``-``, ``1.``, ``(a)``, ``iv)``),
    but not a version wrapped onto the line (:data:`_VERSION_MARK`)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        first = line.lstrip(" ")[:1]
        if not first or first not in _BULLET_STARTS:
            continue
        found = _BULLET.match(line)
        if found is None or _VERSION_MARK.match(line):
            continue
        if first.isdigit() and i and _VERSION_WORD_ENDS.search(lines[i - 1]):
            continue
        lines[i] = line[found.end() :]
    return "\n".join(lines)


_COPYRIGHT = re.compile(
    r"(?:[^\w\n]|_)*(?:portions[ ]+)?(?:copyright|copr\b|\(c\)|©)"
    r"(?:(?:[^\w\n]|_)*(?:c\b|©|\d|by\b|year|yyyy|name\b)|(?:[^\w\n]|_)*$)",
    re.IGNORECASE,
)
# Words apart by any punctuation ("ALL:RIGHTS:RESERVED"): the punctuation step makes it
# spaces later, and a second pass must find nothing more to drop.
_GAP = r"(?:[^\w\n]|_)+"
_RIGHTS_RESERVED = re.compile(rf"all{_GAP}rights{_GAP}reserved[^\w\n]*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\.[ ]+(?=[A-Z\"'])")
_RESERVED = re.compile(rf"[^\w\n]*all{_GAP}rights{_GAP}reserved[^\w\n]*$", re.IGNORECASE)


_COPYRIGHT_STARTS = "cCpP(©*#/;!-'\"[<{"
_RESERVED_STARTS = "aA(*#/;!-'\"[<{"


def copyright_lines(text: str) -> str:
    """Copyright statements and lone 'All rights reserved' lines become blank lines.

    Only a line that starts like a statement (``Copyright (c) 2020 ...``, ``© Jane``) is
    dropped, so a re-wrapped sentence that happens to begin with 'copyright notice' stays.
    When the line goes on after the statement (a whole header on one line), only the
    statement goes: up to 'All rights reserved', else to the end of its first sentence.
    """
    lines = text.split("\n")
    for number, original in enumerate(lines):
        first = original.lstrip(" ")[:1]
        if not first or first not in _COPYRIGHT_STARTS:
            continue
        rest = original
        for _ in range(8):  # several statements may share a line
            head = _COPYRIGHT.match(rest)
            if head is None:
                break
            rest = _statement_rest(rest, head.end())
        lines[number] = rest
    return _per_line(_RESERVED, _RESERVED_STARTS, "\n".join(lines))


# A statement of the license on the copyright line itself ("Copyright (c) 2020 Jane Roe,
# licensed under the MIT license", "... by Secret Labs AB and licensed under CNRI's Python 1.6
# license"): the holder's name ends there.
_LICENSED_AFTER = re.compile(
    r"(?:[,;]|\s[-\u2013\u2014])?\s+(?:and\s+)?(?:is\s+|are\s+)?(?=(?:licen[cs]ed|released|"
    r"distributed|published|made\s+available)\s+under\b)",
    re.IGNORECASE,
)


def _statement_rest(line: str, start: int) -> str:
    """What follows the copyright statement that begins a line ('' when it fills the line).

    The statement ends at 'All rights reserved', else at the end of its first sentence
    ("Copyright 2020 Foo. Licensed under ..." keeps the second sentence) or where the line goes
    on to say the license ("Copyright 2020 Foo, licensed under ...").
    """
    reserved = _RIGHTS_RESERVED.search(line, start)
    if reserved is not None:
        return line[reserved.end() :]
    licensed = _LICENSED_AFTER.search(line, start)
    end = _SENTENCE_END.search(line, start)
    if licensed is not None and (end is None or licensed.start() < end.start()):
        return line[licensed.end() :]
    # a text whose line breaks became spaces ("Copyright (c) 2018 Acme  Permission is hereby
    # granted ..."): the statement ends where the terms begin, not at the first full stop
    terms = _TERMS_BEGIN.search(line, start)
    if terms is not None and (end is None or terms.start() < end.start()):
        return line[terms.end() :]
    return line[end.end() :] if end is not None else ""


# Where license terms begin after a holder's name on one line: the first words of the common
# grants and notices. (Not any gap of two spaces: "Copyright (C) 1991  Jane Roe" is common.)
_TERMS_BEGIN = re.compile(
    r"[ ,;](?=(?:Permission\s+(?:is\s+hereby|to\s+use)|Redistribution\s+and\s+use"
    r"|This\s+(?:program|library|software|file)\s+is\s+free\b|THE\s+SOFTWARE\s+IS\s+PROVIDED)\b)"
)


_URL = re.compile(r"\b(?:https?|ftp)://(?:www\.)?|\bwww\.", re.IGNORECASE)


def urls(text: str) -> str:
    """URL schemes and a leading ``www.`` go, so http and https compare equal.

    Trailing slashes need no step of their own: the punctuation step drops them.
    """
    if "://" not in text and "www." not in text and "WWW." not in text:
        return text
    return _URL.sub("", text)


def lower_case(text: str) -> str:
    """Case never matters (guidelines, section on capitalisation)."""
    return text.casefold()


_ASCII_PUNCT = str.maketrans(dict.fromkeys("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", " "))
# The same characters as a pattern: translating is fast only for an ASCII text.
_ASCII_PUNCT_CHARS = re.compile("[" + re.escape("".join(chr(c) for c in _ASCII_PUNCT)) + "]")
_NON_WORD = re.compile(r"[\W_]+")
# Chinese, Japanese and Korean are written without spaces: each character is a word, so that
# re-wrapping a line cannot change the words.
_CJK = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])")


def punctuation(text: str) -> str:
    """Everything but letters and digits becomes a single space; lines are trimmed.

    Per line, so the line structure survives. CJK characters become words of their own.
    """
    out = []
    spaced = text.translate(_ASCII_PUNCT) if text.isascii() else _ASCII_PUNCT_CHARS.sub(" ", text)
    for line in spaced.split("\n"):
        words = line if line.isascii() else _CJK.sub(r" \1 ", _NON_WORD.sub(" ", line))
        out.append(" ".join(words.split()))
    return "\n".join(out)


# Spellings the SPDX guidelines treat as the same word, in the form they have after the
# punctuation step (written out here, lower case).
EQUIVALENT_WORDS: dict[str, str] = {
    "acknowledgment": "acknowledgement",
    "analogue": "analog",
    "analyse": "analyze",
    "artefact": "artifact",
    "authorisation": "authorization",
    "authorised": "authorized",
    "calibre": "caliber",
    "cancelled": "canceled",
    "capitalisations": "capitalizations",
    "catalogue": "catalog",
    "categorise": "categorize",
    "centre": "center",
    "emphasised": "emphasized",
    "favour": "favor",
    "favourite": "favorite",
    "fulfil": "fulfill",
    "fulfilment": "fulfillment",
    "initialise": "initialize",
    "judgment": "judgement",
    "labelling": "labeling",
    "labour": "labor",
    "licence": "license",
    "licences": "licenses",
    "licenced": "licensed",
    "licencing": "licensing",
    "maximise": "maximize",
    "modelled": "modeled",
    "modelling": "modeling",
    "offence": "offense",
    "optimise": "optimize",
    "organisation": "organization",
    "organisations": "organizations",
    "organise": "organize",
    "practise": "practice",
    "programme": "program",
    "realise": "realize",
    "recognise": "recognize",
    "signalling": "signaling",
    "sublicence": "sublicense",
    "utilisation": "utilization",
    "whilst": "while",
    "wilful": "willful",
    "sub license": "sublicense",
    "sub licence": "sublicense",
    "non commercial": "noncommercial",
    "non infringement": "noninfringement",
    "per cent": "percent",
    "copyright owner": "copyright holder",
}
_SINGLE_WORDS = {k: v for k, v in EQUIVALENT_WORDS.items() if " " not in k}
_PHRASES = {k: v for k, v in EQUIVALENT_WORDS.items() if " " in k}


def equivalent_words(text: str) -> str:
    """Variant spellings (licence/license, per cent/percent, ...) become one form."""
    words = set(text.split())
    for phrase, replacement in _PHRASES.items():
        if phrase in text:  # cheap substring test first, exact word boundaries second
            text = re.sub(rf"\b{phrase}\b", replacement, text)
    if _SINGLE_WORDS.keys() & words:
        lines = text.split("\n")
        text = "\n".join(
            " ".join(_SINGLE_WORDS.get(word, word) for word in line.split(" ")) for line in lines
        )
    return text


PIPELINE: tuple[Step, ...] = (
    Step("unify_line_ends", True, unify_line_ends),
    Step("unicode_compat", True, unicode_compat),
    Step("decode_entities", True, decode_entities),
    Step("quotes_and_dashes", True, quotes_and_dashes),
    Step("comment_markers", False, comment_markers),
    Step("markup", False, markup),
    Step("bullets", False, bullets),
    Step("copyright_lines", False, copyright_lines),
    Step("urls", False, urls),
    Step("lower_case", False, lower_case),
    Step("punctuation", False, punctuation),
    Step("equivalent_words", False, equivalent_words),
)


def normalise(text: str, *, lossy: bool = True) -> str:
    """Run the pipeline over ``text`` (only the lossless steps when ``lossy`` is False)."""
    for step in PIPELINE:
        if lossy or step.lossless:
            text = step.run(text)
    return text


normalize = normalise  # the American spelling, for callers who expect it


class Tokens(NamedTuple):
    """The words of a normalised text and the 1-based line each came from."""

    words: list[str]
    lines: list[int]


def tokenise(text: str) -> Tokens:
    """Normalise ``text`` and split it into words with their line numbers."""
    words: list[str] = []
    lines: list[int] = []
    for number, line in enumerate(normalise(text).split("\n"), start=1):
        if line:
            parts = line.split(" ")
            words.extend(parts)
            lines.extend([number] * len(parts))
    return Tokens(words, lines)
