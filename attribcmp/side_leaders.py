"""A head of state or government naming no country, when the story's country has its own.

"President Alexander Lukashenko claimed ... President Bush has called Mr. Lukashenko
'Europe's last dictator'": a state has one president at a time, so a second "President X"
naming no country is no president of the country the story is about. A reader places him by
the nearest country the text names before him (his sentence, then the one before), never by
the story's own country; when none is named he stays unplaced rather than misplaced.

The declared winner of a national election ("declared Nicolas Maduro the winner of the
nation's presidential election") holds the office as a title would (``declared_winner``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from attribcmp.data import load_table, word_set
from attribcmp.gazetteer import NORMALISE, Gazetteer, find_hits
from attribcmp.lazy_pattern import LazyPattern

# Offices one person holds in a state at a time (data/sides.yaml; "prime_minister" is two words).
_TITLES = tuple(
    sorted(w.replace("_", " ") for w in word_set(load_table("sides.yaml")["single_holder_titles"]))
)
_TITLE_WORDS = "|".join(t.replace(" ", r"\s+") for t in _TITLES)
# "President Bush", "Prime Minister Hun Sen": the title, then the holder's name; "former",
# "Vice" and "ex-" holders are other offices (or past holders) and are not read.
_HOLDER = LazyPattern(
    rf"(?<![Vv]ice\s)(?<![Vv]ice-)(?<!former\s)(?<!Former\s)(?<!ex-)\b(?P<title>(?i:{_TITLE_WORDS}))\s+"
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]+)"
)
# How far back the country may be named: his sentence and the one before it.
_SENTENCE_END = LazyPattern(r"[.!?][\"'”’]?\s+(?=[A-Z\"“])|\n\s*\n")


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def other_holder(
    text: str, names: Iterable[str], country_before: Callable[[int], str | None], home: str
) -> bool:
    """True when the speaker, whose mentions are ``names`` ("President Bush"), holds a
    single-holder title that the text gives earlier to someone else of the story's country
    ``home`` ("President Alexander Lukashenko" before "President Bush"). An earlier holder
    whom a country word places elsewhere ("U.S. President Joe Biden") is no such one:
    ``country_before(start)`` gives the country named just before a title, or None."""
    for name in names:
        own = _HOLDER.fullmatch(name.strip())
        if own is None:
            continue
        title, surname = own["title"].lower().split()[0], _surname(own["name"])
        first_own = next(
            (h.start() for h in _HOLDER.finditer(text) if _surname(h["name"]) == surname), -1
        )
        for hit in _HOLDER.finditer(text, 0, max(first_own, 0)):
            if hit["title"].lower().split()[0] != title or _surname(hit["name"]) == surname:
                continue
            if country_before(hit.start()) in (None, home):
                return True
    return False


def country_near(
    text: str, at: int, gazetteer: Gazetteer, countries: Collection[str], skip: str
) -> str | None:
    """The gazetteer country named nearest before ``at`` in its sentence or the sentence
    before it; ``skip`` (the story's country) excluded. A country named after him is not
    read: it most often qualifies the next person ("met Iraqi Prime Minister X")."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = ends[-2] if len(ends) >= 2 else 0
    window = text[start:at].translate(NORMALISE)
    hits = [h for h in find_hits(window, gazetteer) if h.entry in countries and h.entry != skip]
    return hits[-1].entry if hits else None


def country_just_before(
    text: str, at: int, gazetteer: Gazetteer, countries: Collection[str]
) -> str | None:
    """The country a word just before ``at`` names ("U.S. President", "Russia's Prime
    Minister"): a gazetteer country ending within the two words before the title."""
    window = text[max(0, at - 30) : at].translate(NORMALISE)
    words = window.split()
    tail = " ".join(words[-2:])
    hits = [h for h in find_hits(tail, gazetteer) if h.entry in countries]
    return hits[-1].entry if hits else None


# After a name: "the winner of the nation's presidential election", ", winner of the vote".
_WINNER = LazyPattern(
    r"\s*,?\s+(?:as\s+)?(?:the\s+)?(?:declared\s+|official\s+)?(?:winner|victor)\s+of\s+"
    r"(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+)?(?:presidential|national|general)\s+"
    r"(?:elections?|vote|poll|runoff|race)\b"
)
_MAX_SEEN = 5  # occurrences of a name read for the words after it


def _occurrences(text: str, name: str, most: int) -> list[int]:
    """Where ``name`` stands in ``text``: the first ``most`` places."""
    out: list[int] = []
    at = text.find(name)
    while at >= 0 and len(out) < most:
        out.append(at)
        at = text.find(name, at + 1)
    return out


def declared_winner(text: str, name: str) -> bool:
    """ "declared Nicolas Maduro the winner of the nation's presidential election": the text
    calls the named person the winner of a national election (one of his first places)."""
    return any(_WINNER.match(text, at + len(name)) for at in _occurrences(text, name, _MAX_SEEN))
