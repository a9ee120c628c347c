"""Which of a claim's negations deny something: "not only ... but also", "pledged not to
attack", "no reason to delay", "no date has been set" and "the policy has not changed" negate
a word, yet deny nothing the other account could have said. ``classify`` reads a claim's words
through ``live_negations``, and the topic signal (``signals.same_topic``) asks it too, so the
link's relation and its words' verdict never part on what counts as a denial."""

from __future__ import annotations

import re
from functools import cache

from attribcmp.continuity import continuity_only
from attribcmp.denials import described_only
from attribcmp.textfeatures import TextFeatures, lexicon, stem
from attribcmp.word_pairs import not_negations

__all__ = ["live_negations"]


def live_negations(
    text: str, feat: TextFeatures, other_text: str, other: TextFeatures
) -> tuple[str, ...]:
    """The negations of ``text`` that deny something, read beside the other claim.

    Args:
        text: the claim's words.
        feat: their analysed features (``feat.negations`` the negating words found).
        other_text: the other claim's words.
        other: their analysed features.

    Returns:
        The negating words left (empty when none denies anything).
    """
    if not feat.negations:
        return ()
    # "returns of rejected asylum seekers": a denial verb describing a noun denies nothing.
    found = described_only(text, feat.negations)
    # "not only ... but also" adds a point: no denial, as `pair` already reads it (relate.py).
    found = _idioms_dropped(text, found)
    if not found:
        return ()
    # "pledged not to attack" beside "the truce holds": a negated breach keeps the peace the
    # other claim states, so it is no denial of it ("no reason to delay" keeps the pace).
    if _setbacks_only(text, found, other) or _unsettled(text, found):
        return ()
    # "the policy has not changed": continuity, no denial, unless the other said it changed
    if continuity_only(text, other_text):
        return ()
    return found


def _idioms_dropped(text: str, negations: tuple[str, ...]) -> tuple[str, ...]:
    """The negations of ``text`` less one per idiom that negates nothing (the
    ``not_negations`` of data/pairs.yaml, read as `pair` reads them): "Not only did the
    leaders agree ..." adds a point, it denies none."""
    found = list(negations)
    for idiom in not_negations().finditer(text):
        first = idiom.group().split()[0].lower()
        at = next((k for k, n in enumerate(found) if n.lower() == first), None)
        if at is not None:
            del found[at]
    return tuple(found)


# How far (words) after a negator the act it negates may stand ("none of the sides violate").
_BREACH_REACH = 5


@cache
def _setbacks() -> frozenset[str]:
    """Stems of hostile acts and of holding back (data/concepts.yaml): negated, each affirms
    the peace or the progress the other claim states."""
    words = [*lexicon("negated_breaches"), *lexicon("negated_setbacks")]
    return frozenset(stem(str(w)) for w in words)


def _setbacks_only(text: str, negations: tuple[str, ...], other: TextFeatures) -> bool:
    """Every negation of ``text`` negates a hostile act or a holding back (``_setbacks``) the
    other claim does not state."""
    acts = _setbacks()
    if any(s in acts for s in other.stems):
        return False
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text)
    lowered = [w.lower() for w in words]
    for neg in negations:
        spots = [k for k, w in enumerate(lowered) if w == neg.lower()]
        if not spots or not all(
            any(stem(w) in acts for w in words[k + 1 : k + 1 + _BREACH_REACH]) for k in spots
        ):
            return False
    return True


@cache
def _unsettled_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in lexicon("unsettled_nouns"))


def _unsettled(text: str, negations: tuple[str, ...]) -> bool:
    """Every negation of ``text`` is a "no" before a word of what is not yet settled ("No
    date has been set for a visit"): the plan is open, nothing is denied."""
    if any(n.lower() != "no" for n in negations):
        return False
    nouns = _unsettled_nouns()
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    spots = [k for k, w in enumerate(words) if w == "no"]
    # "no firm date", "no specific timetable": one word may stand between
    return bool(spots) and all(set(words[k + 1 : k + 3]) & nouns for k in spots)
