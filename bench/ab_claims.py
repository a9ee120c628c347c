"""CPU-time A/B of ``claims`` between this checkout and another, alternating per document.

Usage: python bench/ab_claims.py OTHER_CHECKOUT [--docs N] [--rounds R]

On a shared host, timing two checkouts one after the other compares the host's load more than
the code (the same run swings by 30-50%). Here two worker processes, one per checkout, attribute
PolNeAR train documents in turn, A then B on each document (B then A in every other round), and
each reports the CPU time of that one document: the load of any moment falls on both alike. The
workers also compare their JSON lines, so the ratio is printed only with "identical" or the
number of documents whose output differs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from shared_path import find_shared

HERE = Path(__file__).resolve().parents[1]

# The worker: reads document numbers on stdin, answers "cpu_seconds digest" for each.
_WORKER = """
import hashlib, json, sys, time
from attribcmp.model import Document
from attribcmp.pipeline import attribute
from attribcmp.render.json import render_jsonl_line
docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
for d in docs[-20:]:  # warm the lexicon caches and lazy patterns, as a long batch would be
    render_jsonl_line(attribute([Document(d["id"], d["text"])]), d["id"])
print("ready", flush=True)
for line in sys.stdin:
    d = docs[int(line)]
    start = time.process_time()
    out = render_jsonl_line(attribute([Document(d["id"], d["text"])]), d["id"])
    spent = time.process_time() - start
    print(spent, hashlib.sha256(out.encode("utf-8")).hexdigest()[:16], flush=True)
"""


def _worker(checkout: Path, corpus: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(checkout))
    proc = subprocess.Popen(
        [sys.executable, "-c", _WORKER, str(corpus)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=checkout,
    )
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "ready":
        raise SystemExit(f"worker for {checkout} did not start")
    return proc


def _ask(proc: subprocess.Popen[str], index: int) -> tuple[float, str]:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(f"{index}\n")
    proc.stdin.flush()
    spent, digest = proc.stdout.readline().split()
    return float(spent), digest


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("other", type=Path, help="the checkout to compare with (its root)")
    parser.add_argument("--docs", type=int, default=300, help="PolNeAR train documents")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    corpus = find_shared() / "corpora" / "polnear" / "train.jsonl"
    if not corpus.exists():
        print(f"skipped: {corpus} absent")
        return 0
    with corpus.open(encoding="utf-8") as handle:
        count = min(args.docs, sum(1 for _ in handle) - 20)  # the last 20 only warm up
    workers = {"this": _worker(HERE, corpus), "other": _worker(args.other.resolve(), corpus)}
    spent = dict.fromkeys(workers, 0.0)
    differ = 0
    try:
        for r in range(args.rounds):
            order = list(workers) if r % 2 == 0 else list(workers)[::-1]
            for index in range(count):
                digests = set()
                for name in order:
                    seconds, digest = _ask(workers[name], index)
                    spent[name] += seconds
                    digests.add(digest)
                differ += r == 0 and len(digests) > 1
    finally:
        for proc in workers.values():
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait()
    same = "identical" if not differ else f"{differ} documents differ"
    print(
        f"{count} docs x {args.rounds} rounds, CPU s: this {spent['this']:.2f}, "
        f"other {spent['other']:.2f}; other/this = {spent['other'] / spent['this']:.3f} "
        f"(> 1: this checkout is faster); outputs {same}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
