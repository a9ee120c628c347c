"""A report inside a sentence's opening subordinate clause ends where that clause does.

"While Ann Roe said the plan works, the council voted it down": Roe's content is "the plan
works"; the main clause after the comma is the writer's sentence, not Roe's words (PolNeAR
train: the content runs on into the main clause about 50 times, most after "While"/"As"/"When").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from attribcmp.attribute.bounds import list_comma
from attribcmp.attribute.cues import Cue, Token
from attribcmp.attribute.frame_base import CLOSERS, OPENERS, Frame, has_words, trim
from attribcmp.data import word_set

# Words that open a subordinate clause at the start of a sentence; its comma closes it.
_SUBORDINATORS = word_set(
    "while when as although though if after before because since until once whereas unless"
)
# Words that may stand before the subordinator: "Even as ...", "Years after ...", "Just as ...".
_LEADS = word_set("even just only shortly soon long years months weeks days")


def _opens_subordinate(tokens: Sequence[Token], cue: Cue) -> bool:
    """The sentence opens with a subordinator and no comma closes that clause before the cue:
    the cue is the subordinate clause's verb."""
    k = 0
    if k < len(tokens) and tokens[k].lower in _LEADS:
        k += 1
    if k >= cue.first or tokens[k].lower not in _SUBORDINATORS:
        return False
    # "Before the judge ruled, X said ...": the clause closed before the speaker spoke.
    return not any(t.text in (",", ";", ":") for t in tokens[k : cue.first])


def cut_at_main_clause(tokens: Sequence[Token], cue: Cue, frame: Frame) -> Frame:
    """The content after a cue in an opening subordinate clause, cut before the comma that
    closes the clause ("When Lee argued that rates must rise, the market fell": "that rates must
    rise"). Quoted content is left alone: the comma may be the speaker's own."""
    if len(frame.parts) != 1 or frame.parts[0][0] <= cue.last:
        return frame
    first, last = frame.parts[0]
    if not _opens_subordinate(tokens, cue):
        return frame
    if any(t.text in (",", ":") for t in tokens[cue.last + 1 : first]):
        return frame  # "As the paper reported, C": a parenthetical, the content is the main clause
    if any(t.text in OPENERS or t.text in CLOSERS for t in tokens[first : last + 1]):
        return frame  # the speaker's quoted words may hold the comma
    for k in range(first + 1, last + 1):
        if tokens[k].text == "," and not list_comma(tokens, k - 1):
            cut = trim(tokens, first, k - 1)
            if cut is None or not has_words(tokens, *cut, 2):
                return frame
            return replace(frame, parts=(cut,))
    return frame
