"""A negated change is a statement of continuity: "the policy has not changed", "there has
been no shift", "our position will never waver" say that something stays as it was. Such a
claim reassures; it denies nothing the other side said, unless that side said it changed."""

from __future__ import annotations

from attribcmp.data import inflect, load_table, phrase_alternation
from attribcmp.lazy_pattern import LazyPattern

__all__ = ["continuity_only", "states_change"]


def _change_words() -> str:
    """The change words of data/continuity.yaml, each verb in its inflected forms."""
    table = load_table("continuity.yaml")
    forms = [form for verb in table["change_verbs"] for form in inflect(str(verb))]
    return phrase_alternation([*forms, *table["change_nouns"]])


# Words of change a negation may keep as continuity ("not changed", "no shift", "never
# waver"), in their word forms only: a prefix would take "budget" or "alternative" for one.
_CHANGE = rf"(?:{_change_words()})"
# The negation, at most two helper words ("has not been changed", "no real shift"), the change.
_NEGATED_CHANGE = LazyPattern(
    rf"(?i)\b(?:not|never|no|n['’]t)\s+(?:\w+\s+){{0,2}}?{_CHANGE}\b|\b\w+n['’]t\s+(?:\w+\s+){{0,2}}?{_CHANGE}\b"
)
# Any negation the claim holds, to see that each one negates a change.
_NEGATION = LazyPattern(r"(?i)\b(?:not|never|no)\b|n['’]t\b")
# The other side saying something changed ("has changed its policy", "a shift in policy").
_CHANGE_WORD = LazyPattern(rf"(?i)\b{_CHANGE}\b")
# A negation this near before a change word ("has not yet been changed") negates it.
_NEAR_CHARS = 30
_NEGATED_NEAR = LazyPattern(r"(?i)\b(?:not|never|no|un)\b|n['’]t\b")


def states_change(text: str) -> bool:
    """``text`` says that something changed, not that it did not."""
    for m in _CHANGE_WORD.finditer(text):
        before = text[max(0, m.start() - _NEAR_CHARS) : m.start()]
        if not _NEGATED_NEAR.search(before):
            return True
    return False


def continuity_only(text: str, other: str = "") -> bool:
    """Every negation in ``text`` negates a change ("has not changed"), and ``other`` (the
    claim it is set against, if any) does not say that it changed."""
    negations = list(_NEGATION.finditer(text))
    if not negations:
        return False
    spans = [m.span() for m in _NEGATED_CHANGE.finditer(text)]
    kept = all(any(s <= n.start() < e for s, e in spans) for n in negations)
    return kept and not states_change(other)
