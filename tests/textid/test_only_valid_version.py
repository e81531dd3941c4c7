"""A GNU license named without a version, in a text that says which version alone is valid,
is that version only."""

from __future__ import annotations

import pytest

from licenseclass import classify_text

_GRANT = (
    "This program is free software; you can redistribute it and/or modify it under the terms "
    "of the GNU General Public License as published by the Free Software Foundation."
)


@pytest.mark.parametrize(
    "statement",
    [
        "Since it is based on ext2, the only valid version of GPL for this driver is version 2.",
        "Note that the only valid version of the GPL as far as this project is concerned is "
        "_this_ particular version of the license (ie v2, not v2.2 or v3.x or whatever).",
    ],
)
def test_the_only_valid_version_settles_a_versionless_grant(statement: str) -> None:
    assert classify_text(f"{_GRANT}\n{statement}\n").expression == "GPL-2.0-only"


def test_without_the_statement_the_grant_is_any_version() -> None:
    assert classify_text(_GRANT).expression == "GPL-1.0-or-later"


def test_a_grant_that_states_its_version_is_left_alone() -> None:
    text = (
        "Licensed under the GNU General Public License, version 3 or any later version.\n"
        "The only valid version of the GPL for the old driver was version 2.\n"
    )
    assert classify_text(text).expression == "GPL-3.0-or-later"
