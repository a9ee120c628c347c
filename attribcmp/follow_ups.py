"""A speaker's quoted follow-up to their own reply answers what the reply answers.

"Regev said the announcements were premature. 'We're not there yet,' he said." The second
sentence names nothing: it is the same reply said again, in the speaker's own words, right
after it. ``follow_up_links`` gives such a follow-up the reply's targets: a quotation of the
same speaker in the next sentence, short, negated or denying, telling no event or figure of
its own, joins each claim of another side the reply disputes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from attribcmp.evidence import Signal
from attribcmp.model import Claim, ClaimKind, Relation
from attribcmp.textfeatures import said_text

if TYPE_CHECKING:
    from attribcmp.link_pairs import Pairs

__all__ = ["follow_up_links", "restates"]

# A follow-up this short restates; a longer one makes points of its own.
_MAX_WORDS = 8
# A little below the reply it follows (80): it is read through that reply.
_SCORE = 75.0
# Signals by which a reply disputes its target.
_REPLY_SIGNALS = frozenset({"reply", "denial"})


def follow_up_links(pairs: Pairs) -> Iterator[tuple[int, int, Signal]]:
    """(follow-up, target, signal) for each claim of another side that the claim just before
    the follow-up, its own speaker's reply, disputes by a reply or denial signal."""
    targets: dict[int, list[int]] = {}
    for (i, j), found in pairs.signals.items():
        if any(s.name in _REPLY_SIGNALS and s.relation is Relation.DIVERGE for s in found):
            targets.setdefault(i, []).append(j)
            targets.setdefault(j, []).append(i)
    for k, claim in enumerate(pairs.claims):
        reply = k - 1
        if reply < 0 or not restates(claim):
            continue
        if pairs.claims[reply].speaker_id != claim.speaker_id or not pairs.near(k, reply, 1):
            continue  # another speaker's words, or farther back: not the same reply said again
        words = " ".join(said_text(claim).split())
        for j in sorted(targets.get(reply, ())):
            if pairs.side[j] != pairs.side[k]:
                reason = f"follows up its own reply: '{words}' restates the answer to this claim"
                yield k, j, Signal("reply", _SCORE, reason, Relation.DIVERGE)


def restates(claim: Claim) -> bool:
    """A quotation, short, negated or denying, telling no event or figure of its own
    ("We're not there yet", "That is simply not so")."""
    if claim.kind is not ClaimKind.DIRECT:
        return False  # reported speech rewords for the reader: it may be a new point
    facets = claim.facets
    if facets is None or not (facets.negated or facets.denial):
        return False
    if facets.events or facets.quantities:
        return False  # "Nobody was killed": a point of its own, linked by its event
    return len(said_text(claim).split()) <= _MAX_WORDS
