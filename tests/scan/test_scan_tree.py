"""``scan_paths`` over trees and archives built here from licensedcode-data texts."""

from __future__ import annotations

import io
import json
import os
import tarfile
import zipfile
from pathlib import Path

import pytest

from licenseclass.cli import main
from licenseclass.core.licensedcode import licensedcode_dir, split_front_matter
from licenseclass.scan.project import is_license_file, readme_section, scan_paths
from licenseclass.scan.results import PackageConclusion, ScanReport


def license_text(key: str) -> str:
    path = licensedcode_dir() / "licenses" / f"{key}.LICENSE"
    return split_front_matter(path.read_text(encoding="utf-8"))[1]


def package(report: ScanReport, name: str) -> PackageConclusion:
    found = [p for p in report.packages if p.name == name]
    assert len(found) == 1, [p.name for p in report.packages]
    return found[0]


def skipped_reason(report: ScanReport, path: str) -> str:
    reasons = [s.reason for s in report.skipped if s.path == path]
    assert reasons, [(s.path, s.reason) for s in report.skipped]
    return reasons[0]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project under MIT with a vendored library under Apache-2.0."""
    root = tmp_path / "demo"
    (root / "src" / "demo").mkdir(parents=True)
    (root / "LICENSE").write_text(license_text("mit"), encoding="utf-8")
    (root / "pyproject.toml").write_text(
        '[project]\nname = "demo"\nversion = "1.2.0"\nlicense = "MIT"\n'
        'license-files = ["LICENSE"]\n',
        encoding="utf-8",
    )
    (root / "src" / "demo" / "core.py").write_text(
        '"""Core."""\n# SPDX-License-Identifier: MIT\nVALUE = 1\n', encoding="utf-8"
    )
    (root / "src" / "demo" / "plain.py").write_text("VALUE = 2\n", encoding="utf-8")
    (root / "README.md").write_text(
        "# Demo\n\nDoes things.\n\n## License\n\nDemo is released under the MIT license.\n\n"
        "## Contributing\n\nSend patches.\n",
        encoding="utf-8",
    )
    vendored = root / "third_party" / "fastlib"
    vendored.mkdir(parents=True)
    (vendored / "LICENSE.txt").write_text(license_text("apache-2.0"), encoding="utf-8")
    (vendored / "fast.c").write_text(
        "/* SPDX-License-Identifier: Apache-2.0 */\nint fast(void) { return 1; }\n",
        encoding="utf-8",
    )
    return root


def test_a_project_tree_gives_one_conclusion_per_project(project: Path) -> None:
    report = scan_paths([project])
    assert [p.name for p in report.packages] == ["demo", "fastlib"]
    demo = package(report, "demo")
    assert demo.version == "1.2.0"
    assert demo.path == "."
    assert (demo.declared_expression, demo.detected_expression) == ("MIT", "MIT")
    assert demo.agreement == "agree"
    assert demo.verdict.level == "open"
    assert demo.vendored_in is None
    by_path = {f.path: f for f in demo.findings}
    assert set(by_path) == {"pyproject.toml", "LICENSE", "README.md", "src/demo/core.py"}
    manifest = by_path["pyproject.toml"]
    assert (manifest.kind, manifest.declared, manifest.expression) == ("manifest", True, "MIT")
    assert manifest.start_line == 4  # the license = line
    assert manifest.source == "pyproject.toml [project] license"
    license_file = by_path["LICENSE"]
    assert (license_file.kind, license_file.expression, license_file.declared) == (
        "license-file",
        "MIT",
        False,
    )
    lines = license_text("mit").splitlines()
    assert license_file.start_line == next(i for i, t in enumerate(lines, 1) if t.strip())
    assert license_file.end_line == max(i for i, t in enumerate(lines, 1) if t.strip())
    tag = by_path["src/demo/core.py"]
    assert (tag.kind, tag.expression, tag.start_line, tag.end_line) == ("tag", "MIT", 2, 2)
    readme = by_path["README.md"]
    assert (readme.kind, readme.expression, readme.start_line) == ("readme", "MIT", 7)
    assert all(f.level == "open" for f in demo.findings)

    vendored = package(report, "fastlib")
    assert vendored.vendored_in == "demo"
    assert vendored.path == "third_party/fastlib"
    assert vendored.declared_expression is None
    assert vendored.detected_expression == "Apache-2.0"
    assert vendored.agreement == "detected-only"
    assert {f.path for f in vendored.findings} == {
        "third_party/fastlib/LICENSE.txt",
        "third_party/fastlib/fast.c",
    }
    # the vendored files are not the outer project's evidence
    assert "Apache-2.0" not in (demo.detected_expression or "")


def test_declared_and_detected_that_differ_are_both_shown(project: Path) -> None:
    pyproject = project / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8").replace('"MIT"', '"GPL-3.0-only"'),
        encoding="utf-8",
    )
    demo = package(scan_paths([project]), "demo")
    assert demo.agreement == "conflicting"
    assert demo.declared_expression == "GPL-3.0-only"
    assert demo.detected_expression == "MIT"
    first = demo.verdict.reasons[0].message
    assert "GPL-3.0-only" in first
    assert "MIT" in first
    assert "disagree" in first


def test_a_conflict_takes_the_less_open_side(tmp_path: Path) -> None:
    (tmp_path / "package.json").write_text(
        '{"name": "web", "version": "0.1.0", "license": "MIT"}', encoding="utf-8"
    )
    (tmp_path / "LICENSE").write_text(license_text("cc-by-nc-4.0"), encoding="utf-8")
    web = package(scan_paths([tmp_path]), "web")
    assert web.agreement == "conflicting"
    assert web.declared_expression == "MIT"
    assert web.verdict.level != "open"


def test_excludes_leave_out_matching_paths(project: Path) -> None:
    report = scan_paths([project], excludes=["third_party", "*.md"])
    assert [p.name for p in report.packages] == ["demo"]
    assert "README.md" not in {f.path for f in report.packages[0].findings}


def test_a_dual_license_with_both_files_agrees(tmp_path: Path) -> None:
    (tmp_path / "Cargo.toml").write_text(
        '[package]\nname = "crate"\nversion = "0.3.0"\nlicense = "MIT OR Apache-2.0"\n',
        encoding="utf-8",
    )
    (tmp_path / "LICENSE-MIT").write_text(license_text("mit"), encoding="utf-8")
    (tmp_path / "LICENSE-APACHE").write_text(license_text("apache-2.0"), encoding="utf-8")
    crate = package(scan_paths([tmp_path]), "crate")
    assert crate.declared_expression == "MIT OR Apache-2.0"
    assert set((crate.detected_expression or "").split(" AND ")) == {"MIT", "Apache-2.0"}
    assert crate.agreement == "agree"  # the same licenses: the declaration says how they combine
    assert crate.verdict.level == "open"


@pytest.mark.parametrize("with_readme", [True, False])
def test_a_readme_choice_over_the_files_of_its_options(tmp_path: Path, with_readme: bool) -> None:
    (tmp_path / "LICENSE-MIT").write_text(license_text("mit"), encoding="utf-8")
    (tmp_path / "LICENSE-APACHE").write_text(license_text("apache-2.0"), encoding="utf-8")
    if with_readme:
        (tmp_path / "README.md").write_text(
            "# crate\n\n## License\n\nLicensed under either of\n\n"
            " * Apache License, Version 2.0 ([LICENSE-APACHE](LICENSE-APACHE))\n"
            " * MIT license ([LICENSE-MIT](LICENSE-MIT))\n\nat your option.\n",
            encoding="utf-8",
        )
    (found,) = scan_paths([tmp_path]).packages
    detected = found.detected_expression or ""
    # the README says the files are a choice; without it, two files are two licenses
    assert set(detected.split(" OR " if with_readme else " AND ")) == {"MIT", "Apache-2.0"}


def test_hostile_tree_entries_are_skipped_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "tree"
    (root / "loop").mkdir(parents=True)
    (root / "loop" / "again").symlink_to("..")
    (root / "out").symlink_to(tmp_path)  # a link out of the tree
    big = root / "huge.img"
    big.touch()
    os.truncate(big, 1 << 30)  # sparse: 1 GB that takes no space
    (root / "blob.bin").write_bytes(b"\x7fELF\x00\x01\x02" * 100)
    latin1 = license_text("mit").replace("copyright", "copyright \u00a9 J\u00fcrgen", 1)
    (root / "LICENSE").write_bytes(latin1.encode("latin-1"))
    opened: list[str] = []
    real_open = os.open

    def recording_open(path: str | os.PathLike[str], *args: int, **kwargs: int) -> int:
        opened.append(os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", recording_open)
    report = scan_paths([root])
    monkeypatch.undo()
    assert "too large" in skipped_reason(report, "huge.img")
    assert str(big) not in opened  # skipped from its size, never opened
    assert "not followed" in skipped_reason(report, "loop/again")
    assert "not followed" in skipped_reason(report, "out")
    assert "binary" in skipped_reason(report, "blob.bin")
    (conclusion,) = report.packages
    (finding,) = conclusion.findings
    assert finding.path == "LICENSE"
    assert finding.note is not None
    assert "not UTF-8" in finding.note
    assert finding.expression == "MIT"  # read as Latin-1, still identified


def _tar(path: Path, members: list[tuple[tarfile.TarInfo, bytes | None]]) -> None:
    with tarfile.open(path, "w:gz") as archive:
        for info, data in members:
            if data is not None:
                info.size = len(data)
            archive.addfile(info, io.BytesIO(data) if data is not None else None)


def _file(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    return tarfile.TarInfo(name), data


def test_an_sdist_with_hostile_entries(tmp_path: Path) -> None:
    link = tarfile.TarInfo("pkg-1.0/loop")
    link.type = tarfile.SYMTYPE
    link.linkname = "../pkg-1.0"
    sdist = tmp_path / "pkg-1.0.tar.gz"
    _tar(
        sdist,
        [
            _file(
                "pkg-1.0/PKG-INFO",
                b"Metadata-Version: 2.4\nName: pkg\nVersion: 1.0\nLicense-Expression: MIT\n",
            ),
            _file("pkg-1.0/LICENSE", license_text("mit").encode()),
            _file("../escape.txt", b"SPDX-License-Identifier: GPL-3.0-only\n"),
            _file("/etc/evil", b"x"),
            _file("pkg-1.0/data.bin", b"\x00\x01\x02" * 50),
            _file("pkg-1.0/COPYING", "Copyright \u00e9\n".encode("latin-1")),
            (link, None),
        ],
    )
    before = sorted(p.name for p in tmp_path.iterdir())
    report = scan_paths([sdist])
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing extracted
    assert "unsafe path" in skipped_reason(report, "../escape.txt")
    assert "unsafe path" in skipped_reason(report, "/etc/evil")
    assert "not followed" in skipped_reason(report, "pkg-1.0/loop")
    assert "binary" in skipped_reason(report, "pkg-1.0/data.bin")
    pkg = package(report, "pkg")
    assert (pkg.version, pkg.path) == ("1.0", "pkg-1.0")
    assert (pkg.declared_expression, pkg.detected_expression, pkg.agreement) == (
        "MIT",
        "MIT",
        "agree",
    )
    copying = next(f for f in pkg.findings if f.path == "pkg-1.0/COPYING")
    assert copying.note is not None
    assert "not UTF-8" in copying.note
    assert copying.expression is None


def test_an_archive_is_capped_once_decompressed(tmp_path: Path) -> None:
    wheel = tmp_path / "big-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big/__init__.py", "# SPDX-License-Identifier: MIT\n")
        archive.writestr("../up.txt", "x")
        archive.writestr("big/zeros.txt", "a" * 3_000_000)  # compresses to a few KB
        archive.writestr("big/more.txt", "b" * 3_000_000)
        archive.writestr("big/never.txt", "c")
    report = scan_paths([wheel], max_archive_bytes=4_000_000)
    assert "cap" in skipped_reason(report, "big/more.txt")
    assert "cap" in skipped_reason(report, "(the rest)")  # reading stopped there
    assert "big/never.txt" not in {s.path for s in report.skipped}
    assert "unsafe path" in skipped_reason(report, "../up.txt")
    small = scan_paths([wheel], max_file_bytes=1_000_000)
    assert "too large" in skipped_reason(small, "big/zeros.txt")


def test_a_wheel_is_one_package_from_its_dist_info(tmp_path: Path) -> None:
    wheel = tmp_path / "tool-2.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("tool/__init__.py", "# SPDX-License-Identifier: Apache-2.0\n")
        archive.writestr(
            "tool-2.0.dist-info/METADATA",
            "Metadata-Version: 2.4\nName: tool\nVersion: 2.0\nLicense-Expression: Apache-2.0\n"
            "License-File: LICENSE\n",
        )
        archive.writestr("tool-2.0.dist-info/licenses/LICENSE", license_text("apache-2.0"))
    (tool,) = scan_paths([wheel]).packages
    assert (tool.name, tool.version) == ("tool", "2.0")
    assert tool.agreement == "agree"
    assert {f.kind for f in tool.findings} == {"manifest", "license-file", "tag"}


def test_readme_sections_in_markdown_and_rest() -> None:
    assert readme_section("# X\n\n## Licence\n\nMIT\n\n## Next\n") == (5, 5, "MIT")
    assert readme_section("X\n=\n\nLicense\n-------\n\nBSD-3-Clause\n\nUse\n---\n") == (
        7,
        7,
        "BSD-3-Clause",
    )
    assert readme_section("# X\n\nNo such section.\n") is None


def test_a_readme_section_that_states_terms_gives_its_level(tmp_path: Path) -> None:
    root = tmp_path / "boxes"
    root.mkdir()
    (root / "README.md").write_text(
        "# Boxes\n\nDraws boxes.\n\n## License\n\n"
        "Free for personal use. Commercial use requires a paid license.\n\n## Thanks\n\nTo all.\n"
    )
    (boxes,) = scan_paths([root]).packages
    (finding,) = boxes.findings
    assert (finding.kind, finding.start_line, finding.level) == ("readme", 7, "restricted")
    assert finding.note is not None and "(line 7)" in finding.note
    assert boxes.verdict.level == "restricted"


def test_scan_command_prints_a_table_and_json(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["scan", str(project)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["package", "version", "declared", "detected", "agreement", "level"]
    assert out[1].split() == ["demo", "1.2.0", "MIT", "MIT", "agree", "open"]
    assert out[2].split()[:3] == ["fastlib", "(in", "demo)"]
    assert main(["scan", str(project), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == "1.0"
    assert [p["name"] for p in data["packages"]] == ["demo", "fastlib"]
    assert data["packages"][0]["verdict"]["level"] == "open"
    assert main(["scan", str(project / "missing")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_control_characters_in_names_are_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "package.json").write_text(
        '{"name": "evil\\u001b[31m", "license": "MIT"}', encoding="utf-8"
    )
    assert main(["scan", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "evil\\x1b[31m" in out


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("LICENSE", True),
        ("LICENSE-MIT", True),
        ("COPYING.LESSER", True),
        ("sub/NOTICE.txt", True),
        ("UNLICENSE", True),
        ("LICENSES/Apache-2.0.txt", True),  # REUSE
        ("tool-1.0.dist-info/licenses/vendor/terms", True),
        ("pkg/license.py", False),
        ("pkg/licenses.json.gz", False),
        ("rules/license_intro_1.RULE", False),
        ("AUTHORS", False),
        ("README.md", False),
    ],
)
def test_license_files_by_name(path: str, expected: bool) -> None:
    assert is_license_file(path) is expected


def test_reuse_licenses_folder_speaks_for_the_project(tmp_path: Path) -> None:
    (tmp_path / "LICENSES").mkdir()
    (tmp_path / "LICENSES" / "MIT.txt").write_text(license_text("mit"), encoding="utf-8")
    (tmp_path / "main.c").write_text("// SPDX-License-Identifier: MIT\n", encoding="utf-8")
    (conclusion,) = scan_paths([tmp_path]).packages
    assert conclusion.path == "."
    assert conclusion.detected_expression == "MIT"
    assert {f.kind for f in conclusion.findings} == {"license-file", "tag"}


def test_an_entry_that_lies_about_its_size_is_skipped_alone(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a/LICENSE", license_text("mit"))
        archive.writestr("a/big.txt", "a" * 20_000_000)  # a few KB once compressed
        archive.writestr("a/lying.txt", "b" * 20_000_000)
    data = bytearray(bomb.read_bytes())
    # the central directory's uncompressed size of lying.txt claims 100 bytes
    name = b"a/lying.txt"
    entry = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    data[entry + 24 : entry + 28] = (100).to_bytes(4, "little")
    bomb.write_bytes(bytes(data))
    report = scan_paths([bomb])
    assert "too large" in skipped_reason(report, "a/big.txt")  # from the claim, unread
    assert "cannot be read" in skipped_reason(report, "a/lying.txt")  # its CRC fails
    (conclusion,) = report.packages
    assert conclusion.detected_expression == "MIT"  # the other entries are still read


def test_a_choice_that_another_finding_satisfies_adds_nothing(tmp_path: Path) -> None:
    (tmp_path / "LICENSE").write_text(license_text("mit"), encoding="utf-8")
    (tmp_path / "a.c").write_text("// SPDX-License-Identifier: Apache-2.0 OR MIT\n", "utf-8")
    (tmp_path / "b.c").write_text("// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause\n")
    (conclusion,) = scan_paths([tmp_path]).packages
    assert conclusion.detected_expression == "MIT AND (GPL-2.0-only OR BSD-2-Clause)"
    assert {f.expression for f in conclusion.findings} == {
        "MIT",
        "Apache-2.0 OR MIT",
        "GPL-2.0-only OR BSD-2-Clause",
    }


def test_links_to_files_are_read_inside_the_tree_only(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("SPDX-License-Identifier: GPL-3.0-only\n", encoding="utf-8")
    root = tmp_path / "tree"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "COPYING").write_text(license_text("mit"), encoding="utf-8")
    (root / "LICENSE").symlink_to("docs/COPYING")
    (root / "stolen.txt").symlink_to(outside)
    (root / "dangling.txt").symlink_to(tmp_path / "missing")
    report = scan_paths([root])
    assert "out of the folder" in skipped_reason(report, "stolen.txt")
    assert "dangling.txt" in {s.path for s in report.skipped}
    tree = package(report, "tree")
    assert "LICENSE" in {f.path for f in tree.findings}
    assert "GPL" not in str(report.model_dump())


def test_tags_in_data_files_and_installed_files_speak_for_their_own_package(
    tmp_path: Path,
) -> None:
    """An environment folder: a tag in a distribution's data file (a license database's rule)
    is material, and a source file's tag belongs to the distribution whose RECORD lists it."""
    from licenseclass import scan_paths

    site = tmp_path / "site-packages"
    for name, expression in (("alpha", "MIT"), ("beta", "Apache-2.0")):
        dist = site / f"{name}-1.0.dist-info"
        dist.mkdir(parents=True)
        metadata = f"Metadata-Version: 2.4\nName: {name}\nVersion: 1.0\n"
        (dist / "METADATA").write_text(
            metadata + f"License-Expression: {expression}\n", encoding="utf-8"
        )
        (site / name).mkdir()
        (site / name / "__init__.py").write_text(
            f"# SPDX-License-Identifier: {expression}\n", encoding="utf-8"
        )
        (dist / "RECORD").write_text(
            f"{name}/__init__.py,,\n{name}-1.0.dist-info/METADATA,,\n", encoding="utf-8"
        )
    (site / "beta" / "rules").mkdir()
    (site / "beta" / "rules" / "proprietary_1.RULE").write_text(
        "SPDX-License-Identifier: LicenseRef-Proprietary\n", encoding="utf-8"
    )
    report = scan_paths([site])
    by_name = {p.name: p for p in report.packages}
    assert set(by_name) == {"alpha", "beta"}
    assert by_name["alpha"].detected_expression == "MIT"
    assert by_name["beta"].detected_expression == "Apache-2.0"
    assert all(p.verdict.level == "open" for p in report.packages)
