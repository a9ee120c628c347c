"""The events lexicon compiled into phrase tables, and the token scan the facet modules share.

``data/events.yaml`` is read once and turned into stemmed phrase tables (event classes, the
kinds of counted nouns, number words, denial cues ...); ``tokens`` cuts a claim into the
words, figures and punctuation ``facets``, ``quantities`` and ``denials`` read.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from attribcmp.data import load_yaml, word_set
from attribcmp.textfeatures import stem

__all__ = [
    "CLAUSE_END",
    "Tables",
    "Tok",
    "event_words",
    "events_lexicon",
    "hedging",
    "load_tables",
    "match_at",
    "tokens",
]

_TOKEN = re.compile(
    r"""
    \w*(?:[^\W\d_]\d|\d[^\W\d_])\w*  # letters and digits in one word: G7, word123 (no count)
    | [$€£]?\d+(?:[,.]\d+|[\u00a0\u2009\u202f]\d{3}(?!\d))*%?  # 15, 1,500, 12 000, $2.5, 18%
    | (?:[^\W\d_]\.){2,}               # U.S., a.m.
    | [^\W\d_]+(?:['’-][^\W\d_]+)*\.?  # words, hyphenated, a trailing period ("No.")
    | [^\w\s]                          # punctuation, one character
    """,
    re.VERBOSE,
)
CLAUSE_END = frozenset(".;:!?")


@cache
def events_lexicon() -> dict[str, Any]:
    """The parsed ``data/events.yaml``."""
    text = resources.files("attribcmp.data").joinpath("events.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = load_yaml(text)
    return data


@cache
def event_words(key: str) -> frozenset[str]:
    """The words of one ``data/events.yaml`` list, lower-cased, as a set (read once)."""
    return frozenset(str(w).lower() for w in events_lexicon()[key])


def _phrase_table(groups: Mapping[str, Sequence[Any]]) -> dict[tuple[str, ...], str]:
    """{stemmed phrase: group name}; a phrase in two groups keeps the first."""
    table: dict[tuple[str, ...], str] = {}
    for name, words in groups.items():
        for word in words:
            key = tuple(stem(t) for t in str(word).lower().split())
            table.setdefault(key, str(name))
    return table


@dataclass(frozen=True, slots=True)
class Tables:
    events: dict[tuple[str, ...], str]
    event_multi: dict[tuple[str, ...], str]
    event_more: dict[tuple[str, ...], tuple[str, ...]]
    noun_events: dict[str, str]
    kinds: dict[tuple[str, ...], str]
    figure_words: frozenset[str]
    number_words: dict[tuple[str, ...], tuple[float, float]]
    fractions: dict[tuple[str, ...], float]
    scales: dict[str, float]
    bounds: dict[tuple[str, ...], tuple[float | None, float | None]]
    not_before: frozenset[str]
    not_after: frozenset[str]
    pair_nouns: frozenset[str]
    reporting: frozenset[str]
    denials: dict[tuple[str, ...], str]
    other_senses: dict[tuple[str, ...], frozenset[str]]


def _more_classes(groups: Mapping[str, Sequence[Any]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """{stemmed phrase: its classes after the first} for phrases in several classes
    ("captured": arrest and control)."""
    every: dict[tuple[str, ...], list[str]] = {}
    for name, words in groups.items():
        for word in words:
            key = tuple(stem(t) for t in str(word).lower().split())
            if str(name) not in every.setdefault(key, []):
                every[key].append(str(name))
    return {k: tuple(v[1:]) for k, v in every.items() if len(v) > 1}


@cache
def load_tables() -> Tables:
    lex = events_lexicon()
    events = _phrase_table(lex["events"])
    noun_events = {k[0]: v for k, v in _phrase_table(lex["noun_events"]).items()}
    return Tables(
        events={k: v for k, v in events.items() if len(k) == 1},
        event_multi={k: v for k, v in events.items() if len(k) > 1},
        event_more=_more_classes(lex["events"]),
        noun_events=noun_events,
        kinds=_phrase_table(lex["kinds"]),
        figure_words=frozenset(stem(w) for w in lex["figure_words"]),
        number_words={
            tuple(str(k).lower().split()): (float(v[0]), float(v[1]))
            for k, v in lex["number_words"].items()
        },
        fractions={tuple(str(k).lower().split()): float(v) for k, v in lex["fractions"].items()},
        scales={str(k).lower(): float(v) for k, v in lex["scales"].items()},
        bounds={tuple(str(k).lower().split()): (v[0], v[1]) for k, v in lex["bounds"].items()},
        not_before=frozenset(str(w).lower() for w in lex["not_count_before"]),
        not_after=frozenset(str(w).lower() for w in lex["not_count_after"]),
        pair_nouns=frozenset(stem(str(w)) for w in lex["pair_nouns"]),
        reporting=frozenset(str(w).lower() for w in lex["source_verbs"]),
        denials={
            tuple(stem(t) for t in str(w).lower().split()): str(w) for w in lex["denial_cues"]
        },
        other_senses=_sense_table(lex["other_senses"]),
    )


def _sense_table(groups: Mapping[str, Sequence[Any]]) -> dict[tuple[str, ...], frozenset[str]]:
    """{stemmed phrase: the event classes its words do not name} (``other_senses``)."""
    table: dict[tuple[str, ...], set[str]] = {}
    for name, words in groups.items():
        for word in words:
            table.setdefault(tuple(stem(t) for t in str(word).lower().split()), set()).add(name)
    return {k: frozenset(v) for k, v in table.items()}


class Tok(NamedTuple):
    """A claim's word (a tuple, as cues.Token: facets make one per word of every claim)."""

    text: str
    lower: str
    stem: str
    start: int


def tokens(text: str) -> list[Tok]:
    new = tuple.__new__  # skips the named tuple's Python-level constructor
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        lower = word.lower().replace("’", "'")
        out.append(new(Tok, (word, lower, stem(lower.rstrip(".")), m.start())))
    return out


def match_at(toks: Sequence[Tok], i: int, table: Mapping[tuple[str, ...], Any], key: str) -> int:
    """Length of the longest table phrase starting at token i (0 if none)."""
    # Callers look one token ahead, so i may be past the end ("... hit Area 51").
    if i >= len(toks) or getattr(toks[i], key) not in _first_words(id(table), table):
        return 0
    for n in (4, 3, 2, 1):
        if i + n <= len(toks) and tuple(getattr(t, key) for t in toks[i : i + n]) in table:
            return n
    return 0


_FIRST_WORDS: dict[int, frozenset[str]] = {}


def _first_words(key: int, table: Mapping[tuple[str, ...], Any]) -> frozenset[str]:
    """The first words of a table's phrases: most tokens start none, and one set look-up
    tells so (the tables are built once, so their id is a stable key)."""
    found = _FIRST_WORDS.get(key)
    if found is None:
        found = _FIRST_WORDS[key] = frozenset(k[0] for k in table if k)
    return found


# "claim(s)" is a hedge as the verb ("he claims that", "they claimed"); as the noun it only
# names what someone said ("Those claims are false", "the governor's claims"): the noun is the
# form after a determiner or possessive, or before a copula or "of".
_NOUN_OR_VERB = frozenset({"claim", "claims"})
_DETERMINER = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "your",
        "my",
        "such",
        "any",
        "no",
        "every",
        "each",
        "all",
        "both",
        "many",
        "some",
        "other",
        "'s",
        "’s",
        "'",
    ]
)
_AFTER_NOUN = frozenset(["is", "are", "was", "were", "of", "about", "by", "has", "have", "had"])
# ... unless a pronoun stands before it: "they claim are" is no noun phrase.
_SUBJECT_PRONOUNS = frozenset(["i", "you", "he", "she", "it", "we", "they", "who", "which"])


# Verbs that answer a claim: the hedge word after them, bare or after one modifier, is the
# noun they reject ("rejected opposition claims that C", "denied allegations"), and the
# rejecter casts no doubt on his own words.
_REJECTING = word_set(
    """reject rejects rejected rejecting deny denies denied denying dismiss dismisses
    dismissed dismissing dispute disputes disputed disputing refute refutes refuted refuting
    rebut rebuts rebutted rebutting contest contests contested contesting"""
)


def _rejected_noun(lowers: Sequence[str], i: int) -> bool:
    """Whether the hedge word at ``i`` is the object of a rejecting verb one or two words
    before it ("rejected claims", "rejected opposition claims")."""
    return any(lowers[k] in _REJECTING for k in range(max(0, i - 2), i))


# "as <subject> claimed" cites what another said ("not four million as the regulator claimed"):
# it casts no doubt on the claim it sits in. The subject runs up to this many words.
_AS_SUBJECT = 4


def _names_a_claim(lowers: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` ends "as <subject> <word>" (a subject of one or more words)."""
    return any(lowers[k] == "as" for k in range(max(0, i - 1 - _AS_SUBJECT), i - 1))


def hedging(lowers: Sequence[str], hedges: Collection[str]) -> bool:
    """Whether any of the lower-cased words ``lowers`` hedges (the noun "claims" does not)."""
    for i, word in enumerate(lowers):
        if word not in hedges:
            continue
        if _names_a_claim(lowers, i):
            continue
        if word not in _NOUN_OR_VERB:
            return True
        before = lowers[i - 1] if i else ""
        after = lowers[i + 1] if i + 1 < len(lowers) else ""
        noun = (
            before in _DETERMINER
            or before.endswith(("'s", "s'", "’s"))
            or (after in _AFTER_NOUN and before not in _SUBJECT_PRONOUNS)
            or _rejected_noun(lowers, i)
        )
        if not noun:
            return True
    return False
