"""Kinds of files the twentieth Debian sample (round 60) flagged without cause.

Each text is built here from licensedcode-data's texts and plain filler; none is copied from a
package.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from beside import commented, license_text

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses

# The Regents' text with its third clause (advertising) in place, as BSD's make tutorial and
# many 4.4BSD files carry it, and the same text without that clause.
_ADVERTISING = (
    "3. All advertising materials mentioning features or use of this software\n"
    "   must display the following acknowledgement:\n"
    "   This product includes software developed by the University of\n"
    "   California, Berkeley and its contributors."
)


def _regents_texts() -> tuple[str, str, str]:
    """The clauses with the advertising clause, without it, and the disclaimer."""
    reference = scancode_licenses()["bsd-original-uc"].text
    clauses, _, rest = reference.partition("THIS SOFTWARE")
    disclaimer = "THIS SOFTWARE" + rest.split("\n\n")[0]
    clauses = clauses.strip()
    four = clauses.replace("3. <deleted>", _ADVERTISING)
    three = clauses.replace("   3. <deleted>\n\n", "").replace("4. Neither", "3. Neither")
    return four, three, disclaimer


def _document(mark: str, filler_lines: int) -> str:
    """A long document whose header holds the three-clause text, then the four-clause one, each
    behind ``mark``, and then ``filler_lines`` lines of words no license uses."""
    four, three, disclaimer = _regents_texts()
    header = "\n\n".join(
        [
            "Copyright (c) 1988, 1989, 1993\n\tThe Regents of the University of California.",
            three,
            disclaimer,
            "Copyright (c) 1988, 1989 by Adam de Boor",
            four,
            disclaimer,
        ]
    )
    marked = "\n".join(f"{mark}{line}".rstrip() for line in header.split("\n"))
    rnd = random.Random(filler_lines)
    words = ("make", "target", "rule", "shell", "command", "variable", "each", "when", "run")
    body = [" ".join(rnd.choice(words) for _ in range(10)) for _ in range(filler_lines)]
    return marked + "\n.LP\n" + "\n".join(body) + "\n"


@pytest.mark.parametrize("mark", ['.\\" ', "# ", ""])
@pytest.mark.parametrize("filler_lines", [1500, 3000])
def test_a_whole_bsd_text_in_a_long_file_is_not_split_into_pieces(
    mark: str, filler_lines: int
) -> None:
    """Found whole, the four-clause text is one license: a tiling of a two-clause rule, the
    advertising clause's rule and four fifths of another license's text (a ScanCode-only one
    read as restricted) explains no more of it."""
    found = classify_text(_document(mark, filler_lines))
    assert found.verdict.level == "open"
    ids = [m.id for m in found.matches]
    assert ids[0] == "BSD-3-Clause"
    assert len(ids) == 2 and ids[1].startswith("BSD-4-Clause")
    assert all(not i.startswith("LicenseRef-") for i in ids)


def test_the_short_document_reads_the_same() -> None:
    """Control: with little beside it the same header gave the same two licenses before."""
    found = classify_text(_document('.\\" ', 50))
    assert found.matches[0].id == "BSD-3-Clause"
    assert found.matches[1].id.startswith("BSD-4-Clause")
    assert found.verdict.level == "open"


def _readme(tail: str) -> str:
    """A README's license section: the MIT text's name, a short version in the author's words,
    and the MIT text itself below."""
    return (
        "### License ###\n\n"
        "These projects are released under the X11/MIT license.\n"
        "Short version: this code is copyrighted to me (A. Author),\n"
        f"I give you full permission to do whatever you want with it except {tail}\n"
        "See the LICENSE file for specific terms.\n\n" + license_text("mit") + "\n"
    )


@pytest.mark.parametrize(
    "tail",
    [
        "remove my\nname from the credits.",
        "take my name\nout of the source.",
    ],
)
def test_keeping_the_authors_name_is_attribution_not_a_limit(tail: str) -> None:
    """Leave to do anything but remove the author's name from the credits asks for credit,
    which MIT already asks for: the file is open."""
    found = classify_text(_readme(tail))
    assert found.verdict.level == "open"
    assert "MIT" in {m.id for m in found.matches}


@pytest.mark.parametrize("tail", ["sell it.", "use it for commercial purposes."])
def test_an_exception_that_takes_a_right_still_restricts(tail: str) -> None:
    """Control: anything but selling it, or anything but commercial use, is a limit."""
    found = classify_text(_readme(tail))
    assert found.verdict.level == "restricted"


# A table of licenses a build tool knows, as code: every level among them.
_KNOWN = (
    ("MIT", "MIT License"),
    ("Apache-2.0", "Apache License 2.0"),
    ("BSD-3-Clause", "BSD 3-Clause License"),
    ("GPL-2.0-only", "GNU General Public License v2.0 only"),
    ("GPL-3.0-only", "GNU General Public License v3.0 only"),
    ("LGPL-2.1-only", "GNU Lesser General Public License v2.1 only"),
    ("MPL-2.0", "Mozilla Public License 2.0"),
    ("EPL-2.0", "Eclipse Public License 2.0"),
    ("CDDL-1.0", "Common Development and Distribution License 1.0"),
    ("ISC", "ISC License"),
    ("Zlib", "zlib License"),
    ("CC-BY-4.0", "Creative Commons Attribution 4.0"),
    ("CC-BY-NC-4.0", "Creative Commons Attribution Non Commercial 4.0"),
    ("CC-BY-NC-ND-4.0", "Creative Commons Attribution Non Commercial No Derivatives 4.0"),
    ("AGPL-3.0-only", "GNU Affero General Public License v3.0 only"),
    ("Artistic-2.0", "Artistic License 2.0"),
    ("EUPL-1.2", "European Union Public License 1.2"),
    ("OFL-1.1", "SIL Open Font License 1.1"),
    ("BSL-1.0", "Boost Software License 1.0"),
)


def _c_table(rows: tuple[tuple[str, str], ...]) -> str:
    lines = ["#include <stddef.h>", "", "static const struct license known[] = {"]
    lines += [f'    {{"{key}", "{name}"}},' for key, name in rows]
    lines += [
        "    {NULL, NULL}",
        "};",
        "static size_t count = sizeof(known) / sizeof(known[0]);",
        "",
    ]
    return "\n".join(lines)


def _ocaml_table(rows: tuple[tuple[str, str], ...]) -> str:
    parts = ["let mk_license name ?note long = { name; note; long }"]
    for key, name in rows:
        binding = key.lower().replace("-", "_").replace(".", "_")
        parts.append(f'let {binding} =\n  mk_license\n    "{key}"\n    (ns_ "{name}")\n')
    parts.append("let all = List.map (fun l -> l.name) known")
    parts.append("let () = List.iter (fun l -> print_endline l.name) known")
    return "\n\n".join(parts)


@pytest.mark.parametrize("table", [_c_table, _ocaml_table])
def test_a_table_of_licenses_in_code_under_a_header_is_the_headers(
    table: Callable[[tuple[tuple[str, str], ...]], str],
) -> None:
    """A source file under MIT whose code lists the licenses a tool knows (two of them
    non-commercial) is MIT's: the table is the code's data, not the file's terms."""
    text = commented("mit", "#") + "\n\n" + table(_KNOWN)
    found = classify_text(text)
    assert found.expression == "MIT"
    assert found.verdict.level == "open"


def test_a_few_names_in_code_are_still_read() -> None:
    """Control: below the catalogue's size (twelve licenses), names in the code stay matches;
    three names give more than the header's one id."""
    text = commented("mit", "#") + "\n\n" + _c_table(_KNOWN[:3])
    found = classify_text(text)
    assert "MIT" in found.ids
    assert {"Apache-2.0", "BSD-3-Clause"} <= set(found.ids)


def test_a_table_without_a_header_is_still_a_list_of_licenses() -> None:
    """Control: names alone are answered as a list, as before."""
    found = classify_text(_c_table(_KNOWN))
    assert found.expression is None
    assert found.verdict.level == "unknown"
    assert found.note is not None and "list of" in found.note


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("See the file COPYING for licence details (GPL).", "GPL-1.0-or-later"),
        ("See the file COPYING.LIB for license details (LGPL).", "LGPL-2.0-or-later"),
        ("Read COPYING for license terms (GNU GPL).", "GPL-1.0-or-later"),
    ],
)
def test_a_gnu_name_in_brackets_after_license_details_is_read(line: str, expected: str) -> None:
    """A bare GNU name in brackets after "licence details" names the file's license, of any
    version, as "licensed under the GPL" does (it was no license)."""
    found = classify_text(f"/* tool.c: convert files.\n * {line}\n */\nint main(void);\n")
    assert found.expression == expected


def test_what_the_letters_stand_for_is_no_name_of_the_files_license() -> None:
    """Control: "the General Public License (GPL)" spells out the letters; only "licence
    details (GPL)" and its like say the file's license."""
    found = classify_text(
        "In 2000 the team found that a license compatible with the General Public License (GPL)"
        " was very desirable.\n"
    )
    assert found.expression is None


def test_another_works_terms_in_brackets_are_not_the_files() -> None:
    """Control: "Linking against Mbed TLS changes license terms (Apache 2.0)." in a build file
    under MIT names the library's license, not the file's."""
    found = classify_text(
        "# This software is supplied under the terms of the MIT License.\n"
        'message(WARNING "Linking against Mbed TLS changes license terms (Apache 2.0).")\n'
    )
    assert found.ids == ("MIT",)


def test_a_bare_family_name_in_brackets_still_names_none() -> None:
    """Control: "(BSD)" says no BSD license in particular."""
    found = classify_text("See the file LICENSE for licence details (BSD).\n")
    assert found.expression is None
