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

from attribcmp.attribute.cues import Cue, CueClass, Lexicon, Token, find_cues
from attribcmp.attribute.frame_base import LEADING
from attribcmp.attribute.mentions import PREPOSITIONS, abbreviation_dot, is_speaker_head, words
from attribcmp.data import word_set

# Words that open an introductory clause or phrase: what follows them is not the main subject.
_INTRO = word_set(
    """while as because although though when whenever after before since if unless whereas
    until once despite amid with without unlike like during in on at for from by of to after
    following given even instead rather than"""
)
# Participles that name how, where or to what someone spoke, never what: "Writing for the
# majority", "Speaking in Geneva", "Responding to the attack" (the reply's object is the other
# party's act); "Warning of a crackdown" or "Commenting on the verdict" say something
_MANNER_PARTICIPLES = word_set(
    """writing speaking addressing reporting talking testifying appearing briefing responding
    reacting replying answering"""
)
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
_TIME_ENDS = word_set("later ago earlier afterward afterwards")
_TIME_UNITS = word_set("week month year night weekend spring summer fall winter time")
_OPENING = frozenset("“«")
_CLOSING = frozenset("”»")
_QUOTES = frozenset('"“”«»')
_OF = word_set("of for")  # may join a subject's head to its complement ("the head of the")
_MAX_NP = 12  # tokens of a subject noun phrase
_MAX_INTRO = 30
_MAX_FAR = 45  # tokens between a far subject's clause start and its cue
# What may follow a far subject before its cue: a relative clause or an apposition.
_POSTMODIFIER_OPENERS = frozenset(("who", "which", "that", ",", "—", "–", "("))
_CLOSING_MARKS = frozenset((",", "—", "–", ")"))
# Marks before a cue that stop the far-subject search: quotations, clause ends.
_STOPS = frozenset('“”"«»;:')  # tokens of setting looked over before the main clause
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


def _past_time(tokens: Sequence[Token], start: int, end: int) -> int:
    """Past a time phrase with no comma after it ("A few minutes later they ...", "Last week
    the senator ..."): where the subject may start."""
    for k in range(start, min(end - 1, start + 5)):
        low = tokens[k].lower
        if not tokens[k].text[:1].isalnum():
            return start
        if low in _TIME_ENDS:
            return k + 1
        if k == start + 1 and tokens[start].lower == "last" and low in _TIME_UNITS:
            return k + 1
    return start


def _subject_at(
    tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon, *, far: bool = False
) -> tuple[int, int] | None:
    """A speaker noun phrase starting at ``start`` and followed by its verb before ``end``."""
    while start < end and tokens[start].lower in LEADING:
        start += 1
    start = _past_time(tokens, start, end)
    if start >= end or tokens[start].lower in _INTRO:
        return None  # "If he wins, ...": a subordinate clause's subject is not the main one
    first = tokens[start]
    if (
        first.text[:1].isupper()
        and first.lower.endswith(("ing", "ed"))
        and not _verb_after(tokens, start + 1, end, lexicon)
    ):
        return None  # "Speaking to reporters, ...", "Chastened, ...": a participle, no name
        # (but "Ebeling reminisced": a name, its verb right after it)
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
        if far and head and e + 1 < end and tokens[e + 1].lower in _POSTMODIFIER_OPENERS:
            return start, e  # "Some voters who had heard him ..., said": the clause between

        if low in w.pronouns:
            return None  # "he" with no verb after it: not this clause's subject
    return None


def main_subject(
    tokens: Sequence[Token], before: int, lexicon: Lexicon, *, far: bool = False
) -> tuple[int, int] | None:
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
        found = _subject_at(tokens, start, before, lexicon, far=far)
        if found is not None:
            return found
    return None


def far_subject(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> tuple[int, int] | None:
    """The subject of a finite cue kept apart from it by a relative clause, an apposition or
    other verbs of the same subject ("Some voters who have heard him, on television or at
    rallies, said ...", "The department obfuscated facts, admitted it withheld emails ...")."""
    low = tokens[cue.first].lower
    if low.endswith("ing") or cue.first < 2 or cue.first > _MAX_FAR:
        return None
    if cue.cls not in (CueClass.SPEECH, CueClass.HEDGE, CueClass.OBJECT):
        return None  # belief and stance verbs are narration as often: only a report reaches far
    k = cue.first - 1
    while k > 0 and tokens[k].lower in lexicon.between:
        k -= 1
    if tokens[k].text not in _CLOSING_MARKS:
        return None  # the clause between subject and cue must close with its mark
    if any(t.text in _STOPS for t in tokens[: cue.first]):
        return None  # a quotation or a second sentence before the cue: too far to tell
    if cue.last + 1 < len(tokens) and tokens[cue.last + 1].lower == "by":
        return None  # "The report, published by the Bank, found": a participle, not a report
    found = main_subject(tokens, cue.first, lexicon, far=True)
    if found is None or found[1] + 2 >= k:
        return None  # "The report, published ...": the comma opens the phrase, none closes it
    return found


def checked_subject(
    found: tuple[int, int] | None, tokens: Sequence[Token], before: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """frames.py's sentence-opener subject, unless it is a time word read as a name ("Late
    on Monday, the army ...": "Late" opens a setting); then the main clause's subject."""
    if found is not None and tokens[found[0]].lower not in _TIME_OPENERS:
        return found
    return main_subject(tokens, before, lexicon)


def coordinated_subject(
    found: tuple[int, int] | None, tokens: Sequence[Token], k: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """The subject a cue after "and"/"but" at token k shares with the verb before it, given
    frames.py's sentence-opener subject ``found``; that one stays when the verb before is an
    infinitive ("summoned the envoy to protest and condemn ...": the sentence's first subject
    may not be the one who condemned)."""
    if tokens[k].lower not in ("and", "but") or (k >= 2 and tokens[k - 2].lower == "to"):
        return found
    return checked_subject(found, tokens, k, lexicon)


def opening_participle(
    tokens: Sequence[Token], cue: Cue, lexicon: Lexicon
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "Noting that C, the senator said ...": a participle cue that opens the sentence speaks
    for the subject after the comma that closes it. Returns (speaker, content)."""
    k = 0
    while k < cue.first and tokens[k].lower in LEADING:
        k += 1
    if k != cue.first or not tokens[cue.first].lower.endswith("ing"):
        return None
    end = len(tokens)
    phrase_only = cue.last + 1 < end and tokens[cue.last + 1].lower in PREPOSITIONS
    for comma in range(cue.last + 2, min(end - 2, cue.last + 2 + _MAX_INTRO)):
        tok = tokens[comma]
        if tok.text in ";:.!?" or tok.text in '“"':
            return None
        if tok.text != ",":
            continue
        found = _subject_at(tokens, comma + 1, end, lexicon)
        if (
            found is not None
            and phrase_only
            and not _has_clause(tokens, cue.last + 1, comma)
            and (
                tokens[cue.first].lower in _MANNER_PARTICIPLES
                or not _reports(tokens[found[1] + 1 :], lexicon)
            )
        ):
            # "Writing for the majority, X said": where or for whom, nothing said; "Insisting
            # on its innocence, the firm filed an appeal": the phrase sets the scene of an act.
            # ("Warning of a crackdown, X said ..." keeps its object: one more point of X's.)
            return None
        if found is not None:
            return found, (cue.last + 1, comma - 1)
    return None


# Cue classes that make a main clause a report ("said", "told", "believes"), not an act.
_REPORTING = frozenset((CueClass.SPEECH, CueClass.OBJECT, CueClass.HEDGE, CueClass.BELIEF))


def _reports(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether the main clause after an opening participle holds a cue of its own."""
    return any(c.cls in _REPORTING for c in find_cues(tokens, lexicon))


def _has_clause(tokens: Sequence[Token], first: int, end: int) -> bool:
    """ "for a panel that all agreed X won": a clause inside the phrase reports something."""
    return any(t.lower in ("that", "who", "which") for t in tokens[first:end])


# Object cues whose object is part of what was said: "accused X of lying", "blamed X for the
# attack", "berated VOA for failing to report": the charge names who it is against.
_CHARGING = word_set("accuse blame berate fault praise criticize criticise rebuke chide")
_CHARGE_OPENERS = word_set("of for over")


def charged_object(tokens: Sequence[Token], cue: Cue, j: int, k: int) -> bool:
    """Whether an object cue's object (tokens j..k-1, or up to the "of" it runs over) belongs
    in the content."""
    if cue.lemma not in _CHARGING:
        return False
    return any(t.lower in _CHARGE_OPENERS for t in tokens[j + 1 : min(k + 1, len(tokens))])


# Nouns that name a claim another speaker answers: "C, an allegation the army denies".
_CLAIM_NOUNS = word_set(
    """allegation allegations claim claims charge charges accusation accusations report reports
    assertion assertions account version figure point argument contention notion
    characterization assessment estimate finding findings conclusion number toll tally count"""
)


_GAP_MARKS = frozenset((",", "—", "–", "-", "--"))


_MAX_CONJUNCT = 4  # words of the first of two joined subjects after a claim noun
# Words that open a predicate whose subject is the gap ("a figure Y said was inflated").
_GAP_VERBS = word_set("was were is are had has have would will could might may must should")


def gap_predicate(tokens: Sequence[Token], first: int) -> bool:
    """Whether the words after a cue open a predicate with no subject of its own ("said was
    inflated", "says is too low"): the claim noun before the speaker is its subject."""
    return tokens[first].lower in _GAP_VERBS


def gap_subject(tokens: Sequence[Token], subject: tuple[int, int]) -> tuple[int, int]:
    """ "N - a figure aid workers said was low": a subject found as "a figure aid workers"
    holds the gap's noun; the speaker is what follows it. The subject unchanged otherwise."""
    first, last = subject
    if (
        first >= 1
        and first + 2 <= last
        and tokens[first - 1].text in _GAP_MARKS
        and tokens[first].lower in ("a", "an", "the")
        and tokens[first + 1].lower in _CLAIM_NOUNS
    ):
        return first + 2, last
    return subject


def claim_gap(tokens: Sequence[Token], subject: tuple[int, int]) -> tuple[int, int] | None:
    """ "..., an allegation (that) the U.S. military denies": the noun phrase between the comma
    and the subject is what the subject's cue answers. Its token range, or None."""
    k = subject[0] - 1
    if k > 0 and tokens[k].lower in ("and", "or"):
        # "a figure the opposition and observers said ...": the gap stands before the first
        # of two joined subjects (the subject found is the last one)
        j = k - 1
        while j > 0 and k - j <= _MAX_CONJUNCT and tokens[j - 1].lower not in _CLAIM_NOUNS:
            j -= 1
        k = j - 1 if j > 0 and tokens[j - 1].lower in _CLAIM_NOUNS else k
    if k >= 0 and tokens[k].lower in ("that", "which"):
        k -= 1
    if k < 2 or tokens[k].lower not in _CLAIM_NOUNS:
        return None
    m = k - 1
    while m > 0 and k - m <= 3 and tokens[m].lower not in ("a", "an", "the"):
        if not tokens[m].text.islower():
            return None
        m -= 1
    # (a spaced hyphen is the dash of many outlets: "... at the time - a point officials dispute")
    if tokens[m].lower not in ("a", "an", "the") or tokens[m - 1].text not in _GAP_MARKS:
        return None
    return m, k


# Finite verbs that may open a subject's second predicate ("..., and referred to it as junk").
_SECOND = word_set("also then later again still even")


def second_verb(tokens: Sequence[Token], first: int, k: int, lexicon: Lexicon) -> bool:
    """Whether "and"/"but" at token k opens the subject's second predicate after a content of
    noun phrases only ("accused X of lying about Y, and referred to his report as junk"):
    content without a finite verb of its own cannot go on with one."""
    j = k + 1
    while j < len(tokens) and (tokens[j].lower in _SECOND or tokens[j].lower.endswith("ly")):
        j += 1
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    if not nxt.text.islower() or not (nxt.lower in _IRREGULAR_PAST or nxt.lower.endswith("ed")):
        return False
    return not any(_verb_like(t, lexicon) for t in tokens[first:k])
