"""The reviewed entries for AI-model licenses and terms (Llama, Gemma, the RAIL family and others).

Every check runs the real registry and the real verdict rules on the built-in data. Where a fact
can be read from a license text shipped in the pinned licensedcode-data package (thresholds, the
length of a RAIL use list, whether a grant covers distribution), the test reads that text at run
time and compares it with the typed entry; no license text lives in this repository.
"""

from __future__ import annotations

import importlib.metadata
import re
from functools import cache
from pathlib import Path
from typing import TypeVar

import pytest

from licenseclass import License, default_registry, verdict
from licenseclass.core.datafile import read_model
from licenseclass.core.model import (
    INFORMATIONAL_KINDS,
    AcceptableUsePolicy,
    FieldOfUse,
    RevenueThreshold,
    Territory,
    UserThreshold,
)
from licenseclass.core.registry import builtin_data_dir

MODEL_IDS = (
    "LicenseRef-LLaMA-1",
    "LicenseRef-Llama-2",
    "LicenseRef-Llama-3",
    "LicenseRef-Llama-3.1",
    "LicenseRef-Llama-3.2",
    "LicenseRef-Llama-3.3",
    "LicenseRef-Llama-4",
    "LicenseRef-Gemma-Terms-of-Use",
    "LicenseRef-CreativeML-OpenRAIL-M",
    "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M",
    "LicenseRef-BigScience-OpenRAIL-M",
    "LicenseRef-BigScience-BLOOM-RAIL-1.0",
    "LicenseRef-BigCode-OpenRAIL-M-1.0",
    "LicenseRef-OpenRAIL-M",
    "LicenseRef-Falcon-180B-TII-1.0",
    "LicenseRef-TII-Falcon-2.0",
    "LicenseRef-DeepSeek-1.0",
    "LicenseRef-Tongyi-Qianwen-2023",
    "LicenseRef-Tongyi-Qianwen-Research-2023",
    "LicenseRef-Qwen-2024",
    "LicenseRef-Qwen-Research-2024",
    "LicenseRef-Stability-AI-Community",
    "LicenseRef-Stability-AI-Non-Commercial-Research",
    "LicenseRef-Mistral-Research-1.0",
    "LicenseRef-Mistral-Non-Production-1.0",
    "LicenseRef-Yi",
    "LicenseRef-NVIDIA-Open-Model",
    "LicenseRef-Apple-Sample-Code",
    "LicenseRef-Microsoft-Research",
    "LicenseRef-OpenAI-Terms-of-Use",
)
# Apple's sample-code licence is a permissive code licence; the OpenAI terms allow neither
# modification nor sharing. Every other entry is a semi-open model licence.
LEVELS = {"LicenseRef-Apple-Sample-Code": "open", "LicenseRef-OpenAI-Terms-of-Use": "closed"}
KINDS = {"LicenseRef-Apple-Sample-Code": "software", "LicenseRef-OpenAI-Terms-of-Use": "terms"}
RESTRICTED_IDS = tuple(lid for lid in MODEL_IDS if lid not in LEVELS)

# (id, restriction kind the article verdict must name, OSD criterion that kind must fail).
NAMED: list[tuple[str, str, int]] = [
    *((f"LicenseRef-Llama-{v}", "user-threshold", 5) for v in ("2", "3", "3.1", "3.2", "3.3", "4")),
    *(
        (f"LicenseRef-Llama-{v}", "acceptable-use-policy", 6)
        for v in ("2", "3", "3.1", "3.2", "3.3", "4")
    ),
    ("LicenseRef-Llama-2", "model-improvement-ban", 6),
    ("LicenseRef-Llama-3", "model-improvement-ban", 6),
    ("LicenseRef-Llama-3.2", "territory", 5),
    ("LicenseRef-Llama-4", "territory", 5),
    ("LicenseRef-LLaMA-1", "non-commercial", 6),
    ("LicenseRef-LLaMA-1", "research-only", 6),
    ("LicenseRef-LLaMA-1", "field-of-use", 6),
    ("LicenseRef-Gemma-Terms-of-Use", "acceptable-use-policy", 6),
    ("LicenseRef-Gemma-Terms-of-Use", "pass-through", 7),
    ("LicenseRef-Gemma-Terms-of-Use", "remote-restriction", 6),
    *(
        (lid, kind, criterion)
        for lid in (
            "LicenseRef-CreativeML-OpenRAIL-M",
            "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M",
            "LicenseRef-BigScience-OpenRAIL-M",
            "LicenseRef-BigScience-BLOOM-RAIL-1.0",
            "LicenseRef-BigCode-OpenRAIL-M-1.0",
            "LicenseRef-OpenRAIL-M",
            "LicenseRef-DeepSeek-1.0",
        )
        for kind, criterion in (("field-of-use", 6), ("pass-through", 7))
    ),
    ("LicenseRef-Falcon-180B-TII-1.0", "hosting-restriction", 6),
    ("LicenseRef-Falcon-180B-TII-1.0", "acceptable-use-policy", 6),
    ("LicenseRef-TII-Falcon-2.0", "acceptable-use-policy", 6),
    ("LicenseRef-Tongyi-Qianwen-2023", "user-threshold", 5),
    ("LicenseRef-Tongyi-Qianwen-2023", "model-improvement-ban", 6),
    ("LicenseRef-Tongyi-Qianwen-Research-2023", "non-commercial", 6),
    ("LicenseRef-Tongyi-Qianwen-Research-2023", "model-improvement-ban", 6),
    ("LicenseRef-Qwen-2024", "user-threshold", 5),
    ("LicenseRef-Qwen-Research-2024", "non-commercial", 6),
    ("LicenseRef-Stability-AI-Community", "revenue-threshold", 5),
    ("LicenseRef-Stability-AI-Community", "model-improvement-ban", 6),
    ("LicenseRef-Stability-AI-Non-Commercial-Research", "non-commercial", 6),
    ("LicenseRef-Stability-AI-Non-Commercial-Research", "hosting-restriction", 6),
    ("LicenseRef-Mistral-Research-1.0", "research-only", 6),
    ("LicenseRef-Mistral-Non-Production-1.0", "non-production", 6),
    ("LicenseRef-Yi", "registration", 7),
    ("LicenseRef-NVIDIA-Open-Model", "field-of-use", 6),
    ("LicenseRef-Microsoft-Research", "non-commercial", 6),
]

# Hugging Face's own license identifiers for model licences, from its documented list.
HF_TAGS = {
    "llama2": "LicenseRef-Llama-2",
    "llama3": "LicenseRef-Llama-3",
    "llama3.1": "LicenseRef-Llama-3.1",
    "llama3.2": "LicenseRef-Llama-3.2",
    "llama3.3": "LicenseRef-Llama-3.3",
    "llama4": "LicenseRef-Llama-4",
    "gemma": "LicenseRef-Gemma-Terms-of-Use",
    "openrail": "LicenseRef-OpenRAIL-M",
    "openrail++": "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M",
    "creativeml-openrail-m": "LicenseRef-CreativeML-OpenRAIL-M",
    "bigscience-openrail-m": "LicenseRef-BigScience-OpenRAIL-M",
    "bigscience-bloom-rail-1.0": "LicenseRef-BigScience-BLOOM-RAIL-1.0",
    "bigcode-openrail-m": "LicenseRef-BigCode-OpenRAIL-M-1.0",
    "apple-ascl": "LicenseRef-Apple-Sample-Code",
}

# Entries whose text is in licensedcode-data 32.1.0, with its ScanCode key.
SCANCODE_KEYS = {
    "LicenseRef-LLaMA-1": "llama-license-2023",
    "LicenseRef-Llama-2": "llama-2-license-2023",
    "LicenseRef-CreativeML-OpenRAIL-M": "stable-diffusion-2022-08-22",
    "LicenseRef-BigScience-OpenRAIL-M": "bigscience-open-rail-m",
    "LicenseRef-BigScience-BLOOM-RAIL-1.0": "bigscience-rail-1.0",
    "LicenseRef-BigCode-OpenRAIL-M-1.0": "bigcode-open-rail-m-v1",
    "LicenseRef-Apple-Sample-Code": "apple-excl",
}

# The RAIL texts shipped in licensedcode-data, keyed by entry id.
RAIL_TEXTS = {
    "LicenseRef-CreativeML-OpenRAIL-M": "stable-diffusion-2022-08-22",
    "LicenseRef-BigScience-OpenRAIL-M": "bigscience-open-rail-m",
    "LicenseRef-BigScience-BLOOM-RAIL-1.0": "bigscience-rail-1.0",
    "LicenseRef-BigCode-OpenRAIL-M-1.0": "bigcode-open-rail-m-v1",
}


T = TypeVar("T")


def entry(license_id: str) -> License:
    return default_registry().get(license_id)


@cache
def licensedcode_dir() -> Path:
    found = importlib.metadata.distribution("licensedcode-data").locate_file("licensedcode/data")
    return Path(str(found))


@cache
def scancode_text(key: str) -> str:
    """The body of a ScanCode license file, without its YAML front matter."""
    raw = (licensedcode_dir() / "licenses" / f"{key}.LICENSE").read_text(encoding="utf-8")
    return raw.split("---", 2)[2]


def scancode_category(key: str) -> str:
    raw = (licensedcode_dir() / "licenses" / f"{key}.LICENSE").read_text(encoding="utf-8")
    match = re.search(r"^category: (.+)$", raw, re.MULTILINE)
    assert match, f"{key} has no category"
    return match.group(1).strip()


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def restrictions_of(lic: License, cls: type[T]) -> list[T]:
    return [r for r in lic.restrictions if isinstance(r, cls)]


# --------------------------------------------------------------------------- presence and shape


@pytest.mark.parametrize("license_id", MODEL_IDS)
def test_entry_exists_is_reviewed_and_round_trips(license_id: str) -> None:
    lic = entry(license_id)
    assert lic.id == license_id
    assert read_model(builtin_data_dir() / "reviewed" / f"{license_id}.yaml", License) == lic
    assert lic.provenance.status == "reviewed"
    assert any(s.kind == "license-text" for s in lic.provenance.sources)
    assert License.model_validate_json(lic.model_dump_json()) == lic
    assert lic.kind == KINDS.get(license_id, "model")


@pytest.mark.parametrize("license_id", MODEL_IDS)
def test_every_qualifying_kind_a_right_names_is_an_item_of_the_entry(license_id: str) -> None:
    lic = entry(license_id)
    restriction_kinds = {r.kind for r in lic.restrictions}
    condition_kinds = {c.kind for c in lic.conditions}
    for name in ("use", "modify", "share", "commercial_use", "patent_grant", "sublicense"):
        right = getattr(lic.rights, name)
        if right is None:
            continue
        assert set(right.restrictions) <= restriction_kinds, (name, right.restrictions)
        assert set(right.conditions) <= condition_kinds, (name, right.conditions)


# --------------------------------------------------------------------------- verdicts


@pytest.mark.parametrize("license_id", MODEL_IDS)
def test_article_level(license_id: str) -> None:
    assert verdict(entry(license_id), "article").level == LEVELS.get(license_id, "restricted")


@pytest.mark.parametrize("license_id", RESTRICTED_IDS)
def test_restricted_entries_are_limited_by_a_typed_restriction(license_id: str) -> None:
    result = verdict(entry(license_id), "article")
    limiting = [r for r in result.reasons if r.item and r.item.startswith("restrictions[")]
    assert limiting, result.reasons
    assert all(r.kind not in INFORMATIONAL_KINDS for r in limiting)


@pytest.mark.parametrize(("license_id", "kind", "criterion"), NAMED)
def test_verdicts_name_the_typed_restriction(license_id: str, kind: str, criterion: int) -> None:
    lic = entry(license_id)
    article = verdict(lic, "article")
    assert kind in {r.kind for r in article.reasons}, article.reasons
    osd = verdict(lic, "osd")
    assert osd.level != "open"
    failed = {c.number: c for c in osd.criteria if c.status == "fail"}
    assert criterion in failed, [c.number for c in osd.criteria if c.status == "fail"]
    assert kind in {r.kind for r in failed[criterion].reasons}


@pytest.mark.parametrize("license_id", MODEL_IDS)
def test_no_model_licence_passes_the_osd_except_the_permissive_code_licence(
    license_id: str,
) -> None:
    osd = verdict(entry(license_id), "osd")
    if license_id == "LicenseRef-Apple-Sample-Code":
        assert osd.level == "open"
    else:
        assert any(c.status == "fail" for c in osd.criteria)


def test_openai_terms_are_closed_because_nothing_may_be_modified_or_shared() -> None:
    lic = entry("LicenseRef-OpenAI-Terms-of-Use")
    result = verdict(lic, "article")
    assert {r.item for r in result.reasons} == {"rights.modify", "rights.share"}
    assert verdict(lic, "osd").level == "closed"
    improvement = [r for r in lic.restrictions if r.kind == "model-improvement-ban"]
    assert improvement and "compete" in (improvement[0].scope or "")


# --------------------------------------------------------------------------- typed parameters


@pytest.mark.parametrize(
    ("license_id", "threshold"),
    [
        *((f"LicenseRef-Llama-{v}", 700_000_000) for v in ("2", "3", "3.1", "3.2", "3.3", "4")),
        ("LicenseRef-Tongyi-Qianwen-2023", 100_000_000),
        ("LicenseRef-Qwen-2024", 100_000_000),
    ],
)
def test_user_thresholds_carry_the_number_and_the_verdict_shows_it(
    license_id: str, threshold: int
) -> None:
    lic = entry(license_id)
    (rule,) = restrictions_of(lic, UserThreshold)
    assert rule.threshold == threshold
    assert rule.metric == "monthly_active_users"
    messages = " ".join(r.message for r in verdict(lic, "article").reasons)
    assert f"{threshold:,}" in messages


def test_llama_2_threshold_matches_the_licence_text() -> None:
    text = flat(scancode_text("llama-2-license-2023"))
    match = re.search(r"greater than (\d+) million monthly active users", text)
    assert match
    (rule,) = restrictions_of(entry("LicenseRef-Llama-2"), UserThreshold)
    assert rule.threshold == int(match.group(1)) * 1_000_000


def test_stability_community_revenue_threshold() -> None:
    lic = entry("LicenseRef-Stability-AI-Community")
    (rule,) = restrictions_of(lic, RevenueThreshold)
    assert (rule.amount, rule.currency, rule.period) == (1_000_000, "USD", "annual")
    messages = " ".join(r.message for r in verdict(lic, "article").reasons)
    assert "USD 1,000,000" in messages
    attribution = [c for c in lic.conditions if c.kind == "attribution"]
    assert attribution and attribution[0].wording == "Powered by Stability AI"


@pytest.mark.parametrize(
    ("license_id", "host"),
    [
        *((f"LicenseRef-Llama-{v}", "meta.com") for v in ("2", "3", "3.1")),
        *((f"LicenseRef-Llama-{v}", "llama.com") for v in ("3.2", "3.3", "4")),
        ("LicenseRef-Gemma-Terms-of-Use", "ai.google.dev"),
        ("LicenseRef-Stability-AI-Community", "stability.ai"),
        ("LicenseRef-Falcon-180B-TII-1.0", "tiiuae/falcon-180b-license"),
        ("LicenseRef-TII-Falcon-2.0", "tii.ae"),
        ("LicenseRef-OpenAI-Terms-of-Use", "openai.com"),
        ("LicenseRef-NVIDIA-Open-Model", "nvidia.com"),
    ],
)
def test_acceptable_use_policies_have_the_licensors_url(license_id: str, host: str) -> None:
    (policy,) = restrictions_of(entry(license_id), AcceptableUsePolicy)
    assert policy.url and policy.url.startswith("https://")
    assert host in policy.url
    assert policy.incorporated_by_reference


@pytest.mark.parametrize(
    "license_id",
    [
        "LicenseRef-Llama-3.1",
        "LicenseRef-Gemma-Terms-of-Use",
        "LicenseRef-Stability-AI-Community",
        "LicenseRef-Falcon-180B-TII-1.0",
        "LicenseRef-TII-Falcon-2.0",
    ],
)
def test_policies_the_licensor_may_update_are_marked_changeable(license_id: str) -> None:
    (policy,) = restrictions_of(entry(license_id), AcceptableUsePolicy)
    assert policy.changeable_by_licensor
    messages = " ".join(r.message for r in verdict(entry(license_id), "article").reasons)
    assert "licensor may change" in messages


@pytest.mark.parametrize(
    ("license_id", "wording", "prefix"),
    [
        ("LicenseRef-Llama-3", "Built with Meta Llama 3", "Llama 3"),
        ("LicenseRef-Llama-3.1", "Built with Llama", "Llama"),
        ("LicenseRef-Llama-3.2", "Built with Llama", "Llama"),
        ("LicenseRef-Llama-3.3", "Built with Llama", "Llama"),
        ("LicenseRef-Llama-4", "Built with Llama", "Llama"),
    ],
)
def test_llama_naming_duties_are_attribution_conditions(
    license_id: str, wording: str, prefix: str
) -> None:
    lic = entry(license_id)
    (attribution,) = [c for c in lic.conditions if c.kind == "attribution"]
    assert (attribution.wording, attribution.name_prefix) == (wording, prefix)
    assert "attribution" in lic.rights.modify.conditions


def test_llama_2_text_has_the_improvement_ban_and_no_naming_duty() -> None:
    text = flat(scancode_text("llama-2-license-2023"))
    assert "improve any other large language model" in text
    assert "Built with" not in text
    lic = entry("LicenseRef-Llama-2")
    assert "model-improvement-ban" in lic.rights.modify.restrictions
    assert not [c for c in lic.conditions if c.kind == "attribution"]


def test_llama_3_1_dropped_the_improvement_ban_of_llama_3() -> None:
    kinds_3 = {r.kind for r in entry("LicenseRef-Llama-3").restrictions}
    kinds_31 = {r.kind for r in entry("LicenseRef-Llama-3.1").restrictions}
    assert "model-improvement-ban" in kinds_3
    assert "model-improvement-ban" not in kinds_31


@pytest.mark.parametrize("license_id", ["LicenseRef-Llama-3.2", "LicenseRef-Llama-4"])
def test_eu_exclusion_of_multimodal_llama_is_a_territory(license_id: str) -> None:
    (rule,) = restrictions_of(entry(license_id), Territory)
    assert rule.excluded == ("European Union",)


def test_llama_1_grants_distribution_for_research_so_it_is_not_closed() -> None:
    text = flat(scancode_text("llama-license-2023"))
    assert "reproduce, distribute, and create derivative works" in text
    assert "non-commercial research purposes" in text
    lic = entry("LicenseRef-LLaMA-1")
    assert lic.rights.share.status == "restricted"
    assert {"non-commercial", "research-only"} <= set(lic.rights.use.restrictions)
    assert lic.rights.commercial_use is not None
    assert lic.rights.commercial_use.status == "denied"


@pytest.mark.parametrize(("license_id", "key"), sorted(RAIL_TEXTS.items()))
def test_rail_use_lists_match_attachment_a(license_id: str, key: str) -> None:
    attachment = scancode_text(key).rsplit("Attachment A", 1)[1].split("\n", 1)[1]
    items = [
        line for line in attachment.splitlines() if re.match(r"(-\s|\([a-z]\)\s|\d+\.\s)", line)
    ]
    (uses,) = restrictions_of(entry(license_id), FieldOfUse)
    assert len(uses.uses) == len(items)


@pytest.mark.parametrize(("license_id", "key"), sorted(RAIL_TEXTS.items()))
def test_rail_pass_through_and_runtime_restriction_follow_the_text(
    license_id: str, key: str
) -> None:
    text = flat(scancode_text(key))
    kinds = {r.kind for r in entry(license_id).restrictions}
    assert "pass-through" in kinds
    assert ("restrict (remotely or otherwise)" in text) == ("remote-restriction" in kinds)
    assert ("latest version of the Model" in text) == ("latest-version" in kinds)


def test_nvidia_guardrail_clause_limits_use_and_ends_the_rights() -> None:
    lic = entry("LicenseRef-NVIDIA-Open-Model")
    (uses,) = restrictions_of(lic, FieldOfUse)
    assert any("guardrail" in use for use in uses.uses)
    termination = [r for r in lic.restrictions if r.kind == "termination"]
    assert any("guardrail" in t for r in termination for t in getattr(r, "triggers", ()))
    assert lic.rights.commercial_use is not None
    assert lic.rights.commercial_use.status == "granted"


# --------------------------------------------------------------------------- lookups


@pytest.mark.parametrize(("tag", "license_id"), sorted(HF_TAGS.items()))
def test_hugging_face_tags_resolve(tag: str, license_id: str) -> None:
    reg = default_registry()
    assert reg.get(tag).id == license_id
    assert reg.get(tag.upper()).id == license_id
    assert entry(license_id).huggingface_tag == tag


@pytest.mark.parametrize("license_id", MODEL_IDS)
def test_every_tag_and_alias_finds_its_own_entry(license_id: str) -> None:
    lic = entry(license_id)
    reg = default_registry()
    for key in (*lic.aliases, *(t for t in (lic.huggingface_tag,) if t)):
        assert license_id in reg.ids_for_alias(key), key


@pytest.mark.parametrize("license_id", MODEL_IDS)
def test_scancode_keys_are_those_of_the_pinned_data(license_id: str) -> None:
    # Keys documented only upstream are aliases; scancode_key names texts in 32.1.0.
    lic = entry(license_id)
    assert lic.scancode_key == SCANCODE_KEYS.get(license_id)
    if lic.scancode_key is None:
        return
    assert (licensedcode_dir() / "licenses" / f"{lic.scancode_key}.LICENSE").is_file()
    if lic.category is not None:
        assert lic.category == scancode_category(lic.scancode_key)
