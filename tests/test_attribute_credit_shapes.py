"""Attribution shapes of issue 7 (fix35): stance "expressed", charges in the passive, credits
given after the fact ("That figure was given by X"), "-elect"/"-designate" titles and an
unnamed source named again by its head noun.

Wording is made up in the shape of readouts and wire stories; each positive has a negative
beside it that the new rule must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

from attribcmp.affiliation import speaks_for
from attribcmp.attribute import attribute_claims
from attribcmp.facet_lexicon import hedging
from attribcmp.model import Document
from attribcmp.pipeline import attribute
from attribcmp.sides import nationality

SHAPES = [
    # "expressed D": the noun phrase is the subject's claim, as "welcomed D" is.
    pytest.param(
        "The President expressed his condolences for the victims of the flood and "
        "underscored the commitment of the United States to the recovery.",
        [
            ("The President", "expressed", ["his condolences for the victims of the flood"]),
            (
                "The President",
                "underscored",
                ["the commitment of the United States to the recovery"],
            ),
        ],
        id="expressed-then-underscored",
    ),
    pytest.param(
        "Prime Minister Lund thanked the President for his support and expressed his "
        "readiness to deepen the two countries' cooperation.",
        [
            ("Prime Minister Lund", "thanked", ["his support"]),
            (
                "Prime Minister Lund",
                "expressed",
                ["his readiness to deepen the two countries' cooperation"],
            ),
        ],
        id="thanked-and-expressed",
    ),
    pytest.param(
        "The ministry expressed concern that the talks would collapse.",
        [("The ministry", "expressed concern", ["that the talks would collapse"])],
        id="expressed-concern-phrase-kept",
    ),
    pytest.param(
        "Foreign Minister Ana Lee welcomed the agreement and stressed that both sides must "
        "respect it.",
        [
            ("Foreign Minister Ana Lee", "welcomed", ["the agreement"]),
            ("Foreign Minister Ana Lee", "stressed", ["that both sides must respect it"]),
        ],
        id="welcomed-and-stressed",
    ),
    pytest.param(
        "Concern was expressed about the delays.",
        [],
        id="neg-passive-feeling-no-speaker",
    ),
    # "was charged with C by Y": Y charged; the accused is no speaker.
    pytest.param(
        "The former mayor was charged with fraud and money laundering by federal "
        "prosecutors in March.",
        [("federal prosecutors", "charged with", ["fraud and money laundering"])],
        id="charged-with-then-agent",
    ),
    pytest.param(
        "Ahmed Khalil was charged with plotting the attack.",
        [],
        id="neg-charged-no-source-no-claim",
    ),
    pytest.param(
        "The man was charged with killing a guard by stabbing him.",
        [],
        id="neg-by-gerund-is-how-not-who",
    ),
    # The charge after the charging body's own claim is that body's.
    pytest.param(
        "The Justice Department said a clerk passed documents to Lee Tan. Tan is accused "
        "of passing the documents to a foreign agent.",
        [
            ("The Justice Department", "said", ["a clerk passed documents to Lee Tan"]),
            ("", "accused of", ["passing the documents to a foreign agent"]),
        ],
        id="accused-after-body-claim",
    ),
    pytest.param(
        "Lee Tan denied wrongdoing. He is accused of passing the documents to a foreign agent.",
        [],
        id="neg-accused-after-person-denial",
    ),
    pytest.param(
        "The ministry denied the report. Two officers were accused of torturing detainees.",
        [("The ministry", "denied", ["the report"])],
        id="neg-accused-after-body-denial",
    ),
    # A credit after the fact: the sentence before is the credited source's.
    pytest.param(
        "Thirty rebels were killed in the fighting near the border. That description was "
        "given by Colonel Ray Dunn, the army spokesman.",
        [
            (
                "Colonel Ray Dunn",
                "given",
                ["Thirty rebels were killed in the fighting near the border"],
            )
        ],
        id="description-given-by",
    ),
    pytest.param(
        "The flood left 12,000 people homeless. The figure was provided by the regional "
        "government.",
        [("the regional government", "provided", ["The flood left 12,000 people homeless"])],
        id="figure-provided-by",
    ),
    pytest.param(
        "Thirty rebels were killed. That account was given to reporters by Colonel Ray Dunn.",
        [("Colonel Ray Dunn", "given", ["Thirty rebels were killed"])],
        id="account-given-to-listener-by",
    ),
    pytest.param(
        "Nine people died. The figures were released by the Health Ministry on Monday.",
        [("the Health Ministry", "released", ["Nine people died"])],
        id="figures-released-by-then-day",
    ),
    pytest.param(
        "The army said 30 rebels were killed. That figure was given by Colonel Ray Dunn.",
        [("The army", "said", ["30 rebels were killed"])],
        id="neg-credit-after-a-claim-leaves-it",
    ),
    pytest.param(
        "Thirty rebels were killed. That figure was given by a neighbour.",
        [],
        id="neg-credit-names-no-one",
    ),
    pytest.param(
        "At least 40 people died in the floods, according to figures given by the Red Cross.",
        [
            (
                "figures given by the Red Cross",
                "according to",
                ["At least 40 people died in the floods"],
            )
        ],
        id="according-to-figures-given-by",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_credit_shapes(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected


def _speakers(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(speaker name, aliases) for each claim, in claim order."""
    claims, speakers = attribute_claims([Document("t", text)], nationality=nationality)
    by_id = {s.id: s for s in speakers}
    return [(by_id[c.speaker_id].name, by_id[c.speaker_id].aliases) for c in claims]


SPEAKERS = [
    # A title for one chosen but not yet in office is a title: the name is the person's.
    pytest.param(
        "Prime Minister-designate Omar Sayed said he would form a cabinet within a week.",
        ["Omar Sayed"],
        "Prime Minister-designate Omar Sayed",
        id="minister-designate",
    ),
    pytest.param(
        "President-elect Joe Biden said he would rejoin the accord.",
        ["Joe Biden"],
        "President-elect Joe Biden",
        id="president-elect",
    ),
    # The same figures credited by their giver: the giver is the speaker.
    pytest.param(
        "At least 40 people died in the floods, according to figures given by the Red Cross.",
        ["Red Cross"],
        "figures given by the Red Cross",
        id="figures-given-by-issuer",
    ),
    # An unnamed source named again by its head noun, its place left off.
    pytest.param(
        "Election officials in Harland said on Sunday that turnout reached 60 percent. "
        "Officials said the count would finish by Tuesday.",
        ["Election officials in Harland", "Election officials in Harland"],
        "Officials",
        id="officials-in-place-then-officials",
    ),
    pytest.param(
        "Diplomats at the United Nations said the resolution would pass. Diplomats said a "
        "vote was set for Friday.",
        ["Diplomats at the United Nations", "Diplomats at the United Nations"],
        "Diplomats",
        id="diplomats-at-body-then-diplomats",
    ),
]


@pytest.mark.parametrize(("text", "names", "alias"), SPEAKERS)
def test_credit_speakers(text: str, names: list[str], alias: str) -> None:
    found = _speakers(text)
    assert [name for name, _ in found] == names
    assert alias in found[0][1]


def test_officials_of_another_kind_stay_apart() -> None:
    """ "Election officials in Harland" is not "Police officers" later: the head differs."""
    found = _speakers(
        "Election officials in Harland said turnout reached 60 percent. Police officers said "
        "the streets were calm."
    )
    assert [name for name, _ in found] == ["Election officials in Harland", "Police officers"]


def test_who_heads_body_gives_side() -> None:
    """ "X, who heads the National Electoral Commission, said": X speaks for the body."""
    report = attribute(
        [
            Document(
                "t",
                "Maria Olsen, who heads the National Electoral Commission, said the vote was "
                "free and fair.",
            )
        ]
    )
    assert [(s.name, s.side) for s in report.speakers] == [
        ("Maria Olsen", "national-electoral-commission")
    ]


# "X Rejects <NP>" / "X rejected opposition claims that C": a rejection, not a hedge.
REJECTIONS = [
    ("The minister rejected opposition claims that the vote was rigged.", False),
    ("The army denied claims of abuse.", False),
    ("Minister Rejects Claims of Vote Fraud", False),
    ("The opposition claims that the vote was rigged.", True),  # the verb: doubt stays
]


@pytest.mark.parametrize(("text", "hedged"), REJECTIONS)
def test_rejected_claims_is_no_hedge(text: str, hedged: bool) -> None:
    lowers = [w.strip(".").lower() for w in text.split()]
    assert hedging(lowers, frozenset({"claim", "claims", "claimed"})) is hedged


def test_rejection_claim_not_flagged_hedged() -> None:
    report = attribute(
        [
            Document(
                "t",
                "Interior Minister Sam Odhiambo on Tuesday rejected opposition claims that the "
                "vote was rigged.",
            )
        ]
    )
    rejecting = [c for c in report.claims if c.cue is not None and c.cue.text == "rejected"]
    assert rejecting
    assert not any(c.hedged for c in rejecting)


# "who heads/leads <body>": the body the clause names, past a word saying what kind it is.
WHO_HEADS = [
    ("who heads the National Electoral Commission", "National Electoral Commission"),
    ("who leads the opposition Movement for Democratic Change", "Movement for Democratic Change"),
    ("a spokesman for the ruling African Unity Party", "African Unity Party"),
    ("with the opposition National League for Democracy", "National League for Democracy"),
    ("a spokesman for the opposition", None),  # a common noun names no body of its own
]


@pytest.mark.parametrize(("phrase", "body"), WHO_HEADS)
def test_who_heads_names_body(phrase: str, body: str | None) -> None:
    assert speaks_for(phrase) == body
