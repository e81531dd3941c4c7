"""The summary two level benchmarks print (``bench_vendor_packages.py``,
``bench_model_folders.py``): how often the level read equals the labelled one, and the table of
(labelled, read) pairs."""

from __future__ import annotations

from collections import Counter


def print_level_pairs(title: str, pairs: Counter[tuple[str, str]], read: str) -> None:
    """``title right/total``, then one line per (labelled, read) pair; ``read`` names the
    reading ("scanned", "read")."""
    total = sum(pairs.values())
    right = sum(n for (want, got), n in pairs.items() if want == got)
    print(f"{title} {right}/{total}")
    for (want, got), n in sorted(pairs.items()):
        print(f"  labelled {want:10} {read} {got:10} {n:3}")
