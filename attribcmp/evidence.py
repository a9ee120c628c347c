"""``Signal``: one reason to link two claims, the unit ``signals.py``, ``figures.py`` and
``anchors.py`` produce and ``links.py`` combines."""

from __future__ import annotations

from dataclasses import dataclass

from attribcmp.model import Relation

__all__ = ["Signal"]


@dataclass(frozen=True, slots=True)
class Signal:
    """One reason to link two claims.

    Attributes:
        name: "slot", "reply", "denial", "contrast" or "topical".
        score: strength, 0-100.
        reason: what a reader sees.
        relation: what the signal says about the relation; None when it says nothing.
        highlights: (claim id, words) to highlight.
        headline: the one line a summary shows for it ("Death toll: 12 fighters (army) vs 16
            people (villagers)"); "" to let the link build one from the claims.
    """

    name: str
    score: float
    reason: str
    relation: Relation | None = None
    highlights: tuple[tuple[str, tuple[str, ...]], ...] = ()
    headline: str = ""
