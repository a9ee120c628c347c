"""Attribution findings of a user-facing review (review 11): wording made up in news shapes.

Each positive has a negative beside it that the fix must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    # An agentless passive names the accused or the listener, never the speaker.
    pytest.param("The timber firm was accused of clearing the forest.", [], id="passive-accused"),
    pytest.param(
        "The port authority has been accused of dumping waste at sea.",
        [],
        id="passive-has-been-accused",
    ),
    pytest.param(
        "Villagers accused the timber firm of clearing the forest.",
        [("Villagers", "accused", ["the timber firm of clearing the forest"])],
        id="neg-active-accused",
    ),
    pytest.param("Concern was voiced that the dam could fail.", [], id="passive-voiced-abstract"),
    pytest.param(
        "The senator was criticized for saying the dam is safe.",
        [("The senator", "saying", ["the dam is safe"])],
        id="passive-then-own-saying",
    ),
    pytest.param(
        "It was agreed that the talks will go on.",
        [("It", "agreed", ["that the talks will go on"])],
        id="neg-impersonal-it-passive",
    ),
    pytest.param(
        "He has been saying the dam is safe.",
        [("He", "saying", ["the dam is safe"])],
        id="neg-progressive-not-passive",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review11_shapes(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected
