"""Sentences added beside a license text: does the verdict follow them?

Reads ``benchmarks/addition_probes.yaml``: limiting sentences (each with the kind of limit it
states) and benign notes of the kind that sit beside license texts in real files. The file was
written by a helper that saw neither the additions reader (``clauses/additions.py``) nor its
output; nothing in the reader was changed after the first run on it (see the CHANGELOG).

Each sentence is put, as its own paragraph, before and after the full text of each base license
(MIT, BSD-3-Clause, Apache-2.0, ISC, Zlib from licensedcode-data) and the file is classified.
Reported: for the limiting sentences, the share of files whose verdict is restricted or closed
(recall) and the share whose reasons name the sentence's kind at its line; for the benign notes,
the share of files that stay open (a benign note that makes the file restricted is a false alarm).
Both are listed per sentence with ``--show``. ``--before REV`` is not offered: run the script from a
checkout of the older commit to compare. ``--bases KEY,KEY`` puts the sentences beside other
licensedcode-data texts instead (``--bases wider``: twelve open licenses of other kinds, copyleft,
public-domain dedications and longer texts among them, none of which the reader was tuned with).

``--notices`` puts each sentence on the line before and the line after a one-line notice
instead (:data:`NOTICES`: a licensing phrase, an SPDX tag, a ``License:`` field), where the
reader reads a note as it does beside a full text.

``--wordings FILE,FILE --sets PREFIX`` takes the sentences from wording files instead
(``benchmarks/fresh_wordings_27a.yaml``, ``fresh_wordings_27b.yaml``): the limits of the sets
whose names start with PREFIX (``tune`` or ``check``) as limiting sentences, their near misses as
benign ones. ``--show`` lists failures of the ``tune`` sets only; ``check`` sets are counted.

Run: PYTHONPATH=src python benchmarks/bench_additions.py [--show] [--probes FILE] [--bases KEYS]
    [--notices] [--wordings FILE,FILE --sets tune|check]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses

PROBES = Path(__file__).resolve().parent / "addition_probes.yaml"
BASES = ("mit", "bsd-new", "apache-2.0", "isc", "zlib")
WIDER_BASES = (
    "bsd-simplified",
    "mpl-2.0",
    "gpl-2.0",
    "gpl-3.0",
    "lgpl-2.1",
    "epl-2.0",
    "boost-1.0",
    "unlicense",
    "cc-by-4.0",
    "artistic-2.0",
    "postgresql",
    "x11",
)


# One-line notices of open licenses, each naming its license another way.
NOTICES = (
    "This library is licensed under the MIT License.",
    "SPDX-License-Identifier: Apache-2.0",
    "Released under the BSD-3-Clause license.",
    "Copyright 2021 The Authors. Distributed under the ISC license.",
    "License: Zlib",
)


def _files(sentence: str, bases: tuple[str, ...] = BASES) -> list[tuple[str, int]]:
    """The texts with ``sentence`` added, and the line it is on in each."""
    out = []
    for key in bases:
        base = scancode_licenses()[key].text.strip("\n")
        out.append((f"{sentence}\n\n{base}\n", 1))
        out.append((f"{base}\n\n{sentence}\n", base.count("\n") + 3))
    return out


def _notice_files(sentence: str, _bases: tuple[str, ...] = ()) -> list[tuple[str, int]]:
    """The one-line notices with ``sentence`` on the line before and after, and its line."""
    out = []
    for notice in NOTICES:
        out.append((f"{sentence}\n{notice}\n", 1))
        out.append((f"{notice}\n{sentence}\n", 2))
    return out


def wording_probes(paths: list[Path], prefix: str) -> dict[str, Any]:
    """The sentences of wording files (``fresh_wordings_*.yaml``) whose set names start with
    ``prefix``, as probes: each limit a limiting sentence, each near miss a benign one."""
    data: dict[str, Any] = {"limiting": [], "benign": []}
    for path in paths:
        sets = yaml.safe_load(path.read_text(encoding="utf-8"))["sets"]
        for name, cases in sets.items():
            if not name.startswith(prefix):
                continue
            for case in cases:
                if case["kind"] == "none":
                    data["benign"].append({"text": case["text"]})
                else:
                    data["limiting"].append({"kind": case["kind"], "text": case["text"]})
    return data


def main(argv: list[str]) -> int:
    path = Path(argv[argv.index("--probes") + 1]) if "--probes" in argv else PROBES
    show = "--show" in argv
    if "--wordings" in argv:
        paths = [Path(p) for p in argv[argv.index("--wordings") + 1].split(",")]
        prefix = argv[argv.index("--sets") + 1] if "--sets" in argv else ""
        data = wording_probes(paths, prefix)
        # a check set is counted, never listed
        show = show and prefix == "tune"
    else:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    bases: tuple[str, ...] = BASES
    if "--bases" in argv:
        chosen = argv[argv.index("--bases") + 1]
        bases = WIDER_BASES if chosen == "wider" else tuple(chosen.split(","))
    for key in bases:
        if classify_text(scancode_licenses()[key].text).verdict.level != "open":
            raise SystemExit(f"{key}: the text alone is not open; choose open bases")
    files = _notice_files if "--notices" in argv else _files
    for notice in NOTICES if "--notices" in argv else ():
        if classify_text(notice).verdict.level != "open":
            raise SystemExit(f"{notice!r}: the notice alone is not open")
    limited = kind_right = total = 0
    for entry in data["limiting"]:
        sentence, kind = str(entry["text"]), str(entry["kind"])
        hits = 0
        for text, line in files(sentence, bases):
            found = classify_text(text)
            total += 1
            if found.verdict.level in ("restricted", "closed"):
                limited += 1
                hits += 1
            at_line = {
                r.kind
                for r in found.verdict.reasons
                if r.item == "unexplained" and any(e.start_line == line for e in r.evidence)
            }
            kind_right += kind in at_line
        if show and hits < 2 * len(bases):
            print(f"  missed {2 * len(bases) - hits:2}/{2 * len(bases)} {kind:20} {sentence}")
    stayed = made = 0
    for entry in data["benign"]:
        sentence = str(entry["text"])
        bad = 0
        for text, _ in files(sentence, bases):
            made += 1
            level = classify_text(text).verdict.level
            stayed += level == "open"
            bad += level != "open"
        if show and bad:
            print(f"  false alarm {bad:2}/{2 * len(bases)} {sentence}")
    n_limit, n_benign = len(data["limiting"]), len(data["benign"])
    print(
        f"limiting: {n_limit} sentences, {total} files: restricted {limited}/{total} "
        f"({limited / total:.3f}), kind at its line {kind_right}/{total} ({kind_right / total:.3f})"
    )
    print(
        f"benign:   {n_benign} sentences, {made} files: still open {stayed}/{made} "
        f"({stayed / made:.3f}), false alarms {made - stayed}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
