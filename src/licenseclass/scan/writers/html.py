"""The ``html`` format: one self-contained page (no external asset, nothing fetched).

A bar chart of the levels (inline SVG), a table of the packages that sorts when a column
header is clicked (a few lines of inline script), the policy outcome, and each package's
findings with file and lines. Every value is HTML-escaped, with control and bidi characters
written out, and the page's Content-Security-Policy forbids loading anything from elsewhere.
"""

from __future__ import annotations

import html

from licenseclass.errors import escape_controls
from licenseclass.scan.results import PackageConclusion, ScanReport
from licenseclass.scan.writers._common import (
    LEVEL_ORDER,
    level_counts,
    lines_of,
    reason,
    summary_line,
)

_LEVEL_COLOURS = {
    "open": "#2e7d32",
    "restricted": "#ef6c00",
    "closed": "#c62828",
    "unknown": "#6a1b9a",
}
_LEVEL_RANK = {level: i for i, level in enumerate(LEVEL_ORDER)}

_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #ccc; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
th button { font: inherit; font-weight: bold; border: none; background: none; cursor: pointer; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
td.level { font-weight: bold; color: #fff; }
.open { background: #2e7d32; } .restricted { background: #ef6c00; }
.closed { background: #c62828; } .unknown { background: #6a1b9a; }
.failed { color: #c62828; } .passed { color: #2e7d32; }
code { font-size: 0.95em; }
"""

# Sorts the package table by the clicked column; numbers and levels by their data-sort value.
_SCRIPT = """
function sortTable(table, column, descending) {
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  rows.sort(function (a, b) {
    var x = a.cells[column].getAttribute("data-sort") || a.cells[column].textContent;
    var y = b.cells[column].getAttribute("data-sort") || b.cells[column].textContent;
    var order = x.localeCompare(y, undefined, {numeric: true, sensitivity: "base"});
    return descending ? -order : order;
  });
  rows.forEach(function (row) { body.appendChild(row); });
  var headers = table.tHead.rows[0].cells;
  for (var i = 0; i < headers.length; i++) { headers[i].removeAttribute("aria-sort"); }
  headers[column].setAttribute("aria-sort", descending ? "descending" : "ascending");
}
(function () {
  var table = document.getElementById("packages");
  var headers = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(headers, function (th, column) {
    th.querySelector("button").addEventListener("click", function () {
      sortTable(table, column, th.getAttribute("aria-sort") === "ascending");
    });
  });
  document.body.setAttribute("data-sortable", "yes");
})();
"""

_COLUMNS = (
    "Package",
    "Version",
    "Level",
    "Declared",
    "Detected",
    "Agreement",
    "Findings",
    "Reason",
)


def esc(value: object) -> str:
    """``value`` safe in HTML text and attributes, controls written out (``\\u202e``)."""
    return html.escape(escape_controls(str(value)), quote=True)


def chart(report: ScanReport) -> str:
    """A horizontal bar per level, its length proportional to the count."""
    counts = level_counts(report)
    most = max(counts.values()) or 1
    bar_width, row, label = 400, 28, 90
    height = row * len(counts) + 10
    parts = [
        f'<svg id="level-chart" xmlns="http://www.w3.org/2000/svg" width="{label + bar_width + 60}"'
        f' height="{height}" role="img" aria-label="{esc(summary_line(report))}">'
    ]
    for i, (level, count) in enumerate(counts.items()):
        y = 5 + i * row
        width = round(bar_width * count / most)
        parts.append(
            f'<text x="0" y="{y + 17}" font-size="14">{level}</text>'
            f'<rect class="bar" data-level="{level}" data-count="{count}" x="{label}" y="{y}"'
            f' width="{width}" height="{row - 8}" fill="{_LEVEL_COLOURS[level]}"/>'
            f'<text x="{label + width + 6}" y="{y + 17}" font-size="14">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _row(package: PackageConclusion, index: int) -> str:
    level = package.verdict.level
    name = package.name + (f" (in {package.vendored_in})" if package.vendored_in else "")
    cells = [
        f'<td><a href="#package-{index}">{esc(name)}</a></td>',
        f"<td>{esc(package.version or '')}</td>",
        f'<td class="level {level}" data-sort="{_LEVEL_RANK[level]}">{level}</td>',
        f"<td><code>{esc(package.declared_expression or '-')}</code></td>",
        f"<td><code>{esc(package.detected_expression or '-')}</code></td>",
        f"<td>{esc(package.agreement)}</td>",
        f'<td data-sort="{len(package.findings)}">{len(package.findings)}</td>',
        f"<td>{esc(reason(package))}</td>",
    ]
    return f'<tr data-level="{level}">' + "".join(cells) + "</tr>"


def _findings(package: PackageConclusion, index: int) -> str:
    out = [f'<section id="package-{index}"><h3>{esc(package.name)}</h3>']
    out.append(f"<p>Path: <code>{esc(package.path)}</code>. Verdict: {package.verdict.level}")
    out.append(f" ({esc(package.verdict.policy)}).</p>")
    if package.verdict.reasons:
        out.append("<ul>" + "".join(f"<li>{esc(r.message)}</li>" for r in package.verdict.reasons))
        out.append("</ul>")
    if package.findings:
        out.append(
            '<table class="findings"><thead><tr><th>File</th><th>Lines</th><th>Kind</th>'
            "<th>Source</th><th>Expression</th><th>Note</th></tr></thead><tbody>"
        )
        for f in package.findings:
            out.append(
                f"<tr><td><code>{esc(f.path)}</code></td>"
                f"<td>{esc(lines_of(f.start_line, f.end_line))}</td><td>{esc(f.kind)}</td>"
                f"<td>{esc(f.source)}</td><td><code>{esc(f.expression or '-')}</code></td>"
                f"<td>{esc(f.note or '')}</td></tr>"
            )
        out.append("</tbody></table>")
    else:
        out.append("<p>No findings.</p>")
    if package.errors:
        out.append("<p>Not read:</p><ul>")
        out.append("".join(f"<li>{esc(e)}</li>" for e in package.errors) + "</ul>")
    out.append("</section>")
    return "".join(out)


def _policy(report: ScanReport) -> str:
    if report.policy is None:
        return ""
    if report.policy.passed:
        return '<h2>Policy</h2><p class="passed" id="policy">Passed.</p>'
    items = "".join(
        f"<li><strong>{esc(f.package)}</strong>: <code>{esc(f.rule)}</code>: {esc(f.message)}</li>"
        for f in report.policy.failures
    )
    count = len(report.policy.failures)
    return f'<h2>Policy</h2><p class="failed" id="policy">Failed ({count}).</p><ul>{items}</ul>'


def write(report: ScanReport, *, color: bool = False) -> str:
    del color
    targets = ", ".join(report.targets) or "scan"
    headers = "".join(f'<th scope="col"><button type="button">{c}</button></th>' for c in _COLUMNS)
    rows = "".join(_row(p, i) for i, p in enumerate(report.packages, 1))
    skipped = ""
    if report.skipped:
        items = "".join(
            f"<li><code>{esc(s.path)}</code>: {esc(s.reason)}</li>" for s in report.skipped
        )
        skipped = f"<h2>Skipped</h2><ul>{items}</ul>"
    findings = "".join(_findings(p, i) for i, p in enumerate(report.packages, 1))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>License scan: {esc(targets)}</title><style>{_STYLE}</style></head>\n"
        f"<body><h1>License scan</h1><p>Scanned: {esc(targets)}. "
        f'<span id="summary">{esc(summary_line(report))}</span>. '
        f"Schema version {esc(report.schema_version)}.</p>\n"
        f"<h2>Levels</h2>{chart(report)}\n{_policy(report)}\n"
        f'<h2>Packages</h2><table id="packages"><thead><tr>{headers}</tr></thead>'
        f"<tbody>{rows}</tbody></table>\n"
        f"<h2>Findings</h2>{findings}\n{skipped}\n"
        f"<script>{_SCRIPT}</script></body></html>\n"
    )
