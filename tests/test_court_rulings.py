"""A court's ruling as a claim, and a court in one column (issues 6 and 7, judges26).

Sentences and stories are made up in the shape of wire copy about courts: a judge's or a
bench's ruling is the court's claim; a reporter's "the court is expected to rule" is none; a
court's judges and the court named with its country ("Kenya's Court of Appeal") share that
country's column, never a column of their own beside it.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

from tests.side_helpers import columns_by_speaker

RULINGS = [
    pytest.param(
        "He was freed after a judge ruled there was no case against him.",
        [("a judge", "ruled", ["there was no case against him"])],
        id="judge-ruled",
    ),
    pytest.param(
        "The appeal judges ruled the men should be paid damages.",
        [("The appeal judges", "ruled", ["the men should be paid damages"])],
        id="judges-ruled",
    ),
    pytest.param(
        "The tribunal ruled the dismissal was unfair.",
        [("The tribunal", "ruled", ["the dismissal was unfair"])],
        id="tribunal-ruled",
    ),
    pytest.param(
        "Kenya's Court of Appeal has ruled the farmer is owed damages.",
        [("Kenya's Court of Appeal", "ruled", ["the farmer is owed damages"])],
        id="court-of-x-ruled",
    ),
    pytest.param(
        "A panel of three judges ruled the vote count was flawed.",
        [("A panel", "ruled", ["the vote count was flawed"])],
        id="panel-of-judges-ruled",
    ),
    # negatives: a ruling still to come is the reporter's, and "ruled out" is an act
    pytest.param("The court is expected to rule on the case next week.", [], id="neg-expected"),
    pytest.param("The judge has yet to rule on the motion.", [], id="neg-yet-to-rule"),
    pytest.param("The court will rule whether the tender was lawful.", [], id="neg-will-rule"),
    pytest.param("The judge ruled out a retrial.", [], id="neg-judge-ruled-out"),
    pytest.param("Officials ruled out any talks with the rebels.", [], id="neg-officials"),
]


@pytest.mark.parametrize(("text", "expected"), RULINGS)
def test_ruling_is_the_courts_claim(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected


_KENYA_COURT = (
    "Court frees farmer\n\n"
    "Kenya's Court of Appeal has ruled the farmer is owed damages.\n\n"
    "The Appeal Court judges ruled the police had acted without cause.\n\n"
    "The judges said the arrest was unlawful.\n\n"
    "The Ugandan government said the farmer was a smuggler.\n"
)
_NO_OWNER = (
    "Court frees farmer\n\n"
    "The Appeal Court judges ruled the police had acted without cause.\n\n"
    "The judges said the arrest was unlawful.\n\n"
    "The Ugandan government said the farmer was a smuggler.\n\n"
    "The Kenyan government said the farmer was a smuggler.\n"
)
_TWO_OWNERS = (
    "Court row\n\n"
    "Kenya's High Court ruled the tender was void.\n\n"
    "Uganda's High Court ruled the tender stood.\n\n"
    "The High Court judges said the case was closed.\n"
)


@pytest.mark.parametrize(
    ("text", "speaker", "column"),
    [
        # the story names the court as Kenya's: its judges speak in Kenya's column
        (_KENYA_COURT, "Kenya's Court of Appeal", "Kenya"),
        (_KENYA_COURT, "The Appeal Court judges", "Kenya"),
        (_KENYA_COURT, "The judges", "Kenya"),
        (_KENYA_COURT, "The Ugandan government", "Uganda"),
        # negative: no country names the court, two are quoted: the court keeps its column
        (_NO_OWNER, "The Appeal Court judges", "Appeal Court"),
        (_NO_OWNER, "The judges", "Appeal Court"),
        # negative: two countries each name a High Court: the judges could be either's
        (_TWO_OWNERS, "The High Court judges", "High Court"),
        (_TWO_OWNERS, "Kenya's High Court", "Kenya"),
    ],
)
def test_court_named_with_its_country_holds_its_judges(
    text: str, speaker: str, column: str
) -> None:
    assert columns_by_speaker(text)[speaker] == column


_BENCH = (
    "Verdict\n\n"
    "The Supreme Court judges ruled the law was void.\n\n"
    "Justice Mary Wanjiru said the law broke the charter.\n\n"
    "Justice Paul Kiptoo said the law was sound.\n\n"
    "Opposition leader Raila Odinga said the ruling was a victory.\n"
)
_TWO_BENCHES = (
    "Verdict\n\n"
    "Kenya's Supreme Court ruled the law was void.\n\n"
    "Justice Mary Wanjiru said the law broke the charter.\n\n"
    "Uganda's High Court ruled the law stood.\n"
)
_NO_BENCH = (
    "Hearing\n\n"
    "Judge Amaka Obi said the hearing would resume.\n\n"
    "The union said the case was weak.\n"
)


@pytest.mark.parametrize(
    ("text", "speaker", "column"),
    [
        # judges named by their bench title speak in their court's column, not one each
        (_BENCH, "Mary Wanjiru", "Supreme Court"),
        (_BENCH, "Paul Kiptoo", "Supreme Court"),
        (_BENCH, "Raila Odinga", "Opposition"),
        # negative: two courts' columns: the judge could sit on either
        (_TWO_BENCHES, "Mary Wanjiru", "Other speakers"),
        # negative: no court speaks: a judge opens no column
        (_NO_BENCH, "Amaka Obi", "Other speakers"),
    ],
)
def test_titled_judge_joins_the_one_court_column(text: str, speaker: str, column: str) -> None:
    assert columns_by_speaker(text)[speaker] == column
