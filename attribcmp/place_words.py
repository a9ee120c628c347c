"""Facet words that name a country: its name, capital or concept ("~united states").

Two accounts of a meeting between two countries both name the countries whatever each says,
so a shared place word says where or whose, never what a denial answers."""

from __future__ import annotations

from functools import lru_cache

from attribcmp.gazetteer import country_ids, load_gazetteer, norm_key
from attribcmp.textfeatures import CONCEPT_MARK

__all__ = ["names_place", "without_places"]


@lru_cache(maxsize=4096)
def names_place(word: str) -> bool:
    """``word`` (a facet object, concept token or participant) names a country of the
    gazetteer: "~united states", "China", "Washington". A body ("Taliban") is a party whose
    words a denial may answer, so it is kept."""
    key = norm_key(word.lstrip(CONCEPT_MARK).replace("'s", "").replace("’s", ""))
    return bool(key) and load_gazetteer().labels.get(key) in country_ids()


def without_places(words: set[str]) -> set[str]:
    """``words`` less those that name a place."""
    return {w for w in words if not names_place(w)}
