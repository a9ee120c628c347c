"""An -ing word before a plural noun of people modifies it: the phrase speaks (issue 7).

Wording is made up in the shape of PolNeAR's political news; each positive has a negative
beside it that the fix must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    pytest.param(
        "But hacking specialists say the leaked files might not be genuine.",
        [("hacking specialists", "say", ["the leaked files might not be genuine"])],
        id="ing-modifier-mid-sentence",
    ),
    pytest.param(
        "Since then, leading economists say the plan would fail.",
        [("leading economists", "say", ["the plan would fail"])],
        id="ing-modifier-after-setting",
    ),
    pytest.param("But rising costs suggest the plan will fail.", [], id="neg-ing-before-a-thing"),
    pytest.param(
        "Echoing earlier dismissals of reports, the ministry said the army won.",
        [
            ("the ministry", "said", ["the army won"]),
            ("the ministry", "Echoing", ["earlier dismissals of reports"]),
        ],
        id="neg-participle-clause-is-no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ing_speaker_cases(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected
