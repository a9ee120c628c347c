"""Text comparison helpers shared by the group verdicts (classify.py) and the pair rules
(relate.py): figure conflicts, swapped roles, shared words and the 0-1 similarity score.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache, lru_cache

from rapidfuzz import fuzz, utils

from attribcmp.align import (
    CONCEPT_MARK,
    NUMBER_SLOT,
    Concepts,
    NumberMention,
    TextFeatures,
    analyse_text,
    lexicon,
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


def _unmatched_numbers(
    a: TextFeatures, b: TextFeatures
) -> tuple[list[NumberMention], list[NumberMention]]:
    only_a = [n for n in a.numbers if not any(_same_number(n, m) for m in b.numbers)]
    only_b = [n for n in b.numbers if not any(_same_number(n, m) for m in a.numbers)]
    return only_a, only_b


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
    drop_a: set[int] = set()
    drop_b: set[int] = set()
    notes: list[str] = []
    for i, x in enumerate(a.numbers):
        for j, y in enumerate(b.numbers):
            if _rounds_to(x, y) or _rounds_to(y, x):
                drop_a.add(i)
                drop_b.add(j)
                notes.append(f"figures agree once rounded: A {x.text}, B {y.text}")
    if not notes:
        return a, b, []
    keep_a = tuple(n for i, n in enumerate(a.numbers) if i not in drop_a)
    keep_b = tuple(n for j, n in enumerate(b.numbers) if j not in drop_b)
    return replace(a, numbers=keep_a), replace(b, numbers=keep_b), notes


def number_conflicts(
    a: TextFeatures, b: TextFeatures, label_a: str, label_b: str
) -> tuple[list[str], list[str], list[str], list[str]]:
    """(conflicts, notes, highlight words in a, in b) from the figures each text gives."""
    only_a, only_b = _unmatched_numbers(a, b)
    if not (only_a and only_b):
        return [], [], [], []
    same_unit = [(x, y) for x in only_a for y in only_b if x.unit and x.unit == y.unit]
    # The same quantity: figures counting the same unit, or the one counted figure each side
    # gives ("15 militants were killed" vs "22 civilians were killed"). A bare figure with no
    # noun after it ("two of the Sept. 11 hijackers") is too vague to call a conflict.
    single = len(only_a) == len(only_b) == 1 and only_a[0].unit and only_b[0].unit
    pairs = same_unit or ([(only_a[0], only_b[0])] if single else [])

    def show(n: NumberMention) -> str:
        return f"{n.text} {n.unit_text}".strip()

    hl_a = [n.text for n in only_a]
    hl_b = [n.text for n in only_b]
    if pairs:
        text = "; ".join(f"{label_a} says {show(x)}, {label_b} says {show(y)}" for x, y in pairs)
        return [f"numbers differ: {text}"], [], hl_a, hl_b
    note = (
        f"figures only {label_a} gives: {', '.join(dict.fromkeys(show(n) for n in only_a))}; "
        f"only {label_b}: {', '.join(dict.fromkeys(show(n) for n in only_b))}"
    )
    return [], [note], hl_a, hl_b


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
