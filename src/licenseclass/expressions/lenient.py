"""The lenient reader: what people write in package metadata, read as an SPDX expression.

``normalize("Apache 2.0")`` gives ``Apache-2.0``; ``normalize("GPLv2+")`` gives
``GPL-2.0-or-later``; ``normalize("BSD")`` declines: it is ambiguous, and the result lists the
candidates instead of guessing. Strings that are not licenses at all (``UNLICENSED``,
``SEE LICENSE IN LICENSE.txt``, ``Public Domain``) give no expression but a ``meaning``.

The reading goes, for each part of a string split at "or", "and", "/" and the like: an exact
SPDX expression; a declaration that is not a license; the GNU family rule (a stated version
without "or later" means that version only, as the GPL's own text says); the license data's
aliases (``aliases:`` in ``data/licenses/*/*.yaml``, so users extend them the same way); family
names with a version ("Apache License, v2.0", "MPL2", "CC BY 4.0", "3-clause BSD"); the id
with its punctuation ignored ("Beer-Ware"); and last a near-miss of a known id, which is only
trusted when the text is long enough for a typo to be unlikely.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
import unicodedata
import urllib.parse
from typing import Literal

from licenseclass.core.model import Frozen
from licenseclass.core.registry import Registry, default_registry
from licenseclass.errors import (
    ArgumentTypeError,
    ExpressionTypeError,
    InputTooLargeError,
    InvalidExpressionError,
    RefdataError,
)
from licenseclass.expressions import _spdx
from licenseclass.expressions.parser import parse
from licenseclass.expressions.tree import ExceptionId, LicenseId, With, split_ids, walk

Meaning = Literal[
    "license", "ambiguous", "all-rights-reserved", "public-domain", "see-file", "unknown"
]

# Longer free text is not a license name: only an exact expression is tried on it.
MAX_FREE_TEXT = 500
# Longer texts are refused (InputTooLargeError; ``max_chars`` overrides). What is over
# MAX_FREE_TEXT is only read as an SPDX expression (a long one is valid), so the bound is the
# one of classify_text: work stays linear in the length, and the length is bounded.
MAX_NORMALIZE_CHARS = 5_000_000
_MAX_COMBINED_CANDIDATES = 8


class Normalized(Frozen):
    """What a free-text license declaration means.

    ``expression`` is a canonical SPDX expression, or None when the text is ambiguous
    (``ambiguous`` is then True and ``candidates`` lists what it may mean) or is not a license
    (``meaning`` says what it is instead). ``confidence`` is 1.0 for a valid SPDX expression and
    lower the more the reading had to guess.
    """

    text: str
    expression: str | None
    ambiguous: bool
    candidates: tuple[str, ...]
    confidence: float
    meaning: Meaning
    how: str

    @property
    def for_verdict(self) -> str | None:
        """The expression a verdict should judge: ``expression``, or, for a text that reserves
        all rights ("Proprietary", "UNLICENSED"), the all-rights-reserved entry, which is
        closed; None when there is nothing to judge (ambiguous, unknown, a file, public domain).
        """
        if self.expression is None and self.meaning == "all-rights-reserved":
            return ALL_RIGHTS_RESERVED
        return self.expression


# The data entry that stands for "no license granted": what reserved-rights text is judged as.
ALL_RIGHTS_RESERVED = "LicenseRef-All-Rights-Reserved"


def _found(expression: str, confidence: float, how: str) -> Normalized:
    return Normalized(
        text="",
        expression=expression,
        ambiguous=False,
        candidates=(),
        confidence=confidence,
        meaning="license",
        how=how,
    )


def _ambiguous(candidates: list[str] | tuple[str, ...], how: str, conf: float = 0.0) -> Normalized:
    unique = tuple(dict.fromkeys(candidates))
    return Normalized(
        text="",
        expression=None,
        ambiguous=True,
        candidates=unique,
        confidence=conf,
        meaning="ambiguous",
        how=how,
    )


def _meaning(meaning: Meaning, how: str) -> Normalized:
    return Normalized(
        text="",
        expression=None,
        ambiguous=False,
        candidates=(),
        confidence=0.9 if meaning != "unknown" else 0.0,
        meaning=meaning,
        how=how,
    )


# --------------------------------------------------------------------------- cleaning

# A URL ends before a closing bracket: "Unlicense (see http://unlicense.org/)".
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]]*", re.IGNORECASE)
_BRACKETED = re.compile(r"\(([^()]*)\)|<([^<>]*)>|\[([^\[\]]*)\]")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_COPYRIGHT = re.compile(r"\bcopyright\b|©|\(c\)", re.IGNORECASE)
_MISSPELT_LICENSE = re.compile(r"\b(?:licen[cs]e|lisen[cs]e|licese|licnese)([sd]?)\b")
_TROVE = re.compile(r"^license\s*::\s*(?:osi approved\s*::\s*)?", re.IGNORECASE)
_DUAL = re.compile(
    r"^(?:dual[\s-]*licen[cs]ed?|dual|licensed\s+under|licen[cs]es?\s*:)(?:\s*[:\-]\s*|\s+)"
)
_UNDER = re.compile(r"^under\s+")
# "under dual A and B" ("released under" is dropped with the sentence frame before reading)
_DUAL_INSIDE = re.compile(r"^(?:under\s+)?(?:a\s+|the\s+)?dual\b[\s-]*")
_LICENSED = re.compile(r"^licen[cs]ed?\s+(?:under\s+)?(?:the\s+)?")
# One capturing group, so that split() returns part, separator, part, ...
_SPLIT = re.compile(
    r"((?:\s*,\s*|\s+)(?:or|and)\s+"
    r"(?!(?:any\s+|\(?at\s+your\s+option\)?[\s,]+(?:any\s+)?)?(?:later|lesser|newer|higher|greater|above|subsequent)\b)"
    # ("|" is the choice of R's DESCRIPTION files: "GPL-2 | GPL-3")
    r"|\s*[/;&|]\s*|\s+\+\s+)",
    re.IGNORECASE,
)


_DIGIT_UNDERSCORE = re.compile(r"(?<=\d)_(?=\d)")  # "Apache1_1", "MPL1_1": a version


def _words(text: str) -> str:
    """Lower case, one space between words, "licence" and its misspellings read as "license"."""
    folded = _DIGIT_UNDERSCORE.sub(".", text.casefold()).replace("_", " ")
    folded = _MISSPELT_LICENSE.sub(lambda m: "license" + m.group(1), folded)
    return " ".join(folded.split())


# --------------------------------------------------------------------------- declarations


_SEE_IN = re.compile(r"^see\s+licen[cs]e\s+in\b")
_SEE_FILE = re.compile(r"^see\s+licen[cs]e\s+in\b|^(?:licen[cs]e|copying)(?:\.|-|_)\w+$|^copying$")
_RESERVED = re.compile(
    r"\bunlicensed\b|\ball rights reserved\b|\bproprietary\b"
    # ("commercial-friendly LGPL": the word praises the license)
    r"|(?<!non-)(?<!non )\bcommercial\b(?![\s-]*friendly)"
    r"|\bclosed[\s-]source\b"
    r"|\bnot open[\s-]source\b|^none$|^no[\s_-]*license$|\bprivate\b"
)
_PUBLIC_DOMAIN = re.compile(r"\bpublic[\s-]*domain\b")
_UNKNOWN = re.compile(
    r"^(?:unknown|other|noassertion|n/?a|tbd|free|freeware|freely distributable|osi approved"
    r"|license|dual license|custom|see license|see license file|see readme)$"
)


def _declaration(t: str) -> Normalized | None:
    """A declaration that is not a license id: all rights reserved, a file, or nothing usable."""
    if _SEE_FILE.search(t):
        return _meaning("see-file", "the text points at a file instead of naming a license")
    if _RESERVED.search(t):
        return _meaning("all-rights-reserved", "the text says the work is not openly licensed")
    if _UNKNOWN.search(t):
        return _meaning("unknown", "the text does not name a license")
    return None


# --------------------------------------------------------------------------- GNU family

_GNU = (
    (
        "AGPL",
        re.compile(
            r"\b(?:(?:gnu)?a(?:gpl|pgl|glp)|(?:gnu\s+)?affero[\s-]+(?:gnu\s+)?"
            r"(?:gpl|glp|general\s+public\s+license))"
        ),
    ),
    (
        "LGPL",
        re.compile(
            # "Lesser GNU Public License", "Lesser/Library GNU Public License" too
            r"\b(?:(?:gnu)?lgpl|lglp|(?:gnu\s+)?(?:lesser|library)(?:\s*(?:or|/)\s*(?:lesser|library))?"
            r"(?:\s+gnu)?\s+(?:gpl|(?:general\s+)?public\s+license)|gnu\s+library\s+license)"
        ),
    ),
    ("GFDL", re.compile(r"\b(?:gfdl|fdl|(?:gnu\s+)?free\s+documentation\s+license)")),
    (
        "GPL",
        re.compile(
            r"\b(?:(?:gnu)?gpl|glp|gnu\s+public\s+license|(?:gnu\s+)?general\s+public\s+license)"
        ),
    ),
)
_GNU_VERSIONS = {
    "AGPL": ("1.0", "3.0"),
    "LGPL": ("2.0", "2.1", "3.0"),
    "GFDL": ("1.1", "1.2", "1.3"),
    "GPL": ("1.0", "2.0", "3.0"),
}
_VERSION = re.compile(r"^[\s,:-]*(?:v(?:ersion)?|ver|rev(?:ision)?)?[\s.:-]*(\d+(?:\.\d+)*)")
_OR_LATER = re.compile(
    r"^\s*\+|^[\s-]*plus\b"
    r"|^[\s,]*\(?(?:or|and)[\s,-]+(?:any[\s-]+|\(?at your option\)?[\s,-]+(?:any[\s-]+)?)?"
    r"(?:later|newer|higher|greater|above|subsequent)|^[\s-]*or[\s-]*later|^\s*later"
)


def _version(text: str) -> str | None:
    """'2' -> '2.0', '2.1' -> '2.1', '1.0.0' -> '1.0'; None when no version opens ``text``."""
    match = _VERSION.match(text)
    if match is None:
        return None
    parts = match.group(1).split(".")
    while len(parts) > 2 and parts[-1] == "0":
        parts.pop()
    return ".".join(parts) if len(parts) > 1 else parts[0] + ".0"


def _dot_put_back(version: str) -> str:
    """A two-digit version read without its dot ("20" read as "20.0") as "2.0"; any other
    version as it is."""
    return f"{version[0]}.{version[1]}" if re.fullmatch(r"\d\d\.0", version) else version


def _gnu(t: str) -> Normalized | None:
    """The GNU family rule: version given -> -only unless "or later" / "+" follows."""
    for family, pattern in _GNU:
        match = pattern.search(t)
        if match is None:
            continue
        rest = t[match.end() :]
        version = _version(rest)
        versions = _GNU_VERSIONS[family]
        if version is None:
            later = _OR_LATER.match(rest) is not None
            what = "or later" if later else "without a version"
            candidates = [
                f"{family}-{v}-{s}" for v in reversed(versions) for s in ("only", "or-later")
            ]
            return _ambiguous(candidates, f"{family} {what}: the version is not stated")
        if version not in versions:
            version = _dot_put_back(version)  # "GPL20", "LGPL21": the dot left out
        if version not in versions:
            candidates = [f"{family}-{v}-only" for v in reversed(versions)]
            return _ambiguous(candidates, f"{family} has no version {version}")
        after = _VERSION.sub("", rest, count=1)
        suffix = "or-later" if _OR_LATER.match(after) else "only"
        rule = "'or later' stated" if suffix == "or-later" else "a stated version means only"
        return _found(f"{family}-{version}-{suffix}", 0.9, f"GNU family rule: {rule}")
    return None


# --------------------------------------------------------------------------- other families

# Family names -> SPDX id stem; the version that follows picks the id (stem-version).
_FAMILIES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + r"(?!(?!v\d)[a-z])"), stem)  # "APLv2": a version may follow
    for pattern, stem in (
        (r"\b(?:apache(?:\s+(?:software|public))?|apl|asl)", "Apache"),
        (r"\b(?:mpl|mozilla(?:\s+public)?)", "MPL"),
        (r"\b(?:epl|eclipse\s+public|eclipse(?!\s+distribution))", "EPL"),
        (r"\b(?:cddl|common\s+development\s+and\s+distribution)", "CDDL"),
        (r"\b(?:eupl|european\s+union\s+public)", "EUPL"),
        (r"\bartistic", "Artistic"),
        (r"\b(?:afl|academic\s+free)", "AFL"),
        (r"\b(?:osl|open\s+software\s+license)", "OSL"),
        (r"\b(?:zpl|zope(?:\s+public)?)", "ZPL"),
        (r"\b(?:lppl|latex\s+project\s+public)", "LPPL"),
        (r"\b(?:ofl|sil\s+open\s+font)", "OFL"),
        (r"\b(?:upl|universal\s+permissive)", "UPL"),
        (r"\bboost(?:\s+software)?", "BSL"),
        (r"\b(?:psfl?|python\s+software\s+foundation)", "PSF"),
        (
            r"\b(?:wtfpl|dwtfyw(?:pl)?|do\s+what\s+the\s+fuck\s+you\s+want(?:\s+to)?(?:\s+public)?)",
            "WTFPL",
        ),
        (r"\bunlicense", "Unlicense"),
        (r"\bisc", "ISC"),
        (r"\bzlib", "Zlib"),
        (r"\bmit[\s-]*(?:zero|0)(?![\w.])", "MIT-0"),  # "MIT-Zero" is no MIT
        (r"\bmit", "MIT"),
        # EDL 1.0 is BSD-3-Clause on the SPDX list: its version is part of the name
        (
            r"\beclipse\s+distribution(?:\s+license)?(?:[\s,-]*(?:v(?:ersion)?\.?\s*)?1(?:\.0)?\b)?",
            "BSD-3-Clause",
        ),
    )
)
_LOOSE = re.compile(r"^[\s-]*(?:style|like|ish|type|based|variant|alike|similar|compatible)\b")


def _stem_versions(stem: str) -> list[str]:
    """SPDX ids ``stem-<version>`` (current ones), newest first; [stem] for unversioned ids."""
    folded = stem.lower()
    if folded in _spdx.LICENSES:
        return [_spdx.LICENSES[folded][0]]
    pattern = re.compile(re.escape(folded) + r"-\d+(?:\.\d+)*$")
    found = [v[0] for k, v in _spdx.LICENSES.items() if pattern.match(k) and not v[1]]
    return sorted(found, key=_version_order, reverse=True)


def _version_order(version: str) -> list[int]:
    """The numbers of a version or a versioned id, to sort by ("LPPL-1.3c" after "LPPL-1.2")."""
    return [int(n) for n in re.findall(r"\d+", version)]


def _family(t: str, registry: Registry | None = None) -> Normalized | None:
    """A family name with an optional version ("Apache License, v2.0", "MPL2", "WTFPL 2").

    For an id without a version ("MIT"), a stated version is only accepted when the license
    data knows the license by that version ("WTFPL 2.0"); "MIT2" names no license it knows.
    """
    for pattern, stem in _FAMILIES:
        match = pattern.search(t)
        if match is None:
            continue
        rest = _strip_word(t[match.end() :], "license")
        versions = _stem_versions(stem)
        if _LOOSE.match(rest):
            return _ambiguous(versions[:3], f"a license like {stem}, not {stem} itself")
        version = _version(rest)
        if len(versions) == 1:
            if version is not None and not _known_version(versions[0], version, registry):
                return _ambiguous(versions, f"{versions[0]} has no version {version}")
            return _found(versions[0], 0.9, f"the name of {versions[0]}")
        if version is None:
            return _ambiguous(versions, f"{stem} without a version")
        if not any(f"{stem}-{version}".lower() == v.lower() for v in versions):
            version = _dot_put_back(version)  # "Apache20", "MPL11": the dot left out
        wanted = [f"{stem}-{version}".lower(), f"{stem}-{version}.0".lower()]
        # "EUPL-1.2-or-later": SPDX's "+" says it for a license outside the GNU family
        later = "+" if _OR_LATER.search(_VERSION.sub("", rest, count=1)) else ""
        for key in wanted:
            if key in _spdx.LICENSES:
                found = _spdx.LICENSES[key][0] + later
                return _found(
                    found, 0.9, f"{stem} with version {version}{' or later' * bool(later)}"
                )
        return _ambiguous(versions, f"{stem} has no version {version} on the SPDX list")
    return _bsd(t) or _creative_commons(t)


def _known_version(license_id: str, version: str, registry: Registry | None) -> bool:
    """Whether the data knows ``license_id`` by ``version`` (an alias such as "WTFPL 2.0")."""
    if registry is None:
        return True  # a hint (a file name's suffix), not a reading
    entry = registry.find(license_id)
    stated = re.compile(rf"(?<![\d.]){re.escape(version.removesuffix('.0'))}(?:\.0)?(?![\d.])")
    names = (entry.aliases if entry is not None else ()) + ((entry.version or "",) if entry else ())
    return any(stated.search(name) for name in names)


def _strip_word(text: str, word: str) -> str:
    return re.sub(rf"^[\s,]*{word}\b[\s,]*", " ", text)


# "bsd" inside another word names no BSD ("Tabsdata"), unless glued to a nickname ("FreeBSD")
_BSD = re.compile(
    r"(?<![a-z])(?:free|new|modified|revised|simplified|original)?bsd|berkeley"
    # its letters in another order before a clause count ("DSB 3-clause", "BDS-2-Clause")
    r"|(?<![a-z])(?:bds|dsb|sbd|sdb|dbs)(?=[\s-]*[0234][\s-]*clause)"
)
_CLAUSES = re.compile(
    r"\b([0234])[\s-]*clau[sd]es?|bsd[\s-]*([0234])\b|\bbsd([0234])"  # ("3-Claude": a slip)
    r"|\bclauses?[\s-]*([0234])\b"  # "BSD Clause 3"
)


def _bsd(t: str) -> Normalized | None:
    """BSD by clause count or nickname; "BSD" alone is ambiguous."""
    if not _BSD.search(t):
        return None
    if re.search(r"\bfree[\s-]*bsd\s+license\b", t):
        # OSI's other name of the 2-clause license, as the data's alias has it
        return _found("BSD-2-Clause", 0.8, "the FreeBSD License, OSI's name of BSD-2-Clause")
    if re.search(r"\bfree[\s-]*bsd\b", t):
        return _found("BSD-2-Clause-Views", 0.8, "the FreeBSD license (BSD-2-Clause-FreeBSD)")
    match = _CLAUSES.search(t)
    count = next((g for g in match.groups() if g), None) if match else None
    if count is None:
        for words, number in (
            (r"\b(?:simplified|two)(?:\b|(?=bsd))", "2"),
            (r"\b(?:new|modified|revised|three)(?:\b|(?=bsd))", "3"),
            (r"\b(?:original|old|four|advertising)\b", "4"),
            (r"\bzero\b", "0"),
        ):
            if re.search(words, t):
                count = number
                break
    if count is None:
        return _ambiguous(
            ["BSD-3-Clause", "BSD-2-Clause", "BSD-4-Clause"], "BSD without a clause count"
        )
    if count == "0":
        return _found("0BSD", 0.9, "the zero-clause BSD license")
    return _found(f"BSD-{count}-Clause", 0.9, f"BSD with {count} clauses")


_CC = re.compile(
    r"\b(?:cc|creative[\s-]+commons?)\b(.*)"
    # the element names alone: "Attribution-NonCommercial-ShareAlike 4.0"
    r"|^(attribution(?=[\s-]*(?:non[\s-]*commercial|no[\s-]*deriv|share[\s-]*alike|\d)).*)"
)
# Ports of a Creative Commons license, by the words that name them ("3.0 United States").
_CC_PARTS = (
    ("NC", re.compile(r"\bnc\b|non[\s-]*commercial")),
    ("ND", re.compile(r"\bnd\b|no[\s-]*deriv")),
    ("SA", re.compile(r"\bsa\b|share[\s-]*alike")),
)
_CC_PORTS = (
    ("IGO", "igo|intergovernmental"),
    ("US", "us|united[\\s-]+states"),
    ("AT", "at|austria"),
    ("DE", "de|germany"),
    ("NL", "nl|netherlands"),
    ("AU", "au|australia"),
    ("FR", "fr|france"),
    ("JP", "jp|japan"),
    ("UK", "uk|england(?:[\\s-]+and[\\s-]+wales)?|united[\\s-]+kingdom"),
    ("IT", "it|italy"),
    ("CH", "ch|switzerland"),
)


def _cc_port(after: str) -> list[str]:
    """The ports named after a CC version: a country's name anywhere, its code right after."""
    found = []
    for code, words in _CC_PORTS:
        short, _, full = words.partition("|")
        if re.match(rf"^[\s/-]*(?:{short})(?:[\s/-]+(?:license|legalcode))?[\s/]*$", after) or (
            full and re.search(rf"\b(?:{full})\b", after)
        ):
            found.append(code)
    return found


def _creative_commons(t: str) -> Normalized | None:
    """Creative Commons licenses from their elements and version ("CC BY-SA 4.0")."""
    match = _CC.search(t) or (re.search(r"\b(cc0)\b", t))
    if match is None:
        return None
    rest = next(g for g in match.groups() if g is not None)
    if re.search(r"\bcc0\b|\bzero\b|^[\s-]*0\b", match.group(0)):
        return _found("CC0-1.0", 0.9, "Creative Commons Zero")
    if not re.search(r"\bby\b|attribution", rest):
        return None
    name = "CC-BY" + "".join(f"-{code}" for code, part in _CC_PARTS if part.search(rest))
    number = re.search(r"(\d+(?:\.\d+)?)", rest)
    versions = _stem_versions(name)
    if number is None:
        return _ambiguous(versions, f"{name} without a version")
    version = number.group(1) if "." in number.group(1) else number.group(1) + ".0"
    key = f"{name}-{version}".lower()
    after = rest[number.end() :]
    ported = [f"{key}-{code.lower()}" for code in _cc_port(after)]
    if len(ported) == 1 and ported[0] in _spdx.LICENSES:
        return _found(_spdx.LICENSES[ported[0]][0], 0.9, f"{name} {version}, a ported version")
    if ported:
        base = [_spdx.LICENSES[key][0]] if key in _spdx.LICENSES else versions
        return _ambiguous(base, f"{name} {version} ported: the port has no SPDX id")
    if key in _spdx.LICENSES:
        return _found(_spdx.LICENSES[key][0], 0.9, f"{name} with version {version}")
    return _ambiguous(versions, f"{name} has no version {version}")


# --------------------------------------------------------------------------- ids


def _exact(text: str) -> Normalized | None:
    """A valid SPDX expression (strictly, or with lenient operators and spacing)."""
    # The lenient parse comes first: a strict parse of free text ("Modified MIT License")
    # fails on an unknown id and works out "did you mean" ids nobody reads here.
    try:
        tree = parse(text, strict=False, update_deprecated=True)
    except InvalidExpressionError:
        return None
    for node in walk(tree):
        leaf = node.license if isinstance(node, With) else node
        if isinstance(leaf, LicenseId) and not leaf.known:
            return None
        exception = node.exception if isinstance(node, With) else None
        if isinstance(exception, ExceptionId) and not exception.known:
            return None
    try:
        strict = parse(text, strict=True, update_deprecated=True)
        return _found(str(strict), 1.0, "a valid SPDX expression")
    except InvalidExpressionError:
        pass
    return _found(str(tree), 0.95, "an SPDX expression written loosely")


def _squashed_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for key, (canonical, deprecated) in _spdx.LICENSES.items():
        if not deprecated:
            index.setdefault(re.sub(r"[\s._-]", "", key), canonical)
    return index


_SQUASHED = _squashed_index()


def _squashed(t: str) -> Normalized | None:
    """An SPDX id with its punctuation and spacing ignored ("Beer-Ware", "APACHE2.0")."""
    found = _SQUASHED.get(re.sub(r"[\s._-]", "", t))
    return _found(found, 0.85, "an SPDX id with different punctuation") if found else None


def _alias(text: str, registry: Registry) -> Normalized | None:
    """A name or alias from the license data."""
    for candidate in dict.fromkeys((text, _strip_word(text, "the").strip())):
        ids = registry.ids_for_alias(candidate)
        if len(ids) == 1:
            entry = registry.find(ids[0])
            if entry is not None and entry.is_exception:
                return _meaning("unknown", f"{entry.id} is an exception, which needs a license")
            if entry is not None and (entry.kind == "special" or entry.id in _RESERVED_IDS):
                return _meaning(
                    "unknown" if entry.id == "NOASSERTION" else "all-rights-reserved",
                    f"an alias of {entry.id}, which is not a license",
                )
            spdx = _squashed(candidate) if ids[0].startswith("LicenseRef-") else None
            other = registry.find(spdx.expression) if spdx and spdx.expression else None
            # "BSL 1.0": the SPDX id BSL-1.0 (Boost) spelt with a space, over ScanCode's key
            # bsl-1.0 (a Business Source License) spelt so; where both name one license (UnRAR)
            # the entry that holds its facts stays
            if (
                spdx is not None
                and entry is not None
                and other is not None
                and other.name.casefold() != entry.name.casefold()
            ):
                return spdx
            versions = _unstated_version(candidate, _current(ids[0]))
            if versions:
                how = f"an alias of {ids[0]}, but the text does not say which version"
                return _ambiguous(versions, how)
            return _found(_current(ids[0]), 0.9, f"an alias of {ids[0]} in the license data")
        if len(ids) > 1:
            return _ambiguous([_current(i) for i in ids], "an alias shared by several licenses")
    return None


_VERSIONED_ID = re.compile(r"^(?P<stem>.+?)-\d+(?:\.\d+)*$")


# An SPDX id made of a family stem and a version: "APSL-2.0", "CECILL-2.1", "LPPL-1.3c".
_STEM_AND_VERSION = re.compile(r"^(?P<stem>[A-Za-z][\w.+-]*?)-v?(?P<version>\d+(?:\.\d+)*[a-z]?)$")
# Families read by their own rules (GNU, Creative Commons) or whose stem is no family name.
_OWN_RULES = re.compile(r"^(?:a?gpl|lgpl|gfdl|cc|cc-.*)$", re.IGNORECASE)
# A version at the end of a name: "APSL v2", "Eiffel Forum License version 2.0", "CeCILL-2.1".
_TRAILING_VERSION = re.compile(
    r"^(?P<name>.+?)[\s,-]*(?:v(?:ersion)?\.?\s*|ver\.?\s*|rev(?:ision)?\.?\s*)?"
    r"(?P<version>\d+(?:\.\d+)*[a-z]?)$"
)


def _name_key(text: str) -> str:
    """A name as looked up among the families: lower case, "the" and a "license" word left out."""
    words = _words(text).replace("-", " ").split()
    return " ".join(w for w in words if w not in ("the", "license", "licenses", "agreement"))


class _Family(Frozen):
    """The licenses of one family: each version's id, and the ScanCode-only texts that bear
    its name without a version. ``by_name`` says whether a full name (not only the id's stem)
    leads to it: a stem alone ("OPL") may be another family's acronym."""

    versions: dict[str, str]
    unversioned: tuple[str, ...] = ()
    by_name: bool = False


_SCANCODE_REF = "LicenseRef-scancode-"
# The version or year at the end of a license's name ("... Agreement 2018", "... v1.2").
_NAME_VERSION = re.compile(
    r"[\s,-]+(?:v(?:ersion)?\.?\s*)?(?P<version>\d+(?:\.\d+)*[a-z]?)\s*$", re.I
)


@functools.lru_cache(maxsize=8)
def _family_names(registry: Registry) -> dict[str, _Family]:
    """Each family of SPDX ids with versions, under its stem ("apsl") and under its full name
    without the version ("apple public source"), with the ScanCode texts of the same stem
    ("hippocratic-1.2" beside Hippocratic-2.1; ScanCode's "ogc" beside OGC-1.0). Built from the
    data, so every versioned license of the SPDX list is known by its name without a version."""
    members: dict[str, dict[str, str]] = {}
    unversioned: dict[str, list[str]] = {}
    named: set[str] = set()
    stems: dict[str, str] = {}  # an SPDX id's stem, lower case -> its family key
    scancode: list[tuple[str, str, str]] = []
    for entry in registry:
        if entry.is_exception:
            continue
        if entry.id.startswith(_SCANCODE_REF):
            scancode.append((entry.id, entry.id[len(_SCANCODE_REF) :], entry.name))
            continue
        match = _STEM_AND_VERSION.match(entry.id) or _unversioned_id(entry.id, entry.name)
        if match is None or entry.id.startswith("LicenseRef-"):
            continue
        stem, version = match.group("stem"), match.group("version")
        if _OWN_RULES.match(stem) or _spdx.LICENSES.get(entry.id.lower(), ("", True))[1]:
            continue
        said = re.compile(
            rf"[\s,-]*(?:v(?:ersion)?\.?\s*)?{re.escape(version.removesuffix('.0'))}(?:\.0)?(?![\w.])",
            re.IGNORECASE,
        )
        stems[stem.lower()] = _name_key(stem)
        members.setdefault(_name_key(stem), {})[version] = entry.id
        for name in (entry.name, *entry.aliases):
            unversioned_name, count = said.subn(" ", name)
            key = _name_key(unversioned_name)
            if count == 1 and len(key) >= 3:
                members.setdefault(key, {})[version] = entry.id
                named.add(key)  # a full name ("Hippocratic License 2.1" gives "hippocratic")
    for license_id, key, name in scancode:
        match = _STEM_AND_VERSION.match(key)
        stem = match.group("stem") if match else key
        # by its stem ("hippocratic-1.2"), or by its name without a version or year ("Elastic
        # License Agreement 2018" beside Elastic-2.0)
        dated = _NAME_VERSION.search(name)
        by_name = _name_key(name[: dated.start()]) if dated is not None else None
        family = stems.get(stem.lower()) or (by_name if by_name in named else None)
        if family is None:
            continue
        match = match or dated
        keys = [k for k, v in members.items() if set(v.values()) & set(members[family].values())]
        for k in keys:
            if match is not None:
                members[k].setdefault(match.group("version"), license_id)
            else:
                unversioned.setdefault(k, []).append(license_id)
    # a name some versions' aliases share stands for every version of their stems ("Open Font
    # License" is an alias of OFL-1.1 only, yet OFL-1.0 bears the name too)
    stem_of = {i: k for k, v in members.items() if k in stems.values() for i in v.values()}
    for versions in members.values():
        for license_id in list(versions.values()):
            for version, other in members.get(stem_of.get(license_id, ""), {}).items():
                versions.setdefault(version, other)
    return {
        key: _Family(
            versions=versions,
            unversioned=tuple(unversioned.get(key, ())),
            by_name=key in named,
        )
        for key, versions in members.items()
    }


def _unversioned_id(license_id: str, name: str) -> re.Match[str] | None:
    """An id without a version whose name ends with one (SISSL is "... License v1.1", beside
    SISSL-1.2), read as stem and version, so that its family counts it."""
    said = re.search(r"\s(?:v(?:ersion)?\s?)?(\d+(?:\.\d+)+)$", name, re.IGNORECASE)
    if said is None or re.search(r"\d", license_id):
        return None
    return _STEM_AND_VERSION.match(f"{license_id}-{said.group(1)}")


def _newest_first(versions: dict[str, str]) -> list[str]:
    listed = sorted(versions, key=_version_order, reverse=True)
    spdx = [versions[v] for v in listed if not versions[v].startswith("LicenseRef-")]
    return spdx + [versions[v] for v in listed if versions[v].startswith("LicenseRef-")]


def _family_by_name(text: str, registry: Registry) -> Normalized | None:
    """A versioned license named by its family's full name or stem, with or without a version:
    "Apple Public Source License" (four versions: declined with them), "Sun Public License" (one
    version: that one), "APSL v2", "Eiffel Forum License v2"."""
    families = _family_names(registry)
    named = re.sub(r"[\s,]*\blicenses?\b\s*$", "", _words(text))  # "Cecill-V2 licenses"
    match = _TRAILING_VERSION.match(named)
    if match is not None and _name_key(match.group("name")) in families:
        versions = families[_name_key(match.group("name"))].versions
        said = match.group("version")
        for version in (said, f"{said}.0", said.removesuffix(".0")):
            if version in versions:
                return _found(versions[version], 0.85, f"the family's name with version {said}")
        return _ambiguous(_newest_first(versions), f"the family has no version {said}")
    family = families.get(_name_key(text))
    if family is None or not family.by_name:
        return None  # a stem alone and no version ("the OPL"): another family's acronym too
    every = [*_newest_first(family.versions), *family.unversioned]
    if len(every) == 1:
        return _found(every[0], 0.85, f"the name of {every[0]}, its only version")
    return _ambiguous(every, "a family's name without a version")


def _unstated_version(text: str, license_id: str) -> list[str]:
    """The versions of the family, when ``text`` names a versioned id without its version
    ("Apache Software License" is listed for Apache-2.0, yet Apache 1.1 has the same name)."""
    match = _VERSIONED_ID.match(license_id)
    if match is None or re.search(r"\d", text):
        return []
    versions = _stem_versions(match.group("stem"))
    return versions if len(versions) > 1 and license_id in versions else []


# Entries that stand for "no license granted" rather than a license.
_RESERVED_IDS = frozenset({ALL_RIGHTS_RESERVED, "NONE"})


def _current(license_id: str) -> str:
    """A deprecated SPDX id replaced by its successor; others unchanged."""
    return _spdx.SUCCESSORS.get(license_id.lower(), license_id)


def _near_miss(t: str) -> Normalized | None:
    """A typo of a known id: trusted only for long text; short near misses are ambiguous."""
    bare = _VERSION_TAIL.sub("", t).strip()
    compact = re.sub(r"[\s_]+", "-", bare).strip("-")
    # an id written with spaces and a number in it ("BDS 3 Clause") is still one id
    id_shaped = len(bare.split()) <= 3 and bool(re.search(r"\s\d+\s", bare))
    if (
        not compact
        or (len(bare.split()) > 1 and not id_shaped)
        or all(w in _FILLER for w in compact.split("-"))
    ):
        # several words are a phrase, and "licenses" or Debian's "common-licenses" are words,
        # not a misspelt "Unlicense"
        return None
    swapped = _swapped_letters(compact, t[len(bare) :])
    if swapped is not None:
        return _found(swapped, 0.7, f"{_NEAR_MISS} {swapped}: two letters swapped")
    matches = _close_ids(compact)
    if not matches:
        return None
    ratio = difflib.SequenceMatcher(None, compact, matches[0]).ratio()
    names = [_spdx.LICENSES[m][0] for m in matches]
    if len(compact) >= 8 and ratio >= 0.9:
        return _found(names[0], 0.7, f"{_NEAR_MISS} {names[0]}")
    if len(bare.split()) > 1:
        return None  # words that are no close id name no license
    return _ambiguous(names, _MISSPELT, ratio / 2)


def _swapped_letters(word: str, after: str) -> str | None:
    """The one id a short word with two neighbouring letters swapped spells with the version
    after it ("MLP 2.0" is MPL-2.0, as "APGLv3" is the AGPL); None when no version is said, or
    several ids could be meant."""
    version = _version(after)
    if version is None or not word.isalpha() or not 3 <= len(word) <= 6:
        return None
    found = set()
    for i in range(len(word) - 1):
        spelt = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for key in (f"{spelt}-{version}", f"{spelt}-{version}.0"):
            if key in _spdx.LICENSES:
                found.add(_current(_spdx.LICENSES[key][0]))  # "LPGL 2.1": LGPL-2.1-only
    return found.pop() if len(found) == 1 else None


_NEAR_MISS = "a near miss of"
_MISSPELT = "looks like a misspelt id; too short to be sure"


def guessed_typo(found: Normalized) -> bool:
    """Whether a reading rests only on the text looking like a misspelt id ("MTI", "ad-hoc"):
    a guess, not a license the text names."""
    return found.how.startswith(_NEAR_MISS) or found.how == _MISSPELT


def doubtful(found: Normalized) -> bool:
    """Whether an ambiguous reading's candidates are guesses rather than what the text may
    mean: a short misspelt id ("NOGPL" is not NGPL), a name beside words that change it
    ("Modified MIT License", "MIT with restrictions", "a license like MIT"), or with terms
    added that no list knows and that are not called an exception, so may take rights away
    ("MIT with restriction to distribute", "Apache 2.0 with additional terms").
    Other words beside a name ("Code is released under the Apache 2.0 license") change nothing.
    """
    return (
        guessed_typo(found)
        or found.how.startswith(_CHANGED_HOWS)
        or _CHANGING_WORDS.search(found.text) is not None
    )


_CHANGED_HOWS = ("the text says ", "a license like ", "the addition ")
# Words in a declaration that change the license it names or deny what one would grant, which
# the name reading passes over ("modified" is a filler word of "Modified BSD License"): "Apache
# License (as modified)", "MIT with restriction: ...", "a custom license", "No redistribution or
# use is permitted outside of ...", "protected under ... copyright laws", "Crown Copyright".
# Narrower than _CHANGED, which judges a name alone: here the text may be a whole sentence, in
# which "freely used and modified" or "terms and restrictions" change nothing.
_CHANGING_WORDS = re.compile(
    r"\bas\s+modified\b|\ba\s+modified\s+version\b|"
    r"\bmodified\s+(?!bsd\b|3-clause|three|berkeley|new\b)(?:[\w.-]+\s+){0,2}?(?:licen[cs]e|\d)|"
    r"\bcustom\s+licen[cs]e\b|\bwith\s+(?:\w+\s+)?restrictions?\b|\brestricted\b|"
    r"\bprohibit\w*|\bforbid\w*|\bnot\s+(?:permitted|allowed)\b|\bno\s+(?:re-?)?distribution\b|"
    r"\bcopyright\s+laws?\b|\bcrown\s+copyright\b",
    re.IGNORECASE,
)


_VERSION_TAIL = re.compile(r"[\s-]*v?\d+(?:\.\d+)*\s*$")


@functools.lru_cache(maxsize=4096)
def _close_ids(compact: str) -> list[str]:
    """difflib's three closest current ids (ratio at least 0.6). Only ids of a length that can
    reach 0.6 are tried (2 * shorter / both lengths), which is what difflib's own first test
    would keep, so the answer is the same; and each word is worked out once per process (the
    name stage asks for the same words on every text)."""
    size = len(compact)
    keys = [k for k in _current_ids() if 2.0 * min(size, len(k)) / (size + len(k)) >= 0.6]
    return difflib.get_close_matches(compact, keys, n=3, cutoff=0.6)


@functools.cache
def _current_ids() -> tuple[str, ...]:
    return tuple(k for k, v in _spdx.LICENSES.items() if not v[1])


# --------------------------------------------------------------------------- what is left over

# Words that may surround a license name without naming anything else: the reading of a
# family name accounts for them. Any other word left over makes the reading decline, so that
# "BSD-3-Clause, Apache-2.0, dependency licenses" is never read as Apache-2.0 alone.
_FILLER_WORDS = """
    a an the this of under by for and or at any your option only later newer higher greater above
    subsequent plus standard either
    terms conditions
    license licenses licensed licensing version ver v rev revision no
    software public general lesser library affero gnu free documentation open source osi
    approved clause clauses new simplified revised modified original old two three four zero
    international unported generic ported universal attribution share alike sharealike nc nd sa
    noncommercial non commercial derivatives noderivatives noderivs deriv derivs deed legal code
    creative commons cc cc0 public domain dedication waiver foundation fsf mozilla eclipse apache
    asf academic artistic zope python boost permissive european union common development
    distribution sil open font latex project do what fuck you want to x11 expat
    igo intergovernmental united states austria germany netherlands australia france japan
    england wales kingdom italy switzerland
"""
_FILLER = frozenset(_FILLER_WORDS.split())
_NAMES = (
    # a name that holds another family's name: MIT-0 is no MIT; X11 and Expat are licenses of
    # their own, but "MIT/X11" and "MIT Expat" are names of MIT
    re.compile(r"\bmit-0\b"),
    re.compile(r"(?<!mit/)(?<!mit )(?<!mit-)\b(?:x11|expat)\b(?![\s/-]*mit\b)"),
    *(p for _, p in _GNU),
    *(p for p, _ in _FAMILIES),
    # CC0 is a license of its own ("CC-BY-4.0, CC0" names two), whatever words lead to it
    re.compile(
        r"\b(?:(?:creative[\s-]+commons?|cc)[\s-]+)?cc0\b|\b(?:creative[\s-]+commons?|cc)[\s-]+zero\b"
    ),
    re.compile(r"\b(?:cc|creative[\s-]+commons?)\b"),
    re.compile(
        r"\b(?:free|new)?bsd\d?|\bberkeley(?:\s+software\s+distribution)?"
        r"|\b(?:bds|dsb|sbd|sdb|dbs)(?=[\s-]*[0234][\s-]*clause)"
    ),
    # the Python license, once the PSF's name has been taken out ("Python-2.0, MIT")
    re.compile(r"\bpython\b"),
)
_TOKEN = re.compile(r"[a-z][a-z0-9]*")


# A pointer to a file at the end ("MIT, see LICENSE"): it explains itself.
_POINTER_TAIL = re.compile(r"\bsee\b.*$")


def _left_over(t: str) -> list[str]:
    """Words of ``t`` that no license name, version or filler word accounts for; a second
    family name counts as left over too ("MIT, Apache-2.0" names two licenses)."""
    rest = t
    names: list[str] = []
    for pattern in _NAMES:
        found = list(pattern.finditer(rest))
        names += [m.group(0).strip() for m in found[:1]]
        # one family named twice with two versions names two licenses ("GPL-2 GPL-3"), and
        # so do two sets of Creative Commons elements ("CC-BY-4.0, CC BY-SA 4.0")
        versions = {_qualifier(rest[m.end() :]) for m in found}
        if len(found) > 1 and len(versions - {None}) > 1:
            names += [m.group(0).strip() for m in found[1:]]
        rest = pattern.sub(" ", rest)
    # a version, a clause count, a pointer to a file ("MIT, see LICENSE") explain themselves
    rest = _POINTER_TAIL.sub(
        " ", re.sub(r"\d+[\s-]*clau[sd]es?|\b(?:v|ver)?\.?\d+(?:\.\d+)*\+?", " ", rest)
    )
    extra = [w for w in _TOKEN.findall(rest) if len(w) > 1 and not _filler(w)]
    return names[1:] + extra


_CC_ELEMENTS = re.compile(r"[\s-]*((?:by|sa|nc|nd)(?:[\s-]+(?:by|sa|nc|nd))*)\b")


def _qualifier(after: str) -> str | None:
    """What tells one license of a family from another right after its name: the version, or
    the Creative Commons elements ("by-sa")."""
    elements = _CC_ELEMENTS.match(after)
    if elements is not None:
        return " ".join(re.split(r"[\s-]+", elements.group(1)))
    return _version(after)


def _filler(word: str) -> bool:
    """A filler word, or two glued together ("clauseno" in "BSD-2-Clauseno")."""
    # (the first word of four letters or more: "nc" + "sa" is no gluing, "ncsa" names NCSA)
    return word in _FILLER or any(
        word[:i] in _FILLER and word[i:] in _FILLER for i in range(4, len(word) - 1)
    )


# Words that make a name stand for something else than the license it names ("Modified MIT
# License", "MIT with restrictions"); "modified BSD" is BSD-3-Clause, so BSD is let through.
_CHANGED = re.compile(
    r"\b(?:modified|adapted|altered|amended|enhanced|custom(?:ized|ised)?|restrict(?:ed|ions?)"
    r"|anti|variant)\b"
)


# Riders that take rights away from the license they are put beside ("MIT Non-Commercial",
# "MIT-Commons-Clause", "MIT (Hippocratic)"): a name with one is not that license. (The
# filler words let "noncommercial" and "commons" through as parts of Creative Commons names.)
_RIDER = re.compile(
    r"\bnon[\s_-]*commercial\b|\bcommons[\s_-]+clause\b|\bhippocratic\b|\bdo[\s_-]+no[\s_-]+harm\b"
    r"|\b996(?:\.?icu)?\b|\bno[\s_-]+(?:military|evil)\b|\bgood[\s_-]+not[\s_-]+evil\b|\bethical\b"
    r"|\bnon[\s_-]*(?:military|profit)\b|\bresearch[\s_-]+only\b|\bpersonal[\s_-]+use\b"
)


def _rider(t: str, expression: str) -> str | None:
    """A rider in ``t`` that the license ``expression`` does not itself name (a Creative
    Commons NC license is non-commercial by name)."""
    found = _RIDER.search(t)
    if found is None or ("-NC" in expression and "commercial" in found.group(0)):
        return None
    return found.group(0)


def _accounted(t: str, found: Normalized | None) -> Normalized | None:
    """``found`` when the whole of ``t`` is accounted for; else a refusal that keeps it."""
    if found is None or (found.expression is None and not found.ambiguous):
        return found
    changed = _CHANGED.search(t)
    if changed and found.expression and "BSD" not in found.expression:
        how = f"the text says {changed.group(0)!r}: not {found.expression} itself"
        return _ambiguous([found.expression], how)
    rider = _rider(t, found.expression) if found.expression else None
    if rider is not None and found.expression is not None:
        how = f"the text says {rider!r}: not {found.expression} itself"
        return _ambiguous([found.expression], how)
    extra = _left_over(t)
    if not extra:
        return found
    candidates = (found.expression,) if found.expression else found.candidates
    return _ambiguous(
        candidates,
        f"the text also says {' '.join(extra)!r}, which names no license ({found.how})",
    )


# --------------------------------------------------------------------------- the reader

# Perl's own terms, as CPAN's metadata (license "perl_5") and module notices say them: the
# Artistic License that came with Perl, or the GPL version 1 or later, at the user's choice.
_PERL_TERMS = re.compile(
    r"^(?:the\s+)?(?:same\s+(?:(?:terms|licen[cs]e)\s+)?as\s+)?perl(?:[\s_-]*5)?(?:\s+itself)?"
    r"(?:\s+licen[cs]e)?$"
)
PERL_EXPRESSION = "Artistic-1.0-Perl OR GPL-1.0-or-later"
# npm's "MIT +no-false-attribs" (the MIT license with a clause against false attribution).
_NPM_NFA = re.compile(r"^mit\s*\+\s*no[\s-]*false[\s-]*attrib(?:ution|s)?(?:\s+license)?$")


def _copyright_field(t: str, registry: Registry) -> Normalized:
    """Text that opens with "Copyright": a notice, or a license written in a copyright field
    ("Copyright: GNU General Public License, Version 2.": no year, no holder)."""
    tail = _COPYRIGHT.split(t, maxsplit=1)[-1].strip(" ,.;:-")
    if tail and not _YEAR.search(tail) and not _COPYRIGHT.search(tail):
        named = _read_part(tail, registry)
        if named is not None and named.expression is not None:
            how = f"{named.how}, in a copyright field"
            return named.model_copy(update={"confidence": named.confidence * 0.9, "how": how})
    # the notice, then a sentence that names the license ("Copyright 2014 Acme. MIT License",
    # "(c) 2014 Acme - Do What the Fuck You Want to Public License"); not a holder that only
    # looks like a license ("(c) 2014 MIT": the institute)
    parts = _AFTER_NOTICE.split(tail, maxsplit=1)
    if len(parts) == 2 and not _COPYRIGHT.search(parts[1]):
        named = _read_part(parts[1], registry)
        if named is not None and named.expression is not None:
            how = f"{named.how}, after a copyright notice"
            return named.model_copy(update={"confidence": named.confidence * 0.9, "how": how})
    return _declaration(t) or _meaning("unknown", "only a copyright notice")


# Where a copyright notice ends and another statement starts: a sentence mark or a dash.
_AFTER_NOTICE = re.compile(r"(?<!\b[a-z])[.;]\s+|\s+[-\u2013\u2014]+\s+")


def _read_part(raw: str, registry: Registry) -> Normalized | None:
    """One license named in free text, or None when nothing in it names a license."""
    text = raw.strip().strip("\"'`").strip()
    if not any(c.isalnum() for c in text):
        return None  # punctuation left beside brackets: "(GNU General Public License)."
    exact = _exact(text)
    if exact is not None:
        return exact
    t = _words(text)
    named_file = _FILENAME.match(t)
    if named_file is not None:
        return _license_file(named_file.group(1))
    head = _COPYRIGHT.split(t)[0].strip(" ,.;:-")
    if not head:
        return _copyright_field(t, registry)
    t = _version_first(head)
    with_exception = _WITH.search(t)
    if with_exception is not None:
        return _with(t[: with_exception.start()], with_exception.group(1), registry)
    declared = _declaration(t)
    if declared is not None:
        return declared
    beside = _id_beside_name(text, registry)
    if beside is not None:
        return beside
    if _NPM_NFA.match(t):
        return _found("MITNFA", 0.9, "npm's MIT +no-false-attribs")
    # an SPDX id with other punctuation first: "LGPL-LR" is LGPLLR, not an LGPL
    found = _squashed(t) or _accounted(t, _gnu(t))
    if found is None and _PUBLIC_DOMAIN.search(t):
        # a named license wins ("CC0 ... Public Domain Dedication"); the data's aliases do not,
        # because they map "Public Domain" to a ScanCode catch-all
        found = _accounted(t, _family(t, registry)) or _meaning(
            "public-domain", "the text declares the work public domain"
        )
    if found is None:
        found = _alias(t, registry) or _accounted(t, _family(t, registry)) or _squashed(t)
    if found is not None:
        return found
    without = _strip_word(re.sub(r"[\s,]*\blicense\b\s*$", "", t), "the").strip(" -")
    if without and without != t:
        found = _alias(without, registry) or _squashed(without)
        if found is not None:
            return found
    if _POINTER.search(t):
        return _meaning("see-file", "the text points at a file instead of naming a license")
    return _family_by_name(t, registry) or _near_miss(without or t)


# "version 2.02 of the PHP license", "version 2 of the GNU GPL, or any later version": the
# version said before the name it belongs to.
_VERSION_OF = re.compile(
    r"^(?:the\s+)?(?:version|ver\.?|v\.?)\s*(\d+(?:\.\d+)*)\s+of\s+(?:the\s+)?(.+)$"
)
_LATER_TAIL = re.compile(r"[\s,]*\(?\s*or\b.*\blater\b.*$")


def _version_first(t: str) -> str:
    """The words with a leading "version V of NAME" read as "NAME version V"."""
    m = _VERSION_OF.match(t)
    if m is None:
        return t
    version, rest = m.groups()
    later = _LATER_TAIL.search(rest)
    name = (rest[: later.start()] if later else rest).strip(" ,")
    return f"{name} version {version}" + (" or later" if later else "")


# Words that point at a file ("See LICENSE file for terms of use", "as given in the included
# file LICENSE"): read only once nothing in the text names a license.
_POINTER = re.compile(
    r"\b(?:licen[cs]e|copying|readme|notice)(?:\.[a-z]{1,4})?\s+file\b"
    r"|\bfile\s+(?:licen[cs]e|copying)\b"
    r"|\b(?:see|view|read|consult)\s+(?:the\s+)?(?:licen[cs]e|copying|readme)\b"
)


_ID_TOKEN = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+](?![\w+-])")
_JOINING = re.compile(r"\b(?:and|or|with|except|exception|plus|dual)\b|[/,&;]")
_NAME_FRAME = frozenset(
    ("the", "license", "licence", "licensed", "version", "ver", "terms", "agreement", "of")
)


def _numbers(text: str) -> set[str]:
    """The version numbers in ``text``, without trailing zeros ("2.0" and "2" are one)."""
    return {re.sub(r"(?:\.0)+$", "", n) for n in re.findall(r"\d+(?:\.\d+)*", text)}


def _listed_id(token: str, registry: Registry) -> str | None:
    """The current id ``token`` spells (any case), on the SPDX list or in the data."""
    listed = _spdx.LICENSES.get(token.lower())
    if listed is not None:
        return _current(listed[0])
    if token.lower().startswith("licenseref"):
        return None
    found = registry.canonical_id(token)
    entry = registry.find(found) if found is not None else None
    if entry is None or entry.is_exception or entry.kind == "special":
        return None
    return entry.id


def _id_beside_name(text: str, registry: Registry) -> Normalized | None:
    """An SPDX id written with its license's name, as listings do: "OLDAP-2.4 Open LDAP
    Public License v2.4", "GNU GPL ver 3: GPL-3.0-or-later". The id is the precise part; the
    rest must only name a license (no second license, no exception) and not another one."""
    ids = {i for tok in _ID_TOKEN.findall(text) if (i := _listed_id(tok, registry))}
    # "Sendmail-8.23 Sendmail License 8.23": the versioned id is the precise one
    precise = [
        i for i in ids if all(i == j or i.casefold().startswith(f"{j.casefold()}-") for j in ids)
    ]
    if len(precise) != 1:
        return None
    found_id = precise[0]
    # the ids (the precise one and those it extends) are taken out; the rest is the name
    rest = _ID_TOKEN.sub(
        lambda m: " " if _listed_id(m.group(0), registry) in ids else m.group(0), text
    )
    words = _words(rest).strip(" :-")
    if not words:
        return None
    if _JOINING.search(words) or len(words.split()) > 10:
        # a joining word inside the license's own name ("Historical Permission Notice and
        # Disclaimer (HPND)") is no second license
        whole = _read_part(rest, registry)
        if whole is None or whole.expression != found_id:
            return None
        return _found(found_id, 0.85, "an SPDX id beside the name of its license")
    entry = registry.find(found_id)
    known = f"{found_id} {entry.name if entry is not None else ''}"
    if _numbers(words) - _numbers(known):
        return None  # "ISC 2.0" states a version ISC does not have
    name_words = set(_TOKEN.findall(_words(entry.name))) if entry is not None else set()
    other = _read_part(rest, registry)
    if other is not None and other.expression is not None:
        if re.sub(r"-\d.*$", "", other.expression) != re.sub(r"-\d.*$", "", found_id):
            return _ambiguous([found_id, other.expression], "an id and a name of another license")
        return _found(found_id, 0.85, "an SPDX id beside a name of its license")
    # otherwise every word must belong to the license's name ("fair use" is not Fair, and
    # "Modified MIT License" is not MIT)
    if set(_TOKEN.findall(words)) - name_words - _NAME_FRAME:
        return None
    return _found(found_id, 0.85, "an SPDX id beside the name of its license")


_WITH = re.compile(r"\s+with\s+(?:the\s+)?(.+)$")
# An author's handle written after the name ("MIT @someone"): no license word.
_HANDLE = re.compile(r"(?:^|(?<=\s))@[\w.-]+")
# A dot between a name and its version ("LGPL.v3"), not inside a version ("2.0")
_DOT_VERSION = re.compile(r"(?<=[A-Za-z])\.(?=v\d)", re.IGNORECASE)
_NAME_SLASH_VERSION = re.compile(r"[A-Za-z][\w -]*[A-Za-z]/v?\d+(?:\.\d+)*\+?")
_SHARED_BSD_BEFORE = re.compile(
    r"\b([0-4])[\s-]*clause\s+(or|and|and/or)\s+([0-4])[\s-]*clause\s+bsd\b", re.IGNORECASE
)
_SHARED_BSD_AFTER = re.compile(
    r"\bbsd[\s-]+([0-4])[\s-]*clause\s+(or|and|and/or)\s+([0-4])[\s-]*clause\b", re.IGNORECASE
)
# One name for two versions offered: "the Mozilla Public License, either version 1.1 or (at your
# option) version 2.0", "GPL version 2 or version 3", "MPL 1.1 or 2.0" (no "later": a version
# "or later" is read elsewhere)
_SHARED_NAME_VERSIONS = re.compile(
    r"^\s*(?P<name>[A-Za-z][A-Za-z .'-]*?[A-Za-z])\s*,?\s*(?:either\s+)?(?:(?:version|v)\.?\s*)?"
    r"(?P<a>\d+(?:\.\d+)*)\s*,?\s+or\s+(?:\(?\s*at\s+(?:your|the\s+user'?s)\s+(?:option|choice)"
    r"\s*\)?\s*,?\s*)?(?:(?:version|v)\.?\s*)?(?P<b>\d+(?:\.\d+)*)"
    r"(?P<rest>\s*(?:of\s+the\s+licen[cs]e)?\s*[.,;]?\s*)$",
    re.IGNORECASE,
)
# "w/" for "with" ("GPLv2 w/ Classpath exception"), not "w/o" (without)
_GNU_SLASH = re.compile(
    r"\bgnu\s*/\s*(?=(?:a|l)?gpl|fdl|gfdl|general|lesser|library|affero|free)", re.IGNORECASE
)
# ("old-style BSD" is left alone: some mean the 4-clause license by it, ScanCode the 3-clause)
_NEW_STYLE = re.compile(r"\b(new)[\s-]+style[\s-]+(?=bsd\b)", re.IGNORECASE)
_WITH_SLASH = re.compile(r"\bw/(?!o\b)\s*")
# OpenJDK's shorthand for the GPL version 2 with the Classpath exception: "GPLv2+CE", "GPL2 w/ CPE"
_CLASSPATH_SHORTHAND = re.compile(
    r"\b(gpl[\s-]*v?(?:ersion\s+)?2(?:\.0)?)(?:\s*\+\s*|\s+w/\s*|\s+with\s+(?:the\s+)?)c(?:p)?e\b",
    re.IGNORECASE,
)
_EXCEPTION_WORD = re.compile(r"\s*\bexception\b\s*")


def _with(license_text: str, exception_text: str, registry: Registry) -> Normalized | None:
    """ "X with Y exception": an SPDX exception gives ``X WITH Y``; anything else declines,
    because dropping a clause that may restrict the license would overstate what it allows."""
    base = _read_part(license_text, registry)
    if base is None or base.expression is None or " " in base.expression:
        return (
            base
            if base is None or base.expression is None
            else _ambiguous([base.expression], "an exception attached to several licenses")
        )
    found = _exception_id(exception_text, registry)
    if found is not None and found.lower() in _spdx.EXCEPTIONS:
        confidence = round(base.confidence * 0.95, 3)
        return _found(f"{base.expression} WITH {found}", confidence, "a license with an exception")
    if found is not None:
        how = f"{found} is not on the SPDX exception list, so no SPDX expression states it"
        return _ambiguous([f"{base.expression} WITH {found}"], how)
    how = f"the exception {exception_text.strip()!r} is not on the SPDX exception list"
    if _EXCEPTION_WORD.search(exception_text) is None:
        # "MIT with restriction to distribute": not called an exception, so it may take away
        how = f"the addition {exception_text.strip()!r} is not an exception any list knows"
    return _ambiguous([base.expression, *_exception_guesses(base.expression, exception_text)], how)


def _exception_guesses(license_expression: str, text: str) -> list[str]:
    """SPDX exceptions whose id shares a distinctive word with ``text`` ("FOSS", "font")."""
    words = set(_TOKEN.findall(_words(text))) - _FILLER - {"exception", "with", "linking"}
    found = [
        f"{license_expression} WITH {canonical}"
        for key, (canonical, deprecated) in _spdx.EXCEPTIONS.items()
        if not deprecated and words & set(re.split(r"[-.]", key))
    ]
    return found[:_MAX_COMBINED_CANDIDATES]


def _exception_id(text: str, registry: Registry) -> str | None:
    """An exception named in free text: an SPDX exception id, or an exception in the data."""
    singular = re.sub(r"\bexceptions\b", "exception", text)  # "with LLVM exceptions"
    bare = _EXCEPTION_WORD.sub(" ", text).strip()
    # "GPL 2 with Classpath": the word "exception" left out
    for candidate in (text, singular, bare, f"{bare} exception"):
        key = candidate.strip().lower()
        if key in _spdx.EXCEPTIONS:
            return _spdx.EXCEPTIONS[key][0]
        for found in registry.ids_for_alias(candidate):
            entry = registry.find(found)
            if entry is not None and entry.kind == "exception":
                return entry.id
    squashed = re.sub(r"[\s._-]", "", text)
    for key, (canonical, _) in _spdx.EXCEPTIONS.items():
        if re.sub(r"[\s._-]", "", key) == squashed:
            return canonical
    return None


_FILENAME = re.compile(r"^(?:licen[cs]e|copying)[._-](\w+)$")


def _license_file(suffix: str) -> Normalized:
    """``LICENSE.BSD3``: a file name; its suffix hints at a license but does not settle it."""
    hint = _gnu(suffix) or _family(suffix) or _squashed(suffix)
    candidates: tuple[str, ...] = ()
    if hint is not None:
        candidates = (hint.expression,) if hint.expression else hint.candidates
    how = "the text is a file name"
    return Normalized(
        text="",
        expression=None,
        ambiguous=bool(candidates),
        candidates=candidates,
        confidence=0.0,
        meaning="see-file",
        how=how,
    )


# An aside that says only that the license was changed: "(modified)", "(as modified)" (not
# "(Custom Build)" of a program, nor "(MIT Variant)" describing a license).
_CHANGED_ASIDE = re.compile(
    r"\s*(?:as\s+|slightly\s+)?(?:modified|amended|altered|changed)(?:\s+version)?\s*"
)
_ATTACHED = re.compile(r"^\s*(?:with|plus|\+)\s+|\bexception\b|\bcommons[\s-]+clause\b")
_JOINED = re.compile(r"^\s*(?:with|plus|\+)\s+", re.IGNORECASE)


def _unbracket_later(match: re.Match[str]) -> str:
    """ "LGPLv2 (or later)": brackets holding "or later" qualify the name, kept in place; so
    does R's "GPL (>= 2)", version 2 or later, and its "Apache License (== 2.0)", that version
    alone."""
    inner = match.group(0)[1:-1]
    at_least = _AT_LEAST.fullmatch(inner)
    if at_least is not None:
        return f" {at_least.group(1)} or later "
    exactly = _EXACTLY.fullmatch(inner)
    if exactly is not None:
        return f" {exactly.group(1)} "
    return f" {inner} " if _OR_LATER.match(" " + _words(inner)) else match.group(0)


_AT_LEAST = re.compile(r"\s*(?:>=|\u2265)\s*v?(\d+(?:\.\d+)*)\s*")
_EXACTLY = re.compile(r"\s*==?\s*v?(\d+(?:\.\d+)*)\s*")


def _read_with_brackets(text: str, registry: Registry) -> Normalized | None:
    """Read the text outside brackets; fall back to what the brackets name."""
    without_urls = _BRACKETED.sub(_unbracket_later, _URL.sub(" ", text))
    inner = [
        next(g for g in m.groups() if g is not None) for m in _BRACKETED.finditer(without_urls)
    ]
    main = _BRACKETED.sub(" ", without_urls)
    attached = [_JOINED.sub("", p) for p in inner if _ATTACHED.search(_words(p))]
    if attached and main.strip(" ,;:-/"):
        # "GNU GPLv2 (with FOSS License Exception)": the exception belongs to the license
        main = f"{main.strip()} with {' '.join(attached)}"
    reading = _read_part(main, registry) if main.strip(" ,;:-/") else None
    aside_changed = next((c for p in inner if (c := _CHANGED_ASIDE.fullmatch(_words(p)))), None)
    if reading is not None and reading.expression is not None:
        said = reading.expression
        aside_rider = next((w for p in inner if (w := _rider(_words(p), said))), None)
        if aside_rider is not None:
            # "MIT (Hippocratic)", "Apache 2.0 (non-commercial)": the aside takes rights away
            how = f"the text says {aside_rider!r}: not {reading.expression} itself"
            return _ambiguous([reading.expression], how)
        if aside_changed and "BSD" not in reading.expression:
            # "Apache License 2.0 (as modified)": the aside says the license was changed
            said = aside_changed.group(0).strip()
            how = f"the text says {said!r}: not {reading.expression} itself"
            return _ambiguous([reading.expression], how)
        return reading
    changed = _CHANGED.search(_words(main))
    if inner and changed is not None:
        # "The MIT License (MIT) with restrictions": the brackets name what was changed
        named = [r.expression for p in inner if (r := _read_part(p, registry)) and r.expression]
        if named:
            return _ambiguous(named, f"the text says {changed.group(0)!r}")
    # the words after the last bracket qualify the name in it; words before it frame it
    last = list(_BRACKETED.finditer(without_urls))[-1:]
    after = without_urls[last[0].end() :].strip(" ,;:-/") if last else ""
    for part in inner:
        found = _read_part(part, registry)
        if found is not None and found.expression is not None:
            if _JOINED.match(after):
                # "(GPL2), with the classpath exception": attached to the name in brackets
                return _read_part(f"{part} {after}", registry)
            tail = _POINTER_TAIL.sub(" ", _words(after))  # "(MIT), see LICENSE"
            extra = [w for w in _TOKEN.findall(tail) if len(w) > 1 and not _filler(w)]
            rider = _rider(_words(main), found.expression)
            if extra or rider:
                # "(MIT), plus the Commons Clause", "Non-commercial (MIT)": not MIT itself
                said = rider or " ".join(extra)
                return _ambiguous([found.expression], f"the text also says {said!r}")
            confidence = round(found.confidence * 0.9, 3)
            return found.model_copy(
                update={"confidence": confidence, "how": found.how + " (in brackets)"}
            )
    if inner and reading is not None and reading.ambiguous:
        # "Apache License (2.0)", "BSD (3 clause)": the brackets complete the name
        joined = _read_part(
            _BRACKETED.sub(lambda m: f" {m.group(0)[1:-1]} ", without_urls), registry
        )
        if joined is not None and joined.expression is not None:
            return joined
    if reading is None and len(inner) == 1:
        # the whole text in brackets: "(Affero General Public License)" declines as its words do
        return _read_part(inner[0], registry)
    return reading


# The date a license's title line carries ("Apache License Version 2.0, January 2004", "GNU
# General Public License v3.0, 29 June 2007"): no part of its name.
_TITLE_DATE = re.compile(
    r"[,\s]+(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\s+(?:\d{1,2},?\s+)?\d{4}\s*$",
    re.IGNORECASE,
)
# A short form in brackets at the end of a name.
_SHORT_NAME_AFTER = re.compile(r"\s*\(\s*([\w.+-]{2,20})\s*\)\s*$")


_PLUS_WORD = re.compile(r"(?<=[a-z])\+(?=[a-z])")
_VERSION_WORD = re.compile(r"\bversion\s+(?=v?\d)")
_X_CONSORTIUM = re.compile(r"\bmit\s*/\s*x\s+consortium\b")


def _whole_name(words: str, registry: Registry) -> Normalized | None:
    """The text read whole as one license's name, before any split: "MIT/X11" and "license
    MIT/X11" are a name, not two licenses; a title line's date is no part of it; and "Historical
    Permission Notice and Disclaimer (HPND)" is a name with "and" in it beside its short form."""
    bare = _LICENSED.sub("", words)
    undated = _TITLE_DATE.sub("", bare)
    # OSI's "BSD+Patent" is "BSD plus patent"; "MIT/X Consortium" is "MIT/X11", a name of MIT
    unnamed = re.sub(r"\s+license$", "", bare)
    spelt = _X_CONSORTIUM.sub("mit/x11", _PLUS_WORD.sub(" plus ", unnamed))
    # "Non-Profit Open Software License version 3.0" is the alias "... License 3.0"
    unversioned = _VERSION_WORD.sub("", undated)
    # "BSD 3-Clause 'New' or 'Revised' License": the SPDX name with other quotes
    quoted = bare.replace("'", '"')
    for name in dict.fromkeys((words, bare, unnamed, undated, spelt, unversioned, quoted)):
        whole = _alias(name, registry)
        if whole is not None and whole.expression is not None:
            return whole
    # a family's full name may hold "and" ("Common Development and Distribution License")
    whole = _family_by_name(undated, registry) if " and " in undated else None
    if whole is not None:
        return whole
    short = _SHORT_NAME_AFTER.search(undated)
    if short is None:
        return None
    named = undated[: short.start()]
    whole = _alias(named, registry) or _family_by_name(named, registry)
    stem_of = _family_names(registry).get(_name_key(short.group(1)))
    if (
        whole is not None
        and whole.ambiguous
        and stem_of is not None
        and set(stem_of.versions.values()) == set(whole.candidates)
    ):
        return whole  # "Eiffel Forum License (EFL)": the short form is the same family's stem
    said = _exact(short.group(1)) or _alias(short.group(1), registry)
    if whole is not None and said is not None and whole.expression == said.expression:
        return whole
    return None


def _read(text: str, registry: Registry) -> Normalized | None:
    """Whole text first (an alias may contain '/' or 'or'), then each part of a split."""
    words = _words(text)
    if _SEE_IN.match(words):
        return _declaration(words)  # a path may hold '/', which must not split it
    plain = len(text) < 100 and not _PUBLIC_DOMAIN.search(words) and not _declaration(words)
    whole = _whole_name(words, registry) if plain else None
    if whole is not None:
        return whole
    # (after the names: "Artistic License 1.0 w/clause 8" is one)
    text = _CLASSPATH_SHORTHAND.sub(r"\1 with classpath exception", text)
    text = _WITH_SLASH.sub("with ", text)
    text = _GNU_SLASH.sub("GNU ", text)  # "GNU/GPLv3" is one name, not GNU or the GPL
    text = _NEW_STYLE.sub(r"\1 ", text)  # "new-style BSD" is the new BSD license
    text = _HANDLE.sub(" ", text)
    text = _DOT_VERSION.sub(" ", text)
    if _NAME_SLASH_VERSION.fullmatch(text.strip()):
        text = text.replace("/", " ")  # "MPL/2.0": a name and its version
    # "2-clause or 3-clause BSD", "BSD 2-clause or 3-clause": one family name for both counts
    text = _SHARED_BSD_BEFORE.sub(r"BSD \1-Clause \2 BSD \3-Clause", text)
    text = _SHARED_BSD_AFTER.sub(r"BSD \1-Clause \2 BSD \3-Clause", text)
    text = _SHARED_NAME_VERSIONS.sub(r"\g<name> \g<a> or \g<name> \g<b>", text)
    if _NPM_NFA.match(words):
        return _found("MITNFA", 0.9, "npm's MIT +no-false-attribs")
    if _PERL_TERMS.match(words):
        return _found(PERL_EXPRESSION, 0.85, "Perl's terms: the Artistic License or the GPL")
    with_file = _CRAN_FILE.match(words)
    if with_file is not None:
        return _cran_with_file(with_file.group(1), registry)
    # a title line's date, also before a URL: "Apache License Version 2.0, January 2004 http://..."
    body = _TITLE_DATE.sub("", _URL.sub(" ", text).rstrip())
    folded = _words(body)
    dual = False
    if _DUAL.match(folded):
        # "Dual licensed under A and B": the "and" offers a choice
        dual = folded.startswith("dual")
        body = _UNDER.sub("", _DUAL.sub("", folded))
    elif _DUAL_INSIDE.match(folded):
        dual = True  # "under dual BSD and GPLv2 licenses"
        body = _DUAL_INSIDE.sub("", folded)
    # words in brackets are one aside: "GPL2+ (tests and examples)" is not split at its "and"
    pieces = [_unshielded(p) for p in _SPLIT.split(_shielded(body))]
    listing = [sep for sep in pieces[1::2] if sep.lstrip().startswith(",")]
    if not listing and _listed_before_last_word(pieces):
        listing = [pieces[1]]  # "A, B and C" without the serial comma
    if listing:
        # "A, B, and C": the bare commas of the list join like its last word
        rebuilt: list[str] = []
        for i, piece in enumerate(pieces):
            names = [piece] if i % 2 else _COMMA.split(piece)
            for j, name in enumerate(names):
                rebuilt += [listing[0], name] if j else [name]
        pieces = rebuilt
    parts = [p for p in pieces[::2] if p.strip(" ,;:-")]
    if len(parts) <= 1:
        return _read_listed(parts[0] if parts else body, registry, dual)
    operators = {p.strip(" ,").lower() or "," for p in pieces[1::2]}
    if dual:
        operators = {"or"}
    return _combine([_read_listed(p, registry, dual) for p in parts], operators, parts)


# Separators inside brackets, kept from the split by stand-ins from the private-use area.
_SHIELDS = {
    " and ": "\ue000",
    " or ": "\ue001",
    "/": "\ue002",
    "&": "\ue003",
    ";": "\ue004",
    ",": "\ue005",
    "|": "\ue006",
    " + ": "\ue007",
}


def _shielded(text: str) -> str:
    def shield(match: re.Match[str]) -> str:
        inside = match.group(0)
        words = _words(inside)
        if any(p.search(words) for p in _NAMES) or any(
            t.lower() in _spdx.LICENSES for t in _ID_TOKEN.findall(inside)
        ):
            return inside  # "MIT, (Apache-2.0 OR BSD-3-Clause)": the brackets hold names
        for separator, stand_in in _SHIELDS.items():
            inside = re.sub(re.escape(separator), stand_in, inside, flags=re.IGNORECASE)
        return inside

    return re.sub(r"\([^()]*\)", shield, text)


def _unshielded(text: str) -> str:
    for separator, stand_in in _SHIELDS.items():
        text = text.replace(stand_in, separator)
    return text


# What a part of a project is ("the library", "tests and examples", "docs"): an aside in
# brackets after each name of a comma list says which license covers which part.
_PART_WORD_LIST = """
library libraries code source sources software program programs docs doc documentation data
dataset datasets test tests suite example examples sample samples demo demos image images icon
icons font fonts asset assets artwork media model models weights content text binary binaries
tool tools script scripts everything else rest utilities utility bindings files core plugins
plugin extensions
"""
_PART_WORDS = frozenset(_PART_WORD_LIST.split())
_PART_FILLER = frozenset(["the", "all", "other", "its", "our", "for", "and", "&", "of", "in"])


def _scoped(part: str) -> bool:
    """Whether a listed part ends with an aside naming which part of the work it covers."""
    aside = re.search(r"\(([^()]*)\)\s*$", part.strip(" ,;:-"))
    if aside is None:
        return False
    words = [w for w in re.findall(r"[\w&]+", aside.group(1).casefold()) if w not in _PART_FILLER]
    return bool(words) and all(w in _PART_WORDS for w in words)


# "under two licenses: GPL-3.0 and MIT": a count of licenses says neither whether both apply
# nor whether one may be chosen, whatever word joins the names
_COUNTED = re.compile(
    r"^(?:under\s+)?(?:two|three|2|3|multiple|several)\s+(?:different\s+|separate\s+)?"
    r"licen[cs]es\s*[:,-]?\s*(?=\S)",
    re.IGNORECASE,
)


def _counted(text: str, registry: Registry) -> Normalized | None:
    """Names after a count of licenses ("two licenses: A and B"), declined both ways; None when
    the text starts with no count."""
    counted = _COUNTED.match(text)
    return None if counted is None else _either_way(_read(text[counted.end() :], registry))


def _either_way(found: Normalized | None) -> Normalized | None:
    """A reading of names joined by one operator, declined with both joins as candidates."""
    if found is None or (found.expression is None and not found.ambiguous):
        return found
    offered = (found.expression,) if found.expression else found.candidates
    both = [variant for c in offered for variant in _both_joins(c)]
    if found.expression is not None and len(both) == 1:
        return found  # one license: nothing to join
    return _ambiguous(both, "a count of licenses does not say whether all apply or one")


def _both_joins(expression: str) -> list[str]:
    """Names joined by AND, and the same joined by OR; others as they are (an "or" the text
    says is a choice whatever the count)."""
    if "(" in expression or " OR " in expression or " AND " not in expression:
        return [expression]
    return [expression, expression.replace(" AND ", " OR ")]


# R's "MIT + file LICENSE": a license and a file that completes or adds to it
_CRAN_FILE = re.compile(r"^(.+?)\s*\+\s*file\s+licen[cs]e(?:\.\w+)?$")
# CRAN's template licenses, whose file holds only the year and the copyright holder
_CRAN_TEMPLATES = frozenset({"MIT", "BSD-2-Clause", "BSD-3-Clause"})


def _cran_with_file(name: str, registry: Registry) -> Normalized | None:
    """ "MIT + file LICENSE" is the MIT license (CRAN's template: the file names the year and
    the holder); any other license "+ file LICENSE" may have terms added in the file, and
    declines with the license as the candidate."""
    reading = _read(name, registry)
    if reading is None or reading.expression is None:
        return reading
    if reading.expression in _CRAN_TEMPLATES:
        how = f"{reading.how}; the file completes CRAN's template of it"
        return reading.model_copy(update={"confidence": reading.confidence * 0.9, "how": how})
    return _ambiguous([reading.expression], "the file named beside it may add terms")


def _read_listed(part: str, registry: Registry, dual: bool) -> Normalized | None:
    """One part between joining words: a name, or names listed with bare commas."""
    reading = _read_with_brackets(part, registry)
    if reading is not None and reading.expression is not None:
        return reading
    listed = [p for p in _COMMA.split(part) if p.strip(" ,;:-")]
    if len(listed) > 1:
        joins = {"or"} if dual else {","}
        combined = _combine([_read_with_brackets(p, registry) for p in listed], joins, listed)
        if combined is not None and (combined.ambiguous or combined.expression):
            return combined
    return reading


def _listed_before_last_word(pieces: list[str]) -> bool:
    """Names listed with bare commas and joined by one word at the end: "A, B and C"."""
    joins = {sep.strip(" ,").lower() for sep in pieces[1::2]}
    if len(joins) != 1 or not joins <= {"and", "or"}:
        return False
    names = pieces[::2]
    if any(n.count("(") != n.count(")") for n in names):
        return False  # "A, B, (C OR D)": the word joins inside the brackets, not the list
    return any(len(_COMMA.split(n)) > 1 for n in names[:-1]) and len(_COMMA.split(names[-1])) == 1


# A bare comma between names ("BSD-3-Clause, Apache-2.0"); not the comma before a version or
# an "or later" ("Apache License, Version 2.0", "GPL v2, or any later version").
_COMMA = re.compile(
    r"\s*,(?!\s*(?:v(?:er(?:sion)?)?\.?\s*\d|\d|or\b|and\b|with\b|any\b|only\b|later\b"
    r"|at\s+your))\s*",
    re.IGNORECASE,
)


def _combine(
    readings: list[Normalized | None], operators: set[str], parts: list[str]
) -> Normalized | None:
    """Several named licenses: OR for "or" and "/", AND for "and", "+", "&" and ";".

    A bare comma says neither, so a list joined by commas declines with both readings, unless
    each name says which part of the work it covers; a part that names no license makes the
    whole decline, and the refusal names that part.
    """
    if operators == {","} and len(parts) > 1 and all(_scoped(p) for p in parts):
        operators = {"and"}  # "LGPL2.1+ (the library), GPL2+ (tests)": each part has its license
    pointer = [
        (r is not None and r.meaning == "see-file")
        # "see COPYING.LGPL" may name a license: only a pointer that names none is dropped
        or (
            _words(p).startswith("see ")
            and (r is None or (r.expression is None and not r.ambiguous))
        )
        for p, r in zip(parts, readings, strict=True)
    ]
    if operators <= {"and", "+", "&", ";"} and any(pointer) and not all(pointer):
        # "MIT; see LICENSE": a pointer to a file adds no license of its own to what applies
        # (not as a choice, "GPL (>= 2) | file LICENCE", nor beside a slash, which may be a
        # path's: "see the opencv/doc/license.txt" names no DOC license)
        kept = [i for i, is_pointer in enumerate(pointer) if not is_pointer]
        readings = [readings[i] for i in kept]
        parts = [parts[i] for i in kept]
        only = readings[0]
        if len(readings) == 1 and only is not None and only.expression is not None:
            how = f"{only.how}, beside a pointer to a file"
            return only.model_copy(
                update={"confidence": round(only.confidence * 0.95, 3), "how": how}
            )
    known = [r for r in readings if r is not None]
    if not known:
        return None
    unread = [
        p.strip(" ,;:-")
        for p, r in zip(parts, readings, strict=True)
        if r is None or (r.expression is None and not r.ambiguous)
    ]
    if operators == {","}:
        # a pointer to a file ("MIT, see LICENSE") adds no license of its own
        pointers = {
            i
            for i, (p, r) in enumerate(zip(parts, readings, strict=True))
            if (r is not None and r.meaning == "see-file") or _words(p).startswith("see ")
        }
        return _comma_list(
            [r for i, r in enumerate(readings) if r is not None and i not in pointers],
            [r for i, r in enumerate(readings) if i not in pointers],
            [p for i, p in enumerate(parts) if i not in pointers and p.strip(" ,;:-") in unread],
        )
    joiner = " AND " if operators <= {"and", "+", "&", ";"} else " OR "
    if all(r.expression is not None for r in readings if r is not None) and len(known) == len(
        readings
    ):
        texts = list(dict.fromkeys(r.expression or "" for r in known))  # "MIT/Expat": once
        if len(texts) == 1:
            confidence = round(min(r.confidence for r in known) * 0.95, 3)
            return _found(texts[0], confidence, "several names of one license")
        text = joiner.join(f"({t})" if " OR " in t and joiner == " AND " else t for t in texts)
        try:
            expression = str(parse(text, strict=False))
        except InvalidExpressionError:
            return _ambiguous(texts, "several licenses that do not combine")
        confidence = min(r.confidence for r in known) * 0.95
        if operators - {"and", "+", "&", ";"} and operators & {"and", "+", "&", ";"}:
            return _ambiguous([expression], "both 'and' and 'or' join the names")
        return _found(expression, round(confidence, 3), "several licenses joined")
    if not any(r.expression or r.ambiguous for r in known):
        order = ("all-rights-reserved", "see-file", "public-domain", "unknown")
        meaning = min((r.meaning for r in known), key=lambda m: order.index(m) if m in order else 9)
        return _meaning(meaning, "none of the parts names a license")
    options = [
        list(r.candidates) if r.ambiguous else [r.expression] if r.expression else [] for r in known
    ]
    combos: list[str] = []
    if all(options) and len(operators) == 1:
        # every named part is in each candidate, an unread one aside (named in the message)
        for combo in itertools.islice(itertools.product(*options), _MAX_COMBINED_CANDIDATES):
            combos.append(
                joiner.join(
                    f"({c})" if " OR " in c and joiner == " AND " else c for c in combo if c
                )
            )
    else:
        combos = [c for option in options for c in option if c]
    if unread:
        return _ambiguous(combos, f"{_quoted(unread)} names no license")
    return _ambiguous(combos, "some parts do not name one license")


def _quoted(parts: list[str]) -> str:
    return " and ".join(repr(p) for p in parts)


def _comma_list(
    known: list[Normalized], readings: list[Normalized | None], unread: list[str]
) -> Normalized | None:
    """Names listed with commas: both AND and OR are candidates, since a comma says neither."""
    if not any(r.expression or r.ambiguous for r in known):
        return None
    named = [r.expression or (r.candidates[0] if r.candidates else "") for r in known]
    named = [n for n in named if n]
    if unread or len(known) < len(readings) or any(r.expression is None for r in known):
        why = f"{_quoted(unread)} names no license" if unread else "some parts name no one license"
        if len(named) > 1 and all(r.expression for r in known):
            # candidates keep every named part; the message names what was not read
            return _ambiguous(_joined_both_ways(named) or named, why)
        return _ambiguous(named, why)
    if len(named) == 1:
        return known[0].model_copy(update={"confidence": round(known[0].confidence * 0.9, 3)})
    candidates = _joined_both_ways(named)
    if not candidates:
        return _ambiguous(named, "several licenses that do not combine")
    return _ambiguous(candidates, "a comma does not say whether all apply (AND) or one (OR)")


def _joined_both_ways(named: list[str]) -> list[str]:
    """``named`` all joined by AND, then by OR; empty when they do not combine."""
    candidates = []
    for joiner in (" AND ", " OR "):
        try:
            candidates.append(str(parse(joiner.join(f"({n})" for n in named), strict=False)))
        except InvalidExpressionError:
            return []
    return candidates


def _looks_alike(text: str) -> bool:
    """Non-ASCII letters that compatibility folding turns into ASCII (the Kelvin sign for K,
    full-width letters): a spelling meant to pass for an id, never read as that id."""
    return not text.isascii() and unicodedata.normalize("NFKC", text).isascii()


def normalize(
    text: str, registry: Registry | None = None, *, max_chars: int = MAX_NORMALIZE_CHARS
) -> Normalized:
    """Read a free-text license declaration from metadata; decline when it is ambiguous.

    Raises :class:`~licenseclass.errors.ExpressionTypeError` (an ``InvalidExpressionError``
    and a ``TypeError``) when ``text`` is not a string, and
    :class:`~licenseclass.errors.InputTooLargeError` when it is longer than ``max_chars``
    characters (default :data:`MAX_NORMALIZE_CHARS`).
    """
    if not isinstance(text, str):
        raise ExpressionTypeError("normalize", "text", text, "a str")
    if registry is not None and not isinstance(registry, Registry):
        raise ArgumentTypeError("normalize", "registry", registry, "a Registry or None")
    if len(text) > max_chars:
        raise InputTooLargeError("the text", size=len(text), limit=max_chars, argument="max_chars")
    reg = registry or default_registry()
    stripped = text.strip().strip("\"'`").strip()
    if _looks_alike(stripped):
        # one rule for ids: look-alike letters are refused with the ASCII reading offered
        ascii_reading = normalize(unicodedata.normalize("NFKC", stripped), reg)
        offered = (ascii_reading.expression,) if ascii_reading.expression else ()
        found = _ambiguous(
            offered or ascii_reading.candidates, "written with look-alike (non-ASCII) letters"
        )
        return found.model_copy(update={"text": text})
    stripped = _TRAILING_COMMENT.sub("", stripped)  # "MIT License  # Example license" (a template)
    stripped = _EMPHASIS.sub(r"\1", stripped)  # "*either* MIT *or* Apache 2.0"
    stripped = _COMMENT_STAR.sub(" ", stripped)  # "GNU GPL version 2 * or later" (a C comment)
    stripped = _OR_LATTER.sub(r"\1 later", stripped)  # "GPLv2 or latter"
    unlabelled = _LABEL.sub("", stripped, count=1).strip().strip("\"'`").strip()
    unlabelled = _PREAMBLE.sub("", unlabelled, count=1).strip()
    if _CLOSING_TAG.search(unlabelled):  # "<license> <name> MIT License </name>" (a POM)
        unlabelled = " ".join(_TAG.sub(" ", unlabelled).split())
    if unlabelled:
        stripped = unlabelled  # "SPDX-License-Identifier: MIT", "licenseId: MIT-0"
    stripped = _unwrapped_url(_SEE_URL.sub("", stripped, count=1))
    if not _URL.search(stripped):
        # a sentence's end is no part of a name: "the zlib/libpng license." is "zlib/libpng license"
        stripped = stripped.rstrip(" .:;,") or stripped
    # a text, not a name: only an expression may be read from it, and a URL or a name
    # somewhere in it decides nothing
    too_long = len(stripped) > MAX_FREE_TEXT
    if not stripped:
        result: Normalized | None = _meaning("unknown", "empty text")
    elif too_long:
        result = _exact(stripped) or _meaning("unknown", "too long to be a license name")
    else:
        result = (
            _exact(stripped)
            or _classifier(stripped, reg)
            or _markdown_link(stripped, reg)
            or _from_url(stripped, reg)
            or _from_path(stripped, reg)
            or _debian_pointer(stripped, reg)
            or _counted(stripped, reg)
            or _read(stripped, reg)
        )
    if result is None:
        result = _meaning("unknown", "no license name recognised")
    if too_long:
        return result.model_copy(update={"text": text})
    if result.expression is None and result.meaning in ("ambiguous", "unknown"):
        result = (
            _pinned_by_url(stripped, result, reg)
            or _without_subject_read(stripped, reg)
            or _respelt(stripped, reg)
            or result
        )
    elif result.expression is not None and "://" in stripped:
        result = _url_disagrees(stripped, result, reg) or result
    return result.model_copy(update={"text": text})


# Words of family names a misspelling is read as (each at least five letters long).
_FAMILY_WORDS = (
    "apache",
    "mozilla",
    "eclipse",
    "artistic",
    "academic",
    "python",
    "boost",
    "lesser",
    "library",
    "affero",
    "general",
    "public",
    "creative",
    "commons",
    "attribution",
    "unlicense",
    "european",
    "distribution",
    "development",
    "foundation",
    "software",
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@functools.lru_cache(maxsize=4096)
def _family_word_near(word: str) -> str | None:
    """The one family word ``word`` is a slip of, if any (worked out once per word: the name
    stage asks for the same words on every text)."""
    if len(word) < 4 or word in _FAMILY_WORDS or word in _FILLER:
        return None
    close = difflib.get_close_matches(word, _FAMILY_WORDS, n=2, cutoff=0.85)
    return close[0] if len(close) == 1 else None


def _respelt(text: str, registry: Registry) -> Normalized | None:
    """A short name read again when nothing else read it: words glued in CamelCase split
    ("TheUnlicense"), or one misspelt family word put right ("Apach License 2.0"), when
    that and only that gives a license. Lower confidence; ``how`` says what was read."""
    if len(text.split()) > 8:
        return None
    tries: list[tuple[str, str]] = []
    if " " not in text.strip() and _CAMEL.search(text):
        tries.append((_CAMEL.sub(" ", text), "words glued together read apart"))
    for word in re.findall(r"[A-Za-z]+", text):
        close = _family_word_near(word.casefold())
        if close is not None:
            fixed = re.sub(rf"\b{re.escape(word)}\b", close, text)
            tries.append((fixed, f"{word!r} read as {close!r}"))
    found = []
    for fixed, how in tries:
        reading = _read(fixed, registry)
        if reading is not None and reading.expression is not None:
            found.append(_found(reading.expression, min(reading.confidence, 0.6), how))
    return found[0] if len({f.expression for f in found}) == 1 else None


def _url_families(text: str, registry: Registry) -> set[str]:
    """The licenses the URLs in ``text`` read as, each once."""
    found = set()
    for url in _URL.finditer(text):
        read = _from_url(url.group(0).rstrip(".,;:'\""), registry)
        if read is not None and read.expression is not None:
            found.add(read.expression)
    return found


def _family_stem(license_id: str) -> str:
    return re.sub(r"-\d.*$", "", license_id)


def _url_disagrees(text: str, reading: Normalized, registry: Registry) -> Normalized | None:
    """A name read beside the URL of another family's license ("MIT
    (https://www.apache.org/licenses/LICENSE-2.0)"): the text says two licenses, and the reading
    declines with both offered instead of dropping the URL's."""
    if text.strip() == reading.expression or reading.expression is None:
        return None
    urls = _url_families(text, registry)
    named = {_family_stem(i) for i in split_ids(reading.expression)}
    # (a URL that reads only as a ScanCode catch-all or variant is too loose to contradict)
    others = sorted(
        u
        for u in urls
        if not u.startswith("LicenseRef-") and not {_family_stem(i) for i in split_ids(u)} & named
    )
    if not others:
        return None
    return _ambiguous([reading.expression, *others], "the URL beside the name is another license's")


def _pinned_by_url(text: str, reading: Normalized, registry: Registry) -> Normalized | None:
    """A name that does not say its version, beside the URL of one license's page: "Apache
    License (http://www.apache.org/licenses/LICENSE-2.0)", "the UK Open Government License
    (http://.../open-government-licence/version/3/)". The URL's license is taken when the name
    offered it, or named nothing the reader knows while the text calls itself a license."""
    found = _url_families(text, registry)
    if len(found) != 1:
        return None
    (expression,) = found
    rest = _words(_URL.sub(" ", text))
    # every candidate of the name's family ("Apache License": its versions), none of another
    # ("[MIT](https://www.apache.org/licenses/LICENSE-2.0)" says two licenses: neither is taken)
    stems = {_family_stem(c) for c in reading.candidates}
    offered = expression in reading.candidates and len(stems) == 1
    unnamed = not reading.candidates and "license" in rest and reading.meaning == "unknown"
    if not (offered or unnamed):
        return None
    how = f"the version said by the URL beside the name ({reading.how})"
    return _found(expression, 0.85, how)


def _unwrapped_url(text: str) -> str:
    """A URL without the brackets a link's markup left around it ("[https://...4.0/)")."""
    inner = text.lstrip("[(<").rstrip(")]>")
    if inner != text and (_URL.fullmatch(inner) or _BARE_URL.fullmatch(inner)):
        return inner
    return text


# A Markdown link, its text a badge or a name: "[GNU License](https://www.gnu.org/licenses/
# gpl-3.0.html)", "[![License](https://img.shields.io/badge/...)](https://opensource.org/...)".
_MARKDOWN_LINK = re.compile(
    r"\[(?P<text>!?\[[^\]]*\]\((?P<image>[^)\s]+)\)|[^\[\]]*)\]\((?P<url>[^)\s]+)\)"
)


def _same_family(a: str, b: str) -> bool:
    """GPL-2.0-only and GPL-2.0-or-later: one license, read with or without "or later"."""
    return re.sub(r"-(?:only|or-later)$", "", a) == re.sub(r"-(?:only|or-later)$", "", b)


def _markdown_link(text: str, registry: Registry) -> Normalized | None:
    """A link read by its text, and by its address where the text names no one license (the
    address may give the version: "[GNU License](.../gpl-3.0.html)"); None for no link."""
    link = _MARKDOWN_LINK.fullmatch(text)
    if link is None:
        return None
    shown = normalize(link.group("image") or link.group("text"), registry)
    address = normalize(link.group("url"), registry)
    how = "a link whose text or address names the license"
    if (
        shown.expression
        and address.expression
        and not _same_family(shown.expression, address.expression)
    ):
        found = sorted({shown.expression, address.expression})
        return _ambiguous(found, "a link whose text and address name other licenses")
    # the text says more than a page of the version's text ("[GPLv2 or later](.../gpl-2.0)")
    if shown.expression or address.expression:
        return _found(shown.expression or address.expression or "", 0.8, how)
    offered = [*shown.candidates, *address.candidates]
    return _ambiguous(offered, "a link that names no one license") if offered else None


# A field name written before the value: "License: MIT", "SPDX-License-Identifier: MIT",
# "licenseId: MIT-0", "name: IBM Public License v1.0", "license = 'GPL2'".
_LABEL = re.compile(
    r"^@?(?:spdx[\s_-]*)?(?:licen[cs]es?|licensing)?[\s_-]*(?:id(?:entifier)?|name|type|info)?"
    r"(?<=\w)\s*[:=](?!:)\s*",  # "License :: ..." is a classifier, not a field name
    re.IGNORECASE,
)

_CLOSING_TAG = re.compile(r"</[A-Za-z][\w:-]*\s*>")
_TAG = re.compile(r"</?[A-Za-z][\w:-]*[^<>]*>")

# The sentence around a name: "This library is released under the terms of the MIT License".
_PREAMBLE = re.compile(
    r"^(?:(?:this|the)\s+\w+(?:\s+\w+)?\s+(?:is|are)\s+)?"
    r"(?:released|licen[cs]ed|distributed|available|provided|offered|covered)\s+"
    r"(?:under|by)\s+(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)

# "See https://...", "see: www...", "see /usr/share/common-licenses/GPL-2": a pointer to the
# address or path that follows.
_SEE_URL = re.compile(
    r"^(?:see|refer\s+to|visit|read)\s*:?\s+(?=(?:https?://|www\.|/)[^\s<>()\[\]]*$)", re.IGNORECASE
)
# A C comment's star left between the words of a name that ran over two lines.
_COMMENT_STAR = re.compile(r"(?<=\s)\*+(?=\s)")
# "or latter": a slip for "or later" (nothing else follows "or" so)
_TRAILING_COMMENT = re.compile(r"(?<=\S)\s+#\s+[^#\n]*$")
_OR_LATTER = re.compile(r"\b(or(?:\s+any)?)\s+latter\b", re.IGNORECASE)

# Markdown emphasis around words: "*either* the modified BSD license *or* the AFL 2.1".
_EMPHASIS = re.compile(r"(?<![\w*])\*{1,2}([^*\s](?:[^*]*[^*\s])?)\*{1,2}(?![\w*])")

# A longer sentence around a name: "All code in this repository is being licensed under the
# Amazon Software License". The subject is dropped only when it names no license itself.
_SUBJECT_FRAME = re.compile(
    r"^(?P<subject>(?:[\w'’./()-]+\s+){1,8}?)(?:(?:is|are|was|were|has\s+been|have\s+been|"
    r"will\s+be|is\s+being|are\s+being|being|been)\s+)?(?:(?:also|now|all|only|hereby)\s+)?"
    r"(?:released|licen[cs]ed|distributed|available|provided|offered|covered|published|"
    r"made\s+available)\s+(?:under|by|through|pursuant\s+to)\s+(?:the\s+)?"
    r"(?:terms\s+(?:and\s+conditions\s+)?of\s+(?:the\s+)?)?(?=\S)",
    re.IGNORECASE,
)


def _without_subject(text: str, registry: Registry) -> str:
    """``text`` without the subject of its sentence frame, when that subject names nothing."""
    frame = _SUBJECT_FRAME.match(text)
    if frame is None:
        return text
    dual = _SUBJECT_DUAL.search(frame.group("subject"))
    if dual is not None and not _SUBJECT_KEPT.search(frame.group("subject"), dual.end()):
        # "This package is dual licensed under A and B": read from "dual", a choice
        subject = _read_part(frame.group("subject")[: dual.start()], registry)
        return text if _names_something(subject) else text[dual.start() :]
    if _SUBJECT_KEPT.search(frame.group("subject")):
        return text  # "cannot be licensed under MIT" names no license of the work
    if _names_something(_read_part(frame.group("subject"), registry)):
        return text  # "MIT-licensed parts are released under ...": a name is kept
    return text[frame.end() :]


def _without_subject_read(text: str, registry: Registry) -> Normalized | None:
    """ "All code in this repository is being licensed under the X License": the text read again
    without its sentence's subject, when that gives an expression."""
    framed = _without_subject(text, registry)
    if framed == text:
        return None
    again = normalize(framed, registry)
    return again if again.expression is not None else None


def _names_something(reading: Normalized | None) -> bool:
    """Whether a reading names a license, or says the work is none (a guessed typo names none)."""
    if reading is None:
        return False
    if reading.ambiguous:
        return not guessed_typo(reading)
    return reading.expression is not None or reading.meaning != "unknown"


_SUBJECT_DUAL = re.compile(r"\b(?:dual(?:ly)?|double)\b", re.IGNORECASE)


# Subject words that change what follows: a choice ("dual", "either"), a negation ("cannot be
# licensed under MIT" names no license of the work), a part kept apart ("except").
_SUBJECT_KEPT = re.compile(
    r"\b(?:dual(?:ly)?|double|triple|tri|multi|multiple|either|both|not|no|never|cannot|can't|"
    r"won't|isn't|aren't|except|excluding|other\s+than|unless)\b",
    re.IGNORECASE,
)


# Sites whose URLs end in a license id: opensource.org, spdx.org, choosealicense.com.
_ID_URL = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:opensource\.org/licenses?|spdx\.org/licenses"
    r"|choosealicense\.com/licenses|licenses\.nuget\.org)/([A-Za-z0-9.+-]+?)"
    r"(?:\.html|\.php|\.json|\.txt)?/?(?:#[\w-]*)?$",
    re.IGNORECASE,
)
# A GNU license's page named by family and version alone ("gpl-3-0", "lgpl-v2.1", "agpl-v3").
_GNU_SLUG = re.compile(r"(?:a|l)?gpl-?v?\d(?:\.\d)?(?:-only|-or-later|\+)?")
_CC_URL = re.compile(
    r"(?:creativecommons\.org/(?:licenses|publicdomain)|(?:licensebuttons\.net|i\.creativecommons\.org)/l)"
    r"/([a-z-]+)/(\d\.\d)(?:/([a-z]{2,3})\b(?!\.))?"
)
# Apache's own pages name the version in the file: www.apache.org/licenses/LICENSE-2.0.
_APACHE_URL = re.compile(r"apache\.org/licen[cs]es/licen[cs]e-(\d\.\d)")
_GNU_URL = re.compile(r"gnu\.org/licenses/(?:old-licenses/)?((?:a|l)?gpl|fdl)-(\d(?:\.\d)?)\b")
# Mozilla's and Eclipse's pages name the version in the path: mozilla.com/MPL/1.1/,
# eclipse.org/legal/epl-v20.html.
_VERSIONED_URLS = (
    (re.compile(r"mozilla\.(?:org|com)/(?:[a-z]{2}-[a-z]{2}/)?mpl/(\d)\.(\d)\b"), "MPL"),
    (re.compile(r"eclipse\.org/legal/epl-v?(\d)\.?(\d)\b"), "EPL"),
)
# A shields.io badge: /badge/<label>-<message>-<colour>, "--" a dash and "_" a space in its
# parts ("img.shields.io/badge/License-BSD%203--Clause-blue.svg").
_BADGE_URL = re.compile(
    r"shields\.io/badge/(?P<label>(?:[^-/?]|--)*)-(?P<message>(?:[^-/?]|--)+)-[\w%]+"
    r"(?:\.svg|\.png)?(?:\?.*)?$",
    re.IGNORECASE,
)


def _from_badge(label: str, message: str, registry: Registry) -> Normalized:
    """A licence badge's message read as a name; a badge of anything else names none."""

    def part(raw: str) -> str:
        return urllib.parse.unquote(raw.replace("--", "\0").replace("__", "\1"))

    words = part(message).replace("_", " ").replace("\0", "-").replace("\1", "_")
    if not re.search(r"licen[cs]e", part(label), re.IGNORECASE):
        return _meaning("unknown", "a badge that is not about a license")
    found = _read_part(words, registry)
    if found is not None and found.expression is not None:
        return found.model_copy(update={"confidence": 0.8, "how": "a license badge"})
    return found or _meaning("unknown", "a license badge that names no license")


# An encyclopaedia article or a distribution's wiki page about one license: its title is the
# license's name ("wikipedia.org/wiki/Microsoft_Public_License"); an article's section
# ("Apache_License#Apache_License_2.0") names the version.
_ARTICLE_URL = re.compile(
    r"(?:[a-z]{2}\.)?wikipedia\.org/wiki/(?P<title>[^#?/]+)(?:#(?P<section>[^?]+))?$"
    r"|fedoraproject\.org/wiki/licensing[/:](?P<fedora>[^#?/]+)/?$",
    re.IGNORECASE,
)


def _from_url(text: str, registry: Registry) -> Normalized | None:
    """A bare URL of a license page: an id in the URL, or a URL listed in the license data."""
    if not _URL.fullmatch(text) and not _BARE_URL.fullmatch(text):
        return None
    by_id = _from_id_url(text)
    if by_id is not None:
        return by_id
    cc = _CC_URL.search(text.lower())
    if cc is not None:
        elements, version, port = cc.groups()
        words = "cc0" if elements == "zero" else f"cc {elements.replace('-', ' ')}"
        found = _creative_commons(f"{words} {version} {port or ''}".strip())
        if found is not None and found.expression is not None:
            return found.model_copy(update={"confidence": 0.8, "how": "a Creative Commons URL"})
    apache = _APACHE_URL.search(text.lower())
    if apache is not None and f"apache-{apache.group(1)}" in _spdx.LICENSES:
        found_id = _spdx.LICENSES[f"apache-{apache.group(1)}"][0]
        return _found(found_id, 0.8, "an Apache license page URL")
    gnu = _GNU_URL.search(text.lower())
    if gnu is not None:
        found = _gnu(f"{gnu.group(1)} {gnu.group(2)}")
        if found is not None:
            return (
                found.model_copy(update={"confidence": 0.8, "how": "a GNU license page URL"})
                if found.expression
                else found
            )
    badge = _BADGE_URL.search(text)
    if badge is not None:
        return _from_badge(badge.group("label"), badge.group("message"), registry)
    for pattern, stem in _VERSIONED_URLS:
        page = pattern.search(text.lower())
        key = f"{stem}-{page.group(1)}.{page.group(2)}".lower() if page else ""
        if key in _spdx.LICENSES:
            return _found(_spdx.LICENSES[key][0], 0.8, f"a license page URL of {stem}")
    return _from_listed_url(text, registry)


def license_page(url: str, registry: Registry | None = None) -> str | None:
    """The one license whose page ``url`` is, or None: an id in the URL, a Creative Commons,
    Apache, GNU, Mozilla or Eclipse page, a licence badge, a page the license data lists for
    one license. Not an article about a license (its title may be loose), nor a page several
    licenses list."""
    found = _from_url(url, registry or default_registry())
    if found is None or found.expression is None or found.confidence < 0.8:
        return None
    return found.expression


def _from_id_url(text: str) -> Normalized | None:
    """A page of a site whose URLs end in a license id, read by the id; None otherwise."""
    by_id = _ID_URL.match(text)
    if by_id is None:
        return None
    # opensource.org's newer pages write a version's dot as a dash ("license/gpl-3-0")
    slug = re.sub(r"(?<=\d)-(?=\d)", ".", by_id.group(1)).lower()
    found = _exact(by_id.group(1)) or _squashed(_words(by_id.group(1)))
    if found is None and _GNU_SLUG.fullmatch(slug):
        found = _gnu(slug)
    if found is None or found.expression is None:
        return None
    return found.model_copy(update={"confidence": 0.8, "how": "a license page URL naming the id"})


def _from_listed_url(text: str, registry: Registry) -> Normalized:
    """A URL the license data (or licensedcode-data's pages) lists, else an article's title."""
    ids = _url_index(registry).get(_url_key(text), ())
    if not ids:
        return (
            _from_article(text, registry)
            or _from_home_page(text)
            or _meaning("unknown", "a URL that is not a known license page")
        )
    under = sorted(_url_folders(registry).get(_url_key(text), frozenset()) - set(ids))
    if under:
        # "apache.org/licenses/", "php.net/license": a folder whose pages are several licenses'
        offered = [_current(i) for i in (*ids, *under)][:_MAX_COMBINED_CANDIDATES]
        return _ambiguous(offered, "a URL of a folder that holds several licenses' pages")
    base = min(ids, key=len)
    entry = registry.find(base)
    if entry is not None and entry.is_exception:
        return _meaning("unknown", f"a URL of {base}, an exception, which needs a license")
    if all(i.startswith(base) for i in ids):  # MPL-2.0 and its variant MPL-2.0-no-copyleft-...
        return _found(_current(base), 0.8, f"a URL of {base} in the license data")
    return _ambiguous([_current(i) for i in ids], "a URL that several licenses list")


# A site's home page, with no path: "http://wtfpl.org/", "www.unlicense.org".
_HOME_PAGE = re.compile(
    r"^(?:https?://)?(?:www\.)?(?P<name>[a-z0-9-]+)\.[a-z]{2,6}/?$", re.IGNORECASE
)
# Shorter ids are words or bodies as often as licenses ("mit.edu", "isc.org", "json.org").
MIN_HOME_PAGE_ID = 5


def _from_home_page(text: str) -> Normalized | None:
    """The license a site is named after, from its home page's address: the site's name is
    the license's id ("wtfpl.org" is the WTFPL's). Only ids of five letters or more."""
    home = _HOME_PAGE.match(text.strip())
    if home is None or len(home.group("name")) < MIN_HOME_PAGE_ID:
        return None
    found = _exact(home.group("name"))
    if found is None or found.expression is None or " " in found.expression:
        return None
    return found.model_copy(update={"confidence": 0.7, "how": "a site named after the license"})


def _from_article(text: str, registry: Registry) -> Normalized | None:
    """The license an article's URL is about, read from its title (and section), or None."""
    article = _ARTICLE_URL.search(text)
    if article is None:
        return None
    title = (article.group("title") or article.group("fedora")).replace("_", " ")
    section = (article.group("section") or "").replace("_", " ")
    offered: Normalized | None = None
    for name in (section, f"{title} {section}") if section else (title,):
        found = _read_part(name, registry)
        if found is not None and found.expression is not None:
            how = "the title of a page about the license"
            return found.model_copy(update={"confidence": 0.7, "how": how})
        if found is not None and found.candidates and offered is None:
            offered = found  # "GNU_General_Public_License": the versions it may mean
    return offered


# A URL written without its scheme: "opensource.org/licenses/MIT" (never split at its '/').
_BARE_URL = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,6}/[^\s<>()\[\]]*", re.IGNORECASE)


# A file path: it starts with '/' or '.', or it ends in a file extension ("licenses/
# apache2.0.LICENSE.txt", "/usr/share/common-licenses/GPL-2"). "MIT/Apache-2.0" is no path.
_PATH = re.compile(
    r"(?:\.{0,2}/[\w.+-]+)+/?|[\w.+-]+(?:/[\w.+-]+)+\.(?:txt|md|rst|html?|license|licence)",
    re.IGNORECASE,
)
_FILE_SUFFIX = re.compile(r"(?:\.(?:txt|md|rst|html?|license|licence|php))+$", re.IGNORECASE)


def _from_path(text: str, registry: Registry) -> Normalized | None:
    """A path to a license file: the file's name may name the license; else a pointer."""
    if not _PATH.fullmatch(text):
        return None
    name = _FILE_SUFFIX.sub("", text.rstrip("/").rsplit("/", 1)[-1])
    found = _read_part(name, registry) if name else None
    if found is not None and found.expression is not None:
        return found.model_copy(update={"confidence": 0.7, "how": "the name of a license file"})
    return _meaning("see-file", "a path to a file instead of a license name")


# Debian's pointer to the license texts it ships: "On Debian systems, the complete text of the
# GNU General Public License version 2 can be found in `/usr/share/common-licenses/GPL-2'."
_COMMON_LICENSES = re.compile(r"[`'\"]?(?P<path>/?usr/share/common-licenses/[\w.+-]*[\w+])[`'\"]?")
_TEXT_OF = re.compile(
    r"\b(?:text|copy)\s+of\s+(?:the\s+)?(?P<name>.+?)(?:\s+(?:text|file))?,?\s+"
    r"(?:(?:can|may)\s+be\s+found|is\s+(?:available|found|contained|distributed)|(?:is\s+)?in)\b"
)
_NAME_TEXT = re.compile(
    r"^(?:the\s+)?(?P<name>.+?)\s+(?:licen[cs]e\s+)?text\s+is\s+(?:contained|available|found)\s+in\b"
)
_TEXT_OF_AFTER = re.compile(
    r"^\W*(?:for|with)\s+(?:the\s+)?(?:complete\s+|full\s+)?text\s+of\s+(?:the\s+)?(?P<name>.+)$"
)
_TEXT_WORDS = re.compile(r"\b(?:text|copy|found|available|contained|see|refer)\b")
_NAMELESS = frozenset({"license", "licence", "this license", "the license", "it"})


def _debian_pointer(text: str, registry: Registry) -> Normalized | None:
    """A sentence that points at a license text in Debian's /usr/share/common-licenses: the
    file names the license; a name the sentence gives must agree with it."""
    paths = list(_COMMON_LICENSES.finditer(text))
    words = _words(text)
    if len(paths) != 1 or not _TEXT_WORDS.search(words):
        return None
    by_path = _read_part(paths[0].group("path").rsplit("/", 1)[-1], registry)
    if by_path is None or (by_path.expression is None and not by_path.ambiguous):
        return None
    # the name the sentence gives: before the path ("the text of X can be found in PATH") or
    # after it ("refer to PATH for the complete text of X")
    around = (_words(text[: paths[0].start()]), _words(text[paths[0].end() :]))
    said = (
        _TEXT_OF.search(around[0])
        or _NAME_TEXT.search(around[0])
        or _TEXT_OF_AFTER.search(around[1])
    )
    name = said.group("name").strip(" ,.;'`\"") if said else ""
    by_name = _read_part(name, registry) if name and name not in _NAMELESS else None
    if by_name is None or (by_name.expression is None and not by_name.ambiguous):
        if said is None and any(p.search(" ".join(around)) for p in _NAMES):
            return None  # the sentence names a license elsewhere: not only a pointer
        return by_path.model_copy(update={"how": "Debian's copy of the license text"})
    named = (by_name.expression,) if by_name.expression else by_name.candidates
    if by_path.expression is not None and by_path.expression in named:
        return by_path.model_copy(update={"how": "Debian's copy of the license text, as named"})
    if by_path.expression is None and by_name.expression is None:
        both = [c for c in by_path.candidates if c in named] or list(by_path.candidates)
        return _ambiguous(both, "neither the name nor Debian's file name states the version")
    offered = (by_path.expression,) if by_path.expression else by_path.candidates
    return _ambiguous(
        list(dict.fromkeys((*offered, *named))), "the name and Debian's file name disagree"
    )


def _url_key(url: str) -> str:
    """URLs compared without scheme, 'www.', trailing '/', or a page extension."""
    key = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip().lower())
    return re.sub(r"(?:\.html?|\.txt|\.php)?/*$", "", key)


def _scancode_pages() -> dict[str, tuple[str, ...]]:
    """ScanCode key -> the pages licensedcode-data gives for its text; empty without the
    package. Left out: the pages of a generic license ("proprietary", "unknown"), which are any
    vendor's; of an exception, which is no license alone; and addresses with a query
    ("go.microsoft.com/fwlink/?LinkId=..."), which redirect wherever their owner points them."""
    # Deferred: most readings need no URL, and this reads every license file of the package.
    from licenseclass.core.licensedcode import scancode_licenses  # noqa: PLC0415

    try:
        licenses = scancode_licenses()
    except RefdataError:
        return {}
    return {
        key: tuple(url for url in info.page_urls if "?" not in url)
        for key, info in licenses.items()
        if not info.is_generic and not info.is_exception
    }


@functools.lru_cache(maxsize=8)
def _url_index(registry: Registry) -> dict[str, tuple[str, ...]]:
    """Each license URL in the data -> the ids that list it (built once per registry): the
    entry's own URLs, and the text pages licensedcode-data gives for its ScanCode key
    ("http://mozilla.org/MPL/2.0/", "opensource.org/licenses/mit-license.php")."""
    pages = _scancode_pages()
    index: dict[str, list[str]] = {}
    for entry in registry:
        for url in (*entry.urls, *pages.get(entry.scancode_key or "", ())):
            ids = index.setdefault(_url_key(url), [])
            if entry.id not in ids:
                ids.append(entry.id)
    return {key: tuple(ids) for key, ids in index.items()}


@functools.lru_cache(maxsize=8)
def _url_folders(registry: Registry) -> dict[str, frozenset[str]]:
    """Each folder of a license URL in the data -> the ids whose URLs lie below it."""
    below: dict[str, set[str]] = {}
    for key, ids in _url_index(registry).items():
        parts = key.split("/")
        for end in range(1, len(parts)):
            below.setdefault("/".join(parts[:end]), set()).update(ids)
    return {folder: frozenset(ids) for folder, ids in below.items()}


def _classifier(text: str, registry: Registry) -> Normalized | None:
    """A Python trove classifier: ``License :: OSI Approved :: MIT License``."""
    if not _TROVE.match(text):
        return None
    alias = _alias(text, registry)
    if alias is not None:
        return alias
    name = text.rsplit("::", maxsplit=1)[-1].strip()
    if name.casefold() in ("osi approved", "license", ""):
        return _meaning("unknown", "a classifier that names no license")
    return _read_with_brackets(name, registry)
