"""A commercial license offered beside the license a notice names is a choice beside that
license (dual licensing), not a clue; a commercial license mentioned otherwise stays a clue."""

from __future__ import annotations

import pytest

from licenseclass import classify_text

COMMERCIAL = "LicenseRef-scancode-commercial-license"


@pytest.mark.parametrize(
    ("text", "expression", "level"),
    [
        (
            "The widget is available under the GNU General Public License version 2\n"
            "or under a commercial license.\n",
            f"GPL-2.0-only OR {COMMERCIAL}",
            "open",
        ),
        (
            "Widgetry is dual-licensed: use it under the terms of the GNU AGPL v3, or purchase\n"
            "a commercial license from Acme.\n",
            f"AGPL-3.0-only OR {COMMERCIAL}",
            "open",
        ),
        (
            "Licensed under the Mozilla Public License 2.0. Commercial licenses are also "
            "available from Acme.\n",
            f"MPL-2.0 OR {COMMERCIAL}",
            "open",
        ),
        # the choice is only as open as its more open side
        (
            "This work is licensed under CC BY-NC 4.0.\n"
            "For commercial use, please buy a commercial license from Acme.\n",
            f"CC-BY-NC-4.0 OR {COMMERCIAL}",
            "restricted",
        ),
    ],
)
def test_offer_beside_a_license_is_a_choice(text: str, expression: str, level: str) -> None:
    found = classify_text(text)
    assert found.expression == expression
    assert found.verdict is not None and found.verdict.level == level


@pytest.mark.parametrize(
    "text",
    [
        "Licensed under the MIT license. This is not a commercial license.\n",
        "Licensed under the MIT license.\n\nIf you hold a commercial license, its terms apply.\n",
    ],
)
def test_commercial_license_not_offered_stays_a_clue(text: str) -> None:
    found = classify_text(text)
    assert found.expression == "MIT"
    assert any(clue.endswith(COMMERCIAL) for clue in found.clues)


def test_offer_with_no_license_before_it_adds_nothing() -> None:
    found = classify_text("Commercial licenses are available from Acme.\n")
    assert COMMERCIAL not in {m.id for m in found.matches}
