"""Whose a military unit is, when a spokesman names only the unit.

"Lt. Col. Ann Ruiz, a spokesman for the 47th Mechanized Brigade": the story may say whose the
unit is ("Ukraine's 47th Mechanized Brigade", "the Ukrainian 47th Mechanized Brigade"); if it
does not, the unit is the one quoted state's only when no other state's forces are in the
story ("Afghan and coalition forces" are the quoted coalition's partners, "Ukrainian forces"
in a story quoting Russia's ministry are the other army, and the unit may be theirs).
"""

from __future__ import annotations

import re
from functools import lru_cache

from attribcmp.gazetteer import cached_head_hit
from attribcmp.lazy_pattern import LazyPattern

__all__ = ["MILITARY_UNIT", "other_armies", "unit_owner"]

# A unit only an army has: "division" and "corps" alone name civil bodies too ("the civil
# rights division", "Democracy Corps").
MILITARY_UNIT = LazyPattern(
    r"(?i)\b(?:task\s+force|brigade|battalion|regiment|squadron|fleet|airborne|infantry|"
    r"marine\s+corps|army\s+corps)\b"
)


# "the 47th Mechanized Brigade", "3rd Battalion": a numbered unit as the apposition names it.
_NUMBERED_UNIT = LazyPattern(
    r"\b\d+(?:st|nd|rd|th)?\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Brigade|Battalion|Regiment|Division|Squadron|Fleet|Corps|Task\s+Force)\b"
)
# A state's forces named by its country word: "Ukrainian forces", "Russia's army".
_FORCES = LazyPattern(
    r"\b([A-Z][\w.-]{0,40}+)(?:'s|’s)?\s+(?:armed\s+)?(?:forces|troops|army|military|soldiers)\b"
)


# The words written directly before a unit that may say whose it is: capitalised words only
# ("Ukraine's", "the Ukrainian"); a lowercase word ends them, so "Russia attacked the 47th
# Mechanized Brigade" names the attacker, not the owner.
_OWNER_WORDS = LazyPattern(r"(?:\b[A-Z][\w.-]{0,40}+(?:'s|’s)?\s+){1,3}$")


@lru_cache(maxsize=8)
def _owned_units(text: str) -> dict[str, tuple[str, str]]:
    """{unit as written: (gazetteer entry, the words that say so)}, the first owner written
    for each unit; one pass over the text, so many spokesmen cost one scan."""
    out: dict[str, tuple[str, str]] = {}
    for unit in _NUMBERED_UNIT.finditer(text):
        key = " ".join(unit[0].split())
        if key in out:
            continue
        gap = _OWNER_WORDS.search(text, max(0, unit.start() - 160), unit.start())
        if gap is None:
            continue
        for word in reversed(gap[0].split()):  # the nearest word first: "Kyiv's Ukrainian 47th"
            hit = cached_head_hit(re.sub(r"(?:'s|’s)$", "", word))
            if hit is not None and hit.entry is not None:
                out[key] = (hit.entry, " ".join(text[gap.start() : unit.end()].split()))
                break
    return out


def unit_owner(text: str, appos: str) -> tuple[str, str] | None:
    """(gazetteer entry, the words that say so) when the story writes whose the unit is."""
    unit = _NUMBERED_UNIT.search(appos)
    if unit is None:
        return None
    return _owned_units(text).get(" ".join(unit[0].split()))


@lru_cache(maxsize=8)
def _armies(text: str) -> tuple[tuple[str, str], ...]:
    """(gazetteer entry, words) for each force the text names on its own; one pass per text."""
    out: list[tuple[str, str]] = []
    for m in _FORCES.finditer(text):
        before = text[max(0, m.start() - 5) : m.start()]
        if before.endswith("and ") or text[m.end(1) : m.end(1) + 5].startswith(" and"):
            continue
        hit = cached_head_hit(m[1])
        if hit is not None and hit.entry is not None:
            out.append((hit.entry, m[0]))
    return tuple(out)


def other_armies(text: str, quoted: str) -> list[str]:
    """Forces of states other than ``quoted`` the story names on their own (a force joined to
    another by "and", "U.S. and Afghan troops", fights beside it and does not count)."""
    return [words for entry, words in _armies(text) if entry != quoted]
