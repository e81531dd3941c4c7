"""Policy gates: OR choices, allow and deny lists, fail-on levels, policy files, CLI options."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from licenseclass.cli.policy_options import (
    add_policy_arguments,
    add_report_format_argument,
    policy_from_args,
)
from licenseclass.core.model import Level, Reason, Verdict
from licenseclass.errors import DataFileError
from licenseclass.scan.policy import Policy, apply_policy, exit_code, load_policy
from licenseclass.scan.results import PackageConclusion, ScanReport


def package(
    name: str,
    declared: str | None = None,
    detected: str | None = None,
    level: Level = "open",
) -> PackageConclusion:
    agreement = "agree" if declared and declared == detected else "declared-only"
    if declared and detected and declared != detected:
        agreement = "conflicting"
    if not (declared or detected):
        agreement = "none"
    return PackageConclusion(
        name=name,
        path=name,
        declared_expression=declared,
        detected_expression=detected,
        agreement=agreement,
        verdict=Verdict(level=level, policy="article"),
    )


def failed(policy: Policy, *packages: PackageConclusion) -> dict[str, str]:
    """Package name -> the rule it broke."""
    judged = apply_policy(ScanReport(packages=packages), policy)
    assert judged.policy is not None
    assert judged.policy.passed == (not judged.policy.failures)
    return {f.package: f.rule for f in judged.policy.failures}


def test_an_or_choice_that_is_allowed_lets_the_package_through() -> None:
    policy = Policy(deny=("GPL-3.0-only",))
    assert failed(policy, package("dual", "MIT OR GPL-3.0-only")) == {}
    assert failed(policy, package("gpl", "GPL-3.0-only")) == {"gpl": "deny GPL-3.0-only"}
    # AND needs every part: the denied one cannot be left out
    assert failed(policy, package("both", "MIT AND GPL-3.0-only")) == {"both": "deny GPL-3.0-only"}
    # nested: (MIT AND GPL) OR Apache-2.0 passes through its second choice
    assert failed(policy, package("nested", "(MIT AND GPL-3.0-only) OR Apache-2.0")) == {}


def test_a_verdict_less_open_than_its_ids_is_judged_too() -> None:
    # an MIT text with a non-commercial sentence added: the id says open, the verdict does not
    added = PackageConclusion(
        name="mit-nc",
        path="mit-nc",
        detected_expression="MIT",
        agreement="detected-only",
        verdict=Verdict(
            level="restricted",
            policy="article",
            reasons=(Reason(message="non-commercial use only (LICENSE line 22)"),),
        ),
    )
    judged = apply_policy(ScanReport(packages=(added,)), Policy(fail_on=("restricted",)))
    assert judged.policy is not None
    [failure] = judged.policy.failures
    assert failure.rule == "fail-on restricted"
    assert "beyond what MIT says: non-commercial use only (LICENSE line 22)" in failure.message
    assert failed(Policy(fail_on=("closed",)), added) == {}
    # a verdict as open as the best OR choice is no extra failure
    assert failed(Policy(fail_on=("restricted",)), package("choice", "CC-BY-NC-4.0 OR MIT")) == {}


def test_deprecated_ids_match_their_successors() -> None:
    # GPL-3.0 is the deprecated spelling of GPL-3.0-only, GPL-2.0+ of GPL-2.0-or-later
    assert failed(Policy(deny=("GPL-3.0-only",)), package("old", "GPL-3.0")) == {
        "old": "deny GPL-3.0-only"
    }
    assert failed(Policy(deny=("GPL-2.0+",)), package("new", "GPL-2.0-or-later")) == {
        "new": "deny GPL-2.0-or-later"
    }
    assert failed(Policy(deny=("GPL-2.0-only",)), package("later", "GPL-2.0-or-later")) == {}


def test_fail_on_judges_each_leaf_by_its_own_level() -> None:
    policy = Policy(fail_on=("restricted", "closed"))
    result = apply_policy(
        ScanReport(
            packages=(
                package("nc", "MIT AND CC-BY-NC-4.0", level="restricted"),
                package("choice", "CC-BY-NC-4.0 OR MIT"),
                package("plain", "Apache-2.0"),
            )
        ),
        policy,
    )
    assert result.policy is not None
    assert [(f.package, f.rule) for f in result.policy.failures] == [("nc", "fail-on restricted")]
    assert "CC-BY-NC-4.0 is restricted" in result.policy.failures[0].message
    assert exit_code(result) == 1


def test_allow_overrides_the_level_and_deny_wins_over_nothing_else() -> None:
    nc = package("nc", "CC-BY-NC-4.0", level="restricted")
    assert failed(Policy(fail_on=("restricted",)), nc) == {"nc": "fail-on restricted"}
    assert failed(Policy(fail_on=("restricted",), allow=("cc-by-nc-4.0",)), nc) == {}
    with pytest.raises(ValueError, match="both allowed and denied"):
        Policy(allow=("MIT",), deny=("mit",))


def test_with_needs_the_license_and_the_exception_allowed() -> None:
    expr = "GPL-2.0-or-later WITH Classpath-exception-2.0"
    assert failed(Policy(deny=("Classpath-exception-2.0",)), package("j", expr)) == {
        "j": "deny Classpath-exception-2.0"
    }
    assert failed(Policy(deny=("GPL-2.0-or-later",)), package("j", expr)) == {
        "j": "deny GPL-2.0-or-later"
    }
    assert failed(Policy(deny=("MIT",)), package("j", expr)) == {}


def test_unknown_and_unreadable_expressions_fail_on_unknown_only() -> None:
    packages = (
        package("nothing", level="unknown"),
        package("ref", "LicenseRef-acme-eula"),
        package("broken", "MIT AND (", level="unknown"),
    )
    assert failed(Policy(fail_on=("unknown",)), *packages) == {
        "nothing": "fail-on unknown",
        "ref": "fail-on unknown",
        "broken": "fail-on unknown",
    }
    assert failed(Policy(fail_on=("restricted",)), *packages) == {}
    assert failed(Policy(fail_on=("unknown",), allow=("LicenseRef-acme-eula",)), packages[1]) == {}


def test_conflicting_declared_and_detected_must_both_pass() -> None:
    split = package("split", "MIT", "GPL-3.0-only")
    assert failed(Policy(deny=("GPL-3.0-only",)), split) == {"split": "deny GPL-3.0-only"}
    assert failed(Policy(deny=("ISC",)), split) == {}


def test_an_empty_policy_passes_and_no_policy_exits_0() -> None:
    report = ScanReport(packages=(package("x", "AGPL-3.0-only"),))
    assert exit_code(report) == 0
    judged = apply_policy(report, Policy())
    assert judged.policy is not None
    assert judged.policy.passed
    assert exit_code(judged) == 0


def test_bad_levels_and_ids_are_refused() -> None:
    with pytest.raises(ValueError, match=r"fail-on|fail_on"):
        Policy(fail_on=("forbidden",))
    with pytest.raises(ValueError, match="not an SPDX license"):
        Policy(deny=("GPL3",))


def test_a_yaml_policy_file_is_read_strictly(tmp_path: Path) -> None:
    good = tmp_path / "policy.yaml"
    good.write_text("fail-on: [restricted, closed]\nallow: [MIT]\ndeny:\n  - GPL-3.0-only\n")
    assert load_policy(good) == Policy(
        fail_on=("restricted", "closed"), allow=("MIT",), deny=("GPL-3.0-only",)
    )
    typo = tmp_path / "typo.yaml"
    typo.write_text("fail-on: restricted\ndenny: [GPL-3.0-only]\n")
    with pytest.raises(DataFileError) as info:
        load_policy(typo)
    assert info.value.line == 2
    assert info.value.field == "denny"
    twice = tmp_path / "twice.yaml"
    twice.write_text("deny: [MIT]\ndeny: [ISC]\n")
    with pytest.raises(DataFileError, match="duplicate key"):
        load_policy(twice)


def test_a_policy_in_pyproject_toml(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[project]\nname = "x"\n\n[tool.licenseclass]\n'
        'fail-on = ["closed", "unknown"]\ndeny = ["AGPL-3.0-only"]\nexclude = ["vendor/"]\n'
    )
    assert load_policy(pyproject) == Policy(fail_on=("closed", "unknown"), deny=("AGPL-3.0-only",))
    pyproject.write_text('[tool.licenseclass]\ndenny = ["MIT"]\n')
    with pytest.raises(DataFileError, match="unknown key") as info:
        load_policy(pyproject)
    assert info.value.field == "tool.licenseclass.denny"
    pyproject.write_text('[project]\nname = "x"\n')
    with pytest.raises(DataFileError, match=r"no \[tool.licenseclass\]"):
        load_policy(pyproject)
    pyproject.write_text("[tool.licenseclass\n")
    with pytest.raises(DataFileError, match="not valid TOML"):
        load_policy(pyproject)


def parse_options(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*")
    add_policy_arguments(parser)
    add_report_format_argument(parser)
    return parser.parse_args(argv)


def test_the_format_option_takes_the_public_names() -> None:
    assert parse_options(["."]).format == "table"
    assert parse_options(["--format", "cyclonedx-json"]).format == "cyclonedx-json"
    with pytest.raises(SystemExit):
        parse_options(["--format", "xml"])


def test_command_line_options(tmp_path: Path) -> None:
    assert policy_from_args(parse_options(["."])) is None
    args = parse_options(
        [
            *("--fail-on", "restricted,closed", "--allow", "MIT"),
            *("--deny", "GPL-3.0-only,AGPL-3.0-only", "--fail-on", "unknown", "."),
        ]
    )
    assert args.paths == ["."]
    assert policy_from_args(args) == Policy(
        fail_on=("restricted", "closed", "unknown"),
        allow=("MIT",),
        deny=("GPL-3.0-only", "AGPL-3.0-only"),
    )
    file = tmp_path / "policy.yml"
    file.write_text("deny: [GPL-3.0-only]\nfail-on: [closed]\n")
    merged = policy_from_args(parse_options(["--policy", str(file), "--fail-on", "unknown"]))
    assert merged == Policy(fail_on=("closed", "unknown"), deny=("GPL-3.0-only",))
    with pytest.raises(DataFileError, match="--fail-on"):
        policy_from_args(parse_options(["--fail-on", "bad"]))
    with pytest.raises(DataFileError, match="--allow"):
        policy_from_args(parse_options(["--allow", "NotALicense"]))
