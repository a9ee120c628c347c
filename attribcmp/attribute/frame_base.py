"""The frame rules' shared pieces: the Frame type, token-range helpers and the word
tables more than one frame module reads (moved out of frames.py unchanged).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from attribcmp.attribute.cues import Cue, CueClass, Lexicon, Token, initials
from attribcmp.attribute.mentions import words
from attribcmp.data import word_set

# Closing quotation marks: a cue right after one of these follows its content.
CLOSERS = frozenset("”\"’'»")
OPENERS = frozenset("“\"‘'«")
# Sentence openers that do not stop "According to X" from starting the sentence.
LEADING = word_set("""but and so yet also still however meanwhile instead indeed even then now""")
# Present participles that chain a second claim onto the first: "..., adding that C".
CHAINING = word_set(
    """adding saying noting arguing insisting stressing warning explaining claiming telling
    asserting suggesting calling urging vowing declaring acknowledging stating maintaining
    emphasizing emphasising"""
)
# Time phrases that may stand between a subject and its cue.
TIME_HEADS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday week month year weekend morning
    afternoon evening night day time"""
)
_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
TIME_OPENERS = word_set("on this last earlier later that each every late early next")
# Words that open an adjunct after a cue ("..., X said after the meeting"): content came first.
ADJUNCT_START = word_set(
    """on in at during after before while when as to from via with in amid following outside
    inside near"""
)
# Prepositions that open the setting of a statement ("in a joint statement", "on Twitter").
FRAME_PREPOSITIONS = word_set("in on at during via through to after before")
# Day words that may stand alone after a cue ("said today when ..."): no opener needed.
_DAY_WORDS = word_set("today yesterday tonight")
TIME_WORDS = word_set(
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


def words_in(tokens: Sequence[Token], first: int, last: int) -> int:
    if first < 0:
        return sum(1 for k in range(first, last + 1) if _is_word(tokens[k]))
    # A slice and its initials tested in C: this counts words of every candidate part.
    return sum(map(str.isalnum, initials(tokens[first : last + 1])))


def glued_mark(tokens: Sequence[Token], k: int) -> bool:
    """Token k, a quotation mark, is written against the word before it ("told CBS' Face the
    Nation"): such a mark closes or possesses; no quotation opens there."""
    return k > 0 and tokens[k - 1].end == tokens[k].start


def has_words(tokens: Sequence[Token], first: int, last: int, n: int) -> bool:
    """Whether ``words_in`` would count at least ``n``: stops at the n-th word (the rules ask
    "two words or more?" of parts that run to the end of a long sentence)."""
    k = 0
    # (as the slice of words_in: a last past the end stops at the end)
    for i in range(first, last + 1 if first < 0 else min(last + 1, len(tokens))):
        if tokens[i].text[:1].isalnum():
            k += 1
            if k >= n:
                return True
    return n <= 0


def trim(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int] | None:
    """Drop edge punctuation that belongs to the frame, not the content (keep quote marks)."""
    while first <= last and tokens[first].text in ",;:—–-":
        first += 1
    while last >= first and tokens[last].text in ",;:.—–-" and tokens[last].text not in CLOSERS:
        last -= 1
    if first > last:
        return None
    return first, last


# A time span between subject and verb ("allies have in the past said", "who has in recent
# weeks argued"): its last word, the words inside it, and how far back its "in" may stand.
_SPAN_ENDS = word_set("past days weeks months years week month year")
_SPAN_INSIDE = word_set("the past recent few two three several last")
_MAX_SPAN = 4


def _span_start(tokens: Sequence[Token], k: int) -> int | None:
    """The "in" opening a time span that ends at token k ("in the past", "in recent weeks")."""
    j = k - 1
    while j >= 0 and k - j <= _MAX_SPAN and tokens[j].lower in _SPAN_INSIDE:
        j -= 1
    if j >= 0 and j < k - 1 and tokens[j].lower == "in" and tokens[j + 1].lower in _SPAN_INSIDE:
        has_time = tokens[k].lower != "past" or tokens[k - 1].lower == "the"
        return j if has_time else None
    return None


def skip_between(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> int:
    """Step back over adverbs, auxiliaries and time phrases between a speaker and its cue."""
    while k >= 0:
        low = tokens[k].lower
        if low in TIME_HEADS and k > 0 and tokens[k - 1].lower in TIME_OPENERS:
            k -= 2  # "Wells Fargo this month announced", "Clinton on Tuesday said"
            while k >= 0 and tokens[k].lower in TIME_OPENERS:
                k -= 1
        elif low in TIME_HEADS and k > 1 and tokens[k - 1].lower in _WEEKDAYS:
            k -= 2  # "Spicer on Thursday evening said", "Trump Monday night said"
            while k >= 0 and tokens[k].lower in TIME_OPENERS:
                k -= 1
        elif low in _DAY_WORDS:
            k -= 1  # "Clinton defenders today argue"
        elif low in _SPAN_ENDS and (start := _span_start(tokens, k)) is not None:
            k = start - 1  # "allies have in the past said", "who in recent weeks argued"
        elif tokens[k].text[:1].isupper():
            break  # "Theresa May said": a capitalised word is a name, not the modal
        elif low in lexicon.between or (
            low.endswith("ly") and k > 0 and low not in ("italy", "reply")
        ):
            k -= 1
        else:
            break
    return k


def verb_follows(tokens: Sequence[Token], k: int, n: int) -> bool:
    """A modal or finite verb within a few words after an object cue's noun phrase, before any
    punctuation: the phrase was the subject of what was said, not the listener."""
    determiners = words().determiners
    if k < n and starts_clause(tokens[k]):
        return False  # "told reporters they are ...": a new subject opens the content
    for m in range(k, min(n, k + 6)):
        if tokens[m].lower in CLAUSE_VERBS:
            return True
        if not tokens[m].text[:1].isalnum():
            return False
        if tokens[m].lower in determiners and (m == k or tokens[m - 1].lower not in _PREPS):
            return False  # "told reporters the road would ...": a second phrase, the content
    return False


_PREPS = word_set("in of on at for from with near inside outside across along")
# Subject pronouns, bare or contracted ("he’s", "they're"): a listener phrase never runs on
# through one, and a clause starts there.
_SUBJECT_PRONOUNS = word_set("i he she it we they you")


def starts_clause(tok: Token) -> bool:
    """A subject pronoun, bare or contracted ("they", "he’s", "we'll")."""
    low = tok.lower.replace("’", "'")
    return low.split("'", 1)[0] in _SUBJECT_PRONOUNS if "'" in low else low in _SUBJECT_PRONOUNS


def chain(
    tokens: Sequence[Token], first: int, last: int, lexicon: Lexicon
) -> tuple[int, int, int] | None:
    """Find ", adding that C" inside a content range: (comma index, cue index, content start)."""
    for k in range(first + 1, last):
        if tokens[k].lower not in CHAINING:
            continue
        j = k - 1
        if j - 1 > first and (
            tokens[j].lower in CHAIN_LINKS
            or tokens[j].text.isalpha()
            and tokens[j].lower.endswith("ly")
        ):
            # ", while emphasizing that C", ", recently telling a friend that C": a link word or
            # an adverb before the participle changes nothing (PolNeAR train: the first content
            # ran on over these second reports)
            j -= 1
        if tokens[j].text in _CHAIN_MARKS or (
            tokens[j].text in CLOSERS and tokens[j - 1].text == ","  # '“...,” adding'
        ):
            start = k + 1
            if start <= last and tokens[start].lower == "that":
                start += 0  # keep "that": PolNeAR content includes the complementiser
            trimmed = trim(tokens, start, last)
            if trimmed is not None and has_words(tokens, *trimmed, 2):
                return j, k, start
    return None


# Words that may stand between the comma and a chaining participle.
CHAIN_LINKS = word_set("while also even then later only")
# A comma or a dash before the participle: "declined to claim victory - only saying that C".
_CHAIN_MARKS = frozenset((",", "-", "—", "–", "--"))


def leading_only(tokens: Sequence[Token], before: int) -> bool:
    return all(tokens[k].lower in LEADING or tokens[k].text == "," for k in range(before))


def quoted(tokens: Sequence[Token], part: tuple[int, int]) -> bool:
    return tokens[part[0]].text in OPENERS or tokens[part[1]].text in CLOSERS


# Double quotation marks only: a single one is too often an apostrophe ("the workers' pay").
_DOUBLE_OPEN = frozenset("“«")
_DOUBLE_CLOSE = frozenset("”»")


def closed_quote_mask(tokens: Sequence[Token], first: int, last: int) -> list[bool]:
    """For each token from ``first`` to ``last``: whether it stands inside a quotation opened at
    or after ``first`` and closed by ``last`` (the quoted speaker's own words, where a verb
    reports nothing of its own). One pass: a content holding many cues is read once, not once
    per cue (a long quotation full of speech verbs cost time quadratic in its length)."""
    depth_before: list[int] = []
    depth = 0
    last_closer = -1
    for j in range(first, last + 1):
        depth_before.append(depth)
        text = tokens[j].text
        if text in _DOUBLE_OPEN:
            depth += 1
        elif text in _DOUBLE_CLOSE:
            depth = max(0, depth - 1)
            last_closer = j
        elif text == '"':
            depth = 0 if depth else 1  # a straight mark opens or closes by its parity
            last_closer = j
    return [d > 0 and last_closer > first + i for i, d in enumerate(depth_before)]


def adjunct_only(tokens: Sequence[Token], first: int, last: int) -> bool:
    """'..., the official said on Wednesday.', '... said Friday as he arrived.': what follows
    the cue is only time, place or a subordinate clause."""
    after = tokens[first : last + 1]
    rest = list(compress(after, map(str.isalnum, initials(after))))  # the words, read in C
    if len(rest) > 1 and rest[0].lower == "that" and rest[1].lower not in TIME_HEADS:
        return False  # "said that while ...": a complementiser opens content, "that day" does not
    k = 0
    while (
        k < len(rest)
        and (
            rest[k].lower in TIME_HEADS
            or rest[k].lower in TIME_OPENERS
            or rest[k].lower in _DAY_WORDS
        )
        and rest[k].lower not in ADJUNCT_START
    ):
        k += 1
    tail = rest[k:]
    if not tail:
        return True
    if len(tail) > 1 and tail[0].lower == "to" and infinitive(tail[1]):
        return False  # "pledged to make Apple ...": an infinitive is what was pledged
    if len(tail) > 1 and tail[0].lower == "at" and tail[1].lower in ("least", "most"):
        return False  # "said at least nine died": a figure's bound opens content, no place
    if tail[0].lower in ADJUNCT_START and not any(t.lower == "that" for t in tail):
        return True
    return len(rest) <= 4 and all(t.lower in TIME_WORDS or t.text[:1].isupper() for t in rest)


# Words after "to" that make it a listener or a place ("said to reporters", "to the press"),
# not an infinitive.
_TO_OBJECTS = word_set(
    """the a an his her its their our my your this that these those him them us me reporters
    journalists supporters voters members lawmakers officials people"""
)


def infinitive(tok: Token) -> bool:
    """A lower-case word after "to" that is no listener: most likely a verb ("to make")."""
    return tok.text.isalpha() and tok.text.islower() and tok.lower not in _TO_OBJECTS


# Words after a cue that open what was said: "said that ...", "said: ...", "said “...".
REPORT_START = frozenset(("that", ":", *OPENERS))


def report_follows(tokens: Sequence[Token], cue: Cue, first: int, last: int) -> bool:
    """Whether the words after a cue open a report of their own (up to the first comma)."""
    for k in range(first, min(last + 1, first + 10)):
        low = tokens[k].lower
        if low in REPORT_START or tokens[k].text in REPORT_START:
            return True
        if low == "to" and cue.cls is CueClass.OBJECT:
            return True  # '“...,” she urged them to stay': the infinitive is what was urged
        if tokens[k].text in ",;.!?":
            return False
    return True  # a long run without a comma may be a clause: leave it to the other rules


def has_verb(tokens: Sequence[Token], part: tuple[int, int]) -> bool:
    """A rough check that a span is a clause: a common finite verb or an -ed form in it."""
    return any(
        t.lower in CLAUSE_VERBS or t.lower.endswith(("ed", "n't")) or t.lower in MODALS
        for t in tokens[part[0] : part[1] + 1]
    )


MODALS = word_set("might may can could would will should must")
# Verb forms common enough to tell a clause ("At least 300 came") from a setting ("In a statement"),
# and a verb right after an object cue's noun phrase making it the content's subject (one table:
# frames.py held a narrower copy that this one always overrode).
CLAUSE_VERBS = word_set(
    """is was are were be been has have had will would can could should may might must do does
    did came went got made said says told took gave"""
)


def aside_before_that(tokens: Sequence[Token], nxt: int, last: int) -> int | None:
    """The closing comma of an aside of one to five words right after a cue when "that"
    follows it (", clearly, that", ", in a statement, that", ", among other things, that");
    None otherwise. The words must be plain words: a quotation or a verb-less list is no aside."""
    if nxt > last or tokens[nxt].text != ",":
        return None
    for shut in range(nxt + 2, min(nxt + 7, last)):
        if tokens[shut].text == ",":
            inner = tokens[nxt + 1 : shut]
            if tokens[shut + 1].lower == "that" and all(t.text.isalpha() for t in inner):
                return shut
            return None
    return None
