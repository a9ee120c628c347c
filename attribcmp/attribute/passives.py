"""Passive reports: "The issue was first reported by The Washington Post" and its kin.

A passive with "by" names its speaker after it (passive_frame); one without "by" ("X was
accused of C", "Hope was expressed that C") names no speaker at all, and its subject is the
accused or the thing felt, never who spoke (agentless_passive). frames.py tries both before it
looks for a subject; cue_claims.py asks agentless_passive again for cues it frames itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from attribcmp.attribute.cues import Cue, CueClass, Lexicon, Token
from attribcmp.attribute.frame_base import Frame, has_words, trim
from attribcmp.attribute.mentions import np_after, words
from attribcmp.data import word_set

_PASSIVE_AUX = word_set("was were is are been be being")
# Adverbs without "-ly" between "be" and its participle: "was long accused of C".
_PASSIVE_ADVERBS = word_set("also not long often never once already ever")


def passive_frame(tokens: Sequence[Token], cue: Cue, last: int, lexicon: Lexicon) -> Frame | None:
    """'The issue was first reported by The Washington Post.': the speaker follows "by"."""
    by = cue.last + 1
    if by >= last or tokens[by].lower != "by" or not tokens[cue.last].lower.endswith(("ed", "n")):
        return None
    k = cue.first - 1
    while k >= 0 and (tokens[k].lower in lexicon.between or tokens[k].lower.endswith("ly")):
        if tokens[k].lower in _PASSIVE_AUX:
            break
        k -= 1
    if k <= 0 or tokens[k].lower not in _PASSIVE_AUX:
        return None
    speaker = np_after(tokens, by + 1)
    content = trim(tokens, 0, k - 1)
    if speaker is not None and cue.lemma in _CHARGE_LEMMAS:
        # "X was accused by Y of ordering the killings": the charge is what Y said, not X
        of = next(
            (
                m
                for m in range(speaker[0] + 1, min(speaker[1] + 2, last))
                # ("charged by Y with fraud": "with" opens the charge whatever its form)
                if (tokens[m].lower == "of" and tokens[m + 1].lower.endswith("ing"))
                or (tokens[m].lower == "with" and cue.lemma == "charge")
            ),
            0,
        )
        if of and of + 1 < last:
            speaker, content = (speaker[0], of - 1), trim(tokens, of + 1, last)
    if (
        speaker is not None
        and content is not None
        and tokens[content[1]].lower in _FELT_NOUNS
        and speaker[1] + 1 < last
        and tokens[speaker[1] + 1].lower == "that"
    ):
        # "Hope was voiced by diplomats that C": the feeling is no content; the clause is
        content = trim(tokens, speaker[1] + 1, last)
    j = k - 1
    while j > 0 and tokens[j].lower in _PERFECT:
        j -= 1  # "this has been disputed by X"
    if speaker is not None and cue.lemma in _ANSWERS and _pointer_clause(tokens, j):
        # "..., although this was denied by the rebels": the pronoun stands for the claim
        # before it; the clause, its denier named, is the answer (as "a claim denied by X")
        content = (j, speaker[1])
    if speaker is None or content is None or not has_words(tokens, *content, 2):
        return None
    return Frame("passive", speaker, (content,))


# A pronoun subject that points back at a claim ("this was denied by X"), and the words that
# open its clause after another clause ("A, but this was denied by X"); the verbs that answer a
# claim (a pronoun "reported by X" names what X reported, no answer: "It was reported by X").
_POINTERS = word_set("this that it")
_CLAUSE_OPENERS = word_set("although though but while whereas yet , ;")
_ANSWERS = word_set("deny dispute reject contest refute rebut challenge")
_PERFECT = word_set("has have had")
_ANSWER_AUX = _PASSIVE_AUX | _PERFECT


def passive_answer(
    tokens: Sequence[Token], cues: Sequence[Cue], first: int, last: int
) -> int | None:
    """Where a content range tokens[first..last] gives way to another speaker's passive answer
    ("there was a Taliban presence, although this was denied by the insurgents"): the index of
    the clause's opening word, or None. The content ends before it."""
    for cue in cues:
        if not first < cue.first < last or cue.lemma not in _ANSWERS:
            continue
        if tokens[cue.last + 1].lower != "by":
            continue
        k = cue.first - 1
        while k > first and (tokens[k].lower in _ANSWER_AUX or tokens[k].lower.endswith("ly")):
            k -= 1  # "this was strongly denied", "that has been disputed"
        if k - 1 > first and k < cue.first - 1 and _pointer_clause(tokens, k):
            return k - 1
    return None


def _pointer_clause(tokens: Sequence[Token], k: int) -> bool:
    """tokens[k] is a pronoun pointing at a claim that opens its sentence or a clause."""
    return (
        k >= 0
        and tokens[k].lower in _POINTERS
        and (k == 0 or tokens[k - 1].lower in _CLAUSE_OPENERS)
    )


# Cue classes whose passive subject is the one spoken to or about, never the speaker (belief
# verbs are left out: "he was convinced that" names the holder).
_PASSIVE_CLASSES = frozenset({CueClass.SPEECH, CueClass.OBJECT, CueClass.HEDGE, CueClass.STANCE})
# The cue whose passive subject is the one charged ("was accused of"; "was criticized for C"
# stays: PolNeAR keeps C as a claim, its critic unnamed); other passives keep
# their claim (PolNeAR counts "Officials were told that C" as C, its source unnamed).
# "X was charged with C" is the same shape: X is the one charged (charged.py finds who
# charged him).
_CHARGE_LEMMAS = word_set("accuse charge")
# Feelings "expressed" in the passive: "Hope was expressed that C" has no speaker.
_FELT_NOUNS = word_set(
    "hope hopes concern concerns confidence satisfaction regret optimism support readiness"
)
# Participles that read as adjectives of the subject's own stance ("are opposed to").
_STANCE_ADJECTIVES = word_set("opposed committed")


def agentless_passive(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> bool:
    """ "The firm has been accused of C", "Concern was voiced that C": a form of "be" before the
    cue's participle and no "by" after it (that shape is passive_frame). The subject is the accused,
    the listener or the thing said; the speaker goes unnamed. An impersonal "It was agreed that"
    stays (shapes.issuer_voice gives it to a readout's issuer), and so does a document."""
    if cue.cls not in _PASSIVE_CLASSES or tokens[cue.first].lower in _STANCE_ADJECTIVES:
        return False
    if tokens[cue.first].lower.endswith("ing"):
        return False  # "has been saying": progressive, the subject speaks
    k = cue.first - 1
    while k >= 0 and (tokens[k].lower.endswith("ly") or tokens[k].lower in _PASSIVE_ADVERBS):
        k -= 1
    if k < 1 or tokens[k].lower not in _PASSIVE_AUX:
        return False
    if tokens[k - 1].lower == "it" or tokens[k - 1].lower in words().documents:
        return False  # "A statement was posted ... warning that C": the document speaks
    if cue.lemma not in _CHARGE_LEMMAS and tokens[k - 1].lower not in _FELT_NOUNS:
        return False
    # "was accused by X": the agent-phrase reading belongs to passive_frame
    return not (cue.last + 1 < len(tokens) and tokens[cue.last + 1].lower == "by")
