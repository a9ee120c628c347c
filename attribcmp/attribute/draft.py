"""The mutable claim draft that attribution builds up before freezing it into a Claim."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

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
    token_ranges: list[tuple[int, int]] = field(default_factory=list)


def span_of(text: str, tokens: Sequence[Token], first: int, last: int) -> TextSpan:
    """The text and offsets of tokens[first..last]."""
    return TextSpan(
        text[tokens[first].start : tokens[last].end], tokens[first].start, tokens[last].end
    )
