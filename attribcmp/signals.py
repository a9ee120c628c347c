"""Signals: small named functions, each a reason to link two claims of different sides.

Each takes two claims (or the text between them) and returns a ``Signal``: its name, a
strength (0-100, the overlap score's scale), what it says about the relation (or nothing), and
the reason a reader sees. ``links.link_claims`` decides which pairs to try and combines them.

- ``slot_signal`` (in ``figures.py``, re-exported here): both give a figure of one kind for
  one event ("12 fighters killed" / "16 people died"): equal values converge, overlapping
  ranges are partial, others diverge;
- ``denial_signal``: one claim denies ("denied", "broke no rules", "baseless") and the other
  makes the accusation or statement it answers;
- ``framing_signal``: one thing named from opposite sides (civilians / militants);
- ``blame_signal``: each side puts one incident on the other;
- ``polarity_signal``: one side negates what the other asserts about a rare shared thing;
- ``reply_signal``: one claim names the other's speaker and answers its count or report;
- ``confirm_signal``: one claim confirms ("confirmed the agreement") what the other said;
- ``contrast_signal``: the article itself sets the second attribution against the first
  ("but", "however", "disputed", "differing accounts");
- ``event_signal``: both speak of one incident (harm, control of a place, an inquiry);
- ``phrase_signal``: both hold a rare two-word phrase;
- ``same_topic``: both speak to one agenda topic in their own words ("ransomware" /
  "information space"), the pair chosen in ``topics.topic_pairs``.

``answers.py`` holds the reply, denial and confirmation signals (re-exported here);
``anchors.py`` adds the place, name and meeting signals; ``Signal`` itself is in ``evidence.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from attribcmp.acts import REBUT, act_match, claim_acts
from attribcmp.answers import (
    confirm_signal,
    confirms,
    denial_signal,
    governed_object,
    head_words,
    reply_signal,
    word_list,
)
from attribcmp.evidence import Signal
from attribcmp.facet_lexicon import events_lexicon
from attribcmp.figures import figure_slot, slot_signal
from attribcmp.model import Claim, ClaimFacets, Relation, Speaker
from attribcmp.textfeatures import CONCEPT_MARK, TextFeatures, said_text, stem
from attribcmp.topics import cooperative, topic_reason

__all__ = [
    "Signal",
    "bigrams",
    "blame_signal",
    "confirm_signal",
    "confirms",
    "contrast_signal",
    "denial_signal",
    "event_signal",
    "figure_slot",
    "framing_signal",
    "governed_object",
    "head_words",
    "incident_families",
    "phrase_signal",
    "polarity_keys",
    "polarity_signal",
    "reply_signal",
    "same_topic",
    "slot_signal",
    "speaker_name_words",
]

# Strengths of the signals (0-100, the scale of the overlap score; a figure slot, in
# figures.py, is 90; a denial 85 and a reply 80, in answers.py); the article's own "but" next.
_CONTRAST_SCORE = 75.0
_FRAMING_SCORE = 72.0
_EVENT_SCORE = 70.0
_POLARITY_SCORE = 66.0
_PHRASE_SCORE = 60.0
# One agenda topic in different words: weaker than a shared rare phrase.
_TOPIC_SCORE = 58.0


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
    must also share a name or an object word, or one must deny, or the two frame it
    oppositely. A kind of figure alone is no tie: "10 soldiers were wounded" and "killed 26
    troops", or "500 villagers attacked" and "75 bodies", count different things (one figure
    slot is its own signal). Protests are the same in a story of unrest. Rarer families (who
    holds a town) tie two claims on their own."""
    if families - _GATED_FAMILIES or len(families) > 1:
        # a rarer family, or both harm and protest ("killed in the protests" / "murdered
        # since the protests began"): one incident
        return True
    fa, fb = a.facets or ClaimFacets(), b.facets or ClaimFacets()
    shared = set(fa.objects) & set(fb.objects) or set(fa.participants) & set(fb.participants)
    if shared or fa.denial or fb.denial:
        return True
    if _same_specific_event(fa, fb):
        return True  # "airstrikes" / "the second airstrike": one named kind of act
    if close and _negates_harm(a) != _negates_harm(b):
        return True  # "there were no casualties" answers "killed eight coalition members"
    return framing_signal(said_text(a), said_text(b)) is not None


@cache
def _generic_harm() -> frozenset[str]:
    return frozenset(stem(str(w).lower()) for w in events_lexicon()["generic_harm_words"])


def _same_specific_event(fa: ClaimFacets, fb: ClaimFacets) -> bool:
    """Both name one act by the same word, and not one of the plainest words of harm."""
    words_a = {stem(w.lower()) for w in fa.event_words if " " not in w}
    words_b = {stem(w.lower()) for w in fb.event_words if " " not in w}
    return bool((words_a & words_b) - _generic_harm())


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
# Families that run through a whole story of war or unrest: sharing one ties nothing alone.
_GATED_FAMILIES = frozenset({_COMMON_FAMILY, "protest"})


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
    family = sorted(shared - _GATED_FAMILIES or shared & {_COMMON_FAMILY} or shared)[0]
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


@dataclass(frozen=True, slots=True)
class _Framing:
    name: str
    left: re.Pattern[str]
    right: re.Pattern[str]
    # each claim must name one of these events for its word to count ("civilians" are the
    # victims only in a claim of killing or injury; in "fought with rebels" they are not)
    needs: re.Pattern[str] | None
    # a word right after a name is an institution, not the thing's nature ("the U.S. military")
    not_after_name: bool


def _alternatives(words: Sequence[object]) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(words, key=lambda w: -len(str(w))))


@cache
def _framings() -> tuple[_Framing, ...]:
    def pattern(words: Sequence[object]) -> re.Pattern[str]:
        return re.compile(r"(?i)(?<![\w-])(" + _alternatives(words) + r")(?![\w-])")

    events = events_lexicon()["events"]
    out = []
    for f in events_lexicon()["framings"]:
        needs = [w for cls in f.get("needs", ()) for w in events[cls]]
        out.append(
            _Framing(
                str(f["name"]),
                pattern(f["left"]),
                pattern(f["right"]),
                pattern(needs) if needs else None,
                bool(f.get("not_after_name", False)),
            )
        )
    return tuple(out)


_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w.]*|[A-Z]\.[A-Z]\.)\s+$")
# Capitalised at a sentence's start, not names: "The spy balloon" is still a spy balloon.
_NOT_NAMES = frozenset({"the", "a", "an", "this", "that", "its", "their", "our", "his", "her"})


def _framing_word(pattern: re.Pattern[str], text: str, framing: _Framing) -> re.Match[str] | None:
    """The first use of one of the framing's words in ``text`` that counts."""
    if framing.needs is not None and not framing.needs.search(text):
        return None
    for m in pattern.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        name = _NAME_BEFORE.search(before) if framing.not_after_name else None
        if name and name.group().strip().lower() not in _NOT_NAMES:
            continue
        return m
    return None


def framing_signal(text_a: str, text_b: str, label_a: str = "", label_b: str = "") -> Signal | None:
    """Counter-framing: the two claims name one thing with opposite words ("the victims were
    militants" / "16 civilians had been killed"; "a spy balloon" / "a weather balloon").

    Args:
        text_a: the first claim's words.
        text_b: the second claim's words.
        label_a: how the reason names a's side ("" names none).
        label_b: how it names b's side.

    Returns:
        A diverge signal naming both words, or None when no framing opposes them (a claim
        using both sides' words, "civilians and militants", opposes nothing).
    """
    for f in _framings():
        la, ra = _framing_word(f.left, text_a, f), _framing_word(f.right, text_a, f)
        lb, rb = _framing_word(f.left, text_b, f), _framing_word(f.right, text_b, f)
        for x, y in ((la, rb), (ra, lb)):
            if x and y and not (la and ra) and not (lb and rb):
                side_a = f" ({label_a})" if label_a else ""
                side_b = f" ({label_b})" if label_b else ""
                # The sides are named, as figure and blame reasons do: a group may hold more
                # than two claims, and the reader must see who used which word.
                reason = (
                    f"counter-framing ({f.name}): '{x.group(1)}'{side_a} vs '{y.group(1)}'{side_b}"
                )
                headline = (
                    f"{f.name[0].upper()}{f.name[1:]}: '{x.group(1)}'{side_a} vs "
                    f"'{y.group(1)}'{side_b}"
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
    said = set(word_list("reply_objects"))
    for side_stem in stems:
        pattern = r"\b" + re.escape(side_stem) + r"\w*(?:['’]s)?(?:\s+[a-z]+){0,2}"
        for m in re.finditer(pattern, text):
            words = m.group().split()
            if any(w.lower() in said for w in words[1:]):
                continue  # "the Reuters report": what the side said, not the side acting
            while len(words) > 1 and stem(words[-1].lower()) in events:
                words.pop()
            return " ".join(words)
    return ""


@cache
def _event_stems() -> frozenset[str]:
    return frozenset(
        stem(str(w).lower())
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
    surfaces = feats.surfaces.get(shared[0], ()) if feats is not None else ()
    word = surfaces[0].lower() if surfaces else shared[0].lstrip(CONCEPT_MARK)
    reason = f"one side negates it: '{word}'"
    return Signal("polarity", _POLARITY_SCORE, reason, Relation.DIVERGE)


def polarity_keys(facets: ClaimFacets | None) -> tuple[str, ...]:
    """What a negation can be about: the object words and the event words ("no visit")."""
    if facets is None:
        return ()
    events = (stem(w.lower()) for w in facets.event_words if " " not in w)
    return tuple(dict.fromkeys((*facets.objects, *events)))


def _negation_reaches(features: TextFeatures, token: str) -> bool:
    """A negating word stands at most ``_NEGATION_REACH`` words before the token's words."""
    surfaces = {w.lower() for w in features.surfaces.get(token, ())}
    words = [w.lower() for w in features.words]
    for k, word in enumerate(words):
        if (_NEGATOR.fullmatch(word) or word.endswith("n't")) and not _conditional(words, k):
            ahead = words[k + 1 : k + 1 + _NEGATION_REACH + 1]
            if any(w in surfaces or w == token for w in ahead) or any(
                " ".join(ahead).find(sf) >= 0 for sf in surfaces if " " in sf
            ):
                return True
    return False


# How far back (words) an "if" still governs a negation: "If they want war, they do not
# need to sign" states a condition, not that anyone refuses.
_CONDITION_REACH = 10


def _conditional(words: Sequence[str], k: int) -> bool:
    """The negation at word k stands in the consequence of an "if"/"unless" clause."""
    for w in reversed(words[max(0, k - _CONDITION_REACH) : k]):
        if w in {"but", "and"}:
            return False
        if w in {"if", "unless"}:
            return True
    return False


def bigrams(features: TextFeatures, speaker_words: frozenset[str]) -> frozenset[tuple[str, str]]:
    """Neighbouring content tokens of a claim (stop words between them skipped)."""
    words = [t for t in features.tokens if not t.startswith("#")]
    actors = _actor_stems()

    def actor(token: str) -> bool:
        surfaces = features.surfaces.get(token, ())
        return token in actors or any(stem(w.lower()) in actors for w in surfaces)

    def named(token: str) -> bool:
        surfaces = features.surfaces.get(token, ())
        return token in speaker_words or (bool(surfaces) and all(w[:1].isupper() for w in surfaces))

    def names_someone(x: str, y: str) -> bool:
        # Two words of a speaker's name in a row ("coalition forces"), a name and what it
        # is ("Shabab militants", "U.S. military") or a person's two names ("Vladimir
        # Putin") say who is talked about, not what is said; "NATO-Russia Council" is a point.
        if x in speaker_words and y in speaker_words:
            return True
        if (named(x) and actor(y)) or (named(y) and actor(x)):
            return True
        if actor(y):
            # "security forces", "government troops": who acts, in any story of the place
            return True
        return _person_like(features, x) and _person_like(features, y)

    def says_when(x: str, y: str) -> bool:
        # "right now", "last year", "63-year-old": when or how old, in any story, no point
        return x in times and y in times

    times = _time_stems()
    return frozenset(
        (x, y)
        for x, y in zip(words, words[1:], strict=False)
        if not names_someone(x, y) and not says_when(x, y)
    )


@cache
def _time_stems() -> frozenset[str]:
    return frozenset(stem(str(w).lower()) for w in events_lexicon()["time_words"])


@cache
def _institution_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in events_lexicon()["institution_words"])


@cache
def _actor_stems() -> frozenset[str]:
    return frozenset(stem(str(w).lower()) for w in events_lexicon()["actor_nouns"])


def _person_like(features: TextFeatures, token: str) -> bool:
    """Written capitalised and not an acronym ("Putin", not "NATO" or "Council")."""
    surfaces = features.surfaces.get(token, ())
    return bool(surfaces) and all(
        w[:1].isupper() and not w.isupper() and w.lower() not in _institution_words()
        for w in surfaces
    )


def speaker_name_words(speakers: Sequence[Speaker]) -> frozenset[str]:
    """The stems of every word that names a speaker."""
    words: set[str] = set()
    for sp in speakers:
        for name in (sp.name, *sp.aliases, *(m.span.text for m in sp.mentions)):
            words.update(stem(w) for w in re.findall(r"[^\W\d_]+(?:\.[^\W\d_])*\.?", name))
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


def same_topic(a: Claim, b: Claim, topic: str) -> Signal:
    """Both claims speak to one agenda topic, each in its own words ("ransomware attacks by
    criminals" / "criminal manifestations in the information space").

    Args:
        a: a claim with facets naming ``topic``.
        b: a claim of another side naming it too (its best partner on it: ``topic_pairs``).
        topic: the topic (``data/topics.yaml``).

    Returns:
        The signal: diverge when exactly one side denies or negates, converge when both
        agree, welcome or commit, otherwise no opinion (the words decide: partial unless
        they say the same).
    """
    fa, fb = a.facets or ClaimFacets(), b.facets or ClaimFacets()
    reason = topic_reason(fa, fb, topic)
    relation: Relation | None = None
    disputes_a, disputes_b = bool(fa.denial or fa.negated), bool(fb.denial or fb.negated)
    # Two accounts of one call: what each does with the topic (acts.py) says how they meet,
    # and only a real rebuttal disputes ("not only ... but" denies nothing).
    acts = None
    if a.doc_id != b.doc_id:
        acts_a, acts_b = claim_acts(a), claim_acts(b)
        disputes_a, disputes_b = REBUT in acts_a, REBUT in acts_b
        acts = act_match(acts_a, acts_b, one_speaker=a.speaker_id == b.speaker_id)
    if acts is not None:
        reason += f"; {acts.reason}"
    if disputes_a != disputes_b:
        relation = Relation.DIVERGE
    elif acts is not None and acts.relation is not None:
        relation = acts.relation
    elif not disputes_a and cooperative(said_text(a)) and cooperative(said_text(b)):
        relation = Relation.CONVERGE
    return Signal("topic", _TOPIC_SCORE, reason, relation)


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


# How far back (characters) before the second attribution an opening "but" still joins the two:
# the tail of the first sentence, not a paragraph earlier.
_CONTRAST_BEFORE_CHARS = 160


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
    # An opening marker counts in the second sentence's lead or just before it ("..., officials
    # said, but"); a marker inside the sentence ("the ministry disputed") only in the lead.
    m = (
        opening.search(lead)
        or opening.search(between[-_CONTRAST_BEFORE_CHARS:])
        or anywhere.search(lead)
    )
    if m is None:
        return None
    return Signal(
        "contrast", _CONTRAST_SCORE, f"contrast in the article: '{m.group(1)}'", Relation.DIVERGE
    )
