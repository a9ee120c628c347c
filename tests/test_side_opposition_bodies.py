"""The opposition under its several names: a coalition of opposition candidates and its head,
"the party, <Name>," after "the largest opposition party" (issue 7, sides). Texts are made up,
in the shape of wire stories."""

from __future__ import annotations

import pytest

from tests.side_helpers import column_and_reason, column_of

_COALITION = (
    "Opposition candidates said on Wednesday that the president placed no better than "
    "fourth in any major district.\n\n"
    "The electoral commission said the president won 67 percent of the vote.\n\n"
    "Marc Okemba, the head of a coalition of five opposition candidates, posted a tally "
    "showing the president trailing.\n\n"
    '"The president cannot claim a victory," the coalition said in a statement.'
)
_PARTY = (
    "Gabon's largest opposition party says the rulers are stepping up arrests of "
    "activists.\n\n"
    "The party, Volna, said Thursday the police had detained 304 people. Volna also said "
    "24 activists were missing.\n\n"
    "Gabon's interior ministry said all detainees had been charged."
)
_TWO_PARTIES = (
    "The opposition says the count was rigged.\n\n"
    "The party, Volna, said Thursday the police had detained 304 people. The ruling party, "
    "Unity, said the vote was fair."
)


@pytest.mark.parametrize(
    ("text", "said", "column"),
    [
        # the head of a coalition made of opposition candidates speaks for the opposition,
        # and so does the coalition he heads
        (_COALITION, "placed no better than fourth", "Opposition"),
        (_COALITION, "showing the president trailing", "Opposition"),
        (_COALITION, "cannot claim a victory", "Opposition"),
        # "the party, Volna," after "the largest opposition party": one party, one column
        (_PARTY, "stepping up arrests", "Volna"),
        (_PARTY, "detained 304 people", "Volna"),
        (_PARTY, "all detainees had been charged", "Gabon"),
    ],
)
def test_one_opposition_column(text: str, said: str, column: str) -> None:
    assert column_of(text, said) == column


def test_the_reason_names_the_opposition_body() -> None:
    column, reason = column_and_reason(_COALITION, "showing the president trailing")
    assert column == "Opposition"
    assert "coalition of five opposition candidates" in reason


def test_a_ruling_party_in_apposition_is_no_opposition() -> None:
    assert column_of(_TWO_PARTIES, "the vote was fair") != column_of(
        _TWO_PARTIES, "the count was rigged"
    )
