"""A reply declining to answer is set beside the other side's claims just before it, as
partial, with the words that decline (no_comment.py). The sentences are made up, in the shape
of a ministry's replies to press stories."""

from __future__ import annotations

import pytest

from attribcmp.links import link_claims
from attribcmp.model import Document, Relation, Side
from attribcmp.no_comment import declines_comment
from attribcmp.textfeatures import load_concepts
from tests.faceted import faceted_claim

_STORY = "The Courier reports that the harbour authority ignored an order to close the pier. "


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        ("An inquiry is under way and it would not be appropriate to comment at this stage",
         "appropriate to comment"),
        ("the authority declined to comment on the report", "declined to comment"),
        ("We will not comment further while the case is before the court", "not comment"),
        # a reply telling an event of its own makes a point, linked by its words
        ("it would not comment, but the pier was closed on Friday", ""),
        # no refusal to answer at all
        ("the pier will reopen after the repairs", ""),
    ],
)  # fmt: skip
def test_declines_comment(reply: str, words: str) -> None:
    doc = _STORY + f"A spokesperson said {reply}."
    assert declines_comment(faceted_claim(doc, "c2", "authority", reply)) == words


@pytest.mark.parametrize(
    ("between", "linked"),
    [
        # the story just before, its "response below" line between: answered, as partial
        ("The authority's response can be found below.\n\nA spokesperson said:\n\n", True),
        # several paragraphs on, the refusal answers something else
        ("Other news.\n\nMore news.\n\nStill more news.\n\nA spokesperson said:\n\n", False),
    ],
)
def test_a_refusal_to_comment_answers_the_story_before_it(between: str, linked: bool) -> None:
    reply = "An inquiry is under way and it would not be appropriate to comment at this stage."
    doc = _STORY + "\n\n" + between + reply
    told = "that the harbour authority ignored an order to close the pier"
    claims = (
        faceted_claim(doc, "c1", "press", told, cue="reports"),
        faceted_claim(doc, "c2", "authority", reply),
    )
    sides = (Side("authority", "Authority"), Side("press", "Press"))
    links = link_claims(
        claims, documents=(Document("d", doc),), sides=sides, concepts=load_concepts()
    )
    declined = [k for k in links if any(r.startswith("declines to answer") for r in k.reasons)]
    assert bool(declined) is linked
    for k in declined:
        assert k.relation is Relation.PARTIAL
        assert any("appropriate to comment" in r for r in k.reasons)
