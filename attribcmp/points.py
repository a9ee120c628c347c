"""Claims -> points: the units ``report`` and ``compare`` align.

One attribution can carry several points a fact-checker weighs one by one: a quotation split by
its attribution ("“A,” he said. “B.”"), a quotation that runs on over sentences and
paragraphs, "said that A and that B". Attribution keeps each of them as one claim, as PolNeAR's
annotators do (``claims`` and the PolNeAR figures are unchanged), while alignment needs each
point on its own: a fact-checker links sentence A and sentence B to different claims of the
other side.

``split_points`` cuts such a claim into points, each a ``Claim`` with its own character
offsets, the parent's speaker, cue, mention and side, the id ``c5.1``, ``c5.2``, ... and
``parent`` set to the claim it was cut from. A claim with one point stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from attribcmp.model import Claim, ClaimKind, Document, TextSpan
from attribcmp.segment import sentence_starts, strip_span

__all__ = ["split_points"]

_OPENING = "“\"‘'«„"
_CLOSING = "”\"’'»"
# A sentence shorter than this many words ("Accountability matters.") stays with the sentence
# before it: a point needs enough words to be compared with anything.
MIN_WORDS = 4
# A quoted stretch or paragraph is one point up to this many characters; a longer one is cut at
# sentence ends into points of about this size. In the disputes dev set a fact-checker links
# most two-sentence quotations whole ("We heard gunshots. We did not know what to do.") but the
# sentences of a long one to different claims (300: best claim recall there, 0.94).
POINT_CHARS = 300
# "A and that B" in reported speech: a second "that" clause is a second point ("emphasised that
# Russia and the US shared a responsibility and that Washington had no intention of ...").
# Not "and that is why" / "and that was": there "that" is a pronoun, not a clause opener.
_AND_THAT = re.compile(
    r",? and that (?!(?:is|was|will|would|has|had|'s|’s|means|meant|could|can|may|might|"
    r"should|must|does|did)\b)(?=\w)"
)
_WORD = re.compile(r"\w+")

Piece = list[tuple[int, int]]


def split_points(claims: Sequence[Claim], documents: Sequence[Document]) -> tuple[Claim, ...]:
    """Every claim, each cut into its points (claims with one point unchanged), in order.

    Args:
        claims: attributed claims (``attribute_claims``, sides resolved).
        documents: the documents their offsets point into.

    Returns:
        The points, in the claims' order; a split claim's points follow each other.
    """
    texts = {doc.id: doc.text for doc in documents}
    return tuple(point for claim in claims for point in _points(claim, texts.get(claim.doc_id)))


def _points(claim: Claim, text: str | None) -> Iterator[Claim]:
    if text is None or not claim.parts or any(not 0 <= s < e <= len(text) for s, e in claim.parts):
        yield claim  # offsets that do not fit the text: left as attributed
        return
    pieces = _pieces(text, claim.parts, claim.kind)
    if len(pieces) < 2:
        yield claim
        return
    for k, piece in enumerate(pieces, 1):
        start, end = piece[0][0], piece[-1][1]
        yield replace(
            claim,
            id=f"{claim.id}.{k}",
            content=TextSpan(text[start:end], start, end),
            parts=tuple(piece),
            kind=_kind(text, piece, claim.kind),
            parent=claim.id,
        )


def _pieces(text: str, parts: Sequence[tuple[int, int]], kind: ClaimKind) -> list[Piece]:
    """The claim's parts cut into points, each a list of (start, end) ranges.

    A part is cut at sentence ends (inside quotations too) and, in reported speech, at "and
    that". Two parts stay one point when the attribution between them interrupts a sentence
    ("The strike, he said, killed 12"); they are two points when the first part ends a
    quotation or a sentence ("“A,” he said. “B.”", "“A,” he said, “but B.”").
    """
    pieces: list[Piece] = []
    previous: tuple[int, int] | None = None
    for start, end in sorted(parts):
        sentences = _sentences(text, start, end, kind)
        if not sentences:
            continue
        if pieces and previous is not None and not _ends_point(text, previous, start):
            pieces[-1].append(sentences.pop(0))
        pieces.extend([s] for s in sentences)
        previous = (start, end)
    return _merge(text, pieces)


def _sentences(text: str, start: int, end: int, kind: ClaimKind) -> list[tuple[int, int]]:
    """The sentences of one part (white space trimmed), reported speech also cut at "and that"."""
    cuts = [start, *sentence_starts(text, start, end), end]
    out: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        pieces = [(a, b)]
        if kind is not ClaimKind.DIRECT:
            pieces = _and_that(text, a, b)
        for s, e in pieces:
            s, e = strip_span(text, s, e)
            if s < e:
                out.append((s, e))
    return out


def _and_that(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    # An odd number of double marks before a match in the range: "and that" is quoted words.
    # The count is carried from match to match, not redone from the range's start each time
    # (that was quadratic in a long run of quoted "and that"s).
    counted, odd = start, False
    for m in _AND_THAT.finditer(text, start, end):
        odd ^= _double_marks(text, counted, m.start()) % 2 == 1
        counted = m.start()
        if odd:
            continue
        out.append((start, m.start()))
        start = m.end() - len("that ")
    out.append((start, end))
    return out


def _double_marks(text: str, start: int, at: int) -> int:
    return sum(text.count(m, start, at) for m in '“”"')


def _ends_point(text: str, previous: tuple[int, int], start: int) -> bool:
    """Whether the part before ends a point: it closes a quotation or a sentence, or the next
    part opens a quotation of its own."""
    last = text[previous[1] - 1]
    return last in _CLOSING or last in ".!?" or text[start] in _OPENING


def _words(text: str, piece: Piece) -> int:
    return sum(len(_WORD.findall(text, s, e)) for s, e in piece)


def _merge(text: str, pieces: list[Piece]) -> list[Piece]:
    """Sentences join the point before them while they fit (``_joins``)."""
    out: list[Piece] = []
    for piece in pieces:
        if out and _joins(text, out[-1], piece):
            out[-1] = _join(text, out[-1], piece)
        else:
            out.append(piece)
    return out


def _joins(text: str, before: Piece, piece: Piece) -> bool:
    """A short sentence never stands alone; the sentences of one quoted stretch within one
    paragraph stay one point up to POINT_CHARS (nothing but spaces between them). A new
    paragraph is a new point: the writer broke it there."""
    if _words(text, piece) < MIN_WORDS or _words(text, before) < MIN_WORDS:
        return True
    gap = text[before[-1][1] : piece[0][0]]
    return not gap.strip() and "\n" not in gap and piece[-1][1] - before[0][0] <= POINT_CHARS


def _join(text: str, a: Piece, b: Piece) -> Piece:
    """Two pieces as one: ranges only white space apart (one part's sentences) become one."""
    (s, e), (s2, e2) = a[-1], b[0]
    if not text[e:s2].strip():
        return [*a[:-1], (s, e2), *b[1:]]
    return [*a, *b]


def _kind(text: str, piece: Piece, parent: ClaimKind) -> ClaimKind:
    """A point of a mixed claim that is one whole quotation is direct."""
    if parent is ClaimKind.MIXED and all(
        text[s] in _OPENING and text[e - 1] in _CLOSING for s, e in piece
    ):
        return ClaimKind.DIRECT
    return parent
