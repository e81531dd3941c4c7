"""A catalogue entry typed closed from its ScanCode category alone yields to its own text.

ScanCode files firmware and freeware terms that allow redistribution under "Proprietary Free";
the generated entries type every such license as closed. Where the license's own text, read
clause by clause, lets the work be shared, an identified copy of it is restricted, with the
reason said; where its text keeps sharing back, or a person reviewed the entry, it stays closed.
The texts come from licensedcode-data at run time.
"""

from __future__ import annotations

import pytest

from licenseclass import analyze_text, classify_text, get_license
from licenseclass.core.licensedcode import scancode_licenses


def text_of(key: str) -> str:
    return scancode_licenses()[key].text


@pytest.mark.parametrize("key", ["intel-bcl", "cadence-linux-firmware", "atmel-firmware"])
def test_firmware_terms_that_allow_redistribution_are_restricted(key: str) -> None:
    found = classify_text(text_of(key))
    (match,) = found.matches
    assert get_license(match.id).provenance.status == "derived"
    assert scancode_licenses()[key].category == "Proprietary Free"
    assert found.verdict.level == "restricted"
    assert found.verdict.reasons[0].item == "rights.share"
    assert "the work may be shared" in found.verdict.reasons[0].message


@pytest.mark.parametrize("key", ["ms-sysinternals-sla", "bittorrent-eula", "ms-visual-studio-code"])
def test_terms_that_keep_sharing_back_stay_closed(key: str) -> None:
    assert classify_text(text_of(key)).verdict.level == "closed"


# End-user terms that still let a part or a narrow form of the work be passed on: Sun's binary
# code license (only bundled in your own programs), Adobe Reader's (its stock files), Altova's
# (generated code holding its source, compiled into your program). Sharing that narrow is a limit
# on sharing, not no sharing at all, so the file is restricted.
@pytest.mark.parametrize("key", ["sun-bcl-11-06", "adobe-acrobat-reader-eula", "altova-eula"])
def test_terms_that_share_only_narrowly_are_restricted(key: str) -> None:
    text = text_of(key)
    share = analyze_text(text).license.rights.share
    assert share.status == "restricted"
    assert "no-redistribution" in share.restrictions
    found = classify_text(text)
    assert found.verdict.level == "restricted"
    assert "the work may be shared" in found.verdict.reasons[0].message


# Terms that let the work be changed (for research, for one's own use) but not passed on: the
# CRAPL, an academic source licence, an evaluation licence. Leave to change is more than an
# end-user licence gives, so the file is restricted, not closed.
@pytest.mark.parametrize("key", ["crapl-0.1", "apple-academic-lisa-os-3.1", "embedthis-evaluation"])
def test_terms_that_let_the_work_be_changed_but_not_shared_are_restricted(key: str) -> None:
    text = text_of(key)
    rights = analyze_text(text).license.rights
    assert rights.share.status == "denied"
    assert rights.modify.status in ("granted", "conditional", "restricted")
    found = classify_text(text)
    assert found.verdict.level == "restricted"
    assert "shared or changed, with limits" in found.verdict.reasons[0].message


def test_the_same_terms_beside_an_open_license_limit_the_file() -> None:
    # GPL-2.0 code with firmware under redistributable terms: restricted, not closed.
    gpl = (
        "This program is free software; you can redistribute it and/or modify it under the "
        "terms of the GNU General Public License version 2 as published by the Free Software "
        "Foundation."
    )
    found = classify_text(f"{gpl}\n\n{text_of('intel-bcl')}")
    assert {"GPL-2.0-only", "LicenseRef-scancode-intel-bcl"} <= {m.id for m in found.matches}
    assert found.verdict.level == "restricted"


def _rule_text(name: str) -> str:
    from licenseclass.core.licensedcode import licensedcode_dir, split_front_matter

    return split_front_matter((licensedcode_dir() / "rules" / name).read_text("utf-8"))[1]


def test_a_generic_tag_yields_to_the_terms_its_rule_holds() -> None:
    # ScanCode labels a permissive notice with extra notification duties "... AND
    # proprietary-license": the terms read as open. The id Software warranty terms beside the
    # GPL ("gpl-3.0 AND proprietary-license") set no limit and give no leave: they decide
    # nothing, and the GPL notice beside them makes the text open (neither closed nor unknown).
    for rule, level in (
        ("mit-no-advert-export-control_and_proprietary-license_1.RULE", "open"),
        ("gpl-3.0_and_proprietary-license_1.RULE", "open"),
    ):
        found = classify_text(_rule_text(rule))
        assert "LicenseRef-scancode-proprietary-license" in {m.id for m in found.matches}
        assert found.verdict.level == level, rule
        assert "LicenseRef-scancode-proprietary-license" in found.verdict.reasons[0].message


def test_a_generic_tag_for_terms_kept_elsewhere_stays_closed() -> None:
    # "All content under ee/ is licensed under the license defined in ee/LICENSE": the tag
    # stands for terms this text does not hold.
    for rule, tag in (
        ("commercial-license_and_other-permissive_and_mit_1.RULE", "commercial-license"),
        ("proprietary-license_and_cc-by-3.0_2.RULE", "proprietary-license"),
    ):
        found = classify_text(_rule_text(rule))
        assert f"LicenseRef-scancode-{tag}" in {m.id for m in found.matches}
        assert found.verdict.level == "closed", rule


def test_a_reviewed_closed_license_stays_closed() -> None:
    # PolyForm Strict was typed by a person: its verdict is not revised from its text.
    found = classify_text(text_of("polyform-strict-1.0.0"))
    assert get_license(found.matches[0].id).provenance.status == "reviewed"
    assert found.verdict.level == "closed"


def test_a_bare_warranty_disclaimer_decides_nothing_beside_a_license() -> None:
    # ScanCode labels a permissive notice followed by its disclaimer "warranty-disclaimer AND
    # mit-old-style-no-advert": the disclaimer's generic id gives no rights, and sets no limit.
    found = classify_text(_rule_text("warranty-disclaimer_and_mit-old-style-no-advert_2.RULE"))
    assert {m.id for m in found.matches} == {"LicenseRef-scancode-warranty-disclaimer", "NTP"}
    assert found.verdict.level == "open"
    assert "bare notice" in found.verdict.reasons[0].message


@pytest.mark.parametrize("key", ["alliance-open-media-patent-1.0", "freetype-patent"])
def test_a_patent_license_decides_nothing_beside_a_copyright_license(key: str) -> None:
    # A patent license grants rights under patents; the work's copying, changing and sharing
    # are the copyright license's to say.
    licenses = scancode_licenses()
    assert licenses[key].category == "Patent License"
    found = classify_text(licenses["bsd-simplified"].text + "\n\n" + licenses[key].text)
    assert {m.id for m in found.matches} == {"BSD-2-Clause", f"LicenseRef-scancode-{key}"}
    assert found.verdict.level == "open"
    assert "patent license" in found.verdict.reasons[0].message
    # alone, it still says nothing of the work: the verdict stays unknown
    assert classify_text(licenses[key].text).verdict.level == "unknown"


def test_a_license_whose_text_grants_only_patent_rights_is_a_patent_license() -> None:
    # ScanCode files OCB's license for open-source implementations under "Proprietary Free",
    # which types it closed; its own grant is "a ... license to practice any invention claimed
    # in the Licensed Patents". Beside the LGPL notice of a library that implements OCB (as
    # libgcrypt's Debian copyright file has it) it decides nothing.
    licenses = scancode_licenses()
    ocb = licenses["ocb-open-source-2013"]
    assert ocb.category == "Proprietary Free"
    assert get_license("LicenseRef-scancode-ocb-open-source-2013").rights.share.status == "denied"
    assert analyze_text(ocb.text).patent_only
    lgpl = _rule_text("lgpl-2.1-plus_322.RULE")
    found = classify_text(f"{lgpl}\n\n{ocb.text}")
    assert {m.id for m in found.matches} == {
        "LGPL-2.1-or-later",
        "LicenseRef-scancode-ocb-open-source-2013",
    }
    assert found.verdict.level == "open"
    assert "patent license" in found.verdict.reasons[0].message
    # alone it says nothing of the work either: unknown, not closed
    assert classify_text(ocb.text).verdict.level == "unknown"


@pytest.mark.parametrize(
    ("key", "patents_only"),
    [
        ("apache-2.0", False),  # copyright leave and a patent grant
        ("mit", False),
        ("ms-pl", False),
        # the patents "for any Research Use" and "for any Noncommercial Use": patents alone
        ("ocb-non-military-2013", True),
    ],
)
def test_patent_only_is_said_of_grants_of_patent_rights_alone(key: str, patents_only: bool) -> None:
    assert analyze_text(scancode_licenses()[key].text).patent_only is patents_only


def test_patent_only_counts_the_parts_that_grant() -> None:
    # A Debian copyright file read stanza by stanza: a warranty disclaimer grants nothing, so
    # it does not make the patent license beside it more than a patent license.
    ocb = scancode_licenses()["ocb-open-source-2013"].text
    body = "\n".join(" " + line if line.strip() else " ." for line in ocb.strip().split("\n"))
    text = (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\n"
        "Files: *\nCopyright: 2013 Vole Authors\nLicense: OCB-1\n\n"
        "Files: doc/*\nCopyright: 2013 Vole Authors\nLicense: Disclaimer\n"
        " THIS DOCUMENTATION IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND.\n\n"
        f"License: OCB-1\n{body}\n"
    )
    assert analyze_text(text).patent_only
    # with a stanza that grants copyright leave, it is no patent license
    mit = "\n".join(
        " " + line if line.strip() else " ."
        for line in scancode_licenses()["mit"].text.strip().split("\n")
    )
    assert not analyze_text(
        f"{text}\nFiles: src/*\nCopyright: 2013 Vole Authors\nLicense: Expat\n{mit}\n"
    ).patent_only
