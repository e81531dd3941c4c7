"""Parts of license texts: a section pasted alone, a file cut short.

Every license text of licensedcode-data with an SPDX id (no exception, no generic key, no
deprecated one) of at least 600 words is cut three ways at run time: its middle quarter of
lines, its first 40% ("cut short") and its last 40% (the head lost). Each part is classified
with ``classify_text``; a part is

- **right** when the license's id is among the ids found (a text shared word for word with
  another id, such as GPL-3.0-only and GPL-3.0-or-later, counts for either);
- **none** when no license id is found;
- **wrong** when only other ids are found.

The level is compared with the whole text's level too: a part that reads more restrictive than
its license (an open license's part called restricted) is counted as a **false limit**.

The texts are split in two by a hash of their key, as the other held-out benchmarks do: the
fragment stage was written from a handful of hand-made parts (Apache-2.0, MPL-2.0, the GPL,
CC BY-SA, CC BY-NC), and both parts are only counted here.

    python benchmarks/bench_license_parts.py [--show N]
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections import Counter

MIN_WORDS = 600


def _part(key: str) -> str:
    return "tune" if hashlib.sha256(key.encode()).digest()[0] % 2 == 0 else "check"


def _cuts(text: str) -> dict[str, str]:
    lines = text.split("\n")
    n = len(lines)
    return {
        "middle quarter": "\n".join(lines[3 * n // 8 : 5 * n // 8]),
        "first 40%": "\n".join(lines[: 2 * n // 5]),
        "last 40%": "\n".join(lines[3 * n // 5 :]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="list this many wrong or none parts")
    args = parser.parse_args()

    from licenseclass import classify_text
    from licenseclass.core.licensedcode import scancode_licenses

    texts = [
        info
        for info in scancode_licenses().values()
        if info.spdx_id
        and not info.spdx_id.startswith("LicenseRef-")
        and not (info.is_exception or info.is_generic or info.is_deprecated)
        and len(info.text.split()) >= MIN_WORDS
    ]
    # texts shared word for word by several ids: a part of one is a part of each
    same_text: dict[str, set[str]] = {}
    for info in scancode_licenses().values():
        same_text.setdefault(" ".join(info.text.split()), set()).add(info.spdx_id)
    counts: Counter[tuple[str, str, str]] = Counter()
    shown: list[str] = []
    started = time.perf_counter()
    for info in texts:
        whole = classify_text(info.text)
        whole_level = whole.verdict.level if whole.verdict else "unknown"
        accepted = same_text.get(" ".join(info.text.split()), set()) | {info.spdx_id}
        for cut, words in _cuts(info.text).items():
            found = classify_text(words)
            ids = {m.id for m in found.matches}
            outcome = "right" if ids & accepted else "wrong" if ids else "none"
            part = _part(info.key)
            counts[(part, cut, outcome)] += 1
            level = found.verdict.level if found.verdict else "unknown"
            if whole_level == "open" and level in ("restricted", "closed"):
                counts[(part, cut, "false limit")] += 1
            if outcome != "right" and len(shown) < args.show and part == "tune":
                shown.append(f"  {info.spdx_id:32} {cut:15} got {sorted(ids) or '-'}")
    elapsed = time.perf_counter() - started
    print(f"{len(texts)} license texts of {MIN_WORDS} words or more, 3 parts each, {elapsed:.0f} s")
    for part in ("tune", "check"):
        for cut in ("middle quarter", "first 40%", "last 40%"):
            total = sum(counts[(part, cut, o)] for o in ("right", "wrong", "none"))
            right, wrong, none = (counts[(part, cut, o)] for o in ("right", "wrong", "none"))
            limit = counts[(part, cut, "false limit")]
            print(
                f"{part:5} {cut:15} {total:4} parts: right {right} ({right / max(total, 1):.1%}), "
                f"none {none}, wrong {wrong}; open license read as limited {limit}"
            )
    for line in shown:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
