"""Rebuild attribcmp/data/parsed.tsv: every bundled YAML table, parsed ahead of time as JSON.

Also rebuilds the tables expanded ahead of time from other shipped data, so a start reads
them instead of building them: data/wordnet_index.tsv (wordnet.tsv's rows by stem, and its
synonym rows read backwards), data/matters.json (matters.yaml with its braces expanded and
its words stemmed) and data/topics.json (topics.yaml stemmed): rebuild them after changing
the stemmer too.

Usage: python bench/build_parsed_tables.py [--check]

Run it after editing a table in attribcmp/data/*.yaml, wordnet.tsv or textfeatures.stem
(tests/test_data_parsed.py and tests/test_data_rebuild.py fail while a file is stale). A stale
parsed.tsv line or expanded table is never wrong, only slow: the loader builds that table
from its source instead (not for a stemmer change: the tests catch that).
With --check nothing is written; exit 1 when the file is out of date.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from attribcmp.data import YAML_LOADER
from attribcmp.data.parsed import FILE, table_line
from attribcmp.matters import MATTERS_EXPANDED, matters_json
from attribcmp.topics import TOPICS_EXPANDED, topics_json
from attribcmp.word_pairs import WORDNET_INDEX, wordnet_index_text

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


def expanded() -> dict[str, str]:
    """File name -> text of each table expanded from other shipped data."""
    wordnet = (DATA / "wordnet.tsv").read_text(encoding="utf-8")
    return {
        WORDNET_INDEX: wordnet_index_text(wordnet),
        MATTERS_EXPANDED: matters_json(),
        TOPICS_EXPANDED: topics_json(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a file is stale"
    )
    args = parser.parse_args(argv)
    files = {FILE: build(), **expanded()}
    stale = []
    for name, text in files.items():
        target = DATA / name
        old = target.read_text(encoding="utf-8") if target.exists() else ""
        if args.check:
            if old != text:
                stale.append(name)
                print(f"{target} is stale: run {parser.prog}")
            continue
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target} ({text.count(chr(10))} lines, {len(text)} chars)")
    if args.check and not stale:
        print("up to date")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
