"""Negated status: one side knows of no such thing, the other says it happened.

"The army said it received no reports of fighting" answers "rebels said government forces
attacked their positions", though the two share no word but the kind of event; "the ministry
has received no notice that the deal was cancelled" answers "the deal, which we have
cancelled". A known-nothing statement ("no reports of", "no notice that", "had not heard of
any", "have not verified") is read with a small lexicon (``data/status.yaml``), and the words
after it give the events it knows nothing of; another side's claim asserting one of those
events in the same article is what it answers (the best-matching few). "Have not verified
that." points at what was just said: the other side's claim just before. A side rejecting
what another put out ("rejecting the results") answers the claim that opens with it ("the
results show ..."). Each link is a diverge with the two sides' words in its reason.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from attribcmp.data import load_table, table_words
from attribcmp.discourse import tells_future
from attribcmp.evidence import Signal
from attribcmp.facet_lexicon import load_tables, tokens
from attribcmp.link_rules import affinity
from attribcmp.model import Claim, Relation
from attribcmp.signals import head_words
from attribcmp.textfeatures import said_text

__all__ = ["Unknown", "read_unknown", "status_links"]

# Each statement answers at most this many claims, best-matching first: "no reports of
# fighting" does not answer every claim of fighting in a war story.
_TARGETS = 2
# Claims farther apart than this (in claims) are not tried: a long article with thousands of
# claims stays linear (links.py's other answer steps look as far).
_WINDOW = 40
# A claim is answered by at most this many known-nothing statements.
_ANSWERS = 2
# As strong as an accused side's denial (accused._SCORE): the tie is the event, not the words.
_SCORE = 78.0
# "have not verified that." points at a claim at most this many claims before it.
_POINTING_REACH = 3
# Events too general to tie two claims: every statement reports or accuses something.
_LOOSE = frozenset({"accusation", "denial", "meeting"})
_NEGATIONS = frozenset({"not", "never", "n't", "no"})
_POINTING = frozenset({"that", "this", "it", "so"})
# "not any reports" (a verb between, "not receiving reports", tied the wrong claims on dev).
_HAVE = frozenset({"any"})


@dataclass(frozen=True, slots=True)
class Unknown:
    """A claim's statement that its side knows nothing of something.

    Attributes:
        words: the statement as written ("received no reports of fighting" -> "no reports").
        events: the event classes of what it knows nothing of ("attack").
        pointing: it points at what was just said ("have not verified that.").
        rejected: the thing rejected ("results"), for a rejection; "" otherwise.
    """

    words: str
    events: frozenset[str]
    pointing: bool = False
    rejected: str = ""


def _lexicon() -> dict[str, Any]:
    return load_table("status.yaml")


def _words(key: str) -> frozenset[str]:
    return table_words("status.yaml", key)


def _events_in(words: Sequence[str]) -> frozenset[str]:
    """The event classes the words name ("of fighting" -> attack)."""
    tables = load_tables()
    toks = tokens(" ".join(words))
    found: set[str] = set()
    for k, tok in enumerate(toks):
        for n in (3, 2):
            cls = tables.event_multi.get(tuple(t.stem for t in toks[k : k + n]))
            if cls:
                found.add(cls)
        cls = tables.events.get((tok.stem,))
        if cls:
            found.add(cls)
            found.update(tables.event_more.get((tok.stem,), ()))
        # "no reports of casualties" knows of no dead either: casualties are both
        found.update(_lexicon()["also_events"].get(tok.lower, ()))
    return frozenset(found - _LOOSE)


def _clause(words: Sequence[str], start: int) -> list[str]:
    """The head noun phrase from ``start`` (after the noun, its "of" or "that"): the words up
    to a clause stop (``data/status.yaml``), at most ``object_words`` of them. "no reports of
    casualties in the attack" knows nothing of casualties, not of the attack."""
    out: list[str] = []
    stops, changes = _words("clause_stops"), _words("change_stops")
    for w in words[start : start + int(_lexicon()["object_words"])]:
        if w in changes:
            return []  # "no sign that the fighting was easing" says it goes on
        if w in stops:
            break
        out.append(w)
    return out


# "U.S." is one word, not a clause's end
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[\w']+|[,;.:]")


def read_unknown(claim: Claim) -> Unknown | None:
    """The claim's known-nothing statement or rejection, or None."""
    words = [w.lower().replace("’", "'") for w in _TOKEN.findall(said_text(claim))]
    nouns, between = _words("unknown_nouns"), _words("between")
    verbs, verb_between = _words("unknown_verbs"), _words("verb_between")
    for k, w in enumerate(words):
        if w == "no" or (w in _NEGATIONS and k + 1 < len(words) and words[k + 1] in _HAVE):
            # "no reports of", "not any reports"
            m = k + 1 + (w != "no")
            while m < len(words) and words[m] in between:
                m += 1
            if m < len(words) and words[m] in nouns:
                rest = _clause(words, m + 1)
                events = _events_in(rest)
                if events:
                    return Unknown(" ".join(words[k : m + 1]), events)
        if w in _NEGATIONS or w.endswith("n't"):
            m = k + 1
            while m < len(words) and words[m] in verb_between:
                m += 1
            if m < len(words) and words[m] in verbs:
                said = " ".join(words[k : m + 1])
                rest = _clause(words, m + 1)
                if rest[:1] == ["such"] or rest[:2] == ["anything", "like"]:
                    continue  # "had not seen such violence" says the violence happened
                if len(rest) == 1 and rest[0] in _POINTING and words[m] in _words("pointing_verbs"):
                    return Unknown(said, frozenset(), pointing=True)
                events = _events_in(rest)
                if events:
                    return Unknown(said, events)
        if w in _words("rejections") and not _rejection_undone(words, k):
            for n in range(k + 1, min(k + 4, len(words))):
                if words[n] in _words("rejected_objects"):
                    return Unknown(" ".join(words[k : n + 1]), frozenset(), rejected=words[n])
    return None


# How many words before a rejection verb a negation may stand ("would not dispute the results").
_REJECTION_NEGATION_REACH = 3


def _rejection_undone(words: Sequence[str], k: int) -> bool:
    """The rejection word at k rejects nothing: it is negated ("never disputed the figures")
    or a noun after an article ("the dispute over the results")."""
    before = words[max(0, k - _REJECTION_NEGATION_REACH) : k]
    if any(w in _NEGATIONS or w.endswith("n't") for w in before):
        return True
    return k > 0 and words[k - 1] in {"the", "a", "an", "this", "that", "their", "its"}


def _asserts(claim: Claim) -> bool:
    """The claim says something happened: not negated, no denial, no known-nothing, and not
    what will happen ("it will release a video of the killing" says nothing happened)."""
    f = claim.facets
    return (
        f is not None
        and not f.negated
        and not f.denial
        and not f.hedged
        and not tells_future(claim)
    )


def _opens_with(claim: Claim, noun: str, before: str) -> bool:
    """The claim's first words, or the few just before it in its sentence, hold the noun
    ("the results show that the ruling party won": the noun opens the report)."""
    first = [w.lower() for w in re.findall(r"[\w']+", said_text(claim))[:4]]
    lead = re.split(r"[.;:!?]", before)[-1]
    return noun in first or noun in [w.lower() for w in re.findall(r"[\w']+", lead)[-3:]]


# How many characters before a claim its opening words are looked for in.
_LEAD_CHARS = 40


def status_links(
    claims: Sequence[Claim], texts: Mapping[str, str], labels: Sequence[str], score: Any
) -> list[tuple[int, int, Signal]]:
    """(statement, claim answered, signal) for each known-nothing statement or rejection and
    the other sides' claims it answers.

    Args:
        claims: the claims, with sides and facets, in article order.
        texts: document id -> text, for the words just before a claim.
        labels: each claim's side name, for reasons.
        score: ``score(i, j)``: the two claims' word overlap (0-100).
    """
    out: list[tuple[int, int, Signal]] = []
    answered: dict[int, int] = {}
    for i, claim in enumerate(claims):
        unknown = read_unknown(claim)
        if unknown is None:
            continue
        window = range(max(0, i - _WINDOW), min(len(claims), i + _WINDOW + 1))
        targets = [
            j
            for j in window
            for other in (claims[j],)
            # it answers what the article told before it (a later claim is a new point); a
            # rejection names what it rejects, wherever that is told
            if (j < i or (unknown.rejected and j != i))
            and other.doc_id == claim.doc_id
            and (other.side or "") != (claim.side or "")
            and _answers(unknown, i, j, other, _before(other, texts))
        ]
        ranked = sorted(
            targets, key=lambda j: (-affinity(claim, claims[j], score(i, j)), abs(i - j), j)
        )
        if unknown.pointing:
            ranked = sorted(targets, key=lambda j: i - j)
        # "have not verified that." points at one claim: the nearest before it
        for j in ranked[: 1 if unknown.pointing else _TARGETS]:
            if answered.get(j, 0) >= _ANSWERS:
                continue
            answered[j] = answered.get(j, 0) + 1
            out.append((i, j, _signal(claim, claims[j], unknown, labels[i], labels[j])))
    return out


def _before(claim: Claim, texts: Mapping[str, str]) -> str:
    start = claim.content.start
    return texts.get(claim.doc_id, "")[max(0, start - _LEAD_CHARS) : start]


def _answers(unknown: Unknown, i: int, j: int, other: Claim, before: str) -> bool:
    """Whether the statement (claim i) may answer claim j."""
    if not _asserts(other):
        return False
    if unknown.pointing:
        # "have not verified that.": the other side's claim just before
        return 0 < i - j <= _POINTING_REACH
    if unknown.rejected:
        return _opens_with(other, unknown.rejected, before)
    events = set(other.facets.events if other.facets else ())
    return bool(unknown.events & events)


def _signal(claim: Claim, other: Claim, unknown: Unknown, label: str, label_o: str) -> Signal:
    told = head_words(said_text(other), 8)
    kind = "rejection" if unknown.rejected else "status"
    reason = (
        f"{kind}: '{unknown.words}' ({label}) answers '{told}' ({label_o})"
        if unknown.rejected
        else f"{kind}: '{unknown.words}' ({label}) vs '{told}' ({label_o}) says it happened"
    )
    headline = f"{kind.capitalize()}: '{unknown.words}' ({label}) vs '{told}' ({label_o})"
    # named "denial": the link model reads signal names as features, and a known-nothing
    # statement weighs as a denial does (link_verdict.SIGNAL_NAMES)
    return Signal(
        "denial",
        _SCORE,
        reason,
        Relation.DIVERGE,
        ((claim.id, (unknown.words,)), (other.id, ())),
        headline,
    )
