"""Rebuild attribcmp/data/wordnet.tsv: synonyms, general words and antonyms of common words.

Usage: python bench/build_wordnet_table.py [--check] [WORDNET_DICT_DIR]
  --check: write nothing; exit 1 when the shipped table differs from the rebuilt one
  (exit 2, with a one-line message, when nltk or the WordNet database is missing)

Needs nltk (``pip install nltk``) and the WordNet 3.0 database (Debian: ``apt-get install
wordnet-base wordnet-sense-index``, read from /usr/share/wordnet). The tool itself never needs
either: it reads the table this script writes. Words are keyed by the stem attribcmp's
analyser gives them, so the table joins the pair comparison directly.

What is kept (small on purpose; a common word's first senses are what news means by it):
- only single words whose senses were tagged at least ``MIN_COUNT`` times in SemCor;
- synonyms: other words of the word's first ``SYN_SENSES`` senses of each part of speech,
  when that sense is also among the other word's first ``SYN_SENSES`` senses;
- general words: hypernyms of the first sense (nouns and verbs), up to ``HYPER_DEPTH`` levels,
  for a part of speech that has at least ``HYPER_POS_SHARE`` of the word's tagged uses ("a
  bicycle" is not a kind of "ride", though "to bicycle" is);
- antonyms: WordNet's antonym links of the first ``ANT_SENSES`` senses.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from attribcmp.textfeatures import stem

MIN_COUNT = 3
SYN_SENSES = 2
HYPER_DEPTH = 3
HYPER_POS_SHARE = 0.1
ANT_SENSES = 3
OUT = Path(__file__).resolve().parents[1] / "attribcmp" / "data" / "wordnet.tsv"

# nltk wants this index file; Debian's package leaves it out (it is WordNet's fixed list of
# the 45 lexicographer files).
_LEXNAMES = [
    "adj.all",
    "adj.pert",
    "adv.all",
    "noun.Tops",
    "noun.act",
    "noun.animal",
    "noun.artifact",
    "noun.attribute",
    "noun.body",
    "noun.cognition",
    "noun.communication",
    "noun.event",
    "noun.feeling",
    "noun.food",
    "noun.group",
    "noun.location",
    "noun.motive",
    "noun.object",
    "noun.person",
    "noun.phenomenon",
    "noun.plant",
    "noun.possession",
    "noun.process",
    "noun.quantity",
    "noun.relation",
    "noun.shape",
    "noun.state",
    "noun.substance",
    "noun.time",
    "verb.body",
    "verb.change",
    "verb.cognition",
    "verb.communication",
    "verb.competition",
    "verb.consumption",
    "verb.contact",
    "verb.creation",
    "verb.emotion",
    "verb.motion",
    "verb.perception",
    "verb.possession",
    "verb.social",
    "verb.stative",
    "verb.weather",
    "adj.ppl",
]

HEADER = """\
# Synonyms (s), general words (h) and antonyms (a) of common English words, keyed by
# attribcmp's stem. Derived from WordNet 3.0 by bench/build_wordnet_table.py; do not edit.
#
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS
# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
# RIGHTS. The name of Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database. Title to copyright
# in this software, database and any associated documentation shall at all times remain
# with Princeton University and LICENSEE agrees to preserve same.
"""


INSTALL = (
    "pip install nltk; apt-get install wordnet-base wordnet-sense-index "
    "(or pass the WordNet 3.0 dict folder)"
)


def _reader(source: Path):  # type: ignore[no-untyped-def]
    import nltk

    home = Path(tempfile.mkdtemp())
    root = home / "corpora" / "wordnet"
    shutil.copytree(source, root)
    if not (root / "lexnames").exists():
        lines = (
            f"{n:02d}\t{name}\t{'nvar'.index(name[0]) + 1}" for n, name in enumerate(_LEXNAMES)
        )
        (root / "lexnames").write_text("\n".join(lines) + "\n", encoding="utf-8")
    nltk.data.path.insert(0, str(home))
    from nltk.corpus import wordnet

    return wordnet


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "source",
        nargs="?",
        type=Path,
        default=Path("/usr/share/wordnet"),
        help="the WordNet 3.0 dict folder (default: /usr/share/wordnet)",
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if wordnet.tsv differs"
    )
    args = parser.parse_args(argv)
    try:
        import nltk  # noqa: F401 - only to say what is missing before any work
    except ImportError:
        print(f"{parser.prog} needs nltk, not installed: {INSTALL}")
        return 2
    if not (args.source / "index.noun").is_file():
        print(f"{parser.prog}: no WordNet database at {args.source}: {INSTALL}")
        return 2
    text = build(_reader(args.source))
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.name} " + ("up to date" if same else "differs: run this script to rebuild"))
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10)) - HEADER.count(chr(10))} rows -> {OUT} ({len(text) // 1024} kB)")
    return 0


def build(wn) -> str:  # type: ignore[no-untyped-def]
    """The table's text from an nltk WordNet reader."""
    common: dict[str, int] = {}
    for lemma in wn.all_lemma_names():
        if "_" in lemma or "-" in lemma or not lemma.isalpha():
            continue
        count = sum(
            lem.count() for s in wn.synsets(lemma) for lem in s.lemmas() if lem.name() == lemma
        )
        if count >= MIN_COUNT:
            common[lemma] = count

    def first(word: str, n: int, pos: str | None = None) -> list:  # type: ignore[type-arg]
        by_pos: dict[str, list] = {}  # type: ignore[type-arg]
        for s in wn.synsets(word, pos=pos):
            if any(lem.name() == word for lem in s.lemmas()):
                by_pos.setdefault(s.pos().replace("s", "a"), []).append(s)
        return [s for group in by_pos.values() for s in group[:n]]

    rows: dict[tuple[str, str], set[str]] = {}

    def add(kind: str, word: str, other: str) -> None:
        a, b = stem(word), stem(other)
        if a != b and other in common:
            rows.setdefault((kind, a), set()).add(b)

    for word in sorted(common):
        mine = first(word, SYN_SENSES)
        for s in mine:
            for lem in s.lemmas():
                other = lem.name()
                if other != word and other in common and s in first(other, SYN_SENSES):
                    add("s", word, other)
        uses = {
            pos: sum(
                lem.count()
                for syn in wn.synsets(word, pos=pos)
                for lem in syn.lemmas()
                if lem.name() == word
            )
            for pos in ("n", "v")
        }
        total = max(common[word], 1)
        kept = [pos for pos in ("n", "v") if uses[pos] >= HYPER_POS_SHARE * total]
        for s in [syn for pos in kept for syn in first(word, 1, pos)]:
            frontier, depth = [s], 0
            while frontier and depth < HYPER_DEPTH:
                frontier = [h for f in frontier for h in f.hypernyms()]
                depth += 1
                for h in frontier:
                    for lem in h.lemmas():
                        add("h", word, lem.name())
        for s in first(word, ANT_SENSES):
            for lem in s.lemmas():
                if lem.name() == word:
                    for ant in lem.antonyms():
                        add("a", word, ant.name())
    lines = [
        f"{kind}\t{word}\t{' '.join(sorted(others))}"
        for (kind, word), others in sorted(rows.items())
    ]
    return HEADER + "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
