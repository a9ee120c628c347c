"""Side rules from a tally of the disputes dev set's extra columns and wrong sides (issue 7):
made-up stories in the shape of real news, each row words of a claim and the column a reader
would put it in.
"""

from __future__ import annotations

import pytest

from attribcmp.attribute.speaker_words import origin_modifier
from attribcmp.model import Document
from attribcmp.pipeline import attribute
from tests.side_helpers import column_of

ROWS = [
    # "Niger Delta" is a region of Nigeria: a group named after it is no voice of Niger.
    pytest.param(
        "Pipeline attacked\n\n"
        "The Movement for the Survival of the Niger Delta said it blew up a pipeline near "
        "Warri on Monday.\n\n"
        "Army spokesman Colonel Musa Bello said the attack had failed.\n",
        "blew up a pipeline",
        "Movement for the Survival of the Niger Delta",
        id="niger-delta-is-no-niger",
    ),
    # "the militants" in a story quoting one armed movement and no other armed side are it.
    pytest.param(
        "Pipeline attacked\n\n"
        "The Movement for the Survival of the Niger Delta said it blew up a pipeline near "
        "Warri on Monday.\n\n"
        "Army spokesman Colonel Musa Bello said the attack had failed.\n\n"
        "The militants said they would strike again within a week.\n",
        "strike again",
        "Movement for the Survival of the Niger Delta",
        id="the-militants-of-one-armed-movement",
    ),
    pytest.param(
        "Pipeline attacked\n\n"
        "The Movement for the Survival of the Niger Delta said it blew up a pipeline near "
        "Warri on Monday.\n\n"
        "Army spokesman Colonel Musa Bello said the attack had failed.\n\n"
        "The militant group said it would strike again within a week.\n",
        "strike again",
        "Movement for the Survival of the Niger Delta",
        id="the-militant-group-of-one-armed-movement",
    ),
    pytest.param(
        "Pipeline attacked\n\n"
        "The Movement for the Survival of the Niger Delta said it blew up a pipeline near "
        "Warri on Monday.\n\n"
        "Army spokesman Colonel Musa Bello said the attack had failed.\n\n"
        "The jihadist group said it would strike again within a week.\n",
        "strike again",
        "Movement for the Survival of the Niger Delta",
        id="the-jihadist-group-of-one-armed-movement",
    ),
    # "the U.S.-based group": where the group sits, not a body named "U.S.-based".
    pytest.param(
        "Report on abuses\n\n"
        "Border Rights Watch said guards beat migrants at the crossing.\n\n"
        "The U.S.-based group said it had interviewed 40 migrants.\n\n"
        "The interior ministry said the report was false.\n",
        "interviewed 40 migrants",
        "Border Rights Watch",
        id="the-us-based-group",
    ),
    # "Council of Ministers spokesman X" speaks for the government, as "government spokesman X"
    # does: the one the story names before him.
    pytest.param(
        "Border clash\n\n"
        "Laotian and Thai troops exchanged fire on Friday. There were conflicting reports "
        "from within the Laotian government.\n\n"
        "Council of Ministers spokesman Tor Vann said the fighting had spread to two sites.\n\n"
        "A Thai army spokesman said Laotian troops fired first.\n",
        "spread to two sites",
        "Laos",
        id="council-of-ministers-is-the-government",
    ),
]


@pytest.mark.parametrize(("text", "said", "side"), ROWS)
def test_a_claim_goes_to_the_column_a_reader_expects(text: str, said: str, side: str) -> None:
    assert column_of(text, said) == side


# Not joined: "the militants" with two armed movements quoted have no one group to be.
def test_the_militants_stay_unplaced_beside_two_armed_movements() -> None:
    text = (
        "Pipeline attacked\n\n"
        "The Movement for the Survival of the Niger Delta said it blew up a pipeline.\n\n"
        "The Delta Liberation Front said it had attacked a flow station.\n\n"
        "The militants said they would strike again within a week.\n"
    )
    assert column_of(text, "strike again") == "Other speakers"


# A body's name keeps "the" after a joiner inside it: the whole name speaks, not its tail.
@pytest.mark.parametrize(
    "name",
    [
        "Movement for the Survival of the Niger Delta",
        "Organization for the Prohibition of Chemical Weapons",
        "Popular Movement for the Liberation of Angola",
    ],
)
def test_a_body_name_with_the_inside_is_one_speaker(name: str) -> None:
    report = attribute([Document(id="a", text=f"The {name} said the talks had failed.\n")])
    assert [s.name for s in report.speakers] == [name]


def _speaker_side(text: str, said: str) -> tuple[str, str]:
    """(speaker name, side name) of the claim whose content holds ``said``."""
    report = attribute([Document(id="a", text=text)])
    names = {s.id: s.name for s in report.sides}
    speakers = {s.id: s.name for s in report.speakers}
    found = [c for c in report.claims if said in c.content.text]
    assert found, [c.content.text for c in report.claims]
    return speakers[found[0].speaker_id], names[found[0].side or ""]


# "The official" right after a named spokeswoman is her: a spokesperson is an official too.
def test_the_official_after_a_named_spokeswoman_is_her() -> None:
    text = (
        "Sanctions\n\n"
        "State Department spokeswoman Heather Nauert said the talks had failed. The official "
        "added that the United States would impose sanctions.\n\n"
        "Venezuela's Foreign Ministry said the sanctions were illegal.\n"
    )
    assert _speaker_side(text, "impose sanctions") == ("Heather Nauert", "United States")


# "Country's <group>": an armed group or the state's opponents a country owns are not the
# state speaking ("Afghanistan's Taliban" is the Taliban; "Syria's rebels" fight Syria).
POSSESSED = [
    pytest.param("Afghanistan's Taliban", "Taliban", id="country-s-taliban"),
    pytest.param("Lebanon's Hezbollah", "Hezbollah", id="country-s-hezbollah"),
    pytest.param("Syria's rebels", "Syria's rebels", id="country-s-rebels"),
    pytest.param("Russia's Foreign Ministry", "Russia", id="country-s-ministry-stays"),
    pytest.param("Eritrea's U.N. ambassador, Girma Asmerom,", "Eritrea", id="country-s-envoy"),
]


@pytest.mark.parametrize(("who", "side"), POSSESSED)
def test_a_country_s_group_takes_the_group_s_side(who: str, side: str) -> None:
    text = (
        "Talks stall\n\n"
        f"{who} said it would not attend the talks in Geneva.\n\n"
        "Syrian Foreign Minister Walid Moallem said the government would attend.\n"
    )
    assert column_of(text, "not attend") == side


# "State media" naming no country voice the state the story is about, as its offices do.
def test_state_media_naming_no_country_speak_for_the_story_s_state() -> None:
    text = (
        "Burma hits out at courses\n\n"
        "Burma's government said the embassy courses were illegal.\n\n"
        "State media claim the courses do not improve spoken English.\n\n"
        "The U.S. Embassy said the courses were popular.\n"
    )
    assert column_of(text, "spoken English") == "Myanmar"


# Origin modifiers come from gazetteer.yaml's head_rules.origin_suffixes, all of them.
@pytest.mark.parametrize(
    ("word", "origin"),
    [
        ("U.S.-based", True),
        ("London-born", True),
        ("Arabic-language", True),
        ("locally-made", True),
        ("French-speaking", True),
        ("U.S.-backed", False),
        ("al-Qaeda", False),
    ],
)
def test_origin_modifiers_follow_the_gazetteer(word: str, origin: bool) -> None:
    assert bool(origin_modifier().search(word)) is origin
