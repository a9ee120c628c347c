"""Labelled rebuttal posts: "Claim – C" / "Response – R" (or "Myth:" / "Fact:") paragraphs.

A government "media rebuttal" blog lays out the story it answers and its answer as labelled
paragraphs with no reporting verb. The label's paragraph is a claim whose speaker is the label
itself ("Claim", "Response"), standing for the account answered and the post's own voice; the
unlabelled paragraphs after a label continue it, up to the next label or a heading line.

A fronted count is a label of the same kind: "By the official count, C" credits C to the count
(or to its possessor: "By the army's tally, C"), with no reporting verb either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from attribcmp.attribute.cues import Token
from attribcmp.attribute.draft import Draft, span_of
from attribcmp.attribute.lead_in import STATEMENT_VOICES
from attribcmp.attribute.mentions import MentionInfo
from attribcmp.attribute.speaker_words import PREPOSITIONS
from attribcmp.attribute.speakers import Resolver
from attribcmp.data import table_words
from attribcmp.model import Document, Sentence, SpeakerKind, TextSpan

# A label is a word of labels.yaml, then one of these before the content.
_SEPARATORS = frozenset(("–", "—", "―", "-", "--", ":"))

# A labelled answer rarely runs past this many paragraphs before the post moves on (bounded,
# so a trailing paragraph of the blog's own news is not swept in).
LABEL_PARAGRAPHS = 4

# A heading names the answered party in a few capitalised words ("the Sunday Times Insight").
_NAME_WORDS = 5


@dataclass(slots=True)
class LabelRun:
    """The open label: its speaker's draft (the first claim) and the paragraphs it has run."""

    lead: Draft
    paragraph: int
    paragraphs: int = 1


def post_voice(drafts: Sequence[Draft]) -> Draft | None:
    """The latest claim by an institution's voice ("A Government spokesman", "the ministry"):
    the one a labelled answer in the same post speaks for."""
    return next(
        (
            d
            for d in reversed(drafts)
            if d.mention is not None
            and not STATEMENT_VOICES.isdisjoint(d.mention.text.lower().split())
        ),
        None,
    )


def claimant(text: str, tokens: Sequence[Token]) -> TextSpan | None:
    """'On the Sunday Times claims:', 'The Daily Post's allegations:': a line ending in a
    colon after a claim word names whose claims the labels below answer (the capitalised
    words before the claim word)."""
    n = len(tokens)
    if (
        n < 3
        or tokens[-1].text != ":"
        or tokens[-2].lower not in table_words("labels.yaml", "claim")
    ):
        return None
    last = n - 3
    if tokens[last].lower in ("'s", "’s"):
        last -= 1
    first = last
    while first > 0 and last - first < _NAME_WORDS and tokens[first - 1].text[:1].isupper():
        first -= 1
    if first > last or not tokens[first].text[:1].isupper() or first == 0 and last == 0:
        return None
    if tokens[first].lower in ("on", "re", "about"):
        first += 1
    return span_of(text, tokens, first, last) if first <= last else None


def label_claim(
    doc: Document,
    sent: Sentence,
    si: int,
    tokens: Sequence[Token],
    resolver: Resolver,
    named: TextSpan | None = None,
    recent: Sequence[Draft] = (),
) -> Draft | None:
    """'Claim – C': a paragraph-opening label and its separator; the claim is the rest of
        the sentence, spoken by the label, or for an answered claim by the party a heading
        named (``named``, from ``claimant``); an answer by the post's own voice, the institution's
    spokesperson quoted before it (``post_voice`` of the ``recent`` drafts), when there is one.
    (The voice is looked for only once a label is found: a text of one-line paragraphs would
    scan the recent drafts on every line.)"""
    if len(tokens) < 4 or tokens[1].text not in _SEPARATORS:
        return None
    word = tokens[0].lower
    claimed = word in table_words("labels.yaml", "claim")
    if not claimed and word not in table_words("labels.yaml", "response"):
        return None
    if not tokens[0].text[:1].isupper():
        return None
    label = span_of(doc.text, tokens, 0, 0)
    if claimed and named is not None:
        label = named
    info = MentionInfo(label, SpeakerKind.ORGANISATION, label.text, False)
    entity, how = resolver.resolve(info, doc.id, si)
    voice = None if claimed else post_voice(recent)
    if voice is not None:
        entity, how = voice.entity, "the post's voice, quoted before the label"
    return Draft(
        doc.id,
        entity,
        sent.paragraph,
        [(tokens[2].start, sent.end)],
        label,
        span_of(doc.text, tokens, 1, 1),
        f"labelled: '{tokens[0].text} {tokens[1].text}' paragraph",
        how,
        False,
    )


def continue_label(run: LabelRun, sent: Sentence, text: str) -> Draft | None:
    """A sentence of the open label's paragraphs with no claim of its own: the label's too.
    The run closes (None) at a heading line (no closing full stop) or a colon lead-in."""
    line = sent.text.rstrip()
    if not line.endswith((".", "!", "?", "”", "’", '"', "'")) or line.endswith(":"):
        return None
    if sent.paragraph != run.paragraph:
        if run.paragraphs >= LABEL_PARAGRAPHS:
            return None
        run.paragraph, run.paragraphs = sent.paragraph, run.paragraphs + 1
    lead = run.lead
    return Draft(
        lead.doc_id,
        lead.entity,
        sent.paragraph,
        [(sent.start, sent.end)],
        lead.mention,
        lead.cue,
        "labelled: a sentence after the label",
        lead.resolution,
        False,
    )


# The counting source is a short noun phrase before the comma ("the electoral commission's
# official count").
_MAX_COUNT_SOURCE = 7
_OWNS = ("'s", "’s")


def count_claim(
    doc: Document, sent: Sentence, si: int, tokens: Sequence[Token], resolver: Resolver
) -> Draft | None:
    """'By the official count, C' / 'By the army's tally, C': the clause after the comma is
    the count's (or its possessor's) claim."""
    n = len(tokens)
    if n < 6 or tokens[0].lower != "by":
        return None
    comma = next(
        (k for k in range(2, min(n - 3, _MAX_COUNT_SOURCE + 2)) if tokens[k].text == ","), None
    )
    if comma is None or tokens[comma - 1].lower not in table_words("labels.yaml", "count_nouns"):
        return None
    if any(t.lower in PREPOSITIONS for t in tokens[1 : comma - 1]):
        return None  # "By the end of the count, ...": a time, the count not the head
    owner = next((k for k in range(1, comma - 1) if tokens[k].lower.endswith(_OWNS)), None)
    if owner is None:
        source = span_of(doc.text, tokens, 1, comma - 1)
    else:  # "By the army's tally": the army counted
        start, end = tokens[1].start, tokens[owner].end
        end -= 2  # the possessive ending is no part of the name
        source = TextSpan(doc.text[start:end], start, end)
    kind = SpeakerKind.DOCUMENT if owner is None else SpeakerKind.ORGANISATION
    entity, how = resolver.resolve(MentionInfo(source, kind, "", False), doc.id, si)
    return Draft(
        doc.id,
        entity,
        sent.paragraph,
        [(tokens[comma + 1].start, sent.end)],
        source,
        span_of(doc.text, tokens, 0, 0),
        f"by_count: 'By {source.text}' frames the figure",
        how,
        False,
    )
