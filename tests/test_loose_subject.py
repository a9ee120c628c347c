"""Reports whose subject the frames could not reach (loose_subject.py), and the speaker
phrase that stops before a setting ("said Ann Ruiz in a statement", phrases.np_after).

Made-up sentences: a parenthetical report between commas after an opening phrase, a subject
carrying a relative clause or a prepositional modifier, and the near misses each rule must
leave alone (a content too short, a subject with an auxiliary of its own, an adverb opening
the sentence).
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

from attribcmp.attribute.cues import default_lexicon, find_cues, tokenize
from attribcmp.attribute.loose_subject import room_for_content

CASES = [
    pytest.param(
        "In the end, Mr. Okafor said, farm workers back the incumbent.",
        [("Mr. Okafor", "said", ["farm workers back the incumbent"])],
        id="parenthetical-after-opening-phrase",
    ),
    pytest.param(
        "In the end, Mr. Okafor said, farm workers nearly always end up backing the incumbent.",
        [("Mr. Okafor", "said", ["farm workers nearly always end up backing the incumbent"])],
        id="parenthetical-long-clause",
    ),
    pytest.param(
        "In the end, Mr. Okafor said, yes.",
        [],
        id="parenthetical-too-short-to-be-a-claim",
    ),
    pytest.param(
        "In the end, Mr. Okafor said, the dam leaks badly.",
        [("Mr. Okafor", "said", ["the dam leaks badly"])],
        id="parenthetical-four-words-just-enough",
    ),
    pytest.param(
        "In the end, Mr. Okafor said, the dam leaks.",
        [],
        id="parenthetical-three-words-too-few",
    ),
    pytest.param(
        "The farmers whose fields were flooded last spring say the dam was opened too late.",
        [("The farmers", "say", ["the dam was opened too late"])],
        id="long-subject-relative-clause",
    ),
    pytest.param(
        "A person familiar with the planning for Monday's hearing says the committee will "
        "delay the vote.",
        [("A person", "says", ["the committee will delay the vote"])],
        id="long-subject-familiar-with",
    ),
    pytest.param(
        "Several teachers I've spoken with in recent weeks said the new exams were rushed "
        "into classrooms.",
        [("Several teachers", "said", ["the new exams were rushed into classrooms"])],
        id="long-subject-relative-without-that",
    ),
    pytest.param(
        "Perhaps most striking, the new figures from the ministry suggest the recovery has "
        "stalled.",
        [],
        id="adverb-opening-is-no-subject",
    ),
    pytest.param(
        "The mayor of the city will not say whether the contract can be renewed next year.",
        [],
        id="subject-with-its-own-auxiliary",
    ),
    pytest.param(
        "The mayor of the city, the longest serving in the state, wouldn’t say Tuesday how "
        "the budget would be balanced.",
        [],
        id="negated-report-after-apposition",
    ),
    pytest.param(
        "“The dam held,” said Ann Ruiz in a statement.",
        [("Ann Ruiz", "said", ["“The dam held,”"])],
        id="inverted-name-then-setting",
    ),
    pytest.param(
        "“The dam held,” said the governor in a statement.",
        [("the governor", "said", ["“The dam held,”"])],
        id="inverted-role-then-setting",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_loose_subject(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected


ROOM = [
    pytest.param("He said yes.", False, id="one-word-reply"),
    pytest.param("She said no, firmly.", False, id="two-words-and-punctuation"),
    pytest.param("They said the dam leaks.", False, id="three-words"),
    pytest.param("They said the dam leaks badly.", True, id="four-words"),
    pytest.param("“Fine,” they said.", False, id="nothing-after-an-inverted-cue"),
]


@pytest.mark.parametrize(("text", "expected"), ROOM)
def test_room_for_content(text: str, expected: bool) -> None:
    """The guard before the loose frames: four words after the cue, or none of them fits."""
    tokens = tokenize(text, 0, len(text))
    cue = find_cues(tokens, default_lexicon())[-1]
    assert room_for_content(tokens, cue) is expected
