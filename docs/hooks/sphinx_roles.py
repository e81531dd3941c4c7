"""MkDocs hook: show the Sphinx roles of the docstrings as code, linked when the name is known.

The docstrings use Sphinx roles (``:class:`License```); Markdown renders them as
``:class:<code>License</code>``. This turns each into an optional cross-reference that
mkdocs-autorefs resolves when the object is on a reference page, and leaves as plain code
otherwise (optional references never warn). A name without dots is looked up as a name of
the public facade (``licenseclass.<name>``).
"""

from __future__ import annotations

import re
from typing import Any

_ROLE = re.compile(r":(?:func|class|mod|data|meth|attr|exc|obj):<code>(~?)([\w.]+)</code>")


def _link(match: re.Match[str]) -> str:
    short, name = match.group(1), match.group(2)
    shown = name.rsplit(".", 1)[-1] if short else name
    identifier = name if "." in name else f"licenseclass.{name}"
    return f'<autoref identifier="{identifier}" optional><code>{shown}</code></autoref>'


def on_page_content(html: str, **kwargs: Any) -> str:
    return _ROLE.sub(_link, html)
