"""A scan judges a license file by its whole text, as ``classify`` does: lines beside an
identified license that limit it, and the terms of an agreement no reference identifies, give
the package's level (they were left out: an MIT file with a non-commercial line was open, a
vendor agreement unknown)."""

from __future__ import annotations

from pathlib import Path

from licenseclass import classify_text
from licenseclass.core.licensedcode import licensedcode_dir, split_front_matter
from licenseclass.core.registry import default_registry
from licenseclass.scan.manifests import Declaration
from licenseclass.scan.project import Judge, scan_paths
from licenseclass.scan.results import PackageConclusion

# An end-user agreement written for these tests: it grants one copy's use and bans the rest.
AGREEMENT = (
    "END USER LICENSE AGREEMENT\n\n"
    "Acme Widgets Ltd grants you a personal, non-exclusive, non-transferable license to install "
    "and use one copy of the Software on one computer.\n\n"
    "You may not copy, modify, translate, distribute, sublicense, rent or lease the Software, "
    "and you may not reverse engineer, decompile or disassemble it.\n\n"
    "All rights not expressly granted in this Agreement are reserved by Acme Widgets Ltd.\n"
)


def mit_text() -> str:
    path = licensedcode_dir() / "licenses" / "mit.LICENSE"
    return split_front_matter(path.read_text(encoding="utf-8"))[1].strip() + "\n"


def scanned(root: Path, license_text: str, pyproject: str = "") -> PackageConclusion:
    root.mkdir()
    (root / "LICENSE").write_text(license_text, encoding="utf-8")
    (root / "pyproject.toml").write_text(
        f'[project]\nname = "{root.name}"\nversion = "1.0"\n{pyproject}', encoding="utf-8"
    )
    (package,) = scan_paths([root]).packages
    return package


def test_a_limiting_line_beside_mit_makes_the_package_restricted(tmp_path: Path) -> None:
    line = "This software may be used for non-commercial purposes only.\n\n"
    package = scanned(tmp_path / "nc", line + mit_text())
    assert package.detected_expression == "MIT"
    assert package.verdict.level == "restricted"
    (finding,) = [f for f in package.findings if f.kind == "license-file"]
    assert finding.level == "restricted"
    assert finding.note is not None
    assert "the text adds terms to MIT" in finding.note
    assert "(line 1)" in finding.note
    assert package.verdict.reasons[0].message.startswith("LICENSE: ")


def test_the_same_file_without_the_line_stays_open(tmp_path: Path) -> None:
    package = scanned(tmp_path / "plain", mit_text(), 'license = "MIT"\n')
    assert package.verdict.level == "open"
    assert all(f.level == "open" for f in package.findings)


def test_an_agreement_nothing_identifies_is_judged_by_its_terms(tmp_path: Path) -> None:
    assert classify_text(AGREEMENT).expression is None  # no reference explains it
    package = scanned(tmp_path / "vendor", AGREEMENT)
    assert package.verdict.level == "closed"
    (finding,) = [f for f in package.findings if f.kind == "license-file"]
    assert finding.expression is None
    assert finding.note is not None
    assert "no license identified; its terms read as closed" in finding.note


def test_an_agreement_in_a_metadata_field_is_judged_by_its_terms() -> None:
    judge = Judge(default_registry())
    expression, note, level = judge.declared(
        Declaration(source="METADATA License", kind="text", value=AGREEMENT)
    )
    assert expression is None
    assert level == "closed"
    assert note is not None
    assert "its terms read as closed" in note


def test_a_readme_naming_its_license_is_no_limit(tmp_path: Path) -> None:
    # "released only under the BSD 3-Clause License" says which license applies
    sentence = (
        "Contributions before 2017, except those explicitly relicensed, are released only under "
        "the BSD 3-Clause License."
    )
    assert classify_text(sentence).verdict.level == "open"
    root = tmp_path / "readme"
    root.mkdir()
    (root / "README.md").write_text(f"# Tool\n\n## License\n\n{sentence}\n", encoding="utf-8")
    (root / "pyproject.toml").write_text(
        '[project]\nname = "tool"\nversion = "1.0"\nlicense = "BSD-3-Clause"\n', encoding="utf-8"
    )
    (package,) = scan_paths([root]).packages
    assert package.verdict.level == "open"


# A license written for these tests that grants use within limits (restricted, not closed).
LIMITED = (
    "Acme Widgets Ltd grants you a non-exclusive license to use, copy and modify the Software "
    "and to distribute it in unmodified form.\n\n"
    "You may not use the Software for any commercial purpose.\n"
)


def test_proprietary_metadata_with_a_license_file_that_grants_use(tmp_path: Path) -> None:
    # "Proprietary" says only that the work is not open; the file says what it grants
    assert classify_text(LIMITED).verdict.level == "restricted"
    package = scanned(tmp_path / "limited", LIMITED, 'license = {text = "Proprietary"}\n')
    assert package.declared_expression == "LicenseRef-All-Rights-Reserved"
    assert package.verdict.level == "restricted"
    assert "says what it grants" in package.verdict.reasons[0].message


def test_proprietary_metadata_stays_closed_beside_a_closed_or_open_file(tmp_path: Path) -> None:
    closed = scanned(tmp_path / "eula", AGREEMENT, 'license = {text = "Proprietary"}\n')
    assert closed.verdict.level == "closed"
    # an open file beside it may be a bundled part's: the declaration keeps the package closed
    bundled = scanned(tmp_path / "bundled", mit_text(), 'license = {text = "Proprietary"}\n')
    assert bundled.verdict.level == "closed"


def _rule_text(name: str) -> str:
    path = licensedcode_dir() / "rules" / name
    return split_front_matter(path.read_text(encoding="utf-8"))[1].strip() + "\n"


def test_a_file_more_open_than_its_label_counts_at_its_own_level(tmp_path: Path) -> None:
    # NLTK's README: code under Apache 2.0, documentation under CC BY-NC-ND, corpora
    # "redistributable and available for non-commercial use". ScanCode's rule tags the corpora
    # terms with its generic proprietary-license key, closed by its label; the rule's words
    # read as restricted, and so does the package (it was closed)
    readme = _rule_text(
        "apache-2.0_and_cc-by-nc-nd-3.0_and_other-permissive_and_proprietary-license_1.RULE"
    )
    package = scanned(tmp_path / "corpora", readme, 'license = "Apache-2.0"\n')
    (finding,) = [f for f in package.findings if f.kind == "license-file"]
    assert finding.level == "restricted"
    assert finding.note is not None and "as its own words read" in finding.note
    assert package.verdict.level == "restricted"
    assert any("LICENSE: " in r.message for r in package.verdict.reasons)


def test_a_file_closed_by_its_own_words_stays_closed(tmp_path: Path) -> None:
    package = scanned(tmp_path / "eula", AGREEMENT)
    assert package.verdict.level == "closed"


def test_a_contributor_agreement_in_a_notices_file_decides_nothing(tmp_path: Path) -> None:
    # faiss-cpu's third-party notices quote LLVM's legacy notice, which ScanCode's rule reads
    # as (NCSA OR MIT) AND generic-cla; the agreement binds contributors, so the package is
    # open (it was unknown)
    notice = _rule_text("uoi-ncsa_or_mit_and_generic-cla_2.RULE")
    package = scanned(tmp_path / "notices", notice, 'license = "MIT"\n')
    (finding,) = [f for f in package.findings if f.kind == "license-file"]
    assert "LicenseRef-scancode-generic-cla" in (finding.expression or "")
    assert finding.level == "open"
    assert package.verdict.level == "open"


def test_a_file_of_an_exception_alone_says_what_it_holds(tmp_path: Path) -> None:
    """A COPYING.exception beside the GPL's COPYING names no license: its finding says it is
    the exception alone, and the package stays as its other license files make it."""
    root = tmp_path / "linked"
    exception = licensedcode_dir() / "licenses" / "openssl-exception-gpl-3.0-plus.LICENSE"
    gpl = licensedcode_dir() / "licenses" / "gpl-2.0.LICENSE"
    package = scanned(root, split_front_matter(gpl.read_text(encoding="utf-8"))[1])
    (root / "COPYING.exception").write_text(
        split_front_matter(exception.read_text(encoding="utf-8"))[1], encoding="utf-8"
    )
    (package,) = scan_paths([root]).packages
    assert package.detected_expression == "GPL-2.0-only"
    assert package.verdict.level == "open"
    (finding,) = [f for f in package.findings if f.path == "COPYING.exception"]
    assert finding.expression is None
    assert finding.note is not None
    assert "no license identified: only the exception cryptsetup-OpenSSL-exception" in finding.note
