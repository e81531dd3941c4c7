"""The hand labels of benchmarks/clause_labels.yaml stay true to the texts they were read from.

Every label names a licensedcode-data key, a known part, a verdict and limiting kinds, and every
restriction's quote is really at its line (so a label cannot drift from the words that back
it); the drawn held-back parts are the ones benchmarks/draw_clause_holdout.py draws.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, get_args

import pytest
import yaml

from licenseclass.clauses.statistical import model_path
from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.core.model import LimitingKind

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
VERDICTS = {"open", "restricted", "closed", "unknown"}
LABEL_FILES = (
    "clause_labels.yaml",
    "clause_labels_debian.yaml",
    "clause_labels_pypi.yaml",
    "clause_labels_newer.yaml",
)


def _entries(name: str = "clause_labels.yaml") -> list[dict[str, Any]]:
    data = yaml.safe_load((BENCHMARKS / name).read_text(encoding="utf-8"))
    entries: list[dict[str, Any]] = data["licenses"] or []
    return entries


def _draw_module() -> ModuleType:
    return _bench_module("draw_clause_holdout")


@functools.cache
def _bench_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # (a dataclass looks its module up there)
    spec.loader.exec_module(module)
    return module


def quote_starts_on_line(text: str, line: int, quote: str) -> bool:
    """The benchmark's own check (the Debian part's quotes are checked there, with its texts)."""
    check: Callable[[str, int, str], bool] = _bench_module(
        "bench_clause_generalisation"
    ).quote_starts_on_line
    return check(text, line, quote)


def test_quote_check_rejects_a_quote_on_another_line() -> None:
    text = "Grant.\nYou may not sell\nthe Software.\nNo warranty."
    assert quote_starts_on_line(text, 2, "may not sell the Software")
    assert not quote_starts_on_line(text, 1, "may not sell")
    assert not quote_starts_on_line(text, 3, "may not sell")
    assert not quote_starts_on_line(text, 9, "Grant")


@pytest.mark.parametrize("name", ["clause_labels.yaml", "clause_labels_second_reading.yaml"])
def test_every_label_is_well_formed_and_its_quotes_are_on_their_lines(name: str) -> None:
    texts = scancode_licenses()
    parts = set(_draw_module().PARTS)
    kinds = set(get_args(LimitingKind))
    problems: list[str] = []
    seen: set[str] = set()
    for entry in _entries(name):
        key = entry["key"]
        if key in seen or key not in texts:
            problems.append(f"{key}: repeated or not a licensedcode-data key")
            continue
        seen.add(key)
        if entry["split"] not in parts or entry["verdict"] not in VERDICTS:
            problems.append(f"{key}: split {entry['split']!r}, verdict {entry['verdict']!r}")
        for item in entry["restrictions"]:
            if item["kind"] not in kinds:
                problems.append(f"{key}: {item['kind']!r} is not a limiting kind")
            if not quote_starts_on_line(texts[key].text, item["line"], str(item.get("quote"))):
                problems.append(f"{key}: line {item['line']} does not hold {item.get('quote')!r}")
    assert problems == []


@pytest.mark.parametrize(
    ("part", "seed", "lo", "hi", "count"),
    [
        ("holdout4", 2030, 400, 7000, 56),
        ("holdout5", 2031, 400, 7000, 56),
        ("holdout6", 2032, 400, 7000, 56),
        # The 400-7,000 pool was used up, so holdout7 came from the next size band.
        ("holdout7", 2033, 7000, 12000, 48),
        ("holdout8", 2034, 7000, 12000, 44),
        # The 7,000-12,000 band had 23 texts left, so holdout9's band was widened.
        ("holdout9", 2035, 7000, 20000, 45),
        ("holdout10", 2036, 7000, 20000, 45),
        # The band's last 45 texts, drawn whole.
        ("holdout11", 2037, 7000, 20000, 45),
        # The 7,000-20,000 band used up, the next one.
        ("holdout12", 2038, 20000, 40000, 32),
        # What that band had left, drawn whole.
        ("holdout13", 2039, 20000, 40000, 25),
        # Every text longer than 40,000 characters, drawn whole.
        ("holdout14", 2040, 40000, 10000000, 32),
    ],
)
def test_a_drawn_part_is_its_draw_less_the_texts_left_out(
    part: str, seed: int, lo: int, hi: int, count: int
) -> None:
    draw = _draw_module()
    pool = draw.pool(lo, hi, as_of=part)
    # A pool smaller than the count is drawn whole, as the script does.
    drawn = random.Random(seed).sample(pool, min(count, len(pool)))
    labelled = {entry["key"] for entry in _entries() if entry["split"] == part}
    left_out = set(draw.LEFT_OUT[part])
    assert labelled | left_out == set(drawn)
    assert not labelled & left_out


def test_a_second_reading_is_of_texts_of_the_same_part() -> None:
    # a text of the part that the first reading left out may still have a second reading
    first = {entry["key"]: entry["split"] for entry in _entries()}
    first |= {key: part for part, keys in _draw_module().LEFT_OUT.items() for key in keys}
    second = {
        entry["key"]: entry["split"] for entry in _entries("clause_labels_second_reading.yaml")
    }
    assert {key: first.get(key) for key in second} == second


def _pinned_entry_problems(entry: dict[str, Any], digests: tuple[str, ...]) -> list[str]:
    """What is wrong with a downloaded text's entry: its source's hashes and its items."""
    key, source = entry["key"], entry["source"]
    kinds = set(get_args(LimitingKind))
    problems = [
        f"{key}: {source[name]!r} is not a SHA-256"
        for name in digests
        if not re.fullmatch(r"[0-9a-f]{64}", str(source[name]))
    ]
    for item in entry["restrictions"]:
        if item["kind"] not in kinds or item["line"] < 1 or not str(item["quote"]).strip():
            problems.append(f"{key}: {item!r}")
    return problems


def test_the_debian_labels_are_well_formed_and_name_their_texts() -> None:
    # The texts are downloaded by the benchmark, which checks the quotes; here, the shape and
    # the record that pins each text.
    entries = _entries("clause_labels_debian.yaml")
    keys = [entry["key"] for entry in entries]
    assert len(keys) == len(set(keys)) == 202
    splits = Counter(entry["split"] for entry in entries)
    assert splits == {"debian1": 48, "debian2": 56, "debian3": 46, "debian4": 16, "debian5": 36}
    problems: list[str] = []
    for entry in entries:
        key, source = entry["key"], entry["source"]
        if entry["split"] not in splits or entry["verdict"] not in VERDICTS:
            problems.append(f"{key}: split {entry['split']!r}, verdict {entry['verdict']!r}")
        areas: tuple[str, ...] = ("pool/non-free/", "pool/non-free-firmware/", "pool/contrib/")
        # debian5's Ubuntu packages come from its multiverse and restricted areas
        if source.get("archive") == "ubuntu":
            areas += ("pool/multiverse/", "pool/restricted/")
        if not str(source["deb"]).startswith(areas) or not source["deb"].startswith(
            f"pool/{source['area']}/"
        ):
            problems.append(f"{key}: {source['deb']} is not a package of {source['area']}")
        if not str(source["member"]).startswith("./usr/share/doc/"):
            problems.append(f"{key}: {source['member']} is not a copyright file")
        problems += _pinned_entry_problems(entry, ("deb_sha256", "copyright_sha256"))
    assert problems == []


def test_the_debian_second_reading_is_of_the_held_back_parts_and_well_formed() -> None:
    first = {e["key"]: e["split"] for e in _entries("clause_labels_debian.yaml")}
    second = _entries("clause_labels_debian_second_reading.yaml")
    held_back = ("debian1", "debian5")
    assert {e["key"] for e in second} == {k for k, split in first.items() if split in held_back}
    kinds = set(get_args(LimitingKind))
    assert all(e["split"] == first[e["key"]] and e["verdict"] in VERDICTS for e in second)
    assert all(r["kind"] in kinds and r["line"] >= 1 for e in second for r in e["restrictions"])


def test_the_pypi_labels_are_well_formed_and_name_their_texts() -> None:
    # The texts are downloaded by the benchmark (pypi_texts.py), which checks the quotes.
    entries = _entries("clause_labels_pypi.yaml")
    assert len({entry["key"] for entry in entries}) == len(entries) == 35
    assert sum(entry["split"] == "pypi1" for entry in entries) == 10
    assert sum(entry["split"] == "pypi3" for entry in entries) == 10
    problems: list[str] = []
    for entry in entries:
        key, source = entry["key"], entry["source"]
        if entry["split"] not in ("pypi1", "pypi2", "pypi3") or entry["verdict"] not in VERDICTS:
            problems.append(f"{key}: split {entry['split']!r}, verdict {entry['verdict']!r}")
        if not str(source["url"]).startswith("https://files.pythonhosted.org/packages/"):
            problems.append(f"{key}: {source['url']} is not a PyPI file")
        problems += _pinned_entry_problems(entry, ("file_sha256", "license_sha256"))
    assert problems == []


def test_the_newer_labels_are_well_formed_and_pin_their_texts() -> None:
    # The texts are read out of a newer ScanCode release by the benchmark (newer_texts.py), which
    # checks each text's hash and the quotes; here, the shape, the parts and the hashes' form.
    entries = _entries("clause_labels_newer.yaml")
    assert len({entry["key"] for entry in entries}) == len(entries)
    assert Counter(entry["split"] for entry in entries) == {
        "newer1": 40,
        "newer2": 32,
        "newer3": 47,
    }
    kinds = set(get_args(LimitingKind))
    problems: list[str] = []
    for entry in entries:
        key = entry["key"]
        pinned = re.fullmatch(r"[0-9a-f]{64}", entry["text_sha256"])
        if entry["verdict"] not in VERDICTS or not pinned:
            problems.append(f"{key}: verdict {entry['verdict']!r}, hash {entry['text_sha256']!r}")
        for item in entry["restrictions"]:
            if item["kind"] not in kinds or item["line"] < 1 or not str(item["quote"]).strip():
                problems.append(f"{key}: {item!r}")
        labelled = [item["kind"] for item in entry["restrictions"]]
        if len(labelled) != len(set(labelled)):
            problems.append(f"{key}: a kind labelled twice")
    assert problems == []


def test_the_rule_labels_are_well_formed_and_read_from_their_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The rule texts ship with licensedcode-data, so each label is checked against its text here:
    # the pinned hash, and every quote at its line.
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # (its siblings, newer_texts and debian_texts)
    rules = _bench_module("rule_texts").rule_texts()
    entries = _entries("clause_labels_rules.yaml")
    assert len({entry["key"] for entry in entries}) == len(entries)
    # each draw of 48 less the one left out (in French), and rules3 the 37 they left
    assert Counter(entry["split"] for entry in entries) == {
        "rules1": 47,
        "rules2": 47,
        "rules3": 37,
    }
    kinds = set(get_args(LimitingKind))
    problems: list[str] = []
    for entry in entries:
        key = entry["key"]
        text = rules.get(key)
        if text is None or hashlib.sha256(text.encode("utf-8")).hexdigest() != entry["text_sha256"]:
            problems.append(f"{key}: not a rule of the package, or not the text labelled")
            continue
        if entry["verdict"] not in VERDICTS:
            problems.append(f"{key}: verdict {entry['verdict']!r}")
        for item in entry["restrictions"]:
            if item["kind"] not in kinds:
                problems.append(f"{key}: {item['kind']!r} is not a limiting kind")
            if not quote_starts_on_line(text, item["line"], str(item["quote"])):
                problems.append(f"{key}: line {item['line']} does not hold {item['quote']!r}")
    assert problems == []


def _newer_module(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # (its sibling, debian_texts, downloads)
    return _bench_module("newer_texts")


def test_the_newer_labels_are_the_parts_the_draw_names(monkeypatch: pytest.MonkeyPatch) -> None:
    newer = _newer_module(monkeypatch)
    labelled = Counter(entry["split"] for entry in _entries("clause_labels_newer.yaml"))
    # every drawn text was labelled (none left out), part by part
    assert labelled == {name: count for name, _, count in newer.PARTS}
    assert re.fullmatch(r"[0-9a-f]{64}", newer.WHEEL_SHA256)


def test_the_newer_draw_drops_near_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    newer = _newer_module(monkeypatch)
    words = [f"term{n}" for n in range(200)]
    base = newer._runs(" ".join(words))
    # a copy with every twentieth word changed keeps three quarters of its five-word runs
    edited = newer._runs(" ".join(w if n % 20 else "other" for n, w in enumerate(words)))
    # one with every third word changed keeps none
    rewritten = newer._runs(" ".join(w if n % 3 else "other" for n, w in enumerate(words)))
    assert newer._near_copy(edited, [base])
    assert not newer._near_copy(rewritten, [base])
    # the draw takes each part from what the earlier parts left
    drawn = newer.draw([f"key{n}" for n in range(200)])
    assert [len(keys) for keys in drawn.values()] == [count for _, _, count in newer.PARTS]
    keys = [key for part in drawn.values() for key in part]
    assert len(keys) == len(set(keys))


def test_the_clause_model_was_not_trained_on_the_held_back_parts() -> None:
    # the file written by scripts/train_clause_model.py says what it was trained on
    held_back = set(_bench_module("bench_clause_generalisation").HELD_BACK)
    data = json.loads(model_path().read_text(encoding="utf-8"))
    assert held_back <= set(data["left_out"])
    assert not held_back & set(data["trained_on"])
    # and every part it names is one the labels have, or the open texts
    labelled = {e["split"] for name in LABEL_FILES for e in _entries(name)}
    assert set(data["trained_on"]) <= labelled | {"open"}
