"""Wall time of a full ``attribcmp report`` on the founding article against bare start-up.

Usage: python bench/bench_report.py

The issue's target: the report is dominated by interpreter start-up. Both are timed as fresh
processes, best of five, so imports count as a user would feel them. An installed package
has its bytecode compiled (pip does it), so the runs may write and read ``__pycache__`` even
where the shell sets PYTHONDONTWRITEBYTECODE, and one untimed run comes first to write it.

Each line also gives the process's CPU time (user + system, least of the runs), which a busy
shared host distorts less than the wall time. The breakdown lines say where a report's time
goes, as CPU time inside one fresh process (less noisy than wall time on a shared host),
least of five: importing the CLI (what --help pays),
the first article (the pipeline's imports, tables loaded and patterns compiled on first use,
plus the work), and a second article in the same process (the work alone).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ARTICLE = Path(__file__).resolve().parents[1] / "samples" / "founding" / "article.txt"


# what a user's installed copy runs with: bytecode cached, not recompiled every start
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


# CPU seconds (user + system) of each timed process, least of the runs: on a shared host the
# wall time also holds the waits for a core, which this does not.
CPU: dict[str, float] = {}


def best_of(args: list[str], runs: int = 5) -> float:
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    times = []
    cpu = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV
        )
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    CPU[" ".join(args[1:])] = min(cpu)
    return min(times)


# Run in a fresh interpreter: CPU seconds of the CLI import (after the entry point's set-up),
# a first and a second report.
BREAKDOWN = """
import sys, time
from click.testing import CliRunner
start = time.process_time()
from attribcmp.__main__ import tune_process
tune_process()  # as the console entry point does first
from attribcmp.cli import cli
imported = time.process_time()
CliRunner().invoke(cli, ["report", sys.argv[1]], catch_exceptions=False)
first = time.process_time()
CliRunner().invoke(cli, ["report", sys.argv[1]], catch_exceptions=False)
second = time.process_time()
print(imported - start, first - imported, second - first)
"""


def breakdown(runs: int = 5) -> tuple[float, float, float]:
    """Least CPU time of each step (CLI import, first article, second article) over ``runs``."""
    args = [sys.executable, "-c", BREAKDOWN, str(ARTICLE)]
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env=ENV)
    best = [float("inf")] * 3
    for _ in range(runs):
        out = subprocess.run(args, check=True, capture_output=True, text=True, env=ENV).stdout
        best = [min(b, float(t)) for b, t in zip(best, out.split(), strict=True)]
    return best[0], best[1], best[2]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.parse_args()
    python = best_of([sys.executable, "-c", "pass"])
    helps = best_of([sys.executable, "-m", "attribcmp", "--help"])
    report = best_of([sys.executable, "-m", "attribcmp", "report", str(ARTICLE)])
    as_json = best_of(
        [sys.executable, "-m", "attribcmp", "report", str(ARTICLE), "--format", "json"]
    )
    cpu = list(CPU.values())
    print(f"python start-up:            {python * 1000:6.0f} ms (CPU {cpu[0] * 1000:4.0f} ms)")
    print(f"attribcmp --help:           {helps * 1000:6.0f} ms (CPU {cpu[1] * 1000:4.0f} ms)")
    print(f"attribcmp report (text):    {report * 1000:6.0f} ms (CPU {cpu[2] * 1000:4.0f} ms)")
    print(f"attribcmp report (json):    {as_json * 1000:6.0f} ms (CPU {cpu[3] * 1000:4.0f} ms)")
    imported, first, second = breakdown()
    print(
        f"breakdown (CPU, in-process): import cli {imported * 1000:.0f} ms, "
        f"first article {first * 1000:.0f} ms (second article alone {second * 1000:.0f} ms, "
        f"so one-time loading ~{(first - second) * 1000:.0f} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
