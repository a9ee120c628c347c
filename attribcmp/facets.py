"""Claim -> ClaimFacets: what a claim is about, in slots two accounts can be compared on.

A claim's facets are the event classes it names (``data/events.yaml``: killing, attack,
arrest, meeting, agreement, ...), the quantities it gives (value or range, the noun they
count, the kind of thing that noun is, and the event they count), the names it mentions,
its polarity (negated, hedged, a denial) and its key object words. ``links.py`` compares
claims through these slots: two figures of the same kind for the same event are one
quantity, however differently the two sides word it.

Everything here is a rule table plus a scan of the claim's tokens: no parser, no model.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from attribcmp.align import (
    CONCEPT_MARK,
    Concepts,
    analyse_text,
    said_text,
    stem,  # one stemmer for every lexicon: the one alignment uses
)
from attribcmp.data import load_yaml, word_set
from attribcmp.model import Claim, ClaimFacets, Document, Quantity
from attribcmp.textcompare import NEGATED_CUE
from attribcmp.topics import find_topics

__all__ = ["events_lexicon", "extract_facets", "facet_claims", "find_quantities"]

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
# How far (tokens) a quantity looks for its counted noun and for the event it counts.
_NOUN_WINDOW = 4
_EVENT_WINDOW = 10
# How far back (characters) "the figure"/"the toll" looks for what it counts.
_CONTEXT_CHARS = 600
# Phone numbers: digit groups joined by dashes, dots or spaces ("555-0142", "(202) 555-0142").
_PHONE = re.compile(r"\(?\d{3}\)?[-. ]\d{3}[-.]\d{4}|\b\d{3}[-.]\d{4}\b")
_CLAUSE_END = frozenset(".;:!?")
# Words before a figure that make it a part of a larger one ("the dead included 17 teenagers").
_SUBSET_BEFORE = (
    "including",
    "included",
    "include",
    "includes",
    "among them",
    "of whom",
    "among whom",
    "among",
)


@cache
def events_lexicon() -> dict[str, Any]:
    """The parsed ``data/events.yaml``."""
    text = resources.files("attribcmp.data").joinpath("events.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = load_yaml(text)
    return data


def _phrase_table(groups: Mapping[str, Sequence[Any]]) -> dict[tuple[str, ...], str]:
    """{stemmed phrase: group name}; a phrase in two groups keeps the first."""
    table: dict[tuple[str, ...], str] = {}
    for name, words in groups.items():
        for word in words:
            key = tuple(stem(t) for t in str(word).lower().split())
            table.setdefault(key, str(name))
    return table


@dataclass(frozen=True, slots=True)
class _Tables:
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
    reporting: frozenset[str]
    denials: dict[tuple[str, ...], str]


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
def _tables() -> _Tables:
    lex = events_lexicon()
    events = _phrase_table(lex["events"])
    noun_events = {k[0]: v for k, v in _phrase_table(lex["noun_events"]).items()}
    return _Tables(
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
        reporting=frozenset(str(w).lower() for w in lex["source_verbs"]),
        denials={
            tuple(stem(t) for t in str(w).lower().split()): str(w) for w in lex["denial_cues"]
        },
    )


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    lower: str
    stem: str
    start: int


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        lower = word.lower().replace("’", "'")
        out.append(_Tok(word, lower, stem(lower.rstrip(".")), m.start()))
    return out


def _digits(tok: _Tok) -> float | None:
    raw = tok.lower.lstrip("$€£").rstrip("%")
    if not raw or not raw[0].isdigit():
        return None
    # "1,500" and "1 500" (thin space) are fifteen hundred; "1.5" one and a half; "1.500"
    # (European) is left as 1.5.
    raw = raw.replace(",", "").replace("\u00a0", "").replace("\u2009", "").replace("\u202f", "")
    try:
        value = float(raw)
    except ValueError:
        return None
    # A run of hundreds of digits overflows to inf, which JSON cannot carry: not a count.
    return value if math.isfinite(value) else None


def _match_at(toks: Sequence[_Tok], i: int, table: Mapping[tuple[str, ...], Any], key: str) -> int:
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


def _is_label_or_date(toks: Sequence[_Tok], i: int, text: str, tables: _Tables) -> bool:
    """Years, dates, times, ages, phone numbers and "No. 2" are not counts."""
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    raw = tok.lower.lstrip("$€£")
    if any(a <= tok.start < b for a, b in _phone_spans(text)):
        return True
    if prev is not None and prev.lower in tables.not_before:
        return True
    # "34-year-old": the hyphen is a token of its own.
    if nxt is not None and nxt.text == "-" and i + 2 < len(toks):
        nxt = toks[i + 2]
    if nxt is not None and (
        nxt.lower in tables.not_after or nxt.lower.rstrip(".") in tables.not_after
    ):
        return True
    if prev is not None and prev.text == ":" and i >= 2 and toks[i - 2].lower[:1].isdigit():
        return True  # the minutes of a time, 10:30
    if (
        nxt is not None
        and nxt.text == ":"
        and i + 2 < len(toks)
        and toks[i + 2].lower[:1].isdigit()
    ):
        return True  # a time, 10:30
    # A bare four-digit number from 1800 to 2100 is a year ("in 2019"), unless money.
    if raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100 and tok.text[0] not in "$€£":
        return True
    if prev is not None and (prev.lower in _MONTHS or prev.lower.rstrip(".") in _MONTHS):
        return True  # "March 4"
    # "Ahmed Khan, 34, said": an age between commas after a name.
    if (
        prev is not None
        and prev.text == ","
        and nxt is not None
        and nxt.text == ","
        and i >= 2
        and toks[i - 2].text[:1].isupper()
    ):
        return True
    # "Boeing 737", "Area 51": a capitalised word glued to the number labels it.
    return (
        prev is not None
        and prev.text[:1].isupper()
        and prev.lower not in tables.scales
        and prev.text.isalpha()
        and (_match_at(toks, i + 1, tables.kinds, "stem") == 0)
        and (i < 2 or toks[i - 2].text not in '.!?"')
    )


@lru_cache(maxsize=256)
def _phone_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _PHONE.finditer(text))


# Number words that multiply the figure before them: "two dozen", "three hundred".
_MULTIPLIERS = {"dozen": 12.0, "hundred": 100.0}

_MONTHS = word_set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)


def find_quantities(text: str, context: str = "") -> tuple[Quantity, ...]:
    """The counts and amounts in ``text``, with what they count.

    Args:
        text: a claim's words.
        context: the text before the claim (its sentence and the ones before), read when a
            figure names no noun of its own ("put the toll at 40").

    Returns:
        Quantities in text order. Years, dates, times, ages, phone numbers and labels
        ("No. 2", "Article 5") are left out.
    """
    return _find_quantities(text, _tokens(text), context)


def _find_quantities(text: str, toks: list[_Tok], context: str) -> tuple[Quantity, ...]:
    tables = _tables()
    found: list[Quantity] = []
    i = prev_end = 0
    while i < len(toks):
        got = _read_number(toks, i, text, tables)
        if got is None:
            zero = _zero_toll(toks, i, text, context, tables)
            if zero is not None:
                found.append(zero)
            i += 1
            continue
        low, high, value, first, last, kind = got
        q = _describe(toks, first, last, low, high, value, kind, text, context, tables)
        start = toks[first].start
        if not q.part and found and found[-1].part and text[prev_end:start].strip() in _LIST_JOINS:
            # "included 17 teenagers and about 400 women": each item of the list is a part.
            q = replace(q, part=True)
        prev_end = start + len(q.text)
        if q.part and found and found[-1].event:
            # "killed 22 civilians, including nine children": the part counts what the whole does.
            q = replace(q, event=found[-1].event)
        found.append(q)
        i = last + 1
    return tuple(found)


def _zero_toll(
    toks: Sequence[_Tok], i: int, text: str, context: str, tables: _Tables
) -> Quantity | None:
    """ "no civilians were killed", "zero casualties": a toll of nought, which a toll of 14
    contradicts. Only people counted for a harm: "no evidence", "no visit" count nothing."""
    if toks[i].lower not in {"no", "zero"} or i + 1 >= len(toks):
        return None
    q = _describe(toks, i, i, 0.0, 0.0, 0.0, "", text, context, tables)
    if q.kind != "persons" or q.event not in _HARM_COUNTED or not q.noun:
        return None
    return q


# Harms whose toll of nought is a figure.
_HARM_COUNTED = frozenset({"killing", "injury"})


# What may stand between two figures of one list ("17 teenagers and about 400 women"); news
# style has no comma before the last "and", so ", and" starts a new clause ("..., and 4
# soldiers were hurt").
_LIST_JOINS = frozenset({",", "and", "or", "as well as"})


def _read_number(
    toks: Sequence[_Tok], i: int, text: str, tables: _Tables
) -> tuple[float, float | None, float, int, int, str] | None:
    """(low, high, value, first token, last token, kind hint) of a figure starting at i."""
    tok = toks[i]
    kind = ""
    frac = _match_at(toks, i, tables.fractions, "lower")
    if frac:
        share = tables.fractions[tuple(t.lower for t in toks[i : i + frac])]
        # "most" and "majority" only as shares of something: "most of the victims".
        after = toks[i + frac].lower if i + frac < len(toks) else ""
        if after == "of" or frac > 1 or toks[i].lower == "half":
            return share, share, share, i, i + frac - 1, "share"
        return None
    value = _digits(tok)
    length = 1
    if value is not None:
        if _is_label_or_date(toks, i, text, tables):
            return None
        if tok.text[0] in "$€£":
            kind = "money"
        if tok.text.endswith("%"):
            kind = "percent"
        low: float = value
        high: float | None = value
    elif (compound := _hyphenated_number(tok.lower, tables)) is not None:
        low = high = value = compound
    else:
        length = _match_at(toks, i, tables.number_words, "lower")
        if not length:
            return None
        words = tuple(t.lower for t in toks[i : i + length])
        # "one" is far more often a pronoun than a count ("one of them said").
        if words == ("one",) and not (
            i + 1 < len(toks)
            and (
                toks[i + 1].lower in {"person", "man", "woman", "child", "soldier", "civilian"}
                or toks[i + 1].lower in _MULTIPLIERS | tables.scales.keys()
            )
        ):
            return None
        low, high = tables.number_words[words]
        # "twenty-five" style compounds are single tokens; "twenty five" adds the unit.
        if (
            low == high
            and low % 10 == 0
            and 20 <= low < 100
            and i + length < len(toks)
            and (toks[i + length].lower,) in tables.number_words
        ):
            unit = tables.number_words[(toks[i + length].lower,)]
            if unit[0] < 10:
                low = high = low + unit[0]
                length += 1
        value = low if low == high else (low + high) / 2
        if words == ("dozen",) and i > 0 and toks[i - 1].lower not in {"a", "one"}:
            return None  # "a dozen" counts; "dozen" inside "two dozen" is read by "two"
    last = i + length - 1
    # Ranges: "12 to 15", "between 12 and 15", "12-15", "twenty to thirty-five".
    if last + 2 < len(toks) and toks[last + 1].lower in {"to", "and", "or", "-", "–"}:
        other = _digits(toks[last + 2])
        if other is None:
            other = _word_number(toks[last + 2].lower, tables)
        if (
            other is not None
            and other > value
            and not _is_label_or_date(toks, last + 2, text, tables)
        ):
            high = other
            last += 2
    # Scale words: "1.5 million", "$2 billion", "two thousand".
    if last + 1 < len(toks) and toks[last + 1].lower in _MULTIPLIERS | tables.scales.keys():
        scale = _MULTIPLIERS.get(toks[last + 1].lower) or tables.scales[toks[last + 1].lower]
        low, value = low * scale, value * scale
        high = high * scale if high is not None else None
        last += 1
        # "one hundred and twelve": the units after "hundred and" belong to the same figure
        # (unless a scale follows them, as in "one hundred and two hundred").
        rest = _word_number(toks[last + 2].lower, tables) if last + 2 < len(toks) else None
        if (
            scale == 100
            and low == high
            and toks[last + 1].lower == "and"
            and rest is not None
            and rest < 100
            and not (last + 3 < len(toks) and toks[last + 3].lower in _MULTIPLIERS)
        ):
            low = high = value = value + rest
            last += 2
    # A second scale multiplies again: "three hundred thousand" is 300,000, not 300.
    if last + 1 < len(toks) and toks[last + 1].lower in tables.scales:
        scale = tables.scales[toks[last + 1].lower]
        low, value = low * scale, value * scale
        high = high * scale if high is not None else None
        last += 1
    if last + 1 < len(toks) and toks[last + 1].lower in {"percent", "%"}:
        kind = "percent"
        last += 1
    # "over a thousand", "more than a hundred": the article belongs to the figure, the bound
    # stands before it.
    if i > 0 and toks[i - 1].lower == "a" and toks[i].lower in _MULTIPLIERS | tables.scales.keys():
        i -= 1
    # Bounds before the figure: "at least nine", "up to 22", "more than 70".
    for n in (3, 2, 1):
        if i - n < 0:
            continue
        key = tuple(t.lower for t in toks[i - n : i])
        if key in tables.bounds:
            lo_f, hi_f = tables.bounds[key]
            base = value
            low = base * lo_f if lo_f is not None else 0.0
            high = base * hi_f if hi_f is not None else None
            if key == ("more", "than") or key == ("over",):
                low = base + (1 if base >= 1 else 0)
            i -= n
            break
    return low, high, value, i, last, kind


def _word_number(word: str, tables: _Tables) -> float | None:
    """The exact value of one number word ("twelve", "twenty-five"); None otherwise."""
    pair = tables.number_words.get((word,))
    if pair is not None:
        return pair[0] if pair[0] == pair[1] else None
    return _hyphenated_number(word, tables)


def _hyphenated_number(word: str, tables: _Tables) -> float | None:
    """The value of a hyphenated number word the tokenizer keeps whole ("twenty-five")."""
    tens, _, unit = word.partition("-")
    low_tens = tables.number_words.get((tens,))
    low_unit = tables.number_words.get((unit,))
    # Only tens plus a unit: "twenty-five", not "one-sided" or "two-thirds".
    if low_tens is None or low_unit is None:
        return None
    if not (20 <= low_tens[0] < 100 and low_tens[0] % 10 == 0 and 1 <= low_unit[0] < 10):
        return None
    return low_tens[0] + low_unit[0]


def _describe(
    toks: Sequence[_Tok],
    first: int,
    last: int,
    low: float,
    high: float | None,
    value: float,
    kind: str,
    text: str,
    context: str,
    tables: _Tables,
) -> Quantity:
    noun, noun_kind, noun_at = _counted_noun(toks, last + 1, tables)
    kind = kind or noun_kind
    event = tables.noun_events.get(toks[noun_at].stem, "") if noun_at >= 0 else ""
    # "put the toll at 40", "gave a figure of 30": the figure word sits before the number.
    figure = ""
    for j in range(first - 1, max(first - 5, -1), -1):
        if toks[j].text in _CLAUSE_END:
            break
        if toks[j].stem in tables.figure_words:
            figure = toks[j].lower
            if j > 0 and toks[j - 1].stem in {"death", "casualty"}:
                figure = toks[j - 1].lower + " " + figure
            break
    if not noun and figure:
        noun = figure
    if figure or (noun and stem(noun.split()[-1].lower()) in tables.figure_words):
        resolved_kind, resolved_event = _resolve_figure(
            figure or noun, text[: toks[first].start], context, tables
        )
        kind = kind or resolved_kind
        event = event or resolved_event
    end = max(last, noun_at)
    event = event or _nearest_event(toks, first, end, tables)
    if noun_at >= 0 and _source_count(toks, noun_at, tables):
        event = ""
    # Quote marks between ("the dead included “at least 17 ...") do not part the words.
    words_before = [t.lower for t in toks[max(first - 5, 0) : first] if t.text[0].isalnum()]
    before = " ".join(words_before[-3:])
    part = any(before.endswith(s) for s in _SUBSET_BEFORE) or (
        last + 2 < len(toks)
        and toks[last + 1].lower == "of"
        and toks[last + 2].lower in {"the", "them", "those", "whom"}
    )
    shown = text[toks[first].start : toks[end].start + len(toks[end].text)]
    end_word = toks[end].text
    if end_word.endswith(".") and len(end_word) > 3 and "." not in end_word[:-1]:
        shown = shown[:-1]  # "1,500 Iranian citizens." ends a sentence; "U.S." keeps its dots
    return Quantity(
        text=shown,
        value=value,
        low=low,
        high=high,
        noun=noun,
        kind=kind,
        event=event,
        part=part,
    )


def _counted_noun(toks: Sequence[_Tok], start: int, tables: _Tables) -> tuple[str, str, int]:
    """(noun, kind, token index) of what a figure counts: the first kind noun a few words on
    ("12 suspected fighters", "three of the dead"), else the next content word."""
    fallback: tuple[str, str, int] = ("", "", -1)
    for j in range(start, min(start + _NOUN_WINDOW, len(toks))):
        tok = toks[j]
        if tok.text in _CLAUSE_END or tok.text == ",":
            break
        n = _match_at(toks, j, tables.kinds, "stem")
        if n and j + n < len(toks) and _match_at(toks, j + n, tables.kinds, "stem"):
            # A compound's head is its last noun: "four hospital officials" counts officials.
            j += n
            n = _match_at(toks, j, tables.kinds, "stem")
        if n:
            words = tuple(t.stem for t in toks[j : j + n])
            return " ".join(t.text for t in toks[j : j + n]), tables.kinds[words], j + n - 1
        if tok.stem in tables.figure_words:
            return tok.text, "", j
        if (
            (not fallback[0] or fallback[0][0].isupper() and tok.text[0].islower())
            and tok.text[0].isalpha()
            and tok.lower not in _STOP
            and (tok.stem,) not in tables.events
        ):
            # A capitalised word first is mostly a demonym or a name qualifying the noun
            # ("1,500 Iranian citizens", "three Afghan officials"): a lower-case noun after it
            # is what is counted.
            fallback = (tok.text, stem(tok.lower), j)
    return fallback


def _source_count(toks: Sequence[_Tok], noun_at: int, tables: _Tables) -> bool:
    """The counted noun is who speaks, not who was hit: "three ministry officials who said",
    "two witnesses told": a number of sources is no toll."""
    nxt = [t.lower for t in toks[noun_at + 1 : noun_at + 3]]
    if nxt[:1] == ["who"]:
        nxt = nxt[1:]
    return bool(nxt) and nxt[0] in tables.reporting


_STOP = word_set(
    "of the a an and or to in on at by for from with were was are is be been had have has who "
    "that which more other about some than as it its their his her them those these this"
)


def _resolve_figure(word: str, before: str, context: str, tables: _Tables) -> tuple[str, str]:
    """(kind, event) of a bare figure word from the text before it."""
    if "death" in word or "toll" in word or "casualt" in word:
        return "persons", "killing" if "casualt" not in word else "injury"
    window = (context + " " + before)[-_CONTEXT_CHARS:]
    toks = _tokens(window)
    kind, event = "", ""
    for j in range(len(toks) - 1, -1, -1):
        if not kind:
            n = _match_at(toks, j, tables.kinds, "stem")
            if (
                n
                and j > 0
                and _digits(toks[j - 1]) is not None
                or n
                and toks[j].stem in tables.noun_events
            ):
                kind = tables.kinds[tuple(t.stem for t in toks[j : j + n])]
        if not event and (toks[j].stem,) in tables.events:
            event = tables.events[(toks[j].stem,)]
            if event in {"denial", "accusation"}:
                event = ""
        if kind and event:
            break
    return kind, event


# Classes a figure never counts: a figure near "denied" still counts the dead.
_NOT_COUNTED = frozenset({"denial", "accusation", "violation"})


def _nearest_event(toks: Sequence[_Tok], first: int, end: int, tables: _Tables) -> str:
    """The event class of the event word nearest the figure within its clause (after the
    counted noun first: "12 people were killed"; then before: "killed 12 people")."""
    best: tuple[int, str] | None = None
    for direction, start, stop in ((1, end + 1, len(toks)), (-1, first - 1, -1)):
        j, steps = start, 0
        while j != stop and steps < _EVENT_WINDOW:
            tok = toks[j]
            if tok.text in _CLAUSE_END:
                break
            pair = (tok.stem, toks[j + 1].stem) if j + 1 < len(toks) else ()
            cls = tables.event_multi.get(pair) or tables.events.get((tok.stem,))
            if cls and cls not in _NOT_COUNTED:
                if best is None or steps < best[0]:
                    best = (steps, cls)
                break
            j += direction
            steps += 1
    return best[1] if best else ""


def extract_facets(
    text: str, *, cue: str = "", hedged: bool = False, context: str = "", concepts: Concepts
) -> ClaimFacets:
    """The facets of one claim's words.

    Args:
        text: the claim's words (its content parts joined).
        cue: the cue ("denied", "said"); a denial cue makes the claim a denial.
        hedged: the attribution already casts doubt on it.
        context: the document text before the claim, for bare figure words.
        concepts: from ``align.load_concepts``, for the object words.

    Returns:
        The facets; a claim with none of them gets empty tuples and False flags.
    """
    tables = _tables()
    toks = _tokens(text)
    stems = [t.stem for t in toks]
    events: list[str] = []
    event_words: list[str] = []
    denial = _denial(cue, toks, tables)
    for i, word_stem in enumerate(stems):
        if not denial and _reported(toks, i):
            # A denial of "the report of a price rise" is about the rise; otherwise
            # "allegations of civilian casualties" asserts no casualties.
            continue
        for n in (3, 2):
            key = tuple(stems[i : i + n])
            if len(key) == n and key in tables.event_multi:
                for cls in (tables.event_multi[key], *tables.event_more.get(key, ())):
                    if cls not in events:
                        events.append(cls)
                        event_words.append(" ".join(t.text for t in toks[i : i + n]))
        one = tables.events.get((word_stem,))
        for cls in (one, *tables.event_more.get((word_stem,), ())) if one else ():
            if cls not in events:
                events.append(cls)
                event_words.append(toks[i].text)
    features = analyse_text(text, concepts)
    topics = find_topics(text)
    if denial and "denial" not in events:
        events.append("denial")
        event_words.append(denial)
    hedges = {stem(str(w)) for w in _hedge_words()}
    participants = tuple(dict.fromkeys(_names(text)))
    event_stems = {k[0] for k in tables.events}
    # Concept tokens ("~civilians") count: one concept in two wordings is one object.
    objects = tuple(
        t
        for t in features.tokens
        if not t.startswith("#")
        and t not in features.entities
        and t.lstrip(CONCEPT_MARK) not in event_stems
        and stem(t.lstrip(CONCEPT_MARK)) not in event_stems
        and len(t) > 3
    )[:8]
    return ClaimFacets(
        events=tuple(events),
        event_words=tuple(event_words),
        quantities=_find_quantities(text, toks, context),
        participants=participants,
        negated=_own_negation(features.negations, toks),
        hedged=hedged or any(s in hedges for s in (*stems, *(t.stem for t in _tokens(cue)))),
        denial=denial,
        objects=objects,
        topics=tuple(t for t, _w in topics),
        topic_words=tuple(w for _t, w in topics),
    )


# How far back (tokens) "allegations of" reaches over modifiers ("claims of civilian deaths").
_REPORTED_REACH = 3


@cache
def _reported_nouns() -> frozenset[str]:
    return frozenset(stem(str(w).lower()) for w in events_lexicon()["reported_nouns"])


@cache
def _unasserted() -> tuple[frozenset[str], frozenset[str]]:
    lex = events_lexicon()["unasserted"]
    return (
        frozenset(stem(str(w).lower()) for w in lex["nouns_of"]),
        frozenset(stem(str(w).lower()) for w in lex["verbs"]),
    )


def _reported(toks: Sequence[_Tok], i: int) -> bool:
    """Token i names what others report or what may happen, not what the claim says
    happened: "allegations of civilian casualties", "the second false claim of civilian
    deaths", "the risk of casualties", "to minimise civilian casualties"."""
    nouns_of, verbs = _unasserted()
    for k in range(i - 1, max(i - 1 - _REPORTED_REACH, -1), -1):
        if toks[k].lower in {"of", "about", "that"}:
            # "allegations of / about / that ...": the claim reports what others said
            return k > 0 and (toks[k - 1].stem in _reported_nouns() or toks[k - 1].stem in nouns_of)
        if toks[k].stem in verbs:
            return True
        if toks[k].lower in _CLAUSE_END or toks[k].lower == ",":
            return False
    return False


@cache
def _hedge_words() -> tuple[str, ...]:
    from attribcmp.align import lexicon

    return tuple(str(w) for w in lexicon("hedges"))


def _denial(cue: str, toks: Sequence[_Tok], tables: _Tables) -> str:
    """The words that make a claim a denial ("denied" in the cue, "broke no rules", "baseless")."""
    # "rejected a request to ...": the cue refuses what the content names as asked for
    asked = any(t.stem in _refused_stems() for t in toks[:_REFUSED_REACH])
    if cue and not NEGATED_CUE.search(cue) and not asked:
        for word in _tokens(cue):
            if (word.stem,) in tables.denials:
                return word.text
    for i in range(len(toks)):
        n = _match_at(toks, i, tables.denials, "stem")
        passive = toks[i + n - 1].lower.endswith("ed") if n else False
        if n and not (passive and i + n < len(toks) and toks[i + n].lower == "by"):
            # "... although this was denied by the insurgents": someone else's denial,
            # reported, not the speaker's own.
            if n == 1 and _others_denial(toks, i):
                continue
            if n == 1 and toks[i].stem in _DENY_VERBS and i and toks[i - 1].lower in _ARTICLES:
                continue  # "the dispute revolves around ...": a noun, no one denies
            entry = tables.denials.get(tuple(t.stem for t in toks[i : i + n]), "")
            if n > 1 and entry.split()[0].endswith("ed") and not toks[i].lower.endswith("ed"):
                continue  # "all accounted for" denies losses; "accounts for 25 percent" not
            if n == 1 and toks[i].stem in _DENY_VERBS and _noun_form(toks, i):
                continue  # "a close contest", "trade disputes": a noun, no one denies
            if n == 1 and toks[i].stem in _DENY_VERBS and _refuses(toks, i):
                # "rejected a request to ...", "dismissed the appeal": a refusal of what was
                # asked, not a denial of what someone said happened
                continue
            return " ".join(t.text for t in toks[i : i + n])
    for i, tok in enumerate(toks):
        # "could not have given an accurate account", "is not a credible figure": what the
        # other side said is called untrue, a few words after the negation
        if tok.lower in {"not", "never", "n't", "cannot"}:
            for k in range(i + 1, min(len(toks), i + 1 + _UNTRUE_REACH)):
                if toks[k].stem in _TRUE_STEMS and (
                    k + 1 == len(toks)
                    or toks[k + 1].text in _CLAUSE_END
                    or toks[k + 1].lower in _ACCOUNT_NOUNS
                ):
                    return " ".join(t.text for t in toks[i : k + 1])
                if toks[k].text in _CLAUSE_END:
                    break
    return ""


# How far (tokens) "not" reaches to the word it says is untrue: "not have issued an accurate".
_UNTRUE_REACH = 5
_TRUE_STEMS = frozenset({"accurat", "true", "credibl", "correct", "reliabl", "factual"})
# ... said of an account ("an accurate account") or standing last ("is not accurate"), not of
# what is unknown ("do not know the true number").
_ACCOUNT_NOUNS = frozenset(
    {
        "account",
        "picture",
        "report",
        "version",
        "description",
        "reflection",
        "statement",
        "representation",
        "portrayal",
        "assessment",
    }
)


def _own_negation(negations: Sequence[str], toks: Sequence[_Tok]) -> bool:
    """A negation of the claim's own: "14 died, an allegation the army denies" reports
    someone else's denial and asserts the deaths."""
    others = {t.text.lower() for i, t in enumerate(toks) if _others_denial(toks, i)}
    return any(n.lower() not in others for n in negations)


def _noun_form(toks: Sequence[_Tok], i: int) -> bool:
    """Token i, a denial verb's stem, stands in a bare or plural form ("contest",
    "disputes") with no pronoun, modal or "to" before it: a noun ("a close contest"), not
    "we dispute" or "to deny"."""
    word = toks[i].lower
    if word.endswith(("ed", "ing")):
        return False
    before = toks[i - 1].lower if i else ""
    return before not in _VERB_BEFORE


# Words after which a bare denial verb is a verb: "we deny", "cannot deny", "to reject".
_VERB_BEFORE = frozenset(
    {
        "i", "we", "you", "they", "he", "she", "it", "who", "to", "not", "never", "also",
        "strongly", "firmly", "categorically", "flatly", "completely", "totally", "will",
        "would", "can", "could", "must", "should", "do", "does", "did", "",
    }
)  # fmt: skip
# How far (tokens) after a denial verb the thing refused may stand: "rejected a request".
_REFUSED_REACH = 3


def _refuses(toks: Sequence[_Tok], i: int) -> bool:
    """The denial verb at i has what was asked for as its object ("rejected a request",
    "dismissed the lawsuit"): a refusal, not a denial of a statement."""
    ahead = toks[i + 1 : i + 1 + _REFUSED_REACH]
    if ahead and ahead[0].lower in _PERSON_OBJECTS:
        return True  # "denying us justice", "denied them entry": withholding, not denying
    return any(t.stem in _refused_stems() for t in ahead)


# Object pronouns right after "deny": something is withheld from someone.
_PERSON_OBJECTS = frozenset({"us", "them", "him", "her", "me", "you"})


@cache
def _refused_stems() -> frozenset[str]:
    return frozenset(stem(str(w).lower()) for w in events_lexicon()["refused_objects"])


# Denial verbs that take a subject of their own ("the army denies").
_DENY_VERBS = frozenset({"deny", "reject", "dismiss", "disput", "refut", "contest", "contradict"})
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"})
# How far back (tokens) a relative clause's head may stand from its verb.
_RELATIVE_REACH = 7


def _others_denial(toks: Sequence[_Tok], i: int) -> bool:
    """Token i is a denial verb in a clause about the claim, with a subject of its own:
    "14 died, an allegation the army strongly denies", "..., which the ministry rejected"."""
    if toks[i].stem not in _DENY_VERBS:
        return False
    k = i - 1
    while k >= 0 and i - k <= _RELATIVE_REACH and toks[k].text not in {",", "—", "–", "("}:
        k -= 1
    if k < 0 or toks[k].text not in {",", "—", "–", "("}:
        return False
    head = [t for t in toks[k + 1 : i] if t.lower not in {"a", "an", "the"}]
    # the head ("an allegation", "which") and a subject after it ("the army")
    return len(head) >= 2 and (
        head[0].lower in {"which", "what"} or head[0].stem in _reported_stems()
    )


@cache
def _reported_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in _reported_nouns())


_NAME = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?:(?:[A-Z]\.){2,}|[A-Z][\w’'-]+)(?:\s+(?:[A-Z][\w’'-]+|of|al|bin|de|von))*"
)


def _names(text: str) -> list[str]:
    """Capitalised runs not at the start of the text: the people, places and bodies named."""
    return [m.group().strip() for m in _NAME.finditer(text) if len(m.group()) > 2]


def facet_claims(
    claims: Sequence[Claim], documents: Sequence[Document], *, concepts: Concepts
) -> tuple[Claim, ...]:
    """Set ``facets`` on every claim.

    Args:
        claims: the claims.
        documents: their documents (for the text before a claim); a claim whose document is
            missing gets facets from its own words alone.
        concepts: from ``align.load_concepts``.

    Returns:
        The claims, in the same order, each with its facets.
    """
    texts = {d.id: d.text for d in documents}
    out = []
    for claim in claims:
        doc = texts.get(claim.doc_id, "")
        context = doc[max(claim.content.start - _CONTEXT_CHARS, 0) : claim.content.start]
        facets = extract_facets(
            said_text(claim),
            cue=claim.cue.text if claim.cue else "",
            hedged=claim.hedged,
            context=context,
            concepts=concepts,
        )
        out.append(replace(claim, facets=facets))
    return tuple(out)
