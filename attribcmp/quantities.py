"""Claim words -> Quantity: the counts and amounts a claim gives, with what they count.

A figure ("22", "two dozen", "more than 400", "most of") is read into a value or range, then
described: the noun it counts, the kind of thing that noun is (persons, money, ...), the event
it counts (the nearest event word in its clause) and whether it is part of a larger figure
("including nine children"). Years, dates, times, ages, phone numbers and labels are not counts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from attribcmp.data import word_set
from attribcmp.facet_lexicon import CLAUSE_END, Tables, Tok, load_tables, match_at, tokens
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Quantity
from attribcmp.textfeatures import number_word_run, stem

__all__ = [
    "CONTEXT_CHARS",
    "MONEY",
    "PERIOD_OF",
    "PERSONS",
    "SPAN_WORDS",
    "find_quantities",
    "other_sets",
    "quantities_in",
    "span_count",
]

# How far (tokens) a quantity looks for its counted noun and for the event it counts.
_NOUN_WINDOW = 4
_EVENT_WINDOW = 10
# How far back (characters) "the figure"/"the toll" looks for what it counts.
CONTEXT_CHARS = 600
# Phone numbers: digit groups joined by dashes, dots or spaces ("555-0142", "(202) 555-0142").
_PHONE = LazyPattern(r"\(?\d{3}\)?[-. ]\d{3}[-.]\d{4}|\b\d{3}[-.]\d{4}\b")
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


def _digits(tok: Tok) -> float | None:
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


def _is_label_or_date(toks: Sequence[Tok], i: int, text: str, tables: Tables) -> bool:
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
    if prev is not None and (prev.lower in MONTHS or prev.lower.rstrip(".") in MONTHS):
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
        and (match_at(toks, i + 1, tables.kinds, "stem") == 0)
        and (i < 2 or toks[i - 2].text not in '.!?"')
    )


@lru_cache(maxsize=256)
def _phone_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _PHONE.finditer(text))


# Number words that multiply the figure before them: "two dozen", "three hundred".
_MULTIPLIERS = {"dozen": 12.0, "hundred": 100.0}

MONTHS = word_set(
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
    return quantities_in(text, tokens(text), context)


def quantities_in(text: str, toks: list[Tok], context: str) -> tuple[Quantity, ...]:
    tables = load_tables()
    starts = _figure_starts(tables)
    found: list[Quantity] = []
    i = prev_end = 0
    while i < len(toks):
        word = toks[i].lower
        if word not in starts and "-" not in word and not word.lstrip("$€£")[:1].isdigit():
            i += 1  # no figure, share or toll of nought starts here (most words)
            continue
        got = _read_number(toks, i, text, tables)
        if got is None:
            zero = _zero_toll(toks, i, text, context, tables)
            if zero is not None:
                found.append(zero)
            i += 1
            continue
        low, high, value, first, last, kind = got
        # "the two ...": a pair the story already told of, unless people are counted for a harm
        the_two = value == 2 and first > 0 and toks[first - 1].lower == "the" and not kind
        if the_two and _names_pair(toks, last, tables):
            # "the two leaders", "the two sides": the parties the story is about, never a count
            i = last + 1
            continue
        q = _describe(toks, first, last, low, high, value, kind, text, context, tables)
        if the_two and (not q.event or q.kind != PERSONS):
            # "the two pilots ejected": the pair named before; "the two soldiers were killed"
            # stays a toll (an event is counted); "the two focus groups on the ceasefire"
            # counts no people, so it is the pair whatever event word stands near
            i = last + 1
            continue
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
        if q.kind == MONEY and q.noun.lower().startswith(_SPAN_OPENS):
            # "£12 billion over four years": the span's number is the sum's, no count
            while i < len(toks) and toks[i].start < start + len(q.text):
                i += 1
    return tuple(found)


_STARTS: dict[int, frozenset[str]] = {}


def _figure_starts(tables: Tables) -> frozenset[str]:
    """The words that can open a share, a number word or a toll of nought ("no", "zero",
    "any"); a figure in digits or a hyphenated number word is told by its characters. One
    set look-up passes over the other words, ~95% of a claim's (the tables are built once,
    so their id is a stable key)."""
    found = _STARTS.get(id(tables))
    if found is None:
        phrases = (*tables.fractions, *tables.number_words)
        found = _STARTS[id(tables)] = frozenset(k[0] for k in phrases if k) | {"no", "zero", "any"}
    return found


def _names_pair(toks: Sequence[Tok], last: int, tables: Tables) -> bool:
    """The noun after "the two", or after one modifier ("the two Korean leaders"), is a
    pair noun (events.yaml ``pair_nouns``): the parties, not people counted."""
    return any(t.stem in tables.pair_nouns for t in toks[last + 1 : last + 3])


def _zero_toll(
    toks: Sequence[Tok], i: int, text: str, context: str, tables: Tables
) -> Quantity | None:
    """ "no civilians were killed", "zero casualties": a toll of nought, which a toll of 14
    contradicts. Only people counted for a harm: "no evidence", "no visit" count nothing."""
    if i + 1 >= len(toks):
        return None
    if toks[i].lower not in {"no", "zero"} and not (toks[i].lower == "any" and _negated(toks, i)):
        return None
    q = _describe(toks, i, i, 0.0, 0.0, 0.0, "", text, context, tables)
    if " any " in q.text:
        return None  # "no indication that any civilians": the toll is read at "any"
    if q.kind == PERSONS and q.noun and i and toks[i - 1].stem in _LOSS_VERBS:
        q = replace(q, event="killing")  # "lost no fighters": a loss of people is a toll
    if q.kind != PERSONS or q.event not in _HARM_COUNTED or not q.noun:
        return None
    if q.event == "injury" and stem(q.noun.lower()) in _CASUALTY_STEMS:
        # "there were no casualties" denies any dead first of all: the nought answers a
        # toll of the killed ("eight soldiers were killed"), as a reader takes it
        q = replace(q, event="killing")
    return q


_CASUALTY_STEMS = frozenset({stem("casualties"), stem("casualty")})


def _negated(toks: Sequence[Tok], i: int) -> bool:
    """A negation stands a few words before token i in its clause: "no indication that any
    civilians were hurt", "did not kill any civilians"."""
    for k in range(i - 1, max(i - 1 - _ANY_REACH, -1), -1):
        if toks[k].text in CLAUSE_END:
            return False
        if toks[k].lower in {"no", "not", "n't", "never", "without"}:
            return True
    return False


# How far (tokens) back a negation makes "any <people>" a toll of nought.
_ANY_REACH = 6
# Verbs whose object of people is a toll: "lost no fighters".
_LOSS_VERBS = frozenset({stem(w) for w in ("lost", "lose", "loses", "losing")})


# Harms whose toll of nought is a figure.
_HARM_COUNTED = frozenset({"killing", "injury"})


# What may stand between two figures of one list ("17 teenagers and about 400 women"); news
# style has no comma before the last "and", so ", and" starts a new clause ("..., and 4
# soldiers were hurt").
_LIST_JOINS = frozenset({",", "and", "or", "as well as"})


def _read_number(
    toks: Sequence[Tok], i: int, text: str, tables: Tables
) -> tuple[float, float | None, float, int, int, str] | None:
    """(low, high, value, first token, last token, kind hint) of a figure starting at i."""
    tok = toks[i]
    kind = ""
    frac = match_at(toks, i, tables.fractions, "lower")
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
        length = match_at(toks, i, tables.number_words, "lower")
        if not length:
            return None
        words = tuple(t.lower for t in toks[i : i + length])
        # "as many as 100": the vague word is the bound's, read with the number after it
        if _inside_bound(toks, i, length, tables):
            return None
        if i and toks[i - 1].lower == "how":
            return None  # "how many people have died": a question, no count
        # "one" is far more often a pronoun than a count ("one of them said"); before a
        # person or a unit of measure it counts ("one soldier", "lasted one hour").
        if words == ("one",) and not (
            i + 1 < len(toks)
            and (
                toks[i + 1].lower in {"person", "man", "woman", "child", "soldier", "civilian"}
                or toks[i + 1].lower in _MULTIPLIERS | tables.scales.keys()
                or _one_unit(toks, i + 1, tables)
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
        run = number_word_run([t.lower for t in toks], i)
        if run is not None and low == high:
            # "three hundred fifty", "two thousand five hundred": one figure, read whole.
            low = high = float(run[0])
            length = run[1]
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


def _inside_bound(toks: Sequence[Tok], i: int, length: int, tables: Tables) -> bool:
    """The number word at i is the middle of a bound phrase ("as many as", "as much as")."""
    if i == 0 or i + length >= len(toks):
        return False
    key = (toks[i - 1].lower, *(t.lower for t in toks[i : i + length]), toks[i + length].lower)
    return key in tables.bounds


# Kinds of noun that are units of measure: "one" before them is a figure.
_MEASURE_KINDS = frozenset({"money", "percent", "distance", "weight", "duration"})
# "one day" is mostly "some day" ("could one day join"), not a span of a day.
_ONE_IDIOMS = frozenset({"day"})


def _one_unit(toks: Sequence[Tok], i: int, tables: Tables) -> bool:
    """A unit of measure stands at token i ("one hour", "one percent", "one dollar")."""
    n = match_at(toks, i, tables.kinds, "stem")
    if not n or toks[i].lower in _ONE_IDIOMS:
        return False
    return tables.kinds[tuple(t.stem for t in toks[i : i + n])] in _MEASURE_KINDS


def _word_number(word: str, tables: Tables) -> float | None:
    """The exact value of one number word ("twelve", "twenty-five"); None otherwise."""
    pair = tables.number_words.get((word,))
    if pair is not None:
        return pair[0] if pair[0] == pair[1] else None
    return _hyphenated_number(word, tables)


def _hyphenated_number(word: str, tables: Tables) -> float | None:
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
    toks: Sequence[Tok],
    first: int,
    last: int,
    low: float,
    high: float | None,
    value: float,
    kind: str,
    text: str,
    context: str,
    tables: Tables,
) -> Quantity:
    noun, noun_kind, noun_at = _counted_noun(toks, last + 1, tables)
    if kind == MONEY or (not kind and noun_kind == MONEY):
        # "£2.4 billion a year", "$66 per month": a sum is told per period, which the
        # figure keeps, so a yearly sum compares with a yearly sum only
        rate = _rate_after(toks, noun_at + 1 if noun_kind == MONEY else last + 1)
        if rate is not None:
            noun, noun_kind, noun_at = rate
    kind = kind or noun_kind
    event = tables.noun_events.get(toks[noun_at].stem, "") if noun_at >= 0 else ""
    # "put the toll at 40", "gave a figure of 30": the figure word sits before the number.
    figure = ""
    # "the death toll from the epidemic has risen to 366": a figure a verb reaches ("to",
    # "at") may name its figure word as the clause's subject, further back.
    reach = _SUBJECT_REACH if not noun and first and toks[first - 1].lower in _REACHED else 4
    for j in range(first - 1, max(first - 1 - reach, -1), -1):
        if toks[j].text in CLAUSE_END:
            break
        if toks[j].stem in tables.figure_words:
            figure = toks[j].lower
            if j > 0 and toks[j - 1].stem in {"death", "casualty"}:
                figure = toks[j - 1].lower + " " + figure
            elif j > 0 and toks[j - 1].stem in tables.noun_events:
                # "a fatalities count of 281": the word before names what is counted
                figure = toks[j - 1].lower + " " + figure
                kind = kind or PERSONS
                event = event or tables.noun_events[toks[j - 1].stem]
            if not noun and j + 2 < first and toks[j + 1].lower == "of":
                # "put the number of voters at 2.5 million": what the figure word names is
                # counted, not whatever kind of figure the sentence before gave
                named = _named_by_figure(toks, j + 2, first, tables)
                if named is not None:
                    noun, named_kind, noun_at = named
                    kind = kind or named_kind
                    event = event or tables.noun_events.get(toks[noun_at].stem, "")
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
        if noun.endswith(end_word):
            noun = noun[:-1]
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


MONEY = "money"
# A sum's period: "a year", "per month", "each week", "annually". PERIOD_OF maps each word
# that can end a sum's period, as written, to the period it names (figures.figure_slot).
_RATE_WORDS = frozenset({"a", "an", "per", "each", "every"})
PERIOD_OF = {
    **{p: p for p in ("year", "month", "week", "day", "quarter")},
    "annum": "year",
    "annually": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
}
_RATE_ADVERBS = frozenset(w for w in PERIOD_OF if w.endswith("ly"))
_PERIODS = frozenset(PERIOD_OF) - _RATE_ADVERBS
# The words that spread a sum over a span ("£12 billion over four years").
SPAN_WORDS = ("over", "across")
_SPAN_OPENS = tuple(f"{w} " for w in SPAN_WORDS)


def _rate_after(toks: Sequence[Tok], i: int) -> tuple[str, str, int] | None:
    """(the period as written, "money", its last token) when a period follows token i."""
    if i >= len(toks):
        return None
    if toks[i].lower in _RATE_ADVERBS:
        return toks[i].text, MONEY, i
    if i + 1 < len(toks) and toks[i].lower in _RATE_WORDS and toks[i + 1].lower in _PERIODS:
        return f"{toks[i].text} {toks[i + 1].text}", MONEY, i + 1
    # "£12 billion over four years": a sum spread over a span, a yearly sum once divided
    # (figures.figure_slot); the span's number stays in the words
    if (
        i + 2 < len(toks)
        and toks[i].lower in SPAN_WORDS
        and toks[i + 2].lower in {"years", "months"}
        and span_count(toks[i + 1].lower) is not None
    ):
        return " ".join(t.text for t in toks[i : i + 3]), MONEY, i + 2
    return None


def span_count(word: str) -> float | None:
    """The number of a span ("four", "3"), more than one; None when it is no number."""
    tables = load_tables()
    pair = tables.number_words.get((word,))
    value = pair[0] if pair and pair[0] == pair[1] else None
    if value is None and word.isdigit():
        value = float(word)
    # (past 100 the number is a year's, "over 2025", not a count of periods)
    return value if value is not None and 1 < value <= 100 else None


# Words just before a figure that a verb reaches it by ("has risen to 366", "stands at 40",
# "reached 22"), and how far back such a figure's subject may name it.
_REACHED = frozenset({"to", "at", "reached", "hit", "topped", "passed", "exceeded"})
_SUBJECT_REACH = 14


def _named_by_figure(
    toks: Sequence[Tok], at: int, stop: int, tables: Tables
) -> tuple[str, str, int] | None:
    """(noun, kind, index) after "the number of": a kind noun ("voters"), else the first
    lower-case content word ("the number of SARS cases": cases); None when neither."""
    of = match_at(toks, at, tables.kinds, "stem")
    if of and at + of <= stop:
        return (
            " ".join(t.text for t in toks[at : at + of]),
            tables.kinds[tuple(t.stem for t in toks[at : at + of])],
            at + of - 1,
        )
    head: tuple[str, str, int] | None = None
    for k in range(at, min(at + 3, stop)):
        tok = toks[k]
        if tok.text in CLAUSE_END or not tok.text[:1].isalpha() or tok.lower in _STOP:
            break
        if tok.text[:1].islower():
            head = tok.text, stem(tok.lower), k  # a compound's head is its last noun
    return head


def _counted_noun(toks: Sequence[Tok], start: int, tables: Tables) -> tuple[str, str, int]:
    """(noun, kind, token index) of what a figure counts: the first kind noun a few words on
    ("12 suspected fighters", "three of the dead"), else the next content word."""
    fallback: tuple[str, str, int] = ("", "", -1)
    for j in range(start, min(start + _NOUN_WINDOW, len(toks))):
        tok = toks[j]
        if tok.text in CLAUSE_END or tok.text == "," or tok.lower in _AUXILIARIES:
            break  # "a salary of $66 does not": a verb ends the noun phrase
        if fallback[0] and tok.lower in _CLAUSE_OPENERS:
            break  # "15,000 documents it plans to post": a new clause, the noun was before
        if _digits(tok) is not None or (tok.lower,) in tables.number_words:
            if fallback[0]:
                break  # "60 cases and seven deaths": the next figure counts the next noun
            continue  # a number word is never what is counted
        if tok.lower == "other" and j + 1 < len(toks) and toks[j + 1].text[:1].isalpha():
            # "three other sites" counts sites; only "three others" counts people
            continue
        n = match_at(toks, j, tables.kinds, "stem")
        if n and j + n < len(toks) and match_at(toks, j + n, tables.kinds, "stem"):
            # A compound's head is its last noun: "four hospital officials" counts officials.
            j += n
            n = match_at(toks, j, tables.kinds, "stem")
        if n:
            words = tuple(t.stem for t in toks[j : j + n])
            return " ".join(t.text for t in toks[j : j + n]), tables.kinds[words], j + n - 1
        if tok.stem in tables.figure_words:
            return tok.text, "", j
        if len(tok.lower) > 4 and tok.lower.endswith("ed"):
            # "281 issued Monday": a participle describes, it is not counted; before a
            # preposition it opens a clause ("281 issued by the ministry") the noun is not in
            # (over four letters: "bed", "shed", "seed" are nouns)
            if j + 1 < len(toks) and toks[j + 1].lower in _STOP:
                break
            continue
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


def _source_count(toks: Sequence[Tok], noun_at: int, tables: Tables) -> bool:
    """The counted noun is who speaks, not who was hit: "three ministry officials who said",
    "two witnesses told": a number of sources is no toll."""
    nxt = [t.lower for t in toks[noun_at + 1 : noun_at + 3]]
    if nxt[:1] == ["who"]:
        nxt = nxt[1:]
    return bool(nxt) and nxt[0] in tables.reporting


# The count kind of people (data/quantities.yaml ``counts``); every noun_events word counts
# people ("fatalities", "arrests", "refugees").
PERSONS = "persons"

# Pronouns and relatives that open a clause after a noun ("documents it plans to post").
_CLAUSE_OPENERS = word_set("it they he she we i you that which who whom whose")

_AUXILIARIES = word_set("does do did will would can could should shall may might must")

_STOP = word_set(
    "of the a an and or to in on at by for from with were was are is be been had have has who "
    "that which more other about some than as it its their his her them those these this "
    "monday tuesday wednesday thursday friday saturday sunday"
)


_TOLL_BEFORE = LazyPattern(r"(?i)\b(?:death\s+toll|toll\s+of\s+dead|number\s+of\s+dead)\b")


def _resolve_figure(word: str, before: str, context: str, tables: Tables) -> tuple[str, str]:
    """(kind, event) of a bare figure word from the text before it."""
    if "death" in word or "toll" in word or "casualt" in word:
        return PERSONS, "killing" if "casualt" not in word else "injury"
    if _TOLL_BEFORE.search(before[-CONTEXT_CHARS:].rsplit(". ", 1)[-1]):
        # "the death toll is 10 times higher than the official figure of about 200": a
        # figure set beside a toll in its sentence counts the toll's dead
        return PERSONS, "killing"
    window = (context + " " + before)[-CONTEXT_CHARS:]
    toks = tokens(window)
    kind, event = "", ""
    for j in range(len(toks) - 1, -1, -1):
        if not kind:
            n = match_at(toks, j, tables.kinds, "stem")
            if (
                n
                and j > 0
                and _digits(toks[j - 1]) is not None
                or n
                and toks[j].stem in tables.noun_events
            ):
                kind = tables.kinds[tuple(t.stem for t in toks[j : j + n])]
        # the figure word's own class ("turnout" is a poll's) says nothing of what it counts
        if not event and (toks[j].stem,) in tables.events and toks[j].lower != word:
            event = tables.events[(toks[j].stem,)]
            if event in {"denial", "accusation"}:
                event = ""
        if kind and event:
            break
    return kind, event


# Classes a figure never counts: a figure near "denied" still counts the dead.
_NOT_COUNTED = frozenset({"denial", "accusation", "violation"})


def _nearest_event(toks: Sequence[Tok], first: int, end: int, tables: Tables) -> str:
    """The event class of the event word nearest the figure within its clause (after the
    counted noun first: "12 people were killed"; then before: "killed 12 people")."""
    best: tuple[int, str] | None = None
    for direction, start, stop in ((1, end + 1, len(toks)), (-1, first - 1, -1)):
        j, steps = start, 0
        while j != stop and steps < _EVENT_WINDOW:
            tok = toks[j]
            if tok.text in CLAUSE_END:
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


def _qualifier(q: Quantity) -> str:
    """The capitalised words between a figure and its noun ("two Thai soldiers": "thai")."""
    noun = set(q.noun.lower().split())
    words = q.text.split()[1:]  # the figure itself may open a sentence ("Two ...")
    return " ".join(w.lower() for w in words if w[:1].isupper() and w.lower() not in noun)


def other_sets(x: Quantity, y: Quantity) -> bool:
    """Whether two counts of one noun count different sets: each qualified by another nation
    or name ("two Thai soldiers" / "three Cambodian soldiers"), so no figure is in dispute."""
    qx, qy = _qualifier(x), _qualifier(y)
    return bool(qx and qy and qx != qy)
