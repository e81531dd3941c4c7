"""Grants that reach a class of persons, and acts a grant withholds with "but not to".

A grant to "academic institutions", "students" or "residents of the United States" leaves
everyone else out (OSD criterion 5); a grant to "any individual or institution" or "any person
or entity" leaves no one out. "to use this software, but not to modify it" grants use alone.
"""

from __future__ import annotations

import pytest

from licenseclass import analyze_text
from licenseclass.core.model import INFORMATIONAL_KINDS


def limits(text: str) -> set[str]:
    found = analyze_text(text).license.restrictions
    return {r.kind for r in found if r.kind not in INFORMATIONAL_KINDS}


CLASSES = [
    "Permission is granted to academic institutions to use, copy, modify and distribute this "
    "software.",
    "Permission is hereby granted to residents of the United States to use, copy, modify and "
    "distribute the Software.",
    "Permission is hereby granted to students to use and modify this software.",
    "Permission is hereby granted, free of charge, to any natural person obtaining a copy of "
    "this software, to deal in the Software without restriction.",
    "Permission is hereby granted, free of charge, to any person, except employees of Acme "
    "Corp, obtaining a copy of this software, to deal in the Software without restriction.",
    "Redistribution and use in source and binary forms, with or without modification, are "
    "permitted for non-profit organizations provided that the following conditions are met:",
    "This software may be used, copied, modified and distributed by any individual, but not by "
    "companies.",
]


@pytest.mark.parametrize("text", CLASSES)
def test_a_grant_to_a_class_of_persons_excludes_the_rest(text: str) -> None:
    assert "excluded-persons" in limits(text)
    assert analyze_text(text).verdict.level == "restricted"


EVERYONE = [
    "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
    "software, to deal in the Software without restriction.",
    "Permission is granted to any individual or institution to use, copy, or redistribute this "
    "software.",
    "Permission is hereby granted, free of charge, to any individual or entity obtaining a copy "
    "of this software, to deal in the Software without restriction.",
    "The licensor grants to individuals and organizations a license to use, copy, modify and "
    "distribute the Software.",
    "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
    "software, to deal in the Software without restriction, except as stated below.",
]


@pytest.mark.parametrize("text", EVERYONE)
def test_a_grant_to_everyone_excludes_no_one(text: str) -> None:
    assert "excluded-persons" not in limits(text)


def test_acts_after_but_not_to_are_not_granted() -> None:
    text = "Permission is granted to anyone to use this software, but not to modify it."
    rights = {r for g in analyze_text(text).grants for r in g.rights}
    assert "use" in rights and "modify" not in rights
    # "including but not limited to" is no withholding
    listed = (
        "You may use, copy and modify the Software for any purpose, including but not limited "
        "to commercial purposes."
    )
    assert "modify" in {r for g in analyze_text(listed).grants for r in g.rights}
