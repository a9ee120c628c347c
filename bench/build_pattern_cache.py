"""Rebuild attribcmp/data/patterns.bin: the regular expressions the sample reports compile,
compiled ahead of time for the CLI's start-up (attribcmp/pattern_cache.py says how they are used).

Usage: python bench/build_pattern_cache.py [--check]

Runs the text report of each sample article, then every sample's outputs (samples/*/case.yaml:
report, compare, in each format) in one process, records every pattern ``re`` compiles on
the way (the package's, and click's and rich's), and stores them as this interpreter compiles
them. It records twice, under two hash seeds, and keeps the patterns both runs compiled: a
pattern built from a set's order differs from run to run and would never be found.
Run it after editing patterns, or with another Python (the table holds for the exact
version it was built with and is ignored elsewhere). A stale table is never wrong, only
slower: a pattern not found in it is compiled as before.
With --check nothing is written; exit 1 when the table is out of date.
"""

from __future__ import annotations

import argparse
import marshal
import os
import subprocess
import sys
from pathlib import Path

# Recorded from the first import on: module patterns compile while the package loads.
from re import _compiler  # type: ignore[attr-defined]  # noqa: E402

_SEEN: list[tuple[str, int]] = []
_COMPILE = _compiler.compile


def _recording(pattern: object, flags: int = 0) -> object:
    if isinstance(pattern, str):
        _SEEN.append((pattern, int(flags)))
    return _COMPILE(pattern, flags)


_compiler.compile = _recording

import yaml  # noqa: E402
from click.testing import CliRunner  # noqa: E402

from attribcmp.cli import cli  # noqa: E402
from attribcmp.pattern_cache import TABLE, build_table  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
# re keeps 512 patterns; the table fills at most this many of them, leaving room for the rest
_MOST = 400


def _runs() -> list[tuple[Path, list[str]]]:
    cases = sorted((ROOT / "samples").glob("*/case.yaml"))
    # the founding article first: bench/bench_report.py times its text report
    cases.sort(key=lambda case: case.parent.name != "founding")
    runs = [
        (case.parent, ["report", "article.txt"])
        for case in cases
        if (case.parent / "article.txt").exists()
    ]
    for case in cases:
        outputs = yaml.safe_load(case.read_text(encoding="utf-8")).get("outputs") or {}
        runs.extend((case.parent, [str(a) for a in args]) for args in outputs.values())
    return runs


def record() -> list[tuple[str, int]]:
    """The (source, flags) pairs the runs compile in this process, in order of first use."""
    runner = CliRunner()
    here = Path.cwd()
    for where, args in _runs():
        os.chdir(where)
        try:
            runner.invoke(cli, args, catch_exceptions=False)
        finally:
            os.chdir(here)
    runner.invoke(cli, ["--help"], catch_exceptions=False)
    return list(dict.fromkeys(_SEEN))


def build() -> bytes:
    found = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        child = [sys.executable, __file__, "--record"]
        done = subprocess.run(child, env=env, capture_output=True, check=True)
        found.append(marshal.loads(done.stdout))
    both = set(found[1])
    return build_table([p for p in found[0] if p in both][:_MOST])


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the table is stale")
    parser.add_argument("--record", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.record:  # one recording run, its pairs written to stdout (build() reads them)
        sys.stdout.buffer.write(marshal.dumps(record()))
        return 0
    table = build()
    current = TABLE.read_bytes() if TABLE.exists() else b""
    if args.check:
        if table != current:
            print(f"{TABLE.name} is out of date: run python bench/build_pattern_cache.py")
            return 1
        print(f"{TABLE.name} is up to date")
        return 0
    TABLE.write_bytes(table)
    print(f"wrote {TABLE.relative_to(ROOT)} ({len(table)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
