"""Checks on one cue before and after its frame is fitted: a noun use, a negation, a
declined comment, a belief verb's plausible subject, and the speaker phrase's mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from attribcmp.attribute.cues import (
    Cue,
    CueClass,
    Lexicon,
    Token,
)
from attribcmp.attribute.frame_base import Frame, has_verb
from attribcmp.attribute.mentions import (
    MentionInfo,
    bare,
    can_speak,
    describe,
    describe_text,
    np_before,
    words,
)
from attribcmp.attribute.shapes import (
    issuer_after,
    issuer_before,
    nearest_noun,
    nearest_person,
)
from attribcmp.attribute.speaker_words import PREPOSITIONS
from attribcmp.attribute.subjects import poll_share
from attribcmp.data import word_set
from attribcmp.model import (
    SpeakerKind,
)

# Negated, these cues report silence; and a negated cue before an open question says nothing.
_SILENT_CUES = word_set("respond reply answer comment return confirm elaborate say")
_SPEAKING = word_set(
    "comment say answer elaborate discuss respond speculate confirm identify disclose specify "
    "provide give reveal explain be"
)
_OPEN_QUESTION = word_set("whether if how when why what who where which to")
# ... except a fact in dispute a party could not confirm ("could not confirm who shot first",
# "what caused the blast"): dispute stories weigh the denial of confirmation as its account.
_CONTESTED = word_set("who what")
# Quantifiers that open a group's opinion in poll reports ("Most voters believe ...").
_QUANTIFIERS = word_set("many most some few several all majority both")


def noun_use(tokens: Sequence[Token], cue: Cue) -> bool:
    """ "the battlefield reports from either side": a plain or -s form after a common noun and
    before "of"/"from"/"about"/"by" is a noun ("Trump says of Clinton" stays a verb)."""
    form = tokens[cue.first].lower
    if cue.cls is CueClass.STANCE and cue.first == cue.last and _stance_noun(tokens, cue):
        return True
    if cue.first > 1 and cue.first < cue.last and _owned_noun(tokens, cue.first):
        return True  # "the President's congratulatory call on May 22": the call is a noun
    if cue.first != cue.last or cue.first == 0 or not (form == cue.lemma or form.endswith("s")):
        return False
    if cue.lemma in ("say", "tell"):
        return False  # never nouns: "the businessman says of Clinton, ..."
    if form == "states":
        # "battleground states that ...", "Some states remained": in political news the noun;
        # the verb opens its report ("the filing states that ..."). PolNeAR train: 2 of 41
        # claims on "states" were reports.
        after = tokens[cue.last + 1].text if cue.last + 1 < len(tokens) else ""
        return after.lower() != "that" and after not in (":", ",", "“", '"')
    before = tokens[cue.first - 1]
    if before.lower.endswith(("’s", "'s")) and before.lower not in ("it's", "it’s", "that's"):
        return True  # "Clinton's remarks": a possessive before it makes a noun
    if not before.text.islower() or before.lower in words().pronouns:
        return False
    after = tokens[cue.last + 1].lower if cue.last + 1 < len(tokens) else ""
    if form == cue.lemma and after in ("to", "for"):
        return True  # "the ultimate answer to", "a call for": plain forms after a noun
    return after in ("of", "from", "about", "by")


# A stance verb takes its object bare ("challenged the plan"); its -s form before "against"
# or a participle is the plural noun: "Houthi attacks against merchant vessels", "threats
# and challenges facing the region", "the challenges posed by China". ("attacks on Clinton"
# stays: PolNeAR reads a verbal attack on someone as a claim.)
_STANCE_NOUN_AFTER = word_set("against facing posed")
# ... except stance verbs that take "against": "Ukraine defends against aggression", "pushes
# against the plan".
_STANCE_VERB_WITH = word_set("defend push")
# A stance verb's -ing form opening an item of a list is a gerund naming an act, with no
# subject taking a stance: "close cooperation on global challenges, including supporting
# Ukraine". ("criticized for refusing to testify" stays: PolNeAR reads it as a claim.)
_GERUND_AFTER = word_set("including")


def _stance_noun(tokens: Sequence[Token], cue: Cue) -> bool:
    """A stance cue used as a noun or a gerund: no one's stance is reported."""
    form = tokens[cue.first].lower
    after = tokens[cue.last + 1].lower if cue.last + 1 < len(tokens) else ""
    if form.endswith("s") and form != cue.lemma and after in _STANCE_NOUN_AFTER:
        return cue.lemma not in _STANCE_VERB_WITH
    return form.endswith("ing") and cue.first > 0 and tokens[cue.first - 1].lower in _GERUND_AFTER


# Endings of adjectives ("congratulatory", "angry", "formal", "lengthy"): never a verb's subject.
_ADJECTIVE_ENDINGS = ("ory", "ful", "ous", "ive", "ic", "ary", "al", "ly", "ed")


def _possessive(tok: Token) -> bool:
    # ("he's said", "that's denied": a pronoun's "'s" is "has" or "is")
    low = tok.lower
    return low.endswith(("’s", "'s")) and low[:-2] not in _CONTRACTED


_CONTRACTED = frozenset(("he", "she", "it", "that", "there", "who", "what", "where", "here"))


def _owned_noun(tokens: Sequence[Token], k: int) -> bool:
    """The word at k follows a possessive and an adjective: "the President's congratulatory
    call on May 22": a noun, not the phrasal verb "call on" (one-word cues stay: "the
    government's repeated warning that C" is the owner's claim, made by the nominal pass)."""
    before = tokens[k - 1]
    w = words()
    return (
        k >= 2
        and _possessive(tokens[k - 2])
        and before.text.islower()
        and before.lower.endswith(_ADJECTIVE_ENDINGS)
        and before.lower not in w.roles
        and before.lower not in w.documents
        and before.lower not in w.anonymous
    )


def negation_start(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> int:
    """The first token of "did not" / "never" before a cue, or the cue's own first token."""
    k, start = cue.first - 1, cue.first
    while k >= 0 and (tokens[k].lower in lexicon.between or tokens[k].lower.endswith("n't")):
        if tokens[k].lower in ("not", "never") or tokens[k].lower.endswith("n't"):
            start = k
            if k > 0 and tokens[k - 1].lower in ("did", "does", "do", "has", "have", "had"):
                start = k - 1
        k -= 1
    return start


# Words that make a gerund after "of"/"with"/"for" the act someone is charged with ("accused
# of supporting the militants"): the charged one did not say it, and the accuser is elsewhere.
_CHARGES = word_set(
    """accused accuses accusing accusation accusations suspected suspicion charged charges
    blamed convicted guilty indicted arrested jailed sentenced prosecuted"""
)
_CHARGE_PREPOSITIONS = word_set("of with for")


def charged_act(tokens: Sequence[Token], cue: Cue) -> bool:
    """ "Ethiopia has been accused of supporting the militants", "charged with inciting":
    the gerund is the charge, not a report by the sentence's subject."""
    k = cue.first
    if k < 2 or not tokens[k].lower.endswith("ing"):
        return False
    return tokens[k - 1].lower in _CHARGE_PREPOSITIONS and tokens[k - 2].lower in _CHARGES


# Cries aimed "at" someone: "guards yelled at journalists to stay back" is an order shouted
# in a scene, not a report; the words of a cry come as a quotation ("“Stay back!” he shouted").
_CRIES = word_set("shout yell scream")


def cry_at(tokens: Sequence[Token], cue: Cue) -> bool:
    """A shout or yell at someone, with no quotation after it."""
    if cue.lemma not in _CRIES or cue.last + 1 >= len(tokens):
        return False
    if tokens[cue.last + 1].lower != "at":
        return False
    return not any(t.text in '“"‘' for t in tokens[cue.last + 1 :])


# Particles that make a cue verb a phrasal verb of some act, not a report: "called off the
# deal", "lays off 200 staffers", "signed up to serve", "backing down", "written off".
_ACT_PARTICLES = word_set("off up down")


def phrasal_act(tokens: Sequence[Token], cue: Cue) -> bool:
    """The cue word is a phrasal verb of an act ("called off", "signed up"); "said up to 40
    died" and "said off the record" keep their report."""
    k = cue.last + 1
    if k >= len(tokens) or tokens[k].lower not in _ACT_PARTICLES:
        return False
    after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    return not (tokens[k].lower == "up" and after == "to" or after == "the")


def went_on_act(tokens: Sequence[Token], cue: Cue) -> bool:
    """ "went on"/"goes on" reports speech only as a speaker goes on talking ('"A," he went
    on, "B."', "he went on:"); before a word it is an act ("the war went on for years")."""
    if cue.lemma not in ("went on", "goes on"):
        return False
    if not tokens[cue.first].text.islower():
        return True  # "The Gap Goes On:": a title-case heading
    k = cue.last + 1
    return k < len(tokens) and tokens[k].text not in _GOING_ON_STOPS and tokens[k].lower != "about"


# What follows "went on" when it reports speech: punctuation or a quotation ("went on about
# X" too: the talk's subject).
_GOING_ON_STOPS = frozenset(",.:;\u2014\u2013-\"\u201c\u201d'\u2018\u2019")


def declined_to_speak(tokens: Sequence[Token], cue: Cue) -> bool:
    if cue.lemma not in ("decline", "refuse") or cue.last + 2 >= len(tokens):
        return False
    return tokens[cue.last + 1].lower == "to" and tokens[cue.last + 2].lower in _SPEAKING


# "who asked not to be named", "asking not to be identified", "declined to be named",
# "requested anonymity": a source's request for anonymity, not something it said.
_ANONYMITY_CUES = word_set("ask request decline refuse insist")
_NAMED = word_set("named identified quoted")


def asks_anonymity(tokens: Sequence[Token], cue: Cue) -> bool:
    """Whether the cue is a request not to be named ("asked not to be identified")."""
    if cue.lemma not in _ANONYMITY_CUES:
        return False
    after = [t.lower for t in tokens[cue.last + 1 : cue.last + 5]]
    if after[:1] == ["anonymity"]:
        return True
    if after[:1] == ["not"]:
        after = after[1:]
    return after[:2] == ["to", "be"] and len(after) > 2 and after[2] in _NAMED


def negated(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> bool:
    """A cue that reports nothing: "did not respond to a request for comment", "did not say
    whether ...". Other negated cues ("did not deny that ...") still carry a claim."""
    if negation_start(tokens, cue, lexicon) == cue.first:
        return False
    after = tokens[cue.last + 1].lower if cue.last + 1 < len(tokens) else ""
    if cue.lemma == "confirm" and after in _CONTESTED:
        return False  # "could not confirm who shot first": the disputed fact left open
    return cue.lemma in _SILENT_CUES or after in _OPEN_QUESTION


# The people of a bench, whose "ruled" is the court's ruling (a study's verb otherwise).
_RULERS = word_set(
    "judge judges justice justices magistrate magistrates jury panel tribunal court courts"
)


def plausible_cue(tokens: Sequence[Token], cue: Cue, frame: Frame) -> bool:
    """Stricter evidence for cues that are often narration (belief verbs, study verbs)."""
    if cue.cls not in (CueClass.BELIEF, CueClass.EVIDENCE, CueClass.STANCE):
        return True
    head = tokens[frame.speaker[1]]
    w = words()
    low = head.lower.rstrip("’s")
    if cue.cls is CueClass.EVIDENCE:
        if low in w.documents or low in w.organisations or low in w.pronouns:
            return True
        if (
            cue.lemma == "rule"
            and tokens[frame.parts[0][0]].lower != "out"  # "the judge ruled out a retrial": an act
            and any(t.lower in _RULERS for t in tokens[frame.speaker[0] : frame.speaker[1] + 1])
        ):
            # "a judge ruled there was no evidence", "the Court of Appeal has ruled": the bench
            # rules as its court (a court's name may end on another word: "of Appeal")
            return True
        # "A poll of 800 voters conducted last week found": the document heads a long phrase.
        first = frame.speaker[0]
        if any(bare(t.lower) in w.documents for t in tokens[first : frame.speaker[1] + 1]):
            return True
        # "C, Bloomberg New Energy Finance found.": a name after the finding it reports (before
        # its content a name "found" or "showed" is as often an act: "Trump found a way")
        return (
            head.text[:1].isupper()
            and first > 0
            and tokens[first - 1].text == ","
            and frame.parts[-1][1] < first
        )
    if low == "who" and frame.speaker[0] > 0 and tokens[frame.speaker[0] - 1].text != ",":
        # "bankers who concluded Obama would ...": a restrictive clause says whose belief, when
        # a clause follows ("militants who had been planning attacks" holds no belief).
        a, b = frame.parts[0]
        comma = next((k for k in range(a, b + 1) if tokens[k].text == ","), b + 1)
        opens = tokens[a].lower in ("to", "that")  # "senators who wanted to attend"
        return comma > a and (opens or has_verb(tokens, (a, comma - 1)))
    if poll_share(tokens, frame.speaker[1]) is not None:
        return True  # "About three-quarters support", "19 percent of students polled back"
    if low in _QUANTIFIERS or low in ("others", "everyone", "everybody", "nobody"):
        return True  # "Many fear ...": the quantifier stands for people
    plural = head.lower.endswith("s")
    if tokens[frame.speaker[0]].lower in _QUANTIFIERS and plural and head.text.islower():
        return True  # "Many voters think", "most Republicans believe": a poll's group speaks
    return low in w.pronouns or head.text[:1].isupper() or low in w.anonymous or low in w.roles


def _plain_noun(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A lower-case plural noun ending at token k ("bankers", "working-class whites")."""
    tok = tokens[k]
    if not tok.text.islower() or not tok.lower.endswith("s") or tok.lower.endswith("ss"):
        return None
    return k, k


# Words that stand for a group of people before "who": "some who suggest", "those who fear".
_GROUP_WORDS = word_set("some many most those others few all")


def _share_of(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A poll's share or a group word ending at token k: "18% who say", "18 percent who",
    "some who suggest" (the share is who says it)."""
    tok = tokens[k]
    if tok.text == "%" or tok.lower == "percent":
        return (k - 1, k) if k > 0 and tokens[k - 1].text[:1].isdigit() else None
    if tok.text[:1].isdigit() and tok.text.endswith("%"):
        return k, k
    return (k, k) if tok.lower in _GROUP_WORDS else None


def _name_run(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """The capitalised run ending at k: "spoke to Prime Minister Harper who agreed that C" is
    Harper's (not "spoke to Prime Minister Harper"), or None when token k is lower case."""
    if not tokens[k].text[:1].isupper():
        return None
    first = k
    while first > 0 and (tokens[first - 1].text[:1].isupper() or tokens[first - 1].text == "."):
        first -= 1
    while first < k and not tokens[first].text[:1].isupper():
        first += 1  # (a run opens on a capital, not on an abbreviation's dot)
    return first, k


# Words before a capitalised run that make it a place or a time, not a person: "In Korvani, a
# shopkeeper who said ..." is no apposition to a name. The speaker prepositions and a few of
# place and time; not "with" ("met with Ann Lee, a shopkeeper who said" is a person).
_PLACE_LEADS = (PREPOSITIONS - {"with"}) | word_set("outside across since until")


def _apposed_name(tokens: Sequence[Token], found: tuple[int, int]) -> tuple[int, int] | None:
    """ "said Halim Osei, a shopkeeper who said he lost two cousins": a lower-case description
    apposed to a name is that person, so the relative clause's claim is the named person's."""
    first, last = found
    if first < 2 or tokens[first - 1].text != "," or not tokens[last].text.islower():
        return None
    run = _name_run(tokens, first - 2)
    if run is None or run[0] == 0 and run[0] == run[1]:
        return None  # one capitalised word opening the sentence: "Overall, a voter who ..."
    if run[0] > 0 and tokens[run[0] - 1].lower in _PLACE_LEADS:
        return None
    return run


# Relative words that stand for a speaker named before them ("that" only as subjects.py
# picks it: a restrictive clause on a noun that can speak).
_RELATIVE_SPEAKERS = (*words().relative_pronouns, "that")


def speaker_info(text: str, tokens: Sequence[Token], frame: Frame) -> MentionInfo | None:
    first, last = frame.speaker
    if first == last and tokens[first].lower in _RELATIVE_SPEAKERS:
        # "X, who ..., said": the antecedent stands before the comma.
        k = first - 1
        if k > 0 and tokens[k].text == ",":
            found = np_before(tokens, k - 1)
            if found is not None:
                if tokens[first].lower == "which":
                    found = nearest_noun(tokens, found)
                else:
                    found = nearest_person(tokens, found)
                info = describe(text, tokens, *found)
                # "a forest encampment of soldiers, who ordered ...": a place never speaks
                return info if can_speak(info) else None
        elif k >= 0 and tokens[first].lower in ("who", "that"):
            # "lawmakers who thought ...", "those who fear ...", "a group that says ...": a
            # restrictive clause's noun.
            found = (
                _name_run(tokens, k)
                or np_before(tokens, k)
                or _plain_noun(tokens, k)
                or _share_of(tokens, k)
            )
            if found is not None:
                found = _apposed_name(tokens, found) or found
                info = describe(text, tokens, *found)
                return info if can_speak(info) else None
        return None
    info = describe(text, tokens, first, last)
    if info.kind is SpeakerKind.DOCUMENT and info.issuer is None:
        # "The US military released a statement saying ...": the military speaks, and the
        # sentence names it as the speaker (PolNeAR marks the issuer, not the statement).
        before = issuer_before(text, tokens, first)
        if before is not None and can_speak(named := describe_text(before)):
            return named
        info = replace(info, issuer=before or issuer_after(text, tokens, last))
    return info if can_speak(info) else None  # "As the fighting continued": nobody speaks
