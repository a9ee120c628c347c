"""A report in a sentence's opening subordinate clause ends where the clause does
(attribute/subordinate.py). Wording is made up; each positive has a negative beside it."""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    pytest.param(
        "While Ann Roe said the plan works, the council voted it down.",
        [("Ann Roe", "said", ["the plan works"])],
        id="while-clause-ends-at-its-comma",
    ),
    pytest.param(
        "When Tom Lee argued that rates must rise, the market fell sharply.",
        [("Tom Lee", "argued", ["that rates must rise"])],
        id="when-clause-that-content",
    ),
    pytest.param(
        "Even as the unions vowed to keep striking, the talks resumed on Monday.",
        [("the unions", "vowed", ["to keep striking"])],
        id="lead-word-before-subordinator",
    ),
    pytest.param(
        "While Ann Roe said she backed Lee, Kim and Park, the council voted.",
        [("Ann Roe", "said", ["she backed Lee, Kim and Park"])],
        id="list-comma-is-not-the-clause-end",
    ),
    # Negatives: the clause closed before the speaker, a parenthetical "As X reported," and no
    # subordinator at all.
    pytest.param(
        "Before the vote, Tom Lee said the deal, which took a year, was fair.",
        [("Tom Lee", "said", ["the deal, which took a year, was fair"])],
        id="neg-clause-closed-before-speaker",
    ),
    pytest.param(
        "As the paper reported, the mayor will resign next week.",
        [("the paper", "reported", ["the mayor will resign next week"])],
        id="neg-parenthetical-as",
    ),
    pytest.param(
        "Ann Roe said the plan works, a view the council rejects.",
        [("Ann Roe", "said", ["the plan works, a view the council rejects"])],
        id="neg-no-subordinator",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_subordinate_clause_content(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected
