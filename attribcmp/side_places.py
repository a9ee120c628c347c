"""Place -> country: "officials in Omdurman", "Kandahar authorities" speak for the country the
city is in, when the story already has a side for that country.

The gazetteer (data/gazetteer.yaml) names each country's capital and seats of government
("Khartoum", "the Kremlin") and places a speaker there on its own. The city table
(data/cities.tsv, built by bench/build_city_table.py from GeoNames data, CC BY 4.0) adds other
capitals and the cities of 300,000 people or more: a city is where officials sit, not whom
they speak for, so it only joins a side the story already has (side_joins.join_strays), and
only for officials of the place ("residents in Mosul" are civilians, "diplomats in Kabul"
foreign). A capital speaking on its own ("Naypyidaw said") is its government, as in the
gazetteer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources

from attribcmp.gazetteer import cached_head_hit, country_ids, norm_key
from attribcmp.lazy_pattern import LazyPattern


@cache
def city_table() -> Mapping[str, tuple[str, bool]]:
    """Lower-cased city name -> (gazetteer country entry, whether it is the capital)."""
    raw = resources.files("attribcmp.data").joinpath("cities.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[str, bool]] = {}
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, entry, capital = line.split("\t")
        table[norm_key(name)] = (entry, capital == "1")
    return table


_PLACE = r"(?P<place>[A-Z][\w'’.-]*(?:[\s-][A-Z][\w'’.-]*){0,2})"
# Officials of a place: those who speak for its state ("officials", "the authorities", "a
# spokesman", "the government"), not people who only are there (residents, diplomats, analysts).
_OFFICIALS = (
    r"(?i:officials?|authorit(?:y|ies)|spokes(?:man|woman|person)|government|administration|"
    r"ministry|police|military|army|prosecutors?)"
)
# "officials in Omdurman", "a government spokesman in Kandahar" (the words before are lower
# case: "Red Cross officials", "ISAF officials" or "Kurdish officials in Kirkuk" are not the
# state's)
_IN_PLACE = LazyPattern(
    rf"^(?i:(?:the|a|an|some|other|senior|several)\s+)*(?:[a-z][\w-]*\s+)??(?:[a-z][\w-]*\s+)??"
    rf"{_OFFICIALS}"
    rf"\s+in\s+(?i:the\s+city\s+of\s+)?{_PLACE}$"
)
# "Kandahar officials", "the Karachi police"
_PLACE_OFFICIALS = LazyPattern(
    rf"^(?i:(?:the|some|other|senior)\s+)?{_PLACE}\s+(?:[\w-]+\s+)?{_OFFICIALS}$"
)
_ONLY_PLACE = LazyPattern(rf"^(?i:the\s+)?{_PLACE}$")
# Armed or opposition words: such officials of a city may hold it against its state.
_ARMED = LazyPattern(
    r"(?i)\b(?:rebels?|insurgents?|militants?|guerrillas?|separatists?|opposition|militias?|"
    r"jihadists?|fighters?)\b"
)


def city_country(texts: Sequence[str]) -> tuple[str, str, str] | None:
    """(the text, the city, its country entry) for the first speaker text that names officials
    of a city in the table, or is a capital on its own; None otherwise."""
    for text in texts:
        found = _city_of(text)
        if found is not None:
            return found
    return None


# Each speaker is asked twice (side_context, then side_joins for strays) and the same texts
# ("officials", "a spokesman") recur: each text is read once.
@lru_cache(maxsize=8192)
def _city_of(text: str) -> tuple[str, str, str] | None:
    table = city_table()
    text = " ".join(text.split())
    if _ARMED.search(text):
        return None  # "rebel officials in Aleppo" hold the city against its state
    for pattern in (_IN_PLACE, _PLACE_OFFICIALS, _ONLY_PLACE):
        match = pattern.match(text)
        found = table.get(norm_key(match["place"])) if match is not None else None
        if match is None or found is None:
            continue
        if pattern is _ONLY_PLACE and not found[1]:
            continue  # a capital stands for its government; "Karachi said" is no one
        return text, match["place"], found[0]
    return None


# "In Caracas, President Hugo Chavez said": a capital or a country opening the sentence, then
# a state office holder named with no country of his own.
_OPENED_IN = LazyPattern(rf"(?:^|[.!?]\s+|\n)In\s+{_PLACE},\s*$")
_STATE_OFFICE = LazyPattern(
    r"^(?:(?:Vice|Deputy|Acting|Interim)\s+)?(?:President|Prime\s+Minister|Premier|"
    r"(?:[A-Z][a-z]+\s+){0,2}Minister|Chancellor)\s+[A-Z]"
)


def place_opened(text: str, start: int, name: str) -> str | None:
    """The gazetteer country of "In <capital, city or country>, " right before a state office
    holder named without a country ("In Caracas, President Hugo Chavez"), or None."""
    if not _STATE_OFFICE.match(name):
        return None
    match = _OPENED_IN.search(text, max(0, start - 60), start)
    if match is None:
        return None
    hit = cached_head_hit(match["place"])
    if hit is not None and hit.entry is not None and hit.entry in country_ids():
        return hit.entry  # a country or its capital ("Caracas")
    found = city_table().get(norm_key(match["place"]))
    return found[0] if found is not None else None
