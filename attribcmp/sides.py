"""Give every speaker a side: profile rules, then the gazetteer, then defaults.

Rules, first match wins (``Speaker.side_reason`` says which one and which word):

1. profile: the first profile side with a member pattern found in the speaker's name, aliases
   or mention texts;
2. gazetteer (``gazetteer.py``): a country or body named in those texts; an armed group whose
   name holds a people's name speaks for itself (checked first); when a phrase
   names several, the speaker's own one is the first that is not a complement ("U.S. envoy to
   Pakistan" -> United States), and texts vote when they disagree;
3. compare mode (``side_accounts.py``): a speaker named like an issuer label ("Reuters") is
   that issuer; one mentioned only in a document with an ``issuer`` takes the issuer's side
   (an issuer label that names a country is that country's gazetteer side);
4. context (``side_context.py``, reading words with ``affiliation.py``): the body a speaker
   speaks for ("A Defense Ministry spokesman, Gen. Omar Said", "the coalition's troops") joins
   that body's side; a bare body ("the coalition", "the ministry") is the fuller phrase the
   article names nearest before it ("the U.S.-led coalition"); a state office naming no country
   takes the wire dateline's or the one the story opens on; local authorities are one party;
5. anonymous sources with nothing to place them -> "unnamed" ("Unnamed sources"); unnamed
   commentators ("analysts", "many observers") speak for no party -> "Other speakers"
   (rules 5-7 and rule 2's group names: ``side_defaults.py``);
6. a body (a named organisation, "the army") -> a side named after it, one per name;
7. anything else (people with nothing to place them, unresolved pronouns) -> the one
   "Other speakers" column, never a column each.

Then strays join the one side the rest of the story gives them (``side_joins.py``), a short
side name joins the one fuller name of its party ("Kasich" -> "John Kasich", "the South" ->
"South Sudan"; an acronym, "OSCE", the name it spells: ``side_acronyms.py``), a police
officer naming no country joins the one country whose police the story quotes
(``side_police.py``), broadcasters the story calls state-funded join that state
(``side_funded.py``), and two or more news outlets quoted in one story become one "News
outlets" party. Last, a speaker that cannot speak ("Video", "Results", "Fireworks":
``side_mute.py``) joins the side of the claims quoted nearest its words, or "Other speakers".

A profile side whose id or name names a gazetteer entry ("us", "Pakistan") stands in for that
entry, so a profile can rename a country side or add members to it; left unnamed (name = id)
it takes the entry's name.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Mapping, Sequence
from dataclasses import fields
from functools import lru_cache
from operator import attrgetter
from typing import Any, TypeVar

from attribcmp.affiliation import (
    GOVERNMENT_BODIES,
)
from attribcmp.gazetteer import (
    NORMALISE,
    Gazetteer,
    cached_head_hit,
    compile_pattern,
    entry_side,
    head_hit,
    load_gazetteer,
    profile_stand_ins,
    rule_side,
)
from attribcmp.model import Claim, Document, Profile, Side, SideRule, Speaker, SpeakerKind
from attribcmp.profile import describe_pattern
from attribcmp.side_accounts import by_issuer, by_issuer_name, side_for_label
from attribcmp.side_acronyms import join_acronyms
from attribcmp.side_alliances import join_led_coalitions
from attribcmp.side_bodies import join_called_company
from attribcmp.side_columns import (
    drop_bystander_groups,
    drop_common_columns,
    join_branches,
    join_compass_names,
    join_leader_governments,
    join_leaders,
    join_office_of_country,
    join_outlets,
    join_possessives,
    join_short_names,
)
from attribcmp.side_context import Context
from attribcmp.side_defaults import by_anonymity, by_body, by_group_name, other_side
from attribcmp.side_funded import join_funded_broadcasters
from attribcmp.side_joins import join_strays, ngo_named
from attribcmp.side_kinds import firm_names
from attribcmp.side_mute import join_mute_speakers
from attribcmp.side_names import (
    LOCAL,
    OTHER,
    UNNAMED,
    Found,
    bare_name,
    is_group,
    speaker_texts,
)
from attribcmp.side_organs import (
    join_country_bodies,
    join_named_courts,
    join_state_organs,
    join_titled_judges,
)
from attribcmp.side_own import (
    OPPOSITION,
    UNIONS,
    by_civic_body,
    by_correspondent,
    by_firm_apposition,
    by_joint,
    by_joint_groups,
    by_opposition,
    by_union,
    join_opposition_groups,
    join_opposition_party,
    join_opposition_titled,
)
from attribcmp.side_police import join_police_officers
from attribcmp.side_rebels import join_rebel_acronyms, join_rebel_words
from attribcmp.side_regions import join_regional_governments
from attribcmp.side_roles import (
    join_agents_before,
    join_described_before,
    join_introduced,
    join_named_roles,
    join_opened_in_place,
    join_role_variants,
    join_supporters,
)
from attribcmp.side_state import StateRun

__all__ = [
    "OTHER",
    "UNNAMED",
    "declared_side_ids",
    "nationality",
    "resolve_sides",
]


def resolve_sides(
    speakers: Sequence[Speaker],
    claims: Sequence[Claim],
    documents: Sequence[Document],
    profile: Profile,
) -> tuple[tuple[Side, ...], tuple[Speaker, ...], tuple[Claim, ...]]:
    """Set ``Speaker.side``/``side_reason`` and ``Claim.side``; list the sides used.

    Args:
        speakers: the canonical speakers.
        claims: the claims; each ``speaker_id`` must be one of ``speakers``. A list is
            emptied as its claims are replaced by their sided copies, so that a 16 MB input
            never holds both (a tuple is left as it is).
        documents: the input documents (their ``issuer`` turns on rule 3).
        profile: user overrides (``Profile()`` for none).

    Returns:
        (sides, speakers, claims): sides in order of first claim, then sides of speakers
        without claims in speaker order, with "Unnamed sources" and "Other speakers" last;
        speakers and claims in the order given.

    Raises:
        ValueError: a claim names a speaker id that is not among ``speakers``.
    """
    gazetteer = load_gazetteer()
    stand_ins = profile_stand_ins(profile, gazetteer)
    issuers = {doc.id: doc.issuer for doc in documents if doc.issuer}
    # Sets only where they can matter (a set per speaker of a 16 MB input's 17,000 was some
    # 7 MB of its peak): the documents of a speaker's claims only for accounts (by_issuer), the
    # relays only of relayed claims, with the speakers also quoted directly apart.
    claim_docs: dict[str, set[str]] = {}
    relayed: dict[str, set[str]] = {}  # speaker id -> relays of its relayed claims
    direct: set[str] = set()  # speakers with a claim not relayed
    claim_count: dict[str, int] = {}
    for claim in claims:
        if issuers:
            claim_docs.setdefault(claim.speaker_id, set()).add(claim.doc_id)
        claim_count[claim.speaker_id] = claim_count.get(claim.speaker_id, 0) + 1
        relay = _RELAYED.match(claim.resolution) if claim.resolution else None
        if relay is None or not relay[1]:
            direct.add(claim.speaker_id)
        else:
            relayed.setdefault(claim.speaker_id, set()).add(relay[1])
    account_side = {doc_id: side_for_label(i, profile) for doc_id, i in issuers.items()}
    issuer_sides = {side.id: side for side in account_side.values()}
    # Sides of their own must not take an id a profile, gazetteer or issuer side could claim.
    taken = (
        set(declared_side_ids(profile))
        | set(gazetteer.names)
        | {UNNAMED.id, OTHER.id, LOCAL.id, OPPOSITION.id, UNIONS.id}
        | set(issuer_sides)
    )
    found_by: dict[str, Found] = {}
    doc_texts = {doc.id: doc.text for doc in documents}
    firm_cache: dict[str, frozenset[str]] = {}

    def firms(doc_id: str) -> frozenset[str]:
        # one scan per document, however many speakers ask (a long story has hundreds)
        if doc_id not in firm_cache:
            firm_cache[doc_id] = firm_names(doc_texts.get(doc_id, ""))
        return firm_cache[doc_id]

    state_run = StateRun(doc_texts)
    for speaker in speakers:
        texts = speaker_texts(speaker)
        found = (
            _by_profile(profile.sides, texts, gazetteer)
            or by_group_name(speaker, taken, doc_texts)
            or ngo_named(speaker, taken)
            or by_joint(speaker, gazetteer, profile)
            or by_joint_groups(speaker, gazetteer, profile)
            or by_civic_body(speaker, taken)
            or by_union(speaker)
            or by_opposition(speaker, texts, taken)
            or by_correspondent(speaker, texts, gazetteer, profile)
            # a firm the story calls state-run goes with its officers, before its own column
            or state_run.side(bare_name(speaker.name), texts, gazetteer, stand_ins)
            or by_firm_apposition(speaker, firms, taken)
            or _by_gazetteer(texts, gazetteer, stand_ins)
            or _by_relay_country(speaker, relayed, direct, gazetteer, stand_ins)
            or by_issuer_name(speaker, issuer_sides)
            or by_issuer(speaker, claim_docs, issuers, profile)
        )
        if found is not None:
            found_by[speaker.id] = found
    # Then context, bodies before people: a person speaks for a body ("A Defense Ministry
    # spokesman") that may itself be a speaker placed by its own context.
    context = Context.build(speakers, documents, gazetteer, stand_ins, found_by)
    pending = [sp for sp in speakers if sp.id not in found_by]
    pending.sort(key=lambda sp: (sp.kind is not SpeakerKind.ORGANISATION, not is_group(sp)))
    for speaker in pending:
        found = (
            context.place(speaker, taken)
            or by_anonymity(speaker, profile)
            or context.join_group(speaker)
            or by_body(speaker, taken, context.acronyms, context.is_place)
            or other_side(speaker, profile)
        )
        found_by[speaker.id] = found
        context.add(speaker, found)
    # Strays the rest of the story explains: "officials" named later, "the rebels" of one group.
    armed = join_strays(speakers, found_by, documents, gazetteer)
    join_rebel_words(speakers, found_by, taken, doc_texts, armed)
    join_named_roles(speakers, found_by, doc_texts)
    join_introduced(speakers, found_by, doc_texts)
    join_described_before(speakers, found_by, doc_texts)
    join_role_variants(speakers, found_by, doc_texts)
    join_agents_before(speakers, found_by, doc_texts, taken)
    join_supporters(speakers, found_by, taken)
    join_opened_in_place(speakers, found_by, doc_texts)
    join_branches(speakers, found_by, taken)
    join_possessives(speakers, found_by, taken)
    join_office_of_country(speakers, found_by, taken)
    join_leader_governments(speakers, found_by, taken)
    join_short_names(speakers, found_by, taken)
    join_acronyms(speakers, found_by)
    join_police_officers(speakers, found_by)
    join_leaders(speakers, found_by, taken, doc_texts)
    join_compass_names(speakers, found_by, taken)
    join_funded_broadcasters(speakers, found_by, doc_texts)
    join_outlets(speakers, found_by, taken)
    join_led_coalitions(speakers, found_by)
    drop_common_columns(speakers, found_by, taken)
    join_opposition_titled(speakers, found_by, doc_texts)
    join_opposition_groups(speakers, found_by)
    join_opposition_party(speakers, found_by, doc_texts, gazetteer)
    join_state_organs(speakers, found_by)
    join_country_bodies(speakers, found_by, taken)
    join_named_courts(speakers, found_by, taken)
    join_titled_judges(speakers, found_by)
    join_regional_governments(speakers, found_by, doc_texts)
    join_called_company(speakers, found_by, taken, doc_texts)
    join_rebel_acronyms(speakers, found_by, doc_texts)

    everything: list[str] = []

    def words_of(speaker_id: str) -> tuple[str, str]:
        # asked only for a few groups quoted once: the leads and all claims' words, joined
        # once, and the group's own words
        if not everything:
            leads = [_lead(doc.text) for doc in documents]
            claimed = [_words_said(c, doc_texts) for c in claims if c.doc_id in doc_texts]
            everything.append("\n".join(leads + claimed))
        own = [
            _words_said(c, doc_texts)
            for c in claims
            if c.speaker_id == speaker_id and c.doc_id in doc_texts
        ]
        return everything[0], "\n".join(own)

    drop_bystander_groups(speakers, found_by, taken, claim_count, words_of)
    # last: a mute speaker ("Video", "Results") takes the final side of the claims beside it
    other = next((Side(r.id, r.name) for r in profile.sides if r.id == OTHER.id), OTHER)
    join_mute_speakers(speakers, found_by, taken, claims, doc_texts, other)
    known: dict[str, Side] = {}
    resolved: list[Speaker] = []
    for speaker in speakers:
        side, reason = found_by[speaker.id]
        known.setdefault(side.id, side)
        resolved.append(_replaced(speaker, side=side.id, side_reason=reason))
    side_of = {speaker.id: speaker.side for speaker in resolved}
    new_claims: list[Claim] = []
    for claim in _consumed(claims):
        if claim.speaker_id not in side_of:
            raise ValueError(f"claim {claim.id} names unknown speaker {claim.speaker_id!r}")
        side_id = side_of[claim.speaker_id]
        issuer = issuers.get(claim.doc_id)
        if issuer is not None and side_id != account_side[claim.doc_id].id:
            # An account's words: what the issuer's readout says anyone said is the issuer's
            # version ("Biden expressed interest ..." in the Kremlin readout is the Kremlin's),
            # a third party's too ("the UN Security Council should act" in Downing Street's):
            # the columns of `compare` are the accounts, never a body an account mentions.
            side = account_side[claim.doc_id]
            known.setdefault(side.id, side)
            side_id = side.id
        new_claims.append(_replaced(claim, side=side_id))
    if issuers:
        resolved = _follow_claims(resolved, new_claims, profile, issuers)
    order: dict[str, None] = {}
    for side_id in [c.side for c in new_claims] + [s.side for s in resolved]:
        if side_id is not None:
            order.setdefault(side_id)
    # The parties first, in order of first claim; then the catch-all columns.
    last = {UNNAMED.id: 1, OTHER.id: 2}
    ids = sorted(order, key=lambda i: last.get(i, 0))
    return tuple(known[i] for i in ids), tuple(resolved), tuple(new_claims)


def _follow_claims(
    speakers: Sequence[Speaker],
    claims: Sequence[Claim],
    profile: Profile,
    issuers: Mapping[str, str],
) -> list[Speaker]:
    """compare: a speaker whose claims all sit in one issuer's column is listed on that side.

    The claims of a speaker placed on another issuer's side move to the account's issuer
    (above); the speaker must move with them, or the Sides line names it under one side while
    its claims stand in another column. A speaker quoted in two accounts keeps its own side.
    """
    columns: dict[str, set[str | None]] = {}
    docs: dict[str, str] = {}
    for claim in claims:
        columns.setdefault(claim.speaker_id, set()).add(claim.side)
        docs.setdefault(claim.speaker_id, claim.doc_id)
    out: list[Speaker] = []
    for speaker in speakers:
        sides = columns.get(speaker.id, set())
        if len(sides) == 1 and speaker.side not in sides:
            (side_id,) = sides
            issuer = issuers.get(docs[speaker.id], "")
            if side_id is not None and side_id == side_for_label(issuer, profile).id:
                why = f"compare: its claims are the account issued by '{issuer}'"
                speaker = _replaced(speaker, side=side_id, side_reason=why)
        out.append(speaker)
    return out


# attribute/relay.py's resolution of a relayed claim: "relayed by 'Israeli media reports'".
_RELAYED = re.compile(r"relayed by '(.*)'$")


def _by_relay_country(
    speaker: Speaker,
    relayed: Mapping[str, set[str]],
    direct: Container[str],
    gazetteer: Gazetteer,
    stand_ins: Mapping[str, SideRule],
) -> Found | None:
    """ "Israeli media reports said the army had said ...": a state body naming no country,
    quoted only through relays that name one country, is that country's (not the dateline's)."""
    relays = relayed.get(speaker.id, set())
    words = bare_name(speaker.name).casefold().split()
    if not relays or speaker.id in direct or not words or words[-1] not in GOVERNMENT_BODIES:
        return None
    entries = set()
    for relay in relays:
        hit = cached_head_hit(relay)
        if hit is None or hit.entry is None:
            return None  # "Media reports" too: the relays do not agree on a country
        entries.add(hit.entry)
    if len(entries) != 1:
        return None
    side = entry_side(entries.pop(), gazetteer, stand_ins)
    relay = sorted(relays)[0]
    return side, f"'{words[-1]}' names no country: the relay '{relay}' does"


def _lead(text: str) -> str:
    """The headline and first paragraph: the first two non-blank lines."""
    lines = [line for line in text[:3000].splitlines() if line.strip()]
    return "\n".join(lines[:2])


def _words_said(claim: Claim, doc_texts: Mapping[str, str]) -> str:
    # read from the claims themselves (still whole here), not a copy of every span kept
    # through side resolution: at 16 MB that copy held a few MB of the peak
    return doc_texts[claim.doc_id][claim.content.start : claim.content.end]


def _consumed(claims: Sequence[Claim]) -> Iterator[Claim]:
    """The claims in order; a list is emptied as it goes (each claim released once read)."""
    if not isinstance(claims, list):
        yield from claims
        return
    claims.reverse()
    while claims:
        yield claims.pop()


_T = TypeVar("_T")


_LAYOUTS: dict[type, tuple[attrgetter[Any], dict[str, int]]] = {}


def _layout(cls: type) -> tuple[attrgetter[Any], dict[str, int]]:
    """A frozen dataclass's fields in constructor order: a getter for all and each one's place."""
    if cls not in _LAYOUTS:
        names = [f.name for f in fields(cls)]
        assert all(f.init for f in fields(cls)), cls  # every field is a constructor argument
        _LAYOUTS[cls] = attrgetter(*names), {name: k for k, name in enumerate(names)}
    return _LAYOUTS[cls]


def _replaced(obj: _T, **changes: Any) -> _T:
    """``dataclasses.replace`` for the frozen, field-only dataclasses of model.py, without its
    per-call field introspection: it runs once per speaker and claim (a tenth of a batch's
    side-resolution time went there)."""
    cls: type[Any] = type(obj)
    get, place = _layout(cls)
    values = list(get(obj))
    for name, value in changes.items():
        values[place[name]] = value
    new: _T = cls(*values)
    return new


def declared_side_ids(profile: Profile) -> tuple[str, ...]:
    """The side ids a profile declares, in profile order (for checking ``--side`` labels)."""
    return tuple(rule.id for rule in profile.sides)


@lru_cache(maxsize=4096)
def nationality(text: str) -> frozenset[str]:
    """The gazetteer entry a speaker phrase belongs to, as a set of at most one entry id.

    Fits ``attribute.speakers.Nationality``, to tie "the American official" to "U.S.
    Defense Secretary Lloyd J. Austin". Only the head country counts, so "U.S. envoy to
    Pakistan" gives {"united-states"}, not Pakistan too. Profile stand-ins are not applied.
    """
    hit = cached_head_hit(text)
    return frozenset({hit.entry}) if hit is not None and hit.entry is not None else frozenset()


def _by_profile(
    rules: Sequence[SideRule], texts: Sequence[str], gazetteer: Gazetteer
) -> Found | None:
    for rule in rules:
        for pattern in rule.patterns:
            compiled = compile_pattern(pattern)
            for text in texts:
                # Either form: a member may be written with straight or curly quotes.
                if compiled.search(text) or compiled.search(text.translate(NORMALISE)):
                    shown = describe_pattern(pattern)
                    return (
                        rule_side(rule, gazetteer),
                        f"profile side '{rule.id}': pattern '{shown}' in '{text}'",
                    )
    return None


def _by_gazetteer(
    texts: Sequence[str], gazetteer: Gazetteer, stand_ins: Mapping[str, SideRule]
) -> Found | None:
    # Each text votes for its head country; the most votes win and the earliest text breaks
    # ties, so one odd mention ("the envoy in Kabul") cannot outvote the speaker's name.
    votes: dict[str, int] = {}
    first: dict[str, tuple[str, str]] = {}
    for text in texts:
        hit = cached_head_hit(text) if gazetteer is load_gazetteer() else head_hit(text, gazetteer)
        if hit is None or hit.entry is None:
            continue
        votes[hit.entry] = votes.get(hit.entry, 0) + 1
        first.setdefault(hit.entry, (text[hit.start : hit.end], text))
    if not votes:
        return None
    winner = max(votes, key=lambda entry: votes[entry])  # max keeps the first of equals
    word, text = first[winner]
    side = entry_side(winner, gazetteer, stand_ins)
    return side, f"gazetteer: '{word}' in '{text}'"
