"""A state's organs named without their country join the one country the story quotes.

"A court ruled ...", "the Supreme Court said ...", "the government says ...": a court, its
judges or a government that names no country belongs to a state, and when
the story quotes exactly one country ("Kenya", "the Kenyan government"), it is that country's.
Without this rule such a speaker lands in "Other speakers", or heads a column of its own
("Supreme Court"), beside the country whose organ it is. With two countries quoted the organ
could be either's, so nothing moves.
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence

from attribcmp.gazetteer import NORMALISE, cached_head_hit, country_ids
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Side, Speaker
from attribcmp.side_names import (
    LOCAL,
    OTHER,
    UNNAMED,
    Found,
    bare_name,
    sides_among,
    speaker_texts,
)

__all__ = ["join_country_bodies", "join_state_organs", "state_organ"]

# A court, its judges or a government, with only ranks before it ("the Supreme Court", "Court
# of Appeal judges"): every state has one, so the name alone says which state only when the
# story quotes one. (An election commission and prosecutors are left out: stories quote them as
# a party of their own, apart from the government.)
_ORGAN = LazyPattern(
    r"(?i)^(?:(?:supreme|constitutional|high|top|federal|national|appeals?|district|"
    r"official|independent|state|military)\s+)*"
    r"(?:courts?|judges?|tribunal|government|cabinet|parliament|"
    r"court\s+of\s+appeals?(?:\s+judges)?)$"
)


def state_organ(name: str) -> bool:
    """True for a state organ named by kind only ("A court", "the Supreme Court")."""
    return _ORGAN.match(bare_name(name.strip())) is not None


def _names_no_country(speaker: Speaker) -> bool:
    # ("Kenya's Supreme Court", "the Ugandan government": a country or body in any of its
    # mentions places the speaker already; only one named by kind alone is read here)
    return all(cached_head_hit(text) is None for text in speaker_texts(speaker))


def join_state_organs(speakers: Sequence[Speaker], found_by: MutableMapping[str, Found]) -> None:
    """Speakers on "Other speakers", and columns of their own, that are a state organ naming
    no country ("A court", "Supreme Court") join the one country side the story quotes."""
    countries = country_ids()
    quoted = sides_among(speakers, found_by, countries)
    if len(quoted) != 1:
        return  # no country, or two: the organ is no one's, or either's
    country = next(iter(quoted.values()))
    # A column of its own named like an organ ("Supreme Court") moves whole, with anyone the
    # story placed on it ("Justice X" of the court).
    organ_columns = {
        found_by[sp.id][0].id
        for sp in speakers
        if found_by[sp.id][0].id not in (OTHER.id, UNNAMED.id, LOCAL.id, *countries)
        and state_organ(found_by[sp.id][0].name)
        and state_organ(sp.name)
        and _names_no_country(sp)
    }
    for sp in speakers:
        side, why = found_by[sp.id]
        if side.id in organ_columns or (
            side.id == OTHER.id and state_organ(sp.name) and _names_no_country(sp)
        ):
            found_by[sp.id] = (
                country,
                f"'{sp.name}' names no country: a state organ, and the one country the story "
                f"quotes is {country.name} (before: {why})",
            )


# "Electoral Council", "Foreign Ministry": the capitalised words naming a body after its
# country ("Venezuela's Electoral Council", "the Venezuelan Electoral Council"); two at least,
# so that one common word ("Council", "Army") never stands for a body.
_BODY_AFTER = LazyPattern(r"(?:['’]s)?\s+((?:[A-Z][\w-]*\s+)+[A-Z][\w-]*)$")


def join_country_bodies(
    speakers: Sequence[Speaker], found_by: MutableMapping[str, Found], taken: set[str]
) -> None:
    """A column of its own named like a body the story also names with its country ("National
    Electoral Council" beside "Venezuela's Electoral Council") is that country's body: its
    name ends with the body's words, and only one country's body has them."""
    countries = frozenset(country_ids())
    bodies: dict[tuple[str, ...], dict[str, Side]] = {}
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id not in countries:
            continue
        for text in speaker_texts(sp):
            plain = bare_name(text.strip()).translate(NORMALISE)
            hit = cached_head_hit(plain)
            if hit is None or hit.start != 0:
                continue  # the country opens the phrase: "Venezuela's ...", "Venezuelan ..."
            found = _BODY_AFTER.match(plain, hit.end)
            if found is not None:
                bodies.setdefault(_words(found[1]), {})[side.id] = side
    if not bodies:
        return
    for sp in speakers:
        side, why = found_by[sp.id]
        if side.id in taken or side.id in (OTHER.id, UNNAMED.id, LOCAL.id):
            continue
        name = _words(bare_name(side.name))
        owners = next(
            (bodies[name[-n:]] for n in range(len(name), 1, -1) if name[-n:] in bodies), {}
        )
        if len(owners) == 1:
            (country,) = owners.values()
            found_by[sp.id] = (
                country,
                f"{why}; '{side.name}' is the body the story also names as {country.name}'s",
            )


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in name.split())
