"""Rebuild attribcmp/data/parsed.tsv: every bundled YAML table, parsed ahead of time as JSON.

Usage: python bench/build_parsed_tables.py [--check]

Run it after editing a table in attribcmp/data/*.yaml (tests/test_data_parsed.py fails while a
line is stale). A stale line is never wrong, only slow: the loader parses that table as YAML.
With --check nothing is written; exit 1 when the file is out of date.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from attribcmp.data import YAML_LOADER
from attribcmp.data.parsed import FILE, table_line

DATA = Path(__file__).resolve().parents[1] / "attribcmp" / "data"


def build() -> str:
    lines = []
    for path in sorted(DATA.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=YAML_LOADER)  # noqa: S506 - a safe loader
        line = table_line(path.name, text, data)
        if line is None:
            print(f"{path.name}: kept as YAML (JSON cannot carry its data exactly)")
            continue
        lines.append(line)
    return "".join(f"{line}\n" for line in lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if parsed.tsv is stale"
    )
    args = parser.parse_args(argv)
    text = build()
    target = DATA / FILE
    old = target.read_text(encoding="utf-8") if target.exists() else ""
    if args.check:
        print("up to date" if old == text else f"{target} is stale: run {parser.prog}")
        return 0 if old == text else 1
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({text.count(chr(10))} tables, {len(text)} chars)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
