"""Document -> paragraphs and sentences, character offsets kept.

Rule-based and linear: one pass of a boundary regex per paragraph, with an abbreviation table
to veto false boundaries and protected spans (quotations) that a boundary may not cut.
Page furniture (bylines, photo credits, "Related Articles", breadcrumbs) is dropped here so no
later stage can mistake it for a claim.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from attribcmp.model import Document, Sentence
from attribcmp.page_blocks import mark_title_blocks

_PARAGRAPH = re.compile(r"[^\n]+")
# A wire dateline opening a paragraph: "WASHINGTON —", "KESSRA, March 4 —",
# "HEMPSTEAD, N.Y., Sept. 26 (UPI) —". The place is in capitals; every part is bounded.
_DATELINE = re.compile(
    r"[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,3}"
    r"(?:, [A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12})?){0,2}"
    r"(?:,? [A-Z][a-z]{2,4}\.? \d{1,2})?"
    r" ?(?:\([^()\n]{1,30}\) ?)?[—–-]{1,2} "
)
# A candidate boundary: terminal punctuation, any closing quotes/brackets, then white space.
# Or glued copy with the space lost ("identity.The"): a lower-case word of two letters or more,
# the mark, then a capitalised word; "U.S.", "e.g.", "voanews.com" and "3.5" never match.
_BOUNDARY = re.compile(
    r"[.!?…]+[\"'”’»)\]]*(?=\s+\S)|[.!?](?<=[a-z][a-z][.!?])[.!?]*[\"'”’»)\]]*(?=[A-Z][a-z])"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
# The longest sentence the later stages see. Their rules look back and forth within a sentence,
# so a run with no sentence end (a data blob, a list of 30,000 names) is cut into pieces of at
# most this many characters, at a space when there is one, to keep the whole pass linear. The
# longest sentence in PolNeAR (34,000 sentences) has 979 characters.
MAX_SENTENCE = 2000


def _words(table: str) -> frozenset[str]:
    """A word table written as one string: easier to read and extend than a list literal."""
    return frozenset(table.split())


# Words whose trailing period is an abbreviation, not a sentence end ("Gen. Bajwa").
_ABBREVIATIONS = _words(
    """mr mrs ms dr gen sen rep gov lt col maj capt cpt sgt adm cmdr st jr sr prof rev hon pres brig
    cpl pvt
    supt insp det amb atty sec gens reps sens messrs mt ft ave blvd dept univ est approx
    jan feb mar apr jun jul aug sep sept oct nov dec vs etc al no nos fig op ed vol e.g i.e
    inc corp co ltd bros"""
)
# Abbreviations that also end sentences often; a boundary stands only before a typical opener.
# "v" is the "v." of a case name ("Roe v. Wade"); it ends a sentence only before an opener.
_AMBIGUOUS = _words("u.s u.n u.k u.s.a e.u d.c inc corp co ltd etc a.m p.m v")
_OPENERS = _words(
    """the a an he she it they we i but and in on at this that these those there his her its
    their our so yet still however meanwhile also after before when while as if for mr mrs ms
    dr one some many most according"""
)

# Page furniture: whole paragraphs that are never reported speech. No "^" anchor: the pattern
# is applied with ``match(text, start, end)``, where "^" would only hold for the first paragraph.
_FURNITURE = re.compile(
    r"""\s*(?:
        # byline: "by Staff Report"; the name words must be capitalised, so that a paragraph
        # such as "By Tuesday the toll had risen." stays text.
        by\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?:and\s+|&\s+)?(?-i:[A-Z][\w.'’-]*)){0,5}\s*$
        # photo/video credit: the word must be followed by a credit marker, so that "Video
        # footage showed ..." stays text.
      | \(?(?:file\ )?(?:photo|image|picture|video)s?
        (?:\s*[:/|]|\s+(?:courtesy|credits?|by|via|from)\b|\s*\)?\s*$).{0,120}$
        # a caption ending in a credit; "courtesy of" without a bracket is ordinary prose
      | .{0,80}(?:\(\s*courtesy\b|\bcourtesy\b(?!\s+of\b)|\bgetty\ images\b|/\s*reuters\b
         |/\s*ap\b|\bafp\ photo\b).{0,60}$
      | \(?(?:additional\ )?(?:reporting|writing|editing)\ by\b.*$   # wire credits
      | related(?:\ articles|\ stories|\ posts|\ content|\ news)?\s*:?$
      | (?:read\ more|also\ read|see\ also)\s*:.*$   # links to other stories
      | (?:leave\ a\ (?:comment|reply)|comments?|share(?:\ this)?(?:\ article)?|advertisement
         |read\ more|click\ here\b.*|subscribe\b.*|follow\ us\b.*|sign\ up\b.*
         |copyright\s+(?:©|\(c\)|\d{4}).*|©.*|all\ rights\ reserved.*|print|email|tweet
         |share\ on\ \w+)\s*:?$
      | home\s+(?:latest\ news|news|world|politics)\b.*$   # breadcrumb trail
    )""",
    re.IGNORECASE | re.VERBOSE,
)


# Markdown and stray HTML markup, blanked out for analysis (never removed: offsets must stay).
# Every pattern is anchored or bounded, so masking is linear in the text.
# What opens a Markdown line (heading, quote, list item); the hint is the line opening, or an
# inline mark ("*", "__", "`", "](", a tag).
_MARKUP_LINE_OPENER = r"[ \t]{0,3}(?:[#>]|[-*+][ \t]|\d{1,3}[.)][ \t])"
# The line opening after a newline: the pattern starts with a literal, so a search jumps from
# newline to newline instead of trying every character (the text's start is matched apart).
_MARKUP_FIRST_LINE = re.compile(_MARKUP_LINE_OPENER)
_MARKUP_NEXT_LINE = re.compile("\n" + _MARKUP_LINE_OPENER)
_MARKUP_TAG = re.compile(r"</?[A-Za-z]")
_MARKUP_LINE = re.compile(
    r"^[ \t]{0,3}(?:#{1,6}[ \t]+|(?:>[ \t]?)+|[-*+][ \t]+|\d{1,3}[.)][ \t]+)", re.M
)
_MARKUP_LINK = re.compile(
    r"(!?\[)([^\]\n]{0,300})(\]\([^)\s]{0,500}(?:[ \t]+\"[^\"\n]{0,200}\")?\))"
)
_MARKUP_INLINE = re.compile(
    r"\*\*|__|`+|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|</?[A-Za-z][^<>\n]{0,200}>"
)


def _has_markup(text: str) -> bool:
    """Whether any markup pattern may match: substring tests first, each a C-speed scan."""
    return (
        "*" in text
        or "__" in text
        or "`" in text
        or "](" in text
        or ("<" in text and _MARKUP_TAG.search(text) is not None)
        or _MARKUP_FIRST_LINE.match(text) is not None
        or _MARKUP_NEXT_LINE.search(text) is not None
    )


def mask_markup(text: str) -> str:
    """The text with Markdown and HTML markup replaced by spaces of the same length.

    Attribution reads the masked text ("The **Energy Ministry** denied" reads as plain prose),
    while every offset still points into the original.
    """
    if not _has_markup(text):
        return text  # plain prose, the usual case: no copies

    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group())

    def link(m: re.Match[str]) -> str:
        return " " * len(m.group(1)) + m.group(2) + " " * len(m.group(3))

    text = _MARKUP_LINE.sub(blank, text)
    text = _MARKUP_LINK.sub(link, text)
    return _MARKUP_INLINE.sub(blank, text)


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    furniture: bool


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Every non-blank line is a paragraph (news copy uses one line per paragraph)."""
    return tuple(iter_paragraphs(text))


def iter_paragraphs(text: str) -> Iterator[Paragraph]:
    """``split_paragraphs`` one paragraph at a time."""
    # A box of link titles under "Related" / "Most Popular" is furniture too (page_blocks.py).
    for index, (start, end, furniture) in enumerate(mark_title_blocks(text, _lines(text))):
        yield Paragraph(index, start, end, furniture)


def _lines(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, furniture) of every non-blank line, one line a time."""
    for m in _PARAGRAPH.finditer(text):
        start, end = strip_span(text, m.start(), m.end())
        if start >= end:
            continue
        yield start, end, end - start < 200 and bool(_FURNITURE.match(text, start, end))


class ParagraphStream:
    """The paragraphs of a text, split once and kept as columns of machine integers; each pass
    over them makes the ``Paragraph`` objects afresh. A 16 MB input has some 150,000
    paragraphs: as objects they take 12 MB, as columns 2.5 MB."""

    __slots__ = ("_ends", "_furniture", "_starts")

    def __init__(self, text: str) -> None:
        self._starts, self._ends = array("q"), array("q")
        self._furniture = bytearray()
        for para in iter_paragraphs(text):
            self._starts.append(para.start)
            self._ends.append(para.end)
            self._furniture.append(para.furniture)

    def __iter__(self) -> Iterator[Paragraph]:
        for index, (start, end, furniture) in enumerate(
            zip(self._starts, self._ends, self._furniture, strict=True)
        ):
            yield Paragraph(index, start, end, bool(furniture))


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the white space at either end (``start == end`` if blank)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def dateline_end(text: str, pos: int) -> int:
    """Where the words of the paragraph holding ``pos`` begin past a wire dateline opening it
    ("KESSRA, March 4 (AFP) - The army said ..."), or 0 when no dateline stands before ``pos``:
    a rule reading back from a claim stops there, the dateline is no content."""
    para = text.rfind("\n", 0, pos) + 1
    dateline = _DATELINE.match(text, para, min(pos, para + 80))
    return dateline.end() if dateline is not None else 0


def _is_abbreviation(text: str, para_start: int, dot_end: int, next_start: int) -> bool:
    """Whether the period ending at ``dot_end`` belongs to an abbreviation or initial."""
    m = _WORD_BEFORE.search(text, max(para_start, dot_end - 20), dot_end)
    if m is None:
        return False
    word = m.group(1).lower().rstrip(".")
    if len(word) == 1 and m.group(1).isupper():
        return True  # an initial: "Lloyd J. Austin"
    nxt = text[next_start : next_start + 20].split(maxsplit=1)
    opener = nxt[0].strip("\"'“‘(").lower() if nxt else ""
    if word in _AMBIGUOUS:
        return opener not in _OPENERS
    if word == "no":
        return opener[:1].isdigit()  # "No. 1" but "said no."
    return word in _ABBREVIATIONS


def segment_sentences(
    document: Document,
    protected: Sequence[tuple[int, int]] = (),
    paragraphs: Sequence[Paragraph] | None = None,
) -> tuple[Sentence, ...]:
    """Split a document into sentences, skipping page furniture.

    Args:
        document: the input.
        protected: spans (quotations) inside which no boundary may fall.
        paragraphs: precomputed paragraphs, to avoid splitting twice.

    Returns:
        Sentences in text order; stripped of surrounding white space; offsets into the text.
    """
    if not protected and paragraphs is None:
        return _plain_sentences(document)
    spans = sorted(protected)
    starts, ends = [s for s, _ in spans], [e for _, e in spans]
    return tuple(iter_sentences(document, starts, ends, paragraphs))


# The link steps (discourse.locate, anchors.claim_scenes, ...) each split a report's documents
# the same way: once is enough. A few documents are kept (a compare reads up to 50 accounts in
# turn; their texts are held by the report anyway).
@lru_cache(maxsize=64)
def _plain_sentences(document: Document) -> tuple[Sentence, ...]:
    return tuple(iter_sentences(document, [], [], None))


def iter_sentences(
    document: Document,
    starts: Sequence[int],
    ends: Sequence[int],
    paragraphs: Iterable[Paragraph] | None = None,
) -> Iterator[Sentence]:
    """``segment_sentences`` one sentence at a time, the protected spans given as their
    starts and ends (not overlapping, sorted): a pass over a 16 MB input need not hold every
    sentence (and a copy of its text) at once."""
    text = document.text
    spans = _sentence_spans(text, starts, ends, paragraphs)
    for index, (paragraph, start, end) in enumerate(spans):
        yield Sentence(document.id, index, paragraph, start, end, text[start:end])


def _sentence_spans(
    text: str,
    starts: Sequence[int],
    ends: Sequence[int],
    paragraphs: Iterable[Paragraph] | None,
) -> Iterator[tuple[int, int, int]]:
    """(paragraph, start, end) of every sentence, in text order."""
    paras = iter_paragraphs(text) if paragraphs is None else paragraphs
    k = 0
    for para in paras:
        if para.furniture:
            continue
        start = para.start
        dateline = _DATELINE.match(text, para.start, min(para.end, para.start + 80))
        if dateline is not None and dateline.end() < para.end:
            start = (
                dateline.end()
            )  # "KESSRA, March 4 — The army said ...": the dateline is no content
        for m in _BOUNDARY.finditer(text, start, para.end):
            end = m.end()
            nxt = end
            while nxt < para.end and text[nxt].isspace():
                nxt += 1
            if text[m.start()] == "." and _is_abbreviation(text, para.start, m.start() + 1, nxt):
                continue
            if text[nxt] in "―—–-":
                continue  # "“...” ― Name": a dash credit belongs to the quotation before it
            if text[nxt].islower():
                continue  # a lower-case start is not a new sentence
            while k < len(ends) and ends[k] <= end:
                k += 1
            if k < len(ends) and starts[k] < end < ends[k] and ends[k] <= para.end:
                continue  # inside a quotation that closes in this paragraph
            if 0 < end - start <= MAX_SENTENCE:  # (nearly every sentence: no generator made)
                yield para.index, start, end
            elif start < end:
                yield from _pieces(text, para.index, start, end)
            start = nxt
        if 0 < para.end - start <= MAX_SENTENCE:
            yield para.index, start, para.end
        elif start < para.end:
            yield from _pieces(text, para.index, start, para.end)


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Where a new sentence starts inside ``[start, end)``, quotation marks not protecting
    anything: the cuts that split a long quotation or a paragraph-long content into sentences
    (``points.py``). The same boundary rules as ``segment_sentences``, within one range."""
    out: list[int] = []
    for m in _BOUNDARY.finditer(text, start, end):
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        if text[m.start()] == "." and _is_abbreviation(text, start, m.start() + 1, nxt):
            continue
        if text[nxt].islower() or text[nxt] in "―—–-":
            continue  # a lower-case start or a dash credit continues the sentence
        out.append(nxt)
    return out


def _pieces(text: str, paragraph: int, start: int, end: int) -> Iterator[tuple[int, int, int]]:
    """The sentence, in pieces of at most MAX_SENTENCE characters."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        yield paragraph, start, piece_end
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield paragraph, start, end
