"""Limits: which side of a named limit a claim puts something ("four times the permitted
limit" / "well below the permitted limit"). Two linked claims that put it on opposite sides
of the same limit clash, though they share the phrase word for word; ``limit_clash`` says so
(the words are in ``data/pairs.yaml``, ``limit_sides``)."""

from __future__ import annotations

import re
from functools import cache

from attribcmp.lazy_pattern import LazyPattern
from attribcmp.textfeatures import stem

__all__ = ["limit_clash", "limit_sides"]

# Words (adjectives, "the", "its") that may stand between the side word and the limit noun:
# "below the permitted limit", "over the EU's legal safety threshold".
_BETWEEN = 3


# A negation just before the side word turns the side ("did not exceed", "never above").
_NEGATED = LazyPattern(r"(?i)\b(?:not|never|no)\s+(?:\w+\s+)?\Z|n[’']t\s+(?:\w+\s+)?\Z")
_NEGATION_CHARS = 24
# Side words that follow a multiple's number ("four times the permitted limit").
_MULTIPLES = frozenset({"times"})


@cache
def _pattern() -> re.Pattern[str]:
    from attribcmp.word_pairs import pair_lexicon

    lex = pair_lexicon()["limit_sides"]
    words = sorted(
        (str(w) for side in ("above", "below") for w in lex[side]), key=len, reverse=True
    )
    sides = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    nouns = "|".join(re.escape(str(w)) for w in lex["nouns"])
    return re.compile(
        rf"(?i)\b(?P<side>{sides})\s+(?P<between>(?:[\w'’-]+\s+){{0,{_BETWEEN}}}?)"
        rf"(?P<noun>{nouns})\b"
    )


@cache
def _below_words() -> frozenset[str]:
    from attribcmp.word_pairs import pair_lexicon

    return frozenset(
        " ".join(str(w).lower().split()) for w in pair_lexicon()["limit_sides"]["below"]
    )


def limit_sides(text: str) -> tuple[tuple[str, str, str], ...]:
    """(side, limit noun stem, words as written) for each place ``text`` puts something on a
    side of a named limit: ("above", "limit", "times the permitted limit")."""
    found = []
    for m in _pattern().finditer(text):
        side_word = " ".join(m.group("side").lower().split())
        side = "below" if side_word in _below_words() else "above"
        if _NEGATED.search(text[max(0, m.start() - _NEGATION_CHARS) : m.start()]):
            # "did not exceed the limit" puts it below, "not below the limit" above
            side = "above" if side == "below" else "below"
        start = m.start()
        if side_word in _MULTIPLES:
            # "four times the limit": the multiple's number is part of the words shown
            before = re.search(r"[\w.,-]+\s+\Z", text[:start])
            start = before.start() if before else start
        found.append((side, stem(m.group("noun").lower()), text[start : m.end()]))
    return tuple(found)


def limit_clash(text_a: str, text_b: str) -> tuple[str, str, str] | None:
    """The words of two texts that put something on opposite sides of the same named limit
    (a's words, b's words, the limit noun as b writes it), or None."""
    sides_b = limit_sides(text_b)
    if not sides_b:
        return None  # most claims name no limit
    for side_a, noun_a, words_a in limit_sides(text_a):
        for side_b, noun_b, words_b in sides_b:
            if noun_a == noun_b and side_a != side_b:
                return words_a, words_b, words_b.split()[-1]
    return None
