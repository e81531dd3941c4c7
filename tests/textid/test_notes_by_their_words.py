"""A short note beside a license text: read by its shape, and, where it is the file's one note,
by its words too; terse notes of two words; training bans; contributor agreements.

Every sentence here is written for these tests; the license texts come from the installed
licensedcode-data package.
"""

from __future__ import annotations

import pytest
from beside import kinds_at, with_note

from licenseclass import analyze_text, classify_text
from licenseclass.clauses.additions import added_limits
from licenseclass.clauses.gate import is_prose
from licenseclass.core.licensedcode import scancode_licenses
from licenseclass.core.model import INFORMATIONAL_KINDS

# Bans on training models with the work, in the shapes people write them.
TRAINING_BANS = (
    "You may not use this library to train machine learning models.",
    "Do not use these recordings to train speech models.",
    "The corpus may not be used as training data for machine learning.",
    "Using these images to fine-tune AI systems is prohibited.",
    "This code may not be used for LLM training.",
)


@pytest.mark.parametrize("sentence", TRAINING_BANS)
def test_a_ban_on_training_models_with_the_work_is_read_alone(sentence: str) -> None:
    found = analyze_text(sentence)
    kinds = {r.kind for r in found.license.restrictions if r.kind not in INFORMATIONAL_KINDS}
    assert "model-improvement-ban" in kinds
    assert found.verdict.level == "restricted"


@pytest.mark.parametrize(
    "sentence",
    [
        "You may use the Software to train models.",
        "Example Corp will not use your uploads to train its models.",
        "The provider will not use the files you submit for model training.",
    ],
)
def test_leave_to_train_or_a_promise_about_your_data_is_no_ban(sentence: str) -> None:
    found = analyze_text(sentence)
    assert not [r for r in found.license.restrictions if r.kind == "model-improvement-ban"]


@pytest.mark.parametrize("where", ["start", "end"])
@pytest.mark.parametrize(
    ("note", "kind"),
    [("- no resale", "no-selling"), ("no redistribution", "no-redistribution")],
)
def test_a_two_word_ban_on_its_own_line_is_read(note: str, kind: str, where: str) -> None:
    text, line = with_note("mit", note, where)
    assert classify_text(text).verdict.level == "restricted"
    assert kind in kinds_at(classify_text(text), line)


def test_a_two_word_line_that_limits_nothing_leaves_it_open() -> None:
    text, line = with_note("mit", "No warranty")
    found = classify_text(text)
    assert line in {r.start_line for r in found.unexplained}  # said, as a region of its own
    assert found.verdict.level == "open"


@pytest.mark.parametrize(
    ("note", "kinds"),
    [
        ("Internal use only; do not distribute.", {"no-redistribution"}),
        ("Preview build - not for production use.", {"non-production"}),
        ("Internal use only - no resale.", {"field-of-use", "no-selling"}),
        ("Personal use only; no redistribution.", {"non-commercial", "no-redistribution"}),
    ],
)
def test_each_part_of_a_joined_note_is_read(note: str, kinds: set[str]) -> None:
    text, line = with_note("mit", note)
    assert kinds <= kinds_at(classify_text(text), line)


# Limits in no shape the patterns know, read by their words where the note is the file's one.
WORDED_LIMITS = (
    "Q: May I use this at my day job? A: Use inside a for-profit company isn't covered.",
    "Selling copies of these sprites is something we never agreed to.",
    "Our permission ends the day your company is acquired by a competitor.",
    "Shipping this firmware in devices sold outside the EU falls outside this grant.",
)


@pytest.mark.parametrize("note", WORDED_LIMITS)
def test_the_one_note_beside_a_license_is_read_by_its_words(note: str) -> None:
    assert added_limits(note, 1, cues=False) == []  # no known shape: only its words limit
    text, line = with_note("mit", note)
    found = classify_text(text)
    assert found.verdict.level == "restricted"
    assert kinds_at(classify_text(text), line)


# Notes with such words that limit nothing.
WORDED_NOTES = (
    "Need the code under another license for your product? Open an issue and we can talk.",
    "No registration, account or key is needed to run this program.",
    "Files in the assets folder are not covered by this license but by CC0.",
    "Only one copy of the license needs to be included in a bundle of our packages.",
    "You must have a C compiler installed to build it from source.",
    "If not, see the project website for the full text.",
    "Attribution is not mandatory for the sample sounds.",
    # the licensor's promises about the user's own data
    "We will not use your recordings to train our models.",
    "We never sell your personal data.",
)


@pytest.mark.parametrize("note", WORDED_NOTES)
def test_a_note_with_such_words_that_limits_nothing_leaves_it_open(note: str) -> None:
    text, _ = with_note("mit", note)
    found = classify_text(text)
    assert found.verdict.level == "open", [r.message for r in found.verdict.reasons]


def test_among_several_remarks_a_sentence_is_read_by_its_shape_only() -> None:
    # The same words read loosely where the file is one license and one note are left to the
    # patterns where the file carries other remarks: packaging history, where the source came
    # from. Then only a sentence shaped like a limit limits.
    mit = scancode_licenses()["mit"].text.strip("\n")
    remarks = (
        "This package was put together from the upstream release tarball.\n\n"
        "The changes were small and consisted solely of adding packaging files to the "
        "distribution, plus a few fixes recorded in the changelog.\n\n"
        "Upstream moved its repository twice; the old addresses no longer work.\n"
    )
    found = classify_text(f"{remarks}\n{mit}\n")
    assert found.verdict.level == "open", [r.message for r in found.verdict.reasons]
    note = "The changes were small and consisted solely of adding packaging files."
    assert added_limits(note, 1, cues=False) == []
    shaped = "Redistribution of this package is not allowed."
    assert [r.kind for r in added_limits(shaped, 1, cues=False)] == ["no-redistribution"]


def test_a_contributor_agreement_beside_a_license_decides_nothing() -> None:
    dco = scancode_licenses()["dco-1.1"].text.strip("\n")
    mit = scancode_licenses()["mit"].text.strip("\n")
    found = classify_text(f"{mit}\n\n{dco}\n")
    assert any("dco" in m.id.lower() for m in found.matches)
    assert found.verdict.level == "open"
    assert any("contributor agreement" in r.message for r in found.verdict.reasons)
    # alone, it still says nothing of using the work
    assert classify_text(dco).verdict.level == "unknown"


def test_a_sentence_that_ends_with_this_is_prose() -> None:
    # "this." ends a sentence; only "this.name" is code
    assert is_prose("Please do not fork this.")
    assert not is_prose("return this.value + self.offset")


def test_a_pointer_to_a_license_is_not_split_into_parts() -> None:
    # a region cut inside a notice: its second part alone would read as a ban
    pointer = (
        "Licensed under the Apache License, Version 2.0 with the following change; you may "
        "not use this file except in"
    )
    assert added_limits(pointer, 1, cues=False) == []
    assert added_limits(pointer, 1) == []


@pytest.mark.parametrize(
    "note",
    [
        "This license, which I can withdraw whenever I want, covers all of the code.",
        "Permission, which the author may revoke at any time, is given above.",
    ],
)
def test_a_license_the_licensor_may_take_back_is_revocable(note: str) -> None:
    text, line = with_note("mit", note)
    assert "revocable-terms" in kinds_at(classify_text(text), line)


def test_a_license_the_licensee_may_end_is_not_revocable_terms() -> None:
    text, line = with_note(
        "bsd-new", "This license, which you may end by deleting the software, is short."
    )
    assert "revocable-terms" not in kinds_at(classify_text(text), line)
