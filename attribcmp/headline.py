"""A news story's headline as a frame for its links: who against whom, and over what.

A headline usually states the dispute and its matter ("Sudan Rebels Deny Government Claim of
Control over Darfur", "Pakistan, India Trade Claims over Border Clash", "Union, Company
Confirm Deal to End Strike"). ``read_headline`` reads the first line of an article as such a
frame: its relation word (a dispute: deny, reject, accuse, "conflicting accounts", "trade
blame"; an agreement: confirm, agree, sign, "end strike"; table in data/headline.yaml), the
parties before and after it, and its matter (the remaining content words). ``headline_links``
then finds the story's central claims (claims of a party the headline names whose words touch
its matter) and links those of different parties with the headline's relation. No headline
(the first line is a sentence), no relation word, a readout's title ("Call with ..."), an
account of ``compare`` or fewer than two parties found among the speakers: nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from attribcmp.data import load_table
from attribcmp.evidence import Signal
from attribcmp.facet_lexicon import load_tables
from attribcmp.gazetteer import find_hits, load_gazetteer
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.link_pairs import Pairs
from attribcmp.model import Claim, Document, Relation, Side, Speaker
from attribcmp.side_names import OTHER, UNNAMED
from attribcmp.textfeatures import said_text, stem

__all__ = ["Headline", "first_line", "headline_links", "read_headline", "text_keys"]

# A headline is short; a first line longer than this is the story's lead sentence.
_MAX_WORDS = 20
_MIN_WORDS = 3
# A central claim looks for its counterpart among this many central claims either side of it
# in text order: an article's dispute is told within a few paragraphs, and thousands of
# central claims (a batch, a long transcript) cost no more than linear time.
_WINDOW = 20
# Strength of a headline link: below a figure or a denial, above shared words.
_SCORE = 70.0
# Sides that gather speakers of any party: their names place no one.
_CATCH_ALL = frozenset({OTHER.id, UNNAMED.id})
# Event classes that only say something was claimed or denied: no matter of their own.
_SPEECH_EVENTS = frozenset({"denial", "accusation", "statement", "agreement"})
# A dated wire headline ("... over Darfur - 2004-02-10"): the date is no word of it.
_DATE_TAIL = LazyPattern(r"\s+[-–—]\s+\d{4}-\d{2}-\d{2}\s*$")
_TOKEN = LazyPattern(r"\d[\d,.]*\d|[^\W_][\w’'.-]*[^\W_]|[^\W_]|[,:;&]")


@dataclass(frozen=True, slots=True)
class Headline:
    """What a headline frames.

    Attributes:
        text: the headline as written (date tail and closing full stop left out).
        relation: DIVERGE for a dispute, CONVERGE for an agreement.
        verb: the relation words as written ("Deny", "Trade Blame").
        parties: each party's words (lower case) with their weight: 2 for the head of a
            member ("Rebels" in "Sudan Rebels"), 1 for another word of it ("Security" in
            "Myanmar Security Forces"), 0 for a country word before a head (the place, not
            the party); in headline order.
        matter: the remaining content words (their keys: a country's entry, else the stem).
        transitive: the first party acts on the second ("Rebels Deny Government Claim");
            otherwise the parties are a plural subject ("Pakistan, India Trade Blame").
    """

    text: str
    relation: Relation
    verb: str
    parties: tuple[tuple[tuple[str, int], ...], ...]
    matter: tuple[str, ...]
    transitive: bool = False


@cache
def _table() -> dict[str, frozenset[str] | tuple[tuple[str, ...], ...]]:
    data = load_table("headline.yaml")
    out: dict[str, frozenset[str] | tuple[tuple[str, ...], ...]] = {}
    for key, words in data.items():
        if key.endswith("_phrases"):
            out[key] = tuple(tuple(str(p).lower().split()) for p in words)
        elif isinstance(words, list):
            out[key] = frozenset(str(w).lower() for w in words)
    return out


@cache
def _aliases() -> dict[str, str]:
    return {
        str(k).lower(): str(v).lower() for k, v in load_table("headline.yaml")["aliases"].items()
    }


def _words(key: str) -> frozenset[str]:
    value = _table()[key]
    assert isinstance(value, frozenset)
    return value


def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    value = _table()[key]
    assert isinstance(value, tuple)
    return value


@cache
def _stop() -> frozenset[str]:
    data = load_table("stopwords.yaml")
    return frozenset(str(w) for group in data.values() for w in group)


def first_line(document: Document) -> tuple[str, int] | None:
    """The document's headline and where it ends: a short first line with more text after
    it. A first line that is a long sentence, or the whole text, is no headline."""
    text = document.text
    lead = len(text) - len(text.lstrip())
    end = text.find("\n", lead)
    if end < 0 or not text[end:].strip():
        return None
    line = _DATE_TAIL.sub("", text[lead:end].strip()).rstrip(" .")
    count = len(line.split())
    if not _MIN_WORDS <= count <= _MAX_WORDS or re.search(r"[.!?][\"”’']*\s+[A-Z]", line):
        return None  # a lead sentence, or two sentences: no headline
    return line, end


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    low: str
    key: str  # "@entry" for a country (gazetteer), else the stem
    country: bool


def _tokens(text: str) -> list[_Word]:
    """The words of a text with their keys; a country's name of several words ("North Korea",
    "U.S.") is one word keyed by its gazetteer entry."""
    gazetteer = load_gazetteer()
    hits = [h for h in find_hits(text, gazetteer) if h.entry is not None]
    out: list[_Word] = []
    pos = 0
    for hit in [*hits, None]:
        stop = hit.start if hit is not None else len(text)
        for m in _TOKEN.finditer(text, pos, stop):
            low = m.group().lower().replace("’", "'")
            low = _aliases().get(low, low)
            if low in ("s", "'s"):
                continue  # the possessive after a country's name ("Togo's")
            out.append(_Word(m.group(), low, stem(low) if low[:1].isalnum() else low, False))
        if hit is not None:
            name = text[hit.start : hit.end]
            out.append(_Word(name, name.lower(), f"@{hit.entry}", True))
            pos = hit.end
    return out


def _relation(low: Sequence[str]) -> tuple[Relation, int, int, bool] | None:
    """The first relation word or phrase: (relation, first token, end token, reciprocal)."""
    for k, word in enumerate(low):
        for key, relation in (
            ("dispute_phrases", Relation.DIVERGE),
            ("agreement_phrases", Relation.CONVERGE),
        ):
            for phrase in _phrases(key):
                if tuple(low[k : k + len(phrase)]) == phrase:
                    return relation, k, k + len(phrase), True
        if word in _words("dispute_verbs"):
            return Relation.DIVERGE, k, k + 1, False
        if word in _words("agreement_verbs"):
            return Relation.CONVERGE, k, k + 1, False
    return None


def _groups(tokens: Sequence[_Word]) -> list[list[_Word]]:
    """A plural subject's members ("Pakistan, India"; "Union and Company")."""
    groups: list[list[_Word]] = [[]]
    for t in tokens:
        if t.low in _words("joiners"):
            groups.append([])
        else:
            groups[-1].append(t)
    return [g for g in groups if g]


def _weighed(words: Sequence[_Word]) -> tuple[tuple[str, int], ...]:
    """A member's words (keys) with their weight (see ``Headline.parties``)."""
    return tuple(
        (w.key, 2 if k == len(words) - 1 else 0 if w.country else 1) for k, w in enumerate(words)
    )


def read_headline(line: str, known: Iterable[str] = ()) -> Headline | None:
    """The frame of a headline, or None when it states no relation between two parties.

    Args:
        line: the headline.
        known: the keys (``text_keys``) of the words that name the story's speakers and
            sides: a headline word with one of these keys names a party.
    """
    names = frozenset(known)
    toks = _tokens(line)
    low = [t.low for t in toks]
    found = _relation(low)
    if found is None:
        return None
    relation, start, end, reciprocal = found
    if relation is Relation.CONVERGE and set(low) & _words("readout_words"):
        return None  # a readout's title ("Leaders Agree in Call ..."): a call, no frame
    if relation is Relation.CONVERGE and any(
        t.low in _words("negators") for t in toks[max(0, start - 2) : start]
    ):
        return None  # "Fail to Sign Peace Deal": no agreement
    subject_start = max(
        (k + 1 for k in range(start) if low[k] in _words("subject_breaks")), default=0
    )

    def party_word(w: _Word) -> bool:
        return w.key in names or w.low in _words("party_nouns") or w.country

    def member(words: Sequence[_Word]) -> list[_Word]:
        kept = [w for w in words if party_word(w)]
        return kept if any(w.key in names for w in kept) else []

    members = [m for m in (member(g) for g in _groups(toks[subject_start:start])) if m]
    # The party the object names: its first run of party words holding a speaker's or a
    # side's name ("Government Claim", "US of Lying", "Myanmar Security Forces for Attacks").
    obj: list[_Word] = []
    for w in toks[end:]:
        if party_word(w):
            obj.append(w)
        elif any(x.key in names for x in obj):
            break
        else:
            obj = []
    obj = obj if any(x.key in names for x in obj) else []
    parties: list[tuple[tuple[str, int], ...]]
    if reciprocal and len(members) >= 2:
        parties = [_weighed(m) for m in members]  # "Pakistan, India Trade Blame"
    elif obj and members and not reciprocal:
        parties = [tuple(x for m in members for x in _weighed(m)), _weighed(obj)]
    elif len(members) >= 2 and relation is Relation.CONVERGE:
        # "Union, Company Confirm Deal"; a plural subject accusing no one named ("Syria,
        # Russia Accuse US" where the US has no voice in the story) is one party
        parties = [_weighed(m) for m in members]
    else:
        return None
    party_words = {w for p in parties for w, _weight in p}
    # Function words, what parties say, and the relation words of another clause ("...;
    # state refiner confirms circular") are no matter.
    skip = (
        _stop()
        | _words("speech_nouns")
        | _words("negators")
        | _words("dispute_verbs")
        | _words("agreement_verbs")
    )
    matter = tuple(
        dict.fromkeys(
            w.key
            for k, w in enumerate(toks)
            if k >= subject_start
            and not start <= k < end
            and w.key not in party_words
            and not party_word(w)
            and w.low not in skip
            and w.key not in skip
            and w.low[:1].isalnum()
            and len(w.low) > 2
        )
    )
    if not matter:
        return None  # "Pakistan, India Trade Claims": no matter to pick the central claims by
    verb = " ".join(t.text for t in toks[start:end])
    transitive = bool(obj and members and not reciprocal)
    return Headline(line, relation, verb, tuple(parties), matter, transitive)


def text_keys(text: str) -> set[str]:
    """The keys of a text's words (see ``_tokens``), function words left out."""
    return {w.key for w in _tokens(text) if w.low not in _stop() and w.low[:1].isalnum()}


def _speaker_keys(speaker: Speaker) -> set[str]:
    names = (speaker.name, *speaker.aliases, *(m.span.text for m in speaker.mentions))
    return {k for t in names for k in text_keys(t)}


def _assign(
    keys: set[str], parties: Sequence[tuple[tuple[str, int], ...]], *, weak: bool = False
) -> int | None:
    """The party these keys name best (by ``Headline.parties`` weights, a country word before
    a head counting a little when ``weak``); None on a tie or none."""
    scores = [
        max((weight or (0.5 if weak else 0) for w, weight in words if w in keys), default=0.0)
        for words in parties
    ]
    best = max(scores)
    if best == 0 or scores.count(best) > 1:
        return None
    return scores.index(best)


def _matter_events(matter: Sequence[str]) -> frozenset[str]:
    tables = load_tables()
    return frozenset(
        cls
        for w in matter
        for cls in (tables.events.get((w,)),)
        if cls and cls not in _SPEECH_EVENTS
    )


# A claim that dates what it tells to another time ("last month", "in 2002") tells of an
# earlier incident, not the one the headline frames.
_OTHER_TIME = LazyPattern(
    r"(?i)\b(?:last|previous|past)\s+(?:month|year|week|summer|winter|spring|autumn|fall)\b|"
    r"\b(?:months|years|weeks)\s+ago\b|\bin\s+(?:19|20)\d\d\b|\bearlier\s+this\s+year\b|"
    r"\bin\s+(?:the\s+)?(?:past|previous|earlier)\b"
)


def headline_links(
    pairs: Pairs,
    documents: Sequence[Document],
    speakers: Sequence[Speaker],
    sides: Sequence[Side],
) -> list[tuple[int, int, Signal]]:
    """Links between the central claims of the parties each article's headline names."""
    out: list[tuple[int, int, Signal]] = []
    side_names = {s.id: s.name for s in sides}
    speaker_keys: dict[str, set[str]] = {}
    for doc in documents:
        if doc.issuer is not None:
            continue  # an account of ``compare``: its title frames no dispute between sides
        head = first_line(doc)
        if head is None or _relation([t.low for t in _tokens(head[0])]) is None:
            continue  # no headline, or one that frames nothing (most news: no cost below)
        line, line_end = head
        if not speaker_keys:
            speaker_keys = {s.id: _speaker_keys(s) for s in speakers}
        members = [
            k
            for k, c in enumerate(pairs.claims)
            if c.doc_id == doc.id and c.content.start > line_end and c.side
        ]
        known = set()
        for k in members:
            known |= speaker_keys.get(pairs.claims[k].speaker_id, set())
            known |= text_keys(side_names.get(pairs.side[k], ""))
        frame = read_headline(line, known)
        if frame is None:
            continue
        party = _parties(pairs, members, frame, speaker_keys, side_names)
        matter_keys = frozenset(frame.matter)
        events = _matter_events(frame.matter)
        lead = _lead(doc.text, line_end)
        touched: dict[int, frozenset[str]] = {}
        for k in members:
            claim = pairs.claims[k]
            if k not in party or _OTHER_TIME.search(said_text(claim)):
                continue  # no party's, or dated to another time: another incident
            if not _in_story(pairs.scenes[k] if pairs.scenes else frozenset(), lead):
                continue
            facets = claim.facets
            denies = facets is not None and bool(facets.denial or facets.negated)
            if frame.relation is Relation.CONVERGE and denies:
                continue  # a denial agrees with no one, whatever the headline says
            found = _touched(claim, matter_keys, events)
            if found:
                touched[k] = found
        central = sorted(touched)
        chosen: set[tuple[int, int]] = set()
        for x, i in enumerate(central):
            # Another party's central claim on the same matter word or event class, in the
            # same place. All such pairs linked cost precision on the dev set (one rebel claim
            # against every government one); each claim's closest counterpart did not, and
            # sharing the event class ("price" / "budget": cost) gained over a word alone.
            partners = [
                j
                for j in central[max(0, x - _WINDOW) : x + _WINDOW + 1]
                if party[j] != party[i]
                and pairs.side[j] != pairs.side[i]
                and pairs.one_scene(i, j)
                and touched[i] & touched[j]
            ]
            if partners:
                # the closest counterpart: most shared words, then nearest, then first
                j = max(partners, key=lambda j: (pairs.score(i, j), -pairs.distance(i, j), -j))
                chosen.add((min(i, j), max(i, j)))
        out.extend((i, j, _signal(frame)) for i, j in sorted(chosen))
    return out


def _parties(
    pairs: Pairs,
    members: Sequence[int],
    frame: Headline,
    speaker_keys: dict[str, set[str]],
    side_names: dict[str, str],
) -> dict[int, int]:
    """Claim -> the headline party it speaks for: its speaker's names name the party, else
    its side's name or the side's other speakers do (one party only)."""
    direct: dict[int, int] = {}
    side_votes: dict[str, set[int]] = {}
    for k in members:
        claim = pairs.claims[k]
        p = _assign(speaker_keys.get(claim.speaker_id, set()), frame.parties)
        if p is not None:
            direct[k] = p
            side_votes.setdefault(pairs.side[k], set()).add(p)
    for side_id, name in side_names.items():
        if side_id not in side_votes and side_id not in _CATCH_ALL:
            # a side no speaker's name places: its name may ("Myanmar" for the forces of
            # "Myanmar Security Forces"), a country word before a head counting too
            p = _assign(text_keys(name), frame.parties, weak=True)
            if p is not None:
                side_votes[side_id] = {p}
    out = dict(direct)
    for k in members:
        if k in out or pairs.side[k] == UNNAMED.id:
            continue  # the unnamed sources of all parties share one side
        votes = side_votes.get(pairs.side[k], set())
        if len(votes) == 1:
            out[k] = next(iter(votes))
    return out


def _touched(claim: Claim, matter_keys: frozenset[str], events: frozenset[str]) -> frozenset[str]:
    """The matter words and event classes of the headline a claim touches."""
    facets = claim.facets
    found = text_keys(said_text(claim)) & matter_keys
    return frozenset(found | (set(facets.events) & events if facets is not None else set()))


def _lead(text: str, line_end: int) -> str:
    """The headline and the article's first paragraph, lower case: where the story is."""
    body = text[line_end:].lstrip()
    cut = body.find("\n\n")
    return (text[:line_end] + " " + (body[:cut] if cut >= 0 else body)).lower()


def _in_story(scene: frozenset[str], lead: str) -> bool:
    """The claim's places (``anchors.claim_scenes``) are the story's: named in the headline
    or the lead, or none. "In Gardez, ..." in a story led by Uruzgan is another incident."""
    named = [p for p in scene if not p.startswith("#")]
    return not named or any(p in lead for p in named)


def _signal(frame: Headline) -> Signal:
    kind = "a dispute" if frame.relation is Relation.DIVERGE else "an agreement"
    return Signal("headline", _SCORE, f"the headline frames {kind}: '{frame.text}'", frame.relation)
