"""A court or a government naming no country joins the one country the story quotes.

The stories are written for these tests in the shape of real court and strike news.
"""

from __future__ import annotations

import pytest

from attribcmp.side_organs import state_organ
from tests.side_helpers import column_and_reason


@pytest.mark.parametrize(
    ("name", "organ"),
    [
        ("A court", True),
        ("the Supreme Court", True),
        ("The Constitutional Court", True),
        ("Court of Appeal judges", True),
        ("the government", True),
        ("The judges", True),
        # a named election body and prosecutors are parties of their own in election and
        # trial stories
        ("the electoral commission", False),
        ("Prosecutors", False),
        ("the regulator", False),
        ("the court's lawyers", False),
        ("Supreme Court Justice Ann Vell", False),
    ],
)
def test_state_organ_names(name: str, organ: bool) -> None:
    assert state_organ(name) is organ


_STRIKE = (
    "Nurses strike in Peru\n\n"
    "Peru's health minister, Omar Tesk, said on Monday the strike was illegal. "
    '"The hospitals will stay open," Tesk said.\n\n'
    "The nurses union said its members would not return to work until they were paid.\n\n"
    "A court ordered the nurses back to work on Tuesday, saying the strike put patients at risk.\n"
)
_RULING = (
    "Peru court backs election result\n\n"
    'Opposition leader Ana Brisk said the count was rigged. "We won this vote," Brisk said.\n\n'
    "Peru's interior minister, Pavel Orn, said the vote was clean.\n\n"
    "The Constitutional Court said on Friday the president had won by 9,000 votes.\n"
)
_TWO_STATES = (
    "Border talks stall\n\n"
    "Chile's foreign minister, Pavel Orn, said the border was closed. "
    "Mexico's foreign minister, Juan Ruiz, said trucks were still crossing.\n\n"
    "A court said the closure was lawful.\n"
)


@pytest.mark.parametrize(
    ("text", "said", "column"),
    [
        (_STRIKE, "put patients at risk", "Peru"),
        (_RULING, "the president had won", "Peru"),
        # two countries quoted: the court could be either's, so it stays with no side
        (_TWO_STATES, "the closure was lawful", "Other speakers"),
    ],
)
def test_organ_joins_the_one_country_quoted(text: str, said: str, column: str) -> None:
    side, reason = column_and_reason(text, said)
    assert side == column, reason
    if column != "Other speakers":
        assert "a state organ" in reason and column in reason, reason


_COUNCIL = (
    "Vote Result Disputed\n\n"
    "Ghana's Electoral Commission has declared the president the winner by a narrow margin.\n\n"
    "National Electoral Commission chairman Kwame Osei said the count was final.\n\n"
    "Opposition leader Ama Boateng said the count was rigged.\n"
)
_TWO_COUNCILS = (
    "Regional Vote Watch\n\n"
    "Ghana's Electoral Commission said turnout was high. Togo's Electoral Commission said "
    "turnout was low.\n\n"
    "National Electoral Commission chairman Kwame Osei said the count was final.\n"
)


@pytest.mark.parametrize(
    ("text", "said", "column"),
    [
        # the body named with its country and again with a title of its own is one body
        (_COUNCIL, "the count was final", "Ghana"),
        # the opposition's leader is no chairman of the commission's party
        (_COUNCIL, "the count was rigged", "Opposition"),
        # two countries name such a body: it could be either's
        (_TWO_COUNCILS, "the count was final", "National Electoral Commission"),
    ],
)
def test_a_body_named_with_its_country_joins_it(text: str, said: str, column: str) -> None:
    side, reason = column_and_reason(text, said)
    assert side == column, reason
