"""Offices a speaker no longer holds, and an ordinal of a title (side_words.py,
affiliation.py): a former minister does not speak for the state, and "First Vice President"
names no body "First Vice". Sentences written for these tests in the shape of wire copy."""

from __future__ import annotations

import pytest

from attribcmp.affiliation import speaks_for
from attribcmp.side_words import holds_state_office
from tests.side_helpers import columns_by_speaker


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("Foreign Minister Ann Roe", True),
        ("Interior Minister Jan Ek", True),
        ("former Foreign Minister Ann Roe", False),
        ("the former president", False),
        ("ex-president Jan Ek", False),
        # the office held now counts, whatever was held before
        ("Former Prime Minister Jan Ek, now president", True),
    ],
)
def test_holds_state_office(text: str, holds: bool) -> None:
    assert holds_state_office(text) is holds


@pytest.mark.parametrize(
    "phrase",
    [
        "Current First Vice President Ann Roe",
        "First Vice President Roe",
        "Second Deputy Speaker Jan Ek",
        "Outgoing Prime Minister Jan Ek",
    ],
)
def test_an_ordinal_or_a_tense_of_a_title_is_no_body(phrase: str) -> None:
    assert speaks_for(phrase) is None


def test_a_former_minister_running_against_the_president_is_not_the_state() -> None:
    text = (
        "Moldova Votes Again\n\n"
        "Moldova's president, Ion Rusu, won 58 percent of the vote, the Moldova election "
        "board said. His rival, former Foreign Minister Dorin Vulpe, won 40 percent.\n\n"
        "“The result does not reflect the will of Moldova's voters,” Vulpe said.\n\n"
        "“The vote was clean,” President Rusu said."
    )
    cols = columns_by_speaker(text)
    assert cols["Ion Rusu"] == "Moldova"
    assert cols["Dorin Vulpe"] != "Moldova"
