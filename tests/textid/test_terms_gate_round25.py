"""The license-likeness gate, as the product path meets it (twenty-fifth round): terms beside a
named license that mention the project's maintainers are still read, and legal lists whose lines
end in ";" or name "Application(s)" are prose, not code. Every text here is written for the
test."""

from __future__ import annotations

from licenseclass import classify_text
from licenseclass.clauses.gate import read_for_terms


def test_conditions_beside_a_named_license_that_mention_maintainers_are_read() -> None:
    text = (
        "# Wrenfield License\n\n"
        "Wrenfield is licensed under the Apache License 2.0, with the following additional "
        "conditions:\n\n"
        "1. You may use and change Wrenfield for your own projects. However, a written "
        "permission from the producer is required for the following cases:\n\n"
        "   a. Commercial use (selling products built on Wrenfield to others).\n\n"
        "   b. Offering Wrenfield as a SaaS offering.\n\n"
        "2. The project maintainers may review contributions before they are merged.\n"
    )
    result = classify_text(text)
    assert result.verdict.level == "restricted"
    assert {"non-commercial", "hosting-restriction"} <= {
        kind for region in result.unexplained for kind in region.restrictions
    }


def test_a_changelog_beside_a_license_stays_unread() -> None:
    text = (
        "Wrenfield is licensed under the Apache License 2.0.\n\n"
        "Changelog\n\n"
        "Version 2.1.0: the maintainers fixed a bug in the parser. Do not use the old flag in "
        "production; it is deprecated and will be removed.\n"
    )
    assert classify_text(text).verdict.level == "open"


def test_legal_lists_are_prose_and_code_is_code() -> None:
    legal = "\n".join(
        [
            "3.7 The Licensee shall not redistribute the Software Materials:",
            "(a) other than by including them within Application(s); and",
            "(b) as part of any Application that is a development toolkit;",
            "(c) to any person named in clause 4(a);",
        ]
    )
    code = "\n".join(
        [
            "int count = 0;",
            "count = count + step(value);",
            "render(frame, options);",
            "if (count > limit) {",
            "}",
        ]
    )
    assert read_for_terms(legal).code_share == 0.0
    assert read_for_terms(code).code_share >= 0.8


def test_a_notice_that_allows_copies_for_reference_only_is_read() -> None:
    text = (
        "Notice\n"
        "This work, as released by the Wrenfield consortium, is for the purpose of information "
        "only. The material contained in this work is protected by copyright and other types "
        "of intellectual property rights.\n\n"
        "This work may be utilized or reproduced without any modification, in any form or by "
        "any means, for informational purposes only. For any other purpose, no part of the "
        "work may be utilized or reproduced without permission in writing from the publisher.\n"
    )
    result = classify_text(text)
    assert result.verdict.level == "restricted"
