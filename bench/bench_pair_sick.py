"""3-way accuracy of ``attribcmp pair`` on SICK sentence pairs.

Usage: python bench/bench_pair_sick.py [SICK_DIR] [--errors N]

Maps the relation to SICK's labels (converge -> ENTAILMENT, diverge -> CONTRADICTION, anything
else -> NEUTRAL) and prints the accuracy on trial (the check, never fitted on) and train (where
the rules were tuned and the plain weights of the learned layer fitted), with a confusion
table for each. ``--errors N`` prints N wrong pairs from train
only, so the trial split stays unread while tuning. Skips cleanly when the corpus is
absent (it lives outside the repository, in ../shared).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from shared_path import find_shared

from attribcmp.classify import relate_statements
from attribcmp.textfeatures import load_concepts

DEFAULT = find_shared() / "corpora" / "sick"
LABELS = ("ENTAILMENT", "CONTRADICTION", "NEUTRAL")
TO_LABEL = {"converge": "ENTAILMENT", "diverge": "CONTRADICTION"}


def _score(rows: list[dict[str, str]], errors: int) -> None:
    concepts = load_concepts()
    start = time.perf_counter()
    confusion = {(g, p): 0 for g in LABELS for p in LABELS}
    shown = 0
    for row in rows:
        result = relate_statements(row["a"], row["b"], concepts=concepts)
        guess = TO_LABEL.get(result.relation.value, "NEUTRAL")
        confusion[(row["label"], guess)] += 1
        if guess != row["label"] and shown < errors:
            shown += 1
            print(f"  {row['label'][:4]} got {result.relation.value}: {row['a']} | {row['b']}")
            print(f"      {'; '.join(result.reasons[1:])[:200]}")
    elapsed = time.perf_counter() - start
    right = sum(confusion[(x, x)] for x in LABELS)
    print(f"  pairs: {len(rows)} in {elapsed:.2f} s, accuracy {right / len(rows):.4f}")
    print("  gold \\ guess  " + "  ".join(f"{p[:7]:>7}" for p in LABELS))
    for g in LABELS:
        print(f"  {g:13} " + "  ".join(f"{confusion[(g, p)]:7d}" for p in LABELS))


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong pairs")
    args = parser.parse_args()
    errors = args.errors
    folder = args.folder
    if not (folder / "trial.jsonl").is_file():
        print(f"skipped: {folder / 'trial.jsonl'} not found")
        return 0
    for split in ("trial", "train"):
        path = folder / f"{split}.jsonl"
        if not path.is_file():
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        print(f"SICK {split} (3-way: converge=ENTAILMENT, diverge=CONTRADICTION, else NEUTRAL)")
        _score(rows, errors if split == "train" else 0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
