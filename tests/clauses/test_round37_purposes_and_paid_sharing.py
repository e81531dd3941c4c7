"""Two limits the permissive sweep's review found the reader missing (thirty-seventh round).

- A duty to use the work for one purpose and not another ("The Software shall be used for Good,
  not Evil", the JSON license's line) keeps use to a field, as a ban on a use does.
- A ban on distribution for payment whose subject runs long ("Distribution of the Program or
  any work based on the Program by a commercial organization to any third party is prohibited
  if any payment is made", the Aladdin licenses' section 2(a)) bans selling; the work may still
  be passed on free.

The license texts come from licensedcode-data at run time; the other sentences are invented.
"""

from __future__ import annotations

import pytest
from gadget import read, terms

from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.licensedcode import scancode_licenses

GRANT = "You may use, copy, modify and distribute the gadget."


@pytest.mark.parametrize(
    "sentence",
    [
        "The gadget shall be used for Good, not Evil.",
        "The gadget must be used for peaceful purposes and not for weapons.",
        "The gadget is to be used for teaching, not for profit.",
    ],
)
def test_a_duty_to_use_the_work_for_one_purpose_and_not_another_is_a_field_of_use(
    sentence: str,
) -> None:
    assert read(terms(GRANT, sentence)) == ("restricted", {"field-of-use"})


@pytest.mark.parametrize(
    "sentence",
    [
        # leave, not a duty: any purpose, and more than one
        "The gadget may be used for any purpose, not only commercial ones.",
        "The gadget shall be used for commercial purposes, not just research.",
        # the "not" opens another clause about sharing
        "The images may only be used for internal purposes and shall not be modified.",
    ],
)
def test_leave_for_any_purpose_or_a_new_clause_is_no_field_of_use(sentence: str) -> None:
    assert "field-of-use" not in read(terms(GRANT, sentence))[1]


def test_the_json_licenses_line_limits_its_text() -> None:
    text = scancode_licenses()["json"].text
    found = analyze_text(text)
    assert found.verdict.level == "restricted"
    fields = [r for r in found.license.restrictions if r.kind == "field-of-use"]
    assert fields
    line = text.split("\n")[fields[0].evidence[0].start_line - 1]
    assert "Good, not Evil" in line
    # the MIT text it adds that line to stays open
    assert analyze_text(scancode_licenses()["mit"].text).verdict.level == "open"


@pytest.mark.parametrize("key", ["afpl-8.0", "afpl-9.0"])
def test_the_aladdin_ban_on_paid_distribution_is_no_selling(key: str) -> None:
    text = scancode_licenses()[key].text
    found = analyze_text(text)
    selling = [r for r in found.license.restrictions if r.kind == "no-selling"]
    assert selling
    first = selling[0].evidence[0].start_line
    assert "commercial" in "\n".join(text.split("\n")[first - 1 : first + 1])


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        (
            "Distribution of the gadget or any work based on the gadget by a company to any "
            "third party is prohibited if any payment is made in connection with it.",
            {"no-selling"},
        ),
        ("Redistribution of the gadget is not prohibited if a fee is charged.", set()),
    ],
)
def test_a_ban_on_paid_sharing_reads_across_a_long_subject(sentence: str, kinds: set[str]) -> None:
    assert read(terms(GRANT, sentence))[1] == kinds
