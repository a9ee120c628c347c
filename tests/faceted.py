"""A claim of one test document, with its facets, as the link stages see it."""

from __future__ import annotations

from attribcmp.facets import facet_claims
from attribcmp.model import Claim, ClaimKind, Document, TextSpan
from attribcmp.textfeatures import load_concepts


def faceted_claim(
    doc: str,
    cid: str,
    side: str,
    text: str,
    *,
    cue: str | None = "said",
    kind: ClaimKind = ClaimKind.INDIRECT,
) -> Claim:
    """Claim ``cid`` of document "d" (``doc``): ``text`` where it stands, said by "s-<side>"."""
    start = doc.find(text)
    assert start >= 0, text
    made = Claim(
        id=cid,
        doc_id="d",
        speaker_id="s-" + side,
        kind=kind,
        content=TextSpan(text, start, start + len(text)),
        parts=((start, start + len(text)),),
        cue=TextSpan(cue, 0, len(cue)) if cue else None,
        side=side,
    )
    return facet_claims((made,), (Document("d", doc),), concepts=load_concepts())[0]


def account_claim(cid: str, side: str, text: str) -> Claim:
    """Claim ``cid`` of an account of its own: document "d-<side>" (one document per side, as
    two governments' readouts), said by "s-<side>", with its facets."""
    made = Claim(
        id=cid,
        doc_id="d-" + side,
        speaker_id="s-" + side,
        kind=ClaimKind.INDIRECT,
        content=TextSpan(text, 0, len(text)),
        parts=((0, len(text)),),
        cue=TextSpan("said", 0, 4),
        side=side,
    )
    return facet_claims((made,), (), concepts=load_concepts())[0]
