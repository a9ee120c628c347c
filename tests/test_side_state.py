"""Which bodies a story calls state-run: only a true apposition or a name right after the
noun. Sentences written for these tests in the shape of wire copy."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from attribcmp import side_state
from attribcmp.side_state import officer_of, state_owned


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        # positive controls
        (
            "Russia's state-run gas firm, Gazprom, said on Monday it would cut supplies.",
            {"Gazprom"},
        ),
        ("Talks stalled with Russia's state-run gas firm, Gazprom.", {"Gazprom"}),
        ("China's state-owned shipping giant COSCO said volumes held up.", {"COSCO"}),
        ("Xinhua, China's state news agency, said the boat ignored warnings.", {"Xinhua"}),
        # a comma after the noun and none after the name: the name is the sentence's subject
        ("Unlike Russia's state-run gas firm, Naftogaz said it would publish its accounts.", set()),
        # a comparison: the body named is another one
        ("Unlike Russia's state-owned airline Aeroflot, Wizz Air kept flying.", set()),
        ("Like China's state-owned shipping giant COSCO, Maersk cut routes.", set()),
        ("Compared with Russia's state-run gas firm, Gazprom, Naftogaz is small.", set()),
    ],
)
def test_state_owned(text: str, owned: set[str]) -> None:
    assert set(state_owned({"a": text})) == owned


def test_officer_of() -> None:
    owned = {"Gazprom": ("russia", "w"), "China Media Group": ("china", "w")}
    index = getattr(side_state, "owned_index", lambda o: o)(owned)
    chief = ("Gazprom deputy chief Alexander Medvedev",)
    assert officer_of("Alexander Medvedev", chief, index) == "Gazprom"
    assert officer_of("China Media Group", (), index) == "China Media Group"
    assert officer_of("Gazprom Neft", ("Gazprom Neft",), index) is None


class _Counted(dict[str, Any]):
    """A mapping that counts the bodies it hands out, by iteration or lookup."""

    seen = 0

    def __iter__(self) -> Iterator[str]:
        for key in super().__iter__():
            _Counted.seen += 1
            yield key

    def get(self, key: str, default: Any = None) -> Any:
        value = super().get(key, default)
        _Counted.seen += len(value) if isinstance(value, tuple) else 1
        return value


def _compared(n: int) -> int:
    owned = {f"Petro{i} Gas": ("kazakhstan", "w") for i in range(n)}
    index = _Counted(getattr(side_state, "owned_index", lambda o: o)(owned))
    _Counted.seen = 0
    for i in range(n):
        officer_of(f"Oleg Marin{i}", (f"Petro{i} Gas deputy chief Oleg Marin{i}",), index)
    return _Counted.seen


def test_many_state_run_bodies_cost_a_lookup_per_speaker() -> None:
    assert _compared(200) < 6 * _compared(50)  # linear: 4x; every body per speaker: 16x
