"""Blocking steps of ``links.py`` through shared words: rare phrases and names, one agenda
topic, the bond of two parties, shared words at the threshold, and each claim's best partner
in the other account (or nearby in one article)."""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import cache

from attribcmp.acts import act_words
from attribcmp.align import topical_scores
from attribcmp.anchors import (
    agenda_names,
    agenda_places,
    name_signal,
    name_words,
    sentence_leads,
    shares_event,
)
from attribcmp.attribute.speaker_words import words as speaker_lexicon
from attribcmp.facet_lexicon import events_lexicon
from attribcmp.link_pairs import SLOT_NEAR_SENTENCES, Pairs
from attribcmp.model import Claim, Document, Relation, Side
from attribcmp.side_names import UNNAMED
from attribcmp.signals import Signal, bigrams, phrase_signal, same_topic
from attribcmp.textfeatures import CONCEPT_MARK, Concepts, TextFeatures, said_text, stem
from attribcmp.topics import agenda_hits, lone_topic_pairs, topic_pairs

__all__ = [
    "by_best_near",
    "by_bilateral",
    "by_lone_topics",
    "by_mutual_best",
    "by_mutual_best_near",
    "by_names",
    "by_phrases",
    "by_topics",
    "by_words",
    "close_scores",
    "party_words",
]

# How many partners of another side a claim keeps on shared words alone.
_TOPICAL_PARTNERS = 6
# A shared two-word phrase links only when rare: in at most this many claims.
_PHRASE_MAX_CLAIMS = 3
# A shared name ("OSCE") links only when rare: in at most this many claims; a name in every
# claim ("Ukraine" in a readout on Ukraine) is the topic, not a point.
_NAME_MAX_CLAIMS = 3
# Two accounts' claims each the other's best partner link from this overlap score; the step is
# skipped for inputs of more claims than this (two readouts hold a few dozen).
_MUTUAL_MIN_SCORE = 25.0
_MUTUAL_MAX_CLAIMS = 400
# In one article, two sides' claims each the other's best partner link from this lower overlap
# when at most this many sentences apart: the article sets one account beside the other.
_MUTUAL_NEAR_MIN_SCORE = 15.0
_MUTUAL_NEAR_SENTENCES = 2
# In one article, a claim's closest point among the other sides' claims at most this many
# sentences away links from this stronger overlap even when that point prefers another claim:
# one claim often answers an account told over several sentences (a position given in three
# sentences, the other side's one sentence placing the boats elsewhere).
_BEST_NEAR_MIN_SCORE = 25.0
_BEST_NEAR_SENTENCES = 3
# Two accounts of one meeting each state the bond between the two parties ("the special and
# historic relationship between our two countries" / "the unique strength of the US-UK
# relationship"): a pair of country names joined by a hyphen, or "our two countries".
_BILATERAL_PAIR = re.compile(r"\b([A-Z](?:\.?[A-Z]){1,3}\.?)-([A-Z](?:\.?[A-Z]){1,3})\b")
_BILATERAL_ANY = re.compile(
    r"\b(?:our|the|both) two (?:countries|nations)\b|\bboth (?:countries|nations)\b", re.I
)
_BILATERAL_SCORE = 55.0


def by_phrases(
    pairs: Pairs, features: Sequence[TextFeatures], speaker_words: frozenset[str]
) -> None:
    """Rare shared two-word phrases, blocked by phrase. Two common words may stand in
    either order: "the disease has spread" and "the spread of the disease" (stop words
    skipped) are one phrase."""
    holders: dict[tuple[str, str], list[int]] = {}
    as_written: dict[tuple[int, tuple[str, str]], tuple[str, str]] = {}
    for i, feat in enumerate(features):
        for gram in sorted(bigrams(feat, speaker_words)):
            w1, w2 = gram
            # names keep their order: "U.S. allegations" is not "allegations by the U.S."
            named = any(w[:1].isupper() for t in gram for w in feat.surfaces.get(t, (t,)))
            key = gram if named or w1 <= w2 else (w2, w1)
            if not holders.get(key) or holders[key][-1] != i:
                holders.setdefault(key, []).append(i)
            as_written.setdefault((i, key), gram)
    phrased: dict[tuple[int, int], list[tuple[str, str]]] = {}
    for key, members in holders.items():
        if 2 <= len(members) <= _PHRASE_MAX_CLAIMS:
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    if pairs.side[i] != pairs.side[j]:
                        phrased.setdefault((i, j), []).append(as_written[(i, key)])
    acts = _act_stems()
    for (i, j), shared in phrased.items():
        if pairs.apart(i, j):
            # Two accounts of one call: a phrase of acts alone ("looks forward", "welcomed
            # the commitment") is in every readout; a phrase naming a thing is an item.
            shared = [g for g in shared if not (g[0] in acts and g[1] in acts)]
            if not shared:
                continue
        order = list(features[i].tokens)
        shared.sort(key=lambda g: order.index(g[0]))
        pairs.add(i, j, phrase_signal(shared, features[i], features[j]))


def by_names(pairs: Pairs, exclude: frozenset[str]) -> None:
    """Rare names both sides use ("OSCE", "Voinjama") with one kind of event, blocked
    by name: each holder on the side naming it less often takes its best partner."""
    holders: dict[str, list[int]] = {}
    titles = _title_words()
    for i, claim in enumerate(pairs.claims):
        for word in sorted(name_words(claim.facets, exclude, said_text(claim), titles)):
            holders.setdefault(word, []).append(i)
    named: dict[tuple[int, int], list[str]] = {}
    for word, members in holders.items():
        if not 2 <= len(members) <= _NAME_MAX_CLAIMS:
            continue
        by_side: dict[str, list[int]] = {}
        for i in members:
            by_side.setdefault(pairs.side[i], []).append(i)
        fewest = min(len(v) for v in by_side.values())
        for own, holders_here in by_side.items():
            if len(holders_here) != fewest:
                continue
            for i in holders_here:
                others = [
                    j
                    for j in members
                    if pairs.side[j] != own
                    and (pairs.apart(i, j) or pairs.near(i, j, SLOT_NEAR_SENTENCES))
                    # two accounts of one call: a rare name is an agenda item ("the
                    # G20", "BP"); inside one article it must also share the event
                    and (pairs.apart(i, j) or shares_event(pairs.claims[i], pairs.claims[j]))
                ]
                if others:
                    # a partner of the same kind of event first, then the most words
                    j = max(
                        others,
                        key=lambda k: (
                            shares_event(pairs.claims[i], pairs.claims[k]),
                            pairs.score(i, k),
                            -pairs.distance(i, k),
                        ),
                    )
                    named.setdefault((min(i, j), max(i, j)), []).append(word)
    for (i, j), shared in named.items():
        pairs.add(
            i, j, name_signal(pairs.claims[i], pairs.claims[j], shared, accounts=pairs.apart(i, j))
        )


@cache
def _act_stems() -> frozenset[str]:
    """Stems of the words that do a diplomatic act (acts.yaml), and of "look" ("looked forward
    to"): a readout's verbs, no agenda item."""
    return frozenset(stem(w) for w in (*act_words(), *_READOUT_VERBS))


# A readout's verb of anticipation ("looks forward to ..."), said of anything to come.
_READOUT_VERBS = ("look", "looks", "looked", "looking")


@cache
def _title_words() -> frozenset[str]:
    """Stems of the words of titles and bodies ("Special", "Council"): no name of their own."""
    return frozenset(stem(str(w).lower()) for w in events_lexicon()["title_words"])


def by_topics(
    pairs: Pairs,
    documents: Sequence[Document],
    sides: Sequence[Side],
    exclude: frozenset[str] = frozenset(),
) -> list[dict[str, int]] | None:
    """One agenda topic in different words, each claim the other's best partner on it;
    in two accounts of one call a third country named is an agenda item too.

    Returns:
        For two accounts or more, each claim's agenda items (``topics.agenda_hits``), for
        ``by_lone_topics``; None for one article."""
    accounts = len({w.doc for w in pairs.where}) > 1
    places = agenda_places(pairs.claims, documents, sides) if accounts else None
    leads = sentence_leads(pairs.claims, documents) if accounts else None
    names = agenda_names(pairs.claims, documents, sides, exclude) if accounts else None
    found = topic_pairs(
        pairs.claims, pairs.side, pairs.one_scene, pairs.score, pairs.where, places, leads, names
    )
    for (i, j), topic in found.items():
        if not (pairs.apart(i, j) or pairs.near(i, j, SLOT_NEAR_SENTENCES)):
            # Inside one article a topic ("the war", "the economy") runs through the
            # whole story: far apart, two claims on it make two points. (Two accounts of
            # one call are told point by point; there the topic is the point.)
            continue
        if _named_only(pairs.claims[i], topic) or _named_only(pairs.claims[j], topic):
            # "the European Union", "the Ratatotok River": a topic word that ends a name is
            # no topic (the EU is no trade union)
            continue
        pairs.add(i, j, same_topic(pairs.claims[i], pairs.claims[j], topic))
    # (without ``where``: a topic only taken from the claim before, "in this area", is too
    # weak a tie for a claim that is no one's best partner on it)
    return agenda_hits(pairs.claims, None, places, leads, names) if accounts else None


def by_lone_topics(pairs: Pairs, hits: Sequence[Mapping[str, int]] | None) -> None:
    """Two accounts of one call: a claim no step linked meets the other account's claim on
    an item both name rarely, which its account's other claim on the item already meets
    (``topics.lone_topic_pairs``). Run after every other step."""
    if hits is None:
        return
    partners: dict[int, set[int]] = {}
    for i, j in pairs.signals:
        partners.setdefault(i, set()).add(j)
        partners.setdefault(j, set()).add(i)
    found = lone_topic_pairs(hits, pairs.side, pairs.where, partners, pairs.score)
    for (i, j), topic in found.items():
        if _named_only(pairs.claims[i], topic) or _named_only(pairs.claims[j], topic):
            continue  # as in by_topics: the last word of a name is no topic
        signal = same_topic(pairs.claims[i], pairs.claims[j], topic)
        reason = f"{signal.reason}; one account tells the item in two points, the other in one"
        pairs.add(i, j, replace(signal, reason=reason))


# A name of two or more capitalised words ("European Union", "Ratatotok River"); a title
# with "of" ("the Cessation of Hostilities") is no such name.
_PROPER_RUN = re.compile(r"\b[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)+")


def _named_only(claim: Claim, topic: str) -> bool:
    """Every word that named ``topic`` in the claim is the last word of a longer name: the
    name's last word says what kind of thing it names, not what the claim is about."""
    facets = claim.facets
    if facets is None or topic not in facets.topics:
        return False
    words = [w.strip().lower() for w in facets.topic_words[facets.topics.index(topic)].split(" / ")]
    text = said_text(claim)
    heads = [m.group(0).split()[-1].lower() for m in _PROPER_RUN.finditer(text)]
    low = text.lower()
    for word in (w for w in words if w):
        found = len(re.findall(rf"\b{re.escape(word)}\b", low))
        if found == 0 or found > heads.count(word):
            return False
    return True


def by_bilateral(pairs: Pairs) -> None:
    """Two accounts of one meeting, each stating the bond of the same two parties: the
    claim of each account that names it, each the other's best by shared words, is one
    point told twice ("U.S.-UK collaboration" / "UK-US cooperation")."""
    pairs_of = [_bilateral(said_text(c)) for c in pairs.claims]
    best: dict[int, tuple[float, int]] = {}
    # Only claims that state a bond take part (few do): pairs among them, in the same order.
    bonded = [i for i, p in enumerate(pairs_of) if p is not None]
    for k, i in enumerate(bonded):
        pi = pairs_of[i]
        for j in bonded[k + 1 :]:
            pj = pairs_of[j]
            if pairs.side[i] == pairs.side[j]:
                continue
            if not pairs.apart(i, j) or (pi and pj and pi != pj):
                continue
            value = pairs.score(i, j)
            if value > best.get(i, (-1.0, -1))[0]:
                best[i] = (value, j)
            if value > best.get(j, (-1.0, -1))[0]:
                best[j] = (value, i)
    for i, (_value, j) in sorted(best.items()):
        if i < j and best.get(j, (-1.0, -1))[1] == i:
            # One bond stated by both: what else each sentence says is wording.
            reason = "both accounts state the bond between the two parties"
            pairs.add(i, j, Signal("topic", _BILATERAL_SCORE, reason, Relation.CONVERGE))


def by_words(
    pairs: Pairs, threshold: float, features: Sequence[TextFeatures], parties: frozenset[str]
) -> None:
    """Shared words alone, at the alignment threshold: each claim keeps its best partners
    only, so a thousand near-identical claims give a thousand links, not half a million.
    Numbers alone ("July 20" / "the G20") or the parties' names and their talk are no
    shared point (``_beyond_parties``)."""
    best: dict[int, list[tuple[float, int]]] = {}
    for (i, j), value in pairs.topical.items():
        if (
            pairs.side[i] != pairs.side[j]
            and value >= threshold
            and _beyond_parties(features[i], features[j], parties)
        ):
            best.setdefault(i, []).append((value, j))
            best.setdefault(j, []).append((value, i))
    kept: set[tuple[int, int]] = set()
    for i, partners in best.items():
        for _value, j in heapq.nlargest(_TOPICAL_PARTNERS, partners, key=lambda p: (p[0], -p[1])):
            kept.add((min(i, j), max(i, j)))
    for i, j in sorted(kept):
        value = pairs.topical[(i, j)]
        reason = _overlap_reason(
            "shared words and concepts", value, features[i], features[j], parties
        )
        pairs.add(i, j, Signal("topical", value, reason))


def _mutual_best(
    scores: Mapping[tuple[int, int], float], eligible: Callable[[int, int], bool]
) -> list[tuple[int, int, float]]:
    """The eligible pairs (i < j, by i) in which each claim is the other's best-scoring
    partner; ties go to the pair met first (scores in key order), so the result is
    deterministic."""
    best: dict[int, tuple[float, int]] = {}
    for (i, j), value in sorted(scores.items()):
        if not eligible(i, j):
            continue
        if value > best.get(i, (0.0, -1))[0]:
            best[i] = (value, j)
        if value > best.get(j, (0.0, -1))[0]:
            best[j] = (value, i)
    return [
        (i, j, value)
        for i, (value, j) in sorted(best.items())
        if i < j and best.get(j, (0.0, -1))[1] == i
    ]


def close_scores(pairs: Pairs, features: Sequence[TextFeatures]) -> dict[tuple[int, int], float]:
    """The overlap scores the closest-point steps read (``by_mutual_best``,
    ``by_mutual_best_near``, ``by_best_near``), listed once at the lowest of their bars; none
    past ``_MUTUAL_MAX_CLAIMS`` claims, where those steps stand down."""
    if len(pairs.claims) > _MUTUAL_MAX_CLAIMS:
        return {}
    low = min(_MUTUAL_MIN_SCORE, _MUTUAL_NEAR_MIN_SCORE, _BEST_NEAR_MIN_SCORE)
    return topical_scores(features, low)


def _at_least(scores: Mapping[tuple[int, int], float], bar: float) -> dict[tuple[int, int], float]:
    return {key: value for key, value in scores.items() if value >= bar}


def by_mutual_best(
    pairs: Pairs,
    scores: Mapping[tuple[int, int], float],
    features: Sequence[TextFeatures],
    parties: frozenset[str],
) -> None:
    """Two accounts of one call tell it point by point: a claim and the claim of the other
    account that share the most words, each the other's best, are one point told twice,
    even below the alignment threshold. They must share a word as written that says more
    than who took part and that they talked (``_beyond_parties``, words only)."""
    if len({w.doc for w in pairs.where}) < 2 or len(pairs.claims) > _MUTUAL_MAX_CLAIMS:
        return
    low = _at_least(scores, _MUTUAL_MIN_SCORE)

    def eligible(i: int, j: int) -> bool:
        return (
            pairs.side[i] != pairs.side[j]
            and pairs.apart(i, j)
            and _beyond_parties(features[i], features[j], parties, words_only=True)
        )

    for i, j, value in _mutual_best(low, eligible):
        reason = _overlap_reason(
            "each the other's closest point in the other account",
            value,
            features[i],
            features[j],
            parties,
        )
        pairs.add(i, j, Signal("topical", value, reason))


def by_mutual_best_near(
    pairs: Pairs,
    scores: Mapping[tuple[int, int], float],
    features: Sequence[TextFeatures],
    parties: frozenset[str],
) -> None:
    """In one article, a claim and the other side's claim that share the most words with
    it, each the other's best and told within two sentences, answer each other ("officials
    have made voter registration difficult" / "concerns about the voters roll"), even
    below the alignment threshold. Farther apart, a best partner is as often another point.
    Unnamed sources that nothing places on a side are left to the other signals: words
    alone do not make them an answer to a named side. As in ``by_mutual_best`` the shared
    words must say more than who took part."""
    if len(pairs.claims) > _MUTUAL_MAX_CLAIMS:
        return
    low = _at_least(scores, _MUTUAL_NEAR_MIN_SCORE)

    def eligible(i: int, j: int) -> bool:
        sides = (pairs.side[i], pairs.side[j])
        return (
            sides[0] != sides[1]
            and not pairs.apart(i, j)
            and UNNAMED.id not in sides
            and _beyond_parties(features[i], features[j], parties, words_only=True)
        )

    for i, j, value in _mutual_best(low, eligible):
        if pairs.near(i, j, _MUTUAL_NEAR_SENTENCES):
            reason = _overlap_reason(
                "each the other's closest point nearby", value, features[i], features[j], parties
            )
            pairs.add(i, j, Signal("topical", value, reason))


def by_best_near(
    pairs: Pairs,
    features: Sequence[TextFeatures],
    scores: Mapping[tuple[int, int], float],
    parties: frozenset[str] = frozenset(),
) -> None:
    """In one article, each claim and its closest point among the other sides' claims told
    within three sentences, when they share many words (``_BEST_NEAR_MIN_SCORE``): the best
    partner of one claim is enough, so one claim may answer several sentences of an account
    ("the position was 1.7 miles inside Iraqi waters", "the sailors were ambushed" / "the
    boats were inside Iranian waters"). The two must share a word as written, not only
    concepts (``_share_a_word``). Measured on half the disputes dev set, the pairs this adds
    were gold links 4 times in 8, near the precision of the links already made; from a lower
    overlap or farther apart they were mostly another point. Unnamed sources are left out as
    in ``by_mutual_best_near``; the reason names no word of the ``parties`` (their names
    and talk), as the sibling steps' reasons do."""
    if len(pairs.claims) > _MUTUAL_MAX_CLAIMS:
        return
    best: dict[int, tuple[float, int]] = {}
    for (i, j), value in sorted(_at_least(scores, _BEST_NEAR_MIN_SCORE).items()):
        sides = (pairs.side[i], pairs.side[j])
        if sides[0] == sides[1] or UNNAMED.id in sides or pairs.apart(i, j):
            continue
        if not pairs.near(i, j, _BEST_NEAR_SENTENCES):
            continue
        if not _share_a_word(features[i], features[j]):
            continue
        if not _share_a_point(pairs.claims[i], pairs.claims[j], features[i], features[j]):
            continue
        for x, y in ((i, j), (j, i)):
            if value > best.get(x, (0.0, -1))[0]:
                best[x] = (value, y)
    for x, (value, y) in sorted(best.items()):
        reason = _overlap_reason(
            "the closest point nearby of one of them", value, features[x], features[y], parties
        )
        pairs.add(x, y, Signal("topical", value, reason))


def _overlap_reason(
    lead: str,
    value: float,
    a: TextFeatures,
    b: TextFeatures,
    parties: frozenset[str] = frozenset(),
) -> str:
    """A shared-words reason that names the words: "shared words and concepts: 'refugees',
    'killed' / 'died' (overlap 54/100)". A score alone tells a reader nothing of why."""
    words = _shared_words(a, b, parties)
    return (
        f"{lead}: {words} (overlap {value:.0f}/100)"
        if words
        else f"{lead}: overlap {value:.0f}/100"
    )


def _shared_words(a: TextFeatures, b: TextFeatures, parties: frozenset[str]) -> str:
    """The first few words the two texts share, as each writes them (a concept's two
    wordings both: 'killed' / 'died'); numbers and the parties' names and talk left out."""
    shown: list[str] = []
    for token in a.tokens:
        if token.startswith("#") or token in parties or token not in b.surfaces:
            continue
        here, there = a.surfaces.get(token, ()), b.surfaces.get(token, ())
        if not here or not there:
            continue
        same = here[0].lower() == there[0].lower()
        shown.append(f"'{here[0]}'" if same else f"'{here[0]}' / '{there[0]}'")
        if len(shown) == _SHOWN_WORDS:
            break
    return ", ".join(shown)


# How many shared words a reason quotes: enough to show the point, short enough to read.
_SHOWN_WORDS = 4


def _share_a_word(a: TextFeatures, b: TextFeatures) -> bool:
    """The two share a word as written (a stem, not only a concept or a number): concepts
    alone ("defence", "talks", "bilateral") are the backdrop of a whole story, while an
    answer repeats something of what it answers ("waters", "the fighting", "the signing")."""
    return any(not t.startswith((CONCEPT_MARK, "#")) for t in set(a.tokens) & set(b.tokens))


def _beyond_parties(
    a: TextFeatures, b: TextFeatures, parties: frozenset[str], *, words_only: bool = False
) -> bool:
    """The two share a word or concept that says more than who spoke and that they spoke
    (``party_words``): every line of a readout names its two leaders and a talk, so
    "President Biden met Prime Minister Sunak" and "the Prime Minister and President Biden
    also discussed Iran" share no point, nor do "Ethiopia chose to avoid a war with Eritrea"
    / "urge Ethiopia and Eritrea to cooperate"; numbers alone ("July 20" / "the G20") are no
    shared point either. With ``words_only``, a word as written (``_share_a_word``): a
    claim's closest point below the alignment threshold is its answer only where it repeats
    something of it."""
    skip = (CONCEPT_MARK, "#") if words_only else ("#",)
    return any(not t.startswith(skip) and t not in parties for t in set(a.tokens) & set(b.tokens))


def party_words(
    speaker_words: frozenset[str], side_words: frozenset[str], concepts: Concepts
) -> frozenset[str]:
    """Tokens that say who spoke and that they spoke: the stems of the speakers' and sides'
    names and of the titles before a name ("president", "prime minister"), the concepts
    that name a side ("~united states"), and the concept of a talk ("~talks": "discussed",
    "met", "call")."""
    names = speaker_words | side_words | _titles()
    # (a concept names a side by all its words; a speaker's words are often common ones:
    # "Defense Secretary" makes "defense" a word of a name, not "~defense" a party)
    named = {
        token
        for token in set(concepts.words.values()) | {t for _p, t in concepts.phrases}
        if all(stem(w) in side_words for w in token.removeprefix(CONCEPT_MARK).split())
    }
    talk = {concepts.words[stem(w)] for w in _TALK_WORDS if stem(w) in concepts.words}
    return frozenset(names | named | talk)


# Words of a talk itself: their concept is in every line of a readout.
_TALK_WORDS = ("talks", "meeting", "discussed", "call")


@cache
def _titles() -> frozenset[str]:
    return frozenset(stem(w) for w in speaker_lexicon().titles)


# Words that set a scene rather than make a point: places, institutions and the people of
# one ("the national football team ... in the capital" / "the national electricity company
# ... the capital"; "the factory in Ohio would hire workers" / "workers at the Ohio factory
# were told to work overtime"). Two claims sharing only these are two points in one setting.
_SETTING_WORDS = frozenset(
    stem(w)
    for w in (
        *("capital", "city", "country", "nation", "national", "state", "region", "province"),
        *("town", "village", "district", "area", "north", "south", "east", "west", "border"),
        *("factory", "plant", "company", "firm", "ministry", "office"),
        *("worker", "resident"),
    )
)


def _share_a_point(a: Claim, b: Claim, fa: TextFeatures, fb: TextFeatures) -> bool:
    """The two share an event class, or a word that is no name and sets no scene
    (``_SETTING_WORDS``)."""
    events_a = set(a.facets.events if a.facets else ())
    events_b = set(b.facets.events if b.facets else ())
    if (events_a & events_b) - {"denial", "accusation"}:
        return True
    return any(
        not t.startswith((CONCEPT_MARK, "#")) and t not in _SETTING_WORDS
        for t in (set(fa.tokens) & set(fb.tokens)) - fa.entities - fb.entities
    )


def _bilateral(text: str) -> frozenset[str] | None:
    """The two parties a claim names as a pair ("US-UK" -> {us, uk}), the empty set for "our
    two countries" (any pair), None when it names no pair."""
    found = _BILATERAL_PAIR.search(text)
    if found is not None:
        return frozenset(g.replace(".", "").lower() for g in found.groups())
    return frozenset() if _BILATERAL_ANY.search(text) else None
