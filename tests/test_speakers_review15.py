"""Wrong speakers and sides found on stories nobody tuned on (round 15): one table per shape,
with a negative case beside each positive. Every text is made up in the shape of wire copy or
of two governments' readouts of one call."""

from __future__ import annotations

import pytest

from attribcmp.model import Document
from attribcmp.pipeline import attribute
from tests.side_helpers import column_of


def _claims(documents: list[Document]) -> list[tuple[str, str, str]]:
    """(document id, speaker name, content) per claim."""
    report = attribute(documents)
    names = {s.id: s.name for s in report.speakers}
    return [(c.doc_id, names[c.speaker_id], c.content.text) for c in report.claims]


def _speaker_of(documents: list[Document], content: str) -> str:
    found = [name for _, name, said in _claims(documents) if content in said]
    assert found, f"no claim holds {content!r}: {_claims(documents)}"
    return found[0]


# -- a pronoun reaches no speaker of the document before ------------------------------------


def test_a_pronoun_reaches_no_speaker_of_another_document() -> None:
    # each document numbers its sentences from 0: the first story's speaker at its sentence
    # 3 looked "recent" to the second story's "He" at its sentence 2
    first = Document(
        "a",
        "The port will reopen in June. Talks went on. Boats left. Minister Tom Ruiz said the "
        "deal was fair. Talks went on.",
    )
    second = Document(
        "b", "The weather was bad. Boats stayed. He said the fishing quotas were fair."
    )
    assert _speaker_of([first, second], "fishing quotas were fair") == "he (unresolved)"


def test_a_pronoun_in_one_story_still_reaches_back_in_that_story() -> None:
    text = "Minister Ann Ruiz spoke in Lima. She said the deal was fair."
    assert _speaker_of([Document("t", text)], "the deal was fair") == "Ann Ruiz"


# -- a plural title and two joined names are two people ---------------------------------------

JOINT = [
    pytest.param(
        "In June, Presidents Lind and Berg set a deadline for the talks.\n\n"
        "Arne Berg and Tomas Lind confirmed their commitment to the fishing deal.",
        "their commitment to the fishing deal",
        "Arne Berg and Tomas Lind",
        id="joint-names-stay-joint",
    ),
    pytest.param(
        "President Tomas Lind spoke with the premier.\n\n"
        "Arne Berg and Tomas Lind confirmed their commitment to the fishing deal.",
        "their commitment to the fishing deal",
        "Arne Berg and Tomas Lind",
        id="joint-names-are-not-the-one-named-before",
    ),
    pytest.param(
        "President Tomas Lind spoke with the premier. Lind said the deal was fair.",
        "the deal was fair",
        "Tomas Lind",
        id="one-name-still-joins",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), JOINT)
def test_joint_speakers(text: str, content: str, speaker: str) -> None:
    assert _speaker_of([Document("t", text)], content) == speaker


def test_a_plural_title_makes_no_person() -> None:
    # "Presidents Lind and Berg" names two people: no one is called "Presidents Lind"
    text = "In June, Presidents Lind and Berg set a deadline. Lind said the deadline would hold."
    assert not _speaker_of([Document("t", text)], "deadline would hold").startswith("Presidents")


# -- a participle after a noun is no inverted cue ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Critics are contesting the results of the vote, announced on Thursday.",
            None,
            None,
        ),
        (
            "The results were fair, said the electoral commission.",
            "results were fair",
            "the electoral commission",
        ),
    ],
)
def test_no_speaker_opens_with_a_preposition(
    text: str, content: str | None, speaker: str | None
) -> None:
    found = _claims([Document("t", text)])
    assert all(
        not name.lower().startswith(("on ", "in ", "at ")) and name != "on" for _, name, _ in found
    )
    if content is not None:
        assert _speaker_of([Document("t", text)], content).lower() == speaker.lower()


# -- sides: an apposition where a person is first named; a trade's union ----------------------

_MINISTER = (
    "The World Health Organization said an outbreak had killed 87 people.\n\n"
    "Alpha Sesay, Ghana's Minister of Information, hit back at media reports on Thursday.\n\n"
    "Sesay said the count included people already dead. He said the numbers were swelled."
)
_UNION = (
    "The government and the doctors' union signed a return-to-work deal on Wednesday.\n\n"
    "The doctors' union agreed to end the strike. Nurses and Midwives Union Secretary General "
    "Ann Wambui said one demand was not met.\n\n"
    "Health minister Paul Otieno said the doctors should now focus on the sick."
)


@pytest.mark.parametrize(
    ("text", "said", "column"),
    [
        (_MINISTER, "included people already dead", "Ghana"),
        (_MINISTER, "the numbers were swelled", "Ghana"),
        (_MINISTER, "had killed 87 people", "World Health Organization"),
    ],
)
def test_side_from_context(text: str, said: str, column: str) -> None:
    assert column_of(text, said) == column


def test_a_party_leaders_first_apposition_names_no_government() -> None:
    # the apposition where a person is first named places him only when it names a state
    # office: a party leader "of France's far-right" party is not France's government
    text = (
        "French President Paul Roche said the candidate was unfit.\n\n"
        "The remarks came after an endorsement by Anne Morel, leader of France’s far-right "
        "Renewal party.\n\n"
        "“I would choose him,” said Morel, who has drawn attention before."
    )
    assert column_of(text, "I would choose him") != column_of(text, "the candidate was unfit")
