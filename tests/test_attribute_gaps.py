"""Recall and edge shapes of issue 7: a relative word before its speaker, "-men" speakers,
one word before a parenthetical speaker, a clause resumed after "according to X,", a
relative pronoun as speaker, a ', which ...' aside after the content.

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
    # A sentence-opening 'What he said' is a subject clause: the words after the cue are the
    # main clause's, and the later speaker's cue carries the claim (review10).
    pytest.param(
        "What she said was untrue, a union organiser told the radio station.",
        [("a union organiser", "told", ["What she said was untrue"])],
        id="opening-what-is-the-later-speakers",
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
    # One word before a parenthetical speaker opens what was said (PolNeAR keeps it).
    pytest.param(
        "Instead, she said, her boss told her he had booked a room.",
        [("she", "said", ["Instead", "her boss told her he had booked a room"])],
        id="one-word-before-parenthetical-speaker",
    ),
    pytest.param(
        "Yesterday she said the bill will pass.",
        [("she", "said", ["the bill will pass"])],
        id="neg-one-word-setting-no-comma",
    ),
    # After a verbless opener, "according to X," then a determiner's clause to the end: resumed.
    pytest.param(
        "About 10 p.m., according to a congressional timeline, the security contractors left"
        " for the compound.",
        [
            (
                "a congressional timeline",
                "according to",
                ["About 10 p.m.", "the security contractors left for the compound"],
            )
        ],
        id="according-to-clause-resumed",
    ),
    pytest.param(
        "About 10 p.m., according to a timeline, the head of the unit, Ann Lee, left.",
        [("a timeline", "according to", ["About 10 p.m."])],
        id="neg-according-to-apposition-with-comma",
    ),
    # A relative pronoun's clause looks ahead: the main clause before it is not its report.
    pytest.param(
        "The envoy met the minister on Friday, who thanked him.",
        [],
        id="relative-speaker-takes-no-main-clause",
    ),
    pytest.param(
        "The envoy met the minister on Friday, the ministry said.",
        [("the ministry", "said", ["The envoy met the minister on Friday"])],
        id="neg-trailing-speaker-still-looks-back",
    ),
    # ", which/who ..." running to the end of indirect content is the writer's aside.
    pytest.param(
        "The senator said he had backed the trade deal, which caused pain in the Midwest.",
        [("The senator", "said", ["he had backed the trade deal"])],
        id="which-aside-cut-from-content",
    ),
    pytest.param(
        "The senator said the pipeline, which is widely supported, would not be built.",
        [("The senator", "said", ["the pipeline, which is widely supported, would not be built"])],
        id="neg-which-aside-closed-clause-goes-on",
    ),
    # The writer left out the aside's closing comma: the main clause's verb comes back.
    pytest.param(
        "The mayor says the Harbour Party, which backed the plan is now campaigning against it.",
        [
            (
                "The mayor",
                "says",
                ["the Harbour Party, which backed the plan is now campaigning against it"],
            )
        ],
        id="neg-which-aside-comma-left-out",
    ),
    pytest.param(
        "The senator said he had backed the trade deal, which has caused pain in the Midwest.",
        [("The senator", "said", ["he had backed the trade deal"])],
        id="which-aside-with-its-own-auxiliary",
    ),
    pytest.param(
        "The senator said “the deal, which we signed, is dead.”",
        [("The senator", "said", ["“the deal, which we signed, is dead.”"])],
        id="neg-which-inside-quotation",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_gap_shapes(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected
