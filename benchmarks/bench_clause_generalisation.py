"""How the clause reader does on license texts it was not tuned on.

Reads the hand labels in ``benchmarks/clause_labels.yaml`` (one entry per licensedcode-data key:
the expected ``article`` verdict and the set of limiting restriction kinds, each with its line),
analyses each text with ``analyze_text`` (no catalogue) and reports, for each part of the labels:
the number of texts, micro-averaged precision and recall of the limiting restriction kinds, and
the share of texts whose verdict is right. The parts, in the order they were labelled: ``tune``;
``holdout`` (looked at in a later round, no longer clean); ``holdout2`` (tuned on in the clauses
session's second round); ``holdout3`` (tuned on in its third round); ``holdout4`` (labelled before
that round's rule changes, tuned on from its fourth round); ``holdout5`` (drawn by
``benchmarks/draw_clause_holdout.py`` and labelled before the fourth round's rule changes, tuned
on from its fifth round); ``holdout6`` (drawn the same way and labelled before the fifth round's
rule changes, tuned on from its sixth round); ``holdout7`` (drawn the same way from the texts of
7,000 to 12,000 characters, the shorter ones being used up, and labelled before the sixth
round's rule changes, measured clean once after that round and then read: two rules came from
its failures, so it is no longer clean; see its section header in the YAML; a tuning part from
the seventh round); ``holdout8`` (drawn the same way from what was left of the 7,000 to 12,000
character texts, and labelled before the seventh round's rule changes, measured clean once after
that round, a tuning part from the eighth round); ``holdout9`` (drawn the same way from the texts
of 7,000 to 20,000 characters, ``--min 7000 --max 20000 --seed 2035 --count 45``, the narrower
band having 23 texts left, and labelled before the eighth round's rule changes, measured clean
once after that round, a tuning part from the ninth round); ``holdout10`` (drawn the same way
from what was left of the 7,000 to 20,000 character texts, ``--min 7000 --max 20000 --seed 2036
--count 45``, and labelled before the ninth round's rule changes, measured clean once after
that round; its failures were read afterwards, so it is a tuning part from the tenth round);
``holdout11`` (drawn the same way from the last 45 texts of 7,000 to 20,000 characters, the whole
pool, ``--min 7000 --max 20000 --seed 2037 --count 45``, and labelled before the tenth round's
rule changes, measured clean once after that round, a tuning part from the eleventh round);
``holdout12`` (drawn the same way from the texts of 20,000 to 40,000 characters, ``--min 20000
--max 40000 --seed 2038 --count 32``, each text read by two labellers on their own before the
eleventh round's rule changes and the two readings reconciled from the text; its failures were
listed at the twelfth round's start, a tuning part from that round); ``holdout13`` (drawn the
same way from what was left of the 20,000 to 40,000 character texts, ``--min 20000 --max 40000
--seed 2039 --count 25``, the whole pool, and labelled before the twelfth round's rule changes,
measured clean once after that round; its failures were listed at the thirteenth round's start,
a tuning part from that round); ``holdout14`` (drawn the same way from every text of more than
40,000 characters, ``--min 40000 --max 10000000 --seed 2040 --count 32``, the whole pool, and
labelled before the thirteenth round's rule changes; held back until the twenty-fifth round,
which listed its failures and tuned on it, the clean held-back part moving to ``newer1``, below).

Misses and extras are listed for ``tune``, ``holdout2`` to ``holdout14``, the parts rules are
written from. Pass ``--show-holdout`` to list the first part's as well.

``--agreement`` scores the second reading of a doubly read part
(``benchmarks/clause_labels_second_reading.yaml``) against the labels of the same texts, as the
reader is scored: run before the readings are reconciled, it is the agreement of two labellers,
a ceiling for any reader measured against one of them.

``--debian`` measures the Debian parts instead (``benchmarks/clause_labels_debian.yaml``): the
copyright files of Debian 12 non-free packages, labelled before the reader was run on them. Their
texts are downloaded from the Debian archive (``debian_texts.py``, checked by SHA-256) and cached.
``debian1`` and ``debian5`` (Debian 11 and Ubuntu 24.04 files, the sixteenth round) are held back
(``--show-debian1`` or ``--show-debian5`` lists a part's failures, for a report); ``debian2``,
``debian3`` (contrib and the long non-free files) and ``debian4`` (Debian 13's new sources) are
tuning parts and their failures are listed;
``--part NAME`` measures one part alone. Each part's verdicts through ``classify_text`` (the
product's path: identification, then the clause reader where nothing explains) are counted too.
``--debian --agreement`` scores the second readings of debian1 and debian5
(``benchmarks/clause_labels_debian_second_reading.yaml``) against its labels.

``--pypi`` measures the PyPI parts (``benchmarks/clause_labels_pypi.yaml``): license files shipped
inside vendor packages on PyPI, fetched by ``pypi_texts.py``; ``pypi1`` and ``pypi3`` are held
back (summaries only), ``pypi2`` (long vendor agreements, added in the nineteenth round) is tuning
material and its failures are listed (``--part pypi2`` measures it alone).

``--newer`` measures the parts of licensedcode texts added after 32.1.0
(``benchmarks/clause_labels_newer.yaml``), read out of scancode-toolkit 32.5.0's wheel by
``newer_texts.py``: ``newer1`` (held back from the twenty-fifth to the twenty-eighth round),
``newer2`` and ``newer3`` (the rest of the draw's pool, held back in the twenty-ninth round) are
tuning material and their failures are listed.

``--rules`` measures the parts of licensedcode-data rule texts (whole agreements and long notices
ScanCode filed as rules, ``benchmarks/clause_labels_rules.yaml``, drawn by ``rule_texts.py``):
``rules1``, labelled in the thirtieth round, is held back (summary only; ``--show-rules1`` lists
its failures, for a report); ``rules2`` (the thirtieth round) and ``rules3`` (the rest of the
pool, labelled in the forty-first round) are tuning material and their failures are listed.

``--permissive-sweep`` is the guard against rules that read limits into open licenses: it runs
the reader over every Permissive, Public Domain, Copyleft and Copyleft Limited text of
licensedcode-data (not deprecated) and lists each one it calls restricted or closed, with the
kinds it found, its catalogue entry's level and status, and a person's reading of the text
(``benchmarks/category_review.yaml``: restricted, open or unsure). ``--restrictive-sweep`` is
the same the other way round: the Free Restricted, Source-available, Proprietary Free and
Commercial texts the reader calls open, where either the category or the reader is wrong.

``--verdict-table`` reads every labelled text of the tuning parts (every part but the held-back
ones, the downloaded parts included) with ``classify_text``, the product's own path where a
catalogue entry may decide, and counts the labelled verdict against the one given.

Run: PYTHONPATH=src python benchmarks/bench_clause_generalisation.py [--show-holdout]
[--permissive-sweep] [--restrictive-sweep] [--agreement] [--verdict-table]
[--debian [--show-debian1] [--show-debian5] [--part NAME] [--agreement]]
        [--pypi [--show-pypi1] [--show-pypi3] [--part NAME]]
        [--newer [--part NAME]] [--rules [--show-rules1] [--part NAME]]
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import yaml

from licenseclass import classify_text, default_registry, verdict
from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.licensedcode import ScancodeLicense, package_version, scancode_licenses
from licenseclass.core.model import INFORMATIONAL_KINDS

LABELS = Path(__file__).resolve().parent / "clause_labels.yaml"
SECOND_READING = LABELS.with_name("clause_labels_second_reading.yaml")
DEBIAN = LABELS.with_name("clause_labels_debian.yaml")
DEBIAN_SECOND_READING = LABELS.with_name("clause_labels_debian_second_reading.yaml")
PYPI = LABELS.with_name("clause_labels_pypi.yaml")
NEWER = LABELS.with_name("clause_labels_newer.yaml")
RULES = LABELS.with_name("clause_labels_rules.yaml")
# The downloaded parts whose failures are not listed unless asked (see the labels' headers).
HELD_BACK = ("debian1", "debian5", "pypi1", "pypi3", "rules1")
OPEN_CATEGORIES = ("Permissive", "Public Domain", "Copyleft", "Copyleft Limited")
RESTRICTIVE_CATEGORIES = ("Free Restricted", "Source-available", "Proprietary Free", "Commercial")


def load(path: Path = LABELS) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries: list[dict[str, Any]] = data["licenses"] or []
    return entries


def _squash(text: str) -> str:
    return " ".join(text.split())


def quote_starts_on_line(text: str, line: int, quote: str) -> bool:
    """Whether ``quote`` (spaces and line breaks folded) begins on 1-based ``line`` of ``text``.

    A quote may run over into the following lines; its first occurrence from the start of its
    line must begin on that line.
    """
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return False
    at = _squash("\n".join(lines[line - 1 :])).find(_squash(quote))
    return 0 <= at < max(len(_squash(lines[line - 1])), 1)


def kinds(entry: Mapping[str, Any]) -> set[str]:
    return {str(item["kind"]) for item in entry["restrictions"]}


def agreement(labels: Path = LABELS, second_reading: Path = SECOND_READING) -> None:
    """The second reading scored against the labels of the same texts, part by part."""
    first = {str(e["key"]): e for e in load(labels)}
    by_part: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for second in load(second_reading):
        label = first.get(str(second["key"]))
        if label is not None:
            by_part.setdefault(str(second["split"]), []).append((label, second))
    for part, pairs in by_part.items():
        tp = sum(len(kinds(a) & kinds(b)) for a, b in pairs)
        n_first = sum(len(kinds(a)) for a, _ in pairs)
        n_second = sum(len(kinds(b)) for _, b in pairs)
        same = sum(a["verdict"] == b["verdict"] for a, b in pairs)
        print(
            f"{part:8} {len(pairs):4} texts read twice: second reading's precision "
            f"{tp / max(n_second, 1):.3f} ({tp}/{n_second}), recall {tp / max(n_first, 1):.3f} "
            f"({tp}/{n_first}), same verdict {same}/{len(pairs)}"
        )


def sweep(texts: Mapping[str, ScancodeLicense], restrictive: bool = False) -> None:
    """Verdicts on every open-category text; the restricted and closed ones listed, each with
    the level and status of the catalogue's entry for its key (an open derived entry beside a
    text read as restricted is one a person has not settled yet). With ``restrictive``, the
    other way round: the texts of the limiting categories, and the ones read as open listed."""
    categories = RESTRICTIVE_CATEGORIES if restrictive else OPEN_CATEGORIES
    flag = ("open",) if restrictive else ("restricted", "closed")
    counts: dict[str, Counter[str]] = {category: Counter() for category in categories}
    entries = {lic.scancode_key: lic for lic in default_registry() if lic.scancode_key}
    which_sweep = "restrictive" if restrictive else "permissive"
    person = {
        str(item["key"]): str(item["person"])
        for item in yaml.safe_load((LABELS.parent / "category_review.yaml").read_text())["reviewed"]
        if item.get("sweep", "permissive") == which_sweep
    }
    flagged: list[str] = []
    unsettled = Counter[str]()
    read = Counter[str]()
    for key, lic in sorted(texts.items()):
        if lic.category not in counts or lic.is_deprecated:
            continue
        analysis = analyze_text(lic.text)
        level = analysis.verdict.level
        counts[lic.category][level] += 1
        if level in flag:
            kinds = sorted(
                {r.kind for r in analysis.license.restrictions if r.kind not in INFORMATIONAL_KINDS}
            )
            entry = entries.get(key)
            status = entry.provenance.status if entry else "none"
            entry_level = verdict(entry).level if entry else "-"
            unsettled[f"{status} entry, {entry_level}"] += 1
            read[person.get(key, "not read")] += 1
            flagged.append(
                f"  {key:40} {lic.category:16} {level:10} {kinds}  entry: {status} {entry_level}"
                f"; person: {person.get(key, 'not read')}"
            )
    for category, c in counts.items():
        shown = ", ".join(f"{lv} {c[lv]}" for lv in ("open", "restricted", "closed", "unknown"))
        print(f"{category:16} {sum(c.values()):5} texts: {shown}")
    print(f"{' or '.join(flag)}: {len(flagged)}")
    for which, n in sorted(unsettled.items()):
        print(f"  of them with a {which}: {n}")
    # benchmarks/category_review.yaml: a person's reading of each finding
    decisions = ", ".join(f"{verdict_of} {n}" for verdict_of, n in sorted(read.items()))
    print(f"  read by a person (category_review.yaml): {decisions}")
    print("\n".join(flagged))


def measure(part: str, labelled: list[tuple[dict[str, Any], str]], show: bool) -> None:
    """One part's summary line (and, when shown, each text it gets wrong)."""
    tp = n_exp = n_got = right = 0
    lines: list[str] = []
    for entry, text in labelled:
        analysis = analyze_text(text)
        got = {r.kind for r in analysis.license.restrictions if r.kind not in INFORMATIONAL_KINDS}
        want = kinds(entry)
        tp += len(got & want)
        n_exp += len(want)
        n_got += len(got)
        ok = analysis.verdict.level == entry["verdict"]
        right += ok
        if not ok or got != want:
            level, want_level = analysis.verdict.level, entry["verdict"]
            verdict = "" if ok else f" verdict {level} (want {want_level})"
            lines.append(
                f"  {entry['key']:36}{verdict} missed {sorted(want - got) or '-'} "
                f"extra {sorted(got - want) or '-'}"
            )
    precision = tp / n_got if n_got else 1.0
    recall = tp / n_exp if n_exp else 1.0
    count = len(labelled)
    print(
        f"{part:8} {count:4} texts: precision {precision:.3f} ({tp}/{n_got}), "
        f"recall {recall:.3f} ({tp}/{n_exp}), verdict right {right}/{count}"
    )
    if show:
        print("\n".join(lines))


def debian_part(argv: list[str]) -> int:
    """The Debian part, its texts fetched from the archive (see debian_texts.py)."""
    from debian_texts import copyright_text

    return external_part(argv, DEBIAN, copyright_text)


def pypi_part(argv: list[str]) -> int:
    """The PyPI part, its texts fetched from PyPI (see pypi_texts.py)."""
    from pypi_texts import license_text

    return external_part(argv, PYPI, license_text)


def newer_part(argv: list[str]) -> int:
    """The parts of texts ScanCode added after 32.1.0, read from a newer release."""
    from newer_texts import newer_text

    return external_part(argv, NEWER, newer_text)


def rules_part(argv: list[str]) -> int:
    """The parts of licensedcode-data rule texts (whole agreements filed as rules)."""
    from rule_texts import rule_text

    return external_part(argv, RULES, rule_text)


def external_part(argv: list[str], labels: Path, fetch: Callable[[dict[str, Any]], str]) -> int:
    """A part whose texts are downloaded: each text checked against its quotes, then measured."""
    from debian_texts import FetchError

    labelled = []
    for entry in load(labels):
        try:
            text = fetch(entry)
        except FetchError as error:
            print(f"  not measured: {error}")
            continue
        labelled.append((entry, text))
        for item in entry["restrictions"]:
            if not quote_starts_on_line(text, item["line"], str(item["quote"])):
                print(f"  {entry['key']}: line {item['line']} does not hold {item['quote']!r}")
    parts = list(dict.fromkeys(str(e["split"]) for e, _ in labelled))
    # "--part debian2" measures that part alone (a tuning run need not print the held-back one)
    if "--part" in argv:
        parts = [p for p in parts if p == argv[argv.index("--part") + 1]]
    for part in parts:
        chosen = [(e, t) for e, t in labelled if e["split"] == part]
        # the tuning parts' failures are listed; a held-back part's only on request
        measure(part, chosen, part not in HELD_BACK or f"--show-{part}" in argv)
        # the product's own path: identification first, the clause reader where nothing explains
        right = sum(classify_text(text).verdict.level == e["verdict"] for e, text in chosen)
        print(f"{part:8} {len(chosen):4} texts: classify_text verdict right {right}/{len(chosen)}")
    return 0


def verdict_table(texts: Mapping[str, ScancodeLicense]) -> None:
    """Labelled verdict against ``classify_text``'s, over every tuning part's texts."""
    from debian_texts import FetchError, copyright_text
    from newer_texts import newer_text
    from pypi_texts import license_text
    from rule_texts import rule_text

    chosen = [(e, texts[e["key"]].text) for e in load() if e["split"] not in HELD_BACK]
    fetched: tuple[tuple[Path, Callable[[dict[str, Any]], str]], ...] = (
        (RULES, rule_text),
        (NEWER, newer_text),
        (DEBIAN, copyright_text),
        (PYPI, license_text),
    )
    for labels, fetch in fetched:
        for entry in load(labels):
            if entry["split"] in HELD_BACK:
                continue
            try:
                chosen.append((entry, fetch(entry)))
            except FetchError as error:
                print(f"  not measured: {error}")
    table: Counter[tuple[str, str]] = Counter()
    for entry, text in chosen:
        table[(str(entry["verdict"]), classify_text(text).verdict.level)] += 1
    levels = ("open", "restricted", "closed", "unknown")
    print(f"{len(chosen)} texts; rows: labelled verdict, columns: classify_text's")
    print(f"{'':12}" + "".join(f"{level:>12}" for level in levels) + f"{'right':>12}")
    for want in levels:
        row = [table[(want, got)] for got in levels]
        print(
            f"{want:12}" + "".join(f"{n:12}" for n in row) + f"{table[(want, want)]:7}/{sum(row)}"
        )


def main(argv: list[str]) -> int:
    # The parts in the order they were labelled (the draw script's PARTS, as the YAML holds them).
    parts = list(dict.fromkeys(str(e["split"]) for e in load()))
    # The parts rules are written from; a held-back part only on request.
    tuning = {"tune", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7"}
    shown = tuning | {"holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13"}
    shown |= {"holdout14"}  # a tuning part from the twenty-fifth round (see its header)
    shown |= {p for p in parts if f"--show-{p}" in argv}
    texts = scancode_licenses()
    print(f"licensedcode-data {package_version('licensedcode-data')}; labels {LABELS.name}")
    if "--permissive-sweep" in argv:
        sweep(texts)
        return 0
    if "--verdict-table" in argv:
        verdict_table(texts)
        return 0
    if "--restrictive-sweep" in argv:
        sweep(texts, restrictive=True)
        return 0
    if "--agreement" in argv:
        if "--debian" in argv:
            agreement(DEBIAN, DEBIAN_SECOND_READING)
        else:
            agreement()
        return 0
    if "--debian" in argv:
        return debian_part(argv)
    if "--pypi" in argv:
        return pypi_part(argv)
    if "--newer" in argv:
        return newer_part(argv)
    if "--rules" in argv:
        return rules_part(argv)
    entries = load()
    for part in parts:
        chosen = [(e, texts[e["key"]].text) for e in entries if e["split"] == part]
        measure(part, chosen, part in shown)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
