""" "The army said 30 rebels died. That figure was given by Colonel Ray Dunn.": a sentence
that names, after the fact, who gave the sentence before it.

Wire copy often states a figure or an account plainly and credits it in the next sentence
("That description was given by ...", "The figure was provided by ..."). The credit sentence
has no reporting verb, so no cue rule sees it; its "by" phrase is the source of the previous
sentence's content.
"""

from __future__ import annotations

from collections.abc import Sequence

from attribcmp.attribute.cues import Token
from attribcmp.attribute.draft import Draft, span_of
from attribcmp.attribute.mentions import describe, np_after
from attribcmp.attribute.speakers import Resolver
from attribcmp.data import word_set
from attribcmp.model import Document, Sentence

__all__ = ["given_by"]

# The pointing word that opens the credit: it must point back ("a figure was given" does not).
_POINTING = word_set("that this these those the")
# Nouns for what was said or counted: a credit names the one who gave these.
_GIVEN_NOUNS = word_set(
    """description descriptions figure figures account accounts estimate estimates toll tolls
    number numbers count tally version information details assessment explanation
    characterization characterisation"""
)
_AUX = word_set("was were is are")
# Verbs of giving a statement out ("given by", "provided by"); "confirmed by" is a claim of
# its own (the confirmer's), not a credit for the sentence before.
_GIVING = word_set("given provided offered supplied released issued")
# Words that end a source phrase run on into a time ("by the ministry on Monday").
_TRAILING = word_set("on in at of for last this monday tuesday wednesday thursday friday")
# Words of a listener between "given to" and "by" ("to the local press").
_MAX_LISTENER = 3
# The previous sentence must be one statement, not a paragraph-long narrative.
_MAX_PREVIOUS_CHARS = 400


def given_by(
    doc: Document,
    sent: Sentence,
    before: Sentence | None,
    si: int,
    tokens: Sequence[Token],
    resolver: Resolver,
    claimed_before: bool,
) -> list[Draft]:
    """The previous sentence as a claim by the source this sentence credits, or []."""
    if before is None or claimed_before or before.end - before.start > _MAX_PREVIOUS_CHARS:
        return []
    credit = _credit_by(tokens)
    if credit is None:
        return []
    given, k = credit
    found = np_after(tokens, k + 1)
    if found is None or (
        not tokens[found[0]].text[:1].isupper() and tokens[found[0]].lower != "the"
    ):
        return []  # "given by a spokesman" names no one; a name or a definite body does
    first, last = found
    while last > first and tokens[last].lower in _TRAILING:
        last -= 1  # "by the Health Ministry on Monday": the time is no part of the name
    info = describe(doc.text, tokens, first, last)
    entity, how = resolver.resolve(info, doc.id, si)
    end = before.end
    while end > before.start and doc.text[end - 1] in " .\n\t":
        end -= 1
    start = before.start
    cue = span_of(doc.text, tokens, given, given)
    rule = f"given_by: '{cue.text} by' credits the sentence before"
    return [
        Draft(doc.id, entity, before.paragraph, [(start, end)], info.span, cue, rule, how, False)
    ]


def _credit_by(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The indices of the participle and "by" in "<That> [adjective] <noun> was <given> by X",
    or None."""
    if len(tokens) < 6 or tokens[0].lower not in _POINTING:
        return None
    k = 1
    if tokens[k].lower not in _GIVEN_NOUNS:
        k += 1  # "The lower figure was given by", "That grim account was provided by"
    if k >= len(tokens) - 3 or tokens[k].lower not in _GIVEN_NOUNS:
        return None
    if tokens[k + 1].lower not in _AUX or tokens[k + 2].lower not in _GIVING:
        return None
    by = k + 3
    if tokens[by].lower == "to":
        # "was given to reporters by X", "was provided to VOA by X": the listener, then X
        by = next(
            (
                m
                for m in range(by + 2, min(by + 2 + _MAX_LISTENER, len(tokens) - 1))
                if tokens[m].lower == "by"
            ),
            by,
        )
    return (k + 2, by) if tokens[by].lower == "by" else None
