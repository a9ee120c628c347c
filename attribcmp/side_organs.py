"""A state's organs named without their country join the one country the story quotes.

"A court ruled ...", "the Supreme Court said ...", "the government says ...": a court, its
judges or a government that names no country belongs to a state, and when
the story quotes exactly one country ("Kenya", "the Kenyan government"), it is that country's.
Without this rule such a speaker lands in "Other speakers", or heads a column of its own
("Supreme Court"), beside the country whose organ it is. With two countries quoted the organ
could be either's, so nothing moves.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, MutableMapping, Sequence
from typing import TypeVar

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

__all__ = [
    "join_country_bodies",
    "join_named_courts",
    "join_state_organs",
    "join_titled_judges",
    "state_organ",
]

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
    bodies = _named_with_country(speakers, found_by, _BODY_AFTER, _words)
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


K = TypeVar("K", bound=Hashable)  # how a body's name is compared: its words, or a court's key


def _named_with_country(
    speakers: Sequence[Speaker],
    found_by: MutableMapping[str, Found],
    after: LazyPattern,
    key: Callable[[str], K],
) -> dict[K, dict[str, Side]]:
    """The bodies country speakers name after their country ("Venezuela's Electoral Council",
    "Britain's Court of Appeal"), by ``key`` of the words ``after`` matches: each with the
    countries that name it."""
    countries = frozenset(country_ids())
    named: dict[K, dict[str, Side]] = {}
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id not in countries:
            continue
        for text in speaker_texts(sp):
            plain = bare_name(text.strip()).translate(NORMALISE)
            hit = cached_head_hit(plain)
            if hit is None or hit.start != 0:
                continue  # the country opens the phrase: "Venezuela's ...", "Kenyan ..."
            found = after.match(plain, hit.end)
            if found is not None:
                named.setdefault(key(found[1]), {})[side.id] = side
    return named


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in name.split())


# A court's name after its country ("Britain's Court of Appeal", "the Kenyan High Court"):
# its capitalised words, read in any order, since stories swap "Court of Appeal" and "Appeal
# Court" within one report.
_COURT_AFTER = LazyPattern(
    r"(?:['’]s)?\s+((?:[A-Z][\w-]*\s+)*(?:Court|Courts|Tribunal)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?)$"
)
# Words a court's two spellings may differ by ("Appeals Court" / "Court of Appeal").
_COURT_FILLER = frozenset({"of", "the", "s"})


def _court_key(name: str) -> frozenset[str]:
    return frozenset(
        w.rstrip("s") if w.endswith("als") else w
        for w in _words(name.replace("'", " ").replace("’", " "))
        if w not in _COURT_FILLER
    )


def join_named_courts(
    speakers: Sequence[Speaker], found_by: MutableMapping[str, Found], taken: set[str]
) -> None:
    """A court column named without its country ("Appeal Court", from "The Appeal Court
    judges ruled") joins the country the story also names the court with ("Britain's Court
    of Appeal has ruled"): the story treats the court as that state's, so its judges, its
    rulings and its name are one column, the state's (none when two countries own one)."""
    countries = frozenset(country_ids())
    courts = _named_with_country(speakers, found_by, _COURT_AFTER, _court_key)
    if not courts:
        return
    for sp in speakers:
        side, why = found_by[sp.id]
        if side.id in taken or side.id in countries or side.id in (OTHER.id, UNNAMED.id, LOCAL.id):
            continue
        owners = courts.get(_court_key(bare_name(side.name)), {})
        if len(owners) == 1:
            (country,) = owners.values()
            found_by[sp.id] = (
                country,
                f"{why}; '{side.name}' is the court the story also names as {country.name}'s",
            )


# A bench title before a person's name ("Justice Mary Wanjiru", "Chief Judge X"): one of the
# court's members, however the story goes on to name them.
_BENCH_TITLE = LazyPattern(
    r"^(?:the\s+)?(?:Chief\s+|Presiding\s+)?(?:Justice|Judge|Magistrate)\s+[A-Z]"
)
# A court's own speaker phrase ("the Supreme Court judges", "Kenya's Court of Appeal").
_COURT_WORD = LazyPattern(r"(?i)\b(?:courts?|tribunal)\b")


def join_titled_judges(speakers: Sequence[Speaker], found_by: MutableMapping[str, Found]) -> None:
    """A judge named with their bench title ("Justice Mary Wanjiru said") whom nothing placed
    joins the one column the story's court speaks in: a court's members are its column, never
    one column (or "Other speakers") per judge. With two courts' columns nothing moves."""
    columns: dict[str, Side] = {}
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id not in (OTHER.id, UNNAMED.id, LOCAL.id) and _COURT_WORD.search(sp.name):
            columns[side.id] = side
    if len(columns) != 1:
        return
    court = next(iter(columns.values()))
    for sp in speakers:
        side, why = found_by[sp.id]
        if side.id == OTHER.id and any(_BENCH_TITLE.match(t.strip()) for t in speaker_texts(sp)):
            found_by[sp.id] = (
                court,
                f"{why}; a judge by title, on the court's column {court.name}",
            )
