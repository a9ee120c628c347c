"""Speakers a story names by description: joint sources of two parties, and bodies named by
their kind ("the group", "the rights group") after their name.

The texts are written for these tests in the shape of real news (war, rights and business
stories); each row names a speaker phrase and the column or speaker its claim must get.
"""

from __future__ import annotations

import pytest

from attribcmp.model import Document
from attribcmp.pipeline import attribute


def _claims(text: str) -> list[tuple[str, str, str]]:
    """(speaker name, side name, content) of every claim, in order."""
    report = attribute([Document(id="a", text=text)])
    names = {s.id: s.name for s in report.sides}
    speakers = {s.id: s.name for s in report.speakers}
    return [(speakers[c.speaker_id], names[c.side or ""], c.content.text) for c in report.claims]


def _side_of(text: str, speaker: str) -> str:
    return next(side for name, side, _ in _claims(text) if name == speaker)


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # two countries' officials speaking jointly belong to neither country's column
        (
            "The Pentagon said its drone hit a militant hideout.\n\n"
            "U.S. and Afghan officials said 14 fighters were killed in the raid.\n",
            "U.S. and Afghan officials",
            "Other speakers",
        ),
        # the same with two demonyms before a body noun
        (
            "Dutch and Belgian police officials said on Friday that the suspect had fled.\n",
            "Dutch and Belgian police officials",
            "Other speakers",
        ),
        # one country named twice is no joint source
        (
            "U.S. officials said the strike hit a depot.\n",
            "U.S. officials",
            "United States",
        ),
        # a country and a complement ("envoy to") is the envoy's own country, not a joint one
        (
            "The U.S. envoy to Pakistan said talks would resume.\n",
            "The U.S. envoy",
            "United States",
        ),
    ],
)
def test_joint_sources_take_no_one_side(text: str, speaker: str, side: str) -> None:
    assert _side_of(text, speaker) == side


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "the group" after a named body is that body
        (
            "Human Rights Watch said police had shot at least 40 protesters.\n\n"
            "The group said most of the protests had been peaceful.\n",
            "Human Rights Watch",
        ),
        # the words before the kind noun must fit the name: "the rights group"
        (
            "The Teachers Union said the strike would go on.\n\n"
            "Human Rights Watch said police had arrested 300 teachers.\n\n"
            "The rights group said many remain in detention.\n",
            "Human Rights Watch",
        ),
        # a body noun found in the name: "the commission" for the Electoral Commission
        (
            "The Zembian Electoral Commission said turnout was 61 percent.\n\n"
            "The commission said it had found no fraud.\n",
            "Zembian Electoral Commission",
        ),
    ],
)
def test_a_body_named_by_its_kind_is_the_nearest_named_body(text: str, speaker: str) -> None:
    claims = _claims(text)
    assert claims[-1][0] == speaker, claims


@pytest.mark.parametrize(
    "text",
    [
        # a country is no "group"
        "Ukraine said the talks had failed.\n\nThe group said the talks had failed.\n",
        # "the rights group" with no rights body named before it stays a description
        "The Teachers Union said the strike would go on.\n\n"
        "The rights group said many remain in detention.\n",
    ],
)
def test_a_kind_noun_with_no_fitting_body_is_left_alone(text: str) -> None:
    claims = _claims(text)
    assert claims[-1][0] != claims[0][0], claims


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # an apposition naming a civic body named after its country: the body, not the country
        (
            "Health Minister Tomas Vell said 300 people had died.\n\n"
            "Dr. Anna Rusk, chairman of the Zembia Hospital Doctors Association, told reporters "
            "that the toll was far higher.\n",
            "Anna Rusk",
            "Zembia Hospital Doctors Association",
        ),
        # the same body right after the name, with no comma
        (
            "Health Minister Tomas Vell said 300 people had died.\n\n"
            "Chairman Piet Okon of the Zembia Association of Doctors for Human Rights said "
            "deaths had been under-reported.\n",
            "Piet Okon",
            "Zembia Association of Doctors for Human Rights",
        ),
        # a state body after the name is the state's: the country's column
        (
            "Captain Joel Mbeki of the Zimbabwe National Army said the road was open.\n",
            "Joel Mbeki",
            "Zimbabwe",
        ),
        # a body of any name after the person's name, when a body word says it is one
        (
            "Executive Director Lina Moss of the Community Working Group on Health said the "
            "clinics were closed.\n",
            "Lina Moss",
            "Community Working Group on Health",
        ),
        # a town after the name is where the person lives: no column of its own
        (
            "John Smith of Springfield said the clinics were closed.\n",
            "John Smith",
            "Other speakers",
        ),
        # an apposition naming the country's ministry stays on the country's side
        (
            "Dr. Anna Rusk, an official of the Zimbabwe Health Ministry, said the toll was 300.\n",
            "Anna Rusk",
            "Zimbabwe",
        ),
    ],
)
def test_a_person_speaks_for_the_body_named_beside_the_name(
    text: str, speaker: str, side: str
) -> None:
    assert _side_of(text, speaker) == side


def test_an_outlet_and_its_initials_are_one_column() -> None:
    """ "the Associated Press", "The AP’s report" and "the AP" are one outlet: one column named
    after it (not "News outlets", which is for several outlets), and the report's issuer is
    "AP", not "AP’s"."""
    text = (
        "A report by the Associated Press said soldiers burned the village.\n\n"
        "The AP’s report on Friday said at least 40 people were buried there.\n\n"
        "The army said the AP had been misled, and the AP said it stood by its report.\n"
    )
    claims = _claims(text)
    outlet = {side for name, side, _ in claims if name != "The army"}
    assert outlet == {"Associated Press"}, claims
    assert "AP’s" not in {name for name, _, _ in claims}


def test_two_outlets_are_still_news_outlets() -> None:
    text = (
        "The Associated Press said soldiers burned the village.\n\n"
        "Reuters said at least 40 people were buried there.\n"
    )
    assert {side for _, side, _ in _claims(text)} == {"News outlets"}


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # a body's name with a preposition and a capitalised "Our" in it is one name
        (
            "The Alliance to Reclaim Our Schools said rallies were held in 238 cities.\n",
            "Alliance to Reclaim Our Schools",
            "Alliance to Reclaim Our Schools",
        ),
        (
            "The Committee to Protect Journalists said two reporters were held.\n",
            "Committee to Protect Journalists",
            "Committee to Protect Journalists",
        ),
        # a common noun heads no column, nor does the source who speaks for it
        (
            "The campaign said the plan would cost $2 billion.\n\n"
            "Voters were skeptical, according to a campaign official who asked not to be "
            "named.\n",
            "a campaign official",
            "Other speakers",
        ),
        # a party's county branch is the party the story quotes
        (
            "GOP leaders said the rally drew 5,000 people.\n\n"
            "Polk County GOP Chairman Will Rowe said the visit helped.\n",
            "Will Rowe",
            "GOP",
        ),
        # bodies speaking together ("rights groups") are a party, like villagers
        (
            "Rights groups said 40 people were detained.\n\n"
            "The Zembian army said all detainees were released.\n",
            "Rights groups",
            "Rights groups",
        ),
    ],
)
def test_columns_name_parties_not_common_nouns(text: str, speaker: str, side: str) -> None:
    assert _side_of(text, speaker) == side


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # a country's opposition is not its government's side
        (
            "Ethiopian opposition groups said the vote was rigged.\n\n"
            "The Ethiopian government said the vote was fair.\n",
            "Ethiopian opposition groups",
            "Opposition",
        ),
        # its leader speaks for it
        (
            "Opposition leader Merera Gudina said the count was false.\n\n"
            "The Ethiopian government said the vote was fair.\n",
            "Merera Gudina",
            "Opposition",
        ),
        # an opposition party named after the word is its own column
        (
            "The opposition Movement for Democratic Change said the vote was rigged.\n",
            "Movement for Democratic Change",
            "Movement for Democratic Change",
        ),
        # a correspondent's city is where the story is filed from, not whom he speaks for
        (
            "VOA Harare correspondent Irwin Chifera reports that the faction has appealed to "
            "regional leaders.\n",
            "Irwin Chifera",
            "Other speakers",
        ),
        # a civic body named after its country (the country last) speaks for itself
        (
            "The Progressive Teachers Association of Zimbabwe said the strike would go on.\n",
            "Progressive Teachers Association of Zimbabwe",
            "Progressive Teachers Association of Zimbabwe",
        ),
    ],
)
def test_opposition_and_civic_bodies_are_not_the_government(
    text: str, speaker: str, side: str
) -> None:
    assert _side_of(text, speaker) == side


def test_an_owner_before_a_surname_is_no_part_of_the_name() -> None:
    text = (
        "Merera Gudina of the Medrek coalition said the vote was rigged.\n\n"
        "“The whole process is completely fraud,” said Medrek’s Gudina.\n"
    )
    assert {name for name, _, _ in _claims(text)} == {"Merera Gudina"}


@pytest.mark.parametrize(
    ("text", "issuer", "expected"),
    [
        # a call with someone: nothing was said, so no claim of the caller's
        ("President Harlan spoke on Friday with President Volk of Zembia.\n", None, []),
        ("The two leaders met for 30 minutes.\n", None, []),
        # in an account the sentence is the issuer's own narration
        (
            "President Harlan spoke today by phone with President Volk of Zembia.\n",
            "White House",
            ["White House"],
        ),
        (
            "Prime Minister Ann Rook has spoken to President Volk about the floods.\n",
            "Downing Street",
            ["Downing Street"],
        ),
        # a speech verb with content is a claim as before
        (
            "President Harlan spoke of a new era in relations with Zembia.\n",
            None,
            ["Harlan"],
        ),
    ],
)
def test_a_conversation_verb_reports_a_call_not_a_claim(
    text: str, issuer: str | None, expected: list[str]
) -> None:
    report = attribute([Document(id="a", text=text, issuer=issuer)])
    speakers = {s.id: s.name for s in report.speakers}
    names = [speakers[c.speaker_id] for c in report.claims]
    assert [any(e in n for n in names) for e in expected] == [True] * len(expected), names
    assert len(names) == len(expected), names


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # a one-word name the story calls a company is the company, not a person
        (
            "Villagers accuse the mining company, Newmark, of poisoning the river.\n\n"
            "Newmark denies the charges.\n",
            "Newmark",
            "Newmark",
        ),
        (
            "Newmark, a U.S.-based mining company, denies the charges.\n",
            "Newmark",
            "Newmark",
        ),
        # a surname with no such apposition stays a person
        ("Summers said the economy would grow.\n", "Summers", "Other speakers"),
    ],
)
def test_a_name_the_story_calls_a_firm_is_a_body(text: str, speaker: str, side: str) -> None:
    assert _side_of(text, speaker) == side


def test_a_plural_in_ists_opening_a_sentence_is_people_they_refers_to() -> None:
    text = (
        "Environmentalists accuse the mining company of poisoning the river.\n\n"
        "They say that 30 people have died.\n"
    )
    assert {name for name, _, _ in _claims(text)} == {"Environmentalists"}


def test_a_body_s_possessive_before_a_name_places_the_person_with_that_body() -> None:
    text = (
        "Brent Bozell III, founder of the Media Research Center, said he backs Cruz.\n\n"
        "Viguerie agreed.\n\n"
        "Media Research Center’s Bozell agrees with Viguerie that Cruz is the one.\n"
    )
    assert {side for _, side, _ in _claims(text)} == {"Media Research Center"}
