"""Sentences of real license texts, read from licensedcode-data when a test runs.

Tests that need a license's own wording (the MIT grant, the BSD redistribution sentence, the
Apache file header) take it from the installed package instead of carrying a copy.
"""

from __future__ import annotations

import re

from licenseclass.core.licensedcode import scancode_licenses


def license_sentence(key: str, opening: str) -> str:
    """The sentence of licensedcode-data's ``key`` text that opens with ``opening``, on one line."""
    text = " ".join(scancode_licenses()[key].text.split())
    start = text.find(opening)
    assert start >= 0, f"{key!r} has no sentence opening with {opening!r}"
    end = re.compile(r"[.:;](?=\s|$)").search(text, start)
    return text[start : end.end() if end else len(text)]
