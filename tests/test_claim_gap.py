"""A rebuttal inside the first speaker's sentence ("N - a figure Y said was inflated") splits
into a second claim whose claim noun points back to the first (clauses.claim_gap)."""

from __future__ import annotations

import pytest

from attribcmp.attribute import attribute_claims
from attribcmp.model import Document
from attribcmp.sides import nationality


def _claims(text: str) -> list[tuple[str, list[str]]]:
    claims, speakers = attribute_claims([Document("t", text)], None, nationality=nationality)
    names = {s.id: s.name for s in speakers}
    return [(names[c.speaker_id], [text[s:e] for s, e in c.parts]) for c in claims]


# (text, the first speaker's content, the second claim's parts)
CASES = [
    pytest.param(
        "The ministry said 900 people had fled - a figure aid workers said was far too low.",
        ["900 people had fled"],
        ["a figure", "was far too low"],
        id="dash-figure-said-was",
    ),
    pytest.param(
        "The league said attendance reached 40,000 \u2013 a number the club and its fans said "
        "was inflated by free tickets.",
        ["attendance reached 40,000"],
        ["a number", "was inflated by free tickets"],
        id="en-dash-joined-subjects",
    ),
    pytest.param(
        "The mayor said crime fell by half, a claim that the police union says is false.",
        ["crime fell by half"],
        ["a claim", "is false"],
        id="comma-claim-that-says-is",
    ),
    pytest.param(
        "The agency said 300 homes were lost, a figure the engineers dispute.",
        ["300 homes were lost"],
        ["a figure"],
        id="gap-without-predicate-unchanged",
    ),
    # negative row: a second clause with its own subject is no gap
    pytest.param(
        "The ministry said 900 people had fled, and aid workers said the figure was too low.",
        ["900 people had fled"],
        ["the figure was too low"],
        id="neg-own-subject-clause",
    ),
]


@pytest.mark.parametrize(("text", "first", "second"), CASES)
def test_claim_gap_splits(text: str, first: list[str], second: list[str]) -> None:
    found = _claims(text)
    assert [parts for _, parts in found] == [first, second], found
