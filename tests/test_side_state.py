"""Which bodies a story calls state-run: only a true apposition or a name right after the
noun. Sentences written for these tests in the shape of wire copy."""

from __future__ import annotations

import pytest

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
    assert officer_of(
        "Alexander Medvedev", ("Gazprom deputy chief Alexander Medvedev",), owned
    ) == ("Gazprom")
    assert officer_of("China Media Group", (), owned) == "China Media Group"
    assert officer_of("Gazprom Neft", ("Gazprom Neft",), owned) is None
