"""A body's acronym and its full name are one column: "OSCE" beside "the Organization for
Security and Cooperation in Europe".

News spells a body out once and uses its initials after, often without defining them in
brackets ("the OSCE said", "OAS monitors"). Attribution then finds one speaker per spelling,
and the acronym, which names no country, lands in "Other speakers" or a column of its own. A
speaker named by an acronym alone joins the one side whose name's capitalised words spell it.
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence

from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Side, Speaker
from attribcmp.side_names import LOCAL, OTHER, UNNAMED, Found, bare_name, speaker_texts

__all__ = ["initials", "join_acronyms"]

# An acronym: three to eight capitals ("OSCE", "OAS"; two letters, "UN", "AU", are too often
# a country's code or a common abbreviation to trust).
_ACRONYM = LazyPattern(r"^[A-Z]{3,8}$")
_CATCH_ALL = frozenset((OTHER.id, UNNAMED.id, LOCAL.id))
# Small words inside a body's name that its acronym skips ("Union for Peace and Democracy").
_LINKS = frozenset(("of", "for", "and", "in", "on", "the", "de", "du", "des", "la", "le", "&"))


def initials(name: str) -> tuple[str, ...]:
    """The initials of each run of capitalised words in a phrase ("Monitors from the
    Organization for Security and Cooperation in Europe" -> ("M", "OSCE")): inside a run,
    small linking words ("for", "and", "in") are skipped; an acronym counts as itself ("NATO")."""
    runs: list[str] = []
    current: list[str] = []
    for word in name.replace("-", " ").split():
        word = word.strip(",.;:()'’\"")
        if word[:1].isupper():
            current.append(word if _ACRONYM.match(word) else word[0])
        elif not (current and word.lower() in _LINKS):
            if current:
                runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return tuple(runs)


def join_acronyms(speakers: Sequence[Speaker], found_by: MutableMapping[str, Found]) -> None:
    """Move each speaker named by an acronym alone, left in a catch-all column or one named
    after itself, to the one other side whose name's initials spell it."""
    spelled: dict[str, dict[str, Side]] = {}
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id in _CATCH_ALL or _ACRONYM.match(bare_name(side.name)):
            continue
        # the side's name, or how its speakers are named in full ("Monitors from the Union for
        # Peace and Democracy in Africa" on a column named "Union for Peace and Democracy")
        for text in (side.name, *speaker_texts(sp)):
            for key in initials(text):
                if len(key) >= 3:
                    spelled.setdefault(key, {})[side.id] = side
    if not spelled:
        return  # most stories name no body by several capitalised words
    for sp in speakers:
        side, why = found_by[sp.id]
        name = bare_name(sp.name)
        if not _ACRONYM.match(name):
            continue
        if side.id not in _CATCH_ALL and bare_name(side.name) != name:
            continue  # placed by a profile, the gazetteer or its context: keep it
        sides = spelled.get(name, {})
        if len(sides) != 1:
            continue  # none, or two bodies with the same initials: the reader cannot tell
        (target,) = sides.values()
        found_by[sp.id] = target, f"{why}; '{name}' spells {target.name}: one body"
