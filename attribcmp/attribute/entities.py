"""Speaker entities and the name keys the resolver (speakers.py) matches them by."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from attribcmp.attribute.speaker_words import bare, words
from attribcmp.model import SpeakerKind, SpeakerMention

Nationality = Callable[[str], frozenset[str]]


def no_nationality(text: str) -> frozenset[str]:
    """The nationality reader used when none is given: no phrase names a country."""
    return frozenset()


@dataclass(slots=True)
class Entity:
    """One speaker or named party as the resolver knows it, filled in as mentions arrive.

    Mutable on purpose: it accumulates names and aliases within the attribution stage only
    and never crosses a stage boundary; claims carry frozen ``Speaker`` values made from it."""

    id: str
    name: str
    kind: SpeakerKind
    anonymous: bool
    plural: bool = False
    aliases: list[str] = field(default_factory=list)
    mentions: list[SpeakerMention] = field(default_factory=list)
    surname: str = ""
    first_names: frozenset[str] = frozenset()
    nations: frozenset[str] = frozenset()
    roles: set[str] = field(default_factory=set)
    is_speaker: bool = False
    gender: str = ""  # "he" or "she" once a pronoun has referred to the entity
    singular: bool = False  # a body that took a singular verb ("The council has called")


def one_person(name: str) -> bool:
    """ "a spokesman", "an Ethiopian official": one unnamed person, whom "he"/"she" may mean."""
    parts = name.lower().split()
    return (
        len(parts) >= 2
        and parts[0] in ("a", "an", "the", "one")
        and (parts[-1] in words().roles or parts[-1] in words().anonymous)
    )


@cache
def _rank_words() -> frozenset[str]:
    return words().titles | words().roles


# A glued Arabic particle ("al-Qawasmi"), dropped from a surname's key.
_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|az|an|ar)[-‐]")


@lru_cache(maxsize=4096)
def split_name(name: str) -> tuple[str, frozenset[str]]:
    """(surname key, first names) of a name; memoised: the same names recur in every sentence
    that mentions them, and each entity look-up splits again."""
    parts = [p for p in name.replace(".", ". ").split() if p]
    if not parts:
        return "", frozenset()
    # "Qawasmi" = "Hani al-Qawasmi": a glued particle is no part of the surname's key.
    surname = _PARTICLE.sub("", bare(parts[-1].lower()))
    titles = _rank_words()
    # "Lieutenant Colonel Hilferty" = "Bryan Hilferty": ranks are not first names.
    firsts = frozenset(
        p.lower()
        for p in parts[:-1]
        if len(p.rstrip(".")) > 1 and p.lower().rstrip(".") not in titles
    )
    return surname, firsts


# Pronouns that tell a person's gender, so "she" does not go to a speaker called "he".
GENDERED = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she"}


def proper_name(name: str) -> bool:
    """A capitalised word that is no common noun ("Peacekeepers said" opens a sentence)."""
    common = _common_words()
    return any(p[:1].isupper() and bare(p.lower()) not in common for p in name.split())


def own_to_document(name: str) -> bool:
    """A speaker name each document uses for its own referent: a description ("the
    ministry") or a state body named only by what it is ("the Foreign Ministry", "Ministry of
    Defence", "the Army"). In two governments' accounts they are two bodies; a name ("Samuel
    Okafor", "the Kremlin", "Nigeria's Foreign Ministry") is one in every document."""
    found = re.findall(r"[^\W\d_]+(?:['’]s)?", name)
    written = [p for p in found if p.lower() not in _LINKS and p.lower() not in words().determiners]
    if not any(p[:1].isupper() for p in written):
        return True  # "the ministry", "a ministry spokesman": a description
    w = words()
    parts = [bare(p.lower()) for p in written]
    # ("the Kremlin", "the Pentagon" are capitalised names of one body: not these)
    return any(p in w.state_bodies for p in parts) and all(
        p in w.state_bodies or p in w.portfolios or p in w.state_body_modifiers for p in parts
    )


# Words inside a body's name that say nothing of whose it is ("Ministry of the Interior").
_LINKS = frozenset({"the", "of", "for", "and"})


@cache
def _common_words() -> frozenset[str]:
    # built once: a union of five word lists per call was most of this test's time
    w = words()
    return w.forces | w.groups | w.anonymous | w.organisations | w.determiners


def singular_word(word: str) -> str:
    """ "rights" and "right", "ministries" and "ministry" compare as one word."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word
