"""Answers: one claim answering another of a different side, each a small named signal.

- ``reply_signal``: the claim names the other side's speaker as the owner of what it answers
  ("the governor's office got its count", "Amnesty's report");
- ``denial_signal``: the claim denies ("denied", "broke no rules", "baseless", "a witch hunt")
  and the other makes the accusation or statement it answers;
- ``confirm_signal``: the claim bears out ("confirmed the agreement") what the other said.

``signals.py`` re-exports them beside the other signals; ``links.py`` picks the pairs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache

from attribcmp.evidence import Signal
from attribcmp.facet_lexicon import event_words, events_lexicon
from attribcmp.judged import judgment
from attribcmp.model import Claim, ClaimFacets, Relation
from attribcmp.place_words import names_place
from attribcmp.pointed import called_false
from attribcmp.textcompare import NEGATED_CUE
from attribcmp.textfeatures import possessive, said_text, whole_words, written_as

__all__ = [
    "confirm_signal",
    "confirms",
    "denial_signal",
    "governed_object",
    "head_words",
    "reply_signal",
    "responsibility_signal",
    "shortfall_signal",
    "states_shortfall",
    "takes_responsibility",
    "blames",
    "word_list",
]

# Strengths (0-100, the overlap score's scale; see signals.py). A denial is firm evidence
# that two claims speak to one point; a reply naming the other side's words next.
_DENIAL_SCORE = 85.0
_REPLY_SCORE = 80.0
# A source named by a word for a statement ("a state television report") is a particular
# one, not "a report" or "a news report", from this many words on (an article aside).
_NAMED_SOURCE_WORDS = 3
# One side bearing out what the other just said ("confirmed the agreement").
_CONFIRM_SCORE = 80.0


@cache
def word_list(key: str) -> tuple[str, ...]:
    """A word list of ``data/events.yaml``, lower-cased."""
    return tuple(str(w).lower() for w in events_lexicon()[key])


def _find_word(text: str, words: Sequence[str]) -> str:
    low = text.lower()
    for word in words:
        if word not in low:
            continue  # (a plain substring test first: the pattern needs the word itself)
        m = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", low)
        if m:
            return text[m.start() : m.end()]
    return ""


def reply_signal(a: Claim, b: Claim, named: str) -> Signal | None:
    """``a`` names ``b``'s speaker or side (``named``, as found in a's words) and answers it.

    The name must govern a word for what the other side said: "the governor's office got
    its count", "Amnesty's report", "the figures released by the ministry". Naming the other
    side near a denial is a reply too ("dismissed the ministry's version"). Merely naming the
    other party ("met the Foreign Minister", "killed by the military") is not, and neither is
    a statement reported inside the claim ("Assange said the allegations ...").

    Args:
        a: the replying claim.
        b: the claim of the named speaker it answers.
        named: the name as it stands in a's words ("the governor's office").

    Returns:
        The signal (diverge when a disputes), or None.
    """
    if not named.strip():
        return None
    text = said_text(a)
    fa = a.facets or ClaimFacets()
    if named.lower().split()[-1] in word_list("reply_objects"):
        # A speaker called "a news report" names no one, unless the claim denies what that
        # very source says, named in full ("denied allegations in a state television
        # report"): the denial answers the source's own claims.
        bare = re.sub(r"(?i)^(?:the|a|an)\s+", "", named.strip())
        if not (fa.denial and len(bare.split()) >= _NAMED_SOURCE_WORDS):
            return None
        reason = f"reply: denies what {named} says ('{fa.denial}')"
        return Signal("reply", _REPLY_SCORE, reason, Relation.DIVERGE)
    obj = governed_object(text, named)
    below = _compared_against(text, named) if obj else ""
    disputes = bool(fa.denial or fa.negated or below)
    owner = possessive(named)
    judged = _judged(text, named, obj) if obj and not below else None
    false_words = "" if obj else called_false(text, named)[0]
    if below:
        reason = f"reply: its figures are {below} {owner} {obj.lower()}"
    elif false_words:
        # "Erdogan had falsely accused him": the reply says the named one's words are untrue
        reason = f"reply: says {named} {false_words}"
        disputes = True
    elif obj:
        reason = f"reply: names {owner} {obj.lower()}"
    elif fa.denial and _near_word(text, named, fa.denial, _REPLY_DENIAL_REACH):
        reason = f"reply: names {named} and denies ('{fa.denial}')"
    else:
        return None
    relation = Relation.DIVERGE if disputes else None
    if judged is not None:
        # what the reply calls the named statement decides ("X's assertion is correct
        # because many deaths are not reported": a negation after it is its reason)
        words, relation = judged
        reason = f"{reason}: '{words}'"
    return Signal("reply", _REPLY_SCORE, reason, relation)


def _judged(text: str, named: str, obj: str) -> tuple[str, Relation] | None:
    """What the claim calls the named statement ("is correct", "disputed the"), or None."""
    found = next(whole_words(text, named), None)
    if found is None:
        return None
    name_start, name_end = found
    k = text.find(obj, name_end)
    end = k + len(obj) if 0 <= k - name_end <= _JUDGED_GAP else name_end
    start = text.rfind(obj, 0, name_start)
    start = start if 0 <= name_start - start <= _JUDGED_GAP + len(obj) else name_start
    return judgment(text, start, end)


# How many characters may stand between a name and the word for its statement ("Mr. Okoro's
# latest assertion", "the report released by Amnesty").
_JUDGED_GAP = 24


def _compared_against(text: str, named: str) -> str:
    """ "lower than" when the claim sets its own figures against the named one's ("death
    tolls significantly lower than the Amnesty report"), else "": two counts that differ."""
    if "than" not in text.lower():
        return ""  # (the pattern, compiled per name, needs the word itself)
    m = re.search(
        r"(?i)\b(lower|higher|fewer|smaller|larger|greater|less|more)\s+(?:[\w-]+\s+){0,3}?than\s+(?:the\s+|that\s+of\s+(?:the\s+)?)?"
        + re.escape(named)
        + r"(?!\w)",
        text,
    )
    return f"{m.group(1).lower()} than" if m else ""


# How many words may stand between a name and the word for what it said: "the governor's
# office got its count" (3), "the report released by the ministry" (2 before the name).
_REPLY_AFTER_WORDS = 4
_REPLY_BEFORE_WORDS = 3
# How near (words) a denial must stand to the name for "names X and denies" to be a reply.
_REPLY_DENIAL_REACH = 6
# A reporting verb between the name and the object reports the named one's words inside the
# claim ("Assange said the allegations were ..."): that is quoting, not answering.
_REPORTING = frozenset({"said", "says", "say", "told", "tells", "added", "stated", "claimed"})
# Between an object and the name after it, one of these makes the name its source ("the
# report by Amnesty", "the figures released by the ministry", "the account of the army").
_SOURCE_LINKS = frozenset({"of", "by", "from"})


@cache
def _reply_objects() -> frozenset[str]:
    return frozenset(word_list("reply_objects"))


@lru_cache(maxsize=1024)
def _tokens(text: str) -> tuple[list[tuple[str, int, int]], list[int], list[int]]:
    """(words with their offsets, their starts, their ends), read once per claim: a reply is
    tested for each name it holds and again when its signal is made. The lists are only read."""
    tokens = [(m.group().lower(), m.start(), m.end()) for m in re.finditer(r"[\w'’.-]+", text)]
    return tokens, [t[1] for t in tokens], [t[2] for t in tokens]


def governed_object(text: str, named: str) -> str:
    """The word for what was said ("count", "report") that the name in ``text`` governs
    ("the governor's office got its count", "the report by Amnesty"), or ""."""
    objects = _reply_objects()
    # tokens run in order without overlap: their starts and ends are sorted (bisection)
    tokens, starts, ends = _tokens(text)
    for name_start, name_end in whole_words(text, named):
        k = bisect_left(starts, name_end)
        after = tokens[k : k + _REPLY_AFTER_WORDS + 1]
        if after and after[0][0] in {"'s", "’s"}:
            after = after[1:]
        for word, s, e in after:
            if word in _REPORTING:
                break
            if word.rstrip(".,") in objects:
                return text[s:e].rstrip(".,")
        k = bisect_right(ends, name_start)
        before = tokens[max(0, k - _REPLY_BEFORE_WORDS - 1) : k]
        for k, (word, s, e) in enumerate(before):
            rest = {w for w, _, _ in before[k + 1 :]}
            if word in objects and rest & _SOURCE_LINKS and not rest & _REPORTING:
                return text[s:e]
    return ""


def _near_word(text: str, named: str, word: str, reach: int) -> bool:
    """``named`` and ``word`` stand at most ``reach`` words apart in ``text``."""
    low = text.lower()
    i, j = low.find(named.lower()), low.find(word.lower())
    if i < 0 or j < 0:
        return False
    lo, hi = sorted((i, j))
    return len(low[lo:hi].split()) <= reach


def denial_signal(a: Claim, b: Claim, label_a: str = "", label_b: str = "") -> Signal | None:
    """``a`` denies and ``b`` (another side) makes the statement or accusation it answers.

    Returns:
        A diverge signal quoting both ("denial: 'broke no rules' answers 'fixed prices'"),
        or None when a is no denial, or b denies too (two denials answer a third claim).
    """
    fa, fb = a.facets, b.facets
    if fa is None or fb is None or not fa.denial or fb.denial:
        return None
    target = ""
    state = fa.denial.lower() in event_words("counter_states")
    if fb.quantities and (state or _names_count(said_text(a))):
        # "dispute toll" / "nine miners were killed"; "all had been accounted for" / "at
        # least thirty men had gone down": what is answered is the figure
        target = fb.quantities[0].text
    for cls, word in zip(fb.events, fb.event_words, strict=False):
        if target:
            break
        if cls in {"accusation", "violation"} or cls in fa.events and cls != "denial":
            target = word
            break
    # a country both name is no claim answered: the reason must quote what is denied
    shared = [o for o in fa.objects if o in fb.objects and not names_place(o)]
    if not target and shared:
        target = _surface(said_text(b), shared[0])
    # a time span ("two months ago") says when, not what is answered: the claim's words do
    counts = [q for q in fb.quantities if q.kind != "duration"]
    if not target and counts:
        target = counts[0].text
    if not target:
        target = head_words(said_text(b))
    # "accounted for" states the opposite, it calls nothing false: no "denial" in the reason
    kind = "counter-claim" if state else "denial"
    reason = f"{kind}: '{fa.denial}' answers '{target}'"
    return Signal(
        "denial",
        _DENIAL_SCORE,
        reason,
        Relation.DIVERGE,
        ((a.id, (fa.denial,)), (b.id, ())),
        # The shape of every headline: the words each side uses, its name after them.
        f"{kind.capitalize()}: '{fa.denial}' ({label_a or 'one side'}) vs "
        f"'{head_words(said_text(b), 8)}' ({label_b or 'the other'})",
    )


@cache
def _count_noun() -> re.Pattern[str]:
    nouns = "|".join(re.escape(str(w)) for w in events_lexicon()["count_nouns"])
    return re.compile(rf"(?i)\b(?:{nouns})\b")


def _names_count(text: str) -> bool:
    """The denial names a count ("dispute toll", "rejected the figures")."""
    return bool(_count_noun().search(text))


def confirms(claim: Claim) -> str:
    """The cue by which a claim bears out another's ("confirmed"), or "" ("did not confirm"
    is no confirmation)."""
    cue = claim.cue.text if claim.cue else ""
    if not cue or NEGATED_CUE.search(cue):
        return ""
    return _find_word(cue, word_list("confirm_cues"))


def confirm_signal(a: Claim, b: Claim) -> Signal | None:
    """``a`` confirms ("confirmed the agreement") what ``b``, of another side, just said.

    Returns:
        The signal quoting both (converge when a names only what it confirms, "the
        agreement"), or None when a confirms nothing or b denies.
    """
    word = confirms(a)
    fb = b.facets or ClaimFacets()
    if not word or fb.denial:
        return None
    reason = (
        f"confirms: '{word} {head_words(said_text(a), 4)}' answers '{head_words(said_text(b))}'"
    )
    # "confirmed the agreement" bears it all out; "confirmed that there had been shooting"
    # bears out its own words only, and the words decide how much of the other's they cover.
    whole = len(said_text(a).split()) <= _WHOLE_CONFIRMATION_WORDS
    return Signal("confirm", _CONFIRM_SCORE, reason, Relation.CONVERGE if whole else None)


def states_shortfall(claim: Claim) -> str:
    """The words by which a claim says something falls short ("not enough", "desperately
    needed", a negated "sufficient"), or ""."""
    text = said_text(claim)
    found = _find_word(text, word_list("shortfall_phrases"))
    if found or claim.facets is None or not claim.facets.negated:
        return found
    return _find_word(text, word_list("shortfall_negated"))


def shortfall_signal(a: Claim, b: Claim) -> Signal | None:
    """Both claims say what is there falls short ("additional resources are desperately
    needed" / "it is still not enough"): the same judgement in other words, so they agree.

    Returns:
        The signal (converge), or None unless both state a shortfall.
    """
    wa, wb = states_shortfall(a), states_shortfall(b)
    if not wa or not wb:
        return None
    reason = f"both say it falls short: '{wa}' / '{wb}'"
    return Signal(
        "topic", _SHORTFALL_SCORE, reason, Relation.CONVERGE, ((a.id, (wa,)), (b.id, (wb,)))
    )


# Two sides judging one effort short: a little below a confirmation.
_SHORTFALL_SCORE = 60.0
# A confirmation this short names what it confirms ("the agreement", "the figure", "it").
_WHOLE_CONFIRMATION_WORDS = 3


def _surface(text: str, token: str) -> str:
    """The word of ``text`` a stemmed token came from ("villages" for "villag"); "" when none
    (a concept's name such as "defense" is no word of the claim)."""
    return written_as(text, token)


def head_words(text: str, words: int = 5) -> str:
    """The first ``words`` words of a text, an ellipsis marking the cut."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


# "claimed responsibility for the attack", "took responsibility": the speaker owns the act.
_RESPONSIBILITY = re.compile(
    r"(?i)^\W*(?:full\s+)?responsibility\s+for\b|\b(?:claimed|claims|claiming|took|takes|"
    r"taking|accepted|accepts)\s+(?:full\s+)?responsibility\b"
)


def takes_responsibility(claim: Claim) -> bool:
    """The claim owns an act for its speaker ("claimed responsibility for the attack")."""
    fa = claim.facets
    if fa is None or fa.negated or fa.denial:
        return False
    return bool(_RESPONSIBILITY.search(said_text(claim)))


# "X was responsible for the killings", "X is to blame for", "X was behind the attack".
_BLAMES = re.compile(r"(?i)\b(?:responsible\s+for|to\s+blame\s+for|behind\s+the)\b")


def blames(claim: Claim) -> bool:
    """The claim puts an act on someone ("it was the military that was responsible for the
    killings"), and does not deny it."""
    fa = claim.facets
    if fa is None or fa.negated or fa.denial:
        return False
    return bool(_BLAMES.search(said_text(claim)))


def responsibility_signal(a: Claim, b: Claim, named: str, *, blamed: bool = False) -> Signal | None:
    """``a`` claims an act for its side; ``b``, of another side, puts that act on the same
    side by name ("a Taliban bomber detonated ..."): two accounts agree on who did it. With
    ``blamed``, ``b`` puts the act on a's speaker ("the military was responsible for the
    killings") and ``a`` is that speaker's own account of the act: one act, the words decide
    how far they agree.

    Args:
        a: the claim of responsibility (or the blamed side's account of the act).
        b: the other side's account naming a's side (or the claim that blames it).
        named: the name of a's side or speaker as it stands in b's words.
    """
    told = a if blamed else b
    ft = told.facets
    if not named or ft is None or ft.denial or not set(ft.events) & _ACTS:
        return None
    if not blamed and ft.negated:
        return None
    if blamed:
        reason = f"puts the act on {named}: '{head_words(said_text(b), 6)}'"
        return Signal("responsibility", _REPLY_SCORE, reason, None)
    reason = f"both put the act on {named}: '{head_words(said_text(a), 4)}'"
    return Signal("responsibility", _REPLY_SCORE, reason, Relation.CONVERGE)


# What one claims responsibility for.
_ACTS = frozenset({"attack", "killing", "destruction", "injury", "arrest"})
