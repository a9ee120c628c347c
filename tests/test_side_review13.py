"""Side rules from a user review on new texts (review13): made-up stories in the shape of
real news, each row words of a claim and the column a reader would put it in.
"""

from __future__ import annotations

import pytest

from tests.side_helpers import column_of

# A bare "the organisation" / "the union" / "the group", or a person "at the group", right
# after the story quoted one named body of that kind speaks for that body.
GENERIC_BODY = [
    pytest.param(
        "Floods hit valley\n\n"
        "POKHARA - The Valley Relief Foundation said about 300 homes were flooded. The "
        "organisation said it had sent blankets to the area.\n\n"
        "Interior Ministry spokesman Dil Rana said the army had rescued 40 people.\n",
        "sent blankets",
        "Valley Relief Foundation",
        id="the-organisation",
    ),
    pytest.param(
        "Teachers strike\n\n"
        "LUSAKA - The Lusaka Teachers Association said 80 percent of its members had stayed "
        'home. "Schools are closed," said the association\'s secretary, Mary Banda.\n\n'
        "Education Minister Peter Mwale said most schools were open.\n\n"
        "The union said no talks had been planned with the government.\n",
        "no talks had been planned",
        "Lusaka Teachers Association",
        id="the-union-after-an-association",
    ),
    pytest.param(
        "Report on abuses\n\n"
        'OSLO - Border Rights Watch said guards beat migrants at the crossing. "Guards beat '
        'people who asked for water," said Lena Holm, a senior researcher at the group.\n\n'
        "The interior ministry said the report was false.\n",
        "asked for water",
        "Border Rights Watch",
        id="researcher-at-the-group",
    ),
]


@pytest.mark.parametrize(("text", "said", "side"), GENERIC_BODY)
def test_a_generic_body_noun_speaks_for_the_body_quoted_before(
    text: str, said: str, side: str
) -> None:
    assert column_of(text, said) == side


def test_the_union_with_no_named_union_stays_other() -> None:
    text = (
        "Port strike\n\n"
        "Dock workers walked out on Monday. The union said pay had not risen for years.\n\n"
        "Transport Minister Ali Noor said talks would resume.\n"
    )
    assert column_of(text, "pay had not risen") != "Transport Minister Ali Noor"


# A title-case headline ending in a body noun ("... Accuses Army") names no body: "the army"
# of a story datelined in a country is that country's, with its ministers.
HEADLINE_FRAGMENT = [
    pytest.param(
        "Watchdog Group Blames Army for Village Fires; Military Denies\n\n"
        "MARADI, Niger (VOA) - Sahel Rights Watch said soldiers burned 30 homes.\n\n"
        "The army rejected the accusations.\n\n"
        "Interior Minister Amadou Issa said the report was a fabrication.\n",
        "the accusations",
        id="headline-verb-then-army",
    ),
    pytest.param(
        "Opposition Party Says Police Beat Marchers\n\n"
        "ACCRA, Ghana - The police denied the claims on Sunday.\n\n"
        "Interior Minister Kofi Mensah said officers had used no force.\n",
        # (the denied object ends before its time since polnear23: "denied the claims")
        "the claims",
        id="headline-verb-then-police",
    ),
]


@pytest.mark.parametrize(("text", "said"), HEADLINE_FRAGMENT)
def test_a_title_case_headline_names_no_body(text: str, said: str) -> None:
    assert column_of(text, said) in ("Niger", "Ghana")


def test_a_headline_word_run_is_no_phrase_of_the_body() -> None:
    from attribcmp.affiliation import BodyIndex, nearest_phrases

    text = "Rights Group Accuses Army of Burning Homes\n\nThe army said it had not.\n"
    index = BodyIndex({"a": text})
    assert nearest_phrases(index, "a", "army", len(text))[-1] == "Army"
    prose = "The group said the Lord's Resistance Army had burned homes.\n"
    index = BodyIndex({"b": prose})
    assert nearest_phrases(index, "b", "army", 0) == ["the Lord's Resistance Army"]


# One party, one column; a neutral body keeps its whole name and a column of its own.
ONE_COLUMN = [
    pytest.param(
        "Vote count disputed\n\n"
        "DODOMA, Tanzania - Tanzania's main opposition party on Friday rejected the results, "
        "saying its own count showed the ruling party had lost.\n\n"
        "CHADEMA leader Tundu Mosi said the tallies had been changed.\n",
        "the results",
        "tallies had been changed",
        id="main-opposition-party-and-its-leader",
    ),
    pytest.param(
        "Vote count disputed\n\n"
        "LOME - The opposition Union for Renewal and Progress Party is rejecting results that "
        "gave the president a second term.\n\n"
        "The opposition said the count had been rigged in the north.\n",
        "gave the president",
        "count had been rigged",
        id="the-opposition-names-its-party",
    ),
    pytest.param(
        "Clashes in the east\n\n"
        "JALALABAD, Afghanistan - Provincial officials said six civilians died in a raid in "
        "Laghman province.\n\n"
        "Laghman's deputy police chief, Gul Wali, said villagers brought six bodies to the "
        "district center.\n",
        "six civilians died",
        "villagers brought six bodies",
        id="province-possessive-is-local",
    ),
]


@pytest.mark.parametrize(("text", "first", "second"), ONE_COLUMN)
def test_one_party_is_one_column(text: str, first: str, second: str) -> None:
    assert column_of(text, first) == column_of(text, second)


def test_a_body_name_cut_at_on_keeps_its_name_and_its_own_column() -> None:
    text = (
        "Police fire on protesters\n\n"
        "LILONGWE, Malawi - Police spokesman Eli Banda said four looters were killed.\n\n"
        "The Malawi National Commission on Human Rights said 12 people were killed and that "
        "most of the dead were bystanders. The commission said police had fired at "
        "fleeing people.\n"
    )
    assert column_of(text, "most of the dead") == "Malawi National Commission on Human Rights"
    assert column_of(text, "four looters") == "Malawi"


def test_a_ruling_party_is_no_opposition() -> None:
    text = (
        "Vote count disputed\n\n"
        "DODOMA, Tanzania - The main opposition party said the results were false.\n\n"
        "CCM party leader Ana Mbise, whose ruling CCM won, said the count was fair.\n"
    )
    assert column_of(text, "the count was fair") != column_of(text, "results were false")
