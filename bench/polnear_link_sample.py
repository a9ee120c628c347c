"""A precision check of linking with no gold: links per document on PolNeAR dev, and a random
sample of links to judge by eye.

Usage: python bench/polnear_link_sample.py [--docs N] [--sample K] [--seed S] [--split dev]
       [--only SIGNALS]

Runs ``attribcmp report --format json`` (in-process, as eval_disputes.py does) on the first N
documents of ../shared/corpora/polnear/<split>.jsonl (their ``text`` field), prints how many
cross-side links each document gets (distribution and by signal), then K links drawn at random
(fixed seed) with both claims, their speakers and sides, and the reasons, for a reader to mark
right or wrong. Exits 0 with a note when ../shared is absent. Nothing is copied anywhere.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_disputes import _run_in_process  # noqa: E402
from shared_path import find_shared  # noqa: E402


def run(text: str, folder: Path) -> dict[str, Any]:
    path = folder / "article.txt"
    path.write_text(text, encoding="utf-8")
    result: dict[str, Any] = json.loads(
        _run_in_process(folder, ["report", "article.txt", "--format", "json"])
    )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--split", default="dev")
    parser.add_argument(
        "--only", default="", help="sample only links with exactly these signals (a,b)"
    )
    args = parser.parse_args(argv)
    corpus = find_shared() / "corpora" / "polnear" / f"{args.split}.jsonl"
    if not corpus.exists():
        print(f"no corpus at {corpus}; nothing measured")
        return 0
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    records = records[: args.docs]
    per_doc: list[int] = []
    signals: Counter[str] = Counter()
    relations: Counter[str] = Counter()
    pool: list[tuple[str, dict[str, Any], dict[str, Any], dict[str, Any]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for rec in records:
            data = run(str(rec["text"]), Path(tmp))
            claims = {str(c["id"]): c for c in data.get("claims", [])}
            links = data.get("links") or []
            per_doc.append(len(links))
            for link in links:
                signals.update(link.get("signals") or [])
                relations[str(link.get("relation"))] += 1
                if not args.only or sorted(link.get("signals") or []) == sorted(
                    args.only.split(",")
                ):
                    pool.append((str(rec["id"]), link, claims[link["a"]], claims[link["b"]]))
    total = sum(per_doc)
    print(f"documents {len(per_doc)}; links {total}; per document mean {total / len(per_doc):.2f}")
    print(
        f"  median {statistics.median(per_doc):.0f}, max {max(per_doc)}, "
        f"documents with none {sum(n == 0 for n in per_doc)}"
    )
    print("  relations: " + ", ".join(f"{k} {v}" for k, v in relations.most_common()))
    print("  signals on links: " + ", ".join(f"{k} {v}" for k, v in signals.most_common()))
    rng = random.Random(args.seed)
    for n, (doc, link, a, b) in enumerate(rng.sample(pool, min(args.sample, len(pool))), 1):
        print(f"\n[{n}] {doc} {link['a']}-{link['b']} {link['relation']} {link.get('signals')}")
        for c in (a, b):
            print(f"  {c.get('speaker_name')} ({c.get('side')}): {c['content']['text'][:220]}")
        print("  reasons: " + " | ".join(link.get("reasons") or [])[:300])
    return 0


if __name__ == "__main__":
    sys.exit(main())
