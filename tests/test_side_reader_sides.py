"""Sides a reader would draw: army spokespeople, portfolio titles, armed groups, protesters,
and compare's Sides line agreeing with its columns (issue 7). Texts are made up, in the shape
of wire stories."""

from __future__ import annotations

import pytest

from attribcmp.affiliation import speaks_for
from attribcmp.model import (
    Claim,
    ClaimKind,
    Document,
    Profile,
    Speaker,
    SpeakerKind,
    SpeakerMention,
    TextSpan,
)
from attribcmp.pipeline import attribute
from attribcmp.sides import resolve_sides


def _side_of(text: str, speaker: str) -> str | None:
    """The side id of the speaker whose name is (or ends in) ``speaker``."""
    report = attribute([Document(id="a", text=text)])
    found = {s.name: s.side for s in report.speakers if s.name.endswith(speaker)}
    assert len(found) == 1, sorted(s.name for s in report.speakers)
    return next(iter(found.values()))


_REBELS_FIRST = (
    "Fighting flares near border town\n\n"
    "KAMPALA -- Fighting between the army and rebels flared near the border on Sunday.\n\n"
    "The rebel troops said they had captured two villages and killed 30 soldiers.\n\n"
    '"Nothing was captured," {who} said on Monday.\n'
)


# A spokesperson or officer of the army, military or defence ministry speaks for the state's
# forces, never for the rebels quoted nearest; a rank alone still takes the armed force quoted
# nearest.
@pytest.mark.parametrize(
    ("who", "name", "side"),
    [
        ("army spokesman Maj. Jane Okello", "Jane Okello", "uganda"),
        ("military spokeswoman Capt. Ann Arop", "Ann Arop", "uganda"),
        ("Maj. Peter Lado", "Peter Lado", "rebel-troops"),
    ],
)
def test_army_spokesperson_is_not_the_rebels(who: str, name: str, side: str) -> None:
    assert _side_of(_REBELS_FIRST.format(who=who), name) == side


def test_army_spokesperson_is_not_an_armed_group_named_army() -> None:
    text = (
        "Rebels attack army base\n\n"
        "GULU, Uganda -- Rebels of the Lord's Resistance Army attacked a base on Monday.\n\n"
        "But army spokesman Maj. Jane Okello said only two soldiers were wounded.\n"
    )
    assert _side_of(text, "Jane Okello") == "uganda"


# "Minister for Defence Ruth Nankabirwa": the portfolio is no body of its own, nor part of the
# name; the minister is the government's. A spokesman "for" a body still speaks for it.
@pytest.mark.parametrize(
    ("who", "name", "side"),
    [
        ("State Minister for Defence Ruth Nankabirwa", "Ruth Nankabirwa", "uganda"),
        ("Minister of Information Paul Waswa", "Paul Waswa", "uganda"),
        ("Tom Odeke, a spokesman for Human Rights Watch,", "Tom Odeke", "human-rights-watch"),
    ],
)
def test_portfolio_title_is_no_column(who: str, name: str, side: str) -> None:
    text = (
        "Calm returns to border\n\n"
        "KAMPALA, Uganda -- Calm returned to the border area on Sunday.\n\n"
        f"{who} said the area was calm and people were going home.\n"
    )
    got = _side_of(text, name)
    assert got == side
    assert "defence" not in (got or "")


# An armed group's leader speaks for the group, whatever the dateline's country; its name ends
# in "Army" but it is no state's army.
@pytest.mark.parametrize(
    ("leader", "side"),
    [
        ("Joseph Kony, leader of the Lord's Resistance Army", "lord-s-resistance-army"),
        ("John Garang, leader of the Sudan People's Liberation Army", None),
        ("Gen. Aronda Nyakairima, commander of the Uganda army", "uganda"),
    ],
)
def test_armed_group_leader_speaks_for_the_group(leader: str, side: str | None) -> None:
    text = (
        "Rebels deny attack\n\n"
        "GULU, Uganda -- Rebels were accused on Monday of attacking a camp.\n\n"
        f'"We did not attack anyone," said {leader}.\n'
    )
    name = leader.split(",")[0].replace("Gen. ", "")
    got = _side_of(text, name)
    if side is None:
        assert got != "uganda"
    else:
        assert got == side


def test_leader_possessive_names_the_group_not_the_leader() -> None:
    text = (
        "Rebels deny attack\n\n"
        "JUBA -- Joseph Kony's Lord's Resistance Army rebels said on Monday they did not "
        "attack the camp.\n\n"
        "Uganda's army said the rebels killed 12 people.\n"
    )
    report = attribute([Document(id="a", text=text)])
    names = {s.name for s in report.sides}
    assert "Joseph Kony" not in names
    assert "Lord's Resistance Army" in names


# A country's word before those who fight or march against its state names where they are,
# not whom they speak for; before the state's own bodies it places them.
@pytest.mark.parametrize(
    ("who", "side_is_syria"),
    [
        ("Syrian rebels", False),
        ("Syrian insurgents", False),
        ("Syrian protesters", False),
        ("Syrian demonstrators", False),
        ("Syrian opposition activists", False),
        ("Syrian officials", True),
        ("The Syrian army", True),
    ],
)
def test_demonym_before_opponents_is_not_the_state(who: str, side_is_syria: bool) -> None:
    text = (
        "Army retakes town\n\n"
        "DAMASCUS -- Syria said on Tuesday its army had retaken the town of Qusair.\n\n"
        f"{who} said dozens of people were killed in the shelling.\n"
    )
    assert (_side_of(text, who) == "syria") is side_is_syria


_ARMY_ACCOUNT = (
    "Army retakes Qusair\n\n"
    "The Syrian army said on Tuesday it had retaken the town of Qusair.\n\n"
    "Syrian rebels said they had withdrawn in good order.\n"
)
_REBEL_ACCOUNT = (
    "Rebels leave Qusair\n\n"
    "Free Syrian Army commanders said they left Qusair to spare civilians.\n\n"
    "Syrian protesters said the shelling had killed dozens.\n"
)


def test_compare_speakers_stand_where_their_claims_do() -> None:
    docs = [
        Document(id="army", text=_ARMY_ACCOUNT, issuer="syria"),
        Document(id="rebels", text=_REBEL_ACCOUNT, issuer="rebels"),
    ]
    report = attribute(docs)
    side_of_speaker = {s.id: s.side for s in report.speakers}
    for claim in report.claims:
        assert claim.side == side_of_speaker[claim.speaker_id], claim
    named = {s.name: s for s in report.speakers}
    # not placed by the issuer's demonym: "Syrian rebels" fight Syria
    assert "names the issuer" not in (named["Syrian rebels"].side_reason or "")
    assert named["Free Syrian Army commanders"].side == "rebels"


def test_compare_speaker_in_two_accounts_keeps_its_side() -> None:
    docs = [
        Document(id="a", text="Talks\n\nThe Syrian army said the talks had failed.\n", issuer="x"),
        Document(id="b", text="Talks\n\nThe Syrian army said the talks would go on.\n", issuer="y"),
    ]
    report = attribute(docs)
    (army,) = [s for s in report.speakers if s.name == "The Syrian army"]
    assert army.side == "syria"


# A column named after a person joins the group the story says that person leads; a person
# the story ties to no group keeps the column of their own words.
@pytest.mark.parametrize(
    ("intro", "side"),
    [
        ("Joseph Kony's Lord's Resistance Army rebels said", "lord-s-resistance-army"),
        ("Joseph Kony, the leader of the Lord's Resistance Army, said", "lord-s-resistance-army"),
        ("Joseph Kony's lawyers said", "joseph-kony"),
    ],
)
def test_leader_column_joins_the_group_he_leads(intro: str, side: str) -> None:
    text = (
        "Rebels deny attack\n\n"
        f"JUBA -- {intro} on Monday that the camp was not attacked.\n\n"
        "A spokesman for Joseph Kony said the rebels want peace talks.\n"
    )
    assert _side_of(text, "A spokesman for Joseph Kony") == side


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("Joseph Kony's Lord's Resistance Army rebels", "Lord's Resistance Army"),
        ("Kony's LRA fighters", "LRA"),
        ("Barack Obama's National Security Council spokesman", "Barack Obama"),
        ("Russia's Liberation Army fighters", "Russia"),
        ("Obama's Defense Secretary Robert Gates", "Obama"),
        ("State Minister for Defence Ruth Nankabirwa", None),
        ("a spokesman for the coalition", "coalition"),
        # a people's plural opening a body's name is a word of the name (sides23)
        ("Research conducted for the Women's Media Center", "Women's Media Center"),
        ("the Children's Defense Fund spokesman", "Children's Defense Fund"),
        # ... but a named owner still owns ("the Army's spokesman" speaks for the Army)
        ("the Army's Media Center spokesman", "Army"),
    ],
)
def test_speaks_for_leader_and_portfolio(phrase: str, body: str | None) -> None:
    assert speaks_for(phrase) == body


# A state title and a name read as the body someone speaks for ("Supporters of President
# Kabila" among a person's mentions) is a person of the state, not a column "President Kabila".
@pytest.mark.parametrize(
    ("alias", "side"),
    [
        ("Supporters of President Kabila", "dr-congo"),
        ("Supporters of Prime Minister Muzito", "dr-congo"),
        ("a spokesman for the Kabila Foundation", "kabila-foundation"),
    ],
)
def test_titled_person_is_no_body(alias: str, side: str) -> None:
    text = "Count goes on\n\nKINSHASA, Congo -- Joseph Kabila won, officials said.\n\n" + alias
    start = text.index(alias)
    speaker = Speaker(
        "s1",
        "Joseph Kabila",
        SpeakerKind.PERSON,
        False,
        (alias,),
        (SpeakerMention("d1", TextSpan(alias, start, start + len(alias))),),
    )
    claim = Claim("c1", "d1", "s1", ClaimKind.INDIRECT, TextSpan("x", 0, 1), ((0, 1),))
    _, resolved, _ = resolve_sides([speaker], [claim], (Document("d1", text),), Profile())
    assert resolved[0].side == side


# "A spokesman" naming no body speaks for the body quoted before him; a state's officers quoted
# as a group ("Thai authorities") are such a body. Civilians quoted before are not.
@pytest.mark.parametrize(
    ("before", "side"),
    [
        ("Thai authorities said they would seal off the area.", "thailand"),
        ("Thai police said they would seal off the area.", "thailand"),
        ("Residents said they would leave the area.", "unnamed"),
    ],
)
def test_spokesman_speaks_for_state_group_quoted_before(before: str, side: str) -> None:
    text = (
        "Protest area sealed\n\n"
        "BANGKOK -- Protesters stayed in the business district on Thursday.\n\n"
        f"{before}\n\n"
        "A spokesman said the army would deploy snipers.\n"
    )
    assert _side_of(text, "A spokesman") == side


# A person the story introduces as the opposition's candidate or leader, and nothing else
# places, speaks for the opposition; a ruling party's candidate or a mere mention of the
# opposition elsewhere in the sentence does not.
@pytest.mark.parametrize(
    ("intro", "side"),
    [
        ("opposition candidate Jean-Pierre Amado", "opposition"),
        ("the long-time opposition leader Jean-Pierre Amado", "opposition"),
        ("ruling party candidate Jean-Pierre Amado", "other"),
        ("the opposition and the candidate Jean-Pierre Amado", "other"),
    ],
)
def test_opposition_titled_person(intro: str, side: str) -> None:
    text = (
        "Results rejected\n\n"
        f"Results announced late Saturday indicate {intro} received a third of the votes.\n\n"
        "Amado says there were voting irregularities, including stuffed ballot boxes.\n"
    )
    assert _side_of(text, "Amado") == side
