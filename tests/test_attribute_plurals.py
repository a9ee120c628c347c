"""Recall shapes of issue 7 from PolNeAR train misses: a plural of people without an -s as the
subject of a plain-form cue ("the women say", "people believe"), a name before an appositive
that a relative clause follows ("Ann Roe, acting director of X, which ..., said").

Wording is made up in the shape of PolNeAR's political news; each positive has a negative
beside it that the fix must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    # A plural of people without an -s: the plain form after it is the verb, not a compound.
    pytest.param(
        "It was late. The women say officers still patrol the park.",
        [("The women", "say", ["officers still patrol the park"])],
        id="women-say",
    ),
    pytest.param(
        "It was late. Many people say the vote was rigged.",
        [("Many people", "say", ["the vote was rigged"])],
        id="people-say",
    ),
    pytest.param(
        "It was late. The congressmen claim the budget is balanced.",
        [("The congressmen", "claim", ["the budget is balanced"])],
        id="men-compound-claim",
    ),
    pytest.param(
        "The territorial dispute remains unresolved.",
        [],
        id="neg-singular-noun-compound",
    ),
    # A name, its appositive and a relative clause before the verb: the name speaks.
    pytest.param(
        "Ann Roe, acting director of Civic Action, which organized the letter, said the"
        " ruling was wrong.",
        [
            (
                "Ann Roe, acting director of Civic Action",
                "said",
                ["the ruling was wrong"],
            )
        ],
        id="name-appositive-relative",
    ),
    pytest.param(
        "But Ann Roe, the director, who organized the letter, said the ruling was wrong.",
        [("Ann Roe, the director", "said", ["the ruling was wrong"])],
        id="but-name-appositive-relative",
    ),
    pytest.param(
        "In Washington, the director, who organized the letter, said the ruling was wrong.",
        [("the director", "said", ["the ruling was wrong"])],
        id="neg-place-before-appositive",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_plural_appositive_and_cut_shapes(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert claim_shapes(text) == expected
