"""The approximate stage's shortcuts give the answers of doing the work in full.

Candidates out of reach of a settled span are not aligned, and restricting phrases are found
once per text: both must leave every answer as the plain computation gives it. The texts are
licensedcode-data's, edited the way real files differ (a header and footer, British
spellings, a cut, a restricting phrase inserted).
"""

from __future__ import annotations

import random

import pytest

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.core.registry import default_registry
from licenseclass.textid import matchers
from licenseclass.textid.index import index_for
from licenseclass.textid.names import name_table
from licenseclass.textid.query import Hit, Query
from licenseclass.textid.textnorm import equivalent_words


def _header_footer(text: str) -> str:
    return f"Copyright (c) 2024 Example Corp.\nPart of the example project.\n\n{text}\n\nEnd.\n"


def _british(text: str) -> str:
    for us, uk in (("license", "licence"), ("License", "Licence"), ("program", "programme")):
        text = text.replace(us, uk)
    return text


def _cut(text: str) -> str:
    return text[: int(len(text) * 0.7)]


EDITS = {"header": _header_footer, "british": _british, "cut": _cut}
KEYS = ("gfdl-1.3", "cddl-1.0", "mongodb-sspl-1.0", "lgpl-2.1", "cc-by-sa-4.0", "mpl-1.1")


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("edit", sorted(EDITS))
def test_pruned_alignment_gives_the_full_answer(
    key: str, edit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = EDITS[edit](scancode_licenses()[key].text)
    pruned = classify_text(text).model_dump_json()
    # every candidate aligned, no span settled in advance
    monkeypatch.setattr(matchers, "_hopeless", lambda *args: False)
    monkeypatch.setattr(matchers, "_beyond", lambda *args: False)
    monkeypatch.setattr(matchers, "_verbatim_settled", lambda *args: [])
    assert classify_text(text).model_dump_json() == pruned


def _plain_guarded(query: Query, hit: Hit) -> bool:
    """The definition: the span's words less its long insertions, joined into one line and
    its spellings unified, hold a phrase the reference's text lacks."""
    words: list[str] = []
    previous = hit.start
    for start, end in hit.aligned_ranges():
        if start - previous < matchers.INSERTION_WORDS:
            words.extend(query.words[previous:start])
        words.extend(query.words[start:end])
        previous = end
    span = f" {equivalent_words(' '.join(words))} "
    vocab = query.index.words()
    joined = " ".join(vocab[t] for t in query.index.ref_tokens(hit.ref))
    reference = f" {equivalent_words(joined)} "
    needles = (f" {' '.join(phrase)} " for phrase in matchers.GUARD_PHRASES)
    return any(n in span and n not in reference for n in needles)


PHRASES = (
    "non commercial",
    "non\ncommercial",
    "NonCommercial",
    "non-commercial",
    "non non commercial",
    "no derivatives",
    "No\nDerivatives",
    "no derivative works",
    "Commons Clause",
    "research purposes only",
    "not for\ncommercial use",
    "sub licence",
    "per cent",
)
FILLER = ("no", "for", "use", "works", "foo", "only", "commercial")


def test_guard_phrases_found_once_per_text_match_the_definition() -> None:
    registry = default_registry()
    index = index_for(registry)
    names = name_table(registry)
    wanted = {"licenses/cc-by-4.0.LICENSE", "licenses/cc-by-nc-4.0.LICENSE", "licenses/mit.LICENSE"}
    refs = [ref for ref, name in enumerate(index.names) if name in wanted]
    base = scancode_licenses()["mit"].text.split()
    rng = random.Random(12)
    guarded = 0
    for _ in range(300):
        words = list(base)
        for _ in range(rng.randint(0, 4)):
            words.insert(rng.randrange(len(words) + 1), rng.choice(PHRASES))
        for _ in range(rng.randint(0, 3)):
            filler = " ".join(rng.choice(FILLER) for _ in range(rng.randint(1, 5)))
            words.insert(rng.randrange(len(words) + 1), filler)
        lines = [" ".join(words[i : i + 7]) for i in range(0, len(words), 7)]
        query = Query(index, names, "\n".join(lines))
        size = len(query.words)
        for _ in range(4):
            cuts = sorted(rng.sample(range(size + 1), min(size + 1, rng.choice((2, 6, 30)))))
            ranges = tuple((a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b)
            if not ranges:
                continue
            start = max(0, ranges[0][0] - rng.choice((0, 1, 4)))
            hit = Hit(rng.choice(refs), start, ranges[-1][1], 1, 1.0, 1.0, "approximate")
            hit.aligned = ranges
            expected = _plain_guarded(query, hit)
            guarded += expected
            assert matchers._guarded(query, hit) == expected
    assert guarded  # the texts do hold phrases the references lack
