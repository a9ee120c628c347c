"""Stance objects: one-word positions, votes, what is expected, a time after a short object.

Issue 7.

Wording is made up in the shape of PolNeAR's political news; each positive has a negative
beside it that the fix must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    # A single lower-case noun after a verb of support or attack is the position taken.
    pytest.param(
        "Ann Roe supports deportation.",
        [("Ann Roe", "supports", ["deportation"])],
        id="one-word-policy-object",
    ),
    pytest.param(
        "A majority of Republicans opposed abortion.",
        [("A majority of Republicans", "opposed", ["abortion"])],
        id="poll-share-one-word-object",
    ),
    pytest.param("Ann Roe supports it.", [], id="neg-pronoun-object"),
    pytest.param("The mayors opposed both.", [], id="neg-quantifier-object"),
    # "vote for" is a stance on the candidate or bill voted for.
    pytest.param(
        "Among Democrats, 56 percent would vote for Ortiz.",
        [("56 percent", "vote for", ["Ortiz"])],
        id="poll-share-vote-for",
    ),
    pytest.param(
        "Omar Tariq voted for the farm bill.",
        [("Omar Tariq", "voted for", ["the farm bill"])],
        id="voted-for-object",
    ),
    pytest.param("A vote for Ortiz is a vote for change.", [], id="neg-vote-as-noun"),
    # "N in 10" is a poll's share for a stance or belief verb too, as it was for "say".
    pytest.param(
        "Six in 10 support the plan.",
        [("Six in 10", "support", ["the plan"])],
        id="n-in-10-share-stance",
    ),
    pytest.param("The plan ranked 4 in 10 support lists.", [], id="neg-n-in-10-mid-clause"),
    pytest.param(
        "About 4 in 10 want a candidate with experience.",
        [("About 4 in 10", "want", ["a candidate with experience"])],
        id="about-n-in-10-is-one-phrase",
    ),
    pytest.param(
        "Officials in Kabul said the army won.",
        [("Officials in Kabul", "said", ["the army won"])],
        id="neg-in-a-place-after-a-noun",
    ),
    # A second share's report after "and" is the next group's, not part of the first content.
    pytest.param(
        "Nearly half said they prefer an outsider and more than 4 in 10 said Ortiz would win.",
        [
            ("Nearly half", "said", ["they prefer an outsider"]),
            ("more than 4 in 10", "said", ["Ortiz would win"]),
        ],
        id="second-share-report-after-and",
    ),
    pytest.param(
        "Ann Roe said the mill will close and workers said nothing.",
        [("Ann Roe", "said", ["the mill will close and workers said nothing"])],
        id="neg-lower-case-plural-after-and-runs-on",
    ),
    # A time after a short object dates the cue; after "said" it is part of the clause.
    pytest.param(
        "Ann Roe rejected the offer Tuesday.",
        [("Ann Roe", "rejected", ["the offer"])],
        id="bare-weekday-after-short-object",
    ),
    pytest.param(
        "Ann Roe endorsed the bill on Monday night.",
        [("Ann Roe", "endorsed", ["the bill"])],
        id="weekday-and-part-of-day",
    ),
    # "X is expected to ...": the whole clause is what is expected, its subject included.
    pytest.param(
        "Ortiz is expected to win the primary.",
        [("Ortiz", "is expected", ["Ortiz is expected to win the primary"])],
        id="expected-whole-clause",
    ),
    pytest.param(
        "Ann Roe said Ortiz is expected to win.",
        [("Ann Roe", "said", ["Ortiz is expected to win"])],
        id="neg-expected-inside-report",
    ),
    pytest.param(
        "Ann Roe said the vote happens Tuesday.",
        [("Ann Roe", "said", ["the vote happens Tuesday"])],
        id="neg-weekday-inside-said-clause",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_stance_object_cases(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected
