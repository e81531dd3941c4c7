"""Edits of a permissive license's grant: does the verdict follow the edit?

Reads ``benchmarks/grant_edit_probes.yaml`` (edits of the grant paragraphs of seven permissive
licenses, written by a helper that saw neither the reader nor its output): each edit replaces
``cut`` characters of the license's licensedcode-data text at offset ``at`` with the words
``put``. The file stores no license words; ``check`` is a hash of what is taken out, so an
edit of a different reference text is skipped and counted, never made blindly. A *limiting*
edit (a class of persons left out, a purpose, a price, a time limit, a right removed) must move
the verdict off ``open``; a *harmless* one (rewording, a wider grantee, added rights) must leave
it ``open``. Printed: for each list, how many edited texts got the wanted level, and for the
limiting ones how many also name the edit's kind among the verdict's reasons (a right denied
counts for no-derivatives, no-redistribution and no-selling).

    PYTHONPATH=src python benchmarks/bench_grant_edits.py [--probes FILE] [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
# A right the verdict says is denied stands for the kinds that take that right away.
_DENIED_KINDS = {
    "rights.modify": {"no-derivatives"},
    "rights.share": {"no-redistribution", "no-selling"},
    "rights.use": {"field-of-use"},
}


def _edited(text: str, probe: dict[str, Any]) -> str | None:
    """The license text with the probe's edit made, or None when the text at the edit is not
    the one the probe was written against."""
    at, cut, put = int(probe["at"]), int(probe["cut"]), str(probe["put"])
    taken = text[at : at + cut].encode()
    if at + cut > len(text) or hashlib.sha256(taken).hexdigest()[:12] != probe["check"]:
        return None
    return text[:at] + put + text[at + cut :]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probes", type=Path, default=HERE / "grant_edit_probes.yaml")
    parser.add_argument("--show", action="store_true", help="list the edits the verdict missed")
    args = parser.parse_args(argv)

    from licenseclass import classify_text
    from licenseclass.core.licensedcode import scancode_licenses

    probes = yaml.safe_load(args.probes.read_text(encoding="utf-8"))
    texts = scancode_licenses()
    for part in ("limiting", "harmless"):
        right = named = skipped = 0
        missed: list[str] = []
        for probe in probes[part]:
            edited = _edited(texts[probe["license"]].text, probe)
            if edited is None:
                skipped += 1
                continue
            found = classify_text(edited)
            level = found.verdict.level
            if part == "harmless":
                ok = level == "open"
            else:
                ok = level in ("restricted", "closed")
                kinds = {str(r.kind) for r in found.verdict.reasons}
                for r in found.verdict.reasons:
                    if r.kind == "denied" and r.item:
                        kinds |= _DENIED_KINDS.get(r.item, set())
                named += ok and probe["kind"] in kinds
            right += ok
            if not ok:
                missed.append(f"  {probe['license']:11} {level:10} {probe['put']!r}")
        total = len(probes[part]) - skipped
        line = (
            f"{part:9} {right}/{total} edited texts {'not open' if part == 'limiting' else 'open'}"
        )
        if part == "limiting":
            line += f", {named}/{total} with the edit's kind among the reasons"
        print(line + (f" ({skipped} edits of another text skipped)" if skipped else ""))
        if args.show:
            print("\n".join(missed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
