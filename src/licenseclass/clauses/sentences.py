"""Cutting a license text into sentences that keep their line numbers.

Paragraphs and list items are found from blank lines, list markers and indentation; a list item
remembers the lead-in sentence it hangs from ("You agree not to use the Model:"), because the
item alone ("- For military use;") does not say that it is forbidden.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from licenseclass.clauses.debian_copyright import dep5_plain, is_dep5

# A sentence longer than this (a text without full stops) is cut into windows so that the
# bounded patterns of the rules never scan an unbounded string many times over.
_MAX_SENTENCE = 2_500
_MAX_LIST_ITEMS = 60
# A numbered "item" longer than this is a section of the license, not an item of a list.
_MAX_ITEM_CHARS = 600

# Characters str.splitlines() treats as line ends but "\n"-counted lines do not.
LINE_BREAKS_INSIDE_A_LINE = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

# Characters that would make offsets between the shown text and the matched text differ are
# removed up front; quotes and dashes are mapped one to one so both stay aligned.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\t": " ",
        # Lines are counted at "\n" only (as editors and the identification stage count them);
        # the other characters str.splitlines() breaks at are spaces inside a line here.
        **dict.fromkeys(LINE_BREAKS_INSIDE_A_LINE, " "),
    }
)

# "\u00a5" is a bullet read in the wrong code page (Mac Roman's bullet byte in Latin-1); a
# letter "o" set apart by two spaces or more is a word processor's hollow bullet, saved as text.
LIST_MARKER = re.compile(
    # (not a copyright sign that opens a line: '"Copyright' + '(C) 1988 Free Software ...')
    r"^\s*(?!\([cC]\)\s*(?:\d{4}\b|copyright\b))(?:(?P<dash>[-\u2013\u2014\u2022*\u00b7\u25aa\u25e6\u00a5]|\.(?=\s+[a-z])|o(?=\s{2}|\t))"
    r"|(?P<paren>\(\s?(?:[a-zA-Z]|[ivxIVX]{1,5}|\d{1,2})\s?\))"
    r"|(?P<alpha>(?:[a-zA-Z]|[ivxIVX]{2,5})[.)])"
    r"|(?P<num>\d{1,2}(?:\.\d{1,2})*(?:\.[a-z])?[.)]?))\s+"
)
_SPLIT = re.compile(r"[.!?][\"')\u201d\u2019]*\s+")
_NO_SPLIT_BEFORE = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|inc|ltd|co|corp|no|nos|vs|sec|st|mr|ms|dr|art|para|cf|u\.s|"
    r"u\.k|approx|incl|viz|jr|sr)|\b[a-zA-Z]|\b[ivx]{1,4}|\b\d{1,2})$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    """One sentence of the text, with the list lead-in it belongs to (if any)."""

    text: str
    norm: str
    start_line: int
    end_line: int
    lead: str = ""
    # (offset in ``text``, line number) of each line after the first that the sentence runs
    # onto, so that evidence can name the lines of its own words
    breaks: tuple[tuple[int, int], ...] = ()

    @property
    def full(self) -> str:
        """The sentence as read in context: a list item is read after its lead-in."""
        if not self.lead:
            return self.norm
        # The item's own marker ("* ", "(b) ") would stand between "you may not" and the verb;
        # blanked, not cut, so offsets into ``norm`` keep their distance from the end.
        item = LIST_MARKER.sub(lambda m: " " * len(m.group(0)), self.norm, count=1)
        return f"{self.lead} {item}"

    def lines_of(self, start: int, end: int) -> tuple[int, int]:
        """The first and last line of the words between two offsets of ``norm``; the whole
        sentence's lines where ``norm`` is not ``text``'s letter for letter (a lower-cased
        letter that became two)."""
        if not self.breaks or len(self.text) != len(self.norm) or end <= start:
            return self.start_line, self.end_line
        first = last = self.start_line
        for offset, number in self.breaks:
            if offset <= start:
                first = number
            if offset < end:
                last = number
        return first, last

    def words(self, start: int, end: int) -> str:
        """The original words between two offsets of ``norm``, widened to whole words."""
        source = self.text if len(self.text) == len(self.norm) else self.norm
        start, end = max(0, start), min(len(source), end)
        while 0 < start < len(source) and source[start - 1].isalnum():
            start -= 1
        while end < len(source) and source[end].isalnum():
            end += 1
        return source[start:end].strip()


@dataclass
class _Block:
    lines: list[tuple[int, str]] = field(default_factory=list)
    style: str = "none"
    indent: int = 0  # the first line's leading spaces

    @property
    def indented(self) -> bool:
        return self.indent > 0


# A bare number before a word in lower case carries on a sentence ("... for up to" / "10 million
# Hits per month"); a numbered heading has a capital after it ("1 Definitions").
_NUMBER_IN_TEXT = re.compile(r"^\s*\d{1,2}\s+[a-z]")


def _marker_style(line: str) -> str:
    # (a marker alone on its line, its item on the next, as text taken from a PDF sets it: "b.")
    m = LIST_MARKER.match(f"{line} ")
    if not m or (m.group("num") and _NUMBER_IN_TEXT.match(line)):
        return "none"
    return next(name for name in ("dash", "paren", "alpha", "num") if m.group(name))


# Words that open a comment line: m4's "dnl", a BDF font's "COMMENT", a batch file's "REM".
COMMENT_KEYWORDS = r"dnl|COMMENT|REM|rem"
# (a man page's roff comments open with '.\"' or "'\"")
_COMMENT = re.compile(
    rf"^\s*(?:/\*+|\*+/?|#+|//+|--|;+|%+|!|{COMMENT_KEYWORDS}|[.']\\\")(?=\s|$)\s?"
)


# A bullet list's "* " at the margin is no comment mark; a C comment's " * " lines come with the
# comment's opener or closer, or stand indented.
_STAR_ONLY = re.compile(r"^\*+\s")
_C_COMMENT_EDGE = re.compile(r"^\s*/\*|\*/\s*$")


# A boxed comment closes every line it opens ("/* Redistribution and use ...  */").
BOX_CLOSER = re.compile(r"\s*\*+/\s*$")
_BOX_OPENER = re.compile(r"^\s*/\*")


def _uncomment(line: str) -> str:
    """``line`` without its comment mark, and without the closer of a boxed comment's line."""
    if _BOX_OPENER.match(line):
        line = BOX_CLOSER.sub("", line)
    return _COMMENT.sub("", line, count=1)


def _comment_prefixed(lines: list[str]) -> bool:
    """Whether the text is a source-code comment block: most lines open with a comment mark."""
    filled = [line for line in lines if line.strip()]
    marked = [line for line in filled if _COMMENT.match(line)]
    if len(filled) < 2 or len(marked) < 0.6 * len(filled):
        return False
    # (a Markdown list with "* " items is not a comment)
    bullets = sum(1 for line in marked if _STAR_ONLY.match(line))
    return bullets < len(marked) or any(_C_COMMENT_EDGE.search(line) for line in filled)


# A lead-in that stops short of its object ("... in certain ways. You may not" above a list).
_DANGLING_LEAD = re.compile(
    r"\b(?:(?:may|shall|must|will|can)\s+not|agrees?\s+not\s+to|not\s+to|(?:have|has)\s+no\s+right|"
    r"not\s+(?:be\s+)?(?:entitled|permitted|allowed|authori[sz]ed)\s+to|prohibited\s+from)$|"
    # "... you are hereby granted a ... license to" above "(1) use and copy the Software; ..."
    r"\b(?:licen[cs]e|rights?|permission)\s+to$|"
    # "... copies of the software to use solely with" above the products it may be used with
    r"\b(?:only|solely|exclusively)\s+(?:for\s+use\s+)?(?:with|on)$|"
    # a heading that is a bare grant ("YOU MAY" above "(1) Use this code on your website.")
    r"^\W*(?:you|(?:the\s+)?licensees?|(?:the\s+)?users?)\s+(?:may|can|(?:is|are)\s+(?:hereby\s+)?"
    r"(?:permitted|allowed|free)\s+to)$"
)


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _next_inline_item(block: _Block, line: str) -> bool:
    """Whether a line opening with "(ii)" goes on an enumeration that the block began inline
    ("... for (i) any commercial purposes,"): a line wrapped at an item mark, not a new item."""
    m = re.match(r"\s*\(\s?([a-z]|[ivx]{1,5}|\d{1,2})\s?\)", line)
    if m is None:
        return False
    mark = m.group(1)
    if mark in _ROMAN and mark != "i":
        before = _ROMAN[_ROMAN.index(mark) - 1]
    elif mark.isdigit() and mark != "1":
        before = str(int(mark) - 1)
    elif len(mark) == 1 and mark.isalpha() and mark != "a":
        before = chr(ord(mark) - 1)
    else:
        return False
    joined = " ".join(text for _, text in block.lines)
    # the mark before it stands inside the block, not at its head
    return re.search(rf"(?<=\S)\s\(\s?{re.escape(before)}\s?\)\s", joined) is not None


# A title line: a few words in capitals, not cut off before the rest of its sentence ("... IN
# THE" / "SOFTWARE."), nor a lead-in ("IMPORTANT: READ CAREFULLY:").
_TITLE_WORDS = 6
_CONTINUES = re.compile(r"(?:[,:(-]|\b(?:OR|AND|OF|THE|TO|A|AN|IN|FOR|BY|WITH|ON|AS|ANY))$")


def _is_title(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 2
        and all(c.isupper() for c in letters)
        and len(line.split()) <= _TITLE_WORDS
        and _CONTINUES.search(line) is None
    )


# A name of a document in title case ("Proprietary Acme SDK License", "End User License
# Agreement") on a line of its own, the next line starting a sentence: a heading, not the subject
# of that sentence ("Acme License The Kit may not be distributed").
_HEADING_NOUN = re.compile(
    r"\b(?:licen[cs]e|agreement|eula|terms(?: of use)?|conditions|notice)$", re.IGNORECASE
)
_HEADING_SMALL = frozenset({"of", "and", "the", "for", "to", "a", "an", "in", "on", "&", "-"})


def _is_heading(line: str, following: str) -> bool:
    """Whether ``line`` is a document's name in title case above a sentence (``following``)."""
    words = line.split()
    return (
        2 <= len(words) <= _TITLE_WORDS
        and _HEADING_NOUN.search(line) is not None
        and all(w[:1].isupper() or w[:1].isdigit() or w in _HEADING_SMALL for w in words)
        and following[:1].isupper()
    )


def _commented_lines(lines: list[str]) -> set[int]:
    """The (0-based) lines whose comment mark is taken off: every line of a text that is a
    comment block, else the lines of each run of two or more commented lines that reads as a
    comment, so that a source file's license header reads as prose above its code."""
    if _comment_prefixed(lines):
        return set(range(len(lines)))
    found: set[int] = set()
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and _COMMENT.match(lines[end]):
            end += 1
        run = lines[start:end]
        if end - start >= 2 and _comment_prefixed(run) and not _star_list(run):
            found.update(range(start, end))
        start = end + 1
    return found


def uncommented_lines(text: str) -> list[str]:
    """The lines of ``text`` with the comment mark taken off where :func:`split_paragraphs`
    takes it off (a license header in a source file: " * Permission to use ..."), so that
    phrases wrapped across lines ("for\\n * any purpose") read whole."""
    lines = text.split("\n")
    uncomment = _commented_lines(lines)
    return [_uncomment(line) if n in uncomment else line for n, line in enumerate(lines)]


def _star_list(run: list[str]) -> bool:
    """Whether a run of lines marked only with stars is a list ("    * item"), not a comment:
    a C comment's run holds its opener or its closer."""
    stars = all(line.lstrip()[:1] == "*" for line in run)
    return stars and not any(_C_COMMENT_EDGE.search(line) for line in run)


def _next_line(lines: list[str], number: int, uncomment: set[int]) -> str:
    """The words of the line after line `number` (1-based), "" at the end."""
    if number >= len(lines):
        return ""
    following = lines[number]
    return (_uncomment(following) if number in uncomment else following).strip()


def _blocks(text: str) -> Iterator[_Block]:
    """Paragraphs and list items: blank lines, list markers and indented new sentences cut."""
    block = _Block()
    lines = text.split("\n")
    fields: set[int] = set()
    if is_dep5(lines):
        lines, fields = dep5_plain(lines)
    # A license pasted as a comment ("* Permission to use ...") reads as plain paragraphs.
    uncomment = _commented_lines(lines)
    for number, raw in enumerate(lines, start=1):
        source = _uncomment(raw) if number - 1 in uncomment else raw
        field_line = number - 1 in fields
        line = source.translate(INVISIBLE).translate(_FOLD).rstrip()
        stripped = line.strip()
        if not stripped:
            if block.lines:
                yield block
            block = _Block()
            continue
        if field_line:
            if block.lines:
                yield block
            yield _Block([(number, stripped)])
            block = _Block()
            continue
        style = _marker_style(line)
        if (
            style == "none"
            and not (block.lines and block.style != "none")
            and (_is_title(stripped) or _is_heading(stripped, _next_line(lines, number, uncomment)))
            and (
                not block.lines
                or _is_title(block.lines[-1][1])
                or block.lines[-1][1][-1:] in ".;!?:"
            )
        ):
            # "LICENSE SUPPLEMENT" / "REDISTRIBUTION NOT PERMITTED": a line in capitals is a
            # title of its own, not the start of the sentence on the next line (a list item's
            # marker or wrapped line keeps it in its list)
            if block.lines:
                yield block
            yield _Block([(number, stripped)])
            block = _Block()
            continue
        indented = line[:1] == " "
        # (a line that ends in a lead-in, "... You may not", ends too: its items follow)
        prev_done = bool(block.lines) and (
            block.lines[-1][1][-1:] in ".;:!?"
            or (indented and _DANGLING_LEAD.search(block.lines[-1][1].lower()) is not None)
        )
        if block.lines and style == "paren" and not prev_done and _next_inline_item(block, line):
            style = "none"  # "... for (i) any commercial purposes," / "(ii) military purposes"
        if block.lines and (style != "none" or (indented and prev_done)):
            yield block
            block = _Block()
        if not block.lines:
            block.style, block.indent = style, len(line) - len(line.lstrip(" "))
        block.lines.append((number, stripped))
    if block.lines:
        yield block


def _join(block: _Block) -> tuple[str, list[int], list[int]]:
    """The block's lines joined into one string, with the offset and number of each line."""
    parts: list[str] = []
    offsets: list[int] = []
    numbers: list[int] = []
    pos = 0
    for number, line in block.lines:
        if parts:
            # A word broken over two lines by a hyphen joins without a space.
            glue = "" if parts[-1].endswith("-") and line[:1].islower() else " "
            parts.append(glue)
            pos += len(glue)
        offsets.append(pos)
        numbers.append(number)
        parts.append(line)
        pos += len(line)
    return "".join(parts), offsets, numbers


# "... for the purposes described in Section 4. The Licensed Software may not": a cross-reference
# ends the sentence (a bare number before a full stop is most often a list mark).
_REFERENCE_END = re.compile(
    r"\b(?:section|clause|article|paragraph|exhibit|schedule|annex|appendix)\s+\d{1,2}$",
    re.IGNORECASE,
)


def _cut(joined: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _SPLIT.finditer(joined):
        end = m.end()
        nxt = joined[end : end + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"'(["):
            continue
        if _NO_SPLIT_BEFORE.search(
            joined[max(start, m.start() - 8) : m.start()]
        ) and not _REFERENCE_END.search(joined[max(start, m.start() - 24) : m.start()]):
            continue
        yield start, m.start() + 1
        start = end
    if start < len(joined):
        yield start, len(joined)


_INLINE = re.compile(r"(?:(?<=\s)|(?<=^))\((?:[ivx]{1,4}|[a-hA-H]|\d{1,2})\)\s")
_FIRST_INLINE = ("(i)", "(a)", "(A)", "(1)")
_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|ninety|hundred)\s+$",
    re.IGNORECASE,
)


def _inline_items(joined: str, lo: int, hi: int, lead: str) -> list[tuple[int, int, str]]:
    """A sentence that enumerates "(i) ...; (ii) ..." inline becomes a lead-in and its items.

    Each item is then read after the lead-in ("You may not"), as an item of a list is.
    """
    piece = joined[lo:hi]
    # "use one (1) copy": a number said twice, not an item
    marks = [m for m in _INLINE.finditer(piece) if not _NUMBER_WORD.search(piece, 0, m.start())]
    if len(marks) < 2 or marks[0].group(0).strip() not in _FIRST_INLINE or marks[0].start() < 12:
        return [(lo, hi, lead)]
    head = piece[: marks[0].start()].strip().lower().rstrip(":")
    inner = f"{lead} {head}" if lead else head
    spans = [(lo, lo + marks[0].start(), lead)]
    bounds = [m.start() for m in marks] + [len(piece)]
    spans += [(lo + bounds[k], lo + bounds[k + 1], inner) for k in range(len(marks))]
    return spans


# A label that heads a section ("License:", "Copyright and license:"): what follows is the
# section's text, not items that read after the label (the label would become the subject of
# the first sentence: "license the software may not be sold ...").
_SECTION_LABEL = re.compile(
    r"(?:the\s+)?(?:(?:copyright|license|licence)\s+(?:and|&)\s+)?(?:licen[cs]e|licensing|"
    r"copyright|terms|conditions|terms\s+and\s+conditions|licen[cs]e\s+terms|legal|notice|"
    r"copyright\s+notice|permissions?)\s*:"
)


def _opens_list(last: str) -> bool:
    return last.endswith(":") or _DANGLING_LEAD.search(last) is not None


# An unmarked paragraph that opens with a verb is an item of the list above it ("You may not
# and will not allow any third party to:" / "Copy, decompile, ..." / "Use the Service to ...").
_IMPERATIVE = re.compile(
    r"(?:use|copy|modify|alter|adapt|translate|distribute|redistribute|sell|resell|rent|lease|"
    r"lend|loan|sublicense|transfer|assign|reverse|decompile|disassemble|create|make|remove|"
    r"publish|host|provide|offer|incorporate|combine|obtain|export|allow|permit|access|install|"
    r"run|display|reproduce|merge|include|embed|share|post|upload|disclose|circumvent|bypass|"
    r"disable|attempt|interfere|engage|exploit|develop|build|train|market|charge|bundle|"
    r"license|sublicence|licence|delete|derive|frame|mirror|scrape|collect|send|store|deploy|"
    r"employ|commerciali[sz]e|prepare|edit|fine-tune)\b",
    re.IGNORECASE,
)
# "Licensee shall not, at any time during or after the term and whether alone or jointly with
# any third party, modify the Software": the aside between a ban and its verb is blanked in the
# matched text (same length, so offsets hold) and the ban reads as "shall not modify".
_BAN_ASIDE = re.compile(
    r"(?<=\bnot)(,\s*[^;:()]{3,200}?,)\s*(?=" + _IMPERATIVE.pattern.removesuffix("\\b") + r"\b)"
)


# "for any purpose, not only for research": "not only" widens, it neither negates nor bounds;
# blanked like an aside.
_NOT_ONLY = re.compile(r"\bnot\s+(?:only|just|merely)\b(?!\s+(?:be|if|when|where)\b)")


# Web and mail addresses: their dots are no sentence ends, and the rules read a clause as running
# up to the next dot ("solely for use in applications" after "at https://docs.example.com").
_ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s)\]>,;\"']+|[\w+-]+(?:\.[\w+-]+)*@[\w-]+(?:\.[\w-]+)+|"
    r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|ai|dev|edu|gov)\b(?:/[^\s)\]>,;\"']*)?"
)


def _mask_addresses(norm: str) -> str:
    """The text with each address's inner dots made underscores (same length, same offsets)."""
    if "." not in norm.rstrip("."):
        return norm  # (an address has a dot before its end)

    def masked(m: re.Match[str]) -> str:
        found = m.group(0)
        body = found.rstrip(".")
        return body.replace(".", "_") + found[len(body) :]

    return _ADDRESS.sub(masked, norm)


def _blank_asides(norm: str) -> str:
    if "not " in norm:
        norm = _NOT_ONLY.sub(lambda m: " " * len(m.group(0)), norm)
    if "not," not in norm:
        return norm
    return _BAN_ASIDE.sub(lambda m: " " * len(m.group(0)), norm)


def _section_number(joined: str) -> tuple[int, ...]:
    """The numbers of a numbered block's mark ("2.3." -> (2, 3)), or () where it has none."""
    m = LIST_MARKER.match(joined)
    if not m or not m.group("num"):
        return ()
    return tuple(int(part) for part in re.findall(r"\d+", m.group("num")))


def _after_its_section(number: tuple[int, ...], lead_number: tuple[int, ...]) -> bool:
    """Whether a block numbered ``number`` comes after the numbered section that opened the list:
    "2.2." or "3." after a lead-in numbered "2.1.", not "2.1.1." (its own item) nor "1." (a list
    that numbers its items afresh)."""
    if not number or not lead_number:
        return False
    if len(number) < len(lead_number):
        return True
    return (
        len(number) == len(lead_number)
        and number[:-1] == lead_number[:-1]
        and number[-1] > lead_number[-1]
    )


# The style of a sub-list opened by an unmarked item: its items are the blocks indented deeper.
_DEEPER = "deeper"


def _continues(
    block: _Block, joined: str, lead_style: str, lead_indent: int, lead_number: tuple[int, ...]
) -> bool:
    """Whether ``block`` is one more item of the list whose items have ``lead_style``."""
    if lead_style == _DEEPER:
        return block.indent > lead_indent  # a sub-list told only by its indentation
    # The first item fixes the list's marker style; a block in another style, an unmarked
    # block no deeper than the lead-in, or a long numbered section ends the list.
    same = lead_style in ("", block.style)
    if block.style == "none" and block.indent <= lead_indent:
        # Items whose markers were lost still read as the lead-in's continuation when they
        # open in lower case ("... as stated below:" / "to reproduce the Work; ...").
        # An item's own wrapped line, cut off by a blank line, opens in lower case as well;
        # so does an unmarked item that opens with a verb.
        same = joined[:1].islower() or (
            lead_style in ("", "none") and _IMPERATIVE.match(joined) is not None
        )
    if block.style == "num" and len(joined) > _MAX_ITEM_CHARS:
        same = False
    if block.style == "num" and _after_its_section(_section_number(joined), lead_number):
        same = False  # the next section of the text, not an item of the lead-in's list
    return same


_SPACE_RUN = re.compile(r"\s{2,}")


def _single_spaced(piece: str) -> tuple[str, list[int]]:
    """The piece with each run of white space made one space, and where each of its offsets
    went (empty where nothing moved). Justified text ("with  or  without  modification") and
    a line's trailing spaces before the space that joins it to the next would otherwise hide
    the wordings the rules look for."""
    if _SPACE_RUN.search(piece) is None:
        return piece, []
    moved: list[int] = []
    parts: list[str] = []
    length = at = 0  # the length of what is kept so far; the next offset of ``piece`` to keep
    for m in _SPACE_RUN.finditer(piece):
        kept = piece[at : m.start()]
        moved += range(length, length + len(kept))
        moved += [length + len(kept)] * (m.end() - m.start())
        parts += [kept, " "]
        length += len(kept) + 1
        at = m.end()
    moved += range(length, length + len(piece) - at)
    parts.append(piece[at:])
    return "".join(parts), moved


def split_sentences(text: str) -> list[Sentence]:
    """Cut ``text`` into sentences with 1-based line ranges; list items keep their lead-in."""
    sentences: list[Sentence] = []
    lead = ""
    lead_style = ""
    lead_indent = 0
    lead_number: tuple[int, ...] = ()  # the section number of the block that opened the list
    items = 0
    # Lists that an item opened a sub-list of ("... any organisation that:" / "1. lobbies
    # for ...:" / "* gambling"): the outer list resumes when a block of its style comes back.
    outer: list[tuple[str, str, int, int, tuple[int, ...]]] = []
    for block in _blocks(text):
        joined, offsets, numbers = _join(block)
        while lead:
            if (
                _continues(block, joined, lead_style, lead_indent, lead_number)
                and items < _MAX_LIST_ITEMS
            ):
                items += 1
                number = _section_number(joined) if items == 1 else ()
                if number and number[: len(lead_number)] != lead_number:
                    lead_number = ()  # the items are numbered afresh ("1.", "2." under "5.")
                # a wrapped line cut off from its item keeps the list's marker style
                if lead_style != _DEEPER and (block.style != "none" or block.indent > lead_indent):
                    lead_style = block.style
                break
            lead, lead_style, items, lead_indent, lead_number = (
                outer.pop() if outer else ("", "", 0, 0, ())
            )
        last = ""
        last_led = False
        last_inline = ""  # the lead-in of the last sentence, when an inline list gave it
        for a, b in _cut(joined):
            for lo in range(a, b, _MAX_SENTENCE):
                hi = min(b, lo + _MAX_SENTENCE)
                # Only an item's first sentence reads after the lead-in; a later sentence of
                # the item (a definition of a term it used, say) stands on its own.
                own_lead = lead if a == 0 else ""
                for x, y, inline_lead in _inline_items(joined, lo, hi, own_lead):
                    piece = joined[x:y].strip()
                    if not piece:
                        continue
                    first = numbers[bisect.bisect_right(offsets, x) - 1]
                    final = numbers[bisect.bisect_right(offsets, max(x, y - 1)) - 1]
                    begin, size = joined.index(piece, x), len(piece)
                    piece, moved = _single_spaced(piece)
                    breaks = tuple(
                        (moved[offset - begin] if moved else offset - begin, number)
                        for offset, number in zip(offsets, numbers, strict=True)
                        if begin < offset < begin + size
                    )
                    norm = _blank_asides(_mask_addresses(piece.lower()))
                    sentences.append(Sentence(piece, norm, first, final, inline_lead, breaks))
                    last, last_led = norm, bool(own_lead)
                    last_inline = inline_lead if inline_lead != own_lead else ""
        if not _opens_list(last) or _SECTION_LABEL.fullmatch(last) is not None:
            if last_inline and not lead:
                # "You will not: (a) modify ..., (b) copy ...;" / "(d) rent ...": an inline
                # list whose later items start lines of their own goes on after its lead-in
                lead, lead_style, items, lead_indent = last_inline, "paren", 0, block.indent
                lead_number = _section_number(joined)
            continue
        head = last.removesuffix(":").rstrip()
        if not lead or not last_led:
            # a list opened by an item's later sentence is a list of its own
            lead, lead_style, items, lead_indent = head, "", 0, block.indent
            lead_number = _section_number(joined)
        elif len(outer) < 3:
            # An item that opens a sub-list: its items read after both lead-ins. An unmarked
            # item's sub-list is told by its indentation alone ("the testing party must:" /
            # "        make the results public ...").
            outer.append((lead, lead_style, items, lead_indent, lead_number))
            lead, items = f"{lead} {LIST_MARKER.sub('', head, count=1)}", 0
            lead_style = "" if block.style != "none" else _DEEPER
            lead_indent = block.indent
            lead_number = _section_number(joined)
    return sentences


@dataclass(frozen=True)
class Paragraph:
    """One paragraph or list item, its lines joined, with its 1-based line range."""

    text: str
    start_line: int
    end_line: int


def split_paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs and list items of ``text``, as clause analysis cuts them."""
    out = []
    for block in _blocks(text):
        joined, _, numbers = _join(block)
        out.append(Paragraph(joined, numbers[0], numbers[-1]))
    return out


# A rule of one repeated mark ("----------", "%  ======"), after any comment leader.
_RULE_LINE = re.compile(r"^\s*(?:#|%|//|;|\*)?\s*([-=*_~#])\1{3,}\s*$")
# A lead-in of its own paragraph that names the files the next notice covers ("For the Kana
# fonts (files fhirw* and fkarw*):", "Files: data/*"); not "For the purposes of this License:".
_PART_LEAD = re.compile(
    r"^\s*(?:#|%|//)?\s*(?:for\s+(?:the\s+)?\S.{0,96}?(?:\bfiles?\b|[/*])|files?\b).{0,96}:\s*$",
    re.I,
)


def section_starts(text: str) -> tuple[int, ...]:
    """The 1-based lines where a part of a file of several notices begins.

    A part starts after a rule line ("----------") or at a one-line lead-in that names the
    files or works the next notice covers; a heading underlined by a rule starts its part.
    Packaging files put several works' notices, and the packager's remarks, one after another
    this way.
    """
    lines = text.split("\n")
    starts: list[int] = []
    for number, line in enumerate(lines, start=1):
        before = lines[number - 2] if number >= 2 else ""
        after = lines[number] if number < len(lines) else ""
        if _RULE_LINE.match(line):
            # an underlined heading ("License" / "-------") opens its part at the heading
            alone = number < 3 or not lines[number - 3].strip()
            heading = bool(before.strip()) and alone and len(before.strip()) <= 60
            starts.append(number - 1 if heading else number + 1)
        elif _PART_LEAD.match(line) and not before.strip() and not _RULE_LINE.match(after):
            starts.append(number)
    return tuple(sorted({s for s in starts if 1 <= s <= len(lines)}))
