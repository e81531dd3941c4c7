"""Samples of Debian source packages that no earlier round has read, drawn by a seed.

The pool is the source packages of Debian 13 (trixie) ``main`` that Debian 12 (bookworm) ``main``
did not have (the earlier rounds drew their samples from bookworm, so none of these was studied),
each with one upstream tarball (``.orig.tar.*``) of 10 kB to 1.5 MB. ``draw`` takes
``random.Random(seed).sample`` of the pool, less the packages of any sample named with
``--besides``, fetches each tarball from the archive, checks its SHA-256 against the archive's
index and unpacks it. ``run`` classifies every UTF-8 text file of a sample with ``classify_text``
and writes one JSON line per file (level, ids, coverage, unexplained regions, whether the file
is the project's own license file, or the error raised); ``summary`` counts one such run and
``compare`` counts the files whose level or ids differ between two runs. A sample kept for
measuring only is counted, never listed: ``--list`` is for samples being studied.

    python benchmarks/debian_sample.py draw 1 200 SAMPLE [--besides OTHER ...]
    PYTHONPATH=src python benchmarks/debian_sample.py run SAMPLE TAG
    python benchmarks/debian_sample.py summary SAMPLE TAG [--list]
    python benchmarks/debian_sample.py compare SAMPLE OLD NEW [--list]
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import lzma
import random
import re
import sys
import tarfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from bench_false_alarms import (
    DEBIAN_ARCHIVE,
    LICENSE_NAMES,
    _fetch_once,
    _own_license_file,
    text_of,
    unpack_debian,
)

SOURCES = DEBIAN_ARCHIVE + "dists/{release}/main/source/Sources.xz"
MIN_BYTES, MAX_BYTES = 10_000, 1_500_000
_ORIG = re.compile(r"\.orig\.tar\.(?:gz|xz|bz2)$")


def _paragraphs(release: str, cache: Path) -> list[str]:
    index = cache / f"Sources-{release}.xz"
    if not index.exists():
        cache.mkdir(parents=True, exist_ok=True)
        url = SOURCES.format(release=release)
        with urllib.request.urlopen(url, timeout=120) as response:
            index.write_bytes(response.read())
    with lzma.open(index, "rt", encoding="utf-8") as stream:
        return stream.read().split("\n\n")


def _field(paragraph: str, name: str) -> list[str]:
    """The lines of a field: its first line's value, then its continuation lines."""
    lines = paragraph.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(name + ":"):
            found = [line[len(name) + 1 :].strip()]
            for following in lines[i + 1 :]:
                if not following.startswith(" "):
                    break
                found.append(following.strip())
            return found
    return []


def pool(cache: Path) -> list[dict[str, Any]]:
    """Trixie's new source packages with one upstream tarball of the size the sample wants."""
    older = {p for para in _paragraphs("bookworm", cache) for p in _field(para, "Package")[:1]}
    candidates: dict[str, dict[str, Any]] = {}
    for para in _paragraphs("trixie", cache):
        name = (_field(para, "Package") or [""])[0]
        if not name or name in older:
            continue
        directory = _field(para, "Directory")[0]
        tarballs = [
            line.split() for line in _field(para, "Checksums-Sha256")[1:] if _ORIG.search(line)
        ]
        if len(tarballs) != 1:
            continue
        sha256, size, file = tarballs[0]
        if MIN_BYTES <= int(size) <= MAX_BYTES:
            where = f"{directory}/{file}"
            candidates[name] = {"package": name, "where": where, "sha256": sha256}
    return [candidates[name] for name in sorted(candidates)]


def _root(archive: Path, into: Path) -> Path | None:
    """The project's root once the tarball is unpacked, or None where it cannot be read."""
    try:
        return unpack_debian(archive, into)
    except (tarfile.TarError, OSError, EOFError, lzma.LZMAError):
        return None


def draw(seed: int, count: int, sample: Path, besides: list[Path], cache: Path) -> int:
    taken = set()
    for other in besides:
        taken |= {p["package"] for p in json.loads((other / "pick.json").read_text())}
    candidates = [p for p in pool(cache) if p["package"] not in taken]
    picked = random.Random(seed).sample(candidates, count)
    sample.mkdir(parents=True, exist_ok=True)
    (sample / "pick.json").write_text(json.dumps(picked, indent=1) + "\n")
    unpacked = 0
    for entry in picked:
        archive = sample / "archives" / str(entry["where"]).rsplit("/", 1)[-1]
        archive.parent.mkdir(exist_ok=True)
        url = DEBIAN_ARCHIVE + str(entry["where"])
        try:
            _fetch_once(url, archive, hashlib.sha256, str(entry["sha256"]), "the archive's index")
        except OSError:  # the mirror here serves most of the pool, not all of it
            continue
        unpacked += _root(archive, sample / "unpacked") is not None
    print(f"pool {len(candidates)}, drawn {count}, unpacked {unpacked}")
    return 0


def _record(text: str) -> dict[str, Any]:
    from licenseclass import classify_text

    found = classify_text(text)
    return {
        "level": found.verdict.level,
        "ids": sorted({m.id for m in found.matches}),
        "coverage": round(found.coverage, 4),
        "regions": len(found.unexplained),
        "reason": found.verdict.reasons[0].message[:160] if found.verdict.reasons else "",
    }


def run(sample: Path, tag: str) -> int:
    unpacked = sample / "unpacked"
    out = sample / f"{tag}.jsonl"
    start = time.perf_counter()
    files = 0
    with out.open("w", encoding="utf-8") as stream:
        for archive in sorted((sample / "archives").iterdir()):
            root = _root(archive, unpacked)
            if root is None:
                continue
            for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
                text = text_of(path)
                if text is None:
                    continue
                files += 1
                row: dict[str, Any] = {"path": str(path.relative_to(unpacked))}
                row["own"] = _own_license_file(path, root) and path.name.casefold().startswith(
                    LICENSE_NAMES
                )
                try:
                    row |= _record(text)
                except Exception as error:  # a crash is a finding: counted, not fatal
                    row["error"] = f"{type(error).__name__}: {error}"[:200]
                stream.write(json.dumps(row) + "\n")
    print(f"{files} files in {time.perf_counter() - start:.0f} s -> {out}")
    return 0


def _rows(sample: Path, tag: str) -> dict[str, dict[str, Any]]:
    lines = (sample / f"{tag}.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["path"]: row for row in map(json.loads, lines)}


def summary(sample: Path, tag: str, listing: bool) -> int:
    rows = _rows(sample, tag)
    levels = collections.Counter(str(r.get("level", "error")) for r in rows.values())
    flagged = [r for r in rows.values() if r.get("level") in ("restricted", "closed")]
    own = [r for r in rows.values() if r["own"]]
    own_open = sum(r.get("level") == "open" for r in own)
    print(
        f"{len(rows)} files, {len(flagged)} restricted or closed, "
        f"own license files {own_open} of {len(own)} open, levels {dict(sorted(levels.items()))}"
    )
    if listing:
        for row in flagged + [r for r in own if r.get("level") != "open"]:
            said = row.get("reason", row.get("error"))
            print(f"  {row.get('level', 'error'):10} {row['path']}: {row.get('ids')} {said}")
    return 0


def compare(sample: Path, old: str, new: str, listing: bool) -> int:
    before, after = _rows(sample, old), _rows(sample, new)
    changed = [
        path
        for path in sorted(set(before) | set(after))
        if any(
            before.get(path, {}).get(k) != after.get(path, {}).get(k)
            for k in ("level", "ids", "error")
        )
    ]
    print(f"{len(changed)} of {len(after)} files changed level, ids or error")
    if listing:
        for path in changed:
            a, b = before.get(path, {}), after.get(path, {})
            print(f"  {path}: {a.get('level')} {a.get('ids')} -> {b.get('level')} {b.get('ids')}")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "licenseclass-bench")
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("draw")
    drawing.add_argument("seed", type=int)
    drawing.add_argument("count", type=int)
    drawing.add_argument("sample", type=Path)
    drawing.add_argument("--besides", type=Path, nargs="*", default=[])
    running = commands.add_parser("run")
    running.add_argument("sample", type=Path)
    running.add_argument("tag")
    counting = commands.add_parser("summary")
    counting.add_argument("sample", type=Path)
    counting.add_argument("tag")
    counting.add_argument("--list", action="store_true")
    comparing = commands.add_parser("compare")
    comparing.add_argument("sample", type=Path)
    comparing.add_argument("old")
    comparing.add_argument("new")
    comparing.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "draw":
        return draw(args.seed, args.count, args.sample, args.besides, args.cache)
    if args.command == "run":
        return run(args.sample, args.tag)
    if args.command == "summary":
        return summary(args.sample, args.tag, args.list)
    return compare(args.sample, args.old, args.new, args.list)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
