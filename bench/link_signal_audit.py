"""Which link signals earn their keep on the disputes dev set.

Usage: python bench/link_signal_audit.py [--case NAME] [--links] [--fine]

Runs the tool on every dev case (as ``eval_disputes.py --split dev`` does), matches its claims
to the gold claims and, for every tool link between two matched claims, records each signal
that fired on it (the JSON ``signals`` list) and whether the link is a gold link. Prints one
row per signal: links it is on that are gold (``ok``) or not (``false``), in how many cases
each happens, and the same counted for links where it is the only signal (``alone``).
``--fine`` splits signals by what their reason names (the contrast marker, the framing, the
topic, the kind of reply), to see which lexicon entries help. ``--links`` lists every link.

A signal that helps in one case only, or fires falsely more often than correctly, is suspect.
Never run on the check split: it reads per-case links.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_disputes import (  # noqa: E402
    ROOT,
    load_cases,
    match_claims,
    predicted_claims,
    run_tool,
)

# Reason prefixes that name a sub-rule: the part after them up to the quote or colon.
_FINE = (
    (re.compile(r"^contrast in the article: '([^']+)'"), "contrast"),
    (re.compile(r"^counter-framing \(([^)]+)\)"), "framing"),
    (re.compile(r"^reply: (its figures are|names \S+ and denies|names)"), "reply"),
    (re.compile(r"^(both sides claim it)"), "event"),
    (re.compile(r"^(same incident)"), "event"),
    (re.compile(r"^same topic[^:]*: ?([^;(']+)"), "topic"),
    (re.compile(r"^(confirms)"), "confirm"),
    (re.compile(r"^denial: '([^']+)'"), "denial"),
    (re.compile(r"^denial (by the accused)"), "denial"),
    (re.compile(r"^(status|rejection): "), "denial"),
    (re.compile(r"^(counter-accusation|who attacked whom): "), "blame"),
    (re.compile(r"^control of [^:]+: (taken|held|in the hands)"), "control"),
    (re.compile(r"^(figures differ|figures overlap|figures agree|same figure)"), "slot"),
    (re.compile(r"^(puts the act on|both put the act on)"), "responsibility"),
)


def fine_keys(link: dict[str, Any]) -> list[str]:
    """The link's signals, each split by what its reason names where that is a sub-rule."""
    keys = list(link.get("signals") or [])
    for reason in link.get("reasons") or []:
        for pattern, name in _FINE:
            m = pattern.search(reason)
            if m and name in keys:
                keys.append(f"{name}:{m.group(1).strip().lower()}")
                break
    return keys


def _gap(
    a: tuple[str, list[int]],
    b: tuple[str, list[int]],
    texts: dict[str, str],
    doc_file: dict[str, str],
) -> str:
    """Sentence ends between two claims of one document ("apart" across documents)."""
    if a[0] != b[0]:
        return "apart"
    text = texts.get(doc_file.get(a[0], ""), "")
    lo, hi = sorted((a[1][1], b[1][0])) if a[1][0] <= b[1][0] else sorted((b[1][1], a[1][0]))
    return str(len(re.findall(r"[.!?][\"”’]?\s", text[lo:hi])))


def audit(case_name: str | None, fine: bool, show_links: bool) -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = defaultdict(
        lambda: {
            "ok": 0,
            "false": 0,
            "ok_cases": set(),
            "false_cases": set(),
            "alone_ok": 0,
            "alone_false": 0,
            "rel_ok": 0,
        }
    )
    for case in load_cases(ROOT, case_name, "dev"):
        data = run_tool(case, use_subprocess=False)
        matched = match_claims(case.claims, predicted_claims(case, data))
        to_gold = {p.id: g for g, p in matched.items()}
        gold = {frozenset((x.a, x.b)): x.relation for x in case.links}
        texts = {f: (case.path / f).read_text(encoding="utf-8") for f in case.files}
        docs = [str(d.get("id")) for d in data.get("documents", [])]
        doc_file = dict(zip(docs, case.files, strict=False))
        spans = {str(c["id"]): (str(c.get("doc")), c["content"]["span"]) for c in data["claims"]}
        for link in data.get("links") or []:
            a, b = str(link["a"]), str(link["b"])
            if a not in to_gold or b not in to_gold:
                continue
            rel = gold.get(frozenset((to_gold[a], to_gold[b])))
            good = rel is not None
            signals = list(link.get("signals") or [])
            keys = fine_keys(link) if fine else signals
            if show_links:
                mark = f"ok({rel})" if good else "FALSE"
                gap = _gap(spans[a], spans[b], texts, doc_file)
                print(
                    f"{case.name} {a}-{b} [{to_gold[a]}-{to_gold[b]}] {link['relation']} "
                    f"{mark} gap={gap} {','.join(keys)} | "
                    f"{' | '.join(link.get('reasons') or [])[:160]}"
                )
            for key in keys:
                row = table[key]
                row["ok" if good else "false"] += 1
                row["ok_cases" if good else "false_cases"].add(case.name)
                row["rel_ok"] += good and rel == link["relation"]
                if len(signals) == 1:
                    row["alone_ok" if good else "alone_false"] += 1
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", help="one dev case only")
    parser.add_argument("--fine", action="store_true", help="split signals by their reason")
    parser.add_argument("--links", action="store_true", help="list every link")
    args = parser.parse_args(argv)
    table = audit(args.case, args.fine, args.links)
    print(
        f"{'signal':32} {'ok':>4} {'false':>5} {'cases+':>6} {'cases-':>6} "
        f"{'alone+':>6} {'alone-':>6} {'rel ok':>6}  verdict"
    )
    for key, row in sorted(table.items(), key=lambda kv: (-kv[1]["ok"] - kv[1]["false"], kv[0])):
        suspect = []
        if len(row["ok_cases"]) <= 1:
            suspect.append("one case")
        if row["false"] > row["ok"]:
            suspect.append("more false")
        print(
            f"{key[:32]:32} {row['ok']:4} {row['false']:5} {len(row['ok_cases']):6} "
            f"{len(row['false_cases']):6} {row['alone_ok']:6} {row['alone_false']:6} "
            f"{row['rel_ok']:6}  {'SUSPECT: ' + ', '.join(suspect) if suspect else ''}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
