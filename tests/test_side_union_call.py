"""'The union' the story calls a named body by (side_bodies.called_so): "Members of United
Teachers Los Angeles voted ... if the union and the district failed" names a union whose name
lacks the word. Negative rows: "union" before another name, "the union" a sentence later.
"""

from __future__ import annotations

import pytest
from side_helpers import columns_by_speaker

from attribcmp.side_bodies import called_so


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the sentence goes on to call the named body "the union"
        (
            "Members of United Nurses Ohio voted to strike if the union and the board failed.",
            "United Nurses Ohio",
            True,
        ),
        # negative: "union" before another name is no call of this body
        ("Teachers cheered, said teachers union President Ann Lee.", "Teachers", False),
        # negative: "the union" only in the next sentence
        ("United Nurses Ohio voted. The union has 5,000 members.", "United Nurses Ohio", False),
    ],
)
def test_called_so(text: str, name: str, expected: bool) -> None:
    assert called_so(text, text.index(name), "union") is expected


def test_the_union_joins_the_body_called_so() -> None:
    text = (
        "Nurses strike in Ohio\n\n"
        "Members of United Nurses Ohio said they would strike if the union and the hospital "
        "board failed to reach an agreement.\n\n"
        "The union says the board has refused to hire more staff.\n\n"
        "The board says it cannot afford the raises.\n"
    )
    assert columns_by_speaker(text)["The union"] == "United Nurses Ohio"


_NURSES = (
    "Nurses strike in Ohio\n\n"
    '"Patients, we are striking for you," said nurses union President Ann Lee.\n\n'
    "Members of United Nurses Ohio said they would strike if the union and the hospital "
    "board failed to reach an agreement.\n\n"
    "The union says the board has refused to hire more staff.\n"
)


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # "nurses union President X": the one union the story names, though its name lacks
        # the word
        (_NURSES, "Ann Lee", "United Nurses Ohio"),
        # negative: "President X" with no union word before the title is no union's officer
        (_NURSES.replace("nurses union President", "hospital President"), "Ann Lee", None),
    ],
)
def test_union_officer_joins_the_union(text: str, speaker: str, side: str | None) -> None:
    columns = columns_by_speaker(text)
    if side is None:
        assert columns[speaker] != "United Nurses Ohio"
    else:
        assert columns[speaker] == side
