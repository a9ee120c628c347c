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


# -- "he" after a subject named by role alone is not the object named in that sentence --------

ROLE_SUBJECT = [
    pytest.param(
        "The Prime Minister spoke to Anna Berg, President of the Republic, this evening.\n\n"
        "He congratulated the President on her election.",
        "the President on her election",
        "he (unresolved)",
        id="role-subject-unknown-stays-unresolved",
    ),
    pytest.param(
        "Prime Minister Lars Holm met Governor Ann Lutz on Monday.\n\n"
        "The Prime Minister spoke to Anna Berg, President of the Republic, this evening.\n\n"
        "He congratulated the President on her election.",
        "the President on her election",
        "Lars Holm",
        id="role-subject-is-the-known-holder",
    ),
    pytest.param(
        # negative: a subject that is no person leaves the named object as "he"
        "Television showed Mr. Pieter Ode taking the oath.\n\n"
        "He said the army would stay in its barracks.",
        "the army would stay",
        "Pieter Ode",
        id="object-after-a-non-person-subject",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), ROLE_SUBJECT)
def test_he_after_a_role_subject_is_the_subject(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


# -- "they" is not a body that took a singular verb ----------------------------------------

THEY_NUMBER = [
    pytest.param(
        "The Prime Minister and the Chancellor discussed the floods.\n\n"
        "The Health Ministry has called for more boats on the river.\n\n"
        "They agreed that the army must help at once.",
        "the army must help",
        "they (unresolved)",
        id="they-is-not-a-body-that-has",
    ),
    pytest.param(
        # negative: a body read with a plural verb may still be "they"
        "The Health Ministry have called for more boats on the river.\n\n"
        "They said that the army must help at once.",
        "the army must help",
        "Health Ministry",
        id="they-may-be-a-body-that-have",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), THEY_NUMBER)
def test_they_keeps_number_with_a_body(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


# -- the speaker phrase holds no verb form, adverb or adjective ------------------------------

SPEAKER_PHRASE = [
    pytest.param(
        "The minister also spoke to Governor Ann Lutz who agreed that the dam was unsafe.",
        "the dam was unsafe",
        "Ann Lutz",
        id="name-before-who",
    ),
    pytest.param(
        "Governor Ann Lutz was long accused of graft. Her party was accused of rigging the "
        "vote, a charge she consistently denied.",
        "a charge she consistently denied",
        "Ann Lutz",
        id="adverb-after-the-denier",
    ),
    pytest.param(
        # negative: a noun ending in -ly after a possessive is the denier's head
        "Police said the man fled, a claim his family rejected.",
        "a claim his family rejected",
        "family",
        id="family-is-a-noun",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SPEAKER_PHRASE)
def test_the_speaker_phrase_is_a_noun_phrase(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content).endswith(speaker)


NOT_CLAIMS = [
    pytest.param(
        "Governor Ann Lutz, in office since 2009, was long accused of graft.",
        "graft",
        id="long-accused-is-no-claim-of-the-accused",
    ),
    pytest.param(
        "The two leaders spoke for the first time since the President's congratulatory call "
        "on May 22.",
        "May 22",
        id="possessive-adjective-call-is-a-noun",
    ),
]


@pytest.mark.parametrize(("text", "content"), NOT_CLAIMS)
def test_no_claim_with_the_subject_as_speaker(text: str, content: str) -> None:
    assert not [name for name, said in _claims(text) if content in said]


# -- who the speaker is in a titled name, a charge by a named maker, a group in a place -------

NAMED_SOURCES = [
    pytest.param(
        "Minister of Information Paul Waswa said the strike was illegal.",
        "the strike was illegal",
        "Paul Waswa",
        id="portfolio-is-part-of-the-title",
    ),
    pytest.param(
        "Minister for Foreign Affairs Ann Roe said the talks would resume.",
        "the talks would resume",
        "Ann Roe",
        id="two-word-portfolio",
    ),
    pytest.param(
        "The mayor has denied allegations by the Daily Ledger that he took money from builders.",
        "he took money from builders",
        "Daily Ledger",
        id="allegations-by-a-named-maker",
    ),
    pytest.param(
        "The floods hit the north, and health officials in affected towns say more money is "
        "needed.",
        "more money is needed",
        "health officials in affected towns",
        id="group-in-a-place",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), NAMED_SOURCES)
def test_named_sources(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


def test_allegations_with_no_maker_stay_the_deniers_content() -> None:
    text = "The mayor has denied allegations that he took money from builders."
    assert _speaker_of(text, "he took money from builders") == "The mayor"
