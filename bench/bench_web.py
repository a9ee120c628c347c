"""Web pages: whole-process ``attribcmp report`` on a saved news page against the same article
as plain text, and the cost of extraction on pages at the size limits.

Usage: python bench/bench_web.py

Targets (issue 9): ``report`` on a saved page under 1 s, whole process; a 16 MB page or one at
the element cap read in bounded time and memory. Whole processes are timed best of five, so
imports (trafilatura, lxml) count as a user feels them; the limit pages are built in memory
from the test fixture and timed in one process each, with peak RSS from ``resource``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "web"

_LIMIT_CASE = """
import resource, sys, time
from attribcmp.web import html_document, MAX_ELEMENTS
page = open(sys.argv[1], encoding="utf-8").read()
kind = sys.argv[2]
if kind == "elements":
    item = "<li><a href='/x'>Minister says the talks will resume next month</a></li>"
    page = page.replace("<footer", "<ul>" + item * ((MAX_ELEMENTS - 400) // 2) + "</ul><footer")
elif kind == "script":
    blob = '<script>window.__STATE__ = "' + "ab " * 5_000_000 + '";</script>'
    page = page.replace("</head>", blob + "</head>")
elif kind == "over-cap":
    item = "<li><a href='/x'>More news</a></li>"
    page = page.replace("<footer", "<ul>" + item * 300_000 + "</ul><footer")
data = page.encode()
start = time.perf_counter()
try:
    html_document(data, "page.html", "page")
    outcome = "read"
except Exception as exc:
    outcome = "refused: " + str(exc)[:60]
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{len(data) / 1e6:5.1f} MB  {took:6.2f} s  peak {peak:5.0f} MB  {outcome}")
"""


def best_of(args: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.parse_args()
    run = [sys.executable, "-m", "attribcmp", "report"]
    for name in ("article", "strike"):
        text = best_of([*run, str(FIXTURES / f"{name}.txt")])
        page = best_of([*run, str(FIXTURES / f"{name}.html")])
        print(f"report {name}.txt:  {text * 1000:6.0f} ms   {name}.html: {page * 1000:6.0f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "case.py"
        script.write_text(_LIMIT_CASE, encoding="utf-8")
        for kind in ("elements", "script", "over-cap"):
            result = subprocess.run(
                [sys.executable, str(script), str(FIXTURES / "article.html"), kind],
                check=True,
                capture_output=True,
                text=True,
            )
            print(f"{kind:>9}: {result.stdout.strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
