"""Recall and edge shapes of issue 7: a relative word before its speaker, "-men" speakers.

Wording is made up in the shape of PolNeAR's political news; each positive has a negative
beside it that the fix must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    # A relative word before the speaker is the object its verb lacks: part of what was said.
    pytest.param(
        "The court issued a ruling, which Beijing has vowed to ignore.",
        [("Beijing", "vowed", ["which", "to ignore"])],
        id="which-before-speaker",
    ),
    pytest.param(
        "That is what he said four years ago about the wall.",
        [("he", "said", ["what", "four years ago about the wall"])],
        id="what-before-speaker",
    ),
    pytest.param(
        "It is a deal which the senator has promised to block.",
        [("the senator", "promised", ["which", "to block"])],
        id="which-before-determiner-speaker",
    ),
    pytest.param(
        "Beijing has vowed to ignore the ruling.",
        [("Beijing", "vowed", ["to ignore the ruling"])],
        id="neg-no-relative",
    ),
    pytest.param(
        "Officials said that Beijing has vowed to ignore the ruling.",
        [("Officials", "said", ["that Beijing has vowed to ignore the ruling"])],
        id="neg-that-complementizer-stays-out",
    ),
    # "-men" is the plural of a "-man" role: "spokesmen" speak as "spokesman" does.
    pytest.param(
        "Pentagon spokesmen said the broad ban prevented any study of new sites.",
        [("Pentagon spokesmen", "said", ["the broad ban prevented any study of new sites"])],
        id="spokesmen-plural-role",
    ),
    pytest.param(
        "Pentagon specimen said the broad ban prevented any study of new sites.",
        [],
        id="neg-men-ending-not-a-role",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_gap_shapes(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected
