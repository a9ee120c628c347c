"""Reported-speech frames: given a sentence's tokens and one cue, where are speaker and content?

Each frame is one rule with a name, so every claim can say which rule produced it:

    according_to      "According to X, C." / "C, according to X."
    subject_cue       "X said (that) C." / "X told reporters C." / "X said: C"
    content_first     "C, X said." / "“C,” X said."
    split             "C1, X said, C2."
    inverted          "C, said X." / "“C,” said X."
    trailing          "..., adding that C" (a second claim of the same speaker)

The functions here only locate token ranges; attribute/__init__.py turns them into claims.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from attribcmp.attribute.clauses import (
    charged_object,
    checked_subject,
    claim_gap,
    coordinated_subject,
    far_subject,
    opening_participle,
    second_verb,
)
from attribcmp.attribute.cues import Cue, CueClass, Lexicon, Token, find_cues
from attribcmp.attribute.mentions import bare, np_after, np_before, words
from attribcmp.attribute.shapes import role_then_name
from attribcmp.data import word_set

# Closing quotation marks: a cue right after one of these follows its content.
_CLOSERS = frozenset("”\"’'»")
_OPENERS = frozenset("“\"‘'«")
# Sentence openers that do not stop "According to X" from starting the sentence.
_LEADING = word_set("""but and so yet also still however meanwhile instead indeed even then now""")
# Present participles that chain a second claim onto the first: "..., adding that C".
_CHAINING = word_set(
    """adding saying noting arguing insisting stressing warning explaining claiming telling
    asserting suggesting calling urging vowing declaring acknowledging stating maintaining
    emphasizing emphasising"""
)
# Time phrases that may stand between a subject and its cue.
_TIME_HEADS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday week month year weekend morning
    afternoon evening night day time"""
)
_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
_TIME_OPENERS = word_set("on this last earlier later that each every late early next")
# Marks that set off an apposition between a subject and its cue, and how far one may run.
_APPOSITION = frozenset((",", "—", "–", "--"))
_MAX_APPOSITION = 40
# Documents that speak, with their authors in an apposition ("the reports, by X, claim").
_REPORT_HEADS = frozenset({"report", "reports", "statement", "statements", "article", "study"})
# Words that open an adjunct after a cue ("..., X said after the meeting"): content came first.
_ADJUNCT_START = word_set(
    """on in at during after before while when as to from via with in amid following outside
    inside near"""
)
# Day words that may stand alone after a cue ("said today when ..."): no opener needed.
_DAY_WORDS = word_set("today yesterday tonight")
# Prepositions that open the setting of a statement ("in a joint statement", "on Twitter").
_FRAME_PREPOSITIONS = word_set("in on at during via through to after before")
# Object-taking cues skip at most this many tokens of listener before the content.
_MAX_OBJECT = 6
_TIME_WORDS = word_set(
    """on in at during late early earlier later last this next monday tuesday wednesday
    thursday friday saturday sunday today yesterday tonight morning afternoon evening night
    week month year a an the statement interview conference briefing news press call
    reporters journalists"""
)


@dataclass(frozen=True, slots=True)
class Frame:
    """Where the pieces of one attribution are, as token ranges (inclusive)."""

    rule: str
    speaker: tuple[int, int]
    parts: tuple[tuple[int, int], ...]
    chained: tuple[int, int] | None = None  # the "adding that C" range, if any
    chain_cue: tuple[int, int] | None = None


def _is_word(tok: Token) -> bool:
    return tok.text[:1].isalnum()


def _words_in(tokens: Sequence[Token], first: int, last: int) -> int:
    if first < 0:
        return sum(1 for k in range(first, last + 1) if _is_word(tokens[k]))
    # A slice and the test inline: this counts words of every candidate part.
    return sum(1 for t in tokens[first : last + 1] if t.text[:1].isalnum())


def _trim(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int] | None:
    """Drop edge punctuation that belongs to the frame, not the content (keep quote marks)."""
    while first <= last and tokens[first].text in ",;:—–-":
        first += 1
    while last >= first and tokens[last].text in ",;:.—–-" and tokens[last].text not in _CLOSERS:
        last -= 1
    if first > last:
        return None
    return first, last


def _skip_between(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> int:
    """Step back over adverbs, auxiliaries and time phrases between a speaker and its cue."""
    while k >= 0:
        low = tokens[k].lower
        if low in _TIME_HEADS and k > 0 and tokens[k - 1].lower in _TIME_OPENERS:
            k -= 2  # "Wells Fargo this month announced", "Clinton on Tuesday said"
            while k >= 0 and tokens[k].lower in _TIME_OPENERS:
                k -= 1
        elif low in _TIME_HEADS and k > 1 and tokens[k - 1].lower in _WEEKDAYS:
            k -= 2  # "Spicer on Thursday evening said", "Trump Monday night said"
            while k >= 0 and tokens[k].lower in _TIME_OPENERS:
                k -= 1
        elif low in _DAY_WORDS:
            k -= 1  # "Clinton defenders today argue"
        elif tokens[k].text[:1].isupper():
            break  # "Theresa May said": a capitalised word is a name, not the modal
        elif low in lexicon.between or (
            low.endswith("ly") and k > 0 and low not in ("italy", "reply")
        ):
            k -= 1
        else:
            break
    return k


def subject_of(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> tuple[int, int] | None:
    """The speaker phrase before a cue, over appositions and time phrases; None if none."""
    return _subject(tokens, cue, lexicon)


def _subject(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> tuple[int, int] | None:
    k = _skip_between(tokens, cue.first - 1, lexicon)
    quoted = _quoted_as(tokens, cue, cue.first - 1)
    if quoted is not None:
        return quoted  # "the agency quoted Minister Ann Ruiz as saying ...": Ann Ruiz speaks
    if k >= 0 and tokens[k].text == "," and tokens[cue.first].lower.endswith("ing"):
        # ", adding that ...": a participle's subject is the sentence's, not the nearest phrase.
        return checked_subject(_sentence_subject(tokens, cue.first), tokens, cue.first, lexicon)
    if k >= 0 and tokens[k].text == ")":
        # A parenthesis after the name: "Sen. Lindsey Graham (R-S.C.) told ..."
        m = k - 1
        while m >= 0 and k - m <= 8 and tokens[m].text != "(":
            m -= 1
        if m > 0 and tokens[m].text == "(":
            k = m - 1
    if k < 0:
        return None
    if tokens[k].text in _APPOSITION:
        # An apposition or relative clause between subject and cue: "Hugh Hill, a doctor, said",
        # "Johnnie Wilson, of Springfield, Va., said". Try each earlier mark, nearest first.
        mark = tokens[k].text
        m = k - 1
        while m > 0 and k - m <= _MAX_APPOSITION:
            if tokens[m].text == mark or (mark == "," and tokens[m].text in _APPOSITION):
                end = m - 1
                if end > 1 and tokens[end].text == ")":
                    # "U.S. Africa Command (AFRICOM), which ..., asserted": over the acronym
                    opening = next(
                        (j for j in range(end - 1, max(end - 6, 0), -1) if tokens[j].text == "("),
                        None,
                    )
                    end = opening - 1 if opening is not None else end
                found = np_before(tokens, end)
                inner = (m + 1, k - 1)
                if (
                    found is not None
                    and _opens_clause(tokens, found[0])
                    and (
                        _named_head(tokens[_head_before_of(tokens, *found)])
                        # "Another delegate on the slate, Jim Poolman, said": the name speaks.
                        or _is_name(tokens, *inner)
                        # "Democratic candidates, including Hillary Clinton, have proposed".
                        or tokens[m + 1].lower in _EXAMPLES
                        and tokens[found[1]].lower.endswith("s")
                        # "the reports, by several newspapers, claim": whose reports they are
                        or tokens[m + 1].lower in ("by", "from")
                        and tokens[found[1]].lower in _REPORT_HEADS
                    )
                ):
                    if not tokens[found[1]].text[:1].isupper() and _is_name(tokens, *inner):
                        # "Its chief executive, Omar Farouk, said": the whole phrase is the
                        # mention; describe() takes the name from its end.
                        return found[0], inner[1]
                    return found
            m -= 1
        return None
    found = np_before(tokens, k)
    if found is None and tokens[k].text == "." and k > 1 and tokens[k - 1].lower in _SUFFIXES:
        named = np_before(tokens, k - 1)  # "Joseph R. Biden Jr. said": the suffix's period
        found = (named[0], k) if named is not None else None
    if (
        found is None
        and tokens[k].lower in ("and", "but")
        or (
            found is None
            and cue.cls is not CueClass.ACCORDING_TO
            and tokens[cue.first].lower.endswith("ing")
        )
    ):
        # Coordinated verbs share the sentence's subject: "Cruz exhorted ... and said he was".
        return coordinated_subject(_sentence_subject(tokens, cue.first), tokens, k, lexicon)
    if found is None and cue.cls in (CueClass.SPEECH, CueClass.HEDGE):
        plain = _plain_subject(tokens, k)
        if plain is not None:
            return plain
    speech = cue.cls in (CueClass.SPEECH, CueClass.HEDGE)
    if (
        cue.cls is CueClass.EVIDENCE
        and (found is None or not _is_document(tokens[found[1]]))
        or speech
        and found is None
    ):
        document = _document_subject(tokens, k)
        if document is not None:
            return document  # "A poll of 800 voters conducted last week found", "A court
            # document filed Thursday says"
    if found is None and tokens[k].lower in _LONE_SUBJECTS and _opens_clause(tokens, k):
        return k, k  # "Many fear ...", "Some seek ...", "everyone knows ...": a group speaks
    if found is None:
        doc = _document_put_out(tokens, k)
        if doc is not None:
            return doc  # "A statement posted to the ministry's website on May 2 criticizes"
    if found is None and tokens[k].lower in ("that", "which"):
        doc = _document_before(tokens, k)
        if doc is not None:
            return doc  # "released a statement later Saturday that confirmed ...": the statement
    if found is None and cue.cls is not CueClass.ACCORDING_TO:
        return _relative_subject(tokens, k)
    if found is not None:
        outer = _relative_subject(tokens, found[0] - 1) if found[0] > 1 else None
        if outer is not None and tokens[found[0] - 1].lower not in _RELATIVES:
            return outer  # "Mayors who have praised the plan warned": not "the plan" warned
        return _joint(tokens, found)
    return found


def _is_document(tok: Token) -> bool:
    return _is_document_word(tok.lower)


@lru_cache(maxsize=1 << 16)
def _is_document_word(low: str) -> bool:
    # cached (bounded): every cue looks back up to 16 tokens for a document noun, the hottest
    # path on cue-dense text
    documents = words().documents
    return low in documents or low.rstrip("s") in documents


# Which look-back targets a sentence holds at all (document noun, "posted"-like participle,
# relative pronoun), worked out once per token sequence: on cue-dense text every cue would
# otherwise scan up to 20 tokens back three times for words the sentence does not contain.
_held: list[Any] = [None, (True, True, True)]


@lru_cache(maxsize=1 << 16)
def _target_bits(text: str) -> int:
    return (
        (_document_step(text) == _HIT)
        | (_put_out_step(text) == _HIT) << 1
        | (_relative_step(text) == _HIT) << 2
    )


def _targets(tokens: Sequence[Token]) -> tuple[bool, bool, bool]:
    if tokens is not _held[0]:
        bits = 0
        for t in tokens:
            bits |= _target_bits(t.text)
        _held[0] = tokens  # held, so its id cannot be reused while cached
        _held[1] = (bool(bits & 1), bool(bits & 2), bool(bits & 4))
    found: tuple[bool, bool, bool] = _held[1]
    return found


def _document_subject(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A document noun with its postmodifiers, back to the clause's start: "An analysis by
    Politifact of elections since 1972", "A survey by the group in March" (at most 16 tokens,
    no comma)."""
    if not _targets(tokens)[0]:
        return None
    doc = None
    j = k
    while j >= 0 and k - j < 16:
        kind = _document_step(tokens[j].text)
        if kind == _STOP:
            break
        if kind == _HIT:
            doc = j
        j -= 1
    if doc is None or (j >= 0 and k - j >= 16):
        return None
    return j + 1, k


# What a look-back makes of one token (_GO on, _STOP, _HIT its target), cached per distinct
# token text (bounded): on cue-dense text ("said said said") every cue scans up to 20 tokens
# back three times, and these tables make each step one lookup.
_GO, _STOP, _HIT = 0, 1, 2


@lru_cache(maxsize=1 << 16)
def _document_step(text: str) -> int:
    low = text.lower()
    if text in ",;:—–()" or low in _CLAUSE_OPENERS or low in _LEADING:
        return _STOP
    return _HIT if _is_document_word(low) else _GO


@lru_cache(maxsize=1 << 16)
def _put_out_step(text: str) -> int:
    if not (text[:1].isalnum() or text in ("’s", "'s", ".")):
        return _STOP
    return _HIT if text.lower() in _PUT_OUT else _GO


@lru_cache(maxsize=1 << 16)
def _relative_step(text: str) -> int:
    if not text[:1].isalnum():
        return _STOP
    return _HIT if text.lower() in _RELATIVES else _GO


_LONE_SUBJECTS = word_set("many some most few others everyone everybody nobody")
_PARTITIVE_HEADS = word_set("most many some all none several few each both half one two three")
_PLURAL_OBJECTS = word_set("them us those")
# Words that open a clause, so that a plain noun phrase right after them is its subject.
_CLAUSE_OPENERS = word_set(
    "but and as while because though although if when since so yet whereas even that where"
)
_NOT_PLURAL = ("ss", "us", "is", "ous", "ics")


def _plain_subject(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A subject the speaker lists do not know, for a speech verb only: "most of them said",
    "but security specialists say", "Corporate lobbyists describe" (a lower-case plural noun
    with at most three modifiers, opening its clause)."""
    if k >= 2 and tokens[k].lower in _PLURAL_OBJECTS and tokens[k - 1].lower == "of":
        if tokens[k - 2].lower in _PARTITIVE_HEADS:
            return k - 2, k  # "most of them said": the partitive is the subject
        return None
    head = tokens[k].lower
    number = head[:1].isdigit() or head in _NUMBER_WORDS
    if head in _SHARES or number and k > 0 and tokens[k - 1].lower == "in":
        return _share_subject(tokens, k)  # "42% say", "nearly three in five said"
    if head not in _NUMBER_WORDS and not head.endswith("s") and k >= 2:
        of = next((j for j in range(k - 1, max(0, k - 4), -1) if tokens[j].lower == "of"), None)
        if of is not None and of > 0 and all(t.text.isalpha() for t in tokens[of + 1 : k + 1]):
            outer = _plain_subject(tokens, of - 1)  # "Several supporters of reform said"
            return (outer[0], k) if outer is not None else None
    if (
        not tokens[k].text.isalpha()
        or not tokens[k].text.islower()
        or not head.endswith("s")
        or head.endswith(_NOT_PLURAL)
        or head in words().pronouns
    ):
        return None
    first = k
    while first > 0 and k - first < 3:
        prev = tokens[first - 1]
        if not prev.text.isalpha() and not prev.text[:1].isdigit():
            break
        if prev.lower in _CLAUSE_OPENERS or prev.lower in _LEADING:
            break
        if not prev.text.islower() and first - 1 > 0 or prev.lower in _NOT_MODIFIERS:
            return None  # "Trump supporters say" is left to the name rules
        first -= 1
    before = tokens[first - 1] if first > 0 else None
    if (
        before is not None
        and before.text not in ',;:—–(“"'
        and before.lower not in (_CLAUSE_OPENERS | _LEADING)
    ):
        return None  # the phrase does not open a clause: "the plan that voters say ..."
    return first, k


_SHARES = word_set("% percent percentage")
_NUMBER_WORDS = word_set("one two three four five six seven eight nine ten half quarter third")
_SHARE_WORDS = word_set("nearly about almost roughly some only just over more than fewer in")


def _share_subject(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A poll share that says something: "42% say", "nearly three in five said", "Just over
    half, 51 percent, said" (numbers and share words back to the clause's start)."""
    first = k
    while first > 0 and (
        tokens[first - 1].text[:1].isdigit()
        or tokens[first - 1].lower in _NUMBER_WORDS
        or tokens[first - 1].lower in _SHARE_WORDS
        or tokens[first - 1].text == "%"
    ):
        first -= 1
    if not any(t.text[:1].isdigit() or t.lower in _NUMBER_WORDS for t in tokens[first : k + 1]):
        return None
    before = tokens[first - 1] if first > 0 else None
    if before is not None and before.text not in ",;:—–(" and before.lower not in _CLAUSE_OPENERS:
        return None  # "support rose to 42 percent said": not a subject
    return first, k


# Words that never modify a subject noun: verbs and function words end the scan.
_NOT_MODIFIERS = word_set(
    """is was are were be been has have had will would can could should may might must do does
    did not to of in on at for with by from about than the a an this that these those its his
    her their our my your"""
)
# Verbs that pass on someone else's words: "quoted X as saying", "cited X as saying".
_QUOTING = word_set("quoted quoting quotes quote cited citing cites cite")


def _quoted_as(tokens: Sequence[Token], cue: Cue, k: int) -> tuple[int, int] | None:
    """The person quoted in "Reports quoted Defense Minister Ann Ruiz as saying C"."""
    if k < 2 or tokens[k].lower != "as" or not tokens[cue.first].lower.endswith("ing"):
        return None
    found = np_before(tokens, k - 1)
    if found is None:
        return None
    # The phrase runs back to the quoting verb ("quoted U.S. envoy Ann Ruiz as saying").
    # Only a named person: "quoted army officials as saying" leaves the outlet the speaker
    # (its word, e.g. "Indian media", is all that places the officials).
    if not tokens[k - 1].text[:1].isupper():
        return None
    for j in range(k - 2, max(found[0], k - 16) - 1, -1):
        if tokens[j].lower in _QUOTING:
            if j + 1 > k - 1 or tokens[j + 1].lower in ("a", "an", "the", "one", "some"):
                return None
            return j + 1, k - 1
    return None


# Prepositions after a role noun that name what the role speaks for ("a spokesman for X").
_ROLE_OF = word_set("for of")


_EXAMPLES = word_set("including like especially notably among")
_SUFFIXES = word_set("jr sr")


def _head_before_of(tokens: Sequence[Token], first: int, last: int) -> int:
    """The head of 'a spokesman for the insurgency': the noun before the first "for"/"of"."""
    for k in range(first + 1, last):
        if tokens[k].lower in _ROLE_OF:
            return k - 1
    return last


def _joint(tokens: Sequence[Token], found: tuple[int, int]) -> tuple[int, int]:
    """'current and former officials': one lower-case word joined by "and"/"or" at the start
    of a clause belongs to the same subject (two names are left to speakers.py)."""
    a = found[0]
    if a < 2 or tokens[a - 1].lower not in ("and", "or") or not tokens[a - 2].text.islower():
        return found
    if a >= 3 and tokens[a - 3].text not in ',;:—–(“"' and tokens[a - 3].lower not in _LEADING:
        return found
    return a - 2, found[1]


# Words of time between a document and its relative clause ("a statement later Saturday that").
_WHEN = word_set(
    "later earlier late early on today yesterday monday tuesday wednesday thursday friday "
    "saturday sunday last this week night morning evening"
)


def _document_before(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """The document a subject relative ("that"/"which" right before the cue) stands for:
    "issued a statement on Friday that denied ..." -> "a statement" (its issuer is found
    from the verb before it)."""
    m = k - 1
    while m > 0 and k - m <= 5 and tokens[m].lower in _WHEN:
        m -= 1
    found = np_before(tokens, m) if m >= 0 else None
    if found is None:
        return None
    documents = words().documents
    if bare(tokens[m].lower) in documents:
        return found if found[1] == m else None
    # "a report by the Associated Press that said": the document and its issuer
    for j in range(found[0], m):
        if bare(tokens[j].lower) in documents and tokens[j + 1].lower in ("by", "from"):
            return found
    return None


_PUT_OUT = word_set("posted issued released published sent")


def _document_put_out(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A document and the participle phrase saying where it was put out, ending right before
    the cue: "A statement posted to the ministry's website on May 2 [criticizes] ..."."""
    if not _targets(tokens)[1]:
        return None
    documents = words().documents
    for m in range(k - 1, max(0, k - 16), -1):
        kind = _put_out_step(tokens[m].text)
        if kind == _STOP:
            return None
        if kind == _HIT and bare(tokens[m - 1].lower) in documents:
            found = np_before(tokens, m - 1)
            return (found[0], k) if found is not None and found[1] == m - 1 else None
    return None


_RELATIVES = word_set("who that")
_MAX_RELATIVE = 20  # tokens of a restrictive relative clause between a subject and its cue


def _relative_subject(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """'Officials who spoke on condition of anonymity said ...': the subject before "who".

    Only a restrictive clause (no comma, no other mark) ending right before the cue; the
    phrase before the relative pronoun must name someone who can speak.
    """
    if not _targets(tokens)[2]:
        return None
    m = k
    while m > 0 and k - m < _MAX_RELATIVE:
        kind = _relative_step(tokens[m].text)
        if kind == _STOP:
            return None
        if kind == _HIT:
            found = np_before(tokens, m - 1)
            if found is not None and _named_head(tokens[found[1]]) and m < k:
                return found
            return None
        m -= 1
    return None


def _is_name(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A short run of capitalised words (initials and their periods allowed)."""
    run = tokens[first : last + 1]
    return 0 < len(run) <= 6 and all(t.text[:1].isupper() or t.text == "." for t in run)


_SUBORDINATORS = word_set("while as because although though when after before since if whereas")


def _opens_clause(tokens: Sequence[Token], first: int) -> bool:
    before = tokens[first - 1].text if first else ""
    return (
        first == 0
        or before in ",“\"—:;(”’'"
        or tokens[first - 1].lower in _LEADING
        or tokens[first - 1].lower in _SUBORDINATORS  # "..., while Mike Huckabee, ..., said"
    )


def _named_head(tok: Token) -> bool:
    w = words()
    low = tok.lower
    return (
        tok.text[:1].isupper()
        or low in w.pronouns
        or low in w.roles
        or low in w.anonymous
        or low in w.organisations
        or low in w.documents
    )


_INTRO_PREPOSITIONS = word_set("on in at during after before while since despite amid for")


def _sentence_subject(tokens: Sequence[Token], before: int) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence (after a leading conjunction), if it names someone.

    Only names, determiners and speaker nouns are taken, so the scan stops at the first verb.
    """
    w = words()
    i = 0
    if tokens and tokens[0].lower in _INTRO_PREPOSITIONS:
        # "On Thursday, Trump spoke ...": skip an introductory phrase up to its comma.
        comma = next((k for k in range(1, min(before, 14)) if tokens[k].text == ","), None)
        if comma is None:
            return None
        i = comma + 1
    while i < before and (tokens[i].lower in _LEADING or tokens[i].text == ","):
        i += 1
    last = None
    k = i
    while k < before:
        tok = tokens[k]
        low = tok.lower
        if (
            tok.text[:1].isupper()
            or low in w.determiners
            or (low in w.pronouns and k == i)
            or low in w.roles
            or low in w.anonymous
            or low in w.organisations
            or low in w.documents
            or tok.text == "."
            and k > i
            and len(tokens[k - 1].text) <= 4
            # "The Jihad and Tawheed Brigades said ... and blamed": one name holds the "and"
            or low == "and"
            and k > i
            and k + 1 < before
            and tokens[k - 1].text[:1].isupper()
            and tokens[k + 1].text[:1].isupper()
        ):
            last = k
        else:
            break
        if low in w.pronouns:
            break
        k += 1
    if last is None or tokens[last].lower in w.determiners or not _named_head(tokens[last]):
        return None
    if last == i and tokens[i].text[:1].isupper() and tokens[i].lower.endswith(("ed", "ing")):
        return None  # "Chastened, ...": a participle opening the sentence, not a name
    return i, last


# A verb right after an object cue's noun phrase makes the phrase the subject of the content.
_CLAUSE_VERBS = word_set("could would will may might should must was were is are had has have")


def _verb_follows(tokens: Sequence[Token], k: int, n: int) -> bool:
    """A modal or finite verb within a few words after an object cue's noun phrase, before any
    punctuation: the phrase was the subject of what was said, not the listener."""
    determiners = words().determiners
    for m in range(k, min(n, k + 6)):
        if tokens[m].lower in _CLAUSE_VERBS:
            return True
        if not tokens[m].text[:1].isalnum():
            return False
        if tokens[m].lower in determiners and (m == k or tokens[m - 1].lower not in _PREPS):
            return False  # "told reporters the road would ...": a second phrase, the content
    return False


_PREPS = word_set("in of on at for from with near inside outside across along")


def _content_after(tokens: Sequence[Token], cue: Cue, end: int) -> int | None:
    """Where content starts after a cue, skipping a listener and time phrases before 'that'."""
    n = end + 1
    j = cue.last + 1
    if j >= n:
        return None
    if tokens[j].text == ":":
        return j + 1 if j + 1 < n else None
    if tokens[j].text == ",":
        return None
    if tokens[j].lower in _TIME_OPENERS or tokens[j].lower in _TIME_HEADS:
        # "said on Tuesday it had no plans": the time phrase belongs to the cue, not the content.
        k = j
        while k < n and (tokens[k].lower in _TIME_WORDS or tokens[k].lower in _TIME_HEADS):
            k += 1
        if k < n and k > j and tokens[k].lower != "that" and tokens[k].text not in ",:":
            return k
    if tokens[j].lower in _FRAME_PREPOSITIONS:
        # "said in a joint statement that ...": the setting before "that" is not content.
        for k in range(j + 1, min(n, j + 10)):
            if tokens[k].lower == "that":
                return k
            if not tokens[k].text[:1].isalnum():
                break
    # "said on Wednesday that", "told reporters that", "told Reuters in an interview:"
    for k in range(j, min(n, j + _MAX_OBJECT + 1)):
        low = tokens[k].lower
        if low == "that" or tokens[k].text == ":":
            return k if low == "that" else k + 1
        if tokens[k].text in _OPENERS and k > j:
            if cue.cls is CueClass.OBJECT or all(
                t.lower in _TIME_WORDS or t.lower in _TIME_HEADS for t in tokens[j:k]
            ):
                return k
            break  # 'said President Biden "has been clear"': the name is part of the content
        if cue.cls is not CueClass.OBJECT and low not in _TIME_WORDS and low not in _TIME_HEADS:
            break
    if cue.cls is CueClass.OBJECT:
        obj = np_after(tokens, j, speaker=False)
        if obj is not None and obj[1] + 1 < n:
            k = obj[1] + 1
            if _verb_follows(tokens, k, n):
                return j  # "warned the fighting in Syria could spread": the phrase opens it
            if charged_object(tokens, cue, j, k):
                return j  # "accused Galperovich of lying": who is accused is part of the charge
            if tokens[k].text in (",", ":"):
                k += 1
            return k
    return j


def _chain(
    tokens: Sequence[Token], first: int, last: int, lexicon: Lexicon
) -> tuple[int, int, int] | None:
    """Find ", adding that C" inside a content range: (comma index, cue index, content start)."""
    for k in range(first + 1, last):
        if tokens[k].lower in _CHAINING and (
            tokens[k - 1].text == ","
            or (tokens[k - 1].text in _CLOSERS and tokens[k - 2].text == ",")  # '“...,” adding'
        ):
            start = k + 1
            if start <= last and tokens[start].lower == "that":
                start += 0  # keep "that": PolNeAR content includes the complementiser
            trimmed = _trim(tokens, start, last)
            if trimmed is not None and _words_in(tokens, *trimmed) >= 2:
                return k - 1, k, start
    return None


def _leading_only(tokens: Sequence[Token], before: int) -> bool:
    return all(tokens[k].lower in _LEADING or tokens[k].text == "," for k in range(before))


def according_to(tokens: Sequence[Token], cue: Cue) -> Frame | None:
    """'According to X, C.' or 'C, according to X.'"""
    last = len(tokens) - 1
    # Any noun phrase can be a source here: "according to early returns", "to state law".
    speaker = np_after(tokens, cue.last + 1) or np_after(tokens, cue.last + 1, speaker=False)
    if speaker is None:
        return None
    after = speaker[1] + 1
    if _leading_only(tokens, cue.first):
        # "According to a 2013 study by two economists, C": the source runs to the comma.
        while after <= last and after - speaker[1] <= _MAX_SOURCE and tokens[after].text != ",":
            if tokens[after].text in _OPENERS or tokens[after].lower == "that":
                return None  # "According to Smith that ...": not the frame's shape
            after += 1
    if _leading_only(tokens, cue.first) and after <= last and tokens[after].text == ",":
        part = _trim(tokens, after + 1, last)
        if part and _words_in(tokens, *part) >= 3:
            return Frame("according_to", speaker, (part,))
    if cue.first > 0 and tokens[cue.first - 1].text in ",(—–":
        part = _trim(tokens, 0, cue.first - 1)
        comma = after <= last and tokens[after].text == ","
        rest = _trim(tokens, after + 1, last) if comma else None
        if (
            part is not None
            and rest is not None
            and tokens[rest[0]].text.islower()
            and tokens[rest[0]].lower not in _NOT_RESUMING
            and _words_in(tokens, *part) <= 6
            and not has_verb(tokens, part)
        ):
            # "Fundraising, according to the campaign, has surged": the subject and its verb.
            return Frame("according_to", speaker, (part, rest))
        if part and _words_in(tokens, *part) >= 3:
            return Frame("according_to", speaker, (part,))
    return None


# Heads of a phrase after "in" that report a finding: "Clinton leads in the latest poll".
_POLL_HEADS = word_set("poll polls survey surveys")


def poll_cues(tokens: Sequence[Token]) -> list[Cue]:
    """ "in" before a poll or survey: "In a CBS poll, ..." / "... in Monday's poll." (the
    poll reports the finding, as "according to" would)."""
    out = []
    for i, tok in enumerate(tokens):
        if tok.lower == "in":
            found = np_after(tokens, i + 1, speaker=False)
            if found is not None and tokens[found[1]].lower in _POLL_HEADS:
                out.append(Cue(i, i, "in", CueClass.ACCORDING_TO))
    return out


def _poll_frame(tokens: Sequence[Token], cue: Cue) -> Frame | None:
    last = len(tokens) - 1
    speaker = np_after(tokens, cue.last + 1, speaker=False)
    if speaker is None:
        return None
    after = speaker[1] + 1
    if _leading_only(tokens, cue.first) and after <= last and tokens[after].text == ",":
        part = _trim(tokens, after + 1, last)  # "In a CBS poll, most voters ..."
    elif cue.first > 0 and (after > last or tokens[after].text in ".;!?"):
        part = _trim(tokens, 0, cue.first - 1)  # "... 39 percent in Monday's poll."
    else:
        return None
    if part is None or _words_in(tokens, *part) < 3:
        return None
    figures = any(t.text[:1].isdigit() for t in tokens[part[0] : part[1] + 1])
    if not figures and not has_verb(tokens, part):
        return None  # a finding is a clause or a figure ("rose to 42 percent")
    return Frame("according_to", speaker, (part,))


_MAX_SOURCE = 15  # tokens of a source phrase after "According to" before its comma
# Words that open an apposition or a new clause after "according to X,", not the verb resumed.
_NOT_RESUMING = word_set("who which whose where when and but or a an the his her its their")


def frame_for(tokens: Sequence[Token], cue: Cue, lexicon: Lexicon) -> Frame | None:
    """The frame for one cue, or None when the cue does not attribute anything here."""
    if cue.cls is CueClass.ACCORDING_TO:
        return _poll_frame(tokens, cue) if cue.lemma == "in" else according_to(tokens, cue)
    last = len(tokens) - 1
    passive = _passive(tokens, cue, last, lexicon)
    if passive is not None:
        return passive
    subject = _subject(tokens, cue, lexicon)
    if subject is not None:
        return _subject_frame(tokens, cue, subject, last, lexicon)
    opening = opening_participle(tokens, cue, lexicon)
    if opening is not None:  # "Noting that C, the senator said ...": clauses.py
        return Frame("opening_participle", opening[0], (opening[1],))
    inverted = _inverted_frame(tokens, cue, last, lexicon)
    far = far_subject(tokens, cue, lexicon) if inverted is None else None
    return _subject_frame(tokens, cue, far, last, lexicon) if far is not None else inverted


_PASSIVE_AUX = word_set("was were is are been be being")


def _passive(tokens: Sequence[Token], cue: Cue, last: int, lexicon: Lexicon) -> Frame | None:
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
    content = _trim(tokens, 0, k - 1)
    if speaker is None or content is None or _words_in(tokens, *content) < 2:
        return None
    return Frame("passive", speaker, (content,))


def _with_chain(
    rule: str,
    tokens: Sequence[Token],
    speaker: tuple[int, int],
    parts: list[tuple[int, int]],
    lexicon: Lexicon,
) -> Frame | None:
    chained = None
    chain_cue = None
    if parts:
        found = _chain(tokens, parts[-1][0], parts[-1][1], lexicon)
        if found is not None:
            comma, k, start = found
            chained = _trim(tokens, start, parts[-1][1])
            chain_cue = (k, k)
            trimmed = _trim(tokens, parts[-1][0], comma - 1)
            if trimmed is None:
                parts = parts[:-1]
            else:
                parts[-1] = trimmed
    parts = [p for p in parts if _words_in(tokens, *p) >= 2 or _quoted(tokens, p)]
    if not parts:
        if chained is not None:
            return Frame(rule, speaker, (chained,))
        return None
    return Frame(rule, speaker, tuple(parts), chained, chain_cue)


# Stance verbs whose object alone is the position taken ("endorsed Clinton", "backs Sanders").
_NAME_OBJECT = word_set("endorse support back oppose favor favour champion attack criticize")


def _one_name(tokens: Sequence[Token], cue: Cue, part: tuple[int, int]) -> bool:
    """A single capitalised word after a stance verb of support or attack: a candidate named."""
    return (
        part[0] == part[1]
        and cue.lemma in _NAME_OBJECT
        and tokens[part[0]].text[:1].isupper()
        and tokens[part[0]].text.isalpha()
    )


def _quoted(tokens: Sequence[Token], part: tuple[int, int]) -> bool:
    return tokens[part[0]].text in _OPENERS or tokens[part[1]].text in _CLOSERS


def _subject_frame(
    tokens: Sequence[Token], cue: Cue, subject: tuple[int, int], last: int, lexicon: Lexicon
) -> Frame | None:
    nxt = cue.last + 1
    if (
        nxt + 2 <= last
        and tokens[nxt].text == ","
        and tokens[nxt + 1].lower in _ASIDES
        and tokens[nxt + 2].text == ","
    ):
        # "He said, however, that ...": the aside is neither content nor a clause break.
        cue = Cue(cue.first, nxt + 2, cue.lemma, cue.cls)
        nxt = cue.last + 1
    comma_after = nxt <= last and tokens[nxt].text == ","
    if comma_after and subject[0] > 0 and tokens[subject[0] - 1].lower == "as":
        # "Hawaii, as one adviser pointed out, rarely gets two hurricanes": the clause around
        # the parenthesis is what was said.
        post = _trim(tokens, nxt + 1, last)
        pre = _trim(tokens, 0, subject[0] - 2) if subject[0] >= 2 else None
        if pre is not None and _leading_only(tokens, pre[1] + 1):
            pre = None
        if post is not None and _words_in(tokens, *post) >= 2:
            parts = (pre, post) if pre is not None else (post,)
            return Frame("as_parenthetical", subject, parts)
    chained = chain_cue = None
    if comma_after and nxt + 1 <= last and tokens[nxt + 1].lower in _CHAINING:
        tail = _trim(tokens, nxt + 2, last)
        if tail is not None and _words_in(tokens, *tail) >= 2:
            chained, chain_cue = tail, (nxt + 1, nxt + 1)
    before = None
    if subject[0] > 0:
        k = subject[0] - 1
        if tokens[k].text in (",", "—", "–") or tokens[k].text in _CLOSERS:
            end = k if tokens[k].text in _CLOSERS else k - 1
            if tokens[k].text == "," and k > 0 and tokens[k - 1].text in _CLOSERS:
                end = k - 1
            before = _trim(tokens, 0, end)
    ends_clause = (
        comma_after
        or nxt > last
        or tokens[nxt].text in ".!?"
        or tokens[nxt].lower in ("and", "but", "then")  # "“...,” she said and left."
        or _adjunct_only(tokens, nxt, last)
        or _object_only(tokens, cue, nxt, last)
        or _clause_break(tokens, nxt, last)
    )
    if before is not None and _leading_intro(tokens, before) and not ends_clause:
        before = (
            None  # "In a posting on Twitter, he said ...": but "At least 300 came, police said."
        )
    if before is not None and tokens[before[0]].lower in _INTRO_PARTICIPLES:
        before = None  # "Speaking from a convoy ..., X told VOA, ...": never what was said
    setting = None
    if before is not None and _setting_only(tokens, before):
        setting = before if cue.cls is CueClass.SPEECH else None
        before = None  # "In a statement, Fallon said:": a setting without a verb says nothing
    sentence_end = nxt > last or (tokens[nxt].text in ".!?" and nxt >= last - 1)
    trailing_cls = cue.cls in (CueClass.BELIEF, CueClass.EVIDENCE)
    if trailing_cls and sentence_end and tokens[subject[0] - 1].text == ",":
        pass  # "..., some Democrats now think.", "..., the poll found.": the verb looks back
    elif cue.cls not in (CueClass.SPEECH, CueClass.OBJECT, CueClass.HEDGE):
        before = None  # "This year, she has sought to ...": belief and stance verbs look ahead
    if before is not None:
        if comma_after and chained is None:
            after = _trim(tokens, nxt + 1, last)
            if (
                after is not None
                and tokens[after[0]].text in _OPENERS
                and not _quoted(tokens, before)
            ):
                # "Asked about the device, O'Neill said, “Not going to go into that.”"
                return _with_chain("subject_cue", tokens, subject, [after], lexicon)
            if (
                after is not None
                and tokens[after[0]].lower.endswith("ing")
                and tokens[before[1]].text in _CLOSERS
            ):
                # '“Okay,” I said, attempting to regroup.': the participle is what the speaker
                # did, not a second part of the quotation; but a quotation resuming after it
                # is ('“A,” Biden said, echoing the skepticism of officials, “but B.”').
                resumed = _resumes_after_aside(tokens, after[0], last, lexicon)
                pieces = [before] if resumed is None else [before, resumed]
                return _with_chain("content_first", tokens, subject, pieces, lexicon)
            if (
                after is not None
                and tokens[before[1]].text in _CLOSERS
                and tokens[after[0]].lower not in _REPORT_START
                and not _report_opens(tokens, cue, nxt + 1, last)
            ):
                # '“...,” he said, just prior to the announcement that ...': what follows a
                # quotation and its speaker is the setting, not a second part of what was said.
                return _with_chain("content_first", tokens, subject, [before], lexicon)
            if after is not None and _words_in(tokens, *after) >= 2:
                return _with_chain("split", tokens, subject, [before, after], lexicon)
        resumed = _quote_resumes(tokens, nxt, last)
        if resumed is not None:
            # '“A,” the ministry said in a statement on Telegram, “B.”'
            return _with_chain("split", tokens, subject, [before, resumed], lexicon)
        if ends_clause:
            frame = _with_chain("content_first", tokens, subject, [before], lexicon)
            if frame is not None and chained is not None:
                return Frame(frame.rule, subject, frame.parts, chained, chain_cue)
            return frame
        if tokens[before[1]].text in _CLOSERS and not _report_opens(tokens, cue, nxt, last):
            # '“...,” he said at Tuesday's rally, insisting that ...', '“...,” Trump said of
            # Apple': a quotation right before its speaker is the content, the rest a setting.
            frame = _with_chain("content_first", tokens, subject, [before], lexicon)
            found = _chain(tokens, nxt, last, lexicon) if nxt < last else None
            if frame is not None and frame.chained is None and found is not None:
                tail = _trim(tokens, found[2], last)
                if tail is not None:
                    return Frame(frame.rule, subject, frame.parts, tail, (found[1], found[1]))
            return frame
    elif setting is not None and comma_after:
        after = _trim(tokens, nxt + 1, last)
        if after is not None and _words_in(tokens, *after) >= 2 and has_verb(tokens, after):
            # "In some ways, the brothers noted, Trump might ...": the report is parenthetical;
            # the setting and the clause after it are both what was said.
            return _with_chain("split", tokens, subject, [setting, after], lexicon)
    if _clause_break(tokens, nxt, last):
        return None  # "officials said Friday, but the prosecutor said ...": nothing said here
    if comma_after:
        if nxt + 1 <= last and tokens[nxt + 1].text in _OPENERS:
            return _with_chain("subject_cue", tokens, subject, [(nxt + 1, last)], lexicon)
        return None
    start = _content_after(tokens, cue, last)
    after = _trim(tokens, start, last) if start is not None else None
    if after is not None and _one_name(tokens, cue, after):
        return Frame("subject_cue", subject, (after,))  # "have endorsed Clinton"
    gap = claim_gap(tokens, subject) if after is None else None
    if gap is not None:  # "..., an allegation the military denies": the allegation (clauses.py)
        return Frame("claim_gap", subject, (gap,))
    if after is None or (_words_in(tokens, *after) < 2 and not _quoted(tokens, after)):
        return None
    if tokens[after[0]].lower in _NOT_CONTENT and _setting_only(tokens, after, _NOT_CONTENT):
        return None  # "Lerer reported from Los Angeles", "said without further comment"
    if cue.lemma == "question" and tokens[after[0]].lower in _OBJECT_PRONOUNS:
        return None  # "reporters questioned him about it": a person questioned, nothing said
    return _with_chain("subject_cue", tokens, subject, [after], lexicon)


# Asides that may stand between a cue and its content: "He said, however, that ...".
_ASIDES = word_set("however though also therefore moreover meanwhile nonetheless still too")


def _quote_resumes(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int] | None:
    """After a cue, an adjunct then ', “...”': the quotation resumes after the adjunct."""
    for k in range(first, min(last, first + 12)):
        if tokens[k].text == "," and k + 1 <= last and tokens[k + 1].text in _OPENERS:
            if k > first and _adjunct_only(tokens, first, k - 1):
                return _trim(tokens, k + 1, last)
            return None
        if tokens[k].text in _OPENERS:
            return None
    return None


def _resumes_after_aside(
    tokens: Sequence[Token], first: int, last: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """', “...”' closing the sentence after an aside of at most 15 tokens with no quotation
    and no finite cue of its own ("and Ann replied, “...”" is Ann's): the quotation resumes."""
    for k in range(first, min(last, first + 16)):
        if tokens[k].text in _OPENERS:
            return None
        if tokens[k].text == "," and tokens[k + 1].text in _OPENERS:
            if tokens[last].text not in _CLOSERS and tokens[last - 1].text not in _CLOSERS:
                return None
            aside = list(tokens[first:k])
            if any(_finite(aside, c) for c in find_cues(aside, lexicon)):
                return None
            return _trim(tokens, k + 1, last)
    return None


def _finite(tokens: Sequence[Token], cue: Cue) -> bool:
    """A cue with a subject of its own ("and Ann replied"): a name or pronoun right before it,
    and no participle ("echoing", "voiced by") or noun ("doubts")."""
    if cue.first == 0 or tokens[cue.first].lower.endswith("ing"):
        return False
    before = tokens[cue.first - 1]
    return before.text[:1].isupper() or before.lower in words().pronouns


def _adjunct_only(tokens: Sequence[Token], first: int, last: int) -> bool:
    """'..., the official said on Wednesday.', '... said Friday as he arrived.': what follows
    the cue is only time, place or a subordinate clause."""
    rest = [t for t in tokens[first : last + 1] if t.text[:1].isalnum()]
    if len(rest) > 1 and rest[0].lower == "that" and rest[1].lower not in _TIME_HEADS:
        return False  # "said that while ...": a complementiser opens content, "that day" does not
    k = 0
    while (
        k < len(rest)
        and (
            rest[k].lower in _TIME_HEADS
            or rest[k].lower in _TIME_OPENERS
            or rest[k].lower in _DAY_WORDS
        )
        and rest[k].lower not in _ADJUNCT_START
    ):
        k += 1
    tail = rest[k:]
    if not tail:
        return True
    if tail[0].lower in _ADJUNCT_START and not any(t.lower == "that" for t in tail):
        return True
    return len(rest) <= 4 and all(t.lower in _TIME_WORDS or t.text[:1].isupper() for t in rest)


# Words after a cue that open what was said: "said that ...", "said: ...", "said “...".
_REPORT_START = frozenset(("that", ":", *_OPENERS))


def report_follows(tokens: Sequence[Token], cue: Cue, first: int, last: int) -> bool:
    """Whether the words after a cue open a report of their own (up to the first comma)."""
    for k in range(first, min(last + 1, first + 10)):
        low = tokens[k].lower
        if low in _REPORT_START or tokens[k].text in _REPORT_START:
            return True
        if low == "to" and cue.cls is CueClass.OBJECT:
            return True  # '“...,” she urged them to stay': the infinitive is what was urged
        if tokens[k].text in ",;.!?":
            return False
    return True  # a long run without a comma may be a clause: leave it to the other rules


def _report_opens(tokens: Sequence[Token], cue: Cue, first: int, last: int) -> bool:
    """Whether a report of its own opens right after a cue ("said Friday that", "told
    reporters:", "said, “..."), within a few words: after a quotation that ends right before its
    speaker, a longer run is the setting ("“...,” he said during a call to ABC when asked
    about claims that ...")."""
    for k in range(first, min(last + 1, first + _OPENS_WITHIN)):
        low = tokens[k].lower
        if low in _REPORT_START or tokens[k].text in _REPORT_START:
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


def has_verb(tokens: Sequence[Token], part: tuple[int, int]) -> bool:
    """A rough check that a span is a clause: a common finite verb or an -ed form in it."""
    return any(
        t.lower in _CLAUSE_VERBS or t.lower.endswith(("ed", "n't")) or t.lower in _MODALS
        for t in tokens[part[0] : part[1] + 1]
    )


_MODALS = word_set("might may can could would will should must")


def _clause_break(tokens: Sequence[Token], first: int, last: int) -> bool:
    """'... said Friday, but the prosecutor said ...': after the cue only a time phrase, then
    ', but' (or while, whereas, though) opens another speaker's clause."""
    k = first
    while k <= last and (tokens[k].lower in _TIME_HEADS or tokens[k].lower in _TIME_OPENERS):
        k += 1
    return (
        k + 1 <= last
        and tokens[k].text == ","
        and tokens[k + 1].lower in _CLAUSE_CONNECTIVES
        and not (k + 2 <= last and tokens[k + 2].text == ",")  # "said, though, that ..."
    )


_CLAUSE_CONNECTIVES = word_set("but while whereas though although yet")


def _object_only(tokens: Sequence[Token], cue: Cue, first: int, last: int) -> bool:
    """'“...,” Warren told Stumpf.': an object-taking cue whose listener ends the clause."""
    if cue.cls is not CueClass.OBJECT:
        return False
    obj = np_after(tokens, first, speaker=False)
    if obj is None:
        return False
    if obj[1] + 1 <= last and tokens[obj[1] + 1].lower == "to":
        return False  # "begged reporters to ask him ...": the infinitive is what was said
    if _verb_follows(tokens, obj[1] + 1, last + 1):
        return False  # "warned the fighting in Syria could spread": a clause, not a listener
    # "... told reporters in the provincial capital.": only an adjunct follows the listener.
    return (
        obj[1] == last
        or tokens[obj[1] + 1].text in ",.;"
        or _adjunct_only(tokens, obj[1] + 1, last)
        # "told reporters outside the hall": the listener scan may take the preposition along.
        or _adjunct_only(tokens, obj[0] + 1, last)
    )


# Participles that open the setting of a statement, not its content.
_INTRO_PARTICIPLES = word_set("speaking asked responding answering writing addressing")


def _leading_intro(tokens: Sequence[Token], part: tuple[int, int]) -> bool:
    """'In a posting on Twitter, he said ...': an introductory phrase, not content."""
    first = tokens[part[0]].lower
    n = _words_in(tokens, *part)
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


def _inverted_frame(tokens: Sequence[Token], cue: Cue, last: int, lexicon: Lexicon) -> Frame | None:
    if cue.cls not in (CueClass.SPEECH, CueClass.HEDGE) or cue.first == 0:
        return None  # "..., told The Huffington Post": an object-taking verb does not invert
    if tokens[cue.first].lower.endswith("ing"):
        return None  # ", calling the reports ...": a participle chains, it does not invert
    prev = tokens[cue.first - 1]
    if prev.text != "," and prev.text not in _CLOSERS:
        return None
    speaker = np_after(tokens, cue.last + 1)
    if speaker is None:
        return None
    if speaker[1] > speaker[0] and tokens[speaker[1]].lower in ("of", "for", "at"):
        speaker = (speaker[0], speaker[1] - 1)  # "said Mujtaba Rahman of the Eurasia Group"
    speaker = role_then_name(tokens, speaker)  # "said a spokesman, Ann Ortiz."
    k = speaker[1] + 1
    if (
        k <= last
        and tokens[k].text not in ",.;:!?—–()"
        and tokens[k].text not in _CLOSERS
        and tokens[k].lower not in _ADJUNCT_START  # "said a longtime adviser to both Clintons"
        and tokens[k].lower not in ("of", "for")
        and tokens[k].lower not in ("who", "whose")  # "said a data expert who has worked ..."
    ):
        return None  # "..., said the suing states were wrong": the phrase is a clause subject
    # The speaker phrase may carry an apposition or relative clause before the sentence goes on.
    end_before = cue.first - 1 if prev.text == "," else cue.first - 1
    if prev.text == "," and cue.first >= 2 and tokens[cue.first - 2].text in _CLOSERS:
        end_before = cue.first - 2
    before = _trim(tokens, 0, end_before)
    if before is None:
        return None
    parts = [before]
    if k <= last and tokens[k].text == ",":
        # "C1, said X, C2": continue only if what follows is not an apposition of X
        m = k + 1
        if (
            m <= last
            and tokens[m].lower not in words().determiners
            and tokens[m].lower not in ("who", "which")
        ):
            after = _trim(tokens, m, last)
            if after is not None and tokens[m].text in _OPENERS:
                parts.append(after)  # only a quotation resumes: "..., said X, “C2”"
    frame = _with_chain("inverted", tokens, speaker, parts, lexicon)
    if frame is not None and frame.chained is None:
        found = _chain(tokens, k, last, lexicon) if k < last else None
        if found is not None:
            _, kk, start = found
            tail = _trim(tokens, start, last)
            if tail is not None:
                return Frame(frame.rule, frame.speaker, frame.parts, tail, (kk, kk))
    return frame


# Connectives after which a new clause may have its own speaker ("..., even as the refiner
# confirmed that ..."), so the earlier content ends before them.
_CONNECTIVES = word_set("as while but whereas and although though even yet after since")


def cut_at_other_speaker(
    tokens: Sequence[Token], frame: Frame, cues: Sequence[Cue], lexicon: Lexicon
) -> Frame:
    """End a frame's last content part where another speaker's clause begins.

    "The ministry denied the report, even as the refiner confirmed that ..." holds two claims:
    a later cue inside the content with a subject of its own, opened by ", <connective>".
    """
    if frame.rule == "according_to":
        return frame  # "According to X, he urged A and stressed B": all of it is X's account
    first, last = frame.parts[-1]
    for cue in cues:
        if not first < cue.first <= last or cue.cls is CueClass.ACCORDING_TO:
            continue
        k = _skip_between(tokens, cue.first - 1, lexicon)
        relative = frame.speaker[0] == frame.speaker[1] and tokens[frame.speaker[0]].lower in (
            "who",
            "which",
        )
        restrictive = relative and frame.speaker[0] > 0 and tokens[frame.speaker[0] - 1].text != ","
        if restrictive and k >= first and cue.cls is not CueClass.BELIEF:
            # "Republicans who have praised him warned that ...": the main verb ends the clause.
            cut = _trim(tokens, first, k)
            if cut is not None and _words_in(tokens, *cut) >= 1:
                parts = (*frame.parts[:-1], cut)
                return Frame(frame.rule, frame.speaker, parts, frame.chained, frame.chain_cue)
        if relative and k > first + 1 and tokens[k].text == ",":
            # "Podesta, who said C, said D": the relative clause ends where the main verb starts.
            cut = _trim(tokens, first, k - 1)
            if cut is not None and _words_in(tokens, *cut) >= 2:
                parts = (*frame.parts[:-1], cut)
                return Frame(frame.rule, frame.speaker, parts, frame.chained, frame.chain_cue)
        if (
            k > first + 1
            and tokens[k].lower == "and"
            and cue.cls in (CueClass.SPEECH, CueClass.OBJECT, CueClass.HEDGE)
        ):
            # "She urged him to stay and repeatedly said, “...”": two reports, one speaker.
            cut = _trim(tokens, first, k - 1)
            if cut is not None and _words_in(tokens, *cut) >= 2:
                parts = (*frame.parts[:-1], cut)
                return Frame(frame.rule, frame.speaker, parts, frame.chained, frame.chain_cue)
        subject = _subject(tokens, cue, lexicon)
        if subject is None or subject[0] <= first + 1:
            continue
        k = subject[0] - 1
        while k > first and tokens[k].lower in _CONNECTIVES:
            k -= 1
        bare_clause = (
            k == subject[0] - 1
            and tokens[k].text == ","
            and cue.cls is CueClass.SPEECH
            and tokens[cue.first].lower.endswith(("ed", "id", "ote"))
            and report_follows(tokens, cue, cue.last + 1, last)
        )
        gap = claim_gap(tokens, subject)
        if gap is not None and gap[0] - 1 > first:
            k = gap[0] - 1  # "C, an allegation the military denies": C ends before the comma
        elif not bare_clause and (k >= subject[0] - 1 or tokens[k].text not in ",;"):
            continue
        # ", he argued that ...": a speaker's own report after a comma ends the content too.
        cut = _trim(tokens, first, k - 1)
        if cut is None or _words_in(tokens, *cut) < 2:
            continue
        return Frame(
            frame.rule, frame.speaker, (*frame.parts[:-1], cut), frame.chained, frame.chain_cue
        )
    return frame


_NEW_SUBJECTS = word_set("he she they")
# What follows a speech verb that opens a report of its own ("and added that", "and said:").
_REPORT_OPENERS = frozenset(("that", ",", ":", "“", '"'))
# Words that may stand between "but"/"and" and a second report's verb ("but later praised").
_SECOND_ADVERBS = word_set("also later then still instead now again only even")


def cut_at_second_report(
    tokens: Sequence[Token], frame: Frame, cue: Cue, lexicon: Lexicon
) -> Frame:
    """End content where the same subject's second report begins.

    "X condemned the bill's passage but praised the senators", "acknowledging that A but
    warning that B": a coordinated cue verb, or a participle cue after a comma, starts a
    report of its own, so the first content stops before it.
    """
    if frame.rule == "according_to" or not frame.parts or frame.chained is not None:
        return frame
    first, last = frame.parts[-1]
    if first <= cue.last:
        return frame  # content before the cue: the sentence's tail is not scanned here
    depth = 0
    for k in range(first + 1, last):
        text = tokens[k].text
        if text in _OPENERS and text not in _CLOSERS:
            depth += 1
        elif text in _CLOSERS and text not in _OPENERS:
            depth = max(0, depth - 1)
        if depth:
            continue  # inside a quotation the speaker's own words run on
        low = tokens[k].lower
        if (
            low in ("but", "and")
            and tokens[k - 1].text == ","
            and tokens[k + 1].lower in _NEW_SUBJECTS
            and k + 2 < last
            and tokens[k + 2].lower.endswith("ed")
        ):
            end = k - 1  # "..., and he railed against ...": a new clause with its own subject
        elif low in ("but", "and") and second_verb(tokens, first, k, lexicon):
            end = k - 1  # "accused X of lying, and referred to ...": clauses.py
        elif low in ("but", "and"):
            j = k + 1
            while j < last and (
                tokens[j].lower in _SECOND_ADVERBS or tokens[j].lower.endswith("ly")
            ):
                j += 1
            hit = lexicon.words.get(tokens[j].lower)
            form = tokens[j].lower
            if (
                hit is None
                or not form.endswith(("ed", "s", "ing"))
                and form not in ("said", "told")
            ):
                continue
            after = tokens[j + 1].text if j + 1 <= last else ""
            if low == "and" and hit[1] is CueClass.SPEECH and after not in _REPORT_OPENERS:
                continue  # "the economy grew and added jobs": a verb of the content itself
            end = k - 1
        elif text == "," and _new_subject_clause(tokens, k + 1, last):
            end = k - 1  # "..., but critics point to ...": another subject's clause
        elif text == "," and tokens[k + 1].lower.endswith("ing"):
            hit = lexicon.words.get(tokens[k + 1].lower)
            if hit is None or tokens[k + 1].lower in _CHAINING or hit[0] in ("cite", "quote"):
                continue  # ", citing a draft circular": the source of the same report
            end = k - 1
        else:
            continue
        cut = _trim(tokens, first, end)
        if cut is None or _words_in(tokens, *cut) < 2:
            return frame
        return Frame(frame.rule, frame.speaker, (*frame.parts[:-1], cut), None, None)
    return frame


def _new_subject_clause(tokens: Sequence[Token], k: int, last: int) -> bool:
    """', but critics point to ...', ', while Democrats argued ...': a contrast connective, then
    a name or a plural noun and a finite verb (a pronoun may still be the reported speaker's)."""
    if k + 2 > last or tokens[k].lower not in ("but", "while", "whereas"):
        return False
    j = k + 1
    while j < last and (tokens[j].text[:1].isupper() or tokens[j].lower in ("the", "many")):
        j += 1  # "Senate Democrats", "the Clinton campaign"
    if j == k + 1:
        head = tokens[j].lower  # "critics point", "officials said"
        if not (tokens[j].text.islower() and head.endswith("s") and head.isalpha()):
            return False
        j += 1
    verb = tokens[j].lower if j <= last else ""
    return verb in _CLAUSE_VERBS or verb.endswith("ed") or verb in _PRESENT_REPORTS


_PRESENT_REPORTS = word_set("point say argue contend insist note warn claim counter disagree")
_OBJECT_PRONOUNS = word_set("him her them me us")
_SETTING_OPENERS = word_set("in on at during after before following since")
# Verb forms common enough to tell a clause ("At least 300 came") from a setting ("In a statement").
_CLAUSE_VERBS = word_set(
    """is was are were be been has have had will would can could should may might must do does
    did came went got made said says told took gave"""
)


# Prepositions that open only a setting after a cue, never what was said.
_NOT_CONTENT = word_set("from without into in at during after before following")


def _setting_only(
    tokens: Sequence[Token], part: tuple[int, int], openers: frozenset[str] = _SETTING_OPENERS
) -> bool:
    """'In a statement', 'Following the meeting last week': a prepositional setting, no verb."""
    first, last = part
    if tokens[first].lower not in openers or last - first > 12:
        return False
    return not any(
        t.lower in _CLAUSE_VERBS or t.lower.endswith("ed") or t.lower.endswith("n't")
        for t in tokens[first + 1 : last + 1]
    )
