"""Attribution shapes missed on the real-article disputes set (issues 6 and 7).

Wording is made up in the shape of real wire stories; each positive has a negative beside it
that the new rule must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    # A trailing cue followed by a day word and a clause: the content came first.
    pytest.param(
        'The plan is "unworkable," ministry spokeswoman Lena Park said today when '
        "journalists questioned her about it.",
        [("ministry spokeswoman Lena Park", "said", ['The plan is "unworkable,"'])],
        id="trailing-cue-then-today-when",
    ),
    pytest.param(
        "Lena Park said today that the plan was unworkable.",
        [("Lena Park", "said", ["that the plan was unworkable"])],
        id="neg-today-that-stays-after",
    ),
    # The listener of "told" may swallow a preposition: "reporters outside the court".
    pytest.param(
        '"We will appeal," defence lawyer Omar Tariq told reporters outside the court.',
        [("defence lawyer Omar Tariq", "told", ['"We will appeal,"'])],
        id="told-listener-outside-place",
    ),
    pytest.param(
        "Omar Tariq told reporters the verdict would be appealed.",
        [("Omar Tariq", "told", ["the verdict would be appealed"])],
        id="neg-told-listener-then-content",
    ),
    # "Speaking from ..., X told VOA, C": the participle phrase is setting, not content.
    pytest.param(
        "Speaking by telephone from a camp near the northern border, rebel commander "
        "Ali Juma told VOA, his men had withdrawn from the town.",
        [("rebel commander Ali Juma", "told", ["his men had withdrawn from the town"])],
        id="long-speaking-intro-is-setting",
    ),
    pytest.param(
        "At least 300 people came to the rally, police said.",
        [("police", "said", ["At least 300 people came to the rally"])],
        id="neg-content-before-cue-kept",
    ),
    # A role, a "for" phrase naming what it speaks for, then the name in apposition.
    pytest.param(
        "A spokesman for the rebel movement, Idris Kamara, claimed that ten soldiers died.",
        [
            (
                "A spokesman for the rebel movement, Idris Kamara",
                "claimed",
                ["that ten soldiers died"],
            )
        ],
        id="role-for-body-then-name",
    ),
    pytest.param(
        "The leader of the valley, the river, flooded the fields.",
        [],
        id="neg-apposition-without-cue",
    ),
    # Lexicon: plural "agents" can speak.
    pytest.param(
        "Shipping agents said it could take two weeks to clear the backlog.",
        [("Shipping agents", "said", ["it could take two weeks to clear the backlog"])],
        id="plural-agents-speak",
    ),
    # "according to" right after "that," is an aside in the content the verb opened.
    pytest.param(
        "The front announced that, according to its count, Hamad had won 51 percent.",
        [("The front", "announced", ["that, according to its count, Hamad had won 51 percent"])],
        id="according-aside-after-that",
    ),
    # ... and at the sentence's end it still frames the words before it.
    pytest.param(
        "Hamad had won 51 percent of the vote, according to the front's count.",
        [("the front's count", "according to", ["Hamad had won 51 percent of the vote"])],
        id="according-after-content",
    ),
    # "voiced" reports its object, as readouts use it.
    pytest.param(
        "The Secretary voiced our worries over the troop build-up near the border.",
        [("The Secretary", "voiced", ["our worries over the troop build-up near the border"])],
        id="voiced-concern",
    ),
    # "those surveyed" are the people a poll asked, not a verb form.
    pytest.param(
        "Again, those surveyed said prices were the main worry.",
        [("those surveyed", "said", ["prices were the main worry"])],
        id="those-surveyed-said",
    ),
    pytest.param(
        "Those surveyed in March were fewer than in May.",
        [],
        id="neg-those-surveyed-without-cue",
    ),
    # "Asked whether ..., X said": a long question is the setting, not the content.
    pytest.param(
        "Asked whether the ceasefire would hold through the end of the month and beyond, "
        "the commander said he was confident.",
        [("the commander", "said", ["he was confident"])],
        id="long-asked-intro-is-setting",
    ),
    # "questioned him about": someone was questioned; nothing was said.
    pytest.param(
        "Reporters questioned him about the delay.",
        [],
        id="neg-questioned-a-person",
    ),
    # "termed as 'X' the notion that ...": a dismissal with its verdict before its object
    pytest.param(
        'A ministry spokesman on Monday termed as "absurd" the idea that the port had been sold.',
        [("A ministry spokesman", "termed as", ['"absurd" the idea that the port had been sold'])],
        id="termed-as-dismissal",
    ),
    # "the reports, by several newspapers, claim ...": the reports speak, their authors aside
    pytest.param(
        "However, the reports, by several newspapers, claim the army shelled the market.",
        [("the reports", "claim", ["the army shelled the market"])],
        id="reports-with-authors-in-apposition",
    ),
    # Two cues of one clause that reach the same words make one claim, not two alike.
    pytest.param(
        'Rebels denied it, saying "not true".',
        [("Rebels", "denied", ['"not true"'])],
        id="denied-saying-one-claim",
    ),
    pytest.param(
        "The rebels denied the attack, saying they were far from the town.",
        [
            ("The rebels", "denied", ["the attack"]),
            ("The rebels", "saying", ["they were far from the town"]),
        ],
        id="neg-denied-object-then-saying",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_shapes(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected
