"""Cue words that say nothing in their sentence: checked before a cue is framed.

Each shape is one small function on the sentence's tokens and the cue; ``not_said`` runs them
in order and returns the shape's name (kept for tests and debugging) or None.

    apposition_participle  "X, one of the staffers charged, said C": the participle describes
                           X; the finite verb after the apposition is the cue
    phone_call             "A called B today to congratulate him": a call, not "called B C"
    ruled_domain           "X, who has ruled the country for 18 years": governing, no ruling
    counted_noun           "sits at 85 percent support among voters": a noun after "percent"
    passive_thing          "While a curfew was announced from midnight": the thing announced
                           is the subject, and no one is named as saying anything
    protest_object         "as Uighurs protested the way police had handled it": in a clause
                           of time, an act of protest against a thing, not a clause said
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from attribcmp.attribute.cues import Cue, CueClass, Lexicon, Token
from attribcmp.attribute.mentions import words
from attribcmp.data import word_set

# Cue classes whose finite verb, right after an apposition, is the one that reports.
_FINITE_CLASSES = frozenset({CueClass.SPEECH, CueClass.OBJECT, CueClass.HEDGE})
# Adverbs that may stand between the apposition's closing comma and the finite cue.
_BRIDGE = word_set("also later then again however further")
# Forms of "be"/"have" that make a participle a finite (passive or perfect) verb phrase.
_AUX = word_set("was were is are been be being has have had")
# A pronoun right before the participle is its subject ("he noted"): a verb, no apposition.
_PRONOUNS = word_set("he she they it we i you who which")
# The apposition's opening comma stands within this many tokens before the participle: "one of
# the staffers charged" is a short noun phrase; a comma farther back opens another clause.
_APPOSITION_REACH = 8


def _participle(token: Token) -> bool:
    # regular past participles ("charged", "arrested") and the common "-en" ones ("taken")
    return token.lower.endswith(("ed", "en"))


def apposition_participle(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> bool:
    """ "Negussie, one of the staffers charged, said Thursday that C": a bare participle closes
    an apposition (a comma before it in the clause, no "be"/"have" before it) and a finite
    speech verb follows the apposition's comma: the participle never reports, the verb does."""
    if cue.first != cue.last or not _participle(tokens[cue.first]):
        return False
    if cue.first > 0 and tokens[cue.first - 1].lower in _AUX | _PRONOUNS:
        return False  # a passive or perfect verb; "The report, he noted, said": a parenthesis
    nxt = cue.last + 1
    if nxt + 1 >= len(tokens) or tokens[nxt].text != ",":
        return False
    verb = nxt + 1
    if tokens[verb].lower in _BRIDGE and verb + 1 < len(tokens):
        verb += 1
    found = lexicon.words.get(tokens[verb].lower)
    if found is None or found[1] not in _FINITE_CLASSES or tokens[verb].lower.endswith("ing"):
        return False  # "C, AFP reported, citing X": a participle after it is no finite verb
    if cue.first > 0 and not tokens[cue.first - 1].text.islower():
        return False  # "C, Agence France-Presse reported, ...": a name reports, no apposition
    # the apposition's opening comma, within a short noun phrase before the participle
    reach = range(max(0, cue.first - _APPOSITION_REACH), cue.first)
    return any(tokens[m].text == "," for m in reach)


# Words after "called <person>" that show a phone call or visit, not a predicate noun.
_CALL_AFTER = word_set(
    """today yesterday tonight on last earlier late early this monday tuesday wednesday
    thursday friday saturday sunday to and from after before during"""
)
# Words that open the person called: titles and object pronouns.
_CALLED_OPENERS = word_set("him her them me us you president prime dr. dr mr. mr mrs. ms.")


def phone_call(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> bool:
    """ "President A called Dr. B today to congratulate him": "call" + a person + a time word, an
    infinitive or the clause's end is a call made, not "called B a liar" (a predicate noun)."""
    if cue.lemma != "call" or cue.first != cue.last:
        return False
    k = cue.last + 1
    if k >= len(tokens):
        return False
    first = tokens[k]
    if first.lower not in _CALLED_OPENERS and not first.text[:1].isupper():
        return False  # "called the charges 'an attempt'": a thing named, a verdict on it
    m = k + 1
    # the person: capitalised words, titles, dots and name particles ("Dr. Haider al-Abadi")
    while m < len(tokens) and (any(c.isupper() for c in tokens[m].text) or tokens[m].text in ".-"):
        m += 1
    if first.lower in _CALLED_OPENERS and not first.text[:1].isupper():
        m = k + 1
    return m >= len(tokens) or tokens[m].lower in _CALL_AFTER or tokens[m].text in ",.;"


# Prepositions of a time span after the governed object ("for 18 years", "since 1994"): a
# court's "ruled the law void in 2010" has no span word of its own.
_SPAN = word_set("for since until through throughout")
_DETERMINERS = word_set("the this his her its their a an")
_MAX_DOMAIN = 3  # words of the governed noun phrase ("the oil-rich country")


def ruled_domain(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> bool:
    """ "X, who has ruled the country for 18 years": "rule" + a determiner's noun phrase and at
    most a span after it governs a place; a court's ruling takes "that", "on" or "against"."""
    if cue.lemma != "rule":
        return False
    k = cue.last + 1
    if k >= len(tokens) or tokens[k].lower not in _DETERMINERS:
        return False
    return any(
        tokens[m].lower in _SPAN for m in range(k + 2, min(len(tokens), k + 2 + _MAX_DOMAIN))
    )


# Words that count what follows them: a cue word after one is a noun ("85 percent support").
_COUNTERS = word_set("percent % point points")
# Words after the counted noun: its modifiers ("support among black voters", "backing from").
_NOUN_AFTER = word_set("among from for in with of across")


def counted_noun(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> bool:
    """ "The nominee sits at 85 percent support among black voters": a cue word right after a
    percentage word and before a preposition or the clause's end is the noun counted; "45
    percent support a ban" is a poll's share holding a view (and "Trump, 70, said" an age)."""
    if cue.first == 0 or tokens[cue.first - 1].lower not in _COUNTERS:
        return False
    after = cue.last + 1
    return after >= len(tokens) or tokens[after].lower in _NOUN_AFTER or tokens[after].text in ",.;"


# Cue classes whose passive subject is the thing said, announced or backed.
_THING_CLASSES = frozenset({CueClass.SPEECH, CueClass.STANCE})
# Words before "be" that stand for a speaker or a document that speaks ("It was announced that
# C" is a readout's voice, shapes.issuer_voice; "Officials were told" is OBJECT, not here).
_SPEAKING_SUBJECTS = word_set("it he she they we i who which that")
# Words after a passive participle that give it an agent or a clause of its own.
# ("was criticized for C": PolNeAR keeps C, its critic unnamed)
_PASSIVE_GOES_ON = word_set("by that to as for")
# Modals and negations before "be" ("will be announced", "not been").
_MODALS = word_set("will would can could shall should may might must not never")


def _adverb(token: Token) -> bool:
    return token.lower.endswith("ly") or token.lower in _BRIDGE or token.lower == "often"


def passive_thing(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> bool:
    """ "While a curfew was announced from midnight to 6 a.m., authorities ...": "be" + a
    speech or stance participle with no "by", "that", "to", "as" or "for" after it and a
    lower-case noun before "be" (past "has", "will", adverbs): the subject is the thing
    announced; nobody is named and nothing more is said."""
    if cue.cls not in _THING_CLASSES or cue.first < 2 or not tokens[cue.last].lower.endswith("ed"):
        return False
    k = cue.first - 1
    while k > 0 and (tokens[k].lower.endswith("ly") or tokens[k].lower in _BRIDGE):
        k -= 1  # ("was formally announced")
    if tokens[k].lower not in ("was", "were", "is", "are", "been", "being") or k == 0:
        return False
    k -= 1
    while k > 0 and (tokens[k].lower in _AUX or tokens[k].lower in _MODALS or _adverb(tokens[k])):
        k -= 1  # ("has been", "have often been", "will be"): back to the subject's last word
    noun = tokens[k]
    if not noun.text.isalpha() or noun.text[:1].isupper() or noun.lower in _SPEAKING_SUBJECTS:
        return False  # a name or a pronoun: leave it to the passive rules
    if noun.lower in words().documents:
        return False  # "A statement was posted ... warning that C": a document speaks
    after = cue.last + 1
    return after >= len(tokens) or tokens[after].lower not in _PASSIVE_GOES_ON


# Acts of protest that take what they protest as an object ("protested the ruling"); only "that"
# or a quotation after them reports words.
_PROTEST_LEMMAS = word_set("protest")
# Words that open a clause of time or cause around an event ("as", "when", "after").
_BACKDROP = word_set("as when while after before since until because")
_SUBJECT_REACH = 5  # words between such a word and the verb (its subject)


def protest_object(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> bool:
    """ "The violence began as Uighurs protested the way police had handled attacks": "protest"
    + a determiner's noun phrase is the act of protesting a thing, not a claim."""
    if cue.lemma not in _PROTEST_LEMMAS:
        return False
    k = cue.last + 1
    if k >= len(tokens) or tokens[k].lower not in _DETERMINERS:
        return False
    # only inside a clause of time or cause: "Parents protested the funding system" stands as a
    # stance PolNeAR annotates; "began as Uighurs protested the way ..." is background
    for m in range(cue.first - 1, max(cue.first - 1 - _SUBJECT_REACH, -1), -1):
        if tokens[m].lower in _BACKDROP:
            return True
        if not tokens[m].text[:1].isalnum():
            return False
    return False


_SHAPES: tuple[tuple[str, Callable[[Sequence[Token], Cue, Lexicon], bool]], ...] = (
    ("apposition_participle", apposition_participle),
    ("phone_call", phone_call),
    ("ruled_domain", ruled_domain),
    ("counted_noun", counted_noun),
    ("passive_thing", passive_thing),
    ("protest_object", protest_object),
)


# The last answer, by the identity of its tokens, cue and lexicon: a cue the frames gave up on
# is asked again by the loose frames (cue_claims.py), as every cue of a run of "said" is. The
# entry holds the three, so their ids cannot be reused while it stands; held per thread (`serve`
# attributes on several threads).
_last = threading.local()


def not_said(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> str | None:
    """The name of the shape in which ``cue`` reports nothing, or None when it may report."""
    held = getattr(_last, "held", None)
    if held is not None and held[0] is tokens and held[1] is cue and held[2] is lexicon:
        answer: str | None = held[3]
        return answer
    found = None
    for name, shape in _SHAPES:
        if shape(tokens, cue, lexicon):
            found = name
            break
    _last.held = (tokens, cue, lexicon, found)
    return found
