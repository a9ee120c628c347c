"""A reply that declines to answer, and what it declines to answer.

"The Independent reports that the minister gave false information ... The High Court ruled
that the Government had committed contempt of court." / "Legal proceedings are ongoing and it
would not be appropriate to comment further at this stage." The reply shares no word with the
claims it answers and neither confirms nor denies them; a fact-checker still wants it set
beside them: the other side's claims told just before it, which it leaves unanswered. The
phrases are data (``no_comment_phrases`` in data/events.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from attribcmp.answers import head_words
from attribcmp.evidence import Signal
from attribcmp.facet_lexicon import events_lexicon
from attribcmp.link_pairs import Pairs
from attribcmp.model import Claim, Relation
from attribcmp.textfeatures import said_text

__all__ = ["declines_comment", "no_comment_links"]

# Below a reply or denial (80, 85): it answers nothing it names.
_SCORE = 70.0
# The claims it leaves unanswered stand in its paragraph or this many before it (a
# "The response can be found below." line and the speaker's "said:" line between) ...
_PARAGRAPHS = 3
# ... at most this many, nearest first.
_TARGETS = 2
# Events a refusal gives as its reason ("an inquiry is under way"), not points of its own.
_REASONS = frozenset({"denial", "accusation", "investigation"})
# Claims looked back over: a long article stays linear.
_REACH = 20


@cache
def _phrases() -> re.Pattern[str]:
    words = sorted((str(w) for w in events_lexicon()["no_comment_phrases"]), key=len, reverse=True)
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")


def declines_comment(claim: Claim) -> str:
    """The words by which a claim declines to answer ("appropriate to comment"), or ""; a
    claim telling an event of its own besides ("would not comment, but the plant is safe")
    makes a point, linked by its words. An inquiry under way is the usual reason given for
    declining, not a point of its own."""
    m = _phrases().search(said_text(claim))
    if m is None:
        return ""
    facets = claim.facets
    if facets is not None and (set(facets.events) - _REASONS or facets.quantities):
        return ""
    return m.group()


def no_comment_links(pairs: Pairs) -> Iterator[tuple[int, int, Signal]]:
    """(reply, claim, signal) for each reply declining comment and the other side's claims
    just before it."""
    for i, claim in enumerate(pairs.claims):
        words = declines_comment(claim) if pairs.side[i] else ""
        if not words:
            continue
        found = 0
        for j in range(i - 1, max(-1, i - 1 - _REACH), -1):
            if pairs.apart(i, j) or not pairs.near_paragraphs(i, j, _PARAGRAPHS):
                break
            if not pairs.side[j] or pairs.side[j] == pairs.side[i]:
                continue
            told = head_words(said_text(pairs.claims[j]), 8)
            reason = (
                f"declines to answer: '{words}' ({pairs.label[i]}) on '{told}' "
                f"({pairs.label[j]}), neither confirming nor denying it"
            )
            highlights = ((claim.id, (words,)), (pairs.claims[j].id, ()))
            yield i, j, Signal("reply", _SCORE, reason, Relation.PARTIAL, highlights)
            found += 1
            if found == _TARGETS:
                break
