"""An alliance and the coalition a country leads beside it are one side.

"NATO said its aircraft struck ..." and "the U.S.-led coalition said ...": in a story where an
alliance speaks, "the alliance" is that alliance, and a coalition (or force, mission, operation)
named as led by one country is the same military effort, not that country's government
speaking. Without this rule the report shows a "NATO" column and a "United States" column for
one party.
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence

from attribcmp.gazetteer import country_ids
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Side, Speaker
from attribcmp.side_names import Found, speaker_texts

# Gazetteer groups that are military alliances or lead joint missions (data/gazetteer.yaml).
ALLIANCES = frozenset({"nato", "african-union"})

# "the U.S.-led coalition", "French-led forces", "the Saudi-led military coalition".
_LED = LazyPattern(
    r"(?i)\b[\w.]+-led\s+(?:[a-z]+\s+)?(?:coalition|forces?|troops|mission|operation)\b"
)


def join_led_coalitions(speakers: Sequence[Speaker], found_by: MutableMapping[str, Found]) -> None:
    """Speakers placed on a country through "<country>-led coalition" join the one alliance
    the story quotes, with the reason saying so."""
    alliances = {
        side.id: side for side, _ in (found_by[sp.id] for sp in speakers) if side.id in ALLIANCES
    }
    if len(alliances) != 1:
        return
    (alliance,) = alliances.values()
    countries = country_ids()
    for sp in speakers:
        side, why = found_by[sp.id]
        if side.id == alliance.id:
            continue
        # a country placed it through "<country>-led coalition"; or a coalition naming no
        # leader ("the coalition", "coalition forces") left on a column of its own or none
        led = _led_phrase(sp, why) if side.id in countries else _coalition(sp)
        if led is not None:
            found_by[sp.id] = (
                Side(alliance.id, alliance.name),
                f"{why}; '{led}' beside {alliance.name}: an alliance and the coalition in one "
                "story are one side",
            )


def _led_phrase(speaker: Speaker, why: str) -> str | None:
    """The "X-led coalition" phrase that placed the speaker: in its own words or its reason
    ("'coalition' is the 'the U.S.-led coalition' named in the text")."""
    for text in (*speaker_texts(speaker), why):
        match = _LED.search(text)
        if match is not None:
            return match[0]
    return None


# ("the alliance" in lower case only: "Democratic Alliance" names a party, not NATO)
_COALITION = LazyPattern(r"(?i:\bcoalition\b)|\balliance\b")
# ("the rebel coalition", "the ruling coalition": a party's coalition, not the alliance's)
_PARTY_COALITION = LazyPattern(
    r"(?i)\b(?:rebels?|opposition|insurgents?|militants?|separatists?|guerrillas?|ruling|"
    r"governing|parties|party|electoral|protest)\b"
)


def _coalition(speaker: Speaker) -> str | None:
    """The speaker's own name when it is a coalition's or the alliance's ("The coalition",
    "coalition troops", "the alliance")."""
    name = speaker.name
    if not _COALITION.search(name) or _PARTY_COALITION.search(name):
        return None
    return name
