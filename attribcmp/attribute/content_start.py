"""Where a cue's content starts: past a listener, a setting or a time phrase after the cue.

"X told reporters that C", "X said on Tuesday C", "X said in a joint statement that C",
"X warned the fighting could spread": the words between a cue and what was said belong to the
cue (who was told, when, where), unless they open the content themselves. frames.py asks here
for the content of a subject frame ("X said C").
"""

from __future__ import annotations

from collections.abc import Sequence

from attribcmp.attribute.clauses import charged_object
from attribcmp.attribute.cues import Cue, CueClass, Lexicon, Token
from attribcmp.attribute.frame_base import (
    CLAUSE_VERBS,
    FRAME_PREPOSITIONS,
    OPENERS,
    TIME_HEADS,
    TIME_OPENERS,
    TIME_WORDS,
    glued_mark,
    infinitive,
    starts_clause,
    verb_follows,
)
from attribcmp.attribute.frame_checks import that_after_setting
from attribcmp.attribute.mentions import np_after

# Object-taking cues skip at most this many tokens of listener before the content.
_MAX_OBJECT = 6


def content_after(
    tokens: Sequence[Token], cue: Cue, end: int, lexicon: Lexicon | None = None
) -> int | None:
    """Where content starts after a cue, skipping a listener and time phrases before 'that'."""
    n = end + 1
    j = cue.last + 1
    if j >= n:
        return None
    if tokens[j].text == ":":
        return j + 1 if j + 1 < n else None
    if tokens[j].text == ",":
        return None
    if lexicon is not None:
        setting = that_after_setting(tokens, cue, j, end, lexicon)
        if setting is not None:
            return setting  # "told a crowd at a hotel in Baltimore that C" (frame_checks.py)
    if tokens[j].lower in TIME_OPENERS or tokens[j].lower in TIME_HEADS:
        # "said on Tuesday it had no plans": the time phrase belongs to the cue, not the content.
        k = j
        while k < n and (tokens[k].lower in TIME_WORDS or tokens[k].lower in TIME_HEADS):
            k += 1
        if k < n and k > j and tokens[k].lower != "that" and tokens[k].text not in ",:":
            return k
    if tokens[j].lower in FRAME_PREPOSITIONS:
        # "said in a joint statement that ...": the setting before "that" is not content.
        for k in range(j + 1, min(n, j + 10)):
            if tokens[k].lower == "that":
                if tokens[k - 1].lower == "and" or any(
                    t.lower in CLAUSE_VERBS for t in tokens[j + 1 : k]
                ):
                    break  # "said at least 40 had died and that C": a clause, not a setting
                return k
            if not tokens[k].text[:1].isalnum():
                break
    # "said on Wednesday that", "told reporters that", "told Reuters in an interview:"
    for k in range(j, min(n, j + _MAX_OBJECT + 1)):
        low = tokens[k].lower
        if low == "that" or tokens[k].text == ":":
            return k if low == "that" else k + 1
        if tokens[k].text in OPENERS and k > j and not glued_mark(tokens, k):
            # ("told CBS' Face the Nation" names the listener: its mark opens no quotation)
            if (cue.cls is CueClass.OBJECT and listener_until(tokens, j, k)) or all(
                t.lower in TIME_WORDS or t.lower in TIME_HEADS for t in tokens[j:k]
            ):
                return k
            break  # 'said President Biden "has been clear"': the name is part of the content
        if cue.cls is not CueClass.OBJECT and low not in TIME_WORDS and low not in TIME_HEADS:
            break
    if cue.cls is CueClass.OBJECT:
        obj = listener(tokens, j)
        if obj is not None and obj[1] + 1 < n:
            k = obj[1] + 1
            if verb_follows(tokens, k, n):
                return j  # "warned the fighting in Syria could spread": the phrase opens it
            if charged_object(tokens, cue, j, k):
                return j  # "accused Galperovich of lying": who is accused is part of the charge
            if tokens[k].text in (",", ":"):
                k += 1
            return k
    return j


def listener(tokens: Sequence[Token], j: int) -> tuple[int, int] | None:
    """The object phrase at j, cut before a subject pronoun: "told the Post he’s ..." (the
    noun-phrase reader would take "he’s" for a possessive and run on into the content)."""
    obj = np_after(tokens, j, speaker=False)
    if obj is None:
        return None
    cut = next(
        (
            m
            for m in range(obj[0] + 1, obj[1] + 1)
            if starts_clause(tokens[m])
            # "urged India to hold ...": the listener ends before the infinitive it is urged to
            or (tokens[m].lower == "to" and m + 1 < len(tokens) and infinitive(tokens[m + 1]))
        ),
        None,
    )
    return obj if cut is None else (obj[0], cut - 1)


def listener_until(tokens: Sequence[Token], j: int, k: int) -> bool:
    """The words from j up to the quotation mark at k are one listener phrase ("told reporters
    “...”"), not a clause whose quoted words are only part of what was said ("told reporters
    they are “planting the seeds” ...")."""
    obj = listener(tokens, j)
    return obj is not None and obj[1] >= k - 1 - (tokens[k - 1].text in ",:")
