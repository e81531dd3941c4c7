"""A text as the matchers see it (token ids, lines, what is covered) and a candidate hit."""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from itertools import repeat

from licenseclass.textid.index import GRAM, TextIndex
from licenseclass.textid.names import NameTable
from licenseclass.textid.results import Method
from licenseclass.textid.textnorm import tokenise


@dataclass
class Hit:
    ref: int
    start: int  # query token span [start, end)
    end: int
    matched: int
    coverage: float
    precision: float
    method: Method
    rare_missing: int = 0  # distinctive words of the reference absent from the span
    rare_inserted: int = 0  # distinctive words in the span that the reference lacks
    name_missing: bool = False  # a word of the license's name was not found
    required_missing: bool = False  # a phrase the reference requires was not found unbroken
    # The query ranges [start, end) the reference was aligned with; None: the whole span.
    aligned: tuple[tuple[int, int], ...] | None = None

    def aligned_ranges(self) -> tuple[tuple[int, int], ...]:
        """The words of the text this hit accounts for (words inside it that the reference
        lacks are not among them)."""
        return self.aligned if self.aligned is not None else ((self.start, self.end),)

    @property
    def confidence(self) -> float:
        return self.coverage * self.precision

    def value(self, length: int) -> float:
        """How much of the text this hit explains, less what it leaves unexplained.

        Words inside the span that the reference lacks cost as much as a matched word earns;
        words of the reference that were not found cost a fifth; every hit costs up to eight
        words (half its length when shorter), so one full match beats a tiling of partial
        ones. Distinctive words (a license name, 'Affero', 'Lesser') cost extra, so that the
        reference naming them wins.
        """
        inserted = (self.end - self.start) - self.matched
        rare = 2.0 * self.rare_inserted + self.rare_missing
        return hit_value(self.matched, length, inserted, rare)


def hit_value(matched: int, length: int, inserted: int = 0, rare: float = 0.0) -> float:
    """Hit.value from its parts, for a reference of ``length`` words; with nothing inserted
    and no distinctive word missed, the most a hit matching ``matched`` words can be worth."""
    missing = length - min(length, matched)
    return matched - inserted - 0.2 * missing - min(8.0, matched / 2) - rare


class Query:
    """A text as token ids, with the lookups the stages share."""

    def __init__(self, index: TextIndex, names: NameTable, text: str) -> None:
        self.index = index
        self.names = names
        self.text = text  # the raw text, for readers that need its punctuation ("GPLv2+")
        self._raw_lines: list[str] | None = None

        tokens = tokenise(text)
        self.words = tokens.words
        self.lines = tokens.lines
        vocab = index.vocab
        self.ids = array("I", map(vocab.get, self.words, repeat(0)))
        self.covered = bytearray(len(self.ids))
        self._keys: list[int] | None = None
        # Names the lenient reader read in this text, with what it read: a text often
        # repeats a phrase ("licensed as follows"), and each reading costs milliseconds.
        self.name_readings: dict[tuple[str, bool], str | None] = {}
        # The licenses the title above each text start names (the hits of one text often
        # start at the same word, and every hit of a full text asks).
        self.titles: dict[int, frozenset[str]] = {}
        # Per line, what the name stage asks of its raw words again and again (one long line
        # may hold thousands of licensing phrases): the positions of the words "license" and
        # their places in the raw line, and the words written there as a role (":doc:`").
        self.license_words: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
        self.roles: dict[tuple[int, str], bool] = {}
        # Per line and word, the positions of that word and where the raw line says it; and
        # the answers of tests that look at a whole raw line for a word (test, line, word).
        self.words_said: dict[tuple[int, str], tuple[list[int], list[int]]] = {}
        self.line_tests: dict[tuple[str, int, str], bool] = {}
        # Per line, character offsets at word boundaries and how many words come before each
        # (see namestage's words_before): sorted, filled as the name stage asks.
        self.words_before: dict[int, tuple[list[int], list[int]]] = {}
        # (start, end, phrase) of the restricting phrases written in the text (see
        # matchers._guarded), found when an approximate hit first asks.
        self.guard_forms: list[tuple[int, int, str]] | None = None
        # Approximate hits refused for a restricting phrase the reference lacks (see
        # matchers._guarded): a text they nearly cover is compared with them when it is read.
        self.guarded: list[Hit] = []

    def all_raw_lines(self) -> list[str]:
        """The lines of the raw text, counted as the tokens count lines (split once)."""
        if self._raw_lines is None:
            self._raw_lines = raw_lines(self.text)
        return self._raw_lines

    def raw_line(self, number: int) -> str:
        """Line ``number`` (1-based) of the raw text, counted as the tokens count lines (CR LF
        and a lone CR end a line too); "" past the end."""
        lines = self.all_raw_lines()
        return lines[number - 1] if 0 < number <= len(lines) else ""

    @property
    def keys(self) -> list[int]:
        """Gram key at each position (0 where a gram holds an unknown word)."""
        if self._keys is None:
            ids = self.ids
            # hash() of the 4-tuple is gram_key (see the index); 0 marks an unknown word
            grams = zip(ids, ids[1:], ids[2:], ids[3:], strict=False)
            keys = list(map(hash, grams))
            # the grams holding an unknown word, found from its positions (few, if any)
            unknown = -1
            while True:
                try:
                    unknown = ids.index(0, unknown + 1)
                except ValueError:
                    break
                for position in range(max(0, unknown - GRAM + 1), min(unknown + 1, len(keys))):
                    keys[position] = 0
            self._keys = keys
        return self._keys

    def cover(self, start: int, end: int) -> None:
        self.covered[start:end] = b"\x01" * (end - start)


def raw_lines(text: str) -> list[str]:
    """The lines of ``text`` as tokenisation counts them (CR LF and a lone CR end a line)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
