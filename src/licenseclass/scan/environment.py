"""Installed Python distributions, one conclusion each, without network.

The distributions are listed by :func:`_probe`, which runs in this interpreter or, for
another environment, in that environment's interpreter (its source is sent with ``-c``, and
its JSON read back): the raw METADATA and the license files of each distribution, bounded.
Everything else (normalizing declarations, classifying texts, comparing the two) happens here,
in one process, with the text index loaded once.

Requirements and lock files name packages; each is looked up among the installed ones, and
one that is not installed is reported as such, never guessed.
"""

from __future__ import annotations

import base64
import inspect
import json
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from licenseclass.core.model import Reason, Verdict
from licenseclass.core.registry import Registry, default_registry
from licenseclass.errors import InputFileError, LicenseclassError
from licenseclass.scan.manifests import read_metadata
from licenseclass.scan.project import Judge, conclude, license_file_finding, manifest_findings
from licenseclass.scan.results import Finding, PackageConclusion, ScanReport

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

# Each license file is read up to this many bytes, and at most this many per distribution.
MAX_LICENSE_BYTES = 1_000_000
MAX_LICENSE_FILES = 20


def _probe(max_bytes: int, max_files: int) -> list[dict[str, Any]]:  # pragma: no cover
    """Every distribution of the running interpreter: name, version, METADATA text, license
    files (base64, bounded). Self-contained and Python 3.8-compatible: it is also run by
    other interpreters."""
    import base64  # noqa: PLC0415
    import importlib.metadata as md  # noqa: PLC0415
    import os  # noqa: PLC0415
    import re  # noqa: PLC0415

    names = re.compile(r"^(?:licen[cs]es?|copying|notice|unlicense)(?:[._-].*)?$", re.I)
    code = (".py", ".pyc", ".pyi", ".so", ".c", ".h", ".js", ".json", ".html", ".pyd")
    found = []
    seen = set()
    for dist in md.distributions():
        meta_text = dist.read_text("METADATA") or dist.read_text("PKG-INFO") or ""
        name = dist.metadata["Name"] or ""
        key = re.sub(r"[-_.]+", "-", name).lower()
        if not name or key in seen:  # a shadowed copy further down sys.path
            continue
        seen.add(key)
        declared_files = dist.metadata.get_all("License-File") or []
        meta_dir = getattr(dist, "_path", None)
        candidates = []
        for file in dist.files or []:
            parts = str(file).replace("\\", "/").split("/")
            in_meta = parts[0].endswith((".dist-info", ".egg-info"))
            wanted = in_meta and (
                (len(parts) > 2 and parts[1] == "licenses") or "/".join(parts[1:]) in declared_files
            )
            if not wanted and parts[-1].lower().endswith(code):
                continue
            if wanted or (names.match(parts[-1]) and len(parts) <= 2):
                candidates.append(("/".join(parts), str(file.locate())))
        if not dist.files and meta_dir is not None and os.path.isdir(str(meta_dir)):
            for entry in sorted(os.listdir(str(meta_dir))):
                if names.match(entry):
                    full = os.path.join(str(meta_dir), entry)
                    candidates.append((os.path.basename(str(meta_dir)) + "/" + entry, full))
        files = []
        for relative, full in candidates[:max_files]:
            item = {"path": relative}
            try:
                size = os.path.getsize(full)
                if size > max_bytes:
                    item["error"] = f"too large ({size} bytes)"
                else:
                    with open(full, "rb") as handle:
                        item["data"] = base64.b64encode(handle.read(max_bytes)).decode("ascii")
            except OSError as exc:
                item["error"] = f"cannot be read ({exc})"
            files.append(item)
        found.append(
            {
                "name": name,
                "version": dist.version,
                "location": str(meta_dir) if meta_dir is not None else "",
                "metadata": meta_text[:max_bytes],
                "files": files,
            }
        )
    return found


def installed(python: str | None = None) -> list[dict[str, Any]]:
    """What :func:`_probe` reports, for this interpreter or the one at ``python``."""
    if python is None:
        return _probe(MAX_LICENSE_BYTES, MAX_LICENSE_FILES)
    source = inspect.getsource(_probe)
    code = (
        "from __future__ import annotations\nimport json, sys\n"
        f"{source}\n"
        f"sys.stdout.write(json.dumps(_probe({MAX_LICENSE_BYTES}, {MAX_LICENSE_FILES})))\n"
    )
    try:
        done = subprocess.run(  # the interpreter the user named
            [python, "-I", "-c", code], capture_output=True, check=False, timeout=600
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InputFileError(f"cannot be run as a Python interpreter ({exc})", path=python) from exc
    if done.returncode != 0:
        last = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        raise InputFileError(
            f"failed listing its distributions ({' '.join(last) or done.returncode})", path=python
        )
    try:
        data = json.loads(done.stdout)
    except ValueError as exc:
        raise InputFileError("did not print a list of distributions", path=python) from exc
    if not isinstance(data, list):
        raise InputFileError("did not print a list of distributions", path=python)
    return data


def canonical_name(name: str) -> str:
    """PEP 503: runs of ``-``, ``_`` and ``.`` are one ``-``, and case does not count."""
    return re.sub(r"[-_.]+", "-", name).lower()


def package_conclusion(judge: Judge, item: dict[str, Any]) -> PackageConclusion:
    """One installed distribution: declared from its metadata, detected from its files."""
    name = str(item.get("name") or "?")
    findings: list[Finding] = []
    errors: list[str] = []
    meta_name = f"{Path(str(item.get('location') or name)).name}/METADATA"
    manifest = read_metadata(meta_name, str(item.get("metadata") or ""))
    findings.extend(manifest_findings(judge, manifest))
    for file in item.get("files") or []:
        path = str(file.get("path"))
        if "error" in file:
            errors.append(f"{path}: {file['error']}")
            continue
        try:
            data = base64.b64decode(str(file.get("data") or ""))
            if b"\x00" in data[:8192]:
                errors.append(f"{path}: binary (it holds NUL bytes)")
                continue
            findings.append(license_file_finding(judge, path, data))
        except (ValueError, LicenseclassError) as exc:
            errors.append(f"{path}: {exc}")
    return conclude(
        judge,
        name=name,
        version=str(item["version"]) if item.get("version") else None,
        path=str(item.get("location") or ""),
        findings=findings,
        errors=errors,
    )


def not_installed(name: str, listed_in: str) -> PackageConclusion:
    reason = f"{name} is listed in {listed_in} but not installed in the environment"
    return PackageConclusion(
        name=name,
        path="",
        agreement="none",
        verdict=Verdict(level="unknown", policy="article", reasons=(Reason(message=reason),)),
        errors=("not installed",),
    )


# --------------------------------------------------------------------------- requirements

_NAME = re.compile(r"^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)")


def _requirement_name(line: str) -> str | None:
    found = _NAME.match(line)
    return found.group(1) if found else None


def _requirements_txt(path: Path, depth: int = 0) -> list[str]:
    names: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(("-r ", "--requirement ", "-c ", "--constraint ")) and depth < 5:
            included = path.parent / line.split(maxsplit=1)[1].strip()
            if included.is_file() and not line.startswith(("-c", "--constraint")):
                names.extend(_requirements_txt(included, depth + 1))
            continue
        if line.startswith("-") or "://" in line.split("@", 1)[0]:
            continue  # options, editable paths, bare URLs: no name to look up
        name = _requirement_name(line)
        if name:
            names.append(name)
    return names


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _pyproject(data: dict[str, Any]) -> list[str]:
    project = data.get("project") if isinstance(data.get("project"), dict) else {}
    assert isinstance(project, dict)
    lines = _strings(project.get("dependencies"))
    extras = project.get("optional-dependencies")
    for group in extras.values() if isinstance(extras, dict) else []:
        lines.extend(_strings(group))
    groups = data.get("dependency-groups")
    for group in groups.values() if isinstance(groups, dict) else []:
        lines.extend(_strings(group))
    names = [n for n in map(_requirement_name, lines) if n]
    poetry = data.get("tool", {}).get("poetry", {}) if isinstance(data.get("tool"), dict) else {}
    if isinstance(poetry, dict):
        tables = [poetry.get("dependencies"), poetry.get("dev-dependencies")]
        poetry_groups = poetry.get("group")
        for group in poetry_groups.values() if isinstance(poetry_groups, dict) else []:
            tables.append(group.get("dependencies") if isinstance(group, dict) else None)
        for table in tables:
            if isinstance(table, dict):
                names.extend(k for k in table if k.lower() != "python")
    return names


def _lock(data: dict[str, Any], key: str) -> list[str]:
    names = []
    for package in data.get(key) or []:
        if not isinstance(package, dict) or not isinstance(package.get("name"), str):
            continue
        source = package.get("source")
        if isinstance(source, dict) and ({"editable", "virtual"} & set(source)):
            continue  # the project itself, in uv.lock
        names.append(package["name"])
    return names


def requirement_names(path: Path | str) -> list[str]:
    """The package names a requirements file, a pyproject.toml or a lock file (uv.lock,
    poetry.lock, pylock.toml) lists, in order, without duplicates."""
    file = Path(path)
    if not file.is_file():
        raise InputFileError("does not exist or is not a file", path=file)
    name = file.name
    if name.endswith((".toml", ".lock")):
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise InputFileError(f"is not valid TOML ({exc})", path=file) from exc
        if name == "pyproject.toml":
            names = _pyproject(data)
        elif name in {"uv.lock", "poetry.lock"}:
            names = _lock(data, "package")
        elif name.startswith("pylock.") or name == "pylock.toml":
            names = _lock(data, "packages")
        else:
            raise InputFileError("is not a known lock file", path=file)
    else:
        names = _requirements_txt(file)
    unique: dict[str, str] = {}
    for found in names:
        unique.setdefault(canonical_name(found), found)
    return list(unique.values())


def scan_environment(
    *,
    python: str | None = None,
    requirements: Sequence[Path | str] = (),
    registry: Registry | None = None,
) -> ScanReport:
    """One conclusion per installed distribution of this interpreter (or of ``python``); with
    ``requirements``, one per package they list, those not installed said so."""
    judge = Judge(registry or default_registry())
    items = installed(python)
    by_name = {canonical_name(str(i.get("name") or "")): i for i in items}
    target = python or sys.executable
    if not requirements:
        chosen = sorted(items, key=lambda i: canonical_name(str(i.get("name") or "")))
        packages = [package_conclusion(judge, item) for item in chosen]
        return ScanReport(targets=(target,), packages=tuple(packages))
    packages = []
    seen: set[str] = set()
    for file in requirements:
        for name in requirement_names(file):
            key = canonical_name(name)
            if key in seen:
                continue
            seen.add(key)
            item = by_name.get(key)
            packages.append(
                package_conclusion(judge, item) if item else not_installed(name, Path(file).name)
            )
    return ScanReport(targets=(target, *(str(f) for f in requirements)), packages=tuple(packages))
