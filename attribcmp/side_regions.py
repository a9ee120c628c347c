"""A region's government and the state's armed forces: one government.

"Imatong State's governor ... denied the soldiers went on a rampage" and "SPLA spokesman
Brigadier General Lul Ruai Koang ... denied the accusations": a story quoting the head of a
region of a state ("X State", "X Province") and one armed force that it never calls rebels
quotes one government answering its accusers (the villagers), not two parties. The region's
column joins the force's. Two forces quoted (an army and a rebel army), two regions, or a force
the story calls rebels ("SPLA rebels") move nothing. The words are a rule table
(data/sides.yaml: ``regional_units``, ``regional_offices``, ``rebel_words``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping, Sequence

from attribcmp.data import load_table, word_set
from attribcmp.gazetteer import country_ids
from attribcmp.model import Side, Speaker
from attribcmp.side_names import LOCAL, OTHER, UNNAMED, Found, bare_name, speaker_texts
from attribcmp.side_words import MILITARY

__all__ = ["join_regional_governments"]

_TABLE = load_table("sides.yaml")
_UNITS = word_set(_TABLE["regional_units"])
_OFFICES = word_set(_TABLE["regional_offices"])
_REBEL = "|".join(sorted(word_set(_TABLE["rebel_words"])))
_CATCH_ALL = (OTHER.id, UNNAMED.id, LOCAL.id)
# A short name of the force in its speakers' mentions ("SPLA spokesman ..."): capitals only.
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def join_regional_governments(
    speakers: Sequence[Speaker], found_by: MutableMapping[str, Found], texts: Mapping[str, str]
) -> None:
    """Move the one region's column whose speakers head it to the one armed force's column,
    when the story quotes exactly one of each and never calls that force rebels."""
    columns: dict[str, list[Speaker]] = {}
    sides: dict[str, Side] = {}
    countries = country_ids()
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id not in _CATCH_ALL and side.id not in countries:
            columns.setdefault(side.id, []).append(sp)
            sides[side.id] = side
    regions = [sid for sid, members in columns.items() if _region_column(sides[sid], members)]
    forces = [sid for sid, members in columns.items() if _force_column(sides[sid], members)]
    if len(regions) != 1 or len(forces) != 1 or regions == forces:
        return
    force = sides[forces[0]]
    if _called_rebels(force, columns[forces[0]], "\n".join(texts.values())):
        return
    for sp in columns[regions[0]]:
        found_by[sp.id] = (
            force,
            f"{found_by[sp.id][1]}; a region's head and the state's forces ({force.name}) "
            "the story quotes are one government",
        )


def _region_column(side: Side, members: Sequence[Speaker]) -> bool:
    """A column named after a region ("Imatong State") whose speakers name its head."""
    words = bare_name(side.name).split()
    if len(words) < 2 or words[-1].lower() not in _UNITS or not words[0][:1].isupper():
        return False
    return all(
        any(_word(w) in _OFFICES for t in speaker_texts(sp) for w in t.split()) for sp in members
    )


def _word(token: str) -> str:
    return token.lower().strip(".,;:").removesuffix("'s").removesuffix("’s")


def _force_column(side: Side, members: Sequence[Speaker]) -> bool:
    """An armed force's column: its name or one of its speakers' says army, troops, ..."""
    return MILITARY.search(side.name) is not None or any(
        MILITARY.search(t) for sp in members for t in speaker_texts(sp)
    )


def _called_rebels(force: Side, members: Sequence[Speaker], text: str) -> bool:
    """The story calls the force rebels: "SPLA rebels", "rebel SPLA", "the rebel Sudan
    People's Liberation Army"."""
    names = {bare_name(force.name)}
    for sp in members:
        for t in speaker_texts(sp):
            names.update(_ACRONYM.findall(t))
    for name in names:
        alt = re.escape(name)
        pattern = rf"(?i:\b(?:{_REBEL})\s+(?:the\s+)?)\b{alt}\b|\b{alt}(?:'s|’s)?\s+(?i:{_REBEL})\b"
        if re.search(pattern, text):
            return True
    return False
