"""Give every speaker a side: profile rules, then the gazetteer, then defaults.

Rules, first match wins (``Speaker.side_reason`` says which one and which word):

1. profile: the first profile side with a member pattern found in the speaker's name, aliases
   or mention texts;
2. gazetteer: a country or body named in those texts (``data/gazetteer.yaml``); when a phrase
   names several, the speaker's own one is the first that is not a complement ("U.S. envoy to
   Pakistan" -> United States), and texts vote when they disagree;
3. compare mode: a speaker named like an issuer label ("Reuters") is that issuer; one
   mentioned only in a document with an ``issuer`` takes the issuer's side (an issuer label
   that names a country is that country's gazetteer side);
4. context (``affiliation.py``): the body a speaker speaks for ("A Defense Ministry spokesman,
   Gen. Omar Said", "the coalition's troops") joins that body's side; a bare body ("the
   coalition", "the ministry") is the fuller phrase the article names nearest before it ("the
   U.S.-led coalition"); a government body naming no country takes the wire dateline's;
5. anonymous sources with nothing to place them -> "unnamed" ("Unnamed sources");
6. a body (a named organisation, "the army") -> a side named after it, one per name;
7. anything else (people with nothing to place them, unresolved pronouns) -> the one
   "Other speakers" column, never a column each.

A profile side whose id or name names a gazetteer entry ("us", "Pakistan") stands in for that
entry, so a profile can rename a country side or add members to it; left unnamed (name = id)
it takes the entry's name.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from attribcmp.affiliation import (
    FORCE_WORDS,
    GOVERNMENT_BODIES,
    NON_STATE_HEADS,
    BodyIndex,
    acronyms,
    apposition_after,
    dateline_place,
    head_word,
    nearest_phrases,
    singular,
    speaks_for,
)
from attribcmp.attribute.mentions import words
from attribcmp.data import load_yaml
from attribcmp.model import Claim, Document, Profile, Side, SideRule, Speaker, SpeakerKind
from attribcmp.profile import describe_pattern, slugify

__all__ = [
    "OTHER",
    "UNNAMED",
    "declared_side_ids",
    "nationality",
    "resolve_sides",
    "side_for_label",
]

logger = logging.getLogger(__name__)

UNNAMED = Side("unnamed", "Unnamed sources")
# Speakers nothing places on a side share one column, never one each.
OTHER = Side("other", "Other speakers")
# Local and regional authorities quoted without a country: one party in most conflict stories.
LOCAL = Side("local-officials", "Local officials")
_LOCAL_WORDS = re.compile(
    r"(?i)\b(?:local|regional|provincial|district|municipal|county|village|tribal)\b"
    r"(?:\s+[\w-]+){0,2}?\s+(?:officials?|authorit(?:y|ies)|administration|government|"
    r"council|chief|governor|police|leaders?|elders?)\b"
)

# Curly quotes and odd spaces read as plain ones, so "military’s" matches "military's".
# One character for one, so offsets into the normalised text are offsets into the original.
_NORMALISE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " "})
_WORD_FIELDS = ("names", "demonyms", "places", "bodies")
_ENTRY_FIELDS = frozenset({"name", "abbrevs", *_WORD_FIELDS})


@dataclass(frozen=True, slots=True)
class _Hit:
    """A gazetteer word found in a text; ``entry`` is None for a shield phrase."""

    start: int
    end: int
    entry: str | None


@dataclass(frozen=True)
class _Gazetteer:
    names: Mapping[str, str]  # entry id -> side name
    words: re.Pattern[str]  # case-insensitive words and shields
    abbrevs: re.Pattern[str] | None  # exact-case abbreviations
    word_entry: Mapping[str, str | None]  # lowercased word -> entry id (None: shield)
    abbrev_entry: Mapping[str, str]
    labels: Mapping[str, str]  # lowercased id / name / word / abbreviation -> entry id
    complement_before: re.Pattern[str]
    origin_after: re.Pattern[str]
    backer_after: re.Pattern[str]


# --- public --------------------------------------------------------------------------------


def resolve_sides(
    speakers: Sequence[Speaker],
    claims: Sequence[Claim],
    documents: Sequence[Document],
    profile: Profile,
) -> tuple[tuple[Side, ...], tuple[Speaker, ...], tuple[Claim, ...]]:
    """Set ``Speaker.side``/``side_reason`` and ``Claim.side``; list the sides used.

    Args:
        speakers: the canonical speakers.
        claims: the claims; each ``speaker_id`` must be one of ``speakers``.
        documents: the input documents (their ``issuer`` turns on rule 3).
        profile: user overrides (``Profile()`` for none).

    Returns:
        (sides, speakers, claims): sides in order of first claim, then sides of speakers
        without claims in speaker order; speakers and claims in the order given.

    Raises:
        ValueError: a claim names a speaker id that is not among ``speakers``.
    """
    gazetteer = _gazetteer()
    stand_ins = _stand_ins(profile, gazetteer)
    issuers = {doc.id: doc.issuer for doc in documents if doc.issuer}
    claim_docs: dict[str, set[str]] = {}
    for claim in claims:
        claim_docs.setdefault(claim.speaker_id, set()).add(claim.doc_id)
    issuer_sides = {
        side.id: side for side in (side_for_label(i, profile) for i in issuers.values())
    }
    # Sides of their own must not take an id a profile, gazetteer or issuer side could claim.
    taken = (
        set(declared_side_ids(profile))
        | set(gazetteer.names)
        | {UNNAMED.id, OTHER.id, LOCAL.id}
        | set(issuer_sides)
    )
    found_by: dict[str, _Found] = {}
    for speaker in speakers:
        texts = _texts(speaker)
        found = (
            _by_profile(profile.sides, texts, gazetteer)
            or _by_group_name(speaker, taken)
            or _by_gazetteer(texts, gazetteer, stand_ins)
            or _by_issuer_name(speaker, issuer_sides)
            or _by_issuer(speaker, claim_docs, issuers, profile)
        )
        if found is not None:
            found_by[speaker.id] = found
    # Then context, bodies before people: a person speaks for a body ("A Defense Ministry
    # spokesman") that may itself be a speaker placed by its own context.
    context = _Context.build(speakers, documents, gazetteer, stand_ins, found_by)
    pending = [sp for sp in speakers if sp.id not in found_by]
    pending.sort(key=lambda sp: sp.kind is not SpeakerKind.ORGANISATION)
    for speaker in pending:
        found = (
            context.place(speaker, taken)
            or _by_anonymity(speaker, profile)
            or context.join_group(speaker)
            or _by_body(speaker, taken, context.acronyms)
            or _other(speaker, profile)
        )
        found_by[speaker.id] = found
        context.add(speaker, found)
    known: dict[str, Side] = {}
    resolved: list[Speaker] = []
    for speaker in speakers:
        side, reason = found_by[speaker.id]
        known.setdefault(side.id, side)
        resolved.append(replace(speaker, side=side.id, side_reason=reason))
    side_of = {speaker.id: speaker.side for speaker in resolved}
    new_claims: list[Claim] = []
    for claim in claims:
        if claim.speaker_id not in side_of:
            raise ValueError(f"claim {claim.id} names unknown speaker {claim.speaker_id!r}")
        side_id = side_of[claim.speaker_id]
        issuer = issuers.get(claim.doc_id)
        if issuer is not None and side_id in {OTHER.id, UNNAMED.id, *issuer_sides}:
            # An account's words: what the issuer's readout says anyone said is the issuer's
            # version ("Biden expressed interest ..." in the Kremlin readout is the Kremlin's).
            side = side_for_label(issuer, profile)
            known.setdefault(side.id, side)
            side_id = side.id
        new_claims.append(replace(claim, side=side_id))
    order: dict[str, None] = {}
    for side_id in [c.side for c in new_claims] + [s.side for s in resolved]:
        if side_id is not None:
            order.setdefault(side_id)
    return tuple(known[i] for i in order), tuple(resolved), tuple(new_claims)


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
    gazetteer = _gazetteer()
    for rule in profile.sides:
        if label.casefold() in (rule.id, rule.name.casefold()):
            return _rule_side(rule, gazetteer)
    entry = _entry_for_label(label, gazetteer)
    if entry is not None:
        return _entry_side(entry, gazetteer, _stand_ins(profile, gazetteer))
    return Side(slugify(label) or "issuer", label)


@lru_cache(maxsize=4096)
def nationality(text: str) -> frozenset[str]:
    """The gazetteer entry a speaker phrase belongs to, as a set of at most one entry id.

    Fits ``attribute.speakers.Nationality``, to tie "the American official" to "U.S.
    Defense Secretary Lloyd J. Austin". Only the head country counts, so "U.S. envoy to
    Pakistan" gives {"united-states"}, not Pakistan too. Profile stand-ins are not applied.
    """
    hit = _cached_head_hit(text)
    return frozenset({hit.entry}) if hit is not None and hit.entry is not None else frozenset()


# --- rules ---------------------------------------------------------------------------------

_Found = tuple[Side, str]


def _texts(speaker: Speaker) -> tuple[str, ...]:
    """Name, aliases and mention texts, each once, in that order."""
    seen: dict[str, None] = {}
    for text in (speaker.name, *speaker.aliases, *(m.span.text for m in speaker.mentions)):
        if text.strip():
            seen.setdefault(text)
    return tuple(seen)


def _by_profile(
    rules: Sequence[SideRule], texts: Sequence[str], gazetteer: _Gazetteer
) -> _Found | None:
    for rule in rules:
        for pattern in rule.patterns:
            compiled = _compile(pattern)
            for text in texts:
                # Either form: a member may be written with straight or curly quotes.
                if compiled.search(text) or compiled.search(text.translate(_NORMALISE)):
                    shown = describe_pattern(pattern)
                    return (
                        _rule_side(rule, gazetteer),
                        f"profile side '{rule.id}': pattern '{shown}' in '{text}'",
                    )
    return None


def _by_gazetteer(
    texts: Sequence[str], gazetteer: _Gazetteer, stand_ins: Mapping[str, SideRule]
) -> _Found | None:
    # Each text votes for its head country; the most votes win and the earliest text breaks
    # ties, so one odd mention ("the envoy in Kabul") cannot outvote the speaker's name.
    votes: dict[str, int] = {}
    first: dict[str, tuple[str, str]] = {}
    for text in texts:
        hit = _cached_head_hit(text) if gazetteer is _gazetteer() else _head_hit(text, gazetteer)
        if hit is None or hit.entry is None:
            continue
        votes[hit.entry] = votes.get(hit.entry, 0) + 1
        first.setdefault(hit.entry, (text[hit.start : hit.end], text))
    if not votes:
        return None
    winner = max(votes, key=lambda entry: votes[entry])  # max keeps the first of equals
    word, text = first[winner]
    side = _entry_side(winner, gazetteer, stand_ins)
    return side, f"gazetteer: '{word}' in '{text}'"


def _by_issuer(
    speaker: Speaker,
    claim_docs: Mapping[str, set[str]],
    issuers: Mapping[str, str],
    profile: Profile,
) -> _Found | None:
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


def _by_issuer_name(speaker: Speaker, issuer_sides: Mapping[str, Side]) -> _Found | None:
    # "Reuters" quoted in one account is the party that issued the account labelled "Reuters".
    side = issuer_sides.get(slugify(speaker.name))
    if side is not None:
        return side, f"compare: named like the issuer '{side.name}'"
    # An issuer the gazetteer does not know ("valdoria"): its demonym names its people
    # ("the Valdorian Foreign Ministry" speaks for it).
    for text in _texts(speaker):
        for word in re.findall(r"[^\W\d_]{4,}", text):
            for side in issuer_sides.values():
                stem = side.id[: max(4, len(side.id) - 1)]
                if "-" not in side.id and word.lower().startswith(stem):
                    return side, f"compare: '{word}' names the issuer '{side.name}'"
    return None


def _by_anonymity(speaker: Speaker, profile: Profile) -> _Found | None:
    if not speaker.anonymous:
        return None
    side = next((Side(r.id, r.name) for r in profile.sides if r.id == UNNAMED.id), UNNAMED)
    return side, "anonymous source with nothing naming its side"


def _by_group_name(speaker: Speaker, taken: set[str]) -> _Found | None:
    # "the Palestinian Jihad and Tawheed Brigades": an armed group's name may hold a people's
    # name, but the group speaks for itself, not for that people's government.
    if speaker.kind is not SpeakerKind.ORGANISATION:
        return None
    name = _bare(speaker.name)
    if head_word(name) not in NON_STATE_HEADS or not _proper(name):
        return None
    hit = _cached_head_hit(name)
    if hit is not None and hit.start == 0 and hit.end == len(name.translate(_NORMALISE)):
        return None  # the whole name is a gazetteer body ("Pakistani Taliban")
    return _named_side(name, taken), f"a group named '{name}' speaks for itself"


def _other(speaker: Speaker, profile: Profile) -> _Found:
    side = next((Side(r.id, r.name) for r in profile.sides if r.id == OTHER.id), OTHER)
    if speaker.name.endswith("(unresolved)"):
        return side, "a pronoun with no earlier referent: never a side of its own"
    return side, "nothing names whom this speaker speaks for"


def _bare(name: str) -> str:
    """'the coalition' -> 'coalition', 'The Washington Post' -> 'Washington Post'."""
    parts = name.split()
    while len(parts) > 1 and parts[0].lower() in ("the", "a", "an"):
        parts = parts[1:]
    return " ".join(parts)


def _proper(phrase: str) -> bool:
    """A body's own name ("Human Rights Watch", "Defense Ministry"), not a common noun
    ("Officials" opening a sentence) or a fragment."""
    tokens = [t for t in re.findall(r"[\w&][\w&.'’-]*", _bare(phrase))]
    if not tokens or not all(t[:1].isupper() or t in ("of", "for", "and", "on") for t in tokens):
        return False
    w = words()
    common = w.anonymous | w.roles | w.pronouns | w.groups | w.forces | w.organisations
    return not (len(tokens) == 1 and tokens[0].lower() in common)


def _body_phrase(speaker: Speaker, acronym: Mapping[str, str] | None = None) -> str | None:
    """The body a speaker is, when it is one: a named organisation or a body noun."""
    name = _bare(speaker.name)
    if acronym and name.lower() in acronym:
        return acronym[name.lower()]  # "MSF" = "Médecins Sans Frontières (MSF)" in the text
    if speaker.kind is SpeakerKind.SOURCE and not speaker.anonymous:
        # "villagers", "the protesters": a group of people speaking together is a party.
        group = next((w for w in name.split() if w.lower() in words().groups), None)
        return group.lower() if group else None
    if speaker.kind not in (SpeakerKind.ORGANISATION, SpeakerKind.DOCUMENT):
        return None
    if "(" in name:
        return None  # "it (unresolved)"
    if len(name.split()) == 1 and name.lower() in words().forces and name.endswith("s"):
        return None  # bare "troops", "peacekeepers": whose they are is not said
    owner = speaks_for(name)
    if owner is not None and owner.lower() != name.lower():
        name = owner  # "coalition forces", "the coalition's troops": the coalition
    if head_word(name) in (words().organisations | FORCE_WORDS) or (
        speaker.kind is SpeakerKind.ORGANISATION and _proper(name)
    ):
        return name
    return None


def _by_body(speaker: Speaker, taken: set[str], acronym: Mapping[str, str]) -> _Found | None:
    # A body with nothing else to place it is a party of its own ("Human Rights Watch",
    # "the coalition"); people and fragments are not, and go to "Other speakers".
    phrase = _body_phrase(speaker, acronym)
    if phrase is None:
        return None
    return _named_side(phrase, taken), f"a body of its own: '{speaker.name}'"


def _is_group(speaker: Speaker) -> bool:
    return (
        speaker.kind is SpeakerKind.SOURCE
        and not speaker.anonymous
        and any(w.lower() in words().groups for w in speaker.name.split())
    )


def _named_side(phrase: str, taken: set[str]) -> Side:
    """The side named after a body; one body name, one side ("the army" = "Army")."""
    name = _bare(phrase)
    name = name[:1].upper() + name[1:]
    side_id = slugify(name) or "body"
    if side_id in taken:
        side_id = f"{side_id}-body"
    return Side(side_id, name)


class _Context:
    """What the article says about whom an unplaced speaker speaks for (affiliation.py)."""

    def __init__(
        self,
        index: BodyIndex,
        datelines: Mapping[str, _Found],
        gazetteer: _Gazetteer,
        stand_ins: Mapping[str, SideRule],
    ) -> None:
        self._index = index
        self._datelines = datelines
        self._gazetteer = gazetteer
        self._stand_ins = stand_ins
        self._by_name: dict[str, _Found] = {}
        self._bodies: dict[str, list[tuple[int, _Found]]] = {}  # doc id -> (offset, side)
        self.texts: Mapping[str, str] = {}
        self._local: dict[str, _Found] = {}  # sides already holding local authorities
        self._countries: dict[str, str | None] = {}  # doc id -> the country it is about
        self._group: _Found | None = None  # the first civilian group's side
        self._country_ids = frozenset(_raw_countries())
        self.acronyms: Mapping[str, str] = {}

    @classmethod
    def build(
        cls,
        speakers: Sequence[Speaker],
        documents: Sequence[Document],
        gazetteer: _Gazetteer,
        stand_ins: Mapping[str, SideRule],
        found_by: Mapping[str, _Found],
    ) -> _Context:
        texts = {doc.id: doc.text for doc in documents}
        datelines: dict[str, _Found] = {}
        for doc in documents:
            place = dateline_place(doc.text)
            hit = _head_hit(place, gazetteer) if place else None
            if place and hit is not None and hit.entry is not None:
                side = _entry_side(hit.entry, gazetteer, stand_ins)
                datelines[doc.id] = (side, f"dateline '{place}'")
        context = cls(BodyIndex(texts), datelines, gazetteer, stand_ins)
        context.texts = texts
        context.acronyms = acronyms(texts.values())
        for sp in speakers:
            if sp.id in found_by:
                context.add(sp, found_by[sp.id])
        return context

    def add(self, speaker: Speaker, found: _Found) -> None:
        """Remember a placed speaker, so others who speak for it join its side."""
        if found[0].id in (OTHER.id, UNNAMED.id):
            return
        for name in (speaker.name, *speaker.aliases):
            self._by_name.setdefault(_key(_bare(name)), found)
        if self._group is None and _is_group(speaker):
            self._group = found
        if any(_LOCAL_WORDS.search(text) for text in _texts(speaker)):
            self._local.setdefault(found[0].id, found)
        if speaker.kind is SpeakerKind.ORGANISATION:
            for mention in speaker.mentions:
                self._bodies.setdefault(mention.doc_id, []).append((mention.span.start, found))

    def place(self, speaker: Speaker, taken: set[str]) -> _Found | None:
        doc_id, at = (
            (speaker.mentions[0].doc_id, speaker.mentions[0].span.start)
            if speaker.mentions
            else ("", 0)
        )
        found = self._apposition(speaker)
        if found is not None:
            return found
        for text in _texts(speaker):
            match = _LOCAL_WORDS.search(text)
            if match is not None and self._local:
                # "local officials" join the local authorities a profile or a word placed.
                side = next(iter(self._local.values()))[0]
                return side, f"local authority: '{match[0]}' in '{text}', like {side.name}"
            if match is not None:
                return LOCAL, f"local authority: '{match[0]}' in '{text}'"
        extra = tuple(
            appos
            for m in (speaker.mentions[:10] if speaker.kind is SpeakerKind.PERSON else ())
            if (appos := apposition_after(self.texts.get(m.doc_id, ""), m.span.end))
        )
        for phrase, text in _phrases(speaker, self.acronyms, extra):
            own = _key(_bare(phrase))
            if own in self._by_name and own != _key(_bare(speaker.name)):
                side, _ = self._by_name[own]
                return side, f"speaks for '{phrase}' (in '{text}'), placed on {side.name}"
            if speaker.anonymous and not _definite_one(speaker.name):
                continue  # "military sources": only a word in the phrase itself places them
            found = None if _proper(phrase) else self._part_of(phrase, doc_id, at, taken)
            if found is not None:
                return found
            head = head_word(phrase)
            if head in GOVERNMENT_BODIES and doc_id in self._datelines:
                side, why = self._datelines[doc_id]
                return side, f"'{phrase}' names no country: the {why}"
            if _proper(phrase) and not speaker.anonymous:
                return _named_side(phrase, taken), f"speaks for '{phrase}' (in '{text}')"
        if any(_STATE_TITLE.search(text) for text in _texts(speaker)) and doc_id:
            # "the president", "Interior Minister X" naming no country: the dateline's, or
            # the country the article is about.
            if doc_id in self._datelines:
                side, why = self._datelines[doc_id]
                return side, f"a state office naming no country: the {why}"
            found = self._main_country(doc_id)
            if found is not None:
                return found
        if speaker.kind is SpeakerKind.PERSON and any(
            _SPOKES.search(text) for text in _texts(speaker)
        ):
            # "The U.S. military says ... Spokesman Lt. Col. Hilferty says": a spokesman who
            # names no body speaks for the body quoted last before him.
            before = [(pos, f) for pos, f in self._bodies.get(doc_id, ()) if pos < at]
            if before:
                side = max(before, key=lambda p: p[0])[1][0]
                return side, f"a spokesman naming no body: the body quoted before, on {side.name}"
        return None

    def _hit(self, text: str) -> _Hit | None:
        if self._gazetteer is _gazetteer():
            return _cached_head_hit(text)
        return _head_hit(text, self._gazetteer)

    def join_group(self, speaker: Speaker) -> _Found | None:
        """Civilians speak as one party: "teachers" join the "residents" already placed."""
        if not _is_group(speaker):
            return None
        if self._group is None:
            return None
        side = self._group[0]
        return side, f"a group of civilians, like the {side.name}"

    def _main_country(self, doc_id: str) -> _Found | None:
        """The country an article's opening names most, if one clearly leads."""
        if doc_id not in self._countries:
            # The headline and the first paragraphs name the country a story is about.
            text = self.texts.get(doc_id, "")[:800].translate(_NORMALISE)
            counts: dict[str, int] = {}
            for hit in _hits(text, self._gazetteer):
                if hit.entry is not None and hit.entry in self._country_ids:
                    counts[hit.entry] = counts.get(hit.entry, 0) + 1
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            best = None
            if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                best = ranked[0][0]
            self._countries[doc_id] = best
        entry = self._countries[doc_id]
        if entry is None:
            return None
        side = _entry_side(entry, self._gazetteer, self._stand_ins)
        return side, f"a state office naming no country: the article is about {side.name}"

    def _apposition(self, speaker: Speaker) -> _Found | None:
        """ "said Hani al-Qawasmi, Palestinian Interior Minister": the apposition after a
        person's name places them as a title before it would."""
        if speaker.kind is not SpeakerKind.PERSON:
            return None
        for mention in speaker.mentions[:10]:
            text = self.texts.get(mention.doc_id, "")
            appos = apposition_after(text, mention.span.end)
            if appos is None:
                continue
            hit = self._hit(appos)
            if hit is not None and hit.entry is not None:
                side = _entry_side(hit.entry, self._gazetteer, self._stand_ins)
                return side, f"apposition '{appos}' after '{mention.span.text}'"
        return None

    def _part_of(self, phrase: str, doc_id: str, at: int, taken: set[str]) -> _Found | None:
        """'the coalition' after 'the U.S.-led coalition': the nearest fuller phrase naming a
        country or alliance, with every word of the speaker's phrase in it."""
        own = {singular(w) for w in _key(_bare(phrase)).split()} - {"the", "a", "an"}
        for fuller in nearest_phrases(self._index, doc_id, head_word(phrase), at):
            words_ = _key(fuller).replace("’s", " ").replace("'s", " ").split()
            if not own <= {singular(w) for w in words_}:
                continue
            hit = self._hit(fuller)
            if (
                hit is not None
                and hit.entry is not None
                and not (hit.entry in self._country_ids and _REBEL.match(phrase))
            ):
                # ("CAR rebels" fight in the country; "Taliban fighters" are the Taliban.)
                side = _entry_side(hit.entry, self._gazetteer, self._stand_ins)
                return side, f"'{phrase}' is the '{fuller}' named in the text"
            owner = _owner_name(fuller)
            if owner is not None:
                # "the rebels" after "the Seleka rebel coalition": the named body's side.
                return _named_side(owner, taken), f"'{phrase}' is the '{fuller}' named in the text"
        return None


def _definite_one(name: str) -> bool:
    """ "the unnamed spokesman": one source already introduced, who may be traced back."""
    low = name.lower()
    return low.startswith(("the ", "this ")) and not low.endswith("s")


def _owner_name(fuller: str) -> str | None:
    """The capitalised name inside a body phrase, not at its start ("the Seleka rebel
    coalition" -> "Seleka"); None when there is none or it opens a sentence."""
    tokens = fuller.split()
    run: list[str] = []
    for tok in tokens[1:-1]:
        if tok[:1].isupper():
            run.append(tok)
        elif run:
            break
    if not run and len(tokens) > 1 and tokens[0][:1].isupper() and tokens[0].lower() != "the":
        return None  # "Rebels said": a capital opening the sentence, not a name
    return " ".join(run) or None


# Offices of a state: with no country named, they belong to the country of the article.
_STATE_TITLE = re.compile(
    r"(?i)\b(?:president|prime minister|premier|chancellor|minister|ministry|government|"
    r"cabinet|presidency|parliament)\b"
)


@cache
def _raw_countries() -> tuple[str, ...]:
    raw = resources.files("attribcmp.data").joinpath("gazetteer.yaml").read_text(encoding="utf-8")
    return tuple(load_yaml(raw)["countries"])


_SPOKES = re.compile(r"(?i)\bspokes(?:man|woman|person)\b")


def _phrases(
    speaker: Speaker, acronym: Mapping[str, str] | None = None, extra: Sequence[str] = ()
) -> list[tuple[str, str]]:
    """(body phrase, the text it was read from) for a speaker: whom its mentions (and
    ``extra`` appositions) say it speaks for, then the body it is itself."""
    out: list[tuple[str, str]] = []
    for text in (*_texts(speaker), *extra):
        phrase = speaks_for(text)
        if phrase is not None and (phrase, text) not in out:
            out.append((phrase, text))
    body = _body_phrase(speaker, acronym)
    if body is not None:
        out.append((body, speaker.name))
    name = _bare(speaker.name)
    if len(name.split()) == 1 and name.lower() in words().forces:
        out.append((name, speaker.name))  # "Rebels": whose they are, from the article
    if speaker.anonymous and _definite_one(speaker.name):
        out.append((_bare(speaker.name), speaker.name))  # "the unnamed spokesman": trace it
    return out


# --- gazetteer -----------------------------------------------------------------------------


@lru_cache(maxsize=16384)
def _cached_head_hit(text: str) -> _Hit | None:
    """_head_hit on the bundled gazetteer, memoised: the same mentions ("he", "officials",
    "the ministry") recur in every article of a batch."""
    return _head_hit(text, _gazetteer())


def _head_hit(text: str, gazetteer: _Gazetteer) -> _Hit | None:
    """The country/body the phrase's speaker belongs to, if the phrase names any."""
    plain = text.translate(_NORMALISE)
    hits = [h for h in _hits(plain, gazetteer) if h.entry is not None]
    # "Washington-based analyst": a place of origin says nothing about allegiance.
    hits = [h for h in hits if not gazetteer.origin_after.match(plain, h.end)]
    if not hits:
        return None
    # The speaker's own country comes first in English speaker phrases ("Pakistan Army
    # chief", "the Pakistani military's media wing"); words after "to/in/with..." or before
    # "-backed" name someone else, so they only count when nothing else does.
    owned = [
        h
        for h in hits
        if not gazetteer.complement_before.search(plain, 0, h.start)
        and not gazetteer.backer_after.match(plain, h.end)
    ]
    if not owned and _REBEL.match(plain):
        return None  # "Rebels in the Central African Republic" fight its government
    return (owned or hits)[0]


# Armed groups named by what they do: a country after "in" is where they fight, not whom they
# speak for.
_REBEL = re.compile(
    r"(?i)\s*(?:the\s+|some\s+)?(?:rebels?|insurgents?|militants?|fighters?|guerrillas?|"
    r"gunmen|separatists?|jihadists?)\b"
)


def _hits(text: str, gazetteer: _Gazetteer) -> list[_Hit]:
    """All matches, the longest kept where two overlap, in text order (shields included)."""
    found: list[_Hit] = []
    for match in gazetteer.words.finditer(text):
        entry = gazetteer.word_entry.get(_key(match[0]))
        found.append(_Hit(match.start(), match.end(), entry))
    if gazetteer.abbrevs is not None:
        for match in gazetteer.abbrevs.finditer(text):
            found.append(_Hit(match.start(), match.end(), gazetteer.abbrev_entry[match[0]]))
    kept: list[_Hit] = []
    for hit in sorted(found, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _entry_side(entry: str, gazetteer: _Gazetteer, stand_ins: Mapping[str, SideRule]) -> Side:
    rule = stand_ins.get(entry)
    if rule is not None:
        return _rule_side(rule, gazetteer)
    return Side(entry, gazetteer.names[entry])


def _rule_side(rule: SideRule, gazetteer: _Gazetteer) -> Side:
    """A profile side; one left unnamed ("pakistan: [...]") takes the gazetteer's name."""
    if rule.name == rule.id:
        entry = _entry_for_label(rule.id, gazetteer)
        if entry is not None:
            return Side(rule.id, gazetteer.names[entry])
    return Side(rule.id, rule.name)


def _stand_ins(profile: Profile, gazetteer: _Gazetteer) -> dict[str, SideRule]:
    """Gazetteer entry -> the profile side named after it (the first one, if several)."""
    stand_ins: dict[str, SideRule] = {}
    for rule in profile.sides:
        entry = _entry_for_label(rule.id, gazetteer) or _entry_for_label(rule.name, gazetteer)
        if entry is not None:
            stand_ins.setdefault(entry, rule)
    return stand_ins


def _entry_for_label(label: str, gazetteer: _Gazetteer) -> str | None:
    key = _key(label)
    return gazetteer.labels.get(key) or gazetteer.labels.get(slugify(label))


def _key(text: str) -> str:
    # lower(), not casefold(): re.IGNORECASE folds one character to one, as lower() does.
    return " ".join(text.translate(_NORMALISE).split()).lower()


@cache
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _plural(demonym: str) -> str | None:
    """'Pakistani' -> 'Pakistanis'; None where English adds no -s ('Chinese', 'British')."""
    if demonym.endswith(("s", "sh", "ch", "ese", "x", "z")):
        return None
    return demonym + "s"


def _alternation(terms: Iterable[str]) -> str:
    # Longest first, so the regex prefers "New Delhi" to "Delhi" at the same position.
    ordered = sorted(set(terms), key=lambda t: (-len(t), t))
    parts = (r"\s+".join(re.escape(w) for w in term.split()) for term in ordered)
    return r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)"


def _word_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"gazetteer.yaml: {where} must be a list of words")
    return [" ".join(v.split()) for v in value]


@cache
def _gazetteer() -> _Gazetteer:
    raw = resources.files("attribcmp.data").joinpath("gazetteer.yaml").read_text(encoding="utf-8")
    return _build_gazetteer(load_yaml(raw))


def _build_gazetteer(data: Any) -> _Gazetteer:
    names: dict[str, str] = {}
    word_entry: dict[str, str | None] = {}
    abbrev_entry: dict[str, str] = {}
    labels: dict[str, str] = {}
    entries = {**data["countries"], **data["groups"]}
    for entry_id, entry in entries.items():
        unknown = set(entry) - _ENTRY_FIELDS
        if unknown:
            raise ValueError(f"gazetteer.yaml: {entry_id}: unknown fields {sorted(unknown)}")
        names[entry_id] = entry["name"]
        labels.setdefault(entry_id, entry_id)
        labels.setdefault(_key(entry["name"]), entry_id)
        for field in _WORD_FIELDS:
            for word in _word_list(entry.get(field), f"{entry_id}.{field}"):
                forms = [word]
                if field == "demonyms" and (plural := _plural(word)):
                    forms.append(plural)
                for form in forms:
                    word_entry[_key(form)] = entry_id
                    labels.setdefault(_key(form), entry_id)
        for abbrev in _word_list(entry.get("abbrevs"), f"{entry_id}.abbrevs"):
            abbrev_entry[abbrev] = entry_id
            labels.setdefault(_key(abbrev), entry_id)
    for shield in _word_list(data.get("shields"), "shields"):
        word_entry[_key(shield)] = None
    rules = data["head_rules"]
    complement = "|".join(re.escape(w) for w in _word_list(rules["complement_words"], "head"))
    origin = "|".join(re.escape(w) for w in _word_list(rules["origin_suffixes"], "head"))
    backer = "|".join(re.escape(w) for w in _word_list(rules["backer_suffixes"], "head"))
    return _Gazetteer(
        names=names,
        words=re.compile(_alternation(word_entry), re.IGNORECASE),
        abbrevs=re.compile(_alternation(abbrev_entry)) if abbrev_entry else None,
        word_entry=word_entry,
        abbrev_entry=abbrev_entry,
        labels=labels,
        complement_before=re.compile(
            rf"(?<!\w)(?:{complement})\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE
        ),
        origin_after=re.compile(rf"s?[-\u2010\u2013]\s*(?:{origin})(?!\w)", re.IGNORECASE),
        backer_after=re.compile(rf"s?[-\u2010\u2013]\s*(?:{backer})(?!\w)", re.IGNORECASE),
    )
