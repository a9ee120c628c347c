"""Agenda topics: what a claim is about, however each side words it (``data/topics.yaml``).

Two accounts of one agenda item often share no word: "ransomware attacks by criminals" /
"criminal manifestations in the information space" are both *cyber security*. ``find_topics``
tags a claim's words with the topics of a rule table (stemmed words and phrases, longest
first); ``topic_pairs`` pairs claims of different sides on a topic when each is the other's
best partner on it, so one topic does not fan out into a link between every two claims.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from attribcmp.acts import STRONG, ActMatch, act_match, bare_acts, claim_acts, text_acts
from attribcmp.data import load_yaml
from attribcmp.discourse import Where
from attribcmp.model import Claim, ClaimFacets
from attribcmp.textfeatures import said_text, stem

__all__ = [
    "agenda_hits",
    "cooperative",
    "find_topics",
    "lone_topic_pairs",
    "shown_words",
    "topic_hits",
    "topic_label",
    "topic_pairs",
    "topic_reason",
    "word_stems",
]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")
# A topic named this many times less than the claim's main topic is mentioned in passing
# ("tariffs, quotas, customs duties, the trade deficit and the climate": not about climate);
# a readout's list of items each named once ("trade, cyber security and climate") is not.
_PASSING_SHARE = 0.25
# A topic held by more than this share of all claims (and by at least _BACKDROP_MIN) is the
# story's backdrop (every claim of a war story is about civilians), not a point.
_BACKDROP_SHARE = 0.4
_BACKDROP_MIN = 5
# ... and a topic held by more claims than this is a theme, whatever the share; the pairing
# (each holder against each) stays small.
_BACKDROP_MAX = 40
# A third country as an agenda item ("@afghanistan"), beside the table's topics.
PLACE_MARK = "@"
# A named item both accounts of one call name ("#G20"), beside the table's topics.
NAME_MARK = "#"
# An act that is a point with no topic named ("~continue": keeping in contact).
ACT_MARK = "~"
# How many matched words of a topic one claim shows in a reason.
_SHOWN_WORDS = 2


@dataclass(frozen=True, slots=True)
class _Topics:
    labels: dict[str, str]
    generic: frozenset[str]
    # first stem -> [(phrase stems, topic)], longest phrase first
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]
    # word prefix -> topic ("cyber" for "cyber*")
    prefixes: tuple[tuple[str, str], ...]
    cooperative: frozenset[tuple[str, ...]]


_POSSESSIVE = re.compile(r"['’]s$")


def _key(word: str) -> str:
    """A word's light stem; an acronym ("WHO", "NATO's") stays as written, so that "who"
    is no health agency."""
    bare = _POSSESSIVE.sub("", word)
    if len(bare) > 1 and bare.isupper():
        return "=" + bare
    return stem(word)


@lru_cache(maxsize=4096)  # per word of every claim: the same words come back
def _keys(word: str) -> tuple[str, ...]:
    """What a word of the text may match: an upper-case word as an acronym or as a word
    ("RANSOMWARE" in a headline)."""
    key = _key(word)
    return (key, stem(word.lower())) if key.startswith("=") else (key,)


def _stems(text: str) -> tuple[str, ...]:
    return tuple(_key(m.group()) for m in _WORD.finditer(text))


def word_stems(text: str) -> tuple[str, ...]:
    """A text's words as the topic and act tables match them (light stems, acronyms kept)."""
    return _stems(text)


@cache
def _load() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(_source())
    return data


def _source() -> str:
    return resources.files("attribcmp.data").joinpath("topics.yaml").read_text(encoding="utf-8")


TOPICS_EXPANDED = "topics.json"


def _source_key(source: str) -> str:
    return hashlib.sha1(source.encode("utf-8"), usedforsecurity=False).hexdigest()


@cache
def _table() -> _Topics:
    """The topic table: read from data/topics.json, topics.yaml with its words stemmed ahead
    of time by bench/build_parsed_tables.py, unless topics.yaml changed since it was built."""
    path = resources.files("attribcmp.data").joinpath(TOPICS_EXPANDED)
    if path.is_file():
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("source") == _source_key(_source()):
            return _Topics(
                labels=data["labels"],
                generic=frozenset(data["generic"]),
                phrases={
                    first: [(tuple(key), topic) for key, topic in found]
                    for first, found in data["phrases"].items()
                },
                prefixes=tuple((p, t) for p, t in data["prefixes"]),
                cooperative=frozenset(tuple(key) for key in data["cooperative"]),
            )
    return expand_topics()


def topics_json() -> str:
    """The text of data/topics.json: the expanded table and the hash of the YAML it is from."""
    table = expand_topics()
    data = {
        "source": _source_key(_source()),
        "labels": table.labels,
        "generic": sorted(table.generic),
        "phrases": {first: [[list(k), t] for k, t in v] for first, v in table.phrases.items()},
        "prefixes": [list(p) for p in table.prefixes],
        "cooperative": sorted(list(key) for key in table.cooperative),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def expand_topics() -> _Topics:
    """topics.yaml's table with its words stemmed."""
    data = _load()
    labels: dict[str, str] = {}
    generic: set[str] = set()
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    prefixes: list[tuple[str, str]] = []
    for name, entry in data["topics"].items():
        topic = str(name)
        labels[topic] = str(entry.get("label", topic))
        if entry.get("generic"):
            generic.add(topic)
        for raw in entry["words"]:
            word = str(raw)
            if word.endswith("*"):
                prefixes.append((word[:-1].lower(), topic))
                continue
            key = _stems(word)
            if key and all(key != k for k, _t in phrases.get(key[0], [])):
                phrases.setdefault(key[0], []).append((key, topic))
    for found in phrases.values():
        found.sort(key=lambda kt: -len(kt[0]))
    return _Topics(
        labels=labels,
        generic=frozenset(generic),
        phrases=phrases,
        prefixes=tuple(prefixes),
        cooperative=frozenset(_stems(str(w)) for w in data["cooperative"]),
    )


@cache
def _prefix_starts() -> tuple[str, ...]:
    return tuple(p for p, _t in _table().prefixes)


def find_topics(text: str) -> tuple[tuple[str, str], ...]:
    """The agenda topics a claim's words name, each with the words that named it.

    Args:
        text: a claim's words.

    Returns:
        (topic, matched words joined by " / ") in order of first mention; a word or phrase
        counts for one topic, the longest entry starting at it winning ("critical
        infrastructure" is cyber security, not the economy's "infrastructure").
    """
    table = _table()
    matches = list(_WORD.finditer(text))
    words = [m.group() for m in matches]
    keys = [_keys(w) for w in words]
    found: dict[str, list[str]] = {}
    phrases, prefix_starts = table.phrases, _prefix_starts()
    i = 0
    while i < len(keys):
        step = 1
        topic = ""
        # (most words start no entry: the sort is skipped when none does)
        options = [p for k in keys[i] if k in phrases for p in phrases[k]]
        for key, name in sorted(options, key=lambda kt: -len(kt[0])) if options else ():
            ahead = keys[i : i + len(key)]
            if len(ahead) == len(key) and all(k in ks for k, ks in zip(key, ahead, strict=True)):
                topic, step = name, len(key)
                break
        if not topic:
            low = words[i].lower()
            # (one C-level test first: most words start no prefix)
            if low.startswith(prefix_starts):
                topic = next((t for p, t in table.prefixes if low.startswith(p)), "")
        if topic:
            surface = text[matches[i].start() : matches[i + step - 1].end()]
            seen = found.setdefault(topic, [])
            if surface.lower() not in (s.lower() for s in seen):
                seen.append(surface)
        i += step
    return tuple((t, " / ".join(ws)) for t, ws in found.items())


def topic_label(topic: str) -> str:
    """How a reader sees a topic ("cyber security"; a third country by its name)."""
    if topic.startswith(PLACE_MARK):
        from attribcmp.gazetteer import load_gazetteer

        entry = topic[len(PLACE_MARK) :]
        return load_gazetteer().names.get(entry, entry)
    if topic.startswith(ACT_MARK):
        act = topic[len(ACT_MARK) :]
        return bare_acts().get(act, act)
    if topic.startswith(NAME_MARK):
        return topic[len(NAME_MARK) :]
    return _table().labels.get(topic, topic.replace("_", " "))


def topic_reason(
    a: ClaimFacets, b: ClaimFacets, topic: str, text_a: str = "", text_b: str = ""
) -> str:
    """ "same topic: cyber security (ransomware / information space)"; a topic a claim took
    from the claim before it quotes the claim's words that point back ("'these matters',
    pointing back"); a third country: "same agenda item: Ukraine"."""
    if topic.startswith(PLACE_MARK):
        return f"same agenda item: {topic_label(topic)}"
    if topic.startswith(ACT_MARK):
        return f"same point: {topic_label(topic)}"
    if topic.startswith(NAME_MARK):
        return f"same item: {topic_label(topic)}"
    words_a = shown_words(a, topic) or _pointing(text_a)
    words_b = shown_words(b, topic) or _pointing(text_b)
    return f"same topic: {topic_label(topic)} ({words_a} / {words_b})"


# How many of a claim's first words stand for it when no phrase of it points back.
_QUOTED_WORDS = 4


def _pointing(text: str) -> str:
    """A claim's words that took a topic from the claim before: the phrase pointing back as
    written ("these matters"), or its first words; a reader sees words, never a bare "before"."""
    words = [m.group() for m in _WORD.finditer(text)]
    stems = [_key(w) for w in words]
    for key in sorted(_anaphora(), key=len, reverse=True):
        for i in range(len(stems) - len(key) + 1):
            if tuple(stems[i : i + len(key)]) == key:
                return f"'{' '.join(words[i : i + len(key)])}', pointing back"
    if not words:
        return "from the point before"
    more = " …" if len(words) > _QUOTED_WORDS else ""
    return f"'{' '.join(words[:_QUOTED_WORDS])}{more}', from the point before"


def topic_hits(facets: ClaimFacets | None) -> dict[str, int]:
    """{topic: how many distinct words named it} for the specific (non-generic) topics a
    claim is about, topics mentioned only in passing left out."""
    if facets is None or not facets.topics:
        return {}
    generic = _table().generic
    hits = {
        t: len(w.split(" / "))
        for t, w in zip(facets.topics, facets.topic_words, strict=False)
        if t not in generic
    }
    most = max(hits.values(), default=0)
    return {t: n for t, n in hits.items() if n / most > _PASSING_SHARE}


def cooperative(text: str) -> bool:
    """The words agree, welcome, support or commit ("agreed to resume", "welcomed")."""
    stems = _stems(text)
    table = _table().cooperative
    return any(tuple(stems[i : i + len(key)]) == key for key in table for i in range(len(stems)))


def agenda_hits(
    claims: Sequence[Claim],
    where: Sequence[Where] | None = None,
    places: Sequence[frozenset[str]] | None = None,
    leads: Sequence[str] | None = None,
    names: Sequence[frozenset[str]] | None = None,
) -> list[dict[str, int]]:
    """Each claim's agenda items as ``topic_pairs`` reads them: {topic: words naming it}, with
    the topics of its sentence's lead, the third countries its sentence names ("@syria"), the
    named items both accounts name ("#G20"), a topic taken from the claim before when it
    points back, and, in two accounts of one call, a bare act ("~continue") for a claim with no
    topic (arguments as for ``topic_pairs``)."""
    hits = [topic_hits(c.facets) for c in claims]
    generic = _table().generic
    for found, lead in zip(hits, leads or (), strict=False):
        for topic, _words in find_topics(lead):
            if topic not in generic:
                found.setdefault(topic, 1)
    none: list[frozenset[str]] = [frozenset()] * len(claims)
    opening = _openings(claims)
    for k, (claim, found, named, items) in enumerate(
        zip(claims, hits, places or none, names or none, strict=False)
    ):
        # The opening "X spoke today with Y regarding Syria" (or "the G20") is the call
        # itself, matched to the other account's own opening (anchors.call_signal), not a
        # point on Syria. Further down, "the leaders of Russia and the US discussed the
        # situation in Syria" is a point on Syria.
        if found or k not in opening or not _call_report(claim):
            found.update({PLACE_MARK + p: 1 for p in sorted(named)})
            found.update({NAME_MARK + n: 1 for n in sorted(items)})
    if where is not None and places is not None:
        # (two accounts of one call, told point by point; inside one article a "this
        # issue" may reach further back than the claim before)
        _inherit(claims, hits, where)
    if places is not None:
        # Two accounts of one call: a claim with no topic that keeps in touch, plans the next
        # meeting or offers condolences makes that point on its own.
        bare = bare_acts()
        for i, found in enumerate(hits):
            if not found:
                found.update({ACT_MARK + a: 1 for a in sorted(claim_acts(claims[i])) if a in bare})
    return hits


def topic_pairs(
    claims: Sequence[Claim],
    side: Sequence[str],
    allowed: Callable[[int, int], bool],
    rank: Callable[[int, int], float],
    where: Sequence[Where] | None = None,
    places: Sequence[frozenset[str]] | None = None,
    leads: Sequence[str] | None = None,
    names: Sequence[frozenset[str]] | None = None,
) -> dict[tuple[int, int], str]:
    """Pairs of claims of different sides that are each other's best partner on a topic.

    Two accounts of one call (claims of different documents, ``where`` given) pair closer:
    what each claim does with the topic counts first (``acts.act_match``), a claim that does
    the same or answers the other's act keeps its best such partner even when that partner
    prefers another ("committed to continued engagement" pairs with both "continued their
    dialogue" and "the continuation of such contacts"), and a topic most of the claims hold
    (the call's main subject) still pairs them, on such acts only. A claim with no topic of
    its own that points back ("in this area", "these issues") takes the topics of the claim
    just before it.

    Args:
        claims: claims with facets.
        side: each claim's side id.
        allowed: whether two claims may be linked at all (one scene, near enough).
        rank: a tie-break between partners equally strong on the topic (the word overlap).
        where: where each claim stands (its document and sentence), if known.
        places: the third countries each claim's sentence names (``anchors.agenda_places``),
            for two accounts of one call: each is an agenda item ("@afghanistan").
        leads: each claim's sentence before its content (``anchors.sentence_leads``), for
            two accounts of one call: its topics are the claim's too ("raised the case of a
            detained citizen and urged" his release).
        names: the named items each claim's sentence shares with the other account
            (``anchors.agenda_names``), for two accounts of one call ("#Geneva II").

    Returns:
        {(i, j), i < j: topic}; a pair sharing several topics keeps its strongest.
    """
    hits = agenda_hits(claims, where, places, leads, names)
    holders: dict[str, list[int]] = {}
    for i, found in enumerate(hits):
        for topic in found:
            holders.setdefault(topic, []).append(i)
    backdrop = min(_BACKDROP_MAX, max(_BACKDROP_MIN, _BACKDROP_SHARE * len(claims)))
    acts: dict[int, frozenset[str]] = {}
    matches: dict[tuple[int, int], ActMatch | None] = {}

    def apart(i: int, j: int) -> bool:
        return where is not None and where[i].doc != where[j].doc

    def match(i: int, j: int) -> ActMatch | None:
        # Acts pair two accounts of one call; inside one article the words decide.
        key = (min(i, j), max(i, j))
        if key not in matches:
            for k in key:
                if k not in acts:
                    acts[k] = claim_acts(claims[k]) | _lead_agenda(leads, k)
            one = claims[i].speaker_id == claims[j].speaker_id
            matches[key] = (
                act_match(acts[key[0]], acts[key[1]], one_speaker=one) if apart(i, j) else None
            )
        return matches[key]

    def shared(i: int, j: int, topic: str) -> int:
        return sum(hits[i][t] + hits[j][t] for t in hits[i] if t != topic and t in hits[j])

    out: dict[tuple[int, int], tuple[tuple[int, int], str]] = {}
    for topic in sorted(holders):
        members = holders[topic]
        if len(members) < 2 or len(members) > _BACKDROP_MAX:
            continue
        # The story's backdrop links only two accounts' claims doing one act on it; so does
        # a third country, a broader item than a topic.
        main = len(members) > backdrop or topic.startswith((PLACE_MARK, ACT_MARK))
        # A readout's list of the call's items ("their discussion covered Syria, Afghanistan
        # and Northern Ireland") heads the points on each; on a country it meets only the
        # other account's list, not a point on that country.
        broad_topic = topic.startswith(PLACE_MARK)

        # best() weighs each pair of the topic's claims more than once: once each
        strengths: dict[tuple[int, int], tuple[int, float, float, int]] = {}

        def strength(
            i: int,
            j: int,
            topic: str = topic,
            strengths: dict[tuple[int, int], tuple[int, float, float, int]] = strengths,
        ) -> tuple[int, float, float, int]:
            # The same act or an answer first, then more words of the topic on both sides
            # (and of the other topics and countries both name), then more shared words,
            # then nearer.
            known = strengths.get((i, j))
            if known is None:
                found = match(i, j)
                known = strengths[(i, j)] = (
                    found.strength if found else 0,
                    hits[i][topic] + hits[j][topic] + shared(i, j, topic),
                    rank(i, j),
                    -abs(i - j),
                )
            return known

        def best(
            i: int,
            among: list[int],
            main: bool = main,
            strong: bool = False,
            broad_topic: bool = broad_topic,
        ) -> int | None:
            # Among every other side's claims: with three sides, one claim still takes
            # one partner per topic. On the main topic, only partners whose acts meet.
            floor = STRONG if strong else (1 if main else 0)
            options = [
                j
                for j in among
                if side[j] != side[i]
                and allowed(i, j)
                and strength(i, j)[0] >= floor
                and not (broad_topic and apart(i, j) and _listing(hits[i]) != _listing(hits[j]))
            ]
            return max(options, key=lambda j: (strength(i, j), -j)) if options else None

        def keep(i: int, j: int, topic: str = topic) -> None:
            key = (min(i, j), max(i, j))
            # A pair on several topics keeps the one named most, then first in its claim.
            value = (hits[i][topic] + hits[j][topic], -list(hits[key[0]]).index(topic))
            if key not in out or value > out[key][0]:
                out[key] = (value, topic)

        linked: set[int] = set()
        chosen = {i: best(i, members) for i in members}
        for i in members:
            j = chosen[i]
            if j is not None and chosen[j] == i:
                keep(i, j)
                linked |= {i, j}
        # The same act or an answer is one point told twice: each claim keeps its best such
        # partner, mutual or not (on a bare act, two plans are not one plan: mutual only).
        for i in [] if topic.startswith(ACT_MARK) else members:
            j = best(i, members, strong=True)
            if j is not None:
                keep(i, j)
                linked |= {i, j}
        # Two accounts of one call go point by point: the claims on the topic left unpaired
        # pair with each other, each the other's best among them.
        # (A third country alone is too broad for that: "spoke today regarding Syria".)
        broad = topic.startswith((PLACE_MARK, ACT_MARK))
        left = [] if broad else [i for i in members if i not in linked]
        chosen = {i: best(i, [j for j in left if apart(i, j)], main=False) for i in left}
        for i in left:
            j = chosen[i]
            if j is not None and chosen[j] == i:
                keep(i, j)
                linked |= {i, j}
        if broad or main or where is None or topic.startswith(NAME_MARK):
            continue
        # One account's single claim on an item often answers two or three of the other's
        # ("discussed the oil spill" / "sadness at the damage", "BP should continue"): a
        # claim still unpaired on the item joins its best partner in the other account,
        # at most _FAN_OUT claims to one partner.
        # Only a claim about this item alone, in its own words, joins: one naming other
        # items too may answer the partner's point on those, and one that has the item only
        # by pointing back ("in this area") may point elsewhere.
        fan: dict[int, int] = {}
        joining = [
            i
            for i in members
            if i not in linked
            and _alone_on(hits[i], topic)
            and topic in topic_hits(claims[i].facets)
        ]
        for i in joining:
            j = best(i, [j for j in members if apart(i, j) and j in linked], main=False)
            if j is not None and fan.get(j, 0) < _FAN_OUT:
                keep(i, j)
                fan[j] = fan.get(j, 0) + 1
    return {k: t for k, (_v, t) in sorted(out.items())}


# How many claims of one account one claim of the other may answer on one item.
_FAN_OUT = 2


def _alone_on(found: Mapping[str, int], topic: str) -> bool:
    """The claim's only agenda item (acts aside) is ``topic``."""
    # (the country its sentence names is where the item is, not another item)
    return [t for t in found if not t.startswith((ACT_MARK, PLACE_MARK))] == [topic]


def lone_topic_pairs(
    hits: Sequence[Mapping[str, int]],
    side: Sequence[str],
    where: Sequence[Where],
    partners: Mapping[int, Collection[int]],
    rank: Callable[[int, int], float],
) -> dict[tuple[int, int], str]:
    """Two accounts of one call: a claim no step has linked meets the other account's claim
    its own account's other point on the same item is already linked to.

    ``topic_pairs`` gives a claim one partner per topic, each the other's best; an account
    that tells an item in two claims ("reviewed the new sanctions" / "more sanctions would
    follow") against the other's one ("the sanctions would harm ties") leaves its second
    claim with none, though the other account's point is what both answer. A country or
    city is no such item: it is where each point is made. An item either account names in
    more than ``_LONE_HOLDERS`` claims is the call's subject or a theme (every claim of a
    call on the sanctions names them): there the words decide, not the item. A claim that
    lists the call's items (``_listing``: "their discussion covered Syria, Afghanistan and
    the intelligence review") is not counted among an item's holders: it names each item as
    a heading, not as a point of its own.

    Args:
        hits: each claim's agenda items (``agenda_hits``).
        side: each claim's side id.
        where: where each claim stands (its document).
        partners: claim -> the claims of other sides some step has linked it to; a claim
            not in it is unlinked.
        rank: a tie-break between partners (the word overlap).

    Returns:
        {(i, j), i < j: topic}, the item shared (the first the claim names).
    """
    # item -> doc -> the claims naming it: an orphan's partners are looked up, never scanned
    holders: dict[str, dict[str, list[int]]] = {}
    for i, found in enumerate(hits):
        for topic in found:
            if not topic.startswith(ACT_MARK):
                holders.setdefault(topic, {}).setdefault(where[i].doc, []).append(i)
    listing = {i for i, found in enumerate(hits) if _listing(found)}

    def count(topic: str, doc: str) -> int:
        return sum(k not in listing for k in holders[topic][doc])

    def rare(i: int) -> list[str]:
        # A country or city is where a point happens, not the point: two claims of a call
        # naming Syria each say something else of it ("concern over the chemical attack" /
        # "access for UN investigators"); a topic, body or summit named is the point.
        return [
            t
            for t in hits[i]
            if not t.startswith((ACT_MARK, PLACE_MARK)) and count(t, where[i].doc) <= _LONE_HOLDERS
        ]

    def answered(j: int, topic: str, i: int) -> bool:
        # j already meets another claim of i's account on the same item
        return any(
            k != i and where[k].doc == where[i].doc and topic in hits[k]
            for k in partners.get(j, ())
        )

    out: dict[tuple[int, int], str] = {}
    for i in range(len(hits)):
        if partners.get(i):
            continue
        own = rare(i)
        shared: dict[int, list[str]] = {}
        for topic in own:
            for doc, naming in holders[topic].items():
                if doc == where[i].doc or count(topic, doc) > _LONE_HOLDERS:
                    continue
                for j in naming:
                    if side[j] != side[i] and answered(j, topic, i):
                        shared.setdefault(j, []).append(topic)
        if shared:
            j = max(shared, key=lambda k: (len(shared[k]), rank(i, k), -abs(i - k), k))
            out[(min(i, j), max(i, j))] = shared[j][0]
    return dict(sorted(out.items()))


# An agenda item named in at most this many claims of each account is one point of the
# call; more, and it is the call's subject (on the disputes dev set's readout pairs, an
# unlinked claim's partner on an item named by at most two claims of each account was a
# gold link 6 times in 9, by at most three 8 in 19).
_LONE_HOLDERS = 2
# A claim naming this many agenda items or more lists the call's items ("their discussion
# covered Syria, Afghanistan, Northern Ireland and the intelligence review"): a heading for
# each, so it does not make an item the call's subject in ``lone_topic_pairs``.
_LISTING_ITEMS = 3


def _listing(found: Mapping[str, int]) -> bool:
    """The claim names at least ``_LISTING_ITEMS`` agenda items (acts aside)."""
    return sum(not t.startswith(ACT_MARK) for t in found) >= _LISTING_ITEMS


# The act of a sentence's lead that puts its claim's item on the agenda: "reviewed the
# situation in Syria, with President Obama underscoring concern over ..." is a point on the
# agenda as much as "discussed the situation in Syria".
_AGENDA_ACT = "discuss"


def _lead_agenda(leads: Sequence[str] | None, k: int) -> frozenset[str]:
    """The agenda act (``_AGENDA_ACT``) of claim ``k``'s sentence lead, if it does one."""
    if leads is None or k >= len(leads) or not leads[k]:
        return frozenset()
    return text_acts(leads[k]) & {_AGENDA_ACT}


def _openings(claims: Sequence[Claim]) -> frozenset[int]:
    """The claims that open their document: its first claim and the points cut from the
    same claim (claims come in document then text order)."""
    first: dict[str, Claim] = {}
    out: set[int] = set()
    for k, claim in enumerate(claims):
        head = first.setdefault(claim.doc_id, claim)
        if head is claim or (head.parent is not None and claim.parent == head.parent):
            out.add(k)
    return frozenset(out)


def _call_report(claim: Claim) -> bool:
    """The claim reports the call or meeting itself: a meeting of two named people, no other
    event ("President A spoke today with President B regarding the border")."""
    facets = claim.facets
    return (
        facets is not None
        and set(facets.events) == {"meeting"}
        and len(facets.participants) >= _CALL_PARTIES
    )


# A call is between two parties at least.
_CALL_PARTIES = 2
# A claim that points back takes the topics of a claim at most this many sentences before it.
_BACK_SENTENCES = 2


@cache
def _anaphora() -> tuple[tuple[str, ...], ...]:
    return tuple(_stems(str(w)) for w in _load()["anaphora"])


def _points_back(text: str) -> bool:
    """The words refer to an item named before ("in this area", "these issues")."""
    stems = _stems(text)
    return any(stems[i : i + len(key)] == key for key in _anaphora() for i in range(len(stems)))


def _inherit(claims: Sequence[Claim], hits: list[dict[str, int]], where: Sequence[Where]) -> None:
    """A claim with no topic of its own that points back ("the challenges in this area")
    takes the topics of the nearest claim before it in its document (in place); so does a
    claim split from the same sentence as the claim just before it."""
    for i, claim in enumerate(claims):
        if hits[i]:
            continue
        if _same_sentence(where, i - 1, i) and hits[i - 1]:
            # One sentence's two points are one item ("agreed on the importance of the trade
            # pact, and the President stressed the need to be bold"): the second names it no
            # more, the first's item is its own.
            hits[i] = dict(hits[i - 1])
            continue
        if not _points_back(said_text(claim)):
            continue
        for k in range(i - 1, -1, -1):
            if (
                where[k].doc != where[i].doc
                or where[i].sentence - where[k].sentence > _BACK_SENTENCES
            ):
                break
            if hits[k]:
                hits[i] = dict(hits[k])
                break


def _same_sentence(where: Sequence[Where], k: int, i: int) -> bool:
    """Claims ``k`` and ``i`` stand in one sentence of one document."""
    return k >= 0 and where[k].doc == where[i].doc and where[k].sentence == where[i].sentence


def shown_words(facets: ClaimFacets | None, topic: str) -> str:
    """The words that named a topic in a claim, at most two ("ransomware, cyberattacks")."""
    if facets is None:
        return ""
    for t, words in zip(facets.topics, facets.topic_words, strict=False):
        if t == topic:
            return ", ".join(words.split(" / ")[:_SHOWN_WORDS])
    return ""
