"""An SPDX tag whose expression holds a non-ASCII id is not a tag match (no NFKC folding)."""

from __future__ import annotations

import pytest

from licenseclass import classify_text

KELVIN = "\u212a"


def test_an_ascii_tag_is_read() -> None:
    result = classify_text("// SPDX-License-Identifier: Kazlib\nint x;\n")
    assert result.expression == "Kazlib"
    assert [m.method for m in result.matches] == ["tag"]


@pytest.mark.parametrize(
    "tag",
    [
        f"{KELVIN}azlib",
        "\uff2d\uff29\uff34",  # full-width MIT
        f"MIT OR {KELVIN}azlib",
        "&#8490;azlib",  # the Kelvin sign as an HTML entity
    ],
)
def test_a_tag_with_a_look_alike_letter_is_not_a_tag_match(tag: str) -> None:
    result = classify_text(f"// SPDX-License-Identifier: {tag}\nint x;\n")
    assert not any(m.method == "tag" for m in result.matches)
    assert result.expression is None
    assert result.verdict.level == "unknown"


def test_other_lines_of_the_text_are_still_read() -> None:
    text = f"// SPDX-License-Identifier: {KELVIN}azlib\n// SPDX-License-Identifier: MIT\n"
    result = classify_text(text)
    assert result.expression == "MIT"
    assert [(m.method, m.start_line) for m in result.matches] == [("tag", 2)]
