"""Claims never found on the disputes dev set (issue 7, claimrec25): shapes of news English
whose claim was lost. Wording is made up in the shape of wire copy.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

from attribcmp.attribute import attribute_claims
from attribcmp.model import Document
from attribcmp.sides import nationality

CASES = [
    # A relative clause whose gap is the subject of what was said: the plain-form verb after a
    # plural speaker is a verb there, not a noun ("The Taliban claim came" stays a noun).
    pytest.param(
        "The ruling ends a long feud that opponents say is driven by revenge.",
        [("opponents", "say", ["is driven by revenge"])],
        id="that-plural-say-gap",
    ),
    pytest.param(
        "He faces a trial that rights groups say was arranged by the palace.",
        [("rights groups", "say", ["was arranged by the palace"])],
        id="that-rights-groups-say-gap",
    ),
    pytest.param(
        "The vote, which observers say was flawed, gave the mayor a second term.",
        [("observers", "say", ["which", "was flawed"])],
        id="which-aside-say-gap",
    ),
    pytest.param(
        "The farmers' claim came as the council met.",
        [],
        id="neg-claim-noun-before-finite",
    ),
    pytest.param(
        "They rejected the report that the rebels claim was staged.",
        [("They", "rejected", ["the report that the rebels claim was staged"])],
        id="neg-report-noun-then-that",
    ),
    # Speech set down after "says," without quotation marks (transcribed radio copy), only
    # when the sentence opens with its speaker.
    pytest.param(
        "Governor Hale says, what matters now is that both towns get clean water.",
        [("Governor Hale", "says", ["what matters now is that both towns get clean water"])],
        id="says-comma-what-clause",
    ),
    pytest.param(
        "The minister said, they will not return to the talks this year.",
        [("The minister", "said", ["they will not return to the talks this year"])],
        id="said-comma-pronoun-clause",
    ),
    pytest.param(
        "To fund the schools she has promised, she will need new taxes.",
        [],
        id="neg-cue-inside-opening-clause",
    ),
    # A reporter's note closing the sentence is no part of what was said.
    pytest.param(
        "The rebels said they downed a drone, a claim the agency was not able to confirm.",
        [("The rebels", "said", ["they downed a drone"])],
        id="note-a-claim-not-able-to-confirm",
    ),
    pytest.param(
        "Police said 30 people were held, but that could not be independently verified.",
        [("Police", "said", ["30 people were held"])],
        id="note-but-could-not-be-verified",
    ),
    # "A, but this was denied by X": the pronoun points back at A; the clause is X's answer
    # and A ends before it (a pronoun "reported by X" is no answer and stays as it was).
    pytest.param(
        "The army said the convoy was ambushed, but this was denied by local elders.",
        [
            ("The army", "said", ["the convoy was ambushed"]),
            ("local elders", "denied", ["this was denied by local elders"]),
        ],
        id="but-this-was-denied-by",
    ),
    pytest.param(
        "The police said the march was violent, though that has been disputed by the organizers.",
        [
            ("The police", "said", ["the march was violent"]),
            ("the organizers", "disputed", ["that has been disputed by the organizers"]),
        ],
        id="though-that-has-been-disputed-by",
    ),
    pytest.param(
        "This was rejected by the opposition party.",
        [("the opposition party", "rejected", ["This was rejected by the opposition party"])],
        id="sentence-opening-pointer",
    ),
    pytest.param(
        "The mayor said the figures could not be verified.",
        [("The mayor", "said", ["the figures could not be verified"])],
        id="neg-whole-content-is-said",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims_once_lost_are_found(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected


STATEMENT = "The spokesman said:\n\nWe took the hill. Their guns are silent.\n\n{}\n"

NOTES = [
    pytest.param("The agency could not independently verify the claims.", 2, id="note-ends-block"),
    pytest.param("The figures could not be confirmed.", 2, id="passive-note-ends-block"),
    pytest.param("We cannot confirm reports of more deaths.", 3, id="neg-first-person-is-said"),
]


@pytest.mark.parametrize(("line", "count"), NOTES)
def test_reporters_note_is_no_continuation(line: str, count: int) -> None:
    shapes = claim_shapes(STATEMENT.format(line))
    assert len(shapes) == count
    assert all(mention == "The spokesman" for mention, _, _ in shapes)


# A paragraph opened by a double mark that never closes (the closing mark left out, or the copy
# cut off) is a quotation to the paragraph's end, the last speaker's going on; a paragraph that
# credits its own words after a comma lost the mark before the credit instead.
UNCLOSED = [
    pytest.param(
        'Ms. Lund says the troops will stay.\n\n"We are not leaving this town.',
        [
            ("Ms. Lund", "says", ["the troops will stay"]),
            ("Ms. Lund", "", ['"We are not leaving this town.']),
        ],
        id="never-closed-ends-story",
    ),
    pytest.param(
        'Ms. Lund says the troops will stay.\n\n"We are not leaving.\n\nThe army did not comment.',
        [
            ("Ms. Lund", "says", ["the troops will stay"]),
            ("Ms. Lund", "", ['"We are not leaving.']),
        ],
        id="never-closed-then-narration",
    ),
    pytest.param(
        'Ms. Lund says the troops will stay.\n\n"We are not leaving, said the colonel.',
        [
            ("Ms. Lund", "says", ["the troops will stay"]),
            ("the colonel", "said", ['"We are not leaving']),
        ],
        id="neg-own-credit",
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCLOSED)
def test_never_closed_quote(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected


WHO_AFTER_BY = [
    # The antecedent of "who" after a passive's "by" is the agent, however long the phrase
    # before it ("filed before the vote by X, who").
    pytest.param(
        "A court upheld an appeal lodged after the count by three rival parties, who had"
        " argued that the ballots were forged.",
        "three rival parties",
        True,
        id="passive-agent",
    ),
    # A noun's "by" names no passive agent: "who" does not pass over the noun to it.
    pytest.param(
        "Radio stations kept airing statements by two rival parties, who had argued that the"
        " ballots were forged.",
        "two rival parties",
        False,
        id="neg-noun-by",
    ),
]


@pytest.mark.parametrize(("text", "agent", "speaks"), WHO_AFTER_BY)
def test_who_after_by(text: str, agent: str, speaks: bool) -> None:
    claims, speakers = attribute_claims([Document("t", text)], nationality=nationality)
    names = {s.id: s.name for s in speakers}
    found = [names[c.speaker_id] for c in claims if c.content.text.endswith("forged")]
    assert (found == [agent]) is speaks
