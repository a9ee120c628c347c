"""Speakers in government readouts (attribute/__init__.py): a headline's event noun is no
part of the name it follows. The sentences are made up, in the shape of real readouts."""

from __future__ import annotations

import pytest

from attribcmp.attribute import attribute_claims
from attribcmp.model import Document


@pytest.mark.parametrize(
    "headline",
    [
        "Readout of President Anna Kovac Call with Prime Minister Lars Berg",
        "Readout of President Kovac's Meeting with Prime Minister Lars Berg",
        "Readout of President Anna Kovac's Telephone Conversation with Prime Minister Berg",
        "Readout of President Kovac's Virtual Meeting with Prime Minister Berg",
        "President Anna Kovac Meets with Prime Minister Berg via Video Link",
    ],
)
def test_headline_event_is_no_part_of_the_name(headline: str) -> None:
    text = f"{headline}\n\nPresident Kovac underscored that fishing quotas must be respected."
    claims, speakers = attribute_claims([Document("us", text, issuer="us")])
    names = {s.id: s.name for s in speakers}
    (claim,) = [c for c in claims if "quotas" in c.content.text]
    name = names[claim.speaker_id]
    assert "Kovac" in name
    assert not {"Call", "Meeting", "Conversation", "Virtual", "Meets"} & set(
        name.replace("'s", "").split()
    )


@pytest.mark.parametrize(
    "headline",
    [
        "Readout of the President's Video Conference with Prime Minister Lars Berg",
        "Readout of the President's Working Lunch with Prime Minister Lars Berg",
        "Statement on the Prime Minister's Bilateral Talks with President Berg",
    ],
)
def test_a_title_holders_thing_is_no_name(headline: str) -> None:
    # "the President's Video Conference" is a thing of the President's, not a President named
    # "Video Conference": a later "The President" is the issuer's word, not that name
    text = f"{headline}\n\nThe President noted that fishing quotas must be respected."
    claims, speakers = attribute_claims([Document("us", text, issuer="us")])
    names = {s.id: s.name for s in speakers}
    (claim,) = [c for c in claims if "quotas" in c.content.text]
    name = names[claim.speaker_id]
    assert not {"Video", "Conference", "Working", "Lunch", "Bilateral"} & set(name.split())
