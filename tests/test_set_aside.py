"""One side names the other's account of an act to set it aside (set_aside.py): "instead of
shelling a market, the artillery hit a depot" against "the artillery shelled a market". The
sentences are made up, in the shape of wire reports of a dispute."""

from __future__ import annotations

import pytest

from attribcmp.model import Relation
from attribcmp.set_aside import set_aside, set_aside_signal
from tests.faceted import faceted_claim


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "instead of shelling a crowded market, the guns hit a fuel depot",
            "instead of shelling a crowded market",
        ),
        (
            "the police used water cannon rather than live rounds on the marchers",
            "rather than live rounds on the marchers",
        ),
        (
            "in place of the promised bonus, staff received a voucher",
            "in place of the promised bonus",
        ),
        # nothing set aside
        ("the guns hit a fuel depot outside the town", ""),
        ("the insteadness of the plan", ""),
    ],
)
def test_set_aside_words(text: str, words: str) -> None:
    assert set_aside(text)[0] == words


@pytest.mark.parametrize(
    ("first", "second", "diverge"),
    [
        # one side tells the act, the other names it only to replace it
        (
            "the artillery shelled a crowded market, killing shoppers",
            "instead of shelling a crowded market, the guns hit a fuel depot",
            True,
        ),
        (
            "riot police fired live rounds at the marchers",
            "officers used water cannon rather than live rounds on the marchers",
            True,
        ),
        (
            "the ministry sent the promised bonus to every nurse",
            "in place of the promised bonus, the nurses received a voucher",
            True,
        ),
        # both set the act aside: they agree on what did not happen
        (
            "instead of shelling a crowded market, the guns hit a fuel depot",
            "rather than shelling a crowded market, the artillery aimed at the depot",
            False,
        ),
        # the other side denies the act too: no account against another
        (
            "no crowded market was shelled",
            "instead of shelling a crowded market, the guns hit a fuel depot",
            False,
        ),
        # the set-aside act is not what the other claim tells (one common word only)
        (
            "the artillery shelled the northern ridge at dawn",
            "instead of shelling a crowded market, the guns hit a fuel depot",
            False,
        ),
        # agreement in other words, nothing set aside
        (
            "the guns hit a fuel depot outside the town",
            "artillery struck a depot of fuel on the town's edge",
            False,
        ),
    ],
)
def test_set_aside_signal(first: str, second: str, diverge: bool) -> None:
    doc = f"The army said {first}. Witnesses said {second}."
    a = faceted_claim(doc, "c1", "army", first)
    b = faceted_claim(doc, "c2", "witnesses", second)
    signal = set_aside_signal(a, b, "Army", "Witnesses")
    if not diverge:
        assert signal is None
        return
    assert signal is not None
    assert signal.relation is Relation.DIVERGE
    assert signal.name == "framing"
    assert "sets aside the other account" in signal.reason
    # the reason names the set-aside words and whose they are
    assert set_aside(second)[0] in signal.reason
    assert "(Witnesses)" in signal.reason
