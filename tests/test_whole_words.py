"""textfeatures.whole_words: a name's places in a text, as the per-name regex found them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attribcmp.textfeatures import whole_words


def _by_pattern(text: str, phrase: str) -> list[tuple[int, int]]:
    pattern = r"(?i)(?<!\w)" + re.escape(phrase) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


@pytest.mark.parametrize(
    ("text", "phrase", "found"),
    [
        ("Amnesty said the Amnesty report", "amnesty", [(0, 7), (17, 24)]),
        ("unofficial officials", "official", []),  # inside longer words
        ("the U.S. said", "u.s.", [(4, 8)]),
        ("U.SA", "U.S", []),  # a letter right after the phrase
        ("a_b ab", "ab", [(4, 6)]),  # "_" is a word character
        ("aaa aa", "aa", [(4, 6)]),
        ("Guo's charges", "guo", [(0, 3)]),
        ("the Party’s platform", "party’s platform", [(4, 20)]),  # not ASCII: the pattern
        ("Ärzte ohne Grenzen", "ärzte", [(0, 5)]),
        ("", "x", []),
    ],
)
def test_whole_words(text: str, phrase: str, found: list[tuple[int, int]]) -> None:
    assert list(whole_words(text, phrase)) == found == _by_pattern(text, phrase)


_CHARS = st.sampled_from(list("aAbBkKiI _-.'’1éÉſıİ\u212a…\n"))


@given(st.text(_CHARS, max_size=16), st.text(_CHARS, max_size=4))
def test_whole_words_is_the_pattern(text: str, phrase: str) -> None:
    # (the characters the two ways could read apart: case, "_", digits, punctuation, the
    # long s and accented letters that case-fold, white space)
    assert list(whole_words(text, phrase)) == _by_pattern(text, phrase)
