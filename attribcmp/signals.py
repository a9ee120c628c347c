"""Signals: small named functions, each a reason to link two claims of different sides.

Each takes two claims (or the text between them) and returns a ``Signal``: its name, a
strength (0-100, the overlap score's scale), what it says about the relation (or nothing), and
the reason a reader sees. ``links.link_claims`` decides which pairs to try and combines them.

- ``slot_signal`` (in ``figures.py``, re-exported here): both give a figure of one kind for
  one event ("12 fighters killed" / "16 people died"): equal values converge, overlapping
  ranges are partial, others diverge;
- ``denial_signal``: one claim denies ("denied", "broke no rules", "baseless") and the other
  makes the accusation or statement it answers;
- ``polarity_signal``: one side negates what the other asserts about a rare shared thing;
- ``reply_signal``: one claim names the other's speaker and answers its count or report;
- ``confirm_signal``: one claim confirms ("confirmed the agreement") what the other said;
- ``contrast_signal``: the article itself sets the second attribution against the first
  ("but", "however", "disputed", "differing accounts");
- ``phrase_signal``: both hold a rare two-word phrase;
- ``same_topic``: both speak to one agenda topic in their own words ("ransomware" /
  "information space"), the pair chosen in ``topics.topic_pairs``.

``incident_signals.py`` holds the event, framing and blame signals (one incident seen from
both sides); ``answers.py`` the reply, denial and confirmation signals (re-exported here);
``anchors.py`` adds the place, name and meeting signals; ``Signal`` itself is in ``evidence.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from attribcmp.acts import REBUT, act_match, claim_acts
from attribcmp.answers import (
    confirm_signal,
    confirms,
    denial_signal,
    governed_object,
    head_words,
    reply_signal,
)
from attribcmp.evidence import Signal
from attribcmp.facet_lexicon import event_words, events_lexicon
from attribcmp.figures import figure_slot, slot_signal
from attribcmp.incident_signals import NEGATION_REACH, NEGATOR
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.live_negations import live_negations
from attribcmp.model import Claim, ClaimFacets, Relation, Speaker
from attribcmp.textcompare import NO_CONCEPTS
from attribcmp.textfeatures import (
    TextFeatures,
    analyse_text,
    lexicon,
    said_text,
    stem,
    written_as,
)
from attribcmp.topics import cooperative, topic_reason

__all__ = [
    "Signal",
    "bigrams",
    "confirm_signal",
    "confirms",
    "contrast_signal",
    "denial_signal",
    "figure_slot",
    "governed_object",
    "head_words",
    "phrase_signal",
    "polarity_keys",
    "polarity_signal",
    "reply_signal",
    "same_topic",
    "slot_signal",
    "speaker_name_words",
]

# Strengths of the signals (0-100, the scale of the overlap score; a figure slot, in
# figures.py, is 90; a denial 85 and a reply 80, in answers.py; framing 72 and event 70, in
# incident_signals.py); the article's own "but" next.
_CONTRAST_SCORE = 75.0
_POLARITY_SCORE = 66.0
_PHRASE_SCORE = 60.0
# One agenda topic in different words: weaker than a shared rare phrase.
_TOPIC_SCORE = 58.0


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
    other = b if negating is a else a
    forms = _forms(feats, shared[0], negating, other)
    if _objects_apart(said_text(negating), said_text(other), forms, every):
        # "not allowed to contact their families" / "lost contact with the vessel": the one
        # word negated is said of two different things, so nothing is denied.
        return None
    # "There was no siren, no message" / "issued warnings by text message": the one denies
    # that the thing the other names ever was, whatever else each says.
    existence = _denies_existence(said_text(negating), said_text(other), forms)
    # One shared word can be two senses ("play its role" / "no role in politics"): a second
    # shared word or a shared event makes it one thing.
    events = (set(fa.events) & set(fb.events)) - {"denial"}
    if len(every) < 2 and not events and not existence:
        return None
    if (
        len(every) < 2
        and not existence
        and feats is not None
        and not (_events_beside(fa, every) & _events_beside(fb, every)) - {"denial"}
        and not _negation_reaches(feats, shared[0], _NEGATED_WORD_REACH)
    ):
        # The one shared event is the shared word's own ("ballot stuffing" / "could not
        # win at the ballot box"): only a negation of that word itself ("will not sign")
        # makes it one thing negated, not one further off that negates another verb.
        return None
    surfaces = feats.surfaces.get(shared[0], ()) if feats is not None else ()
    # Quote a word a claim holds, never a concept's name ("government" for "authorities").
    word = (
        surfaces[0]
        if surfaces
        else written_as(said_text(negating), shared[0]) or written_as(said_text(other), shared[0])
    ).lower()
    reason = f"one side negates it: '{word}'" if word else "one side negates what the other says"
    return Signal("polarity", _POLARITY_SCORE, reason, Relation.DIVERGE)


def _forms(feats: TextFeatures | None, token: str, *claims: Claim) -> tuple[str, ...]:
    """The shared word as the claims write it ("contact", "message")."""
    found = list(feats.surfaces.get(token, ())) if feats is not None else []
    for claim in claims:
        written = written_as(said_text(claim), token)
        if written:
            found.append(written)
    return tuple(dict.fromkeys(w.lower() for w in found if w))


# A determiner or possessive, after an optional preposition, before the thing a word is
# said of ("contact their families", "contact with the vessel").
_OBJECT_AFTER = (
    r"\s+(?:(?:with|to|of|on|for|from|about|into)\s+)?"
    r"(?:the|a|an|their|his|her|its|our|my|your|this|that|these|those)\s+([^\W\d_]+)"
)


def _object_after(text: str, forms: Sequence[str]) -> str:
    """The stem of the thing ``text`` says its word (any of ``forms``) of, or ""."""
    for form in forms:
        m = re.search(rf"(?i)\b{re.escape(form)}{_OBJECT_AFTER}", text)
        if m is not None:
            return stem(m.group(1).lower())
    return ""


def _objects_apart(negating: str, other: str, forms: Sequence[str], shared: Sequence[str]) -> bool:
    """Both claims say their one shared word of a thing, and the things differ ("contact
    their families" / "contact with the vessel"), neither being shared."""
    x, y = _object_after(negating, forms), _object_after(other, forms)
    return bool(x and y) and x != y and x not in shared and y not in shared


# "There was no siren, no message, nothing": an existential clause, up to its sentence's end.
_THERE_WAS_NO = LazyPattern(
    r"(?i)\bthere\s+(?:is|was|were|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+"
    r"(no\b[^.;:!?]*)"
)
# "No threats were made", "no shots have been fired": a claim that opens by saying no such
# thing was done denies it was there as much as "there were no threats" does.
_NONE_WAS_DONE = LazyPattern(
    r"(?i)^\s*(no\s+(?:[^\W\d_]+\s+)?[^\W\d_]+\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+[^\W\d_]+)"
)
# The noun said again as its verb ("threat" / "threatened", "arrest" / "arrested").
_NOUN_OR_VERB = r"(?:s|es|ed|ing|en|ened|ening|ens)?"


def _denies_existence(negating: str, other: str, forms: Sequence[str]) -> bool:
    """An existential "there was no ..." names the word's noun right after a "no" ("no
    message", "no text message"), and the other claim names that same noun ("issued warnings
    by text message"): the one says the thing was not there at all, the other that it was.
    A "no" elsewhere may be said of another sense ("no role in politics" / "play its role"),
    a verb of the word of another act ("no further posting" / "after it posted")."""
    clauses = [*_THERE_WAS_NO.finditer(negating), *_NONE_WAS_DONE.finditer(negating)]
    for clause in clauses:
        for form in forms:
            m = re.search(rf"(?i)\bno\s+(?:[^\W\d_]+\s+)?({re.escape(form)})\b", clause.group(1))
            if m is None:
                continue
            noun = m.group(1).lower().removesuffix("s")
            if re.search(rf"(?i)\b{re.escape(noun)}{_NOUN_OR_VERB}\b", other):
                return True
    return False


# How far (words) a negation stands before the shared word when that word alone ties the
# claims: "will not sign", "no visit", "did not hold any talks".
_NEGATED_WORD_REACH = 2


def _events_beside(facets: ClaimFacets, shared: Sequence[str]) -> set[str]:
    """The event classes a claim names by words other than the shared ones."""
    words = set(shared)
    return {
        cls
        for cls, said in zip(facets.events, facets.event_words, strict=False)
        if not {stem(w.lower()) for w in re.findall(r"[^\W\d_]+", said)} <= words
    }


# The shortest "-en" verb made from a noun that polarity_keys folds ("threaten").
_EN_VERB_LENGTH = 8


def polarity_keys(facets: ClaimFacets | None) -> tuple[str, ...]:
    """What a negation can be about: the object words and the event words ("no visit")."""
    if facets is None:
        return ()
    events = (stem(w.lower()) for w in facets.event_words if " " not in w)
    empty = _empty_nouns()
    keys = [*facets.objects, *events]
    # "threaten" is the verb of "threat": the one key both claims can hold (Porter keeps the
    # "-en" verbs apart from their nouns); short words ("listen", "happen") are no such verbs.
    keys += [k[:-2] for k in keys if k.endswith("en") and len(k) >= _EN_VERB_LENGTH]
    return tuple(k for k in dict.fromkeys(keys) if k not in empty)


@cache
def _empty_nouns() -> frozenset[str]:
    """Object words (as ``facets.objects`` holds them) of ``empty_nouns``: where or which, not
    what ("side", "part")."""
    words = {str(w).lower() for w in lexicon("empty_nouns")}
    return frozenset(words | {stem(w) for w in words})


def _negation_reaches(features: TextFeatures, token: str, reach: int = NEGATION_REACH) -> bool:
    """A negating word stands at most ``reach`` words before the token's words."""
    surfaces = {w.lower() for w in features.surfaces.get(token, ())}
    words = [w.lower() for w in features.words]
    for k, word in enumerate(words):
        if (NEGATOR.fullmatch(word) or word.endswith("n't")) and not _conditional(words, k):
            ahead = words[k + 1 : k + 1 + reach + 1]
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
    # each token is asked about as the left and the right word of its pairs: read it once
    is_actor: dict[str, bool] = {}

    def actor(token: str) -> bool:
        known = is_actor.get(token)
        if known is None:
            surfaces = features.surfaces.get(token, ())
            known = token in actors or any(stem(w.lower()) in actors for w in surfaces)
            is_actor[token] = known
        return known

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
def _actor_stems() -> frozenset[str]:
    return frozenset(stem(str(w).lower()) for w in events_lexicon()["actor_nouns"])


def _person_like(features: TextFeatures, token: str) -> bool:
    """Written capitalised and not an acronym ("Putin", not "NATO" or "Council")."""
    surfaces = features.surfaces.get(token, ())
    return bool(surfaces) and all(
        w[:1].isupper() and not w.isupper() and w.lower() not in event_words("institution_words")
        for w in surfaces
    )


def speaker_name_words(speakers: Sequence[Speaker]) -> frozenset[str]:
    """The stems of every word that names a speaker."""
    words: set[str] = set()
    for sp in speakers:
        for name in (sp.name, *sp.aliases, *(m.span.text for m in sp.mentions)):
            words.update(stem(w) for w in re.findall(r"[^\W\d_]+(?:\.[^\W\d_])*\.?", name))
    return frozenset(words)


# Words that may stand inside a phrase ("stable and predictable"): at most this many.
_PHRASE_GAP = 3


def _phrase_as_written(pair: tuple[str, str], features: TextFeatures) -> str:
    """The phrase as the claim writes it, or "" when its two words are not one phrase there:
    a capitalised word between them makes them part of a name ("Good Friday Agreement" holds
    no phrase "good agreement")."""
    first = frozenset(w.split()[0].lower() for w in features.surfaces.get(pair[0], ()) if w)
    second = frozenset(w.split()[-1].lower() for w in features.surfaces.get(pair[1], ()) if w)
    words = [w.lower() for w in features.words]
    for i, w in enumerate(words):
        if w not in first:
            continue
        for j in range(i + 1, min(i + 2 + _PHRASE_GAP, len(words))):
            if words[j] in second:
                inside = features.words[i + 1 : j]
                if any(x[:1].isupper() for x in inside):
                    break
                return " ".join(words[i : j + 1])
    return ""


def phrase_signal(
    shared: Sequence[tuple[str, str]],
    features: TextFeatures,
    other: TextFeatures | None = None,
) -> Signal | None:
    """The two claims share a rare two-word phrase ("stable and predictable", "summit
    meeting"): the same point in other surroundings.

    Args:
        shared: the rare content-word pairs both claims hold, in the first claim's order.
        features: the first claim's analysed words, to show the phrase as written.
        other: the second claim's; a phrase it words otherwise (one concept: "talks lasted" /
            "meeting lasted") is quoted as each claim writes it, never as one phrase.

    Returns:
        The signal, or None when nothing is shared.
    """
    if not shared:
        return None
    shown: list[str] = []
    alike = True
    for pair in shared:
        mine = _phrase_as_written(pair, features)
        if not mine:
            continue
        theirs = mine
        if other is not None:
            # two common words may stand in either order there ("the spread of the disease")
            theirs = _phrase_as_written(pair, other) or _phrase_as_written(pair[::-1], other)
            if not theirs:
                continue
        if theirs.casefold() == mine.casefold():
            shown.append(f"'{mine}'")
        else:
            shown.append(f"'{mine}' / '{theirs}'")
            alike = False
        if len(shown) == 2:
            break
    if shown:
        lead = "same phrase: " if alike else "alike phrases: "
        return Signal("phrase", _PHRASE_SCORE, lead + ", ".join(shown))
    # No phrase as written (its words span a name): the shared words still weigh, quoted
    # apart, never as a phrase the claim does not hold; each claim's word where they differ.
    words = []
    for token in shared[0]:
        mine = (features.surfaces.get(token) or ("",))[0]
        theirs = (other.surfaces.get(token) or ("",))[0] if other is not None else mine
        if mine and theirs:
            same = mine.casefold() == theirs.casefold()
            words.append(f"'{mine}'" if same else f"'{mine}' / '{theirs}'")
    shown_words = ", ".join(words)
    return Signal(
        "phrase", _PHRASE_SCORE, f"same words: {shown_words}" if shown_words else "same words"
    )


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
    reason = topic_reason(fa, fb, topic, said_text(a), said_text(b))
    relation: Relation | None = None
    disputes_a, disputes_b = _disputes(a, fa, b), _disputes(b, fb, a)
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
        # a conflict's reason says what clashes, not only what both speak of (review17 #6)
        disputing = a if disputes_a else b
        reason += f"; one account rebuts or negates it ('{_rebuttal_words(disputing)}')"
    elif acts is not None and acts.relation is not None:
        relation = acts.relation
    elif not disputes_a and cooperative(said_text(a)) and cooperative(said_text(b)):
        relation = Relation.CONVERGE
    return Signal("topic", _TOPIC_SCORE, reason, relation)


def _disputes(claim: Claim, facets: ClaimFacets, other: Claim) -> bool:
    """The claim denies, or negates something the other could have said: "respect the
    ceasefire and not attack the rebels" beside "declared the ceasefire" disputes nothing
    (``live_negations``, as the words' verdict reads them)."""
    if facets.denial:
        return True
    if not facets.negated:
        return False
    text, other_text = said_text(claim), said_text(other)
    feat, other_feat = analyse_text(text, NO_CONCEPTS), analyse_text(other_text, NO_CONCEPTS)
    return bool(live_negations(text, feat, other_text, other_feat))


# The negation a rebuttal is quoted by, and the words after it ("no date was set").
_REBUTTAL = LazyPattern(
    r"(?i)\b(?:no|not|never|none|nothing|cannot)\b(?:\s+[\w'’-]+){0,2}|\w+n['’]t(?:\s+[\w'’-]+){0,2}"
)


def _rebuttal_words(claim: Claim) -> str:
    """The words by which a claim rebuts: its denial ("rejected"), else its first negation
    with the two words after it ("no date was"); else its first words."""
    facets = claim.facets
    if facets is not None and facets.denial:
        return facets.denial
    m = _REBUTTAL.search(said_text(claim))
    return m.group() if m else head_words(said_text(claim), 4)


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
