"""Speakers and sides from a user review on new texts (review14): made-up stories in the shape
of wire copy, one table per shape, a negative case beside the positive ones."""

from __future__ import annotations

import pytest

from tests.side_helpers import column_of, report_of, speaker_of

# -- the body and the people who speak for it share one column --------------------------------

# (text, words of one claim, words of another claim that must share its column)
SAME_COLUMN = [
    pytest.param(
        "Raid on village\n\n"
        "TAMBO, May 2 - Villagers said twelve farmers died. The navy said the raid hit a "
        'rebel camp. "We hit only fighters," a naval spokesman, Cmdr. Ivo Marek, told '
        "reporters.\n",
        "hit a rebel camp",
        "We hit only fighters",
        id="a-described-body-its-officer-joined",
    ),
    pytest.param(
        "Vote count disputed\n\n"
        "LOMA, May 2 - The national election board said the governor won. Board chairman Ray "
        'Otto said the count was clean. "We saw fraud," said opposition leader Ana Diaz.\n',
        "the governor won",
        "the count was clean",
        id="a-board-and-its-chairman",
    ),
    pytest.param(
        "Raid on village\n\n"
        "TAMBO, May 2 - The army said the raid killed six fighters. Villagers said twelve "
        "farmers died. The defence ministry said the death toll was exaggerated.\n",
        "killed six fighters",
        "was exaggerated",
        id="a-defence-ministry-with-its-army",
    ),
    pytest.param(
        "Watchdog fines lender\n\n"
        "OSLO, May 2 - The Finance Inspectorate said the payments firm Norvik had hidden "
        'losses. Norvik denied the charge. "We hid nothing," the company said. A spokeswoman, '
        "Kari Lund, said the losses were small.\n",
        "We hid nothing",
        "the losses were small",
        id="a-spokeswoman-after-the-company",
    ),
    pytest.param(
        "Observers fault vote\n\n"
        "LOMA, May 2 - The election board said the vote was fair. However, an African Union "
        "observer mission said it had seen fraud in two towns. The mission's head, Per Holm, said "
        "ballots were missing.\n",
        "seen fraud",
        "ballots were missing",
        id="the-missions-head",
    ),
    pytest.param(
        "Dam plan criticised\n\n"
        "LOMA, May 2 - The water ministry said the dam was safe. Watchdog group Clearline "
        'said the dam was unsafe. "It is reckless," its director, Eva Stone, said.\n',
        "the dam was unsafe",
        "It is reckless",
        id="its-director-after-a-quotation",
    ),
]


@pytest.mark.parametrize(("text", "said", "other"), SAME_COLUMN)
def test_a_body_and_its_people_share_a_column(text: str, said: str, other: str) -> None:
    column = column_of(text, said)
    assert column == column_of(text, other)
    assert column not in ("Other speakers", "Unnamed sources")


def test_a_spokesman_naming_no_body_is_not_the_other_sides() -> None:
    text = SAME_COLUMN[3].values[0]
    assert column_of(text, "had hidden losses") != column_of(text, "the losses were small")


# (text, words of a claim, a column it must not be in)
NOT_COLUMN = [
    pytest.param(
        "Regulator fines bank\n\n"
        "BRUSSELS, May 2 - The Competition Authority said the merger would raise prices.\n",
        "raise prices",
        "European Union",
        id="a-named-body-under-a-union-dateline",
    ),
    pytest.param(
        "Raid on village\n\n"
        "TAMBO, May 2 - The army said the raid killed six fighters. Rebels said the raid "
        "killed farmers. The defence ministry said the toll was exaggerated.\n",
        "toll was exaggerated",
        "Rebels",
        id="a-defence-ministry-never-joins-rebels",
    ),
]


@pytest.mark.parametrize(("text", "said", "column"), NOT_COLUMN)
def test_a_claim_stays_out_of_a_wrong_column(text: str, said: str, column: str) -> None:
    assert column_of(text, said) != column


# -- who is speaking -------------------------------------------------------------------------

# (text, words of a claim, the speaker's name)
SPEAKER_NAMES = [
    pytest.param(
        "Police said three people died in the clashes; rebel officials put the toll at twelve.",
        "the toll at twelve",
        "rebel officials",
        id="a-figure-clause-after-a-semicolon",
    ),
    pytest.param(
        '"The shop burned," said Omar Haddad, a baker who said he lost his van.',
        "he lost his van",
        "Omar Haddad",
        id="a-relative-clause-of-an-apposition",
    ),
    pytest.param(
        "The watchdog fined the payments firm Zentra. Zentra said it would fight the fine. "
        '"We acted properly," the company said.',
        "We acted properly",
        "Zentra",
        id="the-company-is-the-firm-named",
    ),
]


@pytest.mark.parametrize(("text", "said", "name"), SPEAKER_NAMES)
def test_the_speaker_of_a_claim(text: str, said: str, name: str) -> None:
    assert speaker_of(text, said).name == name


def test_a_figure_clause_is_no_part_of_the_first_claim() -> None:
    text = SPEAKER_NAMES[0].values[0]
    assert "twelve" not in speaker_of(text, "three people died").name
    report = report_of(text)
    police = [c for c in report.claims if "three people died" in c.content.text]
    assert "twelve" not in police[0].content.text


def test_a_place_before_a_description_is_no_speaker() -> None:
    text = 'In Tambo, a baker who said he lost his van was angry. "It burned," she said.'
    names = {s.name for s in report_of(text).speakers}
    assert "Tambo" not in names


# (text, words of a claim, anonymous?)
ANONYMITY = [
    pytest.param(
        "Analysts at Hollis Bank said the fine was small.",
        "the fine was small",
        False,
        id="analysts-at-a-named-firm",
    ),
    pytest.param(
        "Officials at the ministry said the fine was small.",
        "the fine was small",
        True,
        id="officials-at-a-ministry",
    ),
    pytest.param(
        "The firm said it was safe. However, a former Zentra engineer, who asked not to be "
        "named, said the tests were skipped.",
        "the tests were skipped",
        True,
        id="a-former-engineer-who-asked-not-to-be-named",
    ),
]


@pytest.mark.parametrize(("text", "said", "anonymous"), ANONYMITY)
def test_anonymity(text: str, said: str, anonymous: bool) -> None:
    assert speaker_of(text, said).anonymous is anonymous


# (text, speaker names that must not appear)
HEADLINE_FRAGMENTS = [
    pytest.param(
        "Mayor accused of fraud in land deal\n\nLOMA, May 2 - Prosecutors said the mayor sold "
        "city land to his brother.\n",
        {"Mayor"},
        id="a-passive-headline",
    ),
    pytest.param(
        "President Ode, Premier Lin discuss trade in phone call\n\nLOMA, May 2 - President "
        "Ode said the call went well.\n",
        {"Lin", "Premier Lin"},
        id="two-subjects-joined-by-a-comma",
    ),
]


@pytest.mark.parametrize(("text", "absent"), HEADLINE_FRAGMENTS)
def test_headline_fragments_are_no_speakers(text: str, absent: set[str]) -> None:
    names = {s.name for s in report_of(text).speakers}
    assert not names & absent, names


def test_a_present_tense_headline_still_speaks() -> None:
    text = "Army says raid killed six fighters\n\nTAMBO, May 2 - Villagers said farmers died.\n"
    assert speaker_of(text, "raid killed six fighters").name.lower() == "army"
