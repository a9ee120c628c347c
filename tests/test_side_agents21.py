"""Sides a reader would draw for people the state exiles, a people within a country, a quoted
person's lawyer or negotiator, and a "her lawyer" after plural prosecutors (issue 7)."""

from __future__ import annotations

import pytest

from tests.side_helpers import column_of, report_of, speaker_of

# -- an exiled or dissident person, a people within a country: not the state's voice -----------

# (text, said, column the claim is NOT in)
NOT_THE_STATE = [
    (
        "Exile speaks\n\nThe exiled leader of China's Uighur minority group has criticized "
        "the government. Rebiya Kadeer said the police fired on crowds.\n\nChina said the "
        "unrest was planned abroad.\n",
        "the police fired on crowds",
        "China",
    ),
    (
        "Trial opens\n\nDisgraced Chinese politician Bo Xilai said the charges were "
        "false.\n\nChina said the trial was fair.\n",
        "the charges were false",
        "China",
    ),
    (
        "Dissident\n\nExiled Chinese dissident Wei Jingsheng said talks had failed.\n\n"
        "Chinese officials said the talks had never begun.\n",
        "talks had failed",
        "China",
    ),
]


@pytest.mark.parametrize(("text", "said", "column"), NOT_THE_STATE)
def test_estranged_person_is_not_the_state(text: str, said: str, column: str) -> None:
    assert column_of(text, said) != column


# The state's own people are still the state.
STILL_THE_STATE = [
    (
        "Talks\n\nChinese Foreign Minister Wang Yi said the talks went well.\n",
        "the talks went well",
        "China",
    ),
]


@pytest.mark.parametrize(("text", "said", "column"), STILL_THE_STATE)
def test_officials_stay_with_their_state(text: str, said: str, column: str) -> None:
    assert column_of(text, said) == column


# -- an agent introduced before his name joins whom he speaks for ------------------------------

# (text, said by the agent, said by the principal)
AGENTS = [
    (
        "Pilot jailed\n\nNadiya Savchenko said she was kidnapped.\n\nIn an interview, "
        "Savchenko's lawyer, Mark Feygin said the verdict was written in advance.\n\n"
        "Russian officials said the trial was fair.\n",
        "the verdict was written in advance",
        "she was kidnapped",
    ),
    (
        "Deal signed\n\nThe Free Aceh Movement, or GAM, signed the deal. GAM spokesman "
        "Bahtiar Abdulah said the rebels would disarm.\n\nBut the self-styled GAM prime "
        "minister in exile and chief negotiator, Malik Mahmud, said militias remained.\n",
        "militias remained",
        "the rebels would disarm",
    ),
]


@pytest.mark.parametrize(("text", "agent", "principal"), AGENTS)
def test_agent_joins_the_party_he_speaks_for(text: str, agent: str, principal: str) -> None:
    assert column_of(text, agent) == column_of(text, principal)
    assert column_of(text, agent) != "Other speakers"


# A rival or a relative introduced so is no agent: "Savchenko's rival, X" stays apart.
def test_a_rival_is_no_agent() -> None:
    text = (
        "Race\n\nNadiya Savchenko said she would run.\n\nSavchenko's rival, Ivan Petrov, "
        "said she would lose.\n"
    )
    assert column_of(text, "she would lose") != column_of(text, "she would run") or (
        column_of(text, "she would run") == "Other speakers"
    )


# -- "Prosecutors said" names people, not a person "Prosecutors" -------------------------------


def test_her_lawyer_is_never_the_prosecutors() -> None:
    text = (
        "Verdict\n\nA court jailed pilot Nadiya Savchenko on Tuesday.\n\nProsecutors said "
        "she had directed fire at journalists. Her lawyer said the case was political.\n"
    )
    lawyer = speaker_of(text, "the case was political")
    assert "Prosecutors" not in lawyer.name
    report = report_of(text)
    prosecutors = [sp for sp in report.speakers if sp.name == "Prosecutors"]
    assert not prosecutors or prosecutors[0].side != lawyer.side


# -- workers in a wage dispute: a party of their own, not the state nor their employer ---------


def test_a_countrys_workers_are_not_the_state() -> None:
    text = (
        "Bangladesh’s Garment Workers Protest Over Wages\n\nThousands of garment workers "
        "said they would strike.\n\nA Next Collection Limited employee, Jhoma Begum, said "
        "workers need more money.\n"
    )
    assert column_of(text, "workers need more money") != "Bangladesh"
    assert column_of(text, "workers need more money") == column_of(text, "they would strike")


# -- supporters named after a quoted person stand on that person's side ------------------------


def test_supporters_join_the_person_they_back() -> None:
    text = (
        "Trial opens\n\nDisgraced Chinese politician Bo Xilai said the charges were false.\n\n"
        "Bo said he was innocent. A few Bo supporters said the trial was unfair.\n\n"
        "China said the trial was fair.\n"
    )
    backers = column_of(text, "the trial was unfair")
    assert backers == column_of(text, "he was innocent")
    assert backers not in ("China", "Other speakers", "Unnamed sources")


# -- a party's MP speaks for the party ---------------------------------------------------------


def test_a_partys_mp_speaks_for_the_opposition_party() -> None:
    text = (
        "Ruling party wins\n\nBut the leading opposition party, the National Union for the "
        "Total Independence of Angola, said their count told a different story.\n\n"
        '"These results are different from ours," UNITA MP Estevao Jose Pedro Katchiungo '
        "told journalists.\n"
    )
    mp = column_of(text, "These results are different from ours")
    assert mp == column_of(text, "their count told a different story")
    assert mp != "Other speakers"


# -- "In Caracas, President X said": the capital says whose president ---------------------------

# (text, said, column)
OPENED_IN_PLACE = [
    (
        "Border crisis\n\nVenezuela condemned the raid on Sunday.\n\nIn Caracas, President "
        "Hugo Chavez said he was sending tanks to the border.\n",
        "he was sending tanks to the border",
        "Venezuela",
    ),
    (
        # no column for that country yet: the place opens none
        "Border crisis\n\nColombia defended the raid.\n\nIn Caracas, President Hugo Chavez "
        "said he was sending tanks to the border.\n",
        "he was sending tanks to the border",
        "Other speakers",
    ),
]


@pytest.mark.parametrize(("text", "said", "column"), OPENED_IN_PLACE)
def test_state_office_opened_in_a_capital(text: str, said: str, column: str) -> None:
    assert column_of(text, said) == column


# -- a firm of two words the story calls a bank; a field before a commentator -----------------


def test_a_two_word_firm_and_its_description_share_a_column() -> None:
    text = (
        "Bank to pay\n\nThe British bank Standard Chartered agreed to pay a fine. Standard "
        'Chartered said it "strongly rejects" the charges. The bank said it will fight '
        "efforts to withdraw its license.\n\nBank expert Bert Ely said the fine was small.\n"
    )
    bank = column_of(text, "strongly rejects")
    assert bank == column_of(text, "it will fight efforts")
    assert bank != "Other speakers"
    assert column_of(text, "the fine was small") != bank
