"""Claims + facets + the document's discourse -> links between claims of different sides.

Each signal is one small function that looks at two claims (or at the text between them) and
returns a ``Signal``: its name, a strength (0-100), what it says about the relation (or
nothing), and the reason a reader sees. ``link_claims`` gathers candidate pairs by blocking
(the same figure slot, a speaker named in the other's words, a denial, neighbouring
attributions, shared tokens), never by trying all pairs one by one, runs the signals on them
and keeps a link where one fires:

- ``slot_signal``: both give a figure of one kind for one event ("12 fighters killed" /
  "16 people died"): equal values converge, overlapping ranges are partial, others diverge;
- ``reply_signal``: one claim names the other's speaker or side ("the governor's office's
  count") and answers it;
- ``denial_signal``: one claim denies ("denied", "broke no rules", "baseless") and the other
  makes the accusation or statement it answers;
- ``contrast_signal``: the article itself sets the second attribution against the first
  ("but", "however", "disputed", "differing accounts");
- ``topical_signal``: the two share enough words and concepts (``align``'s overlap score).
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from attribcmp.align import (
    CONCEPT_MARK,
    Concepts,
    TextFeatures,
    _stem,
    pair_overlap,
    said_text,
    topical_features,
    topical_scores,
)
from attribcmp.data import word_set
from attribcmp.facets import events_lexicon
from attribcmp.model import (
    Claim,
    ClaimFacets,
    Document,
    Link,
    Quantity,
    Relation,
    Settings,
    Side,
    Speaker,
)
from attribcmp.segment import segment_sentences

__all__ = [
    "Signal",
    "contrast_signal",
    "denial_signal",
    "blame_signal",
    "event_signal",
    "framing_signal",
    "phrase_signal",
    "polarity_signal",
    "link_claims",
    "reply_signal",
    "slot_signal",
]

_DEFAULT_SETTINGS = Settings()

# Strengths of the signals (0-100, the scale of the overlap score). A figure slot and a
# denial are the firmest evidence that two claims speak to one point; the article's own
# "but" next; a bare reply (naming the other side) least.
_SLOT_SCORE = 90.0
_DENIAL_SCORE = 85.0
_REPLY_SCORE = 80.0
_CONTRAST_SCORE = 75.0
# A figure slot alone links two claims only when something else ties them: the same
# neighbourhood of the article, a shared name or word, or some topical overlap. Two tolls
# of two different incidents in one long story are otherwise the same slot.
_SLOT_NEAR_SENTENCES = 6
_SLOT_MIN_TOPICAL = 20.0
# How much of a claim's own opening is read for a contrast marker ("however, ...").
_HEAD_CHARS = 12
# A contrast joins attributions at most this many sentences apart.
_CONTRAST_SENTENCES = 1
# A denial looks for what it answers among the other side's claims this many sentences back
# (or on): a denial answers what the article has just reported.
_DENIAL_SENTENCES = 8
# A slot bucket larger than this (thousands of claims with the same figure kind) pairs each
# claim with its nearest neighbours only: no quadratic blow-up.
_BUCKET_WINDOW = 12
# How many partners of another side a claim keeps on shared words alone.
_TOPICAL_PARTNERS = 6
# How many of a named speaker's claims a reply may answer.
_REPLY_TARGETS = 1
# How many of the other side's claims one denial may answer ("zero chance of civilian
# casualties" answers each claim of civilian deaths), and how much it must share with each.
_DENIAL_TARGETS = 3
_DENIAL_MIN_AFFINITY = 1.0
_EVENT_SCORE = 70.0
_FRAMING_SCORE = 72.0
_POLARITY_SCORE = 66.0
# An object word ties two claims for a polarity clash only when this rare (claims holding it).
_POLARITY_MAX_CLAIMS = 4
_PHRASE_SCORE = 60.0
# A shared two-word phrase links only when rare: in at most this many claims.
_PHRASE_MAX_CLAIMS = 3


@dataclass(frozen=True, slots=True)
class Signal:
    """One reason to link two claims.

    Attributes:
        name: "slot", "reply", "denial", "contrast" or "topical".
        score: strength, 0-100.
        reason: what a reader sees.
        relation: what the signal says about the relation; None when it says nothing.
        highlights: (claim id, words) to highlight.
        headline: the one line a summary shows for it ("Death toll: 12 fighters (army) vs 16
            people (villagers)"); "" to let the link build one from the claims.
    """

    name: str
    score: float
    reason: str
    relation: Relation | None = None
    highlights: tuple[tuple[str, tuple[str, ...]], ...] = ()
    headline: str = ""


# -- figures ----------------------------------------------------------------------------------


def _fmt(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:g}"


def _overlap(x: Quantity, y: Quantity) -> bool:
    x_high = x.high if x.high is not None else float("inf")
    y_high = y.high if y.high is not None else float("inf")
    return x.low <= y_high and y.low <= x_high


def _exact(q: Quantity) -> bool:
    return q.low == q.high == q.value


def _same_value(x: Quantity, y: Quantity) -> bool:
    if _exact(x) and _exact(y):
        # Rounded figures ("$65 billion" / "$64.7 billion") are the same within 1%.
        return abs(x.value - y.value) <= 0.01 * max(abs(x.value), abs(y.value))
    return (x.low, x.high) == (y.low, y.high)


# Overlapping ranges whose point values are further apart than this factor still differ:
# "at least seven soldiers" and "26 troops" can both be true, but a reader sees two tolls.
_CLOSE_FACTOR = 1.5


def _close(x: Quantity, y: Quantity) -> bool:
    if _vague(x) or _vague(y):
        return True  # "many people" has no value to be far from
    small, large = sorted((abs(x.value), abs(y.value)))
    return large <= _CLOSE_FACTOR * small


_VAGUE_WORDS = frozenset({"many", "several", "dozens", "scores", "hundreds", "thousands", "few"})


def _vague(q: Quantity) -> bool:
    words = q.text.lower().split()
    return bool(words) and (words[0] in _VAGUE_WORDS or words[:2] == ["a", "few"])


def _slot(q: Quantity) -> tuple[str, str] | None:
    """The slot a figure fills: (event, kind); None when it names neither, or is a part."""
    if q.part or not q.kind or not q.event or q.kind == "share":
        return None
    return q.event, q.kind


def slot_signal(a: Claim, b: Claim, label_a: str, label_b: str) -> Signal | None:
    """Figures of one kind for one event in both claims: compare the values.

    Args:
        a: a claim with facets.
        b: another claim with facets.
        label_a: how the reason names a's side ("army").
        label_b: how it names b's side.

    Returns:
        diverge when no figure of the slot agrees, partial when ranges overlap (or one side
        adds a part: "three of the 12 dead were farmers"), converge when they are equal; None
        when the claims share no slot.
    """
    fa, fb = a.facets, b.facets
    if fa is None or fb is None:
        return None
    pairs = [
        (x, y)
        for x in fa.quantities
        for y in fb.quantities
        if _slot(x) is not None and _slot(x) == _slot(y)
    ]
    if not pairs:
        return None
    same = [(x, y) for x, y in pairs if _same_value(x, y)]
    overlapping = [
        (x, y) for x, y in pairs if _overlap(x, y) and not _same_value(x, y) and _close(x, y)
    ]
    if same:
        x, y = same[0]
        parts = any(q.part for q in (*fa.quantities, *fb.quantities))
        relation = Relation.PARTIAL if parts else Relation.CONVERGE
        verb = "figures agree" if not parts else "figures agree, one side adds a breakdown"
    elif overlapping:
        x, y = overlapping[0]
        relation, verb = Relation.PARTIAL, "figures overlap"
    else:
        x, y = pairs[0]
        relation, verb = Relation.DIVERGE, "figures differ"
    event = x.event
    word = _event_word(fa, event) or _event_word(fb, event) or event
    reason = f"{verb}: {x.text} ({label_a}) vs {y.text} ({label_b}), same event: {word}"
    topic = _headlines().get(f"{event} {x.kind}") or f"Figures ({word})"
    return Signal(
        "slot",
        _SLOT_SCORE,
        reason,
        relation,
        ((a.id, (_figure(x),)), (b.id, (_figure(y),))) if relation is not Relation.CONVERGE else (),
        f"{topic}: {x.text} ({label_a}) vs {y.text} ({label_b})",
    )


@cache
def _headlines() -> dict[str, str]:
    return {str(k): str(v) for k, v in events_lexicon()["headlines"].items()}


def _figure(q: Quantity) -> str:
    """The figure's own words, without its noun ("at least nine" of "at least nine people")."""
    if q.noun and q.text.endswith(q.noun):
        return q.text[: -len(q.noun)].strip() or q.text
    return q.text


def _event_word(facets: ClaimFacets, event: str) -> str:
    for cls, word in zip(facets.events, facets.event_words, strict=False):
        if cls == event:
            return word.lower()
    return ""


# -- replies and denials ----------------------------------------------------------------------


@cache
def _word_list(key: str) -> tuple[str, ...]:
    return tuple(str(w).lower() for w in events_lexicon()[key])


def _find_word(text: str, words: Sequence[str]) -> str:
    low = text.lower()
    for word in words:
        m = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", low)
        if m:
            return text[m.start() : m.end()]
    return ""


def reply_signal(a: Claim, b: Claim, named: str) -> Signal | None:
    """``a`` names ``b``'s speaker or side (``named``, as found in a's words) and answers it.

    Naming the other side together with a word for what it said ("its count", "their
    report") is a reply; so is naming it while denying or negating ("we do not know where
    the governor's office got its numbers"). Merely naming the other party ("met the
    Foreign Minister") is not: every readout names the other side.

    Args:
        a: the replying claim.
        b: the claim of the named speaker it answers.
        named: the name as it stands in a's words ("the governor's office").

    Returns:
        The signal (diverge when a disputes), or None.
    """
    if not named:
        return None
    text = said_text(a)
    obj = _find_word(text, _word_list("reply_objects"))
    fa = a.facets or ClaimFacets()
    disputes = bool(fa.denial or fa.negated)
    if obj:
        reason = f"reply: names {named}'s {obj.lower()}"
    elif fa.denial:
        reason = f"reply: names {named} and denies ('{fa.denial}')"
    elif fa.negated:
        reason = f"reply: names {named} and negates"
    else:
        return None
    return Signal("reply", _REPLY_SCORE, reason, Relation.DIVERGE if disputes else None)


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
    for cls, word in zip(fb.events, fb.event_words, strict=False):
        if cls in {"accusation", "violation"} or cls in fa.events and cls != "denial":
            target = word
            break
    shared = [o for o in fa.objects if o in fb.objects]
    if not target and shared:
        target = shared[0]
    if not target and fb.quantities:
        target = fb.quantities[0].text
    if not target:
        target = _head(said_text(b))
    reason = f"denial: '{fa.denial}' answers '{target}'"
    return Signal(
        "denial",
        _DENIAL_SCORE,
        reason,
        Relation.DIVERGE,
        ((a.id, (fa.denial,)), (b.id, ())),
        f"Denial: {label_a or 'one side'} '{fa.denial}' vs {label_b or 'the other'}: "
        f"'{_head(said_text(b), 8)}'",
    )


def _head(text: str, words: int = 5) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


# -- one incident, one phrase ----------------------------------------------------------------


@cache
def _families() -> dict[str, str]:
    table = events_lexicon()["incident_families"]
    return {str(cls): str(name) for name, classes in table.items() for cls in classes}


def incident_families(facets: ClaimFacets | None) -> frozenset[str]:
    """The incident families ("harm", "detention") a claim's event classes belong to."""
    if facets is None:
        return frozenset()
    table = _families()
    return frozenset(table[e] for e in facets.events if e in table)


def _event_gate(a: Claim, b: Claim, families: frozenset[str], close: bool) -> bool:
    """Harm (killing, attack, injury) is in most claims of a war story: two claims sharing it
    must also share a name, an object word or a kind of figure, or one must deny, or the two
    frame it oppositely. Rarer families (who holds a town) tie two claims on their own."""
    if families - {_COMMON_FAMILY}:
        return True
    fa, fb = a.facets or ClaimFacets(), b.facets or ClaimFacets()
    shared = set(fa.objects) & set(fb.objects) or set(fa.participants) & set(fb.participants)
    kinds = {q.kind for q in fa.quantities} & {q.kind for q in fb.quantities}
    if shared or kinds or fa.denial or fb.denial:
        return True
    if close and _negates_harm(a) != _negates_harm(b):
        return True  # "there were no casualties" answers "killed eight coalition members"
    return framing_signal(said_text(a), said_text(b)) is not None


_NEGATOR = re.compile(r"(?i)\b(?:no|not|never|none|nobody|zero|without)\b")
# How far (words) a negation reaches to the event word it negates: "no civilian casualties".
_NEGATION_REACH = 3


def _negates_harm(claim: Claim) -> bool:
    """The claim negates a harm event itself ("no casualties", "nobody was hurt")."""
    facets = claim.facets
    if facets is None:
        return False
    table = _families()
    words = {
        w.lower()
        for e, w in zip(facets.events, facets.event_words, strict=False)
        if table.get(e) == _COMMON_FAMILY
    }
    tokens = said_text(claim).lower().split()
    for k, tok in enumerate(tokens):
        if _NEGATOR.fullmatch(tok.strip(".,;:\"'“”")):
            ahead = [t.strip(".,;:\"'“”") for t in tokens[k + 1 : k + 1 + _NEGATION_REACH]]
            if any(t in words for t in ahead):
                return True
    return False


_COMMON_FAMILY = "harm"


def event_signal(a: Claim, b: Claim, *, close: bool = True) -> Signal | None:
    """Both claims speak of one incident: event classes of one family ("16 civilians had been
    killed" / "zero chance of civilian casualties"). A claim that denies or negates what the
    other reports diverges from it; otherwise the words decide.

    Returns:
        The signal, or None when the claims share no incident family. ``close``: the two
        stand a few sentences apart, near enough for a bare negation ("no casualties") to
        answer the other.
    """
    fa, fb = a.facets, b.facets
    shared = incident_families(fa) & incident_families(fb)
    if fa is None or fb is None or not shared or not _event_gate(a, b, shared, close):
        return None
    family = sorted(shared - {_COMMON_FAMILY})[0] if shared - {_COMMON_FAMILY} else _COMMON_FAMILY
    table = _families()
    word_a = next(
        w for e, w in zip(fa.events, fa.event_words, strict=False) if table.get(e) == family
    )
    word_b = next(
        w for e, w in zip(fb.events, fb.event_words, strict=False) if table.get(e) == family
    )
    reason = f"same incident: '{word_a.lower()}' / '{word_b.lower()}'"
    disputes = bool(fa.denial or fa.negated) != bool(fb.denial or fb.negated)
    if family in _EXCLUSIVE_FAMILIES and not (fa.negated or fb.negated or fa.denial or fb.denial):
        # Two sides cannot both hold one town: each claiming it is a conflict.
        reason = f"both sides claim it: '{word_a.lower()}' / '{word_b.lower()}'"
        return Signal("event", _EVENT_SCORE, reason, Relation.DIVERGE)
    return Signal("event", _EVENT_SCORE, reason, Relation.DIVERGE if disputes else None)


# Families where two sides asserting the event contradict each other.
_EXCLUSIVE_FAMILIES = frozenset({"territory"})


@cache
def _framings() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    def pattern(words: Sequence[object]) -> re.Pattern[str]:
        alts = "|".join(re.escape(str(w)) for w in sorted(words, key=lambda w: -len(str(w))))
        return re.compile(r"(?i)(?<!\w)(" + alts + r")(?!\w)")

    return tuple(
        (str(f["name"]), pattern(f["left"]), pattern(f["right"]))
        for f in events_lexicon()["framings"]
    )


def framing_signal(text_a: str, text_b: str, label_a: str = "", label_b: str = "") -> Signal | None:
    """Counter-framing: the two claims name one thing with opposite words ("the victims were
    militants" / "16 civilians had been killed"; "a spy balloon" / "a weather balloon").

    Args:
        text_a: the first claim's words.
        text_b: the second claim's words.

    Returns:
        A diverge signal naming both words, or None when no framing opposes them (a claim
        using both sides' words, "civilians and militants", opposes nothing).
    """
    for name, left, right in _framings():
        la, ra = left.search(text_a), right.search(text_a)
        lb, rb = left.search(text_b), right.search(text_b)
        for x, y in ((la, rb), (ra, lb)):
            if x and y and not (la and ra) and not (lb and rb):
                reason = f"counter-framing ({name}): '{x.group(1)}' vs '{y.group(1)}'"
                side_a = f" ({label_a})" if label_a else ""
                side_b = f" ({label_b})" if label_b else ""
                headline = (
                    f"{name[0].upper()}{name[1:]}: '{x.group(1)}'{side_a} vs '{y.group(1)}'{side_b}"
                )
                return Signal("framing", _FRAMING_SCORE, reason, Relation.DIVERGE, (), headline)
    return None


def _side_words(name: str) -> tuple[str, ...]:
    """Word stems a side's name is recognised by in running text: "Pakistan" also as
    "Pakistani", "India" as "Indian" (capitalised words of four letters or more)."""
    return tuple(w[: max(4, len(w) - 1)] for w in re.findall(r"[A-Z][a-z]{3,}", name) if w != "The")


def _names_side(text: str, stems: Sequence[str]) -> str:
    """The side's name as the text puts it, with up to two words after ("India's border
    forces"), an event word not among them ("Pakistani troops", not "... troops killed")."""
    events = _event_stems()
    for stem in stems:
        m = re.search(r"\b" + re.escape(stem) + r"\w*(?:['’]s)?(?:\s+[a-z]+){0,2}", text)
        if m:
            words = m.group().split()
            while len(words) > 1 and _stem(words[-1].lower()) in events:
                words.pop()
            return " ".join(words)
    return ""


@cache
def _event_stems() -> frozenset[str]:
    return frozenset(
        _stem(str(w).lower())
        for words in events_lexicon()["events"].values()
        for w in words
        if " " not in str(w)
    )


def blame_signal(a: Claim, b: Claim, name_a: str, name_b: str) -> Signal | None:
    """Each side puts one incident on the other: a (of side ``name_a``) names side ``name_b``
    as the actor, and b names side ``name_a`` ("India's border forces opened fire" /
    "fire by Pakistani troops").

    Returns:
        A diverge signal quoting both, or None.
    """
    if not incident_families(a.facets) & incident_families(b.facets):
        return None
    stems_a, stems_b = _side_words(name_a), _side_words(name_b)
    if not stems_a or not stems_b or set(stems_a) & set(stems_b):
        return None
    in_a = _names_side(said_text(a), stems_b)
    in_b = _names_side(said_text(b), stems_a)
    if not in_a or not in_b or _names_side(said_text(a), stems_a):
        return None
    reason = f"each side blames the other: '{in_a}' ({name_a}) vs '{in_b}' ({name_b})"
    headline = f"Who is to blame: '{in_a}' ({name_a}) vs '{in_b}' ({name_b})"
    return Signal("blame", _FRAMING_SCORE, reason, Relation.DIVERGE, (), headline)


def polarity_signal(
    a: Claim, b: Claim, shared: Sequence[str], features: Mapping[str, TextFeatures] | None = None
) -> Signal | None:
    """One claim negates what the other asserts about the same rare thing ("no visit has been
    scheduled" / "we agreed the visit will take place"; "no further posting" / "plans to
    post").

    Args:
        a: a claim with facets.
        b: a claim of another side with facets.
        shared: the rare object words both hold.
        features: analysed words by claim id; with them the negation must reach the shared
            word ("No civilians were present" negates civilians, not the compound).

    Returns:
        A diverge signal, or None when both or neither negate, or nothing is shared.
    """
    fa, fb = a.facets, b.facets
    if fa is None or fb is None or not shared or fa.negated == fb.negated:
        return None
    negating = a if fa.negated else b
    feats = features.get(negating.id) if features else None
    every = list(shared)
    if feats is not None:
        shared = [o for o in shared if _negation_reaches(feats, o)]
        if not shared:
            return None
    # One shared word can be two senses ("play its role" / "no role in politics"): a second
    # shared word or a shared event makes it one thing.
    events = (set(fa.events) & set(fb.events)) - {"denial"}
    if len(every) < 2 and not events:
        return None
    word = shared[0].lstrip(CONCEPT_MARK)
    reason = f"one side negates it: '{word}'"
    return Signal("polarity", _POLARITY_SCORE, reason, Relation.DIVERGE)


def _polarity_keys(facets: ClaimFacets | None) -> tuple[str, ...]:
    """What a negation can be about: the object words and the event words ("no visit")."""
    if facets is None:
        return ()
    events = (_stem(w.lower()) for w in facets.event_words if " " not in w)
    return tuple(dict.fromkeys((*facets.objects, *events)))


def _negation_reaches(features: TextFeatures, token: str) -> bool:
    """A negating word stands at most ``_NEGATION_REACH`` words before the token's words."""
    surfaces = {w.lower() for w in features.surfaces.get(token, ())}
    words = [w.lower() for w in features.words]
    for k, word in enumerate(words):
        if _NEGATOR.fullmatch(word) or word.endswith("n't"):
            ahead = words[k + 1 : k + 1 + _NEGATION_REACH + 1]
            if any(w in surfaces or w == token for w in ahead) or any(
                " ".join(ahead).find(sf) >= 0 for sf in surfaces if " " in sf
            ):
                return True
    return False


def _bigrams(features: TextFeatures, speaker_words: frozenset[str]) -> frozenset[tuple[str, str]]:
    words = [t for t in features.tokens if not t.startswith("#")]
    # Two words of a speaker's name in a row ("Vladimir Putin", "coalition forces") are who
    # is talked about, not what is said about them; "NATO-Russia Council" is a point.
    return frozenset(
        (x, y)
        for x, y in zip(words, words[1:], strict=False)
        if not (x in speaker_words and y in speaker_words)
    )


def _speaker_words(speakers: Sequence[Speaker]) -> frozenset[str]:
    """The stems of every word that names a speaker."""
    words: set[str] = set()
    for sp in speakers:
        for name in (sp.name, *sp.aliases, *(m.span.text for m in sp.mentions)):
            words.update(_stem(w) for w in re.findall(r"[^\W\d_]+(?:\.[^\W\d_])*\.?", name))
    return frozenset(words)


def phrase_signal(shared: Sequence[tuple[str, str]], features: TextFeatures) -> Signal | None:
    """The two claims share a rare two-word phrase ("stable and predictable", "summit
    meeting"): the same point in other surroundings.

    Args:
        shared: the rare content-word pairs both claims hold, in the first claim's order.
        features: the first claim's analysed words, to show the phrase as written.

    Returns:
        The signal, or None when nothing is shared.
    """
    if not shared:
        return None
    shown = []
    for pair in shared[:2]:
        words = [(features.surfaces.get(t) or (t.lstrip(CONCEPT_MARK),))[0].lower() for t in pair]
        shown.append(" ".join(words))
    return Signal("phrase", _PHRASE_SCORE, "same phrase: " + ", ".join(f"'{w}'" for w in shown))


# -- the article's own discourse --------------------------------------------------------------


@cache
def _contrast_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    markers = events_lexicon()["contrast_markers"]
    opening = "|".join(re.escape(str(w)) for w in markers["opening"])
    anywhere = "|".join(re.escape(str(w)) for w in markers["anywhere"])
    return (
        # At the start of the sentence or clause that carries the second attribution.
        re.compile(r"(?i)(?:^|[.;:,—–-]\s*|\n)[\"“‘']?(" + opening + r")\b"),
        re.compile(r"(?i)\b(" + anywhere + r")\b"),
    )


def contrast_signal(between: str, lead: str) -> Signal | None:
    """The article sets the second attribution against the first.

    Args:
        between: the text from the end of the first claim to the start of the second claim's
            sentence (", officials said, but").
        lead: the second claim's sentence up to its content, and its cue ("However, the
            ministry claimed").

    Returns:
        A diverge signal naming the marker ("contrast in the article: 'but'"), or None.
    """
    opening, anywhere = _contrast_patterns()
    for text in (lead, between[-160:]):
        m = opening.search(text)
        if m:
            return Signal(
                "contrast",
                _CONTRAST_SCORE,
                f"contrast in the article: '{m.group(1)}'",
                Relation.DIVERGE,
            )
    m = anywhere.search(lead)
    if m:
        return Signal(
            "contrast",
            _CONTRAST_SCORE,
            f"contrast in the article: '{m.group(1)}'",
            Relation.DIVERGE,
        )
    return None


# -- gathering --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Where:
    """Where a claim stands: its document and sentence number."""

    doc: str
    sentence: int
    sentence_start: int


def _locate(claims: Sequence[Claim], documents: Sequence[Document]) -> list[_Where]:
    starts: dict[str, list[int]] = {}
    for doc in documents:
        starts[doc.id] = [s.start for s in segment_sentences(doc)]
    out = []
    for claim in claims:
        table = starts.get(claim.doc_id, [])
        k = max(bisect.bisect_right(table, claim.content.start) - 1, 0)
        out.append(_Where(claim.doc_id, k, table[k] if table else 0))
    return out


def _name_table(speakers: Sequence[Speaker], sides: Sequence[Side]) -> dict[str, tuple[str, str]]:
    """Lower-cased name -> (speaker id or "", side id) for every way a speaker is named."""
    table: dict[str, tuple[str, str]] = {}
    # A country or party named as such ("Russia and the US shared ...") is what claims are
    # about, not a speaker being answered: side names are left out.
    side_names = {s.name.lower() for s in sides} | {s.id.lower() for s in sides}
    for sp in speakers:
        if not sp.side or sp.anonymous:
            continue
        names = {sp.name, *sp.aliases, *(m.span.text for m in sp.mentions)}
        for name in names:
            low = name.lower().strip()
            low = re.sub(r"^(?:the|a|an)\s+", "", low)
            if len(low) < 4 or low in _PRONOUNS or low in side_names:
                continue
            table.setdefault(low, (sp.id, sp.side))
        # A person's surname alone ("Okoro") names them too.
        parts = sp.name.split()
        if (
            sp.kind == "person"
            and len(parts) >= 2
            and len(parts[-1]) > 3
            and parts[-1][0].isupper()
        ):
            table.setdefault(parts[-1].lower(), (sp.id, sp.side))
    return table


_PRONOUNS = word_set("he she they it we i you his her their its our officials official")


def link_claims(
    claims: Sequence[Claim],
    *,
    documents: Sequence[Document] = (),
    speakers: Sequence[Speaker] = (),
    sides: Sequence[Side] = (),
    concepts: Concepts,
    settings: Settings = _DEFAULT_SETTINGS,
    topical: Mapping[tuple[int, int], float] | None = None,
) -> tuple[Link, ...]:
    """Every cross-side pair of claims some signal links, with the reasons.

    Args:
        claims: claims with ``side`` and ``facets`` set (claims without facets take part in
            the topical and discourse signals only).
        documents: their documents, for the discourse between attributions.
        speakers: the speakers, for replies that name the other side.
        sides: the sides, for the names the reasons use.
        concepts: from ``align.load_concepts``.
        settings: ``threshold`` is the overlap score from which shared words alone link.
        topical: precomputed overlap scores (``align.topical_scores``), keyed (i, j), i < j.

    Returns:
        Links in order of their first then second claim; ``a`` is the earlier claim.
    """
    n = len(claims)
    if n < 2:
        return ()
    features = topical_features(claims, concepts)
    if topical is None:
        # Only pairs at the threshold are worth listing; a weaker overlap is worked out for
        # the few pairs another signal brings up (a low bar here would list most pairs).
        topical = topical_scores(features, min(settings.threshold, settings.merge_threshold))
    side = [c.side or "" for c in claims]
    names = {s.id: s.name for s in sides}
    label = [names.get(s, s or "unattributed") for s in side]
    where = _locate(claims, documents)
    texts = {d.id: d.text for d in documents}
    signals: dict[tuple[int, int], list[Signal]] = {}

    def add(i: int, j: int, signal: Signal | None) -> None:
        if signal is None or side[i] == side[j] or i == j:
            return
        key = (i, j) if i < j else (j, i)
        found = signals.setdefault(key, [])
        if all(s.name != signal.name for s in found):
            found.append(signal)

    def near(i: int, j: int, sentences: int) -> bool:
        return (
            where[i].doc == where[j].doc and abs(where[i].sentence - where[j].sentence) <= sentences
        )

    token_sets = [frozenset(f.tokens) for f in features]

    def score(i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        if key in topical:
            return topical[key]
        return pair_overlap(token_sets[i], token_sets[j])

    # Figure slots, blocked by (event, kind).
    buckets: dict[tuple[str, str], list[int]] = {}
    for i, claim in enumerate(claims):
        for q in claim.facets.quantities if claim.facets else ():
            key = _slot(q)
            if key is not None and (not buckets.get(key) or buckets[key][-1] != i):
                buckets.setdefault(key, []).append(i)
    for members in buckets.values():
        for x, i in enumerate(members):
            for j in members[x + 1 : x + 1 + _BUCKET_WINDOW]:
                if side[i] == side[j]:
                    continue
                tied = (
                    where[i].doc != where[j].doc
                    or near(i, j, _SLOT_NEAR_SENTENCES)
                    or score(i, j) >= _SLOT_MIN_TOPICAL
                )
                if tied:
                    add(i, j, slot_signal(claims[i], claims[j], label[i], label[j]))

    # Replies: a claim naming another side's speaker.
    table = _name_table(speakers, sides)
    by_speaker: dict[str, list[int]] = {}
    for i, claim in enumerate(claims):
        by_speaker.setdefault(claim.speaker_id, []).append(i)
    if table:
        pattern = re.compile(
            r"(?i)(?<!\w)("
            + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
            + r")(?!\w)"
        )
        for i, claim in enumerate(claims):
            seen: set[str] = set()
            for m in pattern.finditer(said_text(claim)):
                speaker_id, speaker_side = table[m.group(1).lower()]
                if speaker_side == side[i] or speaker_id in seen or speaker_id == claim.speaker_id:
                    continue
                seen.add(speaker_id)
                targets = sorted(
                    by_speaker.get(speaker_id, []),
                    key=lambda j: (-score(i, j), abs(where[i].sentence - where[j].sentence), j),
                )
                for j in targets[:_REPLY_TARGETS]:
                    add(i, j, reply_signal(claim, claims[j], m.group(1)))

    # Denials: what the denial answers is the nearest related claim of another side.
    for i, claim in enumerate(claims):
        if claim.facets is None or not claim.facets.denial:
            continue
        options = [
            j
            for j in range(max(0, i - 40), min(n, i + 40))
            if side[j] != side[i]
            and near(i, j, _DENIAL_SENTENCES)
            or (where[j].doc != where[i].doc and side[j] != side[i] and score(i, j) > 0)
        ]
        ranked = sorted(
            options,
            key=lambda j: (
                -_affinity(claim, claims[j], score(i, j)),
                abs(where[i].sentence - where[j].sentence),
                j,
            ),
        )
        answered = [
            j
            for j in ranked[:_DENIAL_TARGETS]
            if _affinity(claim, claims[j], score(i, j)) >= _DENIAL_MIN_AFFINITY
        ]
        if not answered:
            # Nothing shares its words: a denial answers what the other side has just said
            # ("... they have killed him." / "it is rumour with no verification").
            answered = [j for j in options if j < i and near(i, j, _DENIAL_FALLBACK)][-1:]
        for j in answered:
            add(i, j, denial_signal(claim, claims[j], label[i], label[j]))
        if _deictic(claim):
            # "These claims are not true", "dismissed the official assertions": the claims
            # answered are the other side's just before, whatever they share in words.
            before = [j for j in options if j < i and near(i, j, _DEICTIC_SENTENCES)]
            for j in sorted(before, key=lambda k: (-k,))[:_DENIAL_TARGETS]:
                add(i, j, denial_signal(claim, claims[j], label[i], label[j]))

    # One incident: claims whose events fall in one family, blocked by family.
    families: dict[str, list[int]] = {}
    for i, claim in enumerate(claims):
        for family in sorted(incident_families(claim.facets)):
            families.setdefault(family, []).append(i)
    for members in families.values():
        for x, i in enumerate(members):
            for j in members[x + 1 : x + 1 + _BUCKET_WINDOW]:
                if side[i] != side[j] and (
                    where[i].doc != where[j].doc or near(i, j, _SLOT_NEAR_SENTENCES)
                ):
                    close = near(i, j, _DEICTIC_SENTENCES)
                    add(i, j, event_signal(claims[i], claims[j], close=close))

    # One negates what the other asserts about a rare shared object, blocked by object.
    holders_of: dict[str, list[int]] = {}
    for i, claim in enumerate(claims):
        for obj in _polarity_keys(claim.facets):
            holders_of.setdefault(obj, []).append(i)
    clash: dict[tuple[int, int], list[str]] = {}
    for obj, members in holders_of.items():
        if 2 <= len(members) <= _POLARITY_MAX_CLAIMS:
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    if side[i] != side[j] and (
                        where[i].doc != where[j].doc or near(i, j, _DENIAL_SENTENCES)
                    ):
                        clash.setdefault((i, j), []).append(obj)
    by_id_features = {c.id: f for c, f in zip(claims, features, strict=True)}
    for (i, j), objs in clash.items():
        add(i, j, polarity_signal(claims[i], claims[j], objs, by_id_features))

    # Rare shared phrases, blocked by phrase.
    speaker_words = _speaker_words(speakers)
    grams = [_bigrams(f, speaker_words) for f in features]
    holders: dict[tuple[str, str], list[int]] = {}
    for i, bag in enumerate(grams):
        for gram in bag:
            holders.setdefault(gram, []).append(i)
    pairs: dict[tuple[int, int], list[tuple[str, str]]] = {}
    for gram, members in holders.items():
        if 2 <= len(members) <= _PHRASE_MAX_CLAIMS:
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    if side[i] != side[j]:
                        pairs.setdefault((i, j), []).append(gram)
    for (i, j), shared in pairs.items():
        order = [t for t in features[i].tokens]
        shared.sort(key=lambda g: order.index(g[0]))
        add(i, j, phrase_signal(shared, features[i]))

    # The article's discourse: each claim against the nearest earlier claim of another side.
    last_by_side: dict[str, int] = {}
    for j, claim in enumerate(claims):
        doc = texts.get(claim.doc_id)
        if doc is not None:
            earlier = [
                i
                for s, i in last_by_side.items()
                if s != side[j]
                and near(i, j, _CONTRAST_SENTENCES)
                and claims[i].content.end <= claim.content.start
            ]
            if earlier:
                i = max(earlier, key=lambda k: claims[k].content.end)
                lead_start = where[j].sentence_start
                cue_end = (
                    claim.cue.end
                    if claim.cue and claim.cue.end <= claim.content.start
                    else claim.content.start
                )
                lead = doc[lead_start : max(cue_end, lead_start)]
                between = (
                    doc[claims[i].content.end : lead_start]
                    if lead_start > claims[i].content.end
                    else ""
                )
                if lead_start < claims[i].content.end:
                    # Both in one sentence: the words between them carry the contrast.
                    lead = doc[claims[i].content.end : max(cue_end, claims[i].content.end)]
                # The claim's own first words may carry it: "However, there were no casualties".
                head = doc[claim.content.start : claim.content.start + _HEAD_CHARS]
                add(i, j, contrast_signal(between, lead + head))
        if claim.doc_id == (claims[j - 1].doc_id if j else claim.doc_id):
            last_by_side[side[j]] = j
        else:
            last_by_side = {side[j]: j}

    # Shared words alone, at the alignment threshold: each claim keeps its best partners only,
    # so a thousand near-identical claims give a thousand links, not half a million.
    best: dict[int, list[tuple[float, int]]] = {}
    for (i, j), value in topical.items():
        if side[i] != side[j] and value >= settings.threshold:
            best.setdefault(i, []).append((value, j))
            best.setdefault(j, []).append((value, i))
    kept: set[tuple[int, int]] = set()
    for i, partners in best.items():
        for _value, j in heapq.nlargest(_TOPICAL_PARTNERS, partners, key=lambda p: (p[0], -p[1])):
            kept.add((min(i, j), max(i, j)))
    for i, j in sorted(kept):
        value = topical[(i, j)]
        add(i, j, Signal("topical", value, f"shared words and concepts: overlap {value:.0f}/100"))

    # Counter-framing only qualifies a pair some other signal found: opposite words alone
    # ("civilians" in one claim, "militants" in another) are everywhere in a war story.
    for i, j in list(signals):
        add(i, j, framing_signal(said_text(claims[i]), said_text(claims[j]), label[i], label[j]))
        add(i, j, blame_signal(claims[i], claims[j], label[i], label[j]))
    _keep_nearest_incidents(signals, where)

    links: list[Link] = []
    for i, j in sorted(signals):
        found = signals[(i, j)]
        links.append(
            _make_link(claims[i], claims[j], found, label[i], label[j], score(i, j), concepts)
        )
    return tuple(links)


_DEICTIC = re.compile(
    r"(?i)^\W*(?:(?:the|these|those|this|that|such|its|their|his|her|all|any)\s+)?"
    r"(?:\w+\s+){0,2}?(?:claims?|assertions?|reports?|allegations?|accusations?|charges?|"
    r"statements?|accounts?|this|that|it|them)\b"
)
# A denial sharing nothing with any claim answers the other side's last claim this near.
_DENIAL_FALLBACK = 2
# A deictic denial answers the other side's claims at most this many sentences before it.
_DEICTIC_SENTENCES = 4
# Short enough to be about what was just said rather than a point of its own.
_DEICTIC_WORDS = 12


def _deictic(claim: Claim) -> bool:
    """A denial that points back at what the other side said ("These claims are not true",
    "There's no truth to this claim", cue "dismissed" + "the official assertions")."""
    text = said_text(claim)
    if len(text.split()) > _DEICTIC_WORDS:
        return False
    return bool(
        _DEICTIC.search(text)
        or re.search(
            r"(?i)\b(?:this|these|that|those|the)\s+(?:claims?|reports?|assertions?|allegations?)\b",
            text,
        )
    )


# A claim linked only through a shared incident keeps this many such partners, the nearest
# in the text: in a war story every claim shares "harm" with every other.
_INCIDENT_PARTNERS = 2


def _keep_nearest_incidents(
    signals: dict[tuple[int, int], list[Signal]], where: Sequence[_Where]
) -> None:
    """Drop incident-only pairs beyond each claim's nearest ``_INCIDENT_PARTNERS``."""
    weak = [key for key, found in signals.items() if {s.name for s in found} == {"event"}]
    partners: dict[int, list[tuple[int, int, int]]] = {}
    for i, j in weak:
        distance = abs(where[i].sentence - where[j].sentence) + (
            0 if where[i].doc == where[j].doc else 1000
        )
        partners.setdefault(i, []).append((distance, j, i))
        partners.setdefault(j, []).append((distance, i, j))
    keep: set[tuple[int, int]] = set()
    for found in partners.values():
        for _distance, x, y in sorted(found)[:_INCIDENT_PARTNERS]:
            keep.add((min(x, y), max(x, y)))
    for key in weak:
        if key not in keep:
            del signals[key]


def _affinity(a: Claim, b: Claim, topical: float) -> float:
    """How much a denial and a candidate target share: events, objects, names, words."""
    fa, fb = a.facets or ClaimFacets(), b.facets or ClaimFacets()
    shared_events = len(set(fa.events) & set(fb.events) - {"denial"})
    accusation = 1 if {"accusation", "violation"} & set(fb.events) else 0
    shared_objects = len(set(fa.objects) & set(fb.objects))
    shared_names = len(set(fa.participants) & set(fb.participants))
    return shared_events + accusation + shared_objects + shared_names + topical / 25.0


_ORDER = {
    name: n
    for n, name in enumerate(
        (
            "slot",
            "denial",
            "framing",
            "blame",
            "polarity",
            "reply",
            "contrast",
            "event",
            "phrase",
            "topical",
        )
    )
}
_STRONG = frozenset({"slot", "denial", "framing", "blame", "polarity", "reply", "contrast"})
_EXTRA_SIGNAL = 3.0
_CONFLICTS = frozenset({"slot", "denial", "framing", "blame"})


def _make_link(
    a: Claim,
    b: Claim,
    found: list[Signal],
    label_a: str,
    label_b: str,
    topical: float,
    concepts: Concepts,
) -> Link:
    from attribcmp.classify import compare_claims

    found = sorted(found, key=lambda s: _ORDER.get(s.name, len(_ORDER)))
    # The firmest signal with an opinion decides (figures, then a denial, counter-framing, a
    # disputing reply, the article's contrast); otherwise the two claims' words do.
    decided = next((s.relation for s in found if s.relation is not None), None)
    if any(s.relation is Relation.DIVERGE for s in found if s.name in _CONFLICTS):
        # Agreeing figures do not settle it when one side denies or frames it oppositely.
        decided = Relation.DIVERGE
    verdict = compare_claims(a, b, label_a, label_b, concepts)
    relation = decided if decided is not None else verdict.relation
    strong = [s for s in found if s.name in _STRONG]
    # A reader needs the firm grounds; "same incident" or "same phrase" beside a figure
    # conflict only repeats it.
    shown = strong or found
    reasons = [s.reason for s in shown]
    highlights: dict[str, list[str]] = {}
    for s in shown:
        for cid, words in s.highlights:
            highlights.setdefault(cid, []).extend(words)
    if verdict.relation is relation:
        # The words agree: their differing words join, and their grounds unless firmer ones
        # are already given.
        if not strong or decided is None:
            reasons.extend(verdict.reasons)
        for cid, words in verdict.highlights:
            highlights.setdefault(cid, []).extend(words)
    # Each further signal adds a little: two kinds of evidence beat one.
    score = min(100.0, max([s.score for s in found] + [topical]) + _EXTRA_SIGNAL * (len(found) - 1))
    headline = next((s.headline for s in found if s.headline and s.relation is relation), "")
    if not headline and relation is Relation.DIVERGE and decided is None and verdict.reasons:
        # The words decided: their first conflict ("roles reversed: ...") is the headline.
        headline = verdict.reasons[0][:1].upper() + verdict.reasons[0][1:]
    if not headline:
        headline = f"{label_a}: '{_head(said_text(a), 8)}' vs {label_b}: '{_head(said_text(b), 8)}'"
    return Link(
        a=a.id,
        b=b.id,
        relation=relation,
        score=round(score, 2),
        reasons=tuple(dict.fromkeys(reasons)),
        signals=tuple(s.name for s in found),
        highlights=tuple((cid, tuple(dict.fromkeys(w))) for cid, w in highlights.items() if w),
        headline=headline,
    )
