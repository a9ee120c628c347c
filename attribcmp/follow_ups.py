"""A speaker's follow-up to their own claim is read through that claim.

Two shapes, two entry points:

- ``follow_up_links`` (links stage): "Regev said the announcements were premature. 'We're not
  there yet,' he said." The second sentence names nothing: it is the same reply said again, in
  the speaker's own words, right after it. A quotation of the same speaker in the next
  sentence, short, negated or denying, telling no event or figure of its own, joins each claim
  of another side the reply disputes. A rebuttal run goes on the same way: a further denial
  naming nothing of its own ("His comments were distorted." "That is simply incorrect.") up to
  ``_RUN_CLAIMS`` claims on, with no other speaker between, answers what the run's first reply
  answered; and the sentence right after a speaker's denial, in its paragraph, that names what
  the denied claim names and tells no plan ("These figures are misleading. School funding is
  at its highest level") sets the speaker's own account against that claim
  (``_counter_statement``).
- ``join_follow_ups`` (the last step of ``align_claims``): "Those who play with fire will
  perish by it. It is hoped that they will be clear-eyed about this": the quote that follows a
  speaker's statement and says "this", "it" or "such moves" continues that statement. Standing
  alone it would read as a point only one side makes, while the point it continues is in a
  clash; so a one-claim, one-side group whose claim directly follows a claim of the same
  speaker in another group, and points back, moves into that group.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from attribcmp.discourse import states_intent
from attribcmp.evidence import Signal
from attribcmp.link_rules import denies, echoes, names_what
from attribcmp.model import Claim, ClaimGroup, ClaimKind, Relation, Verdict
from attribcmp.textfeatures import said_text

if TYPE_CHECKING:
    from attribcmp.link_pairs import Pairs

__all__ = ["follow_up_links", "join_follow_ups", "points_back", "restates"]

# A follow-up this short restates; a longer one makes points of its own.
_MAX_WORDS = 8
# A little below the reply it follows (80): it is read through that reply.
_SCORE = 75.0
# Signals by which a reply disputes its target.
_REPLY_SIGNALS = frozenset({"reply", "denial"})

# Words that point back at what was just said: "about this", "on it." (a pronoun closing a
# clause after a preposition), "such moves", "this move", a sentence opened by "This is" /
# "That was". A "this" before a time word ("this week") says when, not what.
_BACK = re.compile(
    r"(?i)\b(?:about|on|of|to|with|by|against|for|from)\s+(?:this|that|it|these|those)\s*[,.;:!?\"”’']"
    r"|\b(?:about|on|of|to|with|by|against|for|from)\s+(?:this|that|it|these|those)\s*$"
    r"|\bsuch\s+(?:a\s+)?(?:moves?|acts?|actions?|steps?|remarks?|statements?|claims?|"
    r"provocations?|attempts?|behaviou?r|practices?|measures?|threats?|policies|policy)\b"
    r"|\b(?:this|these|that)\s+(?:moves?|acts?|actions?|steps?|remarks?|statements?|"
    r"provocations?|attempts?|behaviou?r|practices?|measures?|threats?|issue|question|matter)\b"
    r"|(?:^|[.!?][\"”’']?\s+)[\"“‘']?(?:This|That)\s+(?:is|was|would|will|must|cannot|can)\b"
)


def follow_up_links(pairs: Pairs) -> Iterator[tuple[int, int, Signal]]:
    """(follow-up, target, signal) for each claim of another side that the claim just before
    the follow-up, its own speaker's reply, disputes by a reply or denial signal; a further
    denial of a rebuttal run reads through the run's first reply (``_rebuttal_start``), and a
    sentence after a denial that names what the denied claim names is a counter statement."""
    targets: dict[int, list[int]] = {}
    for (i, j), found in pairs.signals.items():
        if any(s.name in _REPLY_SIGNALS and s.relation is Relation.DIVERGE for s in found):
            targets.setdefault(i, []).append(j)
            targets.setdefault(j, []).append(i)
    for k, claim in enumerate(pairs.claims):
        reply = k - 1
        if reply < 0:
            continue
        if restates(claim):
            if pairs.claims[reply].speaker_id != claim.speaker_id or not pairs.near(k, reply, 1):
                continue  # another speaker's words, or farther back: not the same reply again
        elif k in targets:
            continue
        elif not _denies_again(claim):
            yield from _counter_statement(pairs, k, targets)
            continue
        else:
            # "the report misquoted the general." "His comments were distorted,
            # misreported." "That is simply incorrect.": a rebuttal goes on denying over
            # several sentences; each denial naming nothing of its own answers what the
            # speaker's reply just before answered (no other speaker between)
            reply = _rebuttal_start(pairs, k, targets)
            if reply < 0:
                continue
        words = " ".join(said_text(claim).split())
        for j in sorted(targets.get(reply, ())):
            if pairs.side[j] != pairs.side[k]:
                reason = f"follows up its own reply: '{words}' restates the answer to this claim"
                yield k, j, Signal("reply", _SCORE, reason, Relation.DIVERGE)


def _counter_statement(
    pairs: Pairs, k: int, targets: dict[int, list[int]]
) -> Iterator[tuple[int, int, Signal]]:
    """ "At a very basic level, this is wrong. The meeting was on the fourth Friday in
    January.": the sentence right after a speaker's denial, in its paragraph, that names what
    the denied claim names (an object word, not a party or a place) sets the speaker's own
    account against it."""
    reply, claim = k - 1, pairs.claims[k]
    if pairs.claims[reply].speaker_id != claim.speaker_id or not pairs.near(k, reply, 1):
        return
    if pairs.where[k].paragraph != pairs.where[reply].paragraph or not denies(pairs.claims[reply]):
        return
    if states_intent(claim):
        return  # "it will fight efforts to withdraw its license": a plan, no account
    words = " ".join(said_text(claim).split())
    for j in sorted(targets.get(reply, ())):
        if pairs.side[j] != pairs.side[k] and echoes(claim, pairs.claims[j]):
            reason = f"goes on from its own denial: '{words}' sets its account against this claim"
            yield k, j, Signal("reply", _SCORE, reason, Relation.DIVERGE)


# A rebuttal's further denials stand at most this many claims and sentences after its reply.
_RUN_CLAIMS = 3
_RUN_SENTENCES = 3


def _denies_again(claim: Claim) -> bool:
    """A denial that names no event or figure of its own ("the general's comments were
    distorted, misreported", "That is simply incorrect"), however long or reported."""
    facets = claim.facets
    return facets is not None and denies(claim) and not names_what(claim) and not facets.quantities


def _rebuttal_start(pairs: Pairs, k: int, targets: dict[int, list[int]]) -> int:
    """The nearest claim before k of k's speaker that disputes another side's claim, with
    only that speaker's claims between, within ``_RUN_CLAIMS`` claims and
    ``_RUN_SENTENCES`` sentences; or -1."""
    speaker = pairs.claims[k].speaker_id
    for reply in range(k - 1, max(-1, k - 1 - _RUN_CLAIMS), -1):
        if pairs.claims[reply].speaker_id != speaker or not pairs.near(k, reply, _RUN_SENTENCES):
            return -1  # another speaker spoke between: the rebuttal has ended
        if reply in targets:
            return reply
    return -1


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


# The end of a follow-up's first sentence: a sentence mark (a quote mark may close it), space,
# and a capital (a quote mark may open it).
_FIRST_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])")


def points_back(text: str) -> bool:
    """``text`` points back at something just said ("clear-eyed about this", "such moves"),
    in its first sentence: a "this" further on points at the follow-up's own earlier words
    ("The talks went well. We will keep working on this.")."""
    end = _FIRST_SENTENCE_END.search(text)
    return bool(_BACK.search(text[: end.start() + 1] if end else text))


def join_follow_ups(
    groups: Sequence[ClaimGroup], claims: Sequence[Claim]
) -> tuple[ClaimGroup, ...]:
    """``groups`` with each one-claim group that continues its speaker's previous claim (same
    document, next claim, same speaker, pointing back) folded into that claim's group, when
    that group holds more than one side; groups renumbered in order of their first claim."""
    group_of = {cid: k for k, g in enumerate(groups) for cid in g.claim_ids}
    moved: dict[int, int] = {}
    for prev, claim in zip(claims, claims[1:], strict=False):
        k = group_of.get(claim.id)
        if k is None or len(groups[k].claim_ids) != 1 or groups[k].status != Verdict.ONE_SIDED:
            continue
        if prev.doc_id != claim.doc_id or prev.speaker_id != claim.speaker_id:
            continue
        target = group_of.get(prev.id)
        target = moved.get(target, target) if target is not None else None
        if target is None or target == k or len(groups[target].sides) < 2:
            continue
        if points_back(said_text(claim)):
            moved[k] = target
    if not moved:
        return tuple(groups)
    order = {c.id: n for n, c in enumerate(claims)}
    joined: dict[int, list[str]] = {k: list(g.claim_ids) for k, g in enumerate(groups)}
    for k, target in moved.items():
        joined[target].extend(joined.pop(k))
    kept = sorted(joined, key=lambda k: min(order.get(c, 0) for c in joined[k]))
    return tuple(
        replace(
            groups[k],
            id=f"g{n}",
            claim_ids=tuple(sorted(joined[k], key=lambda c: order.get(c, 0))),
        )
        for n, k in enumerate(kept, start=1)
    )
