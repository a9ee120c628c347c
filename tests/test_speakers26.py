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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # VOA style: a role, then the holder's name in brackets, then the cue
        ("In Paris, a senior diplomat (Ann Marie Roe) said the talks failed.", "Ann Marie Roe"),
        (
            "In Geneva, the assistant secretary of state for Baltic affairs (Ann Roe) said the "
            "talks failed.",
            "Ann Roe",
        ),
        (
            "The chairman of the dockers' union (Piet Van Roos) says the talks failed.",
            "Piet Van Roos",
        ),
        # a title word inside the bracketed name is part of it; a leading one is the title's
        (
            "The movement's leader (Sheikh Omar Sheikh Hassan) says the talks failed.",
            "Omar Sheikh Hassan",
        ),
    ],
)
def test_a_role_then_the_name_in_brackets_names_the_person(text: str, name: str) -> None:
    assert _speaker_of([Document("d", text)], "talks failed") == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body's acronym or a party tag in brackets names no person
        ("The largest teachers union (SATU) said the talks failed.", "The largest teachers union"),
        ("Sen. Ann Roe (D-Md.) said the talks failed.", "Ann Roe"),
    ],
)
def test_brackets_that_hold_no_persons_name(text: str, name: str) -> None:
    assert _speaker_of([Document("d", text)], "talks failed") == name


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # "he" in the sentence a person by role alone opens is that person
        (
            "A senior Danish navy official has presented evidence he says is proof that the "
            "ship was in Danish waters.",
            "is proof",
            "A senior Danish navy official",
        ),
        # a wire lead's person by role alone, named a sentence (or a byline) later with a
        # rank: one person
        (
            "A senior Danish navy official has presented evidence he says is proof that the "
            "ship was in Danish waters. Vice Admiral Jens Holm presented maps of the route.",
            "is proof",
            "Jens Holm",
        ),
        (
            "A senior Danish army officer has shown photos he says prove the raid took place. "
            "NRK's Kari Berg reports from Oslo. Colonel Jens Holm showed the photos to reporters.",
            "prove the raid",
            "Jens Holm",
        ),
        (
            "A party spokesman has released figures he says show turnout was low. Spokesman "
            "Jens Holm gave the figures at a news conference.",
            "turnout was low",
            "Jens Holm",
        ),
    ],
)
def test_a_leads_person_by_role_alone(text: str, words: str, name: str) -> None:
    assert _speaker_of([Document("d", text)], words) == name


@pytest.mark.parametrize(
    "text",
    [
        # a title that is not the role: two people
        "A senior official has released figures he says show turnout was low. President Jens "
        "Holm thanked the voters.",
        # named three sentences later: too far to be the lead's person
        "A senior Danish navy official has released figures he says show turnout was low. It "
        "rained. The polls closed early. Vice Admiral Jens Holm thanked the voters.",
        # a title naming a body of its own
        "A party spokesman has released figures he says show turnout was low. Union spokesman "
        "Jens Holm thanked the voters.",
        # countries that differ
        "A senior Danish navy official has released figures he says show turnout was low. "
        "Swedish Vice Admiral Jens Holm thanked the voters.",
    ],
)
def test_a_leads_person_is_not_someone_else_named_after(text: str) -> None:
    assert "Holm" not in _speaker_of([Document("d", text)], "turnout was low")


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # a name written as a web address is a site, a body: "it" is the site
        (
            "The story is a rumor, according to Rumorcheck.com. It found no record of the speech.",
            "no record",
            "Rumorcheck",
        ),
        # a site opening a narration sentence is its subject
        (
            "Ann Roe spoke for an hour. Truthmeter.org, a fact checker, looked at 30 of her "
            "claims. It found 20 of them false.",
            "20 of them",
            "Truthmeter",
        ),
        # a person who works at a site is still a person: "he" is not the site
        ("Ann Roe of Acme.com spoke first. She said the talks failed.", "talks failed", "Ann Roe"),
    ],
)
def test_a_web_site_is_a_body(text: str, words: str, name: str) -> None:
    assert _speaker_of([Document("d", text)], words) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a role, then the name with the body the person is with: the name speaks
        (
            "One of the union's organizers, Ann Roe of the Dockers movement, tells VOA the "
            "talks failed.",
            "Ann Roe",
        ),
        ("Its chief, Ann Roe from the Dockers Union, said the talks failed.", "Ann Roe"),
    ],
)
def test_a_role_then_a_name_of_a_body(text: str, name: str) -> None:
    assert _speaker_of([Document("d", text)], "talks failed") == name
