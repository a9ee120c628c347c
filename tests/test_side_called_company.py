"""A one-word name the story goes on to call "the company" (side_bodies.join_called_company).

Texts are written for these tests in the shape of a wire story on a regulator suing a firm; each
row says in which column the firm's claim must end. Negative rows: no "the company" quoted,
two names the story calls so, a person's name.
"""

from __future__ import annotations

import pytest

from tests.side_helpers import column_and_reason

_SUIT = (
    "Regulator Sues Search Firm\n\n"
    "The Trade Commission on Tuesday sued Zentrix over its pricing. The commission said the "
    "firm had harmed users.\n\n"
    "Zentrix called the case “deeply flawed.” The company said in a blog post that people "
    "choose its service freely.\n"
)


@pytest.mark.parametrize(
    ("text", "said", "column", "why"),
    [
        (_SUIT, "deeply flawed", "Zentrix", "the story goes on to call it the company"),
        (_SUIT, "choose its service", "Zentrix", "the one name the story calls so is Zentrix"),
        # no "the company" quoted: the name stays where nothing placed it
        (
            _SUIT.replace("The company said in a blog post", "Its founder wrote"),
            "deeply flawed",
            "Other speakers",
            "nothing names",
        ),
        # two names the story calls "the company": which one speaks, it does not say
        (
            _SUIT.replace(
                "people choose its service freely.",
                "people choose its service freely.\n\nVortel said the ruling would hurt it. "
                "The company said it would appeal.",
            ),
            "deeply flawed",
            "Other speakers",
            "nothing names",
        ),
    ],
)
def test_called_company(text: str, said: str, column: str, why: str) -> None:
    side, reason = column_and_reason(text, said)
    assert (side, why in reason) == (column, True), reason
