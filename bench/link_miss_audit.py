"""Why gold links are missed: one cause per missed gold link on the disputes dev set.

Usage: python bench/link_miss_audit.py --cases a,b,c [--list]

Runs the tool on each case in process with the linking stage watched, matches its claims to
the gold claims and sorts every gold link the tool does not make into the first cause that
holds:

- ``no claim``: a gold claim of the link matched no predicted claim;
- ``side``: both matched, but the tool puts them on one side, or one has no side (no
  cross-side link can join them);
- ``pruned``: a rule signal was found for the pair and a pruning step took it away;
- ``weak (candidate)``: no rule signal, but the pair is in the learned layer's candidate pool
  (neighbouring claims, the best partner by words): some evidence, below every bar;
- ``weak (words)``: no rule signal, not a candidate, but the pair shares words (overlap at
  least 15 of 100);
- ``no signal``: the claims are present on two sides and nothing ties them.

It also counts the gold links the tool makes with the wrong relation, and for the weak
candidates the probability the trained learned layer (data/link_model.json, shipped off) gives
them: how many reach its bar for adding a pair (0.25), and the median. ``--list`` prints each
missed link with its cause and both gold texts. Never run on the check split.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_disputes import (  # noqa: E402
    ROOT,
    load_cases,
    match_claims,
    predicted_claims,
    predicted_links,
    run_tool,
)

import attribcmp.links as links_module  # noqa: E402
from attribcmp.link_model import trained_link_model  # noqa: E402

# What the linking stage saw in the last run: claim ids, signals before pruning, the learned
# layer's candidate pool and the shared-word score of each pair.
_SEEN: list[dict[str, Any]] = []
_ORIGINAL_CONTEXT = links_module.make_context
# Shared words from this overlap (0-100) are some evidence, though below every bar (the
# closest-point steps of link_words.py start there).
_WEAK_OVERLAP = 15
# The trained layer's probability at which a weak candidate is counted as near its bar.
_SHOWN_P = 0.25


def _watch_context(pairs: Any, features: Any, texts: Any, gathered: Any, named: Any) -> Any:
    context = _ORIGINAL_CONTEXT(pairs, features, texts, gathered, named)
    ids = [c.id for c in pairs.claims]
    _SEEN.append(
        {
            "ids": ids,
            "gathered": {(ids[i], ids[j]): s for (i, j), s in gathered.items()},
            "candidates": {(ids[i], ids[j]) for i, j in context.candidates},
            "score": lambda a, b: pairs.score(ids.index(a), ids.index(b)),
        }
    )
    return context


def _link_claims_watched(*args: Any, **kwargs: Any) -> Any:
    # a trace makes link_claims build the context (and so call make_context) even when the
    # shipped layer is inert; the links it returns are the same
    trace: list[Any] = kwargs.setdefault("trace", [])
    out = _ORIGINAL_LINK(*args, **kwargs)
    if _SEEN:
        # the trained layer's probability for each candidate (shipped off, so it decides
        # nothing): how far below its bar a weak pair stands
        model = trained_link_model()
        ids = _SEEN[-1]["ids"]
        _SEEN[-1]["probability"] = {
            frozenset((ids[c.i], ids[c.j])): model.probability(c.values) for c, _link in trace
        }
    return out


_ORIGINAL_LINK = links_module.link_claims


def audit(names: str, show: bool) -> tuple[Counter[str], list[float]]:
    links_module.make_context = _watch_context
    links_module.link_claims = _link_claims_watched
    causes: Counter[str] = Counter()
    probabilities: list[float] = []
    for case in load_cases(ROOT, names, "dev"):
        _SEEN.clear()
        data = run_tool(case, False)
        pred = predicted_claims(case, data)
        matched = match_claims(case.claims, pred)
        plinks = predicted_links(data, {p.id: p.side for p in pred})
        gold = {c.id: c for c in case.claims}
        seen = _SEEN[-1] if _SEEN else {"gathered": {}, "candidates": set(), "score": None}
        for link in case.links:
            pa, pb = matched.get(link.a), matched.get(link.b)
            if pa is None or pb is None:
                cause = "no claim"
            else:
                rel = plinks.get(frozenset((pa.id, pb.id)))
                key = (pa.id, pb.id) if (pa.id, pb.id) in seen["gathered"] else (pb.id, pa.id)
                if rel is not None:
                    cause = "found" if rel == link.relation else "wrong relation"
                elif pa.side is None or pb.side is None or pa.side == pb.side:
                    cause = "side"
                elif key in seen["gathered"]:
                    cause = "pruned"
                    if show:
                        print(f"{case.name} {link.a}-{link.b}: pruned {seen['gathered'][key]}")
                elif key in seen["candidates"] or (pa.id, pb.id) in seen["candidates"]:
                    cause = "weak (candidate)"
                    p = seen.get("probability", {}).get(frozenset((pa.id, pb.id)), 0.0)
                    causes[f"weak (candidate) model p>={_SHOWN_P}"] += p >= _SHOWN_P
                    probabilities.append(p)
                elif seen["score"] and seen["score"](pa.id, pb.id) >= _WEAK_OVERLAP:
                    cause = "weak (words)"
                else:
                    cause = "no signal"
            causes[f"{link.relation} {cause}"] += 1
            causes[cause] += 1
            if show and cause not in ("found",):
                print(f"{case.name} {link.a}-{link.b} {link.relation}: {cause}")
                for g in (gold[link.a], gold[link.b]):
                    text = (case.path / g.file).read_text("utf-8")[g.start : g.end]
                    print(f"    {g.side} ({g.speaker}): {' '.join(text.split())[:160]}")
    return causes, sorted(probabilities)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", required=True, help="case folder names, comma-separated")
    parser.add_argument("--list", action="store_true", help="each missed link with its cause")
    args = parser.parse_args(argv)
    causes, probabilities = audit(args.cases, args.list)
    for cause, n in sorted(causes.items(), key=lambda kv: (" " in kv[0], kv[0])):
        print(f"{cause}: {n}")
    if probabilities:
        print(f"weak (candidate): median model p {probabilities[len(probabilities) // 2]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
