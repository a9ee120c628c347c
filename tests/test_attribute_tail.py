"""Recall shapes of issue 7 from the long tail of PolNeAR train misses: a poll's share as the
subject of a belief or stance verb ("About three-quarters support a ban"), speech verbs the
lexicon lacked ("decried", "railed against", doubled-consonant "slammed"), the learned
scorer's noun reading of "talks about", a source "that night" after "according to", label
lines that hold a tally or a roster, "a group called X" and "wrote the letter", "called X Y"
as a label, and "called out" / "called off".

Wording is made up in the shape of PolNeAR's political news; each positive has a negative
beside it that the fix must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    # A poll's share holds a view: belief and stance verbs take it as their subject.
    pytest.param(
        "About three-quarters support a temporary ban on new arrivals.",
        [("About three-quarters", "support", ["a temporary ban on new arrivals"])],
        id="share-fraction-supports",
    ),
    pytest.param(
        "19 percent of college students polled support the senator.",
        [("19 percent of college students polled", "support", ["the senator"])],
        id="share-of-group-polled",
    ),
    pytest.param(
        "Two-thirds of Democrats believe the system is rigged.",
        [("Two-thirds of Democrats", "believe", ["the system is rigged"])],
        id="share-of-group-believes",
    ),
    pytest.param(
        "Half of those who voted support the deal.",
        [],
        id="neg-share-of-a-clause",
    ),
    pytest.param(
        "The plan drew 42 percent support in the state.",
        [],
        id="neg-share-inside-a-clause",
    ),
    # Speech verbs the lexicon lacked, and the doubled consonant of "slammed".
    pytest.param(
        '"Power to the people!" the crowd shouted from the street.',
        [("the crowd", "shouted", ['"Power to the people!"'])],
        id="shouted-quotation",
    ),
    pytest.param(
        "Guards yelled at reporters to stay back.",
        [],
        id="neg-yelled-at-someone",
    ),
    pytest.param(
        "The senator railed against the trade deal.",
        [("The senator", "railed against", ["the trade deal"])],
        id="railed-against",
    ),
    pytest.param(
        "The governor decried the ruling as an attack on voters.",
        [("The governor", "decried", ["the ruling as an attack on voters"])],
        id="decried",
    ),
    pytest.param(
        "Critics slammed the plan as a giveaway.",
        [("Critics", "slammed", ["the plan as a giveaway"])],
        id="slammed-doubled-consonant",
    ),
    # "talks about" is the learned scorer's pair: a plural noun when a verb follows its object.
    pytest.param(
        "Peace talks about the border resumed on Monday.",
        [],
        id="neg-peace-talks-a-noun",
    ),
    pytest.param(
        "Trade talks about tariffs broke down.",
        [],
        id="neg-trade-talks-irregular-verb",
    ),
    pytest.param(
        "Trump talks about how he won the primary.",
        [("Trump", "talks about", ["how he won the primary"])],
        id="talks-about-a-clause",
    ),
    # "that night" after an "according to" source is a time, not a clause.
    pytest.param(
        "According to the officer in charge of the base that night, the scene is untrue.",
        [("the officer", "According to", ["the scene is untrue"])],
        id="according-to-source-that-night",
    ),
    pytest.param(
        "According to Smith that day was a disaster for the party.",
        [],
        id="neg-according-to-that-clause",
    ),
    # A label's colon before a tally, a handle or a roster says nothing.
    pytest.param("Clinton: 2,316.", [], id="neg-headline-tally"),
    pytest.param("Twitter: @Milbank.", [], id="neg-headline-handle"),
    pytest.param(
        "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink.",
        [],
        id="neg-headline-roster",
    ),
    pytest.param(
        "Trump: Clinton is a disaster.",
        [("Trump", ":", ["Clinton is a disaster."])],
        id="headline-statement",
    ),
    # "called" naming a thing, and "wrote" with the work as its object, say nothing.
    pytest.param(
        "A new group called Black Votes Matter is trying to raise money.",
        [],
        id="neg-group-called-a-name",
    ),
    pytest.param(
        "A spokesman called Trump a liar.",
        [("A spokesman", "called", ["Trump a liar"])],
        id="spokesman-called-a-person",
    ),
    pytest.param(
        "Baker wrote the letter in February to the department's legal adviser.",
        [],
        id="neg-wrote-the-letter",
    ),
    pytest.param(
        "He wrote a letter saying the deal was dead.",
        [("He", "wrote", ["a letter saying the deal was dead"])],
        id="wrote-a-letter-saying",
    ),
    # "called X Y" labels X: what was called is part of the content, and a coordinated
    # second cue starts a claim of its own.
    pytest.param(
        "He called the actions lawful, and said there was no attempt to hide them.",
        [
            ("He", "called", ["the actions lawful"]),
            ("He", "said", ["there was no attempt to hide them"]),
        ],
        id="called-then-said",
    ),
    pytest.param(
        'He called her "weak" and said she had "zero support" in the state.',
        [
            ("He", "called", ['her "weak"']),
            ("He", "said", ['she had "zero support" in the state']),
        ],
        id="called-quoted-label",
    ),
    # A particle makes the cue another verb: "called out" reports, "called off" is an act.
    pytest.param(
        "Sanders called out his rival for alienating Hispanics.",
        [("Sanders", "called out", ["his rival for alienating Hispanics"])],
        id="called-out",
    ),
    pytest.param(
        "The company called off a $54 billion deal after the rules changed.",
        [],
        id="neg-called-off",
    ),
    pytest.param(
        "Officials said up to 40 people died.",
        [("Officials", "said", ["up to 40 people died"])],
        id="said-up-to-a-figure",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tail_shapes(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected
