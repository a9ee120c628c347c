"""Claims + facets + the document's discourse -> links between claims of different sides.

``link_claims`` gathers candidate pairs by blocking (the same figure slot, one incident, a
speaker named in the other's words, a denial and what precedes it, neighbouring attributions,
rare shared objects and phrases, shared tokens), never by trying all pairs one by one, runs
the signals of ``signals.py`` on them and keeps a link where one fires. Each link carries
the reasons that made it, a relation decided by its firmest signal (or by the claims' words
when no signal has an opinion) and a headline for the report's summary.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from attribcmp.align import (
    Concepts,
    TextFeatures,
    _stem,
    lexicon,
    pair_overlap,
    said_text,
    topical_features,
    topical_scores,
)
from attribcmp.data import word_set
from attribcmp.model import (
    Claim,
    ClaimFacets,
    Document,
    Link,
    Relation,
    Settings,
    Side,
    Speaker,
)
from attribcmp.segment import segment_sentences
from attribcmp.signals import (
    Signal,
    bigrams,
    blame_signal,
    contrast_signal,
    denial_signal,
    event_signal,
    figure_slot,
    framing_signal,
    head_words,
    incident_families,
    phrase_signal,
    polarity_keys,
    polarity_signal,
    reply_signal,
    slot_signal,
    speaker_name_words,
)

__all__ = ["link_claims"]

_DEFAULT_SETTINGS = Settings()

# A figure slot alone links two claims only when something else ties them: the same
# neighbourhood of the article, a shared name or word, or some topical overlap. Two tolls
# of two different incidents in one long story are otherwise the same slot.
_SLOT_NEAR_SENTENCES = 6
_SLOT_MIN_TOPICAL = 20.0
# How much of a claim's own opening is read for a contrast marker ("however, ...").
_HEAD_CHARS = 12
# A contrast joins attributions at most this many sentences apart.
_CONTRAST_SENTENCES = 1
# A denial looks for what it answers among the other side's claims this many sentences back
# (or on): a denial answers what the article has just reported.
_DENIAL_SENTENCES = 8
# A slot bucket larger than this (thousands of claims with the same figure kind) pairs each
# claim with its nearest neighbours only: no quadratic blow-up.
_BUCKET_WINDOW = 12
# How many partners of another side a claim keeps on shared words alone.
_TOPICAL_PARTNERS = 6
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


# -- gathering --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Where:
    """Where a claim stands: its document and sentence number."""

    doc: str
    sentence: int
    sentence_start: int


def _locate(claims: Sequence[Claim], documents: Sequence[Document]) -> list[_Where]:
    starts: dict[str, list[int]] = {}
    for doc in documents:
        starts[doc.id] = [s.start for s in segment_sentences(doc)]
    out = []
    for claim in claims:
        table = starts.get(claim.doc_id, [])
        k = max(bisect.bisect_right(table, claim.content.start) - 1, 0)
        out.append(_Where(claim.doc_id, k, table[k] if table else 0))
    return out


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
    pairs = _Pairs(
        claims=tuple(claims),
        side=side,
        label=tuple(names.get(s, s or "unattributed") for s in side),
        where=tuple(_locate(claims, documents)),
        topical=topical,
        token_sets=tuple(frozenset(f.tokens) for f in features),
    )
    pairs.by_slots()
    pairs.by_replies(_name_table(speakers, sides))
    pairs.by_denials()
    pairs.by_incidents()
    pairs.by_polarity(features)
    pairs.by_phrases(features, speaker_name_words(speakers))
    pairs.by_discourse({d.id: d.text for d in documents})
    pairs.by_words(settings.threshold)
    pairs.qualify()
    _keep_nearest_incidents(pairs.signals, pairs.where)
    return tuple(
        _make_link(
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
    where: tuple[_Where, ...]
    topical: Mapping[tuple[int, int], float]
    token_sets: tuple[frozenset[str], ...]
    signals: dict[tuple[int, int], list[Signal]] = field(default_factory=dict)

    def add(self, i: int, j: int, signal: Signal | None) -> None:
        if signal is None or self.side[i] == self.side[j] or i == j:
            return
        found = self.signals.setdefault((i, j) if i < j else (j, i), [])
        if all(s.name != signal.name for s in found):
            found.append(signal)

    def near(self, i: int, j: int, sentences: int) -> bool:
        wi, wj = self.where[i], self.where[j]
        return wi.doc == wj.doc and abs(wi.sentence - wj.sentence) <= sentences

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
            for x, i in enumerate(members):
                for j in members[x + 1 : x + 1 + _BUCKET_WINDOW]:
                    tied = (
                        self.apart(i, j)
                        or self.near(i, j, _SLOT_NEAR_SENTENCES)
                        or self.score(i, j) >= _SLOT_MIN_TOPICAL
                    )
                    if tied and self.side[i] != self.side[j]:
                        signal = slot_signal(
                            self.claims[i], self.claims[j], self.label[i], self.label[j]
                        )
                        self.add(i, j, signal)

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
                and (self.near(i, j, _DENIAL_SENTENCES) or self.apart(i, j) and self.score(i, j))
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
            if _deictic(claim):
                # "These claims are not true", "dismissed the official assertions": the
                # claims answered are the other side's just before, whatever their words.
                before = [j for j in options if j < i and self.near(i, j, _DEICTIC_SENTENCES)]
                answered += sorted(before, reverse=True)[:_DENIAL_TARGETS]
            for j in answered:
                self.add(i, j, denial_signal(claim, self.claims[j], self.label[i], self.label[j]))

    def by_incidents(self) -> None:
        """One incident: claims whose events fall in one family, blocked by family."""
        families: dict[str, list[int]] = {}
        for i, claim in enumerate(self.claims):
            for family in sorted(incident_families(claim.facets)):
                families.setdefault(family, []).append(i)
        for members in families.values():
            for x, i in enumerate(members):
                for j in members[x + 1 : x + 1 + _BUCKET_WINDOW]:
                    if self.side[i] == self.side[j]:
                        continue
                    if self.apart(i, j) or self.near(i, j, _SLOT_NEAR_SENTENCES):
                        close = self.near(i, j, _DEICTIC_SENTENCES)
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
                        if self.side[i] != self.side[j] and (
                            self.apart(i, j) or self.near(i, j, _DENIAL_SENTENCES)
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
                    between, lead = _between(doc, self.claims[i], claim, self.where[j])
                    self.add(i, j, contrast_signal(between, lead))
            if j and claim.doc_id != self.claims[j - 1].doc_id:
                last_by_side = {}
            last_by_side[self.side[j]] = j

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
            self.add(i, j, framing_signal(said_text(a), said_text(b), self.label[i], self.label[j]))
            self.add(i, j, blame_signal(a, b, self.label[i], self.label[j]))


def _between(doc: str, first: Claim, second: Claim, where: _Where) -> tuple[str, str]:
    """(the text between two attributions, the second one's lead-in): from the first claim's
    end to the second's sentence, and from that sentence's start to the second claim's words
    (its cue included), plus the first words of the second claim ("However, there were ...")."""
    lead_start = where.sentence_start
    cue_end = (
        second.cue.end
        if second.cue and second.cue.end <= second.content.start
        else second.content.start
    )
    lead = doc[lead_start : max(cue_end, lead_start)]
    between = doc[first.content.end : lead_start] if lead_start > first.content.end else ""
    if lead_start < first.content.end:
        # Both in one sentence: the words between them carry the contrast.
        lead = doc[first.content.end : max(cue_end, first.content.end)]
    head = doc[second.content.start : second.content.start + _HEAD_CHARS]
    return between, lead + head


_DEICTIC = re.compile(
    r"(?i)^\W*(?:(?:the|these|those|this|that|such|its|their|his|her|all|any)\s+)?"
    r"(?:\w+\s+){0,2}?(?:claims?|assertions?|reports?|allegations?|accusations?|charges?|"
    r"statements?|accounts?|this|that|it|them)\b"
)
# A denial sharing nothing with any claim answers the other side's last claim this near.
_DENIAL_FALLBACK = 2
# A deictic denial answers the other side's claims at most this many sentences before it.
_DEICTIC_SENTENCES = 4
# Short enough to be about what was just said rather than a point of its own.
_DEICTIC_WORDS = 12


def _deictic(claim: Claim) -> bool:
    """A denial that points back at what the other side said ("These claims are not true",
    "There's no truth to this claim", cue "dismissed" + "the official assertions")."""
    text = said_text(claim)
    if len(text.split()) > _DEICTIC_WORDS:
        return False
    return bool(
        _DEICTIC.search(text)
        or re.search(
            r"(?i)\b(?:this|these|that|those|the)\s+(?:claims?|reports?|assertions?|allegations?)\b",
            text,
        )
    )


# A claim linked only through a shared incident keeps this many such partners, the nearest
# in the text: in a war story every claim shares "harm" with every other.
_INCIDENT_PARTNERS = 2


def _keep_nearest_incidents(
    signals: dict[tuple[int, int], list[Signal]], where: Sequence[_Where]
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


# One claim with more than this many times the other's words adds points of its own.
_ADDS_MUCH = 2.0


def _adds_much(a: Claim, b: Claim) -> bool:
    """One claim says much more than the other ("reviewed the partnership" / "... the
    partnership, flood aid and new trade routes")."""
    small, large = sorted((len(said_text(a).split()), len(said_text(b).split())))
    return large > _ADDS_MUCH * max(small, 1)


@cache
def _strong_commitment() -> frozenset[str]:
    return frozenset(_stem(str(w)) for w in lexicon("commitment")["strong"])


def _firmer_cue(a: Claim, b: Claim) -> bool:
    """Exactly one cue commits ("agreed to hold the next round" / "discussed the timing")."""
    strong = _strong_commitment()

    def commits(claim: Claim) -> bool:
        text = f"{claim.cue.text if claim.cue else ''} {said_text(claim)}"
        return any(_stem(w) in strong for w in re.findall(r"[^\W\d_]+", text))

    return commits(a) != commits(b)


def _affinity(a: Claim, b: Claim, topical: float) -> float:
    """How much a denial and a candidate target share: events, objects, names, words."""
    fa, fb = a.facets or ClaimFacets(), b.facets or ClaimFacets()
    shared_events = len(set(fa.events) & set(fb.events) - {"denial"})
    accusation = 1 if {"accusation", "violation"} & set(fb.events) else 0
    shared_objects = len(set(fa.objects) & set(fb.objects))
    shared_names = len(set(fa.participants) & set(fb.participants))
    return shared_events + accusation + shared_objects + shared_names + topical / 25.0


_ORDER = {
    name: n
    for n, name in enumerate(
        (
            "slot",
            "denial",
            "framing",
            "blame",
            "polarity",
            "reply",
            "contrast",
            "event",
            "phrase",
            "topical",
        )
    )
}
_STRONG = frozenset({"slot", "denial", "framing", "blame", "polarity", "reply", "contrast"})
_EXTRA_SIGNAL = 3.0
_CONFLICTS = frozenset({"slot", "denial", "framing", "blame"})


def _make_link(
    a: Claim,
    b: Claim,
    found: list[Signal],
    label_a: str,
    label_b: str,
    topical: float,
    concepts: Concepts,
) -> Link:
    from attribcmp.classify import compare_claims

    found = sorted(found, key=lambda s: _ORDER.get(s.name, len(_ORDER)))
    # The firmest signal with an opinion decides (figures, then a denial, counter-framing, a
    # disputing reply, the article's contrast); otherwise the two claims' words do.
    decided = next((s.relation for s in found if s.relation is not None), None)
    if any(s.relation is Relation.DIVERGE for s in found if s.name in _CONFLICTS):
        # Agreeing figures do not settle it when one side denies or frames it oppositely.
        decided = Relation.DIVERGE
    verdict = compare_claims(a, b, label_a, label_b, concepts)
    relation = decided if decided is not None else verdict.relation
    phrase = any(s.name == "phrase" for s in found)
    if (
        decided is None
        and verdict.wording_only
        and phrase
        and not _firmer_cue(a, b)
        and not _adds_much(a, b)
    ):
        # A rare phrase both use ("stable and predictable", "summit meeting") is one point
        # told twice; the rest of each sentence is wording, not a difference of substance.
        relation = Relation.CONVERGE
    strong = [s for s in found if s.name in _STRONG]
    # A reader needs the firm grounds; "same incident" or "same phrase" beside a figure
    # conflict only repeats it.
    shown = strong or found
    reasons = [s.reason for s in shown]
    highlights: dict[str, list[str]] = {}
    for s in shown:
        for cid, words in s.highlights:
            highlights.setdefault(cid, []).extend(words)
    if verdict.relation is relation:
        # The words agree: their differing words join, and their grounds unless firmer ones
        # are already given.
        if not strong or decided is None:
            reasons.extend(verdict.reasons)
        for cid, words in verdict.highlights:
            highlights.setdefault(cid, []).extend(words)
    # Each further signal adds a little: two kinds of evidence beat one.
    score = min(100.0, max([s.score for s in found] + [topical]) + _EXTRA_SIGNAL * (len(found) - 1))
    headline = next((s.headline for s in found if s.headline and s.relation is relation), "")
    if not headline and relation is Relation.DIVERGE and decided is None and verdict.reasons:
        # The words decided: their first conflict ("roles reversed: ...") is the headline.
        headline = verdict.reasons[0][:1].upper() + verdict.reasons[0][1:]
    if not headline:
        words_a, words_b = head_words(said_text(a), 8), head_words(said_text(b), 8)
        headline = f"{label_a}: '{words_a}' vs {label_b}: '{words_b}'"
    return Link(
        a=a.id,
        b=b.id,
        relation=relation,
        score=round(score, 2),
        reasons=tuple(dict.fromkeys(reasons)),
        signals=tuple(s.name for s in found),
        highlights=tuple((cid, tuple(dict.fromkeys(w))) for cid, w in highlights.items() if w),
        headline=headline,
    )
