"""License ids in documentation's code examples are arguments, not the file's license.

The files are built here in the shapes documentation takes: Markdown with fenced and
indented blocks, reStructuredText with doctests, and the same blocks quoting a real license
statement, which must still be found.
"""

from __future__ import annotations

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.textid.examples import example_lines


def _ids(text: str) -> list[str]:
    return sorted({m.id for m in classify_text(text, read_clauses=False).matches})


MARKDOWN = """# mytool

A tool that reads license declarations.

## Examples

    mytool show CC-BY-NC-4.0 --policy osd   # one license and its verdict
    mytool expr "MIT OR GPL-2.0-only AND CC-BY-NC-4.0"

From Python:

```python
import mytool
print(mytool.verdict("Llama-3.1").level)
print(mytool.normalize("GPLv2+").expression)   # GPL-2.0-or-later
```
"""


def test_examples_in_a_readme_name_no_license() -> None:
    found = classify_text(MARKDOWN)
    assert found.matches == ()
    assert found.verdict.level == "unknown"


def test_the_readme_license_section_is_still_read() -> None:
    assert _ids(MARKDOWN + "\n## License\n\nMIT\n") == ["MIT"]
    assert _ids(MARKDOWN + "\n## License\n\nThis project is licensed under the MIT License.\n") == [
        "MIT"
    ]


def test_doctests_name_no_license() -> None:
    text = (
        "Parse an expression::\n\n"
        "    >>> licensing = get_licensing()\n"
        "    >>> licensing.parse(' GPL-2.0 or LGPL-2.1 and mit ')\n"
        "    OR(LicenseSymbol('GPL-2.0-only'), LicenseSymbol('MIT'))\n"
    )
    assert _ids(text) == []


def test_a_license_quoted_in_a_block_is_still_found() -> None:
    mit = scancode_licenses()["mit"].text
    assert _ids(f"## License\n\n```\n{mit}\n```\n") == ["MIT"]
    notice = (
        "## License\n\n"
        '    Licensed under the Apache License, Version 2.0 (the "License");\n'
        "    you may not use this file except in compliance with the License.\n"
    )
    assert _ids(notice) == ["Apache-2.0"]


def test_a_tag_shown_as_an_example_is_dropped_but_a_real_tag_is_not() -> None:
    example = "Put this on top of each file:\n\n```python\n# SPDX-License-Identifier: MIT\n```\n"
    assert _ids(example) == []
    assert _ids("# SPDX-License-Identifier: MIT\nimport os\n") == ["MIT"]


def test_source_code_with_blank_lines_inside_a_call_is_no_example() -> None:
    setup = 'from setuptools import setup\n\nsetup(\n    name="x",\n\n    license="MIT",\n)\n'
    assert example_lines(setup.split("\n")) == frozenset()
    assert _ids(setup) == ["MIT"]


def test_example_lines_are_found_once_per_line_on_a_long_file() -> None:
    # no blank line, thousands of doctest output lines: each line is looked at once
    lines = [">>> run()"] + ["output"] * 20000
    assert len(example_lines(lines)) == 20001


def test_a_list_of_licenses_in_an_indented_block_is_no_example() -> None:
    text = (
        "Licensing FAQ\n\n is dual-licensed under:\n\n"
        '    the Eclipse Public License 1.0 ("EPL")\n'
        "    the Eclipse Distribution License 1.0 (a Revised BSD-style license).\n"
    )
    assert example_lines(text.split("\n")) == frozenset()
    assert "EPL-1.0" in _ids(text)
