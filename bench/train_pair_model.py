"""Retrain the learned layer of `pair` verdicts (attribcmp/data/pair_model.json).

Usage: python bench/train_pair_model.py [--check]
  --check: print the figures and write nothing; exit 1 when the shipped file differs from
      what this script fits at this commit (a feature or a rule changed since it was fitted)

What is fitted on what (SICK trial is never read here: it stays the evaluation set):
- "plain" weights (statements with no names, at most pairmodel.NEWS_LENGTH content words):
  logistic regression on SICK train, ENTAILMENT against the rest.
- "news" weights (statements with names, or longer): logistic regression on the EVEN lines
  of MRPC dev.jsonl ("same" against "different"), so the odd lines stay held out and
  bench/bench_pair_mrpc.py's odd-line figure is an honest one. MRPC has no other split, so
  this script also prints the odd->even figure and a 5-fold cross-validation (line number
  mod 5) of the whole verdict, each fold scored by weights fitted without it.
Only the pairs the rules leave open are fitted (pairmodel.Reading.open): a conflict
(diverge), too little in common (unrelated), a firmer commitment or a swapped word (partial)
are decided by the rules before the model is asked.

Deterministic: Newton's method from zero weights, fixed iterations and L2 penalty. Only
feature names and numbers are written, never corpus text. Needs ../shared. A new feature or
setting is chosen with bench/pair_feature_search.py (5-fold and both halves must rise).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from shared_path import find_shared

from attribcmp.model import Settings
from attribcmp.pairmodel import FEATURES, NEWS_LENGTH, features, group_of
from attribcmp.relate import read_pair
from attribcmp.textfeatures import load_concepts
from attribcmp.word_pairs import with_pair_concepts

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "attribcmp" / "data" / "pair_model.json"
CORPORA = find_shared() / "corpora"
L2 = 3.0  # ridge penalty on standardised features (1-30 give the same figures within 0.005)
ITERATIONS = 30

Array = NDArray[np.float64]


def _read(path: Path, positive: str) -> dict[str, NDArray[np.float64] | NDArray[np.bool_]]:
    concepts, settings = load_concepts(), Settings()
    words = with_pair_concepts(concepts).words
    xs, ys, open_, agreed, news = [], [], [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        row = json.loads(line)
        r = read_pair(row["a"], row["b"], settings=settings, concepts=concepts)
        xs.append(features(row["a"], row["b"], r, words))
        ys.append(row["label"] == positive)
        open_.append(r.open())
        decided = r.conflicts or r.unrelated or r.softer or r.swaps
        agreed.append(not decided and r.agreed and r.contained)
        news.append(group_of(row["a"], row["b"], r) == "news")
    return {
        "x": np.array(xs, dtype=np.float64),
        "y": np.array(ys, dtype=np.bool_),
        "open": np.array(open_, dtype=np.bool_),
        "agreed": np.array(agreed, dtype=np.bool_),
        "news": np.array(news, dtype=np.bool_),
    }


def fit(x: Array, y: NDArray[np.bool_]) -> dict[str, object]:
    """The pair model's weight set: a ridge logistic fit, kept from 0.5."""
    return {**fit_logistic(x, y, L2), "threshold": 0.5}


def fit_logistic(x: Array, y: NDArray[np.bool_], l2: float) -> dict[str, Any]:
    """Ridge logistic regression on standardised features (Newton's method); also used by
    train_link_model.py."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    target = y.astype(np.float64)
    beta = np.zeros(z.shape[1])
    penalty = l2 * np.eye(z.shape[1])
    penalty[-1, -1] = 0.0
    for _ in range(ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-(z @ beta)))
        grad = z.T @ (p - target) + penalty @ beta
        hess = (z * (p * (1 - p))[:, None]).T @ z + penalty
        beta -= np.linalg.solve(hess, grad)
    return {
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "weights": [round(float(v), 6) for v in beta[:-1]],
        "bias": round(float(beta[-1]), 6),
    }


def _converge(
    model: dict[str, object], data: dict[str, NDArray[np.float64] | NDArray[np.bool_]]
) -> NDArray[np.bool_]:
    mean, scale = np.array(model["mean"]), np.array(model["scale"])
    weights = np.array(model["weights"])
    z = (data["x"] - mean) / scale @ weights + float(model["bias"])  # type: ignore[arg-type]
    # Converge: the model says so on a pair the rules left open, or the rules' agreeing antonym.
    same = (1.0 / (1.0 + np.exp(-z)) >= 0.5) & data["open"]
    return same | data["agreed"]  # type: ignore[no-any-return]


def _verdicts(
    models: dict[str, dict[str, object]], data: dict[str, NDArray[np.float64] | NDArray[np.bool_]]
) -> NDArray[np.bool_]:
    return np.where(data["news"], _converge(models["news"], data), _converge(models["plain"], data))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the shipped file differs"
    )
    args = parser.parse_args(argv)
    sick_path, mrpc_path = CORPORA / "sick" / "train.jsonl", CORPORA / "mrpc" / "dev.jsonl"
    if not (sick_path.is_file() and mrpc_path.is_file()):
        print(f"skipped: {sick_path} or {mrpc_path} not found")
        return 0
    sick, mrpc = _read(sick_path, "ENTAILMENT"), _read(mrpc_path, "same")
    plain_rows = sick["open"] & ~sick["news"]
    plain = fit(sick["x"][plain_rows], sick["y"][plain_rows])
    lines = np.arange(len(mrpc["y"]))
    news_rows = mrpc["open"] & mrpc["news"]

    def news_on(train: NDArray[np.bool_]) -> dict[str, object]:
        return fit(mrpc["x"][train & news_rows], mrpc["y"][train & news_rows])

    right = _verdicts({"plain": plain, "news": news_on(lines % 2 == 0)}, mrpc) == mrpc["y"]
    swapped = _verdicts({"plain": plain, "news": news_on(lines % 2 == 1)}, mrpc) == mrpc["y"]
    print(f"plain weights: {int(plain_rows.sum())} SICK train pairs; news weights: MRPC even lines")
    print(
        "news/plain: names, digits, quotes, attribution, past/future/modal verbs, "
        f"or > {NEWS_LENGTH} content words"
    )
    odd, even = right[1::2].mean(), right[0::2].mean()
    print(f"MRPC fitted on even lines: odd (held out) {odd:.4f}, even {even:.4f}")
    print(f"MRPC fitted on odd lines:  even (held out) {swapped[0::2].mean():.4f}")
    folds = []
    for k in range(5):
        held = lines % 5 == k
        hits = _verdicts({"plain": plain, "news": news_on(~held)}, mrpc) == mrpc["y"]
        folds.append(float(hits[held].mean()))
    shown = " ".join(f"{f:.4f}" for f in folds)
    print(f"MRPC 5-fold (line mod 5), held-out folds: {shown}; mean {np.mean(folds):.4f}")
    sick_hits = _verdicts({"plain": plain, "news": news_on(lines % 2 == 0)}, sick) == sick["y"]
    print(f"SICK train, converge vs the rest (fitted here): {sick_hits.mean():.4f}")
    out = {
        "about": "bench/train_pair_model.py: plain weights on SICK train, news weights on the "
        "even lines of MRPC dev; feature statistics and weights only",
        "features": list(FEATURES),
        "groups": {"plain": plain, "news": news_on(lines % 2 == 0)},
    }
    text = json.dumps(out, indent=1) + "\n"
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.name} " + ("up to date" if same else "differs: run this script to refit"))
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
