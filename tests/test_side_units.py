"""Whose a numbered unit is: only an owner written directly before the unit counts.

Stories written for these tests in the shape of wire copy; each row gives the apposition and
the owner a reader would name (None: the story does not say).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from attribcmp import side_units
from attribcmp.side_units import other_armies, unit_owner

_APPOS = "a spokesman for the 47th Mechanized Brigade"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # positive controls: the owner written right before the unit
        ("The village is held by Ukraine's 47th Mechanized Brigade, he said.", "ukraine"),
        ("Troops of the Ukrainian 47th Mechanized Brigade held the line.", "ukraine"),
        ("Kyiv's Ukrainian 47th Mechanized Brigade held.", "ukraine"),
        # a verb between: the subject attacked the unit, it does not own it
        ("Russia attacked the 47th Mechanized Brigade overnight with drones.", None),
        ("Russia shelled the 47th Mechanized Brigade near Bakhmut.", None),
        ("Moscow said it had destroyed the 47th Mechanized Brigade twice.", None),
        # the owner is the nearer word, not the attacker before it
        ("Russia attacked Ukraine's 47th Mechanized Brigade overnight.", "ukraine"),
    ],
)
def test_unit_owner_is_written_before_the_unit(text: str, owner: str | None) -> None:
    found = unit_owner(text, _APPOS)
    assert (found[0] if found else None) == owner, found


def test_other_armies_skip_the_quoted_state() -> None:
    text = "Russia's army said it advanced. Ukrainian forces said they held. U.S. and Afghan troops"
    assert other_armies(text, "russia") == ["Ukrainian forces"]


class _Counting:
    """A compiled pattern that counts the characters it is asked to scan."""

    def __init__(self, pattern: re.Pattern[str], box: list[int]) -> None:
        self._p, self._box = pattern, box

    def _count(self, string: str, pos: int = 0, endpos: int | None = None) -> None:
        self._box[0] += (len(string) if endpos is None else endpos) - pos

    def search(self, string: str, *a: int) -> Any:
        self._count(string, *a)
        return self._p.search(string, *a)

    def finditer(self, string: str, *a: int) -> Iterator[re.Match[str]]:
        self._count(string, *a)
        return self._p.finditer(string, *a)


def _scanned(n: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """Characters scanned to place ``n`` unit spokesmen of one story."""
    box = [0]
    for name in ("_NUMBERED_UNIT", "_FORCES", "_OWNER_WORDS"):
        if hasattr(side_units, name):
            monkeypatch.setattr(side_units, name, _Counting(getattr(side_units, name), box))

    def finditer(pattern: str, string: str, *a: Any) -> Iterator[re.Match[str]]:
        box[0] += len(string)
        return re.finditer(pattern, string, *a)

    fake_re = type(
        "fake_re",
        (),
        {
            "finditer": staticmethod(finditer),
            "sub": staticmethod(re.sub),
            "escape": staticmethod(re.escape),
        },
    )
    monkeypatch.setattr(side_units, "re", fake_re)
    for cached in ("_owned_units", "_armies"):
        if hasattr(side_units, cached):
            getattr(side_units, cached).cache_clear()
    text = "".join(
        f"Ukraine's {i}th Mechanized Brigade held. Russian forces said they advanced.\n"
        for i in range(1, n + 1)
    )
    for i in range(1, n + 1):
        unit_owner(text, f"a spokesman for the {i}th Mechanized Brigade")
        other_armies(text, "ukraine")
    return box[0]


def test_many_unit_spokesmen_cost_one_scan_each(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _scanned(50, monkeypatch)
    large = _scanned(200, monkeypatch)
    assert large < 6 * small, (small, large)  # linear: about 4x; one scan per spokesman: 16x
