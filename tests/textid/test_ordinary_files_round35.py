"""Ordinary files that were called restricted or closed: look-alikes of files found in a Python
environment's site-packages (the thirty-fifth round's sample), built here at run time.

Each false alarm has a control beside it: the same kind of file that does limit something stays
restricted.
"""

from __future__ import annotations

import functools

import pytest

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses, scancode_rules


@functools.cache
def _apache_header() -> str:
    rules = {rule.name: rule.text for rule in scancode_rules()}
    return rules["apache-2.0_459.RULE"].strip()


def _license(key: str) -> str:
    return scancode_licenses()[key].text.strip()


def _comment(text: str, mark: str = "#") -> str:
    return "\n".join(f"{mark} {line}".rstrip() for line in text.split("\n"))


# --------------------------------------------------------------------------- code identifiers


C_SOURCE = """\
typedef struct {
    pthread_mutex_t mut;
    pthread_cond_t released;
    int locked;  // 0=unlocked, 1=locked; protected by `mut`
} LockObject;

static int
lock_is_held(LockObject *self)
{
    // `locked` is only ever accessed under `mut`; take it for a clean read.
    pthread_mutex_lock(&self->mut);
    int held = self->locked != 0;
    pthread_mutex_unlock(&self->mut);
    return held;
}
"""


def test_a_lock_named_in_backticks_is_no_license() -> None:
    """ScanCode calls one license "muT-License": a mutex called `mut` in a comment is not it."""
    found = classify_text(C_SOURCE)
    assert found.matches == ()
    assert found.verdict.level == "unknown"


PYTHON_SOURCE = '''\
def describe(func):
    """Return the names of a function's attributes.

        func_code       (same as __code__)
        func_doc        (same as __doc__)
    """


class Table:
    def columns(self, node):
        """Add every column name referenced under ``node``."""

    def fetch(self, url):
        """``url`` is a random address on the server that is protected by NTLM."""
'''


def test_identifiers_in_docstrings_are_no_license_names() -> None:
    """ScanCode has licenses keyed "doc", "node-js" and "ntlm": a dunder, a reStructuredText
    literal and an authentication scheme in docstrings are none of them."""
    found = classify_text(PYTHON_SOURCE)
    assert found.matches == ()
    assert found.verdict.level == "unknown"


def test_a_license_protected_by_is_still_read() -> None:
    found = classify_text("This file is protected by the GNU GPL, version 2.\n")
    assert [m.id for m in found.matches] == ["GPL-2.0-only"]


def test_a_license_name_in_backticks_is_still_read() -> None:
    found = classify_text("This project is licensed under `Apache-2.0`.\n")
    assert [m.id for m in found.matches] == ["Apache-2.0"]


# --------------------------------------------------------------------------- markup


# Documentation strings of the kind a software bill-of-materials schema carries (written here).
_FIELDS = (
    ("license", "The license of the component, as an SPDX identifier or a name."),
    ("copyright", "The copyright statement of the component, as its authors wrote it."),
    (
        "version",
        "The version lets the publishers of a component make changes to a document they "
        "published before, to update its description or its licenses. A tool given several "
        "documents for one component should use the most recent version.",
    ),
    (
        "serialNumber",
        "Each generated document should have a serial number of its own, even where the "
        "contents have not changed since the last one was published.",
    ),
    ("supplier", "The organisation that supplied the component; often its manufacturer."),
    ("ref", "An identifier that can be used to point at the service from other parts of the file."),
)


# One documented attribute of a schema: its tag with its attributes, then its documentation.
_DOCUMENTED = """\
        <xs:{tag} {attributes}>
            <xs:annotation>
                <xs:documentation>{text}</xs:documentation>
            </xs:annotation>
        </xs:{tag}>
"""


def _documented(tag: str, attributes: str, text: str) -> str:
    return _DOCUMENTED.format(tag=tag, attributes=attributes, text=text)


def _schema(documentation: str) -> str:
    body = "".join(
        _documented("attribute", f'name="{name}" type="xs:normalizedString"', text)
        for name, text in _FIELDS
    )
    open_to_any = 'namespace="##any" processContents="lax"'
    extension = _documented("anyAttribute", open_to_any, documentation)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!--\n'
        + _apache_header()
        + '\n-->\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n'
        + '    <xs:complexType name="componentType">\n'
        + body
        + extension
        + "    </xs:complexType>\n</xs:schema>\n"
    )


def test_a_schema_documenting_its_attributes_states_no_terms() -> None:
    """An XML schema's notes on which attributes may be used are markup documentation."""
    note = (
        "User-defined attributes may be used on this element as long as they do not have the "
        "same name as an existing attribute used by the schema."
    )
    found = classify_text(_schema(note))
    assert {m.id for m in found.matches} == {"Apache-2.0"}
    assert found.verdict.level == "open"
    assert not any(region.restrictions for region in found.unexplained)


def test_a_prose_note_beside_the_header_still_limits() -> None:
    found = classify_text(
        _comment(_apache_header()) + "\n\n# This file may not be used for commercial purposes.\n"
    )
    assert found.verdict.level == "restricted"


# --------------------------------------------------------------------------- comments on code


def test_a_comment_on_the_code_layout_is_no_limit() -> None:
    text = (
        _comment(_license("isc"))
        + "\n\n# The internal layout doesn't follow any particular paradigm:\n"
        + "# we simply organise code in modules, depending on what the code is used for.\n"
    )
    found = classify_text(text)
    assert {m.id for m in found.matches} == {"ISC"}
    assert found.verdict.level == "open"


def test_a_negated_use_beside_the_license_still_limits() -> None:
    text = (
        _comment(_license("isc"))
        + "\n\n# Note: this module isn't licensed for use in production systems.\n"
    )
    assert classify_text(text).verdict.level == "restricted"


# --------------------------------------------------------------------------- public domain


def test_a_fallback_license_for_other_jurisdictions_is_no_territory() -> None:
    """musl's COPYRIGHT: code placed in the public domain "also comes with a fallback
    permissive license for use in jurisdictions that may not recognize the public domain"."""
    text = (
        _license("mit")
        + "\n\nThe blowfish implementation was written by its author and placed into the\n"
        + "public domain. The code also comes with a fallback permissive license for use\n"
        + "in jurisdictions that may not recognize the public domain.\n"
    )
    found = classify_text(text)
    assert found.verdict.level == "open"
    assert not any(r.kind == "territory" for r in found.verdict.reasons)


def test_a_ban_in_some_jurisdictions_is_still_a_territory() -> None:
    text = (
        _license("mit")
        + "\n\nThe Software may not be used in jurisdictions that are subject to "
        + "comprehensive trade sanctions.\n"
    )
    found = classify_text(text)
    assert found.verdict.level == "restricted"
    assert any(r.kind == "territory" for r in found.verdict.reasons)


# --------------------------------------------------------------------------- programs named


@pytest.mark.parametrize(
    "line",
    [
        "# this hint is checkable under Python\n# 3.12 and later only.",
        "# these objects exist under Python >=\n# 3.14.",
        "A decorator available under Python >= 3.8.",
        "Stack inspection is non-portable under Python. Defaults to the empty string.",
        "# See Python 2's map function for a concrete example of this kind of overload.",
        '# According to the Node.js documentation, the release name is always "node".',
        "Total of all beds, including all staffed,ICU, licensed, and overflow beds.",
    ],
)
def test_a_program_in_a_comment_is_no_license(line: str) -> None:
    found = classify_text(line + "\n")
    assert found.matches == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Released under the Python license.", "Python-2.0"),
        ("This module is licensed under the same terms as Python itself.", "Python-2.0"),
        ("Distributed under the GPL's terms.", "GPL-1.0-or-later"),
        ("These are ICU-licensed data files.", "ICU"),
        ("It's *Apache 2* licensed and freely available.", "Apache-2.0"),
        ("license: MIT\nwebsite: https://example.org/project/", "MIT"),
    ],
)
def test_a_license_named_so_is_still_read(line: str, expected: str) -> None:
    assert [m.id for m in classify_text(line + "\n").matches] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        '__license__ = "MIT"\n__version__ = "0.5.4"\n',
        '[project]\nname = "example"\nlicense = "MIT"\nreadme = "README.md"\n',
    ],
)
def test_a_license_field_ends_with_its_quote(text: str) -> None:
    """The field on the next line is not part of the license's name: ``__version__`` gives
    no version (MIT-0), ``readme`` no MIT variant (ScanCode's mit-readme)."""
    assert [m.id for m in classify_text(text).matches] == ["MIT"]
