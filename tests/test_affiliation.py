"""affiliation.py: reading whom a speaker speaks for from the words around the name."""

from __future__ import annotations

import pytest

from attribcmp.affiliation import apposition_after, dateline_place
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KABUL, Afghanistan (AP) — Officials said.", "KABUL, Afghanistan"),
        ("A Headline Here\nBy A Writer\n\n  WASHINGTON — Officials said.", "WASHINGTON"),
        ("\n" * 300 + "KABUL, Afghanistan (AP) — Officials said.", "KABUL, Afghanistan"),
        # robust21: blank lines or indented lines before no dateline took forever (the
        # pattern's "\n\s*" steps could share them out in exponentially many ways)
        ("\n" * 300 + "The minister said hi.", None),
        (" \n\t\n" * 300 + "The minister said hi.", None),
        ((" " * 150 + "x\n") * 12 + "The minister said hi.", None),
        ("Kabul — the minister said.", None),  # a dateline's city is in capitals
    ],
)
def test_dateline_place(text: str, expected: str | None) -> None:
    assert dateline_place(text) == expected
