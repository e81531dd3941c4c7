"""Limits set as conditions of a grant or as the setting of a ban, read from their structure:
a work that must stay unmodified, sharing that must stay free of charge, derivative rights the
author keeps, disclosure kept from others, and uses barred in a context or manner.

Every text here is written for the test (a made-up "gadget"); licensedcode-data texts are used
only where the point is that a real open license stays open.
"""

from __future__ import annotations

import pytest
from gadget import read

from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.licensedcode import scancode_licenses


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Permission to copy and redistribute the gadget is granted provided that the gadget "
            "package is kept unmodified in its entirety.",
            "no-derivatives",
        ),
        (
            "The gadget may be freely distributed, provided the distribution archive is not "
            "modified in any way.",
            "no-derivatives",
        ),
        (
            "You may copy the gadget and give copies away, provided that you leave the original "
            "gadget package unaltered.",
            "no-derivatives",
        ),
        (
            "Permission to copy and redistribute the gadget is granted provided that no charge of "
            "any kind is made for such redistribution.",
            "no-selling",
        ),
        (
            "You may make copies of the gadget for others, provided no fee is associated with "
            "such copies.",
            "no-selling",
        ),
        (
            "You may use and share the gadget. The author retains the exclusive right to publish "
            "derivative works of the gadget.",
            "no-derivatives",
        ),
        (
            "Permission to copy and display the gadget is given. No right to make modifications "
            "or derivative works of the gadget is granted herein.",
            "no-derivatives",
        ),
        (
            "You may use the gadget. The gadget and any copies of it may not be provided or "
            "otherwise made available to any other person.",
            "no-redistribution",
        ),
        (
            "The gadget is confidential. Its disclosure to any third party is conditional upon "
            "a separate agreement with the maker.",
            "no-redistribution",
        ),
        (
            "You may use, copy and share the gadget, but you may not use it in a military or "
            "police context.",
            "field-of-use",
        ),
        (
            "You may use the gadget on these conditions:\n\ni) this notice appears on all "
            "copies; and\n\nii) Licensee does not utilize the gadget in a manner which is "
            "disparaging to the maker.",
            "field-of-use",
        ),
        (
            "This gadget may only be used for the purposes of building parts for a Widget device.",
            "field-of-use",
        ),
        (
            "This license allows you to use the gadget only to talk to the maker's own servers.",
            "field-of-use",
        ),
        (
            "You may copy the gadget. You may not:\n\n* distribute the gadget to run on a "
            "platform other than the Acme platform;\n* remove its notices.",
            "field-of-use",
        ),
        (
            "You may share the gadget with your programs. For any copy you share, you must "
            "require distributors and external end users to agree to terms that protect it at "
            "least as much as these terms.",
            "pass-through",
        ),
        (
            "You may run one copy of the gadget and share verbatim copies of it. All other use, "
            "copying, modification or distribution of the gadget is strictly prohibited.",
            "no-derivatives",
        ),
        (
            "The pictures in the gadget may be used for internal purposes only and shall not be "
            "redistributed to any third party or modified in any way.",
            "no-derivatives",
        ),
    ],
)
def test_conditions_and_contexts_are_limits(text: str, kind: str) -> None:
    level, kinds = read(text)
    assert kind in kinds
    assert level in ("restricted", "closed")


def test_a_ban_in_a_context_is_a_field_of_use_not_a_ban_on_sharing() -> None:
    text = (
        "You may use, copy, modify and distribute the gadget. You may not use, copy, modify or "
        "distribute the gadget in a military or police context."
    )
    assert read(text) == ("restricted", {"field-of-use"})


def test_a_grant_conditioned_on_an_unmodified_package_grants_no_changes() -> None:
    text = (
        "The gadget may be freely distributed, provided the distribution archive is not "
        "modified in any way."
    )
    found = analyze_text(text)
    assert found.license.rights.modify.status != "granted"


@pytest.mark.parametrize(
    "text",
    [
        # A notice kept intact, not the work.
        "You may copy, modify and share the gadget, provided that the copyright notice is not "
        "altered in any way.",
        # The unmodified condition covers one kind of copy; changes are granted next to it.
        "You may copy and share the gadget as long as the code is not changed. Modifications, "
        "and sharing of modified versions, are also permitted if the files are renamed.",
        # A definition, not a condition.
        '"Freely Available" means that no fee is charged for the gadget itself.',
        # The name, not the work, is barred outside a factual manner.
        "You may use, copy, modify and share the gadget. The name of the maker shall not be used "
        "in connection with modified versions except in a purely factual manner.",
        # Misleading use is ordinary conduct, not a field of use.
        "You may use, copy, modify and share the data. You shall not use the data in a manner "
        "that appears misleading.",
        # Rights the government has under its own rules.
        "You may use, copy, modify and share the gadget. Use, duplication or disclosure by the "
        "Government is subject to restrictions as set forth in DFARS 252.227-7013.",
    ],
)
def test_not_limits(text: str) -> None:
    assert read(text)[1] == set()


@pytest.mark.parametrize(
    "key", ["artistic-1.0", "artistic-2.0", "mit", "bsd-new", "apache-2.0", "gpl-2.0", "zlib"]
)
def test_open_licenses_stay_open(key: str) -> None:
    assert read(scancode_licenses()[key].text) == ("open", set())
