"""Copies that may only go out inside another product are no leave to share the work alone.

"You may reproduce and distribute the Software, provided that you (i) distribute the Software
bundled as part of, and for the sole purpose of running, Project X code" keeps the work from
being shared on its own (no-redistribution), as "You may distribute the Software only as part
of your application" does. A condition that the source go with the program is no such limit.
"""

from __future__ import annotations

import pytest
from gadget import read


def _limits(body: str) -> set[str]:
    return read(f"Kit Terms\n\n{body}\n")[1]


@pytest.mark.parametrize(
    "grant",
    [
        "You may reproduce and distribute the Software, provided that you (i) distribute the "
        "Software or Redistributables bundled as part of, and for the sole purpose of running, "
        "Project X code; (ii) do not remove any notices.",
        "You may copy and distribute the kit provided that you distribute the kit only with "
        "your own hardware products.",
    ],
)
def test_copies_bundled_in_another_product_only_are_no_redistribution(grant: str) -> None:
    assert "no-redistribution" in _limits(grant)


def test_a_condition_on_what_goes_with_the_copies_is_no_such_limit() -> None:
    text = "Redistribution is permitted provided that you distribute the source with the program."
    assert "no-redistribution" not in _limits(text)
