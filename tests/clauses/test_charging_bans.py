"""A ban on charging for the work is a ban on selling it.

"You may not charge for copies" and "Do not charge for the act of duplication" keep copies
free, as "may not be sold" does. Charging for warranty, support or media, a licence fee, a fee
"for the Package itself" beside leave to charge for copying, and a fee for the source beside
sold binaries are other things. The sentences are invented, in the shape of the notices the
rule was written from.
"""

from __future__ import annotations

import pytest
from gadget import read


def _limits(sentence: str) -> set[str]:
    return read(f"Program Terms\n\nYou may use and copy the program. {sentence}\n")[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "You may not charge for copies of the program.",
        "Do not charge for the act of duplication, nor for the medium above its cost.",
        "You must not charge money for the program.",
        "The distributor shall not charge anyone for it.",
    ],
)
def test_a_ban_on_charging_for_the_work_is_no_selling(sentence: str) -> None:
    assert "no-selling" in _limits(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "You may not charge for warranty on the program without saying so.",
        "Aggregation is allowed provided that you do not charge a licensing fee for the program.",
        "You may charge a copying fee. You may not charge a fee for the program itself.",
        "You may not charge a fee for any copy of the source code distributed under this section.",
    ],
)
def test_other_charges_are_not_a_ban_on_selling(sentence: str) -> None:
    assert "no-selling" not in _limits(sentence)
