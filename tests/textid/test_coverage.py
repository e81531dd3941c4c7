"""Verdicts rest on the whole text: coverage, unexplained regions, additions, look-alike files.

License texts come from the installed licensedcode-data package at run time; every added
sentence and every look-alike file below is written for these tests.
"""

from __future__ import annotations

import random

import pytest

from licenseclass import TextClassification, classify_text
from licenseclass.core.licensedcode import scancode_licenses


def text_of(key: str) -> str:
    return scancode_licenses()[key].text


ADDITIONS = {
    "non-commercial": "This software may be used for non-commercial purposes only.",
    "user-threshold": (
        "If the products or services made available by or for Licensee have more than 700 "
        "million monthly active users, you must request a license from the Licensor."
    ),
    "field-of-use": "You may not use the Software for military purposes.",
}


def _insert(text: str, sentence: str, where: str) -> tuple[str, int]:
    """``text`` with ``sentence`` as its own paragraph, and the line the sentence is on."""
    lines = text.split("\n")
    at = {"start": 0, "middle": len(lines) // 2, "end": len(lines)}[where]
    # put it between paragraphs, never inside one
    while 0 < at < len(lines) and lines[at - 1].strip():
        at += 1
    new = [*lines[:at], "", sentence, "", *lines[at:]]
    return "\n".join(new), at + 2


def _evidence_lines(result: TextClassification, kind: str) -> set[int]:
    return {e.start_line for r in result.verdict.reasons if r.kind == kind for e in r.evidence}


@pytest.mark.parametrize("where", ["start", "middle", "end"])
@pytest.mark.parametrize("kind", sorted(ADDITIONS))
@pytest.mark.parametrize("base", ["mit", "apache-2.0", "bsd-new"])
def test_a_limiting_addition_anywhere_makes_the_file_restricted(
    base: str, kind: str, where: str
) -> None:
    text, line = _insert(text_of(base), ADDITIONS[kind], where)
    found = classify_text(text)
    assert found.verdict.level == "restricted", (found.note, found.unexplained)
    assert line in _evidence_lines(found, kind)
    assert any(r.start_line <= line <= r.end_line and r.terms for r in found.unexplained)
    assert found.coverage < 1.0


@pytest.mark.parametrize("key", ["mit", "apache-2.0", "bsd-new", "gpl-3.0", "isc", "mpl-2.0"])
def test_clean_texts_stay_open_and_fully_explained(key: str) -> None:
    found = classify_text(text_of(key))
    assert found.verdict.level == "open"
    assert found.coverage >= 0.99
    assert not any(r.terms for r in found.unexplained)


def _perturbed(text: str, seed: int) -> str:
    words = text.split(" ")
    rnd = random.Random(seed)
    for i in rnd.sample(range(len(words)), len(words) // 100):
        words[i] = "quillwort"
    return " ".join(words)


def test_two_perturbed_copies_of_one_license_are_one_license() -> None:
    gpl = text_of("gpl-3.0")
    found = classify_text(_perturbed(gpl, 1) + "\n\n" + _perturbed(gpl, 2))
    assert found.ids == ("GPL-3.0-only",)
    assert found.expression == "GPL-3.0-only"
    assert len(found.matches) == 2  # one license, two spans
    first, second = found.matches
    assert first.end_line < second.start_line
    assert found.coverage > 0.95


def test_a_right_dropped_from_the_grant_is_not_granted() -> None:
    mit = text_of("mit")
    assert "modify, " in mit
    found = classify_text(mit.replace("modify, ", "", 1))
    assert found.ids == ("MIT",)
    assert found.verdict.level == "restricted"
    assert any(r.item == "rights.modify" and r.kind == "denied" for r in found.verdict.reasons)
    assert found.variant is not None and found.variant.dropped_rights == ("modify",)
    # The untouched text grants everything.
    assert classify_text(mit).verdict.level == "open"


def test_a_right_still_granted_elsewhere_is_not_dropped() -> None:
    # A one-word typo in GPL-3.0's section 4 ("You may convey verbatim copies ... provided that
    # you conspicuously ...") pairs that paragraph as removed and re-added; GPL grants conveying
    # in several sections, so sharing is still granted and the copy stays open.
    gpl = text_of("gpl-3.0")
    edited = gpl.replace("provided that you conspicuously and", "provided that you zork and", 1)
    assert edited != gpl
    found = classify_text(edited)
    assert found.ids == ("GPL-3.0-only",)
    assert found.variant is None or "share" not in found.variant.dropped_rights
    assert found.verdict.level == "open"


LOOK_ALIKES = {
    "scaffold.py": (
        'class Scaffold:\n    """A thing with a name.\n\n    Do not change this once it is set '
        'by the constructor.\n    """\n\n    def __init__(self, name: str) -> None:\n'
        "        self.name = name\n"
    ),
    "cli.rst": (
        "Running the server\n==================\n\nThe ``run`` command starts a development "
        "server.\n\n.. warning:: Do not use this command to run your application in "
        "production. Use a production WSGI server instead.\n\nYou may pass ``--port`` to "
        "choose the port. The reloader must not be used with threads.\n"
    ),
    "CHANGES.md": (
        "# Changes\n\n## 2.1.0\n\n- Fixed a crash when the cache may not be written. #1234\n"
        "- Values won't change when you restart the process.\n- You must now pass a name; "
        "passing none is deprecated.\n\n## 2.0.0\n\n- Dropped support for old interpreters.\n"
    ),
    "CODE_OF_CONDUCT.md": (
        "# Code of Conduct\n\nWe pledge to make participation in our community a "
        "harassment-free experience for everyone. Everyone interacting in this project is "
        "expected to follow the code of conduct. Maintainers may remove comments that are "
        "not aligned with it, and you must not harass other contributors.\n"
    ),
    "test_data.py": (
        "LICENSE_CASES = [\n    ('commercial use is prohibited', False),\n"
        "    ('you may not redistribute', False),\n]\n\n\ndef test_cases() -> None:\n"
        "    assert len(LICENSE_CASES) == 2\n"
    ),
}


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_ordinary_files_are_no_license_and_restrict_nothing(name: str) -> None:
    found = classify_text(LOOK_ALIKES[name])
    assert found.verdict.level == "unknown", found.verdict.reasons
    assert found.matches == ()
    assert found.note == "no license found"
    assert found.analysis is None


# An invented model license that names a catalogued one (the Tongyi Qianwen terms) in its
# title: long enough to be a license text of its own, so its own words decide.
NAMED_TEXT = """\
Tongyi Qianwen LICENSE AGREEMENT

The Materials are licensed under the Tongyi Qianwen License Agreement set out below.

1. Definitions. "Materials" means the model weights, the inference code and the documentation
that the Licensor makes available under this Agreement. "You" means the person or entity that
exercises the rights granted by this Agreement.

2. Grant of Rights. Subject to the terms of this Agreement, the Licensor hereby grants You a
non-exclusive, worldwide, non-transferable and royalty-free license to use, reproduce,
distribute, copy, create derivative works of, and make modifications to the Materials.

3. Redistribution. You may distribute copies of the Materials or of derivative works of them,
provided that You give every recipient a copy of this Agreement and keep all notices in place.
You must cause any modified files to carry a notice stating that You changed them.

{threshold}
5. Disclaimer. Unless required by applicable law, the Licensor provides the Materials on an
"AS IS" basis, without warranties or conditions of any kind. You are solely responsible for
determining whether using or redistributing the Materials is appropriate for You.

6. Limitation of Liability. In no event shall the Licensor be liable to You for any damages
arising out of this Agreement or the use of the Materials, even if advised of the possibility.

7. General. This Agreement is governed by the laws of the place where the Licensor is seated.
If any term of this Agreement is held invalid, the other terms remain in force.
"""
THRESHOLD = """\
4. Use Limitation. If You are commercially using the Materials, and Your product or service
has more than 100 million monthly active users, You shall request a license from the Licensor.
You cannot exercise Your rights under this Agreement without the Licensor's written consent.
"""


def test_a_text_named_after_a_license_is_judged_by_its_own_words() -> None:
    with_threshold = classify_text(NAMED_TEXT.format(threshold=THRESHOLD))
    assert with_threshold.ids == ("LicenseRef-Tongyi-Qianwen-2023",)
    assert with_threshold.verdict.level == "restricted"
    assert "user-threshold" in {r.kind for r in with_threshold.verdict.reasons}
    without = classify_text(NAMED_TEXT.format(threshold=""))
    assert without.ids == ("LicenseRef-Tongyi-Qianwen-2023",)  # still named
    assert "user-threshold" not in {r.kind for r in without.verdict.reasons}
    assert "own" in (without.note or "") or "clauses of this text" in (without.note or "")


def test_coverage_and_regions_report_line_ranges() -> None:
    mit = text_of("mit")
    preface = "Some words about this project that explain nothing in particular at all.\n\n"
    found = classify_text(preface + mit)
    assert found.ids == ("MIT",)
    assert [(r.start_line, r.end_line) for r in found.unexplained] == [(1, 1)]
    assert not found.unexplained[0].terms
    assert found.verdict.level == "open"
    assert 0.8 < found.coverage < 1.0


def test_evidence_lines_count_newlines_only() -> None:
    mit = text_of("mit")
    text = "A first line\u2028with a line separator inside it.\n\n" + ADDITIONS["field-of-use"]
    found = classify_text(text + "\n\n" + mit)
    assert found.verdict.level == "restricted"
    assert 3 in _evidence_lines(found, "field-of-use")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_raw_lines_are_counted_as_the_tokens_count_them(newline: str) -> None:
    text = newline.join(["a", "", "b", " Licensed under the GPLv2+", ""])
    assert classify_text(text).ids == ("GPL-2.0-or-later",)
    # a lone CR before a licensing phrase is a line break, not an index past the end
    assert classify_text("\r Licensed under Permission is hereby granted").verdict is not None
