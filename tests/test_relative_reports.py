"""A report in a relative clause inside another claim's content (attribute/relative_reports.py):
"rejected the tests, which researchers say prove C", "a sentence for the pilot who says C".
The outer speaker's content keeps only its own object; the clause is a claim of its own
(issue 6/7: two dev stories lost gold links because the inner claim was never found).
Sentences are made up in the shape of the real ones; negatives stand beside them.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    pytest.param(
        "On Monday, provincial officials rejected the new trial results, which doctors say "
        "show the drug is safe.",
        [
            ("provincial officials", "rejected", ["the new trial results"]),
            ("doctors", "say", ["show the drug is safe"]),
        ],
        id="which-x-say-inside-a-stance-content",
    ),
    pytest.param(
        "The state asked for a ten-year term for the reporter who says she was beaten in custody.",
        [
            ("The state", "asked", ["a ten-year term for the reporter"]),
            ("the reporter", "says", ["she was beaten in custody"]),
        ],
        id="np-who-says-inside-a-demand",
    ),
    pytest.param(
        "Officials said the letter, which Lee says he wrote himself, is a forgery.",
        [
            ("Officials", "said", ["the letter", "is a forgery"]),
            ("Lee", "says", ["he wrote himself"]),
        ],
        id="comma-clause-the-owner-predicate-resumes",
    ),
    pytest.param(
        "The minister praised the envoy, who said the talks went well, and left for Paris.",
        [
            ("The minister", "praised", ["the envoy"]),
            ("the envoy", "said", ["the talks went well"]),
        ],
        id="who-clause-after-the-whole-object",
    ),
    # Negatives: "that" after a verb of saying is a complementizer; a relative whose antecedent
    # is the whole content stays one claim when no comma sets it off.
    pytest.param(
        "She says that Beijing claims 190 people died but she does not believe it.",
        [("She", "says", ["that Beijing claims 190 people died but she does not believe it"])],
        id="neg-that-complement-is-not-a-relative",
    ),
    pytest.param(
        "Officials said the man who says he saw the attack was lying.",
        [("Officials", "said", ["the man who says he saw the attack was lying"])],
        id="neg-restrictive-relative-of-the-whole-content",
    ),
    # the owner of a report noun: the clause says what the allegations are, so the outer
    # content keeps it ("what is rejected" is the allegation, its content included)
    pytest.param(
        "The embassy rejected allegations by provincial officials who say the radio backs "
        "the opposition.",
        [
            (
                "The embassy",
                "rejected",
                ["allegations by provincial officials who say the radio backs the opposition"],
            ),
            ("provincial officials", "say", ["the radio backs the opposition"]),
        ],
        id="who-says-on-a-report-owner-stays-in-the-owner",
    ),
    # (negative) no report noun before the owner: the clause is split off as before
    pytest.param(
        "The embassy rejected a visit by provincial officials who say the radio backs the "
        "opposition.",
        [
            ("The embassy", "rejected", ["a visit by provincial officials"]),
            ("provincial officials", "say", ["the radio backs the opposition"]),
        ],
        id="neg-who-says-no-report-noun",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_relative_reports(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected
