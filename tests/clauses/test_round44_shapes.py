"""Bans on improving other models said around a version's dot, use in a multi-user
arrangement, and a word processor's hollow bullets (forty-fourth round).

The texts are invented (a made-up "gadget"), after shapes met in the tuning parts of the
clause-reader evaluation:

- "You must not use the Acme Gadget 3D 2.0 Works ... to improve any other AI model": the dot of
  "2.0" is no sentence end, so the ban reads on to the model it names.
- "use the gadget to develop data sets, foundation models, or other large scale models that may
  compete with Acme": a ban on building competing models, with a longer list before "models"
  and "may" before "compete".
- Use "in a network, multi-user arrangement or remote access arrangement" barred: a hosting
  restriction. (A copy kept off "a network where it could be used by multiple Devices" limits
  installations, as the older labels read it; the labels of the third rules part read it as
  hosting, and the older reading stays.) In a list of bans, "on more than one computer ... at
  the same time" counts machines: it is no field of use.
- A line that starts with the letter "o" and two spaces is an item of a list (a hollow bullet as
  a word processor saves it as text), so each item is read after its lead-in ("You shall not:").
"""

from __future__ import annotations

import pytest
from gadget import clause_limits, read, terms

from licenseclass.clauses.analysis import analyze_text


@pytest.mark.parametrize(
    "clause",
    [
        "You must not use the Acme Gadget 3D 2.0 Works or any Output or results of the Acme "
        "Gadget 3D 2.0 Works to improve any other AI model (other than Acme Gadget 3D 2.0).",
        "You may not use version 1.5 of the gadget to train any other machine learning model.",
        "You will not use the gadget to develop data sets, foundation models, or other large "
        "scale models that may compete with Acme.",
    ],
)
def test_bans_on_improving_other_models(clause: str) -> None:
    assert "model-improvement-ban" in clause_limits(clause)


def test_a_model_of_ones_own_is_no_ban() -> None:
    clause = "You may use version 2.0 of the gadget to improve your own models and products."
    assert "model-improvement-ban" not in clause_limits(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "You shall not use the gadget, or permit use of the gadget, in a network, multi-user "
        "arrangement or remote access arrangement, including any online use.",
        "You may not use the gadget in a multi-user environment.",
        "Licensee shall not operate the gadget under a remote access arrangement.",
    ],
)
def test_use_shared_over_a_network_is_hosting(clause: str) -> None:
    assert "hosting-restriction" in clause_limits(clause)


def test_a_multi_user_system_named_is_no_ban() -> None:
    clause = "The gadget runs on a multi-user system and may be copied and shared freely."
    assert "hosting-restriction" not in clause_limits(clause)


HOLLOW_BULLETS = (
    "Acme grants you a license to install the gadget on one computer.\n\n"
    "You shall not:\n"
    "o  Make copies of the gadget or of the materials that come with it.\n"
    "o  Use the gadget, or permit use of the gadget, in a network, multi-user\n"
    "arrangement or remote access arrangement, including any online use.\n"
    "o  Sell, rent, lease or license any copies of the gadget, without the express\n"
    "prior written consent of Acme."
)


def test_hollow_bullets_are_items_of_their_lead_in() -> None:
    level, kinds = read(terms(HOLLOW_BULLETS))
    assert {"hosting-restriction", "no-selling"} <= kinds
    assert level != "open"


def test_hollow_bullets_keep_each_item_s_line() -> None:
    found = analyze_text(terms(HOLLOW_BULLETS))
    lines = {str(r.kind): r.evidence[0].start_line for r in found.license.restrictions}
    text = terms(HOLLOW_BULLETS).split("\n")
    assert "multi-user" in text[lines["hosting-restriction"] - 1]
    assert "Sell, rent" in text[lines["no-selling"] - 1]


def test_a_count_of_computers_in_a_list_of_bans_is_no_field_of_use() -> None:
    text = terms(
        "Acme grants you a license to install the gadget on one computer.",
        "You shall not:\n"
        "- Use the gadget, or permit use of the gadget, on more than one computer, computer "
        "terminal, or workstation at the same time.\n"
        "- Use the gadget for any military purpose.",
    )
    found = analyze_text(text)
    fields = [r for r in found.license.restrictions if r.kind == "field-of-use"]
    assert fields, "the military item is still a field of use"
    lines = text.split("\n")
    assert all("military" in lines[r.evidence[0].start_line - 1] for r in fields)


@pytest.mark.parametrize(
    "clause",
    [
        "Before any claim of compatibility is made, the testing party must make the test results "
        "public and send a link to such test results to Acme at tck@acme.example.",
        "You must send a copy of any modification you distribute to Acme at patches@acme.example.",
    ],
)
def test_a_report_owed_to_the_licensor_s_address_is_registration(clause: str) -> None:
    assert "registration" in clause_limits(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Please send bug reports to Acme at bugs@acme.example.",
        "You must not send unsolicited offers to Acme at sales@acme.example.",
    ],
)
def test_an_address_to_write_to_is_no_registration(clause: str) -> None:
    assert "registration" not in clause_limits(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "The total storage across all deployments of the gadget shall not exceed 10TB and/or an "
        "upper limit of 50 VCPUs.",
        "Each installation of the gadget must not exceed 16 cores.",
    ],
)
def test_a_cap_on_a_deployment_s_size_is_a_threshold(clause: str) -> None:
    assert "user-threshold" in clause_limits(clause)


def test_a_size_stated_as_a_fact_is_no_threshold() -> None:
    clause = "The gadget's index does not exceed 2 GB, and you may copy it freely."
    assert "user-threshold" not in clause_limits(clause)


INDENTED = (
    "Redistribution and use of the gadget in binary form is permitted provided that the "
    "following conditions are met:\n\n"
    "    Use of the gadget is permitted for testing the compatibility of a product.\n"
    "    Before any claim of compatibility is made, the testing party must:\n"
    "        use the gadget to show that the product meets all of its requirements;\n"
    "        make the test results public and send a link to such test results to Acme at "
    "tck@acme.example; and\n"
    "        comply with the specification.\n"
    "    The test results must stay available while the product is sold.\n"
)


def test_an_unmarked_item_opens_a_sub_list_told_by_its_indentation() -> None:
    from licenseclass.clauses.sentences import split_sentences

    sentences = {s.start_line: s for s in split_sentences(INDENTED)}
    assert sentences[5].lead.endswith("the testing party must")
    assert sentences[6].lead.endswith("the testing party must")
    # the next item at the outer depth reads after the outer lead-in again
    assert sentences[8].lead.endswith("the following conditions are met")
    assert "registration" in read(terms(INDENTED))[1]


def test_a_person_counted_and_registered_is_a_threshold_and_a_registration() -> None:
    clause = (
        "The gadget may only be used by a single software developer, whose identity shall be "
        "registered by Licensee."
    )
    assert {"user-threshold", "registration"} <= clause_limits(clause)


def test_a_licence_owed_past_a_count_is_the_threshold_alone() -> None:
    clause = "If your organisation has more than 100 users you must obtain a commercial license."
    assert "registration" not in clause_limits(clause)
