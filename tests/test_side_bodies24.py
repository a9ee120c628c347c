"""Sides24: bodies whose names run long, labels, court members and a body of a placed side.

Each row is a story written for these tests in the shape of real news: the words of a claim
and the column a reader would put it in, or a column it must not land in (the negative rows).
"""

from __future__ import annotations

import pytest

from attribcmp.affiliation import speaks_for
from attribcmp.side_names import is_proper
from tests.side_helpers import column_of


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        # a world region after "in" ends a body's name, whatever its length
        (
            "head of the observer team of the Organization for Security and Co-operation in Europe",
            "Organization for Security and Co-operation in Europe",
        ),
        ("a spokesman for the Economic Commission in Africa", "Economic Commission in Africa"),
        # negative: a city after "in" says where the body sits
        ("a spokesman for the European Commission in Brussels", "European Commission"),
        ("a spokesman for the Organization of American States", "Organization of American States"),
        # a body the person is with now, after a post left
        (
            "a former National Security Agency lawyer now at the Brookings Institution",
            "Brookings Institution",
        ),
        # negative: with no "now at", the body named is the person's
        ("a National Security Agency lawyer", "National Security Agency"),
    ],
)
def test_body_name_runs_to_its_region(phrase: str, body: str) -> None:
    assert speaks_for(phrase) == body


@pytest.mark.parametrize(
    ("name", "proper"),
    [
        ("Organization for Security and Co-operation in Europe", True),
        ("Council of Europe", True),
        # negative: "in" before a city is no part of a name
        ("European Commission in Brussels", False),
    ],
)
def test_region_keeps_a_name_proper(name: str, proper: bool) -> None:
    assert is_proper(name) is proper


_OSCE = (
    "Observers endorse vote\n\n"
    "The ruling party said the vote was clean.\n\n"
    '"This election showed improvement, but lacked genuine competition," said Tonino Picula, '
    "head of the Organization for Security and Co-operation in Europe.\n"
)
_LABEL = (
    "So long, Grand Old Party\n\n"
    "As it puts its nominee atop the ticket, the Grand Old Party is rushing toward an "
    "unofficial label it is desperately trying to avoid: the White People's Party.\n\n"
    "Analysts said the party had lost ground with minority voters.\n\n"
    "party Chairman Reince Priebus said the party needed to grow.\n"
)
_COURT = (
    "Pilot wins appeal\n\n"
    "The Appeal Court judges said the pilot should be allowed to claim damages.\n\n"
    "The judges said police were responsible for serious faults in detaining him.\n\n"
    'The pilot said: "I was never a terrorist."\n'
)
_POLICE = (
    "Colombia says rebels ran drugs\n\n"
    "Colombia said on Monday that rebels killed in a raid had run drug routes across "
    "Colombia.\n\n"
    "National police director Oscar Naranjo said the rebels had hidden 30 tons of cocaine.\n\n"
    "The rebels denied it.\n"
)
_COMMITTEE = (
    "Truce welcomed\n\n"
    "Syrian opposition forces also said they welcomed the deal, adding that the regime had "
    "broken every truce.\n\n"
    '"Moscow must press the regime to comply," said Bassma Kodmani of the High Negotiations '
    "Committee of the Syrian Opposition.\n\n"
    "Turkey said the deal was a step forward.\n"
)


@pytest.mark.parametrize(
    ("text", "said", "side"),
    [
        (_OSCE, "showed improvement", "Organization for Security and Co-operation in Europe"),
        # a nation's police naming no nation: the country the story is about
        (_POLICE, "30 tons", "Colombia"),
        # a label the story pins on a party is no body: the party's own name is
        (_LABEL, "needed to grow", "Grand Old Party"),
        # the judges named by their office alone are the court named with them before
        (_COURT, "serious faults", "Appeal Court"),
        # the judges' ruling quotes their court as their saying does (judges26)
        (_COURT.replace("judges said the", "judges ruled the"), "serious faults", "Appeal Court"),
        # a committee of a placed side's body is that side's, not a column of its own
        (_COMMITTEE, "Moscow must press", "Opposition"),
    ],
)
def test_column(text: str, said: str, side: str) -> None:
    assert column_of(text, said) == side


@pytest.mark.parametrize(
    ("text", "said", "not_side"),
    [
        (_LABEL, "needed to grow", "White People's Party"),
        (_COMMITTEE, "Moscow must press", "High Negotiations Committee of the Syrian Opposition"),
        # negative: a national park's director holds no state office
        (_POLICE.replace("National police", "National park"), "30 tons", "Colombia"),
        # negative: a pilot who is no member of a court stays out of it
        (_COURT, "never a terrorist", "Appeal Court"),
        # negative: judges whose court is named nowhere open no column of their own
        (
            _COURT.replace("The Appeal Court judges", "His lawyers"),
            "serious faults",
            "Appeal Court",
        ),
    ],
)
def test_not_column(text: str, said: str, not_side: str) -> None:
    assert column_of(text, said) != not_side
