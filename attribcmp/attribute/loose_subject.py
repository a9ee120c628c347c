"""A last frame for a finite reporting verb whose subject the frames could not reach.

frames.py reads the subject right before the cue, past an apposition or one relative clause.
News puts more between them: an opening phrase and a parenthetical report ("In both cases,
the director said, the fees were paid"), or a subject carrying a long modifier ("A person
familiar with the planning says C", "Officials whose laws were struck down say C"). When the
frames give up on such a cue, this module tries the two shapes, each a rule of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from attribcmp.attribute.cues import Cue, CueClass, Lexicon, Token
from attribcmp.attribute.frame_base import (
    LEADING,
    TIME_HEADS,
    TIME_OPENERS,
    Frame,
    has_words,
    trim,
)
from attribcmp.attribute.mentions import words
from attribcmp.attribute.phrases import is_speaker_head, np_after, np_before
from attribcmp.attribute.speaker_words import cap
from attribcmp.data import word_set

# Marks that end a stretch of plain words: quotations, clauses of their own, lists.
_BREAKS = frozenset('“”"‘’«»;:()[]—–')
# Words that open what follows a verb when it is not a clause said: a setting or an object
# phrase ("said in a statement", "told to leave").
_NOT_CLAUSE = word_set("by to in at on from for with of as during after before about")
# The verbs that report a whole clause said ("say", "argue"): other speech cues take objects
# or name acts as often ("called", "pledged", "stated" a fact) when their subject is far.
_SAY_LEMMAS = word_set("say argue insist claim contend warn predict note acknowledge admit")
# Words that open a relative clause on the subject.
_RELATIVES = word_set("who whose that which whom where")
# A subject pronoun glued to its auxiliary: "people I've spoken with".
_CONTRACTED_SUBJECT = word_set("i've we've they've you've i'd we'd they'd")
# Words that open a prepositional or adjectival modifier of the subject.
_MODIFIER_OPENERS = word_set(
    """with of from at in on for across among familiar close privy near outside inside
    including like"""
)
# Auxiliaries and modals: a verb of the subject's own ("executives can say", "It will not say").
_AUXILIARIES = word_set(
    """is are was were be been being have has had do does did can could will would shall
    should may might must not don't doesn't didn't won't wouldn't can't couldn't"""
)
_MIN_CONTENT = 4  # words a said clause needs to be a claim, not a fragment ("said so")


def room_for_content(tokens: Sequence[Token], cue: Cue) -> bool:
    """Whether the words after the cue could hold a loose frame's content at all: each frame
    here takes its content from after the cue and wants ``_MIN_CONTENT`` words of it, so "He
    said yes." is refused before any of them (or their checks) reads the sentence."""
    return has_words(tokens, cue.last + 1, len(tokens) - 1, _MIN_CONTENT)


def _finite(tokens: Sequence[Token], cue: Cue) -> bool:
    """A finite form ("said", "says", "argued"), not a participle or an infinitive."""
    low = tokens[cue.first].lower
    if low.endswith("ing") or cue.first == 0:
        return False
    return tokens[cue.first - 1].lower not in ("to", "a", "an", "the", "his", "her", "their")


def _speaker_like(tokens: Sequence[Token], found: tuple[int, int]) -> bool:
    """A name or a word for people or bodies among the phrase's words."""
    return any(is_speaker_head(tokens, k) or cap(tokens[k]) for k in range(found[0], found[1] + 1))


def parenthetical_frame(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> Frame | None:
    """ "In both cases, the director said, the fees were paid.": the speaker sits between
    commas inside the sentence; what was said is the rest after the second comma (the opening
    phrase before the first comma is a setting PolNeAR leaves out)."""
    if cue.cls is not CueClass.SPEECH or not _finite(tokens, cue):
        return None
    after = cue.last + 1
    if after >= len(tokens) or tokens[after].text != ",":
        return None
    k = cue.first - 1
    while k >= 0 and tokens[k].lower in lexicon.between:
        k -= 1
    found = np_before(tokens, k)
    if found is None or found[0] < 2 or tokens[found[0] - 1].text != ",":
        return None  # the phrase must sit between commas: an aside, not the subject
    if not _speaker_like(tokens, found):
        return None
    if any(t.text in _BREAKS for t in tokens[: found[0]]):
        return None  # a quotation or clause mark before: frames.py's shapes, not this one
    content = trim(tokens, after + 1, len(tokens) - 1)
    if content is None or not has_words(tokens, *content, _MIN_CONTENT):
        return None
    return Frame("parenthetical", found, (content,))


def _names_speaker(tokens: Sequence[Token], found: tuple[int, int]) -> bool:
    """A word for people or bodies ("officials", "a person"), or a name of two capitalised
    words: a lone capital opening the sentence is as often an adverb ("Perhaps", "Only")."""
    span = range(found[0], found[1] + 1)
    if any(is_speaker_head(tokens, k) for k in span):
        return True
    return sum(cap(tokens[k]) for k in span) >= 2


def _modifier(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether tokens first..last modify the subject rather than carry a verb of its own:
    they open with a relative word, a preposition, a participle or an adjective of knowing
    ("familiar with", "privy to"), and hold no auxiliary unless a relative clause holds it
    ("whose laws have been struck down")."""
    opener = tokens[first].lower
    # ("people I've spoken with": a relative clause without "that")
    relative = opener in _RELATIVES or opener.replace("’", "'") in _CONTRACTED_SUBJECT
    if not (relative or opener in _MODIFIER_OPENERS or opener.endswith("ed")):
        return False
    if relative:
        return True
    # (curly apostrophes read as straight ones: "wouldn’t")
    return not any(
        tokens[k].lower.replace("’", "'") in _AUXILIARIES for k in range(first, last + 1)
    )


def long_subject_frame(
    tokens: Sequence[Token],
    cue: Cue,
    lexicon: Lexicon,
    is_cue: Callable[[int], bool],
) -> Frame | None:
    """ "A person familiar with the planning says C": the sentence opens with a noun phrase
    naming a speaker, a modifier (relative clause, prepositional phrase, participle) runs on
    to the cue, and a clause of four words or more follows. ``is_cue`` tells whether a token
    is another cue (a report in the modifier takes the subject for itself: none may stand
    between)."""
    if cue.lemma not in _SAY_LEMMAS or not _finite(tokens, cue):
        return None
    start = 0
    while start < cue.first and (tokens[start].lower in LEADING or tokens[start].text == ","):
        start += 1
    found = np_after(tokens, start)
    if found is None:
        return None
    # "A person familiar with", "teachers I've spoken with": the phrase reader runs into the
    # modifier; the speaker is the words before it
    cut = next(
        (
            m
            for m in range(found[0] + 1, found[1] + 1)
            if tokens[m].lower.replace("’", "'") in _CONTRACTED_SUBJECT
            or tokens[m].lower in _MODIFIER_OPENERS
        ),
        None,
    )
    if cut is not None:
        found = (found[0], cut - 1)
    if found[1] >= cue.first - 1 or not _names_speaker(tokens, found):
        return None
    if not tokens[found[1]].text[:1].isalpha() or tokens[found[1]].lower in _NOT_CLAUSE:
        return None  # "Part of the problem, say experts": the phrase stops inside itself
    k = cue.first - 1
    while k > found[1] and tokens[k].lower in lexicon.between:
        k -= 1  # "... almost universally say": adverbs before the cue
    if (
        k <= found[1]
        or tokens[k].text == ","
        # (up to the cue: "wouldn't say" is the subject's own negated report)
        or not _modifier(tokens, found[1] + 1, cue.first - 1)
    ):
        return None  # (", said Doyle": an inverted report, frames.py's shape)
    if any(tokens[m].text in _BREAKS or is_cue(m) for m in range(found[1] + 1, cue.first)):
        return None
    after = cue.last + 1
    if after >= len(tokens) or tokens[after].lower in _NOT_CLAUSE or tokens[after].text in ",.":
        return None
    content = trim(tokens, after, len(tokens) - 1)
    if content is None or not has_words(tokens, *content, _MIN_CONTENT):
        return None
    return Frame("long_subject", found, (content,))


# Words that open a subordinate clause before its subject ("While old hands say C, ...");
# the subject follows them (the main clause is cut off downstream, subordinate.py).
_SUBORDINATORS = word_set("while although though whereas")
# Words no plain subject phrase holds: wh-words and subordinators open clauses of their own,
# and a lone conjunction word is no noun ("if", "as", "than").
_NOT_IN_SUBJECT = word_set(
    """what how why where when whether if as than because since unless until once so
    there here it this that these those cannot"""
)
# Words before a determiner that still open a noun phrase ("Nearly a third", "Almost all").
_QUANTIFIERS = word_set("nearly almost about roughly some all most many few only just")
_MAX_PLAIN = 7  # words in a plain subject phrase ("private Chinese companies and ordinary
# Chinese traders"); longer stretches are clauses


def plain_subject_frame(
    tokens: Sequence[Token],
    cue: Cue,
    lexicon: Lexicon,
    is_cue: Callable[[int], bool],
) -> Frame | None:
    """ "But hacking specialists say C", "The billionaire real estate magnate says C", "Nearly
    a third say C": the sentence opens with a plain noun phrase of words (no punctuation, no
    verb of its own, no other cue) right before a finite say-verb, and a clause of four words
    or more follows. Whatever the head noun, such a subject is the one who says C (PolNeAR
    annotates these; the frames know only speaker nouns)."""
    if cue.lemma not in _SAY_LEMMAS or not _finite(tokens, cue):
        return None
    start = 0
    while start < cue.first and (
        tokens[start].lower in LEADING
        or tokens[start].lower in _SUBORDINATORS
        or tokens[start].text == ","
    ):
        start += 1
    k = cue.first - 1
    while k >= start and tokens[k].lower in lexicon.between and tokens[k].lower != "all":
        k -= 1
    if k < start or k - start + 1 > _MAX_PLAIN:
        return None
    for m in range(start, k + 1):
        tok = tokens[m]
        if not tok.text.replace("-", "").isalnum() or is_cue(m):
            return None
        if tok.lower in _AUXILIARIES or tok.lower in _RELATIVES or tok.lower in _NOT_IN_SUBJECT:
            return None
    head = tokens[k].lower
    if head.endswith("ly") or head in _NOT_CLAUSE or head in ("and", "or", "but"):
        return None
    # A phrase that reads as a noun phrase: opened by a determiner ("The magnate", "a third"),
    # headed by a plural ("hacking specialists") or counting ("nine out of 10"); a bare
    # singular ("Pentagon specimen") is as likely a headline fragment.
    opened = tokens[start].lower in words().determiners or tokens[start].lower in _QUANTIFIERS
    counted = any(t.text[:1].isdigit() for t in tokens[start : k + 1])
    if not (opened or counted or head.endswith("s")):
        return None
    after = cue.last + 1
    # A time phrase right after the cue ("said Friday, but ..."): what follows its comma is
    # another clause, not what the subject said (that was left unsaid).
    j = after
    while j < len(tokens) and (tokens[j].lower in TIME_OPENERS or tokens[j].lower in TIME_HEADS):
        j += 1
    if after < j < len(tokens) and not tokens[j].text[:1].isalnum():
        return None
    if after >= len(tokens) or tokens[after].lower in _NOT_CLAUSE or tokens[after].text in ",.":
        return None
    content = trim(tokens, after, len(tokens) - 1)
    if content is None or not has_words(tokens, *content, _MIN_CONTENT):
        return None
    return Frame("plain_subject", (start, k), (content,))
