"""Verdicts on the machine's own Debian copyright files, recorded so two trees can be compared.

Debian main is free software by the archive's rules, so a rule change that moves one of these
files to `restricted` or `closed` is suspect until its words say so. The script reads every
``/usr/share/doc/*/copyright`` of the machine, records for each the clause reader's verdict and
limiting kinds (``analyze_text``) and the product's verdict and ids (``classify_text``) in a
JSON file, and prints the time taken. ``--compare OLD NEW`` lists the files whose record
differs between two such runs (for example one made at a worktree of an earlier commit with
``PYTHONPATH`` pointing at its ``src``).

    PYTHONPATH=src python benchmarks/bench_debian_main.py OUT.json [--folder /usr/share/doc]
    python benchmarks/bench_debian_main.py --compare OLD.json NEW.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def record(folder: Path) -> dict[str, dict[str, object]]:
    from licenseclass import analyze_text, classify_text
    from licenseclass.core.model import INFORMATIONAL_KINDS

    found: dict[str, dict[str, object]] = {}
    for path in sorted(folder.glob("*/copyright")):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        analysis = analyze_text(text)
        classified = classify_text(text)
        kinds = {r.kind for r in analysis.license.restrictions}
        found[path.parent.name] = {
            "reader": analysis.verdict.level,
            "kinds": sorted(kinds - set(INFORMATIONAL_KINDS)),
            "classify": classified.verdict.level,
            "ids": sorted({m.id for m in classified.matches}),
        }
    return found


def compare(old: Path, new: Path) -> int:
    before = json.loads(old.read_text(encoding="utf-8"))
    after = json.loads(new.read_text(encoding="utf-8"))
    changed = 0
    for name in sorted(set(before) | set(after)):
        a, b = before.get(name, {}), after.get(name, {})
        if a != b:
            changed += 1
            fields = {
                k: (a.get(k), b.get(k)) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)
            }
            print(f"  {name}: {fields}")
    print(f"{changed} of {len(set(before) | set(after))} files changed")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--folder", type=Path, default=Path("/usr/share/doc"))
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        parser.error("give OUT.json, or --compare OLD NEW")
    start = time.perf_counter()
    found = record(args.folder)
    elapsed = time.perf_counter() - start
    args.out.write_text(json.dumps(found, indent=1, sort_keys=True), encoding="utf-8")
    levels = [str(v["classify"]) for v in found.values()]
    counts = {lv: levels.count(lv) for lv in ("open", "restricted", "closed", "unknown")}
    print(f"{len(found)} copyright files in {elapsed:.1f} s; classify_text: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
