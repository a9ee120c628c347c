"""closed_quote_mask: which tokens of a content stand inside a quotation opened in it and closed
before its end (a speech verb there is the quoted speaker's own word, not a second report)."""

from __future__ import annotations

import pytest

from attribcmp.attribute.cues import Token
from attribcmp.attribute.frame_base import closed_quote_mask

# (words, first, last, mask over first..last: 1 = inside a quotation closed by last)
ROWS = [
    # the closing mark itself is inside only when another closer follows it
    ('" They hire men and write nothing down , " said Ana Lee', 0, 9, "0111111110"),
    ("“ We said no , ” she wrote and said “ fine", 0, 10, "01111000000"),
    ('He said " they wrote " and said more', 1, 7, "0011000"),
    ("« a « b » said c » d", 0, 8, "011111100"),
    ("no quotation at all here said he", 0, 6, "0000000"),
    # a quotation left open is no closed one
    ('" open only said and said', 0, 4, "00000"),
]


def _tokens(words: str) -> list[Token]:
    out, at = [], 0
    for w in words.split():
        out.append(Token(w, w.lower(), at, at + len(w)))
        at += len(w) + 1
    return out


@pytest.mark.parametrize(("words", "first", "last", "expected"), ROWS)
def test_closed_quote_mask(words: str, first: int, last: int, expected: str) -> None:
    mask = closed_quote_mask(_tokens(words), first, last)
    assert "".join("1" if inside else "0" for inside in mask) == expected
