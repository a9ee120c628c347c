"""Side names: the fixed columns, a speaker's texts and name, and the body a speaker is.

The small name-level helpers every side rule uses (sides.py, side_context.py, side_joins.py):
"Other speakers", "Unnamed sources" and "Local officials"; whether a phrase is a body's own
name ("Human Rights Watch") or a common noun ("the ministry"); and the side named after a body.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping, Sequence
from functools import cache, lru_cache

from attribcmp.affiliation import NAME_REGIONS, body_words, head_word, speaks_for
from attribcmp.attribute.mentions import words
from attribcmp.data import word_set
from attribcmp.gazetteer import AGAINST_STATE
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Side, Speaker, SpeakerKind
from attribcmp.profile import slugify

__all__ = [
    "LOCAL",
    "OTHER",
    "UNNAMED",
    "Found",
    "bare_name",
    "body_phrase",
    "is_group",
    "is_proper",
    "long_name",
    "named_side",
    "sides_among",
    "speaker_texts",
]

UNNAMED = Side("unnamed", "Unnamed sources")


# Speakers nothing places on a side share one column, never one each.
OTHER = Side("other", "Other speakers")


# Local and regional authorities quoted without a country: one party in most conflict stories.
LOCAL = Side("local-officials", "Local officials")


Found = tuple[Side, str]


def sides_among(
    speakers: Sequence[Speaker], found_by: Mapping[str, Found], ids: Container[str]
) -> dict[str, Side]:
    """The sides with an id in ``ids`` that some speaker is placed on, by id, in speaker order."""
    out: dict[str, Side] = {}
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id in ids:
            out.setdefault(side.id, side)
    return out


def speaker_texts(speaker: Speaker) -> tuple[str, ...]:
    """Name, aliases and mention texts, each once, in that order."""
    last = _LAST_TEXTS
    if last[0] is speaker:
        return last[1]
    texts = [speaker.name, *speaker.aliases]
    texts.extend([m.span.text for m in speaker.mentions])
    # Deduplicated first, then blanks dropped: the same order, one strip() per distinct text.
    out = tuple(text for text in dict.fromkeys(texts) if text.strip())
    _remember_texts(speaker, out)
    return out


# The last speaker asked and its texts: the rules that place a speaker ask one after another
# for the same speaker's texts (seven times each on PolNeAR train). One entry, replaced whole
# (a tuple), so threads that share it read a speaker's own texts or miss.
_LAST_TEXTS: tuple[Speaker | None, tuple[str, ...]] = (None, ())


def _remember_texts(speaker: Speaker, texts: tuple[str, ...]) -> None:
    global _LAST_TEXTS
    _LAST_TEXTS = (speaker, texts)


# cached per distinct name (bounded): every placing rule strips the same names again
@lru_cache(maxsize=1024)
def bare_name(name: str) -> str:
    """'the coalition' -> 'coalition', 'The Washington Post' -> 'Washington Post'."""
    parts = name.split()
    while len(parts) > 1 and parts[0].lower() in ("the", "a", "an"):
        parts = parts[1:]
    return " ".join(parts)


@cache
def _common_words() -> frozenset[str]:
    w = words()
    return w.anonymous | w.roles | w.pronouns | w.groups | w.forces | _COMMON_BODIES


# cached per distinct phrase (bounded): placing a speaker asks it of the same texts repeatedly
@lru_cache(maxsize=1 << 14)
def is_proper(phrase: str) -> bool:
    """A body's own name ("Human Rights Watch", "Defense Ministry"), not a common noun
    ("Officials" opening a sentence) or a fragment."""
    tokens = [t for t in re.findall(r"[\w&][\w&.'’-]*", bare_name(phrase))]
    joiners = ("of", "for", "and", "on", "to")
    if not tokens or not all(
        t[:1].isupper()
        or t in joiners
        # "Movement for the Emancipation of the Niger Delta": "the" after a joiner
        or (t == "the" and 0 < k < len(tokens) - 1 and tokens[k - 1] in joiners)
        # "Organization for Security and Co-operation in Europe": a region ends the name
        or (t == "in" and 0 < k == len(tokens) - 2 and tokens[k + 1] in NAME_REGIONS)
        for k, t in enumerate(tokens)
    ):
        return False
    return not (len(tokens) == 1 and tokens[0].lower() in _common_words())


def body_phrase(speaker: Speaker, acronym: Mapping[str, str] | None = None) -> str | None:
    """The body a speaker is, when it is one: a named organisation or a body noun."""
    name = bare_name(speaker.name)
    if acronym and name.lower() in acronym:
        return acronym[name.lower()]  # "MSF" = "Médecins Sans Frontières (MSF)" in the text
    if speaker.kind is SpeakerKind.SOURCE and not speaker.anonymous:
        # "villagers", "the protesters": a group of people speaking together is a party.
        group = next((w for w in name.split() if w.lower() in words().groups), None)
        return group.lower() if group else None
    if speaker.kind not in (SpeakerKind.ORGANISATION, SpeakerKind.DOCUMENT):
        return None
    if "(" in name:
        return None  # "it (unresolved)"
    if len(name.split()) == 1 and name.lower() in words().forces and name.endswith("s"):
        return None  # bare "troops", "peacekeepers": whose they are is not said
    owner = speaks_for(name)
    # ("Syria's rebels" fight Syria: they are no body of Syria, as "Syrian rebels" are not)
    against = owner is not None and AGAINST_STATE.match(name, name.find(owner) + len(owner))
    if owner is not None and owner.lower() != name.lower() and not against:
        name = owner  # "coalition forces", "the coalition's troops": the coalition
    if head_word(name) in _MEDIA and not is_proper(name):
        return None  # "Press reports quoted ...", "one-sided news": the press in general
    first = (speaker.name.split() or [""])[0].lower()
    if (first in _SOME_BODY or first[:1].isdigit()) and not is_proper(name):
        # "a group", "one company", "500 troops", "his campaign": some body, or one whose
        # owner is only a pronoun; not a party the story names
        return None
    if not is_proper(name) and len(name.split()) == 1 and name.lower() not in _PARTY_BODIES:
        return None  # "the group", "the agency" with nothing naming it: no column of its own
    if head_word(name) in body_words() or (
        speaker.kind is SpeakerKind.ORGANISATION and is_proper(name)
    ):
        return name
    return None


def is_group(speaker: Speaker) -> bool:
    return (
        speaker.kind is SpeakerKind.SOURCE
        and not speaker.anonymous
        and any(w.lower() in words().groups for w in speaker.name.split())
    )


def named_side(phrase: str, taken: set[str]) -> Side:
    """The side named after a body; one body name, one side ("the army" = "Army")."""
    name = bare_name(phrase).rstrip("'’")  # "Marrow Dock Workers'" (Union) -> the workers'
    for suffix in ("’s", "'s"):
        name = name.removesuffix(suffix)  # "Clinton’s" campaign -> Clinton
    parts = name.split()
    while len(parts) > 1 and parts[0].lower() in _SOME_BODY:
        parts = parts[1:]  # "Other Republican leaders" speak for "Republican", not "Other ..."
    name = " ".join(parts)
    name = name[:1].upper() + name[1:]
    side_id = slugify(name) or "body"
    if side_id in taken:
        side_id = f"{side_id}-body"
    return Side(side_id, name)


# Bare body nouns that are parties in a story on their own ("the army said", "the coalition").
_PARTY_BODIES = word_set(
    """army military police navy government ministry coalition alliance militia party campaign
    administration court parliament congress senate junta regime embassy presidency kremlin
    pentagon cabinet rebels insurgents union"""
)
# Body words that are common nouns ("the Ministry", "Army" opening a headline), unlike the
# proper names the organisations list also holds ("Reuters", "NATO").
_COMMON_BODIES = word_set(
    """ministry office government department military army navy force forces police agency
    embassy campaign committee council party company firm wing administration cabinet court
    parliament congress senate house union bank fund organisation organization group coalition
    alliance authority commission board team regime newspaper network channel outlet institute
    university foundation association federation corporation service services directorate
    bureau secretariat mission consulate presidency palace junta militia movement front brigade
    brigades battalion command headquarters centre center times post journal news press wire
    television radio daily"""
)
# "press reports", "news": the press in general, which is no party to the story.
_MEDIA = frozenset(("press", "media", "news", "newspaper", "newspapers", "television", "radio"))
# Determiners before a body noun that name no particular body (or only a pronoun's).
_SOME_BODY = word_set(
    """a an another one any no some each every several many few two three four five six seven
    eight nine ten dozens hundreds thousands his her their its our my your with other most
    all both"""
)


def long_name(speaker: Speaker, texts: Mapping[str, str]) -> str | None:
    """A body's name the speaker's mention cut before "on"/"for" and more capitalised words:
    "the Kenya National Commission" followed by "on Human Rights" in the text -> "Kenya
    National Commission on Human Rights" (None when the text goes on otherwise)."""
    name = bare_name(speaker.name)
    if speaker.kind is not SpeakerKind.ORGANISATION or not is_proper(name):
        return None
    for mention in speaker.mentions[:3]:
        text = texts.get(mention.doc_id, "")
        tail = _NAME_TAIL.match(text, mention.span.end)
        if tail is None or not mention.span.text.endswith(name):
            continue
        kept = []
        for word in tail[0].split()[1:]:
            if word.lower() in _NOT_NAME:
                break  # "the Commission on Monday": a date, not the name
            kept.append(word)
        if kept and kept[-1][:1].isupper():
            return f"{name} {tail[0].split()[0]} {' '.join(kept)}"
    return None


# " on Human Rights", " for Refugees": the rest of a body's name after "on"/"for".
_NAME_TAIL = LazyPattern(r"\s+(?:on|for)\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,4}")
_NOT_NAME = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december"
)
