"""The main clause's subject, reached over what opens a sentence.

A cue coordinated with an earlier verb ("Trump arrived late and said C"), a participle after a
comma ("the ministry issued a warning, saying C") or a participle that opens the sentence
("Noting that C, the senator said ...") has no subject of its own: its speaker is the subject
of the main clause. News often puts a setting before that subject ("On Monday, ...", "If he
wins, ...", "Speaking to reporters, ..."), so the subject is looked for after each comma in
turn: a noun phrase that names someone, followed (over adverbs and time phrases) by a verb.

frames.py asks here only when its own, stricter sentence-opener scan finds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from attribcmp.attribute.cues import Cue, Lexicon, Token
from attribcmp.attribute.mentions import abbreviation_dot, is_speaker_head, words
from attribcmp.data import word_set

# Words that open an introductory clause or phrase: what follows them is not the main subject.
_INTRO = word_set(
    """while as because although though when whenever after before since if unless whereas
    until once despite amid with without unlike like during in on at for from by of to after
    following given even instead rather than"""
)
# Words a sentence may open with before its subject ("But Trump said", "And then he ...").
_LEADING = word_set("but and so yet also still however meanwhile instead indeed even then now")
# Irregular past forms that follow a subject as its verb ("Mr. Ackman wrote to investors").
_IRREGULAR_PAST = word_set(
    """said told wrote made took gave went came got left sent spoke became began saw thought
    knew felt found kept led met ran put set won lost brought bought fought sought stood struck
    held heard hit let meant paid read rose shook sat slid spent stuck swore taught threw tore
    understood withdrew woke wore did does do has had have is was were are will would could can
    may might should must"""
)
# Lower-case words after a noun phrase that show it is not the subject of a clause.
_NOT_VERBS = word_set(
    """of in on at to for from with by and or but nor the a an this that these those who which
    whose whom as than if because while when where"""
)
# Words that open a time setting before the subject ("Late on Monday, ...", "Last week, ...").
_TIME_OPENERS = word_set("late early last earlier later this next yesterday today tonight")
_OPENING = frozenset("“«")
_CLOSING = frozenset("”»")
_QUOTES = frozenset('"“”«»')
_OF = word_set("of for")  # may join a subject's head to its complement ("the head of the")
_MAX_NP = 12  # tokens of a subject noun phrase
_MAX_INTRO = 30  # tokens of setting looked over before the main clause
_MAX_GAP = 6  # tokens of adverbs and time phrases between the subject and its verb


def _verb_like(tok: Token, lexicon: Lexicon) -> bool:
    low = tok.lower
    if not tok.text.islower() or not tok.text.isalpha() and "'" not in low and "’" not in low:
        return False
    # (a plain -s word is as often a plural noun: "relations", "elections")
    return low in _IRREGULAR_PAST or low in lexicon.words or low.endswith(("ed", "n't"))


def _verb_after(tokens: Sequence[Token], k: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a verb follows at token k, over adverbs and a short time phrase."""
    w = words()
    m = k
    while m < end and m - k <= _MAX_GAP:
        tok = tokens[m]
        low = tok.lower
        if _verb_like(tok, lexicon):
            return True
        if low in lexicon.between or low.endswith("ly") and tok.text.islower():
            m += 1
        elif low in ("on", "this", "last", "earlier", "later") and m + 1 < end:
            m += 2  # "on Monday", "last week": a time phrase between subject and verb
        elif low in w.weekdays or low in ("today", "yesterday", "tonight"):
            m += 1
        elif tok.text == "(":
            close = next((j for j in range(m + 1, min(end, m + 8)) if tokens[j].text == ")"), None)
            if close is None:
                return False
            m = close + 1  # "Sen. Jeff Flake (R-Ariz.) said"
        else:
            return False
    return False


def _subject_at(
    tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """A speaker noun phrase starting at ``start`` and followed by its verb before ``end``."""
    while start < end and tokens[start].lower in _LEADING:
        start += 1
    if start >= end or tokens[start].lower in _INTRO:
        return None  # "If he wins, ...": a subordinate clause's subject is not the main one
    first = tokens[start]
    if first.text[:1].isupper() and first.lower.endswith(("ing", "ed")):
        return None  # "Speaking to reporters, ...", "Chastened, ...": a participle, no name
    w = words()
    for e in range(start, min(end, start + _MAX_NP)):
        tok = tokens[e]
        low = tok.lower
        if not (tok.text[:1].isalnum() or abbreviation_dot(tokens, e)):
            return None
        if e > start and (low in _NOT_VERBS and low not in _OF or low in w.pronouns):
            return None  # "the plan and ...", "the Trump who ...": past any subject
        head = is_speaker_head(tokens, e)
        if not head and e > start and tok.text.islower() and _verb_like(tok, lexicon):
            return None  # a verb with no speaker before it
        if head and _verb_after(tokens, e + 1, end, lexicon):
            return start, e
        if low in w.pronouns:
            return None  # "he" with no verb after it: not this clause's subject
    return None


def main_subject(tokens: Sequence[Token], before: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The subject of the clause a cue at ``before`` continues, tried after each comma that
    closes an opening setting ("But a few days later, Trump reversed himself, telling ...")."""
    starts = []
    inside = False  # within a quotation: its clauses are the quoted speaker's, not the sentence's
    opens = True  # the token at k may open a clause (sentence start, after a comma or a quote)
    for k in range(min(before, _MAX_INTRO)):
        text = tokens[k].text
        if text in _QUOTES:
            inside = not inside if text == '"' else text in _OPENING
            opens = opens or not inside
            continue
        if opens and not inside:
            starts.append(k)
        opens = text == ","
    for start in starts:
        found = _subject_at(tokens, start, before, lexicon)
        if found is not None:
            return found
    return None


def checked_subject(
    found: tuple[int, int] | None, tokens: Sequence[Token], before: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """frames.py's sentence-opener subject, unless it is a time word read as a name ("Late
    on Monday, the army ...": "Late" opens a setting); then the main clause's subject."""
    if found is not None and tokens[found[0]].lower not in _TIME_OPENERS:
        return found
    return main_subject(tokens, before, lexicon)


def coordinated_subject(
    tokens: Sequence[Token], k: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """The subject a cue after "and"/"but" at token k shares with the verb before it; none
    when that verb is an infinitive ("summoned the envoy to protest and condemn ...": the
    envoy's summoner, not the sentence's first subject, condemned)."""
    if tokens[k].lower not in ("and", "but") or (k >= 2 and tokens[k - 2].lower == "to"):
        return None
    return main_subject(tokens, k, lexicon)


def opening_participle(
    tokens: Sequence[Token], cue: Cue, lexicon: Lexicon
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "Noting that C, the senator said ...": a participle cue that opens the sentence speaks
    for the subject after the comma that closes it. Returns (speaker, content)."""
    k = 0
    while k < cue.first and tokens[k].lower in _LEADING:
        k += 1
    if k != cue.first or not tokens[cue.first].lower.endswith("ing"):
        return None
    end = len(tokens)
    for comma in range(cue.last + 2, min(end - 2, cue.last + 2 + _MAX_INTRO)):
        tok = tokens[comma]
        if tok.text in ";:.!?" or tok.text in '“"':
            return None
        if tok.text != ",":
            continue
        found = _subject_at(tokens, comma + 1, end, lexicon)
        if found is not None:
            return found, (cue.last + 1, comma - 1)
    return None
