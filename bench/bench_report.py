"""Wall time of a full ``attribcmp report`` on the founding article against bare start-up.

Usage: python bench/bench_report.py

The issue's target: the report is dominated by interpreter start-up. Both are timed as fresh
processes, best of five, so imports count as a user would feel them. An installed package
has its bytecode compiled (pip does it), so the runs may write and read ``__pycache__`` even
where the shell sets PYTHONDONTWRITEBYTECODE, and one untimed run comes first to write it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ARTICLE = Path(__file__).resolve().parents[1] / "samples" / "founding" / "article.txt"


# what a user's installed copy runs with: bytecode cached, not recompiled every start
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def best_of(args: list[str], runs: int = 5) -> float:
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV
        )
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.parse_args()
    python = best_of([sys.executable, "-c", "pass"])
    helps = best_of([sys.executable, "-m", "attribcmp", "--help"])
    report = best_of([sys.executable, "-m", "attribcmp", "report", str(ARTICLE)])
    as_json = best_of(
        [sys.executable, "-m", "attribcmp", "report", str(ARTICLE), "--format", "json"]
    )
    print(f"python start-up:            {python * 1000:6.0f} ms")
    print(f"attribcmp --help:           {helps * 1000:6.0f} ms")
    print(f"attribcmp report (text):    {report * 1000:6.0f} ms")
    print(f"attribcmp report (json):    {as_json * 1000:6.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
