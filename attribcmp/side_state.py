"""Firms and media a story says a state runs: "Russia's state-run natural gas firm, Gazprom".

A state-run firm, broadcaster or agency speaks for its state in a dispute the state is party
to, and so do the people the story names as its officers ("Gazprom deputy chief Alexander
Medvedev"). Only the story's own words place it: a firm the story does not call state-run
keeps its own column.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from attribcmp.gazetteer import Gazetteer, cached_head_hit, entry_side
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Side, SideRule

__all__ = ["StateRun", "officer_of", "owned_index", "state_owned"]

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
# (after a comma the name must be closed by one too: "Unlike Russia's state-run gas firm,
# Naftogaz said" names Naftogaz as the subject, no apposition)
_BEFORE = LazyPattern(
    rf"(?P<state>\b[A-Z][\w.-]{{0,40}}+)(?:'s|’s)?\s+{_STATE}\s+(?:[\w-]+\s+){{0,4}}?{_KIND}"
    rf"(?P<comma>,)?\s+{_NAME}(?P<close>[,.;:)]|$)?"
)
# A comparison before it: "Unlike Russia's state-run gas firm", the body is another one.
_COMPARED = LazyPattern(r"(?i)\b(?:unlike|like|besides|compared\s+(?:with|to)|than)\s+$")
# "Gazprom, Russia's state-run gas monopoly," / "Xinhua, China's state news agency"
_AFTER = LazyPattern(
    rf"{_NAME},\s+(?:the\s+|a\s+)?(?P<state>[A-Z][\w.-]{{0,40}}+)(?:'s|’s)?\s+"
    rf"(?:{_STATE}|state)\s+(?:[\w-]+\s+){{0,4}}?{_KIND}\b"
)
# What both patterns hold, anchored on its literal "state": a text without it skips the two
# scans, which try every capitalised word ("statement" holds "state", so a plain substring test
# let nearly every story through).
_STATE_KIND = LazyPattern(
    rf"state(?:[- ](?:run|owned|controlled|backed))?\s+(?:[\w-]+\s+){{0,4}}?{_KIND}"
)


def state_owned(texts: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """{name: (gazetteer entry, the words that say so)} for every state-run body the texts
    name; one regex pass per text."""
    out: dict[str, tuple[str, str]] = {}
    for text in texts.values():
        if "state" not in text or not _STATE_KIND.search(text):
            continue  # both patterns hold these words (case-sensitive): most stories skip the scans
        for pattern in (_BEFORE, _AFTER):
            for m in pattern.finditer(text):
                if pattern is _BEFORE and (
                    (m["comma"] and not (m["close"] or m["name"].endswith(".")))
                    or _COMPARED.search(text, max(0, m.start() - 20), m.start())
                ):
                    continue
                hit = cached_head_hit(m["state"])
                if hit is not None and hit.entry is not None:
                    out.setdefault(_bare(m["name"]), (hit.entry, " ".join(m[0].split())))
    return out


def _bare(name: str) -> str:
    """ "Gazprom." ending a sentence is Gazprom; "Acme Corp." keeps its abbreviation."""
    return name[:-1] if name.endswith(".") and not _ABBREV.search(name) else name


# A firm's name ending in an abbreviation keeps its full stop.
_ABBREV = LazyPattern(r"\b(?:Corp|Inc|Co|Ltd|Plc|Bhd|Cie|[A-Z])\.$")


def owned_index(owned: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """State-run body names by their first word, so a speaker is checked against the few bodies
    its own words could start with, not every body of a long story."""
    out: dict[str, list[str]] = {}
    for body in owned:
        out.setdefault(body.split(maxsplit=1)[0] if body.strip() else "", []).append(body)
    return {first: tuple(bodies) for first, bodies in out.items()}


def officer_of(
    name: str, texts: tuple[str, ...], index: Mapping[str, tuple[str, ...]]
) -> str | None:
    """The state-run body a speaker is, or is an officer of ("Gazprom deputy chief X");
    ``index`` is ``owned_index`` of the bodies."""
    for text in (name, *texts):
        parts = text.split(maxsplit=1)
        for body in index.get(parts[0], ()) if parts else ():
            if text == body or (
                text.startswith(body + " ") and text[len(body) + 1 : len(body) + 2].islower()
            ):
                return body
    return None


class StateRun:
    """The state-run bodies of a story, read on first use, and the side they put a speaker on."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self._texts = texts
        self._owned: dict[str, tuple[str, str]] | None = None
        self._index: dict[str, tuple[str, ...]] = {}

    def side(
        self,
        name: str,
        texts: tuple[str, ...],
        gazetteer: Gazetteer,
        stand_ins: Mapping[str, SideRule],
    ) -> tuple[Side, str] | None:
        """The state a body the story calls state-run, or its officer, speaks for."""
        if self._owned is None:
            self._owned = state_owned(self._texts)
            self._index = owned_index(self._owned)
        if not self._owned:
            return None
        body = officer_of(name, texts, self._index)
        if body is None:
            return None
        entry, words = self._owned[body]
        side = entry_side(entry, gazetteer, stand_ins)
        return side, f"'{body}' is state-run ('{words}'), on {side.name}"
