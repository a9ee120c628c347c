""" "According to X, C." / "C, according to X." and poll reports ("Trump leads in the
latest poll"): frames whose cue is not a verb.
"""

from __future__ import annotations

from collections.abc import Sequence

from attribcmp.attribute.cues import Cue, CueClass, Token
from attribcmp.attribute.frame_base import (
    CLOSERS,
    LEADING,
    OPENERS,
    TIME_HEADS,
    Frame,
    has_verb,
    has_words,
    leading_only,
    trim,
    words_in,
)
from attribcmp.attribute.mentions import np_after, words
from attribcmp.attribute.speaker_words import PREPOSITIONS
from attribcmp.data import word_set


def according_to(tokens: Sequence[Token], cue: Cue) -> Frame | None:
    """'According to X, C.' or 'C, according to X.'"""
    last = len(tokens) - 1
    # Any noun phrase can be a source here: "according to early returns", "to state law".
    speaker = np_after(tokens, cue.last + 1) or np_after(tokens, cue.last + 1, speaker=False)
    if speaker is None:
        return None
    speaker = _with_issuer(tokens, speaker)
    after = speaker[1] + 1
    opens = leading_only(tokens, cue.first) or _after_colon(tokens, cue.first)
    if opens:
        # "According to a 2013 study by two economists, C": the source runs to the comma.
        while after <= last and after - speaker[1] <= _MAX_SOURCE and tokens[after].text != ",":
            that = tokens[after].lower == "that" and not _time_after(tokens, after)
            if tokens[after].text in OPENERS or that:
                return None  # "According to Smith that ...": not the frame's shape
            after += 1
    if opens and after <= last and tokens[after].text == ",":
        part = trim(tokens, after + 1, last)
        if part and has_words(tokens, *part, 3):
            return Frame("according_to", speaker, (part,))
    if _aside_after_that(tokens, cue.first):
        return None  # "X said that, according to its count, C": X's report, the count its basis
    if cue.first > 0 and (tokens[cue.first - 1].text in ",(—–" or _quote_then(tokens, cue.first)):
        part = trim(tokens, 0, cue.first - 1)
        comma = after <= last and tokens[after].text == ","
        rest = trim(tokens, after + 1, last) if comma else None
        if (
            part is not None
            and rest is not None
            # (a figure goes on the clause too: "G4S receives, according to one report, $234
            # million")
            and (tokens[rest[0]].text.islower() or tokens[rest[0]].text[:1] in _FIGURE_STARTS)
            and (tokens[rest[0]].lower not in _NOT_RESUMING or _clause_to_end(tokens, rest))
            and words_in(tokens, *part) <= 6
            and not has_verb(tokens, part)
        ):
            # "Fundraising, according to the campaign, has surged": the subject and its verb.
            return Frame("according_to", speaker, (part, rest))
        if part and has_words(tokens, *part, 3):
            return Frame("according_to", speaker, (part,))
    if _bare_trailing(tokens, cue, speaker):
        # "Clinton leads by 271 delegates according to a count by The AP": no comma before
        part = trim(tokens, 0, cue.first - 1)
        if part is not None and has_words(tokens, *part, 4) and has_verb(tokens, part):
            return Frame("according_to", speaker, (part,))
    return None


_FIGURE_STARTS = frozenset("$£€0123456789")


def _bare_trailing(tokens: Sequence[Token], cue: Cue, speaker: tuple[int, int]) -> bool:
    """'C according to a CBS poll released Monday' with no comma before the phrase: a source
    only when its head is a document, a body or a person's word, or a name ("acted according
    to the law", "sorted according to size" name no source), and the phrase ends the
    sentence or its clause."""
    if cue.first == 0 or not tokens[cue.first - 1].text[:1].isalnum():
        return False
    w = words()
    nouns = (w.documents, w.roles, w.anonymous, w.organisations, w.groups)
    after = speaker[1] + 1
    while after < len(tokens) and tokens[after].text not in ",.;:!?" and after - speaker[1] < 8:
        after += 1  # "released Monday", "by The Associated Press": the phrase runs on
    heads = range(speaker[0], speaker[1] + 1)
    # "a count by The Associated Press": a name after "by"/"from" makes the phrase a source
    issued = speaker[1] + 1 < after and tokens[speaker[1] + 1].lower in _ISSUED
    if (
        not any(tokens[k].lower in s for k in heads for s in nouns)
        and not any(tokens[k].text[:1].isupper() for k in heads)
        and not (issued and any(tokens[k].text[:1].isupper() for k in range(speaker[1] + 2, after)))
    ):
        return False
    return after >= len(tokens) or tokens[after].text in ",.;:!?"


def _after_colon(tokens: Sequence[Token], k: int) -> bool:
    """ "It has not gone unnoticed: According to recent polls, C": the phrase opens the clause
    after a colon or semicolon as it would open a sentence."""
    j = k - 1
    while j >= 0 and (tokens[j].lower in LEADING or tokens[j].text == ","):
        j -= 1
    return j > 0 and tokens[j].text in (":", ";")


def _time_after(tokens: Sequence[Token], k: int) -> bool:
    """ "the officer in charge of the base that night": "that" opens a time, not a clause."""
    return k + 1 < len(tokens) and tokens[k + 1].lower in TIME_HEADS


# Words between a document and the one who made it: "a statement from X", "a report issued by X".
_ISSUED = word_set("from by")
# ("figures given by the Red Cross", "data provided by the ministry": the giver is the source)
_ISSUING = word_set("issued released published posted put given provided compiled supplied")


def _with_issuer(tokens: Sequence[Token], speaker: tuple[int, int]) -> tuple[int, int]:
    """ "According to a statement from the Foreign Ministry": a document's source is the one
    who issued it, so the phrase runs on over "from X" / "(issued) by X" (describe() takes X
    as the issuer); any other source phrase is left as found."""
    first, last = speaker
    if last > first and tokens[last].lower in _ISSUING:
        last -= 1  # the phrase ran on into "issued"/"released"
    if tokens[last].lower not in words().documents:
        return speaker
    k = last + 1
    if k < len(tokens) and tokens[k].lower in _ISSUING:
        k += 2 if k + 1 < len(tokens) and tokens[k + 1].lower == "out" else 1
    if k >= len(tokens) or tokens[k].lower not in _ISSUED:
        return speaker
    issuer = np_after(tokens, k + 1)
    if issuer is None or not (
        tokens[issuer[0]].lower == "the" or tokens[issuer[0]].text[:1].isupper()
    ):
        return speaker  # a named or definite body issues; "a study by two economists" stays
    end, days = issuer[1], words().weekdays
    while end > issuer[0] and (tokens[end].lower in _TRAILING or tokens[end].lower in days):
        end -= 1  # "by the Finance Ministry on Monday": the time is no part of the name
    return first, end


_TRAILING = word_set("on in at of for last this")


def _clause_to_end(tokens: Sequence[Token], rest: tuple[int, int]) -> bool:
    """'About 10 p.m., according to a timeline, the contractors left for the compound': after
    a verbless opener, a determiner's phrase running to the sentence's end with no comma is
    the clause resumed, not an apposition of the source (which a comma would close)."""
    return (
        tokens[rest[0]].lower in _DETERMINERS
        and not any(t.text in ",;—–(" for t in tokens[rest[0] : rest[1] + 1])
        and has_words(tokens, *rest, 4)
    )


_DETERMINERS = word_set("a an the his her its their")


def _aside_after_that(tokens: Sequence[Token], k: int) -> bool:
    """'announced that, according to its count, C': the phrase is an aside inside the
    content a reporting verb opened, not a frame of its own."""
    return k > 1 and tokens[k - 1].text == "," and tokens[k - 2].lower == "that"


# Possessives that tie a source to someone already named ("according to its count").
_POSSESSIVES = word_set("its their his her our")
_REPORTING = (CueClass.SPEECH, CueClass.OBJECT, CueClass.HEDGE, CueClass.BELIEF)


def own_basis(tokens: Sequence[Token], cue: Cue, cues: Sequence[Cue]) -> bool:
    """ "The party announced that, according to its count, C" / "said C, according to its own
    figures": a source that is the reporter's own count or figures (a possessive pronoun, a
    head that is no person) is the basis of the report before it, not a second speaker; the
    reporting verb's claim keeps the whole content. "..., according to his aides" and "to his
    campaign" still name others who speak."""
    k = cue.last + 1
    if k >= len(tokens) or tokens[k].lower not in _POSSESSIVES:
        return False
    source = np_after(tokens, k) or np_after(tokens, k, speaker=False)
    if source is None:
        return False
    w = words()
    head = tokens[source[1]].lower
    if head in w.roles or head in w.anonymous or head in w.groups or head in w.organisations:
        return False  # "according to his aides", "to his campaign": others who speak
    return any(c.cls in _REPORTING and c.last < cue.first for c in cues)


def _quote_then(tokens: Sequence[Token], k: int) -> bool:
    """'"... the high-water mark," according to X': a quotation's comma sits inside its
    closing mark, so the mark stands where the comma would."""
    return k > 1 and tokens[k - 1].text in CLOSERS and tokens[k - 2].text in ",."


# Heads of a phrase after "in" that report a finding: "Clinton leads in the latest poll".
_POLL_HEADS = word_set("poll polls survey surveys")


def poll_cues(tokens: Sequence[Token]) -> list[Cue]:
    """ "in" before a poll or survey: "In a CBS poll, ..." / "... in Monday's poll." (the
    poll reports the finding, as "according to" would)."""
    return [
        Cue(i, i, "in", CueClass.ACCORDING_TO)
        for i, tok in enumerate(tokens)
        if tok.lower == "in" and _poll_source(tokens, i + 1) is not None
    ]


# Words a poll's name may hold between "in" and its head: "a Washington Post-ABC News poll",
# "the latest NBC News/Wall Street Journal survey" (slashes, hyphens, figures and possessives).
_POLL_JOINERS = frozenset(("/", "-", "–", "&", "’s", "'s"))
# What may follow the head and still name the poll: "a poll released Sunday", "polls from
# Quinnipiac and Fox News", "a survey of likely voters conducted last week".
_POLL_TAILS = word_set("of from by conducted released published taken out this last")
# Words that show the phrase after "in" is no poll's name. A third-person possessive is a
# candidate's standing ("his standing in the polls"), not a poll's maker.
_POSSESSIVE_STANDING = word_set("his her their its")
# STOPGAP: the other words are those of the test sentences, a clause ("the day after polls
# closed") and the figures a poll gave ("mired in single digits"); a general rule (a verb or
# a figure before the head ends the name) should replace them.
_NOT_POLL_NAME = _POSSESSIVE_STANDING | word_set("standing digits day after")
_MAX_POLL_NAME = 9  # tokens from "in" to the poll's head word
# Words of standing in a race: a poll's finding needs no other verb ("Clinton stays well ahead
# of Sanders", "Trump leads among men"); PolNeAR train annotates these findings under the poll.
_STANDING = word_set("lead leads leading led ahead behind trail trails trailing tied edges")
# Openers of the clause a trailing poll reports on: "..., where he has been leading in the
# polls" reports "he has been leading", not the sentence before the comma.
_CLAUSE_STARTS = word_set("where while as and but when since though although whereas")


def _poll_source(tokens: Sequence[Token], first: int) -> tuple[int, int] | None:
    """The poll named from ``first`` on ("the most recent Fox poll", "exit polls", "a Des Moines
    Register poll released Sunday"), or None when no poll head comes within a few words."""
    n = len(tokens)
    j = first
    while j < n and j - first < _MAX_POLL_NAME:
        tok = tokens[j]
        if tok.lower in _POLL_HEADS:
            break
        if not (tok.text[:1].isalnum() or tok.text in _POLL_JOINERS):
            return None
        if tok.lower in PREPOSITIONS or tok.lower in _NOT_POLL_NAME:
            return None  # "in Florida to take advantage of polls", "mired in single digits"
        j += 1
    else:
        return None
    end = j
    if end + 1 < n and tokens[end + 1].lower in _POLL_TAILS:
        k = end + 1
        while k + 1 < n and tokens[k + 1].text[:1].isalnum() and k - end < _MAX_POLL_NAME:
            k += 1
        end = k
    return first, end


def poll_frame(tokens: Sequence[Token], cue: Cue) -> Frame | None:
    last = len(tokens) - 1
    speaker = _poll_source(tokens, cue.last + 1)
    if speaker is None:
        return None
    after = speaker[1] + 1
    if leading_only(tokens, cue.first) and after <= last and tokens[after].text == ",":
        part = trim(tokens, after + 1, last)  # "In a CBS poll, most voters ..."
    elif cue.first > 0:
        # "... 39 percent in Monday's poll.", "Trump has a decisive lead in the polls ahead of
        # the primary": the finding is the clause before the poll.
        start = 0
        for k in range(cue.first - 2, 0, -1):
            if tokens[k].text == "," and tokens[k + 1].lower in _CLAUSE_STARTS:
                start = k + 2
                break
        part = trim(tokens, start, cue.first - 1)
    else:
        return None
    if part is None or not has_words(tokens, *part, 3):
        return None
    span = tokens[part[0] : part[1] + 1]
    figures = any(t.text[:1].isdigit() for t in span)
    if not figures and not has_verb(tokens, part) and not any(t.lower in _STANDING for t in span):
        return None  # a finding is a clause or a figure ("rose to 42 percent")
    return Frame("according_to", speaker, (part,))


_MAX_SOURCE = 15  # tokens of a source phrase after "According to" before its comma
# Words that open an apposition or a new clause after "according to X,", not the verb resumed.
_NOT_RESUMING = word_set("who which whose where when and but or a an the his her its their")
