"""Draw the Debian part of the clause-reader evaluation from a folder of copyright files.

The material is the ``/usr/share/doc/<package>/copyright`` file of one binary package per source
package of Debian 12 (bookworm) ``non-free`` and ``non-free-firmware`` for amd64: the smallest
``.deb`` of each source, those under 30 MB (270 packages, 266 with a copyright file). Extract them
into one folder as ``<package>_<version>_<arch>.copyright`` and run this script on it.

The pool is each file of at most 25,000 characters in which identification leaves at least 150
words unexplained (``classify_text(...).unexplained``: licence terms no catalogued text covers;
the clause findings are not looked at), less near copies: in file-name order, a file whose word
5-grams overlap an earlier kept file's by more than half (Jaccard) is dropped.
``random.Random(seed).sample(pool, count)`` is the part. debian1 is ``--seed 2041 --count 48``
(a pool of 104), labelled by eight labellers sharing the draw before the reader was run on it;
debian2 is the 56 files of the pool that debian1 did not take.

The tuning parts added later use the same ``pool`` on other folders, all of it, less near copies
of any file drawn before: debian3 is Debian 12 contrib (39 files) and the seven non-free files of
25,000 to 70,000 characters the first pool left out for length; debian4 is the copyright files
of the source packages of Debian 13 (trixie) non-free, non-free-firmware and contrib that
Debian 12 did not have (16 files).

Run: PYTHONPATH=src python benchmarks/draw_debian_part.py FOLDER [--seed 2041] [--count 48]
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from licenseclass import classify_text

MAX_CHARS = 25_000
MIN_UNEXPLAINED_WORDS = 150


def _grams(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))}


def pool(folder: Path) -> list[str]:
    candidates: dict[str, set[str]] = {}
    for path in sorted(folder.glob("*.copyright")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if len(text) > MAX_CHARS:
            continue
        unexplained = sum(region.words for region in classify_text(text).unexplained)
        if unexplained >= MIN_UNEXPLAINED_WORDS:
            candidates[path.name] = _grams(text)
    kept: list[str] = []
    for name, grams in candidates.items():
        if all(len(grams & candidates[k]) <= len(grams | candidates[k]) / 2 for k in kept):
            kept.append(name)
    return kept


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=2041)
    parser.add_argument("--count", type=int, default=48)
    args = parser.parse_args()
    kept = pool(args.folder)
    drawn = sorted(random.Random(args.seed).sample(kept, min(args.count, len(kept))))
    print(f"pool {len(kept)}, drawn {len(drawn)}")
    for name in drawn:
        print(name.split("_")[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
