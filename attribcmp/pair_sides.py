"""Pair rules for one act told of different parties, or of victims named from opposite sides.

- ``party_swaps``: the words in one slot are two different countries or bodies
  ("Cambodian troops opened fire first" / "Thai troops opened fire first");
- ``blame_conflict``: such a swap in the doer's place of a harmful act: each statement puts
  the act on another party, which no reader takes for one account;
- ``exclusive_conflict``: "only X" where the other has Y in X's place ("killed only
  insurgents" / "killed 14 civilians"): the "only" rules the other out;
- ``mirrored``: each side's claim names the other side where the other names it ("Ukraine
  [accused] Russia of aggression" / "Russia [accused] Ukraine of a provocation");
- ``framing_conflict``: the victims (or the people, the act) named with the opposite side's
  words ("killed only insurgents" / "killed 14 civilians"), the report's counter-framing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attribcmp.facets import extract_facets
from attribcmp.gazetteer import cached_head_hit
from attribcmp.incident_signals import framing_signal, incident_families
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.textfeatures import Concepts

__all__ = ["blame_conflict", "exclusive_conflict", "framing_conflict", "mirrored", "party_swaps"]

# A passive harm ("two Thai soldiers were killed") names its victims first, not its doer.
_PASSIVE = LazyPattern(
    r"(?i)\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|shot|hit|hurt)\b"
)


def _party(word: str) -> str | None:
    """The country or body a word names ("Thai" -> thailand), from the gazetteer."""
    hit = cached_head_hit(word)
    return hit.entry if hit is not None and hit.start == 0 and hit.end == len(word) else None


def party_swaps(swaps: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The slot swaps whose two words name two different parties."""
    out = []
    for x, y in swaps:
        px, py = _party(x), _party(y)
        if px and py and px != py:
            out.append((x, y))
    return out


def _leading_party(label: str) -> str | None:
    """The country or body a side's label opens with ("Russia", "Ukrainian officials")."""
    hit = cached_head_hit(label)
    return hit.entry if hit is not None and hit.start == 0 else None


# Events two parties do together (data/events.yaml classes): "spoke with Putin" / "a call
# with the President of the United States" name each other as partners, not as culprits.
_JOINT_EVENTS = frozenset({"meeting", "agreement"})


def mirrored(
    a: str,
    b: str,
    parties: Sequence[tuple[str, str]],
    label_a: str,
    label_b: str,
    concepts: Concepts,
) -> str | None:
    """A reason when, in one slot, side A's claim names side B and side B's claim names side
    A: each puts on the other what the other puts on it ("Russia of aggression" / "Ukraine of
    a provocation"), which no reader takes for one account; not in an act the two do together
    (a call, a deal). Only a report's claims have sides to mirror (`pair` labels are "A"
    and "B")."""
    side_a, side_b = _leading_party(label_a), _leading_party(label_b)
    if side_a is None or side_b is None or side_a == side_b:
        return None
    events = {*extract_facets(a, concepts=concepts).events}
    events |= {*extract_facets(b, concepts=concepts).events}
    if events & _JOINT_EVENTS:
        return None
    for x, y in parties:
        if _party(x) == side_b and _party(y) == side_a:
            return f"each side names the other in one place: {label_a} '{x}', {label_b} '{y}'"
    return None


def blame_conflict(
    a: str, b: str, parties: Sequence[tuple[str, str]], concepts: Concepts
) -> str | None:
    """A reason when each statement puts one harmful act on a different party, else None."""
    if not parties or _PASSIVE.search(a) or _PASSIVE.search(b):
        return None
    fa, fb = extract_facets(a, concepts=concepts), extract_facets(b, concepts=concepts)
    if not incident_families(fa) & incident_families(fb):
        return None
    x, y = parties[0]
    return f"each puts the act on another party: A '{x}', B '{y}'"


def framing_conflict(a: str, b: str) -> str | None:
    """The report's counter-framing reason for the two statements, or None."""
    signal = framing_signal(a, b, "A", "B")
    return signal.reason if signal is not None else None


def exclusive_conflict(a: str, b: str, swaps: Sequence[tuple[str, str]]) -> str | None:
    """A reason when one statement says "only X" and the other has other words in X's place."""
    for x, y in swaps:
        for text, word, other, lx, ly in ((a, x, y, "A", "B"), (b, y, x, "B", "A")):
            # "only" right before the word, or before its article ("only the army")
            if re.search(rf"(?i)\bonly\s+(?:the\s+|a\s+|an\s+)?{re.escape(word)}\b", text):
                return f"{lx} says only '{word}', {ly} says '{other}'"
    return None
