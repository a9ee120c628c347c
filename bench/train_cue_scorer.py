"""Retrain the learned cue scorer and content-edge ranker from PolNeAR train.

Writes attribcmp/data/cue_scorer.json (learned.py) and attribcmp/data/bound_scorer.json
(bounds.py).

Usage: python bench/train_cue_scorer.py [--min-precision 0.55] [--min-kept 0.25] [--epochs 8]
       [--min-share 0.12] [--edges-only] [--check]
  --check: write nothing; exit 1 when either shipped file differs from what this script fits
      at this commit (with --edges-only, bound_scorer.json alone, on the shipped cue scorer)

Deterministic: same corpus, same weights. Steps:
1. Word table: for every lower-cased word, the share of its uses inside a gold cue span
   (kept when seen >= 5 times, >= 3 times in a cue, share >= --min-share, or >= 0.04 for a word of
   the rule lexicon); two-word cues the same way.
2. Candidates: the attribution stage runs over PolNeAR train with learned.COLLECT set, so every
   candidate the second pass would consider is recorded with its features. A candidate is
   positive when a gold attribution's cue overlaps its cue, its content overlaps the gold
   content and its speaker phrase overlaps the gold speaker ("seemed", "is expected" with no
   annotated source are negatives: a claim needs someone who made it).
3. Averaged perceptron over the features; the keep threshold is the lowest score at which
   candidates are still right at least --min-precision of the time, each candidate scored by
   weights trained on the other four fifths of the documents (5-fold). Final weights use
   every document. Words whose candidates clear the threshold under --min-kept of the time
   leave the word table (each proposal costs a frame fit at run time).
4. Content edges: the stage runs again with the new cue scorer and bounds.COLLECT set; for
   every frame with content after its cue that matches a gold content (Jaccard >= 0.5), the
   candidate start and end tokens are labelled by whether they give the gold edge, and an
   averaged ranking perceptron learns to pick one.

Only feature strings and numbers are written, never corpus text. Needs ../shared.

Not rebuilt at later rules, on purpose: the shipped cue_scorer.json was fitted at c6c1607's rules
and bound_scorer.json at 6f4f61c's, so --check finds them stale at later commits (bound_scorer.json
checked at 4270f95). Refitting the edge ranker there (--edges-only) moved PolNeAR dev by 0.001
(exact 0.577 -> 0.578, source 0.906 -> 0.905) and broke tests/test_attribute_shapes.py
(denied-saying-one-claim: content from ', saying'); f0ffc55 reverted an earlier refit for a like
failure. Refit when a rule change calls for it, and check those tests.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from attribcmp.attribute import bounds, learned
from attribcmp.attribute.cues import default_lexicon, tokenize
from attribcmp.data import word_set
from attribcmp.model import Document
from attribcmp.pipeline import attribute

ROOT = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared"
)
OUT = ROOT / "attribcmp" / "data" / "cue_scorer.json"
BOUNDS_OUT = ROOT / "attribcmp" / "data" / "bound_scorer.json"


def _scorer_from(text: str) -> learned.Scorer:
    data = json.loads(text)
    return learned.Scorer(
        prior=data["prior"],
        pairs=frozenset(data["pairs"]),
        weights=data["weights"],
        threshold=data["threshold"],
    )


def _cue_chars(q: dict[str, Any]) -> set[int]:
    out: set[int] = set()
    for s, e in q.get("cue_parts") or ([q["cue"]] if q.get("cue") else []):
        out.update(range(s, e))
    return out


def _content_chars(q: dict[str, Any]) -> set[int]:
    out: set[int] = set()
    for s, e in q.get("content_parts") or [q["content"]]:
        out.update(range(s, e))
    return out


def _speaker_chars(q: dict[str, Any]) -> set[int]:
    out: set[int] = set()
    for s, e in q.get("speaker_parts") or ([q["speaker_span"]] if q.get("speaker_span") else []):
        out.update(range(s, e))
    return out


# Auxiliaries, adverbs and function words sit inside cues ("did not respond to") but never head
# one: they are left out of the word table.
_FUNCTION = default_lexicon().between | word_set(
    "to of a an the in on for with as at by his her their its from that and it this be "
    "about against over out up into than"
)


# Lexicon verbs the rules pass over ("Many voters think ...") are candidates at a lower share.
_LEXICON_FORMS = frozenset(default_lexicon().words)


def word_tables(
    docs: list[dict[str, Any]], min_share: float = 0.12
) -> tuple[dict[str, float], list[str]]:
    total: Counter[str] = Counter()
    in_cue: Counter[str] = Counter()
    pair_total: Counter[str] = Counter()
    pair_cue: Counter[str] = Counter()
    for d in docs:
        text = d["text"]
        cue_of: dict[int, int] = {}
        for n, q in enumerate(d["quotes"]):
            for c in _cue_chars(q):
                cue_of[c] = n
        toks = tokenize(text, 0, len(text))
        for k, t in enumerate(toks):
            total[t.lower] += 1
            here = cue_of.get(t.start)
            if here is not None:
                in_cue[t.lower] += 1
            if k + 1 < len(toks):
                pair = t.lower + " " + toks[k + 1].lower
                pair_total[pair] += 1
                if here is not None and cue_of.get(toks[k + 1].start) == here:
                    pair_cue[pair] += 1
    prior = {
        w: round(in_cue[w] / total[w], 3)
        for w in sorted(in_cue)
        if w[:1].isalpha()
        and w not in _FUNCTION
        and total[w] >= 5
        and in_cue[w] >= 3
        and in_cue[w] / total[w] >= (0.04 if w in _LEXICON_FORMS else min_share)
    }
    pairs = sorted(
        p
        for p in pair_cue
        if pair_cue[p] >= 3 and pair_cue[p] / pair_total[p] >= 0.3 and p.split()[0] in prior
    )
    return prior, pairs


def candidates(docs: list[dict[str, Any]]) -> list[tuple[int, list[str], bool]]:
    """(document number, features, label) for every candidate of the second pass."""
    rows: list[tuple[int, list[str], bool]] = []
    for n, d in enumerate(docs):
        learned.COLLECT = []
        attribute([Document(d["id"], d["text"])])
        golds = [(_cue_chars(q), _content_chars(q), _speaker_chars(q)) for q in d["quotes"]]
        for cue, frame, feats, tokens in learned.COLLECT:
            cue_chars = set(range(tokens[cue.first].start, tokens[cue.last].end))
            content: set[int] = set()
            for a, b in frame.parts:
                content.update(range(tokens[a].start, tokens[b].end))
            speaker = set(range(tokens[frame.speaker[0]].start, tokens[frame.speaker[1]].end))
            good = any(gc & cue_chars and gt & content and gs & speaker for gc, gt, gs in golds)
            rows.append((n, feats, good))
    learned.COLLECT = None
    return rows


def train(rows: list[tuple[int, list[str], bool]], epochs: int) -> dict[str, float]:
    """Averaged perceptron (the lazy-update form), deterministic order."""
    weights: dict[str, float] = defaultdict(float)
    totals: dict[str, float] = defaultdict(float)
    stamps: dict[str, int] = defaultdict(int)
    order = list(range(len(rows)))
    rng = random.Random(7)
    step = 1
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            _, feats, good = rows[k]
            score = sum(weights.get(f, 0.0) for f in feats)
            if (score > 0) != good:
                delta = 1.0 if good else -1.0
                for f in feats:
                    totals[f] += (step - stamps[f]) * weights[f]
                    stamps[f] = step
                    weights[f] += delta
            step += 1
    return {
        f: (totals[f] + (step - stamps[f]) * weights[f]) / step
        for f in weights
        if totals[f] + (step - stamps[f]) * weights[f]
    }


def pick_threshold(scored: list[tuple[float, bool]], min_precision: float) -> float:
    """The lowest threshold whose kept candidates are right >= min_precision of the time."""
    scored.sort(key=lambda x: -x[0])
    best = max(s for s, _ in scored) if scored else 0.0
    right = 0
    for k, (score, good) in enumerate(scored, 1):
        right += good
        if right / k >= min_precision:
            best = score
    return best - 1e-9


_TRIM = set(" \t\r\n\u00a0\"'\u201c\u201d\u2018\u2019\u00ab\u00bb.,;:!?-\u2014\u2013()[]")


def _trimmed_start(text: str, s: int, e: int) -> int:
    while s < e and text[s] in _TRIM:
        s += 1
    return s


def _trimmed_end(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return e


Example = tuple[list[list[str]], list[bool]]


def edge_examples(docs: list[dict[str, Any]]) -> tuple[list[Example], list[Example]]:
    """Start and end ranking examples: each frame's candidate edges, which of them are right."""
    starts: list[Example] = []
    ends: list[Example] = []
    for d in docs:
        text = d["text"]
        bounds.COLLECT = []
        attribute([Document(d["id"], d["text"])])
        golds = [(_content_chars(q), q) for q in d["quotes"]]
        for tokens, cue, frame, cues in bounds.COLLECT:
            pred: set[int] = set()
            for a, b in frame.parts:
                pred.update(range(tokens[a].start, tokens[b].end))
            best, best_j = None, 0.5
            for chars, q in golds:
                inter = len(chars & pred)
                if inter and inter / len(chars | pred) >= best_j:
                    best, best_j = q, inter / len(chars | pred)
            if best is None:
                # An object cut short of the sentence's tail ("claimed [victory] in a tweet"):
                # the gold content sits inside the frame's and starts where it starts.
                ps = _trimmed_start(text, tokens[frame.parts[0][0]].start, len(text))
                best = next(
                    (
                        q
                        for chars, q in golds
                        if chars
                        and chars <= pred
                        and _trimmed_start(text, min(chars), len(text)) == ps
                    ),
                    None,
                )
            if best is None:
                continue
            parts = best.get("content_parts") or [best["content"]]
            gs = _trimmed_start(text, parts[0][0], parts[-1][1])
            ge = _trimmed_end(text, parts[0][0], parts[-1][1])
            first, last = frame.parts[0][0], frame.parts[-1][1]
            cands = bounds.start_candidates(tokens, cue, frame)
            right = [_trimmed_start(text, tokens[k].start, len(text)) == gs for k in cands]
            if any(right):
                feats = [bounds.start_features(tokens, cue, frame, k, first) for k in cands]
                starts.append((feats, right))
            cands = bounds.end_candidates(tokens, cue, frame, cues)
            right = [_trimmed_end(text, 0, tokens[k].end) == ge for k in cands]
            if any(right):
                feats = [bounds.end_features(tokens, cue, frame, k, last) for k in cands]
                ends.append((feats, right))
    bounds.COLLECT = None
    return starts, ends


def train_ranker(examples: list[Example], epochs: int) -> dict[str, float]:
    """Averaged ranking perceptron: the best-scored candidate should be a right one."""
    weights: dict[str, float] = defaultdict(float)
    totals: dict[str, float] = defaultdict(float)
    stamps: dict[str, int] = defaultdict(int)
    order = list(range(len(examples)))
    rng = random.Random(11)
    step = 1

    def bump(feats: list[str], delta: float) -> None:
        for f in feats:
            totals[f] += (step - stamps[f]) * weights[f]
            stamps[f] = step
            weights[f] += delta

    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            feats, right = examples[k]
            scores = [sum(weights.get(f, 0.0) for f in fs) for fs in feats]
            top = max(range(len(feats)), key=lambda i: (scores[i], -i))
            if not right[top]:
                good = max((i for i in range(len(feats)) if right[i]), key=lambda i: scores[i])
                bump(feats[good], 1.0)
                bump(feats[top], -1.0)
            step += 1
    return {
        f: (totals[f] + (step - stamps[f]) * weights[f]) / step
        for f in weights
        if totals[f] + (step - stamps[f]) * weights[f]
    }


def train_cues(docs: list[dict[str, Any]], args: argparse.Namespace) -> str:
    """Step 1-3: the word table and the cue scorer, as the text of OUT."""
    prior, pairs = word_tables(docs, args.min_share)
    table = learned.Scorer(prior, frozenset(pairs), {}, 0.0)
    learned.scorer = lambda: table  # type: ignore[assignment]
    rows = candidates(docs)
    scored: list[tuple[float, bool]] = [(0.0, False)] * len(rows)
    for fold in range(5):  # every candidate scored by weights that never saw its document
        fit = train([r for r in rows if r[0] % 5 != fold], args.epochs)
        for k, (n, feats, good) in enumerate(rows):
            if n % 5 == fold:
                scored[k] = (sum(fit.get(f, 0.0) for f in feats), good)
    threshold = pick_threshold(list(scored), args.min_precision)
    # Words whose candidates rarely clear the threshold (under --min-kept of the time) are not
    # proposed at all: each proposal costs a frame fit at run time.
    proposed: Counter[str] = Counter()
    kept_words: Counter[str] = Counter()
    for (_, feats, _), (score, _) in zip(rows, scored, strict=True):
        word = next(f[2:] for f in feats if f.startswith("w="))
        proposed[word] += 1
        kept_words[word] += score > threshold
    prior = {w: p for w, p in prior.items() if kept_words[w] >= args.min_kept * proposed[w] > 0}
    weights = train(rows, args.epochs)
    kept = {f: round(w, 3) for f, w in sorted(weights.items()) if abs(w) >= 0.01}
    text = (
        json.dumps(
            {
                "about": "bench/train_cue_scorer.py on PolNeAR train; feature weights only",
                "threshold": round(threshold, 3),
                "prior": prior,
                "pairs": pairs,
                "weights": kept,
            },
            sort_keys=True,
            separators=(",", ":"),
        )
        + "\n"
    )
    pos = sum(g for _, _, g in rows)
    print(
        f"{len(prior)} cue words, {len(pairs)} pairs, {len(rows)} candidates ({pos} positive), "
        f"{len(kept)} weights, threshold {threshold:.3f} ({len(text) / 1e3:.0f} kB)"
    )
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # 0.55, not 0.6 (2026-11-30): the claims kept at 0.6 matched a gold attribution 95% of the
    # time on train, and 0.55 raised dev F1 (0.766/0.684/0.535 -> 0.771/0.688/0.535); 0.45
    # starts costing exact boundaries and speakers.
    parser.add_argument("--min-precision", type=float, default=0.55)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--min-kept", type=float, default=0.25)
    # 0.12: 0.06 or 0.08 proposed more words but scored no better on dev (0.777/0.697/0.551
    # and 0.779/0.700/0.548 against 0.779/0.699/0.550, 2026-11-30).
    parser.add_argument("--min-share", type=float, default=0.12)
    # Retrain only the content-edge ranker on top of the shipped cue scorer (2026-11-30: a fresh
    # cue scorer from today's pipeline scored the same on PolNeAR but cost speaker accuracy on
    # the disputes dev set, so the shipped one stays).
    parser.add_argument("--edges-only", action="store_true")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a shipped file differs"
    )
    args = parser.parse_args()
    path = SHARED / "corpora" / "polnear" / "train.jsonl"
    if not path.exists():
        print(f"skipped: {path} absent")
        return 0
    docs = [json.loads(line) for line in path.open(encoding="utf-8")]
    bounds.weights = lambda: None  # type: ignore[assignment]  # frames as the rules left them
    cue_text = OUT.read_text(encoding="utf-8") if args.edges_only else train_cues(docs, args)
    fresh = _scorer_from(cue_text)
    learned.scorer = lambda: fresh  # type: ignore[assignment]  # the weights just fitted
    starts, ends = edge_examples(docs)
    edge_weights = train_ranker(starts + ends, args.epochs)
    kept_edges = {f: round(w, 3) for f, w in sorted(edge_weights.items()) if abs(w) >= 0.01}
    bounds_text = (
        json.dumps(
            {
                "about": "bench/train_cue_scorer.py on PolNeAR train; feature weights only",
                "weights": kept_edges,
            },
            sort_keys=True,
            separators=(",", ":"),
        )
        + "\n"
    )
    print(
        f"edges: {len(starts)} start and {len(ends)} end examples, {len(kept_edges)} weights "
        f"({len(bounds_text) / 1e3:.0f} kB)"
    )
    outputs = (
        {BOUNDS_OUT: bounds_text} if args.edges_only else {OUT: cue_text, BOUNDS_OUT: bounds_text}
    )
    if args.check:
        stale = [p for p, text in outputs.items() if p.read_text(encoding="utf-8") != text]
        for path in outputs:
            print(
                f"{path.name} "
                + ("differs: run this script to refit" if path in stale else "up to date")
            )
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
