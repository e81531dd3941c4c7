"""Draw a held-back part for the clause-reader evaluation, by the rule holdout4 to 12 were drawn by.

The pool is every licensedcode-data text of the Free Restricted, Proprietary Free, Commercial
and Source-available categories that is not deprecated, not generic and not an exception, whose
text is ``--min`` to ``--max`` characters long, that ``benchmarks/clause_labels.yaml`` does not
label yet, and that no earlier round left out (LEFT_OUT below, as the YAML's comments list
them; a non-English port is left out by its key). The pool's keys are sorted and
``random.Random(seed).sample(pool, count)`` drawn (the whole pool when it is smaller).

``--as-of PART`` draws as it stood just before PART was added: the labels of PART and of later
parts count as not written, and the texts left out in PART's round or later are back in the
pool. ``--as-of holdout4 --seed 2030 --count 56`` gives holdout4's 48 keys and its 8 left out,
which checks that the rule here is the one that drew it.

holdout4 to 6 took texts of 400 to 7,000 characters (the defaults); holdout6 used that pool up,
so holdout7 was drawn from the next size band, ``--min 7000 --max 12000 --seed 2033 --count
48`` (a pool of 115), by three labellers sharing the draw; holdout8 from the same band, ``--min
7000 --max 12000 --seed 2034 --count 44`` (a pool of 67), by four labellers sharing the draw.
That band then had 23 texts left, so it was widened for holdout9: ``--min 7000 --max 20000
--seed 2035 --count 45`` (a pool of 135), by five labellers sharing the draw. holdout10 came from
the same band, ``--min 7000 --max 20000 --seed 2036 --count 45`` (a pool of 90), by five
labellers sharing the draw, and holdout11 from the rest of it, ``--min 7000 --max 20000 --seed
2037 --count 45`` (a pool of 45: the whole pool), by five labellers sharing the draw.
That band used up, holdout12 came from the next one, ``--min 20000 --max 40000 --seed 2038
--count 32`` (a pool of 57), each text read twice: by four labellers sharing the draw and, on
their own, by four others (benchmarks/clause_labels_second_reading.yaml), the two readings then
reconciled from the texts. holdout13 is what that band had left, ``--min 20000 --max 40000
--seed 2039 --count 25`` (a pool of 25: the whole pool), by five labellers sharing the draw.
holdout14 took every text longer than that, ``--min 40000 --max 10000000 --seed 2040 --count
32`` (a pool of 32: the whole pool), by eight labellers sharing the draw.

Run: PYTHONPATH=src python benchmarks/draw_clause_holdout.py --seed 2031 [--count 56]
[--min 400] [--max 7000] [--as-of PART]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import yaml

from licenseclass.core.licensedcode import package_version, scancode_licenses

LABELS = Path(__file__).resolve().parent / "clause_labels.yaml"
PARTS = (
    "tune",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
)
CATEGORIES = frozenset({"Free Restricted", "Proprietary Free", "Commercial", "Source-available"})
# Ports into another language (cc-by-nc-3.0-de, cc-by-nc-sa-2.0-fr, cc-by-nc-nd-2.0-at, ...).
NON_ENGLISH_PORT = re.compile(r"^cc-.*-(de|fr|at)$")
# Drawn or picked texts whose terms could not be settled from the text alone, by the part whose
# round left them out (the first rounds picked rather than drew, and count as `holdout`).
LEFT_OUT: dict[str, tuple[str, ...]] = {
    "holdout": (
        "atmosphere-0.4",
        "bapl-1.0",
        "jpl-image",
        "cockroach",
        "tsl-2018",
        "tsl-2020",
        "elastic-license-2018",
        "google-ml-kit-tos-2022",
        "cc-nc-sampling-plus-1.0",
        "996-icu-1.0",
        "sustainable-use-1.0",
        "ms-rsl",
        "uofu-rfpl",
        "broadleaf-fair-use",
        "jsel-2.0",
    ),
    "holdout2": (
        "paul-hsieh-derivative",
        "t-license-smp-tkse",
        "mike95",
        "numerical-recipes-notice",
        "genivia-gsoap",
    ),
    "holdout3": (
        "dl-de-by-nc-1-0-de",
        "odb-fpl",
        "osgi-spec-2.0",
        "quin-street",
        "pfe-proprietary-notice",
    ),
    "holdout4": (
        "scilab-fr",
        "sun-sdk-spec-1.1",
        "sun-cc-pp-1.0",
        "sun-jta-spec-1.0.1",
        "sun-jta-spec-1.0.1b",
        "nxp-warranty-disclaimer",
        "odb-cpl",
        "taligent-jdk",
    ),
    "holdout5": (
        "t-license-tkse",
        "liferay-ee",
        "digia-qt-commercial",
        "ecma-patent-coc-0",
        "mediatek-no-warranty",
    ),
    "holdout6": (
        "t-license-amp-tkse",
        "t-license-amp-t-kernel",
        "t-license-smp-t-kernel",
    ),
    # label7a's share; the other two labellers' left-outs are added when their labels are merged.
    "holdout7": (
        "ecma-patent-coc-1",
        "scola-fr",
        "jsr-107-jcache-spec-2013",
        "sun-jsr-spec-04-2006",
        "ecma-patent-coc-2",
        "day-spec",
    ),
    # label8a's share; the other three labellers' left-outs are added when their labels are merged.
    "holdout8": (
        "sun-ejb-spec-3.0",
        "jsr-107-jcache-spec",
        "tanuki-maintenance",
    ),
    # all five labellers' shares: none left out
    "holdout9": (),
    # all five labellers' shares: label10c left out the Project Gutenberg terms (what may be done
    # with a work depends on that work's own status and terms, which the text does not give)
    "holdout10": ("gutenberg-2020",),
    # all five labellers' shares: label11a left out jetbrains-purchase-terms (terms of purchase
    # that license nothing; use is governed by separate terms the text does not give)
    "holdout11": ("jetbrains-purchase-terms",),
    # the first reading left out dgraph-cla (the cockroach text under other names: an
    # Apache-2.0 core given by reference only, and an Enterprise Edition whose terms depend on
    # fees agreed outside the text, as cockroach was left out in the first round)
    "holdout12": ("dgraph-cla",),
    "holdout13": (),
    "holdout14": (),
}


def pool(lo: int, hi: int, as_of: str | None = None) -> list[str]:
    """The sorted keys a part may be drawn from (as it stood before ``as_of``, if given)."""
    later = set(PARTS[PARTS.index(as_of) :]) if as_of else set()
    entries = yaml.safe_load(LABELS.read_text(encoding="utf-8"))["licenses"]
    taken = {str(e["key"]) for e in entries if e["split"] not in later}
    taken |= {key for part, keys in LEFT_OUT.items() if part not in later for key in keys}
    return sorted(
        key
        for key, lic in scancode_licenses().items()
        if lic.category in CATEGORIES
        and not (lic.is_deprecated or lic.is_generic or lic.is_exception)
        and lo <= len(lic.text) <= hi
        and key not in taken
        and not NON_ENGLISH_PORT.match(key)
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=56)
    parser.add_argument("--min", type=int, default=400, dest="lo")
    parser.add_argument("--max", type=int, default=7000, dest="hi")
    parser.add_argument("--as-of", choices=PARTS, default=None)
    args = parser.parse_args(argv)
    keys = pool(args.lo, args.hi, args.as_of)
    drawn = random.Random(args.seed).sample(keys, min(args.count, len(keys)))
    print(
        f"licensedcode-data {package_version('licensedcode-data')}: pool {len(keys)} texts of "
        f"{args.lo}-{args.hi} characters; drawn {len(drawn)} with seed {args.seed}"
    )
    texts = scancode_licenses()
    for key in drawn:
        lic = texts[key]
        print(f"{key:40} {lic.category:18} {len(lic.text):6}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
