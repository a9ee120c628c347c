"""A side named in running text (side_mentions.py): the words its label is recognised by,
and the side as the text puts it."""

from __future__ import annotations

import pytest

from attribcmp.side_mentions import names_side, side_stems


@pytest.mark.parametrize(
    ("label", "text", "named"),
    [
        ("India", "India's border forces opened fire on the post", "India's border forces"),
        ("Pakistan", "the shelling by Pakistani troops killed two", "Pakistani troops"),
        # an event word is no part of the side's name ("troops killed")
        ("Pakistan", "Pakistani troops killed two", "Pakistani troops"),
        # the demonym the gazetteer gives the label
        ("United Kingdom", "the raid by British jets", "British jets"),
        # controls: what the side said is not the side acting; another side; no side
        ("Reuters", "the Reuters report was wrong", ""),
        ("Thailand", "Cambodian soldiers opened fire first", ""),
        ("Ruritania", "the river was low", ""),
    ],
)  # fmt: skip
def test_names_side(label: str, text: str, named: str) -> None:
    assert names_side(text, side_stems(label)) == named


def test_pointed_imports_side_mentions_at_the_top() -> None:
    # pointed.py read incident_signals' private helpers inside two functions (an import
    # cycle through answers.py); the shared module now sits below both
    import attribcmp.pointed as pointed

    assert pointed.names_side is names_side
    assert pointed.side_stems is side_stems
