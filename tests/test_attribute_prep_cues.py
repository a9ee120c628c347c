"""Verb + preposition cues of issue 7 ("talked about C", "speaks of C", "raised questions
about C") and nominal ones ("her doubts about C"), found by tallying PolNeAR train misses whose
cue ends in a preposition: the noun phrase or clause after the preposition is the content.

Wording is made up in the shape of PolNeAR's political news; negatives beside the positives
are shapes the new cues must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    pytest.param(
        "The senator talked about the southern border.",
        [("The senator", "talked about", ["the southern border"])],
        id="talked-about",
    ),
    pytest.param(
        "The governor was speaking about tax cuts at every stop.",
        [("The governor", "speaking about", ["tax cuts at every stop"])],
        id="speaking-about",
    ),
    pytest.param(
        "The governor has spoken about tax cuts.",
        [("The governor", "spoken about", ["tax cuts"])],
        id="spoken-about",
    ),
    pytest.param(
        "The senator speaks of a broken system.",
        [("The senator", "speaks of", ["a broken system"])],
        id="speaks-of",
    ),
    pytest.param(
        "The mayor spoke of a crisis in the schools.",
        [("The mayor", "spoke of", ["a crisis in the schools"])],
        id="spoke-of",
    ),
    pytest.param(
        "Trump has raised questions about the mayor's record.",
        [("Trump", "raised questions about", ["the mayor's record"])],
        id="raised-questions-about",
    ),
    pytest.param(
        "The senator took aim at the new tariffs.",
        [("The senator", "took aim at", ["the new tariffs"])],
        id="took-aim-at",
    ),
    pytest.param(
        "The mayor expressed concerns about the cost of the plan.",
        [("The mayor", "expressed concerns about", ["the cost of the plan"])],
        id="expressed-concerns-about",
    ),
    pytest.param(
        "The governor pushed back on the report, calling it wrong.",
        [
            ("The governor", "pushed back on", ["the report"]),
            ("The governor", "calling", ["it wrong"]),
        ],
        id="pushed-back-on",
    ),
    # a stance cue's object ends at the comma, not the sentence's end
    pytest.param(
        "The senator talked about vulnerability to hackers, he did not mention the costs.",
        [
            ("he", "did not mention", ["the costs"]),
            ("The senator", "talked about", ["vulnerability to hackers"]),
        ],
        id="talked-about-ends-at-comma",
    ),
    # a possessor's nominal: "doubts about" joins "concerns about"
    pytest.param(
        "Voters shrugged off the governor's doubts about the deal.",
        [("the governor", "doubts about", ["the deal"])],
        id="nominal-doubts-about",
    ),
    # the infinitive "to speak of" is no cue: the telling stays whole
    pytest.param(
        "Clinton told her aides never to speak of the emails.",
        [("Clinton", "told", ["to speak of the emails"])],
        id="neg-to-speak-of",
    ),
    # no speaker before the phrase: no claim
    pytest.param(
        "There is little talk about the budget this year.",
        [],
        id="neg-talk-noun-no-speaker",
    ),
    # a rebuttal's target and an accusation's object are the content; a day word may sit
    # inside the phrase ("hit back Thursday at")
    pytest.param(
        "The senator hit back at critics of the plan.",
        [("The senator", "hit back at", ["critics of the plan"])],
        id="hit-back-at",
    ),
    pytest.param(
        "Ann Ruiz, the minister, hit back Thursday at media reports of a new outbreak.",
        [("Ann Ruiz", "hit back Thursday at", ["media reports of a new outbreak"])],
        id="hit-back-day-at",
    ),
    pytest.param(
        "The rebel leader leveled charges Tuesday of fraud in the count.",
        [("The rebel leader", "leveled charges Tuesday of", ["fraud in the count"])],
        id="leveled-charges-day-of",
    ),
    # (negative) the day gap is for stance phrases only: "said Thursday in a statement" keeps
    # its plain cue
    pytest.param(
        "The minister said Thursday in a statement that the count was wrong.",
        [("The minister", "said", ["that the count was wrong"])],
        id="neg-day-gap-not-speech-phrase",
    ),
    # (negative) no speaker, no claim
    pytest.param(
        "Protesters hit back Thursday, at last, with stones.",
        [],
        id="neg-hit-back-no-at",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_prep_cue_shapes(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected
