"""One key for a country's name, possessive and demonym (gazetteer.nation_key), and the
demonyms a side's label is recognised by (gazetteer.label_demonyms, side_mentions)."""

from __future__ import annotations

import pytest

from attribcmp.gazetteer import label_demonyms, nation_key
from attribcmp.side_mentions import names_side, side_stems


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # a name and a demonym that share few letters
        ("Britain's", "British", True),
        ("China's", "Chinese", True),
        ("Netherlands", "Dutch", True),
        ("Switzerland's", "Swiss", True),
        ("UK", "British", True),
        # a country the gazetteer does not know: its first letters
        ("Ruritania's", "Ruritanian", True),
        # controls: two neighbours, near in spelling
        ("Iranian", "Iraqi", False),
        ("Iran", "Iraq", False),
        ("Austrian", "Australian", False),
        ("Ruritanian", "Borduvian", False),
    ],
)  # fmt: skip
def test_nation_key(a: str, b: str, same: bool) -> None:
    assert (nation_key(a) == nation_key(b)) is same


@pytest.mark.parametrize(
    ("label", "word", "found"),
    [
        ("United Kingdom", "British", True),
        ("Thailand", "Thai", True),
        ("Afghanistan", "Afghan", True),
        ("Pakistan", "Pakistani", True),
        # controls: a label the gazetteer does not know has no demonyms; another country's
        ("Ruritania", "Ruritanian", False),
        ("Thailand", "Cambodian", False),
    ],
)  # fmt: skip
def test_label_demonyms(label: str, word: str, found: bool) -> None:
    assert (word in label_demonyms(label)) is found


@pytest.mark.parametrize(
    ("label", "text", "named"),
    [
        # the demonym no stem of the name reaches
        ("United Kingdom", "British troops crossed the line", True),
        ("Thailand", "Thai soldiers opened fire first", True),
        # the stem still reads the name's own forms
        ("Pakistan", "Pakistani troops crossed the line", True),
        ("Ruritania", "Ruritanian troops crossed the line", True),
        # control: another side's demonym
        ("Thailand", "Cambodian soldiers opened fire first", False),
    ],
)  # fmt: skip
def test_side_words_read_demonyms(label: str, text: str, named: bool) -> None:
    assert bool(names_side(text, side_stems(label))) is named
