"""Speakers a code review found wrong: one table per shape, negatives beside positives.

Every text here is made up in the shape of real wire copy; none comes from samples/ or the
disputes dev set.
"""

from __future__ import annotations

import pytest

from attribcmp.model import Document
from attribcmp.pipeline import attribute
from attribcmp.segment import segment_sentences


def _claims(text: str) -> list[tuple[str, str, str]]:
    """(speaker name, content, side name) per claim."""
    report = attribute([Document("t", text)])
    sides = {s.id: s.name for s in report.sides}
    names = {s.id: s.name for s in report.speakers}
    return [(names[c.speaker_id], c.content.text, sides[c.side or ""]) for c in report.claims]


def _speaker_of(text: str, content: str) -> tuple[str, str]:
    found = [(name, side) for name, said, side in _claims(text) if content in said]
    assert found, f"no claim holds {content!r}: {_claims(text)}"
    return found[0]


# -- coordinated and listed subjects ---------------------------------------------------------

JOINT_SUBJECTS = [
    pytest.param(
        "Protesters in the capital and police said the crowd had grown to thousands.",
        "the crowd had grown",
        ("Protesters in the capital and police", "Other speakers"),
        id="group-after-place-is-a-second-speaker",
    ),
    pytest.param(
        "Workers, nurses and teachers said the pay offer was too low.",
        "the pay offer",
        ("Workers, nurses and teachers", "Other speakers"),
        id="list-of-groups-is-one-joint-source",
    ),
    pytest.param(
        "Doctors, nurses, cleaners and porters said the wards were full.",
        "the wards were full",
        ("Doctors, nurses, cleaners and porters", "Other speakers"),
        id="list-of-plain-plurals",
    ),
    pytest.param(
        "In recent days, nurses and teachers said the pay offer was too low.",
        "the pay offer",
        ("nurses and teachers", "Other speakers"),
        id="negative-opening-phrase-is-no-list-item",
    ),
]


@pytest.mark.parametrize(("text", "content", "expected"), JOINT_SUBJECTS)
def test_joint_subjects(text: str, content: str, expected: tuple[str, str]) -> None:
    assert _speaker_of(text, content) == expected


# -- possessive owners -------------------------------------------------------------------------

DESCRIBED = [
    pytest.param(
        "Commission president Ann Moyo said President Tom Ruto had won. The electoral "
        "commission president said every vote has one winner.",
        "every vote has one winner",
        "Ann Moyo",
        id="a-body-word-must-fit-the-person",
    ),
    pytest.param(
        "President Tom Ruto said the vote was fair. The president said the count was over.",
        "the count was over",
        "Tom Ruto",
        id="negative-no-body-word",
    ),
    pytest.param(
        "A Kenyan government spokesman denied the raid took place.\n\n"
        "The spokesman, Omar Dado, issued the denial on Sunday.\n\n"
        "The government spokesman says there was no raid.",
        "there was no raid",
        "Omar Dado",
        id="negative-no-one-fits-the-body-better",
    ),
]


@pytest.mark.parametrize(("text", "content", "name"), DESCRIBED)
def test_descriptions_with_a_body(text: str, content: str, name: str) -> None:
    assert _speaker_of(text, content)[0] == name


OWNED = [
    pytest.param(
        "John Smith's lawyer said the charges were false. The trial opened on Monday. "
        "The government's spokesman said the case was strong.",
        "the case was strong",
        "The government's spokesman",
        id="different-owners-never-merge",
    ),
    pytest.param(
        "Anna Berg, the mayor's spokeswoman, said the road would close. The mayor's "
        "spokeswoman said later that it would reopen in May.",
        "it would reopen",
        "Anna Berg",
        id="negative-same-owner-still-merges",
    ),
    pytest.param(
        "Italian Prime Minister Marco Rossi met French President Jean Blanc on Tuesday. "
        "Blanc said the deal was close. The Prime Minister's spokesperson said the two sides "
        "agreed on trade.",
        "agreed on trade",
        "The Prime Minister's spokesperson",
        id="spokesperson-of-a-named-principal",
    ),
]


@pytest.mark.parametrize(("text", "content", "name"), OWNED)
def test_possessive_owners(text: str, content: str, name: str) -> None:
    assert _speaker_of(text, content)[0] == name


def test_principals_spokesperson_takes_the_principals_side() -> None:
    text = (
        "Italian Prime Minister Marco Rossi met French President Jean Blanc on Tuesday. "
        "Blanc said the deal was close. The Prime Minister's spokesperson said the two sides "
        "agreed on trade."
    )
    assert _speaker_of(text, "agreed on trade")[1] == "Italy"


def test_principals_spokesperson_opens_a_readout_block() -> None:
    text = (
        "Italian Prime Minister Marco Rossi met French President Jean Blanc in Rome.\n\n"
        "The Prime Minister's spokesperson said:\n\n"
        "The Prime Minister welcomed President Blanc to Rome. They discussed trade.\n"
    )
    claims = _claims(text)
    assert [(name, side) for name, _, side in claims] == [
        ("The Prime Minister's spokesperson", "Italy")
    ] * 2


# -- documents from someone ------------------------------------------------------------------

DOCUMENTS = [
    pytest.param(
        "According to a statement from the Foreign Ministry, the talks will resume next week.",
        "Foreign Ministry",
        id="statement-from",
    ),
    pytest.param(
        "The talks will resume, according to a report issued by the Interior Ministry.",
        "Interior Ministry",
        id="report-issued-by",
    ),
    pytest.param(
        "According to a statement released by the Finance Ministry on Monday, taxes will rise.",
        "Finance Ministry",
        id="statement-released-by",
    ),
    pytest.param(
        "According to the statement, the talks will resume next week.",
        "the statement",
        id="negative-no-issuer",
    ),
]


@pytest.mark.parametrize(("text", "name"), DOCUMENTS)
def test_according_to_a_document_names_its_issuer(text: str, name: str) -> None:
    assert [speaker for speaker, _, _ in _claims(text)] == [name]


# -- glued sentences -------------------------------------------------------------------------

GLUED = [
    pytest.param(
        "He spoke of identity.The opposition said no.",
        ["He spoke of identity.", "The opposition said no."],
        id="glued-full-stop",
    ),
    pytest.param("The U.S.Army said so.", ["The U.S.Army said so."], id="negative-initials"),
    pytest.param("See voanews.com now.", ["See voanews.com now."], id="negative-domain"),
    pytest.param("It rose 3.5 percent.", ["It rose 3.5 percent."], id="negative-decimal"),
    pytest.param("Some, e.g.Smith, left.", ["Some, e.g.Smith, left."], id="negative-eg"),
]


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_glued_sentences_split(text: str, expected: list[str]) -> None:
    assert [s.text for s in segment_sentences(Document("t", text))] == expected


# -- groups that comment without being a party ------------------------------------------------

NGO_STORY = (
    "Clashes kill 20 in north\n\n"
    "The army said 20 militants were killed in the clashes.\n\n"
    "Rebel leader Omar Dia said the dead were civilians.\n\n"
    "{extra}"
    "Human Rights Watch said both sides had committed abuses.\n\n"
    "Amnesty International said the army had fired on crowds.\n"
)

BYSTANDERS = [
    pytest.param("", "Other speakers", id="quoted-once-is-no-column"),
    pytest.param(
        "The army denied the account of Human Rights Watch.\n\n",
        "Human Rights Watch",
        id="answered-by-another-speaker-is-a-side",
    ),
]


def test_described_aid_groups_quoted_once_share_other_speakers() -> None:
    text = NGO_STORY.format(extra="Humanitarian groups said the camps were full.\n\n")
    assert _speaker_of(text, "the camps were full") == ("Humanitarian groups", "Other speakers")


@pytest.mark.parametrize(("extra", "side"), BYSTANDERS)
def test_bystander_groups_share_other_speakers(extra: str, side: str) -> None:
    found = _speaker_of(NGO_STORY.format(extra=extra), "both sides had committed")
    assert found == ("Human Rights Watch", side)
    assert _speaker_of(NGO_STORY.format(extra=extra), "fired on crowds")[1] == "Other speakers"


# -- phrases that are no speaker's name --------------------------------------------------------

NOT_NAMES = [
    pytest.param(
        "Report: Army Says Strikes Were Precise\n\nA U.S. official said the claims were wrong. "
        "The official said the strikes were precise.",
        "the strikes were precise",
        "A U.S. official",
        id="genre-label-in-headline-is-no-speaker",
    ),
    pytest.param(
        "The faction led by Ann Moyo issued a statement saying the vote was rigged.",
        "the vote was rigged",
        "The faction",
        id="participle-post-modifier-is-no-part-of-the-name",
    ),
    pytest.param(
        "The fighting spread—according to army spokesman Tan Sok, who told reporters the "
        "border was shut.",
        "the border was shut",
        "Tan Sok",
        id="according-to-is-no-part-of-a-name",
    ),
    pytest.param(
        "Prime Minister David Rowe spoke to the president.\n\n"
        "The Prime Minister’s office said the call went well.\n\n"
        "The Prime Minister said the talks would go on.",
        "the talks would go on",
        "David Rowe",
        id="a-title-in-a-possessive-names-no-one-called-minister",
    ),
]


@pytest.mark.parametrize(("text", "content", "name"), NOT_NAMES)
def test_phrases_that_are_no_name(text: str, content: str, name: str) -> None:
    assert _speaker_of(text, content)[0] == name


# -- appositions that name a body --------------------------------------------------------------

APPOSITIONS = [
    pytest.param(
        "Col. Jon Wirth, a spokesman for the United States Forces Korea (USFK), said the report "
        "was made up.",
        "United States",
        id="acronym-after-the-body",
    ),
    pytest.param(
        "Col. Jon Wirth, a spokesman for the United States Forces Korea, said the report was "
        "made up.",
        "United States",
        id="no-acronym",
    ),
]


@pytest.mark.parametrize(("text", "side"), APPOSITIONS)
def test_apposition_names_the_body(text: str, side: str) -> None:
    assert _speaker_of(text, "the report was made up") == ("Jon Wirth", side)
