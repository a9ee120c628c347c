"""Accuracy of ``attribcmp pair`` on MRPC news sentence pairs (relation == converge vs "same").

Usage: python bench/bench_pair_mrpc.py [PATH_TO_DEV_JSONL]

Prints the accuracy on the whole file and on its two halves. The even lines are fitted on
(the news weights of the learned layer, bench/train_pair_model.py, and the thresholds in
classify.py/textcompare.py); the odd lines are held out, so the odd-line figure is the honest
one. bench/train_pair_model.py --check also prints the odd->even figure and a 5-fold mean.
Skips cleanly when the corpus is absent (it lives outside the repository, in ../shared).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from shared_path import find_shared

from attribcmp.classify import relate_statements
from attribcmp.model import Relation
from attribcmp.textfeatures import load_concepts

DEFAULT = find_shared() / "corpora" / "mrpc" / "dev.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    path = parser.parse_args().path
    if not path.is_file():
        print(f"skipped: {path} not found")
        return 0
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    concepts = load_concepts()
    start = time.perf_counter()
    hits: list[bool] = []
    relations: dict[str, int] = {}
    for row in rows:
        result = relate_statements(row["a"], row["b"], concepts=concepts)
        relations[result.relation.value] = relations.get(result.relation.value, 0) + 1
        hits.append((result.relation is Relation.CONVERGE) == (row["label"] == "same"))
    elapsed = time.perf_counter() - start
    baseline = sum(row["label"] == "same" for row in rows) / len(rows)
    print(f"pairs: {len(rows)} in {elapsed:.2f} s")
    print(f"accuracy (converge == same): {sum(hits) / len(hits):.4f}")
    print(f"  fitted half (even lines):   {sum(hits[0::2]) / len(hits[0::2]):.4f}")
    print(f"  held-out half (odd lines):  {sum(hits[1::2]) / len(hits[1::2]):.4f}")
    print(f"  always 'same' baseline:     {baseline:.4f}")
    print("relations: " + ", ".join(f"{k} {v}" for k, v in sorted(relations.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
