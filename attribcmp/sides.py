"""Give every speaker a side: profile rules, then the gazetteer, then defaults.

Rules, first match wins (``Speaker.side_reason`` says which one and which word):

1. profile: the first profile side with a member pattern found in the speaker's name, aliases
   or mention texts;
2. gazetteer (``gazetteer.py``): a country or body named in those texts; an armed group whose
   name holds a people's name speaks for itself (checked first); when a phrase
   names several, the speaker's own one is the first that is not a complement ("U.S. envoy to
   Pakistan" -> United States), and texts vote when they disagree;
3. compare mode: a speaker named like an issuer label ("Reuters") is that issuer; one
   mentioned only in a document with an ``issuer`` takes the issuer's side (an issuer label
   that names a country is that country's gazetteer side);
4. context (``side_context.py``, reading words with ``affiliation.py``): the body a speaker
   speaks for ("A Defense Ministry spokesman, Gen. Omar Said", "the coalition's troops") joins
   that body's side; a bare body ("the coalition", "the ministry") is the fuller phrase the
   article names nearest before it ("the U.S.-led coalition"); a state office naming no country
   takes the wire dateline's or the one the story opens on; local authorities are one party;
5. anonymous sources with nothing to place them -> "unnamed" ("Unnamed sources"); unnamed
   commentators ("analysts", "many observers") speak for no party -> "Other speakers";
6. a body (a named organisation, "the army") -> a side named after it, one per name;
7. anything else (people with nothing to place them, unresolved pronouns) -> the one
   "Other speakers" column, never a column each.

Then strays join the one side the rest of the story gives them (``side_joins.py``), a short
side name joins the one fuller name of its party ("Kasich" -> "John Kasich", "the South" ->
"South Sudan"), and two or more
news outlets quoted in one story become one "News outlets" party. Last, a speaker that cannot
speak ("Video", "Results", "Fireworks": ``side_mute.py``) joins the side of the claims quoted
nearest its words, or "Other speakers".

A profile side whose id or name names a gazetteer entry ("us", "Pakistan") stands in for that
entry, so a profile can rename a country side or add members to it; left unnamed (name = id)
it takes the entry's name.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import fields
from functools import lru_cache
from operator import attrgetter
from typing import Any, TypeVar

from attribcmp.affiliation import (
    GOVERNMENT_BODIES,
    NON_STATE_HEADS,
    head_word,
)
from attribcmp.gazetteer import (
    AGAINST_STATE,
    NORMALISE,
    Gazetteer,
    cached_head_hit,
    compile_pattern,
    entry_for_side_label,
    entry_side,
    head_hit,
    load_gazetteer,
    profile_stand_ins,
    rule_side,
)
from attribcmp.model import Claim, Document, Profile, Side, SideRule, Speaker, SpeakerKind
from attribcmp.profile import describe_pattern, slugify
from attribcmp.side_alliances import join_led_coalitions
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
from attribcmp.side_joins import join_strays, ngo_named
from attribcmp.side_kinds import firm_names
from attribcmp.side_mute import join_mute_speakers
from attribcmp.side_names import (
    LOCAL,
    OTHER,
    UNNAMED,
    Found,
    bare_name,
    body_phrase,
    is_group,
    is_proper,
    long_name,
    named_side,
    speaker_texts,
)
from attribcmp.side_organs import join_country_bodies, join_state_organs
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
from attribcmp.side_rebels import join_rebel_words
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
from attribcmp.side_words import CIVIC, COMMENTATORS, headline_description

__all__ = [
    "OTHER",
    "UNNAMED",
    "declared_side_ids",
    "nationality",
    "resolve_sides",
    "side_for_label",
]

logger = logging.getLogger(__name__)


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
    claim_docs: dict[str, set[str]] = {}
    relayed: dict[str, set[str]] = {}  # speaker id -> relays of its claims ("" for none)
    claim_count: dict[str, int] = {}
    for claim in claims:
        claim_docs.setdefault(claim.speaker_id, set()).add(claim.doc_id)
        claim_count[claim.speaker_id] = claim_count.get(claim.speaker_id, 0) + 1
        relay = _RELAYED.match(claim.resolution or "")
        relayed.setdefault(claim.speaker_id, set()).add(relay[1] if relay else "")
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
            or _by_group_name(speaker, taken, doc_texts)
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
            or _by_relay_country(speaker, relayed, gazetteer, stand_ins)
            or _by_issuer_name(speaker, issuer_sides)
            or _by_issuer(speaker, claim_docs, issuers, profile)
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
            or _by_anonymity(speaker, profile)
            or context.join_group(speaker)
            or _by_body(speaker, taken, context.acronyms, context.is_place)
            or _other(speaker, profile)
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
    join_leaders(speakers, found_by, taken, doc_texts)
    join_compass_names(speakers, found_by, taken)
    join_outlets(speakers, found_by, taken)
    join_led_coalitions(speakers, found_by)
    drop_common_columns(speakers, found_by, taken)
    join_opposition_titled(speakers, found_by, doc_texts)
    join_opposition_groups(speakers, found_by)
    join_opposition_party(speakers, found_by, doc_texts, gazetteer)
    join_state_organs(speakers, found_by)
    join_country_bodies(speakers, found_by, taken)

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
    gazetteer: Gazetteer,
    stand_ins: Mapping[str, SideRule],
) -> Found | None:
    """ "Israeli media reports said the army had said ...": a state body naming no country,
    quoted only through relays that name one country, is that country's (not the dateline's)."""
    relays = relayed.get(speaker.id, set())
    words = bare_name(speaker.name).casefold().split()
    if not relays or "" in relays or not words or words[-1] not in GOVERNMENT_BODIES:
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


def side_for_label(label: str, profile: Profile) -> Side:
    """The side a document issuer label stands for.

    A profile side with that id or name wins; then a gazetteer entry named by the label
    ("us", "United States", "pakistan"), through its profile stand-in if any; otherwise a new
    side named after the label.
    """
    label = label.strip()
    gazetteer = load_gazetteer()
    for rule in profile.sides:
        if label.casefold() in (rule.id, rule.name.casefold()):
            return rule_side(rule, gazetteer)
    entry = entry_for_side_label(label, gazetteer)
    if entry is not None:
        return entry_side(entry, gazetteer, profile_stand_ins(profile, gazetteer))
    return Side(_label_id(label), label)


def _label_id(label: str) -> str:
    """A side id for an issuer label no profile or gazetteer knows.

    Labels with no ASCII letters ("中国", "!!!") have no slug; each gets its own id from a
    hash of the label, so two such accounts stay two sides. A label that slugs to a catch-all
    ("other") must not merge the account into the column of unplaced speakers.
    """
    slug = slugify(label)
    if not slug:
        return (
            "issuer-" + hashlib.blake2s(label.casefold().encode("utf-8"), digest_size=4).hexdigest()
        )
    return f"{slug}-issuer" if slug in (OTHER.id, UNNAMED.id) else slug


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


def _by_issuer(
    speaker: Speaker,
    claim_docs: Mapping[str, set[str]],
    issuers: Mapping[str, str],
    profile: Profile,
) -> Found | None:
    docs = {m.doc_id for m in speaker.mentions} or claim_docs.get(speaker.id, set())
    if len(docs) != 1:
        return None
    (doc_id,) = docs
    issuer = issuers.get(doc_id)
    if issuer is None:
        return None
    # The issuer's own account speaks for the issuer unless a word placed the speaker.
    return (
        side_for_label(issuer, profile),
        f"compare: only in '{doc_id}', issued by '{issuer}'",
    )


def _by_issuer_name(speaker: Speaker, issuer_sides: Mapping[str, Side]) -> Found | None:
    # "Reuters" quoted in one account is the party that issued the account labelled "Reuters".
    side = issuer_sides.get(slugify(speaker.name))
    if side is None and speaker.aliases:
        # an issuer shown as "US account" keeps its label ("us") as an alias
        side = next(
            (issuer_sides[k] for a in speaker.aliases if (k := slugify(a)) in issuer_sides), None
        )
    if side is not None:
        return side, f"compare: named like the issuer '{side.name}'"
    # An issuer the gazetteer does not know ("valdoria"): its demonym names its people
    # ("the Valdorian Foreign Ministry" speaks for it).
    if not issuer_sides:
        return None
    for text in speaker_texts(speaker):
        for found in re.finditer(r"[^\W\d_]{4,}", text):
            word = found[0]
            if AGAINST_STATE.match(text, found.end()):
                continue  # "Syrian rebels" fight the issuer "Syria", they do not speak for it
            for side in issuer_sides.values():
                stem = side.id[: max(4, len(side.id) - 1)]
                if "-" not in side.id and word.lower().startswith(stem):
                    return side, f"compare: '{word}' names the issuer '{side.name}'"
    return None


def _by_anonymity(speaker: Speaker, profile: Profile) -> Found | None:
    if not speaker.anonymous:
        return None
    if head_word(speaker.name) in COMMENTATORS:
        return _other(speaker, profile)[0], "an unnamed commentator speaks for no party"
    side = next((Side(r.id, r.name) for r in profile.sides if r.id == UNNAMED.id), UNNAMED)
    return side, "anonymous source with nothing naming its side"


def _by_group_name(speaker: Speaker, taken: set[str], doc_texts: Mapping[str, str]) -> Found | None:
    # "the Palestinian Jihad and Tawheed Brigades": an armed group's name may hold a people's
    # name, but the group speaks for itself, not for that people's government.
    if speaker.kind is not SpeakerKind.ORGANISATION:
        return None
    # (the whole name, where the mention stopped at "on": "... Commission on Human Rights")
    name = long_name(speaker, doc_texts) or bare_name(speaker.name)
    if not is_proper(name):
        return None
    hit = cached_head_hit(name)
    if not _non_state(name):
        # "Zimbabwe Lawyers for Human Rights", "Nigeria Labor Congress": a civic body named
        # after its country speaks for itself, not for that country's government
        civic = CIVIC.search(name.translate(NORMALISE))
        if civic is None or (hit is not None and hit.start <= civic.start() < hit.end):
            return None  # ("European Union": the civic word is the gazetteer name's own)
        return named_side(name, taken), f"a civic body named '{name}' speaks for itself"
    if hit is not None and hit.start == 0 and hit.end == len(name.translate(NORMALISE)):
        return None  # the whole name is a gazetteer body ("Pakistani Taliban")
    return named_side(name, taken), f"a group named '{name}' speaks for itself"


# "Sudan Liberation Army", "Free Syrian Army": an army or forces whose name says it fights for
# liberation or a revolution is a movement, not a state's army (a state's own, "People's
# Liberation Army", is a whole gazetteer body and stays its country's).
_INSURGENT_ARMY = re.compile(r"\b(?:Liberation|Free|Revolutionary)\b")


def _non_state(name: str) -> bool:
    """A group's name headed by a movement's word: "... Brigades", "... Movement-North"."""
    head = head_word(name)
    if head in NON_STATE_HEADS or head.split("-")[0] in NON_STATE_HEADS:
        return True  # ("Sudan People's Liberation Movement-North": the head before the dash)
    return head in ("army", "forces") and _INSURGENT_ARMY.search(name) is not None


def _other(speaker: Speaker, profile: Profile) -> Found:
    side = next((Side(r.id, r.name) for r in profile.sides if r.id == OTHER.id), OTHER)
    if speaker.name.endswith("(unresolved)"):
        return side, "a pronoun with no earlier referent: never a side of its own"
    return side, "nothing names whom this speaker speaks for"


def _by_body(
    speaker: Speaker,
    taken: set[str],
    acronym: Mapping[str, str],
    is_place: Callable[[str], bool],
) -> Found | None:
    # A body with nothing else to place it is a party of its own ("Human Rights Watch",
    # "the coalition"); people and fragments are not, and go to "Other speakers".
    phrase = body_phrase(speaker, acronym)
    if phrase is None or headline_description(phrase, is_place):
        return None  # ("DRC Rebel Group Rejects ...": a headline's description, no name)
    return named_side(phrase, taken), f"a body of its own: '{speaker.name}'"
