"""Claims + facets + the document's discourse -> links between claims of different sides.

``link_claims`` gathers candidate pairs by blocking (the same figure slot, one incident, a
speaker named in the other's words, a denial and what precedes it, a confirmation and the
claim just before it, neighbouring attributions, rare shared objects and phrases, shared
tokens), never by trying all pairs one by one, runs the signals of ``signals.py`` and
``anchors.py`` on them and keeps a link where one fires. Two claims of one article whose
sentences name different places are two incidents: no figure, incident, polarity or denial
link joins them. ``link_rules.py`` prunes weak incident links and ranks a denial's targets;
``link_verdict.make_link`` turns each pair's signals into a link; ``discourse.py`` says where
claims stand in their articles.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from attribcmp.align import pair_overlap, topical_features, topical_scores
from attribcmp.anchors import (
    agenda_places,
    call_signal,
    claim_scenes,
    meeting_claims,
    name_signal,
    name_words,
    sentence_leads,
    shares_event,
)
from attribcmp.answers import (
    blames,
    responsibility_signal,
    shortfall_signal,
    states_shortfall,
    takes_responsibility,
    word_list,
)
from attribcmp.data import word_set
from attribcmp.accused import accused_links
from attribcmp.control import control_links
from attribcmp.discourse import (
    DEICTIC_SENTENCES,
    Where,
    between_attributions,
    deictic,
    locate,
    points_at_account,
    reports_something,
)
from attribcmp.incident_signals import blame_signal, event_signal, framing_signal, incident_families
from attribcmp.link_rules import (
    BLANKET_TARGETS,
    accuses,
    affinity,
    blanket,
    drop_incidents_beside_stronger,
    drop_undisputed_incidents,
    keep_nearest_incidents,
)
from attribcmp.link_verdict import make_link
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
from attribcmp.side_names import UNNAMED
from attribcmp.signals import (
    Signal,
    bigrams,
    confirm_signal,
    confirms,
    contrast_signal,
    denial_signal,
    figure_slot,
    governed_object,
    phrase_signal,
    polarity_keys,
    polarity_signal,
    reply_signal,
    same_topic,
    slot_signal,
    speaker_name_words,
)
from attribcmp.textfeatures import Concepts, TextFeatures, said_text, stem
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
# ... a longer one answers the other side's claim at most this many sentences before it.
_CONFIRM_NEAR_LONG = 1
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
# Two accounts' claims each the other's best partner link from this overlap score; the step is
# skipped for inputs of more claims than this (two readouts hold a few dozen).
_MUTUAL_MIN_SCORE = 25.0
_MUTUAL_MAX_CLAIMS = 400
# In one article, two sides' claims each the other's best partner link from this lower overlap
# when at most this many sentences apart: the article sets one account beside the other.
_MUTUAL_NEAR_MIN_SCORE = 15.0
_MUTUAL_NEAR_SENTENCES = 2
# Two sides' claims that something falls short agree when at most this many paragraphs apart.
_SHORTFALL_PARAGRAPHS = 3
# Two accounts of one meeting each state the bond between the two parties ("the special and
# historic relationship between our two countries" / "the unique strength of the US-UK
# relationship"): a pair of country names joined by a hyphen, or "our two countries".
_BILATERAL_PAIR = re.compile(r"\b([A-Z](?:\.?[A-Z]){1,3}\.?)-([A-Z](?:\.?[A-Z]){1,3})\b")
_BILATERAL_ANY = re.compile(
    r"\b(?:our|the|both) two (?:countries|nations)\b|\bboth (?:countries|nations)\b", re.I
)
_BILATERAL_SCORE = 55.0


# -- gathering --------------------------------------------------------------------------------


def _name_table(
    speakers: Sequence[Speaker], sides: Sequence[Side]
) -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    """Lower-cased name -> (speaker id or "", side id) for every way a speaker is named, and
    the names that are also a side's name (they count only as the owner of a statement)."""
    table: dict[str, tuple[str, str]] = {}
    owner_only: set[str] = set()
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
            if len(low) < 4 or low in _PRONOUNS:
                continue
            if low in side_names:
                # ... unless it owns what the claim answers ("the Human Rights Watch report"):
                # by_replies keeps such a name only where it governs a word for a statement.
                owner_only.add(low)
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
    return table, frozenset(owner_only)


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
    names_table, owner_only = _name_table(speakers, sides)
    pairs.by_replies(names_table, owner_only)
    pairs.by_denials()
    for i, j, signal in control_links(claims, documents, speakers, pairs.label):
        pairs.add(i, j, signal)  # who holds a place (control.py)
    for i, j, signal in accused_links(claims, sides, speakers, pairs.label, pairs.score):
        pairs.add(i, j, signal)  # the accused side's denial of a charge (accused.py)
    pairs.by_confirmations()
    pairs.by_shortfalls()
    pairs.by_responsibility(speakers)
    pairs.by_incidents()
    pairs.by_polarity(features)
    pairs.by_phrases(features, speaker_words)
    pairs.by_names(speaker_words | _side_words(sides))
    pairs.by_discourse({d.id: d.text for d in documents})
    pairs.by_topics(documents, sides)
    pairs.by_calls()
    pairs.by_bilateral()
    pairs.by_words(settings.threshold)
    pairs.by_mutual_best(features)
    pairs.by_mutual_best_near(features)
    pairs.qualify()
    pairs.drop_bare_contrasts(names_table)
    drop_undisputed_incidents(pairs.signals, [incident_families(c.facets) for c in claims])
    keep_nearest_incidents(pairs.signals, pairs.where)
    drop_incidents_beside_stronger(pairs.signals, pairs.side, pairs.where)
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
    # claim -> the other sides' speakers whose words it names as its object ("the tribal
    # leaders' allegations", "the report by Amnesty")
    owners: dict[int, set[str]] = field(default_factory=dict)

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

    def by_replies(
        self, table: dict[str, tuple[str, str]], owner_only: frozenset[str] = frozenset()
    ) -> None:
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
                # "dismissed a report by Amnesty", the report being the speaker itself: the
                # claim names the statement it answers as a whole
                owns = governed_object(said_text(claim), m.group(1)) or _statement_name(m.group(1))
                if not owns and m.group(1).lower() in owner_only:
                    continue  # "Russia and the US shared ...": a party named, not answered
                seen.add(speaker_id)
                if owns:
                    self.owners.setdefault(i, set()).add(speaker_id)
                # a reply about an event ("death tolls lower than X's report") answers the
                # claim in which X gives a figure for that event, before any other of X's
                targets = sorted(
                    by_speaker.get(speaker_id, []),
                    key=lambda j: (
                        -_counts_event_of(self.claims[j], claim),
                        -self.score(i, j),
                        self._distance(i, j),
                        j,
                    ),
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
            owned = [
                j
                for j in options
                if self.claims[j].speaker_id in self.owners.get(i, ())
                and reports_something(self.claims[j])
            ]
            if owned:
                # "denied the tribal leaders' allegations": it answers those leaders' claims,
                # not whatever else the article reported nearby.
                options = owned
            ranked = sorted(
                # another denial answers the same account, it is not what this one denies
                [j for j in options if not _denies(self.claims[j])],
                key=lambda j: (
                    -affinity(claim, self.claims[j], self.score(i, j)),
                    self._distance(i, j),
                    j,
                ),
            )
            answered = [
                j
                for j in ranked[:_DENIAL_TARGETS]
                if affinity(claim, self.claims[j], self.score(i, j)) >= _DENIAL_MIN_AFFINITY
                # a denial denies something said to have happened or been done, not a
                # statement of intent or praise that merely shares a name ("coalition")
                and reports_something(self.claims[j])
            ]
            if owned and not _names_event(claim):
                # "dismissed a report by Human Rights Watch": the claim names the statement
                # and nothing of what it says, so what it dismisses is what the owner is
                # reported saying nearest to it.
                nearest = min(owned, key=lambda j: (self._distance(i, j), j))
                if nearest not in answered:
                    answered.append(nearest)
            if not answered:
                # Nothing shares its words: a denial answers what the other side has just
                # said ("... they have killed him." / "it is rumour with no verification").
                answered = [
                    j
                    for j in options
                    if j < i
                    and self.near(i, j, _DENIAL_FALLBACK)
                    and reports_something(self.claims[j])
                ]
                answered = answered[-1:]
                if not answered and points_at_account(claim):
                    # "found the alleged incident did not happen" in a lead, the account it
                    # denies told in the next sentence: the nearest after it is answered.
                    after = [
                        j
                        for j in options
                        if j > i
                        and self.near(i, j, _DENIAL_FALLBACK)
                        and reports_something(self.claims[j])
                    ]
                    answered = after[:1]
            if blanket(claim):
                # "denies that abuses took place", "rejected all the allegations": a blanket
                # denial answers the other side's accusations before it, whatever their words
                # and however far back in the article.
                before = [
                    j
                    for j in range(max(0, i - 40), i)
                    if self.side[j] != self.side[i]
                    and not self.apart(i, j)
                    and self.one_scene(i, j)
                    and accuses(self.claims[j])
                    and (not owned or j in owned)
                ]
                answered += sorted(before, reverse=True)[:BLANKET_TARGETS]
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
            if not confirms(claim):
                continue
            short = len(said_text(claim).split()) <= _CONFIRM_WORDS
            before = [
                j
                for j in range(max(0, i - 40), i)
                if self.side[j] != self.side[i]
                and self.near(i, j, DEICTIC_SENTENCES if short else _CONFIRM_NEAR_LONG)
                and reports_something(self.claims[j])
            ]
            if before and (short or _shares_particulars(claim, self.claims[before[-1]])):
                # a longer confirmation makes a point of its own: it bears out the claim just
                # before only where it names the same time, place or thing ("confirm U.S.
                # forces were in action early Wednesday" / "... fired early Wednesday")
                j = before[-1]
                self.add(i, j, confirm_signal(claim, self.claims[j]))

    def by_shortfalls(self) -> None:
        """Claims of two sides that each say something falls short, in two accounts or a
        few paragraphs apart in one (farther apart, they judge different efforts)."""
        short = [i for i, c in enumerate(self.claims) if states_shortfall(c)]
        for x, i in enumerate(short):
            for j in short[x + 1 :]:
                if self.apart(i, j) or self.near_paragraphs(i, j, _SHORTFALL_PARAGRAPHS):
                    self.add(i, j, shortfall_signal(self.claims[i], self.claims[j]))

    def by_responsibility(self, speakers: Sequence[Speaker]) -> None:
        """A claim of responsibility against the other sides' nearby accounts of an act that
        name the claimant ("Taliban" in "a Taliban bomber detonated ...")."""
        names = {sp.id: sp.name for sp in speakers}
        for i, claim in enumerate(self.claims):
            if not takes_responsibility(claim):
                continue
            owner = [n for n in (self.label[i], names.get(claim.speaker_id, "")) if len(n) > 2]
            for j in range(max(0, i - 40), min(len(self.claims), i + 40)):
                if self.side[j] == self.side[i] or not (
                    self.apart(i, j) or self.near(i, j, _SLOT_NEAR_SENTENCES)
                ):
                    continue
                text = said_text(self.claims[j])
                named = next((n for n in owner if _names(text, n)), "")
                self.add(i, j, responsibility_signal(claim, self.claims[j], named))
        for i, claim in enumerate(self.claims):
            if not blames(claim):
                continue
            text = said_text(claim)
            for j in range(max(0, i - 40), min(len(self.claims), i + 40)):
                if self.side[j] == self.side[i] or not (
                    self.apart(i, j) or self.near(i, j, _SLOT_NEAR_SENTENCES)
                ):
                    continue
                other = self.claims[j]
                blamed = (self.label[j], names.get(other.speaker_id, ""))
                named = next((n for n in blamed if _names(text, n)), "")
                # "it was the military that was responsible for the killings" against the
                # military's own account of the killings: one act, whoever is to blame
                self.add(j, i, responsibility_signal(other, claim, named, blamed=True))

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
        """Rare shared two-word phrases, blocked by phrase. Two common words may stand in
        either order: "the disease has spread" and "the spread of the disease" (stop words
        skipped) are one phrase."""
        holders: dict[tuple[str, str], list[int]] = {}
        as_written: dict[tuple[int, tuple[str, str]], tuple[str, str]] = {}
        for i, feat in enumerate(features):
            for gram in sorted(bigrams(feat, speaker_words)):
                w1, w2 = gram
                # names keep their order: "U.S. allegations" is not "allegations by the U.S."
                named = any(w[:1].isupper() for t in gram for w in feat.surfaces.get(t, (t,)))
                key = gram if named or w1 <= w2 else (w2, w1)
                if not holders.get(key) or holders[key][-1] != i:
                    holders.setdefault(key, []).append(i)
                as_written.setdefault((i, key), gram)
        pairs: dict[tuple[int, int], list[tuple[str, str]]] = {}
        for key, members in holders.items():
            if 2 <= len(members) <= _PHRASE_MAX_CLAIMS:
                for x, i in enumerate(members):
                    for j in members[x + 1 :]:
                        if self.side[i] != self.side[j]:
                            pairs.setdefault((i, j), []).append(as_written[(i, key)])
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
                        # two accounts of one call: a rare name is an agenda item ("the
                        # G20", "BP"); inside one article it must also share the event
                        and (self.apart(i, j) or shares_event(self.claims[i], self.claims[j]))
                    ]
                    if others:
                        # a partner of the same kind of event first, then the most words
                        j = max(
                            others,
                            key=lambda k: (
                                shares_event(self.claims[i], self.claims[k]),
                                self.score(i, k),
                                -self._distance(i, k),
                            ),
                        )
                        pairs.setdefault((min(i, j), max(i, j)), []).append(word)
        for (i, j), shared in pairs.items():
            self.add(
                i, j, name_signal(self.claims[i], self.claims[j], shared, accounts=self.apart(i, j))
            )

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

    def by_topics(self, documents: Sequence[Document], sides: Sequence[Side]) -> None:
        """One agenda topic in different words, each claim the other's best partner on it;
        in two accounts of one call a third country named is an agenda item too."""
        accounts = len({w.doc for w in self.where}) > 1
        places = agenda_places(self.claims, documents, sides) if accounts else None
        leads = sentence_leads(self.claims, documents) if accounts else None
        found = topic_pairs(
            self.claims, self.side, self.one_scene, self.score, self.where, places, leads
        )
        for (i, j), topic in found.items():
            if not (self.apart(i, j) or self.near(i, j, _SLOT_NEAR_SENTENCES)):
                # Inside one article a topic ("the war", "the economy") runs through the
                # whole story: far apart, two claims on it make two points. (Two accounts of
                # one call are told point by point; there the topic is the point.)
                continue
            self.add(i, j, same_topic(self.claims[i], self.claims[j], topic))

    def by_calls(self) -> None:
        """Two accounts' reports of one call: each account's first claim that reports a
        meeting (its opening) against the others'; a later "A also spoke with B about X" or
        "the upcoming Summit" is a point, not the report of the call."""
        first: dict[str, int] = {}
        for i in meeting_claims(self.claims):
            first.setdefault(self.where[i].doc, i)
        openings = sorted(first.values())
        for x, i in enumerate(openings):
            for j in openings[x + 1 :]:
                if self.side[i] != self.side[j]:
                    self.add(i, j, call_signal(self.claims[i], self.claims[j]))

    def by_bilateral(self) -> None:
        """Two accounts of one meeting, each stating the bond of the same two parties: the
        claim of each account that names it, each the other's best by shared words, is one
        point told twice ("U.S.-UK collaboration" / "UK-US cooperation")."""
        pairs_of = [_bilateral(said_text(c)) for c in self.claims]
        best: dict[int, tuple[float, int]] = {}
        for i, pi in enumerate(pairs_of):
            for j in range(i + 1, len(self.claims)):
                pj = pairs_of[j]
                if pi is None or pj is None or self.side[i] == self.side[j]:
                    continue
                if not self.apart(i, j) or (pi and pj and pi != pj):
                    continue
                value = self.score(i, j)
                if value > best.get(i, (-1.0, -1))[0]:
                    best[i] = (value, j)
                if value > best.get(j, (-1.0, -1))[0]:
                    best[j] = (value, i)
        for i, (_value, j) in sorted(best.items()):
            if i < j and best.get(j, (-1.0, -1))[1] == i:
                # One bond stated by both: what else each sentence says is wording.
                reason = "both accounts state the bond between the two parties"
                self.add(i, j, Signal("topic", _BILATERAL_SCORE, reason, Relation.CONVERGE))

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

    def drop_bare_contrasts(self, table: Mapping[str, tuple[str, str]]) -> None:
        """Drop a pair the article's "but" alone joins when the two share nothing: no event,
        object, name, topic or word, neither denies, and neither names the other's side.
        News turns with "but" from one point to the next ("..., but the campaign plans to
        release records"); the contrast sets two accounts against each other when they
        speak of one thing, or when one names whom the other speaks for ("Telefonica's
        actions harmed customers" ... "However, Telefonica said it obeyed market rules")."""
        by_side: dict[str, list[str]] = {}
        for name, (_speaker, side) in table.items():
            by_side.setdefault(side, []).append(name)
        bare = [k for k, found in self.signals.items() if [s.name for s in found] == ["contrast"]]
        for i, j in bare:
            a, b = self.claims[i], self.claims[j]
            if _share_something(a, b, self.token_sets, (i, j)):
                continue
            if any(
                _names(said_text(x), n)
                for x, y in ((a, j), (b, i))
                for n in by_side.get(self.side[y], ())
            ):
                continue
            del self.signals[(i, j)]

    def by_mutual_best(self, features: Sequence[TextFeatures]) -> None:
        """Two accounts of one call tell it point by point: a claim and the claim of the other
        account that share the most words, each the other's best, are one point told twice,
        even below the alignment threshold."""
        if len({w.doc for w in self.where}) < 2 or len(self.claims) > _MUTUAL_MAX_CLAIMS:
            return
        low = topical_scores(features, _MUTUAL_MIN_SCORE)
        best: dict[int, tuple[float, int]] = {}
        for (i, j), value in sorted(low.items()):
            if self.side[i] == self.side[j] or not self.apart(i, j):
                continue
            if value > best.get(i, (0.0, -1))[0]:
                best[i] = (value, j)
            if value > best.get(j, (0.0, -1))[0]:
                best[j] = (value, i)
        for i, (value, j) in sorted(best.items()):
            if i < j and best.get(j, (0.0, -1))[1] == i:
                reason = (
                    f"each the other's closest point in the other account: overlap {value:.0f}/100"
                )
                self.add(i, j, Signal("topical", value, reason))

    def by_mutual_best_near(self, features: Sequence[TextFeatures]) -> None:
        """In one article, a claim and the other side's claim that share the most words with
        it, each the other's best and told within two sentences, answer each other ("officials
        have made voter registration difficult" / "concerns about the voters roll"), even
        below the alignment threshold. Farther apart, a best partner is as often another point.
        Unnamed sources that nothing places on a side are left to the other signals: words
        alone do not make them an answer to a named side."""
        if len(self.claims) > _MUTUAL_MAX_CLAIMS:
            return
        low = topical_scores(features, _MUTUAL_NEAR_MIN_SCORE)
        best: dict[int, tuple[float, int]] = {}
        for (i, j), value in sorted(low.items()):
            if self.side[i] == self.side[j] or self.apart(i, j):
                continue
            if UNNAMED.id in (self.side[i], self.side[j]):
                continue
            if value > best.get(i, (0.0, -1))[0]:
                best[i] = (value, j)
            if value > best.get(j, (0.0, -1))[0]:
                best[j] = (value, i)
        for i, (value, j) in sorted(best.items()):
            mutual = i < j and best.get(j, (0.0, -1))[1] == i
            if mutual and self.near(i, j, _MUTUAL_NEAR_SENTENCES):
                reason = f"each the other's closest point nearby: overlap {value:.0f}/100"
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


def _share_something(
    a: Claim, b: Claim, token_sets: Sequence[frozenset[str]], key: tuple[int, int]
) -> bool:
    """The two speak of one thing: a shared event class, object word, name or topic, a
    shared content word, or one denies (what it denies need not be repeated)."""
    fa, fb = a.facets or ClaimFacets(), b.facets or ClaimFacets()
    if fa.denial or fb.denial:
        return True
    if (set(fa.events) & set(fb.events)) - {"denial"}:
        return True
    if set(fa.objects) & set(fb.objects) or set(fa.participants) & set(fb.participants):
        return True
    if set(fa.topics) & set(fb.topics):
        return True
    return bool(token_sets[key[0]] & token_sets[key[1]])


def _counts_event_of(target: Claim, reply: Claim) -> bool:
    """The target gives a figure for an event the reply names."""
    if target.facets is None or reply.facets is None:
        return False
    return any(q.event and q.event in reply.facets.events for q in target.facets.quantities)


def _names(text: str, name: str) -> bool:
    """``text`` names ``name`` (a leading article aside: "The military" in "the military")."""
    bare = re.sub(r"(?i)^(?:the|a|an)\s+", "", name.strip())
    return len(bare) > 2 and bool(re.search(r"(?i)(?<!\w)" + re.escape(bare) + r"(?!\w)", text))


def _shares_particulars(a: Claim, b: Claim) -> bool:
    """The two name one time, place or thing (a participant or a key object word)."""
    fa, fb = a.facets, b.facets
    if fa is None or fb is None:
        return False
    return bool(set(fa.participants) & set(fb.participants) or set(fa.objects) & set(fb.objects))


def _statement_name(name: str) -> str:
    """The word for a statement in a speaker's name ("a 61-page report by X"), or ""."""
    words = re.findall(r"[a-z]+", name.lower())
    return next((w for w in words[:-1] if w in word_list("reply_objects")), "")


def _names_event(claim: Claim) -> bool:
    return claim.facets is not None and bool(set(claim.facets.events) - {"denial"})


def _denies(claim: Claim) -> bool:
    return claim.facets is not None and bool(claim.facets.denial)


def _bilateral(text: str) -> frozenset[str] | None:
    """The two parties a claim names as a pair ("US-UK" -> {us, uk}), the empty set for "our
    two countries" (any pair), None when it names no pair."""
    found = _BILATERAL_PAIR.search(text)
    if found is not None:
        return frozenset(g.replace(".", "").lower() for g in found.groups())
    return frozenset() if _BILATERAL_ANY.search(text) else None


def _key(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)


# A denial sharing nothing with any claim answers the other side's last claim this near.
_DENIAL_FALLBACK = 2
