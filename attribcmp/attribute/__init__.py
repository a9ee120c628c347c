"""Who said what: documents -> claims and the speakers who made them.

The stage runs per sentence (document.py): find the cues (cues.py), fit a frame around each
(frames.py, cue_claims.py), tie the speaker phrase to an entity (speakers.py), then add the
claims that carry no cue of their own: quotation sentences that continue the previous speaker,
and "Name: headline" lines.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace

from attribcmp.attribute.cues import (
    build_lexicon,
    default_lexicon,
)
from attribcmp.attribute.document import attribute_document
from attribcmp.attribute.merge import apply_aliases, body_aliases
from attribcmp.attribute.quotes import QuoteIndex
from attribcmp.attribute.speakers import Nationality, Resolver
from attribcmp.attribute.store import CutSpan, DraftStore, Packed
from attribcmp.model import (
    Claim,
    ClaimKind,
    Document,
    Profile,
    Speaker,
    SpeakerMention,
    TextSpan,
)

__all__ = ["attribute_claims"]


def attribute_claims(
    documents: Sequence[Document],
    profile: Profile | None = None,
    *,
    nationality: Nationality | None = None,
) -> tuple[tuple[Claim, ...], tuple[Speaker, ...]]:
    """Find every attributed claim in the documents.

    Args:
        documents: one article, or several accounts of one event (speakers merge across them).
        profile: extra cue words and speaker aliases.
        nationality: maps a phrase to the countries it names, to tie "the American official"
            to a U.S. name; sides.py provides one backed by the gazetteer.

    Returns:
        Claims in document then text order, with ids "c1".., and the speakers that made them.
        Claims have no side yet (``resolve_sides`` adds it).
    """
    profile = profile or Profile()
    lexicon = build_lexicon(profile.cues) if profile.cues else default_lexicon()
    resolver = Resolver(nationality) if nationality else Resolver()
    # Drafts are packed into the store as each pass leaves them behind (store.py): the drafts
    # of a 16 MB input are never all objects at once.
    drafts = DraftStore()
    quotes: dict[str, QuoteIndex] = {}
    for doc in documents:
        attribute_document(doc, lexicon, resolver, quotes, drafts)
    speakers, ids = resolver.speakers(drafts.entities())
    del resolver  # its entities are copied into the speakers: not held while claims freeze
    speakers, remap = apply_aliases(speakers, profile, body_aliases(speakers))
    texts = {doc.id: doc.text for doc in documents}
    speakers = tuple(_original_mentions(sp, texts) for sp in speakers)
    claims = tuple(_frozen(drafts, remap, ids, texts, quotes))
    return claims, speakers


def _frozen(
    drafts: DraftStore,
    remap: dict[str, str],
    ids: dict[int, str],
    texts: dict[str, str],
    quotes: dict[str, QuoteIndex],
) -> Iterator[Claim]:
    """The drafts frozen in order, the store emptied as it goes (drafts and claims of a 16 MB
    input are never all held at once)."""
    for n, d in enumerate(drafts.drain(), 1):
        yield _freeze(n, d, remap[ids[d.entity]], texts[d.doc_id], quotes[d.doc_id])


def _freeze(n: int, d: Packed, speaker_id: str, text: str, quotes: QuoteIndex) -> Claim:
    parts = d.parts  # sorted when packed
    start, end = parts[0][0], parts[-1][1]
    kind = ClaimKind.ACCORDING_TO if d.according else _kind(parts, quotes, text)
    return Claim(
        id=f"c{n}",
        doc_id=d.doc_id,
        speaker_id=speaker_id,
        kind=kind,
        content=CutSpan.of(text, start, end),
        parts=parts,
        mention=_original(d.mention, text),
        cue=None if d.cue is None else _cut(text, *d.cue),
        rule=d.rule,
        resolution=d.resolution,
        reported_speaker=d.reported,
        hedged=d.hedged,
    )


def _original_mentions(speaker: Speaker, texts: dict[str, str]) -> Speaker:
    mentions = tuple(
        SpeakerMention(m.doc_id, _original(m.span, texts[m.doc_id]) or m.span)
        for m in speaker.mentions
    )
    return replace(speaker, mentions=mentions) if mentions != speaker.mentions else speaker


def _original(span: TextSpan | None, text: str) -> TextSpan | None:
    """A span cut again from the original text (rules saw it with markup blanked out)."""
    if span is None or text[span.start : span.end] == span.text:
        return span
    return TextSpan(text[span.start : span.end], span.start, span.end)


def _cut(text: str, start: int, end: int) -> TextSpan:
    """The span of the original text; cue words repeat ("said"): one string each."""
    return TextSpan(sys.intern(text[start:end]), start, end)


def _kind(parts: tuple[tuple[int, int], ...], quotes: QuoteIndex, text: str) -> ClaimKind:
    """direct if every word of the content is inside quotation marks, mixed if some are."""
    inside = sum(
        sum(map(str.isalnum, text[max(s, qs) : min(e, qe)]))
        for s, e in parts
        for qs, qe in quotes.spans(s, e)
    )
    if not inside:
        return ClaimKind.INDIRECT  # no quoted word: the content's own words need no count
    outside = sum(sum(map(str.isalnum, text[s:e])) for s, e in parts) - inside
    if inside and not outside:
        return ClaimKind.DIRECT
    if inside and inside >= 12:  # a quoted phrase, not a single scare-quoted word
        return ClaimKind.MIXED
    if inside and outside:
        return ClaimKind.MIXED
    return ClaimKind.INDIRECT
