"""A quotation that finishes the sentence its speaker interrupted takes the sentence's opening.

"If the plant closes, she said, “we will all be poorer.”": the quotation opens in lower case,
so it goes on with the words before the speaker; the content is both pieces (PolNeAR train:
the opening was left out of about 40 such contents). "At the rally, she said, “We will win.”"
opens a sentence of its own: the words before the speaker are a setting, not what she said,
and a frame that took them in as a first part gives them up (PolNeAR train: about 20 such
settings, "In a statement, X said, “We ...”", were in the content).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from attribcmp.attribute.cues import Cue, Token
from attribcmp.attribute.frame_base import CLOSERS, OPENERS, Frame, has_words
from attribcmp.data import word_set

# Participles that open the reporter's setting of a reply, never the speaker's words: "Asked
# about the vote, she said, “it was fair.”"
_SETTING_LEADS = word_set("asked pressed questioned told responding speaking writing replying")


def _quotation_after(tokens: Sequence[Token], cue: Cue, part: tuple[int, int]) -> str | None:
    """The first word of a quotation right after ", <speaker> <cue>, ", or None."""
    first, last = part
    if first <= cue.last or tokens[first].text not in OPENERS or first + 1 > last:
        return None
    if [t.text for t in tokens[cue.last + 1 : first]] != [","]:
        return None  # ", she said, “..." only: "said at a rally, “...” has its own setting
    return tokens[first + 1].text


def with_fronted_part(tokens: Sequence[Token], cue: Cue, frame: Frame) -> Frame:
    """The frame with the sentence's opening as a first content part, when the speaker and cue
    stand between commas after it and the quotation after them opens in lower case; without
    it, when the quotation opens a sentence of its own."""
    if frame.chained is not None or not frame.parts:
        return frame
    s0, s1 = frame.speaker
    if len(frame.parts) == 2 and frame.parts[0][1] < s0 and s1 < cue.first:
        head = _quotation_after(tokens, cue, frame.parts[1])
        opening = tokens[frame.parts[0][0] : frame.parts[0][1] + 1]
        if head is not None and head[:1].isupper() and not any(t.text in CLOSERS for t in opening):
            return replace(frame, parts=(frame.parts[1],))  # "In a statement, X said, “We ...”"
        return frame
    if len(frame.parts) != 1 or s1 >= cue.first:
        return frame
    head = _quotation_after(tokens, cue, frame.parts[0])
    if head is None or not head[:1].islower():
        return frame  # "“We will win.”" starts a sentence of its own
    if any(not t.text[:1].isalnum() for t in tokens[s1 + 1 : cue.first]):
        return frame  # "she sent an email, saying": the speaker's own clause, not an aside
    if s0 < 3 or tokens[s0 - 1].text != ",":
        return frame
    lead = (0, s0 - 2)
    if any(t.text in OPENERS or t.text in CLOSERS for t in tokens[: s0 - 1]):
        return frame  # a quotation before the speaker is a claim of its own
    if tokens[0].lower in _SETTING_LEADS or not has_words(tokens, *lead, 2):
        return frame
    return replace(frame, parts=(lead, frame.parts[0]))
