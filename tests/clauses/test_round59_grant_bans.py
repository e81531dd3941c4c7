"""A ban on commercial use said in the grant's own sentence (fifty-ninth round).

"Permission is hereby granted to use, copy, modify and distribute the Software, but commercial
use of the Software is prohibited." had been read as leave for commercial use: the grant's
"commercial use" was taken as leave unless "is prohibited" came right after it, and the work
named between the two ("of the Software") hid the ban.
"""

from __future__ import annotations

from licenseclass import analyze_text


def _kinds_read(text: str) -> set[str]:
    return {r.kind for r in analyze_text(text).license.restrictions}


def test_a_ban_on_commercial_use_of_the_work_inside_the_grant_s_sentence_restricts() -> None:
    # "commercial use" in the grant's own sentence was read as leave for commercial use when
    # the work was named between it and "is prohibited"
    grant = "Permission is hereby granted to use, copy, modify and distribute the Software"
    for tail in (
        ", but commercial use of the Software is prohibited.",
        "; commercial use of this software is not permitted.",
        ", provided that you do the following: Commercial use of the Software is prohibited.",
    ):
        assert "non-commercial" in _kinds_read(grant + tail), tail
    # control: leave for commercial use in the grant is no ban
    assert not _kinds_read(
        grant + " for commercial use of the Software, provided this notice is kept."
    )
