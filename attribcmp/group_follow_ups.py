"""A claim that points back at its speaker's previous claim joins that claim's group.

"Those who play with fire will perish by it. It is hoped that they will be clear-eyed about
this": the quote that follows a speaker's statement and says "this", "it" or "such moves"
continues that statement. Standing alone it would read as a point only one side makes, while
the point it continues is in a clash; so a one-claim, one-side group whose claim directly
follows a claim of the same speaker in another group, and points back, moves into that group
(before ``classify_groups`` gives verdicts)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from attribcmp.model import Claim, ClaimGroup, Verdict
from attribcmp.textfeatures import said_text

__all__ = ["join_follow_ups", "points_back"]

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


def points_back(text: str) -> bool:
    """``text`` points back at something just said ("clear-eyed about this", "such moves")."""
    return bool(_BACK.search(text))


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
