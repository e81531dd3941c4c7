"""The kind vocabulary is defined once, and every table keyed by kind that must cover it does."""

from __future__ import annotations

from typing import get_args

import pytest

from licenseclass.core import verdict as core_verdict
from licenseclass.core.model import (
    INFORMATIONAL_KINDS,
    Condition,
    ConditionKind,
    InformationalKind,
    Limitation,
    LimitationKind,
    LimitingKind,
    Restriction,
    RestrictionKind,
)

RESTRICTION_KINDS = get_args(RestrictionKind)


def model_kinds() -> set[str]:
    """The kinds the Restriction union accepts, read from its member models."""
    kinds: set[str] = set()
    for member in get_args(get_args(Restriction)[0]):
        kinds.update(get_args(member.model_fields["kind"].annotation))
    return kinds


def test_restriction_union_accepts_exactly_the_vocabulary() -> None:
    assert model_kinds() == set(RESTRICTION_KINDS)
    assert len(RESTRICTION_KINDS) == len(set(RESTRICTION_KINDS))


def test_limiting_and_informational_kinds_split_the_vocabulary() -> None:
    limiting, informational = set(get_args(LimitingKind)), set(get_args(InformationalKind))
    assert not limiting & informational
    assert limiting | informational == set(RESTRICTION_KINDS)
    assert informational == INFORMATIONAL_KINDS


def test_item_kinds_do_not_overlap() -> None:
    conditions, limitations = set(get_args(ConditionKind)), set(get_args(LimitationKind))
    assert not conditions & limitations
    assert not (conditions | limitations) & set(RESTRICTION_KINDS)
    assert Condition.model_fields["kind"].annotation is ConditionKind  # type: ignore[comparison-overlap]
    assert Limitation.model_fields["kind"].annotation is LimitationKind  # type: ignore[comparison-overlap]


@pytest.mark.parametrize(
    "table",
    [core_verdict._OSD_BREAKS, core_verdict.RESTRICTION_DESCRIPTIONS],
    ids=["osd-breaks", "descriptions"],
)
def test_core_tables_cover_every_restriction_kind(table: object) -> None:
    assert isinstance(table, dict)
    assert set(table) == set(RESTRICTION_KINDS), "add the missing kinds to the table"


def test_only_informational_kinds_break_no_osd_criterion() -> None:
    for kind in RESTRICTION_KINDS:
        breaks = core_verdict._OSD_BREAKS[kind]
        assert all(n in core_verdict.OSD_TITLES for n in breaks)
        assert (not breaks) == (kind in INFORMATIONAL_KINDS), kind
