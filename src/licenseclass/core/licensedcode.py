"""The one reader of the ``licensedcode-data`` package (the ScanCode LicenseDB).

The package ships about 2,300 license files (``licenses/*.LICENSE``) and 35,000 rules
(``rules/*.RULE``: notices, references, tags and text variants), each a small YAML front
matter followed by the text. Everything licenseclass takes from it passes through here: the
front matter, the text, and the one decision of which id a ScanCode key stands for
(:func:`license_id`). Identification, variant detection, the name table and the data
generator all ask this module, so a key means the same license everywhere.
"""

from __future__ import annotations

import functools
import importlib.metadata
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Literal, NamedTuple

from licenseclass.errors import RefdataError

RuleKind = Literal["text", "notice", "reference", "tag", "false-positive"]

_KEY_LINE = re.compile(r"([a-z_]+):\s*(.*)$")
_EXPR_TOKEN = re.compile(r"\(|\)|[^\s()]+")


class ScancodeLicense(NamedTuple):
    """One ``.LICENSE`` file: its facts, the id it stands for, and its text."""

    key: str
    spdx_id: str  # the id licenseclass reports for this key (see license_id)
    spdx_license_key: str  # as the file states it ("" when it states none)
    other_spdx_ids: tuple[str, ...]  # ScanCode's other ids for it (older LicenseRef forms)
    name: str
    short_name: str
    owner: str
    homepage_url: str
    # pages that hold the license's text or its OSI page ("text_urls", "osi_url", "other_urls"),
    # not the home page or FAQ, which may be a project's or a site's
    page_urls: tuple[str, ...]
    category: str
    is_exception: bool
    is_deprecated: bool
    is_generic: bool  # generic or unknown: "proprietary", "see license"; a clue, not a license
    text: str


class ScancodeRule(NamedTuple):
    """One usable ``.RULE`` file: what it says and the expression of ScanCode keys it names."""

    name: str  # the file name, e.g. "mit_739.RULE"
    key_expression: str  # in ScanCode keys; "" when the rule names none
    kind: RuleKind
    relevance: int
    minimum_coverage: int
    text: str
    # matched only as a whole, in one unbroken run ("is_continuous"); the words a match must
    # hold unbroken are marked in the text with "{{" and "}}" (ScanCode's required phrases)
    continuous: bool = False


def licensedcode_dir() -> Path:
    """The ``licensedcode/data`` folder of the installed ``licensedcode-data`` package."""
    try:
        dist = importlib.metadata.distribution("licensedcode-data")
    except importlib.metadata.PackageNotFoundError as exc:
        raise RefdataError("the licensedcode-data package is not installed") from exc
    folder = Path(str(dist.locate_file("licensedcode/data")))
    if not (folder / "licenses").is_dir() or not (folder / "rules").is_dir():
        raise RefdataError(f"licensedcode-data folder not found at {folder}")
    return folder


def package_version(name: str) -> str:
    """The installed version of a distribution, or ``absent``."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


# --------------------------------------------------------------------------- front matter


def split_front_matter(content: str) -> tuple[dict[str, str | list[str]], str]:
    """Split a ScanCode data file into its front matter (flat keys and lists) and its text.

    A small reader for the subset ScanCode writes: ``key: value``, values folded onto
    indented continuation lines, and ``- item`` lists. It is some twenty times faster than
    a full YAML parser over 37,000 files.
    """
    if not content.startswith("---"):
        return {}, content
    end = content.find("\n---", 3)
    if end < 0:
        return {}, content
    body = content[end + 4 :]
    body = body[1:] if body.startswith("\n") else body
    meta: dict[str, str | list[str]] = {}
    current: str | None = None
    for raw in content[3:end].split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        if line[0] not in " -":
            found = _KEY_LINE.match(line)
            current = found.group(1) if found else None
            if found is not None:
                value = found.group(2).strip()
                meta[found.group(1)] = _unquote(value) if value else []
            continue
        if current is None:
            continue
        value_so_far = meta.get(current)
        item = line.lstrip()
        if item.startswith("- ") and isinstance(value_so_far, list):
            value_so_far.append(_unquote(item[2:].strip()))
        elif isinstance(value_so_far, str):  # a long value folded onto the next line
            meta[current] = f"{value_so_far} {item}"
    return meta, body


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _flag(meta: Mapping[str, str | list[str]], key: str) -> bool:
    return meta.get(key) in ("yes", "true", "True")


def _int(meta: Mapping[str, str | list[str]], key: str, default: int) -> int:
    value = meta.get(key)
    try:
        return int(float(value)) if isinstance(value, str) else default
    except ValueError:
        return default


def _strings(value: str | list[str] | None) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(v for v in value if v)
    return (value,) if value else ()


# --------------------------------------------------------------------------- licenses


@functools.cache
def licensedb_index() -> tuple[dict[str, object], ...]:
    """The rows of the newer LicenseDB index bundled in license-expression (none if absent).

    Each row has ``license_key``, ``spdx_license_key``, ``other_spdx_license_keys``,
    ``category``, ``is_exception`` and ``is_deprecated``.
    """
    try:
        dist = importlib.metadata.distribution("license-expression")
        path = Path(str(dist.locate_file("license_expression/data/scancode-licensedb-index.json")))
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (importlib.metadata.PackageNotFoundError, OSError, ValueError):
        return ()
    return tuple(row for row in rows if isinstance(row, dict))


@functools.cache
def newer_spdx_ids() -> dict[str, str]:
    """ScanCode key -> SPDX id from the newer LicenseDB index bundled in license-expression.

    licensedcode-data predates some SPDX ids (HDF5 was a LicenseRef there); the index that
    license-expression ships knows them, so a key it maps to a real SPDX id takes that id.
    """
    rows = licensedb_index()
    return {
        str(row["license_key"]): str(row["spdx_license_key"])
        for row in rows
        if row.get("spdx_license_key")
        and not str(row["spdx_license_key"]).startswith("LicenseRef-")
    }


def license_id(key: str, spdx_license_key: str | None) -> str:
    """The id licenseclass gives ScanCode's license ``key``.

    Its SPDX id when it has one (from the package, or from license-expression's newer index
    when the package only has a LicenseRef); else ScanCode's own ``LicenseRef-scancode-...``
    id as the package states it (a few are shortened, such as ``...-lgpl3.0plus``: the id
    ScanCode itself reports is the one users meet); else one made from the key.
    """
    if spdx_license_key and not spdx_license_key.startswith("LicenseRef-"):
        return spdx_license_key
    newer = newer_spdx_ids().get(key)
    if newer:
        return newer
    if spdx_license_key and re.fullmatch(r"LicenseRef-[A-Za-z0-9.\-]+", spdx_license_key):
        return spdx_license_key
    return f"LicenseRef-scancode-{key}"


@functools.cache
def scancode_licenses() -> Mapping[str, ScancodeLicense]:
    """Every license file of the package, by ScanCode key (read once per process)."""
    out: dict[str, ScancodeLicense] = {}
    for path in sorted((licensedcode_dir() / "licenses").glob("*.LICENSE")):
        meta, text = split_front_matter(path.read_text(encoding="utf-8", errors="replace"))
        key = str(meta.get("key") or path.stem)
        spdx = meta.get("spdx_license_key")
        spdx_key = spdx if isinstance(spdx, str) else ""
        out[key] = ScancodeLicense(
            key=key,
            spdx_id=license_id(key, spdx_key),
            spdx_license_key=spdx_key,
            other_spdx_ids=_strings(meta.get("other_spdx_license_keys")),
            name=str(meta.get("name") or key),
            short_name=str(meta.get("short_name") or ""),
            owner=str(meta.get("owner") or ""),
            homepage_url=str(meta.get("homepage_url") or ""),
            page_urls=(
                *_strings(meta.get("text_urls")),
                *_strings(meta.get("osi_url")),
                *_strings(meta.get("other_urls")),
            ),
            category=str(meta.get("category") or ""),
            is_exception=_flag(meta, "is_exception"),
            is_deprecated=_flag(meta, "is_deprecated"),
            is_generic=_flag(meta, "is_generic") or _flag(meta, "is_unknown"),
            text=text,
        )
    # ScanCode keeps English renderings of bilingual licenses apart ("mulanpsl-2.0-en"); SPDX
    # counts a translation as the same license, so such a key takes its original's SPDX id.
    for key, info in list(out.items()):
        original = out.get(key.removesuffix("-en")) if key.endswith("-en") else None
        if (
            original
            and info.spdx_id.startswith("LicenseRef-")
            and not original.spdx_id.startswith("LicenseRef-")
        ):
            out[key] = info._replace(spdx_id=original.spdx_id)
    return out


def to_spdx(key_expression: str) -> tuple[str, bool]:
    """A ScanCode key expression as an SPDX expression, and whether it is only a clue.

    A clue is an expression whose every key is generic or unknown ("see LICENSE"), or that
    names exceptions alone (an exception is no license by itself).
    """
    licenses = scancode_licenses()
    tokens = _EXPR_TOKEN.findall(key_expression)
    parts: list[str] = []
    generic = True
    exceptions_only = True
    for token in tokens:
        low = token.lower()
        if low in ("and", "or", "with"):
            parts.append(low.upper())
        elif token in "()":
            parts.append(token)
        else:
            info = licenses.get(low)
            parts.append(info.spdx_id if info else f"LicenseRef-scancode-{low}")
            generic = generic and info is not None and info.is_generic
            exceptions_only = exceptions_only and info is not None and info.is_exception
    if len(parts) == 3 and parts[1] == "AND":
        first, last = (licenses.get(tokens[i].lower()) for i in (0, 2))
        if last is not None and last.is_exception and not (first and first.is_exception):
            # "gpl-2.0-plus AND bootloader-exception": a license and its exception, which SPDX
            # joins with WITH (an exception is no operand of AND)
            parts[1] = "WITH"
    text = " ".join(parts).replace("( ", "(").replace(" )", ")")
    return text, generic or (exceptions_only and "WITH" not in parts)


# --------------------------------------------------------------------------- rules


def _rule_kind(meta: Mapping[str, str | list[str]]) -> RuleKind | None:
    if _flag(meta, "is_false_positive"):
        return "false-positive"
    if _flag(meta, "is_license_text"):
        return "text"
    if _flag(meta, "is_license_notice"):
        return "notice"
    if _flag(meta, "is_license_reference"):
        return "reference"
    if _flag(meta, "is_license_tag"):
        return "tag"
    return None  # intros and clues name no license by themselves


def scancode_rules() -> Iterator[ScancodeRule]:
    """The usable rules of the package: not deprecated, with text, of a kind that names."""
    for path in sorted((licensedcode_dir() / "rules").glob("*.RULE")):
        meta, text = split_front_matter(path.read_text(encoding="utf-8", errors="replace"))
        kind = _rule_kind(meta)
        if kind is None or _flag(meta, "is_deprecated") or not text.strip():
            continue
        raw = meta.get("license_expression")
        yield ScancodeRule(
            name=path.name,
            key_expression=raw if isinstance(raw, str) else "",
            kind=kind,
            relevance=_int(meta, "relevance", 100),
            minimum_coverage=_int(meta, "minimum_coverage", 0),
            text=text,
            continuous=_flag(meta, "is_continuous"),
        )


@functools.lru_cache(maxsize=64)
def rule_text(reference: str) -> str:
    """The words of a licensedcode-data rule or license file named as identification names it
    ("rules/mit-old-style_13.RULE"), without its front matter; "" if there is none."""
    folder, _, name = reference.partition("/")
    path = licensedcode_dir() / folder / name
    if folder not in ("licenses", "rules") or "/" in name or not path.is_file():
        return ""
    try:
        return split_front_matter(path.read_text(encoding="utf-8"))[1]
    except (OSError, UnicodeDecodeError):
        return ""
