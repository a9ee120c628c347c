"""Text comparison helpers shared by the group verdicts (classify.py) and the pair rules
(relate.py): figure conflicts, swapped roles, shared words and the 0-1 similarity score.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from rapidfuzz import fuzz, utils

from attribcmp.data import load_yaml
from attribcmp.textfeatures import (
    CONCEPT_MARK,
    NUMBER_SLOT,
    Concepts,
    NumberMention,
    TextFeatures,
    analyse_text,
    lexicon,
    stem,
)

__all__ = [
    "NEGATED_CUE",
    "NO_CONCEPTS",
    "has_any",
    "lexicon_stems",
    "number_conflicts",
    "role_reversal",
    "rounded_figures",
    "shared_reasons",
    "similarity",
    "stems",
]

# The similarity formula (``similarity``); the thresholds that read it live with their verdicts
# (classify._SAME_SIMILARITY, relate._PAIR_SAME_SIMILARITY). Weights tuned on the even lines
# of MRPC (news sentence pairs judged same/different), checked on the odd lines; see
# bench/bench_pair_mrpc.py.
#   similarity = 0.5 * coverage of the longer text's words (stop words included: they carry
#                      the sentence's structure)
#              + 0.25 * coverage of the longer text's content tokens
#              + 0.25 * coverage of the shorter text's content tokens
#              - 1.5 * (partial_ratio - ratio) / 100  (matching only a part of the other text
#                      means one side adds material)
#              - 0.03 per figure only one side gives (at most 4)
#              - 0.3 if only one side negates
_FUZZ_CHARS = 1000  # characters of each text the character-level scores read (cost bound)
_WORD_COVERAGE_WEIGHT = 0.5
_CONTENT_LONG_WEIGHT = 0.25
_CONTENT_SHORT_WEIGHT = 0.25
_EXTRA_MATERIAL_WEIGHT = 1.5
_UNMATCHED_NUMBER_PENALTY = 0.03
_UNMATCHED_NUMBER_CAP = 4
_NEGATION_PENALTY = 0.3

NO_CONCEPTS = Concepts(groups=(), words={})

# A negated cue ("did not deny", "never denied") turns a denial cue into no denial.
NEGATED_CUE = re.compile(r"(?i)\b(?:not|never)\b|n[’']t\b")


@cache
def stems(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    # Lexicon entries go through the same analyser so phrases and inflections line up.
    return tuple(analyse_text(w, NO_CONCEPTS).stems for w in words)


@cache
def lexicon_stems(section: str, key: str = "") -> tuple[tuple[str, ...], ...]:
    entries = lexicon(section)[key] if key else lexicon(section)
    return stems(tuple(str(w) for w in entries))


def has_any(feat: TextFeatures, phrases: Iterable[tuple[str, ...]]) -> list[str]:
    """The text's words matching any of the phrases, in lexicon order."""
    return [w for w in (feat.find(p) for p in phrases) if w]


def _same_figure(x: str, y: str) -> bool:
    """Equal, or one is the other rounded ("$65 billion" and "$64.7 billion")."""
    if x == y:
        return True
    digits_x = len(x.partition(".")[2])
    digits_y = len(y.partition(".")[2])
    coarse, fine = (x, y) if digits_x < digits_y else (y, x)
    if digits_x == digits_y:
        return False
    places = len(coarse.partition(".")[2])
    return float(coarse) == round(float(fine), places)


def _figure_key(n: NumberMention) -> tuple[str, str]:
    """What ``_same_number`` and ``_rounds_to`` read of a figure."""
    return n.value, n.unit_text.lower()


def _distinct(numbers: Iterable[NumberMention]) -> list[NumberMention]:
    return list({_figure_key(n): n for n in numbers}.values())


def _unmatched_numbers(
    a: TextFeatures, b: TextFeatures
) -> tuple[list[NumberMention], list[NumberMention]]:
    # Looked up, not checked pair by pair: a pasted table of sixty figures a side made
    # 3,600 checks per pair of claims, "16 " x1,000 against "17 " x1,000 a million.
    in_a, in_b = _Figures(a.numbers), _Figures(b.numbers)
    return [n for n in a.numbers if not in_b.has(n)], [n for n in b.numbers if not in_a.has(n)]


def _decimals(value: str) -> int:
    return len(value.partition(".")[2])


class _Figures:
    """The figures of one text, keyed by what ``_same_number`` compares, so one lookup tells
    whether a figure of the other text is among them."""

    def __init__(self, numbers: Iterable[NumberMention]) -> None:
        self.values: set[str] = set()
        self.coarse: set[tuple[int, float]] = set()  # (decimals, value) as written
        self.fine: set[tuple[int, float]] = set()  # (places, value rounded to fewer places)
        self.scales: dict[float, set[float]] = {}  # magnitude -> the scale words' factors
        for n in numbers:
            value, places, scale = float(n.value), _decimals(n.value), _scale(n)
            self.values.add(n.value)
            self.coarse.add((places, value))
            self.fine.update((p, round(value, p)) for p in range(places))
            self.scales.setdefault(value * scale, set()).add(scale)

    def has(self, n: NumberMention) -> bool:
        """Some figure here is ``n`` for ``_same_number``."""
        value, places, scale = float(n.value), _decimals(n.value), _scale(n)
        return (
            n.value in self.values
            or (places, value) in self.fine
            or any((p, round(value, p)) in self.coarse for p in range(places))
            or bool(self.scales.get(value * scale, set()) - {scale})
        )


def _scale(n: NumberMention) -> float:
    return _SCALES.get(n.unit_text.lower(), 1.0)


_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _same_number(x: NumberMention, y: NumberMention) -> bool:
    """The same figure, rounded or not, or written with and without a scale word
    ("1.5 million" and "1,500,000")."""
    if _same_figure(x.value, y.value):
        return True
    scale_x, scale_y = _SCALES.get(x.unit_text.lower(), 1.0), _SCALES.get(y.unit_text.lower(), 1.0)
    if scale_x == scale_y:
        return False
    return float(x.value) * scale_x == float(y.value) * scale_y


# One figure is the other rounded ("about 300" / "296", "$1 billion" / "$952 million") when it
# has fewer significant digits, the other rounds to it, and they differ by at most this share:
# a fact-checker reads "300 dead" and "296 dead" as one toll, "$1 million" and "$1.4 million" not.
_ROUNDED_SHARE = 0.05
# ... and the round figure has at most this many significant digits ("300", "1.5 million",
# "4,500"; "2020" is a year, not a rounded 2019).
_ROUND_DIGITS = 2
# A four-digit whole number in this range with no scale word is read as a year, never rounded.
_YEARS = (1000, 2999)


def _significant(value: str) -> int:
    digits = value.replace(".", "").lstrip("0") if "." in value else value.strip("0")
    return max(len(digits.rstrip("0") if "." not in value else digits), 1)


def _magnitude(n: NumberMention) -> float:
    return float(n.value) * _SCALES.get(n.unit_text.lower(), 1.0)


def _year(n: NumberMention) -> bool:
    plain = n.value.isdigit() and n.unit_text.lower() not in _SCALES
    return plain and _YEARS[0] <= int(n.value) <= _YEARS[1]


def _rounds_to(fine: NumberMention, coarse: NumberMention) -> bool:
    places = _significant(coarse.value)
    if places > _ROUND_DIGITS or places >= _significant(fine.value):
        return False
    if any(_year(n) for n in (fine, coarse)):
        return False
    x, y = _magnitude(fine), _magnitude(coarse)
    if y == 0 or abs(x - y) > _ROUNDED_SHARE * abs(y):
        return False
    return math.isclose(float(f"{x:.{places}g}"), y, rel_tol=1e-9)


def rounded_figures(
    a: TextFeatures, b: TextFeatures
) -> tuple[TextFeatures, TextFeatures, list[str]]:
    """The two texts without the figures that are one another rounded, and a note each
    (the pair verdicts in relate.py; the group verdicts keep every figure)."""
    drop_a: set[tuple[str, str]] = set()
    drop_b: set[tuple[str, str]] = set()
    notes: list[str] = []
    # Distinct figures only: a figure repeated a thousand times on each side is one note,
    # not a million.
    for x in _distinct(a.numbers):
        for y in _distinct(b.numbers):
            if _rounds_to(x, y) or _rounds_to(y, x):
                drop_a.add(_figure_key(x))
                drop_b.add(_figure_key(y))
                notes.append(f"figures agree once rounded: A {x.text}, B {y.text}")
    if not notes:
        return a, b, []
    keep_a = tuple(n for n in a.numbers if _figure_key(n) not in drop_a)
    keep_b = tuple(n for n in b.numbers if _figure_key(n) not in drop_b)
    return replace(a, numbers=keep_a), replace(b, numbers=keep_b), notes


# At most this many differing pairs of figures are spelled out in one reason.
_SHOWN_PAIRS = 6
# Two figures in two units of one measure agree once converted when they are at most this
# share apart: each side rounds in its own unit ("3 km" is "two miles", 7% off; "90 miles" is
# "150 kilometres", 3.5% off), and a tenth apart is beyond such rounding.
_CONVERTED_SHARE = 0.1
# A four-digit whole number in this range is a calendar year (as textfeatures.analyse_text reads it;
# here also with the comma after it, "in 1999, Mauritania").
_CALENDAR = (1800, 2100)


@dataclass(frozen=True, slots=True)
class _Quantity:
    """What a figure measures (data/quantities.yaml).

    Attributes:
        measure: figures compare one by one only within one measure (a unit's stem, a
            currency, a convertible measure such as "distance", "calendar year", "date").
        factor: to the measure's base unit (1.0 where it has none).
        kind: the kind of thing counted ("people", "dead", ...; "" when not a count).
    """

    measure: str
    factor: float = 1.0
    kind: str = ""


@dataclass(frozen=True, slots=True)
class _QuantityTable:
    units: dict[str, tuple[str, float]]  # unit stem -> (measure, factor)
    currencies: dict[str, str]  # unit stem -> currency
    counts: dict[str, str]  # unit stem -> count kind
    fates: frozenset[str]
    months: frozenset[str]


@cache
def _quantity_table() -> _QuantityTable:
    text = resources.files("attribcmp.data").joinpath("quantities.yaml").read_text("utf-8")
    data = load_yaml(text)
    units = {
        stem(str(word)): (measure, float(factor))
        for measure, table in data["measures"].items()
        for word, factor in table.items()
    }
    currencies = {stem(str(w)): str(c) for c, words in data["currencies"].items() for w in words}
    counts = {stem(str(w)): str(kind) for kind, words in data["counts"].items() for w in words}
    return _QuantityTable(
        units=units,
        currencies=currencies,
        counts=counts,
        fates=frozenset(str(k) for k in data["fates"]),
        months=frozenset(stem(str(w)) for w in data["months"]),
    )


def _calendar_year(n: NumberMention) -> bool:
    digits = n.text.rstrip(",.;:")
    return n.unit == "calendar year" or (
        len(digits) == 4 and digits.isdigit() and _CALENDAR[0] <= int(digits) <= _CALENDAR[1]
    )


def _quantity(n: NumberMention) -> _Quantity | None:
    """What the figure measures; None for a bare figure with no unit or noun after it."""
    table = _quantity_table()
    # A year is a point in time, never a count or a span ("five years" / "2002").
    if _calendar_year(n):
        return _Quantity("calendar year")
    if not n.unit:
        return None
    # Money in one currency, whatever the scale word after it ("$1 billion" / "$952
    # million"); with another word after it, money spent on that ("$275 deductible").
    currency = n.text[:1] if n.text[:1] in "$€£" else table.currencies.get(n.unit, "")
    if currency:
        plain = n.unit_text.lower() in _SCALES or n.unit in table.currencies
        return _Quantity(currency if plain else f"{currency} {n.unit}", kind=f"money {currency}")
    if n.unit in table.units:
        measure, factor = table.units[n.unit]
        return _Quantity(measure, factor)
    # A day of a month is a date ("19 Feb"), compared only with dates.
    if n.unit in table.months:
        return _Quantity("date")
    return _Quantity(n.unit, kind=table.counts.get(n.unit, ""))


def _written(n: NumberMention) -> tuple[str, str, str]:
    return n.text, f"{n.qualifier} {n.unit_text}".strip(), n.unit


def _other_sets(x: NumberMention, y: NumberMention) -> bool:
    # "two Thai soldiers" / "three Cambodian soldiers": one noun qualified by different
    # nations or names counts different sets, no figure in dispute.
    return bool(x.qualifier and y.qualifier and x.qualifier.lower() != y.qualifier.lower())


def _share_of_open_total(x: NumberMention, y: NumberMention) -> bool:
    """A group's count below an open total that holds it ("two Thai soldiers" of "at least
    four soldiers"): both can be true, no figure in dispute (figures._other_set says the same
    of two figures for one event)."""
    if bool(x.qualifier) == bool(y.qualifier):
        return False
    part, total = (x, y) if x.qualifier else (y, x)
    return total.floor and _magnitude(part) < _magnitude(total)


def _same_count(x: _Quantity | None, y: _Quantity | None) -> bool:
    """Two nouns counting one thing: one kind, or people and a fate of people ("12 fighters" /
    "16 dead"); two fates are two tolls ("12 dead" / "16 wounded")."""
    if x is None or y is None or not (x.kind and y.kind):
        return False
    fates = _quantity_table().fates
    kinds = {x.kind, y.kind}
    return len(kinds) == 1 or ("people" in kinds and bool(kinds & fates))


def _converted_agree(x: NumberMention, y: NumberMention, qx: _Quantity, qy: _Quantity) -> bool:
    """Two units of one measure, the figures one another converted ("52 km" / "32 miles")."""
    if qx.factor == qy.factor:
        return False
    mx, my = _magnitude(x) * qx.factor, _magnitude(y) * qy.factor
    return abs(mx - my) <= _CONVERTED_SHARE * max(abs(mx), abs(my))


def number_conflicts(
    a: TextFeatures, b: TextFeatures, label_a: str, label_b: str
) -> tuple[list[str], list[str], list[str], list[str]]:
    """(conflicts, notes, highlight words in a, in b) from the figures each text gives.

    Two figures conflict only when they measure one quantity (data/quantities.yaml): the same
    unit, currency or convertible measure, figure by figure; or, when each side gives one
    counted figure, nouns of one kind ("15 militants" / "22 civilians"). A year is never
    set against a count, nor "3 km" against "two miles" (one distance once converted).
    """
    only_a, only_b = _unmatched_numbers(a, b)
    if not (only_a and only_b):
        return [], [], [], []
    # Each figure as written once: repeated figures would list the same difference over again.
    shown_a = list({_written(n): n for n in only_a}.values())
    shown_b = list({_written(n): n for n in only_b}.values())
    quantity = {_written(n): _quantity(n) for n in shown_a + shown_b}
    pairs: list[tuple[NumberMention, NumberMention]] = []
    converted: list[tuple[NumberMention, NumberMention]] = []
    for x in shown_a:
        for y in shown_b:
            qx, qy = quantity[_written(x)], quantity[_written(y)]
            if qx is None or qy is None or qx.measure != qy.measure:
                continue
            if _other_sets(x, y) or _share_of_open_total(x, y):
                continue
            (converted if _converted_agree(x, y, qx, qy) else pairs).append((x, y))
    # The one counted figure each side gives, in nouns of one kind, is one count told two
    # ways. A bare figure with no noun after it ("two of the Sept. 11 hijackers") is too vague
    # to call a conflict.
    single = not (pairs or converted) and len(only_a) == len(only_b) == 1
    if (
        single
        and _same_count(_quantity(only_a[0]), _quantity(only_b[0]))
        and not _other_sets(only_a[0], only_b[0])
        and not _share_of_open_total(only_a[0], only_b[0])
    ):
        pairs = [(only_a[0], only_b[0])]

    def show(n: NumberMention) -> str:
        # The word after a comma is the next clause's ("in 1997, Agnew").
        if n.text.endswith(","):
            return n.text.rstrip(",")
        return " ".join(w for w in (n.text, n.qualifier, n.unit_text) if w)

    hl_a = [n.text for n in only_a]
    hl_b = [n.text for n in only_b]
    notes = [
        f"figures agree once converted: {label_a} {show(x)}, {label_b} {show(y)}"
        for x, y in converted[:_SHOWN_PAIRS]
    ]
    if pairs:
        # Every figure against every other is a table's worth (60 a side: 3,600 lines in one
        # reason); the first few say the point.
        text = "; ".join(
            f"{label_a} says {show(x)}, {label_b} says {show(y)}" for x, y in pairs[:_SHOWN_PAIRS]
        )
        if len(pairs) > _SHOWN_PAIRS:
            text += f"; and {len(pairs) - _SHOWN_PAIRS} more pairs of figures"
        return [f"numbers differ: {text}"], notes, hl_a, hl_b
    agreed = {_written(n) for pair in converted for n in pair}
    rest_a = [show(n) for n in only_a if _written(n) not in agreed]
    rest_b = [show(n) for n in only_b if _written(n) not in agreed]
    if rest_a or rest_b:
        notes.append(
            f"figures only {label_a} gives: {', '.join(dict.fromkeys(rest_a)) or 'none'}; "
            f"only {label_b}: {', '.join(dict.fromkeys(rest_b)) or 'none'}"
        )
    return [], notes, hl_a, hl_b


# A name run: capitalised words, initials allowed ("Karen Whitfield", "Lloyd J. Austin").
_NAME_RUN = re.compile(r"[A-Z][a-z’'-]+(?: (?:[A-Z]\.|[A-Z][a-z’'-]+))+")
# Words that give two names roles: who called whom, who hosted whom.
_DIRECTION = re.compile(r"\b(?:from|by|to|for)\b")


def _people(text: str) -> list[tuple[str, int]]:
    """(surname, position) of each name run, titles dropped ("Foreign Minister Tariq Rana")."""
    titles = _title_words()
    out: list[tuple[str, int]] = []
    for m in _NAME_RUN.finditer(text):
        words = [w for w in m.group().split() if w.lower().strip(".") not in titles]
        if len(words) >= 2:
            out.append((words[-1], m.start()))
    return out


def role_reversal(
    text_a: str, text_b: str, label_a: str, label_b: str
) -> tuple[str, list[str]] | None:
    """Two accounts naming the same two people in swapped roles around "from"/"by"/"to":
    "Whitfield received a call from Rana" against "Rana received a call from Whitfield"."""
    people_a, people_b = _people(text_a), _people(text_b)
    first_b = {name: pos for name, pos in reversed(people_b)}
    shared = [(name, pos) for name, pos in people_a if name in first_b]
    names = list(dict.fromkeys(name for name, _ in shared))
    if len(names) < 2:
        return None
    x, y = names[0], names[1]
    pos_ax = next(p for n, p in shared if n == x)
    pos_ay = next(p for n, p in shared if n == y)
    pos_bx, pos_by = first_b[x], first_b[y]
    if not (pos_ax < pos_ay and pos_by < pos_bx):
        return None
    word_a = _DIRECTION.search(text_a, pos_ax, pos_ay)
    word_b = _DIRECTION.search(text_b, pos_by, pos_bx)
    if word_a is None or word_b is None:
        return None
    return (
        f"roles reversed: {label_a} has '{x} … {word_a.group()} … {y}', "
        f"{label_b} has '{y} … {word_b.group()} … {x}'",
        [x, y],
    )


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    from attribcmp.attribute.mentions import words

    return words().titles | words().roles


def similarity(
    text_a: str, text_b: str, a: TextFeatures, b: TextFeatures, concepts: Concepts
) -> float:
    """How much two texts say the same thing, 0-1 (see classify._SAME_SIMILARITY)."""
    # Whole-sentence word sets: stop words included (they carry the sentence's structure),
    # concepts folded so "talks" and "discussions" count as one word.
    words_a = {concepts.words.get(s, s) for s in a.stems}
    words_b = {concepts.words.get(s, s) for s in b.stems}
    coverage = len(words_a & words_b) / max(len(words_a), len(words_b), 1)
    content_a = set(a.tokens) - {NUMBER_SLOT}
    content_b = set(b.tokens) - {NUMBER_SLOT}
    shared = len(content_a & content_b)
    content_long = shared / max(len(content_a), len(content_b), 1)
    content_short = shared / max(min(len(content_a), len(content_b)), 1)
    # partial_ratio's cost grows with the cube of the length (2 kB pairs: 0.3 s, 4 kB: 2.6 s),
    # so both character scores read at most the first _FUZZ_CHARS of each text; a claim is a
    # few sentences, and past that the word sets above carry the comparison.
    text_a, text_b = text_a[:_FUZZ_CHARS], text_b[:_FUZZ_CHARS]
    ratio = fuzz.ratio(text_a, text_b, processor=utils.default_process, score_cutoff=0)
    partial = fuzz.partial_ratio(text_a, text_b, processor=utils.default_process, score_cutoff=0)
    extra = max(0.0, partial - ratio) / 100.0
    only_a, only_b = _unmatched_numbers(a, b)
    unmatched = min(
        len({n.value for n in only_a}) + len({n.value for n in only_b}), _UNMATCHED_NUMBER_CAP
    )
    negation = bool(a.negations) != bool(b.negations)
    value = (
        _WORD_COVERAGE_WEIGHT * coverage
        + _CONTENT_LONG_WEIGHT * content_long
        + _CONTENT_SHORT_WEIGHT * content_short
        - _EXTRA_MATERIAL_WEIGHT * extra
        - _UNMATCHED_NUMBER_PENALTY * unmatched
        - (_NEGATION_PENALTY if negation else 0.0)
    )
    return max(0.0, min(1.0, value))


def shared_reasons(a: TextFeatures, b: TextFeatures) -> list[str]:
    shared = [t for t in a.tokens if t in set(b.tokens) and not t.startswith("#")]
    if not shared:
        return []
    shown = []
    for t in shared:
        if t.startswith(CONCEPT_MARK):
            words = dict.fromkeys(w.lower() for w in a.surfaces[t] + b.surfaces[t])
            shown.append(f"{t[1:]} ({' / '.join(words)})")
        else:
            shown.append(a.surfaces[t][0])
    return ["matched: " + ", ".join(shown)]
