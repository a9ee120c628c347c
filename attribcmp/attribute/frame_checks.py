"""Checks the subject-cue frame consults on the words after its cue: an adjunct, an object,
a setting, a quotation that resumes, a clause break.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from attribcmp.attribute.cues import Cue, CueClass, Lexicon, Token, find_cues
from attribcmp.attribute.frame_base import (
    CLAUSE_VERBS,
    CLOSERS,
    OPENERS,
    REPORT_START,
    TIME_HEADS,
    TIME_OPENERS,
    Frame,
    adjunct_only,
    glued_mark,
    has_verb,
    has_words,
    trim,
    verb_follows,
    words_in,
)
from attribcmp.attribute.mentions import np_after, words
from attribcmp.data import load_table, word_set


def quote_resumes(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int] | None:
    """After a cue, an adjunct then ', “...”': the quotation resumes after the adjunct."""
    for k in range(first, min(last, first + 12)):
        if tokens[k].text == "," and k + 1 <= last and tokens[k + 1].text in OPENERS:
            if k > first and adjunct_only(tokens, first, k - 1):
                return trim(tokens, k + 1, last)
            return None
        if tokens[k].text in OPENERS:
            return None
    return None


def resumes_after_aside(
    tokens: Sequence[Token], first: int, last: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """', “...”' closing the sentence after an aside of at most 15 tokens with no quotation
    and no finite cue of its own ("and Ann replied, “...”" is Ann's): the quotation resumes."""
    for k in range(first, min(last, first + 16)):
        if tokens[k].text in OPENERS:
            return None
        if tokens[k].text == "," and tokens[k + 1].text in OPENERS:
            if tokens[last].text not in CLOSERS and tokens[last - 1].text not in CLOSERS:
                return None
            aside = list(tokens[first:k])
            if any(_finite(aside, c) for c in find_cues(aside, lexicon)):
                return None
            return trim(tokens, k + 1, last)
    return None


def _finite(tokens: Sequence[Token], cue: Cue) -> bool:
    """A cue with a subject of its own ("and Ann replied"): a name or pronoun right before it,
    and no participle ("echoing", "voiced by") or noun ("doubts")."""
    if cue.first == 0 or tokens[cue.first].lower.endswith("ing"):
        return False
    before = tokens[cue.first - 1]
    return before.text[:1].isupper() or before.lower in words().pronouns


def report_opens(tokens: Sequence[Token], cue: Cue, first: int, last: int) -> bool:
    """Whether a report of its own opens right after a cue ("said Friday that", "told
    reporters:", "said, “..."), within a few words: after a quotation that ends right before its
    speaker, a longer run is the setting ("“...,” he said during a call to ABC when asked
    about claims that ...")."""
    for k in range(first, min(last + 1, first + _OPENS_WITHIN)):
        low = tokens[k].lower
        if tokens[k].text in OPENERS and glued_mark(tokens, k):
            continue  # "told CBS' Face the Nation": a possessive's mark opens no quotation
        if low in REPORT_START or tokens[k].text in REPORT_START:
            return True
        if low == "to" and cue.cls is CueClass.OBJECT:
            return True
        if tokens[k].text in ",;.!?":
            return False
    return False


# "said that", "said Friday that", "told reporters:": a report opens within this many tokens
# of its cue (PolNeAR train: 3 and 4 tie; a wider reach takes the quotation's setting for
# content).
_OPENS_WITHIN = 3


def clause_break(tokens: Sequence[Token], first: int, last: int) -> bool:
    """'... said Friday, but the prosecutor said ...': after the cue only a time phrase, then
    ', but' (or while, whereas, though) opens another speaker's clause."""
    k = first
    while k <= last and (tokens[k].lower in TIME_HEADS or tokens[k].lower in TIME_OPENERS):
        k += 1
    return (
        k + 1 <= last
        and tokens[k].text == ","
        and tokens[k + 1].lower in _CLAUSE_CONNECTIVES
        and not (k + 2 <= last and tokens[k + 2].text == ",")  # "said, though, that ..."
    )


_CLAUSE_CONNECTIVES = word_set("but while whereas though although yet")


def object_only(tokens: Sequence[Token], cue: Cue, first: int, last: int) -> bool:
    """'“...,” Warren told Stumpf.': an object-taking cue whose listener ends the clause."""
    if cue.cls is not CueClass.OBJECT:
        return False
    title = _quoted_listener(tokens, first, last)
    if title is not None:
        # '"A," Fiorina told "Fox and Friends" on Monday.': a quoted show is the listener
        return (
            title == last
            or tokens[title - 1].text in ",."
            or tokens[title + 1].text in ",.;"
            or adjunct_only(tokens, title + 1, last)
        )
    obj = np_after(tokens, first, speaker=False)
    if obj is None:
        return False
    if obj[1] + 1 <= last and tokens[obj[1] + 1].lower == "to":
        return False  # "begged reporters to ask him ...": the infinitive is what was said
    if verb_follows(tokens, obj[1] + 1, last + 1):
        return False  # "warned the fighting in Syria could spread": a clause, not a listener
    # "... told reporters in the provincial capital.": only an adjunct follows the listener.
    return (
        obj[1] == last
        or tokens[obj[1] + 1].text in ",.;"
        or adjunct_only(tokens, obj[1] + 1, last)
        # "told reporters outside the hall": the listener scan may take the preposition along.
        or adjunct_only(tokens, obj[0] + 1, last)
    )


# Lower-case words a title may hold ("Fox and Friends", "Meet the Press", "Face the Nation").
_TITLE_MINOR = word_set("and of the a an in on for to with at")


def _quoted_listener(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """The closing mark of a short quoted title right after the cue ('told "Fox and Friends"'):
    at most six words, each capitalised but the minor ones, the first a capital."""
    if first + 2 > last or tokens[first].text not in OPENERS:
        return None
    if not tokens[first + 1].text[:1].isupper():
        return None
    for m in range(first + 2, min(last, first + 8) + 1):
        tok = tokens[m]
        if tok.text in CLOSERS:
            return m
        if tok.text in ",." and m + 1 <= last and tokens[m + 1].text in CLOSERS:
            continue  # 'told "Fox and Friends," reminding ...': the comma inside the marks
        if not tok.text[:1].isalpha() or (
            not tok.text[:1].isupper() and tok.lower not in _TITLE_MINOR
        ):
            return None
    return None


def leading_intro(tokens: Sequence[Token], part: tuple[int, int]) -> bool:
    """'In a posting on Twitter, he said ...': an introductory phrase, not content."""
    first = tokens[part[0]].lower
    n = words_in(tokens, *part)
    return n <= 8 and first in (
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
        "later",
        "earlier",
        "separately",
        "similarly",
        "meanwhile",
        "however",
        "but",
        "and",
        "also",
        "still",
        "yet",
        "today",
        "then",
        "instead",
    )


_SETTING_OPENERS = word_set("in on at during after before following since")


def setting_only(
    tokens: Sequence[Token], part: tuple[int, int], openers: frozenset[str] = _SETTING_OPENERS
) -> bool:
    """'In a statement', 'Following the meeting last week': a prepositional setting, no verb."""
    first, last = part
    if tokens[first].lower not in openers or last - first > 12:
        return False
    return not any(
        t.lower in CLAUSE_VERBS or t.lower.endswith("ed") or t.lower.endswith("n't")
        for t in tokens[first + 1 : last + 1]
    )


# Relative words that stand for what a later speaker said or thought: "which Beijing has vowed
# to ignore", "what he said four years ago".
_GAP_RELATIVES = word_set("which what whom")


def relative_gap(tokens: Sequence[Token], cue: Cue, frame: Frame) -> Frame:
    """The frame with the relative word before its speaker as the content's first part, when
    the content follows the cue: the relative is the object the speaker's verb is missing
    (PolNeAR keeps it as part of what was said)."""
    s0 = frame.speaker[0]
    if (
        s0 < 1
        or not frame.parts
        or frame.parts[0][0] <= cue.last
        or tokens[s0 - 1].lower not in _GAP_RELATIVES
        or _after_preposition(tokens, s0 - 1)
    ):
        return frame
    parts = frame.parts
    if s0 >= 2 and tokens[s0 - 2].text == "," and len(parts) == 1:
        # "The plan, which officials said would cost $5 billion, was approved": the aside
        # closes at its comma; what follows is the main clause's verb, not what was said.
        a, b = parts[0]
        close = next((k for k in range(a + 1, b) if tokens[k].text == ","), None)
        if close is not None and tokens[close + 1].text.islower():
            cut = trim(tokens, a, close - 1)
            parts = (cut,) if cut is not None and has_words(tokens, *cut, 2) else parts
    return replace(frame, parts=((s0 - 1, s0 - 1), *parts))


def _after_preposition(tokens: Sequence[Token], k: int) -> bool:
    """ "a debate in which he said C", "during which Kaine defended ...": the relative is the
    preposition's object, not a word missing from what was said ("of what she called a rant"
    is not: "what" is the verb's object as well)."""
    return k > 0 and tokens[k].lower != "what" and tokens[k - 1].lower in _RELATIVE_PREPOSITIONS


_RELATIVE_PREPOSITIONS = word_set(
    """of for from by on at in with to between among within inside near during under after
    before through over against about throughout upon"""
)


# Relatives that hang on a noun before them; "what he said when he resigned" is itself the
# thing said (PolNeAR keeps it), no noun's description.
_OBJECT_RELATIVES = word_set("which whom")
# "that" is a relative too ("the sanctions on entities that the US announced on July 16"), but
# also a complementiser ("might wish that the candidates would reckon with ..."): it counts
# only when a time word follows the cue, which no complement's verb takes as its object.
_THAT_TIME_STARTS = word_set("on in last this earlier today yesterday")


def object_relative(tokens: Sequence[Token], cue: Cue, frame: Frame) -> bool:
    """ "the sanctions, which the US announced on July 16": the relative before the speaker is
    the object of the cue, and what follows the cue up to the clause's end is only time or
    place: the clause names the sanctions, it reports nothing (the main clause's claim stands).
    "which officials said would cost $5 billion" keeps its claim: a verb follows the cue."""
    s0 = frame.speaker[0]
    if s0 < 1 or not frame.parts:
        return False
    relative = tokens[s0 - 1].lower
    if relative == "that":
        after = tokens[cue.last + 1].lower if cue.last + 1 < len(tokens) else ""
        if after not in _THAT_TIME_STARTS:
            return False
    elif relative not in _OBJECT_RELATIVES:
        return False
    if _after_preposition(tokens, s0 - 1):
        return False  # "the speech in which he announced ...": not the verb's object
    first = cue.last + 1
    if frame.parts[0][0] < first:
        return False  # the content stands before the cue: not a relative's gap
    end = frame.parts[-1][1]
    end = next((k - 1 for k in range(first, end + 1) if tokens[k].text in ",;—–()"), end)
    if end >= first and tokens[first].lower == "as":
        return False  # "which both sides described as successful": the description was said
    return end < first or adjunct_only(tokens, first, end)


def single_that(tokens: Sequence[Token], frame: Frame) -> Frame:
    """ "said that that decision was final": the complementiser before a demonstrative "that"
    is left out, so the content reads as the clause ("that decision was final")."""
    if not frame.parts:
        return frame
    a, b = frame.parts[0]
    if b <= a + 1 or tokens[a].lower != "that" or tokens[a + 1].lower != "that":
        return frame
    return replace(frame, parts=((a + 1, b), *frame.parts[1:]))


def cut_without(tokens: Sequence[Token], frame: Frame) -> Frame:
    """ "said the vote was rigged, without giving evidence", "put the toll at 11, without saying
    how many were militants": a closing ", without ...ing" tells how the speaker spoke, or
    what he left unsaid; it is no part of what he said."""
    if not frame.parts:
        return frame
    a, b = frame.parts[-1]
    for k in range(a + 2, b):
        if (
            tokens[k].text == ","
            and tokens[k + 1].lower == "without"
            and k + 2 <= b
            and tokens[k + 2].lower.endswith("ing")
            and not any(t.text == "," for t in tokens[k + 2 : b + 1])
        ):
            # (a closed aside, "had claimed, without giving evidence, that C", goes on to C)
            return replace(frame, parts=(*frame.parts[:-1], (a, k - 1)))
    return frame


# A reporter's note on a claim it passes on: a verifying verb and a negation in the clause.
_VERIFY = word_set(
    "verify verified confirm confirmed corroborate corroborated substantiate substantiated"
)
_NOT_ABLE = word_set("not n't unable cannot no")


def cut_unverified(tokens: Sequence[Token], frame: Frame) -> Frame:
    """ "said 40 militants died, a claim that could not be independently verified", "..., but
    VOA was not able to confirm that": a closing clause saying the outlet could not check the
    claim is the reporter's note, no part of what was said. Only the last clause is read (the
    note closes the sentence), so each part is scanned once."""
    if not frame.parts:
        return frame
    a, b = frame.parts[-1]
    k = next((k for k in range(b - 1, a + 1, -1) if tokens[k].text == ","), None)
    if k is None:
        return frame
    tail = {t.lower for t in tokens[k + 1 : b + 1]}
    if tail & _VERIFY and tail & _NOT_ABLE:
        return replace(frame, parts=(*frame.parts[:-1], (a, k - 1)))
    return frame


# The speaker's own first person: "We cannot confirm the reports" is said, not a note.
_FIRST_PERSON = word_set("i we our us my")


def reporters_note(tokens: Sequence[Token]) -> bool:
    """ "VOA could not independently verify the claims.", "The figures could not be
    confirmed.": a sentence saying the claims could not be checked is the reporter's, never
    the last speaker's words continued."""
    low = {t.lower for t in tokens}
    return bool(low & _VERIFY and low & _NOT_ABLE and not low & _FIRST_PERSON)


@cache
def _topic_verbs() -> frozenset[str]:
    return frozenset(str(load_table("cues.yaml").get("topic_verbs") or "").split())


_AFTER_SUBJECT = word_set("also then later again further")


def raised_topic(tokens: Sequence[Token], cue: Cue, frame: Frame) -> Frame:
    """ "He raised the detention of two reporters and asked for their swift release": the
    topic raised before "and" is part of the report, and what the cue's content ("their
    release") refers back to; it becomes the claim's first part. Only a topic verb right
    after the speaker, and no clause break between it and the cue."""
    if frame.rule != "subject_cue" or not frame.parts or cue.first < 3:
        return frame
    if tokens[cue.first - 1].lower != "and" or frame.speaker[1] >= cue.first:
        return frame
    v = frame.speaker[1] + 1
    while v < cue.first and tokens[v].lower in _AFTER_SUBJECT:
        v += 1
    if tokens[v].lower not in _topic_verbs() or v + 1 > cue.first - 2:
        return frame
    if any(not t.text[:1].isalnum() and t.text not in "-'’" for t in tokens[v + 1 : cue.first - 1]):
        return frame  # a comma or a quotation between: not one plain coordination
    return replace(frame, parts=((v + 1, cue.first - 2), *frame.parts))


def says_nothing(tokens: Sequence[Token], frame: Frame) -> bool:
    """ "... and wrote nothing at all", "said nothing about the attack": the object is the
    absence of content, not what was said ("said nothing had changed" keeps its clause)."""
    if len(frame.parts) != 1:
        return False
    a, b = frame.parts[0]
    return tokens[a].lower == "nothing" and not has_verb(tokens, (a, b))


def opening_what(tokens: Sequence[Token], cue: Cue, frame: Frame) -> bool:
    """'What he said was a lie, X told VOA': a sentence-opening 'What' before its speaker makes
    the report a subject clause, so the words after the cue are the main clause's, not his."""
    s0 = frame.speaker[0]
    return (
        s0 == 1 and tokens[0].lower == "what" and bool(frame.parts) and frame.parts[0][0] > cue.last
    )


# Relatives that open the writer's aside on the noun ending what was said.
_ASIDE_RELATIVES = word_set("which who whose")


# Finite verbs that, after a relative clause's own verb, show the main clause going on.
_RESUMING = word_set("is are was were has have had will would")
# Subjects that would make such a verb the aside's own inner clause ("which he says is ...").
_INNER_SUBJECTS = word_set("that who which it he she they there we i you")


def _main_verb_resumes(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A finite 'is/has/will ...' after a relative clause with no inner subject before it."""
    return any(
        tokens[j].lower in _RESUMING and tokens[j - 1].lower not in _INNER_SUBJECTS
        for j in range(start, end + 1)
    )


def cut_relative_aside(tokens: Sequence[Token], cue: Cue, frame: Frame) -> Frame:
    """The content after a cue cut before ', which ...' / ', who ...' running to its end, when
    no quotation mark is in it: "said he backed NAFTA, which caused pain" -- a clause on the
    last noun is the writer's aside, not the speaker's words (PolNeAR ends the content there)."""
    if not frame.parts or frame.parts[-1][0] <= cue.last:
        return frame
    a, b = frame.parts[-1]
    for k in range(a + 1, b):
        if tokens[k].text in OPENERS or tokens[k].text in CLOSERS:
            return frame  # the relative may be the speaker's own quoted words
        if tokens[k].text == "," and tokens[k + 1].lower in _ASIDE_RELATIVES:
            if any(t.text in ",;—–" for t in tokens[k + 2 : b]):
                return frame  # the aside closes and the clause goes on ("X, which ..., is")
            if _main_verb_resumes(tokens, k + 3, b):
                return frame  # "the FDD, which signed the accord is also involved": comma left out
            cut = trim(tokens, a, k - 1)
            if cut is None or not has_words(tokens, *cut, 2):
                return frame
            return replace(frame, parts=(*frame.parts[:-1], cut))
    return frame


# A setting after a cue runs at most this many tokens before its "that" ("told a town hall in
# Salem, New Hampshire on Monday that ...").
_MAX_SETTING = 16
# Words that start a setting after a verb that takes no object ("said in a statement on
# Friday that", "noted repeatedly that", "agrees with Viguerie that").
_SETTING_START = word_set(
    """in on at during via through to after before with from outside following earlier later
    again also instead however then once twice privately publicly recently previously today
    yesterday tonight last this monday tuesday wednesday thursday friday saturday sunday"""
)
# Words that end the search: a clause or another report runs there, so a later "that" is not
# the content's opening complementizer.
_SETTING_STOPS = (
    word_set(
        """that which who whom whose what whether if because but or while when where how why as
    he she they we i it you"""
    )
    | frozenset(OPENERS)
    | frozenset(CLOSERS)
    | frozenset(":;.!?()—–")
)
# After "that", words that show it is a relative or demonstrative, not a complementizer.
_NOT_COMPLEMENT = word_set("day week month year night time morning evening is was would will")


def that_after_setting(
    tokens: Sequence[Token], cue: Cue, j: int, end: int, lexicon: Lexicon
) -> int | None:
    """The "that" opening the content after a setting or listener between cue and content.

    "told a crowd at a hotel in Baltimore that C", "said earlier on Friday during a news
    conference that C", "wrote to Sanders’ Senate office that C": PolNeAR starts the content at
    "that" (about 160 train attributions started early). A verb that takes no object needs a
    setting word first, so "said the plan that failed was costly" is left alone; no verb,
    clause word or quotation may stand in between.
    """
    if j > end or tokens[j].lower == "that":
        return None
    if cue.cls is CueClass.OBJECT and cue.lemma not in _LISTENER_CUES:
        return None  # "offering amenities that go far": the object is no listener
    if cue.cls is not CueClass.OBJECT and not (
        tokens[j].lower in _SETTING_START or tokens[j].lower.endswith("ly")
    ):
        return None
    k = j
    while k < min(end, j + _MAX_SETTING):
        k += 1
        low = tokens[k].lower
        if tokens[k].text in OPENERS and tokens[k - 1].text[:1].isupper():
            close = _title_close(tokens, k, min(end, j + _MAX_SETTING))
            if close is not None:
                k = close  # 'told ABC’s “Good Morning America” that': a show's title
                continue
        if low == "that":
            if tokens[k - 1].lower == "and":
                return None  # "said he met X this week and that C": the content began earlier
            if k + 1 > end or not tokens[k + 1].text[:1].isalnum():
                return None  # "said so at the time, and that.": a demonstrative
            if tokens[k + 1].lower in _NOT_COMPLEMENT:
                return None  # "that day", "that is": not the content's opening
            return k
        if low in _SETTING_STOPS or low in CLAUSE_VERBS or low in lexicon.words:
            return None
        if low in _claim_nouns():
            return None  # "responded to accusations that C": the accusation is what he answered
        if low.endswith("n't") or (low.endswith("ed") and tokens[k - 1].lower not in _DETS):
            return None  # a verb: the words are a clause of their own, not a setting
    return None


def _title_close(tokens: Sequence[Token], k: int, end: int) -> int | None:
    """The closing mark of a quoted title opened at k: every word in it capitalised."""
    for m in range(k + 1, end + 1):
        if tokens[m].text in CLOSERS:
            return m if m > k + 1 else None
        if tokens[m].text[:1].isalpha() and not tokens[m].text[:1].isupper():
            return None
    return None


@cache
def _claim_nouns() -> frozenset[str]:
    """Nouns that take a "that" clause of their own (cues.yaml, key nominal)."""
    return word_set(str(load_table("cues.yaml")["nominal"]["that"]))


# Object cues whose object is a listener, so a "that" after it opens what was said.
_LISTENER_CUES = word_set(
    "tell remind inform assure advise warn brief notify convince persuade promise show"
)
# Determiners before which an -ed word is an adjective ("a crowded hall"), not a verb.
_DETS = word_set("a an the this his her their its")


# Words that open a clause of its own after a denial's object ("dispute toll as rescuers dig",
# "reject price cut after talks fail"): what else happens, not what is denied.
_SCENE_OPENERS = word_set("as after while amid when before")
# Words that show the object goes on into what was said ("disputed claims that ..."): no cut.
_CLAUSE_WORDS = word_set("that whether if how what which who")


def cut_scene_clause(tokens: Sequence[Token], cue: Cue, frame: Frame) -> Frame:
    """ "Families dispute toll as rescuers dig at the mine": a denial verb's object is the
    noun phrase it denies ("toll"); a clause opened after it by "as", "after" or "amid" tells
    the scene, not what the speaker said."""
    lemmas = _denial_lemmas()
    if not frame.parts or not {cue.lemma, f"{cue.lemma}s"} & lemmas:
        return frame
    a, b = frame.parts[0]
    if a <= cue.last:
        return frame  # the content stands before the cue ("toll is wrong, families say")
    for k in range(a, b):
        word = tokens[k].lower
        if word in _CLAUSE_WORDS or tokens[k].text in {",", ";", ":"}:
            return frame  # a clause or a list: more was said than the object
        if word in _SCENE_OPENERS and a < k and k + 2 <= b:
            return replace(frame, parts=((a, k - 1),))
    return frame


@cache
def _denial_lemmas() -> frozenset[str]:
    """Lemmas of the one-word denial cues ("deny", "dispute", "reject") of data/events.yaml."""
    from attribcmp.facet_lexicon import events_lexicon

    return frozenset(str(w).lower() for w in events_lexicon()["denial_cues"] if " " not in str(w))
