"""Shapes of issue 7 (polnear21): an aside between a cue and "that", "went on" as a speaker
goes on talking, a subject opened by a possessive ("Her campaign ... and said"), a plain
subject of any head noun before "say".

Wording is made up in the shape of PolNeAR's political news; each positive has a negative
beside it that the fix must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    # A short aside between commas, then "that": the content is the clause after it.
    pytest.param(
        "The mayor said, clearly, that the plan failed.",
        [("The mayor", "said", ["that the plan failed"])],
        id="one-word-aside",
    ),
    pytest.param(
        "The mayor said, in a statement, that the plan failed.",
        [("The mayor", "said", ["that the plan failed"])],
        id="phrase-aside",
    ),
    pytest.param(
        "The mayor said, in a statement, the plan failed.",
        [],
        id="neg-no-that-after-aside",
    ),
    # '"A," he went on, "B."': one claim of both pieces, as with "continued".
    pytest.param(
        '"It was wrong," he went on, "and we know it."',
        [("he", "went on", ['"It was wrong,"', '"and we know it."'])],
        id="went-on-between-quotes",
    ),
    pytest.param("The war went on for years.", [], id="neg-went-on-an-act"),
    pytest.param("The Gap Goes On: the assembly acted.", [], id="neg-title-case-heading"),
    # "Her" opening a subject is its owner: the coordinated "said" shares "Her campaign".
    pytest.param(
        "Her campaign announced new support and said the women would campaign for Clinton.",
        [
            ("Her campaign", "announced", ["new support"]),
            ("Her campaign", "said", ["the women would campaign for Clinton"]),
        ],
        id="possessive-subject-coordinated-said",
    ),
    # A plain noun phrase opening the sentence right before "say": its speaker, whatever the
    # head noun.
    pytest.param(
        "The billionaire real estate magnate says a violent hit now draws a penalty.",
        [("The billionaire real estate magnate", "says", ["a violent hit now draws a penalty"])],
        id="plain-subject-any-head",
    ),
    pytest.param(
        "What critics say is the future of the party remains unclear.",
        [],
        id="neg-wh-clause-subject",
    ),
    pytest.param(
        "Comey cannot say that the rules were broken, the aide added.",
        [("the aide", "added", ["Comey cannot say that the rules were broken"])],
        id="neg-negated-say-stays-content",
    ),
    # Plural and collective document heads report what they show ("exit polling shows").
    pytest.param(
        "Exit polling shows he won most voters under 30 in Pennsylvania.",
        [("Exit polling", "shows", ["he won most voters under 30 in Pennsylvania"])],
        id="polling-shows",
    ),
    pytest.param(
        "The numbers show Clinton ahead by four points.",
        [("The numbers", "show", ["Clinton ahead by four points"])],
        id="numbers-show",
    ),
    # "seemed to" / "appeared to" pass the subject on to the cue, as "continued to" does.
    pytest.param(
        "The senator appeared to acknowledge that the bill would fail.",
        [("The senator", "appeared to acknowledge", ["that the bill would fail"])],
        id="appeared-to-acknowledge",
    ),
    pytest.param("It seemed to say nothing.", [], id="neg-seemed-to-say-nothing"),
    # "went on to" passes the subject on as well.
    pytest.param(
        "She later went on to endorse Clinton for president.",
        [("She", "went on to endorse", ["Clinton for president"])],
        id="went-on-to-endorse",
    ),
    # "called upon X to Y" as "called on X to Y".
    pytest.param(
        "The ministry called upon the U.S. to press China harder.",
        [("The ministry", "called upon", ["the U.S. to press China harder"])],
        id="called-upon",
    ),
    # "while A and B warned C": both conjuncts open the second speaker's clause.
    pytest.param(
        "Republicans accused Democrats of playing politics while doctors and medical experts"
        " warned of the risk of an outbreak.",
        [
            ("Republicans", "accused", ["Democrats of playing politics"]),
            ("medical experts", "warned", ["the risk of an outbreak"]),
        ],
        id="while-joint-subject-cuts",
    ),
    # An inverted speaker of two conjuncts: "said Doyle and others".
    pytest.param(
        '"It will be clear," said Doyle and others.',
        [("Doyle and others", "said", ['"It will be clear,"'])],
        id="inverted-joint-speaker",
    ),
    pytest.param(
        "The plan failed, said Doyle and left the room.",
        [],
        id="neg-inverted-and-verb",
    ),
    # "According to X," opening the clause after a colon frames it as at a sentence's start.
    pytest.param(
        "It has not gone unnoticed: According to recent polls, Trump holds 14 percent of Latinos.",
        [("recent polls", "According to", ["Trump holds 14 percent of Latinos"])],
        id="according-after-colon",
    ),
    # A trailing "according to" a source with no comma before it.
    pytest.param(
        "Clinton has won 271 more delegates according to The Associated Press.",
        [("The Associated Press", "according to", ["Clinton has won 271 more delegates"])],
        id="according-no-comma",
    ),
    pytest.param("The police acted according to the law.", [], id="neg-according-to-rule"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_aside_shapes(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected
