"""Sentences added beside a full license text: limits change the verdict, other notes do not.

The clause rules type most limits; a sentence they leave untyped but that has the shape of a
limit on the work (clauses/additions.py) must still make the file restricted, with its line as
evidence. Every sentence here is written for these tests; the license texts come from the
installed licensedcode-data package.
"""

from __future__ import annotations

import pytest
from beside import with_note
from license_words import license_sentence

from licenseclass import classify_text
from licenseclass.clauses.additions import MAX_ADDITION_WORDS, added_limits

LIMITS: tuple[tuple[str, str], ...] = (
    ("non-commercial", "Commercial use is not permitted."),
    ("non-commercial", "You may not use this code in any product or service that you sell."),
    ("non-commercial", "Any use of the software for profit requires a separate written agreement."),
    ("field-of-use", "The Software must not be used in weapons systems."),
    ("field-of-use", "You shall not use this software to conduct mass surveillance."),
    ("excluded-persons", "Use of this software by or for the military is strictly forbidden."),
    ("excluded-persons", "This software may not be used by the military."),
    ("excluded-persons", "Government agencies are not permitted to use this software."),
    ("excluded-persons", "Employees of Acme Corp are not licensed to use this program."),
    ("excluded-persons", "Permission is granted only to non-profit organisations."),
    # (docs/clauses.md: a ban on training other models with the work is model-improvement-ban)
    ("model-improvement-ban", "The Software may not be used to train machine learning models."),
    ("research-only", "You may use this software for academic research only."),
    ("evaluation-only", "NOTE: This software is provided for evaluation purposes only."),
    ("evaluation-only", "You may use the program for 30 days to evaluate it."),
    ("no-redistribution", "Redistribution of this software in any form is not allowed."),
    ("no-redistribution", "The files may not be republished or mirrored elsewhere."),
    ("no-derivatives", "Modified versions of this file may not be distributed."),
    ("no-derivatives", "No derivative works may be created from the Software."),
    ("hosting-restriction", "You may not offer the Software as a hosted or managed service."),
    (
        "hosting-restriction",
        "Providing the software to third parties as a SaaS offering is prohibited.",
    ),
    (
        "user-threshold",
        "Licensees with more than 1,000 employees must purchase a commercial license.",
    ),
    (
        "user-threshold",
        "If your product has more than 10 million monthly active users you need our permission.",
    ),
    (
        "revenue-threshold",
        "Companies with annual revenue above $5 million must obtain a paid license.",
    ),
    ("no-selling", "This program may not be sold, alone or as part of another product."),
    ("revocable-terms", "The author may change these terms at any time without notice."),
    ("territory", "This software may only be used within the European Union."),
    ("non-production", "The software may not be used in production environments."),
)

# Notes that sit beside license texts in real files and limit nothing.
NOTES: tuple[str, ...] = (
    "The Widget project is licensed under the terms of the MIT license, reproduced below.",
    "See the file AUTHORS for the list of people who wrote this software.",
    "This only affects the documentation in the docs folder.",
    "Files under tests/fixtures are not covered by this license; they are in the public domain.",
    "If you use this library in academic work, please cite our paper.",
    "The name Widget is a trademark of Example Ltd. and may not be used without permission.",
    license_sentence("apache-2.0", "Licensed under the Apache License"),
    "Nobody may copy, change or hand on this file except according to those terms.",
    "Contributions are accepted only under the same license as the project.",
    "Use only at your own risk.",
    "You may not pretend that you wrote this software.",
    license_sentence("zlib", "This notice may not be removed"),
    "Questions about licensing can be sent to legal@example.org.",
    "Parts of the build scripts are only used at build time and are not shipped.",
    "You may distribute the result only under the same or a similar license.",
    # "is not allowed" said of something other than the work or an act on it
    "The release tarball had a prebuilt helper binary, which is not allowed as-is in the archive.",
    "Linking the plugin at run time does not require additional permissions from us.",
    "Files in the examples folder are not covered by this license but by CC0.",
    # packagers' remarks and the notice duty, as Debian copyright files word them
    "The game data cannot be distributed in main, so this package lives in contrib.",
    "As a result the package is provided in the contrib archive area: it can not run on its own.",
    "You may do anything you like with this file except remove this copyright.",
)


@pytest.mark.parametrize("where", ["start", "end"])
@pytest.mark.parametrize("base", ["mit", "bsd-new", "isc"])
@pytest.mark.parametrize(("kind", "sentence"), LIMITS)
def test_a_limit_beside_a_license_text_restricts_the_file(
    kind: str, sentence: str, base: str, where: str
) -> None:
    text, line = with_note(base, sentence, where)
    found = classify_text(text)
    assert found.verdict.level == "restricted"
    reasons = [r for r in found.verdict.reasons if r.item == "unexplained"]
    assert kind in {r.kind for r in reasons}
    assert line in {e.start_line for r in reasons for e in r.evidence}


@pytest.mark.parametrize("where", ["start", "end"])
@pytest.mark.parametrize("base", ["mit", "bsd-new", "apache-2.0"])
@pytest.mark.parametrize("note", NOTES)
def test_a_note_beside_a_license_text_leaves_it_open(note: str, base: str, where: str) -> None:
    text, _ = with_note(base, note, where)
    found = classify_text(text)
    assert found.verdict.level == "open", [r.message for r in found.verdict.reasons]


def test_the_sentences_alone_are_not_read_as_additions() -> None:
    # Without a license text beside it, a sentence goes through the clause rules only.
    found = classify_text("The Software must not be used in weapons systems.\n")
    assert not [r for r in found.verdict.reasons if r.item == "unexplained"]


def test_a_long_region_is_left_to_the_rules() -> None:
    sentence = "This software may not be used by the military. "
    filler = "The quick brown fox jumps over the lazy dog again and again. " * 12
    region = sentence + filler
    assert len(region.split()) > MAX_ADDITION_WORDS
    assert added_limits(region, 1) == []
    assert [r.kind for r in added_limits(sentence, 7)] == ["excluded-persons"]
    assert added_limits(sentence, 7)[0].evidence[0].start_line == 7


def test_code_is_not_read_as_an_addition() -> None:
    assert added_limits("if user.may_not_use(software): raise Forbidden()\n", 1) == []
