"""False alarms on ordinary files: every text file of ten permissive projects' sdists.

Downloads the source distributions of flask, requests, click, jinja2, attrs, rich, httpx,
itsdangerous, werkzeug and urllib3 with pip (cached in ``--cache``), unpacks them and runs
``classify_text`` on every UTF-8 text file. None of these files restricts anything: the goal
is zero files called restricted or closed, while each project's own license file is still
identified as its license.

``--wider tune|check`` measures 35 other projects instead (the thirty-first round's sample of
widely used PyPI projects with open licenses, Django and Sphinx among them, whose sdists pip can
fetch), split in two by alphabetical order, every other one: the ``tune`` half's alarms may be
studied when the reader changes, the ``check`` half is only counted. A bundled third-party file
that really limits use would be a true alarm; each is read before it is counted as false.

``--wider fresh`` measures a third sample of 24 projects, drawn after the first two had been
studied and never tuned on (copyleft projects such as chardet and psycopg2 among them; pip could
not build the metadata of hypothesis, tox or virtualenv here, so pexpect, sortedcontainers and
decorator took their places).

``--stdlib`` measures the running Python's own standard library instead (site-packages and
caches left out): some two thousand modules, test data and HTML help pages of a project under
the PSF license, found on every machine that runs the benchmark.

``--site-packages`` measures the packages installed beside the benchmark instead (the
environment's ``site-packages``: licenseclass's own dependencies and test tools, some 130
distributions and 24,000 text files here), a sample first read in the thirty-fifth round. Three
packages whose purpose is license data are left out, since their files are license texts and
descriptions of licenses on purpose: licensedcode-data, licenseid and licenseclass itself.
Bundled third-party license files are read as any other file: one that really limits use is a
true alarm, and each is read before it is counted as false.

    python benchmarks/bench_false_alarms.py [--cache DIR] [--show N] [--wider tune|check|fresh]
        [--stdlib] [--site-packages]
"""

from __future__ import annotations

import argparse
import collections
import subprocess
import sys
import sysconfig
import tarfile
import time
from pathlib import Path

from licenseclass import classify_text

PROJECTS = (
    "flask",
    "requests",
    "click",
    "jinja2",
    "attrs",
    "rich",
    "httpx",
    "itsdangerous",
    "werkzeug",
    "urllib3",
)
# The wider sample, in alphabetical order; WIDER[0::2] is the tune half, WIDER[1::2] the check.
WIDER = (
    *("aiohttp", "alembic", "babel", "beautifulsoup4", "black", "celery", "certifi"),
    *("charset-normalizer", "django", "docutils", "fastapi", "idna", "kombu", "mako"),
    *("markupsafe", "multidict", "packaging", "paramiko", "pluggy", "pydantic", "pygments"),
    *("pyjwt", "pyparsing", "pytest", "python-dateutil", "pytz", "redis", "scrapy", "six"),
    *("sphinx", "starlette", "tomli", "tqdm", "uvicorn", "wheel"),
)

# A third sample, drawn in the thirty-second round after the first two had been studied: only
# counted, never tuned on. Copyleft projects (chardet, psycopg2) are among them on purpose.
FRESH = (
    *("arrow", "boltons", "bottle", "chardet", "colorama", "decorator", "gunicorn"),
    *("jsonschema", "loguru", "marshmallow", "more-itertools", "oauthlib", "peewee", "pexpect"),
    *("pip", "prompt-toolkit", "psycopg2", "pyyaml", "setuptools", "sortedcontainers"),
    *("sqlparse", "structlog", "tabulate", "typer"),
)
LICENSE_NAMES = ("license", "licence", "copying")


def download(cache: Path, projects: tuple[str, ...] = PROJECTS) -> list[Path]:
    cache.mkdir(parents=True, exist_ok=True)
    archives = sorted(cache.glob("*.tar.gz"))
    if len(archives) < len(projects):
        command = [sys.executable, "-m", "pip", "download", "-q", "--no-deps"]
        command += ["--no-binary", ":all:", "-d", str(cache), *projects]
        subprocess.run(command, check=True)
        archives = sorted(cache.glob("*.tar.gz"))
    return archives


def unpack(archive: Path, into: Path) -> Path:
    target = into / archive.name.removesuffix(".tar.gz")
    if not target.exists():
        with tarfile.open(archive) as tar:
            tar.extractall(into, filter="data")
    return target


def _skipped(path: Path, root: Path) -> bool:
    """Installed packages and byte-code caches, which are not the standard library's own."""
    parts = path.relative_to(root).parts
    return "site-packages" in parts or "__pycache__" in parts


# Installed packages that are license data on purpose (see --site-packages), by the names of
# their import folders and of their metadata folders ("licensedcode_data-32.1.0.dist-info").
LICENSE_DATA_PACKAGES = ("licensedcode", "licensedcode_data", "licenseid", "licenseclass")


def _license_data(path: Path, root: Path) -> bool:
    parts = path.relative_to(root).parts
    return "__pycache__" in parts or parts[0].split("-")[0] in LICENSE_DATA_PACKAGES


def text_of(path: Path) -> str | None:
    data = path.read_bytes()
    if b"\0" in data[:8192] or len(data) > 2_000_000:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _own_license_file(path: Path, root: Path) -> bool:
    """A project's own license file: at an sdist's top, or in an installed distribution's
    metadata folder (``*.dist-info`` or its ``licenses`` folder)."""
    folders = path.relative_to(root).parts[:-1]
    return not folders or (folders[0].endswith(".dist-info") and folders[1:] in ((), ("licenses",)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_cache = Path.home() / ".cache" / "licenseclass-bench" / "sdists"
    parser.add_argument("--cache", type=Path, default=default_cache)
    parser.add_argument("--show", type=int, default=40, help="list at most N alarms")
    parser.add_argument(
        "--wider",
        choices=("tune", "check", "fresh"),
        help="a half of the wider sample, or the fresh one",
    )
    parser.add_argument("--stdlib", action="store_true", help="the running Python's own library")
    parser.add_argument(
        "--site-packages", action="store_true", help="the packages installed beside it"
    )
    args = parser.parse_args()
    cache: Path = args.cache
    skipped = _skipped
    if args.stdlib:
        stdlib = Path(sysconfig.get_paths()["stdlib"])
        roots, base, what = [stdlib], stdlib.parent, "standard library"
    elif args.site_packages:
        installed = Path(sysconfig.get_paths()["purelib"])
        roots, base, what = [installed], installed, "installed packages"
        skipped = _license_data
    else:
        if args.wider:
            cache = cache.with_name(f"sdists-wider-{args.wider}")
            sample = {"tune": WIDER[0::2], "check": WIDER[1::2], "fresh": FRESH}[args.wider]
            archives = download(cache, sample)
        else:
            archives = download(cache)
        roots = [unpack(archive, cache / "unpacked") for archive in archives]
        base, what = cache / "unpacked", f"{len(archives)} sdists"
    levels: collections.Counter[str] = collections.Counter()
    alarms: list[str] = []
    license_files: list[tuple[str, str, str]] = []
    files = 0
    start = time.perf_counter()
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file() and not skipped(p, root)):
            text = text_of(path)
            if text is None:
                continue
            files += 1
            found = classify_text(text)
            level = found.verdict.level
            levels[level] += 1
            where = str(path.relative_to(base))
            if level in ("restricted", "closed"):
                reason = found.verdict.reasons[0].message if found.verdict.reasons else ""
                alarms.append(f"{level:10} {where}: {reason[:100]}")
            if _own_license_file(path, root) and path.name.casefold().startswith(LICENSE_NAMES):
                license_files.append((where, found.expression or "-", level))
    elapsed = time.perf_counter() - start
    print(f"{what}, {files} text files, {elapsed:.1f} s")
    print("levels:", dict(sorted(levels.items())))
    print(f"restricted or closed: {len(alarms)} (goal 0)")
    for line in alarms[: args.show]:
        print("  ", line)
    print("project license files:")
    for where, expression, found_level in license_files:
        print(f"   {where}: {expression} [{found_level}]")
    missed = [w for w, e, lv in license_files if e == "-" or lv != "open"]
    print(f"license files not identified as open: {len(missed)} of {len(license_files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
