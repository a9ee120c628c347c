"""Speakers, sides and headline claims from a user review on new texts (review16): made-up
stories in the shape of wire copy, one table per shape, a negative case beside the positive."""

from __future__ import annotations

import pytest

from tests.side_helpers import column_of, report_of, speaker_of

# -- "The owner, Name of Firm": the person is the name before "of" -----------------------------

# (text, words of a claim, its speaker's name, words of a later claim by the same speaker)
NAME_OF_BODY = [
    pytest.param(
        "KORLA, June 3 - The director, Imran Qadir of Bluestar Textiles, said the roof had held. "
        "Qadir denied that any worker had been hurt.\n",
        "the roof had held",
        "Imran Qadir",
        "any worker had been hurt",
        id="role-comma-name-of-firm",
    ),
    pytest.param(
        "KORLA, June 3 - The chairman, Lena Broek of Nordvik Shipping, said the ship was sound. "
        "Broek said the crew had been warned.\n",
        "the ship was sound",
        "Lena Broek",
        "the crew had been warned",
        id="role-comma-name-of-firm-two",
    ),
    pytest.param(
        "TARA, May 4 - U.S. Deputy Secretary of State Ann Rolle called for talks on the "
        "border. Rolle said the talks must start soon.\n",
        "the talks must start soon",
        "Ann Rolle",
        "talks on the border",
        id="a-titles-own-of-is-no-name-of-body",
    ),
]


@pytest.mark.parametrize(("text", "said", "name", "later"), NAME_OF_BODY)
def test_name_before_of_is_the_person(text: str, said: str, name: str, later: str) -> None:
    first = speaker_of(text, said)
    assert first.name == name
    assert speaker_of(text, later).id == first.id


# -- a firm written once with its legal form is a firm, and its people are its -----------------

# (text, words of a claim, the column it must sit in)
FIRM_COLUMNS = [
    pytest.param(
        "Court voids permit; firm cries foul\n\n"
        "RIVA, June 3 (AP) - A court voided a permit held by Tellum Gold Ltd on Monday. "
        "Tellum Gold said the ruling was unfair. The company's chief executive, Omar Saleh, "
        "said the firm had met every rule.\n",
        "had met every rule",
        "Tellum Gold",
        id="the-companys-chief-after-a-firm-with-its-legal-form",
    ),
    pytest.param(
        "Court voids permit\n\n"
        "RIVA, June 3 (AP) - A court voided a permit held by Tellum Gold Inc on Monday. "
        "Tellum Gold said the ruling was unfair.\n",
        "the ruling was unfair",
        "Tellum Gold",
        id="short-name-of-a-firm-with-its-legal-form",
    ),
    pytest.param(
        "Court voids permit\n\n"
        "RIVA, June 3 (AP) - The court voided a mining permit on Monday. The Ayllu farmers "
        "council, which filed the suit, welcomed the ruling. Its chairman, Tito Mamani, said "
        "the river was safe again.\n",
        "the river was safe again",
        "Ayllu farmers council",
        id="its-chairman-after-a-named-body-with-lower-case-words",
    ),
    pytest.param(
        "Fire at plant\n\nKORLA, June 3 - Police said nine workers died. The owner, Imran "
        "Qadir of Bluestar Textiles, said the exits had been open.\n",
        "the exits had been open",
        "Bluestar Textiles",
        id="the-owner-of-a-firm-runs-it",
    ),
    pytest.param(
        "Fire at plant\n\nKORLA, June 3 - Police said nine workers died. A neighbour, Imran "
        "Qadir of Greenvale, said the exits had been open.\n",
        "the exits had been open",
        "Other speakers",
        id="a-neighbour-of-a-place-lives-there",
    ),
]


@pytest.mark.parametrize(("text", "said", "column"), FIRM_COLUMNS)
def test_firm_and_its_people_share_a_column(text: str, said: str, column: str) -> None:
    assert column_of(text, said) == column


def test_firm_with_legal_form_is_an_organisation() -> None:
    text = (
        "RIVA, June 3 - A court voided a permit held by Tellum Gold Ltd. "
        "Tellum Gold said the ruling was unfair.\n"
    )
    assert speaker_of(text, "ruling was unfair").kind.value == "organisation"


def test_a_name_without_legal_form_stays_a_person() -> None:
    text = "RIVA, June 3 - Tellum Gold said the ruling was unfair.\n"
    assert speaker_of(text, "ruling was unfair").kind.value == "person"


# -- a ministry's spokesman with a rank is the ministry's, not the army quoted nearest ---------

ARMY = (
    "Shots fired at border\n\n"
    "RAVEN PASS, May 4 (AFP) - Two soldiers were hurt in a clash on the border between Ostria "
    'and Keld on Sunday. The Ostrian army said a Keldish patrol had fired first. "We only '
    'answered fire," an army spokesman, Col. Piet Ramos, said.\n\n'
    "Keld's interior ministry disputed that account. It said its guards had stayed on their "
    'side. "No Keldish guard fired a shot," a ministry spokesman, Capt. Nora Vell, said.\n'
)


def test_ministry_spokesman_with_a_rank_joins_the_ministry() -> None:
    assert column_of(ARMY, "No Keldish guard fired") == column_of(ARMY, "stayed on their side")
    assert column_of(ARMY, "No Keldish guard fired") != column_of(ARMY, "We only")


def test_army_spokesman_with_a_rank_still_joins_the_army() -> None:
    assert column_of(ARMY, "We only") == column_of(ARMY, "had fired first")


def test_a_capitalised_owner_names_the_column() -> None:
    # "Keld's interior ministry": Keld is a name, so the ministry heads a column of its own
    assert column_of(ARMY, "stayed on their side") not in ("Other speakers", "Unnamed sources")


# -- joint attributions are no anonymous sourcing ----------------------------------------------

# (text, words of the claim, whether its speaker is anonymous)
JOINT = [
    pytest.param(
        "TARA, May 4 - Six people died in a clash on the border, officials from both countries "
        "said.\n",
        "Six people died",
        False,
        id="officials-from-both-countries",
    ),
    pytest.param(
        "TARA, May 4 - Six people died in a clash on the border, sources on both sides said.\n",
        "Six people died",
        False,
        id="sources-on-both-sides",
    ),
    pytest.param(
        "TARA, May 4 - Six people died in a clash on the border, officials said.\n",
        "Six people died",
        True,
        id="bare-officials-stay-anonymous",
    ),
]


@pytest.mark.parametrize(("text", "said", "anonymous"), JOINT)
def test_joint_attribution_is_not_anonymous(text: str, said: str, anonymous: bool) -> None:
    assert speaker_of(text, said).anonymous is anonymous


# -- headline and participle phrases that say nothing -------------------------------------------

# (text, a cue that must give no claim)
NO_CLAIM = [
    pytest.param(
        "Mine blast kills 12; firm and miners give conflicting tolls\n\nBody text here.\n",
        "give",
        id="headline-parties-give-conflicting-tolls",
    ),
    pytest.param(
        "Writing for the court, Judge Ana Ruiz said the law was void.\n",
        "Writing",
        id="writing-for-the-court",
    ),
    pytest.param(
        "Speaking in Geneva, envoy Sam Obi said talks would resume.\n",
        "Speaking",
        id="speaking-in-a-place",
    ),
]


@pytest.mark.parametrize(("text", "cue"), NO_CLAIM)
def test_phrase_gives_no_claim(text: str, cue: str) -> None:
    report = report_of(text)
    assert all(c.cue.text != cue for c in report.claims), [
        (c.cue.text, c.content.text) for c in report.claims
    ]


# (text, a cue that must still give a claim, words of its content)
STILL_CLAIM = [
    pytest.param(
        "The ministry gave a lower figure. Police gave a toll of 40 dead.\n",
        "gave",
        "a toll of 40 dead",
        id="a-figure-with-its-number",
    ),
    pytest.param(
        "Referring to the strike, Mayor Tim Oro said it had to end.\n",
        "Referring to",
        "the strike",
        id="the-cues-own-preposition",
    ),
    pytest.param(
        "Noting that prices had risen, the minister said wages would go up.\n",
        "Noting",
        "prices had risen",
        id="participle-with-a-clause",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), STILL_CLAIM)
def test_phrase_still_gives_a_claim(text: str, cue: str, content: str) -> None:
    report = report_of(text)
    assert any(c.cue.text == cue and content in c.content.text for c in report.claims), [
        (c.cue.text, c.content.text) for c in report.claims
    ]
