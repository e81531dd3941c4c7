"""The verdict algebra over expression trees: OR best, AND worst, WITH by effect, + by version."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import licenseclass
from licenseclass.core.registry import Registry
from licenseclass.errors import InvalidExpressionError, UnknownPolicyError
from licenseclass.expressions.verdicts import classify_expression, later_versions

_RIGHTS = {
    "open": "use: {status: granted}\n  modify: {status: granted}\n  share: {status: granted}",
    "restricted": (
        "use: {status: restricted, restrictions: [non-commercial]}\n"
        "  modify: {status: granted}\n  share: {status: granted}"
    ),
    "closed": "use: {status: granted}\n  modify: {status: denied}\n  share: {status: denied}",
    "unknown": "use: {status: unknown}",
}


def _write(folder: Path, license_id: str, level: str, extra: str = "") -> None:
    restrictions = "restrictions:\n  - kind: non-commercial\n" if level == "restricted" else ""
    (folder / f"{license_id}.yaml").write_text(
        f"id: {license_id}\nname: {license_id} test entry\n{extra}"
        f"rights:\n  {_RIGHTS[level]}\n{restrictions}"
        "provenance:\n  status: derived\n",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Registry:
    """A small registry of made-up entries, one per level, plus two exceptions."""
    folder = tmp_path_factory.mktemp("algebra-data")
    for level in ("open", "restricted", "closed", "unknown"):
        _write(folder, f"LicenseRef-{level.title()}", level)
    _write(folder, "MIT", "open")
    _write(folder, "CC-BY-NC-3.0", "restricted")
    _write(folder, "CC-BY-NC-4.0", "open")  # made up, to see '+' pick a later version
    _write(folder, "CC-BY-ND-3.0", "restricted")
    _write(
        folder,
        "Classpath-exception-2.0",
        "open",
        "kind: exception\nexception_effect: additional-permission\n",
    )
    _write(
        folder,
        "LicenseRef-Clause",
        "restricted",
        "kind: exception\nexception_effect: restriction\naliases: [The Clause]\n",
    )
    return Registry([folder], builtin=False)


def _level(expr: str, registry: Registry, policy: str = "article") -> str:
    return classify_expression(expr, policy, registry).level  # type: ignore[arg-type]


LEVELS = ("Open", "Restricted", "Closed", "Unknown")


@pytest.mark.parametrize("a", LEVELS)
@pytest.mark.parametrize("b", LEVELS)
def test_or_is_best_and_is_worst(a: str, b: str, registry: Registry) -> None:
    rank = {"closed": 0, "unknown": 1, "restricted": 2, "open": 3}
    la, lb = a.lower(), b.lower()
    either = _level(f"LicenseRef-{a} OR LicenseRef-{b}", registry)
    both = _level(f"LicenseRef-{a} AND LicenseRef-{b}", registry)
    assert either == max(la, lb, key=rank.__getitem__)
    assert both == min(la, lb, key=rank.__getitem__)


def test_unknown_ref_under_and_and_or(registry: Registry) -> None:
    result = classify_expression("MIT AND LicenseRef-Nowhere", registry=registry)
    assert result.level == "unknown"
    assert result.unknown == ("LicenseRef-Nowhere",)
    assert classify_expression("MIT OR LicenseRef-Nowhere", registry=registry).level == "open"


def test_unknown_spdx_id_is_reported_not_fatal(registry: Registry) -> None:
    result = classify_expression("MIT AND Made-Up-1.0", registry=registry)
    assert result.level == "unknown"
    assert result.unknown == ("Made-Up-1.0",)
    with pytest.raises(InvalidExpressionError):
        classify_expression("MIT AND Made-Up-1.0", registry=registry, strict=True)


def test_additional_permission_never_lowers(registry: Registry) -> None:
    assert _level("MIT WITH Classpath-exception-2.0", registry) == "open"
    assert _level("CC-BY-ND-3.0 WITH Classpath-exception-2.0", registry) == "restricted"


def test_restricting_addition_lowers_to_restricted_at_most(registry: Registry) -> None:
    # written by its alias ('The Clause'; aliases compare '-' and ' ' alike)
    assert _level("MIT WITH The-Clause", registry) == "restricted"
    result = classify_expression("MIT WITH LicenseRef-Clause", registry=registry)
    assert result.level == "restricted"
    assert result.verdict.reasons[0].kind == "restriction"
    assert _level("LicenseRef-Closed WITH LicenseRef-Clause", registry) == "closed"


def test_exception_written_by_alias_is_resolved() -> None:
    result = classify_expression("Apache-2.0 WITH Commons-Clause")
    assert result.level == "restricted"
    assert any(r.license_id == "LicenseRef-Commons-Clause" for r in result.verdict.reasons)


def test_unknown_exception_makes_the_leaf_unknown(registry: Registry) -> None:
    result = classify_expression("MIT WITH AdditionRef-Mystery", registry=registry)
    assert result.level == "unknown"
    assert result.unknown == ("AdditionRef-Mystery",)


def test_or_later_takes_the_best_later_version(registry: Registry) -> None:
    assert _level("CC-BY-NC-3.0", registry) == "restricted"
    assert _level("CC-BY-NC-3.0+", registry) == "open"  # the made-up 4.0 entry is open
    assert _level("CC-BY-ND-3.0+", registry) == "restricted"  # no later version in this data


def test_or_later_with_the_builtin_data_keeps_non_commercial() -> None:
    assert classify_expression("CC-BY-NC-2.0+").level == "restricted"
    assert classify_expression("LGPL-2.1+").level == "open"


def test_later_versions() -> None:
    assert later_versions("CC-BY-NC-3.0") == ["CC-BY-NC-4.0"]
    assert later_versions("LGPL-2.1") == ["LGPL-3.0", "LGPL-3.0-only", "LGPL-3.0-or-later"]
    assert later_versions("MPL-2.0") == []
    assert later_versions("CC-BY-NC-3.0-DE") == []  # a port has no family here


def test_or_keeps_every_choice_and_names_the_best(registry: Registry) -> None:
    result = classify_expression(
        "LicenseRef-Closed OR LicenseRef-Restricted AND MIT OR MIT OR LicenseRef-Unknown",
        registry=registry,
    )
    assert [(c.expression, c.level, c.best) for c in result.choices] == [
        ("LicenseRef-Closed", "closed", False),
        ("LicenseRef-Restricted AND MIT", "restricted", False),
        ("MIT", "open", True),
        ("LicenseRef-Unknown", "unknown", False),
    ]
    assert result.best_choice == "MIT"
    assert result.level == "open"


def test_precedence_matters_for_the_verdict(registry: Registry) -> None:
    assert _level("MIT OR MIT AND LicenseRef-Restricted", registry) == "open"
    assert _level("(MIT OR MIT) AND LicenseRef-Restricted", registry) == "restricted"


def test_per_leaf_verdicts_and_json(registry: Registry) -> None:
    result = classify_expression(
        "MIT AND (LicenseRef-Restricted OR MIT WITH Classpath-exception-2.0)", registry=registry
    )
    assert [(leaf.expression, leaf.level, leaf.known) for leaf in result.leaves] == [
        ("MIT", "open", True),
        ("LicenseRef-Restricted", "restricted", True),
        ("MIT WITH Classpath-exception-2.0", "open", True),
    ]
    data = json.loads(result.model_dump_json())
    assert data["expression"] == result.expression
    assert data["tree"]["type"] == "and"
    assert data["verdict"]["level"] == "open"
    assert data["choices"] == []


def test_osd_policy_is_combined_the_same_way() -> None:
    result = classify_expression("MIT OR CC-BY-NC-4.0", policy="osd")
    assert result.verdict.policy == "osd"
    assert result.level == "open"
    assert classify_expression("MIT AND CC-BY-NC-4.0", policy="osd").level == "restricted"


@pytest.mark.parametrize(
    ("expr", "level"),
    [
        ("MPL-2.0 AND CC-BY-NC-SA-4.0", "restricted"),
        ("BUSL-1.1 OR GPL-3.0-or-later", "open"),
        ("SSPL-1.0 AND ISC", "restricted"),
        ("GPL-3.0-only WITH GCC-exception-3.1", "open"),
        ("(ISC OR BSD-2-Clause) AND CC-BY-ND-4.0", "restricted"),
        ("ISC OR (BSD-2-Clause AND CC-BY-ND-4.0)", "open"),
        ("Zlib AND LicenseRef-Not-In-The-Data", "unknown"),
        ("Zlib OR LicenseRef-Not-In-The-Data", "open"),
    ],
)
def test_builtin_data(expr: str, level: str) -> None:
    assert classify_expression(expr).level == level


def test_bad_input() -> None:
    with pytest.raises(InvalidExpressionError):
        classify_expression("MIT OR")
    for policy in ("nope", "osaid"):
        with pytest.raises(UnknownPolicyError, match="unknown policy") as info:
            classify_expression("MIT", policy=policy)  # type: ignore[arg-type]
        assert isinstance(info.value, ValueError)
        assert info.value.policy == policy


def test_large_expression_is_classified(registry: Registry) -> None:
    big = " AND ".join(["MIT", "LicenseRef-Open"] * 50_000)
    assert classify_expression(big, registry=registry).level == "open"


def test_public_api_name() -> None:
    assert licenseclass.classify_expression("MIT OR CC-BY-NC-4.0").level == "open"


def test_terms_are_intersected_under_and_and_chosen_under_or(registry: Registry) -> None:
    both = classify_expression("MIT AND LicenseRef-Restricted", registry=registry).terms
    assert (both.use, both.modify, both.share) == ("restricted", "granted", "granted")
    assert both.restrictions == ("non-commercial",)
    closed = classify_expression("MIT AND LicenseRef-Closed", registry=registry).terms
    assert (closed.modify, closed.share) == ("denied", "denied")
    either = classify_expression("LicenseRef-Restricted OR MIT", registry=registry).terms
    assert (either.use, either.restrictions) == ("granted", ())


def test_terms_of_a_restricting_addition_are_joined() -> None:
    terms = classify_expression("Apache-2.0 WITH Commons-Clause").terms
    assert "no-selling" in terms.restrictions
    assert terms.use == "restricted"
    assert "notice" in terms.conditions  # Apache-2.0's own conditions are kept


def test_terms_of_an_unknown_leaf_are_unknown(registry: Registry) -> None:
    terms = classify_expression("MIT AND LicenseRef-Nowhere", registry=registry).terms
    assert (terms.use, terms.modify, terms.share) == ("unknown", "unknown", "unknown")


def test_each_registry_gets_the_terms_of_its_own_entries(tmp_path: Path) -> None:
    # Same id, different entries: terms are remembered per entry object, never per id.
    for level, restrictions in (("open", []), ("restricted", ["non-commercial"]), ("open", [])):
        folder = tmp_path / f"{level}-{len(list(tmp_path.iterdir()))}"
        folder.mkdir()
        _write(folder, "LicenseRef-Same", level)
        result = classify_expression("LicenseRef-Same", registry=Registry([folder], builtin=False))
        assert result.level == level
        assert list(result.terms.restrictions) == restrictions
