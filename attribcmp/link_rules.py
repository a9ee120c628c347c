"""Rules that prune and rank the links of ``links.py``: how many incident-only partners a
claim keeps, when a firmer link makes "same incident" redundant, which claims a denial
answers first, and what a blanket denial ("denies that abuses took place") answers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from attribcmp.data import load_table
from attribcmp.discourse import Where, opens_clause
from attribcmp.evidence import Signal
from attribcmp.facet_lexicon import events_lexicon
from attribcmp.gazetteer import demonyms
from attribcmp.model import Claim, ClaimFacets
from attribcmp.place_words import without_places
from attribcmp.textfeatures import said_text, stem

__all__ = [
    "BLANKET_TARGETS",
    "accuses",
    "affinity",
    "blanket",
    "denies",
    "drop_incidents_beside_stronger",
    "drop_undisputed_incidents",
    "echoes",
    "keep_nearest_incidents",
    "names_what",
]


# A claim linked only through a shared incident keeps this many such partners, the nearest
# in the text: in a war story every claim shares "harm" with every other, and "same
# incident" says no more than that; the claim beside it is the one the article answers.
_INCIDENT_PARTNERS = 1


def keep_nearest_incidents(
    signals: dict[tuple[int, int], list[Signal]], where: Sequence[Where]
) -> None:
    """Drop incident-only pairs beyond each claim's nearest ``_INCIDENT_PARTNERS``."""
    weak = [key for key, found in signals.items() if {s.name for s in found} == {"event"}]
    partners: dict[int, list[tuple[int, int, int]]] = {}
    for i, j in weak:
        distance = abs(where[i].sentence - where[j].sentence) + (
            0 if where[i].doc == where[j].doc else 1000
        )
        partners.setdefault(i, []).append((distance, j, i))
        partners.setdefault(j, []).append((distance, i, j))
    keep: set[tuple[int, int]] = set()
    for found in partners.values():
        for _distance, x, y in sorted(found)[:_INCIDENT_PARTNERS]:
            keep.add((min(x, y), max(x, y)))
    for key in weak:
        if key not in keep:
            del signals[key]


def drop_incidents_beside_stronger(
    signals: dict[tuple[int, int], list[Signal]], side: Sequence[str], where: Sequence[Where]
) -> None:
    """Drop an incident-only pair when each claim already has a firmer link (a figure, a
    denial, a reply, ...) to a claim of the other's side: that firmer link names what the
    claim answers, and "same incident" beside it only joins a second point of a war story.
    Two claims in one paragraph stay: the article itself sets them side by side."""
    firm: set[tuple[int, str]] = set()
    for (i, j), found in signals.items():
        if {s.name for s in found} - _WEAK_ALONE:
            firm.add((i, side[j]))
            firm.add((j, side[i]))
    for key in [k for k, found in signals.items() if {s.name for s in found} == {"event"}]:
        i, j = key
        together = where[i].doc == where[j].doc and where[i].paragraph == where[j].paragraph
        if (i, side[j]) in firm and (j, side[i]) in firm and not together:
            del signals[key]


def drop_undisputed_incidents(
    signals: dict[tuple[int, int], list[Signal]], families: Sequence[frozenset[str]]
) -> None:
    """Drop a pair linked only by one harm incident ("killed" / "attack") where neither side
    disputes the other.

    Harm runs through every claim of a war or crime story (as ``incident_signals._GATED_FAMILIES``
    says); a fact-checker sets two such claims side by side when one denies or negates what
    the other reports, or when something else ties them (a figure, a shared phrase, the
    article's "but"). Measured on the disputes dev set such pairs were gold one time in
    three; on PolNeAR political news they joined unrelated points ("missile tests" /
    "deploy them on missiles"). Rarer incidents (an inquiry, who holds a town) still link
    undisputed: "called for an inquiry" / "would review the strike" is one point.

    Args:
        signals: the pairs found so far, pruned in place.
        families: each claim's incident families (``incident_signals.incident_families``).
    """
    for (i, j), found in list(signals.items()):
        if len(found) != 1 or found[0].name != "event" or found[0].relation is not None:
            continue
        if not (families[i] & families[j]) - _GATED_FAMILIES:
            del signals[(i, j)]


# Families found in most claims of a story of war or unrest (``incident_signals._GATED_FAMILIES``).
_GATED_FAMILIES = frozenset({"harm", "protest"})


# Signals that on their own say only that two claims share a subject.
_WEAK_ALONE = frozenset({"event", "topical", "phrase", "topic", "name"})


# A blanket denial answers at most this many of the other side's accusations.
BLANKET_TARGETS = 4
# Short enough to deny a whole category rather than one point.
_BLANKET_WORDS = 8


@cache
def _blanket_nouns() -> frozenset[str]:
    return frozenset(stem(str(w).lower()) for w in events_lexicon()["blanket_nouns"])


def blanket(claim: Claim) -> bool:
    """A short denial whose object is a whole category of wrongs ("that abuses have taken
    place", "any wrongdoing", "all the allegations")."""
    text = said_text(claim)
    if claim.facets is None or not claim.facets.denial or len(text.split()) > _BLANKET_WORDS:
        return False
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    # "the charges", "these allegations" point at one thing just said (``deictic``); "any
    # wrongdoing", "that abuses took place", "all allegations" deny a whole category.
    return any(
        stem(w) in _blanket_nouns() and not _owned(words, k) and not _one_of(words, k)
        for k, w in enumerate(words)
    )


def _one_of(words: list[str], k: int) -> bool:
    """The noun at ``k`` follows "a", "an" or "one" ("denied a charge", "rejected an
    allegation"): one statement, the one just told, not a whole category of them."""
    return k > 0 and words[k - 1] in _ONE


def _owned(words: list[str], k: int) -> bool:
    """The noun at ``k`` is one party's statement, not a category: after a pointing word
    ("the charges"), an owner's possessive ("Guo's charges": the tokens "guo", "s") or a
    pointing word and the owner's name ("the opposition charges")."""
    before = words[max(0, k - 2) : k]
    return bool(before) and (
        before[-1] in _POINTING or before[-1] == "s" or len(before) == 2 and before[0] in _POINTING
    )


_ONE = frozenset({"a", "an", "one"})
_POINTING = frozenset({"the", "these", "those", "this", "such", "its", "their", "his"})


def accuses(claim: Claim) -> bool:
    """The claim says something happened that a blanket denial can deny: harm, an abuse, a
    violation, an accusation (and is no denial itself)."""
    facets = claim.facets
    if facets is None or facets.denial:
        return False
    return bool(set(facets.events) & _ACCUSED_EVENTS)


# Events a blanket denial answers.
_ACCUSED_EVENTS = frozenset(
    {"killing", "injury", "attack", "destruction", "arrest", "accusation", "violation"}
)


def denies(claim: Claim) -> bool:
    """The claim denies or rejects something (its facets hold a denial's words)."""
    return claim.facets is not None and bool(claim.facets.denial)


def names_what(claim: Claim) -> bool:
    """The claim names an event of its own, beyond denying or accusing ("denied the
    attack", not "denied the charges")."""
    return claim.facets is not None and bool(set(claim.facets.events) - {"denial", "accusation"})


def affinity(a: Claim, b: Claim, topical: float, owner: str = "") -> float:
    """How much a denial and a candidate target share: events, objects, names, words.
    Words of ``owner`` (the target's side) name whose account it is, not what it says: "the
    coalition's account" shares nothing with "the coalition would review the footage"."""
    fa, fb = a.facets or ClaimFacets(), b.facets or ClaimFacets()
    events_b = set(fb.events)
    if "accusation" in events_b and denies_charge(a) and speaks_of_charge(b):
        # "denied charges of bribery" / "he did not understand the charges against him": the
        # other speaks of the charges as a thing; it does not make them
        events_b.discard("accusation")
    shared_events = len(set(fa.events) & events_b - {"denial"})
    # "denied the allegations" answers a claim that accuses, whatever its words; a denial
    # that names what it denies ("denied stealing gas") answers only claims sharing it
    # ("denied that it had been warned" says what it denies in its clause, as an event does)
    own_events = set(fa.events) - {"denial", "accusation"}
    accusation = (
        1
        if {"accusation", "violation"} & events_b and not own_events and not opens_clause(a)
        else 0
    )
    # Actor nouns ("soldiers", "officials") say who, not what: two claims about soldiers
    # may be about anything soldiers do.
    # Words of where or of what scope ("district", "international") say where or how widely,
    # not what: "false claim of casualties in the same district" / "several districts are
    # infested with militants".
    named = {stem(w) for w in re.findall(r"[a-z]+", owner.lower())}
    # A country both name ("~united states") says where or whose, as a scope word does.
    shared_objects = len(
        without_places(
            set(fa.objects) & set(fb.objects) - _actor_tokens() - _scope_tokens() - named
        )
    )
    # A nationality ("Eritrean soldiers" / "Eritrean support") says whose, as an actor noun
    # does: two claims of a story about Eritrea share it whatever their points.
    shared_names = len(
        without_places(
            {p for p in set(fa.participants) & set(fb.participants) if p.lower() not in demonyms()}
        )
    )
    # 25 points of word overlap weigh as much as one shared event, object or name.
    return shared_events + accusation + shared_objects + shared_names + topical / 25.0


@cache
def _charge_nouns() -> str:
    nouns = load_table("pointed.yaml")["nouns"]
    return "|".join(
        sorted((str(n) for n, kind in nouns.items() if kind == "accusation"), key=len)[::-1]
    )


@lru_cache(maxsize=4096)
def _opens_on_charge(text: str) -> bool:
    pattern = (
        r"(?i)^\W*(?:(?:the|these|those|such|all|any)\s+)?(?:[\w-]+\s+){0,2}?"
        rf"(?:{_charge_nouns()})\s+(?:of|that|from|against|by)\b"
    )
    return re.match(pattern, text) is not None


def denies_charge(claim: Claim) -> bool:
    """A denial whose object is a charge told with its content ("charges of bribery against
    him", "allegations from a lawmaker that soldiers tortured villagers")."""
    return bool(claim.facets and claim.facets.denial) and _opens_on_charge(said_text(claim))


@lru_cache(maxsize=4096)
def _pointed_charge(text: str) -> bool:
    pattern = (
        r"(?i)\b(?:the|these|those|such|its|his|her|their)\s+(?:[\w-]+\s+)?"
        rf"(?:{_charge_nouns()})\b(?!\s+(?:of|that)\b)"
    )
    return re.search(pattern, text) is not None


def speaks_of_charge(claim: Claim) -> bool:
    """The claim's accusation is a charge pointed at as a thing ("investigating the
    accusations", "did not understand the charges against him"): it speaks of the charge,
    it does not make it (no "accused", no "charges that ...")."""
    facets = claim.facets
    if facets is None:
        return False
    words = [
        w for e, w in zip(facets.events, facets.event_words, strict=False) if e == "accusation"
    ]
    charge = re.compile(rf"(?i)^(?:{_charge_nouns()})$")
    return bool(words) and all(charge.match(w) for w in words) and _pointed_charge(said_text(claim))


def echoes(denial: Claim, target: Claim) -> bool:
    """The denial's words echo the target's ("denied receiving any warning" / "had been warned
    about the leaks"; "no such report" / "a report by the union"): they share an object word
    that says what, not who or where."""
    fa, fb = denial.facets, target.facets
    if fa is None or fb is None:
        return False
    return bool(set(fa.objects) & set(fb.objects) - _actor_tokens() - _scope_tokens())


@cache
def _scope_tokens() -> frozenset[str]:
    return frozenset(stem(str(w).lower()) for w in events_lexicon()["scope_nouns"])


@cache
def _actor_tokens() -> frozenset[str]:
    return frozenset(stem(str(w).lower()) for w in events_lexicon()["actor_nouns"])
