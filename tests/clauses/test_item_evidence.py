"""Evidence read in a list item is the item's own words, whichever rule read it.

Rules that match on the lead-in and the item together (``Sentence.full``) must shift their
offsets to the item's words before quoting them; several did not and quoted an empty string
(or the wrong words) for limits found in list items. Each case puts one limit in item (b) of a
list after a lead-in and checks that the quoted words are non-empty and are the item's.
"""

from __future__ import annotations

import pytest

from licenseclass.clauses.analysis import analyze_text

LEAD = "Subject to these terms, you agree that:\n\n(a) you will keep the gadget safe;\n(b) "


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("the gadget may not be distributed for profit;", "no-selling"),
        (
            "you cannot expose the gadget to third parties via the network or use it to "
            "provide hosted services;",
            "hosting-restriction",
        ),
        (
            "in order to use the gadget, you will be required to register with Acme and to "
            "create an account;",
            "registration",
        ),
        (
            "In order to use the Services, Company will be required to register with Acme and "
            "to accept its terms;",
            "registration",
        ),
        (
            "Non-Commercial Purpose means the use of the gadget solely for research and not "
            "for any commercial gain;",
            "research-only",
        ),
        (
            "if you distribute any derivative work, you will (1) notify Acme regarding its "
            "distribution, and (2) mark it as modified;",
            "registration",
        ),
    ],
)
def test_the_evidence_of_a_limit_in_an_item_quotes_the_item(item: str, kind: str) -> None:
    text = f"{LEAD}{item}\n"
    found = [r for r in analyze_text(text).license.restrictions if r.kind == kind]
    assert found, kind
    for evidence in found[0].evidence:
        words = " ".join(evidence.text.split()).lower()
        assert words
        assert words in " ".join(f"(b) {item}".split()).lower()  # the marker may lead
