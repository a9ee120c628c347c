"""Small refinements of a frame's parts, split from frames.py (size): a quotation closing a
fronted participle, and a one-noun object of a denial before ", saying C"."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from attribcmp.attribute.cues import Lexicon, Token, find_cues
from attribcmp.attribute.frame_base import TIME_WORDS
from attribcmp.data import load_table, word_set


def participle_quoting(tokens: Sequence[Token], before: tuple[int, int], lexicon: Lexicon) -> bool:
    """'Calling the moves "provocative," Matsanga accused X of C': the quotation ends a fronted
    reporting participle's clause (what the speaker called something); what was said follows
    the cue. ("Beijing's move is “a threat,” X said": no participle, the quotation is C.)"""
    first = before[0]
    if before[1] - first < 2 or not tokens[first].lower.endswith("ing"):
        return False
    return any(c.first == first for c in find_cues(tokens[first : first + 1], lexicon))


def noun_object(tokens: Sequence[Token], part: tuple[int, int]) -> bool:
    """ "Trafigura denies responsibility, saying C": one lower-case noun right after a verb of
    denial or admission (cues.yaml, noun_object) is the thing denied, not debris."""
    a = part[0]
    if part[1] != a or a == 0 or not tokens[a].text.isalpha() or not tokens[a].text.islower():
        return False
    verbs, not_nouns = _noun_object_words()
    low = tokens[a].lower
    if low.endswith("ly") or low in TIME_WORDS or low in not_nouns:
        return False  # "denied again, saying", "rejected it", "denied today"
    return tokens[a - 1].lower in verbs


@cache
def _noun_object_words() -> tuple[frozenset[str], frozenset[str]]:
    table = load_table("cues.yaml")
    return word_set(str(table["noun_object"])), word_set(str(table["noun_object_not"]))
