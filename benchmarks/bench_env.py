"""``licenseclass env`` on a virtual environment of popular packages, against pip-licenses.

Makes (or reuses) a virtual environment, installs the packages below into it with their
dependencies (network needed) and pip-licenses, then runs ``licenseclass env --python
VENV/bin/python --format json`` from this checkout and ``pip-licenses --format=json`` in the
venv, and prints: the time of each, the levels, the packages whose level is ``unknown`` although
their metadata or license files name a license (there should be none), and a table of every
package where the two tools disagree (pip-licenses' string read with ``normalize``, compared by
license ids with licenseclass's declared and detected expressions).

Run: PYTHONPATH=src python benchmarks/bench_env.py [--venv DIR]   (default /tmp/bench-env-venv)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from licenseclass.errors import LicenseclassError
from licenseclass.expressions.lenient import normalize
from licenseclass.expressions.parser import parse
from licenseclass.expressions.tree import With, leaves

ROOT = Path(__file__).resolve().parents[1]

# Popular packages with wheels for CPython 3.10-3.13 on Linux; their dependencies come too.
PACKAGES = [
    "psycopg2-binary", "numpy", "pillow", "lxml", "regex", "matplotlib", "pandas", "requests",
    "flask", "django", "sqlalchemy", "pyyaml", "attrs", "python-dateutil", "pytz", "packaging",
    "cryptography", "boto3", "pytest", "tqdm", "rich", "typer", "fastapi", "httpx", "uvicorn",
    "websockets", "aiohttp", "beautifulsoup4", "networkx", "sympy", "protobuf", "psutil",
    "docutils", "tabulate", "simplejson", "orjson", "redis", "celery", "jsonschema", "markdown",
    "toml", "wrapt", "decorator", "greenlet", "chardet", "colorama", "filelock", "distlib",
    "virtualenv", "platformdirs", "pyasn1", "rsa", "google-auth", "cachetools", "grpcio",
    "msgpack", "more-itertools", "zipp", "tenacity", "pycparser", "certifi",
]  # fmt: skip


def make_venv(venv: Path) -> Path:
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
         *PACKAGES, "pip-licenses"],
        check=True,
    )  # fmt: skip
    return python


def ids(expression: str | None) -> frozenset[str]:
    if not expression:
        return frozenset()
    try:
        tree = parse(expression, strict=False, update_deprecated=True)
    except LicenseclassError:
        return frozenset()
    return frozenset(
        str(leaf.license if isinstance(leaf, With) else leaf).casefold() for leaf in leaves(tree)
    )


def pip_licenses_reading(text: str) -> tuple[str | None, frozenset[str]]:
    """pip-licenses' string ("MIT License; BSD License") read as an expression; when a part is
    ambiguous ("BSD License"), None and the ids it may mean."""
    parts = [p.strip() for p in text.split(";") if p.strip() and p.strip() != "UNKNOWN"]
    found: list[str] = []
    candidates: set[str] = set()
    for part in parts:
        read = normalize(part)
        if read.expression is None:
            candidates.update(c.casefold() for c in read.candidates)
        else:
            found.append(read.expression)
            candidates.update(ids(read.expression))
    if len(found) < len(parts) or not found:
        return None, frozenset(candidates)
    return " AND ".join(f"({e})" for e in found), frozenset(candidates)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--venv", type=Path, default=Path("/tmp/bench-env-venv"))
    parser.add_argument("--scancode", help="a scancode command to compare with, per package")
    args = parser.parse_args(argv)
    python = make_venv(args.venv)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}

    start = time.perf_counter()
    ours_run = subprocess.run(
        [sys.executable, "-m", "licenseclass", "env", "--python", str(python), "--format", "json"],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    ours_seconds = time.perf_counter() - start
    start = time.perf_counter()
    theirs_run = subprocess.run(
        [str(args.venv / "bin" / "pip-licenses"), "--format=json", "--with-system"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    theirs_seconds = time.perf_counter() - start

    ours: list[dict[str, Any]] = json.loads(ours_run.stdout)["packages"]
    theirs = {p["Name"].lower().replace("_", "-"): p for p in json.loads(theirs_run.stdout)}
    print(f"packages: {len(ours)} (licenseclass), {len(theirs)} (pip-licenses)")
    print(f"time: licenseclass env {ours_seconds:.1f} s, pip-licenses {theirs_seconds:.1f} s")
    levels = Counter(p["verdict"]["level"] for p in ours)
    print("levels: " + ", ".join(f"{k} {v}" for k, v in sorted(levels.items())))
    agreements = Counter(p["agreement"] for p in ours)
    print("declared vs detected: " + ", ".join(f"{k} {v}" for k, v in sorted(agreements.items())))
    unknown_named = [
        p["name"]
        for p in ours
        if p["verdict"]["level"] == "unknown"
        and (p["declared_expression"] or p["detected_expression"])
    ]
    print(f"unknown although a license is named: {len(unknown_named)} {unknown_named}")

    rows = []
    vague = 0
    for package in ours:
        key = package["name"].lower().replace("_", "-")
        other = theirs.get(key)
        if other is None:
            rows.append((package["name"], "(not listed)", package, "-"))
            continue
        reading, candidates = pip_licenses_reading(other["License"])
        mine = ids(package["declared_expression"]) | ids(package["detected_expression"])
        if reading is None:
            if candidates & mine:
                vague += 1  # "BSD License": pip-licenses does not say which; we do
            else:
                rows.append((package["name"], other["License"], package, "no common license"))
        elif not ids(reading) <= mine:
            rows.append((package["name"], other["License"], package, f"read as {reading}"))
    print(
        f"\npip-licenses names a license vaguely (BSD License, Apache Software License) where "
        f"licenseclass names one of its readings: {vague}"
    )
    print(f"\ndisagreements with pip-licenses: {len(rows)} of {len(ours)}")
    print(f"{'package':24} {'pip-licenses':34} {'declared':24} {'detected':34} level")
    for name, license_text, package, note in rows:
        print(
            f"{name[:24]:24} {license_text[:34]:34} {str(package['declared_expression'])[:24]:24}"
            f" {str(package['detected_expression'])[:34]:34} {package['verdict']['level']}"
            f"  ({note})"
        )
    scancode = args.scancode or shutil.which("scancode")
    if scancode is None:
        print("\nscancode: not installed, not compared (--scancode PATH)")
        return 0
    compare_with_scancode(scancode, ours)
    return 0


def compare_with_scancode(scancode: str, ours: list[dict[str, Any]]) -> None:
    """Run ``scancode --license`` once over every package's license files (those our findings
    name) and compare, per package, the ids it detects with the ids licenseclass detects."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        owner: dict[str, str] = {}
        for number, package in enumerate(ours):
            for finding in package["findings"]:
                if finding["kind"] != "license-file":
                    continue
                # finding paths are relative to the folder that holds the dist-info
                source = Path(package["path"]).parent / finding["path"]
                if source.is_file():
                    target = Path(folder) / f"{number:04d}-{source.name}"
                    shutil.copyfile(source, target)
                    owner[target.name] = package["name"]
        output = Path(folder) / "scancode.json"
        start = time.perf_counter()
        subprocess.run(
            [scancode, "--license", "-n", "2", "--json", str(output), folder],
            capture_output=True, check=True,
        )  # fmt: skip
        seconds = time.perf_counter() - start
        found: dict[str, set[str]] = {}
        for item in json.loads(output.read_text(encoding="utf-8"))["files"]:
            name = Path(item["path"]).name
            if name in owner:
                expression = item.get("detected_license_expression_spdx") or ""
                found.setdefault(owner[name], set()).update(ids(expression))
    print(f"\nscancode --license over {len(owner)} license files: {seconds:.1f} s")
    same = differ = 0
    rows: list[tuple[str, list[str], list[str]]] = []
    for package in ours:
        theirs = frozenset(found.get(package["name"], set()))
        mine = ids(package["detected_expression"])
        if not theirs and not mine:
            continue
        if theirs == mine:
            same += 1
        else:
            differ += 1
            rows.append((package["name"], sorted(mine), sorted(theirs)))
    print(f"detected ids per package: same as scancode {same}, different {differ}")
    for name, ours_ids, theirs_ids in rows:
        print(f"  {name[:24]:24} licenseclass {ours_ids}  scancode {theirs_ids}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
