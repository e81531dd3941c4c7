"""What a package's license declaration comes to: the level ``scan``, ``env`` and ``batch`` give a
metadata license field, on licensedcode-data's short rules.

ScanCode files thousands of short strings under the license they belong to: names, tags, URLs
and one-line terms ("Free for non-commercial use", "MIT with restrictions", "Research use
only"). Each rule of at most twelve words labelled with one license key is read as a manifest's
free-text license field (``Judge.declared``, the path of ``scan``, ``env`` and ``batch``), and
the level it gets is compared with what the key's ScanCode category says:

- **open categories** (Permissive, Copyleft, Copyleft Limited, Public Domain): a restricted or
  closed level is a *false alarm*; unknown is a decline;
- **limiting categories** (Source-available, Free Restricted, Commercial, Proprietary Free): a
  restricted or closed level is *caught*, an open one is a *false open* (a licence taken for
  the open license it is a variant of: "Modified MIT License"), unknown is a decline.

The category is the key's, not the rule's: a Commercial rule may be no more than a URL or a
product name, which no reader can judge, so "caught" stays well below 100%. With ``--reviewed``
a key whose license has a reviewed entry in this checkout's ``data/licenses/reviewed/`` takes
that entry's level instead of the category (open, or restricted and closed as limiting): a
person read those texts, and some disagree with the category (``benchmarks/category_review.yaml``).
The entries are read from the checkout, not from the tree under test, so two trees are scored
against the same labels. The rules are split
in two by a hash of their name, as in ``bench_messy_names.py``: the readers' rules are written
from the *tune* part's failures (``--show``), the *check* part is only counted.

Run: PYTHONPATH=src python benchmarks/bench_declarations.py [--show caught|open|alarm] [--reviewed]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
from collections import Counter
from pathlib import Path

OPEN = ("Permissive", "Copyleft", "Copyleft Limited", "Public Domain")
LIMITING = ("Source-available", "Free Restricted", "Commercial", "Proprietary Free")


def _part(name: str) -> str:
    return "tune" if hashlib.sha256(name.encode()).digest()[2] % 2 == 0 else "check"


def _reviewed_labels() -> dict[str, str]:
    """ScanCode key -> an open or a limiting category, by the level of the key's reviewed entry
    in this checkout (not the tree under test)."""
    from licenseclass import verdict
    from licenseclass.core.registry import load_folder

    folder = Path(__file__).resolve().parents[1] / "data" / "licenses" / "reviewed"
    return {
        entry.scancode_key: OPEN[0] if verdict(entry).level == "open" else LIMITING[0]
        for entry in load_folder(folder)
        if entry.scancode_key and verdict(entry).level != "unknown"
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show",
        choices=("caught", "open", "alarm"),
        help="list tune-part rules: limiting ones not caught, limiting ones called open, or "
        "open ones called restricted or closed",
    )
    parser.add_argument("--limit", type=int, default=80, help="rules listed")
    parser.add_argument(
        "--reviewed", action="store_true", help="label keys with a reviewed entry by its level"
    )
    args = parser.parse_args()

    from licenseclass.core.licensedcode import scancode_licenses, scancode_rules
    from licenseclass.core.registry import default_registry
    from licenseclass.scan.manifests import Declaration
    from licenseclass.scan.project import Judge

    categories = {key: entry.category for key, entry in scancode_licenses().items()}
    if args.reviewed:
        categories.update(_reviewed_labels())
    judge = Judge(default_registry())
    counts: dict[str, Counter[str]] = {"tune": Counter(), "check": Counter()}
    shown: list[str] = []
    for rule in scancode_rules():
        if rule.kind not in ("tag", "reference", "notice") or not rule.key_expression:
            continue
        keys = re.findall(r"[a-z0-9][a-z0-9.+_-]*", rule.key_expression.lower())
        keys = [k for k in keys if k not in ("and", "or", "with")]
        text = " ".join(rule.text.split())
        if len(keys) != 1 or len(text.split()) > 12 or "{{" in text:
            continue
        category = categories.get(keys[0], "")
        group = "open" if category in OPEN else "limiting" if category in LIMITING else None
        if group is None:
            continue
        expression, note, shared = judge.declared(
            Declaration(source="benchmark", kind="text", value=text)
        )
        level = judge.level(expression) if expression else (shared or "unknown")
        part = _part(rule.name)
        counts[part][f"{group} rules"] += 1
        if group == "open" and level in ("restricted", "closed"):
            counts[part]["false alarms"] += 1
            flagged = "alarm"
        elif group == "limiting" and level in ("restricted", "closed"):
            counts[part]["caught"] += 1
            flagged = ""
        elif group == "limiting" and level == "open":
            counts[part]["false open"] += 1
            flagged = "open"
        else:
            flagged = "caught" if group == "limiting" else ""
        if part == "tune" and args.show and flagged == args.show:
            shown.append(f"{rule.name:44} {category:17} {level:10} {text[:70]!r} | {note}")

    for part, counter in counts.items():
        limiting = counter["limiting rules"]
        open_rules = counter["open rules"]
        print(
            f"{part:6} limiting rules {limiting:5}: caught {counter['caught']:4} "
            f"({100 * counter['caught'] / max(limiting, 1):.1f}%), false open "
            f"{counter['false open']:3}; open rules {open_rules:5}: false alarms "
            f"{counter['false alarms']:3}"
        )
    random.Random(0).shuffle(shown)
    print("\n".join(shown[: args.limit]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
