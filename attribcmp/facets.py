"""Claim -> ClaimFacets: what a claim is about, in slots two accounts can be compared on.

A claim's facets are the event classes it names (``data/events.yaml``: killing, attack,
arrest, meeting, agreement, ...), the quantities it gives (value or range, the noun they
count, the kind of thing that noun is, and the event they count), the names it mentions,
its polarity (negated, hedged, a denial) and its key object words. ``links.py`` compares
claims through these slots: two figures of the same kind for the same event are one
quantity, however differently the two sides word it.

Everything here is a rule table plus a scan of the claim's tokens: no parser, no model.
The figures are read in ``quantities.py``, denials in ``denials.py``, and the tables and
token scan they share live in ``facet_lexicon.py``; this module puts one claim's facets together.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from attribcmp.denials import describing, find_denial, is_reported, own_negation
from attribcmp.facet_lexicon import Tok, events_lexicon, hedging, load_tables, tokens
from attribcmp.matters import find_matters
from attribcmp.model import Claim, ClaimFacets, Document
from attribcmp.quantities import CONTEXT_CHARS, MONTHS, quantities_in
from attribcmp.textfeatures import CONCEPT_MARK, Concepts, analyse_text, said_text, stem
from attribcmp.topics import find_topics

__all__ = ["extract_facets", "facet_claims"]


def _words_of(toks: Sequence[Tok]) -> str:
    """The tokens' words as written, less a sentence's full stop: a token keeps its dot for
    abbreviations ("U.S."), but a lexicon word is none, and "bombing." would neither match
    "bombing" nor read well in a reason."""
    return " ".join(t.text for t in toks).rstrip(".")


@cache
def _not_events() -> frozenset[tuple[str, ...]]:
    return frozenset(
        tuple(stem(t) for t in str(p).lower().split()) for p in events_lexicon()["not_events"]
    )


def extract_facets(
    text: str, *, cue: str = "", hedged: bool = False, context: str = "", concepts: Concepts
) -> ClaimFacets:
    """The facets of one claim's words.

    Args:
        text: the claim's words (its content parts joined).
        cue: the cue ("denied", "said"); a denial cue makes the claim a denial.
        hedged: the attribution already casts doubt on it.
        context: the document text before the claim, for bare figure words.
        concepts: from ``textfeatures.load_concepts``, for the object words.

    Returns:
        The facets; a claim with none of them gets empty tuples and False flags.
    """
    tables = load_tables()
    toks = tokens(text)
    stems = [t.stem for t in toks]
    events: list[str] = []
    event_words: list[str] = []
    denial = find_denial(cue, toks, tables)
    starts = _phrase_starts()
    senses = _other_senses(stems, tables.other_senses, starts.senses)
    not_events = _not_events()
    for i, word_stem in enumerate(stems):
        if not denial and is_reported(toks, i):
            # A denial of "the report of a price rise" is about the rise; otherwise
            # "allegations of civilian casualties" asserts no casualties.
            continue
        for n in (3, 2) if word_stem in starts.events else ():
            key = tuple(stems[i : i + n])
            if len(key) == n and key in tables.event_multi:
                for cls in (tables.event_multi[key], *tables.event_more.get(key, ())):
                    if cls not in events and cls not in senses.get(i, ()):
                        events.append(cls)
                        event_words.append(_words_of(toks[i : i + n]))
        # "broke out", "protect lives": the word names no event in the phrase it stands in
        covered = (word_stem in starts.not_events and tuple(stems[i : i + 2]) in not_events) or (
            i > 0
            and stems[i - 1] in starts.not_events
            and tuple(stems[i - 1 : i + 1]) in not_events
        )
        one = None if covered or _month(toks, i) else tables.events.get((word_stem,))
        if one == "denial" and describing(toks, i):
            continue  # "returns of rejected asylum seekers": a description, no denial
        for cls in (one, *tables.event_more.get((word_stem,), ())) if one else ():
            if cls not in events and cls not in senses.get(i, ()):
                events.append(cls)
                event_words.append(_words_of(toks[i : i + 1]))
    features = analyse_text(text, concepts)
    topics = find_topics(text)
    if denial and "denial" not in events:
        events.append("denial")
        event_words.append(denial)
    hedges = _hedge_stems()
    participants = tuple(dict.fromkeys(_names(text)))
    event_stems = starts.one_word
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
        quantities=quantities_in(text, toks, context),
        participants=participants,
        negated=own_negation(features.negations, toks),
        hedged=hedged
        or hedging([t.lower for t in toks], {t.lower for t in toks if t.stem in hedges})
        or any(t.stem in hedges for t in tokens(cue)),
        denial=denial,
        objects=objects,
        topics=tuple(t for t, _w in topics),
        topic_words=tuple(w for _t, w in topics),
        matters=find_matters(text, cue, toks),
    )


def _month(toks: Sequence[Tok], i: int) -> bool:
    """A month's name written as one beside a day ("since March 16", "16 March"): a date,
    not the event its word also names (a protest march)."""
    tok = toks[i]
    if not tok.text[:1].isupper() or tok.lower not in MONTHS:
        return False
    near = [toks[k].text for k in (i - 1, i + 1) if 0 <= k < len(toks)]
    return any(w[:1].isdigit() for w in near)


def _other_senses(
    stems: Sequence[str],
    table: Mapping[tuple[str, ...], frozenset[str]],
    starts: frozenset[str],
) -> dict[int, frozenset[str]]:
    """{token index: the event classes its word does not name here}: the word stands in a
    phrase of another sense ("a fire broke out" is a blaze, not gunfire nor a breach);
    ``starts``: the first stems of the table's phrases (most words start none)."""
    out: dict[int, frozenset[str]] = {}
    longest = max((len(k) for k in table), default=0)
    for i in range(len(stems)):
        for n in range(2, longest + 1) if stems[i] in starts else ():
            classes = table.get(tuple(stems[i : i + n]), frozenset())
            for k in range(i, i + n) if classes else ():
                out[k] = out.get(k, frozenset()) | classes
    return out


@cache
def _hedge_words() -> tuple[str, ...]:
    from attribcmp.textfeatures import lexicon

    return tuple(str(w) for w in lexicon("hedges"))


@cache
def _hedge_stems() -> frozenset[str]:
    return frozenset(stem(str(w)) for w in _hedge_words())


class _Starts(NamedTuple):
    """First stems of the phrase tables a claim's every word is tried against: one set
    look-up rules most words out (the tables are built once, so these are too)."""

    events: frozenset[str]  # of the multi-word events
    not_events: frozenset[str]  # of the phrases that name no event
    senses: frozenset[str]  # of the phrases of another sense
    one_word: frozenset[str]  # the one-word events' stems


@cache
def _phrase_starts() -> _Starts:
    tables = load_tables()
    return _Starts(
        events=frozenset(k[0] for k in tables.event_multi if k),
        not_events=frozenset(k[0] for k in _not_events() if k),
        senses=frozenset(k[0] for k in tables.other_senses if k),
        one_word=frozenset(k[0] for k in tables.events),
    )


# A joining word ("Bank of England", "Osama bin Laden") only inside a name, before a
# capitalised word: "on Sunday of starting" names "Sunday", not "Sunday of".
_NAME = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?:(?:[A-Z]\.){2,}|[A-Z][\w’'-]+)"
    r"(?:\s+(?:(?:of|al|bin|de|von)\s+)?[A-Z][\w’'-]+)*"
)
# Days and months are dates, not people, places or bodies taking part ("May" can be a name).
_NOT_PARTICIPANTS = frozenset(
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)


def _names(text: str) -> list[str]:
    """Capitalised runs not at the start of the text: the people, places and bodies named."""
    return [
        m.group().strip()
        for m in _NAME.finditer(text)
        if len(m.group()) > 2 and m.group() not in _NOT_PARTICIPANTS
    ]


def facet_claims(
    claims: Sequence[Claim], documents: Sequence[Document], *, concepts: Concepts
) -> tuple[Claim, ...]:
    """Set ``facets`` on every claim.

    Args:
        claims: the claims.
        documents: their documents (for the text before a claim); a claim whose document is
            missing gets facets from its own words alone.
        concepts: from ``textfeatures.load_concepts``.

    Returns:
        The claims, in the same order, each with its facets.
    """
    texts = {d.id: d.text for d in documents}
    out = []
    for claim in claims:
        doc = texts.get(claim.doc_id, "")
        context = doc[max(claim.content.start - CONTEXT_CHARS, 0) : claim.content.start]
        facets = extract_facets(
            said_text(claim),
            cue=claim.cue.text if claim.cue else "",
            hedged=claim.hedged,
            context=context,
            concepts=concepts,
        )
        out.append(replace(claim, facets=facets))
    return tuple(out)
