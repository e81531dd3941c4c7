"""One conclusion per project: what it declares, what its files say, and the two compared.

:func:`scan_paths` lists a folder or an archive (:mod:`~licenseclass.scan.walk`), finds the
projects in it (a folder with a manifest or a license file; a sub-folder with its own is a
vendored project of its own), and gathers for each the findings: manifest declarations read
by :func:`licenseclass.normalize`, license files read by :func:`licenseclass.classify_text`,
``SPDX-License-Identifier`` tags in the first lines of source files, and the license section
of the README. Declared and detected expressions are compared, never one silently preferred.
"""

from __future__ import annotations

import multiprocessing
import posixpath
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import NamedTuple

from licenseclass.clauses.license_sections import license_sections, section_only
from licenseclass.core.files import named_as_license
from licenseclass.core.model import LEVEL_RANK, Level, Reason, Verdict
from licenseclass.core.registry import Registry, default_registry
from licenseclass.errors import InputFileError, LicenseclassError
from licenseclass.expressions.lenient import ALL_RIGHTS_RESERVED, doubtful, normalize
from licenseclass.expressions.parser import equivalent, parse
from licenseclass.expressions.tree import And, LicenseId, LicenseRef, With, leaves
from licenseclass.expressions.verdicts import classify_expression
from licenseclass.scan.manifests import Declaration, Manifest, is_manifest, read_manifest
from licenseclass.scan.results import Agreement, Finding, PackageConclusion, ScanReport, Skipped
from licenseclass.scan.walk import MAX_ARCHIVE_BYTES, MAX_FILE_BYTES, Entry, list_target

# Source files are looked at for tags in their first bytes only.
TAG_WINDOW = 4096
# A free-text License field longer than this is a license text, not a name.
LICENSE_TEXT_CHARS = 200

_LICENSE_NAME = re.compile(r"^(?:licen[cs]es?|copying|notice|unlicense)(?:[._-].*)?$", re.I)
_NOT_LICENSE_SUFFIXES = (
    ".py", ".pyc", ".pyi", ".js", ".ts", ".c", ".h", ".go", ".rs", ".java", ".rb", ".php",
    ".json", ".yaml", ".yml", ".toml", ".html", ".css", ".sh", ".cfg", ".ini", ".xml", ".so",
    ".gz", ".bz2", ".xz", ".zip", ".bin", ".png", ".jpg", ".gif", ".svg", ".pdf", ".rule",
)  # fmt: skip
_README_NAME = re.compile(r"^readme(?:\.(?:md|markdown|rst|txt))?$", re.I)
_TAG = re.compile(r"SPDX-License-Identifier\s*:\s*(.+)", re.IGNORECASE)
_TAG_CLOSERS = ("*/", "-->", "#}", "%>", '"""', "'''", ";")
_METADATA_DIR = re.compile(r"\.(?:dist-info|egg-info)$")


def is_license_file(path: str) -> bool:
    """LICENSE*, LICENCE*, COPYING*, NOTICE*, UNLICENSE, anything under REUSE's LICENSES/ or
    a dist-info's licenses/ (not source files that happen to be named license.py)."""
    parts = path.split("/")
    name = parts[-1]
    if name.lower().endswith(_NOT_LICENSE_SUFFIXES):
        return False
    if len(parts) > 1 and parts[-2] == "LICENSES":
        return True
    if any(_METADATA_DIR.search(p) for p in parts[:-1]) and "licenses" in parts[:-1]:
        return True
    return bool(_LICENSE_NAME.match(name))


# --------------------------------------------------------------------------- reading


def decode(data: bytes) -> tuple[str, str | None]:
    """The text, and a note when it was not UTF-8 (then read as Latin-1, which never fails)."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        note = f"not UTF-8 (invalid byte at offset {exc.start}); read as Latin-1"
        return data.decode("latin-1"), note


def looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


class TextReading(NamedTuple):
    """What a license file (or a license text in a field) says: the expression of the licenses
    identified in it, with the lines of their matches, and, when its whole text is less open
    than that expression (``classify_text`` reads lines no reference explains as terms, so an
    MIT text with a non-commercial sentence is restricted), that level and the reasons its own
    terms add, each with its lines. ``read_more_open`` marks the other way round: a file whose
    own reading is more open than its expression's (NLTK's README, whose generic tag stands for
    corpora "available for non-commercial use"; a contributor agreement beside a license)."""

    expression: str | None
    start_line: int | None = None
    end_line: int | None = None
    terms_level: Level | None = None
    terms: tuple[str, ...] = ()
    read_more_open: bool = False
    # what a text with no license is, where the identification says ("only the exception
    # cryptsetup-OpenSSL-exception, which adds a permission to a license ...")
    what_it_is: str | None = None


class Judge:
    """Expressions and texts judged once per scan, with one registry."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._levels: dict[str, Level] = {}
        # the same license text turns up in many packages: each is identified once (per
        # whether its file is named as a license, which reads a few plain sentences as terms)
        self._texts: dict[tuple[str, bool], TextReading] = {}

    def level(self, expression: str) -> Level:
        if expression not in self._levels:
            try:
                found = classify_expression(expression, registry=self.registry).level
            except LicenseclassError:
                found = "unknown"
            self._levels[expression] = found
        return self._levels[expression]

    def verdict(self, expression: str) -> Verdict:
        try:
            return classify_expression(expression, registry=self.registry).verdict
        except LicenseclassError as exc:
            return Verdict(
                level="unknown",
                policy="article",
                reasons=(Reason(message=f"the expression {expression!r} cannot be read: {exc}"),),
            )

    def registry_ids(self, expression: str) -> str:
        """ScanCode's ``LicenseRef-scancode-*`` ids by the registry's id where it has one."""

        def replace(found: re.Match[str]) -> str:
            entry = self.registry.find(found.group(0))
            return entry.id if entry is not None and " " not in entry.id else found.group(0)

        return re.sub(r"LicenseRef-[A-Za-z0-9.\-]+", replace, expression)

    def text(self, text: str, *, license_file: bool = False) -> TextReading:
        """What a text holds: its expression, the lines of its matches, and its verdict
        (``license_file``: the text is a file named as a license, see ``classify_text``)."""
        from licenseclass.textid.classify import (  # noqa: PLC0415 - the index
            added_terms,
            classify_text,
            more_open_reading,
            what_it_is,
        )

        key = (text, license_file)
        if key not in self._texts:
            found = classify_text(text, registry=self.registry, license_file=license_file)
            terms = added_terms(found, self.registry)
            read = () if terms else more_open_reading(found, self.registry)
            self._texts[key] = TextReading(
                None if found.expression is None else self.registry_ids(found.expression),
                min((m.start_line for m in found.matches), default=None),
                max((m.end_line for m in found.matches), default=None),
                found.verdict.level if terms or read else None,
                tuple(_with_lines(r) for r in terms or read),
                bool(read),
                what_it_is(found),
            )
        return self._texts[key]

    def text_level(self, reading: TextReading) -> tuple[Level | None, str | None]:
        """A text's level (its own terms', when they say more than its expression: a vendor
        agreement nothing identifies, lines beside MIT that limit it) and the note that says
        why; (None, None) when the text names nothing and states no terms."""
        why = "; ".join(reading.terms[:2])
        if reading.terms_level is not None and reading.expression is None:
            return reading.terms_level, (
                f"no license identified; its terms read as {reading.terms_level}: {why}"
            )
        if reading.terms_level is not None and reading.read_more_open:
            return reading.terms_level, f"{reading.expression} as its own words read: {why}"
        if reading.terms_level is not None:
            return reading.terms_level, f"the text adds terms to {reading.expression}: {why}"
        return (self.level(reading.expression) if reading.expression else None), None

    def prefetch(self, texts: Iterable[tuple[str, bool]], jobs: int) -> None:
        """Identify ``texts`` in ``jobs`` processes, so that :meth:`text` finds them ready.

        The workers are forked after the index is loaded, so they share it instead of each
        loading a copy; where fork is not available the texts wait for :meth:`text`.
        """
        todo = [t for t in dict.fromkeys(texts) if t not in self._texts]
        if jobs <= 1 or len(todo) < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return
        self.text("")  # load the index and the registry before forking
        global _POOL_JUDGE  # noqa: PLW0603 - read by the forked workers only
        _POOL_JUDGE = self
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            for key, result in zip(todo, pool.map(_identify, todo, chunksize=4), strict=True):
                self._texts[key] = result

    def declared(self, declaration: Declaration) -> tuple[str | None, str | None, Level | None]:
        """The expression a manifest declaration gives, a note on how it was read, and for an
        ambiguous name whose every reading has the same level, that level."""
        values = declaration.value if isinstance(declaration.value, tuple) else (declaration.value,)
        if declaration.kind == "file":
            return None, f"points at the license file {declaration.value}", None
        parts: list[str] = []
        notes: list[str] = []
        shared: set[Level] = set()
        from licenseclass.clauses.stated import declared_limits  # noqa: PLC0415 - the reader

        for value in values:
            read = normalize(value, self.registry)
            expression = read.for_verdict
            if expression is None and len(value) > LICENSE_TEXT_CHARS:
                reading = self.text(value)
                if reading.expression and reading.terms_level is None:
                    notes.append("the field holds a license text")
                    parts.append(reading.expression)
                    continue
                if reading.terms_level is not None:
                    # a vendor agreement pasted in the field, or a license with terms added
                    _, why = self.text_level(reading)
                    notes.append(f"the field holds a license text; {why}")
                    shared.add(reading.terms_level)
                    continue
            limits = declared_limits(read)
            if limits is not None:
                # "Free for non-commercial use": terms, not a license name
                notes.append(f"{limits.summary} ({read.how})")
                shared.add(limits.level)
                continue
            if expression is None:
                if read.ambiguous:
                    notes.append(f"ambiguous: may be {' or '.join(read.candidates) or '?'}")
                    if doubtful(read) or not read.candidates:
                        # the candidates are guesses ("Modified MIT License"): not their level
                        shared.add("unknown")
                    else:
                        shared.update(self.level(c) for c in read.candidates)
                else:
                    notes.append(f"not read as a license ({read.how})")
                continue
            if read.how and read.confidence < 1.0:
                notes.append(f"read as {expression} ({read.how})")
            parts.append(expression)
        if not parts:
            level = next(iter(shared)) if len(shared) == 1 and len(values) == 1 else None
            return None, "; ".join(notes) or None, level
        operator = " AND " if declaration.kind == "all" else " OR "
        return join(parts, operator), "; ".join(notes) or None, None


def _with_lines(reason: Reason) -> str:
    """A reason's message with the lines its evidence rests on ("... (line 1)")."""
    spans = sorted({(e.start_line, e.end_line) for e in reason.evidence})
    if not spans:
        return reason.message
    said = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans[:3])
    plural = "s" if len(spans) > 1 or spans[0][0] != spans[0][1] else ""
    return f"{reason.message} (line{plural} {said})"


# The judge whose index forked workers share (set just before forking; see Judge.prefetch).
_POOL_JUDGE: Judge | None = None


def _identify(key: tuple[str, bool]) -> TextReading:
    assert _POOL_JUDGE is not None
    text, license_file = key
    return _POOL_JUDGE.text(text, license_file=license_file)


def join(expressions: Iterable[str], operator: str = " AND ") -> str | None:
    """Distinct expressions joined (compound ones in parentheses); one stays as it is."""
    unique = list(dict.fromkeys(e for e in expressions if e))
    if not unique:
        return None
    if len(unique) == 1:
        return unique[0]
    return operator.join(f"({e})" if " " in e else e for e in unique)


def tag_expressions(text: str) -> list[tuple[int, str | None, str]]:
    """``SPDX-License-Identifier:`` lines: (line, expression or None when invalid, raw)."""
    found: list[tuple[int, str | None, str]] = []
    if "identifier" not in text.casefold():
        return found
    for number, line in enumerate(text.splitlines(), start=1):
        tag = _TAG.search(line)
        if tag is None:
            continue
        raw = tag.group(1).strip()
        for closer in _TAG_CLOSERS:
            raw = raw.removesuffix(closer).rstrip()
        raw = raw.strip("\"'").strip()
        try:
            expression: str | None = str(parse(raw, strict=False, update_deprecated=True))
        except LicenseclassError:
            expression = None
        found.append((number, expression, raw))
    return found


def readme_section(text: str) -> tuple[int, int, str] | None:
    """The first license section of a README (see :func:`license_sections`): its first and last
    line and its text, heading excluded."""
    sections = license_sections(text)
    if not sections:
        return None
    first, last = sections[0]
    return first, last, "\n".join(text.split("\n")[first - 1 : last]).replace("\r", "")


# --------------------------------------------------------------------------- conclusions


def _ids(expression: str) -> frozenset[str]:
    tree = parse(expression, strict=False, update_deprecated=True)
    found = set()
    for leaf in leaves(tree):
        base = leaf.license if isinstance(leaf, With) else leaf
        if isinstance(base, (LicenseId, LicenseRef)):
            found.add(str(base).casefold())
    return frozenset(found)


def agreement_of(declared: str | None, detected: str | None) -> Agreement:
    if declared and detected:
        try:
            if equivalent(declared, detected) or _ids(declared) == _ids(detected):
                return "agree"
        except LicenseclassError:
            pass
        return "conflicting"
    if declared:
        return "declared-only"
    return "detected-only" if detected else "none"


def conclude(
    judge: Judge,
    *,
    name: str,
    version: str | None,
    path: str,
    findings: Sequence[Finding],
    errors: Sequence[str] = (),
    vendored_in: str | None = None,
    options: Collection[str] = (),
) -> PackageConclusion:
    """The conclusion on one package from its findings; ``options`` are license files whose
    terms are one option of a declared choice (R's ``GPL-2 | file LICENSE``)."""
    declared = _distinct(f.expression for f in findings if f.declared and f.expression)
    detected = _distinct(f.expression for f in findings if not f.declared and f.expression)
    agreement = agreement_of(declared, detected)
    if agreement == "conflicting":
        assert declared is not None
        assert detected is not None
        sides = [judge.verdict(declared), _files_verdict(judge, detected, findings)]
        worse = min(sides, key=lambda v: LEVEL_RANK[v.level])
        message = (
            f"the declared license ({declared}, {sides[0].level}) and the license files and "
            f"tags ({detected}, {sides[1].level}) disagree: the less open of the two is taken"
        )
        deferred = _declared_defers_to_files(declared, sides[0], findings)
        if deferred is not None:
            worse, message = sides[1], f"{deferred}: the license files and tags ({detected}) decide"
        verdict = worse.model_copy(update={"reasons": (Reason(message=message), *worse.reasons)})
    elif declared:
        verdict = judge.verdict(declared)
    elif detected:
        verdict = _files_verdict(judge, detected, findings)
    elif len(levels := {f.level for f in findings if f.declared and f.level}) == 1 and (
        levels != {"unknown"}
    ):
        # "BSD": which BSD is not said, but every reading is open: the level is known
        level = levels.pop()
        assert level is not None
        first = next(f for f in findings if f.declared and f.level)
        message = (
            f"{first.source} does not say which license it means ({first.note}), "
            f"but every reading is {level}"
        )
        verdict = Verdict(level=level, policy="article", reasons=(Reason(message=message),))
    else:
        verdict = Verdict(
            level="unknown",
            policy="article",
            reasons=(Reason(message="no license declared and no license file or tag found"),),
        )
    granted = _granted_by_files(findings) if declared == ALL_RIGHTS_RESERVED else None
    if granted is not None:
        # "Proprietary" in the metadata says only that the work is not open; a license file
        # whose terms give some use says what is granted
        message = (
            f"the declared license ({declared}) says the work is not openly licensed; "
            f"{granted.path} says what it grants: {granted.note or granted.level}"
        )
        assert granted.level is not None
        verdict = Verdict(level=granted.level, policy="article", reasons=(Reason(message=message),))
    else:
        # a file that is one option of the declared choice limits only that option
        limiting = [f for f in findings if not (declared and f.path in options)]
        verdict = _with_text_terms(judge, verdict, limiting, found=bool(declared or detected))
    return PackageConclusion(
        name=name,
        version=version,
        path=path,
        declared_expression=declared,
        detected_expression=detected,
        agreement=agreement,
        verdict=verdict,
        findings=tuple(findings),
        errors=tuple(errors),
        vendored_in=vendored_in,
    )


def _files_verdict(judge: Judge, detected: str, findings: Sequence[Finding]) -> Verdict:
    """The verdict on what the license files say: their expression's, except that a file whose
    own reading is more open than its expression's (``TextReading.read_more_open``: an id closed
    only by its label, a contributor agreement beside a license) counts at its own level, with
    its note as the reason."""
    read = [
        f
        for f in findings
        if not f.declared
        and f.expression
        and f.level is not None
        and LEVEL_RANK[f.level] > LEVEL_RANK[judge.level(f.expression)]
    ]
    if not read:
        return judge.verdict(detected)
    rest = _distinct(
        f.expression for f in findings if not f.declared and f.expression and f not in read
    )
    others = judge.verdict(rest) if rest else None
    worst = min(read, key=lambda f: LEVEL_RANK[f.level or "unknown"])
    assert worst.level is not None
    reasons = tuple(Reason(message=f"{f.path}: {f.note}") for f in read)
    if others is not None and LEVEL_RANK[others.level] <= LEVEL_RANK[worst.level]:
        return others.model_copy(update={"reasons": (*others.reasons, *reasons)})
    return Verdict(level=worst.level, policy="article", reasons=reasons)


# Words in a project's own reference that say the terms are not open.
_CLOSED_WORDS = re.compile(
    r"proprietary|commercial|eula|confidential|rights-reserved|non-?free|closed", re.IGNORECASE
)


def _declared_defers_to_files(
    declared: str, stated: Verdict, findings: Sequence[Finding]
) -> str | None:
    """Why a declaration that disagrees with the license files leaves the verdict to them, or
    None where the less open of the two stands:

    - it names only the project's own references (``LicenseRef-Repoze-BSD-derived``), which
      the catalogue does not know, and whose names do not call them proprietary: under PEP
      639 such a reference's text is a license file;
    - it is "all rights reserved" from one field while another field of the same metadata
      declares an open license ("BSD License" and "Other/Proprietary License" classifiers
      together): the metadata contradicts itself.
    """
    ids = _ids(declared)
    own_refs = all(
        i.startswith("licenseref-")
        and not i.startswith("licenseref-scancode-")
        and not _CLOSED_WORDS.search(i)  # "LicenseRef-NVIDIA-Proprietary" says what it is
        for i in ids
    )
    if stated.level == "unknown" and ids and own_refs:
        return f"the declared license ({declared}) is the project's own reference, not catalogued"
    open_fields = [f.source for f in findings if f.declared and f.level == "open"]
    if declared == ALL_RIGHTS_RESERVED and open_fields:
        return (
            f"the metadata says both that the work is not openly licensed ({declared}) and "
            f"that it is open ({open_fields[0]})"
        )
    return None


def _granted_by_files(findings: Sequence[Finding]) -> Finding | None:
    """A license file (or README section) that grants use within limits (restricted), when no
    file is closed: what a package declared as all rights reserved grants."""
    limited = [f for f in findings if not f.declared and f.level in ("restricted", "closed")]
    if not limited or any(f.level == "closed" for f in limited):
        return None
    return limited[0]


def _with_text_terms(
    judge: Judge, verdict: Verdict, findings: Sequence[Finding], *, found: bool
) -> Verdict:
    """The verdict, lowered by the texts whose own terms say more than their expressions (a
    license file whose lines beside MIT forbid commercial use, a vendor agreement nothing
    identifies): the least open of them is taken, with the reason it gives."""
    limited = [
        f
        for f in findings
        if not f.declared
        and f.level in ("restricted", "closed")
        and (f.expression is None or LEVEL_RANK[f.level] < LEVEL_RANK[judge.level(f.expression)])
    ]
    if not limited:
        return verdict
    worst = min(limited, key=lambda f: LEVEL_RANK[f.level or "unknown"])
    assert worst.level is not None
    if found and LEVEL_RANK[worst.level] >= LEVEL_RANK[verdict.level]:
        return verdict
    reason = Reason(message=f"{worst.path}: {worst.note}")
    others = verdict.reasons if found or verdict.level != "unknown" else ()
    return verdict.model_copy(update={"level": worst.level, "reasons": (reason, *others)})


def _distinct(expressions: Iterable[str]) -> str | None:
    """Expressions joined with AND: the operands of an AND taken one by one, each one
    equivalent to an earlier one left out, and so is a choice another part satisfies."""
    kept: list[str] = []
    for expression in expressions:
        try:
            tree = parse(expression, strict=False)
        except LicenseclassError:
            parts = [expression]
        else:
            parts = [str(a) for a in tree.args] if isinstance(tree, And) else [str(tree)]
        for part in parts:
            if part in kept:
                continue
            try:
                if any(equivalent(part, k) for k in kept):
                    continue
            except LicenseclassError:
                pass
            kept.append(part)
    return join(_choice_of_texts(kept) or _absorbed(kept))


def _choice_of_texts(parts: list[str]) -> list[str] | None:
    """``Apache-2.0 AND MIT AND (Apache-2.0 OR MIT)`` is ``Apache-2.0 OR MIT``: where one
    finding offers a choice (a README's "Licensed under either of") and every other is the
    text of one of its options (LICENSE-APACHE, LICENSE-MIT), two at least, those files are
    the options' texts, not licenses to meet together. None where that is not so."""
    choices = [p for p in parts if " OR " in p and " AND " not in p]
    if len(choices) != 1:
        return None
    try:
        options = _ids(choices[0])
        others = [_ids(p) for p in parts if p != choices[0]]
    except LicenseclassError:
        return None
    if len(others) < 2 or any(len(o) != 1 or not o <= options for o in others):
        return None
    return choices


def _absorbed(parts: list[str]) -> list[str]:
    """``MIT AND (Apache-2.0 OR MIT)`` is ``MIT``: a choice that another part already
    satisfies adds nothing (the finding that offered it is still listed)."""
    kept = list(parts)
    for part in parts:
        if " OR " not in part:
            continue
        others = [k for k in kept if k != part]
        try:
            if any(equivalent(f"({other}) AND ({part})", other) for other in others):
                kept.remove(part)
        except LicenseclassError:
            pass
    return kept


def manifest_findings(judge: Judge, manifest: Manifest) -> list[Finding]:
    """One finding per declaration. Of one manifest's declarations only the strongest kind
    counts as declared (an expression over free text over classifiers); the others are
    kept as findings with a note, so that what the manifest says is all shown."""
    findings = []
    rank = {"expression": 0, "choice": 0, "all": 0, "text": 1, "classifier": 2, "file": 3}
    read = [(d, *judge.declared(d)) for d in manifest.declarations]
    best = min((rank[d.kind] for d, expression, _, _ in read if expression), default=None)
    for declaration, expression, how, shared in read:
        counts = expression is not None and rank[declaration.kind] == best
        note = how
        if expression is not None and not counts:
            note = "; ".join(filter(None, [how, "not used: the manifest declares more precisely"]))
        findings.append(
            Finding(
                path=manifest.path,
                kind="manifest",
                source=declaration.source,
                expression=expression if counts else None,
                declared=True,
                start_line=declaration.line,
                end_line=declaration.line,
                level=judge.level(expression) if expression else shared,
                note=note if counts or expression is None else f"{note} ({expression})",
            )
        )
    return findings


def license_file_finding(judge: Judge, path: str, data: bytes, *, named: bool = False) -> Finding:
    """A license file's reading; ``named``: a manifest names it as the license file, so it is
    read as one whatever its name ("License: MIT + file TERMS")."""
    text, note = decode(data)
    reading = judge.text(text, license_file=named or named_as_license(path))
    level, why = judge.text_level(reading)
    unnamed = None
    if level is None:
        unnamed = "no license identified"
        if reading.what_it_is:
            unnamed += f": {reading.what_it_is}"
    return Finding(
        path=path,
        kind="license-file",
        source="license file",
        expression=reading.expression,
        start_line=reading.start_line,
        end_line=reading.end_line,
        level=level,
        note="; ".join(filter(None, [note, unnamed, why])) or None,
    )


# --------------------------------------------------------------------------- projects


# Files whose SPDX-License-Identifier line speaks for the file itself: source code, build and
# configuration files (REUSE's list, in short). A tag inside a data file (a license database's
# .RULE files, test fixtures in .json) is material, not a statement about that file.
_TAGGED_SUFFIXES = frozenset(
    [
        ".py",
        ".pyi",
        ".pyx",
        ".pxd",
        ".c",
        ".h",
        ".cc",
        ".cpp",
        ".cxx",
        ".hpp",
        ".hh",
        ".m",
        ".mm",
        ".cs",
        ".java",
        ".kt",
        ".kts",
        ".scala",
        ".groovy",
        ".go",
        ".rs",
        ".swift",
        ".js",
        ".jsx",
        ".mjs",
        ".cjs",
        ".ts",
        ".tsx",
        ".vue",
        ".svelte",
        ".php",
        ".rb",
        ".pl",
        ".pm",
        ".lua",
        ".r",
        ".jl",
        ".dart",
        ".sh",
        ".bash",
        ".zsh",
        ".fish",
        ".ps1",
        ".bat",
        ".cmd",
        ".sql",
        ".html",
        ".htm",
        ".css",
        ".scss",
        ".sass",
        ".less",
        ".xml",
        ".xsd",
        ".xsl",
        ".yaml",
        ".yml",
        ".toml",
        ".ini",
        ".cfg",
        ".cmake",
        ".mk",
        ".gradle",
        ".proto",
        ".thrift",
        ".graphql",
        ".tf",
        ".nix",
        ".el",
        ".lisp",
        ".clj",
        ".ex",
        ".exs",
        ".erl",
        ".hrl",
        ".hs",
        ".ml",
        ".mli",
        ".fs",
        ".fsx",
        ".v",
        ".sv",
        ".vhd",
        ".vhdl",
        ".asm",
        ".s",
        ".S",
        ".f",
        ".f90",
        ".for",
        ".tex",
        ".sty",
        ".cls",
        ".bib",
        ".md",
        ".rst",
        ".txt",
        ".adoc",
    ]
)
_TAGGED_NAMES = frozenset(
    {"Makefile", "GNUmakefile", "CMakeLists.txt", "Dockerfile", "Containerfile", "Jenkinsfile",
     "meson.build", "BUILD", "BUILD.bazel", "WORKSPACE", "Kconfig", "SConstruct"}
)  # fmt: skip


def carries_tags(name: str) -> bool:
    """Whether a file of this name is read for SPDX-License-Identifier tags."""
    suffix = name[name.rfind(".") :] if "." in name else ""
    return name in _TAGGED_NAMES or suffix.lower() in _TAGGED_SUFFIXES or suffix in _TAGGED_SUFFIXES


@dataclass
class _Project:
    folder: str  # relative, "" for the root
    name: str
    manifests: list[Manifest] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _owner(path: str) -> str:
    """The folder a license file or manifest speaks for: a dist-info/egg-info folder (for
    now), or the folder above REUSE's LICENSES/, or the file's own folder."""
    parts = path.split("/")[:-1]
    for i, part in enumerate(parts):
        if _METADATA_DIR.search(part):
            return "/".join(parts[: i + 1])
    if parts and parts[-1] == "LICENSES":
        parts = parts[:-1]
    return "/".join(parts)


def _within(path: str, folder: str) -> bool:
    return folder in ("", path) or path.startswith(folder + "/")


def _nearest(folder: str, folders: Iterable[str]) -> str | None:
    """The deepest of ``folders`` that holds ``folder`` (itself included)."""
    known = folders if isinstance(folders, (set, frozenset, dict)) else set(folders)
    current = folder
    while True:
        if current in known:
            return current
        if not current:
            return None
        current = posixpath.dirname(current)


class _TreeScan:
    def __init__(
        self,
        judge: Judge,
        root_name: str,
        *,
        jobs: int = 1,
        progress: Callable[[str], None] | None = None,
    ) -> None:
        self.judge = judge
        self.root_name = root_name
        self.jobs = jobs
        self.progress = progress
        self.skipped: list[Skipped] = []
        self._installed: dict[str, str] = {}
        self._foreign: set[str] = set()  # files named like a manifest that are not one
        self._named: set[str] = set()  # license files a manifest names

    def run(self, entries: list[Entry]) -> list[PackageConclusion]:
        manifests: list[Manifest] = []
        for entry in entries:
            if is_manifest(entry.path.rsplit("/", 1)[-1]):
                data = self._read(entry)
                if data is not None:
                    text, _ = decode(data)
                    manifest = read_manifest(entry.path, text)
                    if manifest.foreign:
                        self._foreign.add(entry.path)
                    else:
                        manifests.append(manifest)
        named = self._named_license_files(entries, manifests)
        self._named = named
        license_paths = {e.path for e in entries if is_license_file(e.path) or e.path in named}
        owners = self._owners([m.path for m in manifests if not m.error], sorted(license_paths))
        projects = {folder: _Project(folder, self._default_name(folder)) for folder in owners}
        projects.setdefault("", _Project("", self.root_name))
        for manifest in manifests:
            project = projects[self._owner_of(manifest.path, owners)]
            if manifest.error:
                project.errors.append(f"{manifest.path}: {manifest.error}")
                continue
            project.manifests.append(manifest)
            project.findings.extend(manifest_findings(self.judge, manifest))
        self._installed = self._installed_files(entries, owners)
        if self.jobs > 1:
            self.judge.prefetch(self._license_texts(entries, license_paths), self.jobs)
        for entry in entries:
            self._look_at(entry, projects, owners, license_paths)
            if self.progress is not None:
                self.progress(entry.path)
        return self._conclusions(projects)

    @staticmethod
    def _license_texts(entries: list[Entry], license_paths: set[str]) -> Iterator[tuple[str, bool]]:
        """The texts of the license files, read quietly (the main pass reports problems), each
        with whether its file is named as a license."""
        for entry in entries:
            if entry.path not in license_paths:
                continue
            try:
                data = entry.read(entry.size + 1)
            except OSError:
                continue
            if not looks_binary(data):
                yield decode(data)[0], named_as_license(entry.path)

    def _installed_files(self, entries: list[Entry], owners: set[str]) -> dict[str, str]:
        """In an environment folder (several dist-info side by side), the distribution each
        installed file belongs to, from the dist-info's RECORD: a file's SPDX tag speaks for
        the distribution that installed it, not for the folder that holds them all."""
        installed: dict[str, str] = {}
        for entry in entries:
            folder, _, name = entry.path.rpartition("/")
            if name != "RECORD" or folder not in owners or not _METADATA_DIR.search(folder):
                continue
            data = self._read(entry)
            if data is None:
                continue
            base = posixpath.dirname(folder)
            for row in decode(data)[0].split("\n"):
                listed = row.split(",", 1)[0].strip()
                if listed and not listed.startswith(("/", "..")):
                    installed[posixpath.normpath(posixpath.join(base, listed))] = folder
        return installed

    def _read(self, entry: Entry, limit: int | None = None) -> bytes | None:
        try:
            data = entry.read(entry.size + 1 if limit is None else limit)
        except OSError as exc:
            self.skipped.append(Skipped(path=entry.path, reason=f"cannot be read ({exc})"))
            return None
        if looks_binary(data):
            self.skipped.append(Skipped(path=entry.path, reason="binary (it holds NUL bytes)"))
            return None
        return data

    def _named_license_files(self, entries: list[Entry], manifests: list[Manifest]) -> set[str]:
        """Files a manifest names as license files (PEP 639 globs, license-file keys)."""
        paths = {e.path for e in entries}
        named: set[str] = set()
        for manifest in manifests:
            base = posixpath.dirname(manifest.path)
            for pattern in manifest.license_files:
                full = posixpath.normpath(posixpath.join(base, pattern))
                if not any(c in pattern for c in "*?["):
                    # as written, or where PEP 639 wheels put it
                    named.update({full, posixpath.join(base, "licenses", pattern)} & paths)
                    continue
                prefix = f"{base}/" if base else ""
                named.update(p for p in paths if p.startswith(prefix) and fnmatchcase(p, full))
        return named

    def _owners(self, manifest_paths: list[str], license_paths: list[str]) -> set[str]:
        folders = {_owner(p) for p in (*manifest_paths, *license_paths)}
        # one dist-info/egg-info in a folder speaks for that folder; several (a site-packages)
        # are each a package of their own
        metadata = [f for f in folders if _METADATA_DIR.search(f)]
        parents: dict[str, int] = {}
        for folder in metadata:
            parents[posixpath.dirname(folder)] = parents.get(posixpath.dirname(folder), 0) + 1
        self._alone = {f for f in metadata if parents[posixpath.dirname(f)] == 1}
        return {posixpath.dirname(f) if f in self._alone else f for f in folders} | {""}

    def _owner_of(self, path: str, owners: set[str]) -> str:
        folder = _owner(path)
        if folder in self._alone:
            return posixpath.dirname(folder)
        return _nearest(folder, owners) or ""

    def _default_name(self, folder: str) -> str:
        if not folder:
            return self.root_name
        name = folder.rsplit("/", 1)[-1]
        return _METADATA_DIR.sub("", name) if _METADATA_DIR.search(name) else name

    def _look_at(
        self,
        entry: Entry,
        projects: dict[str, _Project],
        owners: set[str],
        license_paths: set[str],
    ) -> None:
        name = entry.path.rsplit("/", 1)[-1]
        if is_manifest(name) and entry.path not in self._foreign:
            return
        if entry.path in license_paths:
            project = projects[self._owner_of(entry.path, owners)]
            data = self._read(entry)
            if data is not None:
                try:
                    named = entry.path in self._named
                    finding = license_file_finding(self.judge, entry.path, data, named=named)
                    project.findings.append(finding)
                except LicenseclassError as exc:
                    project.errors.append(f"{entry.path}: {exc}")
            return
        folder = posixpath.dirname(entry.path)
        owner = self._installed.get(entry.path)
        project = projects[owner if owner in projects else (_nearest(folder, owners) or "")]
        if _README_NAME.match(name) and folder == project.folder:
            data = self._read(entry)
            if data is not None:
                self._readme(project, entry.path, data)
            return
        head = self._read(entry, TAG_WINDOW)  # binary files are listed as skipped here
        if head is None or not carries_tags(name):
            return
        text, _ = decode(head)
        for line, expression, raw in tag_expressions(text):
            project.findings.append(
                Finding(
                    path=entry.path,
                    kind="tag",
                    source="SPDX-License-Identifier",
                    expression=expression,
                    start_line=line,
                    end_line=line,
                    level=self.judge.level(expression) if expression else None,
                    note=None if expression else f"not a valid SPDX expression: {raw[:80]!r}",
                )
            )

    def _readme(self, project: _Project, path: str, data: bytes) -> None:
        text, _ = decode(data)
        section = readme_section(text)
        if section is None:
            return
        start, end, _ = section
        try:
            # (the section says what a license file would: read as leniently, in place, so
            # that its reasons give the README's own line numbers)
            reading = self.judge.text(section_only(text, [(start, end)]), license_file=True)
        except LicenseclassError as exc:
            project.errors.append(f"{path}: {exc}")
            return
        level, why = self.judge.text_level(reading)
        project.findings.append(
            Finding(
                path=path,
                kind="readme",
                source="README license section",
                expression=reading.expression,
                start_line=start,
                end_line=end,
                level=level,
                note=why or (None if level else "no license named in the section"),
            )
        )

    def _conclusions(self, projects: dict[str, _Project]) -> list[PackageConclusion]:
        root = projects[""]
        if len(projects) > 1 and not (root.findings or root.manifests or root.errors):
            del projects[""]  # a plain folder holding projects is not one itself
        conclusions = []
        for folder in sorted(projects):
            project = projects[folder]
            name, version = project.name, None
            for manifest in project.manifests:
                name = manifest.name or name
                version = version or manifest.version
                if manifest.name:
                    break
            project.name = name
            parent = _nearest(posixpath.dirname(folder), projects) if folder else None
            conclusions.append(
                conclude(
                    self.judge,
                    name=name,
                    version=version,
                    path=folder or ".",
                    findings=project.findings,
                    errors=project.errors,
                    vendored_in=projects[parent].name if parent is not None else None,
                    options=_option_files(project.manifests),
                )
            )
        return conclusions


def _option_files(manifests: Sequence[Manifest]) -> set[str]:
    """The paths of the license files the manifests declare as one option of a choice."""
    return {
        posixpath.normpath(posixpath.join(posixpath.dirname(m.path), name))
        for m in manifests
        for name in m.license_options
    }


def scan_paths(
    paths: Sequence[Path | str],
    *,
    registry: Registry | None = None,
    excludes: Sequence[str] = (),
    max_file_bytes: int = MAX_FILE_BYTES,
    max_archive_bytes: int = MAX_ARCHIVE_BYTES,
    jobs: int = 1,
    progress: Callable[[str], None] | None = None,
) -> ScanReport:
    """Scan folders and archives: one conclusion per project or package found in them.

    ``jobs`` processes identify the license texts (on systems that fork); ``progress`` is
    called with each file's path once it has been looked at.

    A path that does not exist raises :class:`~licenseclass.errors.InputFileError`; a file
    that cannot be read inside a target is listed in ``skipped`` or in its package's
    ``errors``, and the scan goes on.
    """
    judge = Judge(registry or default_registry())
    packages: list[PackageConclusion] = []
    skipped: list[Skipped] = []
    for given in paths:
        path = Path(given)
        if not path.exists() and not path.is_symlink():
            raise InputFileError("does not exist", path=path)
        listing = list_target(
            path,
            excludes=excludes,
            max_file_bytes=max_file_bytes,
            max_archive_bytes=max_archive_bytes,
        )
        tree = _TreeScan(judge, path.resolve().name or str(path), jobs=jobs, progress=progress)
        packages.extend(tree.run(listing.entries))
        skipped.extend(listing.skipped)
        skipped.extend(tree.skipped)
    return ScanReport(
        targets=tuple(str(p) for p in paths), packages=tuple(packages), skipped=tuple(skipped)
    )
