"""An accused party's answer to the charges against it.

"Environmentalists accuse the mining company, Newmont, of releasing mercury" and, paragraphs
later, Newmont's manager: "It's not true that our operations have affected the water". The
denial shares no word with the charge and stands too far away for ``links.by_denials``; what
ties them is that the denier's side is the one the accusation names. An accusation (an
accusing cue, or an accusation event) names the side it accuses; that side's denials (a denial
word, or a defence such as "complied with all regulations") answer it, the best-matching
first, a few at most so that one blanket denial does not link everything.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from typing import Any

from attribcmp.data import load_table
from attribcmp.discourse import reports_something
from attribcmp.evidence import Signal
from attribcmp.link_rules import affinity
from attribcmp.model import Claim, Relation, Side, Speaker
from attribcmp.signals import head_words
from attribcmp.textfeatures import said_text

__all__ = ["accused_links", "accused_side", "defence_words"]

# Each denial answers at most this many accusations against its side, best-matching first.
_TARGETS = 2
# An accusation is answered by at most this many of the accused side's denials.
_ANSWERS = 3
# Score as a denial the article sets beside the charge (``answers._DENIAL_SCORE`` is 85): the
# tie runs through who is accused, not through words.
_SCORE = 80.0
# A name shorter than this is too common to tell who is accused ("Ali", "PM"); a dotted
# abbreviation ("U.S.") names its party however short, so it is kept.
_MIN_NAME = 4


def _lexicon() -> dict[str, Any]:
    return load_table("accused.yaml")


@cache
def _pattern(key: str) -> re.Pattern[str]:
    words = sorted((str(w) for w in _lexicon()[key]), key=len, reverse=True)
    return re.compile(r"(?i)(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def defence_words(claim: Claim) -> str:
    """The words by which a claim denies or defends ("not true", "complied"), or ""."""
    if claim.facets is not None and claim.facets.denial:
        return claim.facets.denial
    m = _pattern("defences").search(said_text(claim))
    return m.group(1) if m else ""


def _by_cue(claim: Claim) -> bool:
    cue = claim.cue.text if claim.cue else ""
    return bool(cue and _pattern("accusation_cues").search(cue))


def _accuses(claim: Claim) -> bool:
    facets = claim.facets
    if _by_cue(claim):
        return True
    return facets is not None and not facets.denial and "accusation" in facets.events


def accused_side(
    claim: Claim, names: Mapping[str, Sequence[str]], *, any_claim: bool = False
) -> str:
    """The side an accusation names in its words ("the mining company, Newmont Minahasa
    Raya, of ..."), or "" when it names none or several. ``any_claim``: name the side
    whatever the claim's cue (the particulars of a charge: "Goldman did not tell investors")."""
    if not any_claim and not _accuses(claim):
        return ""
    text = said_text(claim).lower()
    index, always = _by_first_run(names)
    candidates = set(always)
    for run in set(_WORD_RUN.findall(text)):
        candidates.update(index.get(run, ()))
    named = {
        side
        for side in candidates
        if side != claim.side and _any_word(tuple(names[side])).search(text)
    }
    return next(iter(named)) if len(named) == 1 else ""


_WORD_RUN = re.compile(r"\w+")
# The index of the names last asked about, per thread (`serve` builds reports on several): a
# long article asks once per claim with the same names. The mapping is held, so its id stays.
_held = threading.local()


def _by_first_run(
    names: Mapping[str, Sequence[str]],
) -> tuple[dict[str, list[str]], list[str]]:
    """({word run: the sides a name of which starts with it}, the sides that must always be
    tried): a side none of whose names' first runs is in a text cannot be named in it."""
    held = getattr(_held, "names", None)
    if held is None or held[0] is not names:
        index: dict[str, list[str]] = {}
        always: list[str] = []
        for side, words in names.items():
            if not words:
                continue
            firsts = _first_runs(tuple(words))
            if firsts is None:
                always.append(side)
            for run in firsts or ():
                index.setdefault(run, []).append(side)
        held = (names, index, always)
        _held.names = held
    return held[1], held[2]


@lru_cache(maxsize=1024)
def _first_runs(words: tuple[str, ...]) -> frozenset[str] | None:
    # A whole-word match of a name starting with a word character begins with a text word
    # run equal to the name's first run ("u" of "u.s."); None: a name starts otherwise.
    firsts = [_WORD_RUN.match(w) for w in words]
    return frozenset(m.group() for m in firsts if m) if all(firsts) else None


@lru_cache(maxsize=1024)
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    # compiled once per side's names: every claim of a long article is tested against them
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def _side_names(sides: Sequence[Side], speakers: Sequence[Speaker]) -> dict[str, tuple[str, ...]]:
    """{side id: the names it goes by}: its own name and its speakers' that are organisations,
    and the first word of a firm's name ("Goldman" for "Goldman Sachs") unless it is generic."""
    out: dict[str, list[str]] = {s.id: [s.name] for s in sides}
    for sp in speakers:
        if sp.side in out and sp.kind.value == "organisation":
            out[sp.side] += [sp.name, *sp.aliases]
    generic = _generic_heads()
    for names in out.values():
        for name in list(names):
            head = name.split()[0] if len(name.split()) > 1 else ""
            if head[:1].isupper() and len(head) >= _MIN_HEAD and head.lower() not in generic:
                names.append(head)
            # an abbreviation with dots names the party alone ("U.S." in "U.S. airstrikes")
            names.extend(w for w in name.split() if re.fullmatch(r"(?:[A-Z]\.){2,}", w))
    return {
        # (tuples: each claim's test hashes them as cache keys, and tuple() of one is free)
        k: tuple(sorted({n.lower() for n in v if len(n) >= _MIN_NAME or "." in n}))
        for k, v in out.items()
    }


# A first word this long may name the firm on its own ("Newmont", "Goldman").
_MIN_HEAD = 5


@cache
def _generic_heads() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _lexicon()["generic_heads"])


def accused_links(
    claims: Sequence[Claim],
    sides: Sequence[Side],
    speakers: Sequence[Speaker],
    labels: Sequence[str],
    score: Any,
) -> list[tuple[int, int, Signal]]:
    """(denial, accusation, signal) for each accused side's denial of a charge against it.

    Args:
        claims: the claims, with sides and facets.
        sides, speakers: for the names an accusation may name.
        labels: each claim's side name, for reasons.
        score: ``score(i, j)``: the two claims' word overlap (0-100).
    """
    names = _side_names(sides, speakers)
    # side accused -> (claim, whether it may stand after the denial)
    charges: dict[str, list[tuple[int, bool]]] = {}
    accusers: set[tuple[str, str]] = set()
    for j, claim in enumerate(claims):
        side = accused_side(claim, names)
        if side:
            # a charge under an accusing cue is what the accused answer wherever it is told;
            # one read from its words alone ("calling on the government to ... hold security
            # forces accountable") only when it comes before the answer
            charges.setdefault(side, []).append((j, _by_cue(claim)))
            if _by_cue(claim):
                accusers.add((claim.side or "", side))
    for j, claim in enumerate(claims):
        # the accuser's further claims naming the accused are the charge's particulars
        # ("the SEC charged Goldman with fraud" ... "Goldman did not tell investors ...")
        side = accused_side(claim, names, any_claim=True)
        told = side and (claim.side or "", side) in accusers and reports_something(claim)
        if told and all(j != k for k, _ in charges[side]):
            charges[side].append((j, True))
    out: list[tuple[int, int, Signal]] = []
    answered: dict[int, int] = {}
    for i, claim in enumerate(claims):
        if claim.side not in charges:
            continue
        words = defence_words(claim)
        negation = _negation(claim) if not words else ""
        if not words and not negation:
            continue
        # the charges reported before it in the same account: the accused answer what the
        # article has told, not a demand or an accusation reported after their answer
        targets = [
            j
            for j, anywhere in charges[claim.side or ""]
            if (anywhere or j < i)
            and claims[j].doc_id == claim.doc_id
            # a bare negation ("no civilians have been killed in its strikes") answers only
            # a charge of the same kind of event
            and (words or _same_event(claim, claims[j]))
        ]
        words = words or negation
        ranked = sorted(
            targets, key=lambda j: (-affinity(claim, claims[j], score(i, j)), abs(i - j), j)
        )
        for j in ranked[:_TARGETS]:
            if answered.get(j, 0) >= _ANSWERS:
                continue
            answered[j] = answered.get(j, 0) + 1
            out.append((i, j, _signal(claim, claims[j], words, labels[i], labels[j])))
    return out


def _negation(claim: Claim) -> str:
    """The negating word of a negated claim when it negates one of the claim's events ("no
    civilians have been killed"), or "" ("gave no further details" negates no event)."""
    facets = claim.facets
    if facets is None or not facets.negated:
        return ""
    words: list[str] = [w.lower() for w in re.findall(r"[\w']+", said_text(claim))]
    events = {w.lower() for e, w in zip(facets.events, facets.event_words, strict=False)
              if e not in _LOOSE_EVENTS}  # fmt: skip
    for k, word in enumerate(words):
        if word in _NEGATIONS and events & set(words[k + 1 : k + 1 + _NEGATION_REACH]):
            return word
    return ""


_NEGATIONS = frozenset({"no", "not", "never", "none", "didn't", "wasn't", "weren't"})
# How many words after a negation its event may stand ("no civilians have been killed").
_NEGATION_REACH = 5


# Events too general to tie a negation to a charge: every charge is an accusation.
_LOOSE_EVENTS = frozenset({"accusation", "denial"})


def _same_event(a: Claim, b: Claim) -> bool:
    ea = set(a.facets.events if a.facets else ()) - _LOOSE_EVENTS
    return bool(ea & set(b.facets.events if b.facets else ()))


def _signal(denial: Claim, charge: Claim, words: str, label_d: str, label_c: str) -> Signal:
    charged = head_words(said_text(charge), 8)
    return Signal(
        "denial",
        _SCORE,
        f"denial by the accused: '{words}' ({label_d}) answers the charge '{charged}' ({label_c})",
        Relation.DIVERGE,
        ((denial.id, (words,)), (charge.id, ())),
        f"Denial: '{words}' ({label_d}) vs '{charged}' ({label_c})",
    )
