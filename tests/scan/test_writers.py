"""Report writers: every format from one report, SBOMs checked by the reference validators."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from licenseclass.core.model import Level, Reason, Verdict
from licenseclass.scan.policy import Policy, apply_policy
from licenseclass.scan.results import Finding, PackageConclusion, ScanReport, Skipped
from licenseclass.scan.writers import FORMATS, write_report

HOSTILE = "evil<script>alert(1)</script>|\u202e\x1b[31m"


def conclusion(
    name: str,
    level: Level,
    declared: str | None = None,
    detected: str | None = None,
    *,
    version: str | None = None,
    findings: tuple[Finding, ...] = (),
    why: str = "",
) -> PackageConclusion:
    if declared and detected:
        agreement = "agree" if declared == detected else "conflicting"
    else:
        agreement = "declared-only" if declared else "detected-only" if detected else "none"
    return PackageConclusion(
        name=name,
        version=version,
        path=f"site-packages/{name}",
        declared_expression=declared,
        detected_expression=detected,
        agreement=agreement,
        verdict=Verdict(
            level=level, policy="article", reasons=(Reason(message=why),) if why else ()
        ),
        findings=findings,
    )


def sample_report(*, with_policy: bool = True) -> ScanReport:
    flask_findings = (
        Finding(
            path="flask-3.1.3.dist-info/METADATA",
            kind="manifest",
            source="METADATA License-Expression",
            expression="BSD-3-Clause",
            declared=True,
            start_line=9,
            end_line=9,
        ),
        Finding(
            path="flask-3.1.3.dist-info/licenses/LICENSE.txt",
            kind="license-file",
            source="license text",
            expression="BSD-3-Clause",
            start_line=1,
            end_line=28,
            level="open",
        ),
    )
    packages = (
        conclusion(
            "Flask",
            "open",
            "BSD-3-Clause",
            "BSD-3-Clause",
            version="3.1.3+local",
            findings=flask_findings,
        ),
        conclusion("dual", "open", "MIT OR GPL-3.0-only", "MIT OR GPL-3.0-only", version="1.0"),
        conclusion("nc-data", "restricted", "CC-BY-NC-4.0", why="non-commercial use only"),
        conclusion("acme-sdk", "closed", None, "LicenseRef-acme-eula", why="proprietary terms"),
        conclusion("mystery", "unknown", why="no license found"),
        conclusion(
            "odd",
            "unknown",
            "Foo-License-1.0",
            "GPL-2.0-or-later WITH Classpath-exception-2.0",
            findings=(
                Finding(path="odd/COPYING", kind="license-file", source="text", note=HOSTILE),
            ),
        ),
        conclusion("=cmd|' /C calc'!A0", "open", "MIT", "Apache-2.0"),
        conclusion(HOSTILE, "open", "MIT", "MIT"),
    )
    report = ScanReport(
        targets=("site-packages",),
        packages=packages,
        skipped=(Skipped(path="lib/_speedups.so", reason="binary file"),),
    )
    if not with_policy:
        return report
    policy = Policy(fail_on=("restricted", "closed", "unknown"), deny=("GPL-3.0-only",))
    return apply_policy(report, policy)


def test_the_format_names_are_the_public_ones() -> None:
    assert FORMATS == ("table", "json", "markdown", "csv", "spdx-json", "cyclonedx-json", "html")
    with pytest.raises(ValueError, match="unknown report format 'yaml'"):
        write_report(sample_report(), "yaml")


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_empty_report_is_written_in_every_format(fmt: str) -> None:
    assert write_report(ScanReport(), fmt).strip()


def test_json_is_the_report_model_with_its_schema_version() -> None:
    report = sample_report()
    text = write_report(report, "json")
    assert ScanReport.model_validate_json(text) == report
    data = json.loads(text)
    assert data["schema_version"] == "1.0"
    first = data["packages"][0]
    assert (first["name"], first["declared_expression"], first["detected_expression"]) == (
        "Flask",
        "BSD-3-Clause",
        "BSD-3-Clause",
    )
    assert first["verdict"]["level"] == "open"
    assert data["policy"]["passed"] is False


def test_table_is_plain_unless_asked_for_colour() -> None:
    report = sample_report()
    plain = write_report(report, "table")
    assert "\x1b" not in plain
    assert "\u202e" not in plain
    assert "evil<script>alert(1)</script>|\\u202e" in plain  # the hostile name, written out
    lines = plain.splitlines()
    assert lines[0].split() == [
        "PACKAGE",
        "VERSION",
        "LEVEL",
        "DECLARED",
        "DETECTED",
        "AGREEMENT",
        "REASON",
    ]
    assert lines[1].split()[:3] == ["Flask", "3.1.3+local", "open"]
    assert "8 packages: 4 open, 1 restricted, 1 closed, 2 unknown" in plain
    assert "Policy: FAILED (4 failures)" in plain
    assert "1 file skipped (see --format json for why)" in plain
    coloured = write_report(report, "table", color=True)
    assert "\x1b[32mopen" in coloured
    assert "\x1b[33mrestricted" in coloured
    # the only escape sequences are ours: colour codes and reset
    assert set(re.findall(r"\x1b\[[0-9;]*m", coloured)) <= {
        "\x1b[0m",
        "\x1b[1m",
        "\x1b[31m",
        "\x1b[32m",
        "\x1b[33m",
        "\x1b[35m",
    }
    hostile_row = next(line for line in coloured.splitlines() if line.startswith("evil"))
    assert "\\u202e" in hostile_row


def test_colour_only_on_a_terminal_and_never_with_no_color(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from licenseclass.scan.writers.table import use_colour

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert use_colour(Terminal())
    with (tmp_path / "out.txt").open("w") as file:
        assert not use_colour(file)
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_colour(Terminal())


def test_sboms_are_reproducible_with_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    for fmt in ("spdx-json", "cyclonedx-json"):
        first = write_report(sample_report(), fmt)
        assert first == write_report(sample_report(), fmt)
        assert "2023-11-14T22:13:20Z" in first
        other = ScanReport(packages=sample_report().packages[:2])
        assert write_report(other, fmt) != first


def test_markdown_rows_escape_pipes_and_markup() -> None:
    text = write_report(sample_report(), "markdown")
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    package_rows = rows[1 : 1 + 8]
    assert all(re.sub(r"\\\|", "", r).count("|") == 8 for r in package_rows)
    assert "<script>" not in text
    assert "\\<script\\>" in text
    assert "## Policy" in text
    assert "`deny GPL-3.0-only`" not in text  # the OR choice MIT let "dual" through
    assert "- nc\\-data" not in text and "nc-data: `fail-on restricted`" in text
    assert "| flask-3.1.3.dist-info/licenses/LICENSE.txt | 1-28 | license-file |" in text


def test_csv_has_one_row_per_package_and_no_formula() -> None:
    report = sample_report()
    rows = list(csv.DictReader(io.StringIO(write_report(report, "csv"))))
    assert [r["name"] for r in rows][:5] == ["Flask", "dual", "nc-data", "acme-sdk", "mystery"]
    assert len(rows) == len(report.packages)
    assert rows[0]["purl"] == "pkg:pypi/flask@3.1.3%2Blocal"
    assert rows[0]["findings"] == "2"
    assert rows[2]["policy_failures"] == "fail-on restricted"
    assert rows[1]["policy_failures"] == ""
    assert rows[6]["name"] == "'=cmd|' /C calc'!A0"
    assert rows[4]["reasons"] == "no license found"


def test_spdx_document_validates(tmp_path: Path) -> None:
    from spdx_tools.spdx.parser.parse_anything import parse_file
    from spdx_tools.spdx.validation.document_validator import validate_full_spdx_document

    for report in (sample_report(), ScanReport(packages=sample_report().packages[:1])):
        path = tmp_path / "report.spdx.json"
        path.write_text(write_report(report, "spdx-json"), encoding="utf-8")
        messages = validate_full_spdx_document(parse_file(str(path)))
        assert [m.validation_message for m in messages] == []
    data = json.loads(write_report(sample_report(), "spdx-json"))
    packages = {p["name"]: p for p in data["packages"]}
    flask = packages["Flask"]
    assert (flask["licenseDeclared"], flask["licenseConcluded"]) == ("BSD-3-Clause", "BSD-3-Clause")
    assert flask["externalRefs"][0]["referenceLocator"] == "pkg:pypi/flask@3.1.3%2Blocal"
    assert packages["mystery"]["licenseDeclared"] == "NOASSERTION"
    assert "externalRefs" not in packages["dual"]  # no manifest says it is a Python package
    odd = packages["odd"]
    assert odd["licenseDeclared"] == "LicenseRef-licenseclass-Foo-License-1.0"
    assert odd["licenseConcluded"] == "GPL-2.0-or-later WITH Classpath-exception-2.0"
    extracted = {e["licenseId"]: e["name"] for e in data["hasExtractedLicensingInfos"]}
    assert extracted == {
        "LicenseRef-acme-eula": "LicenseRef-acme-eula",
        "LicenseRef-licenseclass-Foo-License-1.0": "Foo-License-1.0",
    }


def test_cyclonedx_bom_validates_against_the_1_6_schema() -> None:
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator

    validator = JsonStrictValidator(SchemaVersion.V1_6)
    for report in (sample_report(), ScanReport()):
        text = write_report(report, "cyclonedx-json")
        error = validator.validate_str(text)
        assert error is None, getattr(error, "data", error)
    bom = json.loads(write_report(sample_report(), "cyclonedx-json"))
    components = {c["name"]: c for c in bom["components"]}
    assert components["Flask"]["purl"] == "pkg:pypi/flask@3.1.3%2Blocal"
    assert components["Flask"]["licenses"] == [
        {"expression": "BSD-3-Clause", "acknowledgement": "declared"}
    ]
    # both sides of a conflict are kept: two single ids as two licenses ...
    assert components["=cmd|' /C calc'!A0"]["licenses"] == [
        {"license": {"id": "MIT", "acknowledgement": "declared"}},
        {"license": {"id": "Apache-2.0", "acknowledgement": "concluded"}},
    ]
    # ... and a compound detected expression in a property
    odd = {p["name"]: p["value"] for p in components["odd"]["properties"]}
    assert odd["licenseclass:detected_expression"] == (
        "GPL-2.0-or-later WITH Classpath-exception-2.0"
    )
    assert odd["licenseclass:agreement"] == "conflicting"
    assert "licenses" not in components["mystery"]


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_self_contained_and_escapes_every_value() -> None:
    page = write_report(sample_report(), "html")
    parsed = _Collector()
    parsed.feed(page)
    tags = [t for t, _ in parsed.tags]
    assert tags.count("script") == 1  # ours; the hostile name is text
    assert not [
        a for _, a in parsed.tags if a.get("src") or (a.get("href") or "#").startswith("http")
    ]
    assert "<link" not in page
    bars = {a["data-level"]: a["data-count"] for t, a in parsed.tags if t == "rect"}
    assert bars == {"open": "4", "restricted": "1", "closed": "1", "unknown": "2"}
    rows = [a for t, a in parsed.tags if t == "tr" and "data-level" in a]
    assert len(rows) == 8
    text = "".join(parsed.text)
    assert "evil<script>alert(1)</script>|\\u202e\\x1b[31m" in text  # shown, not run
    assert "\u202e" not in page
    assert "flask-3.1.3.dist-info/licenses/LICENSE.txt" in text
    assert "function sortTable(" in page
