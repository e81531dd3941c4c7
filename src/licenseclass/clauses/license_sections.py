"""The part of a document under a licensing heading: a README's "## License" section.

A README, a model card or a package's long description states its terms, when it names no
license, in a section of its own ("## License" + "Free for personal use. Commercial use
requires a paid license."). The whole document does not read as terms (its usage notes and
changelog outweigh the section), so the terms gate would pass it over; read alone, the section
is what a license file would say, and it is read as leniently. ``scan`` reads a README's
section the same way, for the license it names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A Markdown heading ("## License", "### Licence & usage") or a line underlined with a repeated
# mark (reStructuredText, setext Markdown).
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(?P<title>.+?)\s*#*\s*$")
_UNDERLINE = re.compile(r"^\s{0,3}([=\-~^*#])\1{2,}\s*$")
# A title about the work's licensing: "License", "Licensing information", "Terms of use".
_LICENSING_TITLE = re.compile(
    r"\blicen[cs](?:e|es|ing)\b|\bterms\s+(?:of\s+use|and\s+conditions)\b", re.IGNORECASE
)
# A section is read up to this many lines (a long one is cut there).
MAX_SECTION_LINES = 60


def _heading(lines: list[str], index: int, styles: list[str]) -> tuple[int, str] | None:
    """The level and title of a heading at ``lines[index]``, or None. An underlined heading's
    level is the order in which its underline's mark first appears in the document, as
    reStructuredText has it (``styles`` keeps that order)."""
    atx = _ATX.match(lines[index])
    if atx is not None:
        return len(atx.group(1)), atx.group("title")
    after = lines[index + 1] if index + 1 < len(lines) else ""
    title = lines[index].strip()
    underline = _UNDERLINE.match(after)
    if not title or underline is None or _UNDERLINE.match(lines[index]):
        return None
    mark = underline.group(1)
    if mark not in styles:
        styles.append(mark)
    return styles.index(mark) + 1, title


def license_sections(text: str) -> list[tuple[int, int]]:
    """The 1-based first and last lines of each section under a licensing heading (its body,
    not the heading, at most ``MAX_SECTION_LINES`` long), up to the next heading of the same or
    a higher level. Lines are counted at "\\n" only, as everywhere in the project."""
    if _LICENSING_TITLE.search(text) is None:
        return []  # (most texts: no heading to look for)
    lines = text.split("\n")
    styles: list[str] = []
    headings = [_heading(lines, index, styles) for index in range(len(lines))]
    found: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        head = headings[index]
        if head is None or not _LICENSING_TITLE.search(head[1]):
            index += 1
            continue
        start = index + (1 if _ATX.match(lines[index]) else 2)
        end = start
        while end < len(lines) and end - start < MAX_SECTION_LINES:
            if _ends(headings[end], head[0]):
                break
            end += 1
        body = [n for n in range(start, end) if lines[n].strip()]
        if body:
            found.append((body[0] + 1, body[-1] + 1))
        index = max(end, index + 1)
    return found


def _ends(heading: tuple[int, str] | None, level: int) -> bool:
    return heading is not None and heading[0] <= level


def section_only(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with every line outside the ``spans`` (first and last lines, 1-based) left
    blank, so that what is read of the sections keeps the document's line numbers."""
    lines = text.split("\n")
    return "\n".join(
        line if any(first <= number <= last for first, last in spans) else ""
        for number, line in enumerate(lines, start=1)
    )


# A manual page's section heading: troff's ".SH NAME" or POD's "=head1 NAME".
_MANUAL_HEADING = re.compile(r'^(?:\.S[Hh]\s+"?(?P<troff>[^"\n]*)"?|=head[1-4]\s+(?P<pod>.*))\s*$')
# Sections of a manual page that state how the work is licensed.
_LICENSING_SECTION = re.compile(
    r"licen[cs]|copyright|copying|legal|distribut|permission|terms|warrant|authors?\b",
    re.IGNORECASE,
)
# A manual page has at least this many section headings.
MIN_MANUAL_SECTIONS = 2


def manual_licensing_spans(text: str) -> list[tuple[int, int]] | None:
    """In a manual page (troff or POD, with at least :data:`MIN_MANUAL_SECTIONS` section
    headings), the 1-based first and last lines of what may state its licensing: the lines
    before the first heading (a page's header comment) and the sections whose heading names
    copyright, license, authors and the like. None for any other text. The other sections
    (DESCRIPTION, OPTIONS, BUGS) document the program: "it cannot be used for data transfer"
    there is how it works."""
    if ".S" not in text and "=head" not in text:
        return None  # (most texts: no heading of either kind, and no line to look at)
    lines = text.split("\n")
    heads = [(n, m) for n, line in enumerate(lines, start=1) if (m := _MANUAL_HEADING.match(line))]
    if len(heads) < MIN_MANUAL_SECTIONS:
        return None
    spans = [(1, heads[0][0] - 1)] if heads[0][0] > 1 else []
    ends = [n - 1 for n, _ in heads[1:]] + [len(lines)]
    for (n, m), end in zip(heads, ends, strict=True):
        title = m.group("troff") if m.group("troff") is not None else m.group("pod")
        if _LICENSING_SECTION.search(title or ""):
            spans.append((n, end))
    return spans
