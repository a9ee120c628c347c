"""The mutable claim draft that attribution builds up before freezing it into a Claim."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass

from attribcmp.attribute.cues import Token
from attribcmp.model import TextSpan


@dataclass(slots=True)
class Draft:
    """A claim in the making: parts may still grow (a quotation continued) and the speaker
    is still an entity index, not a speaker id."""

    doc_id: str
    entity: int
    paragraph: int
    parts: list[tuple[int, int]]
    mention: TextSpan | None
    cue: TextSpan | None
    rule: str
    resolution: str
    hedged: bool
    according: bool = False
    reported: str | None = None
    sentence: int = -1
    token_ranges: Sequence[tuple[int, int]] = ()

    def __post_init__(self) -> None:
        # Rules and resolutions repeat across thousands of claims ("he" -> the same speaker):
        # one string each, not one per claim (a 16 MB input holds every draft at once).
        self.rule = sys.intern(self.rule)
        self.resolution = sys.intern(self.resolution)


def span_of(text: str, tokens: Sequence[Token], first: int, last: int) -> TextSpan:
    """The text and offsets of tokens[first..last]."""
    start, end = tokens[first].start, tokens[last].end
    return TextSpan(sys.intern(text[start:end]), start, end)  # cues and names repeat
