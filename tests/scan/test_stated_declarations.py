"""License declarations that state terms instead of naming a license, and names whose candidates
are only guesses: what ``scan`` (and ``env``, ``batch``) make of a metadata license field."""

from __future__ import annotations

from pathlib import Path

import pytest

from licenseclass.clauses.stated import MAX_DECLARATION_CHARS, stated_limits
from licenseclass.core.registry import default_registry
from licenseclass.expressions.lenient import doubtful, normalize
from licenseclass.scan.manifests import Declaration
from licenseclass.scan.project import Judge, scan_paths


def declared_level(value: str) -> tuple[str, str]:
    """The level a free-text license field gets, and the note that says why."""
    judge = Judge(default_registry())
    expression, note, shared = judge.declared(Declaration(source="test", kind="text", value=value))
    level = judge.level(expression) if expression else (shared or "unknown")
    return level, note or ""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Free for non-commercial use", "non-commercial"),
        ("For non-commercial use only", "non-commercial"),
        ("Lite version for non commercial use", "non-commercial"),
        ("available for non-commerical", "non-commercial"),  # the common misspelling
        ("NonCommercial Edition", "non-commercial"),
        ("Research use only", "research-only"),
        ("Evaluation only", "evaluation-only"),
        ("Do not distribute", "no-redistribution"),
        # a purpose the declaration keeps use to (PyPI's trove classifiers say some of these)
        ("License :: Free For Home Use", "non-commercial"),
        ("License :: Free For Educational Use", "research-only"),
        ("Academic use only", "research-only"),
        ("For internal use only", "field-of-use"),
    ],
)
def test_a_declaration_that_states_a_limit_is_restricted(text: str, kind: str) -> None:
    limits = stated_limits(text)
    assert limits is not None
    assert kind in limits.kinds
    assert limits.level == "restricted"
    # the reason points at the words of the declaration
    assert any(e.text and e.text in text for r in limits.verdict.reasons for e in r.evidence)
    level, note = declared_level(text)
    assert level == "restricted"
    assert f"states limits: {', '.join(limits.kinds)}" in note


@pytest.mark.parametrize(
    "text",
    [
        "MIT",
        "Freeware",
        "Custom",
        "Dual License",
        "Free for commercial and non-commercial use",
        "free for any use, including commercial and non-commercial",
        "free for personal and commercial use",
        "designed for home automation",  # a purpose word, but no use kept to it
        # leave to share that never speaks of changes limits a whole license, not a summary
        "NetHack may be freely redistributed. See license for details.",
        "",
    ],
)
def test_a_declaration_without_a_stated_limit_gives_none(text: str) -> None:
    assert stated_limits(text) is None


def test_a_text_longer_than_a_declaration_is_not_read_here() -> None:
    sentence = "Free for non-commercial use. "
    long_text = sentence * (MAX_DECLARATION_CHARS // len(sentence) + 1)
    assert stated_limits(long_text) is None
    assert stated_limits(sentence) is not None


def test_granting_non_commercial_use_is_not_all_rights_reserved() -> None:
    # "commercial" alone reads as reserved rights; the non-commercial leave decides
    text = "Free for non-commercial use; contact us for commercial licensing"
    assert normalize(text).meaning == "all-rights-reserved"
    assert declared_level(text)[0] == "restricted"
    # a reserving declaration that grants nothing stays closed
    assert declared_level("Proprietary")[0] == "closed"
    assert declared_level("Commercial license required")[0] == "closed"


@pytest.mark.parametrize(
    "text",
    [
        "Modified MIT License",
        "MIT License with restrictions",
        "MIT with restriction to distribute",
        "Apache 2.0 with additional terms",
        "NOGPL",  # a short near miss: NGPL, NOSL and NLPL are guesses
        # words that change the license or deny leave, which the name reading passes over
        # (thirty-seventh round; licensedcode-data files each under a limiting key)
        "Apache License (as modified) Version 2.0, January 2004",
        "Modified Apache 2.0 License Version 2.0.1, February 2015",
        "MIT with restriction: Re-publish same or similar product is forbidden.",
        "No redistribution or use is permitted outside of Sun Microsystems, Inc.",
        "licensed under a modified version of the MIT/X11 license.",
    ],
)
def test_guessed_candidates_give_no_level(text: str) -> None:
    read = normalize(text)
    assert read.expression is None
    assert read.ambiguous
    assert doubtful(read)
    # before, every candidate being open made the field open
    assert declared_level(text)[0] == "unknown"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("BSD", "open"),  # which BSD is not said, but every one is open
        ("GPLv2 with linking exception", "open"),  # called an exception: it adds leave
        ("GPLv3 or commercial", "open"),  # the GPL may be chosen
        ("Creative Commons Attribution-NonCommercial", "restricted"),
        # "modified" as a name's word or a verb, "restrictions" as a noun: no change
        ("See Apache License for terms and restrictions.", "open"),
        ("is Apache licensed and can be freely used and modified", "open"),
    ],
)
def test_candidates_that_are_readings_keep_their_shared_level(text: str, level: str) -> None:
    read = normalize(text)
    assert read.expression is None
    assert not doubtful(read)
    assert declared_level(text)[0] == level


def test_modified_as_a_word_of_the_name_changes_nothing() -> None:
    assert normalize("Modified BSD License").expression == "BSD-3-Clause"
    assert declared_level("Modified BSD License")[0] == "open"


def test_the_word_exception_may_be_left_out() -> None:
    assert normalize("GPL 2 with Classpath").expression == (
        "GPL-2.0-only WITH Classpath-exception-2.0"
    )


def test_a_scanned_project_whose_metadata_states_terms(tmp_path: Path) -> None:
    root = tmp_path / "tool"
    root.mkdir()
    (root / "pyproject.toml").write_text(
        '[project]\nname = "tool"\nversion = "0.1"\n'
        'license = {text = "Free for non-commercial use only"}\n',
        encoding="utf-8",
    )
    (root / "tool.py").write_text("VALUE = 1\n", encoding="utf-8")
    report = scan_paths([root])
    (tool,) = report.packages
    assert tool.verdict.level == "restricted"
    notes = " ".join(f.note or "" for f in tool.findings)
    assert "states limits: non-commercial" in notes
