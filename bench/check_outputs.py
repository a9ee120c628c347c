"""Snapshot of what the tool prints, to show a speed-up changed no output (behaviour-neutral).

Usage: python bench/check_outputs.py --write FILE     # before a change
       python bench/check_outputs.py --check FILE     # after it: exit 1 on any difference

The snapshot holds ``attribcmp claims --jsonl`` over PolNeAR train and dev (run in this process
through click's runner, so it is the CLI's own output) and ``report``/``compare --format json``
for every case in bench/disputes/. Needs ../shared beside the checkout for PolNeAR; without it
only the disputes cases are taken.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from eval_disputes import _run_in_process, load_cases, tool_args
from shared_path import find_shared


def snapshot() -> list[str]:
    """One entry per section: a name line followed by the tool's output."""
    from click.testing import CliRunner

    from attribcmp.cli import cli

    parts: list[str] = []
    polnear = find_shared() / "corpora" / "polnear"
    for split in ("train", "dev"):
        path = polnear / f"{split}.jsonl"
        if not path.exists():
            continue
        result = CliRunner().invoke(cli, ["claims", "--jsonl", str(path)], catch_exceptions=False)
        parts.append(f"== polnear {split} (exit {result.exit_code})\n{result.stdout}")
    for case in load_cases():
        out = _run_in_process(case.path, tool_args(case))
        parts.append(f"== disputes {case.path.name}\n{out}")
    return parts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, metavar="FILE")
    group.add_argument("--check", type=Path, metavar="FILE")
    args = parser.parse_args()
    text = "".join(snapshot())
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    if args.write:
        args.write.write_text(text, encoding="utf-8")
        print(f"wrote {args.write} ({len(text)} chars, sha256 {digest})")
        return 0
    old = args.check.read_text(encoding="utf-8")
    if old == text:
        print(f"identical ({len(text)} chars, sha256 {digest})")
        return 0
    old_parts = old.split("\n== ")
    new_parts = text.split("\n== ")
    for a, b in zip(old_parts, new_parts, strict=False):
        if a != b:
            name = b.split("\n", 1)[0]
            for i, (x, y) in enumerate(zip(a.splitlines(), b.splitlines(), strict=False)):
                if x != y:
                    print(f"DIFFERENT in {name!r}, line {i}:\n- {x[:300]}\n+ {y[:300]}")
                    break
            else:
                print(f"DIFFERENT in {name!r}: lengths differ")
            break
    else:
        print(f"DIFFERENT: {len(old_parts)} sections before, {len(new_parts)} now")
    print(json.dumps({"before_chars": len(old), "now_chars": len(text)}))
    return 1


if __name__ == "__main__":
    sys.exit(main())
