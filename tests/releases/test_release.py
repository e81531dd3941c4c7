"""Model releases: the built-in data, lookups, located errors, user folders and both policies."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from licenseclass import (
    DataFileError,
    LicenseclassError,
    Registry,
    UnknownReleaseError,
    default_registry,
    get_license,
    get_release,
    release_verdict,
)
from licenseclass.cli import main
from licenseclass.core.model import LEVEL_RANK, ConditionKind, Provenance
from licenseclass.errors import UnknownPolicyError
from licenseclass.releases.catalog import (
    Component,
    Release,
    ReleaseCatalog,
    default_catalog,
    read_release,
)
from licenseclass.releases.summary import DUTY_WORDS, plain_summary
from licenseclass.releases.verdict import assess_release

REQUIRED = (
    "chatgpt",
    "llama-3.1-405b",
    "llama-4",
    "gemma-2",
    "mistral-7b",
    "mixtral-8x7b",
    "olmo-2",
    "pythia",
    "bloom",
    "falcon-180b",
    "deepseek-r1",
    "qwen2.5-72b",
    "phi-3",
    "grok-1",
    "stable-diffusion-xl",
)

PROVENANCE = """\
provenance:
  status: reviewed
  sources:
    - kind: other
      ref: written for this test
"""


def release_yaml(rid: str, components: str, extra: str = "") -> str:
    """A small release file: ``components`` is the YAML list body, indented by two spaces."""
    body = textwrap.indent(textwrap.dedent(components).strip("\n"), "  ")
    return (
        f"id: {rid}\nname: {rid} model\norganisation: Test Lab\n{extra}"
        f"components:\n{body}\n{PROVENANCE}"
    )


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


OPEN_WEIGHTS = """\
- kind: weights
  availability: public
  license: Apache-2.0
- kind: inference-code
  availability: public
  license: MIT
"""


# --------------------------------------------------------------------------- built-in data


def test_the_built_in_releases_cover_the_well_known_models() -> None:
    ids = {r.id for r in default_catalog()}
    assert set(REQUIRED) <= ids
    assert len(ids) >= 15


@pytest.mark.parametrize("rid", REQUIRED)
def test_every_built_in_release_cites_its_sources(rid: str) -> None:
    release = get_release(rid)
    assert release.provenance.sources, "a release needs at least one source"
    assert all(s.ref.startswith("https://") for s in release.provenance.sources)
    weights = release.of_kind("weights")
    assert weights, "every release says what happened to its weights"
    for _, component in weights:
        assert component.sources, f"{rid}: the weights fact needs a source URL"
    for component in release.components:
        assert all(url.startswith("https://") for url in component.sources)


def test_every_license_a_built_in_release_names_is_in_the_registry() -> None:
    missing = sorted(
        {
            f"{release.id}: {component.license}"
            for release in default_catalog()
            for component in release.components
            if component.license is not None and component.license not in default_registry()
        }
    )
    assert missing == []


def test_the_table_in_the_docs_matches_the_computed_verdicts() -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "releases.md"
    rows = [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in docs.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
    ]
    assert len(rows) == len(default_catalog())
    for cells in rows:
        release = get_release(cells[0].strip("`"))
        article, osaid = cells[-2], cells[-1]
        assert release_verdict(release, "article").level == article, release.id
        assert release_verdict(release, "osaid").level == osaid, release.id


# --------------------------------------------------------------------------- the cases


def test_chatgpt_is_closed_because_only_the_service_is_offered() -> None:
    release = get_release("chatgpt")
    for policy in ("article", "osaid"):
        v = release_verdict(release, policy)
        assert v.level == "closed"
        assert v.reasons[0].kind == "weights-unavailable"
        weights = next(c for c in v.criteria if c.number == 1)
        assert weights.status == "fail"
    assert "hosted service" in release_verdict(release).reasons[0].message


def test_llama_3_1_is_restricted_by_its_use_policy_and_user_threshold() -> None:
    v = release_verdict(get_release("Llama 3.1 405B"), "article")
    assert v.level == "restricted"
    kinds = {r.kind for r in v.reasons}
    assert {"acceptable-use-policy", "user-threshold"} <= kinds
    threshold = next(r for r in v.reasons if r.kind == "user-threshold")
    assert "700,000,000" in threshold.message
    assert threshold.license_id == "LicenseRef-Llama-3.1"
    # the reason points at the typed item inside the component it came from
    assert threshold.item is not None
    assert threshold.item.startswith("components[0]")
    lic = get_license("LicenseRef-Llama-3.1")
    assert any(getattr(r, "threshold", None) == 700_000_000 for r in lic.restrictions)


def test_mistral_7b_is_open_as_a_model_but_not_open_source_ai() -> None:
    release = get_release("mistral-7b")
    assert release_verdict(release, "article").level == "open"
    v = release_verdict(release, "osaid")
    assert v.level != "open"
    by_title = {c.title: c for c in v.criteria}
    assert by_title["Parameters (weights)"].status == "pass"
    assert by_title["Data information"].status == "fail"
    assert by_title["Code: training"].status == "fail"


def test_olmo_2_is_open_under_both_policies() -> None:
    release = get_release("OLMo 2")
    assert release_verdict(release, "article").level == "open"
    v = release_verdict(release, "osaid")
    assert v.level == "open"
    assert [c.status for c in v.criteria] == ["pass"] * 4


def test_the_breakdown_has_one_entry_per_component_and_serialises() -> None:
    release = get_release("llama-3.1-405b")
    result = assess_release(release, "osaid")
    assert [c.kind for c in result.components] == [c.kind for c in release.components]
    weights = result.components[0]
    assert (weights.kind, weights.availability, weights.level) == ("weights", "gated", "restricted")
    assert weights.weighed
    report = next(c for c in result.components if c.kind == "technical-report")
    assert not report.weighed
    again = type(result).model_validate_json(result.model_dump_json())
    assert again == result


def test_the_plain_summary_says_what_you_may_and_may_not_do() -> None:
    llama = plain_summary(assess_release(get_release("llama-3.1-405b")))
    assert llama.headline.startswith("SEMI-OPEN")
    assert any("after accepting the terms" in m for m in llama.may)
    assert any("700,000,000" in m for m in llama.may_not)
    # the naming duty of the license is spelled out for whoever shares the weights
    assert any('"Llama"' in m and "Built with Llama" in m for m in llama.may_not)
    mistral = plain_summary(assess_release(get_release("mistral-7b")))
    assert mistral.headline.startswith("OPEN SOURCE")
    assert any("also commercially" in m for m in mistral.may)
    assert not any("when using the service" in m for m in mistral.may_not)
    chatgpt = plain_summary(assess_release(get_release("chatgpt")))
    assert chatgpt.may_not[0].startswith("get the model's weights")


# --------------------------------------------------------------------------- policy rules


def judge(tmp_path: Path, components: str, policy: str = "article") -> str:
    path = write(tmp_path, "probe.yaml", release_yaml("probe", components))
    return release_verdict(read_release(path), policy).level  # type: ignore[arg-type]


def test_weights_behind_an_api_are_closed_even_with_open_code(tmp_path: Path) -> None:
    level = judge(
        tmp_path,
        """\
        - kind: weights
          availability: api-only
        - kind: inference-code
          availability: public
          license: Apache-2.0
        """,
    )
    assert level == "closed"


def test_open_weights_and_code_are_open(tmp_path: Path) -> None:
    assert judge(tmp_path, OPEN_WEIGHTS) == "open"


def test_weights_without_a_stated_license_are_unknown(tmp_path: Path) -> None:
    level = judge(tmp_path, "- kind: weights\n  availability: public\n")
    assert level == "unknown"


def test_a_license_the_registry_does_not_know_gives_unknown(tmp_path: Path) -> None:
    level = judge(
        tmp_path, "- kind: weights\n  availability: public\n  license: LicenseRef-Nobody-1.0\n"
    )
    assert level == "unknown"


def test_restricted_code_makes_open_weights_semi_open(tmp_path: Path) -> None:
    components = OPEN_WEIGHTS.replace("license: MIT", "license: CC-BY-NC-4.0")
    assert judge(tmp_path, components) == "restricted"


def test_a_choice_of_licenses_takes_the_better_one(tmp_path: Path) -> None:
    components = OPEN_WEIGHTS.replace("Apache-2.0", "LicenseRef-Llama-3.1 OR Apache-2.0")
    assert judge(tmp_path, components) == "open"
    components = OPEN_WEIGHTS.replace("Apache-2.0", "LicenseRef-Llama-3.1 AND Apache-2.0")
    assert judge(tmp_path, components) == "restricted"


def test_osaid_accepts_data_documentation_instead_of_the_data(tmp_path: Path) -> None:
    base = OPEN_WEIGHTS + (
        "- kind: training-code\n  availability: public\n  license: Apache-2.0\n"
        "- kind: training-data\n  availability: unavailable\n"
    )
    assert judge(tmp_path, base, "osaid") == "restricted"
    documented = base + (
        "- kind: data-documentation\n  availability: public\n  license: CC-BY-4.0\n"
    )
    assert judge(tmp_path, documented, "osaid") == "open"


def test_osaid_fails_when_the_training_code_is_missing(tmp_path: Path) -> None:
    components = OPEN_WEIGHTS + (
        "- kind: training-data\n  availability: public\n  license: ODC-By-1.0\n"
    )
    path = write(tmp_path, "probe.yaml", release_yaml("probe", components))
    v = release_verdict(read_release(path), "osaid")
    assert v.level == "restricted"
    training = next(c for c in v.criteria if c.title == "Code: training")
    assert training.status == "fail"
    assert training.reasons[0].kind == "missing"


@pytest.mark.parametrize("policy", ["osd", "nope"])
def test_an_unknown_policy_is_refused(policy: str) -> None:
    with pytest.raises(UnknownPolicyError, match="unknown policy") as info:
        release_verdict(get_release("olmo-2"), policy)  # type: ignore[arg-type]
    assert isinstance(info.value, LicenseclassError)
    assert info.value.expected == ("article", "osaid")


# --------------------------------------------------------------------------- properties

_LICENSES = (
    None,
    "Apache-2.0",
    "MIT",
    "CC-BY-NC-4.0",
    "LicenseRef-Llama-3.1",
    "MIT OR GPL-3.0-only",
)
components = st.builds(
    Component,
    kind=st.sampled_from(
        ["weights", "inference-code", "training-code", "training-data", "data-documentation"]
    ),
    availability=st.sampled_from(["public", "gated", "api-only", "unavailable"]),
    license=st.sampled_from(_LICENSES),
)
releases = st.lists(components, min_size=1, max_size=6).map(
    lambda parts: Release(
        id="probe",
        name="Probe",
        organisation="Test Lab",
        components=tuple(parts),
        provenance=Provenance(status="reviewed"),
    )
)


@pytest.mark.property
@settings(max_examples=120, deadline=None)
@given(releases)
def test_release_verdicts_are_consistent(release: Release) -> None:
    article = release_verdict(release, "article")
    osaid = release_verdict(release, "osaid")
    obtainable = any(c.availability in ("public", "gated") for _, c in release.of_kind("weights"))
    if not obtainable:  # no weights to get: closed, whatever else is published
        assert article.level == osaid.level == "closed"
    if osaid.level == "open":  # the OSAID asks for more than the article policy
        assert article.level == "open"
    assert article.reasons  # every verdict explains itself
    assert osaid.reasons
    assert len(osaid.criteria) == 4


@pytest.mark.property
@settings(max_examples=120, deadline=None)
@given(releases, st.data())
def test_withholding_a_part_never_opens_a_release(release: Release, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(release.components) - 1))
    parts = list(release.components)
    parts[index] = parts[index].model_copy(update={"availability": "unavailable"})
    withheld = release.model_copy(update={"components": tuple(parts)})
    for policy in ("article", "osaid"):
        before = release_verdict(release, policy).level
        after = release_verdict(withheld, policy).level
        if before != "open":
            assert after != "open"
        if before == "closed":
            assert after == "closed"
        assert LEVEL_RANK[after] <= LEVEL_RANK[before] or before == "unknown"


# --------------------------------------------------------------------------- lookups


@pytest.mark.parametrize("key", ["chatgpt", "ChatGPT", "GPT-4o", "gpt_4o", " CHATGPT "])
def test_lookup_by_id_alias_or_name_ignores_case(key: str) -> None:
    assert get_release(key).id == "chatgpt"


@pytest.mark.parametrize(
    ("repo", "rid"),
    [
        ("mistralai/Mistral-7B-v0.1", "mistral-7b"),
        ("meta-llama/Llama-3.1-405B", "llama-3.1-405b"),
        ("allenai/OLMo-2-1124-13B", "olmo-2"),
        ("EleutherAI/pythia-12b", "pythia"),
    ],
)
def test_a_hugging_face_repository_id_finds_its_release(repo: str, rid: str) -> None:
    assert get_release(repo).id == rid


def test_an_unknown_release_suggests_near_misses() -> None:
    with pytest.raises(UnknownReleaseError) as caught:
        get_release("chatgtp")
    assert "chatgpt" in caught.value.suggestions
    assert "Unknown release: 'chatgtp'" in str(caught.value)


# --------------------------------------------------------------------------- bad files


@pytest.mark.parametrize(
    ("components", "field", "line", "words"),
    [
        ("- kind: weights\n  availability: downloadable\n", "components.0.availability", 6, ""),
        ("- kind: weigths\n  availability: public\n", "components.0.kind", 5, ""),
        (
            "- kind: weights\n  availability: public\n  license: MIT AND\n",
            "components.0.license",
            7,
            "SPDX",
        ),
        (
            "- kind: weights\n  availability: public\n  license: Apache 2.0\n",
            "components.0.license",
            7,
            "expected AND, OR or WITH",
        ),
        (
            "- kind: weights\n  availability: public\n  licence: MIT\n",
            "components.0.licence",
            7,
            "",
        ),
    ],
)
def test_a_bad_release_file_names_the_file_line_and_field(
    tmp_path: Path, components: str, field: str, line: int, words: str
) -> None:
    path = write(tmp_path, "bad.yaml", release_yaml("bad", components))
    with pytest.raises(DataFileError) as caught:
        read_release(path)
    err = caught.value
    assert err.path == path
    assert err.field == field
    assert err.line == line
    assert words in str(err)
    assert str(err).startswith(f"{path}:{line}:")


def test_a_release_without_components_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.yaml", f"id: empty\nname: E\norganisation: O\n{PROVENANCE}")
    with pytest.raises(DataFileError) as caught:
        read_release(path)
    assert caught.value.field == "components"


def test_malformed_yaml_is_a_located_error(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.yaml", "id: broken\ncomponents: [\n  - kind: weights\n")
    with pytest.raises(DataFileError) as caught:
        read_release(path)
    assert caught.value.line is not None
    assert "malformed YAML" in str(caught.value)


def test_a_missing_release_file_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="not a regular file"):
        read_release(tmp_path / "nowhere.yaml")


def test_a_folder_with_one_bad_file_loads_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    write(folder, "good.yaml", release_yaml("good", OPEN_WEIGHTS))
    write(folder, "zbad.yaml", release_yaml("zbad", "- kind: weights\n  availability: maybe\n"))
    catalog = ReleaseCatalog([folder])
    with pytest.raises(DataFileError) as caught:
        catalog.get("good")
    assert caught.value.path.name == "zbad.yaml"
    with pytest.raises(DataFileError):  # still refused: nothing was kept half-way
        catalog.get("chatgpt")


def test_a_symlink_loop_in_a_user_folder_is_a_typed_error(tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    with pytest.raises(DataFileError, match="not a regular file"):
        ReleaseCatalog([folder]).get("chatgpt")


def test_a_non_utf8_release_file_is_a_located_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"id: latin\nname: Caf\xe9\n")
    with pytest.raises(DataFileError, match="UTF-8") as caught:
        read_release(path)
    assert caught.value.line == 2


def test_the_file_name_must_match_the_id(tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    write(folder, "other-name.yaml", release_yaml("acme-7b", OPEN_WEIGHTS))
    with pytest.raises(DataFileError, match="does not match the file name") as caught:
        ReleaseCatalog([folder]).get("acme-7b")
    assert caught.value.line == 1


def test_a_missing_user_folder_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="not a folder"):
        ReleaseCatalog([tmp_path / "absent"]).get("chatgpt")


# --------------------------------------------------------------------------- user folders


def test_a_user_folder_adds_releases_and_overrides_built_in_ones(tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    write(
        folder,
        "acme-7b.yaml",
        release_yaml("acme-7b", OPEN_WEIGHTS, extra="aliases: [Acme Seven]\n"),
    )
    closed = "- kind: weights\n  availability: unavailable\n"
    write(folder, "mistral-7b.yaml", release_yaml("mistral-7b", closed))
    catalog = ReleaseCatalog([folder])
    assert catalog.get("acme seven").id == "acme-7b"
    assert release_verdict(catalog.get("acme-7b")).level == "open"
    assert release_verdict(catalog.get("MISTRAL-7B")).level == "closed"
    assert "chatgpt" in catalog  # the built-in releases are still there
    assert release_verdict(get_release("mistral-7b")).level == "open"  # default untouched


def test_a_user_release_can_use_a_user_license(tmp_path: Path) -> None:
    licenses = tmp_path / "licenses"
    write(
        licenses,
        "LicenseRef-Acme-Research.yaml",
        """\
id: LicenseRef-Acme-Research
name: Acme Research License
kind: model
rights:
  use: {status: restricted, restrictions: [research-only]}
  modify: {status: granted}
  share: {status: granted}
restrictions:
  - kind: research-only
provenance:
  status: reviewed
  sources:
    - kind: license-text
      ref: Acme Research License, section 1
""",
    )
    components = OPEN_WEIGHTS.replace("Apache-2.0", "LicenseRef-Acme-Research")
    path = write(tmp_path, "acme.yaml", release_yaml("acme", components))
    v = release_verdict(read_release(path), "article", Registry([licenses]))
    assert v.level == "restricted"
    assert any(r.kind == "research-only" for r in v.reasons)


# --------------------------------------------------------------------------- CLI


def test_cli_answers_is_chatgpt_open_source_in_the_first_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["release", "chatgpt"]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert "ChatGPT" in first
    assert "CLOSED" in first
    assert "not open source" in first
    assert "What you may do:" in out
    assert "weights: they are not published" in out
    # the typed restrictions of the service terms are spelled out, not just the level
    assert "when using the service: use must follow an acceptable-use policy" in out
    assert len(out.splitlines()) <= 40  # one screen


def test_cli_json_carries_the_verdict_and_components(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["release", "mistral-7b", "--policy", "osaid", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"]["level"] == "restricted"
    assert data["release"]["id"] == "mistral-7b"
    assert {c["kind"] for c in data["components"]} >= {"weights", "training-data"}


def test_cli_reads_a_release_file_and_a_user_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "releases", "acme-7b.yaml", release_yaml("acme-7b", OPEN_WEIGHTS))
    assert main(["release", str(path)]) == 0
    assert "OPEN SOURCE" in capsys.readouterr().out.splitlines()[0]
    assert main(["release", "acme-7b", "--releases", str(tmp_path / "releases")]) == 0
    assert "acme-7b model" in capsys.readouterr().out


def test_cli_lists_every_release_with_both_verdicts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["release", "--format", "json"]) == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert set(rows) == {r.id for r in default_catalog()}
    assert (rows["chatgpt"]["article"], rows["chatgpt"]["osaid"]) == ("closed", "closed")
    assert (rows["mistral-7b"]["article"], rows["mistral-7b"]["osaid"]) == ("open", "restricted")
    assert main(["release"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "release", "article", "osaid"]
    assert len(lines) == len(rows) + 1


def test_cli_reports_bad_input_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["release", "no-such-model"]) == 2
    assert "Unknown release" in capsys.readouterr().err
    bad = write(tmp_path, "bad.yaml", release_yaml("bad", "- kind: weights\n  availability: x\n"))
    assert main(["release", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:6:" in err
    assert "Traceback" not in err


def test_every_condition_kind_has_duty_words() -> None:
    assert set(DUTY_WORDS) == set(get_args(ConditionKind))


def test_osaid_speaks_of_data_information_not_the_data(tmp_path: Path) -> None:
    # OSAID 1.0 asks for "sufficiently detailed information about the data used to train the
    # system"; a missing data set is reported as missing information, never as missing data
    base = OPEN_WEIGHTS + (
        "- kind: training-code\n  availability: public\n  license: Apache-2.0\n"
        "- kind: training-data\n  availability: unavailable\n"
    )
    path = write(tmp_path, "probe.yaml", release_yaml("probe", base))
    result = assess_release(read_release(path), "osaid")
    data = next(c for c in result.verdict.criteria if c.title == "Data information")
    assert data.status == "fail"
    assert "information about the data used to train" in data.reasons[0].message
    assert "not for the data itself" in data.reasons[0].message
    lines = plain_summary(result).may_not
    assert any("information about it" in line for line in lines)
    documented = base + "- kind: data-documentation\n  availability: public\n  license: CC0-1.0\n"
    path = write(tmp_path, "probe.yaml", release_yaml("probe", documented))
    result = assess_release(read_release(path), "osaid")
    assert not any("training data" in line for line in plain_summary(result).may_not)
    no_parts = write(tmp_path, "bare.yaml", release_yaml("bare", OPEN_WEIGHTS))
    bare = release_verdict(read_release(no_parts), "osaid")
    missing = next(c for c in bare.criteria if c.title == "Data information")
    assert "information about the data used to train" in missing.reasons[0].message
