"""Whose ground an act took place on (territory.py). Made-up border incidents."""

from __future__ import annotations

import pytest

from attribcmp.model import Relation
from attribcmp.territory import ground_owner, territory_signal


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("the patrol was 1.7 nautical miles inside Borduvian territorial waters", "Borduvian"),
        ("the jet entered Ruritanian airspace without warning", "Ruritanian"),
        ("an intrusion of Borduvian troops on Ruritanian soil", "Ruritanian"),
        ("the boats were in Ruritania's waters", "Ruritania"),
        # no owner's ground named: nothing
        ("the boats were seized in the early morning", ""),
        ("the water level in the dam was low", ""),
        # two owners named: the claim sets them apart itself
        ("the jet left Ruritanian airspace and entered Borduvian airspace", ""),
    ],
)  # fmt: skip
def test_ground_owner(text: str, owner: str) -> None:
    assert ground_owner(text)[0] == owner


@pytest.mark.parametrize(
    ("a", "b", "diverge"),
    [
        # one act on two owners' ground
        ("this places her inside Borduvian territorial waters",
         "the patrol boats were inside Ruritanian waters", True),
        ("the drone entered Ruritanian airspace", "the drone never left Borduvian airspace", True),
        # the same owner in two spellings is one ground
        ("the boats were seized in Ruritanian waters", "they were inside Ruritania's waters",
         False),
        # one side names no ground: nothing to set against
        ("the boats were seized in Ruritanian waters", "the crew were treated well", False),
    ],
)  # fmt: skip
def test_territory_signal(a: str, b: str, diverge: bool) -> None:
    signal = territory_signal(a, b, "Borduvia", "Ruritania")
    assert (signal is not None) is diverge
    if signal is not None:
        assert signal.relation is Relation.DIVERGE
        assert signal.reason.startswith("where it happened: ")
