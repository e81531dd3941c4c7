"""The verdict rules on licenses built in the test: each rule, and monotonicity properties."""

from __future__ import annotations

from typing import Any, get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from licenseclass import Condition, License, Limitation, Provenance, verdict
from licenseclass.core.model import INFORMATIONAL_KINDS, LEVEL_RANK, Restriction, Right, Rights
from licenseclass.core.verdict import OSD_TITLES
from licenseclass.errors import UnknownPolicyError

PROV = Provenance(status="reviewed", sources=())
OPEN_RIGHTS = Rights(
    use=Right(status="granted"),
    modify=Right(status="granted"),
    share=Right(status="conditional", conditions=("notice",)),
)
RESTRICTION = TypeAdapter(Restriction)

# One valid example of every restriction kind, with the parameters it needs.
EXAMPLES: dict[str, dict[str, Any]] = {
    "user-threshold": {"threshold": 700_000_000},
    "revenue-threshold": {"amount": 1_000_000},
    "termination": {},
    "governing-law": {},
    "export-control": {},
    "disclosure": {},
}


def all_kinds() -> list[str]:
    kinds: list[str] = []
    for member in get_args(get_args(Restriction)[0]):
        kinds.extend(get_args(member.model_fields["kind"].annotation))
    return kinds


def restriction(kind: str) -> Any:
    return RESTRICTION.validate_python({"kind": kind, **EXAMPLES.get(kind, {})})


def make(**fields: Any) -> License:
    base: dict[str, Any] = {
        "id": "LicenseRef-Test",
        "name": "Test",
        "rights": OPEN_RIGHTS,
        "provenance": PROV,
    }
    return License(**(base | fields))


def test_open_rights_with_conditions_are_open() -> None:
    conditions = tuple(Condition(kind=k) for k in ("notice", "attribution", "disclose-source"))
    lic = make(conditions=(*conditions, Condition(kind="same-license", scope="network")))
    v = verdict(lic)
    assert v.level == "open"
    assert v.reasons[0].item == "rights"


@pytest.mark.parametrize("kind", [k for k in all_kinds() if k not in INFORMATIONAL_KINDS])
def test_every_limiting_restriction_makes_it_restricted(kind: str) -> None:
    v = verdict(make(restrictions=(restriction(kind),)))
    assert v.level == "restricted"
    assert [(r.kind, r.item) for r in v.reasons] == [(kind, "restrictions[0]")]


@pytest.mark.parametrize("kind", sorted(INFORMATIONAL_KINDS))
def test_informational_terms_do_not_change_the_level(kind: str) -> None:
    assert verdict(make(restrictions=(restriction(kind),))).level == "open"
    assert verdict(make(restrictions=(restriction(kind),)), "osd").level == "open"


def test_threshold_reason_states_the_number() -> None:
    v = verdict(make(restrictions=(restriction("user-threshold"),)))
    assert "700,000,000 monthly active users" in v.reasons[0].message


def test_no_modify_and_no_share_is_closed() -> None:
    rights = Rights(
        use=Right(status="granted"), modify=Right(status="denied"), share=Right(status="denied")
    )
    v = verdict(make(rights=rights))
    assert v.level == "closed"
    assert {r.item for r in v.reasons} == {"rights.modify", "rights.share"}


def test_denied_sharing_alone_is_restricted() -> None:
    rights = OPEN_RIGHTS.model_copy(update={"share": Right(status="denied")})
    assert verdict(make(rights=rights)).level == "restricted"


def test_missing_rights_are_unknown() -> None:
    v = verdict(make(rights=Rights()))
    assert v.level == "unknown"
    assert verdict(make(rights=Rights()), "osd").level == "unknown"


def test_warranty_and_trademark_limitations_keep_it_open() -> None:
    lims = tuple(Limitation(kind=k) for k in ("warranty", "liability", "trademark", "patent"))
    assert verdict(make(limitations=lims)).level == "open"


def test_osd_open_license_passes_all_ten() -> None:
    v = verdict(make(), "osd")
    assert v.level == "open"
    assert [c.number for c in v.criteria] == list(OSD_TITLES)
    assert all(c.status == "pass" for c in v.criteria)


@pytest.mark.parametrize(
    ("kind", "criterion"),
    [
        ("non-commercial", 6),
        ("field-of-use", 6),
        ("no-derivatives", 3),
        ("user-threshold", 5),
        ("no-redistribution", 1),
        ("service-source", 9),
    ],
)
def test_osd_names_the_broken_criterion(kind: str, criterion: int) -> None:
    v = verdict(make(restrictions=(restriction(kind),)), "osd")
    failed = [c.number for c in v.criteria if c.status == "fail"]
    assert criterion in failed
    assert v.level == "restricted"


@pytest.mark.parametrize("policy", ["fsf", "nope", "osaid", "OSD", None])
def test_unknown_policy_is_rejected(policy: object) -> None:
    with pytest.raises(UnknownPolicyError, match="unknown policy") as info:
        verdict(make(), policy)  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)
    assert info.value.policy == policy
    assert info.value.expected == ("article", "osd")


limiting = st.sampled_from([k for k in all_kinds() if k not in INFORMATIONAL_KINDS])
any_kind = st.sampled_from(all_kinds())


@settings(max_examples=200, deadline=None)
@given(st.lists(any_kind, max_size=4), any_kind)
def test_adding_a_restriction_never_raises_the_level(kinds: list[str], extra: str) -> None:
    before = make(restrictions=tuple(restriction(k) for k in kinds))
    after = make(restrictions=(*before.restrictions, restriction(extra)))
    for policy in ("article", "osd"):
        assert LEVEL_RANK[verdict(after, policy).level] <= LEVEL_RANK[verdict(before, policy).level]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "notice",
                "attribution",
                "include-license",
                "state-changes",
                "disclose-source",
                "patent-retaliation",
            ]
        )
    )
)
def test_conditions_never_make_it_less_open(kinds: list[str]) -> None:
    lic = make(conditions=tuple(Condition(kind=k) for k in kinds))
    assert verdict(lic).level == "open"
    assert verdict(lic, "osd").level == "open"


@settings(max_examples=100, deadline=None)
@given(st.lists(limiting, min_size=1, max_size=3))
def test_article_and_osd_agree_on_restrictions(kinds: list[str]) -> None:
    lic = make(restrictions=tuple(restriction(k) for k in kinds))
    assert verdict(lic).level == "restricted"
    assert verdict(lic, "osd").level == "restricted"
