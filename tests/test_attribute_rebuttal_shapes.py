"""Rebuttal shapes (claimrec22): labelled rebuttal posts ("Claim – ..." / "Response – ...",
"Myth:" / "Fact:"), as government media blogs lay them out.

Wording is made up in the shape of such posts; each positive has a negative beside it that
the new rule must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

from attribcmp.attribute import attribute_claims
from attribcmp.model import Document
from attribcmp.sides import nationality

LABELLED = [
    pytest.param(
        "Response to the Daily Post\n\n"
        "Claim – The ministry ignored the warnings for a month.\n\n"
        "Response – This is wrong. The warnings were acted on within a day.\n\n"
        "The plan was published the same day.\n",
        [
            ("Claim", "–", ["The ministry ignored the warnings for a month."]),
            ("Response", "–", ["This is wrong."]),
            ("Response", "–", ["The warnings were acted on within a day."]),
            ("Response", "–", ["The plan was published the same day."]),
        ],
        id="claim-response-dash-runs-on",
    ),
    pytest.param(
        "Myth: Fees will double next year.\n\nFact: Fees are frozen until 2026.\n",
        [
            ("Myth", ":", ["Fees will double next year."]),
            ("Fact", ":", ["Fees are frozen until 2026."]),
        ],
        id="myth-fact-colon",
    ),
    pytest.param(
        "Response – The figures are accurate.\n\nOther news\n\nThe budget was cut.\n",
        [("Response", "–", ["The figures are accurate."])],
        id="heading-line-closes-the-label",
    ),
    pytest.param(
        "On the Daily Post claims:\n\nClaim – Fees will double.\n\nResponse – Fees are frozen.\n",
        [
            ("Daily Post", "–", ["Fees will double."]),
            ("Response", "–", ["Fees are frozen."]),
        ],
        id="heading-names-the-claimant",
    ),
    # negatives: a label word that is no label (no separator, or lower case inside a line)
    pytest.param(
        "Claims of fraud were dismissed as the count went on.\n",
        [],
        id="claim-word-without-separator",
    ),
    pytest.param(
        "The report had one response - silence.\n",
        [],
        id="response-inside-a-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_labelled_rebuttals(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected


NESTED_AND_COUNTED = [
    # "allegations from X that C": the denial is the army's, the accusation X's
    pytest.param(
        "The army denied allegations from a lawmaker that soldiers beat civilians in the north.",
        [
            (
                "The army",
                "denied",
                ["allegations from a lawmaker that soldiers beat civilians in the north"],
            ),
            ("a lawmaker", "allegations from", ["that soldiers beat civilians in the north"]),
        ],
        id="allegations-from-x-that",
    ),
    pytest.param(
        "The ministry rejected claims by the opposition that the vote was rigged.",
        [
            ("The ministry", "rejected", ["claims by the opposition that the vote was rigged"]),
            ("the opposition", "claims by", ["that the vote was rigged"]),
        ],
        id="claims-by-x-that",
    ),
    pytest.param(
        "Police dismissed reports from residents who said that shots were fired.",
        [
            ("Police", "dismissed", ["reports from residents"]),
            ("residents", "said", ["shots were fired"]),
        ],
        id="from-phrase-with-a-relative-clause-left-alone",
    ),
    # "By the official count, C": the count's claim; a possessor counted
    pytest.param(
        "By the official count, the President won 59 percent of the vote.",
        [("the official count", "By", ["the President won 59 percent of the vote."])],
        id="by-the-official-count",
    ),
    pytest.param(
        "By the army's tally, 12 people were killed in the clashes.",
        [("the army", "By", ["12 people were killed in the clashes."])],
        id="by-possessor-tally",
    ),
    pytest.param("By Monday, 12 people had been killed in the clashes.", [], id="by-a-time"),
    pytest.param(
        "By the end of the count, the ballots were locked away.", [], id="by-the-end-of-the-count"
    ),
]


@pytest.mark.parametrize(("text", "expected"), NESTED_AND_COUNTED)
def test_nested_and_counted(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected


def _speaker_names(text: str) -> list[str]:
    claims, speakers = attribute_claims([Document("t", text)], nationality=nationality)
    by_id = {s.id: s.name for s in speakers}
    return [by_id[c.speaker_id] for c in claims]


VOICES = [
    # the answer speaks for the institution's spokesperson quoted before the labels
    pytest.param(
        "A ministry spokesman said the story was false.\n\n"
        "Claim – Fees will double.\n\nResponse – Fees are frozen.\n",
        ["A ministry spokesman", "Claim", "A ministry spokesman"],
        id="response-is-the-post-voice",
    ),
    # negative: no institution's voice before it, the label stays the speaker
    pytest.param(
        "Claim – Fees will double.\n\nResponse – Fees are frozen.\n",
        ["Claim", "Response"],
        id="no-voice-label-kept",
    ),
]


@pytest.mark.parametrize(("text", "names"), VOICES)
def test_response_voice(text: str, names: list[str]) -> None:
    assert _speaker_names(text) == names
