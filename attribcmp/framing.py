"""A verdict on a framing, put as a condition: "to define the ties as a rivalry would mislead
the public", "calling it an invasion would be misreading it". The error word judges a way of
seeing things that the speaker sets up, not something the other side said happened, so it
makes no denial; when the other side does use that framing, the shared words link the two."""

from __future__ import annotations

from collections.abc import Sequence

from attribcmp.facet_lexicon import Tok

__all__ = ["framed_verdict"]

# Modals that make the verdict hypothetical ("would mislead", "could be misreading").
_MODALS = frozenset({"would", "could", "might"})
# At most this many words between the modal and the error word ("would be misreading").
_MODAL_REACH = 2
# Words that open a framing clause as the sentence's subject: "to define ...", "that to
# approach ...", "viewing ... as".
_OPENERS = frozenset({"to", "that"})


def framed_verdict(toks: Sequence[Tok], i: int) -> bool:
    """The error word at ``i`` follows a modal, and the claim's subject is a framing clause
    (an infinitive, or an "-ing" form, opening the claim)."""
    before = [t.lower for t in toks[max(0, i - _MODAL_REACH - 1) : i]]
    if not _MODALS & set(before):
        return False
    head = [t.lower for t in toks[:3]]
    if head and head[0] == "that":
        head = head[1:]
    return bool(head) and (head[0] == "to" or head[0].endswith("ing") and len(head[0]) > 4)
