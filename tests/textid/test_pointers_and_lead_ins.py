"""The words around a license's name that only lead into it ("This code is licensed under
the") or point to its file ("See LICENSE.txt for details") are no unexplained region; a limit
said beside them still is."""

from __future__ import annotations

import pytest

from licenseclass import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "## License\n\nThis project is licensed under the terms of the MIT license. "
        "See [LICENSE](LICENSE) for details.\n",
        "License\n-------\nBSD 3-Clause. See LICENSE.txt.\n",
        "Licensed under the MIT License. See the LICENSE file in the root of this repository "
        "for the full text.\n",
        "This code is licensed under the GNU Lesser General Public License v3.0.\n",
        "This software is available under one of the following licenses:\n\n- MIT\n- Apache-2.0\n",
    ],
)
def test_lead_ins_and_pointers_leave_nothing_unexplained(text: str) -> None:
    found = classify_text(text)
    assert found.matches
    assert found.unexplained == ()
    assert found.verdict.level == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Licensed under the MIT License. See below: you may not use this for commercial "
        "purposes.\n",
        "Licensed under the MIT License.\nCommercial use is not permitted; see the LICENSE file.\n",
        "This software may not be used commercially.\nLicensed under the MIT License.\n",
    ],
)
def test_a_limit_beside_a_pointer_or_lead_in_is_read(text: str) -> None:
    found = classify_text(text)
    assert found.unexplained
    assert found.verdict.level == "restricted"
