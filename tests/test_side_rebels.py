"""Armed opponents named by their kind ("the rebels", "Separatist leaders", "A rebel group in
eastern X"): the group the story names, or one side of their own, never the state they fight
and never "Other speakers" (issue 7, sides). Texts are made up, in the shape of wire stories."""

from __future__ import annotations

import pytest

from attribcmp.gazetteer import cached_head_hit
from attribcmp.side_rebels import rebel_kind
from tests.side_helpers import column_and_reason, column_of


@pytest.mark.parametrize(
    ("phrase", "entry"),
    [
        # a place after "in" (with a compass word) is where an armed group fights
        ("A rebel group in the eastern Democratic Republic of Congo", None),
        ("an armed group in northern Mali", None),
        ("a militant group in north-western Pakistan", None),
        ("Rebels in the Central African Republic", None),
        # (a people's or kind's words before the rebels change nothing)
        ("Ethnic Tuareg rebels in Niger", None),
        ("Islamist militants in northern Mali", None),
        # ... but a state's own forces and officials stay the state's
        ("the armed forces in Ukraine", "ukraine"),
        ("Officials in eastern Ukraine", "ukraine"),
        ("Russian troops in eastern Ukraine", "russia"),
        ("the army in South Sudan", "south-sudan"),
        ("Government fighters in Syria", "syria"),
    ],
)
def test_a_place_after_an_armed_group_is_where_it_fights(phrase: str, entry: str | None) -> None:
    hit = cached_head_hit(phrase)
    assert (hit.entry if hit is not None else None) == entry


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the rebels", "rebel"),
        ("Libyan Rebels", "rebel"),
        ("Separatist leaders", "separatist"),
        ("The pro-Russian separatists", "separatist"),
        ("A pro-rebel Web site", "rebel"),
        ("One of the rebel groups", "rebel"),
        ("a rebel commander", "rebel"),
        ("Houthi insurgents", "insurgent"),
        # no armed opponents
        ("the army", None),
        ("Government officials", None),
        ("A rebel group's former hostage Ann Lee", None),
        ("anti-rebel militia leaders", None),
    ],
)
def test_rebel_kind(name: str, kind: str | None) -> None:
    assert rebel_kind(name) == kind


_SEPARATISTS = (
    "Government forces said on Monday they had repelled an attack near the border town.\n\n"
    "The separatists said government shelling had killed six civilians in the town. "
    "Separatist leaders said their fighters still held the bridge.\n\n"
    "A government spokesman, Ivo Marek, said the army never shells homes.\n\n"
    "Analysts said the truce was unlikely to hold."
)
_LEDE = (
    "A rebel group in the eastern Democratic Republic of Congo is denying allegations it "
    "has killed civilians.\n\n"
    "Human Rights Watch says M23 fighters have killed 40 people since June. "
    "M23 spokesman Jean Mbala rejected the accusations.\n\n"
    "The Congolese government said the group was supplied from abroad."
)
_CALLED_REBEL = (
    "Sudan Rebels Deny Government Claim\n\n"
    "One of the rebel groups in the Darfur region is denying the president's claim that "
    "government forces control the province.\n\n"
    "Adam Noor, an official with the rebel Justice and Equality Movement, said fighting "
    "goes on in three districts. He said the movement would not attend the talks."
)


@pytest.mark.parametrize(
    ("text", "said", "column"),
    [
        # bare armed opponents, no group named: one side of their own, however called
        (_SEPARATISTS, "government shelling had killed", "Separatists"),
        (_SEPARATISTS, "still held the bridge", "Separatists"),
        (_SEPARATISTS, "unlikely to hold", "Other speakers"),
        # a lede's "A rebel group in <country>" is the group the story names later (its
        # fighters), not the state it fights
        (_LEDE, "has killed civilians", "M23"),
        (_LEDE, "supplied from abroad", "DR Congo"),
        # the story calls the movement "rebel": the lede's group and the headline are it
        (_CALLED_REBEL, "government forces control", "Justice and Equality Movement"),
        (_CALLED_REBEL, "fighting goes on", "Justice and Equality Movement"),
    ],
)
def test_armed_opponents_column(text: str, said: str, column: str) -> None:
    assert column_of(text, said) == column


def test_the_reason_says_no_group_was_named() -> None:
    column, reason = column_and_reason(_SEPARATISTS, "government shelling had killed")
    assert column == "Separatists"
    assert "quoted with no group named" in reason


_BACKED = (
    "Bahrain's foreign minister accused the militant group Hezbollah of training protesters.\n\n"
    "Hezbollah said it had given the protesters only moral support. The Iran-backed group "
    "said it had sent no weapons."
)


@pytest.mark.parametrize(
    ("phrase", "entry"),
    [
        # a group named only by its backer speaks for itself, not for the backer
        ("The Iran-backed group", None),
        ("Russian-backed separatists", None),
        # ... a backed government or a named group stays what it was
        ("the U.S.-backed government", "united-states"),
        ("Iran-backed Hezbollah", "hezbollah"),
    ],
)
def test_a_backer_is_not_the_group(phrase: str, entry: str | None) -> None:
    hit = cached_head_hit(phrase)
    assert (hit.entry if hit is not None else None) == entry


def test_a_group_named_by_its_backer_is_the_one_armed_group_quoted() -> None:
    assert column_of(_BACKED, "sent no weapons") == "Hezbollah"


# (a body's name, the story's text, whether the story writes it as an armed group's)
NAMED_ARMED = [
    ("M23", "Goma fell as M23 fighters entered the city.", True),
    ("Justice and Equality Movement", "the rebel Justice and Equality Movement said", True),
    ("Free Front", "clashes with separatist the Free Front, officials said", True),
    ("Free Front", "REBEL\n  Free Front leaders met.", True),  # any case, any spaces
    ("M23", "M23fighters", False),  # no space: not the word
    ("M23", "XM23 fighters", False),  # inside another name
    ("Movement", "the rebel Movement-led coalition", False),  # the name runs on
    ("M23", "M23 Fighters", False),  # "fighters" is lower case after a name
    ("M23", "antirebel M23 said", False),  # "rebel" inside a word
    ("Seleka", "Seleka said it had withdrawn; rebels elsewhere fought.", False),
    ("M23", "", False),
]


@pytest.mark.parametrize(("name", "text", "armed"), NAMED_ARMED)
def test_a_name_written_as_an_armed_groups(name: str, text: str, armed: bool) -> None:
    from attribcmp.side_joins import _named_armed

    assert _named_armed(name, text) is armed


_CONVOY = (
    "Rebels Attack Convoy\n\n"
    "Ethnic Kel rebels in the north say they will not negotiate with the government.\n\n"
    "Vice president for the rebel Northern Movement for Justice, the NMJ, Ali Musa, says the "
    "group has made its move. The NMJ says its fighters destroyed nine vehicles.\n\n"
    "The government says the vehicles drove over landmines.\n"
)


@pytest.mark.parametrize(
    ("text", "column"),
    [
        # a short name its sentence calls rebel joins the one rebels' column
        (_CONVOY, "Ethnic Kel"),
        # negative: nothing calls the NMJ rebel
        (_CONVOY.replace("the rebel Northern", "the Northern"), "Other speakers"),
        # negative: the sentence before speaks of rebels, the NMJ's own does not
        (
            _CONVOY.replace(
                "Vice president for the rebel Northern",
                "Rebels were seen near the road. Vice president for the Northern",
            ),
            "Other speakers",
        ),
    ],
)
def test_a_short_name_called_rebel_joins_the_rebels(text: str, column: str) -> None:
    assert column_of(text, "destroyed nine vehicles") == column
