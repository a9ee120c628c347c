"""Whose a military unit is, when a spokesman names only the unit.

"Lt. Col. Ann Ruiz, a spokesman for the 47th Mechanized Brigade": the story may say whose the
unit is ("Ukraine's 47th Mechanized Brigade", "the Ukrainian 47th Mechanized Brigade"); if it
does not, the unit is the one quoted state's only when no other state's forces are in the
story ("Afghan and coalition forces" are the quoted coalition's partners, "Ukrainian forces"
in a story quoting Russia's ministry are the other army, and the unit may be theirs).
"""

from __future__ import annotations

import re

from attribcmp.gazetteer import cached_head_hit

__all__ = ["other_armies", "unit_owner"]

# "the 47th Mechanized Brigade", "3rd Battalion": a numbered unit as the apposition names it.
_NUMBERED_UNIT = re.compile(
    r"\b\d+(?:st|nd|rd|th)?\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Brigade|Battalion|Regiment|Division|Squadron|Fleet|Corps|Task\s+Force)\b"
)
# A state's forces named by its country word: "Ukrainian forces", "Russia's army".
_FORCES = re.compile(
    r"\b([A-Z][\w.-]{0,40}+)(?:'s|’s)?\s+(?:armed\s+)?(?:forces|troops|army|military|soldiers)\b"
)


def unit_owner(text: str, appos: str) -> tuple[str, str] | None:
    """(gazetteer entry, the words that say so) when the story writes whose the unit is."""
    unit = _NUMBERED_UNIT.search(appos)
    if unit is None:
        return None
    core = re.escape(unit[0]).replace(r"\ ", r"\s+")
    for m in re.finditer(r"\b([A-Z][\w.-]{0,40}+)(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?" + core, text):
        hit = cached_head_hit(m[1])
        if hit is not None and hit.entry is not None:
            return hit.entry, m[0]
    return None


def other_armies(text: str, quoted: str) -> list[str]:
    """Forces of states other than ``quoted`` the story names on their own (a force joined to
    another by "and", "U.S. and Afghan troops", fights beside it and does not count)."""
    out: list[str] = []
    for m in _FORCES.finditer(text):
        before = text[max(0, m.start() - 5) : m.start()]
        if before.endswith("and ") or text[m.end(1) : m.end(1) + 5].startswith(" and"):
            continue
        hit = cached_head_hit(m[1])
        if hit is not None and hit.entry is not None and hit.entry != quoted:
            out.append(m[0])
    return out
