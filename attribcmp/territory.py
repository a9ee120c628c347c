"""Whose ground an act took place on: "inside Iraqi territorial waters" / "inside Iranian waters".

A border incident is told by each side on its own ground: the boats were seized in our waters,
the jet entered our airspace, the troops stood on our soil. Two sides' claims already linked
that place the act in two different owners' waters, airspace or territory disagree on where it
happened, whatever else they share. The words are data (``data/territory.yaml``); this only
qualifies a pair some other step found (like counter-framing): an owner's ground named in two
claims of one story is common, and alone it says nothing of one act.
"""

from __future__ import annotations

import re
from functools import cache

from attribcmp.data import load_table, phrase_alternation
from attribcmp.evidence import Signal
from attribcmp.model import Relation

__all__ = ["ground_owner", "territory_signal"]

# As strong as a counter-framing (incident_signals._FRAMING_SCORE): a reading of the same act.
_SCORE = 72.0


@cache
def _pattern() -> re.Pattern[str]:
    lex = load_table("territory.yaml")
    return re.compile(
        rf"(?<![\w-])(?:{phrase_alternation(lex['places'])})\s+(?:the\s+)?"
        # the owner: a capitalised name or adjective ("Iraqi", "Russian Federation's")
        r"(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:['’]s)?\s+"
        rf"(?:(?:{phrase_alternation(lex['qualifiers'])})\s+)?"
        rf"(?P<ground>{phrase_alternation(lex['grounds'])})(?![\w-])"
    )


def ground_owner(text: str) -> tuple[str, str]:
    """(owner, words) of the first ground the text places an act on ("Iraqi", "inside Iraqi
    territorial waters"), or ("", "") when it names none or two owners (it sets them apart
    itself: "left Turkish airspace for Syrian airspace")."""
    found = list(_pattern().finditer(text))
    owners = {_stem(m.group("owner")) for m in found}
    if len(owners) != 1:
        return "", ""
    m = found[0]
    return m.group("owner"), " ".join(m.group().split())


def _stem(owner: str) -> str:
    # "Iranian" and "Iran", "Turkish" and "Turkey" are one owner: the first four letters
    return owner.lower()[:4]


def territory_signal(
    text_a: str, text_b: str, label_a: str = "", label_b: str = ""
) -> Signal | None:
    """Two claims placing an act on two owners' ground diverge ("Iraqi territorial waters" /
    "Iranian waters"); None when either names none or both name one owner."""
    owner_a, words_a = ground_owner(text_a)
    owner_b, words_b = ground_owner(text_b)
    if not owner_a or not owner_b or _stem(owner_a) == _stem(owner_b):
        return None
    side_a = f" ({label_a})" if label_a else ""
    side_b = f" ({label_b})" if label_b else ""
    reason = f"where it happened: '{words_a}'{side_a} vs '{words_b}'{side_b}"
    headline = f"Whose ground: '{words_a}'{side_a} vs '{words_b}'{side_b}"
    return Signal("framing", _SCORE, reason, Relation.DIVERGE, (), headline)
