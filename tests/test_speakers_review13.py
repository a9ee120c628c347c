"""Wrong speakers found reading new real stories (round 13): one table per shape, with a
negative case beside each positive. Every text is made up in the shape of wire copy."""

from __future__ import annotations

import pytest

from attribcmp.model import Document
from attribcmp.pipeline import attribute


def _claims(text: str) -> list[tuple[str, str]]:
    """(speaker name, content) per claim."""
    report = attribute([Document("t", text)])
    names = {s.id: s.name for s in report.speakers}
    return [(names[c.speaker_id], c.content.text) for c in report.claims]


def _speaker_of(text: str, content: str) -> str:
    found = [name for name, said in _claims(text) if content in said]
    assert found, f"no claim holds {content!r}: {_claims(text)}"
    return found[0]


# -- a pronoun after its content is not a person named inside that content ------------------

PRONOUN_AFTER_CONTENT = [
    pytest.param(
        '"The road was cut. Our men went in at dawn," Colonel Tom Rudd said. '
        "Mr. Lane was found dead at the river bank, he added.",
        "Mr. Lane was found dead",
        "Tom Rudd",
        id="named-in-content-is-not-he",
    ),
    pytest.param(
        "Judge Maria Olsen closed the hearing on Monday. "
        "The defendant Carl Berg would appeal, she said.",
        "would appeal",
        "Maria Olsen",
        id="named-in-content-is-not-she",
    ),
    pytest.param(
        # negative: the one named in the sentence before, outside the content, is still "he"
        "Television showed Mr. Pieter Ode taking the oath. The army would stay in its barracks, "
        "he said.",
        "The army would stay",
        "Pieter Ode",
        id="named-before-the-content-stays-he",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), PRONOUN_AFTER_CONTENT)
def test_a_pronoun_after_its_content_skips_names_inside_it(
    text: str, content: str, speaker: str
) -> None:
    assert _speaker_of(text, content) == speaker


# -- a spokesperson is never the principal a description names ------------------------------

SPOKESMAN_IS_NOT_CHIEF = [
    pytest.param(
        "The rebels released a tape from their supreme leader, Omar Khan. "
        '"We are not beaten," Khan said in the tape, which rebel spokesman Ali Noor sent '
        "to reporters.\n\nThe rebel chief said he was in good health.",
        "he was in good health",
        "Omar Khan",
        id="the-chief-after-the-spokesman-is-the-leader",
    ),
    pytest.param(
        "Rebel leader Omar Khan was not seen for weeks. Rebel spokesman Ali Noor said the "
        "talks would go on.\n\nThe rebel spokesman said the fighters were ready.",
        "the fighters were ready",
        "Ali Noor",
        id="the-spokesman-is-still-the-spokesman",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SPOKESMAN_IS_NOT_CHIEF)
def test_a_description_keeps_spokesman_and_principal_apart(
    text: str, content: str, speaker: str
) -> None:
    assert _speaker_of(text, content) == speaker
