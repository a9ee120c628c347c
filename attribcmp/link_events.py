"""Blocking steps of ``links.py`` through the event: one figure slot, one incident, a
polarity clash on a rare shared thing, the article's discourse between two attributions, and
two accounts' reports of one call."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from attribcmp.acts import claim_acts
from attribcmp.anchors import call_signal, meeting_claims, restated_call_signal
from attribcmp.discourse import DEICTIC_SENTENCES, between_attributions, states_intent
from attribcmp.figures import relative_figure, relative_signal
from attribcmp.incident_signals import (
    event_signal,
    framing_signal,
    incident_families,
    linking_framings,
)
from attribcmp.link_pairs import (
    BUCKET_WINDOW,
    DENIAL_SENTENCES,
    SLOT_NEAR_SENTENCES,
    Pairs,
    pair_key,
)
from attribcmp.measures import measure_signal, measured
from attribcmp.model import Claim
from attribcmp.signals import (
    contrast_signal,
    figure_slot,
    polarity_keys,
    polarity_signal,
    slot_signal,
)
from attribcmp.textfeatures import TextFeatures, load_concepts, said_text
from attribcmp.word_pairs import fold_word

__all__ = [
    "by_framings",
    "by_calls",
    "by_discourse",
    "by_incidents",
    "by_measures",
    "by_polarity",
    "by_relative_figures",
    "by_slots",
]

# A figure slot alone links two claims farther apart than SLOT_NEAR_SENTENCES in one article
# only from this topical overlap.
_SLOT_MIN_TOPICAL = 20.0
# A contrast joins attributions at most this many sentences apart.
_CONTRAST_SENTENCES = 2
# An object word ties two claims for a polarity clash only when this rare (claims holding it).
_POLARITY_MAX_CLAIMS = 4
# Incident families that run through a whole story of war or unrest
# (``incident_signals._GATED_FAMILIES``): in a claim of what someone will do they are backdrop.
_BACKDROP_FAMILIES = frozenset({"harm", "protest", "displacement"})


def by_slots(pairs: Pairs) -> None:
    """Figure slots, blocked by (event, kind)."""
    buckets: dict[tuple[str, str], list[int]] = {}
    for i, claim in enumerate(pairs.claims):
        for q in claim.facets.quantities if claim.facets else ():
            key = figure_slot(q)
            if key is not None and (not buckets.get(key) or buckets[key][-1] != i):
                buckets.setdefault(key, []).append(i)
    for key, members in buckets.items():
        candidates = [
            (i, j)
            for x, i in enumerate(members)
            for j in members[x + 1 : x + 1 + BUCKET_WINDOW]
            if pairs.side[i] != pairs.side[j] and pairs.one_scene(i, j)
        ]
        tied = {
            (i, j)
            for i, j in candidates
            if pairs.apart(i, j)
            or _nought_against_count(pairs.claims[i], pairs.claims[j], key)
            or pairs.near(i, j, SLOT_NEAR_SENTENCES)
            or pairs.score(i, j) >= _SLOT_MIN_TOPICAL
        }
        # One side's figures for the slot in neighbouring sentences are one account ("75
        # bodies were found ... But villagers say 400 were killed"): the other side's
        # figure tied to one of them answers the other too.
        pos = {i: x for x, i in enumerate(members)}
        for i, j in candidates:
            if (i, j) in tied:
                continue
            # neighbours in the bucket only: a bucket of thousands stays linear
            near_i = members[max(0, pos[i] - 2) : pos[i] + 3]
            near_j = members[max(0, pos[j] - 2) : pos[j] + 3]
            if any(pairs.same_account(i, k) and pair_key(k, j) in tied for k in near_i) or any(
                pairs.same_account(j, k) and pair_key(k, i) in tied for k in near_j
            ):
                tied.add((i, j))
        for i, j in candidates:
            if (i, j) in tied:
                x, y = pairs.in_side_order(i, j)
                signal = slot_signal(
                    pairs.claims[x], pairs.claims[y], pairs.label[x], pairs.label[y]
                )
                pairs.add(i, j, signal)


def _nought_against_count(a: Claim, b: Claim, key: tuple[str, str]) -> bool:
    """One claim puts a toll at nought ("the group lost no fighters") and the other counts
    the same people for it ("killed 14 insurgents"): a flat contradiction of the other
    side's figure, wherever in the story it stands."""
    fa, fb = a.facets, b.facets
    if fa is None or fb is None:
        return False
    for xs, ys in ((fa.quantities, fb.quantities), (fb.quantities, fa.quantities)):
        nought = {_folded(q.noun) for q in xs if figure_slot(q) == key and q.high == 0.0}
        counted = {_folded(q.noun) for q in ys if figure_slot(q) == key and q.low > 0}
        if nought & counted - {""}:
            return True
    return False


@cache
def _folded(noun: str) -> str:
    """A counted noun as its concept ("insurgents", "fighters" -> "~militants")."""
    return fold_word(noun.lower(), load_concepts()) if noun else ""


def by_measures(pairs: Pairs) -> None:
    """Two sides' percentages of one measure (turnout, a strike's participation, a party's
    share) in one story (measures.py), blocked by the measure."""
    buckets: dict[str, list[int]] = {}
    for i, claim in enumerate(pairs.claims):
        for name in dict.fromkeys(m.measure for m in measured(claim)):
            buckets.setdefault(name, []).append(i)
    for members in buckets.values():
        for x, i in enumerate(members):
            for j in members[x + 1 : x + 1 + BUCKET_WINDOW]:
                if pairs.side[i] == pairs.side[j] or not pairs.one_scene(i, j):
                    continue
                if pairs.apart(i, j) or pairs.near(i, j, SLOT_NEAR_SENTENCES):
                    a, b = pairs.in_side_order(i, j)
                    pairs.add(
                        i,
                        j,
                        measure_signal(
                            pairs.claims[a], pairs.claims[b], pairs.label[a], pairs.label[b]
                        ),
                    )


# A compared count ("the toll is several times higher") answers at most this many of the
# other sides' figures for its event, the nearest first: one account's figures in
# neighbouring sentences ("nine killed Thursday", "one killed Wednesday") are all it doubts.
_RELATIVE_TARGETS = 3


def by_relative_figures(pairs: Pairs) -> None:
    """A claim comparing a count without giving it against the other sides' figures for its
    event told nearby in the same article (``figures.relative_signal``)."""
    for j, claim in enumerate(pairs.claims):
        if not relative_figure(claim):
            continue
        near = [
            i
            for i in range(max(0, j - 40), min(len(pairs.claims), j + 40))
            if pairs.side[i] != pairs.side[j]
            and not pairs.apart(i, j)
            and pairs.one_scene(i, j)
            and pairs.near(i, j, SLOT_NEAR_SENTENCES)
        ]
        found = 0
        for i in sorted(near, key=lambda k: (pairs.distance(k, j), k)):
            signal = relative_signal(pairs.claims[i], claim, pairs.label[i], pairs.label[j])
            if signal is not None:
                pairs.add(i, j, signal)
                found += 1
                if found == _RELATIVE_TARGETS:
                    break


def by_incidents(pairs: Pairs) -> None:
    """One incident: claims whose events fall in one family, blocked by family."""
    families: dict[str, list[int]] = {}
    for i, claim in enumerate(pairs.claims):
        found = incident_families(claim.facets)
        if states_intent(claim):
            # "it will distribute aid to 20,000 people who fled the violence": the harm is
            # the backdrop of what someone will do, not an incident the claim tells
            found -= _BACKDROP_FAMILIES
        for family in sorted(found):
            families.setdefault(family, []).append(i)
    for members in families.values():
        for x, i in enumerate(members):
            for j in members[x + 1 : x + 1 + BUCKET_WINDOW]:
                if pairs.side[i] == pairs.side[j] or not pairs.one_scene(i, j):
                    continue
                if pairs.apart(i, j) or pairs.near(i, j, SLOT_NEAR_SENTENCES):
                    close = pairs.near(i, j, DEICTIC_SENTENCES)
                    pairs.add(i, j, event_signal(pairs.claims[i], pairs.claims[j], close=close))


def by_polarity(pairs: Pairs, features: Sequence[TextFeatures]) -> None:
    """One negates what the other asserts about a rare shared thing, blocked by it."""
    holders: dict[str, list[int]] = {}
    for i, claim in enumerate(pairs.claims):
        for key in polarity_keys(claim.facets):
            holders.setdefault(key, []).append(i)
    clash: dict[tuple[int, int], list[str]] = {}
    for key, members in holders.items():
        if 2 <= len(members) <= _POLARITY_MAX_CLAIMS:
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    if (
                        pairs.side[i] != pairs.side[j]
                        and pairs.one_scene(i, j)
                        and (pairs.apart(i, j) or pairs.near(i, j, DENIAL_SENTENCES))
                    ):
                        clash.setdefault((i, j), []).append(key)
    by_id = {c.id: f for c, f in zip(pairs.claims, features, strict=True)}
    for (i, j), keys in clash.items():
        pairs.add(i, j, polarity_signal(pairs.claims[i], pairs.claims[j], keys, by_id))


def by_discourse(pairs: Pairs, texts: Mapping[str, str]) -> None:
    """Each claim against the nearest earlier claim of another side: does the article
    set them against each other?"""
    last_by_side: dict[str, int] = {}
    for j, claim in enumerate(pairs.claims):
        doc = texts.get(claim.doc_id)
        if doc is not None:
            earlier = [
                i
                for s, i in last_by_side.items()
                if s != pairs.side[j]
                and pairs.near(i, j, _CONTRAST_SENTENCES)
                and pairs.claims[i].content.end <= claim.content.start
            ]
            if earlier:
                i = max(earlier, key=lambda k: pairs.claims[k].content.end)
                between, lead = between_attributions(doc, pairs.claims[i], claim, pairs.where[j])
                if not _denial_elsewhere(pairs.claims[i], claim):
                    pairs.add(i, j, contrast_signal(between, lead))
                # Neighbouring attributions naming one thing oppositely ("a spy drone" /
                # "a weather probe") are two accounts of it, whatever else they share.
                x, y = pairs.in_side_order(i, j)
                pairs.add(
                    i,
                    j,
                    framing_signal(
                        said_text(pairs.claims[x]),
                        said_text(pairs.claims[y]),
                        pairs.label[x],
                        pairs.label[y],
                    ),
                )
        if j and claim.doc_id != pairs.claims[j - 1].doc_id:
            last_by_side = {}
        last_by_side[pairs.side[j]] = j


def _denial_elsewhere(first: Claim, second: Claim) -> bool:
    """The earlier claim is a denial and the later one echoes none of its words ("Harlow
    denied receiving any warning. However, Osei said only three batches exceeded the
    limit"): a denial answers the claim whose words it echoes, and the "However" sets the
    next speaker against something else (by_denials finds what the denial answers)."""
    fa, fb = first.facets, second.facets
    if fa is None or fb is None or not fa.denial:
        return False
    return not set(fa.objects) & set(fb.objects)


def by_framings(pairs: Pairs, side_words: frozenset[str]) -> None:
    """Two sides' claims naming one act lawful and unlawful (``linking_framings``) that share
    a content word other than a party's name: the act they judge ("the referendum")."""
    ways: dict[str, dict[str, list[int]]] = {}
    for i, claim in enumerate(pairs.claims):
        for name, way in linking_framings(said_text(claim)):
            ways.setdefault(name, {}).setdefault(way, []).append(i)
    for by_way in ways.values():
        for i in by_way.get("left", ()):
            for j in by_way.get("right", ()):
                if pairs.side[i] == pairs.side[j] or not pairs.one_scene(i, j):
                    continue
                if not (pairs.token_sets[i] & pairs.token_sets[j]) - side_words:
                    continue  # nothing named in both: two acts judged, not one
                a, b = pairs.in_side_order(i, j)
                texts = said_text(pairs.claims[a]), said_text(pairs.claims[b])
                pairs.add(i, j, framing_signal(*texts, pairs.label[a], pairs.label[b]))


def by_calls(pairs: Pairs) -> None:
    """Two accounts' reports of one call: each account's first claim that reports a
    meeting (its opening) against the others'; a later "A also spoke with B about X" or
    "the upcoming Summit" is a point, not the report of the call."""
    first: dict[str, int] = {}
    second: dict[str, int] = {}
    for i in meeting_claims(pairs.claims):
        doc = pairs.where[i].doc
        if _PLAN in claim_acts(pairs.claims[i]):
            # "looks forward to welcoming him to the summit next week": the next meeting,
            # not the call the account reports
            continue
        if doc not in first:
            first[doc] = i
        elif doc not in second and _restates(pairs, first[doc], i):
            second[doc] = i
    openings = sorted(first.values())
    for x, i in enumerate(openings):
        for j in openings[x + 1 :]:
            if pairs.side[i] == pairs.side[j]:
                continue
            signal = call_signal(pairs.claims[i], pairs.claims[j], openings=True)
            pairs.add(i, j, signal)
            if signal is None:
                continue
            # an account that reports the call again in its next sentence (a summary line,
            # then the first paragraph) reports the same call there
            for own, other in ((i, j), (j, i)):
                k = second.get(pairs.where[own].doc)
                if k is not None:
                    c = pairs.claims
                    pairs.add(k, other, restated_call_signal(c[k], c[own], c[other]))


def _restates(pairs: Pairs, first: int, k: int) -> bool:
    """Claim k repeats its account's opening report of the call: the same side, in the
    sentence after it (a page's summary line, then its first paragraph)."""
    return (
        pairs.side[k] == pairs.side[first]
        and pairs.where[k].sentence - pairs.where[first].sentence == _RESTATED_SENTENCES
    )


# The act of a meeting still to come (acts.yaml).
_PLAN = "plan"
# A readout's summary line and its first paragraph stand one sentence apart.
_RESTATED_SENTENCES = 1
