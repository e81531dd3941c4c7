"""Records for the batch tests, built at run time from licensedcode-data and the registry."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from licenseclass.core.licensedcode import scancode_licenses, scancode_rules
from licenseclass.core.registry import default_registry

# Messy metadata strings as package metadata writes them (License: fields, classifiers' words).
MESSY = [
    "Apache 2.0",
    "Apache License, Version 2.0",
    "GPLv2+",
    "GNU GPL v3",
    "BSD",
    "MIT License",
    "mit",
    "LGPL",
    "Proprietary",
    "UNLICENSED",
    "Public Domain",
    "",
    "(((",
    "MIT AND (",
    "see LICENSE file",
    "Dual licensed under MIT or Apache-2.0",
]


def _texts(count: int) -> list[str]:
    """License texts of ``count`` licenses spread over the catalogue (short ones, to keep the
    run quick), in a fixed order."""
    found = sorted(
        (lic for lic in scancode_licenses().values() if not lic.is_deprecated),
        key=lambda lic: lic.key,
    )
    short = [lic.text for lic in found if 200 < len(lic.text) < 3000]
    step = max(1, len(short) // count)
    return short[::step][:count]


def _notices(count: int) -> list[str]:
    rules = (r.text for r in scancode_rules() if r.kind == "notice" and 80 < len(r.text) < 1500)
    return list(itertools.islice(rules, 0, count * 97, 97))[:count]


def _expressions(count: int) -> list[str]:
    ids = sorted(lic.id for lic in default_registry() if " " not in lic.id)
    step = max(1, len(ids) // count)
    picked = ids[::step][:count]
    pairs = [f"{a} OR {b}" for a, b in itertools.pairwise(picked[:10])]
    return [*picked, *pairs, "Apache-2.0 WITH LLVM-exception", "GPL-2.0+ AND MIT"]


def _cards() -> list[str]:
    tags = sorted(lic.huggingface_tag for lic in default_registry() if lic.huggingface_tag)
    cards = [f"---\nlicense: {tag}\n---\n# A model\n\nSome words.\n" for tag in tags[:20]]
    cards += [f"license: {tag}\n" for tag in tags[20:25]]  # front matter without its lines
    cards += [
        "---\nlicense: other\nlicense_name: llama3.1\nlicense_link: LICENSE\n---\n# Llama\n",
        "---\nlicense: [apache-2.0, cc-by-4.0]\n---\n",
        "---\nlicense: not-a-license-anyone-knows\n---\n",
        "# A model card without front matter\n",
        "---\nlicense: mit\n",  # never closed
    ]
    return cards


def bad_records() -> list[Any]:
    """Records that break the contract, each one differently."""
    return [
        {"expression": "MIT"},  # no id
        {"id": "two", "text": "MIT License", "expression": "MIT"},
        {"id": "none-of-them"},
        {"id": "not-a-string", "expression": 42},
        {"id": ["a", "list"], "expression": "MIT"},
        ["not", "a", "mapping"],
        {"id": "missing-file", "path": "/nonexistent/licenseclass/LICENSE"},
    ]


@pytest.fixture(scope="session")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    """About 250 records of every kind, with ids of several JSON types and bad records."""
    folder: Path = tmp_path_factory.mktemp("batch-files")
    out: list[Any] = []
    for n, text in enumerate(_texts(50)):
        out.append({"id": f"text-{n}", "text": text})
    for n, text in enumerate(_notices(40)):
        out.append({"id": 10_000 + n, "text": text})
    for n, text in enumerate(_texts(20)):
        path = folder / f"LICENSE-{n}"
        path.write_text(text, encoding="utf-8")
        out.append({"id": f"path-{n}", "path": str(path)})
    (folder / "binary.bin").write_bytes(b"\x00\x01\x02" * 50)
    out.append({"id": "binary", "path": str(folder / "binary.bin")})
    out.append({"id": "a-folder", "path": str(folder)})
    for n, text in enumerate(_expressions(60)):
        out.append({"id": float(n) + 0.5, "expression": text})
    for n, text in enumerate(MESSY):
        out.append({"id": n % 2 == 0 if n < 2 else f"messy-{n}", "expression": text})
    for n, text in enumerate(_cards()):
        out.append({"id": f"card-{n}", "model_card": text, "text": None})
    out.append({"id": None, "expression": "MIT"})  # a null id is an id like any other
    out += bad_records()
    return out
