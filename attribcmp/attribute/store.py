"""Drafts packed into integer columns once no rule can reach them any more.

A draft is mutable only while the pass is near it: a quotation continued in the next sentence
extends ``drafts[-1]`` (or ``drafts[-2]``), and nothing reads further back. Held as objects, the
drafts of a 16 MB input took some 35 MB (the draft, its parts list and tuples, its cue span and
one integer object per offset) while the pass also holds the markup-blanked copy of the text;
packed, a draft takes about 100 bytes. Only offsets are packed: a claim's content and cue are
cut from the original text when frozen, as they were from a draft (the mention is kept as the
object the resolver shares).
"""

from __future__ import annotations

from array import array
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from attribcmp.attribute.draft import Draft
from attribcmp.model import TextSpan

__all__ = ["RECENT", "DraftStore", "Packed"]

# How many of a document's latest drafts stay objects: continuation reads the last two; the
# margin keeps a rule that looks a little further back correct.
RECENT = 8
# Drafts per block: the freezing pass releases each block once read.
_BLOCK = 4096
_HEDGED, _ACCORDING = 1, 2


@dataclass(frozen=True, slots=True)
class Packed:
    """What freezing reads of a draft (parts sorted, as the claim keeps them)."""

    doc_id: str
    entity: int
    parts: tuple[tuple[int, int], ...]
    mention: TextSpan | None
    cue: tuple[int, int] | None
    rule: str
    resolution: str
    reported: str | None
    hedged: bool
    according: bool


class _Block:
    """Up to ``_BLOCK`` drafts as columns; ``ints`` holds, per draft, the number of parts, each
    part's start and end (sorted), and the cue's start and end (-1, -1 for none)."""

    __slots__ = (
        "doc_ids",
        "entities",
        "flags",
        "ints",
        "mentions",
        "reported",
        "resolutions",
        "rules",
    )

    def __init__(self) -> None:
        self.ints = array("q")
        self.entities = array("q")
        self.flags = bytearray()
        self.doc_ids: list[str] = []
        self.mentions: list[TextSpan | None] = []
        self.rules: list[str] = []
        self.resolutions: list[str] = []
        self.reported: list[str | None] = []


class DraftStore:
    """Every draft of a pass, in order, packed (``add``) and read back once (``drain``)."""

    __slots__ = ("_blocks",)

    def __init__(self) -> None:
        self._blocks: deque[_Block] = deque()

    def add(self, drafts: Iterable[Draft]) -> None:
        """Pack ``drafts`` after those already held; the draft objects are no longer read."""
        blocks = self._blocks
        for d in drafts:
            if not blocks or len(blocks[-1].rules) >= _BLOCK:
                blocks.append(_Block())
            b = blocks[-1]
            parts = sorted(d.parts)
            row = [len(parts)]
            for part in parts:
                row += part
            cue = d.cue
            row += (-1, -1) if cue is None else (cue.start, cue.end)
            b.ints.extend(row)
            b.entities.append(d.entity)
            b.flags.append(_HEDGED * d.hedged | _ACCORDING * d.according)
            b.doc_ids.append(d.doc_id)
            b.mentions.append(d.mention)
            b.rules.append(d.rule)
            b.resolutions.append(d.resolution)
            b.reported.append(d.reported)

    def entities(self) -> list[int]:
        """The speaker entity of every draft, in order."""
        return [e for b in self._blocks for e in b.entities]

    def drain(self) -> Iterator[Packed]:
        """The drafts in order, each block released once read: the store is empty after."""
        while self._blocks:
            b = self._blocks.popleft()
            ints = b.ints.tolist()  # one integer object per read, not per index
            pos = 0
            for k in range(len(b.rules)):
                n = ints[pos]
                if n == 1:  # the usual claim: one part
                    parts: tuple[tuple[int, int], ...] = ((ints[pos + 1], ints[pos + 2]),)
                else:
                    it = iter(ints[pos + 1 : pos + 1 + 2 * n])
                    parts = tuple(zip(it, it, strict=True))
                pos += 1 + 2 * n
                cue_start, cue_end = ints[pos], ints[pos + 1]
                pos += 2
                flags = b.flags[k]
                yield Packed(
                    b.doc_ids[k],
                    b.entities[k],
                    parts,
                    b.mentions[k],
                    None if cue_start < 0 else (cue_start, cue_end),
                    b.rules[k],
                    b.resolutions[k],
                    b.reported[k],
                    bool(flags & _HEDGED),
                    bool(flags & _ACCORDING),
                )
            del b


class CutSpan(TextSpan):
    """A claim's content: a ``TextSpan`` whose text is cut from the document when read, not
    held (the contents of a 16 MB input's claims are some 13 MB of copied text). Equal to,
    hashing like and pickling as the plain ``TextSpan`` of the same text and offsets.

    ``CutSpan(text, start, end)`` (what ``dataclasses.replace`` calls) holds ``text`` itself;
    ``CutSpan.of(document_text, start, end)`` cuts it when read.
    """

    __slots__ = ("_cut", "_source")
    _source: str
    _cut: bool

    def __init__(self, text: str, start: int, end: int) -> None:
        object.__setattr__(self, "_source", text)
        object.__setattr__(self, "_cut", False)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)

    @classmethod
    def of(cls, source: str, start: int, end: int) -> CutSpan:
        span = cls(source, start, end)
        object.__setattr__(span, "_cut", True)
        return span

    @property
    def text(self) -> str:
        return self._source[self.start : self.end] if self._cut else self._source

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TextSpan):
            return NotImplemented
        return (self.start, self.end, self.text) == (other.start, other.end, other.text)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    def __repr__(self) -> str:
        return f"TextSpan(text={self.text!r}, start={self.start!r}, end={self.end!r})"

    def __reduce__(self) -> tuple[type[TextSpan], tuple[str, int, int]]:
        return TextSpan, (self.text, self.start, self.end)
