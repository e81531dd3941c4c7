"""Benchmark clause analysis on the model-license texts of the development corpus.

Reads ``../shared/corpus/dev/models/*.txt`` and ``expected.yaml`` (relative to the repository
root; a fresh clone does not have that folder, and the script then says so and exits 0).
Each text is analysed as if unknown (``analyze_text`` never looks at the
catalogue) and compared with the expected reading:

* verdict right or wrong;
* recall and precision of the typed *limiting* restrictions (the ones that decide the verdict);
* the same figures for every item the corpus vocabulary can judge (restrictions, informational
  terms, conditions and limitations);
* parameters of thresholds and acceptable-use policies;
* median milliseconds per text and the time for a text of 100 KB, next to a peer run in the
  same process (``licenseclassifier.identify_license`` on the same texts, a different task
  that reads the same input: a scale reference, not a race);
* with ``--categories``: every license text of licensedcode-data analysed the same way, counted
  by ScanCode category (a permissive or copyleft text read as restricted is a false alarm; a
  source-available, proprietary or commercial one read as open is a miss);
* variants: each corpus text is put in a temporary user folder as a reference, a prohibited
  use is added in the middle of a copy, and ``find_variant`` must name the base and report the
  added clause as a ``field-of-use`` item (this covers the Llama 3.1 text, which
  licensedcode-data 32.1.0 does not ship).

Run: /tmp/venv/bin/python benchmarks/bench_clauses.py [--verbose] [--categories]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from licenseclass.clauses.analysis import Analysis, analyze_text
from licenseclass.clauses.variants import find_variant
from licenseclass.core.model import INFORMATIONAL_KINDS
from licenseclass.core.registry import Registry

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev" / "models"

# The corpus vocabulary (restriction_types in expected.yaml) mapped to licenseclass kinds.
# Each entry: corpus type -> (our category, kinds that count as a match). The first kind is
# the one counted when the item is expected.
MAPPING: dict[str, tuple[str, tuple[str, ...]]] = {
    "acceptable_use_policy": ("restriction", ("acceptable-use-policy",)),
    "field_of_use": ("restriction", ("field-of-use",)),
    "military_ban": ("restriction", ("field-of-use",)),
    "guardrail_circumvention": ("restriction", ("field-of-use",)),
    "user_threshold": ("restriction", ("user-threshold",)),
    "revenue_threshold": ("restriction", ("revenue-threshold",)),
    "non_commercial": ("restriction", ("non-commercial",)),
    "research_only": ("restriction", ("research-only", "evaluation-only")),
    "non_production": ("restriction", ("non-production",)),
    "registration": ("restriction", ("registration",)),
    "output_use": ("restriction", ("output-use",)),
    "model_improvement_ban": ("restriction", ("model-improvement-ban",)),
    "downstream_passthrough": ("restriction", ("pass-through",)),
    "remote_restriction": ("restriction", ("remote-restriction",)),
    "latest_version_obligation": ("restriction", ("latest-version",)),
    "unilateral_change": ("restriction", ("revocable-terms",)),
    "territory": ("restriction", ("territory",)),
    "hosting_restriction": ("restriction", ("hosting-restriction",)),
    "no_redistribution": ("restriction", ("no-redistribution",)),
    "no_modification": ("restriction", ("no-derivatives",)),
    "termination": ("informational", ("termination",)),
    "governing_law": ("informational", ("governing-law",)),
    "export_control": ("informational", ("export-control",)),
    "disclosure_obligation": ("informational", ("disclosure",)),
    "attribution_notice": ("condition", ("notice", "attribution")),
    "naming": ("condition", ("attribution",)),
    "ip_litigation_termination": ("condition", ("patent-retaliation",)),
    "trademark": ("limitation", ("trademark",)),
    "no_patent_grant": ("limitation", ("patent",)),
}
# Our kinds the corpus vocabulary can judge; others (warranty, include-license ...) are not scored.
JUDGED = {kind for _, kinds in MAPPING.values() for kind in kinds}


def predicted(analysis: Analysis) -> tuple[set[str], set[str]]:
    """(limiting restriction kinds, every judged kind) read from an analysis."""
    lic = analysis.license
    limiting: set[str] = {r.kind for r in lic.restrictions if r.kind not in INFORMATIONAL_KINDS}
    every: set[str] = {r.kind for r in lic.restrictions}
    every |= {c.kind for c in lic.conditions} | {lim.kind for lim in lic.limitations}
    return limiting, every & JUDGED


def expected_sets(entry: dict[str, Any]) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Expected items as alternatives of our kinds: (limiting only, everything judged)."""
    limiting: list[tuple[str, ...]] = []
    every: list[tuple[str, ...]] = []
    for item in entry.get("restrictions") or []:
        category, kinds = MAPPING[item["type"]]
        if kinds not in every:
            every.append(kinds)
        if category == "restriction" and kinds not in limiting:
            limiting.append(kinds)
    return limiting, every


def score(
    expected: list[tuple[str, ...]], got: set[str]
) -> tuple[int, int, int, list[str], list[str]]:
    """True positives, expected count, predicted count, missed and extra kinds."""
    matched: set[str] = set()
    missed = []
    for alternatives in expected:
        hit = next((k for k in alternatives if k in got), None)
        if hit is None:
            missed.append(alternatives[0])
        else:
            matched.add(hit)
    extra = sorted(got - matched)
    return len(matched), len(expected), len(got), missed, extra


def check_params(entry: dict[str, Any], analysis: Analysis) -> list[str]:
    """Parameter mismatches for thresholds and policies."""
    problems = []
    ours = {r.kind: r for r in analysis.license.restrictions}
    for item in entry.get("restrictions") or []:
        kind = item["type"]
        if kind == "user_threshold" and "user-threshold" in ours:
            got = ours["user-threshold"]
            if (got.threshold, got.metric) != (item["threshold"], item["metric"]):  # type: ignore[union-attr]
                problems.append(f"user threshold {got.threshold} {got.metric}")  # type: ignore[union-attr]
        if kind == "revenue_threshold" and "revenue-threshold" in ours:
            got = ours["revenue-threshold"]
            if (got.amount, got.currency) != (item["amount"], item["currency"]):  # type: ignore[union-attr]
                problems.append(f"revenue threshold {got.amount} {got.currency}")  # type: ignore[union-attr]
        if kind == "acceptable_use_policy" and "acceptable-use-policy" in ours:
            got = ours["acceptable-use-policy"]
            url = (got.url or "").removeprefix("https://")  # type: ignore[union-attr]
            if item.get("url") and not item["url"].removeprefix("https://").startswith(url or "?"):
                problems.append(f"policy url {got.url}")  # type: ignore[union-attr]
    return problems


def timed(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``fn`` in milliseconds."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def peer() -> Callable[[str], object] | None:
    try:
        from licenseclassifier import identify_license
    except ImportError:
        return None
    # Typed here: without the package installed, mypy sees the import as Any.
    identify: Callable[[str], object] = identify_license
    return identify


OPEN_CATEGORIES = ("Permissive", "Copyleft", "Copyleft Limited", "Public Domain")
NOT_OPEN_CATEGORIES = ("Source-available", "Proprietary Free", "Commercial", "Free Restricted")


def categories() -> None:
    """Verdicts on the licensedcode-data texts, grouped by their ScanCode category."""
    from collections import Counter, defaultdict
    from importlib.metadata import distribution

    root = Path(str(distribution("licensedcode-data").locate_file("licensedcode/data")))
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for path in sorted((root / "licenses").glob("*.LICENSE")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        head, _, text = raw[3:].partition("\n---")
        meta = yaml.safe_load(head) or {}
        category = meta.get("category")
        if category not in OPEN_CATEGORIES + NOT_OPEN_CATEGORIES or meta.get("is_deprecated"):
            continue
        counts[category][analyze_text(text).verdict.level] += 1
    for category in OPEN_CATEGORIES + NOT_OPEN_CATEGORIES:
        c = counts[category]
        total = sum(c.values())
        shown = ", ".join(
            f"{level} {c[level]}" for level in ("open", "restricted", "closed", "unknown")
        )
        print(f"  {category:18} {total:5} texts: {shown}")


ADDED_USE = "You will not use the Materials to guide autonomous weapons to their targets."


def variants(paths: list[Path]) -> None:
    """Report whether a copy of each text with one added prohibited use is found as its variant."""
    found = 0
    with tempfile.TemporaryDirectory() as folder:
        for path in paths:
            (Path(folder) / f"{path.stem}.txt").write_text(path.read_text(encoding="utf-8"))
        registry = Registry([folder])
        for path in paths:
            paragraphs = path.read_text(encoding="utf-8").split("\n\n")
            middle = len(paragraphs) // 2
            text = "\n\n".join([*paragraphs[:middle], ADDED_USE, *paragraphs[middle:]])
            start = time.perf_counter()
            variant = find_variant(text, registry=registry)
            ms = (time.perf_counter() - start) * 1000
            added = [c for c in variant.changes if c.change == "added"] if variant else []
            ok = (
                variant is not None
                and variant.base_id == path.stem
                and len(variant.changes) == 1
                and len(added) == 1
                and "field-of-use" in added[0].kinds
            )
            found += ok
            base = f"{variant.base_id} {variant.similarity:.3f}" if variant else "none"
            where = f"L{added[0].start_line} {list(added[0].kinds)}" if added else "-"
            mark = "ok " if ok else "BAD"
            print(f"  {path.stem:30} {mark} base {base:36} added {where} {ms:.0f} ms")
    print(f"variants named with the added clause: {found}/{len(paths)}")


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    if not (CORPUS / "expected.yaml").is_file():
        print(f"corpus not found at {CORPUS}; nothing to benchmark")
        print("(a fresh clone has no ../shared folder next to the repository)")
        return 0
    expected = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
    entries = {e["key"]: e for e in expected["licenses"]}
    totals = dict.fromkeys(("tp", "exp", "got", "tp_all", "exp_all", "got_all"), 0)
    right = 0
    times: list[float] = []
    texts: list[str] = []
    print(f"{'license':30} {'verdict':22} {'restr R':>8} {'restr P':>8} {'all R':>6} {'all P':>6}")
    for key, entry in sorted(entries.items()):
        path = CORPUS / f"{key}.txt"
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        texts.append(text)
        analysis = analyze_text(text)
        times.append(timed(lambda text=text: analyze_text(text)))  # type: ignore[misc]
        ok = analysis.verdict.level == entry["verdict"]
        right += ok
        lim_exp, all_exp = expected_sets(entry)
        lim_got, all_got = predicted(analysis)
        tp, n_exp, n_got, missed, extra = score(lim_exp, lim_got)
        tp_a, n_exp_a, n_got_a, missed_a, extra_a = score(all_exp, all_got)
        for name, value in zip(totals, (tp, n_exp, n_got, tp_a, n_exp_a, n_got_a), strict=True):
            totals[name] += value
        verdict = f"{analysis.verdict.level}{'' if ok else ' (want ' + entry['verdict'] + ')'}"
        print(
            f"{key:30} {verdict:22} {tp}/{n_exp:<6} {tp}/{n_got:<6} "
            f"{tp_a}/{n_exp_a:<3} {tp_a}/{n_got_a:<3}"
        )
        if missed or extra:
            print(f"{'':32}restrictions missed {missed or '-'} extra {extra or '-'}")
        if verbose and (missed_a or extra_a):
            print(f"{'':32}all items missed {missed_a or '-'} extra {extra_a or '-'}")
        for problem in check_params(entry, analysis):
            print(f"{'':32}parameter: {problem}")
    n = len(texts)

    def ratio(a: int, b: int) -> str:
        return f"{100 * a / b:.1f}%" if b else "n/a"

    print()
    print(f"verdict right: {right}/{n}")
    print(
        f"limiting restrictions: recall {ratio(totals['tp'], totals['exp'])} "
        f"({totals['tp']}/{totals['exp']}), precision {ratio(totals['tp'], totals['got'])} "
        f"({totals['tp']}/{totals['got']})"
    )
    print(
        f"all judged items: recall {ratio(totals['tp_all'], totals['exp_all'])} "
        f"({totals['tp_all']}/{totals['exp_all']}), precision "
        f"{ratio(totals['tp_all'], totals['got_all'])} ({totals['tp_all']}/{totals['got_all']})"
    )
    big = "\n\n".join(texts)
    while len(big.encode("utf-8")) < 100_000:
        big += "\n\n" + big
    big = big.encode("utf-8")[:100_000].decode("utf-8", "ignore")
    big_ms = timed(lambda: analyze_text(big), repeat=3)
    median = statistics.median(times)
    print(f"clause analysis: median {median:.1f} ms per text; 100 KB text {big_ms:.0f} ms")
    other = peer()
    if other is not None:
        peer_times = [timed(lambda t=t: other(t), repeat=3) for t in texts]  # type: ignore[misc]
        peer_big = timed(lambda: other(big), repeat=3)
        print(
            f"peer (licenseclassifier.identify_license, same texts): median "
            f"{statistics.median(peer_times):.1f} ms per text; 100 KB text {peer_big:.0f} ms"
        )
    else:
        print("peer licenseclassifier not installed; no peer timing")
    if "--categories" in argv:
        print()
        print("licensedcode-data texts by ScanCode category (verdict of clause analysis):")
        categories()
    print()
    print("variants (corpus texts as user references, one prohibited use added):")
    variants(sorted(p for p in CORPUS.glob("*.txt")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
