"""Code examples in documentation: a license named there is an argument, not a statement.

A README shows commands and calls that take license ids as arguments (``licenseclass show
CC-BY-NC-4.0``, ``>>> licensing.parse('GPL-2.0 or mit')``). Read as references, they make
the documentation's own license the sum of its examples. :func:`example_lines` finds the
lines of such examples: doctest lines and their output, and the code-like lines of fenced
blocks and of indented blocks that a heading or a colon introduces. A short reference or a
tag found only on those lines is dropped; a whole license text or notice quoted in a block
(a README's "License" section in a fence) is still found.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s*(?:```|~~~)\s*([\w+-]*)")
# Fences whose language makes every line inside them code.
_CODE_LANGUAGES = frozenset(
    {"python", "py", "pycon", "sh", "bash", "shell", "console", "zsh", "powershell", "ps1"}
    | {"js", "javascript", "ts", "typescript", "java", "c", "cpp", "go", "rust", "ruby", "r"}
    | {"json", "yaml", "yml", "toml", "ini", "xml", "html", "sql", "cmd", "bat", "dockerfile"}
)
_DOCTEST = re.compile(r"^\s*(?:>>>|\.\.\.)(?:\s|$)")
# A line that reads as code: a prompt, a call (not "License(s)" or "(a)") or an assignment, an
# option, a comment after a command, a command of lower-case words before a quoted argument
# ('mytool expr "MIT OR GPL-2.0-only"'; not 'the Eclipse Public License 1.0 ("EPL")').
_CODE_LOOK = re.compile(
    r"^\s*(?:\$|%|>>>|\.\.\.|#!)\s|\w\((?![a-z]{1,3}\)|[ivx]+\)|\d{1,2}\))|\w\s*=\s*\S|"
    r"(?:^|\s)--?[a-z][\w-]*|\S\s+#\s|^\s*[a-z][\w.-]*(?:\s+[a-z][\w.-]*)*\s+[\"']|"
    r"^\s*(?:import|from|pip|npm|python3?|uv|cargo|go)\s"
)
# A line that states a license, in a block or not ("Licensed under the Apache License,
# Version 2.0 (the "License");", "License: MIT"): never an example.
_STATEMENT = re.compile(
    r"\blicen[cs]ed\s+(?:under|as|to)\b|\bunder\s+the\s+(?:terms|licen[cs]e)\b|^\W*licen[cs]e\s*:",
    re.IGNORECASE,
)


def _code(line: str) -> bool:
    return _STATEMENT.search(line) is None


# What introduces an indented block as an example: a heading, or a line ending with a colon.
_INTRODUCES = re.compile(r"^\s*#{1,6}\s|:\s*$|^[=~^-]{3,}\s*$")


def _indent(line: str) -> int:
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip())


def example_lines(lines: list[str]) -> frozenset[int]:
    """The (1-based) numbers of the lines of ``lines`` that are code examples."""
    found: set[int] = set()
    fence: str | None = None  # the open fence's language ("" when none is given)
    introduced = False  # a heading or a colon came before the blank line above
    block = False  # inside an indented block so introduced
    doctest = False  # after a ">>>" line, with no blank line since: its output
    previous = ""
    for number, line in enumerate(lines, start=1):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening is not None and not opening.group(1):
                fence = None  # the closing fence
            elif (fence.casefold() in _CODE_LANGUAGES or _CODE_LOOK.search(line)) and _code(line):
                found.add(number)
            continue
        if opening is not None:
            fence = opening.group(1)
            continue
        if _DOCTEST.match(line) or (doctest and line.strip()):
            doctest = True
            if _code(line):
                found.add(number)
            continue
        doctest = False
        if not line.strip():
            introduced = introduced or bool(_INTRODUCES.search(previous))
            previous = line
            continue
        indented = _indent(line) >= 4
        block = indented and (block or introduced)
        if block and _CODE_LOOK.search(line) and _code(line):
            found.add(number)
        introduced = False
        previous = line
    return frozenset(found)
