"""Exceptions joined to the license they add to: "GPL-2.0-only WITH Classpath-exception-2.0".

An exception is no license on its own, so a match of its text is kept as a clue. It is found
two ways:

- its text, or one of ScanCode's rules for it, matched. It joins the license of the text it
  can modify: ScanCode's rules record which licenses each exception comes with ("gpl-2.0 WITH
  classpath-exception-2.0"), and the nearest such license in the text takes it. An exception
  those rules never pair is written for the license ScanCode's name of it says ("Fawkes
  Runtime Exception to GPL 2.0 or later"), or takes the license its id names
  ("GPL-3.0-linking-exception"), where the text has one license of that name;
- its name said right after a license's name ("the GPL, version 2, with the Classpath
  exception"). The lenient reader reads the pair, and the license named takes the exception.

An exception that finds no license stays a clue, and its words stay unexplained. A license
takes one exception (SPDX's WITH takes one); a second stays a clue.
"""

from __future__ import annotations

import bisect
import functools
import re
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from licenseclass.expressions import _spdx
from licenseclass.expressions.tree import split_ids
from licenseclass.textid.index import TextIndex
from licenseclass.textid.names import family
from licenseclass.textid.query import Query
from licenseclass.textid.results import TextMatch

__all__ = ["FoundException", "exception_id", "joined", "said_after"]

# The words that end an exception's name ("the Classpath exception", "LLVM Exceptions", the
# Linux "syscall note").
_LAST_WORDS = frozenset({"exception", "exceptions"})
# At most this many words from "with" to the word that ends the exception's name.
NAME_WORDS = 9
# Where more licenses than this could take an exception, only this many near it are weighed.
_FEW = 16
# "2.0" or "3.1" after the name, as the tokeniser splits it ("3", "1").
_VERSION_WORDS = 3


@dataclass(frozen=True)
class FoundException:
    """An exception found in a text: by its text (``exception`` set; ``clue`` is the clue it
    was kept as) or by its name after a license (``phrase`` set: "with the classpath
    exception"), over the words ``start`` to ``end``, on ``line`` (the license name's last
    line, for a name; the first line, for a text)."""

    start: int
    end: int
    line: int
    exception: str | None = None
    clue: str | None = None
    phrase: str | None = None


def exception_id(expression: str) -> str | None:
    """The SPDX exception id an expression is, in the list's case, or None when it is
    anything else (a license, several ids, a ScanCode-only exception SPDX cannot put after
    WITH)."""
    entry = _spdx.EXCEPTIONS.get(expression.strip().lower())
    return entry[0] if entry is not None else None


def said_after(query: Query, end: int) -> tuple[str, int] | None:
    """The exception named after a license name that ends at word ``end``: "with (the) ...
    exception", on the name's line or the next, as words the lenient reader can read
    ("with the gcc runtime library exception 3.1"), and the word after it; else None."""
    words, lines = query.words, query.lines
    # a version the license's match stopped short of ("the Apache License" + "2.0 with ...")
    for _ in range(_VERSION_WORDS + 1):
        if end < len(words) and (words[end].isdigit() or words[end] in ("version", "v")):
            end += 1
    if end >= len(words) or words[end] != "with":
        return None
    last = None
    for position in range(end + 1, min(len(words), end + 1 + NAME_WORDS)):
        if lines[position] - lines[end] > 1 or words[position] in ("with", "and", "or"):
            break
        if words[position] in _LAST_WORDS:
            last = position
            break
        if words[position] == "note" and words[position - 1] == "syscall":
            last = position
            break
    if last is None or last == end + 1:
        return None
    stop = last + 1
    # a version right after ("exception, version 3.1", "exception 2.0")
    if stop < len(words) and words[stop] == "version":
        stop += 1
    while stop < len(words) and stop - last <= _VERSION_WORDS and words[stop].isdigit():
        stop += 1
    said = list(words[end : last + 1])
    version = [w for w in words[last + 1 : stop] if w.isdigit()]
    if version:
        said.append(".".join(version))
        last = stop - 1
    return " ".join(said), last + 1


# exception id -> the license ids ScanCode's rules put it WITH, by id of the index, checked
# against a weak reference to it (as matchers keeps its per-index tables)
_PARTNERS: dict[int, tuple[weakref.ref[TextIndex], dict[str, frozenset[str]]]] = {}
_WITH = re.compile(r"([\w.+-]+) WITH ([\w.+-]+)")


def partners(index: TextIndex) -> Mapping[str, frozenset[str]]:
    """Exception id -> the licenses the index's references put it with, or for an exception
    they never pair, those ScanCode's name of it says it is written for."""
    known = _PARTNERS.get(id(index))
    if known is not None and known[0]() is index:
        return known[1]
    table: dict[str, set[str]] = {}
    for expression in index.expressions:
        if " WITH " in expression:
            for m in _WITH.finditer(expression):
                table.setdefault(m.group(2), set()).add(m.group(1))
    for exception, targets in _named_targets(_families_of(table)).items():
        table.setdefault(exception, set(targets))
    frozen = {key: frozenset(ids) for key, ids in table.items()}
    key = id(index)
    _PARTNERS[key] = (weakref.ref(index, lambda _: _PARTNERS.pop(key, None)), frozen)
    return frozen


# "Ekiga exception to GPL 2.0 or later", "Additional Use Grant for BSL 1.1": ScanCode's name of
# an exception says the license it is written for after "to" or "for".
_WRITTEN_FOR = re.compile(r"\b(?:exceptions?|grant)\s+(?:to|for)\s+(?:the\s+)?(.+)$", re.I)


def _families_of(table: Mapping[str, set[str]]) -> frozenset[str]:
    """The license families the rules pair exceptions with ("gpl", "lgpl", "apache")."""
    return frozenset(family(i) for ids in table.values() for i in ids)


@functools.cache
def _named_targets(families: frozenset[str]) -> dict[str, frozenset[str]]:
    """Exception id -> the licenses ScanCode's name of it says it is written for, for the
    exceptions its rules never pair: the lenient reader's ids for the name's end, or where
    that names no version ("to GPL", "to GPL and LGPL") the families it names, which
    :class:`_Fitting` takes as any version of them."""
    # Deferred: licensedcode-data's license files and the lenient reader's tables load only
    # when a text has an exception.
    from licenseclass.core.licensedcode import scancode_licenses  # noqa: PLC0415
    from licenseclass.expressions.lenient import normalize  # noqa: PLC0415

    out: dict[str, frozenset[str]] = {}
    for entry in scancode_licenses().values():
        said = _WRITTEN_FOR.search(entry.name) if entry.is_exception else None
        if said is None or entry.is_deprecated:
            continue
        expression = normalize(said.group(1)).expression
        if expression is not None:
            ids = frozenset(split_ids(expression))
        else:
            ids = frozenset(
                w for w in re.findall(r"\w+", said.group(1).casefold()) if w in families
            )
        if ids:
            out[entry.spdx_id] = ids
    return out


@functools.lru_cache(maxsize=1024)
def _family(license_id: str) -> str:
    """A license id less its "-only" or "-or-later" ("GPL-2.0-only" -> "GPL-2.0")."""
    return re.sub(r"-(?:only|or-later)$|\+$", "", license_id)


def _names_license(exception: str, license_id: str) -> bool:
    """Whether an exception's id starts with, or says after a hyphen, the license's stem
    ("GPL-3.0-linking-exception" and "Qt-GPL-exception-1.0" name the GPL)."""
    return family(license_id) in exception.casefold().split("-")


def _single(match: TextMatch) -> bool:
    """Whether a match is one license alone, which an exception can follow."""
    return match.expression == match.id


class _Fitting:
    """Per exception, the licenses of a text it can join, worked out once for all its copies."""

    def __init__(
        self,
        matches: Sequence[TextMatch],
        known: Mapping[str, frozenset[str]],
        riders: frozenset[str],
    ) -> None:
        self.single = [m for m in matches if _single(m)]  # (in order of their lines)
        self.known = known
        self.riders = riders
        self._fitting: dict[str, tuple[list[TextMatch], list[int]]] = {}
        self._families: dict[tuple[str, str], set[str]] = {}

    def fitting(self, exception: str) -> tuple[list[TextMatch], list[int]]:
        """The licenses ``exception`` can join, and the lines they start on."""
        found = self._fitting.get(exception)
        if found is None:
            found = self._fitting[exception] = self._work_out(exception)
        return found

    def _work_out(self, exception: str) -> tuple[list[TextMatch], list[int]]:
        single, pairs = self.single, self.known.get(exception, frozenset())
        if exception in self.riders:
            # a rider is written to be put on whatever license it comes with
            fitting = [m for m in single if m.id not in self.riders]
        elif pairs:
            families = {_family(i) for i in pairs}
            fitting = [m for m in single if m.id in pairs or _family(m.id) in families]
            if not fitting:  # another version of a license it is written for ("the GNU GPL")
                kin = {family(i) for i in pairs}
                fitting = [m for m in single if family(m.id) in kin]
        else:
            # an exception neither the rules nor its name pair names its license in its id, if
            # anywhere ("GPL-3.0-linking-exception"): the text's one license of that name, never
            # a license its text only mentions (the OpenSSL an OpenSSL exception lets one link)
            named = [m for m in single if _names_license(exception, m.id)]
            fitting = named if len({m.id for m in named}) == 1 else []
        return fitting, [m.start_line for m in fitting]

    def of_family(self, exception: str, family: str) -> set[str]:
        """The ids of the licenses ``exception`` can join that are of ``family``."""
        key = (exception, family)
        found = self._families.get(key)
        if found is None:
            fitting, _ = self.fitting(exception)
            found = self._families[key] = {m.id for m in fitting if _family(m.id) == family}
        return found


def _text_targets(found: FoundException, known: _Fitting) -> set[str]:
    """The licenses an exception's text joins: the nearest one the rules pair it with, or the
    text's one license where the rules pair it with none; with the others of its family in the
    text (a notice's "version 2 or later" and the text of version 2 it comes with)."""
    assert found.exception is not None
    fitting, starts = known.fitting(found.exception)
    if not fitting:
        return set()

    def distance(match: TextMatch) -> tuple[int, int]:
        if match.end_line < found.line:
            return found.line - match.end_line, 0
        if match.start_line > found.line:
            return match.start_line - found.line, 1
        return 0, 0

    if len(fitting) > _FEW:
        # many licenses (one long line naming thousands): the nearest are among those that
        # start near the exception's line
        at = bisect.bisect_left(starts, found.line)
        fitting = fitting[max(0, at - _FEW // 2) : at + _FEW // 2]
    nearest = _family(min(fitting, key=distance).id)
    return known.of_family(found.exception, nearest)


def written_for(
    found: Sequence[FoundException], matches: Sequence[TextMatch], index: TextIndex
) -> list[set[str]]:
    """Per exception found by its text, the ids of ``matches`` it is written for, as
    :func:`joined` decides (asked for the exceptions no SPDX id names, which ``WITH`` cannot
    take but which add to their license all the same)."""
    known = _Fitting(matches, partners(index), frozenset())
    return [_text_targets(item, known) if item.exception else set() for item in found]


def _name_target(found: FoundException, matches: Sequence[TextMatch]) -> str | None:
    """The license whose name the exception's name follows: the one license matched on that
    line."""
    ids = {m.id for m in matches if m.start_line <= found.line <= m.end_line and _single(m)}
    others = {m.id for m in matches if m.start_line <= found.line <= m.end_line} - ids
    return ids.pop() if len(ids) == 1 and not others else None


def _read_phrase(license_id: str, phrase: str) -> str | None:
    """The exception the lenient reader reads in "<license> <phrase>", when it reads that
    license with one exception."""
    # Deferred: the lenient reader loads its tables only when a text needs it.
    from licenseclass.expressions.lenient import normalize  # noqa: PLC0415

    read = normalize(f"{license_id} {phrase}").expression or ""
    head, _, exception = read.partition(" WITH ")
    return exception if head == license_id and exception and " " not in exception else None


def _overlap(one: FoundException, other: FoundException) -> bool:
    return one.start < other.end and other.start < one.end


def joined(
    matches: Sequence[TextMatch],
    found: Sequence[FoundException],
    index: TextIndex,
    riders: frozenset[str] = frozenset(),
) -> tuple[list[TextMatch], list[FoundException]]:
    """The matches with each exception joined to its license (their expressions become
    "<id> WITH <exception>"), and the exceptions so joined. ``riders`` are the ids of matches
    that take rights away from the license they come with (the Commons Clause): each joins the
    nearest license of the text, and its own match is then left out."""
    known = _Fitting(matches, partners(index), riders)
    chosen: dict[str, str] = {}  # license id -> its exception
    used: list[FoundException] = []
    # names first: a name after a license says which license it modifies
    for item in sorted(found, key=lambda f: (f.phrase is None, f.start)):
        if item.phrase is not None:
            target = _name_target(item, matches)
            exception = _read_phrase(target, item.phrase) if target else None
            targets = {target} if target and exception else set()
        else:
            targets = _text_targets(item, known)
            exception = item.exception
        if not targets or exception is None:
            # a rule of the exception's name inside a name read with its license is that name
            if item.phrase is None and any(_overlap(item, u) for u in used if u.phrase):
                used.append(item)
            continue
        taken = [chosen.setdefault(target, exception) == exception for target in sorted(targets)]
        if any(taken):
            used.append(item)
    if not chosen:
        return list(matches), []
    put_on = {e for e in chosen.values() if e in riders}
    joined_matches = [
        m.model_copy(update={"expression": f"{m.id} WITH {chosen[m.id]}"})
        if m.id in chosen and _single(m)
        else m
        for m in matches
        if m.id not in put_on
    ]
    return joined_matches, used
