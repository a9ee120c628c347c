"""A region's government and the state's armed forces: one column (side_regions.py).

Texts are written for these tests in the shape of a wire story on soldiers accused by villagers
(a regional governor and an army spokesman both answer them); each row says in which column the
governor's claim must end and why. Negative rows: a force the story calls rebels, two forces.
"""

from __future__ import annotations

import pytest

from tests.side_helpers import column_and_reason, column_of

_RAMPAGE = (
    "Soldiers Accused of Village Rampage\n\n"
    "Villagers in the north said Kappa Defense Army (KDA) soldiers burned houses after an "
    "ambush.\n\n"
    "Redwater State Governor Ana Obi denied the soldiers had burned any houses. Obi said two "
    "soldiers were killed in the ambush.\n\n"
    "KDA spokesman Colonel Tom Ede said the soldiers had been sent to clear the road.\n"
)
_CALLED_REBELS = _RAMPAGE.replace(
    "after an ambush.", "after an ambush. The KDA rebels have fought the government for years."
)
_TWO_FORCES = _RAMPAGE + "\nA Norland Army spokesman said its troops were not in the area.\n"


@pytest.mark.parametrize(
    ("text", "column", "why"),
    [
        (_RAMPAGE, "Kappa Defense Army", "a region's head and the state's forces"),
        # rebels fight the state: a region's head is not on their side
        (_CALLED_REBELS, "Redwater State", "speaks for 'Redwater State'"),
        # two forces quoted: which one the region's is, the story does not say
        (_TWO_FORCES, "Redwater State", "speaks for 'Redwater State'"),
    ],
)
def test_governor_column(text: str, column: str, why: str) -> None:
    side, reason = column_and_reason(text, "two soldiers were killed")
    assert (side, why in reason) == (column, True), reason
    assert column_of(text, "clear the road") == "Kappa Defense Army"


def test_the_second_force_is_a_column_of_its_own() -> None:
    assert column_of(_TWO_FORCES, "not in the area") not in ("Kappa Defense Army", "Other speakers")
