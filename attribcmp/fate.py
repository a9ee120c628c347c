"""A person's fate told two ways: one side says they are alive and well, another that they
were killed or wounded.

"He was safe and healthy," a movement's spokesman says of its leader; "the leader had been
mortally wounded and later died," officials say. The two share no word, and neither denies
the other's statement, yet they cannot both be true. A claim saying someone is alive, safe or
unhurt (``data/fate.yaml``) is set against another side's nearby claim telling of one
person's death or wounding (a killing or injury with no count: "12 soldiers were killed" is
a toll, not one person's fate). Each link is a diverge quoting both sides' words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from attribcmp.data import load_table, phrase_alternation
from attribcmp.discourse import Where
from attribcmp.evidence import Signal
from attribcmp.model import Claim, Relation
from attribcmp.textfeatures import said_text

__all__ = ["fate_links", "read_alive", "read_harmed"]

# Claims farther apart than this (sentences) tell of different people or moments.
_SENTENCES = 12
# Claims farther apart than this (in claims) are not tried: thousands of claims stay linear.
_WINDOW = 40
# Each alive claim answers at most this many harm claims, the nearest first; each harm claim
# is answered by one alive claim.
_TARGETS = 2
# As firm as a polarity clash on a rare word (signals._POLARITY_SCORE): the tie is the
# person's state, not the words.
_SCORE = 76.0
# Events that tell of one person's fate (facets.events).
_HARM_EVENTS = frozenset({"killing", "injury"})


@cache
def _alive() -> re.Pattern[str]:
    table = load_table("fate.yaml")
    quote = "[\"'\u201c\u2018]?"
    return re.compile(
        rf"(?i)(?<!\w)(?:(?:{phrase_alternation(table['copulas'])})\s+{quote}"
        rf"(?P<a>{phrase_alternation(table['alive'])})"
        rf"|(?P<v>{phrase_alternation(table['alive_verbs'])})"
        rf"|(?:not|never)\s+(?:been\s+)?(?P<n>{phrase_alternation(table['harm_denied'])}))(?!\w)"
    )


@cache
def _harmed() -> re.Pattern[str]:
    return re.compile(
        rf"(?i)(?<!\w)(?:{phrase_alternation(load_table('fate.yaml')['harmed'])})(?!\w)"
    )


def read_alive(claim: Claim) -> str:
    """The words saying someone is alive and well ("safe and healthy"), or ""."""
    m = _alive().search(said_text(claim))
    if m is None:
        return ""
    return m.group("a") or m.group("v") or f"not {m.group('n')}"


def read_harmed(claim: Claim) -> str:
    """The words telling of one person's death or wounding ("seriously wounded"), or "".
    A count ("12 soldiers were killed"), a denial or a negation tells of no one's fate."""
    facets = claim.facets
    if facets is None or facets.quantities or facets.denial or facets.negated:
        return ""
    if not set(facets.events) & _HARM_EVENTS or read_alive(claim):
        return ""
    m = _harmed().search(said_text(claim))
    return m.group() if m else ""


def fate_links(
    claims: Sequence[Claim], where: Sequence[Where], labels: Sequence[str]
) -> list[tuple[int, int, Signal]]:
    """(alive claim, harm claim, signal) for each claim that someone is alive and well and
    the other sides' nearby claims of one person's death or wounding.

    Args:
        claims: the claims, with sides and facets, in article order.
        where: where each claim stands (``discourse.locate``).
        labels: each claim's side name, for reasons.
    """
    alive = {i: read_alive(c) for i, c in enumerate(claims)}
    harmed = {i: read_harmed(c) for i, c in enumerate(claims)}
    out: list[tuple[int, int, Signal]] = []
    answered: set[int] = set()
    for i, words in alive.items():
        if not words:
            continue
        window = range(max(0, i - _WINDOW), min(len(claims), i + _WINDOW + 1))
        targets = sorted(
            (
                j
                for j in window
                if harmed[j]
                and j not in answered
                and (claims[j].side or "") != (claims[i].side or "")
                and where[j].doc == where[i].doc
                and abs(where[j].sentence - where[i].sentence) <= _SENTENCES
            ),
            key=lambda j: (abs(where[j].sentence - where[i].sentence), j),
        )
        for j in targets[:_TARGETS]:
            answered.add(j)
            reason = f"fate differs: '{words}' ({labels[i]}) vs '{harmed[j]}' ({labels[j]})"
            out.append((i, j, Signal("polarity", _SCORE, reason, Relation.DIVERGE)))
    return out
