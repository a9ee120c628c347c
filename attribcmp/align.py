"""Claims -> groups of claims that make the same point.

Each claim's content is normalised (case, punctuation, stop words, light stemming), then
words from one concept group (``data/concepts.yaml`` plus the profile's groups) are folded into
one token, and numbers become a shared ``#num`` slot plus their value. Two claims score on the
overlap of those token sets, 0-100::

    score = 100 * (0.6 * coverage_of_smaller + 0.4 * dice)

Coverage of the smaller set lets a short restatement match a long claim; the dice term keeps a
long claim that merely contains a few common words from matching everything. The overlap is
computed for all pairs at once with ``rapidfuzz.process.cdist``: each distinct token becomes
one character, a claim becomes the sorted string of its tokens, and the Indel distance of two
such strings is |A| + |B| - 2|A & B|, from which the overlap, coverage and dice follow exactly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import Indel

from attribcmp.data import load_yaml
from attribcmp.model import Claim, ClaimGroup, Link, Settings, Verdict

__all__ = [
    "Concepts",
    "NumberMention",
    "TextFeatures",
    "align_claims",
    "analyse_text",
    "lexicon",
    "load_concepts",
    "pair_overlap",
    "score_features",
    "stem",
    "topical_features",
    "topical_scores",
]

# Weight of coverage-of-the-smaller against dice in the pair score (see module docstring).
_COVERAGE_WEIGHT = 0.6
# Two claims must share at least this many tokens: one shared word is a coincidence.
_MIN_SHARED = 2
# A merge must also keep the mean score between the two clusters at this share of the
# threshold, so one strong link cannot chain unrelated claims into one group.
_AVERAGE_LINK_SHARE = 0.6
# First code point used to spell token ids as characters (past the surrogates, any is fine).
_TOKEN_BASE = 0x10000

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


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number in a claim: normalised value, the stem of the word after it, and the text."""

    value: str
    unit: str
    text: str
    unit_text: str = ""


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
        n = len(phrase)
        for i in range(len(self.stems) - n + 1):
            if n and self.stems[i : i + n] == phrase:
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
def _stopwords() -> frozenset[str]:
    data: dict[str, list[str]] = _load_yaml("stopwords.yaml")
    words = {w for group in data.values() for w in group}
    return frozenset(words | {stem(w) for w in words})


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
    elif w.endswith("eed"):
        w = w[:-1]
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
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


def _number_value(token: str) -> str | None:
    raw = token.lstrip("$€£").rstrip("%")
    raw = raw.replace(",", "").replace("\u00a0", "").replace("\u2009", "").replace("\u202f", "")
    raw = re.sub(r"(st|nd|rd|th)$", "", raw)
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
    compound = {
        n
        for n, m in enumerate(found)
        if text[m.end() : m.end() + 1] == "-" or text[max(m.start() - 1, 0) : m.start()] == "-"
    }
    # "No. 2", "No. 10": a rank or label; neither the "No" negates nor the figure counts.
    label = {
        n
        for n, m in enumerate(found[:-1])
        if raw[n].lower() == "no" and text[m.end() : m.end() + 1] == "." and raw[n + 1][0].isdigit()
    }
    stems = tuple(stem(t) for t in raw)
    stop = _stopwords()
    negators = _negators()
    tokens: list[str] = []
    surfaces: dict[str, list[str]] = {}
    entities: set[str] = set()
    numbers: list[NumberMention] = []
    negations: list[str] = []

    def add(token: str, surface: str) -> None:
        if token not in surfaces:
            tokens.append(token)
            surfaces[token] = []
        if surface not in surfaces[token]:
            surfaces[token].append(surface)

    i = 0
    while i < len(raw):
        matched = _match_phrase(stems, i, concepts)
        if matched is not None:
            length, name = matched
            add(name, " ".join(raw[i : i + length]))
            i += length
            continue
        word, word_stem, lower = raw[i], stems[i], raw[i].lower().replace("’", "'")
        if i in label:
            i += 2
            continue
        value = _number_value(word) if word[0].isdigit() or word[0] in "$€£" else None
        if value is None and lower in _NUMBER_WORDS:
            count = _NUMBER_WORDS[lower]
            after = raw[i + 1].lower() if i + 1 < len(raw) else ""
            # "fifty-seven": a tens word then a unit word make one figure.
            if count % 10 == 0 and count < 100 and (after in _UNITS) and i in compound:
                count += _UNITS[after]
                word = f"{word}-{raw[i + 1]}"
                i += 1
            value = str(count)
        if value is not None:
            unit, unit_text = _unit_after(raw, stems, i + 1, stop)
            if word.endswith("%"):
                unit, unit_text = "percent", ""
            elif word.isdigit() and len(word) == 4 and 1800 <= int(word) <= 2100:
                # "in 2019" and "in 2020" name one quantity: the calendar year (a unit no stem
                # spells, so "a 45-year-old" or "20 years" is never set against it).
                unit, unit_text = "calendar year", ""
            numbers.append(NumberMention(value=value, unit=unit, text=word, unit_text=unit_text))
            add(NUMBER_SLOT, word)
            add("#" + value, word)
        elif i not in compound and (
            lower in negators[0] or word_stem in negators[1] or lower.endswith("n't")
        ):
            negations.append(word)
        elif lower in stop or word_stem in stop or len(lower) < 2:
            pass
        else:
            token = concepts.words.get(word_stem, word_stem)
            add(token, word)
            is_name = (i > 0 and word[0].isupper()) or (word.isupper() and len(word) > 1)
            if is_name and not token.startswith(CONCEPT_MARK):
                entities.add(token)
        i += 1
    return TextFeatures(
        tokens=tuple(tokens),
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
) -> tuple[str, str]:
    # The unit is the next content word: "15 militants", "$2.5 billion", "9 dead".
    for j in range(i, min(i + 2, len(raw))):
        if raw[j].lower() not in stop and not raw[j][0].isdigit():
            return stems[j], raw[j]
    return "", ""


def score_features(a: TextFeatures, b: TextFeatures) -> float:
    """Pair score 0-100 of two analysed texts (the same formula ``align_claims`` uses).

    Args:
        a: features of the first text.
        b: features of the second text.

    Returns:
        ``100 * (0.6 * coverage_of_smaller + 0.4 * dice)``, 0 below two shared tokens.
    """
    shared = len(set(a.tokens) & set(b.tokens))
    return _combine(shared, len(a.tokens), len(b.tokens))


def pair_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """The overlap score (0-100) of two token sets, as ``score_features`` computes it."""
    return _combine(len(a & b), max(len(a), 1), max(len(b), 1))


def _combine(shared: float, len_a: float, len_b: float) -> float:
    if shared < _MIN_SHARED:
        return 0.0
    coverage = shared / min(len_a, len_b)
    dice = 2 * shared / (len_a + len_b)
    return round(100.0 * (_COVERAGE_WEIGHT * coverage + (1 - _COVERAGE_WEIGHT) * dice), 2)


# Rows of the score matrix computed at a time: bounds memory at n * _BLOCK numbers.
_BLOCK = 256


# Up to this many claims, pairs are scored one by one (an article has dozens); past it, the
# vectorised cdist path pays for its numpy import.
_SMALL = 150

# Each claim keeps at most this many candidate partners, best score first (then lowest index):
# an article of near-identical claims would otherwise keep every pair (quadratic memory).
# An ordinary article's claims have a handful of partners each, far below it.
_PARTNERS = 48
# At most this many of them share one score: a claim repeated hundreds of times must not spend
# every place on its copies and lose the link to the next-best claims.
_PER_SCORE = 16


def _pick(order: Any, negs: Any) -> list[int]:
    """Positions of the partners to keep, from partners sorted best first (``negs`` = -score,
    ascending): up to _PARTNERS in that order, at most _PER_SCORE of any one score."""
    import numpy as np

    picked: list[int] = []
    at = 0
    while at < len(order) and len(picked) < _PARTNERS:
        end = int(np.searchsorted(negs, negs[at], side="right"))
        take = min(end - at, _PER_SCORE, _PARTNERS - len(picked))
        picked.extend(range(at, at + take))
        at = end
    return picked


def _pairwise_scores(spelled: Sequence[str], low: float) -> dict[tuple[int, int], float]:
    """The same scores as the cdist path, pair by pair, without numpy."""
    found: dict[tuple[int, int], float] = {}
    for i, a in enumerate(spelled):
        for j in range(i + 1, len(spelled)):
            b = spelled[j]
            shared = (len(a) + len(b) - Indel.distance(a, b, processor=None)) / 2.0
            score = _combine(shared, max(len(a), 1), max(len(b), 1))
            if shared >= _MIN_SHARED and score >= low:
                found[(i, j)] = score
    return _best_partners(found)


def _best_partners(found: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """Keep a pair only if it is among the ``_PARTNERS`` best of one of its claims."""
    partners: dict[int, list[tuple[float, int]]] = {}
    for (i, j), v in found.items():
        partners.setdefault(i, []).append((-v, j))
        partners.setdefault(j, []).append((-v, i))
    if all(len(p) <= _PARTNERS for p in partners.values()):
        return found
    kept: dict[tuple[int, int], float] = {}
    for i, row in partners.items():
        ranked = sorted(row)
        for k in _pick(ranked, [neg for neg, _ in ranked]):
            neg, j = ranked[k]
            kept[(min(i, j), max(i, j))] = -neg
    return {k: kept[k] for k in sorted(kept)}


def _candidate_scores(features: Sequence[TextFeatures], low: float) -> dict[tuple[int, int], float]:
    """Scores >= ``low`` for pairs i < j, from blockwise rapidfuzz cdist over token-id strings.

    Each distinct token is spelled as one character and a text as the sorted string of its
    tokens; the Indel distance of two strictly increasing strings is |A| + |B| - 2|A & B|, so
    one cdist gives the exact overlap of every pair.
    """
    ids: dict[str, int] = {}
    spelled: list[str] = []
    for feat in features:
        codes = sorted(ids.setdefault(t, len(ids)) for t in feat.tokens)
        spelled.append("".join(chr(_TOKEN_BASE + c) for c in codes))
    if len(spelled) <= _SMALL:
        return _pairwise_scores(spelled, low)
    # numpy comes in only for large inputs: its import costs more than a small article's work.
    import numpy as np

    lengths = np.array([len(s) for s in spelled], dtype=np.float64)
    found: dict[tuple[int, int], float] = {}
    columns = np.arange(len(spelled))
    for top in range(0, len(spelled), _BLOCK):
        rows = spelled[top : top + _BLOCK]
        scores, keep = _score_block(rows, spelled, lengths[top : top + len(rows)], lengths, low)
        # A claim is not its own partner: column c of row r is claim c, row r is claim top + r.
        keep[np.arange(len(rows)), np.arange(top, top + len(rows))] = False
        for r in range(len(rows)):
            cols = columns[keep[r]]
            if len(cols) > _PARTNERS:
                rounded = np.round(scores[r, cols], 2)
                order = np.lexsort((cols, -rounded))
                cols = cols[order[_pick(order, -rounded[order])]]
            i = top + r
            for c in cols.tolist():
                found[(min(i, c), max(i, c))] = round(float(scores[r, c]), 2)
    return {k: found[k] for k in sorted(found)}


def _score_block(
    rows: Sequence[str], columns: Sequence[str], len_rows: Any, len_cols: Any, low: float
) -> tuple[Any, Any]:
    """Scores (unrounded) of rows x columns, and where they reach ``low`` on two shared tokens."""
    import numpy as np

    distance = process.cdist(
        rows,
        columns,
        scorer=Indel.distance,
        processor=None,
        score_cutoff=None,
        dtype=np.int32,
        workers=1,
    )
    len_a = len_rows[:, None]
    len_b = len_cols[None, :]
    total = len_a + len_b
    shared = (total - distance) / 2.0
    smaller = np.maximum(np.minimum(len_a, len_b), 1.0)
    scores = 100.0 * (
        _COVERAGE_WEIGHT * shared / smaller
        + (1 - _COVERAGE_WEIGHT) * 2.0 * shared / np.maximum(total, 1.0)
    )
    return scores, (shared >= _MIN_SHARED) & (scores >= low)


# Names in more than a third of the claims are the story's background (the participants'
# names and titles in a readout), not what a claim says; they are left out of the scores.
# Only names: a concept the whole story turns on ("defense") still links claims.
_BACKGROUND_SHARE = 0.34
_BACKGROUND_MIN_CLAIMS = 6


def _without_background(features: list[TextFeatures]) -> list[TextFeatures]:
    if len(features) < _BACKGROUND_MIN_CLAIMS:
        return features
    counts: dict[str, int] = {}
    for feat in features:
        for token in feat.tokens:
            counts[token] = counts.get(token, 0) + 1
    limit = _BACKGROUND_SHARE * len(features)
    names = {t for f in features for t in f.entities}
    background = {t for t, n in counts.items() if n > limit and t in names}
    if not background:
        return features
    return [replace(f, tokens=tuple(t for t in f.tokens if t not in background)) for f in features]


def said_text(claim: Claim) -> str:
    """A claim's own words: its content parts joined, without the attribution between them
    ("“A,” he told reporters at the camp. “B.”" compares as "A … B")."""
    start = claim.content.start
    return " … ".join(claim.content.text[a - start : b - start] for a, b in claim.parts)


def topical_features(claims: Sequence[Claim], concepts: Concepts) -> list[TextFeatures]:
    """Each claim's analysed words, the story's background names left out."""
    return _without_background([analyse_text(said_text(c), concepts) for c in claims])


def topical_scores(features: Sequence[TextFeatures], low: float) -> dict[tuple[int, int], float]:
    """Overlap scores (0-100) at or above ``low`` of every pair i < j of analysed claims
    (``topical_features``), computed block by block."""
    return _candidate_scores(features, low)


def align_claims(
    claims: Sequence[Claim],
    *,
    settings: Settings,
    concepts: Concepts,
    links: Sequence[Link] | None = None,
    scores: Mapping[tuple[int, int], float] | None = None,
) -> tuple[ClaimGroup, ...]:
    """Group claims that make the same point, across and within sides (a partition).

    Pairs are joined strongest first: claims of different sides through ``links`` (or, without
    links, at an overlap score of ``settings.threshold``), claims of one side (restatements)
    at ``settings.merge_threshold``. The status is provisional (one_sided for one side,
    partial otherwise) until ``classify_groups``.

    Args:
        claims: claims with ``side`` set; a claim without a side counts as its own side "".
        settings: the thresholds.
        concepts: from ``load_concepts``.
        links: cross-side links from ``links.link_claims``; None scores shared words only.
        scores: overlap scores already computed (``topical_scores`` at a bar no higher than
            both thresholds), so a large input is scored once.

    Returns:
        Groups "g1", "g2", ... in order of their first claim in ``claims``; every claim is in
        exactly one group.
    """
    if not claims:
        return ()
    features = _without_background([analyse_text(said_text(c), concepts) for c in claims])
    token_sets = [frozenset(f.tokens) for f in features]
    sides = [c.side or "" for c in claims]
    low = min(settings.threshold, settings.merge_threshold)
    found = dict(scores) if scores is not None else _candidate_scores(features, low)
    linked: dict[tuple[int, int], float] = {}
    if links is not None:
        # Cross-side pairs come from the links alone; shared words still merge restatements.
        position = {c.id: k for k, c in enumerate(claims)}
        for link in links:
            i, j = position.get(link.a), position.get(link.b)
            if i is not None and j is not None and i != j:
                linked[(min(i, j), max(i, j))] = max(link.score, settings.threshold)
        found = {k: v for k, v in found.items() if sides[k[0]] == sides[k[1]]}
        found.update(linked)
    edges = sorted(((v, i, j) for (i, j), v in found.items()), key=lambda e: (-e[0], e[1], e[2]))

    def pair_score(i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        if key in found:
            return found[key]
        a, b = token_sets[i], token_sets[j]
        return _combine(len(a & b), max(len(a), 1), max(len(b), 1))

    parent = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # One side's restatements must share what they say, not only who is in them: every line
    # of a readout names the same two officials.
    plain_sets = [t - f.entities for t, f in zip(token_sets, features, strict=True)]
    too_weak: set[tuple[int, int, int, int]] = set()
    sums = _RowSums(token_sets, found)

    for score, i, j in edges:
        need = settings.threshold if sides[i] != sides[j] else settings.merge_threshold
        ri, rj = find(i), find(j)
        if score < need or ri == rj:
            continue
        if sides[i] == sides[j]:
            a_plain, b_plain = plain_sets[i], plain_sets[j]
            if not a_plain or not b_plain:
                continue
            plain = _combine(len(a_plain & b_plain), len(a_plain), len(b_plain))
            if plain < settings.merge_threshold:
                continue
        a, b = members[ri], members[rj]
        # Two groups only change by growing, so (root, size) names a group's state: a pair of
        # groups whose average link failed is not re-averaged for each further edge between
        # them (that made 50 accounts of one event take minutes).
        state = (ri, len(a), rj, len(b))
        if state in too_weak:
            continue
        if max(len(a), len(b)) <= _EXACT_GROUP:
            total = sum(pair_score(x, y) for x in a for y in b)
        else:
            total = sums.between(ri, a, rj, b)
        mean = total / (len(a) * len(b))
        if mean < _AVERAGE_LINK_SHARE * settings.threshold:
            too_weak.add(state)
            continue
        keep, gone = min(ri, rj), max(ri, rj)
        parent[gone] = keep
        members[keep] = sorted(a + b)
        del members[gone]
        sums.merged(keep, gone, ri, a, rj, b)

    if linked:
        # A claim linked to another side must not read as a point only its side makes: a
        # one-sided group joins the group of its strongest link (one hop, so groups that
        # already hold several sides never fuse).
        best: dict[int, tuple[float, int]] = {}
        for (i, j), value in linked.items():
            for x, y in ((i, j), (j, i)):
                if value > best.get(x, (-1.0, -1))[0]:
                    best[x] = (value, y)
        for x in sorted(best, key=lambda k: (-best[k][0], k)):
            rx, ry = find(x), find(best[x][1])
            if rx == ry or len({sides[k] for k in members[rx]}) > 1:
                continue
            keep, gone = min(rx, ry), max(rx, ry)
            parent[gone] = keep
            members[keep] = sorted(members[rx] + members[ry])
            del members[gone]

    groups: list[ClaimGroup] = []
    for n, root in enumerate(sorted(members), start=1):
        idx = members[root]
        group_sides = tuple(dict.fromkeys(sides[k] for k in idx))
        if len(idx) <= _EXACT_GROUP:
            cross = [pair_score(x, y) for x in idx for y in idx if x < y and sides[x] != sides[y]]
        else:
            cross = [sums.best_cross(idx, sides)]
        groups.append(
            ClaimGroup(
                id=f"g{n}",
                claim_ids=tuple(claims[k].id for k in idx),
                sides=group_sides,
                status=Verdict.ONE_SIDED if len(group_sides) == 1 else Verdict.PARTIAL,
                score=max(cross, default=0.0),
                reasons=_match_reasons([features[k] for k in idx]),
            )
        )
    return tuple(groups)


# Groups up to this size are averaged pair by pair (an article's groups are far smaller);
# past it, running per-group score rows keep the average-link check linear in the group.
_EXACT_GROUP = 64


class _RowSums:
    """Running sums of pair scores from a group to every claim, for groups past _EXACT_GROUP.

    A row is what ``pair_score`` gives (the overlap formula, rounded, with the scores in
    ``found`` taking precedence), computed with one cdist per claim.
    """

    def __init__(
        self, token_sets: Sequence[frozenset[str]], found: Mapping[tuple[int, int], float]
    ):
        ids: dict[str, int] = {}
        self.spelled = [
            "".join(chr(_TOKEN_BASE + c) for c in sorted(ids.setdefault(t, len(ids)) for t in ts))
            for ts in token_sets
        ]
        self.found: dict[int, list[tuple[int, float]]] = {}
        for (i, j), v in found.items():
            self.found.setdefault(i, []).append((j, v))
            self.found.setdefault(j, []).append((i, v))
        self.groups: dict[int, Any] = {}
        self.lengths: Any = None

    def rows(self, xs: Sequence[int], columns: Sequence[int] | None = None) -> Any:
        import numpy as np

        if self.lengths is None:
            self.lengths = np.array([len(s) for s in self.spelled], dtype=np.float64)
        every = columns is None
        cols = list(columns) if columns is not None else []
        scores, shared_ok = _score_block(
            [self.spelled[x] for x in xs],
            self.spelled if every else [self.spelled[c] for c in cols],
            self.lengths[list(xs)],
            self.lengths if every else self.lengths[cols],
            0.0,
        )
        out = np.where(shared_ok, np.round(scores, 2), 0.0)
        where = None if every else {c: k for k, c in enumerate(cols)}
        for r, x in enumerate(xs):
            for y, v in self.found.get(x, ()):
                if where is None:
                    out[r, y] = v
                elif y in where:
                    out[r, where[y]] = v
        return out

    def group_row(self, root: int, members: Sequence[int]) -> Any:
        if root in self.groups and self.groups[root][0] == len(members):
            return self.groups[root][1]
        return self.rows(members).sum(axis=0)

    def between(self, ri: int, a: Sequence[int], rj: int, b: Sequence[int]) -> float:
        big_root, big, small = (ri, a, b) if len(a) >= len(b) else (rj, b, a)
        return float(self.group_row(big_root, big)[list(small)].sum())

    def merged(
        self, keep: int, gone: int, ri: int, a: Sequence[int], rj: int, b: Sequence[int]
    ) -> None:
        self.groups.pop(gone, None)
        if len(a) + len(b) <= _EXACT_GROUP:
            self.groups.pop(keep, None)
            return
        total = self.group_row(ri, a) + self.group_row(rj, b)
        self.groups[keep] = (len(a) + len(b), total)

    def best_cross(self, idx: Sequence[int], sides: Sequence[str]) -> float:
        import numpy as np

        best = 0.0
        side = np.array([sides[k] for k in idx], dtype=object)
        for top in range(0, len(idx), _BLOCK):
            chunk = list(idx[top : top + _BLOCK])
            block = self.rows(chunk, idx)
            mask = side[top : top + len(chunk), None] != side[None, :]
            mask &= np.arange(len(idx))[None, :] > np.arange(top, top + len(chunk))[:, None]
            if mask.any():
                best = max(best, float(block[mask].max()))
        return best


def _match_reasons(features: Sequence[TextFeatures]) -> tuple[str, ...]:
    if len(features) < 2:
        return ()
    counts: dict[str, int] = {}
    for feat in features:
        for t in feat.tokens:
            counts[t] = counts.get(t, 0) + 1
    # Tokens in at least two of the claims, in order of first appearance.
    order = [t for t in counts if counts[t] >= 2 and t != NUMBER_SLOT]
    if not order:
        return ()
    words = [t for t in order if not t.startswith((CONCEPT_MARK, "#"))]
    reasons: list[str] = []
    concept_bits = []
    for t in order:
        if t.startswith(CONCEPT_MARK):
            seen = dict.fromkeys(w.lower() for f in features for w in f.surfaces.get(t, ()))
            concept_bits.append(f"{t[1:]} ({' / '.join(seen)})")
    names = [t for t in words if any(t in f.entities for f in features)]
    first = {t: next(f.surfaces[t][0] for f in features if t in f.surfaces) for t in order}
    plain = [first[t].lower() for t in words if t not in names]
    if concept_bits:
        reasons.append("same concepts: " + ", ".join(concept_bits))
    if plain:
        reasons.append("shared words: " + ", ".join(plain))
    if names:
        reasons.append("shared names: " + ", ".join(first[t] for t in names))
    numbers = [t[1:] for t in order if t.startswith("#")]
    if numbers:
        reasons.append("shared numbers: " + ", ".join(numbers))
    return tuple(reasons)
