"""Speakers a reader would name, second round (attribute/speakers.py): an account's own
"The President", and a role that varies the name of the person just quoted. The sentences are
made up, in the shape of real readouts and wire stories."""

from __future__ import annotations

import pytest

from attribcmp.attribute import attribute_claims
from attribcmp.model import Document
from attribcmp.sides import nationality


def _speaker_of(docs: list[Document], words: str) -> str:
    claims, speakers = attribute_claims(docs, nationality=nationality)
    names = {s.id: s.name for s in speakers}
    (claim,) = [c for c in claims if words in c.content.text]
    return names[claim.speaker_id]


@pytest.mark.parametrize(
    ("issuer", "text"),
    [
        (
            "us",
            "Readout of the President's Call with President Kovac of Croatia\n\n"
            "The President stressed that fishing quotas must be respected.",
        ),
        (
            "us",
            "Readout of the President's Meeting with President Lindqvist of Sweden\n\n"
            "The President welcomed the new ferry route. The President noted that tariffs on "
            "timber will fall next year.",
        ),
        (
            "russia",
            "Telephone conversation with President Moreau of France\n\n"
            "The President underlined that gas transit must continue without delay.",
        ),
    ],
)
def test_an_accounts_unqualified_president_is_its_own(issuer: str, text: str) -> None:
    # a readout's "The President" is the issuer's president, never the foreign president its
    # title names ("President Kovac of Croatia")
    doc = Document(issuer, text, issuer=issuer)
    words = next(w for w in ("quotas", "timber", "transit") if w in text)
    name = _speaker_of([doc], words)
    assert not {"Kovac", "Lindqvist", "Moreau"} & set(name.split())


def test_a_qualified_president_still_finds_the_foreign_one() -> None:
    text = (
        "Readout of the President's Call with President Kovac of Croatia\n\n"
        "The Croatian leader said that fishing quotas must be respected."
    )
    assert "Kovac" in _speaker_of([Document("us", text, issuer="us")], "quotas")


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Marta Ilves described a night of arrests in the port city. The head of the Baltic "
            "Dockers Union told reporters Monday that police never intervened.",
            "never intervened",
            "Marta Ilves",
        ),
        (
            "Tomas Brandt said the plant would close. The chief of the workers' council told "
            "a rally that 400 jobs were at stake.",
            "400 jobs",
            "Tomas Brandt",
        ),
    ],
)
def test_an_organisations_head_is_the_person_just_quoted(text: str, words: str, name: str) -> None:
    # news varies the name of one person ("Ilves ... The head of the union"): a reader takes
    # the head for the speaker just quoted when no one named holds the role
    assert _speaker_of([Document("d", text)], words) == name


def test_a_named_head_is_still_that_head() -> None:
    text = (
        "Marta Ilves described a night of arrests. Union head Piet Roos was in Riga. "
        "The head of the union told reporters that police never intervened."
    )
    assert "Roos" in _speaker_of([Document("d", text)], "never intervened")


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # one letter dropped, added or changed in a long surname: one person in one story
        (
            "The challenger, Marek Hovhanesyan, won 30 percent. “The count was rigged,” "
            "Hovhannesyan said.",
            "rigged",
            "Marek Hovhanesyan",
        ),
        (
            "Deputy Speaker Ilona Vasilenko spoke first. Vasilenka said the bill was dead.",
            "bill was dead",
            "Ilona Vasilenko",
        ),
    ],
)
def test_a_surname_spelt_one_letter_apart_is_the_same_person(
    text: str, words: str, name: str
) -> None:
    assert _speaker_of([Document("d", text)], words) == name


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a short surname one letter apart is another family's ("Khan" / "Kahn")
        ("Minister Ali Khan spoke first. Kahn said the bill was dead.", "bill was dead"),
        # two people it could be: no one
        (
            "Ilona Vasilenko and Petro Vasilenka spoke. Vasilenku said the bill was dead.",
            "bill was dead",
        ),
        # first names that differ: another person
        (
            "Ilona Vasilenko spoke first. Petro Vasilenka said the bill was dead.",
            "bill was dead",
        ),
    ],
)
def test_a_near_spelling_that_is_not_unambiguous_stays_apart(text: str, words: str) -> None:
    assert "Ilona" not in _speaker_of([Document("d", text)], words)
    assert _speaker_of([Document("d", text)], words) not in ("Ali Khan",)


def test_a_spelling_in_another_account_is_not_merged() -> None:
    # each account spells by its outlet's convention: only the same document's merge
    docs = [
        Document("a", "President Olena Marchenkova said the talks went well.", issuer="a"),
        Document("b", "President Marchenkowa said the talks failed.", issuer="b"),
    ]
    assert "Olena" not in _speaker_of(docs, "talks failed")
