"""closed_quote_mask gives, in one pass, what in_closed_quote gives token by token."""

from __future__ import annotations

import pytest

from attribcmp.attribute.cues import Token
from attribcmp.attribute.frame_base import closed_quote_mask, in_closed_quote

# (words, first, last): contents with quotations opened, closed, nested and left open
ROWS = [
    ('" They hire men and write nothing down , " said Ana Lee', 0, 9),
    ("“ We said no , ” she wrote and said “ fine", 0, 10),
    ('He said " they wrote " and said more', 1, 7),
    ("« a « b » said c » d", 0, 8),
    ("no quotation at all here said he", 0, 6),
    ('" open only said and said', 0, 4),
]


def _tokens(words: str) -> list[Token]:
    out, at = [], 0
    for w in words.split():
        out.append(Token(w, w.lower(), at, at + len(w)))
        at += len(w) + 1
    return out


@pytest.mark.parametrize(("words", "first", "last"), ROWS)
def test_mask_matches_the_token_by_token_test(words: str, first: int, last: int) -> None:
    tokens = _tokens(words)
    mask = closed_quote_mask(tokens, first, last)
    assert mask == [in_closed_quote(tokens, first, k, last) for k in range(first, last + 1)]


def test_a_verb_inside_a_closed_quote_is_masked() -> None:
    tokens = _tokens('" They hire men and write nothing down , " said Ana Lee')
    mask = closed_quote_mask(tokens, 0, 9)
    assert mask[5] is True  # "write" stands inside the closed quotation
    assert mask[0] is False  # the opening mark itself is not inside
