"""The learned link layer: a logistic model over general features of a candidate pair.

``links.py`` gathers candidate pairs by blocking and runs the hand-written signals on them.
The rules were tuned on the disputes dev set and do not carry over to unseen text: they miss
links there, and some they make are wrong. This module widens the candidates (neighbouring
attributions, best partners by shared words), describes every candidate by general features
(shared and rare words, same event class or figure slot, polarity and denial, one naming the
other's side, the article's contrast between the two, distance in the text, two accounts) and
weighs them with a logistic model whose weights are data (data/link_model.json, written by
bench/train_link_model.py; deterministic, no case-specific words). The rule signals are no
features: the rules were tuned on the very cases the weights are fitted on, so a model
trusting them would not be held out from that tuning. At run time (``decide``) a rule link
scoring below ``gate`` is dropped, and a pair no rule links is added when it scores at least
``add`` and is the best-scoring candidate of both its claims; its reason names its
strongest features. The relation of every link stays with the rules and relate.py
(``link_verdict.make_link``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rapidfuzz import fuzz, utils

from attribcmp.align import topical_scores
from attribcmp.discourse import between_attributions, reports_something
from attribcmp.evidence import Signal
from attribcmp.figures import figure_slot
from attribcmp.link_pairs import Pairs, names_pattern
from attribcmp.model import Claim, ClaimFacets
from attribcmp.side_names import UNNAMED
from attribcmp.signals import contrast_signal
from attribcmp.textfeatures import TextFeatures, said_text

__all__ = [
    "FEATURES",
    "Candidate",
    "LinkModel",
    "LinkWeights",
    "RULES_ONLY",
    "candidate_pairs",
    "choose",
    "decide",
    "learned_signal",
    "load_link_model",
    "trained_link_model",
    "make_context",
    "pair_features",
]

# Feature names, in the order of the weight vector, with the words a reason uses for each.
# General features only: no rule signal (see the module's docstring), no word of a case.
FEATURES: dict[str, str] = {
    "topical": "shared words",
    "rare_shared": "shared rare words",
    "shared_words": "shared words",
    "best_partner": "each the other's closest point",
    "one_best": "the closest point of one of them",
    "same_event": "same event",
    "same_slot": "same figure slot",
    "both_figures": "both give figures",
    "shared_names": "shared names",
    "shared_objects": "shared key words",
    "shared_topic": "same agenda topic",
    "denial_one": "one denies",
    "negated_one": "one negates",
    "hedged": "hedged",
    "both_report": "both report an event or a figure",
    "names_other": "one names the other's side or speaker",
    "fuzzy": "similar wording",
    "fuzzy_partial": "one's words inside the other's",
    "contrast": "contrast in the article between them",
    "consecutive": "one attribution right after the other",
    "two_accounts": "two accounts of one event",
    "same_paragraph": "in one paragraph",
    "adjacent": "neighbouring sentences",
    "distance": "sentences apart",
    "unnamed": "an unnamed source",
    "length": "length of the shorter claim",
    # what says two claims are about different things
    "events_differ": "different events",
    "objects_differ": "no key word in common",
    "anchored": "a concrete shared anchor",
    # what reads the same in any story (not a story's words)
    "same_kind": "figures of one kind",
    "denial_answers": "a denial after a charge",
    "both_open": "both among the opening lines",
    "position_gap": "far apart in their accounts",
    "claims_between": "attributions between them",
    "objects_overlap": "share of key words in common",
    "events_overlap": "share of event classes in common",
}

_ANCHORED = list(FEATURES).index("anchored")
_UNNAMED = list(FEATURES).index("unnamed")

# Widened blocking (recall): each claim against the other sides' claims this many sentences
# around it in its article, the nearest few only (linear in the claims).
_NEAR_SENTENCES = 6
_NEAR_PARTNERS = 10
# Claims after each one scanned for those near partners: a bound on the work per claim, wide
# enough that six sentences either side rarely hold more.
_NEAR_SCAN = 40
# ... and against its best partners by shared words, from this lower overlap (two accounts
# reword one point); skipped past this many claims, as links.py's mutual-best step is.
_LOW_TOPICAL = 5.0
_WORD_PARTNERS = 6
_MAX_CLAIMS = 400
# A token in at most this many claims is a rare one (a stand-in for word frequency).
_RARE_CLAIMS = 3
# Characters of each claim the wording scores read (cost bound, as in pairmodel).
_FUZZ_CHARS = 600
# How many features a learned link's reason names, and the least pull one must have.
_REASON_FEATURES = 3
_REASON_MIN_PULL = 0.15


@dataclass(frozen=True, slots=True)
class Candidate:
    """A cross-side pair (i < j) with its feature values (FEATURES order) and whether the
    rules link it."""

    i: int
    j: int
    values: tuple[float, ...]
    rule: bool

    @property
    def addable(self) -> bool:
        """Whether the model may add this pair: the two share a concrete anchor
        (``anchored``), and neither is an unnamed source's. On the dev set an unnamed
        source's point was linked in 12% of its candidates against 28% of all; the linear
        weight cannot say "not on wording and position alone", so the rules (which read its
        explicit dispute words) link it or nothing does."""
        return bool(self.values[_ANCHORED]) and not self.values[_UNNAMED]


@dataclass(frozen=True, slots=True)
class LinkWeights:
    """Logistic weights over FEATURES (standardised by ``mean``/``scale``) and a bias."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    def pulls(self, values: Sequence[float]) -> list[float]:
        """Each feature's contribution to the log-odds."""
        return [
            w * (v - m) / s
            for w, v, m, s in zip(self.weights, values, self.mean, self.scale, strict=True)
        ]

    def probability(self, values: Sequence[float]) -> float:
        z = self.bias + sum(self.pulls(values))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True, slots=True)
class LinkModel:
    """One weight set over every candidate, rule-linked or not. A rule link scoring below
    ``gate`` is dropped; a pair no rule links is added from ``add`` when it is the best
    candidate of both its claims by at least ``margin`` (``decide``)."""

    weights: LinkWeights
    gate: float
    add: float
    margin: float = 0.0

    def probability(self, values: Sequence[float]) -> float:
        return self.weights.probability(values)

    @property
    def inert(self) -> bool:
        """Every rule link kept, nothing added: the rules alone (no features worked out)."""
        return self.gate <= 0.0 and self.add > 1.0


def _weights(data: Mapping[str, object]) -> LinkWeights:
    def floats(key: str) -> tuple[float, ...]:
        raw = data[key]
        assert isinstance(raw, list)
        return tuple(float(x) for x in raw)

    bias = data["bias"]
    assert isinstance(bias, (int, float))
    return LinkWeights(floats("mean"), floats("scale"), floats("weights"), float(bias))


_ZERO = LinkWeights(
    mean=(0.0,) * len(FEATURES),
    scale=(1.0,) * len(FEATURES),
    weights=(0.0,) * len(FEATURES),
    bias=0.0,
)
# The rules alone: every rule link kept, nothing added (no probability reaches 2).
RULES_ONLY = LinkModel(weights=_ZERO, gate=0.0, add=2.0)


@cache
def trained_link_model() -> LinkModel:
    """The shipped weights with the thresholds chosen for them (data/link_model.json), active
    or not: ``link_claims(..., model=trained_link_model())`` runs the layer."""
    text = resources.files("attribcmp.data").joinpath("link_model.json").read_text("utf-8")
    data = json.loads(text)
    if list(data["features"]) != list(FEATURES):
        raise ValueError("data/link_model.json was trained on other features; retrain it")
    return LinkModel(
        weights=_weights(data["weights"]),
        gate=float(data["gate"]),
        add=float(data["add"]),
        margin=float(data.get("margin", 0.0)),
    )


@cache
def load_link_model() -> LinkModel:
    """The layer as the tool runs it: the trained one when data/link_model.json says
    ``active``, else inert (the rules alone, no features worked out)."""
    model = trained_link_model()
    text = resources.files("attribcmp.data").joinpath("link_model.json").read_text("utf-8")
    return model if json.loads(text).get("active") is True else RULES_ONLY


def decide(
    pairs: Sequence[tuple[int, int]],
    probabilities: Sequence[float],
    rule: Sequence[bool],
    gate: float,
    add: float,
    addable: Sequence[bool] | None = None,
    margin: float = 0.0,
) -> list[bool]:
    """Which candidates are links: a rule link scoring at least ``gate``; a pair no rule
    links scoring at least ``add`` that may be added (``addable``, default all; see
    ``Candidate.addable``) and is the best-scoring candidate of both its claims (the earlier
    pair on a tie), ahead of each claim's next candidate by at least ``margin``.

    The ranking step keeps the model from joining a claim to every near claim it half fits,
    and leaves alone a claim whose best partner the rules already link: on the dev set, held
    out by case, rules plus mutual-best additions from 0.25 reached 0.582 / 0.608 (recall /
    precision) against 0.615 / 0.532 with the best of either claim. The margin: a claim
    with two near-equal candidates has no clear counterpart, and a pair the model cannot add
    competes for neither claim. bench/train_link_model.py scores with this function."""
    able = addable if addable is not None else [True] * len(pairs)
    rank = [p if r or a else 0.0 for p, r, a in zip(probabilities, rule, able, strict=True)]
    best: dict[int, int] = {}  # claim -> the index of its best-ranked candidate
    runner_up: dict[int, float] = {}  # claim -> the score of its next candidate
    for n, (i, j) in enumerate(pairs):
        for x in (i, j):
            if x not in best or rank[n] > rank[best[x]]:
                if x in best:
                    runner_up[x] = rank[best[x]]
                best[x] = n
            else:
                runner_up[x] = max(runner_up.get(x, 0.0), rank[n])
    return [
        p >= gate
        if r
        else a
        and p >= add
        and best[i] == n
        and best[j] == n
        and p - max(runner_up.get(i, 0.0), runner_up.get(j, 0.0)) >= margin
        for n, ((i, j), p, r, a) in enumerate(zip(pairs, probabilities, rule, able, strict=True))
    ]


def choose(
    model: LinkModel, candidates: Sequence[Candidate], probabilities: Sequence[float]
) -> list[bool]:
    """``decide`` for these candidates with the model's thresholds."""
    return decide(
        [(c.i, c.j) for c in candidates],
        probabilities,
        [c.rule for c in candidates],
        model.gate,
        model.add,
        [c.addable for c in candidates],
        model.margin,
    )


@dataclass(frozen=True, slots=True)
class Context:
    """What the features of every candidate share: the documents' texts, the claims'
    words, how many claims hold each token, each claim's best partner by shared words."""

    texts: Mapping[str, str]
    features: Sequence[TextFeatures]
    holders: Mapping[str, int]
    best: Mapping[int, int]
    previous: Mapping[int, int]  # claim -> the nearest earlier claim of another side (one doc)
    named_sides: Sequence[frozenset[str]]  # claim -> the sides whose names its words use
    sentences: Mapping[str, int]  # document -> the last sentence index any claim stands in
    candidates: Sequence[tuple[int, int]]


def candidate_pairs(
    pairs: Pairs,
    features: Sequence[TextFeatures],
    gathered: Mapping[tuple[int, int], tuple[str, ...]],
) -> list[tuple[int, int]]:
    """Every pair a rule step found, each claim's nearest other-side claims in its article
    and its best partners by shared words: sorted (i, j), i < j."""
    found: set[tuple[int, int]] = set(gathered)
    n = len(pairs.claims)
    for i in range(n):
        near = [
            j
            for j in range(i + 1, min(n, i + _NEAR_SCAN))
            if pairs.side[j] != pairs.side[i] and pairs.near(i, j, _NEAR_SENTENCES)
        ]
        found.update((i, j) for j in near[:_NEAR_PARTNERS])
    if n <= _MAX_CLAIMS:
        scores = topical_scores(features, _LOW_TOPICAL)
        partners: dict[int, list[tuple[float, int]]] = {}
        for (i, j), value in scores.items():
            if pairs.side[i] != pairs.side[j]:
                partners.setdefault(i, []).append((value, j))
                partners.setdefault(j, []).append((value, i))
        for i, options in partners.items():
            for _value, j in sorted(options, key=lambda p: (-p[0], p[1]))[:_WORD_PARTNERS]:
                found.add((min(i, j), max(i, j)))
    return sorted(found)


def make_context(
    pairs: Pairs,
    features: Sequence[TextFeatures],
    texts: Mapping[str, str],
    gathered: Mapping[tuple[int, int], tuple[str, ...]],
    names: Mapping[str, str],
) -> Context:
    """The candidates (``candidate_pairs``) and what their features share. ``gathered``: the
    rule signals before pruning; ``names``: lower-cased name of a speaker or side -> side id."""
    candidates = candidate_pairs(pairs, features, gathered)
    holders: dict[str, int] = {}
    for tokens in pairs.token_sets:
        for t in tokens:
            holders[t] = holders.get(t, 0) + 1
    best: dict[int, tuple[float, int]] = {}
    for i, j in candidates:
        value = pairs.score(i, j)
        for x, y in ((i, j), (j, i)):
            # the highest overlap, the earlier claim on a tie
            if x not in best or (value, -y) > (best[x][0], -best[x][1]):
                best[x] = (value, y)
    previous: dict[int, int] = {}
    last: dict[str, int] = {}  # side -> its latest claim in this document
    for j, claim in enumerate(pairs.claims):
        if j and claim.doc_id != pairs.claims[j - 1].doc_id:
            last = {}
        others = [i for s, i in last.items() if s != pairs.side[j]]
        if others:
            previous[j] = max(others)
        last[pairs.side[j]] = j
    best_of = {x: y for x, (_v, y) in best.items()}
    named: list[frozenset[str]] = [frozenset()] * len(pairs.claims)
    if names:
        pattern = names_pattern(names)
        named = [
            frozenset(names[m.group(1).lower()] for m in pattern.finditer(said_text(c)))
            for c in pairs.claims
        ]
    sentences: dict[str, int] = {}
    for where in pairs.where:
        sentences[where.doc] = max(sentences.get(where.doc, 0), where.sentence)
    return Context(texts, features, holders, best_of, previous, named, sentences, tuple(candidates))


def _rare(pairs: Pairs, ctx: Context, i: int, j: int) -> list[str]:
    shared = pairs.token_sets[i] & pairs.token_sets[j]
    return sorted(t for t in shared if ctx.holders.get(t, 0) <= _RARE_CLAIMS and t[:1] != "#")


def _contrast(pairs: Pairs, ctx: Context, i: int, j: int) -> Signal | None:
    """The article's contrast marker between two attributions at most three sentences apart."""
    if pairs.apart(i, j) or not pairs.near(i, j, _NEAR_SENTENCES):
        return None
    if pairs.claims[j].content.start < pairs.claims[i].content.end:
        i, j = j, i  # the one told first first
    first, second = pairs.claims[i], pairs.claims[j]
    doc = ctx.texts.get(second.doc_id)
    if doc is None or first.content.end > second.content.start:
        return None  # one inside the other
    between, lead = between_attributions(doc, first, second, pairs.where[j])
    return contrast_signal(between, lead)


def anchored(pairs: Pairs, ctx: Context, i: int, j: int) -> bool:
    """A concrete thing the two claims share (a rare word, a name, an event class or a figure
    slot) or the article's own contrast between them ("But engineers said ..."). Two points
    with none of these are linked by wording or position alone, which on unseen stories
    joins neighbours that speak of different things."""
    fa, fb = _facets(pairs.claims[i]), _facets(pairs.claims[j])
    return bool(
        _rare(pairs, ctx, i, j)
        or _contrast(pairs, ctx, i, j) is not None
        or set(fa.participants) & set(fb.participants)
        or (set(fa.events) & set(fb.events)) - {"denial"}
        or _slots(pairs.claims[i]) & _slots(pairs.claims[j])
    )


def _facets(claim: Claim) -> ClaimFacets:
    return claim.facets or ClaimFacets()


def _slots(claim: Claim) -> set[tuple[str, str]]:
    return {s for q in _facets(claim).quantities if (s := figure_slot(q)) is not None}


def _kinds(claim: Claim) -> set[str]:
    return {q.kind for q in _facets(claim).quantities if q.kind}


def _overlap(a: Sequence[str], b: Sequence[str]) -> float:
    """Jaccard overlap of two sets of labels (0 when either is empty)."""
    union = set(a) | set(b)
    return len(set(a) & set(b)) / len(union) if union and a and b else 0.0


def _answers_charge(pairs: Pairs, i: int, j: int) -> bool:
    """One denies and the other, told before it or in another account, names an event (a
    charge or an incident): a denial answers what was said before it, not after."""
    fa, fb = _facets(pairs.claims[i]), _facets(pairs.claims[j])  # i is told first in one account
    if fb.denial and not fa.denial and set(fa.events) - {"denial"}:
        return True
    return bool(fa.denial and not fb.denial and set(fb.events) - {"denial"} and pairs.apart(i, j))


def _relative(pairs: Pairs, ctx: Context, i: int) -> float:
    """Where a claim stands in its account, 0 (top) to 1 (last claim's sentence)."""
    last = ctx.sentences.get(pairs.where[i].doc, 0)
    return pairs.where[i].sentence / last if last else 0.0


# Sentences from the top that count as an account's opening (the lede and its support):
# readouts and wire stories put each side's main point there.
_OPENING = 3


def pair_features(pairs: Pairs, ctx: Context, i: int, j: int) -> tuple[float, ...]:
    """The feature values (FEATURES order) of one candidate pair; symmetric in i and j."""
    a, b = pairs.claims[i], pairs.claims[j]
    fa, fb = _facets(a), _facets(b)
    same_doc = not pairs.apart(i, j)
    distance = abs(pairs.where[i].sentence - pairs.where[j].sentence) if same_doc else 0
    ta, tb = said_text(a)[:_FUZZ_CHARS], said_text(b)[:_FUZZ_CHARS]
    words = [len(ta.split()), len(tb.split())]
    values = {
        "topical": pairs.score(i, j) / 100.0,
        "rare_shared": float(min(len(_rare(pairs, ctx, i, j)), 3)),
        "shared_words": math.log1p(len(pairs.token_sets[i] & pairs.token_sets[j])),
        "best_partner": float(ctx.best.get(i) == j and ctx.best.get(j) == i),
        "one_best": float(ctx.best.get(i) == j or ctx.best.get(j) == i),
        "same_event": float(bool((set(fa.events) & set(fb.events)) - {"denial"})),
        "same_slot": float(bool(_slots(a) & _slots(b))),
        "both_figures": float(bool(fa.quantities) and bool(fb.quantities)),
        "shared_names": float(bool(set(fa.participants) & set(fb.participants))),
        "shared_objects": float(min(len(set(fa.objects) & set(fb.objects)), 3)),
        "shared_topic": float(bool(set(fa.topics) & set(fb.topics))),
        "denial_one": float(bool(fa.denial) != bool(fb.denial)),
        "negated_one": float(fa.negated != fb.negated),
        "hedged": float(fa.hedged or fb.hedged),
        "both_report": float(reports_something(a) and reports_something(b)),
        "names_other": float(
            pairs.side[j] in ctx.named_sides[i] or pairs.side[i] in ctx.named_sides[j]
        ),
        "fuzzy": fuzz.token_set_ratio(ta, tb, processor=utils.default_process) / 100.0,
        "fuzzy_partial": fuzz.partial_ratio(ta, tb, processor=utils.default_process) / 100.0,
        "contrast": float(_contrast(pairs, ctx, i, j) is not None),
        "consecutive": float(ctx.previous.get(j) == i or ctx.previous.get(i) == j),
        "two_accounts": float(not same_doc),
        "same_paragraph": float(same_doc and pairs.where[i].paragraph == pairs.where[j].paragraph),
        "adjacent": float(same_doc and distance <= 1),
        "distance": math.log1p(distance),
        "unnamed": float(UNNAMED.id in (pairs.side[i], pairs.side[j])),
        "length": math.log1p(min(words)),
        "events_differ": float(
            bool(ea := set(fa.events) - {"denial"})
            and bool(eb := set(fb.events) - {"denial"})
            and not ea & eb
        ),
        "objects_differ": float(
            bool(fa.objects) and bool(fb.objects) and not set(fa.objects) & set(fb.objects)
        ),
        "anchored": float(anchored(pairs, ctx, i, j)),
        "same_kind": float(bool(_kinds(a) & _kinds(b))),
        "denial_answers": float(_answers_charge(pairs, i, j)),
        "both_open": float(
            pairs.where[i].sentence < _OPENING and pairs.where[j].sentence < _OPENING
        ),
        "position_gap": abs(_relative(pairs, ctx, i) - _relative(pairs, ctx, j)),
        "claims_between": math.log1p(abs(j - i) - 1) if same_doc else 0.0,
        "objects_overlap": _overlap(fa.objects, fb.objects),
        "events_overlap": _overlap(
            [e for e in fa.events if e != "denial"], [e for e in fb.events if e != "denial"]
        ),
    }
    return tuple(values[name] for name in FEATURES)


def _phrase(pairs: Pairs, ctx: Context, i: int, j: int, name: str) -> str:
    """The words a reason uses for one feature of this pair."""
    a, b = pairs.claims[i], pairs.claims[j]
    if name == "same_event":
        shared = sorted((set(_facets(a).events) & set(_facets(b).events)) - {"denial"})
        return f"same event ({', '.join(shared)})"
    if name == "same_slot":
        event, kind = sorted(_slots(a) & _slots(b))[0]
        return f"same figure slot ({kind} {event})"
    if name == "rare_shared":
        feats = ctx.features[i]
        shown = [f"'{feats.surfaces.get(t, (t,))[0]}'" for t in _rare(pairs, ctx, i, j)[:3]]
        return f"shared rare words {', '.join(shown)}"
    if name == "contrast":
        signal = _contrast(pairs, ctx, i, j)
        marker = signal.reason.split(": ", 1)[-1] if signal else ""
        return f"contrast {marker} between them"
    if name == "topical":
        return f"shared words (overlap {pairs.score(i, j):.0f}/100)"
    if name == "shared_names":
        names = sorted(set(_facets(a).participants) & set(_facets(b).participants))
        return f"shared names ({', '.join(names[:3])})"
    return FEATURES[name]


def learned_signal(
    pairs: Pairs, ctx: Context, model: LinkModel, candidate: Candidate, probability: float
) -> Signal:
    """The signal of a link the model adds: no relation of its own (the words decide), and a
    reason naming the features that pulled the score up most."""
    pulls = model.weights.pulls(candidate.values)
    ranked = sorted(
        (
            (pull, name)
            for name, pull, value in zip(FEATURES, pulls, candidate.values, strict=True)
            if value and pull >= _REASON_MIN_PULL
        ),
        key=lambda p: (-p[0], p[1]),
    )
    named: list[str] = []
    for _pull, name in ranked:
        text = _phrase(pairs, ctx, candidate.i, candidate.j, name)
        if text not in named:
            named.append(text)
        if len(named) == _REASON_FEATURES:
            break
    shown = ", ".join(named) or "features far from the usual"
    reason = f"learned: {shown}, score {probability:.2f}"
    return Signal("learned", round(100.0 * probability, 2), reason)
