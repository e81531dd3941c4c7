"""Limits that a sentence gives alone and lost in the text around it (thirty-third round).

- A section label ("License:", "Terms:") before an indented paragraph is a heading, not a
  lead-in whose word becomes the subject of the paragraph's first sentence.
- A title line in capitals ("REDISTRIBUTION NOT PERMITTED") is a sentence of its own, not the
  start of the sentence on the next line.
- Leave to use a model's outputs for commercial purposes is no leave to use the model so: the
  model's non-commercial limit stays.

And frames in more words: use tied to a product ("only ... in (direct) connection with" the
hardware, "only if they operate with" a maker's cameras), and commercial use that needs another
licence ("interested in using the Software commercially, please contact ...", "purchase a
commercial license before you use the work commercially", "for any purpose other than a
Commercial Purpose"), use without a licence key, a class alone let in ("may only be used by Acme
members"), and a multi-user or remote-access arrangement.
"""

from __future__ import annotations

import pytest

from licenseclass import analyze_text


def _kinds(text: str) -> dict[str, int]:
    found = analyze_text(text).license.restrictions
    return {r.kind: r.evidence[0].start_line for r in found if r.evidence}


BODY = (
    "    The package is copyrighted by the University. It can be freely used for\n"
    "    educational and research purposes by non-profit institutions only.\n"
    "    The software may not be sold or redistributed without prior approval.\n"
)


@pytest.mark.parametrize("label", ["License:", "Terms:", "Copyright and license:", "LICENSE:"])
def test_a_section_label_heads_its_paragraph(label: str) -> None:
    alone = _kinds(BODY)
    headed = _kinds(f"{label}\n\n{BODY}")
    assert "no-redistribution" in alone
    assert {k: line - 2 for k, line in headed.items()} == alone


def test_a_lead_in_still_opens_its_list() -> None:
    text = "You may not:\n\n    sell the software;\n    modify the software.\n"
    kinds = _kinds(text)
    assert kinds.get("no-derivatives") == 4


HEADER = (
    "LICENSING PROGRAM\n"
    "LICENSE SUPPLEMENT\n"
    "{line}\n"
    "IMPORTANT: READ CAREFULLY:\n"
    "This License Supplement is a legal agreement between you and the vendor for the product.\n"
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("REDISTRIBUTION NOT PERMITTED", "no-redistribution"),
        ("NOT FOR COMMERCIAL USE", "non-commercial"),
        ("FOR EVALUATION ONLY", "evaluation-only"),
    ],
)
def test_a_title_line_in_capitals_is_read_alone(line: str, kind: str) -> None:
    assert _kinds(HEADER.format(line=line)).get(kind) == 3


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("YOU MAY NOT:\n- SELL THE SOFTWARE\n- MODIFY THE SOFTWARE\n", {"no-derivatives"}),
        ("YOU MAY NOT:\nSELL THE SOFTWARE\nMODIFY THE SOFTWARE\n", {"no-derivatives"}),
        ("RESTRICTIONS\n1. NO COMMERCIAL USE\n2. NO REDISTRIBUTION\n", {"non-commercial"}),
    ],
)
def test_list_items_in_capitals_stay_in_their_list(text: str, kinds: set[str]) -> None:
    assert kinds <= set(_kinds(text))


def test_a_capitalised_disclaimer_still_reads_as_one_sentence() -> None:
    text = (
        "THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND. IN NO EVENT SHALL THE\n"
        "AUTHORS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY ARISING FROM THE\n"
        "SOFTWARE.\n"
    )
    found = analyze_text(text).license
    assert {x.kind for x in found.limitations} >= {"warranty", "liability"}
    assert found.restrictions == ()


MODEL = (
    "Model Non-Commercial License\n\n"
    "Non-Commercial Use Only. You may only access, use, distribute, or create derivatives of the\n"
    "Model for Non-Commercial Purposes.\n\n"
    "Outputs. We claim no ownership rights in the Outputs. {outputs}\n"
)


@pytest.mark.parametrize(
    "outputs",
    [
        "You may use Output for any purpose (including for commercial purposes).",
        "Outputs may be used for commercial purposes.",
    ],
)
def test_commercial_use_of_outputs_leaves_the_model_non_commercial(outputs: str) -> None:
    analysis = analyze_text(MODEL.format(outputs=outputs))
    assert "non-commercial" in {r.kind for r in analysis.license.restrictions}
    assert analysis.verdict.level == "restricted"


def test_commercial_use_of_the_model_lifts_the_limit() -> None:
    text = MODEL.format(outputs="") + "\nYou may also use the Model for commercial purposes.\n"
    analysis = analyze_text(text)
    assert "non-commercial" not in {r.kind for r in analysis.license.restrictions}


@pytest.mark.parametrize(
    "sentence",
    [
        "The right to use the Software shall only apply in direct connection with the Hardware.",
        "You may use the Software only in connection with Acme processor-based servers.",
        "The licensee may use the library in his own products only if they operate with Acme "
        "cameras.",
    ],
)
def test_use_tied_to_a_product_is_a_field_of_use(sentence: str) -> None:
    assert "field-of-use" in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The software may be run only if it is used with care.",
        "You may use the Software in connection with any hardware you like.",
    ],
)
def test_use_with_no_product_named_is_no_field_of_use(sentence: str) -> None:
    assert "field-of-use" not in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If you are interested in using the Software commercially, please contact Acme Ltd.",
        "You have to purchase a commercial license before you use the work commercially.",
        "If you wish to use the Program in a commercial product, you must license the Program "
        "under Acme's separate fee-based Software License Agreement.",
    ],
)
def test_commercial_use_that_needs_another_licence_is_non_commercial(sentence: str) -> None:
    assert "non-commercial" in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If you are interested in commercial support, please contact us.",
        "If you want to use this for non-commercial purposes, please contact us.",
        "Commercial licenses are available from the author.",
    ],
)
def test_offers_of_support_or_other_licences_are_no_limit(sentence: str) -> None:
    assert "non-commercial" not in _kinds(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "You will not operate the Software or a Modified Version without a License Key.",
            "registration",
        ),
        (
            "You must enter into a separate commercial license agreement with Acme in order to "
            "use the Rules for a Commercial Purpose.",
            "non-commercial",
        ),
        (
            "You may use the Software for any purpose other than a Commercial Purpose.",
            "non-commercial",
        ),
        ("You may use the Software for any purpose except commercial purposes.", "non-commercial"),
        ("Draft versions of the standard may only be used by Acme members.", "excluded-persons"),
        (
            "You may not use the Program in a network, multi-user arrangement or remote access "
            "arrangement.",
            "hosting-restriction",
        ),
    ],
)
def test_more_wordings_of_known_kinds(sentence: str, kind: str) -> None:
    assert kind in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Software may only be used by you and your employees.",
        "The Software may be installed in a multi-user environment within your organisation.",
        "You may use the Software for any purpose, including commercial purposes.",
    ],
)
def test_their_near_misses_are_no_limit(sentence: str) -> None:
    assert _kinds(sentence) == {}
