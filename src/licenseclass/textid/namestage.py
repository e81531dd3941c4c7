"""License names in text: the name stage, and the check that a notice names no other license.

A license named after a licensing phrase ("licensed under the Zlib license", a "License: MIT"
line) is looked up in the registry's name table (:mod:`licenseclass.textid.names`). The same
table tells when a notice that reads like one license names another one.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import threading
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from licenseclass.core import licensedcode
from licenseclass.expressions.tree import split_ids
from licenseclass.textid.index import GRAM, TextIndex
from licenseclass.textid.names import family, id_version, name_key, version_numbers
from licenseclass.textid.query import Hit, Query
from licenseclass.textid.results import TextMatch
from licenseclass.textid.textnorm import tokenise

if TYPE_CHECKING:
    from licenseclass.expressions.lenient import Normalized

# A license named right after a licensing phrase ("licensed under the Zlib license").
NAME_CONFIDENCE = 0.9


LICENSING_PHRASES: tuple[tuple[str, ...], ...] = (
    ("licensed", "under"),
    ("released", "under"),
    ("distributed", "under"),
    ("redistributed", "under"),
    ("used", "under"),
    ("offered", "under"),
    ("shared", "under"),
    ("available", "under"),
    ("published", "under"),
    ("provided", "under"),
    ("licensed", "to", "you", "under"),
    ("licensed", "as"),
    ("released", "as"),
    ("licensed", "with"),
    # "licensed using the MIT license", "released using a dual license strategy: GPL/LGPL"
    ("licensed", "using"),
    ("released", "using"),
    ("placed", "under"),
    # "the same license as Ruby": the license of a work known by its license's name
    ("same", "license", "as"),
    ("same", "licence", "as"),
    ("same", "license", "terms", "as"),
    ("same", "terms", "as"),
    # "under the same terms of Ruby", "under the same term" + "of Ruby"
    ("same", "terms", "of"),
    ("same", "term", "of"),
    ("same", "term", "as"),
    ("same", "as"),
    ("relicensed", "under"),
    ("covered", "under"),
    ("covered", "by"),
    ("governed", "by"),
    ("protected", "by"),
    # "released under the following license, known as the MAME License"
    ("known", "as"),
    ("subject", "to"),
    # "used according to the HSQLDB License", "except in compliance with the Elastic License"
    ("according", "to"),
    # "You may use this code as per GPL version 2"
    ("as", "per"),
    # "licensed pursuant to the OpenSSL open source license"
    ("pursuant", "to"),
    ("compliance", "with"),
    ("under", "the", "terms", "of"),
    ("under", "terms", "of"),
    # "modified under the conditions of the LaTeX Project Public License", "the terms and
    # conditions of the GNU General Public License version 2 cover the whole combination"
    # (not "conflicts with the conditions of the GPLv2": talk about a license)
    ("under", "the", "conditions", "of"),
    ("terms", "and", "conditions", "of"),
    # the license an exception adds to: "As a special exception to the GNU General Public
    # License", "In addition to the permissions in the GNU Library General Public License"
    # (not "permission under section 7 of the GPL": an exception's own text says so too)
    ("exception", "to"),
    ("permissions", "in"),
    ("see",),
    ("refer", "to"),
    # "users may choose between the GNU GPL v3 and the Apache License v2.0"
    ("choose", "between"),
    ("choice", "between"),
    # "License: Your choice of MIT or Apache License 2.0", "choose from CC0 1.0 or ..."
    ("choice", "of"),
    ("choose", "from"),
    ("is", "under"),
    ("are", "under"),
    # "the license is GPLv2", "This project is licensed GPLv3+"
    ("license", "is"),
    # "The license for this file is MPL 2.0"
    *(
        ("license", "for", "this", thing, "is")
        for thing in ("file", "project", "code", "package", "library", "module", "software")
    ),
    ("licensed",),
    # "dual GPL/BSD license", "dual BSD and GPLv2", "a tri CPL/GPL/LGPL license"
    ("dual",),
    ("tri",),
    ("triple",),
    # French: "publié sous la licence MIT", "placé sous licence MIT" (the words spell
    # "licence" as "license")
    ("sous", "la", "license"),
    ("sous", "la"),
    ("sous", "license"),
)


_CUES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}


for _phrase in LICENSING_PHRASES:
    _CUES_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)


_NAME_LEAD = frozenset(
    {
        "the",
        "a",
        "an",
        "terms",
        "term",
        "of",
        "and",
        "conditions",
        "this",
        "under",
        "either",
        "both",
        "its",
        "http",
        "https",
        "www",
        "following",
    }
)


# Adverbs between a licensing phrase and the name it introduces ("licensed explicitly MIT",
# "released entirely under the ISC license", "distributed solely under the Zlib license").
_CUE_ADVERBS = frozenset(
    {"explicitly", "expressly", "also", "entirely", "fully", "exclusively", "solely", "only"}
)

LONGEST_NAME = 10


# ScanCode's reference and tag rules shorter than this (in words) are names ("BSD License",
# "GNU license", "the LESS license"): too short for the index to find inside a text.
SHORT_RULE = GRAM
# Relevance below which such a rule is too vague to name a license alone (as for matches).
NAME_RULE_RELEVANCE = 90

# id(index) -> (the index, weakly; its rule names). TextIndex compares by value, so it cannot
# be a key itself.
_RULE_NAMES: dict[int, tuple[weakref.ref[TextIndex], dict[str, str], dict[str, str]]] = {}
_RULE_NAMES_LOCK = threading.Lock()


def _rule_name(words: list[str], kind: str) -> list[str] | None:
    """The name a short rule says: all of a short reference or tag ("BSD License"), or what
    follows the licensing phrase of a notice ("released under the GNU Affero License")."""
    if kind in ("reference", "tag") and len(words) < SHORT_RULE:
        return words
    cue = next((len(p) for p in _CUES_BY_FIRST.get(words[0], ()) if tuple(words[: len(p)]) == p), 0)
    if not cue:
        return None
    while cue < len(words) and words[cue] in _NAME_LEAD:
        cue += 1
    name = words[cue:]
    return name if 0 < len(name) <= LONGEST_NAME else None


def _names_after_cues(words: list[str]) -> list[list[str]]:
    """Every name a rule says after a licensing phrase anywhere in it, to its end ("This
    module is licensed under the same terms as Perl itself" says "the same terms as Perl
    itself" and "Perl itself")."""
    names = []
    for position, word in enumerate(words):
        for phrase in _CUES_BY_FIRST.get(word, ()):
            cue = position + len(phrase)
            if tuple(words[position:cue]) != phrase:
                continue
            while cue < len(words) and words[cue] in _NAME_LEAD:
                cue += 1
            if 0 < len(words) - cue <= LONGEST_NAME:
                names.append(words[cue:])
    return names


def rule_names(index: TextIndex) -> Mapping[str, str]:
    """Name keys of the index's short rules, to the one license they name.

    licensedcode-data records how it reads a bare name ("BSD License" is BSD-3-Clause, "the
    GNU license" GPL-1.0-or-later, "released under the GNU Affero License" AGPL-3.0-or-later):
    the name stage reads such names the same way. A key that two rules read differently, or
    that a generic or false-positive rule also says ("see license"), is left out; so is one
    that only rules of low relevance say. A vaguer rule vetoes a one-word name ("GPL"), but
    not a longer one that a confident rule of the same license says ("MIT-style license").
    """
    return _short_rule_tables(index)[0]


def generic_rule_names(index: TextIndex) -> Mapping[str, str]:
    """Name keys of short generic rules, to the one generic license they say ("commercial
    license": LicenseRef-scancode-commercial-license): a clue, never an identification. Keys
    of one or two words of letters only, that no rule of a named license also says."""
    return _short_rule_tables(index)[1]


def _short_rule_tables(index: TextIndex) -> tuple[dict[str, str], dict[str, str]]:
    """The tables of :func:`rule_names` and :func:`generic_rule_names`, made in one pass."""
    found = _RULE_NAMES.get(id(index))
    if found is not None and found[0]() is index:
        return found[1], found[2]
    words = index.words()
    claims: dict[str, set[str]] = {}
    confident: set[str] = set()
    generic: dict[str, set[str]] = {}
    # the licenses rules of several licenses read a name as, after a licensing phrase inside
    # them ("This module is released under the same terms as" + "Perl itself": the Artistic
    # License 1.0 or the GPL): never a name of the table, but a veto of one read otherwise
    inside: dict[str, set[str]] = {}
    for ref, name in enumerate(index.names):
        if not name.startswith("rules/") or index.ref_length(ref) > LONGEST_NAME + 4:
            continue
        rule_words = [words[t] for t in index.ref_tokens(ref)]
        said = _rule_name(rule_words, index.kinds[ref])
        key = name_key(said) if said else ""
        expression = index.expressions[ref]
        if " " in expression and not index.generic[ref]:
            for inner in _names_after_cues(rule_words):
                inside.setdefault(name_key(inner), set()).add(expression)
        if not key:
            continue
        one = not index.generic[ref] and bool(expression) and " " not in expression
        confident_rule = index.relevance[ref] >= NAME_RULE_RELEVANCE
        # a vaguer rule of the same license vetoes a one-word name ("GPL") but not a longer one
        vetoes = not one or (not confident_rule and " " not in key)
        claims.setdefault(key, set()).add("" if vetoes else expression)
        if one and confident_rule:
            confident.add(key)
        if index.generic[ref] and expression and " " not in expression:
            generic.setdefault(key, set()).add(expression)
    for key, ids in claims.items():
        # a rule of several licenses that says the name, none of them this one, vetoes it
        if any(i and not set(split_ids(e)) & ids for e in inside.get(key, ()) for i in ids):
            ids.add("")
    table = {
        key: ids.pop()
        for key, ids in claims.items()
        if len(ids) == 1 and "" not in ids and key in confident
    }
    generic_table = {
        key: ids.pop()
        for key, ids in generic.items()
        if len(ids) == 1
        and claims.get(key, {""}) == {""}  # no named license's rule says it
        and len(key.split()) <= 2
        and all(w.isalpha() and len(w) >= 4 for w in key.split())
    }
    with _RULE_NAMES_LOCK:
        for number, (alive, *_) in list(_RULE_NAMES.items()):
            if alive() is None:
                del _RULE_NAMES[number]
        _RULE_NAMES[id(index)] = (weakref.ref(index), table, generic_table)
    return table, generic_table


def lookup_name(query: Query, key: str) -> str | None:
    """The license a name key names: the registry's names first, then ScanCode's short rules."""
    return query.names.by_key.get(key) or rule_names(query.index).get(key)


def _named_license(query: Query, words: Sequence[str]) -> str | None:
    """The license the name table gives ``words``, not pinned to a version the words lack
    (:func:`_unpinned`)."""
    key = name_key(words)
    trimmed = list(words)
    while trimmed and trimmed[-1] in _ARTICLES:
        trimmed.pop()  # "the" of a next name
    return _unpinned(lookup_name(query, key) if key else None, " ".join(trimmed))


def _unpinned(found: str | None, name: str) -> str | None:
    """A GNU license read from a ``name`` that states no version, at any version
    (:func:`any_gnu_version`), whatever version the name table's shortened names or the
    lenient reader gave it: "the GNU Library General Public License", which had one version,
    is LGPL-2.0-or-later."""
    if found is None or has_digit(name) or not _GNU_FAMILY.match(found):
        return found
    return any_gnu_version(name) or found


# A line that starts with "license" as part of an address or a file name.
_LICENSE_ADDRESS = re.compile(r"^\W*licen[cs]e[@./_\\]", re.IGNORECASE)
# A line that opens with a label of one or two words after "license" and a colon.
_LICENSE_LABEL = re.compile(r"^\W*licen[cs]e((?:\s+[a-z]+){1,2})\s*:", re.IGNORECASE)
# Licensing phrases that end so are followed by a name, read by the lenient reader if need be.
_STRONG_CUE_ENDS = frozenset(
    {
        "under",
        "license",
        "licence",
        "of",
        "as",
        "by",
        "is",
        "licensed",
        "dual",
        "tri",
        "triple",
        "with",
        "using",
    }
)
# Phrases ending in "to" after which a name is read so as well: "subject to", "pursuant to" the
# GNU Public License (not "an exception to" a license: the text is the exception's; not
# "according to", which code comments use for anything: "according to the Python version").
_STRONG_TO = frozenset({"subject", "pursuant"})
# ... or before the terms of a license: "used and distributed according to the terms of the GNU
# Public License".
_TERMS_OF = (("the", "terms", "of"), ("terms", "of"), ("the", "conditions", "of"))


_LICENSING_NEAR = re.compile(r"licen[cs]|copyright|terms|distribut|released|free\s+software", re.I)


def _bare_same_as(query: Query, position: int, cue_end: int) -> bool:
    """Whether the cue is "same as" alone on a line that, with the written line above it (a
    heading: "=head1 LICENSE", blank line, "The same as Perl."), says nothing of licensing."""
    if query.words[position:cue_end] != ["same", "as"]:
        return False
    line = query.lines[position]
    above = next(
        (
            query.raw_line(n)
            for n in range(line - 1, max(0, line - 4), -1)
            if query.raw_line(n).strip()
        ),
        "",
    )
    return _LICENSING_NEAR.search(query.raw_line(line) + " " + above) is None


def _strong_cue(words: list[str], cue_end: int) -> bool:
    last = words[cue_end - 1]
    if last != "to" or cue_end < 2:
        return last in _STRONG_CUE_ENDS
    return words[cue_end - 2] in _STRONG_TO or (
        words[cue_end - 2] == "according"
        and any(tuple(words[cue_end : cue_end + len(lead)]) == lead for lead in _TERMS_OF)
    )


# Words that join the names of a list, within this many words and lines of a licensing phrase.
_LIST_JOINERS = frozenset({"and", "or"})
LIST_REACH = 30
LIST_LINES = 2


def _cue_at(query: Query, position: int) -> int | None:
    """Where a licensing phrase starting at ``position`` ends, or None; a line that starts
    with "license" as part of an address or a file name ("license@php.net") is no cue."""
    cue_end = _cue_end(query.words, query.lines, position)
    if cue_end == position + 1 and query.words[position] in ("license", "licence"):
        line = query.raw_line(query.lines[position])
        if _LICENSE_ADDRESS.match(line):
            return None
        labelled = _LICENSE_LABEL.match(line)  # "LICENSE INFORMATION: CDDL 1.1"
        if labelled is not None:
            # the label's words as the raw line has them; the query may hold fewer ("http://"
            # goes with normalisation), so the cue ends at the text's end at the latest
            return min(cue_end + len(labelled.group(1).split()), len(query.words))
    return cue_end


def _in_list(query: Query, position: int, last_cue: int) -> bool:
    """Whether ``position`` joins another name to a list after a licensing phrase ("under the
    Artistic License 2.0, the simplified BSD license, and the GNU LGPL v3"); not inside a new
    sentence begun on a line after one that ends a sentence ("... the same as before." +
    "compilers (e.g. gcc and microsoft visual studio)"). A joiner that opens its line goes
    on with the list whatever ended the line before ("... in the file COPYING." + "or" +
    "2. The Less License")."""
    words, lines = query.words, query.lines
    if not (
        words[position] in _LIST_JOINERS
        and position - last_cue <= LIST_REACH
        and lines[position] - lines[last_cue] <= LIST_LINES
    ):
        return False
    if position > 0 and lines[position - 1] != lines[position]:
        return True
    return not any(
        _SENTENCE_ENDS_LINE.search(query.raw_line(number))
        for number in range(lines[last_cue], lines[position])
    )


# A line whose last word ends a sentence.
_SENTENCE_ENDS_LINE = re.compile(r"[.!?][\s\"')\]*]*$")


def _list_begun(
    query: Query,
    explained: bytearray,
    found: list[tuple[TextMatch, int, int]],
    cue: int,
    joiner: int,
) -> bool:
    """Whether something began the list a joiner goes on with: a name read after the cue, text
    a reference matched, or the word "license". A word joined to a list nothing began ("the
    same as AT&T ksh ... in interactive and script") names a license only as after a weak cue
    (followed by "license"): "script" is a common word, not the Script# License.

    The list goes on only from its last item: a joiner past the line after that item's, or
    on that line with more than :data:`LIST_GAP` other words before it, opens a sentence of
    its own ("# License: AGPL-3.0+" above "# this uses unstable internal APIs of
    public-inbox, and this script")."""
    words = query.words
    # the last item before the joiner, read from the end: explained text, the word "license",
    # or a one-word name the cue's reading passed over ("under the GPL (https://...) and MIT";
    # the GNU names, which the table leaves out as they say no version)
    item = next(
        (
            p + 1
            for p in reversed(range(cue, joiner))
            if explained[p]
            or words[p] in _LICENSE_WORDS
            or words[p] in _GNU_NAMES
            or _named_license(query, [words[p]]) is not None
        ),
        0,
    )
    last = max(found[-1][2] if found and found[-1][2] > cue else 0, item)
    if not last:
        return False
    apart = query.lines[joiner] - query.lines[last - 1]
    return apart == 0 or (apart == 1 and joiner - last <= LIST_GAP)


# A GNU license named bare after "is", its sentence ending there ("crip is GPL.", "The code is
# LGPL, see COPYING"): the program's license said in the fewest words.
_IS_GNU = re.compile(
    r"\bis\s+(?:the\s+)?(?:a|l)?gpl(?:v?[123](?:\.\d)?\+?)?(?=\s*(?:[.;,]|$))", re.IGNORECASE
)


def _is_gnu(query: Query, position: int) -> bool:
    """Whether "is" at ``position`` is followed by a bare GNU license name ending its clause."""
    following = query.words[position + 1 : position + 3]
    if not following or not any(w.startswith(("gpl", "lgpl", "agpl")) for w in following):
        return False
    return _IS_GNU.search(query.raw_line(query.lines[position])) is not None


# The most words between a list's last item and a joiner on a later line.
LIST_GAP = 3


_GNU_NAMES = frozenset({"gpl", "lgpl", "agpl", "gfdl", "gnu"})


def named_licenses(
    query: Query, explained: bytearray, quoted: bytearray | None = None
) -> list[tuple[TextMatch, int, int]]:
    """Licenses named after a licensing phrase in text no reference explained, with spans.

    ``License: MIT`` at the start of a line counts too. The name is looked up in the
    registry's names, ids and aliases (see :func:`licenseclass.textid.index.name_table`), longest
    first; a name that stands for several licenses is not in the table.
    """
    words = query.words
    found: list[tuple[TextMatch, int, int]] = []
    n = len(words)
    position = 0
    last_cue, last_strong = -LIST_REACH - 1, False
    while position < n:
        cue_end = _cue_at(query, position)
        joined = cue_end is None and _in_list(query, position, last_cue)
        if cue_end is not None:
            last_cue = position
            last_strong = _strong_cue(words, cue_end)
        elif joined or words[position] in _LICENSE_WORDS or words[position] in _APPLY_WORDS:
            previous = found[-1][0] if found and found[-1][2] >= last_cue else None
            other = _named_before(
                query, explained, last_cue, position, joined=joined, previous=previous
            )
            if other is not None:
                found[:] = _second_version_chosen(found, other, words[position])
                position = other[2]
                continue
            if joined:
                cue_end = position + 1
        # A bare "under" is a cue only for a name followed by "license" ("free under MIT
        # license", "covered under this zlib license").
        weak = cue_end is None and words[position] == "under"
        if weak or (cue_end is None and words[position] == "is" and _is_gnu(query, position)):
            cue_end = position + 1
        if cue_end in (None, position + 1) and words[position] == "licensed":
            before = _licensed_after_name(query, position, explained)  # "GPL-licensed code"
            if before is not None and not explained[position]:
                found.append(before)
                cue_end = None  # the name is before "licensed", not after it
        if cue_end is None or explained[position]:
            position += 1
            continue
        start = cue_end
        while start < n and (
            words[start] in _NAME_LEAD
            or (joined and words[start] in _CHOICE_WORDS)
            or words[start] in _CUE_ADVERBS
        ):
            start += 1  # "..., or, at the user's discretion, the MPL 1.1"; "licensed solely MIT"
        # a name joined to a list is read as the list's first name was (and as a weak cue where
        # nothing began the list, see _list_begun)
        # ("the same as sRGB" compares two things: a bare "same as" names a license only where
        # its line or the line above speaks of licensing, "License: same as Perl")
        strong = (
            last_strong and _list_begun(query, explained, found, last_cue, position)
            if joined
            else _strong_cue(words, cue_end) and not _bare_same_as(query, position, cue_end)
        )
        # "subject to version 3.01 of the PHP License": a version said first makes any cue
        # strong, as the version leaves no doubt that a license is named
        strong = strong or _version_of(words, start)
        named = (
            _public_domain_listed(query, explained, found, position, start, joined=joined)
            or _table_name(query, explained, position, start, weak=weak, strong=strong)
            or (_perl_artistic(query, explained, position, start) if joined else None)
            or _artistic_of_perl(query, explained, start)
        )
        if named is not None and strong and named[0].id != PUBLIC_DOMAIN:
            named = _later_reading(query, named, position, cue_end, explained)
        if named is not None:
            found.append(named)
            position = named[2]
            continue
        read = (
            _read_after_cue(query, position, cue_end, start, weak=weak, explained=explained)
            if strong
            else None
        )
        if read is not None and not any(explained[position : read[1]]):
            found += [(match, position, read[1]) for match in read[0]]
            position = read[1]
        else:
            position += 1
    if not found and not any(explained) and 0 < n <= WHOLE_NAME_WORDS + POINTER_WORDS:
        found = _whole_text_name(query)
    found = [named for named in found if not _code_word(query, named[0])]
    found += _bracketed_ids(query, explained, found, quoted)
    found += _listed_before_plural(query, explained, found)
    return _listed_below(query, explained, _listed_after_colon(query, explained, found))


PUBLIC_DOMAIN = "LicenseRef-scancode-public-domain"
# The references of "public domain" read after "or" (a choice) and after "and".
PUBLIC_DOMAIN_OFFERED = "license name: public domain (or the license before it)"
PUBLIC_DOMAIN_BESIDE = "license name: public domain (and the license before it)"
# The reference of "GNU" read alone as a name.
GNU_ALONE = "license name: gnu"
# "public domain" that ends its clause or names a dedication ("... or Public Domain.", "or public
# domain, at your choice"), not the subject of one ("and the public domain is not involved"),
# read on to the next line ("the public domain" + "notice below does not apply").
_PUBLIC_DOMAIN_OFFERED = re.compile(
    r"public\s+domain(?:\s+(?:dedication|licen[cs]e))?\s*(?:[.,;:)\]]|\Z)", re.IGNORECASE
)


def _public_domain_listed(
    query: Query,
    explained: bytearray,
    found: list[tuple[TextMatch, int, int]],
    position: int,
    start: int,
    *,
    joined: bool,
) -> tuple[TextMatch, int, int] | None:
    """ "Public domain" joined by "or" or "and" to a license just named ("released under the
    GNU General Public License or Public Domain"): one of the terms offered. The name table
    leaves it out, as ScanCode files it under a generic key; in a list of licenses it is the
    dedication, not talk about the public domain."""
    words, lines = query.words, query.lines
    end = start + 2
    # a license just before the joiner: a name read, or a name the word "license" closes
    after_license = bool(found and 0 <= position - found[-1][2] <= 1) or (
        position > 0 and words[position - 1] in _LICENSE_WORDS
    )
    if (
        not joined
        or not after_license
        or words[start:end] != ["public", "domain"]
        or any(explained[position:end])
        or not _PUBLIC_DOMAIN_OFFERED.search(
            query.raw_line(lines[end - 1]) + "\n" + query.raw_line(lines[end - 1] + 1)
        )
    ):
        return None
    reference = PUBLIC_DOMAIN_OFFERED if words[position] == "or" else PUBLIC_DOMAIN_BESIDE
    return name_match(PUBLIC_DOMAIN, lines[start], lines[end - 1], reference), position, end


def _artistic_name_end(words: Sequence[str], start: int) -> int | None:
    """Where "artistic" at ``start`` and a "license" right after it end; None where the word
    at ``start`` is not "artistic"."""
    if start >= len(words) or words[start] != "artistic":
        return None
    end = start + 1
    return end + 1 if end < len(words) and words[end] in _LICENSE_WORDS else end


def _perl_artistic(
    query: Query, explained: bytearray, position: int, start: int
) -> tuple[TextMatch, int, int] | None:
    """The Artistic License with no version offered beside the GNU GPL ("either the GNU
    General Public License version 2 or the Artistic License"): Perl's pair, whose Artistic
    License is the one that came with Perl. The same pair read as one name is read so too
    (:func:`_read_names_once`); this is the pair whose GPL a reference found."""
    words = query.words
    end = _artistic_name_end(words, start)
    if end is None:
        return None
    if end < len(words) and (has_digit(words[end]) or words[end] in ("version", "v")):
        return None  # a version said after the name: not the bare name
    if words[position] != "or" or any(explained[position:end]):
        return None
    before = words[max(0, position - LIST_REACH) : position]
    gnu_gpl = "gpl" in before or any(
        before[i : i + 3] == ["general", "public", "license"]
        and (i == 0 or before[i - 1] not in ("lesser", "library"))
        for i in range(len(before))
    )
    if not gnu_gpl:
        return None
    lines = query.lines
    reference = "license name: artistic license (offered beside the GNU GPL: Perl's)"
    match = name_match("Artistic-1.0-Perl", lines[position], lines[end - 1], reference)
    return match, position, end


# Words between the Artistic License's name and "with Perl" ("which comes", "as distributed").
_CAME_WITH = frozenset({"which", "that", "as", "is", "was", "comes", "came", "distributed"})
_CAME_WITH |= frozenset({"included", "shipped", "supplied", "bundled", "provided", "packaged"})


def _artistic_of_perl(
    query: Query, explained: bytearray, start: int
) -> tuple[TextMatch, int, int] | None:
    """The Artistic License with no version, said to be the one that comes with Perl ("the
    Artistic License distributed with Perl version 5.000", "the Artistic License that came
    with your Perl distribution"): Perl's own Artistic License."""
    words = query.words
    end = _artistic_name_end(words, start)
    if end is None:
        return None
    tail = end
    while tail < len(words) and tail - end < 4 and words[tail] in _CAME_WITH:
        tail += 1
    if tail == end or words[tail : tail + 1] != ["with"]:
        return None
    perl = tail + 1 + (words[tail + 1 : tail + 2] in (["your"], ["the"]))
    if words[perl : perl + 1] != ["perl"] or any(explained[start : perl + 1]):
        return None
    lines = query.lines
    reference = "license name: artistic license (the one that comes with Perl)"
    return name_match("Artistic-1.0-Perl", lines[start], lines[perl], reference), start, perl + 1


# The one word a name match read ("license name: mut (read as ...)", "license name: node.\"\"\"").
_ONE_WORD_READ = re.compile(r"^license name: \W*(\w+)\W*(?: \(read as [^()]*\))?$")


def _code_word(query: Query, match: TextMatch) -> bool:
    """Whether a name match is one word that its lines write only in lower case and as code: in
    backticks, or as part of an identifier ("protected by `mut`", "referenced under ``node``",
    "same as __doc__", "the same as json.MarshalIndent"), not the licenses ScanCode calls
    muT-License, Node.js or DOC."""
    read = _ONE_WORD_READ.match(match.reference)
    if read is None:
        return False
    if match.start_line == match.end_line:
        # a line that names one license again and again asks once (a long line is read in
        # time that grows with it, not with its square)
        return _line_test(
            query,
            "code word",
            match.start_line,
            read.group(1),
            lambda: _code_word_on(query, match, read.group(1)),
        )
    return _code_word_on(query, match, read.group(1))


def _code_word_on(query: Query, match: TextMatch, said: str) -> bool:
    """:func:`_code_word` for the word ``said`` on the match's lines."""
    word = re.escape(said)
    written = re.compile(rf"(?<![^\W_]){word}(?![^\W_])", re.IGNORECASE)
    # ("json.MarshalIndent", "json.dumps(": a package's member, not a file's "gpl.txt";
    # "{{{json}}}": a template's variable; "under doc/": a folder, not "gpl/lgpl")
    as_code = re.compile(
        rf"`{word}`|\{{{word}\}}|(?<=[_.]){word}|{word}(?=[_(]|\.[A-Z]|\.[a-z_]\w*\()"
        rf"|{word}/(?=$|[\s)\],.;:]|[\w.-]*/)"
    )
    raws = [query.raw_line(line) for line in range(match.start_line, match.end_line + 1)]
    in_address = re.compile(rf"(?:https?://|www\.)\S*{word}", re.IGNORECASE)
    if any(in_address.search(raw) for raw in raws):
        return False  # a license page's address ("www.swig.org/legal.html"), not code
    places = [(raw, m) for raw in raws for m in written.finditer(raw)]
    return (
        bool(places)
        and all(
            # a variable of a shell or Perl script, in any case ("the same as $SCRIPT")
            raw[max(m.start() - 2, 0) : m.start()].endswith(("$", "${"))
            # a macro or a special name between double underscores ("the same as __FreeBSD__")
            or (
                raw[max(m.start() - 2, 0) : m.start()] == "__"
                and raw[m.end() : m.end() + 2] == "__"
            )
            or (
                m.group(0).islower()
                and (
                    as_code.match(raw, max(m.start() - 1, 0)) is not None
                    or as_code.match(raw, m.start()) is not None
                )
            )
            for raw, m in places
        )
    )


def _read_after_cue(
    query: Query, position: int, cue_end: int, start: int, *, weak: bool, explained: bytearray
) -> tuple[list[TextMatch], int] | None:
    """The lenient reader's names after a cue, and where they end; not the name of a program
    or a lone word after "protected by" (:func:`_not_a_license_name`), nor after a bare "under"
    a programming language (:func:`_a_language`)."""
    read = _read_name(query, position, cue_end, weak=weak, explained=explained)
    if read is None:
        return None
    words = query.words
    last = read[1]
    while last > start and not words[last - 1].isalnum():
        last -= 1  # the name's last word, not the marks after it
    if last > start and _not_a_license_name(query, position, start, last):
        return None
    if weak and _a_language(query, query.lines[start], words[start : read[1]]):
        return None
    if weak and _run_under(words, position):
        return None
    return _dual_as_choice(query, position, cue_end, read)


# Verbs of running, building or testing a program: what is done "under" a platform.
_RUN_VERBS = frozenset(
    {
        *("run", "runs", "running", "ran", "build", "builds", "building", "built"),
        *("compile", "compiles", "compiling", "compiled", "work", "works", "working"),
        *("test", "tests", "tested", "testing", "execute", "executes", "executed", "installed"),
    }
)
# How far before a bare "under" such a verb is looked for.
RUN_VERB_WORDS = 6


def _run_under(words: list[str], position: int) -> bool:
    """Whether a bare "under" at ``position`` says where a program runs or is built ("builds
    and runs the test suite under Microsoft Visual Studio"), not its license."""
    return any(w in _RUN_VERBS for w in words[max(0, position - RUN_VERB_WORDS) : position])


# The words before a cue that make the licenses it names a choice ("dual-licensed under the
# MIT and Apache 2.0 licenses").
DUAL_WORDS = frozenset({"dual", "dually", "tri", "triple", "multi"})
_TOP_AND = re.compile(r"^[\w.+-]+(?: AND [\w.+-]+)+$")


def _dual_as_choice(
    query: Query, position: int, cue_end: int, read: tuple[list[TextMatch], int]
) -> tuple[list[TextMatch], int]:
    """Names joined by "and" after "dual-licensed under" are a choice between them, as the
    licensing says: their expression joins them by OR."""
    matches, end = read
    words, lines = query.words, query.lines
    lead = range(max(0, position - 2), cue_end)
    if not any(words[p] in DUAL_WORDS and lines[p] == lines[position] for p in lead):
        return read
    expressions = {m.expression for m in matches}
    if len(expressions) != 1 or not _TOP_AND.match(next(iter(expressions))):
        return read
    choice = next(iter(expressions)).replace(" AND ", " OR ")
    return [m.model_copy(update={"expression": choice}) for m in matches], end


WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"'`)\]]+", re.IGNORECASE)
_LEGAL_PAGE = re.compile(r"licen|legal|copying|copyright|terms|eula", re.IGNORECASE)
_LICENSING_LINE = re.compile(r"licen|copyright|\bterms\b|\blegal|\brights\b", re.IGNORECASE)
_POINTERS = frozenset({"see", "refer"})


def _in_a_link(
    query: Query, line: int, name: list[str], license_id: str, *, pointer: bool = False
) -> bool:
    """Whether the words of a name are those of a web address on their line that goes on to a
    page that is no license's (no "license", "legal", "terms" ... in it): "php.net/date" is a
    page of a site, while a license's home page ("hsqldb.org", "developercertificate.org/") or
    "php.net/license" may name the license. After a bare pointer ("see", "refer to") on a line
    that says nothing of licensing, the home page of a site where the license has a page of its
    own is the site's: "See http://json.org for more information" points at the JSON format,
    whose license is at json.org/license.html."""
    size = len(name)
    raw = query.raw_line(line)
    for link in WEB_ADDRESS.finditer(raw):
        address = link.group()
        path = address.split("://")[-1].partition("/")[2]
        page = set(tokenise(path).words) - set(name)
        home = not page and not (
            pointer
            and _LICENSING_LINE.search(WEB_ADDRESS.sub(" ", raw)) is None
            and _page_of_its_own(license_id)
        )
        if _LEGAL_PAGE.search(address) or home:
            continue  # a license's page ("swig.org/legal.html"), or a site's home page
        words = tokenise(address).words
        if any(words[i : i + size] == name for i in range(len(words) - size + 1)):
            return True
    return False


@functools.cache
def _pages_of_their_own() -> frozenset[str]:
    """Ids of the licenses whose home page (by licensedcode-data) is a page inside a site
    ("json.org/license.html"), not a site's home page ("developercertificate.org/")."""
    own = set()
    for info in licensedcode.scancode_licenses().values():
        if info.homepage_url.split("://")[-1].partition("/")[2].strip("/"):
            own.add(info.spdx_id)
    return frozenset(own)


def _page_of_its_own(license_id: str) -> bool:
    return license_id in _pages_of_their_own()


# Programming languages whose names are also licenses' names ("Python 2" is the id Python-2.0
# shortened, "PHP 3" PHP-3.0): after a bare "under" they name the language, unless "license"
# follows.
_LANGUAGES = frozenset({"python", "ruby", "php", "perl", "tcl", "lua", "java", "jython", "pypy"})


def _a_language(query: Query, line: int, name: list[str]) -> bool:
    """Whether a name read after a bare "under" is a programming language: with a version ("a
    Unicode string under Python 2.", "under Python" + "3.2 or earlier") or without one
    ("checkable under Python"), but not before "license" ("under Python license")."""
    words = [w for w in name if w not in _ARTICLES]
    if not words or words[0] not in _LANGUAGES or len(words) > 2:
        return False
    if len(words) == 2:
        return words[1].isdigit()
    lines = f"{query.raw_line(line)}\n{query.raw_line(line + 1)}"
    return re.search(rf"\b{words[0]}\W+licen[cs]e", lines, re.IGNORECASE) is None


def _named_before(
    query: Query,
    explained: bytearray,
    last_cue: int,
    position: int,
    *,
    joined: bool,
    previous: TextMatch | None = None,
) -> tuple[TextMatch, int, int] | None:
    """A name that the word at ``position`` closes: a second GNU version after "or" ("the GPL
    v2, or (at your option) v3"), a name before "license" ("uses the MIT license.", "a GPL v3
    license") or before "applies" ("its license GNU AGPL v3 applies")."""
    if joined:
        return _other_version(query, explained, last_cue, position, previous)
    if query.words[position] in _APPLY_WORDS:
        return _named_before_applies(query, position, explained)
    words, lines = query.words, query.lines
    # a licensing phrase, or a bare "under", shortly before
    cue = max(last_cue, _last_under(words, position))
    listed = (
        cue >= 0 and position - cue <= LIST_REACH and lines[position] - lines[cue] <= LIST_LINES
    )
    return _named_before_license(query, position, explained, listed=listed)


def _last_under(words: list[str], position: int) -> int:
    """Where the last "under" within :data:`LIST_REACH` words before ``position`` is, or -1."""
    for before in range(position - 1, max(-1, position - LIST_REACH - 1), -1):
        if words[before] == "under":
            return before
    return -1


def generic_names(query: Query, explained: bytearray) -> list[tuple[str, str, int, int]]:
    """Generic licenses named before the word "license" in text no reference explains ("by
    purchasing a commercial license", "under a proprietary licence"): each as its words, its
    expression and its span of words (the name with the word "license")."""
    words, lines = query.words, query.lines
    table = generic_rule_names(query.index)
    found: list[tuple[str, str, int, int]] = []
    for position, word in enumerate(words):
        if word not in _LICENSE_WORDS or explained[position]:
            continue
        for size in (2, 1):
            start = position - size
            if start < 0 or any(explained[start:position]) or lines[start] != lines[position]:
                continue
            expression = table.get(name_key(words[start:position]))
            if expression is not None:
                said = " ".join(words[start : position + 1])
                found.append((said, expression, start, position + 1))
                break
    return found


def generic_clues(names: Sequence[tuple[str, str, int, int]]) -> list[str]:
    """:func:`generic_names` as clues, in the form ``"license name: <words>: <expression>"``
    (generic references are clues)."""
    return [f"license name: {said}: {expression}" for said, expression, _, _ in names]


# A text of at most this many words may be nothing but a license's name ("GPL v2 Only").
WHOLE_NAME_WORDS = 8


# A pointer to where the license is, after the name ("GPL v3 or later, see the COPYING file").
_POINTER = re.compile(
    r"\s*[,;:(\u2013\u2014-]?\s*(?:see|read|refer\s+to|consult|check)\b[^,;]*\)?\.?$", re.I
)
# At most this many words of such a pointer.
POINTER_WORDS = 6


def _whole_text_name(query: Query) -> list[tuple[TextMatch, int, int]]:
    """The license a short text names with all of its words, and nothing else but a pointer
    to the license's file after it."""
    name = " ".join(query.text.split())
    pointer = _POINTER.search(name)
    if pointer is not None and pointer.start() > 0:
        name = name[: pointer.start()]
    said = tokenise(name).words
    if not 0 < len(said) <= WHOLE_NAME_WORDS:
        return []
    expression = _read_names(query, name, ends=True)
    if expression is None or (len(said) == 1 and not _word_is_a_name(query, name, said[0])):
        return []
    last = query.lines[-1]
    reference = f"license name: {name} (read as {expression})"
    return [
        (name_match(license_id, query.lines[0], last, reference, expression), 0, len(query.words))
        for license_id in split_ids(expression)
    ]


def _word_is_a_name(query: Query, name: str, word: str) -> bool:
    """Whether a text of one word is a license: an id or alias the lenient reader knows
    ("MIT", "Zlib"), or a name ScanCode's short rules read as one license ("BSD"); not a word
    that is a license's name only with "License" after it ("Script" of "Script# License")."""
    # Deferred: the lenient reader loads its tables only when a text needs it.
    from licenseclass.expressions.lenient import normalize  # noqa: PLC0415

    bare = _RAW_LEAD.sub("", name)
    return _one_license(normalize(bare)) is not None or word in rule_names(query.index)


# The most words a version said after a name may take ("(EPL) v2.0", ", version 2.0").
VERSION_AFTER_WORDS = 4


def _later_reading(
    query: Query,
    named: tuple[TextMatch, int, int],
    position: int,
    cue_end: int,
    explained: bytearray,
) -> tuple[TextMatch, int, int]:
    """A name from the table, or the reading of its raw words when that says more of the
    same license: a versioned GNU name with "or later" ("LGPL-2.1+", "the LGPL version 2.1
    (or, at your discretion, any later version)"), or a name the table knows without a
    version followed by one ("the Eclipse Public License (EPL) v2.0"). The words drop the
    "+", and the table stops at the name."""
    match, _, end = named
    gnu_only = bool(_GNU_FAMILY.match(match.id)) and match.id.endswith("-only")
    versionless = not has_digit(match.reference)
    if not (gnu_only or versionless):
        return named
    read = _read_name(query, position, cue_end, explained=explained)
    if read is None or len(read[0]) != 1 or any(explained[position : read[1]]):
        return named
    later = read[0][0]
    if gnu_only and (later.id != base_id(match.id) + "-or-later" or read[1] < end):
        return named
    # "under the terms of the GNU" + "Lesser General Public License" on the next line: the
    # table knows "GNU" alone (as the GPL), the reading takes in the rest of the name
    if match.id == "GPL-1.0-or-later" and _GNU_FAMILY.match(later.id) and read[1] > end:
        return later, position, read[1]
    runs_on = read[1] > end + VERSION_AFTER_WORDS and not all(
        w in _VERSION_TAIL_WORDS or _VERSION_WORD.fullmatch(w) for w in query.words[end : read[1]]
    )  # (", either version 2.0 of this license or (at your option) any later version" does not)
    if not gnu_only and (family(later.id) != family(match.id) or not end < read[1] or runs_on):
        return named  # another license, or a reading that runs on past the version
    return later, position, read[1]


# The words of a version said after a name, with "or any later version" ("..., either version
# 2.0 of this license or (at your option) any later version").
_VERSION_TAIL_WORDS = frozenset(
    {"either", "version", "versions", "ver", "v", "of", "this", "the", "license", "licence", "or"}
    | {"at", "your", "option", "any", "later", "newer"}
)
# Words of a choice left to the licensee ("at the user's discretion").
_CHOICE_WORDS = frozenset({"at", "your", "you", "re", "user", "users", "s"})
_CHOICE_WORDS |= frozenset({"option", "discretion", "choice"})
# Words between "or" and a second version of the same GNU license.
_OPTION_WORDS = _CHOICE_WORDS | {"the", "version", "v"}
_GNU_WORDS = (("agpl", "AGPL"), ("affero", "AGPL"), ("lgpl", "LGPL"), ("lesser", "LGPL"))


def _other_version(
    query: Query,
    explained: bytearray,
    last_cue: int,
    position: int,
    previous: TextMatch | None = None,
) -> tuple[TextMatch, int, int] | None:
    """A second version of the GNU license named just before "or" ("GNU General Public License
    (GPL) version 2 or (at your option) version 3", "the GPL v2, or v3"): that version only.
    Or of another license just read with its version ("the MPL, version 1.1 or 2.0")."""
    words, lines = query.words, query.lines
    named = words[last_cue:position]
    if not any(w in ("gpl", "lgpl", "agpl") or w == "general" for w in named):
        return _other_version_of(query, explained, position, previous)
    gnu = next((f for word, f in _GNU_WORDS if word in named), "GPL")
    said = _version_after_or(query, explained, position)
    if said is None:
        return None
    version, end = said
    later = words[end : end + 2] in (["or", "later"], ["or", "any"])
    if later:
        return None  # "v2 or v3 or later": the reader of GNU notices says which
    from licenseclass.expressions.lenient import normalize  # noqa: PLC0415

    reading = normalize(f"{gnu} version {version}")
    if reading.expression is None or reading.confidence < READ_CONFIDENCE:
        return None
    match = name_match(
        reading.expression,
        lines[position],
        lines[end - 1],
        f"license name: {gnu} version {version} {_SECOND_VERSION}",
    )
    return match, position, end


def _version_after_or(query: Query, explained: bytearray, position: int) -> tuple[str, int] | None:
    """The version said after the "or" at ``position`` ("or (at your option) version 3", "or
    v3", "or 2.0"), on its line and in words no match explains, and where it ends."""
    words, lines = query.words, query.lines
    start = position + 1
    while start < len(words) and words[start] in _OPTION_WORDS:
        start += 1
    end = start
    while end < len(words) and end - start < 2 and words[end].lstrip("v").isdigit():
        end += 1
    if end == start or any(explained[position:end]) or lines[end - 1] != lines[position]:
        return None
    return ".".join(w.lstrip("v") for w in words[start:end]), end


def _second_version_chosen(
    found: list[tuple[TextMatch, int, int]], other: tuple[TextMatch, int, int], joiner: str
) -> list[tuple[TextMatch, int, int]]:
    """The names found with ``other`` added: a second version of the license read just before,
    offered after "or" ("the MPL, version 1.1 or 2.0"), makes the two one choice."""
    match = other[0]
    if joiner != "or" or not found or not match.reference.endswith(_SECOND_VERSION):
        return [*found, other]
    before, start, end = found[-1]
    if (
        before.expression != before.id
        or family(before.id) != family(match.id)
        or not _ID_VERSION.match(before.id)  # (GNU versions: read by the notice reader)
    ):
        return [*found, other]
    choice = f"{before.id} OR {match.id}"
    return [
        *found[:-1],
        (before.model_copy(update={"expression": choice}), start, end),
        (match.model_copy(update={"expression": choice}), other[1], other[2]),
    ]


_SECOND_VERSION = "(a second version offered)"
# An id's version: "MPL-1.1" gives "MPL-" and "1.1".
_ID_VERSION = re.compile(r"^([A-Za-z][A-Za-z]*-)(\d+(?:\.\d+)*)$")


def _other_version_of(
    query: Query, explained: bytearray, position: int, previous: TextMatch | None
) -> tuple[TextMatch, int, int] | None:
    """A bare version after "or", right after a license read with its version ("the MPL,
    version 1.1 or 2.0", "Apache License 1.1 or 2.0"): that license at that version, where
    the catalogue's name table knows it."""
    words, lines = query.words, query.lines
    stem = _ID_VERSION.match(previous.id) if previous is not None else None
    if previous is None or stem is None or previous.end_line != lines[position]:
        return None
    said = _version_after_or(query, explained, position)
    if said is None:
        return None
    version, end = said
    if end < len(words) and words[end] in ("or", "and") and lines[end] == lines[position]:
        return None  # "1.1 or 2.0 or later": read as a notice
    if "." not in version:
        version += ".0"
    license_id = stem.group(1) + version
    if license_id == previous.id or license_id not in query.names.ids:
        return None
    match = name_match(
        license_id,
        lines[position],
        lines[end - 1],
        f"license name: {license_id} {_SECOND_VERSION}",
    )
    return match, position, end


# A license id in brackets or backquotes: "(GPL-2.0-or-later)", "`GPL-2.0+`", "(GPL-3)".
_BRACKETED_ID = re.compile(r"[(`]\s*([A-Za-z][A-Za-z0-9.]*-[0-9][A-Za-z0-9.+-]*)\s*[)`]")
# Or one written bare between spaces, at the end of its clause ("Docs: CC-BY-SA-4.0.", "the
# tests are BSD-3-Clause; the rest ..."): no path or file name ("COPYING.LGPL-2.1").
_BARE_ID = re.compile(
    r"(?:^|(?<=[\s:]))([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z]+)*-[0-9][A-Za-z0-9.+-]*?)"
    r"(?=[.,;:]?(?:\s|$))"
)
_HYPHEN_DIGIT = re.compile(r"-[0-9]")
# A name with "license" closing an aside in brackets ("The program \"icecompr\" (C++11, ISC
# license) contains ...", "a compressor (MIT License)"): what the part before it is under.
_BRACKETED_NAME = re.compile(
    r"\((?:[^()\n,]{1,30},\s*)?((?:the\s+)?[A-Za-z][\w.+-]*(?:\s+[\w.+-]+){0,2}?\s+licen[cs]e)\s*\)",
    re.IGNORECASE,
)
# An id without a version after a label naming a part of the work ("Code: MIT. Docs:
# CC-BY-4.0."): read where the word is the id itself, not a name read into one.
_PART_ID = re.compile(
    r"(?:^|(?<=[.;,]\s)|(?<=[.;,]\s\s))\W{0,4}(?:(?:the\s+)?(?:source\s+)?code|sources?|docs|"
    r"documentation|data(?:sets?)?|content|models?|(?:model\s+)?weights|assets|images|artwork|"
    r"fonts?|examples?|software|media|icons|website)\s*:\s*([A-Za-z][A-Za-z0-9.+-]*?)"
    r"(?=[.,;]?(?:\s|$))",
    re.IGNORECASE,
)


def _in_parameters(line: str, at: int) -> bool:
    """Whether ``at`` is inside brackets opened right after a name before it on ``line`` and
    not closed: a function's parameter list in code ("send(name: string, data: JSON)"), where
    a label gives a parameter its type. Prose puts a space before its brackets."""
    depth = 0
    for position in range(at - 1, -1, -1):
        if line[position] == ")":
            depth += 1
        elif line[position] == "(":
            if depth == 0:
                return position > 0 and (line[position - 1].isalnum() or line[position - 1] == "_")
            depth -= 1
    return False


# Or a GNU license written as one word with its version, anywhere ("are GPLv3+.", "open
# source (GNU/GPLv2)", "License (manual): GPLv3+"): such a word names nothing else. Not a
# path's last part ("common-licenses/GPL-2"), nor a word saying what other works are
# ("linking against GPL2/LGPL2 software"), nor one with terms added after it.
_COMPACT_GNU = re.compile(
    r"(?:(?<=GNU/)|(?<![\w./-]))((?:A|L)?GPL[v-]?[1-3](?:\.[0-9])?\+?)(?![\w-]|\.[0-9]|/\w)"
    r"(?!\s*(?:/\s*\S+\s*)?(?:software|code|programs?|librar(?:y|ies)|components?|compatible"
    r"|projects?|packages?|applications?|dependencies|modules?)\b)"
    # "GPLv2 with additional restrictions", "GPLv2 + linking exception": for the name stage
    r"(?!\s+with\b|\s*\+\s*\w)",
    re.IGNORECASE,
)
# A GNU license made a verb ("this file is GPL'ed", "(GPL'd) work"): the license, any version.
_GNU_VERB = re.compile(r"(?<![\w./-])((?:A|L)?GPL)(?:['\u2019]e?d|ed)\b", re.IGNORECASE)
# Or a license's name in brackets after the name of the file that holds it ("in the file
# LICENSE.md (BSD 2-Clause)", "see COPYING (GPL v3)") or after what it holds ("for licence
# details (GPL)").
_HOLDS = r"(?:details|terms|information|conditions)"  # what a license file holds
_FILE_ASIDE = re.compile(
    rf"\b(?:licen[cs]e|copying)[\w.-]*(?:\s+{_HOLDS})?\s*\(\s*([^()\n]{{2,40}}?)\s*\)", re.I
)
_WHAT_IT_HOLDS = re.compile(rf"\s{_HOLDS}\s*\(", re.I)
# The least confidence of the lenient reading of such an id (an id or a rule, not a guess).
ID_CONFIDENCE = 0.9
# Words just before an id that make it talk about another license, not this work's.
_TALK_BEFORE = re.compile(
    r"\b(?:compatible\s+with|similar\s+to|unlike|instead\s+of|incompatible\s+with)"
    r"\s+(?:the\s+)?[\W_]*$",
    re.IGNORECASE,
)


def _bracketed_ids(
    query: Query,
    explained: bytearray,
    found: list[tuple[TextMatch, int, int]],
    quoted: bytearray | None = None,
) -> list[tuple[TextMatch, int, int]]:
    """License ids written in brackets in text no reference or name explains ("The ./COPYING
    file (GPL-2.0-or-later) is the default license"), bare at the end of a clause ("Docs:
    CC-BY-SA-4.0."), a name in brackets after a license file's name ("the file LICENSE.md
    (BSD 2-Clause)"), or a GNU license in one word ("GPLv3+"), read by the lenient reader.
    The one-word GNU names are not read in ``quoted`` words: the text of an exception kept as
    a clue speaks of "GPLv3" as the license it adds to, not as the work's license."""
    text = query.text.replace("\r\n", "\n").replace("\r", "\n")  # lines as raw_line counts
    # an id has a hyphen before a digit (a one-word GNU name a version): a cheap search finds
    # the lines that may hold one
    patterns = (_HYPHEN_DIGIT, _FILE_ASIDE, _COMPACT_GNU, _GNU_VERB, _PART_ID, _BRACKETED_NAME)
    said = [m.start() for p in patterns for m in p.finditer(text)]
    if not said:
        return []
    # Deferred: the lenient reader loads its tables only when a text needs it.
    from licenseclass.expressions.lenient import normalize  # noqa: PLC0415

    taken = bytearray(explained)
    for _, start, end in found:
        taken[start:end] = b"\x01" * (end - start)
    breaks = [m.start() for m in re.finditer("\n", text)]
    out: list[tuple[TextMatch, int, int]] = []
    # only the lines where a pattern matched, each with its first word
    for number in sorted({bisect.bisect_left(breaks, at) + 1 for at in said}):
        position = bisect.bisect_left(query.lines, number)
        if position >= len(query.lines) or query.lines[position] != number:
            continue  # a line without words
        raw = query.raw_line(number)
        for bracketed in (
            *_BRACKETED_ID.finditer(raw),
            *_BARE_ID.finditer(raw),
            *_FILE_ASIDE.finditer(raw),
            *_COMPACT_GNU.finditer(raw),
            *_GNU_VERB.finditer(raw),
            *_PART_ID.finditer(raw),
            *_BRACKETED_NAME.finditer(raw),
        ):
            tokens = tokenise(bracketed.group(1)).words
            span = _span_on_line(query, position, number, tokens)
            if span is None or any(taken[span : span + len(tokens)]):
                continue
            gnu_word = bracketed.re in (_COMPACT_GNU, _GNU_VERB)
            if gnu_word and quoted is not None and quoted[span]:
                continue
            if _TALK_BEFORE.search(raw[: bracketed.start(1)]):
                continue  # "a permissive license compatible with BSD-3-Clause"
            holds = bracketed.re is _FILE_ASIDE and _WHAT_IT_HOLDS.search(bracketed.group(0))
            if bracketed.re is _GNU_VERB:
                expression = any_gnu_version(bracketed.group(1))
            elif holds:
                # "see the file COPYING for licence details (GPL)": the file's license is the
                # GNU license of any version, as "licensed under the GPL" is (not "the GNU
                # General Public License (GPL)", which says what the letters stand for); other
                # names there may be another work's ("Linking against Mbed TLS changes license
                # terms (Apache 2.0).")
                expression = any_gnu_version(bracketed.group(1))
            else:
                reading = normalize(bracketed.group(1))
                confident = reading.confidence >= ID_CONFIDENCE
                expression = reading.expression if confident else None
            if expression is None or " " in expression:
                continue
            if (
                bracketed.re is _BARE_ID
                and "LicenseRef-" in expression
                and not bracketed.group(1).startswith("LicenseRef-")
            ):
                # "MP4 w/ MPEG-7 Metadata": a bare word is a standard's or a product's name
                # before it is ScanCode's key of a license named after it; a bare id must be
                # one the SPDX list knows
                continue
            if bracketed.re is _PART_ID and (
                expression.lower() != bracketed.group(1).lower()
                or _in_parameters(raw, bracketed.start())
            ):
                # "Code: Python" is no license, whatever the reader makes of it, nor is a
                # typed parameter ("send(name: string, data: JSON)")
                continue
            taken[span : span + len(tokens)] = b"\x01" * len(tokens)
            match = name_match(
                expression,
                number,
                number,
                f"license name: {bracketed.group(1)} (read as {expression})",
            )
            out.append((match, span, span + len(tokens)))
    return out


# "the MIT and GPLv2 licenses", "GPLv2, LGPLv2.1 or MPL licenses": names joined before a
# plural "licenses" (a file named in brackets after a name is an aside).
_PLURAL = re.compile(r"\blicen[cs]es\b", re.IGNORECASE)
_PLURALS = frozenset({"licenses", "licences"})
# A singular "license" closes a list too where names are joined by "or" or "and" just before
# it ("licensed under the MIT or GPL license"); not one a version follows, which is part of
# the last name ("GPL 3.0 or Apache License 2.0").
_SINGULAR = re.compile(
    r"\s(?:or|and|&)\s+(?:the\s+)?\S+(?:\s+\S+)?\s+licen[cs]e\b"
    r"(?!\s*,?\s*(?:v(?:ersion)?\.?\s*)?\d)",
    re.IGNORECASE,
)
_SINGULARS = frozenset({"license", "licence"})
_LIST_JOINER = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+|\s*/\s*", re.IGNORECASE)
_ASIDE_END = re.compile(r"\s*\([^()]*\)\s*$")
# Words just before a list that make it the work's licenses without a licensing phrase
# ("uses the Apache 2.0 and MIT licenses").
_LIST_LEADS = frozenset({"under", "use", "uses", "dual", "tri", "triple", "either", "both", "of"})
LIST_LEAD_WORDS = 3


def _listed_before_plural(
    query: Query, explained: bytearray, found: list[tuple[TextMatch, int, int]]
) -> list[tuple[TextMatch, int, int]]:
    """Names listed before a plural "licenses" after a licensing phrase ("Dual licensed under
    the MIT (MIT-LICENSE.txt) and GPL (GPL-LICENSE.txt) licenses", "under any of the GPLv2 or
    LGPLv2.1 licenses"), in text no reference explains: every name of the list must be known,
    and there must be two at least. A name the stage found on the line already is not found
    again (its span may run from the licensing phrase over the list's first names)."""
    taken = bytearray(explained)
    named = {(match.id, match.start_line) for match, _, _ in found}
    out: list[tuple[TextMatch, int, int]] = []
    closing = _PLURALS | _SINGULARS
    for number in sorted({query.lines[p] for p, w in enumerate(query.words) if w in closing}):
        raw = query.raw_line(number)
        first = bisect.bisect_left(query.lines, number)
        if all(taken[first : bisect.bisect_right(query.lines, number)]):
            continue  # a reference explains the line: no name on it is left to find
        ends = [m.start() for m in _PLURAL.finditer(raw)]
        ends += [m.end() - len(m.group(0).split()[-1]) for m in _SINGULAR.finditer(raw)]
        for end in sorted(ends):
            names = _list_names(query, raw[:end])
            if names is None or not _listing_cue(query, first, number, names[0][0], raw):
                continue
            for at, name, license_id in names:
                tokens = tokenise(name).words
                span = first + _words_before(query, number, raw, at)
                if query.words[span : span + len(tokens)] != tokens:
                    continue  # the raw words and the tokens disagree: leave it
                if any(taken[span : span + len(tokens)]) or (license_id, number) in named:
                    continue
                taken[span : span + len(tokens)] = b"\x01" * len(tokens)
                match = name_match(
                    license_id, number, number, f"license name: {name} (listed before licenses)"
                )
                out.append((match, span, span + len(tokens)))
    return out


# A lead that ends in a colon and opens a list of the work's licenses: "licensed under the
# following licenses:", "released under one of two licenses:", "dual-licensed:", "either of:".
_COLON_LEAD = re.compile(
    r"\b(?:licen[cs]es|licen[cs]ed|(?:either|one|any|both)(?:\s+of)?(?:\s+(?:the\s+)?(?:following|"
    r"these|two|three))?|options|choices?)\s*:\s+(?=\S)",
    re.IGNORECASE,
)
# How far back on its line a colon's lead is read for licensing words.
_LEAD_CHARS = 200
# Words that make the line before a colon's list about licensing.
_LICENSING_LEAD = re.compile(r"licen[cs]|released|distributed|available|offered", re.I)
# Words of the lead that make the list a choice whatever joins it.
_CHOICE_LEAD = re.compile(r"\b(?:either|one\s+of|any\s+of|dual|choice|choose|option)", re.I)
# Where the list after the colon ends: a sentence end, a semicolon, a bracket's opening.
_COLON_LIST_END = re.compile(r"(?<=\w)\.(?=\s|$)|[;(\[]|\s[-\u2013\u2014]\s")
_COLON_JOINER = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+|\s*/\s*", re.I)


def _listed_after_colon(
    query: Query, explained: bytearray, found: list[tuple[TextMatch, int, int]]
) -> list[tuple[TextMatch, int, int]]:
    """Names listed after a lead that ends in a colon on a licensing line ("This software is
    released under one of the following two licenses: GPLv2 or MIT."): one group, joined by
    OR where the list or its lead says a choice, else by AND, in place of the names read in
    it one by one (which lost the choice, or a bare "GPL"). Every piece of the list must be
    a known name, and there must be two at least."""
    if ":" not in query.text:
        return found
    words, lines = query.words, query.lines
    listed = (
        _colon_list(query, raw, lead, number, explained)
        for number in sorted({lines[p] for p in range(len(words)) if words[p] in _COLON_WORDS})
        for raw in (query.raw_line(number),)
        for lead in _COLON_LEAD.finditer(raw)
    )
    return _in_place_of_names(query, found, listed)


def _in_place_of_names(
    query: Query,
    found: list[tuple[TextMatch, int, int]],
    lists: Iterable[tuple[list[TextMatch], int, int] | None],
) -> list[tuple[TextMatch, int, int]]:
    """``found`` with the groups of the ``lists`` read (each its matches and its span of words;
    None where a lead held no list) in place of the names read one by one inside them."""
    groups: list[tuple[TextMatch, int, int]] = []
    taken = bytearray(len(query.words))  # the words of the lists read
    for listed in lists:
        if listed is None:
            continue
        group, start, end = listed
        taken[start:end] = b"\x01" * (end - start)
        groups += [(match, start, end) for match in group]
    if not groups:
        return found
    return [f for f in found if not any(taken[f[1] : f[2]])] + groups


# The words the lead of a list after a colon ends with (a line without one has no such list).
_COLON_WORDS = frozenset({"licenses", "licences", "licensed", "licenced", "either", "of"})
_COLON_WORDS |= frozenset({"following", "these", "two", "three", "options", "choice", "choices"})


def _colon_list(
    query: Query, raw: str, lead: re.Match[str], number: int, explained: bytearray
) -> tuple[list[TextMatch], int, int] | None:
    """The group of names the list after ``lead`` on line ``number`` holds, and its span."""
    before = raw[max(0, lead.start() - _LEAD_CHARS) : lead.start()]
    said_lead = before + lead.group(0)
    if not _LICENSING_LEAD.search(said_lead) and not _CHOICE_LEAD.search(said_lead):
        return None
    start = lead.end()
    stop = _COLON_LIST_END.search(raw, start)
    text = raw[start : stop.start() if stop else len(raw)].rstrip(" ,")
    joiners = list(_COLON_JOINER.finditer(text))
    if not joiners:
        return None
    said = {j.group(0).strip(" ,").lower() for j in joiners} - {""}
    choice = _CHOICE_LEAD.search(said_lead) is not None or (bool(said) and said <= {"or", "/"})
    if not choice and said - {"and", "&"}:
        return None  # "and" and "or" both: a list this reader does not settle
    ids: list[str] = []
    piece_start = 0
    for joiner in [*joiners, None]:
        piece_end = joiner.start() if joiner else len(text)
        named = _list_name(query, text[:piece_end], piece_start, whole=True)
        if named is None:
            return None
        ids.append(named[2])
        piece_start = joiner.end() if joiner else piece_end
    ids = list(dict.fromkeys(ids))
    if len(ids) < 2:
        return None
    first = bisect.bisect_left(query.lines, number)
    span_start = first + _words_before(query, number, raw, start)
    span_end = first + _words_before(query, number, raw, start + len(text))
    if span_end <= span_start or any(explained[span_start:span_end]):
        return None
    expression = (" OR " if choice else " AND ").join(ids)
    reference = f"license name: {text} (listed after a colon)"
    group = [name_match(i, number, number, reference, expression) for i in ids]
    return group, span_start, span_end


# A line that leads into a list of the work's licenses on the lines below it: "Licensed under
# either of", "This software is available under one of the following licenses:".
_BELOW_LEAD = re.compile(
    r"\b(?:licen[cs]ed|released|available|distributed|offered|provided|covered)\b.{0,60}?"
    r"\b(?:(?:either|any|one|both|each)(?:\s+of)?(?:\s+(?:the\s+)?(?:following|these|two|three))?"
    r"(?:\s+licen[cs]es)?|(?:the\s+)?following(?:\s+\w+)?\s+licen[cs]es|under|terms\s+of)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# An item of such a list: a bullet, a number or letter, or an indented line.
_LIST_ITEM = re.compile(
    r"^(?:\s*(?:[-*+\u2022]|\d{1,2}[.)]|\(?[a-z][.)])\s+|\s{2,})(?P<item>\S.*?)\s*$"
)
# What may follow a name on its item line: a bracketed aside (the license's file or
# address), an address, a dash or colon and a description.
_ITEM_TAIL = re.compile(r"\s*(?:[(\[<].*|https?://\S+.*|\s[-\u2013\u2014]\s.*|:\s.*|[.;,:]\s*)$")
# A line after the list that makes it a choice.
_AT_OPTION = re.compile(
    r"^\s*\(?at\s+(?:your|the\s+user'?s?|their)\s+(?:option|choice|discretion)", re.I
)
# The most items of such a list, and the blank lines between its lead and its first item.
MOST_ITEMS = 8
LEAD_GAP = 2


def _listed_below(
    query: Query, explained: bytearray, found: list[tuple[TextMatch, int, int]]
) -> list[tuple[TextMatch, int, int]]:
    """Licenses listed one per line under a lead such as "Licensed under either of" (Rust's
    dual-license notice, a README's license section): one group, joined by OR where the lead
    or a line after the list ("at your option") says a choice, else by AND, in place of the
    names read in it one by one (the lead's cue reads only the first). Every item must be a
    known name, and there must be two at least."""
    lines = query.all_raw_lines()
    if len(lines) < 3:
        return found
    listed = (
        _list_below(query, lines, index, explained)
        for index, raw in enumerate(lines)
        if len(raw) <= 200 and _BELOW_LEAD.search(raw)
    )
    return _in_place_of_names(query, found, listed)


def _list_below(
    query: Query, lines: list[str], lead: int, explained: bytearray
) -> tuple[list[TextMatch], int, int] | None:
    """The group of names listed under the lead at ``lines[lead]`` (0-based), and its span
    from the lead's first word to the list's last."""
    number = lead + 1
    while number < len(lines) and number - lead <= LEAD_GAP and not lines[number].strip():
        number += 1
    ids: list[str] = []
    items: list[str] = []
    while number < len(lines) and len(items) < MOST_ITEMS:
        item = _LIST_ITEM.match(lines[number])
        if item is None:
            break
        name = _ITEM_TAIL.sub("", item.group("item"))
        named = _list_name(query, name, 0, whole=True) if name else None
        if named is None:
            return None
        items.append(name)
        ids.append(named[2])
        number += 1
    ids = list(dict.fromkeys(ids))
    if len(ids) < 2:
        return None
    last = number  # 1-based number of the list's last line
    after = next((n for n in range(number, min(number + 2, len(lines))) if lines[n].strip()), None)
    if after is not None and _AT_OPTION.match(lines[after]):
        last = after + 1  # the "at your option" line closes the list, and makes it a choice
    choice = last > number or _CHOICE_LEAD.search(lines[lead]) is not None
    word_lines = query.lines
    start = bisect.bisect_left(word_lines, lead + 1)
    end = bisect.bisect_right(word_lines, last)
    if end <= start or any(explained[start:end]):
        return None
    expression = (" OR " if choice else " AND ").join(ids)
    reference = f"license name: {', '.join(items)} (listed below a lead)"
    group = [name_match(i, lead + 1, last, reference, expression) for i in ids]
    return group, start, end


def _list_names(query: Query, before: str) -> list[tuple[int, str, str]] | None:
    """The (offset, name, id) of each name joined in a list that ends ``before``, first name
    first; None unless two or more and every one is known."""
    names: list[tuple[int, str, str]] = []
    # the list's end only: a long line before it is not read again for every plural on it
    cut = 0
    if len(before) > LIST_WINDOW:
        space = before.find(" ", len(before) - LIST_WINDOW)
        cut = space + 1 if space >= 0 else 0
    rest = before[cut:].rstrip()
    while True:
        aside = _ASIDE_END.search(rest)
        if aside is not None:
            rest = rest[: aside.start()]
        joiners = list(_LIST_JOINER.finditer(rest))
        piece_start = joiners[-1].end() if joiners else 0
        named = _list_name(query, rest, piece_start, whole=bool(joiners))
        if named is None and joiners:
            named = _list_name(query, rest, piece_start, whole=False)
            joiners = []  # the piece holds more than a name: it opens the list
        if named is None:
            return None
        names.append(named)
        if not joiners or named[0] != piece_start:
            break
        rest = rest[: joiners[-1].start()]
    return [(at + cut, name, i) for at, name, i in names[::-1]] if len(names) >= 2 else None


# The most characters before a plural "licenses" that a list of names ending there may take.
LIST_WINDOW = 600


def _list_name(query: Query, text: str, start: int, *, whole: bool) -> tuple[int, str, str] | None:
    """The name at the end of ``text[start:]``: all of it (``whole``), or its longest known
    end of at most :data:`NAME_BEFORE_LICENSE` words; with its offset and id."""
    # Deferred: the lenient reader loads its tables only when a text needs it.
    from licenseclass.expressions.lenient import normalize  # noqa: PLC0415

    piece = text[start:]
    raw_words = list(re.finditer(r"\S+", piece))
    sizes = [len(raw_words)] if whole else range(min(len(raw_words), NAME_BEFORE_LICENSE), 0, -1)
    for size in sizes:
        if not 0 < size <= NAME_BEFORE_LICENSE:
            continue
        at = start + raw_words[-size].start()
        name = text[at:].strip()
        words = tokenise(name).words
        while words and words[0] in _NAME_LEAD:
            words = words[1:]
            name = name.split(None, 1)[1] if " " in name else ""
        if not words or (not whole and len(words) < size and size > 1):
            continue  # a shorter end without the article is tried next
        key = name_key(words)
        license_id = _named_license(query, words) or any_gnu_version(" ".join(words))
        if license_id is None and has_digit(name):
            expression = _one_license(normalize(name))
            license_id = expression if expression and " " not in expression else None
        if license_id is None:
            continue
        if " " not in key and not has_digit(key) and not name[:1].isupper():
            continue  # a one-word name is written with a capital ("MIT", not "other")
        return len(text) - len(name), name, license_id
    return None


def _listing_cue(query: Query, first: int, number: int, offset: int, raw: str) -> bool:
    """Whether a licensing phrase comes before the list on its line or the one above, or
    the list follows "under", "uses", "dual" ... closely."""
    words, lines = query.words, query.lines
    start = first + _words_before(query, number, raw, offset)
    lead = words[max(first, start - LIST_LEAD_WORDS) : start]
    if any(word in _LIST_LEADS for word in lead):
        return True
    for position in range(max(0, start - LIST_REACH), start):
        if number - lines[position] <= 1 and _cue_at(query, position) is not None:
            return True
    return False


def _span_on_line(query: Query, position: int, number: int, tokens: list[str]) -> int | None:
    """Where ``tokens`` start among the words of line ``number`` (from ``position``)."""
    words, lines = query.words, query.lines
    size = len(tokens)
    while position < len(words) and lines[position] == number:
        if words[position : position + size] == tokens:
            return position
        position += 1
    return None


def _table_name(
    query: Query, explained: bytearray, position: int, start: int, *, weak: bool, strong: bool
) -> tuple[TextMatch, int, int] | None:
    """The longest name from ``start`` that the name table or ScanCode's short rules know,
    as a match spanning from the cue at ``position``."""
    words, lines = query.words, query.lines
    n = len(words)
    if start < n and _role_name(query, lines[start], words[start]):
        return None  # "pursuant to :doc:`our policy`": a reStructuredText role, not a name
    for end in range(min(n, start + LONGEST_NAME), start, -1):
        if any(explained[position:end]):
            continue
        if weak and (end >= n or words[end] not in _NAME_FOLLOWERS):
            continue
        if weak and any_gnu_version(" ".join(words[start:end])):
            continue  # "not distributing it under the GPL license": talk about the GPL
        key = name_key(words[start:end])
        license_id = _named_license(query, words[start:end])
        if license_id is None:
            continue
        if lines[end - 1] != lines[start] and _CLOSED_VALUE.search(query.raw_line(lines[start])):
            continue  # '__license__ = "MIT"' + '__version__ = "0.5.4"': the value ends its line
        last = end
        while last - 1 > start and words[last - 1] in _ARTICLES:
            last -= 1  # "the" of the next name is not this one's
        if _not_a_license_name(query, position, start, last):
            continue  # "see Python 2's map function", "protected by NTLM"
        pointer = words[position] in _POINTERS
        name = words[start:end]
        if _line_test(
            query,
            "link",
            lines[start],
            f"{' '.join(name)}|{license_id}|{pointer}",
            functools.partial(_in_a_link, query, lines[start], name, license_id, pointer=pointer),
        ):
            continue  # "see https://www.php.net/date": a web site, not the PHP License
        if weak and _GNU_FAMILY.match(license_id) and not has_digit(key):
            continue  # "under the Lesser GPL license": talk about the LGPL too
        if cc_elements_after(query, end, license_id):
            continue  # "CC Attribution" of "CC Attribution-Noncommercial"
        if " " in key or _single_word_ok(query, key, end, strong):
            match = name_match(
                license_id,
                lines[position],
                lines[last - 1],
                "license name: " + " ".join(words[start:last]),
            )
            return match, position, last
    return None


_ARTICLES = frozenset({"the", "a", "an"})
# Nouns after a name that make it the name of a program, a project or a format, not of its
# license ("Errors ... covered by the JSON schema definition").
_PRODUCT_NOUNS = frozenset(
    {
        *("documentation", "docs", "website", "manual", "tutorial", "interpreter", "runtime"),
        *("schema", "schemas", "syntax", "parser", "parsers", "encoder", "decoder", "serializer"),
    }
)
# What an owner's "'s" may be followed by where the name is a license's ("the GPL's terms").
_LICENSE_PARTS = frozenset({"terms", "conditions", "license", "licence", "requirements", "text"})


def _not_a_license_name(query: Query, position: int, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` after the cue at ``position`` is a program's
    (:func:`_a_thing_named`), or a lone word after "protected by" that nothing marks as a
    license's ("a URL protected by NTLM", "protected by mut": a lock or a scheme)."""
    words = query.words
    around = "|".join(words[start : start + 1] + words[end - 1 : end + 1])
    if _line_test(
        query,
        "thing",
        query.lines[end - 1],
        around,
        lambda: _a_thing_named(query, words, start, end),
    ):
        return True
    return (
        words[position] == "protected"
        and end - start == 1
        and not _named_as_license(words, start, end)
    )


# The last word of a document's title.
_DOCUMENT_NOUNS = frozenset({"specification", "specifications", "spec", "standard", "manual"})
# A document about a hardware part or a product's use, a few words after its maker's name.
_PART_DOCUMENT = (
    r"(?i:data[ \t]?sheets?|programming[ \t]+manuals?|reference[ \t]+manuals?|application[ \t]+"
    r"notes?|errata)\b"
)


def _a_thing_named(query: Query, words: list[str], start: int, end: int) -> bool:
    """Whether the words after a name show it names a program, not a license: a noun such as
    "documentation", a comparison of versions ("Python >= 3.8"), or an owner's "'s" before
    anything but the license's terms ("Python 2's map function")."""
    raw = query.raw_line(query.lines[end - 1])
    last = re.escape(words[end - 1])
    # the noun next to the name, on its line or opening the next ("the Node.js documentation",
    # "covered by the JSON" + "schema definition"; not "... by the GPL License. Documentation
    # written by ...", nor "license: MIT" + "website: ...", a label)
    if end < len(words) and words[end] in _PRODUCT_NOUNS:
        said = raw
        if query.lines[end] == query.lines[end - 1] + 1:
            said += "\n" + query.raw_line(query.lines[end])
        next_to = rf"\b{last}(?:[ \t\-\u2010]+|[ \t]*\n[^\w\n]*){words[end]}\b(?![ \t]*:)"
        if re.search(next_to, said, re.IGNORECASE):
            return True
    # a product's license key, which unlocks it ("your New Relic license key")
    if re.search(rf"\b{last}(?:[ \t]+licen[cs]e)?[ \t]+keys?\b", raw, re.IGNORECASE):
        return True
    if words[start] in _LANGUAGES and re.search(rf"\b{last}\s*(?:[<>]=?|==|~=)", raw, re.I):
        return True
    # a manual page ("perl(1)") or a module of a code namespace ("JSON::XS", "Perl::Critic"):
    # the name's first word joined to the parenthesis or the colons
    first = re.escape(words[start])
    if re.search(rf"(?i:\b{first})(?:\(\d[a-z]{{0,3}}\)|::\w)", raw):
        return True
    # a document named by its title ("According to the OSGi specification this time is set"):
    # a license named after its document says "license" after the title's words
    if words[end - 1] in _DOCUMENT_NOUNS and not re.search(rf"(?i:\b{last})[\s-]+licen[cs]e", raw):
        return True
    # ... or a maker named before its part and the part's document ("According to Silicon
    # Image SiI 164 datasheet"): a company, not the license ScanCode names after it
    if re.search(rf"(?i:\b{last})(?:[ \t]+[\w.-]+){{0,3}}?[ \t]+{_PART_DOCUMENT}", raw):
        return True
    # "please see the script itself": a thing (while "the same terms as Python itself" names
    # Python's license, with no "the" before the name)
    if re.search(rf"(?i:\bthe\s+{first}\b)(?:[^\n]*?\b{last})?\s+(?:itself|themselves)\b", raw):
        return True
    # a command's long option ("same as --script"): a setting, not a license
    if re.search(rf"(?:^|[\s(\[=])--(?i:{first})\b", raw):
        return True
    # a standard's designation after the name of the body that publishes it ("See ITU-T
    # H.265 D.3.27", "ITU-T X.509"): the document, not a license
    if re.search(rf"(?i:\b{last})[ \t]+[A-Z]\.\d{{1,4}}\b", raw):
        return True
    # the subject of its line's own licensing statement ("The New Relic Go agent is licensed
    # under the Apache 2.0 License"): a product, and the license comes after
    # (at the name's own place on the line: "Unicode 6.0 & Unicode 8.0 are provided under the
    # Unicode licence below" names the license at its third "Unicode")
    if _SUBJECT_OF_LICENSING.match(raw, _on_line(query, end - 1)):
        return True
    owner = re.search(rf"\b{last}['\u2019]s\s+(\w+)", raw, re.I)
    return (
        owner is not None
        and owner.group(1).islower()  # not a title ("the IETF Trust's Legal Provisions")
        and owner.group(1) not in _LICENSE_PARTS
    )


# A name's last word and a few more of a product's name, then the verb of a licensing
# statement about it.
_SUBJECT_OF_LICENSING = re.compile(
    r"[\w-]*(?:[ \t]+[\w.-]+){0,4}?[ \t]+(?:is|are|was|has\s+been)[ \t]+(?:\w+[ \t]+)?"
    r"(?:licen[cs]ed|released|distributed|published|offered|provided)[ \t]+(?:under|as)\b",
    re.IGNORECASE,
)


# A line that ends with a quoted value closing: a name in it does not go on to the next line.
_CLOSED_VALUE = re.compile(r"[\"'\u201d`]\s*[,;)\]]*\s*$")


def _named_as_license(words: list[str], start: int, end: int) -> bool:
    """Whether a one-word name reads as a license's: after an article ("protected by the GPL")
    or before a word such as "license"."""
    return (start > 0 and words[start - 1] in _ARTICLES) or (
        end < len(words) and words[end] in _NAME_FOLLOWERS
    )


def _role_name(query: Query, line: int, word: str) -> bool:
    """Whether ``word`` stands on its line as the name of a reStructuredText role
    (":doc:`...`", ":ref:`...`")."""
    known = query.roles.get((line, word))
    if known is None:
        raw = query.raw_line(line)
        pattern = rf"(?<![\w:]):{re.escape(word)}:`"
        known = ":" in raw and re.search(pattern, raw, re.IGNORECASE) is not None
        query.roles[line, word] = known
    return known


def name_match(
    license_id: str, start_line: int, end_line: int, reference: str, expression: str | None = None
) -> TextMatch:
    """A license found by its name (or an id written in the text) on these lines."""
    return TextMatch(
        id=license_id,
        expression=expression or license_id,
        kind="reference",
        confidence=NAME_CONFIDENCE,
        start_line=start_line,
        end_line=end_line,
        method="name",
        reference=reference,
        coverage=1.0,
    )


# Where a name written in free text ends: a sentence end, a bracket, a comma, a dash.
# Words that set apart what a name does not cover close it too ("the LGPL unless stated
# otherwise", "the ISC except the fonts").
_CARVE_OUTS = ("unless", "except", "excluding")
_NAME_END = re.compile(
    r"(?<=\w)[.;:](?=\s|$)|[.;:](?=\s)|[,(\[<]|\s[-\u2013\u2014]\s"
    rf"|\s(?:{'|'.join(_CARVE_OUTS)})\b"
    # a relative clause about the license ("the Artistic License which may be found in ...",
    # "the LGPL license a copy of which has been included")
    r"|\s(?=(?:a\s+copy\s+of\s+)?which\s)",
    re.IGNORECASE,
)
# The least confidence of a lenient reading the name stage takes: a name read by a rule
# (0.9) or several joined (0.855), never a near miss of an id (0.7).
READ_CONFIDENCE = 0.8


# A GNU license named without a version: its own text lets the licensee choose any version
# ever published (GPL 1.0 onwards; the LGPL began as the Library GPL 2.0, and is "Lesser"
# from 2.1 on, so a Lesser GPL without a version is 2.1 or later, as ScanCode's rules say;
# the GNU AGPL has had one version, 3, and its section 14 says the same).
_ANY_VERSION = (
    (
        "AGPL-3.0-or-later",
        re.compile(
            r"(?:gnu\W+)?(?:agpl|affero\s+(?:gnu\s+)?(?:gpl|general\s+public\s+licen[cs]e))"
        ),
    ),
    (
        "LGPL-2.1-or-later",
        re.compile(r"(?:gnu\W+)?lesser\s+(?:gnu\s+)?(?:general\s+)?public\s+licen[cs]e"),
    ),
    (
        "LGPL-2.0-or-later",
        re.compile(
            r"(?:gnu\W+)?(?:lgpl|(?:lesser|library)(?:\s*/\s*(?:lesser|library))?\s+(?:gnu\s+)?"
            r"(?:general\s+)?public\s+licen[cs]e)"
        ),
    ),
    (
        "GPL-1.0-or-later",
        re.compile(
            r"(?:gnu\W+|free\s+software\s+foundation'?s?\s+)?(?:gpl|(?:gnu\s+)?general\s+public\s+licen[cs]e"
            r"|gnu\s+public\s+licen[cs]e)"
        ),
    ),
)
_BARE = re.compile(r"^(?:the\s+)?(?P<name>.+?)(?:\s*\(\s*[al]?gpl\s*\))?(?:\s+licen[cs]es?)?$")


_GNU_FAMILY = re.compile(r"^(GPL|LGPL|AGPL|GFDL)-")


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit (a version number, most often)."""
    return any(c.isdigit() for c in text)


def any_gnu_version(name: str) -> str | None:
    """ "the GPL", "GNU LGPL", "the GNU General Public License": the any-version id, else None."""
    text = " ".join(name.casefold().split())
    bare = _BARE.match(text)
    for candidate in (text.removeprefix("the "), bare.group("name") if bare else ""):
        for license_id, pattern in _ANY_VERSION:
            if pattern.fullmatch(candidate):
                return license_id
    return None


def _one_license(reading: Normalized) -> str | None:
    """The reading's expression, read with confidence: licenses joined by AND or OR ("GPLv2 or
    MIT"), or one license with its exception ("the wxWindows Licence" is the LGPL with the
    wxWindows exception; each match carries the whole expression)."""
    expression = reading.expression
    if expression is None or "(" in expression:
        return None
    if "WITH" in expression and (" AND " in expression or " OR " in expression):
        return None
    if " " not in expression:
        # "EPL-2.0+": outside the GNU family a match names the version it read
        expression = expression.removesuffix("+")
    return expression if reading.confidence >= READ_CONFIDENCE else None


def _licensed_after_name(
    query: Query, position: int, explained: bytearray
) -> tuple[TextMatch, int, int] | None:
    """A license named just before "licensed" ("GPL-licensed components", "MIT licensed"),
    from the name table or as a GNU license named without a version."""
    words, lines = query.words, query.lines
    for size in (3, 2, 1):
        start = position - size
        if start < 0 or any(explained[start:position]) or lines[start] != lines[position]:
            continue
        name = words[start:position]
        license_id = _named_license(query, name) or any_gnu_version(" ".join(name))
        if license_id is None:
            continue
        joined = rf"{re.escape(name[-1])}[\s\-\u2010\u2011.)\]*_`'\"]*{re.escape(words[position])}"
        if re.search(joined, query.raw_line(lines[position]), re.IGNORECASE) is None:
            continue  # "staffed, ICU, licensed and overflow beds": a list, not "ICU-licensed"
        match = name_match(
            license_id,
            lines[start],
            lines[position],
            "license name: " + " ".join(name) + " licensed",
        )
        return match, start, position + 1
    # "is [MIT](https://github.com/o/r/blob/main/LICENSE) licensed": the link's address between
    offset = _on_line(query, position)
    before = query.raw_line(lines[position])[max(0, offset - _WINDOW) : offset]
    return _linked_name(query, before, position, explained) if offset else None


_LICENSE_WORDS = frozenset({"license", "licence", "licenses", "licences"})
# Words a name that ends with "license" may follow ("uses the MIT license", "under a GPLv3
# license", "with EUPL licence").
_BEFORE_NAME = frozenset(
    {"the", "a", "an", "this", "its", "their", "our", "under", "with", "by", "use", "uses", "using"}
)
# Words that describe a license named after them; none is part of a license's name.
_DESCRIBING = frozenset(
    {"permissive", "copyfree", "liberal", "popular", "standard", "simple", "common", "usual"}
    | {"familiar", "famous", "strong", "weak", "open", "source", "friendly"}
)
NAME_BEFORE_LICENSE = 6
_LICENSE_WORD = re.compile(r"\blicen[cs]es?\b", re.IGNORECASE)
# Nothing but a sentence end before a word: it opens its sentence.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?])\W*$")
# "license" closes its statement: a sentence end or a Markdown link's bracket after it, or
# nothing; not a round bracket ("(taken from the W3C license)" is an aside about a license).
_STATEMENT_END = re.compile(
    r"^[\s*_]*(?:(?:terms|conditions|agreement)\b[\s*_]*)?(?:[.;:\]]|$|(?P<which>,\s*which\b))",
    re.IGNORECASE,
)
# Before a name closed by a relative clause ("..., which"), the verb that makes the sentence a
# statement of the work's license ("uses the MIT license, which ..."), not talk about a license
# ("Unlike the BSD license, which ...").
_LICENSING_VERBS = frozenset({"use", "uses", "using", "under", "with"})
_COMMA = re.compile(r"^\s*,")
# "... the MIT License applies to this repository": a statement even where the name opens it.
_APPLIES = re.compile(r"^\s*(?:also\s+|still\s+)?(?:applies|apply)\b", re.IGNORECASE)


# How many characters of a raw line either side of a word "license" the name stage reads.
_WINDOW = 400


def _words_before(query: Query, number: int, raw: str, offset: int) -> int:
    """How many words the tokeniser makes of ``raw[:offset]`` (line ``number``; ``offset`` at a
    word boundary), counted on from the nearest offset asked before: a long line that asks
    for thousands of offsets is tokenised about once, not once per offset."""
    offsets, counts = query.words_before.setdefault(number, ([0], [0]))
    at = bisect.bisect_right(offsets, offset) - 1
    if offsets[at] == offset:
        return counts[at]
    # inside the line, a word put before the piece keeps it from reading as a line's start (a
    # list marker, a comment marker there would be dropped where the whole line keeps them)
    inside = offsets[at] > 0
    piece = ("x " if inside else "") + raw[offsets[at] : offset]
    count = counts[at] + len(tokenise(piece).words) - inside
    offsets.insert(at + 1, offset)
    counts.insert(at + 1, count)
    return count


def _line_test(query: Query, test: str, line: int, about: str, answer: Callable[[], bool]) -> bool:
    """The ``answer`` of a test that reads the whole raw ``line`` for ``about`` (a word, a
    name), worked out once per text: one long line may ask it thousands of times."""
    key = (test, line, about)
    known = query.line_tests.get(key)
    if known is None:
        known = query.line_tests[key] = answer()
    return known


def _license_words_on(query: Query, number: int) -> tuple[list[int], list[tuple[int, int]]]:
    """The positions of the words "license" on line ``number``, and where the raw line says
    them (start and end offsets), once per line."""
    found = query.license_words.get(number)
    if found is None:
        lines = query.lines
        first = bisect.bisect_left(lines, number)
        last = bisect.bisect_right(lines, number)
        positions = [p for p in range(first, last) if query.words[p] in _LICENSE_WORDS]
        raw = query.raw_line(number)
        said = [(m.start(), m.end()) for m in _LICENSE_WORD.finditer(raw)]
        found = (positions, said)
        query.license_words[number] = found
    return found


def _named_before_license(
    query: Query, position: int, explained: bytearray, *, listed: bool = False
) -> tuple[TextMatch, int, int] | None:
    """A license named just before the word "license" that ends a statement, without a
    licensing phrase ("uses the MIT license.", "has a GPL v3 license", "with EUPL licence"),
    or, in a list just after a licensing phrase (``listed``), a comma ("under the Apache
    License 2.0, the MIT License, or the Zlib License").

    The name follows an article or a preposition inside its line; a one-word name without a
    digit must be written with a capital ("the Python license", never "a nonexclusive
    license"); a GNU name without a version is talk about that license.
    """
    words, lines = query.words, query.lines
    number = lines[position]
    raw = query.raw_line(number)
    # this "license" on the raw line: the how-manieth of its line
    positions, said = _license_words_on(query, number)
    nth = bisect.bisect_left(positions, position)
    if nth >= len(said):
        return None
    # (a window of the line around the word: a long line must not be read whole each time)
    said_start, said_end = said[nth]
    rest = raw[said_end : said_end + _WINDOW]
    applies = _APPLIES.match(rest) is not None
    ends = _STATEMENT_END.match(rest)
    if not applies and not ends and not (listed and _COMMA.match(rest)):
        return None
    relative = ends is not None and ends.group("which") is not None and not listed
    before = raw[max(0, said_start - _WINDOW) : said_start]
    linked = _linked_name(query, before, position, explained)
    if linked is not None:
        return linked
    for size in range(NAME_BEFORE_LICENSE, 0, -1):
        start = position - size
        if start < 0 or any(explained[start : position + 1]) or lines[start] != number:
            continue
        if words[start] in _NAME_LEAD or (relative and not _after_licensing_verb(words, start)):
            continue  # a shorter name without the article is tried next; an aside is no name
        if applies:
            if start > 0 and lines[start - 1] == number and words[start - 1] not in _ARTICLES:
                continue  # the name starts after its article, or opens the line
        elif not _name_may_start(query, before, start, position):
            continue
        name = words[start:position]
        key = name_key(name)
        if not key:
            continue
        license_id = lookup_name(query, key)
        if license_id is None or (_GNU_FAMILY.match(license_id) and not has_digit(key)):
            continue  # "not distributing it under the GPL license": talk about the GPL
        around = raw[max(0, said_start - _WINDOW) : said_end + _WINDOW]
        if " " not in key and not has_digit(key) and not _capitalised(around, name[0]):
            continue
        if _version_before(words, lines, start):
            return None  # "version 2.02 of the PHP license": a version the name lacks
        match = name_match(
            license_id, number, number, "license name: " + " ".join(name) + " license"
        )
        return match, start, position + 1
    return None


# The names of a project's license file, as a link's last path segment ("blob/main/LICENSE").
_FILE_STEMS = frozenset({"license", "licence", "licenses", "licences", "copying"})
# A Markdown link just before the word "license": "is [MIT](https://.../LICENSE) licensed".
_LINK_BEFORE = re.compile(r"\[(?P<text>[^\[\]\n]{1,80})\]\((?P<url>[^()\s]*)\)[\s*_]*$")


def _linked_name(
    query: Query, before: str, position: int, explained: bytearray
) -> tuple[TextMatch, int, int] | None:
    """A license named by a Markdown link's text just before "license" ("This project is
    [MIT](https://github.com/o/r/blob/main/LICENSE) licensed."): the link's address stands
    between the name and the word, so the words before it are not the name. Where the address
    is a license's own page, the page says which license ("a reduced [BSD](https://www.freebsd
    .org/copyright/freebsd-license.html) license"), and the pages stage reads it."""
    link = _LINK_BEFORE.search(before)
    if link is None:
        return None
    # Deferred: the lenient reader loads its tables only when a text needs it.
    from licenseclass.expressions.lenient import license_page  # noqa: PLC0415

    url = link.group("url")
    page = url.rstrip("/").rpartition("/")[2].partition(".")[0].casefold()
    if url and (license_page(url) is not None or ("licen" in page and page not in _FILE_STEMS)):
        return None  # a license's own page ("freebsd-license.html"), not the project's file
    name = tokenise(link.group("text")).words
    start = position - len(tokenise(before[link.start() :]).words)
    key = name_key(name)
    if not name or start < 0 or any(explained[start : position + 1]) or not key:
        return None
    license_id = lookup_name(query, key)
    if license_id is None or (_GNU_FAMILY.match(license_id) and not has_digit(key)):
        return None
    if " " not in key and not has_digit(key) and not _capitalised(link.group("text"), name[0]):
        return None
    number = query.lines[position]
    said = " ".join(name) + " " + query.words[position]
    return name_match(license_id, number, number, "license name: " + said), start, position + 1


def _name_may_start(query: Query, before: str, start: int, position: int) -> bool:
    """Whether a name before "license" (at ``position``) may start at ``start``: after an
    article or a preposition inside its line, not opening a sentence (a title, "The BSD
    license, unlike ..."), or as the value of a label ("Free software: BSD license")."""
    words, lines = query.words, query.lines
    if _after_a_label(before, words[start:position]):
        return True
    # a word that describes the license between the article and its name ("under the copyfree
    # ISC License", "the permissive MIT license", "the open source Apache license")
    while start >= 2 and words[start - 1] in _DESCRIBING and lines[start - 1] == lines[start]:
        start -= 1
    if start < 2 or words[start - 1] not in _BEFORE_NAME or lines[start - 2] != lines[start]:
        return False  # a title ("The MIT License" over its text) opens its line
    lead = list(re.finditer(rf"\b{re.escape(words[start - 1])}\b", before, re.I))
    pointed = _POINTS_TO_TERMS.search(before[: lead[-1].end()]) if lead else None
    if pointed and not _GRANTED_UNDER.search(_last_sentence(before[: pointed.start()])):
        return False  # "as set out in the SOFA license conditions": the terms, not a grant
    return bool(lead) and not _OPENS_SENTENCE.search(before[: lead[-1].start()])


def _last_sentence(text: str) -> str:
    ends = list(re.finditer(r"[.!?;:](?:\s|$)", text))
    return text[ends[-1].end() :] if ends else text


# A grant said before such a pointer ("released under the terms set out in the MIT license").
_GRANTED_UNDER = re.compile(
    r"\b(?:under|licen[cs]ed|released|distributed|permitted|granted|allowed)\b", re.IGNORECASE
)
# Words that point to what a license says rather than grant the work under it ("made distinct
# through different names, as set out in the SOFA license conditions"; not "as these terms are
# defined in the AGPL v3.0 license", said in an AGPL notice of its own).
_POINTS_TO_TERMS = re.compile(
    r"\b(?:set\s+out|laid\s+down|laid\s+out)\s+(?:in|by)"
    r"(?:\s+the)?\s*$",
    re.IGNORECASE,
)


def _after_a_label(before: str, name: Sequence[str]) -> bool:
    """Whether the raw text before "license" ends with ``name`` just after a colon."""
    spelled = r"[\W_]*".join(re.escape(word) for word in name)
    return re.search(rf":\s*{spelled}[\W_]*$", before, re.IGNORECASE) is not None


def _after_licensing_verb(words: list[str], start: int) -> bool:
    """Whether a name at ``start`` follows a licensing verb, directly or after an article."""
    before = start - 1
    if before >= 1 and words[before] in _ARTICLES:
        before -= 1
    return before >= 0 and words[before] in _LICENSING_VERBS


_APPLY_WORDS = frozenset({"applies", "apply"})
# Raw words that may stand before a name and are no part of it.
_LEAD_WORDS = re.compile(r"^(?:(?:the|its|their|license|licence|[:,;=-])\s+)+", re.IGNORECASE)


def _named_before_applies(
    query: Query, position: int, explained: bytearray
) -> tuple[TextMatch, int, int] | None:
    """A license named with its version just before "applies" ("its license GNU AGPL v3
    applies as well", "MPL-2.0 applies to the fonts"): the longest run of the line's raw words
    before it that the lenient reader reads as one license with confidence."""
    # Deferred: the lenient reader loads its tables only when a text needs it.
    from licenseclass.expressions.lenient import normalize  # noqa: PLC0415

    lines = query.lines
    raw = query.raw_line(lines[position])
    said = list(re.finditer(r"\bappl(?:y|ies)\b", raw, re.IGNORECASE))
    if len(said) != 1:
        return None
    before = re.split(r"[.;:!?()\[\]]\s", raw[: said[0].start()])[-1].split()
    for size in range(min(len(before), NAME_BEFORE_LICENSE), 0, -1):
        name = _LEAD_WORDS.sub("", " ".join(before[-size:]))
        if not has_digit(name) or name != " ".join(before[-size:]):
            continue  # a version is needed; a leading article is tried without it next
        reading = normalize(name)
        expression = _one_license(reading)
        if expression is None or " " in expression:
            continue
        start = position - len(tokenise(name).words)
        if start < 0 or any(explained[start:position]) or lines[start] != lines[position]:
            return None
        match = name_match(
            expression,
            lines[start],
            lines[position],
            f"license name: {name} applies (read as {expression})",
        )
        return match, start, position + 1
    return None


def _version_of(words: list[str], start: int) -> bool:
    """Whether the words at ``start`` say "version <number> of"."""
    return (
        words[start : start + 1] == ["version"]
        and start + 1 < len(words)
        and has_digit(words[start + 1])
        and "of" in words[start + 2 : start + 5]
    )


def _version_before(words: list[str], lines: list[int], start: int) -> bool:
    """Whether "version <number> of (the)" comes just before the name at ``start``."""
    first = start
    while first > max(0, start - 6) and lines[first - 1] == lines[start]:
        first -= 1
    before = words[first:start]
    if before[-1:] in (["the"], ["this"]):
        before = before[:-1]
    return before[-1:] == ["of"] and "version" in before and has_digit(" ".join(before))


def _capitalised(raw: str, word: str) -> bool:
    """Whether ``word`` is written with a capital on the raw line ("MIT", "Python")."""
    return any(m.group(0)[:1].isupper() for m in re.finditer(rf"\b{re.escape(word)}\b", raw, re.I))


# Words between a licensing phrase and the name ("under the terms of both the ...", "under
# the https://opendatacommons.org/licenses/odbl/ Open Data Commons ...").
_RAW_LEAD = re.compile(
    r"^(?:(?:the|a|an|both|either|its)\s+|terms?\s+(?:and\s+conditions\s+)?of\s+|conditions\s+of\s+"
    r"|https?://\S+\s+|any\s+versions?\s+of\s+)+",
    re.IGNORECASE,
)
# "... dual license" after the names of the licenses offered.
_RAW_TAIL = re.compile(r"\s+(?:dual\s+)?licen[cs]es?$", re.IGNORECASE)


# A version said before the name ("version 2 (only) of the GNU GPL."), up to the sentence end.
_VERSION_FIRST = re.compile(
    r"\s*version\s+(\d+(?:\.\d+)*)\s*(\(only\))?\s+of\s+((?:the\s+)?[^,;:()\[\]<]+?)"
    r"((?:[.;:](?:\s|$)|,|\(|\s(?=which\s)|$).*)",
    re.IGNORECASE | re.DOTALL,
)
# A line that says only "License" (a heading: "## License", "License:", "LICENSE").
_HEADING = re.compile(r"^[\W_]*licen[cs]e[\W_]*$", re.IGNORECASE)
# "(see the file LICENSE)" after a name: the statement ends with the name.
_SEE_AFTER = re.compile(r"\W*(?:see|read|refer|consult|check)\b", re.IGNORECASE)
# ", which is included with ...": a clause about the license named, not talk about it.
# (or a participle saying where its text is: "the GNU Public License, located in the file
# LICENSE", "the GPL, included in the file COPYING")
_WHICH_AFTER = re.compile(
    r"\s*(?:which|a\s+copy\s+of\s+which|(?:(?:that|which)\s+(?:is|are)\s+)?(?:located|found|"
    r"included|contained|reproduced|attached|enclosed|bundled|shipped|distributed)\s+"
    r"(?:in|at|with|below|above|here)\b)\b",
    re.IGNORECASE,
)
# A version in brackets after a name ("the GPL (version 2 or later)").
_BRACKETED_VERSION = re.compile(
    r"\s*((?:version|v\.?)\s*\d+(?:\.\d+)*\+?(?:\s+or\s+(?:any\s+)?later)?)\s*\)",
    re.IGNORECASE,
)
# A word in brackets inside a name that tells its variant ("the BSD (revised) license", "the
# Modified (3 clause) Berkeley Software Distribution License"): part of the name.
_BRACKETED_VARIANT = re.compile(
    r"\(\s*(revised|modified|new|simplified|original|(?:\d|two|three|four)[\s-]?clauses?)\s*\)",
    re.IGNORECASE,
)
# The LGPL's two names given together ("the GNU Lesser (Library) General Public License",
# "Library/Lesser"): named so without a version, any version of it, as "Library" reads.
_BOTH_LGPL_NAMES = re.compile(
    r"\b(?:lesser\s*(?:\(\s*library\s*\)|/\s*library)|library\s*(?:\(\s*lesser\s*\)|/\s*lesser))",
    re.IGNORECASE,
)


def _variant_unbracketed(text: str) -> str:
    """A name's variant or family word kept in brackets, read as part of the name."""
    return _BOTH_LGPL_NAMES.sub("Library", _BRACKETED_VARIANT.sub(r"\1", text))


# "at your option", "at the user's discretion", "at you're choice", "at your opinion" (a slip
# seen in Debian notices): the licensee chooses.
AT_YOUR_OPTION = r"at\s+(?:your|you'?re|the\s+users?'?s?)\s+(?:option|discretion|choice|opinion)"
# A version after the name's abbreviation in brackets ("the SIL Open Font License (OFL) v1.1",
# "the GNU General Public License (GPL) versions 3", "the Reciprocal Public License ("RPL")
# Version 1.5").
_VERSION_AFTER_ABBREVIATION = re.compile(
    r"\s*[\"'\u201c\u2018]?[A-Za-z][\w.+-]{0,15}[\"'\u201d\u2019]?\s*\)\s*,?\s*"
    r"((?:versions?\s+|ver\.?\s*|v\.?\s*)\d+(?:\.\d+)*\+?)",
    re.IGNORECASE,
)
# "or (at your option) any later version" said apart from the name, in brackets or after a
# comma ("the LGPL version 2.1 (or at your discretion any later version of this license)").
_LATER_APART = re.compile(
    rf"\s*(?:or|and)\s*,?\s+(?:\(?{AT_YOUR_OPTION}\)?\s*,?\s*)?"
    r"(?:any\s+)?(?:later|newer)\b[^.;:()]*\)?",
    re.IGNORECASE,
)
# Code and emphasis marks of Markdown around a name.
_MARKUP = re.compile(r"`+|\*\*|__")
# A link in Markdown: its text is the name ("[GNU GPL v2](https://...)", "[GPL-3.0]+").
_LINK = re.compile(r"\[([^\[\]\n]{1,80})\](?:\([^()\s]*\))?")
# A version that follows a name after a comma ("..., version 2.0", "..., either version 1.2 of
# this license or ...").
_COMMA_VERSION = re.compile(
    r"\s*(?:either\s+)?((?:v\.?\s*|version\s+)\d+(?:\.\d+)*[a-z]?\+?)(?=\W|$)"
    # ("..., either version 1.2 of this license or any later version": the license said again)
    r"(?:\s+of\s+(?:this|the)\s+licen[cs]e\b)?",
    re.IGNORECASE,
)
# What a name's brackets hold when it is a short form of the name ("(EUPL)").
_ABBREVIATION = re.compile(r"\s*([\w.+-]+(?:\s[\w.+-]+)?)\s*\)")
# Words after a name that say where it comes from ("GPLv2 as published by the FSF").
_NAME_TAIL = re.compile(r"\s+as\s+published\s+by\b.*$", re.IGNORECASE | re.DOTALL)
# Between the names of several licenses offered or applying together.
_JOINER = re.compile(r"\s+(?:or|and|&|\+)\s+|\s*/\s*|\s*,\s*(?:(?:or|and)\s+)?", re.IGNORECASE)


# A word that makes a name one of a license's likeness ("ISC-style", "MIT styled", "zlib-like").
_LIKENESS = re.compile(
    r"(?<=\w)[\s-]+(?:style[ds]?|like|type)\b(?=[\s-]+licen[cs]e|\W*$)", re.IGNORECASE
)


def _read_one(query: Query, name: str, ends: bool) -> str | None:
    # Deferred: the lenient reader loads its tables only when a text needs it.
    from licenseclass.expressions.lenient import normalize  # noqa: PLC0415

    led = _RAW_LEAD.sub("", name)
    trimmed = _RAW_TAIL.sub("", led)
    for bare in dict.fromkeys((led, trimmed)):
        found = (any_gnu_version(bare) if ends else None) or _one_license(normalize(bare))
        found = _unpinned(found, bare)
        if found is not None:
            return found
    plain = _LIKENESS.sub("", led)
    if plain != led:
        # "an ISC-style license", "the zlib-like licence": ScanCode reads the license so named
        # (a GNU name or a family of several licenses stays unread: "GPL-like", "BSD-style")
        found = _one_license(normalize(plain))
        if found is not None and " " not in found and not _GNU_FAMILY.match(found):
            return found
    unbound = _LATER_SAID.sub("", trimmed)
    if unbound != trimmed and has_digit(unbound):
        # "the Common Development and Distribution License version 1.1 or any later version":
        # outside the GNU family an id names one version, and "or later" adds no other id
        found = _one_license(normalize(unbound))
        if found is not None and not _GNU_FAMILY.match(found):
            return found
    # a name the registry's table or ScanCode's short rules know ("BSD" in "BSD + GPLv2")
    key = name_key(tokenise(name).words)
    return lookup_name(query, key) if key else None


def _read_names(query: Query, name: str, ends: bool) -> str | None:
    """The expression of a name read by the lenient reader, or of names joined by "or" or
    "and" read one by one ("the GPL or the LGPL", "both the GPL and MIT licenses").

    A text that repeats a phrase ("licensed as follows") reads each name once (kept on the
    query)."""
    reading = (name, ends)
    if reading not in query.name_readings:
        query.name_readings[reading] = _read_names_once(query, name, ends)
    return query.name_readings[reading]


# "... at your choice" after the names offered.
_CHOICE_TAIL = re.compile(
    r"[\s,]*\(?(?:at|by)\s+(?:your|the\s+users?'?s?)\s+(?:own\s+)?(?:choice|option|discretion)\)?$",
    re.IGNORECASE,
)
# An exception after the name ("GPLv2 + linking exception", "the LGPL with a special
# exception"): it only adds permissions, so the license it is attached to is what is named.
_EXCEPTION_TAIL = re.compile(
    r"\s*(?:\+|\bwith\b|\bplus\b)\s*(?:an?\s+|the\s+)?(?:[\w.-]+\s+){0,3}exceptions?$",
    re.IGNORECASE,
)


# The Artistic License named without a version or a variant.
_ARTISTIC_BARE = re.compile(
    r"(?:the\s+)?[\"'\u201c]?(?:perl\s+)?artistic[\"'\u201d]?(?:\s+licen[cs]e)?[\"'\u201d]?",
    re.IGNORECASE,
)


def _read_names_once(query: Query, name: str, ends: bool) -> str | None:
    name = _CHOICE_TAIL.sub("", name)
    expression = _read_one(query, name, ends)
    if expression is not None:
        return expression
    bare = _EXCEPTION_TAIL.sub("", name)
    if bare != name and bare:
        found = _read_one(query, bare, ends)
        return found if found is not None and " " not in found else None
    parts = _JOINER.split(_RAW_TAIL.sub("", _RAW_LEAD.sub("", name)))
    if not 2 <= len(parts) <= 4:
        return None
    ids = [_read_one(query, part.strip(), ends) for part in parts]
    if any(i is not None and i.startswith("GPL-") for i in ids):
        # "either the GNU General Public License or the Artistic License": Perl's own pair,
        # whose Artistic License is the one that came with Perl
        ids = [
            "Artistic-1.0-Perl" if i is None and _ARTISTIC_BARE.fullmatch(part.strip()) else i
            for i, part in zip(ids, parts, strict=True)
        ]
    if any(i is None or " " in i for i in ids):
        return None
    joiner = " OR " if re.search(r"\s+or\s+", name, re.IGNORECASE) else " AND "
    return joiner.join(dict.fromkeys(i for i in ids if i))


def _with_version(after: str) -> tuple[str, re.Match[str] | None]:
    """The words after a licensing phrase with a version said apart joined to the name, and
    where the name ends: "the GPL (version 2 or later)", "the GNU Public License, v.2"."""
    stop = _NAME_END.search(after)
    for mark, pattern in (
        ("(", _BRACKETED_VERSION),
        ("(", _VERSION_AFTER_ABBREVIATION),
        (",", _COMMA_VERSION),
    ):
        version = pattern.match(after, stop.end()) if stop and stop.group(0) == mark else None
        if stop is not None and version is not None:
            after = after[: stop.start()] + " " + version.group(1) + after[version.end() :]
            stop = _NAME_END.search(after, stop.start() + 1 + len(version.group(1)))
    later = _LATER_APART.match(after, stop.end()) if stop and stop.group(0) in "(," else None
    if stop is not None and later is not None:
        after = after[: stop.start()] + " or later" + after[later.end() :]
        stop = _NAME_END.search(after, stop.start() + len(" or later"))
    return after, stop


def _unexplained_names(name: str, cue_end: int, explained: bytearray | None) -> str:
    """The names of a list up to the words a reference explains ("GPL2 and" + a notice of the
    Eclipse Public License found verbatim): those are the reference's."""
    if explained is None:
        return name
    size = len(tokenise(name).words)
    taken = explained[cue_end : cue_end + size]
    if not any(taken):
        return name
    free = taken.index(1)
    cuts = [m.start() for m in _JOINER.finditer(name)]
    fitting = [c for c in cuts if len(tokenise(name[:c]).words) <= free]
    return name[: fitting[-1]].strip() if fitting else name


def _rest_of(query: Query, line: int, after: str, stop: re.Match[str]) -> str:
    """What follows a name's end on its ``line``, or the next line when nothing does."""
    rest = after[stop.end() :]
    return rest if rest.strip() else _LINE_OPENER.sub("", query.raw_line(line + 1))


def _read_name(
    query: Query,
    position: int,
    cue_end: int,
    *,
    weak: bool = False,
    explained: bytearray | None = None,
) -> tuple[list[TextMatch], int] | None:
    """A license named after a strong licensing phrase, read from the raw line by the lenient
    reader of :mod:`licenseclass.expressions.lenient` ("Licensed under the GPLv2",
    "files are licensed under GPLv2+", "released under GPL3"): the words the name table lacks,
    with the punctuation the tokens drop. Only a reading of one license, on the cue's line,
    that accounts for every word up to the end of the sentence counts; so do several names
    joined by "or" or "and" that each read as one license.
    """
    words, lines = query.words, query.lines
    if cue_end >= len(words):
        return None
    raw = query.raw_line(lines[cue_end])
    if lines[cue_end] != lines[cue_end - 1]:
        # a "License" heading, and the name on the next line with words ("## License\n\nMIT"),
        # or a cue that ends its line ("according to the terms of" + "the GNU Public License")
        previous = query.raw_line(lines[cue_end - 1])
        cue_word = re.escape(words[cue_end - 1]).replace("license", "licen[cs]e")
        if _HEADING.match(previous):
            after = " " + raw
        elif (
            words[cue_end - 1] in _LINE_ENDING_CUES
            and lines[cue_end] == lines[cue_end - 1] + 1
            and re.search(rf"\b{cue_word}[\s:]*$", previous.casefold())
            # (a list's joiner before an address names nothing there: "... or" + "https://...")
            and not (words[cue_end - 1] in _LIST_JOINERS and WEB_ADDRESS.match(raw.strip()))
        ):
            after = " " + _LINE_OPENER.sub("", raw)
        else:
            return None
    else:
        # the cue's last word as a word ("of" is inside "software"), after its first word
        first = _on_line(query, position) if lines[position] == lines[cue_end] else 0
        # (a window of the line from there: a long line must not be read whole each time)
        near = raw[first : first + _WINDOW]
        # the words spell "licence" as "license"
        cue_word = re.escape(words[cue_end - 1]).replace("license", "licen[cs]e")
        found = re.compile(rf"{_WORD_START}{cue_word}{_WORD_END}").search(near.casefold())
        if found is None:
            return None
        # "License: BSD + GPLv2", a field's value: '__license__ = "MIT or Apache License 2.0"'
        after = _FIELD_VALUE.sub(lambda m: " " + (m.group("quoted") or ""), near[found.end() :])
        after = _BOX_BORDER.sub("", after)  # "* ... under the terms of the LGPL license   *"
    after = _LINK.sub(r"\1", after)
    after = _MARKUP.sub("", after)  # "the `AGPL v3` or later", "the **MIT license**"
    after = _variant_unbracketed(after)
    # "..., or, at the user's discretion, the MPL 1.1": the choice left said before the name
    after = _OR_OPTION.sub(r"\1 ", _OPTION_FIRST.sub(" ", after))
    following = _LINE_OPENER.sub("", query.raw_line(lines[cue_end] + 1))
    following = _variant_unbracketed(following)
    # (a dot inside a version, "BY-NC-SA 4.0", does not end the clause)
    clause = re.split(r"[;:,(]|\.(?!\d)", following, maxsplit=1)[0]
    if _NAME_END.search(after) is None and _LICENSE_WORD.search(clause):
        # a name wrapped onto the next line ("under the terms of the GNU" + "library public
        # license."), without the comment markers that open that line
        joined = after.rstrip() + " " + following
        read = _read_after(query, position, cue_end, joined, weak=weak, explained=explained)
        if read is not None:
            return read
    # under a "License" heading the line names the license, whatever aside follows the name
    # ("GPL (free for private and commercial use)")
    heading = lines[cue_end] != lines[cue_end - 1]
    return _read_after(
        query, position, cue_end, after, weak=weak, explained=explained, heading=heading
    )


def _on_line(query: Query, position: int) -> int:
    """Where the word at ``position`` starts on its raw line: the how-manieth time the line
    says that word ("licensed under CC BY-SA 3.0, the code under GPLv3": the second "under"),
    or 0 when the raw line spells it otherwise."""
    words, lines = query.words, query.lines
    word, number = words[position], lines[position]
    found = query.words_said.get((number, word))
    if found is None:  # once per line and word: a long line may say it thousands of times
        first = bisect.bisect_left(lines, number)
        last = bisect.bisect_right(lines, number)
        positions = [p for p in range(first, last) if words[p] == word]
        pattern = re.escape(word).replace("license", "licen[cs]e")
        folded = query.raw_line(number).casefold()
        spelt = re.finditer(rf"{_WORD_START}{pattern}{_WORD_END}", folded)
        found = (positions, [m.start() for m in spelt])
        query.words_said[(number, word)] = found
    positions, said = found
    nth = bisect.bisect_left(positions, position)
    return said[nth] if nth < len(said) else 0


# A choice left to the licensee, said before the name it offers.
_OPTION_FIRST = re.compile(rf"^\s*,?\s*\(?{AT_YOUR_OPTION}\)?\s*,?", re.IGNORECASE)
# Or after the "or" that joins it to the list ("the LGPLv2.1 or, at your option, the MPL 1.1").
_OR_OPTION = re.compile(rf"\b(or)\s*,?\s*\(?{AT_YOUR_OPTION}\)?\s*,?", re.IGNORECASE)


# The last words of licensing phrases that may end their line, the name on the next one
# ("according to the terms of" + "the GNU Public License", a list's "and" + "MIT (...)").
_LINE_ENDING_CUES = frozenset({"of", "under", "to", "by", "and", "or"})
# What follows "license" as a field's name: a colon or an equals sign, with the value in quotes
# after a Python dunder or a keyword ('__license__ = "MIT"', 'license="BSD-3-Clause",').
_FIELD_VALUE = re.compile(
    r"""^_{0,2}\s*[:=]\s*(?:(["'])(?P<quoted>[^"']*)\1\s*,?\s*$)?""", re.IGNORECASE
)
# A word's bounds as tokens see them: an underscore is no letter ("__license__" says
# "license").
_WORD_START = r"(?<![^\W_])"
_WORD_END = r"(?![^\W_])"
# The border a boxed comment closes a line with.
_BOX_BORDER = re.compile(r"\s+[*#|]+/?\s*$")
# Comment markers that open a line.
_LINE_OPENER = re.compile(r"^\s*(?:[#*;%!|]+|//+|--+|dnl\b)?\s*")


_LATER_SAID = re.compile(
    rf"\s*,?\s+or\s+(?:\(?{AT_YOUR_OPTION}\)?\s*,?\s*)?(?:any\s+)?(?:later|newer)(?:\s+versions?)?\W*$",
    re.IGNORECASE,
)


def _read_after(
    query: Query,
    position: int,
    cue_end: int,
    after: str,
    *,
    weak: bool,
    explained: bytearray | None,
    heading: bool = False,
) -> tuple[list[TextMatch], int] | None:
    """The name in ``after`` (the raw words after the licensing phrase) read by
    :func:`_read_name`; under a heading, a name before an aside in brackets ends its
    statement."""
    words, lines = query.words, query.lines
    ahead = _VERSION_FIRST.match(after)
    if ahead is not None:
        # "under version 2 (only) of the GNU GPL": the name, then its version
        only = " only" if ahead.group(2) else ""
        after = " " + ahead.group(3) + f" version {ahead.group(1)}{only}" + ahead.group(4)
    after, stop = _with_version(after)
    stop = _comma_list(query, after, stop)
    name = _NAME_TAIL.sub("", (after[: stop.start()] if stop else after).strip())
    name = _unexplained_names(name, cue_end, explained)
    # (a long name's "or any later version" does not make it too long to be a name)
    if not name or len(_LATER_SAID.sub("", _RAW_LEAD.sub("", name))) > 60:
        return None
    # "released under the GPL, it does not mean ...": a bare family name mid-sentence is
    # talk about the license; one that ends the statement names this work's license
    rest = _rest_of(query, lines[cue_end], after, stop) if stop is not None else ""
    ends = (
        stop is None
        or (heading and stop.group(0) == "(")
        or stop.group(0).strip().casefold() in (".", ";", ":", *_CARVE_OUTS)
        or _SEE_AFTER.match(rest) is not None
        # ", which is included ...", or a comma that closes the text
        or (stop.group(0) == "," and (_WHICH_AFTER.match(rest) is not None or not rest.strip()))
        or (stop.group(0).isspace() and _WHICH_AFTER.match(rest) is not None)
        or _abbreviation_ends(after, stop)
    )
    if weak and not ends and not has_digit(name):
        # a bare "under" names a license only to end its sentence, or with its version
        # ("without limiting your rights under the GPLv2, ...")
        return None
    # after a bare "under", a GNU family name without a version is talk about the license
    expression = _read_names(query, name, ends and not weak)
    if expression is None and stop is not None and stop.group(0) == "(":
        # "the European Union Public License (EUPL)": the name's abbreviation
        inner = _ABBREVIATION.match(after, stop.end())
        if inner is not None:
            expression = _read_names(query, inner.group(1), ends=False)
    if expression is None:
        return None
    end = min(len(words), cue_end + len(tokenise(name).words))
    matches = [
        name_match(
            license_id,
            lines[position],
            lines[end - 1],
            f"license name: {name} (read as {expression})",
            expression=expression,
        )
        for license_id in split_ids(expression)
    ]
    return matches, end


# What closes a statement after a name's abbreviation in brackets.
_CLOSED_AFTER = re.compile(r"\s*(?:[.;:]|$)")


def _abbreviation_ends(after: str, stop: re.Match[str]) -> bool:
    """Whether a name followed by its abbreviation in brackets ends its statement there ("under
    the Lesser GNU Public License (LGPL)."): the bracket stands for the name, so what follows
    it decides."""
    if stop.group(0) != "(":
        return False
    inner = _ABBREVIATION.match(after, stop.end())
    if inner is not None and _SYSTEM.fullmatch(inner.group(1)):
        return False  # "errors under BSD (OpenBSD)": the systems, not a license
    return inner is not None and _CLOSED_AFTER.match(after, inner.end()) is not None


# Operating systems, which a bracket after "BSD" or "Unix" may name ("builds under BSD
# (FreeBSD)"): no abbreviation of a license's name.
_SYSTEM = re.compile(
    r"(?:open|free|net|pc|dragonfly\s*)bsd|linux|solaris|darwin|mac\s*os(?:\s*x)?|unix|windows",
    re.IGNORECASE,
)


def _comma_list(query: Query, after: str, stop: re.Match[str] | None) -> re.Match[str] | None:
    """Where a list of names joined by commas ends ("under LGPLv2+, GPLv2+"): each name after
    a comma must read as one license with its version; the list ends at the first that does
    not ("under the GPL, it does not mean ...")."""
    while stop is not None and stop.group(0) == ",":
        following = _NAME_END.search(after, stop.end())
        part = after[stop.end() : following.start() if following else len(after)].strip()
        part = re.sub(r"^(?:and|or)\s+", "", part, flags=re.IGNORECASE)
        if not part or any(w in _CUES_BY_FIRST for w in tokenise(part).words):
            break  # ", licensed under GPLv3+": a statement of its own
        # the list's last two names may be joined by "or" ("the GPLv2, the LGPLv2.1 or the
        # MPL 1.1")
        pieces = re.split(r"\s+(?:or|and)\s+", part, flags=re.IGNORECASE)
        expressions = [_read_one(query, piece, ends=False) for piece in pieces]
        if any(e is None or " " in e for e in expressions) or not all(map(has_digit, pieces)):
            break
        stop = following
    return stop


# Words after a one-word name that show it names a license ("the same license as Ruby itself").
_NAME_FOLLOWERS = frozenset({"license", "licence", "licensed", "licenses", "itself"})

# A title is on the lines just above a text, or opens it.
TITLE_LINES = 2
TITLE_WORDS = 12


def title_ids(query: Query, start: int) -> frozenset[str]:
    """Licenses named by the title of the text that starts at token ``start``.

    The title is looked for on the :data:`TITLE_LINES` lines above that token and in the
    first :data:`TITLE_WORDS` words from it ("PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2",
    "UNICODE LICENSE V3"); every name of two words or more found there counts.
    """
    known = query.titles.get(start)
    if known is not None:
        return known
    words, lines, table = query.words, query.lines, query.names.by_key
    if not words or start >= len(words):
        return frozenset()
    first = start
    while first > 0 and lines[first - 1] >= lines[start] - TITLE_LINES:
        first -= 1
    window = words[first : start + TITLE_WORDS]
    found: set[str] = set()
    for i in range(len(window)):
        for j in range(i + 2, min(len(window), i + LONGEST_NAME) + 1):
            key = name_key(window[i:j])
            if " " in key and key in table:
                found.add(table[key])
    query.titles[start] = frozenset(found)
    return query.titles[start]


def _single_word_ok(query: Query, key: str, end: int, strong: bool) -> bool:
    """Whether a one-word name ("MIT", but also "DOC" or "Commercial") really names a license.

    It must be followed by "license" (or "licensed"), contain "licen" itself ("Unlicense"),
    or close its line after a strong phrase ("Licensed under MIT", "License: ISC"); a folder
    of a path ("doc/LICENSE.md") is no name.
    """
    words = query.words
    number = query.lines[end - 1]
    raw = query.raw_line(number)
    folder = rf"\b{re.escape(key)}\s*[/\\]\s*\w"
    if _line_test(query, "folder", number, key, lambda: bool(re.search(folder, raw, re.I))):
        return False  # a folder of a path ("see doc/LICENSE.md"), not a name
    if end < len(words) and words[end] in _NAME_FOLLOWERS:
        return True
    if "licen" in key:
        return True
    line_ends = end == len(words) or query.lines[end] != query.lines[end - 1]
    # "under the terms of the GNU" + "library public license": the name goes on
    goes_on = any(w in _LICENSE_WORDS for w in words[end : end + 3])
    if not strong or goes_on:
        return False
    last = words[end - 1]
    return line_ends or _line_test(query, "closes", number, last, lambda: _clause_closes(raw, last))


# After a one-word name, what closes its clause: a sentence or clause mark, or a word that
# sets apart what the name does not cover ("covered by the LGPL unless stated otherwise").
_CLAUSE_CLOSERS = rf"\s*(?:[.;:!?)\]]|$)|\s+(?:{'|'.join(_CARVE_OUTS)})\b"


def _clause_closes(raw: str, word: str) -> bool:
    """Whether ``word`` closes its clause on the raw line ("licensed under the ISC except the
    fonts", "covered by the GPL. See COPYING")."""
    return re.search(rf"\b{re.escape(word)}(?:{_CLAUSE_CLOSERS})", raw, re.IGNORECASE) is not None


_ADVERBS = frozenset({"only", "also", "now", "still", "thus", "therefore", "hereby"})


def _adverb(word: str) -> bool:
    return word in _ADVERBS or (len(word) > 4 and word.endswith("ly"))


# "tri" and "triple" lead names only with "license" close after them, on their line ("a tri
# CPL/GPL/LGPL license"), unlike "triple quoted strings".
_MULTIPLE = frozenset({("tri",), ("triple",)})
_MULTIPLE_REACH = 8


def _licence_ahead(words: list[str], lines: list[int], start: int) -> bool:
    ahead = range(start, min(len(words), start + _MULTIPLE_REACH))
    return any(
        lines[k] == lines[start - 1] and words[k] in ("license", "licence", "licensed")
        for k in ahead
    )


def _cue_end(words: list[str], lines: list[int], position: int) -> int | None:
    """Where a licensing phrase starting at ``position`` ends, or None."""
    word = words[position]
    for phrase in _CUES_BY_FIRST.get(word, ()):
        end = position + len(phrase)
        if phrase in _MULTIPLE and not _licence_ahead(words, lines, end):
            continue  # "triple quoted strings": no licensing
        if tuple(words[position:end]) == phrase:
            return end
        # "licensed primarily under", "distributed only under": an adverb after the verb
        if (
            len(phrase) == 2
            and end < len(words)
            and _adverb(words[position + 1])
            and words[end] == phrase[1]
        ):
            return end + 1
    if word in ("license", "licence") and (position == 0 or lines[position - 1] != lines[position]):
        return position + 1  # a "License: MIT" line
    return None


# Approximate matches of references shorter than this must not name another license.
NOTICE_LENGTH = 200
# How far before an approximate match a name of another license is looked for (at most as
# many words as the reference had unaligned).
LOOK_BACK = 12


def may_name_others(index: TextIndex, ref: int) -> bool:
    """Notices and references are checked for naming another license; full texts are not
    (a license text may well mention other licenses)."""
    return index.kinds[ref] != "text" and index.ref_length(ref) < NOTICE_LENGTH


def names_other_license(query: Query, hit: Hit) -> bool:
    """True when the span names, by a name of two words or more, a license the hit is not.

    A notice that says "Sun Industry Standards Source License" is no notice of the Open
    Software License however alike the rest reads; within one family ("SGI Free Software
    License B") a name with a version that differs is a different license too.
    """
    table = query.names.by_key
    firsts = query.names.first_words
    words = query.words
    ids = split_ids(query.index.expressions[hit.ref])
    if _another_version_after(query, hit, ids):
        return True
    families = {family(i) for i in ids}
    bases = {base_id(i) for i in ids}
    reference: str | None = None
    # A name may run on past the span ("... Public License" + "version 3"); and where the
    # alignment left reference words out, they may be the reference's own name, just before
    # the span, where the text names its license ("Licensed under the <name> License (the
    # "License"); you may not use ..." is the same sentence for many licenses).
    limit = min(len(words), hit.end + 4)
    unaligned = query.index.ref_length(hit.ref) - hit.matched
    first = max(0, hit.start - min(LOOK_BACK, unaligned))
    for position in range(first, hit.end):
        if words[position] not in firsts:
            continue
        for end in range(min(limit, position + LONGEST_NAME), position + 1, -1):
            key = name_key(words[position:end])
            named = table.get(key) if " " in key else None
            if named is None:
                continue
            # "-only" and "-or-later" are told by the words after the name, not by it.
            if base_id(named) not in bases and (
                family(named) not in families or any(c.isdigit() for c in key)
            ):
                if reference is None:
                    vocab_words = query.index.words()
                    tokens = query.index.ref_tokens(hit.ref)
                    reference = " " + " ".join(vocab_words[t] for t in tokens) + " "
                if " " + " ".join(words[position:end]) + " " not in reference:
                    return True  # the reference itself does not say that name
            break
    return False


# Words between a license's name and the version said after it ("..., either version 1.2").
_BEFORE_VERSION = frozenset({"either", "version", "ver", "v", "license", "licence"})
_VERSION_WORD = re.compile(r"(\d+)([a-z]?)")


def _another_version_after(query: Query, hit: Hit, ids: Sequence[str]) -> bool:
    """A reference that is a license's name without a number ("The LaTeX Project Public
    License", filed under the latest version), followed in the text by the number of another
    catalogued version of that license ("..., either version 1.2 of this license"): the text
    names that version. GNU names are read for their version afterwards."""
    if len(ids) != 1 or family(ids[0]) in ("gpl", "lgpl", "agpl", "gfdl"):
        return False
    index = query.index
    if any(index.words()[t].isdigit() for t in index.ref_tokens(hit.ref)):
        return False  # the reference says its version itself
    words = query.words
    position = hit.end
    while position < min(len(words), hit.end + 3) and words[position] in _BEFORE_VERSION:
        position += 1
    stated: list[str] = []
    while position < len(words) and len(stated) < 2:
        number = _VERSION_WORD.fullmatch(words[position].removeprefix("v"))
        if number is None:
            break
        stated.append(number.group(1))
        position += 1
        if number.group(2):
            break  # "1.3c": the letter ends the version
    version = version_numbers(stated)
    if not version or version == id_version(ids[0]):
        return False
    # only a version the catalogue has ("Version 10" in a copy with its dots lost is none)
    return version in query.names.versions_by_family.get(family(ids[0]), frozenset())


# The elements a Creative Commons license adds to Attribution, said in one word or two.
_CC_ELEMENTS = {
    "nc": "NC",
    "noncommercial": "NC",
    "nd": "ND",
    "noderivs": "ND",
    "noderivatives": "ND",
    "sa": "SA",
    "sharealike": "SA",
}
_CC_ELEMENT_PAIRS: dict[tuple[str, ...], str] = {
    ("non", "commercial"): "NC",
    ("no", "derivatives"): "ND",
    ("no", "derivs"): "ND",
    ("no", "derivative"): "ND",
    ("no", "derivate"): "ND",
    ("share", "alike"): "SA",
}


def cc_elements_after(query: Query, end: int, license_id: str) -> bool:
    """Whether a Creative Commons name or rule that ends at word ``end`` runs on, on its line,
    with an element its license lacks ("CC BY" + "-ND", "CC Attribution" + "-Noncommercial"):
    the words name another license of the family, never the one without the element."""
    if not license_id.startswith("CC-BY"):
        return False
    words, lines = query.words, query.lines
    if not 0 < end < len(words) or lines[end] != lines[end - 1]:
        return False
    element = _CC_ELEMENTS.get(words[end]) or _CC_ELEMENT_PAIRS.get(tuple(words[end : end + 2]))
    return element is not None and f"-{element}" not in license_id


# Words of license names that name no license in particular.
_COMMON_NAME_WORDS = frozenset(
    {"license", "licence", "the", "public", "general", "version", "and", "for", "software"}
)


def name_left_out(query: Query, hit: Hit) -> bool:
    """True when a notice was matched only in part and the part left out holds every word of
    its license's name that the notice says: the text matched its boilerplate (a liability
    paragraph that many licenses share), not the words that say which license it is."""
    index = query.index
    if hit.coverage >= 0.9:
        return False
    vocab = index.words()
    ids = split_ids(index.expressions[hit.ref])
    named = query.names.name_words(ids) - _COMMON_NAME_WORDS
    reference = {vocab[t] for t in index.ref_tokens(hit.ref)}
    said_by_reference = {w for w in reference & named if len(w) >= 3 and not w.isdigit()}
    if not said_by_reference:
        return False
    aligned = {w for qs, qe in hit.aligned_ranges() for w in query.words[qs:qe]}
    return not (aligned & said_by_reference)


# An approximate hit that finds this share of its rule found all of it for aligned_expression.
WHOLE_RULE = 0.95
# A rule's expression that joins its licenses by one operator, without brackets.
FLAT_EXPRESSION = re.compile(r"^[^\s()]+(?: (AND|OR) [^\s()]+)+$")


def aligned_expression(query: Query, hit: Hit) -> str:
    """The expression of an approximate hit without the licenses of its rule that the text
    left out: a notice "under the Sun Public License 1.0" matched with the first half of a
    rule for "the SPL 1.0 or the LGPL" says nothing of the LGPL.

    A license is left out when the text matched part of the rule only, and the rule says
    some words of its name but the text's span holds none of them ("lesser", "lgpl"); or,
    beside another version of its family, when the span holds the other version's number
    and not its own ("version 2" of a rule for "version 2 or version 3"). Licenses without a
    name of their own (ScanCode's generic ones) are never left out, nor is every license
    that has one; rules whose expression is not one operator over plain ids keep it whole."""
    index = query.index
    expression = index.expressions[hit.ref]
    with_exception = _WITH_EXPRESSION.match(expression)
    if with_exception is not None:
        return _exception_said(query, hit, with_exception)
    flat = FLAT_EXPRESSION.match(expression)  # no WITH, no brackets
    if flat is None:
        return expression
    ids = split_ids(expression)
    vocab = index.words()
    reference_words = [vocab[t] for t in index.ref_tokens(hit.ref)]
    reference = set(reference_words)
    # the words of the whole span: a name the alignment stepped over is still said there
    span = query.words[hit.start : hit.end]
    aligned = set(span)
    naming = {i: query.names.name_words([i]) & reference for i in ids}
    named = {
        i: {w for w in naming[i] - _COMMON_NAME_WORDS if len(w) >= 3 and not w.isdigit()}
        for i in ids
    }
    numbers = {i: {w for w in naming[i] if w.isdigit()} for i in ids}
    # a rule found all but whole holds the license even where its name is not said (the
    # OpenIB text of "the GPL v2 or the BSD license below")
    partial = hit.coverage < WHOLE_RULE
    left_out: set[str] = set()
    for license_id in ids:
        if partial and named[license_id] and not named[license_id] & aligned:
            left_out.add(license_id)
            continue
        # GNU licenses share their name words but the family's own ("lesser", "affero"): a
        # span that does not say the family names another member, however much of the rule
        # it holds (a GPL notice close to a rule that also says "Lesser")
        gnu = _GNU_FAMILY.match(license_id)
        if gnu and _says_gnu(gnu.group(1), reference_words) and not _says_gnu(gnu.group(1), span):
            left_out.add(license_id)
            continue
        siblings = [i for i in ids if i != license_id and family(i) == family(license_id)]
        own = numbers[license_id] - set().union(*(numbers[i] for i in siblings))
        theirs = set().union(*(numbers[i] for i in siblings)) - numbers[license_id]
        if own and theirs & aligned and not own & aligned:
            left_out.add(license_id)
    if not any(named[i] for i in ids if i not in left_out) or not left_out:
        return expression
    return f" {flat.group(1)} ".join(i for i in ids if i not in left_out)


# A rule's expression of one license with one exception or addition ("Apache-2.0 WITH
# LicenseRef-scancode-commons-clause").
_WITH_EXPRESSION = re.compile(r"^([^\s()]+) WITH ([^\s()]+)$")


def _exception_said(query: Query, hit: Hit, parts: re.Match[str]) -> str:
    """A rule of a license with an exception, matched in part: the license alone where the
    rule names its exception and the span says none of those name words. An Apache notice
    is close to the rule "Licensed under the Apache License ... and the Commons Clause
    Restriction", but a notice that never says "Commons Clause" adds nothing to Apache-2.0."""
    expression = parts.group(0)
    if hit.coverage >= WHOLE_RULE:
        return expression
    vocab = query.index.words()
    reference = {vocab[t] for t in query.index.ref_tokens(hit.ref)}
    license_words = query.names.name_words([parts.group(1)])
    bare = parts.group(2).removeprefix("LicenseRef-").removeprefix("scancode-").casefold()
    named = {
        w
        for w in (set(bare.split("-")) & reference) - license_words
        if len(w) >= 3 and not w.isdigit() and w not in _EXCEPTION_ID_WORDS
    }
    if named and not named & set(query.words[hit.start : hit.end]):
        return parts.group(1)
    return expression


# Words of exception ids that say no exception in particular.
_EXCEPTION_ID_WORDS = _COMMON_NAME_WORDS | {
    *("exception", "additional", "terms", "generic", "permission", "linking", "plus", "only"),
}


# The words that say a GNU family beside "general public license" ("Lesser", "Affero").
_GNU_QUALIFIERS = {"LGPL": ("lesser", "library"), "AGPL": ("affero",), "GFDL": ("documentation",)}


def _says_gnu(gnu: str, words: Sequence[str]) -> bool:
    """Whether ``words`` name the GNU family ``gnu`` ("GPL", "LGPL", "AGPL", "GFDL"): by its
    abbreviation ("lgpl", "gplv2"), by its qualifier, or for the GPL by a "general public
    license" that no qualifier opens or a "GNU public license"."""
    short = gnu.lower()
    if any(
        w == short or (w.startswith(short) and w[len(short) :].lstrip("v")[:1].isdigit())
        for w in words
    ):
        return True
    qualifiers = {q for group in _GNU_QUALIFIERS.values() for q in group}
    if gnu != "GPL":
        # "library" qualifies only a name ("GNU Library General Public License"), not "This
        # library is free software"
        return any(
            w in _GNU_QUALIFIERS[gnu]
            and (
                w != "library"
                or words[i + 1 : i + 2] in (["general"], ["gpl"], ["public"])
                or words[i + 1 : i + 3] == ["gnu", "general"]  # "the Library GNU General ..."
            )
            for i, w in enumerate(words)
        )
    for i in range(len(words) - 2):
        if words[i + 1] != "public" or words[i + 2] not in _LICENSE_WORDS:
            continue
        if words[i] == "gnu":  # "the GNU Public License"
            return True
        if words[i] == "general" and not qualifiers & set(words[max(0, i - 2) : i]):
            return True
    return False


# Words that put a licensing phrase in the past ("previously distributed under", "Before that,
# was released under"), looked for this many words before a name. ("Originally from project X,
# licensed under the MIT license" may still be under it: "originally" is not one.)
_PAST_MARKERS = frozenset({"previously", "formerly"})
PAST_REACH = 6


# "not under the GPL", "is not licensed under the GNU General Public License", "and not
# covered by the GPL": the license the work is said not to be under ("not only under the GPL"
# is no such saying).
_NEGATED_CUES = frozenset({"under", "by", "as", "with"})
_NEGATED_VERBS = frozenset(
    {"licensed", "released", "distributed", "redistributed", "covered", "published", "provided"}
)
_NEGATIONS = frozenset({"not", "never", "nor"})
_NOT_ONLY = frozenset({"only", "just", "merely", "solely"})
_SKIPPED_BEFORE_NAME = frozenset({"the", "a", "an", "any", "terms", "conditions", "of", "and"})


def said_as_not(query: Query, start: int) -> bool:
    """Whether the license named at word ``start`` (its name, or the licensing phrase that
    leads to it) is one the text says the work is not under: "not" just before that phrase,
    on its line or the line before ("flex is distributed ... and not under the GNU General
    Public License", "is not licensed under the GPL")."""
    words, lines = query.words, query.lines
    i = start
    if i < len(words) and words[i] not in _NEGATED_CUES | _NEGATED_VERBS:
        i -= 1
        while i >= 0 and words[i] in _SKIPPED_BEFORE_NAME:
            i -= 1
        if i < 0 or words[i] not in _NEGATED_CUES:
            return False
    if (
        i + 1 < len(words)
        and lines[i + 1] != lines[i]
        and query.raw_line(lines[i]).rstrip()[-1:] in (".", ";", "!", "?")
    ):
        return False  # "... are not licensed." ends its sentence; the next line names anew
    while i > 0 and words[i - 1] in _NEGATED_CUES | _NEGATED_VERBS:
        i -= 1
    k = i - 1
    return (
        k >= 0
        and words[k] in _NEGATIONS
        and lines[start] - lines[k] <= 1
        and not (i < len(words) and words[i] in _NOT_ONLY)
    )


def said_as_past(query: Query, start: int) -> bool:
    """Whether the license named at word ``start`` is one the work was under before: a marker
    of the past ("previously", "formerly", "before that", "used to be") stands
    among the few words before the name, on its line or the line before."""
    words, lines = query.words, query.lines
    first = max(0, start - PAST_REACH)
    before = [i for i in range(first, start) if lines[start] - lines[i] <= 1]
    said = [words[i] for i in before]
    if _PAST_MARKERS & set(said):
        return True
    pairs = set(itertools.pairwise(said))
    return ("before", "that") in pairs or ("used", "to") in pairs


def other_gnu_family_said(query: Query, hit: Hit) -> bool:
    """True when an approximate match's rule is of one GNU family that its reference names
    ("GNU General Public License") and the matched words name another GNU family instead and
    never its own ("GNU Library Public License" in a notice aligned with a GPL one)."""
    ids = split_ids(query.index.expressions[hit.ref])
    gnus = {m.group(1) for i in ids if (m := _GNU_FAMILY.match(i))}
    if len(gnus) != 1 or len(ids) != 1:
        return False
    (gnu,) = gnus
    vocab = query.index.words()
    reference = [vocab[t] for t in query.index.ref_tokens(hit.ref)]
    # (from a few words before the span: its first words may be a name's last ones, "the
    # Library GNU" + "General Public License")
    span = query.words[max(0, hit.start - 3) : hit.end]
    if not _says_gnu(gnu, reference) or _says_gnu(gnu, span):
        return False
    return any(_says_gnu(other, span) for other in ("GPL", "LGPL", "AGPL") if other != gnu)


def names_unsaid_license(query: Query, hit: Hit) -> bool:
    """True when the reference of an approximate match names one of its licenses by its family
    word ("BSD") that the text does not say around the match, and the text says instead the
    family word of another license the reference does not ("MIT").

    A notice that reads "licensed under the MIT License, except for third-party components
    ... subject to different license terms" is close to a rule for "BSD license, except
    for ...", but it is no notice of BSD-3-Clause: the names are the words that tell.
    Licenses without a name of their own (ScanCode's generic ones) are not checked.
    """
    index = query.index
    vocab = index.words()
    reference = {vocab[t] for t in index.ref_tokens(hit.ref)}
    first = max(0, hit.start - LOOK_BACK)
    span = query.words[first : min(len(query.words), hit.end + LOOK_BACK)]
    said = set(span)
    unsaid = any(
        len(word) >= 3
        and word in reference
        and word not in said
        and word in query.names.name_words([license_id])
        for license_id in split_ids(index.expressions[hit.ref])
        if (word := family(license_id))
    )
    if not unsaid:
        return False
    table = query.names.by_key
    if any(
        len(word) >= 3 and word not in reference and family(table.get(word) or "-") == word
        for word in said
    ):
        return True
    # a family word no name says alone, where the reference's name stood: "... under the
    # terms of the BSD License" matched with a GPL notice's "... the GNU General Public License"
    families = query.names.spdx_families
    return any(
        len(word) >= 3
        and word in families
        and word not in reference
        and following in _LICENSE_WORDS
        for word, following in itertools.pairwise(span)
    )


def base_id(license_id: str) -> str:
    """The id without its "-only" / "-or-later" / "+" suffix."""
    for suffix in ("-only", "-or-later", "+"):
        license_id = license_id.removesuffix(suffix)
    return license_id
