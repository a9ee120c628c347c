"""Agreed outcomes: two sides of one article each confirming the same ceasefire, deal, talks,
exchange, withdrawal or end of a strike, in their own words, or one confirming it and the
other naming it with a reservation.

"The rebels agreed to a truce that begins at midnight on Friday" and "the minister said the
ceasefire takes effect on Friday" share no word but the day, yet both confirm one truce. A
claim's agreed outcomes are read with a small lexicon (``data/agree.yaml``): an object of a
kind (truce, deal, talks, exchange, withdrawal, a strike ended) with a confirming word in its
clause ("agreed", "signed", "takes effect", "will resume") and nothing there that negates,
conditions or only demands it ("has not yet agreed", "only if", "urged a truce", "violated
the ceasefire"). Two claims of different sides confirming the same kind of outcome about the
same thing ("a deal on wages" is not "a deal on pensions") converge; when each names a day
for it and the days differ, they agree on the outcome but not on when: partial. A claim that
names the outcome with a reservation ("remain dissatisfied with the terms of the deal") against
the other side's confirmation is partial too. Two confirmations link only when ``CONVERGE`` is
on (shipped off: see there).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from attribcmp.data import load_table, table_words
from attribcmp.evidence import Signal
from attribcmp.model import Claim, Relation, Speaker
from attribcmp.textfeatures import said_text

__all__ = ["Agreed", "agreement_links", "read_agreements"]

# Two confirmations of one outcome link only when this is on. Measured at main 52f7d51 on
# claims no other rule links: the reservation pairs ("accepted a compromise" / "dissatisfied
# with the terms of the deal") gained 2 gold links on disputes half A and changed nothing on
# half B or the 10 unseen cases; the confirmation pairs added 3 links over half B and the
# unseen cases, none of them gold, and none on half A (outcomes.py already links its strike
# settlements). So they ship off, like the learned link layer, until gold shows they pay.
CONVERGE = False
# Claims farther apart than this (in claims) are not tried: a long article stays linear.
_WINDOW = 40
# Each claim confirms at most this many claims of each other side, the best first: a story
# repeating "the ceasefire" ten times links each side's clearest statements, not all.
_PER_SIDE = 2
# As strong as a confirmation elsewhere (outcome_links._SCORE): the tie is the outcome, not words.
_SCORE = 78.0
# A claim of at most this many words names the outcome only ("the agreement", "the truce").
_BARE_WORDS = 4
# "U.S." and "12" are one word each; clause punctuation stands alone.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d[\d,.]*\d|\d|[\w'’-]+|[,;:…—–]")


@dataclass(frozen=True, slots=True)
class Agreed:
    """One outcome a claim confirms.

    Attributes:
        kind: "ceasefire", "deal", "talks", "exchange", "withdrawal" or "strike_end".
        words: the outcome as written ("agreed to a truce").
        about: what it is about, as word groups ("pay", "pension"); empty when unsaid.
        days: the weekdays and dates the claim gives ("friday", "march 4").
        reserved: the claim names the outcome but finds fault with it ("dissatisfied with
            the terms of the deal") rather than confirming it.
    """

    kind: str
    words: str
    about: frozenset[str] = frozenset()
    days: frozenset[str] = frozenset()
    reserved: bool = False


@dataclass(frozen=True, slots=True)
class _Token:
    low: str
    start: int
    end: int


@cache
def _lexicon() -> dict[str, Any]:
    return load_table("agree.yaml")


def _words(key: str) -> frozenset[str]:
    return table_words("agree.yaml", key)


@cache
def _phrases(key: str, kind: str = "") -> tuple[tuple[str, ...], ...]:
    """A word list as token tuples, longest first; ``kind`` picks one entry of a mapping."""
    table = _lexicon()[key]
    entries = table.get(kind, []) if isinstance(table, dict) else table
    if isinstance(entries, dict):
        entries = entries["words"]
    return tuple(
        sorted(
            {tuple(_low(str(w))) for w in entries},
            key=lambda p: -len(p),
        )
    )


def _low(text: str) -> list[str]:
    return [m.group().lower().replace("’", "'") for m in _TOKEN.finditer(text)]


def _tokens(text: str) -> list[_Token]:
    return [
        _Token(m.group().lower().replace("’", "'"), m.start(), m.end())
        for m in _TOKEN.finditer(text)
    ]


def _at(words: Sequence[str], k: int, phrase: tuple[str, ...]) -> bool:
    return tuple(words[k : k + len(phrase)]) == phrase


_Index = dict[str, tuple[tuple[str, ...], ...]]


def _spans(words: Sequence[str], index: _Index) -> list[tuple[int, int]]:
    """(start, end) token spans where a phrase of ``index`` occurs, the longest at a place."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(words):
        hit = next((p for p in index.get(words[k], ()) if _at(words, k, p)), None)
        if hit is None:
            k += 1
            continue
        out.append((k, k + len(hit)))
        k += len(hit)
    return out


def _by_first(phrases: Sequence[tuple[str, ...]]) -> _Index:
    """Phrases by their first word, longest first: a claim's words are looked up, not scanned
    against every phrase (2,000 claims stay fast)."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=lambda p: -len(p)):
        table.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(found) for first, found in table.items()}


@cache
def _index(key: str, kind: str = "") -> _Index:
    return _by_first(_phrases(key, kind))


@cache
def _first_words() -> frozenset[str]:
    """The first word of every outcome of every kind."""
    return frozenset(first for kind in _lexicon()["outcomes"] for first in _index("outcomes", kind))


@cache
def _affirms(kind: str) -> _Index:
    """The words confirming an outcome of this kind: every kind's and its own."""
    return _by_first((*_phrases("affirm"), *_phrases("affirm_by_kind", kind)))


@cache
def _about_groups() -> dict[str, str]:
    """Word -> the first word of its group ("wages" -> "pay")."""
    return {str(w): str(group[0]) for group in _lexicon()["about_groups"] for w in group}


def _clause(words: Sequence[str], start: int, end: int) -> tuple[int, int]:
    """The clause around tokens [start, end): up to the nearest boundary each way."""
    bounds = _words("boundaries")
    lo = start
    while lo > 0 and words[lo - 1] not in bounds:
        lo -= 1
    hi = end
    while hi < len(words) and words[hi] not in bounds:
        hi += 1
    return lo, hi


def _blocked(words: Sequence[str], lo: int, hi: int, kind: str) -> bool:
    """A negation, condition, demand or breach in the clause ("has not yet agreed")."""
    unblocked = {p for p in _phrases("unblocked_by_kind", kind)}
    for s, e in _spans(words[lo:hi], _index("blockers")):
        phrase = tuple(words[lo + s : lo + e])
        if phrase in unblocked:
            continue
        if phrase == ("may",) and lo + e < len(words) and words[lo + e][:1].isdigit():
            continue  # "May 5" is a date
        return True
    return any(w.endswith("n't") for w in words[lo:hi])


def _about(
    words: Sequence[str], start: int, end: int, raw: Sequence[str] = ()
) -> tuple[frozenset[str], tuple[int, int]]:
    """What the object at [start, end) is about: the word before it ("pay deal", or a name:
    "the Minsk agreements") and the words after an about-word ("deal on wages"); and the span
    those words cover. ``raw`` is the words as written, for the names."""
    skip, groups = _words("not_about"), _about_groups()
    found: set[str] = set()
    if start > 1 and raw and raw[start - 1][:1].isupper() and words[start - 1] not in skip:
        # a named deal is that deal ("the Paris Agreement", "the New START treaty")
        found.add(words[start - 1])

    def keep(w: str) -> bool:
        return w.isalpha() and w not in skip and len(w) > 2

    if start > 0 and words[start - 1] in groups:
        found.add(words[start - 1])  # "a pay deal", "peace talks"; not "a temporary truce"
    span = (end, end)
    if end < len(words) and words[end] in _words("about_words"):
        reach = int(_lexicon()["about_reach"])
        k, taken = end + 1, 0
        while k < len(words) and taken < reach and words[k] not in _words("boundaries"):
            if keep(words[k]):
                found.add(words[k])
                taken += 1
            k += 1
        span = (end + 1, k)
    return frozenset(groups.get(w, groups.get(w.removesuffix("s"), w)) for w in found), span


def _days(words: Sequence[str]) -> frozenset[str]:
    """Weekdays and dates ("friday", "march 4") the words name."""
    days, months = _words("days"), _words("months")
    out = {w for w in words if w in days}
    out |= {
        f"{w} {words[k + 1]}"
        for k, w in enumerate(words[:-1])
        if w in months and words[k + 1].isdigit()
    }
    return frozenset(out)


def read_agreements(claim: Claim) -> tuple[Agreed, ...]:
    """The outcomes a claim confirms, one per kind, in text order; () for a denial."""
    if claim.facets is not None and claim.facets.denial:
        return ()
    cue = _low(claim.cue.text) if claim.cue else []
    if any(w in _words("blockers") for w in cue):
        return ()  # "urged a truce", "denied that a deal was reached"
    text = said_text(claim)
    toks = _tokens(text)
    words = [t.low for t in toks]
    if not _first_words().intersection(words):
        return ()  # no outcome named: most claims of most stories
    masked = {k for s, e in _spans(words, _index("not_outcomes")) for k in range(s, e)}
    found: list[tuple[int, int, str]] = []  # (start, end, kind)
    for kind in _lexicon()["outcomes"]:
        for s, e in _spans(words, _index("outcomes", kind)):
            if not masked & set(range(s, e)):
                found.append((s, e, kind))
    found.sort()
    raw = [text[t.start : t.end] for t in toks]
    abouts = {(s, e): _about(words, s, e, raw) for s, e, _kind in found}
    # "talks on a peace deal": the deal is what the talks are about, not an outcome itself
    inner = {
        (s, e)
        for s, e, _kind in found
        for (s2, e2), (_about_set, (a, b)) in abouts.items()
        if (s2, e2) != (s, e) and a <= s < b
    }
    days = _days(words)
    cue_affirms = any(w in _words("affirm") for w in cue)
    reach = int(_lexicon()["affirm_reach"])
    reservation = _spans(words, _index("reservations"))
    out: dict[str, Agreed] = {}
    for s, e, kind in found:
        if kind in out or (s, e) in inner:
            continue
        if reservation:
            # "they remain dissatisfied with the terms of the deal": named, not confirmed
            a, b = reservation[0]
            shown = text[toks[min(a, s)].start : toks[max(b, e) - 1].end]
            out[kind] = Agreed(kind, shown, abouts[(s, e)][0], days, reserved=True)
            continue
        lo, hi = _clause(words, s, e)
        if _blocked(words, lo, hi, kind) or _spans(words[lo:s], _index("aim_blockers")):
            continue
        affirms = _spans(words[lo:hi], _affirms(kind))
        # measured from the object with what it is about ("talks on a peace deal ... resume")
        tail = max(e, abouts[(s, e)][1][1])
        near = [
            (lo + a, lo + b) for a, b in affirms if lo + b > s - reach and lo + a < tail + reach
        ]
        if not near and not cue_affirms:
            continue
        first = min([s, *(a for a, _b in near)])
        last = max([e, *(b for _a, b in near)])
        words_shown = text[toks[first].start : toks[last - 1].end]
        out[kind] = Agreed(kind, words_shown, abouts[(s, e)][0], days)
    return tuple(out.values())


@cache
def _kin() -> dict[frozenset[str], bool]:
    """Two kinds that are one settlement -> whether they meet only when neither says what
    else it is about (``kin`` in data/agree.yaml)."""
    return {
        frozenset(str(k) for k in entry["kinds"]): bool(entry["strict"])
        for entry in _lexicon()["kin"]
    }


def _same_outcome(a: Agreed, b: Agreed) -> bool:
    """One outcome: the same kind (or two kinds of one settlement) about the same thing."""
    if a.kind == b.kind:
        return _one_thing(a, b)
    strict = _kin().get(frozenset((a.kind, b.kind)))
    if strict is None:
        return False
    return not (a.about or b.about) if strict else _one_thing(a, b)


def _one_thing(a: Agreed, b: Agreed) -> bool:
    """The same outcome: each says what it is about and they share a word, or one does not."""
    return not a.about or not b.about or bool(a.about & b.about)


def _name_words(speaker: Speaker) -> frozenset[str]:
    """A speaker's name words ("unions" and "teachers union" share "union")."""
    words = re.findall(r"[a-z]+", " ".join((speaker.name, *speaker.aliases)).lower())
    skip = _words("not_about") | _words("not_party")
    return frozenset(w.removesuffix("s") for w in words if len(w) > 3 and w not in skip)


def agreement_links(
    claims: Sequence[Claim],
    speakers: Sequence[Speaker],
    labels: Sequence[str],
    *,
    converge: bool = CONVERGE,
) -> list[tuple[int, int, Signal]]:
    """(i, j, signal) for each pair of claims of two sides that confirm the same outcome.
    A joint source ("officials on both sides") is a side of its own here, so it confirms
    each party's account.

    Args:
        claims: the claims, with sides and facets, in article order.
        speakers: the speakers, so that one party said twice ("the unions", "most unions")
            is not two sides.
        labels: each claim's side name, for the reasons.
        converge: also link two confirmations (not only a confirmation and a reservation).
    """
    agreed = [read_agreements(c) for c in claims]
    who = {s.id: _name_words(s) for s in speakers}
    ranked: list[tuple[tuple[int, int], int, int, Agreed, Agreed]] = []
    for i, claim in enumerate(claims):
        if not agreed[i]:
            continue
        for j in range(i + 1, min(len(claims), i + _WINDOW + 1)):
            other = claims[j]
            if not agreed[j] or other.doc_id != claim.doc_id:
                continue
            if (other.side or "") == (claim.side or ""):
                continue
            if who.get(claim.speaker_id, frozenset()) & who.get(other.speaker_id, frozenset()):
                continue  # one party named two ways, whatever its sides
            for mine in agreed[i]:
                match = next((x for x in agreed[j] if _same_outcome(mine, x)), None)
                if match is None or (mine.reserved and match.reserved):
                    continue
                if converge or mine.reserved != match.reserved:
                    apart = bool(mine.days and match.days and not mine.days & match.days)
                    ranked.append(((int(apart), j - i), i, j, mine, match))
                    break
    out: list[tuple[int, int, Signal]] = []
    taken: dict[tuple[int, str], int] = {}
    for _key, i, j, mine, match in sorted(ranked):
        si, sj = claims[i].side or "", claims[j].side or ""
        if taken.get((i, sj), 0) >= _PER_SIDE or taken.get((j, si), 0) >= _PER_SIDE:
            continue
        taken[(i, sj)] = taken.get((i, sj), 0) + 1
        taken[(j, si)] = taken.get((j, si), 0) + 1
        out.append((i, j, _signal(claims[i], claims[j], mine, match, labels[i], labels[j])))
    return sorted(out, key=lambda t: (t[0], t[1]))


def _bare(claim: Claim) -> bool:
    """The claim names the outcome and nothing else ("confirmed the agreement"): it bears
    out all the other says of it."""
    return len(said_text(claim).split()) <= _BARE_WORDS


def _counts(claim: Claim) -> bool:
    """The claim gives a figure ("a 6 percent raise", "40 jobs")."""
    return claim.facets is not None and bool(claim.facets.quantities)


def _signal(a: Claim, b: Claim, x: Agreed, y: Agreed, label_a: str, label_b: str) -> Signal:
    # two kinds that are one settlement ("the deal was signed" / "the strike is over")
    shown = str(_lexicon()["outcomes"][x.kind]["shown"])
    if x.kind != y.kind:
        shown = "the settlement" if "strike_end" in (x.kind, y.kind) else "the deal"
    apart = bool(x.days and y.days and not x.days & y.days)
    if x.reserved or y.reserved:
        what = f"both speak of {shown}, one with reservations"
        relation = Relation.PARTIAL
    elif apart:
        when_a, when_b = ", ".join(sorted(x.days)), ", ".join(sorted(y.days))
        what = f"both confirm {shown}, but not when ({when_a} / {when_b})"
        relation = Relation.PARTIAL
    elif _counts(a) != _counts(b) and not _bare(b if _counts(a) else a):
        # "a deal to end the strike, with 40 jobs saved" / "the strike had ended": the
        # outcome is borne out, the terms only one side gives are not
        what = f"both confirm {shown}; only {label_a if _counts(a) else label_b} gives figures"
        relation = Relation.PARTIAL
    else:
        what, relation = f"both confirm {shown}", Relation.CONVERGE
    reason = f"{what}: '{x.words}' ({label_a}) / '{y.words}' ({label_b})"
    headline = f"{what[0].upper()}{what[1:]}: '{x.words}' ({label_a}) / '{y.words}' ({label_b})"
    # "confirm" is link_verdict's signal name for one claim bearing out another
    return Signal(
        "confirm", _SCORE, reason, relation, ((a.id, (x.words,)), (b.id, (y.words,))), headline
    )
