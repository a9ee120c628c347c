"""Claims lost before linking on new stories (issue 6/7): shapes whose claim was not extracted.

Wording is made up in the shape of real stories; each rule has a row where it must not fire.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

QUOTE_AFTER_REPORT = [
    pytest.param(
        "Spokesman Dara Vann told reporters Friday no threats were made.\n\n"
        "“We are just talking. The ministry is not planning any action.”\n",
        [
            ("Spokesman Dara Vann", "told", ["no threats were made"]),
            (
                "Spokesman Dara Vann",
                "",
                ["“We are just talking. The ministry is not planning any action.”"],
            ),
        ],
        id="quotation-paragraph-after-a-report",
    ),
    pytest.param(
        "Rogers denied feeling any pressure from the president.\n\n"
        '"I have never been directed to do anything illegal."\n',
        [
            ("Rogers", "denied", ["feeling any pressure from the president"]),
            ("Rogers", "", ['"I have never been directed to do anything illegal."']),
        ],
        id="quotation-paragraph-after-a-denial",
    ),
    pytest.param(
        "Spokesman Dara Vann told reporters Friday no threats were made.\n\n"
        "“Negative rumors”\n\nThe talks went on.\n",
        [("Spokesman Dara Vann", "told", ["no threats were made"])],
        id="quoted-subheading-is-no-quotation",
    ),
    pytest.param(
        "Schoen wrote that delegates pledged to Clinton may reconsider.\n\n"
        "“A loss in California would show her weakness.”\n",
        [
            ("Schoen", "wrote", ["that delegates pledged to Clinton may reconsider"]),
            ("Schoen", "", ["“A loss in California would show her weakness.”"]),
        ],
        id="quotation-goes-on-with-the-outer-reporter",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_AFTER_REPORT)
def test_quote_after_report(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected


def test_quote_paragraph_with_its_own_speaker_is_not_the_reporters() -> None:
    text = (
        "Ms. Lee told reporters the vote was fair.\n\n"
        '"This is a big year for us!" her niece, Ann Price, shouted to the crowd.\n'
    )
    assert all(mention != "Ms. Lee" or cue for mention, cue, _ in claim_shapes(text))


# A camp speaks only with a holder before it ("Odinga's camp", "the Clinton camp"); a place
# ("The camp", "a hillside camp of rebel fighters, who ...": tests/test_inanimate_speakers.py)
# never does.
CAMPS = [
    pytest.param(
        "Odinga's camp accused the government of rigging the vote.",
        [("Odinga's camp", "accused", ["the government of rigging the vote"])],
        id="a-leaders-camp-speaks",
    ),
    pytest.param(
        "The Clinton camp said the report was false.",
        [("The Clinton camp", "said", ["the report was false"])],
        id="a-named-camp-speaks",
    ),
    pytest.param(
        "Refugees fled a hillside camp after the raid, officials said.",
        [("officials", "said", ["Refugees fled a hillside camp after the raid"])],
        id="a-described-camp-says-nothing",
    ),
    pytest.param(
        "The camp was attacked, officials said.",
        [("officials", "said", ["The camp was attacked"])],
        id="a-camp-as-a-place-says-nothing",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAMPS)
def test_camps(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected


FRONTED_PARTICIPLE = [
    pytest.param(
        'Calling the moves "provocative," Lee accused the army of sabotaging the talks.',
        [("Lee", "accused", ["the army of sabotaging the talks"])],
        id="quotation-inside-a-fronted-participle",
    ),
    pytest.param(
        'Beijing\'s move is "a threat," the minister said at a news conference.',
        [("the minister", "said", ['Beijing\'s move is "a threat,"'])],
        id="a-name-in-ing-opens-no-participle",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_PARTICIPLE)
def test_fronted_participle(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected


NOUN_OBJECT = [
    pytest.param(
        "Trafigura denies responsibility, saying pollution was to blame for the deaths.",
        [
            ("Trafigura", "denies", ["responsibility"]),
            ("Trafigura", "saying", ["pollution was to blame for the deaths"]),
        ],
        id="denied-noun-then-saying",
    ),
    pytest.param(
        "The firm denied again, saying pollution was to blame for the deaths.",
        [("The firm", "denied", ["pollution was to blame for the deaths"])],
        id="an-adverb-is-no-object",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_OBJECT)
def test_noun_object(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected
