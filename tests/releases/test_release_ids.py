"""Hub ids, family names with sizes, ambiguous families, related releases, what it means."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from licenseclass import (
    AmbiguousReleaseError,
    DataFileError,
    UnknownReleaseError,
    get_release,
    release_verdict,
)
from licenseclass.cli import main
from licenseclass.releases.catalog import ReleaseCatalog, default_catalog, read_release
from licenseclass.releases.summary import what_it_means
from licenseclass.releases.verdict import assess_release


@pytest.mark.parametrize(
    ("key", "catalogued", "size", "terms", "same"),
    [
        ("Qwen/Qwen2.5-7B-Instruct", "qwen2.5-72b", "7B", "Apache-2.0", False),
        ("qwen2.5 3b", "qwen2.5-72b", "3B", "LicenseRef-Qwen-Research-2024", False),
        ("Qwen2.5-72B-Instruct", "qwen2.5-72b", "72B", "LicenseRef-Qwen-2024", True),
        ("meta-llama/Llama-3.1-8B-Instruct", "llama-3.1-405b", "8B", "LicenseRef-Llama-3.1", True),
        ("Llama 3.1 8B", "llama-3.1-405b", "8B", "LicenseRef-Llama-3.1", True),
        ("google/gemma-2-9b-it", "gemma-2", "9B", "LicenseRef-Gemma-Terms-of-Use", True),
        # a repository name without its owner, when only one family has it
        ("Meta-Llama-3.1-70B-Instruct", "llama-3.1-405b", "70B", "LicenseRef-Llama-3.1", True),
    ],
)
def test_hub_ids_and_sizes_resolve_to_the_family_with_the_size_terms(
    key: str, catalogued: str, size: str, terms: str, same: bool
) -> None:
    match = default_catalog().resolve(key)
    assert (match.catalogued, match.size, match.terms, match.same_terms) == (
        catalogued,
        size,
        terms,
        same,
    )
    # the release judged carries that size's terms on its weights
    assert match.release.weights_license() == terms
    assert get_release(key) == match.release


def test_a_size_under_other_terms_gets_its_own_verdict() -> None:
    seven = get_release("Qwen/Qwen2.5-7B-Instruct")
    assert seven.id == "qwen2.5-7b"
    assert seven.variant_of == "qwen2.5-72b"
    assert release_verdict(seven, "article").level == "open"
    assert release_verdict(get_release("qwen2.5-72b"), "article").level == "restricted"
    three = get_release("Qwen2.5 3B")
    meaning = what_it_means(assess_release(three, "article"))
    assert "no commercial use" in meaning.business


def test_a_family_whose_sizes_differ_is_ambiguous_never_picked() -> None:
    with pytest.raises(AmbiguousReleaseError) as caught:
        get_release("Qwen2.5")
    candidates = dict(caught.value.candidates)
    assert candidates["Qwen2.5 72B"] == "LicenseRef-Qwen-2024"
    assert candidates["Qwen2.5 7B"] == "Apache-2.0"
    assert candidates["Qwen2.5 3B"] == "LicenseRef-Qwen-Research-2024"
    assert isinstance(caught.value, UnknownReleaseError)  # callers that catch unknown keys
    assert default_catalog().find("Qwen2.5") is None
    # every candidate it lists resolves alone
    for name, terms in candidates.items():
        assert get_release(name).weights_license() == terms


def test_a_family_whose_sizes_agree_resolves_without_a_size() -> None:
    assert get_release("llama-3.1").id == "llama-3.1-405b"


def test_an_unknown_size_of_a_known_family_suggests_the_sizes() -> None:
    with pytest.raises(UnknownReleaseError) as caught:
        get_release("Qwen2.5 9B")
    assert "Qwen2.5 7B" in caught.value.suggestions


def test_the_cli_says_which_size_applies_and_refuses_the_ambiguous_family(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["release", "Qwen/Qwen2.5-7B-Instruct"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("Qwen2.5 7B: OPEN SOURCE")
    assert "size 7B of the family catalogued as qwen2.5-72b" in out
    assert "Qwen2.5 72B: LicenseRef-Qwen-2024" in out  # the sizes under other terms are shown
    assert main(["release", "qwen2.5-72b"]) == 0
    out = capsys.readouterr().out
    assert "Qwen2.5 0.5B, 1.5B, 7B, 14B, 32B: Apache-2.0" in out  # one line per license
    assert main(["release", "Qwen2.5", "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert "Ambiguous release" in err and "Qwen2.5 3B (LicenseRef-Qwen-Research-2024)" in err


VARIANT_FILE = """\
id: lab-model
name: Lab Model 70B
organisation: Test Lab
family: Lab Model
size: 70B
variants:
  - size: 70B
  - size: 7B
    license: MIT
components:
  - kind: weights
    availability: public
    license: CC-BY-NC-4.0
provenance:
  status: reviewed
  sources:
    - kind: other
      ref: written for this test
"""


def test_a_size_with_its_own_license_needs_sources(tmp_path: Path) -> None:
    path = tmp_path / "lab-model.yaml"
    path.write_text(VARIANT_FILE, encoding="utf-8")
    with pytest.raises(DataFileError, match="without sources"):
        read_release(path)
    fixed = VARIANT_FILE.replace(
        "    license: MIT\n", "    license: MIT\n    sources: [https://example.org/7b]\n"
    )
    path.write_text(fixed, encoding="utf-8")
    catalog = ReleaseCatalog(tmp_path, builtin=False)
    assert catalog.get("Lab Model 7B").weights_license() == "MIT"
    assert catalog.get("lab-model-70b").weights_license() == "CC-BY-NC-4.0"
    with pytest.raises(AmbiguousReleaseError):
        catalog.get("Lab Model")


@pytest.mark.parametrize(
    "bad",
    [
        "  - size: seven\n",
        "  - size: 7B\n    hub_ids: [not-a-hub-id]\n",
        "  - size: 7B\n  - size: 7b\n",
    ],
)
def test_bad_variants_are_refused_with_the_file_named(tmp_path: Path, bad: str) -> None:
    text = VARIANT_FILE.replace(
        "  - size: 70B\n  - size: 7B\n    license: MIT\n", textwrap.dedent(bad)
    ).replace("size: 70B\nvariants", "variants")
    path = tmp_path / "lab-model.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match=r"lab-model\.yaml"):
        read_release(path)


# --------------------------------------------------------------------------- item 6


def test_chatgpt_text_shows_closed_the_api_related_open_releases_and_what_it_means(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["release", "chatgpt"]) == 0
    out = capsys.readouterr().out
    assert "CLOSED" in out.splitlines()[0]
    assert "hosted-api      api-only" in out
    assert "as a developer: build on the hosted API; you cannot download, run or change" in out
    assert "as a business: commercial use allowed by the terms; no self-hosting" in out
    assert "Related releases by OpenAI:" in out
    assert "gpt-2: GPT-2 (124M to 1.5B), weights MIT: article open, osaid restricted" in out
    assert "gpt-oss: gpt-oss (120b and 20b), weights Apache-2.0: article open" in out


def test_chatgpt_json_carries_related_releases_and_what_it_means(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["release", "chatgpt", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"]["level"] == "closed"
    api = [c for c in data["components"] if c["kind"] == "hosted-api"]
    assert api[0]["availability"] == "api-only"
    assert api[0]["commercial_use"] == "allowed"
    related = {r["id"]: r for r in data["related"]}
    assert set(related) == {"gpt-2", "gpt-oss"}
    assert related["gpt-2"]["weights_license"] == "MIT"
    assert related["gpt-2"]["article"] == "open"
    assert related["gpt-oss"]["weights_license"] == "Apache-2.0"
    assert related["gpt-oss"]["article"] == "open"
    assert data["what_it_means"]["developer"].startswith("build on the hosted API")
    assert "no self-hosting" in data["what_it_means"]["business"]
    assert data["match"]["matched_by"] == "alias"


@pytest.mark.parametrize(
    ("key", "related"),
    [
        ("llama-3.1-405b", {"llama-2-70b", "llama-3.3-70b", "llama-4"}),
        ("gemma-2", {"t5"}),
        ("mistral-7b", {"mixtral-8x7b"}),
        ("deepseek-r1", {"deepseek-v3"}),
        ("gpt-oss", {"chatgpt", "gpt-2"}),
    ],
)
def test_every_family_has_its_related_releases(key: str, related: set[str]) -> None:
    catalog = default_catalog()
    assert {r.id for r in catalog.related(catalog.get(key))} == related


def test_what_it_means_follows_the_verdict_for_every_release() -> None:
    for release in default_catalog():
        result = assess_release(release, "article")
        meaning = what_it_means(result)
        level = result.verdict.level
        if level == "closed":
            assert "no self-hosting" in meaning.business, release.id
        elif level == "open":
            assert "commercial use and self-hosting are allowed" in meaning.business, release.id
            assert "fine-tune" in meaning.developer, release.id
        else:
            assert "within the license's limits" in meaning.developer, release.id
