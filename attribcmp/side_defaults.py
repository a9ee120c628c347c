"""Sides for speakers no party's word places: a group or body of its own, or a catch-all.

A named armed group or civic body speaks for itself even when its name holds a people's or a
country's name (by_group_name, tried first in sides.py); anonymous sources go to "Unnamed
sources" and unnamed commentators to "Other speakers" (by_anonymity); a body nothing else
places is a side named after it (by_body); anyone else is "Other speakers" (other_side).
Rules 5 to 7 of sides.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from attribcmp.affiliation import NON_STATE_HEADS, head_word
from attribcmp.gazetteer import NORMALISE, cached_head_hit
from attribcmp.model import Profile, Side, Speaker, SpeakerKind
from attribcmp.side_names import (
    OTHER,
    UNNAMED,
    Found,
    bare_name,
    body_phrase,
    is_proper,
    long_name,
    named_side,
)
from attribcmp.side_words import CIVIC, COMMENTATORS, headline_description


def by_anonymity(speaker: Speaker, profile: Profile) -> Found | None:
    if not speaker.anonymous:
        return None
    if head_word(speaker.name) in COMMENTATORS:
        return other_side(speaker, profile)[0], "an unnamed commentator speaks for no party"
    side = next((Side(r.id, r.name) for r in profile.sides if r.id == UNNAMED.id), UNNAMED)
    return side, "anonymous source with nothing naming its side"


def by_group_name(speaker: Speaker, taken: set[str], doc_texts: Mapping[str, str]) -> Found | None:
    # "the Palestinian Jihad and Tawheed Brigades": an armed group's name may hold a people's
    # name, but the group speaks for itself, not for that people's government.
    if speaker.kind is not SpeakerKind.ORGANISATION:
        return None
    # (the whole name, where the mention stopped at "on": "... Commission on Human Rights")
    name = long_name(speaker, doc_texts) or bare_name(speaker.name)
    if not is_proper(name):
        return None
    hit = cached_head_hit(name)
    if not _non_state(name):
        # "Zimbabwe Lawyers for Human Rights", "Nigeria Labor Congress": a civic body named
        # after its country speaks for itself, not for that country's government
        civic = CIVIC.search(name.translate(NORMALISE))
        if civic is None or (hit is not None and hit.start <= civic.start() < hit.end):
            return None  # ("European Union": the civic word is the gazetteer name's own)
        return named_side(name, taken), f"a civic body named '{name}' speaks for itself"
    if hit is not None and hit.start == 0 and hit.end == len(name.translate(NORMALISE)):
        return None  # the whole name is a gazetteer body ("Pakistani Taliban")
    return named_side(name, taken), f"a group named '{name}' speaks for itself"


# "Sudan Liberation Army", "Free Syrian Army": an army or forces whose name says it fights for
# liberation or a revolution is a movement, not a state's army (a state's own, "People's
# Liberation Army", is a whole gazetteer body and stays its country's).
_INSURGENT_ARMY = re.compile(r"\b(?:Liberation|Free|Revolutionary)\b")


def _non_state(name: str) -> bool:
    """A group's name headed by a movement's word: "... Brigades", "... Movement-North"."""
    head = head_word(name)
    if head in NON_STATE_HEADS or head.split("-")[0] in NON_STATE_HEADS:
        return True  # ("Sudan People's Liberation Movement-North": the head before the dash)
    return head in ("army", "forces") and _INSURGENT_ARMY.search(name) is not None


def other_side(speaker: Speaker, profile: Profile) -> Found:
    side = next((Side(r.id, r.name) for r in profile.sides if r.id == OTHER.id), OTHER)
    if speaker.name.endswith("(unresolved)"):
        return side, "a pronoun with no earlier referent: never a side of its own"
    return side, "nothing names whom this speaker speaks for"


def by_body(
    speaker: Speaker,
    taken: set[str],
    acronym: Mapping[str, str],
    is_place: Callable[[str], bool],
) -> Found | None:
    # A body with nothing else to place it is a party of its own ("Human Rights Watch",
    # "the coalition"); people and fragments are not, and go to "Other speakers".
    phrase = body_phrase(speaker, acronym)
    if phrase is None or headline_description(phrase, is_place):
        return None  # ("DRC Rebel Group Rejects ...": a headline's description, no name)
    return named_side(phrase, taken), f"a body of its own: '{speaker.name}'"
