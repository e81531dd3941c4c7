"""A document's section under a licensing heading is read as a license file's words when the
document names no license: a README whose "## License" section states its terms gets them."""

from __future__ import annotations

import pytest

from licenseclass import classify_text
from licenseclass.clauses.license_sections import license_sections, section_only

README = (
    "# Widgetry\n"
    "\n"
    "A small widget for drawing boxes.\n"
    "\n"
    "## Usage\n"
    "\n"
    "Run `widgetry --draw`. Do not use this in production yet.\n"
    "\n"
    "## License\n"
    "\n"
    "{terms}\n"
    "\n"
    "## Thanks\n"
    "\n"
    "To everyone who sent a patch.\n"
)


@pytest.mark.parametrize(
    ("terms", "kind"),
    [
        ("Free for personal use. Commercial use requires a paid license.", "non-commercial"),
        (
            "You may use this code for non-commercial purposes only. Contact me for a commercial "
            "license.",
            "non-commercial",
        ),
        (
            "You are free to use this library in personal and commercial projects. Do not "
            "resell this library as-is.",
            "no-selling",
        ),
    ],
)
def test_terms_in_a_license_section_are_read(terms: str, kind: str) -> None:
    found = classify_text(README.format(terms=terms))
    assert found.matches == ()
    assert found.verdict.level == "restricted"
    assert found.analysis is not None
    kinds = {str(r.kind): r.evidence[0].start_line for r in found.analysis.license.restrictions}
    assert kinds[kind] == 11
    # the usage note above the section is not read as a term
    assert "non-production" not in kinds
    assert found.note is not None and "licensing section (lines 11-11)" in found.note


@pytest.mark.parametrize(
    "terms",
    [
        "See the LICENSE file.",
        "Ask the maintainers about licensing.",
    ],
)
def test_a_section_that_states_no_terms_leaves_the_document_unread(terms: str) -> None:
    found = classify_text(README.format(terms=terms))
    assert found.verdict.level == "unknown"
    assert found.analysis is None


def test_sections_under_headings_of_both_styles() -> None:
    text = (
        "Widgetry\n"
        "========\n"
        "\n"
        "Licence and copyright\n"
        "---------------------\n"
        "\n"
        "Free for personal use.\n"
        "\n"
        "Details\n"
        "~~~~~~~\n"
        "\n"
        "Commercial use requires a paid license.\n"
        "\n"
        "Usage\n"
        "-----\n"
        "\n"
        "Run it.\n"
    )
    # the subsection belongs to the section; the next heading of its level ends it
    assert license_sections(text) == [(7, 12)]
    kept = section_only(text, [(7, 12)]).split("\n")
    assert kept[6] == "Free for personal use."
    assert kept[16] == ""
    assert classify_text(text).verdict.level == "restricted"


def test_headings_that_are_not_about_licensing() -> None:
    text = "## Licensed products\n\nWe sell these.\n\n## Usage\n\nDo not sell it.\n"
    assert license_sections(text) == []


@pytest.mark.parametrize(
    "terms",
    [
        "Proprietary. Copyright 2024 Acme Corp.",
        "We have not chosen a license yet. Until we do, all rights are reserved.",
    ],
)
def test_a_section_that_keeps_the_work_closed(terms: str) -> None:
    found = classify_text(README.format(terms=terms))
    assert found.verdict.level == "closed"
    assert found.note is not None and "licensing section (lines 11-11)" in found.note


def test_a_section_that_reserves_and_grants_is_not_closed() -> None:
    found = classify_text(README.format(terms="All rights reserved, but you may use it freely."))
    assert found.verdict.level != "closed"
