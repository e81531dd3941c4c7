"""License pages' addresses in text: a notice that names its license only by a link.

"# <https://creativecommons.org/publicdomain/zero/1.0/>" under a dedication, "Use is subject to
<a href="http://www.apache.org/licenses/LICENSE-2.0">license terms</a>": the address is the
only place the license is named. The lenient reader knows which addresses are whose pages
(:func:`licenseclass.expressions.lenient.license_page`); this stage reads them where no match
or name explains their line and no license of the same family was found, so a link beside a
license's name or text (the GPL's notice and its gnu.org address) adds nothing; a line that
only points there ("See <address> for details.") is that license's, explained by it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import NamedTuple

from licenseclass.core.registry import Registry
from licenseclass.expressions.tree import split_ids
from licenseclass.textid.names import family
from licenseclass.textid.query import Query
from licenseclass.textid.results import TextMatch

# Read from a name-stage match, a little below a name read after "licensed under".
PAGE_CONFIDENCE = 0.8

_ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'`()\[\]{}|,;]+"
    r"|\b(?:[a-z0-9-]+\.)+(?:org|com|net|io|info|cn|uk)/[^\s<>\"'`()\[\]{}|,;]*",
    re.IGNORECASE,
)
# A site's page that lists licenses, not one license's ("apache.org/licenses/",
# "gnu.org/licenses/"): a last path part that only says "licenses".
_INDEX_PAGE = re.compile(r"/(?:licen[cs]es?|legal|copyleft)/?$", re.IGNORECASE)
# Words of an address that make it a license's page, with the words of the license's own id
# ("mozilla.org/MPL/2.0/"): an RFC's text or a download page a license's data lists is no
# place a notice names its license by.
_LICENSING_ADDRESS = re.compile(
    r"licen[cs]|legal|copying|copyright|terms|eula|publicdomain|badge", re.IGNORECASE
)
# Sites that host many projects' pages: a repository's address ("github.com/microsoft/pyright")
# names a project, whatever license lists it; only a path about licensing names one there.
_PROJECT_HOSTS = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|sourceforge\.net|"
    r"codeberg\.org|pypi\.org|npmjs\.com|crates\.io|huggingface\.co)/",
    re.IGNORECASE,
)
# Words that make a line about licensing: a site's home page names its license only there
# ("released into the public domain, see http://unlicense.org").
_LICENSING_WORDS = re.compile(
    r"licen[cs]|copyright|public\s+domain|\bterms\b|\blegal\b|\brights\b|waive", re.IGNORECASE
)


# An address that opens a quoted string is a value in code or data, unless it is a link's target.
_QUOTED_VALUE = re.compile(r"[\"'`]\Z")
_LINK_TARGET = re.compile(r"\bhref\s*=\s*[\"']\Z", re.IGNORECASE)


def has_addresses(text: str) -> bool:
    """Whether ``text`` may hold a web address at all (a test cheap enough for every text)."""
    return "://" in text or "www." in text or ".org/" in text or ".com/" in text


def _path(address: str) -> str:
    bare = re.sub(r"^(?:https?://)?(?:www\.)?", "", address, flags=re.IGNORECASE)
    return bare.partition("/")[2].strip("/")


def _id_words(license_id: str) -> set[str]:
    """The words of an id that may name it in an address ("mpl" of MPL-2.0)."""
    bare = license_id.removeprefix("LicenseRef-").removeprefix("scancode-").lower()
    return {w for w in re.split(r"[^a-z0-9]+", bare) if len(w) > 2 and not w.isdigit()}


def _about_licensing(address: str, path: str, ids: list[str], licensing_line: bool) -> bool:
    """Whether an address reads as a license's page: words of licensing in it, or a word of
    the license's id in its path with a version there ("mozilla.org/MPL/2.0/") or on a line
    that speaks of licensing; on a site of many projects, words of licensing in the path. A
    product's page that a license's data lists, and that shares a word with its id, is no
    license page on a line that is not about licensing ("[Google Analytics]:
    http://www.google.com/analytics/")."""
    if _PROJECT_HOSTS.match(address):
        return _LICENSING_ADDRESS.search(path) is not None
    if _LICENSING_ADDRESS.search(address):
        return True
    words = set(re.findall(r"[a-z0-9]+", path.lower()))
    named = any(_id_words(i) & words for i in ids)
    return named and (licensing_line or any(w.isdigit() for w in words))


def _words_around(query: Query, start: int, end: int) -> range:
    """The words of a line (``start:end``), or for a line with none the words either side of
    it: an address in angle brackets, which markup removal leaves wordless, belongs with
    them."""
    if start < end:
        return range(start, end)
    return range(max(0, start - 1), min(len(query.words), start + 1))


class PagesFound(NamedTuple):
    """What the addresses of a text say: licenses named only by their page, each with the
    words of its line; and the words of lines that only point to the page of a license the
    text already names ("See http://www.apache.org/licenses/LICENSE-2.0 for details." under
    Apache's notice), which that license explains."""

    named: list[tuple[TextMatch, int, int]]
    pointers: list[tuple[int, int]]


# The most words a line pointing to a license's page may hold besides the address ("See",
# "for details", "The full text is at"): a longer line says more than where the text is.
_POINTER_WORDS = 6


def license_pages(
    query: Query,
    explained: bytearray,
    quoted: bytearray,
    found_ids: Iterable[str],
    registry: Registry,
) -> PagesFound:
    """Licenses named only by the address of their page, with the words of the address's line;
    and the lines that point to the page of a license already found.

    A line counts where none of its words is explained (a link on the line of a name or a
    match is that name's; a line of no words goes with the words either side). Words of a text
    kept as a clue (``quoted``: an exception's text names the works it lets in) count only
    where no license was found elsewhere. The address must say that it is about a
    license, or hold a word of the license's id (:func:`_about_licensing`). A home page with no path
    ("http://www.unlicense.org") counts only on a line that speaks of licensing; a page that
    lists licenses never does; a page several licenses list names none; an address in quotes
    is a value in code or data, unless it is an HTML link's target.
    """
    found = PagesFound([], [])
    if not has_addresses(query.text):
        return found
    # Deferred: the lenient reader loads its tables only when a text needs it.
    from licenseclass.expressions.lenient import license_page  # noqa: PLC0415

    have = {family(i) for i in found_ids}
    named_before = frozenset(have)
    alone = not have
    lines = query.lines
    above = ""  # the last line with words before this one
    for number, raw in enumerate(query.all_raw_lines(), 1):
        line_above, above = above, (raw if raw.strip() else above)
        if "/" not in raw and "www." not in raw:
            continue
        start = bisect.bisect_left(lines, number)
        end = bisect.bisect_right(lines, number)
        around = _words_around(query, start, end)
        if any(explained[i] for i in around):
            continue
        if not alone and around and all(quoted[i] for i in around):
            continue
        # ("released under the Artistic License." and "See <address> for details." below it)
        licensing_line = _LICENSING_WORDS.search(raw) is not None or (
            _LICENSING_WORDS.search(line_above) is not None
        )
        for written in _ADDRESS.finditer(raw):
            # (only the few characters before the address are looked at: a minified line may
            # hold thousands of addresses)
            before = raw[max(0, written.start() - 16) : written.start()]
            if _QUOTED_VALUE.search(before) and not _LINK_TARGET.search(before):
                continue  # a string in code or data ("seeAlso": ["https://..."]), not prose
            address = written.group(0).rstrip(".:!?")
            path = _path(address)
            if _INDEX_PAGE.search("/" + path):
                continue
            if not path and not _LICENSING_WORDS.search(_ADDRESS.sub(" ", raw)):
                continue
            expression = license_page(address, registry)
            if expression is None:
                continue
            ids = split_ids(expression)
            if any(family(i) in have for i in ids):
                if all(family(i) in named_before for i in ids) and _points_to_page(raw):
                    found.pointers.append((start, end))
                continue
            if not _about_licensing(address, path, ids, licensing_line):
                continue
            have.update(family(i) for i in ids)
            for license_id in ids:
                match = TextMatch(
                    id=license_id,
                    expression=expression,
                    kind="reference",
                    confidence=PAGE_CONFIDENCE,
                    start_line=number,
                    end_line=number,
                    method="name",
                    reference=f"license page: {address}",
                    coverage=1.0,
                )
                found.named.append((match, start, end))
    return found


def _points_to_page(line: str) -> bool:
    """Whether a line is an address and a few words pointing to it ("See <URL> for details.")."""
    rest = _ADDRESS.sub(" ", line)
    return len(re.findall(r"[A-Za-z]{2,}", rest)) <= _POINTER_WORDS
