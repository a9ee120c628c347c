"""Attribution accuracy on PolNeAR, scored by the corpus's own scorer.

Usage: python bench/eval_polnear.py [dev|train]   (default dev)

Runs the same path as ``attribcmp claims --jsonl`` (pipeline.attribute + the JSONL renderer)
and prints the scorer's figures next to the issue's floors. Needs ../shared beside the
checkout; exits 0 with a note when it is absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

# ../shared beside the checkout; a worktree nested deeper finds it further up.
SHARED = next(
    (p / "shared" for p in Path(__file__).resolve().parents[1:] if (p / "shared").is_dir()),
    Path(__file__).resolve().parents[1].parent / "shared",
)
FLOORS = {"content_any": 0.790, "attrib_any": 0.716, "content_exact": 0.576}


def load_scorer() -> ModuleType | None:
    path = SHARED / "eval" / "score_attrib.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("score_attrib", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate(split: str = "dev") -> dict[str, Any] | None:
    """Score attribcmp on a PolNeAR split; None when ../shared is not there."""
    from attribcmp.model import Document
    from attribcmp.pipeline import attribute
    from attribcmp.render.json import render_jsonl_line

    scorer = load_scorer()
    gold_path = SHARED / "corpora" / "polnear" / f"{split}.jsonl"
    if scorer is None or not gold_path.exists():
        return None
    gold: dict[str, Any] = {}
    pred: dict[str, Any] = {}
    for line in gold_path.open(encoding="utf-8"):
        doc = json.loads(line)
        gold[doc["id"]] = doc
        report = attribute([Document(doc["id"], doc["text"])])
        pred[doc["id"]] = scorer.from_attribcmp(json.loads(render_jsonl_line(report, doc["id"])))
    result: dict[str, Any] = scorer.score(gold, pred)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", nargs="?", default="dev", choices=("dev", "train"))
    # --split as the other benchmarks spell it, so neither form is silently misread
    parser.add_argument("--split", dest="split_opt", choices=("dev", "train"))
    args = parser.parse_args()
    split = args.split_opt or args.split
    start = time.perf_counter()
    result = evaluate(split)
    if result is None:
        print(f"skipped: {SHARED} (PolNeAR and its scorer) is not beside the checkout")
        return 0
    secs = time.perf_counter() - start
    print(
        f"PolNeAR {split}: {result['docs']} docs, gold {result['gold']}, "
        f"pred {result['pred']} ({secs:.1f}s)"
    )
    for key in ("content_any", "content_j50", "content_exact", "attrib_any", "attrib_j50"):
        prf = result[key]
        floor = FLOORS.get(key) if split == "dev" else None  # floors are pinned on dev
        note = f"   floor {floor:.3f} {'ok' if prf['f1'] >= floor else 'BELOW'}" if floor else ""
        print(f"  {key:<14} P {prf['p']:.3f}  R {prf['r']:.3f}  F1 {prf['f1']:.3f}{note}")
    print(f"  source_acc     {result['source_acc']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
