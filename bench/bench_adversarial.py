"""Adversarial inputs: time per MB against ordinary news of the same size, and peak memory.

Usage: python bench/bench_adversarial.py [--size KB] [--only SHAPE ...] [--big-mb 16]
       [--command claims|report]

Every shape is built deterministically at the same size (default 390 kB, the size the issue
measured) and run through the path of ``attribcmp claims FILE --format json`` (or, with
``--command report``, of ``attribcmp report``: links, groups and verdicts too) (read,
attribute, write the indented JSON) in a child process of its own, so that each peak RSS is
that shape's alone.
"Ordinary news" is PolNeAR dev joined into one text (repeated or cut to the size), or the
bundled founding article repeated when ../shared is absent.

Times are CPU seconds of the child (read, attribute, write), so that a machine shared with
other work distorts them less than wall time would. Targets: every shape <= 2x the time per MB
of ordinary news; peak RSS <= 150 MB at the 16 MB input limit (the "16 MB" rows: ordinary
news, and a mixture of every shape, at 16 MB).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from shared_path import find_shared

ROOT = Path(__file__).resolve().parents[1]
SHARED = find_shared()
DEV = SHARED / "corpora" / "polnear" / "dev.jsonl"
FALLBACK = ROOT / "samples" / "founding" / "article.txt"

_FIRST = ("James", "Maria", "Ahmed", "Olga", "Chen", "Fatima", "Pierre", "Amara", "Ivan", "Lucia")
_LAST = ("Smith", "Khan", "Novak", "Garcia", "Okafor", "Tanaka", "Rossi", "Haddad", "Silva", "Ali")


def ordinary(size: int) -> str:
    if DEV.exists():
        texts = [json.loads(line)["text"] for line in DEV.open(encoding="utf-8")]
    else:
        texts = [FALLBACK.read_text(encoding="utf-8")]
    base = "\n\n".join(texts)
    return _fit(base, size, "\n\n")


def _one_line(text: str) -> str:
    """Paragraph breaks turned to spaces: one paragraph of ``text``'s length."""
    return " ".join(text.split("\n"))


def _story_repeated(size: int) -> str:
    """One story (the bundled founding article) repeated into a single line, as review14's
    2 MB file was: thousands of copies of every claim, all of them cross-linked."""
    return _fit(_one_line(FALLBACK.read_text(encoding="utf-8")), size, " ")


def _fit(unit: str, size: int, sep: str = "") -> str:
    """``unit`` repeated (joined by ``sep``) and cut to ``size`` characters."""
    reps = size // max(1, len(unit) + len(sep)) + 1
    return (sep.join([unit] * reps))[:size]


def _bytes(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` bytes of UTF-8."""
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def _names(n: int, sep: str) -> str:
    rng = random.Random(8)
    return sep.join(f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(n))


def _speakers(size: int) -> str:
    """Thousands of distinct speakers, each quoted once, then pronouns that look back."""
    rng = random.Random(10)
    out: list[str] = []
    total, k = 0, 0
    while total < size:
        k += 1
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}{k}"
        line = (
            f"{name}, a spokesman for Agency{k}, said the plan was sound. He added it would pass."
        )
        out.append(line)
        total += len(line) + 1
    return "\n".join(out)[:size]


def _nested(size: int) -> str:
    pairs = [("\u201c", "\u201d"), ("\u2018", "\u2019"), ('"', '"'), ("'", "'")]
    depth = 2000
    opening = "".join(f"he said {pairs[i % 4][0]}" for i in range(depth))
    closing = "".join(pairs[i % 4][1] for i in reversed(range(depth)))
    return _fit("The minister said " + opening + "no" + closing + ".\n", size)


def _mixed(size: int) -> str:
    unit = (
        "Президент заявил, что переговоры продолжатся. 外交部发言人说，双方同意合作。"
        "قال المتحدث إن الحكومة ستواصل المحادثات. The minister said “the talks will go on.” "
        "Ο υπουργός δήλωσε ότι συμφώνησαν. "
    )
    return _fit(unit, size, "\n")


SHAPES: dict[str, Callable[[int], str]] = {
    "ordinary news": ordinary,
    "capital run": lambda n: _fit("The minister said " + "A" * n, n),
    "URL-like token": lambda n: _fit("The minister said " + "AbcDef" * (n // 6 + 1), n),
    "'He said that' repeated": lambda n: _fit("He said that ", n),
    "30,000 names, then said": lambda n: _fit(
        _names(30_000, ", ") + " said it was fine.\n", n, "\n"
    ),
    "name list, one run": lambda n: _fit(_names(n // 10, " ") + " said it was fine.", n),
    "quote marks": lambda n: _fit("\u201c\u201d\"'\u2018\u2019", n),
    "no sentence end": lambda n: _fit("the official said that " + "word " * n, n),
    "10k speakers": _speakers,
    "nested quotes": _nested,
    "one-line paragraphs": lambda n: _fit(
        "He said yes.\nShe said no.\n“Fine,” they said.", n, "\n"
    ),
    "mixed scripts": _mixed,
    "commas": lambda n: _fit("He said, " + ", ".join(["x"] * n), n),
    "said said said": lambda n: _fit("said ", n),
    "multi-paragraph quote": lambda n: _fit("The minister said: " + "\u201cIt works.\n" * n, n),
    "news in one paragraph": lambda n: _one_line(ordinary(n)),
    "one story repeated, 1 line": _story_repeated,
}

_CHILD = """
import os, resource, sys, time
from attribcmp.pipeline import attribute, report
from attribcmp.read import read_document
from attribcmp.render.json import iter_json
start = time.process_time()
doc, _ = read_document(sys.argv[1])
run = report if sys.argv[2] == "report" else attribute
with open(os.devnull, "w", encoding="utf-8") as out:
    out.writelines(iter_json(run([doc])))
secs = time.process_time() - start
# The peak of this process alone: ru_maxrss survives exec, so a child of this bench (which holds
# the 16 MB texts) would report at least the parent's size at fork; VmHWM is the new image's own.
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
if os.path.exists("/proc/self/status"):
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(int(x.split()[1]) / 1024 for x in status if x.startswith("VmHWM:"))
print(secs, peak)
"""


def run(text: str, timeout: float, command: str = "claims") -> tuple[float, float] | None:
    """(seconds, peak MB) of one child run, or None when it took longer than ``timeout``."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as fh:
        fh.write(text)
        path = fh.name
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, path, command],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None
    finally:
        Path(path).unlink()
    if proc.returncode:
        raise SystemExit(f"child failed: {proc.stderr.strip().splitlines()[-1]}")
    secs, peak = proc.stdout.split()
    return float(secs), float(peak)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=390, help="kB per shape (default 390)")
    parser.add_argument("--big-mb", type=float, default=16, help="size of the big rows (MB)")
    parser.add_argument("--only", nargs="*", help="shapes to run (default: all)")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument(
        "--command",
        choices=("claims", "report"),
        default="claims",
        help="the path timed: claims (attribution) or report (links, groups, verdicts too)",
    )
    args = parser.parse_args()
    size = args.size * 1000
    base = run(ordinary(size), args.timeout, args.command)
    assert base is not None
    base_rate = base[0] / (size / 1e6)
    print(f"{'shape':<26} {'chars':>9} {'s':>7} {'s/MB':>7} {'vs news':>8} {'peak MB':>8}")
    worst = 1.0
    for name, make in SHAPES.items():
        if args.only and name not in args.only:
            continue
        text = make(size)
        got = base if name == "ordinary news" else run(text, args.timeout, args.command)
        if got is None:
            print(f"{name:<26} {len(text):>9} {'> ' + str(int(args.timeout)):>7}  TIMEOUT")
            worst = float("inf")
            continue
        secs, peak = got
        ratio = secs / (len(text) / 1e6) / base_rate
        worst = max(worst, ratio)
        flag = "" if ratio <= 2 else "  ABOVE 2x"
        print(
            f"{name:<26} {len(text):>9} {secs:>7.2f} {secs / (len(text) / 1e6):>7.2f} "
            f"{ratio:>7.2f}x {peak:>8.0f}{flag}"
        )
    if args.big_mb > 0 and (not args.only or "16 MB" in args.only):
        big = int(args.big_mb * 1024 * 1024)
        for name, text in (
            ("16 MB ordinary news", _bytes(ordinary(big), big)),
            ("16 MB mixture", _bytes("\n".join(make(big // 12) for make in SHAPES.values()), big)),
        ):
            got = run(text, args.timeout * 4, args.command)
            if got is None:
                print(f"{name:<26} {len(text):>9}  TIMEOUT")
                continue
            secs, peak = got
            flag = "" if peak <= 150 else "  ABOVE 150 MB"
            print(
                f"{name:<26} {len(text):>9} {secs:>7.2f} {secs / (len(text) / 1e6):>7.2f} "
                f"{secs / (len(text) / 1e6) / base_rate:>7.2f}x {peak:>8.0f}{flag}"
            )
    print(f"worst shape: {worst:.2f}x ordinary news (target <= 2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
