"""The word relations pair verdicts read: which words align, generalise or oppose.

From ``data/pairs.yaml`` (inflections and near-synonyms folded into concepts, general and
specific words, antonyms, the words that cut a clause or make a negative subject) and
``data/wordnet.tsv`` (synonyms and hypernyms, built by ``bench/build_wordnet_table.py``).
Each table is built once per concept set; ``relate.py`` applies them to a pair of statements.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from attribcmp.data import load_yaml
from attribcmp.textfeatures import Concepts, analyse_text, lexicon, load_concepts

__all__ = [
    "antonym_pairs",
    "clause_breaks",
    "fold_word",
    "negative_subjects",
    "not_negations",
    "opposed_pairs",
    "pair_lexicon",
    "refusals",
    "with_pair_concepts",
    "word_kinds",
    "wordnet_rows",
]


@cache
def pair_lexicon() -> Any:
    text = resources.files("attribcmp.data").joinpath("pairs.yaml").read_text(encoding="utf-8")
    return load_yaml(text)


@cache
def with_pair_concepts(concepts: Concepts) -> Concepts:
    """The given concepts (profile groups first) with inflections and near-synonyms behind."""
    data = pair_lexicon()
    groups = tuple(tuple(str(w) for w in g) for g in data["forms"] + data["synonyms"])
    return load_concepts(tuple(concepts.groups) + groups)


def fold_word(word: str, concepts: Concepts) -> str:
    """The token one word or phrase becomes (its concept, else its stem)."""
    feat = analyse_text(word, concepts)
    if feat.tokens:
        return feat.tokens[0]
    return concepts.words.get(feat.stems[0], feat.stems[0]) if feat.stems else ""


@cache
def word_kinds(concepts: Concepts) -> Mapping[str, frozenset[str]]:
    """Token -> the general tokens it is a kind of ("man" -> "~people"); a link both ways is
    a pair of synonyms ("big" / "large"). From data/pairs.yaml and data/wordnet.tsv."""
    found: dict[str, set[str]] = {}

    def link(low: str, top: str) -> None:
        if low and top and low != top:
            found.setdefault(low, set()).add(top)

    for general, specifics in pair_lexicon()["kinds"].items():
        for word in specifics:
            link(fold_word(str(word), concepts), fold_word(str(general), concepts))
    for kind, word, others in wordnet_rows():
        if kind not in ("s", "h"):
            continue
        key = concepts.words.get(word, word)
        for other in others:
            link(key, concepts.words.get(other, other))
            if kind == "s":
                link(concepts.words.get(other, other), key)
    return {k: frozenset(v) for k, v in found.items()}


@cache
def wordnet_rows() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(kind, stem, related stems) rows of data/wordnet.tsv (built by
    bench/build_wordnet_table.py from WordNet 3.0)."""
    path = resources.files("attribcmp.data").joinpath("wordnet.tsv")
    rows: list[tuple[str, str, tuple[str, ...]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, word, others = line.split("\t")
            rows.append((kind, word, tuple(others.split())))
    return tuple(rows)


@cache
def antonym_pairs(concepts: Concepts) -> tuple[tuple[str, str], ...]:
    rows = [tuple(r) for r in pair_lexicon()["antonyms"]] + [tuple(r) for r in lexicon("opposites")]
    pairs = {(fold_word(str(a), concepts), fold_word(str(b), concepts)) for a, b in rows}
    return tuple(sorted((a, b) for a, b in pairs if a and b and a != b))


@cache
def opposed_pairs(concepts: Concepts) -> frozenset[tuple[str, str]]:
    pairs = antonym_pairs(concepts)
    return frozenset(pairs) | {(b, a) for a, b in pairs}


@cache
def clause_breaks() -> re.Pattern[str]:
    # "yet" after a negator is "still" ("doesn't yet have"), and the negation keeps its clause.
    words = [
        r"(?<!\bnot )(?<!n't )(?<!\bnever )yet" if w == "yet" else re.escape(str(w))
        for w in pair_lexicon()["clause_breaks"]
    ]
    return re.compile(rf"(?i)\b(?:{'|'.join(words)})\b")


@cache
def refusals() -> re.Pattern[str]:
    words = "|".join(re.escape(str(w)) for w in pair_lexicon()["refusals"])
    return re.compile(rf"(?i)\b(?:{words})\b")


@cache
def not_negations() -> re.Pattern[str]:
    words = "|".join(re.escape(str(w)) for w in pair_lexicon()["not_negations"])
    return re.compile(rf"(?i)\b(?:{words})\b")


@cache
def negative_subjects() -> re.Pattern[str]:
    words = "|".join(re.escape(str(w)) for w in pair_lexicon()["negative_subjects"])
    return re.compile(rf"(?i)\b(?:{words})\b")
