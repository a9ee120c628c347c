"""Claims + facets + the document's discourse -> links between claims of different sides.

``link_claims`` gathers candidate pairs by blocking (the same figure slot, one incident, a
speaker named in the other's words, a denial and what precedes it, a confirmation and the
claim just before it, neighbouring attributions, rare shared objects and phrases, shared
tokens), never by trying all pairs one by one, runs the signals of ``signals.py`` and
``anchors.py`` on them and keeps a link where one fires. Two claims of one article whose
sentences name different places are two incidents: no figure, incident, polarity or denial
link joins them. ``link_rules.py`` prunes weak incident links and ranks a denial's targets;
``link_verdict.make_link`` turns each pair's signals into a link; ``discourse.py`` says where
claims stand in their articles. The blocking steps live in ``link_answers.py`` (replies,
denials, confirmations), ``link_events.py`` (figure slots, incidents, discourse) and
``link_words.py`` (shared phrases, names, topics, words); ``link_pairs.Pairs`` holds the pairs.
After the pruning, ``link_conflicts.py`` links the accounts a sentence of the article's own
calls conflicting ("There are conflicting reports as to who attacked first").
Last, the learned layer (``link_model.py``, weights in data/link_model.json) may drop rule
links it scores low and add pairs it scores high (bench/train_link_model.py fits it and says
how it fares on cases neither it nor the rules were tuned on).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from attribcmp.accused import accused_links
from attribcmp.align import topical_features, topical_scores
from attribcmp.anchors import (
    claim_incidents,
    claim_scenes,
)
from attribcmp.control import control_links, side_camps
from attribcmp.counter import counter_links
from attribcmp.data import word_set
from attribcmp.discourse import (
    locate,
)
from attribcmp.evidence import Signal
from attribcmp.fate import fate_links
from attribcmp.follow_ups import follow_up_links
from attribcmp.gazetteer import entry_demonyms, entry_for_side_label, load_gazetteer
from attribcmp.headline import headline_links
from attribcmp.incident_signals import incident_families
from attribcmp.lead_denials import lead_denial_links
from attribcmp.link_agree import agreement_links
from attribcmp.link_answers import (
    by_confirmations,
    by_denials,
    by_replies,
    by_responsibility,
    by_shortfalls,
)
from attribcmp.link_conflicts import conflict_links
from attribcmp.link_events import (
    by_calls,
    by_discourse,
    by_framings,
    by_incidents,
    by_measures,
    by_polarity,
    by_relative_figures,
    by_slots,
)
from attribcmp.link_heads import by_named_heads
from attribcmp.link_matters import by_matters
from attribcmp.link_model import (
    Candidate,
    Context,
    LinkModel,
    choose,
    learned_signal,
    load_link_model,
    make_context,
    pair_features,
)
from attribcmp.link_pairs import Pairs
from attribcmp.link_rules import (
    drop_incidents_beside_stronger,
    drop_undisputed_incidents,
    keep_nearest_incidents,
)
from attribcmp.link_verdict import make_link
from attribcmp.link_words import (
    by_best_near,
    by_bilateral,
    by_lone_topics,
    by_mutual_best,
    by_mutual_best_near,
    by_names,
    by_phrases,
    by_topics,
    by_words,
    close_scores,
    party_words,
)
from attribcmp.model import (
    Claim,
    Document,
    Link,
    Settings,
    Side,
    Speaker,
    SpeakerKind,
)
from attribcmp.no_comment import no_comment_links
from attribcmp.outcome_links import outcome_links
from attribcmp.pointed import by_pointed
from attribcmp.signals import speaker_name_words
from attribcmp.status import status_links
from attribcmp.textfeatures import Concepts, stem

__all__ = ["link_claims"]

_DEFAULT_SETTINGS = Settings()


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
            if low in _PRONOUNS or len(low) < (3 if _short_name(sp, name) else 4):
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


def _short_name(speaker: Speaker, name: str) -> bool:
    """A person's three-letter name written capitalised ("Guo", "Kim"): it names them as
    much as a longer one; ``link_answers.by_replies`` keeps it only where a claim writes it
    capitalised ("Guo's charges", not the modal "may")."""
    return speaker.kind == "person" and name.isalpha() and name[:1].isupper()


def _side_words(sides: Sequence[Side]) -> frozenset[str]:
    """The stems of the words naming each side ("russia", "unit", "state"), and of the
    demonyms of a side the gazetteer knows ("american" for the United States): "the American
    people" / "the American side's initiative" name the side, as "the United States" does."""
    gazetteer = load_gazetteer()
    words = [w for s in sides for w in re.findall(r"[^\W\d_]+", f"{s.name} {s.id}".lower())]
    for s in sides:
        entry = entry_for_side_label(s.name, gazetteer) or entry_for_side_label(s.id, gazetteer)
        words += entry_demonyms().get(entry or "", ())
    return frozenset(stem(w) for w in words)


def _head_names(
    table: Mapping[str, tuple[str, str]], speakers: Sequence[Speaker], sides: Sequence[Side]
) -> dict[str, str]:
    """Lower-cased name -> side id for ``link_heads``: every way a person or an organisation
    is named (a speaker read from a common noun, "Health" or "The holiday", or a document,
    "a statement", is no party), and each side's own name ("Ukraine of staging a
    provocation"), of four letters at least."""
    parties = {sp.id for sp in speakers if sp.kind in _PARTY_KINDS}
    names = {
        name: side
        for name, (speaker, side) in table.items()
        if len(name) >= 4 and speaker in parties
    }
    for s in sides:
        if len(s.name) >= 4:
            names.setdefault(s.name.lower(), s.id)
    return names


_PARTY_KINDS = frozenset({SpeakerKind.PERSON, SpeakerKind.ORGANISATION})


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
    model: LinkModel | None = None,
    trace: list[tuple[Candidate, Link]] | None = None,
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
        model: the learned layer (``link_model``); None for the shipped weights,
            ``link_model.RULES_ONLY`` for the rules alone.
        trace: when given, receives every candidate pair with the link it would make
            (bench/train_link_model.py fits the model on them).

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
    pairs = Pairs(
        claims=tuple(claims),
        side=side,
        label=tuple(names.get(s, s or "unattributed") for s in side),
        rank=tuple(side_rank.get(s, len(side_rank)) for s in side),
        where=tuple(locate(claims, documents)),
        topical=topical,
        token_sets=tuple(frozenset(f.tokens) for f in features),
        scenes=tuple(claim_scenes(claims, documents)),
        incidents=tuple(claim_incidents(claims)),
    )
    speaker_words = speaker_name_words(speakers)
    texts = {d.id: d.text for d in documents}
    by_slots(pairs)
    by_measures(pairs)  # percentages of one turnout, participation or share (measures.py)
    by_relative_figures(pairs)
    names_table, owner_only = _name_table(speakers, sides)
    by_replies(pairs, names_table, owner_only)
    by_pointed(pairs, {sp.id: sp.name for sp in speakers})  # "those claims are false" (pointed.py)
    by_denials(pairs)
    for i, j, signal in control_links(claims, documents, speakers, pairs.label):
        pairs.add(i, j, signal)  # who holds a place (control.py)
    for i, j, signal in accused_links(claims, sides, speakers, pairs.label, pairs.score):
        pairs.add(i, j, signal)  # the accused side's denial of a charge (accused.py)
    for i, j, signal in status_links(claims, texts, pairs.label, pairs.score):
        pairs.add(i, j, signal)  # "no reports of fighting" vs "attacked" (status.py)
    for i, j, signal in counter_links(claims, texts, sides, speakers, pairs.label):
        pairs.add(i, j, signal)  # each side blames the other, who attacked whom (counter.py)
    for i, j, signal in fate_links(claims, pairs.where, pairs.label):
        pairs.add(i, j, signal)  # "safe and healthy" vs "seriously wounded" (fate.py)
    for i, j, signal in outcome_links(claims, texts, speakers, pairs.label, pairs.score):
        pairs.add(i, j, signal)  # rival results, a result challenged, a settlement (outcomes.py)
    for i, j, signal in agreement_links(claims, speakers, pairs.label):
        pairs.add(i, j, signal)  # both sides confirm one truce, deal or talks (link_agree.py)
    # contested states: who holds the ground, who won, an offer refused (matters.py)
    by_matters(pairs, side_camps(speakers, documents, claims), speakers)
    by_confirmations(pairs)
    for i, j, declined in list(no_comment_links(pairs)):
        pairs.add(i, j, declined)  # "not appropriate to comment further" (no_comment.py)
    for i, j, follow in list(follow_up_links(pairs)):
        pairs.add(i, j, follow)  # "We're not there yet" after "the announcements were premature"
    by_shortfalls(pairs)
    by_responsibility(pairs, speakers)
    # a denial in the lead and the account told after it, where no step above linked them
    for i, j, lead in lead_denial_links(pairs):
        pairs.add(i, j, lead)
    by_incidents(pairs)
    by_polarity(pairs, features)
    by_phrases(pairs, features, speaker_words)
    by_names(pairs, speaker_words | _side_words(sides))
    by_discourse(pairs, {d.id: d.text for d in documents})
    by_framings(pairs, speaker_words | _side_words(sides))  # lawful / unlawful (events.yaml)
    agenda = by_topics(pairs, documents, sides, speaker_words | _side_words(sides))
    by_calls(pairs)
    by_bilateral(pairs)
    parties = party_words(speaker_words, _side_words(sides), concepts)
    by_words(pairs, settings.threshold, features, parties)
    close = close_scores(pairs, features)  # one listing for the three closest-point steps
    by_mutual_best(pairs, close, features, parties)
    by_mutual_best_near(pairs, close, features, parties)
    by_best_near(pairs, features, close, parties)
    by_lone_topics(pairs, agenda)  # last: it reads which claims no step has linked
    # a claim opening with another side's party ("the court of bias") and that party's own
    # nearest claim, where no step above linked the claim to that side (link_heads.py)
    by_named_heads(pairs, _head_names(names_table, speakers, sides))
    # What the rule steps found, before the pruning below: the learned layer reads both.
    gathered = {key: tuple(s.name for s in found) for key, found in pairs.signals.items()}
    pairs.qualify()
    pairs.drop_bare_contrasts(names_table)
    drop_undisputed_incidents(pairs.signals, [incident_families(c.facets) for c in claims])
    keep_nearest_incidents(pairs.signals, pairs.where)
    drop_incidents_beside_stronger(pairs.signals, pairs.side, pairs.where)
    for i, j, signal in headline_links(pairs, documents, speakers, sides):
        pairs.add(i, j, signal)  # the headline's parties, relation, matter (headline.py)
    for i, j, signal in conflict_links(pairs, documents, concepts):
        pairs.add(i, j, signal)  # "There are conflicting reports as to ..." (link_conflicts.py)
    model = model if model is not None else load_link_model()

    def link(i: int, j: int, found: list[Signal]) -> Link:
        return make_link(
            claims[i],
            claims[j],
            found,
            pairs.label[i],
            pairs.label[j],
            pairs.score(i, j),
            concepts,
            texts,
        )

    linked = pairs.signals
    if trace is not None or not model.inert:
        named = {name: side_id for name, (_speaker, side_id) in names_table.items()}
        named.update((s.name.lower(), s.id) for s in sides if len(s.name) > 3)
        context = make_context(pairs, features, {d.id: d.text for d in documents}, gathered, named)
        linked = _learned(pairs, context, model, link, trace)
    # Whatever signal joined them, two incidents ("the bridge collapsed" / "a separate bus
    # crash") are no one point: their figures or words are not one account against another.
    linked = {k: v for k, v in linked.items() if not pairs.two_incidents(*k)}
    return tuple(link(i, j, found) for (i, j), found in sorted(linked.items()))


def _learned(
    pairs: Pairs,
    context: Context,
    model: LinkModel,
    link: Callable[[int, int, list[Signal]], Link],
    trace: list[tuple[Candidate, Link]] | None,
) -> dict[tuple[int, int], list[Signal]]:
    """The rule links the model keeps and the pairs it adds (``link_model.decide``)."""
    candidates = [
        Candidate(i, j, pair_features(pairs, context, i, j), (i, j) in pairs.signals)
        for i, j in context.candidates
    ]
    probabilities = [model.probability(c.values) for c in candidates]
    keep = choose(model, candidates, probabilities)
    linked: dict[tuple[int, int], list[Signal]] = {}
    for candidate, probability, kept in zip(candidates, probabilities, keep, strict=True):
        if not kept and trace is None:
            continue
        key = (candidate.i, candidate.j)
        # a rule link keeps its own reasons; a pair the model adds says which features
        # weighed most for it
        found = pairs.signals.get(key) or [
            learned_signal(pairs, context, model, candidate, probability)
        ]
        if trace is not None:
            trace.append((candidate, link(*key, found)))
        if kept:
            linked[key] = found
    return linked
