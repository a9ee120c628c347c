"""Relayed reports: "media reports said the Front had claimed C" is the Front's claim.

A news report or a wire service that passes on someone's words is not a party to them: the
claim belongs to the one it quotes, and the relay is kept as the claim's resolution. Only
report nouns and wire services relay; a named newspaper's own report stays its own (PolNeAR
credits the outer speaker of a nested report, and a paper's scoop is the paper's claim).
"""

from __future__ import annotations

from collections.abc import Sequence

from attribcmp.attribute.cues import Token
from attribcmp.attribute.draft import Draft, span_of
from attribcmp.attribute.mentions import MentionInfo
from attribcmp.attribute.speakers import Resolver
from attribcmp.data import word_set
from attribcmp.model import SpeakerKind

__all__ = ["relays", "take_relayed"]

# "media reports", "Israeli media reports", "state media", "news reports": the head says report.
_RELAY_HEADS = word_set("reports media")
# Wire services that report others' words (a named newspaper is left out on purpose).
_WIRES = frozenset(
    {
        "reuters",
        "afp",
        "ap",
        "agence france-presse",
        "agence france presse",
        "associated press",
        "the associated press",
        "the agence france-presse",
    }
)


def relays(name: str) -> bool:
    """The speaker only passes on others' words ("media reports", "Agence France-Presse")."""
    words = name.casefold().replace("london-based ", "").split()
    if not words:
        return False
    return words[-1] in _RELAY_HEADS or " ".join(words) in _WIRES


def take_relayed(
    owner: Draft,
    tokens: Sequence[Token],
    text: str,
    cue: tuple[int, int],
    info: MentionInfo,
    resolver: Resolver,
    si: int,
) -> None:
    """Give the relayed claim to the one it quotes; its content starts after the inner cue."""
    if info.pronoun is not None or info.kind is SpeakerKind.UNKNOWN:
        return  # "media reports said they ...", a fragment: no one to hand the claim to
    relay = resolver.entity_name(owner.entity)
    first = cue[1] + 1
    if first < len(tokens) and tokens[first].lower == "that":
        first += 1
    ranges = list(owner.token_ranges)
    if not ranges or not ranges[0][0] <= first <= ranges[0][1]:
        return
    idx, _ = resolver.resolve(info, owner.doc_id, si)
    owner.entity = idx
    owner.mention = info.span
    owner.cue = span_of(text, tokens, *cue)
    owner.resolution = f"relayed by '{relay}'"
    owner.reported = None
    owner.according = False
    ranges[0] = (first, ranges[0][1])
    owner.token_ranges = ranges
    start = span_of(text, tokens, first, first).start
    owner.parts = [(max(s, start), e) for s, e in owner.parts if e > start]
