"""Speakers who can speak but landed on the wrong side (issue 7, "Sides"): a country's word
before a civic body (a bank, a union, a rights monitor) names where the body is, not the
state; officials whom no word places are the one state's officials the story quotes. Texts
are made up, in the shape of wire stories."""

from __future__ import annotations

import pytest

from attribcmp.gazetteer import cached_head_hit
from attribcmp.model import Side
from attribcmp.side_officials import is_unowned_officials, unowned_officials
from tests.side_helpers import column_of


# A country's word right before a civic body says where the body is (data/gazetteer.yaml
# civic_heads); before a state organ, its office or its state media it is still the state.
@pytest.mark.parametrize(
    ("phrase", "entry"),
    [
        ("The British bank Standard Chartered", None),
        ("the Kenya National Union of Teachers", None),
        ("Representatives of striking Zimbabwean civil servants", None),
        ("the Congolese Human Rights Observatory", None),
        ("a Japanese company", None),
        ("French workers", None),
        ("Chinese state media", "china"),
        ("the Syrian news agency SANA", "syria"),
        ("British Prime Minister Gordon Brown", "united-kingdom"),
        ("Kenya's finance ministry", "kenya"),
        ("the Zimbabwean government", "zimbabwe"),
    ],
)
def test_country_word_before_civic_body(phrase: str, entry: str | None) -> None:
    hit = cached_head_hit(phrase)
    assert (hit.entry if hit is not None else None) == entry


@pytest.mark.parametrize(
    ("name", "unowned"),
    [
        ("officials", True),
        ("Officials", True),
        ("Two officials", True),
        ("Electoral officials", False),
        ("state officials", False),
        ("several senior government officials", True),
        ("Nigerian officials", False),
        ("officials in Kano", False),
        ("Yukos officials", False),
        ("the official", False),
        ("", False),
    ],
)
def test_unowned_officials_words(name: str, unowned: bool) -> None:
    assert is_unowned_officials(name) is unowned


_A = Side("arland", "Arland")
_B = Side("borvia", "Borvia")


# Placed officials of one state first; else the one state quoted; two states: nothing.
@pytest.mark.parametrize(
    ("officials", "countries", "side"),
    [
        ({"arland": (_A, "military officials in the capital")}, {}, "arland"),
        ({}, {"arland": (_A, "President Mara Holt")}, "arland"),
        ({}, {"arland": (_A, "x"), "borvia": (_B, "y")}, None),
        ({"arland": (_A, "x"), "borvia": (_B, "y")}, {"arland": (_A, "x")}, None),
    ],
)
def test_unowned_officials_side(
    officials: dict[str, tuple[Side, str]],
    countries: dict[str, tuple[Side, str]],
    side: str | None,
) -> None:
    found = unowned_officials("officials", officials, countries)
    assert (found[0].id if found is not None else None) == side


_BANK = (
    "Bank to pay fine over sanctions\n\n"
    "The British bank Halworth Chartered agreed on Monday to pay a $300 million fine.\n\n"
    '"We reject the charges," Halworth Chartered said in a statement.\n\n'
    'Bank expert Tom Reyes told reporters the case "is about politics."\n\n'
    'British Foreign Secretary Ann Vale said: "We will follow the case closely."\n'
)


def test_british_bank_is_not_britain() -> None:
    # the bank and the man who comments on banks are no voice of the British government
    assert column_of(_BANK, "We will follow") == "United Kingdom"
    assert column_of(_BANK, "We reject the charges") != "United Kingdom"
    assert column_of(_BANK, "is about politics") not in ("United Kingdom", "British")


_UNION = (
    "Union backs strike\n\n"
    "NAIROBI, Kenya -- The chairman of the Kenya National Union of Teachers (KNUT) says "
    "teachers will not return to class until the government raises their pay.\n\n"
    "Union chairman Peter Mwangi said the government had shown no will to pay.\n\n"
    "But the government says it cannot afford the increase.\n"
)


def test_union_leader_is_not_the_government() -> None:
    # (before the civic_heads rule "Union" read as "the Kenya National Union" put him on Kenya)
    union = column_of(_UNION, "had shown no will")
    assert union != column_of(_UNION, "cannot afford")
    assert union != "Kenya" and "Union" in union


_BORDER = (
    "Troops clash at disputed temple\n\n"
    "Thai and Cambodian troops exchanged fire near the temple on Friday.\n\n"
    "The intruders crossed the line first and were told to turn back, military officials "
    "in Phnom Penh said.\n\n"
    "A Thai army spokesman said the soldiers were on Thai soil.\n\n"
    "The shooting had stopped by evening, officials said.\n"
)

_ONE_STATE = (
    "Court confirms president's win\n\n"
    "Gabon's President Ali Bongo said on Saturday he would form a unity government.\n\n"
    "The opposition candidate Jean Ping said the vote had been stolen.\n\n"
    "Officials said turnout in the province was 99 percent.\n"
)


def test_bare_officials_join_the_one_state_quoted() -> None:
    # the officials quoted before are Cambodia's: "officials said" joins them, not Thailand
    assert column_of(_BORDER, "had stopped by evening") == column_of(_BORDER, "crossed the line")
    assert column_of(_BORDER, "had stopped by evening") != column_of(_BORDER, "on Thai soil")
    assert column_of(_ONE_STATE, "turnout in the province") == column_of(
        _ONE_STATE, "unity government"
    )


# Opponents, activists and organisers nothing placed join the one opposition column; with no
# opposition column they stay where they were (no column is opened for them).
_RALLY = (
    "Opposition rejects vote\n\n"
    "CARACAS -- President Rafael Ortiz said the vote was a victory for his government.\n\n"
    "{who} called the voting a fraud.\n\n"
    "Opposition leaders said only 2 million people had voted.\n"
)


@pytest.mark.parametrize(
    "who",
    ["Opponents of the election", "The activists", "Organizers", "pro-democracy activists"],
)
def test_opponents_join_the_opposition(who: str) -> None:
    text = _RALLY.format(who=who)
    assert (
        column_of(text, "the voting a fraud") == column_of(text, "only 2 million") == ("Opposition")
    )


def test_opponents_open_no_opposition_column() -> None:
    text = _RALLY.format(who="Opponents of the election").replace(
        "Opposition leaders said", "Pollsters said"
    )
    assert column_of(text, "the voting a fraud") != "Opposition"
