"""A verdict on a framing, put as a condition: "to define the ties as a rivalry would mislead
the public", "calling it an invasion would be misreading it". The error word judges a way of
seeing things that the speaker sets up, not something the other side said happened, so it
makes no denial; when the other side does use that framing, the shared words link the two.
The modals and the framing verbs are in data/framing.yaml."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from attribcmp.data import inflect, load_table
from attribcmp.facet_lexicon import Tok

__all__ = ["framed_verdict"]

# At most this many words between the modal and the error word ("would be misreading").
_MODAL_REACH = 2


@cache
def _modals() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_table("framing.yaml")["modals"])


@cache
def _framing_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(base forms for "to <verb>", -ing forms) of the framing verbs."""
    verbs = [str(w).lower() for w in load_table("framing.yaml")["verbs"]]
    return frozenset(verbs), frozenset(inflect(v)[3] for v in verbs)


def framed_verdict(toks: Sequence[Tok], i: int) -> bool:
    """The error word at ``i`` follows a modal, and the claim's subject is a framing clause
    (a framing verb's infinitive or -ing form opening the claim, after an optional "that")."""
    before = {t.lower for t in toks[max(0, i - _MODAL_REACH - 1) : i]}
    if not _modals() & before:
        return False
    head = [t.lower for t in toks[:3]]
    if head and head[0] == "that":
        head = head[1:]  # "that to approach ...": the clause reported
    bases, ing_forms = _framing_verbs()
    if len(head) >= 2 and head[0] == "to":
        return head[1] in bases
    return bool(head) and head[0] in ing_forms
