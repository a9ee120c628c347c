"""Attribution set aside (pair_attribution.py): what was said, without who said it."""

from __future__ import annotations

import pytest

from attribcmp.pair_attribution import set_aside


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # A trailing attribution, with a day or where it was said.
        (
            "The two men were seen at the airport, police said Sunday.",
            "The two men were seen at the airport",
        ),
        (
            "Russia had closed the border until June 4, Itar-Tass news agency said in a statement.",
            "Russia had closed the border until June 4",
        ),
        ("Prices rose 5 percent, according to the bureau.", "Prices rose 5 percent"),
        # Inverted: the verb first, then the speaker and their description.
        (
            "The plan is sound, said Hubbard, director of the research centre.",
            "The plan is sound",
        ),
        # A leading attribution: "X said (that)", "told reporters that", "according to X,".
        (
            "The mayor said the bridge would reopen in May.",
            "the bridge would reopen in May.",
        ),
        (
            "The minister told reporters on Monday that talks had failed.",
            "talks had failed.",
        ),
        ("According to the ministry, 12 people died.", "12 people died."),
        # A quotation whose outside is only its attribution is what was said.
        (
            '"We have found the smoking gun," board member Scott Hubbard said.',
            "We have found the smoking gun,",
        ),
        (
            'The mayor later told reporters that the deal "will be a compromise, like the '
            'real world requires."',
            "will be a compromise, like the real world requires.",
        ),
        # A quotation inside a longer report is not the whole of what was said.
        (
            'His wife said he was "fully behind the president" and looked forward to the new post.',
            'he was "fully behind the president" and looked forward to the new post.',
        ),
    ],
)
def test_attribution_is_set_aside(text: str, said: str) -> None:
    assert set_aside(text) == said


@pytest.mark.parametrize(
    "text",
    [
        # No attribution: the statement itself.
        "A man is playing a guitar.",
        "Some pieces of butter are being added to the stand mixer",
        # "announced" without "that" is the news itself, not a reporting verb.
        "The company announced a deal with its largest rival.",
        # What follows a trailing "said" is content, not where it was said.
        "In a statement Monday, the company said it would cut 500 jobs.",
        # Too little would be left.
        "He said so.",
    ],
)
def test_text_without_attribution_is_kept(text: str) -> None:
    assert set_aside(text) == text


def test_long_input_is_linear_enough() -> None:
    # Every pattern is anchored at one end, so a long text is read in bounded passes.
    text = "word, " * 2000 + "he said."
    assert set_aside(text).endswith("word")
