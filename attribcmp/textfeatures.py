"""Claim text -> TextFeatures: the normalised tokens two claims are compared on.

A claim's words are normalised (case, punctuation, stop words, light stemming), words from one
concept group (``data/concepts.yaml`` plus the profile's groups) are folded into one token, and
numbers become a shared ``#num`` slot plus their value. ``align.py`` scores claims on these
tokens; the lexicons (``data/concepts.yaml`` sections, ``data/stopwords.yaml``) are read here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from attribcmp.data import load_table, load_yaml, word_set
from attribcmp.model import Claim

__all__ = [
    "CONCEPT_MARK",
    "NUMBER_SLOT",
    "Concepts",
    "NumberMention",
    "TextFeatures",
    "analyse_text",
    "is_stopword",
    "lexicon",
    "load_concepts",
    "number_word_run",
    "possessive",
    "said_text",
    "stem",
    "whole_words",
    "written_as",
]

CONCEPT_MARK = "~"
NUMBER_SLOT = "#num"

_TOKEN = re.compile(
    r"""
    [$€£]?\d[\d,]*(?:[\u00a0\u2009\u202f]\d{3}(?!\d))*(?:\.\d+)?(?:%|st\b|nd\b|rd\b|th\b)?
                                            # 15, 2.5, 1,698.02, 12 000 (thin space), 75th, 18%
    | (?:[^\W\d_]\.){2,}                                  # U.S. U.N.
    | [^\W\d_]+(?:['’][^\W\d_]+)*                         # words, with inner apostrophes
    | %
    """,
    re.VERBOSE,
)
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
# "one" is left out: it is far more often a pronoun ("one of them") than a count.
_UNITS = {"one": 1, **{w: v for w, v in _NUMBER_WORDS.items() if v < 10}}


# Scale words a run of number words multiplies by ("three hundred fifty", "two thousand").
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_SMALL = {"one": 1, **{w: v for w, v in _NUMBER_WORDS.items() if v < 100 and w != "dozen"}}


# The units of a relative amount ("double", "cut by 10 percent"): a rise or a fall in percent,
# which only another change of the same direction compares with (data/quantities.yaml); a rise
# against a fall is a pair of opposite predicates, not of figures.
CHANGE_UNITS = {1: "percent rise", -1: "percent fall"}
_PERCENT_UNITS = frozenset({"percent", "per", "pct"})
# Words before a verb's base form that make it one ("to double", "will halve").
_VERB_BEFORE = word_set(
    "to will would could can may might should must shall and or nearly almost more than"
)
# Words after it that make it a verb with an object ("double the volume", "halve its debt").
_OBJECT_AFTER = word_set("the its their his her our this that these those")
# Particles after a past form that make an idiom, not a figure ("doubled down").
_IDIOM_AFTER = frozenset({"down", "up", "over", "back"})
# How far (words) before "by N percent" its change verb may stand ("increase gas deliveries
# by fifty percent": three).
_CHANGE_REACH = 5
# Words that may stand between "by" and the figure ("by about 10 percent").
_BY_BOUNDS = frozenset({"about", "some", "around", "roughly", "nearly", "almost", "up", "to"})


@cache
def _changes() -> tuple[dict[str, str], dict[str, int]]:
    """(multiplying verb -> change in percent, change verb -> +1 up / -1 down)."""
    data = load_table("quantities.yaml")
    multiplying = {str(w).lower(): str(v) for w, v in data["multiplying_verbs"].items()}
    signs = {str(w).lower(): 1 for w in data["change_verbs"]["up"]}
    signs.update((str(w).lower(), -1) for w in data["change_verbs"]["down"])
    return multiplying, signs


def _as_verb(raw: Sequence[str], i: int, compound: set[int]) -> bool:
    """``raw[i]`` ("double", "halved") is a verb of change, not an adjective ("a double
    blow", "double-digit") or an idiom ("doubled down")."""
    if i in compound:
        return False
    word = raw[i].lower()
    after = raw[i + 1].lower() if i + 1 < len(raw) else ""
    if word.endswith(("ed", "ing")):
        return after not in _IDIOM_AFTER
    before = raw[i - 1].lower() if i else ""
    return before in _VERB_BEFORE or after in _OBJECT_AFTER


def _change_sign(raw: Sequence[str], first: int) -> int:
    """+1 or -1 when the percentage at ``raw[first]`` is a change ("increase deliveries by
    fifty percent", "cut by about 10 percent"); 0 for a level ("turnout was 50 percent")."""
    k = first - 1
    while k >= 0 and raw[k].lower() in _BY_BOUNDS and first - k <= 2:
        k -= 1
    if k < 0 or raw[k].lower() != "by":
        return 0
    signs = _changes()[1]
    for j in range(k - 1, max(k - 1 - _CHANGE_REACH, -1), -1):
        sign = signs.get(raw[j].lower())
        if sign:
            return sign
    return 0


# "one day" is mostly "some day" ("could one day join"), not a span of a day.
_ONE_IDIOMS = frozenset({"day"})


@cache
def _measure_words() -> frozenset[str]:
    """Units of measure and currencies as written (data/quantities.yaml)."""
    data = load_table("quantities.yaml")
    found = {str(w).lower() for table in data["measures"].values() for w in table}
    found.update(str(w).lower() for ws in data["currencies"].values() for w in ws)
    return frozenset(found)


def _one_unit(raw: Sequence[str], i: int) -> bool:
    """A unit of measure follows "one" at ``raw[i]`` ("one hour", "one percent")."""
    if i >= len(raw):
        return False
    word = raw[i].lower()
    return word in _measure_words() and word not in _ONE_IDIOMS


def _small_word(word: str) -> int | None:
    """A number word below 100 ("seven", "fifty", "fifty-five"); None otherwise."""
    if word in _SMALL:
        return _SMALL[word]
    tens, _, unit = word.partition("-")
    if tens in _SMALL and unit in _SMALL and _SMALL[tens] % 10 == 0 and _SMALL[unit] < 10:
        return _SMALL[tens] + _SMALL[unit]
    return None


def number_word_run(words: Sequence[str], start: int) -> tuple[int, int] | None:
    """A figure written in words with a scale in it, read whole: (value, words used) for
    "three hundred fifty", "two thousand five hundred", "one hundred and five"; None when the
    words at ``start`` hold no scale (plain "fifty" is read word by word)."""
    total, current, last, k, end, value = 0, 0, None, start, 0, 0
    scaled = False
    while k < len(words):
        w = words[k].lower()
        small = _small_word(w)
        if small is not None:
            # "fifty five" joins; "five six" or "fifty sixty" is two figures.
            if last is not None and not (last % 10 == 0 and 20 <= last < 100 and small < 10):
                break
            current, last = current + small, small
        elif w in _SCALES and k > start:
            scale = _SCALES[w]
            if scale == 100:
                if not 1 <= current < 100:
                    break
                current *= 100
            else:
                if total and total < scale * 1000 and current == 0:
                    break
                total, current = total + current * scale, 0
            last, scaled = None, True
        elif w == "and" and scaled and last is None and k + 1 < len(words):
            # "one hundred and five" joins; "one hundred and two hundred" is two figures.
            j = k + 1
            while j < len(words) and _small_word(words[j].lower()) is not None:
                j += 1
            if j == k + 1 or (j < len(words) and words[j].lower() in _SCALES):
                break
            k += 1
            continue
        else:
            break
        k += 1
        if scaled:
            end, value = k, total + current
    if not scaled or end - start < 2:
        return None
    return value, end - start


@dataclass(frozen=True, slots=True)
class Concepts:
    """Concept groups ready for lookup.

    Attributes:
        groups: the groups as written (profile groups first), for messages.
        words: stemmed single word -> concept token ("~defense").
        phrases: stemmed multi-word entries -> concept token, longest first.
        phrase_starts: first stems of the phrases (a quick test before trying them).
    """

    groups: tuple[tuple[str, ...], ...]
    words: Mapping[str, str] = field(compare=False, hash=False)
    phrases: tuple[tuple[tuple[str, ...], str], ...] = ()
    phrase_starts: frozenset[str] = frozenset()
    # The hash of the fields above, taken once: every cached look-up of a pair of claims
    # (analyse_text, word_kinds, ...) hashes the concepts, and a tuple re-hashes each string
    # of every group each time (a compare of 50 accounts hashed them 108,000 times).
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.groups, self.phrases, self.phrase_starts)))

    def __hash__(self) -> int:
        return self._hash


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number in a claim: normalised value, the stem of the word after it, and the text."""

    value: str
    unit: str
    text: str
    unit_text: str = ""
    # A capitalised word between the figure and its noun ("two Thai soldiers"): which set of
    # that noun it counts; "" when none.
    qualifier: str = ""
    # The figure is a lower bound, open above ("at least four", "more than 400").
    floor: bool = False


@dataclass(frozen=True, slots=True)
class TextFeatures:
    """What the comparison needs from one text.

    Attributes:
        tokens: content tokens in text order, no repeats (stems, ``~concept``, ``#num``, ``#15``).
        surfaces: content token -> the words of the text it came from.
        entities: content tokens that came from capitalised words (names).
        numbers: the numbers, with the word after each.
        negations: negating words found ("not", "denied", "n't").
        stems: every token's stem in order, stop words included (for lexicon phrases).
        words: the tokens as written, aligned with ``stems``.
    """

    tokens: tuple[str, ...]
    surfaces: Mapping[str, tuple[str, ...]] = field(compare=False, hash=False)
    entities: frozenset[str] = frozenset()
    numbers: tuple[NumberMention, ...] = ()
    negations: tuple[str, ...] = ()
    stems: tuple[str, ...] = ()
    words: tuple[str, ...] = ()

    def has(self, phrase: tuple[str, ...]) -> bool:
        """True if the stemmed phrase occurs in the text."""
        return bool(self.find(phrase))

    def find(self, phrase: tuple[str, ...]) -> str:
        """The words of the text that match the stemmed phrase ("" if absent)."""
        n, stems = len(phrase), self.stems
        # "in" and tuple.index scan in C for the first stem: a long report tests ~200,000
        # lexicon phrases, nearly all against claims that hold none of them
        if not n or phrase[0] not in stems:
            return ""
        start = stems.index(phrase[0])
        for i in range(start, len(stems) - n + 1):
            if stems[i] == phrase[0] and stems[i : i + n] == phrase:
                return " ".join(self.words[i : i + n])
        return ""


@cache
def _load_yaml(name: str) -> Any:
    text = resources.files("attribcmp.data").joinpath(name).read_text(encoding="utf-8")
    return load_yaml(text)


@cache
def lexicon(section: str) -> Any:
    """A section of ``data/concepts.yaml`` (denials, opposites, commitment, hedges, agreement)."""
    return _load_yaml("concepts.yaml")[section]


@cache
def _bound_words() -> dict[tuple[str, ...], bool]:
    """The words before a figure that make it a bound or an estimate (data/events.yaml):
    whether each makes it a lower bound, open above ("at least", "more than")."""
    bounds: dict[str, list[float | None]] = _load_yaml("events.yaml")["bounds"]
    return {tuple(k.lower().split()): high is None for k, (_low, high) in bounds.items()}


def _floor_before(words: list[str]) -> bool:
    """The words just before a figure end with a lower bound's words (the longest bound
    decides: "no more than" is none)."""
    table = _bound_words()
    if not words or words[-1] not in _bound_ends():
        return False  # (most figures: no bound's last word just before them)
    for n in range(len(words), 0, -1):
        if tuple(words[-n:]) in table:
            return table[tuple(words[-n:])]
    return False


@cache
def _bound_ends() -> frozenset[str]:
    """The last words of the bound phrases: a quick test before the phrase look-ups."""
    return frozenset(k[-1] for k in _bound_words() if k)


@cache
def _stopwords() -> frozenset[str]:
    data: dict[str, list[str]] = _load_yaml("stopwords.yaml")
    words = {w for group in data.values() for w in group}
    return frozenset(words | {stem(w) for w in words})


def is_stopword(word: str) -> bool:
    """A function word of ``data/stopwords.yaml`` (lower-cased: "the", "on")."""
    return word in _stopwords()


@cache
def _negators() -> tuple[frozenset[str], frozenset[str]]:
    """(plain negators matched on the surface, denial verbs matched on the stem)."""
    data: dict[str, list[str]] = _load_yaml("stopwords.yaml")
    denials = frozenset(stem(str(w)) for w in lexicon("denials"))
    # Surface only for "not"/"no": their stems would catch "noted" -> "not".
    return frozenset(data["negation"]), denials


# Every stage stems the same words again and again; the vocabulary of a run is small.
@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Light suffix stripping: enough to match 'discussed'/'discusses', not a real stemmer."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    # Acronyms ("COAS", "NATO") and short words are left alone.
    if len(w) <= 3 or not w.isalpha() or word.isupper():
        return w
    if w.endswith(("ies", "ied")) and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("eed") and not w.endswith("ceed"):
        w = w[:-1]
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    # A "-ceed" verb ("succeed", "proceed") is a base, not "agreed" or a past tense in "-ed".
    if w.endswith("ceed"):
        return w
    suffix = w.endswith("ing") and len(w) > 5 or w.endswith("ed") and len(w) > 4
    if suffix:
        w = w[:-3] if w.endswith("ing") else w[:-2]
        # "stopped" -> "stopp" -> "stop"; "ll"/"ss" stay ("called", "discussed").
        if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsaeiouz":
            w = w[:-1]
    # Drop a final silent e so "increase"/"increased" and "agree"/"agreed" meet.
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


_ORDINAL_ENDS = ("st", "nd", "rd", "th")


# A story repeats its figures ("15", "2019"); read each spelling once.
@lru_cache(maxsize=16384)
def _number_value(token: str) -> str | None:
    raw = token.lstrip("$€£").rstrip("%")
    raw = raw.replace(",", "").replace("\u00a0", "").replace("\u2009", "").replace("\u202f", "")
    if raw.endswith(_ORDINAL_ENDS):  # "75th": one suffix, as r"(st|nd|rd|th)$" strips it
        raw = raw[:-2]
    try:
        value = float(raw)
    except ValueError:
        return None
    return str(int(value)) if value.is_integer() else str(value)


@cache
def load_concepts(extra: tuple[tuple[str, ...], ...] = ()) -> Concepts:
    """Load the built-in concept groups, with ``extra`` (from the profile) in front.

    Args:
        extra: more word groups; on a word in two groups the first group wins, so profile
            groups override the built-in ones.

    Returns:
        The groups ready for lookup.
    """
    builtin = tuple(tuple(str(w) for w in group) for group in lexicon("concepts"))
    groups = tuple(tuple(w for w in g if w.strip()) for g in extra) + builtin
    words: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for group in groups:
        if not group:
            continue
        name = CONCEPT_MARK + group[0].lower()
        for entry in group:
            stems = tuple(stem(t) for t in _TOKEN.findall(entry.lower()))
            if len(stems) == 1:
                words.setdefault(stems[0], name)
            elif stems:
                phrases.setdefault(stems, name)
    ordered = tuple(sorted(phrases.items(), key=lambda kv: (-len(kv[0]), kv[0])))
    return Concepts(
        groups=groups,
        words=MappingProxyType(words),
        phrases=ordered,
        phrase_starts=frozenset(p[0] for p in phrases),
    )


def possessive(name: str) -> str:
    """ "villagers'" for "villagers", "Pereda's" for "Pereda", a written possessive as it is: a
    plural noun in s takes the bare apostrophe ("villagers's" read as a typo to a reviewer).
    A name in s stays "'s" ("Jones's"): only a lower-case last word reads as a plural."""
    if name.endswith(("'s", "’s", "s'", "s’")):
        return name
    last = name.split()[-1] if name.split() else name
    if last.endswith("s") and last.islower():
        return f"{name}'"
    return f"{name}'s"


def written_as(text: str, token: str) -> str:
    """The word of ``text`` a token came from ("villages" for "villag", "military" for the
    concept "~defense"); "" when the text holds none: a reason quotes only words a reader can
    find, never a stem or a concept's name."""
    surfaces = analyse_text(text, load_concepts()).surfaces.get(token, ())
    if surfaces:
        return surfaces[0]
    bare = token.lstrip(CONCEPT_MARK)
    for m in re.finditer(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text):
        if stem(m.group()) == bare or m.group().lower() == bare:
            return m.group()
    return ""


# Facets, links, alignment and verdicts all read each claim's words: analyse each text once.
# The features are frozen, so sharing one object between callers is safe.
@lru_cache(maxsize=16384)
def analyse_text(text: str, concepts: Concepts) -> TextFeatures:
    """Normalise one text into the tokens and signals the comparison uses.

    Args:
        text: a claim's content or a plain statement.
        concepts: from ``load_concepts``.

    Returns:
        Its features; an empty text gives empty features.
    """
    found = list(_TOKEN.finditer(text))
    raw = [m.group() for m in found]
    # Words inside a hyphenated compound ("do-not-call") are not negations.
    compound = (
        {
            n
            for n, m in enumerate(found)
            if text[m.end() : m.end() + 1] == "-" or text[max(m.start() - 1, 0) : m.start()] == "-"
        }
        if "-" in text
        else set()
    )
    # "No. 2", "No. 10": a rank or label; neither the "No" negates nor the figure counts.
    label = (
        {
            n
            for n, m in enumerate(found[:-1])
            if raw[n].lower() == "no"
            and text[m.end() : m.end() + 1] == "."
            and raw[n + 1][0].isdigit()
        }
        if "o." in text or "O." in text
        else set()
    )
    stems = tuple(map(stem, raw))
    lows = [w.lower() for w in raw]  # each word lower-cased once, for the bound words
    folded = [w.replace("’", "'") for w in lows] if "’" in text else lows
    phrase_starts = concepts.phrase_starts
    multiplying = _changes()[0]
    stop = _stopwords()
    negators = _negators()
    # content token -> its words as written; the tokens are its keys, in the order first seen
    # (each token's list is filled in place: a call per word was a fifth of the time)
    surfaces: dict[str, list[str]] = {}
    entities: set[str] = set()
    numbers: list[NumberMention] = []
    negations: list[str] = []

    i = 0
    while i < len(raw):
        # most words start no phrase: one set look-up before the call
        matched = _match_phrase(stems, i, concepts) if stems[i] in phrase_starts else None
        if matched is not None:
            length, name = matched
            seen, phrase = surfaces.setdefault(name, []), " ".join(raw[i : i + length])
            if phrase not in seen:
                seen.append(phrase)
            i += length
            continue
        word, word_stem, lower = raw[i], stems[i], folded[i]
        first = i  # where a figure of several words starts
        if i in label:
            i += 2
            continue
        value = _number_value(word) if word[0].isdigit() or word[0] in "$€£" else None
        run = number_word_run(raw, i) if value is None and lower in _SMALL else None
        if run is not None:
            # "three hundred fifty" is one figure, 350, not "three" and "fifty".
            value, word = str(run[0]), " ".join(raw[i : i + run[1]])
            i += run[1] - 1
        elif value is None and lower == "one" and _one_unit(raw, i + 1):
            value = "1"  # "lasted one hour": a figure, not the pronoun "one of them"
        elif value is None and lower in _NUMBER_WORDS:
            count = _NUMBER_WORDS[lower]
            after = raw[i + 1].lower() if i + 1 < len(raw) else ""
            # "fifty-seven": a tens word then a unit word make one figure.
            if count % 10 == 0 and count < 100 and (after in _UNITS) and i in compound:
                count += _UNITS[after]
                word = f"{word}-{raw[i + 1]}"
                i += 1
            value = str(count)
        multiplied = value is None and lower in multiplying and _as_verb(raw, i, compound)
        if multiplied:
            value = multiplying[lower]  # "agreed to double the volume": a rise of 100%
        if value is not None:
            unit, unit_text, qualifier = _unit_after(raw, stems, i + 1, stop)
            if word.endswith("%"):
                unit, unit_text = "percent", ""
            elif word.isdigit() and len(word) == 4 and 1800 <= int(word) <= 2100:
                # "in 2019" and "in 2020" name one quantity: the calendar year (a unit no stem
                # spells, so "a 45-year-old" or "20 years" is never set against it).
                unit, unit_text = "calendar year", ""
            if multiplied:
                sign = -1 if value.startswith("-") else 1
                unit, unit_text, qualifier = CHANGE_UNITS[sign], "", ""
                value = value.lstrip("-")
            elif unit in _PERCENT_UNITS and (sign := _change_sign(raw, first)):
                # "increase deliveries by fifty percent": a rise, compared with "double"
                unit = CHANGE_UNITS[sign]
            floor = _floor_before(lows[max(0, first - 3) : first])
            numbers.append(NumberMention(value, unit, word, unit_text, qualifier, floor))
            for slot in (NUMBER_SLOT, "#" + value):
                seen = surfaces.setdefault(slot, [])
                if word not in seen:
                    seen.append(word)
        elif i not in compound and (
            lower in negators[0] or word_stem in negators[1] or lower.endswith("n't")
        ):
            negations.append(word)
        elif lower in stop or word_stem in stop or len(lower) < 2:
            pass
        else:
            token = concepts.words.get(word_stem, word_stem)
            seen = surfaces.setdefault(token, [])
            if word not in seen:
                seen.append(word)
            is_name = (i > 0 and word[0].isupper()) or (word.isupper() and len(word) > 1)
            if is_name and not token.startswith(CONCEPT_MARK):
                entities.add(token)
        i += 1
    return TextFeatures(
        tokens=tuple(surfaces),
        surfaces=MappingProxyType({k: tuple(v) for k, v in surfaces.items()}),
        entities=frozenset(entities),
        numbers=tuple(numbers),
        negations=tuple(negations),
        stems=stems,
        words=tuple(raw),
    )


def _match_phrase(stems: tuple[str, ...], i: int, concepts: Concepts) -> tuple[int, str] | None:
    if stems[i] not in concepts.phrase_starts:
        return None
    for phrase, name in concepts.phrases:
        if stems[i : i + len(phrase)] == phrase:
            return len(phrase), name
    return None


def _unit_after(
    raw: list[str], stems: tuple[str, ...], i: int, stop: frozenset[str]
) -> tuple[str, str, str]:
    """(unit stem, unit as written, qualifier) of the figure before ``raw[i]``."""
    # The unit is the next content word: "15 militants", "$2.5 billion", "9 dead".
    for j in range(i, min(i + 2, len(raw))):
        if raw[j].lower() not in stop and not raw[j][0].isdigit():
            nxt = raw[j + 1] if j + 1 < len(raw) else ""
            # A demonym or name before a lower-case noun qualifies it ("two Thai soldiers",
            # "3 U.S. troops"): the noun is what is counted; a date's month is no qualifier.
            if (
                raw[j][0].isupper()
                and raw[j].lower().rstrip(".") not in _CALENDAR_WORDS
                and nxt.isalpha()
                and nxt.islower()
                and nxt not in stop
            ):
                return stems[j + 1], nxt, raw[j]
            return stems[j], raw[j], ""
    return "", "", ""


_CALENDAR_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)


def whole_words(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    r"""(start, end) of each place ``phrase`` stands in ``text`` as whole words, case aside:
    the matches of ``(?i)(?<!\w)<phrase>(?!\w)``, left to right, none overlapping.

    The link steps look for every speaker's name in claims: a pattern per name was ~1,000
    regex compiles in a long story (each ~0.2 ms), and more as they pushed each other out of
    re's cache. An ASCII phrase in a text whose letters fold as lower() does (none of them to
    an ASCII letter, as "\u017f" does to "s") is found with str.find, a word character being
    what \w is: alphanumeric or "_"; anything else goes through the pattern, kept per phrase.
    """
    if phrase and phrase.isascii() and _folds_apart(text):
        low, key, size = text.lower(), phrase.lower(), len(text)
        if len(low) == size:
            at = low.find(key)
            while at >= 0:
                end = at + len(key)
                if (at == 0 or not _word_char(text[at - 1])) and (
                    end == size or not _word_char(text[end])
                ):
                    yield at, end
                    at = low.find(key, end)
                else:
                    at = low.find(key, at + 1)
            return
    for m in _whole_word_pattern(phrase).finditer(text):
        yield m.start(), m.end()


def _word_char(ch: str) -> bool:
    # what the regex's \w is for a str pattern: alphanumeric or the underscore
    return ch.isalnum() or ch == "_"


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _folds_apart(text: str) -> bool:
    """No character of the text matches an ASCII one under re.IGNORECASE unless equal to it
    lower-cased (curly quotes and accented letters are fine; the long s is not)."""
    return text.isascii() or not any(map(_folds_to_ascii, set(_NOT_ASCII.findall(text))))


@cache
def _folds_to_ascii(ch: str) -> bool:
    return any(re.fullmatch(re.escape(ch), chr(c), re.IGNORECASE) for c in range(128))


@lru_cache(maxsize=4096)  # its own cache: a long story's names would crowd re's (512) out
def _whole_word_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?i)(?<!\w)" + re.escape(phrase) + r"(?!\w)")


def said_text(claim: Claim) -> str:
    """A claim's own words: its content parts joined, without the attribution between them
    ("“A,” he told reporters at the camp. “B.”" compares as "A … B")."""
    start, parts = claim.content.start, claim.parts
    if len(parts) == 1:  # most claims: one part, no join (every link step asks again)
        return claim.content.text[parts[0][0] - start : parts[0][1] - start]
    return " … ".join(claim.content.text[a - start : b - start] for a, b in parts)
