"""What ties a claim to one incident or one named thing, beyond its words.

- ``claim_scenes``: the places a claim's sentence names, or failing that the places of the
  last sentence before it in its paragraph that names any ("... in Pech district, Kunar
  province"); an opening like "In a separate attack," starts a new scene. Two claims of one
  article whose scenes share no place speak of two incidents, however alike their figures.
- ``name_words``: the proper-name words a claim holds that name a thing both accounts can
  speak of ("OSCE", "Voinjama"): no dates, titles, speakers or sides.
- ``name_signal``: two claims of different sides name one rare thing and one kind of event.
- ``same_meeting``: two accounts of one call or meeting naming the same people.

Tables in ``data/anchors.yaml``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from rapidfuzz.distance import Levenshtein

from attribcmp.data import load_table
from attribcmp.evidence import Signal
from attribcmp.gazetteer import country_ids, entry_for_side_label, find_hits, load_gazetteer
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Claim, ClaimFacets, Document, Relation, Side
from attribcmp.segment import segment_sentences
from attribcmp.textfeatures import is_stopword, said_text, stem

__all__ = [
    "agenda_names",
    "agenda_places",
    "call_signal",
    "claim_incidents",
    "restated_call_signal",
    "meeting_claims",
    "sentence_leads",
    "claim_scenes",
    "name_signal",
    "name_words",
    "same_meeting",
    "shares_event",
]

# A shared rare name is firm evidence of one point, a little below a shared incident.
_NAME_SCORE = 68.0
_CAPITALISED = r"(?:[A-Z][\w’'-]+|[A-Z]{2,})(?:\s+[A-Z][\w’'-]+)*"


def _table() -> dict[str, Any]:
    return load_table("anchors.yaml")


def _alternation(key: str) -> str:
    words = sorted((str(w) for w in _table()[key]), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def _place_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(r"\b(" + _CAPITALISED + r")\s+(?i:" + _alternation("place_after") + r")\b"),
        re.compile(r"(?i:\b(?:" + _alternation("place_before") + r"))\s+(" + _CAPITALISED + ")"),
        re.compile(r"(?i)^\W*(?:" + _alternation("scene_breaks") + r")\b"),
    )


@cache
def _not_names() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()["not_names"])


# More than this share of capitalised words: a title-case headline.
_TITLE_CASE = 0.6
# "Muslim-majority region", "English-speaking northwest": describe a place, name none.
_ADJECTIVE = LazyPattern(r"(?i).+-(?:majority|speaking|based|led|backed|controlled|held|run)$")


def places(text: str) -> frozenset[str]:
    """The places a sentence names (lower-cased), countries left out: a country holds every
    incident of a story, so naming it sets none apart."""
    after, before, _ = _place_patterns()
    found: set[str] = set()
    tokens = text.split()
    if sum(w[:1].isupper() for w in tokens) > _TITLE_CASE * len(tokens):
        return frozenset()  # a headline in title case: every word looks like a name
    gazetteer = load_gazetteer()
    for pattern in (after, before):
        for m in pattern.finditer(text):
            name = m.group(1)
            if not text[: m.start(1)].strip(" \"“‘'("):
                continue  # "Several districts": a sentence's first word is capitalised anyway
            if re.search(r"['’]s?$", name):
                continue  # "in Putin's words": a person's, not a place
            words = [
                w for w in name.split() if w.lower() not in _not_names() and not _ADJECTIVE.match(w)
            ]
            if not words:
                continue
            if any(h.entry is not None for h in find_hits(name, gazetteer)):
                continue
            found.add(" ".join(words).lower())
    return frozenset(found)


def claim_scenes(claims: Sequence[Claim], documents: Sequence[Document]) -> list[frozenset[str]]:
    """Each claim's scene: the places of its sentence, else of the last sentence before it in
    the paragraph that names one; empty when unknown (an empty scene sets nothing apart).
    Where the speaker stands ("officials in Kabul said") is no place of the claim's."""
    _, _, breaks = _place_patterns()
    sentences = {doc.id: segment_sentences(doc) for doc in documents}
    starts = {doc: [s.start for s in rows] for doc, rows in sentences.items()}
    # The scene before a sentence is read back from it, and only for the sentences that hold
    # a claim: most sentences of a long story hold none, and the places of those are never
    # looked for (each sentence's, at most once).
    named: dict[tuple[str, int], frozenset[str]] = {}

    def places_of(doc_id: str, k: int) -> frozenset[str]:
        if (doc_id, k) not in named:
            named[doc_id, k] = places(sentences[doc_id][k].text)
        return named[doc_id, k]

    def scene_before(doc_id: str, k: int) -> frozenset[str]:
        rows = sentences[doc_id]
        # a scene break opens a scene of its own; otherwise the nearest sentence before it in
        # the paragraph that names a place, or that breaks, sets it
        while True:
            if breaks.match(rows[k].text):
                return frozenset({f"#scene{doc_id}:{k}"})
            if k == 0 or rows[k - 1].paragraph != rows[k].paragraph:
                return frozenset()
            k -= 1
            found = places_of(doc_id, k)
            if found:
                return found

    out: list[frozenset[str]] = []
    for claim in claims:
        rows = sentences.get(claim.doc_id, ())
        k = bisect.bisect_right(starts.get(claim.doc_id, []), claim.content.start) - 1
        if k < 0:
            out.append(frozenset())
            continue
        sentence = rows[k]
        own = places(_without_attribution(claim, sentence.start, sentence.end, sentence.text))
        out.append(own or scene_before(claim.doc_id, k))
    return out


@cache
def _incident_patterns() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str]]:
    kinds = tuple(
        (str(kind), re.compile(r"(?i)\b(?:" + "|".join(re.escape(str(w)) for w in words) + r")\b"))
        for kind, words in _table()["incident_kinds"].items()
    )
    incident = "|".join(re.escape(str(w)) for ws in _table()["incident_kinds"].values() for w in ws)
    separate = re.compile(
        r"(?i)\b(?:" + _alternation("separate_markers") + r")(?:\s+[\w-]+){0,2}?\s+"
        r"(?:" + incident + "|" + _alternation("separate_nouns") + r")\b"
    )
    return kinds, separate


@cache
def _any_incident_word() -> re.Pattern[str]:
    """Every incident kind's words in one pattern, as each kind's own: where it finds none,
    no kind's pattern can (whether an alternative matches never hangs on their order)."""
    words = sorted({str(w) for ws in _table()["incident_kinds"].values() for w in ws})
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def claim_incidents(claims: Sequence[Claim]) -> list[frozenset[str]]:
    """Each claim's incident kinds by cause ("collapse", "crash"), from its own words, plus a
    tag of its own when it marks another incident ("in a separate bus crash"); empty when it
    names no cause. Two claims of one article with such sets sharing nothing tell of two
    incidents."""
    kinds, separate = _incident_patterns()
    any_kind = _any_incident_word()
    out: list[frozenset[str]] = []
    for k, claim in enumerate(claims):
        text = said_text(claim)
        # (most claims name no incident: one search rules out every kind's)
        found = (
            {kind for kind, pattern in kinds if pattern.search(text)}
            if any_kind.search(text)
            else set()
        )
        if separate.search(text):
            found.add(f"#separate:{k}")
        out.append(frozenset(found))
    return out


def agenda_places(
    claims: Sequence[Claim], documents: Sequence[Document], sides: Sequence[Side]
) -> list[frozenset[str]]:
    """The third countries each claim's sentence names, the parties' own left out.

    In two accounts of one call a third country is an agenda item ("the situation in
    Afghanistan"; "exchanging views on the internal Ukrainian crisis, Putin outlined ..."),
    named in the sentence even when the claim's own words leave it out. The parties' own
    countries are in every point, so they name none.

    Returns:
        Per claim, gazetteer country ids ("afghanistan"); empty when none.
    """
    gazetteer = load_gazetteer()
    countries = country_ids()
    # the name first, the id only when the name names nothing ("au" named "Australia")
    parties = {
        entry
        for side in sides
        if (
            entry := entry_for_side_label(side.name, gazetteer)
            or entry_for_side_label(side.id, gazetteer)
        )
        is not None
    }
    sentences = {doc.id: segment_sentences(doc) for doc in documents}
    starts = {doc: [s.start for s in rows] for doc, rows in sentences.items()}
    seen: dict[str, frozenset[str]] = {}  # one look-up per sentence, however many claims
    out: list[frozenset[str]] = []
    for claim in claims:
        rows = sentences.get(claim.doc_id, ())
        k = bisect.bisect_right(starts.get(claim.doc_id, []), claim.content.start) - 1
        text = rows[k].text if k >= 0 else said_text(claim)
        if text not in seen:
            seen[text] = frozenset(
                h.entry
                for h in find_hits(text, gazetteer)
                if h.entry is not None and h.entry in countries and h.entry not in parties
            )
        out.append(seen[text])
    return out


# A named item is an agenda slot when each account names it in at most this many claims; more,
# and it is the call's subject or its backdrop (every line of a call on the WTO names it).
_NAME_ITEM_CLAIMS = 2
# An acronym, digits allowed ("NATO", "G20", "G-20": one hyphen before digits is spelling).
_ACRONYM = LazyPattern(r"\b[A-Z](?:[A-Z0-9]|-(?=\d))+\b")
# "II", "IV": an ordinal of a name ("Geneva II"), no name of its own.
_ROMAN = LazyPattern(r"[IVXLC]+")
# Two or more capitalised words in a row ("Geneva II", "Atlantic Declaration").
_CAPITAL_RUN = LazyPattern(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+")


def agenda_names(
    claims: Sequence[Claim],
    documents: Sequence[Document],
    sides: Sequence[Side],
    exclude: frozenset[str] = frozenset(),
) -> list[frozenset[str]]:
    """The named items each claim's sentence shares with the other account.

    Two accounts of one call list the items discussed, and a named one (a summit, a treaty,
    a conference, a firm: "the G20", "Geneva II", "BP") is an agenda item as a third country
    is, though no topic table holds it. An item is an acronym or a run of two capitalised
    words or more, without the call's parties (``exclude``: speakers' and sides' name stems,
    and the parties' countries), countries, dates, titles and posts; it counts when both
    accounts name it, each in at most ``_NAME_ITEM_CLAIMS`` claims.

    Returns:
        Per claim, the items as written ("Geneva II", "G20"); empty when none.
    """
    gazetteer = load_gazetteer()
    skip = _not_names() | _post_words()
    seen: dict[str, frozenset[str]] = {}  # one look-up per sentence, however many claims
    found: list[frozenset[str]] = []
    for text in _claim_sentences(claims, documents):
        if text not in seen:
            seen[text] = _named_items(text, skip, exclude, gazetteer)
        found.append(seen[text])
    docs: dict[str, dict[str, int]] = {}
    for claim, items in zip(claims, found, strict=True):
        for item in items:
            per_doc = docs.setdefault(item, {})
            per_doc[claim.doc_id] = per_doc.get(claim.doc_id, 0) + 1
    kept = {
        item
        for item, per_doc in docs.items()
        if len(per_doc) > 1 and max(per_doc.values()) <= _NAME_ITEM_CLAIMS
    }
    return [items & kept for items in found]


def _named_items(
    text: str, skip: frozenset[str], exclude: frozenset[str], gazetteer: Any
) -> frozenset[str]:
    """The acronyms and capitalised runs of a sentence that name no party, country, date,
    title or post (see ``agenda_names``)."""
    tokens = text.split()
    if sum(w[:1].isupper() for w in tokens) > _TITLE_CASE * len(tokens):
        return frozenset()  # a headline in title case: every word looks like a name
    countries = country_ids()

    def plain(word: str) -> str:
        return re.sub(r"['’]s?$", "", word)

    def party(word: str) -> bool:
        low = plain(word).lower()
        return low in skip or is_stopword(low) or stem(low) in exclude

    def country(name: str) -> bool:
        # The whole name is a country or stands for one ("Downing Street"); a body such as
        # NATO is in the gazetteer too, and "Lisbon Conference" only starts with a place.
        return any(
            h.entry in countries and h.end - h.start >= len(name)
            for h in find_hits(name, gazetteer)
        )

    items: set[str] = set()
    for m in _ACRONYM.finditer(text):
        word = m.group().replace("-", "")
        if not _ROMAN.fullmatch(word) and not party(word) and not country(word):
            items.add(word)
    # a long name is its initials too: one account writes the OSCE out in full
    items |= {i.upper() for m in _LONG_NAME.finditer(text) if (i := _initials(m.group()))}
    for m in _CAPITAL_RUN.finditer(text):
        run: list[str] = []
        # a party's, date's or title's word breaks the run: "Prime Minister David Cameron"
        # leaves "David Cameron", a speaker's name, itself left out word by word
        for word in [*m.group().split(), ""]:
            if word and not party(word):
                run.append(plain(word))
                continue
            if len(run) > 1 and not country(" ".join(run)):
                items.add(" ".join(run))
            run = []
    return frozenset(items)


def _claim_sentences(claims: Sequence[Claim], documents: Sequence[Document]) -> list[str]:
    """Each claim's sentence (its own words when its document is not given)."""
    sentences = {doc.id: segment_sentences(doc) for doc in documents}
    starts = {doc: [s.start for s in rows] for doc, rows in sentences.items()}
    out: list[str] = []
    for claim in claims:
        rows = sentences.get(claim.doc_id, ())
        k = bisect.bisect_right(starts.get(claim.doc_id, []), claim.content.start) - 1
        out.append(rows[k].text if k >= 0 else said_text(claim))
    return out


def sentence_leads(claims: Sequence[Claim], documents: Sequence[Document]) -> list[str]:
    """Each claim's sentence up to its content, other claims' words blanked out.

    In a readout the lead sets the agenda item the claim speaks to: "The minister raised the
    case of a citizen detained since March and urged" his release; "Turning to trade, the
    leaders agreed ...".
    """
    sentences = {doc.id: segment_sentences(doc) for doc in documents}
    texts = {doc.id: doc.text for doc in documents}
    starts = {doc: [s.start for s in rows] for doc, rows in sentences.items()}
    spans: dict[str, list[tuple[int, int]]] = {}
    for claim in claims:
        spans.setdefault(claim.doc_id, []).extend(
            claim.parts or ((claim.content.start, claim.content.end),)
        )
    for found in spans.values():
        found.sort()
    longest = {doc: max(y - x for x, y in found) for doc, found in spans.items()}
    out: list[str] = []
    for claim in claims:
        rows = sentences.get(claim.doc_id, ())
        k = bisect.bisect_right(starts.get(claim.doc_id, []), claim.content.start) - 1
        if k < 0 or claim.doc_id not in texts:
            out.append("")
            continue
        begin, end = rows[k].start, claim.content.start
        lead = list(texts[claim.doc_id][begin:end])
        found = spans.get(claim.doc_id, [])
        # Only spans starting before the lead ends, and no further back than the longest
        # span, can cover it: a few per claim, however many claims the document holds.
        k = bisect.bisect_left(found, (end, end)) - 1
        while k >= 0 and found[k][0] >= begin - longest[claim.doc_id]:
            x, y = found[k]
            for pos in range(max(x, begin), min(y, end)):
                lead[pos - begin] = " "
            k -= 1
        out.append("".join(lead))
    return out


def _without_attribution(claim: Claim, start: int, end: int, text: str) -> str:
    """The sentence with the claim's speaker and cue blanked ("Officials in Kabul said")."""
    spans = [s for s in (claim.mention, claim.cue) if s is not None and start <= s.start < end]
    if not spans:
        return text
    low = min(s.start for s in spans) - start
    high = min(max(s.end for s in spans) - start, len(text))
    return text[:low] + " " * (high - low) + text[high:]


# A name of three or more capitalised words is also known by its initials ("Organization for
# Security and Cooperation in Europe" is the OSCE): the other account may use either.
_LONG_NAME = LazyPattern(r"\b[A-Z][a-z]+(?:\s+(?:(?:for|and|of|on|in|the)\s+)*[A-Z][a-z]+){2,}")


def _initials(name: str) -> str:
    """ "osce" for "Organization for Security and Cooperation in Europe"; "" for a person's
    name and title ("Secretary of State Andrew Hale") or a run with no linking word."""
    words = name.split()
    if words[0].lower() in _not_names() or all(w[0].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words if w[0].isupper()).lower()


def name_words(
    facets: ClaimFacets | None,
    exclude: Iterable[str] = (),
    text: str = "",
    titles: Iterable[str] = (),
) -> frozenset[str]:
    """The proper-name words of a claim's facets, lower-cased, without dates, titles and the
    stems in ``exclude`` (speakers' and sides' names); with ``text``, the initials of its
    long names too. A name made only of ``titles`` stems ("West Bank", "World Bank",
    "Supreme Court") is kept whole, unless it names a post ("Special Representative")."""
    if facets is None:
        return frozenset()
    skip = _not_names()
    gone = frozenset(exclude)
    titled = frozenset(titles)
    words = {_initials(m.group()) for m in _LONG_NAME.finditer(text)} - {""}
    for name in facets.participants:
        whole = _titled_name(name, titled)
        if whole and not any(stem(w) in gone for w in whole.split()):
            words.add(whole)
            continue
        for word in re.findall(r"[\w’'-]+", name):
            low = re.sub(r"[’']s$", "", word.lower())
            if len(low) < 3 or low in skip or stem(low) in gone or not word[0].isupper():
                continue
            if stem(low) in titled:
                continue
            words.add(low)
    return frozenset(words)


def _titled_name(name: str, titles: frozenset[str]) -> str:
    """ "west bank" for "West Bank": a name of two or more capitalised words, each a title
    word and none a post's ("Special Representative"); else ""."""
    found = re.findall(r"[\w’'-]+", name)
    capital = [w for w in found if w[:1].isupper()]
    if len(capital) < 2 or len(capital) != len(
        [w for w in found if w.lower() not in {"of", "the"}]
    ):
        return ""
    low = [w.lower() for w in capital]
    if not all(stem(w) in titles for w in low) or set(low) & _post_words():
        return ""
    return " ".join(low)


@cache
def _post_words() -> frozenset[str]:
    from attribcmp.facet_lexicon import events_lexicon

    return frozenset(str(w).lower() for w in events_lexicon()["post_words"])


def shares_event(a: Claim, b: Claim) -> bool:
    """Both name one event class (a denial aside)."""
    fa, fb = a.facets, b.facets
    return fa is not None and fb is not None and bool(set(fa.events) & set(fb.events) - {"denial"})


def name_signal(
    a: Claim, b: Claim, shared: Sequence[str], *, accounts: bool = False
) -> Signal | None:
    """Both name one rare thing ("OSCE", "Voinjama") and speak of one kind of event
    (talks, control of a town): the same point, told by each side. In two accounts of one
    call (``accounts``) the rare name is an agenda item on its own ("the G20", "BP"): each
    account lists what was discussed, and the other account's point naming it is its match.

    Returns:
        The signal (the words decide the relation), or None when no event class is shared
        (and the claims are not from two accounts).
    """
    fa, fb = a.facets, b.facets
    if fa is None or fb is None or not shared:
        return None
    events = [e for e in fa.events if e in fb.events and e != "denial"]
    if not events and not accounts:
        return None
    shown = ", ".join(f"'{w}'" for w in sorted(set(shared))[:2])
    what = events[0] if events else "two accounts"
    return Signal("name", _NAME_SCORE, f"both name {shown} ({what})")


# Two accounts of one call name both parties: two shared name words make it one meeting.
_MEETING_NAMES = 2


def same_meeting(a: Claim, b: Claim) -> bool:
    """Two accounts of one call or meeting, naming the same people ("Biden spoke today with
    Putin" / "Putin had a telephone conversation with Biden"): the details each adds (the
    date, "telephone") are wording, not a difference. "President A spoke today with
    President B" is often read as speaker A, cue "spoke", content "today with President B":
    the cue and the speaker's mention then tell the meeting and the first party."""
    fa, fb = a.facets, b.facets
    if fa is None or fb is None or a.doc_id == b.doc_id:
        return False
    if not (_meeting_only(a, fa) and _meeting_only(b, fb)):
        return False
    if fa.negated or fb.negated or fa.quantities or fb.quantities:
        return False
    from attribcmp.topics import topic_hits

    if topic_hits(fa) or topic_hits(fb):
        # A claim on an agenda item ("discussed ... the Middle East Peace Process", "the
        # Atlantic Declaration on economic partnership") tells a point of the call: the
        # names both give are the item's, not the parties'; its words decide.
        return False
    return len(_shared_names(_party_words(a, fa), _party_words(b, fb))) >= _MEETING_NAMES


def _meeting_only(claim: Claim, facets: ClaimFacets) -> bool:
    """The claim's only event is a meeting: in its words, or, when its words name no event,
    in its cue ("spoke")."""
    if facets.events:
        return set(facets.events) == {"meeting"}
    cue = claim.cue.text if claim.cue is not None else ""
    return bool(cue) and stem(cue.split()[0]) in _meeting_words()


@cache
def _meeting_words() -> frozenset[str]:
    from attribcmp.facet_lexicon import events_lexicon

    words = [w for w in events_lexicon()["events"]["meeting"] if " " not in str(w)]
    return frozenset(stem(str(w)) for w in [*words, *_table()["meeting_cues"]])


# Shortest name word whose spelling variants count as one name.
_VARIANT_LENGTH = 6


def _shared_names(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """The name words both sets hold, a transliterated name's spellings counted as one: two
    governments write their leaders' names their own way ("Zelenskyy" / "Zelensky",
    "Medvedev" / "Medvedyev"); one letter more or less in a long name is the same person."""
    shared = set(a & b)
    for x in a - b:
        if len(x) >= _VARIANT_LENGTH and any(
            len(y) >= _VARIANT_LENGTH and Levenshtein.distance(x, y, score_cutoff=1) <= 1
            for y in b - a
        ):
            shared.add(x)
    return frozenset(shared)


def _party_words(claim: Claim, facets: ClaimFacets) -> frozenset[str]:
    """The name words of a claim's participants, and of its speaker's mention when the
    content starts as the rest of a meeting sentence ("today with President B") or the cue
    itself is the meeting ("President A called President B today to acknowledge ..."): the
    one who calls is a party of the call, whatever the content adds."""
    words = name_words(facets)
    calls = _meeting_cue(claim)
    if claim.mention is not None and (not facets.events or calls):
        words |= name_words(ClaimFacets(participants=(claim.mention.text,)))
    return words


def _names_meeting(claim: Claim, facets: ClaimFacets) -> bool:
    """The claim reports a meeting, in its words or its cue, with other points or not."""
    return "meeting" in facets.events or _meeting_cue(claim)


# A particle after the verb makes a call no meeting: "called for talks", "called on Kyiv".
_NOT_MEETING_PARTICLES = frozenset(("for", "on", "off"))


def _meeting_cue(claim: Claim) -> bool:
    """The cue itself is the meeting: "called", "met", but not "called for" or "called on"."""
    cue = claim.cue.text.lower().split() if claim.cue is not None else []
    if len(cue) > 1 and cue[1] in _NOT_MEETING_PARTICLES:
        return False
    return bool(cue) and stem(cue[0]) in _meeting_words()


# One account's report of the call against the other's: firm, a little above a shared name.
_CALL_SCORE = 70.0


def call_signal(a: Claim, b: Claim, openings: bool = False) -> Signal | None:
    """Two accounts' reports of one call or meeting: both report a meeting of the same two
    parties, at least one of them the bare report ("President A spoke today with B"), the
    other perhaps with its purpose ("A today spoke with B to welcome the decision ...");
    with ``openings`` (each claim is its account's first report of a meeting) both may carry
    their agenda.

    Returns:
        The signal, or None. Between two openings it says the accounts agree on the call;
        otherwise the words decide the relation (two bare reports converge, a report with a
        purpose is partial).
    """
    fa, fb = a.facets, b.facets
    if fa is None or fb is None or a.doc_id == b.doc_id or fa.negated or fb.negated:
        return None
    if not (_names_meeting(a, fa) and _names_meeting(b, fb)):
        return None
    # Each account's first line on the call (``openings``) is its report of the call even
    # when both add the agenda ("spoke with Putin about Ukraine and the sanctions" / "in
    # line with a previous agreement, Putin had a telephone conversation with Obama").
    if not (openings or _meeting_only(a, fa) or _meeting_only(b, fb)):
        return None
    shared = _shared_names(_party_words(a, fa), _party_words(b, fb))
    titles = leader_titles(a) & leader_titles(b)
    if openings and len(shared) < _MEETING_NAMES and len(titles) >= _MEETING_NAMES:
        # Each government names its own leader by title alone ("The Prime Minister spoke to
        # the President"): between the two openings, two titles both give ("president",
        # "prime minister") are the two parties. (One title both give, "President Putin's
        # announcement" / "President Obama", may be two people.)
        shared |= titles
    if len(shared) < _MEETING_NAMES:
        return None
    shown = ", ".join(sorted(shared)[:3])
    # Each account's opening report of the call is the call itself, whatever purpose either
    # adds ("to convey his condolences on ..."): the purpose is a point of its own, linked
    # on its item; the two reports of the call agree (the dev gold's reading of readout
    # openings; on the tuning readouts it turns three such links from partial to converge,
    # none the other way). Elsewhere the words decide.
    relation = Relation.CONVERGE if openings else None
    return Signal(
        "meeting", _CALL_SCORE, f"both accounts report the call or meeting ({shown})", relation
    )


@cache
def _leader_title_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_alternation('leader_titles')})\b")


def leader_titles(claim: Claim) -> frozenset[str]:
    """The leaders' titles a claim names in its words, cue or speaker's mention ("the
    Prime Minister", "President"), lower-cased and single-spaced."""
    parts = [said_text(claim)]
    parts += [x.text for x in (claim.cue, claim.mention) if x is not None]
    found = _leader_title_pattern().findall(" ".join(parts))
    return frozenset(" ".join(t.lower().split()) for t in found)


def restated_call_signal(restated: Claim, opening: Claim, other: Claim) -> Signal | None:
    """An account that reports its call twice at its head (a page's summary line, "A spoke
    with B.", then its first paragraph, "A spoke to B this afternoon following ..."): the
    second report, ``restated``, answers the other account's opening ``other`` as its own
    ``opening`` does (the caller has checked that those two openings report one call) when
    it names a party of its own opening. One name is enough here: a title ("the Prime
    Minister") names no one, and the account has already said who spoke."""
    fr = restated.facets
    if fr is None or fr.negated or fr.quantities or restated.doc_id == other.doc_id:
        return None
    if not _names_meeting(restated, fr) or opening.facets is None:
        return None
    # the same word for the call ("spoke with" / "spoke to"): "discussed", "welcomed" or
    # "during their meeting in June" after it is a point of the call or another meeting
    if not _meeting_verbs(restated, fr) & _meeting_verbs(opening, opening.facets):
        return None
    shared = _shared_names(_party_words(restated, fr), _party_words(opening, opening.facets))
    if not shared:
        return None
    shown = ", ".join(sorted(shared)[:3])
    # the call itself, whatever time or occasion the restating line adds ("this afternoon
    # following the attacks"): the readouts' report of the call agrees (the dev gold's
    # reading of every pair of readout openings)
    return Signal(
        "meeting",
        _CALL_SCORE,
        f"both accounts report the call or meeting ({shown}, restated)",
        Relation.CONVERGE,
    )


def _meeting_verbs(claim: Claim, facets: ClaimFacets) -> frozenset[str]:
    """The stems of the words that name the claim's meeting ("spoke", "conversation")."""
    words = [w for e, w in zip(facets.events, facets.event_words, strict=False) if e == "meeting"]
    if _meeting_cue(claim) and claim.cue is not None:
        words.append(claim.cue.text.split()[0])
    return frozenset(stem(w.lower()) for w in words)


def meeting_claims(claims: Sequence[Claim]) -> list[int]:
    """The claims that report a meeting (in their words or cue): the candidates of
    ``call_signal``."""
    return [i for i, c in enumerate(claims) if c.facets is not None and _names_meeting(c, c.facets)]
