"""``licenseclass scan`` on vendor packages from PyPI: is the package's level the one its license
says?

``clause_labels_pypi.yaml`` labels the license file of 35 packages whose vendors ship them under
their own terms (SDK agreements, evaluation licenses, model licenses), each with the verdict a
reader gives it. This benchmark scans each package file (a wheel or an sdist, downloaded once
by ``pypi_texts.py`` and checked by SHA-256) with ``scan_paths`` and compares the level of the
package that holds the labelled file with that verdict. A package may hold more than the
labelled file (other license files, a metadata field), so a package level can differ from the
label for a reason of its own; the list (``--show``) gives the first reason of each.

It measures what a user of ``scan`` or ``env`` meets: before the thirty-sixth round a license
file that no reference identifies left such a package ``unknown``, and lines beside an
identified license that limit it were not counted.

Run: PYTHONPATH=src:benchmarks python benchmarks/bench_vendor_packages.py [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
TITLE = "vendor packages: package level equal to the labelled verdict"
LABELS = HERE / "clause_labels_pypi.yaml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the packages that differ")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from level_pairs import print_level_pairs
    from pypi_texts import DEFAULT_CACHE, FetchError, _package_file

    from licenseclass.scan.project import scan_paths

    entries: list[dict[str, Any]] = yaml.safe_load(LABELS.read_text(encoding="utf-8"))["licenses"]
    pairs: Counter[tuple[str, str]] = Counter()
    shown: list[str] = []
    for entry in entries:
        source = entry["source"]
        try:
            _package_file(source, DEFAULT_CACHE)  # downloaded once, checked by its hash
        except FetchError as error:
            print(f"  not measured: {error}")
            continue
        path = DEFAULT_CACHE / str(source["url"]).rsplit("/", 1)[-1]
        member = str(source["member"])
        report = scan_paths([path])
        holders = [p for p in report.packages if any(f.path.endswith(member) for f in p.findings)]
        got: str = holders[0].verdict.level if holders else "not found"
        want = str(entry["verdict"])
        pairs[(want, got)] += 1
        if got != want:
            why = holders[0].verdict.reasons[0].message[:140] if holders else ""
            shown.append(f"  {entry['key']:32} {got:10} (labelled {want}) {why}")
    print_level_pairs(TITLE, pairs, "scanned")
    if args.show:
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
