"""A YAML front matter block opening a license file (choosealicense.com's metadata: "title",
"spdx-id", "permissions", "conditions", "limitations" and their lists) describes the license;
it states no terms. Its "limitations:" list (liability, warranty) is not a limit on the work,
while a limit written beside the license text still is."""

from __future__ import annotations

from licenseclass import classify_text
from licenseclass.core.licensedcode import licensedcode_dir, split_front_matter
from licenseclass.textid.coverage import front_matter

FRONT_MATTER = """---
title: MIT License
spdx-id: MIT
source: https://opensource.org/license/mit/

description: |
  A short, permissive license. This project is distributed under it
  by the widget authors.

permissions:
  - commercial-use
  - modifications
  - distribution

conditions:
  - include-copyright

limitations:
  - liability
  - warranty

held-by: The Widget Authors
---

"""


def mit_text() -> str:
    path = licensedcode_dir() / "licenses" / "mit.LICENSE"
    return split_front_matter(path.read_text(encoding="utf-8"))[1]


def test_the_front_matter_lines_are_found() -> None:
    assert front_matter(FRONT_MATTER + mit_text()) == (1, 23)
    assert front_matter(mit_text()) is None
    # a block with prose lines that are not YAML is not front matter
    assert front_matter("---\nYou may not use this for commercial purposes.\n---\n") is None


def test_a_license_file_with_front_matter_is_its_license() -> None:
    result = classify_text(FRONT_MATTER + mit_text())
    assert result.expression == "MIT"
    assert result.verdict.level == "open"


def test_a_limit_beside_the_text_still_counts_after_front_matter() -> None:
    text = (
        FRONT_MATTER
        + mit_text()
        + "\n\nThis software may be used for non-commercial purposes only.\n"
    )
    result = classify_text(text)
    assert result.verdict.level == "restricted"
