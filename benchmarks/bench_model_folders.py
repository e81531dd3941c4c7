"""``licenseclass release FOLDER`` on model folders whose LICENSE no reference of the index knows.

The texts ScanCode added after licensedcode-data 32.1.0 (``clause_labels_newer.yaml``, read out
of scancode-toolkit 32.5.0's wheel by ``newer_texts.py``) are licenses the index has never seen,
as a new model license is: each is labelled by hand with its verdict. Each text is put in a
folder of its own as ``LICENSE``, beside a weights file and a ``config.json``, and the folder is
read as a release (``read_model_folder``, then ``assess_release`` under ``article``). The level
of the weights is compared with the label: before the thirty-sixth round such a folder was
``unknown`` ("no license is stated for the weights") whatever its text said.

Run: PYTHONPATH=src:benchmarks python benchmarks/bench_model_folders.py [--show]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
TITLE = "model folders of texts the index does not know: weights' level right"
LABELS = HERE / "clause_labels_newer.yaml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the folders that differ")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from debian_texts import FetchError
    from level_pairs import print_level_pairs
    from newer_texts import newer_text

    from licenseclass.releases.folder import read_model_folder
    from licenseclass.releases.verdict import assess_release

    entries: list[dict[str, Any]] = yaml.safe_load(LABELS.read_text(encoding="utf-8"))["licenses"]
    pairs: Counter[tuple[str, str]] = Counter()
    shown: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for number, entry in enumerate(entries):
            try:
                text = newer_text(entry)
            except FetchError as error:
                print(f"  not measured: {error}")
                continue
            folder = Path(scratch) / f"model-{number}"
            folder.mkdir()
            (folder / "model.safetensors").write_bytes(b"\x00" * 16)
            (folder / "config.json").write_text("{}", encoding="utf-8")
            (folder / "LICENSE").write_text(text, encoding="utf-8")
            release, _ = read_model_folder(folder)
            result = assess_release(release, "article")
            weights = next(c for c in result.components if c.kind == "weights")
            want, got = str(entry["verdict"]), str(weights.level)
            pairs[(want, got)] += 1
            if got != want:
                why = weights.reasons[0].message[:120] if weights.reasons else ""
                shown.append(f"  {entry['key']:36} {got:10} (labelled {want}) {why}")
    print_level_pairs(TITLE, pairs, "read")
    if args.show:
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
