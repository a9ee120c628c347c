"""A document put out by a named issuer is spoken by the issuer the sentence names (issue 7).

"X released a statement saying C": PolNeAR marks X as the source (35 such claims on train
named the statement instead); a document that stands as the subject keeps its own mention.
Wording is made up in the shape of political news.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    pytest.param(
        "Lena Park issued a statement saying the deal was dead.",
        [("Lena Park", "saying", ["the deal was dead"])],
        id="issued-a-statement-saying",
    ),
    pytest.param(
        "The Park campaign sent out a press release saying Omar Tariq owes voters an answer.",
        [("The Park campaign", "saying", ["Omar Tariq owes voters an answer"])],
        id="sent-out-a-press-release",
    ),
    pytest.param(
        "A statement from the town council said the figures were wrong.",
        [("A statement from the town council", "said", ["the figures were wrong"])],
        id="neg-document-as-subject",
    ),
    pytest.param(
        "The statement released Monday said the figures were wrong.",
        [("The statement released", "said", ["the figures were wrong"])],
        id="neg-released-after-the-document",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_issuer_named_before_document(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert claim_shapes(text) == expected
