"""Rule texts of licensedcode-data, for a clause-reader part drawn from outside its license texts.

Every restricted license text of licensedcode-data 32.1.0, and every such text ScanCode 32.5.0
added, has been labelled and tuned on. The package's rules are other material: whole agreements
and long notices ScanCode met in real code and filed under a key (most under the generic
``proprietary-license`` or ``commercial-license``). No rule of the clause reader was written from
one. ``clause_labels_rules.yaml`` labels a draw of them; each entry records the SHA-256 of the text
it was labelled from. The texts come from the installed package, nothing is downloaded.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sys
from pathlib import Path

from debian_texts import FetchError
from newer_texts import CATEGORIES, _near_copy, _runs, added_licenses
from newer_texts import draw as draw_parts

from licenseclass.core.licensedcode import scancode_licenses, scancode_rules

__all__ = ["FetchError", "draw", "draw_pool", "rule_text"]

DEV_MODELS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "models"
# Rules read in an earlier round while checking a change (not clean, so not drawn).
SEEN = ("proprietary-license_408.RULE",)
# The parts drawn so far: name, seed and count, each from what the earlier ones left.
PARTS = (("rules1", 2051, 48), ("rules2", 2052, 48), ("rules3", 2053, 37))


def _keys(expression: str) -> list[str]:
    tokens = re.findall(r"[a-z0-9][a-z0-9.+_-]*", expression.lower())
    return [token for token in tokens if token not in ("and", "or", "with")]


@functools.lru_cache(maxsize=1)
def rule_texts() -> dict[str, str]:
    """Name -> text of the package's usable license-text and notice rules."""
    return {r.name: r.text for r in scancode_rules() if r.kind in ("text", "notice")}


def draw_pool(lo: int = 1500, hi: int = 40000) -> list[str]:
    """The sorted names of the rules a part may be drawn from.

    Kept: rules of whole texts or notices whose every key is of the categories the license-text
    parts were drawn from, ``lo`` to ``hi`` characters long, and no near copy of a 32.1.0 license
    text, of a text 32.5.0 added, of a development-corpus model license, or of a rule before it
    in name order.
    """
    licenses = scancode_licenses()
    old = [_runs(lic.text) for lic in licenses.values()]
    old += [_runs(lic.text) for lic in added_licenses().values()]
    if DEV_MODELS.is_dir():
        old += [_runs(path.read_text(encoding="utf-8")) for path in DEV_MODELS.glob("*.txt")]
    seen: list[set[tuple[str, ...]]] = []
    kept: list[str] = []
    for rule in scancode_rules():
        if rule.kind not in ("text", "notice") or rule.name in SEEN:
            continue
        keys = _keys(rule.key_expression)
        known = [licenses[k].category for k in keys if k in licenses]
        if not keys or len(known) < len(keys) or not set(known) <= CATEGORIES:
            continue
        if not lo <= len(rule.text) <= hi:
            continue
        runs = _runs(rule.text)
        if not (_near_copy(runs, seen) or _near_copy(runs, old)):
            kept.append(rule.name)
        seen.append(runs)
    return sorted(kept)


def draw(pool: list[str], parts: tuple[tuple[str, int, int], ...] = PARTS) -> dict[str, list[str]]:
    """Each part's rule names, drawn as newer_texts draws its parts."""
    return draw_parts(pool, parts)


def rule_text(entry: dict[str, object]) -> str:
    """The text a label entry was made from, checked against its recorded hash."""
    key = str(entry["key"])
    text = rule_texts().get(key)
    if text is None:
        raise FetchError(f"{key} is not a rule of the installed licensedcode-data")
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != entry["text_sha256"]:
        raise FetchError(f"{key}: text differs from the labels' record")
    return text


def main() -> int:
    texts = rule_texts()
    pool = draw_pool()
    print(f"pool: {len(pool)} rules")
    for name, keys in draw(pool).items():
        for key in keys:
            print(f"{name:8} {key:44} {len(texts[key]):6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
