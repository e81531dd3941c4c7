"""Justified text: runs of spaces between words read as one space.

A license set flush to both margins (or a line whose trailing spaces meet the space that joins
it to the next) has "with  or  without  modification" where the rules look for "with or
without modification". Before the fifty-first round the BSD grant so spaced was read as
leaving out changes, and a modified BSD license in a pygments example file came out with a ban
on derivatives it does not state. The texts are licensedcode-data's, spaced here.
"""

from __future__ import annotations

import pytest

from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.licensedcode import scancode_licenses


def _justified(text: str) -> str:
    return text.replace(" ", "  ")


@pytest.mark.parametrize("key", ["bsd-new", "bsd-simplified", "mit", "isc", "apache-2.0"])
def test_a_justified_open_license_is_still_open(key: str) -> None:
    found = analyze_text(_justified(scancode_licenses()[key].text))
    assert found.verdict.level == "open"
    assert found.license.restrictions == ()
    assert found.license.rights.modify.status != "denied"


def test_a_limit_added_to_a_justified_bsd_is_read_alone_at_its_line() -> None:
    text = scancode_licenses()["bsd-simplified"].text.strip()
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("Redistributions of source"))
    lines[at:at] = ["NO FEES may be charged for the provision of the software.", ""]
    found = analyze_text(_justified("\n".join(lines)))
    assert found.verdict.level == "restricted"
    assert {r.kind for r in found.license.restrictions} == {"no-selling"}
    (selling,) = found.license.restrictions
    assert all(e.start_line == e.end_line == at + 1 for e in selling.evidence)


def test_trailing_spaces_before_a_line_break_do_not_hide_a_wording() -> None:
    text = (
        "Redistribution and use in source and binary forms, with or without   \n"
        "modification, are permitted provided that this notice is kept.\n"
    )
    found = analyze_text(text)
    assert found.license.rights.modify.status != "denied"
    assert found.license.restrictions == ()
