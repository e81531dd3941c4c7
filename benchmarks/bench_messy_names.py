"""``normalize`` on license names as people write them: licensedcode-data's short tag and
reference rules.

ScanCode's rules include thousands of short strings labelled with the license they name:
"GPL2PLUS", "licenseId: MIT-0", "Attribution-Share Alike 2.5", "OLDAP-2.4 Open LDAP Public
License v2.4", URLs of license pages. Those of at most eight words are read here with
``licenseclass.normalize`` and compared with the rule's own expression (ScanCode keys mapped
to the ids licenseclass reports). ``--sentences`` reads the tag and reference rules of 9 to 20
words instead: names inside sentences ("All code in this repository is licensed under ...").
Each rule is one of:

- **right**: the expression equals the label (canonical forms compared);
- **declined, label offered**: no expression, and the label is among the candidates;
- **declined**: no expression, the label not offered (a name the data does not know, a
  description such as "Modified MIT License" that ScanCode labels as a proprietary license);
- **wrong**: an expression that differs from the label. Some of these are conventions the
  project chose not to follow (a bare "PSF-2" is PSF-2.0 here, Python-2.0 for ScanCode; a
  CC "3.0/igo" URL is the IGO port here, the unported license for ScanCode).

The rules are split in two by a hash of the rule's name, as in
``bench_heldout_identification.py``: changes to the reader are made from the *tune* part's
failures, and the *check* part is only counted. ``--show`` lists failures of the tune part.

    /work/main/.venv/bin/python benchmarks/bench_messy_names.py [--show wrong|declined]
"""

from __future__ import annotations

import argparse
import hashlib
import random
from collections import Counter


def _part(name: str) -> str:
    return "tune" if hashlib.sha256(name.encode()).digest()[1] % 2 == 0 else "check"


def _canonical(expression: str) -> str:
    from licenseclass import canonicalize
    from licenseclass.errors import LicenseclassError

    try:
        return canonicalize(expression)
    except LicenseclassError:
        return expression


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=("wrong", "declined"), help="list tune-part failures")
    parser.add_argument("--limit", type=int, default=60, help="failures listed")
    parser.add_argument(
        "--sentences",
        action="store_true",
        help="read the rules of 9 to 20 words instead: names inside sentences",
    )
    args = parser.parse_args()

    from licenseclass import normalize
    from licenseclass.core.licensedcode import scancode_rules, to_spdx

    counts: dict[str, Counter[str]] = {"tune": Counter(), "check": Counter()}
    shown: list[tuple[str, str, str, str]] = []
    for rule in scancode_rules():
        text = " ".join(rule.text.split())
        if rule.kind not in ("tag", "reference") or not rule.key_expression:
            continue
        words = len(text.split())
        short = len(text) <= 60 and words <= 8
        if "{{" in text or (not short if not args.sentences else not 8 < words <= 20):
            continue
        try:
            label = _canonical(to_spdx(rule.key_expression)[0])
        except Exception:  # a key expression the mapping cannot read is not a test case
            continue
        part = _part(rule.name)
        found = normalize(text)
        if found.expression is not None:
            outcome = "right" if _canonical(found.expression) == label else "wrong"
        elif any(_canonical(c) == label for c in found.candidates):
            outcome = "declined, label offered"
        else:
            outcome = "declined"
        counts[part][outcome] += 1
        if part == "tune" and args.show and outcome == args.show:
            shown.append((text, label, found.expression or "-", ", ".join(found.candidates[:3])))

    outcomes = ("right", "declined, label offered", "declined", "wrong")
    print(f"{'part':<7}{'rules':>7}" + "".join(f"{o:>26}" for o in outcomes))
    for part, counter in counts.items():
        total = sum(counter.values())
        cells = "".join(f"{counter[o]:>17} {100 * counter[o] / total:5.1f}%  " for o in outcomes)
        print(f"{part:<7}{total:>7}{cells}")
        answered = counter["right"] + counter["wrong"]
        print(
            f"        answered {answered}: right {100 * counter['right'] / max(answered, 1):.1f}%"
            f" of the answers"
        )
    random.Random(0).shuffle(shown)
    for text, label, expression, candidates in shown[: args.limit]:
        print(f"{text!r:62} label {label:<28} got {expression:<24} {candidates}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
