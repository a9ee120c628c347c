"""A police officer whose title names no country: the country whose police the story quotes.

"National police director Oscar Ruiz reported ..." in a story on two or three countries names
no country, so the rules that read a title against the one country a story is about leave him
in "Other speakers". A reader takes him for the police of the country whose police the story
has already quoted ("In the capital, police officials said ..."), when that is one country.
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence

from attribcmp.gazetteer import country_ids
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Side, Speaker
from attribcmp.side_names import OTHER, Found, speaker_texts

__all__ = ["join_police_officers"]

_POLICE = LazyPattern(r"(?i)\bpolice\b")


def join_police_officers(speakers: Sequence[Speaker], found_by: MutableMapping[str, Found]) -> None:
    """Move each speaker left in "Other speakers" whose name or mention holds "police" to the
    one country side other police speakers are on."""
    strays = [
        sp
        for sp in speakers
        if found_by[sp.id][0].id == OTHER.id and any(_POLICE.search(t) for t in speaker_texts(sp))
    ]
    if not strays:
        return  # most stories quote no police officer left without a side
    countries = country_ids()
    police: dict[str, tuple[Side, str]] = {}
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id in countries and any(_POLICE.search(t) for t in speaker_texts(sp)):
            police.setdefault(side.id, (side, sp.name))
    if len(police) != 1:
        return  # none, or two countries' police: the title does not say which
    ((side, who),) = police.values()
    for sp in strays:
        found_by[sp.id] = (
            side,
            f"'{sp.name}' is police of no named country: the police the story quotes are "
            f"{side.name}'s ('{who}')",
        )
