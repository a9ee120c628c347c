"""Learned content boundaries: move a frame's first and last content token a few tokens.

Frames place content by rule ("after the cue and its listener", "up to the comma before the
speaker"); annotated news draws the edges a little differently in recurring ways ("told
reporters that ...", "accused X of ...", a trailing ", a dig at ..."). For each edge, the
tokens within a few places of the rule's choice are scored by a linear ranker over lexical
features; the best one wins, and the rule's own choice carries a feature too, so the ranker
moves an edge only when the words around it say so.

Weights live in ``data/bound_scorer.json``, rebuilt by ``bench/train_cue_scorer.py`` from
PolNeAR train (feature strings and numbers only). Without the file, frames are unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from importlib import resources
from itertools import repeat

from attribcmp.attribute.cues import Cue, CueClass, Token
from attribcmp.attribute.frame_base import OPENERS, Frame
from attribcmp.data import word_set

WINDOW = 6  # tokens either side of the rule's edge
# The object of a stance or belief cue ("endorsed the governor, who trailed ...", "backed the
# bill — a measure that ...") ends at a comma or dash well before the sentence does: ends may
# move this far back.
END_BACK = 30
_RUN_ON = 4  # words a cue may run on over to its preposition
# A cue may also run on over a second, neutral saying verb ("continued to say", "went out of his way
# to say"): this many words at most.
_RUN_ON_SAID = 6
# Neutral saying verbs, as written: the verb adds nothing to what was said, so the content may
# start after it. Stance and denial verbs, and nouns, stay in the content: "voiced our worries
# over X" is the worry, "declined to endorse X" the endorsement, "refused to deny X" the denial.
_SAYING = word_set(
    """say says said saying tell tells told telling note notes noted noting add adds added
    adding write writes wrote written writing state states stated stating explain explains
    explained explaining declare declares declared declaring announce announces announced
    announcing repeat repeats repeated repeating reiterate reiterates reiterated reiterating
    mention mentions mentioned mentioning"""
)
# When not None, every refined frame is appended here (training only).
COLLECT: list[tuple[Sequence[Token], Cue, Frame, Sequence[Cue]]] | None = None

# Object-taking cues whose object is an audience, never part of the content; others ("called
# the deal a step forward", "accused the campaign of ...") may take their object in.
_AUDIENCE = word_set("tell urge ask remind inform assure advise warn brief notify thank")
_LINKS = word_set("that to about for of on over with against in as whether if")
_END_NEXT = word_set(
    "and but or as after while which who when because before since in on at for with by to "
    "from during"
)
# Speech and hedges take a clause that runs on; their ends stay near where the rule put them.
_CLAUSAL = frozenset((CueClass.SPEECH, CueClass.HEDGE, CueClass.ACCORDING_TO))
# " - " is a dash where a font or wire has no long one (hyphenated words are one token).
_FAR_MARKS = frozenset((",", "—", "–", "--", "-", "(", ";"))
_OPEN = frozenset("“\"‘'«(")
_TIMES = word_set(
    "monday tuesday wednesday thursday friday saturday sunday week month year weekend night"
)
_TIME_LEADS = word_set("on last this next late early earlier")
_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
_DAY_PARTS = word_set("night morning afternoon evening")
# Words that open a noun phrase, not a clause: "the offer", "those claims", "his plan".
_OBJECT_OPENERS = word_set("the those these his her their its our")
_POSSESSIVE = ("'s", "’s")
_LIST_JOINS = frozenset(("and", "or"))
_OWNERS = word_set("our his her their my its your")
_QUOTE_OPEN = frozenset(("“", '"', "'", "«"))  # '' is two ' tokens
_QUOTE_REACH = 15  # tokens of adjuncts between a cue and the quotation it introduces
_CLOSE = frozenset("”\"’'»)")


@cache
def weights() -> dict[str, float] | None:
    """The bundled boundary weights, or None when the data file is absent."""
    try:
        raw = resources.files("attribcmp.data").joinpath("bound_scorer.json").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None
    data = json.loads(raw)
    return {k: float(v) for k, v in data["weights"].items()}


def _pw_kind(low: str) -> str:
    """What the word before a candidate start is: a linking word, a saying verb, or other."""
    return "link" if low in _LINKS else "said" if low in _SAYING else "other"


def _shape(tok: Token) -> str:
    t = tok.text
    if t in _OPEN:
        return "open"
    if t in _CLOSE:
        return "close"
    if not t[:1].isalnum():
        return "punct"
    return "cap" if t[:1].isupper() else "low"


_DIST = {d: str(d) for d in range(-WINDOW, WINDOW + 1)}  # an edge's offset, as its feature
_HEADS = word_set("that to if whether about what how why who when where the a an his her their")


def _far(k: int, rule_k: int) -> str:
    """An end further back than the window, bucketed."""
    return "far15" if rule_k - k <= 15 else "far30"


def _shape_word(w: str) -> str:
    """A content head outside the head-word table, by its kind."""
    return "punct" if not w[:1].isalnum() else "word"


class _Features:
    """The feature strings of one cue's candidate edges; the parts that name the cue and the
    rule are joined once per frame, not once per candidate (refine scores every candidate)."""

    __slots__ = (
        "cue_last",
        "s_rule",
        "s_cue",
        "s_cls",
        "s_cue_w",
        "e_rule",
        "e_cls",
        "e_cls_nw",
        "e_head",
    )

    def __init__(self, cue: Cue, frame: Frame, tokens: Sequence[Token] = ()) -> None:
        cls = cue.cls.value
        self.cue_last = cue.last
        self.s_rule = "s|rule|d=" + frame.rule + "|"
        self.s_cue = "s|cue|d=" + cue.lemma + "|"
        self.s_cls = "s|cls|d=" + cls + "|"
        self.s_cue_w = "s|cue|w=" + cue.lemma + "|"
        self.e_rule = "e|rule|d=" + frame.rule + "|"
        self.e_cls = "e|cls|d=" + cls + "|"
        self.e_cls_nw = "e|cls|nw=" + cls + "|"
        # What the content opens with: a clause ("that ...", "to ...") runs on, an object stops.
        head = tokens[frame.parts[0][0]].lower if tokens and frame.parts else ""
        self.e_head = "e|head=" + cls + "|" + (head if head in _HEADS else _shape_word(head))

    def start(self, tokens: Sequence[Token], k: int, rule_k: int) -> list[str]:
        d = _DIST[max(-WINDOW, min(WINDOW, k - rule_k))]
        w = tokens[k].lower
        pw = tokens[k - 1].lower if k > 0 else "<s>"
        after = k > self.cue_last
        return [
            "d=" + d,
            "s|w=" + w,
            "s|pw=" + pw,
            "s|pw|w=" + pw + "|" + w,
            "s|d|w=" + d + "|" + w,
            "s|d|pw=" + d + "|" + pw,
            self.s_rule + d,
            self.s_cue + d,
            self.s_cls + d,
            "s|shape=" + _shape(tokens[k]) + "|" + (_shape(tokens[k - 1]) if k > 0 else "<s>"),
            "s|aftercue=after|" + str(min(k - self.cue_last, 6))
            if after
            else "s|aftercue=before|-1",
            self.s_cue_w + w,
            "s|pwk=" + _pw_kind(pw) + "|" + d,
        ]

    def end(self, tokens: Sequence[Token], k: int, rule_k: int) -> list[str]:
        n = len(tokens)
        d = (
            _DIST[max(-WINDOW, min(WINDOW, k - rule_k))]
            if k - rule_k >= -WINDOW
            else _far(k, rule_k)
        )
        w = tokens[k].lower
        nw = tokens[k + 1].lower if k + 1 < n else "</s>"
        nw2 = tokens[k + 2].lower if k + 2 < n else "</s>"
        return [
            "e|d=" + d,
            "e|w=" + w,
            "e|nw=" + nw,
            "e|w|nw=" + w + "|" + nw,
            "e|nw|nw2=" + nw + "|" + nw2,
            "e|d|nw=" + d + "|" + nw,
            self.e_rule + d,
            self.e_cls + d,
            "e|shape=" + _shape(tokens[k]) + "|" + (_shape(tokens[k + 1]) if k + 1 < n else "</s>"),
            "e|last=" + str(k >= n - 2),
            self.e_head + "|" + d,
            self.e_head + "|nw=" + nw,
            self.e_cls_nw + nw,
        ]


def start_features(
    tokens: Sequence[Token], cue: Cue, frame: Frame, k: int, rule_k: int
) -> list[str]:
    """Features of starting the content at token k (the rule chose rule_k)."""
    return _Features(cue, frame).start(tokens, k, rule_k)


def end_features(tokens: Sequence[Token], cue: Cue, frame: Frame, k: int, rule_k: int) -> list[str]:
    """Features of ending the content at token k (the rule chose rule_k)."""
    return _Features(cue, frame, tokens).end(tokens, k, rule_k)


def start_candidates(tokens: Sequence[Token], cue: Cue, frame: Frame) -> list[int]:
    first, last = frame.parts[0][0], frame.parts[0][1]
    low = max(0, first - WINDOW)
    if first > cue.last:
        low = max(low, cue.last + 1)  # content after the cue never takes the cue back
        if cue.cls is CueClass.OBJECT and cue.lemma in _AUDIENCE:
            low = first  # "urged her husband to stay": the listener is not what was said
    speaker = frame.speaker
    high = first
    # Later starts skip only linking words ("said that", "talked about"), never content words:
    # "thanked the U.S. for its support to ..." keeps "its support".
    while high < min(last, first + WINDOW) and (
        tokens[high].lower in _LINKS or not tokens[high].text[:1].isalnum()
    ):
        high += 1
    cands = [k for k in range(low, high + 1) if not (speaker[0] <= k <= speaker[1]) or k >= first]
    # A cue may run on over a few words to its preposition ("expressed support for", "provided
    # new details about", "fired back at"): a start right after a linking word is a candidate too.
    for k in range(high + 1, min(last, first + _RUN_ON_SAID) + 1):
        if not tokens[k - 1].text[:1].isalnum() or first <= cue.last:
            break
        prev = tokens[k - 1].lower
        if prev in _OWNERS:
            break  # "voiced our worries over X", "gave his support to X": the stance is theirs
        if (prev in _LINKS and k <= first + _RUN_ON) or prev in _SAYING:
            cands.append(k)
    # "said at a news conference, “...”" and "said in response: “...”": the content is the
    # quotation after the comma or colon that ends the cue's adjuncts.
    if first > cue.last:
        for k in range(high + 1, min(last, first + _QUOTE_REACH) + 1):
            if tokens[k].text in _QUOTE_OPEN and tokens[k - 1].text in (",", ":"):
                cands.append(k)
                break
    return cands


def end_candidates(
    tokens: Sequence[Token], cue: Cue, frame: Frame, cues: Sequence[Cue] = ()
) -> list[int]:
    first, last = frame.parts[-1]
    high = min(len(tokens) - 1, last + WINDOW)
    # Never run into the next cue: the rule stopped there for another report.
    high = min([high] + [c.first - 1 for c in cues if c.first > last])
    # Nor past a colon that opens a quotation: what is quoted after it is a new run, often
    # the next speaker's ('spoke about the casino: “It will fail,” Roffman predicted').
    high = next(
        (
            k - 1
            for k in range(last + 1, high)
            if tokens[k].text == ":" and tokens[k + 1].text in OPENERS
        ),
        high,
    )
    stop = min(cue.first, frame.speaker[0])
    if last < stop:
        high = min(high, stop - 1)  # content before the cue never runs into it
    n = len(tokens)
    near = max(first, last - WINDOW)
    back = last - END_BACK if cue.cls not in _CLAUSAL else near  # speech runs to its clause's end
    # Content ends before a mark or a clause-opening word, or where the rule ended it; further
    # back only before a comma, dash or bracket (an aside or a tail the cue's object stops at).
    return [
        k
        for k in range(max(first, back), near)
        if tokens[k].text[:1].isalnum()
        and tokens[k + 1].text in _FAR_MARKS
        and not list_comma(tokens, k)
    ] + [
        k
        for k in range(near, high + 1)
        if k == last
        or (
            tokens[k].text[:1].isalnum()
            and (
                k + 1 >= n
                or not tokens[k + 1].text[:1].isalnum()
                or tokens[k + 1].lower in _END_NEXT
            )
            and not list_comma(tokens, k)
        )
    ]


def _before_time(tokens: Sequence[Token], first: int, last: int) -> int:
    """The end moved before a trailing time phrase ("backed the bill on Tuesday", "... last
    week", "rejected the offer Tuesday", "... on Monday night"): an object's stance was taken
    then; the time is not part of what was backed."""
    k = last
    if tokens[k].lower in _DAY_PARTS and k - 1 > first and tokens[k - 1].lower in _WEEKDAYS:
        k -= 1  # "on Monday night": the part of the day goes with its day
    if k - 2 < first or tokens[k].lower not in _TIMES:
        return last
    if tokens[k - 1].lower in _TIME_LEADS:
        return k - 2
    if tokens[k].lower in _WEEKDAYS and tokens[k - 1].text[:1].islower():
        return k - 1  # a bare weekday after a lower-case word; "Super Tuesday" is a name
    return last


def _short_object(tokens: Sequence[Token], cue: Cue, first: int, last: int) -> bool:
    """A speech cue other than a saying verb takes a short noun phrase ("denied those claims
    Thursday", "rejected Trump's offer Tuesday"): a determiner or possessive opens it and at
    most four tokens run to its end, so a time at the end dates the cue, as for a stance.
    After "said" the same words are a clause ("said the vote is Tuesday")."""
    if cue.lemma in _SAYING or last - first > 4 or first + 1 >= len(tokens):
        return False
    low = tokens[first].lower
    return (
        low in _OBJECT_OPENERS
        or low.endswith(_POSSESSIVE)
        or tokens[first + 1].lower in _POSSESSIVE
    )


def list_comma(tokens: Sequence[Token], k: int) -> bool:
    """The comma after token k separates items of a list ("discussed Afghanistan, Iran and the
    summit"): "and" or "or" follows within three words, with nothing but words between. An
    end there would keep only the first item."""
    if k + 2 >= len(tokens) or tokens[k + 1].text != ",":
        return False
    for j in range(k + 2, min(len(tokens), k + 5)):
        if tokens[j].lower in _LIST_JOINS:
            return j > k + 2
        if not tokens[j].text[:1].isalnum():
            return False
    return False


def _best(
    weights: dict[str, float],
    cands: Sequence[int],
    feats: Sequence[list[str]],
    rule_k: int,
) -> int:
    best, best_score = rule_k, None
    get = weights.get
    for k, fs in zip(cands, feats, strict=True):
        score = sum(map(get, fs, repeat(0.0)))
        if best_score is None or score > best_score:
            best, best_score = k, score
    return best


def _same_words(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Edges a and b differ by punctuation only (quote marks stay where the rule put them)."""
    lo, hi = min(a, b), max(a, b)
    return not any(tokens[k].text[:1].isalnum() for k in range(lo, hi))


def refine(tokens: Sequence[Token], cue: Cue, frame: Frame, cues: Sequence[Cue] = ()) -> Frame:
    """The frame with its content's outer edges moved where the ranker puts them."""
    if COLLECT is not None and frame.parts and frame.parts[0][0] > cue.last:
        COLLECT.append((tokens, cue, frame, cues))
    w = weights()
    if frame.rule == "aside_clause":
        return frame  # its edges are the aside's and the sentence's: the ranker never saw one
    if w is None or not frame.parts or frame.parts[0][0] <= cue.last or len(tokens) > 300:
        # Content before the cue ends at the cue's comma and starts the sentence; a sentence of
        # hundreds of words is debris, left to the rules so the stage stays linear.
        return frame
    parts = list(frame.parts)
    first, last = parts[0]
    feats = _Features(cue, frame, tokens)
    cands = start_candidates(tokens, cue, frame)
    if len(cands) > 1:
        first = _best(w, cands, [feats.start(tokens, k, first) for k in cands], first)
    if _same_words(tokens, first, parts[0][0]):
        first = parts[0][0]
    if (
        cue.last < frame.speaker[0] <= first <= frame.speaker[1]
        or cue.last < first < frame.speaker[0]
    ):
        first = parts[0][0]  # "accused by Y of C": the content never takes in its speaker
    parts[0] = (first, parts[0][1])
    f2, last = parts[-1]
    cands = end_candidates(tokens, cue, frame, cues)
    if len(cands) > 1:
        last = _best(w, cands, [feats.end(tokens, k, last) for k in cands], last)
    if _same_words(tokens, last + 1, frame.parts[-1][1] + 1):
        last = frame.parts[-1][1]
    if cue.cls not in _CLAUSAL or _short_object(tokens, cue, parts[-1][0], last):
        last = _before_time(tokens, parts[-1][0], last)
    if last < parts[-1][0] or (len(parts) == 1 and last < first):
        return frame
    parts[-1] = (parts[-1][0], last)
    if parts[0][0] > parts[0][1]:
        return frame
    return Frame(frame.rule, frame.speaker, tuple(parts), frame.chained, frame.chain_cue)


def expected_clause(cue: Cue, frame: Frame) -> Frame:
    """ "Trump is expected to win": no one's belief is named, so the whole clause from its
    subject is what is expected (PolNeAR marks it so, with no speaker); the subject holds no
    view of its own, and content after "to" alone would read as its pledge."""
    if not cue.lemma.endswith(" expected") or len(frame.parts) != 1:
        return frame
    first, last = frame.parts[0]
    if first <= cue.last or frame.speaker[1] >= cue.first or frame.speaker[0] > last:
        return frame
    return Frame(
        frame.rule, frame.speaker, ((frame.speaker[0], last),), frame.chained, frame.chain_cue
    )
