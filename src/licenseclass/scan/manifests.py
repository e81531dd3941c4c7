"""What package manifests declare: names, versions and license fields, as written.

Each reader takes a manifest's text and returns a :class:`Manifest`: the raw declarations
with the line they are on; turning them into SPDX expressions is
:mod:`licenseclass.scan.project`'s business (through :func:`licenseclass.normalize`). A
manifest that cannot be parsed gives a :class:`Manifest` with ``error`` set, never an
exception.
"""

from __future__ import annotations

import configparser
import json
import re
import sys
from dataclasses import dataclass, field
from email.parser import HeaderParser
from typing import Any, Literal

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

# How a declaration is to be read: an SPDX expression (PEP 639, Cargo, npm), free text
# (legacy metadata), a trove classifier, a path to a license file, or a list of ids that
# the manifest's format defines as a choice (composer) or as all applying.
DeclarationKind = Literal["expression", "text", "classifier", "file", "choice", "all"]


@dataclass(frozen=True)
class Declaration:
    """One license field of a manifest, as written."""

    source: str  # e.g. "pyproject.toml [project] license"
    kind: DeclarationKind
    value: str | tuple[str, ...]
    line: int | None = None


@dataclass
class Manifest:
    path: str
    name: str | None = None
    version: str | None = None
    declarations: list[Declaration] = field(default_factory=list)
    license_files: list[str] = field(default_factory=list)  # globs or paths it names
    # license files whose terms are one option of a choice it declares ("GPL-2 | file LICENSE")
    license_options: list[str] = field(default_factory=list)
    error: str | None = None
    # the file is not of the format its name suggests (a DESCRIPTION that is no R package's):
    # an ordinary file, neither a manifest nor a broken one
    foreign: bool = False


MANIFEST_NAMES = frozenset(
    {"pyproject.toml", "PKG-INFO", "METADATA", "setup.cfg", "package.json", "Cargo.toml",
     "composer.json"}
)  # fmt: skip


def is_manifest(name: str) -> bool:
    return name in MANIFEST_NAMES or name == "DESCRIPTION" or name.endswith(".gemspec")


def line_of(text: str, pattern: str) -> int | None:
    """The first line (1-based) matching the regular expression ``pattern``."""
    found = re.search(pattern, text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _classifiers(values: object, text: str, source: str) -> list[Declaration]:
    found = []
    for value in values if isinstance(values, list) else []:
        if isinstance(value, str) and value.strip().startswith("License ::"):
            line = line_of(text, re.escape(value.strip()))
            found.append(Declaration(source, "classifier", value.strip(), line))
    return found


def _toml(text: str, manifest: Manifest) -> dict[str, Any] | None:
    """The TOML document, or None with the manifest's error set."""
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, ValueError) as exc:
        manifest.error = f"not valid TOML ({exc})"
        return None
    return data


def read_pyproject(path: str, text: str) -> Manifest:
    manifest = Manifest(path)
    data = _toml(text, manifest)
    if data is None:
        return manifest
    project = data.get("project") if isinstance(data.get("project"), dict) else {}
    assert isinstance(project, dict)
    poetry = data.get("tool", {}).get("poetry", {}) if isinstance(data.get("tool"), dict) else {}
    poetry = poetry if isinstance(poetry, dict) else {}
    manifest.name = _str(project.get("name")) or _str(poetry.get("name"))
    manifest.version = _str(project.get("version")) or _str(poetry.get("version"))
    line = line_of(text, r"^\s*license\s*=")
    value = project.get("license")
    if isinstance(value, str):  # PEP 639: an SPDX expression
        manifest.declarations.append(
            Declaration("pyproject.toml [project] license", "expression", value, line)
        )
    elif isinstance(value, dict):  # the legacy table
        if _str(value.get("text")):
            manifest.declarations.append(
                Declaration("pyproject.toml [project] license.text", "text", value["text"], line)
            )
        if _str(value.get("file")):
            manifest.declarations.append(
                Declaration("pyproject.toml [project] license.file", "file", value["file"], line)
            )
            manifest.license_files.append(value["file"])
    files = project.get("license-files")
    if isinstance(files, list):
        manifest.license_files.extend(f for f in files if isinstance(f, str))
    manifest.declarations.extend(
        _classifiers(project.get("classifiers"), text, "pyproject.toml [project] classifiers")
    )
    if not value and _str(poetry.get("license")):
        manifest.declarations.append(
            Declaration("pyproject.toml [tool.poetry] license", "text", poetry["license"], line)
        )
    return manifest


def read_metadata(path: str, text: str) -> Manifest:
    """PKG-INFO or a dist-info METADATA file (core metadata, an email-style header block)."""
    manifest = Manifest(path)
    headers = HeaderParser().parsestr(text, headersonly=True)
    source = path.rsplit("/", 1)[-1]
    manifest.name = _str(headers.get("Name"))
    manifest.version = _str(headers.get("Version"))
    expression = _str(headers.get("License-Expression"))
    if expression:
        manifest.declarations.append(
            Declaration(
                f"{source} License-Expression",
                "expression",
                expression,
                line_of(text, "^License-Expression:"),
            )
        )
    license_field = _str(headers.get("License"))
    if license_field and license_field.strip().upper() not in ("UNKNOWN", "NONE"):
        manifest.declarations.append(
            Declaration(f"{source} License", "text", license_field, line_of(text, "^License:"))
        )
    manifest.declarations.extend(
        _classifiers(headers.get_all("Classifier") or [], text, f"{source} Classifier")
    )
    manifest.license_files.extend(f for f in headers.get_all("License-File") or [] if f)
    return manifest


def read_setup_cfg(path: str, text: str) -> Manifest:
    manifest = Manifest(path)
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text)
    except configparser.Error as exc:
        manifest.error = f"not a valid setup.cfg ({type(exc).__name__})"
        return manifest
    if not parser.has_section("metadata"):
        return manifest
    meta = parser["metadata"]
    manifest.name = _str(meta.get("name"))
    manifest.version = _str(meta.get("version"))
    value = _str(meta.get("license"))
    if value:
        line = line_of(text, r"^\s*license\s*=")
        manifest.declarations.append(Declaration("setup.cfg license", "text", value, line))
    classifiers = [c.strip() for c in (meta.get("classifiers") or "").splitlines()]
    manifest.declarations.extend(_classifiers(classifiers, text, "setup.cfg classifiers"))
    for key in ("license_files", "license_file"):
        manifest.license_files.extend((meta.get(key) or "").replace(",", "\n").split())
    return manifest


def _json(manifest: Manifest, text: str) -> dict[str, Any] | None:
    try:
        data = json.loads(text)
    except ValueError as exc:
        manifest.error = f"not valid JSON ({exc})"
        return None
    return data if isinstance(data, dict) else None


def _ids(value: object) -> list[str]:
    """License ids from a string, a list of strings, or npm's old ``{"type": ...}`` objects."""
    items = value if isinstance(value, list) else [value]
    found = []
    for item in items:
        value = item.get("type") if isinstance(item, dict) else item
        if isinstance(value, str) and value.strip():
            found.append(value.strip())
    return found


def read_package_json(path: str, text: str) -> Manifest:
    manifest = Manifest(path)
    data = _json(manifest, text)
    if data is None:
        return manifest
    manifest.name, manifest.version = _str(data.get("name")), _str(data.get("version"))
    line = line_of(text, r'"licen[cs]es?"\s*:')
    ids = _ids(data.get("license")) or _ids(data.get("licenses"))
    if len(ids) == 1:
        manifest.declarations.append(
            Declaration("package.json license", "expression", ids[0], line)
        )
    elif ids:  # the old "licenses" array: npm read it as a choice
        manifest.declarations.append(
            Declaration("package.json licenses", "choice", tuple(ids), line)
        )
    return manifest


def read_composer_json(path: str, text: str) -> Manifest:
    manifest = Manifest(path)
    data = _json(manifest, text)
    if data is None:
        return manifest
    manifest.name, manifest.version = _str(data.get("name")), _str(data.get("version"))
    ids = _ids(data.get("license"))
    line = line_of(text, r'"license"\s*:')
    if len(ids) == 1:
        manifest.declarations.append(
            Declaration("composer.json license", "expression", ids[0], line)
        )
    elif ids:  # composer documents an array as a choice (disjunctive)
        manifest.declarations.append(
            Declaration("composer.json license", "choice", tuple(ids), line)
        )
    return manifest


def read_cargo_toml(path: str, text: str) -> Manifest:
    manifest = Manifest(path)
    data = _toml(text, manifest)
    if data is None:
        return manifest
    package = data.get("package")
    if not isinstance(package, dict):
        return manifest
    manifest.name, manifest.version = _str(package.get("name")), _str(package.get("version"))
    value = _str(package.get("license"))
    if value:
        line = line_of(text, r"^\s*license\s*=")
        manifest.declarations.append(Declaration("Cargo.toml license", "expression", value, line))
    license_file = _str(package.get("license-file"))
    if license_file:
        manifest.license_files.append(license_file)
    return manifest


_GEM_NAME = re.compile(r"\.name\s*=\s*[\"']([^\"']+)[\"']")
_GEM_VERSION = re.compile(r"\.version\s*=\s*[\"']([^\"']+)[\"']")
_GEM_LICENSE = re.compile(r"\.licenses?\s*=\s*(\[[^\]]*\]|[\"'][^\"']+[\"'])")


def read_gemspec(path: str, text: str) -> Manifest:
    """The simple literal forms only (``s.license = "MIT"``, ``s.licenses = ["MIT", ...]``)."""
    manifest = Manifest(path)
    name, version = _GEM_NAME.search(text), _GEM_VERSION.search(text)
    manifest.name = name.group(1) if name else None
    manifest.version = version.group(1) if version else None
    found = _GEM_LICENSE.search(text)
    if found:
        ids = tuple(re.findall(r"[\"']([^\"']+)[\"']", found.group(1)))
        line = text.count("\n", 0, found.start()) + 1
        if len(ids) == 1:
            manifest.declarations.append(Declaration("gemspec license", "expression", ids[0], line))
        elif ids:  # RubyGems does not say how several combine: all are taken to apply
            manifest.declarations.append(Declaration("gemspec licenses", "all", ids, line))
    return manifest


# A field of a Debian-control-style file ("License: GPL (>= 2)"); a line that starts with
# white space continues the field above.
_DCF_FIELD = re.compile(r"([^\s:#][^\s:]*):[ \t]*(.*)")
# R's "file LICENSE" (the terms are in that file) and "+ file LICENSE" (a file of further
# terms beside a named license, or the holder and year of the MIT and BSD templates)
_R_FILE = re.compile(r"^file\s+(\S+)$", re.IGNORECASE)
_R_PLUS_FILE = re.compile(r"\s*\+\s*file\s+(\S+)$", re.IGNORECASE)


def _dcf_fields(text: str) -> dict[str, tuple[str, int]] | None:
    """The fields of the first record of a Debian-control-style file, each with its line, or
    None when a line is neither a field nor a continuation."""
    fields: dict[str, tuple[str, int]] = {}
    last: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            if fields:
                break  # one record: what follows a blank line is another
            continue
        if line[0] in " \t":
            if last is None:
                return None
            value, at = fields[last]
            fields[last] = (f"{value} {line.strip()}".strip(), at)
            continue
        found = _DCF_FIELD.fullmatch(line.rstrip())
        if found is None:
            return None
        last = found.group(1)
        fields.setdefault(last, (found.group(2).strip(), number))
    return fields


def read_description(path: str, text: str) -> Manifest:
    """An R package's DESCRIPTION: ``Package``, ``Version`` and ``License``.

    R writes the license as alternatives joined by ``|``, each a short name with an optional
    version bound ("GPL (>= 2)", "MIT + file LICENSE") or ``file LICENSE`` (the terms are that
    file's). A file named after ``file`` is a license file of the project; the names are read
    by :func:`licenseclass.normalize`. A DESCRIPTION without a ``Package`` field is some other
    project's plain text (``foreign``).
    """
    fields = _dcf_fields(text)
    if fields is None or "Package" not in fields:
        return Manifest(path, foreign=True)
    manifest = Manifest(path, name=fields["Package"][0] or None)
    manifest.version = fields["Version"][0] if "Version" in fields else None
    if "License" not in fields:
        return manifest
    value, line = fields["License"]
    options: list[str] = []
    for written in (o.strip() for o in value.split("|")):
        named_file = _R_FILE.match(written)
        if named_file:
            manifest.license_files.append(named_file.group(1))
            options.append(written)
            continue
        further = _R_PLUS_FILE.search(written)
        if further:
            manifest.license_files.append(further.group(1))
        name = written[: further.start()].strip() if further else written
        if name:
            options.append(name)
    if len(options) == 1 and _R_FILE.match(options[0]):
        manifest.declarations.append(
            Declaration("DESCRIPTION License", "file", manifest.license_files[0], line)
        )
    elif len(options) == 1:
        manifest.declarations.append(Declaration("DESCRIPTION License", "text", options[0], line))
    elif options:
        manifest.declarations.append(
            Declaration("DESCRIPTION License", "choice", tuple(options), line)
        )
        manifest.license_options.extend(
            found.group(1) for found in map(_R_FILE.match, options) if found
        )
    return manifest


def read_manifest(path: str, text: str) -> Manifest:
    name = path.rsplit("/", 1)[-1]
    readers = {
        "pyproject.toml": read_pyproject,
        "PKG-INFO": read_metadata,
        "METADATA": read_metadata,
        "setup.cfg": read_setup_cfg,
        "package.json": read_package_json,
        "Cargo.toml": read_cargo_toml,
        "composer.json": read_composer_json,
        "DESCRIPTION": read_description,
    }
    reader = readers.get(name, read_gemspec if name.endswith(".gemspec") else None)
    if reader is None:
        return Manifest(path, error="not a manifest")
    return reader(path, text)
