"""Firms and media a story says a state runs: "Russia's state-run natural gas firm, Gazprom".

A state-run firm, broadcaster or agency speaks for its state in a dispute the state is party
to, and so do the people the story names as its officers ("Gazprom deputy chief Alexander
Medvedev"). Only the story's own words place it: a firm the story does not call state-run
keeps its own column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from attribcmp.gazetteer import cached_head_hit

__all__ = ["officer_of", "state_owned"]

_STATE = r"state[- ](?:run|owned|controlled|backed)"
_KIND = (
    r"(?:firm|company|monopoly|giant|agency|broadcaster|television|newspaper|daily|operator|"
    r"producer|carrier|airline|utility|corporation|conglomerate|exporter|supplier|media)"
)
# Words of at most 40 letters, never given back: a run of capitals costs one scan, not one per
# letter (the adversarial inputs of tests/test_linear.py hold such runs).
_WORD = r"\b[A-Z][\w'’.-]{0,40}+"
_NAME = rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}})"
# "Russia's state-run natural gas firm, Gazprom," / "Russia's state-owned airline Aeroflot"
_BEFORE = re.compile(
    rf"(?P<state>\b[A-Z][\w.-]{{0,40}}+)(?:'s|’s)?\s+{_STATE}\s+(?:[\w-]+\s+){{0,4}}?{_KIND},?\s+{_NAME}"
)
# "Gazprom, Russia's state-run gas monopoly," / "Xinhua, China's state news agency"
_AFTER = re.compile(
    rf"{_NAME},\s+(?:the\s+|a\s+)?(?P<state>[A-Z][\w.-]{{0,40}}+)(?:'s|’s)?\s+"
    rf"(?:{_STATE}|state)\s+(?:[\w-]+\s+){{0,4}}?{_KIND}\b"
)


def state_owned(texts: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """{name: (gazetteer entry, the words that say so)} for every state-run body the texts
    name; one regex pass per text."""
    out: dict[str, tuple[str, str]] = {}
    for text in texts.values():
        for pattern in (_BEFORE, _AFTER):
            for m in pattern.finditer(text):
                hit = cached_head_hit(m["state"])
                if hit is not None and hit.entry is not None:
                    out.setdefault(m["name"], (hit.entry, " ".join(m[0].split())))
    return out


def officer_of(name: str, texts: tuple[str, ...], owned: Mapping[str, object]) -> str | None:
    """The state-run body a speaker is, or is an officer of ("Gazprom deputy chief X")."""
    for text in (name, *texts):
        for body in owned:
            if text == body or (
                text.startswith(body + " ") and text[len(body) + 1 : len(body) + 2].islower()
            ):
                return body
    return None
