"""A second holder of a one-holder office naming no country (side_leaders.py).

Each row is a story written for these tests in the shape of real news: a speaker's name and
the column a reader would put that speaker in; the negative rows keep the story's own holder
where he was.
"""

from __future__ import annotations

import pytest
from side_helpers import columns_by_speaker

from attribcmp.gazetteer import country_ids, load_gazetteer
from attribcmp.side_leaders import country_near, other_holder

_STORY = (
    "Kyrgyzstan vote disputed\n\n"
    "Kyrgyzstan's election was not free, monitors in Kyrgyzstan say.\n\n"
    "President Adam Korol claimed 80 percent of the vote in Kyrgyzstan, and said the result "
    "showed his critics had failed.\n\n"
    "The West has criticized Mr. Korol, with the United States threatening sanctions.\n\n"
)


@pytest.mark.parametrize(
    ("text", "speaker", "side", "not_side"),
    [
        # a second "President X" after the story's own president: the country named nearest
        (
            _STORY + 'President Bush has called Mr. Korol "a dictator."\n',
            "Bush",
            "United States",
            "Kyrgyzstan",
        ),
        # negative: the story's own president, named first, keeps the story's country
        (
            _STORY + 'President Bush has called Mr. Korol "a dictator."\n',
            "Adam Korol",
            "Kyrgyzstan",
            "United States",
        ),
    ],
)
def test_second_holder(text: str, speaker: str, side: str, not_side: str) -> None:
    columns = columns_by_speaker(text)
    assert columns[speaker] == side
    assert columns[speaker] != not_side


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("President Adam Korol said X. Later President Bush said Y.", ["President Bush"], True),
        # negative: the same man named twice holds the office once
        ("President Adam Korol said X. Later President Korol said Y.", ["President Korol"], False),
        # negative: an earlier holder a country word places elsewhere ("U.S. President")
        ("U.S. President Joe Biden said X. President Volkov said Y.", ["President Volkov"], False),
        # negative: a vice president holds another office
        ("Vice President Ann Lee said X. President Volkov said Y.", ["President Volkov"], False),
    ],
)
def test_other_holder(text: str, names: list[str], expected: bool) -> None:
    def before(start: int) -> str | None:
        return "united-states" if text[max(0, start - 5) : start].strip() == "U.S." else None

    assert other_holder(text, names, before, "kyrgyzstan") is expected


@pytest.mark.parametrize(
    ("text", "at_word", "expected"),
    [
        # the country named in the sentence before him
        (
            "The United States threatened sanctions. President Bush called him a dictator.",
            "Bush",
            "united-states",
        ),
        # negative: a country named after him qualifies the next person, not him
        ("President Bush met Iraqi Prime Minister Nouri al-Maliki.", "Bush", None),
        # negative: the story's own country is never his
        ("Belarus voted. President Bush called it unfair.", "Bush", None),
    ],
)
def test_country_near(text: str, at_word: str, expected: str | None) -> None:
    gazetteer = load_gazetteer()
    countries = country_ids()
    assert country_near(text, text.index(at_word), gazetteer, countries, "belarus") == expected
