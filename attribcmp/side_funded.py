"""Broadcasters a story calls state-funded speak for that state: "U.S.-funded broadcasters".

A story on a government's dispute with "U.S.-funded broadcasters" quotes Voice of America's
service chief and the board that oversees it: a reader puts them with the United States the
story also quotes, not in columns of their own. The broadcasters are a rule table
(data/sides.yaml ``funded_broadcasters``), and only the story's own words ("U.S.-funded",
"state-funded") join them, and only to a state that is already a side of the story.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping, Sequence
from functools import cache

from attribcmp.data import load_table
from attribcmp.gazetteer import cached_head_hit
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Speaker
from attribcmp.side_names import Found, sides_among, speaker_texts

__all__ = ["funded_states", "join_funded_broadcasters"]

# "U.S.-funded broadcasters", "Kremlin-funded media", "state-funded news channel".
_FUNDED = LazyPattern(
    r"\b(?P<who>[A-Z][\w.]{0,30}+|state|government)-(?:funded|financed|backed)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:broadcasters?|broadcasting|media|radio|stations?|outlets?|"
    r"networks?|channels?|agencies|news)\b"
)


@cache
def _table() -> dict[str, re.Pattern[str]]:
    """Gazetteer entry -> a pattern of the broadcasters it funds, as whole words."""
    table = load_table("sides.yaml")["funded_broadcasters"]
    return {
        entry: re.compile(r"\b(?:" + "|".join(re.escape(str(n)) for n in names) + r")\b")
        for entry, names in table.items()
    }


def funded_states(texts: Mapping[str, str]) -> frozenset[str]:
    """The gazetteer entries the texts call funders of broadcasters ("state-funded" counts
    for every entry of the table: the broadcaster's own state)."""
    out: set[str] = set()
    for text in texts.values():
        if "-funded" not in text and "-financed" not in text and "-backed" not in text:
            continue  # most stories call no one funded: skip the scan
        for m in _FUNDED.finditer(text):
            if m["who"] in ("state", "government"):
                out.update(_table())
                continue
            hit = cached_head_hit(m["who"])
            if hit is not None and hit.entry in _table():
                out.add(hit.entry)
    return frozenset(out)


def join_funded_broadcasters(
    speakers: Sequence[Speaker], found_by: MutableMapping[str, Found], texts: Mapping[str, str]
) -> None:
    """Move each speaker who is, or works for, a broadcaster the story calls funded by a state
    that is a side of the story to that state's side."""
    states = funded_states(texts)
    if not states:
        return
    sides = sides_among(speakers, found_by, states)
    table = _table()
    for sp in speakers:
        side, why = found_by[sp.id]
        if side.id in sides:
            continue
        for entry, state in sides.items():
            found = next(
                (m[0] for t in (*speaker_texts(sp), side.name) if (m := table[entry].search(t))),
                None,
            )
            if found is not None:
                found_by[sp.id] = (
                    state,
                    f"{why}; '{found}' is a broadcaster the story calls {state.name}-funded",
                )
                break
