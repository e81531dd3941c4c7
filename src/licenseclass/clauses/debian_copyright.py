"""Debian's machine-readable copyright files (DEP-5), read as the license texts they hold.

The format keeps each license text in a field: a "License: name" line, then continuation lines
indented by one space or tab, with " ." standing for a blank line. Read as they stand, the indent
would open a new sentence at every line and " ." would be a sentence of its own; these helpers
give the plain text the format stands for, with the file's line numbers kept.
"""

from __future__ import annotations

import re

# The format's header names it (a field the format requires; its drafts, DEP-5, called it
# "Format-Specification" and pointed to the proposal).
_FORMAT = re.compile(r"^Format(?:-Specification)?:\s*\S*(?:copyright-format|dep-?5)", re.IGNORECASE)
_FIELD = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:(?:[ \t]|$)")
# "License:", and a field of the packager's own that holds a license ("X-Original-Data-License:")
_LICENSE = re.compile(r"^(?:[a-z][\w-]*-)?license:", re.IGNORECASE)
# Fields that hold names, paths or holders, never terms.
_NAMING = re.compile(r"^(?:files|copyright|upstream-[\w-]+|source|format):", re.IGNORECASE)


def field_short_name(line: str) -> str:
    """The short name a "License:" field line gives ("GPL-2+"), case-folded; "" for another
    line."""
    if not _LICENSE.match(line):
        return ""
    return line.split(":", 1)[1].strip().casefold()


def is_dep5(lines: list[str]) -> bool:
    """Whether the text's header names the format (an excerpt without it reads as plain text)."""
    return any(_FORMAT.match(line) for line in lines[:5])


def _field_end(lines: list[str], start: int) -> int:
    """The index after the last continuation line of the field on line ``start``."""
    end = start + 1
    while end < len(lines) and lines[end][:1] in (" ", "\t"):
        end += 1
    return end


def dep5_plain(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines as plain text (each field's common indent taken off, " ." blank), and the
    indices of the field lines, which stand alone."""
    plain = list(lines)
    fields: set[int] = set()
    i = 0
    while i < len(lines):
        if not _FIELD.match(lines[i]):
            i += 1
            continue
        fields.add(i)
        end = _field_end(lines, i)
        body = [line.replace("\t", " ") for line in lines[i + 1 : end]]
        written = [line for line in body if line.strip() not in ("", ".")]
        cut = min((len(line) - len(line.lstrip(" ")) for line in written), default=1)
        for k, line in enumerate(body, start=i + 1):
            plain[k] = "" if line.strip() == "." else line[cut:]
        i = end
    return plain, fields


def _license_bodies(lines: list[str]) -> list[range]:
    """The line indices of each "License:" field that holds a text (the field line included)."""
    bodies: list[range] = []
    i = 0
    while i < len(lines):
        end = _field_end(lines, i) if _LICENSE.match(lines[i]) else i + 1
        if end > i + 1:
            bodies.append(range(i, end))
        i = end
    return bodies


def license_units(text: str) -> list[str]:
    """A DEP-5 file's license texts, each on its own: every "License:" field that holds a text,
    and the rest of the file as one more. Each is the whole file with the other lines blank
    (but the format's header line), so line numbers hold. A text in no such format is one unit,
    itself."""
    if not is_dep5(text.split("\n", 5)):
        return [text]
    lines = text.split("\n")
    bodies = _license_bodies(lines)
    if not bodies:
        return [text]
    inside = {k for body in bodies for k in body}
    # Each license keeps the header line that names the format, so it is read as the format
    # says (its field line alone, its indent off), not as an indented paragraph.
    header = {k for k, line in enumerate(lines[:5]) if _FORMAT.match(line)}
    units = [
        [line if k in body or k in header else "" for k, line in enumerate(lines)]
        for body in bodies
    ]
    units.append(["" if k in inside else line for k, line in enumerate(lines)])
    return ["\n".join(unit) for unit in units]


def dep5_plain_text(text: str) -> tuple[list[str], list[range]] | None:
    """A DEP-5 file's lines as plain text (indents off, " ." blank, naming fields and license
    name lines blank), and the 1-based line numbers of each license field that holds a text;
    None for a text in no such format."""
    if not is_dep5(text.split("\n", 5)):  # (the header first: most texts are not the format)
        return None
    lines = text.split("\n")
    plain, fields = dep5_plain(lines)
    for k in sorted(fields):
        if _LICENSE.match(lines[k]):
            plain[k] = ""  # the license's name; its text stays
        elif _NAMING.match(lines[k]):
            end = _field_end(lines, k)
            plain[k:end] = [""] * (end - k)
    return plain, [range(body.start + 1, body.stop + 1) for body in _license_bodies(lines)]
