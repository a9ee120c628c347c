"""Side rules checked against a review: stories written for these tests in the shape of real
news, each row words of a claim and the column a reader would (or would never) put it in.
"""

from __future__ import annotations

import pytest

from tests.side_helpers import column_and_reason

_REGULATOR = (
    "WASHINGTON - The Consumer Product Safety Commission sued Brightline Toys Inc. on "
    "Wednesday, alleging that the toymaker had hidden defects.\n\n"
    "Parents United, a campaign group, said the toymaker had ignored complaints.\n\n"
    "The company said it had already recalled most of the affected toys.\n"
)


@pytest.mark.parametrize(
    ("text", "said", "side"),
    [
        # positive control: "the company" after a firm named as one
        (
            "Regulator fines bank\n\n"
            "The Securities Commission fined Harbor Bank on Monday.\n\n"
            "Harbor Bank said it would appeal.\n\n"
            "The company said it had already refunded most customers.\n",
            "already refunded",
            "Harbor Bank",
        ),
        # a firm the story calls state-run goes with its officers, to the state
        (
            "Gas row deepens\n\n"
            "Kazakhstan's state-owned gas company, Petrogaz, said Ukraine was taking gas.\n\n"
            "Petrogaz deputy chief Oleg Marin said the pipeline was being tapped.\n",
            "Ukraine was taking",
            "Kazakhstan",
        ),
        (
            "Gas row deepens\n\n"
            "Kazakhstan's state-owned gas company, Petrogaz, said Ukraine was taking gas.\n\n"
            "Petrogaz deputy chief Oleg Marin said the pipeline was being tapped.\n",
            "being tapped",
            "Kazakhstan",
        ),
        (
            "BEIJING - China's state-owned shipping giant Ocean Star said cargo volumes had held "
            "up, while port officials in Manila said calls had fallen.\n",
            "cargo volumes",
            "China",
        ),
        # a relay naming a country places the state body it quotes
        (
            "AMMAN (AFP) - Israeli media reports said the army had said in a statement on "
            "Sunday that three soldiers were hurt near the border.\n",
            "three soldiers",
            "Israel",
        ),
        (
            "BEIRUT - Iranian state media said the defence ministry had said that the drill "
            "would go ahead.\n",
            "the drill",
            "Iran",
        ),
        # control: a relay naming no country leaves the dateline's
        (
            "CAIRO (AFP) - Media reports said the interior ministry had told reporters that "
            "nine gunmen died in the raid.\n",
            "nine gunmen",
            "Egypt",
        ),
        # controls: the unit's owner written before it; a rank alone with one army quoted
        (
            "DONETSK - Russia's Defence Ministry said its troops had taken Pisky.\n\n"
            "The village is still held by Ukraine's 110th Mechanized Brigade, said Maj. Oleh "
            "Bondar, a spokesman for the 110th Mechanized Brigade.\n",
            "still held by",
            "Ukraine",
        ),
    ],
)
def test_side_from_the_story(text: str, said: str, side: str) -> None:
    column, reason = column_and_reason(text, said)
    assert column == side, reason


@pytest.mark.parametrize(
    ("text", "said", "not_side"),
    [
        # "the company" is never the regulator suing it
        (_REGULATOR, "already recalled", "Consumer Product Safety Commission"),
        # a unit a country attacked is not that country's
        (
            "KYIV - Ukraine's military said it had repelled attacks near Bakhmut on Tuesday.\n\n"
            "Russia shelled the 93rd Mechanized Brigade overnight with drones.\n\n"
            '"We lost no positions," said Petro Marchenko, a spokesman for the 93rd Mechanized '
            "Brigade.\n",
            "lost no positions",
            "Russia",
        ),
        # a comparison names another firm: its chief is not the state's
        (
            "KYIV - Unlike Russia's state-run gas firm, Ukrenergo said it would publish its "
            "accounts.\n\n"
            "Ukrenergo chief Vasyl Petrenko said Gazprom owed Ukraine $1.4 billion.\n",
            "owed Ukraine",
            "Russia",
        ),
        # an officer whose apposition names a unit is not the nearest quoted army's
        (
            "DONETSK - Russia's Defence Ministry said its troops had taken the village of "
            "Pisky on Friday.\n\n"
            "Ukrainian troops still hold the village, said Maj. Oleh Bondar, a spokesman for the "
            "110th Mechanized Brigade.\n\n"
            "The brigade, which Russia's army claims to have destroyed twice, posted video of "
            "its tanks.\n",
            "still hold the village",
            "Russia",
        ),
        (
            "KYIV (Reuters) - Ukraine said on Friday its forces had held a line near Pisky, "
            "while Russia's defence ministry said its troops had taken a village.\n\n"
            '"Not one trench was lost," said Capt. Olena Hnat, a spokeswoman for the 110th '
            "Mechanized Brigade.\n",
            "Not one trench",
            "Russia",
        ),
    ],
)
def test_side_not_from_a_wrong_reading(text: str, said: str, not_side: str) -> None:
    column, reason = column_and_reason(text, said)
    assert column != not_side, reason
