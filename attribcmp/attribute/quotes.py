"""Quotation-mark pairing: straight, curly, single, guillemets, multi-paragraph.

One left-to-right pass per paragraph with a tiny state machine, so the cost is linear in the text
whatever the marks (no regex can backtrack over long runs of quote marks).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from attribcmp.segment import Paragraph

# Opening mark -> the closing marks that may end it.
_DOUBLE_OPEN = {"“": '”"', "„": '“”"', "«": "»", "»": "«"}
_SINGLE_OPEN = {"‘": "’'", "‹": "›"}
_STRAIGHT = '"'
# Marks that may open a paragraph continuing a quotation, and closers that are no apostrophe.
_SINGLES = "‘'"
_CLOSE_DOUBLE = '”"»«„“'
_MARK = re.compile("[\"“”„«»‘’‹›']")


# A left curly mark typed as the close (',“ said X'): glued to the end punctuation of the
# quoted words and followed by a space or the line's end, where no quotation opens.
_LEFT_AS_CLOSE = re.compile("(?<=[,.?!—])“(?=[ \u00a0\n]|$)", re.MULTILINE)


def mend_closing_marks(text: str) -> str:
    """The text with left curly marks used as closing marks made right marks (same length,
    so every offset still points into the original)."""
    if "“" not in text:
        return text
    return _LEFT_AS_CLOSE.sub("”", text)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: offsets include the marks.

    ``chain`` numbers the quotations of one multi-paragraph quote (the same value on each
    paragraph's piece); ``closed`` is False on every piece but the last of such a chain.
    """

    start: int
    end: int
    paragraph: int
    chain: int
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _pair_paragraph(
    text: str, start: int, end: int, still_open: list[int | None]
) -> Iterator[tuple[int, int]]:
    """Pair the marks of one paragraph.

    Yields the closed quotations in text order (one at a time: a paragraph of nothing but
    quote marks holds a million) and, once done, sets ``still_open[0]`` to where a double
    quotation still open at the paragraph's end opened, or None.
    """
    open_at: int | None = None
    closers = ""
    i = start
    while i < end:
        # Jump straight to the next quotation mark: the scan touches marks, not letters.
        m = _MARK.search(text, i, end)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if open_at is None:
            if ch in _DOUBLE_OPEN:
                open_at, closers = i, _DOUBLE_OPEN[ch]
            elif ch == _STRAIGHT and not (i > start and text[i - 1].isdigit()):
                # After a digit a straight mark is inches or seconds (5'10"), not an opening.
                open_at, closers = i, _STRAIGHT + "”"
            elif ch == "'" and text.startswith("''", i) and not text.startswith("'''", i):
                # Typewriter doubled singles, as some archives print quotations: ''like this''.
                j = text.find("''", i + 2, end)
                if j > 0:
                    yield i, j + 2
                    i = j + 2
                    continue
            elif ch in _SINGLE_OPEN or (ch == "'" and (i == start or not _is_word(text[i - 1]))):
                # A single mark opens only before a word and outside a word: not an apostrophe.
                close = _close_single(text, i, end)
                if close is not None:
                    yield i, close + 1
                    i = close + 1
                    continue
                if i == start and i + 1 < end and _is_word(text[i + 1]) and "\n" not in text[i:end]:
                    # A paragraph opened by a single mark that never closes in it: British
                    # style runs a quotation over paragraphs this way, as with double marks.
                    open_at, closers = i, _SINGLE_OPEN.get(ch, "'’")
        elif ch in closers and (
            ch in _CLOSE_DOUBLE
            or (text[i - 1] != " " and (i + 1 >= end or not _is_word(text[i + 1])))
        ):
            # (a single closer followed by a letter is an apostrophe, "Government’s", and one
            # after a space opens rather than closes, as in _close_single)
            yield open_at, i + 1
            open_at = None
        elif ch in _DOUBLE_OPEN and ch not in "»«":
            # A second opening mark before any close (of the same kind too: English does not
            # nest double marks): the first was stray; restart here. Guillemets are left out
            # because either one may open, depending on the language.
            open_at, closers = i, _DOUBLE_OPEN[ch]
        i += 1
    still_open[0] = open_at


def _close_single(text: str, i: int, end: int) -> int | None:
    if i + 1 >= end or not _is_word(text[i + 1]):
        return None
    closers = _SINGLE_OPEN.get(text[i], "'’")
    j = i + 1
    limit = min(end, i + 400)  # single-quoted spans are short; bound the search
    while j < limit:
        ch = text[j]
        # A closing mark is followed by a non-letter; plural possessives ("the Joneses' car")
        # are skipped.
        if (
            ch in closers
            and (j + 1 >= end or not _is_word(text[j + 1]))
            and text[j - 1] != " "
            and not (text[j - 1] == "s" and j + 1 < end and text[j + 1] == " " and ch == "'")
        ):
            return j
        if ch in '“”"\n':
            return None
        j += 1
    return None


def find_quotes(text: str, paragraphs: Iterable[Paragraph]) -> tuple[Quote, ...]:
    """Find the quotations of a document, sorted by start.

    A double quotation left open at a paragraph's end continues when the next paragraph opens
    with a mark (the newspaper convention); otherwise the stray mark is ignored.
    """
    return tuple(sorted(iter_quotes(text, paragraphs), key=lambda q: q.start))


def iter_quotes(text: str, paragraphs: Iterable[Paragraph]) -> Iterator[Quote]:
    """``find_quotes`` one quotation at a time, nearly in text order (the pieces of a
    multi-paragraph quote come when it closes): ``QuoteIndex`` keeps them as integers, never
    as a list of objects (16 MB of quote marks hold a million quotations)."""
    chain = 0
    pending: list[Quote] = []  # pieces of a multi-paragraph quote not yet closed
    for para in paragraphs:
        if para.furniture:
            yield from _never_closed(text, pending)
            pending = []
            continue
        lead = text[para.start]
        if pending and lead not in _DOUBLE_OPEN and lead != _STRAIGHT and lead not in _SINGLES:
            yield from _never_closed(text, pending)
            pending = []  # the quote never closed: unbalanced, drop its pieces
        still_open: list[int | None] = [None]
        closed = _pair_paragraph(text, para.start, para.end, still_open)
        first = next(closed, None)
        if pending and first is not None and first[0] == para.start:
            # The paragraph's opening mark continued the chain; its first closed span ends it.
            yield from pending
            yield Quote(*first, para.index, pending[0].chain, True)
            pending, first = [], None
        if first is not None:
            chain += 1
            yield Quote(*first, para.index, chain, True)
        for s, e in closed:
            chain += 1
            yield Quote(s, e, para.index, chain, True)
        open_at = still_open[0]
        if pending and open_at == para.start:
            # The opening mark never closed (so nothing in the paragraph did): one more piece.
            pending.append(Quote(para.start, para.end, para.index, pending[0].chain, False))
            open_at = None
        if open_at is not None:
            chain += 1
            pending = [Quote(open_at, para.end, para.index, chain, False)]
    yield from _never_closed(text, pending)


def _never_closed(text: str, pending: list[Quote]) -> Iterator[Quote]:
    """A paragraph opened by a double mark that never closes, with no quotation after it (the
    closing mark left out, or the copy cut off: '"We are not going after him.' ending the
    story), is a quotation to the paragraph's end; one paragraph only, so a stray mark takes
    no more than its own paragraph."""
    if len(pending) != 1:
        return
    q = pending[0]
    at_start = q.start == 0 or text[q.start - 1] == "\n"
    if (
        at_start
        and text[q.start] in _NEVER_CLOSED
        and text[q.start : q.end].rstrip()[-1:] in ".!?"  # a statement, not a heading line
        and _MARK.search(text, q.start + 1, q.end) is None
        and _OWN_CREDIT.search(text, q.start, q.end) is None
    ):
        yield Quote(q.start, q.end, q.paragraph, q.chain, True)


# Double marks only: a single mark never closed is an apostrophe as often as a quotation.
_NEVER_CLOSED = frozenset('“"„')
# '"We will win, said the colonel.': the paragraph credits its own words after a comma, so the
# missing mark was the closing one before the credit; no quotation to the paragraph's end.
_OWN_CREDIT = re.compile(r"[,!?]\s+(?:[\w.’'-]+\s+){0,5}?(?:said|says|told|tells|added|adds)\b")


# Quote objects kept for reuse: a sentence asks for its quotations several times, and the pass
# moves forward, so the last few hundred asked for are the ones asked for again.
_MADE_KEPT = 1024


class QuoteIndex:
    """The quotations of one document, searchable by range in logarithmic time.

    Quotations never overlap and are sorted by start, so their ends are sorted too. They are
    kept as columns of machine integers and made into ``Quote`` objects only when asked for:
    a text of nothing but quote marks holds a million of them.
    """

    def __init__(self, quotes: Iterable[Quote]) -> None:
        # Offsets fit 32 bits (inputs stop at 16 MB): half the memory of 64-bit columns.
        starts, ends, paragraphs, chains = array("i"), array("i"), array("i"), array("i")
        closed = bytearray()
        for q in quotes:
            starts.append(q.start)
            ends.append(q.end)
            paragraphs.append(q.paragraph)
            chains.append(q.chain)
            closed.append(q.closed)
        if any(starts[k] < starts[k - 1] for k in range(1, len(starts))):
            # Out of order (a multi-paragraph quote's pieces come when it closes): a stable
            # sort by start, as ``find_quotes`` gives.
            order = sorted(range(len(starts)), key=starts.__getitem__)
            starts = array("i", [starts[k] for k in order])
            ends = array("i", [ends[k] for k in order])
            paragraphs = array("i", [paragraphs[k] for k in order])
            chains = array("i", [chains[k] for k in order])
            closed = bytearray(closed[k] for k in order)
        self.starts, self.ends = starts, ends
        self._paragraphs, self._chain_ids, self._closed = paragraphs, chains, bytes(closed)
        self._made: dict[int, Quote] = {}  # the quotations asked for lately, by position
        # Only multi-paragraph quotes have pieces after the first; the rest have no chain entry.
        self._chains: dict[int, list[int]] = {}
        for k, (chain, whole) in enumerate(zip(chains, closed, strict=True)):
            if not whole or self._chains.get(chain):
                self._chains.setdefault(chain, []).append(k)

    def __len__(self) -> int:
        return len(self.starts)

    def _quote(self, k: int) -> Quote:
        quote = self._made.get(k)
        if quote is None:
            if len(self._made) >= _MADE_KEPT:
                self._made.clear()
            quote = self._made[k] = Quote(
                self.starts[k],
                self.ends[k],
                self._paragraphs[k],
                self._chain_ids[k],
                bool(self._closed[k]),
            )
        return quote

    def chain_after(self, piece: Quote) -> list[Quote]:
        """The pieces of ``piece``'s multi-paragraph quotation that come after it."""
        return [
            self._quote(k)
            for k in self._chains.get(piece.chain, ())
            if self.starts[k] > piece.start
        ]

    def spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of the quotations ``overlapping`` gives, read from the columns: the
        callers that only need the offsets make no ``Quote`` objects."""
        lo = bisect_right(self.ends, start)
        hi = bisect_left(self.starts, end)
        if lo >= hi:
            return []
        return list(zip(self.starts[lo:hi], self.ends[lo:hi], strict=True))

    def overlapping(self, start: int, end: int) -> tuple[Quote, ...]:
        """Quotations that share at least one character with ``[start, end)``."""
        lo = bisect_right(self.ends, start)
        hi = bisect_left(self.starts, end)
        if lo >= hi:
            return ()  # most sentences: no quotation at all
        return tuple(self._quote(k) for k in range(lo, hi))
