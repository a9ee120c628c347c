"""Cross-document work at scale, and the process pool: time for whole commands' pipelines.

Usage: python bench/bench_scale.py [--skip-jobs]

1. ``compare`` with 50 accounts of one event (seeded synthetic readouts that share a topic
   vocabulary, so alignment has many candidate pairs). Target: a few seconds.
2. ``report`` on one article with 2,000 claims (PolNeAR train documents joined until they hold
   2,000 claims; a synthetic article when ../shared is absent). Target: a few seconds.
3. ``report`` on one article of 2,000 near-identical claims from two sides (every pair of
   claims matches): time and peak memory, in a child process. Target: a few seconds.
4. ``claims --jsonl --jobs 1`` vs ``--jobs 2`` on PolNeAR train, whole processes, best of 3,
   and whether the outputs are byte-identical. Target: >= 1.6x on 2 idle cores.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shared_path import find_shared

from attribcmp import pipeline
from attribcmp.model import Document
from attribcmp.render.json import iter_json

TRAIN = find_shared() / "corpora" / "polnear" / "train.jsonl"
_SPEAKERS = ("the minister", "a spokesman", "the army", "officials", "the governor", "police")
_FIGURES = ("12", "15", "22", "40", "dozens of", "hundreds of")
_EVENTS = (
    "{n} people were killed in the flood near the river",
    "the talks on the ceasefire would resume next week",
    "{n} troops had crossed the border overnight",
    "the budget would cut fuel subsidies by {n} percent",
    "the court would hear the appeal on Monday",
    "aid convoys had reached {n} villages",
    "the bridge would reopen after repairs",
    "the election results would be announced soon",
)


def _account(k: int, rng: random.Random) -> str:
    lines = []
    for _ in range(12):
        event = rng.choice(_EVENTS).format(n=rng.choice(_FIGURES))
        who = rng.choice(_SPEAKERS)
        lines.append(f"{who.capitalize()} of region {k % 7} said {event}.")
    return "\n\n".join(lines) + "\n"


def _timed(label: str, run: object, target: float) -> None:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        out = run()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    print(f"{label}: {best:.2f} s (best of 3; target < {target:g} s) {out}")


def compare_50() -> None:
    rng = random.Random(50)
    docs = [Document(f"a{k}", _account(k, rng), issuer=f"side{k}") for k in range(50)]

    def run() -> str:
        report = pipeline.compare(docs)
        size = sum(map(len, iter_json(report)))
        return f"[{len(report.claims)} claims, {len(report.groups or ())} groups, {size} B json]"

    _timed("compare, 50 accounts of one event", run, 5)


def report_2000() -> None:
    if TRAIN.exists():
        texts = [json.loads(line)["text"] for line in TRAIN.open(encoding="utf-8")]
    else:
        rng = random.Random(2000)
        texts = [_account(k, rng) for k in range(200)]
    joined: list[str] = []
    count = 0
    for text in texts:
        joined.append(text)
        count += len(pipeline.attribute([Document("x", text)]).claims)
        if count >= 2000:
            break
    article = Document("big", "\n\n".join(joined))

    def run() -> str:
        report = pipeline.report([article])
        size = sum(map(len, iter_json(report)))
        return f"[{len(report.claims)} claims, {len(report.groups or ())} groups, {size} B json]"

    _timed(f"report, one article of {len(article.text)} chars", run, 5)


def report_repeated() -> None:
    who = ("The minister", "The opposition leader")
    lines = [
        f"{who[k % 2]} said the new budget would cut fuel subsidies and raise taxes on "
        f"imported goods in region {k % 5} this year."
        for k in range(2000)
    ]
    code = (
        "import resource, sys, time\n"
        "from attribcmp import pipeline\n"
        "from attribcmp.model import Document\n"
        "text = sys.stdin.read()\n"
        "start = time.perf_counter()\n"
        "report = pipeline.report([Document('x', text)])\n"
        "secs = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(f'{secs:.2f} s, peak {peak:.0f} MB [{len(report.claims)} claims, '\n"
        "      f'{len(report.groups or ())} groups]')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input="\n\n".join(lines),
        capture_output=True,
        text=True,
        check=True,
    )
    print(
        f"report, 2,000 near-identical claims from two sides: {done.stdout.strip()} (target < 5 s)"
    )


def jobs() -> None:
    if not TRAIN.exists():
        print(f"jobs: skipped ({TRAIN} absent)")
        return
    outputs: dict[int, bytes] = {}
    times: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (1, 2, 1, 2, 1, 2):
            out = Path(tmp) / f"out{n}.jsonl"
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "attribcmp", "claims", "--jsonl", str(TRAIN)]
                + ["--jobs", str(n), "-o", str(out)],
                check=True,
            )
            secs = time.perf_counter() - start
            times[n] = min(times.get(n, secs), secs)
            outputs[n] = out.read_bytes()
    same = "identical" if outputs[1] == outputs[2] else "DIFFERENT"
    print(
        f"claims --jsonl PolNeAR train: --jobs 1 {times[1]:.2f} s, --jobs 2 {times[2]:.2f} s "
        f"= {times[1] / times[2]:.2f}x (target >= 1.6 on 2 idle cores); outputs {same}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--skip-jobs", action="store_true", help="leave out step 4 (--jobs 2)")
    args = parser.parse_args()
    compare_50()
    report_2000()
    report_repeated()
    if not args.skip_jobs:
        jobs()
    return 0


if __name__ == "__main__":
    sys.exit(main())
