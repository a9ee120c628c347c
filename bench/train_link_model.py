"""Fit the learned link layer (attribcmp/data/link_model.json) on the disputes dev set, and
say honestly how well it generalises.

Usage: python bench/train_link_model.py [--check] [--unseen ROOT]
  --check: print the figures, write nothing
  --unseen ROOT: also score the dev cases under ROOT that bench/disputes does not hold yet
      (new cases before they are merged: a first run on text neither the rules nor the
      weights have seen), rules alone against the learned layer

Each dev case is run through the CLI (bench/eval_disputes.py's runner) with the rules alone;
``links.link_claims`` hands over every candidate pair with its features (link_model.FEATURES)
and the link it would make. A candidate is positive when its two claims match (by
eval_disputes' matching) two gold claims that the gold links; candidates with an unmatched
claim do not count in the scores and are not fitted. The model is a ridge logistic
regression on standardised features (Newton's method from zero weights: deterministic).

Figures (computed by eval_disputes.score_case on the links each setting keeps):
- rules alone (must equal ``eval_disputes.py --split dev``);
- held out by case: leave-one-case-out, each case scored with weights fitted on the others;
- in sample: weights fitted on every dev case, scored on them.
The thresholds (``gate``: a rule link scoring below it is dropped; ``add``: a new pair from
it is linked) and the penalty are chosen by the held-out figure only. Never reads the check
split. Only feature names and numbers are written.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import eval_disputes as ev
import numpy as np
from numpy.typing import NDArray
from train_pair_model import fit_logistic

from attribcmp import links
from attribcmp.link_model import FEATURES, RULES_ONLY, Candidate
from attribcmp.model import Link

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "attribcmp" / "data" / "link_model.json"
# Ridge penalties tried (on standardised features); the held-out figure picks one.
PENALTIES = (3.0, 30.0)
# Thresholds tried: gate (below it a rule link goes; 0 keeps them all) and add (from it a new
# pair is linked; 2 adds none).
GATES = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4)
ADDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 2.0)

Array = NDArray[np.float64]


@dataclass
class CaseRows:
    case: ev.Case
    data: dict[str, Any]
    ids: list[tuple[str, str]]
    x: Array
    rule: NDArray[np.bool_]
    label: NDArray[np.bool_]
    counted: NDArray[np.bool_]
    relation: list[str]


def collect(case: ev.Case) -> CaseRows:
    """Run one case with the rules alone and record its candidates."""
    trace: list[tuple[Candidate, Link]] = []
    real = links.link_claims

    def recording(*args: Any, **kwargs: Any) -> tuple[Link, ...]:
        kwargs.update(model=RULES_ONLY, trace=trace)
        return real(*args, **kwargs)

    with mock.patch.object(links, "link_claims", recording):
        data = ev.run_tool(case, use_subprocess=False)
    pred = ev.predicted_claims(case, data)
    matched = ev.match_claims(case.claims, pred)
    to_gold = {p.id: g for g, p in matched.items()}
    gold = {frozenset((link.a, link.b)) for link in case.links}
    ids = [(link.a, link.b) for _c, link in trace]
    counted = [a in to_gold and b in to_gold for a, b in ids]
    label = [
        ok and frozenset((to_gold[a], to_gold[b])) in gold
        for (a, b), ok in zip(ids, counted, strict=True)
    ]
    return CaseRows(
        case,
        data,
        ids,
        np.array([c.values for c, _l in trace], dtype=np.float64).reshape(-1, len(FEATURES)),
        np.array([c.rule for c, _l in trace], dtype=np.bool_),
        np.array(label, dtype=np.bool_),
        np.array(counted, dtype=np.bool_),
        [link.relation.value for _c, link in trace],
    )


def fit(x: Array, y: NDArray[np.bool_], l2: float) -> dict[str, Any]:
    """Ridge logistic regression on standardised features, as the pair model is fitted."""
    return fit_logistic(x, y, l2)


def probabilities(model: dict[str, Any], x: Array) -> Array:
    z = (x - np.array(model["mean"])) / np.array(model["scale"]) @ np.array(model["weights"])
    return 1.0 / (1.0 + np.exp(-(z + float(model["bias"]))))  # type: ignore[no-any-return]


def kept(rows: CaseRows, p: Array, gate: float, add: float) -> NDArray[np.bool_]:
    return np.where(rows.rule, p >= gate, p >= add)


def score(cases: Sequence[CaseRows], probs: Sequence[Array], gate: float, add: float) -> Any:
    """eval_disputes' totals for the links each case keeps at these thresholds."""
    scores = []
    for rows, p in zip(cases, probs, strict=True):
        keep = kept(rows, p, gate, add)
        data = dict(rows.data)
        data["links"] = [
            {"a": a, "b": b, "relation": rel}
            for (a, b), rel, k in zip(rows.ids, rows.relation, keep, strict=True)
            if k
        ]
        scores.append(ev.score_case(rows.case, data))
    return ev.totals(scores)


def _train(cases: Sequence[CaseRows], rule: bool) -> tuple[Array, NDArray[np.bool_]]:
    """The counted rows of one group (rule links, or pairs no rule links)."""
    x = np.vstack([r.x[r.counted & (r.rule == rule)] for r in cases])
    y = np.concatenate([r.label[r.counted & (r.rule == rule)] for r in cases])
    return x, y


def fit_both(cases: Sequence[CaseRows], l2: tuple[float, float]) -> dict[str, dict[str, Any]]:
    return {
        "rules": fit(*_train(cases, True), l2[0]),
        "new": fit(*_train(cases, False), l2[1]),
    }


def apply(models: dict[str, dict[str, Any]], rows: CaseRows) -> Array:
    return np.where(
        rows.rule, probabilities(models["rules"], rows.x), probabilities(models["new"], rows.x)
    )


def held_out(cases: Sequence[CaseRows], l2: tuple[float, float]) -> list[Array]:
    """Each case's probabilities from weights fitted on the other cases."""
    return [
        apply(fit_both([r for n, r in enumerate(cases) if n != k], l2), rows)
        for k, rows in enumerate(cases)
    ]


def general(cases: Sequence[CaseRows]) -> tuple[dict[str, Any], list[int], float]:
    """For comparison, not shipped: one model on every candidate without the rule signals
    (the rules were tuned on these very cases, so a model weighing them is not held out from
    that tuning; this one is), linking what it scores at its best held-out F1."""
    cols = [k for k, name in enumerate(FEATURES) if not name.startswith("rule_")]
    probs = []
    for k, rows in enumerate(cases):
        train = [r for n, r in enumerate(cases) if n != k]
        x = np.vstack([r.x[r.counted][:, cols] for r in train])
        y = np.concatenate([r.label[r.counted] for r in train])
        probs.append(probabilities(fit(x, y, PENALTIES[0]), rows.x[:, cols]))
    found = [(_f1(score(cases, probs, th, th)), th) for th in (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)]
    th = max(found)[1]
    print(
        line(
            f"held out by case, no rule signals (all pairs from {th:g})",
            score(cases, probs, th, th),
        )
    )
    x = np.vstack([r.x[r.counted][:, cols] for r in cases])
    y = np.concatenate([r.label[r.counted] for r in cases])
    return fit(x, y, PENALTIES[0]), cols, th


def _f1(t: Any) -> float:
    r, p = t["alignment_recall"], t["alignment_precision"]
    return 2 * r * p / (r + p) if r + p else 0.0


def _objective(t: Any) -> float:
    """F1 of the held-out alignment, diverge recall breaking near ties."""
    return _f1(t) + 0.1 * float(t["diverge_recall"])


def line(name: str, t: Any) -> str:
    return (
        f"{name}: alignment recall {t['alignment_recall']:.3f} precision "
        f"{t['alignment_precision']:.3f} (predicted {t['predicted_links']}, gold "
        f"{t['gold_links']}); diverge recall {t['diverge_recall']:.3f}; one-sided "
        f"{t['one_sided_accuracy']:.3f}; F1 {_f1(t):.3f}"
    )


def main() -> int:
    cases = [collect(c) for c in ev.load_cases(split="dev")]
    n_rows = sum(len(r.ids) for r in cases)
    n_pos = sum(int(r.label.sum()) for r in cases)
    print(f"{len(cases)} dev cases, {n_rows} candidate pairs, {n_pos} of them gold links")
    zeros = [np.full(len(r.ids), 0.5) for r in cases]
    rules = score(cases, zeros, 0.0, 2.0)
    print(line("rules alone", rules))
    # Every setting is scored held out by case. The best F1 is shown; what ships is the best
    # F1 among the settings that lose neither recall nor precision against the rules alone
    # (the brief: raise both), else the rules alone (gate 0, add 2: nothing changes).
    best: tuple[float, tuple[float, float], float, float] | None = None
    shipped = (-1.0, (PENALTIES[0], PENALTIES[0]), 0.0, 2.0)
    for l2 in ((a, b) for a in PENALTIES for b in PENALTIES):
        probs = held_out(cases, l2)
        for gate in GATES:
            for add in ADDS:
                t = score(cases, probs, gate, add)
                value = _objective(t)
                if best is None or value > best[0] + 1e-9:
                    best = (value, l2, gate, add)
                r, p = t["alignment_recall"], t["alignment_precision"]
                both = (
                    r >= rules["alignment_recall"]
                    and p >= rules["alignment_precision"]
                    and (r, p) != (rules["alignment_recall"], rules["alignment_precision"])
                )
                if both and value > shipped[0] + 1e-9:
                    shipped = (value, l2, gate, add)
    assert best is not None
    _v, l2, gate, add = best
    probs = held_out(cases, l2)
    print(f"best held-out F1: L2 {l2[0]:g}/{l2[1]:g}, gate {gate:g}, add {add:g}")
    print(line("held out by case (learned)", score(cases, probs, gate, add)))
    print(line("held out by case (gate only)", score(cases, probs, gate, 2.0)))
    print(line("held out by case (add only)", score(cases, probs, 0.0, add)))
    _v, l2, gate, add = shipped
    if _v < 0:
        print("no setting beats the rules held out in both recall and precision: shipped inert")
    else:
        probs = held_out(cases, l2)
        print(f"shipped: L2 {l2[0]:g}/{l2[1]:g}, gate {gate:g}, add {add:g}")
        print(line("held out by case (shipped)", score(cases, probs, gate, add)))
    alone, cols, th = general(cases)
    models = fit_both(cases, l2)
    inside = [apply(models, r) for r in cases]
    print(line("in sample (learned)", score(cases, inside, gate, add)))
    for group, model in models.items():
        pulls = sorted(zip(model["weights"], FEATURES, strict=True), key=lambda p: -abs(p[0]))
        print(f"heaviest weights ({group}): " + ", ".join(f"{n} {w:+.2f}" for w, n in pulls[:8]))
    args = sys.argv[1:]
    if "--unseen" in args:
        root = Path(args[args.index("--unseen") + 1])
        known = {r.case.name for r in cases}
        new = [collect(c) for c in ev.load_cases(root, split="dev") if c.name not in known]
        learned = [apply(models, r) for r in new]
        print(f"unseen: {len(new)} cases under {root}")
        print(
            line(
                "unseen, rules alone", score(new, [np.full(len(r.ids), 0.5) for r in new], 0.0, 2.0)
            )
        )
        print(line("unseen, learned", score(new, learned, gate, add)))
        other = [probabilities(alone, r.x[:, cols]) for r in new]
        print(line("unseen, no rule signals", score(new, other, th, th)))
    if "--check" in args:
        return 0
    out = {
        "about": "bench/train_link_model.py: ridge logistic regression on the candidate pairs "
        "of the disputes dev set; thresholds chosen leave-one-case-out; feature statistics "
        "and weights only",
        "features": list(FEATURES),
        "gate": gate,
        "add": add,
        "penalty": list(l2),
        "groups": models,
    }
    OUT.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
