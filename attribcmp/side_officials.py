"""Officials whom no word places ("officials said"): the one state whose officials the story quotes.

A story about one country's dispute says "Officials declared the ruling party won", "Two
officials ... told VOA" or "The fighting had stopped, officials said" without saying whose:
a reader takes them for the officials of one state the story quotes, or for the one state
the story has quoted before them. side_joins.py asks ``unowned_officials``; it places nothing
when two states fit (a border clash quoting both armies' officials): they stay unnamed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from attribcmp.data import load_table, word_set
from attribcmp.model import Side

Found = tuple[Side, str]

# Words before "officials" that say nothing about whose they are (data/sides.yaml).
_UNOWNED_WORDS = word_set(load_table("sides.yaml")["unowned_official_words"])
# Officials named with anything else: "Cambodian officials", "military officials in Phnom
# Penh" (an owner or a place).
_OFFICIALS = re.compile(r"(?i)\bofficials\b")


def is_unowned_officials(name: str) -> bool:
    """ "officials", "Two senior officials", "government officials": no owner, no place."""
    parts = name.strip().lower().split()
    return bool(parts) and parts[-1] == "officials" and all(p in _UNOWNED_WORDS for p in parts[:-1])


def is_officials(name: str) -> bool:
    """Any officials phrase ("military officials in Phnom Penh and on the border")."""
    return _OFFICIALS.search(name) is not None


def unowned_officials(
    name: str,
    officials: Mapping[str, Found],
    countries: Mapping[str, Found],
) -> Found | None:
    """The side of officials whom no word places, or None when no one side fits.

    Args:
        name: the speaker's name ("officials", "Two officials").
        officials: side id -> (side, name) of the officials the story has placed on a country.
        countries: side id -> (side, name) of the countries the story quotes before them.
    """
    if not is_unowned_officials(name):
        return None
    # the officials the story places, when they are all of one state
    if len(officials) == 1:
        side, who = next(iter(officials.values()))
        return side, f"'{name}' with no word saying whose: the '{who}' the story quotes"
    # none placed: the one state the story quotes ("Officials there" in a story on Gabon)
    if not officials and len(countries) == 1:
        side, who = next(iter(countries.values()))
        return side, f"'{name}' with no word saying whose: the one state quoted ('{who}')"
    return None
