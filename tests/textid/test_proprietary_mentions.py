"""A proprietary clue is read where it stands, not across the whole file.

ScanCode files short notices and bare mentions of an agreement ("the end user license agreement",
a vendor's license URL) under its generic proprietary key. A text with no license in it that
holds such a clue has its words read even when it is too short for the terms gate. The
fifty-first round's npm sample showed the cost of reading the whole text: an SDK's TypeScript
declarations say, in one of thousands of API comments, that a standalone account signs "the
end user license agreement (EULA)", and the reader then took "you can do so only after you
provide the missing information" and "the trial is only for evaluation" for the terms of the
file. Now a notice is read with the lines near it, and a mere mention only where those lines
are the whole text. The files below are built here; each false alarm has a control that still
limits.
"""

from __future__ import annotations

from licenseclass import TextClassification, classify_text

PROPRIETARY = "LicenseRef-scancode-proprietary-license"

# API documentation comments of the kind a cloud SDK's declaration files hold.
API_DOCS = (
    (
        "createAccount",
        "Creates an account that is a member of the organization. You must create an account "
        "before you can invite members, and you can do so only after you verify the address.",
    ),
    (
        "removeAccount",
        "Removes the account from the organization. The account then operates as a standalone "
        "account, which requires a payment method and signing the end user license agreement "
        "(EULA). You can remove an account only after you provide the missing information.",
    ),
    (
        "sendMessage",
        "Sends a text message to a contact. Text messages cannot be sent to some countries and "
        "regions, and you may not send more than one message per second.",
    ),
    (
        "startTrial",
        "Starts the free trial of the product. The trial is only for evaluation and lasts 30 days.",
    ),
    (
        "listModels",
        "Lists the models in the account. You won't be able to train or host models until the "
        "domain is ready.",
    ),
)


def _declarations(copies: int = 6) -> str:
    lines = ["import {Request} from '../lib/request';", "declare class Client {"]
    for k in range(copies):
        for name, doc in API_DOCS:
            lines += ["  /**", f"   * {doc}", "   */"]
            lines.append(
                f"  {name}{k}(params: Params, callback?: (err: Error, data: Result) => void)"
                ": Request<Result, Error>;"
            )
    return "\n".join([*lines, "}"]) + "\n"


def _clue_ids(found: TextClassification) -> set[str]:
    return {clue.rsplit(": ", 1)[-1] for clue in found.clues}


def test_a_mention_of_an_eula_in_api_docs_limits_nothing() -> None:
    found = classify_text(_declarations())
    assert PROPRIETARY in _clue_ids(found)  # the mention is still reported
    assert found.matches == ()
    assert found.verdict.level == "unknown"
    assert found.analysis is None or not found.analysis.license.restrictions


def test_a_short_text_around_the_same_kind_of_mention_is_read() -> None:
    """Control: the mention and a ban a few words away, with nothing else in the file."""
    found = classify_text("This package requires EULA acceptance. You may not redistribute it.\n")
    assert PROPRIETARY in _clue_ids(found)
    assert found.verdict.level == "restricted"
    assert "redistributed" in found.verdict.reasons[0].message


def test_a_generic_name_of_a_proprietary_license_in_a_short_text_is_read() -> None:
    """A name such as "under a proprietary licence" (kept by the name stage as a clue) is
    such a mention too: with nothing else around it, the ban beside it is read, though the
    text has too few licensing words for the terms gate."""
    for text in (
        "Released under a proprietary licence.\n\nYou must not sell it.\n",
        "Released under a proprietary licence. Internal use only.\n",
    ):
        found = classify_text(text)
        assert PROPRIETARY in _clue_ids(found)
        assert found.verdict.level == "restricted"


def test_the_same_name_in_long_documentation_limits_nothing() -> None:
    mention = "The enterprise edition is released under a proprietary licence."
    found = classify_text(_declarations().replace("Starts the free trial", f"{mention} Starts"))
    assert PROPRIETARY in _clue_ids(found)
    assert found.verdict.level == "unknown"


NOTICE = (
    "// Copyright 2020 Example Corp.\n"
    "// Unauthorized copying of this file, via any medium, is strictly prohibited.\n"
    "// Proprietary and confidential.\n"
)


def _source(comment: str, *, at: int) -> str:
    """A C file of sixty functions with the notice at its head and ``comment`` after the
    ``at``-th function."""
    functions = [f"int value_{i}(void) {{ return {i}; }}" for i in range(60)]
    functions.insert(at, comment)
    return NOTICE + "\n".join(functions) + "\n"


def _evidence(found: TextClassification) -> list[tuple[int, int]]:
    """The line spans of the restrictions the reading found."""
    if found.analysis is None:
        return []
    restrictions = found.analysis.license.restrictions
    return [(e.start_line, e.end_line) for r in restrictions for e in r.evidence]


def test_a_notice_at_the_head_of_a_source_file_is_read_without_the_code_below() -> None:
    """A comment about the code far below the notice ("must not modify this value once it is
    set") is no ban on changing the work."""
    comment = "// You must not modify this value once it is set; do not share the handle."
    found = classify_text(_source(comment, at=50))
    # the notice reads as it reads alone (it reserves every right and grants none): the code
    # and the comment below it add nothing
    assert found.verdict.level == classify_text(NOTICE).verdict.level == "closed"
    spans = _evidence(found)
    assert all(end <= 3 for _, end in spans)  # the notice's own lines
    assert not any("value once it is set" in r.message for r in found.verdict.reasons)


def test_a_ban_next_to_the_notice_is_read_with_it() -> None:
    """Control: the same kind of words right under the notice are its terms."""
    comment = "// You may not modify, publish or sell this file without written permission."
    found = classify_text(_source(comment, at=0))
    assert found.verdict.level == "closed"
    assert any(m.startswith("modify is denied") for m in (r.message for r in found.verdict.reasons))
    assert any(start <= 4 <= end for start, end in _evidence(found))
