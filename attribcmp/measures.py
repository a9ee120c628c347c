"""Percentages of one measured thing: turnout, a strike's participation, a party's share.

Two sides rarely count the same noun: "more than 90 percent of its members had stopped work"
(a union) and "only about 30 percent of nurses had stayed home" (the ministry) give one
figure, the strike's participation, with different nouns and no event a toll would have.
A percentage belongs to the measure whose words (``data/measures.yaml``) stand nearest to it
in its sentence; two sides' percentages of one measure in one story compare like a figure
slot when they cannot both hold (overlapping ranges are left to the other signals).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from attribcmp.data import load_table
from attribcmp.evidence import Signal
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Claim, Quantity, Relation
from attribcmp.textfeatures import said_text

__all__ = ["Measured", "measure_signal", "measured"]

# A measure's words reach a figure at most this many words away ("turnout was far lower than
# the commission reported, closer to 60 percent").
_REACH_WORDS = 12
# As firm as a figure slot (figures._SLOT_SCORE): the tie is the measured thing.
_SCORE = 90.0
# Words of a clause boundary a measure's words do not reach over.
_SENTENCE_END = LazyPattern(r"[.;!?]\s|[.;!?]$")


@dataclass(frozen=True, slots=True)
class Measured:
    """A percentage and what it measures.

    Attributes:
        measure: the measure's name ("Turnout").
        figure: the percentage.
        owner: capitalised words of whose figure it is ("mpla"), for owned measures; two
            figures are one party's when one's words hold the other's ("ruling MPLA" / "MPLA").
    """

    measure: str
    figure: Quantity
    owner: frozenset[str] = frozenset()


@cache
def _measures() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], bool], ...]:
    table: dict[str, Any] = load_table("measures.yaml")["measures"]
    return tuple(
        (
            str(name),
            tuple(str(w).lower() for w in entry.get("words", ())),
            tuple(str(w).lower() for w in entry.get("before", ())),
            bool(entry.get("owned", False)),
        )
        for name, entry in table.items()
    )


def _word_gap(text: str, lo: int, hi: int) -> int:
    """How many words stand between two character positions, or a large number across a
    sentence end."""
    lo, hi = sorted((lo, hi))
    between = text[lo:hi]
    if _SENTENCE_END.search(between):
        return 1 << 20
    return len(between.split())


@cache
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    # compiled once: measured() runs for both claims of every compared pair
    return re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", re.IGNORECASE)


def _found(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    for m in _phrase_pattern(phrase).finditer(text):
        yield m.start(), m.end()


def measured(claim: Claim) -> tuple[Measured, ...]:
    """The claim's percentages that measure something named in it, nearest measure first."""
    facets = claim.facets
    if facets is None:
        return ()
    percents = tuple(q for q in facets.quantities if q.kind == "percent")
    if not percents:
        return ()  # (most claims: their words are not joined up, nor the measures scanned)
    return _measured(said_text(claim), percents)


# measured() runs for both claims of every compared pair (a compare of 50 accounts asked it
# 14,000 times of 600 claims): the answer is kept by the claim's words and percentages.
@lru_cache(maxsize=4096)
def _measured(text: str, percents: tuple[Quantity, ...]) -> tuple[Measured, ...]:
    out: list[Measured] = []
    for q in percents:
        at = text.find(q.text)
        if at < 0:
            continue
        end = at + len(q.text)
        best: tuple[int, str, bool] | None = None
        for name, words, before, owned in _measures():
            for phrase in words:
                for s, e in _found(text, phrase):
                    gap = _word_gap(text, e, at) if e <= at else _word_gap(text, end, s)
                    if gap <= _REACH_WORDS and (best is None or gap < best[0]):
                        best = (gap, name, owned)
            lead = text[:at].split()[-3:]
            if any(w.lower().strip(",") in before for w in lead):
                gap = len(lead) - 1
                if best is None or gap < best[0]:
                    best = (gap, name, owned)
        if best is None:
            continue
        owner = _owner(text[:at]) if best[2] else frozenset()
        out.append(Measured(best[1], q, owner))
    return tuple(out)


def _owner(before: str) -> frozenset[str]:
    """Capitalised words among the last few before a figure ("the ruling MPLA won"), lower
    case: whose share it is."""
    words = re.findall(r"[\w'’-]+", before)[-5:]
    return frozenset(w.lower() for w in words if w[:1].isupper() and w.lower() not in _NOT_NAMES)


# Capitalised words that name nobody: a sentence's first word, pronouns.
_NOT_NAMES = frozenset({"the", "it", "its", "he", "she", "they", "we", "our", "their", "a", "an"})


def _span(q: Quantity) -> tuple[float, float]:
    return q.low, q.high if q.high is not None else float("inf")


def measure_signal(a: Claim, b: Claim, label_a: str, label_b: str) -> Signal | None:
    """Percentages of one measure in both claims: compare the values.

    Returns:
        diverge when the figures cannot both hold; None when the claims share no measure,
        their ranges overlap, or they name two owners of a share ("MPLA won 61 percent" /
        "UNITA got 26 percent").
    """
    from attribcmp.figures import local_figure

    if local_figure(a) != local_figure(b):
        return None  # "in some districts" against the whole: a part's figure, no dispute
    for x in measured(a):
        for y in measured(b):
            if x.measure != y.measure:
                continue
            if (x.owner or y.owner) and not (x.owner <= y.owner or y.owner <= x.owner):
                continue  # two parties' shares, or one named and one not: not one figure
            (xl, xh), (yl, yh) = _span(x.figure), _span(y.figure)
            if xl <= yh and yl <= xh:
                # Overlapping percentages of a measure may be one account told twice or two
                # measures read as one ("50 percent of the vote" in two rounds): only a clash
                # is firm enough to link on the measure alone.
                continue
            fx, fy = x.figure.text, y.figure.text
            return Signal(
                "slot",
                _SCORE,
                f"figures differ: {fx} ({label_a}) vs {fy} ({label_b}), same measure: "
                f"{x.measure.lower()}",
                Relation.DIVERGE,
                ((a.id, (fx,)), (b.id, (fy,))),
                f"{x.measure}: {fx} ({label_a}) vs {fy} ({label_b})",
            )
    return None
