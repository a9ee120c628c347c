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


# Words that end the stretch between a cue and its "that": a new clause or verb has begun
# ("claimed to have killed", "said he was", "claimed responsibility and vowed").
_CLAUSE = word_set(
    "and but or to because if when while who which was were is are had has have would will "
    'could said not . ; : " “ ” ( )'
)
# How far a cue's "that" may stand: an object and an adverbial or two ("told reporters on
# Monday that", "said in a statement on Monday that").
_THAT_WINDOW = 10


def _after_that(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """The token after the cue's own "that", past an object, adverbials and a closed comma
    aside ("claimed, without offering evidence, that"); None when there is none (a "that" in
    an unclosed aside, ", adding that", is another cue's)."""
    aside = False
    for i in range(first, min(last + 1, first + _THAT_WINDOW, len(tokens))):
        word = tokens[i].lower
        if word == "that":
            return None if aside else i + 1
        if word == ",":
            aside = not aside
        elif word in _CLAUSE:
            return None
    return None


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
    ranges = list(owner.token_ranges)
    first = cue[1] + 1
    if ranges:
        first = _after_that(tokens, first, ranges[0][1]) or first
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
