"""Property: ``normalize`` never drops a part. Two licenses written side by side, in any of
the ways metadata joins them (or none), read as an expression that holds both, or decline."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from licenseclass import normalize

# How people write a license, and the id (without "-only"/"-or-later") that reading must hold.
NAMES = {
    "MIT": "MIT",
    "Apache 2.0": "Apache-2.0",
    "Apache-2.0": "Apache-2.0",
    "GPLv2": "GPL-2.0",
    "GPL-3.0": "GPL-3.0",
    "BSD 3-Clause": "BSD-3-Clause",
    "BSD-2-Clause": "BSD-2-Clause",
    "LGPL 2.1": "LGPL-2.1",
    "MPL 2.0": "MPL-2.0",
    "ISC": "ISC",
    "Zlib": "Zlib",
    "CC0": "CC0-1.0",
    "CC-BY-4.0": "CC-BY-4.0",
    "CC BY-SA 4.0": "CC-BY-SA-4.0",
    "Unlicense": "Unlicense",
    "EPL-2.0": "EPL-2.0",
    "Artistic 2.0": "Artistic-2.0",
    "PSF": "PSF-2.0",
    "Python-2.0": "Python-2.0",
    "BSL-1.0": "BSL-1.0",
    "AGPLv3": "AGPL-3.0",
    "WTFPL": "WTFPL",
    "0BSD": "0BSD",
    "MIT-0": "MIT-0",
    "OFL-1.1": "OFL-1.1",
    "NCSA": "NCSA",
    "EUPL 1.2": "EUPL-1.2",
    "PostgreSQL": "PostgreSQL",
}
JOINS = [
    " or ",
    " OR ",
    " and ",
    "/",
    " / ",
    " | ",
    ", ",
    "; ",
    " & ",
    " + ",
    " AND ",
    " and/or ",
    " - ",
    ": ",
    " ",
    "\n",
    "_",
    " with ",
]


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(sorted(NAMES)),
    st.sampled_from(sorted(NAMES)),
    st.sampled_from(JOINS),
)
def test_two_licenses_are_both_kept_or_the_reading_declines(
    first: str, second: str, join: str
) -> None:
    a, b = NAMES[first], NAMES[second]
    if a == b:
        return
    reading = normalize(first + join + second)
    if reading.expression is not None:
        assert a in reading.expression and b in reading.expression, (first, join, second)
