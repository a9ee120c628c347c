"""A quotation that finishes the sentence its speaker interrupted takes the sentence's opening
(attribute/fronted.py). Wording is made up; each positive has a negative beside it."""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    pytest.param(
        "If the plant closes, Ann Roe said, “we will all be poorer.”",
        [("Ann Roe", "said", ["If the plant closes", "“we will all be poorer.”"])],
        id="lower-case-quotation-finishes-the-opening",
    ),
    pytest.param(
        "The streets were empty, Tom Lee added, “but people still came out to vote.”",
        [
            (
                "Tom Lee",
                "added",
                ["The streets were empty", "“but people still came out to vote.”"],
            )
        ],
        id="but-clause-after-the-speaker",
    ),
    # A quotation that opens in capitals is a sentence of its own: the opening is a setting.
    pytest.param(
        "In a statement, the ministry said, “The claims are false and we reject them.”",
        [("the ministry", "said", ["“The claims are false and we reject them.”"])],
        id="setting-before-capitalised-quotation-stays-out",
    ),
    pytest.param(
        "In some ways, the brothers noted, the mayor might still win the seat.",
        [("the brothers", "noted", ["In some ways", "the mayor might still win the seat"])],
        id="neg-unquoted-clause-keeps-its-opening",
    ),
    # Negatives: a setting before a reply ("Asked about ..."), and a speaker whose clause is
    # not an aside between commas.
    pytest.param(
        "Asked about the vote, Ann Roe said, “it was fair and it was final.”",
        [("Ann Roe", "said", ["“it was fair and it was final.”"])],
        id="neg-asked-setting-stays-out",
    ),
    pytest.param(
        "Minutes later, the office sent a note saying, “done and signed.”",
        [("the office", "saying", ["“done and signed.”"])],
        id="neg-speaker-clause-is-no-aside",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fronted_part(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected
