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
from rapidfuzz.distance import LCSseq

from attribcmp.lazy_pattern import LazyPattern
from attribcmp.pair_attribution import set_aside
from attribcmp.textfeatures import NUMBER_SLOT, TextFeatures

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

_WORD = LazyPattern(r"\w+")
_DIGITS = LazyPattern(r"\d+(?:[.,]\d+)*")
_QUOTES = LazyPattern(r"[\"“”]")
# A word of at least this many letters is a rare one (a cheap stand-in for word frequency).
_LONG_WORD = 7
# Markers of a news report, besides names and length: figures in digits, quotation marks and
# attribution ("said", "according to").
_ATTRIBUTION = LazyPattern(r"(?i)\b(?:said|says|say|told|according to)\b")
# What is expected or planned, not yet done: news pairs where one statement reports the
# outcome and the other the expectation ("is expected to be sentenced" / "was sentenced") are
# rarely the same (chosen by MRPC 5-fold cross-validation: +0.0025; tense and modal-verb
# variants, idf-weighted coverage, near-spelling and run-length features gave <= +0.001).
_FUTURE = LazyPattern(r"(?i)\b(?:will|would|'ll|going to|expected to|plans? to|to be)\b")
# A verb form that tells of the past, the future or what may be ("was", "had", "would"): news
# reports use them, plain descriptions (SICK's captions, all in the present) never do, so a
# short statement with one is news even without a name or a figure (MRPC 5-fold +0.001 alone).
_REPORTED_TENSE = LazyPattern(
    r"(?i)\b(?:was|were|had|did|would|will|could|may|might|should|must|(?:has|have) been)\b"
)
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
# An added clause is a run of unaligned words; runs longer than this weigh the same.
_RUN_CAP = 8
# Words at the start of both statements that make "the same opening" (a shared main clause).
_OPENING = 3

# The families of evidence the features belong to (what an explanation names).
_F_WORDS = "the words both use"
_F_SEQUENCES = "word sequences both use"
_F_CHARACTERS = "character similarity"
_F_LENGTH = "lengths"
_F_ADDS = "what one statement adds"
_F_NAMES = "names only one side gives"
_F_FIGURES = "figures"
_F_NEGATION = "negation"
_F_ATTRIBUTION = "who said it"
_F_TENSE = "what is expected against what happened"

# Feature names, in the order of the weight vector, with the family each belongs to.
FEATURES: dict[str, str] = {
    "similarity": _F_WORDS,
    "overlap": _F_WORDS,
    "cover_min": _F_WORDS,
    "cover_max": _F_WORDS,
    "exact_min": _F_WORDS,
    "exact_max": _F_WORDS,
    "stems_min": _F_WORDS,
    "stems_max": _F_WORDS,
    "bigram_min": _F_SEQUENCES,
    "bigram_max": _F_SEQUENCES,
    "trigram_min": _F_SEQUENCES,
    "trigram_max": _F_SEQUENCES,
    "ratio": _F_CHARACTERS,
    "partial": _F_CHARACTERS,
    "token_set": _F_CHARACTERS,
    "token_sort": _F_CHARACTERS,
    "len_long": _F_LENGTH,
    "len_short": _F_LENGTH,
    "len_gap": _F_LENGTH,
    "only_min": _F_ADDS,
    "only_max": _F_ADDS,
    "plain_min": _F_ADDS,
    "plain_max": _F_ADDS,
    "names_min": _F_NAMES,
    "names_max": _F_NAMES,
    "numbers_min": _F_FIGURES,
    "numbers_max": _F_FIGURES,
    "negation_one": _F_NEGATION,
    "agreed": _F_NEGATION,
    "softer": _F_ADDS,
    "swaps": _F_ADDS,
    "contained": _F_ADDS,
    "each_adds": _F_ADDS,
    "short": _F_LENGTH,
    "short_cover_min": _F_ADDS,
    "short_plain_max": _F_ADDS,
    "short_each_adds": _F_ADDS,
    "words_min": _F_WORDS,
    "words_max": _F_WORDS,
    "word_pairs_min": _F_SEQUENCES,
    "word_pairs_max": _F_SEQUENCES,
    "chars3_min": _F_CHARACTERS,
    "chars3_max": _F_CHARACTERS,
    "chars4_min": _F_CHARACTERS,
    "chars4_max": _F_CHARACTERS,
    "chars5_min": _F_CHARACTERS,
    "chars5_max": _F_CHARACTERS,
    "order_min": _F_SEQUENCES,
    "order_max": _F_SEQUENCES,
    "chars_ratio": _F_LENGTH,
    "chars_gap": _F_LENGTH,
    "long_words_min": _F_ADDS,
    "long_words_max": _F_ADDS,
    "digits_same": _F_FIGURES,
    "digits_differ": _F_FIGURES,
    "digits_one": _F_FIGURES,
    "attribution_one": _F_ATTRIBUTION,
    "weighted_ratio": _F_CHARACTERS,
    "future_one": _F_TENSE,
    "aside_min": _F_ATTRIBUTION,
    "aside_max": _F_ATTRIBUTION,
    "run_min": _F_ADDS,
    "run_max": _F_ADDS,
    "head_only": _F_ADDS,
    "tail_only": _F_ADDS,
    "aside_ratio": _F_CHARACTERS,
    "opening": _F_SEQUENCES,
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
    # (smaller, larger) aligned share with attribution set aside, less the whole statements'
    aside: tuple[float, float] = (0.0, 0.0)

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


def group_of(text_a: str, text_b: str, r: Reading) -> str:
    """Which weight set reads the pair: "news" (names, figures in digits, quotation marks,
    attribution, a past, future or modal verb, or long) or "plain"."""
    longest = max(len(_content(r.fa)), len(_content(r.fb)))
    if r.fa.entities or r.fb.entities or longest > NEWS_LENGTH:
        return "news"
    both = text_a + "\n" + text_b
    marked = (
        _DIGITS.search(both)
        or _QUOTES.search(both)
        or _ATTRIBUTION.search(both)
        or _REPORTED_TENSE.search(both)
    )
    return "news" if marked else "plain"


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
    surface = _surface(x, y)
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
        "aside_min": r.aside[0],
        "aside_max": r.aside[1],
        **_placement(r),
        "aside_ratio": fuzz.ratio(set_aside(x), set_aside(y), processor=proc) / 100.0,
        **surface,
    }
    return [values[name] for name in FEATURES]


def _placement(r: Reading) -> dict[str, float]:
    """Where the words one statement adds sit: a long run of them is an added clause (MRPC
    often calls a statement with an extra clause a different one), and the halves say whether
    the additions lead or trail (5-fold cross-validation with the opening words: +0.007)."""
    runs = sorted(
        _longest_run(_content(g), set(only)) for g, only in ((r.ga, r.only_a), (r.gb, r.only_b))
    )
    halves = [_halves(_content(g), set(only)) for g, only in ((r.ga, r.only_a), (r.gb, r.only_b))]
    return {
        "run_min": float(min(runs[0], _RUN_CAP)),
        "run_max": float(min(runs[1], _RUN_CAP)),
        "head_only": max(h[0] for h in halves),
        "tail_only": max(h[1] for h in halves),
    }


def _longest_run(tokens: Sequence[str], only: set[str]) -> int:
    best = current = 0
    for token in tokens:
        current = current + 1 if token in only else 0
        best = max(best, current)
    return best


def _halves(tokens: Sequence[str], only: set[str]) -> tuple[float, float]:
    """The share of unaligned words in the first and in the second half of the statement."""
    if not tokens:
        return 0.0, 0.0
    middle = (len(tokens) + 1) // 2
    head, tail = tokens[:middle], tokens[middle:]
    return (
        sum(t in only for t in head) / len(head),
        sum(t in only for t in tail) / max(len(tail), 1),
    )


def _surface(x: str, y: str) -> dict[str, float]:
    """Features of the words as written (not stemmed) and of character pieces."""
    wa, wb = _WORD.findall(x.lower()), _WORD.findall(y.lower())
    out: dict[str, float] = {}
    for name, xs, ys in (
        ("words", wa, wb),
        ("word_pairs", _grams(wa, 2), _grams(wb, 2)),
        *((f"chars{n}", _pieces(x, n), _pieces(y, n)) for n in (3, 4, 5)),
    ):
        out[f"{name}_min"], out[f"{name}_max"] = _shares(xs, ys)
    common = LCSseq.similarity(wa, wb)
    order = sorted((common / max(len(wa), 1), common / max(len(wb), 1)))
    out["order_min"], out["order_max"] = order[0], order[1]
    out["chars_ratio"] = min(len(x), len(y)) / max(len(x), len(y), 1)
    out["chars_gap"] = abs(len(x) - len(y)) / 100.0
    set_a, set_b = set(wa), set(wb)
    rare = sorted(
        sum(len(w) >= _LONG_WORD for w in s - o) for s, o in ((set_a, set_b), (set_b, set_a))
    )
    out["long_words_min"], out["long_words_max"] = float(min(rare[0], 6)), float(min(rare[1], 6))
    da, db = set(_DIGITS.findall(x)), set(_DIGITS.findall(y))
    out["digits_same"] = float(bool(da) and da == db)
    out["digits_differ"] = float(bool(da ^ db))
    out["digits_one"] = float(bool(da) != bool(db))
    out["attribution_one"] = float(bool(_ATTRIBUTION.search(x)) != bool(_ATTRIBUTION.search(y)))
    out["weighted_ratio"] = fuzz.WRatio(x, y, processor=utils.default_process) / 100.0
    out["future_one"] = float(bool(_FUTURE.search(x)) != bool(_FUTURE.search(y)))
    # Both open with the same words: the same main clause, whatever follows.
    out["opening"] = float(len(wa) >= _OPENING and wa[:_OPENING] == wb[:_OPENING])
    return out


def _pieces(text: str, n: int) -> list[str]:
    low = " ".join(text.lower().split())
    return [low[i : i + n] for i in range(len(low) - n + 1)]


def explain(model: PairModel, values: Sequence[float], top: int = 3) -> str:
    """The families of evidence that moved the probability most, by direction (each family's
    features summed, so two overlapping measures of one thing do not pull apart)."""
    pulls: dict[str, float] = {}
    for name, w, v, m, s in zip(
        FEATURES, model.weights, values, model.mean, model.scale, strict=True
    ):
        pulls[FEATURES[name]] = pulls.get(FEATURES[name], 0.0) + w * (v - m) / s
    ranked = sorted(pulls.items(), key=lambda p: (-abs(p[1]), p[0]))
    strong = [(family, pull) for family, pull in ranked[:top] if abs(pull) >= 0.1]
    up = [family for family, pull in strong if pull > 0]
    down = [family for family, pull in strong if pull < 0]
    parts = ([f"for: {', '.join(up)}"] if up else []) + (
        [f"against: {', '.join(down)}"] if down else []
    )
    return "; ".join(parts) or "no evidence far from the usual"
