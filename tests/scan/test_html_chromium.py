"""The HTML report in a real browser: headless Chromium runs its script, draws the chart and
sorts the table when a header is clicked. Skipped when Debian's ``chromium`` is not installed."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from licenseclass.core.model import Level, Verdict
from licenseclass.scan.results import Finding, PackageConclusion, ScanReport
from licenseclass.scan.writers import write_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install chromium)"
)

# Run after the page's own script: measure what was drawn, then sort by clicking headers.
PROBE = """<script>
document.querySelectorAll("#level-chart rect").forEach(function (bar) {
  bar.setAttribute("data-drawn-width", String(Math.round(bar.getBBox().width)));
});
var table = document.getElementById("packages");
table.setAttribute("data-drawn-height", String(Math.round(table.getBoundingClientRect().height)));
var buttons = table.tHead.querySelectorAll("button");
buttons[COLUMN].click();
CLICK_AGAIN
</script></body>"""


def report() -> ScanReport:
    def package(name: str, level: Level, expression: str | None) -> PackageConclusion:
        return PackageConclusion(
            name=name,
            path=name,
            declared_expression=expression,
            agreement="declared-only" if expression else "none",
            verdict=Verdict(level=level, policy="article"),
            findings=(
                Finding(path=f"{name}/LICENSE", kind="license-file", source="text", start_line=1),
            ),
        )

    return ScanReport(
        targets=("project",),
        packages=(
            package("zeta", "unknown", None),
            package("alpha", "open", "MIT"),
            package("mid", "restricted", "CC-BY-NC-4.0"),
            package("beta", "open", "Apache-2.0"),
            package("<b>gamma</b>", "closed", "LicenseRef-eula"),
        ),
    )


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.in_name = False
        self.names: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        self.in_name = tag == "a" and (found.get("href") or "").startswith("#package-")

    def handle_data(self, data: str) -> None:
        if self.in_name:
            self.names.append(data)
            self.in_name = False


def rendered(tmp_path: Path, column: int, twice: bool = False) -> _Dom:
    page = write_report(report(), "html")
    probe = PROBE.replace("CLICK_AGAIN", "buttons[COLUMN].click();" if twice else "")
    probe = probe.replace("COLUMN", str(column))
    path = tmp_path / "report.html"
    path.write_text(page.replace("</body>", probe, 1), encoding="utf-8")
    assert CHROMIUM is not None
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,  # a hang guard only, far beyond the second it takes
    )
    assert done.returncode == 0, done.stderr[-2000:]
    dom = _Dom()
    dom.feed(done.stdout)
    return dom


def test_the_page_script_runs_and_the_chart_and_table_are_drawn(tmp_path: Path) -> None:
    dom = rendered(tmp_path, column=0)
    body = next(attrs for tag, attrs in dom.tags if tag == "body")
    assert body.get("data-sortable") == "yes"  # the page's own script ran
    bars = {a["data-level"]: a for t, a in dom.tags if t == "rect"}
    assert {level: a["data-count"] for level, a in bars.items()} == {
        "open": "2",
        "restricted": "1",
        "closed": "1",
        "unknown": "1",
    }
    widths = {level: int(a["data-drawn-width"] or 0) for level, a in bars.items()}
    assert widths["open"] == 400  # the longest bar has the full width
    assert widths["restricted"] == widths["closed"] == widths["unknown"] == 200
    table = next(a for t, a in dom.tags if t == "table" and a.get("id") == "packages")
    assert int(table["data-drawn-height"] or 0) > 5 * 20  # five rows laid out
    # sorted by name (the first click sorts ascending); the hostile name is text, not markup
    assert dom.names == ["<b>gamma</b>", "alpha", "beta", "mid", "zeta"]
    assert not any(t == "b" for t, _ in dom.tags)


def test_clicking_the_level_header_sorts_by_openness(tmp_path: Path) -> None:
    ascending = rendered(tmp_path, column=2)
    assert ascending.names == ["alpha", "beta", "mid", "<b>gamma</b>", "zeta"]
    header = [a for t, a in ascending.tags if t == "th"][2]
    assert header.get("aria-sort") == "ascending"
    descending = rendered(tmp_path, column=2, twice=True)
    # the sort is stable: equal levels keep the order of the previous sort
    assert descending.names == ["zeta", "<b>gamma</b>", "mid", "alpha", "beta"]
    assert [a for t, a in descending.tags if t == "th"][2].get("aria-sort") == "descending"
