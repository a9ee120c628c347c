"""The learned layer of pair verdicts: how likely two statements say the same thing.

relate.py's rules read two statements (relate.Reading: aligned words, negation, antonyms,
figures, what each adds); this module turns a reading into a few dozen numeric features and
weighs them with a logistic model whose weights are data (data/pair_model.json, written by
bench/train_pair_model.py, deterministic). The rules still decide a conflict (diverge) and an
unrelated pair; the model decides converge against partial, and the verdict names the
features that weighed most, so a verdict stays explainable.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from rapidfuzz import fuzz, utils

from attribcmp.align import NUMBER_SLOT, TextFeatures

__all__ = [
    "FEATURES",
    "NEWS_LENGTH",
    "PairModel",
    "Reading",
    "explain",
    "features",
    "group_of",
    "load_model",
]

# Characters of each text the character-level scores read (cost bound, as in textcompare).
_FUZZ_CHARS = 1000
# Two weight sets, because the two kinds of pair read "the same" differently: statements that
# name people, places or organisations, or run past this many content words, are news reports
# (MRPC's sentence pairs: an added detail or attribution leaves the meaning the same); short
# statements with no names are plain descriptions (SICK's captions: every added detail is a
# new point). Fitted and checked on SICK train and MRPC halves (bench/train_pair_model.py).
NEWS_LENGTH = 7
# A statement of at most this many content words is a "short" one: there every word is the
# point, while longer ones reword and add detail freely (see relate._SHORT_BOTH); the model
# gets the short/long split as features so it can weigh additions differently in each.
_SHORT = 5

# Feature names, in the order of the weight vector, with the words an explanation uses.
FEATURES: dict[str, str] = {
    "similarity": "word and character similarity",
    "overlap": "overlap score",
    "cover_min": "share of the less covered statement's words aligned",
    "cover_max": "share of the better covered statement's words aligned",
    "exact_min": "same-word share (less covered side)",
    "exact_max": "same-word share (better covered side)",
    "stems_min": "all-word share incl. function words (less covered side)",
    "stems_max": "all-word share incl. function words (better covered side)",
    "bigram_min": "shared word pairs (less covered side)",
    "bigram_max": "shared word pairs (better covered side)",
    "trigram_min": "shared word triples (less covered side)",
    "trigram_max": "shared word triples (better covered side)",
    "ratio": "character similarity",
    "partial": "best partial character match",
    "token_set": "character similarity of the word sets",
    "token_sort": "character similarity of the sorted words",
    "len_long": "length of the longer statement (content words, log)",
    "len_short": "length of the shorter statement (content words, log)",
    "len_gap": "difference in length",
    "only_min": "unaligned content words (side with fewer)",
    "only_max": "unaligned content words (side with more)",
    "plain_min": "unaligned described things (side with fewer)",
    "plain_max": "unaligned described things (side with more)",
    "names_min": "names only one side gives (side with fewer)",
    "names_max": "names only one side gives (side with more)",
    "numbers_min": "figures only one side gives (side with fewer)",
    "numbers_max": "figures only one side gives (side with more)",
    "negation_one": "only one statement negates",
    "agreed": "a negation answered by an antonym",
    "softer": "a firmer commitment on one side",
    "swaps": "a different word in the same place",
    "contained": "one statement contained in the other",
    "each_adds": "each statement adds a described thing",
    "short": "short statements",
    "short_cover_min": "short statements: aligned share",
    "short_plain_max": "short statements: unaligned described things",
    "short_each_adds": "short statements: each adds a described thing",
}


@dataclass(frozen=True, slots=True)
class Reading:
    """What the pair rules found in two statements (relate.py fills it; the verdict and the
    features read it)."""

    fa: TextFeatures
    fb: TextFeatures
    ga: TextFeatures  # generalised towards the other statement's words
    gb: TextFeatures
    overlap: float
    similarity: float
    unrelated: bool  # too little in common to be the same subject
    conflicts: tuple[str, ...]  # figures, swapped roles, antonyms, negation: diverge
    notes: tuple[str, ...]
    number_conflict: bool
    reversal: bool
    antonym: bool
    negation: bool
    agreed: bool  # a negation answered by an antonym ("did not win" / "lost")
    softer: tuple[str, ...]  # firmer commitment on one side
    swaps: tuple[str, ...]  # different words in the same place (short statements)
    only_a: tuple[str, ...]  # content tokens A has that align with nothing in B
    only_b: tuple[str, ...]
    plain_a: tuple[str, ...]  # ... of those, the described things (no names, figures, -ly)
    plain_b: tuple[str, ...]
    contained: bool  # every word of one aligns, the other adds little

    def open(self) -> bool:
        """True when the rules leave converge against partial to the model: no conflict,
        enough in common, no firmer commitment or swapped word, no agreeing antonym."""
        decided = self.conflicts or self.unrelated or self.softer or self.swaps
        return not decided and not (self.agreed and self.contained)


@dataclass(frozen=True, slots=True)
class PairModel:
    """Logistic weights over FEATURES (standardised by ``mean``/``scale``) and a bias."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float = 0.5

    def probability(self, values: Sequence[float]) -> float:
        z = self.bias + sum(
            w * (v - m) / s
            for w, v, m, s in zip(self.weights, values, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def group_of(r: Reading) -> str:
    """Which weight set reads the pair: "news" (names, or long) or "plain"."""
    longest = max(len(_content(r.fa)), len(_content(r.fb)))
    return "news" if r.fa.entities or r.fb.entities or longest > NEWS_LENGTH else "plain"


@cache
def load_model() -> Mapping[str, PairModel]:
    """The shipped weight sets by group (data/pair_model.json)."""
    text = resources.files("attribcmp.data").joinpath("pair_model.json").read_text("utf-8")
    data = json.loads(text)
    if list(data["features"]) != list(FEATURES):
        raise ValueError("data/pair_model.json was trained on other features; retrain it")
    return MappingProxyType(
        {
            name: PairModel(
                mean=tuple(float(x) for x in group["mean"]),
                scale=tuple(float(x) for x in group["scale"]),
                weights=tuple(float(x) for x in group["weights"]),
                bias=float(group["bias"]),
                threshold=float(group.get("threshold", 0.5)),
            )
            for name, group in data["groups"].items()
        }
    )


def _shares(xs: Sequence[object], ys: Sequence[object]) -> tuple[float, float]:
    """(min, max) over both directions of the share of one side's items the other has."""
    sx, sy = set(xs), set(ys)
    if not sx or not sy:
        return 0.0, 0.0
    one, two = len(sx & sy) / len(sx), len(sx & sy) / len(sy)
    return min(one, two), max(one, two)


def _grams(seq: Sequence[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(seq[i : i + n]) for i in range(len(seq) - n + 1)]


def _content(feat: TextFeatures) -> list[str]:
    return [t for t in feat.tokens if t != NUMBER_SLOT]


def features(text_a: str, text_b: str, r: Reading, words: Mapping[str, str]) -> list[float]:
    """The feature vector (FEATURES order) of one pair; symmetric in A and B.

    ``words`` maps a stem to its concept token (relate's pair concepts).
    """
    fa, fb, ga, gb = r.fa, r.fb, r.ga, r.gb
    only_a, only_b, plain_a, plain_b = r.only_a, r.only_b, r.plain_a, r.plain_b
    ca, cb = _content(ga), _content(gb)
    cover = [1.0 - len(o) / len(c) if c else 0.0 for o, c in ((only_a, ca), (only_b, cb))]
    exact = _shares(_content(fa), _content(fb))
    seq_a = [words.get(s, s) for s in ga.stems]
    seq_b = [words.get(s, s) for s in gb.stems]
    x, y = text_a[:_FUZZ_CHARS], text_b[:_FUZZ_CHARS]
    proc = utils.default_process
    long_, short_ = max(len(ca), len(cb)), min(len(ca), len(cb))
    names = [len([t for t in o if t in f.entities]) for o, f in ((only_a, ga), (only_b, gb))]
    nums_a = {n.value for n in fa.numbers} - {n.value for n in fb.numbers}
    nums_b = {n.value for n in fb.numbers} - {n.value for n in fa.numbers}
    each_adds = float(bool(plain_a) and bool(plain_b))
    short = float(long_ <= _SHORT)
    plain_max = min(max(len(plain_a), len(plain_b)), 6)
    values = {
        "similarity": r.similarity,
        "overlap": r.overlap / 100.0,
        "cover_min": min(cover),
        "cover_max": max(cover),
        "exact_min": exact[0],
        "exact_max": exact[1],
        **dict(zip(("stems_min", "stems_max"), _shares(seq_a, seq_b), strict=True)),
        **dict(
            zip(
                ("bigram_min", "bigram_max"),
                _shares(_grams(seq_a, 2), _grams(seq_b, 2)),
                strict=True,
            )
        ),
        **dict(
            zip(
                ("trigram_min", "trigram_max"),
                _shares(_grams(seq_a, 3), _grams(seq_b, 3)),
                strict=True,
            )
        ),
        "ratio": fuzz.ratio(x, y, processor=proc) / 100.0,
        "partial": fuzz.partial_ratio(x, y, processor=proc) / 100.0,
        "token_set": fuzz.token_set_ratio(x, y, processor=proc) / 100.0,
        "token_sort": fuzz.token_sort_ratio(x, y, processor=proc) / 100.0,
        "len_long": math.log1p(long_),
        "len_short": math.log1p(short_),
        "len_gap": (long_ - short_) / max(long_, 1),
        "only_min": float(min(len(only_a), len(only_b), 6)),
        "only_max": float(min(max(len(only_a), len(only_b)), 6)),
        "plain_min": float(min(len(plain_a), len(plain_b), 6)),
        "plain_max": float(plain_max),
        "names_min": float(min(names + [3])),
        "names_max": float(min(max(names), 3)),
        "numbers_min": float(min(len(nums_a), len(nums_b), 3)),
        "numbers_max": float(min(max(len(nums_a), len(nums_b)), 3)),
        "negation_one": float(bool(ga.negations) != bool(gb.negations)),
        "agreed": float(r.agreed),
        "softer": float(bool(r.softer)),
        "swaps": float(min(len(r.swaps), 2)),
        "contained": float(r.contained),
        "each_adds": each_adds,
        "short": short,
        "short_cover_min": short * min(cover),
        "short_plain_max": short * plain_max,
        "short_each_adds": short * each_adds,
    }
    return [values[name] for name in FEATURES]


def explain(model: PairModel, values: Sequence[float], top: int = 3) -> str:
    """The features that moved the probability most, split by direction."""
    pulls = [
        (w * (v - m) / s, name)
        for name, w, v, m, s in zip(
            FEATURES, model.weights, values, model.mean, model.scale, strict=True
        )
    ]
    pulls.sort(key=lambda p: (-abs(p[0]), p[1]))
    strong = [(pull, name) for pull, name in pulls[:top] if abs(pull) >= 0.05]
    up = [FEATURES[name] for pull, name in strong if pull > 0]
    down = [FEATURES[name] for pull, name in strong if pull < 0]
    parts = ([f"raised by: {', '.join(up)}"] if up else []) + (
        [f"lowered by: {', '.join(down)}"] if down else []
    )
    return "; ".join(parts) or "no feature far from the usual"
