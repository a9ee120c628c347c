"""The cue lexicon and tokens: which words attribute content to a speaker.

The lexicon lives in ``data/cues.yaml`` as lemmas; this module inflects them once and matches
tokens by dictionary look-up (no regex alternation over hundreds of verbs).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from itertools import compress, count
from operator import itemgetter
from typing import Any, NamedTuple

from attribcmp.data import inflect, load_table

# Abbreviations with inner periods stay one token ("U.S."), words keep inner apostrophes,
# hyphens and ampersands ("military’s", "long-standing", "AT&T"); every other non-space
# character is its own token.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[’'\-&]\w+)*|--+|[^\w\s]")
# The same tokens, each with the white space before it (tokenize's fast path).
_SPACED_TOKEN = re.compile(r"(\s*+)(" + _TOKEN.pattern + ")")


class CueClass(StrEnum):
    SPEECH = "speech"
    OBJECT = "object"  # takes a listener or target first: "told reporters", "urged Washington"
    HEDGE = "hedge"
    BELIEF = "belief"
    EVIDENCE = "evidence"
    STANCE = "stance"
    ACCORDING_TO = "according_to"


class Token(NamedTuple):
    """A word or punctuation mark with absolute offsets (a tuple: made by the hundred thousand)."""

    text: str
    lower: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found in a sentence: token range [first, last] inclusive."""

    first: int
    last: int
    lemma: str
    cls: CueClass


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: dict[str, tuple[str, CueClass]]  # form -> (lemma, class)
    phrases: dict[str, tuple[tuple[tuple[str, ...], CueClass], ...]]  # first word -> phrases
    between: frozenset[str]
    hedges: frozenset[str]
    firsts: frozenset[str]  # every word that can start a cue, for a quick first filter
    # (first word, second word) -> the phrases opening with both, longest first; one-word
    # phrases sit under (first word, ""). Most tokens that open some phrase ("in", "on") are
    # not followed by any phrase's second word: one look-up rules them out.
    by_pair: dict[tuple[str, str], tuple[tuple[tuple[str, ...], CueClass], ...]]
    # Day words a stance phrase may hold inside ("hit back Thursday at"): cues.yaml `gaps`.
    gaps: frozenset[str] = frozenset()


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets."""
    segment = text[start:end]
    lowered = segment.lower()
    if len(lowered) != end - start:
        # A few characters change length when lowered (e.g. "İ"); fall back to per-token.
        slow = [
            Token(m.group(), m.group().lower(), m.start(), m.end())
            for m in _TOKEN.finditer(text, start, end)
        ]
        if " -" in segment:
            _spaced_dashes(slow, text)
        return slow
    # tuple.__new__ skips the namedtuple's Python-level constructor: this runs per token.
    # findall makes no match objects. Every non-space character falls in some token, so only
    # white space lies between two tokens: each match carries the white space before its token,
    # and the offsets follow from the lengths. (Trailing white space is left out of the scan,
    # so the possessive run never re-reads it from each position.)
    new = tuple.__new__
    out: list[Token] = []
    append = out.append
    pos = 0
    for space, word in _SPACED_TOKEN.findall(segment, 0, len(segment.rstrip())):
        s = pos + len(space)
        pos = s + len(word)
        append(new(Token, (word, lowered[s:pos], s + start, pos + start)))
    if " -" in segment:
        _spaced_dashes(out, text)
    return out


def _spaced_dashes(tokens: list[Token], text: str) -> None:
    """A hyphen or double hyphen with space on both sides is a dash ("Trump - who said X -
    said"; wires and typewritten copy set the em dash so): it becomes the "—" token every rule
    reads as one, its offsets unchanged."""
    for k, tok in enumerate(tokens):
        if (
            tok.text in ("-", "--")
            and tok.start > 0
            and text[tok.start - 1].isspace()
            and tok.end < len(text)
            and text[tok.end].isspace()
        ):
            tokens[k] = tok._replace(text="—", lower="—")


_FIRST = itemgetter(0)  # a token's text, then a string's first character: read in C
LOWER = itemgetter(1)  # a token's lower form, read in C (``map(LOWER, tokens)``)


def positions_of(tokens: Sequence[Token], words: Container[str]) -> list[int]:
    """The indexes of the tokens whose lower form is one of ``words``, tested in C (this runs
    on every clause of every text: a Python loop over the tokens was a measurable share)."""
    return list(compress(count(), map(words.__contains__, map(LOWER, tokens))))


def initials(tokens: Sequence[Token]) -> str:
    """The first character of every token, as one string (no token is empty): the rules that
    count capitals over a sentence ("three in four words capitalised") read it with C-level
    ``str`` methods instead of a Python loop over the tokens."""
    return "".join(map(_FIRST, map(_FIRST, tokens)))


@cache
def _data() -> dict[str, Any]:
    return load_table("cues.yaml")


def _words(value: str | None) -> list[str]:
    return (value or "").split()


@cache
def default_lexicon() -> Lexicon:
    """The bundled lexicon, built once."""
    return build_lexicon(())


def build_lexicon(extra_cues: Iterable[str]) -> Lexicon:
    """The bundled lexicon plus a profile's extra cue words and phrases.

    Extra single words are treated as speech verbs (inflected); extra phrases are matched as
    given, in lower case.
    """
    data = _data()
    irregular: dict[str, list[str]] = data.get("irregular") or {}
    words: dict[str, tuple[str, CueClass]] = {}
    # Later classes do not override earlier ones: a verb listed as speech stays speech.
    for cls in (
        CueClass.OBJECT,
        CueClass.HEDGE,
        CueClass.SPEECH,
        CueClass.BELIEF,
        CueClass.EVIDENCE,
        CueClass.STANCE,
    ):
        for lemma in _words(data.get(cls.value)):
            for form in irregular.get(lemma) or inflect(lemma):
                words.setdefault(form, (lemma, cls))
    phrase_list: list[tuple[tuple[str, ...], CueClass]] = []
    for cls_name, items in (data.get("phrases") or {}).items():
        for item in items:
            phrase_list.append((tuple(item.lower().split()), CueClass(cls_name)))
    for cue in extra_cues:
        parts = tuple(cue.lower().split())
        if len(parts) == 1:
            for form in inflect(parts[0]):
                words.setdefault(form, (parts[0], CueClass.SPEECH))
        elif parts:
            phrase_list.append((parts, CueClass.SPEECH))
    phrases: dict[str, list[tuple[tuple[str, ...], CueClass]]] = {}
    for parts, cls in phrase_list:
        phrases.setdefault(parts[0], []).append((parts, cls))
    ordered = {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in phrases.items()}
    return Lexicon(
        words=words,
        phrases=ordered,
        between=frozenset(_words(data.get("between"))),
        hedges=frozenset(_words(data.get("hedges"))),
        firsts=frozenset(words) | frozenset(phrases),
        by_pair=_by_pair(ordered),
        gaps=frozenset(_words(data.get("gaps"))),
    )


def _by_pair(
    phrases: dict[str, tuple[tuple[tuple[str, ...], CueClass], ...]],
) -> dict[tuple[str, str], tuple[tuple[tuple[str, ...], CueClass], ...]]:
    """The phrases by their first two words, each list in the longest-first order of
    ``phrases`` (one-word phrases, the shortest, last under every pair of their word)."""
    out: dict[tuple[str, str], list[tuple[tuple[str, ...], CueClass]]] = {}
    for first, options in phrases.items():
        seconds = {parts[1] for parts, _ in options if len(parts) > 1}
        for parts, cls in options:
            if len(parts) > 1:
                out.setdefault((first, parts[1]), []).append((parts, cls))
            else:  # matches whatever follows: listed under every pair, and alone
                for second in (*sorted(seconds), ""):
                    out.setdefault((first, second), []).append((parts, cls))
    return {k: tuple(v) for k, v in out.items()}


def _title_case(tokens: Sequence[Token]) -> bool:
    """A title-case headline ("..., Former White House Doctor Says") capitalises its verbs."""
    words = [t for t in tokens if t.text[:1].isalpha()]
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) > 0.7 * len(words)


def _gapped(
    tokens: Sequence[Token],
    i: int,
    options: tuple[tuple[tuple[str, ...], CueClass], ...],
    gaps: frozenset[str],
) -> tuple[tuple[str, ...], CueClass] | None:
    """A stance phrase at token i with one day word inside it ("hit back Thursday at",
    "leveled charges Thursday of"): news puts the day right after the verb. Only inside the
    phrase, never after its last word."""
    day = next((j for j in range(i + 1, min(i + 4, len(tokens))) if tokens[j].lower in gaps), None)
    if day is None:
        return None
    rest = [t.lower for t in tokens[i:day]] + [t.lower for t in tokens[day + 1 : day + 6]]
    for parts, cls in options:
        if cls is CueClass.STANCE and len(parts) > day - i and tuple(rest[: len(parts)]) == parts:
            return parts, cls
    return None


def find_cues(tokens: Sequence[Token], lexicon: Lexicon) -> list[Cue]:
    """Every cue in a token list, phrases first, left to right, not overlapping."""
    firsts = lexicon.firsts
    candidates = positions_of(tokens, firsts)
    if not candidates:
        return []
    out: list[Cue] = []
    title_case: bool | None = None  # worked out only when a capitalised cue word turns up
    n = len(tokens)
    phrase_firsts, by_pair = lexicon.phrases, lexicon.by_pair
    taken_to = -1
    for i in candidates:
        if i <= taken_to:
            continue
        low = tokens[i].lower
        phrase = None
        # (most cue words open no phrase, and most phrase openers are not followed by any of
        # their phrases' second words: the pair look-up alone answers for them)
        if low in phrase_firsts:
            second = tokens[i + 1].lower if i + 1 < n else ""
            options = by_pair.get((low, second)) or by_pair.get((low, ""), ())
            for parts, cls in options:
                if i + len(parts) <= n and all(
                    tokens[i + j].lower == parts[j] for j in range(2, len(parts))
                ):
                    phrase = parts, cls
                    break
        gap = 0
        if phrase is None and low in phrase_firsts:
            phrase = _gapped(tokens, i, phrase_firsts[low], lexicon.gaps)
            gap = phrase is not None
        if phrase is not None:
            parts, cls = phrase
            out.append(Cue(i, i + len(parts) - 1 + gap, " ".join(parts), cls))
            taken_to = i + len(parts) - 1 + gap
            continue
        hit = lexicon.words.get(low)
        if hit is None:
            continue
        if tokens[i].text[:1].isupper() and i > 0 and tokens[i - 1].text[:1].isalnum():
            if title_case is None:
                title_case = _title_case(tokens)
            # In a title-case headline only a finite reporting verb counts ("... Doctor Says",
            # "Minister Denies"): "Feeling", "Reject" there are no reports.
            finite = low.endswith(("s", "ed")) or low in ("said", "told", "wrote")
            # "Somali Clerics Say ...": a plural subject's bare verb is finite too
            finite = finite or tokens[i - 1].lower.endswith("s") and low == hit[0]
            if not (title_case and finite and hit[1] is CueClass.SPEECH):
                continue  # capitalised mid-sentence: part of a name ("the United States")
        out.append(Cue(i, i, hit[0], hit[1]))
    return out
