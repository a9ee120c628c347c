"""affiliation.py: reading whom a speaker speaks for from the words around the name."""

from __future__ import annotations

import pytest

from attribcmp.affiliation import apposition_after
from attribcmp.model import Document
from attribcmp.pipeline import attribute


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("X, a spokesman for the U.S. embassy.", "a spokesman for the U.S. embassy"),
        (
            "X, a spokesman for the U.S. Embassy in Kabul, said",
            "a spokesman for the U.S. Embassy in Kabul",
        ),
        ("X, the U.N. envoy.", "the U.N. envoy"),
        ("X, a lawyer in Washington D.C., said", "a lawyer in Washington D.C."),
        ("X, an envoy to the U.S.", "an envoy to the U.S."),
        # A capital letter ending a sentence is no initialism: the apposition stops there.
        ("X, a member of Group A. The attack was bad.", "a member of Group A"),
        ("X, Palestinian Interior Minister. He", "Palestinian Interior Minister"),
        ("X, who said", None),
        ("X said", None),
    ],
)
def test_apposition_after(text: str, expected: str | None) -> None:
    assert apposition_after(text, 1) == expected


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        (
            '"It was fine," said Bo Khan, a spokesman for the U.S. Embassy in Kabul.',
            "United States",
        ),
        ('"No," said Carl Ray, a U.S. official.', "United States"),
        ('"No," said Carl Ray, a farmer.', "Other speakers"),
    ],
)
def test_initialisms_in_an_apposition_name_the_side(sentence: str, side: str) -> None:
    report = attribute([Document(id="a", text=sentence + "\n", path=None)])
    [speaker] = report.speakers
    sides = {s.id: s.name for s in report.sides}
    assert sides[speaker.side or ""] == side


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said so.", (0,)),
        ("The unofficial count and the officials' count.", (29,)),
        ("non-official sources; officials", (22,)),
        ("An official, two officials and Officialdom.", (3, 17)),
    ],
)
def test_body_word_positions_are_whole_words(text: str, expected: tuple[int, ...]) -> None:
    from attribcmp.affiliation import BodyIndex

    assert BodyIndex({"d": text}).positions("d", "official") == expected
