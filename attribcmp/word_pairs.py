"""The word relations pair verdicts read: which words align, generalise or oppose.

From ``data/pairs.yaml`` (inflections and near-synonyms folded into concepts, general and
specific words, antonyms, the words that cut a clause or make a negative subject) and
``data/wordnet.tsv`` (synonyms and hypernyms, built by ``bench/build_wordnet_table.py``).
Each table is built once per concept set; ``relate.py`` applies them to a pair of statements.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources
from typing import Any, TypeVar, overload

from attribcmp.data import load_yaml
from attribcmp.textfeatures import Concepts, analyse_text, lexicon, load_concepts

_T = TypeVar("_T")

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
    for general, specifics in pair_lexicon()["kinds"].items():
        for word in specifics:
            low, top = fold_word(str(word), concepts), fold_word(str(general), concepts)
            if low and top and low != top:
                found.setdefault(low, set()).add(top)
    return _Kinds(concepts, {k: frozenset(v) for k, v in found.items()})


class _Kinds(Mapping[str, frozenset[str]]):
    """word_kinds' table, each token's entry worked out when first asked for: a report reads
    the entries of its claims' few hundred tokens, and folding all 30,000 links of the
    WordNet table into concepts up front took ~60 ms of every run that compared two claims.

    A WordNet row (stem, related stems) links the stem's token to each related one's, and a
    synonym row the other way too; a token is the concept of its stem, else the stem itself.
    """

    def __init__(self, concepts: Concepts, lexicon_kinds: dict[str, frozenset[str]]) -> None:
        self._concepts = concepts
        self._lexicon = lexicon_kinds
        stems: dict[str, list[str]] = {}  # token -> the stems that fold into it
        for word, token in concepts.words.items():
            stems.setdefault(token, []).append(word)
        self._stems = stems
        self._found: dict[str, frozenset[str]] = {}

    def _token(self, word: str) -> str:
        return self._concepts.words.get(word, word)

    def _kinds_of(self, token: str) -> frozenset[str]:
        if not token:
            return frozenset()
        known = self._found.get(token)
        if known is not None:
            return known
        index = _wordnet_index()
        out = set(self._lexicon.get(token, ()))
        own = self._stems.get(token, [])
        for word in own if token in self._concepts.words else [*own, token]:
            row = index.get(word)
            if row is not None:
                # related stems, then those it is a synonym of: one list for the set
                for other in row.replace("\t", " ").split():
                    out.add(self._token(other))
        out.discard("")
        out.discard(token)
        self._found[token] = frozenset(out)
        return self._found[token]

    def __getitem__(self, token: str) -> frozenset[str]:
        kinds = self._kinds_of(token)
        if not kinds:
            raise KeyError(token)
        return kinds

    # Mapping's own get and ``in`` go through __getitem__ and catch its KeyError: a long
    # report asks ~150,000 times, mostly for tokens with no entry, and the raise cost more
    # than the look-up. Same answers, no exception.
    @overload
    def get(self, key: str, /) -> frozenset[str] | None: ...

    @overload
    def get(self, key: str, /, default: frozenset[str] | _T) -> frozenset[str] | _T: ...

    def get(self, key: str, /, default: object = None) -> object:
        kinds = self._found.get(key)
        if kinds is None:
            kinds = self._kinds_of(key)
        return kinds if kinds else default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(self._kinds_of(key))

    def __iter__(self) -> Iterator[str]:
        tokens = set(self._lexicon) | {self._token(w) for w in _wordnet_index()}
        return iter(sorted(t for t in tokens if self._kinds_of(t)))

    def __len__(self) -> int:
        return sum(1 for _ in self)


@cache
def _wordnet_index() -> dict[str, str]:
    """Stem -> "related<TAB>synonym_of" (each a space-joined list): WordNet's synonym and
    general-word rows by stem, and its synonym rows read backwards (the stems whose synonym
    it is). Read from data/wordnet_index.tsv, expanded ahead of time by
    bench/build_parsed_tables.py: one split per line, the lists split only for the stems a
    text asks about. A stale file (wordnet.tsv edited since) is never read: the index is
    expanded here instead, slower and the same."""
    source = _wordnet_text()
    path = resources.files("attribcmp.data").joinpath(WORDNET_INDEX)
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    head, _, body = text.partition("\n")
    if head != _index_header(source):
        body = wordnet_index_text(source).partition("\n")[2]
    return {k: v for k, _, v in (line.partition("\t") for line in body.splitlines())}


WORDNET_INDEX = "wordnet_index.tsv"


def _index_header(source: str) -> str:
    digest = hashlib.sha1(source.encode("utf-8"), usedforsecurity=False).hexdigest()
    return (
        f"# from wordnet.tsv (WordNet 3.0, licence there), sha1 {digest};"
        " built by bench/build_parsed_tables.py, do not edit"
    )


def wordnet_index_text(source: str) -> str:
    """The text of data/wordnet_index.tsv for a wordnet.tsv text: a header naming the source's
    hash, then one line per stem (sorted): stem, related stems, stems it is a synonym of."""
    related: dict[str, list[str]] = {}
    synonym_of: dict[str, list[str]] = {}
    for line in source.splitlines():
        if not line or line[0] == "#":
            continue
        kind, word, row = line.split("\t")
        if kind != "s" and kind != "h":
            continue
        others = row.split()
        related.setdefault(word, []).extend(others)
        if kind == "s":
            for other in others:
                synonym_of.setdefault(other, []).append(word)
    lines = [_index_header(source)]
    for word in sorted(related.keys() | synonym_of.keys()):
        rel, syn = " ".join(related.get(word, ())), " ".join(synonym_of.get(word, ()))
        lines.append(f"{word}\t{rel}\t{syn}")
    return "".join(f"{line}\n" for line in lines)


def _wordnet_text() -> str:
    return resources.files("attribcmp.data").joinpath("wordnet.tsv").read_text(encoding="utf-8")


@cache
def wordnet_rows() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(kind, stem, related stems) rows of data/wordnet.tsv (built by
    bench/build_wordnet_table.py from WordNet 3.0)."""
    rows: list[tuple[str, str, tuple[str, ...]]] = []
    for line in _wordnet_text().splitlines():
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
