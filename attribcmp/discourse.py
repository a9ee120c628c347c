"""Where claims stand in their articles and what the article says between them: each
claim's document, sentence and paragraph; the text between two attributions and the second
one's lead-in (where "but", "however" sit); and denials that point back at what the other
side just said ("These claims are not true")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from attribcmp.data import load_table, phrase_alternation
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Claim, Document
from attribcmp.segment import segment_sentences
from attribcmp.textfeatures import said_text

__all__ = [
    "DEICTIC_SENTENCES",
    "Where",
    "between_attributions",
    "deictic",
    "locate",
    "opens_clause",
    "points_at_account",
    "reports_something",
    "speaks_of_plan",
    "spells_out",
    "states_intent",
    "tells_future",
]

# How much of a claim's own opening is read for a contrast marker ("however, ...").
_HEAD_CHARS = 12


@dataclass(frozen=True, slots=True)
class Where:
    """Where a claim stands: its document and sentence number."""

    doc: str
    sentence: int
    sentence_start: int
    paragraph: int = 0


def locate(claims: Sequence[Claim], documents: Sequence[Document]) -> list[Where]:
    starts: dict[str, list[int]] = {}
    paragraphs: dict[str, list[int]] = {}
    for doc in documents:
        sentences = segment_sentences(doc)
        starts[doc.id] = [s.start for s in sentences]
        paragraphs[doc.id] = [s.paragraph for s in sentences]
    out = []
    for claim in claims:
        table = starts.get(claim.doc_id, [])
        k = max(bisect.bisect_right(table, claim.content.start) - 1, 0)
        paragraph = paragraphs[claim.doc_id][k] if table else 0
        out.append(Where(claim.doc_id, k, table[k] if table else 0, paragraph))
    return out


_SENTENCE_END = LazyPattern(r"[.!?][\"”’']*(?:\s|$)")


def between_attributions(doc: str, first: Claim, second: Claim, where: Where) -> tuple[str, str]:
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
    # The rest of the first claim's quotation is its speaker's ("..., but we stress it is
    # rumor," said the BBC.): a "but" there qualifies that claim, it answers no one.
    tail = _SENTENCE_END.search(between)
    own = between[: tail.end()] if tail else between
    quote_end = max(own.rfind("”"), own.rfind('"'))
    between = between[quote_end + 1 :] if quote_end >= 0 else between
    if lead_start < first.content.end:
        # Both in one sentence: the words between them carry the contrast.
        lead = doc[first.content.end : max(cue_end, first.content.end)]
    head = doc[second.content.start : second.content.start + _HEAD_CHARS]
    return between, lead + head


# "that" before a determiner, a subject or a figure opens a clause saying what is denied
# ("denied that any patient had died"): no pointer back at what was said.
# ... or a bare noun and an auxiliary ("denied that observers had been barred"), unless the
# noun is a word for a statement ("that claim was false" points back): pointed.yaml's nouns.
_STATEMENT_NOUNS = rf"(?:{phrase_alternation(load_table('pointed.yaml')['nouns'])})"
_CLAUSE_AFTER_THAT = (
    r"\s+(?:(?:the|a|an|any|some|no|all|its|their|his|her|our|we|they|he|she|it|there)\b|\d"
    rf"|(?!{_STATEMENT_NOUNS}\b)[^\W\d_]+\s+"
    r"(?:had|has|have|was|were|is|are|would|will|could|did|might|must|should)\b)"
)
_DEICTIC = LazyPattern(
    r"(?i)^\W*(?:(?:the|these|those|this|that|such|its|their|his|her|all|any)\s+)?"
    rf"(?:\w+\s+){{0,2}}?(?:{_STATEMENT_NOUNS}|this|that(?!{_CLAUSE_AFTER_THAT})|it|them)\b"
)
_THAT_CLAUSE = LazyPattern(rf"(?i)^\W*that{_CLAUSE_AFTER_THAT}")

# A deictic denial answers the other side's claims at most this many sentences before it.
DEICTIC_SENTENCES = 4
# Short enough to be about what was just said rather than a point of its own.
_DEICTIC_WORDS = 12


def reports_something(claim: Claim) -> bool:
    """The claim names an event or gives a figure: something a denial can deny."""
    facets = claim.facets
    return facets is None or bool(set(facets.events) - {"denial"} or facets.quantities)


# "will release a video of the killing", "plans to distribute aid to those who fled": the
# claim's verb is an intent, its events are what the intent is about. Not an intent: "is to
# blame", "will be punished", "will keep/continue killing" (a deed told, or one going on).
_INTENT = LazyPattern(
    r"(?i)\b(?:will|would|shall|plans?\s+to|planned\s+to|intends?\s+to|is\s+going\s+to|"
    r"are\s+going\s+to|hopes?\s+to|wants?\s+to|is\s+to|are\s+to)\s+"
    r"(?!have\b|not\b|never\b|blame\b|keep\b|continue\b|go\s+on\b|carry\s+on\b|"
    r"be\s+(?:\w+ed|\w+en|held|sent|paid|made|hit|put|brought|caught|shot|kept|told|sold|"
    r"built|led|cut|hurt|left|run)\b)"
)
# The intent opens the claim: it stands within this many words of the claim's start.
_INTENT_WORDS = 6
# ("would" is "will" told in reported speech: "said the ministry would review the footage".)
# Who announces its own plan: the speaker as a pronoun, or a body speaking of itself ("the
# agency", "the ministry"). An armed or accused party's plan told by others ("the militia
# is going to torch", "Iran wants to enrich", "troops will") is an accusation to deny.
_OWN_SUBJECT = LazyPattern(
    r"(?i)^\W*(?:that\W+)?(?:(?:today|now|tomorrow|soon|also|then|later|next\s+\w+|this\s+\w+|on\s+\w+)"
    r"\W+)?(?:i|we|it|he|she|"
    r"(?:the|its|our|his|her)\s+(?:[\w-]+\s+){0,2}?(?:agency|ministry|group|government|"
    r"company|firm|organi[sz]ation|office|department|commission|committee|team|council|"
    r"board|fund|programme|program|mission|charity|union|party|administration|"
    r"authority|authorities|spokesman|spokeswoman|minister|president|official|coalition))"
    r"(?:\s+(?:also|still|now|soon|then|first))?\s*$"
)
# A deed told beside the intent ("will be punished for beating 40", "going to torch the
# village after killing five men"): something to deny.
_DEED_BEFORE = r"(?i)\b(?:for|after|following|over)\s+(?:[\w-]+\s+){0,2}?"


def states_intent(claim: Claim) -> bool:
    """The speaker's side says what it will do itself, and its events come only after that
    ("it will distribute aid to 20,000 Somalis who fled", "she will meet officials"): it
    tells no deed that a denial could deny."""
    m = _intent_opening(claim)
    return m is not None and bool(_OWN_SUBJECT.match(said_text(claim)[: m.start()]))


def tells_future(claim: Claim) -> bool:
    """The claim opens on what will happen, whoever its subject ("Seoul will take
    counter-measures", "the trial will last two days") and tells no deed before or beside it:
    an account of a past act is not what it answers, nor what a denial of that act denies.
    ("Atlantis wants to enrich uranium" tells an aim held now: an accusation to deny.)"""
    m = _intent_opening(claim, _FORECAST)
    # "will be punished for beating 40 activists": a deed told beside it, whatever its word
    return m is not None and not _DEED_AFTER.search(said_text(claim), m.end())


_DEED_AFTER = LazyPattern(r"(?i)\b(?:for|after)\s+[a-z]+ing\b")


# What will happen, active or passive ("would be proclaimed the winner"), not an aim held now
# ("wants to"), nor "will not", "would have", nor a deed going on ("will keep killing").
_FORECAST = LazyPattern(
    r"(?i)\b(?:will|would|shall|is\s+going\s+to|are\s+going\s+to)\s+"
    r"(?!not\b|never\b|have\b|keep\b|continue\b|go\s+on\b|carry\s+on\b)"
)


def _intent_opening(claim: Claim, pattern: LazyPattern = _INTENT) -> re.Match[str] | None:
    """The intent the claim opens on ("will", "plans to"), where it tells no deed before it
    or beside it; else None."""
    text = said_text(claim)
    m = pattern.search(text)
    if m is None or len(text[: m.start()].split()) > _INTENT_WORDS:
        return None
    facets = claim.facets
    if facets is None:
        return m
    low = text.lower()
    words = [re.escape(w.lower()) for w in facets.event_words if w]
    # "the attack that killed 40 will be investigated": the deed is told before the intent
    if any(re.search(rf"\b{w}\b", low[: m.start()]) for w in words):
        return None
    if any(re.search(rf"{_DEED_BEFORE}{w}\b", low[m.end() :]) for w in words):
        return None
    return m


def speaks_of_plan(claim: Claim) -> bool:
    """The claim's words hold a plan or a future anywhere ("denied it plans to close the
    plant", "no visit will take place"): it may answer what another says will happen."""
    return _INTENT.search(said_text(claim)) is not None


def opens_clause(claim: Claim) -> bool:
    """The claim is a that-clause ("that any circular had been sent"): it says what it
    denies, where "that is nonsense" points back."""
    return bool(_THAT_CLAUSE.match(said_text(claim)))


def deictic(claim: Claim) -> bool:
    """A denial that points back at what the other side said ("These claims are not true",
    "There's no truth to this claim", cue "dismissed" + "the official assertions")."""
    text = said_text(claim)
    if len(text.split()) > _DEICTIC_WORDS or opens_clause(claim):
        # "denied that it had been warned": the clause says what is denied; its "it" is the
        # clause's subject, not a pointer back at the other side's claim
        return False
    return bool(
        _DEICTIC.search(text)
        or re.search(
            r"(?i)\b(?:this|these|that|those|the)\s+(?:claims?|reports?|assertions?|allegations?)\b",
            text,
        )
    )


# Words after a pointed-at statement that open what it said ("allegations that it is stealing
# gas", "reports of civilian deaths", "the report referencing the deaths of 1,500"). A clause
# ("that", "saying") always tells the content; "of", "over", "about" may name only whose or
# when ("the claims of the opposition", "accusations over the weekend").
_SPELLED_OUT = LazyPattern(
    r"(?i)\b(?:claims?|assertions?|reports?|allegations?|accusations?|charges?|statements?|"
    r"accounts?)\s+(?:(that|referencing|regarding|saying|claiming|alleging|suggesting)|"
    r"of|about|over)\b"
)
# Facet events that say only that something was claimed or denied, not what.
_SPEECH_EVENTS = frozenset({"denial", "accusation"})


# A statement noun and a clause right after it, its "that" left out ("claims the siege had
# ended"); not a relative clause of who put it out ("claims the ministry had made").
_SPELLED_CLAUSE = LazyPattern(
    r"(?i)\b(?:claims?|assertions?|reports?|allegations?|accusations?|charges?|statements?)"
    r"\s+(?:the|a|an|its|their|his|her|our)\s+[a-z-]+\s+(?:had|has|have|was|were|is|are)\s+"
    r"(?!made\b|issued\b|published\b|released\b|given\b|put\b|presented\b|aired\b|"
    r"reported\b|raised\b|leveled\b|levelled\b|brought\b|filed\b|repeated\b)"
)


def spells_out(claim: Claim) -> bool:
    """A denial pointing at a statement also says what the statement said ("denied
    allegations that it is stealing gas", "reports of civilian deaths"): it answers claims
    that say that, not whatever the other side said just before. After "of/about/over" the
    denial must itself carry an event or a figure ("the claims of the opposition" names
    only whose claims they are)."""
    m = _SPELLED_OUT.search(said_text(claim))
    if m is None:
        # "official claims the siege had ended": the clause follows the noun with no "that"
        return _SPELLED_CLAUSE.search(said_text(claim)) is not None
    if m.group(1):
        return True
    facets = claim.facets
    return facets is not None and bool(set(facets.events) - _SPEECH_EVENTS or facets.quantities)


# "the alleged incident", "the reported raid", "the incident": a thing known only from
# someone's account, which the article may tell before or after the denial of it.
_ACCOUNT_REFERENCE = LazyPattern(
    r"(?i)\b(?:the|this|that|an?|such)\s+(?:(?:alleged|reported|purported|supposed|claimed)"
    r"\s+[a-z]+|incident)\b"
)


def points_at_account(claim: Claim) -> bool:
    """The claim names what it answers as someone's account ("the alleged incident"): a
    denial of it answers the other side's account, told before or after it."""
    return bool(_ACCOUNT_REFERENCE.search(said_text(claim)))
