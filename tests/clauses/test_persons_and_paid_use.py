"""Leave given to a class of licensees only, and paid use that needs the licensor's leave.

"Permission to use ... is granted to non-profit institutions only" leaves everyone else out
(excluded-persons), as "may be used by non-profit institutions only" does; "Any service ...
that receives payment ... must have the express permission of the administrator" keeps paid
use for those the licensor lets in (non-commercial). The sentences are invented, in the shape
of the Debian notices the rules were written from.
"""

from __future__ import annotations

import pytest
from gadget import read


def _limits(body: str) -> set[str]:
    return read(f"Data Terms\n\n{body}\n")[1]


@pytest.mark.parametrize(
    "grant",
    [
        "Permission to use, copy, modify and distribute this program is granted to non-profit "
        "institutions only.",
        "Permission to use, copy and modify any part of this program for research purposes, by "
        "academic institutions only, without fee, is hereby granted.",
    ],
)
def test_a_grant_to_a_class_of_licensees_only_excludes_the_rest(grant: str) -> None:
    assert "excluded-persons" in _limits(grant)


def test_a_grant_open_to_all_kinds_of_licensee_excludes_nobody() -> None:
    text = (
        "Permission to use, copy, modify and distribute this program is granted to anyone. "
        "It is available to organizations of all kinds, not only universities."
    )
    assert "excluded-persons" not in _limits(text)


def test_paid_use_that_needs_the_licensors_leave_is_non_commercial() -> None:
    text = (
        "This database may be freely used and modified. Any service or publication using this "
        "database that receives payment in any form must have the express permission of the "
        "database administrator before using it."
    )
    assert "non-commercial" in _limits(text)
    # a fee the licensee may charge, with no leave needed, limits nothing
    free = "This database may be freely used and modified. You may charge a fee for copies."
    assert "non-commercial" not in _limits(free)
