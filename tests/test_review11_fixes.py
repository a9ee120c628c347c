"""Attribution findings of a user-facing review (review 11): wording made up in news shapes.

Each positive has a negative beside it that the fix must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

from attribcmp.model import Document

CASES = [
    # An agentless passive names the accused or the listener, never the speaker.
    pytest.param("The timber firm was accused of clearing the forest.", [], id="passive-accused"),
    pytest.param(
        "The port authority has been accused of dumping waste at sea.",
        [],
        id="passive-has-been-accused",
    ),
    pytest.param(
        "Villagers accused the timber firm of clearing the forest.",
        [("Villagers", "accused", ["the timber firm of clearing the forest"])],
        id="neg-active-accused",
    ),
    pytest.param("Concern was voiced that the dam could fail.", [], id="passive-voiced-abstract"),
    pytest.param(
        "It was agreed that the talks will go on.",
        [("It", "agreed", ["that the talks will go on"])],
        id="neg-impersonal-it-passive",
    ),
    pytest.param(
        "He has been saying the dam is safe.",
        [("He", "saying", ["the dam is safe"])],
        id="neg-progressive-not-passive",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review11_shapes(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected


# "The head of <a body whose name holds 'for'/'of'>, <Name>," : the apposed name is the speaker.
ROLE_CASES = [
    pytest.param(
        "The head of the Kenyan League for Press Freedom, Amos Otieno Wafula, told VOA that "
        "two reporters were held.",
        "Amos Otieno Wafula",
        id="head-of-body-with-for",
    ),
    pytest.param(
        "The chief of the Bank of Ruritania, Mark Calder Hale, said rates would rise.",
        "Mark Calder Hale",
        id="chief-of-body-with-of",
    ),
    pytest.param(
        "The governor of Helmand, Gulab Mangal, said the road was open.",
        "Gulab Mangal",
        id="neg-governor-of-place",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ROLE_CASES)
def test_role_of_body_then_name(text: str, speaker: str) -> None:
    from attribcmp.attribute import attribute_claims
    from attribcmp.model import Document
    from attribcmp.sides import nationality

    claims, speakers = attribute_claims([Document("t", text)], nationality=nationality)
    names = {s.id: s.name for s in speakers}
    assert [names[c.speaker_id] for c in claims] == [speaker]


def test_passive_document_still_speaks() -> None:
    text = "A statement was posted on the group's website warning that supplies would run out."
    assert [c[0] for c in claim_shapes(text)] == ["A statement"]


def test_head_of_civic_body_speaks_for_the_body() -> None:
    """The named head of a civic body that holds a demonym is on the body's side, not the
    country's ("The head of the Kenyan League for Press Freedom, Amos Otieno Wafula")."""
    from attribcmp.pipeline import attribute

    report = attribute([Document(id="a", text=ROLE_CASES[0].values[0])])
    sides = {s.id: s.name for s in report.sides}
    assert [sides[c.side or ""] for c in report.claims] == ["Kenyan League for Press Freedom"]


# A gerund cue after "by"/"after" has the sentence's subject, not the verb's object.
GERUND_CASES = [
    pytest.param(
        "The council surprised many residents by promising to reopen the clinic.",
        [("The council", "promising", ["to reopen the clinic"])],
        id="by-gerund-main-subject",
    ),
    pytest.param(
        "The minister angered farmers after saying the subsidy would end.",
        [("The minister", "saying", ["the subsidy would end"])],
        id="after-gerund-main-subject",
    ),
    pytest.param(
        "Satisfaction was expressed that the two sides will meet again.",
        [],
        id="abstract-noun-passive-no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GERUND_CASES)
def test_gerund_and_abstract_subjects(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert claim_shapes(text) == expected


# A country's word before its armed or political opponents does not put them on its side.
OPPONENT_CASES = [
    pytest.param(
        "Chadian rebels said they had taken the town. The Chadian army said the town was calm.",
        id="demonym-rebels-vs-army",
    ),
    pytest.param(
        "Malian insurgents of the Azawad Front said they held the airport. Malian army "
        "spokesman Col. Oumar Traore said the airport was under army control.",
        id="demonym-insurgents-of-named-group",
    ),
]


@pytest.mark.parametrize("text", OPPONENT_CASES)
def test_demonym_opponents_not_on_state_side(text: str) -> None:
    from attribcmp.pipeline import attribute

    report = attribute([Document(id="a", text=text)])
    sides = [c.side for c in report.claims]
    assert len(sides) == 2 and sides[0] != sides[1], sides


def test_demonym_army_keeps_state_side() -> None:
    from attribcmp.pipeline import attribute

    report = attribute([Document(id="a", text="The Chadian army said the town was calm.")])
    assert [c.side for c in report.claims] == ["chad"]


# A title-case headline "X Say C, Y Denies Charge": X claims C and Y denies C.
HEADLINE_CASES = [
    pytest.param(
        "Kenyan Farmers Say Ugandan Police Seized Cattle, Uganda Denies Charge\n\n"
        "Ugandan officials say no cattle were taken.",
        [
            ("Uganda", "Denies", ["Ugandan Police Seized Cattle"]),
            ("Kenyan Farmers", "Say", ["Ugandan Police Seized Cattle"]),
            ("Ugandan officials", "say", ["no cattle were taken"]),
        ],
        id="say-then-denies-charge",
    ),
    pytest.param(
        "Rebels Say Army Shelled Market, Army Denies It",
        [
            ("Army", "Denies", ["Army Shelled Market"]),
            ("Rebels", "Say", ["Army Shelled Market"]),
        ],
        id="say-then-denies-it",
    ),
    pytest.param(
        "Uganda Denies Police Seized Cattle",
        [("Uganda", "Denies", ["Police Seized Cattle"])],
        id="neg-denial-alone",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_CASES)
def test_headline_claim_and_denial(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert sorted(claim_shapes(text)) == sorted(expected)
