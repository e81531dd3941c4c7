"""Notes beside a license text in shapes the additions reader learned in the twenty-fourth
round: passing a copy on, a grant until withdrawn, a trial period, a grant to those below a size,
a duty to buy said after a trial or past a size, a key or an approval to get first, outputs
called renders; and two facts that limit nothing (where builds are offered, what will not work).

Every sentence is written for these tests; the license texts come from licensedcode-data.
"""

from __future__ import annotations

import pytest
from beside import kinds_at, with_note

from licenseclass import classify_text
from licenseclass.clauses.additions import added_limits

LIMITING = [
    ("Your copy is for you alone. Please do not pass it along.", "no-redistribution"),
    ("You may use the tool; never hand copies over to other teams.", "no-redistribution"),
    ("The author grants these permissions until they are revoked by him.", "revocable-terms"),
    ("Permission under this notice is revocable at any time.", "revocable-terms"),
    ("This edition lets you try it for fourteen days before you decide.", "evaluation-only"),
    ("Studios with fewer than 5 staff can use the engine without paying.", "user-threshold"),
    (
        "Companies that have raised less than $3M can use it for free; others must buy a plan.",
        "revenue-threshold",
    ),
    ("Past that, please contact our sales team for a quote.", "other"),
    ("After that, simply purchase a license from our shop.", "other"),
    ("Firms please to purchase a licence for office use.", "non-commercial"),
    ("Before shipping it in a device you need to request an API key from us.", "registration"),
    ("Ask for permission before you bundle the fonts with a product.", "other"),
    (
        "Anyone who earns more than ten million euros a year: the free license no longer applies.",
        "revenue-threshold",
    ),
    ("Renders made with the trial engine may not be shown in commercial films.", "output-use"),
    ("You are free to copy it, but not for money.", "no-selling"),
]


@pytest.mark.parametrize("where", ["start", "end"])
@pytest.mark.parametrize(("note", "kind"), LIMITING)
def test_a_limit_beside_the_license_is_read_at_its_line(note: str, kind: str, where: str) -> None:
    text, line = with_note("mit", note, where)
    found = classify_text(text)
    assert found.verdict.level == "restricted", note
    assert kind in kinds_at(found, line), note


def test_an_amount_said_in_words_is_the_threshold() -> None:
    found = added_limits("Once your studio earns more than two million dollars, the grant ends.", 1)
    assert [r.kind for r in found] == ["revenue-threshold"]
    assert getattr(found[0], "amount", None) == 2_000_000


BENIGN = [
    "Prebuilt binaries are offered only for Linux and macOS; other systems build from source.",
    "Wheels are published only for x86_64 at the moment.",
    "The sample token in config.example does not work; put your own there.",
    "The old plugin API will not load in this release.",
    "Irrevocable permission is given to all, as stated above.",
    "Feel free to try it for as long as you like.",
]


@pytest.mark.parametrize("where", ["start", "end"])
@pytest.mark.parametrize("note", BENIGN)
def test_a_fact_beside_the_license_leaves_it_open(note: str, where: str) -> None:
    text, _ = with_note("isc", note, where)
    assert classify_text(text).verdict.level == "open", note


SET_11_SHAPES = [
    ("| Weapons research | Not permitted |", "field-of-use"),
    ("| Reselling the templates | Prohibited |", "no-selling"),
    ("| Where it may be used | Japan only |", "territory"),
    ("Any use that violates the community guidelines is unlicensed.", "acceptable-use-policy"),
    (
        "No use inside a commercial product is allowed without our written consent.",
        "non-commercial",
    ),
    ("The checkpoints are published only for academic study.", "research-only"),
    ("The vendor can terminate your license at its discretion, for any reason.", "revocable-terms"),
    ("Recipients are bound by these same terms when they get a copy from you.", "pass-through"),
    (
        "If your company books over GBP 3,000,000 in yearly revenue, this license does not apply "
        "to you.",
        "revenue-threshold",
    ),
]


@pytest.mark.parametrize(("note", "kind"), SET_11_SHAPES)
def test_a_limit_in_the_shapes_set_11_showed(note: str, kind: str) -> None:
    text, line = with_note("bsd-new", note, "end")
    found = classify_text(text)
    assert found.verdict.level == "restricted", note
    assert kind in kinds_at(found, line), note


@pytest.mark.parametrize(
    "note",
    [
        "| Windows | No |",
        "| Python | 3.10 or newer only |",
        "Run ./bootstrap first, or the build will fail on a fresh checkout.",
        "Paid support and consulting are offered by the maintainers if you need them.",
    ],
)
def test_a_table_of_platforms_or_a_build_note_limits_nothing(note: str) -> None:
    text, _ = with_note("bsd-new", note, "end")
    assert classify_text(text).verdict.level == "open", note
