"""Claims + facets + the document's discourse -> links between claims of different sides.

``link_claims`` gathers candidate pairs by blocking (the same figure slot, one incident, a
speaker named in the other's words, a denial and what precedes it, neighbouring attributions,
rare shared objects and phrases, shared tokens), never by trying all pairs one by one, runs
the signals of ``signals.py`` and ``anchors.py`` on them and keeps a link where one fires.
Two claims of one article whose sentences name different places are two incidents: no
figure, incident, polarity or denial link joins them. ``link_verdict.make_link`` turns each
pair's signals into a link; ``discourse.py`` says where claims stand in their articles.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from attribcmp.align import (
    Concepts,
    TextFeatures,
    pair_overlap,
    said_text,
    stem,
    topical_features,
    topical_scores,
)
from attribcmp.anchors import claim_scenes, name_signal, name_words, shares_event
from attribcmp.data import word_set
from attribcmp.discourse import (
    DEICTIC_SENTENCES,
    Where,
    between_attributions,
    deictic,
    locate,
    reports_something,
)
from attribcmp.facets import events_lexicon
from attribcmp.link_verdict import make_link
from attribcmp.model import (
    Claim,
    ClaimFacets,
    Document,
    Link,
    Settings,
    Side,
    Speaker,
)
from attribcmp.signals import (
    Signal,
    bigrams,
    blame_signal,
    confirm_signal,
    confirms,
    contrast_signal,
    denial_signal,
    event_signal,
    figure_slot,
    framing_signal,
    incident_families,
    phrase_signal,
    polarity_keys,
    polarity_signal,
    reply_signal,
    same_topic,
    slot_signal,
    speaker_name_words,
)
from attribcmp.topics import topic_pairs

__all__ = ["link_claims"]

_DEFAULT_SETTINGS = Settings()

# A figure slot alone links two claims only when something else ties them: the same
# neighbourhood of the article, a shared name or word, or some topical overlap. Two tolls
# of two different incidents in one long story are otherwise the same slot.
_SLOT_NEAR_SENTENCES = 6
_SLOT_MIN_TOPICAL = 20.0
# Figures of one side at most this many sentences apart are one account of the slot.
_ACCOUNT_SENTENCES = 1
# A contrast joins attributions at most this many sentences apart.
_CONTRAST_SENTENCES = 2
# A denial looks for what it answers among the other side's claims this many sentences back
# (or on): a denial answers what the article has just reported.
_DENIAL_SENTENCES = 8
# ... or this many paragraphs: a witness quoted at length between them does not part them.
_DENIAL_PARAGRAPHS = 4
# A slot bucket larger than this (thousands of claims with the same figure kind) pairs each
# claim with its nearest neighbours only: no quadratic blow-up.
_BUCKET_WINDOW = 12
# How many partners of another side a claim keeps on shared words alone.
_TOPICAL_PARTNERS = 6
# A confirming claim this short ("confirmed the agreement") is about what was just said; a
# longer one makes a point of its own, linked by its words.
_CONFIRM_WORDS = 6
# How many of a named speaker's claims a reply may answer.
_REPLY_TARGETS = 1
# How many of the other side's claims one denial may answer ("zero chance of civilian
# casualties" answers each claim of civilian deaths), and how much it must share with each.
_DENIAL_TARGETS = 3
_DENIAL_MIN_AFFINITY = 1.0
# An object word ties two claims for a polarity clash only when this rare (claims holding it).
_POLARITY_MAX_CLAIMS = 4
# A shared two-word phrase links only when rare: in at most this many claims.
_PHRASE_MAX_CLAIMS = 3
# A shared name ("OSCE") links only when rare: in at most this many claims; a name in every
# claim ("Ukraine" in a readout on Ukraine) is the topic, not a point.
_NAME_MAX_CLAIMS = 3


# -- gathering --------------------------------------------------------------------------------


def _name_table(speakers: Sequence[Speaker], sides: Sequence[Side]) -> dict[str, tuple[str, str]]:
    """Lower-cased name -> (speaker id or "", side id) for every way a speaker is named."""
    table: dict[str, tuple[str, str]] = {}
    # A country or party named as such ("Russia and the US shared ...") is what claims are
    # about, not a speaker being answered: side names are left out.
    side_names = {s.name.lower() for s in sides} | {s.id.lower() for s in sides}
    for sp in speakers:
        if not sp.side or sp.anonymous:
            continue
        names = {sp.name, *sp.aliases, *(m.span.text for m in sp.mentions)}
        for name in names:
            low = name.lower().strip()
            low = re.sub(r"^(?:the|a|an)\s+", "", low)
            if len(low) < 4 or low in _PRONOUNS or low in side_names:
                continue
            table.setdefault(low, (sp.id, sp.side))
        # A person's surname alone ("Okoro") names them too.
        parts = sp.name.split()
        if (
            sp.kind == "person"
            and len(parts) >= 2
            and len(parts[-1]) > 3
            and parts[-1][0].isupper()
        ):
            table.setdefault(parts[-1].lower(), (sp.id, sp.side))
    return table


def _side_words(sides: Sequence[Side]) -> frozenset[str]:
    """The stems of the words naming each side ("russia", "unit", "state")."""
    return frozenset(
        stem(w) for s in sides for w in re.findall(r"[^\W\d_]+", f"{s.name} {s.id}".lower())
    )


_PRONOUNS = word_set("he she they it we i you his her their its our officials official")


def link_claims(
    claims: Sequence[Claim],
    *,
    documents: Sequence[Document] = (),
    speakers: Sequence[Speaker] = (),
    sides: Sequence[Side] = (),
    concepts: Concepts,
    settings: Settings = _DEFAULT_SETTINGS,
    topical: Mapping[tuple[int, int], float] | None = None,
) -> tuple[Link, ...]:
    """Every cross-side pair of claims some signal links, with the reasons.

    Args:
        claims: claims with ``side`` and ``facets`` set (claims without facets take part in
            the topical and discourse signals only).
        documents: their documents, for the discourse between attributions.
        speakers: the speakers, for replies that name the other side.
        sides: the sides, for the names the reasons use.
        concepts: from ``align.load_concepts``.
        settings: ``threshold`` is the overlap score from which shared words alone link.
        topical: precomputed overlap scores (``align.topical_scores``), keyed (i, j), i < j.

    Returns:
        Links in order of their first then second claim; ``a`` is the earlier claim.
    """
    if len(claims) < 2:
        return ()
    features = topical_features(claims, concepts)
    if topical is None:
        # Only pairs at the threshold are worth listing; a weaker overlap is worked out for
        # the few pairs another signal brings up (a low bar here would list most pairs).
        topical = topical_scores(features, min(settings.threshold, settings.merge_threshold))
    names = {s.id: s.name for s in sides}
    side = tuple(c.side or "" for c in claims)
    side_rank = {s.id: k for k, s in enumerate(sides)}
    pairs = _Pairs(
        claims=tuple(claims),
        side=side,
        label=tuple(names.get(s, s or "unattributed") for s in side),
        rank=tuple(side_rank.get(s, len(side_rank)) for s in side),
        where=tuple(locate(claims, documents)),
        topical=topical,
        token_sets=tuple(frozenset(f.tokens) for f in features),
        scenes=tuple(claim_scenes(claims, documents)),
    )
    speaker_words = speaker_name_words(speakers)
    pairs.by_slots()
    pairs.by_replies(_name_table(speakers, sides))
    pairs.by_denials()
    pairs.by_confirmations()
    pairs.by_incidents()
    pairs.by_polarity(features)
    pairs.by_phrases(features, speaker_words)
    pairs.by_names(speaker_words | _side_words(sides))
    pairs.by_discourse({d.id: d.text for d in documents})
    pairs.by_topics()
    pairs.by_words(settings.threshold)
    pairs.qualify()
    _keep_nearest_incidents(pairs.signals, pairs.where)
    _drop_incidents_beside_stronger(pairs.signals, pairs.side, pairs.where)
    return tuple(
        make_link(
            claims[i],
            claims[j],
            found,
            pairs.label[i],
            pairs.label[j],
            pairs.score(i, j),
            concepts,
        )
        for (i, j), found in sorted(pairs.signals.items())
    )


@dataclass(slots=True)
class _Pairs:
    """The claims being linked, what is known about where they stand, and the signals found
    so far for each pair (i, j), i < j. Each ``by_*`` method is one blocking step: it finds
    candidate pairs one way and runs the signal that goes with it."""

    claims: tuple[Claim, ...]
    side: tuple[str, ...]
    label: tuple[str, ...]
    rank: tuple[int, ...]
    where: tuple[Where, ...]
    topical: Mapping[tuple[int, int], float]
    token_sets: tuple[frozenset[str], ...]
    scenes: tuple[frozenset[str], ...] = ()
    signals: dict[tuple[int, int], list[Signal]] = field(default_factory=dict)

    def add(self, i: int, j: int, signal: Signal | None) -> None:
        if signal is None or self.side[i] == self.side[j] or i == j:
            return
        found = self.signals.setdefault((i, j) if i < j else (j, i), [])
        if all(s.name != signal.name for s in found):
            found.append(signal)

    def in_side_order(self, i: int, j: int) -> tuple[int, int]:
        """The pair with the first-listed side first: a group's figure and framing reasons
        then all read "army ... vs villagers ...", never once each way (the same point twice)."""
        return (j, i) if self.rank[j] < self.rank[i] else (i, j)

    def near(self, i: int, j: int, sentences: int) -> bool:
        wi, wj = self.where[i], self.where[j]
        return wi.doc == wj.doc and abs(wi.sentence - wj.sentence) <= sentences

    def near_paragraphs(self, i: int, j: int, paragraphs: int) -> bool:
        """At most this many paragraphs apart: a quote of several sentences counts once."""
        wi, wj = self.where[i], self.where[j]
        return wi.doc == wj.doc and abs(wi.paragraph - wj.paragraph) <= paragraphs

    def one_scene(self, i: int, j: int) -> bool:
        """Not set apart by their places: two accounts, or one article whose two sentences
        name no place in common ("in Qala Bazaar" / "in Pech district" are two incidents)."""
        if self.apart(i, j) or not self.scenes:
            return True
        si, sj = self.scenes[i], self.scenes[j]
        return not si or not sj or bool(si & sj)

    def apart(self, i: int, j: int) -> bool:
        """In different documents (two accounts of one event)."""
        return self.where[i].doc != self.where[j].doc

    def score(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        if key in self.topical:
            return self.topical[key]
        return pair_overlap(self.token_sets[i], self.token_sets[j])

    def by_slots(self) -> None:
        """Figure slots, blocked by (event, kind)."""
        buckets: dict[tuple[str, str], list[int]] = {}
        for i, claim in enumerate(self.claims):
            for q in claim.facets.quantities if claim.facets else ():
                key = figure_slot(q)
                if key is not None and (not buckets.get(key) or buckets[key][-1] != i):
                    buckets.setdefault(key, []).append(i)
        for members in buckets.values():
            candidates = [
                (i, j)
                for x, i in enumerate(members)
                for j in members[x + 1 : x + 1 + _BUCKET_WINDOW]
                if self.side[i] != self.side[j] and self.one_scene(i, j)
            ]
            tied = {
                (i, j)
                for i, j in candidates
                if self.apart(i, j)
                or self.near(i, j, _SLOT_NEAR_SENTENCES)
                or self.score(i, j) >= _SLOT_MIN_TOPICAL
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
                if any(self._same_account(i, k) and _key(k, j) in tied for k in near_i) or any(
                    self._same_account(j, k) and _key(k, i) in tied for k in near_j
                ):
                    tied.add((i, j))
            for i, j in candidates:
                if (i, j) in tied:
                    x, y = self.in_side_order(i, j)
                    signal = slot_signal(
                        self.claims[x], self.claims[y], self.label[x], self.label[y]
                    )
                    self.add(i, j, signal)

    def _same_account(self, i: int, k: int) -> bool:
        return i != k and self.side[i] == self.side[k] and self.near(i, k, _ACCOUNT_SENTENCES)

    def by_replies(self, table: dict[str, tuple[str, str]]) -> None:
        """A claim naming another side's speaker answers that speaker's best-matching claim."""
        if not table:
            return
        by_speaker: dict[str, list[int]] = {}
        for i, claim in enumerate(self.claims):
            by_speaker.setdefault(claim.speaker_id, []).append(i)
        pattern = re.compile(
            r"(?i)(?<!\w)("
            + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
            + r")(?!\w)"
        )
        for i, claim in enumerate(self.claims):
            seen: set[str] = set()
            for m in pattern.finditer(said_text(claim)):
                speaker_id, speaker_side = table[m.group(1).lower()]
                if speaker_side == self.side[i] or speaker_id in seen:
                    continue
                if speaker_id == claim.speaker_id:
                    continue
                seen.add(speaker_id)
                targets = sorted(
                    by_speaker.get(speaker_id, []),
                    key=lambda j: (-self.score(i, j), self._distance(i, j), j),
                )
                for j in targets[:_REPLY_TARGETS]:
                    self.add(i, j, reply_signal(claim, self.claims[j], m.group(1)))

    def _distance(self, i: int, j: int) -> int:
        return abs(self.where[i].sentence - self.where[j].sentence)

    def by_denials(self) -> None:
        """A denial answers the nearest related claims of another side."""
        n = len(self.claims)
        for i, claim in enumerate(self.claims):
            if claim.facets is None or not claim.facets.denial:
                continue
            options = [
                j
                for j in range(max(0, i - 40), min(n, i + 40))
                if self.side[j] != self.side[i]
                and self.one_scene(i, j)
                and (
                    self.near(i, j, _DENIAL_SENTENCES)
                    or self.near_paragraphs(i, j, _DENIAL_PARAGRAPHS)
                    or self.apart(i, j)
                    and self.score(i, j)
                )
            ]
            ranked = sorted(
                options,
                key=lambda j: (
                    -_affinity(claim, self.claims[j], self.score(i, j)),
                    self._distance(i, j),
                    j,
                ),
            )
            answered = [
                j
                for j in ranked[:_DENIAL_TARGETS]
                if _affinity(claim, self.claims[j], self.score(i, j)) >= _DENIAL_MIN_AFFINITY
            ]
            if not answered:
                # Nothing shares its words: a denial answers what the other side has just
                # said ("... they have killed him." / "it is rumour with no verification").
                answered = [j for j in options if j < i and self.near(i, j, _DENIAL_FALLBACK)]
                answered = answered[-1:]
            if _blanket(claim):
                # "denies that abuses took place", "rejected all the allegations": a blanket
                # denial answers the other side's accusations before it, whatever their words
                # and however far back in the article.
                before = [
                    j
                    for j in range(max(0, i - 40), i)
                    if self.side[j] != self.side[i]
                    and not self.apart(i, j)
                    and self.one_scene(i, j)
                    and _accuses(self.claims[j])
                ]
                answered += sorted(before, reverse=True)[:_BLANKET_TARGETS]
            if deictic(claim):
                # "These claims are not true", "dismissed the official assertions": the
                # claims answered are the other side's just before, whatever their words.
                # A claim that reports nothing ("we are deeply concerned") is no claim to deny.
                before = [
                    j
                    for j in options
                    if j < i
                    and self.near(i, j, DEICTIC_SENTENCES)
                    and reports_something(self.claims[j])
                ]
                answered += sorted(before, reverse=True)[:_DENIAL_TARGETS]
            for j in answered:
                self.add(i, j, denial_signal(claim, self.claims[j], self.label[i], self.label[j]))

    def by_confirmations(self) -> None:
        """A short claim under a confirming cue ("confirmed the agreement") answers the
        nearest claim of another side just before it that reports something."""
        for i, claim in enumerate(self.claims):
            if len(said_text(claim).split()) > _CONFIRM_WORDS or not confirms(claim):
                continue
            before = [
                j
                for j in range(max(0, i - 40), i)
                if self.side[j] != self.side[i]
                and self.near(i, j, DEICTIC_SENTENCES)
                and reports_something(self.claims[j])
            ]
            if before:
                j = before[-1]
                self.add(i, j, confirm_signal(claim, self.claims[j]))

    def by_incidents(self) -> None:
        """One incident: claims whose events fall in one family, blocked by family."""
        families: dict[str, list[int]] = {}
        for i, claim in enumerate(self.claims):
            for family in sorted(incident_families(claim.facets)):
                families.setdefault(family, []).append(i)
        for members in families.values():
            for x, i in enumerate(members):
                for j in members[x + 1 : x + 1 + _BUCKET_WINDOW]:
                    if self.side[i] == self.side[j] or not self.one_scene(i, j):
                        continue
                    if self.apart(i, j) or self.near(i, j, _SLOT_NEAR_SENTENCES):
                        close = self.near(i, j, DEICTIC_SENTENCES)
                        self.add(i, j, event_signal(self.claims[i], self.claims[j], close=close))

    def by_polarity(self, features: Sequence[TextFeatures]) -> None:
        """One negates what the other asserts about a rare shared thing, blocked by it."""
        holders: dict[str, list[int]] = {}
        for i, claim in enumerate(self.claims):
            for key in polarity_keys(claim.facets):
                holders.setdefault(key, []).append(i)
        clash: dict[tuple[int, int], list[str]] = {}
        for key, members in holders.items():
            if 2 <= len(members) <= _POLARITY_MAX_CLAIMS:
                for x, i in enumerate(members):
                    for j in members[x + 1 :]:
                        if (
                            self.side[i] != self.side[j]
                            and self.one_scene(i, j)
                            and (self.apart(i, j) or self.near(i, j, _DENIAL_SENTENCES))
                        ):
                            clash.setdefault((i, j), []).append(key)
        by_id = {c.id: f for c, f in zip(self.claims, features, strict=True)}
        for (i, j), keys in clash.items():
            self.add(i, j, polarity_signal(self.claims[i], self.claims[j], keys, by_id))

    def by_phrases(self, features: Sequence[TextFeatures], speaker_words: frozenset[str]) -> None:
        """Rare shared two-word phrases, blocked by phrase."""
        holders: dict[tuple[str, str], list[int]] = {}
        for i, feat in enumerate(features):
            for gram in bigrams(feat, speaker_words):
                holders.setdefault(gram, []).append(i)
        pairs: dict[tuple[int, int], list[tuple[str, str]]] = {}
        for gram, members in holders.items():
            if 2 <= len(members) <= _PHRASE_MAX_CLAIMS:
                for x, i in enumerate(members):
                    for j in members[x + 1 :]:
                        if self.side[i] != self.side[j]:
                            pairs.setdefault((i, j), []).append(gram)
        for (i, j), shared in pairs.items():
            order = list(features[i].tokens)
            shared.sort(key=lambda g: order.index(g[0]))
            self.add(i, j, phrase_signal(shared, features[i]))

    def by_names(self, exclude: frozenset[str]) -> None:
        """Rare names both sides use ("OSCE", "Voinjama") with one kind of event, blocked
        by name: each holder on the side naming it less often takes its best partner."""
        holders: dict[str, list[int]] = {}
        for i, claim in enumerate(self.claims):
            for word in sorted(name_words(claim.facets, exclude, said_text(claim))):
                holders.setdefault(word, []).append(i)
        pairs: dict[tuple[int, int], list[str]] = {}
        for word, members in holders.items():
            if not 2 <= len(members) <= _NAME_MAX_CLAIMS:
                continue
            by_side: dict[str, list[int]] = {}
            for i in members:
                by_side.setdefault(self.side[i], []).append(i)
            fewest = min(len(v) for v in by_side.values())
            for own, holders_here in by_side.items():
                if len(holders_here) != fewest:
                    continue
                for i in holders_here:
                    others = [
                        j
                        for j in members
                        if self.side[j] != own
                        and (self.apart(i, j) or self.near(i, j, _SLOT_NEAR_SENTENCES))
                        and shares_event(self.claims[i], self.claims[j])
                    ]
                    if others:
                        j = max(others, key=lambda k: (self.score(i, k), -self._distance(i, k)))
                        pairs.setdefault((min(i, j), max(i, j)), []).append(word)
        for (i, j), shared in pairs.items():
            self.add(i, j, name_signal(self.claims[i], self.claims[j], shared))

    def by_discourse(self, texts: Mapping[str, str]) -> None:
        """Each claim against the nearest earlier claim of another side: does the article
        set them against each other?"""
        last_by_side: dict[str, int] = {}
        for j, claim in enumerate(self.claims):
            doc = texts.get(claim.doc_id)
            if doc is not None:
                earlier = [
                    i
                    for s, i in last_by_side.items()
                    if s != self.side[j]
                    and self.near(i, j, _CONTRAST_SENTENCES)
                    and self.claims[i].content.end <= claim.content.start
                ]
                if earlier:
                    i = max(earlier, key=lambda k: self.claims[k].content.end)
                    between, lead = between_attributions(doc, self.claims[i], claim, self.where[j])
                    self.add(i, j, contrast_signal(between, lead))
                    # Neighbouring attributions naming one thing oppositely ("a spy drone" /
                    # "a weather probe") are two accounts of it, whatever else they share.
                    x, y = self.in_side_order(i, j)
                    self.add(
                        i,
                        j,
                        framing_signal(
                            said_text(self.claims[x]),
                            said_text(self.claims[y]),
                            self.label[x],
                            self.label[y],
                        ),
                    )
            if j and claim.doc_id != self.claims[j - 1].doc_id:
                last_by_side = {}
            last_by_side[self.side[j]] = j

    def by_topics(self) -> None:
        """One agenda topic in different words, each claim the other's best partner on it."""
        found = topic_pairs(self.claims, self.side, self.one_scene, self.score)
        for (i, j), topic in found.items():
            self.add(i, j, same_topic(self.claims[i], self.claims[j], topic))

    def by_words(self, threshold: float) -> None:
        """Shared words alone, at the alignment threshold: each claim keeps its best partners
        only, so a thousand near-identical claims give a thousand links, not half a million."""
        best: dict[int, list[tuple[float, int]]] = {}
        for (i, j), value in self.topical.items():
            if self.side[i] != self.side[j] and value >= threshold:
                best.setdefault(i, []).append((value, j))
                best.setdefault(j, []).append((value, i))
        kept: set[tuple[int, int]] = set()
        for i, partners in best.items():
            for _value, j in heapq.nlargest(
                _TOPICAL_PARTNERS, partners, key=lambda p: (p[0], -p[1])
            ):
                kept.add((min(i, j), max(i, j)))
        for i, j in sorted(kept):
            value = self.topical[(i, j)]
            reason = f"shared words and concepts: overlap {value:.0f}/100"
            self.add(i, j, Signal("topical", value, reason))

    def qualify(self) -> None:
        """Counter-framing and blame only qualify a pair some other signal found: opposite
        words alone ("civilians" here, "militants" there) are everywhere in a war story."""
        for i, j in list(self.signals):
            a, b = self.claims[i], self.claims[j]
            x, y = self.in_side_order(i, j)
            framing = framing_signal(
                said_text(self.claims[x]), said_text(self.claims[y]), self.label[x], self.label[y]
            )
            self.add(i, j, framing)
            self.add(i, j, blame_signal(a, b, self.label[i], self.label[j]))


def _key(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)


# A denial sharing nothing with any claim answers the other side's last claim this near.
_DENIAL_FALLBACK = 2


# A claim linked only through a shared incident keeps this many such partners, the nearest
# in the text: in a war story every claim shares "harm" with every other.
_INCIDENT_PARTNERS = 2


def _keep_nearest_incidents(
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


def _drop_incidents_beside_stronger(
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


# Signals that on their own say only that two claims share a subject.
_WEAK_ALONE = frozenset({"event", "topical", "phrase", "topic", "name"})


# A blanket denial answers at most this many of the other side's accusations.
_BLANKET_TARGETS = 4
# Short enough to deny a whole category rather than one point.
_BLANKET_WORDS = 8


@cache
def _blanket_nouns() -> frozenset[str]:
    return frozenset(stem(str(w).lower()) for w in events_lexicon()["blanket_nouns"])


def _blanket(claim: Claim) -> bool:
    """A short denial whose object is a whole category of wrongs ("that abuses have taken
    place", "any wrongdoing", "all the allegations")."""
    text = said_text(claim)
    if claim.facets is None or not claim.facets.denial or len(text.split()) > _BLANKET_WORDS:
        return False
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    # "the charges", "these allegations" point at one thing just said (``deictic``); "any
    # wrongdoing", "that abuses took place", "all allegations" deny a whole category.
    return any(
        stem(w) in _blanket_nouns() and (k == 0 or words[k - 1] not in _POINTING)
        for k, w in enumerate(words)
    )


_POINTING = frozenset({"the", "these", "those", "this", "such", "its", "their", "his"})


def _accuses(claim: Claim) -> bool:
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


def _affinity(a: Claim, b: Claim, topical: float) -> float:
    """How much a denial and a candidate target share: events, objects, names, words."""
    fa, fb = a.facets or ClaimFacets(), b.facets or ClaimFacets()
    shared_events = len(set(fa.events) & set(fb.events) - {"denial"})
    accusation = 1 if {"accusation", "violation"} & set(fb.events) else 0
    shared_objects = len(set(fa.objects) & set(fb.objects))
    shared_names = len(set(fa.participants) & set(fb.participants))
    # 25 points of word overlap weigh as much as one shared event, object or name.
    return shared_events + accusation + shared_objects + shared_names + topical / 25.0
