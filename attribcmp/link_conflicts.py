"""The article's own word that accounts conflict: "There are conflicting reports as to who
attacked first", "The two sides gave different accounts of the withdrawal".

A sentence of the article's own (no claim told in it) that names conflicting accounts
(``conflict_phrases`` in data/events.yaml) sums up the accounts told just before it, or, in a
lead, announces those told just after it. ``conflict_links`` links two sides' claims of that
stretch that tell of one kind of event (both "attack"), and of the kind the sentence names
when it names one ("who attacked first", "casualties"): the accounts it calls conflicting.
Where the sentence names the matter, a claim telling no event that rejects or negates ("the
announcements were premature") speaks of that matter (``_speaks_of``), and the reason says
"over: <kind>" instead of "both: <kind>". Claims of no shared event kind are left to the
other steps: the sentence says the accounts differ, not which of their points answer which.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache

from attribcmp.data import phrase_alternation
from attribcmp.evidence import Signal
from attribcmp.facet_lexicon import events_lexicon
from attribcmp.facets import extract_facets
from attribcmp.link_pairs import Pairs
from attribcmp.model import Claim, ClaimFacets, Document, Relation, Sentence
from attribcmp.pointed import pointer
from attribcmp.segment import segment_sentences
from attribcmp.side_mentions import names_side, side_stems
from attribcmp.side_names import OTHER, UNNAMED
from attribcmp.textfeatures import Concepts

__all__ = ["conflict_links"]

# How far the accounts a summing-up sentence speaks of stand before it (or a lead's after
# it): a story tells each of two sides' accounts in up to two paragraphs (what they say, then a
# quote).
_SENTENCES = 8
_PARAGRAPHS = 4
# As firm as a contrast the article draws between two attributions ("but", "disputed").
_SCORE = 75.0
# Event kinds every account of a story shares or that say nothing of the matter: two claims
# sharing only these are not shown to tell one thing.
_LIGHT_EVENTS = frozenset({"denial", "meeting", "accusation"})
_CATCH_ALL = frozenset({OTHER.id, UNNAMED.id})


@cache
def _phrases() -> re.Pattern[str]:
    words = [str(w) for w in events_lexicon()["conflict_phrases"]]
    return re.compile(rf"(?i)(?<![\w-])({phrase_alternation(words)})(?![\w-])")


def conflict_links(
    pairs: Pairs, documents: Sequence[Document], concepts: Concepts
) -> Iterator[tuple[int, int, Signal]]:
    """(i, j, signal) for each pair of claims a conflict sentence of the article joins."""
    by_doc: dict[str, list[int]] = {}
    for k, where in enumerate(pairs.where):
        by_doc.setdefault(where.doc, []).append(k)
    for document in documents:
        own = by_doc.get(document.id, [])
        if len(own) < 2 or _phrases().search(document.text) is None:
            continue
        told = {pairs.where[k].sentence for k in own}
        for sentence in segment_sentences(document):
            m = _phrases().search(sentence.text)
            if m is None or sentence.index in told:
                continue  # no such phrase, or a claim's own sentence: a speaker's word
            # what the accounts conflict over ("of the deaths"): the phrase itself is left out,
            # as "reports of deaths" reports no death to the facets
            matter = _events(sentence.text[: m.start()] + sentence.text[m.end() :], concepts)
            # the accounts told before it, else (a lead's) those told after it
            for after in (False, True):
                stretch = _stretch(pairs, own, sentence, after=after)
                found = list(_joined(pairs, stretch, matter, sentence.text))
                if found:
                    break
            for i, j, kind in found:
                reason = f"the article says the accounts conflict: '{m.group(1)}' ({kind})"
                yield i, j, Signal("contrast", _SCORE, reason, Relation.DIVERGE)


def _events(text: str, concepts: Concepts) -> frozenset[str]:
    return frozenset(extract_facets(text, concepts=concepts).events) - _LIGHT_EVENTS


def _stretch(pairs: Pairs, own: list[int], sentence: Sentence, *, after: bool) -> list[int]:
    """The claims told within reach before the sentence (after it, for a lead's)."""
    way = 1 if after else -1
    return [
        k
        for k in own
        if 0 < way * (pairs.where[k].sentence - sentence.index) <= _SENTENCES
        and way * (pairs.where[k].paragraph - sentence.paragraph) <= _PARAGRAPHS
    ]


def _two_accounts(pairs: Pairs, stretch: list[int], text: str) -> frozenset[str]:
    """The two sides whose accounts the sentence calls conflicting: those it names ("Israel
    and Palestinian officials issued conflicting statements"), then those telling most of
    the stretch's claims (a news agency or a bystander quoted beside them is not one of
    them); on a tie a named side before the catch-all ones ("other speakers")."""
    told = Counter(pairs.side[k] for k in stretch if pairs.side[k])
    label = {pairs.side[k]: pairs.label[k] for k in stretch}
    first = {side: n for n, side in reversed(list(enumerate(pairs.side[k] for k in stretch)))}
    named = {s for s in told if s not in _CATCH_ALL and names_side(text, side_stems(label[s]))}
    ranked = sorted(told, key=lambda s: (s not in named, -told[s], s in _CATCH_ALL, first[s]))
    return frozenset(ranked[:2])


def _kinds(facets: ClaimFacets | None) -> tuple[str, ...]:
    return facets.events if facets is not None else ()


def _told(claim: Claim) -> frozenset[str]:
    """The event kinds the claim itself tells, as the reason writes them ("cease fire")."""
    return frozenset(k.replace("_", " ") for k in _kinds(claim.facets))


def _speaks_of(claim: Claim, matter: frozenset[str]) -> frozenset[str]:
    """The event kinds a claim of the stretch speaks of: its own; or, for a claim that tells
    no event but rejects or negates ("the announcements were premature", "We're not there
    yet"), the matter the sentence names ("over whether a cease-fire deal has been reached"):
    one party's no to what the other told, on the point the article says they dispute."""
    own = frozenset(_kinds(claim.facets)) - _LIGHT_EVENTS
    facets = claim.facets
    if own or not matter or facets is None or facets.quantities:
        return own
    if facets.denial or facets.negated or pointer(claim) is not None:
        return matter
    return own


def _joined(
    pairs: Pairs, stretch: list[int], matter: frozenset[str], text: str
) -> Iterator[tuple[int, int, str]]:
    """Pairs of the stretch's claims of two sides sharing an event kind (the matter's, when
    the sentence names one)."""
    parties = _two_accounts(pairs, stretch, text)
    stretch = [k for k in stretch if pairs.side[k] in parties]
    kinds = [_speaks_of(pairs.claims[k], matter) for k in stretch]
    for x, i in enumerate(stretch):
        for y in range(x + 1, len(stretch)):
            j = stretch[y]
            if not pairs.side[i] or not pairs.side[j] or pairs.side[i] == pairs.side[j]:
                continue
            shared = kinds[x] & kinds[y] & matter if matter else kinds[x] & kinds[y]
            if shared and pairs.one_scene(i, j):
                kind = sorted(shared)[0].replace("_", " ")
                told = [k for k in (i, j) if kind in _told(pairs.claims[k])]
                # "both: agreement"; or, where one only rejects, "over: agreement" and its words
                yield i, j, f"both: {kind}" if len(told) == 2 else f"over: {kind}"
